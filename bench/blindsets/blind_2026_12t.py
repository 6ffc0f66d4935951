# ruff: noqa: E501
"""Blind evaluation set 2026-12t: 16 invoices and 16 till receipts with ground truth.

Run from the repository root:
    python -m bench.blindsets.blind_2026_12t [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document's name, so re-runs are
byte-identical. The module is self-contained and imports nothing from the product.
"""

from __future__ import annotations

import io
import json
import random
import sys
import tempfile
import zlib
from dataclasses import dataclass, field
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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

SET = "12t"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-12t")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
}
for _n, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, str(FONT_DIR / _f)))

C2 = Decimal("0.01")


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


# ---------------------------------------------------------------- money & formats


def D(x) -> Decimal:
    return Decimal(str(x))


def q(x) -> Decimal:
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(Decimal("1"), rounding=ROUND_HALF_UP)


def _group(intpart: str, sep: str, indian: bool = False) -> str:
    if indian and len(intpart) > 3:
        head, tail = intpart[:-3], intpart[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return sep.join([*parts, tail])
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)


def fmt(v: Decimal, style: str = "en", decimals: int = 2) -> str:
    """Format a Decimal: en 1,234.56 | de 1.234,56 | fr 1 234,56 | ch 1'234.56 | in 1,23,456.78 | plain 1234.56 | dec 1234,56."""
    v = D(v)
    neg = v < 0
    s = f"{abs(v):.{decimals}f}"
    ip, _, fp = s.partition(".")
    thou, dec = {
        "en": (",", "."),
        "de": (".", ","),
        "fr": (" ", ","),
        "ch": ("'", "."),
        "in": (",", "."),
        "plain": ("", "."),
        "dec": ("", ","),
    }[style]
    ip = _group(ip, thou, indian=(style == "in")) if thou else ip
    r = ip + (dec + fp if decimals else "")
    return ("-" if neg else "") + r


def ymd(d: str) -> tuple[int, int, int]:
    y, m, dd = d.split("-")
    return int(y), int(m), int(dd)


MONTHS = {
    "en": [
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
    ],
    "de": [
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
    ],
    "fr": [
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
    ],
    "nl": [
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
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
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
    ],
}


def dfmt(d: str, pat: str) -> str:
    """pat tokens: DD MM YYYY YY Mon(short en) MonthL:<lang>."""
    y, m, dd = ymd(d)
    if pat.startswith("long:"):
        lang = pat[5:]
        name = MONTHS[lang][m - 1]
        if lang == "en":
            return f"{dd} {name} {y}"
        if lang == "de":
            return f"{dd}. {name} {y}"
        if lang in ("es",):
            return f"{dd} de {name} de {y}"
        return f"{dd} {name} {y}"
    if pat == "us-long":
        return f"{MONTHS['en'][m - 1]} {dd}, {y}"
    s = pat.replace("YYYY", f"{y:04d}").replace("YY", f"{y % 100:02d}")
    s = (
        s.replace("Mon", MONTHS["en"][m - 1][:3])
        .replace("MM", f"{m:02d}")
        .replace("DD", f"{dd:02d}")
    )
    return s


# ---------------------------------------------------------------- drawing with checks


class Doc:
    """A reportlab canvas that records every text run and refuses overlaps or runs off the page."""

    def __init__(self, path, size, name: str):
        self.name = name
        self.W, self.H = size
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.c.setTitle(name)
        self.c.setAuthor("")
        self.runs: list[tuple[float, float, float, float, str]] = []
        self.pageno = 1

    def t(self, x, y, s, font="Helvetica", size=9.0, align="l", color=None):
        s = str(s)
        if not s:
            return x
        w = stringWidth(s, font, size)
        x0 = {"l": x, "r": x - w, "c": x - w / 2}[align]
        box = (x0, y - 0.22 * size, x0 + w, y + 0.74 * size, s)
        m = 4
        if box[0] < m or box[2] > self.W - m or box[1] < m or box[3] > self.H - m:
            raise LayoutError(
                f"{self.name} p{self.pageno}: run off page {s!r} at ({x0:.1f},{y:.1f}) w={w:.1f}"
            )
        for o in self.runs:
            if (
                box[0] < o[2] - 0.3
                and o[0] < box[2] - 0.3
                and box[1] < o[3] - 0.3
                and o[1] < box[3] - 0.3
            ):
                raise LayoutError(f"{self.name} p{self.pageno}: {s!r} overlaps {o[4]!r}")
        self.runs.append(box)
        c = self.c
        c.saveState()
        if color is not None:
            c.setFillColorRGB(*color)
        c.setFont(font, size)
        c.drawString(x0, y, s)
        c.restoreState()
        return x0 + w

    def lines(self, x, y, rows, font="Helvetica", size=9.0, lead=None, align="l", color=None):
        lead = lead or size * 1.25
        for r in rows:
            if r:
                self.t(x, y, r, font, size, align, color)
            y -= lead
        return y

    def rect(self, x, y, w, h, stroke=1, fill=0, fillc=None, strokec=None, lw=0.6):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        if fillc is not None:
            c.setFillColorRGB(*fillc)
        if strokec is not None:
            c.setStrokeColorRGB(*strokec)
        c.rect(x, y, w, h, stroke=stroke, fill=fill)
        c.restoreState()

    def hline(self, x1, x2, y, lw=0.5, color=(0, 0, 0), dash=None):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        if dash:
            c.setDash(*dash)
        c.line(x1, y, x2, y)
        c.restoreState()

    def vline(self, x, y1, y2, lw=0.5, color=(0, 0, 0)):
        self.c.saveState()
        self.c.setLineWidth(lw)
        self.c.setStrokeColorRGB(*color)
        self.c.line(x, y1, x, y2)
        self.c.restoreState()

    def circle(self, x, y, r, fillc=(0, 0, 0), stroke=0):
        self.c.saveState()
        self.c.setFillColorRGB(*fillc)
        self.c.circle(x, y, r, stroke=stroke, fill=1)
        self.c.restoreState()

    def qr(self, x, y, size, seed: int, cells=25):
        """A QR-ish box of black modules with three finder squares (not a real code)."""
        r = random.Random(seed)
        cs = size / cells
        c = self.c
        c.saveState()
        c.setFillColorRGB(0, 0, 0)
        for i in range(cells):
            for j in range(cells):
                finder = (
                    (i < 7 and j < 7) or (i < 7 and j >= cells - 7) or (i >= cells - 7 and j < 7)
                )
                if finder:
                    continue
                if r.random() < 0.48:
                    c.rect(x + i * cs, y + j * cs, cs, cs, stroke=0, fill=1)
        for fx, fy in ((0, 0), (0, cells - 7), (cells - 7, cells - 7)):
            c.rect(x + fx * cs, y + fy * cs, 7 * cs, 7 * cs, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.rect(x + (fx + 1) * cs, y + (fy + 1) * cs, 5 * cs, 5 * cs, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x + (fx + 2) * cs, y + (fy + 2) * cs, 3 * cs, 3 * cs, stroke=0, fill=1)
        c.restoreState()

    def barcode(self, x, y, w, h, seed: int):
        r = random.Random(seed)
        c = self.c
        c.saveState()
        c.setFillColorRGB(0, 0, 0)
        xx = x
        while xx < x + w - 3:
            bw = r.choice((0.6, 0.6, 1.2, 1.8))
            c.rect(xx, y, bw, h, stroke=0, fill=1)
            xx += bw + r.choice((0.6, 1.2, 1.8))
        c.restoreState()

    def page(self):
        self.c.showPage()
        self.runs = []
        self.pageno += 1

    def save(self):
        self.c.showPage()
        self.c.save()


def table(
    doc: Doc,
    x,
    y,
    cols,
    rows,
    font="Helvetica",
    bold="Helvetica-Bold",
    size=8.5,
    rowh=13,
    head=True,
    grid=False,
    headfill=None,
    headcolor=None,
    pad=3,
):
    """cols: list of (header, width, align). Returns y below the table."""
    total_w = sum(c[1] for c in cols)
    top = y
    if head:
        if headfill is not None:
            doc.rect(x, y - rowh + 3.5, total_w, rowh, stroke=0, fill=1, fillc=headfill)
        xx = x
        for h, w, a in cols:
            tx = {"l": xx + pad, "r": xx + w - pad, "c": xx + w / 2}[a]
            doc.t(tx, y - rowh + 7, h, bold, size, a, headcolor)
            xx += w
        y -= rowh
        if not grid:
            doc.hline(x, x + total_w, y + 3.5, 0.6)
    for row in rows:
        xx = x
        for (_h, w, a), v in zip(cols, row, strict=False):
            tx = {"l": xx + pad, "r": xx + w - pad, "c": xx + w / 2}[a]
            doc.t(tx, y - rowh + 7, v, font, size, a)
            xx += w
        y -= rowh
    if grid:
        bottom = y + 3.5
        doc.rect(x, bottom, total_w, top - bottom + 3.5, lw=0.5)
        xx = x
        for _h, w, _a in cols[:-1]:
            xx += w
            doc.vline(xx, bottom, top + 3.5, 0.4)
        yy = top + 3.5 - rowh
        n = len(rows) + (1 if head else 0)
        for _ in range(n - 1):
            doc.hline(x, x + total_w, yy, 0.3)
            yy -= rowh
    else:
        doc.hline(x, x + total_w, y + 3.5, 0.4)
    return y


def kv(
    doc: Doc,
    x,
    y,
    pairs,
    lw,
    font="Helvetica",
    bold="Helvetica-Bold",
    size=8.5,
    lead=11.5,
    valign="l",
    vw=0,
):
    """label/value pairs stacked; value at x+lw (left) or right-aligned at x+lw+vw."""
    for k, v in pairs:
        doc.t(x, y, k, bold, size)
        if valign == "l":
            doc.t(x + lw, y, v, font, size)
        else:
            doc.t(x + lw + vw, y, v, font, size, "r")
        y -= lead
    return y


# ---------------------------------------------------------------- receipt rolls


class Roll:
    """A thermal receipt laid out top-down; the page is as long as its content."""

    def __init__(
        self, name: str, width_mm: float, font="DVM", bold="DVMB", size=7.6, margin_mm=3.0
    ):
        self.name = name
        self.W = width_mm * mm
        self.m = margin_mm * mm
        self.font, self.bold, self.size = font, bold, size
        self.ops: list = []
        self.y = 8.0

    @property
    def right(self):
        return self.W - self.m

    def gap(self, h=4):
        self.y += h

    def line(
        self,
        left="",
        right="",
        center="",
        bold=False,
        size=None,
        font=None,
        lead=None,
        mid="",
        midx=None,
    ):
        size = size or self.size
        f = font or (self.bold if bold else self.font)
        self.y += lead or size * 1.32
        y = self.y
        if left:
            self.ops.append(("t", self.m, y, left, f, size, "l"))
        if mid:
            self.ops.append(("t", midx, y, mid, f, size, "r"))
        if right:
            self.ops.append(("t", self.right, y, right, f, size, "r"))
        if center:
            self.ops.append(("t", self.W / 2, y, center, f, size, "c"))

    def cols(self, cells, bold=False, size=None):
        """cells: list of (text, x_frac, align)."""
        size = size or self.size
        f = self.bold if bold else self.font
        self.y += size * 1.32
        for s, xf, a in cells:
            if s:
                self.ops.append(("t", self.m + xf * (self.W - 2 * self.m), self.y, s, f, size, a))

    def sep(self, ch="-", size=None):
        size = size or self.size
        n = int((self.W - 2 * self.m) / stringWidth(ch, self.font, size))
        self.line(center=ch * n, size=size)

    def rule(self, lw=0.6, dash=None):
        self.y += 4
        self.ops.append(("hl", self.y, lw, dash))
        self.y += 2

    def logo_box(self, text, h=22, font="DVB", size=13, inverse=True):
        y0 = self.y + 3
        self.ops.append(("box", self.m + 6, y0, self.W - 2 * self.m - 12, h, inverse))
        self.ops.append(
            (
                "t",
                self.W / 2,
                y0 + h / 2 + size * 0.33,
                text,
                font,
                size,
                "c",
                (1, 1, 1) if inverse else None,
            )
        )
        self.y = y0 + h + 3

    def circle_logo(self, text, r=13):
        y0 = self.y + 3
        self.ops.append(("circ", self.W / 2, y0 + r, r))
        self.ops.append(("t", self.W / 2, y0 + r + 3.2, text, "DVB", 9, "c", (1, 1, 1)))
        self.y = y0 + 2 * r + 3

    def qr(self, size=60, seed=0):
        y0 = self.y + 4
        self.ops.append(("qr", (self.W - size) / 2, y0, size, seed))
        self.y = y0 + size + 2

    def barcode(self, h=26, seed=0):
        y0 = self.y + 4
        self.ops.append(("bar", self.m + 10, y0, self.W - 2 * self.m - 20, h, seed))
        self.y = y0 + h + 2

    def render(self, path):
        H = self.y + 16
        doc = Doc(path, (self.W, H), self.name)
        for op in self.ops:
            k = op[0]
            if k == "t":
                color = op[7] if len(op) > 7 else None
                doc.t(op[1], H - op[2], op[3], op[4], op[5], op[6], color)
            elif k == "hl":
                doc.hline(self.m, self.right, H - op[1], op[2], dash=op[3])
            elif k == "box":
                _, x, y0, w, h, inv = op
                doc.rect(
                    x,
                    H - y0 - h,
                    w,
                    h,
                    stroke=0 if inv else 1,
                    fill=1 if inv else 0,
                    fillc=(0, 0, 0),
                )
            elif k == "circ":
                doc.circle(op[1], H - op[2], op[3])
            elif k == "qr":
                doc.qr(op[1], H - op[2] - op[3], op[3], op[4])
            elif k == "bar":
                doc.barcode(op[1], H - op[2] - op[4], op[3], op[4], op[5])
        doc.save()


# ---------------------------------------------------------------- truth


@dataclass
class Item:
    description: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal = field(default=None)  # type: ignore[assignment]

    def __post_init__(self):
        self.quantity = D(self.quantity)
        self.unit_price = q(self.unit_price)
        if self.amount is None:
            self.amount = q(self.quantity * self.unit_price)
        else:
            self.amount = q(self.amount)

    def key(self):
        qs = self.quantity.normalize()
        qs = f"{qs:f}"
        return {
            "description": self.description,
            "quantity": qs,
            "unit_price": f"{self.unit_price:.2f}",
            "amount": f"{self.amount:.2f}",
        }


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
    tip=Decimal("0"),
    rounding=Decimal("0"),
    country="",
    vtype="",
):
    amount, total = q(amount), q(total)
    vat_v = q(vat) if vat is not None else Decimal("0")
    if amount + vat_v + q(tip) + q(rounding) != total:
        raise AssertionError(f"arithmetic: {amount} + {vat_v} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": f"{amount:.2f}",
        "vat": f"{q(vat):.2f}" if vat is not None else None,
        "total": f"{total:.2f}",
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": doctype,
        "line_items": [i.key() for i in items],
        "note": note,
        "kind": kind,
        "_country": country,
        "_type": vtype,
    }


# ---------------------------------------------------------------- rendering and degradation


def render_pdf(pdf_path, dpi, grey=False) -> np.ndarray:
    pdf = pdfium.PdfDocument(str(pdf_path))
    page = pdf[0]
    img = page.render(scale=dpi / 72.0, grayscale=grey).to_pil()
    page.close()
    pdf.close()
    arr = np.array(img.convert("L" if grey else "RGB"))
    return arr


def _rng(name):
    s = zlib.crc32(name.encode())
    return random.Random(s), np.random.default_rng(s)


def scan(  # noqa: C901
    name,
    pdf_path,
    *,
    dpi=200,
    grey=True,
    skew=None,
    blur=0.7,
    noise=6.0,
    specks=40,
    thermal=False,
    downscale_w=None,
    tone=None,
):
    """Flatbed scan: skew, blur, noise, specks, optional thermal fading and downscale."""
    r, nr = _rng(name + ":scan")
    a = render_pdf(pdf_path, dpi, grey).astype(np.float32)
    if a.ndim == 2:
        a = a[..., None]
    h, w = a.shape[:2]
    pad = int(0.04 * max(h, w)) if not thermal else int(0.06 * w)
    bg = 246.0 if not thermal else 232.0
    canvas_ = np.full((h + 2 * pad, w + 2 * pad, a.shape[2]), bg, np.float32)
    canvas_[pad : pad + h, pad : pad + w] = a
    if thermal:
        # darker scanner lid around the paper strip
        canvas_[:, :pad] = 70.0
        canvas_[:, pad + w :] = 70.0
    a = canvas_
    if thermal:
        hh, ww = a.shape[:2]
        fade = np.linspace(r.uniform(0.55, 0.75), r.uniform(0.85, 1.0), hh, dtype=np.float32)
        if r.random() < 0.5:
            fade = fade[::-1]
        col = 1.0 - 0.18 * np.exp(
            -((np.arange(ww) - ww * r.uniform(0.3, 0.7)) ** 2) / (2 * (ww * 0.25) ** 2)
        )
        ink = 255.0 - a[:, pad : pad + w]
        ink *= fade[:, None, None] * col[None, pad : pad + w, None]
        a[:, pad : pad + w] = 255.0 - ink
    ang = skew if skew is not None else r.uniform(-2.0, 2.0)
    hh, ww = a.shape[:2]
    M = cv2.getRotationMatrix2D((ww / 2, hh / 2), ang, 1.0)
    border = tuple([bg] * a.shape[2]) if not thermal else tuple([70.0] * a.shape[2])
    a = cv2.warpAffine(
        a, M, (ww, hh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )
    if a.ndim == 2:
        a = a[..., None]
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
        if a.ndim == 2:
            a = a[..., None]
    a = a + nr.normal(0, noise, a.shape).astype(np.float32)
    for _ in range(specks):
        x, y = r.randrange(ww), r.randrange(hh)
        rad = r.choice((1, 1, 2, 3))
        cv2.circle(a, (x, y), rad, tuple([r.uniform(20, 90)] * a.shape[2]), -1)
    if tone is not None and a.shape[2] == 3:
        a = a * np.array(tone, np.float32)[None, None, :]
    a = np.clip(a, 0, 255).astype(np.uint8)
    if a.shape[2] == 1:
        a = a[..., 0]
    img = Image.fromarray(a)
    if downscale_w:
        img = img.resize((downscale_w, round(img.height * downscale_w / img.width)), Image.LANCZOS)
    return img


def photo(name, pdf_path, *, dpi=220, long_side=2000, bg="wood", fold=True, shadow=True):
    """Phone photo: perspective onto a textured background, uneven light, shadow, fold, JPEG."""
    r, nr = _rng(name + ":photo")
    doc = render_pdf(pdf_path, dpi, False).astype(np.float32)
    h, w = doc.shape[:2]
    # paper tint and fold
    doc *= np.array([1.0, 0.985, 0.95], np.float32)[None, None, :]
    if fold:
        fy = int(h * r.uniform(0.35, 0.65))
        band = np.exp(-((np.arange(h) - fy) ** 2) / (2 * (h * 0.004) ** 2)).astype(np.float32)
        doc *= (1.0 - 0.22 * band)[:, None, None]
        doc[fy:] *= 0.97
    # output canvas
    if h >= w:
        H, W = long_side, int(long_side * r.uniform(0.72, 0.78))
    else:
        W, H = long_side, int(long_side * r.uniform(0.72, 0.78))
    base = {
        "wood": (120, 86, 58),
        "desk": (170, 170, 165),
        "cloth": (60, 70, 95),
        "marble": (205, 200, 195),
    }[bg]
    tex = nr.normal(0, 1, (H // 8 + 1, W // 8 + 1)).astype(np.float32)
    tex = cv2.resize(tex, (W, H), interpolation=cv2.INTER_CUBIC)
    if bg == "wood":
        grain = np.sin(np.linspace(0, r.uniform(40, 70), H))[:, None].astype(np.float32) * 10
        tex = tex * 8 + grain
    else:
        tex = tex * 7
    out = np.stack([np.full((H, W), c, np.float32) for c in base], axis=2) + tex[..., None]
    # document quad: fill ~80 % of the frame
    scale = min(W * 0.84 / w, H * 0.88 / h)
    dw, dh = w * scale, h * scale
    cx, cy = W / 2 + r.uniform(-0.03, 0.03) * W, H / 2 + r.uniform(-0.02, 0.02) * H
    jit = lambda: r.uniform(-0.035, 0.035) * min(W, H)  # noqa: E731
    dst = np.float32(
        [
            [cx - dw / 2 + jit(), cy - dh / 2 + jit()],
            [cx + dw / 2 + jit(), cy - dh / 2 + jit()],
            [cx + dw / 2 + jit(), cy + dh / 2 + jit()],
            [cx - dw / 2 + jit(), cy + dh / 2 + jit()],
        ]
    )
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # soft drop shadow of the paper
    sh = cv2.GaussianBlur(mask, (0, 0), 9)
    sh = np.roll(np.roll(sh, 8, axis=0), 6, axis=1)
    out *= (1 - 0.35 * sh)[..., None]
    out = out * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = r.uniform(0.2, 0.8) * W, r.uniform(0.1, 0.5) * H
    light = 1.08 - 0.28 * np.sqrt(((xx - lx) / W) ** 2 + ((yy - ly) / H) ** 2)
    out *= light[..., None]
    if shadow:
        # a soft hand/phone shadow across one corner
        pts = np.array(
            [
                [0, H],
                [int(W * r.uniform(0.3, 0.5)), H],
                [int(W * r.uniform(0.05, 0.2)), int(H * r.uniform(0.6, 0.75))],
                [0, int(H * r.uniform(0.55, 0.7))],
            ],
            np.int32,
        )
        if r.random() < 0.5:
            pts[:, 0] = W - pts[:, 0]
        sm = np.zeros((H, W), np.float32)
        cv2.fillPoly(sm, [pts], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), 40)
        out *= (1 - 0.3 * sm)[..., None]
    out *= np.array([1.02, 1.0, 0.94], np.float32)[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), r.uniform(0.5, 0.9))
    out += nr.normal(0, 3.5, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    return Image.fromarray(out)


def save_img(img: Image.Image, path: Path, quality=None):
    if path.suffix == ".jpg":
        img.convert("RGB").save(path, "JPEG", quality=quality or 80, optimize=False)
    else:
        img.save(path, "PNG", optimize=False)


def image_pdf(img: Image.Image, path: Path, dpi: int):
    """Embed a degraded scan as the only content of a PDF page."""
    wpt, hpt = img.width * 72.0 / dpi, img.height * 72.0 / dpi
    c = canvas.Canvas(str(path), pagesize=(wpt, hpt), invariant=1)
    buf = io.BytesIO()
    img.convert("RGB" if img.mode != "L" else "L").save(buf, "PNG")
    buf.seek(0)
    c.drawImage(ImageReader(buf), 0, 0, wpt, hpt)
    c.showPage()
    c.save()


# ================================================================ invoices


def _sum(items):
    return sum((i.amount for i in items), Decimal("0"))


def i01(pdf):
    """NL hosting provider, header table labels-row / values-row."""
    name = "i01"
    vendor = "Kaasbeek Hosting B.V."
    items = [
        Item("VPS Performance 8 GB (maart 2026)", 1, "39.95"),
        Item("Extra IPv4-adres", 2, "2.50"),
        Item("Back-up opslag 250 GB", 1, "12.00"),
        Item("Domeinregistratie kaasbeek-klant.nl", 1, "8.99"),
    ]
    net = _sum(items)
    vat = q(net * D("0.21"))
    total = net + vat
    d = Doc(pdf, A4, name)
    W, H = A4
    d.rect(40, H - 88, 30, 30, stroke=0, fill=1, fillc=(0.95, 0.55, 0.1))
    d.t(78, H - 72, "kaasbeek", "DVB", 22, color=(0.15, 0.15, 0.2))
    d.t(78, H - 86, "hosting · domeinen · cloud", "DV", 7.5, color=(0.4, 0.4, 0.4))
    d.lines(
        W - 40,
        H - 60,
        ["Kaasbeek Hosting B.V.", "Keizersgracht 412", "1016 GC Amsterdam", "support@kaasbeek.nl"],
        "DV",
        8,
        align="r",
    )
    d.lines(
        40,
        H - 150,
        [
            "Bakkerij De Zoete Inval V.O.F.",
            "t.a.v. administratie",
            "Langestraat 7",
            "3511 HK Utrecht",
        ],
        "DV",
        9.5,
    )
    d.t(40, H - 240, "Factuur", "DVB", 20)
    labels = ["Factuurnummer", "Factuurdatum", "Vervaldatum", "Klantnummer", "Periode"]
    vals = [
        "2026-031872",
        dfmt("2026-03-02", "DD-MM-YYYY"),
        dfmt("2026-03-16", "DD-MM-YYYY"),
        "KB-48213",
        "03-2026",
    ]
    x = 40
    cw = (W - 80) / 5
    d.rect(40, H - 292, W - 80, 36, lw=0.5, strokec=(0.7, 0.7, 0.7))
    for i, (lab, v) in enumerate(zip(labels, vals, strict=False)):
        d.t(x + i * cw + 6, H - 270, lab, "DV", 7.5, color=(0.45, 0.45, 0.45))
        d.t(x + i * cw + 6, H - 285, v, "DVB", 9)
    cols = [
        ("Omschrijving", 250, "l"),
        ("Aantal", 50, "r"),
        ("Prijs", 80, "r"),
        ("BTW", 45, "r"),
        ("Bedrag", W - 80 - 425, "r"),
    ]
    rows = [
        [
            i.description,
            fmt(i.quantity, "de", 0),
            "€ " + fmt(i.unit_price, "de"),
            "21%",
            "€ " + fmt(i.amount, "de"),
        ]
        for i in items
    ]
    y = table(d, 40, H - 320, cols, rows, "DV", "DVB", 8.5, 16, headfill=(0.93, 0.93, 0.93))
    y -= 14
    for lab, v, f in (
        ("Subtotaal", net, "DV"),
        ("BTW 21% over € " + fmt(net, "de"), vat, "DV"),
        ("Totaal te betalen", total, "DVB"),
    ):
        d.t(W - 150, y, lab, f, 9, "r")
        d.t(W - 44, y, "€ " + fmt(v, "de"), f, 9, "r")
        y -= 15
    d.t(
        40,
        y - 20,
        "Het bedrag wordt op of na "
        + dfmt("2026-03-16", "DD-MM-YYYY")
        + " automatisch afgeschreven van uw rekening NL** RABO **** **** 31.",
        "DV",
        8,
    )
    d.hline(40, W - 40, 62, 0.4, (0.6, 0.6, 0.6))
    d.t(
        40,
        48,
        "Kaasbeek Hosting B.V. · KvK 71845523 · BTW NL858912634B01 · IBAN NL41 INGB 0006 8423 17 · BIC INGBNL2A",
        "DV",
        7,
        color=(0.4, 0.4, 0.4),
    )
    d.save()
    return truth(
        number="2026-031872",
        date="2026-03-02",
        due="2026-03-16",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        doctype="invoice",
        items=items,
        note="Header table: five labels in one row, values in the row below; customer number and period next to the invoice number.",
        kind="",
        country="NL",
        vtype="hosting",
    )


def i02(pdf):
    """FR SaaS invoice printed by a Factur-X viewer (BT- labelled values)."""
    name = "i02"
    vendor = "Nuagéo SAS"
    items = [
        Item("Abonnement Nuagéo Pro – 12 utilisateurs", 12, "18.00"),
        Item("Module signature électronique", 1, "49.00"),
        Item("Stockage additionnel 500 Go", 1, "25.00"),
    ]
    net = _sum(items)
    vat = q(net * D("0.20"))
    total = net + vat
    d = Doc(pdf, A4, name)
    W, H = A4
    d.t(40, H - 50, "Visualisation de la facture électronique", "Helvetica-Bold", 14)
    d.t(
        40,
        H - 66,
        "Format : Factur-X 1.0.07 (profil EN 16931) – fichier facture_FA-2026-004317.pdf",
        "Helvetica",
        8,
        color=(0.35, 0.35, 0.35),
    )
    d.hline(40, W - 40, H - 74, 1.0, (0.2, 0.3, 0.6))

    def section(y, title):
        d.rect(40, y - 4, W - 80, 15, stroke=0, fill=1, fillc=(0.88, 0.91, 0.97))
        d.t(46, y, title, "Helvetica-Bold", 9)
        return y - 17

    def rows(y, pairs, x=46, lw=210):
        for k, v in pairs:
            d.t(x, y, k, "Helvetica", 8.2, color=(0.3, 0.3, 0.3))
            d.t(x + lw, y, v, "Helvetica", 8.2)
            y -= 12
        return y

    y = section(H - 96, "En-tête de facture")
    y = rows(
        y,
        [
            ("BT-1 Numéro de facture", "FA-2026-004317"),
            ("BT-2 Date d'émission", "05/02/2026"),
            ("BT-3 Code de type de facture", "380 (Facture commerciale)"),
            ("BT-5 Code de devise", "EUR"),
            ("BT-9 Date d'échéance", "07/03/2026"),
            ("BT-13 Référence de commande", "BC-77120"),
        ],
    )
    y = section(y - 6, "BG-4 Vendeur")
    y = rows(
        y,
        [
            ("BT-27 Raison sociale", vendor),
            ("BT-35 Adresse", "18 rue des Tanneurs, 69002 Lyon, FR"),
            ("BT-30 SIREN", "852 417 309"),
            ("BT-31 N° TVA intracommunautaire", "FR27852417309"),
        ],
    )
    y = section(y - 6, "BG-7 Acheteur")
    y = rows(
        y,
        [
            ("BT-44 Raison sociale", "Cabinet Morel & Associés SARL"),
            ("BT-50 Adresse", "4 place Bellecour, 69002 Lyon, FR"),
            ("BT-48 N° TVA intracommunautaire", "FR61432118905"),
        ],
    )
    y = section(y - 6, "BG-25 Lignes de facture")
    cols = [
        ("BT-126", 40, "l"),
        ("BT-153 Désignation", 215, "l"),
        ("BT-129 Qté", 55, "r"),
        ("BT-146 Prix net", 70, "r"),
        ("BT-152 TVA", 45, "r"),
        ("BT-131 Montant HT", W - 80 - 425, "r"),
    ]
    r_ = [
        [
            str(n + 1),
            i.description,
            fmt(i.quantity, "fr", 0),
            fmt(i.unit_price, "fr"),
            "20 %",
            fmt(i.amount, "fr"),
        ]
        for n, i in enumerate(items)
    ]
    y = table(d, 40, y + 8, cols, r_, "Helvetica", "Helvetica-Bold", 7.8, 14)
    y = section(y - 10, "BG-22 Totaux du document")
    y = rows(
        y,
        [
            ("BT-106 Somme des montants nets des lignes", fmt(net, "fr") + " EUR"),
            ("BT-109 Montant total hors TVA", fmt(net, "fr") + " EUR"),
            ("BT-110 Montant total de la TVA", fmt(vat, "fr") + " EUR"),
            ("BT-112 Montant total TVA comprise", fmt(total, "fr") + " EUR"),
            ("BT-115 Montant à payer", fmt(total, "fr") + " EUR"),
        ],
        lw=260,
    )
    y = section(y - 6, "BG-23 Ventilation de la TVA")
    y = rows(
        y,
        [
            ("BT-116 Base d'imposition (S, 20 %)", fmt(net, "fr")),
            ("BT-117 Montant de TVA", fmt(vat, "fr")),
        ],
        lw=260,
    )
    y = section(y - 6, "BG-16 Instructions de paiement")
    y = rows(
        y,
        [
            ("BT-81 Moyen de paiement", "58 – Virement SEPA"),
            ("BT-84 IBAN", "FR76 1027 8073 1100 0204 5870 118"),
            (
                "BT-20 Conditions de paiement",
                "30 jours date de facture, pas d'escompte pour paiement anticipé",
            ),
        ],
    )
    d.t(
        40,
        40,
        "Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.",
        "Helvetica",
        7,
        color=(0.4, 0.4, 0.4),
    )
    d.save()
    return truth(
        number="FA-2026-004317",
        date="2026-02-05",
        due="2026-03-07",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        doctype="invoice",
        items=items,
        note="Factur-X viewer print: every value behind a BT- label; order reference and SIREN near the number; totals repeated (BT-112/BT-115).",
        kind="",
        country="FR",
        vtype="SaaS",
    )


def i03(pdf):
    """DE freight forwarder, XRechnung viewer print over two pages, surcharge and prepayment."""
    name = "i03"
    vendor = "Hanse Spedition Kühl GmbH"
    items = [
        Item("Teilladung Bremen – Kassel, 6 Lademeter", 1, "845.00"),
        Item("Avis-Zustellung mit Terminvereinbarung", 1, "35.00"),
        Item("Palettentausch Europaletten", 14, "1.80"),
        Item("Standgeld Entladestelle (je angef. Std.)", 2, "55.00"),
    ]
    lines_net = _sum(items)
    surcharge = q(lines_net * D("0.085"))
    net = lines_net + surcharge
    vat = q(net * D("0.19"))
    total = net + vat
    prepaid = D("500.00")
    due_amt = total - prepaid
    d = Doc(pdf, A4, name)
    W, H = A4
    F, FB = "DVC", "DVCB"

    def head(title, y):
        d.t(40, y, title, FB, 11, color=(0.1, 0.25, 0.45))
        d.hline(40, W - 40, y - 4, 0.8, (0.1, 0.25, 0.45))
        return y - 18

    def grid(y, pairs, x=40, lw=230):
        for k, v in pairs:
            d.t(x, y, k, F, 8.3, color=(0.35, 0.35, 0.35))
            d.t(x + lw, y, v, F, 8.3)
            y -= 12.5
        return y

    d.t(40, H - 46, "XRechnung – Visualisierung", FB, 15)
    d.t(W - 40, H - 46, "Seite 1 von 2", F, 8, "r")
    d.t(
        40,
        H - 60,
        "Erzeugt aus xrechnung_RE-26-11873.xml (Standard: urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0)",
        F,
        6.8,
        color=(0.4, 0.4, 0.4),
    )
    y = head("Käufer", H - 90)
    grid(
        y,
        [
            ("Leitweg-ID (BT-10)", "05315-11002-47"),
            ("Name (BT-44)", "Stadt Kassel – Amt für Stadtreinigung"),
            ("Anschrift (BT-50/53/52)", "Obere Königsstraße 8, 34117 Kassel"),
            ("Kontakt (BT-56)", "Frau Lindner, 0561 787-4410"),
        ],
        lw=120,
    )
    y = head("Verkäufer", y - 60)
    grid(
        y,
        [
            ("Firmenname (BT-27)", vendor),
            ("Anschrift (BT-35/38/37)", "Cuxhavener Str. 90, 28217 Bremen"),
            ("USt-IdNr. (BT-31)", "DE298441753"),
            ("Registernummer (BT-30)", "HRB 30418 HB"),
        ],
        lw=120,
    )
    y = head("Rechnungsdaten", y - 60)
    y = grid(
        y,
        [
            ("Rechnungsnummer (BT-1)", "RE-26-11873"),
            ("Rechnungsdatum (BT-2)", "19.01.2026"),
            ("Rechnungsart (BT-3)", "380 – Rechnung"),
            ("Währung (BT-5)", "EUR"),
            ("Leistungsdatum (BT-72)", "14.01.2026"),
            ("Bestellnummer (BT-13)", "SR-2026-0042"),
        ],
    )
    y = head("Gesamtbeträge der Rechnung", y - 8)
    pairs = [
        ("Summe der Nettobeträge aller Positionen (BT-106)", lines_net),
        ("Summe der Nachlässe auf Dokumentenebene (BT-107)", D("0")),
        ("Summe der Zuschläge auf Dokumentenebene (BT-108)", surcharge),
        ("Gesamtsumme ohne Umsatzsteuer (BT-109)", net),
        ("Summe Umsatzsteuer (BT-110)", vat),
        ("Gesamtsumme mit Umsatzsteuer (BT-112)", total),
        ("Gezahlter Betrag (BT-113)", prepaid),
        ("Fälliger Betrag (BT-115)", due_amt),
    ]
    for k, v in pairs:
        d.t(40, y, k, F, 8.3, color=(0.35, 0.35, 0.35))
        d.t(W - 40, y, fmt(v, "de") + " EUR", FB if "BT-115" in k or "BT-112" in k else F, 8.3, "r")
        y -= 12.5
    y = head("Zuschläge auf Dokumentenebene", y - 8)
    grid(
        y,
        [
            ("Grund (BT-105)", "Dieselfloater / Treibstoffzuschlag 8,5 %"),
            ("Basisbetrag (BT-100)", fmt(lines_net, "de") + " EUR"),
            ("Betrag (BT-99)", fmt(surcharge, "de") + " EUR"),
            ("Umsatzsteuer (BT-102/103)", "S – 19 %"),
        ],
    )
    d.page()
    d.t(40, H - 46, "XRechnung – Visualisierung", FB, 15)
    d.t(W - 40, H - 46, "Seite 2 von 2", F, 8, "r")
    y = head("Rechnungspositionen", H - 80)
    for n, it in enumerate(items, 1):
        d.t(40, y, f"Position {n}", FB, 8.6)
        y = grid(
            y - 13,
            [
                ("Bezeichnung (BT-153)", it.description),
                (
                    "Menge (BT-129)",
                    fmt(it.quantity, "de", 0) + (" Std." if "Std" in it.description else " Stk."),
                ),
                ("Preis pro Einheit netto (BT-146)", fmt(it.unit_price, "de") + " EUR"),
                ("Gesamtpreis netto (BT-131)", fmt(it.amount, "de") + " EUR"),
                ("Umsatzsteuer (BT-151/152)", "S – 19 %"),
            ],
            x=52,
            lw=200,
        )
        y -= 4
    y = head("Aufschlüsselung der Umsatzsteuer", y - 4)
    y = grid(
        y,
        [
            ("Kategorie (BT-118)", "S – Normalsatz 19 %"),
            ("Gesamtbetrag netto (BT-116)", fmt(net, "de") + " EUR"),
            ("Steuerbetrag (BT-117)", fmt(vat, "de") + " EUR"),
        ],
    )
    y = head("Zahlungsdaten", y - 8)
    y = grid(
        y,
        [
            ("Zahlungsart (BT-81)", "58 – SEPA-Überweisung"),
            ("IBAN (BT-84)", "DE44 2905 0101 0012 8840 93"),
            ("BIC (BT-86)", "SBREDE22XXX"),
            ("Verwendungszweck (BT-83)", "RE-26-11873 / SR-2026-0042"),
        ],
    )
    y = head("Zahlungsbedingungen", y - 8)
    grid(
        y,
        [
            ("Fälligkeitsdatum (BT-9)", "18.02.2026"),
            ("Zahlungsbedingungen (BT-20)", "Zahlbar innerhalb 30 Tagen ohne Abzug."),
            ("Hinweis", "Abschlagszahlung vom 05.01.2026 über 500,00 EUR verrechnet."),
        ],
    )
    d.save()
    return truth(
        number="RE-26-11873",
        date="2026-01-19",
        due="2026-02-18",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        doctype="invoice",
        items=items,
        note="XRechnung viewer, 2 pages; Leitweg-ID and order number near the number; document-level fuel surcharge is part of the net (BT-109); prepayment deducted, total keyed as BT-112 gross, not BT-115 amount due.",
        kind="",
        country="DE",
        vtype="freight",
    )


def i04(pdf):
    """DE wholesaler letter with sender line above the window; 7 % and 19 % VAT."""
    name = "i04"
    vendor = "Getränke Albers Großhandel GmbH"
    it19 = [
        Item("Mineralwasser still 12x0,75 l Glas", 20, "6.90"),
        Item("Apfelschorle 24x0,33 l", 8, "11.40"),
        Item("Cola 24x0,33 l Glas", 6, "14.20"),
    ]
    it7 = [Item("Kaffeebohnen Crema 1 kg", 10, "13.85"), Item("Zucker-Sticks 1000 Stk.", 2, "9.60")]
    n19, n7 = _sum(it19), _sum(it7)
    v19, v7 = q(n19 * D("0.19")), q(n7 * D("0.07"))
    net = n19 + n7
    vat = v19 + v7
    total = net + vat
    d = Doc(pdf, A4, name)
    W, H = A4
    d.t(W - 40, H - 60, "ALBERS", "Times-Bold", 30, "r", (0.1, 0.3, 0.15))
    d.t(W - 40, H - 74, "Getränke · Kaffee · Gastronomiebedarf", "Times-Italic", 9, "r")
    d.t(
        57,
        H - 130,
        "Getränke Albers Großhandel GmbH · Hafenweg 12 · 49084 Osnabrück",
        "Helvetica",
        6.5,
    )
    d.hline(
        57,
        57
        + stringWidth(
            "Getränke Albers Großhandel GmbH · Hafenweg 12 · 49084 Osnabrück", "Helvetica", 6.5
        ),
        H - 132.5,
        0.3,
    )
    d.lines(
        57,
        H - 150,
        ["Café Lindenblüte", "Inh. Sabine Krüger", "Lindenstraße 23", "49074 Osnabrück"],
        "Helvetica",
        10,
        13,
    )
    kv(
        d,
        360,
        H - 150,
        [
            ("Rechnung Nr.", "204711"),
            ("Kunden-Nr.", "10388"),
            ("Lieferschein-Nr.", "LS 88120"),
            ("Datum", "09.02.2026"),
            ("Ihr Ansprechpartner", "Herr Wessels"),
        ],
        95,
        "Helvetica",
        "Helvetica",
        9,
        13,
    )
    d.t(57, H - 250, "Rechnung", "Helvetica-Bold", 14)
    d.t(
        57,
        H - 268,
        "Sehr geehrte Frau Krüger, für unsere Lieferung vom 06.02.2026 berechnen wir Ihnen:",
        "Helvetica",
        9,
    )
    cols = [
        ("Pos.", 30, "l"),
        ("Artikel", 215, "l"),
        ("Menge", 50, "r"),
        ("Einzelpreis", 70, "r"),
        ("USt", 35, "r"),
        ("Gesamt", 81, "r"),
    ]
    rows = []
    for n, (it, r_) in enumerate([(i, "19%") for i in it19] + [(i, "7%") for i in it7], 1):
        rows.append(
            [
                str(n),
                it.description,
                fmt(it.quantity, "de", 0),
                fmt(it.unit_price, "de"),
                r_,
                fmt(it.amount, "de"),
            ]
        )
    y = table(d, 57, H - 285, cols, rows, "Helvetica", "Helvetica-Bold", 8.8, 15)
    y -= 10
    for lab, v in (
        ("Nettobetrag 19 %", n19),
        ("Nettobetrag 7 %", n7),
        ("Summe netto", net),
        ("zzgl. 19 % USt", v19),
        ("zzgl. 7 % USt", v7),
    ):
        d.t(400, y, lab, "Helvetica", 9, "r")
        d.t(538, y, fmt(v, "de") + " €", "Helvetica", 9, "r")
        y -= 13
    d.hline(330, 538, y + 8, 0.8)
    d.t(400, y - 4, "Rechnungsbetrag", "Helvetica-Bold", 10, "r")
    d.t(538, y - 4, fmt(total, "de") + " €", "Helvetica-Bold", 10, "r")
    y -= 34
    sk = q(total * D("0.98"))
    d.lines(
        57,
        y,
        [
            "Zahlbar bis 23.02.2026 abzüglich 2 % Skonto ("
            + fmt(sk, "de")
            + " €) oder bis 11.03.2026 netto.",
            "Leergut wird gesondert gutgeschrieben. Es gelten unsere Allgemeinen Geschäftsbedingungen.",
        ],
        "Helvetica",
        8.8,
    )
    d.hline(57, 538, 78, 0.3)
    d.lines(
        57,
        66,
        ["Getränke Albers Großhandel GmbH", "Hafenweg 12, 49084 Osnabrück", "Tel. 0541 33 58 20"],
        "Helvetica",
        6.8,
        8.5,
    )
    d.lines(
        235,
        66,
        ["Geschäftsführer: Jan Albers", "Amtsgericht Osnabrück HRB 21187", "USt-IdNr. DE117524396"],
        "Helvetica",
        6.8,
        8.5,
    )
    d.lines(
        400,
        66,
        ["Sparkasse Osnabrück", "IBAN DE62 2655 0105 0000 4471 20", "BIC NOLADE22XXX"],
        "Helvetica",
        6.8,
        8.5,
    )
    d.save()
    return truth(
        number="204711",
        date="2026-02-09",
        due="2026-03-11",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        doctype="invoice",
        items=it19 + it7,
        note="Letter with sender line above the window; customer and delivery-note numbers next to the invoice number; two VAT rates summed; Skonto amount and two dates in the payment line (due = net date).",
        kind="",
        country="DE",
        vtype="wholesale",
    )


def i05(pdf):
    """IN GST tax invoice, intra-state (CGST + SGST), round off."""
    vendor = "Shree Ganesh Traders Pvt. Ltd."
    items = [
        Item("Stainless Steel Kadai 28 cm", 24, "645.00"),
        Item("Pressure Cooker 5 L", 12, "1389.00"),
        Item("Non-stick Tawa 30 cm", 30, "412.50"),
    ]
    net = _sum(items)
    cg = q(net * D("0.09"))
    sg = q(net * D("0.09"))
    gross = net + cg + sg
    total = q0(gross)
    ro = total - gross
    d = Doc(pdf, A4, "i05")
    W, H = A4
    d.rect(30, 30, W - 60, H - 60, lw=0.8)
    d.t(W / 2, H - 52, "TAX INVOICE", "Helvetica-Bold", 13, "c")
    d.t(W - 36, H - 52, "ORIGINAL FOR RECIPIENT", "Helvetica", 6.5, "r")
    d.t(W / 2, H - 72, vendor.upper(), "Helvetica-Bold", 15, "c")
    d.t(
        W / 2,
        H - 86,
        "Plot 44, MIDC Bhosari, Pune, Maharashtra 411026  |  Ph: 020-27120455",
        "Helvetica",
        8,
        "c",
    )
    d.t(
        W / 2,
        H - 97,
        "GSTIN: 27AAFCS4417K1Z6   PAN: AAFCS4417K   CIN: U51909PN2011PTC139822",
        "Helvetica",
        8,
        "c",
    )
    d.hline(30, W - 30, H - 104, 0.8)
    kv(
        d,
        36,
        H - 118,
        [
            ("Invoice No.", "SGT/25-26/1874"),
            ("Invoice Date", "17-02-2026"),
            ("Due Date", "19-03-2026"),
            ("Place of Supply", "Maharashtra (27)"),
        ],
        80,
        "Helvetica",
        "Helvetica-Bold",
        8.5,
        12,
    )
    kv(
        d,
        300,
        H - 118,
        [
            ("Buyer's Order No.", "PO/HM/0912"),
            ("Dispatched via", "VRL Logistics"),
            ("E-Way Bill No.", "6512 4471 9083"),
            ("Reverse Charge", "No"),
        ],
        95,
        "Helvetica",
        "Helvetica-Bold",
        8.5,
        12,
    )
    d.hline(30, W - 30, H - 166, 0.8)
    d.t(36, H - 180, "Bill To:", "Helvetica-Bold", 8.5)
    d.lines(
        36,
        H - 193,
        [
            "Hotel Mayur Residency",
            "FC Road, Shivajinagar, Pune 411005",
            "GSTIN: 27AAGFH2290M1ZQ  State: Maharashtra, Code 27",
        ],
        "Helvetica",
        8.5,
        11,
    )
    cols = [
        ("Sr", 20, "c"),
        ("Description of Goods", 128, "l"),
        ("HSN", 38, "c"),
        ("Qty", 28, "r"),
        ("Rate", 50, "r"),
        ("Taxable Value", 64, "r"),
        ("CGST 9%", 54, "r"),
        ("SGST 9%", 54, "r"),
        ("Amount", W - 72 - 436, "r"),
    ]
    rows = []
    for n, it in enumerate(items, 1):
        c_, s_ = q(it.amount * D("0.09")), q(it.amount * D("0.09"))
        rows.append(
            [
                str(n),
                it.description,
                ["7323", "7615", "7323"][n - 1],
                fmt(it.quantity, "in", 0),
                fmt(it.unit_price, "in"),
                fmt(it.amount, "in"),
                fmt(c_, "in"),
                fmt(s_, "in"),
                fmt(it.amount + c_ + s_, "in"),
            ]
        )
    rows.append(
        [
            "",
            "Total",
            "",
            str(sum(int(i.quantity) for i in items)),
            "",
            fmt(net, "in"),
            fmt(cg, "in"),
            fmt(sg, "in"),
            fmt(gross, "in"),
        ]
    )
    y = table(
        d,
        36,
        H - 240,
        cols,
        rows,
        "Helvetica",
        "Helvetica-Bold",
        7.6,
        15,
        grid=True,
        headfill=(0.9, 0.9, 0.9),
    )
    y -= 14
    for lab, v, f in (
        ("Taxable Amount", net, "Helvetica"),
        ("Add: CGST @ 9%", cg, "Helvetica"),
        ("Add: SGST @ 9%", sg, "Helvetica"),
        ("Round Off", ro, "Helvetica"),
        ("Grand Total (Rs.)", total, "Helvetica-Bold"),
    ):
        d.t(460, y, lab, f, 9, "r")
        d.t(
            W - 40,
            y,
            (("+" if v > 0 else "") if lab == "Round Off" else "") + fmt(v, "in"),
            f,
            9,
            "r",
        )
        y -= 13
    d.t(
        36,
        y - 8,
        "Amount in words: Rupees Fifty Two Thousand Five Hundred Thirty Seven Only",
        "Helvetica-Oblique",
        8.5,
    )
    d.lines(
        36,
        y - 36,
        [
            "Bank: HDFC Bank, Bhosari Branch  A/c No. 50200031774129  IFSC HDFC0001182",
            "Terms: Payment within 30 days. Interest @18% p.a. on delayed payments. Subject to Pune jurisdiction.",
        ],
        "Helvetica",
        7.5,
        10,
    )
    d.t(W - 40, 70, "For SHREE GANESH TRADERS PVT. LTD.", "Helvetica-Bold", 8, "r")
    d.t(W - 40, 42, "Authorised Signatory", "Helvetica", 8, "r")
    d.save()
    assert total == D("52537"), total
    return truth(
        number="SGT/25-26/1874",
        date="2026-02-17",
        due="2026-03-19",
        vendor=vendor,
        amount=net,
        vat=cg + sg,
        total=total,
        currency="INR",
        locale="en-IN",
        layout="invoice",
        doctype="invoice",
        items=items,
        note="GST invoice with CGST+SGST columns, Indian digit grouping, round-off line to the rupee (rounding), buyer's order and e-way bill numbers beside the invoice number.",
        kind="",
        country="IN",
        vtype="wholesale",
        rounding=ro,
    )


def i06(pdf):
    """IN freight forwarder, IGST 18 %, labels row / values row."""
    vendor = "Oceanic Cargo Movers LLP"
    items = [
        Item("Ocean freight handling charges (SAC 996521)", 1, "18500.00"),
        Item("Customs clearance – export (SAC 996713)", 1, "6750.00"),
        Item("Container stuffing & documentation", 1, "4200.00"),
        Item("Local cartage JNPT (per trip)", 2, "3150.00"),
    ]
    net = _sum(items)
    igst = q(net * D("0.18"))
    total = net + igst
    d = Doc(pdf, A4, "i06")
    W, H = A4
    d.rect(40, H - 92, W - 80, 52, stroke=0, fill=1, fillc=(0.05, 0.2, 0.4))
    d.t(52, H - 66, "OCEANIC", "Helvetica-Bold", 22, color=(1, 1, 1))
    d.t(52, H - 82, "CARGO MOVERS LLP", "Helvetica", 9, color=(1, 1, 1))
    d.lines(
        W - 52,
        H - 56,
        [
            "Unit 1207, Arihant Aura, Turbhe",
            "Navi Mumbai, Maharashtra 400705",
            "GSTIN 27AAGFO8812R1Z3",
        ],
        "Helvetica",
        7.8,
        10,
        "r",
        (1, 1, 1),
    )
    d.t(W / 2, H - 118, "TAX INVOICE", "Helvetica-Bold", 12, "c")
    labels = ["Invoice No", "Invoice Date", "Job No", "Due Date", "Place of Supply"]
    vals = ["OCM/2526/03318", "04/03/2026", "EXP-JNPT-8841", "03/04/2026", "Karnataka (29)"]
    cw = (W - 80) / 5
    for i, (lab, v) in enumerate(zip(labels, vals, strict=False)):
        d.rect(40 + i * cw, H - 160, cw, 30, lw=0.5)
        d.t(40 + i * cw + 4, H - 141, lab, "Helvetica-Bold", 7.5)
        d.t(40 + i * cw + 4, H - 154, v, "Helvetica", 8.5)
    d.t(40, H - 180, "Billed to", "Helvetica-Bold", 8.5)
    d.lines(
        40,
        H - 192,
        [
            "Kaveri Textiles Exports Pvt Ltd",
            "No. 48, Peenya Industrial Area, Bengaluru 560058",
            "GSTIN 29AACCK3301E1ZB",
        ],
        "Helvetica",
        8.5,
        11,
    )
    d.t(320, H - 180, "Shipment", "Helvetica-Bold", 8.5)
    d.lines(
        320,
        H - 192,
        ["POL Nhava Sheva  →  POD Hamburg", "1 x 40' HC  MSKU 728104-3", "B/L MAEU 26JN0031184"],
        "Helvetica",
        8.5,
        11,
    )
    cols = [
        ("#", 20, "l"),
        ("Particulars", 250, "l"),
        ("Qty", 35, "r"),
        ("Rate", 70, "r"),
        ("Taxable Value", W - 80 - 375, "r"),
    ]
    rows = [
        [
            str(n),
            i.description,
            fmt(i.quantity, "in", 0),
            fmt(i.unit_price, "in"),
            fmt(i.amount, "in"),
        ]
        for n, i in enumerate(items, 1)
    ]
    y = table(
        d,
        40,
        H - 240,
        cols,
        rows,
        "Helvetica",
        "Helvetica-Bold",
        8.3,
        15,
        headfill=(0.88, 0.9, 0.95),
    )
    y -= 12
    for lab, v, f in (
        ("Total Taxable Value", net, "Helvetica"),
        ("IGST @ 18%", igst, "Helvetica"),
        ("Invoice Total (INR)", total, "Helvetica-Bold"),
    ):
        d.t(430, y, lab, f, 9, "r")
        d.t(W - 44, y, fmt(v, "in"), f, 9, "r")
        y -= 14
    d.t(
        40,
        y - 10,
        "Amount chargeable (in words): INR Forty Two Thousand One Hundred Eighty Five Only",
        "Helvetica-Oblique",
        8,
    )
    d.lines(
        40,
        y - 40,
        [
            "Inter-state supply: IGST charged. CGST/SGST not applicable.",
            "Bank: ICICI Bank, Vashi  A/c 004105018822  IFSC ICIC0000041",
            "PAN AAGFO8812R  |  LLPIN AAK-4471",
        ],
        "Helvetica",
        7.8,
        10.5,
    )
    d.qr(W - 130, 60, 80, 606)
    d.t(W - 90, 50, "e-Invoice IRN QR", "Helvetica", 6.5, "c")
    d.save()
    assert total == D("42185.00"), total
    return truth(
        number="OCM/2526/03318",
        date="2026-03-04",
        due="2026-04-03",
        vendor=vendor,
        amount=net,
        vat=igst,
        total=total,
        currency="INR",
        locale="en-IN",
        layout="invoice",
        doctype="invoice",
        items=items,
        note="Image-only PDF scan; labels in one row of boxes, values below; job number beside the invoice number; IGST only (inter-state).",
        kind="",
        country="IN",
        vtype="freight",
    )


def i07(pdf):
    """US SaaS invoice on Letter with discount and sales tax."""
    vendor = "Brightline Analytics, Inc."
    items = [
        Item("Brightline Team plan – annual (seats)", 15, "288.00"),
        Item("Data connector add-on – annual", 1, "1200.00"),
        Item("Onboarding workshop (remote)", 1, "750.00"),
    ]
    sub = _sum(items)
    disc = q(items[0].amount * D("0.10"))
    net = sub - disc
    tax = q(net * D("0.1035"))
    total = net + tax
    d = Doc(pdf, letter, "i07")
    W, H = letter
    d.circle(60, H - 62, 16, (0.35, 0.2, 0.85))
    d.t(60, H - 67, "b", "Helvetica-Bold", 16, "c", (1, 1, 1))
    d.t(84, H - 68, "Brightline", "Helvetica-Bold", 18)
    d.t(W - 50, H - 60, "INVOICE", "Helvetica-Bold", 24, "r", (0.35, 0.2, 0.85))
    d.lines(
        50,
        H - 105,
        [
            "Brightline Analytics, Inc.",
            "1201 3rd Ave, Suite 2200",
            "Seattle, WA 98101",
            "billing@brightline.io  ·  EIN 84-3319027",
        ],
        "Helvetica",
        8.5,
        11,
    )
    kv(
        d,
        W - 230,
        H - 90,
        [
            ("Invoice number", "BL-INV-0019284"),
            ("Date of issue", "January 12, 2026"),
            ("Date due", "February 11, 2026"),
            ("Customer ID", "cus_8KdQ2mZ"),
            ("PO number", "4500117623"),
        ],
        90,
        "Helvetica",
        "Helvetica-Bold",
        8.5,
        12.5,
        "r",
        90,
    )
    d.t(50, H - 175, "Bill to", "Helvetica-Bold", 9)
    d.lines(
        50,
        H - 188,
        ["Harbor Point Dental Group LLC", "Accounts Payable", "88 Pike St, Seattle, WA 98101"],
        "Helvetica",
        8.5,
        11,
    )
    d.t(50, H - 250, fmt(total, "en") + " USD due February 11, 2026", "Helvetica-Bold", 14)
    cols = [
        ("Description", 280, "l"),
        ("Qty", 50, "r"),
        ("Unit price", 80, "r"),
        ("Amount", W - 100 - 410, "r"),
    ]
    rows = [
        [
            i.description,
            fmt(i.quantity, "en", 0),
            "$" + fmt(i.unit_price, "en"),
            "$" + fmt(i.amount, "en"),
        ]
        for i in items
    ]
    rows.append(["Jan 12, 2026 – Jan 11, 2027", "", "", ""])
    y = table(d, 50, H - 280, cols, rows, "Helvetica", "Helvetica-Bold", 8.8, 16)
    y -= 8
    for lab, v, f in (
        ("Subtotal", sub, "Helvetica"),
        ("Annual plan discount (10% off Team plan)", -disc, "Helvetica"),
        ("Total excluding tax", net, "Helvetica"),
        ("Sales tax – Seattle, WA (10.35%)", tax, "Helvetica"),
        ("Total", total, "Helvetica-Bold"),
        ("Amount due", total, "Helvetica-Bold"),
    ):
        d.t(W - 150, y, lab, f, 9, "r")
        d.t(W - 54, y, ("-$" + fmt(-v, "en")) if v < 0 else "$" + fmt(v, "en"), f, 9, "r")
        y -= 15
    d.t(
        50,
        y - 20,
        "Pay online at pay.brightline.io/i/BL-INV-0019284 or by ACH: Silicon Valley Bank, routing 121140399, account 3302918876.",
        "Helvetica",
        7.8,
    )
    d.t(
        W / 2,
        40,
        "Questions? billing@brightline.io  ·  Page 1 of 1",
        "Helvetica",
        7.5,
        "c",
        (0.45, 0.45, 0.45),
    )
    d.save()
    return truth(
        number="BL-INV-0019284",
        date="2026-01-12",
        due="2026-02-11",
        vendor=vendor,
        amount=net,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        doctype="invoice",
        items=items,
        note="Discount line before tax; net keyed as 'Total excluding tax'; total printed three times (banner, Total, Amount due); customer ID and PO number beside invoice number.",
        kind="",
        country="US",
        vtype="SaaS",
    )


def i08(pdf):
    """UK telecom bill over two pages with several subtotals."""
    vendor = "Brackenridge Telecom Ltd"
    monthly = [
        Item("Business Fibre 500 (1 Mar – 31 Mar)", 1, "54.00"),
        Item("Static IP address", 1, "5.00"),
        Item("Mobile SIM 30GB x 4", 4, "14.50"),
    ]
    usage = [
        Item("Calls to UK mobiles (182 min)", 1, "7.28"),
        Item("International calls (41 min)", 1, "9.84"),
        Item("Roaming data EU (1.2 GB)", 1, "2.40"),
    ]
    oneoff = [Item("Replacement router delivery", 1, "9.99")]
    m, u, o = _sum(monthly), _sum(usage), _sum(oneoff)
    net = m + u + o
    vat = q(net * D("0.20"))
    total = net + vat
    d = Doc(pdf, A4, "i08")
    W, H = A4
    d.rect(0 + 30, H - 100, W - 60, 70, stroke=0, fill=1, fillc=(0.0, 0.45, 0.45))
    d.t(48, H - 70, "brackenridge", "DVB", 24, color=(1, 1, 1))
    d.t(W - 48, H - 60, "Your bill", "DVB", 16, "r", (1, 1, 1))
    d.t(W - 48, H - 80, "March 2026", "DV", 10, "r", (1, 1, 1))
    d.lines(
        48,
        H - 130,
        ["Ms Priya Shah", "Shah & Lowe Architects", "14 Carver Street", "Sheffield S1 4FS"],
        "DV",
        9.5,
        12.5,
    )
    pairs = [
        ("Account number", "BT-88123907"),
        ("Invoice number", "INV 6617 2043"),
        ("Bill date", "01 March 2026"),
        ("VAT reg no.", "GB 318 7742 05"),
    ]
    y = H - 130
    for k, v in pairs:
        d.t(330, y, k, "DV", 8.5, color=(0.35, 0.35, 0.35))
        d.t(W - 48, y, v, "DVB", 8.5, "r")
        y -= 13
    d.rect(48, H - 330, W - 96, 120, lw=0.7, strokec=(0, 0.45, 0.45))
    d.t(60, H - 230, "Bill summary", "DVB", 11)
    y = H - 250
    for lab, v, f in (
        ("Monthly charges", m, "DV"),
        ("Usage charges", u, "DV"),
        ("One-off charges", o, "DV"),
        ("Total excluding VAT", net, "DVB"),
        ("VAT at 20%", vat, "DV"),
        ("Total including VAT", total, "DVB"),
    ):
        d.t(60, y, lab, f, 9)
        d.t(W - 60, y, "£" + fmt(v, "en"), f, 9, "r")
        y -= 13
    d.t(
        48,
        H - 360,
        "We'll collect £" + fmt(total, "en") + " by Direct Debit on or just after 15 March 2026.",
        "DV",
        9.5,
    )
    d.t(
        48,
        H - 376,
        "Nothing to do – just check your charges are what you expected.",
        "DV",
        8.5,
        color=(0.4, 0.4, 0.4),
    )
    d.t(
        48,
        60,
        "Brackenridge Telecom Ltd, 2 Wharf Road, Leeds LS1 4BR. Registered in England and Wales no. 07719284. VAT GB 318 7742 05.",
        "DV",
        6.8,
        color=(0.4, 0.4, 0.4),
    )
    d.t(W - 48, 40, "Page 1 of 2", "DV", 7, "r")
    d.page()
    d.t(48, H - 60, "Your charges in detail", "DVB", 14)
    d.t(W - 48, H - 60, "INV 6617 2043", "DV", 8, "r")
    y = H - 90
    for title, its in (
        ("Monthly charges", monthly),
        ("Usage charges", usage),
        ("One-off charges", oneoff),
    ):
        d.t(48, y, title, "DVB", 10, color=(0, 0.45, 0.45))
        cols = [
            ("Description", 300, "l"),
            ("Qty", 50, "r"),
            ("Price", 70, "r"),
            ("Amount", W - 96 - 420, "r"),
        ]
        rows = [
            [
                i.description,
                fmt(i.quantity, "en", 0),
                "£" + fmt(i.unit_price, "en"),
                "£" + fmt(i.amount, "en"),
            ]
            for i in its
        ]
        rows.append(["Subtotal", "", "", "£" + fmt(_sum(its), "en")])
        y = table(d, 48, y - 6, cols, rows, "DV", "DVB", 8.5, 14) - 16
    d.t(W - 48, 40, "Page 2 of 2", "DV", 7, "r")
    d.save()
    return truth(
        number="INV 6617 2043",
        date="2026-03-01",
        due="2026-03-15",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        doctype="invoice",
        items=monthly + usage + oneoff,
        note="Two pages; account number above invoice number; three section subtotals on both pages; due date only in the Direct Debit sentence.",
        kind="",
        country="GB",
        vtype="telecom",
    )


def i09(pdf):
    """ES water utility bill, IVA 10 %."""
    vendor = "Aguas del Turia, S.A."
    items = [
        Item("Cuota de servicio (bimestral)", 1, "14.62"),
        Item("Consumo bloque 1 (0-18 m³)", 18, "0.6215"),
        Item("Consumo bloque 2 (19-27 m³)", 9, "0.9870"),
        Item("Alcantarillado", 27, "0.3390"),
        Item("Conservación de contadores", 1, "2.84"),
    ]
    net = _sum(items)
    vat = q(net * D("0.10"))
    total = net + vat
    d = Doc(pdf, A4, "i09")
    W, H = A4
    d.rect(40, H - 80, 36, 36, stroke=0, fill=1, fillc=(0.1, 0.45, 0.75))
    d.t(86, H - 62, "Aguas del Turia", "Times-Bold", 20, color=(0.1, 0.35, 0.6))
    d.t(
        86,
        H - 76,
        "Aguas del Turia, S.A. · CIF A46118903 · C/ Colón 60, 46004 València",
        "Helvetica",
        7,
    )
    d.t(W - 40, H - 60, "FACTURA", "Helvetica-Bold", 16, "r")
    d.rect(40, H - 190, 250, 92, lw=0.5)
    kv(
        d,
        48,
        H - 114,
        [
            ("Nº de factura:", "AT-2026-0871432"),
            ("Fecha de emisión:", "23/01/2026"),
            ("Periodo facturado:", "18/11/2025 - 19/01/2026"),
            ("Fecha de cargo:", "09/02/2026"),
            ("Nº de contrato:", "4471-0093-22"),
        ],
        95,
        "Helvetica",
        "Helvetica-Bold",
        8.5,
        14,
    )
    d.lines(
        320,
        H - 114,
        ["Comunidad de Propietarios", "Av. del Puerto 214", "46023 València"],
        "Helvetica",
        9.5,
        13,
    )
    d.t(40, H - 222, "Importe total de la factura", "Helvetica-Bold", 11)
    d.t(290, H - 222, fmt(total, "de") + " €", "Helvetica-Bold", 13, "r")
    d.t(40, H - 258, "Detalle de la factura", "Helvetica-Bold", 10)
    cols = [
        ("Concepto", 230, "l"),
        ("Cantidad", 70, "r"),
        ("Precio", 80, "r"),
        ("Importe", W - 80 - 380, "r"),
    ]
    rows = [
        [
            i.description,
            fmt(i.quantity, "de", 0)
            + (" m³" if "m³" in i.description or "Alcant" in i.description else ""),
            fmt(i.unit_price, "de") + " €",
            fmt(i.amount, "de") + " €",
        ]
        for i in items
    ]
    y = table(d, 40, H - 266, cols, rows, "Helvetica", "Helvetica-Bold", 8.5, 15)
    y -= 10
    for lab, v, f in (
        ("Base imponible", net, "Helvetica"),
        ("IVA 10 %", vat, "Helvetica"),
        ("TOTAL FACTURA", total, "Helvetica-Bold"),
    ):
        d.t(420, y, lab, f, 9.5, "r")
        d.t(W - 44, y, fmt(v, "de") + " €", f, 9.5, "r")
        y -= 15
    d.lines(
        40,
        y - 16,
        [
            "Forma de pago: domiciliación bancaria en ES91 2100 **** **** **** 4471.",
            "El importe se cargará en su cuenta a partir de la fecha de cargo indicada.",
            "Averías 24 h: 900 100 331   ·   Atención al cliente: 963 860 600",
        ],
        "Helvetica",
        8,
        11,
    )
    d.t(
        40,
        40,
        "Inscrita en el Registro Mercantil de Valencia, Tomo 2291, Folio 118, Hoja V-9931.",
        "Helvetica",
        6.5,
        color=(0.4, 0.4, 0.4),
    )
    d.save()
    return truth(
        number="AT-2026-0871432",
        date="2026-01-23",
        due="2026-02-09",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="es-ES",
        layout="invoice",
        doctype="invoice",
        items=items,
        note="Utility bill: billing period dates and contract number near the number; due date labelled 'Fecha de cargo'; total printed twice; unit prices with 4 decimals rounded to 2 in truth.",
        kind="",
        country="ES",
        vtype="utility",
    )


def i10(pdf):
    """IT wholesaler fattura with line discounts and transport."""
    vendor = "Ferramenta Borghi & C. S.r.l."
    raw = [
        ("Viti autofilettanti 4x40 conf. 500", 12, "18.40", 10),
        ("Tasselli nylon 8 mm conf. 100", 20, "6.90", 10),
        ("Silicone sigillante trasparente", 24, "4.75", 0),
        ("Trapano avvitatore 18V", 2, "129.00", 5),
    ]
    items = []
    for desc, qty, up, sc in raw:
        amt = q(D(qty) * D(up) * (D(100) - D(sc)) / D(100))
        items.append(Item(desc, qty, up, amt))
    ship = Item("Spese di trasporto", 1, "22.00")
    items.append(ship)
    net = _sum(items)
    vat = q(net * D("0.22"))
    total = net + vat
    d = Doc(pdf, A4, "i10")
    W, H = A4
    d.t(40, H - 60, "BORGHI", "DVSB", 26, color=(0.6, 0.1, 0.1))
    d.t(
        40, H - 76, "Ferramenta Borghi & C. S.r.l. – Via Emilia Est 1120 – 41122 Modena", "DVS", 7.5
    )
    d.t(
        40, H - 86, "P.IVA e C.F. 02871450361 – REA MO-331842 – Cap. soc. € 50.000 i.v.", "DVS", 7.5
    )
    d.rect(W - 250, H - 160, 210, 70, lw=0.5)
    d.t(W - 242, H - 104, "Spett.le", "DVS", 8)
    d.lines(
        W - 242,
        H - 118,
        [
            "Edilcasa Rinaldi S.n.c.",
            "Via Giardini 45, 41124 Modena (MO)",
            "P.IVA 03318850368  SDI: M5UXCR1",
        ],
        "DVS",
        8.3,
        11,
    )
    d.t(40, H - 190, "FATTURA N. 418/2026 del 27/02/2026", "DVSB", 12)
    d.t(
        40,
        H - 206,
        "Cod. cliente: C0217   Rif. DDT n. 733 del 25/02/2026   Pagamento: Ri.Ba. 30 gg d.f.   Scadenza: 31/03/2026",
        "DVS",
        8,
    )
    cols = [
        ("Descrizione", 200, "l"),
        ("Q.tà", 35, "r"),
        ("Prezzo", 60, "r"),
        ("Sc.%", 35, "r"),
        ("Importo", 70, "r"),
        ("IVA", 35, "r"),
    ]
    rows = [
        [
            it.description,
            fmt(it.quantity, "de", 0),
            fmt(it.unit_price, "de"),
            (str(r_[3]) if r_[3] else "") if r_ else "",
            fmt(it.amount, "de"),
            "22",
        ]
        for it, r_ in zip(items, [*raw, None], strict=False)
    ]
    y = table(
        d, 40, H - 224, cols, rows, "DVS", "DVSB", 8.3, 15, grid=True, headfill=(0.92, 0.88, 0.88)
    )
    y -= 16
    labels = ["Imponibile", "Aliquota", "Imposta", "Totale documento"]
    vals = [fmt(net, "de"), "22%", fmt(vat, "de"), "€ " + fmt(total, "de")]
    cw = 110
    for i, (lab, v) in enumerate(zip(labels, vals, strict=False)):
        d.rect(W - 40 - 4 * cw + i * cw, y - 34, cw, 34, lw=0.5)
        d.t(W - 40 - 4 * cw + i * cw + 5, y - 12, lab, "DVS", 7.5)
        d.t(W - 40 - 3 * cw + i * cw - 5, y - 27, v, "DVSB", 9, "r")
    d.lines(
        40,
        y - 60,
        [
            "Banca d'appoggio: BPER Banca, fil. Modena 4 – IBAN IT60 X053 8712 9000 0000 2871 450",
            "Contributo CONAI assolto ove dovuto.",
        ],
        "DVS",
        7.5,
        10,
    )
    d.save()
    return truth(
        number="418/2026",
        date="2026-02-27",
        due="2026-03-31",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="it-IT",
        layout="invoice",
        doctype="invoice",
        items=items,
        note="Number and date in one heading line; customer code, DDT reference, payment terms and due date on one line; line discounts; totals in a labels-above-values box row.",
        kind="",
        country="IT",
        vtype="wholesale",
    )


def i11(pdf):
    """FR telecom credit note (avoir) with negative amounts."""
    vendor = "Hexaphone Télécom SA"
    items = [
        Item("Remboursement forfait Pro Fibre – mars (incident)", 1, "-39.99"),
        Item("Annulation frais de mise en service", 1, "-49.00"),
        Item("Geste commercial", 1, "-10.00"),
    ]
    net = _sum(items)
    vat = q(net * D("0.20"))
    total = net + vat
    d = Doc(pdf, A4, "i11")
    W, H = A4
    d.t(40, H - 64, "hexaphone", "DVB", 24, color=(0.85, 0.1, 0.35))
    d.t(40, H - 78, "pro", "DV", 9, color=(0.85, 0.1, 0.35))
    d.t(W - 40, H - 60, "AVOIR", "DVB", 20, "r")
    d.t(W - 40, H - 76, "N° AV-2026-00871", "DV", 10, "r")
    d.lines(
        330,
        H - 120,
        ["ATELIER CÉRAMIQUE DUVAL", "M. Olivier Duval", "27 quai de la Loire", "44000 Nantes"],
        "DV",
        9.5,
        12.5,
    )
    pairs = [
        ("Date de l'avoir", "12/03/2026"),
        ("Facture d'origine", "FC-2026-118204 du 01/03/2026"),
        ("N° client", "0187 442 918"),
        ("Ligne", "02 40 ** ** 18"),
    ]
    y = H - 120
    for k, v in pairs:
        d.t(40, y, k + " :", "DV", 8.5, color=(0.35, 0.35, 0.35))
        d.t(150, y, v, "DV", 8.5)
        y -= 13
    cols = [
        ("Désignation", 300, "l"),
        ("Qté", 40, "r"),
        ("P.U. HT", 70, "r"),
        ("Total HT", W - 80 - 410, "r"),
    ]
    rows = [[i.description, "1", fmt(i.unit_price, "fr"), fmt(i.amount, "fr")] for i in items]
    y = table(d, 40, H - 220, cols, rows, "DV", "DVB", 8.5, 16, headfill=(0.97, 0.9, 0.93))
    y -= 12
    for lab, v, f in (
        ("Total HT", net, "DV"),
        ("TVA 20 %", vat, "DV"),
        ("Total TTC de l'avoir", total, "DVB"),
    ):
        d.t(W - 150, y, lab, f, 9.5, "r")
        d.t(W - 44, y, fmt(v, "fr") + " €", f, 9.5, "r")
        y -= 15
    d.lines(
        40,
        y - 20,
        [
            "Le montant de " + fmt(-total, "fr") + " € sera déduit de votre prochaine facture.",
            "Aucun paiement n'est à effectuer.",
        ],
        "DV",
        8.5,
        12,
    )
    d.t(
        W / 2,
        44,
        "Hexaphone Télécom SA au capital de 2 400 000 € – RCS Paris 812 339 044 – TVA FR44812339044 – 9 bd Haussmann 75009 Paris",
        "DV",
        6.6,
        "c",
        (0.4, 0.4, 0.4),
    )
    d.save()
    return truth(
        number="AV-2026-00871",
        date="2026-03-12",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        doctype="credit_note",
        items=items,
        note="Credit note (avoir) with negative amounts; the original invoice number and date are printed next to its own number; the closing sentence repeats the amount as a positive number.",
        kind="",
        country="FR",
        vtype="telecom",
    )


def i12(pdf):
    """DE hosting credit note printed by a ZUGFeRD viewer, negative amounts."""
    vendor = "Wolkenwerk Rechenzentrum GmbH"
    items = [
        Item("Gutschrift SLA-Verletzung Februar (Dedicated Server DS-64)", 1, "-118.00"),
        Item("Rückerstattung Traffic-Zusatzpaket 5 TB", 1, "-24.90"),
    ]
    net = _sum(items)
    vat = q(net * D("0.19"))
    total = net + vat
    d = Doc(pdf, A4, "i12")
    W, H = A4
    d.t(W / 2, H - 50, "ZUGFeRD 2.3 / Factur-X – Rechnungsansicht", "Helvetica-Bold", 13, "c")
    d.hline(40, W - 40, H - 60, 0.6)
    y = H - 84
    d.rect(40, y - 92, (W - 90) / 2, 100, lw=0.5)
    d.rect(50 + (W - 90) / 2, y - 92, (W - 90) / 2, 100, lw=0.5)
    d.t(48, y - 6, "Verkäufer", "Helvetica-Bold", 9)
    d.lines(
        48,
        y - 20,
        [
            vendor,
            "Am Fernmeldeturm 3",
            "90441 Nürnberg",
            "USt-IdNr.: DE318440217",
            "HRB 36112 Nürnberg",
        ],
        "Helvetica",
        8.3,
        11,
    )
    x2 = 58 + (W - 90) / 2
    d.t(x2, y - 6, "Käufer", "Helvetica-Bold", 9)
    d.lines(
        x2,
        y - 20,
        ["Medienhaus Fürth KG", "Königstraße 88", "90762 Fürth", "Kundennummer: WW-20931"],
        "Helvetica",
        8.3,
        11,
    )
    y -= 120
    d.t(40, y, "Belegdaten", "Helvetica-Bold", 10)
    y -= 16
    grid = [
        ("Belegnummer:", "GS-2026-000214", "Belegart:", "381 Gutschrift"),
        ("Belegdatum:", "03.03.2026", "Währung:", "EUR"),
        ("Bezug zu Rechnung:", "RE-2026-004418", "Leistungszeitraum:", "01.02.–28.02.2026"),
    ]
    for a, b, c_, e in grid:
        d.t(40, y, a, "Helvetica", 8.5, color=(0.35, 0.35, 0.35))
        d.t(150, y, b, "Helvetica-Bold", 8.5)
        d.t(310, y, c_, "Helvetica", 8.5, color=(0.35, 0.35, 0.35))
        d.t(410, y, e, "Helvetica-Bold", 8.5)
        y -= 13
    y -= 10
    cols = [
        ("Pos", 30, "l"),
        ("Bezeichnung", 290, "l"),
        ("Menge", 45, "r"),
        ("Einzelpreis", 70, "r"),
        ("Betrag netto", W - 80 - 435, "r"),
    ]
    rows = [
        [str(n), i.description, "1,00", fmt(i.unit_price, "de"), fmt(i.amount, "de")]
        for n, i in enumerate(items, 1)
    ]
    y = table(
        d,
        40,
        y,
        cols,
        rows,
        "Helvetica",
        "Helvetica-Bold",
        8.3,
        15,
        grid=True,
        headfill=(0.9, 0.9, 0.9),
    )
    y -= 16
    for lab, v in (
        ("Summe Positionen netto", net),
        ("Steuerbasisbetrag (S 19 %)", net),
        ("Steuerbetrag (S 19 %)", vat),
        ("Gesamtbetrag brutto", total),
        ("Zu erstattender Betrag", total),
    ):
        d.t(400, y, lab, "Helvetica", 8.8, "r")
        d.t(
            W - 44,
            y,
            fmt(v, "de") + " EUR",
            "Helvetica-Bold" if "brutto" in lab else "Helvetica",
            8.8,
            "r",
        )
        y -= 13
    d.t(40, y - 14, "Zahlungsbedingungen", "Helvetica-Bold", 9)
    d.t(
        40,
        y - 28,
        "Der Betrag wird Ihrem Kundenkonto gutgeschrieben und mit der nächsten Rechnung verrechnet.",
        "Helvetica",
        8.3,
    )
    d.save()
    return truth(
        number="GS-2026-000214",
        date="2026-03-03",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        doctype="credit_note",
        items=items,
        note="Image-only PDF of a ZUGFeRD viewer credit note (type 381); two label/value pairs per line; referenced invoice number beside its own number; negative amounts.",
        kind="",
        country="DE",
        vtype="hosting",
    )


def i13(pdf):
    """UK marketplace invoice sold by a third-party seller, prices incl. VAT, photo."""
    vendor = "Pennine Outdoor Supplies Ltd"
    gross = [
        ("Trekking poles, carbon, pair", 1, "54.99"),
        ("Merino base layer, size M", 2, "32.50"),
        ("Delivery", 1, "4.99"),
    ]
    items, net, vat = [], Decimal("0"), Decimal("0")
    rows = []
    for desc, qty, g in gross:
        gl = q(D(qty) * D(g))
        nl = q(gl / D("1.2"))
        net += nl
        vat += gl - nl
        items.append(Item(desc, qty, q(nl / D(qty)), nl))
        rows.append(
            [
                desc,
                str(qty),
                "£" + fmt(q(nl / D(qty)), "en"),
                "20%",
                "£" + fmt(gl - nl, "en"),
                "£" + fmt(gl, "en"),
            ]
        )
    total = net + vat
    d = Doc(pdf, A4, "i13")
    W, H = A4
    d.t(40, H - 56, "marketbay", "Helvetica-Bold", 22, color=(0.9, 0.45, 0.0))
    d.t(W - 40, H - 52, "Invoice", "Helvetica-Bold", 16, "r")
    d.t(W - 40, H - 68, "Page 1 of 1", "Helvetica", 8, "r")
    d.hline(40, W - 40, H - 80, 0.6)
    d.t(40, H - 100, "Sold by", "Helvetica-Bold", 9)
    d.lines(
        40,
        H - 113,
        [
            vendor,
            "Unit 4, Bridge Mills, Hebden Bridge HX7 8EX",
            "VAT registration number: GB 294 1187 36",
        ],
        "Helvetica",
        8.5,
        11,
    )
    d.t(320, H - 100, "Invoice details", "Helvetica-Bold", 9)
    kv(
        d,
        320,
        H - 113,
        [
            ("Invoice number", "GB6OQ2HAB1E"),
            ("Invoice date / Delivery date", "22 February 2026"),
            ("Order number", "204-7718320-4471903"),
            ("Payment reference", "1Lq8TzZk3w"),
        ],
        140,
        "Helvetica",
        "Helvetica",
        8.2,
        11,
    )
    d.t(40, H - 180, "Billing address", "Helvetica-Bold", 9)
    d.lines(
        40,
        H - 193,
        ["Rowan Fletcher", "Fletcher Field Surveys", "31 Kirkgate, Otley LS21 3HN"],
        "Helvetica",
        8.5,
        11,
    )
    d.t(40, H - 250, "Invoice total £" + fmt(total, "en"), "Helvetica-Bold", 13)
    cols = [
        ("Description", 170, "l"),
        ("Qty", 30, "r"),
        ("Unit price (excl. VAT)", 95, "r"),
        ("VAT rate", 45, "r"),
        ("VAT", 60, "r"),
        ("Total (incl. VAT)", W - 80 - 400, "r"),
    ]
    y = table(
        d,
        40,
        H - 270,
        cols,
        rows,
        "Helvetica",
        "Helvetica-Bold",
        8.2,
        16,
        headfill=(0.94, 0.94, 0.94),
    )
    y -= 10
    for lab, v, f in (
        ("Total excl. VAT", net, "Helvetica"),
        ("VAT", vat, "Helvetica"),
        ("Total", total, "Helvetica-Bold"),
    ):
        d.t(W - 130, y, lab, f, 9, "r")
        d.t(W - 44, y, "£" + fmt(v, "en"), f, 9, "r")
        y -= 14
    d.lines(
        40,
        y - 10,
        [
            "VAT summary: 20% – net £" + fmt(net, "en") + ", VAT £" + fmt(vat, "en") + ".",
            "This invoice is issued by the seller above. Marketbay EU S.à r.l. acts as marketplace only.",
        ],
        "Helvetica",
        8,
        11,
    )
    d.save()
    return truth(
        number="GB6OQ2HAB1E",
        date="2026-02-22",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        doctype="invoice",
        items=items,
        note="Marketplace invoice: vendor is the 'Sold by' seller, not the marketplace wordmark; long order number beside the invoice number; delivery line taxed; photo.",
        kind="",
        country="GB",
        vtype="marketplace",
    )


def i14(pdf):
    """NL freight forwarder, 0 % and 21 % BTW lines."""
    vendor = "Expeditie Verhoef B.V."
    i0 = [
        Item("Zeevracht Rotterdam – Shanghai 1x20'DV", 1, "1240.00"),
        Item("THC Rotterdam", 1, "235.00"),
    ]
    i21 = [Item("Douane-aangifte export", 1, "65.00"), Item("Opslag warehouse (dagen)", 4, "18.50")]
    n0, n21 = _sum(i0), _sum(i21)
    v21 = q(n21 * D("0.21"))
    net = n0 + n21
    total = net + v21
    d = Doc(pdf, A4, "i14")
    W, H = A4
    d.t(40, H - 62, "VERHOEF", "Helvetica-Bold", 26)
    d.t(40, H - 76, "expeditie · warehousing · douane", "Helvetica-Oblique", 8.5)
    d.lines(
        W - 40,
        H - 50,
        [
            "Expeditie Verhoef B.V.",
            "Waalhaven Z.z. 44",
            "3089 JH Rotterdam",
            "KvK 24301887",
            "BTW NL009412377B01",
        ],
        "Helvetica",
        8,
        10,
        "r",
    )
    d.lines(
        40,
        H - 130,
        ["Koelman Bloembollen B.V.", "Heereweg 181", "2161 BG Lisse"],
        "Helvetica",
        9.5,
        12.5,
    )
    d.t(40, H - 200, "FACTUUR", "Helvetica-Bold", 14)
    d.t(
        40,
        H - 218,
        "Factuurnr.: VH26-05512     Datum: 11-02-2026     Dossier: RTM-SEA-2617     Uw ref.: KB/0288",
        "Helvetica",
        8.8,
    )
    cols = [
        ("Omschrijving", 260, "l"),
        ("Aantal", 45, "r"),
        ("Tarief", 70, "r"),
        ("BTW", 40, "r"),
        ("Bedrag", W - 80 - 415, "r"),
    ]
    rows = [
        [
            i.description,
            fmt(i.quantity, "de", 0),
            fmt(i.unit_price, "de"),
            "0%",
            fmt(i.amount, "de"),
        ]
        for i in i0
    ] + [
        [
            i.description,
            fmt(i.quantity, "de", 0),
            fmt(i.unit_price, "de"),
            "21%",
            fmt(i.amount, "de"),
        ]
        for i in i21
    ]
    y = table(d, 40, H - 236, cols, rows, "Helvetica", "Helvetica-Bold", 8.8, 16)
    y -= 10
    for lab, v, f in (
        ("Totaal excl. BTW", net, "Helvetica"),
        ("BTW 0% over " + fmt(n0, "de"), Decimal("0.00"), "Helvetica"),
        ("BTW 21% over " + fmt(n21, "de"), v21, "Helvetica"),
        ("Totaal incl. BTW EUR", total, "Helvetica-Bold"),
    ):
        d.t(W - 140, y, lab, f, 9, "r")
        d.t(W - 44, y, fmt(v, "de"), f, 9, "r")
        y -= 14
    d.lines(
        40,
        y - 14,
        [
            "Betaling binnen 14 dagen na factuurdatum, uiterlijk 25-02-2026, op NL83 ABNA 0412 8830 71 o.v.v. VH26-05512.",
            "Op al onze werkzaamheden zijn de Nederlandse Expeditievoorwaarden (FENEX) van toepassing.",
        ],
        "Helvetica",
        8,
        11,
    )
    d.save()
    return truth(
        number="VH26-05512",
        date="2026-02-11",
        due="2026-02-25",
        vendor=vendor,
        amount=net,
        vat=v21,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        doctype="invoice",
        items=i0 + i21,
        note="Four label/value pairs on one line (number, date, dossier, your ref); 0 % and 21 % BTW lines with base amounts in the labels; due date only inside the payment sentence.",
        kind="",
        country="NL",
        vtype="freight",
    )


def i15(pdf):
    """US electric utility bill, two pages, state and city taxes."""
    vendor = "Cascade Valley Electric Cooperative"
    items = [
        Item("Basic charge", 1, "14.50"),
        Item("Energy charge first 600 kWh", 600, "0.0912"),
        Item("Energy charge over 600 kWh (412 kWh)", 412, "0.1034"),
        Item("Power cost adjustment", 1012, "0.0041"),
    ]
    net = _sum(items)
    st = q(net * D("0.03873"))
    ct = q(net * D("0.06"))
    vat = st + ct
    total = net + vat
    d = Doc(pdf, letter, "i15")
    W, H = letter
    d.t(50, H - 60, "CASCADE VALLEY", "Times-Bold", 20, color=(0.1, 0.35, 0.2))
    d.t(50, H - 74, "Electric Cooperative", "Times-Italic", 11)
    kv(
        d,
        W - 250,
        H - 50,
        [
            ("Account number", "30-4471-882"),
            ("Bill number", "CV2602-118374"),
            ("Statement date", "02/06/2026"),
            ("Due date", "02/27/2026"),
        ],
        110,
        "Helvetica",
        "Helvetica-Bold",
        8.8,
        13,
    )
    d.lines(
        50,
        H - 120,
        ["JUNIPER HILL VETERINARY CLINIC PLLC", "4410 ORCHARD RD", "WENATCHEE WA 98801-2231"],
        "Courier",
        9.5,
        12,
    )
    d.rect(50, H - 330, W - 100, 150, lw=0.6)
    d.t(60, H - 198, "ACCOUNT SUMMARY", "Helvetica-Bold", 10)
    y = H - 218
    for lab, v in (
        ("Previous balance", D("162.38")),
        ("Payment received 01/21/2026 – thank you", D("-162.38")),
        ("Balance forward", D("0.00")),
        ("Current electric charges", net),
        ("Taxes", vat),
        ("Total amount due by 02/27/2026", total),
    ):
        f = "Helvetica-Bold" if lab.startswith("Total") else "Helvetica"
        d.t(60, y, lab, f, 9)
        d.t(W - 60, y, ("-$" + fmt(-v, "en")) if v < 0 else "$" + fmt(v, "en"), f, 9, "r")
        y -= 16
    d.t(
        50,
        H - 360,
        "Service address: 4410 Orchard Rd  ·  Meter 77120391  ·  Service 01/05/2026 – 02/03/2026 (29 days)",
        "Helvetica",
        8,
    )
    d.hline(50, W - 50, 150, 0.5, dash=(3, 2))
    d.t(50, 132, "Return this portion with your payment", "Helvetica-Oblique", 8)
    kv(
        d,
        50,
        112,
        [
            ("Account number", "30-4471-882"),
            ("Amount due", "$" + fmt(total, "en")),
            ("Due date", "02/27/2026"),
        ],
        100,
        "Helvetica",
        "Helvetica-Bold",
        9,
        13,
    )
    d.t(W - 50, 60, "Page 1 of 2", "Helvetica", 7.5, "r")
    d.page()
    d.t(50, H - 60, "DETAIL OF CURRENT CHARGES", "Helvetica-Bold", 12)
    cols = [
        ("Description", 260, "l"),
        ("Usage", 70, "r"),
        ("Rate", 80, "r"),
        ("Charge", W - 100 - 410, "r"),
    ]
    rows = [
        [
            i.description,
            fmt(i.quantity, "en", 0) + (" kWh" if i.quantity > 1 else ""),
            "$" + f"{i.unit_price:.2f}" if i.quantity == 1 else "$" + str(D(i.unit_price)),
            "$" + fmt(i.amount, "en"),
        ]
        for i in items
    ]
    rows = []
    for i, rate in zip(items, ("14.50", "0.0912", "0.1034", "0.0041"), strict=False):
        rows.append(
            [
                i.description,
                (fmt(i.quantity, "en", 0) + " kWh") if i.quantity > 1 else "",
                "$" + rate,
                "$" + fmt(i.amount, "en"),
            ]
        )
    y = table(d, 50, H - 80, cols, rows, "Helvetica", "Helvetica-Bold", 8.8, 16)
    y -= 8
    for lab, v, f in (
        ("Subtotal electric charges", net, "Helvetica"),
        ("WA state public utility tax 3.873%", st, "Helvetica"),
        ("City of Wenatchee utility tax 6.0%", ct, "Helvetica"),
        ("Total current charges", total, "Helvetica-Bold"),
    ):
        d.t(W - 150, y, lab, f, 9, "r")
        d.t(W - 54, y, "$" + fmt(v, "en"), f, 9, "r")
        y -= 15
    d.t(W - 50, 60, "Page 2 of 2", "Helvetica", 7.5, "r")
    d.save()
    items = [Item(i.description, i.quantity, i.unit_price, i.amount) for i in items]
    return truth(
        number="CV2602-118374",
        date="2026-02-06",
        due="2026-02-27",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        doctype="invoice",
        items=items,
        note="Two-page utility bill; account number above the bill number; previous balance and payment lines; two utility taxes summed into vat; 4-decimal kWh rates (truth unit_price rounded to cents).",
        kind="",
        country="US",
        vtype="utility",
    )


def i16(pdf):
    """IT telecom bill, several label/value pairs on one line."""
    vendor = "Telefonia Adriatica S.p.A."
    items = [
        Item("Canone Fibra Business 1 Gbit (marzo-aprile)", 2, "34.90"),
        Item("Opzione IP statico", 2, "5.00"),
        Item("Traffico verso mobili nazionali", 1, "3.62"),
        Item("Noleggio modem", 2, "3.00"),
    ]
    net = _sum(items)
    vat = q(net * D("0.22"))
    total = net + vat
    d = Doc(pdf, A4, "i16")
    W, H = A4
    d.rect(0, H - 70, W, 70, stroke=0, fill=1, fillc=(0.0, 0.3, 0.6))
    d.t(40, H - 45, "ADRIATICA", "DVB", 24, color=(1, 1, 1))
    d.t(W - 40, H - 42, "Fattura elettronica – copia di cortesia", "DV", 8.5, "r", (1, 1, 1))
    d.t(
        40,
        H - 100,
        "Numero fattura: A2026/0331187   Data: 01/03/2026   Codice cliente: 7.1182.4409",
        "DV",
        9,
    )
    d.t(
        40,
        H - 116,
        "Periodo di fatturazione: 01/03/2026 – 30/04/2026   Scadenza: 20/03/2026",
        "DV",
        9,
    )
    d.lines(
        330,
        H - 150,
        ["Studio Legale Ferri", "Via Santo Stefano 41", "40125 Bologna BO", "P.IVA 02233410379"],
        "DV",
        9,
        12,
    )
    d.rect(40, H - 200, 230, 60, stroke=0, fill=1, fillc=(0.92, 0.95, 1.0))
    d.t(50, H - 160, "Totale da pagare", "DV", 10)
    d.t(260, H - 190, "€ " + fmt(total, "de"), "DVB", 18, "r")
    cols = [
        ("Descrizione", 270, "l"),
        ("Q.tà", 40, "r"),
        ("Prezzo unit.", 80, "r"),
        ("Importo", W - 80 - 390, "r"),
    ]
    rows = [
        [i.description, fmt(i.quantity, "de", 0), fmt(i.unit_price, "de"), fmt(i.amount, "de")]
        for i in items
    ]
    y = table(d, 40, H - 230, cols, rows, "DV", "DVB", 8.5, 16)
    y -= 10
    for lab, v, f in (
        ("Totale imponibile", net, "DV"),
        ("IVA 22%", vat, "DV"),
        ("Totale fattura", total, "DVB"),
    ):
        d.t(W - 150, y, lab, f, 9, "r")
        d.t(W - 44, y, "€ " + fmt(v, "de"), f, 9, "r")
        y -= 15
    d.t(
        40,
        y - 14,
        "Pagamento tramite addebito SEPA (SDD) sul conto IT** **** **** 4409 alla scadenza indicata.",
        "DV",
        8,
    )
    d.t(
        W / 2,
        40,
        "Telefonia Adriatica S.p.A. – Viale della Repubblica 12, 60121 Ancona – P.IVA 02411870425 – Cap. soc. € 12.000.000 i.v.",
        "DV",
        6.6,
        "c",
        (0.4, 0.4, 0.4),
    )
    d.save()
    return truth(
        number="A2026/0331187",
        date="2026-03-01",
        due="2026-03-20",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="it-IT",
        layout="invoice",
        doctype="invoice",
        items=items,
        note="Several label/value pairs on one line (number, date, customer code; period and due date); big 'Totale da pagare' box above the table.",
        kind="",
        country="IT",
        vtype="telecom",
    )


# ================================================================ receipts


def _rt(r: Roll, pdf, **kw):
    r.render(pdf)
    return truth(layout="receipt", kind="", **kw)


def _incl(total, rate):
    vat = q(total * D(rate) / (D(100) + D(rate)))
    return total - vat, vat


def r01(pdf):
    vendor = "Restoran Nasi Kandar Pelita Emas Sdn Bhd"
    items = [
        Item("NASI KANDAR AYAM", 2, "12.50"),
        Item("ROTI CANAI", 3, "1.60"),
        Item("TEH TARIK", 3, "2.80"),
        Item("MILO AIS", 1, "3.90"),
    ]
    sub = _sum(items)
    sst = q(sub * D("0.06"))
    gross = sub + sst
    total = (gross * 20).quantize(Decimal("1"), ROUND_HALF_UP) / 20
    total = q(total)
    rnd = total - gross
    r = Roll("r01", 80)
    r.logo_box("PELITA EMAS")
    r.line(center=vendor.upper(), bold=True, size=6.6)
    r.line(center="(1187420-H)  SST ID: W10-2301-32000188", size=6.6)
    r.line(center="No. 12, Jalan Ampang, 50450 Kuala Lumpur", size=6.6)
    r.sep()
    r.line("Bill No: PE-0226-04418", "Table: 14")
    r.line("Date: 21/02/2026 13:42", "Cashier: ANIS")
    r.sep()
    for it in items:
        r.line(f"{fmt(it.quantity, 'plain', 0)} x {it.description}", fmt(it.amount, "plain"))
    r.sep()
    r.line("SUB TOTAL", fmt(sub, "plain"))
    r.line("SST 6%", fmt(sst, "plain"))
    r.line("ROUNDING ADJ", fmt(rnd, "plain"))
    r.line("TOTAL (RM)", fmt(total, "plain"), bold=True, size=9)
    r.line("CASH", "100.00")
    r.line("CHANGE", fmt(D("100") - total, "plain"))
    r.sep()
    r.line(center="Item(s): 9   TQ! Sila datang lagi")
    return _rt(
        r,
        pdf,
        number="PE-0226-04418",
        date="2026-02-21",
        due=None,
        vendor=vendor,
        amount=sub,
        vat=sst,
        total=total,
        currency="MYR",
        locale="en-MY",
        doctype="receipt",
        items=items,
        note="Shop sign box above the Sdn Bhd legal name; SST 6% on top, ROUNDING ADJ to 5 sen; TOTAL (RM); cash and change.",
        rounding=rnd,
        country="MY",
        vtype="restaurant",
    )


def r02(pdf):
    vendor = "Stesen Minyak Seri Damai Sdn Bhd"
    fuel = Item("RON95 @ 2.05/L (24.39 L)", D("24.39"), "2.05", "50.00")
    items = [fuel, Item("MINERAL WATER 1.5L", 2, "2.20"), Item("KEROPOK IKAN", 1, "3.50")]
    total = _sum(items)
    r = Roll("r02", 76, "Courier", "Courier-Bold", 7.6)
    r.line(center="PETRODAMAI", bold=True, size=14)
    r.line(center=vendor, size=6.8)
    r.line(center="(954410-X)", size=6.8)
    r.line(center="KM 22 Jalan Kuala Selangor, 47000 Sungai Buloh", size=6.4)
    r.sep()
    r.line("RECEIPT NO : 0041-118827")
    r.line("DATE : 07/03/2026   TIME : 08:14")
    r.line("PUMP : 06")
    r.sep()
    for it in items:
        r.line(it.description, fmt(it.amount, "plain"))
    r.sep()
    r.line("TOTAL ITEMS : 3")
    r.line("TOTAL", "RM " + fmt(total, "plain"), bold=True, size=9)
    r.line("VISA ************4471", fmt(total, "plain"))
    r.line("APPROVAL CODE 88120D")
    r.sep()
    r.line(center="TERIMA KASIH / THANK YOU")
    return _rt(
        r,
        pdf,
        number="0041-118827",
        date="2026-03-07",
        due=None,
        vendor=vendor,
        amount=total,
        vat=None,
        total=total,
        currency="MYR",
        locale="en-MY",
        doctype="receipt",
        items=items,
        note="Petrol station: shop brand above the Sdn Bhd name; fuel line with litres; no tax printed (vat null); card payment; photo.",
        country="MY",
        vtype="petrol",
    )


def r03(pdf):
    vendor = "Mesra Mart Sdn Bhd"
    items = [
        Item("GARDENIA BREAD", 1, "4.30"),
        Item("DUTCH LADY UHT 1L", 2, "7.45"),
        Item("MAGGI KARI 5S", 1, "6.90"),
        Item("TISU ROLL 10S", 1, "12.90"),
    ]
    gross = _sum(items)
    total = q((gross * 20).quantize(Decimal("1"), ROUND_HALF_UP) / 20)
    rnd = total - gross
    net, vat = _incl(gross, "10")
    r = Roll("r03", 58, size=6.6, margin_mm=2.5)
    r.line(center="MESRA MART", bold=True, size=11)
    r.line(center=vendor + " (1032218-U)", size=5.8)
    r.line(center="Lot 3, Jln Meru, 41050 Klang", size=5.8)
    r.line(center="SST Reg: B16-1808-31001122", size=5.8)
    r.sep()
    r.line("Inv: MM03-00077812")
    r.line("14/01/2026 19:05  POS03")
    r.sep()
    for it in items:
        r.line(it.description)
        r.line(
            f"  {fmt(it.quantity, 'plain', 0)} x {fmt(it.unit_price, 'plain')}",
            fmt(it.amount, "plain") + " S",
        )
    r.sep()
    r.line("Total Incl. Tax", fmt(gross, "plain"))
    r.line("Rounding Adj", fmt(rnd, "plain"))
    r.line("TOTAL (RM)", fmt(total, "plain"), bold=True, size=8)
    r.line("Cash", "50.00")
    r.line("Change", fmt(D(50) - total, "plain"))
    r.sep()
    r.line("Tax Summary   Amt(RM)   Tax(RM)")
    r.line("S = 10%", fmt(net, "plain") + "     " + fmt(vat, "plain"))
    r.line("Qty: 5")
    return _rt(
        r,
        pdf,
        number="MM03-00077812",
        date="2026-01-14",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="MYR",
        locale="en-MY",
        doctype="receipt",
        items=items,
        note="58 mm roll downscaled to 650 px; prices include 10% sales tax (summary table), rounding adj; 'Total Incl. Tax' and 'TOTAL (RM)' both printed.",
        rounding=rnd,
        country="MY",
        vtype="supermarket",
    )


def r04(pdf):
    vendor = "Kopi Senang Pte. Ltd."
    items = [
        Item("Kaya Toast Set", 2, "6.80"),
        Item("Kopi C Peng", 1, "2.40"),
        Item("Half-boiled Eggs", 1, "2.20"),
    ]
    total = _sum(items)
    net, vat = _incl(total, "9")
    r = Roll("r04", 76, "DVC", "DVCB", 7.8)
    r.circle_logo("KS")
    r.line(center="KOPI SENANG", bold=True, size=11)
    r.line(center=vendor + "  UEN 201918832K", size=6.8)
    r.line(center="GST Reg No: M90-3771206-K", size=6.8)
    r.line(center="1 Tanjong Pagar Plaza #01-22 S082001", size=6.8)
    r.rule()
    r.line("Receipt #: KS-220318")
    r.line("Date: 18/03/26  10:02", "Order: 57")
    r.rule()
    for it in items:
        r.line(f"{it.description} x{fmt(it.quantity, 'plain', 0)}", "$" + fmt(it.amount, "en"))
    r.rule()
    r.line("TOTAL", "S$" + fmt(total, "en"), bold=True, size=10)
    r.line("Incl. 9% GST", "$" + fmt(vat, "en"))
    r.line("NETS", "$" + fmt(total, "en"))
    r.rule()
    r.line(center="Thank you! See you again")
    return _rt(
        r,
        pdf,
        number="KS-220318",
        date="2026-03-18",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="SGD",
        locale="en-SG",
        doctype="receipt",
        items=items,
        note="Singapore café, prices include 9% GST (amount = total - GST); order number beside the receipt number; two-digit year date; photo.",
        country="SG",
        vtype="cafe",
    )


def r05(pdf):
    vendor = "Harbourfront Dining Pte Ltd"
    items = [
        Item("Chilli Crab (500g)", 1, "68.00"),
        Item("Cereal Prawns", 1, "32.00"),
        Item("Fried Rice Large", 1, "18.00"),
        Item("Lime Juice", 3, "5.50"),
    ]
    sub = _sum(items)
    svc = q(sub * D("0.10"))
    net = sub + svc
    gst = q(net * D("0.09"))
    total = net + gst
    r = Roll("r05", 80, "Helvetica", "Helvetica-Bold", 8)
    r.line(center="THE HARBOURFRONT", bold=True, size=13)
    r.line(center="seafood house", size=8)
    r.line(center=vendor + " · GST Reg 201733214M", size=6.8)
    r.line(center="1 Maritime Square #02-11 Singapore 099253", size=6.8)
    r.rule()
    r.line("Bill: HF-0311-2291", "Pax: 4")
    r.line("11/03/2026 20:47", "Server: Wei Ling")
    r.rule()
    for it in items:
        r.line(f"{fmt(it.quantity, 'plain', 0)}  {it.description}", fmt(it.amount, "en"))
    r.rule()
    r.line("Subtotal", fmt(sub, "en"))
    r.line("Service Charge 10%", fmt(svc, "en"))
    r.line("Net Total", fmt(net, "en"))
    r.line("GST 9%", fmt(gst, "en"))
    r.line("TOTAL SGD", fmt(total, "en"), bold=True, size=10)
    r.line("MASTERCARD ****8812", fmt(total, "en"))
    r.rule()
    r.qr(54, 505)
    r.line(center="Scan to rate your visit", size=7)
    return _rt(
        r,
        pdf,
        number="HF-0311-2291",
        date="2026-03-11",
        due=None,
        vendor=vendor,
        amount=net,
        vat=gst,
        total=total,
        currency="SGD",
        locale="en-SG",
        doctype="receipt",
        items=items,
        note="Born-digital e-receipt; 10% service charge is part of the net ('Net Total'), GST 9% on top; Subtotal, Net Total and TOTAL all printed.",
        country="SG",
        vtype="restaurant",
    )


def r06(pdf):
    vendor = "Blue Moose Diner LLC"
    items = [
        Item("Lumberjack Breakfast", 2, "14.95"),
        Item("Blueberry Pancakes", 1, "11.50"),
        Item("Coffee", 3, "3.25"),
        Item("OJ Large", 1, "4.75"),
    ]
    sub = _sum(items)
    tax = q(sub * D("0.0825"))
    tip = q(sub * D("0.18"))
    total = sub + tax + tip
    r = Roll("r06", 80, "DVM", "DVMB", 7.4)
    r.line(center="BLUE MOOSE", bold=True, size=15)
    r.line(center="DINER", bold=True, size=9)
    r.line(center="2150 E Colfax Ave, Denver CO 80206", size=6.8)
    r.line(center="(303) 555-0142", size=6.8)
    r.sep("=")
    r.line("Check #4471", "Table 9")
    r.line("03/08/2026 09:31 AM", "Server: DANA")
    r.sep("=")
    for it in items:
        r.line(f"{fmt(it.quantity, 'plain', 0)} {it.description}", fmt(it.amount, "en"))
    r.sep()
    r.line("Subtotal", fmt(sub, "en"))
    r.line("Sales Tax 8.25%", fmt(tax, "en"))
    r.line("Total", fmt(sub + tax, "en"), bold=True)
    r.line("Tip (18%)", fmt(tip, "en"))
    r.line("TOTAL CHARGED", fmt(total, "en"), bold=True, size=9)
    r.line("AMEX XXXX1004  AUTH 042217")
    r.sep("=")
    r.line(center="Blue Moose Diner LLC  EIN 46-2210937", size=6.6)
    return _rt(
        r,
        pdf,
        number="4471",
        date="2026-03-08",
        due=None,
        vendor=vendor,
        amount=sub,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        doctype="receipt",
        items=items,
        note="US diner: Total before tip and TOTAL CHARGED after the printed 18% tip (tip included in total); legal name only in the footer; photo.",
        tip=tip,
        country="US",
        vtype="restaurant",
    )


def rline(r, items, style, fmt_item):
    for it in items:
        left, right = fmt_item(it)
        r.line(left, right)


def r07(pdf):
    vendor = "Greenway Markets Inc."
    items = [
        Item("ORG BANANAS 2.1 LB", 1, "1.89"),
        Item("WHOLE MILK GAL", 1, "4.29"),
        Item("SOURDOUGH LOAF", 1, "5.49"),
        Item("PAPER TOWELS 6PK", 1, "8.99"),
        Item("DISH SOAP", 1, "3.79"),
    ]
    taxable = items[3].amount + items[4].amount
    sub = _sum(items)
    tax = q(taxable * D("0.0625"))
    total = sub + tax
    r = Roll("r07", 76, "DVM", "DVMB", 7.2)
    r.line(center="GREENWAY", bold=True, size=16)
    r.line(center="MARKETS", bold=True, size=8)
    r.line(center="Store 118  Framingham MA  (508) 555-0199", size=6.6)
    r.sep()
    rline(
        r,
        items,
        "en",
        lambda it: (it.description, fmt(it.amount, "en") + (" T" if it in items[3:] else " F")),
    )
    r.sep()
    r.line("SUBTOTAL", fmt(sub, "en"))
    r.line("TAX 6.25% ON " + fmt(taxable, "en"), fmt(tax, "en"))
    r.line("**** TOTAL", fmt(total, "en"), bold=True, size=9)
    r.line("DEBIT TEND", fmt(total, "en"))
    r.line("CHANGE DUE", "0.00")
    r.line("TOTAL NUMBER OF ITEMS SOLD = 5")
    r.line("TOTAL SAVINGS", "1.20")
    r.sep()
    r.line("02/14/26 18:22  ST 118 OP 41 TE 07 TR 08812")
    r.barcode(24, 707)
    r.line(center="Greenway Markets Inc.", size=6.6)
    return _rt(
        r,
        pdf,
        number="08812",
        date="2026-02-14",
        due=None,
        vendor=vendor,
        amount=sub,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        doctype="receipt",
        items=items,
        note="Grocery roll with several TOTAL lines (SUBTOTAL, **** TOTAL, TOTAL NUMBER OF ITEMS, TOTAL SAVINGS); tax on taxable items only; transaction number in the trailer line.",
        country="US",
        vtype="supermarket",
    )


def r08(pdf):
    vendor = "Route 9 Fuel Stop LLC"
    fuel = Item("UNLEADED 11.482 GAL @ 3.459", D("11.482"), "3.459", "39.72")
    items = [fuel, Item("COFFEE 20OZ", 1, "2.49"), Item("BEEF JERKY", 1, "6.99")]
    tax = q((items[1].amount + items[2].amount) * D("0.07"))
    sub = _sum(items)
    total = sub + tax
    r = Roll("r08", 80, "Courier", "Courier-Bold", 7.8)
    r.line(center="ROUTE 9 FUEL STOP", bold=True, size=11)
    r.line(center="1840 US-9, Kingston NY 12401", size=7)
    r.sep()
    r.line("TRAN# 220917", "PUMP# 04")
    r.line("DATE 01/29/2026 TIME 16:05")
    r.sep()
    rline(r, items, "en", lambda it: (it.description, fmt(it.amount, "en")))
    r.sep()
    r.line("SUBTOTAL", fmt(sub, "en"))
    r.line("TAX", fmt(tax, "en"))
    r.line("TOTAL", fmt(total, "en"), bold=True)
    r.line("CASH", "60.00")
    r.line("CHANGE", fmt(D(60) - total, "en"))
    r.sep()
    r.line(center="Route 9 Fuel Stop LLC  Tax ID 82-1190443", size=6.6)
    return _rt(
        r,
        pdf,
        number="220917",
        date="2026-01-29",
        due=None,
        vendor=vendor,
        amount=sub,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        doctype="receipt",
        items=items,
        note="Image-only PDF of a thermal scan; fuel gallons with 3-decimal price; tax only on shop items; cash and change.",
        country="US",
        vtype="petrol",
    )


def r09(pdf):
    vendor = "Fennel & Rye Ltd"
    items = [
        Item("Flat White", 2, "3.40"),
        Item("Cheese Scone", 1, "3.10"),
        Item("Sausage Roll", 1, "3.95"),
    ]
    total = _sum(items)
    net, vat = _incl(total, "20")
    r = Roll("r09", 80, "DV", "DVB", 7.6)
    r.line(center="Fennel & Rye", bold=True, size=14, font="DVSB")
    r.line(center="bakery · coffee", size=7.5)
    r.line(center="22 Gloucester Road, Bristol BS7 8AE", size=6.8)
    r.rule()
    r.line("Order 3318", "Eat in")
    r.line("09 Mar 2026 11:18")
    r.rule()
    rline(
        r,
        items,
        "en",
        lambda it: (
            f"{fmt(it.quantity, 'plain', 0)} x {it.description}",
            "£" + fmt(it.amount, "en"),
        ),
    )
    r.rule()
    r.line("Total", "£" + fmt(total, "en"), bold=True, size=10)
    r.line("Contactless Visa", "£" + fmt(total, "en"))
    r.line("VAT 20% included", "£" + fmt(vat, "en"))
    r.line("Net", "£" + fmt(net, "en"))
    r.rule()
    r.line(center=vendor + " · VAT No. GB 401 2287 19", size=6.6)
    r.line(center="Receipt 3318-0309-01", size=6.6)
    return _rt(
        r,
        pdf,
        number="3318-0309-01",
        date="2026-03-09",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="GBP",
        locale="en-GB",
        doctype="receipt",
        items=items,
        note="UK café: order number at the top, receipt number at the bottom (keyed); VAT included with a printed Net line; legal name with VAT number in the footer; photo.",
        country="GB",
        vtype="cafe",
    )


def r10(pdf):
    vendor = "Frischemarkt Wendt oHG"
    i7 = [
        Item("Vollmilch 3,5% 1l", 2, "1.19"),
        Item("Bananen 1,12 kg x 1,79", 1, "2.00"),
        Item("Roggenbrot 750g", 1, "2.89"),
    ]
    i19 = [Item("Spülmittel 500ml", 1, "1.45"), Item("Batterien AA 4er", 1, "4.99")]
    g7, g19 = _sum(i7), _sum(i19)
    n7, v7 = _incl(g7, "7")
    n19, v19 = _incl(g19, "19")
    total = g7 + g19
    r = Roll("r10", 80, "DVM", "DVMB", 7.2)
    r.logo_box("WENDT", font="DVB", size=14)
    r.line(center="Frischemarkt Wendt oHG", size=7)
    r.line(center="Bahnhofstr. 17 · 37073 Göttingen", size=7)
    r.line(center="UID Nr.: DE231187740", size=7)
    r.line(right="EUR")
    for it in i7:
        r.line(it.description, fmt(it.amount, "de") + " A")
    for it in i19:
        r.line(it.description, fmt(it.amount, "de") + " B")
    r.sep()
    r.line("SUMME", fmt(total, "de"), bold=True, size=9)
    r.sep()
    r.line("Geg. BAR", "20,00")
    r.line("Rückgeld BAR", fmt(D(20) - total, "de"))
    r.line("Steuer  %    Netto   Steuer   Brutto")
    r.line(f"A= 7,0%  {fmt(n7, 'de'):>7} {fmt(v7, 'de'):>7} {fmt(g7, 'de'):>8}")
    r.line(f"B=19,0%  {fmt(n19, 'de'):>7} {fmt(v19, 'de'):>7} {fmt(g19, 'de'):>8}")
    r.line(f"Gesamt   {fmt(n7 + n19, 'de'):>7} {fmt(v7 + v19, 'de'):>7} {fmt(total, 'de'):>8}")
    r.sep()
    r.line("06.02.2026 17:41  Bon-Nr.: 4418  Markt:0203")
    r.line("TSE-Transaktion: 118820  Kasse 2", size=6.2)
    r.line("TSE-Signaturzähler: 240117", size=6.2)
    r.qr(50, 1010)
    return _rt(
        r,
        pdf,
        number="4418",
        date="2026-02-06",
        due=None,
        vendor=vendor,
        amount=n7 + n19,
        vat=v7 + v19,
        total=total,
        currency="EUR",
        locale="de-DE",
        doctype="receipt",
        items=i7 + i19,
        note="Born-digital e-Bon: tax-inclusive A/B rates with summary table (Gesamt netto keyed); Bon-Nr. in the trailer line with TSE and Markt numbers; Geg. BAR / Rückgeld.",
        country="DE",
        vtype="supermarket",
    )


def r11(pdf):
    vendor = "Bäckerei Hollmann GmbH"
    items = [
        Item("Brötchen", 6, "0.45"),
        Item("Franzbrötchen", 2, "1.95"),
        Item("Cappuccino to go", 1, "3.20"),
    ]
    total = _sum(items)
    n7, v7 = _incl(items[0].amount + items[1].amount, "7")
    n19, v19 = _incl(items[2].amount, "19")
    r = Roll("r11", 58, "DVC", "DVCB", 7.0)
    r.line(center="Hollmann", bold=True, size=13, font="DVSB")
    r.line(center="Bäckerei seit 1921", size=6.4)
    r.line(center="Eppendorfer Weg 84, 20259 Hamburg", size=6)
    r.sep()
    rline(
        r,
        items,
        "de",
        lambda it: (f"{fmt(it.quantity, 'plain', 0)}x {it.description}", fmt(it.amount, "de")),
    )
    r.sep()
    r.line("Total EUR", fmt(total, "de"), bold=True, size=9)
    r.line("Bar", "10,00")
    r.line("Zurück", fmt(D(10) - total, "de"))
    r.line("MwSt 7% auf " + fmt(n7, "de"), fmt(v7, "de"))
    r.line("MwSt 19% auf " + fmt(n19, "de"), fmt(v19, "de"))
    r.sep()
    r.line("Beleg 77120  12.01.2026 07:12")
    r.line(center=vendor + " · St.-Nr. 41/711/02218", size=5.8)
    return _rt(
        r,
        pdf,
        number="77120",
        date="2026-01-12",
        due=None,
        vendor=vendor,
        amount=n7 + n19,
        vat=v7 + v19,
        total=total,
        currency="EUR",
        locale="de-DE",
        doctype="receipt",
        items=items,
        note="58 mm bakery roll, 'Total EUR' label; two inclusive VAT rates with bases in the labels; legal name only in the footer under the shop wordmark; colour scan.",
        country="DE",
        vtype="bakery",
    )


def r12(pdf):
    vendor = "SARL Les Délices de Margaux"
    items = [
        Item("Baguette tradition", 2, "1.30"),
        Item("Croissant", 4, "1.20"),
        Item("Tarte aux pommes 6p", 1, "16.50"),
        Item("Jus d'orange 25cl", 1, "2.80"),
    ]
    total = _sum(items)
    g55 = items[0].amount + items[1].amount + items[2].amount
    n55, v55 = _incl(g55, "5.5")
    n10, v10 = _incl(items[3].amount, "10")
    r = Roll("r12", 80, "Courier", "Courier-Bold", 8)
    r.line(center="Les Délices de Margaux", bold=True, size=11)
    r.line(center="Boulangerie - Pâtisserie", size=7.5)
    r.line(center="14 rue Saint-Jean, 31000 Toulouse", size=7)
    r.sep()
    r.line("Ticket n° 000412", "Caisse 1")
    r.line("Le 28/02/2026 à 09:47")
    r.sep()
    rline(
        r,
        items,
        "fr",
        lambda it: (
            f"{fmt(it.quantity, 'plain', 0)} {it.description}",
            fmt(it.amount, "fr") + " €",
        ),
    )
    r.sep()
    r.line("TOTAL TTC", fmt(total, "fr") + " €", bold=True, size=10)
    r.line("CB SANS CONTACT", fmt(total, "fr") + " €")
    r.line("TVA     Base HT    TVA")
    r.line(f"5,5%   {fmt(n55, 'fr'):>8}  {fmt(v55, 'fr'):>6}")
    r.line(f"10,0%  {fmt(n10, 'fr'):>8}  {fmt(v10, 'fr'):>6}")
    r.line("Total HT", fmt(n55 + n10, "fr") + " €")
    r.sep()
    r.line(center=vendor, size=6.8)
    r.line(center="SIRET 852 114 907 00018  TVA FR18852114907", size=6.8)
    return _rt(
        r,
        pdf,
        number="000412",
        date="2026-02-28",
        due=None,
        vendor=vendor,
        amount=n55 + n10,
        vat=v55 + v10,
        total=total,
        currency="EUR",
        locale="fr-FR",
        doctype="receipt",
        items=items,
        note="French bakery ticket downscaled to 640 px; TOTAL TTC before the TVA table; Total HT printed; legal name (SARL) only in the footer with SIRET.",
        country="FR",
        vtype="bakery",
    )


def r13(pdf):
    vendor = "SAS Relais des Alpilles"
    items = [
        Item("SP95-E10 38,42 L x 1,879", D("38.42"), "1.879", "72.19"),
        Item("Lave-glace 5L", 1, "6.90"),
    ]
    total = _sum(items)
    net, vat = _incl(total, "20")
    r = Roll("r13", 76, "DVM", "DVMB", 7.2)
    r.logo_box("RELAIS", font="DVB", size=13, inverse=False)
    r.line(center=vendor, size=6.6)
    r.line(center="RN 7 - 13210 Saint-Rémy-de-Provence", size=6.6)
    r.sep()
    r.line("Pompe 03   Ticket 5518-221")
    r.line("19/01/2026  12:03")
    r.sep()
    rline(r, items, "fr", lambda it: (it.description, fmt(it.amount, "fr")))
    r.sep()
    r.line("TOTAL EUR", fmt(total, "fr"), bold=True, size=9)
    r.line("dont TVA 20,00%", fmt(vat, "fr"))
    r.line("Montant HT", fmt(net, "fr"))
    r.line("CARTE BANCAIRE", fmt(total, "fr"))
    r.sep()
    r.line(center="SIRET 409 221 870 00027 - NAF 4730Z", size=6.4)
    r.line(center="Merci de votre visite", size=6.8)
    return _rt(
        r,
        pdf,
        number="5518-221",
        date="2026-01-19",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        doctype="receipt",
        items=items,
        note="French petrol station: fuel litres with 3-decimal price, 'dont TVA' included, pump number beside the ticket number; photo at JPEG quality 62.",
        country="FR",
        vtype="petrol",
    )


def r14(pdf):
    vendor = "Spice Route Hospitality Pvt Ltd"
    items = [
        Item("Paneer Butter Masala", 1, "340.00"),
        Item("Butter Naan", 4, "65.00"),
        Item("Veg Biryani", 1, "295.00"),
        Item("Sweet Lassi", 2, "110.00"),
    ]
    sub = _sum(items)
    cg = q(sub * D("0.025"))
    sg = q(sub * D("0.025"))
    gross = sub + cg + sg
    total = q0(gross)
    ro = total - gross
    r = Roll("r14", 80, "Helvetica", "Helvetica-Bold", 8)
    r.line(center="SPICE ROUTE", bold=True, size=14)
    r.line(center=vendor, size=7)
    r.line(center="12 Church Street, Bengaluru 560001", size=7)
    r.line(center="GSTIN: 29AAMCS7731P1ZK   FSSAI: 11219334000812", size=6.6)
    r.rule()
    r.line("Bill No: SR/2526/18834", "Table: T7")
    r.line("Date: 26/02/2026 21:15", "Covers: 3")
    r.rule()
    r.cols([("Item", 0, "l"), ("Qty", 0.6, "r"), ("Amount", 1.0, "r")], bold=True)
    for it in items:
        r.cols(
            [
                (it.description, 0, "l"),
                (fmt(it.quantity, "plain", 0), 0.6, "r"),
                (fmt(it.amount, "in"), 1.0, "r"),
            ]
        )
    r.rule()
    r.line("Sub Total", fmt(sub, "in"))
    r.line("CGST @ 2.5%", fmt(cg, "in"))
    r.line("SGST @ 2.5%", fmt(sg, "in"))
    r.line("Round Off", fmt(ro, "in"))
    r.line("Grand Total", "Rs. " + fmt(total, "in"), bold=True, size=10)
    r.line("Paid via UPI", fmt(total, "in"))
    r.rule()
    r.line(center="Thank you! Visit again", size=7.5)
    return _rt(
        r,
        pdf,
        number="SR/2526/18834",
        date="2026-02-26",
        due=None,
        vendor=vendor,
        amount=sub,
        vat=cg + sg,
        total=total,
        currency="INR",
        locale="en-IN",
        doctype="receipt",
        items=items,
        note="Born-digital Indian restaurant bill: CGST+SGST 2.5% each, Round Off line, GSTIN and FSSAI numbers, UPI payment.",
        rounding=ro,
        country="IN",
        vtype="restaurant",
    )


def r15(pdf):
    vendor = "Sai Balaji Retail Pvt. Ltd."
    items = [
        Item("TOOR DAL 1KG", 2, "168.00"),
        Item("SUNFLOWER OIL 1L", 2, "142.00"),
        Item("BASMATI RICE 5KG", 1, "545.00"),
        Item("DETERGENT 2KG", 1, "289.00"),
    ]
    g5 = items[0].amount + items[1].amount + items[2].amount
    g18 = items[3].amount
    n5, v5 = _incl(g5, "5")
    n18, v18 = _incl(g18, "18")
    total = g5 + g18
    r = Roll("r15", 80, "DVM", "DVMB", 7.0)
    r.line(center="BALAJI SUPERMART", bold=True, size=12)
    r.line(center=vendor, size=6.6)
    r.line(center="Kukatpally, Hyderabad 500072", size=6.6)
    r.line(center="GSTIN 36AAHCS2284L1Z9", size=6.6)
    r.sep()
    r.line("Bill: HYD7-331842", "Cnt: 04")
    r.line("Dt: 03-03-2026 18:40")
    r.sep()
    rline(
        r,
        items,
        "in",
        lambda it: (
            f"{it.description} {fmt(it.quantity, 'plain', 0)}x{fmt(it.unit_price, 'plain')}",
            fmt(it.amount, "in"),
        ),
    )
    r.sep()
    r.line("Items: 4   Qty: 6")
    r.line("TOTAL", fmt(total, "in"), bold=True, size=9)
    r.line("CASH", "1,500.00")
    r.line("BALANCE", fmt(D(1500) - total, "in"))
    r.sep()
    r.line("GST%  TAXABLE   CGST    SGST")
    r.line(f" 5%  {fmt(n5, 'in'):>8} {fmt(q(v5 / 2), 'in'):>7} {fmt(v5 - q(v5 / 2), 'in'):>7}")
    r.line(f"18%  {fmt(n18, 'in'):>8} {fmt(q(v18 / 2), 'in'):>7} {fmt(v18 - q(v18 / 2), 'in'):>7}")
    r.line("You saved Rs. 96.00 today!")
    return _rt(
        r,
        pdf,
        number="HYD7-331842",
        date="2026-03-03",
        due=None,
        vendor=vendor,
        amount=n5 + n18,
        vat=v5 + v18,
        total=total,
        currency="INR",
        locale="en-IN",
        doctype="receipt",
        items=items,
        note="Indian supermarket: prices include GST; GST summary split into CGST/SGST per rate (vat = sum); cash 'BALANCE' is change, not due; savings line.",
        country="IN",
        vtype="supermarket",
    )


def r16(pdf):
    vendor = "Hartley's Food Stores Ltd"
    items = [
        Item("SEMI SKIMMED MILK 4PT", 1, "1.65"),
        Item("FREE RANGE EGGS 12", 1, "3.45"),
        Item("CHEDDAR MATURE 400G", 1, "3.80"),
        Item("BROCCOLI", 1, "0.79"),
        Item("BREAD WHOLEMEAL", 1, "1.40"),
    ]
    gross = _sum(items)
    save = D("0.75")
    total = gross - save
    items.append(Item("CARD PRICE SAVING", 1, "-0.75"))
    r = Roll("r16", 80, "Courier", "Courier-Bold", 7.8)
    r.line(center="HARTLEY'S", bold=True, size=16)
    r.line(center="Hartley's Food Stores Ltd", size=7)
    r.line(center="Market Place, Ripon HG4 1BP", size=7)
    r.sep()
    rline(r, items[:-1], "en", lambda it: (it.description, "£" + fmt(it.amount, "en")))
    r.line("CARD PRICE SAVING", "-£0.75")
    r.sep()
    r.line("5 BALANCE DUE", "£" + fmt(total, "en"), bold=True)
    r.line("CASH", "£20.00")
    r.line("CHANGE DUE", "£" + fmt(D(20) - total, "en"))
    r.line("TOTAL SAVINGS", "£0.75")
    r.sep()
    r.line("17/02/26 14:55 ST:0412 TILL:03 TR:5571")
    r.line(center="Reg. no. 00441872  VAT GB 220 4471 02", size=6.6)
    return _rt(
        r,
        pdf,
        number="5571",
        date="2026-02-17",
        due=None,
        vendor=vendor,
        amount=total,
        vat=None,
        total=total,
        currency="GBP",
        locale="en-GB",
        doctype="receipt",
        items=items,
        note="UK supermarket, no VAT amount printed (vat null); 'BALANCE DUE' is the total, 'CHANGE DUE' and 'TOTAL SAVINGS' are not; transaction number in trailer; downscaled scan.",
        country="GB",
        vtype="supermarket",
    )


# ================================================================ registry and main

# name -> (function, output extension, kind, finisher options)
SPECS = {
    "i01": ("pdf", {}),
    "i02": ("pdf", {}),
    "i03": ("pdf", {}),
    "i04": ("scan.png", {"dpi": 200, "grey": True}),
    "i05": ("pdf", {}),
    "i06": ("scanpdf", {"dpi": 200, "grey": True}),
    "i07": ("pdf", {}),
    "i08": ("pdf", {}),
    "i09": ("scan.jpg", {"dpi": 180, "grey": False, "tone": (1.0, 0.99, 0.95)}),
    "i10": ("pdf", {}),
    "i11": ("pdf", {}),
    "i12": ("scanpdf", {"dpi": 200, "grey": True}),
    "i13": ("photo.jpg", {"long_side": 2200, "bg": "desk", "q": 78}),
    "i14": ("scan.png", {"dpi": 170, "grey": True, "blur": 0.8}),
    "i15": ("pdf", {}),
    "i16": ("pdf", {}),
    "r01": ("scan.png", {"dpi": 250, "grey": True, "thermal": True}),
    "r02": ("photo.jpg", {"long_side": 2000, "bg": "wood", "q": 72}),
    "r03": ("scan.png", {"dpi": 300, "grey": True, "thermal": True, "downscale_w": 650}),
    "r04": ("photo.jpg", {"long_side": 1800, "bg": "marble", "q": 70}),
    "r05": ("pdf", {}),
    "r06": ("photo.jpg", {"long_side": 2300, "bg": "wood", "q": 76}),
    "r07": ("scan.png", {"dpi": 220, "grey": True, "thermal": True}),
    "r08": ("scanpdf", {"dpi": 220, "grey": True, "thermal": True}),
    "r09": ("photo.jpg", {"long_side": 1600, "bg": "cloth", "q": 65}),
    "r10": ("pdf", {}),
    "r11": ("scan.jpg", {"dpi": 250, "grey": False, "thermal": True, "tone": (1.0, 0.98, 0.93)}),
    "r12": ("scan.png", {"dpi": 300, "grey": True, "thermal": True, "downscale_w": 640}),
    "r13": ("photo.jpg", {"long_side": 1900, "bg": "desk", "q": 62}),
    "r14": ("pdf", {}),
    "r15": ("scan.png", {"dpi": 230, "grey": True, "thermal": True}),
    "r16": ("scan.png", {"dpi": 300, "grey": True, "thermal": True, "downscale_w": 660}),
}


def build(name: str, outdir: Path) -> dict:
    fn = globals()[name]
    mode, opt = SPECS[name]
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{name}.pdf"
        t = fn(src)
        if mode == "pdf":
            out = outdir / f"{name}.pdf"
            out.write_bytes(src.read_bytes())
            kind = "pdf"
        elif mode.startswith("scan"):
            o = dict(opt)
            if mode == "scanpdf":
                img = scan(name, src, **o)
                out = outdir / f"{name}.pdf"
                image_pdf(img, out, o["dpi"] if not o.get("downscale_w") else 150)
            else:
                img = scan(name, src, **o)
                out = outdir / f"{name}.{mode.split('.')[1]}"
                save_img(img, out, 84)
            kind = "scan"
        else:
            o = dict(opt)
            qual = o.pop("q")
            img = photo(name, src, **o)
            out = outdir / f"{name}.jpg"
            save_img(img, out, qual)
            kind = "photo"
    t["kind"] = kind
    t["_file"] = out.name
    meta = {k: t.pop(k) for k in ("_country", "_type", "_file")}
    (outdir / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    t.update(meta)
    return t


README_HEAD = """# Blind set 2026-12t

32 documents drawn from scratch by `bench/blindsets/blind_2026_12t.py` (SET = 12t): 16 invoices
(`i01`–`i16`, two of them credit notes) and 16 till receipts (`r01`–`r16`), each with a `NAME.json`
ground truth. The set was written blind: without reading the product's code, tests, docs or other
blind sets. Re-run with `python -m bench.blindsets.blind_2026_12t [OUTDIR] [--only NAME]`; every
random choice is seeded with CRC-32 of the document name, so output is byte-identical.

## How the set is drawn

- Every document has its own drawing function (reportlab canvas, `invariant=1`) with its own
  layout, fonts (Helvetica/Times/DejaVu Sans/Condensed/Mono/Serif), label wording and language.
  Each text run is checked to stay on the page and not to overlap another run (`LayoutError`).
- Invoices are A4 or Letter; receipts are 58/76/80 mm rolls as long as their content.
- Kinds: `pdf` = born-digital PDF with text layer; `scan` = rendered with pypdfium2 at 170–300 dpi,
  grey or colour, skew within ±2°, blur, noise, specks, thermal fading on receipts, three receipts
  downscaled to ~650 px wide, three scans saved as image-only PDFs (the degraded scan is the only
  page content: `i06`, `i12`, `r08`); `photo` = perspective onto a textured background, uneven
  light, hand shadow, fold, JPEG quality 62–78, long side 1,600–2,300 px.

## Truth conventions

- `amount` is the net before tax **as printed** (e.g. "Total excluding tax", "Summe netto",
  "Base imponible", "Taxable Amount"); `vat` is the sum of all tax lines printed (CGST+SGST,
  several VAT rates, state + city utility taxes); `null` when the document prints no tax at all,
  then `amount == total`. For tax-inclusive receipts, `amount = total - vat`.
- `total` is the document's gross total (tax included). It includes a printed tip line and a
  printed rounding line. The check `amount + vat + tip + rounding == total` holds for every file
  (tip and rounding are not keyed separately; the README row says when they occur).
- Where an invoice deducts a prepayment (`i03`), `total` is the gross invoice total (BT-112), not
  the remaining amount due (BT-115).
- Document-level surcharges, shipping and service charges that are taxed are part of the net.
  Discounts are subtracted from the net.
- Credit notes (`i11`, `i12`) print negative amounts and are keyed with negative amounts
  (`amount`, `vat`, `total` and the line items), `document_type = "credit_note"`.
- `vendor_name` is the seller's name as printed with its legal form; on the marketplace invoice
  (`i13`) it is the third-party seller ("Sold by"), not the marketplace.
- `invoice_number` is the document's own number (invoice, credit-note, receipt, bill or
  transaction number); customer, order, job and account numbers printed beside it are not keyed.
- `due_date` only when a date is printed (for Skonto terms the final net date).
- `line_items`: amounts as printed on the line (net on invoices; tax-inclusive on receipts that
  print inclusive prices); quantities as plain numbers; weight or litre quantities as decimals.
- Amounts are computed once with `Decimal` (ROUND_HALF_UP) and printed from the same values;
  currencies without printed decimals are keyed with `.00`.
- `locale` is the language-region of the document; `layout` is `invoice` or `receipt`.

"""


def write_readme(outdir: Path, recs: list[dict]):
    from collections import Counter

    kinds = Counter((r["layout"], r["kind"]) for r in recs)
    lines = [
        README_HEAD,
        "## Mix\n",
        "| layout | pdf | scan | photo | total |",
        "|---|---|---|---|---|",
    ]
    for lay in ("invoice", "receipt"):
        row = [kinds[(lay, k)] for k in ("pdf", "scan", "photo")]
        lines.append(f"| {lay} | {row[0]} | {row[1]} | {row[2]} | {sum(row)} |")
    tot = [sum(kinds[(la, k)] for la in ("invoice", "receipt")) for k in ("pdf", "scan", "photo")]
    lines.append(f"| all | {tot[0]} | {tot[1]} | {tot[2]} | {sum(tot)} |")
    lines.append("\nImage-only PDFs count as `scan`. Credit notes: i11, i12.\n")
    lines.append("## Documents\n")
    lines.append("| doc | kind | country | type | vendor | number | total | what is tricky |")
    lines.append("|---|---|---|---|---|---|---|---|")
    for r in recs:
        note = r["note"].replace("|", "/")
        lines.append(
            f"| {r['_file']} | {r['kind']} | {r['_country']} | {r['_type']} ({r['document_type']}) | {r['vendor_name']} | {r['invoice_number']} | {r['total']} {r['currency']} | {note} |"
        )
    (outdir / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    only = None
    if "--only" in argv:
        k = argv.index("--only")
        only = argv[k + 1]
        del argv[k : k + 2]
    outdir = Path(argv[0]) if argv else DEFAULT_OUT
    outdir.mkdir(parents=True, exist_ok=True)
    names = [only] if only else list(SPECS)
    recs = []
    for n in names:
        recs.append(build(n, outdir))
        print(n, recs[-1]["_file"], recs[-1]["kind"], recs[-1]["total"], recs[-1]["currency"])
    if not only:
        write_readme(outdir, recs)


if __name__ == "__main__":
    main()
