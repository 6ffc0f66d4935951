# ruff: noqa: E501
"""Blind set 2026-14c: invoices and receipts small firms make themselves in office software.

Run from the repository root:

    python -m bench.blindsets.blind_2026_14c [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document's name, so re-runs are
byte-identical. The module imports nothing from the product.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import zlib
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

MM = 72 / 25.4
DEFAULT_OUT = "bench/blindsets/blind-2026-14c"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
BLACK = (0, 0, 0)
GREY = (0.45, 0.45, 0.45)
LIGHT = (0.85, 0.85, 0.85)

_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVI": "DejaVuSans-Oblique.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVSI": "DejaVuSerif-Italic.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVL": "DejaVuSans-ExtraLight.ttf",
}
for _k, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, str(FONT_DIR / _f)))


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


# --------------------------------------------------------------------------- money


def D(x) -> Decimal:
    return Decimal(str(x))


def q2(x: Decimal) -> Decimal:
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def s2(x: Decimal) -> str:
    return f"{q2(x):.2f}"


_SEPS = {"en": (",", "."), "de": (".", ","), "fr": (" ", ","), "ch": ("'", "."), "plain": ("", ".")}


def _group(ip: str, th: str, indian: bool) -> str:
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        return th.join([head, *parts, tail]) if head else th.join([*parts, tail])
    parts = []
    while len(ip) > 3:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    return th.join([ip, *parts])


def m(x: Decimal, st: str = "en", dec: int = 2) -> str:
    """Format an amount: en 1,234.56 | de 1.234,56 | fr 1 234,56 | ch 1'234.56 | in 1,23,456.78."""
    x = q2(x)
    neg = x < 0
    s = f"{abs(x):.{dec}f}"
    ip, _, fp = s.partition(".")
    th, dp = _SEPS.get(st, _SEPS["en"])
    body = _group(ip, th, st == "in")
    out = body + (dp + fp if dec else "")
    return "-" + out if neg else out


def vat_of_net(net: Decimal, rate) -> Decimal:
    return q2(net * D(rate) / 100)


def vat_in_gross(gross: Decimal, rate) -> Decimal:
    return q2(gross * D(rate) / (100 + D(rate)))


@dataclass
class Item:
    desc: str
    qty: Decimal
    unit: Decimal
    rate: Decimal | None = None
    amt: Decimal = field(init=False)

    def __post_init__(self):
        self.qty = D(self.qty)
        self.unit = D(self.unit)
        self.amt = q2(self.qty * self.unit)

    def key(self, qfmt: str | None = None) -> dict:
        q = qfmt or _qstr(self.qty)
        return {
            "description": self.desc,
            "quantity": q,
            "unit_price": s2(self.unit),
            "amount": s2(self.amt),
        }


def _qstr(q: Decimal) -> str:
    s = f"{q.normalize():f}"
    return s


def total_by_rate(items: list[Item]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for it in items:
        out[D(it.rate)] = out.get(D(it.rate), Decimal(0)) + it.amt
    return out


# --------------------------------------------------------------------------- dates

EN_M = [
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
FR_M = [
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
IT_M = [
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
DE_M = [
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
]
ES_M = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def en_words(d: date) -> str:
    return f"{ordinal(d.day)} {EN_M[d.month - 1]} {d.year}"


def us_words(d: date) -> str:
    return f"{EN_M[d.month - 1]} {d.day}, {d.year}"


def fr_words(d: date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {FR_M[d.month - 1]} {d.year}"


def nf(d: date, pat: str) -> str:
    return d.strftime(pat)


# --------------------------------------------------------------------------- drawing


class Doc:
    """Records drawing ops in top-down coordinates; checks text runs; replays onto a canvas."""

    def __init__(self, name: str, width: float, height: float | None = None, margin: float = 6):
        self.name = name
        self.w = width
        self.h = height
        self.margin = margin
        self.pages: list[list[tuple]] = [[]]
        self.runs: list[list[tuple]] = [[]]
        self.maxy = 0.0
        self.y = 0.0  # cursor for flowing layouts

    # -- primitives
    def text(self, x, y, s, font="Helvetica", size=10.0, align="l", color=BLACK) -> float:
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = {"l": x, "r": x - w, "c": x - w / 2}[align]
        self.pages[-1].append(("t", x0, y, s, font, size, color))
        self.runs[-1].append((x0, y - 0.74 * size, x0 + w, y + 0.2 * size, s))
        self.maxy = max(self.maxy, y + 0.2 * size)
        return w

    def block(self, x, y, w, h, label):
        """Reserve an area (QR code, logo) that no text may overlap."""
        self.runs[-1].append((x, y, x + w, y + h, label))
        self.maxy = max(self.maxy, y + h)

    def line(self, x1, y1, x2, y2, lw=0.5, color=BLACK, dash=None):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw, color, dash))
        self.maxy = max(self.maxy, y1, y2)

    def rect(self, x, y, w, h, lw=0.5, stroke=BLACK, fill=None):
        self.pages[-1].append(("r", x, y, w, h, lw, stroke, fill))
        self.maxy = max(self.maxy, y + h)

    def circle(self, cx, cy, r, lw=0.5, stroke=BLACK, fill=None):
        self.pages[-1].append(("c", cx, cy, r, lw, stroke, fill))

    def poly(self, pts, lw=0.5, stroke=BLACK, fill=None):
        self.pages[-1].append(("p", pts, lw, stroke, fill))

    def new_page(self):
        self.pages.append([])
        self.runs.append([])

    # -- helpers
    def width(self, s, font, size):
        return pdfmetrics.stringWidth(s, font, size)

    def para(self, x, y, width, s, font="Helvetica", size=9.0, lead=None, align="l") -> float:
        """Word-wrap s into width; returns the baseline after the last line."""
        lead = lead or size * 1.3
        line = ""
        for word in s.split(" "):
            trial = f"{line} {word}".strip()
            if line and self.width(trial, font, size) > width:
                self.text(x if align == "l" else x + width, y, line, font, size, align)
                y += lead
                line = word
            else:
                line = trial
        if line:
            self.text(x if align == "l" else x + width, y, line, font, size, align)
            y += lead
        return y

    def lines(
        self, x, y, rows, font="Helvetica", size=9.0, lead=None, align="l", color=BLACK
    ) -> float:
        lead = lead or size * 1.3
        for r in rows:
            self.text(x, y, r, font, size, align, color)
            y += lead
        return y

    # -- checks and output
    def check(self):
        for n, runs in enumerate(self.runs, 1):
            self._check_bounds(n, runs)
            self._check_overlap(n, runs)

    def _check_bounds(self, n, runs):
        h = self.h if self.h is not None else self.maxy + 20
        for x0, y0, x1, y1, s in runs:
            if x0 < self.margin or x1 > self.w - self.margin or y0 < 2 or y1 > h - 2:
                raise LayoutError(
                    f"{self.name} p{n}: off page: {s!r} ({x0:.1f},{y0:.1f},{x1:.1f},{y1:.1f})"
                )

    def _check_overlap(self, n, runs):
        for i, a in enumerate(runs):
            for b in runs[i + 1 :]:
                ox = min(a[2], b[2]) - max(a[0], b[0])
                oy = min(a[3], b[3]) - max(a[1], b[1])
                if ox > 0.3 and oy > 0.3:
                    raise LayoutError(f"{self.name} p{n}: overlap {a[4]!r} / {b[4]!r}")

    def pdf(self, title: str = "", author: str = "") -> bytes:
        self.check()
        h = self.h if self.h is not None else self.maxy + 20
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(self.w, h), invariant=1)
        c.setTitle(title)
        c.setAuthor(author)
        for ops in self.pages:
            for op in ops:
                _REPLAY[op[0]](c, h, *op[1:])
            c.showPage()
        c.save()
        return buf.getvalue()


def _set(c, lw, stroke, fill):
    c.setLineWidth(lw)
    if stroke:
        c.setStrokeColorRGB(*stroke)
    if fill:
        c.setFillColorRGB(*fill)
    return (1 if stroke else 0), (1 if fill else 0)


def _r_text(c, h, x, y, s, font, size, color):
    c.setFillColorRGB(*color)
    c.setFont(font, size)
    c.drawString(x, h - y, s)


def _r_line(c, h, x1, y1, x2, y2, lw, color, dash):
    c.setLineWidth(lw)
    c.setStrokeColorRGB(*color)
    c.setDash(*(dash or ([], 0)))
    c.line(x1, h - y1, x2, h - y2)
    c.setDash([], 0)


def _r_rect(c, h, x, y, w, hh, lw, stroke, fill):
    st, fi = _set(c, lw, stroke, fill)
    c.rect(x, h - y - hh, w, hh, stroke=st, fill=fi)


def _r_circle(c, h, cx, cy, r, lw, stroke, fill):
    st, fi = _set(c, lw, stroke, fill)
    c.circle(cx, h - cy, r, stroke=st, fill=fi)


def _r_poly(c, h, pts, lw, stroke, fill):
    st, fi = _set(c, lw, stroke, fill)
    p = c.beginPath()
    p.moveTo(pts[0][0], h - pts[0][1])
    for x, y in pts[1:]:
        p.lineTo(x, h - y)
    p.close()
    c.drawPath(p, stroke=st, fill=fi)


_REPLAY = {"t": _r_text, "l": _r_line, "r": _r_rect, "c": _r_circle, "p": _r_poly}


@dataclass
class TS:
    """Table style."""

    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    size: float = 9.0
    rh: float = 16.0
    grid: str = "full"  # full | h | box | none
    head_fill: tuple | None = None
    head_color: tuple = BLACK
    pad: float = 4.0
    lw: float = 0.5
    line_color: tuple = BLACK


def _cell(d: Doc, x, w, y, s, align, font, size, pad, color=BLACK):
    if d.width(s, font, size) > w - 2 * pad + 0.01:
        raise LayoutError(f"{d.name}: cell text too wide: {s!r}")
    xx = {"l": x + pad, "r": x + w - pad, "c": x + w / 2}[align]
    d.text(xx, y, s, font, size, align, color)


def _grid(d: Doc, x, y, widths, nrows, st: TS):
    total_w = sum(widths)
    bottom = y + nrows * st.rh
    if st.grid in ("full", "h"):
        for r in range(nrows + 1):
            d.line(x, y + r * st.rh, x + total_w, y + r * st.rh, st.lw, st.line_color)
    if st.grid == "full":
        xx = x
        for w in [0, *widths]:
            xx += w
            d.line(xx, y, xx, bottom, st.lw, st.line_color)
    if st.grid == "box":
        d.rect(x, y, total_w, nrows * st.rh, st.lw, st.line_color)
        d.line(x, y + st.rh, x + total_w, y + st.rh, st.lw, st.line_color)


def table(d: Doc, x, y, cols, rows, st: TS | None = None, header=True) -> float:
    """cols: [(title, width, align)]; rows: [[str]]. y is the top; returns the bottom."""
    st = st or TS()
    widths = [c[1] for c in cols]
    all_rows = ([[c[0] for c in cols]] if header else []) + rows
    if header and st.head_fill:
        d.rect(x, y, sum(widths), st.rh, 0, None, st.head_fill)
    _grid(d, x, y, widths, len(all_rows), st)
    for r, row in enumerate(all_rows):
        base = y + r * st.rh + st.rh / 2 + st.size * 0.33
        is_head = header and r == 0
        xx = x
        for (_, w, al), s in zip(cols, row, strict=True):
            _cell(
                d,
                xx,
                w,
                base,
                s,
                al,
                st.bold if is_head else st.font,
                st.size,
                st.pad,
                st.head_color if is_head else BLACK,
            )
            xx += w
    return y + len(all_rows) * st.rh


def kv(
    d: Doc,
    xl,
    xr,
    y,
    pairs,
    font="Helvetica",
    size=9.5,
    lead=14.0,
    bold_last=True,
    bold="Helvetica-Bold",
    label_align="l",
) -> float:
    """Totals block: label at xl (left- or right-aligned), value right-aligned at xr."""
    for i, (k, v) in enumerate(pairs):
        f = bold if bold_last and i == len(pairs) - 1 else font
        d.text(xl, y, k, f, size, label_align)
        d.text(xr, y, v, f, size, "r")
        y += lead
    return y


def qr(d: Doc, x, y, size, seed: str, n=25):
    """A QR-looking block of modules with three finder squares."""
    rng = random.Random(zlib.crc32(seed.encode()))
    cell = size / n
    d.block(x, y, size, size, "[QR]")
    for r in range(n):
        for c in range(n):
            if _finder_zone(r, c, n):
                continue
            if rng.random() < 0.48:
                d.rect(x + c * cell, y + r * cell, cell, cell, 0, None, BLACK)
    for fr, fc in ((0, 0), (0, n - 7), (n - 7, 0)):
        d.rect(x + fc * cell, y + fr * cell, 7 * cell, 7 * cell, 0, None, BLACK)
        d.rect(x + (fc + 1) * cell, y + (fr + 1) * cell, 5 * cell, 5 * cell, 0, None, (1, 1, 1))
        d.rect(x + (fc + 2) * cell, y + (fr + 2) * cell, 3 * cell, 3 * cell, 0, None, BLACK)


def _finder_zone(r, c, n):
    return (r < 8 and c < 8) or (r < 8 and c >= n - 8) or (r >= n - 8 and c < 8)


class Roll(Doc):
    """A till roll: flowing lines with a cursor; the height follows the content."""

    def __init__(self, name, mm_width, font="Courier", size=8.0, margin_mm=3.0):
        super().__init__(name, mm_width * MM, None, margin=4)
        self.x0 = margin_mm * MM
        self.x1 = self.w - margin_mm * MM
        self.f = font
        self.s = size
        self.y = 14

    def ln(self, s="", align="l", font=None, size=None, lead=None):
        size = size or self.s
        self.y += lead or size * 1.25
        if s:
            x = {"l": self.x0, "r": self.x1, "c": self.w / 2}[align]
            self.text(x, self.y, s, font or self.f, size, align)

    def lr(self, left, right, font=None, size=None, lead=None):
        size = size or self.s
        self.y += lead or size * 1.25
        self.text(self.x0, self.y, left, font or self.f, size)
        self.text(self.x1, self.y, right, font or self.f, size, "r")

    def rule(self, ch="-", gap=4, dash=None, lw=0.6):
        self.y += gap
        if ch == "-":
            self.line(self.x0, self.y, self.x1, self.y, lw, BLACK, dash or [2, 1.5])
        else:
            self.line(self.x0, self.y, self.x1, self.y, lw)
            self.line(self.x0, self.y + 1.5, self.x1, self.y + 1.5, lw)
            self.y += 1.5
        self.y += 1

    def feed(self, pt):
        self.y += pt


# --------------------------------------------------------------------------- truth


def truth(
    *,
    number,
    inv_date: date,
    due: date | None,
    vendor: str,
    amount: Decimal,
    vat: Decimal | None,
    total: Decimal,
    currency: str,
    locale: str,
    layout: str,
    doctype: str,
    items: list[dict],
    note: str,
    tip: Decimal = Decimal(0),
    rounding: Decimal = Decimal(0),
) -> dict:
    assert q2(amount) + q2(vat or 0) + q2(tip) + q2(rounding) == q2(total), (
        amount,
        vat,
        tip,
        rounding,
        total,
    )
    return {
        "invoice_number": number,
        "invoice_date": inv_date.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": s2(amount),
        "vat": s2(vat) if vat is not None else None,
        "total": s2(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": doctype,
        "line_items": items,
        "note": note,
    }


# =========================================================================== invoices
AW, AH = A4
LW, LH = letter


def i01(name):
    """UK sole trader, Word template, file-name title, date in words, quote/job decoys."""
    items = [
        Item("Oak staircase balustrade - supply & fit", 1, "1480.00"),
        Item("Replacement newel post caps (oak)", 4, "22.50"),
        Item("Labour - fitting (hours)", 12, "38.00"),
        Item("Finishing oil & sundries", 1, "46.80"),
    ]
    net = sum(i.amt for i in items)
    vat = vat_of_net(net, 20)
    total = net + vat
    dt = date(2026, 3, 3)
    d = Doc("i01", AW, AH)
    d.text(56, 72, "Daniel Hughes", "Helvetica-Bold", 20)
    d.text(539, 72, "Invoice_2026-014", "Helvetica-Bold", 16, "r")
    d.text(
        56,
        90,
        "Hughes Joinery \u00b7 bespoke kitchens, doors & staircases",
        "Helvetica-Oblique",
        10,
    )
    d.lines(
        56,
        112,
        [
            "Unit 4, Tanyard Workshops",
            "Mill Lane, Ludlow, Shropshire SY8 1BB",
            "07700 914 382  \u00b7  dan@hughesjoinery.co.uk",
            "VAT Reg. No. GB 284 5519 06",
        ],
        size=9.5,
    )
    kv(
        d,
        370,
        539,
        112,
        [
            ("Invoice no.:", "2026-014"),
            ("Date:", en_words(dt)),
            ("Quote ref.:", "Q-2025-118"),
            ("Job no.:", "J-0391"),
        ],
        bold_last=False,
        lead=13,
    )
    d.text(56, 196, "Bill to:", "Helvetica-Bold", 10)
    d.lines(
        56,
        211,
        [
            "Mrs Eleanor Whitfield",
            "The Old Rectory, Church Street",
            "Clee St Margaret, Craven Arms",
            "SY7 9DT",
        ],
        size=9.5,
    )
    cols = [
        ("Description", 255, "l"),
        ("Qty", 45, "r"),
        ("Unit price", 85, "r"),
        ("Amount", 98, "r"),
    ]
    rows = [[i.desc, str(i.qty), "\u00a3" + m(i.unit), "\u00a3" + m(i.amt)] for i in items]
    y = table(d, 56, 290, cols, rows, TS(size=9.5, rh=19, head_fill=LIGHT))
    y = kv(
        d,
        400,
        535,
        y + 20,
        [
            ("Subtotal", "\u00a3" + m(net)),
            ("VAT @ 20%", "\u00a3" + m(vat)),
            ("Total due", "\u00a3" + m(total)),
        ],
        size=10,
        lead=16,
    )
    y = d.para(
        56,
        y + 24,
        483,
        "Please pay within 14 days of the invoice date. Payment by bank transfer to Daniel Hughes, Lloyds Bank, sort code 30-94-57, account 41887203, quoting 2026-014 as the reference.",
        size=9.5,
    )
    d.para(
        56,
        y + 6,
        483,
        "Materials remain the property of Daniel Hughes until paid for in full.",
        "Helvetica-Oblique",
        8.5,
    )
    d.text(AW / 2, 800, "Thank you for your business!", "Helvetica", 9, "c", GREY)
    t = truth(
        number="2026-014",
        inv_date=dt,
        due=None,
        vendor="Daniel Hughes",
        amount=net,
        vat=vat,
        total=total,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        doctype="invoice",
        items=[i.key() for i in items],
        note="Title typed like a file name 'Invoice_2026-014'; number 2026-014 beside quote ref Q-2025-118 and job no. J-0391; date in words (3rd March 2026); sole trader's own name as seller with trading name 'Hughes Joinery' below; payment terms in prose, no due date; bank details in a sentence.",
    )
    return d.pdf("Invoice_2026-014", "Dan"), t


def i02(name):
    """DE Kleinunternehmerin, Excel grid, §19 note instead of VAT, Leistungsdatum decoy."""
    items = [
        Item("Etikettendesign \u201eKellerbier\u201c (3 Varianten)", 1, "640.00"),
        Item("Reinzeichnung Druckdaten (Std.)", 4, "55.00"),
        Item("Korrekturschleife (Std.)", 2, "55.00"),
        Item("Nutzungsrechte regional, 2 Jahre", 1, "350.00"),
    ]
    total = sum(i.amt for i in items)
    dt, work = date(2026, 2, 12), date(2026, 1, 28)
    d = Doc("i02", AW, AH)
    g = TS(font="DV", bold="DVB", size=8.5, rh=17, grid="full", lw=0.35, line_color=(0.6, 0.6, 0.6))
    # merged title cell of the sheet
    d.rect(50, 50, 495, 34, 0.35, (0.6, 0.6, 0.6), (0.87, 0.92, 0.97))
    d.text(58, 73, "Rechnung 14-2026", "DVB", 15)
    d.text(537, 73, "Jana Becker \u00b7 Illustration & Grafikdesign", "DV", 9, "r")
    sender = [
        ["Absender", "Jana Becker, Hainstra\u00dfe 22, 96047 Bamberg"],
        ["Telefon / E-Mail", "0951 208 447 19 / hallo@janabecker-design.de"],
        ["Steuernummer", "207/245/40113"],
    ]
    y = table(d, 50, 96, [("", 120, "l"), ("", 375, "l")], sender, g, header=False)
    cust = [
        ["Rechnung an", "Brauhaus Kettner GmbH"],
        ["", "z. Hd. Herrn Tobias Kettner"],
        ["", "Am Anger 7, 96047 Bamberg"],
    ]
    y = table(d, 50, y + 14, [("", 120, "l"), ("", 375, "l")], cust, g, header=False)
    meta = [
        ["Rechnungsnummer", "14-2026", "Rechnungsdatum", nf(dt, "%d.%m.%Y")],
        ["Kundennummer", "K-0031", "Leistungsdatum", nf(work, "%d.%m.%Y")],
    ]
    y = table(
        d,
        50,
        y + 14,
        [("", 110, "l"), ("", 137, "l"), ("", 110, "l"), ("", 138, "l")],
        meta,
        g,
        header=False,
    )
    cols = [
        ("Pos.", 32, "c"),
        ("Leistung", 243, "l"),
        ("Menge", 50, "r"),
        ("Einzelpreis", 80, "r"),
        ("Gesamt", 90, "r"),
    ]
    rows = [
        [str(n), i.desc, m(i.qty, "de", 0), m(i.unit, "de") + " \u20ac", m(i.amt, "de") + " \u20ac"]
        for n, i in enumerate(items, 1)
    ]
    g2 = TS(
        font="DV",
        bold="DVB",
        size=8.5,
        rh=18,
        grid="full",
        lw=0.35,
        line_color=(0.6, 0.6, 0.6),
        head_fill=(0.87, 0.92, 0.97),
    )
    y = table(d, 50, y + 18, cols, [*rows, ["", "", "", "", ""]], g2)
    y = table(
        d,
        50,
        y,
        [("", 405, "r"), ("", 90, "r")],
        [["Rechnungsbetrag", m(total, "de") + " \u20ac"]],
        TS(font="DVB", bold="DVB", size=9, rh=20, grid="full", lw=0.35, line_color=(0.6, 0.6, 0.6)),
        header=False,
    )
    y = d.para(
        50,
        y + 26,
        495,
        "Gem\u00e4\u00df \u00a7 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerregelung).",
        "DV",
        9,
    )
    y = d.para(
        50,
        y + 4,
        495,
        "Zahlbar innerhalb von 14 Tagen ohne Abzug auf das unten genannte Konto. Vielen Dank f\u00fcr den Auftrag!",
        "DV",
        9,
    )
    bank = [
        ["Bank", "Sparkasse Bamberg"],
        ["IBAN", "DE41 7705 0000 0302 1184 55"],
        ["BIC", "BYLADEM1SKB"],
    ]
    table(d, 50, y + 18, [("", 120, "l"), ("", 375, "l")], bank, g, header=False)
    t = truth(
        number="14-2026",
        inv_date=dt,
        due=None,
        vendor="Jana Becker",
        amount=total,
        vat=None,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        doctype="invoice",
        items=[i.key() for i in items],
        note="Spreadsheet look with grid lines and a merged title cell 'Rechnung 14-2026'; small-business note (\u00a7 19 UStG) instead of VAT, so vat is null; Leistungsdatum 28.01.2026 beside Rechnungsdatum; customer number K-0031 decoy; terms in prose, no due date.",
    )
    return d.pdf("Rechnung 14-2026.xlsx"), t


def i03(name):
    """FR micro-entrepreneur, customer block in bold at top, date in words, art. 293 B."""
    items = [
        Item("Remplacement chauffe-eau \u00e9lectrique 200 L", 1, "689.00"),
        Item("Groupe de s\u00e9curit\u00e9 + raccords", 1, "74.50"),
        Item("Main d'\u0153uvre (heures)", "3.5", "48.00"),
        Item("D\u00e9placement", 1, "25.00"),
    ]
    total = sum(i.amt for i in items)
    dt, due = date(2026, 3, 3), date(2026, 4, 2)
    d = Doc("i03", AW, AH)
    d.lines(
        60,
        70,
        ["SCI LES TILLEULS", "M. G\u00e9rard Fabre", "12 avenue Jean Jaur\u00e8s", "69007 LYON"],
        "Times-Bold",
        12.5,
        15,
    )
    d.text(535, 70, "Lucas Moreau EI", "Times-Bold", 11.5, "r")
    d.lines(
        535,
        84,
        [
            "Plomberie \u2013 Chauffage",
            "5 rue des Capucins, 69001 Lyon",
            "06 71 24 88 30",
            "SIRET 853 214 776 00019",
        ],
        "Times-Roman",
        10,
        12.5,
        "r",
    )
    d.text(535, 160, f"Lyon, le {fr_words(dt)}", "Times-Roman", 11, "r")
    d.text(60, 205, "FACTURE N\u00b0 2026-031", "Times-Bold", 16)
    d.text(60, 224, f"Date d'\u00e9ch\u00e9ance : {fr_words(due)}", "Times-Roman", 11)
    cols = [
        ("D\u00e9signation", 250, "l"),
        ("Qt\u00e9", 45, "r"),
        ("P.U. HT", 85, "r"),
        ("Montant HT", 95, "r"),
    ]
    rows = [
        [
            i.desc,
            m(i.qty, "fr", 0) if i.qty == i.qty.to_integral() else m(i.qty, "fr", 2).rstrip("0"),
            m(i.unit, "fr") + " \u20ac",
            m(i.amt, "fr") + " \u20ac",
        ]
        for i in items
    ]
    y = table(
        d,
        60,
        255,
        cols,
        rows,
        TS(font="Times-Roman", bold="Times-Bold", size=11, rh=21, grid="box", lw=0.8),
    )
    y = kv(
        d,
        360,
        529,
        y + 22,
        [
            ("Total HT", m(total, "fr") + " \u20ac"),
            ("Net \u00e0 payer", m(total, "fr") + " \u20ac"),
        ],
        "Times-Roman",
        11,
        16,
        bold="Times-Bold",
    )
    y = d.para(60, y + 14, 475, "TVA non applicable, art. 293 B du CGI.", "Times-Italic", 11)
    y = d.para(
        60,
        y + 8,
        475,
        "R\u00e8glement par virement (IBAN FR76 1027 8073 1100 0204 5670 148) ou par ch\u00e8que \u00e0 l'ordre de Lucas Moreau.",
        "Times-Roman",
        10.5,
    )
    d.para(
        60,
        y + 8,
        475,
        "En cas de retard de paiement : p\u00e9nalit\u00e9s au taux de 3 fois le taux d'int\u00e9r\u00eat l\u00e9gal et indemnit\u00e9 forfaitaire pour frais de recouvrement de 40 \u20ac. Pas d'escompte pour paiement anticip\u00e9.",
        "Times-Roman",
        9.5,
    )
    keys = [i.key() for i in items]
    t = truth(
        number="2026-031",
        inv_date=dt,
        due=due,
        vendor="Lucas Moreau EI",
        amount=total,
        vat=None,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        doctype="invoice",
        items=keys,
        note="Customer's block (SCI LES TILLEULS) in bold capitals at the top-left, seller smaller on the right; date in words 'le 3 mars 2026'; due date in words; 'TVA non applicable, art. 293 B du CGI' instead of VAT (vat null); 40 \u20ac recovery fee in the small print.",
    )
    return d.pdf("Facture 2026-031"), t


NL_TERMS = [
    "1. Deze voorwaarden zijn van toepassing op alle offertes, opdrachten en leveringen van Hapjes & Zo Catering V.O.F.",
    "2. Het definitieve aantal gasten dient uiterlijk vijf werkdagen voor het evenement te worden doorgegeven. Bij minder gasten wordt het doorgegeven aantal in rekening gebracht.",
    "3. Annulering tot 14 dagen voor de datum is kosteloos; daarna is 50% van de offerteprijs verschuldigd, binnen 48 uur 100%.",
    "4. Gehuurde materialen worden in dezelfde staat teruggenomen. Schade of vermissing wordt tegen vervangingswaarde doorberekend.",
    "5. Betaling dient te geschieden binnen 14 dagen na factuurdatum. Bij overschrijding is de wettelijke handelsrente verschuldigd.",
    "6. Klachten over de geleverde producten dienen op de dag van levering te worden gemeld.",
    "7. Op alle overeenkomsten is Nederlands recht van toepassing.",
]


def i04(name):
    """NL caterer, LibreOffice, 9% and 21% BTW, deposit already paid, page 2 only terms."""
    items = [
        Item("Lunchbuffet 'Hollands' p.p.", 45, "18.50", 9),
        Item("Koffie/thee-arrangement p.p.", 45, "3.75", 9),
        Item("Bediening (uren)", 8, "32.50", 21),
        Item("Huur statafels incl. rok", 6, "12.00", 21),
        Item("Bezorgen en ophalen", 1, "45.00", 21),
    ]
    by = total_by_rate(items)
    net = sum(by.values())
    vats = {r: vat_of_net(v, r) for r, v in by.items()}
    vat = sum(vats.values())
    total = net + vat
    deposit = D("500.00")
    dt, due, event = date(2026, 2, 16), date(2026, 3, 2), date(2026, 2, 13)
    e = lambda x: "\u20ac " + m(x, "de")  # noqa: E731
    d = Doc("i04", AW, AH)
    d.circle(76, 74, 20, 0, None, (0.30, 0.55, 0.25))
    d.text(76, 81, "H", "DVSB", 20, "c", (1, 1, 1))
    d.text(104, 82, "Hapjes & Zo", "DVSB", 22, "l", (0.30, 0.55, 0.25))
    d.lines(
        539,
        58,
        [
            "Hapjes & Zo Catering V.O.F.",
            "Oudegracht 214",
            "3511 NR Utrecht",
            "030 231 77 40",
            "info@hapjesenzo.nl",
        ],
        "Helvetica",
        9,
        12,
        "r",
    )
    d.lines(
        56,
        150,
        [
            "Stichting Buurthuis De Linde",
            "t.a.v. mevrouw S. Bakker",
            "Lindelaan 3",
            "3571 AK  Utrecht",
        ],
        "Helvetica",
        10,
        13,
    )
    d.text(56, 245, "FACTUUR", "Helvetica-Bold", 18)
    meta = [
        ("Factuurnummer", "2026-0087"),
        ("Factuurdatum", nf(dt, "%d-%m-%Y")),
        ("Vervaldatum", nf(due, "%d-%m-%Y")),
        ("Datum evenement", nf(event, "%d-%m-%Y")),
        ("Uw referentie", "Nieuwjaarslunch vrijwilligers"),
    ]
    kv(d, 56, 300, 270, meta, "Helvetica", 9.5, 13.5, bold_last=False)
    cols = [
        ("Omschrijving", 215, "l"),
        ("Aantal", 50, "r"),
        ("Prijs", 70, "r"),
        ("BTW", 45, "r"),
        ("Bedrag", 103, "r"),
    ]
    rows = [[i.desc, str(i.qty), m(i.unit, "de"), f"{i.rate}%", m(i.amt, "de")] for i in items]
    y = table(
        d, 56, 352, cols, rows, TS(size=9.5, rh=18, grid="h", lw=0.4, head_fill=(0.93, 0.93, 0.93))
    )
    pairs = [("Subtotaal excl. BTW", e(net))]
    pairs += [(f"BTW {r}% over {e(by[r])}", e(vats[r])) for r in sorted(by)]
    pairs += [("Totaal incl. BTW", e(total))]
    y = kv(d, 300, 535, y + 20, pairs, "Helvetica", 9.5, 15)
    y = kv(
        d,
        300,
        535,
        y + 4,
        [
            (f"Aanbetaling ontvangen {nf(date(2026, 2, 2), '%d-%m-%Y')}", "- " + e(deposit)),
            ("Nog te betalen", e(total - deposit)),
        ],
        "Helvetica",
        9.5,
        15,
    )
    d.line(300, y - 27, 535, y - 27, 0.5)
    d.para(
        56,
        y + 18,
        483,
        f"Wij verzoeken u het openstaande bedrag van {e(total - deposit)} v\u00f3\u00f3r {nf(due, '%d-%m-%Y')} over te maken op rekening NL91 RABO 0315 2736 48 t.n.v. Hapjes & Zo Catering, onder vermelding van het factuurnummer. Op al onze leveringen zijn onze algemene voorwaarden van toepassing (zie pagina 2).",
        "Helvetica",
        9.5,
    )
    foot = "KvK 71234598  \u00b7  BTW NL861234567B01  \u00b7  IBAN NL91 RABO 0315 2736 48"
    d.line(56, 782, 539, 782, 0.4, GREY)
    d.text(56, 796, foot, "Helvetica", 8, "l", GREY)
    d.text(539, 796, "Pagina 1 van 2", "Helvetica", 8, "r", GREY)
    d.new_page()
    d.text(56, 80, "Algemene voorwaarden", "Helvetica-Bold", 14)
    y = 110
    for p in NL_TERMS:
        y = d.para(56, y, 483, p, "Helvetica", 9.5) + 6
    d.line(56, 782, 539, 782, 0.4, GREY)
    d.text(56, 796, foot, "Helvetica", 8, "l", GREY)
    d.text(539, 796, "Pagina 2 van 2", "Helvetica", 8, "r", GREY)
    t = truth(
        number="2026-0087",
        inv_date=dt,
        due=due,
        vendor="Hapjes & Zo Catering V.O.F.",
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        doctype="invoice",
        items=[i.key() for i in items],
        note="Two BTW rates (9% and 21%) with 'BTW x% over <base>' lines; deposit of \u20ac 500,00 already paid and 'Nog te betalen' balance below the invoice total (total keyed = Totaal incl. BTW); event date beside invoice date; page 2 holds only the terms.",
    )
    return d.pdf("factuur 2026-0087"), t


def eur_ie(x: Decimal) -> str:
    return ("-" if x < 0 else "") + "\u20ac" + m(abs(x))


def i05(name):
    """IE credit note, Google Docs look, negative amounts, total typed as text."""
    items = [
        Item("Credit: LED downlights returned unused (12 x 18.50)", -12, "18.50"),
        Item("Credit: labour overcharged on INV-0412 (hours)", -2, "45.00"),
    ]
    net = sum(i.amt for i in items)
    vat = vat_of_net(net, "13.5")
    total = net + vat
    dt = date(2026, 3, 9)
    blue = (0.10, 0.33, 0.60)
    d = Doc("i05", AW, AH)
    d.text(60, 70, "Kilbride Electrical Ltd", "Helvetica-Bold", 17)
    d.lines(
        60,
        88,
        [
            "Unit 9, Liosb\u00e1n Business Park, Tuam Road, Galway H91 K7A2",
            "Tel 091 771 204  |  accounts@kilbride-electrical.ie",
            "VAT No. IE 3312874QH  |  CRO 612845",
        ],
        "Helvetica",
        9,
        12,
    )
    d.text(60, 160, "CREDIT NOTE", "Helvetica", 26, "l", blue)
    kv(
        d,
        330,
        535,
        190,
        [
            ("Credit note no.", "CN-0007"),
            ("Date", f"{dt.day} {EN_M[dt.month - 1]} {dt.year}"),
            ("Original invoice", "INV-0412"),
            ("Original invoice date", "20 February 2026"),
        ],
        "Helvetica",
        9.5,
        14,
        bold_last=False,
    )
    d.text(60, 190, "Credit to", "Helvetica-Bold", 9.5)
    d.lines(
        60,
        204,
        ["Fitzgerald Dental Practice", "3 Quay Street", "Galway H91 X2E4"],
        "Helvetica",
        9.5,
        14,
    )
    cols = [("Description", 275, "l"), ("Qty", 40, "r"), ("Rate", 70, "r"), ("Amount", 90, "r")]
    rows = [[i.desc, str(i.qty), eur_ie(i.unit), eur_ie(i.amt)] for i in items]
    y = table(
        d,
        60,
        280,
        cols,
        rows,
        TS(size=9.5, rh=20, grid="h", lw=0.3, line_color=(0.7, 0.7, 0.7), head_color=blue),
    )
    y = kv(
        d,
        330,
        535,
        y + 22,
        [("Subtotal", eur_ie(net)), ("VAT 13.5%", eur_ie(vat)), ("Total", eur_ie(total))],
        "Helvetica",
        10,
        16,
    )
    d.text(60, y + 22, f"Total credit: EUR {m(total)}", "Helvetica-Bold", 12)
    y = d.para(
        60,
        y + 48,
        475,
        "This credit note cancels part of invoice INV-0412. The amount will be refunded by bank transfer to your account ending 4471 within 5 working days; no action is needed on your side.",
        "Helvetica",
        9.5,
    )
    d.para(
        60,
        y + 6,
        475,
        "Our bank: Bank of Ireland, IBAN IE29 BOFI 9000 1712 3456 78, BIC BOFIIE2D.",
        "Helvetica",
        9.5,
    )
    d.text(
        AW / 2,
        805,
        "Kilbride Electrical Ltd  \u00b7  Registered in Ireland No. 612845  \u00b7  Directors: S. Kilbride, M. Kilbride",
        "Helvetica",
        7.5,
        "c",
        GREY,
    )
    t = truth(
        number="CN-0007",
        inv_date=dt,
        due=None,
        vendor="Kilbride Electrical Ltd",
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="en-IE",
        layout="invoice",
        doctype="credit_note",
        items=[i.key() for i in items],
        note="Credit note with negative amounts (keyed negative); references original invoice INV-0412 and its date; total also typed as text 'Total credit: EUR -354.12'; VAT 13.5%; refund bank details in a sentence.",
    )
    return d.pdf("Credit note CN-0007 - Google Docs"), t


def chf_qr(x: Decimal) -> str:
    return m(x, "ch").replace("'", " ")


def _qr_bill(d: Doc, total: Decimal):
    top = AH - 105 * MM
    d.line(0 + 8, top, AW - 8, top, 0.5, BLACK, [3, 2])
    d.line(62 * MM, top, 62 * MM, AH - 8, 0.5, BLACK, [3, 2])
    acct = [
        "CH44 3199 9123 0008 8901 2",
        "Schreinerei Gisler GmbH",
        "Gotthardstrasse 41",
        "6460 Altdorf UR",
    ]
    payer = ["Markus Arnold", "Axenstrasse 18", "6454 Fl\u00fcelen"]
    ref = "21 00000 00003 13947 14300 09017"
    x = 5 * MM
    d.text(x, top + 24, "Empfangsschein", "Helvetica-Bold", 11)
    d.text(x, top + 42, "Konto / Zahlbar an", "Helvetica-Bold", 6)
    y = d.lines(x, top + 51, acct, "Helvetica", 7.5, 9)
    d.text(x, y + 4, "Referenz", "Helvetica-Bold", 6)
    d.text(x, y + 13, ref, "Helvetica", 7.5)
    d.text(x, y + 27, "Zahlbar durch", "Helvetica-Bold", 6)
    d.lines(x, y + 36, payer, "Helvetica", 7.5, 9)
    d.text(x, top + 205, "W\u00e4hrung", "Helvetica-Bold", 6)
    d.text(x + 40, top + 205, "Betrag", "Helvetica-Bold", 6)
    d.text(x, top + 215, "CHF", "Helvetica", 8)
    d.text(x + 40, top + 215, chf_qr(total), "Helvetica", 8)
    d.text(57 * MM, top + 245, "Annahmestelle", "Helvetica-Bold", 6, "r")
    x = 67 * MM
    d.text(x, top + 24, "Zahlteil", "Helvetica-Bold", 11)
    qr(d, x, top + 36, 46 * MM, "i06-qr", 33)
    d.rect(x + 23 * MM - 10, top + 36 + 23 * MM - 10, 20, 20, 0, None, (1, 1, 1))
    d.rect(x + 23 * MM - 7, top + 36 + 23 * MM - 7, 14, 14, 0, None, BLACK)
    d.text(x, top + 205, "W\u00e4hrung", "Helvetica-Bold", 8)
    d.text(x + 45, top + 205, "Betrag", "Helvetica-Bold", 8)
    d.text(x, top + 217, "CHF", "Helvetica", 10)
    d.text(x + 45, top + 217, chf_qr(total), "Helvetica", 10)
    x = 118 * MM
    d.text(x, top + 24, "Konto / Zahlbar an", "Helvetica-Bold", 8)
    y = d.lines(x, top + 35, acct, "Helvetica", 10, 11.5)
    d.text(x, y + 4, "Referenz", "Helvetica-Bold", 8)
    d.text(x, y + 16, ref, "Helvetica", 10)
    d.text(x, y + 32, "Zus\u00e4tzliche Informationen", "Helvetica-Bold", 8)
    d.text(x, y + 44, "Rechnung R-26-0142", "Helvetica", 10)
    d.text(x, y + 60, "Zahlbar durch", "Helvetica-Bold", 8)
    d.lines(x, y + 72, payer, "Helvetica", 10, 11.5)


def i06(name):
    """CH Schreinerei, Word letter with window address, MWST 8.1 %, 5-Rappen rounding, QR-bill."""
    items = [
        Item("Einbauschrank Eiche massiv, nach Mass", 1, "2480.00"),
        Item("Montage vor Ort, 2 Personen (Std.)", "6.5", "92.00"),
        Item("Kleinmaterial / Beschl\u00e4ge", 1, "87.40"),
        Item("Entsorgung Altmaterial", 1, "65.00"),
    ]
    net = sum(i.amt for i in items)
    vat = vat_of_net(net, "8.1")
    raw = net + vat
    total = (raw / D("0.05")).quantize(Decimal(1), rounding=ROUND_HALF_UP) * D("0.05")
    rnd = total - raw
    dt = date(2026, 2, 24)
    d = Doc("i06", AW, AH)
    d.poly([(56, 84), (70, 52), (84, 84)], 0, None, (0.55, 0.35, 0.15))
    d.poly([(74, 84), (88, 58), (102, 84)], 0, None, (0.40, 0.25, 0.10))
    d.text(110, 70, "Schreinerei Gisler GmbH", "Helvetica-Bold", 14)
    d.text(
        110,
        84,
        "Gotthardstrasse 41 \u00b7 6460 Altdorf UR \u00b7 041 870 22 35 \u00b7 www.gisler-schreinerei.ch",
        "Helvetica",
        8,
    )
    d.lines(
        340,
        135,
        ["Herr und Frau", "Markus und Claudia Arnold", "Axenstrasse 18", "6454 Fl\u00fcelen"],
        "Helvetica",
        10,
        13,
    )
    d.text(56, 215, f"Altdorf, {dt.day}. {DE_M[dt.month - 1]} {dt.year}", "Helvetica", 10)
    d.text(56, 240, "Rechnung Nr. R-26-0142", "Helvetica-Bold", 13)
    d.text(
        56,
        256,
        "Objekt: EFH Arnold, Fl\u00fcelen  \u2013  Auftrag Nr. 2025-311 vom 14.11.2025",
        "Helvetica",
        9.5,
    )
    cols = [
        ("Bezeichnung", 240, "l"),
        ("Menge", 50, "r"),
        ("Preis CHF", 85, "r"),
        ("Total CHF", 95, "r"),
    ]
    rows = [[i.desc, _qstr(i.qty), m(i.unit, "ch"), m(i.amt, "ch")] for i in items]
    y = table(d, 56, 270, cols, rows, TS(size=9.5, rh=17, grid="h", lw=0.4))
    pairs = [
        ("Total netto", m(net, "ch")),
        ("MWST 8.1 %", m(vat, "ch")),
        ("Rundung", m(rnd, "ch")),
        ("Rechnungsbetrag CHF", m(total, "ch")),
    ]
    y = kv(d, 330, 522, y + 16, pairs, "Helvetica", 9.5, 13.5)
    y = d.para(
        56,
        y + 8,
        470,
        "Zahlbar innert 30 Tagen netto mit beiliegendem QR-Einzahlungsschein. Wir danken f\u00fcr Ihren Auftrag.",
        "Helvetica",
        9.5,
    )
    d.text(56, y + 2, "UID CHE-112.345.678 MWST", "Helvetica", 8, "l", GREY)
    _qr_bill(d, total)
    t = truth(
        number="R-26-0142",
        inv_date=dt,
        due=None,
        vendor="Schreinerei Gisler GmbH",
        amount=net,
        vat=vat,
        total=total,
        currency="CHF",
        locale="de-CH",
        layout="invoice",
        doctype="invoice",
        items=[i.key() for i in items],
        note="Apostrophe thousands (3'230.40); MWST 8.1 %; 5-Rappen rounding line (Rundung -0.01, keyed as rounding); Swiss QR-bill at the bottom repeats the amount with a space thousands separator; order no. 2025-311 of 14.11.2025 beside the invoice number; no due date printed (30 days in prose).",
        rounding=rnd,
    )
    return d.pdf("Rechnung R-26-0142"), t


def usd(x: Decimal) -> str:
    return "$" + m(x)


def i07(name):
    """US handyman, Excel invoice template with placeholders left in, taxed column, Net 30."""
    items = [
        Item("Drywall repair, 2nd floor hallway (labor, hrs)", 6, "65.00", 0),
        Item('Drywall sheets 1/2" 4x8', 3, "14.98", 8),
        Item("Joint compound, tape, screws", 1, "27.45", 8),
        Item("Interior paint, eggshell (gal)", 2, "42.99", 8),
        Item("Replace exterior door lockset (labor)", 1, "55.00", 0),
        Item("Schlage deadbolt + knob combo", 1, "49.99", 8),
    ]
    sub = sum(i.amt for i in items)
    taxable = sum(i.amt for i in items if i.rate)
    tax = vat_of_net(taxable, 8)
    total = sub + tax
    dt, due = date(2026, 3, 6), date(2026, 4, 5)
    band = (0.27, 0.35, 0.45)
    d = Doc("i07", LW, LH)
    d.rect(36, 36, LW - 72, 70, 0, None, band)
    d.text(50, 66, "Riverside Handyman Services LLC", "Helvetica-Bold", 16, "l", (1, 1, 1))
    d.text(50, 84, "[Company Slogan]", "Helvetica-Oblique", 9, "l", (0.85, 0.88, 0.92))
    d.text(LW - 50, 84, "INVOICE", "Helvetica-Bold", 30, "r", (0.85, 0.88, 0.92))
    d.lines(
        50,
        128,
        ["212 River Street", "Troy, NY 12180", "Phone (518) 555-0147   Fax [000-000-0000]"],
        "Helvetica",
        9,
        12,
    )
    kv(
        d,
        400,
        LW - 50,
        128,
        [
            ("INVOICE #", "1047"),
            ("DATE:", nf(dt, "%m/%d/%Y")),
            ("DUE DATE:", nf(due, "%m/%d/%Y")),
            ("TERMS:", "Net 30"),
        ],
        "Helvetica",
        9,
        12.5,
        bold_last=False,
    )
    d.rect(50, 184, 240, 14, 0, None, band)
    d.text(56, 194.5, "BILL TO", "Helvetica-Bold", 9, "l", (1, 1, 1))
    d.lines(
        56,
        212,
        ["Mrs. Patricia Gallo", "58 Pawling Avenue", "Troy, NY 12180", "(518) 555-0192"],
        "Helvetica",
        9,
        12,
    )
    cols = [
        ("DESCRIPTION", 268, "l"),
        ("QTY", 40, "r"),
        ("UNIT PRICE", 74, "r"),
        ("TAXED", 50, "c"),
        ("AMOUNT", 108, "r"),
    ]
    rows = [[i.desc, str(i.qty), m(i.unit), "X" if i.rate else "", m(i.amt)] for i in items]
    rows += [["", "", "", "", ""]] * 6
    st = TS(
        size=9,
        rh=17,
        grid="full",
        lw=0.4,
        line_color=(0.6, 0.6, 0.6),
        head_fill=band,
        head_color=(1, 1, 1),
    )
    y = table(d, 36, 280, cols, rows, st)
    pairs = [
        ("Subtotal", m(sub)),
        ("Taxable", m(taxable)),
        ("Tax rate", "8.000%"),
        ("Tax due", m(tax)),
        ("Other", "-"),
        ("TOTAL", usd(total)),
    ]
    y2 = kv(d, 440, LW - 42, y + 18, pairs, "Helvetica", 9, 14)
    d.lines(
        50,
        y + 18,
        [
            "OTHER COMMENTS",
            "1. Total payment due in 30 days",
            "2. Please include the invoice number on your check",
            "3. Labor is not subject to sales tax",
        ],
        "Helvetica",
        8.5,
        12,
    )
    d.text(
        50, y2 + 18, "Make all checks payable to Riverside Handyman Services LLC", "Helvetica", 9
    )
    d.text(
        LW / 2,
        720,
        "If you have any questions about this invoice, please contact",
        "Helvetica",
        8.5,
        "c",
    )
    d.text(LW / 2, 732, "[Name, Phone #, E-mail]", "Helvetica", 8.5, "c")
    d.text(LW / 2, 752, "Thank You For Your Business!", "Helvetica-BoldOblique", 11, "c")
    t = truth(
        number="1047",
        inv_date=dt,
        due=due,
        vendor="Riverside Handyman Services LLC",
        amount=sub,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        doctype="invoice",
        items=[i.key() for i in items],
        note="Excel invoice template with placeholders left in ('[Company Slogan]', '[Name, Phone #, E-mail]', fax placeholder); sales tax 8% only on rows marked X in TAXED (labor untaxed); Taxable 208.36 decoy amount; empty template rows; US dates MM/DD/YYYY.",
    )
    return d.pdf("Invoice 1047.xlsx"), t


def i08(name):
    """SE painter, Word, moms 25 %, öresavrundning, OCR and bankgiro decoys, footer columns."""
    items = [
        Item("M\u00e5lning trapphus, 3 plan", 1, "18400.00"),
        Item("Spackling och slipning (tim)", 14, "520.00"),
        Item("Material: f\u00e4rg, spackel, tejp", 1, "2365.50"),
    ]
    net = sum(i.amt for i in items)
    vat = vat_of_net(net, 25)
    raw = net + vat
    total = raw.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    rnd = total - raw
    dt, due = date(2026, 3, 5), date(2026, 4, 4)
    k = lambda x: m(x, "fr")  # noqa: E731
    d = Doc("i08", AW, AH)
    d.text(56, 74, "Lindqvist M\u00e5leri AB", "DVSB", 18)
    d.text(539, 74, "FAKTURA", "DV", 18, "r", GREY)
    meta = [
        ("Fakturanr", "2026-019"),
        ("Fakturadatum", dt.isoformat()),
        ("F\u00f6rfallodatum", due.isoformat()),
        ("OCR-nummer", "20260193"),
        ("Er referens", "Anna Holm"),
        ("V\u00e5r referens", "Erik Lindqvist"),
    ]
    kv(d, 355, 539, 112, meta, "DV", 9, 13.5, bold_last=False)
    d.lines(
        56,
        112,
        ["Brf Solrosen", "c/o Holm", "Solrosv\u00e4gen 12", "417 45 G\u00f6teborg"],
        "DV",
        10,
        13.5,
    )
    cols = [
        ("Ben\u00e4mning", 245, "l"),
        ("Antal", 55, "r"),
        ("\u00c0-pris", 85, "r"),
        ("Belopp", 98, "r"),
    ]
    rows = [[i.desc, _qstr(i.qty), k(i.unit), k(i.amt)] for i in items]
    y = table(
        d,
        56,
        230,
        cols,
        rows,
        TS(font="DV", bold="DVB", size=9, rh=18, grid="h", lw=0.4, line_color=(0.5, 0.5, 0.5)),
    )
    pairs = [
        ("Summa exkl. moms", k(net)),
        ("Moms 25 %", k(vat)),
        ("\u00d6resavrundning", k(rnd)),
        ("Att betala SEK", k(total)),
    ]
    y = kv(d, 340, 535, y + 20, pairs, "DV", 9.5, 15, bold="DVB")
    y = d.para(
        56,
        y + 20,
        483,
        f"Betalningsvillkor 30 dagar netto. Var v\u00e4nlig betala senast {due.isoformat()} till bankgiro 5432-1098 och ange OCR-nummer 20260193 vid betalning. Vid betalning efter f\u00f6rfallodagen debiteras dr\u00f6jsm\u00e5lsr\u00e4nta enligt r\u00e4ntelagen.",
        "DV",
        9,
    )
    d.text(56, y + 6, "Godk\u00e4nd f\u00f6r F-skatt.", "DV", 9)
    d.line(56, 770, 539, 770, 0.5)
    heads = ["Adress", "Telefon / e-post", "Bankgiro", "Org.nr / Momsreg.nr"]
    vals = [
        ["Verkstadsgatan 7", "426 71 V\u00e4stra Fr\u00f6lunda"],
        ["031-29 14 77", "info@lindqvistmaleri.se"],
        ["5432-1098", ""],
        ["559123-4567", "SE559123456701"],
    ]
    for n, (h, v) in enumerate(zip(heads, vals, strict=True)):
        d.text(56 + n * 122, 784, h, "DVB", 7)
        d.lines(56 + n * 122, 795, [x for x in v if x], "DV", 7, 9)
    t = truth(
        number="2026-019",
        inv_date=dt,
        due=due,
        vendor="Lindqvist M\u00e5leri AB",
        amount=net,
        vat=vat,
        total=total,
        currency="SEK",
        locale="sv-SE",
        layout="invoice",
        doctype="invoice",
        items=[i.key() for i in items],
        note="Space thousands and decimal comma (18 400,00); \u00f6resavrundning line 0,12 (keyed as rounding); OCR number 20260193 and bankgiro beside the invoice number; ISO dates; payment terms in prose plus a printed due date; four-column footer.",
        rounding=rnd,
    )
    return d.pdf("Faktura 2026-019"), t


def _it_party(d: Doc, x, y, title, rows):
    d.rect(x, y, 235, 92, 0.6, BLACK)
    d.text(x + 6, y + 13, title, "Helvetica-Bold", 8.5)
    d.lines(x + 6, y + 28, rows, "Helvetica", 8.5, 11.5)


def i09(name):
    """IT workshop, courtesy copy of an e-invoice: seller and customer boxes look the same."""
    items = [
        Item("Revisione cambio trattore Same Explorer 90", 1, "780.00", 22),
        Item("Kit guarnizioni e cuscinetti", 1, "212.40", 22),
        Item("Manodopera (ore)", 9, "42.00", 22),
    ]
    net = sum(i.amt for i in items)
    vat = vat_of_net(net, 22)
    total = net + vat
    dt, due = date(2026, 3, 3), date(2026, 3, 31)
    it = lambda x: m(x, "de")  # noqa: E731
    d = Doc("i09", AW, AH)
    d.text(56, 60, "Copia di cortesia della fattura elettronica", "Helvetica-Oblique", 9, "l", GREY)
    seller = [
        "Denominazione: Officina Meccanica F.lli Bianchi S.n.c.",
        "Indirizzo: Via Mantova 118",
        "Comune: Ghedi (BS)  Cap: 25016",
        "Partita IVA: IT02318450987",
        "Regime fiscale: RF01 (ordinario)",
    ]
    buyer = [
        "Denominazione: Azienda Agricola Cascina Ronchi",
        "Indirizzo: Strada Ronchi 4",
        "Comune: Leno (BS)  Cap: 25024",
        "Partita IVA: IT03877120171",
        "Codice destinatario: M5UXCR1",
    ]
    _it_party(d, 56, 74, "Cedente/prestatore (fornitore)", seller)
    _it_party(d, 304, 74, "Cessionario/committente (cliente)", buyer)
    cols = [
        ("Tipologia documento", 120, "l"),
        ("Art. 73", 45, "l"),
        ("Numero documento", 100, "l"),
        ("Data documento", 95, "l"),
        ("Codice destinatario", 123, "l"),
    ]
    y = table(
        d,
        56,
        186,
        cols,
        [["TD01 fattura", "", "14/2026", nf(dt, "%d-%m-%Y"), "M5UXCR1"]],
        TS(size=8.5, rh=15, grid="full", lw=0.5, head_fill=(0.9, 0.9, 0.9)),
    )
    cols = [
        ("Descrizione", 205, "l"),
        ("Quantit\u00e0", 55, "r"),
        ("Prezzo unitario", 75, "r"),
        ("UM", 30, "c"),
        ("%IVA", 38, "r"),
        ("Prezzo totale", 80, "r"),
    ]
    rows = [
        [i.desc, m(i.qty, "de"), it(i.unit), "ore" if "ore" in i.desc else "pz", "22,00", it(i.amt)]
        for i in items
    ]
    y = table(
        d,
        56,
        y + 16,
        cols,
        rows,
        TS(size=8.5, rh=16, grid="full", lw=0.5, head_fill=(0.9, 0.9, 0.9)),
    )
    d.text(56, y + 22, "RIEPILOGHI IVA E TOTALI", "Helvetica-Bold", 9)
    cols = [
        ("Esigibilit\u00e0 IVA", 150, "l"),
        ("%IVA", 40, "r"),
        ("Spese accessorie", 85, "r"),
        ("Totale imponibile", 105, "r"),
        ("Totale imposta", 103, "r"),
    ]
    y = table(
        d,
        56,
        y + 30,
        cols,
        [["I (esigibilit\u00e0 immediata)", "22,00", "0,00", it(net), it(vat)]],
        TS(size=8.5, rh=16, grid="full", lw=0.5, head_fill=(0.9, 0.9, 0.9)),
    )
    cols = [
        ("Importo bollo", 120, "r"),
        ("Sconto/Maggiorazione", 120, "r"),
        ("Arr.", 60, "r"),
        ("Totale documento", 183, "r"),
    ]
    y = table(
        d,
        56,
        y + 12,
        cols,
        [["", "", "", it(total)]],
        TS(size=8.5, rh=16, grid="full", lw=0.5, head_fill=(0.9, 0.9, 0.9)),
    )
    cols = [
        ("Modalit\u00e0 pagamento", 120, "l"),
        ("IBAN", 190, "l"),
        ("Data scadenza", 80, "l"),
        ("Importo", 93, "r"),
    ]
    y = table(
        d,
        56,
        y + 22,
        cols,
        [["MP05 bonifico", "IT60 X054 2811 1010 0000 0123 456", nf(due, "%d-%m-%Y"), it(total)]],
        TS(size=8.5, rh=16, grid="full", lw=0.5, head_fill=(0.9, 0.9, 0.9)),
    )
    d.para(
        56,
        y + 30,
        483,
        "Documento privo di valenza fiscale ai sensi dell'art. 21 del DPR 633/72. L'originale \u00e8 disponibile nell'area riservata del sito dell'Agenzia delle Entrate.",
        "Helvetica-Oblique",
        8,
    )
    t = truth(
        number="14/2026",
        inv_date=dt,
        due=due,
        vendor="Officina Meccanica F.lli Bianchi S.n.c.",
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="it-IT",
        layout="invoice",
        doctype="invoice",
        items=[i.key() for i in items],
        note="Courtesy copy of an Italian e-invoice: seller (cedente/prestatore) and customer (cessionario/committente) boxes drawn identically side by side, both with 'Denominazione' and Partita IVA; totals spread over small grid tables (imponibile, imposta, totale documento); due date in the payment table.",
    )
    return d.pdf("Fattura 14-2026"), t


PL_WORDS = "trzy tysi\u0105ce pi\u0119\u0107set sze\u015b\u0107dziesi\u0105t pi\u0119\u0107 z\u0142otych 62/100"


def i10(name):
    """PL electrician, Faktura VAT in a spreadsheet, 8 % and 23 %, data sprzedaży decoy, słownie."""
    items = [
        Item("Monta\u017c instalacji elektrycznej w lokalu mieszkalnym", 1, "2400.00", 8),
        Item("Rozdzielnica modu\u0142owa 36 mod. z monta\u017cem", 1, "389.00", 8),
        Item("Przegl\u0105d instalacji w lokalu us\u0142ugowym", 1, "450.00", 23),
    ]
    by = total_by_rate(items)
    vats = {r: vat_of_net(v, r) for r, v in by.items()}
    net, vat = sum(by.values()), sum(vats.values())
    total = net + vat
    dt, sale, due = date(2026, 3, 10), date(2026, 3, 6), date(2026, 3, 24)
    p = lambda x: m(x, "fr")  # noqa: E731
    d = Doc("i10", AW, AH)
    kv(
        d,
        340,
        539,
        56,
        [
            ("Miejsce wystawienia:", "Krak\u00f3w"),
            ("Data wystawienia:", dt.isoformat()),
            ("Data sprzeda\u017cy:", sale.isoformat()),
        ],
        "DV",
        8.5,
        12,
        bold_last=False,
    )
    d.text(AW / 2, 116, "Faktura VAT nr FV 14/03/2026", "DVB", 15, "c")
    d.text(AW / 2, 130, "ORYGINA\u0141", "DV", 8, "c", GREY)
    d.text(56, 158, "Sprzedawca:", "DVB", 9)
    d.lines(
        56,
        172,
        [
            "Us\u0142ugi Elektryczne Marek Nowak",
            "ul. Bobrzy\u0144skiego 31/4",
            "30-348 Krak\u00f3w",
            "NIP: 712-290-45-18",
        ],
        "DV",
        9,
        12,
    )
    d.text(310, 158, "Nabywca:", "DVB", 9)
    d.lines(
        310,
        172,
        [
            "Kwiaciarnia R\u00f3\u017ca Anna Zieli\u0144ska",
            "ul. D\u0142uga 60",
            "31-146 Krak\u00f3w",
            "NIP: 676-101-22-85",
        ],
        "DV",
        9,
        12,
    )
    cols = [
        ("Lp.", 20, "c"),
        ("Nazwa towaru lub us\u0142ugi", 170, "l"),
        ("J.m.", 26, "c"),
        ("Ilo\u015b\u0107", 30, "r"),
        ("Cena netto", 52, "r"),
        ("Warto\u015b\u0107 netto", 58, "r"),
        ("VAT", 30, "r"),
        ("Kwota VAT", 48, "r"),
        ("Brutto", 53, "r"),
    ]
    rows = [
        [
            str(n),
            i.desc,
            "us\u0142.",
            str(i.qty),
            p(i.unit),
            p(i.amt),
            f"{i.rate}%",
            p(vat_of_net(i.amt, i.rate)),
            p(i.amt + vat_of_net(i.amt, i.rate)),
        ]
        for n, i in enumerate(items, 1)
    ]
    st = TS(
        font="DVC",
        bold="DVCB",
        size=7,
        rh=16,
        grid="full",
        lw=0.4,
        pad=2.5,
        head_fill=(0.88, 0.88, 0.88),
    )
    y = table(d, 56, 236, cols, rows, st)
    sub_cols = [("", 298, "r"), ("", 58, "r"), ("", 30, "r"), ("", 48, "r"), ("", 53, "r")]
    srows = [["w tym", p(by[r]), f"{r}%", p(vats[r]), p(by[r] + vats[r])] for r in sorted(by)]
    srows.append(["Razem", p(net), "", p(vat), p(total)])
    y = table(
        d,
        56,
        y,
        sub_cols,
        srows,
        TS(font="DVC", bold="DVCB", size=7, rh=15, grid="full", lw=0.4, pad=2.5),
        header=False,
    )
    d.text(56, y + 26, f"Do zap\u0142aty: {p(total)} PLN", "DVB", 12)
    d.text(56, y + 42, f"S\u0142ownie: {PL_WORDS}", "DV", 9)
    kv(
        d,
        56,
        330,
        y + 66,
        [
            ("Spos\u00f3b p\u0142atno\u015bci:", "przelew"),
            ("Termin p\u0142atno\u015bci:", f"{due.isoformat()} (14 dni)"),
            ("Numer konta:", "mBank 12 1140 2004 0000 3502 7834 5510"),
        ],
        "DV",
        9,
        13,
        bold_last=False,
    )
    d.line(70, y + 160, 250, y + 160, 0.5, BLACK, [1, 1.5])
    d.line(345, y + 160, 525, y + 160, 0.5, BLACK, [1, 1.5])
    d.text(160, y + 172, "podpis osoby upowa\u017cnionej do odbioru", "DV", 7, "c", GREY)
    d.text(435, y + 172, "podpis osoby upowa\u017cnionej do wystawienia", "DV", 7, "c", GREY)
    t = truth(
        number="FV 14/03/2026",
        inv_date=dt,
        due=due,
        vendor="Us\u0142ugi Elektryczne Marek Nowak",
        amount=net,
        vat=vat,
        total=total,
        currency="PLN",
        locale="pl-PL",
        layout="invoice",
        doctype="invoice",
        items=[i.key() for i in items],
        note="Two VAT rates (8% and 23%) with 'w tym' rows and 'Razem'; Data sprzeda\u017cy 2026-03-06 beside Data wystawienia; total also in words (S\u0142ownie); sole trader's name inside the trading name; condensed small table.",
    )
    return d.pdf("FV 14_03_2026.ods"), t


def i11(name):
    """AU sole trader (own name, no trading name), right-aligned header, GST in a sentence."""
    items = [
        Item("Lawn mowing & edging (fortnightly visit)", 2, "85.00"),
        Item("Hedge trimming - front & side boundary", 1, "240.00"),
        Item("Green waste removal (trailer load)", 1, "95.00"),
        Item("Mulch supply & spread, per m3", 2, "110.00"),
    ]
    total = sum(i.amt for i in items)
    gst = vat_in_gross(total, 10)
    net = total - gst
    dt, due = date(2026, 2, 27), date(2026, 3, 13)
    d = Doc("i11", AW, AH)
    d.text(539, 70, "Liam O'Connor", "Helvetica-Bold", 18, "r")
    d.lines(
        539,
        88,
        [
            "ABN 53 004 085 616",
            "14 Banksia Crescent, Wynnum QLD 4178",
            "0412 558 903  |  liam.oconnor.gardens@gmail.com",
        ],
        "Helvetica",
        9.5,
        13,
        "r",
    )
    d.text(56, 170, "TAX INVOICE", "Helvetica-Bold", 20)
    kv(
        d,
        56,
        250,
        196,
        [
            ("Invoice #:", "INV-0058"),
            ("Invoice date:", nf(dt, "%d/%m/%Y")),
            ("Payment due:", nf(due, "%d/%m/%Y")),
        ],
        "Helvetica",
        10,
        14,
        bold_last=False,
    )
    d.text(330, 196, "Bill To:", "Helvetica-Bold", 10)
    d.lines(
        330,
        210,
        [
            "Jacaranda Body Corporate CTS 24518",
            "c/- Harbour Strata Management",
            "PO Box 1120, Manly QLD 4179",
        ],
        "Helvetica",
        10,
        14,
    )
    cols = [
        ("Description", 250, "l"),
        ("Qty", 45, "c"),
        ("Price (inc GST)", 95, "r"),
        ("Line total", 93, "r"),
    ]
    rows = [[i.desc, str(i.qty), "$" + m(i.unit), "$" + m(i.amt)] for i in items]
    y = table(
        d,
        56,
        275,
        cols,
        rows,
        TS(size=10, rh=20, grid="full", lw=0.5, head_fill=(0.82, 0.90, 0.82)),
    )
    y = table(
        d,
        56,
        y,
        [("", 390, "r"), ("", 93, "r")],
        [["TOTAL", "$" + m(total)]],
        TS(font="Helvetica-Bold", size=10.5, rh=22, grid="full", lw=0.5),
        header=False,
    )
    d.text(56, y + 26, f"Total includes GST of ${m(gst)}.", "Helvetica", 10)
    y = d.para(
        56,
        y + 50,
        483,
        f"Please transfer ${m(total)} by {nf(due, '%d/%m/%Y')} to BSB 064-162, account 1048 3372 (L O'Connor), using INV-0058 as the reference.",
        "Helvetica",
        10,
    )
    d.para(56, y + 8, 483, "Cheers - Liam", "Helvetica-Oblique", 10)
    t = truth(
        number="INV-0058",
        inv_date=dt,
        due=due,
        vendor="Liam O'Connor",
        amount=net,
        vat=gst,
        total=total,
        currency="AUD",
        locale="en-AU",
        layout="invoice",
        doctype="invoice",
        items=[i.key() for i in items],
        note="Sole trader's own name as the seller (no trading name), right-aligned at the top; prices include GST and GST appears only in a sentence 'Total includes GST of $65.91' (net not printed: amount = total - GST); DD/MM/YYYY dates; bank details in a sentence.",
    )
    return d.pdf("INV-0058"), t


CA_TASKS = [
    "Homepage wireframes & revisions",
    "Product page template (Shopify)",
    "Client call + meeting notes",
    "Photo retouching, spring catalogue",
    "Newsletter template (bilingual)",
    "Checkout bug fixes",
    "French translation review",
    "SEO metadata, 40 products",
]


def _ca_entries(name):
    rng = random.Random(zlib.crc32((name + "-entries").encode()))
    days = [
        date(2026, 2, n)
        for n in (2, 3, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27)
    ]
    days += [date(2026, 3, n) for n in (2, 3, 4, 5, 6, 9, 10)]
    out = []
    for dd in days:
        hrs = D(rng.choice(["0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "5.0", "6.0"]))
        out.append((dd, Item(rng.choice(CA_TASKS), hrs, "95.00")))
    return out


def _ca_table(d: Doc, y, entries):
    cols = [
        ("Date", 80, "l"),
        ("Description", 250, "l"),
        ("Hours", 50, "r"),
        ("Rate", 60, "r"),
        ("Amount", 100, "r"),
    ]
    rows = [[nf(dd, "%Y-%m-%d"), i.desc, f"{i.qty:.1f}", m(i.unit), m(i.amt)] for dd, i in entries]
    return table(
        d,
        36,
        y,
        cols,
        rows,
        TS(
            size=9,
            rh=19,
            grid="h",
            lw=0.3,
            line_color=(0.75, 0.75, 0.75),
            head_fill=(0.93, 0.95, 0.98),
        ),
    )


def i12(name):
    """CA (Québec) studio, Google Docs, file-name title, GST + QST, 2 pages of dated time entries."""
    entries = _ca_entries(name)
    items = [i for _, i in entries]
    net = sum(i.amt for i in items)
    gst, qst = vat_of_net(net, 5), vat_of_net(net, "9.975")
    total = net + gst + qst
    dt, due = date(2026, 3, 17), date(2026, 4, 1)
    d = Doc("i12", LW, LH)
    d.text(36, 60, "Invoice_2026-046", "Helvetica", 22)
    d.text(36, 84, "Atelier Bor\u00e9al inc.", "Helvetica-Bold", 12)
    d.lines(
        36,
        99,
        [
            "4521, rue Saint-Denis, Montr\u00e9al (Qu\u00e9bec) H2J 2L4",
            "GST/TPS 812345678 RT0001  \u00b7  QST/TVQ 1223456789 TQ0001",
        ],
        "Helvetica",
        9,
        12,
    )
    kv(
        d,
        380,
        576,
        84,
        [("Invoice no.", "2026-046"), ("Date", us_words(dt)), ("Client PO", "PO-88120")],
        "Helvetica",
        9.5,
        13,
        bold_last=False,
    )
    d.text(36, 150, "Billed to", "Helvetica-Bold", 9.5)
    d.lines(
        36,
        164,
        [
            "Fromagerie Les Trois Vall\u00e9es",
            "Attn: Julie Tremblay",
            "210, chemin du Lac, Magog (Qu\u00e9bec) J1X 3W2",
        ],
        "Helvetica",
        9.5,
        12.5,
    )
    d.text(
        36,
        222,
        "Time entries, February 2 - March 10, 2026 (hourly rate CAD 95.00)",
        "Helvetica-Oblique",
        9,
    )
    _ca_table(d, 232, entries[:20])
    d.text(576, 770, "Page 1 of 2 - continued", "Helvetica", 8, "r", GREY)
    d.new_page()
    d.text(36, 50, "Invoice_2026-046 (continued)", "Helvetica", 11, "l", GREY)
    y = _ca_table(d, 64, entries[20:])
    pairs = [
        ("Subtotal", m(net)),
        ("GST/TPS 5%", m(gst)),
        ("QST/TVQ 9.975%", m(qst)),
        ("Total (CAD)", m(total)),
    ]
    y = kv(d, 400, 572, y + 22, pairs, "Helvetica", 10, 15)
    d.text(36, y + 18, f"Total due: CAD {m(total)}", "Helvetica-Bold", 13)
    y = d.para(
        36,
        y + 44,
        540,
        f"Payment terms: Net 15 - due {us_words(due)}. Interac e-Transfer to billing@atelierboreal.ca or direct deposit (Desjardins, transit 30012, institution 815, account 0456789). Merci!",
        "Helvetica",
        9.5,
    )
    d.text(576, 770, "Page 2 of 2", "Helvetica", 8, "r", GREY)
    keys = [i.key() for i in items]
    t = truth(
        number="2026-046",
        inv_date=dt,
        due=due,
        vendor="Atelier Bor\u00e9al inc.",
        amount=net,
        vat=gst + qst,
        total=total,
        currency="CAD",
        locale="en-CA",
        layout="invoice",
        doctype="invoice",
        items=keys,
        note="Title typed like a file name 'Invoice_2026-046'; date in words (March 17, 2026); 26 dated time entries over two pages (work dates are decoys); two taxes GST 5% + QST 9.975% summed into vat; totals on page 2, also typed as text 'Total due: CAD ...'; client PO decoy.",
    )
    return d.pdf("Invoice_2026-046 - Google Docs"), t


# =========================================================================== receipts


def r01(name):
    """AT market stall, 58 mm, weighed goods, 10 % + 20 % USt, cash/change, RKSV QR."""
    items = [
        Item("\u00c4pfel Gala", "1.25", "2.90", 10),
        Item("Paradeiser", "0.8", "4.40", 10),
        Item("Marillenmarmelade", 1, "5.90", 10),
        Item("K\u00fcrbiskern\u00f6l 0,25l", 1, "9.80", 10),
        Item("Tragetasche", 1, "0.50", 20),
    ]
    by = total_by_rate(items)
    vats = {r: vat_in_gross(g, r) for r, g in by.items()}
    total = sum(by.values())
    vat = sum(vats.values())
    given = D("25.00")
    dt = date(2026, 3, 7)
    a = lambda x: m(x, "de")  # noqa: E731
    r = Roll("r01", 58, "Courier", 7.2)
    r.ln("Obst & Gem\u00fcse Huber", "c", "Courier-Bold", 9.5)
    r.ln("Naschmarkt Stand 112", "c")
    r.ln("1060 Wien", "c")
    r.ln("ATU 68412377", "c")
    r.rule()
    r.lr("Beleg-Nr. 2026/04817", "")
    r.lr(nf(dt, "%d.%m.%Y") + " 09:42", "Kassa 1")
    r.rule()
    for i in items:
        if i.qty != i.qty.to_integral():
            r.ln(i.desc)
            r.lr(
                f"  {i.qty:.3f} kg x {a(i.unit)}".replace(".", ","),
                f"{a(i.amt)} {'A' if i.rate == 10 else 'B'}",
            )
        else:
            r.lr(i.desc, f"{a(i.amt)} {'A' if i.rate == 10 else 'B'}")
    r.rule("=")
    r.lr("SUMME EUR", a(total), "Courier-Bold", 9)
    r.feed(3)
    r.lr("Bar", a(given))
    r.lr("R\u00fcckgeld", a(given - total))
    r.rule()
    for k, rate in (("A", 10), ("B", 20)):
        r.lr(f"{k} {rate}% USt v. {a(by[D(rate)])}", a(vats[D(rate)]))
    r.lr("Netto gesamt", a(total - vat))
    r.rule()
    r.feed(6)
    qr(r, r.w / 2 - 40, r.y, 80, "r01-qr")
    r.feed(86)
    r.ln("Kassen-ID: HUB-NM-01", "c", size=6.5)
    r.ln("Danke & bis Samstag!", "c")
    keys = [
        {
            "description": i.desc,
            "quantity": _qstr(i.qty),
            "unit_price": s2(i.unit),
            "amount": s2(i.amt),
        }
        for i in items
    ]
    t = truth(
        number="2026/04817",
        inv_date=dt,
        due=None,
        vendor="Obst & Gem\u00fcse Huber",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-AT",
        layout="receipt",
        doctype="receipt",
        items=keys,
        note="58 mm market-stall slip; weighed goods on two lines (kg x price); two USt rates (10% and 20%) with bases printed as 'v. <gross>'; cash 25,00 and change; RKSV QR code; net printed as 'Netto gesamt'.",
    )
    return r.pdf("Beleg"), t


def r02(name):
    """ES taxi, 58 mm taximeter printer, IVA 10 % included, airport supplement, tip."""
    fare, supl, tip = D("21.40"), D("4.30"), D("2.00")
    gross = fare + supl
    vat = vat_in_gross(gross, 10)
    base = gross - vat
    total = gross + tip
    dt = date(2026, 3, 14)
    e = lambda x: m(x, "de")  # noqa: E731
    r = Roll("r02", 58, "DVM", 7)
    r.ln("TAXI BARCELONA", "c", "DVMB", 10)
    r.ln("Llic\u00e8ncia / Licencia 04127", "c")
    r.ln("Jordi Puig Serra", "c", "DVMB")
    r.ln("NIF 38144729K", "c")
    r.ln("Matr\u00edcula 4821-KLM", "c")
    r.rule()
    r.lr("RECIBO N\u00ba", "000318")
    r.lr("Fecha", nf(dt, "%d/%m/%Y"))
    r.lr("Inicio / Fin", "18:05 / 18:31")
    r.lr("Tarifa", "T2")
    r.lr("Km recorridos", "14,6")
    r.rule()
    r.lr("Carrera", e(fare))
    r.lr("Supl. aeropuerto", e(supl))
    r.lr("Importe", e(gross), "DVMB")
    r.lr("Base imponible", e(base))
    r.lr("IVA 10% incluido", e(vat))
    r.lr("Propina", e(tip))
    r.rule("=")
    r.lr("TOTAL A PAGAR EUR", e(total), "DVMB", 8)
    r.lr("Pago", "TARJETA")
    r.rule()
    r.ln("Origen: Aeroport T1", "l")
    r.ln("Destino: C/ Verdi 42, Gr\u00e0cia", "l")
    r.feed(4)
    r.ln("Gr\u00e0cies / Gracias", "c")
    items = [Item("Carrera", 1, fare).key(), Item("Supl. aeropuerto", 1, supl).key()]
    t = truth(
        number="000318",
        inv_date=dt,
        due=None,
        vendor="Jordi Puig Serra",
        amount=base,
        vat=vat,
        total=total,
        currency="EUR",
        locale="es-ES",
        layout="receipt",
        doctype="receipt",
        items=items,
        note="Taxi receipt in a taxi driver's own name with licence number; IVA 10% included; 'Importe' 25,70 before the 2,00 tip and 'TOTAL A PAGAR' 27,70 (tip keyed); km and licence numbers as decoys; downscaled scan.",
        tip=tip,
    )
    return r.pdf("recibo"), t


def _form_field(d: Doc, x, y, x_end, label, value, vfont="Courier", vsize=10):
    d.text(x, y, label, "Helvetica", 7.5, "l", (0.7, 0.1, 0.1))
    lx = x + d.width(label, "Helvetica", 7.5) + 4
    d.line(lx, y + 2, x_end, y + 2, 0.4, (0.7, 0.1, 0.1))
    if value:
        d.text(lx + 4, y - 1, value, vfont, vsize)


def r03(name):
    """NO plumber, receipt-book page (A6 landscape) filled in by typing, MVA 25 %."""
    items = [
        Item("Arbeid 2,5 t \u00e0 890,00", "2.5", "890.00"),
        Item("Blandebatteri FM Mattsson 9000E", 1, "1525.00"),
    ]
    net = sum(i.amt for i in items)
    vat = vat_of_net(net, 25)
    total = net + vat
    dt = date(2026, 3, 9)
    n = lambda x: m(x, "fr")  # noqa: E731
    red = (0.7, 0.1, 0.1)
    d = Doc("r03", 148 * MM, 105 * MM)
    W = d.w
    d.rect(12, 12, W - 24, d.h - 24, 0.8, red)
    d.text(22, 36, "KVITTERING", "Helvetica-Bold", 15, "l", red)
    d.text(W - 22, 36, "Nr. 0427", "Helvetica-Bold", 12, "r", red)
    d.text(150, 34, "Kristiansen R\u00f8r & Varme AS", "Courier-Bold", 10)
    d.text(150, 45, "Org.nr 918 273 645 MVA", "Courier", 8)
    _form_field(d, 22, 70, W - 22, "Mottatt fra:", "Ingrid Solberg, Fagerborggata 12, 0360 Oslo")
    _form_field(d, 22, 92, 220, "Kroner:", n(total))
    _form_field(d, 230, 92, W - 22, "Dato:", nf(dt, "%d.%m.%Y"))
    _form_field(d, 22, 114, W - 22, "For:", "Utskifting av blandebatteri kj\u00f8kken:")
    y = 132
    for i in items:
        d.text(60, y, i.desc, "Courier", 9)
        d.text(W - 40, y, n(i.amt), "Courier", 9, "r")
        y += 12
    d.text(60, y, "Sum eks. mva", "Courier", 9)
    d.text(W - 40, y, n(net), "Courier", 9, "r")
    d.text(60, y + 12, "Mva 25 %", "Courier", 9)
    d.text(W - 40, y + 12, n(vat), "Courier", 9, "r")
    d.text(60, y + 24, "Totalt", "Courier-Bold", 9)
    d.text(W - 40, y + 24, n(total), "Courier-Bold", 9, "r")
    _form_field(d, 22, 258, 200, "Betalt med:", "Vipps")
    _form_field(d, 230, 258, W - 22, "Kvittert:", "")
    d.text(290, 255, "Ole Kristiansen", "Helvetica-Oblique", 11, "l", (0.15, 0.2, 0.55))
    keys = [i.key() for i in items]
    t = truth(
        number="0427",
        inv_date=dt,
        due=None,
        vendor="Kristiansen R\u00f8r & Varme AS",
        amount=net,
        vat=vat,
        total=total,
        currency="NOK",
        locale="nb-NO",
        layout="receipt",
        doctype="receipt",
        items=keys,
        note="Receipt-book page (pre-printed red form) filled in by typing; number pre-printed 'Nr. 0427'; MVA 25 % added on top of 'Sum eks. mva' (net printed); amount in figures on the 'Kroner' line; space thousands, decimal comma; Vipps payment; signature.",
    )
    return d.pdf("kvittering 0427"), t


def r04(name):
    """DK bakery, 80 mm, prices incl. moms, 'heraf moms' line, Dankort."""
    items = [
        Item("Rugbr\u00f8d, groft", 1, "32.00"),
        Item("Tebirkes", 4, "9.00"),
        Item("Kanelsnegl", 2, "22.00"),
        Item("Kaffe to go, stor", 1, "30.00"),
    ]
    total = sum(i.amt for i in items)
    vat = vat_in_gross(total, 25)
    dt = date(2026, 3, 6)
    k = lambda x: m(x, "de")  # noqa: E731
    r = Roll("r04", 80, "Helvetica", 8.5)
    r.ln("Bageriet", "c", "Times-Italic", 12)
    r.ln("KORNBLOMSTEN", "c", "Times-Bold", 17, 18)
    r.ln("Bageriet Kornblomsten ApS", "c", size=7.5)
    r.ln("N\u00f8rregade 19, 8000 Aarhus C", "c", size=7.5)
    r.ln("CVR 38124567  \u00b7  tlf. 86 12 34 56", "c", size=7.5)
    r.rule()
    r.lr("Kvitt. nr. 21834", nf(dt, "%d-%m-%Y") + " 07:18")
    r.rule()
    for i in items:
        if i.qty > 1:
            r.ln(i.desc)
            r.lr(f"   {i.qty} x {k(i.unit)}", k(i.amt))
        else:
            r.lr(i.desc, k(i.amt))
    r.rule()
    r.lr("I ALT DKK", k(total), "Helvetica-Bold", 11, 15)
    r.lr("Heraf moms 25%", k(vat))
    r.rule()
    r.lr("Dankort", k(total))
    r.ln("Visa/Dankort ****  ****  ****  7719", size=7.5)
    r.ln("Godkendt  Ref. 003417  Term. 40021877", size=7.5)
    r.feed(6)
    r.ln("Tak for bes\u00f8get - vi ses i morgen!", "c", "Helvetica-Oblique", 8)
    t = truth(
        number="21834",
        inv_date=dt,
        due=None,
        vendor="Bageriet Kornblomsten ApS",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="DKK",
        locale="da-DK",
        layout="receipt",
        doctype="receipt",
        items=[i.key() for i in items],
        note="Bakery slip with a serif wordmark ('Bageriet KORNBLOMSTEN') above the legal name Bageriet Kornblomsten ApS; prices include moms, only 'Heraf moms 25%' printed (net not printed: amount = total - moms); Dankort; card reference and terminal numbers as decoys.",
    )
    return r.pdf("kvittering"), t


def r05(name):
    """CZ farm stall, 58 mm, DPH 12 % included, cash rounding to whole koruna."""
    items = [
        Item("Brambory", 3, "18.90"),
        Item("Vejce 10 ks", 1, "65.00"),
        Item("Tvaroh m\u011bkk\u00fd 250 g", 1, "38.90"),
        Item("Med kv\u011btov\u00fd 500 g", 1, "127.00"),
    ]
    raw = sum(i.amt for i in items)
    vat = vat_in_gross(raw, 12)
    total = raw.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    rnd = total - raw
    paid = D("300.00")
    dt = date(2026, 3, 11)
    c = lambda x: m(x, "fr")  # noqa: E731
    r = Roll("r05", 58, "DVM", 6.8)
    r.ln("Farma Nov\u00e1kovi", "c", "DVMB", 10)
    r.ln("Jan Nov\u00e1k", "c")
    r.ln("Hradi\u0161tsk\u00e1 210, 686 01 Uh. Hradi\u0161t\u011b", "c", size=6.2)
    r.ln("I\u010cO 12345678  DI\u010c CZ7203114321", "c", size=6.2)
    r.ln("st\u00e1nek: Farm\u00e1\u0159sk\u00fd trh Brno", "c", size=6.2)
    r.rule()
    r.ln("\u00da\u010cTENKA \u010d. 2026/0311", "c", "DVMB", 8)
    r.lr(nf(dt, "%d.%m.%Y"), "10:27")
    r.rule()
    for i in items:
        r.ln(i.desc)
        r.lr(
            f"  {i.qty} ks x {c(i.unit)}"
            if i.desc != "Brambory"
            else f"  {i.qty} kg x {c(i.unit)}",
            c(i.amt),
        )
    r.rule()
    r.lr("Mezisou\u010det", c(raw))
    r.lr("Zaokrouhlen\u00ed", c(rnd))
    r.lr("CELKEM K\u010c", c(total), "DVMB", 9)
    r.feed(2)
    r.lr("Hotov\u011b", c(paid))
    r.lr("Vr\u00e1ceno", c(paid - total))
    r.rule()
    r.lr("Z\u00e1klad DPH 12 %", c(raw - vat))
    r.lr("DPH 12 %", c(vat))
    r.feed(4)
    r.ln("D\u011bkujeme za n\u00e1kup!", "c")
    keys = [i.key() for i in items]
    t = truth(
        number="2026/0311",
        inv_date=dt,
        due=None,
        vendor="Farma Nov\u00e1kovi",
        amount=raw - vat,
        vat=vat,
        total=total,
        currency="CZK",
        locale="cs-CZ",
        layout="receipt",
        doctype="receipt",
        items=keys,
        note="58 mm farm-stall slip; subtotal 287,60 then 'Zaokrouhlen\u00ed' 0,40 to a whole-koruna total 288,00 (keyed as rounding); DPH 12% included, base printed after the payment block; farmer's own name under the farm name; cash paid and change.",
        rounding=rnd,
    )
    return r.pdf("uctenka"), t


def r06(name):
    """PT pastelaria, 80 mm Fatura simplificada, IVA 13 % + 23 %, ATCUD, QR, Multibanco."""
    items = [
        Item("Pastel de nata", 3, "1.30", 13),
        Item("Tosta mista", 1, "3.50", 13),
        Item("Gal\u00e3o", 1, "1.60", 13),
        Item("Coca-Cola 33cl", 1, "2.00", 23),
    ]
    by = total_by_rate(items)
    vats = {r: vat_in_gross(g, r) for r, g in by.items()}
    total = sum(by.values())
    vat = sum(vats.values())
    dt = date(2026, 3, 12)
    e = lambda x: m(x, "de")  # noqa: E731
    r = Roll("r06", 80, "Courier", 7.8)
    r.ln("PASTELARIA FLOR DO MINHO", "c", "Courier-Bold", 10.5)
    r.ln("Pastelaria Flor do Minho, Lda.", "c")
    r.ln("Rua de Santa Catarina 311", "c")
    r.ln("4000-450 Porto", "c")
    r.ln("NIF 509876543", "c")
    r.rule()
    r.ln("FATURA SIMPLIFICADA", "c", "Courier-Bold", 9)
    r.lr("N\u00ba FS A2026/1543", nf(dt, "%Y-%m-%d") + " 10:51")
    r.lr("NIF adquirente:", "Consumidor final")
    r.lr("Mesa 6", "Op. Sandra")
    r.rule()
    r.lr("Qtd Descri\u00e7\u00e3o", "IVA   Valor")
    for i in items:
        r.lr(f"{i.qty:>2}  {i.desc}", f"{i.rate}%  {e(i.amt):>6}")
    r.rule()
    r.lr("TOTAL EUR", e(total), "Courier-Bold", 10, 13)
    r.lr("Multibanco", e(total))
    r.rule()
    r.lr("Taxa   Base    IVA", "Total")
    for rt in sorted(by):
        r.lr(f"{rt:>2}%  {e(by[rt] - vats[rt]):>6} {e(vats[rt]):>6}", e(by[rt]))
    r.rule()
    r.ln("ATCUD: JJ2K7M3P-1543", "c")
    r.feed(6)
    qr(r, r.w / 2 - 45, r.y, 90, "r06-qr")
    r.feed(94)
    r.ln("ABCD-Processado por programa certificado", "c", size=6.5)
    r.ln("n.\u00ba 2841/AT", "c", size=6.5)
    r.ln("Obrigado pela prefer\u00eancia!", "c")
    t = truth(
        number="FS A2026/1543",
        inv_date=dt,
        due=None,
        vendor="Pastelaria Flor do Minho, Lda.",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="pt-PT",
        layout="receipt",
        doctype="receipt",
        items=[i.key() for i in items],
        note="Fatura simplificada with ATCUD and QR; IVA 13% and 23% on gross prices, summary table Taxa/Base/IVA/Total under the payment; table number 'Mesa 6'; software certificate number in the footer.",
    )
    return r.pdf("FS A2026-1543"), t


def r07(name):
    """BE bike workshop, receipt-book page (A6 portrait) typed, TVA 21 % in a sentence."""
    items = [
        Item("Cha\u00eene Shimano CN-HG71", 1, "29.90"),
        Item("Pneu 700x28 Continental", 1, "34.90"),
        Item("Main-d'\u0153uvre", 1, "32.00"),
    ]
    total = sum(i.amt for i in items)
    vat = vat_in_gross(total, 21)
    dt = date(2026, 3, 11)
    e = lambda x: m(x, "de")  # noqa: E731
    blue = (0.1, 0.2, 0.5)
    d = Doc("r07", 105 * MM, 148 * MM)
    W = d.w
    d.rect(10, 10, W - 20, d.h - 20, 0.7, blue)
    d.text(20, 34, "RE\u00c7U", "Helvetica-Bold", 16, "l", blue)
    d.text(W - 20, 34, "N\u00b0 0153", "Helvetica-Bold", 12, "r", (0.75, 0.1, 0.1))
    d.line(20, 42, W - 20, 42, 0.5, blue)
    d.lines(
        20,
        58,
        [
            "Atelier V\u00e9lo Dupont SRL",
            "Rue Saint-Gilles 58, 4000 Li\u00e8ge",
            "TVA BE 0712.345.678",
        ],
        "Courier",
        8.5,
        11,
    )
    d.text(20, 106, "Re\u00e7u de :", "Helvetica", 8, "l", blue)
    d.text(70, 106, "M. Thomas Lambert", "Courier", 9)
    d.text(20, 126, "Pour :", "Helvetica", 8, "l", blue)
    y = 126
    for i in items:
        d.text(70, y, i.desc, "Courier", 8.5)
        d.text(W - 22, y, e(i.amt), "Courier", 8.5, "r")
        y += 12
    d.line(20, y + 2, W - 20, y + 2, 0.4, blue)
    d.text(20, y + 18, "La somme de :", "Helvetica", 8, "l", blue)
    d.text(W - 22, y + 18, f"{e(total)} \u20ac", "Courier-Bold", 10, "r")
    y = d.para(
        20,
        y + 36,
        W - 42,
        f"Montant TVAC {e(total)} \u20ac, dont TVA 21 % : {e(vat)} \u20ac.",
        "Courier",
        8.5,
    )
    d.text(20, y + 6, "Pay\u00e9 en esp\u00e8ces.", "Courier", 8.5)
    d.text(20, 330, f"Li\u00e8ge, le {fr_words(dt)}", "Courier", 8.5)
    d.text(20, 366, "Signature :", "Helvetica", 8, "l", blue)
    d.text(78, 364, "P. Dupont", "Helvetica-Oblique", 12, "l", (0.15, 0.2, 0.55))
    t = truth(
        number="0153",
        inv_date=dt,
        due=None,
        vendor="Atelier V\u00e9lo Dupont SRL",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-BE",
        layout="receipt",
        doctype="receipt",
        items=[i.key() for i in items],
        note="Receipt-book page (carnet de re\u00e7us) typed in; number printed in red 'N\u00b0 0153'; VAT only in a sentence 'Montant TVAC 96,80 \u20ac, dont TVA 21 % : 16,80 \u20ac' (net not printed); date in words 'le 11 mars 2026' at the bottom; paid in cash.",
    )
    return d.pdf("recu 0153"), t


def r08(name):
    """FI taxi, 58 mm, ALV 13,5 % included, card payment."""
    items = [
        Item("L\u00e4ht\u00f6maksu", 1, "6.90"),
        Item("Matka 18,4 km", 1, "30.80"),
        Item("Odotus 4 min", 1, "4.00"),
    ]
    total = sum(i.amt for i in items)
    vat = vat_in_gross(total, "13.5")
    dt = date(2026, 3, 15)
    e = lambda x: m(x, "de")  # noqa: E731
    r = Roll("r08", 58, "Courier", 7.4)
    r.ln("TAKSI VIRTANEN OY", "c", "Courier-Bold", 9.5)
    r.ln("Y-tunnus 2345678-9", "c")
    r.ln("Auto HKI-214 / ZXV-318", "c")
    r.rule()
    r.ln("KUITTI", "c", "Courier-Bold", 9)
    r.lr("Kuitti nro", "1844")
    r.lr("Pvm", nf(dt, "%d.%m.%Y"))
    r.lr("Aika", "23:02 - 23:31")
    r.lr("Taksa", "2 (ilta)")
    r.rule()
    for i in items:
        r.lr(i.desc, e(i.amt))
    r.rule("=")
    r.lr("YHTEENS\u00c4 EUR", e(total), "Courier-Bold", 9)
    r.lr("Veroton", e(total - vat))
    r.lr("ALV 13,5 %", e(vat))
    r.rule()
    r.lr("Maksutapa", "KORTTI")
    r.lr("Visa", "**** 5521")
    r.feed(4)
    r.ln("Kiitos kyydist\u00e4!", "c")
    t = truth(
        number="1844",
        inv_date=dt,
        due=None,
        vendor="TAKSI VIRTANEN OY",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fi-FI",
        layout="receipt",
        doctype="receipt",
        items=[i.key() for i in items],
        note="58 mm taxi receipt; ALV 13,5 % included (Veroton = net printed); car plate numbers and km as decoys; evening tariff; card payment.",
    )
    return r.pdf("kuitti 1844"), t


def r09(name):
    """IN kirana store, 76 mm, GST split CGST/SGST on inclusive prices, two slabs."""
    items = [
        Item("Toor Dal 1kg", 1, "168.00", 5),
        Item("Sona Masuri 5kg", 1, "385.00", 5),
        Item("Sunflwr Oil 1L", 2, "152.00", 5),
        Item("Lifebuoy 4x100g", 1, "146.00", 18),
        Item("Colgate 200g", 1, "118.00", 18),
    ]
    by = total_by_rate(items)
    half = {r: q2(g * (r / 2) / (100 + r)) for r, g in by.items()}
    total = sum(by.values())
    vat = sum(2 * h for h in half.values())
    dt = date(2026, 3, 12)
    i_ = lambda x: m(x, "in")  # noqa: E731
    r = Roll("r09", 76, "DVM", 7)
    r.ln("SRI LAKSHMI STORES", "c", "DVMB", 10.5)
    r.ln("#14, 5th Cross, Malleswaram", "c")
    r.ln("Bengaluru - 560003", "c")
    r.ln("Ph: 080-2334 1177", "c")
    r.ln("GSTIN: 29ABKPL4417F1Z2", "c")
    r.rule()
    r.ln("TAX INVOICE / CASH BILL", "c", "DVMB")
    r.lr("Bill No: 4512", "Date: " + nf(dt, "%d-%m-%Y"))
    r.lr("Counter: 1", "Time: 18:42")
    r.rule()
    r.lr("Item            Qty   Rate", "Amount")
    for it in items:
        r.lr(f"{it.desc:<15} {it.qty:>3} {i_(it.unit):>7}", i_(it.amt))
    r.rule()
    r.lr("Total Items: 5   Qty: 6", "")
    r.lr("NET AMOUNT  \u20b9", i_(total), "DVMB", 9)
    r.lr("Cash", i_(D("1200.00")))
    r.lr("Balance", i_(D("1200.00") - total))
    r.rule()
    r.lr("GST%  Taxable   CGST   SGST", "")
    for rt in sorted(by):
        r.lr(f"{rt:>3}%  {i_(by[rt] - 2 * half[rt]):>8} {i_(half[rt]):>6} {i_(half[rt]):>6}", "")
    r.lr("Total GST", i_(vat))
    r.rule()
    r.ln("Goods once sold will not be taken back", "c", size=6.3)
    r.ln("Thank you! Visit again", "c")
    t = truth(
        number="4512",
        inv_date=dt,
        due=None,
        vendor="SRI LAKSHMI STORES",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="INR",
        locale="en-IN",
        layout="receipt",
        doctype="receipt",
        items=[i.key() for i in items],
        note="Kirana store bill; GST included in MRP and split into CGST + SGST per slab (5% and 18%) in a table after the payment; vat = sum of CGST and SGST; 'NET AMOUNT' is the gross total; cash 1,200.00 and balance (change) as decoys.",
    )
    return r.pdf("bill 4512"), t


def r10(name):
    """US gutter contractor, stationery-store receipt form (1/3 Letter) typed in, no tax."""
    item = Item("Gutter cleaning & downspout repair, 1418 Elm St", 1, "425.00")
    total = item.amt
    dt = date(2026, 3, 16)
    green = (0.1, 0.4, 0.3)
    d = Doc("r10", LW, 3.5 * 72)
    W = d.w
    d.rect(18, 14, W - 36, d.h - 28, 0.8, green)
    d.text(30, 38, "RECEIPT", "Helvetica-Bold", 16, "l", green)
    d.text(160, 32, "DAWSON GUTTER & ROOF", "Courier-Bold", 11)
    d.text(160, 44, "Mike Dawson, Prop.  -  Springfield, IL  -  (217) 555-0163", "Courier", 8)
    d.text(W - 30, 38, "No. 0318", "Helvetica-Bold", 11, "r", (0.7, 0.1, 0.1))
    _form_field(d, 30, 72, W - 200, "Received From", "Karen Mitchell")
    _form_field(d, W - 190, 72, W - 30, "Date", nf(dt, "%m/%d/%Y"))
    _form_field(
        d, 30, 98, W - 30, "Amount", "Four hundred twenty-five and 00/100 ---------------- Dollars"
    )
    _form_field(d, 30, 124, W - 30, "For", item.desc)
    rows = [("ACCOUNT", usd(total)), ("PAYMENT", usd(total)), ("BAL. DUE", "$0.00")]
    for n, (k, v) in enumerate(rows):
        y = 152 + n * 16
        d.rect(30, y - 11, 150, 16, 0.5, green)
        d.text(36, y, k, "Helvetica", 7.5, "l", green)
        d.text(174, y, v, "Courier", 9.5, "r")
    d.text(200, 152, "[ ] CASH   [X] CHECK  No. 2291   [ ] MONEY ORDER", "Courier", 8.5)
    _form_field(d, 200, 184, W - 30, "By", "")
    d.text(230, 181, "Mike Dawson", "Helvetica-Oblique", 12, "l", (0.15, 0.2, 0.55))
    t = truth(
        number="0318",
        inv_date=dt,
        due=None,
        vendor="DAWSON GUTTER & ROOF",
        amount=total,
        vat=None,
        total=total,
        currency="USD",
        locale="en-US",
        layout="receipt",
        doctype="receipt",
        items=[item.key()],
        note="Stationery-store receipt form (one third of a Letter sheet) typed in; amount written in words plus ACCOUNT / PAYMENT / BAL. DUE boxes; check number 2291 as a decoy; no tax printed (vat null); owner's name as 'Prop.' under the business name.",
    )
    return d.pdf("receipt 0318"), t


def r11(name):
    """GR souvlaki shop, 76 mm, Greek, ΦΠΑ 13 % + 24 %, owner's legal name, myDATA MARK."""
    items = [
        Item(
            "\u03a3\u039f\u03a5\u0392\u039b\u0391\u039a\u0399 \u03a7\u039f\u0399\u03a1\u0399\u039d\u039f",
            3,
            "3.20",
            13,
        ),
        Item(
            "\u03a0\u0399\u03a4\u0391 \u0393\u03a5\u03a1\u039f\u03a3 \u039a\u039f\u03a4\u039f\u03a0.",
            2,
            "4.00",
            13,
        ),
        Item(
            "\u03a0\u0391\u03a4\u0391\u03a4\u0395\u03a3 \u03a4\u0397\u0393\u0391\u039d\u0397\u03a4\u0395\u03a3",
            1,
            "3.50",
            13,
        ),
        Item("\u039c\u03a0\u03a5\u03a1\u0391 MYTHOS 500ml", 2, "3.50", 24),
    ]
    by = total_by_rate(items)
    vats = {r: vat_in_gross(g, r) for r, g in by.items()}
    total = sum(by.values())
    vat = sum(vats.values())
    dt = date(2026, 3, 13)
    e = lambda x: m(x, "de")  # noqa: E731
    r = Roll("r11", 76, "DVM", 7.2)
    r.ln("\u039f \u039c\u0397\u03a4\u03a3\u039f\u03a3", "c", "DVSB", 15, 17)
    r.ln(
        "\u03a3\u039f\u03a5\u0392\u039b\u0391\u039a\u0399\u0391 - \u03a8\u0397\u03a4\u039f\u03a0\u03a9\u039b\u0395\u0399\u039f",
        "c",
    )
    r.ln(
        "\u03a0\u0391\u03a0\u0391\u0394\u039f\u03a0\u039f\u03a5\u039b\u039f\u03a3 \u0394\u0397\u039c\u0397\u03a4\u03a1\u0399\u039f\u03a3",
        "c",
    )
    r.ln(
        "\u0393\u03a1. \u039b\u0391\u039c\u0392\u03a1\u0391\u039a\u0397 45, \u03a0\u0395\u0399\u03a1\u0391\u0399\u0391\u03a3 18533",
        "c",
    )
    r.ln(
        "\u0391\u03a6\u039c 128455902  \u0394\u039f\u03a5 \u0391' \u03a0\u0395\u0399\u03a1\u0391\u0399\u0391",
        "c",
    )
    r.rule()
    r.ln(
        "\u0391\u03a0\u039f\u0394\u0395\u0399\u039e\u0397 \u039b\u0399\u0391\u039d\u0399\u039a\u0397\u03a3 \u03a0\u03a9\u039b\u0397\u03a3\u0397\u03a3",
        "c",
        "DVMB",
    )
    r.lr("\u0391.\u0391. 2318", nf(dt, "%d/%m/%Y") + " 21:14")
    r.rule()
    for i in items:
        r.ln(i.desc)
        r.lr(f"  {i.qty} x {e(i.unit)}   \u03a6\u03a0\u0391 {i.rate}%", e(i.amt))
    r.rule("=")
    r.lr("\u03a3\u03a5\u039d\u039f\u039b\u039f \u20ac", e(total), "DVMB", 9.5)
    r.lr("\u039c\u0395\u03a4\u03a1\u0397\u03a4\u0391", e(total))
    r.rule()
    r.lr(
        "\u03a6\u03a0\u0391%  \u039a\u0391\u0398\u0391\u03a1\u0397     \u03a6\u03a0\u0391",
        "\u03a3\u03a5\u039d\u039f\u039b\u039f",
    )
    for rt in sorted(by):
        r.lr(f"{rt}%    {e(by[rt] - vats[rt]):>6}  {e(vats[rt]):>6}", e(by[rt]))
    r.rule()
    r.ln("\u039c\u0391\u03a1\u039a 400001287764512", "c")
    r.feed(4)
    qr(r, r.w / 2 - 38, r.y, 76, "r11-qr")
    r.feed(82)
    r.ln("\u0395\u03a5\u03a7\u0391\u03a1\u0399\u03a3\u03a4\u039f\u03a5\u039c\u0395!", "c")
    t = truth(
        number="2318",
        inv_date=dt,
        due=None,
        vendor="\u039f \u039c\u0397\u03a4\u03a3\u039f\u03a3",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="el-GR",
        layout="receipt",
        doctype="receipt",
        items=[i.key() for i in items],
        note="Greek retail receipt (all caps); shop name '\u039f \u039c\u0397\u03a4\u03a3\u039f\u03a3' as a big heading with the owner's legal name \u03a0\u0391\u03a0\u0391\u0394\u039f\u03a0\u039f\u03a5\u039b\u039f\u03a3 \u0394\u0397\u039c\u0397\u03a4\u03a1\u0399\u039f\u03a3 below; \u03a6\u03a0\u0391 13% and 24% on gross prices with a summary table; long myDATA MARK number and QR as decoys; cash ('\u039c\u0395\u03a4\u03a1\u0397\u03a4\u0391').",
    )
    return r.pdf("apodeixi"), t


def r12(name):
    """MX taquería, 80 mm ticket, IVA 16 % included, suggested tip not charged, cash/change."""
    items = [
        Item("Tacos al pastor", 6, "18.00"),
        Item("Gringa sencilla", 1, "62.00"),
        Item("Agua de horchata 1L", 1, "45.00"),
        Item("Refresco 600ml", 2, "25.00"),
    ]
    total = sum(i.amt for i in items)
    vat = vat_in_gross(total, 16)
    tip10 = q2(total * D("0.10"))
    paid = D("300.00")
    dt = date(2026, 3, 14)
    r = Roll("r12", 80, "Helvetica", 8.5)
    r.ln("Taquer\u00eda El G\u00fcero", "c", "Helvetica-Bold", 14, 16)
    r.ln("Jos\u00e9 Manuel Guti\u00e9rrez Mu\u00f1oz", "c", size=7.5)
    r.ln("RFC GUMJ780512AB3 \u00b7 R\u00e9g. Simplificado de Confianza", "c", size=7)
    r.ln("Av. Chapultepec 288, Col. Americana, Guadalajara, Jal.", "c", size=7)
    r.rule()
    r.lr("Ticket #A-10452", f"{dt.day:02d}/{ES_M[dt.month - 1]}/{dt.year} 22:07")
    r.lr("Mesa 3", "Atendi\u00f3: Lupita")
    r.rule()
    for i in items:
        r.lr(f"{i.qty}  {i.desc}", usd(i.amt))
    r.rule()
    r.lr("TOTAL", usd(total), "Helvetica-Bold", 12, 15)
    r.lr("IVA incluido (16%)", usd(vat), size=7.5)
    r.lr("Efectivo", usd(paid))
    r.lr("Cambio", usd(paid - total))
    r.rule()
    r.ln(f"Propina sugerida 10%: {usd(tip10)}", "c", size=7.5)
    r.ln("(no incluida)", "c", size=7.5)
    r.feed(4)
    r.ln("Este ticket no es un comprobante fiscal.", "c", size=7)
    r.ln("Solicite su factura el mismo mes de consumo.", "c", size=7)
    r.ln("\u00a1Gracias, vuelva pronto!", "c", "Helvetica-Oblique", 8.5)
    t = truth(
        number="A-10452",
        inv_date=dt,
        due=None,
        vendor="Taquer\u00eda El G\u00fcero",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="MXN",
        locale="es-MX",
        layout="receipt",
        doctype="receipt",
        items=[i.key() for i in items],
        note="Taquer\u00eda ticket with '$' meaning MXN; IVA 16% included, printed in small type (net not printed); suggested 10% tip printed but NOT charged (no tip keyed); cash 300 and change; date '14/mar/2026'; owner's name and RFC under the shop name.",
    )
    return r.pdf("ticket A-10452"), t


# =========================================================================== degradation


def render(pdf: bytes, dpi: float) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    img = doc[0].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    return np.asarray(img).copy()


def smooth_field(nprng, shape, lo, hi, cells=(5, 4)) -> np.ndarray:
    small = nprng.uniform(lo, hi, (cells[1], cells[0])).astype(np.float32)
    return cv2.resize(small, (shape[1], shape[0]), interpolation=cv2.INTER_CUBIC).clip(lo, hi)


def _specks(f: np.ndarray, rng: random.Random, n: int):
    h, w = f.shape[:2]
    for _ in range(n):
        c = (rng.randrange(w), rng.randrange(h))
        cv2.circle(f, c, rng.choice([1, 1, 1, 2, 3]), (rng.uniform(40, 140),) * 3, -1)


@dataclass
class Scan:
    dpi: int = 200
    grey: bool = True
    blur: float = 0.7
    noise: float = 5.0
    specks: int = 60
    fade: bool = False
    down: int | None = None
    ext: str = "png"
    quality: int = 85


def scan(pdf: bytes, name: str, p: Scan) -> Image.Image:
    rng = random.Random(zlib.crc32(name.encode()))
    nprng = np.random.default_rng(zlib.crc32(name.encode()))
    f = render(pdf, p.dpi).astype(np.float32)
    f = f * np.array([1.0, 0.985, 0.95], np.float32) if not p.grey else f
    if p.fade:
        ink = 255 - f
        f = 255 - ink * smooth_field(nprng, f.shape, 0.55, 1.0, (3, 8))[..., None]
    pad = int(0.04 * max(f.shape[:2]))
    f = cv2.copyMakeBorder(f, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(244, 244, 242))
    f = cv2.GaussianBlur(f, (0, 0), p.blur)
    angle = rng.uniform(0.4, 1.9) * rng.choice([-1, 1])
    h, w = f.shape[:2]
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    f = cv2.warpAffine(f, rot, (w, h), flags=cv2.INTER_LINEAR, borderValue=(244, 244, 242))
    f = f * smooth_field(nprng, f.shape, 0.93, 1.0)[..., None]
    f = f + nprng.normal(0, p.noise, f.shape).astype(np.float32)
    _specks(f, rng, p.specks)
    img = Image.fromarray(f.clip(0, 255).astype(np.uint8))
    img = img.convert("L") if p.grey else img
    if p.down:
        img = img.resize((p.down, round(img.height * p.down / img.width)), Image.Resampling.LANCZOS)
    return img


def _texture(nprng, rng, w, h) -> np.ndarray:
    base = np.array(
        rng.choice([(150, 105, 70), (120, 120, 125), (70, 80, 105), (185, 165, 135)]), np.float32
    )
    xs = np.linspace(0, rng.uniform(20, 60), w, dtype=np.float32)
    warp = smooth_field(nprng, (h, w), -3.0, 3.0, (4, 12))
    stripes = np.sin(xs[None, :] + warp) * rng.uniform(6, 16)
    grain = nprng.normal(0, 7, (h, w)).astype(np.float32)
    t = base[None, None, :] + (stripes + grain)[..., None]
    return cv2.GaussianBlur(t, (0, 0), 1.2)


def _fold(f: np.ndarray, rng: random.Random):
    h = f.shape[0]
    y = int(h * rng.uniform(0.3, 0.7))
    f[y:] *= 0.95
    f[max(0, y - 2) : y + 2] *= 0.82


def photo(pdf: bytes, name: str, dpi: int) -> Image.Image:
    rng = random.Random(zlib.crc32(name.encode()))
    nprng = np.random.default_rng(zlib.crc32(name.encode()))
    page = render(pdf, dpi).astype(np.float32)
    _fold(page, rng)
    ph, pw = page.shape[:2]
    bw, bh = int(pw * rng.uniform(1.25, 1.4)), int(ph * rng.uniform(1.12, 1.2))
    bg = _texture(nprng, rng, bw, bh)
    ox, oy = (bw - pw) / 2, (bh - ph) / 2
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    jit = lambda s: rng.uniform(-0.035, 0.035) * s  # noqa: E731
    dst = np.float32(
        [
            [ox + jit(pw), oy + jit(ph)],
            [ox + pw + jit(pw), oy + jit(ph)],
            [ox + pw + jit(pw), oy + ph + jit(ph)],
            [ox + jit(pw), oy + ph + jit(ph)],
        ]
    )
    mtx = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, mtx, (bw, bh))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), mtx, (bw, bh))
    drop = cv2.GaussianBlur(np.roll(mask, (12, 9), (0, 1)), (0, 0), 14)
    bg = bg * (1 - 0.45 * drop[..., None])
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:bh, 0:bw].astype(np.float32)
    a = rng.uniform(0, 2 * np.pi)
    g = np.cos(a) * xx / bw + np.sin(a) * yy / bh
    g = (g - g.min()) / (g.max() - g.min())
    out = out * (0.78 + 0.27 * g)[..., None]
    sh = np.zeros((bh, bw), np.float32)
    cx, cy = rng.choice([(0, 0), (bw, 0), (bw, bh), (0, bh)])
    cv2.circle(sh, (int(cx), int(cy)), int(min(bw, bh) * rng.uniform(0.35, 0.55)), 1.0, -1)
    sh = cv2.GaussianBlur(sh, (0, 0), 40)
    out = out * (1 - 0.28 * sh)[..., None]
    out = out + nprng.normal(0, 3, out.shape).astype(np.float32)
    img = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    long_side = rng.randint(1500, 2300)
    s = long_side / max(img.size)
    return img.resize((round(img.width * s), round(img.height * s)), Image.Resampling.LANCZOS)


def image_pdf(img: Image.Image, dpi: int) -> bytes:
    w, h = img.width * 72 / dpi, img.height * 72 / dpi
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=82)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, w, h)
    c.showPage()
    c.save()
    return buf.getvalue()


# =========================================================================== registry

# name: (function, kind, extension, country, degradation)
DOCS: dict[str, tuple] = {
    "i01": (i01, "pdf", "pdf", "United Kingdom", None),
    "i02": (i02, "scan", "png", "Germany", Scan(dpi=200, grey=True, blur=0.6, noise=5, specks=80)),
    "i03": (i03, "photo", "jpg", "France", 170),
    "i04": (i04, "pdf", "pdf", "Netherlands", None),
    "i05": (i05, "pdf", "pdf", "Ireland", None),
    "i06": (
        i06,
        "scan",
        "pdf",
        "Switzerland",
        Scan(dpi=200, grey=True, blur=0.7, noise=6, specks=60),
    ),
    "i07": (
        i07,
        "scan",
        "jpg",
        "United States",
        Scan(dpi=250, grey=False, blur=0.8, noise=4, specks=40, ext="jpg", quality=80),
    ),
    "i08": (i08, "pdf", "pdf", "Sweden", None),
    "i09": (i09, "photo", "jpg", "Italy", 180),
    "i10": (i10, "scan", "pdf", "Poland", Scan(dpi=220, grey=True, blur=0.6, noise=5, specks=50)),
    "i11": (
        i11,
        "scan",
        "png",
        "Australia",
        Scan(dpi=150, grey=False, blur=0.5, noise=4, specks=30),
    ),
    "i12": (i12, "pdf", "pdf", "Canada (Qu\u00e9bec)", None),
    "r01": (r01, "photo", "jpg", "Austria", 300),
    "r02": (
        r02,
        "scan",
        "png",
        "Spain",
        Scan(dpi=300, grey=True, blur=0.8, noise=6, specks=40, fade=True, down=650),
    ),
    "r03": (r03, "pdf", "pdf", "Norway", None),
    "r04": (r04, "photo", "jpg", "Denmark", 300),
    "r05": (
        r05,
        "scan",
        "pdf",
        "Czech Republic",
        Scan(dpi=300, grey=True, blur=0.8, noise=6, specks=50, fade=True),
    ),
    "r06": (r06, "pdf", "pdf", "Portugal", None),
    "r07": (r07, "photo", "jpg", "Belgium", 260),
    "r08": (r08, "pdf", "pdf", "Finland", None),
    "r09": (
        r09,
        "scan",
        "jpg",
        "India",
        Scan(dpi=250, grey=False, blur=0.7, noise=5, specks=40, fade=True, ext="jpg", quality=78),
    ),
    "r10": (r10, "pdf", "pdf", "United States", None),
    "r11": (r11, "photo", "jpg", "Greece", 300),
    "r12": (r12, "pdf", "pdf", "Mexico", None),
}


def build(name: str, out: Path) -> dict:
    func, kind, ext, _country, deg = DOCS[name]
    pdf, t = func(name)
    t["kind"] = kind
    if kind == "pdf":
        data = pdf
    elif kind == "photo":
        rng = random.Random(zlib.crc32((name + "-jpeg").encode()))
        buf = io.BytesIO()
        photo(pdf, name, deg).save(buf, "JPEG", quality=rng.randint(60, 80))
        data = buf.getvalue()
    else:
        img = scan(pdf, name, deg)
        buf = io.BytesIO()
        if ext == "pdf":
            data = image_pdf(img, deg.dpi)
        else:
            img.save(
                buf,
                "JPEG" if ext == "jpg" else "PNG",
                **({"quality": deg.quality} if ext == "jpg" else {}),
            )
            data = buf.getvalue()
    (out / f"{name}.{ext}").write_bytes(data)
    (out / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return t


README_HEAD = """# Blind set 2026-14c: office-software invoices and small-shop receipts

Generated by `bench/blindsets/blind_2026_14c.py` (run `python -m bench.blindsets.blind_2026_14c [OUTDIR] [--only NAME]`
from the repository root). Every random choice is seeded with the CRC-32 of the document's name, so a re-run is
byte-identical. The generator was written blind: without reading the product's code, tests or docs.

## How the set is drawn

Focus: documents small firms make themselves. Invoices are typed into word-processor or spreadsheet templates
(Word / Excel / LibreOffice / Google Docs look: default sans or Times fonts, thin grid lines, merged title cells,
hand-drawn tables, the company name typed in bold at the top or right-aligned, often no logo). Receipts are the slips of
small shops, stalls, taxis and tradespeople, including receipt-book pages filled in by typing.

Each document has its own drawing function (reportlab canvas, `invariant=1`). Every text run is checked to stay on
the page and not to overlap another run (`LayoutError` otherwise). Amounts are computed once with `Decimal`
(ROUND_HALF_UP); the page and the truth are written from the same values.

Kinds:

- `pdf`: born-digital PDF with a text layer (invoices A4 or Letter; receipts on 58/76/80 mm rolls as long as their
  content, or a receipt-book page).
- `scan`: rendered with pypdfium2 at 150-300 dpi, grey or colour, Gaussian blur, a skew of 0.4-1.9 degrees, uneven
  brightness, noise, specks; receipts get thermal fading; r02 is downscaled to 650 px wide. i06, i10 and r05 are
  image-only PDFs: the degraded scan (JPEG) is the only page content, no text layer.
- `photo`: the rendered page with a fold line, warped in perspective onto a textured background (wood/desk/cloth),
  with a drop shadow, a lighting gradient, a soft corner shadow and noise; JPEG quality 60-80, long side 1,500-2,300 px.

## Truth conventions

- `amount` is the net before tax, `vat` the sum of all taxes (GST + QST, CGST + SGST, several VAT rates), `total` the
  document's gross total. `amount + vat + tip + rounding == total` holds for every file (asserted when generating).
- `vat` is null only when the page prints no tax at all (small-business exemption notes i02, i03; US receipt r10);
  then `amount == total`.
- When prices include tax and no net is printed, `amount = total - vat`. When a net is printed it is keyed as printed
  (it always equals total - vat - tip - rounding here).
- `total` is the gross document total *before* deducting a deposit already paid (i04: 'Totaal incl. BTW', not
  'Nog te betalen') and *after* a cash-rounding line (i06 Swiss 5-Rappen 'Rundung', i08 '\u00d6resavrundning',
  r05 'Zaokrouhlen\u00ed'). A tip that the page charges is included in the total (r02: 'TOTAL A PAGAR' includes the
  'Propina'); a suggested tip that is printed but not charged is ignored (r12).
- The credit note (i05) prints negative amounts and is keyed with negative amounts; `document_type` is `credit_note`.
- `vendor_name`: the seller's name as printed, with the legal form where it is printed with it. When a document
  prints both a heading/trading name and a legal or owner's name, the key is the most prominent seller name at the
  head of the document (i01 'Daniel Hughes' with trading name below; r04 legal name printed under the wordmark is keyed
  because it carries the legal form; r11 shop name heading). The alternative is named in the `note`.
- `invoice_number`: the document's own number (receipt / bill / ticket / docket number), never a quote, job, order,
  customer, OCR, check or MARK number.
- `invoice_date`: the issue date, never the date of work/sale/event; `due_date` only when a date is printed
  (payment terms in prose without a date give null).
- `line_items`: as printed, with amounts as printed on the line (net for net-priced invoices, gross for gross-priced
  receipts and i11); quantities as plain decimal strings; a credit note's lines are negative.
- `currency`: ISO 4217; `locale`: the document's language and country.
- The JSON has no tip or rounding keys. The four documents where `amount + vat != total` are: r02 tip +2.00
  ('Propina'); i06 rounding -0.01 ('Rundung'); i08 rounding +0.12 ('\u00d6resavrundning'); r05 rounding +0.40
  ('Zaokrouhlen\u00ed'). All other documents have tip = rounding = 0.
"""


def readme(truths: dict[str, dict]) -> str:
    kinds = ["pdf", "scan", "photo"]
    lines = [
        README_HEAD,
        "## Mix",
        "",
        "| kind | invoices | receipts | total |",
        "|---|---|---|---|",
    ]
    for k in kinds:
        ni = sum(1 for n, t in truths.items() if t["kind"] == k and n.startswith("i"))
        nr = sum(1 for n, t in truths.items() if t["kind"] == k and n.startswith("r"))
        lines.append(f"| {k} | {ni} | {nr} | {ni + nr} |")
    lines.append(
        f"| all | {sum(1 for n in truths if n.startswith('i'))} | {sum(1 for n in truths if n.startswith('r'))} | {len(truths)} |"
    )
    countries = sorted({DOCS[n][3] for n in truths})
    currencies = sorted({t["currency"] for t in truths.values()})
    lines += [
        "",
        f"{len(countries)} countries: {', '.join(countries)}.",
        "",
        f"Currencies: {', '.join(currencies)}.",
        "",
    ]
    lines += [
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n, t in truths.items():
        f = f"{n}.{DOCS[n][2]}"
        lines.append(
            f"| {f} | {t['kind']} | {DOCS[n][3]} | {t['document_type']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=DEFAULT_OUT)
    ap.add_argument("--only", choices=sorted(DOCS))
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else list(DOCS)
    truths = {n: build(n, out) for n in names}
    for n in names:
        print(f"{n}: {truths[n]['kind']:5} {truths[n]['total']:>10} {truths[n]['currency']}")
    if not a.only:
        (out / "README.md").write_text(readme(truths), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
