# ruff: noqa: E501
"""Blind set 2026-13n: invoices and receipts from sectors and issuers rarely seen by invoice software.

Run from the repository root:
    python -m bench.blindsets.blind_2026_13n [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document name, so re-runs are byte-identical.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import zlib
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4, A5, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [
    ("DV", "DejaVuSans.ttf"),
    ("DVB", "DejaVuSans-Bold.ttf"),
    ("DVM", "DejaVuSansMono.ttf"),
    ("DVMB", "DejaVuSansMono-Bold.ttf"),
    ("DVS", "DejaVuSerif.ttf"),
    ("DVSB", "DejaVuSerif-Bold.ttf"),
    ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVCB", "DejaVuSansCondensed-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_n, FONT_DIR + _f))

BOLD = {
    "DV": "DVB",
    "DVM": "DVMB",
    "DVS": "DVSB",
    "DVC": "DVCB",
    "Helvetica": "Helvetica-Bold",
    "Courier": "Courier-Bold",
    "Times-Roman": "Times-Bold",
}
GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.9, 0.9, 0.9)
C = Decimal("0.01")
ZERO = Decimal("0")


class LayoutError(Exception):
    pass


# ---------------------------------------------------------------- money & truth
def D(x) -> Decimal:
    return Decimal(str(x)).quantize(C, ROUND_HALF_UP)


def q2(x: Decimal) -> Decimal:
    return x.quantize(C, ROUND_HALF_UP)


def incl_tax(gross: Decimal, rate) -> Decimal:
    r = Decimal(str(rate))
    return q2(gross * r / (100 + r))


def fmt(v: Decimal, dec=",", th=".", nd=2) -> str:
    v = q2(v) if nd == 2 else v.quantize(Decimal(1), ROUND_HALF_UP)
    s = f"{abs(v):,.{nd}f}".replace(",", "\0").replace(".", dec).replace("\0", th)
    return ("-" if v < 0 else "") + s


def eu(v):
    return fmt(v, ",", ".")


def sp(v):
    return fmt(v, ",", " ")


def ch(v):
    return fmt(v, ".", "'")


def us(v):
    return fmt(v, ".", ",")


def qs(q) -> str:
    d = Decimal(str(q))
    s = format(d.normalize(), "f")
    return s


def li(desc, qty, unit, amt):
    return {
        "description": desc,
        "quantity": qs(qty),
        "unit_price": str(D(unit)) if unit is not None else None,
        "amount": str(q2(amt)),
    }


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
    items,
    note,
    tip=ZERO,
    rounding=ZERO,
):
    assert q2(amount) + (vat if vat is not None else ZERO) + tip + rounding == total, (
        number,
        amount,
        vat,
        total,
        tip,
        rounding,
    )
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": str(q2(amount)),
        "vat": None if vat is None else str(q2(vat)),
        "total": str(q2(total)),
        "currency": cur,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": items,
        "note": note,
    }


# ---------------------------------------------------------------- drawing
class Doc:
    """reportlab canvas wrapper that refuses text off the page or overlapping other text."""

    def __init__(self, size, title="document"):
        self.buf = io.BytesIO()
        self.c = rl_canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.W, self.H = size
        self.boxes: list = []

    def t(self, x, y, s, font="Helvetica", size=9.0, align="l", color=None):
        if not s:
            return 0
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        box = (x0, y - 0.22 * size, x0 + w, y + 0.78 * size)
        if box[0] < 1 or box[2] > self.W - 1 or box[1] < 1 or box[3] > self.H - 1:
            raise LayoutError(f"off page: {s!r} {box}")
        for b, o in self.boxes:
            if (
                box[0] < b[2] - 0.2
                and b[0] < box[2] - 0.2
                and box[1] < b[3] - 0.2
                and b[1] < box[3] - 0.2
            ):
                raise LayoutError(f"overlap: {s!r} with {o!r}")
        self.boxes.append((box, s))
        self.c.setFillColor(color or black)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        return w

    def lines(self, x, y, rows, font="Helvetica", size=9.0, lead=None, align="l", color=None):
        lead = lead or size * 1.3
        for r in rows:
            self.t(x, y, r, font, size, align, color)
            y -= lead
        return y

    def hline(self, x1, x2, y, w=0.5, color=black):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(w)
        self.c.line(x1, y, x2, y)

    def rect(self, x, y, w, h, fill=None, stroke=black, lw=0.6):
        self.c.setLineWidth(lw)
        self.c.setStrokeColor(stroke or black)
        if fill is not None:
            self.c.setFillColor(fill)
        self.c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        self.c.setFillColor(black)

    def qr(self, x, y, size, rnd, n=25):
        cell = size / n
        self.c.setFillColor(black)
        for i in range(n):
            for j in range(n):
                finder = any(
                    i0 <= i < i0 + 7 and j0 <= j < j0 + 7
                    for i0, j0 in [(0, 0), (0, n - 7), (n - 7, 0)]
                )
                if finder:
                    ii, jj = min(i % (n - 7), i), min(j % (n - 7), j)
                    ring = max(abs(ii - 3), abs(jj - 3))
                    on = ring != 2
                else:
                    on = rnd.random() < 0.48
                if on:
                    self.c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, stroke=0, fill=1)

    def bars(self, x, y, w, h, rnd):
        cx = x
        self.c.setFillColor(black)
        while cx < x + w - 3:
            bw = rnd.choice([0.6, 0.6, 1.2, 1.8])
            self.c.rect(cx, y, bw, h, stroke=0, fill=1)
            cx += bw + rnd.choice([0.6, 1.2, 1.8])

    def page(self):
        self.c.showPage()
        self.boxes = []

    def pdf(self):
        self.c.save()
        return self.buf.getvalue()


def table(  # noqa: C901
    d,
    x,
    y,
    cols,
    rows,
    font="Helvetica",
    size=8.5,
    lead=None,
    header=None,
    hfont=None,
    hfill=None,
    grid=False,
    hcolor=None,
):
    """cols: [(width, align)], rows: list of tuples of strings. Returns y below the table."""
    lead = lead or size * 1.55
    tw = sum(w for w, _ in cols)
    top = y + size * 1.05

    def row(vals, f, yy, color=None):
        cx = x
        for (w, a), v in zip(cols, vals, strict=False):
            if v:
                if a == "l":
                    d.t(cx + 3, yy, v, f, size, "l", color)
                elif a == "r":
                    d.t(cx + w - 3, yy, v, f, size, "r", color)
                else:
                    d.t(cx + w / 2, yy, v, f, size, "c", color)
            cx += w

    if header:
        if hfill is not None:
            d.rect(x, y - lead + size * 1.05, tw, lead, fill=hfill, stroke=None)
        row(header, hfont or BOLD.get(font, font), y, hcolor)
        y -= lead
        d.hline(x, x + tw, y + size * 1.05, 0.6)
    for r in rows:
        row(r, font, y)
        y -= lead
        if grid:
            d.hline(x, x + tw, y + size * 1.05, 0.3)
    bottom = y + size * 1.05
    if grid:
        d.rect(x, bottom, tw, top - bottom, stroke=black, lw=0.6)
        cx = x
        for w, _ in cols[:-1]:
            cx += w
            d.c.line(cx, bottom, cx, top)
    return y


def wrap(s, font, size, width):
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


class Roll:
    """Receipt roll: collects rows, then renders a page as long as its content."""

    def __init__(self, wmm, font="DVM", size=7.5, margin_mm=3.0, lead=1.35):
        self.W = wmm * mm
        self.m = margin_mm * mm
        self.font, self.size, self.lead = font, size, lead
        self.ops: list = []

    def _f(self, bold, font):
        f = font or self.font
        return BOLD.get(f, f) if bold else f

    def _text(self, s, align, bold=False, size=None, font=None):
        sz = size or self.size
        f = self._f(bold, font)

        def fn(d, y, h):
            x = {"l": self.m, "r": self.W - self.m, "c": self.W / 2}[align]
            d.t(x, y + (h - sz) / 2 + sz * 0.22, s, f, sz, align)

        self.ops.append((sz * self.lead, fn))

    def c(self, s, bold=False, size=None, font=None):
        self._text(s, "c", bold, size, font)

    def l(self, s, bold=False, size=None, font=None):  # noqa: E743
        self._text(s, "l", bold, size, font)

    def r(self, s, bold=False, size=None, font=None):
        self._text(s, "r", bold, size, font)

    def lr(self, a, b, bold=False, size=None, font=None):
        self.row([(a, 0.0, "l"), (b, 1.0, "r")], bold, size, font)

    def row(self, parts, bold=False, size=None, font=None):
        sz = size or self.size
        f = self._f(bold, font)

        def fn(d, y, h):
            for s, xf, a in parts:
                x = self.m + xf * (self.W - 2 * self.m)
                d.t(x, y + (h - sz) / 2 + sz * 0.22, s, f, sz, a)

        self.ops.append((sz * self.lead, fn))

    def sep(self, style="dash", h=None):
        h = h or self.size * 0.9

        def fn(d, y, hh):
            d.c.setStrokeColor(black)
            d.c.setLineWidth(0.6 if style != "double" else 0.5)
            if style == "dash":
                d.c.setDash(2, 1.5)
            d.c.line(self.m, y + hh / 2, self.W - self.m, y + hh / 2)
            if style == "double":
                d.c.line(self.m, y + hh / 2 - 1.5, self.W - self.m, y + hh / 2 - 1.5)
            d.c.setDash()

        self.ops.append((h, fn))

    def gap(self, h=4.0):
        self.ops.append((h, lambda d, y, hh: None))

    def logo(self, s, size=16, box=False, font="Helvetica-Bold", inverse=False):
        def fn(d, y, h):
            w = pdfmetrics.stringWidth(s, font, size)
            if box or inverse:
                d.rect(
                    self.W / 2 - w / 2 - 4,
                    y + 1,
                    w + 8,
                    h - 2,
                    fill=black if inverse else None,
                    stroke=black,
                    lw=1.2,
                )
            d.t(
                self.W / 2,
                y + (h - size) / 2 + size * 0.25,
                s,
                font,
                size,
                "c",
                white if inverse else black,
            )

        self.ops.append((size * 1.6, fn))

    def qr(self, size_mm, rnd):
        s = size_mm * mm

        def fn(d, y, h):
            d.qr(self.W / 2 - s / 2, y + 2, s, rnd)

        self.ops.append((s + 4, fn))

    def bars(self, rnd, h_mm=9):
        def fn(d, y, h):
            d.bars(self.m + 6, y + 2, self.W - 2 * self.m - 12, h - 4, rnd)

        self.ops.append((h_mm * mm, fn))

    def render(self, title):
        H = sum(h for h, _ in self.ops) + 2 * self.m
        d = Doc((self.W, H), title)
        y = H - self.m
        for h, fn in self.ops:
            y -= h
            fn(d, y, h)
        return d.pdf()


# ---------------------------------------------------------------- degradation
def render_pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def lowfreq(rng, h, w, cells=6):
    small = rng.uniform(0, 1, (cells, cells)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def scan(
    img,
    rng,
    grey=True,
    skew=None,
    blur=0.7,
    noise=5.0,
    specks=30,
    fade=None,
    width=None,
    paper=(247, 245, 238),
):
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = a.shape[:2]
    if fade:
        g = np.linspace(fade[0], fade[1], h, dtype=np.float32)[:, None] * (
            0.9 + 0.2 * lowfreq(rng, h, w, 5)
        )
        a = 255 - (255 - a) * g[:, :, None]
    a = a * (np.array(paper, dtype=np.float32) / 255.0)
    ang = float(skew if skew is not None else rng.uniform(-1.8, 1.8))
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(
        a,
        M,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=tuple(float(p) for p in paper),
    )
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = a + rng.normal(0, noise, a.shape[:2])[:, :, None].astype(np.float32)
    for _ in range(specks):
        cx, cy = int(rng.integers(0, w)), int(rng.integers(0, h))
        cv2.circle(a, (cx, cy), int(rng.integers(1, 3)), (70.0, 70.0, 70.0), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    if grey:
        im = im.convert("L")
    if width and im.width > width:
        im = im.resize((width, round(im.height * width / im.width)), Image.LANCZOS)
    return im


def photo(img, rng, long_side=1900, fold=True, shadow=True, bg=(118, 92, 66)):
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = src.shape[:2]
    if fold:
        yf = int(h * rng.uniform(0.35, 0.65))
        band = np.exp(-(((np.arange(h) - yf) / (h * 0.004)) ** 2)).astype(np.float32)
        src = src * (1 - 0.16 * band)[:, None, None]
        src[yf:] *= 0.965
    asp = w / h
    if h >= w:
        CH = long_side
        ph = 0.86 * CH
        pw = ph * asp
        CW = int(max(CH * 0.62, pw * 1.22))
    else:
        CW = long_side
        pw = 0.86 * CW
        ph = pw / asp
        CH = int(ph * 1.22)
    ox, oy = (CW - pw) / 2, (CH - ph) / 2
    j = lambda s: float(rng.uniform(-s, s))  # noqa: E731
    dst = np.float32(
        [
            [ox + j(0.03 * CW), oy + j(0.02 * CH)],
            [ox + pw + j(0.03 * CW), oy + j(0.02 * CH)],
            [ox + pw + j(0.03 * CW), oy + ph + j(0.02 * CH)],
            [ox + j(0.03 * CW), oy + ph + j(0.02 * CH)],
        ]
    )
    srcp = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(srcp, dst)
    warped = cv2.warpPerspective(src, M, (CW, CH), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (CW, CH), flags=cv2.INTER_LINEAR)
    tex = (
        np.array(bg, np.float32)[None, None, :] * (0.82 + 0.3 * lowfreq(rng, CH, CW, 9))[:, :, None]
    )
    tex = tex + rng.normal(0, 7, (CH, CW))[:, :, None].astype(np.float32)
    out = warped * mask[:, :, None] + tex * (1 - mask[:, :, None])
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    gx, gy = float(rng.uniform(-0.18, 0.18)), float(rng.uniform(-0.18, 0.18))
    light = 1.0 + gx * (xx / CW - 0.5) + gy * (yy / CH - 0.5)
    out = out * light[:, :, None] * np.array([1.0, 0.985, 0.95], np.float32)
    if shadow:
        sh = np.zeros((CH, CW), np.float32)
        x0 = int(CW * rng.uniform(0.55, 0.8))
        pts = np.array(
            [[x0, 0], [CW, 0], [CW, CH], [x0 + int(CW * rng.uniform(-0.2, 0.1)), CH]], np.int32
        )
        cv2.fillPoly(sh, [pts], 1.0)
        sh = cv2.GaussianBlur(sh, (0, 0), CW * 0.04)
        out = out * (1 - 0.28 * sh)[:, :, None]
    out = cv2.GaussianBlur(out, (0, 0), 0.8)
    out = out + rng.normal(0, 3.0, out.shape).astype(np.float32)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def images_to_pdf(imgs, size, title):
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(title)
    for im in imgs:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=72)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, size[0], size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- documents
DOCS: dict = {}


def register(name, kind, **spec):
    def deco(fn):
        DOCS[name] = (fn, dict(kind=kind, **spec))
        return fn

    return deco


def sum_items(items):
    return sum((Decimal(i["amount"]) for i in items), ZERO)


# ================================================================ INVOICES
@register("i01", "pdf")
def i01(rnd):
    """DE dental practice, private GOZ bill, exempt fees + 7 % in-house lab."""
    W, H = A4
    d = Doc(A4, "Rechnung 2026-0417")
    d.c.setFillColor(Color(0.1, 0.45, 0.55))
    d.c.circle(62, H - 62, 16, stroke=0, fill=1)
    d.t(62, H - 67, "V", "Helvetica-Bold", 16, "c", white)
    d.t(
        88,
        H - 58,
        "Zahnarztpraxis Dr. Katrin Vollmer",
        "Helvetica-Bold",
        14,
        color=Color(0.1, 0.45, 0.55),
    )
    d.t(88, H - 72, "Zahnärztin · Implantologie · Prophylaxe", "Helvetica", 8.5, color=GREY)
    d.lines(
        W - 50,
        H - 50,
        [
            "Lindenstraße 24",
            "79098 Freiburg im Breisgau",
            "Tel. 0761 2938 440",
            "praxis@zahnarzt-vollmer.de",
        ],
        "Helvetica",
        8,
        align="r",
    )
    d.t(
        57,
        H - 140,
        "Zahnarztpraxis Dr. K. Vollmer · Lindenstraße 24 · 79098 Freiburg",
        "Helvetica",
        6.5,
        color=GREY,
    )
    d.hline(57, 300, H - 143, 0.3, GREY)
    d.lines(
        57,
        H - 158,
        ["Herrn", "Jonas Albrecht", "Wiesentalstraße 7", "79115 Freiburg"],
        "Helvetica",
        10,
        13,
    )
    y = H - 150
    for k, v in [
        ("Rechnungsnummer:", "2026-0417"),
        ("Rechnungsdatum:", "12.03.2026"),
        ("Patient:", "Jonas Albrecht"),
        ("geb.:", "14.08.1984"),
        ("Behandlungszeitraum:", "02.02.–05.03.2026"),
    ]:
        d.t(360, y, k, "Helvetica", 8.5)
        d.t(W - 50, y, v, "Helvetica", 8.5, "r")
        y -= 12
    d.t(
        57,
        H - 245,
        "Liquidation nach der Gebührenordnung für Zahnärzte (GOZ)",
        "Helvetica-Bold",
        11,
    )
    rows = [
        ("02.02.2026", "", "0010", "Eingehende Untersuchung", "2,3", "1", D("25.88")),
        ("02.02.2026", "", "Ä5000", "Röntgen, Zahnfilm", "1,8", "2", D("18.36")),
        ("09.02.2026", "36", "2100", "Präparation, Füllung dreiflächig", "2,3", "1", D("72.91")),
        ("09.02.2026", "36", "2030", "Besondere Maßnahmen", "2,3", "2", D("16.82")),
        ("23.02.2026", "46", "2200", "Teilkrone, Vorbereitung", "2,3", "1", D("264.12")),
        ("05.03.2026", "46", "2210", "Eingliederung Teilkrone", "2,3", "1", D("143.48")),
        ("05.03.2026", "", "1040", "Professionelle Zahnreinigung", "2,3", "28", D("101.92")),
    ]
    items = [li(f"GOZ {r[2]} {r[3]}", r[5], None, r[6]) for r in rows]
    honorar = sum((r[6] for r in rows), ZERO)
    lab = [
        ("Teilkrone Keramik, Eigenlabor (BEB)", D("168.40")),
        ("Material: Abformmaterial, Provisorium", D("18.00")),
    ]
    for desc, a in lab:
        items.append(li(desc, 1, a, a))
    labnet = sum((a for _, a in lab), ZERO)
    vat = q2(labnet * Decimal("0.07"))
    total = honorar + labnet + vat
    cols = [(58, "l"), (30, "c"), (40, "l"), (190, "l"), (40, "c"), (40, "c"), (83, "r")]
    y = table(
        d,
        57,
        H - 275,
        cols,
        [(r[0], r[1], r[2], r[3], r[4], r[5], eu(r[6])) for r in rows],
        "Helvetica",
        8.5,
        header=("Datum", "Zahn", "GOZ-Nr.", "Leistung", "Faktor", "Anz.", "Betrag EUR"),
        hfill=LIGHT,
    )
    d.hline(57, W - 57, y + 4, 0.6)
    y -= 8
    d.t(300, y, "Summe Honorar (umsatzsteuerfrei, § 4 Nr. 14 UStG)", "Helvetica", 8.5, "r")
    d.t(W - 60, y, eu(honorar), "Helvetica", 8.5, "r")
    y -= 22
    d.t(57, y, "Material- und Laborkosten", "Helvetica-Bold", 9)
    y -= 14
    for desc, a in lab:
        d.t(60, y, desc, "Helvetica", 8.5)
        d.t(W - 60, y, eu(a), "Helvetica", 8.5, "r")
        y -= 12
    y -= 8
    for k, v, f in [
        ("Laborkosten netto", eu(labnet), "Helvetica"),
        ("zzgl. 7 % USt auf Laborkosten", eu(vat), "Helvetica"),
        ("Rechnungsbetrag", eu(total) + " €", "Helvetica-Bold"),
    ]:
        d.t(W - 160, y, k, f, 9.5, "r")
        d.t(W - 60, y, v, f, 9.5, "r")
        y -= 15
    d.hline(W - 300, W - 57, y + 27, 0.8)
    y -= 14
    d.lines(
        57,
        y,
        [
            "Bitte überweisen Sie den Rechnungsbetrag bis zum 11.04.2026 unter Angabe der Rechnungsnummer.",
            "Diese Rechnung kann zur Erstattung bei Ihrer privaten Krankenversicherung bzw. Beihilfestelle eingereicht werden.",
        ],
        "Helvetica",
        8.5,
        12,
    )
    d.hline(57, W - 57, 70, 0.4, GREY)
    d.t(
        57,
        58,
        "Sparkasse Freiburg-Nördlicher Breisgau · IBAN DE41 6805 0101 0012 4477 09 · BIC FRSPDE66XXX",
        "Helvetica",
        7,
        color=GREY,
    )
    d.t(
        57,
        48,
        "St.-Nr. 06471/23815 · Zahnärztekammer Baden-Württemberg · Abrechnung über ZA Abrechnungsservice",
        "Helvetica",
        7,
        color=GREY,
    )
    return d.pdf(), truth(
        "2026-0417",
        "2026-03-12",
        "2026-04-11",
        "Zahnarztpraxis Dr. Katrin Vollmer",
        honorar + labnet,
        vat,
        total,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        items,
        "Dental GOZ bill: fees VAT-exempt, only the in-house lab part carries 7 % USt; no overall net line is printed.",
    )


@register("i02", "pdf")
def i02(rnd):
    """FR lawyer's fee note with disbursements outside VAT and a retainer already paid."""
    W, H = A4
    d = Doc(A4, "Note d'honoraires NH-2026-0088")
    d.t(W / 2, H - 60, "LEFÈVRE-DUMAS", "Times-Bold", 22, "c")
    d.t(W / 2, H - 76, "A V O C A T S   A S S O C I É S", "Times-Roman", 9, "c")
    d.hline(200, W - 200, H - 84, 0.6)
    d.t(
        W / 2,
        H - 96,
        "Lefèvre-Dumas Avocats Associés, SELARL au capital de 20 000 € · 14, cours Pasteur · 33000 Bordeaux",
        "Times-Roman",
        8,
        "c",
    )
    d.lines(
        330,
        H - 150,
        [
            "Monsieur Olivier Garnier",
            "SAS Garnier Menuiserie",
            "8, rue des Charpentiers",
            "33130 Bègles",
        ],
        "Times-Roman",
        10.5,
        13.5,
    )
    d.t(57, H - 150, "Bordeaux, le 27 février 2026", "Times-Roman", 10.5)
    d.t(57, H - 235, "NOTE D'HONORAIRES N° NH-2026-0088", "Times-Bold", 13)
    d.t(
        57,
        H - 252,
        "Dossier : Garnier c/ Société Atlantique Bois — Conseil de prud'hommes de Bordeaux — Réf. 24/117",
        "Times-Italic",
        9.5,
    )
    hon = [
        (
            "Honoraires forfaitaires — phase de jugement (convention du 12/09/2025)",
            None,
            D("2400.00"),
        ),
        ("Vacations d'audience (13/01 et 10/02/2026)", ("2", D("350.00")), D("700.00")),
        ("Frais de déplacement (Bordeaux–Libourne, 2 A/R)", None, D("86.40")),
    ]
    deb = [
        ("Droit de plaidoirie", D("13.00")),
        ("Frais de signification (commissaire de justice)", D("35.20")),
    ]
    y = H - 285
    d.t(57, y, "Désignation", "Times-Bold", 10)
    d.t(W - 57, y, "Montant HT", "Times-Bold", 10, "r")
    d.hline(57, W - 57, y - 4, 0.6)
    y -= 20
    items = []
    for desc, qu, a in hon:
        d.t(60, y, desc, "Times-Roman", 10)
        if qu:
            d.t(W - 150, y, f"{qu[0]} × {sp(qu[1])}", "Times-Roman", 10, "r")
        d.t(W - 57, y, sp(a), "Times-Roman", 10, "r")
        items.append(li(desc, qu[0] if qu else 1, qu[1] if qu else a, a))
        y -= 16
    y -= 6
    d.t(57, y, "Débours (hors champ de la TVA, art. 267 II-2° du CGI)", "Times-Bold", 10)
    y -= 16
    for desc, a in deb:
        d.t(60, y, desc, "Times-Roman", 10)
        d.t(W - 57, y, sp(a), "Times-Roman", 10, "r")
        items.append(li(desc, 1, a, a))
        y -= 16
    honht = sum((a for _, _, a in hon), ZERO)
    debt = sum((a for _, a in deb), ZERO)
    tva = q2(honht * Decimal("0.20"))
    ttc = honht + debt + tva
    prov = D("1500.00")
    y -= 10
    d.rect(W - 300, y - 118, 243, 124, stroke=black, lw=0.8)
    for k, v, f in [
        ("Honoraires et frais HT", honht, "Times-Roman"),
        ("Débours non soumis", debt, "Times-Roman"),
        ("Total HT", honht + debt, "Times-Bold"),
        ("TVA 20 % (sur " + sp(honht) + ")", tva, "Times-Roman"),
        ("TOTAL TTC", ttc, "Times-Bold"),
        ("Provision reçue le 15/01/2026", -prov, "Times-Italic"),
        ("SOLDE RESTANT DÛ", ttc - prov, "Times-Bold"),
    ]:
        d.t(W - 292, y - 8, k, f, 10)
        d.t(W - 65, y - 8, sp(v) + " €", f, 10, "r")
        y -= 16.5
    y -= 40
    d.lines(
        57,
        y,
        [
            "Échéance : 29/03/2026. Règlement par virement à l'ordre de la CARPA de Bordeaux.",
            "En cas de retard, pénalités au taux légal majoré et indemnité forfaitaire de 40 € (art. L.441-10 C. com.).",
            "Médiateur de la consommation de la profession d'avocat : mediateur-consommation-avocat.fr",
        ],
        "Times-Roman",
        9,
        12,
    )
    d.hline(57, W - 57, 62, 0.4)
    d.t(
        W / 2,
        50,
        "SIRET 812 447 903 00027 · TVA intracom. FR27 812447903 · IBAN FR76 3000 4008 2800 0114 7726 095",
        "Times-Roman",
        7.5,
        "c",
    )
    return d.pdf(), truth(
        "NH-2026-0088",
        "2026-02-27",
        "2026-03-29",
        "Lefèvre-Dumas Avocats Associés, SELARL",
        honht + debt,
        tva,
        ttc,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        items,
        "Lawyer fee note: disbursements outside VAT; a retainer is deducted after TOTAL TTC so the balance due differs from the total.",
    )


@register("i03", "scan", ext="png", dpi=200, grey=True)
def i03(rnd):
    """NL language school: exempt course fee + 9 % course book, paid by employer."""
    W, H = A4
    d = Doc(A4, "Factuur 26-0312")
    d.rect(0, H - 95, W, 95, fill=Color(0.93, 0.42, 0.12), stroke=None)
    d.t(50, H - 55, "De Brug", "Helvetica-Bold", 28, color=white)
    d.t(
        50,
        H - 75,
        "Taalinstituut De Brug B.V. — Nederlands voor anderstaligen",
        "Helvetica",
        9,
        color=white,
    )
    d.lines(
        W - 50,
        H - 40,
        ["Oudegracht 201", "3511 NH Utrecht", "030 231 88 40", "info@taalinstituutdebrug.nl"],
        "Helvetica",
        8,
        10.5,
        "r",
        white,
    )
    d.t(50, H - 130, "FACTUUR", "Helvetica-Bold", 18)
    d.lines(
        50,
        H - 165,
        [
            "Van Dijk Logistiek B.V.",
            "t.a.v. afdeling HR / crediteurenadministratie",
            "Industrieweg 44",
            "3542 AD Utrecht",
        ],
        "Helvetica",
        9.5,
        12.5,
    )
    meta = [
        ("Factuurnummer", "26-0312"),
        ("Factuurdatum", "3 februari 2026"),
        ("Vervaldatum", "17 februari 2026"),
        ("Cursist", "Mw. A. Kowalczyk"),
        ("Uw referentie", "PO 4500-8821"),
    ]
    y = H - 165
    for k, v in meta:
        d.t(340, y, k, "Helvetica-Bold", 8.5)
        d.t(430, y, v, "Helvetica", 8.5)
        y -= 12.5
    rows = [
        ("Cursus Nederlands B1 intensief (12 weken, 3 x p/w)", "1", D("1150.00"), "vrijgesteld"),
        ("Lesmateriaal 'Nederlands in gang', 3e druk", "1", D("38.99"), "9%"),
    ]
    items = [li(r[0], r[1], r[2], r[2]) for r in rows]
    y = table(
        d,
        50,
        H - 260,
        [(270, "l"), (45, "c"), (80, "r"), (100, "r")],
        [(r[0], r[1], "€ " + eu(r[2]), r[3]) for r in rows],
        "Helvetica",
        9,
        header=("Omschrijving", "Aantal", "Bedrag", "BTW"),
        grid=True,
        hfill=LIGHT,
    )
    net = sum((r[2] for r in rows), ZERO)
    btw = q2(D("38.99") * Decimal("0.09"))
    tot = net + btw
    y -= 20
    for k, v, f in [
        ("Subtotaal", net, "Helvetica"),
        ("BTW 9% over € 38,99", btw, "Helvetica"),
        ("BTW vrijgesteld (art. 11 lid 1 sub o Wet OB) over € 1.150,00", None, "Helvetica"),
        ("Totaal te betalen", tot, "Helvetica-Bold"),
    ]:
        d.t(W - 150, y, k, f, 9, "r")
        if v is not None:
            d.t(W - 55, y, "€ " + eu(v), f, 9, "r")
        y -= 14
    d.lines(
        50,
        y - 20,
        [
            "Wij verzoeken u vriendelijk het totaalbedrag vóór de vervaldatum over te maken op",
            "NL62 RABO 0317 4402 18 t.n.v. Taalinstituut De Brug B.V. o.v.v. het factuurnummer.",
        ],
        "Helvetica",
        9,
        12,
    )
    d.hline(50, W - 50, 60, 0.4)
    d.t(
        W / 2,
        48,
        "KvK 30187462 · BTW NL8154.33.921.B01 · CRKBO-geregistreerd instelling",
        "Helvetica",
        7.5,
        "c",
        GREY,
    )
    return d.pdf(), truth(
        "26-0312",
        "2026-02-03",
        "2026-02-17",
        "Taalinstituut De Brug B.V.",
        net,
        btw,
        tot,
        "EUR",
        "nl-NL",
        "invoice",
        "invoice",
        items,
        "Language school: course fee VAT-exempt, only the book at 9 %; exempt basis printed as a text line with an amount inside it.",
    )


@register("i04", "pdf")
def i04(rnd):
    """ES municipal water company bill with block tariffs, 10 % IVA and a non-taxable waste levy."""
    W, H = A4
    d = Doc(A4, "Factura FA26-0048213")
    blue = Color(0.0, 0.35, 0.65)
    d.rect(40, H - 90, W - 80, 55, fill=blue, stroke=None)
    d.t(55, H - 62, "aguas de alcalá", "Helvetica-Bold", 20, color=white)
    d.t(
        55,
        H - 80,
        "Empresa Municipal de Aguas de Alcalá del Río, S.A.",
        "Helvetica",
        8.5,
        color=white,
    )
    d.lines(
        W - 55,
        H - 55,
        [
            "C/ Real, 12 · 41200 Alcalá del Río (Sevilla)",
            "CIF A41876203 · Atención al cliente 955 650 120",
        ],
        "Helvetica",
        7.5,
        10,
        "r",
        white,
    )
    # two-column header boxes
    d.rect(40, H - 215, 250, 110)
    d.t(48, H - 120, "DATOS DE LA FACTURA", "Helvetica-Bold", 8, color=blue)
    y = H - 136
    for k, v in [
        ("Nº factura", "FA26-0048213"),
        ("Fecha de emisión", "05/03/2026"),
        ("Periodo facturado", "01/01/2026 - 28/02/2026"),
        ("Fecha de cargo en cuenta", "20/03/2026"),
        ("Nº contrato", "0012-447810"),
        ("Referencia catastral", "8432107TG4383S0001QP"),
    ]:
        d.t(48, y, k, "Helvetica", 8)
        d.t(282, y, v, "Helvetica-Bold", 8, "r")
        y -= 13
    d.rect(305, H - 215, W - 345, 110)
    d.t(313, H - 120, "TITULAR DEL CONTRATO", "Helvetica-Bold", 8, color=blue)
    d.lines(
        313,
        H - 138,
        [
            "Dª. María del Carmen Ruiz Ortega",
            "Avda. de la Constitución, 37, 2º B",
            "41200 Alcalá del Río (Sevilla)",
            "NIF: 28******K",
            "Domiciliación: ES12 **** **** **** **** 4471",
        ],
        "Helvetica",
        8.5,
        12.5,
    )
    d.t(40, H - 240, "LECTURAS Y CONSUMO", "Helvetica-Bold", 9, color=blue)
    table(
        d,
        40,
        H - 258,
        [(130, "l"), (100, "r"), (100, "r"), (90, "r"), (95, "r")],
        [("Contador 18NA073321", "1.284", "1.308", "24 m³", "Real")],
        "Helvetica",
        8.5,
        header=("Contador", "Lectura anterior", "Lectura actual", "Consumo", "Tipo lectura"),
        grid=True,
        hfill=LIGHT,
    )
    rows = [
        ("Cuota de servicio abastecimiento", "2 meses", "4,9200", D("9.84")),
        ("Consumo bloque 1 (0-10 m³)", "10 m³", "0,4820", q2(10 * Decimal("0.4820"))),
        ("Consumo bloque 2 (11-20 m³)", "10 m³", "0,7350", q2(10 * Decimal("0.7350"))),
        ("Consumo bloque 3 (>20 m³)", "4 m³", "1,1240", q2(4 * Decimal("1.1240"))),
        ("Cuota de servicio alcantarillado", "2 meses", "2,6000", D("5.20")),
        ("Consumo alcantarillado", "24 m³", "0,2150", q2(24 * Decimal("0.2150"))),
        ("Depuración", "24 m³", "0,3100", q2(24 * Decimal("0.3100"))),
    ]
    d.t(40, H - 318, "DETALLE DE LA FACTURA", "Helvetica-Bold", 9, color=blue)
    y = table(
        d,
        40,
        H - 336,
        [(235, "l"), (80, "r"), (90, "r"), (110, "r")],
        [(r[0], r[1], r[2], eu(r[3])) for r in rows],
        "Helvetica",
        8.5,
        header=("Concepto", "Cantidad", "Precio (€)", "Importe (€)"),
        hfill=LIGHT,
    )
    base = sum((r[3] for r in rows), ZERO)
    iva = q2(base * Decimal("0.10"))
    tasa = D("18.60")
    total = base + iva + tasa
    y -= 4
    d.t(45, y, "Tasa municipal de recogida de residuos (no sujeta a IVA)", "Helvetica", 8.5)
    d.t(W - 48, y, eu(tasa), "Helvetica", 8.5, "r")
    items = [li(r[0], r[1].split()[0], Decimal(r[2].replace(",", ".")), r[3]) for r in rows] + [
        li("Tasa municipal de recogida de residuos", 1, tasa, tasa)
    ]
    y -= 30
    d.rect(W - 250, y - 78, 210, 92, stroke=blue, lw=1)
    for k, v, f in [
        ("Base imponible IVA 10%", base, "Helvetica"),
        ("IVA 10%", iva, "Helvetica"),
        ("Conceptos no sujetos", tasa, "Helvetica"),
        ("Total sin impuestos", base + tasa, "Helvetica"),
        ("TOTAL FACTURA", total, "Helvetica-Bold"),
    ]:
        d.t(W - 242, y, k, f, 9 if f == "Helvetica" else 11)
        d.t(W - 48, y, eu(v) + " €", f, 9 if f == "Helvetica" else 11, "r")
        y -= 16
    d.lines(
        40,
        130,
        [
            "Esta factura se cargará en su cuenta el 20/03/2026.",
            "Consumo medio diario: 0,41 m³. Mismo periodo del año anterior: 22 m³.",
            "Reclamaciones: Oficina de Atención al Cliente o sede electrónica del Ayuntamiento.",
        ],
        "Helvetica",
        8,
        11,
    )
    d.hline(40, W - 40, 62, 0.4)
    d.t(
        W / 2,
        50,
        "Inscrita en el Registro Mercantil de Sevilla, Tomo 4.512, Folio 88, Hoja SE-71.204 · Sociedad de capital 100% municipal",
        "Helvetica",
        6.5,
        "c",
        GREY,
    )
    return d.pdf(), truth(
        "FA26-0048213",
        "2026-03-05",
        "2026-03-20",
        "Empresa Municipal de Aguas de Alcalá del Río, S.A.",
        base + tasa,
        iva,
        total,
        "EUR",
        "es-ES",
        "invoice",
        "invoice",
        items,
        "Municipal water bill: 4-decimal block tariffs, non-taxable waste levy outside the IVA base, the due date is a direct-debit date; meter readings are numbers too.",
    )


@register("i05", "photo", dpi=170, long_side=2100)
def i05(rnd):
    """PT farm co-operative, mixed 6 % / 23 % IVA, ATCUD, Multibanco reference."""
    W, H = A4
    d = Doc(A4, "FT 2026/1187")
    green = Color(0.2, 0.45, 0.15)
    d.c.setFillColor(green)
    d.c.wedge(45, H - 100, 105, H - 40, 0, 180, stroke=0, fill=1)
    d.t(
        115,
        H - 60,
        "Cooperativa Agrícola de Vale do Sorraia, C.R.L.",
        "Helvetica-Bold",
        12,
        color=green,
    )
    d.lines(
        115,
        H - 74,
        [
            "Estrada Nacional 119, km 14 · 2100-300 Coruche",
            "NIF 501 234 870 · Tel. 243 610 455 · geral@cavsorraia.pt",
        ],
        "Helvetica",
        8,
        10,
    )
    d.t(W - 45, H - 125, "FATURA", "Helvetica-Bold", 16, "r")
    d.t(W - 45, H - 140, "Original", "Helvetica", 8, "r")
    d.rect(45, H - 225, 240, 80)
    d.lines(
        52,
        H - 158,
        [
            "Exmo.(s) Sr.(s)",
            "Joaquim Manuel Calado Lopes",
            "Herdade da Azinhaga",
            "2100-112 Coruche",
            "NIF: 187 554 320 · Sócio n.º 2214",
        ],
        "Helvetica",
        8.5,
        12,
    )
    y = H - 158
    for k, v in [
        ("N.º Documento", "FT 2026/1187"),
        ("Data", "18/02/2026"),
        ("Vencimento", "20/03/2026"),
        ("ATCUD", "JFK3R7MP-1187"),
        ("Cond. Pagamento", "30 dias"),
    ]:
        d.t(320, y, k, "Helvetica", 8.5)
        d.t(W - 45, y, v, "Helvetica-Bold", 8.5, "r")
        y -= 13
    rows = [
        ("ADU015", "Adubo NPK 15-15-15 saco 25 kg", "12", "SC", D("18.90"), 6),
        ("SEM220", "Semente milho híbrido FAO 600 (50.000 gr)", "8", "UN", D("142.50"), 6),
        ("FIT031", "Herbicida pré-emergência 5 L", "2", "UN", D("64.80"), 6),
        ("GAS002", "Gasóleo colorido agrícola", "350", "L", D("1.082"), 23),
        ("FER118", "Luvas nitrilo (cx 100) e arame galv. 2,2 mm", "1", "UN", D("47.35"), 23),
    ]
    tr = []
    items = []
    bases = {6: ZERO, 23: ZERO}
    for code, desc, q, un, p, r in rows:
        a = q2(Decimal(q) * p)
        bases[r] += a
        tr.append(
            (
                code,
                desc,
                q,
                un,
                fmt(p, ",", ".", 3) if p.as_tuple().exponent < -2 else eu(p),
                f"{r}%",
                eu(a),
            )
        )
        items.append({"description": desc, "quantity": q, "unit_price": str(p), "amount": str(a)})
    y = table(
        d,
        45,
        H - 255,
        [(50, "l"), (205, "l"), (40, "r"), (28, "c"), (60, "r"), (40, "r"), (82, "r")],
        tr,
        "Helvetica",
        8,
        header=("Artigo", "Descrição", "Qtd.", "Un.", "Preço", "IVA", "Valor"),
        hfill=Color(0.85, 0.92, 0.82),
        grid=True,
    )
    ivas = {r: q2(b * r / 100) for r, b in bases.items()}
    net = sum(bases.values(), ZERO)
    vat = sum(ivas.values(), ZERO)
    tot = net + vat
    y -= 10
    d.t(45, y, "Quadro resumo do IVA", "Helvetica-Bold", 8.5)
    table(
        d,
        45,
        y - 16,
        [(60, "l"), (90, "r"), (80, "r")],
        [(f"{r}%", eu(bases[r]), eu(ivas[r])) for r in (6, 23)],
        "Helvetica",
        8,
        header=("Taxa", "Incidência", "IVA"),
        grid=True,
    )
    yy = y
    for k, v, f in [
        ("Total Ilíquido", net, "Helvetica"),
        ("Total IVA", vat, "Helvetica"),
        ("Total a Pagar (EUR)", tot, "Helvetica-Bold"),
    ]:
        d.t(W - 150, yy, k, f, 9.5, "r")
        d.t(W - 48, yy, eu(v), f, 9.5, "r")
        yy -= 16
    d.rect(45, 120, 200, 60)
    d.lines(
        53,
        166,
        [
            "Pagamento por Multibanco",
            "Entidade: 21098",
            "Referência: 304 118 776",
            "Montante: " + eu(tot) + " €",
        ],
        "Helvetica",
        8,
        11,
    )
    d.qr(W - 110, 115, 65, rnd)
    d.t(
        45,
        90,
        "Os bens foram colocados à disposição do adquirente na data do documento.",
        "Helvetica",
        7.5,
    )
    d.t(
        45,
        60,
        "wP3k - Processado por programa certificado n.º 2871/AT · Capital social variável · CRC Santarém",
        "Helvetica",
        7,
        color=GREY,
    )
    return d.pdf(), truth(
        "FT 2026/1187",
        "2026-02-18",
        "2026-03-20",
        "Cooperativa Agrícola de Vale do Sorraia, C.R.L.",
        net,
        vat,
        tot,
        "EUR",
        "pt-PT",
        "invoice",
        "invoice",
        items,
        "Farm co-op: mixed 6 %/23 % IVA with a summary table, 3-decimal fuel price, ATCUD code and Multibanco reference look like numbers; photo with shadow.",
    )


@register("i06", "scan", ext="pdf", dpi=170, grey=True)
def i06(rnd):
    """IT construction firm, progress invoice (SAL 3), previous SALs + 5 % retention deducted, 2 pages."""
    W, H = A4
    d = Doc(A4, "Fattura 27/2026")

    def head(pg):
        d.t(50, H - 55, "EDILCOSTRUZIONI FERRARO S.r.l.", "Times-Bold", 15)
        d.t(
            50,
            H - 70,
            "Costruzioni civili e industriali · Restauro e risanamento",
            "Times-Italic",
            9,
        )
        d.lines(
            W - 50,
            H - 50,
            [
                "Via dell'Artigianato, 41 – 37135 Verona",
                "P.IVA/C.F. 03418770237 · REA VR-331902",
                "Cap. soc. € 100.000,00 i.v.",
            ],
            "Times-Roman",
            8,
            10,
            "r",
        )
        d.hline(50, W - 50, H - 82, 1.2)
        d.t(W - 50, 40, f"Pagina {pg} di 2", "Times-Roman", 8, "r")

    head(1)
    d.lines(
        320,
        H - 115,
        [
            "Spett.le",
            "Condominio \u201cResidenza I Tigli\u201d",
            "c/o Studio Amm.ni Bertolini",
            "Via Mazzini, 18 – 37121 Verona",
            "C.F. 93187440235",
        ],
        "Times-Roman",
        10,
        13,
    )
    y = H - 115
    for k, v in [
        ("FATTURA N.", "27/2026"),
        ("Data", "31/03/2026"),
        ("Scadenza", "30/04/2026"),
        ("Tipo documento", "TD01"),
        ("CIG/CUP", "—"),
    ]:
        d.t(50, y, k, "Times-Bold", 9.5)
        d.t(150, y, v, "Times-Roman", 9.5)
        y -= 13
    d.t(
        50,
        H - 200,
        "Oggetto: Lavori di manutenzione straordinaria facciate e coperture – Contratto d'appalto del 10/09/2025",
        "Times-Bold",
        9.5,
    )
    d.t(
        50,
        H - 214,
        "Stato di Avanzamento Lavori n. 3 a tutto il 28/03/2026 – Certificato di pagamento D.L. n. 3 del 30/03/2026",
        "Times-Roman",
        9.5,
    )
    works = [
        ("A.01", "Opere provvisionali, ponteggi e recinzioni", D("38500.00"), 100),
        ("A.02", "Rifacimento intonaci e tinteggiatura facciate", D("142000.00"), 60),
        ("A.03", "Impermeabilizzazione coperture piane", D("56800.00"), 75),
        ("A.04", "Sostituzione lattonerie e pluviali", D("18400.00"), 40),
        ("A.05", "Oneri della sicurezza (non soggetti a ribasso)", D("9600.00"), 70),
    ]
    rows, items = [], []
    cum = ZERO
    for code, desc, contr, pct in works:
        a = q2(contr * pct / 100)
        cum += a
        rows.append((code, desc, eu(contr), f"{pct}%", eu(a)))
        items.append(li(f"{code} {desc} (SAL {pct}%)", 1, a, a))
    y = table(
        d,
        50,
        H - 250,
        [(40, "l"), (230, "l"), (80, "r"), (50, "r"), (95, "r")],
        rows,
        "Times-Roman",
        9,
        header=("Voce", "Descrizione", "Importo contratto", "Avanz.", "Eseguito"),
        grid=True,
        hfill=LIGHT,
    )
    d.t(W - 150, y - 6, "Totale lavori eseguiti a tutto il SAL 3", "Times-Bold", 9.5, "r")
    d.t(W - 55, y - 6, eu(cum), "Times-Bold", 9.5, "r")
    d.lines(
        50,
        y - 50,
        [
            "Il dettaglio delle misurazioni è riportato nel Libretto delle misure allegato al certificato di pagamento.",
            "Aliquota IVA agevolata 10% ai sensi del n. 127-quaterdecies, Tab. A, parte III, DPR 633/72",
            "(interventi di recupero del patrimonio edilizio, art. 3 c. 1 lett. b) DPR 380/2001).",
            "",
            "Segue riepilogo a pagina 2.",
        ],
        "Times-Roman",
        9,
        12.5,
    )
    d.page()
    head(2)
    d.t(50, H - 115, "Fattura n. 27/2026 del 31/03/2026 – Riepilogo SAL n. 3", "Times-Bold", 11)
    sal1, sal2 = D("52000.00"), D("61250.00")
    sal3 = cum - sal1 - sal2
    ret = q2(sal3 * Decimal("0.05"))
    imp = sal3 - ret
    iva = q2(imp * Decimal("0.10"))
    tot = imp + iva
    ra = q2(imp * Decimal("0.04"))
    y = H - 150
    for k, v, f in [
        ("Importo lavori eseguiti a tutto il SAL n. 3", cum, "Times-Roman"),
        ("a dedurre: SAL n. 1 (fatt. n. 8/2026 del 30/01/2026)", -sal1, "Times-Roman"),
        ("a dedurre: SAL n. 2 (fatt. n. 16/2026 del 27/02/2026)", -sal2, "Times-Roman"),
        ("Importo del presente SAL n. 3", sal3, "Times-Bold"),
        ("Ritenuta a garanzia 5% (svincolo a collaudo)", -ret, "Times-Roman"),
        ("Imponibile", imp, "Times-Bold"),
        ("IVA 10%", iva, "Times-Roman"),
        ("TOTALE FATTURA", tot, "Times-Bold"),
        ("Ritenuta d'acconto 4% su imponibile (art. 25-ter DPR 600/73)", -ra, "Times-Italic"),
        ("NETTO A PAGARE", tot - ra, "Times-Bold"),
    ]:
        d.t(60, y, k, f, 10)
        d.t(W - 60, y, "€ " + eu(v), f, 10, "r")
        if k in ("Importo del presente SAL n. 3", "Imponibile", "TOTALE FATTURA"):
            d.hline(60, W - 60, y + 12, 0.5)
        y -= 20
    d.lines(
        50,
        y - 20,
        [
            "Modalità di pagamento: bonifico bancario entro il 30/04/2026",
            "Banco BPM – IBAN IT60 X050 3411 7010 0000 0024 817",
            "Split payment: NO · Reverse charge: NO",
            "Documento trasmesso al Sistema di Interscambio (SdI) – copia di cortesia.",
        ],
        "Times-Roman",
        9,
        13,
    )
    d.t(W - 120, 120, "Il Direttore Tecnico", "Times-Italic", 9, "c")
    d.c.setStrokeColor(Color(0.1, 0.1, 0.45))
    d.c.bezier(W - 170, 95, W - 150, 115, W - 110, 80, W - 70, 100)
    return d.pdf(), truth(
        "27/2026",
        "2026-03-31",
        "2026-04-30",
        "EDILCOSTRUZIONI FERRARO S.r.l.",
        imp,
        iva,
        tot,
        "EUR",
        "it-IT",
        "invoice",
        "invoice",
        items,
        "Construction progress invoice (SAL 3) over two pages: cumulative works minus previous SALs and 5 % retention give the imponibile; withholding tax reduces the NETTO A PAGARE below TOTALE FATTURA. Line items are cumulative work values (they do not sum to the net).",
    )


@register("i07", "pdf")
def i07(rnd):
    """PL translation agency, Faktura VAT, wide table, amount in words."""
    W, H = A4
    d = Doc(A4, "Faktura FV/112/03/2026")
    d.t(45, H - 55, "LINGUA", "DVB", 24, color=Color(0.55, 0.1, 0.2))
    d.t(150, H - 55, "POL", "DV", 24, color=Color(0.55, 0.1, 0.2))
    d.t(
        45,
        H - 70,
        "Biuro Tłumaczeń · tłumaczenia przysięgłe i specjalistyczne",
        "DV",
        8,
        color=GREY,
    )
    d.t(W - 45, H - 50, "Faktura VAT nr FV/112/03/2026", "DVB", 12, "r")
    d.lines(
        W - 45,
        H - 66,
        [
            "Data wystawienia: 09.03.2026",
            "Data sprzedaży: 06.03.2026",
            "Miejsce wystawienia: Kraków",
        ],
        "DV",
        8,
        10.5,
        "r",
    )
    d.t(45, H - 120, "Sprzedawca", "DVB", 9)
    d.t(310, H - 120, "Nabywca", "DVB", 9)
    d.hline(45, 280, H - 124, 0.5)
    d.hline(310, W - 45, H - 124, 0.5)
    d.lines(
        45,
        H - 138,
        [
            "Biuro Tłumaczeń LINGUA-POL Sp. z o.o.",
            "ul. Długa 38/4",
            "31-146 Kraków",
            "NIP: 676-248-19-03",
            "KRS: 0000587412",
        ],
        "DV",
        8.5,
        11.5,
    )
    d.lines(
        310,
        H - 138,
        [
            "Medtech Solutions Polska Sp. z o.o.",
            "al. Jerozolimskie 181B",
            "02-222 Warszawa",
            "NIP: 522-301-77-46",
        ],
        "DV",
        8.5,
        11.5,
    )
    rows = [
        ("Tłumaczenie przysięgłe DE-PL, dokumentacja rejestrowa", "str.", "14", D("54.00")),
        ("Tłumaczenie zwykłe EN-PL, umowa licencyjna", "str.", "23", D("38.00")),
        ("Weryfikacja native speaker (proofreading)", "str.", "23", D("12.00")),
        ("Dopłata za tryb ekspresowy (+25%)", "usł.", "1", D("437.00")),
    ]
    tr, items = [], []
    net = ZERO
    for i, (n, u, q, p) in enumerate(rows, 1):
        a = q2(Decimal(q) * p)
        v = q2(a * Decimal("0.23"))
        net += a
        tr.append((str(i), n, u, q, sp(p), sp(a), "23%", sp(v), sp(a + v)))
        items.append(li(n, q, p, a))
    vat = q2(net * Decimal("0.23"))
    tot = net + vat
    y = table(
        d,
        45,
        H - 215,
        [
            (18, "c"),
            (190, "l"),
            (28, "c"),
            (30, "r"),
            (50, "r"),
            (55, "r"),
            (32, "c"),
            (50, "r"),
            (52, "r"),
        ],
        tr,
        "DVC",
        7.5,
        header=(
            "Lp.",
            "Nazwa towaru lub usługi",
            "J.m.",
            "Ilość",
            "Cena netto",
            "Wart. netto",
            "VAT",
            "Kwota VAT",
            "Wart. brutto",
        ),
        grid=True,
        hfill=LIGHT,
    )
    y -= 10
    table(
        d,
        45 + 316,
        y,
        [(55, "r"), (32, "c"), (50, "r"), (52, "r")],
        [(sp(net), "23%", sp(vat), sp(tot))],
        "DVC",
        7.5,
        header=("Netto", "Stawka", "VAT", "Brutto"),
        grid=True,
    )
    d.t(45, y, "Razem:", "DVB", 9)
    y -= 60
    d.t(45, y, "Do zapłaty: " + sp(tot) + " PLN", "DVB", 12)
    d.t(45, y - 16, "Słownie: dwa tysiące osiemset osiemdziesiąt jeden złotych 89/100", "DV", 8.5)
    d.lines(
        45,
        y - 40,
        [
            "Sposób płatności: przelew · Termin płatności: 23.03.2026 (14 dni)",
            "Numer rachunku: mBank 47 1140 2004 0000 3102 7745 1189",
            "W tytule przelewu prosimy podać numer faktury.",
        ],
        "DV",
        8.5,
        12,
    )
    d.hline(60, 220, 120, 0.4)
    d.hline(W - 220, W - 60, 120, 0.4)
    d.t(140, 108, "Osoba upoważniona do odbioru", "DV", 7, "c", GREY)
    d.t(W - 140, 108, "Osoba upoważniona do wystawienia", "DV", 7, "c", GREY)
    d.t(
        W / 2,
        50,
        "Sąd Rejonowy dla Krakowa-Śródmieścia, XI Wydział Gospodarczy KRS · Kapitał zakładowy 50 000 zł",
        "DV",
        6.5,
        "c",
        GREY,
    )
    assert str(tot) == "2881.89"
    return d.pdf(), truth(
        "FV/112/03/2026",
        "2026-03-09",
        "2026-03-23",
        "Biuro Tłumaczeń LINGUA-POL Sp. z o.o.",
        net,
        vat,
        tot,
        "PLN",
        "pl-PL",
        "invoice",
        "invoice",
        items,
        "Polish VAT invoice: issue date vs sale date, nine-column table in condensed type, amount in words, space thousands separator.",
    )


@register("i08", "scan", ext="png", dpi=150, grey=True, blur=0.5)
def i08(rnd):
    """CZ IT freelancer, not a VAT payer, variable symbol."""
    W, H = A4
    d = Doc(A4, "Faktura 2026015")
    d.t(50, H - 60, "FAKTURA – DAŇOVÝ DOKLAD NENÍ", "DVB", 9, color=GREY)
    d.t(W - 50, H - 60, "Faktura č. 2026015", "DVB", 16, "r")
    d.rect(50, H - 230, 240, 150, stroke=GREY)
    d.rect(305, H - 230, W - 355, 150, stroke=GREY)
    d.t(58, H - 95, "Dodavatel", "DV", 8, color=GREY)
    d.lines(
        58,
        H - 112,
        [
            "Ing. Tomáš Novotný",
            "Vývoj software a správa serverů",
            "Křižíkova 148/34",
            "186 00 Praha 8",
            "IČO: 08412736",
            "Nejsem plátce DPH.",
            "Fyzická osoba zapsaná v živnostenském",
            "rejstříku ÚMČ Praha 8",
        ],
        "DV",
        8.5,
        12,
    )
    d.t(313, H - 95, "Odběratel", "DV", 8, color=GREY)
    d.lines(
        313,
        H - 112,
        [
            "Pekárna Hradil s.r.o.",
            "Palackého 1290",
            "530 02 Pardubice",
            "IČO: 27481301",
            "DIČ: CZ27481301",
        ],
        "DV",
        9,
        12.5,
    )
    y = H - 255
    for k, v in [
        ("Datum vystavení:", "02.02.2026"),
        ("Datum splatnosti:", "16.02.2026"),
        ("Forma úhrady:", "převodem"),
        ("Variabilní symbol:", "2026015"),
        ("Číslo účtu:", "2401887513/2010 (Fio banka)"),
    ]:
        d.t(58, y, k, "DV", 9)
        d.t(170, y, v, "DVB", 9)
        y -= 13
    rows = [
        ("Vývoj webové aplikace – objednávkový systém, leden 2026", "62 h", D("850.00"), D("62")),
        ("Správa serveru a zálohování (paušál)", "1", D("3500.00"), D("1")),
        ("Prodloužení domény pekarnahradil.cz", "1", D("290.00"), D("1")),
    ]
    tr, items = [], []
    tot = ZERO
    for desc, qd, p, q in rows:
        a = q2(q * p)
        tot += a
        tr.append((desc, qd, sp(p), sp(a)))
        items.append(li(desc, q, p, a))
    y = table(
        d,
        50,
        y - 20,
        [(290, "l"), (50, "r"), (75, "r"), (80, "r")],
        tr,
        "DV",
        8.5,
        header=("Označení dodávky", "Množství", "Cena/MJ", "Celkem"),
    )
    d.hline(50, W - 50, y + 8, 0.8)
    d.rect(W - 280, y - 40, 230, 30, fill=LIGHT, stroke=None)
    d.t(W - 272, y - 30, "Celkem k úhradě:", "DVB", 11)
    d.t(W - 58, y - 30, sp(tot) + " Kč", "DVB", 11, "r")
    d.qr(50, y - 130, 80, rnd)
    d.t(140, y - 60, "QR Platba", "DV", 8, color=GREY)
    d.t(
        50,
        60,
        "Vystavil: Ing. Tomáš Novotný · tomas@novotny.dev · +420 604 118 227",
        "DV",
        7.5,
        color=GREY,
    )
    return d.pdf(), truth(
        "2026015",
        "2026-02-02",
        "2026-02-16",
        "Ing. Tomáš Novotný",
        tot,
        None,
        tot,
        "CZK",
        "cs-CZ",
        "invoice",
        "invoice",
        items,
        "Czech freelancer not registered for VAT (no tax at all); the invoice number repeats as variable symbol; IČO/DIČ of both parties; downscaled grey scan.",
    )


@register("i09", "photo", dpi=170, long_side=2000)
def i09(rnd):
    """SE car repair shop, labour + parts, öresavrundning, OCR and bankgiro."""
    W, H = A4
    d = Doc(A4, "Faktura 41877")
    d.rect(40, H - 85, 60, 45, fill=Color(0.8, 0.1, 0.1), stroke=None)
    d.t(70, H - 70, "LB", "Helvetica-Bold", 22, "c", white)
    d.t(110, H - 58, "Lindqvists Bilverkstad AB", "Helvetica-Bold", 15)
    d.t(110, H - 74, "Verkstadsgatan 9 · 721 34 Västerås · 021-13 44 90", "Helvetica", 8.5)
    d.t(W - 40, H - 58, "FAKTURA", "Helvetica-Bold", 18, "r")
    grid = [
        ("Fakturanr", "41877"),
        ("Fakturadatum", "2026-03-16"),
        ("Förfallodatum", "2026-04-15"),
        ("Kundnr", "10442"),
        ("OCR", "418772604"),
    ]
    x = 40
    for k, v in grid:
        d.rect(x, H - 135, 103, 34, stroke=black, lw=0.5)
        d.t(x + 4, H - 112, k, "Helvetica", 7, color=GREY)
        d.t(x + 4, H - 127, v, "Helvetica-Bold", 10)
        x += 103
    d.lines(
        40,
        H - 160,
        ["Kund:", "Annika Berglund", "Kopparbergsvägen 62", "722 13 Västerås"],
        "Helvetica",
        9.5,
        12.5,
    )
    d.lines(
        330,
        H - 160,
        [
            "Fordon: Volvo V60 D4 2019",
            "Reg.nr: KLT 58X",
            "Mätarställning: 84 312 km",
            "Arbetsorder: AO-22917",
        ],
        "Helvetica",
        9.5,
        12.5,
    )
    rows = [
        ("Arbete", "Service enl. tillverkarens program", "2,5", "tim", D("2.5"), D("895.00")),
        ("Arbete", "Byte bromsbelägg fram", "1,2", "tim", D("1.2"), D("895.00")),
        ("Material", "Motorolja 5W-30 VCC RBS0-2AE", "4,8", "l", D("4.8"), D("149.00")),
        ("Material", "Oljefilter 31372212", "1", "st", D("1"), D("189.00")),
        ("Material", "Bromsbelägg fram, sats", "1", "st", D("1"), D("1249.00")),
        ("Övrigt", "Miljöavgift / förbrukningsmaterial", "1", "st", D("1"), D("95.00")),
    ]
    tr, items = [], []
    net = ZERO
    for typ, desc, qd, u, q, p in rows:
        a = q2(q * p)
        net += a
        tr.append((typ, desc, qd, u, sp(p), sp(a)))
        items.append(li(desc, q, p, a))
    y = table(
        d,
        40,
        H - 235,
        [(60, "l"), (220, "l"), (40, "r"), (30, "l"), (65, "r"), (100, "r")],
        tr,
        "Helvetica",
        9,
        header=("Typ", "Benämning", "Antal", "Enh", "À-pris", "Belopp"),
        grid=True,
        hfill=LIGHT,
    )
    moms = q2(net * Decimal("0.25"))
    raw = net + moms
    tot = raw.quantize(Decimal("1"), ROUND_HALF_UP)
    rnd_ = tot - raw
    y -= 20
    x = 40
    for k, v in [
        ("Summa exkl. moms", sp(net)),
        ("Moms 25 %", sp(moms)),
        ("Öresavrundning", sp(rnd_)),
        ("ATT BETALA SEK", sp(tot)),
    ]:
        d.rect(
            x, y - 22, 128, 34, stroke=black, lw=0.5, fill=LIGHT if k.startswith("ATT") else None
        )
        d.t(x + 4, y + 2, k, "Helvetica", 7.5, color=GREY)
        d.t(x + 124, y - 14, v, "Helvetica-Bold", 11, "r")
        x += 128.7
    d.lines(
        40,
        y - 60,
        [
            "Betalningsvillkor 30 dagar netto. Vid försenad betalning debiteras dröjsmålsränta enligt räntelagen.",
            "Garanti på utfört arbete 12 månader enligt Motorbranschens villkor.",
        ],
        "Helvetica",
        8.5,
        12,
    )
    d.hline(40, W - 40, 70, 0.4)
    for i, t in enumerate(
        [
            "Bankgiro 5312-8804",
            "Org.nr 556712-4490",
            "Momsreg.nr SE556712449001",
            "Godkänd för F-skatt",
        ]
    ):
        d.t(40 + i * 130, 56, t, "Helvetica", 7.5)
    return d.pdf(), truth(
        "41877",
        "2026-03-16",
        "2026-04-15",
        "Lindqvists Bilverkstad AB",
        net,
        moms,
        tot,
        "SEK",
        "sv-SE",
        "invoice",
        "invoice",
        items,
        "Swedish workshop invoice: totals in a row of boxes, öre rounding line, OCR number and customer number near the invoice number, ISO dates; photographed.",
        rounding=rnd_,
    )


@register("i10", "pdf")
def i10(rnd):
    """TR event venue, e-Arşiv style invoice, discount, KDV 20 %."""
    W, H = A4
    d = Doc(A4, "e-Arşiv Fatura BEO2026000000214")
    d.lines(40, H - 50, ["BOĞAZİÇİ ETKİNLİK VE ORGANİZASYON", "HİZMETLERİ A.Ş."], "DVB", 10, 13)
    d.lines(
        40,
        H - 80,
        [
            "Kuruçeşme Cad. No: 54 Beşiktaş / İstanbul",
            "Tel: 0212 263 41 00  Web: bogazicietkinlik.com.tr",
            "Vergi Dairesi: Beşiktaş  VKN: 1840337219",
            "Mersis No: 0184033721900015",
        ],
        "DV",
        7.5,
        10,
    )
    d.c.setFillColor(Color(0.75, 0.1, 0.1))
    d.c.circle(W / 2, H - 75, 26, stroke=0, fill=1)
    d.t(W / 2, H - 72, "e-ARŞİV", "DVB", 7, "c", white)
    d.t(W / 2, H - 82, "FATURA", "DVB", 7, "c", white)
    d.qr(W - 120, H - 130, 80, rnd)
    d.hline(40, W - 40, H - 140, 0.6)
    d.t(40, H - 158, "SAYIN", "DVB", 9)
    d.lines(
        40,
        H - 172,
        [
            "Ege Medikal Cihazlar Ltd. Şti.",
            "Atatürk Mah. Ertuğrul Gazi Sok. No: 3",
            "Ataşehir / İstanbul",
            "Vergi Dairesi: Kozyatağı  VKN: 3290448812",
        ],
        "DV",
        8.5,
        11.5,
    )
    y = H - 165
    d.rect(W - 250, H - 260, 210, 110, stroke=black, lw=0.5)
    for k, v in [
        ("Özelleştirme No", "TR1.2"),
        ("Senaryo", "EARSIVFATURA"),
        ("Fatura Tipi", "SATIS"),
        ("Fatura No", "BEO2026000000214"),
        ("Fatura Tarihi", "21.02.2026"),
        ("Son Ödeme Tarihi", "07.03.2026"),
        ("Etkinlik Tarihi", "19.02.2026"),
    ]:
        d.t(W - 244, y, k, "DVB", 7.5)
        d.t(W - 46, y, v, "DV", 7.5, "r")
        y -= 13.5
    d.t(40, H - 250, "ETTN: 6f1c2b7e-4d0a-4e8b-9a53-2cbb1e8f0d47", "DV", 7.5)
    rows = [
        ("Salon kiralama (tam gün, Kristal Salon)", D("1"), "Gün", D("85000.00"), D("10"), "%20"),
        ("Kokteyl menü", D("180"), "Kişi", D("650.00"), D("0"), "%20"),
        ("Ses ve ışık sistemi, teknik ekip", D("1"), "Adet", D("22500.00"), D("0"), "%20"),
        ("Sahne ve masa dekorasyonu", D("1"), "Adet", D("14750.00"), D("0"), "%20"),
    ]
    tr, items = [], []
    gross = disc = ZERO
    for desc, q, u, p, dp, k in rows:
        g = q2(q * p)
        dd = q2(g * dp / 100)
        gross += g
        disc += dd
        tr.append(
            (
                desc,
                qs(q) + " " + u,
                eu(p) + " TL",
                "%" + qs(dp) if dp else "",
                eu(dd) + " TL" if dd else "",
                k,
                eu(q2(g * Decimal("0.2")) - q2(dd * Decimal("0.2"))) + " TL",
                eu(g - dd) + " TL",
            )
        )
        items.append(li(desc, q, p, g - dd))
    y = table(
        d,
        40,
        H - 285,
        [(150, "l"), (52, "r"), (62, "r"), (30, "r"), (50, "r"), (30, "c"), (55, "r"), (86, "r")],
        tr,
        "DVC",
        7,
        header=(
            "Mal Hizmet",
            "Miktar",
            "Birim Fiyat",
            "İsk.",
            "İsk. Tutarı",
            "KDV",
            "KDV Tutarı",
            "Mal Hizmet Tutarı",
        ),
        grid=True,
        hfill=LIGHT,
    )
    net = gross - disc
    kdv = q2(net * Decimal("0.20"))
    tot = net + kdv
    y -= 16
    for k, v in [
        ("Mal Hizmet Toplam Tutarı", gross),
        ("Toplam İskonto", disc),
        ("Hesaplanan KDV (%20)", kdv),
        ("Vergiler Dahil Toplam Tutar", tot),
        ("Ödenecek Tutar", tot),
    ]:
        d.rect(W - 260, y - 5, 140, 15, stroke=black, lw=0.4)
        d.rect(W - 120, y - 5, 80, 15, stroke=black, lw=0.4)
        d.t(W - 254, y, k, "DVB", 7.5)
        d.t(W - 44, y, eu(v) + " TL", "DV", 7.5, "r")
        y -= 15
    d.t(40, y - 20, "Yalnız: İki yüz yetmiş altı bin dokuz yüz Türk Lirası Sıfır Kuruş", "DV", 8)
    d.lines(
        40,
        y - 45,
        [
            "Banka: Türkiye İş Bankası Beşiktaş Şb. IBAN: TR44 0006 4000 0011 2340 0876 55",
            "Bu satış internet üzerinden yapılmamıştır. e-Arşiv izni kapsamında elektronik ortamda iletilmiştir.",
        ],
        "DV",
        7.5,
        11,
    )
    assert tot == D("276900.00"), tot
    return d.pdf(), truth(
        "BEO2026000000214",
        "2026-02-21",
        "2026-03-07",
        "BOĞAZİÇİ ETKİNLİK VE ORGANİZASYON HİZMETLERİ A.Ş.",
        net,
        kdv,
        tot,
        "TRY",
        "tr-TR",
        "invoice",
        "invoice",
        items,
        "Turkish e-Arşiv layout: vendor name split over two lines, ETTN UUID, event date next to invoice date, a 10 % discount on one line, amounts with 'TL' suffix.",
    )


@register("i11", "scan", ext="jpg", dpi=200, grey=False, quality=80)
def i11(rnd):
    """GR veterinary clinic, service invoice, ΦΠΑ 24 %, myDATA MARK."""
    W, H = A4
    d = Doc(A4, "Τιμολόγιο Α 0342")
    d.c.setStrokeColor(Color(0.1, 0.5, 0.4))
    d.c.setLineWidth(2)
    d.c.circle(75, H - 70, 25, stroke=1, fill=0)
    d.t(75, H - 76, "ΑΡΓΟΣ", "DVB", 8, "c", Color(0.1, 0.5, 0.4))
    d.lines(
        115, H - 55, ["Κτηνιατρική Κλινική «Άργος»", "Ν. Παπαδόπουλος & ΣΙΑ Ο.Ε."], "DVB", 11, 14
    )
    d.lines(
        115,
        H - 86,
        [
            "Λεωφ. Βασιλίσσης Όλγας 112, 546 43 Θεσσαλονίκη",
            "Τηλ. 2310 855 210 · ΑΦΜ 800412776 · ΔΟΥ Ζ' Θεσσαλονίκης",
        ],
        "DV",
        8,
        10.5,
    )
    d.rect(40, H - 150, W - 80, 28, fill=Color(0.88, 0.95, 0.92), stroke=None)
    d.t(W / 2, H - 140, "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", "DVB", 12, "c")
    y = H - 175
    for k, v in [
        ("Σειρά", "Α"),
        ("Αριθμός", "0342"),
        ("Ημερομηνία", "11/03/2026"),
        ("Τρόπος πληρωμής", "Κάρτα"),
    ]:
        d.t(45, y, k + ":", "DV", 8.5)
        d.t(150, y, v, "DVB", 8.5)
        y -= 13
    d.t(320, H - 175, "Στοιχεία πελάτη", "DVB", 8.5)
    d.lines(
        320,
        H - 189,
        [
            "Φάρμα Χαλκιδικής Ι.Κ.Ε.",
            "Αγροτική δραστηριότητα – Κτηνοτροφία",
            "Νέα Μουδανιά, 632 00",
            "ΑΦΜ 801337095 · ΔΟΥ Μουδανιών",
        ],
        "DV",
        8.5,
        11.5,
    )
    rows = [
        ("Κλινική εξέταση (σκύλος φύλαξης «Μπόρα»)", D("1"), D("35.00")),
        ("Εμβόλιο λύσσας", D("2"), D("28.00")),
        ("Αιματολογικός – βιοχημικός έλεγχος", D("1"), D("45.00")),
        ("Στείρωση θηλυκού σκύλου (έως 25 kg)", D("1"), D("220.00")),
        ("Φάρμακα και αναλώσιμα", D("1"), D("18.50")),
    ]
    tr, items = [], []
    net = ZERO
    for i, (desc, q, p) in enumerate(rows, 1):
        a = q2(q * p)
        net += a
        tr.append((str(i), desc, qs(q), eu(p), "24%", eu(a)))
        items.append(li(desc, q, p, a))
    y = table(
        d,
        40,
        H - 260,
        [(25, "c"), (245, "l"), (40, "r"), (70, "r"), (45, "c"), (90, "r")],
        tr,
        "DV",
        8.5,
        header=("Α/Α", "Περιγραφή", "Ποσ.", "Τιμή μον.", "ΦΠΑ", "Αξία"),
        grid=True,
        hfill=Color(0.88, 0.95, 0.92),
    )
    fpa = q2(net * Decimal("0.24"))
    tot = net + fpa
    y -= 20
    d.rect(W - 230, y - 50, 190, 66, stroke=black, lw=0.6)
    for k, v, f in [
        ("Καθαρή αξία", net, "DV"),
        ("ΦΠΑ 24%", fpa, "DV"),
        ("Πληρωτέο ποσό", tot, "DVB"),
    ]:
        d.t(W - 222, y, k, f, 9.5)
        d.t(W - 48, y, eu(v) + " €", f, 9.5, "r")
        y -= 20
    d.qr(45, 90, 70, rnd)
    d.lines(
        125,
        150,
        [
            "ΜΑΡΚ: 400001987254613",
            "UID: 8A41F0C2D39E77B1A0C4E2F6B8D1C3A5",
            "Πάροχος ηλεκτρονικής τιμολόγησης: ePrime Α.Ε.",
        ],
        "DV",
        7.5,
        10.5,
    )
    return d.pdf(), truth(
        "Α 0342",
        "2026-03-11",
        None,
        "Κτηνιατρική Κλινική «Άργος» Ν. Παπαδόπουλος & ΣΙΑ Ο.Ε.",
        net,
        fpa,
        tot,
        "EUR",
        "el-GR",
        "invoice",
        "invoice",
        items,
        "Greek vet invoice: series letter + number (Α 0342), vendor name over two lines, myDATA MARK and UID long numbers; colour scan. Paid by card, no due date.",
    )


@register("i12", "pdf")
def i12(rnd):
    """UK university short-course invoice: exempt tuition + standard-rated accommodation, remittance slip."""
    W, H = A4
    d = Doc(A4, "Invoice SC-260457")
    navy = Color(0.08, 0.15, 0.35)
    d.rect(50, H - 95, 6, 50, fill=navy, stroke=None)
    d.t(64, H - 62, "University of Northmoor", "Times-Bold", 18, color=navy)
    d.t(64, H - 78, "Centre for Professional Education", "Times-Italic", 10)
    d.lines(
        W - 50,
        H - 52,
        [
            "Finance Office, Brunswick Building",
            "Northmoor NM4 7QT, United Kingdom",
            "finance.ar@northmoor.ac.uk",
            "VAT Reg. No. GB 287 4410 63",
        ],
        "Helvetica",
        7.5,
        10,
        "r",
    )
    d.lines(
        57,
        H - 150,
        [
            "Accounts Payable",
            "Harcastle Water Services Ltd",
            "Unit 4, Ferry Lane Business Park",
            "Stockport SK4 2QA",
        ],
        "Helvetica",
        10,
        13,
    )
    d.t(W - 50, H - 130, "INVOICE", "Times-Bold", 20, "r")
    y = H - 155
    for k, v in [
        ("Invoice No.", "SC-260457"),
        ("Invoice date", "14 January 2026"),
        ("Customer No.", "C018834"),
        ("Purchase order", "HWS-PO-77120"),
        ("Payment due", "13 February 2026"),
    ]:
        d.t(W - 160, y, k, "Helvetica", 8.5, "r")
        d.t(W - 50, y, v, "Helvetica-Bold", 8.5, "r")
        y -= 12.5
    rows = [
        ("Professional Certificate in Data Governance (Spring 2026)", "2", D("1450.00"), "E"),
        ("  Delegates: R. Okafor, L. Brennan", "", None, ""),
        ("Residential accommodation, Halls B&B (3 nights x 2)", "6", D("68.00"), "S"),
        ("Course dinner, 18 March 2026", "2", D("42.50"), "S"),
    ]
    tr, items = [], []
    b = {"E": ZERO, "S": ZERO}
    for desc, q, p, code in rows:
        if p is None:
            tr.append((desc, "", "", "", ""))
            continue
        a = q2(Decimal(q) * p)
        b[code] += a
        tr.append((desc, q, us(p), code, us(a)))
        items.append(li(desc, q, p, a))
    y = table(
        d,
        50,
        H - 250,
        [(275, "l"), (40, "r"), (70, "r"), (40, "c"), (70, "r")],
        tr,
        "Helvetica",
        8.5,
        header=("Description", "Qty", "Unit £", "VAT", "Net £"),
        hfill=Color(0.85, 0.88, 0.95),
    )
    vat = q2(b["S"] * Decimal("0.20"))
    net = b["E"] + b["S"]
    tot = net + vat
    d.hline(50, W - 50, y + 6, 0.6)
    y -= 8
    for k, v, f in [
        ("Net total", net, "Helvetica"),
        ("VAT @ 20% on £" + us(b["S"]) + " (code S)", vat, "Helvetica"),
        ("VAT exempt (code E) - education, VATA 1994 Sch 9 Grp 6", None, "Helvetica"),
        ("Invoice total", tot, "Helvetica-Bold"),
    ]:
        d.t(W - 130, y, k, f, 8.5, "r")
        if v is not None:
            d.t(W - 53, y, "£" + us(v), f, 8.5, "r")
        y -= 14
    d.lines(
        50,
        y - 14,
        [
            "Terms: 30 days from invoice date. Please quote the invoice number on all remittances.",
            "Pay by BACS: Sort code 20-45-77 · Account 40918273 · Account name University of Northmoor",
        ],
        "Helvetica",
        8.5,
        12,
    )
    d.c.setDash(3, 3)
    d.hline(30, W - 30, 175, 0.6)
    d.c.setDash()
    d.t(
        50,
        160,
        "REMITTANCE ADVICE - please detach and return with your payment",
        "Helvetica-Bold",
        8.5,
    )
    for i, (k, v) in enumerate(
        [
            ("Customer", "Harcastle Water Services Ltd"),
            ("Invoice No.", "SC-260457"),
            ("Customer No.", "C018834"),
            ("Amount due", "£" + us(tot)),
        ]
    ):
        d.t(50, 138 - i * 15, k, "Helvetica", 9)
        d.t(150, 138 - i * 15, v, "Helvetica-Bold", 9)
    d.rect(W - 200, 80, 150, 65, stroke=GREY)
    d.t(W - 192, 132, "Amount enclosed £", "Helvetica", 8, color=GREY)
    d.t(
        W / 2,
        40,
        "University of Northmoor is an exempt charity under the Charities Act 2011. Registered office as above.",
        "Helvetica",
        7,
        "c",
        GREY,
    )
    return d.pdf(), truth(
        "SC-260457",
        "2026-01-14",
        "2026-02-13",
        "University of Northmoor",
        net,
        vat,
        tot,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        items,
        "University invoice: exempt tuition and 20 % accommodation in one table with VAT codes, a remittance slip repeats the amount; customer number and PO look like invoice numbers.",
    )


@register("i13", "pdf")
def i13(rnd):
    """BE wine merchant with separate excise lines and a professional discount."""
    W, H = A4
    d = Doc(A4, "Facture 2026/00311")
    bord = Color(0.45, 0.05, 0.15)
    d.t(W / 2, H - 62, "Vinothèque Delcourt", "DVSB", 24, "c", bord)
    d.t(W / 2, H - 78, "Négociant en vins & spiritueux depuis 1962", "DVS", 9, "c", GREY)
    d.hline(150, W - 150, H - 86, 0.6, bord)
    d.lines(
        50,
        H - 115,
        [
            "Vinothèque Delcourt SRL",
            "Rue Saint-Gilles 88",
            "4000 Liège",
            "TVA BE 0437.812.554",
            "N° d'accises BE00043781D0012",
        ],
        "DV",
        8,
        10.5,
    )
    d.lines(
        330,
        H - 115,
        ["Brasserie du Pont SRL", "Quai de la Batte 3", "4020 Liège", "TVA BE 0712.448.190"],
        "DV",
        9.5,
        12.5,
    )
    d.t(50, H - 195, "FACTURE", "DVSB", 14)
    y = H - 195
    for k, v in [
        ("N°", "2026/00311"),
        ("Date", "06/03/2026"),
        ("Échéance", "05/04/2026"),
        ("Bon de livraison", "BL 2026/00298"),
    ]:
        d.t(330, y, k, "DV", 8.5)
        d.t(430, y, v, "DVB", 8.5)
        y -= 12
    rows = [
        ("Côtes du Rhône « Les Galets » 2023 – 75 cl", D("36"), D("8.40"), False),
        ("  Accises vin tranquille ≤ 15 % vol.", D("36"), D("0.5611"), True),
        ("Crémant de Loire brut – 75 cl", D("24"), D("11.90"), False),
        ("  Accises vin mousseux", D("24"), D("1.9630"), True),
        ("Riesling Alsace AOC 2022 – 75 cl", D("18"), D("12.75"), False),
        ("  Accises vin tranquille ≤ 15 % vol.", D("18"), D("0.5611"), True),
    ]
    tr, items = [], []
    wine = exc = ZERO
    for desc, q, p, ex in rows:
        a = q2(q * p)
        if ex:
            exc += a
            tr.append(
                (desc, qs(q), fmt(p, ",", ".", 4) if False else f"{p:.4f}".replace(".", ","), eu(a))
            )
        else:
            wine += a
            tr.append((desc, qs(q), eu(p), eu(a)))
        items.append(li(desc.strip(), q, p, a))
    remise = -q2(wine * Decimal("0.05"))
    port = D("15.00")
    tr += [
        ("Remise professionnelle 5 % sur vins", "", "", eu(remise)),
        ("Frais de livraison", "1", eu(port), eu(port)),
    ]
    items += [
        li("Remise professionnelle 5 % sur vins", 1, remise, remise),
        li("Frais de livraison", 1, port, port),
    ]
    y = table(
        d,
        50,
        H - 265,
        [(270, "l"), (45, "r"), (80, "r"), (100, "r")],
        tr,
        "DV",
        8.5,
        header=("Désignation", "Qté", "P.U. HTVA", "Total HTVA"),
        hfill=Color(0.95, 0.9, 0.9),
    )
    htva = wine + exc + remise + port
    tva = q2(htva * Decimal("0.21"))
    tvac = htva + tva
    d.hline(50, W - 50, y + 6, 0.8)
    y -= 14
    d.lines(
        50,
        y,
        [
            "Dont accises et droits d'accise spéciaux : " + eu(exc) + " €",
            "Accises comprises dans la base imposable à la TVA.",
        ],
        "DV",
        7.5,
        10,
    )
    for k, v, f in [
        ("Total HTVA", htva, "DV"),
        ("TVA 21 %", tva, "DV"),
        ("Total TVAC", tvac, "DVB"),
    ]:
        d.t(W - 140, y, k, f, 10, "r")
        d.t(W - 53, y, eu(v) + " €", f, 10, "r")
        y -= 16
    d.lines(
        50,
        y - 20,
        [
            "Paiement à 30 jours date de facture sur BE71 0689 0412 5569 (BIC GKCCBEBB), communication structurée +++311/0026/04419+++."
        ],
        "DV",
        7.5,
        10,
    )
    d.hline(50, W - 50, 62, 0.4, bord)
    d.t(
        W / 2,
        50,
        "RPM Liège, division Liège · Entrepositaire agréé · Conditions générales au verso",
        "DV",
        7,
        "c",
        GREY,
    )
    return d.pdf(), truth(
        "2026/00311",
        "2026-03-06",
        "2026-04-05",
        "Vinothèque Delcourt SRL",
        htva,
        tva,
        tvac,
        "EUR",
        "fr-BE",
        "invoice",
        "invoice",
        items,
        "Wine merchant: excise duties as separate 4-decimal lines that are part of the HTVA base (keyed inside the net, vat = TVA only); discount only on wine; structured communication looks like a number.",
    )


@register("i14", "photo", dpi=170, long_side=2200, bg=(150, 150, 145))
def i14(rnd):
    """CH municipality utility bill (water 2.6 %, wastewater 8.1 %, waste without VAT) with QR-bill."""
    W, H = A4
    d = Doc(A4, "Rechnung 2026-10-04518")
    d.rect(50, H - 90, 34, 40, fill=Color(0.85, 0.1, 0.1), stroke=None)
    d.rect(63, H - 83, 8, 26, fill=white, stroke=None)
    d.rect(54, H - 74, 26, 8, fill=white, stroke=None)
    d.lines(95, H - 62, ["Gemeinde Seeberg", "Finanzverwaltung"], "Helvetica-Bold", 11, 13)
    d.lines(95, H - 90, ["Dorfstrasse 17, 3267 Seeberg BE · 031 869 22 40"], "Helvetica", 8, 10)
    d.t(57, H - 120, "Gemeinde Seeberg, Dorfstrasse 17, 3267 Seeberg", "Helvetica", 6.5)
    d.lines(
        57,
        H - 135,
        ["Herr und Frau", "Peter und Ursula Gerber-Moser", "Hofmattweg 5", "3267 Seeberg"],
        "Helvetica",
        10,
        13,
    )
    y = H - 120
    for k, v in [
        ("Rechnung Nr.", "2026-10-04518"),
        ("Rechnungsdatum", "31.01.2026"),
        ("Zahlbar bis", "02.03.2026"),
        ("Objekt", "Hofmattweg 5, Parz. 412"),
        ("MWST-Nr.", "CHE-114.772.803 MWST"),
    ]:
        d.t(340, y, k, "Helvetica", 8.5)
        d.t(435, y, v, "Helvetica", 8.5)
        y -= 12
    d.t(
        57,
        H - 215,
        "Gebührenrechnung Wasser / Abwasser / Kehricht 2025 (Zählerstand 12.01.2026)",
        "Helvetica-Bold",
        10,
    )
    rows = [
        ("Wasser Grundgebühr", "1", D("180.00"), "2.6"),
        ("Wasser Verbrauch 86 m³", "86", D("1.85"), "2.6"),
        ("Abwasser Grundgebühr", "1", D("150.00"), "8.1"),
        ("Abwasser Verbrauch 86 m³", "86", D("2.40"), "8.1"),
        ("Kehricht Grundgebühr Haushalt", "1", D("95.00"), "0"),
        ("Grüngut-Abo 140 l", "1", D("120.00"), "0"),
    ]
    tr, items = [], []
    bases = {"2.6": ZERO, "8.1": ZERO, "0": ZERO}
    for desc, q, p, r in rows:
        a = q2(Decimal(q) * p)
        bases[r] += a
        tr.append((desc, q, ch(p), r if r != "0" else "–", ch(a)))
        items.append(li(desc, q, p, a))
    y = table(
        d,
        57,
        H - 240,
        [(230, "l"), (50, "r"), (70, "r"), (50, "r"), (80, "r")],
        tr,
        "Helvetica",
        9,
        header=("Bezeichnung", "Menge", "Ansatz", "MWST %", "Betrag CHF"),
    )
    vats = {r: q2(b * Decimal(r) / 100) for r, b in bases.items()}
    net = sum(bases.values(), ZERO)
    vat = sum(vats.values(), ZERO)
    tot = net + vat
    d.hline(57, W - 57, y + 6, 0.5)
    y -= 6
    for k, v in [
        ("Total exkl. MWST", net),
        ("MWST 2.6 % auf " + ch(bases["2.6"]), vats["2.6"]),
        ("MWST 8.1 % auf " + ch(bases["8.1"]), vats["8.1"]),
    ]:
        d.t(W - 150, y, k, "Helvetica", 9, "r")
        d.t(W - 60, y, ch(v), "Helvetica", 9, "r")
        y -= 13
    d.t(W - 150, y - 3, "Rechnungsbetrag CHF", "Helvetica-Bold", 10.5, "r")
    d.t(W - 60, y - 3, ch(tot), "Helvetica-Bold", 10.5, "r")
    d.t(
        57,
        y - 30,
        "Kehrichtgebühren sind hoheitliche Abgaben und unterliegen nicht der MWST.",
        "Helvetica",
        8,
    )
    # QR-bill payment part
    d.c.setDash(2, 2)
    d.hline(0, W, 297, 0.5)
    d.c.line(175, 0, 175, 297)
    d.c.setDash()
    d.t(15, 275, "Empfangsschein", "Helvetica-Bold", 11)
    d.lines(
        15,
        255,
        [
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Gemeinde Seeberg",
            "Dorfstrasse 17",
            "3267 Seeberg",
        ],
        "Helvetica",
        7.5,
        9.5,
    )
    d.lines(
        15,
        190,
        [
            "Referenz",
            "21 00000 00003 13947 14300 09017",
            "",
            "Zahlbar durch",
            "Peter und Ursula Gerber-Moser",
            "Hofmattweg 5, 3267 Seeberg",
        ],
        "Helvetica",
        7.5,
        9.5,
    )
    d.t(15, 95, "Währung", "Helvetica-Bold", 7)
    d.t(70, 95, "Betrag", "Helvetica-Bold", 7)
    d.t(15, 83, "CHF", "Helvetica", 9)
    d.t(70, 83, ch(tot).replace("'", " "), "Helvetica", 9)
    d.t(190, 275, "Zahlteil", "Helvetica-Bold", 11)
    d.qr(190, 115, 130, rnd, 33)
    d.t(190, 95, "Währung", "Helvetica-Bold", 7)
    d.t(245, 95, "Betrag", "Helvetica-Bold", 7)
    d.t(190, 83, "CHF", "Helvetica", 9)
    d.t(245, 83, ch(tot).replace("'", " "), "Helvetica", 9)
    d.lines(
        340,
        265,
        [
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Gemeinde Seeberg",
            "Dorfstrasse 17, 3267 Seeberg",
            "",
            "Referenz",
            "21 00000 00003 13947 14300 09017",
            "",
            "Zusätzliche Informationen",
            "Rechnung 2026-10-04518",
            "",
            "Zahlbar durch",
            "Peter und Ursula Gerber-Moser",
            "Hofmattweg 5, 3267 Seeberg",
        ],
        "Helvetica",
        7.5,
        10,
    )
    return d.pdf(), truth(
        "2026-10-04518",
        "2026-01-31",
        "2026-03-02",
        "Gemeinde Seeberg",
        net,
        vat,
        tot,
        "CHF",
        "de-CH",
        "invoice",
        "invoice",
        items,
        "Swiss municipal utility bill: two VAT rates plus VAT-free waste fees, 'Zahlbar bis' due date, QR-bill payment part repeats the amount with a space separator; photo.",
    )


@register("i15", "pdf")
def i15(rnd):
    """US city water & sewer bill, no sales tax, previous balance paid, payment stub."""
    W, H = letter
    d = Doc(letter, "Utility bill 2026-0213-88412")
    d.rect(36, H - 100, W - 72, 64, fill=Color(0.05, 0.3, 0.45), stroke=None)
    d.t(50, H - 62, "CITY OF MAPLE HOLLOW", "Helvetica-Bold", 18, color=white)
    d.t(
        50,
        H - 80,
        "Water & Sewer Utility  ·  200 W. Main Street, Maple Hollow, OH 43567  ·  (419) 555-0142",
        "Helvetica",
        8.5,
        color=white,
    )
    d.t(W - 50, H - 62, "UTILITY BILL", "Helvetica-Bold", 13, "r", white)
    y = H - 125
    for k, v in [
        ("Account Number", "04-118230-01"),
        ("Bill Number", "2026-0213-88412"),
        ("Bill Date", "02/13/2026"),
        ("Service Period", "12/31/2025 - 01/31/2026"),
        ("Due Date", "03/06/2026"),
    ]:
        d.t(50, y, k, "Helvetica", 9)
        d.t(250, y, v, "Helvetica-Bold", 9, "r")
        y -= 13
    d.lines(
        330,
        H - 125,
        ["Service Address:", "1418 Orchard Ridge Dr", "", "Customer:", "DANIEL & KAREN WHITFIELD"],
        "Helvetica",
        9,
        12.5,
    )
    table(
        d,
        50,
        H - 210,
        [(110, "l"), (90, "r"), (90, "r"), (80, "r"), (142, "r")],
        [("W-0088214", "412,360", "418,360", "6,000 gal", "Actual")],
        "Helvetica",
        8.5,
        header=("Meter", "Previous", "Current", "Usage", "Read type"),
        grid=True,
        hfill=LIGHT,
    )
    d.t(50, H - 260, "ACCOUNT SUMMARY", "Helvetica-Bold", 10)
    y = H - 278
    prev = D("98.12")
    for k, v in [
        ("Previous Balance", prev),
        ("Payment Received 01/28/2026 - Thank You", -prev),
        ("Balance Forward", ZERO),
    ]:
        d.t(60, y, k, "Helvetica", 9)
        d.t(W - 60, y, "$" + us(v) if v >= 0 else "-$" + us(-v), "Helvetica", 9, "r")
        y -= 13
    y -= 8
    d.t(50, y, "CURRENT CHARGES", "Helvetica-Bold", 10)
    y -= 18
    rows = [
        ('Water Base Charge (5/8" meter)', D("1"), D("18.75")),
        ("Water Usage 6,000 gal @ $5.12 per 1,000", D("6"), D("5.12")),
        ("Sewer Base Charge", D("1"), D("22.40")),
        ("Sewer Usage 6,000 gal @ $6.35 per 1,000", D("6"), D("6.35")),
        ("Solid Waste Collection (96 gal cart)", D("1"), D("24.50")),
        ("Stormwater Utility Fee (1 ERU)", D("1"), D("6.00")),
    ]
    items = []
    cur = ZERO
    for desc, q, p in rows:
        a = q2(q * p)
        cur += a
        d.t(60, y, desc, "Helvetica", 9)
        d.t(W - 60, y, "$" + us(a), "Helvetica", 9, "r")
        items.append(li(desc, q, p, a))
        y -= 13
    d.hline(300, W - 50, y + 8, 0.6)
    d.t(300, y - 6, "Total Current Charges", "Helvetica-Bold", 10)
    d.t(W - 60, y - 6, "$" + us(cur), "Helvetica-Bold", 10, "r")
    d.rect(300, y - 48, W - 350, 30, fill=LIGHT, stroke=black)
    d.t(310, y - 37, "TOTAL AMOUNT DUE BY 03/06/2026", "Helvetica-Bold", 10)
    d.t(W - 60, y - 37, "$" + us(cur), "Helvetica-Bold", 11, "r")
    late = q2(cur * Decimal("1.10"))
    d.t(
        50,
        y - 70,
        f"A 10% late penalty applies to balances not paid by the due date. Amount after due date: ${us(late)}",
        "Helvetica",
        8.5,
    )
    d.c.setDash(4, 3)
    d.hline(20, W - 20, 170, 0.6)
    d.c.setDash()
    d.t(
        50,
        152,
        "Please return this portion with your payment. Make checks payable to City of Maple Hollow.",
        "Helvetica",
        8,
    )
    for i, (k, v) in enumerate(
        [
            ("Account Number", "04-118230-01"),
            ("Due Date", "03/06/2026"),
            ("Amount Due", "$" + us(cur)),
            ("After Due Date", "$" + us(late)),
        ]
    ):
        d.t(50, 130 - i * 14, k, "Helvetica", 9)
        d.t(170, 130 - i * 14, v, "Helvetica-Bold", 9)
    d.lines(
        330,
        130,
        ["CITY OF MAPLE HOLLOW", "UTILITY BILLING", "PO BOX 330", "MAPLE HOLLOW OH 43567-0330"],
        "Helvetica",
        9,
        12,
    )
    d.rect(330, 50, 150, 18, stroke=black)
    d.t(336, 56, "Amount paid $", "Helvetica", 8)
    d.t(50, 36, "0411823001  0000012977  0000014275  4", "Courier", 9)
    return d.pdf(), truth(
        "2026-0213-88412",
        "2026-02-13",
        "2026-03-06",
        "City of Maple Hollow",
        cur,
        None,
        cur,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items,
        "US municipal utility bill on Letter: account number vs bill number, previous balance and payment lines, a late-payment amount printed next to the real amount due; no tax; MM/DD/YYYY dates.",
    )


@register("i16", "scan", ext="pdf", dpi=200, grey=True, blur=0.6)
def i16(rnd):
    """AT notary fee note, VAT on fees, VAT-free cash outlays (Barauslagen)."""
    W, H = A4
    d = Doc(A4, "Honorarnote 2026/0127")
    d.t(W / 2, H - 60, "Dr. Elisabeth Hofer", "Times-Bold", 17, "c")
    d.t(W / 2, H - 76, "öffentliche Notarin", "Times-Italic", 11, "c")
    d.t(
        W / 2,
        H - 92,
        "Hauptplatz 6 · 4020 Linz · Tel. +43 732 77 14 50 · kanzlei@notarin-hofer.at",
        "Times-Roman",
        8,
        "c",
    )
    d.hline(57, W - 57, H - 100, 0.8)
    d.lines(
        57,
        H - 140,
        ["Frau", "Mag. Sabine Leitner", "Pöstlingberg 21", "4040 Linz"],
        "Times-Roman",
        11,
        14,
    )
    d.t(W - 57, H - 140, "Linz, am 19. Februar 2026", "Times-Roman", 10.5, "r")
    d.t(57, H - 225, "HONORARNOTE Nr. 2026/0127", "Times-Bold", 13)
    d.t(
        57,
        H - 242,
        "GZ 412/25 – Liegenschaftskauf EZ 1183 KG Urfahr, Kaufpreis EUR 320.000,00",
        "Times-Roman",
        10,
    )
    hon = [
        ("Errichtung des Kaufvertrages (NTG TP 8)", D("1840.00")),
        ("Beglaubigungen (4 Unterschriften à 28,50)", D("114.00")),
        ("Treuhandabwicklung samt Treuhandmeldung", D("620.00")),
        ("Grundbuchsgesuch, elektronische Einbringung", D("240.00")),
    ]
    bar = [
        ("Grundbuchs-Eintragungsgebühr 1,1 % (TP 9 b 1 GGG)", D("3520.00")),
        ("Gerichtsgebühr Grundbuchsgesuch (TP 9 a GGG)", D("44.00")),
    ]
    y = H - 275
    items = []
    for desc, a in hon:
        d.t(62, y, desc, "Times-Roman", 10.5)
        d.t(W - 62, y, eu(a), "Times-Roman", 10.5, "r")
        items.append(li(desc, 1, a, a))
        y -= 16
    h = sum((a for _, a in hon), ZERO)
    d.hline(W - 160, W - 57, y + 10, 0.5)
    d.t(62, y - 2, "Summe Honorar und Nebenleistungen", "Times-Bold", 10.5)
    d.t(W - 62, y - 2, eu(h), "Times-Bold", 10.5, "r")
    y -= 30
    d.t(57, y, "Barauslagen (umsatzsteuerfrei, durchlaufende Posten):", "Times-Italic", 10.5)
    y -= 16
    for desc, a in bar:
        d.t(62, y, desc, "Times-Roman", 10.5)
        d.t(W - 62, y, eu(a), "Times-Roman", 10.5, "r")
        items.append(li(desc, 1, a, a))
        y -= 16
    b = sum((a for _, a in bar), ZERO)
    ust = q2(h * Decimal("0.20"))
    tot = h + b + ust
    y -= 14
    for k, v, f in [
        ("Zwischensumme", h + b, "Times-Roman"),
        ("20 % USt von EUR " + eu(h), ust, "Times-Roman"),
        ("Gesamtbetrag EUR", tot, "Times-Bold"),
    ]:
        d.t(W - 180, y, k, f, 11, "r")
        d.t(W - 62, y, eu(v), f, 11, "r")
        y -= 18
    d.hline(W - 160, W - 57, y + 14, 0.5)
    d.hline(W - 160, W - 57, y + 12, 0.5)
    d.lines(
        57,
        y - 20,
        [
            "Zahlbar bis 05.03.2026 auf das Konto der Notarin:",
            "Oberbank AG, IBAN AT12 1500 0007 2114 8830, BIC OBKLAT2L",
            "Verwendungszweck: GZ 412/25",
        ],
        "Times-Roman",
        10,
        13,
    )
    d.t(W - 140, 130, "Dr. Elisabeth Hofer", "Times-Italic", 10, "c")
    d.hline(W - 220, W - 60, 142, 0.4)
    d.t(
        W / 2,
        50,
        "UID ATU 48811207 · Mitglied der Notariatskammer für Oberösterreich",
        "Times-Roman",
        7.5,
        "c",
    )
    return d.pdf(), truth(
        "2026/0127",
        "2026-02-19",
        "2026-03-05",
        "Dr. Elisabeth Hofer",
        h + b,
        ust,
        tot,
        "EUR",
        "de-AT",
        "invoice",
        "invoice",
        items,
        "Austrian notary fee note: VAT only on fees, VAT-free court fees inside the Zwischensumme; file number GZ and a purchase price in the header are other amounts; image-only PDF scan.",
    )


# ================================================================ RECEIPTS
def rtruth(
    number,
    date,
    vendor,
    items,
    vat,
    total,
    cur,
    locale,
    note,
    net=None,
    tip=ZERO,
    rounding=ZERO,
    dtype="receipt",
):
    amount = net if net is not None else total - tip - rounding - (vat or ZERO)
    return truth(
        number,
        date,
        None,
        vendor,
        amount,
        vat,
        total,
        cur,
        locale,
        "receipt",
        dtype,
        items,
        note,
        tip,
        rounding,
    )


@register("r01", "photo", dpi=220, long_side=1700, bg=(70, 75, 85))
def r01(rnd):
    """DE post office partner agency: VAT-free postage + 19 % envelope."""
    r = Roll(80, "DVM", 7.6)
    r.logo("POST", 15, inverse=True)
    r.c("Partnerfiliale 512")
    r.c("Schreibwaren & Post Kübler")
    r.c("Hauptstraße 41, 72764 Reutlingen")
    r.sep()
    r.lr("Beleg-Nr.: 0512-26-004471", "04.03.2026")
    r.lr("Terminal 2 / Bed. 07", "10:17")
    r.sep()
    rows = [
        ("Brief Standard", D("3"), D("0.95"), "B"),
        ("Kompaktbrief", D("1"), D("1.10"), "B"),
        ("Einschreiben Einwurf", D("1"), D("2.65"), "B"),
        ("Briefumschlag C4 haftkl.", D("2"), D("0.50"), "A"),
    ]
    items = []
    tot = ZERO
    ga = ZERO
    for desc, q, p, k in rows:
        a = q2(q * p)
        tot += a
        if k == "A":
            ga += a
        r.l(desc)
        r.lr(f"  {qs(q)} x {eu(p)}", f"{eu(a)} {k}")
        items.append(li(desc, q, p, a))
    r.sep()
    r.lr("SUMME EUR", eu(tot), bold=True, size=9)
    r.lr("girocard", eu(tot))
    r.sep()
    vat = incl_tax(ga, 19)
    r.row([("MwSt", 0, "l"), ("Netto", 0.45, "r"), ("MwSt", 0.72, "r"), ("Brutto", 1, "r")])
    r.row([("A 19%", 0, "l"), (eu(ga - vat), 0.45, "r"), (eu(vat), 0.72, "r"), (eu(ga), 1, "r")])
    r.row(
        [("B 0%", 0, "l"), (eu(tot - ga), 0.45, "r"), ("0,00", 0.72, "r"), (eu(tot - ga), 1, "r")]
    )
    r.l("B = umsatzsteuerfrei gem. § 4 Nr. 11b UStG", size=6.5)
    r.sep()
    r.c("Vielen Dank für Ihren Besuch!")
    r.bars(rnd)
    return r.render("Beleg 0512-26-004471"), rtruth(
        "0512-26-004471",
        "2026-03-04",
        "Schreibwaren & Post Kübler",
        items,
        vat,
        tot,
        "EUR",
        "de-DE",
        "Post office partner agency: postage VAT-free (0 % row with 0,00 printed), only envelopes at 19 %; big POST logo is not the vendor name.",
    )


@register("r02", "photo", dpi=220, long_side=1800, bg=(190, 180, 160))
def r02(rnd):
    """IT pharmacy 'documento commerciale' with 10 % / 22 % IVA and tax-code line."""
    r = Roll(80, "Courier", 8.2)
    r.c("FARMACIA SAN LORENZO", bold=True, size=10)
    r.c("dr.ssa Giulia Marchetti")
    r.c("Piazza San Lorenzo 9 - 50123 Firenze")
    r.c("P.IVA 05812330481")
    r.gap()
    r.c("DOCUMENTO COMMERCIALE", bold=True)
    r.c("di vendita o prestazione")
    r.gap()
    r.row([("DESCRIZIONE", 0, "l"), ("IVA", 0.7, "r"), ("Prezzo(€)", 1, "r")])
    rows = [
        ("TACHIPIRINA 500MG 20CPR", D("1"), D("5.90"), 10),
        ("MOMENDOL 220MG 12CPR", D("1"), D("8.40"), 10),
        ("CEROTTI TNT ASS.", D("2"), D("3.20"), 22),
        ("CREMA SOLARE SPF50 200ML", D("1"), D("18.90"), 22),
    ]
    items = []
    by = {10: ZERO, 22: ZERO}
    for desc, q, p, k in rows:
        a = q2(q * p)
        by[k] += a
        if q != 1:
            r.l(f"{qs(q)} x {eu(p)}")
        r.row([(desc, 0, "l"), (f"{k}%", 0.7, "r"), (eu(a), 1, "r")])
        items.append(li(desc, q, p, a))
    tot = by[10] + by[22]
    vats = {k: incl_tax(v, k) for k, v in by.items()}
    vat = vats[10] + vats[22]
    r.sep()
    r.lr("TOTALE COMPLESSIVO", eu(tot), bold=True, size=9.5)
    r.lr("DI CUI IVA", eu(vat))
    r.lr("Pagamento elettronico", eu(tot))
    r.lr("Importo pagato", eu(tot))
    r.sep()
    for k in (10, 22):
        r.lr(f"Aliquota {k}%: imp. {eu(by[k] - vats[k])}", f"iva {eu(vats[k])}")
    r.gap()
    r.l("C.F. per detrazione:")
    r.l("RSSMRA75C12D612K", bold=True)
    r.l("Spesa sanitaria - farmaci cod. AIC")
    r.gap()
    r.lr("14-03-2026 17:42", "DOC.N. 0187-0042")
    r.l("RT 99MEY012345")
    r.qr(18, rnd)
    return r.render("Documento commerciale 0187-0042"), rtruth(
        "0187-0042",
        "2026-03-14",
        "FARMACIA SAN LORENZO dr.ssa Giulia Marchetti",
        items,
        vat,
        tot,
        "EUR",
        "it-IT",
        "Italian pharmacy receipt: medicines 10 %, other goods 22 %, 'DI CUI IVA' inclusive tax; document number printed at the bottom next to the date; patient tax code looks like an id.",
    )


@register(
    "r03", "scan", ext="png", dpi=300, grey=True, fade=(0.8, 0.55), width=650, blur=0.5, specks=15
)
def r03(rnd):
    """FR bakery, 58 mm thermal ticket, TVA 5.5 %, cash with change."""
    r = Roll(58, "DVM", 7.0, margin_mm=2.5)
    r.c("Le Fournil de Margaux", bold=True, size=8.5)
    r.c("Boulangerie - Pâtisserie")
    r.c("12 rue Gambetta")
    r.c("69003 LYON")
    r.c("SIRET 901 224 557 00014")
    r.sep()
    r.lr("Ticket N° 004512", "Caisse 1")
    r.lr("Le 21/03/2026", "08:04")
    r.sep()
    rows = [
        ("BAGUETTE TRADITION", D("2"), D("1.30")),
        ("CROISSANT BEURRE", D("4"), D("1.20")),
        ("TARTE FRAISES 6P", D("1"), D("24.00")),
    ]
    items = []
    tot = ZERO
    for desc, q, p in rows:
        a = q2(q * p)
        tot += a
        r.l(desc)
        r.lr(f" {qs(q)} x {eu(p)}", eu(a))
        items.append(li(desc, q, p, a))
    r.sep()
    r.lr("TOTAL TTC", eu(tot) + " EUR", bold=True, size=8.5)
    cash = D("40.00")
    r.lr("ESPECES", eu(cash))
    r.lr("RENDU", eu(cash - tot))
    r.sep()
    vat = incl_tax(tot, "5.5")
    r.row([("TVA", 0, "l"), ("HT", 0.5, "r"), ("TVA", 1, "r")])
    r.row([("5,50%", 0, "l"), (eu(tot - vat), 0.5, "r"), (eu(vat), 1, "r")])
    r.sep()
    r.c("MERCI ET A BIENTOT !")
    return r.render("Ticket 004512"), rtruth(
        "004512",
        "2026-03-21",
        "Le Fournil de Margaux",
        items,
        vat,
        tot,
        "EUR",
        "fr-FR",
        "Bakery 58 mm thermal ticket, faded towards the bottom and downscaled to 650 px; cash tendered and change amounts near the total.",
    )


@register("r04", "photo", dpi=230, long_side=1600, bg=(160, 110, 70))
def r04(rnd):
    """NL kiosk / newsagent, 9 % / 21 % / exempt stamps, cash rounding."""
    r = Roll(76, "Courier", 8.0)
    r.c("TABAK & LECTUUR", bold=True, size=10)
    r.c("HET HOEKJE", bold=True, size=12)
    r.c("Kerkstraat 2, 2011 KR Haarlem")
    r.c("BTW NL001873552B47")
    r.sep("double")
    rows = [
        ("Volkskrant za", D("1"), D("3.50"), "9"),
        ("Libelle nr. 11", D("1"), D("4.99"), "9"),
        ("Kauwgom Sportlife", D("1"), D("1.85"), "9"),
        ("Ansichtkaart", D("1"), D("1.25"), "21"),
        ("Postzegel NL 1", D("2"), D("1.14"), "0"),
    ]
    items = []
    by = {"9": ZERO, "21": ZERO, "0": ZERO}
    for desc, q, p, k in rows:
        a = q2(q * p)
        by[k] += a
        r.row(
            [
                (f"{qs(q)} {desc}", 0, "l"),
                (eu(a), 0.88, "r"),
                ({"9": "L", "21": "H", "0": "V"}[k], 1, "r"),
            ]
        )
        items.append(li(desc, q, p, a))
    tot = sum(by.values(), ZERO)
    r.sep()
    r.lr("Subtotaal", eu(tot))
    rnd_ = D("-0.02")
    r.lr("Afronding", eu(rnd_))
    pay = tot + rnd_
    r.lr("TOTAAL", eu(pay), bold=True, size=10)
    r.lr("Contant", eu(D("20.00")))
    r.lr("Wisselgeld", eu(D("20.00") - pay))
    r.sep()
    v9, v21 = incl_tax(by["9"], 9), incl_tax(by["21"], 21)
    r.row([("BTW", 0, "l"), ("excl.", 0.55, "r"), ("BTW", 1, "r")])
    r.row([("L 9%", 0, "l"), (eu(by["9"] - v9), 0.55, "r"), (eu(v9), 1, "r")])
    r.row([("H 21%", 0, "l"), (eu(by["21"] - v21), 0.55, "r"), (eu(v21), 1, "r")])
    r.row([("V vrij", 0, "l"), (eu(by["0"]), 0.55, "r"), ("0,00", 1, "r")])
    r.sep()
    r.lr("Bon 7731", "Kassa 01")
    r.lr("di 10-03-2026", "07:52")
    r.c("Bedankt en tot ziens!")
    vat = v9 + v21
    return r.render("Bon 7731"), rtruth(
        "7731",
        "2026-03-10",
        "TABAK & LECTUUR HET HOEKJE",
        items,
        vat,
        pay,
        "EUR",
        "nl-NL",
        "Newsagent receipt: 9 %/21 %/exempt stamps, cash rounding -0,02 so TOTAAL differs from Subtotaal; vendor name on two lines; receipt number at the bottom.",
        rounding=rnd_,
    )


@register("r05", "pdf")
def r05(rnd):
    """DK bike shop receipt as PDF (e-mailed), moms 25 % included, discount line."""
    r = Roll(80, "Helvetica", 8.2, margin_mm=4)
    r.logo("CYKELSMEDEN", 14, box=True)
    r.c("Cykelsmeden Nørrebro ApS", bold=True)
    r.c("Nørrebrogade 142, 2200 København N")
    r.c("CVR 39 84 11 27 · tlf. 35 81 22 04")
    r.gap(6)
    r.lr("Kvittering nr. 23019", "18-03-2026 16:41")
    r.lr("Ekspedient: Mads", "Kasse 1")
    r.sep("line")
    rows = [
        ('Cykelslange 28" 700x35C', D("2"), D("69.95")),
        ("Dækmontering, baghjul", D("1"), D("120.00")),
        ("Kædeolie Wet Lube 100 ml", D("1"), D("89.00")),
        ("Bøjlelås Level 15", D("1"), D("449.00")),
    ]
    items = []
    tot = ZERO
    for desc, q, p in rows:
        a = q2(q * p)
        tot += a
        r.lr(desc, eu(a))
        if q != 1:
            r.l(f"   {qs(q)} stk. à {eu(p)}", size=7)
        items.append(li(desc, q, p, a))
    disc = -q2(D("449.00") * Decimal("0.10"))
    r.lr("  Rabat 10% bøjlelås", eu(disc))
    items.append(li("Rabat 10% bøjlelås", 1, disc, disc))
    tot += disc
    r.sep("line")
    r.lr("I alt DKK", eu(tot), bold=True, size=10.5)
    vat = incl_tax(tot, 25)
    r.lr("Heraf moms 25%", eu(vat))
    r.lr("Beløb uden moms", eu(tot - vat))
    r.gap(6)
    r.lr("Dankort (kontaktløs)", eu(tot))
    r.l("XXXX XXXX XXXX 7713   Godkendt 402218", size=7)
    r.gap(6)
    r.c("Bytteret 30 dage mod kvittering", size=7)
    r.c("Tak for handlen - god tur!", size=7)
    return r.render("Kvittering 23019"), rtruth(
        "23019",
        "2026-03-18",
        "Cykelsmeden Nørrebro ApS",
        items,
        vat,
        tot,
        "DKK",
        "da-DK",
        "Bike shop receipt as born-digital PDF: 25 % moms included ('Heraf moms'), discount as a negative line, wordmark logo above the legal name.",
    )


@register("r06", "photo", dpi=220, long_side=1700, bg=(40, 40, 45))
def r06(rnd):
    """ES museum ticket + factura simplificada."""
    r = Roll(80, "DV", 7.6)
    r.logo("MACV", 18, inverse=True)
    r.c("Museo de Arte Contemporáneo de Valdemar", bold=True, size=7.2)
    r.c("Fundación Valdemar Arte, F.S.P.")
    r.c("NIF G76125530 · Pza. del Carmen 4, Valencia")
    r.sep()
    r.c("FACTURA SIMPLIFICADA", bold=True)
    r.lr("Nº T02-2026-004417", "07/03/2026 11:08")
    r.sep()
    rows = [
        ("Entrada general", D("2"), D("12.00")),
        ("Entrada reducida (estudiante)", D("1"), D("6.00")),
        ("Audioguía ES/EN", D("2"), D("4.50")),
    ]
    items = []
    tot = ZERO
    for desc, q, p in rows:
        a = q2(q * p)
        tot += a
        r.row([(f"{qs(q)} x {desc}", 0, "l"), (eu(a) + " €", 1, "r")])
        items.append(li(desc, q, p, a))
    r.sep()
    vat = incl_tax(tot, 21)
    r.lr("TOTAL (IVA incluido)", eu(tot) + " €", bold=True, size=9)
    r.lr("Base imponible 21%", eu(tot - vat))
    r.lr("Cuota IVA 21%", eu(vat))
    r.lr("Tarjeta VISA ****0932", eu(tot))
    r.sep()
    r.c("Exposición permanente + «Luz de Levante»", size=7)
    r.c("Hora de acceso: 11:30 · Sala 1", bold=True)
    r.qr(22, rnd)
    r.c("Conserve su entrada durante la visita", size=6.8)
    return r.render("T02-2026-004417"), rtruth(
        "T02-2026-004417",
        "2026-03-07",
        "Fundación Valdemar Arte, F.S.P.",
        items,
        vat,
        tot,
        "EUR",
        "es-ES",
        "Museum ticket/simplified invoice: acronym logo MACV and museum name above the legal entity (foundation) that is the vendor; access time 11:30 next to the date-time.",
    )


@register("r07", "scan", ext="png", dpi=300, grey=True, fade=(0.85, 0.65), width=520, specks=10)
def r07(rnd):
    """CH car park pay machine, 58 mm, MWST included."""
    r = Roll(58, "DVM", 7.0, margin_mm=2.5)
    r.c("City Parking Solothurn AG", bold=True)
    r.c("Parkhaus Baseltor")
    r.c("Hauptgasse 60, 4500 Solothurn")
    r.c("CHE-109.448.321 MWST")
    r.sep()
    r.c("QUITTUNG", bold=True, size=9)
    r.lr("Automat", "K02")
    r.lr("Quittung Nr.", "0007-118342")
    r.lr("Ticket", "3318 0477 1290")
    r.lr("Einfahrt", "27.02.26 09:12")
    r.lr("Ausfahrt", "27.02.26 13:47")
    r.lr("Parkdauer", "4 h 35 min")
    r.sep()
    tot = D("14.00")
    vat = incl_tax(tot, "8.1")
    r.lr("Parkgebühr CHF", ch(tot), bold=True, size=9)
    r.lr("inkl. MWST 8.1%", ch(vat))
    r.lr("Mastercard", "****4471")
    r.lr("Autorisierung", "093341")
    r.sep()
    r.c("Gute Fahrt!")
    items = [li("Parkgebühr 4 h 35 min", 1, tot, tot)]
    return r.render("Quittung 0007-118342"), rtruth(
        "0007-118342",
        "2026-02-27",
        "City Parking Solothurn AG",
        items,
        vat,
        tot,
        "CHF",
        "de-CH",
        "Car park machine slip, 58 mm, very narrow and downscaled to 520 px: two-digit years (27.02.26), entry/exit times, ticket number vs receipt number, VAT only as 'inkl.'.",
    )


@register("r08", "photo", dpi=240, long_side=1500, bg=(200, 200, 205), fold=False)
def r08(rnd):
    """US laundromat payment kiosk slip, no tax."""
    r = Roll(58, "Courier", 7.6, margin_mm=2.5)
    r.c("SUDS CITY LAUNDROMAT", bold=True)
    r.c("2218 W ARMITAGE AVE")
    r.c("CHICAGO IL 60647")
    r.c("(773) 555-0198")
    r.sep()
    r.l("KIOSK #2   TRANS# 448213")
    r.l("03/08/2026  08:51 PM")
    r.sep()
    rows = [
        ("WASHER #14 40LB HOT", D("1"), D("6.25")),
        ("DRYER #22 36 MIN", D("1"), D("2.25")),
        ("DETERGENT VEND", D("1"), D("1.50")),
    ]
    items = []
    tot = ZERO
    for desc, q, p in rows:
        a = q2(q * p)
        tot += a
        r.lr(desc, "$" + us(a))
        items.append(li(desc, q, p, a))
    r.sep()
    r.lr("TOTAL", "$" + us(tot), bold=True)
    r.lr("LOYALTY CARD ...5521", "$" + us(tot))
    r.lr("CARD BAL REMAINING", "$14.50")
    r.sep()
    r.c("NO REFUNDS ON STARTED CYCLES")
    r.c("THANK YOU!")
    return r.render("TRANS 448213"), rtruth(
        "448213",
        "2026-03-08",
        "SUDS CITY LAUNDROMAT",
        items,
        None,
        tot,
        "USD",
        "en-US",
        "Laundromat kiosk slip: no tax, paid from a stored-value card whose remaining balance ($14.50) is printed after the total; 12-hour clock.",
    )


@register("r09", "pdf")
def r09(rnd):
    """SE farmers' market stall, card reader e-mail receipt (PDF), moms 12 %."""
    r = Roll(76, "Helvetica", 8.4, margin_mm=5)
    r.c("Ekbacka Gård", bold=True, size=13)
    r.c("Bondens marknad Södermalm", size=7.5)
    r.c("Org.nr 559184-2207", size=7.5)
    r.gap(8)
    r.c("KVITTO", bold=True)
    r.c("Kvittonummer S-2026-0412", size=7.5)
    r.c("lör 14 mars 2026 10:23", size=7.5)
    r.gap(6)
    r.sep("line")
    rows = [
        ("Äpplen Ingrid Marie", D("2.4"), D("35.00"), "kg"),
        ("Honung, blomster 500 g", D("1"), D("95.00"), "st"),
        ("Surdegsbröd, råg", D("1"), D("65.00"), "st"),
        ("Getost, lagrad", D("1"), D("78.00"), "st"),
    ]
    items = []
    tot = ZERO
    for desc, q, p, u in rows:
        a = q2(q * p)
        tot += a
        r.lr(desc, sp(a) + " kr")
        r.l(f"{qs(q).replace('.', ',')} {u} × {sp(p)} kr", size=7)
        items.append(li(desc, q, p, a))
    r.sep("line")
    vat = incl_tax(tot, 12)
    r.lr("Totalt", sp(tot) + " kr", bold=True, size=11)
    r.lr("Moms 12 %", sp(vat) + " kr", size=7.5)
    r.lr("Netto", sp(tot - vat) + " kr", size=7.5)
    r.gap(6)
    r.lr("Visa •••• 2290 (kontaktlös)", sp(tot) + " kr", size=7.5)
    r.l("AID A0000000031010 · Godkänd", size=6.8)
    r.gap(8)
    r.c("Tack för ditt köp! Välkommen åter lördag.", size=7.5)
    r.c("Betalning via mobil kortläsare · kvitto skickat per e-post", size=6.5)
    return r.render("Kvitto S-2026-0412"), rtruth(
        "S-2026-0412",
        "2026-03-14",
        "Ekbacka Gård",
        items,
        vat,
        tot,
        "SEK",
        "sv-SE",
        "Farmers' market card-reader e-mail receipt (PDF): weighed item with decimal quantity 2,4 kg, 12 % food moms included, Swedish weekday date.",
    )


@register("r10", "pdf")
def r10(rnd):
    """UK charity donation receipt with Gift Aid (A5, no VAT)."""
    W, H = A5
    d = Doc(A5, "Donation receipt DN-2026-018834")
    teal = Color(0.0, 0.45, 0.45)
    d.c.setFillColor(teal)
    d.c.circle(50, H - 50, 18, stroke=0, fill=1)
    d.t(50, H - 55, "RH", "Helvetica-Bold", 13, "c", white)
    d.t(78, H - 46, "Riverside Hospice Trust", "Helvetica-Bold", 14, color=teal)
    d.t(78, H - 60, "Registered charity no. 1094412 (England & Wales)", "Helvetica", 7.5)
    d.t(30, H - 100, "Donation receipt", "Helvetica-Bold", 16)
    y = H - 125
    for k, v in [
        ("Receipt no.", "DN-2026-018834"),
        ("Date received", "1 March 2026"),
        ("Donor", "Mrs Helen Ashworth"),
        ("Donor ref.", "SUP-0082217"),
        ("Method", "Debit card (online)"),
        ("Appeal", "Spring Lights 2026"),
    ]:
        d.t(30, y, k, "Helvetica", 9)
        d.t(140, y, v, "Helvetica-Bold", 9)
        y -= 14
    amt = D("50.00")
    d.rect(30, y - 40, W - 60, 34, fill=Color(0.9, 0.96, 0.96), stroke=teal)
    d.t(40, y - 27, "Donation amount", "Helvetica-Bold", 11)
    d.t(W - 40, y - 27, "£" + us(amt), "Helvetica-Bold", 13, "r")
    y -= 65
    lines = wrap(
        "Thank you! Because you are a UK taxpayer and have made a Gift Aid declaration, we can claim an extra £12.50 from HMRC at no extra cost to you, making your gift worth £62.50.",
        "Helvetica",
        8.5,
        W - 60,
    )
    y = d.lines(30, y, lines, "Helvetica", 8.5, 11.5)
    lines = wrap(
        "No goods or services were provided in return for this donation. This receipt is not a VAT invoice. Please keep it for your records.",
        "Helvetica",
        7.5,
        W - 60,
    )
    d.lines(30, y - 8, lines, "Helvetica", 7.5, 10, color=GREY)
    d.t(
        30,
        40,
        "Riverside Hospice Trust · Mill Road, Bedford MK40 3JR · 01234 555 870",
        "Helvetica",
        7,
        color=GREY,
    )
    d.t(30, 30, "Company limited by guarantee no. 04488120", "Helvetica", 7, color=GREY)
    items = [li("Donation - Spring Lights 2026", 1, amt, amt)]
    return d.pdf(), rtruth(
        "DN-2026-018834",
        "2026-03-01",
        "Riverside Hospice Trust",
        items,
        None,
        amt,
        "GBP",
        "en-GB",
        "Charity donation receipt (A5 PDF): no VAT; Gift Aid amounts £12.50 and £62.50 in the text are not the total; donor reference looks like a receipt number.",
    )


@register("r11", "photo", dpi=220, long_side=1900, bg=(95, 70, 60))
def r11(rnd):
    """PL cinema fiscal receipt, PTU A 23 % / B 8 %."""
    r = Roll(80, "DVM", 7.6)
    r.c("KINO ŚWIATOWID Sp. z o.o.", bold=True)
    r.c("ul. Piotrkowska 86, 90-103 Łódź")
    r.c("NIP 725-228-41-90")
    r.lr("2026-03-13", "wydr. 0241")
    r.c("PARAGON FISKALNY", bold=True, size=9)
    r.sep()
    rows = [
        ("Bilet normalny sala 3", D("2"), D("32.00"), "B"),
        ("Bilet ulgowy sala 3", D("1"), D("24.00"), "B"),
        ("Popcorn duży solony", D("1"), D("26.00"), "B"),
        ("Napój 0,5 l", D("2"), D("12.00"), "A"),
    ]
    items = []
    by = {"A": ZERO, "B": ZERO}
    for desc, q, p, k in rows:
        a = q2(q * p)
        by[k] += a
        r.l(desc)
        r.row([(f"{qs(q)} x{sp(p)}", 0.45, "r"), (f"{sp(a)} {k}", 1, "r")])
        items.append(li(desc, q, p, a))
    r.sep()
    va, vb = incl_tax(by["A"], 23), incl_tax(by["B"], 8)
    tot = by["A"] + by["B"]
    r.lr("Sprzed. opod. PTU A", sp(by["A"]))
    r.lr("Kwota A 23,00%", sp(va))
    r.lr("Sprzed. opod. PTU B", sp(by["B"]))
    r.lr("Kwota B 8,00%", sp(vb))
    r.lr("Podatek PTU", sp(va + vb))
    r.lr("SUMA PLN", sp(tot), bold=True, size=11)
    r.sep()
    r.lr("Karta płatnicza", sp(tot) + " PLN")
    r.lr("00087 #Kasa 2  Kasjer Ewa", "19:02")
    r.c("BCE 14882311 nr: 0412/2026")
    r.bars(rnd, 8)
    r.c("Seans: Dziki Brzeg · 19:30 · rząd H, 7-9", size=6.8)
    return r.render("Paragon 0241"), rtruth(
        "0241",
        "2026-03-13",
        "KINO ŚWIATOWID Sp. z o.o.",
        items,
        va + vb,
        tot,
        "PLN",
        "pl-PL",
        "Polish fiscal receipt (paragon): PTU A/B tax groups with separate base and tax lines; print number 'wydr. 0241' is the receipt number; show time 19:30 and seat row in the footer.",
    )


@register("r12", "photo", dpi=220, long_side=1800, bg=(230, 225, 215), shadow=True)
def r12(rnd):
    """CA hair salon, HST 13 % on top, tip line."""
    r = Roll(80, "Helvetica", 8.4, margin_mm=4)
    r.c("Studio Mane & Co.", bold=True, size=13, font="Times-Roman")
    r.c("HAIR DESIGN", size=7)
    r.c("877 Queen St W, Toronto ON M6J 1G5")
    r.c("HST # 79421 8830 RT0001")
    r.sep("line")
    r.lr("Receipt #: 10-58841", "Mar 21, 2026 2:14 PM")
    r.l("Stylist: Priya   Client: Jennifer M.")
    r.sep("line")
    rows = [
        ("Women's Cut & Style", D("1"), D("85.00")),
        ("Colour - Root Touch-up", D("1"), D("95.00")),
        ("Gloss Toner", D("1"), D("25.00")),
        ("Bond Repair Treatment", D("1"), D("30.00")),
        ("Hydrating Shampoo 300ml", D("1"), D("32.00")),
    ]
    items = []
    sub = ZERO
    for desc, q, p in rows:
        a = q2(q * p)
        sub += a
        r.lr(desc, "$" + us(a))
        items.append(li(desc, q, p, a))
    r.sep("line")
    hst = q2(sub * Decimal("0.13"))
    tip = D("40.00")
    tot = sub + hst + tip
    r.lr("Subtotal", "$" + us(sub))
    r.lr("HST 13%", "$" + us(hst))
    r.lr("Tip", "$" + us(tip))
    r.lr("TOTAL", "$" + us(tot), bold=True, size=11)
    r.lr("VISA ************6610", "$" + us(tot))
    r.sep("line")
    r.c("Book your next visit in the Mane app!", size=7.5)
    r.c("Thank you, see you soon", size=7.5)
    return r.render("Receipt 10-58841"), rtruth(
        "10-58841",
        "2026-03-21",
        "Studio Mane & Co.",
        items,
        hst,
        tot,
        "CAD",
        "en-CA",
        "Hair salon: HST added on top and a $40 tip line inside the total; '$' without currency code (Canada); wordy date 'Mar 21, 2026'.",
        net=sub,
        tip=tip,
    )


@register("r13", "photo", dpi=220, long_side=1800, bg=(120, 120, 110))
def r13(rnd):
    """TR fast food, KDV included, loyalty app reward line."""
    r = Roll(80, "DVM", 7.6)
    r.c("KÖFTECİ USTA", bold=True, size=11)
    r.c("Köfteci Usta Gıda San. ve Tic. Ltd. Şti.")
    r.c("Bağdat Cad. No:312 Kadıköy/İSTANBUL")
    r.c("Kadıköy V.D. 5710338842")
    r.lr("TARİH: 14.03.2026", "SAAT: 13:26")
    r.lr("FİŞ NO: 0087", "Z NO: 0412")
    r.sep()
    rows = [
        ("KÖFTE MENÜ", D("2"), D("245.00")),
        ("AYRAN 300ML", D("2"), D("35.00")),
        ("PATATES BÜYÜK", D("1"), D("70.00")),
    ]
    items = []
    tot = ZERO
    for desc, q, p in rows:
        a = q2(q * p)
        tot += a
        r.l(f"{qs(q)} AD X {eu(p)}")
        r.row([(desc, 0, "l"), ("%10", 0.7, "r"), ("*" + eu(a), 1, "r")])
        items.append(li(desc, q, p, a))
    disc = D("-35.00")
    r.row([("USTA APP ÖDÜL: AYRAN", 0, "l"), ("*" + eu(disc), 1, "r")])
    items.append(li("USTA APP ÖDÜL: AYRAN", 1, disc, disc))
    tot += disc
    r.sep()
    vat = incl_tax(tot, 10)
    r.lr("TOPKDV", "*" + eu(vat))
    r.lr("TOPLAM", "*" + eu(tot), bold=True, size=11)
    r.lr("KREDİ KARTI", "*" + eu(tot))
    r.sep()
    r.l("Usta Kart: **** 8841")
    r.l("Kazanılan puan: 60  Toplam puan: 415")
    r.l("5 menüde 1 menü hediye! (3/5)")
    r.sep()
    r.lr("EKÜ NO: 0001", "MF YAB 15048877")
    return r.render("Fis 0087"), rtruth(
        "0087",
        "2026-03-14",
        "Köfteci Usta Gıda San. ve Tic. Ltd. Şti.",
        items,
        vat,
        tot,
        "TRY",
        "tr-TR",
        "Turkish fiscal receipt: '*' before amounts, loyalty-app reward as a negative line, points balances below the total, FİŞ NO vs Z NO.",
    )


@register("r14", "scan", ext="jpg", dpi=200, grey=False, quality=75, fade=(0.9, 0.75))
def r14(rnd):
    """GR airport duty free, EUR and USD totals, tax-free sale."""
    r = Roll(80, "DVM", 7.4)
    r.logo("AEGEAN TRAVEL RETAIL", 11, font="Helvetica-Bold")
    r.c("Aegean Travel Retail S.A.", bold=True)
    r.c("Athens International Airport, Gate B")
    r.c("ΑΦΜ 800677412 · ΔΟΥ ΦΑΕ Αθηνών")
    r.sep()
    r.lr("Απόδειξη/Receipt 88-204417", "")
    r.lr("16/03/2026", "06:12")
    r.l("Flight A3 928  ATH -> TLV  Seat 14C")
    r.sep()
    rows = [
        ("EAU DE PARFUM 50ML", D("1"), D("89.00")),
        ("SINGLE MALT 12Y 1L", D("1"), D("42.50")),
        ("CHOCOLATE PRALINES", D("2"), D("6.90")),
    ]
    items = []
    tot = ZERO
    for desc, q, p in rows:
        a = q2(q * p)
        tot += a
        r.l(desc)
        r.lr(f"  {qs(q)} x {eu(p)}", eu(a) + " EUR")
        items.append(li(desc, q, p, a))
    r.sep()
    rate = Decimal("1.0900")
    usd = q2(tot * rate)
    r.lr("ΣΥΝΟΛΟ / TOTAL EUR", eu(tot), bold=True, size=9.5)
    r.lr("TOTAL USD", us(usd), bold=True, size=9.5)
    r.l("Rate 1 EUR = 1.0900 USD")
    r.lr("Paid VISA USD", us(usd))
    r.sep()
    r.l("Tax-free sale to non-EU destination", size=6.8)
    r.l("ΑΠΑΛΛΑΓΗ ΦΠΑ άρθρο 27 Ν.2859/2000", size=6.8)
    r.bars(rnd, 8)
    r.c("ΜΑΡΚ 400001882214470", size=6.8)
    return r.render("Receipt 88-204417"), rtruth(
        "88-204417",
        "2026-03-16",
        "Aegean Travel Retail S.A.",
        items,
        None,
        tot,
        "EUR",
        "el-GR",
        "Duty-free receipt with two totals: prices and TOTAL in EUR (keyed), the USD conversion was charged to the card; VAT exemption text, no tax amount; flight number and MARK.",
    )


@register("r15", "scan", ext="png", dpi=200, grey=True, fade=(0.85, 0.7), blur=0.6)
def r15(rnd):
    """AT hardware store return slip, negative totals."""
    r = Roll(80, "Courier", 8.0)
    r.c("BAU- & GARTENMARKT STEINER", bold=True)
    r.c("Steiner GmbH")
    r.c("Wiener Straße 210, 4030 Linz")
    r.c("UID ATU 63318820")
    r.sep()
    r.c("*** RÜCKGABE / GUTSCHRIFT ***", bold=True)
    r.lr("Beleg-Nr.", "R-03-118774")
    r.lr("Datum", "23.03.2026 15:09")
    r.lr("Orig.-Bon", "03-118211 v. 19.03.2026")
    r.sep()
    rows = [
        ("AKKU-BOHRSCHRAUBER 18V", D("-1"), D("129.99")),
        ("BOHRER-SET HSS 19TLG", D("-1"), D("24.99")),
    ]
    items = []
    tot = ZERO
    for desc, q, p in rows:
        a = q2(q * p)
        tot += a
        r.l(desc)
        r.lr(f"  {qs(q)} x {eu(p)}", eu(a) + " A")
        items.append(li(desc, q, p, a))
    r.sep()
    vat = incl_tax(tot, 20)
    r.lr("SUMME EUR", eu(tot), bold=True, size=10)
    r.lr("Rückerstattung Karte", eu(tot))
    r.sep()
    r.row([("A 20%", 0, "l"), ("Netto " + eu(tot - vat), 0.62, "r"), ("USt " + eu(vat), 1, "r")])
    r.sep()
    r.l("Grund: Nichtgefallen")
    r.l("Unterschrift Kunde: ______________")
    r.gap()
    r.c("Kassa 4 · Bed. 112")
    r.c("Sig: K4-118774-f3a9c2")
    return r.render("Gutschrift R-03-118774"), rtruth(
        "R-03-118774",
        "2026-03-23",
        "Steiner GmbH",
        items,
        vat,
        tot,
        "EUR",
        "de-AT",
        "Hardware store refund slip: all amounts negative (credit note convention), original receipt number and date printed next to its own; store brand vs legal name 'Steiner GmbH'.",
        dtype="credit_note",
    )


@register("r16", "photo", dpi=220, long_side=1700, bg=(150, 120, 95))
def r16(rnd):
    """CZ hotel minibar slip charged to the room, DPH 21 % / 12 %."""
    r = Roll(76, "DV", 7.6)
    r.c("HOTEL VLTAVA GARDEN", bold=True, size=10)
    r.c("Hotel Vltava Garden s.r.o.")
    r.c("Dvořákovo nábřeží 12, 110 00 Praha 1")
    r.c("IČO 24811459 · DIČ CZ24811459")
    r.sep()
    r.c("MINIBAR – ÚČET", bold=True)
    r.lr("Doklad č. MB-314-0021", "22.03.2026")
    r.lr("Pokoj 314", "Host: Schneider")
    r.sep()
    rows = [
        ("Pilsner Urquell 0,5 l", D("2"), D("95.00"), 21),
        ("Mattoni 0,33 l", D("2"), D("65.00"), 12),
        ("Pringles Original", D("1"), D("120.00"), 12),
        ("Studentská pečeť", D("1"), D("85.00"), 12),
    ]
    items = []
    by = {21: ZERO, 12: ZERO}
    for desc, q, p, k in rows:
        a = q2(q * p)
        by[k] += a
        r.lr(f"{qs(q)}× {desc}", sp(a))
        items.append(li(desc, q, p, a))
    tot = by[21] + by[12]
    r.sep()
    r.lr("Celkem Kč", sp(tot), bold=True, size=10)
    v21, v12 = incl_tax(by[21], 21), incl_tax(by[12], 12)
    r.row([("Sazba", 0, "l"), ("Základ", 0.6, "r"), ("DPH", 1, "r")])
    r.row([("21 %", 0, "l"), (sp(by[21] - v21), 0.6, "r"), (sp(v21), 1, "r")])
    r.row([("12 %", 0, "l"), (sp(by[12] - v12), 0.6, "r"), (sp(v12), 1, "r")])
    r.sep()
    r.l("Úhrada: na pokoj (účet 314/2203)")
    r.gap(10)
    r.l("Podpis hosta: ____________________")
    r.c("Děkujeme / Thank you", size=7)
    return r.render("Minibar MB-314-0021"), rtruth(
        "MB-314-0021",
        "2026-03-22",
        "Hotel Vltava Garden s.r.o.",
        items,
        v21 + v12,
        tot,
        "CZK",
        "cs-CZ",
        "Hotel minibar slip charged to the room (no payment), two DPH rates (beer 21 %, snacks and water 12 %), room number 314 inside the document number.",
    )


# ================================================================ main
def build(name: str, outdir: Path) -> None:
    fn, spec = DOCS[name]
    seed = zlib.crc32(name.encode())
    rnd = random.Random(seed)
    rng = np.random.default_rng(seed)
    pdf, t = fn(rnd)
    kind = spec["kind"]
    t["kind"] = kind
    for old in outdir.glob(name + ".*"):
        old.unlink()
    if kind == "pdf":
        (outdir / f"{name}.pdf").write_bytes(pdf)
    else:
        pages = render_pages(pdf, spec.get("dpi", 200))
        if kind == "photo":
            assert len(pages) == 1
            im = photo(
                pages[0],
                rng,
                spec.get("long_side", 1900),
                spec.get("fold", True),
                spec.get("shadow", True),
                spec.get("bg", (118, 92, 66)),
            )
            im.save(outdir / f"{name}.jpg", "JPEG", quality=spec.get("quality", 72))
        else:
            args = {
                "grey": spec.get("grey", True),
                "blur": spec.get("blur", 0.7),
                "noise": spec.get("noise", 5.0),
                "specks": spec.get("specks", 30),
                "fade": spec.get("fade"),
                "width": spec.get("width"),
            }
            ims = [scan(p, rng, **args) for p in pages]
            ext = spec.get("ext", "png")
            if ext == "pdf":
                doc = pdfium.PdfDocument(pdf)
                size = doc[0].get_size()
                doc.close()
                (outdir / f"{name}.pdf").write_bytes(images_to_pdf(ims, size, name))
            else:
                assert len(ims) == 1
                if ext == "jpg":
                    ims[0].save(outdir / f"{name}.jpg", "JPEG", quality=spec.get("quality", 78))
                else:
                    ims[0].save(outdir / f"{name}.png", optimize=True)
    (outdir / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("outdir", nargs="?", default="bench/blindsets/blind-2026-13n")
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    for name in sorted(DOCS):
        if a.only and name != a.only:
            continue
        build(name, out)
        print("wrote", name)


if __name__ == "__main__":
    main()
