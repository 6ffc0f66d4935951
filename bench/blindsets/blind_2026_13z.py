# ruff: noqa: E501
"""Blind set 2026-13z: many lines and several tax rates (wholesale, B2B supply, the big shop).

Run from the repository root:  python -m bench.blindsets.blind_2026_13z [OUTDIR] [--only NAME]
Every random choice is seeded with the CRC-32 of the document's name, so re-runs are byte-identical.
"""

from __future__ import annotations

import io
import json
import random
import sys
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
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

D = Decimal
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_TTF = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
}
for _n, _f in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, str(FONT_DIR / _f)))
STD_FONTS = {
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Courier",
    "Courier-Bold",
}


class LayoutError(Exception):
    """A text run leaves the page, overflows its cell or overlaps another run."""


# ----------------------------------------------------------------------------- numbers and dates


def qd(x, dec: int = 2) -> Decimal:
    """Round half up to `dec` decimals."""
    return D(x).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def key(x) -> str:
    """Truth amounts: always two decimals."""
    return str(qd(x, 2))


SEPS = {
    "de": (".", ","),
    "fr": (" ", ","),
    "ch": ("'", "."),
    "en": (",", "."),
    "in": (",", "."),
    "plain": ("", "."),
    "plainc": ("", ","),
    "sp": (" ", "."),
}


def nf(v, style: str = "en", dec: int = 2, trailing_minus: bool = False) -> str:
    """Format a number the local way."""
    v = qd(v, dec)
    neg = v < 0
    s = f"{abs(v):.{dec}f}"
    whole, _, frac = s.partition(".")
    th, dp = SEPS[style]
    if style == "in" and len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        whole = ",".join([*groups, tail])
    elif th:
        parts = []
        while len(whole) > 3:
            parts.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = th.join([whole, *parts])
    out = whole + (dp + frac if dec else "")
    if neg:
        return out + "-" if trailing_minus else "-" + out
    return out


def qtys(q) -> str:
    """Quantity for the truth JSON."""
    q = D(q)
    return str(q.normalize()) if q == q.to_integral() else str(q)


def dfmt(d: date, pat: str, months: list[str] | None = None) -> str:
    """Date with a strftime-like pattern; %B uses the given month names."""
    if months and "%B" in pat:
        pat = pat.replace("%B", months[d.month - 1])
    return d.strftime(pat)


# ----------------------------------------------------------------------------- drawing


@dataclass
class Run:
    x0: float
    top: float
    x1: float
    bot: float
    s: str


@dataclass
class Doc:
    """Records drawing operations in top-down coordinates; checks the layout; writes the PDF."""

    w: float
    h: float | None = None
    pages: list[list[tuple]] = field(default_factory=lambda: [[]])
    margin: float = 4.0
    y: float = 0.0  # cursor for roll receipts

    @property
    def ops(self) -> list[tuple]:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append([])

    @staticmethod
    def width(s: str, font: str, size: float) -> float:
        return pdfmetrics.stringWidth(s, font, size)

    def text(self, x, y, s, font="Helvetica", size=9.0, align="l", color=black, maxw=None) -> float:
        s = str(s)
        if font in STD_FONTS:
            try:
                s.encode("cp1252")
            except UnicodeEncodeError as e:
                raise LayoutError(f"{s!r} not encodable in {font}") from e
        w = self.width(s, font, size)
        if maxw is not None and w > maxw + 0.01:
            raise LayoutError(f"{s!r} ({w:.1f}pt) overflows its cell ({maxw:.1f}pt)")
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        self.ops.append(("text", x0, y, s, font, size, color, w))
        return w

    def line(self, x1, y1, x2, y2, width=0.5, color=black, dash=None) -> None:
        self.ops.append(("line", x1, y1, x2, y2, width, color, dash))

    def rect(self, x, y, w, h, stroke=True, fill=None, width=0.5, color=black) -> None:
        self.ops.append(("rect", x, y, w, h, stroke, fill, width, color))

    def circle(self, x, y, r, stroke=True, fill=None, width=0.8, color=black) -> None:
        self.ops.append(("circle", x, y, r, stroke, fill, width, color))

    def poly(self, pts, fill, color=black) -> None:
        self.ops.append(("poly", pts, fill, color))

    def qr(self, x, y, size, seed, n=25) -> None:
        """A QR-like block of modules (a drawing, not text)."""
        r = random.Random(seed)
        m = size / n
        self.rect(x - m, y - m, size + 2 * m, size + 2 * m, stroke=False, fill=white)
        for i in range(n):
            for j in range(n):
                finder = any(
                    a <= i < a + 7 and b <= j < b + 7 for a, b in ((0, 0), (0, n - 7), (n - 7, 0))
                )
                if finder:
                    di = min(i % (n - 7) if i >= n - 7 else i, 6)
                    dj = min(j % (n - 7) if j >= n - 7 else j, 6)
                    on = di in (0, 6) or dj in (0, 6) or (2 <= di <= 4 and 2 <= dj <= 4)
                else:
                    on = r.random() < 0.5
                if on:
                    self.rect(x + j * m, y + i * m, m, m, stroke=False, fill=black)

    def barcode(self, x, y, w, h, seed) -> None:
        r = random.Random(seed)
        xx = x
        while xx < x + w - 3:
            bw = r.choice((0.6, 0.6, 1.2, 1.8))
            if xx + bw > x + w:
                break
            self.rect(xx, y, bw, h, stroke=False, fill=black)
            xx += bw + r.choice((0.6, 1.2, 1.8))

    # --- checking and writing
    def _runs(self, ops) -> list[Run]:
        return [
            Run(o[1], o[2] - 0.76 * o[5], o[1] + o[7], o[2] + 0.24 * o[5], o[3])
            for o in ops
            if o[0] == "text"
        ]

    def check(self, h: float) -> None:
        for p, ops in enumerate(self.pages):
            runs = self._runs(ops)
            for r in runs:
                if (
                    r.x0 < self.margin
                    or r.x1 > self.w - self.margin
                    or r.top < self.margin
                    or r.bot > h - self.margin
                ):
                    raise LayoutError(
                        f"page {p + 1}: {r.s!r} leaves the page ({r.x0:.1f},{r.top:.1f},{r.x1:.1f},{r.bot:.1f})"
                    )
            runs.sort(key=lambda r: r.top)
            for i, a in enumerate(runs):
                for b in runs[i + 1 :]:
                    if b.top >= a.bot - 0.4:
                        break
                    if a.x0 < b.x1 - 0.4 and b.x0 < a.x1 - 0.4 and a.top < b.bot - 0.4:
                        raise LayoutError(f"page {p + 1}: {a.s!r} overlaps {b.s!r}")

    def save(self, path: Path, title: str) -> None:
        h = self.h if self.h is not None else self.y + 10 * mm
        self.check(h)
        c = canvas.Canvas(
            str(path) if isinstance(path, Path) else path, pagesize=(self.w, h), invariant=1
        )
        c.setTitle(title)
        c.setAuthor("")
        for ops in self.pages:
            for o in ops:
                _draw(c, o, h)
            c.showPage()
        c.save()


def _draw(c, o, h) -> None:
    kind = o[0]
    if kind == "text":
        _, x, y, s, font, size, color, _w = o
        c.setFillColor(color)
        c.setFont(font, size)
        c.drawString(x, h - y, s)
    elif kind == "line":
        _, x1, y1, x2, y2, width, color, dash = o
        c.setStrokeColor(color)
        c.setLineWidth(width)
        c.setDash(*(dash or ([], 0)))
        c.line(x1, h - y1, x2, h - y2)
        c.setDash([], 0)
    elif kind == "rect":
        _, x, y, w, hh, stroke, fill, width, color = o
        c.setStrokeColor(color)
        c.setLineWidth(width)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, h - y - hh, w, hh, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
    elif kind == "circle":
        _, x, y, r, stroke, fill, width, color = o
        c.setStrokeColor(color)
        c.setLineWidth(width)
        if fill is not None:
            c.setFillColor(fill)
        c.circle(x, h - y, r, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
    elif kind == "poly":
        _, pts, fill, color = o
        p = c.beginPath()
        p.moveTo(pts[0][0], h - pts[0][1])
        for x, y in pts[1:]:
            p.lineTo(x, h - y)
        p.close()
        c.setFillColor(fill)
        c.setStrokeColor(color)
        c.drawPath(p, stroke=0, fill=1)


def rgb(hexs: str) -> Color:
    hexs = hexs.lstrip("#")
    return Color(int(hexs[0:2], 16) / 255, int(hexs[2:4], 16) / 255, int(hexs[4:6], 16) / 255)


GREY = rgb("#555555")
LIGHT = rgb("#e8e8e8")


@dataclass
class Col:
    title: str
    w: float
    align: str = "l"


def table(
    d: Doc,
    x: float,
    y: float,
    cols: list[Col],
    rows: list[list[str]],
    font="Helvetica",
    size=8.0,
    lh=11.0,
    hfont="Helvetica-Bold",
    hsize=None,
    grid=False,
    zebra=None,
    hfill=None,
    hcolor=black,
    pad=2.5,
) -> float:
    """Draw a table; every cell must fit its column. Returns the y below the table."""
    hsize = hsize or size
    total_w = sum(c.w for c in cols)
    top = y
    if hfill is not None:
        d.rect(x, y, total_w, lh + 2, stroke=False, fill=hfill)
    yy = y + lh - 2.5
    cx = x
    for c in cols:
        tx = cx + pad if c.align == "l" else (cx + c.w - pad if c.align == "r" else cx + c.w / 2)
        d.text(tx, yy, c.title, hfont, hsize, c.align, hcolor, maxw=c.w - 2 * pad + 0.5)
        cx += c.w
    y += lh + 2
    if not grid:
        d.line(x, y, x + total_w, y, 0.6)
    for i, row in enumerate(rows):
        if zebra is not None and i % 2 == 1:
            d.rect(x, y, total_w, lh, stroke=False, fill=zebra)
        cx = x
        for c, cell in zip(cols, row, strict=True):
            if cell:
                tx = (
                    cx + pad
                    if c.align == "l"
                    else (cx + c.w - pad if c.align == "r" else cx + c.w / 2)
                )
                d.text(tx, y + lh - 3, cell, font, size, c.align, maxw=c.w - 2 * pad + 0.5)
            cx += c.w
        y += lh
    if grid:
        d.rect(x, top, total_w, y - top, width=0.5)
        cx = x
        for c in cols[:-1]:
            cx += c.w
            d.line(cx, top, cx, y, 0.4)
        d.line(x, top + lh + 2, x + total_w, top + lh + 2, 0.5)
    else:
        d.line(x, y + 1, x + total_w, y + 1, 0.6)
    return y + 3


def kv(
    d: Doc,
    xl: float,
    xr: float,
    y: float,
    pairs,
    font="Helvetica",
    bfont="Helvetica-Bold",
    size=9.0,
    lh=12.0,
    bold_last=True,
    lalign="l",
) -> float:
    """Label/value pairs, label at xl, value right-aligned at xr."""
    for i, (k, v) in enumerate(pairs):
        f = bfont if bold_last and i == len(pairs) - 1 else font
        d.text(xl, y, k, f, size, lalign)
        d.text(xr, y, v, f, size, "r")
        y += lh
    return y


def lines_block(
    d: Doc, x: float, y: float, lines, font="Helvetica", size=8.5, lh=10.5, align="l", color=black
) -> float:
    for s in lines:
        if s:
            d.text(x, y, s, font, size, align, color)
        y += lh
    return y


# ----------------------------------------------------------------------------- content helpers


@dataclass
class Item:
    code: str
    desc: str
    unit: str
    qty: Decimal
    price: Decimal
    tax: str
    disc: Decimal = field(default_factory=Decimal)
    amt: Decimal = field(default_factory=Decimal)
    pack: str = ""


def catalog(text: str) -> list[tuple[str, ...]]:
    return [
        tuple(p.strip() for p in ln.split("|")) for ln in text.strip().splitlines() if ln.strip()
    ]


def pick_items(
    rng: random.Random,
    cat: list[tuple[str, ...]],
    n: int,
    dec: int = 2,
    qmax: int = 24,
    disc_p: float = 0.0,
    discs=(2, 3, 5, 10),
    codefmt="{}",
) -> list[Item]:
    """cat rows: code|desc|unit|price|tax[|pack]. Quantity: weights for kg/m/l sometimes fractional."""
    rows = rng.sample(cat, n) if n <= len(cat) else [rng.choice(cat) for _ in range(n)]
    out = []
    for row in rows:
        code, desc, unit, price, tax = row[:5]
        pack = row[5] if len(row) > 5 else ""
        if unit in ("kg", "m", "l") and rng.random() < 0.5:
            q = (
                D(rng.randint(5, 400)) / D(10)
                if unit != "kg"
                else D(rng.randint(1000, 60000)) / D(1000)
            )
        else:
            q = D(
                rng.choice(
                    [1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30, 40, 50][
                        : max(3, min(17, qmax))
                    ]
                )
            )
        p = qd(D(price) * D(rng.randint(92, 108)) / 100, dec)
        disc = D(rng.choice(discs)) if rng.random() < disc_p else D(0)
        amt = qd(q * p * (100 - disc) / 100, dec)
        out.append(Item(codefmt.format(code), desc, unit, q, p, tax, disc, amt, pack))
    return out


def tax_groups(
    pairs, rates: dict[str, Decimal], incl: bool = False, dec: int = 2
) -> list[tuple[str, Decimal, Decimal, Decimal, Decimal]]:
    """pairs: (tax code, amount). Returns (code, rate, net, vat, gross) per code, in rates order."""
    sums: dict[str, Decimal] = {}
    for code, a in pairs:
        sums[code] = sums.get(code, D(0)) + a
    out = []
    for code, r in rates.items():
        if code not in sums:
            continue
        s = sums[code]
        if incl:
            vat = qd(s * r / (100 + r), dec)
            out.append((code, r, s - vat, vat, s))
        else:
            vat = qd(s * r / 100, dec)
            out.append((code, r, s, vat, s + vat))
    return out


def rs(r: Decimal, style: str = "en") -> str:
    """A tax rate without needless zeros: 7, 5.5, 13.5, 8.1."""
    s = str(D(r).normalize())
    if "E" in s:
        s = str(int(r))
    return s.replace(".", ",") if style in ("de", "fr", "plainc") else s


def li(desc: str, qty, price, amt) -> dict:
    return {
        "description": desc,
        "quantity": qtys(qty),
        "unit_price": key(price),
        "amount": key(amt),
    }


@dataclass
class Truth:
    number: str | None
    inv_date: date
    due: date | None
    vendor: str
    amount: Decimal
    vat: Decimal | None
    total: Decimal
    currency: str
    locale: str
    layout: str
    doctype: str
    items: list[dict]
    note: str
    country: str
    type_: str
    tip: Decimal = field(default_factory=Decimal)
    rounding: Decimal = field(default_factory=Decimal)

    def check(self) -> None:
        v = self.vat if self.vat is not None else D(0)
        if self.amount + v + self.tip + self.rounding != self.total:
            raise AssertionError(
                f"{self.vendor}: {self.amount} + {v} + {self.tip} + {self.rounding} != {self.total}"
            )

    def as_json(self, kind: str) -> dict:
        return {
            "invoice_number": self.number,
            "invoice_date": self.inv_date.isoformat(),
            "due_date": self.due.isoformat() if self.due else None,
            "vendor_name": self.vendor,
            "amount": key(self.amount),
            "vat": key(self.vat) if self.vat is not None else None,
            "total": key(self.total),
            "currency": self.currency,
            "locale": self.locale,
            "layout": self.layout,
            "document_type": self.doctype,
            "line_items": self.items,
            "note": self.note,
            "kind": kind,
        }


# ----------------------------------------------------------------------------- images


def render(pdf: bytes, dpi: int, page: int = 0) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    img = doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    return np.asarray(img).copy()


def scan(
    img: np.ndarray,
    rng: random.Random,
    grey: bool = True,
    skew: float | None = None,
    blur: float = 0.7,
    noise: float = 5.0,
    specks: int = 60,
    fade: bool = False,
    width: int | None = None,
) -> np.ndarray:
    """A flatbed scan: skew, paper tone, blur, noise, specks, thermal fading, downscale."""
    nr = np.random.default_rng(rng.randrange(1 << 30))
    a = img.astype(np.float32)
    h, w = a.shape[:2]
    if fade:  # thermal paper: ink fades unevenly, lighter towards one end
        ink = 255.0 - a
        yy = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
        f = 0.92 - 0.3 * (yy if rng.random() < 0.5 else 1 - yy)
        f = f + 0.06 * np.sin(np.linspace(0, rng.uniform(2, 6), w, dtype=np.float32))[None, :, None]
        a = 255.0 - ink * np.clip(f, 0.5, 1.0)
    tone = np.array(
        [rng.uniform(238, 250), rng.uniform(236, 248), rng.uniform(228, 244)], np.float32
    )
    a = a * (tone / 255.0)
    skew = rng.uniform(-2, 2) if skew is None else skew
    m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    a = cv2.warpAffine(
        a,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=tuple(float(t) for t in tone),
    )
    if blur > 0:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = a + nr.normal(0, noise, a.shape[:2])[:, :, None].astype(np.float32)
    for _ in range(specks):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.choice((1, 1, 1, 2, 2, 3))
        cv2.circle(a, (x, y), r, (rng.uniform(40, 140),) * 3, -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    if grey:
        a = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    if width and a.shape[1] > width:
        nh = round(a.shape[0] * width / a.shape[1])
        a = cv2.resize(a, (width, nh), interpolation=cv2.INTER_AREA)
    return a


def texture(rng: random.Random, h: int, w: int) -> np.ndarray:
    nr = np.random.default_rng(rng.randrange(1 << 30))
    kind = rng.choice(("wood", "desk", "cloth"))
    if kind == "wood":
        base = np.array(
            [rng.uniform(120, 160), rng.uniform(80, 105), rng.uniform(45, 65)], np.float32
        )
        yy = np.arange(h, dtype=np.float32)[:, None]
        grain = np.sin(
            yy / rng.uniform(6, 14)
            + 3 * np.sin(np.arange(w, dtype=np.float32)[None, :] / rng.uniform(150, 300))
        )
        t = base[None, None, :] * (0.85 + 0.12 * grain[:, :, None])
    elif kind == "desk":
        base = np.array([rng.uniform(70, 110)] * 3, np.float32) + np.array([0, 4, 10], np.float32)
        t = np.broadcast_to(base, (h, w, 3)).astype(np.float32).copy()
    else:
        base = np.array(
            [rng.uniform(40, 90), rng.uniform(60, 100), rng.uniform(90, 140)], np.float32
        )
        xx = np.arange(w, dtype=np.float32)[None, :]
        yy = np.arange(h, dtype=np.float32)[:, None]
        weave = 0.5 * (np.sin(xx / 1.7) + np.sin(yy / 1.7))
        t = base[None, None, :] * (0.9 + 0.06 * weave[:, :, None])
    n = nr.normal(0, 1, (h // 8 + 1, w // 8 + 1)).astype(np.float32)
    n = cv2.resize(n, (w, h), interpolation=cv2.INTER_CUBIC)[:h, :w]
    return t + 8 * n[:, :, None]


def photo(
    img: np.ndarray,
    rng: random.Random,
    long_side: int | None = None,
    fold: bool = False,
    quality: int | None = None,
) -> tuple[np.ndarray, int]:
    """A phone photo: paper on a textured surface, perspective, uneven light, shadow, folds."""
    nr = np.random.default_rng(rng.randrange(1 << 30))
    a = img.astype(np.float32)
    h, w = a.shape[:2]
    if fold:  # creases: a thin dark/bright pair across the sheet
        for k in (1, 2) if h > w * 1.2 else (1,):
            y0 = int(h * k / 3 + rng.uniform(-0.02, 0.02) * h)
            prof = np.zeros(h, np.float32)
            idx = np.arange(h)
            prof += -14 * np.exp(-((idx - y0) ** 2) / 8.0) + 8 * np.exp(
                -((idx - y0 - 5) ** 2) / 30.0
            )
            a += prof[:, None, None]
    long_side = long_side or rng.randint(1500, 2300)
    oh = long_side
    ow = round(long_side * min(max(w / h * 1.25, 0.56), 0.8))
    scale = min(0.9 * oh / h, 0.88 * ow / w)
    dw, dh = w * scale, h * scale
    cx, cy = ow / 2 + rng.uniform(-0.03, 0.03) * ow, oh / 2 + rng.uniform(-0.02, 0.02) * oh
    j = 0.035
    dst = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j) * dw, cy - dh / 2 + rng.uniform(-j, j) * dh],
            [cx + dw / 2 + rng.uniform(-j, j) * dw, cy - dh / 2 + rng.uniform(-j, j) * dh],
            [cx + dw / 2 + rng.uniform(-j, j) * dw, cy + dh / 2 + rng.uniform(-j, j) * dh],
            [cx - dw / 2 + rng.uniform(-j, j) * dw, cy + dh / 2 + rng.uniform(-j, j) * dh],
        ]
    )
    dst[:, 0] = np.clip(dst[:, 0], 4, ow - 4)
    dst[:, 1] = np.clip(dst[:, 1], 4, oh - 4)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    mtx = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, mtx, (ow, oh), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), mtx, (ow, oh), flags=cv2.INTER_LINEAR)
    bg = texture(rng, oh, ow)
    sh = cv2.GaussianBlur(
        np.roll(np.roll(mask, rng.randint(6, 18), 0), rng.randint(-14, 14), 1), (0, 0), 12
    )
    bg = bg * (1 - 0.5 * sh[:, :, None])
    out = bg * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    xx = np.linspace(-1, 1, ow, dtype=np.float32)[None, :]
    yy = np.linspace(-1, 1, oh, dtype=np.float32)[:, None]
    gx, gy = rng.uniform(-0.18, 0.18), rng.uniform(-0.18, 0.18)
    light = 1.0 + gx * xx + gy * yy - 0.12 * (xx**2 + yy**2)
    if rng.random() < 0.6:  # a soft shadow of the phone or a hand
        sx, sy = rng.uniform(-1, 1), rng.uniform(-1, 1)
        light -= 0.22 * np.exp(-(((xx - sx) ** 2) / 0.3 + ((yy - sy) ** 2) / 0.5))
    out = (
        out
        * light[:, :, None]
        * np.array([1.0, rng.uniform(0.96, 1.0), rng.uniform(0.88, 0.97)], np.float32)
    )
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 0.9))
    out = out + nr.normal(0, 3.5, out.shape).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8), quality or rng.randint(60, 80)


def png_bytes(a: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, "PNG", optimize=False, compress_level=6)
    return buf.getvalue()


def image_pdf(a: np.ndarray, path: Path, pagesize) -> None:
    """An image-only PDF: the degraded scan is the page's only content."""
    c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1)
    img = Image.fromarray(a)
    c.drawImage(ImageReader(img), 0, 0, pagesize[0], pagesize[1])
    c.showPage()
    c.save()


# ============================================================================= invoices

CAT_DE_FOOD = catalog("""
401120|Weizenmehl Type 405|Sack|13.90|1|25 kg
401310|Zucker Raffinade|Sack|24.50|1|25 kg
402205|Sonnenblumenöl|Kan|21.80|1|10 l
403118|Spaghetti Nr. 5|Kart|16.40|1|12x500 g
403540|Basmati Reis|Sack|29.90|1|10 kg
404710|Tomaten passiert|Kart|11.20|1|6x2,5 kg
405002|Gouda jung am Stück|kg|7.45|1|
405090|Butter Deutsche Markenbutter|Kart|68.00|1|40x250 g
405310|Schlagsahne 30 %|Kart|27.60|1|10x1 l
406120|Hähnchenbrustfilet TK|Kart|42.80|1|5 kg
406300|Pommes frites 10 mm TK|Kart|17.90|1|4x2,5 kg
407015|Kaffee Crema Bohne|Pack|16.90|1|1 kg
407210|Mineralwasser medium|Ki|6.20|2|12x0,7 l
407230|Apfelschorle|Ki|9.40|2|12x1,0 l
407301|Cola Glas|Ki|11.60|2|24x0,33 l
407480|Pils Fass|Fass|89.00|2|50 l
408100|Spülmittel Profi|Kan|18.30|2|10 l
408150|Müllbeutel 120 l|Rolle|4.70|2|25 St
408220|Servietten 3-lagig|Kart|23.40|2|1000 St
408400|Alufolie 30 cm|Rolle|7.90|2|150 m
409010|Eier Bodenhaltung Gr. M|Kart|38.50|1|180 St
409120|Kartoffeln festkochend|Sack|12.60|1|12,5 kg
409200|Zwiebeln gelb|Sack|9.80|1|10 kg
409310|Speisequark 20 %|Eimer|9.90|1|5 kg
409505|Mayonnaise 80 %|Eimer|19.70|1|5 l
409610|Senf mittelscharf|Eimer|8.40|1|5 kg
409700|Ketchup|Kart|22.10|1|6x875 ml
410050|Orangensaft 100 %|Kart|14.80|2|6x1 l
410200|Gewürzgurken|Kart|15.20|1|3x2,6 kg
410300|Rinderhack TK|Kart|54.60|1|6 kg
410410|Lachsfilet TK|Kart|79.00|1|5 kg
410500|Vanilleeis|Schale|12.40|1|5 l
410620|Frischhaltefolie 45 cm|Rolle|12.20|2|300 m
410700|Handtuchpapier|Kart|26.40|2|20x160 Bl
410810|Espresso Bohne|Pack|19.80|1|1 kg
""")


def i01(rng: random.Random) -> tuple[Doc, Truth]:
    """DE food wholesale, two pages with carried-forward subtotal, 7/19 % key column, crate deposit, Skonto."""
    d = Doc(*A4)
    items = pick_items(rng, CAT_DE_FOOD, 30, disc_p=0.25, discs=(3, 5, 8))
    dep_n = sum(int(it.qty) for it in items if it.unit in ("Ki", "Fass"))
    deposit = Item(
        "990001", "Pfand Kisten/Fässer", "St", D(dep_n), D("3.10"), "2", D(0), qd(dep_n * D("3.10"))
    )
    items.append(deposit)
    rates = {"1": D(7), "2": D(19)}
    maut = D("18.50")
    goods = sum(it.amt for it in items)
    groups = tax_groups([(it.tax, it.amt) for it in items] + [("2", maut)], rates)
    net = goods + maut
    vat = sum(g[3] for g in groups)
    total = net + vat
    inv_date = date(2026, 2, rng.randint(2, 26))
    due = inv_date + timedelta(days=30)
    sk = inv_date + timedelta(days=10)
    number = f"RE-26-{rng.randint(100000, 199999)}"
    vendor = "Frischdienst Rheinland GmbH & Co. KG"
    # header
    d.rect(40, 36, 56, 40, stroke=False, fill=rgb("#1d6b3a"))
    d.text(68, 62, "FR", "Helvetica-Bold", 22, "c", white)
    d.text(104, 52, "Frischdienst Rheinland", "Helvetica-Bold", 17, color=rgb("#1d6b3a"))
    d.text(
        104,
        68,
        "Großhandel für Gastronomie und Gemeinschaftsverpflegung",
        "Helvetica",
        8.5,
        color=GREY,
    )
    d.text(
        40,
        100,
        "Frischdienst Rheinland GmbH & Co. KG · Industriestraße 41 · 50829 Köln",
        "Helvetica",
        6.5,
        color=GREY,
    )
    lines_block(
        d,
        40,
        118,
        ["Gasthaus Zur Linde", "Inh. Markus Pohl", "Lindenplatz 3", "53773 Hennef (Sieg)"],
        size=10,
        lh=13,
    )
    kv(
        d,
        370,
        555,
        110,
        [
            ("Rechnungs-Nr.", number),
            ("Rechnungsdatum", inv_date.strftime("%d.%m.%Y")),
            ("Lieferdatum", (inv_date - timedelta(days=1)).strftime("%d.%m.%Y")),
            ("Kunden-Nr.", "20 4471"),
            ("Tour / Fahrer", "T07 / Kowalski"),
            ("Seite", "1 von 2"),
        ],
        size=8.5,
        lh=11.5,
        bold_last=False,
    )
    d.text(40, 200, "Rechnung", "Helvetica-Bold", 15)
    cols = [
        Col("Pos", 20, "r"),
        Col("Art.-Nr.", 40),
        Col("Bezeichnung", 182),
        Col("Gebinde", 52),
        Col("Menge", 38, "r"),
        Col("ME", 32),
        Col("Einzelpr.", 46, "r"),
        Col("Rab.%", 30, "r"),
        Col("Betrag €", 56, "r"),
        Col("St", 19, "c"),
    ]

    def row(i, it):
        return [
            str(i),
            it.code,
            it.desc,
            it.pack,
            nf(it.qty, "de", 3 if it.unit == "kg" and it.qty != it.qty.to_integral() else 0),
            it.unit,
            nf(it.price, "de"),
            nf(it.disc, "de", 1) if it.disc else "",
            nf(it.amt, "de"),
            it.tax,
        ]

    split = 19
    y = table(
        d,
        40,
        212,
        cols,
        [row(i + 1, it) for i, it in enumerate(items[:split])],
        size=7.6,
        lh=11.2,
        hsize=7.6,
        hfill=LIGHT,
    )
    carry = sum(it.amt for it in items[:split])
    d.text(370, y + 10, "Übertrag", "Helvetica-Bold", 8.5)
    d.text(531, y + 10, nf(carry, "de"), "Helvetica-Bold", 8.5, "r")
    d.text(
        297,
        800,
        "Frischdienst Rheinland GmbH & Co. KG · Sitz Köln · HRA 31872 · USt-IdNr. DE 284 119 605",
        "Helvetica",
        6.5,
        "c",
        GREY,
    )
    d.text(
        297,
        810,
        "Sparkasse KölnBonn · IBAN DE41 3705 0198 1932 4471 02 · BIC COLSDE33XXX",
        "Helvetica",
        6.5,
        "c",
        GREY,
    )
    d.new_page()
    d.text(40, 50, "Frischdienst Rheinland", "Helvetica-Bold", 11, color=rgb("#1d6b3a"))
    d.text(555, 50, f"Rechnung {number} · Seite 2 von 2", "Helvetica", 8.5, "r")
    d.text(370, 80, "Übertrag von Seite 1", "Helvetica-Bold", 8.5)
    d.text(531, 80, nf(carry, "de"), "Helvetica-Bold", 8.5, "r")
    y = table(
        d,
        40,
        90,
        cols,
        [row(i + 1 + split, it) for i, it in enumerate(items[split:])],
        size=7.6,
        lh=11.2,
        hsize=7.6,
        hfill=LIGHT,
    )
    y = kv(
        d,
        340,
        555,
        y + 14,
        [
            ("Warenwert netto", nf(goods, "de")),
            ("Maut- und Energiezuschlag (St 2)", nf(maut, "de")),
            ("Summe netto", nf(net, "de")),
        ],
        size=8.5,
        lh=12,
        bold_last=True,
    )
    gcols = [
        Col("St", 22, "c"),
        Col("USt-Satz", 46, "r"),
        Col("Netto €", 66, "r"),
        Col("USt €", 56, "r"),
        Col("Brutto €", 66, "r"),
    ]
    y = table(
        d,
        299,
        y + 6,
        gcols,
        [
            [c, rs(r, "de") + " %", nf(n, "de"), nf(v, "de"), nf(g, "de")]
            for c, r, n, v, g in groups
        ],
        size=8,
        lh=11.5,
        grid=True,
    )
    d.rect(340, y + 4, 215, 20, stroke=False, fill=LIGHT)
    d.text(346, y + 18, "Rechnungsbetrag EUR", "Helvetica-Bold", 10)
    d.text(551, y + 18, nf(total, "de"), "Helvetica-Bold", 10, "r")
    y += 44
    skonto = qd(total * D("0.02"))
    y = lines_block(
        d,
        40,
        y,
        [
            f"Zahlbar bis {sk.strftime('%d.%m.%Y')} mit 2 % Skonto ({nf(skonto, 'de')} €) = {nf(total - skonto, 'de')} €,",
            f"bis {due.strftime('%d.%m.%Y')} netto ohne Abzug. Leergut bleibt unser Eigentum.",
            "St 1 = 7 % USt (Lebensmittel), St 2 = 19 % USt.",
        ],
        size=8.5,
        lh=11.5,
    )
    d.text(
        297,
        800,
        "Frischdienst Rheinland GmbH & Co. KG · Sitz Köln · HRA 31872 · USt-IdNr. DE 284 119 605",
        "Helvetica",
        6.5,
        "c",
        GREY,
    )
    d.text(
        297,
        810,
        "Sparkasse KölnBonn · IBAN DE41 3705 0198 1932 4471 02 · BIC COLSDE33XXX",
        "Helvetica",
        6.5,
        "c",
        GREY,
    )
    t = Truth(
        number,
        inv_date,
        due,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        [li(it.desc, it.qty, it.price, it.amt) for it in items],
        "Two pages with carried-forward subtotal (Übertrag); 31 lines, 7 % and 19 % by key column; crate deposit; toll surcharge in totals block; Skonto amount printed next to the total.",
        "DE",
        "food wholesale",
    )
    return d, t


CAT_FR_BAT = catalog("""
CIM35|Ciment gris CEM II 32,5 R|sac|7.95|T1|35 kg
PLA13|Plaque de plâtre BA13 2500x1200|u|6.40|T1|
RAIL48|Rail métallique R48 3 m|u|3.15|T1|
MONT48|Montant M48 2,80 m|u|3.60|T1|
LDV100|Laine de verre 100 mm R2,5|rlx|21.90|T1|5,4 m²
PAR20|Parpaing creux 20x20x50|u|1.42|T1|
SAB04|Sable 0/4 lavé|t|38.00|T1|
GRA620|Gravier 6/20|t|41.50|T1|
TRE10|Treillis soudé ST10 2,40x4,80|pn|27.90|T1|
FER10|Fer à béton HA10 6 m|u|6.85|T1|
ENDUI|Enduit de façade monocouche|sac|14.20|T1|25 kg
COLC|Colle carrelage C2 flex|sac|19.60|T1|25 kg
TUY100|Tube PVC évacuation Ø100 4 m|u|16.90|T1|
VIS35|Vis plaque TTPC 35 mm|bte|12.40|T1|1000
BOISCH|Bois de chauffage chêne 33 cm|st|96.00|T2|
GRANUL|Granulés de bois DIN+|sac|6.95|T2|15 kg
BRIQ|Bûches de bois compressé|pack|8.90|T2|10 kg
MADR|Madrier sapin 63x175 4 m|u|24.30|T1|
OSB18|Panneau OSB3 18 mm 2500x1250|u|29.80|T1|
""")


def i02(rng: random.Random) -> tuple[Doc, Truth]:
    """FR building materials merchant: 20 % and 10 % (firewood), exempt pallet deposit, grid table, TVA recap."""
    d = Doc(*A4)
    items = pick_items(rng, CAT_FR_BAT, 14, disc_p=0.3, discs=(5, 10, 12))
    pal = Item("CONSPAL", "Consigne palette bois", "u", D(rng.randint(2, 4)), D("15.00"), "T0")
    pal.amt = qd(pal.qty * pal.price)
    items.append(pal)
    rates = {"T1": D(20), "T2": D(10), "T0": D(0)}
    groups = tax_groups([(it.tax, it.amt) for it in items], rates)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    total = net + vat
    inv_date = date(2026, rng.randint(3, 5), rng.randint(1, 28))
    due = inv_date + timedelta(days=45)
    number = f"FA{inv_date.strftime('%y%m')}-{rng.randint(1000, 9999)}"
    vendor = "Matériaux du Val de Loire SAS"
    d.poly([(40, 80), (70, 34), (100, 80)], rgb("#b03a2e"))
    d.poly([(62, 80), (84, 48), (106, 80)], rgb("#7b241c"))
    d.text(116, 56, "Matériaux du Val de Loire", "Times-Bold", 18)
    lines_block(
        d,
        116,
        72,
        [
            "Négoce de matériaux de construction et bois de chauffage",
            "12, route de Chinon - 37300 Joué-lès-Tours - Tél. 02 47 53 18 90",
        ],
        "Times-Roman",
        9,
        11,
    )
    d.rect(385, 100, 170, 42, width=1)
    d.text(470, 116, "FACTURE", "Times-Bold", 13, "c")
    d.text(470, 133, f"N° {number}", "Times-Roman", 10, "c")
    lines_block(
        d,
        40,
        112,
        [
            f"Date : {inv_date.strftime('%d/%m/%Y')}",
            f"Échéance : {due.strftime('%d/%m/%Y')}",
            "Code client : C004127",
            "Bon de livraison : BL 58841 / 58852",
        ],
        "Times-Roman",
        10,
        13,
    )
    d.text(320, 170, "Client", "Times-Bold", 9, color=GREY)
    lines_block(
        d,
        320,
        184,
        [
            "SARL Bâti Rénov Touraine",
            "ZA des Granges, 8 rue Ampère",
            "37170 Chambray-lès-Tours",
            "TVA : FR 61 512 004 377",
        ],
        "Times-Roman",
        10,
        12.5,
    )
    cols = [
        Col("Réf.", 46),
        Col("Désignation", 186),
        Col("Cdt", 40),
        Col("Qté", 36, "r"),
        Col("U", 24, "c"),
        Col("P.U. HT", 48, "r"),
        Col("Rem.", 32, "r"),
        Col("Montant HT", 56, "r"),
        Col("TVA", 27, "c"),
    ]
    rows = [
        [
            it.code,
            it.desc,
            it.pack,
            nf(it.qty, "fr", 3 if it.unit == "t" else 0),
            it.unit,
            nf(it.price, "fr"),
            f"{int(it.disc)} %" if it.disc else "",
            nf(it.amt, "fr"),
            it.tax,
        ]
        for it in items
    ]
    y = table(d, 40, 250, cols, rows, "Times-Roman", 8.6, 13, "Times-Bold", grid=True, hfill=LIGHT)
    gcols = [
        Col("Code", 34, "c"),
        Col("Taux", 38, "r"),
        Col("Base HT", 64, "r"),
        Col("Montant TVA", 64, "r"),
    ]
    table(
        d,
        40,
        y + 16,
        gcols,
        [[c, nf(r, "fr", 1) + " %", nf(n, "fr"), nf(v, "fr")] for c, r, n, v, _g in groups],
        "Times-Roman",
        9,
        12.5,
        "Times-Bold",
        grid=True,
    )
    d.rect(375, y + 16, 180, 58, width=0.8)
    yy = kv(
        d,
        382,
        550,
        y + 31,
        [("Total HT", nf(net, "fr") + " €"), ("Total TVA", nf(vat, "fr") + " €")],
        "Times-Roman",
        "Times-Bold",
        10,
        13,
        bold_last=False,
    )
    d.rect(375, yy - 4, 180, 20, stroke=False, fill=LIGHT)
    d.text(382, yy + 9, "NET À PAYER TTC", "Times-Bold", 11)
    d.text(550, yy + 9, nf(total, "fr") + " €", "Times-Bold", 11, "r")
    lines_block(
        d,
        40,
        720,
        [
            "Règlement par virement à 45 jours date de facture. Pas d'escompte pour paiement anticipé.",
            "En cas de retard : pénalités au taux de 3 fois le taux d'intérêt légal et indemnité forfaitaire de 40 € (art. L441-10 C. com.).",
            "La consigne palette est remboursée au retour des palettes en bon état (hors champ de TVA).",
        ],
        "Times-Italic",
        8.2,
        10.5,
    )
    d.text(
        297,
        790,
        "SAS au capital de 250 000 € - RCS Tours 438 215 907 - SIRET 438 215 907 00029 - APE 4673A - TVA FR 27 438 215 907",
        "Times-Roman",
        7.2,
        "c",
        GREY,
    )
    d.text(
        297,
        800,
        "Crédit Agricole Touraine Poitou - IBAN FR76 1940 6370 1567 8912 0451 266 - BIC AGRIFRPP894",
        "Times-Roman",
        7.2,
        "c",
        GREY,
    )
    t = Truth(
        number,
        inv_date,
        due,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        [li(it.desc, it.qty, it.price, it.amt) for it in items],
        "TVA code column T1 20 % / T2 10 % (firewood) / T0 exempt pallet deposit; per-rate recap table; line discounts; space thousands and decimal comma.",
        "FR",
        "building materials",
    )
    return d, t


CAT_IT_HORECA = catalog("""
P0105|Spaghetti n.5 semola di grano duro|CT|14.40|4|24x500g
P0132|Penne rigate|CT|14.90|4|24x500g
F0210|Farina 00 per pizza|SC|18.60|4|25kg
O0301|Olio extra vergine di oliva|LT|8.95|4|
L0410|Latte UHT intero|CT|9.80|4|12x1l
M0520|Mozzarella fior di latte|KG|7.40|4|
T0602|Pomodori pelati|CT|22.50|4|6x2,5kg
S0710|Zucchero semolato|SC|11.20|10|10kg
C0805|Prosciutto cotto alta qualità|KG|11.90|10|
C0811|Salame Milano|KG|13.60|10|
V0901|Passata di pomodoro|CT|9.60|4|12x700g
Y1002|Yogurt bianco|CT|7.20|10|12x125g
K1101|Caffè in grani miscela bar|KG|17.80|22|
A1201|Acqua minerale naturale|CF|3.90|22|6x1,5l
A1215|Acqua frizzante vetro|CS|7.60|22|20x0,75l
B1301|Birra lager fusto|FS|78.00|22|20l
B1320|Aranciata vetro|CS|15.40|22|24x0,2l
V1401|Vino rosso Montepulciano|CT|29.50|22|6x0,75l
D1501|Detergente lavastoviglie|TN|24.90|22|10kg
D1520|Tovaglioli carta 33x33|CT|19.40|22|1600pz
G1601|Gelato fiordilatte vaschetta|VS|8.30|10|3kg
""")


def i03(rng: random.Random) -> tuple[Doc, Truth]:
    """IT Ho.Re.Ca. wholesaler: IVA 4/10/22 by column, riepilogo IVA, contributo trasporto, scadenze."""
    d = Doc(*A4)
    f, fb = "DVC", "DVCB"
    items = pick_items(rng, CAT_IT_HORECA, 22, disc_p=0.3, discs=(2, 5, 10))
    trasp = D("25.00")
    rates = {"4": D(4), "10": D(10), "22": D(22)}
    groups = tax_groups([(it.tax, it.amt) for it in items] + [("22", trasp)], rates)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    total = net + vat
    inv_date = date(2026, rng.randint(1, 6), rng.randint(1, 28))
    due = date(inv_date.year, inv_date.month + 1, 28) if inv_date.month < 12 else date(2027, 1, 28)
    number = f"{rng.randint(1200, 2900)}/FE"
    vendor = "Distribuzione Alimentare Bergamasca S.p.A."
    d.rect(40, 34, 515, 62, stroke=False, fill=rgb("#0b3d6e"))
    d.text(52, 62, "DAB", "DVB", 28, color=white)
    d.text(130, 54, vendor, fb, 12, color=white)
    d.text(
        130,
        70,
        "Via Provinciale 112 - 24040 Lallio (BG) - P.IVA 03128450162 - REA BG-351209",
        f,
        8,
        color=white,
    )
    d.text(
        130,
        84,
        "Tel. 035 691 244 - ordini@dab-horeca.it - PEC dab@pec.dab-horeca.it",
        f,
        8,
        color=white,
    )
    d.text(40, 124, "FATTURA DIFFERITA", fb, 13)
    kv(
        d,
        40,
        250,
        142,
        [
            ("Numero", number),
            ("Data", inv_date.strftime("%d/%m/%Y")),
            (
                "DDT n.",
                f"{rng.randint(8000, 8999)} del {(inv_date - timedelta(days=3)).strftime('%d/%m/%Y')}",
            ),
            ("Cod. cliente", "004512"),
        ],
        f,
        fb,
        9,
        12,
        bold_last=False,
    )
    d.rect(320, 116, 235, 72, width=0.6)
    d.text(328, 128, "Spett.le", f, 8, color=GREY)
    lines_block(
        d,
        328,
        142,
        [
            "Trattoria Al Vecchio Mulino S.n.c.",
            "di Rota Giuseppe & C.",
            "Via Mulini 7 - 24030 Almenno San Bartolomeo (BG)",
            "P.IVA 02877410168 - SDI M5UXCR1",
        ],
        f,
        9,
        11.5,
    )
    cols = [
        Col("Codice", 40),
        Col("Descrizione", 170),
        Col("Conf.", 50),
        Col("U.M.", 28, "c"),
        Col("Q.tà", 38, "r"),
        Col("Prezzo", 46, "r"),
        Col("Sc.%", 30, "r"),
        Col("Importo", 60, "r"),
        Col("IVA", 28, "c"),
    ]
    rows = [
        [
            it.code,
            it.desc,
            it.pack,
            it.unit,
            nf(it.qty, "de", 3 if it.qty != it.qty.to_integral() else 0),
            nf(it.price, "de", 3 if False else 2),
            nf(it.disc, "de") if it.disc else "",
            nf(it.amt, "de"),
            it.tax,
        ]
        for it in items
    ]
    y = table(d, 40, 204, cols, rows, f, 8, 11.5, fb, zebra=rgb("#eef3f8"), hfill=rgb("#d5e1ee"))
    d.text(80, y + 9, "Contributo spese di trasporto", f, 8)
    d.text(495, y + 9, nf(trasp, "de"), f, 8, "r")
    d.text(527, y + 9, "22", f, 8, "c")
    gcols = [Col("Aliquota", 50, "c"), Col("Imponibile", 70, "r"), Col("Imposta", 62, "r")]
    y2 = table(
        d,
        40,
        y + 26,
        gcols,
        [[f"{r} %", nf(n, "de"), nf(v, "de")] for _c, r, n, v, _g in groups],
        f,
        8.5,
        12,
        fb,
        grid=True,
    )
    kv(
        d,
        360,
        555,
        y + 38,
        [
            ("Totale imponibile", nf(net, "de")),
            ("Totale IVA", nf(vat, "de")),
            ("TOTALE FATTURA €", nf(total, "de")),
        ],
        f,
        fb,
        10,
        15,
    )
    lines_block(
        d,
        40,
        y2 + 14,
        [
            f"Pagamento: RiBa 30 gg fine mese - scadenza {due.strftime('%d/%m/%Y')} - importo {nf(total, 'de')}",
            "Banca: Credito Bergamasco - IBAN IT60 X054 2811 1010 0000 0123 456",
            "Contributo CONAI assolto ove dovuto. Copia di cortesia della fattura elettronica trasmessa allo SDI.",
        ],
        f,
        8,
        11,
    )
    t = Truth(
        number,
        inv_date,
        due,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "it-IT",
        "invoice",
        "invoice",
        [li(it.desc, it.qty, it.price, it.amt) for it in items],
        "Three IVA rates 4/10/22 per line; transport contribution outside the table taxed 22 %; riepilogo per aliquota; due date only in the payment line (RiBa).",
        "IT",
        "food/beverage wholesale (Ho.Re.Ca.)",
    )
    return d, t


CAT_ES_FARMA = catalog("""
6543218|Paracetamol 1 g 40 comprimidos EFG|ud|1.98|4
7124560|Ibuprofeno 600 mg 40 comp. recubiertos|ud|1.87|4
6998742|Omeprazol 20 mg 28 cápsulas EFG|ud|2.21|4
7003215|Amoxicilina 500 mg 30 cápsulas|ud|2.05|4
6820134|Enalapril 20 mg 28 comprimidos|ud|1.62|4
6590027|Metformina 850 mg 50 comp.|ud|1.74|4
7231548|Atorvastatina 40 mg 28 comp. EFG|ud|3.48|4
6611203|Salbutamol inhalador 100 mcg|ud|2.32|4
1501230|Tiras reactivas glucosa 50 ud|ud|19.40|4
1620419|Pañales adulto noche talla M 14 ud|paq|9.85|10
1633257|Mascarillas FFP2 caja 20 ud|caja|6.40|10
1645110|Apósitos estériles 10x10 cm 25 ud|caja|4.75|10
1690022|Tiritas surtidas 40 ud|ud|2.15|10
1705330|Crema solar SPF50+ 200 ml|ud|11.60|21
1712987|Champú anticaspa 250 ml|ud|6.35|21
1720045|Cepillo dental suave|ud|1.95|21
1730018|Leche corporal urea 10 % 400 ml|ud|7.80|21
1745566|Colutorio clorhexidina 500 ml|ud|4.20|21
1759023|Vitamina D3 gotas 20 ml|ud|8.10|10
1766901|Termómetro digital flexible|ud|3.95|10
""")


def i04(rng: random.Random) -> tuple[Doc, Truth]:
    """ES pharma distributor to a pharmacy: IVA 4/10/21 plus recargo de equivalencia 0,5/1,4/5,2; vat = IVA + RE."""
    d = Doc(*A4)
    items = pick_items(rng, CAT_ES_FARMA, 18, disc_p=0.35, discs=(3, 5, 8))
    for it in items:
        it.code = f"{it.code[:6]}.{it.code[6]}"
    re_rate = {"4": D("0.5"), "10": D("1.4"), "21": D("5.2")}
    rates = {"4": D(4), "10": D(10), "21": D(21)}
    groups = tax_groups([(it.tax, it.amt) for it in items], rates)
    re_amt = {c: qd(n * re_rate[c] / 100) for c, _r, n, _v, _g in groups}
    net = sum(g[2] for g in groups)
    iva = sum(g[3] for g in groups)
    re_t = sum(re_amt.values())
    vat = iva + re_t
    total = net + vat
    inv_date = date(2026, rng.randint(2, 10), rng.randint(1, 28))
    due = inv_date + timedelta(days=60)
    number = f"F26/{rng.randint(40000, 89999)}"
    vendor = "Cofarsur Distribución Farmacéutica, S.L."
    d.circle(62, 62, 22, fill=rgb("#0f8a5f"), stroke=False)
    d.rect(57, 48, 10, 28, stroke=False, fill=white)
    d.rect(48, 57, 28, 10, stroke=False, fill=white)
    d.text(94, 58, "COFARSUR", "Helvetica-Bold", 20, color=rgb("#0f8a5f"))
    d.text(94, 74, "Distribución Farmacéutica", "Helvetica", 9.5, color=GREY)
    lines_block(
        d,
        555,
        46,
        [
            vendor,
            "Pol. Ind. La Isla, C/ Río Viejo 24",
            "41703 Dos Hermanas (Sevilla)",
            "CIF B41876230 - Tel. 954 93 18 00",
        ],
        "Helvetica",
        8,
        10,
        "r",
    )
    d.line(40, 100, 555, 100, 1.2, rgb("#0f8a5f"))
    lines_block(
        d,
        40,
        120,
        [
            "",
            f"Nº factura: {number}",
            f"Fecha: {inv_date.strftime('%d-%m-%Y')}",
            f"Vencimiento: {due.strftime('%d-%m-%Y')}",
            "Albarán: 2026-A-31877",
        ],
        "Helvetica",
        9,
        12,
    )
    d.text(40, 120, "FACTURA", "Helvetica-Bold", 9)
    lines_block(
        d,
        320,
        120,
        [
            "Cliente 31008 - Farmacia",
            "Ldo. Antonio Ruiz Carmona",
            "Avda. de Andalucía 56",
            "14550 Montilla (Córdoba)",
            "NIF 30512874K - Recargo de equivalencia",
        ],
        "Helvetica",
        9,
        12,
    )
    cols = [
        Col("C.N.", 50),
        Col("Descripción", 196),
        Col("Uds.", 32, "r"),
        Col("P.V.L.", 46, "r"),
        Col("Dto.%", 34, "r"),
        Col("Importe", 58, "r"),
        Col("%IVA", 34, "r"),
        Col("%RE", 32, "r"),
    ]
    rows = [
        [
            it.code,
            it.desc,
            nf(it.qty, "de", 0),
            nf(it.price, "de"),
            nf(it.disc, "de") if it.disc else "",
            nf(it.amt, "de"),
            it.tax,
            nf(re_rate[it.tax], "de", 1),
        ]
        for it in items
    ]
    y = table(d, 40, 200, cols, rows, "Helvetica", 7.8, 11.5, hfill=rgb("#d8efe5"))
    gcols = [
        Col("Base imponible", 82, "r"),
        Col("% IVA", 40, "r"),
        Col("Cuota IVA", 62, "r"),
        Col("% R.E.", 40, "r"),
        Col("Cuota R.E.", 62, "r"),
    ]
    y = table(
        d,
        40,
        y + 14,
        gcols,
        [
            [nf(n, "de"), nf(r, "de", 2), nf(v, "de"), nf(re_rate[c], "de", 2), nf(re_amt[c], "de")]
            for c, r, n, v, _g in groups
        ],
        "Helvetica",
        8.5,
        12,
        grid=True,
    )
    kv(
        d,
        380,
        555,
        y + 10,
        [
            ("Total bases", nf(net, "de")),
            ("Total IVA", nf(iva, "de")),
            ("Total recargo equiv.", nf(re_t, "de")),
            ("TOTAL FACTURA (EUR)", nf(total, "de")),
        ],
        "Helvetica",
        "Helvetica-Bold",
        9.5,
        14,
    )
    lines_block(
        d,
        40,
        y + 10,
        ["Forma de pago: recibo domiciliado a 60 días", "ES91 2100 0418 4502 0005 1332"],
        "Helvetica",
        8,
        11,
    )
    d.text(
        297,
        805,
        "Cofarsur Distribución Farmacéutica, S.L. Inscrita en el Registro Mercantil de Sevilla, Tomo 4.812, Folio 77, Hoja SE-76.219",
        "Helvetica",
        6.5,
        "c",
        GREY,
    )
    t = Truth(
        number,
        inv_date,
        due,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "es-ES",
        "invoice",
        "invoice",
        [li(it.desc, it.qty, it.price, it.amt) for it in items],
        "Three IVA rates plus recargo de equivalencia per rate: vat keyed as IVA + R.E.; national code with check digit; line discounts.",
        "ES",
        "pharmaceutical distributor",
    )
    return d, t


CAT_NL_KANTOOR = catalog("""
100231|Kopieerpapier A4 80 g/m² wit|doos|24.95|H|5x500 vel
100245|Kopieerpapier A3 80 g/m²|pak|11.40|H|500 vel
110502|Ordner A4 80 mm rug blauw|st|2.35|H|
110518|Ringband A4 4-rings 25 mm|st|2.90|H|
120110|Balpen medium blauw|doos|6.80|H|50 st
120145|Markeerstift geel|doos|5.75|H|10 st
130022|Nietmachine 24/6 bureau|st|12.50|H|
130040|Nietjes 24/6|doos|1.95|H|1000 st
140301|Toner zwart HP 59A compatible|st|64.00|H|
140320|Inktcartridge kleur 3-pack|st|39.50|H|
150015|Adreslabels 70x37 mm|doos|21.90|H|100 vel
150410|Enveloppen C4 zelfklevend|doos|18.40|H|250 st
160110|Whiteboardmarker set 4 kleuren|set|5.20|H|
170501|Koffie snelfilter bonen|kg|14.90|L|
170520|Thee Engelse melange|doos|3.80|L|100 zakjes
170540|Suikerklontjes|doos|2.45|L|1 kg
180011|Van Dale Pocketwoordenboek Nederlands|st|19.99|L|
180045|Managementboek 'Slim vergaderen'|st|24.50|L|
180070|Vakblad Facility Management jaarabonnement|st|89.00|L|
190002|Schoonmaakdoekjes desinfect.|doos|4.60|H|100 st
""")


def i05(rng: random.Random) -> tuple[Doc, Truth]:
    """NL office supplies: BTW 21 % (H) and 9 % (L: coffee/tea, books, magazine subscription), order charge."""
    d = Doc(*A4)
    f, fb = "DVS", "DVSB"
    items = pick_items(rng, CAT_NL_KANTOOR, 16, disc_p=0.2, discs=(5, 10, 15))
    orderkost = D("7.50")
    rates = {"H": D(21), "L": D(9)}
    groups = tax_groups([(it.tax, it.amt) for it in items] + [("H", orderkost)], rates)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    total = net + vat
    inv_date = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    due = inv_date + timedelta(days=14)
    number = f"2026{rng.randint(10000, 99999)}"
    vendor = "Kantoorhuis Van Dijk B.V."
    d.text(40, 64, "van dijk", fb, 30, color=rgb("#e07b00"))
    d.text(40, 80, "kantoorartikelen · facilitair · drukwerk", f, 8.5, color=GREY)
    lines_block(
        d,
        555,
        44,
        [
            "Kantoorhuis Van Dijk B.V.",
            "Nijverheidsweg 18",
            "3771 ME Barneveld",
            "T 0342 41 29 60",
            "KvK 09123877 · BTW NL8097.11.352.B01",
        ],
        f,
        8,
        10,
        "r",
    )
    lines_block(
        d,
        60,
        140,
        ["Gemeente Ede", "t.a.v. Crediteurenadministratie", "Postbus 9022", "6710 HK  EDE"],
        f,
        10,
        13,
    )
    d.text(40, 230, "FACTUUR", fb, 16)
    kv(
        d,
        330,
        555,
        140,
        [
            ("Factuurnummer", number),
            ("Factuurdatum", inv_date.strftime("%d-%m-%Y")),
            ("Vervaldatum", due.strftime("%d-%m-%Y")),
            ("Klantnummer", "D-40218"),
            ("Uw referentie", "PO 4500981233"),
        ],
        f,
        fb,
        9,
        12.5,
        bold_last=False,
    )
    cols = [
        Col("Art.nr.", 44),
        Col("Omschrijving", 190),
        Col("Verpakking", 64),
        Col("Aantal", 40, "r"),
        Col("Prijs", 48, "r"),
        Col("Korting", 40, "r"),
        Col("Bedrag", 58, "r"),
        Col("BTW", 31, "c"),
    ]
    rows = [
        [
            it.code,
            it.desc,
            it.pack or it.unit,
            nf(it.qty, "de", 3 if it.qty != it.qty.to_integral() else 0),
            nf(it.price, "de"),
            f"{int(it.disc)}%" if it.disc else "",
            nf(it.amt, "de"),
            it.tax,
        ]
        for it in items
    ]
    rows.append(
        [
            "",
            "Orderkosten (bestelling < € 150)",
            "",
            "1",
            nf(orderkost, "de"),
            "",
            nf(orderkost, "de"),
            "H",
        ]
    )
    y = table(d, 40, 244, cols, rows, f, 7.6, 12, fb, hsize=7.6)
    gcols = [
        Col("BTW", 32, "c"),
        Col("Tarief", 40, "r"),
        Col("Grondslag", 66, "r"),
        Col("BTW-bedrag", 66, "r"),
    ]
    y2 = table(
        d,
        40,
        y + 14,
        gcols,
        [[c, f"{r}%", nf(n, "de"), nf(v, "de")] for c, r, n, v, _g in groups],
        f,
        8.5,
        12,
        fb,
    )
    kv(
        d,
        370,
        555,
        y + 26,
        [
            ("Subtotaal excl. BTW", "€ " + nf(net, "de")),
            ("Totaal BTW", "€ " + nf(vat, "de")),
            ("Totaal incl. BTW", "€ " + nf(total, "de")),
        ],
        f,
        fb,
        9.5,
        14,
    )
    lines_block(
        d,
        40,
        y2 + 16,
        [
            f"Wij verzoeken u het totaalbedrag vóór {due.strftime('%d-%m-%Y')} over te maken op",
            "NL37 RABO 0312 4478 90 t.n.v. Kantoorhuis Van Dijk B.V. o.v.v. het factuurnummer.",
            "H = hoog tarief 21%, L = laag tarief 9%.",
        ],
        f,
        8.5,
        11.5,
    )
    d.text(
        297,
        805,
        "Op al onze leveringen zijn de algemene voorwaarden van Kantoorhuis Van Dijk B.V. van toepassing.",
        f,
        7,
        "c",
        GREY,
    )
    items_t = [li(it.desc, it.qty, it.price, it.amt) for it in items] + [
        li("Orderkosten (bestelling < € 150)", 1, orderkost, orderkost)
    ]
    t = Truth(
        number,
        inv_date,
        due,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "nl-NL",
        "invoice",
        "invoice",
        items_t,
        "BTW H 21 % / L 9 % by column (books, coffee/tea, subscription at 9 %); order charge row; summary table; photo with fold.",
        "NL",
        "office supplies",
    )
    return d, t


CAT_BE_ELEC = catalog("""
XVB3G25|Kabel XVB-F2 3G2,5 mm²|m|2.14|21
XVB5G6|Kabel XVB-F2 5G6 mm²|m|6.85|21
VOB25|Draad VOB 2,5 mm² blauw 100 m|rol|38.40|21
DIF40|Differentieelschakelaar 2P 40A 30mA|st|64.90|21
AUT16|Automaat 2P 16A 3kA|st|14.20|21
KAST3R|Verdeelkast 3 rijen 36 modules|st|89.50|21
STOP2|Stopcontact dubbel met aarding Niko|st|11.35|21
SCH1|Schakelaar enkelpolig Niko Original|st|6.40|21
LED18|LED paneel 60x60 36W 4000K|st|42.00|21
TUB20|Buis PVC 20 mm 3 m|st|1.28|21
INB60|Inbouwdoos Ø60 diepte 40|st|0.54|21
WAGO3|Wago verbindingsklem 3-voudig|doos|18.90|21|50 st
""")


def i06(rng: random.Random) -> tuple[Doc, Truth]:
    """BE electrical wholesaler credit note (Dutch): negative amounts, 21 % goods + Recupel, cable drum deposit outside VAT."""
    d = Doc(*A4)
    items = pick_items(rng, CAT_BE_ELEC, 9, disc_p=0.5, discs=(20, 25, 30))
    for it in items:
        it.qty = -it.qty if it.unit != "m" else -D(rng.choice([50, 100, 25]))
        it.amt = qd(it.qty * it.price * (100 - it.disc) / 100)
    recupel = Item(
        "RECUPEL",
        "Recupel-bijdrage verlichting",
        "st",
        -sum(-it.qty for it in items if it.code == "LED18") or D(-1),
        D("0.20"),
        "21",
    )
    recupel.amt = qd(recupel.qty * recupel.price)
    haspel = Item("HASP60", "Waarborg kabelhaspel retour", "st", D(-2), D("35.00"), "0")
    haspel.amt = qd(haspel.qty * haspel.price)
    items += [recupel, haspel]
    rates = {"21": D(21), "0": D(0)}
    groups = tax_groups([(it.tax, it.amt) for it in items], rates)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    total = net + vat
    inv_date = date(2026, rng.randint(2, 11), rng.randint(1, 28))
    number = f"CN26-{rng.randint(1000, 4999):05d}"
    orig = f"VF26-{rng.randint(10000, 39999):05d}"
    vendor = "Elektro Verbeke NV"
    d.rect(40, 36, 14, 50, stroke=False, fill=rgb("#f2c200"))
    d.text(62, 66, "ELEKTRO VERBEKE", "Helvetica-Bold", 20)
    d.text(
        62, 82, "groothandel elektrisch installatiemateriaal", "Helvetica-Oblique", 9, color=GREY
    )
    lines_block(
        d,
        40,
        116,
        [
            "Elektro Verbeke NV",
            "Kortrijksesteenweg 1120",
            "9051 Sint-Denijs-Westrem",
            "BTW BE 0438.217.604 · RPR Gent",
        ],
        "Helvetica",
        8.5,
        11,
    )
    d.rect(320, 110, 235, 62, width=0.5)
    lines_block(
        d,
        330,
        126,
        [
            "Installatiebedrijf Claeys BV",
            "Stationsstraat 14",
            "8800 Roeselare",
            "BTW BE 0712.558.043",
        ],
        "Helvetica",
        9.5,
        12,
    )
    d.text(40, 210, "CREDITNOTA", "Helvetica-Bold", 18)
    kv(
        d,
        40,
        250,
        230,
        [
            ("Creditnota nr.", number),
            ("Datum", inv_date.strftime("%d/%m/%Y")),
            ("Betreft factuur", orig),
            ("Reden", "retour overtollig materiaal"),
        ],
        "Helvetica",
        "Helvetica-Bold",
        9,
        12,
        bold_last=False,
    )
    cols = [
        Col("Artikel", 58),
        Col("Omschrijving", 186),
        Col("Aantal", 44, "r"),
        Col("Eenh.", 30, "c"),
        Col("Prijs", 50, "r"),
        Col("Korting", 42, "r"),
        Col("Totaal", 62, "r"),
        Col("BTW", 43, "r"),
    ]
    rows = [
        [
            it.code,
            it.desc,
            nf(it.qty, "de", 0),
            it.unit,
            nf(it.price, "de"),
            f"{int(it.disc)}%" if it.disc else "",
            nf(it.amt, "de"),
            f"{it.tax}%",
        ]
        for it in items
    ]
    y = table(d, 40, 290, cols, rows, "Helvetica", 8.2, 13, hfill=rgb("#fff3b8"))
    gcols = [Col("BTW-tarief", 60, "c"), Col("Maatstaf", 70, "r"), Col("BTW", 60, "r")]
    table(
        d,
        40,
        y + 16,
        gcols,
        [[f"{r}%", nf(n, "de"), nf(v, "de")] for _c, r, n, v, _g in groups],
        "Helvetica",
        8.5,
        12,
        grid=True,
    )
    kv(
        d,
        360,
        555,
        y + 28,
        [
            ("Totaal excl. BTW", "EUR " + nf(net, "de")),
            ("BTW 21%", "EUR " + nf(vat, "de")),
            ("Totaal creditnota", "EUR " + nf(total, "de")),
        ],
        "Helvetica",
        "Helvetica-Bold",
        9.5,
        14,
    )
    lines_block(
        d,
        40,
        y + 110,
        [
            "Dit bedrag wordt verrekend met uw volgende factuur of teruggestort op uw rekening.",
            "Waarborg kabelhaspels: buiten het toepassingsgebied van de BTW.",
            "BTW terug te storten aan de Staat in de mate waarin ze oorspronkelijk werd afgetrokken.",
        ],
        "Helvetica",
        8,
        11,
    )
    d.text(
        297,
        805,
        "KBC BE42 7310 4477 2154 · BIC KREDBEBB · www.elektroverbeke.be",
        "Helvetica",
        7,
        "c",
        GREY,
    )
    t = Truth(
        number,
        inv_date,
        None,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "nl-BE",
        "invoice",
        "credit_note",
        [li(it.desc, it.qty, it.price, it.amt) for it in items],
        "Credit note: negative quantities and amounts, keyed negative; references the original invoice number (not the document number); cable-drum deposit outside VAT; no due date.",
        "BE",
        "electrical wholesale (credit note)",
    )
    return d, t


CAT_AT_AGRAR = catalog("""
F1020|Milchleistungsfutter MLF 18/3|Sack|16.90|13|25 kg
F1040|Kälberaufzuchtfutter|Sack|21.40|13|25 kg
F1110|Mineralfutter Rind|Sack|38.20|13|25 kg
F1205|Legehennenfutter Pellets|Sack|14.60|13|25 kg
S2010|Saatmais KWS Amaroc|Pkg|119.00|13|50.000 Kö
S2031|Wintergerste Saatgut|Sack|39.80|13|25 kg
D3001|Vollkorndünger NPK 15-15-15|Sack|34.50|13|50 kg
D3015|Kalkammonsalpeter 27 % N|BigBag|412.00|13|500 kg
P4001|Pflanzenschutzmittel Herbizid|Kan|86.00|20|5 l
W5010|Weidezaunband 20 mm|Rolle|27.90|20|200 m
W5020|Weidezaunpfahl Kunststoff|Stk|2.45|20|
W5040|Weidezaungerät 12 V|Stk|189.00|20|
M6001|Motoröl 15W-40|Kan|64.50|20|20 l
M6010|Kettenöl Bio|Kan|21.30|20|5 l
H7001|Hofladen Kartoffelsäcke Papier|Pkg|18.40|20|100 Stk
L8001|Speisekartoffeln|Sack|14.00|10|25 kg
L8020|Apfelsaft naturtrüb|Kiste|13.80|20|6x1 l
L8030|Honig Blüte|Glas|6.90|10|500 g
""")


def i07(rng: random.Random) -> tuple[Doc, Truth]:
    """AT agricultural co-op store: USt 13 % (feed, seed, fertiliser), 20 %, 10 %; transport lump sum; 3 % Skonto."""
    d = Doc(*A4)
    f, fb = "DV", "DVB"
    items = pick_items(rng, CAT_AT_AGRAR, 15, disc_p=0.25, discs=(2, 4, 6))
    zust = D("35.00")
    rates = {"10": D(10), "13": D(13), "20": D(20)}
    groups = tax_groups([(it.tax, it.amt) for it in items] + [("20", zust)], rates)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    total = net + vat
    inv_date = date(2026, rng.randint(3, 9), rng.randint(1, 28))
    due = inv_date + timedelta(days=30)
    number = f"{rng.randint(3100000, 3199999)}"
    vendor = "Lagerhaus Waldviertel eGen"
    d.rect(40, 34, 515, 8, stroke=False, fill=rgb("#2e7d32"))
    d.circle(70, 74, 22, fill=rgb("#2e7d32"), stroke=False)
    d.text(70, 81, "LH", fb, 18, "c", white)
    d.text(104, 72, "Lagerhaus Waldviertel", fb, 16)
    d.text(104, 88, "Genossenschaft für Landwirtschaft, Bau & Garten", f, 8.5, color=GREY)
    lines_block(
        d,
        555,
        62,
        [
            "Bahnhofstraße 22, 3580 Horn",
            "Tel. +43 2982 2411-0",
            "UID ATU 16387204",
            "FN 91872 d, LG Krems",
        ],
        f,
        8,
        10,
        "r",
    )
    lines_block(
        d,
        40,
        130,
        ["Herrn", "Johann Hofbauer", "Landwirt", "Mödring 17", "3580 Horn"],
        f,
        9.5,
        12.5,
    )
    d.text(320, 130, "RECHNUNG", fb, 14)
    kv(
        d,
        320,
        555,
        150,
        [
            ("Rechnungsnummer", number),
            ("Datum", inv_date.strftime("%d.%m.%Y")),
            ("Kundennummer", "70 1184"),
            ("UID Kunde", "pauschaliert"),
            ("Fällig am", due.strftime("%d.%m.%Y")),
        ],
        f,
        fb,
        8.5,
        12,
        bold_last=False,
    )
    cols = [
        Col("Artikel", 38),
        Col("Bezeichnung", 156),
        Col("Gebinde", 58),
        Col("Menge", 42, "r"),
        Col("Einh.", 38),
        Col("Preis", 50, "r"),
        Col("Rab%", 30, "r"),
        Col("Netto", 60, "r"),
        Col("USt", 32, "r"),
    ]
    rows = [
        [
            it.code,
            it.desc,
            it.pack,
            nf(it.qty, "de", 0),
            it.unit,
            nf(it.price, "de"),
            nf(it.disc, "de", 0) if it.disc else "",
            nf(it.amt, "de"),
            it.tax + "%",
        ]
        for it in items
    ]
    rows.append(
        ["T900", "Zustellung pauschal", "", "1", "Fuhre", nf(zust, "de"), "", nf(zust, "de"), "20%"]
    )
    y = table(d, 40, 236, cols, rows, f, 7.3, 12, fb, hsize=7.3, grid=True, hfill=rgb("#dcedc8"))
    y = kv(
        d,
        330,
        555,
        y + 12,
        [(f"Netto {r} %", nf(n, "de")) for _c, r, n, _v, _g in groups]
        + [(f"USt {r} %", nf(v, "de")) for _c, r, _n, v, _g in groups],
        f,
        fb,
        8.5,
        11.5,
        bold_last=False,
    )
    d.line(330, y - 6, 555, y - 6, 0.8)
    d.text(330, y + 8, "Rechnungsbetrag EUR", fb, 11)
    d.text(555, y + 8, nf(total, "de"), fb, 11, "r")
    lines_block(
        d,
        40,
        y + 40,
        [
            f"Zahlbar innerhalb von 14 Tagen abzüglich 3 % Skonto, bis {due.strftime('%d.%m.%Y')} netto.",
            "Raiffeisenbank Region Horn · IBAN AT52 3258 5000 0004 1187 · BIC RLNWATWWGAE",
            "Für Pflanzenschutzmittel: Anwendung nur gemäß Gebrauchsanweisung.",
        ],
        f,
        8,
        11,
    )
    items_t = [li(it.desc, it.qty, it.price, it.amt) for it in items] + [
        li("Zustellung pauschal", 1, zust, zust)
    ]
    t = Truth(
        number,
        inv_date,
        due,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "de-AT",
        "invoice",
        "invoice",
        items_t,
        "USt 10/13/20 % per line; per-rate net and tax listed separately without a gross column; delivery lump sum as table row; image-only PDF.",
        "AT",
        "agricultural supply",
    )
    return d, t


CAT_CH_PHARMA = catalog("""
1336571|Dafalgan Filmtabl 1 g 40 Stk|Pkg|5.62|2.6
2118450|Pantoprazol Mepha 40 mg 30 Stk|Pkg|12.85|2.6
3420011|Ibuprofen Sandoz 400 mg 20 Stk|Pkg|3.96|2.6
4177720|Algifor Dolo forte 400 mg 20 Stk|Pkg|6.30|2.6
5203312|Bepanthen Plus Creme 30 g|Tb|9.80|2.6
6025890|Vitamin D3 Streuli Tropfen 10 ml|Fl|7.15|2.6
7112001|Neocitran Grippe Erw 12 Btl|Pkg|10.40|2.6
7400518|Euceta Essigsaure Tonerde 60 g|Tb|6.05|2.6
8120045|Hansaplast Classic Strips 40 Stk|Pkg|4.95|8.1
8201766|Louis Widmer Körperlotion 200 ml|Fl|14.60|8.1
8300129|Zahnbürste Curaprox CS 5460|Stk|4.10|8.1
8410552|Handdesinfektion Sterillium 500 ml|Fl|8.85|8.1
8522007|Blutdruckmessgerät Oberarm|Stk|48.50|8.1
8600419|Sonnenschutz Daylong SPF 50 200 ml|Fl|19.90|8.1
8701132|FFP2 Schutzmasken 20 Stk|Pkg|7.40|8.1
""")


def i08(rng: random.Random) -> tuple[Doc, Truth]:
    """CH pharma wholesaler: MWST 2.6 % (medicines) and 8.1 %, apostrophe thousands, CHF, QR-bill payment part."""
    d = Doc(*A4)
    items = pick_items(rng, CAT_CH_PHARMA, 14, disc_p=0.3, discs=(4, 6, 10))
    for it in items:
        it.qty = D(rng.choice([6, 10, 12, 20, 24, 30, 48]))
        it.amt = qd(it.qty * it.price * (100 - it.disc) / 100)
    rates = {"2.6": D("2.6"), "8.1": D("8.1")}
    fee = D("12.00")
    groups = tax_groups([(it.tax, it.amt) for it in items] + [("8.1", fee)], rates)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    total = net + vat
    inv_date = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    due = inv_date + timedelta(days=30)
    number = f"{rng.randint(60000000, 69999999)}"
    vendor = "Pharmalog Mittelland AG"
    d.text(40, 62, "pharmalog", "Helvetica-Bold", 26, color=rgb("#c0392b"))
    d.rect(172, 44, 18, 18, stroke=False, fill=rgb("#c0392b"))
    d.rect(179, 47, 4, 12, stroke=False, fill=white)
    d.rect(175, 51, 12, 4, stroke=False, fill=white)
    d.text(
        40,
        78,
        "Pharmalog Mittelland AG · Industriestrasse 9 · 4622 Egerkingen · CHE-109.772.418 MWST",
        "Helvetica",
        7.5,
        color=GREY,
    )
    lines_block(
        d,
        330,
        112,
        ["Apotheke am Bärenplatz AG", "Frau Dr. S. Gerber", "Bärenplatz 4", "3011 Bern"],
        "Helvetica",
        10,
        13,
    )
    kv(
        d,
        40,
        260,
        112,
        [
            ("Rechnung Nr.", number),
            ("Datum", inv_date.strftime("%d.%m.%Y")),
            ("Kunde", "GLN 7601001034512"),
            ("Lieferschein", f"LS {rng.randint(4000000, 4999999)}"),
            ("Zahlbar bis", due.strftime("%d.%m.%Y")),
        ],
        "Helvetica",
        "Helvetica-Bold",
        8.5,
        12,
        bold_last=False,
    )
    cols = [
        Col("Pharmacode", 54),
        Col("Artikel", 196),
        Col("Menge", 40, "r"),
        Col("Preis", 52, "r"),
        Col("Rab.", 34, "r"),
        Col("Betrag CHF", 66, "r"),
        Col("MWST", 40, "r"),
    ]
    rows = [
        [
            it.code,
            it.desc,
            nf(it.qty, "ch", 0),
            nf(it.price, "ch"),
            f"{int(it.disc)}%" if it.disc else "",
            nf(it.amt, "ch"),
            it.tax,
        ]
        for it in items
    ]
    rows.append(["", "Kühlkettenzuschlag", "1", nf(fee, "ch"), "", nf(fee, "ch"), "8.1"])
    y = table(d, 40, 190, cols, rows, "Helvetica", 8.2, 12.5, zebra=rgb("#f6f6f6"))
    gcols = [Col("MWST-Satz", 56, "r"), Col("Basis", 70, "r"), Col("MWST", 58, "r")]
    table(
        d,
        40,
        y + 10,
        gcols,
        [[f"{r}%", nf(n, "ch"), nf(v, "ch")] for _c, r, n, v, _g in groups],
        "Helvetica",
        8.5,
        12,
    )
    kv(
        d,
        360,
        555,
        y + 20,
        [
            ("Total exkl. MWST", nf(net, "ch")),
            ("MWST total", nf(vat, "ch")),
            ("Total CHF", nf(total, "ch")),
        ],
        "Helvetica",
        "Helvetica-Bold",
        9.5,
        14,
    )
    # QR-bill payment part
    top = 842 - 297
    d.line(0 + 10, top, 585, top, 0.5, dash=([2, 2], 0))
    d.text(20, top + 20, "Empfangsschein", "Helvetica-Bold", 10)
    lines_block(
        d,
        20,
        top + 40,
        [
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Pharmalog Mittelland AG",
            "Industriestrasse 9",
            "4622 Egerkingen",
        ],
        "Helvetica",
        8,
        10,
    )
    d.text(20, top + 120, "Währung   Betrag", "Helvetica-Bold", 7)
    d.text(20, top + 132, f"CHF       {nf(total, 'ch')}", "Helvetica", 8)
    d.line(170, top + 4, 170, 838, 0.5, dash=([2, 2], 0))
    d.text(184, top + 20, "Zahlteil", "Helvetica-Bold", 10)
    d.qr(184, top + 34, 130, number)
    d.text(184, top + 190, "Währung", "Helvetica-Bold", 7)
    d.text(184, top + 202, "CHF", "Helvetica", 9)
    d.text(240, top + 190, "Betrag", "Helvetica-Bold", 7)
    d.text(240, top + 202, nf(total, "ch"), "Helvetica", 9)
    lines_block(
        d,
        340,
        top + 40,
        [
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Pharmalog Mittelland AG",
            "4622 Egerkingen",
            "",
            "Referenz",
            f"21 00000 00003 13947 {number[:5]} 0{number[5:]}",
            "",
            "Zusätzliche Informationen",
            f"Rechnung {number}",
        ],
        "Helvetica",
        8,
        10.5,
    )
    t = Truth(
        number,
        inv_date,
        due,
        vendor,
        net,
        vat,
        total,
        "CHF",
        "de-CH",
        "invoice",
        "invoice",
        [li(it.desc, it.qty, it.price, it.amt) for it in items]
        + [li("Kühlkettenzuschlag", 1, fee, fee)],
        "MWST 2.6 % / 8.1 % per line; apostrophe thousands; QR-bill payment part repeats the total; GLN as customer id.",
        "CH",
        "pharmaceutical wholesale",
    )
    return d, t


CAT_PL_DRUK = catalog("""
K01|Książka „Historia Mazowsza” oprawa twarda, ISBN|egz.|24.80|5
K02|Książka dla dzieci „Zośka i smok”, ISBN|egz.|9.60|5
K03|Podręcznik do matematyki kl. 5, ISBN|egz.|17.40|5
K04|Album fotograficzny „Tatry”, ISBN|egz.|38.90|5
K05|Tomik poezji, oprawa miękka, ISBN|egz.|7.20|5
C01|Czasopismo „Ogrodnik Polski” nr 3/2026|egz.|3.15|8
C02|Miesięcznik „Biznes Lokalny” nr 2/2026|egz.|2.70|8
C03|Kwartalnik naukowy, ISSN|egz.|11.90|8
U01|Ulotki A5 4+4 kreda 135 g|szt.|0.09|23
U02|Plakaty B1 4+0 kreda 170 g|szt.|3.40|23
U03|Wizytówki 90x50 4+4 350 g|kpl.|38.00|23
U04|Katalog produktowy A4 32 str.|szt.|6.85|23
U05|Teczki ofertowe z bigowaniem|szt.|2.95|23
U06|Naklejki etykiety 50x30 mm|ark.|0.62|23
U07|Kalendarz trójdzielny 2027|szt.|12.40|23
U08|Roll-up 85x200 z kasetą|szt.|189.00|23
U09|Papier firmowy A4 offset 90 g|ark.|0.21|23
U10|Koperty DL z nadrukiem|szt.|0.48|23
U11|Broszura A5 16 str. zszywana|szt.|1.95|23
U12|Projekt graficzny (DTP)|godz.|120.00|23
U13|Przygotowanie matryc CTP|kpl.|260.00|23
U14|Laminowanie folia mat|ark.|0.35|23
U15|Karton transportowy 5-warstwowy|szt.|4.20|23
U16|Pudełka składane z nadrukiem|szt.|1.74|23
U17|Bilety wstępu numerowane|szt.|0.16|23
U18|Menu restauracyjne A4 laminowane|szt.|8.90|23
U19|Zaproszenia ślubne złocone|szt.|5.60|23
U20|Notesy A5 klejone 50 kart|szt.|3.85|23
""")


def i09(rng: random.Random) -> tuple[Doc, Truth]:
    """PL printing house, two pages ('Z przeniesienia'), VAT 23/8/5 (books 5 %, periodicals 8 %), per-rate 'w tym' table."""
    d = Doc(*A4)
    f, fb = "DV", "DVB"
    items = pick_items(rng, CAT_PL_DRUK, 28, disc_p=0.15, discs=(5, 10))
    for it in items:
        if it.unit in ("szt.", "egz.", "ark."):
            it.qty = (
                D(rng.choice([100, 250, 500, 1000, 2000, 5000]))
                if it.price < 5
                else D(rng.choice([20, 50, 100, 150, 300]))
            )
        it.amt = qd(it.qty * it.price * (100 - it.disc) / 100)
    rates = {"23": D(23), "8": D(8), "5": D(5)}
    groups = tax_groups([(it.tax, it.amt) for it in items], rates)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    total = net + vat
    inv_date = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    due = inv_date + timedelta(days=21)
    number = f"FV/{rng.randint(100, 999)}/{inv_date.month:02d}/2026"
    vendor = "Drukarnia Wisła Sp. z o.o."
    d.rect(40, 36, 40, 40, stroke=False, fill=rgb("#1565c0"))
    d.rect(48, 44, 24, 24, stroke=False, fill=white)
    d.rect(54, 50, 12, 12, stroke=False, fill=rgb("#1565c0"))
    d.text(90, 56, "Drukarnia Wisła", fb, 18, color=rgb("#1565c0"))
    d.text(90, 72, "druk offsetowy i cyfrowy · introligatornia", f, 8.5, color=GREY)
    d.text(555, 52, f"Faktura VAT nr {number}", fb, 12, "r")
    d.text(555, 68, "ORYGINAŁ", f, 8, "r", GREY)
    kv(
        d,
        370,
        555,
        96,
        [
            ("Data wystawienia:", dfmt(inv_date, "%d.%m.%Y")),
            ("Data sprzedaży:", dfmt(inv_date, "%d.%m.%Y")),
            ("Miejsce wystawienia:", "Kraków"),
        ],
        f,
        fb,
        8.5,
        11.5,
        bold_last=False,
    )
    d.text(40, 148, "Sprzedawca", fb, 9)
    lines_block(
        d,
        40,
        162,
        [
            vendor,
            "ul. Półłanki 64, 30-740 Kraków",
            "NIP 679-312-45-08",
            "BDO 000123456",
            "mBank 41 1140 2004 0000 3702 7611 2038",
        ],
        f,
        8.5,
        11,
    )
    d.text(320, 148, "Nabywca", fb, 9)
    lines_block(
        d,
        320,
        162,
        ["Wydawnictwo Zielony Liść s.c.", "ul. Długa 17/3, 31-147 Kraków", "NIP 676-248-11-93"],
        f,
        8.5,
        11,
    )
    cols = [
        Col("Lp.", 22, "r"),
        Col("Nazwa towaru / usługi", 200),
        Col("J.m.", 32, "c"),
        Col("Ilość", 40, "r"),
        Col("Cena netto", 52, "r"),
        Col("Rabat", 34, "r"),
        Col("Wartość netto", 64, "r"),
        Col("VAT %", 34, "r"),
        Col("", 37),
    ]
    cols = cols[:-1]

    def rows(a, b):
        return [
            [
                str(i + 1),
                it.desc,
                it.unit,
                nf(it.qty, "fr", 0),
                nf(it.price, "fr"),
                f"{int(it.disc)}%" if it.disc else "",
                nf(it.amt, "fr"),
                it.tax,
            ]
            for i, it in enumerate(items[a:b], start=a)
        ]

    split = 24
    y = table(
        d,
        40,
        232,
        cols,
        rows(0, split),
        f,
        7.3,
        11.8,
        fb,
        hsize=7.3,
        grid=True,
        hfill=rgb("#e3f2fd"),
    )
    carry = sum(it.amt for it in items[:split])
    d.text(420, y + 10, "Do przeniesienia:", fb, 8)
    d.text(550, y + 10, nf(carry, "fr"), fb, 8, "r")
    d.text(297, 812, "Strona 1/2", f, 7.5, "c", GREY)
    d.new_page()
    d.text(40, 50, f"Faktura VAT nr {number} — ciąg dalszy", fb, 10)
    d.text(420, 78, "Z przeniesienia:", fb, 8)
    d.text(550, 78, nf(carry, "fr"), fb, 8, "r")
    y = table(
        d,
        40,
        88,
        cols,
        rows(split, len(items)),
        f,
        7.3,
        11.8,
        fb,
        hsize=7.3,
        grid=True,
        hfill=rgb("#e3f2fd"),
    )
    gcols = [
        Col("", 52),
        Col("Stawka", 44, "r"),
        Col("Wartość netto", 76, "r"),
        Col("Kwota VAT", 66, "r"),
        Col("Wartość brutto", 76, "r"),
    ]
    grows = [["w tym", f"{r}%", nf(n, "fr"), nf(v, "fr"), nf(g, "fr")] for _c, r, n, v, g in groups]
    grows.append(["Razem", "", nf(net, "fr"), nf(vat, "fr"), nf(total, "fr")])
    y = table(d, 240, y + 14, gcols, grows, f, 8.2, 12.5, fb, grid=True)
    d.rect(240, y + 6, 314, 24, stroke=False, fill=rgb("#e3f2fd"))
    d.text(248, y + 22, "Do zapłaty:", fb, 11)
    d.text(548, y + 22, nf(total, "fr") + " PLN", fb, 11, "r")
    lines_block(
        d,
        40,
        y + 56,
        [
            "Sposób płatności: przelew",
            f"Termin płatności: {dfmt(due, '%d.%m.%Y')}",
            "Podstawa stawki 5%: książki drukowane oznaczone ISBN; 8%: czasopisma oznaczone ISSN.",
            "Mechanizm podzielonej płatności nie dotyczy.",
        ],
        f,
        8.2,
        11.5,
    )
    d.text(120, 760, "............................................", f, 8, "c")
    d.text(120, 772, "osoba upoważniona do odbioru", f, 7, "c", GREY)
    d.text(450, 760, "............................................", f, 8, "c")
    d.text(450, 772, "osoba upoważniona do wystawienia", f, 7, "c", GREY)
    d.text(297, 812, "Strona 2/2", f, 7.5, "c", GREY)
    t = Truth(
        number,
        inv_date,
        due,
        vendor,
        net,
        vat,
        total,
        "PLN",
        "pl-PL",
        "invoice",
        "invoice",
        [li(it.desc, it.qty, it.price, it.amt) for it in items],
        "Two pages, 'Do przeniesienia' / 'Z przeniesienia' carried forward; VAT 23/8/5 in a 'w tym' table with a 'Razem' row; invoice number contains slashes; due date only as 'Termin płatności'.",
        "PL",
        "printing",
    )
    return d, t


CAT_CZ_NAPOJE = catalog("""
10051|Pivo Plzeňský ležák 0,5 l vratná láhev|bal|392.00|21|20 ks
10058|Pivo světlé výčepní sud|sud|1690.00|21|50 l
10102|Kofola originál 2 l PET|bal|214.00|12|6 ks
10110|Mattoni perlivá 1,5 l|bal|96.00|12|6 ks
10118|Rajec neperlivá 0,75 l|bal|118.00|12|12 ks
10205|Džus pomeranč 100 % 1 l|bal|228.00|12|12 ks
10310|Vinho Moravské zemské Ryzlink 0,75 l|ks|119.00|21|
10320|Slivovice 45 % 0,7 l|ks|389.00|21|
10410|Tonic 0,25 l sklo|bal|312.00|12|24 ks
10520|Energetický nápoj 0,25 l plech|bal|452.00|12|24 ks
10601|Káva zrnková espresso|kg|489.00|12|
10710|Brambůrky solené 70 g|krt|356.00|12|20 ks
10801|Sirup malina 0,7 l|ks|74.50|12|
""")


def i10(rng: random.Random) -> tuple[Doc, Truth]:
    """CZ beverage wholesaler: DPH 21/12 %, returnable crate/bottle deposits outside VAT, rounding to whole CZK."""
    d = Doc(*A4)
    f, fb = "DVS", "DVSB"
    items = pick_items(rng, CAT_CZ_NAPOJE, 11, disc_p=0.3, discs=(3, 5))
    for it in items:
        it.qty = D(rng.randint(2, 30)) if it.unit != "kg" else D(rng.randint(2, 10))
        it.amt = qd(it.qty * it.price * (100 - it.disc) / 100)
    n_bottle = sum(it.qty for it in items if it.code == "10051") * 20
    n_crate = sum(it.qty for it in items if it.code in ("10051", "10410"))
    dep = []
    if n_bottle:
        dep.append(("Záloha láhev 0,5 l", n_bottle, D("3.00")))
    if n_crate:
        dep.append(("Záloha přepravka", n_crate, D("100.00")))
    dep.append(("Vrácené přepravky (dobropis obalů)", -D(rng.randint(3, 8)), D("100.00")))
    rates = {"21": D(21), "12": D(12)}
    groups = tax_groups([(it.tax, it.amt) for it in items], rates)
    dep_sum = sum(qd(q * p) for _n, q, p in dep)
    net = sum(g[2] for g in groups) + dep_sum
    vat = sum(g[3] for g in groups)
    raw = net + vat
    rounded = qd(raw, 0)
    rounding = rounded - raw
    inv_date = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    due = inv_date + timedelta(days=14)
    number = f"2026{rng.randint(10000, 99999)}"
    vendor = "Nápoje Morava s.r.o."
    d.text(40, 60, "NÁPOJE MORAVA", fb, 20, color=rgb("#8e1b1b"))
    d.line(40, 68, 280, 68, 2, rgb("#8e1b1b"))
    lines_block(
        d,
        40,
        86,
        [
            vendor,
            "Průmyslová 1456/8, 779 00 Olomouc",
            "IČO: 26841072  DIČ: CZ26841072",
            "Zapsáno v OR u KS v Ostravě, oddíl C, vložka 28871",
        ],
        f,
        8.2,
        10.5,
    )
    d.rect(330, 40, 225, 80, width=0.8)
    d.text(340, 58, "FAKTURA - DAŇOVÝ DOKLAD", fb, 10.5)
    kv(
        d,
        340,
        548,
        74,
        [
            ("Číslo dokladu:", number),
            ("Variabilní symbol:", number),
            ("Datum vystavení:", inv_date.strftime("%d.%m.%Y")),
            ("DUZP:", inv_date.strftime("%d.%m.%Y")),
        ],
        f,
        fb,
        8.2,
        11,
        bold_last=False,
    )
    d.text(340, 140, "Odběratel:", fb, 8.5)
    lines_block(
        d,
        340,
        154,
        [
            "Restaurace U Zlatého kohouta",
            "Jana Nováková",
            "Masarykova 22, 796 01 Prostějov",
            "IČO: 73561244  DIČ: CZ7855123456",
        ],
        f,
        8.5,
        11,
    )
    kv(
        d,
        40,
        260,
        150,
        [
            ("Datum splatnosti:", due.strftime("%d.%m.%Y")),
            ("Forma úhrady:", "převodem"),
            ("Účet:", "2801457731/2010"),
        ],
        f,
        fb,
        8.5,
        11.5,
        bold_last=False,
    )
    cols = [
        Col("Kód", 36),
        Col("Název zboží", 186),
        Col("Balení", 40),
        Col("Množství", 48, "r"),
        Col("Cena/MJ", 56, "r"),
        Col("Sleva", 34, "r"),
        Col("Celkem bez DPH", 80, "r"),
        Col("DPH", 35, "r"),
    ]
    rows = [
        [
            it.code,
            it.desc,
            it.pack,
            f"{nf(it.qty, 'fr', 0)} {it.unit}",
            nf(it.price, "fr"),
            f"{int(it.disc)} %" if it.disc else "",
            nf(it.amt, "fr"),
            f"{it.tax} %",
        ]
        for it in items
    ]
    rows += [
        ["", n, "", f"{nf(q, 'fr', 0)} ks", nf(p, "fr"), "", nf(qd(q * p), "fr"), "—"]
        for n, q, p in dep
    ]
    y = table(d, 40, 222, cols, rows, f, 7.8, 12.5, fb, hsize=7.8)
    gcols = [
        Col("Sazba", 50, "r"),
        Col("Základ", 70, "r"),
        Col("DPH", 62, "r"),
        Col("Celkem", 70, "r"),
    ]
    grows = [[f"{r} %", nf(n, "fr"), nf(v, "fr"), nf(g, "fr")] for _c, r, n, v, g in groups]
    grows.append(["Zálohy", nf(dep_sum, "fr"), "", nf(dep_sum, "fr")])
    table(d, 40, y + 14, gcols, grows, f, 8.2, 12, fb, grid=True)
    yy = kv(
        d,
        330,
        555,
        y + 26,
        [
            ("Celkem bez DPH:", nf(net, "fr")),
            ("DPH celkem:", nf(vat, "fr")),
            ("Zaokrouhlení:", nf(rounding, "fr")),
        ],
        f,
        fb,
        9,
        13,
        bold_last=False,
    )
    d.rect(330, yy - 2, 225, 22, stroke=False, fill=rgb("#f4e1e1"))
    d.text(336, yy + 13, "Celkem k úhradě:", fb, 11)
    d.text(550, yy + 13, nf(rounded, "fr") + " Kč", fb, 11, "r")
    d.text(
        40,
        800,
        "Zálohy na vratné obaly nejsou předmětem DPH. Převzal: ....................   Vystavil: J. Dvořák",
        f,
        7.5,
        color=GREY,
    )
    items_t = [li(it.desc, it.qty, it.price, it.amt) for it in items] + [
        li(n, q, p, qd(q * p)) for n, q, p in dep
    ]
    t = Truth(
        number,
        inv_date,
        due,
        vendor,
        net,
        vat,
        rounded,
        "CZK",
        "cs-CZ",
        "invoice",
        "invoice",
        items_t,
        "DPH 21/12 % per line; crate and bottle deposits (and returned crates, negative) outside VAT inside the net; 'Zaokrouhlení' rounding line to whole CZK; number doubles as variable symbol.",
        "CZ",
        "beverage wholesale",
        rounding=rounding,
    )
    return d, t


CAT_SE_GROSS = catalog("""
201145|Vetemjöl special|säck|189.00|12|25 kg
201310|Strösocker|säck|214.00|12|25 kg
202020|Rapsolja|dunk|279.00|12|10 l
203118|Makaroner|krt|168.00|12|12x1 kg
204010|Krossade tomater|krt|142.00|12|6x2,5 kg
205002|Hushållsost 26 %|kg|98.50|12|
205310|Vispgrädde 36 %|krt|312.00|12|10x1 l
206120|Kycklingfilé fryst|krt|489.00|12|5 kg
206300|Pommes frites fryst|krt|219.00|12|4x2,5 kg
206410|Laxfilé fryst|krt|1090.00|12|5 kg
207210|Mineralvatten kolsyrat|back|129.00|12|24x33 cl
207301|Läsk cola|back|189.00|12|24x33 cl
207350|Pant burk 33 cl|st|1.00|12|
208100|Diskmedel maskin|dunk|389.00|25|10 l
208150|Sopsäck 125 l|rle|74.00|25|25 st
208220|Servetter 2-lagers|krt|265.00|25|2000 st
208400|Plastfolie 45 cm|rle|159.00|25|300 m
208500|Engångshandskar nitril M|krt|129.00|25|100 st
209010|Ägg frigående|krt|498.00|12|180 st
209120|Potatis fast|säck|139.00|12|15 kg
209310|Kaffe mellanrost|pkt|149.00|12|1 kg
209505|Majonnäs|hink|239.00|12|5 l
""")


def i11(rng: random.Random) -> tuple[Doc, Truth]:
    """SE food wholesaler: moms 12 % (food) and 25 % (non-food), can deposit line, freight and small-order fee, OCR/Bankgiro."""
    d = Doc(*A4)
    items = pick_items(rng, CAT_SE_GROSS, 20, disc_p=0.2, discs=(2, 5, 10))
    cans = sum(it.qty for it in items if it.unit == "back") * 24
    items = [it for it in items if it.code != "207350"]
    if cans:
        items.append(Item("207350", "Pant burk 33 cl", "st", cans, D("1.00"), "12", D(0), qd(cans)))
    frakt, avg = D("295.00"), D("150.00")
    rates = {"12": D(12), "25": D(25)}
    groups = tax_groups([(it.tax, it.amt) for it in items] + [("25", frakt), ("25", avg)], rates)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    total = net + vat
    inv_date = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    due = inv_date + timedelta(days=30)
    number = f"{rng.randint(7100000, 7199999)}"
    vendor = "Norrlandsgrossisten AB"
    d.text(40, 62, "NORRLANDS", "Helvetica-Bold", 22, color=rgb("#00529b"))
    d.text(40, 80, "GROSSISTEN", "Helvetica", 14, color=rgb("#00529b"))
    d.text(555, 58, "FAKTURA", "Helvetica-Bold", 20, "r")
    kv(
        d,
        380,
        555,
        84,
        [
            ("Fakturanummer", number),
            ("Fakturadatum", inv_date.isoformat()),
            ("Förfallodatum", due.isoformat()),
            ("Kundnummer", "30417"),
            ("Er referens", "Anna Lindqvist"),
            ("OCR-nummer", f"{number}304172"),
        ],
        "Helvetica",
        "Helvetica-Bold",
        8.5,
        11.5,
        bold_last=False,
    )
    lines_block(
        d,
        40,
        120,
        ["Hotell Fjällgården AB", "Att: Ekonomi", "Box 112", "837 52 Åre"],
        "Helvetica",
        10,
        13,
    )
    cols = [
        Col("Art.nr", 44),
        Col("Benämning", 170),
        Col("Förp.", 66),
        Col("Antal", 40, "r"),
        Col("Enh.", 32),
        Col("à-pris", 50, "r"),
        Col("Rab %", 32, "r"),
        Col("Belopp", 58, "r"),
        Col("Moms", 28, "r"),
    ]
    rows = [
        [
            it.code,
            it.desc,
            it.pack,
            nf(it.qty, "fr", 3 if it.qty != it.qty.to_integral() else 0),
            it.unit,
            nf(it.price, "fr"),
            nf(it.disc, "fr", 0) if it.disc else "",
            nf(it.amt, "fr"),
            it.tax,
        ]
        for it in items
    ]
    y = table(
        d, 40, 186, cols, rows, "Helvetica", 7.8, 11.8, zebra=rgb("#eef4fa"), hfill=rgb("#cfe0f1")
    )
    y = kv(
        d,
        340,
        555,
        y + 12,
        [
            ("Varuvärde", nf(sum(it.amt for it in items), "fr")),
            ("Frakt", nf(frakt, "fr")),
            ("Småordertillägg", nf(avg, "fr")),
            ("Summa exkl. moms", nf(net, "fr")),
        ],
        "Helvetica",
        "Helvetica-Bold",
        8.8,
        12,
    )
    y = kv(
        d,
        340,
        555,
        y + 2,
        [(f"Moms {r} % på {nf(n, 'fr')}", nf(v, "fr")) for _c, r, n, v, _g in groups],
        "Helvetica",
        "Helvetica-Bold",
        8.8,
        12,
        bold_last=False,
    )
    d.rect(340, y, 215, 22, stroke=False, fill=rgb("#00529b"))
    d.text(346, y + 15, "Att betala SEK", "Helvetica-Bold", 11, color=white)
    d.text(550, y + 15, nf(total, "fr"), "Helvetica-Bold", 11, "r", white)
    d.line(40, 770, 555, 770, 0.5)
    for i, (k, v) in enumerate(
        [
            ("Adress", "Industrivägen 7, 852 38 Sundsvall"),
            ("Bankgiro", "5271-0394"),
            ("Org.nr", "556712-4408"),
            ("Momsreg.nr", "SE556712440801"),
        ]
    ):
        d.text(40 + i * 130, 784, k, "Helvetica-Bold", 7)
        d.text(40 + i * 130, 795, v, "Helvetica", 7)
    d.text(
        40,
        812,
        "Godkänd för F-skatt. Dröjsmålsränta debiteras med referensränta + 8 %.",
        "Helvetica",
        7,
        color=GREY,
    )
    t = Truth(
        number,
        inv_date,
        due,
        vendor,
        net,
        vat,
        total,
        "SEK",
        "sv-SE",
        "invoice",
        "invoice",
        [li(it.desc, it.qty, it.price, it.amt) for it in items],
        "Moms 12/25 % by column; can deposit line at 12 %; freight and small-order fee in totals block; per-rate VAT lines with base; OCR number next to invoice number; ISO dates.",
        "SE",
        "food wholesale",
    )
    return d, t


CAT_UK_CATER = catalog("""
100432|Plain flour|bag|12.49|Z|16 kg
100561|Caster sugar|bag|18.99|Z|15 kg
101220|Chopped tomatoes|case|14.25|Z|6x2.55 kg
101745|Basmati rice|bag|21.99|Z|10 kg
102310|Mature cheddar block|kg|8.45|Z|
102455|Free range eggs large|case|32.40|Z|180
103010|Chips 3/8 frozen|case|17.80|Z|4x2.27 kg
103220|Chicken breast fillets|case|46.90|Z|5 kg
104001|Orange juice smooth|case|11.60|S|12x1 l
104120|Still water|case|4.95|S|24x500 ml
104210|Cola cans|case|13.49|S|24x330 ml
104350|Crisps ready salted|case|9.79|S|32x25 g
104460|Chocolate bars|case|21.60|S|48x45 g
105010|Blue roll 2-ply|case|16.20|S|6 rolls
105110|Washing-up liquid|ea|9.40|S|5 l
105230|Nitrile gloves blue M|box|4.60|S|100
105340|Foil containers no. 6a|case|22.80|S|500
105450|Paper napkins 33 cm|case|14.30|S|2000
106001|Tea bags|case|18.90|Z|1100
106120|Instant coffee granules|tin|14.75|Z|750 g
""")


def i12(rng: random.Random) -> tuple[Doc, Truth]:
    """UK catering wholesaler: VAT codes S 20 % / Z 0 %, VAT analysis, fuel surcharge, delivery date, image-only PDF."""
    d = Doc(*A4)
    f, fb = "Courier", "Courier-Bold"
    items = pick_items(rng, CAT_UK_CATER, 17, disc_p=0.2, discs=(5, 10))
    fuel = D("6.95")
    rates = {"S": D(20), "Z": D(0)}
    groups = tax_groups([(it.tax, it.amt) for it in items] + [("S", fuel)], rates)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    total = net + vat
    inv_date = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    due = inv_date + timedelta(days=28)
    number = f"SI-{rng.randint(300000, 399999)}"
    vendor = "Pennine Catering Supplies Ltd"
    d.rect(40, 36, 515, 54, width=1.2)
    d.text(52, 60, "PENNINE CATERING SUPPLIES LTD", fb, 15)
    d.text(52, 78, "Unit 4, Calder Park, Wakefield WF2 7AW  Tel 01924 771 200", f, 8)
    d.text(40, 114, "TAX INVOICE", fb, 13)
    kv(
        d,
        330,
        555,
        114,
        [
            ("Invoice No:", number),
            ("Invoice/Tax Date:", inv_date.strftime("%d/%m/%Y")),
            ("Delivery Date:", inv_date.strftime("%d/%m/%Y")),
            ("Account:", "HAL0042"),
            ("Payment Due:", due.strftime("%d/%m/%Y")),
        ],
        f,
        fb,
        8.5,
        11.5,
        bold_last=False,
    )
    lines_block(
        d,
        40,
        134,
        ["Invoice To:", "The Old Mill Kitchen", "12 Bridge Street", "Hebden Bridge", "HX7 8EX"],
        f,
        8.5,
        11.5,
    )
    cols = [
        Col("Code", 46),
        Col("Description", 160),
        Col("Pack", 76),
        Col("Qty", 30, "r"),
        Col("Price", 50, "r"),
        Col("Disc", 34, "r"),
        Col("Net", 58, "r"),
        Col("VAT", 30, "c"),
    ]
    rows = [
        [
            it.code,
            it.desc,
            it.pack,
            nf(it.qty, "en", 3 if it.qty != it.qty.to_integral() else 0),
            nf(it.price, "en"),
            f"{int(it.disc)}%" if it.disc else "",
            nf(it.amt, "en"),
            it.tax,
        ]
        for it in items
    ]
    rows.append(["FUEL", "Fuel surcharge", "", "1", nf(fuel, "en"), "", nf(fuel, "en"), "S"])
    y = table(d, 40, 214, cols, rows, f, 7.6, 12, fb, hsize=7.6)
    gcols = [Col("Code", 34, "c"), Col("Rate", 40, "r"), Col("Goods", 66, "r"), Col("VAT", 56, "r")]
    table(
        d,
        40,
        y + 14,
        gcols,
        [[c, f"{r}%", nf(n, "en"), nf(v, "en")] for c, r, n, v, _g in groups],
        f,
        8,
        12,
        fb,
        grid=True,
    )
    d.rect(330, y + 14, 225, 52, width=1)
    kv(
        d,
        338,
        550,
        y + 28,
        [
            ("Total Goods", nf(net, "en")),
            ("Total VAT", nf(vat, "en")),
            ("INVOICE TOTAL GBP", nf(total, "en")),
        ],
        f,
        fb,
        8.5,
        13,
    )
    lines_block(
        d,
        40,
        y + 100,
        [
            "Terms: 28 days from invoice date. Goods remain our property until paid in full.",
            "BACS: Pennine Catering Supplies Ltd  Sort 20-41-56  Acc 73019284",
            "VAT Reg No GB 318 4477 62   Company Reg No 06611842 (England & Wales)",
        ],
        f,
        7.6,
        11,
    )
    t = Truth(
        number,
        inv_date,
        due,
        vendor,
        net,
        vat,
        total,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        [li(it.desc, it.qty, it.price, it.amt) for it in items]
        + [li("Fuel surcharge", 1, fuel, fuel)],
        "Typewriter font; VAT codes S 20 % / Z 0 % per line with analysis table; fuel surcharge row; invoice, tax point and delivery dates equal; image-only PDF.",
        "GB",
        "catering wholesale",
    )
    return d, t


CAT_IE_AGRI = catalog("""
FT001|Fertiliser 18-6-12 granular|bag|29.50|0|50 kg
FT005|CAN 27% N fertiliser|t|385.00|0|
FT010|Lime ground|t|24.00|0|
FD020|Dairy nut 18% protein|bag|15.90|0|25 kg
FD022|Calf rearing ration|bag|17.40|0|25 kg
FD030|Beef finisher nuts|t|345.00|0|
SD040|Grass seed mix long term|bag|119.00|0|20 kg
SD041|Red clover seed|bag|86.00|0|5 kg
FU050|Coal nuts Polish|bag|24.90|13.5|40 kg
FU051|Briquettes peat|bale|6.20|13.5|
FU052|Kiln dried logs|net|7.80|13.5|
HW060|Galvanised gate 12 ft|ea|189.00|23|
HW061|Fencing post 7ft pressure treated|ea|9.40|23|
HW062|Barbed wire 200 m|roll|48.50|23|
HW063|Sheep wire mesh 100 m|roll|96.00|23|
VT070|Teat dip iodine|drum|64.00|23|25 l
VT071|Mineral lick bucket|tub|34.50|23|22.5 kg
HW064|Wellington boots|pair|32.00|23|
""")


def i13(rng: random.Random) -> tuple[Doc, Truth]:
    """IE agri co-op: VAT 0 % (fertiliser, feed, seed), 13.5 % (solid fuel), 23 %; delivery charge; scan."""
    d = Doc(*A4)
    f, fb = "DVC", "DVCB"
    items = pick_items(rng, CAT_IE_AGRI, 13, disc_p=0.2, discs=(2.5, 5))
    for it in items:
        if it.unit == "t":
            it.qty = D(rng.choice([1, 2, 3, 4])) + D(rng.choice([0, 0.5])).quantize(D("0.1"))
            it.amt = qd(it.qty * it.price * (100 - it.disc) / 100)
    deliv = D("45.00")
    rates = {"0": D(0), "13.5": D("13.5"), "23": D(23)}
    groups = tax_groups([(it.tax, it.amt) for it in items] + [("23", deliv)], rates)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    total = net + vat
    inv_date = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    due = date(inv_date.year, inv_date.month, 1) + timedelta(days=60)
    number = f"INV{rng.randint(500000, 599999)}"
    vendor = "Suir Valley Co-operative Society Ltd"
    d.circle(66, 66, 24, fill=rgb("#2f6f3e"), stroke=False)
    d.poly([(50, 74), (66, 50), (82, 74)], white)
    d.text(100, 62, "Suir Valley Co-op", fb, 18, color=rgb("#2f6f3e"))
    d.text(100, 78, "Agri Stores · Feed Mill · Fuels · Cahir, Co. Tipperary", f, 8.5, color=GREY)
    d.text(555, 62, "VAT INVOICE", fb, 14, "r")
    lines_block(
        d,
        40,
        120,
        [
            "Bill to:",
            "Michael & Siobhán O'Dwyer",
            "Ballybrado Farm",
            "Cahir, Co. Tipperary",
            "E21 KX38",
            "Herd No. T1234567",
        ],
        f,
        9,
        12,
    )
    kv(
        d,
        340,
        555,
        120,
        [
            ("Invoice No.", number),
            ("Date", inv_date.strftime("%d/%m/%Y")),
            ("Account No.", "OD0412"),
            ("Due Date", due.strftime("%d/%m/%Y")),
            ("Docket(s)", "D88123, D88140"),
        ],
        f,
        fb,
        9,
        12,
        bold_last=False,
    )
    cols = [
        Col("Product", 40),
        Col("Description", 170),
        Col("Pack", 52),
        Col("Qty", 36, "r"),
        Col("Unit", 34),
        Col("Price", 50, "r"),
        Col("Disc%", 34, "r"),
        Col("Value", 58, "r"),
        Col("VAT%", 36, "r"),
    ]
    rows = [
        [
            it.code,
            it.desc,
            it.pack,
            nf(it.qty, "en", 1 if it.unit == "t" else 0),
            it.unit,
            nf(it.price, "en"),
            nf(it.disc, "en", 1) if it.disc else "",
            nf(it.amt, "en"),
            it.tax,
        ]
        for it in items
    ]
    rows.append(
        [
            "DEL",
            "Delivery charge - bulk",
            "",
            "1",
            "load",
            nf(deliv, "en"),
            "",
            nf(deliv, "en"),
            "23",
        ]
    )
    y = table(d, 40, 214, cols, rows, f, 8, 13, fb, grid=True, hfill=rgb("#dfeee2"))
    gcols = [
        Col("VAT Rate", 50, "r"),
        Col("Net", 70, "r"),
        Col("VAT", 60, "r"),
        Col("Gross", 70, "r"),
    ]
    table(
        d,
        40,
        y + 14,
        gcols,
        [[f"{r}%", nf(n, "en"), nf(v, "en"), nf(g, "en")] for _c, r, n, v, g in groups],
        f,
        8.5,
        12.5,
        fb,
    )
    kv(
        d,
        350,
        555,
        y + 26,
        [
            ("Net Total", nf(net, "en")),
            ("VAT Total", nf(vat, "en")),
            ("Invoice Total EUR", nf(total, "en")),
        ],
        f,
        fb,
        10,
        15,
    )
    lines_block(
        d,
        40,
        770,
        [
            "Payment due by the end of the month following the invoice month. 2.5% settlement discount on feed if paid by the 15th.",
            "AIB Cahir  IBAN IE29 AIBK 9311 5212 3456 78  BIC AIBKIE2D   VAT Reg. IE 8F12345B   Reg. Society No. 1207R",
        ],
        f,
        7.2,
        10,
    )
    t = Truth(
        number,
        inv_date,
        due,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "en-IE",
        "invoice",
        "invoice",
        [li(it.desc, it.qty, it.price, it.amt) for it in items]
        + [li("Delivery charge - bulk", 1, deliv, deliv)],
        "Three VAT rates 0/13.5/23 in a rate column; tonnes with one decimal; settlement-discount text does not change the total; scan.",
        "IE",
        "agricultural supply",
    )
    return d, t


CAT_CA_AUTO = catalog("""
BP-4412|Brake pad set ceramic front|set|68.40|GP
BR-2290|Brake rotor vented front|ea|74.95|GP
OF-1120|Oil filter spin-on|ea|7.85|GP
AF-3310|Engine air filter|ea|18.60|GP
CF-0421|Cabin air filter carbon|ea|21.30|GP
SP-7720|Spark plug iridium|ea|12.45|GP
WB-2200|Wiper blade 22 in beam|ea|14.90|GP
BT-65H|Battery group 65 850 CCA|ea|189.00|GP
AL-130|Alternator reman 130A|ea|264.00|GP
SR-882|Starter reman|ea|198.00|GP
OL-5W30|Motor oil 5W-30 synthetic|jug|39.90|GP
CL-5050|Coolant 50/50 premixed|jug|17.25|GP
TR-2257|Tire 225/65R17 all-season|ea|162.00|GP
SB-1040|Sway bar link front|ea|29.80|GP
TE-3320|Tie rod end outer|ea|34.60|GP
WP-4410|Water pump with gasket|ea|96.50|GP
""")


def i14(rng: random.Random) -> tuple[Doc, Truth]:
    """CA (British Columbia) auto parts jobber, Letter: GST 5 % + PST 7 % on parts; tire levy and core returns GST only."""
    d = Doc(*letter)
    items = pick_items(rng, CAT_CA_AUTO, 12, disc_p=0.0)
    for it in items:
        it.qty = D(rng.choice([1, 1, 2, 2, 4, 6]))
        it.amt = qd(it.qty * it.price)
    extra = []
    n_tire = sum(it.qty for it in items if it.code.startswith("TR"))
    if n_tire:
        extra.append(
            Item(
                "LEVY-T",
                "Tire stewardship levy BC",
                "ea",
                n_tire,
                D("5.00"),
                "G",
                D(0),
                qd(n_tire * 5),
            )
        )
    cores = [it for it in items if it.code.startswith(("AL", "SR", "BT"))]
    for it in cores:
        extra.append(
            Item(
                "CORE",
                f"Core charge {it.code}",
                "ea",
                it.qty,
                D("45.00") if it.code.startswith(("AL", "SR")) else D("15.00"),
                "GP",
                D(0),
                qd(it.qty * (D("45.00") if it.code.startswith(("AL", "SR")) else D("15.00"))),
            )
        )
    extra.append(
        Item("CORE-R", "Core return credit", "ea", D(-1), D("45.00"), "GP", D(0), D("-45.00"))
    )
    items += extra
    gp = sum(it.amt for it in items if it.tax == "GP")
    g_only = sum(it.amt for it in items if it.tax == "G")
    net = gp + g_only
    gst = qd(net * D("0.05"))
    pst = qd(gp * D("0.07"))
    vat = gst + pst
    total = net + vat
    inv_date = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    due = inv_date + timedelta(days=30)
    number = f"{rng.randint(880000, 889999)}"
    vendor = "Fraser Valley Auto Parts Ltd."
    w = letter[0]
    d.rect(36, 34, 110, 46, stroke=False, fill=rgb("#d32f2f"))
    d.text(91, 64, "FVAP", "Helvetica-Bold", 22, "c", white)
    lines_block(
        d,
        156,
        48,
        [
            vendor,
            "31020 South Fraser Way, Abbotsford BC V2T 1V2",
            "604-555-0148 · counter@fvap.ca",
            "GST/HST # 81234 5678 RT0001 · PST-1234-5678",
        ],
        "Helvetica",
        8.2,
        10.5,
    )
    d.text(w - 36, 52, "INVOICE", "Helvetica-Bold", 18, "r")
    kv(
        d,
        420,
        w - 36,
        72,
        [
            ("Invoice #", number),
            ("Date", inv_date.strftime("%b %d, %Y")),
            ("Terms", "Net 30"),
            ("Due", due.strftime("%b %d, %Y")),
            ("PO #", "WO-22871"),
        ],
        "Helvetica",
        "Helvetica-Bold",
        8.5,
        11.5,
        bold_last=False,
    )
    lines_block(
        d,
        36,
        118,
        [
            "SOLD TO",
            "Ridgeview Auto Service Inc.",
            "2245 McCallum Rd",
            "Abbotsford BC V2S 3N9",
            "Acct 40117",
        ],
        "Helvetica",
        9,
        12,
    )
    cols = [
        Col("Part #", 62),
        Col("Description", 190),
        Col("Qty", 30, "r"),
        Col("Unit price", 60, "r"),
        Col("Ext. price", 66, "r"),
        Col("Tax", 32, "c"),
    ]
    rows = [
        [it.code, it.desc, nf(it.qty, "en", 0), nf(it.price, "en"), nf(it.amt, "en"), it.tax]
        for it in items
    ]
    y = table(
        d, 36, 196, cols, rows, "Helvetica", 8.3, 13, zebra=rgb("#f3f3f3"), hfill=rgb("#ffd6d6")
    )
    kv(
        d,
        380,
        w - 36,
        y + 14,
        [
            ("Subtotal", nf(net, "en")),
            ("GST 5%", nf(gst, "en")),
            ("PST 7%", nf(pst, "en")),
            ("TOTAL CAD", nf(total, "en")),
        ],
        "Helvetica",
        "Helvetica-Bold",
        9.5,
        14,
    )
    lines_block(
        d,
        36,
        y + 14,
        [
            "Tax codes: GP = GST + PST, G = GST only.",
            "Core charges refunded on return of a rebuildable core within 30 days.",
            "Returns within 30 days with receipt; electrical parts non-returnable.",
            "Interest of 2% per month on overdue accounts.",
        ],
        "Helvetica",
        7.8,
        11,
    )
    t = Truth(
        number,
        inv_date,
        due,
        vendor,
        net,
        vat,
        total,
        "CAD",
        "en-CA",
        "invoice",
        "invoice",
        [li(it.desc, it.qty, it.price, it.amt) for it in items],
        "Two taxes GST 5 % + PST 7 % (vat = both); tire levy GST only via tax code; core charges and a negative core return; US Letter; 'Mon DD, YYYY' dates.",
        "CA",
        "auto parts",
    )
    return d, t


CAT_IN_PHARMA = catalog("""
30049099|Paracetamol 650mg Tab 15's|STRIP|22.40|5
30042019|Azithromycin 500mg Tab 3's|STRIP|71.20|5
30049069|Pantoprazole 40mg Tab 15's|STRIP|98.50|5
30049039|Metformin SR 500mg Tab 15's|STRIP|34.60|5
30049034|Amlodipine 5mg Tab 15's|STRIP|27.80|5
30042031|Amoxyclav 625mg Tab 10's|STRIP|159.00|5
30049011|Cetirizine 10mg Tab 10's|STRIP|14.90|5
30045039|Vitamin D3 60K Cap 4's|STRIP|96.00|5
30049099|ORS Powder Orange 21g|SACHET|18.40|5
30049099|Cough Syrup 100ml|BTL|86.70|5
30051090|Crepe Bandage 10cm|PCS|48.00|5
90183100|Insulin Syringe 40 IU|PCS|7.20|5
33049990|Sunscreen Lotion SPF50 100ml|TUBE|312.00|18
34011190|Antiseptic Soap 75g|PCS|31.50|18
33059011|Anti-dandruff Shampoo 180ml|BTL|212.00|18
21069099|Protein Powder Chocolate 500g|JAR|689.00|18
30049099|Multivitamin Tab 30's|BTL|248.00|5
90251990|Digital Thermometer|PCS|118.00|18
40151900|Examination Gloves M 100's|BOX|245.00|5
30061010|Surgical Suture 3-0|BOX|1420.00|5
33061020|Toothpaste Sensitive 70g|TUBE|96.00|18
96190010|Adult Diapers M 10's|PKT|398.00|5
""")


def i15(rng: random.Random) -> tuple[Doc, Truth]:
    """IN pharma distributor, two pages: HSN, batch/expiry, CGST+SGST per rate (5 %, 18 %), lakh grouping, Round Off."""
    d = Doc(*A4)
    f, fb = "DVC", "DVCB"
    items = pick_items(rng, CAT_IN_PHARMA, 26, disc_p=0.4, discs=(2, 5, 8, 10))
    for it in items:
        it.qty = D(rng.choice([10, 20, 25, 30, 50, 60, 100, 120, 200]))
        it.amt = qd(it.qty * it.price * (100 - it.disc) / 100)
        it.pack = f"{rng.choice('ABKMPRT')}{rng.randint(2401, 2612)}{rng.randint(10, 99)}"
    rates = {"5": D(5), "18": D(18)}
    groups = []
    for code, r in rates.items():
        base = sum((it.amt for it in items if it.tax == code), D(0))
        if base:
            half = qd(base * r / 200)
            groups.append((code, r, base, half, half))
    net = sum(g[2] for g in groups)
    vat = sum(g[3] + g[4] for g in groups)
    raw = net + vat
    rounded = qd(raw, 0)
    rounding = rounded - raw
    inv_date = date(2026, rng.randint(1, 3), rng.randint(1, 28))
    due = inv_date + timedelta(days=21)
    number = f"KPD/25-26/{rng.randint(10000, 19999)}"
    vendor = "Kaveri Pharma Distributors Pvt. Ltd."

    def head(page):
        d.text(297, 44, "TAX INVOICE", fb, 12, "c")
        d.text(40, 66, vendor, fb, 14, color=rgb("#4a148c"))
        lines_block(
            d,
            40,
            80,
            [
                "No. 17, 2nd Cross, Chamarajpet, Bengaluru - 560018, Karnataka",
                "GSTIN: 29AACCK4471M1ZQ  ·  DL No. KA-B21-204518 / 204519  ·  Ph: 080-2660 1877",
            ],
            f,
            8,
            10,
        )
        d.text(555, 66, f"Page {page} of 2", f, 8, "r", GREY)

    head(1)
    d.rect(40, 106, 515, 70, width=0.6)
    d.line(300, 106, 300, 176, 0.6)
    lines_block(
        d,
        46,
        120,
        [
            "Billed to:",
            "Sri Lakshmi Medicals",
            "45, Sampige Road, Malleshwaram, Bengaluru 560003",
            "GSTIN: 29ABCPL7782K1Z5  ·  State: Karnataka (29)",
            "DL No. KA-B21-118872",
        ],
        f,
        8,
        11,
    )
    kv(
        d,
        306,
        549,
        120,
        [
            ("Invoice No.", number),
            ("Invoice Date", inv_date.strftime("%d-%m-%Y")),
            ("Due Date", due.strftime("%d-%m-%Y")),
            ("Place of Supply", "Karnataka (29)"),
            ("Salesman / Route", "R. Naveen / R-07"),
        ],
        f,
        fb,
        8,
        11,
        bold_last=False,
    )
    cols = [
        Col("#", 18, "r"),
        Col("HSN", 46),
        Col("Product", 150),
        Col("Batch", 46),
        Col("Exp", 34),
        Col("Qty", 32, "r"),
        Col("Rate", 44, "r"),
        Col("Disc%", 30, "r"),
        Col("Taxable", 60, "r"),
        Col("GST%", 30, "r"),
    ]

    def rows(a, b):
        return [
            [
                str(i + 1),
                it.code,
                it.desc,
                it.pack,
                f"{rng.randint(1, 12):02d}/{rng.randint(27, 29)}",
                nf(it.qty, "in", 0),
                nf(it.price, "in"),
                nf(it.disc, "in", 0) if it.disc else "",
                nf(it.amt, "in"),
                it.tax,
            ]
            for i, it in enumerate(items[a:b], start=a)
        ]

    split = 20
    y = table(
        d, 40, 186, cols, rows(0, split), f, 7.6, 12, fb, hsize=7.6, grid=True, hfill=rgb("#ede7f6")
    )
    carry = sum(it.amt for it in items[:split])
    d.text(380, y + 10, "Carried forward", fb, 8)
    d.text(549, y + 10, nf(carry, "in"), fb, 8, "r")
    d.new_page()
    head(2)
    d.text(380, 112, "Brought forward", fb, 8)
    d.text(549, 112, nf(carry, "in"), fb, 8, "r")
    y = table(
        d,
        40,
        122,
        cols,
        rows(split, len(items)),
        f,
        7.6,
        12,
        fb,
        hsize=7.6,
        grid=True,
        hfill=rgb("#ede7f6"),
    )
    gcols = [
        Col("GST %", 40, "r"),
        Col("Taxable Value", 76, "r"),
        Col("CGST %", 42, "r"),
        Col("CGST Amt", 62, "r"),
        Col("SGST %", 42, "r"),
        Col("SGST Amt", 62, "r"),
        Col("Total Tax", 66, "r"),
    ]
    grows = [
        [f"{r}", nf(n, "in"), rs(r / 2), nf(c1, "in"), rs(r / 2), nf(c2, "in"), nf(c1 + c2, "in")]
        for _c, r, n, c1, c2 in groups
    ]
    y = table(d, 40, y + 14, gcols, grows, f, 8, 12, fb, grid=True)
    y = kv(
        d,
        340,
        549,
        y + 14,
        [
            ("Taxable Amount", nf(net, "in")),
            ("Total CGST", nf(sum(g[3] for g in groups), "in")),
            ("Total SGST", nf(sum(g[4] for g in groups), "in")),
            ("Round Off", nf(rounding, "in")),
        ],
        f,
        fb,
        9,
        13,
        bold_last=False,
    )
    d.rect(340, y - 4, 215, 22, stroke=False, fill=rgb("#ede7f6"))
    d.text(346, y + 11, "NET PAYABLE (₹)", fb, 11)
    d.text(549, y + 11, nf(rounded, "in"), fb, 11, "r")
    lines_block(
        d,
        40,
        y + 44,
        [
            "Terms: Payment within 21 days. Interest @18% p.a. after due date.",
            "Goods once sold will not be taken back or exchanged. Subject to Bengaluru jurisdiction.",
            "Bank: HDFC Bank, Chamarajpet · A/c 50200011872234 · IFSC HDFC0001287",
        ],
        f,
        8,
        11,
    )
    d.text(549, y + 100, "For Kaveri Pharma Distributors Pvt. Ltd.", fb, 8, "r")
    d.text(549, y + 130, "Authorised Signatory", f, 8, "r")
    t = Truth(
        number,
        inv_date,
        due,
        vendor,
        net,
        vat,
        rounded,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        [li(it.desc, it.qty, it.price, it.amt) for it in items],
        "Two pages with carried/brought forward; CGST+SGST halves per GST rate (vat = all of them); Indian lakh grouping; Round Off line to whole rupees; fiscal-year invoice number with slashes.",
        "IN",
        "pharmaceutical distributor",
        rounding=rounding,
    )
    return d, t


CAT_HU_ELELMISZER = catalog("""
11020|Csirkemellfilé friss|kg|2890|5|
11045|Sertés karaj csont nélkül|kg|2690|5|
11090|Tojás M méret|tálca|1890|5|30 db
11110|UHT tej 2,8%|karton|3590|5|12x1 l
12010|Trappista sajt|kg|3450|18|
12030|Tejföl 20%|vödör|2790|18|3 kg
12055|Vaj 82%|karton|9890|18|20x250 g
12110|Kenyér fehér szeletelt|db|690|18|1 kg
13010|Liszt BL55|zsák|6990|27|25 kg
13020|Kristálycukor|zsák|5990|27|10 kg
13055|Napraforgó étolaj|kanna|8290|27|10 l
13100|Paradicsompüré|karton|4690|27|12x140 g
13200|Ásványvíz szénsavas|zsugor|1290|27|6x1,5 l
13250|Narancslé 100%|karton|4490|27|12x1 l
13300|Kávé őrölt|csomag|3290|27|1 kg
13400|Mosogatószer|kanna|3690|27|5 l
""")


def i16(rng: random.Random) -> tuple[Doc, Truth]:
    """HU food wholesaler, HUF without decimals: ÁFA 5/18/27 %, per-rate ÁFA table, 'Fizetendő', dotted dates."""
    d = Doc(*A4)
    f, fb = "DVS", "DVSB"
    items = pick_items(rng, CAT_HU_ELELMISZER, 14, dec=0, disc_p=0.2, discs=(3, 5))
    rates = {"5": D(5), "18": D(18), "27": D(27)}
    groups = tax_groups([(it.tax, it.amt) for it in items], rates, dec=0)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    total = net + vat
    inv_date = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    due = inv_date + timedelta(days=15)
    number = f"ALF-2026-{rng.randint(1000, 9999):06d}"
    vendor = "Alföld-Food Nagykereskedelmi Kft."
    d.text(40, 60, "ALFÖLD-FOOD", fb, 22, color=rgb("#ef6c00"))
    d.text(40, 76, "nagykereskedelem · vendéglátás · közétkeztetés", f, 8.5, color=GREY)
    d.text(555, 58, "SZÁMLA", fb, 18, "r")
    d.text(555, 76, f"Sorszám: {number}", f, 9, "r")
    d.rect(40, 96, 250, 76, width=0.6)
    d.text(46, 108, "Eladó", fb, 8, color=GREY)
    lines_block(
        d,
        46,
        121,
        [
            vendor,
            "6000 Kecskemét, Izsáki út 12.",
            "Adószám: 12873440-2-03",
            "Bank: 11732002-20418872-00000000",
        ],
        f,
        8.2,
        11,
    )
    d.rect(305, 96, 250, 76, width=0.6)
    d.text(311, 108, "Vevő", fb, 8, color=GREY)
    lines_block(
        d,
        311,
        121,
        [
            "Napsugár Óvoda Konyha - Kecskemét MJV",
            "6000 Kecskemét, Kossuth tér 1.",
            "Adószám: 15724783-2-03",
        ],
        f,
        8.2,
        11,
    )
    cols4 = [
        Col("Fizetési mód", 128, "c"),
        Col("Teljesítés dátuma", 129, "c"),
        Col("Számla kelte", 129, "c"),
        Col("Fizetési határidő", 129, "c"),
    ]
    table(
        d,
        40,
        184,
        cols4,
        [
            [
                "átutalás",
                dfmt(inv_date - timedelta(days=1), "%Y.%m.%d."),
                dfmt(inv_date, "%Y.%m.%d."),
                dfmt(due, "%Y.%m.%d."),
            ]
        ],
        f,
        8.5,
        13,
        fb,
        grid=True,
    )
    cols = [
        Col("Cikkszám", 46),
        Col("Megnevezés", 148),
        Col("Kiszerelés", 56),
        Col("Menny.", 40, "r"),
        Col("Me.", 40),
        Col("Egységár", 52, "r"),
        Col("Eng.", 28, "r"),
        Col("Nettó érték", 62, "r"),
        Col("ÁFA", 43, "r"),
    ]
    rows = [
        [
            it.code,
            it.desc,
            it.pack,
            nf(it.qty, "fr", 3 if it.qty != it.qty.to_integral() else 0),
            it.unit,
            nf(it.price, "fr", 0),
            f"{int(it.disc)}%" if it.disc else "",
            nf(it.amt, "fr", 0),
            f"{it.tax}%",
        ]
        for it in items
    ]
    y = table(d, 40, 230, cols, rows, f, 7.6, 12.5, fb, hsize=7.6, grid=True, hfill=rgb("#ffe0b2"))
    gcols = [
        Col("ÁFA-kulcs", 56, "r"),
        Col("Nettó", 70, "r"),
        Col("ÁFA", 62, "r"),
        Col("Bruttó", 70, "r"),
    ]
    grows = [[f"{r}%", nf(n, "fr", 0), nf(v, "fr", 0), nf(g, "fr", 0)] for _c, r, n, v, g in groups]
    grows.append(["Összesen", nf(net, "fr", 0), nf(vat, "fr", 0), nf(total, "fr", 0)])
    y = table(d, 297, y + 14, gcols, grows, f, 8.5, 12.5, fb, grid=True)
    d.rect(297, y + 6, 258, 24, stroke=False, fill=rgb("#ffe0b2"))
    d.text(303, y + 22, "Fizetendő:", fb, 11.5)
    d.text(549, y + 22, nf(total, "fr", 0) + " Ft", fb, 11.5, "r")
    d.text(
        40,
        800,
        "A számla a 2007. évi CXXVII. tv. szerint készült. Késedelmi kamat: jegybanki alapkamat + 8%.",
        f,
        7,
        color=GREY,
    )
    t = Truth(
        number,
        inv_date,
        due,
        vendor,
        net,
        vat,
        total,
        "HUF",
        "hu-HU",
        "invoice",
        "invoice",
        [li(it.desc, it.qty, it.price, it.amt) for it in items],
        "HUF without decimals (keyed .00); ÁFA 5/18/27 % per line and in a rate table with 'Összesen'; YYYY.MM.DD. dates in a four-cell strip; performance date differs from issue date.",
        "HU",
        "food wholesale",
    )
    return d, t


# ============================================================================= receipts


class Roll:
    """A till roll: a cursor moving down a page as long as its content."""

    def __init__(
        self,
        width_mm: float,
        font: str = "Courier",
        size: float = 8.0,
        lh: float | None = None,
        margin: float = 9.0,
        bold: str | None = None,
    ):
        self.d = Doc(width_mm * mm, None, margin=3.0)
        self.d.y = 16.0
        self.f, self.s = font, size
        self.b = bold or font
        self.lh = lh or size * 1.28
        self.x0, self.x1 = margin, width_mm * mm - margin

    @property
    def mid(self) -> float:
        return (self.x0 + self.x1) / 2

    def _base(self, size: float) -> float:
        return self.d.y + 0.8 * size

    def c(self, s: str, size: float | None = None, bold: bool = False) -> None:
        size = size or self.s
        self.d.text(self.mid, self._base(size), s, self.b if bold else self.f, size, "c")
        self.d.y += max(self.lh, size * 1.25)

    def l(self, s: str, size: float | None = None, bold: bool = False, indent: float = 0) -> None:  # noqa: E743
        size = size or self.s
        self.d.text(self.x0 + indent, self._base(size), s, self.b if bold else self.f, size)
        self.d.y += max(self.lh, size * 1.25)

    def lr(
        self,
        left: str,
        right: str,
        size: float | None = None,
        bold: bool = False,
        indent: float = 0,
        mid: str | None = None,
        midx: float = 0.62,
    ) -> None:
        size = size or self.s
        font = self.b if bold else self.f
        y = self._base(size)
        if left:
            self.d.text(self.x0 + indent, y, left, font, size)
        if mid:
            self.d.text(self.x0 + (self.x1 - self.x0) * midx, y, mid, font, size, "r")
        if right:
            self.d.text(self.x1, y, right, font, size, "r")
        self.d.y += max(self.lh, size * 1.25)

    def cols(
        self, cells: list[tuple[str, float, str]], size: float | None = None, bold: bool = False
    ) -> None:
        """cells: (text, x as a fraction of the print width, align)."""
        size = size or self.s
        y = self._base(size)
        for s, fx, al in cells:
            if s:
                self.d.text(
                    self.x0 + (self.x1 - self.x0) * fx, y, s, self.b if bold else self.f, size, al
                )
        self.d.y += max(self.lh, size * 1.25)

    def sep(self, style: str = "dash") -> None:
        y = self.d.y + self.lh * 0.45
        if style == "dash":
            self.d.line(self.x0, y, self.x1, y, 0.6, dash=([2.5, 1.5], 0))
        elif style == "double":
            self.d.line(self.x0, y - 1.2, self.x1, y - 1.2, 0.5)
            self.d.line(self.x0, y + 1.2, self.x1, y + 1.2, 0.5)
        else:
            self.d.line(self.x0, y, self.x1, y, 0.6)
        self.d.y += self.lh

    def gap(self, k: float = 0.5) -> None:
        self.d.y += self.lh * k


@dataclass
class RL:
    desc: str
    qty: Decimal
    price: Decimal
    amt: Decimal
    code: str
    weighed: bool = False
    kind: str = "item"


def r_items(
    rng: random.Random, cat, n: int, dec: int = 2, qtys_=(1, 1, 1, 1, 2, 2, 3, 4, 6)
) -> list[RL]:
    """cat rows: desc|price|tax code[|w]  (w: weighed, price per kg)."""
    out = []
    for row in rng.sample(cat, n):
        desc, price, code = row[:3]
        p = D(price)
        if len(row) > 3 and row[3] == "w":
            q = D(rng.randint(180, 2600)) / 1000
            out.append(RL(desc, q, p, qd(q * p, dec), code, True))
        else:
            q = D(rng.choice(qtys_))
            out.append(RL(desc, q, p, qd(q * p, dec), code))
    return out


def r_truth(lines: list[RL]) -> list[dict]:
    return [li(x.desc, x.qty, x.price, x.amt) for x in lines]


CAT_DE_SUPER = catalog("""
Bananen|1.69|B|w
Tomaten Rispen|3.49|B|w
Äpfel Elstar|2.79|B|w
Gouda jung Theke|12.90|B|w
Vollmilch 3,5% 1l|1.15|B
Butter 250g|2.29|B
Toastbrot|1.49|B
Eier Freiland 10er|3.29|B
Spaghetti 500g|1.19|B
Kaffee Crema 1kg|14.99|B
Joghurt Natur 500g|0.99|B
Mineralwasser 1,5l|0.49|A
Apfelschorle 1l PET|1.09|A
Cola 1,25l|1.59|A
Pils 6x0,33l|4.99|A
Spülmittel 500ml|1.45|A
Küchenrolle 4er|3.79|A
Zahnpasta 75ml|1.95|A
Batterien AA 8er|6.99|A
Blumenstrauß|4.99|B
""")


def r01(rng: random.Random) -> tuple[Doc, Truth]:
    """DE supermarket: A 19 % / B 7 % letters, weighed goods, bottle deposit and Leergut return, card payment."""
    r = Roll(80, "Courier", 8.2, bold="Courier-Bold")
    lines = r_items(rng, CAT_DE_SUPER, 16)
    drinks = [x for x in lines if x.desc.startswith(("Mineral", "Apfel", "Cola"))]
    extra = []
    for x in drinks:
        extra.append(
            (x, RL("Pfand 0,25", x.qty, D("0.25"), qd(x.qty * D("0.25")), "A", kind="deposit"))
        )
    ret = RL("Leergut", D(rng.randint(4, 12)), D("-0.25"), D(0), "A", kind="return")
    ret.amt = qd(ret.qty * ret.price)
    promo = RL("Aktion Kaffee -20%", D(1), D(0), D(0), "B", kind="discount")
    coffee = [x for x in lines if x.desc.startswith("Kaffee")]
    order: list[RL] = []
    for x in lines:
        order.append(x)
        order += [e for k, e in extra if k is x]
        if coffee and x is coffee[0]:
            promo.price = -qd(x.amt * D("0.2"))
            promo.amt = promo.price
            order.append(promo)
    order.append(ret)
    rates = {"A": D(19), "B": D(7)}
    groups = tax_groups([(x.code, x.amt) for x in order], rates, incl=True)
    total = sum(x.amt for x in order)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    bon = f"{rng.randint(1000, 9999)}"
    vendor = "Frischewelt Markt GmbH"
    r.c("FRISCHEWELT", 18, bold=True)
    r.gap(0.6)
    r.c("Frischewelt Markt GmbH")
    r.c("Filiale Schwabing")
    r.c("Leopoldstraße 144")
    r.c("80804 München")
    r.c("USt-IdNr.: DE812706034")
    r.gap()
    r.lr("", "EUR")
    for x in order:
        if x.weighed:
            r.lr(x.desc, f"{nf(x.amt, 'de')} {x.code}")
            r.l(f"{nf(x.qty, 'de', 3)} kg x {nf(x.price, 'de')} EUR/kg", indent=10)
        elif x.qty != 1 or x.kind == "return":
            r.lr(x.desc, f"{nf(x.amt, 'de')} {x.code}")
            r.l(
                f"{nf(x.qty, 'de', 0)} Stk x {nf(abs(x.price) if x.kind != 'return' else x.price, 'de')}",
                indent=10,
            )
        else:
            r.lr(x.desc, f"{nf(x.amt, 'de')} {x.code}")
    r.sep()
    r.lr("SUMME", f"EUR {nf(total, 'de')}", 10, bold=True)
    r.sep("double")
    r.lr("Geg. Kartenzahlung", f"EUR {nf(total, 'de')}")
    r.lr("Girocard", nf(total, "de"))
    r.gap()
    r.cols(
        [
            ("Steuer", 0, "l"),
            ("%", 0.3, "r"),
            ("Netto", 0.6, "r"),
            ("Steuer", 0.8, "r"),
            ("Brutto", 1, "r"),
        ]
    )
    for c, rt, n, v, g in groups:
        r.cols(
            [
                (f"{c}=", 0, "l"),
                (f"{rs(rt, 'de')}%", 0.3, "r"),
                (nf(n, "de"), 0.6, "r"),
                (nf(v, "de"), 0.8, "r"),
                (nf(g, "de"), 1, "r"),
            ]
        )
    r.cols(
        [
            ("Gesamtbetrag", 0, "l"),
            (nf(net, "de"), 0.6, "r"),
            (nf(vat, "de"), 0.8, "r"),
            (nf(total, "de"), 1, "r"),
        ]
    )
    r.gap()
    r.lr(
        f"{dt.strftime('%d.%m.%Y')}  {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}",
        f"Bon-Nr.:{bon}",
    )
    r.lr("Markt:4471  Kasse:3", "Bed.:303030")
    r.gap()
    r.c("TSE-Signatur: MEUCIQDx7f2k...")
    r.c(f"TSE-Transaktion: {rng.randint(100000, 999999)}")
    r.c("Vielen Dank für Ihren Einkauf!", bold=True)
    t = Truth(
        bon,
        dt,
        None,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        r_truth(order),
        "Prices incl. VAT; A 19 % / B 7 % letters; weighed goods on a second line; Pfand per drink and negative Leergut; coffee promo; net/VAT table at the bottom.",
        "DE",
        "supermarket",
    )
    return r.d, t


CAT_FR_HYPER = catalog("""
Baguette tradition|1.15|1
Lait demi-écrémé 1L x6|6.54|1
Beurre doux 250g|2.49|1
Comté 18 mois|24.90|1|w
Pommes Golden|2.39|1|w
Carottes vrac|1.49|1|w
Yaourt nature x12|2.95|1
Café moulu 4x250g|11.80|1
Pâtes coquillettes 1kg|1.69|1
Poulet fermier|8.95|1|w
Eau minérale 6x1,5L|2.94|1
Jus d'orange 1L|2.19|1
Vin Côtes du Rhône 75cl|5.95|2
Bière blonde 10x25cl|6.49|2
Lessive liquide 2L|9.90|2
Papier toilette x12|5.79|2
Shampooing 250ml|3.45|2
Piles LR6 x4|4.99|2
Poulet rôti traiteur|8.50|3
Quiche lorraine traiteur|4.20|3
""")


def r02(rng: random.Random) -> tuple[Doc, Truth]:
    """FR hypermarket: TVA codes 1=5,5 % 2=20 % 3=10 %, loyalty discount lines, voucher, card payment; thermal scan."""
    r = Roll(80, "DVM", 7.6, bold="DVMB")
    lines = r_items(rng, CAT_FR_HYPER, 18)
    fid = [x for x in lines if x.code == "1" and not x.weighed][:2]
    order: list[RL] = []
    for x in lines:
        order.append(x)
        if x in fid:
            dsc = -qd(x.amt * D("0.3"))
            order.append(RL("  Remise fidélité -30%", D(1), dsc, dsc, x.code, kind="discount"))
    bon = RL("Bon de réduction Lessive", D(1), D("-1.50"), D("-1.50"), "2", kind="coupon")
    order.append(bon)
    rates = {"1": D("5.5"), "2": D(20), "3": D(10)}
    groups = tax_groups([(x.code, x.amt) for x in order], rates, incl=True)
    total = sum(x.amt for x in order)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    tick = f"{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
    vendor = "Hyper Loire Distribution SAS"
    r.c("HYPER LOIRE", 15, bold=True)
    r.c("Hyper Loire Distribution SAS")
    r.c("Centre commercial Les Atlantes")
    r.c("37700 Saint-Pierre-des-Corps")
    r.c("SIRET 512 348 771 00018")
    r.sep()
    for x in order:
        if x.weighed:
            r.lr(x.desc, f"{nf(x.amt, 'fr')} {x.code}")
            r.l(f"{nf(x.qty, 'fr', 3)} kg x {nf(x.price, 'fr')} €/kg", indent=8)
        elif x.qty > 1:
            r.l(f"{nf(x.qty, 'fr', 0)} x {nf(x.price, 'fr')}")
            r.lr(x.desc, f"{nf(x.amt, 'fr')} {x.code}")
        else:
            r.lr(x.desc, f"{nf(x.amt, 'fr')} {x.code}")
    r.sep()
    r.lr(f"{len([x for x in order if x.kind == 'item'])} ARTICLES", "")
    r.lr("TOTAL À PAYER", f"{nf(total, 'fr')} €", 10, bold=True)
    r.lr("CB SANS CONTACT", f"{nf(total, 'fr')} €")
    r.gap()
    r.cols(
        [
            ("Code", 0, "l"),
            ("Taux", 0.3, "r"),
            ("HT", 0.58, "r"),
            ("TVA", 0.78, "r"),
            ("TTC", 1, "r"),
        ]
    )
    for c, rt, n, v, g in groups:
        r.cols(
            [
                (c, 0, "l"),
                (f"{rs(rt, 'fr')}%", 0.3, "r"),
                (nf(n, "fr"), 0.58, "r"),
                (nf(v, "fr"), 0.78, "r"),
                (nf(g, "fr"), 1, "r"),
            ]
        )
    r.cols(
        [
            ("Total", 0, "l"),
            (nf(net, "fr"), 0.58, "r"),
            (nf(vat, "fr"), 0.78, "r"),
            (nf(total, "fr"), 1, "r"),
        ]
    )
    r.gap()
    saved = -sum(x.amt for x in order if x.kind in ("discount", "coupon"))
    r.c(f"Vous avez économisé {nf(saved, 'fr')} €", bold=True)
    r.c("Carte fidélité n° ****4417")
    r.gap()
    r.lr(
        f"{dt.strftime('%d/%m/%Y')} {rng.randint(9, 20):02d}:{rng.randint(0, 59):02d}",
        f"Ticket {tick}",
    )
    r.lr("Caisse 014", "Hôtesse 0231")
    r.c("Merci de votre visite - à bientôt")
    t = Truth(
        tick,
        dt,
        None,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "fr-FR",
        "receipt",
        "receipt",
        r_truth(order),
        "TVA codes 1/2/3 = 5,5/20/10 %; loyalty discounts as negative lines; coupon; HT/TVA/TTC table; 'Vous avez économisé' line is not a total.",
        "FR",
        "hypermarket",
    )
    return r.d, t


CAT_IT_SUPER = catalog("""
PANE CASERECCIO|3.20|B|w
MOZZARELLA BUFALA 250G|2.89|B
PROSCIUTTO CRUDO|24.90|A|w
PASTA FUSILLI 500G|0.99|C
PASSATA POMODORO 700G|1.19|C
LATTE FRESCO INTERO 1L|1.59|C
OLIO EVO 1L|8.90|C
ZUCCHERO 1KG|1.29|A
CAFFE MACINATO 250G|3.49|D
ACQUA NATURALE 6X1,5L|2.34|D
BIRRA 66CL|1.29|D
DETERSIVO PIATTI|1.89|D
CARTA IGIENICA X10|4.79|D
MELE FUJI|2.49|C|w
BANANE|1.79|C|w
YOGURT GRECO 2X150G|1.99|A
BISCOTTI FROLLINI 700G|2.79|A
VINO CHIANTI DOCG|6.90|D
""")


def r03(rng: random.Random) -> tuple[Doc, Truth]:
    """IT 'documento commerciale': IVA 4/10/22 letters, multi-buy sconto, electronic payment, RT number."""
    r = Roll(76, "Helvetica", 7.8, bold="Helvetica-Bold", margin=8)
    lines = r_items(rng, CAT_IT_SUPER, 15)
    order: list[RL] = []
    for x in lines:
        order.append(x)
        if x.qty >= 2 and not x.weighed:
            s = -qd(x.price * D("0.5"))
            order.append(RL("SCONTO 2X 50% SUL 2°", D(1), s, s, x.code, kind="discount"))
    rates = {"C": D(4), "A": D(10), "D": D(22)}
    for x in order:
        if x.code == "B":
            x.code = "A"
    groups = tax_groups([(x.code, x.amt) for x in order], rates, incl=True)
    total = sum(x.amt for x in order)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    num = f"{rng.randint(1000, 1999):04d}-{rng.randint(1, 999):04d}"
    vendor = "Supermercati Tigullio S.r.l."
    r.c("TIGULLIO", 16, bold=True)
    r.c("supermercati", 8)
    r.c(vendor)
    r.c("Corso Colombo 88 - 16043 Chiavari (GE)")
    r.c("P.IVA 01988770996")
    r.gap()
    r.c("DOCUMENTO COMMERCIALE", bold=True)
    r.c("di vendita o prestazione")
    r.lr("DESCRIZIONE", "IVA    Prezzo(€)")
    for x in order:
        if x.weighed:
            r.l(f"{nf(x.qty, 'de', 3)} kg x {nf(x.price, 'de')} €/kg")
        elif x.qty > 1:
            r.l(f"{nf(x.qty, 'de', 0)} x {nf(x.price, 'de')}")
        r.lr(x.desc, nf(x.amt, "de"), mid={"C": "4%", "A": "10%", "D": "22%"}[x.code], midx=0.72)
    r.sep("solid")
    r.lr("TOTALE COMPLESSIVO", nf(total, "de"), 10, bold=True)
    r.lr("DI CUI IVA", nf(vat, "de"))
    r.lr("Pagamento elettronico", nf(total, "de"))
    r.lr("Importo pagato", nf(total, "de"))
    r.gap()
    r.cols([("ALIQ.", 0, "l"), ("IMPONIBILE", 0.62, "r"), ("IMPOSTA", 1, "r")])
    for _c, rt, n, v, _g in groups:
        r.cols([(f"{rt}%", 0, "l"), (nf(n, "de"), 0.62, "r"), (nf(v, "de"), 1, "r")])
    r.gap()
    r.lr(
        f"{dt.strftime('%d-%m-%Y')} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}",
        f"DOCUMENTO N. {num}",
    )
    r.c("RT 99MEX041877")
    r.c("Lotteria scontrini: codice non inserito", 7)
    t = Truth(
        num,
        dt,
        None,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        r_truth(order),
        "IVA 4/10/22 % in a middle column; multi-buy 'sconto' lines; 'DI CUI IVA' is the tax; imponibile/imposta per rate; document number 'nnnn-nnnn'.",
        "IT",
        "supermarket",
    )
    return r.d, t


CAT_ES_SUPER = catalog("""
LECHE ENTERA 6X1L|5.34|4
PAN DE MOLDE|1.45|4
HUEVOS L 12U|2.95|4
TOMATE PERA|2.15|4|w
NARANJA ZUMO|1.29|4|w
MANZANA GOLDEN|1.99|4|w
ACEITE OLIVA VIRGEN EXTRA 1L|7.95|4
QUESO CURADO CUÑA|5.85|4
ARROZ REDONDO 1KG|1.35|4
JAMON COCIDO LONCHAS|2.40|10
ATUN CLARO PACK 6|5.95|10
YOGUR GRIEGO 6U|2.10|10
GALLETAS MARIA|1.30|10
AGUA MINERAL 6X1,5L|2.10|10
CERVEZA LATA 12X33CL|6.48|21
REFRESCO COLA 2L|1.79|21
DETERGENTE LIQUIDO 40 LAV|7.50|21
PAPEL HIGIENICO 12R|4.35|21
GEL DE DUCHA 750ML|1.95|21
""")


def r04(rng: random.Random) -> tuple[Doc, Truth]:
    """ES supermarket 'factura simplificada': IVA 4/10/21 % per rate, weighed produce, card; photo."""
    r = Roll(80, "DVM", 7.4, bold="DVMB")
    lines = r_items(rng, CAT_ES_SUPER, 17)
    rates = {"4": D(4), "10": D(10), "21": D(21)}
    groups = tax_groups([(x.code, x.amt) for x in lines], rates, incl=True)
    total = sum(x.amt for x in lines)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    num = f"{rng.randint(2000, 2999)}-{rng.randint(10, 30):03d}-{rng.randint(100000, 999999)}"
    vendor = "SUPERMERCADOS LEVANTE, S.A."
    r.c("SUPERMERCADOS LEVANTE", 11, bold=True)
    r.c(vendor)
    r.c("A-46103834")
    r.c("C/ COLÓN 41 - 46004 VALENCIA")
    r.c("TELÉFONO: 963 52 11 90")
    r.lr(
        f"{dt.strftime('%d/%m/%Y')} {rng.randint(9, 21):02d}:{rng.randint(0, 59):02d}", "OP: 118204"
    )
    r.c(f"FACTURA SIMPLIFICADA: {num}", bold=True)
    r.cols([("Descripción", 0, "l"), ("P. Unit", 0.75, "r"), ("Importe", 1, "r")])
    r.sep()
    for x in lines:
        if x.weighed:
            r.l(x.desc)
            r.cols(
                [
                    (f"  {nf(x.qty, 'de', 3)} kg", 0, "l"),
                    (f"{nf(x.price, 'de')} €/kg", 0.75, "r"),
                    (nf(x.amt, "de"), 1, "r"),
                ]
            )
        else:
            r.cols(
                [
                    (f"{int(x.qty)} {x.desc}", 0, "l"),
                    (nf(x.price, "de") if x.qty > 1 else "", 0.75, "r"),
                    (nf(x.amt, "de"), 1, "r"),
                ]
            )
    r.sep()
    r.lr("TOTAL (€)", nf(total, "de"), 10.5, bold=True)
    r.lr("TARJETA BANCARIA", nf(total, "de"))
    r.gap()
    r.cols([("IVA", 0, "l"), ("BASE IMPONIBLE (€)", 0.7, "r"), ("CUOTA (€)", 1, "r")])
    for _c, rt, n, v, _g in groups:
        r.cols([(f"{rt}%", 0, "l"), (nf(n, "de"), 0.7, "r"), (nf(v, "de"), 1, "r")])
    r.cols([("TOTAL", 0, "l"), (nf(net, "de"), 0.7, "r"), (nf(vat, "de"), 1, "r")])
    r.gap()
    r.c("TARJ. BANCARIA: **** **** **** 0937")
    r.c("AUT: 481207  ARC: 00  CONTACTLESS")
    r.c("SE ADMITEN DEVOLUCIONES CON TICKET")
    t = Truth(
        num,
        dt,
        None,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "es-ES",
        "receipt",
        "receipt",
        r_truth(lines),
        "IVA 4/10/21 % only in the bottom base/cuota table (no per-line code); weighed goods on two lines; long simplified-invoice number; photo.",
        "ES",
        "supermarket",
    )
    return r.d, t


CAT_PT_HIPER = catalog("""
Leite meio-gordo 1L|0.89|C
Pão de forma|1.39|C
Arroz agulha 1kg|1.29|C
Bacalhau crescido|12.99|C|w
Laranja do Algarve|1.49|C|w
Batata branca|0.99|C|w
Azeite virgem extra 750ml|6.49|C
Queijo flamengo fatias|2.19|C
Iogurte natural 4x|1.19|C
Café torrado moído 250g|3.29|B
Sumo de laranja 1L|1.79|A
Água mineral 6x1,5L|1.74|C
Cerveja 6x33cl|4.99|A
Vinho tinto Douro|5.49|B
Detergente roupa 30 lav|8.99|A
Papel higiénico 12 rolos|4.29|A
Pasta de dentes|2.15|A
""")


def r05(rng: random.Random) -> tuple[Doc, Truth]:
    """PT hypermarket 'Fatura simplificada': IVA A 23 % / B 13 % / C 6 %, ATCUD, NIF, cash with change; scan downscaled."""
    r = Roll(80, "Courier", 7.8, bold="Courier-Bold")
    lines = r_items(rng, CAT_PT_HIPER, 15)
    cupao = RL("Cupão desconto Atlântico", D(1), D("-2.00"), D("-2.00"), "A", kind="coupon")
    order = [*lines, cupao]
    rates = {"A": D(23), "B": D(13), "C": D(6)}
    groups = tax_groups([(x.code, x.amt) for x in order], rates, incl=True)
    total = sum(x.amt for x in order)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    paid = qd(total / 10, 0) * 10 + (10 if qd(total / 10, 0) * 10 < total else 0)
    change = paid - total
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    num = f"FS 031/{rng.randint(100000, 999999)}"
    vendor = "Hipermercados Atlântico, S.A."
    r.c("ATLÂNTICO", 16, bold=True)
    r.c(vendor)
    r.c("Av. da Boavista 1277, 4100-130 Porto")
    r.c("NIF 503 117 288 - Cap. Soc. 5.000.000 €")
    r.gap()
    r.c("FATURA SIMPLIFICADA", bold=True)
    r.c(f"{num}")
    r.c(f"ATCUD: JFT7K2M9-{num.split('/')[1]}")
    r.lr(
        f"Data: {dt.strftime('%Y-%m-%d')}",
        f"Hora: {rng.randint(9, 21):02d}:{rng.randint(0, 59):02d}",
    )
    r.l("Contribuinte: Consumidor final")
    r.sep()
    for x in order:
        if x.weighed:
            r.lr(f"({x.code}) {x.desc}", nf(x.amt, "de"))
            r.l(f"{nf(x.qty, 'de', 3)} kg x {nf(x.price, 'de')} EUR/kg", indent=14)
        elif x.qty > 1:
            r.lr(f"({x.code}) {x.desc}", nf(x.amt, "de"))
            r.l(f"{nf(x.qty, 'de', 0)} X {nf(x.price, 'de')}", indent=14)
        else:
            r.lr(f"({x.code}) {x.desc}", nf(x.amt, "de"))
    r.sep()
    r.lr("TOTAL A PAGAR", nf(total, "de"), 10, bold=True)
    r.lr("Numerário", nf(paid, "de"))
    r.lr("Troco", nf(change, "de"))
    r.gap()
    r.cols([("Taxa", 0, "l"), ("Incid.", 0.55, "r"), ("IVA", 0.77, "r"), ("Total", 1, "r")])
    for c, rt, n, v, g in groups:
        r.cols(
            [
                (f"{c} {rt}%", 0, "l"),
                (nf(n, "de"), 0.55, "r"),
                (nf(v, "de"), 0.77, "r"),
                (nf(g, "de"), 1, "r"),
            ]
        )
    r.gap()
    r.c("IVA incluído à taxa em vigor")
    r.c("Processado por programa certificado n.º 1127/AT")
    t = Truth(
        num,
        dt,
        None,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "pt-PT",
        "receipt",
        "receipt",
        r_truth(order),
        "IVA letters A/B/C = 23/13/6 % as line prefixes; coupon; cash with change (Numerário/Troco); incidence table; ISO date; scan downscaled to ~650 px.",
        "PT",
        "hypermarket",
    )
    return r.d, t


CAT_NL_SUPER = catalog("""
HALFVOLLE MELK 1,5L|1.39|L
GOUDSE KAAS JONG 48+|11.49|L|w
VOLKORENBROOD HEEL|2.49|L
EIEREN SCHARREL 10ST|3.19|L
BANANEN TROS|1.99|L|w
KIPFILET 600G|6.99|L
AARDAPPELEN KRUIMIG 2KG|2.29|L
HAGELSLAG PUUR|2.69|L
KOFFIEBONEN 1KG|12.99|L
SPA BLAUW 1,5L|0.99|L
COLA ZERO 1,5L|1.79|L
PILSENER KRAT 24X30CL|17.99|H
WASMIDDEL 38 SC|10.49|H
TANDPASTA|2.49|H
WC PAPIER 8 ROL|4.79|H
BLOEMEN TULPEN 10|4.99|L
""")


def r06(rng: random.Random) -> tuple[Doc, Truth]:
    """NL supermarket: BTW 9 %/21 %, 'bonus' discounts, statiegeld on bottles and crate, returned bottles voucher, PIN."""
    r = Roll(80, "Helvetica", 8.2, bold="Helvetica-Bold", margin=10)
    lines = r_items(rng, CAT_NL_SUPER, 14)
    order: list[RL] = []
    for x in lines:
        order.append(x)
        if x.desc.startswith(("SPA", "COLA")):
            order.append(
                RL(
                    "STATIEGELD FLES",
                    x.qty,
                    D("0.15"),
                    qd(x.qty * D("0.15")),
                    x.code,
                    kind="deposit",
                )
            )
        if x.desc.startswith("PILSENER"):
            order.append(
                RL("STATIEGELD KRAT", x.qty, D("3.90"), qd(x.qty * D("3.90")), "H", kind="deposit")
            )
        if not x.weighed and x.qty >= 2:
            b = -qd(x.amt * D("0.25"))
            order.append(RL("BONUS 25% KORTING", D(1), b, b, x.code, kind="discount"))
    bon = RL("STATIEGELDBON", D(1), D("-2.40"), D("-2.40"), "L", kind="return")
    order.append(bon)
    rates = {"L": D(9), "H": D(21)}
    groups = tax_groups([(x.code, x.amt) for x in order], rates, incl=True)
    total = sum(x.amt for x in order)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    num = f"{rng.randint(1000, 9999)}"
    vendor = "Buurtsuper De Linde B.V."
    r.c("DE LINDE", 18, bold=True)
    r.c("buurtsuper · vers · dichtbij", 7.5)
    r.c("Lindelaan 2, 3811 LS Amersfoort")
    r.c("Tel 033-4612277")
    r.gap()
    r.cols(
        [("AANT", 0, "l"), ("OMSCHRIJVING", 0.16, "l"), ("PRIJS", 0.8, "r"), ("BEDRAG", 1, "r")],
        bold=True,
    )
    for x in order:
        if x.weighed:
            r.cols(
                [
                    (nf(x.qty, "de", 3), 0, "l"),
                    (x.desc, 0.16, "l"),
                    ("", 0.8, "r"),
                    (nf(x.amt, "de"), 1, "r"),
                ]
            )
            r.l(f"{nf(x.price, 'de')} EUR/KG", indent=40, size=7)
        elif x.kind in ("discount", "return"):
            r.cols([("", 0, "l"), (x.desc, 0.16, "l"), ("", 0.8, "r"), (nf(x.amt, "de"), 1, "r")])
        else:
            r.cols(
                [
                    (str(int(x.qty)), 0, "l"),
                    (x.desc, 0.16, "l"),
                    (nf(x.price, "de") if x.qty > 1 else "", 0.8, "r"),
                    (nf(x.amt, "de"), 1, "r"),
                ]
            )
    r.sep()
    r.lr(
        f"{sum(int(x.qty) for x in order if x.kind == 'item' and not x.weighed) + sum(1 for x in order if x.weighed)} SUBTOTAAL",
        nf(total, "de"),
    )
    r.lr("TOTAAL", nf(total, "de"), 11, bold=True)
    r.lr("PINNEN", nf(total, "de"))
    r.gap()
    r.cols([("BTW", 0, "l"), ("OVER", 0.55, "r"), ("BTW", 1, "r")])
    for _c, rt, n, v, _g in groups:
        r.cols([(f"{rt}%", 0, "l"), (nf(n, "de"), 0.55, "r"), (nf(v, "de"), 1, "r")])
    r.cols([("TOTAAL", 0, "l"), (nf(net, "de"), 0.55, "r"), (nf(vat, "de"), 1, "r")])
    r.gap()
    r.lr(
        f"{dt.strftime('%d-%m-%Y')} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", f"BON {num}"
    )
    r.lr("KASSA 2", "FILIAAL 1187")
    r.c("BEDANKT EN TOT ZIENS!", bold=True)
    t = Truth(
        num,
        dt,
        None,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "nl-NL",
        "receipt",
        "receipt",
        r_truth(order),
        "BTW 9/21 % only in the bottom table with 'OVER' (net) column; bonus discounts; bottle and crate statiegeld; statiegeldbon deducted; quantity column left.",
        "NL",
        "supermarket",
    )
    return r.d, t


CAT_PL_MARKET = catalog("""
Chleb żytni krojony|5.49|C
Masło extra 200g|7.99|C
Mleko 3,2% 1l|3.69|C
Jaja wolny wybieg 10szt|11.99|C
Pomidory malinowe|12.99|C|w
Jabłka Ligol|3.99|C|w
Ziemniaki|2.49|C|w
Ser żółty Gouda|29.90|C|w
Szynka wiejska|39.90|C|w
Kawa mielona 500g|24.99|C
Pierogi ruskie 450g|9.49|B
Sok jabłkowy 1l|4.99|A
Woda mineralna 6x1,5l|11.94|A
Piwo jasne 0,5l|3.79|A
Płyn do naczyń 1l|8.99|A
Papier toaletowy 8 rolek|14.99|A
Baterie AA 4szt|12.99|A
""")


def r07(rng: random.Random) -> tuple[Doc, Truth]:
    """PL 'paragon fiskalny': PTU A 23 % / B 8 % / C 5 %, letters after amounts, weighed goods, card; photo with fold."""
    r = Roll(58, "DVM", 6.8, bold="DVMB", margin=6)
    lines = r_items(rng, CAT_PL_MARKET, 13)
    rabat = next(x for x in lines if not x.weighed)
    dsc = -qd(rabat.amt * D("0.15"))
    order: list[RL] = []
    for x in lines:
        order.append(x)
        if x is rabat:
            order.append(RL("Rabat karta Moja", D(1), dsc, dsc, x.code, kind="discount"))
    rates = {"A": D(23), "B": D(8), "C": D(5)}
    groups = tax_groups([(x.code, x.amt) for x in order], rates, incl=True)
    total = sum(x.amt for x in order)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    num = f"{rng.randint(10000, 99999)}"
    vendor = "Delikatesy Sezam Sp. z o.o."
    r.c("SEZAM", 14, bold=True)
    r.c(vendor, 6.5)
    r.c("ul. Piotrkowska 120", 6.5)
    r.c("90-006 Łódź", 6.5)
    r.c("NIP 725-21-88-417", 6.5)
    r.lr(dt.strftime("%Y-%m-%d"), f"nr wydr.{num}")
    r.c("PARAGON FISKALNY", 8, bold=True)
    r.sep()
    for x in order:
        if x.weighed:
            r.l(x.desc)
            r.lr(
                f"{nf(x.qty, 'plainc', 3)} x{nf(x.price, 'plainc')}",
                f"{nf(x.amt, 'plainc')} {x.code}",
                indent=6,
            )
        elif x.kind == "discount":
            r.lr(x.desc, f"{nf(x.amt, 'plainc')} {x.code}")
        else:
            r.l(x.desc)
            r.lr(
                f"{int(x.qty)} x{nf(x.price, 'plainc')}",
                f"{nf(x.amt, 'plainc')} {x.code}",
                indent=6,
            )
    r.sep()
    for c, _rt, _n, _v, g in groups:
        r.lr(f"Sprzed. opod. PTU {c}", nf(g, "plainc"))
    for c, rt, _n, v, _g in groups:
        r.lr(f"Kwota PTU {c} {rt}%", nf(v, "plainc"))
    r.lr("SUMA PTU", nf(vat, "plainc"))
    r.lr("SUMA PLN", nf(total, "plainc"), 10, bold=True)
    r.sep()
    r.lr("Karta płatnicza", f"{nf(total, 'plainc')} PLN")
    r.lr(
        f"{num}/{rng.randint(100, 999)}",
        f"#Kasa 2 {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}",
    )
    r.c("BGX 1702 5541", 6.5)
    r.c("Dziękujemy za zakupy!", 7)
    t = Truth(
        num,
        dt,
        None,
        vendor,
        net,
        vat,
        total,
        "PLN",
        "pl-PL",
        "receipt",
        "receipt",
        r_truth(order),
        "58 mm roll; PTU letters A/B/C after amounts; per-letter gross and tax lines but no net line (amount = total - SUMA PTU); comma decimals without thousands; print number 'nr wydr.'; photo with fold.",
        "PL",
        "delicatessen / grocery",
    )
    return r.d, t


CAT_HU_SUPER = catalog("""
TEJ 2,8% 1L|389|A
KENYÉR FÉLBARNA 1KG|899|B
TOJÁS M 10DB|899|A
CSIRKEMELL|2990|A|w
SERTÉSCOMB|2190|A|w
TRAPPISTA SAJT|3990|B|w
TEJFÖL 20% 330G|449|B
VAJ 250G|1190|B
PARADICSOM|1290|C|w
ALMA JONAGOLD|549|C|w
LISZT BL55 1KG|299|C
CUKOR 1KG|399|C
ÁSVÁNYVÍZ 1,5L|169|C
SÖR 0,5L DOBOZOS|349|C
MOSÓPOR 2KG|3490|C
WC PAPÍR 8 TEK|1990|C
""")


def r08(rng: random.Random) -> tuple[Doc, Truth]:
    """HU grocery: HUF without decimals, ÁFA A 5 % / B 18 % / C 27 %, cash with 5-forint rounding ('Kerekítés'); scan."""
    r = Roll(80, "DVM", 7.6, bold="DVMB")
    lines = r_items(rng, CAT_HU_SUPER, 14, dec=0)
    rates = {"A": D(5), "B": D(18), "C": D(27)}
    groups = tax_groups([(x.code, x.amt) for x in lines], rates, incl=True, dec=0)
    gross = sum(x.amt for x in lines)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    payable = qd(gross / 5, 0) * 5
    rounding = payable - gross
    paid = (payable // 1000 + 1) * 1000
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    num = f"{rng.randint(1000, 9999)}/{rng.randint(10000, 99999)}"
    vendor = "Kisalföld Élelmiszer Kft."
    r.c("KISALFÖLD ABC", 14, bold=True)
    r.c(vendor)
    r.c("9021 Győr, Baross Gábor út 31.")
    r.c("Adószám: 11462883-2-08")
    r.gap()
    r.c("NYUGTA", 10, bold=True)
    for x in lines:
        if x.weighed:
            r.lr(x.desc, f"{nf(x.amt, 'fr', 0)} {x.code}")
            r.l(f"{nf(x.qty, 'plainc', 3)} kg x {nf(x.price, 'fr', 0)} Ft/kg", indent=10)
        elif x.qty > 1:
            r.lr(x.desc, f"{nf(x.amt, 'fr', 0)} {x.code}")
            r.l(f"{int(x.qty)} db x {nf(x.price, 'fr', 0)} Ft", indent=10)
        else:
            r.lr(x.desc, f"{nf(x.amt, 'fr', 0)} {x.code}")
    r.sep()
    r.lr("RÉSZÖSSZEG", f"{nf(gross, 'fr', 0)} Ft")
    r.lr("KEREKÍTÉS", f"{nf(rounding, 'fr', 0)} Ft")
    r.lr("ÖSSZESEN:", f"{nf(payable, 'fr', 0)} Ft", 11, bold=True)
    r.lr("KÉSZPÉNZ", f"{nf(paid, 'fr', 0)} Ft")
    r.lr("VISSZAJÁRÓ", f"{nf(paid - payable, 'fr', 0)} Ft")
    r.gap()
    r.cols([("ÁFA", 0, "l"), ("NETTÓ", 0.55, "r"), ("ÁFA", 0.77, "r"), ("BRUTTÓ", 1, "r")])
    for c, rt, n, v, g in groups:
        r.cols(
            [
                (f"{c} {rt}%", 0, "l"),
                (nf(n, "fr", 0), 0.55, "r"),
                (nf(v, "fr", 0), 0.77, "r"),
                (nf(g, "fr", 0), 1, "r"),
            ]
        )
    r.gap()
    r.lr(dt.strftime("%Y.%m.%d."), f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}")
    r.lr(f"NYUGTASZÁM: {num}", "")
    r.c("AP A12301877")
    r.c("KÖSZÖNJÜK A VÁSÁRLÁST!")
    t = Truth(
        num,
        dt,
        None,
        vendor,
        net,
        vat,
        payable,
        "HUF",
        "hu-HU",
        "receipt",
        "receipt",
        r_truth(lines),
        "HUF without decimals; ÁFA A/B/C = 5/18/27 %; cash rounding to 5 Ft ('KEREKÍTÉS') between subtotal and total; cash and change; weighed goods.",
        "HU",
        "grocery",
        rounding=rounding,
    )
    return r.d, t


CAT_IS_BONUS = catalog("""
Nýmjólk 1 l|229|11
Skyr hreinn 500 g|459|11
Rúgbrauð|689|11
Smjör 500 g|1159|11
Egg 12 stk|1098|11
Ýsuflök|2990|11|w
Lambalæri|2698|11|w
Kartöflur|398|11|w
Epli græn|449|11|w
Kaffi 400 g|1389|11
Appelsínusafi 1 l|459|11
Kristall sódavatn 2 l|329|11
Uppþvottalögur|749|24
Salernispappír 8 rl|1498|24
Rafhlöður AA 4 stk|1290|24
Plastpoki|50|24
""")


def r09(rng: random.Random) -> tuple[Doc, Truth]:
    """IS discount grocery, ISK without decimals: VSK 11 % / 24 %, bottle deposit (skilagjald), debit card."""
    r = Roll(80, "Helvetica", 8.0, bold="Helvetica-Bold", margin=10)
    lines = r_items(rng, CAT_IS_BONUS, 13, dec=0)
    order: list[RL] = []
    for x in lines:
        order.append(x)
        if x.desc.startswith(("Kristall", "Appels")):
            order.append(RL("Skilagjald", x.qty, D(25), qd(x.qty * 25, 0), "24", kind="deposit"))
    rates = {"11": D(11), "24": D(24)}
    groups = tax_groups([(x.code, x.amt) for x in order], rates, incl=True, dec=0)
    total = sum(x.amt for x in order)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    num = f"{rng.randint(100000, 999999)}"
    vendor = "Norðurkaup ehf."
    r.d.rect(r.x0, r.d.y, r.x1 - r.x0, 30, stroke=False, fill=black)
    r.d.text(r.mid, r.d.y + 21, "NORÐURKAUP", "Helvetica-Bold", 17, "c", white)
    r.gap(2.6)
    r.c("Norðurkaup ehf. - kt. 540398-2219")
    r.c("Glerárgata 36, 600 Akureyri")
    r.c("VSK nr. 58112")
    r.gap()
    r.lr(f"Kvittun nr. {num}", dt.strftime("%d.%m.%Y"))
    r.sep("solid")
    for x in order:
        if x.weighed:
            r.lr(x.desc, nf(x.amt, "de", 0))
            r.l(f"{nf(x.qty, 'plainc', 3)} kg á {nf(x.price, 'de', 0)} kr/kg", indent=12, size=7.2)
        elif x.qty > 1:
            r.lr(x.desc, nf(x.amt, "de", 0))
            r.l(f"{int(x.qty)} stk á {nf(x.price, 'de', 0)} kr", indent=12, size=7.2)
        else:
            r.lr(x.desc, nf(x.amt, "de", 0))
    r.sep("solid")
    r.lr("Samtals kr.", nf(total, "de", 0), 12, bold=True)
    r.lr("Debetkort", nf(total, "de", 0))
    r.gap()
    r.cols([("VSK %", 0, "l"), ("Án VSK", 0.55, "r"), ("VSK", 0.77, "r"), ("Alls", 1, "r")])
    for _c, rt, n, v, g in groups:
        r.cols(
            [
                (f"{rt}%", 0, "l"),
                (nf(n, "de", 0), 0.55, "r"),
                (nf(v, "de", 0), 0.77, "r"),
                (nf(g, "de", 0), 1, "r"),
            ]
        )
    r.cols(
        [
            ("Samtals", 0, "l"),
            (nf(net, "de", 0), 0.55, "r"),
            (nf(vat, "de", 0), 0.77, "r"),
            (nf(total, "de", 0), 1, "r"),
        ]
    )
    r.gap()
    r.c(f"Kassi 4  {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}  Afgr.: Sigrún")
    r.c("Takk fyrir viðskiptin!", bold=True)
    t = Truth(
        num,
        dt,
        None,
        vendor,
        net,
        vat,
        total,
        "ISK",
        "is-IS",
        "receipt",
        "receipt",
        r_truth(order),
        "ISK without decimals, dot thousands; VSK 11/24 % only in the bottom table; skilagjald deposit lines; white-on-black wordmark.",
        "IS",
        "discount grocery",
    )
    return r.d, t


CAT_CH_COOP = catalog("""
Vollmilch UHT 1l|1.75|1
Ruchbrot 500g|2.60|1
Gruyère AOP rezent|28.50|1|w
Rüebli Bund|2.95|1
Äpfel Gala|3.90|1|w
Bananen Fairtrade|3.20|1|w
Butterzopf 500g|4.50|1
Joghurt Erdbeer 180g|0.85|1
Eier Freiland 6 St.|4.20|1
Kaffee Bohnen 500g|8.95|1
Mineralwasser 6x1,5l|5.70|1
Bier Lager 6x50cl|9.60|2
Rotwein Merlot 75cl|12.90|2
Geschirrspültabs 40 St.|11.95|2
Zahnpasta 75ml|3.50|2
Schnittblumen|9.90|1
""")


def r10(rng: random.Random) -> tuple[Doc, Truth]:
    """CH supermarket: MWST code 1 = 2.6 %, 2 = 8.1 %, Aktion discounts, cash with 5-Rappen rounding; photo."""
    r = Roll(80, "DVM", 7.5, bold="DVMB")
    lines = r_items(rng, CAT_CH_COOP, 14)
    for x in lines:
        x.amt = qd(x.amt * 20, 0) / 20 if x.weighed else x.amt
    order: list[RL] = []
    for x in lines:
        order.append(x)
        if not x.weighed and x.qty >= 2:
            a = -qd(x.amt * D("0.2") * 20, 0) / 20
            order.append(RL("Aktion 20%", D(1), a, a, x.code, kind="discount"))
    rates = {"1": D("2.6"), "2": D("8.1")}
    groups = tax_groups([(x.code, x.amt) for x in order], rates, incl=True)
    gross = sum(x.amt for x in order)
    payable = qd(gross * 20, 0) / 20
    rounding = payable - gross
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    paid = (payable // 10 + 1) * 10
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    num = f"{rng.randint(1000, 9999)}"
    vendor = "Dorfladen Gantrisch Genossenschaft"
    r.c("Dorfladen Gantrisch", 12, bold=True)
    r.c("Genossenschaft")
    r.c("Dorfstrasse 11, 3154 Rüschegg")
    r.c("CHE-231.884.109 MWST")
    r.gap()
    r.lr("Artikel", "CHF")
    for x in order:
        if x.weighed:
            r.lr(x.desc, f"{nf(x.amt, 'ch')} {x.code}")
            r.l(f"{nf(x.qty, 'ch', 3)}kg à {nf(x.price, 'ch')}/kg", indent=8)
        elif x.qty > 1:
            r.lr(f"{int(x.qty)}x {x.desc}", f"{nf(x.amt, 'ch')} {x.code}")
            r.l(f"à {nf(x.price, 'ch')}", indent=8)
        else:
            r.lr(x.desc, f"{nf(x.amt, 'ch')} {x.code}")
    r.sep()
    r.lr("Total", nf(gross, "ch"))
    r.lr("Rundung", nf(rounding, "ch"))
    r.lr("Total CHF", nf(payable, "ch"), 11, bold=True)
    r.lr("Bar", nf(paid, "ch"))
    r.lr("Rückgeld", nf(paid - payable, "ch"))
    r.gap()
    r.cols(
        [
            ("MWST", 0, "l"),
            ("Satz", 0.32, "r"),
            ("Total", 0.58, "r"),
            ("exkl.", 0.8, "r"),
            ("MWST", 1, "r"),
        ]
    )
    for c, rt, n, v, g in groups:
        r.cols(
            [
                (c, 0, "l"),
                (f"{rt}%", 0.32, "r"),
                (nf(g, "ch"), 0.58, "r"),
                (nf(n, "ch"), 0.8, "r"),
                (nf(v, "ch"), 1, "r"),
            ]
        )
    r.gap()
    r.lr(dt.strftime("%d.%m.%y"), f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}")
    r.lr(f"Bon {num}", "Kasse 1")
    r.c("Merci für Ihren Einkauf")
    t = Truth(
        num,
        dt,
        None,
        vendor,
        net,
        vat,
        payable,
        "CHF",
        "de-CH",
        "receipt",
        "receipt",
        r_truth(order),
        "MWST codes 1/2 = 2.6/8.1 %; weighed prices to 5 Rappen; Aktion lines; 'Rundung 0.00' line between Total and Total CHF (Swiss prices are 5-Rappen multiples); per-code table lists gross before net; cash and change.",
        "CH",
        "village supermarket",
        rounding=rounding,
    )
    return r.d, t


CAT_SE_ICA = catalog("""
MJÖLK 3% 1,5L|19.90|12
SMÖR NORMALSALTAT 500G|64.90|12
KNÄCKEBRÖD|29.90|12
FALUKORV|34.90|12
KYCKLINGFILÉ 900G|109.00|12
POTATIS|14.90|12|w
TOMATER KVISTA|39.90|12|w
BANAN|24.90|12|w
PRÄSTOST|149.00|12|w
KAFFE BRYGG 450G|69.90|12
LÄSK 33CL|12.90|12
LÖSVIKT GODIS|79.00|12|w
TVÄTTMEDEL 1,5L|69.90|25
TANDKRÄM|24.90|25
BLOMMOR TULPANER|59.00|12
HUSHÅLLSPAPPER 4P|39.90|25
""")


def r11(rng: random.Random) -> tuple[Doc, Truth]:
    """SE grocery: moms 12/25 %, pant per can, member offer, cash with öresavrundning; thermal scan."""
    r = Roll(80, "Helvetica", 7.9, bold="Helvetica-Bold", margin=10)
    lines = r_items(rng, CAT_SE_ICA, 14)
    order: list[RL] = []
    for x in lines:
        order.append(x)
        if x.desc.startswith("LÄSK"):
            order.append(RL("PANT", x.qty, D(1), qd(x.qty), "12", kind="deposit"))
    mem = next(x for x in order if x.kind == "item" and not x.weighed)
    m = -qd(mem.amt * D("0.1"))
    order.insert(
        order.index(mem) + 1, RL("MEDLEMSPRIS -10%", D(1), m, m, mem.code, kind="discount")
    )
    rates = {"12": D(12), "25": D(25)}
    groups = tax_groups([(x.code, x.amt) for x in order], rates, incl=True)
    gross = sum(x.amt for x in order)
    payable = qd(gross, 0)
    rounding = payable - gross
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    paid = (payable // 100 + 1) * 100
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    num = f"{rng.randint(10000, 99999)}"
    vendor = "Matboden i Gävle AB"
    r.c("MATBODEN", 16, bold=True)
    r.c("Matboden i Gävle AB")
    r.c("Norra Kungsgatan 9, 803 20 Gävle")
    r.c("Org.nr 556901-3378")
    r.lr(dt.isoformat(), f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}")
    r.sep()
    for x in order:
        if x.weighed:
            r.lr(x.desc, nf(x.amt, "fr"))
            r.l(f"{nf(x.qty, 'plainc', 3)} kg*{nf(x.price, 'plainc')} kr/kg", indent=10)
        elif x.qty > 1:
            r.lr(x.desc, nf(x.amt, "fr"))
            r.l(f"{int(x.qty)} st*{nf(x.price, 'plainc')}", indent=10)
        else:
            r.lr(x.desc, nf(x.amt, "fr"))
    r.sep()
    r.lr("Totalt", f"{nf(gross, 'fr')} SEK")
    r.lr("Öresavrundning", nf(rounding, "fr"))
    r.lr("Att betala", f"{nf(payable, 'fr')} SEK", 11, bold=True)
    r.lr("Kontant", nf(paid, "fr"))
    r.lr("Växel", nf(paid - payable, "fr"))
    r.gap()
    r.cols([("Moms %", 0, "l"), ("Moms", 0.45, "r"), ("Netto", 0.72, "r"), ("Brutto", 1, "r")])
    for _c, rt, n, v, g in groups:
        r.cols(
            [
                (f"{rt}", 0, "l"),
                (nf(v, "fr"), 0.45, "r"),
                (nf(n, "fr"), 0.72, "r"),
                (nf(g, "fr"), 1, "r"),
            ]
        )
    r.gap()
    r.lr(f"Kvitto nr {num}", "Kassa 3")
    r.c("Spara kvittot - Öppet köp 30 dagar")
    t = Truth(
        num,
        dt,
        None,
        vendor,
        net,
        vat,
        payable,
        "SEK",
        "sv-SE",
        "receipt",
        "receipt",
        r_truth(order),
        "Moms 12/25 %; Öresavrundning to whole kronor (keyed total = Att betala); table columns Moms before Netto; pant lines; member-price discount; cash and change.",
        "SE",
        "grocery",
        rounding=rounding,
    )
    return r.d, t


CAT_FI_APTEEKKI = catalog("""
Burana 400 mg 30 tabl|7.95|B
Panadol 500 mg 30 tabl|5.60|B
Nasolin nenäsumute 10 ml|6.90|B
Bepanthen voide 30 g|9.40|B
Xylitol purukumi 90 kpl|4.95|A
D-vitamiini 50 mikrog 200 tabl|12.90|C
Aurinkovoide SPF 50 200 ml|18.90|C
Hammastahna 75 ml|4.30|C
Laastari 20 kpl|3.95|C
Pastillit kurkkukipuun 24 kpl|6.50|B
Kuumemittari digitaalinen|14.90|C
Käsivoide 100 ml|8.60|C
Yskänlääke 200 ml|11.40|B
Proteiinipatukka|2.95|A
""")


def r12(rng: random.Random) -> tuple[Doc, Truth]:
    """FI pharmacy: ALV 10 % (medicines), 13.5 % (food), 25.5 %; Kela reimbursement not applied; card."""
    r = Roll(80, "DVC", 8.0, bold="DVCB", margin=10)
    lines = r_items(rng, CAT_FI_APTEEKKI, 10, qtys_=(1, 1, 1, 2))
    rates = {"B": D(10), "A": D("13.5"), "C": D("25.5")}
    groups = tax_groups([(x.code, x.amt) for x in lines], rates, incl=True)
    total = sum(x.amt for x in lines)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    num = f"{rng.randint(100000, 999999)}"
    vendor = "Tampereen Keskustan Apteekki"
    r.d.circle(r.mid, r.d.y + 14, 13, fill=rgb("#00843d"), stroke=False)
    r.d.rect(r.mid - 3, r.d.y + 5, 6, 18, stroke=False, fill=white)
    r.d.rect(r.mid - 9, r.d.y + 11, 18, 6, stroke=False, fill=white)
    r.gap(2.8)
    r.c(vendor, 10, bold=True)
    r.c("Hämeenkatu 21, 33200 Tampere")
    r.c("Y-tunnus 0178112-4")
    r.gap()
    r.lr(f"KUITTI {num}", dt.strftime("%d.%m.%Y"))
    r.sep()
    for x in lines:
        r.lr(x.desc, f"{nf(x.amt, 'fr')} {x.code}")
        if x.qty > 1:
            r.l(f"{int(x.qty)} kpl à {nf(x.price, 'fr')}", indent=10)
    r.sep()
    r.lr("YHTEENSÄ EUR", nf(total, "fr"), 11, bold=True)
    r.lr("PANKKIKORTTI", nf(total, "fr"))
    r.gap()
    r.cols([("ALV", 0, "l"), ("Veroton", 0.5, "r"), ("Vero", 0.75, "r"), ("Verollinen", 1, "r")])
    for c, rt, n, v, g in groups:
        r.cols(
            [
                (f"{c} {rs(rt, 'fr')} %", 0, "l"),
                (nf(n, "fr"), 0.5, "r"),
                (nf(v, "fr"), 0.75, "r"),
                (nf(g, "fr"), 1, "r"),
            ]
        )
    r.cols(
        [
            ("Yht.", 0, "l"),
            (nf(net, "fr"), 0.5, "r"),
            (nf(vat, "fr"), 0.75, "r"),
            (nf(total, "fr"), 1, "r"),
        ]
    )
    r.gap()
    r.c("Farmaseutti: M. Virtanen")
    r.c("Kiitos käynnistä! Hyvää päivänjatkoa.")
    t = Truth(
        num,
        dt,
        None,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "fi-FI",
        "receipt",
        "receipt",
        r_truth(lines),
        "Three ALV rates 10/13.5/25.5 % by letter; decimal comma with spaces; 'Veroton/Vero/Verollinen' table; pharmacy logo drawn as shapes.",
        "FI",
        "pharmacy",
    )
    return r.d, t


CAT_GR_FARM = catalog("""
DEPON 500MG 20 ΔΙΣΚΙΑ|2.87|6
PANADOL EXTRA 16 ΔΙΣΚΙΑ|4.12|6
ALGOFREN ΣΙΡΟΠΙ 100ML|5.64|6
NUROFEN 200MG 24 ΚΑΨΟΥΛΕΣ|6.35|6
ZYRTEC 10MG 7 ΔΙΣΚΙΑ|3.92|6
ΓΑΖΕΣ ΑΠΟΣΤΕΙΡΩΜΕΝΕΣ 10X10|2.40|6
ΒΙΤΑΜΙΝΗ C 1000MG 20 ΑΝΑΒΡ.|7.90|13
ΒΡΕΦΙΚΟ ΓΑΛΑ ΣΚΟΝΗ 800G|21.50|13
ΜΑΣΚΕΣ FFP2 10ΤΕΜ|4.50|13
ΑΝΤΗΛΙΑΚΟ SPF50 150ML|16.80|24
ΟΔΟΝΤΟΚΡΕΜΑ 75ML|4.30|24
ΣΑΜΠΟΥΑΝ ΑΝΤΙΠΙΤΥΡΙΔΙΚΟ|11.20|24
ΚΡΕΜΑ ΧΕΡΙΩΝ 75ML|6.90|24
ΘΕΡΜΟΜΕΤΡΟ ΨΗΦΙΑΚΟ|8.50|24
""")


def r13(rng: random.Random) -> tuple[Doc, Truth]:
    """GR pharmacy in Greek: ΦΠΑ 6/13/24 %, per-rate table, MARK number and QR (myDATA), cash with change."""
    r = Roll(80, "DV", 7.4, bold="DVB", margin=10)
    lines = r_items(rng, CAT_GR_FARM, 9, qtys_=(1, 1, 1, 2))
    rates = {"6": D(6), "13": D(13), "24": D(24)}
    groups = tax_groups([(x.code, x.amt) for x in lines], rates, incl=True)
    total = sum(x.amt for x in lines)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    paid = (total // 10 + 1) * 10
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    num = f"{rng.randint(1000, 9999)}"
    vendor = "ΦΑΡΜΑΚΕΙΟ ΠΑΠΑΔΟΠΟΥΛΟΥ ΜΑΡΙΑ"
    r.c(vendor, 9.5, bold=True)
    r.c("ΕΓΝΑΤΙΑΣ 112, 54630 ΘΕΣΣΑΛΟΝΙΚΗ")
    r.c("ΑΦΜ 065123478 - ΔΟΥ Δ' ΘΕΣΣΑΛΟΝΙΚΗΣ")
    r.c("ΤΗΛ. 2310 265 441")
    r.gap()
    r.c("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ", 8.5, bold=True)
    r.lr(f"Σειρά Α  Αρ. {num}", dt.strftime("%d/%m/%Y"))
    r.sep()
    r.cols([("ΕΙΔΟΣ", 0, "l"), ("ΦΠΑ", 0.76, "r"), ("ΑΞΙΑ", 1, "r")], bold=True)
    for x in lines:
        r.cols([(x.desc, 0, "l"), (f"{x.code}%", 0.76, "r"), (nf(x.amt, "de"), 1, "r")])
        if x.qty > 1:
            r.l(f"{int(x.qty)} x {nf(x.price, 'de')}", indent=10)
    r.sep()
    r.lr("ΣΥΝΟΛΟ €", nf(total, "de"), 11, bold=True)
    r.lr("ΜΕΤΡΗΤΑ", nf(paid, "de"))
    r.lr("ΡΕΣΤΑ", nf(paid - total, "de"))
    r.gap()
    r.cols([("ΦΠΑ%", 0, "l"), ("ΚΑΘΑΡΗ", 0.45, "r"), ("ΦΠΑ", 0.72, "r"), ("ΣΥΝΟΛΟ", 1, "r")])
    for _c, rt, n, v, g in groups:
        r.cols(
            [
                (f"{rt}%", 0, "l"),
                (nf(n, "de"), 0.45, "r"),
                (nf(v, "de"), 0.72, "r"),
                (nf(g, "de"), 1, "r"),
            ]
        )
    r.gap()
    r.c(f"MARK: 4000{rng.randint(10000000, 99999999)}", 7)
    r.c("UID: 8F3A2C71E0B94D5F", 7)
    r.d.qr(r.mid - 32, r.d.y + 4, 64, num)
    r.gap(7.5)
    r.c("ΕΥΧΑΡΙΣΤΟΥΜΕ ΠΟΛΥ", bold=True)
    t = Truth(
        num,
        dt,
        None,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "el-GR",
        "receipt",
        "receipt",
        r_truth(lines),
        "Greek script; ΦΠΑ 6/13/24 % per line and in a table; MARK/UID numbers and QR are not the receipt number (Αρ.); cash and change.",
        "GR",
        "pharmacy",
    )
    return r.d, t


CAT_TR_MARKET = catalog("""
EKMEK 250 GR|12.50|1
SÜT 1 LT|39.90|1
YUMURTA 15'Lİ|94.50|1
BEYAZ PEYNİR|329.00|1|w
DOMATES|44.90|1|w
PATATES|24.90|1|w
MUZ İTHAL|89.90|1|w
MAKARNA 500 GR|22.50|1
AYÇİÇEK YAĞI 1 LT|94.90|1
TOZ ŞEKER 1 KG|44.90|1
ÇAY 1000 GR|239.00|10
TÜRK KAHVESİ 100 GR|64.90|10
MADEN SUYU 6'LI|54.00|10
KOLA 2,5 LT|69.90|20
DETERJAN 4 KG|289.00|20
ŞAMPUAN 500 ML|129.90|20
""")


def r14(rng: random.Random) -> tuple[Doc, Truth]:
    """TR market 'fiş': KDV %1/%10/%20, '*' before amounts, TOPKDV, card; photo."""
    r = Roll(80, "DVM", 7.5, bold="DVMB")
    lines = r_items(rng, CAT_TR_MARKET, 14)
    rates = {"1": D(1), "10": D(10), "20": D(20)}
    groups = tax_groups([(x.code, x.amt) for x in lines], rates, incl=True)
    total = sum(x.amt for x in lines)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    num = f"{rng.randint(1, 999):04d}"
    vendor = "YILDIZ GIDA PAZARLAMA LTD. ŞTİ."
    r.c("YILDIZ MARKET", 14, bold=True)
    r.c(vendor)
    r.c("ATATÜRK BULVARI NO:214")
    r.c("ÇANKAYA / ANKARA")
    r.c("KAVAKLIDERE V.D. 9470312288")
    r.lr(f"TARİH : {dt.strftime('%d.%m.%Y')}", f"FİŞ NO : {num}")
    r.lr(f"SAAT  : {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", "")
    r.sep()
    for x in lines:
        if x.weighed:
            r.l(f"{nf(x.qty, 'plainc', 3)} KG X {nf(x.price, 'de')}")
        elif x.qty > 1:
            r.l(f"{int(x.qty)} AD X {nf(x.price, 'de')}")
        r.cols([(x.desc, 0, "l"), (f"%{x.code}", 0.7, "r"), (f"*{nf(x.amt, 'de')}", 1, "r")])
    r.sep()
    r.lr("TOPKDV", f"*{nf(vat, 'de')}")
    r.lr("TOPLAM", f"*{nf(total, 'de')}", 11, bold=True)
    r.lr("KREDİ KARTI", f"*{nf(total, 'de')}")
    r.gap()
    for _c, rt, n, v, _g in groups:
        r.lr(f"KDV %{rt}  MATRAH {nf(n, 'de')}", f"*{nf(v, 'de')}")
    r.gap()
    r.c(f"Z NO:{rng.randint(100, 999)}  EKÜ NO:0001")
    r.c("MF YAB 15012887")
    r.c("İYİ GÜNLER DİLERİZ")
    t = Truth(
        num,
        dt,
        None,
        vendor,
        net,
        vat,
        total,
        "TRY",
        "tr-TR",
        "receipt",
        "receipt",
        r_truth(lines),
        "KDV %1/%10/%20 per line; amounts prefixed with '*'; TOPKDV above TOPLAM; net only as per-rate 'MATRAH'; weighed/qty line printed above the item; photo.",
        "TR",
        "grocery market",
    )
    return r.d, t


CAT_CO_SUPER = catalog("""
ARROZ DIANA 5 KG|21900|E
LECHE ENTERA 1,1 L|4650|E
HUEVOS AA X 30|17900|E
PAPA PASTUSA|2890|E|w
PLATANO HARTON|3490|E|w
CARNE MOLIDA RES|28900|E|w
PECHUGA DE POLLO|18900|E|w
CAFE MOLIDO 500 G|19800|B
CHOCOLATE DE MESA 500 G|12900|B
PAN TAJADO 600 G|7900|B
QUESO CAMPESINO 500 G|13500|E
GASEOSA 1,5 L|5200|G
CERVEZA LATA 330 ML X6|17400|G
DETERGENTE POLVO 2 KG|23900|G
JABON DE BAÑO X3|9900|G
PAPEL HIGIENICO X12|24900|G
""")


def r15(rng: random.Random) -> tuple[Doc, Truth]:
    """CO supermarket electronic invoice (POS): COP without decimals, IVA 19 % (G), 5 % (B), excluded (E), CUFE; scan."""
    r = Roll(80, "Helvetica", 7.8, bold="Helvetica-Bold", margin=10)
    lines = r_items(rng, CAT_CO_SUPER, 14, dec=0)
    for x in lines:
        if x.weighed:
            x.amt = qd(x.amt / 10, 0) * 10
    rates = {"G": D(19), "B": D(5), "E": D(0)}
    groups = tax_groups([(x.code, x.amt) for x in lines], rates, incl=True, dec=0)
    total = sum(x.amt for x in lines)
    net = sum(g[2] for g in groups)
    vat = sum(g[3] for g in groups)
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    num = f"FEPOS {rng.randint(100000, 999999)}"
    vendor = "Supermercado La Canasta S.A.S."
    r.c("LA CANASTA", 16, bold=True)
    r.c(vendor)
    r.c("NIT 900.487.215-3")
    r.c("Cra 43A # 18 Sur - 135, Medellín")
    r.c("Responsable de IVA - Régimen común")
    r.gap()
    r.c("FACTURA ELECTRÓNICA DE VENTA", bold=True)
    r.c(f"No. {num}")
    r.c(
        f"Fecha: {dt.strftime('%Y-%m-%d')}  Hora: {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"
    )
    r.c("Cliente: CONSUMIDOR FINAL  C.C. 222222222222")
    r.sep()
    r.cols([("DESCRIPCIÓN", 0, "l"), ("IVA", 0.72, "r"), ("VALOR", 1, "r")], bold=True)
    for x in lines:
        r.cols([(x.desc, 0, "l"), (x.code, 0.72, "r"), (f"$ {nf(x.amt, 'de', 0)}", 1, "r")])
        if x.weighed:
            r.l(f"{nf(x.qty, 'plainc', 3)} kg x $ {nf(x.price, 'de', 0)}", indent=10, size=7)
        elif x.qty > 1:
            r.l(f"{int(x.qty)} und x $ {nf(x.price, 'de', 0)}", indent=10, size=7)
    r.sep()
    r.lr("SUBTOTAL", f"$ {nf(net, 'de', 0)}")
    r.lr("IVA", f"$ {nf(vat, 'de', 0)}")
    r.lr("TOTAL A PAGAR", f"$ {nf(total, 'de', 0)}", 11, bold=True)
    r.lr("TARJETA DÉBITO", f"$ {nf(total, 'de', 0)}")
    r.gap()
    r.cols([("TARIFA", 0, "l"), ("BASE", 0.5, "r"), ("IVA", 0.75, "r"), ("TOTAL", 1, "r")])
    names = {"G": "G 19%", "B": "B 5%", "E": "E Excl."}
    for c, _rt, n, v, g in groups:
        r.cols(
            [
                (names[c], 0, "l"),
                (nf(n, "de", 0), 0.5, "r"),
                (nf(v, "de", 0), 0.75, "r"),
                (nf(g, "de", 0), 1, "r"),
            ]
        )
    r.gap()
    r.c("CUFE:", 6.5)
    r.c("a3f9c2e1d47b8f06e5d21c9a7b3e4f80", 6.5)
    r.c("1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f", 6.5)
    r.c("Resolución DIAN 18764071234567 del 2025-08-01", 6.5)
    r.c("Rango FEPOS 100000 a 999999", 6.5)
    t = Truth(
        num,
        dt,
        None,
        vendor,
        net,
        vat,
        total,
        "COP",
        "es-CO",
        "receipt",
        "receipt",
        r_truth(lines),
        "COP without decimals, dot thousands, '$' sign; IVA G 19 % / B 5 % / E excluded; SUBTOTAL is the net base (incl. excluded goods); CUFE and DIAN resolution numbers are not the invoice number.",
        "CO",
        "supermarket",
    )
    return r.d, t


CAT_US_HW = catalog("""
DECK SCREW 3IN 5LB|34.98|T
WOOD GLUE 16OZ|6.47|T
2X4X8 STUD KD|4.28|T
PLYWOOD 1/2 4X8|42.75|T
PAINT INT EGGSHELL GAL|38.98|T
ROLLER COVER 3PK|9.97|T
BLUE TAPE 1.88IN|7.48|T
LED BULB A19 8PK|18.97|T
EXT CORD 50FT 12GA|54.98|T
WORK GLOVES L|12.98|T
CAULK WHITE 10OZ|5.48|T
SANDPAPER ASST 20PK|11.97|T
BOTTLED WATER 24PK|5.98|F
TRAIL MIX 26OZ|10.48|F
BEEF JERKY 10OZ|12.98|F
COFFEE K-CUPS 24CT|17.98|F
""")


def r16(rng: random.Random) -> tuple[Doc, Truth]:
    """US (Virginia) home-improvement store: sales tax 5.3 % general + 1 % food on top of prices, SKU column, VISA; photo."""
    r = Roll(80, "Courier", 7.6, bold="Courier-Bold")
    lines = r_items(rng, CAT_US_HW, 13, qtys_=(1, 1, 1, 2, 2, 3, 4, 10))
    sub = sum(x.amt for x in lines)
    gen = sum(x.amt for x in lines if x.code == "T")
    food = sum(x.amt for x in lines if x.code == "F")
    t1 = qd(gen * D("0.053"))
    t2 = qd(food * D("0.01"))
    vat = t1 + t2
    total = sub + vat
    dt = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    num = f"{rng.randint(1000, 9999)} {rng.randint(10, 99)} {rng.randint(10000, 99999)}"
    vendor = "Blue Ridge Home & Hardware"
    r.c("BLUE RIDGE", 16, bold=True)
    r.c("HOME & HARDWARE", 9, bold=True)
    r.c("1840 E MAIN ST")
    r.c("CHARLOTTESVILLE, VA 22902")
    r.c("(434) 555-0192")
    r.gap()
    r.lr("STORE 0417  REG 05", dt.strftime("%m/%d/%y"))
    r.lr("CASHIER: DWAYNE", f"{rng.randint(1, 12):02d}:{rng.randint(0, 59):02d} PM")
    r.sep()
    for x in lines:
        sku = f"{rng.randint(100000, 999999)}"
        r.lr(f"{sku} {x.desc}", f"{nf(x.amt, 'en')} {x.code}")
        if x.qty > 1:
            r.l(f"{int(x.qty)} @ {nf(x.price, 'en')}", indent=40)
    r.sep()
    r.lr("SUBTOTAL", nf(sub, "en"))
    r.lr(f"SALES TAX T 5.3% ON {nf(gen, 'en')}", nf(t1, "en"))
    r.lr(f"FOOD TAX F 1.0% ON {nf(food, 'en')}", nf(t2, "en"))
    r.lr("TOTAL", f"${nf(total, 'en')}", 11, bold=True)
    r.lr("VISA USD", f"${nf(total, 'en')}")
    r.l("XXXXXXXXXXXX4821  CHIP  AUTH 07731B")
    r.gap()
    r.c(f"RECEIPT # {num}")
    r.d.barcode(r.x0 + 20, r.d.y + 2, r.x1 - r.x0 - 40, 26, num)
    r.gap(3.2)
    r.c(f"RETURN BY {(dt + timedelta(days=90)).strftime('%m/%d/%Y')} WITH RECEIPT")
    r.c("THANK YOU FOR SHOPPING LOCAL")
    t = Truth(
        num,
        dt,
        None,
        vendor,
        sub,
        vat,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        r_truth(lines),
        "Sales tax on top: 5.3 % general (T) + 1 % food (F), vat = both; MM/DD/YY date; return-by date is not a due date; receipt number with spaces; photo.",
        "US",
        "home improvement",
    )
    return r.d, t


# ============================================================================= driver

# name: (function, kind, options). kind: pdf | scan (png) | photo (jpg) | scanpdf (image-only PDF, keyed "scan")
REGISTRY: dict = {
    "i01": (i01, "pdf", {}),
    "i02": (i02, "scan", {"dpi": 200, "grey": True}),
    "i03": (i03, "pdf", {}),
    "i04": (i04, "pdf", {}),
    "i05": (i05, "photo", {"dpi": 220, "fold": True}),
    "i06": (i06, "pdf", {}),
    "i07": (i07, "scanpdf", {"dpi": 200, "grey": True}),
    "i08": (i08, "scan", {"dpi": 250, "grey": False}),
    "i09": (i09, "pdf", {}),
    "i10": (i10, "scan", {"dpi": 200, "grey": True}),
    "i11": (i11, "pdf", {}),
    "i12": (i12, "scanpdf", {"dpi": 200, "grey": True}),
    "i13": (i13, "scan", {"dpi": 180, "grey": False}),
    "i14": (i14, "pdf", {}),
    "i15": (i15, "pdf", {}),
    "i16": (i16, "scan", {"dpi": 200, "grey": True}),
    "r01": (r01, "photo", {"dpi": 220}),
    "r02": (r02, "scan", {"dpi": 200, "grey": True, "fade": True}),
    "r03": (r03, "pdf", {}),
    "r04": (r04, "photo", {"dpi": 220}),
    "r05": (r05, "scan", {"dpi": 250, "grey": True, "fade": True, "width": 650}),
    "r06": (r06, "pdf", {}),
    "r07": (r07, "photo", {"dpi": 250, "fold": True}),
    "r08": (r08, "scan", {"dpi": 200, "grey": True, "fade": True}),
    "r09": (r09, "pdf", {}),
    "r10": (r10, "photo", {"dpi": 220}),
    "r11": (r11, "scan", {"dpi": 200, "grey": True, "fade": True}),
    "r12": (r12, "pdf", {}),
    "r13": (r13, "pdf", {}),
    "r14": (r14, "photo", {"dpi": 220, "fold": True}),
    "r15": (r15, "scan", {"dpi": 200, "grey": False, "fade": True}),
    "r16": (r16, "photo", {"dpi": 220}),
}


def build(name: str, outdir: Path) -> dict:
    fn, kind, opt = REGISTRY[name]
    seed = zlib.crc32(name.encode())
    rng = random.Random(seed)
    d, truth = fn(rng)
    truth.check()
    for old in outdir.glob(f"{name}.*"):
        old.unlink()
    if kind == "pdf":
        d.save(outdir / f"{name}.pdf", f"{name}")
    else:
        buf = io.BytesIO()
        d.save(buf, name)
        img = render(buf.getvalue(), opt.get("dpi", 200))
        if kind == "photo":
            a, q = photo(img, rng, fold=opt.get("fold", False))
            Image.fromarray(a).save(outdir / f"{name}.jpg", "JPEG", quality=q)
        else:
            a = scan(
                img,
                rng,
                grey=opt.get("grey", True),
                fade=opt.get("fade", False),
                width=opt.get("width"),
                blur=opt.get("blur", 0.7),
                noise=opt.get("noise", 5.0),
            )
            if kind == "scanpdf":
                image_pdf(a, outdir / f"{name}.pdf", (d.w, d.h))
            else:
                (outdir / f"{name}.png").write_bytes(png_bytes(a))
    rec = truth.as_json("pdf" if kind == "pdf" else ("photo" if kind == "photo" else "scan"))
    (outdir / f"{name}.json").write_text(
        json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return {"name": name, "kind": kind, "truth": truth, "opt": opt}


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    only = None
    if "--only" in argv:
        only = argv[argv.index("--only") + 1]
        args = [a for a in args if a != only]
    outdir = Path(args[0]) if args else Path("bench/blindsets/blind-2026-13z")
    outdir.mkdir(parents=True, exist_ok=True)
    names = [only] if only else list(REGISTRY)
    recs = [build(n, outdir) for n in names]
    for r in recs:
        print(r["name"], r["kind"], r["truth"].total, r["truth"].currency)
    if not only:
        (outdir / "README.md").write_text(readme(recs), encoding="utf-8")


README_HEAD = """# Blind set 2026-13z: many lines and several tax rates

Wholesale and B2B supply invoices (food/beverage, building materials, electrical, office supplies,
pharmaceutical distribution, auto parts, printing, agricultural supply) and big-shop receipts
(supermarkets, hypermarkets, grocery, pharmacies, a hardware store). Every document is drawn by its
own function in `bench/blindsets/blind_2026_13z.py` with reportlab (`invariant=1`), from invented but
plausible companies, addresses, tax ids and bank details, dates in 2026, local languages, date formats,
number formats and tax names. Regenerate with

    python -m bench.blindsets.blind_2026_13z [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document's name, so re-runs are byte-identical.
The generator checks that every text run stays on the page, fits its table cell and overlaps no other
run (it raises `LayoutError` otherwise), and asserts `amount + vat + tip + rounding == total` for every
document before writing it.

## How the images are made

- **pdf**: the born-digital PDF with its text layer.
- **scan** (`.png`): page 1 rendered with pypdfium2 at 180-250 dpi, grey or colour, paper tone, skew
  within ±2°, Gaussian blur, noise and specks; receipts get uneven thermal fading; 80 mm receipts scanned
  at 200 dpi are about 630 px wide, r05 is rendered at 250 dpi and downscaled to 650 px.
- **scan, image-only PDF** (`i07.pdf`, `i12.pdf`): the degraded scan embedded as the only page content
  (no text layer); keyed `"kind": "scan"`.
- **photo** (`.jpg`): the page rendered at 220-250 dpi, optional fold creases, perspective-warped onto a
  wood, desk or cloth texture with a drop shadow, uneven light and a soft shadow, slight blur and noise,
  JPEG quality 60-80, long side 1,500-2,300 px.

## Truth conventions

- Amounts are strings with two decimals; currencies printed without decimals (HUF, ISK, COP, and the
  rounded CZK/INR totals) are keyed with `.00`.
- All money is computed once with `Decimal` (ROUND_HALF_UP) and the same values are printed and keyed.
- `amount` is the net as printed: the sum of the per-rate net bases (including zero-rated, exempt,
  out-of-scope deposits and excluded goods). Where prices include tax (all receipts except the US
  one) the net per rate is `gross - vat` with `vat = gross * r / (100 + r)` rounded per rate; where the
  receipt prints no net (r07 Poland), it is still `total - vat` of the per-rate figures.
- `vat` is the sum of every tax printed: VAT/GST of all rates, Spanish recargo de equivalencia
  (i04), Canadian GST + PST (i14), Indian CGST + SGST (i15), US state + food sales tax (r16). Tax is
  computed per rate on the rate's base, not per line.
- `rounding` is a printed rounding line (i10 Zaokrouhlení, i15 Round Off, r08 Kerekítés,
  r11 Öresavrundning; r10 prints a Rundung line of 0.00); `total` is then the rounded amount payable, and
  `amount + vat + rounding == total`. No document in this set has a tip.
- Cash given and change are not keyed. Settlement / early-payment discounts (Skonto etc.) only printed as
  terms do not change the total.
- `invoice_number`: the document's own number as printed (receipt / bon / ticket / fiş / kvitto number
  for receipts). Order numbers, delivery notes, customer numbers, OCR references, MARK/UID/CUFE codes and
  the referenced original invoice of a credit note are not it.
- `invoice_date`: the issue date; `due_date` only when a due date is printed (also when it is only in a
  payment sentence, as in i03 and i09); null for receipts and the credit note.
- `vendor_name`: the seller's legal name as printed, with its legal form.
- Credit notes (i06) print negative quantities and amounts and are keyed negative;
  `document_type` is `credit_note`.
- `line_items`: every priced row of the item table in printed order, including deposits, returns,
  loyalty/multi-buy discounts and coupons printed as item rows, and charges printed as table rows
  (order charge, delivery, fuel surcharge, core charges). Charges printed only in the totals block
  (i01 toll surcharge, i03 transport, i11 freight and small-order fee) are not items. `unit_price` is the
  printed unit price before any line discount, `amount` the printed line amount after it; quantity is
  the printed quantity (kilograms for weighed goods).
- `locale` is the document's language-country; `layout` is invoice/receipt by page format.
"""


def readme(recs) -> str:
    out = [README_HEAD, "## Mix", ""]
    kinds = {
        "pdf": "born-digital PDF",
        "scan": "scan (PNG)",
        "scanpdf": "scan, image-only PDF",
        "photo": "photo (JPG)",
    }
    out += ["| kind | invoices | receipts | total |", "|---|---|---|---|"]
    for k, label in kinds.items():
        ni = sum(1 for r in recs if r["kind"] == k and r["name"].startswith("i"))
        nr = sum(1 for r in recs if r["kind"] == k and r["name"].startswith("r"))
        out.append(f"| {label} | {ni} | {nr} | {ni + nr} |")
    ni = sum(1 for r in recs if r["name"].startswith("i"))
    out.append(f"| **all** | {ni} | {len(recs) - ni} | {len(recs)} |")
    countries = sorted({r["truth"].country for r in recs})
    currencies = sorted({r["truth"].currency for r in recs})
    ndt = {}
    for r in recs:
        ndt[r["truth"].doctype] = ndt.get(r["truth"].doctype, 0) + 1
    out += [
        "",
        f"Countries ({len(countries)}): {', '.join(countries)}.",
        "",
        f"Currencies ({len(currencies)}): {', '.join(currencies)}; without decimals: HUF, ISK, COP.",
        "",
        "Document types: " + ", ".join(f"{k} {v}" for k, v in sorted(ndt.items())) + ".",
        "",
    ]
    out += [
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in recs:
        t = r["truth"]
        ext = {"pdf": "pdf", "scanpdf": "pdf", "scan": "png", "photo": "jpg"}[r["kind"]]
        out.append(
            f"| {r['name']}.{ext} | {kinds[r['kind']]} | {t.country} | {t.type_} | {t.vendor} | {t.number} | {key(t.total)} {t.currency} | {t.note} |"
        )
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main(sys.argv[1:])
