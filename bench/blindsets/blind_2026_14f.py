# ruff: noqa: E501
"""Blind evaluation set 14f: tax regimes (16 invoices, 16 receipts).

Run from the repository root:
    python -m bench.blindsets.blind_2026_14f [OUTDIR] [--only NAME]

Every document is drawn by its own function with its own layout. Every random choice is
seeded with the CRC-32 of the document's name, so re-runs are byte-identical.
"""

from __future__ import annotations

import argparse
import io
import json
import random
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

SET = "14f"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-14f")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVO": "DejaVuSans-Oblique.ttf",
    "DVL": "DejaVuSans-ExtraLight.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVSI": "DejaVuSerif-Italic.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
    "DVSCB": "DejaVuSerifCondensed-Bold.ttf",
}
for _k, _f in FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, str(FONT_DIR / _f)))

BLACK = (0, 0, 0)
GREY = (0.42, 0.42, 0.42)
C2 = Decimal("0.01")


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


# ---------------------------------------------------------------- arithmetic


def D(x: object) -> Decimal:
    return Decimal(str(x))


def q2(x: Decimal) -> Decimal:
    return x.quantize(C2, ROUND_HALF_UP)


def q0(x: Decimal) -> Decimal:
    return x.quantize(Decimal("1"), ROUND_HALF_UP)


def s2(x: Decimal) -> str:
    return f"{q2(x):.2f}"


def fm(x: Decimal, th: str = ",", dec: str = ".", nd: int = 2, lakh: bool = False) -> str:
    """Format a Decimal with thousands separator th and decimal mark dec."""
    neg = x < 0
    txt = f"{abs(x):.{nd}f}"
    ip, _, fp = txt.partition(".")
    groups = []
    if lakh and len(ip) > 3:
        head, groups = ip[:-3], [ip[-3:]]
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
    else:
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
    out = th.join(groups) + (dec + fp if nd else "")
    return ("-" if neg else "") + out


def de(x: Decimal) -> str:
    return fm(x, ".", ",")


def sp(x: Decimal) -> str:
    return fm(x, "\u00a0", ",")


def us(x: Decimal) -> str:
    return fm(x, ",", ".")


def qty_s(x: Decimal) -> str:
    return format(x.normalize(), "f")


@dataclass
class Item:
    desc: str
    qty: Decimal
    unit: Decimal
    amt: Decimal
    tag: str = ""

    def truth(self) -> dict:
        return {
            "description": self.desc,
            "quantity": qty_s(self.qty),
            "unit_price": s2(self.unit),
            "amount": s2(self.amt),
        }


def items(rows: list[tuple]) -> list[Item]:
    out = []
    for row in rows:
        desc, qty, unit = row[0], D(row[1]), D(row[2])
        tag = row[3] if len(row) > 3 else ""
        out.append(Item(desc, qty, unit, q2(qty * unit), tag))
    return out


def total_of(its: list[Item], tag: str | None = None) -> Decimal:
    return sum((i.amt for i in its if tag is None or i.tag == tag), Decimal(0))


def inclusive(gross: Decimal, rate: Decimal) -> tuple[Decimal, Decimal]:
    """(net, tax) contained in a tax-inclusive gross amount."""
    tax = q2(gross * rate / (100 + rate))
    return gross - tax, tax


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
    dtype: str
    its: list[Item]
    note: str
    tip: Decimal = Decimal(0)
    rounding: Decimal = Decimal(0)
    withholding: Decimal = Decimal(0)

    def to_json(self, kind: str) -> dict:
        vat0 = self.vat if self.vat is not None else Decimal(0)
        lhs = self.amount + vat0 + self.tip + self.rounding - self.withholding
        assert lhs == self.total, (self.vendor, lhs, self.total)
        out = {
            "invoice_number": self.number,
            "invoice_date": self.inv_date.isoformat(),
            "due_date": self.due.isoformat() if self.due else None,
            "vendor_name": self.vendor,
            "amount": s2(self.amount),
            "vat": s2(self.vat) if self.vat is not None else None,
            "total": s2(self.total),
            "currency": self.currency,
            "locale": self.locale,
            "layout": self.layout,
            "document_type": self.dtype,
            "line_items": [i.truth() for i in self.its],
            "note": self.note,
            "kind": kind,
        }
        if self.withholding:
            out["withholding"] = s2(self.withholding)
        return out


# ---------------------------------------------------------------- drawing


class Page:
    """A reportlab canvas with top-down coordinates that checks every text run."""

    def __init__(self, name: str, size: tuple[float, float]) -> None:
        self.name = name
        self.w, self.h = size
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.runs: list[tuple[int, tuple[float, float, float, float], str]] = []
        self.pn = 0

    def t(
        self,
        x: float,
        y: float,
        s: str,
        f: str = "DV",
        sz: float = 9,
        a: str = "l",
        col: tuple = BLACK,
    ) -> float:
        w = pdfmetrics.stringWidth(s, f, sz)
        x0 = {"l": x, "r": x - w, "c": x - w / 2}[a]
        yb = self.h - y
        box = (x0, yb - 0.22 * sz, x0 + w, yb + 0.78 * sz)
        if box[0] < 4 or box[2] > self.w - 4 or box[1] < 4 or box[3] > self.h - 4:
            raise LayoutError(f"{self.name} p{self.pn + 1}: off page: {s!r}")
        for pn, b, other in self.runs:
            if (
                pn == self.pn
                and box[0] < b[2] - 0.3
                and b[0] < box[2] - 0.3
                and box[1] < b[3] - 0.3
                and b[1] < box[3] - 0.3
            ):
                raise LayoutError(f"{self.name} p{self.pn + 1}: {s!r} overlaps {other!r}")
        self.runs.append((self.pn, box, s))
        self.c.setFillColorRGB(*col)
        self.c.setFont(f, sz)
        self.c.drawString(x0, yb, s)
        return w

    def wrap(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        f: str = "DV",
        sz: float = 8,
        lead: float | None = None,
        col: tuple = BLACK,
    ) -> float:
        lead = lead or sz * 1.3
        line = ""
        for word in s.split():
            cand = f"{line} {word}".strip()
            if pdfmetrics.stringWidth(cand, f, sz) > width and line:
                self.t(x, y, line, f, sz, col=col)
                y += lead
                line = word
            else:
                line = cand
        if line:
            self.t(x, y, line, f, sz, col=col)
            y += lead
        return y

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        lw: float = 0.5,
        col: tuple = BLACK,
        dash: list | None = None,
    ) -> None:
        self.c.setStrokeColorRGB(*col)
        self.c.setLineWidth(lw)
        self.c.setDash(dash or [])
        self.c.line(x1, self.h - y1, x2, self.h - y2)
        self.c.setDash([])

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: tuple | None = None,
        stroke: tuple | None = BLACK,
        lw: float = 0.5,
        r: float = 0,
    ) -> None:
        if fill:
            self.c.setFillColorRGB(*fill)
        if stroke:
            self.c.setStrokeColorRGB(*stroke)
        self.c.setLineWidth(lw)
        if r:
            self.c.roundRect(
                x, self.h - y - h, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0
            )
        else:
            self.c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def circle(
        self,
        x: float,
        y: float,
        r: float,
        fill: tuple | None = None,
        stroke: tuple | None = BLACK,
        lw: float = 0.5,
    ) -> None:
        if fill:
            self.c.setFillColorRGB(*fill)
        if stroke:
            self.c.setStrokeColorRGB(*stroke)
        self.c.setLineWidth(lw)
        self.c.circle(x, self.h - y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def poly(self, pts: list[tuple[float, float]], fill: tuple) -> None:
        p = self.c.beginPath()
        p.moveTo(pts[0][0], self.h - pts[0][1])
        for x, y in pts[1:]:
            p.lineTo(x, self.h - y)
        p.close()
        self.c.setFillColorRGB(*fill)
        self.c.drawPath(p, stroke=0, fill=1)

    def qr(self, x: float, y: float, size: float, rng: random.Random, n: int = 25) -> None:
        """A QR-like square: three finder patterns and seeded modules."""
        cell = size / n
        self.c.setFillColorRGB(0, 0, 0)
        for i in range(n):
            for j in range(n):
                finder = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8)
                if not finder and rng.random() < 0.48:
                    self.c.rect(
                        x + i * cell, self.h - y - (j + 1) * cell, cell, cell, stroke=0, fill=1
                    )
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            for k, colr in ((0, 0), (1, 1), (2, 0)):
                s = (7 - 2 * k) * cell
                self.c.setFillColorRGB(colr, colr, colr)
                self.c.rect(
                    x + (fx + k) * cell, self.h - y - (fy + k) * cell - s, s, s, stroke=0, fill=1
                )

    def barcode(self, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
        self.c.setFillColorRGB(0, 0, 0)
        cx = x
        while cx < x + w - 3:
            bw = rng.choice((0.6, 0.6, 1.2, 1.8))
            self.c.rect(cx, self.h - y - h, bw, h, stroke=0, fill=1)
            cx += bw + rng.choice((0.6, 1.2, 1.8))

    def newpage(self) -> None:
        self.c.showPage()
        self.pn += 1

    def pdf(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


@dataclass
class Roll:
    """A receipt roll: rows are collected first, the page is as long as its content."""

    name: str
    width_mm: float
    margin: float = 3 * mm
    top: float = 8 * mm
    y: float = 0
    ops: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.W = self.width_mm * mm
        self.L = self.margin
        self.R = self.W - self.margin
        self.C = self.W / 2
        self.y = self.top

    def row(
        self,
        cols: list[tuple[float, str, str]],
        f: str = "DVM",
        sz: float = 8,
        lead: float | None = None,
    ) -> None:
        self.y += lead or sz * 1.3
        for x, s, a in cols:
            self.ops.append(("t", x, self.y, s, f, sz, a))

    def lr(
        self, left: str, right: str, f: str = "DVM", sz: float = 8, lead: float | None = None
    ) -> None:
        self.row([(self.L, left, "l"), (self.R, right, "r")], f, sz, lead)

    def c(self, s: str, f: str = "DVM", sz: float = 8, lead: float | None = None) -> None:
        self.row([(self.C, s, "c")], f, sz, lead)

    def l(self, s: str, f: str = "DVM", sz: float = 8, lead: float | None = None) -> None:  # noqa: E743
        self.row([(self.L, s, "l")], f, sz, lead)

    def rule(self, dash: bool = True, lw: float = 0.6, gap: float = 5) -> None:
        self.y += gap
        self.ops.append(("line", self.y, dash, lw))
        self.y += 2

    def gap(self, pts: float) -> None:
        self.y += pts

    def qr(self, size: float, rng: random.Random) -> None:
        self.y += 6
        self.ops.append(("qr", self.C - size / 2, self.y, size, rng.randrange(1 << 30)))
        self.y += size

    def bar(self, w: float, h: float, rng: random.Random) -> None:
        self.y += 6
        self.ops.append(("bar", self.C - w / 2, self.y, w, h, rng.randrange(1 << 30)))
        self.y += h

    def logo(self, fn: Callable[[Page, float], float], h: float) -> None:
        self.ops.append(("logo", fn, self.y))
        self.y += h

    def page(self) -> Page:
        p = Page(self.name, (self.W, self.y + 12 * mm))
        for op in self.ops:
            if op[0] == "t":
                _, x, y, s, f, sz, a = op
                p.t(x, y, s, f, sz, a)
            elif op[0] == "line":
                p.line(self.L, op[1], self.R, op[1], op[3], dash=[2, 2] if op[2] else None)
            elif op[0] == "qr":
                p.qr(op[1], op[2], op[3], random.Random(op[4]))
            elif op[0] == "bar":
                p.barcode(op[1], op[2], op[3], op[4], random.Random(op[5]))
            else:
                op[1](p, op[2])
        return p


def table(
    p: Page,
    y: float,
    cols: list[tuple[float, str]],
    rows: list[list[str]],
    f: str,
    sz: float,
    lead: float,
) -> float:
    """Rows of cells at x positions; align 'l' / 'r' / 'c' per column."""
    for row in rows:
        for (x, a), cell in zip(cols, row, strict=True):
            if cell:
                p.t(x, y, cell, f, sz, a)
        y += lead
    return y


# ---------------------------------------------------------------- invoices


def i01(rng: random.Random) -> tuple[Page, Truth]:
    """Spain: freelancer, IVA 21 % added, IRPF 15 % withheld; also prints a pre-IRPF total."""
    p = Page("i01", A4)
    vendor = "Lucía Fernández Ortega"
    n = 48392017
    nif = f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    acc = (0.62, 0.18, 0.22)
    its = items(
        [
            ("Diseño de etiquetas, serie Otoño (3 referencias)", 3, "380.00"),
            ("Manual de identidad corporativa", 1, "950.00"),
            ("Horas de revisión y ajustes de imprenta", 6, "45.00"),
        ]
    )
    base = total_of(its)
    iva = q2(base * D(21) / 100)
    irpf = q2(base * D(15) / 100)
    sub = base + iva
    tot = sub - irpf
    eu = lambda x: de(x) + " €"  # noqa: E731
    p.t(50, 72, vendor, "DVSB", 19)
    p.t(50, 90, "Diseño gráfico e ilustración", "DVSI", 10, col=GREY)
    p.t(50, 106, f"NIF {nif}  ·  C/ de Sueca 41, 3.º 2.ª  ·  46006 València", "DVS", 8.5)
    p.t(50, 118, "hola@luciafernandez.es  ·  +34 611 204 387", "DVS", 8.5)
    p.t(545, 72, "FACTURA", "DVSB", 24, "r", acc)
    p.line(50, 130, 545, 130, 1.4, acc)
    p.rect(50, 145, 255, 80, stroke=GREY)
    p.t(60, 160, "FACTURAR A", "DVB", 7.5, col=acc)
    p.t(60, 176, "Cervezas Artesanas del Turia, S.L.", "DVSB", 10)
    p.t(60, 190, "CIF B98437215", "DVS", 9)
    p.t(60, 203, "Polígono Industrial Fuente del Jarro", "DVS", 9)
    p.t(60, 216, "C/ Ciudad de Sevilla 12, 46988 Paterna", "DVS", 9)
    meta = [
        ("Nº de factura", "2026/014"),
        ("Fecha de emisión", "12/03/2026"),
        ("Fecha de vencimiento", "11/04/2026"),
        ("Forma de pago", "Transferencia"),
    ]
    y = 160
    for k, v in meta:
        p.t(360, y, k, "DVS", 9, col=GREY)
        p.t(545, y, v, "DVSB", 9, "r")
        y += 17
    y = 262
    p.rect(50, y - 13, 495, 19, fill=acc, stroke=None)
    for x, s, a in (
        (58, "CONCEPTO", "l"),
        (380, "CANT.", "r"),
        (460, "PRECIO", "r"),
        (538, "IMPORTE", "r"),
    ):
        p.t(x, y, s, "DVB", 8.5, a, (1, 1, 1))
    y += 24
    for it in its:
        p.t(58, y, it.desc, "DVS", 9.5)
        p.t(380, y, qty_s(it.qty), "DVS", 9.5, "r")
        p.t(460, y, eu(it.unit), "DVS", 9.5, "r")
        p.t(538, y, eu(it.amt), "DVS", 9.5, "r")
        p.line(50, y + 8, 545, y + 8, 0.3, GREY)
        y += 24
    y += 14
    rows = [
        ("Base imponible", eu(base)),
        ("IVA (21 %)", eu(iva)),
        ("Total con IVA", eu(sub)),
        ("Retención IRPF (15 %)", "-" + eu(irpf)),
    ]
    for k, v in rows:
        p.t(350, y, k, "DVS", 9.5)
        p.t(538, y, v, "DVS", 9.5, "r")
        y += 17
    p.rect(340, y - 8, 205, 26, fill=(0.96, 0.92, 0.92), stroke=acc)
    p.t(350, y + 9, "TOTAL A PAGAR", "DVSB", 11, col=acc)
    p.t(538, y + 9, eu(tot), "DVSB", 11, "r", acc)
    y += 60
    p.t(50, y, "Forma de pago: transferencia bancaria a la cuenta", "DVS", 8.5)
    p.t(
        50,
        y + 13,
        "IBAN ES91 2100 0418 4502 0005 1332  ·  BIC CAIXESBBXXX  (CaixaBank)",
        "DVSB",
        8.5,
    )
    p.wrap(
        50,
        760,
        "Operación sujeta a retención del IRPF conforme al art. 101 de la Ley 35/2006. De acuerdo con el RGPD, sus datos se tratarán únicamente para la gestión de esta relación comercial.",
        495,
        "DVS",
        7,
        col=GREY,
    )
    tr = Truth(
        "2026/014",
        date(2026, 3, 12),
        date(2026, 4, 11),
        vendor,
        base,
        iva,
        tot,
        "EUR",
        "es-ES",
        "invoice",
        "invoice",
        its,
        "IVA 21 % added, IRPF 15 % withheld; a 'Total con IVA' line precedes the payable 'TOTAL A PAGAR'",
        withholding=irpf,
    )
    return p, tr


def i02(rng: random.Random) -> tuple[Page, Truth]:
    """Italy: engineer's fee, INARCASSA 4 %, IVA 22 %, ritenuta d'acconto 20 % on the fee."""
    p = Page("i02", A4)
    vendor = "Ing. Marco Bellini"
    fee = items(
        [
            ("Progettazione impianto fotovoltaico 48 kWp - fase esecutiva", 1, "1450.00"),
            ("Direzione lavori e collaudo (sopralluoghi n. 2)", 2, "175.00"),
        ]
    )
    onor = total_of(fee)
    cassa = q2(onor * D(4) / 100)
    imp = onor + cassa
    iva = q2(imp * D(22) / 100)
    totf = imp + iva
    rit = q2(onor * D(20) / 100)
    netto = totf - rit
    p.t(297, 60, "Ing. Marco Bellini", "DVSB", 17, "c")
    p.t(297, 78, "Ingegnere Industriale  ·  Albo di Bologna n. 7341/A", "DVSI", 9, "c")
    p.t(
        297,
        92,
        "Via Saragozza 118, 40135 Bologna  ·  P.IVA 03851201208  ·  C.F. BLLMRC79D14A944T",
        "DVS",
        8,
        "c",
    )
    p.line(60, 102, 535, 102, 0.8)
    p.t(60, 130, "Spett.le", "DVS", 9)
    p.t(60, 144, "Agricola Valle del Reno S.r.l.", "DVSB", 10)
    p.t(60, 157, "Via Porrettana 410, 40033 Casalecchio di Reno (BO)", "DVS", 9)
    p.t(60, 170, "P.IVA 02977431209  ·  Codice SDI M5UXCR1", "DVS", 9)
    p.t(535, 130, "FATTURA N. 7/2026", "DVSB", 12, "r")
    p.t(535, 146, "del 05/02/2026", "DVS", 10, "r")
    y = 210
    p.line(60, y - 12, 535, y - 12, 0.5)
    p.t(60, y, "Descrizione della prestazione", "DVSB", 9)
    p.t(535, y, "Importo €", "DVSB", 9, "r")
    p.line(60, y + 6, 535, y + 6, 0.5)
    y += 22
    for it in fee:
        p.t(
            60,
            y,
            f"{it.desc}" + (f"  ({qty_s(it.qty)} x {de(it.unit)})" if it.qty != 1 else ""),
            "DVS",
            9,
        )
        p.t(535, y, de(it.amt), "DVS", 9, "r")
        y += 16
    y += 20
    rows = [
        ("Totale onorari", de(onor)),
        ("Contributo integrativo INARCASSA 4%", de(cassa)),
        ("Imponibile IVA", de(imp)),
        ("IVA 22%", de(iva)),
        ("Totale fattura", de(totf)),
        ("Ritenuta d'acconto 20% su € " + de(onor), "- " + de(rit)),
    ]
    for k, v in rows:
        p.t(300, y, k, "DVS", 9.5)
        p.t(535, y, v, "DVS", 9.5, "r")
        y += 16
    p.line(300, y - 8, 535, y - 8, 0.8)
    y += 8
    p.t(300, y, "NETTO A PAGARE", "DVSB", 11)
    p.t(535, y, "€ " + de(netto), "DVSB", 11, "r")
    y += 50
    p.t(60, y, "Modalità di pagamento: bonifico bancario entro 30 giorni data fattura", "DVS", 9)
    p.t(60, y + 14, "IBAN IT60 X054 2811 1010 0000 0123 456 - Banca di Bologna", "DVS", 9)
    p.wrap(
        60,
        y + 40,
        "Il sostituto d'imposta è tenuto a versare la ritenuta d'acconto entro il 16 del mese successivo al pagamento. Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72: l'originale è disponibile nel cassetto fiscale (fattura elettronica trasmessa al SdI).",
        475,
        "DVSI",
        7.5,
        col=GREY,
    )
    tr = Truth(
        "7/2026",
        date(2026, 2, 5),
        None,
        vendor,
        imp,
        iva,
        netto,
        "EUR",
        "it-IT",
        "invoice",
        "invoice",
        fee,
        "cassa 4 % inside the taxable base; IVA 22 %; ritenuta 20 % on fees only; payable is 'Netto a pagare', not 'Totale fattura'; due '30 giorni' not a date",
        withholding=rit,
    )
    return p, tr


def i03(rng: random.Random) -> tuple[Page, Truth]:
    """Philippines: VAT 12 % on a service invoice, 2 % EWT deducted."""
    p = Page("i03", letter)
    vendor = "Kalayaan Digital Solutions, Inc."
    blue = (0.05, 0.25, 0.55)
    its = items(
        [
            ("Managed IT support retainer - March 2026", 1, "28500.00"),
            ("Cloud backup subscription (500 GB)", 3, "1850.00"),
            ("On-site network troubleshooting (hours)", 6, "1250.00"),
        ]
    )
    net = total_of(its)
    vat = q2(net * D(12) / 100)
    gross = net + vat
    ewt = q2(net * D(2) / 100)
    due = gross - ewt
    peso = lambda x: "₱" + us(x)  # noqa: E731
    p.rect(36, 36, 540, 64, fill=blue, stroke=None)
    p.circle(70, 68, 18, fill=(1, 0.8, 0.1), stroke=None)
    p.t(98, 62, "Kalayaan Digital Solutions, Inc.", "DVB", 15, col=(1, 1, 1))
    p.t(
        98,
        80,
        "Unit 1203 Tektite East Tower, Exchange Road, Ortigas Center, Pasig City 1605",
        "DV",
        8,
        col=(1, 1, 1),
    )
    p.t(98, 92, "VAT Reg. TIN: 009-482-761-00000  ·  Tel. (02) 8635-4410", "DV", 8, col=(1, 1, 1))
    p.t(576, 130, "SERVICE INVOICE", "DVB", 16, "r", blue)
    p.t(576, 148, "No. 0004127", "DVB", 11, "r", (0.75, 0.1, 0.1))
    p.t(36, 130, "SOLD TO", "DVB", 8, col=blue)
    p.t(36, 145, "Mabuhay Foods Corporation", "DVB", 10)
    p.t(36, 158, "TIN: 005-219-334-00000", "DV", 9)
    p.t(36, 171, "88 Shaw Boulevard, Mandaluyong City", "DV", 9)
    p.t(36, 184, "Business Style: Food Manufacturing", "DV", 9)
    for i, (k, v) in enumerate(
        (
            ("Date", "March 20, 2026"),
            ("Terms", "30 days"),
            ("Due Date", "April 19, 2026"),
            ("P.O. No.", "MFC-PO-26-0311"),
        )
    ):
        p.t(420, 171 + 13 * i, k, "DV", 9, col=GREY)
        p.t(576, 171 + 13 * i, v, "DV", 9, "r")
    y = 240
    p.rect(36, y - 12, 540, 18, fill=(0.9, 0.93, 0.97), stroke=blue)
    for x, s, a in (
        (42, "Description", "l"),
        (380, "Qty", "r"),
        (470, "Unit Price", "r"),
        (570, "Amount", "r"),
    ):
        p.t(x, y, s, "DVB", 9, a, blue)
    y += 22
    for it in its:
        p.t(42, y, it.desc, "DV", 9)
        p.t(380, y, qty_s(it.qty), "DV", 9, "r")
        p.t(470, y, us(it.unit), "DV", 9, "r")
        p.t(570, y, us(it.amt), "DV", 9, "r")
        y += 16
    p.line(36, y, 576, y, 0.6, blue)
    y += 22
    left = [
        ("VATable Sales", us(net)),
        ("VAT-Exempt Sales", "0.00"),
        ("Zero-Rated Sales", "0.00"),
        ("VAT Amount (12%)", us(vat)),
    ]
    right = [
        ("Total Sales (VAT Inclusive)", peso(gross)),
        ("Less: Withholding Tax (EWT 2%)", "(" + us(ewt) + ")"),
        ("Less: SC/PWD Discount", "0.00"),
    ]
    for i, (k, v) in enumerate(left):
        p.t(42, y + 15 * i, k, "DV", 8.5)
        p.t(250, y + 15 * i, v, "DV", 8.5, "r")
    for i, (k, v) in enumerate(right):
        p.t(320, y + 15 * i, k, "DV", 8.5)
        p.t(570, y + 15 * i, v, "DV", 8.5, "r")
    p.rect(314, y + 48, 262, 22, fill=blue, stroke=None)
    p.t(320, y + 63, "TOTAL AMOUNT DUE", "DVB", 10, col=(1, 1, 1))
    p.t(570, y + 63, peso(due), "DVB", 10, "r", (1, 1, 1))
    y += 110
    p.wrap(
        36,
        y,
        "Please issue BIR Form 2307 (Certificate of Creditable Tax Withheld at Source) for the 2% expanded withholding tax deducted above. Checks payable to KALAYAAN DIGITAL SOLUTIONS, INC. or deposit to BPI Current Account No. 1841-0325-66.",
        540,
        "DV",
        8,
    )
    p.t(36, y + 50, "Received the services in good order and condition:", "DV", 8)
    p.line(36, y + 90, 220, y + 90, 0.5)
    p.t(36, y + 100, "Customer's signature over printed name", "DV", 7, col=GREY)
    p.wrap(
        36,
        700,
        "BIR Authority to Print No. OCN 4AU0001294530  ·  Date issued: 01/15/2026  ·  Series 0004001-0006000  ·  Printer: Pasig Printwell Press, TIN 214-770-318-00000. THIS DOCUMENT IS NOT VALID FOR CLAIM OF INPUT TAX UNLESS ACCOMPANIED BY THE ORIGINAL.",
        540,
        "DV",
        6.5,
        col=GREY,
    )
    tr = Truth(
        "0004127",
        date(2026, 3, 20),
        date(2026, 4, 19),
        vendor,
        net,
        vat,
        due,
        "PHP",
        "en-PH",
        "invoice",
        "invoice",
        its,
        "VAT 12 % added; 2 % EWT on the net deducted; 'Total Sales (VAT Inclusive)' is not the amount due",
        withholding=ewt,
    )
    return p, tr


def _i04_words(n: int) -> str:
    ones = [
        "Zero",
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Eleven",
        "Twelve",
        "Thirteen",
        "Fourteen",
        "Fifteen",
        "Sixteen",
        "Seventeen",
        "Eighteen",
        "Nineteen",
    ]
    tens = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]

    def two(k: int) -> str:
        return ones[k] if k < 20 else tens[k // 10] + ("" if k % 10 == 0 else " " + ones[k % 10])

    def three(k: int) -> str:
        h, r = divmod(k, 100)
        return " ".join(x for x in ((ones[h] + " Hundred") if h else "", two(r) if r else "") if x)

    parts = []
    for div, word in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")):
        k, n = divmod(n, div)
        if k:
            parts.append(f"{three(k)} {word}")
    if n:
        parts.append(three(n))
    return " ".join(parts)


def i04(rng: random.Random) -> tuple[Page, Truth]:
    """India: tax invoice, two pages, CGST + SGST per HSN, round off, TDS only as a note."""
    p = Page("i04", A4)
    vendor = "Sahyadri Packaging Pvt. Ltd."
    rows = [
        ("3-ply corrugated box 300x200x150 mm", "4819", 1200, "18.40", 18),
        ("5-ply corrugated box 450x350x300 mm", "4819", 600, "46.75", 18),
        ("Kraft paper bag with twisted handle, 10x12 in", "4819", 2500, "6.20", 18),
        ("Duplex board mono carton, printed 4C", "4819", 3000, "3.85", 18),
        ("Honeycomb paper pallet 1200x1000 mm", "4823", 40, "385.00", 12),
        ("Moulded pulp egg tray, 30 cavity", "4823", 5000, "2.35", 12),
        ("Edge protector angle board 50x50x3 mm", "4823", 800, "9.60", 12),
        ("BOPP printed tape 48 mm x 65 m", "3919", 240, "42.00", 18),
        ("Stretch wrap film 500 mm, 23 micron", "3920", 60, "275.00", 18),
        ("Corrugated roll 36 in x 50 m", "4808", 30, "640.00", 12),
        ("Die-cut tray with window, laminated", "4819", 1500, "11.30", 18),
        ("Freight and loading charges", "9965", 1, "4500.00", 18),
    ]
    its = items([(r[0], r[2], r[3], str(r[4])) for r in rows])
    rupee = lambda x: fm(x, ",", ".", 2, lakh=True)  # noqa: E731
    taxable = total_of(its)
    summary = []
    for hsn in sorted({r[1] for r in rows}):
        rate = next(r[4] for r in rows if r[1] == hsn)
        val = sum((it.amt for it, r in zip(its, rows, strict=True) if r[1] == hsn), Decimal(0))
        half = q2(val * D(rate) / 200)
        summary.append((hsn, val, rate, half))
    cgst = sum((s[3] for s in summary), Decimal(0))
    sgst = cgst
    exact = taxable + cgst + sgst
    grand = q0(exact)
    rnd = grand - exact
    p.t(40, 50, "TAX INVOICE", "DVB", 13)
    p.t(555, 50, "ORIGINAL FOR RECIPIENT", "DV", 7.5, "r", GREY)
    p.rect(40, 60, 515, 92, stroke=BLACK)
    p.t(48, 78, "Sahyadri Packaging Pvt. Ltd.", "DVB", 13)
    p.t(48, 93, "Gat No. 412, Chakan MIDC Phase II, Pune - 410501, Maharashtra", "DV", 8.5)
    p.t(48, 106, "GSTIN: 27AAHCS4127F1Z5   State: Maharashtra, Code 27", "DV", 8.5)
    p.t(48, 119, "CIN: U21012PN2011PTC139874   PAN: AAHCS4127F", "DV", 8.5)
    p.t(48, 132, "Email: accounts@sahyadripack.in   Ph: +91 20 6731 4400", "DV", 8.5)
    p.line(370, 60, 370, 152)
    for i, (k, v) in enumerate(
        (
            ("Invoice No.", "SPPL/25-26/1187"),
            ("Invoice Date", "14-03-2026"),
            ("Due Date", "13-04-2026"),
            ("E-Way Bill No.", "271845503964"),
            ("Place of Supply", "Maharashtra (27)"),
        )
    ):
        p.t(376, 76 + 16 * i, k, "DV", 8, col=GREY)
        p.t(549, 76 + 16 * i, v, "DVB", 8, "r")
    p.rect(40, 158, 515, 62, stroke=BLACK)
    p.t(48, 172, "Bill To / Ship To", "DVB", 8.5)
    p.t(48, 186, "Deccan Agro Foods Ltd.", "DVB", 9.5)
    p.t(48, 199, "Plot D-27, Ranjangaon MIDC, Shirur, Pune - 412220, Maharashtra", "DV", 8.5)
    p.t(48, 212, "GSTIN: 27AACCD8824L1ZQ   State Code: 27", "DV", 8.5)
    cols = [(44, "l"), (262, "l"), (330, "r"), (400, "r"), (430, "r"), (550, "r")]
    hdr = ["Description of Goods", "HSN/SAC", "Qty", "Rate", "GST", "Taxable Value"]
    y = 240
    p.rect(40, y - 12, 515, 18, fill=(0.88, 0.88, 0.88), stroke=BLACK)
    table(p, y, cols, [hdr], "DVB", 8, 16)
    y += 20
    first = [
        [r[0], r[1], qty_s(it.qty), rupee(it.unit), f"{r[4]}%", rupee(it.amt)]
        for r, it in zip(rows[:9], its[:9], strict=True)
    ]
    y = table(p, y, cols, first, "DV", 8, 16)
    page1 = total_of(its[:9])
    p.line(40, y - 6, 555, y - 6, 0.5)
    p.t(400, y + 6, "Carried forward", "DVO", 8, "r")
    p.t(550, y + 6, rupee(page1), "DVB", 8, "r")
    p.t(297, 800, "Page 1 of 2   ·   continued overleaf", "DV", 7, "c", GREY)
    p.newpage()
    p.t(40, 50, "TAX INVOICE  -  SPPL/25-26/1187 (continued)", "DVB", 10)
    y = 80
    p.rect(40, y - 12, 515, 18, fill=(0.88, 0.88, 0.88), stroke=BLACK)
    table(p, y, cols, [hdr], "DVB", 8, 16)
    y += 20
    p.t(400, y, "Brought forward", "DVO", 8, "r")
    p.t(550, y, rupee(page1), "DVB", 8, "r")
    y += 16
    rest = [
        [r[0], r[1], qty_s(it.qty), rupee(it.unit), f"{r[4]}%", rupee(it.amt)]
        for r, it in zip(rows[9:], its[9:], strict=True)
    ]
    y = table(p, y, cols, rest, "DV", 8, 16)
    p.line(40, y - 6, 555, y - 6, 0.5)
    y += 14
    scols = [(44, "l"), (200, "r"), (260, "r"), (340, "r"), (400, "r"), (480, "r"), (550, "r")]
    p.t(44, y, "HSN-wise tax summary", "DVB", 8.5)
    y += 16
    srows = [["HSN/SAC", "Taxable Value", "CGST %", "CGST Amt", "SGST %", "SGST Amt", "Total Tax"]]
    srows += [
        [h, rupee(v), f"{D(r) / 2}%", rupee(t), f"{D(r) / 2}%", rupee(t), rupee(2 * t)]
        for h, v, r, t in summary
    ]
    srows += [["Total", rupee(taxable), "", rupee(cgst), "", rupee(sgst), rupee(cgst + sgst)]]
    y = table(p, y, scols, srows, "DV", 8, 15)
    y += 18
    for k, v in (
        ("Taxable Value", rupee(taxable)),
        ("Add: CGST", rupee(cgst)),
        ("Add: SGST", rupee(sgst)),
        ("Round Off", ("+" if rnd >= 0 else "-") + rupee(abs(rnd))),
    ):
        p.t(360, y, k, "DV", 9)
        p.t(550, y, v, "DV", 9, "r")
        y += 15
    p.rect(350, y - 6, 205, 22, fill=(0.88, 0.88, 0.88), stroke=BLACK)
    p.t(360, y + 9, "Grand Total", "DVB", 10)
    p.t(550, y + 9, "₹ " + rupee(grand), "DVB", 10, "r")
    y += 40
    y = p.wrap(
        44,
        y,
        f"Amount chargeable (in words): Indian Rupees {_i04_words(int(grand))} Only",
        510,
        "DVB",
        8.5,
    )
    y += 10
    y = p.wrap(
        44,
        y,
        "Note: TDS under section 194Q of the Income-tax Act, if applicable, shall be deducted by the buyer at the time of payment and the certificate (Form 16A) furnished within the due date. The invoice value above is before any TDS.",
        510,
        "DV",
        8,
    )
    y = p.wrap(
        44,
        y + 6,
        "Bank: HDFC Bank Ltd., Chakan Branch  ·  A/c No. 50200041827731  ·  IFSC HDFC0002184",
        510,
        "DV",
        8,
    )
    p.t(550, y + 50, "For SAHYADRI PACKAGING PVT. LTD.", "DVB", 8.5, "r")
    p.t(550, y + 90, "Authorised Signatory", "DV", 8, "r")
    p.t(44, y + 90, "Subject to Pune jurisdiction. E. & O.E.", "DV", 7, col=GREY)
    p.t(297, 800, "Page 2 of 2", "DV", 7, "c", GREY)
    tr = Truth(
        "SPPL/25-26/1187",
        date(2026, 3, 14),
        date(2026, 4, 13),
        vendor,
        taxable,
        cgst + sgst,
        grand,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        its,
        "two pages; CGST+SGST summed from an HSN table with 18 % and 12 % rows; lakh digit grouping; round-off line; TDS mentioned only as a note (not deducted)",
        rounding=rnd,
    )
    return p, tr


def i05(rng: random.Random) -> tuple[Page, Truth]:
    """Germany: Kleinunternehmer, § 19 UStG, no VAT."""
    p = Page("i05", A4)
    vendor = "Anja Köhler Fotografie"
    its = items(
        [
            ("Business-Fotoshooting vor Ort (Std.)", 4, "95.00"),
            ("Bildbearbeitung je Motiv", 20, "8.50"),
            ("Anfahrtspauschale Leipzig-Halle", 1, "35.00"),
        ]
    )
    tot = total_of(its)
    teal = (0.1, 0.45, 0.45)
    p.circle(75, 75, 24, fill=teal, stroke=None)
    p.circle(75, 75, 12, fill=(1, 1, 1), stroke=None)
    p.circle(75, 75, 6, fill=teal, stroke=None)
    p.t(110, 72, "Anja Köhler", "DVL", 24, col=teal)
    p.t(110, 92, "FOTOGRAFIE", "DV", 10, col=GREY)
    p.t(560, 62, "Karl-Heine-Straße 87", "DV", 9, "r")
    p.t(560, 75, "04229 Leipzig", "DV", 9, "r")
    p.t(560, 88, "Tel. 0341 49 27 315", "DV", 9, "r")
    p.t(560, 101, "mail@anjakoehler-foto.de", "DV", 9, "r")
    p.t(60, 140, "Anja Köhler Fotografie · Karl-Heine-Str. 87 · 04229 Leipzig", "DV", 6.5, col=GREY)
    for i, s in enumerate(
        (
            "Hallesche Stadtwerke GmbH",
            "Abteilung Unternehmenskommunikation",
            "Frau Dr. Ines Brückner",
            "Bornknechtstraße 5",
            "06108 Halle (Saale)",
        )
    ):
        p.t(60, 158 + 14 * i, s, "DV", 10)
    for i, (k, v) in enumerate(
        (
            ("Rechnungs-Nr.", "2026-031"),
            ("Rechnungsdatum", "09.02.2026"),
            ("Leistungsdatum", "28.01.2026"),
            ("Steuernummer", "231/254/07815"),
        )
    ):
        p.t(400, 180 + 15 * i, k, "DV", 9.5, col=GREY)
        p.t(560, 180 + 15 * i, v, "DV", 9.5, "r")
    p.t(60, 280, "Rechnung", "DVB", 17, col=teal)
    p.t(
        60,
        305,
        "Sehr geehrte Frau Dr. Brückner, vielen Dank für Ihren Auftrag. Ich berechne Ihnen:",
        "DV",
        10,
    )
    y = 335
    cols = [(60, "l"), (345, "r"), (455, "r"), (560, "r")]
    table(p, y, cols, [["Leistung", "Menge", "Einzelpreis", "Gesamt"]], "DVB", 10, 18)
    p.line(60, y + 6, 560, y + 6, 0.8, teal)
    y += 24
    y = table(
        p,
        y,
        cols,
        [[it.desc, qty_s(it.qty), de(it.unit) + " €", de(it.amt) + " €"] for it in its],
        "DV",
        10,
        19,
    )
    p.line(300, y - 6, 560, y - 6, 0.8, teal)
    y += 10
    p.t(300, y, "Rechnungsbetrag", "DVB", 12)
    p.t(560, y, de(tot) + " €", "DVB", 12, "r")
    y += 40
    p.t(
        60,
        y,
        "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerregelung).",
        "DVO",
        10,
    )
    p.t(
        60,
        y + 30,
        "Bitte überweisen Sie den Betrag bis zum 23.02.2026 auf das unten genannte Konto.",
        "DV",
        10,
    )
    p.t(60, y + 48, "Mit freundlichen Grüßen", "DV", 10)
    p.t(60, y + 66, "Anja Köhler", "DVO", 10)
    p.line(60, 770, 560, 770, 0.5, teal)
    p.t(
        60,
        785,
        "Sparkasse Leipzig · IBAN DE44 8605 5592 1090 2233 41 · BIC WELADE8LXXX",
        "DV",
        8,
        col=GREY,
    )
    p.t(560, 785, "Seite 1/1", "DV", 8, "r", GREY)
    tr = Truth(
        "2026-031",
        date(2026, 2, 9),
        date(2026, 2, 23),
        vendor,
        tot,
        None,
        tot,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        its,
        "§ 19 UStG small business: no VAT printed anywhere; due date only in the closing sentence; Leistungsdatum differs from Rechnungsdatum",
    )
    return p, tr


def i06(rng: random.Random) -> tuple[Page, Truth]:
    """France: micro-entrepreneur, TVA non applicable art. 293 B du CGI."""
    p = Page("i06", A4)
    vendor = "Julien Marchand EI"
    its = items(
        [
            ("Remplacement chauffe-eau électrique 200 L (fourniture)", 1, "389.00"),
            ("Groupe de sécurité + raccords laiton", 1, "46.50"),
            ("Main-d'œuvre (heures)", 3.5, "52.00"),
            ("Déplacement", 1, "25.00"),
        ]
    )
    tot = total_of(its)
    fr = lambda x: sp(x) + " €"  # noqa: E731
    navy = (0.1, 0.15, 0.35)
    p.poly([(40, 40), (110, 40), (75, 100)], navy)
    p.t(120, 62, "JULIEN MARCHAND", "DVCB", 20, col=navy)
    p.t(120, 80, "Plomberie · Chauffage · Dépannage", "DVC", 10)
    p.t(120, 96, "12 rue des Tanneurs, 37000 Tours · 06 72 18 44 09", "DVC", 9)
    p.t(120, 109, "Julien Marchand EI · SIRET 852 417 903 00018 · APE 4322A", "DVC", 9)
    p.rect(320, 140, 235, 74, stroke=navy, lw=1)
    p.t(330, 156, "Client", "DVCB", 9, col=navy)
    p.t(330, 172, "M. et Mme Lefèvre", "DVC", 10)
    p.t(330, 186, "5 allée des Peupliers", "DVC", 10)
    p.t(330, 200, "37540 Saint-Cyr-sur-Loire", "DVC", 10)
    p.t(40, 160, "FACTURE N° F-2026-0042", "DVCB", 14)
    p.t(40, 180, "Date : 17/01/2026", "DVC", 10)
    p.t(40, 195, "Intervention du 15/01/2026", "DVC", 10)
    y = 250
    p.rect(40, y - 13, 515, 19, fill=navy, stroke=None)
    cols = [(46, "l"), (360, "r"), (450, "r"), (549, "r")]
    for (x, a), s in zip(cols, ["Désignation", "Qté", "P.U. HT", "Total HT"], strict=True):
        p.t(x, y, s, "DVCB", 9.5, a, (1, 1, 1))
    y += 24
    y = table(
        p,
        y,
        cols,
        [[it.desc, de(it.qty).replace(",00", ""), fr(it.unit), fr(it.amt)] for it in its],
        "DVC",
        10,
        20,
    )
    p.line(40, y - 8, 555, y - 8, 0.5, navy)
    y += 10
    p.t(360, y, "Total HT", "DVC", 10)
    p.t(549, y, fr(tot), "DVC", 10, "r")
    p.t(360, y + 16, "TVA", "DVC", 10)
    p.t(549, y + 16, "—", "DVC", 10, "r")
    p.rect(350, y + 26, 205, 24, fill=(0.9, 0.92, 0.97), stroke=navy)
    p.t(360, y + 42, "Net à payer", "DVCB", 12, col=navy)
    p.t(549, y + 42, fr(tot), "DVCB", 12, "r", navy)
    p.t(40, y + 90, "TVA non applicable, art. 293 B du CGI", "DVCB", 10)
    p.t(40, y + 110, "Paiement à réception de facture, par chèque ou virement.", "DVC", 10)
    p.t(40, y + 125, "Pas d'escompte pour paiement anticipé.", "DVC", 10)
    p.wrap(
        40,
        y + 145,
        "En cas de retard de paiement, pénalités au taux de 3 fois le taux d'intérêt légal et indemnité forfaitaire pour frais de recouvrement de 40 € (art. L441-10 du Code de commerce).",
        515,
        "DVC",
        8,
        col=GREY,
    )
    p.t(
        297,
        790,
        "IBAN FR76 1940 6370 1479 4112 2300 041 · BIC AGRIFRPP894 · Crédit Agricole Touraine Poitou",
        "DVC",
        8,
        "c",
        GREY,
    )
    tr = Truth(
        "F-2026-0042",
        date(2026, 1, 17),
        None,
        vendor,
        tot,
        None,
        tot,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        its,
        "micro-entrepreneur: 'TVA non applicable, art. 293 B du CGI', TVA line shows a dash; amounts 'HT' equal the total; payable on receipt (no due date)",
    )
    return p, tr


def i07(rng: random.Random) -> tuple[Page, Truth]:
    """Netherlands: intra-community supply of goods to Germany, 0 % BTW with legal wording."""
    p = Page("i07", A4)
    vendor = "Van der Berg Kaasexport B.V."
    orange = (0.93, 0.5, 0.1)
    its = items(
        [
            ("Gouda jong belegen 48+, wiel 12 kg (per kg)", "144.0", "8.95"),
            ("Gouda oud 48+, wiel 11 kg (per kg)", "66.0", "12.40"),
            ("Leidse komijnekaas 40+ (per kg)", "36.5", "10.75"),
            ("Geitenkaas naturel, stuk 500 g", 60, "6.80"),
            ("Transport gekoeld Bodegraven - Köln", 1, "185.00"),
        ]
    )
    net = total_of(its)
    eu = lambda x: "€ " + de(x)  # noqa: E731
    p.rect(0, 0, 595, 18, fill=orange, stroke=None)
    p.t(50, 70, "van der Berg", "DVSB", 26, col=orange)
    p.t(50, 88, "KAASEXPORT B.V.  ·  SINDS 1968", "DV", 8, col=GREY)
    for i, s in enumerate(
        ("Zuidzijde 221", "2411 RV Bodegraven", "Nederland", "KvK 28047719", "BTW NL009271884B01")
    ):
        p.t(545, 52 + 12 * i, s, "DV", 8, "r")
    p.t(50, 150, "Feinkost Schäfer GmbH", "DVB", 10)
    p.t(50, 163, "Einkauf / Frau Kerstin Lang", "DV", 9.5)
    p.t(50, 176, "Venloer Straße 301", "DV", 9.5)
    p.t(50, 189, "50823 Köln, Duitsland", "DV", 9.5)
    p.t(50, 202, "USt-IdNr. DE814427905", "DVB", 9.5)
    p.t(50, 250, "FACTUUR", "DVB", 20)
    info = [
        ("Factuurnummer", "VB-26-00873"),
        ("Factuurdatum", "06-03-2026"),
        ("Vervaldatum", "05-04-2026"),
        ("Klantnummer", "D-1042"),
        ("Leverdatum", "04-03-2026"),
    ]
    for i, (k, v) in enumerate(info):
        p.t(360, 150 + 14 * i, k, "DV", 9, col=GREY)
        p.t(545, 150 + 14 * i, v, "DV", 9, "r")
    y = 285
    cols = [(50, "l"), (360, "r"), (445, "r"), (545, "r")]
    table(p, y, cols, [["Omschrijving", "Aantal", "Prijs", "Bedrag"]], "DVB", 9, 16)
    p.line(50, y + 5, 545, y + 5, 1, orange)
    y += 20
    y = table(
        p,
        y,
        cols,
        [
            [it.desc, de(it.qty) if it.qty % 1 else qty_s(it.qty), eu(it.unit), eu(it.amt)]
            for it in its
        ],
        "DV",
        9,
        17,
    )
    p.line(300, y - 6, 545, y - 6, 0.5)
    y += 10
    for k, v in (
        ("Subtotaal excl. BTW", eu(net)),
        ("BTW 0% (intracommunautaire levering)", eu(Decimal(0))),
    ):
        p.t(300, y, k, "DV", 9)
        p.t(545, y, v, "DV", 9, "r")
        y += 15
    p.rect(295, y - 4, 250, 22, fill=orange, stroke=None)
    p.t(300, y + 11, "Totaal te betalen", "DVB", 10.5, col=(1, 1, 1))
    p.t(540, y + 11, eu(net), "DVB", 10.5, "r", (1, 1, 1))
    y += 55
    p.rect(50, y, 495, 54, stroke=GREY)
    p.t(
        58,
        y + 15,
        "Intracommunautaire levering - BTW verlegd / 0% tarief, art. 138 Richtlijn 2006/112/EG.",
        "DVB",
        8.5,
    )
    p.t(
        58,
        y + 29,
        "Steuerfreie innergemeinschaftliche Lieferung. Die Steuerschuld geht auf den Leistungsempfänger über.",
        "DV",
        8.5,
    )
    p.t(
        58,
        y + 43,
        "Transport: CMR 2026-0311, afleveradres Venloer Straße 301, Köln (DE).",
        "DV",
        8.5,
    )
    p.t(
        50,
        y + 85,
        "Wij verzoeken u het totaalbedrag binnen 30 dagen over te maken onder vermelding van het factuurnummer.",
        "DV",
        9,
    )
    p.line(50, 780, 545, 780, 0.5, orange)
    p.t(
        297,
        795,
        "Van der Berg Kaasexport B.V.  ·  Rabobank  ·  IBAN NL56 RABO 0312 4477 09  ·  BIC RABONL2U",
        "DV",
        7.5,
        "c",
        GREY,
    )
    tr = Truth(
        "VB-26-00873",
        date(2026, 3, 6),
        date(2026, 4, 5),
        vendor,
        net,
        Decimal(0),
        net,
        "EUR",
        "nl-NL",
        "invoice",
        "invoice",
        its,
        "intra-community supply NL->DE: BTW 0 % line printed as € 0,00 with legal wording in Dutch and German; fractional kg quantities",
    )
    return p, tr


def i08(rng: random.Random) -> tuple[Page, Truth]:
    """Austria: services to an Italian business, reverse charge, USt 0,00; Skonto note."""
    p = Page("i08", A4)
    vendor = "Alpenbau Montage GmbH"
    its = items(
        [
            ("Montage Stahlkonstruktion Wellnessbereich (Mannstunden)", 86, "68.00"),
            ("Kranarbeiten Autokran 60 t (Std.)", 9, "195.00"),
            ("Anfahrt / Reisekosten pauschal", 1, "640.00"),
            ("Verbrauchsmaterial Schweißen", 1, "312.40"),
        ]
    )
    net = total_of(its)
    sk = q2(net * D(2) / 100)
    p.rect(50, 45, 34, 34, fill=(0.2, 0.2, 0.2), stroke=None)
    p.poly([(52, 77), (67, 52), (82, 77)], (1, 1, 1))
    p.t(94, 62, "ALPENBAU", "DVB", 18)
    p.t(94, 77, "MONTAGE GMBH", "DV", 9)
    p.t(545, 52, "Gewerbepark Süd 14, 6067 Absam, Österreich", "DV", 8, "r")
    p.t(545, 64, "UID ATU68213477  ·  FN 412877 d, LG Innsbruck", "DV", 8, "r")
    p.t(545, 76, "office@alpenbau-montage.at  ·  +43 5223 41 877", "DV", 8, "r")
    p.t(50, 130, "Hotel Bergkristall GmbH", "DV", 10)
    p.t(50, 144, "Via Dolomiti 22", "DV", 10)
    p.t(50, 158, "39046 St. Ulrich in Gröden (BZ), Italien", "DV", 10)
    p.t(50, 172, "MwSt.-Nr. / P.IVA IT02487190214", "DV", 10)
    p.t(50, 220, "RECHNUNG Nr. AM-2026-0219", "DVB", 14)
    for i, (k, v) in enumerate(
        (
            ("Datum", "31.03.2026"),
            ("Leistungszeitraum", "02.03.-20.03.2026"),
            ("Projekt", "P-2611 Wellness"),
            ("Fällig am", "30.04.2026"),
        )
    ):
        p.t(340, 130 + 14 * i, k + ":", "DV", 9)
        p.t(545, 130 + 14 * i, v, "DV", 9, "r")
    y = 255
    cols = [(50, "l"), (55, "l"), (380, "r"), (460, "r"), (545, "r")]
    p.line(50, y - 13, 545, y - 13, 1)
    table(p, y, cols, [["", "Bezeichnung", "Menge", "EP EUR", "Betrag EUR"]], "DVB", 9, 16)
    p.line(50, y + 5, 545, y + 5, 1)
    y += 20
    y = table(
        p,
        y,
        cols,
        [["", it.desc, qty_s(it.qty), de(it.unit), de(it.amt)] for it in its],
        "DV",
        9,
        17,
    )
    p.line(50, y - 6, 545, y - 6, 0.5)
    y += 10
    for k, v, f in (
        ("Nettobetrag", de(net), "DV"),
        ("Umsatzsteuer 0 %", de(Decimal(0)), "DV"),
        ("Rechnungsbetrag EUR", de(net), "DVB"),
    ):
        p.t(330, y, k, f, 10)
        p.t(545, y, v, f, 10, "r")
        y += 17
    p.line(330, y - 12, 545, y - 12, 0.5)
    y += 25
    p.t(
        50,
        y,
        "Übergang der Steuerschuld auf den Leistungsempfänger (Reverse Charge) gemäß Art. 196 MwSt-RL.",
        "DVB",
        9,
    )
    p.t(50, y + 14, "Inversione contabile - art. 7-ter DPR 633/72.", "DV", 9)
    p.t(
        50,
        y + 40,
        f"Zahlbar bis 30.04.2026 netto. Bei Zahlung bis 10.04.2026 gewähren wir 2 % Skonto (EUR {de(sk)}).",
        "DV",
        9,
    )
    p.t(
        50,
        770,
        "Alpenbau Montage GmbH  ·  Tiroler Sparkasse  ·  IBAN AT27 2050 3033 0112 8471  ·  BIC SPIHAT22XXX",
        "DV",
        8,
        col=GREY,
    )
    p.t(
        50,
        782,
        "Es gelten unsere AGB (www.alpenbau-montage.at/agb). Gerichtsstand Innsbruck.",
        "DV",
        8,
        col=GREY,
    )
    tr = Truth(
        "AM-2026-0219",
        date(2026, 3, 31),
        date(2026, 4, 30),
        vendor,
        net,
        Decimal(0),
        net,
        "EUR",
        "de-AT",
        "invoice",
        "invoice",
        its,
        "reverse charge to an Italian business: 'Umsatzsteuer 0 %' 0,00; a 2 % Skonto amount is printed but not deducted",
    )
    return p, tr


def i09(rng: random.Random) -> tuple[Page, Truth]:
    """Canada (Quebec): GST (TPS) 5 % + QST (TVQ) 9,975 % added, French."""
    p = Page("i09", letter)
    vendor = "Ébénisterie Laurentienne inc."
    wood = (0.45, 0.28, 0.12)
    its = items(
        [
            ("Armoires de cuisine en merisier, sur mesure", 1, "8450.00"),
            ("Comptoir de quartz 3 cm, pose incluse (pi²)", 42, "96.00"),
            ("Quincaillerie à fermeture amortie", 28, "14.25"),
            ("Livraison et installation", 1, "650.00"),
        ]
    )
    net = total_of(its)
    tps = q2(net * D(5) / 100)
    tvq = q2(net * D("9.975") / 100)
    tot = net + tps + tvq
    cad = lambda x: sp(x) + " $"  # noqa: E731
    p.rect(36, 36, 8, 90, fill=wood, stroke=None)
    p.t(56, 58, "Ébénisterie", "DVSI", 14, col=wood)
    p.t(56, 84, "LAURENTIENNE", "DVSB", 22, col=wood)
    p.t(56, 102, "1275, boulevard Labelle, Saint-Jérôme (Québec) J7Z 5M5", "DV", 8.5)
    p.t(56, 115, "450 436-2290  ·  RBQ 5712-4408-01", "DV", 8.5)
    p.t(576, 58, "FACTURE", "DVB", 18, "r")
    for i, (k, v) in enumerate(
        (
            ("No de facture", "2026-118"),
            ("Date", "2026-03-03"),
            ("Échéance", "2026-03-17"),
            ("Bon de commande", "Soumission S-0977"),
        )
    ):
        p.t(440, 80 + 13 * i, k, "DV", 8.5, "r", GREY)
        p.t(576, 80 + 13 * i, v, "DV", 8.5, "r")
    p.t(56, 160, "Facturé à :", "DVB", 9)
    p.t(56, 174, "Geneviève Tremblay et Marc-André Roy", "DV", 9.5)
    p.t(56, 187, "84, rue des Érables, Sainte-Adèle (Québec) J8B 1R2", "DV", 9.5)
    y = 230
    cols = [(56, "l"), (390, "r"), (480, "r"), (576, "r")]
    p.line(36, y - 14, 576, y - 14, 0.8, wood)
    table(p, y, cols, [["Description", "Qté", "Prix unitaire", "Montant"]], "DVB", 9, 16)
    p.line(36, y + 6, 576, y + 6, 0.8, wood)
    y += 22
    y = table(
        p, y, cols, [[it.desc, qty_s(it.qty), cad(it.unit), cad(it.amt)] for it in its], "DV", 9, 18
    )
    p.line(330, y - 6, 576, y - 6, 0.5)
    y += 10
    for k, v in (
        ("Sous-total", cad(net)),
        ("TPS (5 %)  no 782314455 RT0001", cad(tps)),
        ("TVQ (9,975 %)  no 1224917733 TQ0001", cad(tvq)),
    ):
        p.t(330, y, k, "DV", 9)
        p.t(576, y, v, "DV", 9, "r")
        y += 16
    p.rect(325, y - 4, 251, 24, fill=(0.95, 0.91, 0.86), stroke=wood)
    p.t(332, y + 12, "TOTAL", "DVB", 11)
    p.t(570, y + 12, cad(tot), "DVB", 11, "r")
    y += 60
    p.t(
        56,
        y,
        "Modalités : acompte de 30 % reçu le 2026-01-20 (voir reçu R-0411, non déduit ci-dessus).",
        "DV",
        8.5,
    )
    p.t(
        56,
        y + 14,
        "Paiement par virement Interac à comptabilite@ebenisterie-laurentienne.ca ou par chèque.",
        "DV",
        8.5,
    )
    p.t(56, y + 28, "Garantie de 5 ans sur la fabrication. Merci de votre confiance!", "DVO", 8.5)
    p.t(
        306,
        760,
        "Ébénisterie Laurentienne inc.  ·  NEQ 1168420571  ·  www.ebenisterie-laurentienne.ca",
        "DV",
        7.5,
        "c",
        GREY,
    )
    tr = Truth(
        "2026-118",
        date(2026, 3, 3),
        date(2026, 3, 17),
        vendor,
        net,
        tps + tvq,
        tot,
        "CAD",
        "fr-CA",
        "invoice",
        "invoice",
        its,
        "TPS 5 % + TVQ 9,975 % (vat = sum) with registration numbers on the tax lines; amounts '1 234,56 $'; ISO dates; deposit mentioned but not deducted",
    )
    return p, tr


def i10(rng: random.Random) -> tuple[Page, Truth]:
    """USA (Colorado): state + county + city + district sales tax on taxable lines only; two pages."""
    p = Page("i10", letter)
    vendor = "Front Range Office Supply Co."
    rows = [
        ("HON 10500 Series L-desk, mahogany", 4, "1189.00", "T"),
        ("HON Ignition 2.0 task chair, black mesh", 12, "412.50", "T"),
        ('4-drawer lateral file cabinet 36"', 6, "689.00", "T"),
        ('Acoustic desk divider 60" x 24"', 10, "139.95", "T"),
        ("LED under-cabinet light kit", 8, "64.20", "T"),
        ('Whiteboard, magnetic, 96" x 48"', 2, "548.00", "T"),
        ("Monitor arm, dual, gas spring", 12, "129.99", "T"),
        ("Cable management tray", 20, "24.75", "T"),
        ('Anti-fatigue mat 36" x 60"', 6, "89.00", "T"),
        ("Conference table 10 ft, boat shape", 1, "2395.00", "T"),
        ("Stacking guest chair, 4-pack", 3, "516.00", "T"),
        ("Installation labor (hours)", 22, "85.00", "N"),
        ("Removal & disposal of old furniture", 1, "450.00", "N"),
        ("Freight (separately stated)", 1, "380.00", "N"),
    ]
    its = items(rows)
    sub = total_of(its)
    taxable = total_of(its, "T")
    rates = [
        ("State of Colorado", "2.90"),
        ("El Paso County", "1.23"),
        ("City of Colorado Springs", "3.07"),
        ("PPRTA (Pikes Peak RTA)", "1.00"),
    ]
    taxes = [(n, r, q2(taxable * D(r) / 100)) for n, r in rates]
    tax = sum((t[2] for t in taxes), Decimal(0))
    tot = sub + tax
    green = (0.1, 0.35, 0.2)
    p.t(40, 55, "FRONT RANGE", "DVB", 20, col=green)
    p.t(40, 72, "OFFICE SUPPLY CO.", "DV", 11, col=green)
    p.t(
        40, 88, "2150 Garden of the Gods Rd, Colorado Springs, CO 80907  |  (719) 555-0182", "DV", 8
    )
    p.t(572, 55, "INVOICE", "DVB", 22, "r")
    for i, (k, v) in enumerate(
        (
            ("Invoice #", "INV-204471"),
            ("Invoice Date", "03/18/2026"),
            ("Terms", "Net 30"),
            ("Due Date", "04/17/2026"),
            ("Customer PO", "4500-8821"),
        )
    ):
        p.t(470, 76 + 12 * i, k, "DV", 8, "r", GREY)
        p.t(572, 76 + 12 * i, v, "DVB", 8, "r")
    p.t(40, 150, "BILL TO", "DVB", 8, col=green)
    p.t(40, 163, "Pinecrest Dental Partners, PLLC", "DV", 9)
    p.t(40, 175, "Attn: Accounts Payable", "DV", 9)
    p.t(40, 187, "5710 N Academy Blvd, Colorado Springs, CO 80918", "DV", 9)
    p.t(320, 150, "SHIP TO", "DVB", 8, col=green)
    p.t(320, 163, "Pinecrest Dental - Briargate clinic", "DV", 9)
    p.t(320, 175, "1860 Briargate Pkwy, Suite 210", "DV", 9)
    p.t(320, 187, "Colorado Springs, CO 80920", "DV", 9)
    cols = [(44, "l"), (330, "r"), (350, "c"), (440, "r"), (568, "r")]
    hdr = ["Description", "Qty", "Tax", "Unit Price", "Extended"]

    def head(y: float) -> None:
        p.rect(40, y - 12, 532, 17, fill=green, stroke=None)
        for (x, a), s in zip(cols, hdr, strict=True):
            p.t(x, y, s, "DVB", 8.5, a, (1, 1, 1))

    head(220)
    body = [[it.desc, qty_s(it.qty), it.tag, us(it.unit), us(it.amt)] for it in its]
    y = table(p, 242, cols, body[:11], "DV", 8.5, 20)
    p.t(568, y + 10, "Continued on page 2", "DVO", 8, "r", GREY)
    p.t(306, 760, "Page 1 of 2", "DV", 7, "c", GREY)
    p.newpage()
    p.t(40, 50, "Invoice INV-204471  |  Pinecrest Dental Partners, PLLC", "DVB", 9)
    head(80)
    y = table(p, 102, cols, body[11:], "DV", 8.5, 20)
    p.line(40, y - 8, 572, y - 8, 0.5)
    y += 12
    p.t(
        44,
        y,
        "T = taxable, N = non-taxable (labor and separately stated delivery are exempt in Colorado)",
        "DVO",
        7.5,
        col=GREY,
    )
    y += 20
    lines = (
        [("Subtotal", us(sub)), ("Taxable amount", us(taxable))]
        + [(f"{n} {r}%", us(t)) for n, r, t in taxes]
        + [("Total sales tax (8.20%)", us(tax))]
    )
    for k, v in lines:
        p.t(340, y, k, "DV", 9)
        p.t(568, y, v, "DV", 9, "r")
        y += 15
    p.rect(334, y - 4, 238, 24, fill=(0.9, 0.95, 0.9), stroke=green)
    p.t(340, y + 12, "TOTAL DUE (USD)", "DVB", 11)
    p.t(568, y + 12, "$" + us(tot), "DVB", 11, "r")
    y += 60
    p.t(
        44,
        y,
        "Remit to: Front Range Office Supply Co., PO Box 38120, Colorado Springs, CO 80937",
        "DV",
        8.5,
    )
    p.t(44, y + 13, "ACH: Ent Credit Union  ·  Routing 307074580  ·  Account 0041187723", "DV", 8.5)
    p.t(
        44,
        y + 26,
        "A 1.5% monthly finance charge applies to balances past due. Thank you for your business!",
        "DV",
        8.5,
    )
    p.t(306, 760, "Page 2 of 2", "DV", 7, "c", GREY)
    tr = Truth(
        "INV-204471",
        date(2026, 3, 18),
        date(2026, 4, 17),
        vendor,
        sub,
        tax,
        tot,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        its,
        "two pages; four sales-tax lines (state, county, city, district) on the taxable subtotal only; labor/freight untaxed; 'Taxable amount' is not the net",
    )
    return p, tr


def i11(rng: random.Random) -> tuple[Page, Truth]:
    """Switzerland: catering with MWST 8,1 % and 2,6 % per-rate table, 5-Rappen rounding, QR-bill."""
    p = Page("i11", A4)
    vendor = "Huber Catering GmbH"
    rows = [
        ("Apéro riche, 12 Häppchen pro Person", 85, "24.50", "2.6"),
        ("Flying Dinner Hauptgang", 85, "32.00", "2.6"),
        ("Servicepersonal (Std.)", 24, "58.00", "8.1"),
        ("Weisswein Lavaux AOC, 75 cl", 30, "29.50", "8.1"),
        ("Mineralwasser und Softgetränke", 1, "312.00", "8.1"),
        ("Mietgeschirr und Reinigung", 1, "265.00", "8.1"),
    ]
    its = items(rows)
    net = total_of(its)
    per = [(r, total_of(its, r)) for r in ("2.6", "8.1")]
    per = [(r, b, q2(b * D(r) / 100)) for r, b in per]
    vat = sum((t for _, _, t in per), Decimal(0))
    exact = net + vat
    tot = (exact * 20).quantize(Decimal("1"), ROUND_HALF_UP) / 20
    tot = q2(tot)
    rnd = tot - exact
    ch = lambda x: fm(x, "'", ".")  # noqa: E731
    red = (0.8, 0.1, 0.1)
    p.rect(50, 45, 20, 20, fill=red, stroke=None)
    p.rect(57, 48, 6, 14, fill=(1, 1, 1), stroke=None)
    p.rect(53, 52, 14, 6, fill=(1, 1, 1), stroke=None)
    p.t(80, 60, "huber catering", "DVB", 18)
    p.t(545, 50, "Huber Catering GmbH", "DV", 8, "r")
    p.t(545, 61, "Hardturmstrasse 130, 8005 Zürich", "DV", 8, "r")
    p.t(545, 72, "CHE-214.837.551 MWST", "DV", 8, "r")
    p.t(330, 130, "Treuhand Gerber & Partner AG", "DV", 10)
    p.t(330, 143, "z. Hd. Frau Sabine Gerber", "DV", 10)
    p.t(330, 156, "Seefeldstrasse 45", "DV", 10)
    p.t(330, 169, "8008 Zürich", "DV", 10)
    p.t(50, 215, "Rechnung 2026-0387", "DVB", 14)
    p.t(50, 232, "Zürich, 24.03.2026  ·  Anlass: Firmenjubiläum 20.03.2026, 85 Personen", "DV", 9)
    y = 265
    cols = [(50, "l"), (330, "r"), (395, "r"), (440, "r"), (545, "r")]
    table(p, y, cols, [["Position", "Menge", "Preis", "MWST", "Betrag CHF"]], "DVB", 8.5, 15)
    p.line(50, y + 5, 545, y + 5, 0.7)
    y += 19
    y = table(
        p,
        y,
        cols,
        [[it.desc, qty_s(it.qty), ch(it.unit), f"{it.tag}%", ch(it.amt)] for it in its],
        "DV",
        8.5,
        15,
    )
    p.line(50, y - 5, 545, y - 5, 0.7)
    y += 8
    p.t(340, y, "Total exkl. MWST", "DV", 9)
    p.t(545, y, ch(net), "DV", 9, "r")
    y += 22
    mcols = [(60, "l"), (250, "r"), (360, "r"), (470, "r")]
    table(p, y, mcols, [["MWST-Satz", "Basis CHF", "MWST CHF", "Total CHF"]], "DVB", 8, 13)
    y_head = y
    y += 14
    y = table(
        p,
        y,
        mcols,
        [[f"{r.replace('.', ',')} %", ch(b), ch(t), ch(b + t)] for r, b, t in per],
        "DV",
        8,
        13,
    )
    p.rect(50, y_head - 13, 430, y - y_head + 4, stroke=GREY)
    y += 12
    for k, v in (("Total MWST", ch(vat)), ("Rundungsdifferenz", ch(rnd))):
        p.t(340, y, k, "DV", 9)
        p.t(545, y, v, "DV", 9, "r")
        y += 14
    p.t(340, y + 4, "Rechnungsbetrag CHF", "DVB", 10.5)
    p.t(545, y + 4, ch(tot), "DVB", 10.5, "r")
    p.t(50, y + 40, "Zahlbar innert 30 Tagen netto. Besten Dank für Ihren Auftrag.", "DV", 9)
    y0 = 590
    p.line(0, y0, 595, y0, 0.5, dash=[3, 3])
    p.t(15, y0 + 20, "Empfangsschein", "DVB", 10)
    p.t(15, y0 + 38, "Konto / Zahlbar an", "DVB", 6)
    p.t(15, y0 + 48, "CH44 3199 9123 0008 8901 2", "DV", 7)
    p.t(15, y0 + 57, "Huber Catering GmbH", "DV", 7)
    p.t(15, y0 + 66, "8005 Zürich", "DV", 7)
    p.t(15, y0 + 84, "Währung  Betrag", "DVB", 6)
    p.t(15, y0 + 94, f"CHF      {ch(tot).replace(chr(39), ' ')}", "DV", 7)
    p.line(175, y0, 175, 842, 0.5, dash=[3, 3])
    p.t(190, y0 + 20, "Zahlteil", "DVB", 10)
    p.qr(190, y0 + 35, 130, rng, 33)
    p.t(190, y0 + 190, "Währung", "DVB", 7)
    p.t(250, y0 + 190, "Betrag", "DVB", 7)
    p.t(190, y0 + 202, "CHF", "DV", 9)
    p.t(250, y0 + 202, ch(tot).replace("'", " "), "DV", 9)
    for i, s in enumerate(
        (
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Huber Catering GmbH",
            "Hardturmstrasse 130",
            "8005 Zürich",
            "",
            "Referenz",
            "21 00000 00003 13947 14300 09017",
            "",
            "Zusätzliche Informationen",
            "Rechnung 2026-0387",
        )
    ):
        if s:
            p.t(
                340,
                y0 + 38 + 11 * i,
                s,
                "DVB"
                if s in ("Konto / Zahlbar an", "Referenz", "Zusätzliche Informationen")
                else "DV",
                7.5,
            )
    tr = Truth(
        "2026-0387",
        date(2026, 3, 24),
        None,
        vendor,
        net,
        vat,
        tot,
        "CHF",
        "de-CH",
        "invoice",
        "invoice",
        its,
        "two MWST rates (2,6 % food, 8,1 % service/drinks) in a per-rate table; 5-Rappen rounding line; apostrophe thousands; QR-bill slip repeats the total; due '30 Tagen' only",
    )
    tr.rounding = rnd
    return p, tr


def i12(rng: random.Random) -> tuple[Page, Truth]:
    """Poland: Faktura VAT with 23 % and 5 % and a per-rate summary."""
    p = Page("i12", A4)
    vendor = "Drukarnia Wisła Sp. z o.o."
    rows = [
        ("Druk książki „Kuchnia Podhala”, oprawa twarda, 240 s.", 800, "21.40", "5"),
        ("Druk ulotek A5 4+4, kreda 130 g", 10000, "0.18", "23"),
        ("Katalog produktów 48 s., oprawa zeszytowa", 1500, "4.35", "23"),
        ("Przygotowanie plików do druku (DTP)", 1, "950.00", "23"),
        ("Transport paletowy Kraków - Zakopane", 1, "420.00", "23"),
    ]
    its = items(rows)
    per = []
    for r in ("23", "5"):
        b = total_of(its, r)
        per.append((r, b, q2(b * D(r) / 100)))
    net = total_of(its)
    vat = sum((t for _, _, t in per), Decimal(0))
    tot = net + vat
    pl = lambda x: fm(x, " ", ",")  # noqa: E731
    p.t(40, 55, "Faktura VAT nr FV/0312/2026", "DVB", 15)
    p.t(40, 73, "Oryginał", "DVO", 9, col=GREY)
    for i, (k, v) in enumerate(
        (
            ("Data wystawienia:", "12.03.2026"),
            ("Data sprzedaży:", "10.03.2026"),
            ("Miejsce wystawienia:", "Kraków"),
        )
    ):
        p.t(400, 50 + 13 * i, k, "DV", 8.5, "r", GREY)
        p.t(555, 50 + 13 * i, v, "DV", 8.5, "r")
    p.line(40, 100, 555, 100, 0.8)
    p.t(40, 118, "Sprzedawca", "DVB", 9)
    for i, s in enumerate(
        (
            "Drukarnia Wisła Sp. z o.o.",
            "ul. Półłanki 64, 30-740 Kraków",
            "NIP 679-318-44-02",
            "mBank S.A. 41 1140 2004 0000 3102 7788 5512",
        )
    ):
        p.t(40, 132 + 12 * i, s, "DV", 8.5)
    p.t(310, 118, "Nabywca", "DVB", 9)
    for i, s in enumerate(
        ("Wydawnictwo Tatry Press s.c.", "ul. Krupówki 19, 34-500 Zakopane", "NIP 736-170-52-91")
    ):
        p.t(310, 132 + 12 * i, s, "DV", 8.5)
    y = 200
    cols = [(44, "l"), (60, "l"), (322, "r"), (380, "r"), (440, "r"), (470, "r"), (551, "r")]
    p.rect(40, y - 12, 515, 18, fill=(0.85, 0.85, 0.85), stroke=BLACK)
    table(
        p,
        y,
        cols,
        [
            [
                "Lp",
                "Nazwa towaru / usługi",
                "Ilość",
                "Cena netto",
                "Wartość netto",
                "VAT",
                "Wartość brutto",
            ]
        ],
        "DVCB",
        7.5,
        16,
    )
    y += 20
    body = [
        [
            str(i + 1),
            it.desc,
            qty_s(it.qty),
            pl(it.unit),
            pl(it.amt),
            f"{it.tag}%",
            pl(it.amt + q2(it.amt * D(it.tag) / 100)),
        ]
        for i, it in enumerate(its)
    ]
    for row in body:
        table(p, y, cols, [row], "DVC", 7.5, 16)
        p.line(40, y + 6, 555, y + 6, 0.3, GREY)
        y += 17
    y += 14
    scols = [(300, "l"), (400, "r"), (470, "r"), (551, "r")]
    table(p, y, scols, [["Stawka", "Netto", "VAT", "Brutto"]], "DVCB", 8, 14)
    y += 15
    y = table(p, y, scols, [[f"{r}%", pl(b), pl(t), pl(b + t)] for r, b, t in per], "DVC", 8, 14)
    p.line(300, y - 10, 555, y - 10, 0.5)
    y = table(p, y, scols, [["Razem", pl(net), pl(vat), pl(tot)]], "DVCB", 8, 14)
    y += 20
    p.t(40, y, "Do zapłaty:", "DVB", 12)
    p.t(140, y, f"{pl(tot)} PLN", "DVB", 12)
    p.t(40, y + 18, "Słownie: dwadzieścia dziewięć tysięcy dziewięćset złotych 85/100", "DV", 8.5)
    p.t(40, y + 36, "Sposób płatności: przelew    Termin płatności: 26.03.2026", "DV", 9)
    p.t(40, y + 50, "Mechanizm podzielonej płatności nie dotyczy.", "DV", 8, col=GREY)
    p.line(60, y + 120, 230, y + 120, 0.5, dash=[1, 2])
    p.line(360, y + 120, 530, y + 120, 0.5, dash=[1, 2])
    p.t(145, y + 130, "podpis osoby upoważnionej do odbioru", "DV", 6.5, "c", GREY)
    p.t(445, y + 130, "podpis osoby upoważnionej do wystawienia", "DV", 6.5, "c", GREY)
    assert tot == D("29900.85"), tot
    tr = Truth(
        "FV/0312/2026",
        date(2026, 3, 12),
        date(2026, 3, 26),
        vendor,
        net,
        vat,
        tot,
        "PLN",
        "pl-PL",
        "invoice",
        "invoice",
        its,
        "23 % and 5 % on one invoice with a per-rate summary ('Razem'); space thousands; sale date differs from issue date; amount also in words",
    )
    return p, tr


def i13(rng: random.Random) -> tuple[Page, Truth]:
    """Portugal: physiotherapy clinic, VAT-exempt health services (art. 9.º CIVA), IVA 0,00."""
    p = Page("i13", A4)
    vendor = "Clínica de Fisioterapia Ribeira, Lda."
    its = items(
        [
            ("Consulta de avaliação em fisioterapia", 1, "45.00"),
            ("Sessão de fisioterapia (reabilitação pós-cirúrgica joelho)", 10, "32.00"),
            ("Sessão de hidroterapia", 4, "38.00"),
            ("Ligadura neuromuscular (kinesio tape)", 3, "9.50"),
        ]
    )
    net = total_of(its)
    blue = (0.0, 0.45, 0.6)
    p.circle(70, 70, 22, fill=blue, stroke=None)
    p.rect(66, 56, 8, 28, fill=(1, 1, 1), stroke=None)
    p.rect(56, 66, 28, 8, fill=(1, 1, 1), stroke=None)
    p.t(102, 66, "Clínica de Fisioterapia Ribeira, Lda.", "DVB", 14, col=blue)
    p.t(102, 82, "Cais da Ribeira 34, 4050-509 Porto  ·  NIPC 514 882 306", "DV", 8.5)
    p.t(102, 94, "Capital social 5.000,00 €  ·  ERS E119874", "DV", 8.5)
    p.rect(320, 120, 235, 82, stroke=GREY)
    p.t(330, 136, "Exmo.(a) Sr.(a)", "DV", 8.5, col=GREY)
    p.t(330, 151, "Rui Miguel Azevedo Pinto", "DVB", 9.5)
    p.t(330, 165, "Rua de Cedofeita 210, 2.º Esq.", "DV", 9)
    p.t(330, 178, "4050-174 Porto", "DV", 9)
    p.t(330, 192, "NIF 231 774 059", "DV", 9)
    p.t(40, 136, "FATURA-RECIBO", "DVB", 15)
    p.t(40, 156, "N.º FR 2026/318", "DVB", 11)
    p.t(40, 172, "Data: 2026-02-27", "DV", 9)
    p.t(40, 185, "ATCUD: JJ7KX2PM-318", "DV", 9)
    p.t(40, 198, "Original", "DVO", 8.5, col=GREY)
    y = 240
    cols = [(44, "l"), (350, "r"), (420, "r"), (470, "r"), (551, "r")]
    p.rect(40, y - 12, 515, 18, fill=(0.88, 0.94, 0.96), stroke=None)
    table(p, y, cols, [["Descrição", "Qtd.", "Preço unit.", "IVA", "Total"]], "DVB", 8.5, 16)
    y += 22
    y = table(
        p,
        y,
        cols,
        [[it.desc, qty_s(it.qty), de(it.unit), "0%", de(it.amt)] for it in its],
        "DV",
        8.5,
        17,
    )
    p.line(40, y - 6, 555, y - 6, 0.5, blue)
    y += 12
    for k, v, f in (
        ("Total ilíquido", de(net) + " €", "DV"),
        ("Total IVA", "0,00 €", "DV"),
        ("TOTAL", de(net) + " €", "DVB"),
    ):
        p.t(360, y, k, f, 10)
        p.t(551, y, v, f, 10, "r")
        y += 17
    y += 10
    p.rect(40, y, 515, 30, stroke=blue)
    p.t(
        48,
        y + 13,
        "Motivo de isenção: M07 - Isento nos termos do artigo 9.º, n.º 1, do CIVA",
        "DVB",
        8.5,
    )
    p.t(
        48,
        y + 25,
        "(prestações de serviços efetuadas no exercício de profissões paramédicas)",
        "DV",
        8,
    )
    y += 55
    p.t(
        40,
        y,
        "Pagamento: Multibanco (TPA) em 2026-02-27 - valor recebido " + de(net) + " €",
        "DV",
        9,
    )
    p.t(40, y + 14, "Terapeuta responsável: Dra. Inês Carvalho, Céd. Prof. C-042117", "DV", 9)
    p.qr(40, 690, 80, rng, 29)
    p.t(
        130,
        720,
        "JJ7KX2PM-318  ·  Processado por programa certificado n.º 2874/AT",
        "DV",
        7,
        col=GREY,
    )
    p.t(
        130,
        732,
        "Os bens/serviços foram colocados à disposição do adquirente em 2026-02-27",
        "DV",
        7,
        col=GREY,
    )
    tr = Truth(
        "FR 2026/318",
        date(2026, 2, 27),
        None,
        vendor,
        net,
        Decimal(0),
        net,
        "EUR",
        "pt-PT",
        "invoice",
        "invoice",
        its,
        "health services exempt (art. 9.º CIVA, code M07): IVA column 0 % and 'Total IVA 0,00 €'; fatura-recibo, already paid; ATCUD and QR",
    )
    return p, tr


def i14(rng: random.Random) -> tuple[Page, Truth]:
    """Sweden: moms 25 % added at the end, öresavrundning to whole kronor."""
    p = Page("i14", A4)
    vendor = "Nordljus Belysning AB"
    its = items(
        [
            ("Pendelarmatur Linnea 45 cm, mässing", 6, "1895.00"),
            ("LED-panel 60x60 4000K, 36 W", 24, "689.50"),
            ("Spotlight GU10 dimbar, vit", 40, "148.75"),
            ("Driftsättning och programmering DALI (tim)", 5.5, "725.00"),
            ("Frakt", 1, "495.00"),
        ]
    )
    net = total_of(its)
    moms = q2(net * D(25) / 100)
    exact = net + moms
    tot = q0(exact)
    rnd = tot - exact
    se = lambda x: fm(x, " ", ",")  # noqa: E731
    p.t(50, 70, "NORDLJUS", "DVL", 28)
    p.t(50, 88, "belysning för offentliga miljöer", "DV", 8.5, col=GREY)
    p.t(545, 60, "Faktura", "DVB", 20, "r")
    info = [
        ("Fakturanummer", "10482"),
        ("Fakturadatum", "2026-03-09"),
        ("Förfallodatum", "2026-04-08"),
        ("Er referens", "Karin Lindqvist"),
        ("Vår referens", "Oskar Berg"),
        ("Betalningsvillkor", "30 dagar netto"),
    ]
    for i, (k, v) in enumerate(info):
        p.t(380, 90 + 13 * i, k, "DV", 8.5, col=GREY)
        p.t(545, 90 + 13 * i, v, "DV", 8.5, "r")
    p.t(50, 140, "Uppsala kommun", "DVB", 10)
    p.t(50, 154, "Fastighetsavdelningen, Ref. FAS-2611", "DV", 9.5)
    p.t(50, 168, "Box 1023", "DV", 9.5)
    p.t(50, 182, "751 40 Uppsala", "DV", 9.5)
    y = 250
    cols = [(50, "l"), (340, "r"), (360, "l"), (450, "r"), (545, "r")]
    table(p, y, cols, [["Benämning", "Antal", "Enh", "À-pris", "Belopp"]], "DVB", 9, 16)
    p.line(50, y + 5, 545, y + 5, 0.6)
    y += 20
    units = ["st", "st", "st", "tim", "st"]
    y = table(
        p,
        y,
        cols,
        [
            [it.desc, de(it.qty).replace(",00", ""), u, se(it.unit), se(it.amt)]
            for it, u in zip(its, units, strict=True)
        ],
        "DV",
        9,
        17,
    )
    p.line(50, y - 6, 545, y - 6, 0.6)
    y += 20
    bcols = [(50, "l"), (170, "l"), (260, "l"), (340, "l"), (545, "r")]
    table(
        p,
        y,
        bcols,
        [["Exkl. moms", "Moms %", "Moms", "Öresavrundning", "ATT BETALA"]],
        "DV",
        7.5,
        14,
    )
    table(
        p, y + 16, bcols, [[se(net), "25,00", se(moms), se(rnd), f"SEK {se(tot)}"]], "DVB", 10, 14
    )
    p.rect(45, y - 12, 505, 36, stroke=BLACK)
    p.t(
        50,
        y + 70,
        "Vid betalning efter förfallodagen debiteras dröjsmålsränta enligt räntelagen.",
        "DV",
        8.5,
    )
    p.t(50, y + 84, "Ange OCR-nummer 1048226 vid betalning.", "DV", 8.5)
    p.line(50, 765, 545, 765, 0.5)
    foot = [
        ("Adress", "Kungsgatan 44, 753 21 Uppsala"),
        ("Org.nr", "556812-4470"),
        ("Momsreg.nr", "SE556812447001"),
        ("Bankgiro", "5312-8876"),
    ]
    for i, (k, v) in enumerate(foot):
        p.t(50 + 125 * i, 778, k, "DVB", 7)
        p.t(50 + 125 * i, 789, v, "DV", 7)
    p.t(
        50,
        803,
        "Nordljus Belysning AB  ·  Styrelsens säte: Uppsala  ·  Godkänd för F-skatt",
        "DV",
        7,
        col=GREY,
    )
    tr = Truth(
        "10482",
        date(2026, 3, 9),
        date(2026, 4, 8),
        vendor,
        net,
        moms,
        tot,
        "SEK",
        "sv-SE",
        "invoice",
        "invoice",
        its,
        "moms 25 % added at the end in a boxed footer strip with labels above values; öresavrundning rounds to whole kronor",
        rounding=rnd,
    )
    return p, tr


def i15(rng: random.Random) -> tuple[Page, Truth]:
    """Australia: tax invoice with GST-inclusive prices and 'includes GST' line."""
    p = Page("i15", A4)
    vendor = "Coastline Electrical Pty Ltd"
    its = items(
        [
            ("Switchboard upgrade incl. RCBOs (8 circuits)", 1, "1485.00"),
            ("LED downlights supplied & installed", 14, "68.20"),
            ("Double power point, outdoor IP53", 3, "154.00"),
            ("Smoke alarm 240V interconnected", 4, "176.00"),
            ("Electrical safety certificate", 1, "132.00"),
        ]
    )
    tot = total_of(its)
    gst = q2(tot / 11)
    net = tot - gst
    yel = (0.95, 0.75, 0.1)
    p.rect(0, 0, 595, 110, fill=(0.08, 0.12, 0.2), stroke=None)
    p.poly([(40, 80), (62, 30), (58, 58), (76, 58), (54, 100), (58, 72), (40, 72)], yel)
    p.t(90, 60, "COASTLINE ELECTRICAL", "DVB", 18, col=(1, 1, 1))
    p.t(90, 78, "Licensed electrical contractor · Lic. No. 298114C", "DV", 8.5, col=(1, 1, 1))
    p.t(
        90,
        91,
        "ABN 63 618 204 775  ·  PO Box 512, Mooloolaba QLD 4557  ·  0412 880 316",
        "DV",
        8.5,
        col=(1, 1, 1),
    )
    p.t(40, 150, "TAX INVOICE", "DVB", 20)
    for i, (k, v) in enumerate(
        (
            ("Invoice No.", "CE-3391"),
            ("Date", "31/03/2026"),
            ("Job", "Kitchen & switchboard"),
            ("Payment due", "14/04/2026"),
        )
    ):
        p.t(40, 175 + 14 * i, k, "DV", 9, col=GREY)
        p.t(130, 175 + 14 * i, v, "DV", 9)
    p.t(340, 150, "Invoice to", "DVB", 9)
    p.t(340, 165, "Mr Daniel & Mrs Priya Whitfield", "DV", 9.5)
    p.t(340, 179, "27 Tamarind Crescent", "DV", 9.5)
    p.t(340, 193, "Buderim QLD 4556", "DV", 9.5)
    y = 260
    cols = [(44, "l"), (370, "r"), (460, "r"), (551, "r")]
    p.line(40, y - 13, 555, y - 13, 1.5, yel)
    table(p, y, cols, [["Item", "Qty", "Price (inc GST)", "Total (inc GST)"]], "DVB", 8.5, 16)
    y += 20
    y = table(
        p,
        y,
        cols,
        [[it.desc, qty_s(it.qty), "$" + us(it.unit), "$" + us(it.amt)] for it in its],
        "DV",
        9,
        18,
    )
    p.line(40, y - 6, 555, y - 6, 0.5)
    y += 14
    p.t(360, y, "Total (inc GST)", "DVB", 12)
    p.t(551, y, "$" + us(tot), "DVB", 12, "r")
    p.t(360, y + 18, "Includes GST of", "DV", 9.5)
    p.t(551, y + 18, "$" + us(gst), "DV", 9.5, "r")
    p.t(360, y + 33, "Amount paid", "DV", 9.5)
    p.t(551, y + 33, "$0.00", "DV", 9.5, "r")
    p.t(360, y + 50, "BALANCE DUE", "DVB", 11)
    p.t(551, y + 50, "$" + us(tot), "DVB", 11, "r")
    y += 100
    p.rect(40, y, 515, 58, fill=(0.97, 0.95, 0.88), stroke=None)
    p.t(50, y + 16, "How to pay", "DVB", 9)
    p.t(
        50,
        y + 30,
        "EFT: Coastline Electrical Pty Ltd  ·  BSB 064-459  ·  Account 1043 8821",
        "DV",
        9,
    )
    p.t(
        50,
        y + 44,
        "Please use invoice number CE-3391 as your reference. Card payments incur a 1.2% surcharge.",
        "DV",
        9,
    )
    tr = Truth(
        "CE-3391",
        date(2026, 3, 31),
        date(2026, 4, 14),
        vendor,
        net,
        gst,
        tot,
        "AUD",
        "en-AU",
        "invoice",
        "invoice",
        its,
        "all prices GST-inclusive; only 'Includes GST of' is printed, no net line (amount = total - GST); balance due repeats the total",
    )
    return p, tr


def i16(rng: random.Random) -> tuple[Page, Truth]:
    """Belgium: credit note (creditnota) in Dutch with negative amounts, BTW 21 %."""
    p = Page("i16", A4)
    vendor = "Horeca Groothandel Declercq BV"
    its = items(
        [
            ("Retour: Vaatwasmiddel professioneel 10 L (beschadigd)", -6, "38.50"),
            ("Retour: Glazenkorf 36 vakken", -4, "21.90"),
            ("Prijscorrectie tafelservetten factuur 2026-0231", -1, "53.40"),
        ]
    )
    net = total_of(its)
    btw = q2(net * D(21) / 100)
    tot = net + btw
    be = lambda x: "€ " + de(x)  # noqa: E731
    p.t(50, 60, "DECLERCQ", "DVSB", 24, col=(0.3, 0.1, 0.4))
    p.t(50, 76, "horeca groothandel", "DVSI", 10, col=GREY)
    p.t(
        50,
        95,
        "Horeca Groothandel Declercq BV  ·  Kortrijksesteenweg 1090, 9051 Sint-Denijs-Westrem",
        "DV",
        8,
    )
    p.t(50, 107, "BTW BE 0447.318.227  ·  RPR Gent, afdeling Gent", "DV", 8)
    p.t(330, 140, "Brasserie 't Pakhuis", "DVB", 10)
    p.t(330, 154, "Schuurkenstraat 4", "DV", 10)
    p.t(330, 168, "9000 Gent", "DV", 10)
    p.t(330, 182, "BTW BE 0862.114.905", "DV", 10)
    p.t(50, 140, "CREDITNOTA", "DVB", 18)
    p.t(50, 160, "Nummer: CN-2026-0007", "DV", 10)
    p.t(50, 174, "Datum: 19/03/2026", "DV", 10)
    p.t(50, 188, "Betreft factuur 2026-0231 van 02/03/2026", "DV", 10)
    y = 235
    cols = [(54, "l"), (360, "r"), (450, "r"), (541, "r")]
    p.rect(50, y - 13, 495, 19, fill=(0.92, 0.88, 0.95), stroke=None)
    table(
        p, y, cols, [["Omschrijving", "Aantal", "Eenheidsprijs", "Bedrag excl. btw"]], "DVB", 9, 16
    )
    y += 22
    y = table(
        p, y, cols, [[it.desc, qty_s(it.qty), be(it.unit), be(it.amt)] for it in its], "DV", 9, 18
    )
    p.line(300, y - 6, 545, y - 6, 0.5)
    y += 12
    for k, v, f in (
        ("Maatstaf van heffing 21%", be(net), "DV"),
        ("BTW 21%", be(btw), "DV"),
        ("Totaal te crediteren", be(tot), "DVB"),
    ):
        p.t(300, y, k, f, 10)
        p.t(541, y, v, f, 10, "r")
        y += 17
    y += 30
    p.wrap(
        50,
        y,
        "Btw terug te storten aan de Staat in de mate waarin ze oorspronkelijk in aftrek werd gebracht.",
        495,
        "DVO",
        9,
    )
    p.t(
        50,
        y + 30,
        "Het creditbedrag wordt verrekend met uw volgende factuur of op verzoek teruggestort.",
        "DV",
        9,
    )
    p.t(
        297,
        790,
        "KBC  ·  IBAN BE68 7380 1942 1134  ·  BIC KREDBEBB  ·  info@declercq-horeca.be",
        "DV",
        8,
        "c",
        GREY,
    )
    tr = Truth(
        "CN-2026-0007",
        date(2026, 3, 19),
        None,
        vendor,
        net,
        btw,
        tot,
        "EUR",
        "nl-BE",
        "invoice",
        "credit_note",
        its,
        "credit note: negative quantities and amounts, BTW 21 % negative; refers to an earlier invoice number and date; Belgian statutory wording on VAT repayment",
    )
    return p, tr


# ---------------------------------------------------------------- receipts


def r01(rng: random.Random) -> tuple[Page, Truth]:
    """Japan: convenience store, prices include tax, ※ marks reduced 8 % items, 10 % others."""
    r = Roll("r01", 80)
    vendor = "Sakura Mart Haneda Airport T3"
    its = items(
        [
            ("Onigiri salmon ※", 2, "180", "8"),
            ("Green tea 525ml ※", 1, "162", "8"),
            ("Sandwich egg ※", 1, "398", "8"),
            ("Matcha KitKat 12p ※", 2, "864", "8"),
            ("Beer Asahi 350ml", 2, "283", "10"),
            ("Face towel", 1, "550", "10"),
            ("Phone charger USB-C", 1, "1980", "10"),
        ]
    )
    g8, g10 = total_of(its, "8"), total_of(its, "10")
    t8, t10 = q0(g8 * 8 / 108), q0(g10 * 10 / 110)
    tot = g8 + g10
    vat = t8 + t10
    cash = D(6000)
    yen = lambda x: "¥" + fm(x, ",", ".", 0)  # noqa: E731

    def logo(p: Page, y: float) -> None:
        for i in range(5):
            p.circle(r.C - 20 + 10 * i, y + 10, 4, fill=(0.9, 0.4, 0.6), stroke=None)

    r.logo(logo, 18)
    r.c("SAKURA MART", "DVB", 14, 18)
    r.c(vendor, "DV", 7.5)
    r.c("Haneda Airport Terminal 3, 2F", "DV", 7.5)
    r.c("Ota-ku, Tokyo 144-0041  TEL 03-5757-8810", "DV", 7.5)
    r.c("Registration No. T4010801027735", "DV", 7.5)
    r.gap(4)
    r.lr("2026/02/14 (Sat) 21:47", "Reg 02  No. 4471", "DV", 7.5)
    r.lr("Receipt No. 0214-02-4471", "Staff 118", "DV", 7.5)
    r.rule(False)
    r.c("RECEIPT", "DVB", 11, 14)
    for it in its:
        label = it.desc if it.qty == 1 else f"{it.desc}"
        r.lr(label, yen(it.amt), "DV", 8.5)
        if it.qty != 1:
            r.l(f"   {qty_s(it.qty)} x @{yen(it.unit)}", "DV", 7.5)
    r.rule(False)
    r.lr(f"Subtotal  {int(sum(i.qty for i in its))} items", yen(tot), "DV", 8.5)
    r.lr("TOTAL", yen(tot), "DVB", 13, 17)
    r.lr("(8% taxable", f"{yen(g8)}  incl. tax {yen(t8)})", "DV", 7.5)
    r.lr("(10% taxable", f"{yen(g10)}  incl. tax {yen(t10)})", "DV", 7.5)
    r.lr("(Tax included total", f"{yen(vat)})", "DV", 7.5)
    r.gap(4)
    r.lr("Cash", yen(cash), "DV", 8.5)
    r.lr("Change", yen(cash - tot), "DV", 8.5)
    r.rule()
    r.l("※ = reduced tax rate item (8%)", "DV", 7.5)
    r.l("Prices include consumption tax (uchizei).", "DV", 7.5)
    r.bar(150, 26, rng)
    r.c("Thank you! Have a nice flight.", "DV", 7.5, 14)
    tr = Truth(
        "0214-02-4471",
        date(2026, 2, 14),
        None,
        vendor,
        tot - vat,
        vat,
        tot,
        "JPY",
        "ja-JP",
        "receipt",
        "receipt",
        its,
        "tax-inclusive (uchizei) with ※ reduced-rate marks; tax shown only as 'incl. tax' per rate; no decimals; printed in English (no CJK font)",
    )
    return r.page(), tr


def r02(rng: random.Random) -> tuple[Page, Truth]:
    """Germany: supermarket, inkl. MwSt A 19 % / B 7 %, Pfand lines and a Leergut refund."""
    r = Roll("r02", 80)
    vendor = "Frischmarkt Brandt e.K."
    its = items(
        [
            ("Vollmilch 3,5% 1L", 2, "1.19", "B"),
            ("Roggenmischbrot 750g", 1, "2.49", "B"),
            ("Bio Bananen", 1, "1.83", "B"),
            ("Gouda jung Scheiben", 1, "2.29", "B"),
            ("Mineralwasser 12x0,7L", 1, "4.99", "A"),
            ("Pfand Mehrweg 12x0,15", 1, "1.80", "A"),
            ("Kasten Pfand", 1, "1.50", "A"),
            ("Cola 1,5L PET", 2, "1.39", "A"),
            ("Pfand Einweg", 2, "0.25", "A"),
            ("Spülmittel Zitrone", 1, "1.45", "A"),
            ("Leergutbon 0417", 1, "-3.30", "A"),
        ]
    )
    ga, gb = total_of(its, "A"), total_of(its, "B")
    na, ta = inclusive(ga, D(19))
    nb, tb = inclusive(gb, D(7))
    tot = ga + gb
    r.c("FRISCHMARKT", "DVMB", 15, 18)
    r.c("BRANDT", "DVMB", 15, 18)
    r.c("Frischmarkt Brandt e.K.", "DVM", 8)
    r.c("Lindenstraße 12 · 31134 Hildesheim", "DVM", 8)
    r.c("St.-Nr. 30/212/41877", "DVM", 8)
    r.rule()
    r.l("EUR", "DVM", 8)
    for it in its:
        if it.qty != 1:
            r.l(f"  {qty_s(it.qty)} x {de(it.unit)}", "DVM", 8)
        r.lr(it.desc, f"{de(it.amt)} {it.tag}", "DVM", 8.5)
    r.rule()
    r.lr("SUMME", f"EUR {de(tot)}", "DVMB", 11, 15)
    r.rule()
    r.lr("Geg. EC-Karte", f"EUR {de(tot)}", "DVM", 8.5)
    r.gap(4)

    def cols(a, b, c, d):
        return [
            (r.L, a, "l"),
            (r.L + 95, b, "r"),
            (r.L + 145, c, "r"),
            (r.R, d, "r"),
        ]

    r.row(cols("Steuer  %", "Netto", "Steuer", "Brutto"), "DVM", 8)
    r.row(cols("A= 19,0%", de(na), de(ta), de(ga)), "DVM", 8)
    r.row(cols("B=  7,0%", de(nb), de(tb), de(gb)), "DVM", 8)
    r.row(cols("Gesamt", de(na + nb), de(ta + tb), de(tot)), "DVM", 8)
    r.rule()
    r.l("02.03.2026 18:22   Bon-Nr. 8841   Kasse 3", "DVM", 7.5)
    r.l("Beleg 2026-8841  Bed. 07 Tanja", "DVM", 7.5)
    r.gap(3)
    r.l("TSE-Transaktion: 228417", "DVM", 7)
    r.l("TSE-Start: 2026-03-02T18:21:09", "DVM", 7)
    r.l("TSE-Seriennr.: 4f2a9c7e...b81d", "DVM", 7)
    r.l("TSE-Signatur: MEUCIQDx7r...Kq3Y=", "DVM", 7)
    r.qr(70, rng)
    r.c("Vielen Dank für Ihren Einkauf!", "DVM", 8, 14)
    tr = Truth(
        "8841",
        date(2026, 3, 2),
        None,
        vendor,
        na + nb,
        ta + tb,
        tot,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        its,
        "inkl. MwSt with A/B codes and a Netto/Steuer/Brutto table; Pfand lines are not tax (taxed at A); a negative Leergutbon line",
    )
    return r.page(), tr


def r03(rng: random.Random) -> tuple[Page, Truth]:
    """Canada (Ontario): restaurant bill, HST 13 % added, tip added on the card slip."""
    r = Roll("r03", 76)
    vendor = "The Maple Tap House"
    its = items(
        [
            ("Poutine classic", 1, "14.50"),
            ("Smash burger", 2, "21.00"),
            ("Caesar salad", 1, "16.00"),
            ("Steam Whistle pint", 3, "9.25"),
            ("Ginger ale", 1, "3.75"),
        ]
    )
    sub = total_of(its)
    hst = q2(sub * D(13) / 100)
    tip = D("18.00")
    tot = sub + hst + tip
    r.c("THE MAPLE", "DVCB", 16, 19)
    r.c("TAP HOUSE", "DVCB", 16, 19)
    r.c("412 Queen St W, Toronto ON M5V 2A8", "DVC", 8)
    r.c("HST # 81427 9033 RT0001", "DVC", 8)
    r.rule()
    r.lr("Server: Kayla", "Table 14 / Guests 3", "DVC", 8.5)
    r.lr("Check #20418", "Mar 7 2026  8:52 PM", "DVC", 8.5)
    r.rule()
    for it in its:
        r.row(
            [(r.L, qty_s(it.qty), "l"), (r.L + 14, it.desc, "l"), (r.R, us(it.amt), "r")], "DVC", 9
        )
    r.rule()
    r.lr("Subtotal", us(sub), "DVC", 9)
    r.lr("HST 13%", us(hst), "DVC", 9)
    r.lr("Amount", us(sub + hst), "DVCB", 10.5, 14)
    r.rule()
    r.l("VISA  **** **** **** 4418", "DVC", 8.5)
    r.l("Auth 07231B   Ref 000418", "DVC", 8.5)
    r.gap(6)
    r.lr("Tip:", us(tip), "DVC", 11, 18)
    r.lr("Total:", us(tot), "DVCB", 11, 18)
    r.gap(16)
    r.c("x ______________________________", "DVC", 9)
    r.c("CUSTOMER COPY - APPROVED", "DVC", 8)
    r.c("Thanks for coming by, eh!", "DVC", 8, 16)
    tr = Truth(
        "20418",
        date(2026, 3, 7),
        None,
        vendor,
        sub,
        hst,
        tot,
        "CAD",
        "en-CA",
        "receipt",
        "receipt",
        its,
        "HST 13 % added; tip added on the card slip, so 'Total' (with tip) differs from 'Amount'",
        tip=tip,
    )
    return r.page(), tr


def r04(rng: random.Random) -> tuple[Page, Truth]:
    """France: bistro bill, prices TTC, TVA 10 % food and 20 % alcohol table, service compris."""
    r = Roll("r04", 80)
    vendor = "SARL Le Bistrot des Halles"
    its = items(
        [
            ("Menu du jour", 2, "19.50", "10"),
            ("Quenelle de brochet", 1, "21.00", "10"),
            ("Tarte Tatin", 1, "8.50", "10"),
            ("Carafe Côtes du Rhône 50cl", 1, "16.00", "20"),
            ("Kir", 2, "6.00", "20"),
            ("Café", 3, "2.40", "10"),
            ("Eau minérale 1L", 1, "5.50", "10"),
        ]
    )
    g10, g20 = total_of(its, "10"), total_of(its, "20")
    n10, t10 = inclusive(g10, D(10))
    n20, t20 = inclusive(g20, D(20))
    tot = g10 + g20
    f = "Courier"
    fb = "Courier-Bold"
    r.c("LE BISTROT", fb, 14, 17)
    r.c("DES HALLES", fb, 14, 17)
    r.c("SARL Le Bistrot des Halles", f, 8)
    r.c("8 rue de la Martinière 69001 Lyon", f, 8)
    r.c("SIRET 811 204 557 00014", f, 8)
    r.c("TVA FR 42 811204557", f, 8)
    r.rule()
    r.lr("Table 12   Couverts 3", "Serveur: Lucas", f, 8)
    r.lr("Ticket n° 002719", "21/03/2026 13:48", f, 8)
    r.rule()
    for it in its:
        r.row([(r.L, qty_s(it.qty), "l"), (r.L + 14, it.desc, "l"), (r.R, de(it.amt), "r")], f, 8.5)
    r.rule()
    r.lr("TOTAL TTC", f"{de(tot)} EUR", fb, 12, 16)
    r.rule()

    def cols(a, b, c, d):
        return [
            (r.L, a, "l"),
            (r.L + 90, b, "r"),
            (r.L + 145, c, "r"),
            (r.R, d, "r"),
        ]

    r.row(cols("Taux", "HT", "TVA", "TTC"), fb, 8)
    r.row(cols("10,00%", de(n10), de(t10), de(g10)), f, 8)
    r.row(cols("20,00%", de(n20), de(t20), de(g20)), f, 8)
    r.row(cols("Total", de(n10 + n20), de(t10 + t20), de(tot)), fb, 8)
    r.rule()
    r.lr("CB SANS CONTACT", de(tot), f, 8.5)
    r.gap(4)
    r.c("Prix nets - service compris", f, 8)
    r.c("Merci et à bientôt !", f, 8)
    tr = Truth(
        "002719",
        date(2026, 3, 21),
        None,
        vendor,
        n10 + n20,
        t10 + t20,
        tot,
        "EUR",
        "fr-FR",
        "receipt",
        "receipt",
        its,
        "prices TTC; TVA 10 % (food) and 20 % (alcohol) in a HT/TVA/TTC table; 'service compris' is not a separate charge",
    )
    return r.page(), tr


def r05(rng: random.Random) -> tuple[Page, Truth]:
    """UK: bookshop café, zero-rated books and standard-rated café items, VAT included."""
    r = Roll("r05", 76)
    vendor = "Harbour Books & Coffee Ltd"
    its = items(
        [
            ("The Salt Path (pbk)", 1, "10.99", "Z"),
            ("OS Explorer Map OL6", 1, "11.99", "Z"),
            ("Flat white", 2, "3.60", "S"),
            ("Toasted teacake", 1, "3.25", "S"),
            ("Greetings card", 1, "3.50", "S"),
        ]
    )
    gz, gs = total_of(its, "Z"), total_of(its, "S")
    ns, ts = inclusive(gs, D(20))
    tot = gz + gs
    f, fb = "Helvetica", "Helvetica-Bold"

    def logo(p: Page, y: float) -> None:
        p.rect(r.C - 18, y + 2, 36, 24, stroke=BLACK, lw=1.2)
        p.line(r.C, y + 2, r.C, y + 26, 1.2)

    r.logo(logo, 30)
    r.c("Harbour Books & Coffee", fb, 11, 14)
    r.c("Harbour Books & Coffee Ltd", f, 7.5)
    r.c("3 Quay Street, Falmouth TR11 3HH", f, 7.5)
    r.c("VAT Reg No: GB 284 7719 03", f, 7.5)
    r.rule(False)
    for it in its:
        r.lr(
            f"{it.desc}" + (f" x{qty_s(it.qty)}" if it.qty != 1 else ""),
            f"£{us(it.amt)} {it.tag}",
            f,
            8.5,
        )
    r.rule(False)
    r.lr("TOTAL", f"£{us(tot)}", fb, 11, 15)
    r.lr("Contactless Mastercard", f"£{us(tot)}", f, 8.5)
    r.rule(False)
    r.l("VAT SUMMARY", fb, 8)

    def cols(a, b, c, d):
        return [
            (r.L, a, "l"),
            (r.L + 95, b, "r"),
            (r.L + 140, c, "r"),
            (r.R, d, "r"),
        ]

    r.row(cols("Rate", "Net", "VAT", "Gross"), fb, 7.5)
    r.row(cols("S 20%", us(ns), us(ts), us(gs)), f, 7.5)
    r.row(cols("Z 0%", us(gz), "0.00", us(gz)), f, 7.5)
    r.row(cols("Total", us(ns + gz), us(ts), us(tot)), fb, 7.5)
    r.rule(False)
    r.l("Sale 118204   Till 1   Op: Morwenna", f, 7.5)
    r.l("28/02/2026  11:06", f, 7.5)
    r.c("Books make the best souvenirs!", f, 7.5, 14)
    tr = Truth(
        "118204",
        date(2026, 2, 28),
        None,
        vendor,
        ns + gz,
        ts,
        tot,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        its,
        "VAT included; zero-rated books (Z) and 20 % café items (S) in a VAT summary; net includes the zero-rated part",
    )
    return r.page(), tr


def r06(rng: random.Random) -> tuple[Page, Truth]:
    """Italy: pharmacy 'documento commerciale', IVA 10 % and 22 %, only 'di cui IVA' printed."""
    r = Roll("r06", 58, margin=2.5 * mm)
    vendor = "Farmacia San Marco S.n.c."
    its = items(
        [
            ("TACHIPIRINA 500MG 20CPR", 1, "5.90", "10"),
            ("MOMENT 200MG 24CPR", 1, "9.80", "10"),
            ("ENTEROGERMINA 10FL", 1, "11.50", "10"),
            ("CREMA SOLARE SPF50", 1, "18.90", "22"),
            ("SPAZZOLINO MORBIDO", 2, "3.20", "22"),
        ]
    )
    g10, g22 = total_of(its, "10"), total_of(its, "22")
    _, t10 = inclusive(g10, D(10))
    _, t22 = inclusive(g22, D(22))
    tot = g10 + g22
    vat = t10 + t22
    f, fb = "DVC", "DVCB"
    r.c("FARMACIA SAN MARCO", fb, 10, 13)
    r.c("Farmacia San Marco S.n.c.", f, 7)
    r.c("Campo San Luca 4587, 30124 Venezia", f, 7)
    r.c("P.IVA 03128470271", f, 7)
    r.rule()
    r.c("DOCUMENTO COMMERCIALE", fb, 8)
    r.c("di vendita o prestazione", f, 7.5)
    r.rule()
    r.row([(r.L, "DESCRIZIONE", "l"), (r.R - 38, "IVA", "r"), (r.R, "Prezzo(€)", "r")], fb, 7)
    for it in its:
        if it.qty != 1:
            r.l(f"{qty_s(it.qty)} x {de(it.unit)}", f, 7)
        r.row([(r.L, it.desc, "l"), (r.R - 38, f"{it.tag}%", "r"), (r.R, de(it.amt), "r")], f, 7.5)
    r.rule()
    r.lr("TOTALE COMPLESSIVO", de(tot), fb, 9, 13)
    r.lr("DI CUI IVA", de(vat), f, 7.5)
    r.lr("Pagamento elettronico", de(tot), f, 7.5)
    r.lr("Importo pagato", de(tot), f, 7.5)
    r.rule()
    r.l("C.F. cliente: RSSMRA80A01L736U", f, 7)
    r.l("Scontrino valido per detrazione", f, 7)
    r.gap(3)
    r.l("13-03-2026 17:41", f, 7)
    r.l("DOCUMENTO N. 0118-0342", f, 7)
    r.l("RT 99MEX004417", f, 7)
    r.qr(60, rng)
    tr = Truth(
        "0118-0342",
        date(2026, 3, 13),
        None,
        vendor,
        tot - vat,
        vat,
        tot,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        its,
        "58 mm roll; IVA 10 % and 22 % per line but only a combined 'DI CUI IVA' printed (amount = total - IVA); tax-code for deduction",
    )
    return r.page(), tr


def r07(rng: random.Random) -> tuple[Page, Truth]:
    """Singapore: restaurant, 10 % service charge then 9 % GST on subtotal + service."""
    r = Roll("r07", 80)
    vendor = "Lau Pa Sat Heritage Kitchen Pte Ltd"
    its = items(
        [
            ("Hainanese Chicken Rice", 2, "8.80"),
            ("Sambal Kangkong", 1, "12.00"),
            ("Chilli Crab (500g)", 1, "48.00"),
            ("Fried Mantou (6pc)", 1, "6.00"),
            ("Tiger Beer (Tower)", 1, "42.00"),
            ("Lime Juice", 2, "4.50"),
        ]
    )
    sub = total_of(its)
    svc = q2(sub * D(10) / 100)
    gst = q2((sub + svc) * D(9) / 100)
    tot = sub + svc + gst
    r.c("HERITAGE KITCHEN", "DVB", 13, 16)
    r.c("Lau Pa Sat Heritage Kitchen Pte Ltd", "DV", 7.5)
    r.c("18 Raffles Quay #01-22, Singapore 048582", "DV", 7.5)
    r.c("GST Reg No: 201834417K", "DV", 7.5)
    r.c("TAX INVOICE", "DVB", 9, 14)
    r.rule()
    r.lr("Inv No: HK26-031870", "Table: B7   Pax: 4", "DV", 8)
    r.lr("Date: 22/03/2026", "Time: 19:58", "DV", 8)
    r.rule()
    r.row([(r.L, "Qty", "l"), (r.L + 22, "Item", "l"), (r.R, "Amt", "r")], "DVB", 8)
    for it in its:
        r.row(
            [(r.L, qty_s(it.qty), "l"), (r.L + 22, it.desc, "l"), (r.R, us(it.amt), "r")], "DV", 8.5
        )
    r.rule()
    r.lr("Subtotal", us(sub), "DV", 9)
    r.lr("10% Svc Chg", us(svc), "DV", 9)
    r.lr("9% GST", us(gst), "DV", 9)
    r.rule(False)
    r.lr("TOTAL", f"S${us(tot)}", "DVB", 12, 16)
    r.rule(False)
    r.lr("NETS / Visa", us(tot), "DV", 8.5)
    r.c("Prices are subject to 10% service charge", "DV", 7)
    r.c("and prevailing GST.", "DV", 7)
    r.c("Thank you, please come again!", "DV", 8, 14)
    tr = Truth(
        "HK26-031870",
        date(2026, 3, 22),
        None,
        vendor,
        sub + svc,
        gst,
        tot,
        "SGD",
        "en-SG",
        "receipt",
        "receipt",
        its,
        "service charge 10 % (part of the net, not a tax) then GST 9 % on subtotal + service; no net line printed",
    )
    return r.page(), tr


def r08(rng: random.Random) -> tuple[Page, Truth]:
    """Malaysia: restaurant bill in Malay, service charge 10 %, SST 6 %, rounding to 5 sen."""
    r = Roll("r08", 80)
    vendor = "Restoran Selera Kampung Sdn. Bhd."
    its = items(
        [
            ("Nasi Lemak Ayam Goreng", 2, "14.90"),
            ("Mee Goreng Mamak", 1, "11.50"),
            ("Roti Canai Telur", 3, "3.20"),
            ("Teh Tarik", 3, "3.80"),
            ("Air Sirap Bandung", 1, "4.50"),
        ]
    )
    sub = total_of(its)
    svc = q2(sub * D(10) / 100)
    sst = q2((sub + svc) * D(6) / 100)
    exact = sub + svc + sst
    tot = q2((exact * 20).quantize(Decimal(1), ROUND_HALF_UP) / 20)
    rnd = tot - exact
    paid = D("100.00")
    rm = lambda x: us(x)  # noqa: E731
    r.c("RESTORAN SELERA KAMPUNG", "DVMB", 10, 14)
    r.c("Restoran Selera Kampung Sdn. Bhd.", "DVM", 7)
    r.c("(201901022814 / 1331207-V)", "DVM", 7)
    r.c("12, Jalan SS 15/4, 47500 Subang Jaya", "DVM", 7)
    r.c("No. SST: W10-1908-32000417", "DVM", 7)
    r.rule()
    r.l("No. Bil: SK-0077231", "DVM", 8)
    r.lr("Tarikh: 09/03/2026", "Masa: 13:22", "DVM", 8)
    r.lr("Meja: 6", "Juruwang: Aina", "DVM", 8)
    r.rule()
    for it in its:
        r.l(it.desc, "DVM", 8)
        r.lr(f"  {qty_s(it.qty)} x {rm(it.unit)}", rm(it.amt), "DVM", 8)
    r.rule()
    r.lr("Jumlah Kecil", rm(sub), "DVM", 8.5)
    r.lr("Caj Perkhidmatan 10%", rm(svc), "DVM", 8.5)
    r.lr("SST 6%", rm(sst), "DVM", 8.5)
    r.lr("Pembundaran", rm(rnd), "DVM", 8.5)
    r.lr("JUMLAH (RM)", rm(tot), "DVMB", 11, 15)
    r.rule()
    r.lr("Tunai", rm(paid), "DVM", 8.5)
    r.lr("Baki", rm(paid - tot), "DVM", 8.5)
    r.rule()
    r.c("Terima kasih, sila datang lagi!", "DVM", 8)
    tr = Truth(
        "SK-0077231",
        date(2026, 3, 9),
        None,
        vendor,
        sub + svc,
        sst,
        tot,
        "MYR",
        "ms-MY",
        "receipt",
        "receipt",
        its,
        "Malay labels; 10 % service charge (net, not tax) and 6 % SST; 5-sen 'Pembundaran' rounding line",
        rounding=rnd,
    )
    return r.page(), tr


def r09(rng: random.Random) -> tuple[Page, Truth]:
    """USA (California): grocery, sales tax only on T items, CRV deposits and a bag fee (not tax)."""
    r = Roll("r09", 80)
    vendor = "Golden State Grocers"
    its = items(
        [
            ("ORG BANANAS 2.14 lb @ 0.79", 1, "1.69", ""),
            ("SOURDOUGH LOAF", 1, "5.49", ""),
            ("LA CROIX 12PK", 1, "6.99", "T"),
            ("CRV 12 x .05", 1, "0.60", ""),
            ("KOMBUCHA 16OZ", 2, "3.99", "T"),
            ("CRV", 2, "0.05", ""),
            ("PAPER TOWELS 6RL", 1, "11.49", "T"),
            ("GREEK YOGURT 32OZ", 1, "6.29", ""),
            ("CA BAG FEE", 1, "0.10", ""),
        ]
    )
    sub = total_of(its)
    taxable = total_of(its, "T")
    tax = q2(taxable * D("7.75") / 100)
    tot = sub + tax
    r.c("GOLDEN STATE", "DVMB", 14, 17)
    r.c("GROCERS", "DVMB", 14, 17)
    r.c("Golden State Grocers", "DVM", 7.5)
    r.c("3201 University Ave, San Diego CA 92104", "DVM", 7.5)
    r.c("(619) 555-0147", "DVM", 7.5)
    r.rule()
    for it in its:
        if it.qty != 1:
            r.l(f"  {qty_s(it.qty)} @ {us(it.unit)}", "DVM", 7.5)
        r.row(
            [(r.L, it.desc, "l"), (r.R - 14, us(it.amt), "r"), (r.R, it.tag or "", "r")], "DVM", 8
        )
    r.rule()
    r.lr("SUBTOTAL", us(sub), "DVM", 8.5)
    r.lr(f"TAX 7.750% ON {us(taxable)}", us(tax), "DVM", 8.5)
    r.lr("**** TOTAL", us(tot), "DVMB", 11, 15)
    r.gap(4)
    r.lr("DEBIT  XXXX1192", us(tot), "DVM", 8.5)
    r.lr("CHANGE", "0.00", "DVM", 8.5)
    r.rule()
    r.l("T = TAXABLE ITEM.  CRV IS A STATE", "DVM", 7.5)
    r.l("RECYCLING DEPOSIT, NOT A TAX.", "DVM", 7.5)
    r.l(
        f"ITEMS SOLD {int(sum(i.qty for i in its if 'CRV' not in i.desc and 'FEE' not in i.desc))}",
        "DVM",
        7.5,
    )
    r.l("03/28/26 5:41 PM  ST 014 LN 3 TR 6620", "DVM", 7.5)
    r.bar(170, 28, rng)
    r.c("TRANS# 014-03-6620", "DVM", 7.5)
    r.c("THANK YOU FOR SHOPPING LOCAL", "DVM", 7.5, 14)
    tr = Truth(
        "014-03-6620",
        date(2026, 3, 28),
        None,
        vendor,
        sub,
        tax,
        tot,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        its,
        "sales tax 7.75 % only on T items ('TAX ... ON taxable'); CRV deposits and CA bag fee are untaxed non-tax charges inside the subtotal",
    )
    return r.page(), tr


def r10(rng: random.Random) -> tuple[Page, Truth]:
    """Canada (British Columbia): electronics, eco fee (EHF) lines, GST 5 % + PST 7 %."""
    r = Roll("r10", 80)
    vendor = "Pacific Coast Electronics Ltd."
    its = items(
        [
            ("LG 27in 4K monitor 27UP650", 1, "379.99"),
            ("  EHF Display device", 1, "12.25"),
            ("Logitech MX Keys S", 1, "139.99"),
            ("HDMI 2.1 cable 2m", 2, "24.99"),
            ("Laptop 14in Ryzen 7", 1, "899.00"),
            ("  EHF Portable computer", 1, "1.60"),
        ]
    )
    sub = total_of(its)
    gst = q2(sub * D(5) / 100)
    pst = q2(sub * D(7) / 100)
    tot = sub + gst + pst
    r.c("PACIFIC COAST", "DVB", 14, 17)
    r.c("ELECTRONICS", "DV", 10, 13)
    r.c("Pacific Coast Electronics Ltd.", "DV", 7.5)
    r.c("2288 W Broadway, Vancouver BC V6K 2E4", "DV", 7.5)
    r.c("GST/HST Reg. 79214 0386 RT0001", "DV", 7.5)
    r.c("PST Reg. PST-1028-4471", "DV", 7.5)
    r.rule()
    r.l("SALES RECEIPT  #V2-118903", "DVB", 9)
    r.lr("2026-03-26 14:05", "Sales: Devin M.", "DV", 8)
    r.rule()
    for it in its:
        r.lr(it.desc if it.qty == 1 else f"{it.desc} x{qty_s(it.qty)}", us(it.amt), "DV", 8.5)
    r.rule()
    r.lr("Subtotal", us(sub), "DV", 9)
    r.lr("GST 5%", us(gst), "DV", 9)
    r.lr("PST 7%", us(pst), "DV", 9)
    r.lr("TOTAL", us(tot), "DVB", 12, 16)
    r.rule()
    r.lr("Mastercard Chip ****7731", us(tot), "DV", 8.5)
    r.l("Auth 493120  APPROVED", "DV", 8.5)
    r.rule()
    r.l("EHF = Environmental Handling Fee remitted", "DV", 7)
    r.l("to Return-It Electronics. EHF is not a", "DV", 7)
    r.l("government tax; GST and PST apply to it.", "DV", 7)
    r.l("Returns within 15 days with receipt.", "DV", 7)
    r.bar(170, 26, rng)
    tr = Truth(
        "V2-118903",
        date(2026, 3, 26),
        None,
        vendor,
        sub,
        gst + pst,
        tot,
        "CAD",
        "en-CA",
        "receipt",
        "receipt",
        its,
        "GST 5 % + PST 7 % (vat = sum); environmental handling fees (EHF) are charges inside the net, not taxes",
    )
    return r.page(), tr


def r11(rng: random.Random) -> tuple[Page, Truth]:
    """Denmark: bakery, prices incl. 25 % moms, 'Heraf moms' line, MobilePay."""
    r = Roll("r11", 58, margin=2.5 * mm)
    vendor = "Bageriet Kornblomsten ApS"
    its = items(
        [
            ("Rugbrød, stort", 1, "42.00"),
            ("Kanelsnegl", 4, "24.00"),
            ("Tebirkes", 2, "14.00"),
            ("Cappuccino", 2, "42.00"),
            ("Hindbærsnitte", 1, "28.00"),
        ]
    )
    tot = total_of(its)
    net, moms = inclusive(tot, D(25))
    dk = lambda x: de(x)  # noqa: E731
    r.c("Kornblomsten", "DVSI", 14, 17)
    r.c("BAGERIET", "DVS", 8)
    r.c("Bageriet Kornblomsten ApS", "DVS", 7)
    r.c("Jægersborggade 31, 2200 København N", "DVS", 7)
    r.c("CVR 41 28 77 09", "DVS", 7)
    r.rule(dash=False, lw=0.3)
    r.lr("Bon 77412", "11-03-2026 08:14", "DVS", 7.5)
    r.rule(dash=False, lw=0.3)
    for it in its:
        r.lr(f"{qty_s(it.qty)} {it.desc}", dk(it.amt), "DVS", 8)
    r.rule(dash=False, lw=0.3)
    r.lr("I alt DKK", dk(tot), "DVSB", 10, 14)
    r.lr("Heraf moms 25%", dk(moms), "DVS", 7.5)
    r.lr("MobilePay", dk(tot), "DVS", 7.5)
    r.rule(dash=False, lw=0.3)
    r.c("Tak for besøget - god dag!", "DVSI", 7.5)
    tr = Truth(
        "77412",
        date(2026, 3, 11),
        None,
        vendor,
        net,
        moms,
        tot,
        "DKK",
        "da-DK",
        "receipt",
        "receipt",
        its,
        "58 mm; prices incl. 25 % moms; only 'Heraf moms' printed (amount = total - moms); date dd-mm-yyyy",
    )
    return r.page(), tr


def r12(rng: random.Random) -> tuple[Page, Truth]:
    """Mexico: corner store ticket, IVA 16 % included on some items, 0 % on basic food."""
    r = Roll("r12", 80)
    vendor = "Abarrotes La Esperanza, S.A. de C.V."
    its = items(
        [
            ("TORTILLA MAIZ 1KG", 2, "24.00", "0"),
            ("LECHE ENTERA 1L", 3, "28.50", "0"),
            ("HUEVO BLANCO 18PZ", 1, "64.90", "0"),
            ("REFRESCO COLA 2.5L", 1, "42.00", "16"),
            ("PAPAS FRITAS 170G", 2, "39.50", "16"),
            ("DETERGENTE 1KG", 1, "46.80", "16"),
            ("FRIJOL NEGRO 900G", 1, "38.90", "0"),
        ]
    )
    g16, g0 = total_of(its, "16"), total_of(its, "0")
    n16, t16 = inclusive(g16, D(16))
    tot = g16 + g0
    cash = D("500.00")
    r.c("ABARROTES", "DVCB", 15, 18)
    r.c("LA ESPERANZA", "DVCB", 15, 18)
    r.c("Abarrotes La Esperanza, S.A. de C.V.", "DVC", 8)
    r.c("RFC: AES0903158X2", "DVC", 8)
    r.c("Av. Revolución 1423, Col. San Ángel", "DVC", 8)
    r.c("Álvaro Obregón, CDMX, C.P. 01000", "DVC", 8)
    r.rule()
    r.lr("TICKET: 00018842", "CAJA: 02", "DVC", 8.5)
    r.lr("FECHA: 17/03/2026", "HORA: 10:33", "DVC", 8.5)
    r.rule()
    for it in its:
        r.row(
            [
                (r.L, qty_s(it.qty), "l"),
                (r.L + 14, it.desc, "l"),
                (r.R - 36, us(it.unit), "r"),
                (r.R, us(it.amt), "r"),
            ],
            "DVC",
            8.5,
        )
    r.rule()
    r.lr("SUBTOTAL", f"${us(n16 + g0)}", "DVC", 9)
    r.lr("IVA 16%", f"${us(t16)}", "DVC", 9)
    r.lr("IVA 0%", "$0.00", "DVC", 9)
    r.lr("TOTAL", f"${us(tot)}", "DVCB", 12, 16)
    r.lr("EFECTIVO", f"${us(cash)}", "DVC", 9)
    r.lr("CAMBIO", f"${us(cash - tot)}", "DVC", 9)
    r.rule()
    r.c("PRECIOS CON IVA INCLUIDO", "DVC", 8)
    r.c(f"ARTÍCULOS: {int(sum(i.qty for i in its))}", "DVC", 8)
    r.c("Facture su ticket en 72 hrs en", "DVC", 8)
    r.c("www.laesperanza.mx/facturacion", "DVC", 8)
    r.c("¡GRACIAS POR SU COMPRA!", "DVCB", 8, 14)
    tr = Truth(
        "00018842",
        date(2026, 3, 17),
        None,
        vendor,
        n16 + g0,
        t16,
        tot,
        "MXN",
        "es-MX",
        "receipt",
        "receipt",
        its,
        "prices include IVA; 16 % items and 0 % basic food; SUBTOTAL printed net of IVA although lines are gross; IVA 0 % line 0.00",
    )
    return r.page(), tr


def r13(rng: random.Random) -> tuple[Page, Truth]:
    """Finland: café, tax only as a percentage note ('hinnat sisältävät alv 13,5 %')."""
    r = Roll("r13", 58, margin=2.5 * mm)
    vendor = "Kahvila Pikku-Leipuri Oy"
    its = items(
        [
            ("Korvapuusti", 2, "3.90"),
            ("Karjalanpiirakka", 2, "2.80"),
            ("Kahvi iso", 1, "3.60"),
            ("Kaakao", 1, "4.20"),
            ("Lohikeitto", 1, "14.50"),
        ]
    )
    tot = total_of(its)
    r.c("Pikku-Leipuri", "DVB", 12, 15)
    r.c("Kahvila Pikku-Leipuri Oy", "DV", 7)
    r.c("Hämeenkatu 14, 33100 Tampere", "DV", 7)
    r.c("Y-tunnus 3108427-6", "DV", 7)
    r.rule()
    r.l("KUITTI 10-22871", "DVB", 8)
    r.l("16.03.2026 klo 12.41", "DV", 7.5)
    r.rule()
    for it in its:
        r.lr(f"{qty_s(it.qty)} x {it.desc}", de(it.amt), "DV", 7.5)
    r.rule()
    r.lr("YHTEENSÄ EUR", de(tot), "DVB", 10, 14)
    r.lr("Pankkikortti", de(tot), "DV", 7.5)
    r.rule()
    r.c("Hinnat sisältävät", "DV", 7)
    r.c("arvonlisäveron 13,5 %.", "DV", 7)
    r.c("Kiitos käynnistä!", "DVO", 7.5, 12)
    tr = Truth(
        "10-22871",
        date(2026, 3, 16),
        None,
        vendor,
        tot,
        None,
        tot,
        "EUR",
        "fi-FI",
        "receipt",
        "receipt",
        its,
        "tax printed only as a percentage note (ALV 13,5 % included) with no amount: keyed vat null, amount = total",
    )
    return r.page(), tr


def r14(rng: random.Random) -> tuple[Page, Truth]:
    """Ireland: pharmacy, VAT analysis 0 % / 13.5 % / 23 %, cash rounding to 5 cent."""
    r = Roll("r14", 76)
    vendor = "Doherty's Pharmacy Ltd"
    its = items(
        [
            ("Calpol 6+ 200ml", 1, "8.49", "0"),
            ("Solpadeine Max 20s", 1, "7.95", "0"),
            ("Vitamin D3 drops", 1, "9.99", "13.5"),
            ("Nivea SPF30 200ml", 1, "12.99", "23"),
            ("Toothpaste x2", 1, "5.50", "23"),
        ]
    )
    groups = []
    for rate in ("0", "13.5", "23"):
        g = total_of(its, rate)
        n, t = inclusive(g, D(rate))
        groups.append((rate, n, t, g))
    exact = total_of(its)
    tot = q2((exact * 20).quantize(Decimal(1), ROUND_HALF_UP) / 20)
    rnd = tot - exact
    vat = sum((g[2] for g in groups), Decimal(0))
    net = sum((g[1] for g in groups), Decimal(0))
    cash = D("50.00")
    r.c("DOHERTY'S", "DVSB", 15, 18)
    r.c("PHARMACY", "DVS", 9)
    r.c("Doherty's Pharmacy Ltd", "DV", 7.5)
    r.c("14 Shop Street, Galway H91 X2F4", "DV", 7.5)
    r.c("VAT No. IE 3284417RH", "DV", 7.5)
    r.rule()
    for it in its:
        r.lr(it.desc, f"{us(it.amt)}  {'V' + it.tag if it.tag != '0' else 'V0'}", "DV", 8.5)
    r.rule()
    r.lr("Sub-total", us(exact), "DV", 9)
    r.lr("Rounding", us(rnd), "DV", 9)
    r.lr("TOTAL EUR", us(tot), "DVB", 11.5, 15)
    r.lr("Cash", us(cash), "DV", 9)
    r.lr("Change", us(cash - tot), "DV", 9)
    r.rule()

    def cols(a, b, c, d):
        return [
            (r.L, a, "l"),
            (r.L + 85, b, "r"),
            (r.L + 130, c, "r"),
            (r.R, d, "r"),
        ]

    r.row(cols("VAT", "Net", "VAT", "Gross"), "DVB", 7.5)
    for rate, n, t, g in groups:
        r.row(cols(f"V{rate} {rate}%", us(n), us(t), us(g)), "DV", 7.5)
    r.rule()
    r.l("Receipt 40-118733  Till 2  Ciara", "DV", 7.5)
    r.l("05/03/2026 16:20", "DV", 7.5)
    r.c("Cash totals rounded to nearest 5c", "DV", 7)
    tr = Truth(
        "40-118733",
        date(2026, 3, 5),
        None,
        vendor,
        net,
        vat,
        tot,
        "EUR",
        "en-IE",
        "receipt",
        "receipt",
        its,
        "three VAT rates (0 / 13.5 / 23 %) in an analysis table; cash rounding to 5 cent after the sub-total",
        rounding=rnd,
    )
    return r.page(), tr


def r15(rng: random.Random) -> tuple[Page, Truth]:
    """Czech Republic: restaurant, DPH 12 % and 21 % base/tax table, rounding to whole koruna."""
    r = Roll("r15", 80)
    vendor = "Restaurace U Zlatého soudku s.r.o."
    its = items(
        [
            ("Svíčková na smetaně", 2, "245.00", "12"),
            ("Smažený sýr, hranolky", 1, "219.00", "12"),
            ("Pilsner Urquell 0,5l", 4, "72.00", "21"),
            ("Kofola 0,3l", 1, "49.90", "12"),
            ("Jablečný štrúdl", 2, "95.00", "12"),
        ]
    )
    groups = []
    for rate in ("12", "21"):
        g = total_of(its, rate)
        n, t = inclusive(g, D(rate))
        groups.append((rate, n, t, g))
    exact = total_of(its)
    tot = q0(exact)
    rnd = tot - exact
    cz = lambda x: fm(x, " ", ",")  # noqa: E731
    r.c("U ZLATÉHO SOUDKU", "DVSB", 13, 16)
    r.c("Restaurace U Zlatého soudku s.r.o.", "DVS", 7.5)
    r.c("Ostrovní 2063/27, 110 00 Praha 1", "DVS", 7.5)
    r.c("IČO: 08412773  DIČ: CZ08412773", "DVS", 7.5)
    r.rule()
    r.c("ÚČTENKA č. 2026/04419", "DVSB", 9)
    r.lr("Stůl: 9", "Obsluha: Petr", "DVS", 8)
    r.lr("Datum: 20.03.2026", "Čas: 20:17", "DVS", 8)
    r.rule()
    for it in its:
        r.row(
            [(r.L, f"{qty_s(it.qty)}x", "l"), (r.L + 16, it.desc, "l"), (r.R, cz(it.amt), "r")],
            "DVS",
            8.5,
        )
    r.rule()
    r.lr("Mezisoučet", cz(exact), "DVS", 9)
    r.lr("Zaokrouhlení", cz(rnd), "DVS", 9)
    r.lr("CELKEM Kč", cz(tot), "DVSB", 12, 16)
    r.lr("Platba: hotově", cz(tot), "DVS", 8.5)
    r.rule()

    def cols(a, b, c, d):
        return [
            (r.L, a, "l"),
            (r.L + 95, b, "r"),
            (r.L + 145, c, "r"),
            (r.R, d, "r"),
        ]

    r.row(cols("Sazba", "Základ", "DPH", "Celkem"), "DVSB", 7.5)
    for rate, n, t, g in groups:
        r.row(cols(f"{rate} %", cz(n), cz(t), cz(g)), "DVS", 7.5)
    r.rule()
    r.c("Děkujeme za návštěvu!", "DVS", 8, 13)
    tr = Truth(
        "2026/04419",
        date(2026, 3, 20),
        None,
        vendor,
        sum((g[1] for g in groups), Decimal(0)),
        sum((g[2] for g in groups), Decimal(0)),
        tot,
        "CZK",
        "cs-CZ",
        "receipt",
        "receipt",
        its,
        "DPH 12 % and 21 % in a Základ/DPH table below the total; Zaokrouhlení to whole koruna",
        rounding=rnd,
    )
    return r.page(), tr


def r16(rng: random.Random) -> tuple[Page, Truth]:
    """Greece: taverna retail receipt in Greek, ΦΠΑ 13 % food and 24 % drinks."""
    r = Roll("r16", 76)
    vendor = "ΤΑΒΕΡΝΑ Ο ΜΥΛΟΣ Ι.Κ.Ε."
    its = items(
        [
            ("ΧΩΡΙΑΤΙΚΗ ΣΑΛΑΤΑ", 1, "9.50", "13"),
            ("ΤΖΑΤΖΙΚΙ", 1, "5.00", "13"),
            ("ΜΟΥΣΑΚΑΣ", 2, "13.50", "13"),
            ("ΧΤΑΠΟΔΙ ΣΧΑΡΑΣ", 1, "18.00", "13"),
            ("ΟΥΖΟ 200ML", 1, "8.00", "24"),
            ("ΚΡΑΣΙ ΧΥΜΑ 1L", 1, "12.00", "24"),
            ("ΝΕΡΟ 1L", 1, "1.50", "13"),
        ]
    )
    groups = []
    for rate in ("13", "24"):
        g = total_of(its, rate)
        n, t = inclusive(g, D(rate))
        groups.append((rate, n, t, g))
    tot = total_of(its)
    r.c("Ο ΜΥΛΟΣ", "DVSB", 16, 19)
    r.c(vendor, "DVS", 7.5)
    r.c("ΠΑΡΑΛΙΑ ΝΑΟΥΣΑΣ, 84401 ΠΑΡΟΣ", "DVS", 7.5)
    r.c("ΑΦΜ 801447320  ΔΟΥ ΝΑΞΟΥ", "DVS", 7.5)
    r.rule()
    r.c("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ", "DVSB", 8.5)
    r.lr("Α/Α: 3318", "ΤΡΑΠΕΖΙ 21", "DVS", 8)
    r.lr("ΗΜ/ΝΙΑ: 04/03/2026", "ΩΡΑ: 21:34", "DVS", 8)
    r.rule()
    for it in its:
        r.row(
            [
                (r.L, qty_s(it.qty), "l"),
                (r.L + 12, it.desc, "l"),
                (r.R - 26, de(it.amt), "r"),
                (r.R, f"{it.tag}%", "r"),
            ],
            "DVS",
            8,
        )
    r.rule()
    r.lr("ΣΥΝΟΛΟ €", de(tot), "DVSB", 12, 16)
    r.rule()

    def cols(a, b, c, d):
        return [
            (r.L, a, "l"),
            (r.L + 80, b, "r"),
            (r.L + 125, c, "r"),
            (r.R, d, "r"),
        ]

    r.row(cols("ΦΠΑ", "ΚΑΘΑΡΗ", "ΦΠΑ", "ΜΙΚΤΗ"), "DVSB", 7)
    for rate, n, t, g in groups:
        r.row(cols(f"{rate}%", de(n), de(t), de(g)), "DVS", 7)
    r.rule()
    r.lr("ΚΑΡΤΑ", de(tot), "DVS", 8)
    r.l("MARK 400001928374615", "DVS", 7)
    r.qr(64, rng)
    r.c("ΕΥΧΑΡΙΣΤΟΥΜΕ ΠΟΛΥ!", "DVS", 8, 14)
    tr = Truth(
        "3318",
        date(2026, 3, 4),
        None,
        vendor,
        sum((g[1] for g in groups), Decimal(0)),
        sum((g[2] for g in groups), Decimal(0)),
        tot,
        "EUR",
        "el-GR",
        "receipt",
        "receipt",
        its,
        "Greek script; prices incl. ΦΠΑ 13 % (food) and 24 % (drinks) with a per-rate table; receipt number printed as 'Α/Α'; myDATA MARK",
    )
    return r.page(), tr


# ---------------------------------------------------------------- degradation


def render(pdf: bytes, dpi: float) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    img = doc[0].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    return img


def thermal(a: np.ndarray, npr: np.random.Generator, fade: float) -> np.ndarray:
    """Fade the ink unevenly along the roll, with a few lighter streaks."""
    h, w = a.shape[:2]
    prof = cv2.resize(
        npr.uniform(1 - fade, 1.0, (12, 1)).astype(np.float32),
        (1, h),
        interpolation=cv2.INTER_CUBIC,
    )
    streak = np.ones((1, w), np.float32)
    for _ in range(3):
        x = int(npr.integers(0, w - 8))
        streak[0, x : x + int(npr.integers(3, 9))] = 1 - fade * 0.6
    k = np.clip(prof * streak, 0.45, 1.0)
    if a.ndim == 3:
        k = k[:, :, None]
    return 255 - (255 - a) * k


def scan(img: Image.Image, npr: np.random.Generator, o: dict) -> Image.Image:
    grey = o.get("grey", True)
    a = np.asarray(img.convert("L" if grey else "RGB")).astype(np.float32)
    if o.get("fade"):
        a = thermal(a, npr, o["fade"])
    if not grey:
        a = a * np.array([0.99, 0.97, 0.93], np.float32)
    pad = int(o.get("pad", 0))
    if pad:
        bgv = 228.0 if grey else (226.0, 226.0, 222.0)
        a = cv2.copyMakeBorder(a, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=bgv)
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), o.get("skew", 0.0), 1.0)
    border = 250.0 if grey else (250.0, 250.0, 248.0)
    a = cv2.warpAffine(
        a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )
    if o.get("blur"):
        a = cv2.GaussianBlur(a, (0, 0), o["blur"])
    a = a + npr.normal(0, o.get("noise", 4), a.shape)
    for _ in range(o.get("specks", 30)):
        x, y = int(npr.integers(0, w)), int(npr.integers(0, h))
        cv2.circle(a, (x, y), int(npr.integers(1, 3)), (float(npr.integers(30, 120)),) * 3, -1)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if o.get("width"):
        nw = o["width"]
        out = out.resize((nw, round(out.height * nw / out.width)), Image.LANCZOS)
    return out


def texture(npr: np.random.Generator, h: int, w: int, base: tuple) -> np.ndarray:
    low = cv2.resize(
        npr.normal(0, 1, (h // 60 + 2, w // 60 + 2)).astype(np.float32),
        (w, h),
        interpolation=cv2.INTER_CUBIC,
    )
    grain = cv2.resize(
        npr.normal(0, 1, (h // 2, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR
    )
    fine = npr.normal(0, 1, (h, w)).astype(np.float32)
    t = low * 10 + grain * 9 + fine * 3
    return np.stack([np.full((h, w), c, np.float32) + t for c in base], axis=2)


def fold(a: np.ndarray, npr: np.random.Generator) -> np.ndarray:
    h, _w = a.shape[:2]
    y0 = int(h * npr.uniform(0.3, 0.6))
    yy = np.arange(h, dtype=np.float32)[:, None]
    shade = 1 - 0.07 * (yy > y0) - 0.12 * np.exp(-(((yy - y0) / 3.0) ** 2))
    return a * shade[:, :, None]


def photo(img: Image.Image, npr: np.random.Generator, o: dict) -> Image.Image:
    doc = np.asarray(img.convert("RGB")).astype(np.float32)
    if o.get("fade"):
        doc = thermal(doc, npr, o["fade"])
    if o.get("fold", True):
        doc = fold(doc, npr)
    dh, dw = doc.shape[:2]
    long_side = o["long"]
    if dh >= dw:
        hh = long_side
        ww = int(hh * min(max(dw / dh * 1.3, 0.62), 0.8))
    else:
        ww = long_side
        hh = int(ww * 0.75)
    s = min(0.86 * hh / dh, 0.86 * ww / dw)
    doc = cv2.resize(doc, (round(dw * s), round(dh * s)), interpolation=cv2.INTER_AREA)
    dh, dw = doc.shape[:2]
    ox, oy = (ww - dw) / 2, (hh - dh) / 2
    j = 0.035 * ww
    dst = np.float32(
        [
            [ox + npr.uniform(-j, j), oy + npr.uniform(-j, j)],
            [ox + dw + npr.uniform(-j, j), oy + npr.uniform(-j, j)],
            [ox + dw + npr.uniform(-j, j), oy + dh + npr.uniform(-j, j)],
            [ox + npr.uniform(-j, j), oy + dh + npr.uniform(-j, j)],
        ]
    )
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, m, (ww, hh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), m, (ww, hh), flags=cv2.INTER_LINEAR)
    bg = texture(npr, hh, ww, o.get("bg", (120, 86, 58)))
    sh = cv2.GaussianBlur(
        np.roll(mask, (int(0.012 * hh), int(0.012 * ww)), axis=(0, 1)), (0, 0), 0.01 * ww + 3
    )
    bg = bg * (1 - 0.45 * sh[:, :, None])
    out = bg * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    yy, xx = np.mgrid[0:hh, 0:ww].astype(np.float32)
    gx, gy = npr.uniform(-1, 1), npr.uniform(-1, 1)
    light = 0.9 + 0.12 * (gx * (xx / ww - 0.5) + gy * (yy / hh - 0.5))
    light -= 0.12 * ((xx / ww - 0.5) ** 2 + (yy / hh - 0.5) ** 2)
    cx, cy = npr.uniform(0.2, 0.8) * ww, npr.uniform(0.2, 0.8) * hh
    blob = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * (0.25 * ww) ** 2)))
    light -= 0.1 * blob * (xx > cx)
    out = out * light[:, :, None] * np.array(o.get("tint", (1.0, 0.97, 0.92)), np.float32)
    out = cv2.GaussianBlur(out, (0, 0), o.get("blur", 0.7)) + npr.normal(0, 3, out.shape)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def image_pdf(img: Image.Image, dpi: float) -> bytes:
    buf = io.BytesIO()
    w, h = img.width * 72 / dpi, img.height * 72 / dpi
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    c.drawImage(ImageReader(img), 0, 0, w, h)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- registry

Fn = Callable[[random.Random], tuple[Page, Truth]]
# name, function, output kind (pdf / png scan / jpg photo / image-only pdf), country, type, options
DOCS: list[tuple[str, Fn, str, str, str, dict]] = [
    ("i01", i01, "pdf", "Spain", "freelancer invoice, IVA + IRPF withholding", {}),
    (
        "i02",
        i02,
        "png",
        "Italy",
        "professional fee, cassa + IVA + ritenuta",
        {"dpi": 200, "grey": True, "blur": 0.6, "skew": -1.2, "noise": 5, "specks": 60},
    ),
    ("i03", i03, "pdf", "Philippines", "service invoice, VAT 12 % + 2 % EWT", {}),
    ("i04", i04, "pdf", "India", "GST tax invoice (CGST+SGST), 2 pages, TDS note", {}),
    (
        "i05",
        i05,
        "png",
        "Germany",
        "§ 19 UStG Kleinunternehmer",
        {
            "dpi": 150,
            "grey": False,
            "blur": 0.5,
            "skew": 0.8,
            "noise": 4,
            "specks": 25,
            "width": 720,
        },
    ),
    (
        "i06",
        i06,
        "jpg",
        "France",
        "auto-entrepreneur, art. 293 B",
        {"dpi": 170, "long": 2100, "q": 72, "bg": (96, 98, 104)},
    ),
    ("i07", i07, "pdf", "Netherlands", "intra-community supply, 0 % BTW", {}),
    (
        "i08",
        i08,
        "imgpdf",
        "Austria",
        "reverse charge to IT business",
        {"dpi": 200, "grey": True, "blur": 0.7, "skew": 1.5, "noise": 6, "specks": 80},
    ),
    ("i09", i09, "pdf", "Canada (QC)", "TPS + TVQ, French", {}),
    ("i10", i10, "pdf", "USA (CO)", "state + county + city + district sales tax, 2 pages", {}),
    (
        "i11",
        i11,
        "png",
        "Switzerland",
        "MWST 8.1 % + 2.6 %, rounding, QR-bill",
        {"dpi": 240, "grey": False, "blur": 0.8, "skew": -0.6, "noise": 4, "specks": 40},
    ),
    (
        "i12",
        i12,
        "jpg",
        "Poland",
        "Faktura VAT 23 % + 5 %",
        {"dpi": 170, "long": 2300, "q": 66, "bg": (150, 112, 78)},
    ),
    (
        "i13",
        i13,
        "png",
        "Portugal",
        "health services exempt, IVA 0,00",
        {"dpi": 300, "grey": True, "blur": 1.0, "skew": 1.9, "noise": 7, "specks": 120},
    ),
    ("i14", i14, "pdf", "Sweden", "moms 25 % + öresavrundning", {}),
    (
        "i15",
        i15,
        "imgpdf",
        "Australia",
        "tax invoice, GST-inclusive",
        {"dpi": 180, "grey": False, "blur": 0.6, "skew": -1.0, "noise": 4, "specks": 30},
    ),
    (
        "i16",
        i16,
        "jpg",
        "Belgium",
        "credit note, BTW 21 %, negative",
        {"dpi": 170, "long": 1800, "q": 78, "bg": (70, 70, 74)},
    ),
    (
        "r01",
        r01,
        "png",
        "Japan",
        "konbini receipt, 8 %/10 % tax-inclusive",
        {
            "dpi": 200,
            "grey": True,
            "blur": 0.6,
            "skew": 1.1,
            "noise": 5,
            "specks": 20,
            "fade": 0.35,
            "pad": 40,
        },
    ),
    (
        "r02",
        r02,
        "jpg",
        "Germany",
        "supermarket, MwSt A/B, Pfand",
        {"dpi": 220, "long": 2200, "q": 70, "fade": 0.3, "bg": (132, 96, 64)},
    ),
    (
        "r03",
        r03,
        "jpg",
        "Canada (ON)",
        "restaurant, HST 13 % + tip",
        {"dpi": 220, "long": 1900, "q": 64, "fade": 0.2, "bg": (40, 42, 48)},
    ),
    (
        "r04",
        r04,
        "png",
        "France",
        "bistro, TTC, TVA 10 %/20 %",
        {
            "dpi": 180,
            "grey": True,
            "blur": 0.5,
            "skew": -1.6,
            "noise": 4,
            "specks": 25,
            "fade": 0.3,
            "pad": 30,
            "width": 650,
        },
    ),
    ("r05", r05, "pdf", "United Kingdom", "bookshop café, VAT S/Z", {}),
    ("r06", r06, "pdf", "Italy", "pharmacy documento commerciale", {}),
    (
        "r07",
        r07,
        "jpg",
        "Singapore",
        "restaurant, service charge + GST",
        {"dpi": 220, "long": 1700, "q": 76, "fade": 0.15, "bg": (168, 160, 150)},
    ),
    (
        "r08",
        r08,
        "png",
        "Malaysia",
        "restaurant, service charge + SST, rounding",
        {
            "dpi": 240,
            "grey": True,
            "blur": 0.7,
            "skew": 0.9,
            "noise": 5,
            "specks": 30,
            "fade": 0.4,
            "pad": 36,
        },
    ),
    ("r09", r09, "pdf", "USA (CA)", "grocery, sales tax on T items, CRV", {}),
    (
        "r10",
        r10,
        "imgpdf",
        "Canada (BC)",
        "electronics, GST + PST, eco fee",
        {
            "dpi": 200,
            "grey": True,
            "blur": 0.6,
            "skew": -0.7,
            "noise": 5,
            "specks": 30,
            "fade": 0.3,
            "pad": 30,
        },
    ),
    ("r11", r11, "pdf", "Denmark", "bakery, heraf moms 25 %", {}),
    (
        "r12",
        r12,
        "jpg",
        "Mexico",
        "ticket, IVA 16 % / 0 % included",
        {"dpi": 220, "long": 2000, "q": 62, "fade": 0.25, "bg": (110, 130, 150)},
    ),
    ("r13", r13, "pdf", "Finland", "café, ALV only as a % note", {}),
    (
        "r14",
        r14,
        "png",
        "Ireland",
        "pharmacy, 3 VAT rates, 5c rounding",
        {
            "dpi": 200,
            "grey": False,
            "blur": 0.5,
            "skew": 1.4,
            "noise": 4,
            "specks": 20,
            "fade": 0.25,
            "pad": 30,
            "width": 660,
        },
    ),
    ("r15", r15, "pdf", "Czech Republic", "restaurant, DPH 12 %/21 %, rounding", {}),
    (
        "r16",
        r16,
        "png",
        "Greece",
        "taverna, ΦΠΑ 13 %/24 %",
        {
            "dpi": 260,
            "grey": True,
            "blur": 0.8,
            "skew": -1.9,
            "noise": 6,
            "specks": 40,
            "fade": 0.3,
            "pad": 40,
        },
    ),
]

TRUTH_KIND = {"pdf": "pdf", "png": "scan", "imgpdf": "scan", "jpg": "photo"}


def build(name: str, fn: Fn, kind: str, opts: dict, out: Path) -> dict:
    seed = zlib.crc32(name.encode())
    page, tr = fn(random.Random(seed))
    pdf = page.pdf()
    npr = np.random.default_rng(seed)
    if kind == "pdf":
        (out / f"{name}.pdf").write_bytes(pdf)
    elif kind == "png":
        scan(render(pdf, opts["dpi"]), npr, opts).save(out / f"{name}.png", optimize=False)
    elif kind == "imgpdf":
        img = scan(render(pdf, opts["dpi"]), npr, opts)
        (out / f"{name}.pdf").write_bytes(image_pdf(img, opts["dpi"]))
    else:
        buf = io.BytesIO()
        photo(render(pdf, opts["dpi"]), npr, opts).save(buf, "JPEG", quality=opts["q"])
        (out / f"{name}.jpg").write_bytes(buf.getvalue())
    truth = tr.to_json(TRUTH_KIND[kind])
    (out / f"{name}.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return truth


README_HEAD = """# Blind set 2026-14f: tax regimes

16 invoices (`i01`..`i16`) and 16 receipts (`r01`..`r16`), each from a different country or
province, in its language and with its local date and number formats. The focus is how the tax
is stated: withholding deducted from the payable amount, reverse charge and intra-community
supplies at 0 %, exempt and small-business documents, several rates with a per-rate table,
split taxes (CGST+SGST, GST+QST, GST+PST, HST, US state + county + city + district),
tax-inclusive prices, tax added at the end, service charge plus tax, deposits and eco fees that
are not tax, cash rounding, and a tax given only as a percentage note.

Generated by `bench/blindsets/blind_2026_14f.py` (run `python -m bench.blindsets.blind_2026_14f
[OUTDIR] [--only NAME]` from the repository root). Every document is drawn by its own function
with reportlab (`invariant=1`); every random choice (QR modules, barcodes, degradation) is seeded
with the CRC-32 of the document name, so re-runs are byte-identical. The generator checks that
every text run lies on the page and overlaps no other run (`LayoutError`), and asserts the
arithmetic identity of every truth file. Fonts: DejaVu Sans / Mono / Serif / Condensed and
reportlab's Helvetica and Courier. The set was drawn without looking at the reader.

## How the kinds are drawn
- **pdf**: born-digital PDF with a text layer (A4 or Letter invoices; receipts on 58/76/80 mm
  rolls as long as their content). `i04` and `i10` have two pages.
- **scan (png)**: page rendered with pypdfium2 at 150-300 dpi, grey or colour, skewed by up to
  ±2°, blurred, noise and specks; receipts get uneven thermal fading and a scanner-bed margin;
  `i05`, `r04` and `r14` are downscaled to about 650-720 px wide.
- **scan (image-only pdf)**: the same degraded scan embedded as the only page content (`i08`,
  `i15`, `r10`); no text layer.
- **photo (jpg)**: perspective onto a textured background, drop shadow, uneven light, a fold,
  slight blur and noise, JPEG quality 62-78, long side 1,700-2,300 px.

## Truth conventions
- `amount` is the net before tax, keyed as printed when the page prints a net. On tax-inclusive
  documents that print no net (`r01`, `r06`, `r11`, `i15`) `amount = total - vat`.
- `vat` is the sum of all taxes the page prints (CGST+SGST, TPS+TVQ, GST+PST, the four US
  sales-tax lines, several VAT rates). It is `null` when no tax amount is printed at all (`i05`
  § 19 UStG, `i06` art. 293 B, `r13` where the tax is only a percentage note; then
  `amount = total`). When the page prints a tax line of zero (reverse charge `i08`,
  intra-community `i07`, exempt health services `i13`) `vat` is `"0.00"`.
- `total` is the amount the document says is payable / was paid.
- Withholding (`i01` IRPF, `i02` ritenuta d'acconto, `i03` EWT): `amount` and `vat` as printed,
  `total` is the payable amount after the withholding, and the extra key `withholding` holds the
  deducted amount, so `amount + vat + tip + rounding - withholding == total`. The Indian TDS on
  `i04` is only a note, nothing is deducted, so there is no `withholding` key there.
- Every other file satisfies `amount + vat + tip + rounding == total` (vat 0 when null), where
  `tip` is a tip on the card slip (`r03`: keyed total includes the tip) and `rounding` is the
  printed cash-rounding / round-off line (`i04`, `i11`, `i14`, `r08`, `r14`, `r15`); neither
  has a key of its own, they are the difference.
- Service charges (`r07`, `r08`) are not tax: they are part of `amount`. Deposits and fees
  (Pfand and Leergut in `r02`, CRV and bag fee in `r09`, EHF in `r10`, INARCASSA in `i02`) are
  not tax either and are part of `amount`.
- Credit note (`i16`): `document_type` `credit_note`, amounts keyed negative exactly as printed
  (line items too).
- `invoice_number`: the document's own number (receipt / ticket / bill / Bon number on
  receipts), exactly as printed without its label. `due_date` only when a date is printed
  ("30 days" or "payable on receipt" give `null`).
- `vendor_name`: the seller's legal name as printed on the page (with its legal form).
- `line_items`: as printed, strings; on tax-inclusive documents the prices are gross, on
  tax-exclusive ones net. Quantities are decimal strings ("3.5", "144").
- Currencies printed without decimals (JPY) are keyed with `.00`.
- `locale` is the document's formatting locale; `r01` is a Japanese convenience-store receipt
  printed in English (no CJK font is available here), keyed `ja-JP`.
- `kind`: `pdf` (born-digital), `scan` (png scans and image-only PDFs), `photo` (jpg).
"""


def readme(rows: list[tuple[str, str, str, str, dict]]) -> str:
    label = {
        "pdf": "pdf",
        "png": "scan (png)",
        "imgpdf": "scan (image-only pdf)",
        "jpg": "photo (jpg)",
    }
    out = [README_HEAD, "## Mix\n", "| kind | invoices | receipts | all |", "|---|---|---|---|"]
    for k in ("pdf", "png", "imgpdf", "jpg"):
        ni = sum(1 for n, kk, *_ in rows if kk == k and n[0] == "i")
        nr = sum(1 for n, kk, *_ in rows if kk == k and n[0] == "r")
        out.append(f"| {label[k]} | {ni} | {nr} | {ni + nr} |")
    out.append(
        f"| all | {sum(1 for r in rows if r[0][0] == 'i')} | {sum(1 for r in rows if r[0][0] == 'r')} | {len(rows)} |"
    )
    out += [
        "",
        "## Documents\n",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    ext = {"pdf": "pdf", "png": "png", "imgpdf": "pdf", "jpg": "jpg"}
    for name, k, country, typ, t in rows:
        out.append(
            f"| {name}.{ext[k]} | {label[k]} | {country} | {typ} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    args = ap.parse_args(argv)
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, fn, kind, country, typ, opts in DOCS:
        if args.only and name != args.only:
            continue
        truth = build(name, fn, kind, opts, out)
        rows.append((name, kind, country, typ, truth))
        print(name, kind, truth["total"], truth["currency"])
    if not args.only:
        (out / "README.md").write_text(readme(rows), encoding="utf-8")


if __name__ == "__main__":
    main()
