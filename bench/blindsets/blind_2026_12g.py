# ruff: noqa: E501  (truth notes and README prose are kept on one line each)
"""Blind set 2026-12g: 25 invoices/receipts with ground truth, written blind.

Run: python -m bench.blindsets.blind_2026_12g [OUTDIR] [--only NAME]
"""

from __future__ import annotations

import io
import json
import sys
import zlib
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

MM = 72 / 25.4
A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
DJ = "/usr/share/fonts/truetype/dejavu/"
_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DV-B": "DejaVuSans-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVM-B": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVS-B": "DejaVuSerif-Bold.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVC-B": "DejaVuSansCondensed-Bold.ttf",
}
for _n, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, DJ + _f))
BOLD = {
    "DV": "DV-B",
    "DVM": "DVM-B",
    "DVS": "DVS-B",
    "DVC": "DVC-B",
    "Helvetica": "Helvetica-Bold",
    "Times-Roman": "Times-Bold",
    "Courier": "Courier-Bold",
}
C2 = Decimal("0.01")
C0 = Decimal("1")


class LayoutError(Exception):
    pass


def D(x) -> Decimal:
    return Decimal(str(x))


def q(x: Decimal, unit=C2) -> Decimal:
    return x.quantize(unit, rounding=ROUND_HALF_UP)


def crc(name: str) -> int:
    return zlib.crc32(name.encode())


# ---------------------------------------------------------------- page wrapper
class Page:
    """reportlab canvas that records every text run and refuses overlaps/off-page."""

    def __init__(self, w, h):
        self.w, self.h = w, h
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(w, h), invariant=1)
        self.rects = []

    def text(self, x, y, s, font="DV", size=9, align="l", color=(0, 0, 0)):
        s = str(s)
        if not s:
            return
        wd = pdfmetrics.stringWidth(s, font, size)
        x0 = {"l": x, "r": x - wd, "c": x - wd / 2}[align]
        r = (x0, y - 0.22 * size, x0 + wd, y + 0.78 * size)
        if r[0] < 1 or r[1] < 1 or r[2] > self.w - 1 or r[3] > self.h - 1:
            raise LayoutError(f"off page: {s!r} {r}")
        for o, t in self.rects:
            if r[0] < o[2] + 2 and o[0] < r[2] + 2 and r[1] < o[3] - 0.3 and o[1] < r[3] - 0.3:
                raise LayoutError(f"overlap: {s!r} with {t!r}")
        self.rects.append((r, s))
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)

    def line(self, x0, y0, x1, y1, w=0.6, dash=None, color=(0, 0, 0)):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(w)
        if dash:
            self.c.setDash(*dash)
        self.c.line(x0, y0, x1, y1)
        self.c.setDash()

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.6):
        if fill:
            self.c.setFillColorRGB(*fill)
        self.c.setLineWidth(lw)
        self.c.rect(x, y, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
        self.c.setFillColorRGB(0, 0, 0)

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


# ---------------------------------------------------------------- receipts
class Roll:
    """Receipt on a thermal roll; height follows the content."""

    def __init__(self, width_mm, font="DVM", size=7.5, margin=8):
        self.w = width_mm * MM
        self.font, self.size, self.m = font, size, margin
        self.ops = []

    def add(self, kind, *a, **k):
        self.ops.append((kind, a, k))

    def c(self, s, bold=False, size=None):
        self.add("c", s, bold=bold, size=size)

    def l(self, s, bold=False, size=None):  # noqa: E743
        self.add("l", s, bold=bold, size=size)

    def lr(self, left, right, bold=False, size=None):
        self.add("lr", left, right, bold=bold, size=size)

    def cols(self, cells, bold=False, size=None):
        """cells: list of (text, frac, align)."""
        self.add("cols", cells, bold=bold, size=size)

    def sep(self, ch="-"):
        self.add("sep", ch)

    def gap(self, h=5):
        self.add("gap", h)

    def _h(self, kind, a, k):
        if kind == "gap":
            return a[0]
        if kind == "sep":
            return self.size * 1.1
        return (k.get("size") or self.size) * 1.35

    def render(self) -> bytes:
        h = sum(self._h(*o) for o in self.ops) + 2 * self.m + 10
        p = Page(self.w, h)
        top = h - self.m
        L, R = self.m, self.w - self.m
        for kind, a, k in self.ops:
            sz = k.get("size") or self.size
            top -= self._h(kind, a, k)
            y = top + 0.24 * (sz if kind != "sep" else self.size)
            f = BOLD[self.font] if k.get("bold") else self.font
            if kind == "c":
                p.text(self.w / 2, y, a[0], f, sz, "c")
            elif kind == "l":
                p.text(L, y, a[0], f, sz)
            elif kind == "lr":
                p.text(L, y, a[0], f, sz)
                p.text(R, y, a[1], f, sz, "r")
            elif kind == "cols":
                for t, fr, al in a[0]:
                    p.text(L + fr * (R - L), y, t, f, sz, al)
            elif kind == "sep":
                ch = a[0]
                if ch == "rule":
                    p.line(L, y + 2, R, y + 2, 0.5)
                else:
                    n = int((R - L) / pdfmetrics.stringWidth(ch, self.font, self.size))
                    p.text(L, y, ch * n, self.font, self.size)
        if top < 0:
            raise LayoutError("roll overflow")
        return p.pdf()


def fmt(x: Decimal, dec=2, th=",", dp=".", sym="", after=False):
    neg = x < 0
    x = abs(x)
    s = f"{x:,.{dec}f}"
    s = s.replace(",", "\x00").replace(".", dp).replace("\x00", th)
    if sym:
        s = f"{s} {sym}" if after else f"{sym}{s}"
    return ("-" + s) if neg else s


def contained(gross: Decimal, rate: Decimal, unit=C2) -> Decimal:
    return q(gross * rate / (100 + rate), unit)


def items_of(rows, unit=C2):
    """rows: (desc, qty, unit_price[, rate]) -> list of dicts with Decimal amount."""
    out = []
    for r in rows:
        qty, up = D(r[1]), D(r[2])
        out.append(
            {
                "description": r[0],
                "quantity": qty,
                "unit_price": up,
                "amount": q(qty * up, unit),
                "rate": D(r[3]) if len(r) > 3 else None,
            }
        )
    return out


def check(amount, vat, total, gap=Decimal(0)):
    if amount + (vat or 0) + gap != total:
        raise ValueError(f"amount {amount} + vat {vat} + gap {gap} != total {total}")


def qs(x: Decimal) -> str:
    s = format(x.normalize(), "f")
    return s


def li_json(items, dec=2):
    out = []
    for it in items:
        up = it["unit_price"]
        if up == up.quantize(C2):
            up = up.quantize(C2)
        out.append(
            {
                "description": it["description"],
                "quantity": qs(it["quantity"]),
                "unit_price": str(up),
                "amount": str(it["amount"].quantize(C2)),
            }
        )
    return out


DOCS = {}


def doc(name, kind, country, dtype):
    def deco(fn):
        DOCS[name] = (fn, kind, country, dtype)
        return fn

    return deco


def truth(num, date, due, vendor, amount, vat, total, cur, loc, layout, dtype, items, note):
    return {
        "invoice_number": num,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": str(amount.quantize(C2)),
        "vat": None if vat is None else str(vat.quantize(C2)),
        "total": str(total.quantize(C2)),
        "currency": cur,
        "locale": loc,
        "layout": layout,
        "document_type": dtype,
        "line_items": li_json(items),
        "note": note,
    }


# ================================================================ receipts
@doc("r01", "photo", "AE", "receipt")
def r01():
    it = items_of(
        [
            ("Basmati Rice 5kg", 1, "38.50"),
            ("Labneh 400g", 2, "9.75"),
            ("Dates Khalas 1kg", 1, "27.00"),
            ("Tissue Box x3", 1, "12.25"),
            ("Mango Juice 1L", 3, "6.50"),
        ]
    )
    net = sum(i["amount"] for i in it)
    vat = q(net * D(5) / 100)
    tot = net + vat
    check(net, vat, tot)
    r = Roll(80, "DVM", 7.5)
    r.c("AL NOOR FRESH MARKET", bold=True, size=11)
    r.c("Al Barsha 1, Dubai - U.A.E.")
    r.c("TRN: 100 2345 6789 0003")
    r.c("TAX INVOICE", bold=True)
    r.sep("=")
    r.lr("Bill No: ANF-23-118204", "13/11/2026 19:42")
    r.lr("POS 04", "Cashier: Rashid")
    r.sep("-")
    for i in it:
        r.l(i["description"])
        r.lr(f"  {qs(i['quantity'])} x {i['unit_price']}", str(i["amount"]))
    r.sep("-")
    r.lr("Total excl. VAT", f"AED {net}")
    r.lr("VAT 5%", f"AED {vat}")
    r.lr("TOTAL AED", str(tot), bold=True, size=9)
    r.sep("-")
    r.lr("VISA ****4417", str(tot))
    r.gap(6)
    r.c("Thank you - come again")
    t = truth(
        "ANF-23-118204",
        "2026-11-13",
        None,
        "AL NOOR FRESH MARKET",
        net,
        vat,
        tot,
        "AED",
        "en-AE",
        "receipt",
        "receipt",
        it,
        "UAE tax invoice receipt; prices before VAT, VAT 5% added; TRN long digit groups",
    )
    return r.render(), t


@doc("r02", "scan", "SA", "receipt")
def r02():
    it = items_of(
        [
            ("Spanish Latte", 2, "19.00"),
            ("V60 Ethiopia", 1, "24.00"),
            ("Pistachio Croissant", 1, "17.00"),
        ]
    )
    tot = sum(i["amount"] for i in it)
    vat = contained(tot, D(15))
    net = tot - vat
    check(net, vat, tot)
    r = Roll(76, "DVC", 8)
    r.c("QAHWA LANE", bold=True, size=13)
    r.c("specialty coffee", size=7)
    r.c("King Fahd Rd, Riyadh")
    r.c("VAT Reg. No. 310122334400003", size=7)
    r.gap(4)
    r.c("Simplified Tax Invoice", bold=True)
    r.sep("rule")
    r.l("Invoice # QL-55081")
    r.l("Date: 2026-11-21   Time: 08:17")
    r.l("Order type: Take away")
    r.sep("rule")
    r.cols([("Item", 0, "l"), ("Qty", 0.68, "r"), ("Amount", 1, "r")], bold=True)
    for i in it:
        r.cols(
            [(i["description"], 0, "l"), (qs(i["quantity"]), 0.68, "r"), (str(i["amount"]), 1, "r")]
        )
    r.sep("rule")
    r.lr("Total (excl. VAT)", str(net))
    r.lr("VAT 15%", str(vat))
    r.lr("Total incl. VAT  SAR", str(tot), bold=True, size=9.5)
    r.gap(4)
    r.lr("mada", str(tot))
    r.c("[QR]  e-invoice", size=7)
    t = truth(
        "QL-55081",
        "2026-11-21",
        None,
        "QAHWA LANE",
        net,
        vat,
        tot,
        "SAR",
        "en-SA",
        "receipt",
        "receipt",
        it,
        "Saudi simplified tax invoice, prices incl. 15% VAT; net and VAT printed",
    )
    return r.render(), t


@doc("r03", "scan", "ZA", "receipt")
def r03():
    it = items_of(
        [("ULP 95", "38.42", "23.66"), ("Energade 500ml", 2, "16.99"), ("Biltong 80g", 1, "54.90")]
    )
    tot = sum(i["amount"] for i in it)
    vat = contained(tot, D(15))
    net = tot - vat
    check(net, vat, tot)
    r = Roll(80, "Courier", 8)
    r.c("VELD ROAD ENERGY", bold=True, size=11)
    r.c("Sasolburg Service Centre")
    r.c("VAT No: 4123456789")
    r.sep("*")
    r.l("TAX INVOICE")
    r.lr("Slip: 0771-204518", "")
    r.lr("Date: 08/11/2026", "14:05")
    r.lr("Pump 6", "Att: T. Mokoena")
    r.sep("*")
    f = it[0]
    r.l(f"{f['description']}  {qs(f['quantity'])} L @ R{f['unit_price']}/L")
    r.lr("", f"R {f['amount']}")
    for i in it[1:]:
        r.lr(f"{qs(i['quantity'])} {i['description']}", f"R {i['amount']}")
    r.sep("*")
    r.lr("TOTAL (VAT INCL)", f"R {tot}", bold=True)
    r.lr("VAT @ 15% incl.", f"R {vat}")
    r.gap(4)
    r.lr("CARD", f"R {tot}")
    r.lr("Reg no. TT 22 ZK GP", "")
    r.c("Drive safe!")
    t = truth(
        "0771-204518",
        "2026-11-08",
        None,
        "VELD ROAD ENERGY",
        net,
        vat,
        tot,
        "ZAR",
        "en-ZA",
        "receipt",
        "receipt",
        it,
        "fuel litres with 2 decimals and per-litre price; VAT contained 15% only shown as 'VAT @ 15% incl.'",
    )
    return r.render(), t


@doc("r04", "photo", "KE", "receipt")
def r04():
    it = items_of(
        [
            ("MAIZE FLOUR 2KG", 2, "189.00"),
            ("SUGAR 1KG", 1, "165.00"),
            ("MILK FRESH 500ML", 4, "65.00"),
            ("BAR SOAP 800G", 1, "238.00"),
        ]
    )
    tot = sum(i["amount"] for i in it)
    vat = contained(tot, D(16))
    net = tot - vat
    check(net, vat, tot)
    r = Roll(80, "DVM", 7.2)
    r.c("JAMII SUPERMARKET LTD", bold=True, size=10)
    r.c("Moi Avenue, Nairobi")
    r.c("PIN: P051234567X")
    r.sep("-")
    r.lr("RECEIPT NO:", "JSM0092811")
    r.lr("DATE:", "29-11-2026 18:22")
    r.lr("TILL:", "07")
    r.sep("-")
    r.cols([("DESCRIPTION", 0, "l"), ("QTY", 0.55, "r"), ("PRICE", 0.77, "r"), ("TOTAL", 1, "r")])
    for i in it:
        r.l(i["description"])
        r.cols(
            [
                (qs(i["quantity"]), 0.55, "r"),
                (str(i["unit_price"]), 0.77, "r"),
                (fmt(i["amount"]), 1, "r"),
            ]
        )
    r.sep("-")
    r.lr("TOTAL KSH", fmt(tot), bold=True, size=9)
    r.lr("M-PESA", fmt(tot))
    r.sep("-")
    r.cols([("CODE", 0, "l"), ("VATABLE", 0.55, "r"), ("VAT", 1, "r")])
    r.cols([("A 16%", 0, "l"), (fmt(net), 0.55, "r"), (fmt(vat), 1, "r")])
    r.sep("-")
    r.c("CU Serial: KRAMW0170020")
    r.c("Karibu tena!")
    t = truth(
        "JSM0092811",
        "2026-11-29",
        None,
        "JAMII SUPERMARKET LTD",
        net,
        vat,
        tot,
        "KES",
        "en-KE",
        "receipt",
        "receipt",
        it,
        "Kenyan receipt, VAT 16% contained, thousands separator, KRA CU serial looks like a number",
    )
    return r.render(), t


@doc("r05", "scan", "HK", "receipt")
def r05():
    it = items_of(
        [
            ("Char Siu Rice", 2, "68.00"),
            ("Wonton Noodle Soup", 1, "52.00"),
            ("Milk Tea (iced)", 3, "26.00"),
            ("Gai Lan w/ Oyster Sauce", 1, "58.00"),
        ]
    )
    sub = sum(i["amount"] for i in it)
    svc = q(sub * D(10) / 100)
    tot = sub + svc
    check(tot, None, tot)
    r = Roll(76, "DV", 7.5)
    r.c("GOLDEN HARBOUR", bold=True, size=12)
    r.c("CHA CHAAN TENG")
    r.c("Shop 3, 18 Hennessy Road, Wan Chai")
    r.gap(3)
    r.lr("Table 12", "Guests 4")
    r.lr("Check #: 40127", "Server: 07")
    r.l("Date: 16 Nov 2026  20:41")
    r.sep("rule")
    for i in it:
        r.lr(f"{qs(i['quantity'])}  {i['description']}", str(i["amount"]))
    r.sep("rule")
    r.lr("Subtotal", str(sub))
    r.lr("10% Service Charge", str(svc))
    r.lr("TOTAL HK$", str(tot), bold=True, size=10)
    r.gap(3)
    r.lr("Octopus", str(tot))
    r.c("Thank you!")
    t = truth(
        "40127",
        "2026-11-16",
        None,
        "GOLDEN HARBOUR",
        tot,
        None,
        tot,
        "HKD",
        "en-HK",
        "receipt",
        "receipt",
        it,
        "HK restaurant, no tax; 10% service charge is not VAT (vat null, amount = total)",
    )
    return r.render(), t


@doc("r06", "pdf", "TW", "receipt")
def r06():
    it = items_of(
        [
            ("Oolong Tea 600ml", 2, "25"),
            ("Tuna Onigiri", 1, "35"),
            ("Tea Egg", 3, "13"),
            ("Umbrella", 1, "199"),
        ],
        C0,
    )
    tot = sum(i["amount"] for i in it)
    check(tot, None, tot)
    r = Roll(58, "DV", 6.8, 6)
    r.c("DAILY+ MART", bold=True, size=10)
    r.c("Xinyi Store #0382")
    r.c("Taipei City")
    r.sep("-")
    r.l("E-Invoice  WK-38401927")
    r.l("2026-11-04 07:55:12")
    r.l("Seller ID 28553014")
    r.sep("-")
    for i in it:
        r.lr(f"{i['description']} x{qs(i['quantity'])}", f"{int(i['amount'])}TX")
    r.sep("-")
    r.lr("Items 7", "")
    r.lr("TOTAL", f"NT${int(tot)}", bold=True, size=8.5)
    r.lr("Cash", "NT$1000")
    r.lr("Change", f"NT${1000 - int(tot)}")
    t = truth(
        "WK-38401927",
        "2026-11-04",
        None,
        "DAILY+ MART",
        tot,
        None,
        tot,
        "TWD",
        "en-TW",
        "receipt",
        "receipt",
        it,
        "58 mm roll, NT$ without decimals, 'TX' suffix on amounts, no VAT printed; cash/change",
    )
    return r.render(), t


@doc("r07", "scan", "KR", "receipt")
def r07():
    it = items_of(
        [
            ("Iced Americano", 2, "4500"),
            ("Hallabong Ade", 1, "6300"),
            ("Injeolmi Bingsu", 1, "12800"),
        ],
        C0,
    )
    tot = sum(i["amount"] for i in it)
    vat = q(tot / 11, C0)
    net = tot - vat
    check(net, vat, tot)
    r = Roll(80, "DV", 7.6)
    r.c("CAFE BOMNAL", bold=True, size=12)
    r.c("Seongsu-dong, Seoul")
    r.c("Business Reg. 214-88-01937")
    r.sep("=")
    r.l("Receipt No. 20261122-0148")
    r.l("22/11/2026 15:30")
    r.sep("=")
    r.cols(
        [("Menu", 0, "l"), ("Qty", 0.55, "r"), ("Price", 0.76, "r"), ("Amount", 1, "r")], bold=True
    )
    for i in it:
        r.cols(
            [
                (i["description"], 0, "l"),
                (qs(i["quantity"]), 0.55, "r"),
                (f"{int(i['unit_price']):,}", 0.76, "r"),
                (f"{int(i['amount']):,}", 1, "r"),
            ]
        )
    r.sep("=")
    r.lr("Supply value", f"₩{int(net):,}")
    r.lr("VAT", f"₩{int(vat):,}")
    r.lr("Total", f"₩{int(tot):,}", bold=True, size=10)
    r.lr("Credit card (Shinhan)", f"₩{int(tot):,}")
    t = truth(
        "20261122-0148",
        "2026-11-22",
        None,
        "CAFE BOMNAL",
        net,
        vat,
        tot,
        "KRW",
        "en-KR",
        "receipt",
        "receipt",
        it,
        "Korean won sign, no decimals, 'Supply value' = net; receipt no. looks like a date",
    )
    return r.render(), t


@doc("r08", "photo", "CA", "receipt")
def r08():
    it = items_of(
        [
            ("Baguette tradition", 2, "3.49"),
            ("Fromage Oka 200 g", 1, "11.99"),
            ("Sirop d'erable 540 ml", 1, "14.49"),
        ]
    )
    net = sum(i["amount"] for i in it)
    gst = q(net * D(5) / 100)
    qst = q(net * D("9.975") / 100)
    tot = net + gst + qst
    check(net, gst + qst, tot)
    r = Roll(80, "DVC", 8)
    r.c("ÉPICERIE DU PLATEAU", bold=True, size=11)
    r.c("4520 rue Saint-Denis, Montréal QC")
    r.c("TPS/GST 812345678 RT0001")
    r.c("TVQ/QST 1219876543 TQ0001")
    r.sep("-")
    r.lr("Trans. 0412-3381", "2026/11/27")
    r.sep("-")
    for i in it:
        r.lr(f"{qs(i['quantity'])} {i['description']}", f"{i['amount']} T")
    r.sep("-")
    r.lr("Sous-total / Subtotal", str(net))
    r.lr("TPS/GST 5%", str(gst))
    r.lr("TVQ/QST 9.975%", str(qst))
    r.lr("TOTAL", f"{tot} $", bold=True, size=10)
    r.lr("Interac", f"{tot} $")
    r.c("Merci! Thank you!")
    t = truth(
        "0412-3381",
        "2026-11-27",
        None,
        "ÉPICERIE DU PLATEAU",
        net,
        gst + qst,
        tot,
        "CAD",
        "fr-CA",
        "receipt",
        "receipt",
        it,
        "Québec: GST + QST on net, vat = both; bilingual labels; two tax registration numbers",
    )
    return r.render(), t


@doc("r09", "scan", "CH", "receipt")
def r09():
    it = items_of(
        [
            ("Zopf 500g", 1, "6.80"),
            ("Gipfeli", 4, "1.60"),
            ("Nusstorte", 1, "9.50"),
            ("Bürli", 3, "1.20"),
        ]
    )
    tot = sum(i["amount"] for i in it)
    vat = contained(tot, D("2.6"))
    net = tot - vat
    check(net, vat, tot)
    r = Roll(76, "DVM", 7)
    r.c("Bäckerei Konditorei", size=8)
    r.c("HUBER & SÖHNE", bold=True, size=12)
    r.c("Bahnhofstrasse 7, 8400 Winterthur")
    r.c("CHE-113.456.789 MWST")
    r.gap(4)
    for i in it:
        r.lr(f"{qs(i['quantity'])} x {i['description']}", str(i["amount"]))
    r.sep("rule")
    r.lr("Total CHF", str(tot), bold=True, size=9)
    r.lr("TWINT", str(tot))
    r.gap(3)
    r.cols([("MWST", 0, "l"), ("Satz", 0.3, "l"), ("Netto", 0.66, "r"), ("MWST", 1, "r")])
    r.cols([("B", 0, "l"), ("2.6%", 0.3, "l"), (str(net), 0.66, "r"), (str(vat), 1, "r")])
    r.sep("rule")
    r.l("Beleg 7731   24.11.2026 06:58")
    r.l("Es bediente Sie: Lea")
    t = truth(
        "7731",
        "2026-11-24",
        None,
        "HUBER & SÖHNE",
        net,
        vat,
        tot,
        "CHF",
        "de-CH",
        "receipt",
        "receipt",
        it,
        "Swiss bakery, MWST 2.6% contained; number and date in footer line; small line above name",
    )
    return r.render(), t


@doc("r10", "pdf", "NO", "receipt")
def r10():
    it = items_of(
        [
            ("Pølse i brød", 2, "39.00", 15),
            ("Kaffe", 1, "32.00", 15),
            ("Avis VG", 1, "45.00", 0),
            ("Batteri AA", 1, "59.00", 25),
        ]
    )
    # newspaper zero-rated
    tot = sum(i["amount"] for i in it)
    v15 = contained(sum(i["amount"] for i in it if i["rate"] == 15), D(15))
    v25 = contained(sum(i["amount"] for i in it if i["rate"] == 25), D(25))
    vat = v15 + v25
    net = tot - vat
    check(net, vat, tot)
    r = Roll(80, "Helvetica", 8)
    r.c("FJORDKIOSKEN", bold=True, size=12)
    r.c("Strandkaien 4, 5013 Bergen")
    r.c("Org.nr. 987 654 321 MVA")
    r.sep("rule")
    r.l("Kvittering nr. 118842")
    r.l("Dato 02.11.2026  kl. 12:14")
    r.sep("rule")
    for i in it:
        r.lr(f"{qs(i['quantity'])} {i['description']}", fmt(i["amount"], th=" ", dp=","))
    r.sep("rule")
    r.lr("Å BETALE kr", fmt(tot, th=" ", dp=","), bold=True, size=10)
    r.lr("Bankkort", fmt(tot, th=" ", dp=","))
    r.gap(3)
    r.cols([("MVA-sats", 0, "l"), ("Grunnlag", 0.62, "r"), ("MVA", 1, "r")])
    b15 = sum(i["amount"] for i in it if i["rate"] == 15) - v15
    b25 = sum(i["amount"] for i in it if i["rate"] == 25) - v25
    r.cols([("15 %", 0, "l"), (fmt(b15, dp=","), 0.62, "r"), (fmt(v15, dp=","), 1, "r")])
    r.cols([("25 %", 0, "l"), (fmt(b25, dp=","), 0.62, "r"), (fmt(v25, dp=","), 1, "r")])
    r.cols([("0 %", 0, "l"), ("45,00", 0.62, "r"), ("0,00", 1, "r")])
    r.lr("Sum MVA", fmt(vat, dp=","))
    t = truth(
        "118842",
        "2026-11-02",
        None,
        "FJORDKIOSKEN",
        net,
        vat,
        tot,
        "NOK",
        "nb-NO",
        "receipt",
        "receipt",
        it,
        "Norwegian MVA 15%/25% plus a 0% newspaper, contained; decimal comma; Helvetica",
    )
    return r.render(), t


@doc("r11", "scan", "FI", "receipt")
def r11():
    it = items_of(
        [
            ("Ruisleipä", 1, "2.49", 14),
            ("Maito 1l", 2, "1.15", 14),
            ("Kahvi 500g", 1, "6.99", 14),
            ("Astianpesuaine", 1, "3.79", "25.5"),
            ("Pantti", 2, "0.20", "25.5"),
        ]
    )
    tot = sum(i["amount"] for i in it)
    g14 = sum(i["amount"] for i in it if i["rate"] == 14)
    g25 = sum(i["amount"] for i in it if i["rate"] == D("25.5"))
    v14, v25 = contained(g14, D(14)), contained(g25, D("25.5"))
    vat = v14 + v25
    net = tot - vat
    check(net, vat, tot)
    r = Roll(80, "DVM", 7.3)
    r.c("LÄHIKAUPPA KOIVU", bold=True, size=11)
    r.c("Koivukatu 12, 33100 Tampere")
    r.c("Y-tunnus 2345678-9")
    r.sep("-")
    for i in it:
        if i["quantity"] != 1:
            r.l(i["description"])
            r.lr(
                f"  {qs(i['quantity'])} kpl à {fmt(i['unit_price'], dp=',')}",
                fmt(i["amount"], dp=","),
            )
        else:
            r.lr(i["description"], fmt(i["amount"], dp=","))
    r.sep("-")
    r.lr("YHTEENSÄ EUR", fmt(tot, dp=","), bold=True, size=9.5)
    r.lr("Korttimaksu", fmt(tot, dp=","))
    r.sep("-")
    r.cols([("ALV %", 0, "l"), ("Veroton", 0.45, "r"), ("Vero", 0.7, "r"), ("Verollinen", 1, "r")])
    r.cols(
        [
            ("14,0", 0, "l"),
            (fmt(g14 - v14, dp=","), 0.45, "r"),
            (fmt(v14, dp=","), 0.7, "r"),
            (fmt(g14, dp=","), 1, "r"),
        ]
    )
    r.cols(
        [
            ("25,5", 0, "l"),
            (fmt(g25 - v25, dp=","), 0.45, "r"),
            (fmt(v25, dp=","), 0.7, "r"),
            (fmt(g25, dp=","), 1, "r"),
        ]
    )
    r.sep("-")
    r.lr("Kuitti 0055/3310", "30.11.2026 17:48")
    t = truth(
        "0055/3310",
        "2026-11-30",
        None,
        "LÄHIKAUPPA KOIVU",
        net,
        vat,
        tot,
        "EUR",
        "fi-FI",
        "receipt",
        "receipt",
        it,
        "image-only PDF; ALV 14%/25.5% contained, deposit (pantti) line; receipt no. at bottom",
    )
    return r.render(), t


@doc("r12", "photo", "IE", "receipt")
def r12():
    it = items_of(
        [
            ("Pint Guinness", 3, "6.40", 23),
            ("Toasted Special", 2, "8.50", "13.5"),
            ("Tayto Crisps", 2, "2.20", 23),
        ]
    )
    tot = sum(i["amount"] for i in it)
    g23 = sum(i["amount"] for i in it if i["rate"] == 23)
    g13 = sum(i["amount"] for i in it if i["rate"] == D("13.5"))
    v23, v13 = contained(g23, D(23)), contained(g13, D("13.5"))
    vat = v23 + v13
    net = tot - vat
    check(net, vat, tot)
    r = Roll(76, "DVS", 7.6)
    r.c("The Crooked Fiddler", bold=True, size=12)
    r.c("Lower Bridge St, Dublin 8")
    r.c("VAT Reg IE 6388047V")
    r.sep("rule")
    r.lr("Docket 22981", "Tbl 5")
    r.lr("20 Nov 2026", "21:12")
    r.sep("rule")
    for i in it:
        r.lr(f"{qs(i['quantity'])} {i['description']}", f"€{i['amount']}")
    r.sep("rule")
    r.lr("Balance Due", f"€{tot}", bold=True, size=10)
    r.lr("VAT @ 23%", f"€{v23}")
    r.lr("VAT @ 13.5%", f"€{v13}")
    r.lr("Card", f"€{tot}")
    r.c("Sláinte!")
    t = truth(
        "22981",
        "2026-11-20",
        None,
        "The Crooked Fiddler",
        net,
        vat,
        tot,
        "EUR",
        "en-IE",
        "receipt",
        "receipt",
        it,
        "Irish pub docket; two contained VAT rates listed after the total; 'Balance Due' as total label",
    )
    return r.render(), t


# ================================================================ invoices
def table(p, x0, x1, y, items, cols, font, size, fmtf, head, rowh=None, header_fill=None):
    """cols: list of (key, frac, align); head: list of header labels. returns y below."""
    rowh = rowh or size * 1.7
    W = x1 - x0
    if header_fill:
        p.rect(x0, y - size * 0.5, W, rowh, fill=header_fill, stroke=False)
    for (_k, fr, al), h in zip(cols, head, strict=True):
        p.text(x0 + 4 + fr * (W - 8), y, h, BOLD.get(font, font), size, al)
    y -= rowh
    p.line(x0, y + rowh - size * 0.5, x1, y + rowh - size * 0.5, 0.4)
    for i, it in enumerate(items, 1):
        for k, fr, al in cols:
            v = {
                "n": str(i),
                "d": it["description"],
                "q": qs(it["quantity"]),
                "u": fmtf(it["unit_price"]),
                "a": fmtf(it["amount"]),
                "r": f"{qs(it['rate'])}%" if it.get("rate") is not None else "",
            }[k]
            p.text(x0 + 4 + fr * (W - 8), y, v, font, size, al)
        y -= rowh
    p.line(x0, y + rowh - size * 0.5, x1, y + rowh - size * 0.5, 0.4)
    return y


def totals(p, xl, xr, y, rows, font, size, step=None):
    step = step or size * 1.6
    for lab, val, bold in rows:
        f = BOLD.get(font, font) if bold else font
        p.text(xl, y, lab, f, size)
        p.text(xr, y, val, f, size, "r")
        y -= step
    return y


def inv_amounts(it, rate=None, unit=C2):
    net = sum(i["amount"] for i in it)
    if rate is None:
        return net, None, net
    vat = q(net * D(rate) / 100, unit)
    return net, vat, net + vat


@doc("i01", "pdf", "AE", "invoice")
def i01():
    it = items_of(
        [
            ("Fit-out works, Unit 14B (stage 2)", 1, "18500.00"),
            ("Gypsum partitions, m2", 42, "135.00"),
            ("Site supervision, days", 6, "950.00"),
        ]
    )
    net, vat, tot = inv_amounts(it, 5)
    check(net, vat, tot)
    p = Page(*A4)
    f = "DV"
    p.rect(0, 770, A4[0], 72, fill=(0.1, 0.25, 0.35), stroke=False)
    p.text(40, 805, "SANDSTONE INTERIORS L.L.C", "DV-B", 16, color=(1, 1, 1))
    p.text(40, 787, "Office 905, Bay Square 3, Business Bay, Dubai, UAE", f, 8, color=(1, 1, 1))
    p.text(555, 800, "TAX INVOICE", "DV-B", 18, "r", color=(1, 1, 1))
    p.text(40, 745, "TRN 100398477200003", f, 9)
    # boxes with number / date / due
    labels = [
        ("Invoice No.", "SI-2026-0417"),
        ("Invoice Date", "09/11/2026"),
        ("Due Date", "09/12/2026"),
        ("LPO Ref.", "LPO-88214"),
    ]
    for k, (lab, val) in enumerate(labels):
        x = 40 + k * 130
        p.rect(x, 690, 122, 36)
        p.text(x + 6, 714, lab, f, 7.5, color=(0.35, 0.35, 0.35))
        p.text(x + 6, 698, val, "DV-B", 10)
    p.text(40, 665, "Bill to:", "DV-B", 9)
    for k, s in enumerate(
        ["Marina Pearl Hospitality FZ-LLC", "Dubai Marina, P.O. Box 55120", "TRN 100512398700003"]
    ):
        p.text(40, 652 - k * 12, s, f, 9)
    y = table(
        p,
        40,
        555,
        590,
        it,
        [("d", 0, "l"), ("q", 0.62, "r"), ("u", 0.8, "r"), ("a", 1, "r")],
        f,
        9,
        lambda x: fmt(x),
        ["Description", "Qty", "Rate (AED)", "Amount (AED)"],
        header_fill=(0.88, 0.92, 0.95),
    )
    y = totals(
        p,
        360,
        555,
        y - 10,
        [
            ("Taxable amount", fmt(net), False),
            ("VAT 5%", fmt(vat), False),
            ("Total AED", fmt(tot), True),
        ],
        f,
        9.5,
    )
    p.text(40, 120, "Bank: Emirates NBD  IBAN AE07 0331 2345 6789 0123 456", f, 8)
    p.text(40, 106, "Payment due within 30 days. This is a tax invoice.", f, 8)
    t = truth(
        "SI-2026-0417",
        "2026-11-09",
        "2026-12-09",
        "SANDSTONE INTERIORS L.L.C",
        net,
        vat,
        tot,
        "AED",
        "en-AE",
        "invoice",
        "invoice",
        it,
        "UAE tax invoice; number/date/due/LPO in four boxes; two TRNs (vendor + customer)",
    )
    return p.pdf(), t


@doc("i02", "pdf", "CH", "invoice")
def i02():
    it = items_of(
        [
            ("Beratung / Consulting", "12.5", "180.00"),
            ("Reisekosten / Travel (pauschal)", 1, "240.00"),
            ("Lizenz / Licence, 1 Jahr", 1, "1200.00"),
        ]
    )
    net, vat, tot = inv_amounts(it, "8.1")
    check(net, vat, tot)
    p = Page(*A4)
    f = "Helvetica"
    p.text(50, 790, "ALPENSOFT AG", "Helvetica-Bold", 15)
    p.text(50, 776, "Seestrasse 112 - 8002 Zürich", f, 8.5)
    p.text(50, 765, "UID / VAT: CHE-421.557.903 MWST", f, 8.5)
    for k, s in enumerate(
        ["Kunde / Customer", "Bergbahnen Engadin AG", "Via Maistra 4", "7500 St. Moritz"]
    ):
        p.text(340, 730 - k * 12, s, "Helvetica-Bold" if k == 0 else f, 9)
    p.text(50, 660, "Rechnung / Invoice 2026-3318", "Helvetica-Bold", 14)
    p.text(50, 642, "Datum / Date: 17.11.2026", f, 9)
    p.text(250, 642, "Zahlbar bis / Due: 17.12.2026", f, 9)
    y = table(
        p,
        50,
        545,
        610,
        it,
        [("d", 0, "l"), ("q", 0.6, "r"), ("u", 0.8, "r"), ("a", 1, "r")],
        f,
        9,
        lambda x: fmt(x, th="'"),
        ["Beschreibung / Description", "Menge", "Preis", "CHF"],
    )
    y = totals(
        p,
        330,
        545,
        y - 8,
        [
            ("Netto / Net", fmt(net, th="'"), False),
            ("MWST / VAT 8.1%", fmt(vat, th="'"), False),
            ("Total CHF", fmt(tot, th="'"), True),
        ],
        f,
        9.5,
    )
    # QR-bill slip
    p.line(0, 297, A4[0], 297, 0.5, dash=(3, 2))
    p.line(175, 0, 175, 297, 0.5, dash=(3, 2))
    p.text(15, 275, "Empfangsschein", "Helvetica-Bold", 11)
    p.text(15, 255, "Konto / Zahlbar an", "Helvetica-Bold", 6)
    p.text(15, 246, "CH44 3199 9123 0008 8901 2", f, 8)
    p.text(15, 236, "ALPENSOFT AG", f, 8)
    p.text(15, 200, "Währung", "Helvetica-Bold", 6)
    p.text(75, 200, "Betrag", "Helvetica-Bold", 6)
    p.text(15, 190, "CHF", f, 8)
    p.text(75, 190, fmt(tot, th=" "), f, 8)
    p.text(190, 275, "Zahlteil", "Helvetica-Bold", 11)
    p.rect(190, 120, 130, 130)
    p.text(255, 185, "QR", "Helvetica-Bold", 20, "c")
    p.text(340, 255, "Konto / Zahlbar an", "Helvetica-Bold", 7)
    p.text(340, 245, "CH44 3199 9123 0008 8901 2", f, 9)
    p.text(340, 234, "ALPENSOFT AG, Seestrasse 112, 8002 Zürich", f, 8)
    p.text(340, 215, "Referenz", "Helvetica-Bold", 7)
    p.text(340, 205, "21 00000 00003 13947 14300 09017", f, 9)
    p.text(190, 100, "Währung", "Helvetica-Bold", 7)
    p.text(250, 100, "Betrag", "Helvetica-Bold", 7)
    p.text(190, 88, "CHF", f, 9)
    p.text(250, 88, fmt(tot, th=" "), f, 9)
    t = truth(
        "2026-3318",
        "2026-11-17",
        "2026-12-17",
        "ALPENSOFT AG",
        net,
        vat,
        tot,
        "CHF",
        "de-CH",
        "invoice",
        "invoice",
        it,
        "EN/DE Swiss invoice with QR-bill slip repeating the amount; apostrophe thousands; Helvetica",
    )
    return p.pdf(), t


@doc("i03", "scan", "CA", "invoice")
def i03():
    it = items_of(
        [
            ("Déneigement / Snow removal (Dec-Mar)", 1, "1450.00"),
            ("Épandage de sel / Salting, visits", 8, "65.00"),
        ]
    )
    net = sum(i["amount"] for i in it)
    gst, qst = q(net * D(5) / 100), q(net * D("9.975") / 100)
    tot = net + gst + qst
    check(net, gst + qst, tot)
    p = Page(*LETTER)
    f = "DVS"
    p.text(306, 740, "Entretien Boréal inc.", "DVS-B", 18, "c")
    p.text(306, 724, "1200, boul. Laurier, Québec (QC) G1V 4T3", f, 9, "c")
    p.text(306, 712, "TPS/GST 734512209 RT0001  -  TVQ/QST 1224419087 TQ0001", f, 8, "c")
    p.line(60, 700, 552, 700, 1)
    p.text(60, 675, "FACTURE / INVOICE", "DVS-B", 13)
    p.text(552, 675, "No: EB-11-0962", "DVS-B", 11, "r")
    p.text(60, 650, "Client / Customer:", "DVS-B", 9)
    for k, s in enumerate(
        ["Syndicat de copropriété Le Cartier", "845, av. Cartier", "Québec (QC) G1R 2R8"]
    ):
        p.text(60, 637 - k * 12, s, f, 9)
    y = table(
        p,
        60,
        552,
        570,
        it,
        [("d", 0, "l"), ("q", 0.58, "r"), ("u", 0.77, "r"), ("a", 1, "r")],
        f,
        9,
        lambda x: fmt(x, th=" ", dp=",") + " $",
        ["Description", "Qté/Qty", "Prix/Price", "Montant/Amount"],
    )
    y = totals(
        p,
        330,
        552,
        y - 10,
        [
            ("Sous-total / Subtotal", fmt(net, th=" ", dp=",") + " $", False),
            ("TPS/GST 5 %", fmt(gst, th=" ", dp=",") + " $", False),
            ("TVQ/QST 9,975 %", fmt(qst, th=" ", dp=",") + " $", False),
            ("TOTAL", fmt(tot, th=" ", dp=",") + " $", True),
        ],
        f,
        9.5,
    )
    # footer table with dates
    p.rect(60, 90, 492, 40)
    p.line(60, 110, 552, 110, 0.4)
    for k, (lab, val) in enumerate(
        [
            ("Date de facture / Invoice date", "2026-11-03"),
            ("Échéance / Due date", "2026-12-03"),
            ("Conditions / Terms", "Net 30"),
        ]
    ):
        p.text(66 + k * 164, 116, lab, f, 7)
        p.text(66 + k * 164, 96, val, "DVS-B", 9)
    t = truth(
        "EB-11-0962",
        "2026-11-03",
        "2026-12-03",
        "Entretien Boréal inc.",
        net,
        gst + qst,
        tot,
        "CAD",
        "fr-CA",
        "invoice",
        "invoice",
        it,
        "FR/EN Québec invoice; dates only in a footer table; decimal comma + '$' after; GST+QST",
    )
    return p.pdf(), t


@doc("i04", "pdf", "JP", "invoice")
def i04():
    it = items_of(
        [
            ("Precision bearing 6204-ZZ", 400, "385"),
            ("Shaft coupling SC-20", 60, "2150"),
            ("Packing & handling", 1, "8800"),
        ],
        C0,
    )
    net, vat, tot = inv_amounts(it, 10, C0)
    check(net, vat, tot)
    p = Page(*A4)
    f = "DV"
    p.text(297, 800, "INVOICE", "DV-B", 22, "c")
    p.line(230, 793, 365, 793, 1.2)
    # customer left, vendor right column with number/date
    p.text(40, 750, "Nordic Drive Systems AB", "DV-B", 11)
    p.text(40, 736, "Kungsgatan 44, 411 19 Göteborg, Sweden", f, 8.5)
    p.text(40, 700, "Amount billed (tax incl.)", f, 9)
    p.text(40, 682, f"JPY {int(tot):,}-", "DV-B", 16)
    p.line(40, 677, 240, 677, 0.8)
    rc = [
        ("Invoice No.", "INV-26-00781"),
        ("Date of issue", "Nov 25, 2026"),
        ("Payment due", "Dec 31, 2026"),
    ]
    for k, (a, b) in enumerate(rc):
        p.text(370, 760 - k * 13, a, f, 8.5)
        p.text(555, 760 - k * 13, b, f, 8.5, "r")
    p.text(370, 712, "Kawamura Seiko Co., Ltd.", "DV-B", 11)
    p.text(370, 698, "3-14-2 Shiba, Minato-ku, Tokyo 105-0014", f, 8)
    p.text(370, 686, "Registration No. T4010401099876", f, 8)
    y = table(
        p,
        40,
        555,
        630,
        it,
        [("n", 0, "l"), ("d", 0.05, "l"), ("q", 0.66, "r"), ("u", 0.82, "r"), ("a", 1, "r")],
        f,
        8.5,
        lambda x: f"{int(x):,}",
        ["#", "Item", "Qty", "Unit price", "Amount"],
    )
    y = totals(
        p,
        360,
        555,
        y - 8,
        [
            ("Subtotal (10% items)", f"{int(net):,}", False),
            ("Consumption tax 10%", f"{int(vat):,}", False),
            ("Total (JPY)", f"{int(tot):,}", True),
        ],
        f,
        9.5,
    )
    p.text(
        40,
        110,
        "Bank transfer: MUFG Bank, Shiba Branch, Ordinary 0123456, Kawamura Seiko Co., Ltd.",
        f,
        8,
    )
    t = truth(
        "INV-26-00781",
        "2026-11-25",
        "2026-12-31",
        "Kawamura Seiko Co., Ltd.",
        net,
        vat,
        tot,
        "JPY",
        "en-JP",
        "invoice",
        "invoice",
        it,
        "Japanese style: customer top-left, vendor lower right column; big 'JPY n-' amount; no decimals",
    )
    return p.pdf(), t


@doc("i05", "scan", "SG", "invoice")
def i05():
    it = items_of(
        [
            ("Aircon servicing (chemical wash)", 5, "85.00"),
            ("Gas top-up R32", 2, "60.00"),
            ("Transport charge", 1, "25.00"),
        ]
    )
    net, vat, tot = inv_amounts(it, 9)
    check(net, vat, tot)
    p = Page(*A4)
    f = "Times-Roman"
    p.text(40, 790, "COOLBREEZE ENGINEERING PTE. LTD.", "Times-Bold", 15)
    p.text(40, 776, "21 Kaki Bukit Road 4, #05-12, Singapore 417800", f, 9)
    p.text(40, 764, "GST Reg No: 201912345K   UEN 201912345K", f, 9)
    p.rect(380, 700, 175, 80)
    p.text(467, 764, "TAX INVOICE", "Times-Bold", 13, "c")
    p.text(388, 744, "Invoice: CB/2611/0093", f, 9.5)
    p.text(388, 730, "Date: 12 November 2026", f, 9.5)
    p.text(388, 716, "Terms: 14 days", f, 9.5)
    p.text(40, 730, "To: Mr Tan Wei Ming", f, 10)
    p.text(40, 717, "Blk 412 Bedok North Ave 2 #08-31", f, 10)
    y = table(
        p,
        40,
        555,
        660,
        it,
        [("n", 0, "l"), ("d", 0.06, "l"), ("q", 0.62, "r"), ("u", 0.8, "r"), ("a", 1, "r")],
        f,
        10,
        lambda x: fmt(x),
        ["S/N", "Description", "Qty", "Unit Price", "Amount S$"],
    )
    y = totals(
        p,
        370,
        555,
        y - 10,
        [
            ("Total before GST", fmt(net), False),
            ("Add GST @ 9%", fmt(vat), False),
            ("Total payable S$", fmt(tot), True),
        ],
        f,
        10,
    )
    p.text(
        40, 150, "PayNow UEN 201912345K. Cheques payable to CoolBreeze Engineering Pte. Ltd.", f, 9
    )
    t = truth(
        "CB/2611/0093",
        "2026-11-12",
        None,
        "COOLBREEZE ENGINEERING PTE. LTD.",
        net,
        vat,
        tot,
        "SGD",
        "en-SG",
        "invoice",
        "invoice",
        it,
        "image-only PDF scan; GST 9%; terms 14 days only (no due date); number with slashes",
    )
    return p.pdf(), t


@doc("i06", "pdf", "AU", "invoice")
def i06():
    it = items_of(
        [
            ("Bookkeeping - October", 1, "880.00"),
            ("BAS preparation Q1 FY27", 1, "450.00"),
            ("Payroll runs (STP)", 4, "55.00"),
        ]
    )
    net, vat, tot = inv_amounts(it, 10)
    check(net, vat, tot)
    p = Page(*A4)
    f = "Helvetica"
    p.rect(0, 0, 150, A4[1], fill=(0.93, 0.95, 0.9), stroke=False)
    p.text(20, 800, "LEDGERLINE", "Helvetica-Bold", 14)
    p.text(20, 786, "ACCOUNTING", f, 9)
    side = [
        "ABN 53 004 085 616",
        "Level 2, 88 Flinders St",
        "Melbourne VIC 3000",
        "",
        "Invoice number",
        "LL-24817",
        "",
        "Issue date",
        "06/11/2026",
        "",
        "Due date",
        "20/11/2026",
    ]
    for k, s in enumerate(side):
        if s:
            p.text(
                20,
                740 - k * 13,
                s,
                "Helvetica-Bold" if s in ("Invoice number", "Issue date", "Due date") else f,
                9,
            )
    p.text(180, 790, "Tax Invoice", "Helvetica-Bold", 24)
    p.text(180, 750, "Billed to", "Helvetica-Bold", 9)
    p.text(180, 737, "Gumtree Joinery Pty Ltd (ABN 71 112 334 556)", f, 9)
    p.text(180, 725, "14 Industrial Dr, Bayswater VIC 3153", f, 9)
    y = table(
        p,
        175,
        560,
        680,
        it,
        [("d", 0, "l"), ("q", 0.62, "r"), ("u", 0.8, "r"), ("a", 1, "r")],
        f,
        9,
        lambda x: "$" + fmt(x),
        ["Service", "Qty", "Price", "Amount"],
    )
    y = totals(
        p,
        380,
        560,
        y - 8,
        [
            ("Subtotal (ex GST)", "$" + fmt(net), False),
            ("GST", "$" + fmt(vat), False),
            ("Total inc GST", "$" + fmt(tot), True),
            ("Amount paid", "$0.00", False),
            ("Balance due AUD", "$" + fmt(tot), True),
        ],
        f,
        9.5,
    )
    p.text(180, 120, "EFT: BSB 063-000  Acc 1234 5678   Ref LL-24817", f, 8.5)
    t = truth(
        "LL-24817",
        "2026-11-06",
        "2026-11-20",
        "LEDGERLINE",
        net,
        vat,
        tot,
        "AUD",
        "en-AU",
        "invoice",
        "invoice",
        it,
        "left sidebar carries ABN, number and dates; customer ABN also printed; 'Balance due' repeats total",
    )
    return p.pdf(), t


@doc("i07", "scan", "NZ", "invoice")
def i07():
    it = items_of(
        [
            ("Merino hoodie, charcoal, M", 6, "89.00"),
            ("Possum-merino beanie", 12, "24.50"),
            ("Freight (NZ Post)", 1, "18.00"),
        ]
    )
    net, vat, tot = inv_amounts(it, 15)
    check(net, vat, tot)
    p = Page(*A4)
    f = "DVC"
    p.text(555, 800, "Kea & Co Knitwear Ltd", "DVC-B", 14, "r")
    p.text(555, 786, "47 Hereford St, Christchurch 8011", f, 9, "r")
    p.text(555, 774, "GST No. 112-345-678", f, 9, "r")
    p.text(40, 740, "TAX INVOICE  #  KEA-7730", "DVC-B", 16)
    p.text(40, 720, "Issued 19 November 2026    Due 20 December 2026", f, 10)
    p.text(40, 690, "Ship to: Alpine Outfitters, 3 Ardmore St, Wanaka 9305", f, 9)
    y = table(
        p,
        40,
        555,
        650,
        it,
        [("d", 0, "l"), ("q", 0.6, "r"), ("u", 0.8, "r"), ("a", 1, "r")],
        f,
        9.5,
        lambda x: fmt(x),
        ["Description", "Qty", "Unit (NZD)", "Line total"],
        rowh=20,
    )
    p.rect(340, y - 52, 215, 60)
    totals(
        p,
        348,
        547,
        y - 6,
        [
            ("Total excl. GST", fmt(net), False),
            ("GST 15%", fmt(vat), False),
            ("Total incl. GST NZD", fmt(tot), True),
        ],
        f,
        9.5,
    )
    t = truth(
        "KEA-7730",
        "2026-11-19",
        "2026-12-20",
        "Kea & Co Knitwear Ltd",
        net,
        vat,
        tot,
        "NZD",
        "en-NZ",
        "invoice",
        "invoice",
        it,
        "vendor block right-aligned at top; number inline in title; both dates on one line",
    )
    return p.pdf(), t


@doc("i08", "pdf", "ZA", "invoice")
def i08():
    it = items_of(
        [
            ("Security guarding (Nov), shifts", 60, "640.00"),
            ("Armed response call-outs", 3, "450.00"),
            ("Alarm monitoring", 1, "385.00"),
        ]
    )
    net, vat, tot = inv_amounts(it, 15)
    check(net, vat, tot)
    dep = D("5000.00")
    p = Page(*A4)
    f = "DVS"
    p.text(40, 795, "Ubuntu Shield Security (Pty) Ltd", "DVS-B", 14)
    p.text(40, 780, "Reg. 2015/334712/07   VAT No. 4780263511", f, 8.5)
    p.text(40, 768, "12 Jan Smuts Ave, Rosebank, Johannesburg 2196", f, 8.5)
    p.text(555, 795, "TAX INVOICE", "DVS-B", 16, "r")
    p.text(40, 725, "Client: Rosebank Mews Body Corporate (VAT No. 4310998877)", f, 9)
    y = table(
        p,
        40,
        555,
        690,
        it,
        [("d", 0, "l"), ("q", 0.6, "r"), ("u", 0.8, "r"), ("a", 1, "r")],
        f,
        9,
        lambda x: "R " + fmt(x, th=" "),
        ["Description", "Qty", "Rate", "Amount"],
    )
    y = totals(
        p,
        330,
        555,
        y - 8,
        [
            ("Total Exclusive", "R " + fmt(net, th=" "), False),
            ("VAT 15%", "R " + fmt(vat, th=" "), False),
            ("Total Inclusive", "R " + fmt(tot, th=" "), True),
            ("Less deposit received", "R " + fmt(-dep, th=" "), False),
            ("Amount Due", "R " + fmt(tot - dep, th=" "), True),
        ],
        f,
        9.5,
    )
    # number/date in footer table
    p.rect(40, 70, 515, 44)
    p.line(40, 92, 555, 92, 0.4)
    for k, (a, b) in enumerate(
        [
            ("Invoice No", "USS-INV-10482"),
            ("Date", "2026/11/30"),
            ("Account", "RMBC01"),
            ("Due", "2026/12/07"),
        ]
    ):
        p.text(46 + k * 128, 98, a, "DVS-B", 8)
        p.text(46 + k * 128, 76, b, f, 9)
    t = truth(
        "USS-INV-10482",
        "2026-11-30",
        "2026-12-07",
        "Ubuntu Shield Security (Pty) Ltd",
        net,
        vat,
        tot,
        "ZAR",
        "en-ZA",
        "invoice",
        "invoice",
        it,
        "deposit deducted before 'Amount Due' (total stays inclusive total); number/date/due in footer table",
    )
    return p.pdf(), t


@doc("i09", "pdf", "HU", "invoice")
def i09():
    it = items_of(
        [
            ("Irodabútor összeszerelés", 8, "12500"),
            ("Kiszállási díj", 1, "15000"),
            ("Szerelési anyag", 1, "7390"),
        ],
        C0,
    )
    net, vat, tot = inv_amounts(it, 27, C0)
    check(net, vat, tot)
    p = Page(*A4)
    f = "DV"
    p.text(297, 805, "SZÁMLA", "DV-B", 20, "c")
    p.text(297, 788, "Invoice", f, 9, "c")
    p.text(555, 770, "Sorszám: DBK-2026/00418", "DV-B", 10, "r")
    # two boxes seller/buyer
    p.rect(40, 640, 250, 110)
    p.rect(305, 640, 250, 110)
    p.text(48, 738, "Eladó", "DV-B", 8)
    p.text(313, 738, "Vevő", "DV-B", 8)
    for k, s in enumerate(
        [
            "Dunakanyar Bútorszerelő Kft.",
            "2000 Szentendre, Fő tér 9.",
            "Adószám: 24518367-2-13",
            "Bankszámla: 11742087-20114455",
        ]
    ):
        p.text(48, 722 - k * 13, s, "DV-B" if k == 0 else f, 9)
    for k, s in enumerate(
        ["Pilisi Iroda Zrt.", "1037 Budapest, Bécsi út 77.", "Adószám: 12345678-2-41"]
    ):
        p.text(313, 722 - k * 13, s, "DV-B" if k == 0 else f, 9)
    hd = [
        ("Teljesítés dátuma", "2026.11.10."),
        ("Számla kelte", "2026.11.11."),
        ("Fizetési határidő", "2026.11.26."),
        ("Fizetési mód", "átutalás"),
    ]
    for k, (a, b) in enumerate(hd):
        p.text(40 + k * 130, 620, a, f, 7.5)
        p.text(40 + k * 130, 606, b, "DV-B", 9)
    y = table(
        p,
        40,
        555,
        570,
        it,
        [("d", 0, "l"), ("q", 0.45, "r"), ("u", 0.6, "r"), ("r", 0.7, "r"), ("a", 1, "r")],
        f,
        8.5,
        lambda x: fmt(x, 0, th=" ") + " Ft",
        ["Megnevezés", "Menny.", "Egységár", "ÁFA", "Nettó érték"],
    )
    y = totals(
        p,
        320,
        555,
        y - 8,
        [
            ("Nettó összesen", fmt(net, 0, th=" ") + " Ft", False),
            ("ÁFA 27%", fmt(vat, 0, th=" ") + " Ft", False),
            ("Bruttó végösszeg", fmt(tot, 0, th=" ") + " Ft", True),
        ],
        f,
        9.5,
    )
    t = truth(
        "DBK-2026/00418",
        "2026-11-11",
        "2026-11-26",
        "Dunakanyar Bútorszerelő Kft.",
        net,
        vat,
        tot,
        "HUF",
        "hu-HU",
        "invoice",
        "invoice",
        it,
        "Hungarian számla: performance date before issue date; HUF no decimals; 'Bruttó végösszeg'",
    )
    return p.pdf(), t


def _rate_items(rows, rate, unit=C2):
    it = items_of(rows, unit)
    for i in it:
        i["rate"] = D(rate)
    return it


@doc("i10", "scan", "RO", "invoice")
def i10():
    it = _rate_items(
        [
            ("Servicii transport marfă Cluj-Arad", 2, "1850.00"),
            ("Taxe de drum (rovinietă)", 1, "96.50"),
            ("Manipulare paleți", 14, "22.00"),
        ],
        19,
    )
    net, vat, tot = inv_amounts(it, 19)
    check(net, vat, tot)
    p = Page(*A4)
    f = "DVS"
    p.text(40, 800, "Furnizor:", "DVS-B", 8)
    for k, s in enumerate(
        [
            "TRANSCARPAT LOGISTIC S.R.L.",
            "CIF: RO31458822  Reg. Com.: J12/3345/2013",
            "Str. Fabricii nr. 27, Cluj-Napoca",
            "IBAN RO49 BTRL 0130 1202 A123 45XX",
        ]
    ):
        p.text(40, 788 - k * 12, s, "DVS-B" if k == 0 else f, 8.5 if k else 10)
    p.text(330, 800, "Cumpărător:", "DVS-B", 8)
    for k, s in enumerate(
        ["AGROVEST PRODCOM S.A.", "CIF: RO10877456", "Calea Aurel Vlaicu 201, Arad"]
    ):
        p.text(330, 788 - k * 12, s, "DVS-B" if k == 0 else f, 8.5 if k else 10)
    p.rect(200, 670, 195, 62)
    p.text(297, 716, "FACTURĂ", "DVS-B", 16, "c")
    p.text(297, 698, "Seria TCL nr. 00952", f, 10, "c")
    p.text(297, 680, "Data: 05.11.2026", f, 10, "c")
    y = table(
        p,
        40,
        555,
        640,
        it,
        [
            ("n", 0, "l"),
            ("d", 0.05, "l"),
            ("q", 0.5, "r"),
            ("u", 0.64, "r"),
            ("a", 0.82, "r"),
            ("r", 1, "r"),
        ],
        f,
        8.5,
        lambda x: fmt(x, th=".", dp=","),
        ["Nr.", "Denumire", "Cant.", "Preț unitar", "Valoare", "Cota TVA"],
    )
    y = totals(
        p,
        330,
        555,
        y - 8,
        [
            ("Total fără TVA", fmt(net, th=".", dp=",") + " lei", False),
            ("TVA 19%", fmt(vat, th=".", dp=",") + " lei", False),
            ("Total de plată", fmt(tot, th=".", dp=",") + " lei", True),
        ],
        f,
        9.5,
    )
    p.text(40, 140, "Termen de plată: 30 de zile de la data facturii.", f, 8.5)
    t = truth(
        "TCL00952",
        "2026-11-05",
        None,
        "TRANSCARPAT LOGISTIC S.R.L.",
        net,
        vat,
        tot,
        "RON",
        "ro-RO",
        "invoice",
        "invoice",
        it,
        "Romanian factură: number printed as 'Seria TCL nr. 00952' (keyed series+number); payment term only; decimal comma",
    )
    return p.pdf(), t


@doc("i11", "pdf", "GR", "invoice")
def i11():
    it = items_of(
        [
            ("Photography, hotel shoot (day rate)", 2, "650.00"),
            ("Drone footage licence", 1, "420.00"),
            ("Retouching, images", 40, "6.50"),
        ]
    )
    sub = sum(i["amount"] for i in it)
    disc = q(sub * D(10) / 100)
    ship = D("35.00")
    net = sub - disc + ship
    vat = q(net * D(24) / 100)
    tot = net + vat
    check(net, vat, tot)
    p = Page(*A4)
    f = "Times-Roman"
    p.text(40, 800, "AEGEAN LENS STUDIO", "Times-Bold", 20)
    p.text(40, 783, "Kallidromiou 45, 106 81 Athens, Greece  |  VAT No. EL 801234567", f, 9)
    p.line(40, 772, 555, 772, 2)
    p.text(40, 740, "INVOICE", "Times-Bold", 14)
    p.text(40, 724, "No. AL-2026-118", f, 10)
    p.text(40, 711, "Date 26/11/2026", f, 10)
    p.text(555, 740, "Invoice to", "Times-Bold", 10, "r")
    p.text(555, 726, "Hotel Kyma Santorini S.A.", f, 10, "r")
    p.text(555, 713, "Oia 847 02, Santorini - VAT EL 998877665", f, 9, "r")
    y = table(
        p,
        40,
        555,
        670,
        it,
        [("d", 0, "l"), ("q", 0.6, "r"), ("u", 0.8, "r"), ("a", 1, "r")],
        f,
        10,
        lambda x: "€ " + fmt(x),
        ["Description", "Qty", "Unit", "Amount"],
    )
    y = totals(
        p,
        340,
        555,
        y - 8,
        [
            ("Subtotal", "€ " + fmt(sub), False),
            ("Discount 10%", "€ " + fmt(-disc), False),
            ("Shipping (prints)", "€ " + fmt(ship), False),
            ("Net amount", "€ " + fmt(net), False),
            ("VAT 24%", "€ " + fmt(vat), False),
            ("TOTAL", "€ " + fmt(tot), True),
        ],
        f,
        10,
    )
    p.text(
        40,
        130,
        "Payment by bank transfer, Piraeus Bank GR16 0171 2340 0061 2345 6789 012, due on receipt.",
        f,
        9,
    )
    t = truth(
        "AL-2026-118",
        "2026-11-26",
        None,
        "AEGEAN LENS STUDIO",
        net,
        vat,
        tot,
        "EUR",
        "en-GR",
        "invoice",
        "invoice",
        it,
        "totals block: Subtotal, discount, shipping, net, VAT, total; line items sum to Subtotal not net; 'due on receipt' is no date",
    )
    return p.pdf(), t


@doc("i12", "pdf", "DK", "invoice")
def i12():
    it = items_of(
        [
            ("Vinduespudsning, kontor", 1, "2400.00"),
            ("Trappevask, opgange", 6, "350.00"),
            ("Kørsel", 1, "180.00"),
        ]
    )
    net, vat, tot = inv_amounts(it, 25)
    check(net, vat, tot)
    p = Page(*A4)
    f = "Courier"
    dk = lambda x: fmt(x, th=".", dp=",")  # noqa: E731
    p.text(40, 800, "RENT & KLART ApS", "Courier-Bold", 16)
    p.text(40, 784, "Vesterbrogade 131, 1620 København V", f, 9)
    p.text(40, 772, "CVR-nr. 38 41 27 65", f, 9)
    p.text(40, 730, "Kunde: Nørrebro Tandklinik I/S", f, 9)
    p.text(40, 718, "Jagtvej 101, 2200 København N", f, 9)
    rows = [
        ("Faktura nr.", "20261187"),
        ("Fakturadato", "14-11-2026"),
        ("Forfaldsdato", "28-11-2026"),
        ("Kundenr.", "4410"),
    ]
    for k, (a, b) in enumerate(rows):
        p.text(360, 740 - k * 13, a, f, 9)
        p.text(555, 740 - k * 13, b, "Courier-Bold", 9, "r")
    p.text(40, 670, "FAKTURA", "Courier-Bold", 14)
    y = table(
        p,
        40,
        555,
        640,
        it,
        [("d", 0, "l"), ("q", 0.58, "r"), ("u", 0.78, "r"), ("a", 1, "r")],
        f,
        9,
        dk,
        ["Beskrivelse", "Antal", "Pris", "Beløb"],
    )
    y = totals(
        p,
        330,
        555,
        y - 8,
        [
            ("Subtotal", dk(net), False),
            ("Moms 25%", dk(vat), False),
            ("At betale DKK", dk(tot), True),
        ],
        f,
        9.5,
    )
    p.text(
        40,
        120,
        "Betaling: Reg. 2191 konto 8765432109. FI-kode +71<000000201261187 +85412345<",
        f,
        8,
    )
    t = truth(
        "20261187",
        "2026-11-14",
        "2026-11-28",
        "RENT & KLART ApS",
        net,
        vat,
        tot,
        "DKK",
        "da-DK",
        "invoice",
        "invoice",
        it,
        "Danish faktura in Courier; right-column label/value pairs; 'At betale'; FI code contains number",
    )
    return p.pdf(), t


@doc("i13", "pdf", "GB", "credit_note")
def i13():
    it = items_of(
        [
            ("Returned: Ergonomic chair, graphite", 2, "-189.00"),
            ("Restocking fee waived", 1, "0.00"),
            ("Delivery refund", 1, "-14.95"),
        ]
    )
    net, vat, tot = inv_amounts(it, 20)
    check(net, vat, tot)
    p = Page(*A4)
    f = "Helvetica"
    gb = lambda x: ("-£" if x < 0 else "£") + fmt(abs(x))  # noqa: E731
    p.text(297, 800, "Northgate Office Supply Ltd", "Helvetica-Bold", 15, "c")
    p.text(
        297, 786, "Unit 7, Riverside Park, Leeds LS10 1AB  -  VAT Reg. GB 284 5719 36", f, 8.5, "c"
    )
    p.rect(40, 730, 515, 36, fill=(0.92, 0.92, 0.92))
    p.text(50, 743, "CREDIT NOTE  CN-004127", "Helvetica-Bold", 13)
    p.text(545, 743, "Dated 18 Nov 2026", f, 10, "r")
    p.text(40, 705, "Against invoice INV-051938 of 02 Nov 2026", f, 9)
    p.text(40, 690, "Customer: Brightwell Architects LLP, 22 Park Row, Leeds LS1 5JL", f, 9)
    y = table(
        p,
        40,
        555,
        650,
        it,
        [("d", 0, "l"), ("q", 0.6, "r"), ("u", 0.8, "r"), ("a", 1, "r")],
        f,
        9,
        gb,
        ["Item", "Qty", "Unit", "Net"],
    )
    y = totals(
        p,
        340,
        555,
        y - 8,
        [
            ("Net credit", gb(net), False),
            ("VAT @ 20%", gb(vat), False),
            ("Total credit", gb(tot), True),
        ],
        f,
        10,
    )
    p.text(40, 140, "The credit will be refunded to the original card within 5 working days.", f, 9)
    t = truth(
        "CN-004127",
        "2026-11-18",
        None,
        "Northgate Office Supply Ltd",
        net,
        vat,
        tot,
        "GBP",
        "en-GB",
        "invoice",
        "credit_note",
        it,
        "UK credit note printed negative; refers to an earlier invoice number and date",
    )
    return p.pdf(), t


# ================================================================ degradation
def render(pdf: bytes, dpi: int, grey: bool) -> np.ndarray:
    page = pdfium.PdfDocument(pdf)[0]
    img = page.render(scale=dpi / 72, grayscale=grey).to_pil().convert("RGB")
    return np.asarray(img).astype(np.float32)


def scan(pdf, rng, dpi, grey, receipt, target_w=None):
    a = render(pdf, dpi, grey)
    if receipt:  # thermal fading: lighten ink unevenly
        h, w = a.shape[:2]
        fade = np.linspace(rng.uniform(0.0, 0.35), rng.uniform(0.2, 0.55), h)[:, None, None]
        a = 255 - (255 - a) * (1 - fade)
        a = a * np.array([1.0, 0.99, 0.96])
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.5, 1.1))
    h, w = a.shape[:2]
    ang = rng.uniform(-2, 2)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, M, (w, h), borderValue=(245, 245, 242))
    a = a + rng.normal(0, rng.uniform(4, 9), a.shape)
    for _ in range(int(rng.integers(10, 40) * h * w / 1.5e6) + 3):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        cv2.circle(a, (x, y), int(rng.integers(1, 3)), (70, 70, 70), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    if grey:
        a = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    if target_w and w > target_w:
        a = cv2.resize(a, (target_w, int(h * target_w / w)), interpolation=cv2.INTER_AREA)
    return a


def photo(pdf, rng, receipt):
    a = render(pdf, 200, False)
    h, w = a.shape[:2]
    # fold/crumple: brightness ridges
    for _ in range(int(rng.integers(1, 3))):
        if receipt:
            y0 = int(rng.uniform(0.2, 0.8) * h)
            prof = np.exp(-((np.arange(h) - y0) ** 2) / (2 * 6.0**2))[:, None, None]
        else:
            x0 = int(rng.uniform(0.3, 0.7) * w)
            prof = np.exp(-((np.arange(w) - x0) ** 2) / (2 * 6.0**2))[None, :, None]
        a = a * (1 - 0.18 * prof)
    a = a * np.array([1.0, 0.98, 0.93])
    long_side = int(rng.integers(1500, 2300))
    Hc = long_side
    Wc = int(long_side * (0.75 if not receipt else 0.7))
    bg = np.zeros((Hc, Wc, 3), np.float32)
    base = np.array(
        rng.choice([[120, 90, 60], [70, 75, 80], [160, 150, 135], [60, 80, 60]]), np.float32
    )
    bg[:] = base
    noise = cv2.GaussianBlur(rng.normal(0, 25, (Hc, Wc)).astype(np.float32), (0, 0), 3)
    bg += noise[:, :, None]
    s = min((Hc * 0.86) / h, (Wc * 0.86) / w)
    pw, ph = w * s, h * s
    cx, cy = Wc / 2, Hc / 2
    dst = np.float32(
        [
            [cx - pw / 2 + rng.uniform(-40, 40), cy - ph / 2 + rng.uniform(-40, 40)],
            [cx + pw / 2 + rng.uniform(-40, 40), cy - ph / 2 + rng.uniform(-40, 40)],
            [cx + pw / 2 + rng.uniform(-25, 25), cy + ph / 2 + rng.uniform(-25, 25)],
            [cx - pw / 2 + rng.uniform(-25, 25), cy + ph / 2 + rng.uniform(-25, 25)],
        ]
    )
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, M, (Wc, Hc))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (Wc, Hc))[:, :, None]
    out = bg * (1 - mask) + warped * mask
    # uneven light + shadow
    yy, xx = np.mgrid[0:Hc, 0:Wc].astype(np.float32)
    lx, ly = rng.uniform(0, Wc), rng.uniform(0, Hc)
    light = 1.05 - 0.3 * np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / np.hypot(Wc, Hc)
    out *= light[:, :, None]
    sx = rng.uniform(0.55, 0.85) * Wc
    shadow = 1 - 0.28 / (1 + np.exp(-(xx + 0.3 * yy - sx) / 25))
    out *= shadow[:, :, None]
    out = cv2.GaussianBlur(out, (0, 0), 0.8) + rng.normal(0, 4, out.shape)
    return np.clip(out, 0, 255).astype(np.uint8)


def encode(a: np.ndarray, ext: str, quality=85) -> bytes:
    im = Image.fromarray(a)
    b = io.BytesIO()
    if ext == "jpg":
        im.save(b, "JPEG", quality=quality)
    else:
        im.save(b, "PNG", optimize=False)
    return b.getvalue()


def image_pdf(a: np.ndarray, dpi: int) -> bytes:
    h, w = a.shape[:2]
    pw, ph = w * 72 / dpi, h * 72 / dpi
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=(pw, ph), invariant=1)
    c.drawImage(ImageReader(Image.fromarray(a)), 0, 0, pw, ph)
    c.showPage()
    c.save()
    return b.getvalue()


# name -> (output ext, scan params) for raster kinds
OUTPUT = {
    "r01": ("jpg", {"q": 72}),
    "r02": ("png", {"dpi": 200, "grey": True, "w": 600}),
    "r03": ("jpg", {"dpi": 150, "grey": True, "q": 80}),
    "r04": ("jpg", {"q": 64}),
    "r05": ("png", {"dpi": 300, "grey": False, "w": 640}),
    "r06": ("pdf", None),
    "r07": ("jpg", {"dpi": 200, "grey": False, "q": 82}),
    "r08": ("jpg", {"q": 78}),
    "r09": ("png", {"dpi": 200, "grey": True}),
    "r10": ("pdf", None),
    "r11": ("pdf", {"dpi": 200, "grey": True, "img": True}),
    "r12": ("png", {"photo": True}),
    "i01": ("pdf", None),
    "i02": ("pdf", None),
    "i03": ("png", {"dpi": 150, "grey": True}),
    "i04": ("pdf", None),
    "i05": ("pdf", {"dpi": 200, "grey": True, "img": True}),
    "i06": ("pdf", None),
    "i07": ("jpg", {"dpi": 200, "grey": False, "q": 85}),
    "i08": ("pdf", None),
    "i09": ("pdf", None),
    "i10": ("png", {"dpi": 200, "grey": True}),
    "i11": ("pdf", None),
    "i12": ("pdf", None),
    "i13": ("pdf", None),
}


def build(name: str):
    fn, kind, _country, _dtype = DOCS[name]
    pdf, t = fn()
    rng = np.random.default_rng(crc(name))
    ext, prm = OUTPUT[name]
    receipt = name.startswith("r")
    if kind == "pdf":
        data = pdf
    elif kind == "photo":
        a = photo(pdf, rng, receipt)
        data = encode(a, ext, prm.get("q", 80))
    else:
        a = scan(pdf, rng, prm["dpi"], prm["grey"], receipt, prm.get("w"))
        data = image_pdf(a, prm["dpi"]) if prm.get("img") else encode(a, ext, prm.get("q", 85))
    t["kind"] = kind
    return ext, data, t


MIX = """| | pdf (text) | image-only pdf | scan png/jpg | photo | total |
|---|---|---|---|---|---|
| receipts | 2 | 1 | 5 | 4 | 12 |
| invoices | 8 | 1 | 3 | 0 | 12 |
| credit notes | 1 | 0 | 0 | 0 | 1 |
| total | 11 | 2 | 8 | 4 | 25 |"""


def readme(rows) -> str:
    out = [
        "# Blind set 2026-12g",
        "",
        "25 documents (12 receipts, 12 invoices, 1 credit note) written blind by",
        "`bench/blindsets/blind_2026_12g.py` (`python -m bench.blindsets.blind_2026_12g [OUTDIR] [--only NAME]`).",
        "",
        "## How it is drawn",
        "Each document is drawn with reportlab (`invariant=1`) by its own function (own layout), with DejaVu",
        "(Sans, Sans Mono, Serif, Condensed) or the standard Helvetica/Times/Courier fonts. Receipts are",
        "58/76/80 mm rolls as long as their content; invoices A4 or Letter. Every text run is checked to stay on",
        "the page and not overlap another (`LayoutError`). Amounts are computed once with `Decimal`, printed and",
        "keyed from the same values, and `amount + vat == total` is asserted.",
        "Scans: rendered with pypdfium2 at 150-300 dpi (grey or colour), thermal fading on receipts, blur,",
        "skew within +-2 deg, noise and specks, some downscaled to ~600-640 px wide. Photos: perspective onto a",
        "textured background, uneven light, a soft shadow, fold ridges, JPEG q 64-78 (one PNG), long side",
        "1,500-2,300 px. Image-only PDFs embed the degraded scan as the only page content.",
        "Seeds: CRC-32 of the document name; re-runs are byte-identical.",
        "",
        "## Truth conventions",
        "Keys as in the brief. `amount` = net before tax; `vat` = sum of all taxes (null when none printed;",
        "then amount = total); contained tax: amount = total - vat. Currencies without printed decimals",
        "(JPY, KRW, HUF, TWD) keyed with `.00`. Service charge (HK) is not tax. A deposit (i08) does not",
        "lower the total. Credit note i13 is printed negative and keyed negative. Due date only when printed.",
        "Romanian i10 prints 'Seria TCL nr. 00952', keyed `TCL00952`.",
        "",
        "## Mix",
        MIX,
        "",
        "## Documents",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out) + "\n"


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    only = None
    if "--only" in argv:
        only = argv[argv.index("--only") + 1]
        args = [a for a in args if a != only]
    outdir = Path(args[0] if args else "bench/blindsets/blind-2026-12g")
    outdir.mkdir(parents=True, exist_ok=True)
    rows = []
    for name in sorted(DOCS):
        if only and name != only:
            continue
        ext, data, t = build(name)
        (outdir / f"{name}.{ext}").write_bytes(data)
        (outdir / f"{name}.json").write_text(json.dumps(t, ensure_ascii=False, indent=2) + "\n")
        _, kind, country, dtype = DOCS[name]
        k = "image-only pdf" if (kind == "scan" and ext == "pdf") else kind
        rows.append(
            (
                f"{name}.{ext}",
                k,
                country,
                dtype,
                t["vendor_name"],
                t["invoice_number"],
                f"{t['total']} {t['currency']}",
                t["note"],
            )
        )
    if not only:
        (outdir / "README.md").write_text(readme(rows))
    print(f"wrote {len(rows)} documents to {outdir}")


if __name__ == "__main__":
    main(sys.argv[1:])
