# ruff: noqa: E501
"""Blind evaluation set 14h: bilingual / two-script invoices and receipts.

Run from the repository root:

    python -m bench.blindsets.blind_2026_14h [OUTDIR] [--only NAME]

Every document is drawn by its own function with reportlab (invariant mode), then
kept as a born-digital PDF or degraded into a scan / photo. All randomness is seeded
with the CRC-32 of the document name, so re-runs are byte-identical. This module is
self-contained: it imports nothing from the product.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import zlib
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

SET = "14h"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-14h")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DV": "DejaVuSans.ttf",
    "DV-B": "DejaVuSans-Bold.ttf",
    "DV-I": "DejaVuSans-Oblique.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVC-B": "DejaVuSansCondensed-Bold.ttf",
    "DVC-I": "DejaVuSansCondensed-Oblique.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVS-B": "DejaVuSerif-Bold.ttf",
    "DVS-I": "DejaVuSerif-Italic.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
    "DVSC-B": "DejaVuSerifCondensed-Bold.ttf",
    "DVSC-I": "DejaVuSerifCondensed-Italic.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVM-B": "DejaVuSansMono-Bold.ttf",
}
_REGISTERED = False


def register_fonts() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    for key, fn in FONTS.items():
        pdfmetrics.registerFont(TTFont(key, str(FONT_DIR / fn)))
    _REGISTERED = True


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


# ---------------------------------------------------------------- money / dates

C2 = Decimal("0.01")


def D(x) -> Decimal:
    return Decimal(str(x))


def q2(x) -> Decimal:
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


def fmt(v, dec=",", th=".", places=2) -> str:
    v = D(v).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = f"{abs(v):,.{places}f}"
    s = s.replace(",", "\x00").replace(".", dec).replace("\x00", th)
    return ("-" if v < 0 else "") + s


def en(v) -> str:
    return fmt(v, ".", ",")


def de(v) -> str:
    return fmt(v, ",", ".")


def sp(v) -> str:
    return fmt(v, ",", " ")


def ch(v) -> str:
    return fmt(v, ".", "'")


def item(desc, qty, unit, amount=None, unit_places=2) -> dict:
    q = D(qty)
    u = D(unit)
    a = q2(q * u) if amount is None else q2(amount)
    return {
        "description": desc,
        "quantity": str(qty),
        "unit_price": f"{u:.{unit_places}f}",
        "amount": f"{a:.2f}",
    }


def isum(items) -> Decimal:
    return sum((D(i["amount"]) for i in items), Decimal("0.00"))


def incl_vat(gross, rate) -> Decimal:
    """VAT contained in a tax-inclusive gross amount."""
    g = D(gross)
    r = D(rate)
    return q2(g * r / (100 + r))


# ---------------------------------------------------------------- drawing helpers


class Pg:
    """Canvas wrapper that records every text run and refuses overlaps / overflow."""

    def __init__(self, c: canvas.Canvas, w: float, h: float, name: str, margin: float = 6.0):
        self.c = c
        self.w = w
        self.h = h
        self.name = name
        self.margin = margin
        self.runs: list[tuple[tuple[float, float, float, float], str]] = []
        self.page = 1
        self.texts: list[str] = []

    def new_page(self) -> None:
        self.c.showPage()
        self.runs = []
        self.page += 1

    def width(self, s: str, font: str, size: float) -> float:
        return pdfmetrics.stringWidth(s, font, size)

    def t(self, x, y, s, font="DV", size=9.0, align="l", color=None) -> float:
        w = self.width(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        box = (x0, y - 0.22 * size, x0 + w, y + 0.76 * size)
        m = self.margin
        if box[0] < m or box[1] < m or box[2] > self.w - m or box[3] > self.h - m:
            raise LayoutError(f"{self.name} p{self.page}: off page: {s!r} {box}")
        for b, other in self.runs:
            if (
                box[0] < b[2] + 1.5  # neighbours on a line keep a 1.5 pt gap
                and b[0] < box[2] + 1.5
                and box[1] < b[3] - 0.3
                and b[1] < box[3] - 0.3
            ):
                raise LayoutError(f"{self.name} p{self.page}: {s!r} overlaps {other!r}")
        self.runs.append((box, s))
        self.c.setFont(font, size)
        if color is not None:
            self.c.setFillColorRGB(*color)
        self.c.drawString(x0, y, s)
        if color is not None:
            self.c.setFillColorRGB(0, 0, 0)
        return w

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        c.restoreState()

    def hline(self, x0, x1, y, lw=0.5, color=(0, 0, 0), dash=None):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        if dash:
            c.setDash(*dash)
        c.line(x0, y, x1, y)
        c.restoreState()

    def vline(self, x, y0, y1, lw=0.5, color=(0, 0, 0)):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        c.line(x, y0, x, y1)
        c.restoreState()


def new_doc(pagesize, name, margin=6.0):
    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1)
    c.setTitle(name)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return buf, c, Pg(c, pagesize[0], pagesize[1], name, margin)


def finish(buf, c) -> bytes:
    c.showPage()
    c.save()
    return buf.getvalue()


def qr(c, x, y, size, seed, n=25):
    r = random.Random(seed)
    cell = size / n
    c.saveState()
    c.setFillColorRGB(1, 1, 1)
    c.rect(x - cell, y - cell, size + 2 * cell, size + 2 * cell, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)

    def finder(i0, j0):
        c.rect(x + i0 * cell, y + j0 * cell, 7 * cell, 7 * cell, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.rect(x + (i0 + 1) * cell, y + (j0 + 1) * cell, 5 * cell, 5 * cell, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(x + (i0 + 2) * cell, y + (j0 + 2) * cell, 3 * cell, 3 * cell, stroke=0, fill=1)

    for i in range(n):
        for j in range(n):
            in_f = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j >= n - 8)
            if not in_f and r.random() < 0.48:
                c.rect(x + i * cell, y + j * cell, cell, cell, stroke=0, fill=1)
    finder(0, 0)
    finder(0, n - 7)
    finder(n - 7, n - 7)
    c.restoreState()


def swiss_cross(c, x, y, s):
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    c.rect(x, y, s, s, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.rect(x + s * 0.4, y + s * 0.2, s * 0.2, s * 0.6, stroke=0, fill=1)
    c.rect(x + s * 0.2, y + s * 0.4, s * 0.6, s * 0.2, stroke=0, fill=1)
    c.restoreState()


def barcode(c, x, y, w, h, seed):
    r = random.Random(seed)
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    pos = x
    while pos < x + w - 3:
        bw = r.choice([0.7, 0.7, 1.4, 2.1])
        c.rect(pos, y, bw, h, stroke=0, fill=1)
        pos += bw + r.choice([0.7, 1.4, 2.1])
    c.restoreState()


def table(
    pg: Pg,
    y,
    cols,
    header,
    rows,
    *,
    font,
    bfont,
    size,
    lead,
    hfont2=None,
    hsize2=None,
    hfill=None,
    line_color=(0, 0, 0),
    x0=None,
    x1=None,
    rules=True,
    sub_font=None,
):
    """cols: list of (x, align). header: list of (line1, line2|None). rows: list of lists of str|list[str].

    Returns the y below the table."""
    x0 = cols[0][0] - 4 if x0 is None else x0
    x1 = (max(c[0] for c in cols) + 4) if x1 is None else x1
    nh = 2 if any(h[1] for h in header) else 1
    hh = size * 1.35 + (nh - 1) * (hsize2 or size) * 1.25 + 4
    if hfill is not None:
        pg.rect(x0, y - hh, x1 - x0, hh, fill=hfill)
    yy = y - size - 2
    for (x, al), (h1, h2) in zip(cols, header, strict=True):
        pg.t(x, yy, h1, bfont, size, al)
        if h2:
            pg.t(x, yy - (hsize2 or size) * 1.25, h2, hfont2 or font, hsize2 or size, al)
    y = y - hh
    if rules:
        pg.hline(x0, x1, y, 0.6, line_color)
    for row in rows:
        nlines = max(len(cell) if isinstance(cell, list) else 1 for cell in row)
        yy = y - size - 2.5
        for (x, al), cell in zip(cols, row, strict=True):
            lines = cell if isinstance(cell, list) else [cell]
            for k, s in enumerate(lines):
                if s:
                    f = font if k == 0 or sub_font is None else sub_font
                    pg.t(x, yy - k * lead, s, f, size if k == 0 else size * 0.9, al)
        y = y - (nlines - 1) * lead - size * lead / size - size - 2.5 - 3
        y = yy - (nlines - 1) * lead - size * 0.22 - 3
        if rules:
            pg.hline(x0, x1, y, 0.25, line_color)
    return y


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    cur = ""
    for w in s.split():
        trial = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


class Roll:
    """Receipt on a paper roll: lines are collected, the page is as long as its content."""

    def __init__(self, name, width_mm, font="DVM", size=8.0, margin_mm=3.0):
        self.name = name
        self.W = width_mm * mm
        self.m = margin_mm * mm
        self.font = font
        self.size = size
        self.ops: list = []

    @property
    def inner(self) -> float:
        return self.W - 2 * self.m

    def line(self, parts, size=None, font=None, lead=1.28):
        size = size or self.size
        font = font or self.font
        self.ops.append(
            (
                "text",
                size * lead,
                [(p[0], p[1], p[2], p[3] if len(p) > 3 else font, size) for p in parts],
            )
        )

    def c(self, s, **kw):
        self.line([(s, "c", 0)], **kw)

    def l(self, s, **kw):  # noqa: E743
        self.line([(s, "l", 0)], **kw)

    def lr(self, a, b, **kw):
        self.line([(a, "l", 0), (b, "r", 0)], **kw)

    def rule(self, style="dash", h=7.0):
        self.ops.append(("rule", h, style))

    def chars(self, ch="-", h=None):
        n = int(self.inner / pdfmetrics.stringWidth(ch, self.font, self.size))
        self.ops.append(("text", h or self.size * 1.2, [(ch * n, "c", 0, self.font, self.size)]))

    def space(self, h):
        self.ops.append(("space", h, None))

    def qr(self, size_mm, seed):
        self.ops.append(("qr", size_mm * mm + 6, (size_mm * mm, seed)))

    def bar(self, w_mm, h_mm, seed):
        self.ops.append(("bar", h_mm * mm + 6, (w_mm * mm, h_mm * mm, seed)))

    def logo(self, h, fn):
        self.ops.append(("logo", h, fn))

    def _text(self, pg, y, h, data):
        for s, al, dx, font, size in data:
            base = y - h / 2 - 0.27 * size
            if al == "l":
                pg.t(self.m + dx, base, s, font, size, "l")
            elif al == "r":
                pg.t(self.W - self.m - dx, base, s, font, size, "r")
            else:
                pg.t(self.W / 2 + dx, base, s, font, size, "c")

    def _rule(self, pg, y, h, style):
        if style == "dash":
            pg.hline(self.m, self.W - self.m, y - h / 2, 0.6, dash=(2, 1.5))
        elif style == "double":
            pg.hline(self.m, self.W - self.m, y - h / 2 + 1, 0.5)
            pg.hline(self.m, self.W - self.m, y - h / 2 - 1, 0.5)
        else:
            pg.hline(self.m, self.W - self.m, y - h / 2, 0.8)

    def build(self, top_mm=6.0, bottom_mm=10.0) -> tuple[bytes, float, float]:
        H = sum(op[1] for op in self.ops) + (top_mm + bottom_mm) * mm
        buf, c, pg = new_doc((self.W, H), self.name, margin=self.m - 1)
        y = H - top_mm * mm
        for kind, h, data in self.ops:
            if kind == "text":
                self._text(pg, y, h, data)
            elif kind == "rule":
                self._rule(pg, y, h, data)
            elif kind == "qr":
                s, seed = data
                qr(c, (self.W - s) / 2, y - h + 3, s, seed)
            elif kind == "bar":
                bw, bh, seed = data
                barcode(c, (self.W - bw) / 2, y - h + 3, bw, bh, seed)
            elif kind == "logo":
                data(c, pg, y, h)
            y -= h
        return finish(buf, c), self.W, H


# ---------------------------------------------------------------- truth


@dataclass
class Doc:
    pdf: bytes
    truth: dict
    tip: Decimal = Decimal("0.00")
    rounding: Decimal = Decimal("0.00")
    must: tuple = ()


def truth(
    *, number, date, due, vendor, amount, vat, total, currency, locale, layout, doctype, items, note
) -> dict:
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": f"{q2(amount):.2f}",
        "vat": None if vat is None else f"{q2(vat):.2f}",
        "total": f"{q2(total):.2f}",
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": doctype,
        "line_items": items,
        "note": note,
    }


# ================================================================ invoices


def i01() -> Doc:
    """Quebec: FR/EN, GST + QST, Letter, totals printed in both number formats."""
    W, H = LETTER
    buf, c, pg = new_doc(LETTER, "i01", margin=18)
    items = [
        item("Conception graphique / Graphic design", "12", "95.00"),
        item("Rédaction bilingue / Bilingual copywriting", "8", "80.00"),
        item("Impression affiches 24×36 / Poster printing 24×36", "40", "6.50"),
        item("Livraison / Delivery", "1", "35.00"),
    ]
    net = isum(items)
    gst = q2(net * D("0.05"))
    qst = q2(net * D("0.09975"))
    total = net + gst + qst
    teal = (0.05, 0.36, 0.42)
    c.setFillColorRGB(*teal)
    p = c.beginPath()
    p.moveTo(48, H - 100)
    p.lineTo(68, H - 58)
    p.lineTo(88, H - 100)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    pg.t(98, H - 72, "ATELIERS BORÉAL", "DVS-B", 20, color=teal)
    pg.t(98, H - 88, "Ateliers Boréal inc.  ·  Boreal Workshops Inc.", "DV", 9)
    pg.t(98, H - 100, "2150, rue Sainte-Catherine Ouest, bureau 410", "DV", 8)
    pg.t(98, H - 110, "Montréal (Québec)  H3H 1M7  ·  514 555-0182", "DV", 8)
    pg.rect(W - 236, H - 118, 190, 64, fill=(0.9, 0.95, 0.95), stroke=teal)
    pg.t(W - 141, H - 78, "FACTURE / INVOICE", "DV-B", 14, "c", color=teal)
    pg.t(W - 141, H - 97, "N° / No.  F-2026-00418", "DV-B", 10, "c")
    pg.t(W - 141, H - 110, "Client / Customer  C-1187", "DV", 8, "c")
    y = H - 150
    pg.t(48, y, "FACTURER À / BILL TO", "DV-B", 8, color=teal)
    for k, s in enumerate(
        [
            "Festival Lumière Nord",
            "Northern Light Festival",
            "Att. / Attn: Mme Julie Tremblay",
            "88, rue Principale",
            "Rouyn-Noranda (Québec)  J9X 4P2",
        ]
    ):
        pg.t(48, y - 13 - k * 11, s, "DV", 9)
    rows = [
        ("Date de facture / Invoice date", "2026-02-09"),
        ("", "9 février 2026 / February 9, 2026"),
        ("Échéance / Due date", "2026-03-11"),
        ("Conditions / Terms", "Net 30 jours / Net 30 days"),
        ("Bon de commande / PO", "FLN-2026-07"),
    ]
    for k, (a, b) in enumerate(rows):
        pg.t(330, y - k * 13, a, "DV", 8)
        pg.t(W - 48, y - k * 13, b, "DV-B" if k in (0, 2) else "DV", 8, "r")
    y = H - 235
    cols = [(52, "l"), (380, "r"), (468, "r"), (W - 52, "r")]
    header = [
        ("Description", "Description"),
        ("Qté", "Qty"),
        ("Prix unit.", "Unit price"),
        ("Montant", "Amount"),
    ]
    trows = [
        [i["description"], i["quantity"], f"{sp(i['unit_price'])} $", f"{sp(i['amount'])} $"]
        for i in items
    ]
    y = table(
        pg,
        y,
        cols,
        header,
        trows,
        font="DV",
        bfont="DV-B",
        size=9,
        lead=11,
        hfont2="DV-I",
        hsize2=8,
        hfill=(0.9, 0.95, 0.95),
        x0=44,
        x1=W - 44,
    )
    y -= 22
    tot = [
        ("Sous-total / Subtotal", f"{sp(net)} $", "DV"),
        ("TPS / GST 5 %  (784512963 RT0001)", f"{sp(gst)} $", "DV"),
        ("TVQ / QST 9,975 %  (1220458963 TQ0001)", f"{sp(qst)} $", "DV"),
    ]
    for a, b, f in tot:
        pg.t(300, y, a, f, 9)
        pg.t(W - 52, y, b, f, 9, "r")
        y -= 14
    pg.hline(300, W - 48, y + 6, 1.0, teal)
    y -= 8
    pg.t(300, y, "TOTAL (CAD)", "DV-B", 12)
    pg.t(W - 52, y, f"{sp(total)} $", "DV-B", 12, "r")
    y -= 14
    pg.t(W - 52, y, f"(CAD ${en(total)})", "DV", 9, "r")
    y -= 50
    pg.t(48, y, "Paiement / Payment", "DV-B", 9, color=teal)
    lines = [
        "Virement Interac / Interac e-Transfer : comptes@ateliersboreal.ca",
        "Dépôt direct / Direct deposit : Caisse Desjardins 815 · transit 30012 · compte 0456721",
        "Intérêts de 1,5 % par mois sur tout solde en souffrance / 1.5% monthly interest on overdue balances.",
    ]
    for k, s in enumerate(lines):
        pg.t(48, y - 13 - k * 11, s, "DV", 8)
    pg.t(
        W / 2,
        40,
        "Merci de votre confiance! / Thank you for your business!",
        "DV-I",
        9,
        "c",
        color=teal,
    )
    pg.t(W / 2, 28, "NEQ 1172458963  ·  www.ateliersboreal.ca", "DV", 7, "c")
    return Doc(
        finish(buf, c),
        truth(
            number="F-2026-00418",
            date="2026-02-09",
            due="2026-03-11",
            vendor="Ateliers Boréal inc.",
            amount=net,
            vat=gst + qst,
            total=total,
            currency="CAD",
            locale="fr-CA",
            layout="invoice",
            doctype="invoice",
            items=items,
            note="Quebec FR/EN; GST 5% + QST 9.975% (vat = sum); amounts in French format '1 234,56 $' with the total repeated as 'CAD $2,385.73'; date printed ISO and spelled out in both languages; wordmark has no legal form, the legal name line carries both 'inc.' and 'Inc.'",
        ),
        must=("F-2026-00418", f"{sp(total)} $", en(total)),
    )


def i02() -> Doc:
    """Belgium (Brussels): NL/FR, two pages, 21 % and 6 % BTW/TVA, carried subtotal."""
    W, H = A4
    buf, c, pg = new_doc(A4, "i02", margin=20)
    rng = random.Random(zlib.crc32(b"i02-items"))
    catalogue = [
        ("Brochure A5 16 p. / Brochure A5 16 p.", 6, "0.84"),
        ("Boek 'Brussel 1900' / Livre 'Bruxelles 1900'", 6, "14.60"),
        ("Folder A4 3-luik / Dépliant A4 3 volets", 21, "0.31"),
        ("Affiche A2 / Affiche A2", 21, "2.95"),
        ("Visitekaartjes / Cartes de visite (x250)", 21, "24.00"),
        ("Catalogus 48 p. / Catalogue 48 p.", 6, "3.75"),
        ("Kalender 2027 / Calendrier 2027", 21, "6.40"),
        ("Enveloppen C5 / Enveloppes C5 (x500)", 21, "38.50"),
        ("Tijdschrift nr. 12 / Revue n° 12", 6, "2.10"),
        ("Roll-up banner / Bannière roll-up", 21, "89.00"),
        ("Stickers rond / Autocollants ronds (x1000)", 21, "46.00"),
        ("Kinderboek / Livre pour enfants", 6, "7.85"),
    ]
    items = []
    rates = []
    for _k in range(30):
        desc, rate, price = catalogue[rng.randrange(len(catalogue))]
        qty = rng.choice([1, 2, 5, 10, 25, 50, 100, 250])
        if D(price) > 20:
            qty = rng.choice([1, 2, 3, 4])
        items.append(item(desc, str(qty), price))
        rates.append(rate)
    base = {6: Decimal("0.00"), 21: Decimal("0.00")}
    for it, r in zip(items, rates, strict=True):
        base[r] += D(it["amount"])
    vat = {r: q2(b * r / 100) for r, b in base.items()}
    net = isum(items)
    total = net + sum(vat.values())
    navy = (0.12, 0.18, 0.4)
    cols = [(62, "l"), (330, "r"), (385, "r"), (460, "r"), (W - 62, "r")]
    header = [
        ("Omschrijving", "Description"),
        ("Aantal", "Quantité"),
        ("Btw", "TVA"),
        ("Eenheidsprijs", "Prix unitaire"),
        ("Bedrag", "Montant"),
    ]

    def head(page):
        pg.t(56, H - 70, "LEMAIRE", "DVC-B", 30, color=navy)
        pg.t(58, H - 86, "drukkerij · imprimerie", "DVC", 10, color=navy)
        pg.t(W - 56, H - 58, "Drukkerij Lemaire BV / Imprimerie Lemaire SRL", "DVC-B", 9, "r")
        pg.t(W - 56, H - 70, "Vlaamsesteenweg 112 rue de Flandre", "DVC", 8.5, "r")
        pg.t(W - 56, H - 81, "1000 Brussel / Bruxelles", "DVC", 8.5, "r")
        pg.t(
            W - 56,
            H - 92,
            "Btw / TVA  BE 0456.789.123  ·  RPR/RPM Brussel/Bruxelles",
            "DVC",
            8,
            "r",
        )
        pg.hline(56, W - 56, H - 102, 1.2, navy)
        pg.t(
            56, 36, "KBC BE68 5390 0754 7034  ·  BIC KREDBEBB  ·  info@lemaire.brussels", "DVC", 7.5
        )
        pg.t(W - 56, 36, f"Pagina {page}/2 · Page {page}/2", "DVC", 7.5, "r")

    head(1)
    y = H - 130
    pg.t(56, y, "FACTUUR / FACTURE", "DVC-B", 16, color=navy)
    info = [
        ("Factuurnummer / N° de facture", "2026/0311"),
        ("Factuurdatum / Date de facture", "23/03/2026"),
        ("Vervaldag / Échéance", "22/04/2026"),
        ("Klantnummer / N° client", "K-20418"),
    ]
    for k, (a, b) in enumerate(info):
        pg.t(56, y - 22 - k * 12, a, "DVC", 8.5)
        pg.t(215, y - 22 - k * 12, b, "DVC-B", 8.5)
    pg.rect(330, y - 74, W - 56 - 330, 78, stroke=(0.6, 0.6, 0.6))
    for k, s in enumerate(
        [
            "Uitgeverij Zennevallei vzw / Éditions de la Senne asbl",
            "T.a.v. / À l'att. de M. Pieter Claes",
            "Rue Haute 41 Hoogstraat",
            "1000 Bruxelles / Brussel",
            "BE 0712.345.678",
        ]
    ):
        pg.t(338, y - 8 - k * 12, s, "DVC", 8)
    y -= 100
    first = items[:20]
    rows = [
        [i["description"], i["quantity"], f"{r}%", de(i["unit_price"]), de(i["amount"])]
        for i, r in zip(first, rates[:20], strict=True)
    ]
    y = table(
        pg,
        y,
        cols,
        header,
        rows,
        font="DVC",
        bfont="DVC-B",
        size=8.5,
        lead=10,
        hfont2="DVC-I",
        hsize2=7.5,
        hfill=(0.88, 0.9, 0.96),
        x0=56,
        x1=W - 56,
    )
    carried = isum(first)
    y -= 14
    pg.t(330, y, "Over te dragen / À reporter", "DVC-I", 8.5)
    pg.t(W - 62, y, de(carried), "DVC-B", 8.5, "r")
    pg.new_page()
    head(2)
    y = H - 128
    pg.t(56, y, "Factuur / Facture 2026/0311  (vervolg / suite)", "DVC-B", 10)
    pg.t(330, y - 18, "Overdracht / Report", "DVC-I", 8.5)
    pg.t(W - 62, y - 18, de(carried), "DVC-B", 8.5, "r")
    y -= 30
    rows = [
        [i["description"], i["quantity"], f"{r}%", de(i["unit_price"]), de(i["amount"])]
        for i, r in zip(items[20:], rates[20:], strict=True)
    ]
    y = table(
        pg,
        y,
        cols,
        header,
        rows,
        font="DVC",
        bfont="DVC-B",
        size=8.5,
        lead=10,
        hfont2="DVC-I",
        hsize2=7.5,
        hfill=(0.88, 0.9, 0.96),
        x0=56,
        x1=W - 56,
    )
    y -= 24
    vcols = [(62, "l"), (190, "r"), (260, "r"), (330, "r")]
    vrows = [[f"{r} %", de(base[r]), de(vat[r]), de(base[r] + vat[r])] for r in (6, 21)]
    table(
        pg,
        y,
        vcols,
        [("Btw-tarief", "Taux TVA"), ("Maatstaf", "Base"), ("Btw", "TVA"), ("Totaal", "Total")],
        vrows,
        font="DVC",
        bfont="DVC-B",
        size=8,
        lead=10,
        hfont2="DVC-I",
        hsize2=7,
        x0=56,
        x1=336,
    )
    tl = [("Totaal excl. btw / Total HTVA", de(net)), ("Btw / TVA", de(sum(vat.values())))]
    for k, (a, b) in enumerate(tl):
        pg.t(370, y - 10 - k * 14, a, "DVC", 9)
        pg.t(W - 62, y - 10 - k * 14, b, "DVC", 9, "r")
    pg.rect(300, y - 84, W - 56 - 300, 24, fill=navy)
    pg.t(308, y - 76, "TE BETALEN / À PAYER", "DVC-B", 10, color=(1, 1, 1))
    pg.t(W - 62, y - 76, f"€ {de(total)}", "DVC-B", 11, "r", color=(1, 1, 1))
    y -= 120
    ogm = "+++311/2026/04182+++"
    for k, s in enumerate(
        [
            f"Gelieve te betalen vóór 22/04/2026 met gestructureerde mededeling {ogm}.",
            f"Veuillez payer avant le 22/04/2026 avec la communication structurée {ogm}.",
            "Bij laattijdige betaling is een verwijlintrest van 8 % verschuldigd.",
            "En cas de retard de paiement, un intérêt de retard de 8 % est dû.",
        ]
    ):
        pg.t(56, y - k * 12, s, "DVC", 8.5)
    return Doc(
        finish(buf, c),
        truth(
            number="2026/0311",
            date="2026-03-23",
            due="2026-04-22",
            vendor="Drukkerij Lemaire BV",
            amount=net,
            vat=sum(vat.values()),
            total=total,
            currency="EUR",
            locale="nl-BE",
            layout="invoice",
            doctype="invoice",
            items=items,
            note="Brussels NL/FR, 2 pages (30 lines, carried subtotal 'Over te dragen / À reporter' then 'Overdracht / Report'); BTW/TVA 6% and 21% summed; vendor printed as 'Drukkerij Lemaire BV / Imprimerie Lemaire SRL' (keyed NL half), big wordmark 'LEMAIRE'; dates dd/mm/yyyy",
        ),
        must=("2026/0311", de(total), de(carried)),
    )


def i03() -> Doc:
    """Biel/Bienne: DE/FR, MWST/TVA 8.1 %, apostrophe thousands, 5-Rappen rounding, QR-bill."""
    W, H = A4
    buf, c, pg = new_doc(A4, "i03", margin=16)
    items = [
        item("Präzisionswelle Ø12 h6 / Arbre de précision Ø12 h6", "25", "186.40"),
        item("Lagerbuchse CuSn8 / Douille de palier CuSn8", "120", "3.85"),
        item("CNC-Programmierung / Programmation CNC (h)", "6.5", "145.00"),
        item("Versand / Expédition", "1", "28.50"),
    ]
    net = isum(items)
    vat = q2(net * D("0.081"))
    exact = net + vat
    total = (exact / D("0.05")).quantize(Decimal(1), rounding=ROUND_HALF_UP) * D("0.05")
    total = q2(total)
    rnd = total - exact
    pg.t(W - 50, H - 62, "JEANNERET", "Times-Bold", 26, "r")
    pg.t(W - 50, H - 78, "Feinmechanik AG  ·  Mécanique de précision SA", "Times-Italic", 10, "r")
    pg.t(
        W - 50,
        H - 91,
        "Zentralstrasse 63 / Rue Centrale 63  ·  2502 Biel/Bienne",
        "Times-Roman",
        9,
        "r",
    )
    pg.t(W - 50, H - 103, "CHE-109.842.357 MWST/TVA  ·  Tel. 032 555 41 20", "Times-Roman", 9, "r")
    pg.hline(50, W - 50, H - 112, 0.8)
    y = H - 150
    for k, s in enumerate(
        [
            "Firma / Entreprise",
            "Horlogerie Vaucher Sàrl",
            "Herr / M. Daniel Vaucher",
            "Rue de la Gare 14",
            "2300 La Chaux-de-Fonds",
        ]
    ):
        pg.t(330, y - k * 13, s, "Times-Bold" if k == 1 else "Times-Roman", 10 if k else 8)
    pg.t(50, y, "Rechnung / Facture", "Times-Bold", 18)
    kv = [
        ("Rechnungs-Nr. / N° de facture", "R-26-0672"),
        ("Datum / Date", "16.03.2026"),
        ("Zahlbar bis / Payable jusqu'au", "15.04.2026"),
        ("Ihre Bestellung / Votre commande", "HV-558 vom/du 02.03.2026"),
    ]
    for k, (a, b) in enumerate(kv):
        pg.t(50, y - 24 - k * 13, a, "Times-Roman", 9)
        pg.t(200, y - 24 - k * 13, b, "Times-Bold", 9)
    y = H - 255
    cols = [(54, "l"), (60 + 300, "r"), (440, "r"), (W - 54, "r")]
    header = [
        ("Bezeichnung / Désignation", None),
        ("Menge / Qté", None),
        ("Preis / Prix", None),
        ("Betrag / Montant", None),
    ]
    rows = [[i["description"], i["quantity"], ch(i["unit_price"]), ch(i["amount"])] for i in items]
    y = table(
        pg,
        y,
        cols,
        header,
        rows,
        font="Times-Roman",
        bfont="Times-Bold",
        size=9.5,
        lead=11,
        x0=50,
        x1=W - 50,
    )
    y -= 18
    tl = [
        ("Total netto / Total net", ch(net), "Times-Roman"),
        ("MWST / TVA 8.1 %", ch(vat), "Times-Roman"),
        ("Rundung / Arrondi", f"{'+' if rnd >= 0 else ''}{ch(rnd)}", "Times-Roman"),
    ]
    for a, b, f in tl:
        pg.t(320, y, a, f, 10)
        pg.t(W - 54, y, b, f, 10, "r")
        y -= 14
    pg.hline(316, W - 50, y + 8, 0.8)
    pg.hline(316, W - 50, y + 6, 0.8)
    y -= 6
    pg.t(320, y, "Total CHF", "Times-Bold", 12)
    pg.t(W - 54, y, ch(total), "Times-Bold", 12, "r")
    y -= 36
    pg.t(
        50,
        y,
        "Zahlbar innert 30 Tagen netto. / Payable dans les 30 jours net.",
        "Times-Italic",
        9.5,
    )
    pg.t(
        50, y - 13, "Besten Dank für Ihren Auftrag. / Merci de votre commande.", "Times-Italic", 9.5
    )
    # QR-bill at the bottom (105 mm)
    top = 105 * mm
    pg.hline(0, W, top, 0.5, dash=(3, 2))
    pg.vline(62 * mm, 0, top, 0.5)
    pg.t(5 * mm + 2, top - 14, "Empfangsschein / Récépissé", "DV-B", 9)
    pg.t(67 * mm, top - 14, "Zahlteil / Section paiement", "DV-B", 9)
    rec = [
        ("Konto / Compte", "DV-B"),
        ("CH44 3199 9123 0008 8901 2", "DV"),
        ("Jeanneret Feinmechanik AG", "DV"),
        ("Zentralstrasse 63", "DV"),
        ("2502 Biel/Bienne", "DV"),
        ("Referenz / Référence", "DV-B"),
        ("21 00000 00003 13947 14300 09017", "DV"),
    ]
    for k, (s, f) in enumerate(rec):
        pg.t(5 * mm + 2, top - 32 - k * 10, s, f, 6.5)
    pg.t(5 * mm + 2, 36 * mm, "Währung / Monnaie", "DV-B", 6.5)
    pg.t(5 * mm + 2, 36 * mm - 10, "CHF", "DV", 8)
    pg.t(5 * mm + 2, 24 * mm, "Betrag / Montant", "DV-B", 6.5)
    qr_amount = fmt(total, ".", " ")
    pg.t(5 * mm + 2, 24 * mm - 10, qr_amount, "DV", 8)
    qr(c, 67 * mm, 40 * mm, 46 * mm, zlib.crc32(b"i03qr"), n=33)
    swiss_cross(c, 67 * mm + 20 * mm, 40 * mm + 20 * mm, 6 * mm)
    pg.t(67 * mm, 30 * mm, "Währung / Monnaie", "DV-B", 7)
    pg.t(67 * mm, 30 * mm - 11, "CHF", "DV", 9)
    pg.t(97 * mm, 30 * mm, "Betrag / Montant", "DV-B", 7)
    pg.t(97 * mm, 30 * mm - 11, qr_amount, "DV", 9)
    pay = [
        ("Konto / Compte", "DV-B"),
        ("CH44 3199 9123 0008 8901 2", "DV"),
        ("Jeanneret Feinmechanik AG", "DV"),
        ("Zentralstrasse 63, 2502 Biel/Bienne", "DV"),
        ("Referenz / Référence", "DV-B"),
        ("21 00000 00003 13947 14300 09017", "DV"),
        ("Zusätzliche Informationen / Informations supplémentaires", "DV-B"),
        ("Rechnung / Facture R-26-0672", "DV"),
        ("Zahlbar durch / Payable par", "DV-B"),
        ("Horlogerie Vaucher Sàrl", "DV"),
        ("Rue de la Gare 14, 2300 La Chaux-de-Fonds", "DV"),
    ]
    for k, (s, f) in enumerate(pay):
        pg.t(118 * mm, top - 32 - k * 10.5, s, f, 7)
    return Doc(
        finish(buf, c),
        truth(
            number="R-26-0672",
            date="2026-03-16",
            due="2026-04-15",
            vendor="Jeanneret Feinmechanik AG",
            amount=net,
            vat=vat,
            total=total,
            currency="CHF",
            locale="de-CH",
            layout="invoice",
            doctype="invoice",
            items=items,
            note="Biel/Bienne DE/FR; MWST/TVA 8.1%; apostrophe thousands (6'586.55) in the body but space thousands in the QR-bill (6 586.55); 5-Rappen rounding line (+0.02) so net+VAT != total; wordmark 'JEANNERET' with legal forms 'Feinmechanik AG · Mécanique de précision SA' (keyed DE, as in the QR-bill)",
        ),
        rounding=rnd,
        must=("R-26-0672", ch(total), qr_amount),
    )


def i04() -> Doc:
    """Turku/Åbo: FI/SV, ALV/MOMS 25.5 %, reference number, virtual barcode."""
    W, H = A4
    buf, c, pg = new_doc(A4, "i04", margin=20)
    items = [
        item("Veneen talvisäilytys / Vinterförvaring av båt", "1", "680.00"),
        item("Pohjamaalaus / Bottenmålning (h)", "6", "72.00"),
        item("Antifouling-maali 2,5 l / Antifoulingfärg 2,5 l", "2", "129.90"),
        item("Nosto ja lasku / Lyft och sjösättning", "1", "190.00"),
    ]
    net = isum(items)
    vat = q2(net * D("0.255"))
    total = net + vat
    blue = (0.0, 0.28, 0.55)
    c.setFillColorRGB(*blue)
    c.circle(70, H - 70, 22, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    p = c.beginPath()
    p.moveTo(58, H - 78)
    p.lineTo(82, H - 78)
    p.lineTo(70, H - 56)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    pg.t(102, H - 66, "Turun Venetelakka Oy", "DV-B", 15, color=blue)
    pg.t(102, H - 82, "Åbo Båtvarv Ab", "DV-B", 12, color=blue)
    pg.t(W - 56, H - 62, "LASKU", "DV-B", 20, "r")
    pg.t(W - 56, H - 80, "FAKTURA", "DV", 13, "r")
    y = H - 130
    for k, s in enumerate(
        [
            "Laskutusosoite / Faktureringsadress",
            "Nauvon Purjehdusseura ry",
            "Nagu Seglarförening rf",
            "Rantatie 3 / Strandvägen 3",
            "21660 Nauvo / Nagu",
        ]
    ):
        pg.t(56, y - k * 13, s, "DV-B" if k == 0 else "DV", 8 if k == 0 else 9.5)
    kv = [
        ("Laskun nro / Fakturanr", "26-1043"),
        ("Päivämäärä / Datum", "12.3.2026"),
        ("Eräpäivä / Förfallodag", "26.3.2026"),
        ("Maksuehto / Betalningsvillkor", "14 pv / 14 d netto"),
        ("Viitenumero / Referensnummer", "1043 26017"),
        ("Viivästyskorko / Dröjsmålsränta", "11,5 %"),
    ]
    for k, (a, b) in enumerate(kv):
        pg.t(275, y - k * 13, a, "DV", 8.5)
        pg.t(W - 56, y - k * 13, b, "DV-B", 8.5, "r")
    y = H - 230
    cols = [(60, "l"), (345, "r"), (430, "r"), (W - 60, "r")]
    header = [
        ("Kuvaus", "Beskrivning"),
        ("Määrä", "Antal"),
        ("À-hinta", "À-pris"),
        ("Yhteensä", "Summa"),
    ]
    rows = [[i["description"], i["quantity"], sp(i["unit_price"]), sp(i["amount"])] for i in items]
    y = table(
        pg,
        y,
        cols,
        header,
        rows,
        font="DV",
        bfont="DV-B",
        size=9,
        lead=11,
        hfont2="DV-I",
        hsize2=8,
        hfill=(0.85, 0.91, 0.97),
        x0=56,
        x1=W - 56,
    )
    y -= 20
    for a, b, f in [
        ("Veroton yhteensä / Summa utan moms", sp(net), "DV"),
        ("ALV / MOMS 25,5 %", sp(vat), "DV"),
        ("Maksettava / Att betala  EUR", sp(total), "DV-B"),
    ]:
        pg.t(290, y, a, f, 10)
        pg.t(W - 60, y, b, f, 10, "r")
        y -= 16
    y -= 30
    pg.rect(56, y - 130, W - 112, 140, stroke=(0.3, 0.3, 0.3))
    pg.vline(300, y - 130, y + 10, 0.5)
    bank = [
        ("Saajan tilinumero / Mottagarens kontonummer", "DV-B"),
        ("FI21 1234 5600 0007 85  (NDEAFIHH)", "DV"),
        ("Saaja / Mottagare", "DV-B"),
        ("Turun Venetelakka Oy", "DV"),
        ("Satamakatu 18, 20100 Turku / Åbo", "DV"),
    ]
    for k, (s, f) in enumerate(bank):
        pg.t(62, y - 4 - k * 13, s, f, 8)
    right = [
        ("Viitenro / Ref.nr", "1043 26017"),
        ("Eräpäivä / Förf.dag", "26.3.2026"),
        ("Euro", sp(total)),
    ]
    for k, (a, b) in enumerate(right):
        pg.t(306, y - 4 - k * 16, a, "DV", 8)
        pg.t(W - 62, y - 4 - k * 16, b, "DV-B", 10, "r")
    barcode(c, 70, y - 122, 330, 34, zlib.crc32(b"i04bar"))
    pg.t(
        70,
        y - 84,
        "Virtuaaliviivakoodi / Virtuell streckkod: 421123456000007850001960060000000000104326017260326",
        "DVC",
        6.5,
    )
    pg.t(
        W / 2,
        40,
        "Y-tunnus / FO-nummer 2841736-5  ·  Kotipaikka / Hemort Turku  ·  ALV rek. / Momsreg.",
        "DV",
        7,
        "c",
    )
    return Doc(
        finish(buf, c),
        truth(
            number="26-1043",
            date="2026-03-12",
            due="2026-03-26",
            vendor="Turun Venetelakka Oy",
            amount=net,
            vat=vat,
            total=total,
            currency="EUR",
            locale="fi-FI",
            layout="invoice",
            doctype="invoice",
            items=items,
            note="Turku FI/SV; company name doubled in two lines (Turun Venetelakka Oy / Åbo Båtvarv Ab, keyed FI); ALV/MOMS 25,5 %; dates d.m.yyyy without zero padding; space thousands; reference number and virtual barcode digits near the total",
        ),
        must=("26-1043", sp(total)),
    )


def i05() -> Doc:
    """Ukraine: UA/EN stacked, Cyrillic legal name above Latin, ПДВ/VAT 20 %, total in words."""
    W, H = A4
    buf, c, pg = new_doc(A4, "i05", margin=18)
    raw = [
        (
            "Насіння кукурудзи ДН-Пивиха, 80 тис. зерен",
            "Corn seed DN-Pyvykha, 80k seeds",
            "пос./bag",
            "40",
            "4850.00",
        ),
        (
            "Мікродобриво «Реаком-Плюс», 10 л",
            "Micronutrient fertilizer Reakom-Plus, 10 L",
            "кан./can",
            "25",
            "1236.40",
        ),
        ("Доставка автотранспортом", "Delivery by truck", "посл./svc", "1", "6800.00"),
    ]
    items = [item(f"{a} / {b}", q, p) for a, b, _, q, p in raw]
    net = isum(items)
    vat = q2(net * D("0.20"))
    total = net + vat
    pg.t(50, H - 58, "ТОВ «Дніпро Агросервіс»", "DVS-B", 17)
    pg.t(50, H - 74, "Dnipro Agroservice LLC", "DVS-I", 12)
    pg.t(
        50,
        H - 90,
        "49000, м. Дніпро, вул. Січеславська Набережна, 29 / 29 Sicheslavska Naberezhna St., Dnipro",
        "DVS",
        8,
    )
    pg.t(50, H - 101, "Код ЄДРПОУ / EDRPOU code 41875230  ·  ІПН / Tax ID 418752304629", "DVS", 8)
    pg.t(
        50,
        H - 112,
        "IBAN UA21 3052 9900 0002 6007 0150 3671 1  ·  АТ КБ «ПриватБанк» / JSC CB PrivatBank",
        "DVS",
        8,
    )
    pg.hline(50, W - 50, H - 120, 1.2)
    pg.t(W / 2, H - 146, "РАХУНОК НА ОПЛАТУ № 214 від 17 березня 2026 р.", "DVS-B", 13, "c")
    pg.t(W / 2, H - 162, "INVOICE No. 214 of 17 March 2026", "DVS-B", 11, "c")
    y = H - 190
    parties = [
        ("Постачальник / Supplier:", "ТОВ «Дніпро Агросервіс» / Dnipro Agroservice LLC"),
        ("Покупець / Buyer:", "ФГ «Степовий Колос» / Stepovyi Kolos Farm"),
        ("", "Дніпропетровська обл., с. Новоолександрівка, вул. Шкільна, 5"),
        ("Договір / Contract:", "№ 17/26-П від 02.02.2026 / No. 17/26-P of 02.02.2026"),
    ]
    for k, (a, b) in enumerate(parties):
        pg.t(50, y - k * 13, a, "DVS-B", 8.5)
        pg.t(200, y - k * 13, b, "DVS", 8.5)
    y -= 70
    cols = [(54, "l"), (72, "l"), (300, "l"), (370, "r"), (455, "r"), (W - 54, "r")]
    header = [
        ("№", "No."),
        ("Найменування", "Description"),
        ("Од.", "Unit"),
        ("К-сть", "Qty"),
        ("Ціна без ПДВ", "Price excl. VAT"),
        ("Сума без ПДВ", "Amount excl. VAT"),
    ]
    rows = [
        [str(k + 1), [a, b], u, q, sp(p), sp(it["amount"])]
        for k, ((a, b, u, q, p), it) in enumerate(zip(raw, items, strict=True))
    ]
    y = table(
        pg,
        y,
        cols,
        header,
        rows,
        font="DVS",
        bfont="DVS-B",
        size=8.5,
        lead=10.5,
        hfont2="DVS-I",
        hsize2=7.5,
        hfill=(0.92, 0.92, 0.92),
        sub_font="DVS-I",
        x0=50,
        x1=W - 50,
    )
    y -= 18
    for a, b, f in [
        ("Разом без ПДВ / Total excl. VAT:", sp(net), "DVS"),
        ("ПДВ 20% / VAT 20%:", sp(vat), "DVS"),
        ("Всього з ПДВ / Total incl. VAT:", sp(total), "DVS-B"),
    ]:
        pg.t(W - 150, y, a, f, 9.5, "r")
        pg.t(W - 54, y, b, f, 9.5, "r")
        y -= 15
    y -= 12
    pg.t(50, y, f"Всього найменувань 3, на суму {sp(total)} грн.", "DVS", 9)
    pg.t(50, y - 14, "Двісті сімдесят вісім тисяч п'ятдесят дві гривні 00 копійок", "DVS-B", 9)
    pg.t(
        50,
        y - 28,
        "Total: two hundred seventy-eight thousand fifty-two hryvnias 00 kopiykas (UAH)",
        "DVS-I",
        8.5,
    )
    pg.t(50, y - 42, "У т.ч. ПДВ / incl. VAT: " + sp(vat) + " грн / UAH", "DVS", 9)
    y -= 76
    pg.t(50, y, "Рахунок дійсний до сплати до 27.03.2026 / Payable by 27.03.2026", "DVS-B", 9)
    pg.t(
        50,
        y - 14,
        "У призначенні платежу вказуйте номер рахунку / Please quote the invoice number with your payment.",
        "DVS",
        8,
    )
    y -= 70
    pg.t(
        50,
        y,
        "Виписав(ла) / Issued by: ____________________  Бондаренко О. В. / O. Bondarenko",
        "DVS",
        9,
    )
    c.saveState()
    c.setStrokeColorRGB(0.15, 0.25, 0.65)
    c.setLineWidth(1.4)
    c.circle(W - 120, y + 10, 34, stroke=1, fill=0)
    c.circle(W - 120, y + 10, 24, stroke=1, fill=0)
    c.restoreState()
    pg.t(W - 120, y + 7, "41875230", "DVS-B", 7, "c", color=(0.15, 0.25, 0.65))
    return Doc(
        finish(buf, c),
        truth(
            number="214",
            date="2026-03-17",
            due="2026-03-27",
            vendor="ТОВ «Дніпро Агросервіс»",
            amount=net,
            vat=vat,
            total=total,
            currency="UAH",
            locale="uk-UA",
            layout="invoice",
            doctype="invoice",
            items=items,
            note="Ukraine UA/EN; Cyrillic legal name above its Latin form (keyed Cyrillic); title 'РАХУНОК НА ОПЛАТУ № 214 від 17 березня 2026 р.' with the date spelled in the Ukrainian genitive, English line below; items stacked UA over EN (keyed joined with ' / '); total also in words in both languages; stamp circle; contract number and date near the parties",
        ),
        must=("214", sp(total)),
    )


def i06() -> Doc:
    """Cyprus: Greek legal name beside English trade name, ΦΠΑ/VAT 19 %, discount."""
    W, H = A4
    buf, c, pg = new_doc(A4, "i06", margin=18)
    items = [
        item("Σχοινί πρόσδεσης 14mm / Mooring rope 14mm (m)", "60", "4.20"),
        item("Άγκυρα Delta 10kg / Delta anchor 10kg", "2", "189.00"),
        item("Μπαλόνια 65x18 / Fenders 65x18", "6", "34.50"),
        item("Σωσίβιο SOLAS / SOLAS lifebuoy", "2", "96.00"),
    ]
    sub = isum(items)
    disc = q2(sub * D("0.10"))
    net = sub - disc
    vat = q2(net * D("0.19"))
    total = net + vat
    sea = (0.0, 0.42, 0.6)
    pg.rect(0, H - 120, W, 120, fill=(0.93, 0.97, 0.99))
    pg.t(40, H - 50, "Π. ΧΡΙΣΤΟΔΟΥΛΟΥ & ΥΙΟΙ ΛΤΔ", "DV-B", 14)
    pg.t(40, H - 66, "Λεωφ. Αθηνών 27, 6022 Λάρνακα, Κύπρος", "DV", 8.5)
    pg.t(40, H - 78, "27 Athens Ave, 6022 Larnaca, Cyprus", "DV", 8.5)
    pg.t(40, H - 90, "Αρ. Εγγρ. / Reg. No. ΗΕ 184522  ·  Α.Φ.Μ. ΦΠΑ / VAT No. CY10184522Q", "DV", 8)
    c.setFillColorRGB(*sea)
    for k in range(3):
        c.circle(W - 215 + k * 9, H - 52, 3.2, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    pg.t(W - 40, H - 60, "Larnaca", "DVS-B", 22, "r", color=sea)
    pg.t(W - 40, H - 78, "MARINE SUPPLIES", "DV-B", 11, "r", color=sea)
    pg.t(W - 40, H - 92, "chandlery · ναυτιλιακά είδη", "DVS-I", 9, "r")
    y = H - 160
    pg.t(40, y, "ΤΙΜΟΛΟΓΙΟ / INVOICE", "DV-B", 18, color=sea)
    kv = [
        ("Αρ. Τιμολογίου / Invoice No.", "A-0388"),
        ("Ημερομηνία / Date", "05/03/2026"),
        ("Ημ. Λήξης / Due Date", "04/04/2026"),
        ("Όροι / Terms", "30 ημέρες / 30 days"),
    ]
    for k, (a, b) in enumerate(kv):
        pg.t(40, y - 24 - k * 13, a, "DV", 8.5)
        pg.t(200, y - 24 - k * 13, b, "DV-B", 8.5)
    for k, s in enumerate(
        [
            "Πελάτης / Customer",
            "AQUA BLUE YACHTING LTD",
            "Marina Larnaca, Berth C-14",
            "6023 Larnaca",
            "VAT CY10299871K",
        ]
    ):
        pg.t(340, y - 6 - k * 12.5, s, "DV-B" if k < 2 else "DV", 8.5)
    y -= 100
    cols = [(44, "l"), (340, "r"), (430, "r"), (W - 44, "r")]
    header = [
        ("Περιγραφή / Description", None),
        ("Ποσ. / Qty", None),
        ("Τιμή / Price €", None),
        ("Σύνολο / Total €", None),
    ]
    rows = [[i["description"], i["quantity"], de(i["unit_price"]), de(i["amount"])] for i in items]
    y = table(
        pg,
        y,
        cols,
        header,
        rows,
        font="DV",
        bfont="DV-B",
        size=9,
        lead=11,
        hfill=(0.82, 0.92, 0.96),
        x0=40,
        x1=W - 40,
    )
    y -= 20
    tl = [
        ("Μερικό σύνολο / Subtotal", de(sub)),
        ("Έκπτωση 10% / Discount 10%", "-" + de(disc)),
        ("Καθαρό ποσό / Net amount", de(net)),
        ("ΦΠΑ 19% / VAT 19%", de(vat)),
    ]
    for a, b in tl:
        pg.t(300, y, a, "DV", 9.5)
        pg.t(W - 44, y, b, "DV", 9.5, "r")
        y -= 15
    pg.rect(294, y - 10, W - 40 - 294, 22, fill=sea)
    pg.t(300, y - 3, "ΣΥΝΟΛΟ / TOTAL", "DV-B", 11, color=(1, 1, 1))
    pg.t(W - 44, y - 3, f"€ {de(total)}", "DV-B", 11, "r", color=(1, 1, 1))
    y -= 70
    pg.t(40, y, "Τραπεζικά στοιχεία / Bank details", "DV-B", 9, color=sea)
    for k, s in enumerate(
        [
            "Τράπεζα Κύπρου / Bank of Cyprus  ·  IBAN CY17 0020 0128 0000 0012 0052 7600  ·  BIC BCYPCY2N",
            "Παρακαλούμε αναφέρετε τον αριθμό τιμολογίου / Please quote the invoice number.",
        ]
    ):
        pg.t(40, y - 14 - k * 12, s, "DV", 8)
    pg.t(
        W / 2,
        36,
        "Ευχαριστούμε για την προτίμηση! / Thank you for your custom!",
        "DV-I",
        9,
        "c",
        color=sea,
    )
    return Doc(
        finish(buf, c),
        truth(
            number="A-0388",
            date="2026-03-05",
            due="2026-04-04",
            vendor="Π. ΧΡΙΣΤΟΔΟΥΛΟΥ & ΥΙΟΙ ΛΤΔ",
            amount=net,
            vat=vat,
            total=total,
            currency="EUR",
            locale="el-CY",
            layout="invoice",
            doctype="invoice",
            items=items,
            note="Cyprus EL/EN; Greek legal name (ΛΤΔ) top-left beside a big English trade-name wordmark 'Larnaca MARINE SUPPLIES' top-right (keyed the Greek legal name); 10% discount below the line items, keyed net is after discount; ΦΠΑ/VAT 19%; dd/mm/yyyy; decimal comma",
        ),
        must=("A-0388", de(total)),
    )


def i07() -> Doc:
    """South Tyrol credit note: DE/IT, negative amounts, two date formats."""
    W, H = A4
    buf, c, pg = new_doc(A4, "i07", margin=18)
    items = [
        item("Rücknahme Terrassendielen Lärche / Reso listoni larice (m²)", "-24", "58.00"),
        item("Preisnachlass Reklamation / Sconto per reclamo", "1", "-250.00"),
    ]
    net = isum(items)
    vat = q2(net * D("0.22"))
    total = net + vat
    green = (0.16, 0.38, 0.2)
    c.setFillColorRGB(*green)
    p = c.beginPath()
    p.moveTo(50, H - 95)
    p.lineTo(72, H - 50)
    p.lineTo(94, H - 95)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    pg.t(104, H - 66, "Alpenrose Holzbau GmbH", "DVSC-B", 15, color=green)
    pg.t(104, H - 82, "Alpenrose Costruzioni in legno Srl", "DVSC", 11, color=green)
    pg.t(104, H - 95, "Brennerstraße 41 via Brennero  ·  39100 Bozen/Bolzano (BZ)", "DVSC", 8)
    pg.t(W - 50, H - 60, "MwSt.-Nr. / P.IVA IT02871460215", "DVSC", 8, "r")
    pg.t(W - 50, H - 71, "Steuernr. / Cod. fisc. 02871460215", "DVSC", 8, "r")
    pg.t(W - 50, H - 82, "HRA/REA BZ-212640", "DVSC", 8, "r")
    y = H - 140
    pg.t(50, y, "GUTSCHRIFT / NOTA DI CREDITO", "DVSC-B", 17)
    pg.t(
        50,
        y - 18,
        "Höflichkeitskopie / Copia di cortesia — Dokumentart/Tipo documento TD04",
        "DVSC-I",
        8,
    )
    kv = [
        ("Nr. / N.", "17/2026"),
        ("Datum / Data", "12.03.2026  ·  12/03/2026"),
        ("Bezug Rechnung / Rif. fattura", "Nr./N. 412/2025 vom/del 18.12.2025"),
    ]
    for k, (a, b) in enumerate(kv):
        pg.t(50, y - 40 - k * 13, a, "DVSC", 9)
        pg.t(190, y - 40 - k * 13, b, "DVSC-B", 9)
    for k, s in enumerate(
        [
            "Kunde / Cliente",
            "Hotel Sonnenhof KG / Sas",
            "Hauptstraße 9 via Principale",
            "39030 Olang/Valdaora (BZ)",
            "P.IVA 01984520218",
        ]
    ):
        pg.t(360, y - 2 - k * 12.5, s, "DVSC-B" if k < 2 else "DVSC", 9)
    y -= 110
    cols = [(54, "l"), (355, "r"), (440, "r"), (W - 54, "r")]
    header = [
        ("Beschreibung", "Descrizione"),
        ("Menge", "Quantità"),
        ("Einzelpreis", "Prezzo unit."),
        ("Betrag €", "Importo €"),
    ]
    rows = [
        [i["description"], de(i["quantity"]), de(i["unit_price"]), de(i["amount"])] for i in items
    ]
    y = table(
        pg,
        y,
        cols,
        header,
        rows,
        font="DVSC",
        bfont="DVSC-B",
        size=8.5,
        lead=10,
        hfont2="DVSC-I",
        hsize2=8,
        hfill=(0.88, 0.93, 0.88),
        x0=50,
        x1=W - 50,
    )
    y -= 22
    for a, b, f in [
        ("Steuerbemessungsgrundlage / Imponibile", de(net), "DVSC"),
        ("MwSt. / IVA 22 %", de(vat), "DVSC"),
        ("Gesamtbetrag Gutschrift / Totale nota di credito €", de(total), "DVSC-B"),
    ]:
        pg.t(W - 150, y, a, f, 9.5, "r")
        pg.t(W - 54, y, b, f, 9.5, "r")
        y -= 15
    y -= 30
    for k, s in enumerate(
        [
            "Der Betrag wird mit der nächsten Rechnung verrechnet bzw. auf Ihr Konto überwiesen.",
            "L'importo verrà compensato con la prossima fattura o bonificato sul Vostro conto.",
            "Raiffeisenkasse Bozen / Cassa Raiffeisen Bolzano  ·  IBAN IT60 X081 1511 6000 0030 0012 345",
        ]
    ):
        pg.t(50, y - k * 12, s, "DVSC", 8.5)
    pg.hline(50, W - 50, 60, 0.5, green)
    pg.t(
        W / 2,
        46,
        "Alpenrose Holzbau GmbH · Alpenrose Costruzioni in legno Srl · info@alpenrose-holzbau.it · PEC alpenrose@pec.it",
        "DVSC",
        7,
        "c",
    )
    return Doc(
        finish(buf, c),
        truth(
            number="17/2026",
            date="2026-03-12",
            due=None,
            vendor="Alpenrose Holzbau GmbH",
            amount=net,
            vat=vat,
            total=total,
            currency="EUR",
            locale="de-IT",
            layout="invoice",
            doctype="credit_note",
            items=items,
            note="South Tyrol DE/IT credit note (Gutschrift / Nota di credito, TD04); every amount printed negative and keyed negative; date printed twice (12.03.2026 · 12/03/2026); refers to invoice 412/2025 of 18.12.2025 (not the document's own number or date); vendor name in DE and IT (keyed DE)",
        ),
        must=("17/2026", de(total)),
    )


def i08() -> Doc:
    """Kazakhstan: RU/EN, two pages, НДС/VAT 16 %, KZT with space thousands."""
    W, H = A4
    buf, c, pg = new_doc(A4, "i08", margin=18)
    items = [
        item(
            "Автоперевозка Алматы – Шымкент, тент 20 т / Road freight Almaty – Shymkent, 20 t",
            "3",
            "385000.00",
        ),
        item("Погрузочно-разгрузочные работы / Loading and unloading (h)", "6", "12500.00"),
        item("Страхование груза / Cargo insurance", "1", "18400.00"),
    ]
    net = isum(items)
    vat = q2(net * D("0.16"))
    total = net + vat
    red = (0.55, 0.1, 0.1)

    def head(n):
        pg.rect(40, H - 96, W - 80, 56, stroke=red, lw=1.2)
        pg.t(50, H - 58, "ТОО «Дала Логистик»", "DV-B", 13)
        pg.t(50, H - 72, "Dala Logistics LLP", "DV", 10)
        pg.t(
            50, H - 86, "050000, г. Алматы, пр. Абая, 150/230 / 150/230 Abay Ave, Almaty", "DV", 7.5
        )
        pg.t(W - 50, H - 60, "DALA", "DVS-B", 22, "r", color=red)
        pg.t(W - 50, H - 76, "LOGISTICS", "DV-B", 8, "r", color=red)
        pg.t(W - 50, H - 88, "БИН / BIN 190340012345", "DV", 7.5, "r")
        pg.t(
            W / 2,
            30,
            f"Стр. {n} из 2 / Page {n} of 2  ·  Счёт на оплату № ДЛ-0093 / Invoice No. DL-0093",
            "DV",
            7.5,
            "c",
        )

    head(1)
    y = H - 130
    pg.t(W / 2, y, "СЧЁТ НА ОПЛАТУ № ДЛ-0093 от 10.03.2026", "DV-B", 13, "c")
    pg.t(W / 2, y - 16, "INVOICE No. DL-0093 dated 10 March 2026", "DV-B", 11, "c")
    y -= 44
    rows = [
        ("Поставщик / Supplier", "ТОО «Дала Логистик» / Dala Logistics LLP, БИН/BIN 190340012345"),
        (
            "Покупатель / Customer",
            "ТОО «Жетысу Агро Экспорт» / Zhetysu Agro Export LLP, БИН/BIN 150540027781",
        ),
        ("Договор / Contract", "№ 44-П от 15.01.2026 / No. 44-P of 15.01.2026"),
        ("Срок оплаты / Due date", "20.03.2026"),
    ]
    for k, (a, b) in enumerate(rows):
        pg.t(44, y - k * 13, a, "DV-B", 8)
        pg.t(175, y - k * 13, b, "DV", 8)
    y -= 66
    cols = [(44, "l"), (60, "l"), (392, "r"), (470, "r"), (W - 44, "r")]
    header = [
        ("№", None),
        ("Наименование / Description", None),
        ("Кол-во / Qty", None),
        ("Цена / Price", None),
        ("Сумма / Amount", None),
    ]
    trows = []
    for k, it in enumerate(items):
        ru, enl = it["description"].split(" / ")
        trows.append(
            [str(k + 1), [ru, enl], it["quantity"], sp(it["unit_price"]), sp(it["amount"])]
        )
    y = table(
        pg,
        y,
        cols,
        header,
        trows,
        font="DV",
        bfont="DV-B",
        size=8,
        lead=10,
        hfill=(0.95, 0.9, 0.9),
        sub_font="DV-I",
        x0=40,
        x1=W - 40,
    )
    y -= 18
    for a, b, f in [
        ("Итого без НДС / Total excl. VAT", sp(net), "DV"),
        ("НДС 16% / VAT 16%", sp(vat), "DV"),
        ("Итого к оплате / Total due, KZT", sp(total), "DV-B"),
    ]:
        pg.t(W - 160, y, a, f, 9.5, "r")
        pg.t(W - 44, y, b, f, 9.5, "r")
        y -= 15
    y -= 16
    pg.t(
        44,
        y,
        "Всего к оплате: один миллион четыреста сорок восемь тысяч сто сорок четыре тенге 00 тиын",
        "DV",
        8.5,
    )
    pg.t(
        44,
        y - 13,
        "Amount due: one million four hundred forty-eight thousand one hundred forty-four tenge 00 tiyn",
        "DV-I",
        8.5,
    )
    pg.t(
        44,
        y - 34,
        "Реквизиты и условия оплаты — см. стр. 2 / Bank details and payment terms — see page 2",
        "DV-B",
        8.5,
        color=red,
    )
    pg.new_page()
    head(2)
    y = H - 130
    pg.t(44, y, "Банковские реквизиты / Bank details", "DV-B", 11, color=red)
    bank = [
        ("Банк / Bank", "АО «Народный Банк Казахстана» / Halyk Bank of Kazakhstan JSC"),
        ("ИИК / IBAN", "KZ86 6010 0020 0034 5678"),
        ("БИК / BIC", "HSBKKZKX"),
        ("Кбе / Beneficiary code", "17"),
        ("КНП / Payment purpose code", "859"),
    ]
    for k, (a, b) in enumerate(bank):
        pg.t(44, y - 20 - k * 13, a, "DV-B", 8.5)
        pg.t(200, y - 20 - k * 13, b, "DV", 8.5)
    y -= 110
    pg.t(44, y, "Условия / Terms", "DV-B", 11, color=red)
    terms = [
        "1. Оплата настоящего счёта означает согласие с условиями перевозки по договору № 44-П.",
        "    Payment of this invoice constitutes acceptance of the carriage terms under contract No. 44-P.",
        "2. Счёт действителен до 20.03.2026. / This invoice is valid until 20.03.2026.",
        "3. В назначении платежа укажите номер счёта. / Quote the invoice number in the payment reference.",
        "4. Электронный счёт-фактура (ЭСФ) будет выписан в ИС ЭСФ после оплаты.",
        "    The electronic VAT invoice (ESF) will be issued in the IS ESF system after payment.",
    ]
    for k, s in enumerate(terms):
        pg.t(44, y - 20 - k * 13, s, "DV", 8.5)
    y -= 150
    pg.t(44, y, "Руководитель / Director  ____________  Сейткали А. Б. / A. Seitkali", "DV", 9)
    pg.t(
        44,
        y - 22,
        "Главный бухгалтер / Chief accountant  ____________  Ким Е. В. / Ye. Kim",
        "DV",
        9,
    )
    return Doc(
        finish(buf, c),
        truth(
            number="ДЛ-0093",
            date="2026-03-10",
            due="2026-03-20",
            vendor="ТОО «Дала Логистик»",
            amount=net,
            vat=vat,
            total=total,
            currency="KZT",
            locale="ru-KZ",
            layout="invoice",
            doctype="invoice",
            items=items,
            note="Kazakhstan RU/EN, 2 pages (totals on page 1, bank details and terms on page 2); invoice number printed in Cyrillic 'ДЛ-0093' and Latin 'DL-0093' (keyed Cyrillic as printed first); legal name ТОО «Дала Логистик» above Dala Logistics LLP; НДС/VAT 16% (2026 rate); KZT with space thousands; amount in words in both languages",
        ),
        must=("ДЛ-0093", sp(total)),
    )


# ================================================================ receipts


def r01() -> Doc:
    """Wales café: CY/EN labels, 80 mm, VAT included, cash and change."""
    raw = [
        ("Cawl cig oen / Lamb cawl", "2", "8.95"),
        ("Bara brith", "1", "3.40"),
        ("Te / Tea", "2", "2.60"),
        ("Sudd afal / Apple juice", "1", "2.95"),
    ]
    items = [item(a, q, p) for a, q, p in raw]
    total = isum(items)
    vat = incl_vat(total, 20)
    net = total - vat
    cash = D("40.00")
    r = Roll("r01", 80, font="DVM", size=8)
    r.c("CAFFI'R HARBWR", size=13, font="DVM-B")
    r.c("HARBOUR CAFÉ", size=10, font="DVM-B")
    r.c("Cei'r De / South Quay")
    r.c("Aberaeron SA46 0BA")
    r.c("Ffôn / Tel 01545 570 114")
    r.c("Rhif TAW / VAT No GB 284 5561 09")
    r.chars("=")
    r.c("DERBYNNEB / RECEIPT", font="DVM-B")
    r.lr("Rhif / No: 4471", "21/03/2026 13:07")
    r.lr("Bwrdd / Table 6", "Gweinydd / Server: Siân")
    r.chars("-")
    for a, q, p in raw:
        r.l(a)
        r.lr(f"  {q} x {p}", en(q2(D(q) * D(p))))
    r.chars("-")
    r.lr("CYFANSWM / TOTAL", f"£{en(total)}", font="DVM-B", size=9.5)
    r.lr("Arian parod / Cash", f"£{en(cash)}")
    r.lr("Newid / Change", f"£{en(cash - total)}")
    r.chars("-")
    r.lr("Net / Net", f"£{en(net)}")
    r.lr("TAW 20% / VAT 20%", f"£{en(vat)}")
    r.chars("=")
    r.c("Diolch yn fawr! / Thank you!")
    r.c("Dewch eto'n fuan! / Come again soon!")
    r.c("Croeso i gŵn / Dogs welcome")
    r.bar(50, 9, zlib.crc32(b"r01"))
    pdf, _, _ = r.build()
    return Doc(
        pdf,
        truth(
            number="4471",
            date="2026-03-21",
            due=None,
            vendor="Caffi'r Harbwr",
            amount=net,
            vat=vat,
            total=total,
            currency="GBP",
            locale="cy-GB",
            layout="receipt",
            doctype="receipt",
            items=items,
            note="Wales CY/EN café receipt, 80 mm thermal with fading; name doubled 'CAFFI'R HARBWR / HARBOUR CAFÉ' (keyed Welsh form, no legal name printed); labels Cyfanswm/Total, TAW/VAT; prices include 20% VAT, net printed below the payment lines; cash £40.00 and change",
        ),
        must=("4471", f"£{en(total)}"),
    )


def r02() -> Doc:
    """Basque Country bar: EU/ES, TicketBAI QR, two date formats, card payment."""
    raw = [
        ("Pintxo txanpiñoi / champiñón", "3", "2.80"),
        ("Gilda", "2", "2.20"),
        ("Txakoli kopa / Copa txakoli", "2", "3.50"),
        ("Zurito", "2", "1.80"),
        ("Taloa txorizoarekin / Talo con chorizo", "1", "5.50"),
    ]
    items = [item(a, q, p) for a, q, p in raw]
    total = isum(items)
    vat = incl_vat(total, 10)
    net = total - vat
    r = Roll("r02", 80, font="DVC", size=9)

    def logo(c, pg, y, h):
        c.saveState()
        c.setFillColorRGB(0.7, 0.05, 0.1)
        cx = r.W / 2
        for k in range(4):
            c.rect(cx - 2 + (k % 2) * 0 - 6 + k * 4, y - h + 6, 3, h - 12, stroke=0, fill=1)
        c.restoreState()

    r.logo(26, logo)
    r.c("GOIERRI TABERNA S.L.", font="DVC-B", size=13)
    r.c("Kale Nagusia 14 / Calle Mayor 14")
    r.c("20200 Beasain (Gipuzkoa)")
    r.c("IFZ / NIF B20567341")
    r.rule("solid")
    r.c("FAKTURA ERRAZTUA / FACTURA SIMPLIFICADA", font="DVC-B", size=8.5)
    r.lr("Zk. / Nº: FS26-004871", "2026/03/07 20:41")
    r.lr("Mahaia / Mesa: BARRA", "(07/03/2026)")
    r.rule("dash")
    r.line(
        [
            ("Unit. / Ud.", "l", 0),
            ("Prezioa/Precio", "r", 27 * mm),
            ("Guztira/Total", "r", 0),
        ],
        font="DVC-B",
        size=8,
    )
    for a, q, p in raw:
        r.l(a)
        r.line([(f"{q} x", "l", 6), (de(p), "r", 27 * mm), (de(q2(D(q) * D(p))), "r", 0)])
    r.rule("dash")
    r.lr("Oinarria / Base imponible", de(net))
    r.lr("BEZ / IVA 10% (barne / incl.)", de(vat))
    r.lr("GUZTIRA / TOTAL", f"{de(total)} €", font="DVC-B", size=12)
    r.rule("dash")
    r.lr("Txartela / Tarjeta", de(total))
    r.l("VISA **** **** **** 2291  AUT 558104")
    r.rule("dash")
    r.qr(26, zlib.crc32(b"r02tbai"))
    r.c("TBAI-B20567341-070326-8gPr5XkQm2fJs-114", size=6.5)
    r.c("Eskerrik asko! / ¡Gracias por su visita!", font="DVC-B")
    pdf, _, _ = r.build()
    return Doc(
        pdf,
        truth(
            number="FS26-004871",
            date="2026-03-07",
            due=None,
            vendor="GOIERRI TABERNA S.L.",
            amount=net,
            vat=vat,
            total=total,
            currency="EUR",
            locale="eu-ES",
            layout="receipt",
            doctype="receipt",
            items=items,
            note="Basque Country EU/ES pintxo bar simplified invoice, photo; date printed year-first '2026/03/07' (Basque order) with '(07/03/2026)' beside; IVA/BEZ 10% included, base printed; TicketBAI QR and code (contains 070326 and the NIF); card payment line repeats the total",
        ),
        must=("FS26-004871", f"{de(total)} €"),
    )


def r03() -> Doc:
    """Serbia fiscal receipt: Cyrillic with Latin, tax labels Ђ/Е, PFR number."""
    raw = [
        ("Хлеб бели 600г / Hleb beli 600g", "Е", "2", "68.00"),
        ("Бурек са сиром / Burek sa sirom", "Ђ", "1", "260.00"),
        ("Кифла са сусамом / Kifla sa susamom", "Е", "4", "45.00"),
        ("Кока-кола 0,5л / Coca-Cola 0,5l", "Ђ", "2", "130.00"),
        ("Кафа за понети / Kafa za poneti", "Ђ", "1", "180.00"),
    ]
    items = [item(f"{a} ({t})", q, p) for a, t, q, p in raw]
    total = isum(items)
    gross = {"Ђ": Decimal("0.00"), "Е": Decimal("0.00")}
    for _a, t, q, p in raw:
        gross[t] += q2(D(q) * D(p))
    tax = {"Ђ": incl_vat(gross["Ђ"], 20), "Е": incl_vat(gross["Е"], 10)}
    vat = tax["Ђ"] + tax["Е"]
    net = total - vat
    cash = D("1100.00")
    pfr = "X7K2M9QP-X7K2M9QP-5521"
    r = Roll("r03", 80, font="DVM", size=7.6)
    r.chars("=")
    r.c("ФИСКАЛНИ РАЧУН / FISKALNI RAČUN", font="DVM-B")
    r.chars("=")
    r.c("101874562")
    r.c("ПЕКАРА ЗЛАТНИ КЛАС ДОО")
    r.c("PEKARA ZLATNI KLAS DOO")
    r.c("1087456-Пекара Златни клас 2")
    r.c("Булевар ослобођења 88")
    r.c("Нови Сад / Novi Sad")
    r.lr("Касир / Kasir:", "Јелена")
    r.lr("ЕСИР број / ESIR broj:", "145/2.0.3")
    r.chars("-")
    r.c("ПРОМЕТ ПРОДАЈА / PROMET PRODAJA", font="DVM-B")
    r.l("Артикли / Artikli")
    r.chars("=")
    r.line([("Назив", "l", 0), ("Цена", "r", 36 * mm), ("Кол.", "r", 22 * mm), ("Укупно", "r", 0)])
    for (a, t, q, p), it in zip(raw, items, strict=True):
        r.l(f"{a} ({t})", size=7.2)
        r.line([(de(p), "r", 36 * mm), (q, "r", 22 * mm), (de(it["amount"]), "r", 0)])
    r.chars("-")
    r.lr("Укупан износ / Ukupan iznos:", de(total), font="DVM-B")
    r.lr("Готовина / Gotovina:", de(cash))
    r.lr("Повраћај / Povraćaj:", de(cash - total))
    r.chars("=")
    r.line([("Ознака", "l", 0), ("Име", "l", 17 * mm), ("Стопа", "r", 20 * mm), ("Порез", "r", 0)])
    r.line(
        [("Ђ", "l", 0), ("О-ПДВ", "l", 17 * mm), ("20,00%", "r", 20 * mm), (de(tax["Ђ"]), "r", 0)]
    )
    r.line(
        [("Е", "l", 0), ("П-ПДВ", "l", 17 * mm), ("10,00%", "r", 20 * mm), (de(tax["Е"]), "r", 0)]
    )
    r.chars("-")
    r.lr("Укупан износ пореза / poreza:", de(vat))
    r.chars("=")
    r.lr("ПФР време / PFR vreme:", "14.03.2026. 08:12:45")
    r.l("ПФР број рачуна / PFR broj računa:")
    r.c(pfr, font="DVM-B")
    r.lr("Бројач рачуна / Brojač:", "5498/5521ПП")
    r.chars("=")
    r.qr(34, zlib.crc32(b"r03qr"))
    r.c("======== КРАЈ ФИСКАЛНОГ РАЧУНА ========")
    pdf, _, _ = r.build()
    return Doc(
        pdf,
        truth(
            number=pfr,
            date="2026-03-14",
            due=None,
            vendor="ПЕКАРА ЗЛАТНИ КЛАС ДОО",
            amount=net,
            vat=vat,
            total=total,
            currency="RSD",
            locale="sr-RS",
            layout="receipt",
            doctype="receipt",
            items=items,
            note="Serbian fiscal receipt (Cyrillic with Latin labels), vendor printed in Cyrillic then Latin (keyed Cyrillic); two tax labels Ђ 20% and Е 10% in a tax table, no net printed (amount = total - VAT); PFR receipt number keyed, counter '5498/5521ПП' is a decoy; date '14.03.2026.' with trailing dot; cash and change",
        ),
        must=(pfr, de(total)),
    )


def r04() -> Doc:
    """Malta restaurant: MT/EN, VAT 18 % included, tip line."""
    raw = [
        ("Lampuki bil-forn / Baked lampuki", "1", "19.50"),
        ("Fenek moqli / Fried rabbit", "1", "18.50"),
        ("Ħobż biż-żejt", "1", "6.50"),
        ("Kinnie", "2", "2.80"),
        ("Inbid aħmar / Red wine (btl)", "1", "24.00"),
        ("Imqaret", "2", "4.50"),
    ]
    items = [item(a, q, p) for a, q, p in raw]
    sub = isum(items)
    vat = incl_vat(sub, 18)
    net = sub - vat
    tip = D("8.00")
    total = sub + tip
    r = Roll("r04", 80, font="DV", size=8.5, margin_mm=4)

    def logo(c, pg, y, h):
        c.saveState()
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(1.2)
        cx = r.W / 2
        c.arc(cx - 14, y - h + 4, cx + 14, y - 4, 0, 180)
        c.line(cx - 14, y - h / 2 + 0, cx + 14, y - h / 2)
        c.restoreState()

    r.logo(26, logo)
    r.c("IL-KENUR", font="DVS-B", size=16)
    r.c("Ristorant · Restaurant", font="DVS-I", size=9)
    r.c("Il-Kenur Ltd")
    r.c("Xatt is-Sajjieda, Marsaxlokk MXK 1120")
    r.c("Nru tal-VAT / VAT No: MT 2345 6789")
    r.rule("solid")
    r.c("IRĊEVUTA FISKALI / FISCAL RECEIPT", font="DV-B")
    r.lr("Nru / No. 00571", "15/03/2026 21:18")
    r.lr("Mejda / Table 7", "Persuni / Covers 2")
    r.rule("dash")
    for a, q, p in raw:
        r.lr(f"{q}  {a}", en(q2(D(q) * D(p))))
    r.rule("dash")
    r.lr("Subtotal / Sub-total", en(sub))
    r.lr("Netto / Net", en(net), size=8)
    r.lr("VAT 18% (inkluża / incl.)", en(vat), size=8)
    r.lr("Bakxiex / Tip", en(tip))
    r.rule("solid")
    r.lr("TOTAL IMĦALLAS / PAID", f"€{en(total)}", font="DV-B", size=9.5)
    r.rule("solid")
    r.lr("Ħlas b'kard / Card payment", en(total))
    r.l("Mastercard ****7730  Contactless")
    r.rule("dash")
    r.c("Grazzi u erġa' żurna! / Thank you, come again!", size=8)
    r.bar(46, 8, zlib.crc32(b"r04"))
    pdf, _, _ = r.build()
    return Doc(
        pdf,
        truth(
            number="00571",
            date="2026-03-15",
            due=None,
            vendor="Il-Kenur Ltd",
            amount=net,
            vat=vat,
            total=total,
            currency="EUR",
            locale="mt-MT",
            layout="receipt",
            doctype="receipt",
            items=items,
            note="Malta MT/EN restaurant fiscal receipt, photo; header wordmark 'IL-KENUR', legal name 'Il-Kenur Ltd' below (keyed); prices include VAT 18%; tip 'Bakxiex / Tip' 8.00 added after the subtotal: total paid 91.10 = net + VAT + tip; Maltese letters ħ ċ ż; dot decimals",
        ),
        tip=tip,
        must=("00571", f"€{en(total)}"),
    )


def r05() -> Doc:
    """Narva pharmacy: ET/RU, two VAT rates (9 % / 24 %), 58 mm e-receipt PDF."""
    raw = [
        ("Ibuprofeen 400mg N20 / Ибупрофен", "A", "1", "4.89"),
        ("Paratsetamool 500mg N20 / Парацетамол", "A", "1", "2.35"),
        ("Kätekreem 75ml / Крем для рук", "B", "1", "6.90"),
        ("Vitamiin C 1000 N30 / Витамин C", "B", "1", "8.45"),
    ]
    items = [item(a, q, p) for a, _, q, p in raw]
    total = isum(items)
    g = {"A": Decimal("0.00"), "B": Decimal("0.00")}
    for _a, t, q, p in raw:
        g[t] += q2(D(q) * D(p))
    rates = {"A": 9, "B": 24}
    v = {k: incl_vat(g[k], rates[k]) for k in g}
    n = {k: g[k] - v[k] for k in g}
    vat = v["A"] + v["B"]
    net = n["A"] + n["B"]
    r = Roll("r05", 58, font="DVC", size=7.5, margin_mm=2.5)
    r.c("Ida Apteek OÜ", font="DVC-B", size=11)
    r.c("Аптека «Ида»", font="DVC-B", size=9)
    r.c("Tallinna mnt 12, 20304 Narva")
    r.c("Reg.-kood / Рег. код 12845671")
    r.c("KMKR / НДС EE102384571")
    r.rule("dash")
    r.c("KVIITUNG / ЧЕК nr 118/2204", font="DVC-B")
    r.c("18.03.2026 16:52  Kassa/Касса 2")
    r.rule("dash")
    for (a, t, _q, _p), it in zip(raw, items, strict=True):
        et, ru = a.split(" / ")
        r.l(et)
        r.lr(f"  {ru}  {t}", de(it["amount"]))
    r.rule("dash")
    r.lr("KOKKU / ИТОГО EUR", de(total), font="DVC-B", size=10)
    r.lr("Kaart / Карта", de(total))
    r.rule("dash")
    r.line(
        [
            ("KM/НДС", "l", 0),
            ("Neto/Нетто", "r", 24 * mm),
            ("KM/НДС", "r", 11 * mm),
            ("Kokku", "r", 0),
        ],
        size=7,
    )
    for k in ("A", "B"):
        r.line(
            [
                (f"{k} {rates[k]}%", "l", 0),
                (de(n[k]), "r", 24 * mm),
                (de(v[k]), "r", 11 * mm),
                (de(g[k]), "r", 0),
            ],
            size=7,
        )
    r.line(
        [("Σ", "l", 0), (de(net), "r", 24 * mm), (de(vat), "r", 11 * mm), (de(total), "r", 0)],
        size=7,
        font="DVC-B",
    )
    r.rule("dash")
    r.c("Aitäh! / Спасибо за покупку!")
    r.c("Tervist! / Будьте здоровы!")
    pdf, _, _ = r.build(top_mm=4, bottom_mm=6)
    return Doc(
        pdf,
        truth(
            number="118/2204",
            date="2026-03-18",
            due=None,
            vendor="Ida Apteek OÜ",
            amount=net,
            vat=vat,
            total=total,
            currency="EUR",
            locale="et-EE",
            layout="receipt",
            doctype="receipt",
            items=items,
            note="Narva pharmacy ET/RU e-receipt (58 mm, text layer); name in Estonian and Russian (keyed 'Ida Apteek OÜ'); item names ET with RU below (keyed joined ' / '); VAT A 9% + B 24% included, net per rate in a small table (Neto/Нетто), summary row marked Σ; 'KOKKU / ИТОГО'",
        ),
        must=("118/2204", de(total)),
    )


BGN_RATE = D("1.95583")


def r06() -> Doc:
    """Bulgaria 2026: Cyrillic with Latin, dual EUR/BGN display, 58 mm, downscaled scan."""
    raw = [
        ("ХЛЯБ ДОБРУДЖА 650Г", "1", "1.02"),
        ("МЛЯКО 3% 1Л", "1", "1.79"),
        ("КАШКАВАЛ 400Г", "1", "6.49"),
        ("МИН.ВОДА 1.5Л", "2", "0.69"),
        ("КАФЕ МЛЯНО 250Г", "1", "4.35"),
    ]
    items = [item(a, q, p) for a, q, p in raw]
    total = isum(items)
    vat = incl_vat(total, 20)
    net = total - vat
    cash = D("20.00")

    def lv(x):
        return de(q2(D(x) * BGN_RATE))

    r = Roll("r06", 58, font="DVM", size=6.8, margin_mm=2.5)
    r.c("„ЧЕРНО МОРЕ ТРЕЙД“ ЕООД", font="DVM-B", size=7.4)
    r.c("CHERNO MORE TRADE EOOD")
    r.c("ГР. ВАРНА, БУЛ. ПРИМОРСКИ 45")
    r.c("МАГАЗИН „МОРСКА ЗВЕЗДА“")
    r.c("ЕИК/UIC 203456789")
    r.c("ЗДДС № / VAT BG203456789")
    r.chars("-")
    for (a, q, p), it in zip(raw, items, strict=True):
        r.l(a)
        if q != "1":
            r.l(f" {q} x {de(p)}")
        r.lr(f" {lv(it['amount'])} лв.", f"{de(it['amount'])} € Б")
    r.chars("-")
    r.lr("МЕЖДИННА СУМА", f"{de(total)} €")
    r.lr("ДДС Б = 20,00%", f"{de(vat)} €")
    r.chars("=")
    r.lr("ОБЩА СУМА / TOTAL", f"{de(total)} €", font="DVM-B", size=7.4)
    r.lr("", f"{lv(total)} лв.", font="DVM-B", size=7.4)
    r.chars("=")
    r.lr("В БРОЙ / CASH", f"{de(cash)} €")
    r.lr("РЕСТО / CHANGE", f"{de(cash - total)} €")
    r.lr("", f"{lv(cash - total)} лв.")
    r.c("КУРС / RATE 1 € = 1,95583 лв.")
    r.chars("-")
    r.lr("ФБ № 0004573", "19.03.2026 11:05:37")
    r.c("УНП DT123456-0042-0004573")
    r.qr(20, zlib.crc32(b"r06"))
    r.c("ФИСКАЛЕН БОН", font="DVM-B")
    r.c("DT123456  ФП 50123456")
    pdf, _, _ = r.build(top_mm=4, bottom_mm=6)
    return Doc(
        pdf,
        truth(
            number="0004573",
            date="2026-03-19",
            due=None,
            vendor="„ЧЕРНО МОРЕ ТРЕЙД“ ЕООД",
            amount=net,
            vat=vat,
            total=total,
            currency="EUR",
            locale="bg-BG",
            layout="receipt",
            doctype="receipt",
            items=items,
            note="Bulgaria after euro adoption (2026): every amount printed in EUR and again in BGN (лв.) at 1.95583 - keyed EUR; Cyrillic legal name with Latin transliteration (keyed Cyrillic, quotes as printed); VAT group Б 20% included, no net printed; receipt number 'ФБ № 0004573' (also inside the УНП); 58 mm scan downscaled to ~650 px",
        ),
        must=("0004573", f"{de(total)} €", f"{lv(total)} лв."),
    )


def r07() -> Doc:
    """Irish fuel station: GA/EN, three VAT rates, image-only PDF."""
    raw = [
        ("Díosal / Diesel  Caid/Pump 4", "38.62", "1.689", 23, 3),
        ("Caife mór / Large coffee", "1", "3.60", 13.5, 2),
        ("Barra seacláide / Choc bar", "1", "1.80", 23, 2),
        ("Nuachtán / Newspaper", "1", "3.50", 9, 2),
    ]
    items = [item(a, q, p, unit_places=pl) for a, q, p, _, pl in raw]
    total = isum(items)
    rates = [23, 13.5, 9]
    g = {k: Decimal("0.00") for k in rates}
    for (_a, _q, _p, rt, _pl), it in zip(raw, items, strict=True):
        g[rt] += D(it["amount"])
    v = {k: incl_vat(g[k], k) for k in rates}
    n = {k: g[k] - v[k] for k in rates}
    vat = sum(v.values())
    net = sum(n.values())
    r = Roll("r07", 80, font="DVM", size=8)
    r.c("Ó SÚILLEABHÁIN BREOSLA TEO.", font="DVM-B", size=9)
    r.c("O'SULLIVAN FUELS LTD")
    r.c("Sráid an Droichid, An Daingean")
    r.c("Bridge St, Dingle, Co. Kerry V92 X2T6")
    r.c("Uimh. CBL / VAT No IE 6388047V")
    r.chars("*")
    r.c("ADMHÁIL / RECEIPT", font="DVM-B", size=9)
    r.lr("Uimh./No 20260322-0187", "")
    r.lr("Dáta/Date 22/03/2026", "Am/Time 08:14")
    r.chars("-")
    for (a, q, p, rt, pl), it in zip(raw, items, strict=True):
        r.l(a)
        unit = "L" if pl == 3 else "x"
        r.lr(f"   {q} {unit} @ {p}   ({rt}%)", en(it["amount"]))
    r.chars("-")
    r.lr("IOMLÁN / TOTAL EUR", en(total), font="DVM-B", size=10)
    r.chars("-")
    r.lr("Cárta / Card  VISA", en(total))
    r.l("**** 4821  Gan teagmháil/Contactless")
    r.l("Údarú/Auth 093315   Stór/Store 0411")
    r.chars("-")
    r.line(
        [
            ("CBL/VAT %", "l", 0),
            ("Glan/Net", "r", 34 * mm),
            ("CBL/VAT", "r", 17 * mm),
            ("Iomlán", "r", 0),
        ]
    )
    for k in rates:
        r.line(
            [
                (f"{k}%", "l", 0),
                (en(n[k]), "r", 34 * mm),
                (en(v[k]), "r", 17 * mm),
                (en(g[k]), "r", 0),
            ]
        )
    r.line(
        [("", "l", 0), (en(net), "r", 34 * mm), (en(vat), "r", 17 * mm), (en(total), "r", 0)],
        font="DVM-B",
    )
    r.chars("*")
    r.c("Go raibh maith agat! / Thank you!")
    r.c("Tiomáin go sábháilte / Drive safely")
    pdf, _, _ = r.build()
    return Doc(
        pdf,
        truth(
            number="20260322-0187",
            date="2026-03-22",
            due=None,
            vendor="Ó SÚILLEABHÁIN BREOSLA TEO.",
            amount=net,
            vat=vat,
            total=total,
            currency="EUR",
            locale="ga-IE",
            layout="receipt",
            doctype="receipt",
            items=items,
            note="Irish (Gaeltacht) GA/EN fuel receipt, image-only PDF; Irish legal name (Teo.) above English (LTD), keyed Irish as printed; CBL/VAT 23% / 13.5% / 9% table with net column summed; fuel line 38.62 L @ 1.689 (unit price keyed with 3 decimals as printed); receipt number contains the date",
        ),
        must=("20260322-0187", en(total)),
    )


def r08() -> Doc:
    """Luxembourg bakery: FR/DE, TVA/MwSt 3 % and 17 %, 76 mm e-receipt PDF."""
    raw = [
        ("Baguette tradition", "2", "1.60", 3),
        ("Croissant au beurre / Buttercroissant", "4", "1.45", 3),
        ("Tarte aux quetsches / Quetschentaart", "1", "18.90", 3),
        ("Crémant de Luxembourg 75cl", "1", "14.50", 17),
        ("Sac cabas / Tragetasche", "1", "0.50", 17),
    ]
    items = [item(a, q, p) for a, q, p, _ in raw]
    total = isum(items)
    g = {3: Decimal("0.00"), 17: Decimal("0.00")}
    for (_a, _q, _p, rt), it in zip(raw, items, strict=True):
        g[rt] += D(it["amount"])
    v = {k: incl_vat(g[k], k) for k in g}
    n = {k: g[k] - v[k] for k in g}
    vat = v[3] + v[17]
    net = n[3] + n[17]
    r = Roll("r08", 76, font="Helvetica", size=8.5, margin_mm=3.5)

    def logo(c, pg, y, h):
        c.saveState()
        c.setFillColorRGB(0.55, 0.35, 0.12)
        c.ellipse(r.W / 2 - 22, y - h + 6, r.W / 2 + 22, y - 6, stroke=0, fill=1)
        c.restoreState()

    r.logo(30, logo)
    r.c("Boulangerie Schumacher S.à r.l.", font="Helvetica-Bold", size=11)
    r.c("Bäckerei · Boulangerie · Bakery", font="Helvetica-Oblique", size=8)
    r.c("12, Grand-Rue  L-9050 Ettelbruck")
    r.c("TVA / MwSt-Nr. LU 28415736")
    r.c("RCS Luxembourg B 187402")
    r.rule("solid")
    r.c("TICKET DE CAISSE / KASSENBON", font="Helvetica-Bold")
    r.lr("N° / Nr. 0317-2291", "20.03.2026  09:47")
    r.rule("dash")
    for (a, q, p, rt), it in zip(raw, items, strict=True):
        r.l(a)
        r.lr(f"   {q} x {de(p)}   [{'A' if rt == 3 else 'C'}]", de(it["amount"]))
    r.rule("dash")
    r.lr("TOTAL / GESAMT  EUR", de(total), font="Helvetica-Bold", size=11)
    r.lr("Payconiq", de(total))
    r.rule("dash")
    r.line(
        [
            ("Taux/Satz", "l", 0),
            ("HT/Netto", "r", 34 * mm),
            ("TVA/MwSt", "r", 17 * mm),
            ("TTC/Brutto", "r", 0),
        ],
        size=7.5,
        font="Helvetica-Bold",
    )
    for k, lab in ((3, "A 3%"), (17, "C 17%")):
        r.line(
            [(lab, "l", 0), (de(n[k]), "r", 34 * mm), (de(v[k]), "r", 17 * mm), (de(g[k]), "r", 0)],
            size=7.5,
        )
    r.line(
        [("Total", "l", 0), (de(net), "r", 34 * mm), (de(vat), "r", 17 * mm), (de(total), "r", 0)],
        size=7.5,
        font="Helvetica-Bold",
    )
    r.rule("dash")
    r.c("Merci ! · Merci villmools ! · Vielen Dank !", font="Helvetica-Oblique")
    pdf, _, _ = r.build()
    return Doc(
        pdf,
        truth(
            number="0317-2291",
            date="2026-03-20",
            due=None,
            vendor="Boulangerie Schumacher S.à r.l.",
            amount=net,
            vat=vat,
            total=total,
            currency="EUR",
            locale="fr-LU",
            layout="receipt",
            doctype="receipt",
            items=items,
            note="Luxembourg FR/DE(/LB) bakery e-receipt (76 mm, text layer); TVA/MwSt 3% (A) and 17% (C) included, HT/Netto per rate in a table; labels 'TOTAL / GESAMT', 'TICKET DE CAISSE / KASSENBON'; Payconiq payment; dd.mm.yyyy",
        ),
        must=("0317-2291", de(total)),
    )


# ================================================================ degradation


def render(pdf: bytes, dpi: float, page=0, grey=False) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    pg = doc[page]
    img = pg.render(scale=dpi / 72.0, grayscale=grey).to_pil()
    out = img.convert("L" if grey else "RGB")
    pg.close()
    doc.close()
    return out


def scan(
    img: Image.Image,
    rng: random.Random,
    *,
    grey=True,
    blur=0.6,
    skew=1.5,
    noise=5.0,
    specks=60,
    fade=False,
    pad=0.03,
    bed=235,
    scale_to=None,
) -> Image.Image:
    nr = np.random.default_rng(rng.randrange(2**32))
    a = np.asarray(img.convert("L" if grey else "RGB")).astype(np.float32)
    h, w = a.shape[:2]
    if fade:
        small = nr.uniform(0.35, 1.0, size=(max(2, h // 90), max(2, w // 90))).astype(np.float32)
        fm = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
        fm = np.clip(fm * 0.5 + 0.5, 0.55, 1.0)
        grad = np.linspace(rng.uniform(0.85, 1.0), rng.uniform(0.65, 0.8), h, dtype=np.float32)[
            :, None
        ]
        fm = fm * grad
        if a.ndim == 3:
            fm = fm[..., None]
        a = 255 - (255 - a) * fm
    t0 = rng.uniform(242, 250)
    tint = np.array([t0, t0 - rng.uniform(0, 3), t0 - rng.uniform(3, 10)], dtype=np.float32)
    a = a / 255.0 * (tint.mean() if grey else tint)
    a = a + (10 * (1 - a / 255.0))  # slightly lift the blacks (toner / thermal)
    py, px = int(h * pad), int(w * pad)
    bedv = bed if grey else (bed, bed - 2, bed - 6)
    a = cv2.copyMakeBorder(a, py, py, px, px, cv2.BORDER_CONSTANT, value=bedv)
    h, w = a.shape[:2]
    ang = rng.uniform(-skew, skew)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(
        a, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=bedv
    )
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = a + nr.normal(0, noise, a.shape).astype(np.float32)
    # specks only land on blank paper, never on or next to print (legibility)
    lum = a if grey else a.mean(axis=2)
    ink = cv2.dilate((lum < 170).astype(np.uint8), np.ones((25, 25), np.uint8))
    for _ in range(specks):
        x, y = int(nr.integers(0, w)), int(nr.integers(0, h))
        if ink[y, x]:
            continue
        r = int(nr.integers(1, 3))
        v = float(nr.uniform(30, 140))
        cv2.circle(a, (x, y), r, (v, v, v) if not grey else v, -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a, "L" if grey else "RGB")
    if scale_to:
        out = out.resize(
            (scale_to, round(out.height * scale_to / out.width)), Image.Resampling.LANCZOS
        )
    return out


def texture(h, w, rng, nr) -> np.ndarray:
    base = np.array(
        rng.choice([(120, 86, 58), (150, 112, 76), (92, 96, 104), (170, 160, 140), (60, 64, 70)]),
        dtype=np.float32,
    )
    yy = np.arange(h, dtype=np.float32)[:, None]
    xx = np.arange(w, dtype=np.float32)[None, :]
    ph = rng.uniform(0, 6.28)
    stripes = np.sin((xx * 0.9 + yy * 0.05) / rng.uniform(9, 20) + np.sin(yy / 140 + ph) * 2.0)
    low = cv2.resize(
        nr.uniform(-1, 1, (max(2, h // 60), max(2, w // 60))).astype(np.float32),
        (w, h),
        interpolation=cv2.INTER_CUBIC,
    )
    grain = nr.normal(0, 6, (h, w)).astype(np.float32)
    m = stripes * 10 + low * 14 + grain
    return np.clip(base[None, None, :] + m[..., None], 0, 255)


def photo(
    img: Image.Image, rng: random.Random, *, long_side=2000, quality=70, fold=True, occupy=0.84
) -> Image.Image:
    nr = np.random.default_rng(rng.randrange(2**32))
    doc = np.asarray(img.convert("RGB")).astype(np.float32)
    paper = np.array(
        [rng.uniform(244, 252), rng.uniform(240, 249), rng.uniform(228, 242)], dtype=np.float32
    )
    doc = doc / 255.0 * paper
    dh, dw = doc.shape[:2]
    if fold:
        fy = int(dh * rng.uniform(0.35, 0.65))
        prof = np.ones(dh, dtype=np.float32)
        yy = np.arange(dh, dtype=np.float32)
        prof -= 0.10 * np.exp(-(((yy - fy) / (dh * 0.006)) ** 2))
        prof[fy:] *= rng.uniform(0.93, 0.98)
        doc = doc * prof[:, None, None]
    aspect = dw / dh
    H = long_side
    W = round(H * max(0.55, min(0.8, aspect * 1.25)))
    th = H * occupy
    tw = th * aspect
    if tw > W * 0.9:
        tw = W * 0.9
        th = tw / aspect
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    j = 0.035
    dst = np.array(
        [
            [cx - tw / 2 + rng.uniform(-j, j) * tw, cy - th / 2 + rng.uniform(-j, j) * th],
            [cx + tw / 2 + rng.uniform(-j, j) * tw, cy - th / 2 + rng.uniform(-j, j) * th],
            [cx + tw / 2 + rng.uniform(-j, j) * tw, cy + th / 2 + rng.uniform(-j, j) * th],
            [cx - tw / 2 + rng.uniform(-j, j) * tw, cy + th / 2 + rng.uniform(-j, j) * th],
        ],
        dtype=np.float32,
    )
    src = np.array([[0, 0], [dw, 0], [dw, dh], [0, dh]], dtype=np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(
        doc, M, (W, H), flags=cv2.INTER_AREA if dw > tw else cv2.INTER_LINEAR
    )
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.GaussianBlur(mask, (0, 0), 0.8)[..., None]
    bg = texture(H, W, rng, nr)
    # contact shadow under the paper
    sh = cv2.GaussianBlur(
        cv2.warpPerspective(np.ones((dh, dw), np.float32), M, (W, H)), (0, 0), 12
    )[..., None]
    bg = bg * (1 - 0.35 * sh)
    out = warped * mask + bg * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.12 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy) * 2
    lx, ly = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    light *= 1.0 + 0.08 * np.exp(-(((xx - lx) ** 2 + (yy - ly) ** 2) / (2 * (0.35 * H) ** 2)))
    # soft shadow of the phone / hand across one corner
    corner = rng.choice([(0, 0), (W, 0), (0, H), (W, H)])
    d = np.sqrt((xx - corner[0]) ** 2 + (yy - corner[1]) ** 2)
    shadow = 1.0 - 0.22 * (1 / (1 + np.exp((d - 0.45 * H) / (0.05 * H))))
    out = out * (light * shadow)[..., None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 0.8))
    out = out + nr.normal(0, 3.0, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    return Image.fromarray(out, "RGB")


def jpeg(img: Image.Image, quality: int) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality, optimize=False, progressive=False)
    return b.getvalue()


def png(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False)
    return b.getvalue()


def image_pdf(img: Image.Image, name: str, dpi: float, quality=80) -> bytes:
    w_pt, h_pt = img.width * 72.0 / dpi, img.height * 72.0 / dpi
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w_pt, h_pt), invariant=1)
    c.setTitle(name)
    c.drawImage(ImageReader(io.BytesIO(jpeg(img, quality))), 0, 0, w_pt, h_pt)
    c.showPage()
    c.save()
    return buf.getvalue()


# ================================================================ registry


@dataclass
class Spec:
    name: str
    fn: object
    kind: str  # pdf | scan | photo
    ext: str  # pdf | png | jpg
    country: str
    how: str  # short description of the rendering


SPECS = [
    Spec("i01", i01, "pdf", "pdf", "Canada (Québec) FR/EN", "born-digital PDF, Letter"),
    Spec("i02", i02, "pdf", "pdf", "Belgium NL/FR", "born-digital PDF, A4, 2 pages"),
    Spec("i03", i03, "scan", "png", "Switzerland DE/FR", "grey scan 200 dpi, skew, specks"),
    Spec("i04", i04, "photo", "jpg", "Finland FI/SV", "phone photo, fold, shadow, JPEG"),
    Spec(
        "i05", i05, "scan", "pdf", "Ukraine UA/EN", "colour scan 170 dpi embedded as image-only PDF"
    ),
    Spec("i06", i06, "pdf", "pdf", "Cyprus EL/EN", "born-digital PDF, A4"),
    Spec("i07", i07, "scan", "png", "Italy (South Tyrol) DE/IT", "colour scan 180 dpi"),
    Spec("i08", i08, "pdf", "pdf", "Kazakhstan RU/EN", "born-digital PDF, A4, 2 pages"),
    Spec("r01", r01, "scan", "png", "Wales CY/EN", "grey scan 203 dpi with thermal fading"),
    Spec("r02", r02, "photo", "jpg", "Spain (Basque Country) EU/ES", "phone photo, fold, JPEG"),
    Spec("r03", r03, "scan", "jpg", "Serbia SR Cyrillic/Latin", "grey scan 300 dpi, JPEG"),
    Spec("r04", r04, "photo", "jpg", "Malta MT/EN", "phone photo, shadow, JPEG"),
    Spec("r05", r05, "pdf", "pdf", "Estonia ET/RU", "born-digital PDF, 58 mm roll"),
    Spec(
        "r06",
        r06,
        "scan",
        "png",
        "Bulgaria BG Cyrillic/Latin",
        "grey scan 300 dpi downscaled to 650 px, thermal fading",
    ),
    Spec(
        "r07", r07, "scan", "pdf", "Ireland GA/EN", "grey scan 200 dpi embedded as image-only PDF"
    ),
    Spec("r08", r08, "pdf", "pdf", "Luxembourg FR/DE", "born-digital PDF, 76 mm roll"),
]


RENDER = {
    "i03": lambda pdf, rng: png(
        scan(render(pdf, 200, grey=True), rng, grey=True, blur=0.55, skew=1.6, noise=5, specks=120)
    ),
    "i04": lambda pdf, rng: jpeg(photo(render(pdf, 190), rng, long_side=2200, fold=True), 74),
    "i05": lambda pdf, rng: image_pdf(
        scan(render(pdf, 170), rng, grey=False, blur=0.6, skew=1.2, noise=4, specks=80),
        "i05",
        170,
        quality=82,
    ),
    "i07": lambda pdf, rng: png(
        scan(render(pdf, 180), rng, grey=False, blur=0.5, skew=1.8, noise=4, specks=60)
    ),
    "r01": lambda pdf, rng: png(
        scan(
            render(pdf, 203, grey=True),
            rng,
            grey=True,
            blur=0.6,
            skew=1.5,
            noise=5,
            specks=40,
            fade=True,
            pad=0.06,
        )
    ),
    "r02": lambda pdf, rng: jpeg(
        photo(render(pdf, 260), rng, long_side=1900, fold=True, occupy=0.88), 68
    ),
    "r03": lambda pdf, rng: jpeg(
        scan(
            render(pdf, 300, grey=True),
            rng,
            grey=True,
            blur=0.7,
            skew=1.2,
            noise=6,
            specks=50,
            pad=0.05,
        ),
        78,
    ),
    "r04": lambda pdf, rng: jpeg(
        photo(render(pdf, 260), rng, long_side=2100, fold=False, occupy=0.9), 72
    ),
    "r06": lambda pdf, rng: png(
        scan(
            render(pdf, 300, grey=True),
            rng,
            grey=True,
            blur=0.5,
            skew=1.0,
            noise=4,
            specks=25,
            fade=True,
            pad=0.04,
            scale_to=650,
        )
    ),
    "r07": lambda pdf, rng: image_pdf(
        scan(
            render(pdf, 200, grey=True),
            rng,
            grey=True,
            blur=0.6,
            skew=1.4,
            noise=5,
            specks=40,
            pad=0.05,
        ),
        "r07",
        200,
        quality=80,
    ),
}


def make_output(spec: Spec, d: Doc) -> bytes:
    if spec.kind == "pdf":
        return d.pdf
    rng = random.Random(zlib.crc32(spec.name.encode()))
    return RENDER[spec.name](d.pdf, rng)


def check(spec: Spec, d: Doc) -> None:
    t = d.truth
    amount, total = D(t["amount"]), D(t["total"])
    vat = D(t["vat"]) if t["vat"] is not None else Decimal("0.00")
    assert amount + vat + d.tip + d.rounding == total, (
        spec.name,
        amount,
        vat,
        d.tip,
        d.rounding,
        total,
    )
    for k in ("amount", "total") + (("vat",) if t["vat"] else ()):
        assert len(t[k].split(".")[1]) == 2, (spec.name, k)
    doc = pdfium.PdfDocument(d.pdf)
    text = ""
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        text += tp.get_text_range() + "\n"
    doc.close()
    norm = text.replace("\r", "").replace("\xa0", " ")
    for s in d.must:
        assert s in norm, (spec.name, "not printed", s)


def readme(rows: list[tuple[Spec, dict]]) -> str:
    kinds = {"pdf": 0, "scan": 0, "photo": 0}
    for s, _ in rows:
        kinds[s.kind] += 1
    img_pdf = sum(1 for s, _ in rows if s.kind == "scan" and s.ext == "pdf")
    ninv = sum(1 for s, _ in rows if s.name.startswith("i"))
    nrec = len(rows) - ninv
    out = [
        "# blind-2026-14h — bilingual and two-script invoices and receipts",
        "",
        "Generated by `bench/blindsets/blind_2026_14h.py` (`python -m bench.blindsets.blind_2026_14h [OUTDIR] [--only NAME]`).",
        "Every document is drawn by its own reportlab function (invariant mode); randomness is seeded with",
        "CRC-32 of the document name, so re-runs are byte-identical. The generator imports nothing from the product.",
        "",
        "## How the set is drawn",
        "",
        "Focus: documents printed in two languages or two scripts at once — border regions, bilingual",
        "countries, exporters. Labels are doubled side by side or stacked ('Facture / Invoice', 'Factuur / Facture',",
        "'Lasku / Faktura', 'ΤΙΜΟΛΟΓΙΟ / INVOICE', 'TPS / GST', 'BEZ / IVA', 'CBL / VAT' ...), seller names appear",
        "in two languages or two scripts (Cyrillic above Latin, Greek legal name beside an English trade name),",
        "some dates and amounts are printed twice in two formats (ISO + spelled out, 2026/03/07 + 07/03/2026,",
        "12.03.2026 + 12/03/2026, CHF 6'586.55 + 6 586.55, EUR + BGN). Only Latin, Greek and Cyrillic scripts.",
        "",
        "Kinds: `pdf` = born-digital PDF with a text layer; `scan` = rendered with pypdfium2 (170–300 dpi),",
        "grey or colour, paper tint, padding onto the scanner bed, skew ≤ ±2°, blur, noise, specks, thermal",
        "fading for some receipts, one receipt downscaled to 650 px wide; two scans are embedded as the only",
        "content of an image-only PDF (`i05.pdf`, `r07.pdf`, kind `scan`); `photo` = perspective onto a",
        "textured table, uneven light, a corner shadow, an optional fold, JPEG quality 68–74, long side",
        "1,900–2,200 px. Every text run is checked to stay on the page and not overlap another run",
        "(`LayoutError`), and the key strings (number, total) are checked to be in the source PDF's text.",
        "",
        "## Truth conventions",
        "",
        "- `amount` = net before tax, `vat` = sum of all taxes (GST + QST; several VAT rates summed), `total` =",
        "  what the document says is due/paid. Checked for every file: `amount + vat + tip + rounding == total`",
        "  (tip: r04 8.00; rounding: i03 Swiss 5-Rappen rounding +0.02).",
        "- Prices including tax (receipts): `vat` is the printed tax; `amount` is the printed net when the",
        "  receipt prints one (r01, r02, r04, r05, r07, r08), otherwise total − vat (r03, r06).",
        "- Amounts are strings with two decimals, computed once with `Decimal` (ROUND_HALF_UP) and printed from",
        "  the same values. The credit note (i07) prints every amount negative and is keyed negative.",
        "- `vendor_name`: the seller's legal name as printed, with its legal form. When the legal name is",
        "  printed in two languages/scripts, the first-printed form is keyed (Cyrillic before Latin, NL half of",
        "  'Drukkerij Lemaire BV / Imprimerie Lemaire SRL', DE half of 'Alpenrose Holzbau GmbH / ...Srl',",
        "  Greek legal name 'Π. ΧΡΙΣΤΟΔΟΥΛΟΥ & ΥΙΟΙ ΛΤΔ' rather than the English trade name). Without a printed",
        "  legal name (r01) the header name is keyed. Case and quotation marks are kept as printed.",
        "- `invoice_number`: the document's own number as printed (receipt no. / PFR number / fiscal receipt no.).",
        "  i08 prints the number in Cyrillic 'ДЛ-0093' and Latin 'DL-0093'; keyed as first printed ('ДЛ-0093').",
        "  References to other documents (i07's original invoice, contract numbers) are not the number.",
        "- `due_date` only when a date is printed (payment terms alone do not count). Receipts have none.",
        "- `currency`: ISO code of the amounts keyed; r06 (Bulgaria 2026) prints EUR and BGN, keyed EUR.",
        "- `line_items`: as printed; `description` is the item text, with a stacked translation joined by",
        "  ' / '; `quantity` as a plain decimal string (negative for returned goods on the credit note);",
        "  `unit_price` with the decimals printed (fuel price 1.689); `amount` the printed line amount (tax-",
        "  inclusive on receipts, before discount on i06). Tax-code letters printed after Serbian items are",
        "  part of the description.",
        "- `locale`: language-region of the first (primary) language on the page.",
        "",
        "## Mix",
        "",
        "| | count |",
        "|---|---|",
        f"| invoices (i01–i08; one credit note) | {ninv} |",
        f"| receipts (r01–r08) | {nrec} |",
        f"| born-digital PDF | {kinds['pdf']} |",
        f"| scans (of which image-only PDF) | {kinds['scan']} ({img_pdf}) |",
        f"| photos | {kinds['photo']} |",
        "| multi-page PDFs | 2 (i02, i08) |",
        "| currencies | CAD, EUR, CHF, UAH, KZT, GBP, RSD |",
        "",
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for s, t in rows:
        note = t["note"].replace("|", "/")
        out.append(
            f"| {s.name}.{s.ext} | {s.kind} ({s.how}) | {s.country} | {t['document_type']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {note} |"
        )
    out.append("")
    return "\n".join(out)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    args = ap.parse_args(argv)
    register_fonts()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for spec in SPECS:
        if args.only and spec.name != args.only:
            continue
        d = spec.fn()
        check(spec, d)
        data = make_output(spec, d)
        (out / f"{spec.name}.{spec.ext}").write_bytes(data)
        t = dict(d.truth)
        t["kind"] = spec.kind
        (out / f"{spec.name}.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        rows.append((spec, t))
        print(f"{spec.name}.{spec.ext}  {spec.kind:5s}  total {t['total']} {t['currency']}")
    if not args.only:
        (out / "README.md").write_text(readme(rows), encoding="utf-8")


if __name__ == "__main__":
    main()
