"""Blind test set 2026-12f: 12 till receipts, 12 invoices, 1 credit note.

Run: python -m bench.blindsets.blind_2026_12f [OUTDIR] [--only NAME]
Every amount is computed once with Decimal, printed and keyed from the same value.
"""

from __future__ import annotations

import io
import json
import sys
import zlib
from dataclasses import dataclass, field
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

DEFAULT_OUT = Path("bench/blindsets/blind-2026-12f")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DV": "DejaVuSans.ttf",
    "DV-B": "DejaVuSans-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVM-B": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVS-B": "DejaVuSerif-Bold.ttf",
    "DVS-I": "DejaVuSerif-Italic.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVC-B": "DejaVuSansCondensed-Bold.ttf",
}
for _n, _f in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, str(FONT_DIR / _f)))

C2 = Decimal("0.01")


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


def q2(v: Decimal) -> Decimal:
    return v.quantize(C2, rounding=ROUND_HALF_UP)


def D(s: str) -> Decimal:
    return Decimal(s)


def fmt(v: Decimal, dec: str = ".", thou: str = ",", places: int = 2) -> str:
    s = f"{abs(v):,.{places}f}".replace(",", "\x00").replace(".", dec).replace("\x00", thou)
    return ("-" if v < 0 else "") + s


# ---------------------------------------------------------------- checked canvas


class Page:
    """reportlab canvas that records every text run and refuses overlaps / overflow."""

    def __init__(self, buf: io.BytesIO, size: tuple[float, float]):
        self.c = canvas.Canvas(buf, pagesize=size, invariant=1)
        self.w, self.h = size
        self.boxes: list[tuple[float, float, float, float, str]] = []

    def text(self, x, y, s, font="DV", size=9.0, align="l", color=(0, 0, 0)):
        width = pdfmetrics.stringWidth(s, font, size)
        x0 = {"l": x, "r": x - width, "c": x - width / 2}[align]
        box = (x0, y - 0.22 * size, x0 + width, y + 0.8 * size, s)
        if box[0] < 2 or box[2] > self.w - 2 or box[1] < 2 or box[3] > self.h - 2:
            raise LayoutError(f"off page: {s!r} {box[:4]}")
        for b in self.boxes:
            if (
                box[0] < b[2] - 0.3
                and b[0] < box[2] - 0.3
                and box[1] < b[3] - 0.3
                and b[1] < box[3] - 0.3
            ):
                raise LayoutError(f"overlap: {s!r} with {b[4]!r}")
        self.boxes.append(box)
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        return width

    def save(self):
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- documents


@dataclass
class Doc:
    name: str
    kind: str  # pdf | scan | photo | imgpdf
    country: str
    locale: str
    currency: str
    doc_type: str
    vendor: str
    number: str | None
    date: str
    due: str | None
    amount: Decimal
    vat: Decimal | None
    total: Decimal
    items: list[dict]
    note: str
    gap: Decimal = Decimal(0)
    draw: object = None
    ext: str = "pdf"
    extra: dict = field(default_factory=dict)

    def check(self):
        vat = self.vat or Decimal(0)
        if self.amount + vat + self.gap != self.total:
            raise ValueError(f"{self.name}: {self.amount}+{vat}+{self.gap} != {self.total}")

    def truth(self):
        return {
            "invoice_number": self.number,
            "invoice_date": self.date,
            "due_date": self.due,
            "vendor_name": self.vendor,
            "amount": f"{self.amount:.2f}",
            "vat": None if self.vat is None else f"{self.vat:.2f}",
            "total": f"{self.total:.2f}",
            "currency": self.currency,
            "locale": self.locale,
            "layout": "receipt" if self.doc_type == "receipt" else "invoice",
            "document_type": self.doc_type,
            "line_items": self.items,
            "note": self.note,
            "kind": "scan" if self.kind == "imgpdf" else self.kind,
        }


def lines(spec, places=2):
    """spec: [(desc, qty, unit)] -> (items truth, [(desc, qty, unit, amount)], sum)."""
    out, rows, tot = [], [], Decimal(0)
    for desc, qty, unit in spec:
        a = q2(D(qty) * D(unit))
        tot += a
        rows.append((desc, D(qty), D(unit), a))
        out.append(
            {
                "description": desc,
                "quantity": str(D(qty)),
                "unit_price": unit if "." in unit else f"{D(unit):.{places}f}",
                "amount": f"{a:.2f}",
            }
        )
    return out, rows, tot


# ---------------------------------------------------------------- receipts


def receipt_pdf(rows, width_mm, mono="DVM"):
    """rows: ("c"|"l"|"lr"|"big"|"sep"|"hand"|"gap", ...)."""
    heights = {"big": 26, "gap": 8, "hand": 22}
    w = width_mm * mm
    h = sum(heights.get(r[0], 11.5) for r in rows) + 40
    buf = io.BytesIO()
    p = Page(buf, (w, h))
    y = h - 22
    m = 5 * mm if width_mm > 60 else 3 * mm
    size = 7.6 if width_mm < 60 else 8.2
    for r in rows:
        tag = r[0]
        dy = heights.get(tag, 11.5)
        if tag == "big":
            y -= 10
            p.text(w / 2, y, r[1], r[2] if len(r) > 2 else "DV-B", 20, "c")
            y -= dy - 10
            continue
        if tag == "c":
            p.text(w / 2, y, r[1], r[2] if len(r) > 2 else mono, size, "c")
        elif tag == "l":
            p.text(m, y, r[1], mono, size)
        elif tag == "lr":
            f = r[3] if len(r) > 3 else mono
            p.text(m, y, r[1], f, size)
            p.text(w - m, y, r[2], f, size, "r")
        elif tag == "sep":
            n = int((w - 2 * m) / pdfmetrics.stringWidth(r[1], mono, size))
            p.text(w / 2, y, r[1] * n, mono, size, "c")
        elif tag == "hand":
            p.c.saveState()
            p.text(m + 8, y - 6, r[1], "DVS-I", 11, color=(0.1, 0.15, 0.55))
            p.c.restoreState()
        y -= dy
    p.save()
    return buf.getvalue()


def incl_tax(total, rate):
    return q2(total * rate / (1 + rate))


def r01():
    items, rows, sub = lines(
        [
            ("MILO 1KG", "1", "18.90"),
            ("ROTI GARDENIA", "2", "4.20"),
            ("TELUR GRED A 30", "1", "13.50"),
            ("SABUN DYNAMO 1.5L", "1", "14.99"),
            ("GULA PASIR 1KG", "2", "2.85"),
        ]
    )
    sst = q2(sub * D("0.06"))
    raw = sub + sst
    total = (raw * 20).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 20
    total = q2(total)
    rnd = total - raw
    r = [
        ("big", "SERI MAJU", "DV-B"),
        ("c", "KEDAI RUNCIT SERI MAJU SDN BHD"),
        ("c", "(1123456-K)"),
        ("c", "NO 12, JALAN PASAR 3, KLANG"),
        ("c", "SST ID: B16-1808-32000123"),
        ("sep", "-"),
        ("lr", "RESIT: CS00184422", "KAUNTER 02"),
        ("lr", "TARIKH: 14/11/2026", "19:42"),
        ("sep", "-"),
    ]
    for d, qt, u, a in rows:
        r += [("l", d), ("lr", f"  {qt} x {fmt(u)}", fmt(a))]
    r += [
        ("sep", "-"),
        ("lr", "SUBTOTAL", fmt(sub)),
        ("lr", "SST 6%", fmt(sst)),
        ("lr", "ROUNDING", fmt(rnd)),
        ("lr", "TOTAL (RM)", fmt(total), "DVM-B"),
        ("lr", "TUNAI", "100.00"),
        ("lr", "BAKI", fmt(D("100.00") - total)),
        ("sep", "-"),
        ("c", "TERIMA KASIH"),
        ("c", "BARANG YANG DIJUAL TIDAK BOLEH"),
        ("c", "DIPULANGKAN"),
    ]
    return Doc(
        "r01",
        "scan",
        "MY",
        "ms-MY",
        "MYR",
        "receipt",
        "SERI MAJU",
        "CS00184422",
        "2026-11-14",
        None,
        sub,
        sst,
        total,
        items,
        "Malaysian grocery, SST 6% added, ROUNDING line to 0.05 (in total), receipt number "
        "after RESIT:, cash + BAKI (change) lines; low-res grey scan, crooked",
        gap=rnd,
        draw=receipt_pdf(r, 80),
        ext="png",
        extra={"edge": True, "skew": -1.8, "width": 600},
    )


def r02():
    items, rows, sub = lines(
        [
            ("NASI LEMAK AYAM", "2", "12.50"),
            ("ROTI CANAI", "3", "1.80"),
            ("TEH TARIK", "3", "2.60"),
            ("MEE GORENG MAMAK", "1", "9.90"),
        ]
    )
    svc = q2(sub * D("0.10"))
    sst = q2((sub + svc) * D("0.06"))
    raw = sub + svc + sst
    total = q2((raw * 20).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 20)
    rnd = total - raw
    r = [
        ("c", "RESTORAN SRI PELANGI", "DVM-B"),
        ("c", "LOT 5, JLN TUN RAZAK, KL"),
        ("c", "TEL: 03-2145 8890"),
        ("sep", "="),
        ("lr", "TABLE 14", "PAX 3"),
        ("l", "BILL NO : 000731-22"),
        ("l", "DATE : 03-10-2026 13:12"),
        ("sep", "="),
    ]
    for d, qt, _u, a in rows:
        r += [("lr", f"{qt} {d}", fmt(a))]
    r += [
        ("sep", "-"),
        ("lr", "SUB TOTAL", fmt(sub)),
        ("lr", "SERVICE CHG 10%", fmt(svc)),
        ("lr", "SST 6%", fmt(sst)),
        ("lr", "ROUNDING ADJ", fmt(rnd)),
        ("sep", "-"),
        ("lr", "NETT TOTAL", fmt(total), "DVM-B"),
        ("lr", "VISA ****2291", fmt(total)),
        ("sep", "="),
        ("c", "THANK YOU, PLEASE COME AGAIN"),
    ]
    return Doc(
        "r02",
        "scan",
        "MY",
        "en-MY",
        "MYR",
        "receipt",
        "RESTORAN SRI PELANGI",
        "000731-22",
        "2026-10-03",
        None,
        sub + svc,
        sst,
        total,
        items,
        "Malaysian restaurant: 10% service charge (part of amount) + SST 6% on it, ROUNDING "
        "ADJ, NETT TOTAL, bill no as 'BILL NO', date DD-MM-YYYY; quantities prefixed",
        gap=rnd,
        draw=receipt_pdf(r, 76),
        ext="jpg",
        extra={"skew": 1.2, "fade": True},
    )


def r03():
    items, rows, sub = lines(
        [
            ("PANADOL ACTIFAST 20S", "1", "12.80"),
            ("DETTOL HAND WASH", "2", "8.90"),
            ("VITAMIN C 1000MG", "1", "39.90"),
        ]
    )
    gst = q2(sub * D("0.06"))
    raw = sub + gst
    total = q2((raw * 20).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 20)
    rnd = total - raw
    r = [
        ("big", "FARMASI", "DVS-B"),
        ("c", "FARMASI AMANAH (M) SDN BHD"),
        ("c", "GST REG NO: 001234567890"),
        ("c", "JALAN BESAR, IPOH, PERAK"),
        ("c", "TAX INVOICE"),
        ("sep", "-"),
    ]
    for d, qt, u, a in rows:
        r += [("l", d), ("lr", f"{qt} @ {fmt(u)}  SR", fmt(a))]
    r += [
        ("sep", "-"),
        ("lr", "TOTAL EXCL GST", fmt(sub)),
        ("lr", "GST @6%", fmt(gst)),
        ("lr", "ROUNDING", fmt(rnd)),
        ("lr", "TOTAL (RM)", fmt(total), "DVM-B"),
        ("lr", "CASH", "80.00"),
        ("lr", "CHANGE", fmt(D("80.00") - total)),
        ("sep", "-"),
        ("lr", "INV#: 2017-IP-0042281", "22/03/2017"),
        ("c", "GOODS SOLD ARE NOT RETURNABLE"),
    ]
    return Doc(
        "r03",
        "photo",
        "MY",
        "en-MY",
        "MYR",
        "receipt",
        "FARMASI",
        "2017-IP-0042281",
        "2017-03-22",
        None,
        sub,
        gst,
        total,
        items,
        "old GST-era pharmacy receipt (GST @6%, SR codes), number and date at the bottom, "
        "wordmark 'FARMASI' heads the slip; phone photo",
        gap=rnd,
        draw=receipt_pdf(r, 80),
        ext="jpg",
    )


def r04():
    items, rows, total = lines(
        [
            ("KOPI-O KOSONG", "2", "1.60"),
            ("KAYA TOAST SET", "1", "5.90"),
            ("HALF BOILED EGGS", "1", "2.20"),
            ("MILO DINOSAUR", "1", "3.80"),
        ]
    )
    gst = incl_tax(total, D("0.09"))
    r = [
        ("big", "YA KUN", "DVC-B"),
        ("c", "Ah Seng Kopi Pte Ltd"),
        ("c", "GST Reg: 201812345K"),
        ("c", "Blk 261 Waterloo St #01-12"),
        ("sep", "-"),
        ("l", "Receipt : SG26-118204"),
        ("l", "Cashier: MEI   POS 3"),
        ("sep", "-"),
    ]
    for d, qt, _u, a in rows:
        r += [("lr", f"{qt} {d}", fmt(a))]
    r += [
        ("sep", "-"),
        ("lr", "GRAND TOTAL", fmt(total), "DVM-B"),
        ("lr", "NETS", fmt(total)),
        ("lr", "GST 9% incl.", fmt(gst)),
        ("sep", "-"),
        ("c", "27 Sep 2026  08:14"),
        ("c", "Thank you!"),
    ]
    return Doc(
        "r04",
        "scan",
        "SG",
        "en-SG",
        "SGD",
        "receipt",
        "YA KUN",
        "SG26-118204",
        "2026-09-27",
        None,
        total - gst,
        gst,
        total,
        items,
        "Singapore, GST 9% included and printed after the total, date '27 Sep 2026' at the "
        "very bottom, NETS payment, big letter wordmark; 58mm slip, faded thermal",
        draw=receipt_pdf(r, 58),
        ext="png",
        extra={"fade": True, "skew": 0.7, "width": 480},
    )


def r05():
    spec = [
        ("Nasi Goreng Spesial", "2", "38000"),
        ("Es Teh Manis", "2", "8000"),
        ("Sate Ayam 10 tsk", "1", "45000"),
        ("Kerupuk", "3", "3000"),
    ]
    items, rows, sub = lines(spec, places=2)
    for it in items:
        it["unit_price"] = f"{D(it['unit_price']):.2f}"
    pb1 = q2(sub * D("0.10"))
    total = sub + pb1

    def idr(v):
        return fmt(v, ",", ".", 0)

    r = [
        ("big", "WARUNG BU RINI", "DVS-B"),
        ("c", "Jl. Kaliurang Km 5 No. 17"),
        ("c", "Yogyakarta"),
        ("sep", "-"),
        ("lr", "No. Nota", "INV/2611/0093"),
        ("lr", "Tanggal", "05-11-2026 12:40"),
        ("lr", "Kasir", "Dewi"),
        ("sep", "-"),
    ]
    for d, qt, u, a in rows:
        r += [("l", d), ("lr", f"  {qt} x {idr(u)}", idr(a))]
    r += [
        ("sep", "-"),
        ("lr", "Subtotal", idr(sub)),
        ("lr", "PB1 10%", idr(pb1)),
        ("lr", "TOTAL", "Rp " + idr(total), "DVM-B"),
        ("lr", "Tunai", "Rp 200.000"),
        ("lr", "Kembali", "Rp " + idr(D("200000") - total)),
        ("sep", "-"),
        ("c", "Terima kasih atas kunjungan Anda"),
    ]
    return Doc(
        "r05",
        "photo",
        "ID",
        "id-ID",
        "IDR",
        "receipt",
        "WARUNG BU RINI",
        "INV/2611/0093",
        "2026-11-05",
        None,
        sub,
        pb1,
        total,
        items,
        "Indonesian rupiah without decimals, dots as thousands separators, PB1 10% "
        "restaurant tax added, Tunai/Kembali (cash/change); phone photo",
        draw=receipt_pdf(r, 76),
        ext="jpg",
    )


def r06():
    items, rows, sub = lines(
        [
            ("Paneer Butter Masala", "1", "260.00"),
            ("Butter Naan", "4", "55.00"),
            ("Jeera Rice", "1", "180.00"),
            ("Sweet Lassi", "2", "90.00"),
        ]
    )
    cg = q2(sub * D("0.025"))
    total_raw = sub + 2 * cg
    total = q2(total_raw.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    rnd = total - total_raw
    r = [
        ("c", "HOTEL SAGAR RATNA", "DVM-B"),
        ("c", "Veg Restaurant"),
        ("c", "MG Road, Bengaluru 560001"),
        ("c", "GSTIN: 29AAGFS1234K1Z5"),
        ("c", "FSSAI: 11221334000456"),
        ("sep", "-"),
        ("c", "GST BILL"),
        ("lr", "Bill No: 4471", "Dt: 18/10/26"),
        ("lr", "Table: 7", "Steward: 12"),
        ("sep", "-"),
        ("lr", "Item          Qty   Rate", "Amt"),
    ]
    for d, qt, u, a in rows:
        r += [("l", d), ("lr", f"             {qt}  {fmt(u)}", fmt(a))]
    r += [
        ("sep", "-"),
        ("lr", "Sub Total", fmt(sub)),
        ("lr", "CGST @ 2.5%", fmt(cg)),
        ("lr", "SGST @ 2.5%", fmt(cg)),
        ("lr", "Round Off", fmt(rnd)),
        ("lr", "AMOUNT", "Rs. " + fmt(total), "DVM-B"),
        ("sep", "-"),
        ("c", "Paid by UPI"),
        ("gap",),
        ("hand", "team dinner - Priya"),
        ("gap",),
    ]
    return Doc(
        "r06",
        "scan",
        "IN",
        "en-IN",
        "INR",
        "receipt",
        "HOTEL SAGAR RATNA",
        "4471",
        "2026-10-18",
        None,
        sub,
        2 * cg,
        total,
        items,
        "Indian GST bill: CGST+SGST 2.5% each, Round Off to the rupee, total label "
        "'AMOUNT', two-digit year 18/10/26, handwritten note",
        gap=rnd,
        draw=receipt_pdf(r, 76),
        ext="png",
        extra={"skew": -1.1, "width": 620},
    )


def r07():
    items, rows, total = lines(
        [
            ("SOURDOUGH LOAF", "1", "3.95"),
            ("FLAT WHITE", "2", "3.40"),
            ("ALMOND CROISSANT", "2", "3.25"),
            ("ORANGE JUICE 330ML", "1", "2.60"),
        ]
    )
    vat = incl_tax(q2(D("6.80") + D("6.50") + D("2.60")), D("0.20"))
    r = [
        ("big", "GAIL'S", "DVS-B"),
        ("c", "Hampstead Bakery Ltd"),
        ("c", "64 Hampstead High St, NW3"),
        ("c", "VAT No: GB 284 1122 07"),
        ("sep", "-"),
    ]
    for d, qt, _u, a in rows:
        r += [("lr", f"{qt} x {d}", "£" + fmt(a))]
    r += [
        ("sep", "-"),
        ("lr", "BALANCE", "£" + fmt(total), "DVM-B"),
        ("lr", "CONTACTLESS", "£" + fmt(total)),
        ("lr", "CHANGE", "£0.00"),
        ("sep", "-"),
        ("l", "VAT SUMMARY   NET   VAT"),
        ("lr", "A 0%", f"{fmt(D('3.95'))}   0.00"),
        ("lr", "B 20%", f"{fmt(D('15.90') - vat)}   {fmt(vat)}"),
        ("sep", "-"),
        ("lr", "TRANS 00912  TILL 2", "12/09/2026"),
        ("c", "14:03  OP: SAM"),
    ]
    return Doc(
        "r07",
        "scan",
        "GB",
        "en-GB",
        "GBP",
        "receipt",
        "GAIL'S",
        "00912",
        "2026-09-12",
        None,
        total - vat,
        vat,
        total,
        items,
        "UK bakery, VAT included, zero-rated bread (A 0%) and 20% items, VAT summary table; "
        "total label BALANCE; transaction number at the bottom after TRANS",
        draw=receipt_pdf(r, 80),
        ext="jpg",
        extra={"skew": 1.9, "edge": True},
    )


def r08():
    items, rows, sub = lines(
        [
            ("ORG BANANAS LB", "2.31", "0.79"),
            ("OAT MILK 64OZ", "1", "4.99"),
            ("PAPER TOWEL 6PK", "1", "11.49"),
            ("AA BATTERIES 8", "1", "9.99"),
        ]
    )
    tax = q2((D("11.49") + D("9.99")) * D("0.08875"))
    total = sub + tax
    r = [
        ("big", "CORNER MART"),
        ("c", "211 Bedford Ave"),
        ("c", "Brooklyn NY 11211"),
        ("sep", "*"),
        ("l", "11/21/2026 06:52 PM"),
    ]
    for d, qt, u, a in rows:
        label = f"{qt} lb @ {u}/lb" if d.endswith("LB") else d
        if d.endswith("LB"):
            r += [("l", d)]
        r += [("lr", label if d.endswith("LB") else d, fmt(a))]
    r += [
        ("sep", "*"),
        ("lr", "SUBTOTAL", fmt(sub)),
        ("lr", "TAX 8.875%", fmt(tax)),
        ("lr", "TOTAL DUE", fmt(total), "DVM-B"),
        ("lr", "DEBIT ****4410", fmt(total)),
        ("lr", "CHANGE DUE", "0.00"),
        ("sep", "*"),
        ("c", "TRX# 3318-0042-118"),
        ("c", "ITEMS SOLD 4"),
    ]
    return Doc(
        "r08",
        "scan",
        "US",
        "en-US",
        "USD",
        "receipt",
        "CORNER MART",
        "3318-0042-118",
        "2026-11-21",
        None,
        sub,
        tax,
        total,
        items,
        "US grocery, weighed item with 3-decimal quantity, tax only on taxable items, "
        "TOTAL DUE, TRX# number at the bottom, 12-hour time after date; dot-matrix look",
        draw=receipt_pdf(r, 76, mono="DVM"),
        ext="png",
        extra={"dots": True, "width": 560},
    )


def r09():
    items, rows, sub = lines(
        [("Cheeseburger", "2", "14.50"), ("Fries", "1", "5.25"), ("Craft IPA", "2", "8.00")]
    )
    tax = q2(sub * D("0.1025"))
    tip = D("9.00")
    total = sub + tax + tip
    r = [
        ("c", "THE BLUE DINER", "DVC-B"),
        ("c", "1402 W Randolph St, Chicago IL"),
        ("sep", "-"),
        ("lr", "Check #2291", "Server: Tom"),
        ("lr", "Oct 30, 2026", "7:48 PM"),
        ("sep", "-"),
    ]
    for d, qt, _u, a in rows:
        r += [("lr", f"{qt} {d}", fmt(a))]
    r += [
        ("sep", "-"),
        ("lr", "Subtotal", fmt(sub)),
        ("lr", "Tax", fmt(tax)),
        ("lr", "Tip", fmt(tip)),
        ("lr", "GRAND TOTAL", "$" + fmt(total), "DVM-B"),
        ("lr", "AMEX XXXX1007", "$" + fmt(total)),
        ("sep", "-"),
        ("c", "Customer Copy"),
    ]
    return Doc(
        "r09",
        "photo",
        "US",
        "en-US",
        "USD",
        "receipt",
        "THE BLUE DINER",
        "2291",
        "2026-10-30",
        None,
        sub,
        tax,
        total,
        items,
        "US diner with printed tip line: GRAND TOTAL includes tip (gap = tip 9.00), "
        "number as 'Check #', date 'Oct 30, 2026'; phone photo",
        gap=tip,
        draw=receipt_pdf(r, 80),
        ext="jpg",
    )


def r10():
    spec = [
        ("Vollkornbrot 750g", "1", "3.49"),
        ("Bio Milch 1L", "2", "1.29"),
        ("Kaffee Crema 1kg", "1", "14.99"),
        ("Spülmittel", "1", "1.95"),
    ]
    items, rows, total = lines(spec)
    b7 = D("3.49") + D("2.58")
    v7 = incl_tax(b7, D("0.07"))
    b19 = total - b7
    v19 = incl_tax(b19, D("0.19"))
    vat = v7 + v19
    r = [
        ("big", "NAHKAUF", "DV-B"),
        ("c", "Nahkauf Müller e.K."),
        ("c", "Hauptstr. 21, 69117 Heidelberg"),
        ("c", "USt-IdNr. DE 812 334 556"),
        ("sep", "-"),
        ("lr", "EUR", ""),
    ]
    for d, qt, u, a in rows:
        tag = "A" if d.startswith(("Vollkorn", "Bio")) else "B"
        if qt != 1:
            r += [("l", f"  {qt} x {fmt(u, ',', '.')}")]
        r += [("lr", d, f"{fmt(a, ',', '.')} {tag}")]
    r += [
        ("sep", "-"),
        ("lr", "SUMME EUR", fmt(total, ",", "."), "DVM-B"),
        ("lr", "Bar", "30,00"),
        ("lr", "Rückgeld", fmt(D("30.00") - total, ",", ".")),
        ("sep", "-"),
        ("l", "MwSt%    Netto   MwSt   Brutto"),
        ("l", f"A  7%  {fmt(b7 - v7, ',', '.'):>7} {fmt(v7, ',', '.'):>6} {fmt(b7, ',', '.'):>7}"),
        (
            "l",
            f"B 19%  {fmt(b19 - v19, ',', '.'):>7} {fmt(v19, ',', '.'):>6} {fmt(b19, ',', '.'):>7}",
        ),
        ("sep", "-"),
        ("lr", "Bon-Nr. 1842", "Kasse 1"),
        ("lr", "08.12.2026", "10:17"),
    ]
    return Doc(
        "r10",
        "scan",
        "DE",
        "de-DE",
        "EUR",
        "receipt",
        "NAHKAUF",
        "1842",
        "2026-12-08",
        None,
        total - vat,
        vat,
        total,
        items,
        "German supermarket, MwSt 7% and 19% included, tax table after payment, SUMME EUR, "
        "Bar/Rückgeld, Bon-Nr. and date at the end",
        draw=receipt_pdf(r, 80),
        ext="png",
        extra={"skew": -0.6, "fade": True},
    )


def r11():
    items, rows, total = lines(
        [
            ("BAGUETTE TRADITION", "2", "1.30"),
            ("PAIN AU CHOCOLAT", "4", "1.25"),
            ("CAFE CREME", "2", "3.20"),
        ]
    )
    v55 = incl_tax(D("7.60"), D("0.055"))
    v10 = incl_tax(D("6.40"), D("0.10"))
    vat = v55 + v10
    r = [
        ("big", "Maison Roux", "DVS-B"),
        ("c", "Boulangerie - Pâtisserie"),
        ("c", "18 rue Oberkampf 75011 Paris"),
        ("c", "SIRET 812 445 901 00017"),
        ("sep", "-"),
        ("lr", "Ticket n° 000418", "Caisse 1"),
        ("lr", "Le 16/11/2026", "à 07h58"),
        ("sep", "-"),
    ]
    for d, qt, _u, a in rows:
        r += [("lr", f"{qt} x {d}", fmt(a, ",", " ") + " €")]
    r += [
        ("sep", "-"),
        ("lr", "TOTAL TTC", fmt(total, ",", " ") + " €", "DVM-B"),
        ("lr", "CB SANS CONTACT", fmt(total, ",", " ") + " €"),
        ("sep", "-"),
        ("lr", "TVA 5,5%", fmt(v55, ",", " ")),
        ("lr", "TVA 10%", fmt(v10, ",", " ")),
        ("lr", "Total HT", fmt(total - vat, ",", " ")),
        ("sep", "-"),
        ("c", "Merci et à bientôt"),
    ]
    return Doc(
        "r11",
        "scan",
        "FR",
        "fr-FR",
        "EUR",
        "receipt",
        "Maison Roux",
        "000418",
        "2026-11-16",
        None,
        total - vat,
        vat,
        total,
        items,
        "French bakery, TVA 5,5% and 10% included, 'Total HT' printed after TTC, comma "
        "decimals with euro sign after, 'Ticket n°'",
        draw=receipt_pdf(r, 76),
        ext="jpg",
        extra={"skew": 1.4, "width": 640},
    )


def r12():
    items, rows, total = lines(
        [
            ("Bloemkool", "1", "2.19"),
            ("Gouda jong 500g", "1", "6.49"),
            ("Stroopwafels", "2", "2.79"),
            ("Pindakaas", "1", "3.29"),
        ]
    )
    vat = incl_tax(total, D("0.09"))
    r = [
        ("big", "DIRK", "DV-B"),
        ("c", "van den Broek"),
        ("c", "Amstelveenseweg 88 Amsterdam"),
        ("sep", "-"),
    ]
    for d, qt, _u, a in rows:
        r += [("lr", f"{qt} {d}", fmt(a, ",", "."))]
    r += [
        ("sep", "-"),
        ("lr", "TOTAAL", fmt(total, ",", "."), "DVM-B"),
        ("lr", "PIN", fmt(total, ",", ".")),
        ("sep", "-"),
        ("lr", "BTW 9% over " + fmt(total - vat, ",", "."), fmt(vat, ",", ".")),
        ("sep", "-"),
        ("c", "Kassa 4  Bon 0551-7782"),
        ("c", "do 03-12-2026 17:31"),
    ]
    return Doc(
        "r12",
        "photo",
        "NL",
        "nl-NL",
        "EUR",
        "receipt",
        "DIRK",
        "0551-7782",
        "2026-12-03",
        None,
        total - vat,
        vat,
        total,
        items,
        "Dutch supermarket, BTW 9% included with 'over' base, bon number and date at the "
        "bottom with weekday abbreviation; phone photo",
        draw=receipt_pdf(r, 76),
        ext="jpg",
    )


# ---------------------------------------------------------------- invoices


@dataclass
class Inv:
    """Everything an invoice page shows; `style` picks fonts, logo and arrangement."""

    size: tuple[float, float]
    font: str
    bold: str
    logo: tuple[str, str, tuple[float, float, float]]  # shape, word, colour
    title: str
    vendor: list[str]
    customer: list[str]
    meta: list[tuple[str, str]]
    cols: list[str]
    rows: list[list[str]]
    totals: list[tuple[str, str]]
    blocks: list[list[str]]
    footer: list[str]
    meta_left: bool = False
    logo_right: bool = False
    fsize: float = 9.0


def draw_logo(p, x, y, logo, right):
    shape, word, col = logo
    c = p.c
    c.setFillColorRGB(*col)
    if shape == "circle":
        c.circle(x + 14, y + 6, 12, stroke=0, fill=1)
    elif shape == "bar":
        c.rect(x, y - 6, 8, 26, stroke=0, fill=1)
    else:
        c.rect(x, y - 6, 26, 26, stroke=0, fill=1)
    tx = x + 34
    p.text(tx, y, word, "DV-B", 17, color=col)
    del right


def invoice_pdf(v: Inv) -> bytes:
    buf = io.BytesIO()
    p = Page(buf, v.size)
    w, h = v.size
    m = 18 * mm
    fs = v.fsize
    lx = w - m - 70 * mm if v.logo_right else m
    draw_logo(p, lx, h - 26 * mm, v.logo, v.logo_right)
    tx = m if v.logo_right else w - m
    p.text(tx, h - 26 * mm, v.title, v.bold, 16, "l" if v.logo_right else "r")
    y = h - 40 * mm
    for i, s in enumerate(v.vendor):
        p.text(lx, y - i * (fs + 2), s, v.bold if i == 0 else v.font, fs - (0 if i == 0 else 1))
    y = h - 62 * mm
    cx = w - m - 75 * mm if v.meta_left else m
    mx = m if v.meta_left else w - m - 75 * mm
    for i, s in enumerate(v.customer):
        p.text(cx, y - i * (fs + 3), s, v.bold if i == 0 else v.font, fs)
    for i, (k, val) in enumerate(v.meta):
        p.text(mx, y - i * (fs + 3), k, v.font, fs - 0.5)
        p.text(mx + 75 * mm, y - i * (fs + 3), val, v.bold, fs - 0.5, "r")
    y -= max(len(v.customer), len(v.meta)) * (fs + 3) + 12 * mm
    y = table(p, v, y, m, w)
    for k, val in v.totals:
        f = v.bold if k == v.totals[-1][0] else v.font
        p.text(w - m - 45 * mm, y, k, f, fs, "r")
        p.text(w - m, y, val, f, fs, "r")
        y -= fs + 4
    y -= 8 * mm
    for blk in v.blocks:
        for i, s in enumerate(blk):
            p.text(m, y - i * (fs + 2), s, v.bold if i == 0 else v.font, fs - 0.5)
        y -= len(blk) * (fs + 2) + 5 * mm
    if y < 20 * mm + len(v.footer) * 9:
        raise LayoutError("body runs into footer")
    p.c.setStrokeColorRGB(0.6, 0.6, 0.6)
    p.c.line(m, 16 * mm + len(v.footer) * 9, w - m, 16 * mm + len(v.footer) * 9)
    for i, s in enumerate(v.footer):
        p.text(w / 2, 14 * mm + (len(v.footer) - 1 - i) * 9, s, v.font, 6.8, "c", (0.3, 0.3, 0.3))
    p.save()
    return buf.getvalue()


def table(p, v, y, m, w):
    fs = v.fsize
    n = len(v.cols)
    xs = [m + 2] + [w - m - 2 - (n - 1 - i) * 26 * mm for i in range(1, n)]
    p.c.setFillColorRGB(0.9, 0.9, 0.92)
    p.c.rect(m, y - 4, w - 2 * m, fs + 7, stroke=0, fill=1)
    for i, col in enumerate(v.cols):
        p.text(xs[i], y, col, v.bold, fs - 0.5, "l" if i == 0 else "r")
    y -= fs + 8
    for row in v.rows:
        for i, cell in enumerate(row):
            p.text(xs[i], y, cell, v.font, fs - 0.5, "l" if i == 0 else "r")
        y -= fs + 5
    p.c.setStrokeColorRGB(0.5, 0.5, 0.5)
    p.c.line(m, y + fs, w - m, y + fs)
    return y - 6


def trows(rows, dec=".", thou=",", qfmt=None):
    out = []
    for d, qt, u, a in rows:
        qs = qfmt(qt) if qfmt else str(qt)
        out.append([d, qs, fmt(u, dec, thou), fmt(a, dec, thou)])
    return out


def i01():
    items, rows, net = lines(
        [
            ("Webhosting Business L (01.11.-30.11.2026)", "1", "14.90"),
            ("Domain beispiel-shop.de", "1", "1.20"),
            ("SSL-Zertifikat Wildcard", "1", "6.50"),
            ("Zusätzlicher Speicher 50 GB", "2", "2.00"),
        ]
    )
    vat = q2(net * D("0.19"))
    tot = net + vat
    e = {"dec": ",", "thou": "."}
    v = Inv(
        A4,
        "Helvetica",
        "Helvetica-Bold",
        ("square", "NETZWERK24", (0.05, 0.3, 0.6)),
        "Rechnung",
        ["Netzwerk24 Hosting GmbH", "Speicherstraße 14", "90402 Nürnberg"],
        ["Frau Katrin Vogel", "Vogel Feinkost", "Lindenallee 3", "50668 Köln"],
        [
            ("Rechnungsnummer", "RE-2026-1148832"),
            ("Rechnungsdatum", "01.12.2026"),
            ("Kundennummer", "K-204117"),
            ("Vertragsnummer", "V-88120-3"),
            ("Leistungszeitraum", "01.11.2026 - 30.11.2026"),
        ],
        ["Leistung", "Menge", "Einzelpreis", "Betrag EUR"],
        trows(rows, **e),
        [
            ("Nettobetrag", fmt(net, **e)),
            ("zzgl. 19 % USt.", fmt(vat, **e)),
            ("Rechnungsbetrag", fmt(tot, **e) + " EUR"),
        ],
        [
            [
                "Zahlung per SEPA-Lastschrift",
                f"Der Betrag von {fmt(tot, **e)} EUR wird am 08.12.2026 von Ihrem Konto abgebucht.",
                "Mandatsreferenz: NW24-204117-01   Gläubiger-ID: DE98ZZZ09999999999",
                "IBAN: DE89 3704 0044 0532 0130 00 (Kunde)",
            ]
        ],
        [
            "Netzwerk24 Hosting GmbH · Sitz Nürnberg · Amtsgericht Nürnberg HRB 31877",
            "Geschäftsführer: Jan Dietz · USt-IdNr. DE 284 556 119 · Sparkasse Nürnberg",
        ],
    )
    return Doc(
        "i01",
        "pdf",
        "DE",
        "de-DE",
        "EUR",
        "invoice",
        "NETZWERK24",
        "RE-2026-1148832",
        "2026-12-01",
        None,
        net,
        vat,
        tot,
        items,
        "German web host: Kundennummer/Vertragsnummer near the number, Leistungszeitraum "
        "dates, SEPA debit date is not a due date; Helvetica (standard encoding)",
        draw=invoice_pdf(v),
    )


def i02():
    items, rows, net = lines(
        [
            ("Abonnement Fibre Power - décembre 2026", "1", "32.49"),
            ("Option TV Essentiel", "1", "4.99"),
            ("Location décodeur", "1", "2.50"),
            ("Appels vers mobiles hors forfait", "1", "1.68"),
        ]
    )
    vat = q2(net * D("0.20"))
    tot = net + vat
    e = {"dec": ",", "thou": " "}
    v = Inv(
        A4,
        "DV",
        "DV-B",
        ("circle", "lumifibre", (0.85, 0.1, 0.35)),
        "Facture",
        ["LumiFibre SAS", "12 avenue de Wagram", "75008 Paris"],
        ["M. Antoine Garnier", "7 rue des Lilas", "69003 Lyon"],
        [
            ("N° de facture", "F26120418771"),
            ("Date de facture", "02/12/2026"),
            ("Numéro client", "0418771"),
            ("Ligne", "04 78 12 34 56"),
        ],
        ["Désignation", "Qté", "Prix HT", "Montant HT"],
        trows(rows, **e),
        [
            ("Total HT", fmt(net, **e) + " €"),
            ("TVA 20 %", fmt(vat, **e) + " €"),
            ("Total TTC", fmt(tot, **e) + " €"),
        ],
        [
            [
                "Mode de paiement : prélèvement",
                "Montant prélevé le 12/12/2026 sur le compte FR76 **** **** 0412 : "
                + f"{fmt(tot, **e)} €",
                "Référence unique de mandat : LUMI0418771",
            ]
        ],
        [
            "LumiFibre SAS au capital de 2 000 000 € · RCS Paris 812 334 221",
            "TVA intracommunautaire FR 41 812334221 · Service client 3900",
        ],
        meta_left=True,
        logo_right=True,
    )
    return Doc(
        "i02",
        "imgpdf",
        "FR",
        "fr-FR",
        "EUR",
        "invoice",
        "lumifibre",
        "F26120418771",
        "2026-12-02",
        None,
        net,
        vat,
        tot,
        items,
        "French ISP, numéro client beside the invoice number, prélèvement date is not a due "
        "date, space thousands; image-only PDF (scan, no text layer)",
        draw=invoice_pdf(v),
        extra={"skew": 0.6},
    )


def i03():
    items, rows, net = lines(
        [
            ("Levering elektriciteit normaal (kWh)", "1842", "0.2265"),
            ("Levering elektriciteit dal (kWh)", "1310", "0.2140"),
            ("Levering gas (m3)", "1105", "1.1420"),
            ("Vastrecht 12 maanden", "12", "5.99"),
            ("Netbeheerkosten 12 maanden", "12", "38.50"),
        ]
    )
    vat = q2(net * D("0.21"))
    tot = net + vat
    paid = D("2640.00")
    e = {"dec": ",", "thou": "."}
    trs = [[d, str(qt), fmt(u, ",", ".", 4 if u < 5 else 2), fmt(a, **e)] for d, qt, u, a in rows]
    v = Inv(
        A4,
        "DVC",
        "DVC-B",
        ("bar", "Groenstroom", (0.1, 0.55, 0.25)),
        "Jaarnota",
        ["Groenstroom Nederland B.V.", "Postbus 4410", "3006 AK Rotterdam"],
        ["Fam. De Vries", "Kastanjelaan 41", "3521 AB Utrecht"],
        [
            ("Factuurnummer", "JN-2026-00731554"),
            ("Factuurdatum", "28 november 2026"),
            ("Klantnummer", "7315540"),
            ("Periode", "01-11-2025 t/m 31-10-2026"),
        ],
        ["Omschrijving", "Verbruik", "Tarief", "Bedrag"],
        trs,
        [
            ("Totaal excl. btw", "€ " + fmt(net, **e)),
            ("Btw 21%", "€ " + fmt(vat, **e)),
            ("Totaal jaarnota", "€ " + fmt(tot, **e)),
            ("Betaalde voorschotten", "€ -" + fmt(paid, **e)),
            ("Nog te betalen", "€ " + fmt(tot - paid, **e)),
        ],
        [
            [
                "Betaling",
                "Wij schrijven het bedrag rond 10 december 2026 af van NL91 ABNA 0417 1643 00.",
            ]
        ],
        ["Groenstroom Nederland B.V. · KvK 24512345 · btw NL8123.45.678.B01"],
        meta_left=False,
        fsize=8.5,
    )
    v.totals = v.totals[:3] + v.totals[3:]
    return Doc(
        "i03",
        "pdf",
        "NL",
        "nl-NL",
        "EUR",
        "invoice",
        "Groenstroom",
        "JN-2026-00731554",
        "2026-11-28",
        None,
        net,
        vat,
        tot,
        items,
        "Dutch energy year bill: paid advances (voorschotten) subtracted after the total; "
        "key the Totaal jaarnota, not 'Nog te betalen'; 4-decimal tariffs",
        draw=invoice_pdf(v),
    )


def i04():
    items, rows, net = lines(
        [
            ("Postpaid Plan 799 - Monthly Rental", "1", "799.00"),
            ("Data add-on 20GB", "1", "150.00"),
            ("International roaming pack", "1", "399.00"),
        ]
    )
    cg = q2(net * D("0.09"))
    tot = net + 2 * cg
    v = Inv(
        A4,
        "DV",
        "DV-B",
        ("circle", "Jyoti Tel", (0.9, 0.4, 0.0)),
        "TAX INVOICE",
        ["Jyoti Telecom Services Ltd", "GSTIN: 27AABCJ1234F1Z9", "Andheri East, Mumbai 400069"],
        [
            "Mr. Rahul Mehta",
            "Flat 12B, Sea View CHS",
            "Bandra West, Mumbai 400050",
            "Place of supply: Maharashtra (27)",
        ],
        [
            ("Invoice No.", "MH/2026-27/0884123"),
            ("Bill Date", "05-Nov-2026"),
            ("Account No.", "1.2294471"),
            ("Bill Period", "05-Oct-26 to 04-Nov-26"),
            ("Pay By", "22-Nov-2026"),
        ],
        ["Description (SAC 998422)", "Qty", "Rate", "Amount"],
        trows(rows),
        [
            ("Taxable value", "₹ " + fmt(net)),
            ("CGST @ 9%", "₹ " + fmt(cg)),
            ("SGST @ 9%", "₹ " + fmt(cg)),
            ("Amount Payable", "₹ " + fmt(tot)),
        ],
        [["Pay online at jyotitel.in/pay or via UPI: jyotitel@upi"]],
        [
            "Jyoti Telecom Services Ltd · CIN U64200MH2010PLC123456",
            "Registered office: Jyoti Tower, Andheri East, Mumbai",
        ],
        logo_right=True,
    )
    return Doc(
        "i04",
        "pdf",
        "IN",
        "en-IN",
        "INR",
        "invoice",
        "Jyoti Tel",
        "MH/2026-27/0884123",
        "2026-11-05",
        "2026-11-22",
        net,
        2 * cg,
        tot,
        items,
        "Indian telecom: GSTIN, SAC code, CGST+SGST 9%, 'Pay By' due date, account number "
        "that looks like a number, bill period dates; rupee sign",
        draw=invoice_pdf(v),
    )


def i05():
    items, rows, net = lines(
        [
            ("Team plan (12 seats) Dec 1 - Dec 31, 2026", "12", "19.00"),
            ("Extra storage 100 GB", "1", "10.00"),
        ]
    )
    v = Inv(
        LETTER,
        "DV",
        "DV-B",
        ("square", "Pipeloop", (0.35, 0.2, 0.8)),
        "Invoice",
        ["Pipeloop, Inc.", "548 Market Street PMB 22041", "San Francisco, CA 94104"],
        ["Bill to", "Harbor Analytics LLC", "ap@harboranalytics.com"],
        [
            ("Invoice number", "7F3A21C0-0012"),
            ("Date of issue", "December 1, 2026"),
            ("Date due", "December 15, 2026"),
        ],
        ["Description", "Qty", "Unit price", "Amount"],
        trows(rows),
        [
            ("Subtotal", "$" + fmt(net)),
            ("Total", "$" + fmt(net)),
            ("Amount due", "$" + fmt(net) + " USD"),
        ],
        [[f"${fmt(net)} due December 15, 2026", "Pay online: pay.pipeloop.io/inv/7F3A21C0"]],
        ["Questions? billing@pipeloop.io"],
        fsize=9.5,
    )
    return Doc(
        "i05",
        "pdf",
        "US",
        "en-US",
        "USD",
        "invoice",
        "Pipeloop",
        "7F3A21C0-0012",
        "2026-12-01",
        "2026-12-15",
        net,
        None,
        net,
        items,
        "US SaaS: hex-like invoice number, 'Date of issue'/'Date due' spelled-out dates, "
        "no tax line at all (vat null), Letter size",
        draw=invoice_pdf(v),
    )


def i06():
    items, rows, net = lines(
        [
            ("Preparation of annual accounts to 31 August 2026", "1", "1450.00"),
            ("Corporation tax return CT600", "1", "475.00"),
            ("Bookkeeping support (hours)", "3.5", "65.00"),
        ]
    )
    vat = q2(net * D("0.20"))
    tot = net + vat
    v = Inv(
        A4,
        "Times-Roman",
        "Times-Bold",
        ("bar", "Hartley & Moss", (0.15, 0.2, 0.3)),
        "INVOICE",
        [
            "Hartley & Moss Chartered Accountants",
            "3 Castle Street",
            "York YO1 9RN",
            "VAT no. GB 331 4478 12",
        ],
        ["Bramble Joinery Ltd", "Unit 4, Foss Business Park", "York YO31 7JH"],
        [
            ("Invoice no.", "HM/4417"),
            ("Invoice date", "20th November 2026"),
            ("Client ref", "BRAM01"),
            ("Due date", "20th December 2026"),
        ],
        ["Description", "Qty", "Rate £", "Amount £"],
        trows(rows),
        [
            ("Net", fmt(net)),
            ("VAT @ 20%", fmt(vat)),
            ("Total", fmt(tot)),
            ("Less paid on account", "-300.00"),
            ("Balance due", "£" + fmt(tot - D("300.00"))),
        ],
        [
            [
                "Bank details",
                "Hartley & Moss LLP · Sort code 40-11-62 · Account 71234598",
                "Please quote HM/4417 as your reference.",
            ]
        ],
        [
            "Hartley & Moss LLP is registered in England and Wales, OC401122.",
            "Regulated by the ICAEW for a range of investment business activities.",
        ],
    )
    return Doc(
        "i06",
        "pdf",
        "GB",
        "en-GB",
        "GBP",
        "invoice",
        "Hartley & Moss",
        "HM/4417",
        "2026-11-20",
        "2026-12-20",
        net,
        vat,
        tot,
        items,
        "UK accountant, Times, ordinal dates, a payment on account lowers 'Balance due' but "
        "not the total (key Total); wordmark 'Hartley & Moss' heads, legal name LLP below",
        draw=invoice_pdf(v),
    )


def i07():
    items, rows, net = lines(
        [
            ("Consulenza fiscale ottobre 2026", "1", "800.00"),
            ("Redazione dichiarazione IVA", "1", "350.00"),
        ]
    )
    cassa = q2(net * D("0.04"))
    base = net + cassa
    iva = q2(base * D("0.22"))
    rit = q2(net * D("0.20"))
    tot = base + iva - rit
    e = {"dec": ",", "thou": "."}
    v = Inv(
        A4,
        "Times-Roman",
        "Times-Bold",
        ("square", "Studio Bellini", (0.5, 0.1, 0.1)),
        "FATTURA",
        [
            "Studio Bellini - Dott. Marco Bellini",
            "Commercialista",
            "Via Garibaldi 18, 10122 Torino",
            "P.IVA 09876543210",
        ],
        ["Spett.le", "Officine Ferraro S.r.l.", "Corso Francia 201", "10138 Torino"],
        [("Fattura n.", "118/2026"), ("Data", "30/10/2026"), ("Scadenza", "29/11/2026")],
        ["Descrizione", "Q.tà", "Prezzo", "Importo"],
        trows(rows, **e),
        [
            ("Imponibile prestazioni", fmt(net, **e)),
            ("Cassa previdenza 4%", fmt(cassa, **e)),
            ("Imponibile IVA", fmt(base, **e)),
            ("IVA 22%", fmt(iva, **e)),
            ("Totale fattura", fmt(base + iva, **e)),
            ("Ritenuta d'acconto 20%", "-" + fmt(rit, **e)),
            ("Netto a pagare", "€ " + fmt(tot, **e)),
        ],
        [
            [
                "Modalità di pagamento: bonifico bancario",
                "IBAN IT60 X054 2811 1010 0000 0123 456 - Banca Sella",
            ]
        ],
        ["Studio Bellini · C.F. BLLMRC70A01L219X · P.IVA 09876543210"],
        logo_right=True,
        fsize=9.5,
    )
    return Doc(
        "i07",
        "pdf",
        "IT",
        "it-IT",
        "EUR",
        "invoice",
        "Studio Bellini",
        "118/2026",
        "2026-10-30",
        "2026-11-29",
        base,
        iva,
        tot,
        items,
        "Italian professional fattura: customer after 'Spett.le', cassa previdenza 4% in the "
        "taxable base (amount = imponibile IVA), ritenuta d'acconto 20% withheld: total = "
        "Netto a pagare (gap = -ritenuta)",
        gap=-rit,
        draw=invoice_pdf(v),
    )


def i08():
    items, rows, net = lines(
        [
            ("Reparación caldera Saunier Duval", "1", "145.00"),
            ("Válvula de tres vías", "1", "62.40"),
            ("Mano de obra (h)", "2", "38.00"),
            ("Desplazamiento", "1", "25.00"),
        ]
    )
    iva = q2(net * D("0.21"))
    tot = net + iva
    e = {"dec": ",", "thou": "."}
    v = Inv(
        A4,
        "DVS",
        "DVS-B",
        ("circle", "ClimaSur", (0.0, 0.45, 0.7)),
        "FACTURA",
        ["Instalaciones ClimaSur S.L.", "CIF B-41234567", "C/ Feria 54, 41003 Sevilla"],
        [
            "Cliente:",
            "Dña. Lucía Ortega Ruiz",
            "NIF 28765432-K",
            "Av. de la Constitución 9, Sevilla",
        ],
        [
            ("Nº Factura", "2026-A-0519"),
            ("Fecha", "17 de noviembre de 2026"),
            ("Vencimiento", "17/12/2026"),
        ],
        ["Concepto", "Uds.", "Precio", "Importe"],
        trows(rows, **e),
        [
            ("Base imponible", fmt(net, **e) + " €"),
            ("IVA 21 %", fmt(iva, **e) + " €"),
            ("TOTAL FACTURA", fmt(tot, **e) + " €"),
        ],
        [["Forma de pago: transferencia", "ES91 2100 0418 4502 0005 1332 (CaixaBank)"]],
        ["Inscrita en el Registro Mercantil de Sevilla, Tomo 5123, Folio 88, Hoja SE-81234"],
        meta_left=True,
    )
    return Doc(
        "i08",
        "imgpdf",
        "ES",
        "es-ES",
        "EUR",
        "invoice",
        "ClimaSur",
        "2026-A-0519",
        "2026-11-17",
        "2026-12-17",
        net,
        iva,
        tot,
        items,
        "Spanish factura: Base imponible / IVA 21 % / TOTAL FACTURA, spelled-out Spanish date, "
        "customer NIF; image-only PDF",
        draw=invoice_pdf(v),
        extra={"skew": -0.9},
    )


def i09():
    items, rows, net = lines(
        [
            ("Usługa transportowa Poznań - Berlin", "1", "2400.00"),
            ("Opłata drogowa", "1", "185.50"),
            ("Rozładunek", "2", "120.00"),
        ]
    )
    vat = q2(net * D("0.23"))
    tot = net + vat
    e = {"dec": ",", "thou": " "}
    v = Inv(
        A4,
        "DVC",
        "DVC-B",
        ("bar", "TRANS-POL", (0.8, 0.1, 0.1)),
        "Faktura VAT",
        [
            "Sprzedawca:",
            "Trans-Pol Kowalski Sp. z o.o.",
            "ul. Głogowska 112, 60-243 Poznań",
            "NIP 779-23-45-678",
        ],
        ["Nabywca:", "Baumarkt Nord GmbH", "Am Hafen 5, 10557 Berlin", "VAT-UE DE312456789"],
        [
            ("Nr faktury", "FV/0412/12/2026"),
            ("Data wystawienia", "2026-12-04"),
            ("Data sprzedaży", "2026-12-02"),
            ("Termin płatności", "2026-12-18"),
        ],
        ["Nazwa towaru / usługi", "Ilość", "Cena netto", "Wartość netto"],
        trows(rows, **e),
        [
            ("Razem netto", fmt(net, **e)),
            ("VAT 23%", fmt(vat, **e)),
            ("Razem brutto", fmt(tot, **e)),
            ("Do zapłaty", fmt(tot, **e) + " PLN"),
        ],
        [["Sposób płatności: przelew", "Bank PKO BP 12 1020 4027 0000 1102 0123 4567"]],
        ["Trans-Pol Kowalski Sp. z o.o. · KRS 0000123456 · Kapitał zakładowy 50 000 zł"],
        meta_left=True,
        logo_right=True,
    )
    return Doc(
        "i09",
        "pdf",
        "PL",
        "pl-PL",
        "PLN",
        "invoice",
        "TRANS-POL",
        "FV/0412/12/2026",
        "2026-12-04",
        "2026-12-18",
        net,
        vat,
        tot,
        items,
        "Polish faktura VAT: Sprzedawca/Nabywca side by side (buyer is a German company), "
        "sale date differs from issue date, 'Do zapłaty', ISO dates",
        draw=invoice_pdf(v),
    )


def i10():
    items, rows, net = lines(
        [
            ("Beratung Mietrecht 12.11.2026 (Std.)", "2.5", "240.00"),
            ("Schriftsatz an Hausverwaltung", "1", "380.00"),
            ("Barauslagen Kopien", "1", "12.40"),
        ]
    )
    vat = q2(net * D("0.20"))
    tot = net + vat
    e = {"dec": ",", "thou": "."}
    v = Inv(
        A4,
        "Courier",
        "Courier-Bold",
        ("square", "Dr. Hofer", (0.3, 0.3, 0.3)),
        "HONORARNOTE",
        ["Dr. Elisabeth Hofer", "Rechtsanwältin", "Graben 12/4, 1010 Wien", "UID ATU 61234567"],
        ["Herrn", "Mag. Stefan Pichler", "Praterstraße 44/7", "1020 Wien"],
        [
            ("Honorarnote Nr.", "2026/0387"),
            ("Datum", "26. November 2026"),
            ("Akt", "Pichler/Miete"),
        ],
        ["Leistung", "Menge", "Satz", "EUR"],
        trows(rows, **e),
        [
            ("Summe netto", fmt(net, **e)),
            ("20 % USt", fmt(vat, **e)),
            ("Gesamtbetrag", fmt(tot, **e)),
        ],
        [["Zahlbar binnen 14 Tagen ohne Abzug.", "Erste Bank IBAN AT61 2011 1822 2121 9800"]],
        ["Rechtsanwaltskanzlei Dr. Elisabeth Hofer · Mitglied der RAK Wien"],
        fsize=8.5,
    )
    return Doc(
        "i10",
        "pdf",
        "AT",
        "de-AT",
        "EUR",
        "invoice",
        "Dr. Hofer",
        "2026/0387",
        "2026-11-26",
        None,
        net,
        vat,
        tot,
        items,
        "Austrian lawyer's Honorarnote in Courier, 'Gesamtbetrag', '14 Tagen' terms only "
        "(no due date), fractional hours, Akt reference near the number",
        draw=invoice_pdf(v),
    )


def i11():
    items, rows, net = lines(
        [
            ("Entretien annuel chaudière", "1", "135.00"),
            ("Remplacement thermocouple", "1", "48.00"),
            ("Déplacement", "1", "30.00"),
        ]
    )
    vat = q2(net * D("0.21"))
    tot = net + vat
    e = {"dec": ",", "thou": "."}
    v = Inv(
        A4,
        "DVS",
        "DVS-B",
        ("circle", "Thermo Wallon", (0.9, 0.5, 0.0)),
        "FACTURE",
        ["Thermo Wallon SRL", "Rue de Namur 77, 5000 Namur", "TVA BE 0712.345.678"],
        ["Mme Sophie Lambert", "Avenue Reine Astrid 12", "1300 Wavre"],
        [("Facture n°", "2026/1184"), ("Date", "09/12/2026"), ("Échéance", "08/01/2027")],
        ["Description", "Qté", "P.U. HTVA", "Total HTVA"],
        trows(rows, **e),
        [
            ("Total HTVA", fmt(net, **e)),
            ("TVA 21 %", fmt(vat, **e)),
            ("Total TVAC", fmt(tot, **e) + " EUR"),
        ],
        [
            [
                "Virement : BE68 5390 0754 7034 (BBRU)",
                "Communication structurée : +++091/2026/11847+++",
            ]
        ],
        ["Thermo Wallon SRL · RPM Namur · BCE 0712.345.678"],
        logo_right=True,
        fsize=10,
    )
    return Doc(
        "i11",
        "pdf",
        "BE",
        "fr-BE",
        "EUR",
        "invoice",
        "Thermo Wallon",
        "2026/1184",
        "2026-12-09",
        "2027-01-08",
        net,
        vat,
        tot,
        items,
        "Belgian invoice: structured communication +++091/2026/11847+++ looks like a number, "
        "HTVA/TVAC labels, due date in the next year",
        draw=invoice_pdf(v),
    )


def i12():
    items, rows, net = lines(
        [
            ("Vývoj webové aplikace - listopad", "64", "950.00"),
            ("Hosting a správa serveru", "1", "1800.00"),
        ]
    )
    vat = q2(net * D("0.21"))
    tot = net + vat
    e = {"dec": ",", "thou": " "}
    v = Inv(
        A4,
        "DV",
        "DV-B",
        ("bar", "Kódovna", (0.2, 0.5, 0.5)),
        "Faktura - daňový doklad",
        [
            "Kódovna s.r.o.",
            "Vinohradská 1511/230, 100 00 Praha 10",
            "IČO: 24712345",
            "DIČ: CZ24712345",
        ],
        ["Odběratel:", "Pekárna Novák a.s.", "Husova 8, 602 00 Brno", "IČO: 27123456"],
        [
            ("Číslo faktury", "2026110042"),
            ("Datum vystavení", "30.11.2026"),
            ("DUZP", "30.11.2026"),
            ("Datum splatnosti", "14.12.2026"),
            ("VS", "2026110042"),
        ],
        ["Položka", "Množství", "Cena/MJ", "Celkem"],
        trows(rows, **e),
        [
            ("Základ DPH 21 %", fmt(net, **e)),
            ("DPH 21 %", fmt(vat, **e)),
            ("Celkem k úhradě", fmt(tot, **e) + " Kč"),
        ],
        [
            [
                "Bankovní spojení: Fio banka, č.ú. 2801234567/2010",
                "Společnost je zapsána v OR u Městského soudu v Praze, oddíl C, vložka 212345",
            ]
        ],
        ["Kódovna s.r.o. · www.kodovna.cz"],
        meta_left=True,
    )
    return Doc(
        "i12",
        "pdf",
        "CZ",
        "cs-CZ",
        "CZK",
        "invoice",
        "Kódovna",
        "2026110042",
        "2026-11-30",
        "2026-12-14",
        net,
        vat,
        tot,
        items,
        "Czech faktura: IČO/DIČ for both parties, variabilní symbol equals number, DUZP, "
        "'Celkem k úhradě' in Kč with space thousands",
        draw=invoice_pdf(v),
    )


def i13():
    items, rows, net = lines(
        [("Returnerad: Kontorsstol Ergo Pro", "-2", "2490.00"), ("Frakt retur", "-1", "149.00")]
    )
    vat = q2(net * D("0.25"))
    tot = net + vat
    e = {"dec": ",", "thou": " "}
    v = Inv(
        A4,
        "Helvetica",
        "Helvetica-Bold",
        ("square", "KONTORAB", (0.1, 0.1, 0.1)),
        "KREDITFAKTURA",
        ["Kontorsmöbler i Norden AB", "Industrigatan 9", "212 14 Malmö", "Org.nr 556123-4567"],
        ["Lundgren Revision AB", "Box 1120", "111 81 Stockholm"],
        [
            ("Kreditfaktura nr", "K-30118"),
            ("Fakturadatum", "2026-12-07"),
            ("Avser faktura", "F-29877"),
            ("Er referens", "Anna Lundgren"),
        ],
        ["Artikel", "Antal", "À-pris", "Belopp"],
        trows(rows, **e),
        [
            ("Netto", fmt(net, **e)),
            ("Moms 25 %", fmt(vat, **e)),
            ("Att erhålla", fmt(tot, **e) + " SEK"),
        ],
        [
            [
                "Beloppet krediteras ert kundkonto eller återbetalas inom 10 dagar.",
                "Bankgiro 5123-4567",
            ]
        ],
        [
            "Kontorsmöbler i Norden AB · Styrelsens säte Malmö · Godkänd för F-skatt",
            "Momsreg.nr SE556123456701",
        ],
        logo_right=True,
    )
    return Doc(
        "i13",
        "pdf",
        "SE",
        "sv-SE",
        "SEK",
        "credit_note",
        "KONTORAB",
        "K-30118",
        "2026-12-07",
        None,
        net,
        vat,
        tot,
        items,
        "Swedish credit note printed negative (keyed negative), refers to the original "
        "invoice F-29877 which is not its number; Helvetica",
        draw=invoice_pdf(v),
    )


# ---------------------------------------------------------------- degradation


def render(pdf: bytes, dpi: int, grey: bool) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    img = doc[0].render(scale=dpi / 72, grayscale=grey).to_pil()
    arr = np.asarray(img.convert("L" if grey else "RGB")).copy()
    doc.close()
    return arr


def rotate(img, angle, fill):
    h, w = img.shape[:2]
    mat = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(img, mat, (w, h), flags=cv2.INTER_LINEAR, borderValue=fill)


def scan_image(pdf, rng, extra, receipt):
    img = render(pdf, 200, True).astype(np.float32)
    if extra.get("fade"):
        img = 255 - (255 - img) * rng.uniform(0.55, 0.7)
    if extra.get("dots"):
        mask = (np.indices(img.shape).sum(0) % 3 == 0) & (img < 128)
        img[mask] = 170
    h, w = img.shape
    pad = int(w * 0.08)
    bed = np.full((h + 2 * pad, w + 2 * pad + (pad if extra.get("edge") else 0)), 236, np.float32)
    bed[pad : pad + h, pad : pad + w] = img
    if extra.get("edge"):
        x0 = w + pad + int(pad * 0.6)
        bed[pad // 2 : -pad // 2, x0:] = 250
        for yy in range(pad, h, 40):
            bed[yy : yy + 8, x0 + 10 : x0 + 10 + int(rng.integers(20, 60))] = 90
    bed = rotate(bed, extra.get("skew", float(rng.uniform(-1, 1))), 236)
    bed = cv2.GaussianBlur(bed, (3, 3), 0.8)
    bed += rng.normal(0, 7, bed.shape)
    specks = rng.random(bed.shape) < 0.0008
    bed[specks] = 40
    bed = np.clip(bed, 0, 255).astype(np.uint8)
    width = extra.get("width")
    if width:
        hh = int(bed.shape[0] * width / bed.shape[1])
        bed = cv2.resize(bed, (width, hh), interpolation=cv2.INTER_AREA)
    return Image.fromarray(bed, "L")


def photo_image(pdf, rng):
    doc = render(pdf, 170, False)
    h, w = doc.shape[:2]
    long_side = int(rng.integers(1500, 2200))
    bh = long_side
    bw = int(long_side * 0.75)
    yy, xx = np.mgrid[0:bh, 0:bw].astype(np.float32)
    base = np.array([120, 92, 66], np.float32) * rng.uniform(0.8, 1.1)
    grain = (np.sin(xx / 9 + np.sin(yy / 60) * 3) * 12)[..., None]
    bg = base + grain + rng.normal(0, 6, (bh, bw, 1))
    scale = min(bh * 0.86 / h, bw * 0.7 / w)
    dw, dh = w * scale, h * scale
    cx, cy = bw / 2, bh / 2
    j = rng.uniform(-0.04, 0.04, (4, 2)) * [dw, dh]
    dst = np.float32(
        [
            [cx - dw / 2, cy - dh / 2],
            [cx + dw / 2, cy - dh / 2],
            [cx + dw / 2, cy + dh / 2],
            [cx - dw / 2, cy + dh / 2],
        ]
    ) + j.astype(np.float32)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    mat = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc.astype(np.float32), mat, (bw, bh))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), mat, (bw, bh))[..., None]
    shadow = cv2.GaussianBlur(np.roll(mask[..., 0], (12, 10), (0, 1)), (41, 41), 15)[..., None]
    out = bg * (1 - 0.45 * shadow) * (1 - mask) + warped * mask
    light = 1.05 - 0.35 * ((xx / bw) * rng.uniform(0.5, 1) + (yy / bh) * rng.uniform(0, 0.5))
    out *= light[..., None]
    for _ in range(2):
        fy = int(rng.uniform(0.25, 0.75) * bh)
        out[fy - 2 : fy + 2] *= 0.86
        out[fy + 2 : fy + 14] *= 1.04
    out = cv2.GaussianBlur(out, (3, 3), 0.7)
    out = np.clip(out * np.array([1.0, 0.97, 0.9]), 0, 255).astype(np.uint8)
    return Image.fromarray(out, "RGB")


def image_pdf(img: Image.Image, dpi: int) -> bytes:
    buf = io.BytesIO()
    size = (img.width * 72 / dpi, img.height * 72 / dpi)
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    jpg = io.BytesIO()
    img.save(jpg, "JPEG", quality=80)
    jpg.seek(0)
    c.drawImage(ImageReader(jpg), 0, 0, size[0], size[1])
    c.showPage()
    c.save()
    return buf.getvalue()


def save_image(img, path, rng):
    if path.suffix == ".png":
        img.save(path, optimize=False)
    else:
        img.save(path, quality=int(rng.integers(60, 86)))


# ---------------------------------------------------------------- main

DOCS = [
    r01,
    r02,
    r03,
    r04,
    r05,
    r06,
    r07,
    r08,
    r09,
    r10,
    r11,
    r12,
    i01,
    i02,
    i03,
    i04,
    i05,
    i06,
    i07,
    i08,
    i09,
    i10,
    i11,
    i12,
    i13,
]


def write(doc: Doc, out: Path) -> str:
    doc.check()
    rng = np.random.default_rng(zlib.crc32(doc.name.encode()))
    ext = "pdf" if doc.kind in ("pdf", "imgpdf") else doc.ext
    path = out / f"{doc.name}.{ext}"
    if doc.kind == "pdf":
        path.write_bytes(doc.draw)
    elif doc.kind == "imgpdf":
        img = scan_image(doc.draw, rng, doc.extra, False)
        path.write_bytes(image_pdf(img, 200))
    elif doc.kind == "scan":
        save_image(scan_image(doc.draw, rng, doc.extra, True), path, rng)
    else:
        save_image(photo_image(doc.draw, rng), path, rng)
    (out / f"{doc.name}.json").write_text(
        json.dumps(doc.truth(), ensure_ascii=False, indent=2) + "\n"
    )
    return path.name


KIND_LABEL = {
    "pdf": "born-digital PDF",
    "imgpdf": "image-only PDF",
    "scan": "scan",
    "photo": "photo",
}


def readme(docs: list[Doc], files: list[str]) -> str:
    mix: dict[tuple[str, str], int] = {}
    for d in docs:
        mix[(KIND_LABEL[d.kind], d.doc_type)] = mix.get((KIND_LABEL[d.kind], d.doc_type), 0) + 1
    out = [
        "# Blind set 2026-12f",
        "",
        "Written blind (without reading the reader's code, tests or other sets) by "
        "`python -m bench.blindsets.blind_2026_12f`. 25 documents: 12 till receipts "
        "(scans and phone photos), 12 invoices and 1 credit note, 16 countries.",
        "",
        "## How it is drawn",
        "",
        "- reportlab with `invariant=1`; DejaVu Sans/Mono/Serif/Condensed and the standard "
        "Helvetica/Times/Courier fonts. Receipts on 58/76/80 mm rolls, invoices A4/Letter.",
        "- Every text run is checked to stay on the page and not overlap another (`LayoutError`).",
        "- Amounts computed once with `Decimal`; amount + vat = total is checked, except the "
        "documented gaps (Malaysian/Indian rounding lines, a US tip, an Italian ritenuta).",
        "- Scans: rendered at 200 dpi grey with pypdfium2, fading, dot-matrix thinning, "
        "a second receipt's edge, skew, blur, noise, specks, some reduced to ~480-640 px wide. "
        "Photos: perspective on a wood-like background, shadow, uneven light, fold lines, "
        "JPEG 60-85. Image-only PDFs: the degraded scan as the only page content.",
        "- Each document seeded by CRC-32 of its name; re-runs are byte-identical.",
        "",
        "## Truth conventions",
        "",
        "- `vendor_name`: the wordmark/shop sign that heads the page (e.g. `NETZWERK24`, "
        "`lumifibre`, `Hartley & Moss`), not the legal name printed below it.",
        "- `total`: incl. tax and rounding lines and tips; earlier payments/advances (i03, i06) "
        "do not lower it; the Italian ritenuta is deducted (i07 Netto a pagare).",
        "- `vat`: sum of all tax lines (SST/GST/PB1/CGST+SGST/VAT/...), contained tax for "
        "tax-inclusive receipts; `amount` = total - vat - gap. i05 prints no tax: vat null.",
        "- Malaysian service charge (r02) is part of `amount`; Italian cassa previdenza is in "
        "the taxable base (i07 amount = Imponibile IVA).",
        "- `due_date` only where a due date is printed; debit dates and '14 Tagen' give null.",
        "- Credit note i13 printed negative, keyed negative.",
        "",
        "## Mix",
        "",
        "| kind | receipt | invoice | credit_note | all |",
        "|---|---|---|---|---|",
    ]
    for k in KIND_LABEL.values():
        cnt = [mix.get((k, t), 0) for t in ("receipt", "invoice", "credit_note")]
        out.append(f"| {k} | {cnt[0]} | {cnt[1]} | {cnt[2]} | {sum(cnt)} |")
    out += [
        "",
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for d, f in zip(docs, files, strict=True):
        out.append(
            f"| {f} | {KIND_LABEL[d.kind]} | {d.country} | {d.doc_type} | {d.vendor} | "
            f"{d.number} | {d.total:.2f} {d.currency} | {d.note} |"
        )
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> None:
    only = None
    if "--only" in argv:
        i = argv.index("--only")
        only = argv[i + 1]
        argv = argv[:i] + argv[i + 2 :]
    out = Path(argv[0]) if argv else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    docs, files = [], []
    for fn in DOCS:
        if only and fn.__name__ != only:
            continue
        doc = fn()
        files.append(write(doc, out))
        docs.append(doc)
        print(files[-1])
    if not only:
        (out / "README.md").write_text(readme(docs, files))


if __name__ == "__main__":
    main(sys.argv[1:])
