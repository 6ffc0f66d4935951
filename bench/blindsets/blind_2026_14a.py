# ruff: noqa: E501
"""Blind set 14a: 2026 e-invoicing renderings and fiscal till receipts (12 invoices, 12 receipts).

Run from /work/main:  python -m bench.blindsets.blind_2026_14a [OUTDIR] [--only NAME]
Every random choice is seeded with the CRC-32 of the document name, so re-runs are byte-identical.
"""

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
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

MM = 72 / 25.4
D = Decimal
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
for _alias, _file in {
    "DV": "DejaVuSans",
    "DVB": "DejaVuSans-Bold",
    "DM": "DejaVuSansMono",
    "DMB": "DejaVuSansMono-Bold",
    "DS": "DejaVuSerif",
    "DSB": "DejaVuSerif-Bold",
    "DC": "DejaVuSansCondensed",
    "DCB": "DejaVuSansCondensed-Bold",
}.items():
    pdfmetrics.registerFont(TTFont(_alias, FONT_DIR + _file + ".ttf"))
H, HB, TR, TB, CR, CB = (
    "Helvetica",
    "Helvetica-Bold",
    "Times-Roman",
    "Times-Bold",
    "Courier",
    "Courier-Bold",
)
GREY = colors.Color(0.35, 0.38, 0.42)
LIGHT = colors.Color(0.92, 0.93, 0.95)


class LayoutError(Exception):
    pass


# ---------------------------------------------------------------- money ----
def q(v, nd=2):
    return D(v).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def _group(ip, th, ind):
    parts = []
    if ind and len(ip) > 3:
        tail, ip = ip[-3:], ip[:-3]
        while len(ip) > 2:
            parts.insert(0, ip[-2:])
            ip = ip[:-2]
        return th.join(([ip] if ip else []) + parts + [tail])
    while len(ip) > 3:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    return th.join([ip, *parts])


def fm(v, dec=",", th=".", nd=2, ind=False):
    v = q(v, nd)
    s = f"{abs(v):.{nd}f}"
    ip, _, fp = s.partition(".")
    out = _group(ip, th, ind) + (dec + fp if nd else "")
    return "-" + out if v < 0 else out


def s2(v):
    return f"{q(v):.2f}"


def qty_s(v):
    v = D(v).normalize()
    return f"{v:f}"


class Sums:
    """Line items and per-rate tax groups. mode 'net': prices before tax; 'gross': prices include tax."""

    def __init__(self, items, mode="net", nd=2, extra=None):
        self.lines = []
        self.groups = {}
        for it in items:
            desc, qty, unit, rate = it[:4]
            disc = D(it[4]) if len(it) > 4 else D(0)
            amt = q(D(qty) * D(unit) * (1 - disc / 100), nd)
            self.lines.append((desc, D(qty), D(unit), amt, rate, disc))
            self.groups[rate] = self.groups.get(rate, D(0)) + amt
        for rate, v in (extra or {}).items():
            self.groups[rate] = self.groups.get(rate, D(0)) + D(v)
        self.tax = {}
        for rate, v in self.groups.items():
            r = D(rate)
            if mode == "net":
                vat = q(v * r / 100, nd)
                self.tax[rate] = (v, vat, v + vat)
            else:
                vat = q(v * r / (100 + r), nd)
                self.tax[rate] = (v - vat, vat, v)
        self.net = sum((t[0] for t in self.tax.values()), D(0))
        self.vat = sum((t[1] for t in self.tax.values()), D(0))
        self.total = sum((t[2] for t in self.tax.values()), D(0))

    def items_json(self):
        return [
            {
                "description": ln[0],
                "quantity": qty_s(ln[1]),
                "unit_price": s2(ln[2]),
                "amount": s2(ln[3]),
            }
            for ln in self.lines
        ]


def truth(
    num, date, due, vendor, net, vat, total, cur, loc, layout, dtype, items, note, tip=0, rnd=0
):
    vv = D(0) if vat is None else D(vat)
    assert q(net) + q(vv) + q(tip) + q(rnd) == q(total), (num, net, vat, tip, rnd, total)
    return {
        "invoice_number": num,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": s2(net),
        "vat": None if vat is None else s2(vat),
        "total": s2(total),
        "currency": cur,
        "locale": loc,
        "layout": layout,
        "document_type": dtype,
        "line_items": items,
        "note": note,
    }


# -------------------------------------------------------------- drawing ----
class Doc:
    """A reportlab canvas that records every text run and refuses runs off the page or overlapping."""

    def __init__(self, size, font="DV"):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.W, self.H = size
        self.f = font
        self.boxes = []
        self.pageno = 1

    def t(self, x, y, s, sz=9, f=None, a="l", col=None):
        f = f or self.f
        w = pdfmetrics.stringWidth(s, f, sz)
        x0 = {"l": x, "r": x - w, "c": x - w / 2}[a]
        box = (x0, y - 0.2 * sz, x0 + w, y + 0.72 * sz)
        if box[0] < 1 or box[2] > self.W - 1 or box[1] < 1 or box[3] > self.H - 1:
            raise LayoutError(f"off page p{self.pageno}: {s!r} {box}")
        for ob, os_ in self.boxes:
            if (
                box[0] < ob[2] - 0.3
                and ob[0] < box[2] - 0.3
                and box[1] < ob[3] - 0.3
                and ob[1] < box[3] - 0.3
            ):
                raise LayoutError(f"overlap p{self.pageno}: {s!r} with {os_!r}")
        self.boxes.append((box, s))
        self.c.setFont(f, sz)
        self.c.setFillColor(col or colors.black)
        self.c.drawString(x0, y, s)
        return w

    def page(self):
        self.c.showPage()
        self.boxes = []
        self.pageno += 1

    def rect(self, x, y, w, h, fill=None, stroke=colors.black, lw=0.6):
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillColor(fill)
        if stroke is not None:
            self.c.setStrokeColor(stroke)
        self.c.rect(x, y, w, h, fill=int(fill is not None), stroke=int(stroke is not None))

    def line(self, x0, y0, x1, y1, lw=0.6, col=colors.black, dash=None):
        self.c.setLineWidth(lw)
        self.c.setStrokeColor(col)
        self.c.setDash(*(dash or ([], 0)))
        self.c.line(x0, y0, x1, y1)
        self.c.setDash([], 0)

    def qr(self, data, x, y, size):
        w = QrCodeWidget(data, barBorder=1)
        b = w.getBounds()
        dr = Drawing(size, size, transform=[size / (b[2] - b[0]), 0, 0, size / (b[3] - b[1]), 0, 0])
        dr.add(w)
        renderPDF.draw(dr, self.c, x, y)

    def lines(self, x, y, rows, sz=8.5, lead=None, f=None, a="l", col=None):
        lead = lead or sz * 1.3
        for r in rows:
            if r:
                self.t(x, y, r, sz, f, a, col)
            y -= lead
        return y

    def kv(self, x, y, pairs, lw, sz=8.5, lead=None, f=None, fb=None, col=None):
        lead = lead or sz * 1.35
        for k, v in pairs:
            self.t(x, y, k, sz, f, col=col)
            self.t(x + lw, y, v, sz, fb or f)
            y -= lead
        return y

    def para(self, x, y, text, width, sz=7.5, lead=None, f=None, col=None):
        f = f or self.f
        words, cur, out = text.split(), "", []
        for w in words:
            nxt = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(nxt, f, sz) > width and cur:
                out.append(cur)
                cur = w
            else:
                cur = nxt
        out.append(cur)
        return self.lines(x, y, out, sz, lead, f, col=col)

    def table(
        self,
        x,
        y,
        widths,
        aligns,
        header,
        rows,
        sz=8.5,
        f=None,
        fb=None,
        lead=None,
        fill=None,
        hcol=None,
        grid=False,
    ):
        lead = lead or sz * 1.75
        tw = sum(widths)
        if fill is not None:
            self.rect(x, y - 0.45 * lead, tw, lead, fill=fill, stroke=None)
        for r_i, row in enumerate([header, *rows]):
            cx = x
            for cell, w, al in zip(row, widths, aligns, strict=True):
                px = {"l": cx + 3, "r": cx + w - 3, "c": cx + w / 2}[al]
                if cell:
                    self.t(px, y, cell, sz, fb if r_i == 0 else f, al, hcol if r_i == 0 else None)
                cx += w
            if grid or r_i == 0:
                self.line(x, y - 0.45 * lead, x + tw, y - 0.45 * lead, 0.4)
            y -= lead
        if grid:
            cx = x
            for w in [0, *widths]:
                cx += w
                self.line(cx, y + 0.55 * lead, cx, y + lead * (len(rows) + 1.55), 0.4)
        return y

    def bytes(self):
        self.c.save()
        return self.buf.getvalue()


class Roll:
    """A till roll: collect rows, then size the page to the content."""

    def __init__(self, mm, f="DM", sz=8, lead=1.32, margin=3.5):
        self.w, self.f, self.sz, self.lead, self.m = mm * MM, f, sz, lead, margin * MM
        self.ops = []

    def _text(self, parts, sz, f):
        sz = sz or self.sz
        f = f or self.f

        def fn(d, y):
            for s, x, a in parts:
                if s:
                    d.t(x, y - sz, s, sz, f, a)

        self.ops.append((sz * self.lead, fn))

    def c(self, s, sz=None, f=None):
        self._text([(s, self.w / 2, "c")], sz, f)

    def left(self, s, sz=None, f=None):
        self._text([(s, self.m, "l")], sz, f)

    def lr(self, a, b, sz=None, f=None):
        self._text([(a, self.m, "l"), (b, self.w - self.m, "r")], sz, f)

    def cols(self, parts, sz=None, f=None):
        """parts: (text, fraction of inner width, align)."""
        iw = self.w - 2 * self.m
        self._text([(s, self.m + fr * iw, a) for s, fr, a in parts], sz, f)

    def sep(self, style="dash", h=7):
        def fn(d, y):
            dash = {"dash": ([2, 2], 0), "solid": None, "dots": ([0.6, 1.6], 0)}[style]
            d.line(
                self.m,
                y - h / 2,
                self.w - self.m,
                y - h / 2,
                0.7 if style != "solid" else 1.0,
                dash=dash,
            )

        self.ops.append((h, fn))

    def gap(self, h=5):
        self.ops.append((h, lambda d, y: None))

    def qr(self, data, mm=26):
        s = mm * MM

        def fn(d, y):
            d.qr(data, self.w / 2 - s / 2, y - s - 2, s)

        self.ops.append((s + 6, fn))

    def draw(self, h, fn):
        self.ops.append((h, fn))

    def build(self):
        top = 6 * MM
        ht = sum(h for h, _ in self.ops) + 2 * top
        d = Doc((self.w, ht), self.f)
        y = ht - top
        for h, fn in self.ops:
            fn(d, y)
            y -= h
        return d.bytes()


def wrap_mono(s, n):
    return [s[i : i + n] for i in range(0, len(s), n)]


def hexid(g, n, upper=False):
    s = "".join(g.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uuid(g, upper=False):
    h = hexid(g, 32, upper)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64(g, n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(g.choice(a) for _ in range(n))


# ------------------------------------------------------------- invoices ----
def i01(g):
    """DE: XRechnung viewer print with BT labels and Leitweg-ID."""
    de = fm
    S = Sums(
        [
            ("Wartungsvertrag Serverraum Q1/2026", "1", "1450.00", "19"),
            ("Netzwerk-Switch 24 Port PoE+", "2", "389.90", "19"),
            ("Installation vor Ort (Std.)", "6.5", "92.00", "19"),
            ("Fachbuch Netzwerksicherheit, 4. Aufl.", "3", "49.90", "7"),
        ]
    )
    d = Doc(A4, H)
    W, Ht = A4
    d.rect(0, Ht - 58, W, 58, fill=GREY, stroke=None)
    d.t(40, Ht - 36, "XRechnung", 20, HB, col=colors.white)
    d.t(
        W - 40,
        Ht - 28,
        "Visualisierung gemäß XRechnung 3.0.2 (UBL 2.1)",
        8,
        a="r",
        col=colors.white,
    )
    d.t(
        W - 40,
        Ht - 41,
        "Validierung: Dokument ist gültig (KoSIT 1.5.0)",
        8,
        a="r",
        col=colors.white,
    )
    y = Ht - 84
    d.t(40, y, "Übersicht", 12, HB)
    y -= 20
    d.rect(40, y - 92, W - 80, 104, fill=LIGHT, stroke=None)
    d.kv(
        48,
        y,
        [
            ("Rechnungsnummer (BT-1):", "RE-2026-00418"),
            ("Rechnungsdatum (BT-2):", "12.02.2026"),
            ("Rechnungsart (BT-3):", "380 - Handelsrechnung"),
            ("Währung (BT-5):", "EUR"),
            ("Fälligkeitsdatum (BT-9):", "14.03.2026"),
            ("Leitweg-ID (BT-10):", "04011000-12345-67"),
            ("Bestellnummer (BT-13):", "PO-88213"),
        ],
        128,
        8.5,
        13,
        H,
        HB,
    )
    d.kv(
        310,
        y,
        [
            ("Leistungszeitraum von:", "01.01.2026"),
            ("Leistungszeitraum bis:", "31.01.2026"),
            ("Projektreferenz (BT-11):", "SRV-BREMEN-07"),
            ("Vertragsnummer (BT-12):", "WV-2019-114"),
        ],
        110,
        8.5,
        13,
        H,
        HB,
    )
    y -= 116
    d.t(40, y, "Verkäufer (BG-4)", 11, HB)
    d.t(310, y, "Käufer (BG-7)", 11, HB)
    y -= 16
    d.lines(
        40,
        y,
        [
            "Nordlicht Systemhaus GmbH",
            "Am Wall 141",
            "28195 Bremen",
            "DE",
            "USt-IdNr. (BT-31): DE287114563",
            "Handelsregister (BT-30): HRB 31177 HB",
            "Kontakt: Jana Ohlsen, +49 421 6983-20",
        ],
        8.5,
        12,
    )
    d.lines(
        310,
        y,
        [
            "Freie Hansestadt Bremen",
            "Senator für Finanzen, Referat 12",
            "Rudolf-Hilferding-Platz 1",
            "28195 Bremen",
            "Käuferreferenz: 04011000-12345-67",
        ],
        8.5,
        12,
    )
    y -= 98
    d.t(40, y, "Rechnungspositionen (BG-25)", 11, HB)
    y -= 18
    rows = [
        [
            str(i + 1),
            ln[0],
            de(ln[1], nd=1) if ln[1] % 1 else str(ln[1]),
            "Stk" if i in (1, 3) else ("Std" if i == 2 else "Pausch."),
            de(ln[2]),
            ln[4] + " %",
            de(ln[3]),
        ]
        for i, ln in enumerate(S.lines)
    ]
    y = d.table(
        40,
        y,
        [28, 200, 42, 44, 68, 40, 93],
        "llrlrrr",
        ["Pos.", "Bezeichnung (BT-153)", "Menge", "Einheit", "Preis netto", "USt", "Betrag netto"],
        rows,
        8.5,
        H,
        HB,
        fill=LIGHT,
    )
    y -= 14
    d.t(40, y, "Umsatzsteueraufschlüsselung (BG-23)", 11, HB)
    y -= 18
    rows = [["S", r + " %", de(b), de(v)] for r, (b, v, _) in S.tax.items()]
    y = d.table(
        40,
        y,
        [80, 80, 120, 120],
        "llrr",
        ["Kategorie", "Steuersatz", "Basisbetrag (BT-116)", "Steuerbetrag (BT-117)"],
        rows,
        8.5,
        H,
        HB,
        fill=LIGHT,
    )
    y -= 14
    d.t(40, y, "Gesamtbeträge (BG-22)", 11, HB)
    y -= 18
    pairs = [
        ("Summe Nettobeträge der Positionen (BT-106):", de(S.net)),
        ("Gesamtbetrag ohne USt (BT-109):", de(S.net)),
        ("Summe Umsatzsteuer (BT-110):", de(S.vat)),
        ("Gesamtbetrag mit USt (BT-112):", de(S.total)),
        ("Gezahlter Betrag (BT-113):", "0,00"),
        ("Fälliger Betrag (BT-115):", de(S.total)),
    ]
    for k, v in pairs:
        d.t(300, y, k, 8.5)
        d.t(W - 40, y, v + " EUR", 8.5, HB, "r")
        y -= 13
    y -= 10
    d.t(40, y, "Zahlungsinformationen (BG-16)", 11, HB)
    y -= 16
    d.kv(
        40,
        y,
        [
            ("Zahlungsart (BT-81):", "58 - SEPA-Überweisung"),
            ("IBAN (BT-84):", "DE41 2905 0101 0012 8834 57"),
            ("BIC (BT-86):", "SBREDE22XXX"),
            ("Verwendungszweck (BT-83):", "RE-2026-00418 / 04011000-12345-67"),
            ("Zahlungsbedingungen (BT-20):", "Zahlbar innerhalb 30 Tagen ohne Abzug."),
        ],
        140,
        8.5,
        12.5,
    )
    d.line(40, 40, W - 40, 40, 0.4, GREY)
    d.t(
        40,
        28,
        "Erzeugt aus XML-Datei RE-2026-00418.xml  |  Spezifikation urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0",
        6.5,
        col=GREY,
    )
    t = truth(
        "RE-2026-00418",
        "2026-02-12",
        "2026-03-14",
        "Nordlicht Systemhaus GmbH",
        S.net,
        S.vat,
        S.total,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        S.items_json(),
        "XRechnung viewer: BT-coded labels, Leitweg-ID and PO number near the invoice number; 19 % + 7 %.",
    )
    return d.bytes(), t


def i02(g):
    """IT: FatturaPA ministerial stylesheet rendering (boxes, TD01, SdI id)."""
    it = fm
    S = Sums(
        [
            ("Stampa brochure A4 16 pp. quadricromia", "500", "1.84", "22"),
            ("Cartelline personalizzate con tasca", "300", "0.95", "22", "10"),
            ("Impaginazione e prove colore", "1", "180.00", "22"),
            ("Trasporto e consegna Bergamo città", "1", "35.00", "22"),
        ]
    )
    d = Doc(A4, H)
    W, Ht = A4
    d.t(40, Ht - 40, "Versione FPR12", 7, col=GREY)
    d.t(W - 40, Ht - 40, "Identificativo SdI: 14523987612", 7, a="r", col=GREY)
    d.t(W - 40, Ht - 50, "File: IT02876540163_0A7Xk.xml", 7, a="r", col=GREY)
    y = Ht - 70
    d.rect(40, y - 110, 250, 118, stroke=GREY)
    d.rect(305, y - 110, 250, 118, stroke=GREY)
    d.t(46, y - 2, "Cedente/prestatore (fornitore)", 9, HB)
    d.t(311, y - 2, "Cessionario/committente (cliente)", 9, HB)
    d.lines(
        46,
        y - 18,
        [
            "Identificativo fiscale ai fini IVA: IT02876540163",
            "Codice fiscale: 02876540163",
            "Denominazione: Officina Grafica Bertolini S.r.l.",
            "Regime fiscale: RF01 (ordinario)",
            "Indirizzo: Via Borgo Palazzo 87",
            "Comune: Bergamo  Provincia: BG",
            "Cap: 24125  Nazione: IT",
            "Telefono: 035 224 118",
        ],
        7.5,
        11.5,
    )
    d.lines(
        311,
        y - 18,
        [
            "Identificativo fiscale ai fini IVA: IT03345120984",
            "Codice fiscale: 03345120984",
            "Denominazione: Studio Associato Ferri & Locatelli",
            "Indirizzo: Piazza Vittorio Veneto 8",
            "Comune: Brescia  Provincia: BS",
            "Cap: 25122  Nazione: IT",
            "Pec: ferrilocatelli@pec.it",
        ],
        7.5,
        11.5,
    )
    y -= 132
    y = d.table(
        40,
        y,
        [90, 55, 110, 90, 85, 85],
        "llllll",
        [
            "Tipologia documento",
            "Art. 73",
            "Numero documento",
            "Data documento",
            "Codice destinatario",
            "Valuta",
        ],
        [["TD01 fattura", "", "126/FE", "05-03-2026", "M5UXCR1", "EUR"]],
        7.5,
        H,
        HB,
        fill=LIGHT,
        grid=True,
    )
    y -= 16
    rows = [
        [
            f"BRT-{i + 101}",
            ln[0],
            it(ln[1], nd=2),
            it(ln[2], nd=5 if ln[2] < 2 else 2),
            "" if ln[1] == 1 else "pz",
            (it(-ln[5], nd=2) + "%") if ln[5] else "",
            it(D(ln[4]), nd=2),
            it(ln[3]),
        ]
        for i, ln in enumerate(S.lines)
    ]
    y = d.table(
        40,
        y,
        [45, 165, 48, 60, 25, 50, 40, 82],
        "llrrlrrr",
        [
            "Cod. articolo",
            "Descrizione",
            "Quantità",
            "Prezzo unit.",
            "UM",
            "Sconto/mag.",
            "%IVA",
            "Prezzo totale",
        ],
        rows,
        7,
        H,
        HB,
        fill=LIGHT,
        grid=True,
    )
    y -= 18
    d.t(40, y, "RIEPILOGHI IVA E TOTALI", 8.5, HB)
    y -= 14
    rows = [["", it(D(r), nd=2), "", "", it(b), it(v)] for r, (b, v, _) in S.tax.items()]
    y = d.table(
        40,
        y,
        [165, 45, 70, 40, 100, 95],
        "lrrrrr",
        [
            "esigibilità iva / riferimenti normativi",
            "%IVA",
            "Spese accessorie",
            "Arr.",
            "Totale imponibile",
            "Totale imposta",
        ],
        [["I (esigibilità immediata)", *rows[0][1:]]],
        7.5,
        H,
        HB,
        fill=LIGHT,
        grid=True,
    )
    y -= 10
    y = d.table(
        40,
        y,
        [125, 130, 60, 200],
        "lrrr",
        ["Importo bollo", "Sconto/Maggiorazione", "Arr.", "Totale documento"],
        [["", "", "", it(S.total)]],
        7.5,
        H,
        HB,
        fill=LIGHT,
        grid=True,
    )
    y -= 16
    y = d.table(
        40,
        y,
        [120, 150, 75, 70, 100],
        "llllr",
        ["Modalità pagamento", "IBAN", "Istituto", "Data scadenza", "Importo"],
        [["MP05 bonifico", "IT60X0542811101000000123456", "BPER Banca", "04-04-2026", it(S.total)]],
        7,
        H,
        HB,
        fill=LIGHT,
        grid=True,
    )
    y -= 20
    d.para(
        40,
        y,
        "Dati relativi al trasporto: consegna a cura del cedente. Documento di trasporto n. DDT 88 del 04-03-2026. Ordine d'acquisto n. OA-2026-031 del 16-02-2026.",
        W - 80,
        7,
    )
    d.t(
        W / 2,
        30,
        "Documento informatico trasmesso tramite Sistema di Interscambio - copia di cortesia",
        6.5,
        a="c",
        col=GREY,
    )
    t = truth(
        "126/FE",
        "2026-03-05",
        "2026-04-04",
        "Officina Grafica Bertolini S.r.l.",
        S.net,
        S.vat,
        S.total,
        "EUR",
        "it-IT",
        "invoice",
        "invoice",
        S.items_json(),
        "FatturaPA stylesheet: boxed table, number 126/FE next to SdI identifier and file name; line discount 10 %; due date only in payment table.",
    )
    return d.bytes(), t


def i03(g):
    """ES: VeriFactu invoice with QR, IVA + recargo de equivalencia."""
    es = fm
    S = Sums(
        [
            ("Juego llaves combinadas 8-22 mm", "4", "38.50", "21"),
            ("Taladro percutor 850 W", "2", "89.90", "21", "5"),
            ("Caja tornillería surtida 1.200 uds.", "6", "14.75", "21"),
            ("Cinta métrica 8 m magnética", "10", "7.20", "21"),
        ]
    )
    base = S.net
    iva = q(base * D("0.21"))
    re = q(base * D("0.052"))
    total = base + iva + re
    d = Doc(A4, H)
    W, Ht = A4
    d.c.setFillColor(colors.Color(0.75, 0.12, 0.1))
    d.c.circle(62, Ht - 62, 22, fill=1, stroke=0)
    d.t(62, Ht - 67, "SHL", 13, HB, "c", colors.white)
    d.t(92, Ht - 56, "Suministros Hosteleros Levante, S.L.", 13, HB)
    d.lines(
        92,
        Ht - 72,
        [
            "CIF B46123987  ·  Av. del Puerto 214, 46023 Valencia",
            "Tel. 963 301 442  ·  pedidos@shlevante.es",
        ],
        8,
        11,
    )
    qx = W - 130
    d.t(qx + 45, Ht - 30, "QR tributario:", 7.5, a="c")
    d.qr(
        "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=B46123987&numserie=A-2026/0311&fecha=17-03-2026&importe="
        + f"{total:.2f}",
        qx + 7,
        Ht - 122,
        76,
    )
    d.t(qx + 45, Ht - 134, "VERI*FACTU", 10, HB, "c")
    d.para(qx - 10, Ht - 146, "Factura verificable en la sede electrónica de la AEAT", 110, 6.5)
    y = Ht - 170
    d.t(40, y, "FACTURA", 20, HB)
    d.kv(
        40,
        y - 24,
        [
            ("Nº factura:", "A-2026/0311"),
            ("Fecha de expedición:", "17/03/2026"),
            ("Vencimiento:", "16/04/2026"),
            ("Forma de pago:", "Transferencia"),
        ],
        100,
        9,
        13,
        H,
        HB,
    )
    d.rect(300, y - 72, 255, 80, stroke=GREY)
    d.lines(
        308,
        y - 6,
        [
            "CLIENTE",
            "Ferretería Hermanos Soler, C.B.",
            "NIF E12876543",
            "C/ Mayor 17",
            "12540 Vila-real (Castellón)",
        ],
        8.5,
        13,
    )
    y -= 100
    rows = [
        [
            f"{1040 + 7 * i}",
            ln[0],
            str(ln[1]),
            es(ln[2]),
            es(ln[5], nd=0) if ln[5] else "",
            es(ln[3]),
        ]
        for i, ln in enumerate(S.lines)
    ]
    y = d.table(
        40,
        y,
        [45, 200, 40, 70, 40, 120],
        "llrrrr",
        ["Ref.", "Descripción", "Cant.", "Precio", "Dto. %", "Importe"],
        rows,
        8.5,
        H,
        HB,
        fill=colors.Color(0.98, 0.9, 0.88),
        grid=True,
    )
    y -= 20
    y = d.table(
        40,
        y,
        [85, 55, 80, 55, 80, 160],
        "rrrrrr",
        ["Base imponible", "% IVA", "Cuota IVA", "% R.E.", "Cuota R.E.", "TOTAL FACTURA"],
        [[es(base), "21,00", es(iva), "5,20", es(re), es(total) + " €"]],
        8.5,
        H,
        HB,
        fill=LIGHT,
        grid=True,
    )
    y -= 24
    d.kv(
        40,
        y,
        [
            ("IBAN:", "ES21 2100 1234 5602 0004 1187"),
            ("Observaciones:", "Operación sujeta a recargo de equivalencia (art. 154 LIVA)."),
        ],
        80,
        8,
    )
    d.t(
        W / 2,
        40,
        "Inscrita en el Registro Mercantil de Valencia, Tomo 8.812, Folio 44, Hoja V-128774",
        6.5,
        a="c",
        col=GREY,
    )
    d.t(
        W / 2,
        30,
        "Registro de facturación remitido a la AEAT (sistema VERI*FACTU). Huella: 3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60",
        5.5,
        a="c",
        col=GREY,
    )
    t = truth(
        "A-2026/0311",
        "2026-03-17",
        "2026-04-16",
        "Suministros Hosteleros Levante, S.L.",
        base,
        iva + re,
        total,
        "EUR",
        "es-ES",
        "invoice",
        "invoice",
        S.items_json(),
        "VeriFactu QR + VERI*FACTU mark + 64-hex huella; tax = IVA 21 % + recargo de equivalencia 5,2 % (both in vat); line discount.",
    )
    return d.bytes(), t


def i04(g):
    """PL: KSeF visualisation, two pages, KSeF number vs invoice number."""
    pl = lambda v: fm(v, ",", " ")  # noqa: E731
    S = Sums(
        [
            ("Pompa ciepła powietrze-woda 12 kW", "1", "18450.00", "8"),
            ("Zasobnik c.w.u. 300 l ze stali nierdzewnej", "1", "4290.00", "8"),
            ("Montaż instalacji i uruchomienie", "1", "3800.00", "8"),
            ("Sterownik pokojowy Wi-Fi", "2", "649.00", "23"),
            ("Przegląd serwisowy (pakiet 24 mies.)", "1", "990.00", "23"),
            ("Dojazd serwisu poza miasto (km)", "86", "2.40", "23"),
        ]
    )
    ksef = "5260250274-20260210-8A3F1C2D9B04-7E"
    d = Doc(A4, "DV")
    W, Ht = A4
    d.t(40, Ht - 42, "Krajowy System e-Faktur", 9, col=GREY)
    d.t(40, Ht - 62, "Faktura VAT", 18, "DVB")
    d.t(W - 40, Ht - 42, "Numer KSeF:", 8, a="r", col=GREY)
    d.t(W - 40, Ht - 55, ksef, 9, "DMB", "r")
    d.t(W - 40, Ht - 70, "Numer faktury: FV/2026/02/0157", 10, "DVB", "r")
    d.line(40, Ht - 80, W - 40, Ht - 80, 1.2)
    y = Ht - 100
    d.kv(
        40,
        y,
        [
            ("Data wystawienia:", "2026-02-10"),
            ("Miejsce wystawienia:", "Poznań"),
            ("Data dokonania dostawy:", "2026-02-09"),
            ("Kod waluty:", "PLN"),
        ],
        130,
        8.5,
        13,
        "DV",
        "DVB",
    )
    y -= 64
    d.t(40, y, "Sprzedawca", 11, "DVB")
    d.t(310, y, "Nabywca", 11, "DVB")
    d.lines(
        40,
        y - 16,
        [
            "NIP: 5260250274",
            "Hydro-Tech Serwis Sp. z o.o.",
            "ul. Głogowska 218",
            "60-104 Poznań, Polska",
            "BDO: 000123456",
            "E-mail: biuro@hydrotech-serwis.pl",
        ],
        8.5,
        12.5,
    )
    d.lines(
        310,
        y - 16,
        [
            "NIP: 7811897423",
            "Wspólnota Mieszkaniowa Os. Lecha 42",
            "os. Lecha 42",
            "61-293 Poznań, Polska",
        ],
        8.5,
        12.5,
    )
    y -= 110
    d.t(40, y, "Pozycje", 11, "DVB")
    y -= 18
    rows = [
        [
            str(i + 1),
            ln[0],
            pl(ln[2]),
            str(ln[1]),
            "km" if i == 5 else "szt." if i != 2 else "usł.",
            ln[4] + "%",
            pl(ln[3]),
        ]
        for i, ln in enumerate(S.lines)
    ]
    y = d.table(
        40,
        y,
        [24, 200, 70, 38, 36, 45, 102],
        "llrrlrr",
        [
            "Lp.",
            "Nazwa towaru lub usługi",
            "Cena jedn. netto",
            "Ilość",
            "Miara",
            "Stawka",
            "Wartość netto",
        ],
        rows,
        8,
        "DV",
        "DVB",
        fill=LIGHT,
        grid=True,
    )
    y -= 20
    d.para(
        40,
        y,
        "Faktura obejmuje dostawę i montaż urządzeń grzewczych w budynku mieszkalnym objętym społecznym programem mieszkaniowym (stawka 8% zgodnie z art. 41 ust. 12 ustawy o VAT). Pozostałe pozycje według stawki podstawowej.",
        W - 80,
        7.5,
    )
    d.t(W - 40, 30, "Strona 1 z 2", 7.5, a="r", col=GREY)
    d.t(40, 30, ksef, 7, "DM", col=GREY)
    d.page()
    y = Ht - 50
    d.t(40, y, "Podsumowanie stawek podatku", 11, "DVB")
    y -= 20
    rows = [[r + "%", pl(b), pl(v), pl(t_)] for r, (b, v, t_) in S.tax.items()]
    y = d.table(
        40,
        y,
        [110, 130, 130, 145],
        "lrrr",
        ["Stawka podatku", "Kwota netto", "Kwota podatku", "Kwota brutto"],
        [*rows, ["Razem", pl(S.net), pl(S.vat), pl(S.total)]],
        9,
        "DV",
        "DVB",
        fill=LIGHT,
        grid=True,
    )
    y -= 20
    d.t(40, y, "Kwota należności ogółem:", 12, "DVB")
    d.t(W - 40, y, pl(S.total) + " PLN", 12, "DVB", "r")
    y -= 30
    d.t(40, y, "Płatność", 11, "DVB")
    d.kv(
        40,
        y - 18,
        [
            ("Forma płatności:", "Przelew"),
            ("Termin płatności:", "2026-02-24"),
            ("Numer rachunku:", "PL 61 1090 1014 0000 0712 1981 2874"),
            ("Nazwa banku:", "Santander Bank Polska S.A."),
            ("Mechanizm podzielonej płatności:", "TAK"),
        ],
        170,
        8.5,
        13,
    )
    y -= 110
    d.t(40, y, "Sprawdź, czy Twoja faktura znajduje się w KSeF!", 9, "DVB")
    d.qr(
        "https://ksef.mf.gov.pl/web/verify/" + ksef + "/Zx4b2Y9kQm1N0aT8cRz3uWpL7eHs",
        40,
        y - 120,
        105,
    )
    d.t(155, y - 30, "KOD I", 9, "DVB")
    d.lines(
        155,
        y - 46,
        ["Zeskanuj kod QR, aby zweryfikować fakturę", "w Krajowym Systemie e-Faktur.", ksef],
        8,
        12,
    )
    d.t(W - 40, 30, "Strona 2 z 2", 7.5, a="r", col=GREY)
    t = truth(
        "FV/2026/02/0157",
        "2026-02-10",
        "2026-02-24",
        "Hydro-Tech Serwis Sp. z o.o.",
        S.net,
        S.vat,
        S.total,
        "PLN",
        "pl-PL",
        "invoice",
        "invoice",
        S.items_json(),
        "KSeF visualisation, 2 pages: long KSeF number printed bigger than the invoice number; sale date before issue date; totals on page 2; 8 % + 23 %.",
    )
    return d.bytes(), t


def i05(g):
    """MX: CFDI 4.0 printed representation, UUID folio fiscal vs Folio."""
    mx = lambda v: fm(v, ".", ",")  # noqa: E731
    S = Sums(
        [
            ("Cemento gris CPC 30R bulto 50 kg", "40", "238.00", "16"),
            ("Varilla corrugada 3/8 in. 12 m", "60", "142.50", "16"),
            ("Malla electrosoldada 6x6 10/10", "12", "689.00", "16"),
            ("Flete a obra (servicio)", "1", "1500.00", "16"),
        ]
    )
    uid = "3F2A9C1E-7B44-4D1A-9E02-5C6B8A1D2F73"
    d = Doc(letter, H)
    W, Ht = letter
    d.rect(40, Ht - 92, 120, 52, fill=colors.Color(0.1, 0.3, 0.55), stroke=None)
    d.t(100, Ht - 72, "FERREMEX", 15, HB, "c", colors.white)
    d.lines(
        172,
        Ht - 50,
        [
            "Distribuidora Ferremex del Bajío, S.A. de C.V.",
            "RFC: DFB150312AB4",
            "Régimen fiscal: 601 General de Ley Personas Morales",
            "Lugar de expedición (C.P.): 37000",
        ],
        8.5,
        12,
    )
    d.rect(W - 200, Ht - 112, 160, 76, stroke=GREY)
    d.lines(
        W - 194,
        Ht - 48,
        [
            "Factura (Ingreso)",
            "Folio: 4512",
            "Fecha de emisión:",
            "2026-03-09T11:42:17",
            "Condiciones: Crédito 30 días",
        ],
        8,
        12.5,
        H,
    )
    y = Ht - 128
    d.t(40, y, "Folio fiscal (UUID):", 8, HB)
    d.t(135, y, uid, 8.5, CB)
    y -= 20
    d.t(40, y, "Receptor", 9, HB)
    d.lines(
        40,
        y - 14,
        [
            "Constructora Arcos del Sol, S.A. de C.V.   RFC: CAS090715KJ2",
            "Domicilio fiscal receptor: 36100  ·  Régimen fiscal: 601  ·  Uso CFDI: G03 Gastos en general",
        ],
        8,
        12,
    )
    y -= 52
    rows = [
        [
            ["30111601", "30102403", "30103603", "78101802"][i],
            str(ln[1]),
            "H87" if i < 3 else "E48",
            ln[0],
            mx(ln[2]),
            mx(ln[3]),
            "02",
        ]
        for i, ln in enumerate(S.lines)
    ]
    y = d.table(
        40,
        y,
        [60, 40, 40, 200, 65, 70, 57],
        "lrllrrc",
        ["Clave SAT", "Cant.", "Unidad", "Descripción", "Valor unit.", "Importe", "Obj. imp."],
        rows,
        7.5,
        H,
        HB,
        fill=LIGHT,
    )
    y -= 12
    d.lines(
        40,
        y,
        [
            "Moneda: MXN  ·  Forma de pago: 99 Por definir  ·  Método de pago: PPD Pago en parcialidades o diferido",
            "Tipo de comprobante: I  ·  Exportación: 01 No aplica  ·  Versión: 4.0",
        ],
        7.5,
        11,
    )
    x0 = W - 220
    yy = d.kv(
        x0,
        y - 30,
        [
            ("Subtotal:", "$ " + mx(S.net)),
            ("IVA Trasladado 16%:", "$ " + mx(S.vat)),
            ("Total:", "$ " + mx(S.total)),
        ],
        100,
        9,
        14,
        H,
        HB,
    )
    y = min(yy, y - 30) - 6
    assert S.total == D("32292.08")
    d.para(
        40,
        y,
        "Importe con letra: TREINTA Y DOS MIL DOSCIENTOS NOVENTA Y DOS PESOS 08/100 M.N.",
        W - 80,
        7.5,
    )
    y -= 22
    sello = b64(g, 344)
    for lab, val in [
        ("Sello digital del CFDI:", sello),
        ("Sello digital del SAT:", b64(g, 344)),
        (
            "Cadena original del complemento de certificación digital del SAT:",
            f"||1.1|{uid}|2026-03-09T11:43:02|SAT970701NN3|{sello[:60]}|00001000000509846663||",
        ),
    ]:
        d.t(150, y, lab, 7, HB)
        y = d.lines(150, y - 10, wrap_mono(val, 78), 6.5, 8.5, CR) - 4
    d.qr(
        f"https://verificacfdi.facturaelectronica.sat.gob.mx/default.aspx?id={uid}&re=DFB150312AB4&rr=CAS090715KJ2&tt={S.total:.6f}&fe={sello[-8:]}",
        40,
        y + 40,
        100,
    )
    d.lines(
        40,
        y,
        [
            "No. de serie del certificado del emisor: 00001000000512345678",
            "No. de serie del certificado del SAT: 00001000000509846663",
            "Fecha y hora de certificación: 2026-03-09T11:43:02",
        ],
        7,
        10,
    )
    d.t(W / 2, 30, "Este documento es una representación impresa de un CFDI", 7.5, a="c")
    t = truth(
        "4512",
        "2026-03-09",
        None,
        "Distribuidora Ferremex del Bajío, S.A. de C.V.",
        S.net,
        S.vat,
        S.total,
        "MXN",
        "es-MX",
        "invoice",
        "invoice",
        S.items_json(),
        "CFDI 4.0: 'Folio: 4512' vs 'Folio fiscal (UUID)'; ISO datetime; long seals; terms '30 días' but no due date printed.",
    )
    return d.bytes(), t


def i06(g):
    """PT: certified-software invoice with ATCUD and AT QR code."""
    pt = lambda v: fm(v, ",", " ")  # noqa: E731
    S = Sums(
        [
            ("Azulejo vidrado 20x20 branco (m2)", "64", "18.90", "23"),
            ("Mosaico hidráulico padrão Vouga (m2)", "22", "42.50", "23", "8"),
            ("Rodapé cerâmico 8x40 (ml)", "48", "5.35", "23"),
            ("Argamassa cola C2TE 25 kg", "18", "11.80", "23"),
            ("Transporte e descarga em obra", "1", "65.00", "23"),
        ]
    )
    d = Doc(A4, H)
    W, Ht = A4
    d.c.setFillColor(colors.Color(0.1, 0.35, 0.45))
    for i in range(4):
        d.c.rect(40 + i * 13, Ht - 80 + (i % 2) * 8, 10, 30, fill=1, stroke=0)
    d.t(100, Ht - 62, "Cerâmicas do Vouga, Lda.", 15, HB)
    d.lines(
        100,
        Ht - 78,
        [
            "Zona Industrial de Sever do Vouga, Lote 12  ·  3740-262 Sever do Vouga",
            "NIF 509876543  ·  Capital social 25 000,00 €  ·  CRC Aveiro",
        ],
        8,
        11,
    )
    y = Ht - 120
    d.rect(W - 245, y - 78, 205, 90, fill=LIGHT, stroke=None)
    d.t(W - 235, y - 4, "FATURA  FT 2026A/318", 12, HB)
    d.kv(
        W - 235,
        y - 22,
        [
            ("ATCUD:", "JJ3K7M2P-318"),
            ("Data:", "2026-03-12"),
            ("Vencimento:", "2026-04-11"),
            ("Original", ""),
        ],
        70,
        8.5,
        13,
        H,
        HB,
    )
    d.lines(
        40,
        y - 4,
        [
            "Exmo.(s) Sr.(s)",
            "Construções Almeida & Filhos, S.A.",
            "Rua da Liberdade 455",
            "4715-035 Braga",
            "NIF 503 214 876",
        ],
        9,
        13,
    )
    y -= 110
    rows = [
        [
            f"AZ{20 + i:03d}",
            ln[0],
            qty_s(ln[1]),
            pt(ln[2]),
            str(int(ln[5])) if ln[5] else "0",
            ln[4],
            pt(ln[3]),
        ]
        for i, ln in enumerate(S.lines)
    ]
    y = d.table(
        40,
        y,
        [45, 190, 40, 60, 40, 40, 100],
        "llrrrrr",
        ["Artigo", "Descrição", "Qtd.", "Preço un.", "Desc.%", "IVA%", "Valor líquido"],
        rows,
        8,
        H,
        HB,
        fill=LIGHT,
    )
    y -= 20
    d.t(40, y, "Quadro resumo do IVA", 9, HB)
    d.table(
        40,
        y - 16,
        [60, 80, 80],
        "lrr",
        ["Taxa", "Incidência", "Valor IVA"],
        [["23%", pt(S.net), pt(S.vat)]],
        8,
        H,
        HB,
    )
    d.kv(
        W - 230,
        y,
        [
            ("Total ilíquido:", pt(S.net) + " €"),
            ("Total IVA:", pt(S.vat) + " €"),
            ("Total documento:", pt(S.total) + " €"),
        ],
        110,
        9.5,
        15,
        H,
        HB,
    )
    y -= 80
    d.kv(
        40,
        y,
        [
            ("Condições de pagamento:", "30 dias"),
            ("IBAN:", "PT50 0035 0651 0001 2345 6789 1"),
            ("Local de carga:", "Armazém Sever do Vouga, 2026-03-12 09:00"),
            ("Local de descarga:", "Obra Rua do Souto 12, Braga"),
        ],
        130,
        8,
    )
    qrs = f"A:509876543*B:503214876*C:PT*D:FT*E:N*F:20260312*G:FT 2026A/318*H:JJ3K7M2P-318*I1:PT*I7:{S.net:.2f}*I8:{S.vat:.2f}*N:{S.vat:.2f}*O:{S.total:.2f}*Q:Xk7P*R:2456"
    d.qr(qrs, W - 140, 70, 95)
    d.t(40, 60, "Xk7P-Processado por programa certificado n.º 2456/AT", 7)
    d.t(
        40,
        50,
        "Os bens/serviços foram colocados à disposição do adquirente na data do documento.",
        7,
        col=GREY,
    )
    t = truth(
        "FT 2026A/318",
        "2026-03-12",
        "2026-04-11",
        "Cerâmicas do Vouga, Lda.",
        S.net,
        S.vat,
        S.total,
        "EUR",
        "pt-PT",
        "invoice",
        "invoice",
        S.items_json(),
        "Portuguese ATCUD (JJ3K7M2P-318) repeats the sequence 318 of number 'FT 2026A/318'; AT QR code; image-only PDF scan.",
    )
    return d.bytes(), t


def i07(g):
    """GR: invoice with myDATA MARK, UID and provider QR."""
    gr = fm
    S = Sums(
        [
            ("Ελαιόλαδο έξτρα παρθένο 5 lt", "24", "41.50", "13"),
            ("Ελιές Καλαμών 2 kg (βάζο)", "30", "12.80", "13"),
            ("Χαρτοκιβώτια μεταφοράς", "12", "1.90", "24"),
            ("Μεταφορικά Αθήνα", "1", "45.00", "24"),
        ]
    )
    d = Doc(A4, "DV")
    W, Ht = A4
    d.t(40, Ht - 55, "ΑΦΟΙ ΠΑΠΑΔΟΠΟΥΛΟΥ Ο.Ε.", 15, "DSB")
    d.lines(
        40,
        Ht - 72,
        [
            "Χονδρεμπόριο τροφίμων",
            "Λεωφ. Κηφισού 112, 12241 Αιγάλεω",
            "ΑΦΜ: 094512367  ΔΟΥ: ΦΑΕ Πειραιά",
            "Τηλ. 210 5311 422",
        ],
        8,
        11,
        "DS",
    )
    d.rect(W - 230, Ht - 118, 190, 80, stroke=colors.black, lw=1)
    d.t(W - 135, Ht - 55, "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ", 11, "DVB", "c")
    d.kv(
        W - 222,
        Ht - 74,
        [("Αριθμός:", "1842"), ("Ημερομηνία:", "18/03/2026"), ("Ημ. λήξης:", "17/04/2026")],
        75,
        9,
        13,
        "DV",
        "DVB",
    )
    y = Ht - 140
    d.t(40, y, "ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ", 9, "DVB")
    d.lines(
        40,
        y - 14,
        [
            "Επωνυμία: ΤΑΒΕΡΝΑ ΤΟ ΛΙΜΑΝΑΚΙ ΙΚΕ",
            "ΑΦΜ: 801234569   ΔΟΥ: Γλυφάδας",
            "Διεύθυνση: Ποσειδώνος 58, 16675 Γλυφάδα",
            "Τρόπος πληρωμής: Επί πιστώσει",
        ],
        8.5,
        12,
    )
    y -= 80
    rows = [
        [f"{i + 1:03d}", ln[0], str(ln[1]), gr(ln[2]), ln[4] + "%", gr(ln[3])]
        for i, ln in enumerate(S.lines)
    ]
    y = d.table(
        40,
        y,
        [40, 210, 45, 75, 45, 100],
        "llrrrr",
        ["Κωδ.", "Περιγραφή", "Ποσότ.", "Τιμή μον.", "ΦΠΑ", "Αξία"],
        rows,
        8.5,
        "DV",
        "DVB",
        fill=LIGHT,
    )
    y -= 18
    rows = [[r + "%", gr(b), gr(v)] for r, (b, v, _) in S.tax.items()]
    d.table(40, y, [60, 90, 90], "lrr", ["ΦΠΑ", "Καθαρή αξία", "Ποσό ΦΠΑ"], rows, 8, "DV", "DVB")
    d.kv(
        W - 240,
        y,
        [
            ("Καθαρή αξία:", gr(S.net) + " €"),
            ("Σύνολο ΦΠΑ:", gr(S.vat) + " €"),
            ("ΠΛΗΡΩΤΕΟ:", gr(S.total) + " €"),
        ],
        120,
        10,
        16,
        "DV",
        "DVB",
    )
    y -= 90
    mark = "400001951234567"
    d.qr(
        f"https://www1.aade.gr/tameiakes/myweb/q1.php?SIG=GR{mark}{hexid(g, 16, True)}",
        40,
        y - 95,
        90,
    )
    d.kv(
        140,
        y - 20,
        [
            ("ΜΑΡΚ:", mark),
            ("UID:", hexid(g, 40, True)),
            ("Authentication Code:", hexid(g, 32, True)),
        ],
        105,
        7.5,
        12,
        "DV",
        "DM",
    )
    d.t(
        140,
        y - 70,
        "Πάροχος Ηλεκτρονικής Τιμολόγησης: Epsilon Net A.E. - www.einvoicing.gr",
        7,
        col=GREY,
    )
    d.t(W / 2, 40, "IBAN: GR16 0110 1250 0000 0001 2300 695 (Εθνική Τράπεζα)", 7.5, a="c")
    t = truth(
        "1842",
        "2026-03-18",
        "2026-04-17",
        "ΑΦΟΙ ΠΑΠΑΔΟΠΟΥΛΟΥ Ο.Ε.",
        S.net,
        S.vat,
        S.total,
        "EUR",
        "el-GR",
        "invoice",
        "invoice",
        S.items_json(),
        "Greek invoice: short number 1842 vs 15-digit MARK, 40-hex UID and auth code; Greek vendor name; 13 % + 24 %.",
    )
    return d.bytes(), t


def i08(g):
    """FR: 2026 e-invoice rendering, two pages, SIREN/SIRET, new mentions, deposit deducted."""
    fr = lambda v: fm(v, ",", " ")  # noqa: E731
    S = Sums(
        [
            ("Fourniture escalier chêne massif quart tournant", "1", "4680.00", "10"),
            ("Pose escalier et finitions (forfait)", "1", "1350.00", "10"),
            ("Garde-corps chêne et inox brossé (ml)", "4.5", "385.00", "10"),
            ("Vernis polyuréthane mat (pot 2,5 L)", "3", "64.00", "20"),
            ("Évacuation et tri des déchets de chantier", "1", "180.00", "20"),
            ("Déplacement et frais de chantier", "1", "95.00", "20"),
        ]
    )
    dep = D("1800.00")
    d = Doc(A4, H)
    W, Ht = A4
    d.t(40, Ht - 60, "ATELIER BRUNET", 22, TB)
    d.t(40, Ht - 74, "MENUISERIE · AGENCEMENT · ESCALIERS", 7.5, H, col=GREY)
    d.lines(
        W - 40,
        Ht - 50,
        [
            "Atelier Brunet Menuiserie SAS",
            "14 rue de la Charité, 69002 Lyon",
            "SIREN 812 345 678 · SIRET 812 345 678 00024",
            "TVA FR27812345678 · RCS Lyon",
            "SAS au capital de 50 000 €",
        ],
        7.5,
        10,
        H,
        "r",
    )
    y = Ht - 118
    d.t(40, y, "FACTURE N° F2026-00731", 14, HB)
    d.kv(
        40,
        y - 20,
        [
            ("Date d'émission :", "23/02/2026"),
            ("Date d'échéance :", "25/03/2026"),
            ("Date de livraison / fin de prestation :", "20/02/2026"),
            ("Catégorie de l'opération :", "Livraison de biens et prestation de services"),
            ("Option pour le paiement de la TVA d'après les débits :", "Non"),
        ],
        215,
        8,
        12,
        H,
        HB,
    )
    y -= 90
    d.rect(40, y - 80, 250, 86, stroke=GREY)
    d.rect(305, y - 80, 250, 86, stroke=GREY)
    d.lines(
        48,
        y - 8,
        [
            "Client",
            "M. et Mme Perrin",
            "SIREN client : non applicable (particulier)",
            "8 chemin des Vignes",
            "69290 Craponne",
        ],
        8,
        12,
    )
    d.lines(
        313,
        y - 8,
        [
            "Adresse de livraison",
            "Chantier Perrin",
            "8 chemin des Vignes",
            "69290 Craponne",
            "Réf. devis D2025-188 du 12/11/2025",
        ],
        8,
        12,
    )
    y -= 104
    rows = [
        [str(i + 1), ln[0], qty_s(ln[1]).replace(".", ","), fr(ln[2]), ln[4] + " %", fr(ln[3])]
        for i, ln in enumerate(S.lines)
    ]
    y = d.table(
        40,
        y,
        [25, 225, 40, 75, 45, 105],
        "llrrrr",
        ["N°", "Désignation", "Qté", "P.U. HT", "TVA", "Montant HT"],
        rows,
        8,
        H,
        HB,
        fill=LIGHT,
    )
    y -= 16
    d.para(
        40,
        y,
        "Taux réduit de 10 % appliqué aux travaux d'amélioration dans un logement achevé depuis plus de deux ans (attestation simplifiée remise le 12/11/2025).",
        W - 80,
        7.5,
    )
    d.t(W - 40, 30, "Page 1/2", 7.5, a="r", col=GREY)
    d.t(40, 30, "Facture F2026-00731 · Atelier Brunet Menuiserie SAS", 7.5, col=GREY)
    d.page()
    y = Ht - 60
    d.t(40, y, "Récapitulatif TVA", 11, HB)
    rows = [[r + " %", fr(b), fr(v)] for r, (b, v, _) in S.tax.items()]
    d.table(
        40, y - 20, [70, 100, 100], "lrr", ["Taux", "Base HT", "TVA"], rows, 9, H, HB, fill=LIGHT
    )
    d.kv(
        W - 250,
        y,
        [
            ("Total HT", fr(S.net) + " €"),
            ("Total TVA", fr(S.vat) + " €"),
            ("Total TTC", fr(S.total) + " €"),
            ("Acompte versé le 12/01/2026", "-" + fr(dep) + " €"),
            ("NET À PAYER", fr(S.total - dep) + " €"),
        ],
        140,
        9.5,
        16,
        H,
        HB,
    )
    y -= 110
    d.t(40, y, "Règlement", 11, HB)
    d.kv(
        40,
        y - 18,
        [
            ("Mode de paiement :", "Virement bancaire"),
            ("IBAN :", "FR76 3000 4008 2800 0123 4567 891"),
            ("BIC :", "BNPAFRPPXXX"),
        ],
        110,
        8.5,
        13,
    )
    y -= 80
    d.para(
        40,
        y,
        "Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €. Pas d'escompte pour paiement anticipé.",
        W - 80,
        7.5,
    )
    y -= 40
    d.t(40, y, "Facture électronique", 9, HB)
    d.lines(
        40,
        y - 14,
        [
            "Transmise via la plateforme agréée (PA) : Docoon PA n° 0042",
            "Identifiant de flux : FR-PA0042-20260223-000918734",
            "Format : Factur-X EN16931 (PDF/A-3 + CII)",
        ],
        7.5,
        11,
    )
    d.t(W - 40, 30, "Page 2/2", 7.5, a="r", col=GREY)
    t = truth(
        "F2026-00731",
        "2026-02-23",
        "2026-03-25",
        "Atelier Brunet Menuiserie SAS",
        S.net,
        S.vat,
        S.total,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        S.items_json(),
        "French 2026 e-invoice, 2 pages: SIREN/SIRET, operation category, delivery address; deposit deducted so 'NET À PAYER' < Total TTC (keyed total = TTC); 10 % + 20 %.",
    )
    return d.bytes(), t


def i09(g):
    """BE: Peppol BIS credit note viewer (Dutch), negative amounts."""
    be = fm
    S = Sums(
        [
            ("Retour koelcel-verdamper EVP-450 (defect)", "-1", "1285.00", "21"),
            ("Creditering arbeidsuren interventie 14/02", "-3", "68.50", "21"),
            ("Creditering verplaatsingskost", "-1", "42.00", "21"),
        ]
    )
    d = Doc(A4, H)
    W, Ht = A4
    d.rect(0, Ht - 40, W, 40, fill=colors.Color(0.0, 0.32, 0.6), stroke=None)
    d.t(40, Ht - 26, "peppol", 16, HB, col=colors.white)
    d.t(W - 40, Ht - 25, "Peppol BIS Billing 3.0 · Credit Note (381)", 8.5, a="r", col=colors.white)
    y = Ht - 72
    d.t(40, y, "CREDITNOTA", 20, HB)
    d.kv(
        40,
        y - 24,
        [
            ("Creditnotanummer:", "CN-2026-0042"),
            ("Uitgiftedatum:", "04-03-2026"),
            ("Referentie factuur:", "F-2026-0377 van 16-02-2026"),
            ("Kopersreferentie:", "PO 7781/KV"),
            ("Valuta:", "EUR"),
        ],
        110,
        9,
        13.5,
        H,
        HB,
    )
    d.rect(W - 235, y - 82, 195, 92, fill=LIGHT, stroke=None)
    d.lines(
        W - 227,
        y - 4,
        [
            "Leverancier",
            "Van Damme Koeltechniek BV",
            "Industrieweg 37",
            "9032 Gent (Wondelgem)",
            "BTW BE 0456.789.123",
            "Peppol ID 0208:0456789123",
        ],
        8.5,
        13,
    )
    y -= 110
    d.lines(
        40,
        y,
        [
            "Afnemer",
            "Brasserie De Zwaan BV",
            "Korenmarkt 21, 9000 Gent",
            "BTW BE 0712.345.987  ·  Peppol ID 0208:0712345987",
        ],
        8.5,
        13,
    )
    y -= 66
    rows = [
        [str(i + 1), ln[0], qty_s(ln[1]), be(ln[2]), "S 21%", be(ln[3])]
        for i, ln in enumerate(S.lines)
    ]
    y = d.table(
        40,
        y,
        [25, 235, 45, 70, 50, 90],
        "llrrcr",
        ["#", "Omschrijving", "Aantal", "Eenheidsprijs", "BTW", "Bedrag excl."],
        rows,
        8.5,
        H,
        HB,
        fill=LIGHT,
    )
    y -= 20
    d.kv(
        W - 260,
        y,
        [
            ("Totaal excl. btw:", be(S.net) + " EUR"),
            ("BTW 21% over " + be(S.net) + ":", be(S.vat) + " EUR"),
            ("Totaal incl. btw:", be(S.total) + " EUR"),
            ("Te crediteren:", be(S.total) + " EUR"),
        ],
        135,
        9,
        15,
        H,
        HB,
    )
    y -= 80
    d.para(
        40,
        y,
        "Reden creditering: verdamper geleverd met factuur F-2026-0377 bleek defect bij oplevering en werd retour genomen. Het bedrag wordt verrekend met uw volgende factuur of teruggestort op uw rekening.",
        W - 80,
        8,
    )
    d.line(40, 60, W - 40, 60, 0.4, GREY)
    d.t(
        40,
        48,
        "KBC Bank · IBAN BE68 7340 1234 5678 · BIC KREDBEBB · RPR Gent · Ondernemingsnummer 0456.789.123",
        7,
        col=GREY,
    )
    t = truth(
        "CN-2026-0042",
        "2026-03-04",
        None,
        "Van Damme Koeltechniek BV",
        S.net,
        S.vat,
        S.total,
        "EUR",
        "nl-BE",
        "invoice",
        "credit_note",
        S.items_json(),
        "Peppol credit note: negative amounts, referenced invoice number F-2026-0377 next to the credit note number; no due date.",
    )
    return d.bytes(), t


def i10(g):
    """IN: GST e-invoice with IRN, Ack No and signed QR; CGST+SGST; round off."""
    inr = lambda v: fm(v, ".", ",", ind=True)  # noqa: E731
    S = Sums(
        [
            ("Corrugated box 5-ply 450x300x300 mm", "2400", "38.60", "18"),
            ("Printed carton sleeve (2 colour)", "5000", "6.25", "18"),
            ("BOPP tape 72 mm x 65 m", "360", "54.00", "18"),
        ]
    )
    cg = q(S.net * D("0.09"))
    sg = q(S.net * D("0.09"))
    exact = S.net + cg + sg
    total = q(exact, 0)
    rnd = total - exact
    irn = hexid(g, 64)
    d = Doc(A4, "DV")
    W, Ht = A4
    d.t(W / 2, Ht - 40, "TAX INVOICE", 14, "DVB", "c")
    d.t(W - 40, Ht - 40, "ORIGINAL FOR RECIPIENT", 7, a="r")
    d.qr(
        "eyJhbGciOiJSUzI1NiIsImtpZCI6IkVEQzU3REUxMzU4QjMwMEJBOUY3OTM0MEE2Njk2ODMxRjNDODUwNDciLCJ0eXAiOiJKV1QifQ."
        + b64(g, 220),
        W - 145,
        Ht - 160,
        105,
    )
    d.t(40, Ht - 62, "IRN:", 8, "DVB")
    d.t(62, Ht - 62, irn[:32], 7.5, "DM")
    d.t(62, Ht - 72, irn[32:], 7.5, "DM")
    d.kv(
        40,
        Ht - 88,
        [("Ack No.:", "112621234567890"), ("Ack Date:", "07-03-2026 14:22")],
        55,
        8,
        11,
        "DV",
        "DVB",
    )
    y = Ht - 130
    d.t(40, y, "Shree Ganesh Packaging Industries Pvt. Ltd.", 12, "DVB")
    d.lines(
        40,
        y - 14,
        [
            "Plot C-47, MIDC Bhosari, Pune 411026, Maharashtra",
            "GSTIN/UIN: 27AABCS1234F1Z5   State: Maharashtra, Code 27",
            "CIN: U21012PN2009PTC134567",
        ],
        8,
        11,
    )
    y -= 60
    d.rect(40, y - 62, W - 80, 74, stroke=colors.black)
    d.line(W / 2, y - 62, W / 2, y + 12)
    d.lines(
        46,
        y,
        [
            "Buyer (Bill to)",
            "Sahyadri Agro Foods LLP",
            "Gat No. 112, Chakan, Pune 410501",
            "GSTIN: 27AAKFS9876K1ZQ  State Code 27",
        ],
        8,
        12,
    )
    d.kv(
        W / 2 + 6,
        y,
        [
            ("Invoice No.:", "SGP/25-26/1187"),
            ("Dated:", "07/03/2026"),
            ("Due Date:", "06/04/2026"),
            ("Buyer's Order No.:", "SAF/PO/2602/044"),
            ("E-Way Bill No.:", "331009876543"),
        ],
        95,
        8,
        12,
        "DV",
        "DVB",
    )
    y -= 84
    rows = [
        [
            str(i + 1),
            ln[0],
            ["48191010", "48192020", "39191000"][i],
            qty_s(ln[1]) + " Nos",
            inr(ln[2]),
            inr(ln[3]),
        ]
        for i, ln in enumerate(S.lines)
    ]
    y = d.table(
        40,
        y,
        [25, 200, 62, 70, 60, 98],
        "lllrrr",
        ["Sl", "Description of Goods", "HSN/SAC", "Quantity", "Rate", "Taxable Value"],
        rows,
        8,
        "DV",
        "DVB",
        fill=LIGHT,
        grid=True,
    )
    y -= 10
    pairs = [
        ("Total Taxable Value", inr(S.net)),
        ("CGST @ 9%", inr(cg)),
        ("SGST @ 9%", inr(sg)),
        ("Round Off", ("+" if rnd >= 0 else "") + inr(rnd)),
        ("Total Invoice Value (INR)", inr(total)),
    ]
    for k, v in pairs:
        d.t(300, y, k, 8.5, "DVB" if k.startswith("Total I") else "DV")
        d.t(W - 43, y, v, 8.5, "DVB" if k.startswith("Total I") else "DV", "r")
        y -= 13
    y -= 6
    d.para(
        40,
        y,
        "Amount Chargeable (in words): INR One Lakh Sixty-Nine Thousand One Hundred Twenty-Nine Only",
        W - 80,
        8,
    )
    assert total == D("169129")
    y -= 30
    d.kv(
        40,
        y,
        [
            ("Bank:", "HDFC Bank, Bhosari Branch"),
            ("A/c No.:", "50200012345678"),
            ("IFSC:", "HDFC0001234"),
        ],
        55,
        8,
        11,
    )
    d.t(W - 40, y - 40, "for Shree Ganesh Packaging Industries Pvt. Ltd.", 8, a="r")
    d.t(W - 40, y - 75, "Authorised Signatory", 8, a="r")
    d.t(
        W / 2,
        40,
        "This is a computer generated e-invoice (IRP: einvoice1.gst.gov.in)",
        7,
        a="c",
        col=GREY,
    )
    t = truth(
        "SGP/25-26/1187",
        "2026-03-07",
        "2026-04-06",
        "Shree Ganesh Packaging Industries Pvt. Ltd.",
        S.net,
        cg + sg,
        total,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        S.items_json(),
        "Indian e-invoice: 64-hex IRN and 15-digit Ack No. above the invoice number; lakh grouping; CGST+SGST; Round Off line.",
        rnd=rnd,
    )
    return d.bytes(), t


def i11(g):
    """NL: Peppol BIS viewer in English, allowance and charge at document level."""
    en = lambda v: fm(v, ".", ",")  # noqa: E731
    S0 = Sums(
        [
            ("Cv-ketel HR 28 kW combi", "1", "1895.00", "21"),
            ("Thermostaatkranen (set van 4)", "3", "74.50", "21"),
            ("Installatiewerkzaamheden (uur)", "7", "62.00", "21"),
            ("Jaarlijks onderhoudsabonnement", "1", "149.00", "9"),
        ]
    )
    allow, charge = D("-120.00"), D("38.50")
    S = Sums([(ln[0], ln[1], ln[2], ln[4]) for ln in S0.lines], extra={"21": allow + charge})
    d = Doc(A4, "DC")
    W, Ht = A4
    d.rect(30, Ht - 64, W - 60, 34, fill=LIGHT, stroke=None)
    d.t(40, Ht - 52, "Invoice viewer", 13, "DCB")
    d.t(
        W - 40,
        Ht - 52,
        "Peppol BIS Billing 3.0 · UBL Invoice · Customization urn:cen.eu:en16931:2017",
        7.5,
        a="r",
        col=GREY,
    )
    y = Ht - 92
    for x, title, rows in [
        (
            40,
            "Supplier",
            [
                "Kroes & Van Leeuwen Installatietechniek B.V.",
                "Rijnkade 44",
                "3511 LC Utrecht, NL",
                "VAT: NL812345678B01",
                "KvK: 30187654",
                "Endpoint: 0106:30187654",
            ],
        ),
        (
            300,
            "Customer",
            [
                "Stichting Woonzorg Vechtdal",
                "Postbus 212",
                "7700 AE Dedemsvaart, NL",
                "VAT: NL009876543B01",
                "Endpoint: 0106:05067812",
            ],
        ),
    ]:
        d.t(x, y, title, 10, "DCB", col=GREY)
        d.lines(x, y - 16, rows, 8.5, 12)
    y -= 110
    d.t(40, y, "Invoice details", 10, "DCB", col=GREY)
    d.kv(
        40,
        y - 16,
        [
            ("Invoice number", "2026-1104"),
            ("Issue date", "2026-03-02"),
            ("Due date", "2026-04-01"),
            ("Buyer reference", "WZV-INKOOP-0931"),
            ("Order reference", "4500098812"),
        ],
        95,
        8.5,
        12.5,
    )
    d.kv(
        300,
        y - 16,
        [
            ("Currency", "EUR"),
            ("Invoice type code", "380"),
            ("Payment means", "30 - Credit transfer"),
            ("IBAN", "NL91 ABNA 0417 1643 00"),
            ("Payment reference", "RF18 5390 0754 7034"),
        ],
        95,
        8.5,
        12.5,
    )
    y -= 90
    rows = [
        [str(i + 1), ln[0], qty_s(ln[1]), en(ln[2]), ln[4] + "%", en(ln[3])]
        for i, ln in enumerate(S0.lines)
    ]
    y = d.table(
        40,
        y,
        [25, 225, 45, 75, 50, 95],
        "llrrrr",
        ["Line", "Item name", "Qty", "Net price", "VAT", "Line amount"],
        rows,
        8.5,
        "DC",
        "DCB",
        fill=LIGHT,
    )
    y -= 10
    d.t(40, y, "Document level allowances and charges", 9, "DCB")
    y = d.table(
        40,
        y - 16,
        [275, 125, 115],
        "lrr",
        ["Reason", "VAT category", "Amount"],
        [
            ["Allowance: Loyalty discount", "S 21%", en(allow)],
            ["Charge: Delivery and small parts", "S 21%", en(charge)],
        ],
        8.5,
        "DC",
        "DCB",
    )
    y -= 8
    rows = [[f"S {r}%", en(b), en(v)] for r, (b, v, _) in S.tax.items()]
    d.table(
        40, y - 16, [80, 90, 90], "lrr", ["VAT breakdown", "Taxable", "Tax"], rows, 8.5, "DC", "DCB"
    )
    pairs = [
        ("Sum of line net amounts", en(sum((ln[3] for ln in S0.lines), D(0)))),
        ("Sum of allowances", en(allow)),
        ("Sum of charges", en(charge)),
        ("Total without VAT", en(S.net)),
        ("Total VAT", en(S.vat)),
        ("Total with VAT", en(S.total)),
        ("Paid amount", "0.00"),
        ("Amount due for payment", en(S.total) + " EUR"),
    ]
    yy = y
    for k, v in pairs:
        d.t(330, yy, k, 8.5, "DCB" if k.startswith("Amount") else "DC")
        d.t(W - 40, yy, v, 8.5, "DCB" if k.startswith("Amount") else "DC", "r")
        yy -= 13
    d.t(
        40,
        40,
        "Payment terms: 30 days net. Rendered from UBL XML by the Peppol access point portal.",
        7.5,
        col=GREY,
    )
    t = truth(
        "2026-1104",
        "2026-03-02",
        "2026-04-01",
        "Kroes & Van Leeuwen Installatietechniek B.V.",
        S.net,
        S.vat,
        S.total,
        "EUR",
        "en-NL",
        "invoice",
        "invoice",
        S0.items_json(),
        "Peppol viewer (English labels): document-level allowance and charge change the 21 % base; invoice number looks like a date-ish '2026-1104'; 21 % + 9 %.",
    )
    return d.bytes(), t


def i12(g):
    """RO: ANAF e-Factura PDF visualisation with upload index (index încărcare)."""
    ro = fm
    S = Sums(
        [
            ("Tablou electric distribuție 36 module", "2", "1240.00", "21"),
            ("Cablu CYY-F 3x2,5 mm2 (m)", "350", "6.85", "21"),
            ("Manoperă montaj instalație electrică (ore)", "42", "95.00", "21"),
            ("Corpuri iluminat LED 36 W", "24", "118.40", "21", "10"),
        ]
    )
    d = Doc(A4, "DS")
    W, Ht = A4
    d.t(W / 2, Ht - 45, "FACTURĂ", 16, "DSB", "c")
    d.t(W / 2, Ht - 60, "Vizualizare e-Factura (conversie XML în PDF, ANAF)", 8, "DS", "c", GREY)
    d.kv(
        40,
        Ht - 86,
        [
            ("Număr factură:", "MBX-00427"),
            ("Data emiterii:", "20.03.2026"),
            ("Data scadenței:", "19.04.2026"),
            ("Tip factură:", "380 - Factură comercială"),
            ("Moneda:", "RON"),
        ],
        100,
        8.5,
        12.5,
        "DS",
        "DSB",
    )
    d.kv(
        310,
        Ht - 86,
        [
            ("Index încărcare:", "5012345678"),
            ("ID descărcare:", "3987612045"),
            ("Data depunerii:", "20.03.2026 16:48"),
            ("Stare:", "validată, semnată MF"),
        ],
        95,
        8.5,
        12.5,
        "DS",
        "DM",
    )
    y = Ht - 170
    d.rect(40, y - 86, 250, 96, stroke=colors.black)
    d.rect(305, y - 86, 250, 96, stroke=colors.black)
    d.lines(
        48,
        y - 4,
        [
            "FURNIZOR",
            "Montaj Electric Carpați S.R.L.",
            "CUI: RO18765432",
            "Nr. Reg. Com.: J08/1432/2006",
            "Str. Lungă 118, Brașov, 500051",
            "IBAN: RO49 BTRL 0080 1202 0012 34XX",
        ],
        8,
        13,
        "DS",
    )
    d.lines(
        313,
        y - 4,
        [
            "CLIENT",
            "Hotel Bucegi Residence S.A.",
            "CUI: RO30112233",
            "Str. Principală 7, Bușteni, Prahova",
            "Cod poștal 105500",
        ],
        8,
        13,
        "DS",
    )
    y -= 110
    rows = [
        [
            str(i + 1),
            ln[0],
            qty_s(ln[1]),
            ro(ln[2]),
            (f"{int(ln[5])}%" if ln[5] else "-"),
            ro(ln[3]),
            "S " + ln[4] + "%",
        ]
        for i, ln in enumerate(S.lines)
    ]
    y = d.table(
        40,
        y,
        [22, 215, 40, 65, 40, 80, 53],
        "llrrrrr",
        ["Nr.", "Denumire articol", "Cant.", "Preț unitar", "Red.", "Valoare", "Cotă TVA"],
        rows,
        8,
        "DS",
        "DSB",
        fill=LIGHT,
        grid=True,
    )
    y -= 20
    d.kv(
        W - 250,
        y,
        [
            ("Total valoare fără TVA:", ro(S.net) + " RON"),
            ("Total TVA (21%):", ro(S.vat) + " RON"),
            ("Total de plată:", ro(S.total) + " RON"),
        ],
        120,
        9.5,
        15,
        "DS",
        "DSB",
    )
    y -= 60
    d.para(
        40,
        y,
        "Mențiuni: Lucrare executată conform contract nr. 14/2026. Plata prin ordin de plată în termen de 30 de zile de la data emiterii facturii.",
        W - 80,
        7.5,
        f="DS",
    )
    d.t(
        W / 2,
        40,
        "Document generat din fișierul XML validat în sistemul național RO e-Factura. Semnătura MF: "
        + hexid(g, 24, True),
        6.5,
        "DS",
        "c",
        GREY,
    )
    t = truth(
        "MBX-00427",
        "2026-03-20",
        "2026-04-19",
        "Montaj Electric Carpați S.R.L.",
        S.net,
        S.vat,
        S.total,
        "RON",
        "ro-RO",
        "invoice",
        "invoice",
        S.items_json(),
        "RO e-Factura visualisation: upload index and download id are numeric and printed beside the invoice number; 21 % VAT (2025 rate); line discount.",
    )
    return d.bytes(), t


# ------------------------------------------------------------- receipts ----
def r01(g):
    """RS: PFR fiscal receipt in Cyrillic, PFR number, tax labels Ђ/Е."""
    rs = fm
    S = Sums(
        [
            ("Млеко 2,8% 1л", "2", "139.99", "10"),
            ("Хлеб сава 500г", "1", "74.99", "10"),
            ("Кафа Гранд 200г", "1", "429.99", "20"),
            ("Детерџент Мер 750мл", "1", "249.99", "20"),
            ("Јогурт 1кг", "3", "159.99", "10"),
        ],
        "gross",
    )
    lab = {"20": "Ђ", "10": "Е"}
    pfr = "AB12CD34-EF56GH78-12345"
    R = Roll(80, "DM", 7.8)
    R.c("============ ФИСКАЛНИ РАЧУН ============")
    for s in [
        "ПИБ: 101234567",
        "Предузеће: ЈОВАНОВИЋ МАРКЕТ ДОО",
        "Место продаје: Продавница 3",
        "Адреса: Булевар ослобођења 112",
        "Општина: Нови Сад",
        "Касир: Марија",
        "ЕСИР број: 123/1.0",
    ]:
        R.left(s)
    R.c("------------- ПРОМЕТ ПРОДАЈА -------------")
    R.left("Артикли")
    R.c("========================================")
    R.cols([("Назив", 0, "l"), ("Цена", 0.5, "r"), ("Кол.", 0.68, "r"), ("Укупно", 1, "r")])
    for desc, qy, u, a, r, _ in S.lines:
        R.left(f"{desc} ({lab[r]})")
        R.cols([(rs(u), 0.5, "r"), (str(qy), 0.68, "r"), (rs(a), 1, "r")])
    R.c("----------------------------------------")
    cash = D("2000.00")
    for a, b in [
        ("Укупан износ:", rs(S.total)),
        ("Готовина:", rs(cash)),
        ("Повраћај:", rs(cash - S.total)),
    ]:
        R.lr(a, b)
    R.c("========================================")
    R.cols([("Ознака", 0, "l"), ("Име", 0.3, "l"), ("Стопа", 0.7, "r"), ("Порез", 1, "r")])
    for r, (_, v, _) in S.tax.items():
        R.cols(
            [
                (lab[r], 0.05, "l"),
                ("О-ПДВ" if r == "20" else "П-ПДВ", 0.3, "l"),
                (r + ",00%", 0.7, "r"),
                (rs(v), 1, "r"),
            ]
        )
    R.c("----------------------------------------")
    R.lr("Укупан износ пореза:", rs(S.vat))
    R.c("========================================")
    R.lr("ПФР време:", "14.03.2026. 18:42:07")
    R.lr("ПФР број рачуна:", pfr)
    R.lr("Бројач рачуна:", "5873/6012ПП")
    R.c("========================================")
    R.qr(f"https://suf.purs.gov.rs/v/?vl=A0FCMTJDRDM0RUY1NkdIN{b64(g, 120)}", 34)
    R.c("======== КРАЈ ФИСКАЛНОГ РАЧУНА =========")
    t = truth(
        pfr,
        "2026-03-14",
        None,
        "ЈОВАНОВИЋ МАРКЕТ ДОО",
        S.net,
        S.vat,
        S.total,
        "RSD",
        "sr-RS",
        "receipt",
        "receipt",
        S.items_json(),
        "Serbian PFR receipt (Cyrillic): number = 'ПФР број рачуна'; counter 5873/6012ПП is not the number; only tax amounts printed (net = total - tax); cash/change.",
    )
    return R.build(), t


def r02(g):
    """HR: restaurant bill with ZKI/JIR, PDV 25/13 % and PNP 3 % on drinks."""
    hr = fm
    S = Sums(
        [
            ("Pašticada s njokima", "2", "16.50", "13"),
            ("Riblja plata za 2 os.", "1", "42.00", "13"),
            ("Miješana salata", "2", "4.50", "13"),
            ("Vino Pošip 0,75 l", "1", "28.00", "28"),
            ("Mineralna voda 0,75 l", "2", "4.20", "28"),
        ],
        "gross",
    )
    d28 = S.groups["28"]
    b0 = d28 / D("1.28")
    pdv25, pnp = q(b0 * D("0.25")), q(b0 * D("0.03"))
    base28 = d28 - pdv25 - pnp
    b13, v13, _ = S.tax["13"]
    R = Roll(76, "DM", 7.4)
    R.c("KONOBA GALEB d.o.o.", 9.5, "DMB")
    for s in ["Obala kneza Branimira 6", "21000 Split", "OIB: 48291736055"]:
        R.c(s)
    R.sep()
    R.lr("Račun br:", "1482/PP1/2")
    R.lr("Datum:", "12.03.2026. 21:14")
    R.lr("Stol: 7", "Konobar: Ivana")
    R.sep()
    for desc, qy, u, a, _, _ in S.lines:
        R.left(desc)
        R.lr(f"  {qy} x {hr(u)}", hr(a))
    R.sep("solid")
    R.lr("UKUPNO EUR:", hr(S.total), 9.5, "DMB")
    R.lr("Način plaćanja:", "Gotovina")
    R.sep()
    R.cols([("Porez", 0, "l"), ("Stopa", 0.38, "r"), ("Osnovica", 0.7, "r"), ("Iznos", 1, "r")])
    R.cols([("PDV", 0, "l"), ("13%", 0.38, "r"), (hr(b13), 0.7, "r"), (hr(v13), 1, "r")])
    R.cols([("PDV", 0, "l"), ("25%", 0.38, "r"), (hr(base28), 0.7, "r"), (hr(pdv25), 1, "r")])
    R.cols([("PNP", 0, "l"), ("3%", 0.38, "r"), (hr(base28), 0.7, "r"), (hr(pnp), 1, "r")])
    R.sep()
    R.left("ZKI: " + hexid(g, 32))
    jir = uuid(g)
    R.left("JIR: " + jir[:19])
    R.left("     " + jir[19:])
    R.qr(f"https://porezna.gov.hr/rn?jir={jir}&datv=20260312_2114&izn={S.total * 100:.0f}", 24)
    R.c("Hvala i doviđenja!")
    net = b13 + base28
    vat = v13 + pdv25 + pnp
    t = truth(
        "1482/PP1/2",
        "2026-03-12",
        None,
        "KONOBA GALEB d.o.o.",
        net,
        vat,
        S.total,
        "EUR",
        "hr-HR",
        "receipt",
        "receipt",
        S.items_json(),
        "Croatian fiscal bill: ZKI (32 hex) and JIR (UUID, wrapped); taxes = PDV 13 % + PDV 25 % + PNP 3 % (all three in vat); thermal fade.",
    )
    return R.build(), t


def r03(g):
    """HU: NAV receipt with AP number, ÁFA letters, 5-Ft cash rounding."""
    hu = lambda v: fm(v, ",", " ", nd=0)  # noqa: E731
    S = Sums(
        [
            ("Kovászos kenyér 1 kg", "1", "1290", "5"),
            ("Kakaós csiga", "3", "490", "5"),
            ("Tej 2,8% 1 l", "2", "459", "5"),
            ("Ásványvíz 1,5 l", "2", "289", "27"),
            ("Papírzacskó", "1", "37", "27"),
        ],
        "gross",
        nd=0,
    )
    let = {"5": "A", "27": "C"}
    exact = S.total
    total = (exact / 5).quantize(D(1), rounding=ROUND_HALF_UP) * 5
    rnd = total - exact
    R = Roll(58, "DM", 6.6, margin=3)
    R.c("Bio Pékség Kft.", 8.5, "DMB")
    for s in ["1066 Budapest, Teréz krt. 21.", "Adószám: 24567891-2-42"]:
        R.c(s)
    R.c("NYUGTA", 9, "DMB")
    R.sep()
    for desc, qy, u, a, r, _ in S.lines:
        R.lr(desc, f"{hu(a)} {let[r]}")
        if qy != 1:
            R.left(f"  {qy} db x {hu(u)}")
    R.sep()
    R.lr("RÉSZÖSSZEG", hu(exact))
    R.lr("ÖSSZESEN:", hu(exact) + " Ft", 8, "DMB")
    R.lr("KEREKÍTÉS:", f"{rnd:+.0f}")
    R.lr("FIZETENDŐ:", hu(total) + " Ft", 8, "DMB")
    R.lr("KÉSZPÉNZ:", hu(5000))
    R.lr("VISSZAJÁRÓ:", hu(5000 - total))
    R.sep()
    R.left("ÁFA összesítő")
    for r, (b, v, _) in S.tax.items():
        R.lr(f"{let[r]} {r}% nettó {hu(b)}", f"ÁFA {hu(v)}")
    R.sep()
    R.lr("Nyugtaszám:", "0123/00456")
    R.lr("2026.03.11.", "08:14")
    R.qr("NAV:A12345678;0123/00456;20260311081400;" + str(total) + ";" + hexid(g, 16), 22)
    R.c("NAV ellenőrző kód")
    R.c("AP A12345678", 8, "DMB")
    t = truth(
        "0123/00456",
        "2026-03-11",
        None,
        "Bio Pékség Kft.",
        S.net,
        S.vat,
        total,
        "HUF",
        "hu-HU",
        "receipt",
        "receipt",
        S.items_json(),
        "Hungarian till receipt on 58 mm: no decimals, ÁFA letters A/C, 'KEREKÍTÉS' cash rounding to 5 Ft (total = FIZETENDŐ), AP device number in bold at the bottom.",
        rnd=rnd,
    )
    return R.build(), t


def r04(g):
    """SK: eKasa receipt with OKP and UID, DPH 23/19 %."""
    sk = fm
    S = Sums(
        [
            ("Rožok biely 40g", "6", "0.12", "19"),
            ("Maslo 82% 250g", "1", "2.69", "19"),
            ("Šunka dusená 100g", "2", "1.49", "19"),
            ("Kofola 2l", "1", "1.99", "23"),
            ("Batérie AA 4ks", "1", "3.49", "23"),
        ],
        "gross",
    )
    R = Roll(80, "DM", 7.6)
    R.c("Potraviny Hrušovská s.r.o.", 9.5, "DMB")
    for s in [
        "Hrušovská 14, 821 09 Bratislava",
        "IČO: 47123456  DIČ: 2023456789",
        "IČ DPH: SK2023456789",
        "Kód pokladne: 88812345678901234",
    ]:
        R.c(s)
    R.sep()
    R.c("POKLADNIČNÝ DOKLAD", 8.5, "DMB")
    R.lr("Doklad č.:", "873")
    R.lr("Dátum:", "05.03.2026 17:32:11")
    R.sep()
    for desc, qy, u, a, r, _ in S.lines:
        R.left(desc)
        R.cols([(f"{qy} ks x {sk(u)}", 0.05, "l"), (f"{r}%", 0.72, "r"), (sk(a), 1, "r")])
    R.sep()
    R.lr("SPOLU EUR", sk(S.total), 10, "DMB")
    R.lr("Platobná karta", sk(S.total))
    R.sep()
    R.cols([("DPH", 0, "l"), ("Základ", 0.5, "r"), ("Daň", 0.75, "r"), ("Spolu", 1, "r")])
    for r, (b, v, t_) in S.tax.items():
        R.cols([(f"{r}%", 0, "l"), (sk(b), 0.5, "r"), (sk(v), 0.75, "r"), (sk(t_), 1, "r")])
    R.sep()
    okp = hexid(g, 40)
    R.left("OKP: " + "-".join(okp[i : i + 8] for i in range(0, 40, 8)), 6.8)
    R.left("UID: O-" + hexid(g, 32, True), 6.8)
    R.qr("O-" + hexid(g, 32, True), 24)
    R.c("Doklad bol zaevidovaný v systéme e-kasa")
    R.c("Ďakujeme za nákup!")
    t = truth(
        "873",
        "2026-03-05",
        None,
        "Potraviny Hrušovská s.r.o.",
        S.net,
        S.vat,
        S.total,
        "EUR",
        "sk-SK",
        "receipt",
        "receipt",
        S.items_json(),
        "Slovak eKasa: short 'Doklad č. 873' vs OKP (5x8 hex) and UID 'O-…'; 17-digit cash-register code; DPH 19 % + 23 %; scan downscaled to ~650 px.",
    )
    return R.build(), t


def r05(g):
    """PL: PARAGON FISKALNY e-receipt, PTU A/B, line discount, nr wydr. vs receipt number."""
    pl = fm
    S = Sums(
        [
            ("Szampon ziołowy 400ml", "1", "18.99", "23"),
            ("Krem do rąk 75ml", "2", "12.49", "23", "20"),
            ("Pasta do zębów", "1", "9.99", "23"),
            ("Witamina C 1000 60 tabl.", "1", "24.90", "8"),
            ("Chusteczki nawilżane", "3", "4.29", "23"),
        ],
        "gross",
    )
    let = {"23": "A", "8": "B"}
    R = Roll(80, "DM", 7.6)
    R.c('Drogeria "Kwiatuszek"', 9.5, "DMB")
    for s in ["Anna Wiśniewska", "ul. Długa 14, 80-827 Gdańsk", "NIP 583-123-45-67"]:
        R.c(s)
    R.lr("2026-03-06", "nr wydr. 204511")
    R.c("PARAGON FISKALNY", 10, "DMB")
    R.sep()
    for desc, qy, u, a, r, disc in S.lines:
        R.left(desc)
        full = q(qy * u)
        R.lr(f"  {qy} x {pl(u)}", f"{pl(full)} {let[r]}")
        if disc:
            R.lr(f"  Rabat -{disc:.0f}%", f"-{pl(full - a)} {let[r]}")
    R.sep()
    for r, (_, v, t_) in S.tax.items():
        R.lr(f"Sprzedaż opodatkowana {let[r]}", pl(t_))
        R.lr(f"PTU {let[r]} {r},00%", pl(v))
    R.lr("SUMA PTU", pl(S.vat))
    R.lr("SUMA PLN", pl(S.total), 11, "DMB")
    R.sep()
    R.lr("Karta płatnicza", pl(S.total))
    R.lr("Nr par. 000187", "#Kasa 1  Kasjer 3")
    R.lr("", "14:27")
    R.c(hexid(g, 40, True), 6.5)
    R.c("{PL} BFA 12345678", 8, "DMB")
    R.qr("https://e-paragon.pl/v/BFA12345678/000187/" + hexid(g, 24), 22)
    t = truth(
        "000187",
        "2026-03-06",
        None,
        'Drogeria "Kwiatuszek" Anna Wiśniewska',
        S.net,
        S.vat,
        S.total,
        "PLN",
        "pl-PL",
        "receipt",
        "receipt",
        S.items_json(),
        "Polish e-paragon: 'nr wydr. 204511' (print counter) at the top vs receipt number 'Nr par. 000187' at the bottom; PTU A/B; 20 % line discount; vendor = trade name + owner.",
    )
    return R.build(), t


def r06(g):
    """PT: café Fatura Simplificada with ATCUD and QR, IVA 13/23 %."""
    pt = fm
    S = Sums(
        [
            ("Pastel de nata", "4", "1.40", "13"),
            ("Galão", "2", "1.60", "13"),
            ("Tosta mista", "1", "3.80", "13"),
            ("Imperial (cerveja)", "2", "2.20", "23"),
        ],
        "gross",
    )
    R = Roll(80, "DV", 7.6)
    R.c("Pastelaria Flor de Belém, Lda.", 9.5, "DVB")
    for s in ["Rua de Belém 61, 1300-085 Lisboa", "NIF 514 208 337", "Tel. 213 620 118"]:
        R.c(s)
    R.sep()
    R.c("Fatura Simplificada FS 2026/4471", 8.5, "DVB")
    R.lr("ATCUD:", "KFG2HW3P-4471")
    R.lr("Data: 2026-03-08", "10:12")
    R.lr("Contribuinte:", "Consumidor final")
    R.sep()
    R.cols([("Qtd", 0, "l"), ("Artigo", 0.12, "l"), ("IVA", 0.72, "r"), ("Total", 1, "r")])
    for desc, qy, _u, a, r, _ in S.lines:
        R.cols([(str(qy), 0, "l"), (desc, 0.12, "l"), (r + "%", 0.72, "r"), (pt(a), 1, "r")])
    R.sep()
    R.lr("TOTAL", pt(S.total) + " €", 11, "DVB")
    R.lr("Numerário", pt(D("20.00")))
    R.lr("Troco", pt(D("20.00") - S.total))
    R.sep()
    R.cols([("Taxa", 0, "l"), ("Incidência", 0.6, "r"), ("IVA", 1, "r")])
    for r, (b, v, _) in S.tax.items():
        R.cols([(r + "%", 0, "l"), (pt(b), 0.6, "r"), (pt(v), 1, "r")])
    R.qr(
        f"A:514208337*B:999999990*C:PT*D:FS*E:N*F:20260308*G:FS 2026/4471*H:KFG2HW3P-4471*I1:PT*N:{S.vat:.2f}*O:{S.total:.2f}*Q:m3Q9*R:1875",
        26,
    )
    R.c("m3Q9-Processado por programa certificado n.º 1875/AT", 6.4)
    R.c("IVA incluído · Obrigado pela visita!")
    t = truth(
        "FS 2026/4471",
        "2026-03-08",
        None,
        "Pastelaria Flor de Belém, Lda.",
        S.net,
        S.vat,
        S.total,
        "EUR",
        "pt-PT",
        "receipt",
        "receipt",
        S.items_json(),
        "Portuguese Fatura Simplificada: ATCUD KFG2HW3P-4471 ends with the sequence of 'FS 2026/4471'; IVA 13 % + 23 %; cash and change.",
    )
    return R.build(), t


def r07(g):
    """CZ: pub receipt with BKP/FIK-style codes, DPH 21/12 %, rounding to whole CZK."""
    cz = lambda v: fm(v, ",", " ")  # noqa: E731
    S = Sums(
        [
            ("Pilsner Urquell 0,5 l", "4", "64.90", "21"),
            ("Kofola 0,3 l", "1", "42.00", "21"),
            ("Svíčková na smetaně", "2", "219.00", "12"),
            ("Utopenec", "1", "89.50", "12"),
        ],
        "gross",
    )
    exact = S.total
    total = q(exact, 0)
    rnd = total - exact
    R = Roll(80, "DV", 7.5)
    R.c("Pivnice U Zlatého soudku s.r.o.", 9.5, "DVB")
    for s in ["Vodičkova 28, 110 00 Praha 1", "IČO: 27654321  DIČ: CZ27654321"]:
        R.c(s)
    R.sep()
    R.lr("Účtenka č.:", "2026/01877")
    R.lr("Datum:", "09.03.2026 20:51")
    R.lr("Provozovna: 11", "Pokladna: 2")
    R.sep()
    for desc, qy, u, a, r, _ in S.lines:
        R.lr(f"{qy}x {desc}", cz(a))
        R.left(f"     á {cz(u)}  DPH {r} %", 6.6)
    R.sep()
    R.lr("Mezisoučet:", cz(exact))
    R.lr("Zaokrouhlení:", ("+" if rnd >= 0 else "") + cz(rnd))
    R.lr("K ÚHRADĚ:", cz(total) + " Kč", 10.5, "DVB")
    R.lr("Hotově", cz(D("1500")))
    R.lr("Vráceno", cz(D("1500") - total))
    R.sep()
    R.cols([("Sazba", 0, "l"), ("Základ", 0.55, "r"), ("DPH", 1, "r")])
    for r, (b, v, _) in S.tax.items():
        R.cols([(r + " %", 0, "l"), (cz(b), 0.55, "r"), (cz(v), 1, "r")])
    R.sep()
    bkp = hexid(g, 40, True)
    R.left("BKP: " + "-".join(bkp[i : i + 8] for i in range(0, 40, 8)), 6.6)
    R.left("FIK: " + uuid(g) + "-ff", 6.6)
    R.left("Režim tržby: běžný", 6.6)
    R.c("Děkujeme a na shledanou!")
    t = truth(
        "2026/01877",
        "2026-03-09",
        None,
        "Pivnice U Zlatého soudku s.r.o.",
        S.net,
        S.vat,
        total,
        "CZK",
        "cs-CZ",
        "receipt",
        "receipt",
        S.items_json(),
        "Czech receipt with EET-style BKP/FIK codes; 'Zaokrouhlení' rounds to whole CZK (total = K ÚHRADĚ); DPH 21 % + 12 %; unit prices on a second small line.",
        rnd=rnd,
    )
    return R.build(), t


def r08(g):
    """IT: DOCUMENTO COMMERCIALE from a pharmacy RT, only 'di cui IVA' printed."""
    it = fm
    S = Sums(
        [
            ("TACHIPIRINA 500MG 20 CPR", "1", "5.90", "10"),
            ("MOMENT 200MG 12 CPR", "1", "8.40", "10"),
            ("CREMA SOLARE SPF50 200ML", "1", "18.90", "22"),
            ("CEROTTI ASSORTITI 20PZ", "2", "3.95", "22"),
        ],
        "gross",
    )
    R = Roll(80, H, 8)
    R.c("FARMACIA SAN MARCO", 11, HB)
    for s in [
        "di Rossi Dott.ssa Elena & C. s.n.c.",
        "Corso Garibaldi 45 - 35122 Padova",
        "P.IVA 02345670987",
    ]:
        R.c(s)
    R.gap(4)
    R.c("DOCUMENTO COMMERCIALE", 10, HB)
    R.c("di vendita o prestazione")
    R.gap(3)
    R.cols([("DESCRIZIONE", 0, "l"), ("IVA", 0.72, "r"), ("Prezzo(€)", 1, "r")], 7.5, HB)
    for desc, qy, u, a, r, _ in S.lines:
        R.cols([(desc, 0, "l"), (r + "%", 0.72, "r"), (it(a), 1, "r")], 7.5)
        if qy != 1:
            R.left(f"   {qy} x {it(u)}", 7)
    R.sep()
    R.lr("TOTALE COMPLESSIVO", it(S.total), 10.5, HB)
    R.lr("di cui IVA", it(S.vat))
    R.lr("Pagamento elettronico", it(S.total))
    R.lr("Importo pagato", it(S.total))
    R.sep()
    R.lr("12-03-2026 16:05", "DOCUMENTO N. 0412-0087")
    R.left("Codice fiscale acquirente: RSSMRA80A01G224K", 7)
    R.left("RT 99MEY012345", 7)
    R.qr(
        "https://ivaservizi.agenziaentrate.gov.it/ser/verificadc/?rt=99MEY012345&dc=0412-0087&d=20260312&t="
        + f"{S.total:.2f}",
        22,
    )
    t = truth(
        "0412-0087",
        "2026-03-12",
        None,
        "FARMACIA SAN MARCO di Rossi Dott.ssa Elena & C. s.n.c.",
        S.net,
        S.vat,
        S.total,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        S.items_json(),
        "Italian documento commerciale: number 'DOCUMENTO N. 0412-0087' on the date line; only 'di cui IVA' printed (net = total - IVA); vendor name split over two lines; RT serial.",
    )
    return R.build(), t


def r09(g):
    """AT: café bill with RKSV signature block, 10/20 %, tip on card."""
    at = fm
    S = Sums(
        [
            ("Wiener Melange", "2", "4.90", "10"),
            ("Apfelstrudel m. Schlag", "2", "6.20", "10"),
            ("Frankfurter m. Senf", "1", "7.40", "10"),
            ("Spritzer weiß 0,25", "2", "4.60", "20"),
            ("Mineral prickelnd", "1", "3.90", "20"),
        ],
        "gross",
    )
    tip = D("3.40")
    R = Roll(80, CR, 8.2)
    R.c("Café Rathauspark", 12, CB)
    for s in ["Brandstetter KG", "Rathausstraße 9, 1010 Wien", "UID: ATU65432198"]:
        R.c(s)
    R.sep("dots")
    R.lr("Beleg-Nr.: 2026-004811", "Tisch 12")
    R.lr("07.03.2026", "15:22")
    R.sep("dots")
    for desc, qy, _u, a, r, _ in S.lines:
        R.cols([(f"{qy} {desc}", 0, "l"), ("A" if r == "20" else "B", 0.8, "r"), (at(a), 1, "r")])
    R.sep("dots")
    R.lr("Summe EUR", at(S.total), 10, CB)
    R.lr("Trinkgeld", at(tip))
    R.lr("Gesamt Kartenzahlung", at(S.total + tip), 9, CB)
    R.sep("dots")
    R.cols([("", 0, "l"), ("Netto", 0.45, "r"), ("USt", 0.7, "r"), ("Brutto", 1, "r")], 7.4)
    for r, (b, v, t_) in S.tax.items():
        R.cols(
            [
                (("A " if r == "20" else "B ") + r + "%", 0, "l"),
                (at(b), 0.45, "r"),
                (at(v), 0.7, "r"),
                (at(t_), 1, "r"),
            ],
            7.4,
        )
    R.sep("dots")
    sig = f"_R1-AT1_KASSE-01_2026-004811_2026-03-07T15:22:41_{at(S.groups['20'])}_{at(S.groups['10'])}_0,00_0,00_0,00_{b64(g, 12)}_{hexid(g, 16)}_{b64(g, 12)}_{b64(g, 86)}"
    R.qr(sig, 30)
    R.c("Kassen-ID: KASSE-01", 7)
    R.c("Signatur: " + sig[-40:-20], 6)
    R.c("Vielen Dank und bis bald!")
    t = truth(
        "2026-004811",
        "2026-03-07",
        None,
        "Café Rathauspark Brandstetter KG",
        S.net,
        S.vat,
        S.total + tip,
        "EUR",
        "de-AT",
        "receipt",
        "receipt",
        S.items_json(),
        "Austrian RKSV receipt: signature QR + Kassen-ID; tip 'Trinkgeld' charged on card (total = Gesamt incl. tip); 10 % + 20 %; vendor name over two lines.",
        tip=tip,
    )
    return R.build(), t


def r10(g):
    """DE: supermarket receipt with TSE block, Pfand, EC card."""
    de = fm
    S = Sums(
        [
            ("Vollmilch 3,5% 1L", "2", "1.19", "7"),
            ("Bio Bananen 1kg", "1", "2.29", "7"),
            ("Mineralwasser 6x1,5L", "1", "3.54", "19"),
            ("Pfand 6x0,25", "1", "1.50", "19"),
            ("Spülmittel Zitrone", "1", "1.45", "19"),
            ("Roggenbrot 750g", "1", "2.89", "7"),
        ],
        "gross",
    )
    R = Roll(80, "DM", 7.4)
    R.c("FRISCHMARKT HAHN", 13, "DMB")
    for s in [
        "Frischmarkt Hahn GmbH & Co. KG",
        "Karl-Liebknecht-Str. 63, 04275 Leipzig",
        "St.-Nr. 231/118/04512",
        "USt-IdNr. DE309871245",
    ]:
        R.c(s)
    R.sep()
    R.left("EUR")
    for desc, qy, u, a, r, _ in S.lines:
        R.lr(desc, f"{de(a)} {'A' if r == '19' else 'B'}")
        if qy != 1:
            R.left(f"  {qy} Stk x {de(u)}")
    R.sep()
    R.lr("SUMME EUR", de(S.total), 11, "DMB")
    R.lr("Geg. EC-Karte", de(S.total))
    R.sep()
    R.cols([("Steuer", 0, "l"), ("Netto", 0.5, "r"), ("MwSt", 0.75, "r"), ("Brutto", 1, "r")])
    for r, (b, v, t_) in S.tax.items():
        R.cols(
            [
                (("A " if r == "19" else "B ") + r + "%", 0, "l"),
                (de(b), 0.5, "r"),
                (de(v), 0.75, "r"),
                (de(t_), 1, "r"),
            ]
        )
    R.sep()
    R.lr("10.03.2026 08:14", "Bon-Nr.: 7731")
    R.lr("Kasse 3", "Bed. 12")
    R.sep()
    R.c("*** Kartenzahlung ***")
    R.lr("girocard", "Nr. ####8823")
    R.lr("Terminal-ID 68294415", "Beleg 4412")
    R.lr("Genehmigungs-Nr.", "527741")
    R.sep()
    for a, b in [
        ("TSE-Transaktion:", "48213"),
        ("TSE-Signaturzähler:", "97412"),
        ("TSE-Start:", "2026-03-10T08:14:02.000"),
        ("TSE-Stop:", "2026-03-10T08:14:39.000"),
        ("TSE-Zeitformat:", "unixTime"),
        ("TSE-Hashalgorithmus:", "ecdsa-plain-SHA384"),
    ]:
        R.lr(a, b, 6.6)
    R.left("TSE-Seriennummer:", 6.6)
    for s in wrap_mono(hexid(g, 64), 44):
        R.left(s, 6.6)
    R.left("TSE-Signatur:", 6.6)
    for s in wrap_mono(b64(g, 128), 44):
        R.left(s, 6.6)
    R.qr(
        "V0;KASSE3;Kassenbeleg-V1;Beleg^"
        + f"{S.tax['19'][2]:.2f}_{S.tax['7'][2]:.2f}"
        + ";48213;97412;"
        + b64(g, 60),
        24,
    )
    R.c("Vielen Dank für Ihren Einkauf!")
    t = truth(
        "7731",
        "2026-03-10",
        None,
        "Frischmarkt Hahn GmbH & Co. KG",
        S.net,
        S.vat,
        S.total,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        S.items_json(),
        "German TSE receipt: Bon-Nr. 7731 vs TSE-Transaktion 48213, Signaturzähler, terminal/Beleg numbers; big trade name vs legal name (keyed legal); deposit 'Pfand' at 19 %.",
    )
    return R.build(), t


def r11(g):
    """GR: retail receipt (ΑΛΠ) with myDATA MARK, provider QR, card."""
    gr = fm
    S = Sums(
        [
            ("Freddo espresso", "2", "3.20", "13"),
            ("Τυρόπιτα", "1", "2.80", "13"),
            ("Κουλούρι Θεσσαλονίκης", "2", "0.90", "13"),
            ("Νερό 500ml", "2", "0.50", "13"),
            ("Εφημερίδα", "1", "2.50", "24"),
        ],
        "gross",
    )
    R = Roll(76, "DV", 7.4)
    R.c("ΑΡΤΟΠΟΙΕΙΟ ΚΑΦΕ ΝΙΚΟΛΑΟΥ ΙΚΕ", 8.5, "DVB")
    for s in ["Εγνατίας 88, 54630 Θεσσαλονίκη", "ΑΦΜ: 800765432  ΔΟΥ: Δ' Θεσσαλονίκης"]:
        R.c(s)
    R.sep()
    R.c("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ", 8.5, "DVB")
    R.lr("Αρ.: 3921", "15/03/2026 09:41")
    R.sep()
    for desc, qy, _u, a, r, _ in S.lines:
        R.cols([(f"{qy} x {desc}", 0, "l"), (r + "%", 0.75, "r"), (gr(a), 1, "r")])
    R.sep()
    R.lr("ΣΥΝΟΛΟ", gr(S.total) + " €", 10.5, "DVB")
    R.lr("Πληρωμή: Κάρτα", gr(S.total))
    R.sep()
    R.cols([("ΦΠΑ", 0, "l"), ("Καθαρή", 0.55, "r"), ("Φόρος", 1, "r")])
    for r, (b, v, _) in S.tax.items():
        R.cols([(r + "%", 0, "l"), (gr(b), 0.55, "r"), (gr(v), 1, "r")])
    R.sep()
    R.left("ΜΑΡΚ: 400001953871204", 6.8)
    R.left("UID: " + hexid(g, 40, True), 6.4)
    R.qr("https://www1.aade.gr/tameiakes/myweb/q1.php?SIG=" + hexid(g, 40, True), 24)
    R.c("Πάροχος: Softone e-invoicing", 6.6)
    R.c("ΕΥΧΑΡΙΣΤΟΥΜΕ!")
    t = truth(
        "3921",
        "2026-03-15",
        None,
        "ΑΡΤΟΠΟΙΕΙΟ ΚΑΦΕ ΝΙΚΟΛΑΟΥ ΙΚΕ",
        S.net,
        S.vat,
        S.total,
        "EUR",
        "el-GR",
        "receipt",
        "receipt",
        S.items_json(),
        "Greek retail receipt: 'Αρ.: 3921' vs 15-digit MARK and 40-hex UID; ΦΠΑ 13 % + 24 %; card.",
    )
    return R.build(), t


def r12(g):
    """SI: restaurant bill with ZOI/EOR, DDV 22/9,5 %."""
    si = fm
    S = Sums(
        [
            ("Goveja juha z rezanci", "2", "4.20", "9.5"),
            ("Dunajski zrezek s krompirjem", "1", "14.90", "9.5"),
            ("Štruklji z orehi", "2", "5.80", "9.5"),
            ("Pivo Laško 0,5 l", "2", "3.60", "22"),
            ("Kava", "2", "1.80", "22"),
        ],
        "gross",
    )
    R = Roll(80, "DV", 7.6)
    R.c("Gostilna Pri Lipi d.o.o.", 10, "DVB")
    for s in ["Celovška cesta 210, 1000 Ljubljana", "ID za DDV: SI48123456"]:
        R.c(s)
    R.sep()
    R.lr("Račun št.:", "01-BLAG1-2241")
    R.lr("Datum:", "16. 3. 2026 13:05")
    R.lr("Miza: 4", "Natakar: Luka")
    R.sep()
    for desc, qy, u, a, _r, _ in S.lines:
        R.left(desc)
        R.lr(f"   {qy} x {si(u)}", si(a))
    R.sep()
    R.lr("ZA PLAČILO EUR", si(S.total), 10.5, "DVB")
    R.lr("Plačilna kartica", si(S.total))
    R.sep()
    R.cols([("DDV", 0, "l"), ("Osnova", 0.55, "r"), ("Znesek", 1, "r")])
    for r, (b, v, _) in S.tax.items():
        R.cols([(r.replace(".", ",") + " %", 0, "l"), (si(b), 0.55, "r"), (si(v), 1, "r")])
    R.sep()
    R.left("ZOI: " + hexid(g, 32), 6.8)
    R.left("EOR: " + uuid(g), 6.8)
    R.qr(str(int(hexid(g, 30), 16)).zfill(39) + "48123456" + "260316130500", 22)
    R.c("Hvala za obisk!")
    t = truth(
        "01-BLAG1-2241",
        "2026-03-16",
        None,
        "Gostilna Pri Lipi d.o.o.",
        S.net,
        S.vat,
        S.total,
        "EUR",
        "sl-SI",
        "receipt",
        "receipt",
        S.items_json(),
        "Slovenian fiscal bill: number 01-BLAG1-2241 (premises-device-sequence) vs ZOI (32 hex) and EOR (UUID); date '16. 3. 2026'; DDV 9,5 % + 22 %; image-only PDF.",
    )
    return R.build(), t


# ------------------------------------------------------------ rendering ----
def to_img(pdf, dpi):
    doc = pdfium.PdfDocument(pdf)
    pil = doc[0].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    return np.asarray(pil).astype(np.float32)


def thermal(a, rng):
    h = a.shape[0]
    ramp = np.linspace(rng.uniform(0.55, 0.75), rng.uniform(0.85, 1.0), h)[:, None, None]
    ink = 255 - a
    return 255 - ink * ramp


def scan(
    a, rng, grey=True, skew=1.0, blur=0.7, noise=5.0, specks=40, fade=False, width=None, pad=0
):
    if fade:
        a = thermal(a, rng)
    if pad:
        a = cv2.copyMakeBorder(a, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(246, 246, 244))
    a = a * np.array(
        [rng.uniform(0.95, 0.99), rng.uniform(0.94, 0.98), rng.uniform(0.9, 0.96)], np.float32
    )
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-skew, skew), 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(236, 236, 232))
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = a + rng.normal(0, noise, a.shape[:2])[:, :, None]
    for _ in range(specks):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        cv2.circle(a, (x, y), int(rng.integers(1, 3)), (60, 60, 60), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    if width:
        a = cv2.resize(a, (width, round(h * width / w)), interpolation=cv2.INTER_AREA)
    img = Image.fromarray(a)
    return img.convert("L") if grey else img


def background(rng, w, h):
    base = np.array(
        rng.choice([[120, 88, 60], [95, 97, 102], [150, 140, 125], [60, 70, 85]]), np.float32
    )
    low = cv2.resize(
        rng.normal(0, 1, (6, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
    )
    streak = np.sin(np.linspace(0, rng.uniform(30, 80), w))[None, :] * rng.uniform(3, 9)
    grain = rng.normal(0, 6, (h, w))
    return np.clip(base[None, None, :] + (low * 12 + streak + grain)[:, :, None], 0, 255).astype(
        np.float32
    )


def photo(a, rng):
    dh, dw = a.shape[:2]
    L = int(rng.integers(1500, 2300))
    H_, W_ = (L, int(L * 0.75)) if dh >= dw else (int(L * 0.75), L)
    s = min(0.86 * W_ / dw, 0.9 * H_ / dh)
    pw, ph = dw * s, dh * s
    x0, y0 = (
        (W_ - pw) / 2 + rng.uniform(-0.03, 0.03) * W_,
        (H_ - ph) / 2 + rng.uniform(-0.02, 0.02) * H_,
    )
    j = lambda: rng.uniform(-0.035, 0.035) * min(pw, ph)  # noqa: E731
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    dst = np.float32(
        [
            [x0 + j(), y0 + j()],
            [x0 + pw + j(), y0 + j()],
            [x0 + pw + j(), y0 + ph + j()],
            [x0 + j(), y0 + ph + j()],
        ]
    )
    m = cv2.getPerspectiveTransform(src, dst)
    paper = a * np.array([1.0, 0.99, 0.96], np.float32)
    fy = int(rng.integers(int(dh * 0.3), int(dh * 0.7)))
    band = np.exp(-(((np.arange(dh) - fy) / (dh * 0.006)) ** 2))[:, None, None]
    paper = paper * (1 - 0.12 * band) + 0.0
    warped = cv2.warpPerspective(paper, m, (W_, H_), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), m, (W_, H_))[:, :, None]
    bg = background(rng, W_, H_)
    sh = cv2.GaussianBlur(
        np.roll(mask, (int(W_ * 0.012), int(H_ * 0.012)), (1, 0)), (0, 0), W_ * 0.012
    )
    bg = bg * (1 - 0.45 * sh[:, :, None])
    out = bg * (1 - mask) + warped * mask
    yy, xx = np.mgrid[0:H_, 0:W_].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    grad = 0.86 + 0.18 * ((np.cos(ang) * xx / W_ + np.sin(ang) * yy / H_) + 1) / 2
    vig = 1 - 0.22 * (((xx - W_ / 2) / W_) ** 2 + ((yy - H_ / 2) / H_) ** 2) * 2
    hand = cv2.GaussianBlur(
        ((xx + yy * rng.uniform(0.5, 1.5)) < rng.uniform(0.15, 0.3) * (W_ + H_)).astype(np.float32),
        (0, 0),
        W_ * 0.04,
    )
    out = out * (grad * vig * (1 - 0.3 * hand))[:, :, None]
    out = (
        cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 0.9))
        + rng.normal(0, 4, (H_, W_))[:, :, None]
    )
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def image_pdf(img, size):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.drawImage(ImageReader(img.convert("RGB")), 0, 0, size[0], size[1])
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_size(pdf):
    doc = pdfium.PdfDocument(pdf)
    size = doc[0].get_size()
    doc.close()
    return size


# kind: pdf | scan (png/jpg) | scanpdf (image-only PDF) | photo (jpg)
DOCS = {
    "i01": (i01, "pdf", {}),
    "i02": (i02, "pdf", {}),
    "i03": (i03, "scan", {"dpi": 200, "grey": False, "skew": 1.5, "ext": "png"}),
    "i04": (i04, "pdf", {}),
    "i05": (i05, "photo", {"dpi": 170, "q": 72}),
    "i06": (i06, "scanpdf", {"dpi": 160, "grey": True, "skew": 1.2}),
    "i07": (i07, "pdf", {}),
    "i08": (i08, "pdf", {}),
    "i09": (i09, "scan", {"dpi": 150, "grey": True, "skew": 2.0, "blur": 0.9, "ext": "png"}),
    "i10": (i10, "photo", {"dpi": 180, "q": 66}),
    "i11": (i11, "pdf", {}),
    "i12": (i12, "scanpdf", {"dpi": 200, "grey": False, "skew": 0.8}),
    "r01": (r01, "photo", {"dpi": 220, "q": 70}),
    "r02": (
        r02,
        "scan",
        {"dpi": 240, "grey": True, "skew": 1.8, "fade": True, "pad": 60, "ext": "png"},
    ),
    "r03": (r03, "photo", {"dpi": 260, "q": 64}),
    "r04": (
        r04,
        "scan",
        {
            "dpi": 300,
            "grey": True,
            "skew": 1.0,
            "fade": True,
            "width": 650,
            "pad": 40,
            "ext": "png",
        },
    ),
    "r05": (r05, "pdf", {}),
    "r06": (r06, "photo", {"dpi": 220, "q": 78}),
    "r07": (
        r07,
        "scan",
        {"dpi": 200, "grey": False, "skew": 1.4, "fade": True, "pad": 50, "ext": "jpg"},
    ),
    "r08": (r08, "pdf", {}),
    "r09": (r09, "photo", {"dpi": 220, "q": 74}),
    "r10": (r10, "pdf", {}),
    "r11": (r11, "pdf", {}),
    "r12": (r12, "scanpdf", {"dpi": 220, "grey": True, "skew": 1.2, "fade": True}),
}


def build(name, out):
    fn, kind, opt = DOCS[name]
    seed = zlib.crc32(name.encode())
    g, rng = random.Random(seed), np.random.default_rng(seed)
    pdf, tr = fn(g)
    tr["kind"] = {"scanpdf": "scan"}.get(kind, kind)
    sargs = {k: opt[k] for k in ("grey", "skew", "blur", "fade", "width", "pad") if k in opt}
    if kind == "pdf":
        path = out / f"{name}.pdf"
        path.write_bytes(pdf)
    elif kind == "photo":
        path = out / f"{name}.jpg"
        photo(to_img(pdf, opt["dpi"]), rng).save(path, quality=opt["q"])
    elif kind == "scan":
        path = out / f"{name}.{opt['ext']}"
        img = scan(to_img(pdf, opt["dpi"]), rng, **sargs)
        img.save(path, **({"quality": 82} if opt["ext"] == "jpg" else {}))
    else:
        path = out / f"{name}.pdf"
        img = scan(to_img(pdf, opt["dpi"]), rng, **sargs)
        jb = io.BytesIO()
        img.save(jb, format="JPEG", quality=80)
        path.write_bytes(image_pdf(Image.open(io.BytesIO(jb.getvalue())), pdf_size(pdf)))
    (out / f"{name}.json").write_text(
        json.dumps(tr, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", nargs="?", default="bench/blindsets/blind-2026-14a")
    ap.add_argument("--only")
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    for name in [args.only] if args.only else DOCS:
        print(build(name, out))


if __name__ == "__main__":
    main()
