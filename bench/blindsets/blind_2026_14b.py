# ruff: noqa: E501
"""Blind set 2026-14b: labels above their values.

Twelve invoices and twelve receipts whose fields are printed with the label on top of the
value: header grids of bordered cells, stacked label/value columns, totals as rows of boxed
cells, party blocks headed by their role, bank details as a labelled grid, receipts with the
total printed large under a small label. Decoy cells (order numbers, delivery dates, previous
balances, customer VAT ids) sit beside the real ones.

Run from the repository root:

    python -m bench.blindsets.blind_2026_14b [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document's name, so re-runs are
byte-identical. The module imports nothing from the product.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import tempfile
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
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DEFAULT_OUT = Path("bench/blindsets/blind-2026-14b")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVO": "DejaVuSans-Oblique.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVSI": "DejaVuSerif-Italic.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
    "DVSCB": "DejaVuSerifCondensed-Bold.ttf",
}
GREY = HexColor("#555555")
LIGHT = HexColor("#E6E6E6")
Z = Decimal("0")
TWO = Decimal("0.01")


class LayoutError(RuntimeError):
    """A text run left the page or overlaps another run."""


def register_fonts() -> None:
    have = set(pdfmetrics.getRegisteredFontNames())
    for key, fname in _FONTS.items():
        if key not in have:
            pdfmetrics.registerFont(TTFont(key, str(FONT_DIR / fname)))


# --------------------------------------------------------------------------- money


def D(x: object) -> Decimal:
    return Decimal(str(x))


def q2(x: Decimal) -> Decimal:
    return Decimal(x).quantize(TWO, rounding=ROUND_HALF_UP)


def q0(x: Decimal) -> Decimal:
    return Decimal(x).quantize(Decimal("1"), rounding=ROUND_HALF_UP)


def _group(ip: str, th: str, indian: bool) -> str:
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        parts.insert(0, head)
        return th.join([*parts, tail])
    parts = []
    while len(ip) > 3:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    parts.insert(0, ip)
    return th.join(parts)


def num(v: Decimal, th: str = ",", dec: str = ".", places: int = 2, indian: bool = False) -> str:
    """Format a Decimal with local separators; negative values get a leading minus."""
    v = Decimal(v)
    sign = "-" if v < 0 else ""
    s = f"{abs(v):.{places}f}"
    ip, _, fp = s.partition(".")
    body = _group(ip, th, indian)
    return sign + body + (dec + fp if places else "")


def de(v: Decimal) -> str:
    return num(v, ".", ",")


def en(v: Decimal) -> str:
    return num(v, ",", ".")


def sp(v: Decimal) -> str:
    """Space thousands, decimal comma (fr, sv, pl, cs, no, hu)."""
    return num(v, " ", ",")


def ch(v: Decimal) -> str:
    return num(v, "'", ".")


def s2(v: Decimal) -> str:
    return f"{q2(v):.2f}"


def qty(q: Decimal) -> str:
    return format(Decimal(q).normalize(), "f")


@dataclass
class Line:
    desc: str
    q: Decimal
    unit: Decimal
    amount: Decimal
    extra: dict = field(default_factory=dict)


def mk(rows: list[tuple]) -> list[Line]:
    """rows: (description, quantity, unit price[, extras]) -> priced lines."""
    out = []
    for r in rows:
        q, u = D(r[1]), D(r[2])
        out.append(Line(r[0], q, u, q2(q * u), r[3] if len(r) > 3 else {}))
    return out


def total_of(lines: list[Line]) -> Decimal:
    return sum((ln.amount for ln in lines), Z)


def vat_incl(gross: Decimal, rate: Decimal) -> Decimal:
    """Tax contained in a tax-inclusive gross amount."""
    return q2(gross * rate / (Decimal(100) + rate))


def items_json(lines: list[Line]) -> list[dict]:
    return [
        {
            "description": ln.desc,
            "quantity": qty(ln.q),
            "unit_price": s2(ln.unit),
            "amount": s2(ln.amount),
        }
        for ln in lines
    ]


def truth(
    *,
    number: str | None,
    issued: date,
    due: date | None,
    vendor: str,
    net: Decimal,
    vat: Decimal | None,
    total: Decimal,
    cur: str,
    loc: str,
    lines: list[Line],
    note: str,
    layout: str = "invoice",
    dtype: str = "invoice",
    tip: Decimal = Z,
    rounding: Decimal = Z,
) -> dict:
    assert net + (vat if vat is not None else Z) + tip + rounding == total, (
        net,
        vat,
        tip,
        rounding,
        total,
    )
    return {
        "invoice_number": number,
        "invoice_date": issued.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": s2(net),
        "vat": s2(vat) if vat is not None else None,
        "total": s2(total),
        "currency": cur,
        "locale": loc,
        "layout": layout,
        "document_type": dtype,
        "line_items": items_json(lines),
        "note": note,
    }


# --------------------------------------------------------------------------- drawing


class Doc:
    """A reportlab canvas that refuses text runs that leave the page or overlap."""

    def __init__(self, path: Path, size: tuple[float, float]) -> None:
        register_fonts()
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.w, self.h = size
        self.runs: list[tuple[tuple[float, float, float, float], str]] = []

    def t(
        self,
        x: float,
        y: float,
        s: str,
        f: str = "DV",
        sz: float = 9,
        a: str = "l",
        col: Color = black,
    ) -> float:
        s = str(s)
        if not s:
            return 0.0
        w = pdfmetrics.stringWidth(s, f, sz)
        x0 = {"l": x, "r": x - w, "c": x - w / 2}[a]
        self._check((x0, y - 0.23 * sz, x0 + w, y + 0.77 * sz), s)
        self.c.setFont(f, sz)
        self.c.setFillColor(col)
        self.c.drawString(x0, y, s)
        return w

    def _check(self, b: tuple[float, float, float, float], s: str) -> None:
        if b[0] < 0 or b[1] < 0 or b[2] > self.w or b[3] > self.h:
            raise LayoutError(f"off page: {s!r} at {tuple(round(v, 1) for v in b)}")
        e = 0.25
        for o, other in self.runs:
            if b[0] < o[2] - e and o[0] < b[2] - e and b[1] < o[3] - e and o[1] < b[3] - e:
                raise LayoutError(f"overlap: {s!r} with {other!r}")
        self.runs.append((b, s))

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        lw: float = 0.6,
        stroke: Color | None = black,
        fill: Color | None = None,
    ) -> None:
        c = self.c
        c.setLineWidth(lw)
        if stroke is not None:
            c.setStrokeColor(stroke)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, y, w, h, stroke=int(stroke is not None), fill=int(fill is not None))
        c.setFillColor(black)

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        lw: float = 0.6,
        col: Color = black,
        dash: tuple | None = None,
    ) -> None:
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(col)
        c.setDash(*(dash or ([], 0)))
        c.line(x1, y1, x2, y2)
        c.setDash([], 0)

    def circle(
        self,
        x: float,
        y: float,
        r: float,
        fill: Color | None = None,
        stroke: Color | None = None,
        lw: float = 1,
    ) -> None:
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
        c.circle(x, y, r, stroke=int(stroke is not None), fill=int(fill is not None))
        c.setFillColor(black)

    def poly(self, pts: list[tuple[float, float]], fill: Color) -> None:
        p = self.c.beginPath()
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        p.close()
        self.c.setFillColor(fill)
        self.c.drawPath(p, stroke=0, fill=1)
        self.c.setFillColor(black)

    def page(self) -> None:
        self.c.showPage()
        self.runs = []

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


def as_lines(v: str | list[str] | None) -> list[str]:
    if v is None or v == "":
        return []
    return [v] if isinstance(v, str) else list(v)


def _fit(d: Doc, s: str, f: str, sz: float, room: float) -> None:
    if pdfmetrics.stringWidth(s, f, sz) > room:
        raise LayoutError(f"too wide for its cell: {s!r}")


@dataclass
class GridStyle:
    lf: str = "DV"
    ls: float = 6.5
    vf: str = "DVB"
    vs: float = 9.0
    pad: float = 3.5
    band: Color | None = None
    lw: float = 0.6
    stroke: Color = black
    lcol: Color = black


def grid(
    d: Doc,
    x: float,
    top: float,
    cols: list[tuple],
    st: GridStyle | None = None,
    rows: int | None = None,
) -> float:
    """One row of bordered cells, each label above its value. cols: (width, label, value[, align])."""
    st = st or GridStyle()
    lead = st.vs * 1.2
    n = rows or max([len(as_lines(c[2])) for c in cols] + [1])
    h = st.pad * 1.6 + st.ls + 3 + n * lead
    cx = x
    for col in cols:
        w, label, value = col[:3]
        a = col[3] if len(col) > 3 else "l"
        if st.band is not None:
            d.rect(
                cx,
                top - st.pad - st.ls - 1.2,
                w,
                st.pad + st.ls + 1.2,
                lw=0,
                stroke=None,
                fill=st.band,
            )
        d.rect(cx, top - h, w, h, lw=st.lw, stroke=st.stroke)
        tx = {"l": cx + st.pad, "r": cx + w - st.pad, "c": cx + w / 2}[a]
        _fit(d, label, st.lf, st.ls, w - 2 * st.pad)
        d.t(tx, top - st.pad - st.ls * 0.78, label, st.lf, st.ls, a, st.lcol)
        y = top - st.pad - st.ls - 2 - st.vs * 0.85
        for ln in as_lines(value):
            _fit(d, ln, st.vf, st.vs, w - 2 * st.pad)
            d.t(tx, y, ln, st.vf, st.vs, a)
            y -= lead
        cx += w
    return top - h


@dataclass
class StackStyle:
    lf: str = "DV"
    ls: float = 7.0
    vf: str = "DVB"
    vs: float = 9.5
    gap: float = 5.0
    a: str = "l"
    lcol: Color = GREY


def stack(d: Doc, x: float, y: float, pairs: list[tuple], st: StackStyle | None = None) -> float:
    """Label on one line, value (one or more lines) under it; pairs stacked downwards. y = first label baseline."""
    st = st or StackStyle()
    for label, value in pairs:
        d.t(x, y, label, st.lf, st.ls, st.a, st.lcol)
        y -= 0.23 * st.ls + 0.77 * st.vs + 2.0
        for ln in as_lines(value):
            d.t(x, y, ln, st.vf, st.vs, st.a)
            y -= st.vs * 1.2
        y += st.vs * 1.2
        y -= 0.23 * st.vs + 0.77 * st.ls + st.gap
    return y


def party(
    d: Doc,
    x: float,
    y: float,
    heading: str,
    lines: list[str],
    hf: str = "DVB",
    hs: float = 8,
    f: str = "DV",
    s: float = 9,
    rule: float = 0,
    hcol: Color = black,
) -> float:
    """Role heading above an address block. y = heading baseline; returns the next free baseline."""
    d.t(x, y, heading, hf, hs, "l", hcol)
    if rule:
        d.line(x, y - 0.3 * hs - 1, x + rule, y - 0.3 * hs - 1, 0.5, hcol)
    y -= 0.23 * hs + 0.77 * s + 4
    for i, ln in enumerate(lines):
        d.t(x, y, ln, "DVB" if (i == 0 and f == "DV") else f, s)
        y -= s * 1.22
    return y


@dataclass
class TableStyle:
    hf: str = "DVB"
    hs: float = 7.5
    f: str = "DV"
    s: float = 8.5
    lead: float = 13.0
    fill: Color | None = LIGHT
    hcol: Color = black
    rules: str = "h"  # h: rule under each row; grid: full cell borders; none
    lw: float = 0.4


def table(
    d: Doc, x: float, y: float, cols: list[tuple], rows: list[tuple], st: TableStyle | None = None
) -> float:
    """cols: (header, width, align); rows: cells (str or list of str). y = top edge. Returns bottom edge."""
    st = st or TableStyle()
    total_w = sum(c[1] for c in cols)
    hh = st.hs * 2.2
    if st.fill is not None:
        d.rect(x, y - hh, total_w, hh, lw=0, stroke=None, fill=st.fill)
    _row(d, x, y - hh * 0.64, cols, [c[0] for c in cols], st.hf, st.hs, st.hcol)
    y -= hh
    d.line(x, y, x + total_w, y, 0.6)
    top = y + hh
    for r in rows:
        n = max(len(as_lines(c)) for c in r)
        rh = st.lead + (n - 1) * st.s * 1.2
        _row(d, x, y - st.lead * 0.66, cols, list(r), st.f, st.s, black)
        y -= rh
        if st.rules != "none":
            d.line(x, y, x + total_w, y, st.lw, GREY)
    if st.rules == "grid":
        _grid_lines(d, x, top, y, cols, st.lw)
    return y


def _row(
    d: Doc, x: float, base: float, cols: list[tuple], cells: list, f: str, s: float, col: Color
) -> None:
    cx = x
    for (_, w, a), cell in zip(cols, cells, strict=True):
        tx = {"l": cx + 3, "r": cx + w - 3, "c": cx + w / 2}[a]
        b = base
        for ln in as_lines(cell):
            _fit(d, ln, f, s, w - 5)
            d.t(tx, b, ln, f, s, a, col)
            b -= s * 1.2
        cx += w


def _grid_lines(d: Doc, x: float, top: float, bottom: float, cols: list[tuple], lw: float) -> None:
    cx = x
    d.rect(x, bottom, sum(c[1] for c in cols), top - bottom, lw=lw + 0.2)
    for c in cols[:-1]:
        cx += c[1]
        d.line(cx, top, cx, bottom, lw)


def qr(
    d: Doc, x: float, y: float, size: float, rng: random.Random, n: int = 25, col: Color = black
) -> None:
    """A QR-like square (bottom-left at x, y): three finder patterns and seeded modules."""
    m = size / n
    d.c.setFillColor(col)
    for i in range(n):
        for j in range(n):
            finder = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j >= n - 8)
            if not finder and rng.random() < 0.48:
                d.c.rect(x + i * m, y + j * m, m, m, stroke=0, fill=1)
    for fx, fy in ((0, 0), (0, n - 7), (n - 7, n - 7)):
        d.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, lw=0, stroke=None, fill=col)
        d.rect(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m, lw=0, stroke=None, fill=white)
        d.rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, lw=0, stroke=None, fill=col)
    d.c.setFillColor(black)


def barcode(d: Doc, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    cx = x
    d.c.setFillColor(black)
    while cx < x + w - 3:
        bw = rng.choice((0.6, 0.6, 1.2, 1.8))
        d.c.rect(cx, y, bw, h, stroke=0, fill=1)
        cx += bw + rng.choice((0.6, 1.2, 1.2, 1.8))


# --------------------------------------------------------------------------- receipt rolls


class Roll:
    """A till roll laid out top-down; its height is as long as its content."""

    def __init__(
        self, width_mm: float, font: str = "DVM", size: float = 8.0, margin_mm: float = 3.5
    ) -> None:
        self.w = width_mm * mm
        self.m = margin_mm * mm
        self.f = font
        self.s = size
        self.y = self.m
        self.ops: list[tuple] = []

    @property
    def right(self) -> float:
        return self.w - self.m

    def text(self, s: str, a: str = "l", f: str | None = None, sz: float | None = None) -> None:
        sz = sz or self.s
        self.y += sz * 0.95
        x = {"l": self.m, "c": self.w / 2, "r": self.right}[a]
        self.ops.append(("t", x, self.y, s, f or self.f, sz, a))
        self.y += sz * 0.32

    def lr(self, left: str, right: str, f: str | None = None, sz: float | None = None) -> None:
        self.cols([(0, left, "l"), (1, right, "r")], f, sz)

    def cols(self, cells: list[tuple], f: str | None = None, sz: float | None = None) -> None:
        """cells: (fraction of the printable width, text, align)."""
        sz = sz or self.s
        self.y += sz * 0.95
        span = self.right - self.m
        for frac, s, a in cells:
            self.ops.append(("t", self.m + frac * span, self.y, s, f or self.f, sz, a))
        self.y += sz * 0.32

    def rule(self, dash: bool = True, lw: float = 0.6) -> None:
        self.y += 3
        self.ops.append(("line", self.y, dash, lw))
        self.y += 4

    def gap(self, h: float) -> None:
        self.y += h

    def block(self, h: float, fn: Callable[[Doc, float], None]) -> None:
        """Reserve h points and call fn(doc, top_y) at render time."""
        self.ops.append(("fn", self.y, fn))
        self.y += h

    def render(self, path: Path) -> None:
        hgt = self.y + self.m + 6
        d = Doc(path, (self.w, hgt))
        for op in self.ops:
            if op[0] == "t":
                _, x, y, s, f, sz, a = op
                d.t(x, hgt - y, s, f, sz, a)
            elif op[0] == "line":
                _, y, dash, lw = op
                d.line(self.m, hgt - y, self.right, hgt - y, lw, black, (2, 1.5) if dash else None)
            else:
                op[2](d, hgt - op[1])
        d.save()


def big_total(
    r: Roll,
    label: str,
    value: str,
    a: str = "r",
    lf: str | None = None,
    vf: str = "DVMB",
    ls: float = 7,
    vs: float = 17,
) -> None:
    """Small label on one line, the amount large on the next."""
    r.text(label, a, lf, ls)
    r.gap(1.5)
    r.text(value, a, vf, vs)


def pair(
    r: Roll, label: str, value: str, a: str = "l", ls: float | None = None, vf: str | None = None
) -> None:
    r.text(label, a, None, ls or r.s - 1)
    r.text(value, a, vf, r.s + 0.5)


# --------------------------------------------------------------------------- images


@dataclass
class Scan:
    dpi: int = 200
    grey: bool = True
    skew: float = 0.8
    blur: float = 0.6
    noise: float = 5.0
    specks: int = 30
    fade: float = 0.0
    width: int | None = None
    ext: str = "png"
    quality: int = 82
    tint: tuple = (248, 246, 240)


@dataclass
class Photo:
    dpi: int = 170
    long_side: int = 2000
    quality: int = 72
    tilt: float = 0.05
    fold: bool = True
    shadow: bool = True
    bg: tuple = (120, 92, 64)


def raster(pdf: Path, dpi: int, grey: bool = False) -> np.ndarray:
    doc = pdfium.PdfDocument(str(pdf))
    page = doc[0]
    img = page.render(scale=dpi / 72).to_pil().convert("RGB")
    page.close()
    doc.close()
    return np.asarray(img).astype(np.float32)


def smooth_field(nrng: np.random.Generator, h: int, w: int, cells: int = 6) -> np.ndarray:
    small = nrng.random((cells, cells)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def degrade(a: np.ndarray, sc: Scan, nrng: np.random.Generator) -> np.ndarray:
    h, w = a.shape[:2]
    a = a / 255.0 * np.array(sc.tint, dtype=np.float32)
    if sc.fade:
        ink = np.array(sc.tint, dtype=np.float32) - a
        fmap = 1.0 - sc.fade * (0.35 + 0.65 * smooth_field(nrng, h, w, 5))
        a = np.array(sc.tint, dtype=np.float32) - ink * fmap[..., None]
    if sc.blur:
        a = cv2.GaussianBlur(a, (0, 0), sc.blur)
    pad = int(0.02 * max(h, w))
    a = cv2.copyMakeBorder(a, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(236, 236, 232))
    m = cv2.getRotationMatrix2D((a.shape[1] / 2, a.shape[0] / 2), sc.skew, 1.0)
    a = cv2.warpAffine(
        a, m, (a.shape[1], a.shape[0]), flags=cv2.INTER_LINEAR, borderValue=(236, 236, 232)
    )
    a = a + nrng.normal(0, sc.noise, a.shape[:2]).astype(np.float32)[..., None]
    for _ in range(sc.specks):
        x, y = int(nrng.integers(0, a.shape[1])), int(nrng.integers(0, a.shape[0]))
        r = int(nrng.integers(1, 3))
        v = float(nrng.integers(40, 140))
        cv2.circle(a, (x, y), r, (v, v, v), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    if sc.width:
        nh = round(a.shape[0] * sc.width / a.shape[1])
        a = cv2.resize(a, (sc.width, nh), interpolation=cv2.INTER_AREA)
    return a


def to_image(a: np.ndarray, grey: bool) -> Image.Image:
    img = Image.fromarray(a, "RGB")
    return img.convert("L") if grey else img


def texture(nrng: np.random.Generator, h: int, w: int, base: tuple) -> np.ndarray:
    grain = smooth_field(nrng, h, w, 40) * 0.5 + smooth_field(nrng, h, w, 7) * 0.5
    xs = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    streak = 0.5 + 0.5 * np.sin(xs * 60 + grain * 9)
    t = 0.82 + 0.18 * streak + nrng.normal(0, 0.03, (h, w)).astype(np.float32)
    return t[..., None] * np.array(base, dtype=np.float32)[None, None, :]


def _fold(out: np.ndarray, mask: np.ndarray, quad: np.ndarray, frac: float) -> None:
    p1 = quad[0] + (quad[3] - quad[0]) * frac
    p2 = quad[1] + (quad[2] - quad[1]) * frac
    crease = np.zeros(mask.shape, np.float32)
    cv2.line(crease, tuple(int(v) for v in p1), tuple(int(v) for v in p2), 1.0, 3)
    band = cv2.GaussianBlur(crease, (0, 0), 14)
    crease = cv2.GaussianBlur(crease, (0, 0), 1.2)
    shade = (
        1.0
        - 0.22 * crease / max(float(crease.max()), 1e-6)
        + 0.06 * band / max(float(band.max()), 1e-6)
    )
    out *= (1 + (shade - 1) * mask)[..., None]


def _shadow(out: np.ndarray, nrng: np.random.Generator) -> None:
    h, w = out.shape[:2]
    m = np.zeros((h, w), np.float32)
    cx = int(nrng.choice([0, w]))
    pts = np.array(
        [[cx, 0], [int(w * 0.5), 0], [int(w * 0.3), int(h * 0.35)], [cx, int(h * 0.55)]], np.int32
    )
    cv2.fillPoly(m, [pts], 1.0)
    m = cv2.GaussianBlur(m, (0, 0), max(h, w) * 0.04)
    out *= (1 - 0.28 * m)[..., None]


def photograph(a: np.ndarray, ph: Photo, nrng: np.random.Generator) -> np.ndarray:
    h, w = a.shape[:2]
    marg = int(0.07 * ph.long_side)
    s = (ph.long_side - 2 * marg) / max(h, w)
    dw, dh = round(w * s), round(h * s)
    a = cv2.resize(a, (dw, dh), interpolation=cv2.INTER_AREA)
    cw, chh = dw + 2 * marg, dh + 2 * marg
    cw = max(cw, int(0.6 * chh)) if chh > cw else cw
    off = np.array([(cw - dw) / 2, (chh - dh) / 2], np.float32)
    src = np.array([[0, 0], [dw, 0], [dw, dh], [0, dh]], np.float32)
    jit = nrng.uniform(-ph.tilt, ph.tilt, (4, 2)).astype(np.float32) * np.array(
        [dw, dh], np.float32
    )
    dst = src + off + jit
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, m, (cw, chh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), m, (cw, chh))
    bg = texture(nrng, chh, cw, ph.bg)
    soft = cv2.GaussianBlur(np.roll(mask, (12, 9), (0, 1)), (0, 0), 14)
    bg *= (1 - 0.45 * soft)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    if ph.fold:
        _fold(out, mask, dst, float(nrng.uniform(0.3, 0.6)))
    light = 0.78 + 0.3 * smooth_field(nrng, chh, cw, 3)
    out *= light[..., None]
    if ph.shadow:
        _shadow(out, nrng)
    out += nrng.normal(0, 3.0, out.shape).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def image_pdf(img: Image.Image, path: Path, dpi: int, quality: int) -> None:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    size = (img.width * 72 / dpi, img.height * 72 / dpi)
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, width=size[0], height=size[1])
    c.showPage()
    c.save()


def save_image(img: Image.Image, path: Path, quality: int) -> None:
    if path.suffix == ".png":
        img.save(path, "PNG", optimize=False)
    else:
        img.save(path, "JPEG", quality=quality)


# --------------------------------------------------------------------------- invoices

W4, H4 = A4
SMALL = GridStyle(ls=5.5, vs=7.0, vf="DV", pad=2.8)


def footer_grid(
    d: Doc, x: float, y: float, rows: list[list[tuple]], st: GridStyle = SMALL
) -> float:
    for r in rows:
        y = grid(d, x, y, r, st)
    return y


def i01(path: Path, rng: random.Random) -> dict:
    vendor = "Brandt & Söhne Haustechnik GmbH"
    rows = [
        ("Thermostatventil V-exakt II DN15", 12, "18.40", "HT-40211"),
        ("Thermostatkopf K weiß", 12, "14.90", "HT-40230"),
        ("Heizkörper Typ 22 600x1000", 4, "189.00", "HK-22610"),
        ("Heizkörper Typ 22 600x1400", 2, "247.50", "HK-22614"),
        ("Wandkonsole Set", 6, "9.80", "HK-00990"),
        ("Pressfitting Kupfer 15 mm Bogen 90°", 40, "2.35", "PF-15090"),
        ("Pressfitting Kupfer 15 mm T-Stück", 18, "3.10", "PF-15T00"),
        ("Kupferrohr 15x1 mm, Stange 5 m", 9, "38.60", "KR-15105"),
        ("Rohrisolierung 15/20 mm, 2 m", 22, "3.95", "RI-15202"),
        ('Kugelhahn 1/2" mit Flügelgriff', 6, "11.20", "KH-12000"),
        ("Entlüftungsventil automatisch", 6, "7.45", "EV-00310"),
        ("Hydraulischer Abgleich je Heizkörper", 6, "24.00", "DL-ABGL"),
        ("Montage Heizkörper (Std.)", 9.5, "68.00", "DL-MONT"),
        ("Anfahrtspauschale Zone 2", 3, "35.00", "DL-ANF2"),
        ("Füllwasser-Aufbereitung 10 l", 2, "29.90", "FW-AUF10"),
        ("Druckprüfung und Protokoll", 1, "85.00", "DL-DRPR"),
        ("Umwälzpumpe Hocheffizienz 25-60", 1, "312.00", "UP-25600"),
        ('Pumpenverschraubung 1" Paar', 1, "16.80", "UP-VS100"),
        ("Montage Pumpe inkl. Elektroanschluss", 1.5, "72.00", "DL-PUMP"),
        ("Entsorgung Altmaterial", 1, "45.00", "DL-ENTS"),
        ("Kleinmaterial pauschal", 1, "38.50", "KM-PAU"),
    ]
    lines = mk([(r[0], r[1], r[2], {"art": r[3]}) for r in rows])
    net = total_of(lines)
    vat = q2(net * D("0.19"))
    tot = net + vat
    issued, due = date(2026, 3, 12), date(2026, 3, 26)
    d = Doc(path, A4)
    bank = [
        [
            (170, "Bankverbindung", "Kasseler Sparkasse"),
            (200, "IBAN", "DE44 5205 0353 0001 2345 67"),
            (135, "BIC", "HELADEF1KAS"),
        ],
        [
            (120, "Sitz der Gesellschaft", "Kassel"),
            (150, "Registergericht", "AG Kassel HRB 18842"),
            (115, "USt-IdNr.", "DE281554903"),
            (120, "Geschäftsführer", ["Thomas Brandt", "Lena Brandt"]),
        ],
    ]
    cols = [
        ("Pos.", 26, "r"),
        ("Art.-Nr.", 56, "l"),
        ("Bezeichnung", 191, "l"),
        ("Menge", 42, "r"),
        ("Einzelpreis €", 70, "r"),
        ("Gesamt €", 70, "r"),
        ("USt", 50, "c"),
    ]
    body = [
        (
            str(i + 1),
            ln.extra["art"],
            ln.desc,
            de(ln.q) if ln.q % 1 else str(int(ln.q)),
            de(ln.unit),
            de(ln.amount),
            "19 %",
        )
        for i, ln in enumerate(lines)
    ]
    d.circle(62, H4 - 62, 17, fill=HexColor("#B03A2E"))
    d.t(62, H4 - 68, "B", "DVB", 17, "c", white)
    d.t(88, H4 - 60, "BRANDT & SÖHNE", "DVB", 21, col=HexColor("#B03A2E"))
    d.t(88, H4 - 75, "Haustechnik · Sanitär · Heizung · seit 1962", "DV", 8, col=GREY)
    d.t(
        45,
        H4 - 128,
        "Brandt & Söhne Haustechnik GmbH · Wilhelmshöher Allee 214 · 34119 Kassel",
        "DV",
        6.2,
        col=GREY,
    )
    party(
        d,
        45,
        H4 - 146,
        "Rechnungsempfänger",
        [
            "Wohnungsbau Fulda-Eder eG",
            "Objekt Lindenstraße 7",
            "z. Hd. Frau Petra Heuser",
            "Am Schwanenteich 3",
            "34117 Kassel",
        ],
        s=9.5,
    )
    stack(
        d,
        400,
        H4 - 128,
        [
            ("Ihr Ansprechpartner", "Jens Wagner"),
            ("Telefon", "0561 70 44 18-21"),
            ("E-Mail", "j.wagner@brandt-soehne.de"),
            ("Objekt", "Lindenstraße 7, EG links"),
        ],
        StackStyle(vs=8.5, gap=4),
    )
    d.t(45, H4 - 262, "Rechnung", "DVB", 17)
    y = grid(
        d,
        45,
        H4 - 274,
        [
            (100, "Rechnungsnummer", "RE-2026-04417"),
            (96, "Rechnungsdatum", "12.03.2026"),
            (96, "Lieferdatum", "05.03.2026"),
            (96, "Kundennummer", "K-20931"),
            (117, "Ihre Bestellung", ["4500-7781", "vom 02.03.2026"]),
        ],
        GridStyle(band=LIGHT),
    )
    d.t(
        45,
        y - 20,
        "Sehr geehrte Damen und Herren, für die ausgeführten Arbeiten berechnen wir Ihnen:",
        "DV",
        8.5,
    )
    y = table(d, 45, y - 32, cols, body[:13])
    carry = sum((ln.amount for ln in lines[:13]), Z)
    d.t(45 + 455, y - 14, f"Übertrag: {de(carry)} €", "DVB", 8.5, "r")
    d.t(W4 / 2, 138, "Seite 1 von 2", "DV", 7, "c", GREY)
    footer_grid(d, 45, 128, bank)
    d.page()
    d.t(45, H4 - 60, "Rechnung RE-2026-04417 vom 12.03.2026", "DVB", 10)
    d.t(W4 - 45, H4 - 60, "BRANDT & SÖHNE", "DVB", 12, "r", HexColor("#B03A2E"))
    d.t(500, H4 - 90, f"Übertrag von Seite 1: {de(carry)} €", "DV", 8.5, "r")
    y = table(d, 45, H4 - 104, cols, body[13:])
    y = grid(
        d,
        95,
        y - 28,
        [
            (110, "Nettobetrag", f"{de(net)} €", "r"),
            (100, "zzgl. USt 19 %", f"{de(vat)} €", "r"),
            (120, "Rechnungsbetrag", f"{de(tot)} €", "r"),
            (120, "Zahlbar bis", "26.03.2026", "r"),
        ],
        GridStyle(vs=10.5, band=LIGHT),
    )
    d.t(
        45,
        y - 24,
        "Bitte überweisen Sie den Rechnungsbetrag ohne Abzug unter Angabe der Rechnungsnummer.",
        "DV",
        8.5,
    )
    d.t(
        45,
        y - 37,
        "Leistungszeitraum 02.03.2026 – 05.03.2026. Es gelten unsere AGB (www.brandt-soehne.de/agb).",
        "DV",
        8.5,
    )
    d.t(W4 / 2, 138, "Seite 2 von 2", "DV", 7, "c", GREY)
    footer_grid(d, 45, 128, bank)
    d.save()
    return truth(
        number="RE-2026-04417",
        issued=issued,
        due=due,
        vendor=vendor,
        net=net,
        vat=vat,
        total=tot,
        cur="EUR",
        loc="de-DE",
        lines=lines,
        note="2 pages; header grid with Lieferdatum (delivery) and Ihre Bestellung (order no., wrapped) beside the invoice number/date; totals as boxed cells with the due date as the last box; carry-over (Übertrag) between pages",
    )


def i02(path: Path, rng: random.Random) -> dict:
    vendor = "Harrow Lane Print Ltd"
    lines = mk(
        [
            ("A5 flyers, 170gsm silk, 4/4 — 5,000", 1, "286.00"),
            ("Roller banner 850 x 2000 mm with case", 3, "74.50"),
            ("Business cards, 400gsm matt lam. (box of 500)", 6, "31.80"),
            ("Presentation folders, 2 pockets — 250", 1, "412.00"),
            ("Artwork adjustments (per hour)", 2.5, "45.00"),
            ("Courier, next-day, 2 boxes", 1, "18.00"),
        ]
    )
    net = total_of(lines)
    vat = q2(net * D("0.20"))
    tot = net + vat
    issued, due = date(2026, 2, 3), date(2026, 3, 5)
    d = Doc(path, A4)
    teal = HexColor("#0E6E6E")
    d.rect(0, H4 - 12, W4, 12, lw=0, stroke=None, fill=teal)
    d.poly([(45, H4 - 50), (65, H4 - 50), (55, H4 - 32)], teal)
    d.poly([(60, H4 - 50), (80, H4 - 50), (70, H4 - 32)], HexColor("#58A4A4"))
    d.t(88, H4 - 50, "harrow lane", "DVB", 22, col=teal)
    d.t(88, H4 - 64, "PRINT", "DV", 9, col=GREY)
    party(
        d,
        45,
        H4 - 100,
        "Supplier",
        [
            "Harrow Lane Print Ltd",
            "Unit 4, Kingsbury Works",
            "Kingsbury Road",
            "London NW9 7HU",
            "accounts@harrowlaneprint.co.uk",
        ],
        s=8.5,
        rule=170,
        hcol=teal,
    )
    party(
        d,
        45,
        H4 - 200,
        "Invoice to",
        [
            "Brightwell Dental Group Ltd",
            "Finance Department",
            "22 Marlowe Street",
            "Reading RG1 4QP",
        ],
        s=8.5,
        rule=170,
        hcol=teal,
    )
    party(
        d,
        240,
        H4 - 200,
        "Deliver to",
        [
            "Brightwell Dental — Caversham",
            "Reception (Ms A. Okafor)",
            "9 Church Road",
            "Reading RG4 7AD",
        ],
        s=8.5,
        rule=150,
        hcol=teal,
    )
    d.t(W4 - 45, H4 - 52, "INVOICE", "DVB", 24, "r", teal)
    d.rect(410, H4 - 290, 140, 222, lw=0, stroke=None, fill=HexColor("#EEF5F5"))
    stack(
        d,
        420,
        H4 - 84,
        [
            ("Invoice number", "INV-10582"),
            ("Invoice date", "3 February 2026"),
            ("Your order", "PO-77120"),
            ("Account", "BRI-0419"),
            ("Payment due", "5 March 2026"),
            ("Terms", "30 days net"),
        ],
        StackStyle(vs=10, gap=6),
    )
    cols = [("Description", 262, "l"), ("Qty", 45, "r"), ("Unit price", 95, "r"), ("Net", 103, "r")]
    body = [(ln.desc, qty(ln.q), f"£{en(ln.unit)}", f"£{en(ln.amount)}") for ln in lines]
    y = table(d, 45, H4 - 320, cols, body, TableStyle(fill=HexColor("#D6E9E9"), lead=16))
    d.t(45, y - 22, "Account summary", "DVB", 9, col=teal)
    y = grid(
        d,
        45,
        y - 30,
        [
            (80, "Previous balance", "£1,240.00", "r"),
            (85, "Payments received", "-£1,240.00", "r"),
            (80, "Net", f"£{en(net)}", "r"),
            (80, "VAT 20%", f"£{en(vat)}", "r"),
            (90, "Invoice total", f"£{en(tot)}", "r"),
            (90, "Amount due", f"£{en(tot)}", "r"),
        ],
        GridStyle(stroke=teal, vs=9.5),
    )
    d.t(45, y - 22, "Please pay by bank transfer quoting INV-10582.", "DV", 8.5)
    grid(
        d,
        45,
        y - 32,
        [
            (140, "Account name", "Harrow Lane Print Ltd"),
            (80, "Sort code", "20-45-77"),
            (100, "Account number", "53118802"),
            (185, "IBAN", "GB71 BARC 2045 7753 1188 02"),
        ],
        GridStyle(ls=6, vs=8.5, vf="DV", stroke=teal),
    )
    d.line(45, 70, W4 - 45, 70, 0.5, teal)
    d.t(
        W4 / 2,
        56,
        "Harrow Lane Print Ltd · Registered in England and Wales No. 08814527 · VAT Reg. No. GB 219 4471 62",
        "DV",
        7,
        "c",
        GREY,
    )
    d.t(
        W4 / 2,
        46,
        "Registered office: Unit 4, Kingsbury Works, Kingsbury Road, London NW9 7HU",
        "DV",
        7,
        "c",
        GREY,
    )
    d.save()
    return truth(
        number="INV-10582",
        issued=issued,
        due=due,
        vendor=vendor,
        net=net,
        vat=vat,
        total=tot,
        cur="GBP",
        loc="en-GB",
        lines=lines,
        note="stacked label/value column on the right with 'Your order' and 'Account' decoys; six boxed totals incl. 'Previous balance' and 'Payments received' beside Net/VAT/Invoice total/Amount due; supplier block headed 'Supplier'",
    )


def i03(path: Path, rng: random.Random) -> dict:
    vendor = "Atelier Morvan SARL"
    lines = mk(
        [
            ("Table de réunion chêne massif 240 x 110", 1, "2180.00"),
            ("Chaise cannée « Mona », frêne teinté", 8, "265.00"),
            ("Console murale sur mesure", 1, "940.00"),
            ("Finition huile-cire, 2 couches", 1, "310.00"),
            ("Livraison et installation (Lyon 3e)", 1, "180.00"),
        ]
    )
    net = total_of(lines)
    vat = q2(net * D("0.20"))
    tot = net + vat
    deposit = D("1500.00")
    d = Doc(path, A4)
    d.rect(45, H4 - 95, 50, 50, lw=2)
    d.t(70, H4 - 79, "AM", "DVSB", 18, "c")
    d.t(105, H4 - 66, "Atelier Morvan", "DVSB", 20)
    d.t(105, H4 - 82, "Ébénisterie · Mobilier sur mesure", "DVSI", 9, col=GREY)
    d.t(W4 - 45, H4 - 60, "FACTURE", "DVSB", 22, "r")
    party(
        d,
        45,
        H4 - 125,
        "Vendeur",
        ["Atelier Morvan SARL", "14 rue des Tanneurs", "69005 Lyon", "Tél. 04 78 42 19 63"],
        "DVSB",
        8,
        "DVS",
        8.5,
    )
    party(
        d,
        230,
        H4 - 125,
        "Facturé à",
        ["Cabinet Ravel & Associés", "Mme Claire Dufresne", "8 quai Saint-Vincent", "69001 Lyon"],
        "DVSB",
        8,
        "DVS",
        8.5,
    )
    party(
        d,
        410,
        H4 - 125,
        "Livré à",
        ["Cabinet Ravel — Part-Dieu", "112 bd Vivier-Merle", "3e étage", "69003 Lyon"],
        "DVSB",
        8,
        "DVS",
        8.5,
    )
    st = GridStyle(lf="DVS", vf="DVSB", ls=6.5, vs=9, band=HexColor("#EFEAE0"))
    y = grid(
        d,
        45,
        H4 - 215,
        [
            (85, "N° facture", "FA26-00318"),
            (70, "Date", "17/02/2026"),
            (65, "N° client", "C0142"),
            (85, "N° commande", "CMD-8814"),
            (70, "Échéance", "19/03/2026"),
            (130, "Mode de règlement", ["Virement bancaire", "à 30 jours date facture"]),
        ],
        st,
    )
    y = grid(
        d,
        45,
        y - 8,
        [
            (250, "N° TVA intracommunautaire vendeur", "FR 47 512334908"),
            (255, "N° TVA intracommunautaire client", "FR 83 440219771"),
        ],
        st,
    )
    cols = [
        ("Désignation", 265, "l"),
        ("Qté", 40, "r"),
        ("P.U. HT", 95, "r"),
        ("Montant HT", 105, "r"),
    ]
    body = [(ln.desc, qty(ln.q), f"{sp(ln.unit)} €", f"{sp(ln.amount)} €") for ln in lines]
    y = table(
        d,
        45,
        y - 24,
        cols,
        body,
        TableStyle(hf="DVSB", f="DVS", rules="grid", fill=HexColor("#EFEAE0"), lead=16),
    )
    y = grid(
        d,
        45,
        y - 26,
        [
            (95, "Total HT", f"{sp(net)} €", "r"),
            (95, "TVA 20 %", f"{sp(vat)} €", "r"),
            (105, "Total TTC", f"{sp(tot)} €", "r"),
            (100, "Acompte versé", f"-{sp(deposit)} €", "r"),
            (110, "Net à payer", f"{sp(tot - deposit)} €", "r"),
        ],
        st,
    )
    d.t(
        45,
        y - 20,
        f"Acompte de {sp(deposit)} € reçu le 12/01/2026 (facture d'acompte FA26-00041).",
        "DVS",
        8,
    )
    d.t(
        45,
        y - 32,
        "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.",
        "DVS",
        7.5,
    )
    grid(
        d,
        45,
        118,
        [
            (160, "Banque", "Crédit Lyonnais Lyon Terreaux"),
            (220, "IBAN", "FR76 3000 2004 1500 0044 1827 H19"),
            (125, "BIC", "CRLYFRPP"),
        ],
        GridStyle(lf="DVS", vf="DVS", ls=5.5, vs=7.5, pad=2.8),
    )
    d.t(
        W4 / 2,
        62,
        "SARL au capital de 20 000 € · SIRET 512 334 908 00027 · RCS Lyon 512 334 908 · APE 3109B",
        "DVS",
        7,
        "c",
        GREY,
    )
    d.save()
    return truth(
        number="FA26-00318",
        issued=date(2026, 2, 17),
        due=date(2026, 3, 19),
        vendor=vendor,
        net=net,
        vat=vat,
        total=tot,
        cur="EUR",
        loc="fr-FR",
        lines=lines,
        note="six-cell header grid with N° commande beside N° facture and a wrapped Mode de règlement; customer VAT id cell beside the supplier's; totals boxes end with Acompte versé and Net à payer (total keyed = Total TTC, before the deposit)",
    )


def _swiss_slip(d: Doc, rng: random.Random, amount: str) -> None:
    d.line(0, 297, W4, 297, 0.5, black, (3, 2))
    d.line(175, 0, 175, 297, 0.5, black, (3, 2))
    d.t(17, 275, "Empfangsschein", "DVB", 11)
    stack(
        d,
        17,
        255,
        [
            (
                "Konto / Zahlbar an",
                [
                    "CH44 3199 9123 0008 8901 2",
                    "Gerber Holzbau AG",
                    "Allmendstrasse 31",
                    "3600 Thun",
                ],
            ),
            ("Referenz", "21 00000 00003 13947 14300 09017"),
            ("Zahlbar durch", ["Familie R. und S. Ammann", "Dorfstrasse 8", "3645 Gwatt"]),
        ],
        StackStyle("DVB", 6, "DV", 8, 4, "l", black),
    )
    stack(d, 17, 80, [("Währung", "CHF")], StackStyle("DVB", 6, "DV", 8, 4, "l", black))
    stack(d, 65, 80, [("Betrag", amount)], StackStyle("DVB", 6, "DV", 8, 4, "l", black))
    d.t(192, 275, "Zahlteil", "DVB", 11)
    qr(d, 192, 120, 130, rng, 33)
    d.rect(249, 177, 16, 16, lw=0, stroke=None, fill=black)
    d.rect(255, 179, 4, 12, lw=0, stroke=None, fill=white)
    d.rect(251, 183, 12, 4, lw=0, stroke=None, fill=white)
    stack(d, 192, 95, [("Währung", "CHF")], StackStyle("DVB", 7, "DV", 9, 4, "l", black))
    stack(d, 250, 95, [("Betrag", amount)], StackStyle("DVB", 7, "DV", 9, 4, "l", black))
    stack(
        d,
        345,
        275,
        [
            (
                "Konto / Zahlbar an",
                [
                    "CH44 3199 9123 0008 8901 2",
                    "Gerber Holzbau AG",
                    "Allmendstrasse 31",
                    "3600 Thun",
                ],
            ),
            ("Referenz", "21 00000 00003 13947 14300 09017"),
            ("Zusätzliche Informationen", ["Rechnung 2026-0127", "Kunde 10 448"]),
            ("Zahlbar durch", ["Familie R. und S. Ammann", "Dorfstrasse 8", "3645 Gwatt"]),
        ],
        StackStyle("DVB", 7, "DV", 9, 5, "l", black),
    )


def i04(path: Path, rng: random.Random) -> dict:
    vendor = "Gerber Holzbau AG"
    lines = mk(
        [
            ("Abbund Dachstuhl Nadelholz C24", 1, "6840.00"),
            ("Unterdachbahn diffusionsoffen (m²)", 142, "11.60"),
            ("Lattung / Konterlattung (m²)", 142, "18.90"),
            ("Zimmermann, Regiestunden", 46, "92.00"),
            ("Autokran inkl. Maschinist (h)", 5, "215.00"),
        ]
    )
    net = total_of(lines)
    vat = q2(net * D("0.081"))
    tot = net + vat
    d = Doc(path, A4)
    green = HexColor("#2E5E2E")
    d.poly([(45, H4 - 80), (75, H4 - 45), (105, H4 - 80)], green)
    d.rect(55, H4 - 98, 40, 18, lw=0, stroke=None, fill=green)
    d.t(118, H4 - 68, "GERBER", "DVB", 24, col=green)
    d.t(118, H4 - 84, "HOLZBAU AG · THUN", "DV", 9, col=GREY)
    d.t(45, H4 - 130, "Gerber Holzbau AG, Allmendstrasse 31, 3600 Thun", "DV", 6.5, col=GREY)
    d.t(45, H4 - 146, "Familie", "DV", 10)
    d.t(45, H4 - 159, "R. und S. Ammann", "DV", 10)
    d.t(45, H4 - 172, "Dorfstrasse 8", "DV", 10)
    d.t(45, H4 - 185, "3645 Gwatt", "DV", 10)
    stack(
        d,
        420,
        H4 - 110,
        [
            ("Rechnungsnummer", "2026-0127"),
            ("Datum", "23.01.2026"),
            ("Kunden-Nr.", "10 448"),
            ("Objekt", ["Neubau Einfamilienhaus", "Dorfstrasse 8, Gwatt"]),
            ("Ihr Zeichen", "Hr. Ammann"),
            ("Zahlbar bis", "22.02.2026"),
        ],
        StackStyle(vs=9, gap=4.5, lcol=green),
    )
    d.t(45, H4 - 240, "Rechnung Holzbauarbeiten", "DVB", 14)
    cols = [
        ("Leistung", 250, "l"),
        ("Menge", 60, "r"),
        ("Preis CHF", 90, "r"),
        ("Betrag CHF", 105, "r"),
    ]
    body = [(ln.desc, qty(ln.q), ch(ln.unit), ch(ln.amount)) for ln in lines]
    y = table(d, 45, H4 - 320, cols, body, TableStyle(fill=None, lead=15))
    grid(
        d,
        205,
        y - 18,
        [
            (115, "Total exkl. MWST", ch(net), "r"),
            (80, "MWST 8.1 %", ch(vat), "r"),
            (110, "Total inkl. MWST", f"CHF {ch(tot)}", "r"),
        ],
        GridStyle(vs=10, stroke=green),
    )
    d.t(45, y - 90, "Zahlbar innert 30 Tagen netto. MWST-Nr. CHE-112.345.678 MWST", "DV", 8)
    _swiss_slip(d, rng, ch(tot))
    d.save()
    return truth(
        number="2026-0127",
        issued=date(2026, 1, 23),
        due=date(2026, 2, 22),
        vendor=vendor,
        net=net,
        vat=vat,
        total=tot,
        cur="CHF",
        loc="de-CH",
        lines=lines,
        note="stacked label/value column on the right (Kunden-Nr., wrapped Objekt, Zahlbar bis); apostrophe thousands; QR-bill payment part with Währung/Betrag labels above values and the amount without currency",
    )


def i05(path: Path, rng: random.Random) -> dict:
    vendor = "Van Dijk Kantoorinrichting B.V."
    lines = mk(
        [
            ("Bureaustoel ErgoLine Pro, zwart", 6, "349.00", "21"),
            ("Zit-sta bureau 160x80, eiken", 3, "689.00", "21"),
            ("Ladeblok op wielen", 3, "145.00", "21"),
            ("Handboek 'Gezond werken' (boek)", 12, "24.95", "9"),
            ("Montage en plaatsing", 1, "240.00", "21"),
        ]
    )
    lines = [Line(ln.desc, ln.q, ln.unit, ln.amount, {"r": ln.extra}) for ln in lines]
    b21 = sum((ln.amount for ln in lines if ln.extra["r"] == "21"), Z)
    b9 = sum((ln.amount for ln in lines if ln.extra["r"] == "9"), Z)
    v21, v9 = q2(b21 * D("0.21")), q2(b9 * D("0.09"))
    net, vat = b21 + b9, v21 + v9
    tot = net + vat
    d = Doc(path, A4)
    blue = HexColor("#1F4E79")
    d.rect(45, H4 - 92, 505, 44, lw=0, stroke=None, fill=blue)
    d.t(58, H4 - 78, "VAN DIJK", "DVB", 22, col=white)
    d.t(W4 - 58, H4 - 68, "kantoorinrichting", "DV", 11, "r", white)
    d.t(W4 - 58, H4 - 82, "Utrecht · sinds 1987", "DV", 8, "r", white)
    party(
        d,
        45,
        H4 - 125,
        "Factuuradres",
        [
            "Stichting Zorggroep Vecht",
            "t.a.v. crediteurenadministratie",
            "Postbus 2210",
            "3500 GE Utrecht",
        ],
        s=9,
    )
    party(
        d,
        330,
        H4 - 125,
        "Leverancier",
        ["Van Dijk Kantoorinrichting B.V.", "Kanaalweg 61", "3526 KM Utrecht", "030 288 41 00"],
        s=9,
    )
    d.t(45, H4 - 215, "FACTUUR", "DVB", 18, col=blue)
    y = grid(
        d,
        45,
        H4 - 228,
        [
            (95, "Factuurnummer", "2026-10377"),
            (85, "Factuurdatum", "09-02-2026"),
            (85, "Vervaldatum", "09-03-2026"),
            (75, "Klantnummer", "D-5512"),
            (80, "Uw referentie", ["Inkooporder", "44019"]),
            (85, "Projectnummer", ""),
        ],
        GridStyle(band=HexColor("#DCE6F0"), vs=8.5),
    )
    cols = [
        ("Omschrijving", 225, "l"),
        ("Aantal", 50, "r"),
        ("Prijs", 80, "r"),
        ("Btw", 45, "r"),
        ("Bedrag", 105, "r"),
    ]
    body = [
        (ln.desc, qty(ln.q), f"€ {de(ln.unit)}", f"{ln.extra['r']}%", f"€ {de(ln.amount)}")
        for ln in lines
    ]
    y = table(d, 45, y - 28, cols, body, TableStyle(lead=16, fill=HexColor("#DCE6F0")))
    y = grid(
        d,
        45,
        y - 26,
        [
            (120, "Totaal excl. btw", f"€ {de(net)}", "r"),
            (85, "Btw 9%", f"€ {de(v9)}", "r"),
            (95, "Btw 21%", f"€ {de(v21)}", "r"),
            (85, "Reeds betaald", "", "r"),
            (120, "Totaal incl. btw", f"€ {de(tot)}", "r"),
        ],
        GridStyle(vs=10),
    )
    d.t(
        45,
        y - 22,
        "Wij verzoeken u het totaalbedrag vóór de vervaldatum over te maken onder vermelding van het factuurnummer.",
        "DV",
        8,
    )
    grid(
        d,
        45,
        110,
        [
            (120, "KvK-nummer", "30112845"),
            (125, "Btw-nummer", "NL8123.45.678.B01"),
            (170, "IBAN", "NL91 ABNA 0417 1643 00"),
            (90, "BIC", "ABNANL2A"),
        ],
        GridStyle(ls=6, vs=8, vf="DV", stroke=blue),
    )
    d.save()
    return truth(
        number="2026-10377",
        issued=date(2026, 2, 9),
        due=date(2026, 3, 9),
        vendor=vendor,
        net=net,
        vat=vat,
        total=tot,
        cur="EUR",
        loc="nl-NL",
        lines=lines,
        note="image-only PDF; six-cell header grid with Klantnummer, 'Uw referentie' (wrapped order ref.) and an empty Projectnummer cell; two VAT rates (9% and 21%) in separate boxes plus an empty 'Reeds betaald' box; vendor block headed 'Leverancier' on the right",
    )


def i06(path: Path, rng: random.Random) -> dict:
    vendor = "Cobalt Ridge Supply Co."
    W, H = letter
    lines = mk(
        [
            ("CR-4410  Nitrile gloves, L, case of 1,000", 8, "64.50"),
            ("CR-2218  Safety glasses, clear, ANSI Z87.1", 36, "4.85"),
            ("CR-9001  Hi-vis vest, class 2, XL", 24, "9.40"),
            ("CR-3307  Spill kit, 20 gal", 2, "138.00"),
            ("CR-5150  Ear plugs, corded, box of 100", 5, "27.90"),
        ]
    )
    sub = total_of(lines)
    freight = D("46.25")
    net = sub + freight
    tax = q2(net * D("0.08875"))
    tot = net + tax
    d = Doc(path, letter)
    navy = HexColor("#1B2A49")
    d.circle(62, H - 58, 18, fill=navy)
    d.poly([(50, H - 66), (62, H - 44), (74, H - 66)], HexColor("#4C7BD9"))
    d.t(90, H - 56, "COBALT RIDGE", "DVB", 19, col=navy)
    d.t(90, H - 70, "SUPPLY CO.", "DV", 9, col=GREY)
    for i, s in enumerate(
        ["Cobalt Ridge Supply Co.", "418 Meserole Ave", "Brooklyn, NY 11222", "(718) 555-0146"]
    ):
        d.t(W - 45, H - 45 - i * 11, s, "DV", 8, "r")
    d.t(W - 45, H - 104, "INVOICE", "DVB", 20, "r", navy)
    y = grid(
        d,
        45,
        H - 120,
        [
            (75, "Invoice #", "104877"),
            (78, "Invoice Date", "01/21/2026"),
            (82, "P.O. Number", "ND-22-1780"),
            (70, "Terms", "Net 30"),
            (78, "Due Date", "02/20/2026"),
            (70, "Ship Date", "01/20/2026"),
            (69, "Rep", "KJM"),
        ],
        GridStyle(band=HexColor("#D9E1F2"), ls=6.5, vs=8.5),
    )
    d.rect(45, y - 112, 250, 96, lw=0.6)
    d.rect(305, y - 112, 262, 96, lw=0.6)
    party(
        d,
        52,
        y - 28,
        "BILL TO",
        ["Northdale Medical Center", "Accounts Payable", "2100 Northdale Blvd", "Queens, NY 11101"],
        s=8.5,
        hcol=navy,
    )
    party(
        d,
        312,
        y - 28,
        "SHIP TO",
        ["Northdale Medical Center", "Receiving Dock B", "2120 Northdale Blvd", "Queens, NY 11101"],
        s=8.5,
        hcol=navy,
    )
    cols = [
        ("Qty", 40, "r"),
        ("Item / Description", 290, "l"),
        ("Rate", 85, "r"),
        ("Amount", 107, "r"),
    ]
    body = [(qty(ln.q), ln.desc, en(ln.unit), en(ln.amount)) for ln in lines]
    y = table(
        d, 45, y - 128, cols, body, TableStyle(rules="grid", fill=HexColor("#D9E1F2"), lead=15)
    )
    y = grid(
        d,
        45,
        y - 24,
        [
            (80, "Subtotal", f"${en(sub)}", "r"),
            (70, "Freight", f"${en(freight)}", "r"),
            (85, "Pre-tax Total", f"${en(net)}", "r"),
            (95, "Sales Tax 8.875%", f"${en(tax)}", "r"),
            (95, "Invoice Total", f"${en(tot)}", "r"),
            (97, "Balance Due", f"${en(tot)}", "r"),
        ],
        GridStyle(vs=9.5),
    )
    d.t(
        45,
        y - 22,
        "Make checks payable to Cobalt Ridge Supply Co. Questions? billing@cobaltridgesupply.com",
        "DV",
        8,
    )
    grid(
        d,
        45,
        100,
        [
            (170, "Remit by ACH — Bank", "Hudson Valley Bank, N.A."),
            (110, "Routing (ABA)", "021912915"),
            (120, "Account", "4410 882 190"),
            (122, "Federal Tax ID", "84-3319027"),
        ],
        GridStyle(ls=6, vs=8, vf="DV"),
    )
    d.save()
    return truth(
        number="104877",
        issued=date(2026, 1, 21),
        due=date(2026, 2, 20),
        vendor=vendor,
        net=net,
        vat=tax,
        total=tot,
        cur="USD",
        loc="en-US",
        lines=lines,
        note="Letter; seven-cell header grid with P.O. Number and Ship Date beside Invoice #/Invoice Date; totals as six boxes (Subtotal, Freight, Pre-tax Total, Sales Tax, Invoice Total, Balance Due) — net keyed = Pre-tax Total incl. freight",
    )


def i07(path: Path, rng: random.Random) -> dict:
    vendor = "Distribuciones Olivares Hermanos, S.L."
    lines = mk(
        [
            ("Aceite de oliva virgen extra 5 l (caja 3 ud.)", 40, "58.20"),
            ("Aceitunas manzanilla rellenas 350 g (caja 12)", 25, "21.60"),
            ("Vinagre de Jerez reserva 500 ml (caja 6)", 15, "27.45"),
            ("Portes Sevilla – Córdoba", 1, "95.00"),
        ]
    )
    net = total_of(lines)
    vat = q2(net * D("0.21"))
    tot = net + vat
    d = Doc(path, A4)
    olive = HexColor("#6B7A1F")
    d.circle(70, H4 - 70, 24, fill=olive)
    d.circle(70, H4 - 70, 12, fill=white)
    d.t(106, H4 - 66, "OLIVARES", "DVSB", 22, col=olive)
    d.t(106, H4 - 81, "Hermanos · Distribución alimentaria", "DVSI", 9, col=GREY)
    d.t(W4 - 45, H4 - 66, "FACTURA", "DVB", 20, "r")
    party(
        d,
        45,
        H4 - 122,
        "EMISOR",
        [
            "Distribuciones Olivares Hermanos, S.L.",
            "Pol. Ind. La Isla, C/ Río Viejo 14",
            "41703 Dos Hermanas (Sevilla)",
        ],
        s=8.5,
        rule=240,
        hcol=olive,
    )
    party(
        d,
        310,
        H4 - 122,
        "CLIENTE",
        ["Ultramarinos La Mezquita, S.C.", "C/ Cardenal González 22", "14003 Córdoba"],
        s=8.5,
        rule=240,
        hcol=olive,
    )
    st = GridStyle(band=HexColor("#E9ECD6"), vs=9)
    y = grid(
        d, 45, H4 - 180, [(250, "NIF emisor", "B41234567"), (255, "NIF cliente", "B14876543")], st
    )
    y = grid(
        d,
        45,
        y - 10,
        [
            (90, "Nº Factura", "A-2026/0291"),
            (75, "Fecha", "06/02/2026"),
            (85, "Nº Pedido", "PED-3318"),
            (80, "Fecha entrega", "04/02/2026"),
            (80, "Vencimiento", "08/03/2026"),
            (95, "Forma de pago", ["Transferencia", "30 días"]),
        ],
        st,
    )
    cols = [("Concepto", 260, "l"), ("Cant.", 45, "r"), ("Precio", 95, "r"), ("Importe", 105, "r")]
    body = [(ln.desc, qty(ln.q), f"{de(ln.unit)} €", f"{de(ln.amount)} €") for ln in lines]
    y = table(d, 45, y - 26, cols, body, TableStyle(lead=16, fill=HexColor("#E9ECD6")))
    y = grid(
        d,
        45,
        y - 30,
        [
            (110, "Base imponible", f"{de(net)} €", "r"),
            (55, "% IVA", "21 %", "r"),
            (95, "Cuota IVA", f"{de(vat)} €", "r"),
            (110, "Recargo equivalencia", "", "r"),
            (135, "TOTAL FACTURA", f"{de(tot)} €", "r"),
        ],
        GridStyle(vs=10.5),
    )
    d.t(
        45, y - 24, "Pago por transferencia a ES12 2100 4567 8902 0012 3456 (CaixaBank).", "DV", 8.5
    )
    d.t(
        W4 / 2,
        60,
        "Inscrita en el Registro Mercantil de Sevilla, Tomo 5122, Folio 88, Hoja SE-80411.",
        "DV",
        7,
        "c",
        GREY,
    )
    d.save()
    return truth(
        number="A-2026/0291",
        issued=date(2026, 2, 6),
        due=date(2026, 3, 8),
        vendor=vendor,
        net=net,
        vat=vat,
        total=tot,
        cur="EUR",
        loc="es-ES",
        lines=lines,
        note="scan; NIF cliente cell beside NIF emisor; header grid with Nº Pedido and Fecha entrega beside Nº Factura/Fecha; totals boxes with an empty Recargo equivalencia cell and '% IVA' rate cell",
    )


def i08(path: Path, rng: random.Random) -> dict:
    vendor = "Ferramenta Lombarda S.r.l."
    items = [
        ("Trapano avvitatore 18V brushless", 4, "129.00"),
        ("Batteria 18V 5,0 Ah", 8, "69.90"),
        ("Set punte HSS 25 pz", 10, "18.50"),
        ("Livella laser a croce", 2, "144.00"),
        ("Metro a nastro 5 m", 24, "6.80"),
        ("Guanti antitaglio tg. 9", 60, "4.10"),
        ("Tasselli nylon 8 mm (conf. 100)", 30, "5.60"),
        ("Viti truciolari 4x40 (conf. 500)", 20, "11.90"),
        ('Cassetta attrezzi 22"', 6, "27.40"),
        ("Smerigliatrice 125 mm 1200W", 3, "96.00"),
        ("Dischi taglio inox 125 (conf. 25)", 12, "22.50"),
        ("Occhiali protettivi", 40, "3.20"),
        ("Scala in alluminio 3x9 gradini", 2, "239.00"),
        ("Silicone neutro trasparente", 48, "4.75"),
        ("Pistola per silicone", 12, "7.90"),
        ("Nastro americano 50 m", 36, "3.95"),
        ("Cutter professionale 18 mm", 24, "5.40"),
        ("Lame di ricambio (conf. 10)", 24, "2.90"),
        ("Chiave a pappagallo 250 mm", 6, "16.80"),
        ("Set cacciaviti 8 pz", 10, "19.90"),
        ("Trasporto con corriere", 1, "35.00"),
    ]
    lines = mk(items)
    net = total_of(lines)
    vat = q2(net * D("0.22"))
    tot = net + vat
    d = Doc(path, A4)
    red = HexColor("#8E1B1B")
    cols = [
        ("Cod.", 50, "l"),
        ("Descrizione", 215, "l"),
        ("Q.tà", 40, "r"),
        ("Prezzo", 70, "r"),
        ("Importo", 80, "r"),
        ("IVA", 50, "c"),
    ]
    body = [
        (f"FL{2040 + 7 * i}", ln.desc, qty(ln.q), de(ln.unit), de(ln.amount), "22")
        for i, ln in enumerate(lines)
    ]

    def head(pg: int) -> float:
        d.rect(45, H4 - 90, 12, 45, lw=0, stroke=None, fill=red)
        d.t(65, H4 - 66, "FERRAMENTA LOMBARDA", "DVB", 18, col=red)
        d.t(
            65,
            H4 - 82,
            "Ferramenta Lombarda S.r.l. · Via Borgo Palazzo 118 · 24125 Bergamo · P.IVA 03418720165",
            "DV",
            7.5,
            col=GREY,
        )
        d.t(W4 - 45, H4 - 110, f"Pagina {pg} di 2", "DV", 7.5, "r", GREY)
        return grid(
            d,
            45,
            H4 - 118,
            [
                (62, "Tipo documento", ["TD01", "Fattura"]),
                (80, "Numero", "FT 2026/0412"),
                (62, "Data", "27/02/2026"),
                (60, "Cod. cliente", "C-00871"),
                (96, "P.IVA cliente", "IT02874150981"),
                (145, "Pagamento", ["Bonifico bancario 60 gg", "d.f. fine mese"]),
            ],
            GridStyle(band=HexColor("#F3E3E3"), ls=6, vs=8.5),
        )

    y = head(1)
    party(
        d,
        45,
        y - 22,
        "Destinatario",
        [
            "Edilnova Costruzioni S.p.A.",
            "Via Industria 40",
            "25030 Castel Mella (BS)",
            "Codice SDI: M5UXCR1",
        ],
        s=8.5,
        hcol=red,
    )
    party(
        d,
        300,
        y - 22,
        "Luogo di consegna",
        ["Cantiere Residenza Le Betulle", "Via Milano 12", "25126 Brescia (BS)"],
        s=8.5,
        hcol=red,
    )
    y = table(d, 45, y - 100, cols, body[:15], TableStyle(fill=HexColor("#F3E3E3")))
    d.t(W4 - 45, y - 16, "segue ›", "DVO", 8, "r")
    d.page()
    y = head(2)
    y = table(d, 45, y - 20, cols, body[15:], TableStyle(fill=HexColor("#F3E3E3")))
    y = grid(
        d,
        45,
        y - 26,
        [
            (105, "Imponibile", f"{de(net)}", "r"),
            (60, "Aliquota", "22%", "r"),
            (95, "Imposta", f"{de(vat)}", "r"),
            (80, "Spese bollo", "", "r"),
            (165, "Totale documento EUR", f"{de(tot)}", "r"),
        ],
        GridStyle(vs=10.5, stroke=red),
    )
    y = grid(
        d,
        45,
        y - 14,
        [
            (130, "Scadenza", "30/04/2026"),
            (130, "Importo rata", f"{de(tot)}"),
            (245, "IBAN", "IT60 X054 2811 1010 0000 0123 456"),
        ],
        GridStyle(vs=8.5, vf="DV"),
    )
    d.t(
        45,
        70,
        "Contributo ambientale CONAI assolto ove dovuto. Capitale sociale € 50.000 i.v. · REA BG-388412",
        "DV",
        7,
        "l",
        GREY,
    )
    d.save()
    return truth(
        number="FT 2026/0412",
        issued=date(2026, 2, 27),
        due=date(2026, 4, 30),
        vendor=vendor,
        net=net,
        vat=vat,
        total=tot,
        cur="EUR",
        loc="it-IT",
        lines=lines,
        note="2 pages, header grid repeated on both; 'Tipo documento' cell (TD01) before Numero; P.IVA cliente cell beside the number/date; wrapped Pagamento; due date in a separate Scadenza/Importo rata grid",
    )


def i09(path: Path, rng: random.Random) -> dict:
    vendor = "Drukarnia Wiśniewski Sp. z o.o."
    lines = mk(
        [
            ("Katalog A4, 48 str., kreda 150 g", 500, "7.40", "23"),
            ("Ulotka DL, 4+4, 135 g", 5000, "0.12", "23"),
            ("Książka „Historia Podgórza”, oprawa twarda", 120, "38.50", "5"),
            ("Projekt graficzny katalogu", 1, "1450.00", "23"),
        ]
    )
    lines = [Line(ln.desc, ln.q, ln.unit, ln.amount, {"r": ln.extra}) for ln in lines]
    b23 = sum((ln.amount for ln in lines if ln.extra["r"] == "23"), Z)
    b5 = sum((ln.amount for ln in lines if ln.extra["r"] == "5"), Z)
    v23, v5 = q2(b23 * D("0.23")), q2(b5 * D("0.05"))
    net, vat = b23 + b5, v23 + v5
    tot = net + vat
    d = Doc(path, A4)
    d.t(45, H4 - 62, "WIŚNIEWSKI", "DVSB", 24)
    d.t(45, H4 - 77, "drukarnia · introligatornia · od 1994", "DVS", 9, col=GREY)
    d.t(45, H4 - 112, "Faktura VAT nr FV/112/02/2026", "DVB", 15)
    d.t(45, H4 - 126, "ORYGINAŁ", "DV", 8, col=GREY)
    stack(
        d,
        420,
        H4 - 55,
        [
            ("Miejsce wystawienia", "Kraków"),
            ("Data wystawienia", "2026-02-27"),
            ("Data sprzedaży", "2026-02-25"),
            ("Termin płatności", "2026-03-13"),
            ("Sposób płatności", "przelew 14 dni"),
        ],
        StackStyle(vs=9, gap=4),
    )
    party(
        d,
        45,
        H4 - 190,
        "Sprzedawca",
        [
            "Drukarnia Wiśniewski Sp. z o.o.",
            "ul. Wielicka 72",
            "30-552 Kraków",
            "NIP 679-28-44-120",
        ],
        s=8.5,
        rule=220,
    )
    party(
        d,
        310,
        H4 - 190,
        "Nabywca",
        [
            "Fundacja Dziedzictwa Podgórza",
            "ul. Limanowskiego 13/4",
            "30-551 Kraków",
            "NIP 676-24-19-883",
        ],
        s=8.5,
        rule=220,
    )
    cols = [
        ("Lp.", 22, "r"),
        ("Nazwa towaru / usługi", 190, "l"),
        ("Ilość", 45, "r"),
        ("Cena netto", 60, "r"),
        ("Wartość netto", 70, "r"),
        ("VAT", 35, "r"),
        ("Wartość brutto", 83, "r"),
    ]
    body = [
        (
            str(i + 1),
            ln.desc,
            qty(ln.q),
            sp(ln.unit),
            sp(ln.amount),
            f"{ln.extra['r']}%",
            sp(q2(ln.amount * (1 + D(ln.extra["r"]) / 100))),
        )
        for i, ln in enumerate(lines)
    ]
    y = table(d, 45, H4 - 285, cols, body, TableStyle(rules="grid", lead=15, s=8, hs=7))
    st = GridStyle(vs=9, ls=6.5, band=LIGHT)
    y = grid(
        d,
        245,
        y - 18,
        [
            (60, "Stawka VAT", ["23%", "5%", "Razem"]),
            (80, "Wartość netto", [sp(b23), sp(b5), sp(net)], "r"),
            (70, "Kwota VAT", [sp(v23), sp(v5), sp(vat)], "r"),
            (95, "Wartość brutto", [sp(b23 + v23), sp(b5 + v5), sp(tot)], "r"),
        ],
        st,
    )
    d.t(45, y - 30, "Do zapłaty", "DV", 9)
    d.t(45, y - 52, f"{sp(tot)} PLN", "DVB", 20)
    d.t(
        45, y - 70, "Słownie: jedenaście tysięcy dziewięćset dwadzieścia trzy złote 50/100", "DV", 8
    )
    grid(
        d,
        45,
        y - 85,
        [
            (180, "Bank", "PKO BP S.A. O/Kraków"),
            (325, "Numer rachunku", "PL 61 1020 2892 0000 5602 0123 4567"),
        ],
        GridStyle(vs=8.5, vf="DV"),
    )
    d.t(45, 90, "Wystawił(a): Anna Kowalczyk", "DV", 8)
    d.t(W4 - 45, 90, "Odebrał(a): ................................", "DV", 8, "r")
    d.save()
    return truth(
        number="FV/112/02/2026",
        issued=date(2026, 2, 27),
        due=date(2026, 3, 13),
        vendor=vendor,
        net=net,
        vat=vat,
        total=tot,
        cur="PLN",
        loc="pl-PL",
        lines=lines,
        note="photo; invoice number only in the title; stacked column on the right with Data sprzedaży (sale date) beside Data wystawienia; Sprzedawca/Nabywca headings above each party with two NIPs; VAT summary grid with 3-line values; 'Do zapłaty' label above the large amount",
    )


def i10(path: Path, rng: random.Random) -> dict:
    vendor = "Nordvik Elektronik AB"
    lines = mk(
        [
            ("Retur: Nätverksswitch 24p PoE+", -2, "1480.00"),
            ("Retur: Patchkabel Cat6 2 m (10-pack)", -4, "125.00"),
            ("Prisavdrag enl. reklamation 2026-0231", -1, "500.00"),
        ]
    )
    net = total_of(lines)
    vat = q2(net * D("0.25"))
    tot = net + vat
    d = Doc(path, A4)
    d.rect(45, H4 - 85, 36, 36, lw=0, stroke=None, fill=HexColor("#005B99"))
    d.rect(53, H4 - 77, 20, 20, lw=0, stroke=None, fill=HexColor("#FFCD00"))
    d.t(92, H4 - 70, "nordvik", "DVB", 24, col=HexColor("#005B99"))
    d.t(92, H4 - 82, "ELEKTRONIK", "DV", 7.5, col=GREY)
    d.t(W4 - 45, H4 - 70, "KREDITFAKTURA", "DVB", 18, "r")
    party(
        d,
        45,
        H4 - 122,
        "Kund",
        ["Fjällbacka IT-konsult HB", "Att: Lina Ek", "Storgatan 19", "457 40 Fjällbacka"],
        s=9,
    )
    party(
        d,
        330,
        H4 - 122,
        "Leverantör",
        ["Nordvik Elektronik AB", "Industrivägen 4", "451 55 Uddevalla", "0522-66 41 00"],
        s=9,
    )
    y = grid(
        d,
        45,
        H4 - 210,
        [
            (95, "Kreditfakturanr", "KF-26-0091"),
            (80, "Fakturadatum", "2026-03-09"),
            (85, "Avser faktura", "F-26-1873"),
            (70, "Kundnr", "50312"),
            (80, "Er referens", "Lina Ek"),
            (95, "Vår referens", "Johan Berg"),
        ],
        GridStyle(band=HexColor("#E5EEF6")),
    )
    d.t(
        45,
        y - 20,
        "Vi krediterar er enligt nedan. Beloppet återbetalas till ert konto inom 10 dagar.",
        "DV",
        8.5,
    )
    cols = [("Benämning", 265, "l"), ("Antal", 50, "r"), ("À-pris", 85, "r"), ("Belopp", 105, "r")]
    body = [(ln.desc, qty(ln.q), sp(ln.unit), sp(ln.amount)) for ln in lines]
    y = table(d, 45, y - 34, cols, body, TableStyle(lead=16))
    y = grid(
        d,
        185,
        y - 26,
        [
            (90, "Netto", sp(net), "r"),
            (85, "Moms 25 %", sp(vat), "r"),
            (90, "Öresavrundning", "0,00", "r"),
            (105, "Att återbetala SEK", sp(tot), "r"),
        ],
        GridStyle(vs=10.5, stroke=HexColor("#005B99")),
    )
    grid(
        d,
        45,
        112,
        [
            (110, "Bankgiro", "5512-8830"),
            (180, "IBAN", "SE45 5000 0000 0583 9825 7466"),
            (100, "Org.nr", "556712-3349"),
            (115, "Momsreg.nr", "SE556712334901"),
        ],
        GridStyle(ls=6, vs=8, vf="DV"),
    )
    d.t(45, 62, "Godkänd för F-skatt · Styrelsens säte: Uddevalla", "DV", 7, "l", GREY)
    d.save()
    return truth(
        number="KF-26-0091",
        issued=date(2026, 3, 9),
        due=None,
        vendor=vendor,
        net=net,
        vat=vat,
        total=tot,
        cur="SEK",
        loc="sv-SE",
        lines=lines,
        dtype="credit_note",
        note="credit note with negative amounts; 'Avser faktura' (the credited invoice number) cell beside Kreditfakturanr; no due date; totals boxes incl. a zero Öresavrundning; space thousands, decimal comma",
    )


def i11(path: Path, rng: random.Random) -> dict:
    vendor = "Sharma Textiles Pvt. Ltd."
    lines = mk(
        [
            ('Cotton Shirting Fabric 58" (mtr)', 420, "68.00", "5208"),
            ('Linen Blend Suiting 60" (mtr)', 150, "142.50", "5309"),
            ('Polyester Lining 44" (mtr)', 300, "21.75", "5407"),
            ("Packing & Forwarding", 1, "850.00", "9985"),
        ]
    )
    net = total_of(lines)
    cg = q2(net * D("0.09"))
    sg = q2(net * D("0.09"))
    gross = net + cg + sg
    tot = q0(gross)
    rnd = tot - gross
    inr = lambda v: num(v, ",", ".", 2, True)  # noqa: E731
    d = Doc(path, A4)
    d.t(W4 / 2, H4 - 40, "TAX INVOICE", "DVB", 13, "c")
    d.rect(35, 40, W4 - 70, H4 - 90, lw=0.9)
    left, mid, right = 35, 290, W4 - 35
    d.line(mid, H4 - 50, mid, H4 - 290, 0.6)
    party(
        d,
        42,
        H4 - 64,
        "Sharma Textiles Pvt. Ltd.",
        [
            "Plot 14, GIDC Pandesara",
            "Surat, Gujarat 394221",
            "GSTIN/UIN: 24AAGCS4471M1Z8",
            "State Name: Gujarat, Code: 24",
            "E-Mail: accounts@sharmatextiles.in",
        ],
        "DVB",
        10,
        "DV",
        8,
    )
    d.line(left, H4 - 150, mid, H4 - 150, 0.6)
    party(
        d,
        42,
        H4 - 163,
        "Buyer (Bill to)",
        [
            "Kapoor Garments LLP",
            "B-12, Okhla Industrial Area Ph-II",
            "New Delhi 110020",
            "GSTIN/UIN: 07AAKFK2290P1ZQ",
            "State Name: Delhi, Code: 07",
        ],
        "DV",
        7.5,
        "DV",
        8,
    )
    st = GridStyle(ls=6.5, vs=8.5, lw=0.5)
    y = H4 - 50
    for pair_ in [
        [(128, "Invoice No.", "STPL/25-26/1184"), (127, "Dated", "18-Jan-26")],
        [(128, "Delivery Note", "DN-2291"), (127, "Mode/Terms of Payment", "45 Days")],
        [(128, "Buyer's Order No.", "KG/PO/7730"), (127, "Dated", "09-Jan-26")],
        [(128, "Dispatch Doc No.", "LR 558102"), (127, "Delivery Note Date", "17-Jan-26")],
        [
            (128, "Dispatched through", ["VRL Logistics", "Surface"]),
            (127, "Destination", "New Delhi"),
        ],
    ]:
        y = grid(d, mid, y, pair_, st)
    cols = [
        ("Sl", 22, "r"),
        ("Description of Goods", 185, "l"),
        ("HSN/SAC", 52, "c"),
        ("Quantity", 70, "r"),
        ("Rate", 60, "r"),
        ("per", 30, "c"),
        ("Amount", 106, "r"),
    ]
    body = [
        (
            str(i + 1),
            ln.desc,
            ln.extra,
            qty(ln.q),
            inr(ln.unit),
            "mtr" if ln.q > 1 else "",
            inr(ln.amount),
        )
        for i, ln in enumerate(lines)
    ]
    body += [
        ("", "", "", "", "", "", inr(net)),
        ("", "Output CGST @ 9%", "", "", "9 %", "", inr(cg)),
        ("", "Output SGST @ 9%", "", "", "9 %", "", inr(sg)),
        ("", "Round Off", "", "", "", "", inr(rnd)),
    ]
    y = table(d, left, H4 - 300, cols, body, TableStyle(rules="grid", fill=None, lead=14, s=8))
    y = table(
        d,
        left,
        y,
        [
            ("", 22, "r"),
            ("Total", 185, "r"),
            ("", 52, "c"),
            ("", 70, "r"),
            ("", 60, "r"),
            ("", 30, "c"),
            (f"₹ {inr(tot)}", 106, "r"),
        ],
        [],
        TableStyle(fill=None, hs=9),
    )
    d.t(42, y - 16, "Amount Chargeable (in words)", "DV", 7.5)
    d.t(42, y - 30, "INR Sixty Seven Thousand Six Hundred Twenty Six Only", "DVB", 9)
    y = grid(
        d,
        left + 200,
        y - 50,
        [
            (90, "Taxable Value", inr(net), "r"),
            (80, "CGST 9%", inr(cg), "r"),
            (80, "SGST 9%", inr(sg), "r"),
            (75, "Total Tax", inr(cg + sg), "r"),
        ],
        GridStyle(ls=6.5, vs=8.5, lw=0.5),
    )
    party(
        d,
        42,
        150,
        "Company's Bank Details",
        [
            "Bank Name: HDFC Bank Ltd",
            "A/c No.: 50200041187734",
            "Branch & IFS Code: Ring Road, Surat & HDFC0000263",
        ],
        "DV",
        7.5,
        "DV",
        8,
    )
    d.t(right - 8, 110, "for Sharma Textiles Pvt. Ltd.", "DVB", 8.5, "r")
    d.t(right - 8, 58, "Authorised Signatory", "DV", 8, "r")
    d.t(W4 / 2, 30, "This is a Computer Generated Invoice", "DV", 7, "c")
    d.save()
    return truth(
        number="STPL/25-26/1184",
        issued=date(2026, 1, 18),
        due=None,
        vendor=vendor,
        net=net,
        vat=cg + sg,
        total=tot,
        cur="INR",
        loc="en-IN",
        lines=lines,
        rounding=rnd,
        note="image-only PDF; Tally-style 2-column label-above grid: Buyer's Order No. + its own 'Dated', Delivery Note Date beside Invoice No./Dated; dates dd-Mon-yy; CGST+SGST summed; Round Off line; Indian digit grouping; terms '45 Days' but no due date printed",
    )


def i12(path: Path, rng: random.Random) -> dict:
    vendor = "Kookaburra Creative Pty Ltd"
    lines = mk(
        [
            ("Website refresh — Stage 2: design system", 1, "4200.00"),
            ("Front-end build (hours)", 38, "145.00"),
            ("Content migration (pages)", 24, "35.00"),
            ("Hosting, 12 months (business plan)", 1, "588.00"),
        ]
    )
    net = total_of(lines)
    gst = q2(net * D("0.10"))
    tot = net + gst
    d = Doc(path, A4)
    orange = HexColor("#D35400")
    d.circle(64, H4 - 66, 20, fill=orange)
    d.circle(72, H4 - 60, 4, fill=white)
    d.t(94, H4 - 62, "kookaburra", "DVSB", 22, col=orange)
    d.t(94, H4 - 78, "creative", "DVSI", 11, col=GREY)
    d.t(45, H4 - 130, "TAX INVOICE", "DVB", 20)
    party(
        d,
        45,
        H4 - 160,
        "Bill to",
        [
            "Saltbush Wines Pty Ltd",
            "Attn: Accounts",
            "7 Vineyard Road",
            "Tanunda SA 5352",
            "Australia",
        ],
        s=9,
        hcol=orange,
    )
    stack(
        d,
        300,
        H4 - 60,
        [
            ("Invoice Number", "KC-2026-0212"),
            ("Issue Date", "16 Feb 2026"),
            ("Due Date", "2 Mar 2026"),
        ],
        StackStyle(vs=10, lcol=orange),
    )
    stack(
        d,
        430,
        H4 - 60,
        [
            ("Reference", ["Website refresh –", "Stage 2"]),
            ("ABN", "51 824 753 556"),
            ("Contact", "hello@kookaburra.com.au"),
        ],
        StackStyle(vs=8.5, lcol=orange),
    )
    cols = [
        ("Description", 255, "l"),
        ("Quantity", 60, "r"),
        ("Unit Price", 85, "r"),
        ("GST", 40, "r"),
        ("Amount AUD", 65, "r"),
    ]
    body = [(ln.desc, qty(ln.q), en(ln.unit), "10%", en(ln.amount)) for ln in lines]
    y = table(d, 45, H4 - 270, cols, body, TableStyle(fill=None, hcol=orange, lead=17))
    y = grid(
        d,
        45,
        y - 24,
        [
            (95, "Subtotal", en(net), "r"),
            (95, "Total GST 10%", en(gst), "r"),
            (105, "Invoice Total AUD", en(tot), "r"),
            (95, "Less Amount Paid", "0.00", "r"),
            (115, "Amount Due AUD", en(tot), "r"),
        ],
        GridStyle(vs=10.5, stroke=orange, band=HexColor("#FBE5D6")),
    )
    d.t(
        45,
        y - 24,
        "Payment by EFT to BSB 065-129, Account 1047 8832, Kookaburra Creative Pty Ltd.",
        "DV",
        8.5,
    )
    d.line(45, 215, W4 - 45, 215, 0.6, GREY, (4, 3))
    d.t(45, 198, "PAYMENT ADVICE", "DVB", 11)
    d.t(45, 184, "To: Kookaburra Creative Pty Ltd, 31 Rundle Street, Kent Town SA 5067", "DV", 8)
    stack(
        d,
        330,
        198,
        [("Customer", "Saltbush Wines Pty Ltd"), ("Invoice Number", "KC-2026-0212")],
        StackStyle(vs=9),
    )
    stack(
        d, 460, 198, [("Amount Due", f"${en(tot)}"), ("Due Date", "2 Mar 2026")], StackStyle(vs=9)
    )
    d.t(330, 120, "Amount Enclosed", "DV", 7, col=GREY)
    d.line(330, 100, 550, 100, 0.6)
    d.t(330, 88, "Enter the amount you are paying above", "DV", 6.5, col=GREY)
    d.save()
    return truth(
        number="KC-2026-0212",
        issued=date(2026, 2, 16),
        due=date(2026, 3, 2),
        vendor=vendor,
        net=net,
        vat=gst,
        total=tot,
        cur="AUD",
        loc="en-AU",
        lines=lines,
        note="two stacked label/value columns (the second with a wrapped Reference and the ABN); five boxed totals incl. 'Less Amount Paid' 0.00; a payment-advice slip repeats number, amount and due date as label-above pairs",
    )


# --------------------------------------------------------------------------- receipts


def rated(rows: list[tuple]) -> list[Line]:
    """rows: (description, qty, unit, rate) -> lines with the rate in extra."""
    return [Line(ln.desc, ln.q, ln.unit, ln.amount, {"r": D(ln.extra)}) for ln in mk(rows)]


def gross_by_rate(lines: list[Line]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for ln in lines:
        out[ln.extra["r"]] = out.get(ln.extra["r"], Z) + ln.amount
    return dict(sorted(out.items()))


def items_block(
    r: Roll,
    lines: list[Line],
    fmt: Callable[[Decimal], str],
    style: str = "one",
    tag: Callable[[Line], str] | None = None,
) -> None:
    tag = tag or (lambda ln: "")
    for ln in lines:
        if style == "two":
            r.text(f"  {qty(ln.q)} x {fmt(ln.unit)}")
            r.lr(ln.desc, f"{fmt(ln.amount)} {tag(ln)}".rstrip())
        elif style == "qty":
            r.cols(
                [
                    (0, qty(ln.q), "l"),
                    (0.1, ln.desc, "l"),
                    (1, f"{fmt(ln.amount)} {tag(ln)}".rstrip(), "r"),
                ]
            )
        else:
            r.lr(ln.desc, f"{fmt(ln.amount)} {tag(ln)}".rstrip())
            if ln.q != 1:
                r.text(f"   {qty(ln.q)} x {fmt(ln.unit)}", sz=r.s - 1)


def tax_rows(
    r: Roll, head: list[str], rows: list[list[str]], pos: tuple = (0, 0.38, 0.68, 1)
) -> None:
    r.cols(
        [(p, h, "l" if i == 0 else "r") for i, (p, h) in enumerate(zip(pos, head, strict=True))],
        sz=r.s - 1,
    )
    for row in rows:
        r.cols(
            [(p, h, "l" if i == 0 else "r") for i, (p, h) in enumerate(zip(pos, row, strict=True))],
            sz=r.s - 1,
        )


def qr_block(r: Roll, rng: random.Random, size: float, n: int = 25) -> None:
    r.block(size + 6, lambda d, top: qr(d, (r.w - size) / 2, top - size - 3, size, rng, n))


def bar_block(r: Roll, rng: random.Random, w: float, h: float) -> None:
    r.block(h + 6, lambda d, top: barcode(d, (r.w - w) / 2, top - h - 3, w, h, rng))


def r01(path: Path, rng: random.Random) -> dict:
    vendor = "Bäckerei Konditorei Haider GmbH"
    lines = rated(
        [
            ("Kaisersemmel", 6, "0.45", 10),
            ("Nusskipferl", 2, "2.20", 10),
            ("Sachertorte Stk.", 1, "4.90", 10),
            ("Wiener Melange", 2, "3.90", 20),
            ("Mineral prickelnd 0,33", 1, "2.80", 20),
        ]
    )
    g = gross_by_rate(lines)
    vats = {k: vat_incl(v, k) for k, v in g.items()}
    tot = total_of(lines)
    vat = sum(vats.values(), Z)
    r = Roll(80, "DVM", 8)
    r.text("Bäckerei Konditorei", "c", "DVB", 9)
    r.text("HAIDER", "c", "DVSB", 20)
    r.text("Haider GmbH · Landstraßer Hauptstr. 41", "c", sz=7)
    r.text("1030 Wien · Tel. 01 712 44 90", "c", sz=7)
    r.text("UID: ATU57312208", "c", sz=7)
    r.rule()
    r.cols([(0, "Beleg-Nr.", "l"), (0.55, "Datum / Zeit", "l")], sz=6.5)
    r.cols([(0, "2026-018842", "l"), (0.55, "14.03.2026 07:42", "l")], "DVMB", 8)
    r.gap(2)
    r.cols([(0, "Kassa", "l"), (0.55, "Bedienung", "l")], sz=6.5)
    r.cols([(0, "K2", "l"), (0.55, "Martina", "l")], "DVMB", 8)
    r.rule()
    items_block(r, lines, de, "two", lambda ln: "A" if ln.extra["r"] == 10 else "B")
    r.rule()
    big_total(r, "SUMME", f"EUR {de(tot)}", "r")
    r.rule()
    tax_rows(
        r,
        ["Satz", "Netto", "USt", "Brutto"],
        [[f"{'A' if k == 10 else 'B'} {k}%", de(g[k] - vats[k]), de(vats[k]), de(g[k])] for k in g],
    )
    r.rule()
    r.lr("BAR", de(tot))
    r.lr("Gegeben", "50,00")
    r.lr("Rückgeld", de(D("50.00") - tot))
    r.gap(6)
    qr_block(r, rng, 70)
    r.text("Kassen-ID: HAI-K2 · Sig.: _R1-AT1_HAI-K2", "c", sz=6)
    r.text("Danke und einen schönen Tag!", "c", sz=7.5)
    r.render(path)
    return truth(
        number="2026-018842",
        issued=date(2026, 3, 14),
        due=None,
        vendor=vendor,
        net=tot - vat,
        vat=vat,
        total=tot,
        cur="EUR",
        loc="de-AT",
        lines=lines,
        layout="receipt",
        dtype="receipt",
        note="thermal-faded scan; Beleg-Nr. and Datum as two-line pairs side by side (with Kassa/Bedienung pairs under them); 'SUMME' small above the large total; prices incl. 10%/20% USt; cash given/change",
    )


def r02(path: Path, rng: random.Random) -> dict:
    vendor = "ΚΑΦΕ ΑΚΡΟΠΟΛΙΣ Ι.Κ.Ε."
    lines = rated(
        [
            ("FREDDO ESPRESSO", 2, "3.20", 24),
            ("ΤΟΣΤ ΓΑΛΟΠΟΥΛΑ", 1, "3.80", 13),
            ("ΤΥΡΟΠΙΤΑ", 2, "2.50", 13),
            ("ΝΕΡΟ 0,5L", 2, "0.60", 13),
            ("ΧΥΜΟΣ ΠΟΡΤΟΚΑΛΙ", 1, "3.90", 24),
        ]
    )
    g = gross_by_rate(lines)
    vats = {k: vat_incl(v, k) for k, v in g.items()}
    tot = total_of(lines)
    vat = sum(vats.values(), Z)
    r = Roll(80, "DVC", 8.5)
    r.text("ΚΑΦΕ ΑΚΡΟΠΟΛΙΣ", "c", "DVSB", 15)
    r.text("ΚΑΦΕ ΑΚΡΟΠΟΛΙΣ Ι.Κ.Ε.", "c", sz=7.5)
    r.text("ΔΙΟΝΥΣΙΟΥ ΑΡΕΟΠΑΓΙΤΟΥ 31, ΑΘΗΝΑ 11742", "c", sz=7.5)
    r.text("ΑΦΜ: 801234567 · ΔΟΥ: Α' ΑΘΗΝΩΝ", "c", sz=7.5)
    r.rule(False)
    r.text("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ", "c", "DVCB", 9)
    r.gap(3)
    pair(r, "Αρ. παραστατικού", "Α-1842")
    pair(r, "Ημερομηνία", "21/02/2026  13:06")
    r.rule(False)
    items_block(r, lines, de, "qty")
    r.rule(False)
    tax_rows(
        r,
        ["ΦΠΑ", "Καθαρή", "ΦΠΑ", "Σύνολο"],
        [[f"{k}%", de(g[k] - vats[k]), de(vats[k]), de(g[k])] for k in g],
    )
    r.rule(False)
    big_total(r, "ΣΥΝΟΛΟ", f"€ {de(tot)}", "c", "DVCB", "DVB", 8, 20)
    r.rule(False)
    pair(r, "ΤΡΟΠΟΣ ΠΛΗΡΩΜΗΣ", "ΚΑΡΤΑ")
    pair(r, "ΠΟΣΟ ΚΑΡΤΑΣ", f"{de(tot)} €")
    r.gap(4)
    r.text("ΜΑΡΚ 400001912837465", "c", sz=7.5)
    r.text("UID 8F2A61C0D9B3447E9A0C", "c", sz=7)
    qr_block(r, rng, 64)
    r.text("ΕΥΧΑΡΙΣΤΟΥΜΕ ΠΟΛΥ!", "c", "DVCB", 8.5)
    r.render(path)
    return truth(
        number="Α-1842",
        issued=date(2026, 2, 21),
        due=None,
        vendor=vendor,
        net=tot - vat,
        vat=vat,
        total=tot,
        cur="EUR",
        loc="el-GR",
        lines=lines,
        layout="receipt",
        dtype="receipt",
        note="Greek script; receipt number and date as label-above pairs; ΣΥΝΟΛΟ small above a large centred total; 24%/13% ΦΠΑ table; card amount again as a pair; MARK/UID codes as decoys; the number keys the Greek capital Alpha as printed",
    )


def r03(path: Path, rng: random.Random) -> dict:
    vendor = "Blue Heron Diner"
    lines = mk(
        [
            ("Buttermilk Pancakes", 2, "11.50"),
            ("Denver Omelet", 1, "13.25"),
            ("Side Bacon", 1, "4.75"),
            ("Coffee", 3, "2.95"),
            ("Fresh OJ (L)", 1, "4.90"),
        ]
    )
    sub = total_of(lines)
    tax = q2(sub * D("0.1025"))
    tip = D("9.00")
    tot = sub + tax + tip
    r = Roll(76, "DVM", 8)
    r.block(
        34,
        lambda d, top: (
            d.circle(r.w / 2, top - 16, 14, fill=HexColor("#1F5F8B")),
            d.t(r.w / 2, top - 20, "BH", "DVB", 11, "c", white),
        ),
    )
    r.text("BLUE HERON DINER", "c", "DVB", 12)
    r.text("1428 W Belmont Ave, Chicago, IL 60657", "c", sz=6.8)
    r.text("(773) 555-0189", "c", sz=6.8)
    r.rule()
    r.cols([(0, "Check #", "l"), (0.36, "Table", "l"), (0.64, "Server", "l")], sz=6.5)
    r.cols([(0, "4127", "l"), (0.36, "14", "l"), (0.64, "Maria", "l")], "DVMB", 8)
    r.cols([(0, "Date", "l"), (0.64, "Guests", "l")], sz=6.5)
    r.cols([(0, "02/08/2026 10:41 AM", "l"), (0.64, "2", "l")], "DVMB", 8)
    r.rule()
    items_block(r, lines, en, "qty")
    r.rule()
    r.text("VISA CREDIT  ************4471", sz=7)
    r.text("AUTH 07731B   ENTRY: CHIP", sz=7)
    r.gap(4)
    for lab, val in (("SUBTOTAL", sub), ("TAX 10.25%", tax), ("AMOUNT", sub + tax)):
        pair(r, lab, f"${en(val)}", "r")
    r.gap(2)
    r.text("TIP", "r", sz=7)
    r.block(
        22,
        lambda d, top: (
            d.line(r.right - 90, top - 16, r.right, top - 16, 0.6),
            d.t(r.right - 4, top - 13, f"${en(tip)}", "DVSI", 13, "r", HexColor("#1A237E")),
        ),
    )
    r.text("TOTAL", "r", sz=7)
    r.block(
        24,
        lambda d, top: (
            d.line(r.right - 90, top - 18, r.right, top - 18, 0.6),
            d.t(r.right - 4, top - 15, f"${en(tot)}", "DVSI", 14, "r", HexColor("#1A237E")),
        ),
    )
    r.gap(8)
    r.block(18, lambda d, top: d.line(r.m, top - 14, r.right, top - 14, 0.5))
    r.text("SIGNATURE", "c", sz=6.5)
    r.text("CUSTOMER COPY", "c", sz=7)
    r.render(path)
    return truth(
        number="4127",
        issued=date(2026, 2, 8),
        due=None,
        vendor=vendor,
        net=sub,
        vat=tax,
        total=tot,
        cur="USD",
        loc="en-US",
        lines=lines,
        layout="receipt",
        dtype="receipt",
        tip=tip,
        note="photo; card slip with every label on its own line and the amount under it; AMOUNT (pre-tip) decoy; tip and total handwritten-style in blue ink; check number and date as label-above pairs; 10.25% Chicago tax",
    )


def r04(path: Path, rng: random.Random) -> dict:
    vendor = "Quincaillerie Beaubien inc."
    lines = mk(
        [
            ("Vis à bois #8 x 1-1/4 (100)", 2, "7.49"),
            ("Ruban à mesurer 7,5 m", 1, "14.99"),
            ("Pinceau angulaire 2 po", 2, "6.29"),
            ("Papier sablé gr. 120 (5)", 1, "4.99"),
        ]
    )
    sub = total_of(lines)
    tps = q2(sub * D("0.05"))
    tvq = q2(sub * D("0.09975"))
    exact = sub + tps + tvq
    cash = (exact / D("0.05")).quantize(Decimal("1"), rounding=ROUND_HALF_UP) * D("0.05")
    rnd = cash - exact
    cad = lambda v: f"{num(v, ' ', ',')} $"  # noqa: E731
    r = Roll(80, "DVM", 8)
    r.text("QUINCAILLERIE", "c", "DVB", 13)
    r.text("BEAUBIEN", "c", "DVB", 17)
    r.text("Quincaillerie Beaubien inc.", "c", sz=7)
    r.text("2140, rue Beaubien Est, Montréal (QC) H2G 1M3", "c", sz=6.5)
    r.text("514 555-0127", "c", sz=7)
    r.rule()
    pair(r, "No de facture", "0047-118923")
    pair(r, "Date", "2026-01-30   16:12")
    pair(r, "Caisse / Commis", "03 / Sylvie")
    r.rule()
    items_block(r, lines, lambda v: num(v, " ", ","), "one")
    r.rule()
    for lab, val in (
        ("Sous-total", sub),
        ("TPS 5 %", tps),
        ("TVQ 9,975 %", tvq),
        ("Total", exact),
        ("Arrondi (comptant)", rnd),
    ):
        r.lr(lab, cad(val))
    r.gap(3)
    big_total(r, "À PAYER", cad(cash), "r", None, "DVMB", 7, 18)
    r.rule()
    r.lr("Comptant", cad(D("60.00")))
    r.lr("Monnaie", cad(D("60.00") - cash))
    r.gap(3)
    r.text("TPS : 812345678 RT0001", sz=7)
    r.text("TVQ : 1219876543 TQ0001", sz=7)
    bar_block(r, rng, 150, 26)
    r.text("Merci de votre visite !", "c", sz=7.5)
    r.render(path)
    return truth(
        number="0047-118923",
        issued=date(2026, 1, 30),
        due=None,
        vendor=vendor,
        net=sub,
        vat=tps + tvq,
        total=cash,
        cur="CAD",
        loc="fr-CA",
        lines=lines,
        layout="receipt",
        dtype="receipt",
        rounding=rnd,
        note="scan downscaled to ~650 px; TPS+TVQ summed; printed 'Total' is before the cash rounding — total keyed = 'À PAYER' after 'Arrondi (comptant)'; number/date/cashier as label-above pairs; '$' after the amount",
    )


def r05(path: Path, rng: random.Random) -> dict:
    vendor = "Farmacia San Rafael, S.A. de C.V."
    lines = rated(
        [
            ("PARACETAMOL 500MG 20 TAB", 2, "42.50", 0),
            ("LORATADINA 10MG 10 TAB", 1, "89.00", 0),
            ("BLOQUEADOR SOLAR FPS50", 1, "219.00", 16),
            ("AGUA MINERAL 600ML", 3, "18.50", 16),
            ("CEPILLO DENTAL SUAVE", 2, "24.00", 16),
        ]
    )
    g = gross_by_rate(lines)
    iva = vat_incl(g[D(16)], D(16))
    tot = total_of(lines)
    r = Roll(58, "DVM", 7)
    r.text("FARMACIA", "c", "DVB", 10)
    r.text("SAN RAFAEL", "c", "DVB", 14)
    r.text("Farmacia San Rafael, S.A. de C.V.", "c", sz=6)
    r.text("RFC: FSR980512KQ4", "c", sz=6)
    r.text("Av. Juárez 215, Col. Centro", "c", sz=6)
    r.text("Guadalajara, Jal. C.P. 44100", "c", sz=6)
    r.rule()
    r.cols([(0, "TICKET", "l"), (0.55, "FECHA", "l")], sz=6)
    r.cols([(0, "A-339201", "l"), (0.55, "04/03/2026", "l")], "DVMB", 7.5)
    r.cols([(0, "CAJA", "l"), (0.55, "HORA", "l")], sz=6)
    r.cols([(0, "02", "l"), (0.55, "19:27", "l")], "DVMB", 7.5)
    r.rule()
    items_block(r, lines, en, "one", lambda ln: "E" if ln.extra["r"] == 0 else "G")
    r.rule()
    big_total(r, "TOTAL", f"$ {en(tot)}", "r", None, "DVMB", 6.5, 15)
    r.lr("IVA 16% INCLUIDO", en(iva), sz=6.5)
    r.lr("E = EXENTO  G = GRAVADO", "", sz=6)
    r.rule()
    r.lr("EFECTIVO", en(D("600.00")))
    r.lr("CAMBIO", en(D("600.00") - tot))
    r.gap(3)
    r.text("ARTÍCULOS: 9", sz=6.5)
    r.text("FACTURE EN: facturacion.farmaciassr.mx", "c", sz=5.8)
    bar_block(r, rng, 120, 22)
    r.text("GRACIAS POR SU COMPRA", "c", sz=6.5)
    r.render(path)
    return truth(
        number="A-339201",
        issued=date(2026, 3, 4),
        due=None,
        vendor=vendor,
        net=tot - iva,
        vat=iva,
        total=tot,
        cur="MXN",
        loc="es-MX",
        lines=lines,
        layout="receipt",
        dtype="receipt",
        note="photo of a 58 mm roll; '$' means MXN; ticket/fecha/caja/hora as two-column label-above pairs; tax-inclusive with exempt (E) medicines, only the 16% part carries IVA; TOTAL label above the amount",
    )


def r06(path: Path, rng: random.Random) -> dict:
    vendor = "Pekárna U Mlýna s.r.o."
    lines = rated(
        [
            ("Chléb kváskový 1 kg", 1, "68.00", 12),
            ("Rohlík tukový", 8, "4.90", 12),
            ("Koláč tvarohový", 3, "24.00", 12),
            ("Káva latte", 2, "62.00", 21),
            ("Limonáda domácí 0,4 l", 1, "55.00", 21),
        ]
    )
    g = gross_by_rate(lines)
    vats = {k: vat_incl(v, k) for k, v in g.items()}
    tot = total_of(lines)
    vat = sum(vats.values(), Z)
    r = Roll(58, "DVC", 7.5)
    r.text("Pekárna", "c", "DVSI", 11)
    r.text("U MLÝNA", "c", "DVSB", 15)
    r.text("Pekárna U Mlýna s.r.o.", "c", sz=6.5)
    r.text("Mlýnská 12, 602 00 Brno", "c", sz=6.5)
    r.text("IČO: 07712345 · DIČ: CZ07712345", "c", sz=6.2)
    r.rule()
    pair(r, "Účtenka č.", "2026/0312/0087")
    pair(r, "Datum a čas", "12. 3. 2026  8:05")
    r.rule()
    items_block(r, lines, sp, "one")
    r.rule()
    big_total(r, "CELKEM K ÚHRADĚ", f"{sp(tot)} Kč", "c", "DVCB", "DVCB", 7, 15)
    r.rule()
    tax_rows(
        r,
        ["Sazba", "Základ", "DPH", "Celkem"],
        [[f"{k} %", sp(g[k] - vats[k]), sp(vats[k]), sp(g[k])] for k in g],
    )
    r.rule()
    r.text("PLATBA KARTOU", "l", "DVCB", 7.5)
    pair(r, "Mastercard ****8820", f"{sp(tot)} CZK")
    pair(r, "Autorizační kód", "A7K3Q1")
    r.gap(4)
    r.text("Děkujeme za nákup!", "c", sz=7)
    r.render(path)
    return truth(
        number="2026/0312/0087",
        issued=date(2026, 3, 12),
        due=None,
        vendor=vendor,
        net=tot - vat,
        vat=vat,
        total=tot,
        cur="CZK",
        loc="cs-CZ",
        lines=lines,
        layout="receipt",
        dtype="receipt",
        note="58 mm; Účtenka č. and Datum a čas as label-over-value pairs; 'CELKEM K ÚHRADĚ' above a large centred total; card section with the amount under the card label; date '12. 3. 2026' with spaces; 12%/21% DPH",
    )


def r07(path: Path, rng: random.Random) -> dict:
    vendor = "Pastelaria Belém Doce, Lda."
    lines = rated(
        [
            ("Pastel de nata", 4, "1.40", 13),
            ("Tosta mista", 1, "3.90", 13),
            ("Galão", 2, "1.60", 13),
            ("Sumo de laranja natural", 1, "3.20", 23),
            ("Água 0,5L", 1, "1.10", 23),
        ]
    )
    g = gross_by_rate(lines)
    vats = {k: vat_incl(v, k) for k, v in g.items()}
    tot = total_of(lines)
    vat = sum(vats.values(), Z)
    r = Roll(80, "DVM", 8)
    r.block(
        30,
        lambda d, top: (
            d.rect(r.w / 2 - 60, top - 26, 120, 24, lw=1.2),
            d.t(r.w / 2, top - 19, "BELÉM DOCE", "DVSB", 12, "c"),
        ),
    )
    r.text("Pastelaria Belém Doce, Lda.", "c", sz=7)
    r.text("Rua de Belém 63, 1300-085 Lisboa", "c", sz=7)
    r.text("NIF 509876543", "c", sz=7)
    r.rule()
    r.text("FATURA SIMPLIFICADA", "c", "DVMB", 9)
    r.cols([(0, "Nº Documento", "l"), (0.6, "Data", "l")], sz=6.5)
    r.cols([(0, "FS A/4521", "l"), (0.6, "2026-02-08", "l")], "DVMB", 8.5)
    r.cols([(0, "ATCUD", "l"), (0.6, "NIF Cliente", "l")], sz=6.5)
    r.cols([(0, "JJ7K2M9P-4521", "l"), (0.6, "Consumidor final", "l")], "DV", 7)
    r.rule()
    items_block(r, lines, de, "qty", lambda ln: f"{ln.extra['r']}%")
    r.rule()
    big_total(r, "TOTAL (EUR)", de(tot), "c", None, "DVMB", 7, 19)
    r.rule()
    tax_rows(
        r,
        ["Taxa", "Incidência", "IVA", "Total"],
        [[f"IVA {k}%", de(g[k] - vats[k]), de(vats[k]), de(g[k])] for k in g],
    )
    r.rule()
    pair(r, "Multibanco", f"{de(tot)} €")
    r.gap(4)
    qr_block(r, rng, 74, 29)
    r.text("Processado por programa certificado", "c", sz=6.2)
    r.text("nº 2211/AT · Obrigado e volte sempre", "c", sz=6.2)
    r.render(path)
    return truth(
        number="FS A/4521",
        issued=date(2026, 2, 8),
        due=None,
        vendor=vendor,
        net=tot - vat,
        vat=vat,
        total=tot,
        cur="EUR",
        loc="pt-PT",
        lines=lines,
        layout="receipt",
        dtype="receipt",
        note="photo; 'Fatura simplificada' (a receipt); Nº Documento/Data then ATCUD/NIF Cliente as two-column label-above pairs — the ATCUD code is a decoy; TOTAL (EUR) label with the bare amount under it; 13%/23% IVA table",
    )


def r08(path: Path, rng: random.Random) -> dict:
    vendor = "Bakeriet på Torget AS"
    lines = rated(
        [
            ("Kanelbolle", 4, "42.00", 15),
            ("Skolebolle", 2, "39.00", 15),
            ("Grovbrød m/ frø", 1, "69.00", 15),
            ("Cappuccino (servering)", 1, "54.00", 25),
        ]
    )
    g = gross_by_rate(lines)
    vats = {k: vat_incl(v, k) for k, v in g.items()}
    tot = total_of(lines)
    vat = sum(vats.values(), Z)
    r = Roll(80, "DVC", 8.5)
    r.text("Bakeriet", "c", "DVSI", 14)
    r.text("PÅ TORGET", "c", "DVB", 16)
    r.text("Bakeriet på Torget AS · Torget 7, 5014 Bergen", "c", sz=7)
    r.text("Org.nr. 987 654 321 MVA", "c", sz=7)
    r.rule(False)
    r.cols([(0, "Kvitteringsnr.", "l"), (0.5, "Dato", "l")], sz=7)
    r.cols([(0, "118204", "l"), (0.5, "26.02.2026 09:14", "l")], "DVCB", 9)
    r.cols([(0, "Kasse", "l"), (0.5, "Betjent av", "l")], sz=7)
    r.cols([(0, "1", "l"), (0.5, "Ingrid", "l")], "DVCB", 9)
    r.rule(False)
    items_block(r, lines, sp, "two")
    r.rule(False)
    big_total(r, "TOTALT Å BETALE", f"kr {sp(tot)}", "r", None, "DVB", 7.5, 18)
    r.rule(False)
    tax_rows(
        r,
        ["MVA-sats", "Grunnlag", "MVA", "Sum"],
        [[f"{k} %", sp(g[k] - vats[k]), sp(vats[k]), sp(g[k])] for k in g],
    )
    r.rule(False)
    r.text("BANKAXEPT", "c", "DVCB", 8.5)
    pair(r, "Kjøp", f"NOK {sp(tot)}")
    pair(r, "Ref.", "114772  Term. 7702318")
    r.text("GODKJENT", "c", "DVCB", 9)
    r.gap(3)
    r.text("Takk for handelen!", "c", sz=8)
    r.render(path)
    return truth(
        number="118204",
        issued=date(2026, 2, 26),
        due=None,
        vendor=vendor,
        net=tot - vat,
        vat=vat,
        total=tot,
        cur="NOK",
        loc="nb-NO",
        lines=lines,
        layout="receipt",
        dtype="receipt",
        note="image-only PDF; Kvitteringsnr./Dato and Kasse/Betjent av as two-column label-above pairs; 'TOTALT Å BETALE' above a large 'kr' total; card section 'Kjøp' above 'NOK …'; 15%/25% MVA",
    )


def r09(path: Path, rng: random.Random) -> dict:
    vendor = "Kardeşler Market Gıda Ltd. Şti."
    lines = rated(
        [
            ("EKMEK 250 GR", 2, "12.50", 1),
            ("SÜT 1 LT", 2, "38.75", 1),
            ("BEYAZ PEYNİR 500 GR", 1, "189.90", 1),
            ("DETERJAN 4 KG", 1, "279.00", 20),
            ("ÇAY 1000 GR", 1, "245.00", 1),
            ("KAĞIT HAVLU 6'LI", 1, "112.50", 20),
        ]
    )
    g = gross_by_rate(lines)
    vats = {k: vat_incl(v, k) for k, v in g.items()}
    tot = total_of(lines)
    vat = sum(vats.values(), Z)
    r = Roll(80, "DVM", 8)
    r.text("KARDEŞLER MARKET", "c", "DVMB", 11)
    r.text("KARDEŞLER MARKET GIDA LTD. ŞTİ.", "c", sz=6.8)
    r.text("BAĞDAT CAD. NO:214 KADIKÖY/İSTANBUL", "c", sz=6.8)
    r.text("KADIKÖY V.D. 5230418877", "c", sz=6.8)
    r.rule()
    r.cols([(0, "TARİH", "l"), (0.62, "SAAT", "l")], sz=6.5)
    r.cols([(0, "19.02.2026", "l"), (0.62, "18:22", "l")], "DVMB", 8)
    r.cols([(0, "FİŞ NO", "l"), (0.62, "Z NO", "l")], sz=6.5)
    r.cols([(0, "0042", "l"), (0.62, "0318", "l")], "DVMB", 8)
    r.rule()
    for ln in lines:
        r.lr(f"{ln.desc}", f"%{ln.extra['r']}  *{de(ln.amount)}")
        if ln.q != 1:
            r.text(f"  {qty(ln.q)} AD X {de(ln.unit)}", sz=7)
    r.rule()
    r.lr("TOPKDV", f"*{de(vat)}")
    big_total(r, "TOPLAM", f"*{de(tot)}", "r", None, "DVMB", 7, 17)
    r.rule()
    r.lr("NAKİT", f"*{de(D('1200.00'))}")
    r.lr("PARA ÜSTÜ", f"*{de(D('1200.00') - tot)}")
    r.gap(4)
    r.text("KDV ORANLARI: %1  %20", sz=6.8)
    r.text("EKÜ NO:0001   MF YAB 34019182", "c", sz=6.8)
    r.block(16, lambda d, top: d.t(r.w / 2, top - 12, "MF", "DVSB", 12, "c"))
    r.render(path)
    return truth(
        number="0042",
        issued=date(2026, 2, 19),
        due=None,
        vendor=vendor,
        net=tot - vat,
        vat=vat,
        total=tot,
        cur="TRY",
        loc="tr-TR",
        lines=lines,
        layout="receipt",
        dtype="receipt",
        note="photo; FİŞ NO beside Z NO (decoy) and TARİH beside SAAT as label-above pairs; asterisk-prefixed amounts; TOPKDV line then 'TOPLAM' label above the large total; %1/%20 KDV, no currency printed",
    )


def r10(path: Path, rng: random.Random) -> dict:
    vendor = "Lumière Home Pte. Ltd."
    lines = mk(
        [
            ("Linen cushion cover 45cm", 2, "29.90"),
            ("Ceramic vase, speckled", 1, "42.00"),
            ("Scented candle — Yuzu", 1, "28.00"),
        ]
    )
    tot = total_of(lines)
    gst = vat_incl(tot, D(9))
    r = Roll(80, "DV", 7.8)
    r.text("LUMIÈRE", "c", "DVSB", 18)
    r.text("H  O  M  E", "c", "DV", 8)
    r.text("Lumière Home Pte. Ltd.", "c", sz=7)
    r.text("#02-17 Tanglin Mall, 163 Tanglin Rd, S247933", "c", sz=6.5)
    r.text("GST Reg No. 201912345K", "c", sz=7)
    r.gap(3)
    r.text("TAX INVOICE", "c", "DVB", 9)
    r.rule()
    r.cols([(0, "Receipt No.", "l"), (0.55, "Date", "l")], sz=6.5)
    r.cols([(0, "LH-0238817", "l"), (0.55, "07/03/2026 15:41", "l")], "DVB", 8)
    r.cols([(0, "Cashier", "l"), (0.55, "Member", "l")], sz=6.5)
    r.cols([(0, "Wen Hui", "l"), (0.55, "", "l")], "DVB", 8)
    r.rule()
    items_block(r, lines, en, "one")
    r.rule()
    r.lr("Items", "4", sz=7)
    big_total(r, "TOTAL", f"S$ {en(tot)}", "r", "DVB", "DVB", 7, 18)
    r.lr("GST 9% included", en(gst), sz=7)
    r.rule()
    r.text("VISA  ****  ****  ****  2291", sz=7.5)
    pair(r, "AMOUNT", f"SGD {en(tot)}")
    pair(r, "APPROVAL CODE", "083512")
    r.gap(3)
    r.text("Exchange within 14 days with receipt.", "c", sz=6.5)
    bar_block(r, rng, 160, 24)
    r.render(path)
    return truth(
        number="LH-0238817",
        issued=date(2026, 3, 7),
        due=None,
        vendor=vendor,
        net=tot - gst,
        vat=gst,
        total=tot,
        cur="SGD",
        loc="en-SG",
        lines=lines,
        layout="receipt",
        dtype="receipt",
        note="receipt titled 'TAX INVOICE'; Receipt No./Date and Cashier/Member (empty) as label-above pairs; TOTAL label above 'S$' amount; GST 9% included; card AMOUNT and APPROVAL CODE as pairs",
    )


def r11(path: Path, rng: random.Random) -> dict:
    vendor = "O'Donoghue's Bar & Kitchen Ltd"
    lines = rated(
        [
            ("Seafood Chowder", 2, "9.50", D("13.5")),
            ("Fish & Chips", 1, "18.50", D("13.5")),
            ("Pint Guinness", 2, "6.20", 23),
            ("Lemonade", 1, "3.40", 23),
        ]
    )
    g = gross_by_rate(lines)
    vats = {k: vat_incl(v, k) for k, v in g.items()}
    tot = total_of(lines)
    vat = sum(vats.values(), Z)
    r = Roll(80, "DVM", 8)
    r.text("O'DONOGHUE'S", "c", "DVSB", 15)
    r.text("BAR & KITCHEN", "c", "DVB", 8)
    r.text("O'Donoghue's Bar & Kitchen Ltd", "c", sz=7)
    r.text("12 Quay Street, Galway H91 X2K7", "c", sz=7)
    r.text("VAT No. IE 3318842PH", "c", sz=7)
    r.rule()
    r.cols([(0, "Bill No.", "l"), (0.4, "Table", "l"), (0.7, "Covers", "l")], sz=6.5)
    r.cols([(0, "4410", "l"), (0.4, "12", "l"), (0.7, "2", "l")], "DVMB", 8)
    pair(r, "Date", "28/02/2026 20:53")
    r.rule()
    items_block(r, lines, en, "qty")
    r.rule()
    big_total(r, "TOTAL", f"€ {en(tot)}", "r", None, "DVMB", 7, 17)
    r.rule()
    tax_rows(
        r,
        ["VAT", "Net", "VAT", "Gross"],
        [[f"{k}%", en(g[k] - vats[k]), en(vats[k]), en(g[k])] for k in g],
    )
    r.rule()
    r.text("GRATUITY NOT INCLUDED", "c", "DVMB", 7.5)
    r.rule()
    r.text("CARD PAYMENT — MASTERCARD", sz=7)
    pair(r, "AMOUNT", f"EUR {en(tot)}")
    pair(r, "TIP", "EUR 0.00")
    pair(r, "TOTAL", f"EUR {en(tot)}")
    r.text("PIN VERIFIED", sz=7)
    r.gap(3)
    r.text("Sláinte! See you again", "c", sz=7.5)
    r.render(path)
    return truth(
        number="4410",
        issued=date(2026, 2, 28),
        due=None,
        vendor=vendor,
        net=tot - vat,
        vat=vat,
        total=tot,
        cur="EUR",
        loc="en-IE",
        lines=lines,
        layout="receipt",
        dtype="receipt",
        note="greyscale JPEG scan; Bill No./Table/Covers as a three-column label-above row; TOTAL label above the amount, then a card slip with AMOUNT/TIP 0.00/TOTAL each above its value; 13.5%/23% VAT, prices incl.",
    )


def r12(path: Path, rng: random.Random) -> dict:
    vendor = "Kovács és Társa Kft."
    lines = rated(
        [
            ("KENYÉR FEHÉR 1KG", 1, "749", 5),
            ("TEJ 2,8% 1L", 3, "389", 5),
            ("TOJÁS L 10DB", 1, "1290", 5),
            ("ALMA JONAGOLD", D("1.35"), "690", 5),
            ("KÁVÉ ŐRÖLT 250G", 1, "2490", 27),
            ("MOSOGATÓSZER 1L", 1, "899", 27),
        ]
    )
    lines = [Line(ln.desc, ln.q, ln.unit, q0(ln.amount), ln.extra) for ln in lines]
    g = gross_by_rate(lines)
    vats = {k: q0(v * k / (100 + k)) for k, v in g.items()}
    tot = total_of(lines)
    vat = sum(vats.values(), Z)
    pay = (tot / 5).quantize(Decimal("1"), rounding=ROUND_HALF_UP) * 5
    rnd = pay - tot
    ft = lambda v: num(v, " ", ",", 0)  # noqa: E731
    r = Roll(80, "DVM", 8)
    r.text("KOVÁCS ÉS TÁRSA", "c", "DVMB", 11)
    r.text("Kovács és Társa Kft.", "c", sz=7)
    r.text("7621 Pécs, Király u. 18.", "c", sz=7)
    r.text("Adószám: 12345676-2-02", "c", sz=7)
    r.rule()
    r.text("NYUGTA", "c", "DVMB", 10)
    pair(r, "Nyugtaszám", "NY-0192/00871")
    pair(r, "Dátum", "2026.03.02. 10:17")
    r.rule()
    for ln in lines:
        r.lr(ln.desc, f"{ft(ln.amount)} {'A' if ln.extra['r'] == 5 else 'C'}")
        if ln.q != 1:
            r.text(
                f"  {num(ln.q, ' ', ',', 3 if ln.q % 1 else 0)} {'kg' if ln.q % 1 else 'db'} x {ft(ln.unit)}",
                sz=7,
            )
    r.rule()
    r.lr("RÉSZÖSSZEG", ft(tot))
    r.lr("KEREKÍTÉS", f"{'+' if rnd > 0 else ''}{ft(rnd)}")
    big_total(r, "ÖSSZESEN FIZETENDŐ", f"{ft(pay)} Ft", "r", None, "DVMB", 7, 18)
    r.rule()
    tax_rows(
        r,
        ["ÁFA", "Nettó", "ÁFA", "Bruttó"],
        [[f"{'A' if k == 5 else 'C'} {k}%", ft(g[k] - vats[k]), ft(vats[k]), ft(g[k])] for k in g],
    )
    r.rule()
    r.lr("KÉSZPÉNZ", ft(D(10000)))
    r.lr("VISSZAJÁRÓ", ft(D(10000) - pay))
    r.gap(3)
    r.text("AP A12345678", "c", sz=7)
    r.text("Köszönjük a vásárlást!", "c", sz=7.5)
    r.render(path)
    return truth(
        number="NY-0192/00871",
        issued=date(2026, 3, 2),
        due=None,
        vendor=vendor,
        net=tot - vat,
        vat=vat,
        total=pay,
        cur="HUF",
        loc="hu-HU",
        lines=lines,
        layout="receipt",
        dtype="receipt",
        rounding=rnd,
        note="photo; HUF without decimals; weighed item (1,35 kg); cash rounding to 5 Ft (KEREKÍTÉS) — total keyed = 'ÖSSZESEN FIZETENDŐ' after rounding; Nyugtaszám/Dátum as label-above pairs; date '2026.03.02.'",
    )


# --------------------------------------------------------------------------- registry and build


@dataclass
class Spec:
    name: str
    draw: Callable[[Path, random.Random], dict]
    kind: str  # pdf | scan | photo
    ext: str
    country: str
    scan: Scan | None = None
    photo: Photo | None = None


SPECS = [
    Spec("i01", i01, "pdf", "pdf", "Germany"),
    Spec("i02", i02, "pdf", "pdf", "United Kingdom"),
    Spec("i03", i03, "scan", "png", "France", scan=Scan(dpi=200, grey=True, skew=-1.2, blur=0.7)),
    Spec("i04", i04, "pdf", "pdf", "Switzerland"),
    Spec(
        "i05",
        i05,
        "scan",
        "pdf",
        "Netherlands",
        scan=Scan(dpi=200, grey=True, skew=0.9, blur=0.6, quality=70),
    ),
    Spec("i06", i06, "pdf", "pdf", "United States"),
    Spec(
        "i07",
        i07,
        "scan",
        "jpg",
        "Spain",
        scan=Scan(dpi=160, grey=False, skew=1.6, blur=0.5, noise=4, quality=78),
    ),
    Spec("i08", i08, "pdf", "pdf", "Italy"),
    Spec(
        "i09",
        i09,
        "photo",
        "jpg",
        "Poland",
        photo=Photo(dpi=190, long_side=2300, quality=76, tilt=0.035, bg=(96, 104, 112)),
    ),
    Spec("i10", i10, "pdf", "pdf", "Sweden"),
    Spec(
        "i11",
        i11,
        "scan",
        "pdf",
        "India",
        scan=Scan(dpi=200, grey=True, skew=-0.7, blur=0.8, specks=60, quality=68),
    ),
    Spec("i12", i12, "pdf", "pdf", "Australia"),
    Spec(
        "r01",
        r01,
        "scan",
        "png",
        "Austria",
        scan=Scan(dpi=220, grey=True, skew=1.1, blur=0.6, fade=0.55),
    ),
    Spec("r02", r02, "pdf", "pdf", "Greece"),
    Spec(
        "r03",
        r03,
        "photo",
        "jpg",
        "United States",
        photo=Photo(dpi=230, long_side=1900, quality=72, bg=(70, 58, 48)),
    ),
    Spec(
        "r04",
        r04,
        "scan",
        "png",
        "Canada",
        scan=Scan(dpi=300, grey=True, skew=-1.4, blur=0.9, fade=0.3, width=650),
    ),
    Spec(
        "r05",
        r05,
        "photo",
        "jpg",
        "Mexico",
        photo=Photo(dpi=260, long_side=2000, quality=68, bg=(150, 150, 142)),
    ),
    Spec("r06", r06, "pdf", "pdf", "Czechia"),
    Spec(
        "r07",
        r07,
        "photo",
        "jpg",
        "Portugal",
        photo=Photo(dpi=230, long_side=2100, quality=74, bg=(140, 104, 70)),
    ),
    Spec(
        "r08",
        r08,
        "scan",
        "pdf",
        "Norway",
        scan=Scan(dpi=250, grey=True, skew=0.8, blur=0.7, fade=0.35, quality=70),
    ),
    Spec(
        "r09",
        r09,
        "photo",
        "jpg",
        "Turkey",
        photo=Photo(dpi=220, long_side=2200, quality=65, bg=(60, 70, 62)),
    ),
    Spec("r10", r10, "pdf", "pdf", "Singapore"),
    Spec(
        "r11",
        r11,
        "scan",
        "jpg",
        "Ireland",
        scan=Scan(dpi=200, grey=True, skew=-1.8, blur=0.7, fade=0.25, quality=75),
    ),
    Spec(
        "r12",
        r12,
        "photo",
        "jpg",
        "Hungary",
        photo=Photo(dpi=230, long_side=1700, quality=70, bg=(170, 160, 150)),
    ),
]


def build(spec: Spec, out: Path) -> dict:
    seed = zlib.crc32(spec.name.encode())
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    target = out / f"{spec.name}.{spec.ext}"
    if spec.kind == "pdf":
        t = spec.draw(target, rng)
    else:
        with tempfile.TemporaryDirectory() as td:
            src = Path(td) / "src.pdf"
            t = spec.draw(src, rng)
            _imagery(spec, src, target, nrng)
    t["kind"] = spec.kind
    (out / f"{spec.name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return t


def _imagery(spec: Spec, src: Path, target: Path, nrng: np.random.Generator) -> None:
    if spec.photo is not None:
        a = photograph(raster(src, spec.photo.dpi), spec.photo, nrng)
        save_image(to_image(a, False), target, spec.photo.quality)
        return
    sc = spec.scan or Scan()
    img = to_image(degrade(raster(src, sc.dpi), sc, nrng), sc.grey)
    if spec.ext == "pdf":
        image_pdf(img, target, sc.dpi, sc.quality)
    else:
        save_image(img, target, sc.quality)


def check(t: dict) -> None:
    """Re-verify a truth file's arithmetic from its strings."""
    net, tot = Decimal(t["amount"]), Decimal(t["total"])
    vat = Decimal(t["vat"]) if t["vat"] is not None else Z
    extra = tot - net - vat
    for k in ("amount", "total"):
        assert Decimal(t[k]) == q2(Decimal(t[k])), k
    for li in t["line_items"]:
        assert (
            q2(Decimal(li["quantity"]) * Decimal(li["unit_price"])) == Decimal(li["amount"])
            or t["currency"] == "HUF"
        ), li
    assert abs(extra) < 10 or t["currency"] == "HUF", (t, extra)


README_HEAD = """# Blind set 2026-14b — labels above their values

Generated by `python -m bench.blindsets.blind_2026_14b [OUTDIR] [--only NAME]` (from the repository
root). Every random choice (QR modules, barcodes, scan noise, skew field, photo perspective, light,
fold) is seeded with the CRC-32 of the document's name, so re-runs are byte-identical. The
generator imports nothing from the product and was written without looking at it.

## How the set is drawn

Focus: fields whose **label sits on top of its value**. Invoices use header grids of bordered
cells (2 to 7 columns, some with shaded label bands, empty cells and values wrapped to two
lines), stacked label/value columns on the right, party blocks headed by their role ("Bill to",
"Supplier", "Sprzedawca", "Facturé à" …), totals printed as a row of boxed cells and bank details
as a labelled grid. Receipts print the total large under a small label, card-slip sections with
the label on one line and the amount on the next, and receipt number/date as two-line pairs,
often two or three pairs side by side. Decoys a label-above reading can take by mistake sit next
to the real fields: order / P.O. numbers, delivery / ship / sale dates, previous balance and
payments received, deposits, the credited invoice number, customer VAT ids, ATCUD and Z numbers,
a pre-tip AMOUNT, a pre-rounding Total.

Each document has its own drawing function (reportlab canvas, `invariant=1`); a layout check
refuses any text run that leaves the page, overlaps another run, or is wider than its cell.
Born-digital PDFs keep their text layer. Scans are rendered with pypdfium2 at 160–300 dpi, tinted,
blurred, skewed (±2°), noised and specked; receipts get thermal fading; one is downscaled to
650 px wide. Photos are put in perspective onto a textured background with uneven light, a soft
drop shadow, a shadow across one corner, a fold crease and JPEG quality 65–76 (long side
1,700–2,300 px). Three documents are image-only PDFs (a degraded scan as the only page content).

## Truth conventions

- `amount` is the net before tax as printed; `vat` is the sum of all taxes printed (CGST+SGST,
  TPS+TVQ, several VAT rates); `total` is the grand total of the document including tax.
  `amount + vat + tip + rounding == total` holds for every file (tip and rounding 0 unless the page
  prints them; the JSON has no tip/rounding keys — see the notes of r03, r04, r12 and i11).
- Tax-inclusive receipts: the tax printed per rate is computed as `gross × r / (100 + r)` rounded
  half-up (whole forints on the Hungarian receipt); `amount = total − vat`, which is also the net the
  receipt prints in its tax table.
- A tip is part of `total` (r03: total = the signed TOTAL incl. tip, amount = SUBTOTAL, vat = TAX).
- Cash rounding is part of `total`: the keyed total is the amount to pay after the rounding line
  (r04 'À PAYER', r12 'ÖSSZESEN FIZETENDŐ'); i11's 'Round Off' line is likewise inside the total.
- Deposits, amounts already paid and previous balances are not subtracted: i03 keys Total TTC,
  not 'Net à payer'; i02 keys the invoice total (equal to its Amount due).
- Credit notes print and are keyed with negative amounts (i10, `document_type` credit_note).
- Shipping/freight charged before tax is part of the net (i06 keys its printed 'Pre-tax Total').
- `invoice_number` is the document's own number exactly as printed, including prefixes and
  spaces (`FT 2026/0412`, `FS A/4521`); for receipts the receipt/bill/check/ticket number. i09
  prints its number only in the title ("Faktura VAT nr FV/112/02/2026"). r02's number begins with
  the Greek capital Alpha (U+0391), as printed.
- `due_date` only when a due date is printed (i11 prints '45 Days' terms only → null; i10 has
  none). `vendor_name` is the seller as printed with its legal form.
- `line_items`: description, quantity, unit price and line amount as printed (net on invoices,
  gross on tax-inclusive receipts; credit-note lines negative); amounts with two decimals, whole-
  currency amounts keyed with `.00`. Lines are keyed once even where a receipt repeats them.
- `currency` is ISO 4217 even where the page prints a symbol (`$` on the Mexican receipt is MXN) or
  nothing (the Turkish receipt is TRY). `locale` is language-country of the document.
"""


def readme(truths: dict[str, dict], out: Path) -> None:
    by = {s.name: s for s in SPECS}
    rows = [
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, t in truths.items():
        s = by[name]
        kind = f"{t['kind']} ({s.ext})"
        rows.append(
            f"| {name}.{s.ext} | {kind} | {s.country} | {t['document_type']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    mix = ["| kind | invoices | receipts | all |", "|---|---|---|---|"]
    for kind in ("pdf", "scan", "photo"):
        ni = sum(1 for n, t in truths.items() if t["kind"] == kind and n.startswith("i"))
        nr = sum(1 for n, t in truths.items() if t["kind"] == kind and n.startswith("r"))
        mix.append(f"| {kind} | {ni} | {nr} | {ni + nr} |")
    mix.append(
        f"| all | {sum(1 for n in truths if n.startswith('i'))} | {sum(1 for n in truths if n.startswith('r'))} | {len(truths)} |"
    )
    img_pdf = [n for n in truths if by[n].ext == "pdf" and truths[n]["kind"] != "pdf"]
    countries = sorted({by[n].country for n in truths})
    curr = sorted({t["currency"] for t in truths.values()})
    locs = sorted({t["locale"] for t in truths.values()})
    text = README_HEAD + "\n## Mix\n\n" + "\n".join(mix) + "\n\n"
    text += f"Image-only PDFs (counted as scan): {', '.join(img_pdf)}. Multi-page PDFs: i01, i08. Credit notes: i10.\n\n"
    text += f"{len(countries)} countries: {', '.join(countries)}.\n\nCurrencies: {', '.join(curr)}.\n\nLocales: {', '.join(locs)}.\n\n"
    text += "## Documents\n\n" + "\n".join(rows) + "\n"
    (out / "README.md").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None, help="build one document, e.g. i03")
    args = ap.parse_args(argv)
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    specs = [s for s in SPECS if args.only in (None, s.name)]
    if not specs:
        raise SystemExit(f"unknown document {args.only!r}")
    truths = {}
    for s in specs:
        truths[s.name] = build(s, out)
        check(truths[s.name])
        print(s.name, s.kind, truths[s.name]["total"], truths[s.name]["currency"])
    if args.only is None:
        readme(truths, out)


if __name__ == "__main__":
    main()
