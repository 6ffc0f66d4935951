# ruff: noqa: E501
"""Blind evaluation set 2026-14m: invoices and receipts from the Americas and Oceania.

32 documents (16 invoices, 16 receipts) as a small-business bookkeeping firm receives them in
one month: born-digital PDFs, scans, phone photos and image-only PDFs. Every document is drawn
by its own function; every random choice is seeded with the CRC-32 of the document's name.

    python -m bench.blindsets.blind_2026_14m [OUTDIR] [--only NAME]
"""

from __future__ import annotations

import argparse
import io
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
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

SET = "14m"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-14m")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
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
    pdfmetrics.registerFont(TTFont(_k, str(FONT_DIR / _f)))

BLACK = (0, 0, 0)
D = Decimal


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


# --------------------------------------------------------------------------- money and dates


def q2(x) -> Decimal:
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(D("1"), ROUND_HALF_UP)


def num(x, th: str = ",", dp: str = ".", nd: int = 2) -> str:
    """Format a Decimal with thousands separator th and decimal point dp."""
    x = D(x)
    neg = x < 0
    s = f"{abs(x):.{nd}f}"
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = th.join(groups) + (dp + fp if nd else "")
    return ("-" if neg else "") + out


def us(x) -> str:
    return num(x)


def eu(x) -> str:
    return num(x, ".", ",")


def fr(x) -> str:
    return num(x, " ", ",")


def cl(x) -> str:
    return num(x, ".", ",", 0)


def s2(x) -> str:
    return f"{q2(x):.2f}"


def sq(x) -> str:
    """A quantity or unit price keyed as printed (no trailing zeros beyond 2 decimals unless given)."""
    x = D(x)
    if x == x.to_integral_value():
        return str(int(x))
    return format(x.normalize(), "f")


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
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
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
}


def mdy(d: date, sep: str = "/") -> str:
    return f"{d.month:02d}{sep}{d.day:02d}{sep}{d.year}"


def dmy(d: date, sep: str = "/", yy: bool = False) -> str:
    y = f"{d.year % 100:02d}" if yy else str(d.year)
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{y}"


def en_long(d: date) -> str:
    return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"


def en_short(d: date) -> str:
    return f"{MONTHS['en'][d.month - 1][:3]} {d.day:02d}, {d.year}"


def dmy_long(d: date, lang: str = "en") -> str:
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{d.day} {m} {d.year}"
    if lang == "fr":
        return f"{d.day} {m} {d.year}"
    return f"{d.day} de {m} de {d.year}"


_U = [
    "cero",
    "uno",
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
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
_T = {
    3: "treinta",
    4: "cuarenta",
    5: "cincuenta",
    6: "sesenta",
    7: "setenta",
    8: "ochenta",
    9: "noventa",
}
_C = [
    "_",
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
    "ochocientos",
    "novecientos",
]


def _es999(n: int) -> str:
    if n < 30:
        return _U[n]
    if n < 100:
        return _T[n // 10] + ("" if n % 10 == 0 else " y " + _U[n % 10])
    if n == 100:
        return "cien"
    return _C[n // 100] + ("" if n % 100 == 0 else " " + _es999(n % 100))


def _es_thousands(th: int) -> str:
    if th == 1:
        return "mil"
    w = _es999(th)
    if w.endswith("veintiuno"):
        w = w.removesuffix("veintiuno") + "veintiún"
    elif w.endswith("uno"):
        w = w.removesuffix("uno") + "un"
    return w + " mil"


def es_words(n: int) -> str:
    """Spanish words for an integer below a billion (as printed on CFDI / Peruvian invoices)."""
    if n < 1000:
        return _es999(n)
    if n < 1_000_000:
        th, r = divmod(n, 1000)
        return _es_thousands(th) + ("" if r == 0 else " " + _es999(r))
    m, r = divmod(n, 1_000_000)
    head = "un millón" if m == 1 else _es999(m) + " millones"
    return head + ("" if r == 0 else " " + es_words(r))


# --------------------------------------------------------------------------- truth


def line(desc: str, qty, unit, amt) -> dict:
    return {
        "description": desc,
        "quantity": sq(qty),
        "unit_price": sq(unit) if len(sq(unit).partition(".")[2]) > 2 else s2(unit),
        "amount": s2(amt),
    }


def truth(
    number: str | None,
    idate: date,
    due: date | None,
    vendor: str,
    amount,
    vat,
    total,
    currency: str,
    locale: str,
    layout: str,
    dtype: str,
    items: list[dict],
    note: str,
    tip=0,
    rounding=0,
) -> dict:
    a, t = D(amount), D(total)
    v = D(vat) if vat is not None else D(0)
    if a + v + D(tip) + D(rounding) != t:
        raise AssertionError(f"{vendor}: {a} + {v} + {tip} + {rounding} != {t}")
    return {
        "invoice_number": number,
        "invoice_date": idate.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": s2(a),
        "vat": s2(v) if vat is not None else None,
        "total": s2(t),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": items,
        "note": note,
        "kind": "",
    }


# --------------------------------------------------------------------------- drawing


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    for para in s.split("\n"):
        cur = ""
        for w in para.split(" "):
            cand = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(cand, font, size) <= width or not cur:
                cur = cand
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return out


class Doc:
    """A reportlab canvas that records every text run and refuses overlaps or runs off the page."""

    def __init__(self, name: str, size: tuple[float, float], title: str = "") -> None:
        self.name = name
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(title or name)
        self.w, self.h = size
        self.runs: list[tuple[float, float, float, float, str]] = []

    def t(
        self,
        x: float,
        y: float,
        s: str,
        f: str = "DV",
        sz: float = 9,
        align: str = "l",
        color=BLACK,
    ) -> float:
        """Draw one text run with baseline y; align l/r/c relative to x. Returns its width."""
        w = pdfmetrics.stringWidth(s, f, sz)
        x0 = {"l": x, "r": x - w, "c": x - w / 2}[align]
        box = (x0, y - 0.22 * sz, x0 + w, y + 0.78 * sz, s)
        if x0 < 1 or x0 + w > self.w - 1 or box[1] < 1 or box[3] > self.h - 1:
            raise LayoutError(f"{self.name}: {s!r} leaves the page at ({x0:.0f},{y:.0f})")
        for o in self.runs:
            if (
                min(box[2], o[2]) - max(box[0], o[0]) > 0.5
                and min(box[3], o[3]) - max(box[1], o[1]) > 0.5
            ):
                raise LayoutError(f"{self.name}: {s!r} overlaps {o[4]!r}")
        self.runs.append(box)
        self.c.setFillColorRGB(*color)
        self.c.setFont(f, sz)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(*BLACK)
        return w

    def para(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        f: str = "DV",
        sz: float = 9,
        lead: float = 1.3,
        color=BLACK,
    ) -> float:
        """Wrapped paragraph; returns the baseline below the last line."""
        for ln in wrap(s, f, sz, width):
            if ln:
                self.t(x, y, ln, f, sz, color=color)
            y -= sz * lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=BLACK, lw=0.6, r=0) -> None:
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        if r:
            c.roundRect(x, y, w, h, r, stroke=int(stroke is not None), fill=int(fill is not None))
        else:
            c.rect(x, y, w, h, stroke=int(stroke is not None), fill=int(fill is not None))
        c.setFillColorRGB(*BLACK)
        c.setStrokeColorRGB(*BLACK)

    def hline(self, x0, x1, y, lw=0.5, color=BLACK, dash=None) -> None:
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        if dash:
            c.setDash(*dash)
        c.line(x0, y, x1, y)
        c.setDash()
        c.setStrokeColorRGB(*BLACK)

    def vline(self, x, y0, y1, lw=0.5, color=BLACK) -> None:
        self.c.setLineWidth(lw)
        self.c.setStrokeColorRGB(*color)
        self.c.line(x, y0, x, y1)
        self.c.setStrokeColorRGB(*BLACK)

    def circle(self, x, y, r, fill=None, stroke=None, lw=1) -> None:
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        c.circle(x, y, r, stroke=int(stroke is not None), fill=int(fill is not None))
        c.setFillColorRGB(*BLACK)
        c.setStrokeColorRGB(*BLACK)

    def poly(self, pts, fill) -> None:
        c = self.c
        p = c.beginPath()
        p.moveTo(*pts[0])
        for q in pts[1:]:
            p.lineTo(*q)
        p.close()
        c.setFillColorRGB(*fill)
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColorRGB(*BLACK)

    def qr(self, x, y, size, rng, n: int = 25) -> None:
        """A QR-looking square: three finder patterns and random modules."""
        m = size / n
        grid = rng.random((n, n)) < 0.5
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            grid[fy : fy + 7, fx : fx + 7] = False
        c = self.c
        c.setFillColorRGB(*BLACK)
        for j in range(n):
            for i in range(n):
                if grid[j, i]:
                    c.rect(x + i * m, y + size - (j + 1) * m, m, m, stroke=0, fill=1)
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            ox, oy = x + fx * m, y + size - (fy + 7) * m
            c.rect(ox, oy, 7 * m, 7 * m, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.rect(ox + m, oy + m, 5 * m, 5 * m, stroke=0, fill=1)
            c.setFillColorRGB(*BLACK)
            c.rect(ox + 2 * m, oy + 2 * m, 3 * m, 3 * m, stroke=0, fill=1)

    def bars(self, x, y, w, h, rng) -> None:
        """A barcode-looking strip."""
        c = self.c
        cx = x
        while cx < x + w - 3:
            bw = float(rng.choice([0.7, 0.7, 1.4, 2.1]))
            c.rect(cx, y, bw, h, stroke=0, fill=1)
            cx += bw + float(rng.choice([0.7, 1.4, 2.1]))

    def stack(self, x, y, w, h, rng, rows: int = 18) -> None:
        """A PDF417-looking block (Chilean timbre, CAE codes)."""
        c = self.c
        rh = h / rows
        for r in range(rows):
            cx = x
            while cx < x + w - 2:
                bw = float(rng.choice([0.6, 0.6, 1.2, 1.8]))
                c.rect(cx, y + r * rh, bw, rh * 0.92, stroke=0, fill=1)
                cx += bw + float(rng.choice([0.6, 1.2, 1.8]))

    def page(self) -> None:
        self.c.showPage()
        self.runs = []

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def _table_row(
    d: Doc, x: float, y: float, cols, row, f: str, sz: float, lh: float, pad: float
) -> float:
    """Draw one (wrapped) table row below y; returns its height without padding."""
    cells = [wrap(str(v), f, sz, w - 2 * pad) for v, (_, w, _) in zip(row, cols, strict=True)]
    cx = x
    for lines, (_, w, al) in zip(cells, cols, strict=True):
        tx = {"l": cx + pad, "r": cx + w - pad, "c": cx + w / 2}[al]
        for k, ln in enumerate(lines):
            if ln:
                d.t(tx, y - sz - 2 - k * lh, ln, f, sz, al)
        cx += w
    return max(len(c) for c in cells) * lh


def table(
    d: Doc,
    x: float,
    y: float,
    cols,
    rows,
    f="DV",
    sz=8.5,
    hf="DVB",
    hsz=None,
    lead=1.35,
    head_fill=None,
    head_color=BLACK,
    grid=False,
    rule=True,
    pad=3.0,
) -> float:
    """Columns [(title, width, align)], rows of strings; first-line baselines start below y.

    Returns the y of the bottom edge of the table."""
    hsz = hsz or sz
    lh = sz * lead
    nl = max(c[0].count("\n") + 1 for c in cols)
    hh = hsz * lead + 4 + (nl - 1) * hsz * 1.1
    total_w = sum(c[1] for c in cols)
    if head_fill is not None:
        d.rect(x, y - hh, total_w, hh, fill=head_fill, stroke=None)
    cx = x
    for title, w, al in cols:
        tx = {"l": cx + pad, "r": cx + w - pad, "c": cx + w / 2}[al]
        for k, ln in enumerate(title.split("\n")):
            d.t(tx, y - hsz - 1 - k * hsz * 1.1, ln, hf, hsz, al, head_color)
        cx += w
    top = y
    y -= hh
    if rule and not grid:
        d.hline(x, x + total_w, y, 0.6)
    for row in rows:
        y -= _table_row(d, x, y, cols, row, f, sz, lh, pad) + 4
        if grid:
            d.hline(x, x + total_w, y, 0.4)
        elif rule:
            d.hline(x, x + total_w, y, 0.25, (0.6, 0.6, 0.6))
    if grid:
        d.rect(x, y, total_w, top - y, stroke=BLACK, lw=0.6)
        cx = x
        for _, w, _ in cols[:-1]:
            cx += w
            d.vline(cx, y, top, 0.4)
        d.hline(x, x + total_w, top - hh, 0.6)
    return y


class Roll:
    """A till roll: collects lines, then draws them on a page exactly as long as its content."""

    def __init__(
        self,
        name: str,
        width_mm: float,
        font: str = "DVM",
        size: float = 7.6,
        bold: str = "DVMB",
        margin_mm: float = 3.0,
        lead: float = 1.28,
    ) -> None:
        self.name = name
        self.W = width_mm * mm
        self.f, self.sz, self.bf, self.lead = font, size, bold, lead
        self.m = margin_mm * mm
        self.ops: list[tuple[float, Callable[[Doc, float], None]]] = []

    def _txt(self, parts, f=None, sz=None) -> None:
        f = f or self.f
        sz = sz or self.sz
        h = sz * self.lead

        def draw(d: Doc, top: float) -> None:
            base = top - sz * 0.92
            for x, s, al in parts:
                if s:
                    d.t(x, base, s, f, sz, al)

        self.ops.append((h, draw))

    def c(self, s: str, f=None, sz=None) -> None:
        self._txt([(self.W / 2, s, "c")], f, sz)

    def l(self, s: str, f=None, sz=None, indent: float = 0) -> None:  # noqa: E743
        self._txt([(self.m + indent, s, "l")], f, sz)

    def lr(self, left: str, right: str, f=None, sz=None) -> None:
        self._txt([(self.m, left, "l"), (self.W - self.m, right, "r")], f, sz)

    def row(self, parts, f=None, sz=None) -> None:
        """parts: (x in mm from the left edge, or negative from the right edge, text, align)."""
        self._txt(
            [((p[0] * mm if p[0] >= 0 else self.W + p[0] * mm), p[1], p[2]) for p in parts], f, sz
        )

    def wrapped(self, s: str, f=None, sz=None, center: bool = False) -> None:
        for ln in wrap(s, f or self.f, sz or self.sz, self.W - 2 * self.m):
            (self.c if center else self.l)(ln, f, sz)

    def rule(self, ch: str = "-") -> None:
        n = int((self.W - 2 * self.m) / pdfmetrics.stringWidth(ch, self.f, self.sz))
        self.c(ch * n)

    def gap(self, h_mm: float = 2) -> None:
        self.ops.append((h_mm * mm, lambda d, top: None))

    def draw(self, h_mm: float, fn: Callable[[Doc, float], None]) -> None:
        """Custom drawing inside a band of height h_mm; fn(doc, top)."""
        self.ops.append((h_mm * mm, fn))

    def qr(self, size_mm: float, rng) -> None:
        s = size_mm * mm
        self.ops.append(
            (s + 2 * mm, lambda d, top: d.qr((self.W - s) / 2, top - s - 1 * mm, s, rng))
        )

    def bars(self, h_mm: float, rng, w_frac: float = 0.8) -> None:
        w = (self.W - 2 * self.m) * w_frac
        self.ops.append(
            (
                h_mm * mm + 2 * mm,
                lambda d, top: d.bars(
                    (self.W - w) / 2, top - h_mm * mm - 1 * mm, w, h_mm * mm, rng
                ),
            )
        )

    def pdf(self, title: str = "") -> bytes:
        H = sum(h for h, _ in self.ops) + 2 * self.m + 4 * mm
        d = Doc(self.name, (self.W, H), title)
        top = H - self.m - 2 * mm
        for h, fn in self.ops:
            fn(d, top)
            top -= h
        return d.pdf()


# --------------------------------------------------------------------------- degradations


def render(pdf: bytes, dpi: float, page: int = 0) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    img = doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    return np.asarray(img).copy()


def lowfreq(rng, h: int, w: int, cells: int = 6) -> np.ndarray:
    """Smooth random field in [0, 1]."""
    g = rng.random((cells, max(2, int(cells * w / max(h, 1))) + 1)).astype(np.float32)
    f = cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)
    f -= f.min()
    return f / max(float(f.max()), 1e-6)


@dataclass
class Scan:
    dpi: int = 200
    grey: bool = True
    skew: float = 1.0
    blur: float = 0.6
    noise: float = 5.0
    specks: int = 60
    thermal: float = 0.0
    width: int | None = None
    bed: float = 0.05
    fmt: str = "png"
    pdf: bool = False
    tone: tuple[float, float, float] = (0.97, 0.96, 0.93)


@dataclass
class Photo:
    dpi: int = 200
    long: int = 2000
    bg: str = "wood"
    q: int = 70
    fold: bool = False
    shadow: bool = True
    tilt: float = 0.04
    fill: float = 0.84
    extra: dict = field(default_factory=dict)


def degrade_scan(img: np.ndarray, o: Scan, rng) -> np.ndarray:
    f = img.astype(np.float32)
    h, w = f.shape[:2]
    if o.thermal:
        fade = 1 - o.thermal * lowfreq(rng, h, w, 5)[..., None]
        streak = 1 - 0.25 * o.thermal * (rng.random((1, w, 1)) > 0.985)
        f = 255 - (255 - f) * fade * streak
    f = f * np.array(o.tone, np.float32)
    pad = int(o.bed * w)
    f = cv2.copyMakeBorder(f, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(246, 246, 244))
    h, w = f.shape[:2]
    ang = float(rng.uniform(-o.skew, o.skew))
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    f = cv2.warpAffine(f, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=(246, 246, 244))
    if o.blur:
        f = cv2.GaussianBlur(f, (0, 0), o.blur)
    f = f + rng.normal(0, o.noise, f.shape).astype(np.float32)
    for _ in range(o.specks):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        r = int(rng.integers(1, 3))
        cv2.circle(f, (x, y), r, (70, 70, 70), -1)
    f = np.clip(f, 0, 255).astype(np.uint8)
    if o.width:
        f = cv2.resize(f, (o.width, int(h * o.width / w)), interpolation=cv2.INTER_AREA)
    if o.grey:
        f = cv2.cvtColor(f, cv2.COLOR_RGB2GRAY)
    return f


def texture(kind: str, h: int, w: int, rng) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    lf = lowfreq(rng, h, w, 4)
    if kind == "wood":
        warp = lowfreq(rng, h, w, 3) * 40
        s = 0.5 + 0.5 * np.sin((xx + warp) / float(rng.uniform(9, 16)) + lf * 6)
        base = np.array([128, 86, 52], np.float32)
        f = base * (0.75 + 0.3 * s[..., None]) * (0.85 + 0.2 * lf[..., None])
    elif kind == "fabric":
        base = np.array([54, 62, 80], np.float32)
        weave = 0.9 + 0.1 * (np.sin(xx * 1.7) * np.sin(yy * 1.7))
        f = base * weave[..., None] * (0.85 + 0.3 * lf[..., None])
    elif kind == "granite":
        base = np.array([92, 90, 88], np.float32)
        f = base * (0.8 + 0.4 * lf[..., None])
        f = f + rng.normal(0, 14, (h, w, 1)).astype(np.float32)
    else:  # light desk laminate
        base = np.array([208, 204, 196], np.float32)
        f = base * (0.9 + 0.12 * lf[..., None])
    f = f + rng.normal(0, 5, (h, w, 3)).astype(np.float32)
    return np.clip(f, 0, 255)


def photograph(img: np.ndarray, o: Photo, rng) -> np.ndarray:
    h, w = img.shape[:2]
    if h >= w:
        H, W = o.long, int(o.long * rng.uniform(0.7, 0.78))
    else:
        W, H = o.long, int(o.long * rng.uniform(0.72, 0.78))
    s = min(W * o.fill / w, H * o.fill / h)
    dw, dh = max(2, int(w * s)), max(2, int(h * s))
    doc = cv2.resize(img, (dw, dh), interpolation=cv2.INTER_AREA).astype(np.float32)
    if o.fold:
        yy = np.arange(dh, dtype=np.float32)[:, None, None]
        fy = dh * rng.uniform(0.35, 0.6)
        band = 1 - 0.10 * np.exp(-((yy - fy) ** 2) / (2 * (dh * 0.012) ** 2)) + 0.04 * (yy > fy)
        doc = doc * band
    bg = texture(o.bg, H, W, rng)
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    jit = rng.uniform(-o.tilt, o.tilt, (4, 2)) * np.float32([dw, dh])
    dst = (
        np.float32(
            [
                [cx - dw / 2, cy - dh / 2],
                [cx + dw / 2, cy - dh / 2],
                [cx + dw / 2, cy + dh / 2],
                [cx - dw / 2, cy + dh / 2],
            ]
        )
        + jit
    )
    ang = np.deg2rad(rng.uniform(-3, 3))
    R = np.float32([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]])
    dst = ((dst - [cx, cy]) @ R.T + [cx, cy]).astype(np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    drop = cv2.GaussianBlur(
        np.roll(mask, (int(H * 0.008), int(W * 0.01)), (0, 1)), (0, 0), W * 0.01
    )
    bg = bg * (1 - 0.45 * drop[..., None])
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1, 2)
    light = 0.93 + 0.12 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5)) - 0.1 * lowfreq(rng, H, W, 3)
    if o.shadow:
        poly = np.int32(
            [[rng.uniform(0.5, 1.0) * W, 0], [W, 0], [W, H], [rng.uniform(0.6, 1.0) * W, H]]
        )
        sh = np.zeros((H, W), np.float32)
        cv2.fillPoly(sh, [poly], 1.0)
        sh = cv2.GaussianBlur(sh, (0, 0), W * 0.03)
        light = light * (1 - 0.28 * sh)
    cast = np.float32([1.02, 1.0, 0.95]) if rng.random() < 0.6 else np.float32([0.97, 1.0, 1.03])
    out = out * light[..., None] * cast
    out = cv2.GaussianBlur(out, (0, 0), 0.7)
    out = out + rng.normal(0, 3.5, out.shape).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def image_pdf(img: np.ndarray, dpi: float, title: str) -> bytes:
    """Embed a degraded scan as the only content of a PDF page."""
    size = (img.shape[1] / dpi * 72, img.shape[0] / dpi * 72)
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "JPEG", quality=82)
    buf.seek(0)
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=size, invariant=1)
    c.setTitle(title)
    c.drawImage(ImageReader(buf), 0, 0, size[0], size[1])
    c.showPage()
    c.save()
    return out.getvalue()


# --------------------------------------------------------------------------- registry

DOCS: dict[str, tuple[Callable, object]] = {}


def doc(name: str, out: object) -> Callable:
    def deco(fn: Callable) -> Callable:
        DOCS[name] = (fn, out)
        return fn

    return deco


GREY = (0.45, 0.45, 0.45)
LIGHT = (0.92, 0.92, 0.92)


# --------------------------------------------------------------------------- invoices


@doc("i01", "pdf")
def i01(name: str, rng) -> tuple[bytes, dict]:
    """US electric co-op bill, Letter, remittance stub, account vs statement number."""
    W, H = letter
    d = Doc(name, letter, "Electric statement")
    vendor = "Cascade Ridge Electric Cooperative"
    sdate, due = date(2026, 3, 9), date(2026, 3, 30)
    kwh = 842
    rows = [
        ("Basic service charge", 1, D("12.00")),
        ("Energy charge", kwh, D("0.11234")),
        ("Delivery charge", kwh, D("0.04571")),
        ("Public purpose charge", kwh, D("0.0031")),
    ]
    amts = [q2(q * u) for _, q, u in rows]
    sub = sum(amts)
    tax = q2(sub * D("0.06"))
    total = sub + tax
    green = (0.09, 0.42, 0.27)
    d.circle(62, H - 62, 24, fill=green)
    d.poly(
        [(64, H - 42), (52, H - 64), (62, H - 64), (58, H - 82), (73, H - 56), (63, H - 56)],
        (1, 0.85, 0.2),
    )
    d.t(96, H - 56, "Cascade Ridge", "DVB", 18, color=green)
    d.t(96, H - 72, "Electric Cooperative", "DV", 11, color=green)
    d.t(96, H - 86, "PO Box 2210 · Bend, OR 97709 · (541) 555-0182", "DV", 7.5, color=GREY)
    d.rect(380, H - 140, 196, 104, fill=(0.94, 0.97, 0.95), stroke=green)
    kv = [
        ("Account number", "3304-118822-6"),
        ("Statement number", "71188204"),
        ("Statement date", mdy(sdate)),
        ("Due date", mdy(due)),
    ]
    y = H - 54
    for k, v in kv:
        d.t(388, y, k, "DV", 8)
        d.t(568, y, v, "DVB", 8, "r")
        y -= 14
    d.hline(388, 568, y + 5, 0.5, green)
    d.t(388, y - 10, "Amount due", "DVB", 11)
    d.t(568, y - 10, "$" + us(total), "DVB", 13, "r")
    d.t(40, H - 160, "SERVICE FOR", "DVB", 8, color=green)
    for k, s in enumerate(
        [
            "DANIEL & ROSA OKAFOR",
            "DBA OKAFOR FAMILY BAKERY",
            "1187 NE GREENWOOD AVE",
            "BEND OR 97701-4412",
        ]
    ):
        d.t(40, H - 174 - k * 11, s, "DVM", 8.5)
    d.t(330, H - 160, "SERVICE PERIOD", "DVB", 8, color=green)
    d.t(330, H - 174, f"{mdy(date(2026, 2, 5))} - {mdy(date(2026, 3, 5))}  (28 days)", "DV", 8.5)
    d.t(330, H - 188, "Rate schedule: GS-1 Small Commercial", "DV", 8.5)
    d.t(330, H - 202, "Meter 55102873 · Read 03/05 actual", "DV", 8.5)
    y = table(
        d,
        40,
        H - 232,
        [
            ("Meter", 110, "l"),
            ("Previous read", 110, "r"),
            ("Current read", 110, "r"),
            ("Multiplier", 80, "r"),
            ("kWh used", 122, "r"),
        ],
        [["55102873", "48,117", "48,959", "1", f"{kwh:,}"]],
        sz=8.5,
        head_fill=LIGHT,
    )
    y -= 22
    d.t(40, y, "CURRENT CHARGES", "DVB", 10, color=green)
    cur = [
        [r[0], "" if r[1] == 1 else f"{r[1]:,} kWh x ${sq(r[2])}", "$" + us(a)]
        for r, a in zip(rows, amts, strict=True)
    ]
    cur += [
        ["Subtotal electric charges", "", "$" + us(sub)],
        ["City utility tax 6.0%", "", "$" + us(tax)],
    ]
    y = table(
        d,
        40,
        y - 6,
        [("Description", 260, "l"), ("Rate", 160, "l"), ("Amount", 112, "r")],
        cur,
        sz=8.5,
    )
    d.t(300, y - 16, "Total current charges", "DVB", 10)
    d.t(572, y - 16, "$" + us(total), "DVB", 10, "r")
    y -= 46
    d.t(40, y, "ACCOUNT SUMMARY", "DVB", 10, color=green)
    summ = [
        ("Previous balance", "$131.27"),
        ("Payment received 02/24/2026 - thank you", "-$131.27"),
        ("Balance forward", "$0.00"),
        ("Total current charges", "$" + us(total)),
        ("Total amount due by " + mdy(due), "$" + us(total)),
    ]
    for k, (a, b) in enumerate(summ):
        f = "DVB" if k == 4 else "DV"
        d.t(40, y - 16 - k * 13, a, f, 8.5)
        d.t(330, y - 16 - k * 13, b, f, 8.5, "r")
    bx, by = 380, y - 82
    d.t(bx, y, "Your 13-month usage (kWh)", "DVB", 8, color=green)
    hist = [int(v) for v in rng.integers(620, 980, 13)]
    hist[-1] = kwh
    for k, v in enumerate(hist):
        bh = v / 1000 * 60
        d.rect(bx + k * 15, by, 10, bh, fill=green if k == 12 else (0.7, 0.82, 0.75), stroke=None)
    for k, m in enumerate(["M", "A", "M", "J", "J", "A", "S", "O", "N", "D", "J", "F", "M"]):
        d.t(bx + k * 15 + 5, by - 9, m, "DV", 6, "c")
    d.para(
        40,
        by - 26,
        "Late payment: a charge of 1.5% per month applies to balances not received by the due date. Questions about your bill? Call member services Mon-Fri 7:30-5:30 or visit cascaderidge.coop/billing.",
        530,
        "DV",
        7.5,
        color=GREY,
    )
    d.hline(20, W - 20, 205, 0.8, GREY, (4, 3))
    d.t(
        W / 2,
        196,
        "Please detach and return this portion with your payment. Make checks payable to Cascade Ridge Electric Cooperative.",
        "DV",
        6.5,
        "c",
        GREY,
    )
    d.t(40, 170, "Account number", "DV", 8)
    d.t(160, 170, "3304-118822-6", "DVB", 9)
    d.t(40, 155, "Due date", "DV", 8)
    d.t(160, 155, mdy(due), "DVB", 9)
    d.t(40, 140, "Amount due", "DV", 8)
    d.t(160, 140, "$" + us(total), "DVB", 9)
    d.t(40, 118, "Amount enclosed  $", "DV", 8)
    d.rect(130, 112, 110, 16)
    for k, s in enumerate(
        ["CASCADE RIDGE ELECTRIC COOPERATIVE", "PO BOX 2210", "BEND OR 97709-2210"]
    ):
        d.t(330, 150 - k * 12, s, "DVM", 9)
    d.t(40, 60, "<3304118822601> 0000" + str(total).replace(".", "") + " 7118820400", "DVM", 10)
    items = [line(r[0], r[1], r[2], a) for r, a in zip(rows, amts, strict=True)]
    tr = truth(
        "71188204",
        sdate,
        due,
        vendor,
        sub,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items,
        "Utility bill: account number and statement number both printed; service period dates; previous balance/payment lines; remittance stub repeats amount due.",
    )
    return d.pdf(), tr


@doc("i02", "pdf")
def i02(name: str, rng) -> tuple[bytes, dict]:
    """SaaS subscription invoice, paid by card; amount due 0.00; due upon receipt."""
    W, H = letter
    d = Doc(name, letter, "Invoice INV-2026-004187")
    vendor = "Lumora Analytics, Inc."
    idate = date(2026, 3, 1)
    rows = [
        ("Growth plan (monthly)\nMar 1 – Mar 31, 2026", 1, D("249.00")),
        ("Additional seats\nMar 1 – Mar 31, 2026", 3, D("19.00")),
        ("API overage (12,400 calls over quota)", 12400, D("0.002")),
    ]
    amts = [q2(q * u) for _, q, u in rows]
    sub = sum(amts)
    disc = q2(sub * D("-0.10"))
    net = sub + disc
    tax = q2(net * D("0.08875"))
    total = net + tax
    purple = (0.36, 0.22, 0.78)
    d.rect(40, H - 78, 26, 26, fill=purple, stroke=None, r=6)
    d.circle(53, H - 65, 7, fill=(1, 1, 1))
    d.t(74, H - 72, "lumora", "DVB", 20, color=purple)
    d.t(W - 40, H - 66, "Invoice", "DV", 22, "r")
    kv = [
        ("Invoice number", "INV-2026-004187"),
        ("Date of issue", en_long(idate)),
        ("Date due", "Due upon receipt"),
    ]
    for k, (a, b) in enumerate(kv):
        d.t(40, H - 120 - k * 14, a, "DV", 9, color=GREY)
        d.t(150, H - 120 - k * 14, b, "DV", 9)
    for k, s in enumerate(
        [
            vendor,
            "548 Market Street, Suite 31200",
            "San Francisco, California 94104",
            "United States",
            "billing@lumora.io",
        ]
    ):
        d.t(40, H - 180 - k * 12, s, "DVB" if k == 0 else "DV", 9)
    for k, s in enumerate(
        [
            "Bill to",
            "Harbor & Pine Design LLC",
            "Attn: Mei Tanaka",
            "77 Sackett Street",
            "Brooklyn, New York 11231",
        ]
    ):
        d.t(260, H - 180 - k * 12, s, "DVB" if k == 0 else "DV", 9)
    d.t(40, H - 262, "$" + us(total) + " USD paid on " + en_long(idate), "DVB", 15)
    cols = [
        ("Description", 300, "l"),
        ("Qty", 60, "r"),
        ("Unit price", 80, "r"),
        ("Amount", 92, "r"),
    ]
    body = [
        [r[0], f"{r[1]:,}", "$" + sq(r[2]) if r[2] < 1 else "$" + us(r[2]), "$" + us(a)]
        for r, a in zip(rows, amts, strict=True)
    ]
    y = table(d, 40, H - 295, cols, body, sz=9, hf="DV", head_color=GREY)
    tot = [
        ("Subtotal", "$" + us(sub)),
        ("Annual commitment discount (10% off)", "-$" + us(-disc)),
        ("Total excluding tax", "$" + us(net)),
        ("Sales tax - New York (8.875%)", "$" + us(tax)),
        ("Total", "$" + us(total)),
        ("Amount paid", "$" + us(total)),
        ("Amount due", "$0.00 USD"),
    ]
    for k, (a, b) in enumerate(tot):
        f = "DVB" if a in ("Total", "Amount due") else "DV"
        d.t(300, y - 18 - k * 16, a, f, 9)
        d.t(W - 40, y - 18 - k * 16, b, f, 9, "r")
    d.hline(300, W - 40, y - 18 - 3.5 * 16, 0.4, GREY)
    d.t(40, 120, "Payment history", "DVB", 9)
    d.t(
        40,
        104,
        "Visa •••• 4242   " + en_long(idate) + "   $" + us(total) + "   Receipt #2291-7741",
        "DV",
        8.5,
    )
    d.t(
        40,
        60,
        "Lumora Analytics, Inc. · EIN 88-4102937 · Questions? Contact billing@lumora.io",
        "DV",
        7.5,
        color=GREY,
    )
    d.t(W - 40, 60, "Page 1 of 1", "DV", 7.5, "r", GREY)
    items = [line(r[0].split("\n")[0], r[1], r[2], a) for r, a in zip(rows, amts, strict=True)]
    tr = truth(
        "INV-2026-004187",
        idate,
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
        "SaaS invoice already paid by card: 'Amount due $0.00' after the total; due 'upon receipt' (no due date); discount line before tax; receipt number in payment history.",
    )
    return d.pdf(), tr


@doc("i03", "pdf")
def i03(name: str, rng) -> tuple[bytes, dict]:
    """Texas contractor: sales tax on materials only, deposit deducted from balance."""
    W, H = letter
    d = Doc(name, letter, "Invoice 1187")
    vendor = "Bluebonnet Irrigation & Landscape, LLC"
    idate, due = date(2026, 3, 14), date(2026, 4, 13)
    rows = [
        ("Rain Bird ESP-TM2 8-station controller", 1, D("189.00"), True),
        ('PVC Sch 40 1" pipe, 20 ft', 12, D("14.25"), True),
        ('Pop-up spray heads 4" w/ nozzles', 24, D("6.80"), True),
        ("Drip line kit, 250 ft", 2, D("64.50"), True),
        ("Installation labor (hrs)", 14, D("72.00"), False),
        ("Trenching - machine rental pass-through", 1, D("145.00"), False),
        ("System start-up & zone programming", 1, D("95.00"), False),
    ]
    amts = [q2(q * u) for _, q, u, _ in rows]
    sub = sum(amts)
    taxable = sum(a for a, r in zip(amts, rows, strict=True) if r[3])
    tax = q2(taxable * D("0.0825"))
    total = sub + tax
    navy = (0.11, 0.2, 0.45)
    d.t(40, H - 60, "BLUEBONNET", "DVSB", 24, color=navy)
    d.t(42, H - 76, "IRRIGATION & LANDSCAPE, LLC", "DV", 9.5, color=navy)
    for k, s in enumerate(
        [
            "4410 Manchaca Rd, Austin, TX 78745",
            "(512) 555-0147 · office@bluebonnetirrigation.com",
            "TX Sales Tax Permit 3-20718-4463-1",
        ]
    ):
        d.t(42, H - 92 - k * 11, s, "DV", 8)
    d.t(W - 40, H - 62, "INVOICE", "DVB", 20, "r")
    d.rect(390, H - 150, 182, 70, stroke=navy)
    for k, (a, b) in enumerate(
        [("Invoice #", "1187"), ("Date", mdy(idate)), ("Terms", "Net 30"), ("Due Date", mdy(due))]
    ):
        d.t(398, H - 96 - k * 15, a, "DVB", 8.5)
        d.t(566, H - 96 - k * 15, b, "DV", 8.5, "r")
    d.t(40, H - 168, "BILL TO", "DVB", 8.5, color=navy)
    d.t(300, H - 168, "JOB SITE", "DVB", 8.5, color=navy)
    for k, s in enumerate(["Gloria Villarreal", "2207 Stassney Ln", "Austin, TX 78744"]):
        d.t(40, H - 182 - k * 11, s, "DV", 8.5)
    for k, s in enumerate(["Same as billing - backyard", "Estimate #E-0931 accepted 02/26/2026"]):
        d.t(300, H - 182 - k * 11, s, "DV", 8.5)
    cols = [
        ("Description", 262, "l"),
        ("Qty", 50, "r"),
        ("Rate", 80, "r"),
        ("Tax", 40, "c"),
        ("Amount", 100, "r"),
    ]
    body = [
        [r[0], sq(r[1]), us(r[2]), "T" if r[3] else "", us(a)]
        for r, a in zip(rows, amts, strict=True)
    ]
    y = table(d, 40, H - 230, cols, body, sz=8.5, head_fill=navy, head_color=(1, 1, 1), hf="DVB")
    tot = [
        ("Subtotal", us(sub)),
        ("Taxable subtotal", us(taxable)),
        ("Sales tax (8.25%)", us(tax)),
        ("Total", "$" + us(total)),
        ("Deposit received 02/27/2026", "-500.00"),
        ("Balance Due", "$" + us(total - 500)),
    ]
    for k, (a, b) in enumerate(tot):
        f = "DVB" if a in ("Total", "Balance Due") else "DV"
        d.t(460, y - 16 - k * 15, a, f, 9, "r")
        d.t(W - 40, y - 16 - k * 15, b, f, 9, "r")
    d.t(40, y - 16, "T = taxable item. Labor on residential", "DV", 7.5, color=GREY)
    d.t(40, y - 26, "real property repair is not taxable.", "DV", 7.5, color=GREY)
    d.para(
        40,
        130,
        "Please make checks payable to Bluebonnet Irrigation & Landscape, LLC. Zelle: office@bluebonnetirrigation.com. A 1.5% monthly finance charge applies to past-due balances. Thank you for your business!",
        530,
        "DVO",
        8,
    )
    items = [line(r[0], r[1], r[2], a) for r, a in zip(rows, amts, strict=True)]
    tr = truth(
        "1187",
        idate,
        due,
        vendor,
        sub,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items,
        "Sales tax only on lines marked T (materials); 'Taxable subtotal' line; deposit deducted so Balance Due differs from Total (total keyed as invoice total).",
    )
    return d.pdf(), tr


@doc("i04", Scan(dpi=200, grey=True, skew=1.4, blur=0.7, noise=6, specks=80, fmt="png"))
def i04(name: str, rng) -> tuple[bytes, dict]:
    """Quebec freelancer invoice typed in Word, French, TPS + TVQ, scanned grey."""
    W, H = letter
    d = Doc(name, letter, "Facture 2026-017")
    vendor = "Mélanie Gagnon, graphiste"
    idate, due = date(2026, 3, 6), date(2026, 4, 5)
    rows = [
        (
            "Conception de logo - Boulangerie Rivard (3 pistes, 2 rondes de révisions)",
            1,
            D("1200.00"),
        ),
        ("Déclinaison papeterie (cartes, en-tête, étiquettes)", D("6.5"), D("85.00")),
        ("Préparation des fichiers pour l'impression", 2, D("70.00")),
    ]
    amts = [q2(q * u) for _, q, u in rows]
    sub = sum(amts)
    tps = q2(sub * D("0.05"))
    tvq = q2(sub * D("0.09975"))
    total = sub + tps + tvq
    d.t(W / 2, H - 70, "Mélanie Gagnon", "DVS", 22, "c")
    d.t(W / 2, H - 88, "Design graphique · Illustration", "DVSI", 11, "c")
    d.t(
        W / 2,
        H - 104,
        "3874, rue Saint-Denis, app. 2 · Montréal (Québec) H2W 2M4 · 514 555-0199",
        "DVS",
        8.5,
        "c",
    )
    d.hline(72, W - 72, H - 114, 0.8)
    d.t(72, H - 150, "FACTURE No 2026-017", "DVSB", 14)
    d.t(72, H - 172, "Date : " + dmy_long(idate, "fr"), "DVS", 10.5)
    d.t(72, H - 188, "Échéance : " + dmy_long(due, "fr") + " (30 jours)", "DVS", 10.5)
    d.t(340, H - 150, "Facturé à :", "DVSB", 10.5)
    for k, s in enumerate(
        ["Boulangerie Rivard inc.", "1120, avenue du Mont-Royal Est", "Montréal (Québec) H2J 1X9"]
    ):
        d.t(340, H - 166 - k * 14, s, "DVS", 10.5)
    cols = [
        ("Description", 250, "l"),
        ("Qté / h", 55, "r"),
        ("Prix unitaire", 78, "r"),
        ("Montant", 85, "r"),
    ]
    body = [
        [r[0], fr(r[1]) if r[1] != 1 else "1", fr(r[2]) + " $", fr(a) + " $"]
        for r, a in zip(rows, amts, strict=True)
    ]
    y = table(d, 72, H - 240, cols, body, f="DVS", hf="DVSB", sz=10, grid=True)
    tot = [
        ("Sous-total", fr(sub) + " $"),
        ("TPS (5 %)", fr(tps) + " $"),
        ("TVQ (9,975 %)", fr(tvq) + " $"),
        ("TOTAL", fr(total) + " $"),
    ]
    for k, (a, b) in enumerate(tot):
        f = "DVSB" if a == "TOTAL" else "DVS"
        d.t(430, y - 20 - k * 17, a, f, 10.5, "r")
        d.t(W - 74, y - 20 - k * 17, b, f, 10.5, "r")
    y -= 110
    for k, s in enumerate(["No TPS : 784512290 RT0001", "No TVQ : 1223344556 TQ0001"]):
        d.t(72, y - k * 14, s, "DVS", 10)
    d.para(
        72,
        y - 40,
        "Paiement par virement Interac à melanie.gagnon.design@gmail.com ou par chèque à l'ordre de Mélanie Gagnon. Merci de votre confiance !",
        460,
        "DVSI",
        10,
    )
    items = [line(r[0], r[1], r[2], a) for r, a in zip(rows, amts, strict=True)]
    tr = truth(
        "2026-017",
        idate,
        due,
        vendor,
        sub,
        tps + tvq,
        total,
        "CAD",
        "fr-CA",
        "invoice",
        "invoice",
        items,
        "Word-made freelancer invoice in French; two taxes (TPS + TVQ) summed as vat; space thousands and decimal comma with trailing '$'; written-month dates.",
    )
    return d.pdf(), tr


@doc("i05", "pdf")
def i05(name: str, rng) -> tuple[bytes, dict]:
    """Ontario mobile phone bill, 2 pages, HST 13%, bill number vs account number."""
    W, H = letter
    d = Doc(name, letter, "Your Northlake Mobile bill")
    vendor = "Northlake Mobile Inc."
    bdate, due = date(2026, 3, 12), date(2026, 4, 2)
    lines_ = [
        (
            "416-555-0148 (Priya)",
            [
                ("Unlimited Canada 60 GB plan", D("65.00")),
                ("Device financing 14/24 - Pixel 9", D("37.50")),
                ("Long distance - US (22 min)", D("4.40")),
            ],
        ),
        (
            "416-555-0173 (Arjun)",
            [
                ("Talk & Text 10 GB plan", D("40.00")),
                ("Multi-line discount", D("-10.00")),
                ("Roaming Easy Travel (2 days)", D("24.00")),
            ],
        ),
    ]
    acct_fee = [("Account - 911 service fee", D("0.75")), ("Account - paper bill fee", D("2.00"))]
    allc = [a for _, ls in lines_ for _, a in ls] + [a for _, a in acct_fee]
    sub = sum(allc)
    hst = q2(sub * D("0.13"))
    total = sub + hst
    red = (0.78, 0.12, 0.2)
    d.rect(0, H - 70, W, 70, fill=red, stroke=None)
    d.t(40, H - 44, "northlake", "DVB", 24, color=(1, 1, 1))
    d.t(176, H - 44, "mobile", "DVL", 24, color=(1, 1, 1))
    d.t(W - 40, H - 40, "Your monthly bill", "DV", 11, "r", (1, 1, 1))
    kv = [
        ("Account number", "8841 2290 17"),
        ("Bill number", "2026031207731"),
        ("Bill date", en_short(bdate)),
        ("Billing period", "Feb 12 - Mar 11, 2026"),
    ]
    for k, (a, b) in enumerate(kv):
        d.t(40, H - 100 - k * 14, a, "DV", 9, color=GREY)
        d.t(160, H - 100 - k * 14, b, "DV", 9)
    for k, s in enumerate(
        ["PRIYA NAIR", "NAIR WELLNESS STUDIO", "55 SPADINA AVE UNIT 1204", "TORONTO ON  M5V 2J2"]
    ):
        d.t(330, H - 100 - k * 12, s, "DVM", 9)
    d.rect(40, H - 290, W - 80, 120, fill=(0.98, 0.94, 0.95), stroke=None, r=8)
    d.t(60, H - 196, "Total due", "DV", 13)
    d.t(60, H - 230, "$" + us(total), "DVB", 30, color=red)
    d.t(60, H - 252, "Please pay by " + en_long(due), "DVB", 10)
    d.t(60, H - 272, "Pre-authorized payment will be withdrawn on that date.", "DV", 8.5)
    summ = [
        ("Previous balance", "$186.94"),
        ("Payment received Feb 28 - thank you", "-$186.94"),
        ("Balance forward", "$0.00"),
        ("Monthly charges and usage", "$" + us(sub)),
        ("HST 13% (#87123 4561 RT0001)", "$" + us(hst)),
        ("Total due", "$" + us(total)),
    ]
    for k, (a, b) in enumerate(summ):
        f = "DVB" if a == "Total due" else "DV"
        d.t(330, H - 192 - k * 15, a, f, 8.5)
        d.t(W - 56, H - 192 - k * 15, b, f, 8.5, "r")
    d.t(40, H - 320, "Bill at a glance", "DVB", 12)
    y = table(
        d,
        40,
        H - 332,
        [("Line", 220, "l"), ("Plan", 200, "l"), ("Charges", 112, "r")],
        [[ln, ls[0][0], "$" + us(sum(a for _, a in ls))] for ln, ls in lines_]
        + [["Account-level charges", "", "$" + us(sum(a for _, a in acct_fee))]],
        sz=9,
        head_fill=LIGHT,
    )
    d.para(
        40,
        y - 30,
        "Details of your charges are on page 2. Log in to My Northlake to see your usage, download previous bills, and set up data alerts. Northlake Mobile Inc., 200 Wellington St W, Toronto ON M5V 3C7.",
        530,
        "DV",
        8,
        color=GREY,
    )
    d.t(W - 40, 30, "Page 1 of 2", "DV", 7.5, "r", GREY)
    d.page()
    d.t(40, H - 50, "Charge details", "DVB", 15, color=red)
    d.t(W - 40, H - 50, "Account 8841 2290 17 · Bill " + en_short(bdate), "DV", 8.5, "r", GREY)
    y = H - 76
    items = []
    for ln, ls in [*lines_, ("Account", acct_fee)]:
        d.t(40, y, ln, "DVB", 10)
        y = table(
            d,
            40,
            y - 6,
            [("Description", 400, "l"), ("Amount", 132, "r")],
            [[a, ("-$" + us(-b)) if b < 0 else "$" + us(b)] for a, b in ls],
            sz=9,
            hf="DV",
            head_color=GREY,
        )
        items += [line(a, 1, b, b) for a, b in ls]
        y -= 24
    for k, (a, b) in enumerate(
        [
            ("Subtotal before taxes", "$" + us(sub)),
            ("HST (Ontario) 13%", "$" + us(hst)),
            ("Total new charges", "$" + us(total)),
        ]
    ):
        d.t(380, y - k * 15, a, "DVB" if k == 2 else "DV", 9)
        d.t(W - 40, y - k * 15, b, "DVB" if k == 2 else "DV", 9, "r")
    d.t(W - 40, 30, "Page 2 of 2", "DV", 7.5, "r", GREY)
    tr = truth(
        "2026031207731",
        bdate,
        due,
        vendor,
        sub,
        hst,
        total,
        "CAD",
        "en-CA",
        "invoice",
        "invoice",
        items,
        "Two-page phone bill; bill number vs account number; billing period dates; previous balance/payment lines; negative multi-line discount; HST 13%.",
    )
    return d.pdf(), tr


@doc("i06", "pdf")
def i06(name: str, rng) -> tuple[bytes, dict]:
    """Mexican CFDI 4.0 printout: Serie/Folio, UUID, IVA 16%, amount in words."""
    _W, H = letter
    d = Doc(name, letter, "CFDI A-2841")
    vendor = "Servicios Integrales de Cómputo del Bajío, S.A. de C.V."
    idate = date(2026, 3, 10)
    rows = [
        (
            "43211507",
            "H87",
            "Computadora portátil Lenovo ThinkPad E14 Gen 6, 16 GB RAM, 512 GB SSD",
            3,
            D("16850.00"),
        ),
        (
            "81111812",
            "E48",
            "Servicio de instalación y configuración de equipo de cómputo",
            3,
            D("650.00"),
        ),
        ("43233205", "H87", "Licencia antivirus corporativo 1 año", 3, D("489.00")),
    ]
    amts = [q2(q * u) for _, _, _, q, u in rows]
    sub = sum(amts)
    iva = q2(sub * D("0.16"))
    total = sub + iva
    blue = (0.05, 0.3, 0.55)
    d.rect(36, H - 96, 70, 60, fill=blue, stroke=None)
    d.t(71, H - 72, "SIC", "DVB", 20, "c", (1, 1, 1))
    d.t(71, H - 86, "BAJÍO", "DV", 8, "c", (1, 1, 1))
    d.t(116, H - 48, vendor, "DVB", 8.8)
    for k, s in enumerate(
        [
            "RFC: SIC120315AB7",
            "Régimen fiscal: 601 General de Ley Personas Morales",
            "Blvd. Adolfo López Mateos 1402, Col. Jardines del Moral",
            "León, Guanajuato, C.P. 37160",
        ]
    ):
        d.t(116, H - 62 - k * 11, s, "DV", 7.5)
    d.rect(400, H - 118, 176, 82, stroke=blue)
    d.t(488, H - 50, "FACTURA", "DVB", 12, "c", blue)
    kv = [
        ("Serie y folio:", "A-2841"),
        ("Fecha emisión:", "2026-03-10T11:42:07"),
        ("Lugar exp.:", "37160"),
        ("Tipo comprobante:", "I - Ingreso"),
        ("Moneda:", "MXN"),
    ]
    for k, (a, b) in enumerate(kv):
        d.t(406, H - 66 - k * 10, a, "DVB", 7)
        d.t(570, H - 66 - k * 10, b, "DV", 7, "r")
    d.t(36, H - 134, "Folio fiscal (UUID): 6F3C2A91-7B4E-4D2A-9C81-2E5B7A0D4F13", "DV", 7.5)
    d.t(36, H - 145, "No. de serie del CSD: 00001000000512345678", "DV", 7.5)
    d.rect(36, H - 214, 540, 60, stroke=GREY)
    d.t(42, H - 166, "RECEPTOR", "DVB", 8, color=blue)
    for k, s in enumerate(
        [
            "Nombre: CONSULTORES TORRES Y VEGA",
            "RFC: CTV1808226K3",
            "Domicilio fiscal: 37000",
            "Régimen: 601",
            "Uso CFDI: G03 - Gastos en general",
        ]
    ):
        d.t(42 + (k // 3) * 290, H - 178 - (k % 3) * 11, s, "DV", 7.5)
    cols = [
        ("Clave\nProdServ", 52, "l"),
        ("Cant.", 30, "r"),
        ("Clave\nunidad", 40, "c"),
        ("Descripción", 218, "l"),
        ("Valor\nunitario", 70, "r"),
        ("Importe", 70, "r"),
        ("Obj.\nimp.", 30, "c"),
    ]
    body = [
        [r[0], str(r[3]), r[1], r[2], "$" + us(r[4]), "$" + us(a), "02"]
        for r, a in zip(rows, amts, strict=True)
    ]
    y = table(
        d,
        36,
        H - 226,
        cols,
        body,
        sz=7.5,
        hsz=7.5,
        head_fill=blue,
        head_color=(1, 1, 1),
        grid=True,
        lead=1.3,
    )
    tot = [
        ("Subtotal:", "$" + us(sub)),
        ("IVA Trasladado 16%:", "$" + us(iva)),
        ("Total:", "$" + us(total)),
    ]
    for k, (a, b) in enumerate(tot):
        d.t(490, y - 16 - k * 13, a, "DVB", 8.5, "r")
        d.t(576, y - 16 - k * 13, b, "DVB" if k == 2 else "DV", 8.5, "r")
    words = es_words(int(total)).upper()
    cents = int((total - int(total)) * 100)
    y = d.para(
        36, y - 16, f"Importe con letra: ({words} PESOS {cents:02d}/100 M.N.)", 330, "DV", 7.5
    )
    for k, s in enumerate(
        [
            "Forma de pago: 99 - Por definir",
            "Método de pago: PPD - Pago en parcialidades o diferido",
            "Condiciones de pago: Crédito 30 días",
            "Exportación: 01 - No aplica",
        ]
    ):
        d.t(36, y - 6 - k * 10, s, "DV", 7.5)
    y -= 70
    d.qr(36, y - 100, 100, rng, 29)
    for k, lbl in enumerate(
        [
            "Sello digital del CFDI:",
            "Sello digital del SAT:",
            "Cadena original del complemento de certificación digital del SAT:",
        ]
    ):
        d.t(150, y - k * 48, lbl, "DVB", 7)
        blob = "".join(
            rng.choice(
                list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), 300
            )
        )
        d.para(
            150,
            y - 10 - k * 48,
            " ".join(blob[i : i + 96] for i in range(0, 288, 96)),
            420,
            "DVM",
            5.6,
            1.25,
        )
    d.t(36, 40, "Este documento es una representación impresa de un CFDI 4.0", "DV", 7.5)
    d.t(576, 40, "Página 1 de 1", "DV", 7.5, "r")
    items = [line(r[2], r[3], r[4], a) for r, a in zip(rows, amts, strict=True)]
    tr = truth(
        "A-2841",
        idate,
        None,
        vendor,
        sub,
        iva,
        total,
        "MXN",
        "es-MX",
        "invoice",
        "invoice",
        items,
        "CFDI printout: Serie y folio vs UUID folio fiscal; ISO datetime; 'Crédito 30 días' but no printed due date; amount in words; long seal strings.",
    )
    return d.pdf(), tr


@doc("i07", "pdf")
def i07(name: str, rng) -> tuple[bytes, dict]:
    """Brazilian NFS-e (Curitiba style): ISS included in the service value."""
    W, H = A4
    d = Doc(name, A4, "NFS-e 000184")
    vendor = "Ribeiro & Matsuda Consultoria em TI Ltda."
    idate, due = date(2026, 3, 9), date(2026, 3, 24)
    total = D("7800.00")
    iss = q2(total * D("0.05"))
    net = total - iss
    d.rect(30, H - 100, W - 60, 70, stroke=BLACK)
    d.circle(70, H - 65, 22, stroke=BLACK, lw=1)
    d.t(70, H - 69, "PMC", "DVB", 9, "c")
    d.t(W / 2 + 20, H - 52, "PREFEITURA MUNICIPAL DE CURITIBA", "DVB", 11, "c")
    d.t(W / 2 + 20, H - 66, "SECRETARIA MUNICIPAL DE FINANÇAS", "DV", 8, "c")
    d.t(W / 2 + 20, H - 82, "NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e", "DVB", 10, "c")
    kv = [
        ("Número da NFS-e", "000184"),
        ("Data e Hora da Emissão", dmy(idate) + " 16:05:44"),
        ("Código de Verificação", "K7Q2-M9XR"),
    ]
    for k, (a, b) in enumerate(kv):
        d.rect(30 + k * 178.3, H - 136, 178.3, 32, stroke=BLACK, lw=0.5)
        d.t(36 + k * 178.3, H - 116, a, "DV", 7)
        d.t(36 + k * 178.3, H - 130, b, "DVB", 10)

    def block(y: float, title: str, rows_: list[str]) -> float:
        d.rect(30, y - 14, W - 60, 14, fill=LIGHT, stroke=BLACK, lw=0.5)
        d.t(W / 2, y - 10, title, "DVB", 8, "c")
        for k, s in enumerate(rows_):
            d.t(36, y - 26 - k * 11, s, "DV", 8)
        bottom = y - 20 - len(rows_) * 11
        d.rect(30, bottom, W - 60, y - 14 - bottom, stroke=BLACK, lw=0.5)
        return bottom - 6

    y = block(
        H - 142,
        "PRESTADOR DE SERVIÇOS",
        [
            "Razão Social: " + vendor,
            "CNPJ: 34.512.876/0001-09      Inscrição Municipal: 0801.00.457.221-3",
            "Endereço: Rua Mateus Leme, 2018, sala 604 - Centro Cívico - Curitiba/PR - CEP 80530-010",
        ],
    )
    y = block(
        y,
        "TOMADOR DE SERVIÇOS",
        [
            "Razão Social: Cooperativa Agroindustrial Vale do Tibagi",
            "CNPJ: 08.221.490/0001-77      Inscrição Estadual: 90.412.338-50",
            "Endereço: Av. Ernani Lacerda de Athayde, 1100 - Ponta Grossa/PR - CEP 84051-000",
            "E-mail: fiscal@valetibagi.coop.br",
        ],
    )
    y = block(
        y,
        "DISCRIMINAÇÃO DOS SERVIÇOS",
        [
            "Consultoria em migração de ERP - fevereiro/2026: levantamento de requisitos, mapeamento",
            "de processos fiscais e parametrização do módulo de compras. 60 horas x R$ 130,00.",
            "",
            "Pagamento via boleto bancário com vencimento em " + dmy(due) + ".",
            "Valor aproximado dos tributos: R$ 1.263,60 (16,20%) Fonte: IBPT.",
        ],
    )
    d.t(36, y - 12, "Código do Serviço: 01.06 - Assessoria e consultoria em informática", "DV", 8)
    y -= 22
    cells = [
        ("Valor Total do Serviço", "R$ " + eu(total)),
        ("Deduções", "R$ 0,00"),
        ("Base de Cálculo", "R$ " + eu(total)),
        ("Alíquota", "5,00%"),
        ("Valor do ISS", "R$ " + eu(iss)),
        ("ISS Retido", "Não"),
    ]
    cw = (W - 60) / 6
    for k, (a, b) in enumerate(cells):
        d.rect(30 + k * cw, y - 34, cw, 34, stroke=BLACK, lw=0.5)
        d.t(34 + k * cw, y - 12, a, "DV", 6.5)
        d.t(30 + (k + 1) * cw - 4, y - 28, b, "DVB", 8.5, "r")
    y -= 40
    fed = [
        ("PIS", "R$ 0,00"),
        ("COFINS", "R$ 0,00"),
        ("IR", "R$ 0,00"),
        ("INSS", "R$ 0,00"),
        ("CSLL", "R$ 0,00"),
        ("Valor Líquido", "R$ " + eu(total)),
    ]
    for k, (a, b) in enumerate(fed):
        d.rect(30 + k * cw, y - 30, cw, 30, stroke=BLACK, lw=0.5)
        d.t(34 + k * cw, y - 11, a, "DV", 6.5)
        d.t(30 + (k + 1) * cw - 4, y - 25, b, "DVB" if k == 5 else "DV", 8.5, "r")
    y -= 46
    d.rect(30, 60, W - 60, y - 60, stroke=BLACK, lw=0.5)
    d.t(36, y - 14, "OUTRAS INFORMAÇÕES", "DVB", 8)
    d.para(
        36,
        y - 28,
        "Documento emitido por ME ou EPP optante pelo Simples Nacional: Não. Esta NFS-e substitui o RPS nº 221, série 1, emitido em "
        + dmy(idate)
        + ". A autenticidade desta nota pode ser verificada em nfse.curitiba.pr.gov.br com o código de verificação.",
        W - 80,
        "DV",
        7.5,
    )
    items = [
        line("Consultoria em migração de ERP - fevereiro/2026 (60 horas)", 60, D("130.00"), total)
    ]
    tr = truth(
        "000184",
        idate,
        due,
        vendor,
        net,
        iss,
        total,
        "BRL",
        "pt-BR",
        "invoice",
        "invoice",
        items,
        "NFS-e: ISS 5% is included in the service value (not added), so amount = total - ISS; 'Valor Líquido' equals the total; due date only in the free-text block; IBPT approximate-tax figure is informational.",
    )
    return d.pdf(), tr


@doc("i08", Scan(dpi=220, grey=False, skew=1.8, blur=0.8, noise=5, specks=40, fmt="jpg"))
def i08(name: str, rng) -> tuple[bytes, dict]:
    """Argentine Factura A (AFIP layout): IVA 21 % and 10,5 %, CAE expiry vs payment due."""
    W, H = A4
    d = Doc(name, A4, "Factura A 00004-00000871")
    vendor = "Climatización Del Sur S.R.L."
    idate, due = date(2026, 3, 11), date(2026, 4, 10)
    rows = [
        ("Equipo split inverter 6000 frig. frío/calor", 2, D("1245000.00"), D("10.5")),
        ("Instalación de equipo split hasta 3 m de cañería", 2, D("185000.00"), D("21")),
        ("Materiales: cañería de cobre, soportes y cableado", 1, D("142300.00"), D("21")),
        ("Mantenimiento preventivo trimestral - marzo 2026", 1, D("96000.00"), D("21")),
    ]
    amts = [q2(q * u) for _, q, u, _ in rows]
    net = sum(amts)
    iva21 = q2(sum(a for a, r in zip(amts, rows, strict=True) if r[3] == 21) * D("0.21"))
    iva105 = q2(sum(a for a, r in zip(amts, rows, strict=True) if r[3] != 21) * D("0.105"))
    total = net + iva21 + iva105
    d.t(W / 2, H - 36, "ORIGINAL", "DVB", 11, "c")
    d.rect(28, H - 170, W - 56, 122, stroke=BLACK, lw=0.8)
    d.vline(W / 2, H - 170, H - 96, 0.8)
    d.rect(W / 2 - 24, H - 96, 48, 48, fill=(1, 1, 1), stroke=BLACK, lw=1)
    d.t(W / 2, H - 80, "A", "DVB", 26, "c")
    d.t(W / 2, H - 92, "COD. 01", "DVB", 6.5, "c")
    d.t(40, H - 74, "CLIMATIZACIÓN DEL SUR", "DVB", 13)
    d.t(40, H - 104, "Razón Social: " + vendor, "DV", 7.5)
    d.t(40, H - 116, "Domicilio Comercial: Av. Colón 2840 - Mar del Plata,", "DV", 7.5)
    d.t(40, H - 126, "Buenos Aires", "DV", 7.5)
    d.t(40, H - 142, "Condición frente al IVA: IVA Responsable Inscripto", "DVB", 7.5)
    d.t(W / 2 + 40, H - 68, "FACTURA", "DVB", 16)
    kv = [
        ("Punto de Venta:", "00004"),
        ("Comp. Nro:", "00000871"),
        ("Fecha de Emisión:", dmy(idate)),
        ("CUIT:", "30-71458236-9"),
        ("Ingresos Brutos:", "30-71458236-9"),
        ("Fecha de Inicio de Actividades:", "01/08/2014"),
    ]
    for k, (a, b) in enumerate(kv):
        x = W / 2 + 40 + (k % 2) * 120 if k < 2 else W / 2 + 40
        yy = H - 88 if k < 2 else H - 102 - (k - 2) * 12
        w = d.t(x, yy, a, "DVB", 7.5)
        d.t(x + w + 4, yy, b, "DV", 7.5)
    d.rect(28, H - 196, W - 56, 22, stroke=BLACK, lw=0.6)
    d.t(36, H - 189, "Período Facturado Desde: 01/03/2026   Hasta: 31/03/2026", "DVB", 7.5)
    d.t(W - 36, H - 189, "Fecha de Vto. para el pago: " + dmy(due), "DVB", 7.5, "r")
    d.rect(28, H - 250, W - 56, 50, stroke=BLACK, lw=0.6)
    for k, s in enumerate(
        [
            "CUIT: 30-68912345-2     Apellido y Nombre / Razón Social: HOTEL COSTA GALANA S.A.",
            "Condición frente al IVA: IVA Responsable Inscripto     Domicilio: Bv. Marítimo 5725 - Mar del Plata",
            "Condición de venta: Cuenta Corriente",
        ]
    ):
        d.t(36, H - 214 - k * 12, s, "DV", 7.5)
    cols = [
        ("Producto / Servicio", 205, "l"),
        ("Cantidad", 45, "r"),
        ("U.\nMedida", 45, "c"),
        ("Precio Unit.", 75, "r"),
        ("%\nBonif", 35, "r"),
        ("Subtotal", 70, "r"),
        ("Alícuota\nIVA", 44, "r"),
    ]
    body = [
        [
            r[0],
            eu(r[1]),
            "unidades",
            eu(r[2]),
            "0,00",
            eu(a),
            (eu(r[3]).replace(",00", "") + "%").replace("10,50%", "10,5%"),
        ]
        for r, a in zip(rows, amts, strict=True)
    ]
    table(d, 30, H - 258, cols, body, sz=7, hsz=7, head_fill=(0.8, 0.8, 0.8), lead=1.3)
    d.rect(28, 150, W - 56, 120, stroke=BLACK, lw=0.6)
    tot = [
        ("Importe Neto Gravado: $", eu(net)),
        ("IVA 27%: $", "0,00"),
        ("IVA 21%: $", eu(iva21)),
        ("IVA 10.5%: $", eu(iva105)),
        ("IVA 5%: $", "0,00"),
        ("IVA 2.5%: $", "0,00"),
        ("IVA 0%: $", "0,00"),
        ("Importe Otros Tributos: $", "0,00"),
        ("Importe Total: $", eu(total)),
    ]
    for k, (a, b) in enumerate(tot):
        f = "DVB"
        d.t(470, 258 - k * 12, a, f, 7.5, "r")
        d.t(W - 36, 258 - k * 12, b, f, 7.5, "r")
    d.stack(36, 60, 150, 60, rng, 14)
    d.t(200, 106, "Comprobante Autorizado", "DVB", 9)
    d.t(
        200,
        92,
        "Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación",
        "DVO",
        5.8,
    )
    d.t(W - 36, 78, "CAE N°: 76104829315527", "DVB", 8, "r")
    d.t(W - 36, 64, "Fecha de Vto. de CAE: " + dmy(date(2026, 3, 21)), "DVB", 8, "r")
    d.t(W / 2, 36, "Pág. 1/1", "DV", 7.5, "c")
    items = [line(r[0], r[1], r[2], a) for r, a in zip(rows, amts, strict=True)]
    tr = truth(
        "00004-00000871",
        idate,
        due,
        vendor,
        net,
        iva21 + iva105,
        total,
        "ARS",
        "es-AR",
        "invoice",
        "invoice",
        items,
        "AFIP Factura A: number split into Punto de Venta + Comp. Nro (keyed 00004-00000871); two IVA rates summed; CAE expiry date (21/03) is not the payment due date (10/04); large ARS amounts with dot thousands.",
    )
    return d.pdf(), tr


@doc("i09", "pdf")
def i09(name: str, rng) -> tuple[bytes, dict]:
    """Chilean factura electrónica: red SII box, CLP without decimals, timbre."""
    W, H = letter
    d = Doc(name, letter, "Factura Electrónica 4521")
    vendor = "Imprenta y Gráfica Los Andes SpA"
    idate, due = date(2026, 3, 12), date(2026, 4, 11)
    rows = [
        ("Catálogo 24 págs. 4/4 color, couché 130 g, 1.000 ejemplares", 1000, D("890")),
        ("Pendones roller 85x200 cm impresos", 4, D("48500")),
        ("Tarjetas de presentación 9x5 cm (caja 500)", 6, D("17900")),
        ("Diseño y preprensa", 1, D("85000")),
    ]
    amts = [q0(q * u) for _, q, u in rows]
    net = sum(amts)
    iva = q0(net * D("0.19"))
    total = net + iva
    red = (0.8, 0.1, 0.1)
    d.t(40, H - 58, "LOS ANDES", "DVSB", 22, color=(0.2, 0.2, 0.2))
    d.poly([(230, H - 62), (246, H - 36), (262, H - 62)], (0.3, 0.3, 0.3))
    d.poly([(250, H - 62), (268, H - 30), (286, H - 62)], (0.55, 0.55, 0.55))
    for k, s in enumerate(
        [
            vendor.upper(),
            "Giro: Impresión y servicios gráficos",
            "Av. Matta 1188, Santiago - Región Metropolitana",
            "Tel: +56 2 2555 0143 · ventas@graficalosandes.cl",
        ]
    ):
        d.t(40, H - 78 - k * 11, s, "DVB" if k == 0 else "DV", 8)
    d.rect(400, H - 122, 172, 86, stroke=red, lw=2)
    d.t(486, H - 56, "R.U.T.: 76.543.210-K", "DVB", 10, "c", red)
    d.t(486, H - 74, "FACTURA ELECTRÓNICA", "DVB", 10, "c", red)
    d.t(486, H - 92, "N° 4521", "DVB", 11, "c", red)
    d.t(486, H - 136, "S.I.I. - SANTIAGO CENTRO", "DVB", 8, "c", red)
    d.rect(40, H - 226, W - 80, 70, stroke=GREY)
    kv = [
        ("Señor(es):", "Comercial Pehuén Limitada"),
        ("R.U.T.:", "77.812.450-3"),
        ("Giro:", "Venta al por menor de artículos de camping"),
        ("Dirección:", "Los Carrera 1450, Concepción"),
        ("Fecha Emisión:", dmy_long(idate, "es")),
        ("Fecha Vencimiento:", dmy_long(due, "es")),
        ("Condición de venta:", "Crédito 30 días"),
    ]
    for k, (a, b) in enumerate(kv):
        x = 48 if k < 4 else 330
        yy = H - 172 - (k if k < 4 else k - 4) * 13
        w = d.t(x, yy, a, "DVB", 8)
        d.t(x + w + 5, yy, b, "DV", 8)
    cols = [
        ("Código", 50, "l"),
        ("Descripción", 252, "l"),
        ("Cant.", 50, "r"),
        ("Precio", 70, "r"),
        ("Valor", 110, "r"),
    ]
    body = [
        [f"IG-{100 + k * 7}", r[0], cl(r[1]), cl(r[2]), cl(a)]
        for k, (r, a) in enumerate(zip(rows, amts, strict=True))
    ]
    y = table(d, 40, H - 240, cols, body, sz=8, grid=True, head_fill=LIGHT)
    tot = [("MONTO NETO $", cl(net)), ("I.V.A. 19% $", cl(iva)), ("TOTAL $", cl(total))]
    for k, (a, b) in enumerate(tot):
        d.rect(400, y - 22 - k * 18, 172, 18, stroke=BLACK, lw=0.5)
        d.t(480, y - 16 - k * 18, a, "DVB", 8.5, "r")
        d.t(566, y - 16 - k * 18, b, "DVB", 8.5, "r")
    d.stack(60, 110, 200, 70, rng, 16)
    d.t(160, 96, "Timbre Electrónico SII", "DVB", 7.5, "c")
    d.t(160, 86, "Res. 80 de 2014 - Verifique documento: www.sii.cl", "DV", 6.5, "c")
    d.t(W - 40, 100, "CEDIBLE", "DVB", 9, "r")
    items = [line(r[0], r[1], r[2], a) for r, a in zip(rows, amts, strict=True)]
    tr = truth(
        "4521",
        idate,
        due,
        vendor,
        net,
        iva,
        total,
        "CLP",
        "es-CL",
        "invoice",
        "invoice",
        items,
        "Chilean factura: CLP printed without decimals with dot thousands; RUT in the red SII box beside the number; written Spanish dates.",
    )
    return d.pdf(), tr


@doc("i10", "pdf")
def i10(name: str, rng) -> tuple[bytes, dict]:
    """Colombian food wholesaler: factura electrónica, IVA 19 % / 5 % / excluded, CUFE."""
    W, H = A4
    d = Doc(name, A4, "FEV 18734")
    vendor = "Distribuidora Andina de Alimentos S.A.S."
    idate, due = date(2026, 3, 5), date(2026, 4, 4)
    rows = [
        ("Aceite vegetal x 3000 ml", 24, D("28500.00"), 19),
        ("Arroz blanco premium bulto x 25 kg", 10, D("98000.00"), 0),
        ("Café tostado molido x 500 g", 36, D("21900.00"), 5),
        ("Atún en aceite lata x 170 g (caja x 48)", 3, D("187200.00"), 19),
        ("Azúcar blanca x 50 kg", 4, D("176500.00"), 5),
        ("Servilletas institucionales (paca x 24)", 6, D("42800.00"), 19),
    ]
    amts = [q2(q * u) for _, q, u, _ in rows]
    sub = sum(amts)
    base19 = sum(a for a, r in zip(amts, rows, strict=True) if r[3] == 19)
    base5 = sum(a for a, r in zip(amts, rows, strict=True) if r[3] == 5)
    iva19, iva5 = q2(base19 * D("0.19")), q2(base5 * D("0.05"))
    total = sub + iva19 + iva5
    orange = (0.9, 0.45, 0.05)
    d.circle(60, H - 60, 22, fill=orange)
    d.poly([(44, H - 68), (60, H - 44), (76, H - 68)], (1, 1, 1))
    d.t(92, H - 56, "ANDINA", "DVB", 20, color=orange)
    d.t(92, H - 70, "DISTRIBUIDORA DE ALIMENTOS", "DV", 8)
    for k, s in enumerate(
        [
            vendor,
            "NIT 900.456.789-1 · Responsable de IVA",
            "Calle 13 # 68D-40 Bodega 7, Bogotá D.C.",
            "PBX (601) 555 0123",
        ]
    ):
        d.t(92, H - 84 - k * 10, s, "DV", 7.5)
    d.t(W - 36, H - 50, "FACTURA ELECTRÓNICA DE VENTA", "DVB", 10, "r")
    d.t(W - 36, H - 68, "No. FEV 18734", "DVB", 13, "r", orange)
    for k, s in enumerate(
        [
            "Fecha de expedición: " + dmy(idate) + " 09:14:52",
            "Fecha de vencimiento: " + dmy(due),
            "Forma de pago: Crédito · Medio: Transferencia",
        ]
    ):
        d.t(W - 36, H - 84 - k * 11, s, "DV", 7.5, "r")
    d.rect(36, H - 186, W - 72, 50, stroke=GREY, r=4)
    for k, s in enumerate(
        [
            "Cliente: RESTAURANTE EL FOGÓN PAISA S.A.S.   NIT: 901.223.554-0",
            "Dirección: Carrera 7 # 45-12, Bogotá D.C.   Teléfono: 310 555 0188",
            "Correo: compras@elfogonpaisa.co",
        ]
    ):
        d.t(44, H - 150 - k * 12, s, "DV", 8)
    cols = [
        ("#", 18, "c"),
        ("Descripción", 215, "l"),
        ("Cant.", 35, "r"),
        ("Vr. unitario", 75, "r"),
        ("IVA %", 35, "r"),
        ("Vr. total", 90, "r"),
    ]
    body = [
        [str(k + 1), r[0], str(r[1]), "$ " + eu(r[2]), str(r[3]), "$ " + eu(a)]
        for k, (r, a) in enumerate(zip(rows, amts, strict=True))
    ]
    y = table(d, 36, H - 200, cols, body, sz=7.8, head_fill=orange, head_color=(1, 1, 1))
    tot = [
        ("Subtotal", eu(sub)),
        ("Base gravable IVA 19%", eu(base19)),
        ("IVA 19%", eu(iva19)),
        ("Base gravable IVA 5%", eu(base5)),
        ("IVA 5%", eu(iva5)),
        ("TOTAL A PAGAR", eu(total)),
    ]
    for k, (a, b) in enumerate(tot):
        f = "DVB" if k == 5 else "DV"
        d.t(420, y - 16 - k * 13, a, f, 8, "r")
        d.t(W - 40, y - 16 - k * 13, "$ " + b, f, 8, "r")
    y -= 110
    words = es_words(int(total)).upper()
    d.para(36, y, f"Son: {words} PESOS M/CTE", 520, "DV", 7.5)
    d.qr(36, 70, 80, rng, 25)
    for k, s in enumerate(
        [
            "CUFE: " + "".join(rng.choice(list("0123456789abcdef"), 48)),
            "".join(rng.choice(list("0123456789abcdef"), 48)),
            "Resolución DIAN No. 18764061284523 del 2025-02-14, prefijo FEV, rango 1 al 50000, vigencia 24 meses.",
            "Representación gráfica de la factura electrónica. Proveedor tecnológico: Facturex S.A.S. NIT 900.111.222-3",
        ]
    ):
        d.t(130, 140 - k * 11, s, "DV", 6.8)
    items = [line(r[0], r[1], r[2], a) for r, a in zip(rows, amts, strict=True)]
    tr = truth(
        "FEV 18734",
        idate,
        due,
        vendor,
        sub,
        iva19 + iva5,
        total,
        "COP",
        "es-CO",
        "invoice",
        "invoice",
        items,
        "Colombian e-invoice: IVA at 19 % and 5 % plus an excluded line; 'Base gravable' lines look like amounts; COP with dot thousands and ',00'; DIAN resolution range numbers.",
    )
    return d.pdf(), tr


@doc("i11", Photo(dpi=200, long=2200, bg="granite", q=72, fold=True))
def i11(name: str, rng) -> tuple[bytes, dict]:
    """Peruvian car repair shop factura electrónica F001, IGV 18 %, photographed."""
    W, H = A4
    d = Doc(name, A4, "F001-00004567")
    vendor = "Taller Automotriz Hermanos Quispe E.I.R.L."
    idate = date(2026, 3, 16)
    rows = [
        ("Cambio de aceite sintético 5W-30 (4.5 L) + filtro", 1, D("265.00")),
        ("Pastillas de freno delanteras (juego)", 1, D("180.00")),
        ("Rectificado de discos de freno", 2, D("60.00")),
        ("Mano de obra - frenos y mantenimiento", D("3.5"), D("75.00")),
        ("Escaneo computarizado", 1, D("50.00")),
    ]
    amts = [q2(q * u) for _, q, u in rows]
    grav = sum(amts)
    igv = q2(grav * D("0.18"))
    total = grav + igv
    blue = (0.1, 0.25, 0.5)
    d.rect(40, H - 110, 60, 60, fill=blue, stroke=None, r=8)
    d.t(70, H - 88, "HQ", "DVB", 22, "c", (1, 1, 1))
    d.t(110, H - 64, "TALLER AUTOMOTRIZ", "DVB", 13, color=blue)
    d.t(110, H - 80, "HERMANOS QUISPE", "DVB", 13, color=blue)
    for k, s in enumerate(
        [
            vendor,
            "Av. Túpac Amaru 3420, Independencia - Lima",
            "Telf. (01) 555-0176 · taller.hquispe@gmail.com",
        ]
    ):
        d.t(110, H - 96 - k * 11, s, "DV", 7.5)
    d.rect(380, H - 124, 176, 80, stroke=BLACK, lw=1.2)
    for k, (s, f, sz) in enumerate(
        [
            ("R.U.C. 20601234567", "DVB", 10),
            ("FACTURA ELECTRÓNICA", "DVB", 10),
            ("F001-00004567", "DVB", 12),
        ]
    ):
        d.t(468, H - 66 - k * 20, s, f, sz, "c")
    kv = [
        ("Señor(es):", "Inversiones Marañón S.A.C."),
        ("R.U.C.:", "20554871236"),
        ("Dirección:", "Jr. Huallaga 455, Cercado de Lima"),
        ("Fecha de emisión:", dmy(idate)),
        ("Moneda:", "SOLES"),
        ("Forma de pago:", "Contado"),
        ("Placa:", "BKR-482"),
        ("Vehículo:", "Toyota Hilux 2021 · 68,420 km"),
    ]
    for k, (a, b) in enumerate(kv):
        x = 40 if k < 5 else 340
        yy = H - 150 - (k if k < 5 else k - 5) * 13
        w = d.t(x, yy, a, "DVB", 8.5)
        d.t(x + w + 5, yy, b, "DV", 8.5)
    cols = [
        ("Cant.", 40, "r"),
        ("Unidad", 45, "c"),
        ("Descripción", 250, "l"),
        ("V. Unitario", 90, "r"),
        ("Importe", 90, "r"),
    ]
    body = [
        [sq(r[1]), "NIU" if r[1] == 1 or r[1] == 2 else "HUR", r[0], us(r[2]), us(a)]
        for r, a in zip(rows, amts, strict=True)
    ]
    y = table(d, 40, H - 230, cols, body, sz=8.5, grid=True, head_fill=LIGHT)
    tot = [
        ("Op. Gravada", "S/ " + us(grav)),
        ("Op. Exonerada", "S/ 0.00"),
        ("Op. Inafecta", "S/ 0.00"),
        ("IGV 18%", "S/ " + us(igv)),
        ("Importe Total", "S/ " + us(total)),
    ]
    for k, (a, b) in enumerate(tot):
        f = "DVB" if k == 4 else "DV"
        d.t(440, y - 18 - k * 14, a, f, 9, "r")
        d.t(W - 40, y - 18 - k * 14, b, f, 9, "r")
    cents = int((total - int(total)) * 100)
    d.t(40, y - 18, f"SON: {es_words(int(total)).upper()} Y {cents:02d}/100", "DVB", 8)
    d.t(40, y - 30, "SOLES", "DVB", 8)
    d.qr(40, 90, 90, rng, 25)
    d.t(140, 160, "Representación impresa de la Factura Electrónica.", "DV", 7.5)
    d.t(140, 148, "Consulte en www.sunat.gob.pe", "DV", 7.5)
    d.t(140, 130, "Garantía de mano de obra: 30 días o 1,000 km.", "DVO", 8)
    items = [line(r[0], r[1], r[2], a) for r, a in zip(rows, amts, strict=True)]
    tr = truth(
        "F001-00004567",
        idate,
        None,
        vendor,
        grav,
        igv,
        total,
        "PEN",
        "es-PE",
        "invoice",
        "invoice",
        items,
        "Photo of a Peruvian factura: S/ with dot decimals; Op. Gravada/Exonerada/Inafecta lines; amount in words; contado (no due date); plate/mileage numbers.",
    )
    return d.pdf(), tr


@doc("i12", "pdf")
def i12(name: str, rng) -> tuple[bytes, dict]:
    """Australian tax invoice: ABN, GST 10 %, BSB/account, DD/MM/YYYY."""
    W, H = A4
    d = Doc(name, A4, "Tax Invoice INV-10492")
    vendor = "Harbourside Electrical Pty Ltd"
    idate, due = date(2026, 3, 18), date(2026, 4, 1)
    rows = [
        ("Call-out fee - Balmain", 1, D("95.00")),
        ("Labour - licensed electrician (hrs)", D("3.5"), D("118.00")),
        ("Clipsal Iconic double GPO, installed", 4, D("46.50")),
        ("LED downlight 10W tri-colour", 8, D("32.00")),
        ("RCD safety switch 2-pole 40A", 1, D("168.00")),
    ]
    amts = [q2(q * u) for _, q, u in rows]
    sub = sum(amts)
    gst = q2(sub * D("0.10"))
    total = sub + gst
    teal = (0.0, 0.45, 0.5)
    d.rect(0, H - 12, W, 12, fill=teal, stroke=None)
    d.t(40, H - 60, "HARBOURSIDE", "DVB", 22, color=teal)
    d.t(42, H - 76, "E L E C T R I C A L", "DV", 9, color=teal)
    d.t(W - 40, H - 52, "TAX INVOICE", "DVB", 16, "r")
    for k, s in enumerate(
        [
            vendor,
            "ABN 51 824 753 556 · Lic. EC 284913",
            "Unit 4, 12 Mansfield St, Rozelle NSW 2039",
            "0412 555 031 · accounts@harboursideelec.com.au",
        ]
    ):
        d.t(W - 40, H - 70 - k * 11, s, "DV", 8, "r")
    d.t(40, H - 130, "Invoice To", "DVB", 9)
    for k, s in enumerate(
        ["The Little Grain Cafe", "Attn: Sophie Nguyen", "388 Darling St", "Balmain NSW 2041"]
    ):
        d.t(40, H - 144 - k * 11, s, "DV", 9)
    kv = [
        ("Invoice Number", "INV-10492"),
        ("Invoice Date", dmy(idate)),
        ("Due Date", dmy(due)),
        ("Reference", "Job 2291 - kitchen power"),
    ]
    for k, (a, b) in enumerate(kv):
        d.t(330, H - 130 - k * 14, a, "DVB", 9)
        d.t(430, H - 130 - k * 14, b, "DV", 9)
    cols = [
        ("Description", 250, "l"),
        ("Quantity", 60, "r"),
        ("Unit Price", 75, "r"),
        ("GST", 50, "r"),
        ("Amount AUD", 80, "r"),
    ]
    body = [[r[0], f"{r[1]:.2f}", us(r[2]), "10%", us(a)] for r, a in zip(rows, amts, strict=True)]
    y = table(d, 40, H - 210, cols, body, sz=8.5, rule=True)
    tot = [
        ("Subtotal", us(sub)),
        ("TOTAL GST 10%", us(gst)),
        ("TOTAL AUD", us(total)),
        ("Less Amount Paid", "0.00"),
        ("AMOUNT DUE AUD", us(total)),
    ]
    for k, (a, b) in enumerate(tot):
        f = "DVB" if k in (2, 4) else "DV"
        d.t(470, y - 18 - k * 15, a, f, 9, "r")
        d.t(W - 45, y - 18 - k * 15, b, f, 9, "r")
    d.hline(40, W - 40, 200, 1, teal, (3, 2))
    d.t(40, 180, "PAYMENT ADVICE", "DVB", 12)
    for k, s in enumerate(
        [
            "To: Harbourside Electrical Pty Ltd",
            "Bank: Westpac  BSB: 032-118  Account: 284 551",
            "Please use INV-10492 as the payment reference.",
        ]
    ):
        d.t(40, 162 - k * 13, s, "DV", 9)
    for k, (a, b) in enumerate(
        [
            ("Customer", "The Little Grain Cafe"),
            ("Invoice Number", "INV-10492"),
            ("Amount Due", us(total)),
            ("Due Date", dmy(due)),
            ("Amount Enclosed", ""),
        ]
    ):
        d.t(330, 180 - k * 14, a, "DVB", 9)
        d.t(440, 180 - k * 14, b, "DV", 9)
    d.hline(440, 540, 122, 0.6)
    items = [line(r[0], r[1], r[2], a) for r, a in zip(rows, amts, strict=True)]
    tr = truth(
        "INV-10492",
        idate,
        due,
        vendor,
        sub,
        gst,
        total,
        "AUD",
        "en-AU",
        "invoice",
        "invoice",
        items,
        "Xero-style AU tax invoice: ABN and licence number near the number; total repeated on payment advice; BSB/account digits; DD/MM/YYYY.",
    )
    return d.pdf(), tr


@doc("i13", "pdf")
def i13(name: str, rng) -> tuple[bytes, dict]:
    """NZ law firm tax invoice, 2 pages; GST on fees and disbursements; trust funds applied."""
    W, H = A4
    d = Doc(name, A4, "Tax invoice 26-0318")
    vendor = "Whitcombe & Ngata"
    idate, due = date(2026, 3, 20), date(2026, 4, 20)
    fees = D("3450.00")
    disb = [
        ("LINZ title search and copy instruments", D("28.00")),
        ("Property Information (LIM) fee - Christchurch City Council", D("310.00")),
        ("Courier", D("18.50")),
    ]
    sub = fees + sum(a for _, a in disb)
    gst = q2(sub * D("0.15"))
    total = sub + gst
    trust = D("1000.00")
    d.t(W / 2, H - 70, "WHITCOMBE & NGATA", "DVSB", 20, "c")
    d.t(W / 2, H - 88, "BARRISTERS AND SOLICITORS", "DVS", 9, "c")
    d.t(
        W / 2,
        H - 102,
        "Level 3, 141 Cambridge Terrace, Christchurch 8013 · PO Box 1187 · 03 555 0164",
        "DVS",
        8,
        "c",
    )
    d.hline(60, W - 60, H - 112, 0.6)
    for k, s in enumerate(
        [
            "Mr Tane and Mrs Aroha Parata",
            "Parata Family Trust",
            "22 Hereford Street",
            "Christchurch 8011",
        ]
    ):
        d.t(60, H - 150 - k * 13, s, "DVS", 10)
    kv = [
        ("Date", dmy_long(idate)),
        ("Tax invoice no.", "26-0318"),
        ("Our ref", "JN:2291"),
        ("GST no.", "112-408-976"),
    ]
    for k, (a, b) in enumerate(kv):
        d.t(360, H - 150 - k * 13, a, "DVS", 9.5)
        d.t(W - 60, H - 150 - k * 13, b, "DVS", 9.5, "r")
    d.t(60, H - 220, "TAX INVOICE", "DVSB", 13)
    d.t(60, H - 238, "Re: Purchase of 14 Rolleston Avenue, Christchurch", "DVSB", 10)
    y = d.para(
        60,
        H - 262,
        "To our professional fees for acting on your purchase of the above property, including receiving and reviewing the agreement for sale and purchase, attending to conditions of the agreement, reviewing the LIM report and title, liaising with the vendor's solicitors and your lender, preparing and certifying loan documentation, arranging settlement funds, attending to settlement and registration of the transfer and mortgage, and reporting to you.",
        W - 120,
        "DVS",
        10,
        1.35,
    )
    rows = [("Professional fees", fees), *disb]
    y -= 6
    for k, (a, b) in enumerate(rows):
        d.t(60 if k == 0 else 80, y - k * 15, ("" if k == 0 else "Disbursement: ") + a, "DVS", 10)
        d.t(W - 60, y - k * 15, "$" + us(b), "DVS", 10, "r")
    y -= len(rows) * 15 + 6
    d.hline(330, W - 60, y + 8, 0.5)
    for k, (a, b) in enumerate(
        [
            ("Subtotal", "$" + us(sub)),
            ("GST at 15%", "$" + us(gst)),
            ("Total including GST", "$" + us(total)),
        ]
    ):
        d.t(330, y - 6 - k * 15, a, "DVSB" if k == 2 else "DVS", 10)
        d.t(W - 60, y - 6 - k * 15, b, "DVSB" if k == 2 else "DVS", 10, "r")
    d.t(
        60,
        y - 70,
        "Payment is due by " + dmy_long(idate.replace(month=4)) + ". Remittance advice on page 2.",
        "DVSI",
        9.5,
    )
    d.t(
        60,
        60,
        "E. & O. E.  Whitcombe & Ngata is a partnership. Our terms of engagement apply.",
        "DVS",
        7.5,
    )
    d.t(W - 60, 60, "Page 1 of 2", "DVS", 7.5, "r")
    d.page()
    d.t(60, H - 70, "TIME RECORD - Matter JN:2291", "DVSB", 11)
    time_rows = [
        ["04/03/2026", "JN", "Review agreement and title; advise client", "1.2"],
        ["06/03/2026", "KT", "Review LIM; requisitions to vendor's solicitor", "1.6"],
        ["11/03/2026", "KT", "Loan documents, certificate to lender", "2.1"],
        ["17/03/2026", "JN", "Settlement statement, funds and registration", "2.4"],
        ["18/03/2026", "KT", "Settlement, report to client", "1.3"],
    ]
    y = table(
        d,
        60,
        H - 84,
        [("Date", 80, "l"), ("Fee earner", 70, "l"), ("Work", 260, "l"), ("Hours", 65, "r")],
        time_rows,
        f="DVS",
        hf="DVSB",
        sz=9,
    )
    d.t(
        60,
        y - 20,
        "Fees are charged as a fixed fee of $3,450.00 + GST as quoted on 2 March 2026.",
        "DVSI",
        9,
    )
    d.hline(60, W - 60, 330, 0.6, GREY, (4, 3))
    d.t(60, 305, "REMITTANCE ADVICE", "DVSB", 12)
    rem = [
        ("Tax invoice no.", "26-0318"),
        ("Invoice total (incl GST)", "$" + us(total)),
        ("Less: applied from funds held in trust", "($" + us(trust) + ")"),
        ("Balance payable", "$" + us(total - trust)),
        ("Due date", dmy(due)),
    ]
    for k, (a, b) in enumerate(rem):
        d.t(60, 280 - k * 15, a, "DVS", 10)
        d.t(330, 280 - k * 15, b, "DVSB" if k == 3 else "DVS", 10, "r")
    for k, s in enumerate(
        [
            "Direct credit to: Whitcombe & Ngata Trust Account",
            "ANZ 06-0801-0284419-00",
            "Reference: JN2291 Parata",
        ]
    ):
        d.t(60, 190 - k * 14, s, "DVS", 9)
    d.t(W - 60, 60, "Page 2 of 2", "DVS", 7.5, "r")
    items = [line(a, 1, b, b) for a, b in rows]
    tr = truth(
        "26-0318",
        idate,
        due,
        vendor,
        sub,
        gst,
        total,
        "NZD",
        "en-NZ",
        "invoice",
        "invoice",
        items,
        "Two-page NZ law firm invoice: narrative fee paragraph; disbursements; GST 15 %; trust funds applied on page 2 so 'Balance payable' differs from total; due date only on page 2 (page 1 spells it).",
    )
    return d.pdf(), tr


@doc("i14", "pdf")
def i14(name: str, rng) -> tuple[bytes, dict]:
    """Marketplace order invoice: sold by a third-party seller, shipping, promotion, facilitator tax."""
    W, H = letter
    d = Doc(name, letter, "Invoice INV-US-4471093")
    vendor = "Evergreen Outfitters LLC"
    odate, idate = date(2026, 3, 7), date(2026, 3, 8)
    rows = [
        ("Stanton Insulated Stainless Water Bottle, 32 oz, Slate", 4, D("27.99")),
        ("TrailMark Ultralight Daypack 20L, Moss Green", 2, D("64.50")),
        ("Merino Crew Socks, Unisex, 3-Pack, Size L", 3, D("21.00")),
    ]
    amts = [q2(q * u) for _, q, u in rows]
    sub = sum(amts)
    ship = D("8.99")
    promo = D("-12.90")
    taxable = sub + promo
    tax = q2(taxable * D("0.0725"))
    net = sub + ship + promo
    total = net + tax
    d.t(40, H - 54, "markethub", "DVB", 22, color=(0.1, 0.1, 0.1))
    d.poly([(42, H - 62), (150, H - 62), (146, H - 67), (46, H - 67)], (0.96, 0.6, 0.1))
    d.t(W - 40, H - 50, "Invoice", "DVB", 16, "r")
    d.t(W - 40, H - 66, "Page 1 of 1", "DV", 8, "r", GREY)
    d.rect(40, H - 170, W - 80, 86, stroke=(0.7, 0.7, 0.7), r=4)
    kv = [
        ("Invoice #:", "INV-US-4471093"),
        ("Invoice date:", mdy(idate)),
        ("Order #:", "113-4820917-5523018"),
        ("Order placed:", en_long(odate)),
        ("Order total:", "$" + us(total)),
    ]
    for k, (a, b) in enumerate(kv):
        d.t(50, H - 100 - k * 13, a, "DVB", 8.5)
        d.t(135, H - 100 - k * 13, b, "DV", 8.5)
    for k, s in enumerate(
        ["Sold by:", vendor, "1220 N Arden Ave, Boise, ID 83702", "Seller ID: A2EVG7OUTF1T"]
    ):
        d.t(340, H - 100 - k * 13, s, "DVB" if k < 2 else "DV", 8.5)
    for k, s in enumerate(
        [
            "Shipping address",
            "Ramon Delgado",
            "Delgado Tile & Stone",
            "9904 Foothill Blvd",
            "Sunland, CA 91040",
        ]
    ):
        d.t(40, H - 192 - k * 12, s, "DVB" if k == 0 else "DV", 8.5)
    for k, s in enumerate(
        [
            "Payment method",
            "Mastercard ending in 7731",
            "Shipping speed",
            "Standard Shipping (3-5 business days)",
        ]
    ):
        d.t(340, H - 192 - k * 12, s, "DVB" if k % 2 == 0 else "DV", 8.5)
    cols = [
        ("Items ordered", 330, "l"),
        ("Qty", 40, "r"),
        ("Price", 70, "r"),
        ("Item subtotal", 92, "r"),
    ]
    body = [
        [r[0] + "\nCondition: New", str(r[1]), "$" + us(r[2]), "$" + us(a)]
        for r, a in zip(rows, amts, strict=True)
    ]
    y = table(d, 40, H - 270, cols, body, sz=8.5, head_fill=(0.95, 0.95, 0.95))
    tot = [
        ("Item(s) Subtotal:", "$" + us(sub)),
        ("Shipping & Handling:", "$" + us(ship)),
        ("Promotion Applied:", "-$" + us(-promo)),
        ("Total before tax:", "$" + us(net)),
        ("Estimated tax to be collected:*", "$" + us(tax)),
        ("Grand Total:", "$" + us(total)),
    ]
    for k, (a, b) in enumerate(tot):
        f = "DVB" if k == 5 else "DV"
        d.t(480, y - 18 - k * 14, a, f, 9, "r")
        d.t(W - 42, y - 18 - k * 14, b, f, 9, "r")
    d.para(
        40,
        y - 120,
        "*Sales tax is collected by MarketHub as the marketplace facilitator under California law and remitted to the state. Shipping is not taxed in California when charged separately. Tax is calculated on the discounted item price.",
        530,
        "DV",
        7.5,
        color=GREY,
    )
    d.t(
        40,
        70,
        "MarketHub Services LLC, 410 Terry Ave N, Seattle, WA 98109 · markethub.com/help",
        "DV",
        7.5,
        color=GREY,
    )
    items = [line(r[0], r[1], r[2], a) for r, a in zip(rows, amts, strict=True)]
    tr = truth(
        "INV-US-4471093",
        idate,
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
        "Marketplace invoice: seller ('Sold by') vs marketplace brand in the logo; order number vs invoice number; order date vs invoice date; untaxed shipping, promotion; 'Total before tax' is the net.",
    )
    return d.pdf(), tr


@doc("i15", Scan(dpi=200, grey=True, skew=1.2, blur=0.6, noise=5, specks=30, pdf=True))
def i15(name: str, rng) -> tuple[bytes, dict]:
    """Alberta drywall contractor invoice made in a spreadsheet, GST only, image-only PDF."""
    _W, H = letter
    d = Doc(name, letter, "Invoice 0042")
    vendor = "Kowalski Drywall & Paint"
    idate, due = date(2026, 3, 21), date(2026, 4, 5)
    rows = [
        ('Drywall supply - 1/2" sheets 4x8', 38, D("18.75")),
        ("Mud, tape, corner bead", 1, D("142.60")),
        ("Board, tape & mud - basement (sq ft)", 1150, D("1.85")),
        ("Prime + 2 coats paint - walls (sq ft)", 1150, D("1.10")),
        ("Disposal / dump fee", 1, D("65.00")),
    ]
    amts = [q2(q * u) for _, q, u in rows]
    sub = sum(amts)
    gst = q2(sub * D("0.05"))
    total = sub + gst
    x0, cw, rh = 40, [70, 230, 60, 70, 102], 17.0
    grid_top = H - 40
    nrows = 40
    for r in range(nrows + 1):
        d.hline(x0, x0 + sum(cw), grid_top - r * rh, 0.25, (0.75, 0.75, 0.75))
    cx = x0
    for w in [0, *cw]:
        cx += w
        d.vline(cx, grid_top - nrows * rh, grid_top, 0.25, (0.75, 0.75, 0.75))

    def cell(r: int, c: int, s: str, f: str = "DVC", sz: float = 9, al: str = "l") -> None:
        left = x0 + sum(cw[:c])
        x = {"l": left + 3, "r": left + cw[c] - 3, "c": left + cw[c] / 2}[al]
        d.t(x, grid_top - r * rh + 5 - rh, s, f, sz, al)

    cell(0, 0, "KOWALSKI DRYWALL & PAINT", "DVCB", 12)
    cell(1, 0, "Tomasz Kowalski · 1418 39 St SE, Calgary AB T2A 1H9")
    cell(2, 0, "403-555-0127 · tomk.drywall@outlook.com")
    cell(3, 0, "GST # 81234 5678 RT0001")
    cell(0, 4, "INVOICE", "DVCB", 14, "r")
    for r, (a, b) in enumerate(
        [
            ("Invoice #", "0042"),
            ("Date", en_short(idate)),
            ("Terms", "Net 15"),
            ("Due", en_short(due)),
        ],
        start=1,
    ):
        cell(r, 3, a, "DVCB", 9, "r")
        cell(r, 4, b, al="r")
    cell(6, 0, "BILL TO:", "DVCB")
    for r, s in enumerate(
        ["Prairie Sky Homes Ltd.", "Job: 77 Auburn Bay Cres SE (basement)", "PO: PSH-2026-118"],
        start=7,
    ):
        cell(r, 1, s)
    for c, h in enumerate(["Item", "Description", "Qty", "Rate", "Amount"]):
        cell(11, c, h, "DVCB", 9, "l" if c < 2 else "r")
    for k, (r_, a) in enumerate(zip(rows, amts, strict=True)):
        cell(12 + k, 0, str(k + 1))
        cell(12 + k, 1, r_[0])
        cell(12 + k, 2, f"{r_[1]:,}", al="r")
        cell(12 + k, 3, "$" + us(r_[2]), al="r")
        cell(12 + k, 4, "$" + us(a), al="r")
    r0 = 12 + len(rows) + 1
    for k, (a, b) in enumerate([("Subtotal", sub), ("GST 5%", gst), ("TOTAL", total)]):
        cell(r0 + k, 3, a, "DVCB" if k == 2 else "DVC", 9, "r")
        cell(r0 + k, 4, "$" + us(b), "DVCB" if k == 2 else "DVC", 9, "r")
    cell(r0 + 4, 0, "Payment by e-Transfer to tomk.drywall@outlook.com or cheque. Thank you!")
    items = [line(r[0], r[1], r[2], a) for r, a in zip(rows, amts, strict=True)]
    tr = truth(
        "0042",
        idate,
        due,
        vendor,
        sub,
        gst,
        total,
        "CAD",
        "en-CA",
        "invoice",
        "invoice",
        items,
        "Spreadsheet-made invoice printed with gridlines and scanned to an image-only PDF; GST only (Alberta); PO number and GST number near the invoice number.",
    )
    return d.pdf(), tr


@doc("i16", Scan(dpi=200, grey=True, skew=0.8, blur=0.5, noise=4, specks=25, pdf=True))
def i16(name: str, rng) -> tuple[bytes, dict]:
    """US restaurant-supply credit memo with negative amounts, referencing the original invoice."""
    W, H = letter
    d = Doc(name, letter, "Credit Memo CM-20417")
    vendor = "Great Lakes Restaurant Supply Co."
    idate = date(2026, 3, 24)
    rows = [
        ("Returned: Cambro 6 qt food storage container (case/6) - damaged", 2, D("-38.40"), True),
        ('Returned: Vollrath 1/2 size steam pan 4" (case/6)', 1, D("-96.00"), True),
        ("Price adjustment: frozen fries 6x5 lb - billed at list", 4, D("-6.25"), False),
        ("Restocking fee waived", 1, D("0.00"), False),
    ]
    amts = [q2(q * u) for _, q, u, _ in rows]
    sub = sum(amts)
    tax = q2(sum(a for a, r in zip(amts, rows, strict=True) if r[3]) * D("0.06"))
    total = sub + tax
    d.rect(40, H - 90, 50, 50, fill=(0.15, 0.35, 0.6), stroke=None)
    d.t(65, H - 72, "GL", "DVB", 20, "c", (1, 1, 1))
    d.t(100, H - 56, vendor, "DVB", 14)
    d.t(100, H - 72, "3900 Michigan Ave · Detroit, MI 48210 · (313) 555-0150", "DV", 8.5)
    d.t(100, H - 84, "Michigan Sales Tax License 38-2947716", "DV", 8.5)
    d.rect(380, H - 170, 192, 60, stroke=BLACK, lw=1.2)
    d.t(476, H - 128, "CREDIT MEMO", "DVB", 15, "c")
    kv = [
        ("Credit Memo No.", "CM-20417"),
        ("Date", mdy(idate)),
        ("Original Invoice", "118862"),
        ("Customer #", "C-00781"),
    ]
    for k, (a, b) in enumerate(kv):
        d.t(388, H - 186 - k * 13, a, "DVB", 8.5)
        d.t(566, H - 186 - k * 13, b, "DV", 8.5, "r")
    for k, s in enumerate(
        ["CREDIT TO:", "Café Marisol LLC", "4117 W Vernor Hwy", "Detroit, MI 48209"]
    ):
        d.t(40, H - 128 - k * 13, s, "DVB" if k == 0 else "DV", 9)
    cols = [
        ("Description", 300, "l"),
        ("Qty", 40, "r"),
        ("Unit", 70, "r"),
        ("Tx", 25, "c"),
        ("Extended", 97, "r"),
    ]
    body = [
        [r[0], str(r[1]), us(r[2]), "Y" if r[3] else "N", us(a)]
        for r, a in zip(rows, amts, strict=True)
    ]
    y = table(d, 40, H - 250, cols, body, sz=8.5, grid=True, head_fill=LIGHT)
    tot = [("Subtotal", us(sub)), ("Sales Tax 6%", us(tax)), ("Total Credit", "$" + us(total))]
    for k, (a, b) in enumerate(tot):
        d.t(470, y - 18 - k * 15, a, "DVB" if k == 2 else "DV", 9.5, "r")
        d.t(W - 42, y - 18 - k * 15, b, "DVB" if k == 2 else "DV", 9.5, "r")
    d.para(
        40,
        y - 90,
        "This credit has been applied to your account and will appear on your next statement. Reason: damaged in transit (RMA 5531) and pricing error on invoice 118862 dated 03/10/2026. No payment is due on this document.",
        530,
        "DV",
        8.5,
    )
    d.t(40, 80, "Authorized by: ______________________   Date: __________", "DV", 8.5)
    items = [line(r[0], r[1], r[2], a) for r, a in zip(rows, amts, strict=True)]
    tr = truth(
        "CM-20417",
        idate,
        None,
        vendor,
        sub,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "credit_note",
        items,
        "Credit memo printed with negative amounts (keyed negative); references original invoice 118862 and its date; tax credited only on returned taxable goods; a zero line.",
    )
    return d.pdf(), tr


# --------------------------------------------------------------------------- receipts


def rl(desc: str, qty, unit, amt) -> dict:
    return line(desc, qty, unit, amt)


@doc("r01", Photo(dpi=220, long=2100, bg="wood", q=68, fold=False))
def r01(name: str, rng) -> tuple[bytes, dict]:
    """US grocery: taxable flags, weighed produce, BOGO savings, card tender, several store numbers."""
    vendor = "FreshWay Market"
    dt = date(2026, 3, 15)
    items = [
        ("ORG BANANAS", D("2.14"), D("0.79"), False, "lb"),
        ("GREEK YOGURT 32OZ", 1, D("5.49"), False, ""),
        ("SOURDOUGH LOAF", 1, D("4.99"), False, ""),
        ("CHICKEN THIGHS FAM", D("3.41"), D("3.29"), False, "lb"),
        ("PAPER TOWELS 6RL", 1, D("9.99"), True, ""),
        ("DISH SOAP 24OZ", 1, D("3.79"), True, ""),
        ("SPARKLING WATER 12PK", 2, D("5.99"), True, ""),
        ("AVOCADOS HASS", 4, D("1.25"), False, ""),
        ("CHEDDAR BLOCK 8OZ", 2, D("3.99"), False, ""),
    ]
    amts = [q2(D(q) * u) for _, q, u, _, _ in items]
    bogo = D("-3.99")
    sub = sum(amts) + bogo
    taxable = sum(a for a, it in zip(amts, items, strict=True) if it[3])
    tax = q2(taxable * D("0.0725"))
    total = sub + tax
    r = Roll(name, 80, "DVM", 7.8)
    r.c("FreshWay", "DVB", 18)
    r.c("M A R K E T", "DV", 8)
    r.gap(1)
    r.c("Store #0214  Columbus, OH 43215")
    r.c("1650 N High St  (614) 555-0142")
    r.c("Store Manager: KEVIN BRANDT")
    r.gap(2)
    r.l("ST# 02140 OP# 009012 TE# 12 TR# 04471")
    r.rule()
    for (desc, q, u, tx, unit), a in zip(items, amts, strict=True):
        flag = " T" if tx else " F"
        if unit == "lb":
            r.l(desc)
            r.lr(f"  {q} lb @ {u}/lb", us(a) + flag)
        elif q != 1:
            r.l(desc)
            r.lr(f"  {q} @ {u}", us(a) + flag)
        else:
            r.lr(desc, us(a) + flag)
        if desc.startswith("CHEDDAR"):
            r.lr("  BOGO CHEDDAR", us(bogo) + " F")
    r.rule()
    r.lr("SUBTOTAL", us(sub))
    r.lr("TAX 1  7.25 %", us(tax))
    r.lr("TOTAL", us(total), "DVMB", 10)
    r.lr("VISA TEND", us(total))
    r.lr("CHANGE DUE", "0.00")
    r.gap(2)
    r.l("VISA CREDIT  **** **** **** 6618")
    r.l("APPROVAL # 08842K   REF # 6074 0488 2210")
    r.l("AID A0000000031010  TERMINAL # SC010419")
    r.gap(2)
    r.c("# ITEMS SOLD 14")
    r.c("YOU SAVED 3.99 WITH FRESHWAY REWARDS")
    r.gap(2)
    r.c(mdy(dt, "/")[:6] + "26  17:42:09")
    r.bars(10, rng)
    r.c("Thank you for shopping FreshWay!")
    tr = truth(
        "04471",
        dt,
        None,
        vendor,
        sub,
        tax,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        [rl(i[0], i[1], i[2], a) for i, a in zip(items, amts, strict=True)],
        "Photo of a US grocery receipt: tax only on T items; weighed items; BOGO discount line; ST#/OP#/TE#/TR# numbers (TR# keyed); 2-digit year MM/DD/YY.",
    )
    return r.pdf(), tr


@doc(
    "r02",
    Scan(
        dpi=300,
        grey=True,
        skew=1.5,
        blur=0.6,
        noise=6,
        specks=20,
        thermal=0.55,
        bed=0.12,
        fmt="png",
    ),
)
def r02(name: str, rng) -> tuple[bytes, dict]:
    """US gas station pump receipt: fuel only, no tax line, faded thermal paper."""
    vendor = "Sunrise Fuel #882"
    dt = date(2026, 3, 19)
    gal, ppg = D("11.842"), D("3.459")
    total = q2(gal * ppg)
    r = Roll(name, 58, "DVM", 7.0)
    r.c("SUNRISE FUEL #882", "DVMB", 9)
    r.c("2210 W ROUTE 66")
    r.c("FLAGSTAFF AZ 86001")
    r.c("(928) 555-0190")
    r.gap(2)
    r.lr(mdy(dt), "07:14:52")
    r.lr("INVOICE", "00418823")
    r.lr("AUTH", "093341")
    r.gap(1)
    r.l("MASTERCARD")
    r.l("XXXXXXXXXXXX4410")
    r.l("CHIP READ  VERIFIED BY PIN")
    r.gap(1)
    r.lr("PUMP", "06")
    r.lr("UNLEADED 87", "")
    r.lr("GALLONS", sq(gal))
    r.lr("PRICE/GAL", "$" + sq(ppg))
    r.gap(1)
    r.lr("FUEL SALE", "$" + us(total), "DVMB", 8)
    r.gap(1)
    r.lr("TOTAL", "$" + us(total), "DVMB", 8)
    r.gap(2)
    r.c("THANK YOU")
    r.c("PLEASE COME AGAIN")
    tr = truth(
        "00418823",
        dt,
        None,
        vendor,
        total,
        None,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        [rl("UNLEADED 87", gal, ppg, total)],
        "Faded thermal pump receipt; no tax printed (vat null); invoice number next to AUTH code; fuel price with 3 decimals; 58 mm roll.",
    )
    return r.pdf(), tr


@doc("r03", Photo(dpi=220, long=2000, bg="fabric", q=66))
def r03(name: str, rng) -> tuple[bytes, dict]:
    """Chicago restaurant check with a tip line on the card slip (tip entered on the terminal)."""
    vendor = "Osteria Ventuno"
    dt = date(2026, 3, 13)
    items = [
        ("Burrata", 1, D("16.00")),
        ("Cacio e Pepe", 1, D("23.00")),
        ("Pappardelle Ragu", 1, D("26.00")),
        ("Montepulciano gl", 2, D("14.00")),
        ("Tiramisu", 1, D("11.00")),
    ]
    amts = [q2(q * u) for _, q, u in items]
    sub = sum(amts)
    tax = q2(sub * D("0.1075"))
    pre = sub + tax
    tip = q2(sub * D("0.20"))
    total = pre + tip
    r = Roll(name, 80, "DVM", 8.0)
    r.c("OSTERIA VENTUNO", "DVSB", 13)
    r.c("2101 W Armitage Ave, Chicago IL 60647", sz=7)
    r.c("(773) 555-0121 · osteriaventuno.com", sz=7)
    r.gap(2)
    r.lr("Server: Giulia", "Table 14")
    r.lr("Check #1042", "Guests: 2")
    r.lr(mdy(dt), "8:57 PM")
    r.rule()
    for (desc, q, _u), a in zip(items, amts, strict=True):
        r.lr(f"{q} {desc}", us(a))
    r.rule()
    r.lr("Subtotal", us(sub))
    r.lr("Tax 10.75%", us(tax))
    r.lr("Total", us(pre), "DVMB")
    r.gap(3)
    r.c("- - - - MERCHANT COPY - - - -")
    r.lr("VISA", "XXXXXXXXXXXX2287")
    r.lr("Entry: Contactless", "Auth: 771204")
    r.gap(1)
    r.lr("Amount:", us(pre))
    r.lr("Tip (20%):", us(tip))
    r.lr("TOTAL:", us(total), "DVMB", 9)
    r.gap(4)
    r.l("X______________________________")
    r.c("I agree to pay above total amount")
    r.c("Grazie! Buona serata")
    tr = truth(
        "1042",
        dt,
        None,
        vendor,
        sub,
        tax,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        [rl(i[0], i[1], i[2], a) for i, a in zip(items, amts, strict=True)],
        "Restaurant check + card slip: two 'Total' lines, the final one includes the 20 % tip (tip keyed into the equation); 'Amount' equals pre-tip total; check number keyed.",
        tip=tip,
    )
    return r.pdf(), tr


@doc("r04", Photo(dpi=260, long=1700, bg="light", q=74))
def r04(name: str, rng) -> tuple[bytes, dict]:
    """Montreal coffee shop, French, TPS + TVQ, 58 mm roll, DD/MM/YYYY with day < 13."""
    vendor = "Café Le Moulinet"
    dt = date(2026, 3, 9)
    items = [
        ("Latté 12 oz", 2, D("5.25")),
        ("Croissant amandes", 1, D("4.10")),
        ("Muffin bleuets", 1, D("3.75")),
    ]
    amts = [q2(q * u) for _, q, u in items]
    sub = sum(amts)
    tps, tvq = q2(sub * D("0.05")), q2(sub * D("0.09975"))
    total = sub + tps + tvq
    r = Roll(name, 58, "DVC", 7.4, bold="DVCB")
    r.c("Café Le Moulinet", "DVSB", 11)
    r.c("5220, boul. Saint-Laurent")
    r.c("Montréal QC H2T 1S1")
    r.c("TPS 745209318 RT0001")
    r.c("TVQ 1219874455 TQ0001")
    r.gap(1)
    r.lr("Reçu # 30981", dmy(dt) + " 08:12")
    r.lr("Caisse 1", "Serveur: Léa")
    r.rule()
    for (desc, q, _u), a in zip(items, amts, strict=True):
        r.lr(f"{q} x {desc}", fr(a) + " $")
    r.rule()
    r.lr("Sous-total", fr(sub) + " $")
    r.lr("TPS 5 %", fr(tps) + " $")
    r.lr("TVQ 9,975 %", fr(tvq) + " $")
    r.lr("TOTAL", fr(total) + " $", "DVCB", 9)
    r.gap(1)
    r.lr("Interac débit", fr(total) + " $")
    r.lr("Carte", "****8812")
    r.gap(2)
    r.c("Merci et à bientôt!")
    r.qr(14, rng)
    tr = truth(
        "30981",
        dt,
        None,
        vendor,
        sub,
        tps + tvq,
        total,
        "CAD",
        "fr-CA",
        "receipt",
        "receipt",
        [rl(i[0], i[1], i[2], a) for i, a in zip(items, amts, strict=True)],
        "French 58 mm café receipt: TPS + TVQ summed; decimal comma + trailing $; date 09/03/2026 is DD/MM (9 March) though it reads as a US date too.",
    )
    return r.pdf(), tr


@doc(
    "r05",
    Scan(
        dpi=200, grey=True, skew=1.0, blur=0.5, noise=5, specks=20, thermal=0.25, bed=0.1, pdf=True
    ),
)
def r05(name: str, rng) -> tuple[bytes, dict]:
    """Ontario hardware store: HST 13 %, SKUs, cash with 5-cent rounding, image-only PDF."""
    vendor = "Maple Ridge Hardware & Supply"
    dt = date(2026, 3, 18)
    items = [
        ("064-2231", "DECK SCREWS #8 2-1/2 1LB", 2, D("12.49")),
        ("118-0042", "CAULK SILICONE WHT 300ML", 3, D("8.97")),
        ("221-9054", "PAINT ROLLER KIT 9IN", 1, D("16.99")),
        ("530-1187", "LED BULB A19 60W 4PK", 1, D("14.49")),
        ("077-3310", "FURNACE FILTER 16X25X1", 2, D("11.29")),
    ]
    amts = [q2(q * u) for _, _, q, u in items]
    sub = sum(amts)
    hst = q2(sub * D("0.13"))
    tot = sub + hst
    cash_tot = (tot / D("0.05")).quantize(D("1"), ROUND_HALF_UP) * D("0.05")
    rnd = cash_tot - tot
    r = Roll(name, 80, "DVM", 7.6)
    r.c("MAPLE RIDGE", "DVB", 15)
    r.c("HARDWARE & SUPPLY", "DVB", 9)
    r.c("482 Woolwich St, Guelph ON N1H 3X3")
    r.c("519-555-0163")
    r.c("HST# 82716 4490 RT0001")
    r.gap(2)
    r.lr("SALE", "TRANS 2-55107")
    r.lr(dmy(dt, "/", True) + " 10:36", "CASHIER 07 DAVE")
    r.rule("=")
    for (sku, desc, q, u), a in zip(items, amts, strict=True):
        r.l(f"{sku} {desc}")
        r.lr(f"   {q} @ {us(u)}", us(a) + " H")
    r.rule("=")
    r.lr("SUBTOTAL", us(sub))
    r.lr(f"HST 13% ON {us(sub)}", us(hst))
    r.lr("TOTAL", us(tot), "DVMB", 9)
    r.lr("ROUNDING", s2(rnd))
    r.lr("CASH TOTAL", us(cash_tot), "DVMB", 9)
    r.lr("CASH", "140.00")
    r.lr("CHANGE", us(D("140.00") - cash_tot))
    r.gap(2)
    r.c("RETURNS WITHIN 30 DAYS WITH RECEIPT")
    r.bars(9, rng)
    r.c("2-55107-180326")
    tr = truth(
        "2-55107",
        dt,
        None,
        vendor,
        sub,
        hst,
        cash_tot,
        "CAD",
        "en-CA",
        "receipt",
        "receipt",
        [rl(i[1], i[2], i[3], a) for i, a in zip(items, amts, strict=True)],
        "Cash receipt with Canadian 5-cent rounding: TOTAL then ROUNDING then CASH TOTAL (keyed total = cash total, rounding in the equation); DD/MM/YY date; image-only PDF.",
        rounding=rnd,
    )
    return r.pdf(), tr


@doc(
    "r06",
    Scan(
        dpi=200,
        grey=False,
        skew=1.6,
        blur=0.7,
        noise=6,
        specks=30,
        thermal=0.3,
        bed=0.08,
        fmt="jpg",
    ),
)
def r06(name: str, rng) -> tuple[bytes, dict]:
    """Mexican pharmacy ticket: medicines 0 % IVA, other goods 16 % IVA included in prices."""
    vendor = "Farmacias Santa Lucía del Centro, S.A. de C.V."
    dt = date(2026, 3, 14)
    items = [
        ("PARACETAMOL 500MG 20 TAB", 2, D("38.50"), False),
        ("AMOXICILINA 500MG 12 CAPS", 1, D("129.00"), False),
        ("ELECTROLIT FRESA 625ML", 3, D("27.50"), True),
        ("CREMA CORPORAL 400ML", 1, D("89.90"), True),
        ("CUBREBOCAS TRICAPA 10PZ", 1, D("45.00"), True),
    ]
    amts = [q2(q * u) for _, q, u, _ in items]
    total = sum(amts)
    g16 = sum(a for a, it in zip(amts, items, strict=True) if it[3])
    iva = q2(g16 * 16 / D(116))
    sub = total - iva
    r = Roll(name, 80, "DVC", 7.6, bold="DVCB")
    r.c("FARMACIAS SANTA LUCÍA", "DVCB", 12)
    r.c(vendor.upper(), sz=6.4)
    r.c("RFC: FSL980714QK2")
    r.c("Av. Juárez 214, Centro, Querétaro, Qro. C.P. 76000")
    r.c("Sucursal 118 · Tel. 442 555 0134")
    r.gap(2)
    r.lr("TICKET: 118-552301", dmy(dt) + " 19:33")
    r.lr("CAJA: 02", "ATENDIÓ: ROSARIO M.")
    r.rule()
    r.row([(3, "CANT", "l"), (12, "DESCRIPCIÓN", "l"), (-3, "IMPORTE", "r")])
    r.rule()
    for (desc, q, u, tx), a in zip(items, amts, strict=True):
        r.row([(3, str(q), "l"), (12, desc, "l"), (-3, us(a) + (" A" if tx else " E"), "r")])
        r.row([(12, f"P.U. ${us(u)}", "l")], sz=6.6)
    r.rule()
    r.lr("SUBTOTAL", "$" + us(sub))
    r.lr("IVA 16%", "$" + us(iva))
    r.lr("TOTAL", "$" + us(total), "DVCB", 10)
    r.lr("EFECTIVO", "$500.00")
    r.lr("CAMBIO", "$" + us(D(500) - total))
    r.gap(1)
    r.c(
        f"SON: ({es_words(int(total)).upper()} PESOS {int((total - int(total)) * 100):02d}/100 M.N.)",
        sz=6.4,
    )
    r.c("A = IVA 16%   E = TASA 0%", sz=6.6)
    r.gap(2)
    r.wrapped(
        "Si requiere factura ingrese a facturacion.farmsantalucia.mx con su número de ticket dentro del mes de compra.",
        sz=6.6,
        center=True,
    )
    r.bars(8, rng)
    tr = truth(
        "118-552301",
        dt,
        None,
        vendor,
        sub,
        iva,
        total,
        "MXN",
        "es-MX",
        "receipt",
        "receipt",
        [rl(i[0], i[1], i[2], a) for i, a in zip(items, amts, strict=True)],
        "Mexican pharmacy ticket: item prices include IVA, medicines at 0 %; SUBTOTAL printed = total - IVA; cash/change lines; '$' means MXN; legal name printed in small type under the trading name.",
    )
    return r.pdf(), tr


@doc("r07", Photo(dpi=240, long=2200, bg="wood", q=64, fold=True))
def r07(name: str, rng) -> tuple[bytes, dict]:
    """Brazilian bakery NFC-e (DANFE): weighed bread, approximate-taxes line (Lei 12.741)."""
    vendor = "Padaria e Confeitaria Pão Dourado Ltda"
    dt = date(2026, 3, 15)
    items = [
        ("PAO FRANCES KG", D("0.540"), D("16.90"), "KG"),
        ("PAO DE QUEIJO KG", D("0.320"), D("54.90"), "KG"),
        ("CAFE COM LEITE M", 2, D("7.50"), "UN"),
        ("BOLO FUBA FATIA", 1, D("8.90"), "UN"),
        ("SUCO LARANJA 300ML", 1, D("9.50"), "UN"),
    ]
    amts = [q2(D(q) * u) for _, q, u, _ in items]
    total = sum(amts)
    approx = q2(total * D("0.1645"))
    r = Roll(name, 80, "DVM", 7.2)
    r.c("PÃO DOURADO", "DVSB", 14)
    r.c(vendor.upper(), sz=6.4)
    r.c("CNPJ: 21.408.553/0001-60  IE: 116.582.004.117")
    r.c("R. Augusta, 1508 - Consolação - São Paulo/SP")
    r.gap(1)
    r.wrapped(
        "DANFE NFC-e - Documento Auxiliar da Nota Fiscal de Consumidor Eletrônica",
        "DVMB",
        6.8,
        center=True,
    )
    r.rule()
    r.row(
        [
            (3, "#", "l"),
            (7, "DESCRIÇÃO", "l"),
            (42, "QTD", "r"),
            (48, "UN", "l"),
            (-3, "VL TOTAL", "r"),
        ],
        sz=6.6,
    )
    for k, ((desc, q, u, un), a) in enumerate(zip(items, amts, strict=True)):
        r.row([(3, f"{k + 1:03d}", "l"), (10, desc, "l")], sz=6.8)
        r.row(
            [
                (10, f"{eu(q) if un == 'UN' else num(q, '.', ',', 3)} {un} x {eu(u)}", "l"),
                (-3, eu(a), "r"),
            ],
            sz=6.8,
        )
    r.rule()
    r.lr("Qtde. total de itens", str(len(items)))
    r.lr("Valor total R$", eu(total), "DVMB")
    r.lr("Valor a Pagar R$", eu(total), "DVMB")
    r.lr("FORMA PAGAMENTO", "VALOR PAGO R$")
    r.lr("Cartão de Débito", eu(total))
    r.rule()
    r.c("Consulte pela Chave de Acesso em")
    r.c("www.nfce.fazenda.sp.gov.br/consulta")
    r.c("3526 0321 4085 5300 0160 6500 1000 0458 1210 4472 9981", sz=6.2)
    r.rule()
    r.c("CONSUMIDOR NÃO IDENTIFICADO")
    r.c(f"NFC-e nº 000045812 Série 001 {dmy(dt)} 08:47:12", sz=6.8)
    r.c("Protocolo de autorização: 135260418827714")
    r.qr(24, rng)
    r.wrapped(
        f"Tributos Totais Incidentes (Lei Federal 12.741/2012): R$ {eu(approx)}",
        sz=6.6,
        center=True,
    )
    tr = truth(
        "000045812",
        dt,
        None,
        vendor,
        total,
        None,
        total,
        "BRL",
        "pt-BR",
        "receipt",
        "receipt",
        [rl(i[0], i[1], i[2], a) for i, a in zip(items, amts, strict=True)],
        "Photo of an NFC-e: weighed items with 3-decimal kg; the Lei 12.741 'Tributos Totais Incidentes' figure is an informational estimate, keyed as no tax (vat null); 44-digit access key; trading name vs legal name (legal name keyed).",
    )
    return r.pdf(), tr


@doc(
    "r08",
    Scan(
        dpi=240, grey=True, skew=2.0, blur=0.7, noise=7, specks=40, thermal=0.4, bed=0.1, fmt="png"
    ),
)
def r08(name: str, rng) -> tuple[bytes, dict]:
    """Argentine liquor store Factura B ticket: prices include IVA, 'IVA contenido' (Ley 27.743)."""
    vendor = "Vinoteca La Cepa S.R.L."
    dt = date(2026, 3, 13)
    items = [
        ("MALBEC RESERVA CATENA 750", 2, D("28900.00")),
        ("FERNET BRANCA 750ML", 1, D("16450.00")),
        ("COCA COLA 2.25L", 2, D("3850.00")),
        ("HIELO BOLSA 2KG", 1, D("2600.00")),
    ]
    amts = [q2(q * u) for _, q, u in items]
    total = sum(amts)
    iva = q2(total * 21 / D(121))
    net = total - iva
    r = Roll(name, 76, "DVM", 7.2)
    r.c("VINOTECA LA CEPA S.R.L.", "DVMB", 9)
    r.c("C.U.I.T. Nro.: 30-71622984-5")
    r.c("Ing. Brutos: 30-71622984-5")
    r.c("Av. Santa Fe 3120 - C.A.B.A.")
    r.c("Inicio de actividades: 03/2019")
    r.c("IVA RESPONSABLE INSCRIPTO")
    r.rule()
    r.c("FACTURA B (Cod. 006)", "DVMB", 8)
    r.lr("P.V. Nro.: 0002", "Nro. T.: 00014587")
    r.lr("Fecha: " + dmy(dt), "Hora: 21:04:37")
    r.c("A CONSUMIDOR FINAL")
    r.rule()
    for (desc, q, u), a in zip(items, amts, strict=True):
        r.l(f"{q},000 x {eu(u)}")
        r.lr(desc, eu(a))
    r.rule()
    r.lr("TOTAL", "$" + eu(total), "DVMB", 10)
    r.lr("RECIBI(MOS)", "")
    r.lr("Tarjeta Débito", "$" + eu(total))
    r.rule()
    r.c("Régimen de Transparencia Fiscal al", sz=6.6)
    r.c("Consumidor (Ley 27.743)", sz=6.6)
    r.lr("IVA Contenido", "$" + eu(iva))
    r.lr("Otros Imp. Nac. Indirectos", "$0,00")
    r.rule()
    r.c("CAE: 76110483902251  Vto: " + dmy(date(2026, 3, 23)), sz=6.6)
    r.qr(20, rng)
    r.c("V: 2.41  REG. AFIP")
    tr = truth(
        "0002-00014587",
        dt,
        None,
        vendor,
        net,
        iva,
        total,
        "ARS",
        "es-AR",
        "receipt",
        "receipt",
        [rl(i[0], i[1], i[2], a) for i, a in zip(items, amts, strict=True)],
        "Factura B to final consumer: prices include IVA, 'IVA Contenido' printed under the total (amount = total - IVA contenido); number as P.V. + Nro. T. (keyed 0002-00014587); CAE expiry date.",
    )
    return r.pdf(), tr


@doc("r09", Photo(dpi=240, long=1800, bg="granite", q=70))
def r09(name: str, rng) -> tuple[bytes, dict]:
    """Chilean fast-food boleta electrónica: CLP, 'El IVA de esta boleta es'."""
    vendor = "Sanguchería El Huaso SpA"
    dt = date(2026, 3, 17)
    items = [
        ("COMPLETO ITALIANO", 2, D("3200")),
        ("CHURRASCO LUCO", 1, D("6900")),
        ("PAPAS FRITAS MED", 1, D("2500")),
        ("BEBIDA 500CC", 2, D("1800")),
    ]
    amts = [q0(q * u) for _, q, u in items]
    total = sum(amts)
    iva = q0(total * 19 / D(119))
    net = total - iva
    r = Roll(name, 80, "DVM", 7.8)
    r.c("EL HUASO", "DVB", 18)
    r.c("SANGUCHERÍA", "DV", 8)
    r.c(vendor)
    r.c("R.U.T.: 77.104.332-8")
    r.c("Av. Providencia 2133, Providencia")
    r.gap(1)
    r.c("BOLETA ELECTRÓNICA N° 884213", "DVMB")
    r.lr("Fecha: " + dmy(dt, "-"), "13:22")
    r.lr("Caja 3", "Pedido #217")
    r.rule()
    for (desc, q, _u), a in zip(items, amts, strict=True):
        r.lr(f"{q} {desc}", "$" + cl(a))
    r.rule()
    r.lr("TOTAL", "$" + cl(total), "DVMB", 11)
    r.lr("REDCOMPRA DÉBITO", "$" + cl(total))
    r.gap(1)
    r.c(f"El IVA de esta boleta es: ${cl(iva)}")
    r.gap(1)
    r.draw(22, lambda d, top: d.stack(r.W / 2 - 30 * mm, top - 20 * mm, 60 * mm, 19 * mm, rng, 12))
    r.c("Timbre Electrónico SII")
    r.c("Res. 99 de 2014 Verifique en www.sii.cl")
    r.c("¡Gracias por su visita!")
    tr = truth(
        "884213",
        dt,
        None,
        vendor,
        net,
        iva,
        total,
        "CLP",
        "es-CL",
        "receipt",
        "receipt",
        [rl(i[0], i[1], i[2], a) for i, a in zip(items, amts, strict=True)],
        "Chilean boleta: prices include IVA; only 'El IVA de esta boleta es' printed (amount = total - IVA); CLP without decimals; DD-MM-YYYY; order number vs boleta number.",
    )
    return r.pdf(), tr


@doc("r10", "pdf")
def r10(name: str, rng) -> tuple[bytes, dict]:
    """Colombian rideshare e-mail receipt (PDF): fare breakdown, no tax, COP without decimals."""
    W, H = 420, 760
    d = Doc(name, (W, H), "Recibo de viaje")
    vendor = "Rodá Movilidad S.A.S."
    dt = date(2026, 3, 14)
    parts = [
        ("Tarifa base", D("4200")),
        ("Distancia (9,6 km)", D("11520")),
        ("Tiempo (24 min)", D("5280")),
        ("Tarifa dinámica x1,2", D("4200")),
        ("Recargo aeropuerto", D("0")),
        ("Peaje", D("0")),
    ]
    parts = [p for p in parts if p[1]]
    sub = sum(a for _, a in parts)
    promo = D("-2000")
    total = sub + promo
    green = (0.05, 0.55, 0.35)
    d.rect(0, H - 70, W, 70, fill=green, stroke=None)
    d.t(30, H - 44, "rodá", "DVB", 26, color=(1, 1, 1))
    d.t(W - 30, H - 42, dmy_long(dt, "es").capitalize(), "DV", 9, "r", (1, 1, 1))
    d.t(30, H - 110, "Gracias por viajar, Andrés", "DVB", 15)
    d.t(30, H - 128, "Esperamos que hayas disfrutado tu viaje.", "DV", 9, color=GREY)
    d.t(30, H - 170, "Total", "DVB", 16)
    d.t(W - 30, H - 170, "$" + cl(total), "DVB", 16, "r")
    d.hline(30, W - 30, H - 182, 0.5, GREY)
    y = H - 204
    for a, b in [*parts, ("Subtotal", sub), ("Código promocional RODA2K", promo)]:
        d.t(30, y, a, "DVB" if a == "Subtotal" else "DV", 9.5)
        d.t(
            W - 30,
            y,
            ("-$" + cl(-b)) if b < 0 else "$" + cl(b),
            "DVB" if a == "Subtotal" else "DV",
            9.5,
            "r",
        )
        y -= 18
    d.hline(30, W - 30, y + 6, 0.5, GREY)
    d.t(30, y - 10, "Pagado con", "DVB", 9.5)
    d.t(W - 30, y - 10, "Mastercard •••• 5512", "DV", 9.5, "r")
    y -= 50
    d.circle(40, y, 4, fill=green)
    d.t(52, y - 3, "15:42  Cl. 26 #92-32, Aeropuerto El Dorado, Bogotá", "DV", 8.5)
    d.vline(40, y - 28, y - 4, 1, GREY)
    d.circle(40, y - 32, 4, fill=BLACK)
    d.t(52, y - 35, "16:06  Cra. 11 #93-46, Chicó Norte, Bogotá", "DV", 8.5)
    y -= 80
    for k, s in enumerate(
        [
            "Conductor: Jhon F. · Chevrolet Onix · placa JTK-418",
            "Recibo N.° R-8H2K-44719",
            "Este recibo no es una factura electrónica de venta. El servicio",
            "de transporte es prestado por el conductor independiente.",
            vendor + " · NIT 901.377.215-6 · Bogotá D.C.",
        ]
    ):
        d.t(30, y - k * 13, s, "DV", 8, color=GREY)
    tr = truth(
        "R-8H2K-44719",
        dt,
        None,
        vendor,
        total,
        None,
        total,
        "COP",
        "es-CO",
        "receipt",
        "receipt",
        [line(a, 1, b, b) for a, b in parts],
        "Rideshare e-mail receipt: total at the top; promo code reduces the subtotal; no tax (vat null); COP without decimals; date written in Spanish; platform keyed as vendor (its name and NIT printed).",
    )
    return d.pdf(), tr


@doc("r11", Photo(dpi=230, long=2300, bg="light", q=62, fold=True))
def r11(name: str, rng) -> tuple[bytes, dict]:
    """Peruvian supermarket boleta: gravada + exonerada, IGV and ICBPER bag tax."""
    vendor = "Supermercados Mercado Vivo S.A.C."
    dt = date(2026, 3, 21)
    items = [
        ("LECHE EVAP. GLORIA 400G X6", 1, D("24.90"), True),
        ("ARROZ COSTEÑO EXTRA 5KG", 1, D("23.50"), True),
        ("ACEITE PRIMOR 900ML", 2, D("10.90"), True),
        ("PAPA AMARILLA KG", D("2.150"), D("4.20"), False),
        ("PLATANO SEDA KG", D("1.380"), D("3.60"), False),
        ("DETERGENTE OPAL 2KG", 1, D("21.90"), True),
    ]
    amts = [q2(D(q) * u) for _, q, u, _ in items]
    grav_gross = sum(a for a, it in zip(amts, items, strict=True) if it[3])
    exo = sum(a for a, it in zip(amts, items, strict=True) if not it[3])
    igv = q2(grav_gross * 18 / D(118))
    grav = grav_gross - igv
    bag = D("0.50")
    total = grav_gross + exo + bag
    r = Roll(name, 80, "DVC", 7.8, bold="DVCB")
    r.c("mercado vivo", "DVB", 16)
    r.c(vendor.upper())
    r.c("RUC 20548813720")
    r.c("Av. La Marina 2355, San Miguel - Lima")
    r.gap(1)
    r.c("BOLETA DE VENTA ELECTRÓNICA", "DVCB", 8.5)
    r.c("B012-00338271", "DVCB", 9)
    r.lr("Fecha: " + dmy(dt), "Hora: 18:51")
    r.lr("Caja: 12", "Cajero: 4471")
    r.rule()
    for (desc, q, u, tx), a in zip(items, amts, strict=True):
        r.l(desc + ("" if tx else " (EXO)"))
        r.lr(f"   {sq(q) if q == int(q) else num(q, ',', '.', 3)} x {us(u)}", us(a))
    r.lr("BOLSA PLASTICA ICBPER", "0.50")
    r.rule()
    r.lr("OP. GRAVADA", "S/ " + us(grav))
    r.lr("OP. EXONERADA", "S/ " + us(exo))
    r.lr("I.G.V. 18%", "S/ " + us(igv))
    r.lr("ICBPER", "S/ " + us(bag))
    r.lr("IMPORTE TOTAL", "S/ " + us(total), "DVCB", 10)
    r.lr("VISA ****0921", "S/ " + us(total))
    r.gap(1)
    r.c(
        f"SON: {es_words(int(total)).upper()} CON {int((total - int(total)) * 100):02d}/100 SOLES",
        sz=6.8,
    )
    r.qr(20, rng)
    r.c("Representación impresa de la")
    r.c("Boleta de Venta Electrónica")
    tr = truth(
        "B012-00338271",
        dt,
        None,
        vendor,
        grav + exo,
        igv + bag,
        total,
        "PEN",
        "es-PE",
        "receipt",
        "receipt",
        [rl(i[0], i[1], i[2], a) for i, a in zip(items, amts, strict=True)],
        "Peruvian boleta photo: net split into OP. GRAVADA + OP. EXONERADA (keyed as their sum); vat = IGV + ICBPER bag tax; S/ with dot decimals; weighed produce.",
    )
    return r.pdf(), tr


@doc(
    "r12",
    Scan(
        dpi=260, grey=True, skew=1.3, blur=0.6, noise=6, specks=15, thermal=0.6, bed=0.12, fmt="png"
    ),
)
def r12(name: str, rng) -> tuple[bytes, dict]:
    """Sydney parking garage tax invoice on 58 mm thermal roll, GST included."""
    vendor = "CityWest Parking Pty Ltd"
    dt = date(2026, 3, 19)
    total = D("24.00")
    gst = q2(total / 11)
    r = Roll(name, 58, "DVM", 6.8)
    r.c("CityWest Parking", "DVB", 11)
    r.c(vendor)
    r.c("ABN 33 601 284 775")
    r.c("Kent St Car Park, Sydney NSW")
    r.gap(1)
    r.c("TAX INVOICE", "DVMB", 8)
    r.lr("Receipt No", "KS-0092281")
    r.lr("Ticket", "1748 2210 0931")
    r.lr("Entry", dmy(dt) + " 08:02")
    r.lr("Exit", dmy(dt) + " 17:41")
    r.lr("Duration", "9h 39m")
    r.rule()
    r.lr("Early Bird", "$" + us(total))
    r.rule()
    r.lr("TOTAL (inc GST)", "$" + us(total), "DVMB", 8)
    r.lr("GST included", "$" + us(gst))
    r.lr("EFTPOS", "$" + us(total))
    r.gap(1)
    r.c("Thank you - drive safely")
    tr = truth(
        "KS-0092281",
        dt,
        None,
        vendor,
        total - gst,
        gst,
        total,
        "AUD",
        "en-AU",
        "receipt",
        "receipt",
        [rl("Early Bird", 1, total, total)],
        "Faded 58 mm parking receipt: GST included (1/11 of total), amount = total - GST; ticket number vs receipt number; entry/exit times.",
    )
    return r.pdf(), tr


@doc("r13", "pdf")
def r13(name: str, rng) -> tuple[bytes, dict]:
    """Queenstown lodge guest folio (A4): nightly charges, payment, balance 0, GST content."""
    W, H = A4
    d = Doc(name, A4, "Folio 48812")
    vendor = "Kōwhai Lodge Limited"
    arr, dep = date(2026, 3, 12), date(2026, 3, 15)
    posts = [
        (date(2026, 3, 12), "Accommodation - Lake View King", D("289.00")),
        (date(2026, 3, 12), "Restaurant - dinner (Rm 21)", D("118.50")),
        (date(2026, 3, 13), "Accommodation - Lake View King", D("289.00")),
        (date(2026, 3, 13), "Breakfast x2", D("56.00")),
        (date(2026, 3, 14), "Accommodation - Lake View King", D("289.00")),
        (date(2026, 3, 14), "Minibar", D("23.50")),
        (date(2026, 3, 15), "Late checkout 1pm", D("40.00")),
    ]
    total = sum(a for *_, a in posts)
    gst = q2(total * 3 / 23)
    d.t(W / 2, H - 60, "Kōwhai Lodge", "DVSB", 24, "c", (0.55, 0.45, 0.05))
    d.t(W / 2, H - 78, "QUEENSTOWN", "DVS", 9, "c")
    d.t(
        W / 2,
        H - 92,
        "64 Peninsula Road, Queenstown 9300 · +64 3 555 0117 · stay@kowhailodge.co.nz",
        "DVS",
        7.5,
        "c",
    )
    d.t(50, H - 130, "TAX INVOICE / GUEST FOLIO", "DVSB", 12)
    for k, s in enumerate(
        ["Mr Liam O'Connell", "O'Connell Surveying Ltd", "12 Tui Street", "Dunedin 9016"]
    ):
        d.t(50, H - 152 - k * 12, s, "DVS", 9.5)
    kv = [
        ("Folio No.", "48812"),
        ("Room", "21"),
        ("Arrival", dmy(arr)),
        ("Departure", dmy(dep)),
        ("Guests", "2 Adults"),
        ("Date printed", dmy(dep)),
    ]
    for k, (a, b) in enumerate(kv):
        d.t(360, H - 152 - k * 12, a, "DVS", 9)
        d.t(W - 50, H - 152 - k * 12, b, "DVS", 9, "r")
    body = [[dmy(dd), desc, us(a), ""] for dd, desc, a in posts]
    body.append([dmy(dep), "Visa ****3306 - payment, thank you", "", us(total)])
    y = table(
        d,
        50,
        H - 240,
        [
            ("Date", 80, "l"),
            ("Description", 235, "l"),
            ("Charges NZ$", 90, "r"),
            ("Credits NZ$", 90, "r"),
        ],
        body,
        f="DVS",
        hf="DVSB",
        sz=9,
        head_fill=(0.96, 0.93, 0.82),
    )
    rows = [("Total charges", us(total)), ("Total credits", us(total)), ("Balance due", "0.00")]
    for k, (a, b) in enumerate(rows):
        d.t(440, y - 18 - k * 14, a, "DVSB" if k == 2 else "DVS", 9.5, "r")
        d.t(W - 55, y - 18 - k * 14, b, "DVSB" if k == 2 else "DVS", 9.5, "r")
    d.t(50, y - 18, f"Total includes GST of NZ${us(gst)}", "DVSI", 9.5)
    d.t(50, 80, "Kōwhai Lodge Limited · GST No. 119-284-553 · NZBN 9429048812207", "DVS", 7.5)
    d.t(50, 68, "Thank you for staying with us. Haere rā, and safe travels.", "DVSI", 7.5)
    tr = truth(
        "48812",
        dep,
        None,
        vendor,
        total - gst,
        gst,
        total,
        "NZD",
        "en-NZ",
        "invoice",
        "receipt",
        [line(f"{dmy(dd)} {desc}", 1, a, a) for dd, desc, a in posts],
        "A4 hotel folio that is a paid receipt: charges/credits columns, balance 0.00; GST only as 'Total includes GST of' (3/23 of total); invoice date = departure/print date; room number and folio number.",
    )
    return d.pdf(), tr


@doc(
    "r14",
    Scan(
        dpi=240,
        grey=True,
        skew=1.1,
        blur=0.5,
        noise=5,
        specks=25,
        thermal=0.2,
        bed=0.06,
        width=650,
        fmt="png",
    ),
)
def r14(name: str, rng) -> tuple[bytes, dict]:
    """US pharmacy: Rx copay untaxed, OTC taxed, coupons, long receipt downscaled to 650 px."""
    vendor = "Wellbridge Pharmacy"
    dt = date(2026, 3, 22)
    items = [
        ("RX #6120448 COPAY", 1, D("10.00"), False),
        ("WB ALLERGY RELIEF 24HR 30CT", 1, D("16.99"), True),
        ("CERAVE MOIST CREAM 16OZ", 1, D("19.49"), True),
        ("WB VITAMIN D3 2000IU 100CT", 2, D("8.79"), True),
        ("KLEENEX ULTRA SOFT 3PK", 1, D("7.29"), True),
        ("GATORADE ZERO 28OZ", 2, D("2.49"), True),
    ]
    amts = [q2(q * u) for _, q, u, _ in items]
    coupons = [("  WELLCASH COUPON", D("-3.00")), ("  MFR COUPON CERAVE", D("-2.00"))]
    sub = sum(amts) + sum(c for _, c in coupons)
    taxable = sum(a for a, it in zip(amts, items, strict=True) if it[3]) + sum(
        c for _, c in coupons
    )
    tax = q2(taxable * D("0.0625"))
    total = sub + tax
    r = Roll(name, 80, "DVM", 7.8)
    r.c("WELLBRIDGE", "DVB", 17)
    r.c("PHARMACY", "DV", 9)
    r.c("Store #4410")
    r.c("88 Boylston St, Boston MA 02116")
    r.c("Store (617) 555-0108  Rx (617) 555-0109")
    r.gap(2)
    for (desc, q, u, tx), a in zip(items, amts, strict=True):
        r.lr(desc[:30], us(a) + (" T" if tx else " N"))
        if q != 1:
            r.l(f"  {q} @ {us(u)}")
        if desc.startswith("CERAVE"):
            r.lr(coupons[1][0], us(coupons[1][1]))
    r.lr(coupons[0][0], us(coupons[0][1]))
    r.rule()
    r.lr("8 ITEMS  SUBTOTAL", us(sub))
    r.lr("MA 6.25% TAX", us(tax))
    r.lr("TOTAL", us(total), "DVMB", 10)
    r.lr("AMEX", us(total))
    r.l("ACCT ************1009  AUTH 552178")
    r.l("CHANGE                          .00")
    r.gap(2)
    r.c("WELLREWARDS #****8821")
    r.c("TODAY'S SAVINGS  5.00")
    r.c("YEAR-TO-DATE SAVINGS  41.37")
    r.gap(2)
    r.c("RECEIPT# 4410-2-0732-032226")
    r.c(mdy(dt) + "  2:18 PM")
    r.bars(11, rng)
    r.gap(2)
    r.wrapped(
        "RETURNS: Most items may be returned within 60 days with receipt. Prescriptions cannot be returned. Get $3 WellCash on your next visit: tell us how we did at wellbridge.com/survey  Survey ID 4410 0732 2261.",
        sz=7,
        center=True,
    )
    tr = truth(
        "4410-2-0732-032226",
        dt,
        None,
        vendor,
        sub,
        tax,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        [rl(i[0], i[1], i[2], a) for i, a in zip(items, amts, strict=True)],
        "Long pharmacy receipt downscaled to 650 px: Rx copay untaxed (N), coupons reduce the taxable base; savings and YTD lines look like amounts; receipt number at the bottom.",
    )
    return r.pdf(), tr


@doc(
    "r15",
    Scan(
        dpi=200, grey=False, skew=1.7, blur=0.7, noise=6, specks=30, thermal=0.3, bed=0.1, fmt="jpg"
    ),
)
def r15(name: str, rng) -> tuple[bytes, dict]:
    """Nelson NZ grocer: prices GST-inclusive, 'GST included' line, EFTPOS, DD/MM/YY."""
    vendor = "Harbour Fresh Grocer Ltd"
    dt = date(2026, 3, 21)
    items = [
        ("Anchor Milk Blue 2L", 1, D("4.79")),
        ("Vogel's Original 750g", 2, D("5.49")),
        ("Kumara Red kg", D("1.24"), D("4.99")),
        ("Free Range Eggs 12pk", 1, D("9.90")),
        ("Whittaker's Peanut Slab", 1, D("5.99")),
        ("NZ Lamb Mince 500g", 1, D("12.50")),
        ("Feijoas 1kg bag", 1, D("6.99")),
    ]
    amts = [q2(D(q) * u) for _, q, u in items]
    total = sum(amts)
    gst = q2(total * 3 / 23)
    r = Roll(name, 80, "DVC", 8.0, bold="DVCB")
    r.c("Harbour Fresh", "DVSB", 15)
    r.c("GROCER · NELSON", "DV", 8)
    r.c("227 Trafalgar St, Nelson 7010")
    r.c(vendor + "  GST 126-449-801")
    r.c("TAX INVOICE", "DVCB", 9)
    r.rule()
    for (desc, q, u), a in zip(items, amts, strict=True):
        r.lr(desc if q == 1 else f"{desc} {q} @ {us(u)}", us(a))
    r.rule()
    r.lr(f"{len(items) + 1} items", "")
    r.lr("TOTAL", "$" + us(total), "DVCB", 11)
    r.lr("EFTPOS", "$" + us(total))
    r.lr("GST included", "$" + us(gst))
    r.gap(1)
    r.lr("Trans 55821", dmy(dt, "/", True) + " 11:07")
    r.lr("Lane 3", "Op: Hemi")
    r.gap(2)
    r.c("Kia ora - thanks for shopping local!")
    tr = truth(
        "55821",
        dt,
        None,
        vendor,
        total - gst,
        gst,
        total,
        "NZD",
        "en-NZ",
        "receipt",
        "receipt",
        [rl(i[0], i[1], i[2], a) for i, a in zip(items, amts, strict=True)],
        "NZ grocery: GST-inclusive prices, only 'GST included' printed (3/23 of total); item count line; DD/MM/YY; transaction number at the bottom.",
    )
    return r.pdf(), tr


@doc(
    "r16",
    Scan(
        dpi=240,
        grey=True,
        skew=1.9,
        blur=0.6,
        noise=6,
        specks=20,
        thermal=0.45,
        bed=0.08,
        width=660,
        fmt="png",
    ),
)
def r16(name: str, rng) -> tuple[bytes, dict]:
    """Australian roadhouse fuel + coffee, GST included, 76 mm roll, downscaled."""
    vendor = "Murrumbidgee Fuels Pty Ltd"
    dt = date(2026, 3, 23)
    litres, cpl = D("42.18"), D("189.9")
    fuel = q2(litres * cpl / 100)
    coffee = D("4.50")
    pie = D("6.20")
    total = fuel + coffee + pie
    gst = q2(total / 11)
    r = Roll(name, 76, "DVM", 7.4)
    r.c("GUNDAGAI ROADHOUSE", "DVMB", 10)
    r.c(vendor)
    r.c("ABN 72 118 450 392")
    r.c("Hume Hwy, Gundagai NSW 2722")
    r.c("TAX INVOICE", "DVMB", 8)
    r.rule()
    r.l("Pump 04  Unleaded 91")
    r.lr(f"  {litres}L @ {cpl}c/L", "$" + us(fuel))
    r.lr("Flat White Lge", "$" + us(coffee))
    r.lr("Pie Steak & Pepper", "$" + us(pie))
    r.rule()
    r.lr("TOTAL", "$" + us(total), "DVMB", 9)
    r.lr("GST INCLUDED", "$" + us(gst))
    r.lr("VISA DEBIT", "$" + us(total))
    r.l("Card ....7732  PSN 00  APPROVED 00")
    r.gap(1)
    r.lr("Docket 318842", dmy(dt) + " 12:48")
    r.lr("Till 2", "Staff: Bec")
    r.gap(1)
    r.c("Drive safe - Fatigue kills, take a break")
    tr = truth(
        "318842",
        dt,
        None,
        vendor,
        total - gst,
        gst,
        total,
        "AUD",
        "en-AU",
        "receipt",
        "receipt",
        [
            rl("Unleaded 91", litres, cpl / 100, fuel),
            rl("Flat White Lge", 1, coffee, coffee),
            rl("Pie Steak & Pepper", 1, pie, pie),
        ],
        "Roadhouse docket: trading name in the header, legal Pty Ltd name below (legal name keyed); fuel price in cents per litre; GST included (1/11); downscaled to ~660 px wide.",
    )
    return r.pdf(), tr


# --------------------------------------------------------------------------- README

COUNTRY = {
    "en-US": "USA",
    "en-CA": "Canada",
    "fr-CA": "Canada (QC)",
    "es-MX": "Mexico",
    "pt-BR": "Brazil",
    "es-AR": "Argentina",
    "es-CL": "Chile",
    "es-CO": "Colombia",
    "es-PE": "Peru",
    "en-AU": "Australia",
    "en-NZ": "New Zealand",
}
KIND_TEXT = {
    "i01": "utility bill",
    "i02": "SaaS subscription",
    "i03": "contractor, partial sales tax",
    "i04": "freelancer (Word)",
    "i05": "phone bill",
    "i06": "CFDI printout",
    "i07": "NFS-e service invoice",
    "i08": "Factura A (HVAC)",
    "i09": "printing shop factura",
    "i10": "food wholesaler",
    "i11": "car repair shop",
    "i12": "AU tax invoice (electrician)",
    "i13": "law firm",
    "i14": "marketplace order invoice",
    "i15": "contractor (spreadsheet)",
    "i16": "wholesaler credit memo",
    "r01": "grocery",
    "r02": "gas station",
    "r03": "restaurant + tip slip",
    "r04": "coffee shop",
    "r05": "hardware store",
    "r06": "pharmacy",
    "r07": "bakery (NFC-e)",
    "r08": "liquor store",
    "r09": "fast-food counter",
    "r10": "rideshare",
    "r11": "grocery (boleta)",
    "r12": "parking garage",
    "r13": "hotel folio",
    "r14": "pharmacy",
    "r15": "grocery",
    "r16": "gas station / roadhouse",
}

CONVENTIONS = """## Truth conventions

- `amount` is the net before tax, `vat` the sum of every tax the page charges (sales tax, GST/HST, TPS+TVQ,
  IVA at several rates, IGV + ICBPER bag tax, ISS), `total` the document total. Every figure is computed once with
  `Decimal` (ROUND_HALF_UP), and the same values are printed and keyed; each JSON satisfies
  `amount + (vat or 0) + tip + rounding == total`.
- `vat` is `null` only when the page prints no tax (r02 fuel, r10 rideshare, r07 see below); then `amount == total`.
- Prices that include tax (AU/NZ GST-inclusive receipts, Chilean boleta, Argentine Factura B 'IVA contenido',
  Mexican pharmacy ticket, Peruvian boleta, Brazilian NFS-e ISS): `amount = total - vat`. Where the page prints a
  net (SUBTOTAL, OP. GRAVADA + OP. EXONERADA, Monto Neto, Total before tax), that printed net is keyed and equals
  total - vat.
- Brazilian NFC-e (r07): the 'Tributos Totais Incidentes (Lei 12.741/2012)' figure is an informational estimate
  of taxes embedded along the supply chain, not a tax charged on the sale, so `vat` is `null`. The NFS-e (i07)
  prints a real ISS amount (5 % of the service value, included in it), so there `vat` = ISS and amount = total - ISS.
- `total` is the document total, not a balance after deposits, trust funds or earlier payments (i03 deposit,
  i13 trust funds, i02 'Amount due $0.00', r13 folio balance 0.00). Previous balances on bills are ignored.
- Tips (r03): the card slip's final TOTAL includes the tip; `total` is that final figure and the tip enters the
  equation as `tip` (not in amount or vat).
- Cash rounding (r05): Canadian 5-cent rounding printed as a ROUNDING line; `total` is the CASH TOTAL actually
  charged and the rounding enters the equation as `rounding`.
- Credit note (i16): printed with negative amounts and keyed negative (`document_type` = `credit_note`).
- `currency` is the ISO code of the money on the page, even where the page only prints `$` (MXN, ARS, CLP, COP,
  CAD, AUD, NZD) or `S/` / `R$`. Currencies without decimals (CLP, COP on r10) are keyed with `.00`.
- `vendor_name` is the seller's name as printed, with its legal form; where a trading name/wordmark and a legal
  entity name are both printed, the legal entity name is keyed (i06, i08, i09, i10, i11, i12, r06, r07, r16). On
  the marketplace invoice (i14) the vendor is the third-party seller ('Sold by'), not the marketplace.
- `invoice_number` is the document's own number: statement/bill number rather than account number (i01, i05),
  Serie-Folio rather than UUID (i06), Punto de Venta + Comprobante joined with a hyphen (i08, r08), invoice number
  rather than order number (i14), credit memo number rather than the referenced invoice (i16), the receipt's
  transaction / ticket / check / docket number for receipts (r01 TR#, r03 check #, r15 Trans, r16 Docket).
- `invoice_date` is the issue date (receipts: the transaction date; hotel folio: departure = print date; i14:
  invoice date, not order date). `due_date` only where a due date is printed ('Due upon receipt', 'Contado' and
  'Crédito 30 días' without a date give `null`); a CAE expiry date (i08, r08) is not a due date.
- `layout` is `receipt` for till rolls and app/e-mail receipts, `invoice` for page-sized documents (the A4
  hotel folio r13 is `layout: invoice`, `document_type: receipt`).
- `line_items`: the printed item lines (description, quantity, unit price, line amount as printed); discount,
  coupon, tax and payment lines are not items. Quantities and unit prices with more than two decimals (fuel,
  weights, per-kWh rates) are keyed as printed.
- `kind`: `pdf` = born-digital PDF with a text layer; `scan` = flatbed-style scan (PNG/JPG) or a scan embedded
  as the only content of a PDF (image-only PDF); `photo` = phone photo (JPG).
"""


def readme(results: list[dict]) -> str:
    kinds: dict[str, int] = {}
    for tr in results:
        k = tr["kind"] + (
            " (image-only PDF)" if tr["kind"] == "scan" and tr["_file"].endswith(".pdf") else ""
        )
        kinds[k] = kinds.get(k, 0) + 1
    countries: dict[str, list[str]] = {}
    for tr in results:
        countries.setdefault(COUNTRY[tr["locale"]].removesuffix(" (QC)"), []).append(
            tr["_file"].split(".")[0]
        )
    out = [
        "# blind-2026-14m",
        "",
        "Blind evaluation set: 32 documents (16 invoices `i01`-`i16`, 16 receipts `r01`-`r16`) as a bookkeeping",
        "firm serving small businesses in the Americas and Oceania receives them over one month (March 2026).",
        "Written without looking at the product, its tests or its other sets.",
        "",
        "Regenerate (byte-identical; every random choice is seeded with the CRC-32 of the document name):",
        "",
        "    python -m bench.blindsets.blind_2026_14m [OUTDIR] [--only NAME]",
        "",
        "## How the set is drawn",
        "",
        "Each document has its own drawing function (reportlab canvas, `invariant=1`) with its own layout, fonts",
        "(DejaVu Sans/Serif/Mono/Condensed), labels in the local language, local date and number formats. Every",
        "text run is checked to stay on the page and not to overlap another run (`LayoutError`). Invoices are",
        "A4 or Letter; receipts are 58/76/80 mm rolls as long as their content. Images: scans rendered with",
        "pypdfium2 at 200-300 dpi, grey or colour, padded on a scanner bed, skewed up to 2 degrees, blurred, noise",
        "and specks, thermal fading on receipts, two receipts downscaled to ~650 px wide; photos put the page in",
        "perspective on a wood/granite/fabric/desk texture with a drop shadow, uneven light, a shadow band, some",
        "with a fold, JPEG quality 62-74, long side 1700-2300 px; three scans are embedded as image-only PDFs.",
        "",
        CONVENTIONS,
        "## Mix",
        "",
        "| kind | count |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in sorted(kinds.items())],
        "",
        "| country | docs |",
        "|---|---|",
        *[f"| {c} | {', '.join(v)} |" for c, v in countries.items()],
        "",
        f"Invoices: {sum(1 for t in results if t['_file'][0] == 'i')}, receipts: {sum(1 for t in results if t['_file'][0] == 'r')}; "
        f"currencies: {', '.join(sorted({t['currency'] for t in results}))}.",
        "",
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for tr in results:
        n = tr["_file"].split(".")[0]
        out.append(
            f"| {tr['_file']} | {tr['kind']} | {COUNTRY[tr['locale']]} | {KIND_TEXT[n]} ({tr['document_type']}) | {tr['vendor_name']} | {tr['invoice_number']} | {tr['total']} {tr['currency']} | {tr['note']} |"
        )
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- output


def build(name: str, outdir: Path) -> dict:
    fn, out = DOCS[name]
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    pdf, tr = fn(name, rng)
    if isinstance(out, Scan):
        img = degrade_scan(render(pdf, out.dpi), out, rng)
        if out.pdf:
            path = outdir / f"{name}.pdf"
            path.write_bytes(image_pdf(img, out.dpi, f"Scan {name}"))
        else:
            path = outdir / f"{name}.{out.fmt}"
            Image.fromarray(img).save(path, "PNG" if out.fmt == "png" else "JPEG", quality=85)
        tr["kind"] = "scan"
    elif isinstance(out, Photo):
        img = photograph(render(pdf, out.dpi), out, rng)
        path = outdir / f"{name}.jpg"
        Image.fromarray(img).save(path, "JPEG", quality=out.q)
        tr["kind"] = "photo"
    else:
        path = outdir / f"{name}.pdf"
        path.write_bytes(pdf)
        tr["kind"] = "pdf"
    (outdir / f"{name}.json").write_text(
        json.dumps(tr, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    tr["_file"] = path.name
    return tr


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    outdir = Path(a.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else list(DOCS)
    results = [build(n, outdir) for n in names]
    for tr in results:
        print(
            f"{tr['_file']:8s} {tr['kind']:5s} {tr['vendor_name'][:40]:40s} {tr['total']:>14s} {tr['currency']}"
        )
    if not a.only:
        (outdir / "README.md").write_text(readme(results), encoding="utf-8")


if __name__ == "__main__":
    main()
