# ruff: noqa: E501
"""Blind test set 13i: DACH/FR/Benelux invoices (incl. e-invoice renderings) and European till receipts.

Run: python -m bench.blindsets.blind_2026_13i [OUTDIR] [--only NAME]
Every random choice is seeded with the CRC-32 of the document name.
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
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

SET = "13i"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-13i")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVSI": "DejaVuSerif-Italic.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
}
for _k, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, FONT_DIR + _f))

D = Decimal
C2 = D("0.01")


class LayoutError(Exception):
    pass


def q(x) -> Decimal:
    return D(str(x)).quantize(C2, rounding=ROUND_HALF_UP)


def fmt(x, th=".", dec=",", nd=2) -> str:
    x = D(x)
    neg = x < 0
    s = f"{abs(x):.{nd}f}"
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = th.join(groups) + (dec + fp if nd else "")
    return ("-" if neg else "") + out


def de(x):
    return fmt(x, ".", ",")


def fr(x, nd=2):
    return fmt(x, " ", ",", nd)


def ch(x):
    return fmt(x, "'", ".")


def pl(x):
    return fmt(x, "", ",")


def vat_of_gross(g, rate) -> Decimal:
    return q(D(g) * D(rate) / (D(100) + D(rate)))


def vat_of_net(n, rate) -> Decimal:
    return q(D(n) * D(rate) / D(100))


# ---------------------------------------------------------------- drawing
class Pg:
    """reportlab canvas wrapper that records text boxes and checks bounds/overlap."""

    def __init__(self, path, size):
        self.path = path
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.w, self.h = size
        self.runs = []
        self.font = ("Helvetica", 9)

    def t(self, x, y, s, font=None, size=None, align="l", color=None):
        font = font or self.font[0]
        size = size or self.font[1]
        s = str(s)
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        box = (x0, y - 0.22 * size, x0 + w, y + 0.76 * size)
        if box[0] < 1 or box[2] > self.w - 1 or box[1] < 1 or box[3] > self.h - 1:
            raise LayoutError(f"{self.path.name}: off page: {s!r} {box}")
        self.runs.append((box, s))
        c = self.c
        c.setFont(font, size)
        if color is not None:
            c.setFillColor(color)
        c.drawString(x0, y, s)
        if color is not None:
            c.setFillColorRGB(0, 0, 0)
        return w

    def check(self):
        r = self.runs
        for i in range(len(r)):
            a = r[i][0]
            for j in range(i + 1, len(r)):
                b = r[j][0]
                if (
                    a[0] < b[2] - 0.3
                    and b[0] < a[2] - 0.3
                    and a[1] < b[3] - 0.3
                    and b[1] < a[3] - 0.3
                ):
                    raise LayoutError(f"{self.path.name}: overlap {r[i][1]!r} / {r[j][1]!r}")

    def page(self):
        self.check()
        self.c.showPage()
        self.runs = []

    def save(self):
        self.check()
        self.c.save()

    def line(self, x1, y1, x2, y2, w=0.5, color=None):
        c = self.c
        c.setLineWidth(w)
        c.setStrokeColor(color or Color(0, 0, 0))
        c.line(x1, y1, x2, y2)
        c.setStrokeColorRGB(0, 0, 0)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        c.setFillColorRGB(0, 0, 0)

    def qr(self, x, y, size, seed, n=25):
        """QR-like square pattern (finder squares + seeded modules)."""
        rr = random.Random(seed)
        m = size / n
        c = self.c
        c.setFillColorRGB(0, 0, 0)
        for i in range(n):
            for j in range(n):
                fin = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
                if fin:
                    ii, jj = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                    on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
                else:
                    on = rr.random() < 0.48
                if on:
                    c.rect(x + j * m, y + size - (i + 1) * m, m, m, stroke=0, fill=1)

    def barcode(self, x, y, w, h, seed):
        rr = random.Random(seed)
        c = self.c
        cx = x
        while cx < x + w - 3:
            bw = rr.choice([0.6, 0.6, 1.2, 1.8])
            c.rect(cx, y, bw, h, stroke=0, fill=1)
            cx += bw + rr.choice([0.6, 1.2, 1.8])


class Roll:
    """Till receipt on a roll: ops laid out top-down, page height fitted to content."""

    def __init__(self, width_mm, font="DVM", size=8.0, margin=4 * mm, lead=1.28):
        self.W = width_mm * mm
        self.font = font
        self.size = size
        self.m = margin
        self.lead = lead
        self.y = 6 * mm
        self.ops = []

    @property
    def L(self):
        return self.m

    @property
    def R(self):
        return self.W - self.m

    def nl(self, k=1.0, size=None):
        self.y += (size or self.size) * self.lead * k

    def text(self, s, align="l", font=None, size=None, x=None, adv=True):
        size = size or self.size
        font = font or self.font
        if x is None:
            x = {"l": self.L, "r": self.R, "c": self.W / 2}[align]
        self.ops.append(("t", x, self.y + size, s, font, size, align))
        if adv:
            self.nl(size=size)

    def lr(self, left, right, font=None, size=None, mid=None, midx=None):
        self.text(left, "l", font, size, adv=False)
        if mid is not None:
            self.text(mid, "r", font, size, x=midx, adv=False)
        self.text(right, "r", font, size)

    def rule(self, ch="-", dashed=None):
        if ch:
            n = int((self.R - self.L) / pdfmetrics.stringWidth(ch, self.font, self.size))
            self.text(ch * n, "l")
        else:
            self.ops.append(("l", self.y + self.size * 0.6, dashed))
            self.nl()

    def box(self, h, kind, seed=0, w=None):
        self.ops.append((kind, self.y, h, seed, w))
        self.y += h + 2

    def render(self, path):
        H = self.y + 8 * mm
        pg = Pg(path, (self.W, H))
        for op in self.ops:
            if op[0] == "t":
                _, x, y, s, f, sz, al = op
                pg.t(x, H - y, s, f, sz, al)
            elif op[0] == "l":
                if op[2]:
                    pg.c.setDash(2, 2)
                pg.line(self.L, H - op[1], self.R, H - op[1], 0.6)
                pg.c.setDash()
            elif op[0] == "qr":
                _, y, h, seed, w = op
                pg.qr(self.W / 2 - h / 2, H - y - h, h, seed)
            elif op[0] == "bar":
                _, y, h, seed, w = op
                w = w or (self.R - self.L) * 0.8
                pg.barcode(self.W / 2 - w / 2, H - y - h, w, h, seed)
            elif op[0] == "logo":
                _, y, h, seed, w = op
                seed(pg, H - y - h, h)
        pg.save()
        return pg


# ---------------------------------------------------------------- imaging
def seed_of(name: str) -> int:
    return zlib.crc32(name.encode())


def render_pdf(pdf_path, dpi, grey=False):
    doc = pdfium.PdfDocument(str(pdf_path))
    page = doc[0]
    img = page.render(scale=dpi / 72, grayscale=grey).to_pil()
    page.close()
    doc.close()
    arr = np.array(img.convert("L" if grey else "RGB"))
    return arr


def scan(arr, name, thermal=False, width=None):
    """Flatbed scan look: paper tint, skew, blur, noise, specks, optional thermal fade / downscale."""
    rng = np.random.default_rng(seed_of(name))
    rr = random.Random(seed_of(name) + 1)
    grey = arr.ndim == 2
    a = arr.astype(np.float32)
    h, w = a.shape[:2]
    if thermal:
        # fade: ink becomes lighter, unevenly along the roll
        fade = np.linspace(rr.uniform(0.0, 0.25), rr.uniform(0.25, 0.45), h).reshape(h, 1)
        if not grey:
            fade = fade[..., None]
        a = 255 - (255 - a) * (1 - fade)
    # paper tint
    tint = np.array(
        [rr.uniform(236, 250)] * 1
        if grey
        else [rr.uniform(238, 250), rr.uniform(236, 248), rr.uniform(228, 244)],
        dtype=np.float32,
    )
    a = a / 255.0 * tint
    # border of scanner bed
    pad = int(min(h, w) * 0.03) + 10
    bg = rr.uniform(200, 235)
    if grey:
        big = np.full((h + 2 * pad, w + 2 * pad), bg, np.float32)
    else:
        big = np.full((h + 2 * pad, w + 2 * pad, 3), bg, np.float32)
    big[pad : pad + h, pad : pad + w] = a
    ang = rr.uniform(-2, 2)
    M = cv2.getRotationMatrix2D(((w + 2 * pad) / 2, (h + 2 * pad) / 2), ang, 1.0)
    big = cv2.warpAffine(
        big,
        M,
        (w + 2 * pad, h + 2 * pad),
        flags=cv2.INTER_LINEAR,
        borderValue=(bg, bg, bg) if not grey else bg,
    )
    k = rr.choice([3, 3, 5])
    big = cv2.GaussianBlur(big, (k, k), rr.uniform(0.5, 0.9))
    big += rng.normal(0, rr.uniform(3, 7), big.shape).astype(np.float32)
    # specks
    for _ in range(rr.randint(20, 70)):
        y, x = rr.randrange(big.shape[0]), rr.randrange(big.shape[1])
        cv2.circle(
            big, (x, y), rr.choice([1, 1, 2]), (rr.uniform(40, 120),) * (1 if grey else 3), -1
        )
    out = np.clip(big, 0, 255).astype(np.uint8)
    if width:
        hh = int(out.shape[0] * width / out.shape[1])
        out = cv2.resize(out, (width, hh), interpolation=cv2.INTER_AREA)
    return out


def texture(h, w, rr, rng):
    kind = rr.choice(["wood", "desk", "cloth"])
    base = np.array([rr.uniform(60, 150), rr.uniform(55, 130), rr.uniform(40, 110)], np.float32)
    if kind == "wood":
        yy = np.arange(h, dtype=np.float32).reshape(h, 1)
        stripes = 18 * np.sin(
            yy / rr.uniform(6, 14) + 3 * np.sin(np.arange(w, dtype=np.float32) / 90.0)
        )
        t = base[None, None, :] + stripes[..., None]
    elif kind == "desk":
        t = np.broadcast_to(base * 1.5, (h, w, 3)).astype(np.float32).copy()
    else:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        t = base[None, None, :] + (10 * np.sin(xx / 2.5) * np.sin(yy / 2.5))[..., None]
    t = t + rng.normal(0, 8, (h, w, 1)).astype(np.float32)
    return np.clip(t, 0, 255)


def photo(arr, name):
    """Phone photo: perspective onto textured background, light gradient, shadow, fold, JPEG."""
    rng = np.random.default_rng(seed_of(name))
    rr = random.Random(seed_of(name) + 2)
    if arr.ndim == 2:
        arr = np.stack([arr] * 3, -1)
    a = arr.astype(np.float32)
    h, w = a.shape[:2]
    # paper tint
    a = (
        a
        / 255.0
        * np.array([rr.uniform(240, 252), rr.uniform(236, 248), rr.uniform(222, 240)], np.float32)
    )
    # fold line
    if rr.random() < 0.7:
        fy = int(h * rr.uniform(0.3, 0.7))
        band = np.exp(-((np.arange(h) - fy) ** 2) / (2 * (h * 0.006) ** 2)).reshape(h, 1, 1)
        a = a * (1 - 0.18 * band)
    target = rr.randint(1500, 2300)
    scale = target / max(h, w) * rr.uniform(0.78, 0.88)
    pw, ph = int(w * scale), int(h * scale)
    a = cv2.resize(a, (pw, ph), interpolation=cv2.INTER_AREA)
    if h >= w:
        CH = target
        CW = max(int(target * rr.uniform(0.72, 0.8)), pw + 80)
    else:
        CW, CH = target, max(int(target * 0.78), ph + 80)
    bg = texture(CH, CW, rr, rng)
    ox, oy = (CW - pw) / 2, (CH - ph) / 2
    j = lambda s: rr.uniform(-s, s)  # noqa: E731
    sx, sy = min(pw, ph) * 0.04, min(pw, ph) * 0.025
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    dst = np.float32(
        [
            [ox + j(sx), oy + j(sy)],
            [ox + pw + j(sx), oy + j(sy)],
            [ox + pw + j(sx), oy + ph + j(sy)],
            [ox + j(sx), oy + ph + j(sy)],
        ]
    )
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, M, (CW, CH), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (CW, CH))
    mask = cv2.GaussianBlur(mask, (3, 3), 0.8)[..., None]
    # drop shadow
    sh = cv2.GaussianBlur(mask[..., 0], (0, 0), 12)
    sh = np.roll(np.roll(sh, 12, 0), 10, 1)[..., None]
    bg = bg * (1 - 0.45 * sh)
    out = warped * mask + bg * (1 - mask)
    # uneven light + hand shadow
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    cx, cy = rr.uniform(0.2, 0.8) * CW, rr.uniform(0.2, 0.8) * CH
    light = 1.08 - 0.28 * np.sqrt(((xx - cx) / CW) ** 2 + ((yy - cy) / CH) ** 2)
    out = out * light[..., None]
    if rr.random() < 0.6:
        ang = rr.uniform(0, np.pi)
        d = (xx - CW / 2) * np.cos(ang) + (yy - CH / 2) * np.sin(ang)
        edge = rr.uniform(0.25, 0.45) * max(CW, CH)
        s = 1 / (1 + np.exp(-(d - edge) / 40))
        out = out * (1 - 0.25 * s)[..., None]
    out = cv2.GaussianBlur(out, (3, 3), rr.uniform(0.4, 0.9))
    out += rng.normal(0, 4, out.shape).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8), rr.randint(60, 80)


def save_png(arr, path):
    Image.fromarray(arr).save(path, format="PNG", optimize=False)


def save_jpg(arr, path, quality):
    Image.fromarray(arr).save(path, format="JPEG", quality=quality)


def save_imgpdf(arr, path, dpi):
    img = Image.fromarray(arr)
    h, w = arr.shape[:2]
    pw, ph = w * 72 / dpi, h * 72 / dpi
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=(pw, ph), invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, pw, ph)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- truth
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
    kind="pdf",
    tip=D(0),
    rounding=D(0),
):
    amount, total = q(amount), q(total)
    v = q(vat) if vat is not None else None
    assert amount + (v or D(0)) + q(tip) + q(rounding) == total, (
        vendor,
        amount,
        v,
        tip,
        rounding,
        total,
    )
    li = [
        {"description": d, "quantity": str(qq), "unit_price": str(q(u)), "amount": str(q(a))}
        for d, qq, u, a in items
    ]
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": str(amount),
        "vat": str(v) if v is not None else None,
        "total": str(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": li,
        "note": note,
        "kind": kind,
    }


# ---------------------------------------------------------------- helpers
def pick(rr, catalog, n):
    items = rr.sample(catalog, n)
    out = []
    for it in items:
        desc, lo, hi, qmax = it[:4]
        extra = it[4:]
        qty = rr.randint(1, qmax)
        unit = q(rr.uniform(lo, hi))
        out.append((desc, qty, unit, *extra))
    return out


def footer_cols(pg, y, cols, font="Helvetica", size=6.8, x0=20 * mm, x1=190 * mm, lead=8.4):
    n = len(cols)
    cw = (x1 - x0) / n
    for i, col in enumerate(cols):
        for k, s in enumerate(col):
            pg.t(x0 + i * cw, y - k * lead, s, font, size)


def wordmark(pg, x, y, text, font, size, color, shape="bar"):
    pg.c.setFillColor(color)
    if shape == "bar":
        pg.c.rect(x, y - 4, 6, size + 4, stroke=0, fill=1)
        pg.t(x + 10, y, text, font, size, color=color)
    elif shape == "circle":
        pg.c.circle(x + size * 0.55, y + size * 0.3, size * 0.6, stroke=0, fill=1)
        pg.t(x + size * 1.4, y, text, font, size, color=color)
    elif shape == "tri":
        p = pg.c.beginPath()
        p.moveTo(x, y - 2)
        p.lineTo(x + size, y - 2)
        p.lineTo(x + size / 2, y + size)
        p.close()
        pg.c.drawPath(p, stroke=0, fill=1)
        pg.t(x + size * 1.25, y, text, font, size, color=color)
    else:
        pg.t(x, y, text, font, size, color=color)
    pg.c.setFillColorRGB(0, 0, 0)


def fit(s, font, size, width):
    while pdfmetrics.stringWidth(s, font, size) > width and len(s) > 4:
        s = s[:-2] + "…"
        s = s.replace("……", "…")
    return s


# ================================================================ INVOICES
def i01(path, name):  # noqa: C901
    """SAP-like wholesaler invoice, DE, 2 pages, 7 % + 19 %, Skonto."""
    rr = random.Random(seed_of(name))
    cat = [
        ("Bio-Haferflocken zart 25 kg Sack", 31, 38, 6, 7),
        ("Weizenmehl Type 550 25 kg", 14, 19, 10, 7),
        ("Rapsöl raffiniert 10 l Kanister", 21, 27, 8, 7),
        ("Zucker fein 50 kg", 44, 52, 4, 7),
        ("Sonnenblumenkerne geschält 10 kg", 28, 36, 5, 7),
        ("Trockenhefe 500 g x 20", 39, 46, 3, 7),
        ("Tomaten passiert 6 x 2,5 kg", 18, 24, 12, 7),
        ("Kichererbsen getr. 25 kg", 48, 59, 3, 7),
        ("Basmatireis 10 kg", 19, 25, 9, 7),
        ("Hartweizengrieß 25 kg", 22, 29, 4, 7),
        ("Kakaopulver stark entölt 5 kg", 41, 55, 4, 7),
        ("Honig Blütenhonig 12,5 kg Eimer", 89, 112, 2, 7),
        ("Meersalz grob 25 kg", 12, 16, 5, 7),
        ("Walnusskerne Hälften 5 kg", 58, 71, 3, 7),
        ("Rosinen Sultaninen 12,5 kg", 39, 48, 3, 7),
        ("Backpapier Zuschnitt 40x60 500 Bl.", 24, 31, 6, 19),
        ("Einweghandschuhe Nitril L 10x100", 54, 66, 4, 19),
        ("Kartonage Faltschachtel 30x20x10 (100)", 36, 44, 5, 19),
        ("Reinigungskonzentrat 10 l", 29, 38, 3, 19),
        ("Gefrierbeutel 3 l Rolle 250 St.", 8, 12, 10, 19),
        ("Palettentausch Europalette", 9, 11, 4, 19),
        ("Etikettenrolle Thermo 58 mm x 40", 33, 41, 2, 19),
        ("Mineralwasser still 12x1 l PET", 4, 6, 20, 19),
        ("Kaffee Bohne Crema 6 x 1 kg", 76, 92, 3, 7),
        ("Haselnüsse gemahlen 10 kg", 72, 88, 2, 7),
    ]
    items = pick(rr, cat, 24)
    vendor = "Nordkontor Lebensmittelhandel GmbH"
    num = "90047" + str(rr.randint(100, 999))
    pg = Pg(path, A4)
    F, FB = "Courier", "Courier-Bold"
    _W, H = A4
    lines = []
    nets = {7: D(0), 19: D(0)}
    for i, (d, qty, u, r) in enumerate(items, 1):
        a = q(qty * u)
        nets[r] += a
        lines.append(
            (i * 10, str(4000000 + rr.randint(1000, 99999)), d, qty, u, a, "A1" if r == 7 else "A2")
        )
    vats = {r: vat_of_net(n, r) for r, n in nets.items()}
    net = sum(nets.values())
    vat = sum(vats.values())
    tot = net + vat
    skonto = q(tot * D("0.02"))

    def head(p):
        wordmark(
            pg, 20 * mm, H - 22 * mm, "NORDKONTOR", "Helvetica-Bold", 20, HexColor("#0a3d62"), "bar"
        )
        pg.t(
            20 * mm,
            H - 28 * mm,
            "Lebensmittelhandel GmbH · Großhandel für Bäckerei und Gastronomie",
            "Helvetica",
            7.5,
        )
        pg.t(190 * mm, H - 18 * mm, f"Seite {p} von 2", F, 8, "r")
        pg.t(
            20 * mm,
            H - 45 * mm,
            "Nordkontor Lebensmittelhandel GmbH · Am Hafenbecken 7 · 24143 Kiel",
            "Helvetica",
            6.5,
        )

    head(1)
    for k, s in enumerate(
        ["Backhaus Petersen GmbH", "z. Hd. Einkauf", "Holstenstraße 88", "24103 Kiel"]
    ):
        pg.t(20 * mm, H - 52 * mm - k * 11, s, F, 9.5)
    info = [
        ("Rechnung", ""),
        ("Belegnummer", num),
        ("Datum", "04.02.2026"),
        ("Kundennummer", "100" + str(rr.randint(1000, 9999))),
        ("Lieferschein", "80" + str(rr.randint(100000, 999999))),
        ("Ihre Bestellung", "BP-26-0" + str(rr.randint(100, 999))),
        ("Ansprechpartner", "Fr. Thomsen  -214"),
    ]
    for k, (a, b) in enumerate(info):
        pg.t(120 * mm, H - 50 * mm - k * 11, a, FB if k == 0 else F, 11 if k == 0 else 8.5)
        if b:
            pg.t(190 * mm, H - 50 * mm - k * 11, b, F, 8.5, "r")
    y = H - 100 * mm
    cols = [
        (20 * mm, "Pos", "l"),
        (31 * mm, "Material", "l"),
        (52 * mm, "Bezeichnung", "l"),
        (140 * mm, "Menge", "r"),
        (160 * mm, "Preis/ME", "r"),
        (182 * mm, "Betrag", "r"),
        (190 * mm, "St", "r"),
    ]

    def thead(y):
        pg.line(20 * mm, y + 11, 190 * mm, y + 11, 0.8)
        for x, s, al in cols:
            pg.t(x, y, s, FB, 7.5, al)
        pg.line(20 * mm, y - 4, 190 * mm, y - 4, 0.4)
        return y - 14

    y = thead(y)
    for idx, (pos, mat, d, qty, u, a, st) in enumerate(lines):
        if idx == 19:
            pg.t(
                190 * mm,
                y - 4,
                "Übertrag: " + de(sum(x[5] for x in lines[:19])) + " EUR",
                F,
                8,
                "r",
            )
            pg.t(
                20 * mm,
                15 * mm,
                "Nordkontor Lebensmittelhandel GmbH · Sitz Kiel · AG Kiel HRB 18842 KI · USt-IdNr. DE 281 447 903",
                "Helvetica",
                6.2,
            )
            pg.page()
            head(2)
            pg.t(20 * mm, H - 40 * mm, f"Rechnung {num} vom 04.02.2026", FB, 9)
            y = thead(H - 52 * mm)
            pg.t(190 * mm, y, "Übertrag: " + de(sum(x[5] for x in lines[:19])) + " EUR", F, 8, "r")
            y -= 14
        vals = [str(pos).rjust(3, "0"), mat, fit(d, F, 7.5, 86 * mm), f"{qty} ST", de(u), de(a), st]
        for (x, _, al), v in zip(cols, vals, strict=False):
            pg.t(x, y, v, F, 7.5, al)
        y -= 11
    pg.line(120 * mm, y + 4, 190 * mm, y + 4, 0.4)
    y -= 8
    rows = [
        ("Warenwert netto", de(net)),
        ("A1  MwSt  7,00 % auf " + de(nets[7]), de(vats[7])),
        ("A2  MwSt 19,00 % auf " + de(nets[19]), de(vats[19])),
    ]
    for a, b in rows:
        pg.t(100 * mm, y, a, F, 8.5)
        pg.t(190 * mm, y, b, F, 8.5, "r")
        y -= 12
    pg.line(100 * mm, y + 7, 190 * mm, y + 7, 0.8)
    pg.t(100 * mm, y - 4, "Rechnungsbetrag EUR", FB, 10)
    pg.t(190 * mm, y - 4, de(tot), FB, 10, "r")
    y -= 30
    for s in [
        "Zahlungsbedingung: 14 Tage 2 % Skonto, 30 Tage netto",
        f"Bei Zahlung bis 18.02.2026: {de(tot - skonto)} EUR (Skonto {de(skonto)} EUR)",
        "Nettofällig am 06.03.2026",
        "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.",
    ]:
        pg.t(20 * mm, y, s, F, 8)
        y -= 11
    footer_cols(
        pg,
        30 * mm,
        [
            [
                "Nordkontor Lebensmittelhandel GmbH",
                "Am Hafenbecken 7, 24143 Kiel",
                "Tel. 0431 7784-0",
            ],
            [
                "Geschäftsführer: Hauke Brodersen",
                "AG Kiel HRB 18842 KI",
                "USt-IdNr. DE 281 447 903",
            ],
            ["Förde Sparkasse", "IBAN DE21 2105 0170 0012 3456 78", "BIC NOLADE21KIE"],
        ],
        size=6.5,
    )
    pg.save()
    items_t = [(x[2], x[3], x[4], x[5]) for x in lines]
    return truth(
        number=num,
        date="2026-02-04",
        due="2026-03-06",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items_t,
        note="SAP-like 2-page invoice, Übertrag carried to page 2, two MwSt rates keyed A1/A2, Skonto amount and discounted sum printed near the real total; due = Nettofällig date",
    )


def i02(path, name):
    """DATEV/Lexware-like craftsman invoice, DE, Skonto."""
    rr = random.Random(seed_of(name))
    vendor = "Malerbetrieb Jürgen Obermaier"
    _W, H = A4
    pg = Pg(path, A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    pg.t(190 * mm, H - 20 * mm, "Malerbetrieb", "Times-Italic", 14, "r")
    pg.t(190 * mm, H - 30 * mm, "Jürgen Obermaier", "Times-Bold", 20, "r")
    pg.t(190 * mm, H - 37 * mm, "Meisterbetrieb · Fassade · Innenraum · Bodenbeläge", F, 7.5, "r")
    pg.line(20 * mm, H - 41 * mm, 190 * mm, H - 41 * mm, 1.2, HexColor("#7a1f1f"))
    pg.t(20 * mm, H - 50 * mm, "J. Obermaier · Hauptstraße 12 · 85354 Freising", F, 6.5)
    pg.line(20 * mm, H - 51.5 * mm, 85 * mm, H - 51.5 * mm, 0.3)
    for k, s in enumerate(
        ["Herrn und Frau", "Dr. Stefan und Monika Weigl", "Lindenweg 4a", "85356 Freising"]
    ):
        pg.t(20 * mm, H - 58 * mm - k * 12, s, F, 10)
    no = f"2026-{rr.randint(100, 199)}"
    info = [
        ("Rechnungs-Nr.", no),
        ("Kunden-Nr.", "10" + str(rr.randint(100, 999))),
        ("Datum", "06.03.2026"),
        ("Leistungszeitraum", "16.02. – 27.02.2026"),
        ("Bauvorhaben", "Lindenweg 4a, EG"),
    ]
    for k, (a, b) in enumerate(info):
        pg.t(125 * mm, H - 58 * mm - k * 11, a, F, 8.5)
        pg.t(190 * mm, H - 58 * mm - k * 11, b, F, 8.5, "r")
    y = H - 112 * mm
    pg.t(20 * mm, y, f"Rechnung Nr. {no}", FB, 13)
    y -= 16
    pg.t(
        20 * mm,
        y,
        "Sehr geehrte Damen und Herren, für die ausgeführten Arbeiten erlauben wir uns wie folgt zu berechnen:",
        F,
        9,
    )
    y -= 20
    cat = [
        ("Untergrund prüfen, abkleben und abdecken", "psch", 180, 320, 1),
        ("Wandflächen spachteln Q3, schleifen", "m²", 9.5, 14, 80),
        ("Dispersionsanstrich 2-fach, weiß", "m²", 6.8, 9.2, 140),
        ("Deckenflächen streichen, Latexfarbe", "m²", 7.4, 10.5, 60),
        ("Heizkörper lackieren inkl. Vorbehandlung", "Stk", 48, 69, 5),
        ("Türzargen schleifen und lackieren", "Stk", 55, 78, 6),
        ("Sockelleisten demontieren/montieren", "lfm", 4.2, 6.5, 45),
        ("Anfahrt und Baustelleneinrichtung", "psch", 65, 95, 1),
    ]
    sel = rr.sample(cat, 6)
    cx = [20 * mm, 32 * mm, 52 * mm, 68 * mm, 162 * mm, 190 * mm]
    pg.rect(20 * mm, y - 3, 170 * mm, 12, fill=HexColor("#eeeeee"), stroke=False)
    for x, s, al in zip(
        cx,
        ["Pos.", "Menge", "Einheit", "Beschreibung", "Einzelpreis", "Gesamtpreis"],
        "lrllrr",
        strict=False,
    ):
        pg.t(x + (18 * mm if s == "Menge" else 0), y, s, FB, 8, al)
    y -= 16
    items = []
    net = D(0)
    for i, (d, u, lo, hi, mx) in enumerate(sel, 1):
        qty = rr.randint(1, mx) if u != "psch" else 1
        up = q(rr.uniform(lo, hi))
        a = q(qty * up)
        net += a
        items.append((d, qty, up, a))
        for x, s, al in zip(
            cx, [str(i), de(qty), u, d, de(up) + " €", de(a) + " €"], "lrllrr", strict=False
        ):
            pg.t(x + (18 * mm if x == cx[1] else 0), y, s, F, 8.5, al)
        y -= 14
    pg.line(120 * mm, y + 6, 190 * mm, y + 6, 0.5)
    vat = vat_of_net(net, 19)
    tot = net + vat
    sk = q(tot * D("0.02"))
    for a, b, f in [
        ("Zwischensumme netto", de(net) + " €", F),
        ("zzgl. 19 % USt", de(vat) + " €", F),
        ("Rechnungsbetrag", de(tot) + " €", FB),
    ]:
        pg.t(120 * mm, y - 6, a, f, 9.5)
        pg.t(190 * mm, y - 6, b, f, 9.5, "r")
        y -= 14
    pg.line(120 * mm, y + 3, 190 * mm, y + 3, 0.5)
    pg.line(120 * mm, y + 1.5, 190 * mm, y + 1.5, 0.5)
    y -= 20
    for s in [
        "Zahlbar bis 20.03.2026 ohne Abzug.",
        f"Bei Zahlung bis 13.03.2026 gewähren wir 2 % Skonto (= {de(sk)} €), Zahlbetrag dann {de(tot - sk)} €.",
        "Das Leistungsdatum entspricht dem Leistungszeitraum. Steuerermäßigung nach § 35a EStG:",
        f"enthaltene Arbeitskosten {de(q(net * D('0.72')))} € netto.",
        "",
        "Vielen Dank für Ihren Auftrag!",
    ]:
        if s:
            pg.t(20 * mm, y, s, F, 9)
        y -= 12
    pg.line(20 * mm, 30 * mm, 190 * mm, 30 * mm, 0.4)
    footer_cols(
        pg,
        26 * mm,
        [
            [
                "Malerbetrieb Jürgen Obermaier",
                "Hauptstraße 12, 85354 Freising",
                "Tel. 08161 93 44 12",
            ],
            ["Steuernummer 115/234/56789", "USt-IdNr. DE 318 772 604", "info@maler-obermaier.de"],
            ["Freisinger Bank eG", "IBAN DE62 7016 9614 0000 7723 40", "BIC GENODEF1FSR"],
        ],
    )
    pg.save()
    return truth(
        number=no,
        date="2026-03-06",
        due="2026-03-20",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Lexware/DATEV-like letter; Skonto sentence prints a second, smaller amount and an earlier date; due date = 'ohne Abzug' date; § 35a labour-cost figure is a distractor",
    )


def kv_rows(pg, x, y, rows, lab_w, font="DV", bold="DVB", size=8.3, lead=12.5, xr=None):
    for a, b in rows:
        pg.t(x, y, a, font, size)
        if xr:
            pg.t(xr, y, b, bold, size, "r")
        else:
            pg.t(x + lab_w, y, b, bold, size)
        y -= lead
    return y


def i03(path, name):
    """XRechnung visualisation with BT- labels, DE, 2 pages."""
    rr = random.Random(seed_of(name))
    _W, H = A4
    pg = Pg(path, A4)
    vendor = "Softwarehaus Elbtal GmbH"
    no = f"RE-2026-00{rr.randint(300, 399)}"
    cat = [
        ("Wartungsvertrag Fachverfahren Q1/2026", 1, 2400, 3600),
        ("Support-Stunden Anwendungsbetreuung", 12, 92, 118),
        ("Lizenz Modul Bescheiddruck (Jahr)", 1, 890, 1290),
        ("Schulung Sachbearbeitung (Tagessatz)", 2, 780, 980),
        ("Hosting Rechenzentrum Dresden, monatl.", 3, 310, 420),
    ]
    items = []
    net = D(0)
    for d, qmax, lo, hi in cat:
        qty = rr.randint(1, qmax) if qmax > 1 else 1
        u = q(rr.uniform(lo, hi))
        a = q(qty * u)
        items.append((d, qty, u, a))
        net += a
    vat = vat_of_net(net, 19)
    tot = net + vat
    pg.rect(15 * mm, H - 28 * mm, 180 * mm, 14 * mm, fill=HexColor("#dfe7f0"), stroke=False)
    pg.t(20 * mm, H - 23 * mm, "Rechnung – Visualisierung XRechnung 3.0 (UBL)", "DVB", 12)
    pg.t(190 * mm, H - 23 * mm, "Übersicht · Seite 1/2", "DV", 8, "r")
    y = H - 40 * mm
    sections = [
        (
            "Käufer",
            [
                ("BT-44 Name:", "Landratsamt Meißen – Kreiskasse"),
                ("BT-50 Straße:", "Brauhausstraße 21"),
                ("BT-53/52 PLZ, Ort:", "01662 Meißen"),
                ("BT-10 Leitweg-ID:", "14627-0000-47"),
                ("BT-13 Bestellnummer:", "VG-2025-1187"),
            ],
        ),
        (
            "Verkäufer",
            [
                ("BT-27 Firmenname:", vendor),
                ("BT-35 Straße:", "Königsbrücker Straße 96"),
                ("BT-38/37 PLZ, Ort:", "01099 Dresden"),
                ("BT-31 USt-IdNr.:", "DE 289 114 506"),
                ("BT-41 Kontakt:", "Annett Richter, +49 351 8877 120"),
            ],
        ),
        (
            "Rechnungsdaten",
            [
                ("BT-1 Rechnungsnummer:", no),
                ("BT-2 Rechnungsdatum:", "12.01.2026"),
                ("BT-3 Rechnungsart:", "380 – Handelsrechnung"),
                ("BT-5 Währung:", "EUR"),
                ("BT-9 Fälligkeitsdatum:", "11.02.2026"),
                ("BT-72 Leistungsdatum:", "31.12.2025"),
            ],
        ),
    ]
    for title, rows in sections:
        pg.t(20 * mm, y, title, "DVB", 10, color=HexColor("#1d3c6e"))
        pg.line(20 * mm, y - 3, 190 * mm, y - 3, 0.4, HexColor("#1d3c6e"))
        y = kv_rows(pg, 24 * mm, y - 15, rows, 52 * mm) - 6
    pg.t(20 * mm, y, "Gesamtbeträge", "DVB", 10, color=HexColor("#1d3c6e"))
    pg.line(20 * mm, y - 3, 190 * mm, y - 3, 0.4, HexColor("#1d3c6e"))
    rows = [
        ("BT-106 Summe aller Positionen netto", de(net)),
        ("BT-107 Summe Nachlässe", "0,00"),
        ("BT-108 Summe Zuschläge", "0,00"),
        ("BT-109 Gesamtsumme netto", de(net)),
        ("BT-110 Summe Umsatzsteuer", de(vat)),
        ("BT-112 Gesamtsumme brutto", de(tot)),
        ("BT-113 Vorauszahlung", "0,00"),
        ("BT-115 Fälliger Betrag", de(tot)),
    ]
    y = kv_rows(pg, 24 * mm, y - 15, rows, 0, xr=120 * mm) - 8
    pg.t(20 * mm, y, "Umsatzsteuer-Aufschlüsselung", "DVB", 10, color=HexColor("#1d3c6e"))
    pg.line(20 * mm, y - 3, 190 * mm, y - 3, 0.4, HexColor("#1d3c6e"))
    y = (
        kv_rows(
            pg,
            24 * mm,
            y - 15,
            [
                ("BT-118 Kategorie:", "S (Standard)"),
                ("BT-119 Steuersatz:", "19 %"),
                ("BT-116 Kategorie-Basisbetrag:", de(net)),
                ("BT-117 Kategorie-Steuerbetrag:", de(vat)),
            ],
            60 * mm,
        )
        - 8
    )
    pg.t(20 * mm, y, "Zahlungsdaten", "DVB", 10, color=HexColor("#1d3c6e"))
    pg.line(20 * mm, y - 3, 190 * mm, y - 3, 0.4, HexColor("#1d3c6e"))
    kv_rows(
        pg,
        24 * mm,
        y - 15,
        [
            ("BT-81 Zahlungsart:", "58 – SEPA-Überweisung"),
            ("BT-84 IBAN:", "DE44 8505 0300 3120 0456 71"),
            ("BT-83 Verwendungszweck:", no),
            ("BT-20 Zahlungsbedingungen:", "Zahlbar innerhalb 30 Tagen ohne Abzug"),
        ],
        52 * mm,
    )
    pg.page()
    pg.rect(15 * mm, H - 28 * mm, 180 * mm, 14 * mm, fill=HexColor("#dfe7f0"), stroke=False)
    pg.t(20 * mm, H - 23 * mm, "Details – Rechnungspositionen", "DVB", 12)
    pg.t(190 * mm, H - 23 * mm, "Seite 2/2", "DV", 8, "r")
    y = H - 42 * mm
    for i, (d, qty, u, a) in enumerate(items, 1):
        pg.rect(20 * mm, y - 56, 170 * mm, 64, stroke=True, lw=0.3)
        unit = (
            "HUR"
            if "Stunden" in d
            else ("DAY" if "Tages" in d else ("MON" if "monatl" in d else "C62"))
        )
        rows = [
            ("BT-126 Positionsnummer:", str(i)),
            ("BT-129/130 Menge, Einheit:", f"{de(qty)} {unit}"),
            ("BT-153 Artikelname:", d),
            ("BT-146 Preis netto:", de(u)),
            ("BT-151/152 USt:", "S  19 %"),
            ("BT-131 Gesamtpreis netto:", de(a)),
        ]
        yy = y
        for k, (lab, val) in enumerate(rows):
            xx, vx = (24 * mm, 64 * mm) if k % 2 == 0 else (122 * mm, 160 * mm)
            pg.t(xx, yy, lab, "DV", 7.5)
            pg.t(vx, yy, fit(val, "DVB", 7.5, 55 * mm), "DVB", 7.5)
            if k % 2 == 1:
                yy -= 18
        y -= 76
    pg.save()
    return truth(
        number=no,
        date="2026-01-12",
        due="2026-02-11",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="XRechnung viewer rendering: every value behind a BT- label, buyer (BT-44) listed before seller (BT-27), BT-72 service date and BT-9 due date besides BT-2, totals repeated as BT-106/109/112/115",
    )


def i04(path, name):
    """AT credit note (Gutschrift), negative amounts."""
    rr = random.Random(seed_of(name))
    _W, H = A4
    pg = Pg(path, A4)
    vendor = "Alpenholz Handels GmbH"
    F, FB = "DVC", "DVCB"
    wordmark(pg, 20 * mm, H - 24 * mm, "alpenholz", "DVSB", 24, HexColor("#2f5d34"), "tri")
    for k, s in enumerate(
        [
            "Alpenholz Handels GmbH",
            "Conrad-von-Hötzendorf-Straße 140",
            "8010 Graz, Österreich",
            "T +43 316 48 22 70",
            "office@alpenholz.at",
        ]
    ):
        pg.t(190 * mm, H - 16 * mm - k * 10, s, F, 8, "r")
    for k, s in enumerate(["Tischlerei Hofer e.U.", "Hauptplatz 9", "8230 Hartberg"]):
        pg.t(20 * mm, H - 55 * mm - k * 12, s, F, 10)
    no = f"GS-26-00{rr.randint(10, 99)}"
    y = H - 100 * mm
    pg.t(20 * mm, y, "GUTSCHRIFT", FB, 18)
    pg.t(190 * mm, y, f"Nr. {no}", FB, 12, "r")
    y -= 16
    for a, b in [
        ("Datum:", "03.02.2026"),
        ("Kundennummer:", "K-20418"),
        ("zu Rechnung:", "26-1187 vom 14.01.2026"),
        ("Ihre UID:", "ATU 6512 8840"),
    ]:
        pg.t(20 * mm, y, a, F, 9)
        pg.t(55 * mm, y, b, F, 9)
        y -= 12
    y -= 6
    pg.t(
        20 * mm,
        y,
        "Wir schreiben Ihnen für die retournierte bzw. reklamierte Ware wie folgt gut:",
        F,
        9,
    )
    y -= 18
    cat = [
        ("Eiche Leimholzplatte 26 mm, 2000x600", 52, 74, 6),
        ("Fichte KVH 60x120, 5 m", 21, 29, 10),
        ("Lärche Terrassendiele 27x145, 4 m", 18, 24, 20),
        ("Buche Multiplex 18 mm, 2500x1250", 88, 112, 4),
        ("Preisnachlass Transportschaden", 40, 90, 1),
    ]
    pg.rect(20 * mm, y - 4, 170 * mm, 13, fill=HexColor("#e4ece4"), stroke=False)
    hx = [
        (22 * mm, "Art.-Nr.", "l"),
        (42 * mm, "Bezeichnung", "l"),
        (128 * mm, "Menge", "r"),
        (155 * mm, "Preis €", "r"),
        (188 * mm, "Betrag €", "r"),
    ]
    for x, s, al in hx:
        pg.t(x, y, s, FB, 8.5, al)
    y -= 18
    net = D(0)
    items = []
    for d, lo, hi, mx in [*rr.sample(cat[:4], 3), cat[4]]:
        qty = rr.randint(1, mx)
        u = q(rr.uniform(lo, hi))
        a = -q(qty * u)
        net += a
        items.append((d, -qty, u, a))
        for (x, _, al), v in zip(
            hx, [str(rr.randint(10000, 99999)), d, f"-{qty}", de(u), de(a)], strict=False
        ):
            pg.t(x, y, v, F, 8.5, al)
        y -= 13
    vat = vat_of_net(net, 20)
    tot = net + vat
    pg.line(110 * mm, y + 4, 190 * mm, y + 4, 0.6)
    y -= 8
    for a, b, f in [
        ("Summe netto", de(net), F),
        ("20 % USt", de(vat), F),
        ("Gutschriftsbetrag EUR", de(tot), FB),
    ]:
        pg.t(110 * mm, y, a, f, 10)
        pg.t(188 * mm, y, b, f, 10, "r")
        y -= 14
    y -= 14
    for s in [
        "Der Gutschriftsbetrag wird mit Ihrer nächsten Rechnung verrechnet bzw. auf Ihr Konto",
        "AT12 3800 0000 0412 7788 überwiesen. Bitte korrigieren Sie Ihren Vorsteuerabzug entsprechend.",
    ]:
        pg.t(20 * mm, y, s, F, 9)
        y -= 12
    pg.line(20 * mm, 28 * mm, 190 * mm, 28 * mm, 0.4, HexColor("#2f5d34"))
    footer_cols(
        pg,
        23 * mm,
        [
            ["Alpenholz Handels GmbH · Sitz Graz", "FN 218734 k, Landesgericht für ZRS Graz"],
            ["UID ATU 5712 9086", "Geschäftsführung: Mag. Karin Pölzl"],
            ["Steiermärkische Sparkasse", "IBAN AT47 2081 5000 4212 9931"],
        ],
        font=F,
    )
    pg.save()
    return truth(
        number=no,
        date="2026-02-03",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-AT",
        layout="invoice",
        dtype="credit_note",
        items=items,
        note="Gutschrift (credit note) keyed negative as printed; references the original invoice number and its date; customer UID printed near the header",
    )


def qrbill(pg, y0, creditor, iban, ref, amount, debtor, extra, seed):
    """Swiss QR-bill payment part (receipt + payment part) in the bottom 105 mm."""
    W = A4[0]
    pg.c.setDash(3, 2)
    pg.line(0, y0, W, y0, 0.4)
    pg.line(62 * mm, 0, 62 * mm, y0, 0.4)
    pg.c.setDash()
    pg.t(4 * mm, y0 + 2, "✂", "DV", 8)
    top = y0 - 9 * mm
    amt = fmt(amount, " ", ".")
    # receipt
    pg.t(5 * mm, top, "Empfangsschein", "Helvetica-Bold", 11)
    yy = top - 12
    for lab, vals in [
        ("Konto / Zahlbar an", [iban, *creditor]),
        ("Referenz", [ref]),
        ("Zahlbar durch", debtor),
    ]:
        pg.t(5 * mm, yy, lab, "Helvetica-Bold", 6)
        yy -= 9
        for v in vals:
            pg.t(5 * mm, yy, v, "Helvetica", 8)
            yy -= 9
        yy -= 4
    pg.t(5 * mm, 37 * mm, "Währung", "Helvetica-Bold", 6)
    pg.t(20 * mm, 37 * mm, "Betrag", "Helvetica-Bold", 6)
    pg.t(5 * mm, 33 * mm, "CHF", "Helvetica", 8)
    pg.t(20 * mm, 33 * mm, amt, "Helvetica", 8)
    pg.t(57 * mm, 20 * mm, "Annahmestelle", "Helvetica-Bold", 6, "r")
    # payment part
    pg.t(67 * mm, top, "Zahlteil", "Helvetica-Bold", 11)
    pg.qr(67 * mm, top - 56 * mm, 46 * mm, seed, n=33)
    pg.c.setFillColorRGB(1, 1, 1)
    pg.c.rect(67 * mm + 20 * mm, top - 56 * mm + 20 * mm, 6 * mm, 6 * mm, stroke=0, fill=1)
    pg.c.setFillColorRGB(0, 0, 0)
    pg.t(67 * mm + 23 * mm, top - 56 * mm + 21.6 * mm, "+", "Helvetica-Bold", 14, "c")
    pg.t(67 * mm, 37 * mm, "Währung", "Helvetica-Bold", 8)
    pg.t(85 * mm, 37 * mm, "Betrag", "Helvetica-Bold", 8)
    pg.t(67 * mm, 32 * mm, "CHF", "Helvetica", 10)
    pg.t(85 * mm, 32 * mm, amt, "Helvetica", 10)
    yy = top
    for lab, vals in [
        ("Konto / Zahlbar an", [iban, *creditor]),
        ("Referenz", [ref]),
        ("Zusätzliche Informationen", extra),
        ("Zahlbar durch", debtor),
    ]:
        pg.t(118 * mm, yy, lab, "Helvetica-Bold", 8)
        yy -= 11
        for v in vals:
            pg.t(118 * mm, yy, v, "Helvetica", 10)
            yy -= 11
        yy -= 5


def i05(path, name):
    """CH invoice with QR-bill payment part, MwSt 8.1 % + 2.6 %."""
    rr = random.Random(seed_of(name))
    _W, H = A4
    pg = Pg(path, A4)
    vendor = "Zürcher Druckwerk AG"
    wordmark(
        pg,
        20 * mm,
        H - 22 * mm,
        "ZÜRCHER DRUCKWERK",
        "Helvetica-Bold",
        17,
        HexColor("#b0001e"),
        "circle",
    )
    pg.t(190 * mm, H - 16 * mm, "Zürcher Druckwerk AG", "Helvetica-Bold", 8, "r")
    for k, s in enumerate(
        ["Binzstrasse 23", "8045 Zürich", "044 455 70 70", "CHE-109.782.335 MWST"]
    ):
        pg.t(190 * mm, H - 25 * mm - k * 9, s, "Helvetica", 8, "r")
    for k, s in enumerate(
        ["Verlag Seeblick GmbH", "Frau Corinne Gasser", "Seestrasse 112", "8820 Wädenswil"]
    ):
        pg.t(120 * mm, H - 58 * mm - k * 12, s, "Helvetica", 10)
    no = f"2026-0{rr.randint(150, 199)}"
    pg.t(20 * mm, H - 62 * mm, "Zürich, 9. Februar 2026", "Helvetica", 9.5)
    pg.t(20 * mm, H - 92 * mm, f"Rechnung {no}", "Helvetica-Bold", 14)
    pg.t(
        20 * mm,
        H - 100 * mm,
        "Auftrag A-8812 · Ihre Referenz: Herbstprogramm 2026",
        "Helvetica",
        8.5,
    )
    y = H - 113 * mm
    cols = [
        (20 * mm, "Bezeichnung", "l"),
        (120 * mm, "Menge", "r"),
        (145 * mm, "Preis", "r"),
        (158 * mm, "MWST", "r"),
        (190 * mm, "Betrag CHF", "r"),
    ]
    for x, s, al in cols:
        pg.t(x, y, s, "Helvetica-Bold", 8.5, al)
    pg.line(20 * mm, y - 4, 190 * mm, y - 4, 0.6)
    y -= 15
    cat = [
        ("Buch «Uferwege», 240 S., Hardcover", 2.6, 600, 1500, 8.4, 12.9),
        ("Broschüre Verlagsprogramm, 32 S.", 8.1, 1000, 3000, 0.62, 0.98),
        ("Flyer A5, 4/4-farbig", 8.1, 2000, 5000, 0.08, 0.14),
        ("Gestaltung und Satz (Stunden)", 8.1, 6, 14, 115, 135),
    ]
    nets = {D("2.6"): D(0), D("8.1"): D(0)}
    items = []
    for d, r, qlo, qhi, lo, hi in cat:
        qty = rr.randrange(qlo, qhi, 100) if qhi > 100 else rr.randint(qlo, qhi)
        u = q(rr.uniform(lo, hi))
        a = q(qty * u)
        nets[D(str(r))] += a
        items.append((d, qty, u, a))
        for (x, _, al), v in zip(
            cols, [d, ch(qty).replace(".00", ""), ch(u), f"{r} %", ch(a)], strict=False
        ):
            pg.t(x, y, v, "Helvetica", 8.5, al)
        y -= 12
    pg.line(120 * mm, y + 5, 190 * mm, y + 5, 0.4)
    net = sum(nets.values())
    vats = {r: vat_of_net(n, r) for r, n in nets.items()}
    vat = sum(vats.values())
    tot = net + vat
    y -= 6
    for a, b, f in [
        ("Total exkl. MWST", ch(net), "Helvetica"),
        (f"MWST 2,6 % auf {ch(nets[D('2.6')])}", ch(vats[D("2.6")]), "Helvetica"),
        (f"MWST 8,1 % auf {ch(nets[D('8.1')])}", ch(vats[D("8.1")]), "Helvetica"),
        ("Total CHF", ch(tot), "Helvetica-Bold"),
    ]:
        pg.t(105 * mm, y, a, f, 9)
        pg.t(190 * mm, y, b, f, 9, "r")
        y -= 12
    y -= 8
    pg.t(
        20 * mm, y, "Zahlbar innert 30 Tagen netto. Besten Dank für Ihren Auftrag.", "Helvetica", 9
    )
    ref = "21 00000 00003 13947 14300 0" + str(rr.randint(1000, 9999))
    qrbill(
        pg,
        105 * mm,
        ["Zürcher Druckwerk AG", "Binzstrasse 23", "8045 Zürich"],
        "CH44 3199 9123 0008 8901 2",
        ref,
        tot,
        ["Verlag Seeblick GmbH", "Seestrasse 112", "8820 Wädenswil"],
        [f"Rechnung {no}"],
        seed_of(name),
    )
    pg.save()
    return truth(
        number=no,
        date="2026-02-09",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="CHF",
        locale="de-CH",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Swiss invoice with QR-bill payment part (amount there with space thousands); apostrophe thousands in the body; long-form date 'Zürich, 9. Februar 2026'; only 'innert 30 Tagen' so no due date; two MWST rates 2.6/8.1",
    )


def i06(path, name):
    """Factur-X human-readable rendering, FR, plain key/value table, TVA 5,5 % + 20 %."""
    rr = random.Random(seed_of(name))
    _W, H = A4
    pg = Pg(path, A4)
    vendor = "Maison Vallory SAS"
    no = f"FA-2026-000{rr.randint(700, 899)}"
    pg.t(
        15 * mm, H - 18 * mm, "Représentation lisible – Factur-X 1.07 / profil EN 16931", "DVB", 11
    )
    pg.t(
        15 * mm,
        H - 24 * mm,
        "Document généré à partir du fichier factur-x.xml joint (CII D16B). En cas de divergence, le XML fait foi.",
        "DV",
        7,
    )
    y = H - 34 * mm

    def table(y, title, rows, c2=70 * mm):
        pg.rect(15 * mm, y - 3, 180 * mm, 11, fill=HexColor("#444444"), stroke=False)
        pg.t(17 * mm, y, title, "DVB", 8.5, color=HexColor("#ffffff"))
        y -= 11
        for k, (a, b) in enumerate(rows):
            if k % 2 == 0:
                pg.rect(15 * mm, y - 3, 180 * mm, 10.5, fill=HexColor("#f1f1f1"), stroke=False)
            pg.t(17 * mm, y, a, "DV", 7.8)
            pg.t(15 * mm + c2, y, b, "DVM", 7.8)
            y -= 10.5
        return y - 8

    y = table(
        y,
        "En-tête du document",
        [
            ("Type de document", "380 (Facture)"),
            ("Numéro de facture", no),
            ("Date d'émission", "2026-02-17"),
            ("Devise", "EUR"),
            ("Date d'échéance", "2026-03-19"),
            ("Référence commande acheteur", "CMD-88412"),
            (
                "Conditions de paiement",
                "30 jours date de facture, pas d'escompte pour paiement anticipé",
            ),
        ],
    )
    y = table(
        y,
        "Vendeur",
        [
            ("Raison sociale", vendor),
            ("Adresse", "14 rue des Tanneurs, 69002 Lyon, FR"),
            ("SIRET", "812 447 903 00024"),
            ("N° TVA intracommunautaire", "FR 27 812447903"),
            ("Contact", "compta@maison-vallory.fr"),
        ],
    )
    y = table(
        y,
        "Acheteur",
        [
            ("Raison sociale", "Épicerie Les Halles de Valence SARL"),
            ("Adresse", "3 place des Clercs, 26000 Valence, FR"),
            ("SIRET", "530 118 224 00017"),
            ("N° TVA intracommunautaire", "FR 64 530118224"),
        ],
    )
    cat = [
        ("Huile d'olive AOP Nyons 75 cl", 5.5, 11.2, 14.6, 24),
        ("Confiture abricot du Roussillon 370 g", 5.5, 3.1, 4.4, 48),
        ("Nougat de Montélimar 200 g", 5.5, 5.4, 7.2, 36),
        ("Côtes-du-Rhône rouge 2023 75 cl", 20, 6.8, 9.5, 36),
        ("Coffret cadeau bois (vide)", 20, 4.2, 6.5, 20),
        ("Sirop de lavande 50 cl", 5.5, 4.9, 6.3, 24),
    ]
    nets = {D("5.5"): D(0), D(20): D(0)}
    rows = []
    items = []
    for i, (d, r, lo, hi, mx) in enumerate(cat, 1):
        qty = rr.randrange(6, mx + 1, 6)
        u = q(rr.uniform(lo, hi))
        a = q(qty * u)
        nets[D(str(r))] += a
        items.append((d, qty, u, a))
        rows.append((f"Ligne {i} – désignation", d))
        rows.append(
            (
                f"Ligne {i} – qté × prix net / montant HT / TVA",
                f"{qty} C62 × {fr(u)} = {fr(a)}  | S {fr(r, nd=1 if r == 5.5 else 0)} %",
            )
        )
    y = table(y, "Lignes de facture", rows)
    net = sum(nets.values())
    vats = {r: vat_of_net(n, r) for r, n in nets.items()}
    vat = sum(vats.values())
    tot = net + vat
    y = table(
        y,
        "Ventilation TVA",
        [
            ("Base HT – taux 5,5 %", fr(nets[D("5.5")])),
            ("Montant TVA – taux 5,5 %", fr(vats[D("5.5")])),
            ("Base HT – taux 20 %", fr(nets[D(20)])),
            ("Montant TVA – taux 20 %", fr(vats[D(20)])),
        ],
    )
    table(
        y,
        "Totaux",
        [
            ("Somme des montants nets des lignes", fr(net)),
            ("Total HT", fr(net)),
            ("Total TVA", fr(vat)),
            ("Total TTC", fr(tot)),
            ("Montant déjà payé", "0,00"),
            ("Net à payer", fr(tot)),
        ],
    )
    pg.t(195 * mm, 10 * mm, "page 1/1", "DV", 7, "r")
    pg.save()
    return truth(
        number=no,
        date="2026-02-17",
        due="2026-03-19",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Factur-X viewer output: flat key/value tables, ISO dates, lines flattened into 'qty × price = amount' strings, two TVA rates, buyer block right after seller block",
    )


def i07(path, name):  # noqa: C901
    """DE Schlussrechnung with Abschlagszahlungen deducted (net + USt split)."""
    rr = random.Random(seed_of(name))
    W, H = A4
    pg = Pg(path, A4)
    vendor = "Dachtechnik Brandt GmbH & Co. KG"
    F, FB = "DVS", "DVSB"
    pg.rect(0, H - 30 * mm, W, 30 * mm, fill=HexColor("#33415c"), stroke=False)
    pg.t(20 * mm, H - 17 * mm, "Dachtechnik Brandt", "DVSB", 22, color=HexColor("#ffffff"))
    pg.t(
        20 * mm,
        H - 24 * mm,
        "GmbH & Co. KG · Bedachungen · Spenglerei · Photovoltaik",
        "DVS",
        8,
        color=HexColor("#dddddd"),
    )
    pg.t(
        190 * mm,
        H - 17 * mm,
        "Industriestraße 41 · 33609 Bielefeld",
        "DVS",
        8,
        "r",
        color=HexColor("#ffffff"),
    )
    pg.t(
        190 * mm,
        H - 23 * mm,
        "Tel. 0521 98 76 50 · www.dach-brandt.de",
        "DVS",
        8,
        "r",
        color=HexColor("#ffffff"),
    )
    for k, s in enumerate(
        [
            "Wohnungsbaugenossenschaft",
            "Teutoburger Wald eG",
            "Herrn Dipl.-Ing. Pohlmann",
            "Stapenhorststraße 60",
            "33615 Bielefeld",
        ]
    ):
        pg.t(20 * mm, H - 50 * mm - k * 12, s, F, 9.5)
    no = f"SR-2026-00{rr.randint(20, 49)}"
    for k, (a, b) in enumerate(
        [
            ("Schlussrechnung Nr.", no),
            ("Datum", "27.02.2026"),
            ("Kunden-Nr.", "4471"),
            ("Bauvorhaben", "Stapenhorststr. 58–62"),
            ("Ausführung", "12.01.–13.02.2026"),
        ]
    ):
        pg.t(118 * mm, H - 50 * mm - k * 11, a, F, 8.5)
        pg.t(190 * mm, H - 50 * mm - k * 11, b, FB if k == 0 else F, 8.5, "r")
    y = H - 120 * mm
    pg.t(20 * mm, y, "SCHLUSSRECHNUNG", FB, 15)
    y -= 14
    pg.t(
        20 * mm,
        y,
        "Neueindeckung Steildach Haus 58–62 gemäß Auftrag vom 02.12.2025 und Aufmaß vom 16.02.2026",
        F,
        8.5,
    )
    y -= 18
    cat = [
        ("Gerüststellung inkl. Standzeit 4 Wochen", 1, 3200, 4100),
        ("Altdeckung abbrechen und entsorgen", 420, 14, 19),
        ("Unterspannbahn und Konterlattung", 420, 11, 15),
        ("Tondachziegel liefern und verlegen", 420, 38, 46),
        ("Dachrinnen Titanzink, Rinnenhaken", 64, 42, 55),
        ("Regenfallrohre DN 100", 36, 38, 49),
    ]
    hx = [
        (20 * mm, "Pos.", "l"),
        (32 * mm, "Leistung", "l"),
        (132 * mm, "Menge", "r"),
        (160 * mm, "EP €", "r"),
        (190 * mm, "GP €", "r"),
    ]
    for x, s, al in hx:
        pg.t(x, y, s, FB, 8.5, al)
    pg.line(20 * mm, y - 4, 190 * mm, y - 4, 0.6)
    y -= 15
    net_all = D(0)
    items = []
    for i, (d, qty, lo, hi) in enumerate(cat, 1):
        if qty > 1:
            qty = qty + rr.randint(-20, 20) if qty > 100 else qty + rr.randint(-4, 4)
        u = q(rr.uniform(lo, hi))
        a = q(qty * u)
        net_all += a
        items.append((d, qty, u, a))
        unit = "psch" if qty == 1 else ("m²" if qty > 100 else "m")
        for (x, _, al), v in zip(
            hx, [f"{i:02d}", d, f"{de(qty)} {unit}", de(u), de(a)], strict=False
        ):
            pg.t(x, y, v, F, 8.5, al)
        y -= 12
    pg.line(20 * mm, y + 5, 190 * mm, y + 5, 0.4)
    vat_all = vat_of_net(net_all, 19)
    a1 = q(net_all * D("0.3") // 1000 * 1000)
    a2 = q(net_all * D("0.4") // 1000 * 1000)
    v1, v2 = vat_of_net(a1, 19), vat_of_net(a2, 19)
    net = net_all - a1 - a2
    vat = vat_all - v1 - v2
    tot = net + vat
    y -= 10
    hx2 = [
        (20 * mm, "", "l"),
        (140 * mm, "netto €", "r"),
        (165 * mm, "USt 19 % €", "r"),
        (190 * mm, "brutto €", "r"),
    ]
    for x, s, al in hx2[1:]:
        pg.t(x, y, s, FB, 8.5, al)
    y -= 13
    rows = [
        ("Gesamtleistung", net_all, vat_all, F),
        ("abzgl. 1. Abschlag AR-2025-118 v. 15.12.2025 (bezahlt)", -a1, -v1, F),
        ("abzgl. 2. Abschlag AR-2026-007 v. 30.01.2026 (bezahlt)", -a2, -v2, F),
        ("Verbleibender Zahlbetrag", net, vat, FB),
    ]
    for lab, n, v, f in rows:
        if f == FB:
            y -= 4
            pg.line(20 * mm, y + 10, 190 * mm, y + 10, 0.6)
        pg.t(20 * mm, y, lab, f, 8)
        pg.t(140 * mm, y, de(n), f, 8.5, "r")
        pg.t(165 * mm, y, de(v), f, 8.5, "r")
        pg.t(190 * mm, y, de(n + v), f, 8.5, "r")
        y -= 13
    y -= 12
    for s in [
        "Bitte überweisen Sie den verbleibenden Betrag bis zum 13.03.2026 ohne Abzug.",
        "Gewährleistung gemäß VOB/B § 13. Sicherheitseinbehalt wurde nicht vereinbart.",
        "Leistungszeitpunkt: 12.01.2026 bis 13.02.2026.",
    ]:
        pg.t(20 * mm, y, s, F, 8.5)
        y -= 12
    footer_cols(
        pg,
        22 * mm,
        [
            [
                "Dachtechnik Brandt GmbH & Co. KG",
                "Sitz Bielefeld, AG Bielefeld HRA 16622",
                "pers. haft.: Brandt Verwaltungs-GmbH",
            ],
            ["USt-IdNr. DE 812 006 334", "Steuer-Nr. 305/5712/0448", "GF: Ralf Brandt"],
            ["Sparkasse Bielefeld", "IBAN DE89 4805 0161 0072 4410 08", "BIC SPBIDE3BXXX"],
        ],
        font="DVS",
        size=6.3,
    )
    pg.save()
    return truth(
        number=no,
        date="2026-02-27",
        due="2026-03-13",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Schlussrechnung: full net/USt/brutto of the whole job printed, two paid Abschläge deducted with their own net and USt; keyed = remaining row (Verbleibender Zahlbetrag), not the Gesamtleistung",
    )


def i08(path, name):
    """BE French invoice, TVA 21 % + 6 %, structured communication."""
    rr = random.Random(seed_of(name))
    _W, H = A4
    pg = Pg(path, A4)
    vendor = "Imprimerie Delvaux SRL"
    wordmark(pg, 20 * mm, H - 25 * mm, "DELVAUX", "Times-Bold", 26, HexColor("#5b2c6f"), "plain")
    pg.t(20 * mm, H - 32 * mm, "imprimerie · reliure · édition", "Times-Italic", 10)
    for k, s in enumerate(
        [
            "Imprimerie Delvaux SRL",
            "Rue de Fer 27",
            "5000 Namur",
            "TVA BE 0456.789.123",
            "RPM Liège, division Namur",
        ]
    ):
        pg.t(190 * mm, H - 18 * mm - k * 10, s, "Times-Roman", 8.5, "r")
    pg.rect(112 * mm, H - 88 * mm, 78 * mm, 34 * mm, stroke=True, lw=0.4)
    for k, s in enumerate(
        ["Éditions du Val Mosan ASBL", "Quai de Meuse 4", "4500 Huy", "TVA BE 0871.224.605"]
    ):
        pg.t(116 * mm, H - 62 * mm - k * 12, s, "Times-Roman", 10)
    no = f"F26/0{rr.randint(100, 399)}"
    y = H - 100 * mm
    pg.t(20 * mm, y, "FACTURE", "Times-Bold", 16)
    y -= 16
    box = [
        ("Numéro", no),
        ("Date", "05/03/2026"),
        ("Échéance", "04/04/2026"),
        ("Réf. client", "VM-112"),
    ]
    for k, (a, b) in enumerate(box):
        x = 20 * mm + k * 42.5 * mm
        pg.rect(x, y - 17, 42.5 * mm, 24, stroke=True, lw=0.4)
        pg.t(x + 3, y, a, "Times-Bold", 8)
        pg.t(x + 3, y - 12, b, "Times-Roman", 10)
    y -= 36
    cat = [
        ("Ouvrage « Meuse, fleuve de pierre » 196 p.", 6, 500, 1200, 6.2, 8.9),
        ("Réimpression catalogue 2026, 48 p.", 6, 300, 800, 2.4, 3.6),
        ("Affiches A2 quadri, papier 170 g", 21, 50, 200, 1.1, 1.9),
        ("Mise en page et corrections (h)", 21, 4, 12, 55, 68),
        ("Frais de livraison", 21, 1, 1, 45, 75),
    ]
    hx = [
        (20 * mm, "Description", "l"),
        (122 * mm, "Qté", "r"),
        (146 * mm, "P.U. HTVA", "r"),
        (160 * mm, "TVA", "r"),
        (190 * mm, "Total HTVA", "r"),
    ]
    pg.line(20 * mm, y + 10, 190 * mm, y + 10, 0.8)
    for x, s, al in hx:
        pg.t(x, y, s, "Times-Bold", 9, al)
    pg.line(20 * mm, y - 4, 190 * mm, y - 4, 0.4)
    y -= 16
    nets = {6: D(0), 21: D(0)}
    items = []
    for d, r, qlo, qhi, lo, hi in cat:
        qty = rr.randrange(qlo, qhi + 1, 50) if qhi > 100 else rr.randint(qlo, qhi)
        u = q(rr.uniform(lo, hi))
        a = q(qty * u)
        nets[r] += a
        items.append((d, qty, u, a))
        for (x, _, al), v in zip(hx, [d, str(qty), de(u), f"{r}%", de(a)], strict=False):
            pg.t(x, y, v, "Times-Roman", 9.5, al)
        y -= 13
    net = sum(nets.values())
    vats = {r: vat_of_net(n, r) for r, n in nets.items()}
    vat = sum(vats.values())
    tot = net + vat
    y -= 8
    pg.t(20 * mm, y, "Taux", "Times-Bold", 8.5)
    pg.t(60 * mm, y, "Base HTVA", "Times-Bold", 8.5, "r")
    pg.t(90 * mm, y, "TVA", "Times-Bold", 8.5, "r")
    for k, r in enumerate([6, 21]):
        pg.t(20 * mm, y - 12 - 11 * k, f"{r} %", "Times-Roman", 9)
        pg.t(60 * mm, y - 12 - 11 * k, de(nets[r]), "Times-Roman", 9, "r")
        pg.t(90 * mm, y - 12 - 11 * k, de(vats[r]), "Times-Roman", 9, "r")
    for k, (a, b, f) in enumerate(
        [
            ("Total HTVA", de(net), "Times-Roman"),
            ("Total TVA", de(vat), "Times-Roman"),
            ("TOTAL TVAC", de(tot) + " EUR", "Times-Bold"),
        ]
    ):
        pg.t(128 * mm, y - 12 * k, a, f, 10)
        pg.t(190 * mm, y - 12 * k, b, f, 10, "r")
    y -= 52
    comm = f"+++090/{rr.randint(1000, 9999)}/{rr.randint(10000, 99999)}+++"
    for s in [
        f"Merci de verser le montant de {de(tot)} EUR au compte BE71 0961 2345 6769 (BIC GKCCBEBB)",
        f"avec la communication structurée {comm} pour le 04/04/2026 au plus tard.",
        "En cas de retard de paiement, un intérêt de 8 % l'an et une indemnité forfaitaire de 10 % seront dus de plein droit.",
    ]:
        pg.t(20 * mm, y, s, "Times-Roman", 8.8)
        y -= 12
    pg.save()
    return truth(
        number=no,
        date="2026-03-05",
        due="2026-04-04",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="fr-BE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Belgian facture: HTVA/TVAC wording, boxed header cells, TVA 6 % + 21 % breakdown table left of totals, structured communication +++…+++ next to the amount",
    )


def i09(path, name):
    """NL Exact-like factuur, BTW 21 % + 9 %."""
    rr = random.Random(seed_of(name))
    W, H = A4
    pg = Pg(path, A4)
    vendor = "Van der Meulen Installatietechniek B.V."
    pg.rect(0, H - 14 * mm, W, 14 * mm, fill=HexColor("#c0392b"), stroke=False)
    pg.t(20 * mm, H - 9.5 * mm, "VAN DER MEULEN", "Helvetica-Bold", 14, color=HexColor("#ffffff"))
    pg.t(
        190 * mm,
        H - 9.5 * mm,
        "installatietechniek · isolatie · warmtepompen",
        "Helvetica",
        8,
        "r",
        color=HexColor("#ffffff"),
    )
    for k, s in enumerate(
        [
            vendor,
            "Kanaalweg 17",
            "3526 KL Utrecht",
            "Tel. 030 288 41 90",
            "KvK 30184422",
            "BTW NL8123.45.678.B01",
        ]
    ):
        pg.t(190 * mm, H - 24 * mm - k * 9.5, s, "Helvetica", 8, "r")
    for k, s in enumerate(
        ["Fam. De Graaf", "t.a.v. mevr. L. de Graaf", "Oudegracht 211 bis", "3511 NH Utrecht"]
    ):
        pg.t(20 * mm, H - 52 * mm - k * 12, s, "Helvetica", 10)
    pg.t(20 * mm, H - 100 * mm, "Factuur", "Helvetica-Bold", 20)
    no = f"26100{rr.randint(200, 299)}"
    hdr = [
        ("Factuurnummer", no),
        ("Factuurdatum", "10-02-2026"),
        ("Vervaldatum", "12-03-2026"),
        ("Debiteurnummer", "20" + str(rr.randint(100, 999))),
        ("Uw referentie", "Spouwisolatie + CV"),
    ]
    for k, (a, b) in enumerate(hdr):
        x = 20 * mm + k * 34 * mm
        pg.t(x, H - 112 * mm, a, "Helvetica", 7, color=HexColor("#777777"))
        pg.t(x, H - 120 * mm, b, "Helvetica-Bold", 8.5)
    y = H - 136 * mm
    hx = [
        (20 * mm, "Artikel", "l"),
        (42 * mm, "Omschrijving", "l"),
        (130 * mm, "Aantal", "r"),
        (152 * mm, "Prijs", "r"),
        (163 * mm, "BTW", "r"),
        (190 * mm, "Bedrag", "r"),
    ]
    pg.rect(20 * mm, y - 4, 170 * mm, 13, fill=HexColor("#eeeeee"), stroke=False)
    for x, s, al in hx:
        pg.t(x, y, s, "Helvetica-Bold", 8, al)
    y -= 17
    cat = [
        ("ARB-ISO", "Arbeidsloon spouwmuurisolatie", 9, 1, 1, 1450, 1890),
        ("MAT-ISO", "Isolatieparels EPS grafiet (m³)", 21, 8, 14, 68, 82),
        ("ARB-CV", "Arbeidsloon vervangen CV-ketel", 21, 1, 1, 380, 460),
        ("MAT-CV", "HR-combiketel 28 kW CW5", 21, 1, 1, 1690, 1990),
        ("MAT-DIV", "Klein materiaal en afvoer", 21, 1, 1, 45, 95),
        ("VOR", "Voorrijkosten", 21, 1, 1, 35, 55),
    ]
    nets = {9: D(0), 21: D(0)}
    items = []
    for code, d, r, qlo, qhi, lo, hi in cat:
        qty = rr.randint(qlo, qhi)
        u = q(rr.uniform(lo, hi))
        a = q(qty * u)
        nets[r] += a
        items.append((d, qty, u, a))
        for (x, _, al), v in zip(
            hx, [code, d, de(qty), "€ " + de(u), f"{r}%", "€ " + de(a)], strict=False
        ):
            pg.t(x, y, v, "Helvetica", 8.5, al)
        y -= 13
    net = sum(nets.values())
    vats = {r: vat_of_net(n, r) for r, n in nets.items()}
    vat = sum(vats.values())
    tot = net + vat
    pg.line(115 * mm, y + 5, 190 * mm, y + 5, 0.5)
    y -= 8
    rows = [
        ("Totaal excl. BTW", "€ " + de(net)),
        (f"BTW 9% over € {de(nets[9])}", "€ " + de(vats[9])),
        (f"BTW 21% over € {de(nets[21])}", "€ " + de(vats[21])),
        ("Totaal incl. BTW", "€ " + de(tot)),
    ]
    for k, (a, b) in enumerate(rows):
        f = "Helvetica-Bold" if k == 3 else "Helvetica"
        if k == 3:
            pg.rect(115 * mm, y - 4, 75 * mm, 14, fill=HexColor("#fbe3e0"), stroke=False)
        pg.t(117 * mm, y, a, f, 9)
        pg.t(188 * mm, y, b, f, 9, "r")
        y -= 14
    y -= 14
    for s in [
        "Wij verzoeken u vriendelijk het totaalbedrag vóór 12-03-2026 over te maken op",
        f"IBAN NL91 RABO 0317 4455 02 t.n.v. Van der Meulen Installatietechniek B.V. o.v.v. factuurnummer {no}.",
        "Op al onze leveringen zijn de algemene voorwaarden van Techniek Nederland van toepassing.",
    ]:
        pg.t(20 * mm, y, s, "Helvetica", 8.5)
        y -= 11.5
    pg.t(105 * mm, 12 * mm, "Pagina 1 van 1", "Helvetica", 7, "c")
    pg.save()
    return truth(
        number=no,
        date="2026-02-10",
        due="2026-03-12",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Exact-like Dutch factuur: header facts in a row of small labels, dd-mm-yyyy dates, BTW 9 % (insulation labour) and 21 %, '€ ' prefix on every amount, 'BTW x% over' base lines",
    )


def i10(path, name):
    """NL Odoo invoice (photo)."""
    rr = random.Random(seed_of(name))
    _W, H = A4
    pg = Pg(path, A4)
    vendor = "Studio Kade B.V."
    pg.c.setFillColor(HexColor("#1abc9c"))
    pg.c.roundRect(20 * mm, H - 30 * mm, 14 * mm, 14 * mm, 3, stroke=0, fill=1)
    pg.t(27 * mm, H - 25.5 * mm, "K", "Helvetica-Bold", 18, "c", color=HexColor("#ffffff"))
    pg.t(37 * mm, H - 25 * mm, "studio kade", "Helvetica-Bold", 16)
    for k, s in enumerate(
        [
            "Studio Kade B.V.",
            "Maashaven ZZ 42",
            "3081 AE Rotterdam",
            "Nederland",
            "BTW: NL862004519B01",
        ]
    ):
        pg.t(190 * mm, H - 17 * mm - k * 9.5, s, "Helvetica", 8, "r")
    pg.line(20 * mm, H - 66 * mm, 190 * mm, H - 66 * mm, 0.3, HexColor("#999999"))
    for k, s in enumerate(
        [
            "Brouwerij De Noordkaap B.V.",
            "Veerkade 7",
            "3016 DE Rotterdam",
            "Nederland",
            "NL004417729B01",
        ]
    ):
        pg.t(120 * mm, H - 76 * mm - k * 11, s, "Helvetica", 9.5)
    no = f"INV/2026/000{rr.randint(50, 99)}"
    pg.t(20 * mm, H - 140 * mm, f"Factuur {no}", "Helvetica", 18, color=HexColor("#1abc9c"))
    for k, (a, b) in enumerate(
        [("Factuurdatum:", "03/03/2026"), ("Vervaldatum:", "02/04/2026"), ("Bron:", "S00142")]
    ):
        pg.t(20 * mm + k * 45 * mm, H - 152 * mm, a, "Helvetica-Bold", 8.5)
        pg.t(20 * mm + k * 45 * mm, H - 162 * mm, b, "Helvetica", 9)
    y = H - 180 * mm
    hx = [
        (20 * mm, "Omschrijving", "l"),
        (120 * mm, "Hoeveelheid", "r"),
        (148 * mm, "Prijs per eenheid", "r"),
        (160 * mm, "Btw", "l"),
        (190 * mm, "Bedrag", "r"),
    ]
    for x, s, al in hx:
        pg.t(x, y, s, "Helvetica-Bold", 8.5, al)
    pg.line(20 * mm, y - 4, 190 * mm, y - 4, 0.8)
    y -= 16
    cat = [
        ("[DES-01] Huisstijl etiketten 'Noorderlicht' IPA", 1, 1, 1850, 2400, "Eenheden"),
        ("[DES-07] Aanpassing bierviltjes, 3 varianten", 3, 3, 140, 190, "Eenheden"),
        ("[UUR] Art direction fotoshoot", 6, 12, 85, 95, "Uren"),
        ("[DRK-02] Proefdruk etiketten", 1, 2, 65, 120, "Eenheden"),
    ]
    net = D(0)
    items = []
    for d, qlo, qhi, lo, hi, unit in cat:
        qty = rr.randint(qlo, qhi)
        u = q(rr.uniform(lo, hi))
        a = q(qty * u)
        net += a
        items.append((d, qty, u, a))
        for (x, _, al), v in zip(
            hx, [d, f"{de(qty)} {unit}", de(u), "21%", "€ " + de(a)], strict=False
        ):
            pg.t(x, y, v, "Helvetica", 8.5, al)
        pg.line(20 * mm, y - 5, 190 * mm, y - 5, 0.2, HexColor("#cccccc"))
        y -= 16
    vat = vat_of_net(net, 21)
    tot = net + vat
    y -= 6
    for k, (a, b) in enumerate(
        [("Subtotaal", "€ " + de(net)), ("Btw 21%", "€ " + de(vat)), ("Totaal", "€ " + de(tot))]
    ):
        f = "Helvetica-Bold" if k != 1 else "Helvetica"
        pg.line(125 * mm, y + 10, 190 * mm, y + 10, 0.8 if k == 2 else 0.3)
        pg.t(127 * mm, y, a, f, 9.5)
        pg.t(190 * mm, y, b, f, 9.5, "r")
        y -= 15
    y -= 12
    pg.t(20 * mm, y, f"Gebruik de volgende mededeling voor uw betaling: {no}", "Helvetica", 8.5)
    pg.t(20 * mm, y - 12, "Betalingstermijn: 30 dagen", "Helvetica", 8.5)
    pg.line(20 * mm, 18 * mm, 190 * mm, 18 * mm, 0.3, HexColor("#999999"))
    pg.t(
        105 * mm,
        13 * mm,
        "hallo@studiokade.nl · studiokade.nl · KvK 71204558 · IBAN NL20 INGB 0006 7123 45",
        "Helvetica",
        7,
        "c",
    )
    pg.t(105 * mm, 8 * mm, "Pagina: 1 / 1", "Helvetica", 7, "c")
    pg.save()
    return truth(
        number=no,
        date="2026-03-03",
        due="2026-04-02",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Odoo report layout photographed: INV/2026/… number with slashes, dd/mm/yyyy dates, customer block on the right with its own BTW number, 'Bron' sale order reference",
    )


def i11(path, name):
    """LU facture, TVA 17 % + 3 % (books), image-only PDF."""
    rr = random.Random(seed_of(name))
    _W, H = A4
    pg = Pg(path, A4)
    vendor = "Lux Bureautique S.à r.l."
    F, FB = "DV", "DVB"
    pg.rect(20 * mm, H - 34 * mm, 52 * mm, 18 * mm, fill=HexColor("#00a3e0"), stroke=False)
    pg.t(46 * mm, H - 27.5 * mm, "LUX BUREAUTIQUE", FB, 10, "c", color=HexColor("#ffffff"))
    for k, s in enumerate(
        [
            "Lux Bureautique S.à r.l.",
            "12, rue de Hollerich",
            "L-1740 Luxembourg",
            "Tél. +352 48 77 60-1",
        ]
    ):
        pg.t(190 * mm, H - 18 * mm - k * 10, s, F, 8, "r")
    pg.t(20 * mm, H - 50 * mm, "Facturé à :", FB, 8.5)
    for k, s in enumerate(
        [
            "Fiduciaire Schmit & Reuter S.A.",
            "Service comptabilité",
            "45, route d'Arlon",
            "L-8009 Strassen",
        ]
    ):
        pg.t(20 * mm, H - 60 * mm - k * 11, s, F, 9.5)
    no = f"FC-{rr.randint(26000, 26999)}"
    for k, (a, b) in enumerate(
        [
            ("Facture n°", no),
            ("Date", "16.03.2026"),
            ("Échéance", "15.04.2026"),
            ("N° client", "C" + str(rr.randint(1000, 9999))),
            ("Bon de commande", "BC-2026-031"),
        ]
    ):
        pg.t(125 * mm, H - 50 * mm - k * 11, a, F, 8.5)
        pg.t(190 * mm, H - 50 * mm - k * 11, b, FB, 8.5, "r")
    y = H - 118 * mm
    pg.t(20 * mm, y, "FACTURE", FB, 15)
    y -= 20
    hx = [
        (20 * mm, "Réf.", "l"),
        (40 * mm, "Désignation", "l"),
        (130 * mm, "Qté", "r"),
        (150 * mm, "P.U. HT", "r"),
        (162 * mm, "TVA", "r"),
        (190 * mm, "Total HT", "r"),
    ]
    for x, s, al in hx:
        pg.t(x, y, s, FB, 8, al)
    pg.line(20 * mm, y - 4, 190 * mm, y - 4, 0.6)
    y -= 15
    cat = [
        ("Papier A4 80 g, carton 5 ramettes", 17, 5, 20, 19.5, 26),
        ("Cartouches toner HP 59X", 17, 2, 6, 148, 179),
        ("Classeurs à levier dos 8 cm", 17, 20, 60, 2.1, 3.4),
        ("Code civil luxembourgeois 2026", 3, 2, 6, 64, 79),
        ("Guide TVA Luxembourg, éd. 2026", 3, 1, 4, 42, 55),
        ("Fauteuil de bureau ergonomique", 17, 1, 3, 289, 349),
        ("Livraison Grand-Duché", 17, 1, 1, 15, 15),
    ]
    nets = {3: D(0), 17: D(0)}
    items = []
    for d, r, qlo, qhi, lo, hi in cat:
        qty = rr.randint(qlo, qhi)
        u = q(rr.uniform(lo, hi))
        a = q(qty * u)
        nets[r] += a
        items.append((d, qty, u, a))
        for (x, _, al), v in zip(
            hx, [str(rr.randint(100000, 999999)), d, str(qty), fr(u), f"{r} %", fr(a)], strict=False
        ):
            pg.t(x, y, v, F, 8.3, al)
        y -= 12.5
    net = sum(nets.values())
    vats = {r: vat_of_net(n, r) for r, n in nets.items()}
    vat = sum(vats.values())
    tot = net + vat
    pg.line(110 * mm, y + 5, 190 * mm, y + 5, 0.5)
    y -= 8
    for k, (a, b) in enumerate(
        [
            ("Total HT", fr(net)),
            (f"TVA 3 % sur {fr(nets[3])}", fr(vats[3])),
            (f"TVA 17 % sur {fr(nets[17])}", fr(vats[17])),
            ("Total TTC EUR", fr(tot)),
        ]
    ):
        f = FB if k == 3 else F
        pg.t(110 * mm, y, a, f, 9)
        pg.t(190 * mm, y, b, f, 9, "r")
        y -= 13
    y -= 16
    for s in [
        "Paiement par virement à 30 jours fin de facture.",
        "BCEE  IBAN LU28 0019 4006 4475 0000  BIC BCEELULL",
        f"Communication : {no}",
    ]:
        pg.t(20 * mm, y, s, F, 8.5)
        y -= 11.5
    pg.line(20 * mm, 22 * mm, 190 * mm, 22 * mm, 0.3)
    pg.t(
        105 * mm,
        17 * mm,
        "Lux Bureautique S.à r.l. · capital social 25 000 EUR · RCS Luxembourg B 184 552 · TVA LU 2714 8830 · Autorisation d'établissement 10045871/2",
        F,
        6.3,
        "c",
    )
    pg.save()
    return truth(
        number=no,
        date="2026-03-16",
        due="2026-04-15",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="fr-LU",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Luxembourg facture as image-only PDF scan: TVA 17 % + 3 % (books), space thousands, dotted dates, RCS/TVA LU ids in footer",
    )


def i12(path, name):
    """BE Flemish hand-made Word template, BTW 6 %, photo."""
    rr = random.Random(seed_of(name))
    _W, H = A4
    pg = Pg(path, A4)
    vendor = "Schrijnwerkerij Peeters BV"
    F, FB = "Times-Roman", "Times-Bold"
    pg.t(105 * mm, H - 22 * mm, "SCHRIJNWERKERIJ PEETERS", FB, 18, "c")
    pg.t(
        105 * mm,
        H - 29 * mm,
        "maatwerk in hout – ramen – deuren – trappen",
        "Times-Italic",
        10,
        "c",
    )
    pg.t(
        105 * mm,
        H - 36 * mm,
        "Bautersemstraat 58 – 2800 Mechelen – 015 41 22 87 – info@peeters-hout.be",
        F,
        8.5,
        "c",
    )
    pg.line(20 * mm, H - 40 * mm, 190 * mm, H - 40 * mm, 1.0)
    for k, s in enumerate(["Dhr. en Mevr. Verhoeven-Claes", "Kapelstraat 3", "2812 Muizen"]):
        pg.t(115 * mm, H - 56 * mm - k * 13, s, F, 11)
    no = f"2026/0{rr.randint(10, 40)}"
    for k, s in enumerate(
        [
            f"FACTUUR nr. {no}",
            "Datum: 18 maart 2026",
            "Vervaldag: 17 april 2026",
            "Klant-btw: niet btw-plichtig",
        ]
    ):
        pg.t(20 * mm, H - 56 * mm - k * 13, s, FB if k == 0 else F, 12 if k == 0 else 10.5)
    y = H - 112 * mm
    xs = [20 * mm, 122 * mm, 142 * mm, 165 * mm, 190 * mm]
    hdr = ["Omschrijving", "Aantal", "Eenheidsprijs", "Totaal"]
    cat = [
        ("Plaatsen eiken binnendeuren (incl. kasten)", 2, 6, 390, 520),
        ("Trapbekleding eik, 14 treden", 1, 1, 2650, 3100),
        ("Plinten eik 70 mm (lopende meter)", 20, 60, 9.5, 13.5),
        ("Werkuren afwerking", 6, 16, 48, 56),
    ]
    rows = []
    net = D(0)
    items = []
    for d, qlo, qhi, lo, hi in cat:
        qty = rr.randint(qlo, qhi)
        u = q(rr.uniform(lo, hi))
        a = q(qty * u)
        net += a
        items.append((d, qty, u, a))
        rows.append([d, str(qty), "€ " + de(u), "€ " + de(a)])
    rh = 16
    ty = y
    for r_i, row in enumerate([hdr, *rows]):
        for k, v in enumerate(row):
            al = "l" if k == 0 else "r"
            x = xs[k] + 2 if al == "l" else xs[k + 1] - 3
            pg.t(x, y - 11, v, FB if r_i == 0 else F, 10, al)
        y -= rh
    for k in range(len(rows) + 2):
        pg.line(20 * mm, ty - k * rh, 190 * mm, ty - k * rh, 0.5)
    for x in xs:
        pg.line(x, ty, x, y, 0.5)
    vat = vat_of_net(net, 6)
    tot = net + vat
    y -= 14
    for k, (a, b) in enumerate(
        [
            ("Totaal excl. btw", "€ " + de(net)),
            ("Btw 6 %", "€ " + de(vat)),
            ("Te betalen", "€ " + de(tot)),
        ]
    ):
        pg.t(122 * mm, y, a, FB if k == 2 else F, 11)
        pg.t(187 * mm, y, b, FB if k == 2 else F, 11, "r")
        y -= 15
    y -= 12
    for s in [
        "Btw-tarief 6 %: renovatie van een woning ouder dan 10 jaar, privé bewoning (attest van de klant ontvangen).",
        "Bij gebrek aan schriftelijke betwisting binnen de 8 dagen na factuurdatum wordt deze factuur als aanvaard beschouwd.",
        f"Gelieve te betalen op BE68 5390 0754 7034 met mededeling +++018/{rr.randint(1000, 9999)}/{rr.randint(10000, 99999)}+++",
    ]:
        pg.t(20 * mm, y, s, F, 9)
        y -= 12
    pg.t(
        105 * mm,
        15 * mm,
        "Schrijnwerkerij Peeters BV – Ondernemingsnummer BE 0712.448.905 – RPR Antwerpen, afd. Mechelen – KBC BE68 5390 0754 7034",
        F,
        7.5,
        "c",
    )
    pg.save()
    return truth(
        number=no,
        date="2026-03-18",
        due="2026-04-17",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="nl-BE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Home-made Word template photographed: long Dutch dates (18 maart 2026 / Vervaldag 17 april 2026), single 6 % renovation rate, total labelled 'Te betalen'",
    )


def i13(path, name):
    """ZUGFeRD visualisation, DE, two-column key/value table (scan)."""
    rr = random.Random(seed_of(name))
    _W, H = A4
    pg = Pg(path, A4)
    vendor = "Hanse Bürobedarf GmbH"
    F, FB = "DVC", "DVCB"
    pg.t(20 * mm, H - 18 * mm, "ZUGFeRD-Rechnung – Prüfansicht", FB, 14)
    pg.t(
        20 * mm,
        H - 25 * mm,
        "Profil: EN 16931 (COMFORT) · Version 2.3 · erzeugt aus eingebetteter Datei factur-x.xml",
        F,
        8,
    )
    no = f"HB-{rr.randint(260000, 260999)}"
    cat = [
        ("Kopierpapier A4 80 g/m², 500 Bl.", 19, 20, 60, 3.9, 4.9, "PK"),
        ("Kugelschreiber blau, 50 St.", 19, 1, 4, 14, 19, "PAK"),
        ("Ordner 8 cm, 10 St.", 19, 2, 8, 19, 26, "PAK"),
        ("Duden – Die deutsche Rechtschreibung", 7, 1, 3, 30, 34, "ST"),
        ("Fachzeitschrift Büro & Recht, Jahresabo", 7, 1, 1, 118, 138, "ST"),
        ("Schreibtischlampe LED", 19, 1, 2, 39, 55, "ST"),
    ]
    nets = {7: D(0), 19: D(0)}
    items = []
    for d, r, qlo, qhi, lo, hi, unit in cat:
        qty = rr.randint(qlo, qhi)
        u = q(rr.uniform(lo, hi))
        a = q(qty * u)
        nets[r] += a
        items.append((d, qty, u, a, r, unit))
    net = sum(nets.values())
    vats = {r: vat_of_net(n, r) for r, n in nets.items()}
    vat = sum(vats.values())
    tot = net + vat
    groups = [
        (
            "Dokument",
            [
                ("Dokumenttyp", "380 Rechnung"),
                ("Rechnungsnummer", no),
                ("Rechnungsdatum", "05.03.2026"),
                ("Leistungsdatum", "03.03.2026"),
                ("Währung", "EUR"),
                ("Bestellreferenz", "Bestellung 4500218836"),
            ],
        ),
        (
            "Verkäufer",
            [
                ("Name", vendor),
                ("Anschrift", "Spaldingstraße 160, 20097 Hamburg, DE"),
                ("USt-IdNr.", "DE 118 902 447"),
                ("Handelsregister", "HRB 44719, AG Hamburg"),
            ],
        ),
        (
            "Käufer",
            [
                ("Name", "Kanzlei Albers Lindqvist Partnerschaft mbB"),
                ("Anschrift", "Neuer Wall 10, 20354 Hamburg, DE"),
                ("Kundennummer", "40 1187"),
            ],
        ),
        (
            "Zahlung",
            [
                ("Zahlungsart", "Überweisung (58)"),
                ("IBAN", "DE12 2005 0550 1234 5678 90"),
                ("Fälligkeit", "04.04.2026"),
                ("Bedingungen", "30 Tage netto"),
            ],
        ),
    ]
    y = H - 38 * mm
    for title, rows in groups:
        pg.t(20 * mm, y, title, FB, 10)
        y -= 4
        for a, b in rows:
            pg.rect(20 * mm, y - 11, 55 * mm, 11, stroke=True, lw=0.3)
            pg.rect(75 * mm, y - 11, 115 * mm, 11, stroke=True, lw=0.3)
            pg.t(22 * mm, y - 8, a, F, 8)
            pg.t(77 * mm, y - 8, b, F, 8.5)
            y -= 11
        y -= 10
    pg.t(20 * mm, y, "Positionen", FB, 10)
    y -= 4
    hx = [
        (22 * mm, "Nr.", "l"),
        (32 * mm, "Bezeichnung", "l"),
        (128 * mm, "Menge", "r"),
        (148 * mm, "Einzelpreis", "r"),
        (158 * mm, "USt", "r"),
        (188 * mm, "Nettobetrag", "r"),
    ]
    pg.rect(20 * mm, y - 11, 170 * mm, 11, fill=HexColor("#e8e8e8"), stroke=True, lw=0.3)
    for x, s, al in hx:
        pg.t(x, y - 8, s, FB, 8, al)
    y -= 11
    for i, (d, qty, u, a, r, unit) in enumerate(items, 1):
        pg.rect(20 * mm, y - 11, 170 * mm, 11, stroke=True, lw=0.3)
        for (x, _, al), v in zip(
            hx, [str(i), d, f"{qty} {unit}", de(u), f"{r} %", de(a)], strict=False
        ):
            pg.t(x, y - 8, v, F, 8, al)
        y -= 11
    y -= 12
    pg.t(20 * mm, y, "Summen", FB, 10)
    y -= 4
    for a, b in [
        ("Summe Positionen netto", de(net)),
        ("Steuerbasis 7 %", de(nets[7])),
        ("USt 7 %", de(vats[7])),
        ("Steuerbasis 19 %", de(nets[19])),
        ("USt 19 %", de(vats[19])),
        ("Gesamtbetrag USt", de(vat)),
        ("Rechnungsbetrag brutto", de(tot)),
        ("Zahlbetrag", de(tot)),
    ]:
        pg.rect(20 * mm, y - 11, 100 * mm, 11, stroke=True, lw=0.3)
        pg.rect(120 * mm, y - 11, 70 * mm, 11, stroke=True, lw=0.3)
        pg.t(22 * mm, y - 8, a, F, 8)
        pg.t(188 * mm, y - 8, b, FB if "brutto" in a or a == "Zahlbetrag" else F, 8.5, "r")
        y -= 11
    pg.save()
    return truth(
        number=no,
        date="2026-03-05",
        due="2026-04-04",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=[x[:4] for x in items],
        note="ZUGFeRD viewer 'Prüfansicht' scanned: everything in bordered key/value cells, no letterhead, Leistungsdatum next to Rechnungsdatum, tax bases and taxes as separate rows before the total",
    )


def i14(path, name):
    """CH (Romandie) hand-made Word facture, TVA 8,1 %, photo."""
    rr = random.Random(seed_of(name))
    _W, H = A4
    pg = Pg(path, A4)
    vendor = "Garage du Léman Sàrl"
    F, FB = "DVS", "DVSB"
    pg.t(20 * mm, H - 22 * mm, "Garage du Léman Sàrl", FB, 17)
    pg.t(20 * mm, H - 29 * mm, "Mécanique – Carrosserie – Pneus", "DVSI", 9.5)
    pg.t(20 * mm, H - 36 * mm, "Avenue de Morges 71 · 1004 Lausanne · 021 625 18 40", F, 8.5)
    pg.t(20 * mm, H - 42 * mm, "N° IDE / TVA : CHE-214.558.903 TVA", F, 8.5)
    for k, s in enumerate(["Monsieur", "Julien Perrenoud", "Chemin des Vignes 12", "1009 Pully"]):
        pg.t(118 * mm, H - 58 * mm - k * 12.5, s, F, 10.5)
    no = f"26-0{rr.randint(400, 499)}"
    pg.t(20 * mm, H - 100 * mm, "Lausanne, le 23 mars 2026", F, 10)
    pg.t(20 * mm, H - 114 * mm, f"Facture n° {no}", FB, 13)
    pg.t(20 * mm, H - 124 * mm, "Véhicule : VW Golf VIII 1.5 TSI · VD 412 877 · km 48'210", F, 9)
    y = H - 140 * mm
    xs = [20 * mm, 118 * mm, 138 * mm, 162 * mm, 190 * mm]
    cat = [
        ("Service 60'000 km selon prescriptions constructeur", 1, 1, 289, 340),
        ("Huile moteur 5W-30 (litres)", 4, 5, 21, 26),
        ("Filtre à huile", 1, 1, 24, 32),
        ("Plaquettes de frein avant (jeu)", 1, 1, 118, 149),
        ("Main d'œuvre (heures)", 2, 4, 128, 145),
        ("Petit matériel et élimination", 1, 1, 18, 24),
    ]
    net = D(0)
    items = []
    rows = [["Désignation", "Qté", "Prix unit.", "Montant CHF"]]
    for d, qlo, qhi, lo, hi in cat:
        qty = rr.randint(qlo, qhi)
        u = q(rr.uniform(lo, hi))
        a = q(qty * u)
        net += a
        items.append((d, qty, u, a))
        rows.append([d, str(qty), ch(u), ch(a)])
    ty = y
    for r_i, row in enumerate(rows):
        for k, v in enumerate(row):
            x = xs[k] + 2 if k == 0 else xs[k + 1] - 3
            pg.t(
                x,
                y - 10,
                fit(v, F, 8.8, 96 * mm),
                FB if r_i == 0 else F,
                8.8,
                "l" if k == 0 else "r",
            )
        y -= 14
    for k in range(len(rows) + 1):
        pg.line(20 * mm, ty - 14 * k, 190 * mm, ty - 14 * k, 0.4)
    for x in xs:
        pg.line(x, ty, x, y, 0.4)
    vat = vat_of_net(net, D("8.1"))
    tot = net + vat
    y -= 14
    for k, (a, b) in enumerate(
        [("Total hors TVA", ch(net)), ("TVA 8,1 %", ch(vat)), ("Total TTC CHF", ch(tot))]
    ):
        pg.t(120 * mm, y, a, FB if k == 2 else F, 10)
        pg.t(187 * mm, y, b, FB if k == 2 else F, 10, "r")
        y -= 14
    y -= 14
    for s in [
        "Payable net à 30 jours, échéance le 22.04.2026.",
        "IBAN CH93 0076 7000 E523 1478 9 – Banque Cantonale Vaudoise",
        "Nous vous remercions de votre confiance et vous souhaitons bonne route !",
    ]:
        pg.t(20 * mm, y, s, F, 9.5)
        y -= 13
    pg.save()
    return truth(
        number=no,
        date="2026-03-23",
        due="2026-04-22",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="CHF",
        locale="fr-CH",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Swiss-French Word-style garage bill photographed: 'Lausanne, le 23 mars 2026', apostrophe thousands also in the km reading, due date inside a sentence",
    )


def i15(path, name):  # noqa: C901
    """FR Sage/Cegid-like facture, 2 pages, TVA 5,5 / 10 / 20 %, remise column."""
    rr = random.Random(seed_of(name))
    _W, H = A4
    pg = Pg(path, A4)
    vendor = "Saveurs & Traiteurs du Sud SARL"
    F, FB = "Helvetica", "Helvetica-Bold"
    no = f"FC{rr.randint(2600100, 2600999)}"

    def header(p):
        wordmark(
            pg,
            15 * mm,
            H - 22 * mm,
            "SAVEURS & TRAITEURS DU SUD",
            "Helvetica-Bold",
            13,
            HexColor("#a04000"),
            "bar",
        )
        for k, s in enumerate(
            [
                "Saveurs & Traiteurs du Sud SARL au capital de 40 000 € – 9 allée Jean Jaurès – 31000 Toulouse",
                "Tél. 05 61 22 48 90 – SIRET 798 552 104 00031 – APE 4639B – TVA FR 41 798552104",
            ]
        ):
            pg.t(15 * mm, H - 29 * mm - k * 8, s, F, 7)
        pg.t(195 * mm, H - 14 * mm, f"Page {p}/2", F, 7.5, "r")
        cells = [
            ("N° Facture", no),
            ("Date", "24/02/2026"),
            ("Code client", "411RESTO08"),
            ("Échéance", "26/03/2026"),
            ("Règlement", "Virement 30 j"),
        ]
        y0 = H - 50 * mm
        for k, (a, b) in enumerate(cells):
            x = 15 * mm + k * 36 * mm
            pg.rect(x, y0 - 18, 36 * mm, 28, stroke=True, lw=0.5)
            pg.rect(x, y0 - 2, 36 * mm, 12, fill=HexColor("#f3e5d8"), stroke=True, lw=0.5)
            pg.t(x + 18 * mm, y0 + 1.5, a, FB, 7.5, "c")
            pg.t(x + 18 * mm, y0 - 13, b, F, 8.5, "c")
        return y0 - 28

    y = header(1)
    for k, s in enumerate(
        [
            "Restaurant L'Ostal des Carmes",
            "M. Bernard Cazals",
            "14 place des Carmes",
            "31000 Toulouse",
        ]
    ):
        pg.t(118 * mm, y - 10 - k * 11, s, F, 9.5)
    y -= 62
    hx = [
        (15 * mm, "Référence", "l"),
        (37 * mm, "Désignation", "l"),
        (120 * mm, "Qté", "r"),
        (140 * mm, "P.U. HT", "r"),
        (153 * mm, "Rem.", "r"),
        (178 * mm, "Montant HT", "r"),
        (195 * mm, "TVA", "r"),
    ]

    def thead(y):
        pg.rect(15 * mm, y - 4, 180 * mm, 13, fill=HexColor("#a04000"), stroke=False)
        for x, s, al in hx:
            pg.t(x + (1 if al == "l" else -1), y, s, FB, 7.8, al, color=HexColor("#ffffff"))
        return y - 15

    y = thead(y)
    cat = [
        ("Magret de canard IGP (kg)", 1, 3, 18, 24.5, 29.9),
        ("Foie gras entier mi-cuit 500 g", 1, 6, 24, 31, 38),
        ("Cassoulet traiteur 2,5 kg", 1, 8, 20, 22, 27),
        ("Saucisse de Toulouse (kg)", 1, 10, 25, 11.5, 14.9),
        ("Haricots tarbais secs 5 kg", 1, 2, 6, 38, 46),
        ("Fromage Roquefort AOP (kg)", 1, 3, 8, 21, 26),
        ("Croustade aux pommes 8 parts", 2, 4, 12, 16, 21),
        ("Plats cuisinés sous vide (lot 10)", 2, 3, 8, 42, 56),
        ("Salade composée traiteur 2 kg", 2, 2, 6, 14, 19),
        ("Gâteau à la broche (pièce)", 2, 1, 3, 29, 38),
        ("Vin Fronton rouge 75 cl", 3, 12, 48, 5.2, 7.4),
        ("Armagnac VSOP 70 cl", 3, 2, 6, 24, 31),
        ("Eau gazeuse 1 l (carton 12)", 3, 2, 8, 7.8, 9.6),
        ("Bière artisanale 33 cl (carton 24)", 3, 1, 4, 29, 36),
        ("Tabliers de service brodés", 3, 4, 10, 12, 16),
        ("Bocaux verre 750 ml (lot 12)", 3, 1, 5, 14, 19),
        ("Huile de noix 1 l", 1, 2, 6, 13, 17),
        ("Pruneaux d'Agen 1 kg", 1, 3, 10, 8.5, 11),
        ("Pâté en croûte tranché (kg)", 2, 2, 6, 23, 29),
        ("Café grains 1 kg", 1, 3, 10, 15, 19.5),
        ("Sirop de violette 70 cl", 1, 2, 6, 7.9, 9.8),
        ("Nappes papier 1,2 x 25 m", 3, 2, 6, 17, 23),
        ("Livraison frigorifique", 3, 1, 1, 35, 35),
        ("Chocolats pralinés 1 kg", 1, 1, 4, 32, 39),
    ]
    rates = {1: D("5.5"), 2: D(10), 3: D(20)}
    codes = {1: "1", 2: "2", 3: "3"}
    nets = {1: D(0), 2: D(0), 3: D(0)}
    items = []
    for idx, (d, rc, qlo, qhi, lo, hi) in enumerate(cat):
        if idx == 17:
            pg.t(195 * mm, y - 2, "À reporter : " + fr(sum(nets.values())) + " €", FB, 8, "r")
            pg.t(
                105 * mm,
                10 * mm,
                "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.",
                F,
                6.5,
                "c",
            )
            pg.page()
            y = header(2) - 10
            y = thead(y)
            pg.t(195 * mm, y, "Report : " + fr(sum(nets.values())) + " €", FB, 8, "r")
            y -= 14
        qty = rr.randint(qlo, qhi)
        u = q(rr.uniform(lo, hi))
        rem = rr.choice([0, 0, 0, 5, 10])
        a = q(qty * u * (100 - rem) / 100)
        nets[rc] += a
        items.append((d, qty, u, a))
        for (x, _, al), v in zip(
            hx,
            [
                f"{'ABCDEFGH'[rc]}{rr.randint(1000, 9999)}",
                d,
                str(qty),
                fr(u),
                f"{rem} %" if rem else "",
                fr(a),
                codes[rc],
            ],
            strict=False,
        ):
            if v:
                pg.t(x + (1 if al == "l" else -1), y, v, F, 8, al)
        y -= 12
    net = sum(nets.values())
    vats = {k: vat_of_net(n, rates[k]) for k, n in nets.items()}
    vat = sum(vats.values())
    tot = net + vat
    y -= 10
    pg.rect(15 * mm, y - 48, 100 * mm, 56, stroke=True, lw=0.5)
    for x, s in [
        (18 * mm, "Code"),
        (45 * mm, "Base HT"),
        (70 * mm, "Taux"),
        (108 * mm, "Montant TVA"),
    ]:
        pg.t(x, y - 2, s, FB, 8, "l" if s in ("Code", "Taux") else "r")
    for k in (1, 2, 3):
        yy = y - 2 - 13 * k
        pg.t(18 * mm, yy, codes[k], F, 8.5)
        pg.t(60 * mm, yy, fr(nets[k]), F, 8.5, "r")
        pg.t(70 * mm, yy, fr(rates[k], nd=1 if k == 1 else 0) + " %", F, 8.5)
        pg.t(108 * mm, yy, fr(vats[k]), F, 8.5, "r")
    pg.rect(125 * mm, y - 48, 70 * mm, 56, stroke=True, lw=0.5)
    for k, (a, b) in enumerate(
        [
            ("Total HT", fr(net)),
            ("Total TVA", fr(vat)),
            ("Total TTC", fr(tot)),
            ("NET À PAYER", fr(tot) + " €"),
        ]
    ):
        pg.t(128 * mm, y - 2 - 13 * k, a, FB if k == 3 else F, 9)
        pg.t(193 * mm, y - 2 - 13 * k, b, FB if k == 3 else F, 9, "r")
    y -= 66
    pg.t(
        15 * mm,
        y,
        "Règlement par virement : Banque Populaire Occitane – IBAN FR76 1780 7000 1445 1234 5678 901 – BIC CCBPFRPPTLS",
        F,
        7.5,
    )
    pg.t(
        15 * mm,
        y - 10,
        "Pas d'escompte pour paiement anticipé. Réserve de propriété jusqu'au paiement intégral (loi du 12/05/1980).",
        F,
        7.5,
    )
    pg.t(
        105 * mm,
        10 * mm,
        "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.",
        F,
        6.5,
        "c",
    )
    pg.save()
    return truth(
        number=no,
        date="2026-02-24",
        due="2026-03-26",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Sage/Cegid-like 2-page facture: header cells repeated on both pages, 'À reporter'/'Report' carry-over, remise % column, three TVA codes (5,5/10/20) in a base table next to the totals box",
    )


def i16(path, name):
    """AT sevDesk-like Rechnung, catering 10 % + 20 %, image-only PDF."""
    rr = random.Random(seed_of(name))
    _W, H = A4
    pg = Pg(path, A4)
    vendor = "Heuriger Huber KG"
    F, FB = "DV", "DVB"
    blue = HexColor("#2a6fdb")
    pg.c.setFillColor(HexColor("#7b2d26"))
    pg.c.circle(28 * mm, H - 24 * mm, 8 * mm, stroke=0, fill=1)
    pg.t(28 * mm, H - 26.5 * mm, "HH", "DVSB", 13, "c", color=HexColor("#ffffff"))
    pg.t(40 * mm, H - 22 * mm, "Heuriger Huber", "DVSB", 15)
    pg.t(40 * mm, H - 28 * mm, "Buschenschank & Catering seit 1962", "DVSI", 8)
    pg.t(
        20 * mm,
        H - 48 * mm,
        "Heuriger Huber KG · Stammersdorfer Straße 88 · 1210 Wien",
        F,
        6.5,
        color=HexColor("#888888"),
    )
    for k, s in enumerate(
        ["Ingenieurbüro Kremser GmbH", "Frau Sabine Lechner", "Praterstraße 31/4", "1020 Wien"]
    ):
        pg.t(20 * mm, H - 56 * mm - k * 12, s, F, 9.5)
    no = f"RE-1{rr.randint(100, 199)}"
    for k, (a, b) in enumerate(
        [
            ("Rechnungsnr.", no),
            ("Rechnungsdatum", "12.03.2026"),
            ("Lieferdatum", "06.03.2026"),
            ("Kundennr.", "1" + str(rr.randint(100, 999))),
            ("Ihr Ansprechpartner", "Thomas Huber"),
        ]
    ):
        pg.t(130 * mm, H - 56 * mm - k * 11, a, F, 8.3)
        pg.t(190 * mm, H - 56 * mm - k * 11, b, F, 8.3, "r")
    y = H - 118 * mm
    pg.t(20 * mm, y, f"Rechnung Nr. {no}", FB, 14)
    y -= 14
    pg.t(
        20 * mm,
        y,
        "Sehr geehrte Frau Lechner, vielen Dank für Ihren Auftrag. Wir stellen Ihnen folgende Leistungen in Rechnung:",
        F,
        8.5,
    )
    y -= 20
    hx = [
        (20 * mm, "Pos.", "l"),
        (30 * mm, "Beschreibung", "l"),
        (122 * mm, "Menge", "r"),
        (146 * mm, "Einzelpreis", "r"),
        (160 * mm, "USt.", "r"),
        (190 * mm, "Gesamt", "r"),
    ]
    for x, s, al in hx:
        pg.t(x, y, s, FB, 8, al, color=blue)
    pg.line(20 * mm, y - 4, 190 * mm, y - 4, 0.8, blue)
    y -= 16
    cat = [
        ("Heurigenbuffet kalt, pro Person", 10, 35, 55, 19.5, 24.5),
        ("Schweinsbraten warm, pro Person", 10, 35, 55, 14.9, 17.9),
        ("Grüner Veltliner, Flasche 1 l", 20, 12, 30, 14, 18),
        ("Gemischter Satz DAC, Flasche 0,75 l", 20, 10, 24, 19, 24),
        ("Mineralwasser / Säfte pauschal", 20, 1, 1, 85, 140),
        ("Servicepersonal, Stunden", 20, 8, 16, 34, 39),
    ]
    nets = {10: D(0), 20: D(0)}
    items = []
    for i, (d, r, qlo, qhi, lo, hi) in enumerate(cat, 1):
        qty = rr.randint(qlo, qhi)
        u = q(rr.uniform(lo, hi))
        a = q(qty * u)
        nets[r] += a
        items.append((d, qty, u, a))
        for (x, _, al), v in zip(
            hx, [str(i), d, de(qty), de(u) + " €", f"{r} %", de(a) + " €"], strict=False
        ):
            pg.t(x, y, v, F, 8.3, al)
        y -= 13
    net = sum(nets.values())
    vats = {r: vat_of_net(n, r) for r, n in nets.items()}
    vat = sum(vats.values())
    tot = net + vat
    pg.line(110 * mm, y + 5, 190 * mm, y + 5, 0.4)
    y -= 8
    for k, (a, b) in enumerate(
        [
            ("Gesamtbetrag netto", de(net) + " €"),
            ("zzgl. Umsatzsteuer 10 %", de(vats[10]) + " €"),
            ("zzgl. Umsatzsteuer 20 %", de(vats[20]) + " €"),
            ("Gesamtbetrag brutto", de(tot) + " €"),
        ]
    ):
        if k == 3:
            pg.line(110 * mm, y + 10, 190 * mm, y + 10, 0.8, blue)
        pg.t(112 * mm, y, a, FB if k == 3 else F, 9)
        pg.t(190 * mm, y, b, FB if k == 3 else F, 9, "r")
        y -= 13
    y -= 16
    for s in [
        "Bitte überweisen Sie den Rechnungsbetrag unter Angabe der Rechnungsnummer bis zum 26.03.2026",
        "auf das unten angegebene Konto.",
        "",
        "Mit freundlichen Grüßen",
        "Thomas Huber",
    ]:
        if s:
            pg.t(20 * mm, y, s, F, 8.8)
        y -= 12
    pg.line(20 * mm, 26 * mm, 190 * mm, 26 * mm, 0.3, HexColor("#aaaaaa"))
    footer_cols(
        pg,
        21 * mm,
        [
            ["Heuriger Huber KG", "Stammersdorfer Straße 88, 1210 Wien", "UID: ATU 1488 2760"],
            ["FN 77120 w, HG Wien", "Komplementär: Thomas Huber", "www.heuriger-huber.at"],
            ["Erste Bank", "IBAN AT61 2011 1822 1544 8800", "BIC GIBAATWWXXX"],
        ],
        font=F,
        size=6.5,
    )
    pg.save()
    return truth(
        number=no,
        date="2026-03-12",
        due="2026-03-26",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-AT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="sevDesk-like Austrian catering invoice as image-only PDF: USt 10 % (food) and 20 % (drinks, staff), Lieferdatum next to Rechnungsdatum, due date only inside the closing sentence",
    )


# ================================================================ RECEIPTS
def gross_groups(lines, rates):
    """lines: (desc, qty, unit, amount, code). Prices include tax. Returns {code: (gross, vat, net)}."""
    g = {}
    for *_, a, code in lines:
        g[code] = g.get(code, D(0)) + a
    out = {}
    for code in sorted(g):
        v = vat_of_gross(g[code], rates[code])
        out[code] = (g[code], v, g[code] - v)
    return out


def mk_lines(rr, cat, n):
    out = []
    for d, lo, hi, qmax, code in rr.sample(cat, n):
        qty = rr.randint(1, qmax)
        u = q(rr.uniform(lo, hi))
        out.append((d, qty, u, q(qty * u), code))
    return out


def r01(path, name):
    """DE supermarket, 80 mm, Pfand/Leergut, MwSt A/B table, girocard slip."""
    rr = random.Random(seed_of(name))
    vendor = "Frischmarkt Hansen oHG"
    R = Roll(80, "DVM", 7.6)
    R.text("FRISCHMARKT", "c", "DVB", 16)
    R.text("HANSEN", "c", "DVB", 16)
    R.nl(0.3)
    for s in [
        "Frischmarkt Hansen oHG",
        "Friesische Straße 41",
        "24937 Flensburg",
        "Tel. 0461 57 30 22",
        "UID Nr.: DE 134 872 219",
    ]:
        R.text(s, "c")
    R.nl(0.5)
    R.lr("", "EUR")
    cat = [
        ("Vollmilch 3,5% 1l", 1.09, 1.29, 3, "B"),
        ("Roggenmischbrot 750g", 2.29, 2.89, 1, "B"),
        ("Gouda jung Scheiben", 1.79, 2.49, 2, "B"),
        ("Bananen lose", 1.35, 2.1, 1, "B"),
        ("Tomaten Rispe", 1.99, 2.99, 1, "B"),
        ("Butter Deutsche Marken", 2.19, 2.49, 2, "B"),
        ("Spülmittel Zitrone 500ml", 0.95, 1.45, 1, "A"),
        ("Küchenrolle 4x64 Bl.", 2.49, 3.29, 1, "A"),
        ("Apfelschorle 1,5l", 0.99, 1.39, 2, "A"),
        ("Joghurt Natur 500g", 0.79, 1.19, 3, "B"),
    ]
    lines = mk_lines(rr, cat, 8)
    body = []
    for d, qty, u, a, c in lines:
        body.append((d, qty, u, a, c))
        if "1,5l" in d:
            body.append(("Pfand 0,25", qty, D("0.25"), q(qty * D("0.25")), "A"))
    ng = rr.randint(4, 10)
    body.append(("Leergut", ng, D("-0.25"), q(-ng * D("0.25")), "A"))
    for d, qty, u, a, c in body:
        if qty > 1:
            R.text(f"{d}")
            R.lr(f"  {qty} Stk x {de(u)}", f"{de(a)} {c}")
        else:
            R.lr(d, f"{de(a)} {c}")
    R.rule("-")
    total = sum(x[3] for x in body)
    R.lr("SUMME", f"EUR {de(total)}", "DVMB", 10)
    R.rule("-")
    R.lr("Geg. girocard", f"EUR {de(total)}")
    R.nl(0.5)
    grp = gross_groups(body, {"A": 19, "B": 7})
    R.lr("Steuer  %    Netto   Steuer", "Brutto")
    for code, rate in [("A", 19), ("B", 7)]:
        g, v, n = grp[code]
        R.lr(f"{code}= {rate:>4},0%  {de(n):>7}  {de(v):>7}", de(g))
    tv = sum(x[1] for x in grp.values())
    tn = sum(x[2] for x in grp.values())
    R.lr(f"Gesamt      {de(tn):>7}  {de(tv):>7}", de(total))
    R.nl(0.5)
    bon = str(rr.randint(1000, 9999))
    R.lr("14.01.2026  18:42", f"Bon-Nr.:{bon}")
    R.lr("Markt:0217  Kasse:3", "Bed.: 140140")
    R.text("TSE-Signatur: MEUCIQD7kq2+0vX...Lr9A==")
    R.text("TSE-Start: 2026-01-14T18:41:07.000")
    R.nl()
    R.text("* * *  Kundenbeleg  * * *", "c")
    R.text("Kartenzahlung", "c", "DVMB")
    R.text("girocard", "c")
    for a, b in [
        ("Datum", "14.01.2026"),
        ("Uhrzeit", "18:42:51 Uhr"),
        ("Beleg-Nr.", str(rr.randint(1000, 9999))),
        ("Trace-Nr.", str(rr.randint(100000, 999999))),
        ("Terminal-ID", "5480" + str(rr.randint(1000, 9999))),
        ("VU-Nr.", "455600214587"),
    ]:
        R.lr(a, b)
    R.lr("Karte", "#### #### #### 4417")
    R.nl(0.3)
    R.lr("Betrag EUR", de(total), "DVMB", 9.5)
    R.nl(0.3)
    R.text("Zahlung erfolgt", "c", "DVMB")
    R.nl()
    R.text("Vielen Dank für Ihren Einkauf!", "c")
    R.render(path)
    return truth(
        number=bon,
        date="2026-01-14",
        due=None,
        vendor=vendor,
        amount=tn,
        vat=tv,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=[x[:4] for x in body],
        note="Supermarket roll with Pfand and negative Leergut line, A=19 %/B=7 % tax table (net as printed per rate), girocard customer slip repeats the amount below",
    )


def r02(path, name):
    """DE bakery, 58 mm, cash with change."""
    rr = random.Random(seed_of(name))
    vendor = "Bäckerei Wendler GmbH"
    R = Roll(58, "Courier", 7.8, margin=3 * mm)
    R.text("Bäckerei", "c", "Courier-Bold", 11)
    R.text("WENDLER", "c", "Courier-Bold", 15)
    R.text("seit 1911", "c")
    for s in ["Bäckerei Wendler GmbH", "Kornmarkt 6", "01067 Dresden", "St.-Nr. 202/261/04417"]:
        R.text(s, "c")
    R.rule("=")
    cat = [
        ("Mohnschnecke", 1.6, 1.9, 2, "1"),
        ("Dinkelbrötchen", 0.55, 0.7, 6, "1"),
        ("Eierschecke", 2.4, 2.9, 2, "1"),
        ("Roggenbrot 1kg", 4.2, 4.9, 1, "1"),
        ("Pfannkuchen", 1.3, 1.6, 3, "1"),
        ("Kaffee gr. außer Haus", 2.9, 3.4, 2, "2"),
        ("Latte Macchiato", 3.4, 3.9, 1, "2"),
    ]
    lines = mk_lines(rr, cat, 5)
    for d, qty, u, a, c in lines:
        R.text(d)
        R.lr(f" {qty} x {de(u)}", f"{de(a)} {c}")
    R.rule("-")
    total = sum(x[3] for x in lines)
    R.lr("Summe EUR", de(total), "Courier-Bold", 10)
    given = D(20) if total < 20 else D(50)
    R.lr("Bar", de(given))
    R.lr("Rückgeld", de(given - total))
    R.rule("-")
    grp = gross_groups(lines, {"1": 7, "2": 19})
    tn = tv = D(0)
    for code, rate in [("1", 7), ("2", 19)]:
        if code in grp:
            _g, v, n = grp[code]
            R.lr(f"{code} MwSt {rate}%", de(v))
            R.lr("  Netto", de(n))
            tn += n
            tv += v
    R.rule("-")
    no = f"2-{rr.randint(10000, 99999)}"
    R.text(f"Beleg {no}")
    R.text("07.02.2026  07:18  Ks 2")
    R.text("Es bediente Sie: Frau Keil")
    R.nl()
    R.text("Danke & bis morgen!", "c")
    R.render(path)
    return truth(
        number=no,
        date="2026-02-07",
        due=None,
        vendor=vendor,
        amount=tn,
        vat=tv,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=[x[:4] for x in lines],
        note="Narrow 58 mm bakery slip photographed, cash with change (Bar/Rückgeld bigger than total), 7 % and 19 % tax listed as separate MwSt/Netto pairs",
    )


def r03(path, name):
    """AT supermarket, 80 mm, Vorteilsclub discount, USt 10/20, RKSV QR."""
    rr = random.Random(seed_of(name))
    vendor = "Nahversorger Gruber GmbH"
    R = Roll(80, "DVM", 7.6)
    R.box(
        30,
        "logo",
        lambda pg, y, h: wordmark(
            pg, R.W / 2 - 32 * mm, y + 8, "GRUBER", "DVB", 22, HexColor("#c0392b"), "circle"
        ),
    )
    for s in [
        "Nahversorger Gruber GmbH",
        "Hauptstraße 17, 4910 Ried im Innkreis",
        "UID: ATU 6830 1172",
    ]:
        R.text(s, "c")
    R.nl()
    cat = [
        ("Schärdinger Bergbaron", 2.59, 3.29, 1, "A"),
        ("Semmeln 5 Stk", 1.39, 1.69, 1, "A"),
        ("Almdudler 1,5 l", 1.89, 2.29, 2, "A"),
        ("Extrawurst geschn.", 1.99, 2.79, 1, "A"),
        ("Mannerschnitten", 1.49, 1.99, 2, "A"),
        ("Ö3 Kaffee gemahlen", 4.99, 6.49, 1, "A"),
        ("WC-Reiniger", 1.79, 2.59, 1, "B"),
        ("Teelichter 30 Stk", 2.49, 3.49, 1, "B"),
        ("Erdäpfel festk. 2 kg", 2.29, 2.99, 1, "A"),
    ]
    lines = mk_lines(rr, cat, 7)
    body = []
    for d, qty, u, a, c in lines:
        body.append((d, qty, u, a, c))
    # loyalty discount on one item
    k = rr.randrange(len(body))
    _d0, _, _, a0, c0 = body[k]
    disc = -q(a0 * D("0.25"))
    body.insert(k + 1, ("  Vorteilsclub -25%", 1, disc, disc, c0))
    for d, qty, u, a, c in body:
        if qty > 1:
            R.lr(f"{qty} x {de(u)}", "")
            R.lr(d, f"{de(a)} {c}")
        else:
            R.lr(d, f"{de(a)} {c}")
    R.rule("=")
    total = sum(x[3] for x in body)
    R.lr("ZU ZAHLEN EUR", de(total), "DVMB", 10)
    R.rule("=")
    R.lr("Bankomat", de(total))
    R.nl(0.5)
    grp = gross_groups(body, {"A": 10, "B": 20})
    R.lr("USt.      Netto    USt.", "Brutto")
    tn = tv = D(0)
    for code, rate in [("A", 10), ("B", 20)]:
        if code in grp:
            g, v, n = grp[code]
            R.lr(f"{code} {rate}% {de(n):>9} {de(v):>7}", de(g))
            tn += n
            tv += v
    R.nl(0.5)
    R.text(f"Sie haben heute {de(-disc)} EUR gespart!", "c", "DVMB")
    R.text("Vorteilsclub-Karte: **** 8812", "c")
    R.nl(0.5)
    no = str(rr.randint(100000, 999999))
    R.lr("Beleg-Nr.", no)
    R.lr("Datum", "21.01.2026 09:03")
    R.lr("Kassa-ID", "GRU-RIED-02")
    R.box(26 * mm, "qr", seed_of(name))
    R.text("Sicherheitseinrichtung ausgefallen: nein", "c", size=6.5)
    R.render(path)
    return truth(
        number=no,
        date="2026-01-21",
        due=None,
        vendor=vendor,
        amount=tn,
        vat=tv,
        total=total,
        currency="EUR",
        locale="de-AT",
        layout="receipt",
        dtype="receipt",
        items=[x[:4] for x in body],
        note="Austrian supermarket: loyalty discount line (negative) and 'gespart' amount, quantity on its own line above the item, USt 10/20 table, RKSV QR code; 'ZU ZAHLEN' is the total",
    )


def r04(path, name):
    """CH café, CHF, MwSt 8.1 % + 2.6 %, cash rounding 0.05."""
    rr = random.Random(seed_of(name))
    vendor = "Café Lindenhof GmbH"
    R = Roll(80, "DVC", 8.4)
    R.text("Café Lindenhof", "c", "DVSB", 15)
    R.text("Confiserie · Kaffeebar", "c", "DVSI", 8)
    for s in [
        "Café Lindenhof GmbH",
        "Pfalzgasse 3, 8001 Zürich",
        "Tel. 044 211 40 77",
        "MWST-Nr. CHE-116.402.871 MWST",
    ]:
        R.text(s, "c")
    R.rule(None)
    tisch = rr.randint(2, 24)
    R.lr(f"Tisch {tisch}", "Bedienung: Nadia")
    R.rule(None)
    cat = [
        ("Cappuccino", 5.2, 5.8, 2, "1"),
        ("Espresso", 4.2, 4.6, 2, "1"),
        ("Luxemburgerli 6 Stk", 7.5, 8.5, 1, "1"),
        ("Birchermüesli", 9.5, 11.5, 1, "1"),
        ("Gipfeli", 2.3, 2.8, 2, "1"),
        ("Pralinés 250 g z. Mitnehmen", 24.0, 29.0, 1, "2"),
        ("Tee Earl Grey", 4.9, 5.4, 1, "1"),
    ]
    raw = mk_lines(rr, [x for x in cat if x[4] == "1"], 4) + mk_lines(
        rr, [x for x in cat if x[4] == "2"], 1
    )
    lines = []
    for d, qty, u0, _a, c in raw:
        u = q((u0 * 10).quantize(D(1), rounding=ROUND_HALF_UP) / 10)
        lines.append((d, qty, u, q(qty * u), c))
    for d, qty, u, a, _c in lines:
        R.lr(f"{qty} {d}", ch(a), mid=ch(u) if qty > 1 else None, midx=R.R - 20 * mm)
    disc = -q(lines[-1][3] * D("0.15"))
    lines.append(("Rabatt Treuekarte 15%", 1, disc, disc, "2"))
    R.lr("  Rabatt Treuekarte 15%", ch(disc))
    R.rule(None)
    total = sum(x[3] for x in lines)
    rounded = q((total * 20).quantize(D(1), rounding=ROUND_HALF_UP) / 20)
    rnd = rounded - total
    R.lr("Total CHF", ch(total), "DVCB", 10.5)
    R.lr("Rundung", ch(rnd))
    R.lr("Zu bezahlen CHF", ch(rounded), "DVCB", 10.5)
    R.lr("Bar", ch(D(100) if rounded > 50 else D(50)))
    R.lr("Retour", ch((D(100) if rounded > 50 else D(50)) - rounded))
    R.rule(None)
    grp = gross_groups(lines, {"1": D("8.1"), "2": D("2.6")})
    tn = tv = D(0)
    R.lr("MWST  Satz      Basis", "MWST")
    for code, rate in [("1", "8.1"), ("2", "2.6")]:
        if code in grp:
            _g, v, n = grp[code]
            R.lr(f"{code}     {rate}%  {ch(n):>9}", ch(v))
            tn += n
            tv += v
    R.lr("Preise inkl. MWST", "")
    R.rule(None)
    no = str(rr.randint(40000, 49999))
    R.lr(f"Rechnung Nr. {no}", "")
    R.lr("28.02.2026", "15:37")
    R.nl()
    R.text("Merci vielmal und bis bald!", "c", "DVSI", 8.5)
    R.render(path)
    return truth(
        number=no,
        date="2026-02-28",
        due=None,
        vendor=vendor,
        amount=tn,
        vat=tv,
        total=rounded,
        rounding=rnd,
        currency="CHF",
        locale="de-CH",
        layout="receipt",
        dtype="receipt",
        items=[x[:4] for x in lines],
        note="Swiss café bill with a 15 % loyalty discount on the takeaway pralinés and cash rounding to 5 Rappen: 'Total' differs from 'Zu bezahlen'; keyed total = amount to pay, rounding line recorded; MWST 8.1 % on site and 2.6 % takeaway goods",
    )


def cb_slip_fr(R, rr, amount, when):
    R.rule("-")
    R.text("CARTE BANCAIRE", "c", R.font + "B" if R.font.startswith("DV") else R.font, R.size)
    R.text("SANS CONTACT", "c")
    R.text("A0000000421010", "c")
    R.text("CB", "c")
    R.text(when, "c")
    R.text("MARCHE U ST CLEMENT", "c")
    R.text("34000 MONTPELLIER", "c")
    R.text(f"{rr.randint(1000000, 9999999)}", "c")
    R.text("############6285", "c")
    R.text(f"{rr.randint(100000, 999999)} 00{rr.randint(1, 9)} {rr.randint(100000, 999999)}", "c")
    R.text("C @", "c")
    R.text("MONTANT REEL =", "c")
    R.text(f"{fr(amount)} EUR", "c", size=R.size * 1.4)
    R.text("DEBIT", "c")
    R.text("TICKET CLIENT", "c")
    R.text("A CONSERVER", "c")


def r05(path, name):
    """FR supermarket, TVA 5,5/20, loyalty discount, CB slip (image-only PDF)."""
    rr = random.Random(seed_of(name))
    vendor = "Marché U Saint-Clément"
    R = Roll(80, "Courier", 8)
    R.text("Marché U Saint-Clément", "c", "Helvetica-Bold", 14)
    for s in [
        "SAS DISTRIB CLEMENTINE",
        "210 AV. DE LA LIBERTE",
        "34000 MONTPELLIER",
        "TEL 04 67 58 11 20",
        "SIRET 811 234 998 00015",
    ]:
        R.text(s, "c")
    R.rule("-")
    cat = [
        ("BAGUETTE TRADITION", 1.1, 1.35, 2, "1"),
        ("LAIT DEMI-ECR. 1L", 0.95, 1.19, 4, "1"),
        ("COMTE AOP 12M 250G", 4.5, 5.9, 1, "1"),
        ("YAOURT NATURE X8", 1.6, 2.2, 1, "1"),
        ("POMMES GALA KG", 2.2, 3.1, 1, "1"),
        ("LESSIVE LIQ 2L", 6.9, 9.9, 1, "2"),
        ("COCA COLA 1.5L", 1.79, 2.19, 2, "1"),
        ("VIN ROUGE IGP OC", 3.9, 6.5, 1, "2"),
        ("PAPIER TOILETTE X12", 4.5, 6.2, 1, "2"),
        ("CAFE MOULU 250G", 2.8, 3.9, 2, "1"),
    ]
    lines = mk_lines(rr, cat, 8)
    body = list(lines)
    for d, qty, u, a, c in lines:
        if qty > 1:
            R.lr(f"{d}", "")
            R.lr(f"   {qty} x {fr(u)}", f"{fr(a)} {c}")
        else:
            R.lr(d, f"{fr(a)} {c}")
    k = rr.randrange(len(lines))
    rem = -q(lines[k][3] * D("0.30"))
    body.append(("REMISE CARTE U -30%", 1, rem, rem, lines[k][4]))
    R.lr("REMISE CARTE U -30%", f"{fr(rem)} {lines[k][4]}")
    R.rule("-")
    total = sum(x[3] for x in body)
    R.lr(f"{len(lines)} ARTICLES", "")
    R.lr("TOTAL A PAYER", f"{fr(total)} EUR", "Courier-Bold", 10)
    R.lr("CB SANS CONTACT", f"{fr(total)} EUR")
    R.rule("-")
    grp = gross_groups(body, {"1": D("5.5"), "2": D(20)})
    tn = tv = D(0)
    R.lr("TVA     TAUX    HT      TVA", "TTC")
    for code, rate in [("1", "5,5"), ("2", "20,0")]:
        if code in grp:
            g, v, n = grp[code]
            R.lr(f"{code}    {rate:>5}% {fr(n):>7} {fr(v):>6}", fr(g))
            tn += n
            tv += v
    R.rule("-")
    R.text("VOUS AVEZ ECONOMISE " + fr(-rem) + " EUR", "c")
    R.text("AVEC VOTRE CARTE U", "c")
    no = f"{rr.randint(1000, 9999)}"
    R.text(f"MAG 0412 CAISSE 007 TICKET {no}", "c")
    R.text("06/02/2026  17:55:12", "c")
    cb_slip_fr(R, rr, total, "LE 06/02/26 A 17:55:09")
    R.render(path)
    return truth(
        number=no,
        date="2026-02-06",
        due=None,
        vendor=vendor,
        amount=tn,
        vat=tv,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=[x[:4] for x in body],
        note="French supermarket ticket as image-only PDF: legal entity (SAS DISTRIB CLEMENTINE) differs from store brand (vendor keyed as store brand printed in the header), loyalty remise, TVA 5,5/20 table, CB slip appended with date in dd/mm/yy",
    )


def r06(path, name):
    """BE (Flanders) pharmacy, BTW 6/21, Bancontact slip."""
    rr = random.Random(seed_of(name))
    vendor = "Apotheek De Linde"
    R = Roll(76, "DVM", 7.4, margin=3.5 * mm)
    R.box(
        22,
        "logo",
        lambda pg, y, h: (
            pg.rect(
                R.W / 2 - 5 * mm, y + 2, 10 * mm, 3 * mm, fill=HexColor("#1e8449"), stroke=False
            ),
            pg.rect(
                R.W / 2 - 1.5 * mm,
                y - 1.5 * mm + 2,
                3 * mm,
                10 * mm,
                fill=HexColor("#1e8449"),
                stroke=False,
            ),
        ),
    )
    R.text("APOTHEEK DE LINDE", "c", "DVMB", 10)
    for s in [
        "Apr. Sofie Verstraete",
        "Lindenlei 14, 9000 Gent",
        "Tel 09 223 41 18",
        "BTW BE 0642.118.372",
    ]:
        R.text(s, "c")
    R.rule("-")
    cat = [
        ("Dafalgan Forte 1g 20 tabl", 4.8, 6.2, 1, "A"),
        ("Ibuprofen EG 400mg 30 tabl", 5.1, 6.9, 1, "A"),
        ("Neusspray Sterimar 100ml", 8.9, 11.5, 1, "A"),
        ("Zonnecreme SPF50 200ml", 14.9, 21.9, 1, "B"),
        ("Handcreme Neutrogena", 5.9, 7.9, 1, "B"),
        ("Vitamine D3 druppels", 9.9, 13.5, 1, "A"),
        ("Keelpastilles Strepsils", 7.2, 8.9, 2, "A"),
        ("Tandpasta Sensodyne", 4.5, 6.2, 2, "B"),
    ]
    lines = mk_lines(rr, cat, 5)
    for d, qty, u, a, c in lines:
        R.text(d)
        R.lr(f"   {qty} x {de(u)}", f"{de(a)} {c}")
    R.rule("-")
    total = sum(x[3] for x in lines)
    R.lr("TOTAAL", f"EUR {de(total)}", "DVMB", 9.5)
    R.lr("Bancontact", f"EUR {de(total)}")
    R.rule("-")
    grp = gross_groups(lines, {"A": 6, "B": 21})
    tn = tv = D(0)
    R.lr("BTW   Excl.     BTW", "Incl.")
    for code, rate in [("A", 6), ("B", 21)]:
        if code in grp:
            g, v, n = grp[code]
            R.lr(f"{code} {rate:>2}% {de(n):>7} {de(v):>7}", de(g))
            tn += n
            tv += v
    R.rule("-")
    no = f"T{rr.randint(100000, 999999)}"
    R.lr("Ticket", no)
    R.lr("Datum", "19/03/2026 11:26")
    R.nl()
    R.text("Beterschap!", "c")
    R.nl()
    R.rule("=")
    R.text("BANCONTACT", "c", "DVMB")
    R.text("Klantenticket", "c")
    for a, b in [
        ("Terminal", f"{rr.randint(10000000, 99999999)}"),
        ("Handelaar", "APOTHEEK DE LINDE"),
        ("Periode", "2078"),
        ("Transactie", f"{rr.randint(100000, 999999)}"),
        ("Kaart", "xxxx xxxx xxxx 3391"),
        ("Datum", "19/03/2026 11:26:40"),
    ]:
        R.lr(a, b)
    R.lr("Totaal", f"EUR {de(total)}", "DVMB")
    R.text("AKKOORD", "c", "DVMB")
    R.render(path)
    return truth(
        number=no,
        date="2026-03-19",
        due=None,
        vendor=vendor,
        amount=tn,
        vat=tv,
        total=total,
        currency="EUR",
        locale="nl-BE",
        layout="receipt",
        dtype="receipt",
        items=[x[:4] for x in lines],
        note="Belgian pharmacy ticket with Bancontact customer slip, BTW 6 % medicines / 21 % cosmetics in excl./BTW/incl. table; pharmacist's own name printed under the pharmacy name",
    )


def r07(path, name):
    """NL supermarket digital receipt (PDF), BTW 9/21, statiegeld, bonus."""
    rr = random.Random(seed_of(name))
    vendor = "Buurtsuper Van Dijk B.V."
    R = Roll(80, "Helvetica", 8.2)
    R.text("Buurtsuper", "c", "Helvetica-Bold", 12)
    R.text("VAN DIJK", "c", "Helvetica-Bold", 18)
    for s in [
        "Buurtsuper Van Dijk B.V.",
        "Rijnstraat 88, 6811 EZ Arnhem",
        "026 445 19 03 · www.buurtsupervandijk.nl",
        "Digitale kassabon",
    ]:
        R.text(s, "c")
    R.rule(None)
    R.lr("OMSCHRIJVING", "BEDRAG", "Helvetica-Bold")
    cat = [
        ("Halfvolle melk 1 L", 1.19, 1.35, 2, "L"),
        ("Goudse kaas jong 48+", 3.49, 4.99, 1, "L"),
        ("Volkoren brood", 1.89, 2.49, 1, "L"),
        ("Hagelslag puur", 2.29, 2.99, 1, "L"),
        ("Spa rood 1,5 L", 0.89, 1.19, 2, "L"),
        ("Heineken 6x33cl", 5.49, 6.99, 1, "H"),
        ("Afwasmiddel", 1.49, 2.29, 1, "H"),
        ("Stroopwafels", 1.99, 2.79, 1, "L"),
        ("Bananen tros", 1.39, 1.89, 1, "L"),
    ]
    lines = mk_lines(rr, cat, 7)
    body = []
    for d, qty, u, a, c in lines:
        body.append((d, qty, u, a, c))
        R.lr(
            f"{qty} {d}" if qty > 1 else d,
            de(a),
            mid=de(u) if qty > 1 else None,
            midx=R.R - 16 * mm,
        )
        if "Spa" in d:
            body.append(("Statiegeld fles", qty, D("0.15"), q(qty * D("0.15")), "Z"))
            R.lr("  statiegeld", de(q(qty * D("0.15"))))
        if "Heineken" in d:
            body.append(("Statiegeld blik", 6 * qty, D("0.15"), q(6 * qty * D("0.15")), "Z"))
            R.lr("  statiegeld blik", de(q(6 * qty * D("0.15"))))
    k = rr.randrange(len(lines))
    bon = -q(lines[k][3] * D("0.25"))
    body.append(("BONUS 25% korting", 1, bon, bon, lines[k][4]))
    R.lr("BONUS " + lines[k][0][:18], de(bon))
    R.rule(None)
    total = sum(x[3] for x in body)
    R.lr("TOTAAL", de(total), "Helvetica-Bold", 11)
    R.lr("PINNEN", de(total))
    R.nl(0.4)
    R.lr("UW VOORDEEL", de(-bon), "Helvetica-Bold")
    R.rule(None)
    grp = gross_groups(body, {"L": 9, "H": 21, "Z": 0})
    tn = tv = D(0)
    R.lr("BTW", "OVER        BTW", "Helvetica-Bold")
    for code, rate in [("Z", 0), ("L", 9), ("H", 21)]:
        if code in grp:
            _g, v, n = grp[code]
            R.lr(f"{rate}%", f"{de(n)}      {de(v)}")
            tn += n
            tv += v
    R.lr("TOTAAL", f"{de(tn)}      {de(tv)}")
    R.rule(None)
    no = f"{rr.randint(1000, 9999)}"
    R.text(f"Kassa 2   Bon {no}   Mdw 14", "c")
    R.text("11-02-2026   12:07", "c")
    R.box(10 * mm, "bar", seed_of(name), 50 * mm)
    R.text("Bedankt en tot ziens!", "c")
    R.render(path)
    return truth(
        number=no,
        date="2026-02-11",
        due=None,
        vendor=vendor,
        amount=tn,
        vat=tv,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="receipt",
        dtype="receipt",
        items=[x[:4] for x in body],
        note="Dutch digital supermarket receipt (PDF): statiegeld deposit lines (BTW 0 % row in the table), BONUS discount, 'UW VOORDEEL' amount, BTW table prints 'over' (net base) and BTW per rate",
    )


def r08(path, name):
    """IT bar-pasticceria documento commerciale, IVA 10/22."""
    rr = random.Random(seed_of(name))
    vendor = "Bar Pasticceria Gianduja di Ferrero Marco & C. s.n.c."
    R = Roll(80, "DVM", 7.4)
    R.text("BAR PASTICCERIA", "c", "DVMB", 10)
    R.text("GIANDUJA", "c", "DVSB", 16)
    for s in [
        "di Ferrero Marco & C. s.n.c.",
        "Via Po 21 - 10124 TORINO",
        "P.IVA 09812440015",
        "Tel. 011 812 4471",
    ]:
        R.text(s, "c")
    R.nl(0.5)
    R.text("DOCUMENTO COMMERCIALE", "c", "DVMB")
    R.text("di vendita o prestazione", "c")
    R.nl(0.3)
    R.lr("DESCRIZIONE", "IVA   Prezzo(€)")
    cat = [
        ("CAFFE'", 1.2, 1.3, 3, "10"),
        ("CAPPUCCINO", 1.6, 1.9, 2, "10"),
        ("BICERIN", 4.5, 5.5, 2, "10"),
        ("BRIOCHE CREMA", 1.4, 1.7, 3, "10"),
        ("GIANDUIOTTI 200G", 11.5, 14.5, 1, "10"),
        ("SPREMUTA ARANCIA", 3.5, 4.2, 1, "10"),
        ("APEROL SPRITZ", 6.5, 8.0, 2, "22"),
        ("ACQUA MIN. 0,5L", 1.2, 1.6, 1, "10"),
    ]
    lines = mk_lines(rr, cat, 6)
    for d, qty, u, a, c in lines:
        if qty > 1:
            R.text(f"{qty} x {de(u)}")
        R.lr(d, f"{c},00%  {de(a)}")
    R.rule("-")
    total = sum(x[3] for x in lines)
    grp = gross_groups(lines, {"10": 10, "22": 22})
    tv = sum(x[1] for x in grp.values())
    tn = total - tv
    R.lr("TOTALE COMPLESSIVO", de(total), "DVMB", 10)
    R.lr("DI CUI IVA", de(tv))
    R.nl(0.3)
    R.lr("Pagamento contante", "0,00")
    R.lr("Pagamento elettronico", de(total))
    R.lr("Non riscosso", "0,00")
    R.lr("Resto", "0,00")
    R.lr("Importo pagato", de(total))
    R.nl(0.5)
    no = f"0{rr.randint(100, 999)}-0{rr.randint(100, 999)}"
    R.text("14-03-2026 10:41")
    R.text(f"DOCUMENTO N. {no}")
    R.text("RT 99MEX012345")
    R.box(22 * mm, "qr", seed_of(name))
    R.text("Grazie e arrivederci", "c")
    R.render(path)
    return truth(
        number=no,
        date="2026-03-14",
        due=None,
        vendor=vendor,
        amount=tn,
        vat=tv,
        total=total,
        currency="EUR",
        locale="it-IT",
        layout="receipt",
        dtype="receipt",
        items=[x[:4] for x in lines],
        note="Italian documento commerciale photographed: only 'DI CUI IVA' printed (net = total - IVA), per-line IVA %, many zero payment lines (contante/non riscosso/resto), long legal vendor name with s.n.c.",
    )


def r09(path, name):
    """ES restaurant factura simplificada (PDF), IVA 10 % incl."""
    rr = random.Random(seed_of(name))
    vendor = "Casa Lucía Hostelería S.L."
    R = Roll(80, "Courier", 8)
    R.text("CASA LUCÍA", "c", "Times-Bold", 16)
    R.text("taberna · desde 1987", "c", "Times-Italic", 9)
    for s in [
        "Casa Lucía Hostelería S.L.",
        "C/ Feria 112, 41002 Sevilla",
        "NIF B91447820",
        "Tel. 954 38 22 10",
    ]:
        R.text(s, "c")
    R.rule("-")
    no = f"T-{rr.randint(2026000, 2026999)}"
    R.text("FACTURA SIMPLIFICADA", "c", "Courier-Bold")
    R.lr("Nº", no)
    R.lr("Fecha", "07/03/2026 22:14")
    R.lr(f"Mesa {rr.randint(1, 30)}", f"Comensales {rr.randint(2, 4)}")
    R.lr("Camarero", "ANTONIO")
    R.rule("-")
    R.lr("UDS DESCRIPCIÓN", "IMPORTE")
    cat = [
        ("SALMOREJO", 6.5, 7.5, 2),
        ("ESPINACAS C/GARBANZOS", 7.0, 8.5, 1),
        ("CROQUETAS CASERAS", 8.0, 9.5, 1),
        ("PRESA IBÉRICA", 15.5, 18.5, 2),
        ("PESCAÍTO FRITO", 12.0, 14.5, 1),
        ("CAÑA CRUZCAMPO", 1.8, 2.2, 6),
        ("TINTO VERANO", 2.5, 3.0, 2),
        ("AGUA 1L", 2.2, 2.8, 1),
        ("TARTA DE QUESO", 5.0, 6.0, 2),
    ]
    lines = [(d, qty, u, a, "10") for d, qty, u, a, _ in mk_lines(rr, [(*c, "10") for c in cat], 7)]
    for d, qty, _u, a, _c in lines:
        R.lr(f"{qty:>2}  {d}", de(a))
    R.rule("-")
    total = sum(x[3] for x in lines)
    v = vat_of_gross(total, 10)
    base = total - v
    R.lr("BASE IMPONIBLE", de(base))
    R.lr("IVA 10%", de(v))
    R.lr("TOTAL (IVA INCL.)", de(total) + " €", "Courier-Bold", 10)
    R.rule("-")
    R.lr("TARJETA", de(total))
    R.nl()
    R.text("IVA INCLUIDO - GRACIAS POR SU VISITA", "c")
    R.text("La propina no está incluida", "c")
    R.render(path)
    return truth(
        number=no,
        date="2026-03-07",
        due=None,
        vendor=vendor,
        amount=base,
        vat=v,
        total=total,
        currency="EUR",
        locale="es-ES",
        layout="receipt",
        dtype="receipt",
        items=[x[:4] for x in lines],
        note="Spanish factura simplificada (born-digital PDF on a roll): brand CASA LUCÍA vs legal S.L. (keyed legal name as printed), base imponible + IVA 10 % + total, table/covers numbers near the document number",
    )


def r10(path, name):
    """PT pastelaria fatura simplificada (PDF), IVA 6/13/23, ATCUD + QR."""
    rr = random.Random(seed_of(name))
    vendor = "Pastelaria Flor do Minho, Lda."
    R = Roll(80, "DVC", 8)
    R.text("Pastelaria", "c", "DVSI", 11)
    R.text("FLOR DO MINHO", "c", "DVSB", 15)
    for s in [
        "Pastelaria Flor do Minho, Lda.",
        "Av. da Liberdade 402, 4710-251 Braga",
        "NIF 514 882 330",
        "Cap. Social 5.000,00 €",
    ]:
        R.text(s, "c")
    R.rule(None)
    no = f"FS A2026/{rr.randint(1000, 9999)}"
    R.text("Fatura Simplificada", "c", "DVCB", 10)
    R.lr("Nº", no)
    R.lr("Data", "2026-01-30 16:22")
    R.lr("NIF adquirente", "Consumidor final")
    R.rule(None)
    R.lr("Qtd Descrição", "Taxa    Total")
    cat = [
        ("Pão de Deus", 0.9, 1.2, 4, "6"),
        ("Broa de milho", 1.8, 2.4, 1, "6"),
        ("Pastel de nata", 1.1, 1.4, 4, "13"),
        ("Bola de Berlim", 1.3, 1.6, 2, "13"),
        ("Galão", 1.2, 1.5, 2, "13"),
        ("Café", 0.7, 0.85, 3, "13"),
        ("Sumo natural laranja", 2.2, 2.8, 1, "13"),
        ("Vinho do Porto (copo)", 2.5, 3.5, 1, "23"),
        ("Água 0,5 L", 0.9, 1.2, 1, "13"),
    ]
    lines = mk_lines(rr, cat, 7)
    for d, qty, _u, a, c in lines:
        R.lr(f"{qty} {d}", f"{c}%  {de(a):>6}")
    R.rule(None)
    total = sum(x[3] for x in lines)
    grp = gross_groups(lines, {"6": 6, "13": 13, "23": 23})
    tn = tv = D(0)
    R.lr("Taxa   Incidência", "IVA")
    for code in ["6", "13", "23"]:
        if code in grp:
            _g, v, n = grp[code]
            R.lr(f"{code:>2}%   {de(n):>10}", de(v))
            tn += n
            tv += v
    R.lr("Total s/ IVA", de(tn))
    R.lr("Total IVA", de(tv))
    R.lr("TOTAL", de(total) + " €", "DVCB", 11)
    R.lr("Multibanco", de(total))
    R.rule(None)
    R.text(f"ATCUD: JJ{rr.randint(10, 99)}KX7M-{no.split('/')[1]}", "c")
    R.box(24 * mm, "qr", seed_of(name))
    R.text(
        f"{rr.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}x{rr.randint(10, 99)}-Processado por programa certificado nº 1234/AT",
        "c",
        size=6.4,
    )
    R.text("IVA incluído à taxa em vigor", "c", size=6.4)
    R.render(path)
    return truth(
        number=no,
        date="2026-01-30",
        due=None,
        vendor=vendor,
        amount=tn,
        vat=tv,
        total=total,
        currency="EUR",
        locale="pt-PT",
        layout="receipt",
        dtype="receipt",
        items=[x[:4] for x in lines],
        note="Portuguese fatura simplificada PDF: number 'FS A2026/nnnn' plus ATCUD code, ISO date, IVA 6/13/23 incidence table, share capital 5.000,00 € printed in the header as a distractor amount",
    )


def r11(path, name):
    """PL paragon fiskalny, PTU A/B/C, card."""
    rr = random.Random(seed_of(name))
    vendor = "Delikatesy Kowalscy Sp. z o.o."
    R = Roll(80, "DVM", 7.4)
    for s in ["Delikatesy Kowalscy Sp. z o.o.", "ul. Długa 17, 31-147 Kraków", "Sklep nr 4"]:
        R.text(s, "c")
    R.text("NIP 676-248-11-90", "c")
    R.lr("2026-02-19", f"nr wydr. {rr.randint(100000, 999999)}")
    R.text("PARAGON FISKALNY", "c", "DVMB", 10)
    R.rule("-")
    cat = [
        ("Chleb żytni 500g", 4.99, 6.49, 1, "C"),
        ("Masło extra 200g", 6.99, 8.49, 2, "C"),
        ("Ser żółty Gouda kg", 26.9, 34.9, 1, "C"),
        ("Kiełbasa krakowska", 9.99, 13.99, 1, "C"),
        ("Pierogi ruskie 400g", 7.49, 9.99, 1, "C"),
        ("Sok jabłkowy 1l", 4.49, 5.99, 2, "B"),
        ("Kawa mielona 250g", 14.99, 19.99, 1, "A"),
        ("Piwo Żywiec 0,5l", 3.49, 4.29, 4, "A"),
        ("Płyn do naczyń", 5.99, 8.99, 1, "A"),
        ("Woda mineralna 1,5l", 1.99, 2.79, 3, "B"),
    ]
    lines = mk_lines(rr, cat, 8)
    for d, qty, u, a, c in lines:
        R.lr(d, f"{qty}x{pl(u)} {pl(a)}{c}")
    R.rule("-")
    grp = gross_groups(lines, {"A": 23, "B": 8, "C": 5})
    total = sum(x[3] for x in lines)
    tv = D(0)
    for code, rate in [("A", 23), ("B", 8), ("C", 5)]:
        if code in grp:
            g, v, _n = grp[code]
            R.lr(f"Sprzed. opod. PTU {code}", pl(g))
            R.lr(f"Kwota PTU {code} {rate},00%", pl(v))
            tv += v
    R.lr("Suma PTU", pl(tv))
    R.lr("SUMA PLN", pl(total), "DVMB", 11)
    R.rule("-")
    R.lr("Karta płatnicza", f"{pl(total)} PLN")
    R.rule("-")
    no = str(rr.randint(10000, 99999))
    R.lr(f"{no} #Kasa 2", "Kasjer nr 7")
    R.lr("", "18:33")
    R.text("NIP nabywcy: ---", "l")
    R.box(9 * mm, "bar", seed_of(name), 46 * mm)
    R.text("FIK 2000441877", "c")
    R.text("Dziękujemy za zakupy!", "c")
    tn = total - tv
    R.render(path)
    return truth(
        number=no,
        date="2026-02-19",
        due=None,
        vendor=vendor,
        amount=tn,
        vat=tv,
        total=total,
        currency="PLN",
        locale="pl-PL",
        layout="receipt",
        dtype="receipt",
        items=[x[:4] for x in lines],
        note="Polish paragon fiskalny scanned: no net printed (net = SUMA PLN - Suma PTU), PTU A 23 / B 8 / C 5 with gross 'Sprzed. opod.' per rate, 'qty x price amount+letter' packed right, ISO date, receipt number left of '#Kasa'",
    )


def r12(path, name):
    """DE fuel station (PDF), fuel + shop, 19 %, EC slip."""
    rr = random.Random(seed_of(name))
    vendor = "Tankstelle Brenner GmbH"
    R = Roll(80, "Courier", 8.2)
    R.box(
        20,
        "logo",
        lambda pg, y, h: wordmark(
            pg,
            R.W / 2 - 24 * mm,
            y + 4,
            "BRENNER",
            "Helvetica-Bold",
            20,
            HexColor("#0b5394"),
            "tri",
        ),
    )
    for s in [
        "Tankstelle Brenner GmbH",
        "B 27 / Stuttgarter Str. 201",
        "72074 Tübingen",
        "Tel. 07071 55 12 90",
        "St-Nr. 86002/47115",
    ]:
        R.text(s, "c")
    R.rule("*")
    liters = q(rr.uniform(32, 58))
    price = D(f"1.{rr.randint(719, 849)}")
    fuel = q(liters * price)
    R.lr("Säule 4  Super E10", f"{de(fuel)} EUR A")
    R.text(f"  {de(liters)} l x {fmt(price, '.', ',', 3)} EUR/l")
    cat = [
        ("Waschstraße Premium", 12.9, 14.9, 1, "A"),
        ("Kaffee groß to go", 3.2, 3.9, 1, "A"),
        ("Scheibenreiniger 5 l", 6.9, 8.9, 1, "A"),
        ("Belegtes Brötchen", 3.9, 4.9, 2, "A"),
    ]
    shop = mk_lines(rr, cat, 2)
    body = [("Super E10", liters, price, fuel, "A"), *shop]
    for d, qty, _u, a, c in shop:
        R.lr(f"{qty} x {d}" if qty > 1 else d, f"{de(a)} EUR {c}")
    R.rule("-")
    total = sum(x[3] for x in body)
    v = vat_of_gross(total, 19)
    n = total - v
    R.lr("Gesamtbetrag", f"{de(total)} EUR", "Courier-Bold", 10)
    R.rule("-")
    R.lr("Netto A 19,0 %", f"{de(n)} EUR")
    R.lr("MwSt A 19,0 %", f"{de(v)} EUR")
    R.lr("Brutto", f"{de(total)} EUR")
    R.rule("-")
    no = str(rr.randint(100000, 999999))
    R.lr("Beleg-Nr.", no)
    R.lr("Datum", "02.03.2026 07:51")
    R.lr("Kasse", "1  Bediener 03")
    R.nl()
    R.text("- Händlerbeleg -", "c")
    R.text("girocard kontaktlos", "c", "Courier-Bold")
    for a, b in [
        ("Terminal-ID", "6820" + str(rr.randint(1000, 9999))),
        ("TA-Nr.", str(rr.randint(100000, 999999))),
        ("Beleg", str(rr.randint(1000, 9999))),
        ("Kartennr.", "###########2290"),
        ("Datum/Zeit", "02.03.26 07:51"),
    ]:
        R.lr(a, b)
    R.lr("Betrag", f"EUR {de(total)}", "Courier-Bold")
    R.text("Autorisierung erfolgt", "c")
    R.nl()
    R.text("Gute Fahrt!", "c")
    R.render(path)
    return truth(
        number=no,
        date="2026-03-02",
        due=None,
        vendor=vendor,
        amount=n,
        vat=v,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=[x[:4] for x in body],
        note="Fuel receipt (PDF): litres with 3-decimal price per litre, shop items, Netto/MwSt/Brutto block, girocard merchant slip with the 2-digit-year date",
    )


def r13(path, name):
    """FR fuel station, TVA 20 %, photo."""
    rr = random.Random(seed_of(name))
    vendor = "Relais de la Vallée SARL"
    R = Roll(58, "DVM", 7.0, margin=3 * mm)
    R.text("RELAIS DE LA VALLEE", "c", "DVMB", 8.5)
    for s in [
        "Relais de la Vallée SARL",
        "RN 7 - 26200 Montélimar",
        "SIRET 482 337 109 00028",
        "TVA FR 23482337109",
    ]:
        R.text(s, "c")
    R.rule("-")
    no = str(rr.randint(10000, 99999))
    R.lr("TICKET N°", no)
    R.lr("Le 15/03/2026", "à 13:06")
    R.rule("-")
    liters = q(rr.uniform(38, 61))
    price = D(f"1.{rr.randint(689, 799)}")
    fuel = q(liters * price)
    R.text("POMPE 6  GAZOLE")
    R.lr(f" {fr(liters)} L x {fmt(price, ' ', ',', 3)}", fr(fuel))
    extra = []
    if rr.random() < 0.9:
        e = ("LAVAGE HAUTE PRESSION", 1, D("5.00"), D("5.00"))
        extra.append(e)
        R.text(e[0])
        R.lr(" 1 x 5,00", "5,00")
    R.rule("-")
    total = fuel + sum(x[3] for x in extra)
    v = vat_of_gross(total, 20)
    n = total - v
    R.lr("TOTAL TTC", f"{fr(total)} EUR", "DVMB", 9)
    R.lr("DONT TVA 20,00%", fr(v))
    R.lr("TOTAL HT", fr(n))
    R.lr("CB", fr(total))
    R.rule("-")
    R.text("MERCI DE VOTRE VISITE", "c")
    R.text("BONNE ROUTE", "c")
    R.nl()
    R.rule("=")
    R.text("CARTE BANCAIRE", "c", "DVMB")
    R.text("EMV SANS CONTACT", "c")
    R.text("LE 15/03/26 A 13:06:22", "c")
    R.text("RELAIS VALLEE MONTELIMAR", "c")
    R.text("############0417", "c")
    R.text("MONTANT =", "c")
    R.text(f"{fr(total)} EUR", "c", "DVMB", 10)
    R.text("DEBIT  TICKET CLIENT", "c")
    R.render(path)
    items = [("GAZOLE", liters, price, fuel), *extra]
    return truth(
        number=no,
        date="2026-03-15",
        due=None,
        vendor=vendor,
        amount=n,
        vat=v,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="French fuel ticket on 58 mm roll photographed: TTC printed first, 'DONT TVA' and HT after; CB slip with dd/mm/yy",
    )


def r14(path, name):
    """AT restaurant, 10/20 %, Trinkgeld on card, RKSV QR (scan)."""
    rr = random.Random(seed_of(name))
    vendor = "Gasthaus Zum Goldenen Hirschen"
    R = Roll(80, "DVC", 8.2)
    R.text("Gasthaus Zum Goldenen Hirschen", "c", "DVSB", 10.5)
    for s in ["Inh. Maria Pichler", "Getreidegasse 37, 5020 Salzburg", "UID ATU 4471 0923"]:
        R.text(s, "c")
    R.rule(None)
    R.lr(f"Tisch {rr.randint(1, 40)}", "Kellner: Florian")
    no = f"{rr.randint(2026, 2026)}-{rr.randint(10000, 99999)}"
    R.lr("Rechnung", no)
    R.lr("Datum", "20.02.2026 20:47")
    R.rule(None)
    cat = [
        ("Wiener Schnitzel v. Kalb", 23.9, 26.9, 2, "1"),
        ("Salzburger Nockerl", 14.5, 16.5, 1, "1"),
        ("Tafelspitz", 21.5, 24.5, 1, "1"),
        ("Frittatensuppe", 5.2, 6.2, 2, "1"),
        ("Stiegl Goldbräu 0,5", 4.9, 5.4, 3, "2"),
        ("Grüner Veltliner 1/8", 4.2, 5.2, 2, "2"),
        ("Almdudler 0,33", 3.6, 4.1, 1, "2"),
        ("Apfelstrudel", 6.2, 7.2, 2, "1"),
    ]
    lines = mk_lines(rr, cat, 6)
    for d, qty, _u, a, c in lines:
        R.lr(f"{qty} {d}", f"{de(a)} {c}")
    R.rule(None)
    sub = sum(x[3] for x in lines)
    R.lr("Summe EUR", de(sub), "DVCB", 10)
    grp = gross_groups(lines, {"1": 10, "2": 20})
    tn = tv = D(0)
    for code, rate in [("1", 10), ("2", 20)]:
        if code in grp:
            g, v, n = grp[code]
            R.lr(f"{code}) {rate}% USt von {de(g)}", de(v))
            tn += n
            tv += v
    R.lr("Netto gesamt", de(tn))
    R.rule(None)
    tip = q(((sub * D("1.07")) / 5).quantize(D(1), rounding=ROUND_HALF_UP) * 5 - sub)
    if tip <= 0:
        tip = D("2.00")
    R.lr("Trinkgeld", de(tip))
    R.lr("GESAMT (Karte)", de(sub + tip), "DVCB", 10)
    R.lr("Mastercard", de(sub + tip))
    R.rule(None)
    R.box(26 * mm, "qr", seed_of(name))
    R.text("Kasse: GH-SBG-1 · Beleg signiert (RKSV)", "c", size=6.8)
    R.text("Danke für Ihren Besuch!", "c")
    R.render(path)
    return truth(
        number=no,
        date="2026-02-20",
        due=None,
        vendor=vendor,
        amount=tn,
        vat=tv,
        total=sub + tip,
        tip=tip,
        currency="EUR",
        locale="de-AT",
        layout="receipt",
        dtype="receipt",
        items=[x[:4] for x in lines],
        note="Austrian restaurant bill scanned: Trinkgeld added on the card, keyed total = GESAMT incl. tip (Summe before tip also printed), USt lines say '10% USt von <gross>', RKSV QR code",
    )


def r15(path, name):
    """NL café (PDF), BTW 9 % + 21 %, pin."""
    rr = random.Random(seed_of(name))
    vendor = "De Gouden Boon"
    R = Roll(80, "Helvetica", 8.4)
    R.box(
        16,
        "logo",
        lambda pg, y, h: (
            pg.c.setFillColor(HexColor("#8d6e63")),
            pg.c.ellipse(R.W / 2 - 5 * mm, y, R.W / 2 + 5 * mm, y + 14, stroke=0, fill=1),
            pg.c.setFillColorRGB(0, 0, 0),
        ),
    )
    R.text("De Gouden Boon", "c", "Times-BoldItalic", 15)
    R.text("koffiehuis · lunchroom", "c")
    for s in ["Grote Markt 9, 2011 RD Haarlem", "KvK 81224509 · btw NL003560117B42"]:
        R.text(s, "c")
    R.rule(None)
    no = f"{rr.randint(100, 999)}{rr.randint(100, 999)}"
    R.lr("Bon", no)
    R.lr("Datum", "vr 27-02-2026 14:12")
    R.lr("Tafel", str(rr.randint(1, 20)))
    R.rule(None)
    cat = [
        ("Flat white", 3.9, 4.4, 2, "L"),
        ("Verse muntthee", 3.4, 3.8, 1, "L"),
        ("Appeltaart met slagroom", 4.6, 5.4, 2, "L"),
        ("Tosti ham kaas", 6.5, 7.5, 1, "L"),
        ("Uitsmijter 3 eieren", 9.5, 11.0, 1, "L"),
        ("Jopen Hoppenbier", 5.2, 6.0, 2, "H"),
        ("Glas huiswijn wit", 4.8, 5.6, 1, "H"),
        ("Jus d'orange vers", 3.9, 4.6, 1, "L"),
    ]
    lines = mk_lines(rr, cat, 5)
    for d, qty, _u, a, _c in lines:
        R.lr(f"{qty}x {d}", f"€ {de(a)}")
    R.rule(None)
    total = sum(x[3] for x in lines)
    R.lr("Totaal", f"€ {de(total)}", "Helvetica-Bold", 11)
    R.lr("Betaald met PIN", f"€ {de(total)}")
    R.rule(None)
    grp = gross_groups(lines, {"L": 9, "H": 21})
    tn = tv = D(0)
    for code, rate in [("L", 9), ("H", 21)]:
        if code in grp:
            _g, v, n = grp[code]
            R.lr(f"Btw {rate}% over € {de(n)}", f"€ {de(v)}")
            tn += n
            tv += v
    R.lr("Totaal excl. btw", f"€ {de(tn)}")
    R.rule(None)
    R.text("Bedankt en graag tot ziens!", "c", "Helvetica-Oblique")
    R.render(path)
    return truth(
        number=no,
        date="2026-02-27",
        due=None,
        vendor=vendor,
        amount=tn,
        vat=tv,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="receipt",
        dtype="receipt",
        items=[x[:4] for x in lines],
        note="Dutch café bon (PDF): weekday prefix in the date, '€ ' before amounts, BTW 9/21 lines 'over € net', net total printed after the payment line",
    )


def r16(path, name):
    """CH pharmacy, MwSt 2.6 % + 8.1 %, debit card slip, photo."""
    rr = random.Random(seed_of(name))
    vendor = "Apotheke am Rheinsprung AG"
    R = Roll(80, "DVM", 7.5)
    R.box(
        18,
        "logo",
        lambda pg, y, h: (
            pg.rect(R.W / 2 - 9, y + 5, 18, 6, fill=HexColor("#27ae60"), stroke=False),
            pg.rect(R.W / 2 - 3, y - 1, 6, 18, fill=HexColor("#27ae60"), stroke=False),
        ),
    )
    R.text("Apotheke am Rheinsprung AG", "c", "DVMB", 9)
    for s in ["Rheinsprung 5, 4051 Basel", "Tel. 061 261 33 80", "CHE-103.877.491 MWST"]:
        R.text(s, "c")
    R.rule("-")
    cat = [
        ("Dafalgan 500mg Tabl 16", 4.9, 6.2, 1, "1"),
        ("Otrivin Nasenspray 10ml", 8.5, 10.9, 1, "1"),
        ("Bepanthen Plus Creme 30g", 13.5, 16.9, 1, "1"),
        ("Vitamin C Brausetabl 20", 9.9, 12.9, 1, "1"),
        ("Sonnencreme LSF 50 150ml", 19.9, 27.9, 1, "2"),
        ("Lippenpflege Stick", 4.5, 6.9, 2, "2"),
        ("Pflaster Sortiment", 6.9, 9.5, 1, "2"),
        ("Halsschmerz Lutschtabl", 9.2, 11.5, 1, "1"),
    ]
    lines = mk_lines(rr, cat, 5)
    for d, qty, u, a, c in lines:
        R.text(d)
        R.lr(f"  {qty} x {ch(u)}", f"{ch(a)} {c}")
    R.rule("-")
    total = sum(x[3] for x in lines)
    R.lr("TOTAL CHF", ch(total), "DVMB", 10)
    R.lr("Debit Mastercard", ch(total))
    R.rule("-")
    grp = gross_groups(lines, {"1": D("2.6"), "2": D("8.1")})
    tn = tv = D(0)
    R.lr("Code  Satz   Netto", "MWST")
    for code, rate in [("1", "2.6%"), ("2", "8.1%")]:
        if code in grp:
            _g, v, n = grp[code]
            R.lr(f"{code}     {rate}  {ch(n):>7}", ch(v))
            tn += n
            tv += v
    R.rule("-")
    no = str(rr.randint(300000, 399999))
    R.lr("Quittung", no)
    R.lr("09.01.2026", "10:15")
    R.lr("Es bediente Sie", "L. Meier")
    R.nl()
    R.text("Gute Besserung!", "c")
    R.rule("=")
    R.text("Debit Mastercard", "c", "DVMB")
    R.text("Buchung", "c")
    for a, b in [
        ("Trm-Id", str(rr.randint(10000000, 99999999))),
        ("Akt-Id", str(rr.randint(100000, 999999))),
        ("AID", "A0000000041010"),
        ("Trx. Seq-Cnt", str(rr.randint(1000, 9999))),
        ("Auth. Code", str(rr.randint(100000, 999999))),
    ]:
        R.lr(a, b)
    R.lr("09.01.2026", "10:15:44")
    R.lr("Total-EFT CHF:", ch(total), "DVMB")
    R.text("Karteninhaberbeleg", "c")
    R.render(path)
    return truth(
        number=no,
        date="2026-01-09",
        due=None,
        vendor=vendor,
        amount=tn,
        vat=tv,
        total=total,
        currency="CHF",
        locale="de-CH",
        layout="receipt",
        dtype="receipt",
        items=[x[:4] for x in lines],
        note="Swiss pharmacy receipt photographed: MWST 2.6 % medicines / 8.1 % cosmetics, Debit Mastercard slip with 'Total-EFT CHF', Quittung number",
    )


# ================================================================ driver
# name -> (function, kind, options). kind: pdf | scan | photo | imgpdf (scan embedded as image-only PDF)
DOCS = {
    "i01": (i01, "pdf", {}),
    "i02": (i02, "pdf", {}),
    "i03": (i03, "pdf", {}),
    "i04": (i04, "scan", {"dpi": 200, "grey": True}),
    "i05": (i05, "pdf", {}),
    "i06": (i06, "pdf", {}),
    "i07": (i07, "scan", {"dpi": 200, "grey": False}),
    "i08": (i08, "scan", {"dpi": 150, "grey": True}),
    "i09": (i09, "pdf", {}),
    "i10": (i10, "photo", {"dpi": 220}),
    "i11": (i11, "imgpdf", {"dpi": 200, "grey": True}),
    "i12": (i12, "photo", {"dpi": 220}),
    "i13": (i13, "scan", {"dpi": 300, "grey": True}),
    "i14": (i14, "photo", {"dpi": 220}),
    "i15": (i15, "pdf", {}),
    "i16": (i16, "imgpdf", {"dpi": 200, "grey": False}),
    "r01": (r01, "scan", {"dpi": 200, "grey": True, "thermal": True}),
    "r02": (r02, "photo", {"dpi": 300}),
    "r03": (r03, "scan", {"dpi": 300, "grey": True, "thermal": True, "width": 660}),
    "r04": (r04, "photo", {"dpi": 260}),
    "r05": (r05, "imgpdf", {"dpi": 200, "grey": True, "thermal": True}),
    "r06": (r06, "photo", {"dpi": 260}),
    "r07": (r07, "pdf", {}),
    "r08": (r08, "photo", {"dpi": 260}),
    "r09": (r09, "pdf", {}),
    "r10": (r10, "pdf", {}),
    "r11": (r11, "scan", {"dpi": 200, "grey": False, "thermal": True}),
    "r12": (r12, "pdf", {}),
    "r13": (r13, "photo", {"dpi": 300}),
    "r14": (r14, "scan", {"dpi": 250, "grey": True, "thermal": True}),
    "r15": (r15, "pdf", {}),
    "r16": (r16, "photo", {"dpi": 260}),
}


def build(name, out: Path):
    fn, kind, opt = DOCS[name]
    out.mkdir(parents=True, exist_ok=True)
    if kind == "pdf":
        t = fn(out / f"{name}.pdf", name)
        ext = "pdf"
    else:
        tmp = out / f"_{name}.tmp.pdf"
        t = fn(tmp, name)
        dpi = opt.get("dpi", 200)
        arr = render_pdf(tmp, dpi, grey=opt.get("grey", False))
        tmp.unlink()
        if kind == "photo":
            img, qual = photo(arr, name)
            save_jpg(img, out / f"{name}.jpg", qual)
            ext = "jpg"
        else:
            img = scan(arr, name, thermal=opt.get("thermal", False), width=opt.get("width"))
            if kind == "imgpdf":
                save_imgpdf(
                    img,
                    out / f"{name}.pdf",
                    dpi if not opt.get("width") else dpi * opt["width"] / arr.shape[1],
                )
                ext = "pdf"
            else:
                save_png(img, out / f"{name}.png")
                ext = "png"
    t["kind"] = "pdf" if kind == "pdf" else ("photo" if kind == "photo" else "scan")
    (out / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return ext


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    only = None
    if "--only" in argv:
        k = argv.index("--only")
        only = argv[k + 1]
        del argv[k : k + 2]
    out = Path(argv[0]) if argv else DEFAULT_OUT
    for name in DOCS:
        if only and name != only:
            continue
        ext = build(name, out)
        print(f"{name}.{ext}")


if __name__ == "__main__":
    main()
