# ruff: noqa: E501
"""Blind set 13g: one month (March 2026) of a small company's expenses, as a bookkeeper would upload them.

16 supplier invoices and 16 receipts from Europe and North America, drawn by many different tools.
Run: python -m bench.blindsets.blind_2026_13g [OUTDIR] [--only NAME]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import zlib
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4, A5, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

D = Decimal
D0 = Decimal("0")
Q = Decimal("0.01")
FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [
    ("DV", "DejaVuSans.ttf"),
    ("DVB", "DejaVuSans-Bold.ttf"),
    ("DVO", "DejaVuSans-Oblique.ttf"),
    ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVCB", "DejaVuSansCondensed-Bold.ttf"),
    ("DVM", "DejaVuSansMono.ttf"),
    ("DVMB", "DejaVuSansMono-Bold.ttf"),
    ("DVS", "DejaVuSerif.ttf"),
    ("DVSB", "DejaVuSerif-Bold.ttf"),
    ("DVSI", "DejaVuSerif-Italic.ttf"),
    ("DVSCI", "DejaVuSerifCondensed-Italic.ttf"),
    ("DVSC", "DejaVuSerifCondensed.ttf"),
    ("DVEL", "DejaVuSans-ExtraLight.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f))


class LayoutError(Exception):
    pass


def r2(x) -> Decimal:
    return Decimal(str(x)).quantize(Q, ROUND_HALF_UP)


SEPS = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": (" ", ","),
    "ch": ("'", "."),
    "se": (" ", ","),
    "nd": ("", ","),
    "np": ("", "."),
}


def m(x, st="en") -> str:
    x = r2(x)
    th, dec = SEPS[st]
    ip, dp = f"{abs(x):,.2f}".split(".")
    s = ip.replace(",", th) + dec + dp
    return ("-" if x < 0 else "") + s


def mu(u, st="en") -> str:
    """unit price: two decimals, or three when the price has them"""
    u = Decimal(str(u))
    if u == r2(u):
        return m(u, st)
    _th, dec = SEPS[st]
    return f"{u:.3f}".replace(".", dec)


def qstr(q) -> str:
    q = Decimal(str(q))
    s = format(q.normalize(), "f")
    return s


def ustr(u) -> str:
    u = Decimal(str(u))
    return f"{u:.2f}" if u == u.quantize(Q) else format(u.normalize(), "f")


def item(desc, qty, unit, amount=None):
    qty, unit = Decimal(str(qty)), Decimal(str(unit))
    amt = r2(qty * unit) if amount is None else r2(amount)
    return {
        "description": desc,
        "quantity": qstr(qty),
        "unit_price": ustr(unit),
        "amount": f"{amt:.2f}",
    }


def A(it) -> Decimal:
    return Decimal(it["amount"])


def incl_vat(gross, rate) -> Decimal:
    return r2(Decimal(str(gross)) * Decimal(str(rate)) / (100 + Decimal(str(rate))))


def truth(
    number,
    date,
    due,
    vendor,
    amount,
    vat,
    total,
    cur,
    loc,
    layout,
    dtype,
    items,
    note,
    tip=D0,
    rounding=D0,
):
    amount, total = r2(amount), r2(total)
    v = None if vat is None else r2(vat)
    if amount + (v if v is not None else D0) + r2(tip) + r2(rounding) != total:
        raise AssertionError(f"arithmetic {amount} + {v} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": f"{amount:.2f}",
        "vat": None if v is None else f"{v:.2f}",
        "total": f"{total:.2f}",
        "currency": cur,
        "locale": loc,
        "layout": layout,
        "document_type": dtype,
        "line_items": items,
        "note": note,
    }


# ----------------------------------------------------------------------------------------------
# drawing helpers
# ----------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, size):
        self.buf = io.BytesIO()
        self.w, self.h = size
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.boxes: list[tuple] = []

    def _claim(self, box, s):
        x0, y0, x1, y1 = box
        if x0 < 2 or y0 < 2 or x1 > self.w - 2 or y1 > self.h - 2:
            raise LayoutError(f"off page: {s!r} {box}")
        for b, t in self.boxes:
            if x0 < b[2] - 0.3 and b[0] < x1 - 0.3 and y0 < b[3] - 0.3 and b[1] < y1 - 0.3:
                raise LayoutError(f"overlap: {s!r} with {t!r}")
        self.boxes.append((box, s))

    def t(self, x, y, s, font="Helvetica", size=10, align="l", color=None):
        if s == "":
            return
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        self._claim((x0, y - 0.22 * size, x0 + w, y + 0.78 * size), s)
        c = self.c
        if color:
            c.setFillColorRGB(*color)
        c.setFont(font, size)
        c.drawString(x0, y, s)
        if color:
            c.setFillColorRGB(0, 0, 0)

    def hand(self, x, y, s, size, rng, font="DVSI", color=(0.08, 0.12, 0.42), align="l", slope=0.0):
        sp = 1.06
        w = pdfmetrics.stringWidth(s, font, size) * sp
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        self._claim((x0 - 1, y - 0.4 * size, x0 + w + 2, y + 1.0 * size + abs(slope) * w), s)
        c = self.c
        c.setFillColorRGB(*color)
        cx, cy = x0, y
        for ch in s:
            c.saveState()
            c.translate(cx, cy + rng.uniform(-0.6, 0.6))
            c.rotate(rng.uniform(-5, 5))
            c.setFont(font, size * rng.uniform(0.94, 1.06))
            c.drawString(0, 0, ch)
            c.restoreState()
            step = pdfmetrics.stringWidth(ch, font, size) * sp
            cx += step
            cy += step * slope
        c.setFillColorRGB(0, 0, 0)

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        c.rect(x, y, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def line(self, x0, y0, x1, y1, lw=0.5, color=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        if dash:
            c.setDash(*dash)
        c.line(x0, y0, x1, y1)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def qr(self, x, y, size, rng, n=25):
        c = self.c
        cell = size / n
        for i in range(n):
            for j in range(n):
                corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
                if corner:
                    ii, jj = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                    on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
                else:
                    on = rng.random() < 0.5
                if on:
                    c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, fill=1, stroke=0)

    def barcode(self, x, y, w, h, rng):
        c = self.c
        cx = x
        while cx < x + w - 3:
            bw = rng.choice([0.6, 0.6, 1.2, 1.8])
            c.rect(cx, y, bw, h, fill=1, stroke=0)
            cx += bw + rng.choice([0.6, 1.2, 1.8])

    def new_page(self):
        self.c.showPage()
        self.boxes = []

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def table(
    d,
    y,
    cols,
    header,
    rows,
    font="Helvetica",
    size=9,
    hfont="Helvetica-Bold",
    lh=14,
    hline=True,
    grid=None,
    hfill=None,
    x0=None,
    x1=None,
):
    """cols: list of (x, align). Draws header and rows; returns y below the last row."""
    if hfill and x0 is not None:
        d.rect(x0, y - 4, x1 - x0, lh, fill=hfill, stroke=None)
    for (x, al), h in zip(cols, header, strict=False):
        d.t(x, y, h, hfont, size, al)
    if hline and x0 is not None:
        d.line(x0, y - 5, x1, y - 5, 0.6)
    y -= lh + 2
    for r in rows:
        for (x, al), v in zip(cols, r, strict=False):
            d.t(x, y, v, font, size, al)
        if grid and x0 is not None:
            d.line(x0, y - 4.5, x1, y - 4.5, 0.25, (0.6, 0.6, 0.6))
        y -= lh
    return y


class Roll:
    """Receipt roll: collects lines, then draws on a page exactly as long as its content."""

    def __init__(self, width_mm, font="DVM", size=8, margin=8, lh=1.32):
        self.w = width_mm * mm
        self.font, self.size, self.margin, self.lhf = font, size, margin, lh
        self.ops: list = []

    def _add(self, kind, *a, font=None, size=None):
        self.ops.append((kind, a, font or self.font, size or self.size))

    def c(self, s, font=None, size=None):
        self._add("c", s, font=font, size=size)

    def l(self, s, font=None, size=None):  # noqa: E743
        self._add("l", s, font=font, size=size)

    def r(self, s, font=None, size=None):
        self._add("r", s, font=font, size=size)

    def lr(self, a, b, font=None, size=None):
        self._add("lr", a, b, font=font, size=size)

    def lmr(self, a, mid, b, midx, font=None, size=None):
        self._add("lmr", a, mid, b, midx, font=font, size=size)

    def rule(self, dash=True):
        self._add("rule", dash, size=6)

    def gap(self, h):
        self._add("gap", h)

    def custom(self, h, fn):
        self._add("custom", h, fn)

    def height(self):
        h = 2 * self.margin + 6
        for k, a, _f, s in self.ops:
            h += a[0] if k in ("gap", "custom") else s * self.lhf
        return h

    def draw(self) -> bytes:
        H = self.height()
        d = Doc((self.w, H))
        y = H - self.margin
        L, R = self.margin, self.w - self.margin
        for k, a, f, s in self.ops:
            if k in ("gap", "custom"):
                if k == "custom":
                    a[1](d, y, L, R)
                y -= a[0]
                continue
            y -= s * self.lhf
            base = y + 0.3 * s
            if k == "c":
                d.t(self.w / 2, base, a[0], f, s, "c")
            elif k == "l":
                d.t(L, base, a[0], f, s)
            elif k == "r":
                d.t(R, base, a[0], f, s, "r")
            elif k == "lr":
                d.t(L, base, a[0], f, s)
                d.t(R, base, a[1], f, s, "r")
            elif k == "lmr":
                d.t(L, base, a[0], f, s)
                d.t(L + a[3], base, a[1], f, s, "r")
                d.t(R, base, a[2], f, s, "r")
            elif k == "rule":
                d.line(L, y + s * 0.5, R, y + s * 0.5, 0.5, dash=(2, 2) if a[0] else None)
        return d.finish()


# ----------------------------------------------------------------------------------------------
# degradation
# ----------------------------------------------------------------------------------------------
def render(pdf: bytes, dpi: int, page=0) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    img = doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    return img


def scan(
    img,
    g,
    grey=True,
    skew=1.0,
    blur=0.6,
    noise=6.0,
    specks=60,
    fade=0.0,
    down=None,
    tint=(248, 246, 240),
):
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = a.shape[:2]
    if fade:
        prof = (
            1
            - fade
            * (0.5 + 0.5 * np.sin(np.linspace(0, np.pi * g.uniform(1, 2.5), h) + g.uniform(0, 6)))[
                :, None, None
            ]
        )
        a = 255 - (255 - a) * prof
    a = a / 255.0 * np.array(tint, np.float32)[None, None, :]
    ang = g.uniform(-skew, skew)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(
        a, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=tuple(float(t) for t in tint)
    )
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a += g.normal(0, noise, a.shape).astype(np.float32)
    for _ in range(specks):
        x, y = int(g.integers(0, w)), int(g.integers(0, h))
        r = int(g.integers(1, 3))
        cv2.circle(a, (x, y), r, (60.0, 60.0, 60.0), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if grey:
        out = out.convert("L")
    if down:
        out = out.resize((down, round(out.height * down / out.width)), Image.LANCZOS)
    return out


def photo(img, g, long_side=2000, bg="wood", fold=True, light=0.35):
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    a *= np.array([0.985, 0.975, 0.95], np.float32)
    h, w = a.shape[:2]
    if fold:
        fy = int(h * g.uniform(0.3, 0.7))
        yy = np.arange(h, dtype=np.float32)[:, None, None]
        a *= 1 - 0.10 * np.exp(-((yy - fy) ** 2) / (2 * (h * 0.006) ** 2))
    pad = int(max(h, w) * 0.12)
    H, W = h + 2 * pad, w + 2 * pad
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if bg == "wood":
        base = np.array([150, 112, 78], np.float32)
        stripes = 0.85 + 0.15 * np.sin(xx / W * 60 + 3 * np.sin(yy / H * 7))
    elif bg == "desk":
        base = np.array([95, 100, 108], np.float32)
        stripes = 0.95 + 0.05 * np.sin(xx / 9.0)
    else:
        base = np.array([205, 200, 190], np.float32)
        stripes = 0.96 + 0.04 * np.sin((xx + yy) / 13.0)
    back = base[None, None, :] * stripes[:, :, None] + g.normal(0, 7, (H, W, 3)).astype(np.float32)
    j = lambda s: g.uniform(-s, s) * min(w, h)  # noqa: E731
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32(
        [
            [pad + j(0.05), pad + j(0.04)],
            [pad + w + j(0.05), pad + j(0.04)],
            [pad + w + j(0.04), pad + h + j(0.04)],
            [pad + j(0.04), pad + h + j(0.04)],
        ]
    )
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, M, (W, H))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))
    sh = cv2.GaussianBlur(
        np.roll(np.roll(mask, int(0.012 * W), 1), int(0.012 * H), 0), (0, 0), 0.01 * W + 1
    )
    back *= (1 - 0.45 * sh)[:, :, None]
    out = back * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    cx, cy = g.uniform(0, W), g.uniform(0, H)
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(W, H)
    out *= (1 - light * dist)[:, :, None] * np.array([1.0, 0.99, 0.96], np.float32)
    out = cv2.GaussianBlur(out, (0, 0), 0.7)
    out += g.normal(0, 3, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(out)
    s = long_side / max(im.size)
    return im.resize((round(im.width * s), round(im.height * s)), Image.LANCZOS)


def image_pdf(img: Image.Image, dpi: int) -> bytes:
    buf = io.BytesIO()
    w, h = img.width * 72 / dpi, img.height * 72 / dpi
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    b = io.BytesIO()
    img.save(b, "JPEG", quality=78)
    b.seek(0)
    c.drawImage(ImageReader(b), 0, 0, w, h)
    c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------
# invoices
# ----------------------------------------------------------------------------------------------
CUST_DE = ["Northwind Atelier GmbH", "Buchhaltung", "Türkenstraße 21", "80799 München"]


def i01(rng):
    """DE office rent, Word template, DIN 5008 letter layout."""
    d = Doc(A4)
    W, H = A4
    L = 25 * mm
    d.t(
        W - 20 * mm,
        H - 22 * mm,
        "Hausverwaltung Brenner",
        "Times-Bold",
        20,
        "r",
        (0.15, 0.25, 0.45),
    )
    d.t(
        W - 20 * mm,
        H - 29 * mm,
        "GmbH & Co. KG  ·  Leopoldstraße 112  ·  80802 München",
        "Times-Roman",
        9,
        "r",
    )
    d.line(L, H - 33 * mm, W - 20 * mm, H - 33 * mm, 0.8, (0.15, 0.25, 0.45))
    d.t(
        L,
        H - 48 * mm,
        "Hausverwaltung Brenner GmbH & Co. KG · Leopoldstr. 112 · 80802 München",
        "Helvetica",
        6.5,
    )
    y = H - 56 * mm
    for s in CUST_DE:
        d.t(L, y, s, "Helvetica", 10)
        y -= 13
    info = [
        ("Rechnungsnummer:", "MR-2026-0311"),
        ("Rechnungsdatum:", "02.03.2026"),
        ("Mieternummer:", "M-0417"),
        ("Objekt:", "Türkenstraße 21, 2. OG"),
        ("Fällig am:", "10.03.2026"),
    ]
    y = H - 56 * mm
    for a, b in info:
        d.t(125 * mm, y, a, "Helvetica", 9)
        d.t(W - 20 * mm, y, b, "Helvetica", 9, "r")
        y -= 12
    d.t(L, H - 100 * mm, "Rechnung Miete März 2026", "Helvetica-Bold", 13)
    d.t(L, H - 110 * mm, "Sehr geehrte Damen und Herren,", "Helvetica", 10)
    d.t(
        L,
        H - 116 * mm,
        "gemäß Mietvertrag vom 14.01.2022 (Option zur Umsatzsteuer nach § 9 UStG) berechnen wir Ihnen:",
        "Helvetica",
        10,
    )
    items = [
        item("Gewerbemiete Büroflächen 2. OG (186 m²), März 2026", 1, "2450.00"),
        item("Betriebskostenvorauszahlung März 2026", 1, "380.00"),
        item("Tiefgaragenstellplatz Nr. 14", 1, "120.00"),
    ]
    net = sum(A(i) for i in items)
    vat = r2(net * D("0.19"))
    tot = net + vat
    x1 = W - 20 * mm
    rows = [(str(n + 1), i["description"], m(A(i), "de") + " €") for n, i in enumerate(items)]
    y = table(
        d,
        H - 128 * mm,
        [(L, "l"), (L + 22, "l"), (x1, "r")],
        ["Pos.", "Bezeichnung", "Betrag"],
        rows,
        "Helvetica",
        10,
        "Helvetica-Bold",
        16,
        True,
        True,
        None,
        L,
        x1,
    )
    y -= 6
    for a, b, f in [
        ("Summe netto", m(net, "de") + " €", "Helvetica"),
        ("zzgl. 19 % Umsatzsteuer", m(vat, "de") + " €", "Helvetica"),
        ("Rechnungsbetrag", m(tot, "de") + " €", "Helvetica-Bold"),
    ]:
        d.t(120 * mm, y, a, f, 10)
        d.t(x1, y, b, f, 10, "r")
        y -= 15
    d.line(120 * mm, y + 27, x1, y + 27, 0.5)
    y -= 10
    d.t(
        L,
        y,
        "Bitte überweisen Sie den Rechnungsbetrag bis zum 10.03.2026 unter Angabe der Rechnungsnummer.",
        "Helvetica",
        10,
    )
    d.t(
        L,
        y - 13,
        "Bei bestehendem SEPA-Lastschriftmandat erfolgt der Einzug automatisch.",
        "Helvetica",
        10,
    )
    d.t(L, y - 34, "Mit freundlichen Grüßen", "Helvetica", 10)
    d.t(L, y - 47, "Ihre Hausverwaltung Brenner", "Helvetica", 10)
    d.line(L, 30 * mm, x1, 30 * mm, 0.4)
    foot = [
        [
            "Hausverwaltung Brenner GmbH & Co. KG",
            "Sitz München, AG München HRA 98123",
            "phG: Brenner Verwaltungs GmbH",
        ],
        ["Stadtsparkasse München", "IBAN DE44 7015 0000 0034 5567 89", "BIC SSKMDEMMXXX"],
        ["USt-IdNr. DE287654321", "Tel. 089 3398 120", "info@hv-brenner.de"],
    ]
    for k, col in enumerate(foot):
        for n, s in enumerate(col):
            d.t(L + k * 58 * mm, 25 * mm - n * 9, s, "Helvetica", 7)
    t = truth(
        "MR-2026-0311",
        "2026-03-02",
        "2026-03-10",
        "Hausverwaltung Brenner GmbH & Co. KG",
        net,
        vat,
        tot,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        items,
        "DIN 5008 letter; vendor name split over two lines in the letterhead (legal form on line 2); tenant number and object next to the invoice number.",
    )
    return d.finish(), t, "DE", "office rent"


def i02(rng):
    """NL accountant, accounting-package style with coloured logo block."""
    d = Doc(A4)
    W, H = A4
    L, R = 18 * mm, W - 18 * mm
    d.rect(L, H - 36 * mm, 16 * mm, 16 * mm, fill=(0.0, 0.42, 0.45), stroke=None)
    d.t(L + 8 * mm, H - 30 * mm, "VK", "Helvetica-Bold", 20, "c", (1, 1, 1))
    d.t(
        L + 20 * mm,
        H - 26 * mm,
        "Van Dijk & Kuipers",
        "Helvetica-Bold",
        16,
        color=(0.0, 0.42, 0.45),
    )
    d.t(L + 20 * mm, H - 33 * mm, "Accountants B.V.", "Helvetica", 11, color=(0.0, 0.42, 0.45))
    for n, s in enumerate(
        ["Maliebaan 48", "3581 CR Utrecht", "T 030 231 88 40", "info@vandijkkuipers.nl"]
    ):
        d.t(R, H - 20 * mm - n * 11, s, "Helvetica", 8.5, "r")
    for n, s in enumerate(
        [
            "Northwind Atelier B.V.",
            "t.a.v. de administratie",
            "Keizersgracht 312",
            "1016 EZ Amsterdam",
        ]
    ):
        d.t(L, H - 60 * mm - n * 13, s, "Helvetica", 10)
    d.t(L, H - 100 * mm, "FACTUUR", "Helvetica-Bold", 22, color=(0.0, 0.42, 0.45))
    meta = [
        ("Factuurnummer", "26-00418"),
        ("Factuurdatum", "04-03-2026"),
        ("Vervaldatum", "18-03-2026"),
        ("Relatienummer", "10233"),
    ]
    for n, (a, b) in enumerate(meta):
        x = L + n * 44 * mm
        d.t(x, H - 112 * mm, a, "Helvetica", 8, color=(0.4, 0.4, 0.4))
        d.t(x, H - 118 * mm, b, "Helvetica-Bold", 10)
    items = [
        item("Samenstellen jaarrekening 2025", 1, "1850.00"),
        item("Verzorgen BTW-aangifte Q4 2025", 1, "275.00"),
        item("Loonadministratie februari 2026 (per medewerker)", 4, "32.50"),
    ]
    net = sum(A(i) for i in items)
    vat = r2(net * D("0.21"))
    tot = net + vat
    cols = [(L + 3, "l"), (125 * mm, "r"), (155 * mm, "r"), (R - 3, "r")]
    rows = [
        (i["description"], i["quantity"], "€ " + m(D(i["unit_price"]), "de"), "€ " + m(A(i), "de"))
        for i in items
    ]
    y = table(
        d,
        H - 134 * mm,
        cols,
        ["Omschrijving", "Aantal", "Tarief", "Bedrag"],
        rows,
        "Helvetica",
        9.5,
        "Helvetica-Bold",
        17,
        False,
        True,
        (0.85, 0.93, 0.93),
        L,
        R,
    )
    y -= 10
    for a, b, f in [
        ("Subtotaal", m(net, "de"), "Helvetica"),
        ("BTW 21% over € " + m(net, "de"), m(vat, "de"), "Helvetica"),
        ("Totaal te betalen", m(tot, "de"), "Helvetica-Bold"),
    ]:
        d.t(110 * mm, y, a, f, 10)
        d.t(R - 3, y, "€ " + b, f, 10, "r")
        y -= 16
    d.t(
        L,
        y - 20,
        "Wij verzoeken u vriendelijk het totaalbedrag vóór de vervaldatum over te maken op",
        "Helvetica",
        9,
    )
    d.t(
        L,
        y - 32,
        "NL12 RABO 0312 4567 89 t.n.v. Van Dijk & Kuipers Accountants B.V. o.v.v. het factuurnummer.",
        "Helvetica",
        9,
    )
    d.rect(0, 0, W, 14 * mm, fill=(0.0, 0.42, 0.45), stroke=None)
    d.t(
        W / 2,
        6 * mm,
        "KvK 30187654  ·  BTW NL8123.45.678.B01  ·  IBAN NL12 RABO 0312 4567 89  ·  Lid NBA",
        "Helvetica",
        8,
        "c",
        (1, 1, 1),
    )
    t = truth(
        "26-00418",
        "2026-03-04",
        "2026-03-18",
        "Van Dijk & Kuipers Accountants B.V.",
        net,
        vat,
        tot,
        "EUR",
        "nl-NL",
        "invoice",
        "invoice",
        items,
        "Dutch dd-mm-yyyy dates in a horizontal meta strip; 'Relatienummer' next to the invoice number; BTW line repeats the net as its base.",
    )
    return d.finish(), t, "NL", "accountant"


def i03(rng):
    """FR lawyer, note d'honoraires with disbursements outside VAT."""
    d = Doc(A4)
    W, H = A4
    L, R = 22 * mm, W - 22 * mm
    d.t(W / 2, H - 25 * mm, "CABINET MOREAU & ASSOCIÉS", "Times-Bold", 17, "c")
    d.t(
        W / 2,
        H - 32 * mm,
        "Avocats à la Cour  —  SELARL au capital de 20 000 €",
        "Times-Italic",
        10,
        "c",
    )
    d.t(
        W / 2,
        H - 38 * mm,
        "27, rue de Miromesnil  75008 Paris  ·  Tél. 01 42 65 31 08  ·  Toque P 0412",
        "Times-Roman",
        9,
        "c",
    )
    d.line(W / 2 - 40 * mm, H - 42 * mm, W / 2 + 40 * mm, H - 42 * mm, 0.5)
    for n, s in enumerate(
        [
            "NORTHWIND ATELIER SAS",
            "À l'attention de M. Delorme",
            "14, rue des Petites-Écuries",
            "75010 Paris",
        ]
    ):
        d.t(118 * mm, H - 60 * mm - n * 13, s, "Times-Roman", 11)
    d.t(R, H - 95 * mm, "Paris, le 5 mars 2026", "Times-Roman", 11, "r")
    d.t(L, H - 108 * mm, "NOTE D'HONORAIRES N° 2026-037", "Times-Bold", 13)
    d.t(
        L,
        H - 116 * mm,
        "Dossier : NORTHWIND / Conditions générales et droit social (réf. 25-118)",
        "Times-Roman",
        10.5,
    )
    items = [
        item("Rédaction des conditions générales de vente (6 h à 280,00 €)", 6, "280.00"),
        item("Consultation en droit social, 12/02/2026 (1,5 h à 280,00 €)", "1.5", "280.00"),
        item("Débours : frais de greffe et d'extrait Kbis (non soumis à TVA)", 1, "45.06"),
    ]
    fees = A(items[0]) + A(items[1])
    deb = A(items[2])
    net = fees + deb
    vat = r2(fees * D("0.20"))
    tot = net + vat
    y = H - 134 * mm
    d.line(L, y + 14, R, y + 14, 0.5)
    d.t(L, y, "Désignation", "Times-Bold", 11)
    d.t(R, y, "Montant", "Times-Bold", 11, "r")
    d.line(L, y - 5, R, y - 5, 0.5)
    y -= 22
    for i in items:
        d.t(L, y, i["description"], "Times-Roman", 11)
        d.t(R, y, m(A(i), "fr") + " €", "Times-Roman", 11, "r")
        y -= 18
    d.line(L, y + 8, R, y + 8, 0.3)
    y -= 8
    for a, b, f in [
        ("Honoraires HT", m(fees, "fr"), "Times-Roman"),
        ("Débours (non soumis)", m(deb, "fr"), "Times-Roman"),
        ("Total HT", m(net, "fr"), "Times-Roman"),
        ("TVA 20 % (sur honoraires " + m(fees, "fr") + ")", m(vat, "fr"), "Times-Roman"),
        ("TOTAL TTC", m(tot, "fr"), "Times-Bold"),
    ]:
        d.t(105 * mm, y, a, f, 11)
        d.t(R, y, b + " €", f, 11, "r")
        y -= 16
    d.t(
        L,
        y - 16,
        "Payable à réception. En cas de retard, pénalités au taux légal majoré de 10 points et indemnité",
        "Times-Italic",
        9.5,
    )
    d.t(
        L,
        y - 28,
        "forfaitaire pour frais de recouvrement de 40 € (art. L441-10 C. com.).",
        "Times-Italic",
        9.5,
    )
    d.t(
        L,
        y - 46,
        "Règlement par virement : CARPA — IBAN FR76 3000 4008 2800 0112 3456 789  BIC BNPAFRPPXXX",
        "Times-Roman",
        9.5,
    )
    d.t(
        W / 2,
        15 * mm,
        "SELARL Moreau & Associés · RCS Paris 812 345 678 · SIRET 812 345 678 00021 · TVA intracom. FR45 812345678",
        "Times-Roman",
        8,
        "c",
    )
    t = truth(
        "2026-037",
        "2026-03-05",
        None,
        "Cabinet Moreau & Associés",
        net,
        vat,
        tot,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        items,
        "Disbursements outside VAT: net = Total HT incl. débours (2 145,06) while VAT is computed on the fees only; 'Payable à réception' so no due date; date written out ('5 mars 2026'); vendor printed as CABINET MOREAU & ASSOCIÉS, legal form SELARL only in subtitle/footer.",
    )
    t["vendor_name"] = "Cabinet Moreau & Associés"
    return d.finish(), t, "FR", "lawyer"


def i04(rng):
    """UK IT contractor, spreadsheet exported to PDF (grid, cell look)."""
    d = Doc(A4)
    W, H = A4
    L = 15 * mm
    colw = [12 * mm, 88 * mm, 22 * mm, 25 * mm, 28 * mm]
    xs = [L]
    for cw in colw:
        xs.append(xs[-1] + cw)
    rowh = 15
    top = H - 15 * mm
    nrows = 46
    for k in range(nrows + 1):
        d.line(L, top - k * rowh, xs[-1], top - k * rowh, 0.2, (0.78, 0.78, 0.78))
    for x in xs:
        d.line(x, top, x, top - nrows * rowh, 0.2, (0.78, 0.78, 0.78))

    def cell(r, ci, s, font="DVC", size=9, al="l", color=None):
        y = top - r * rowh - rowh + 4.5
        x = xs[ci] + 3 if al == "l" else xs[ci + 1] - 3
        d.t(x, y, s, font, size, al, color)

    cell(0, 1, "INVOICE", "DVCB", 13)
    cell(1, 1, "Halden Digital Ltd")
    cell(2, 1, "Unit 4, Round Foundry, Water Lane, Leeds LS11 5QN")
    cell(3, 1, "VAT Reg No: GB 318 4472 90   Company No: 11837265")
    cell(1, 3, "Invoice No:")
    cell(1, 4, "HD-0147", "DVCB", al="r")
    cell(2, 3, "Invoice date:")
    cell(2, 4, "06/03/2026", al="r")
    cell(3, 3, "Due date:")
    cell(3, 4, "05/04/2026", al="r")
    cell(5, 1, "Bill to:", "DVCB")
    cell(6, 1, "Northwind Atelier Ltd")
    cell(7, 1, "71 Leonard Street, London EC2A 4QS")
    items = [
        item("Backend development sprint 9 (hours)", "37.5", "65.00"),
        item("Server maintenance retainer - March 2026", 1, "350.00"),
        item("Domain renewal northwind-atelier.co.uk", 1, "14.99"),
    ]
    for ci, h in enumerate(["#", "Description", "Qty", "Rate (£)", "Amount (£)"]):
        cell(9, ci, h, "DVCB", al="l" if ci < 2 else "r")
    for n, i in enumerate(items):
        cell(10 + n, 0, str(n + 1), al="r")
        cell(10 + n, 1, i["description"])
        cell(10 + n, 2, i["quantity"], al="r")
        cell(10 + n, 3, m(D(i["unit_price"])), al="r")
        cell(10 + n, 4, m(A(i)), al="r")
    net = sum(A(i) for i in items)
    vat = r2(net * D("0.20"))
    tot = net + vat
    cell(15, 3, "Net")
    cell(15, 4, m(net), al="r")
    cell(16, 3, "VAT @ 20%")
    cell(16, 4, m(vat), al="r")
    cell(17, 3, "TOTAL", "DVCB")
    cell(17, 4, "£" + m(tot), "DVCB", al="r")
    cell(20, 1, "Payment terms: 30 days. Please pay by BACS to:")
    cell(21, 1, "Halden Digital Ltd - Sort code 40-11-62 - Account 71839204")
    cell(22, 1, "Please quote HD-0147 as the payment reference.")
    cell(24, 1, "Thank you for your business!", "DVC")
    d.t(L, 8 * mm, "Sheet1", "Helvetica", 7, color=(0.4, 0.4, 0.4))
    d.t(W - 15 * mm, 8 * mm, "Page 1", "Helvetica", 7, "r", (0.4, 0.4, 0.4))
    t = truth(
        "HD-0147",
        "2026-03-06",
        "2026-04-05",
        "Halden Digital Ltd",
        net,
        vat,
        tot,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        items,
        "Spreadsheet export with full gridlines and 'Sheet1' footer; only the TOTAL carries the £ sign; fractional hours (37.5); dd/mm/yyyy.",
    )
    return d.finish(), t, "GB", "IT contractor"


def i05(rng):
    """BE print shop, Flemish, discount line and structured payment reference."""
    d = Doc(A4)
    W, H = A4
    L, R = 20 * mm, W - 20 * mm
    c = d.c
    c.setFillColorRGB(0.85, 0.1, 0.35)
    c.circle(L + 9 * mm, H - 25 * mm, 9 * mm, fill=1, stroke=0)
    c.setFillColorRGB(0.1, 0.6, 0.85)
    c.circle(L + 17 * mm, H - 25 * mm, 9 * mm, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    d.t(L + 30 * mm, H - 24 * mm, "drukkerij de smet", "DVB", 18)
    d.t(L + 30 * mm, H - 31 * mm, "print · design · signalisatie", "DV", 9, color=(0.4, 0.4, 0.4))
    for n, s in enumerate(
        [
            "Drukkerij De Smet BV",
            "Brusselsesteenweg 221",
            "9050 Gentbrugge",
            "BTW BE 0456.789.123",
            "RPR Gent",
        ]
    ):
        d.t(R, H - 18 * mm - n * 10, s, "DV", 8, "r")
    d.rect(110 * mm, H - 85 * mm, R - 110 * mm, 32 * mm, stroke=(0.6, 0.6, 0.6))
    for n, s in enumerate(
        [
            "Northwind Atelier BV",
            "Kortrijksesteenweg 1040",
            "9051 Sint-Denijs-Westrem",
            "BTW BE 0712.345.678",
        ]
    ):
        d.t(114 * mm, H - 61 * mm - n * 12, s, "DV", 9.5)
    d.t(L, H - 62 * mm, "FACTUUR", "DVB", 20)
    for n, (a, b) in enumerate(
        [
            ("Factuurnr.", "2026/0312"),
            ("Datum", "09/03/2026"),
            ("Vervaldag", "08/04/2026"),
            ("Uw ref.", "PO-NA-0042"),
        ]
    ):
        d.t(L, H - 74 * mm - n * 12, a, "DV", 9)
        d.t(L + 25 * mm, H - 74 * mm - n * 12, b, "DVB", 9)
    items = [
        item("Visitekaartjes 85x55, 350 g mat (doos 250)", 2, "34.90"),
        item("Flyers A5 recto/verso 135 g", 1000, "0.089"),
        item("Roll-up banner 85x200 cm incl. cassette", 1, "119.00"),
        item("Ontwerpaanpassing (30 min)", 1, "27.50"),
    ]
    sub = sum(A(i) for i in items)
    disc = -r2(sub * D("0.05"))
    net = sub + disc
    vat = r2(net * D("0.21"))
    tot = net + vat
    cols = [(L, "l"), (118 * mm, "r"), (156 * mm, "r"), (R, "r")]
    rows = [
        (i["description"], i["quantity"], mu(i["unit_price"], "de"), m(A(i), "de")) for i in items
    ]
    y = table(
        d,
        H - 128 * mm,
        cols,
        ["Omschrijving", "Aantal", "Eenheidsprijs", "Totaal"],
        rows,
        "DV",
        9,
        "DVB",
        16,
        True,
        False,
        None,
        L,
        R,
    )
    d.line(L, y + 8, R, y + 8, 0.4)
    y -= 6
    for a, b, f in [
        ("Subtotaal", m(sub, "de"), "DV"),
        ("Korting vaste klant 5 %", m(disc, "de"), "DV"),
        ("Maatstaf van heffing", m(net, "de"), "DV"),
        ("BTW 21 %", m(vat, "de"), "DV"),
        ("Te betalen", "€ " + m(tot, "de"), "DVB"),
    ]:
        d.t(112 * mm, y, a, f, 9.5)
        d.t(R, y, b, f, 9.5, "r")
        y -= 14
    d.rect(L, y - 36, 95 * mm, 30, stroke=(0.85, 0.1, 0.35))
    d.t(L + 4, y - 18, "Gestructureerde mededeling:", "DV", 8)
    d.t(L + 4, y - 30, "+++090/1234/56789+++", "DVMB", 10)
    d.t(
        L,
        22 * mm,
        "IBAN BE68 5390 0754 7034  ·  BIC TRIOBEBB  ·  Betaalbaar binnen 30 dagen na factuurdatum.",
        "DV",
        7.5,
    )
    d.t(
        L,
        18 * mm,
        "Op al onze facturen zijn onze algemene verkoopsvoorwaarden van toepassing (zie achterzijde / www.drukkerijdesmet.be).",
        "DV",
        7,
    )
    items.append(item("Korting vaste klant 5 %", 1, disc))
    t = truth(
        "2026/0312",
        "2026-03-09",
        "2026-04-08",
        "Drukkerij De Smet BV",
        net,
        vat,
        tot,
        "EUR",
        "nl-BE",
        "invoice",
        "invoice",
        items,
        "Loyalty discount (5 %) after the subtotal: net is the 'Maatstaf van heffing', not the subtotal; unit price with 3 decimals (0,089); Belgian structured payment reference that looks like a number.",
    )
    return d.finish(), t, "BE", "print shop"


def i06(rng):
    """CH courier, monthly invoice with Rappen rounding and a payment-slip part."""
    d = Doc(A4)
    W, H = A4
    L, R = 20 * mm, W - 15 * mm
    d.rect(L, H - 30 * mm, 12 * mm, 12 * mm, fill=(0.95, 0.75, 0.0), stroke=None)
    d.t(L + 6 * mm, H - 26 * mm, "V", "DVB", 16, "c")
    d.t(L + 15 * mm, H - 22 * mm, "VELOKURIER ZÜRICH", "DVB", 14)
    d.t(L + 15 * mm, H - 28 * mm, "Velokurier Zürich GmbH · Hohlstrasse 86 · 8004 Zürich", "DV", 8)
    for n, s in enumerate(
        ["Northwind Atelier AG", "Frau C. Meier", "Seefeldstrasse 45", "8008 Zürich"]
    ):
        d.t(120 * mm, H - 48 * mm - n * 12, s, "DV", 10)
    d.t(L, H - 82 * mm, "Rechnung 2026-0398", "DVB", 14)
    for n, (a, b) in enumerate(
        [
            ("Rechnungsdatum", "31.03.2026"),
            ("Leistungszeitraum", "01.–31.03.2026"),
            ("Kundennummer", "K-1182"),
            ("Zahlbar bis", "30.04.2026"),
            ("UID / MWST", "CHE-112.845.661 MWST"),
        ]
    ):
        d.t(L, H - 92 * mm - n * 11, a, "DV", 9)
        d.t(L + 35 * mm, H - 92 * mm - n * 11, b, "DV", 9)
    items = [
        item("Kurierfahrten Stadt Zone 1", 14, "18.50"),
        item("Kurierfahrten Zone 2 (Agglomeration)", 5, "26.00"),
        item("Expresszuschlag < 60 Min.", 3, "12.00"),
        item("Cargo-Velo Grosssendung", 1, "45.00"),
    ]
    net = sum(A(i) for i in items)
    vat = r2(net * D("0.081"))
    exact = net + vat
    tot = (exact * 20).quantize(D("1"), ROUND_HALF_UP) / 20
    tot = r2(tot)
    rnd = tot - exact
    cols = [(L, "l"), (125 * mm, "r"), (150 * mm, "r"), (R, "r")]
    rows = [
        (i["description"], i["quantity"], m(D(i["unit_price"]), "ch"), m(A(i), "ch")) for i in items
    ]
    y = table(
        d,
        H - 126 * mm,
        cols,
        ["Leistung", "Anzahl", "Ansatz CHF", "Betrag CHF"],
        rows,
        "DV",
        9,
        "DVB",
        15,
        True,
        True,
        None,
        L,
        R,
    )
    y -= 4
    for a, b, f in [
        ("Total exkl. MWST", m(net, "ch"), "DV"),
        ("MWST 8.1 %", m(vat, "ch"), "DV"),
        ("Rundungsdifferenz", m(rnd, "ch"), "DV"),
        ("Total CHF", m(tot, "ch"), "DVB"),
    ]:
        d.t(115 * mm, y, a, f, 9.5)
        d.t(R, y, b, f, 9.5, "r")
        y -= 14
    # QR-bill like payment part
    yb = 105 * mm
    if y < yb + 8 * mm:
        raise LayoutError("i06 totals run into the payment part")
    d.line(0, yb, W, yb, 0.5, dash=(3, 2))
    d.line(62 * mm, 0, 62 * mm, yb, 0.5, dash=(3, 2))
    d.t(5 * mm, yb - 10 * mm, "Empfangsschein", "DVB", 11)
    for n, s in enumerate(
        [
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Velokurier Zürich GmbH",
            "Hohlstrasse 86, 8004 Zürich",
        ]
    ):
        d.t(5 * mm, yb - 18 * mm - n * 10, s, "DVB" if n == 0 else "DV", 7.5)
    d.t(5 * mm, yb - 70 * mm, "Währung", "DVB", 7)
    d.t(22 * mm, yb - 70 * mm, "Betrag", "DVB", 7)
    d.t(5 * mm, yb - 76 * mm, "CHF", "DV", 9)
    d.t(22 * mm, yb - 76 * mm, m(tot, "ch"), "DV", 9)
    d.t(67 * mm, yb - 10 * mm, "Zahlteil", "DVB", 11)
    d.qr(67 * mm, yb - 68 * mm, 46 * mm, rng)
    d.t(67 * mm, yb - 76 * mm, "Währung  CHF", "DV", 9)
    d.t(67 * mm, yb - 84 * mm, "Betrag   " + m(tot, "ch"), "DV", 9)
    for n, s in enumerate(
        [
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Velokurier Zürich GmbH",
            "Referenz",
            "21 00000 00003 13947 14300 09017",
            "Zusätzliche Informationen",
            "Rechnung 2026-0398",
        ]
    ):
        d.t(120 * mm, yb - 14 * mm - n * 10, s, "DVB" if n in (0, 3, 5) else "DV", 7.5)
    t = truth(
        "2026-0398",
        "2026-03-31",
        "2026-04-30",
        "Velokurier Zürich GmbH",
        net,
        vat,
        tot,
        "CHF",
        "de-CH",
        "invoice",
        "invoice",
        items,
        f"5-Rappen rounding line ({m(rnd, 'ch')}) between VAT and total; payment-slip part repeats the total; service period range next to the date; apostrophe-free CHF amounts.",
        rounding=rnd,
    )
    return d.finish(), t, "CH", "courier"


def i07(rng):
    """AT cleaning, pre-printed invoice pad filled in by hand."""
    d = Doc(A5)
    W, H = A5
    L, R = 12 * mm, W - 12 * mm
    blue = (0.1, 0.3, 0.6)
    d.t(L, H - 16 * mm, "Glanzwerk Reinigung e.U.", "DVSB", 14, color=blue)
    d.t(L, H - 22 * mm, "Inh. Sabine Koller · Gürtelgasse 9/3 · 1060 Wien", "DVS", 7.5, color=blue)
    d.t(L, H - 27 * mm, "Tel. 0664 318 22 90 · UID ATU71234567", "DVS", 7.5, color=blue)
    d.t(R, H - 16 * mm, "RECHNUNG", "DVSB", 13, "r", blue)
    d.t(R - 28 * mm, H - 27 * mm, "Nr.", "DVS", 9, color=blue)
    d.line(R - 22 * mm, H - 28 * mm, R, H - 28 * mm, 0.4, blue)
    d.hand(R - 20 * mm, H - 27 * mm, "0087", 12, rng)
    d.t(L, H - 40 * mm, "An:", "DVS", 9, color=blue)
    for n in range(3):
        d.line(
            L + 10 * mm, H - 41 * mm - n * 8 * mm, L + 80 * mm, H - 41 * mm - n * 8 * mm, 0.3, blue
        )
    d.hand(L + 11 * mm, H - 40 * mm, "Northwind Atelier GmbH", 11, rng)
    d.hand(L + 11 * mm, H - 48 * mm, "Neubaugasse 12", 11, rng)
    d.hand(L + 11 * mm, H - 56 * mm, "1070 Wien", 11, rng)
    d.t(R - 38 * mm, H - 40 * mm, "Datum:", "DVS", 9, color=blue)
    d.line(R - 25 * mm, H - 41 * mm, R, H - 41 * mm, 0.3, blue)
    d.hand(R - 24 * mm, H - 40 * mm, "27.3.26", 11, rng)
    top = H - 68 * mm
    xs = [L, L + 12 * mm, L + 72 * mm, L + 96 * mm, R]
    d.rect(L, top - 8 * 9 * mm, R - L, 8 * 9 * mm + 7 * mm, stroke=blue)
    for x in xs[1:-1]:
        d.line(x, top + 7 * mm, x, top - 72 * mm, 0.4, blue)
    for k in range(9):
        d.line(L, top - k * 9 * mm, R, top - k * 9 * mm, 0.3, blue)
    for x, s in zip(xs, ["Menge", "Bezeichnung", "Preis", "Betrag €"], strict=False):
        d.t(x + 1.5 * mm, top + 2 * mm, s, "DVS", 8, color=blue)
    items = [
        item("Büroreinigung März (12 x 3 Std.)", 36, "24.00"),
        item("Fensterreinigung innen+außen", 1, "140.00"),
    ]
    for n, i in enumerate(items):
        y = top - (n + 1) * 9 * mm + 2.5 * mm
        d.hand(xs[0] + 2 * mm, y, i["quantity"] + (" h" if n == 0 else ""), 10, rng)
        d.hand(xs[1] + 1.5 * mm, y, i["description"], 9, rng)
        d.hand(xs[3] - 1.5 * mm, y, m(D(i["unit_price"]), "de"), 10, rng, align="r")
        d.hand(xs[4] - 2 * mm, y, m(A(i), "de"), 10, rng, align="r")
    net = sum(A(i) for i in items)
    vat = r2(net * D("0.20"))
    tot = net + vat
    yb = top - 72 * mm - 9 * mm
    for n, (a, v) in enumerate([("Netto", net), ("+ 20 % USt.", vat), ("Gesamt", tot)]):
        y = yb - n * 9 * mm
        d.t(xs[2] + 2 * mm, y, a, "DVSB" if n == 2 else "DVS", 9, color=blue)
        d.line(xs[3], y - 1.5 * mm, R, y - 1.5 * mm, 0.4, blue)
        d.hand(xs[4] - 2 * mm, y, m(v, "de"), 11, rng, align="r")
    d.t(L, 22 * mm, "Zahlbar binnen 14 Tagen ohne Abzug auf:", "DVS", 7.5, color=blue)
    d.t(L, 18 * mm, "Erste Bank · IBAN AT61 2011 1822 2563 4700", "DVS", 7.5, color=blue)
    d.t(L, 11 * mm, "Danke!", "DVS", 8, color=blue)
    d.hand(R - 30 * mm, 14 * mm, "S. Koller", 13, rng, slope=0.04)
    t = truth(
        "0087",
        "2026-03-27",
        None,
        "Glanzwerk Reinigung e.U.",
        net,
        vat,
        tot,
        "EUR",
        "de-AT",
        "invoice",
        "invoice",
        items,
        "Pre-printed A5 invoice pad filled in by hand (handwriting font), 2-digit year '27.3.26'; 'Zahlbar binnen 14 Tagen' gives no due date; image-only PDF.",
    )
    return d.finish(), t, "AT", "cleaning"


def i08(rng):
    """IT catering, courtesy copy of an e-invoice with two VAT rates."""
    d = Doc(A4)
    W, H = A4
    L, R = 15 * mm, W - 15 * mm
    d.t(L, H - 20 * mm, "Sapori di Casa", "DVSB", 22, color=(0.55, 0.15, 0.1))
    d.t(L, H - 27 * mm, "S.r.l. · catering & banqueting", "DVSI", 10, color=(0.55, 0.15, 0.1))
    for n, s in enumerate(
        [
            "Via del Pratello 58 - 40122 Bologna (BO)",
            "P.IVA / C.F. 03987650372",
            "REA BO-552314 · Cap. soc. € 10.000 i.v.",
            "PEC: saporidicasa@pec.it",
        ]
    ):
        d.t(L, H - 36 * mm - n * 10, s, "DV", 8)
    d.rect(112 * mm, H - 62 * mm, R - 112 * mm, 36 * mm, stroke=(0.3, 0.3, 0.3))
    d.t(115 * mm, H - 31 * mm, "Spett.le", "DV", 8)
    for n, s in enumerate(
        [
            "Northwind Atelier S.r.l.",
            "Via Tortona 31",
            "20144 Milano (MI)",
            "P.IVA 11223340968",
            "Codice SDI: M5UXCR1",
        ]
    ):
        d.t(115 * mm, H - 38 * mm - n * 11, s, "DV", 9.5)
    d.t(L, H - 76 * mm, "FATTURA N. 142/2026 del 12/03/2026", "DVB", 13)
    d.t(
        L,
        H - 83 * mm,
        "Tipo documento TD01 · Copia di cortesia: l'originale è disponibile nel cassetto fiscale (SdI)",
        "DV",
        8,
    )
    items = [
        item("Buffet pranzo aziendale (25 persone)", 25, "18.00"),
        item("Bevande analcoliche", 25, "2.50"),
        item("Personale di sala (2 persone x 3 h)", 6, "28.00"),
        item("Noleggio stoviglie e tovagliato", 1, "40.00"),
    ]
    rates = ["10", "10", "22", "22"]
    cols = [(L + 2, "l"), (118 * mm, "r"), (142 * mm, "r"), (160 * mm, "r"), (R - 2, "r")]
    rows = [
        (i["description"], i["quantity"], m(D(i["unit_price"]), "de"), rt + "%", m(A(i), "de"))
        for i, rt in zip(items, rates, strict=False)
    ]
    y = table(
        d,
        H - 98 * mm,
        cols,
        ["Descrizione", "Q.tà", "Prezzo unit.", "IVA", "Importo"],
        rows,
        "DV",
        9,
        "DVB",
        16,
        True,
        True,
        (0.93, 0.9, 0.88),
        L,
        R,
    )
    b10 = A(items[0]) + A(items[1])
    b22 = A(items[2]) + A(items[3])
    v10, v22 = r2(b10 * D("0.10")), r2(b22 * D("0.22"))
    net, vat = b10 + b22, v10 + v22
    tot = net + vat
    y -= 12
    d.t(L, y, "Riepilogo IVA", "DVB", 9.5)
    y = table(
        d,
        y - 14,
        [(L + 2, "l"), (60 * mm, "r"), (80 * mm, "r"), (105 * mm, "r")],
        ["Aliquota", "Imponibile", "Imposta", "Esigibilità"],
        [("10%", m(b10, "de"), m(v10, "de"), "I"), ("22%", m(b22, "de"), m(v22, "de"), "I")],
        "DV",
        8.5,
        "DVB",
        13,
        True,
        False,
        None,
        L,
        108 * mm,
    )
    yt = y + 26
    for a, b, f in [
        ("Totale imponibile", m(net, "de"), "DV"),
        ("Totale IVA", m(vat, "de"), "DV"),
        ("TOTALE DOCUMENTO €", m(tot, "de"), "DVB"),
    ]:
        d.t(125 * mm, yt, a, f, 9.5)
        d.t(R - 2, yt, b, f, 9.5, "r")
        yt -= 15
    y = min(y, yt) - 14
    d.t(L, y, "Modalità di pagamento: MP05 bonifico · Scadenza: 11/04/2026", "DV", 9)
    d.t(L, y - 12, "IBAN IT60 X054 2811 1010 0000 0123 456 - Banca BPER", "DV", 9)
    t = truth(
        "142/2026",
        "2026-03-12",
        "2026-04-11",
        "Sapori di Casa S.r.l.",
        net,
        vat,
        tot,
        "EUR",
        "it-IT",
        "invoice",
        "invoice",
        items,
        "Italian 'copia di cortesia' with two VAT rates (10 % food, 22 % staff/rental) and a VAT summary table; number and date in one heading 'N. 142/2026 del 12/03/2026'; vendor wordmark and legal form on separate lines.",
    )
    return d.finish(), t, "IT", "catering"


def i09(rng):
    """IE training company, modern design with colour band."""
    d = Doc(A4)
    W, H = A4
    L, R = 20 * mm, W - 20 * mm
    d.rect(0, H - 45 * mm, W, 45 * mm, fill=(0.12, 0.2, 0.32), stroke=None)
    d.t(L, H - 22 * mm, "clearpath", "DVB", 26, color=(1, 1, 1))
    d.t(L, H - 30 * mm, "TRAINING", "DV", 10, color=(0.55, 0.85, 0.75))
    d.t(R, H - 20 * mm, "Invoice", "DVEL", 24, "r", (1, 1, 1))
    d.t(R, H - 30 * mm, "INV-2026-0219", "DV", 11, "r", (0.55, 0.85, 0.75))
    d.t(L, H - 58 * mm, "BILLED TO", "DVB", 7.5, color=(0.4, 0.4, 0.4))
    for n, s in enumerate(
        [
            "Northwind Atelier (Ireland) Ltd",
            "Penrose Wharf, Penrose Quay",
            "Cork T23 YY09",
            "VAT IE 3412345KH",
        ]
    ):
        d.t(L, H - 65 * mm - n * 12, s, "DV", 9.5)
    d.t(90 * mm, H - 58 * mm, "FROM", "DVB", 7.5, color=(0.4, 0.4, 0.4))
    for n, s in enumerate(
        [
            "Clearpath Training Ltd",
            "19 Pembroke Street Upper",
            "Dublin 2, D02 KX54",
            "VAT IE 9876543T",
        ]
    ):
        d.t(90 * mm, H - 65 * mm - n * 12, s, "DV", 9.5)
    for n, (a, b) in enumerate(
        [("Issue date", "13 March 2026"), ("Due date", "12 April 2026"), ("PO number", "NA-IE-007")]
    ):
        d.t(R, H - 58 * mm - n * 18 * mm, a.upper(), "DVB", 7.5, "r", (0.4, 0.4, 0.4))
        d.t(R, H - 65 * mm - n * 18 * mm, b, "DV", 9.5, "r")
    items = [
        item("GDPR for Small Teams - half-day workshop (on site, Cork)", 1, "780.00"),
        item("Participant workbooks", 8, "12.50"),
        item("Trainer travel Dublin-Cork (at cost)", 1, "64.00"),
    ]
    net = sum(A(i) for i in items)
    vat = r2(net * D("0.23"))
    tot = net + vat
    cols = [(L, "l"), (130 * mm, "r"), (155 * mm, "r"), (R, "r")]
    rows = [
        (i["description"], i["quantity"], "€" + m(D(i["unit_price"])), "€" + m(A(i))) for i in items
    ]
    y = table(
        d,
        H - 125 * mm,
        cols,
        ["DESCRIPTION", "QTY", "UNIT", "AMOUNT"],
        rows,
        "DV",
        9.5,
        "DVB",
        20,
        True,
        True,
        None,
        L,
        R,
    )
    y -= 10
    for a, b, f, s in [
        ("Subtotal", "€" + m(net), "DV", 10),
        ("VAT 23%", "€" + m(vat), "DV", 10),
        ("Total due", "€" + m(tot), "DVB", 14),
    ]:
        d.t(125 * mm, y, a, f, s)
        d.t(R, y, b, f, s, "r")
        y -= 20
    d.rect(L, 40 * mm, R - L, 28 * mm, fill=(0.94, 0.97, 0.96), stroke=None)
    d.t(L + 5 * mm, 61 * mm, "Payment details", "DVB", 9)
    d.t(
        L + 5 * mm, 54 * mm, "AIB Bank · IBAN IE29 AIBK 9311 5212 3456 78 · BIC AIBKIE2D", "DV", 8.5
    )
    d.t(L + 5 * mm, 47 * mm, "Reference: INV-2026-0219 · Terms: 30 days", "DV", 8.5)
    d.t(
        W / 2,
        15 * mm,
        "Clearpath Training Ltd · Registered in Ireland No. 612345 · Directors: A. Byrne, K. Walsh",
        "DV",
        7,
        "c",
        (0.4, 0.4, 0.4),
    )
    t = truth(
        "INV-2026-0219",
        "2026-03-13",
        "2026-04-12",
        "Clearpath Training Ltd",
        net,
        vat,
        tot,
        "EUR",
        "en-IE",
        "invoice",
        "invoice",
        items,
        "Wordmark 'clearpath TRAINING' differs from the legal name in the FROM block; customer block left of the vendor block; dates written out in words.",
    )
    return d.finish(), t, "IE", "training"


def i10(rng):
    """ES insurance premium receipt: IVA-exempt, IPS + Consorcio surcharge."""
    d = Doc(A4)
    W, H = A4
    L, R = 18 * mm, W - 18 * mm
    c = d.c
    c.setFillColorRGB(0.0, 0.35, 0.25)
    p = c.beginPath()
    p.moveTo(L, H - 30 * mm)
    p.lineTo(L + 8 * mm, H - 16 * mm)
    p.lineTo(L + 16 * mm, H - 30 * mm)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    d.t(L + 20 * mm, H - 22 * mm, "Mutua Levante", "DVB", 16, color=(0.0, 0.35, 0.25))
    d.t(L + 20 * mm, H - 29 * mm, "Seguros", "DV", 11, color=(0.0, 0.35, 0.25))
    d.t(R, H - 20 * mm, "RECIBO DE PRIMA", "DVB", 13, "r")
    d.t(R, H - 27 * mm, "Nº de recibo: R-2026-0045871", "DV", 9.5, "r")
    boxes = [
        (
            "Tomador",
            [
                "Northwind Atelier, S.L.",
                "C/ de Pujades 77, 3º 2ª",
                "08005 Barcelona",
                "NIF B67123456",
            ],
        ),
        (
            "Póliza",
            [
                "Multirriesgo Oficinas y Comercios",
                "Nº póliza: 71-0098812",
                "Periodo: 01/03/2026 a 31/05/2026",
                "Forma de pago: trimestral",
            ],
        ),
    ]
    for k, (title, lines) in enumerate(boxes):
        x = L + k * 88 * mm
        d.rect(x, H - 82 * mm, 84 * mm, 42 * mm, stroke=(0.0, 0.35, 0.25))
        d.t(x + 3 * mm, H - 46 * mm, title.upper(), "DVB", 8, color=(0.0, 0.35, 0.25))
        for n, s in enumerate(lines):
            d.t(x + 3 * mm, H - 55 * mm - n * 11, s, "DV", 9)
    for n, (a, b) in enumerate(
        [
            ("Fecha de emisión", "02/03/2026"),
            ("Fecha de vencimiento", "05/03/2026"),
            ("Domiciliación", "ES91 2100 0418 4502 0005 1332"),
        ]
    ):
        d.t(L, H - 95 * mm - n * 12, a + ":", "DV", 9.5)
        d.t(L + 45 * mm, H - 95 * mm - n * 12, b, "DVB" if n < 2 else "DV", 9.5)
    items = [item("Prima neta Multirriesgo Oficinas (trimestre 01/03-31/05/2026)", 1, "612.40")]
    net = A(items[0])
    ips = r2(net * D("0.08"))
    cons = D("1.84")
    vat = ips + cons
    tot = net + vat
    y = H - 140 * mm
    d.rect(L, y - 80, R - L, 100, stroke=(0.3, 0.3, 0.3))
    d.t(L + 4 * mm, y + 8, "DESGLOSE DEL RECIBO", "DVB", 9)
    lines = [
        ("Prima neta", m(net, "de")),
        ("Impuesto sobre las Primas de Seguros (IPS) 8 %", m(ips, "de")),
        ("Recargo Consorcio de Compensación de Seguros", m(cons, "de")),
        ("Total impuestos y recargos", m(vat, "de")),
    ]
    for n, (a, b) in enumerate(lines):
        d.t(L + 4 * mm, y - 8 - n * 14, a, "DV", 9.5)
        d.t(R - 4 * mm, y - 8 - n * 14, b + " €", "DV", 9.5, "r")
    d.line(L, y - 66, R, y - 66, 0.5)
    d.t(L + 4 * mm, y - 76, "TOTAL RECIBO", "DVB", 11)
    d.t(R - 4 * mm, y - 76, m(tot, "de") + " €", "DVB", 11, "r")
    d.t(
        L,
        y - 100,
        "Operación exenta de IVA (art. 20.Uno.16º Ley 37/1992). El recibo se cargará en la cuenta indicada en la fecha de vencimiento.",
        "DV",
        7.5,
    )
    d.t(
        L,
        20 * mm,
        "Mutua Levante Seguros, S.A. · Av. de Aragón 30, 46021 Valencia · CIF A46123987 · Inscrita en el R.M. de Valencia, T. 8812, F. 1, H. V-12345",
        "DV",
        6.8,
    )
    t = truth(
        "R-2026-0045871",
        "2026-03-02",
        "2026-03-05",
        "Mutua Levante Seguros, S.A.",
        net,
        vat,
        tot,
        "EUR",
        "es-ES",
        "invoice",
        "invoice",
        items,
        "Insurance premium receipt: no IVA (exempt) but insurance premium tax IPS 8 % plus a Consorcio surcharge; vat keyed as the printed 'Total impuestos y recargos'; period dates and direct-debit IBAN near the dates; image-only PDF.",
    )
    return d.finish(), t, "ES", "insurance"


def i11(rng):
    """SE software licence, accounting-package invoice with öresavrundning."""
    d = Doc(A4)
    W, H = A4
    L, R = 18 * mm, W - 18 * mm
    d.t(L, H - 22 * mm, "NORDVIK", "DVB", 20, color=(0.2, 0.2, 0.55))
    d.t(
        L + pdfmetrics.stringWidth("NORDVIK", "DVB", 20) + 6,
        H - 22 * mm,
        "software",
        "DVEL",
        20,
        color=(0.2, 0.2, 0.55),
    )
    d.t(R, H - 20 * mm, "Faktura", "DVB", 18, "r")
    grid = [
        ("Fakturanummer", "100482"),
        ("Fakturadatum", "2026-03-01"),
        ("Förfallodatum", "2026-03-31"),
        ("OCR-nummer", "1004826"),
        ("Kundnummer", "5521"),
        ("Er referens", "Anna Lindqvist"),
    ]
    for n, (a, b) in enumerate(grid):
        x = 110 * mm + (n % 2) * 42 * mm
        y = H - 34 * mm - (n // 2) * 18
        d.t(x, y + 7, a, "DV", 7, color=(0.4, 0.4, 0.4))
        d.t(x, y - 2, b, "DV", 9.5)
    for n, s in enumerate(
        ["Northwind Atelier AB", "Att: Ekonomi", "Götgatan 78", "118 30 Stockholm"]
    ):
        d.t(110 * mm, H - 100 * mm + (3 - n) * 12 - 24, s, "DV", 10)
    items = [
        item("Nordvik Plan Pro, licens per användare, mars 2026", 5, "349.00"),
        item("Tilläggsmodul Tidrapport, mars 2026", 1, "490.00"),
    ]
    net = sum(A(i) for i in items)
    vat = r2(net * D("0.25"))
    exact = net + vat
    tot = exact.quantize(D("1"), ROUND_HALF_UP)
    rnd = tot - exact
    cols = [(L, "l"), (120 * mm, "r"), (132 * mm, "l"), (158 * mm, "r"), (R, "r")]
    rows = [
        (i["description"], i["quantity"], "st", m(D(i["unit_price"]), "se"), m(A(i), "se"))
        for i in items
    ]
    y = table(
        d,
        H - 130 * mm,
        cols,
        ["Benämning", "Antal", "Enh", "À-pris", "Belopp"],
        rows,
        "DV",
        9,
        "DVB",
        15,
        True,
        False,
        None,
        L,
        R,
    )
    y -= 20
    d.line(L, y + 12, R, y + 12, 0.4)
    heads = ["Exkl. moms", "Moms %", "Moms", "Öresavrundning", "Att betala SEK"]
    vals = [m(net, "se"), "25,00", m(vat, "se"), m(rnd, "se"), m(tot, "se")]
    for n, (a, b) in enumerate(zip(heads, vals, strict=False)):
        x = L + n * 35 * mm + 30 * mm
        d.t(x, y, a, "DV", 7.5, "r", (0.4, 0.4, 0.4))
        d.t(x, y - 13, b, "DVB" if n == 4 else "DV", 10 if n == 4 else 9.5, "r")
    d.line(L, 32 * mm, R, 32 * mm, 0.4)
    foot = [
        ["Nordvik Software AB", "Första Långgatan 26", "413 27 Göteborg"],
        ["Org.nr 556812-4471", "Momsreg.nr SE556812447101", "Godkänd för F-skatt"],
        ["Bankgiro 5412-8890", "IBAN SE45 5000 0000 0583 9825 7466", "www.nordvik.se"],
    ]
    for k, col in enumerate(foot):
        for n, s in enumerate(col):
            d.t(L + k * 60 * mm, 27 * mm - n * 9, s, "DV", 7.5)
    t = truth(
        "100482",
        "2026-03-01",
        "2026-03-31",
        "Nordvik Software AB",
        net,
        vat,
        tot,
        "SEK",
        "sv-SE",
        "invoice",
        "invoice",
        items,
        f"Totals printed as a horizontal row (Exkl. moms / Moms % / Moms / Öresavrundning / Att betala); rounding {m(rnd, 'se')} to whole kronor; OCR number next to the invoice number; wordmark 'NORDVIK software' vs legal name in footer; space thousands.",
        rounding=rnd,
    )
    return d.finish(), t, "SE", "software licence"


def i12(rng):
    """CA equipment supplier (Québec), GST + QST, deposit deducted."""
    d = Doc(letter)
    W, H = letter
    L, R = 0.7 * 72, W - 0.7 * 72
    d.rect(L, H - 78, 44, 44, fill=(0.75, 0.1, 0.1), stroke=None)
    d.t(L + 22, H - 62, "M", "Times-Bold", 28, "c", (1, 1, 1))
    d.t(L + 54, H - 50, "Maple Office Systems Inc.", "Helvetica-Bold", 16)
    d.t(L + 54, H - 63, "Systèmes de bureau Maple", "Helvetica-Oblique", 9)
    d.t(
        L + 54,
        H - 75,
        "2250 boul. Saint-Laurent, Montréal QC H2X 2T1 · 514 555-0188",
        "Helvetica",
        8,
    )
    d.t(R, H - 50, "INVOICE / FACTURE", "Helvetica-Bold", 13, "r")
    meta = [
        ("Invoice #", "MOS-26-0733"),
        ("Date", "March 16, 2026"),
        ("Terms", "Net 15"),
        ("Due Date", "March 31, 2026"),
        ("Sales Order", "SO-26-0412"),
    ]
    for n, (a, b) in enumerate(meta):
        d.t(R - 95, H - 100 - n * 13, a, "Helvetica-Bold", 9, "r")
        d.t(R, H - 100 - n * 13, b, "Helvetica", 9, "r")
    d.t(L, H - 100, "Bill To / Ship To", "Helvetica-Bold", 9)
    for n, s in enumerate(
        ["Northwind Atelier Canada Inc.", "400 rue McGill, bureau 3", "Montréal QC H2Y 2G1"]
    ):
        d.t(L, H - 113 - n * 12, s, "Helvetica", 9.5)
    items = [
        item("Sit-stand desk 160 x 80, white frame", 4, "689.00"),
        item("Task chair, mesh back, adjustable arms", 4, "329.00"),
        item("Delivery and assembly", 1, "180.00"),
    ]
    net = sum(A(i) for i in items)
    gst = r2(net * D("0.05"))
    qst = r2(net * D("0.09975"))
    vat = gst + qst
    tot = net + vat
    dep = D("1500.00")
    bal = tot - dep
    cols = [(L + 4, "l"), (L + 60, "l"), (370, "r"), (450, "r"), (R - 4, "r")]
    rows = [
        (
            f"DSK-16{n}" if n == 0 else ("CHR-M2" if n == 1 else "SVC-DA"),
            i["description"],
            i["quantity"],
            m(D(i["unit_price"])),
            m(A(i)),
        )
        for n, i in enumerate(items)
    ]
    y = table(
        d,
        H - 185,
        cols,
        ["Item", "Description", "Qty", "Unit Price", "Amount"],
        rows,
        "Helvetica",
        9,
        "Helvetica-Bold",
        17,
        True,
        True,
        (0.93, 0.93, 0.93),
        L,
        R,
    )
    y -= 10
    lines = [
        ("Subtotal", m(net), "Helvetica"),
        ("GST / TPS 5% #81234 5678 RT0001", m(gst), "Helvetica"),
        ("QST / TVQ 9.975% #1219876543 TQ0001", m(qst), "Helvetica"),
        ("Total (CAD)", m(tot), "Helvetica-Bold"),
        ("Less deposit received Feb 12, 2026", "-" + m(dep), "Helvetica"),
        ("Balance Due", "$" + m(bal), "Helvetica-Bold"),
    ]
    for a, b, f in lines:
        d.t(R - 100, y, a, f, 9.5, "r")
        d.t(R - 4, y, b, f, 9.5, "r")
        y -= 15
    d.rect(R - 250, y + 8, 250, 17, stroke=(0.75, 0.1, 0.1))
    d.t(
        L,
        110,
        "Warranty: 5 years on desk frames, 3 years on chairs. Title passes on payment in full.",
        "Helvetica",
        8,
    )
    d.t(
        L,
        98,
        "Pay by EFT: RBC Royal Bank, transit 00771, institution 003, account 1029384 · or cheque payable to Maple Office Systems Inc.",
        "Helvetica",
        8,
    )
    d.t(
        W / 2,
        40,
        "Thank you for your business! / Merci de votre confiance !",
        "Helvetica-Oblique",
        9,
        "c",
    )
    items_k = list(items)
    t = truth(
        "MOS-26-0733",
        "2026-03-16",
        "2026-03-31",
        "Maple Office Systems Inc.",
        net,
        vat,
        tot,
        "CAD",
        "en-CA",
        "invoice",
        "invoice",
        items_k,
        f"Deposit deducted after the total: total keyed as the invoice total {m(tot)}, NOT the boxed Balance Due {m(bal)}; two taxes (GST 5 % + QST 9.975 %) summed into vat; tax registration numbers on the tax lines; bilingual labels.",
    )
    return d.finish(), t, "CA", "office equipment (deposit deducted)"


def i13(rng):
    """US SaaS subscription billed in USD to a German customer, reverse charge."""
    d = Doc(letter)
    W, H = letter
    L, R = 54, W - 54
    d.t(L, H - 60, "Invoice", "DVB", 22)
    c = d.c
    c.setFillColorRGB(0.36, 0.3, 0.9)
    c.roundRect(R - 30, H - 66, 30, 30, 7, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    d.t(R - 15, H - 57, "S", "DVB", 16, "c", (1, 1, 1))
    for n, (a, b) in enumerate(
        [
            ("Invoice number", "7F3A2C91-0006"),
            ("Date of issue", "March 1, 2026"),
            ("Date due", "March 1, 2026"),
        ]
    ):
        d.t(L, H - 92 - n * 14, a, "DV", 9)
        d.t(L + 95, H - 92 - n * 14, b, "DV", 9)
    for n, s in enumerate(
        [
            "Stackwise, Inc.",
            "548 Market Street, PMB 41877",
            "San Francisco, California 94104",
            "United States",
            "billing@stackwise.io",
        ]
    ):
        d.t(L, H - 150 - n * 12, s, "DVB" if n == 0 else "DV", 9)
    d.t(250, H - 150, "Bill to", "DVB", 9)
    for n, s in enumerate(
        [
            "Northwind Atelier GmbH",
            "Türkenstraße 21",
            "80799 München",
            "Germany",
            "DE VAT DE318765432",
        ]
    ):
        d.t(250, H - 162 - n * 12, s, "DV", 9)
    d.t(L, H - 240, "$154.00 USD due March 1, 2026", "DVB", 15)
    d.t(L, H - 258, "Paid automatically with Visa ending 4417.", "DV", 9, color=(0.4, 0.4, 0.4))
    items = [
        item("Stackwise Team (per seat) Mar 1 - Mar 31, 2026", 6, "24.00"),
        item("Extra storage 100 GB Mar 1 - Mar 31, 2026", 1, "10.00"),
    ]
    net = sum(A(i) for i in items)
    vat = D("0.00")
    tot = net + vat
    cols = [(L, "l"), (370, "r"), (450, "r"), (R, "r")]
    rows = [
        (i["description"], i["quantity"], "$" + m(D(i["unit_price"])), "$" + m(A(i))) for i in items
    ]
    y = table(
        d,
        H - 295,
        cols,
        ["Description", "Qty", "Unit price", "Amount"],
        rows,
        "DV",
        9,
        "DV",
        22,
        True,
        True,
        None,
        L,
        R,
    )
    y -= 6
    for a, b, f in [
        ("Subtotal", "$" + m(net), "DV"),
        ("Total excluding tax", "$" + m(net), "DV"),
        ("VAT - Germany (0% on $154.00)", "$0.00", "DV"),
        ("Total", "$" + m(tot), "DV"),
        ("Amount due", "$" + m(tot) + " USD", "DVB"),
    ]:
        d.t(300, y, a, f, 9)
        d.t(R, y, b, f, 9, "r")
        d.line(300, y - 6, R, y - 6, 0.3, (0.85, 0.85, 0.85))
        y -= 20
    d.t(
        L,
        y - 10,
        "Reverse charge: VAT to be accounted for by the recipient (Art. 196 Council Directive 2006/112/EC).",
        "DV",
        8.5,
    )
    d.t(L, 40, "7F3A2C91-0006 · $154.00 USD due March 1, 2026", "DV", 7.5, color=(0.5, 0.5, 0.5))
    d.t(R, 40, "Page 1 of 1", "DV", 7.5, "r", (0.5, 0.5, 0.5))
    t = truth(
        "7F3A2C91-0006",
        "2026-03-01",
        "2026-03-01",
        "Stackwise, Inc.",
        net,
        vat,
        tot,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items,
        "USD subscription to an EU customer: reverse charge, VAT printed as $0.00 (keyed 0.00); due date equals issue date; billing period dates in the line descriptions; 'Amount due' line.",
    )
    return d.finish(), t, "US", "software subscription (USD)"


def i14(rng):
    """DE freelancer, Kleinunternehmer (§ 19 UStG) – no VAT."""
    d = Doc(A4)
    W, H = A4
    L, R = 24 * mm, W - 24 * mm
    d.t(L, H - 28 * mm, "Lena Hoffmann", "DVS", 22)
    d.t(L, H - 35 * mm, "ILLUSTRATION & GRAFIKDESIGN", "DV", 8, color=(0.55, 0.35, 0.5))
    d.t(R, H - 24 * mm, "Karl-Heine-Straße 44", "DVS", 8.5, "r")
    d.t(R, H - 30 * mm, "04229 Leipzig", "DVS", 8.5, "r")
    d.t(R, H - 36 * mm, "hallo@lenahoffmann.de", "DVS", 8.5, "r")
    d.t(L, H - 58 * mm, "An", "DVS", 8.5, color=(0.5, 0.5, 0.5))
    for n, s in enumerate(["Northwind Atelier GmbH", "Türkenstraße 21", "80799 München"]):
        d.t(L, H - 66 * mm - n * 13, s, "DVS", 10.5)
    d.t(L, H - 110 * mm, "Rechnung", "DVS", 18, color=(0.55, 0.35, 0.5))
    d.t(
        L,
        H - 120 * mm,
        "Rechnungsnummer 2026-07  ·  Rechnungsdatum 18. März 2026  ·  Leistungszeitraum Februar/März 2026",
        "DVS",
        9,
    )
    items = [
        item("Illustrationen für Imagebroschüre, 6 Motive", 6, "120.00"),
        item("Korrekturschleife (Stunden)", 2, "55.00"),
        item("Nutzungsrechte einfach, Print + Web, 2 Jahre (pauschal)", 1, "250.00"),
    ]
    tot = sum(A(i) for i in items)
    y = H - 138 * mm
    for i in items:
        d.t(L, y, i["description"], "DVS", 10)
        d.t(
            L,
            y - 12,
            f"{i['quantity']} × {m(D(i['unit_price']), 'de')} €",
            "DVS",
            8.5,
            color=(0.45, 0.45, 0.45),
        )
        d.t(R, y, m(A(i), "de") + " €", "DVS", 10, "r")
        d.line(L, y - 18, R, y - 18, 0.3, (0.7, 0.7, 0.7))
        y -= 32
    d.t(L, y - 4, "Gesamtbetrag", "DVSB", 12)
    d.t(R, y - 4, m(tot, "de") + " €", "DVSB", 12, "r")
    y -= 30
    d.t(
        L,
        y,
        "Gemäß § 19 UStG (Kleinunternehmerregelung) wird keine Umsatzsteuer berechnet.",
        "DVSI",
        9.5,
    )
    d.t(
        L,
        y - 24,
        "Bitte überweise den Betrag innerhalb von 14 Tagen auf das unten genannte Konto.",
        "DVS",
        9.5,
    )
    d.t(L, y - 37, "Vielen Dank für die schöne Zusammenarbeit!", "DVS", 9.5)
    d.t(
        L,
        20 * mm,
        "GLS Bank  ·  IBAN DE87 4306 0967 1187 6543 00  ·  Steuernummer 231/274/05117",
        "DVS",
        7.5,
        color=(0.45, 0.45, 0.45),
    )
    t = truth(
        "2026-07",
        "2026-03-18",
        None,
        "Lena Hoffmann",
        tot,
        None,
        tot,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        items,
        "Small-business exemption (§ 19 UStG): no VAT at all, vat null, net = total; only 'Gesamtbetrag' printed; number and date run together in one line; due date only as '14 Tagen' (null); vendor is a person's name.",
    )
    return d.finish(), t, "DE", "freelancer (no VAT, § 19 UStG)"


def i15(rng):
    """UK office supplies credit note (negative amounts)."""
    d = Doc(A4)
    W, H = A4
    L, R = 18 * mm, W - 18 * mm
    d.t(L, H - 24 * mm, "BRIGHTLINE", "Helvetica-Bold", 22, color=(0.9, 0.45, 0.0))
    d.t(L, H - 31 * mm, "Office Supplies Ltd", "Helvetica", 11)
    for n, s in enumerate(
        [
            "Unit 7, Suttons Business Park",
            "Reading RG6 1AZ",
            "Tel 0118 496 0732",
            "VAT No. GB 274 8812 36",
        ]
    ):
        d.t(R, H - 18 * mm - n * 10, s, "Helvetica", 8.5, "r")
    d.rect(L, H - 52 * mm, R - L, 12 * mm, fill=(0.15, 0.15, 0.15), stroke=None)
    d.t(W / 2, H - 48 * mm, "CREDIT NOTE", "Helvetica-Bold", 16, "c", (1, 1, 1))
    d.t(L, H - 64 * mm, "Credit to:", "Helvetica-Bold", 9)
    for n, s in enumerate(["Northwind Atelier Ltd", "71 Leonard Street", "London EC2A 4QS"]):
        d.t(L, H - 74 * mm - n * 12, s, "Helvetica", 10)
    for n, (a, b) in enumerate(
        [
            ("Credit note no.", "CN-20417"),
            ("Date / tax point", "20/03/2026"),
            ("Original invoice", "INV-88120"),
            ("Invoice date", "03/03/2026"),
            ("Account", "NORTH01"),
        ]
    ):
        d.t(130 * mm, H - 64 * mm - n * 12, a, "Helvetica", 9)
        d.t(R, H - 64 * mm - n * 12, b, "Helvetica-Bold" if n == 0 else "Helvetica", 9, "r")
    items = [
        item("Toner cartridge 415A black (compatible) - returned", -2, "64.90"),
        item("A4 copier paper 80gsm, box of 5 reams - damaged", -1, "23.50"),
    ]
    net = sum(A(i) for i in items)
    vat = r2(net * D("0.20"))
    tot = net + vat
    cols = [(L, "l"), (L + 26 * mm, "l"), (135 * mm, "r"), (160 * mm, "r"), (R, "r")]
    rows = [
        (
            "TN-415A-BK" if n == 0 else "PA-A4-80-5",
            i["description"],
            i["quantity"],
            m(D(i["unit_price"])),
            m(A(i)),
        )
        for n, i in enumerate(items)
    ]
    y = table(
        d,
        H - 125 * mm,
        cols,
        ["Code", "Description", "Qty", "Price", "Net"],
        rows,
        "Helvetica",
        9,
        "Helvetica-Bold",
        16,
        True,
        True,
        None,
        L,
        R,
    )
    d.t(
        L,
        y - 6,
        "Reason: goods returned under RMA 55-1931 (collected 17/03/2026).",
        "Helvetica-Oblique",
        9,
    )
    y -= 30
    for a, b, f in [
        ("Net credit", "£" + m(net), "Helvetica"),
        ("VAT @ 20%", "£" + m(vat), "Helvetica"),
        ("Total credit", "£" + m(tot), "Helvetica-Bold"),
    ]:
        d.t(125 * mm, y, a, f, 10)
        d.t(R, y, b, f, 10, "r")
        y -= 15
    d.t(
        L,
        y - 20,
        "This amount has been credited to your account and will be offset against your next invoice.",
        "Helvetica",
        9,
    )
    d.t(
        W / 2,
        14 * mm,
        "Brightline Office Supplies Ltd · Registered in England & Wales No. 06481237",
        "Helvetica",
        7.5,
        "c",
    )
    t = truth(
        "CN-20417",
        "2026-03-20",
        None,
        "Brightline Office Supplies Ltd",
        net,
        vat,
        tot,
        "GBP",
        "en-GB",
        "invoice",
        "credit_note",
        items,
        "Credit note: printed and keyed with negative amounts (negative quantities too); the original invoice number and its date are printed next to the credit note's own number and date; no due date.",
    )
    return d.finish(), t, "GB", "credit note (office supplies)"


def i16(rng):
    """DE office supplies, 2-page invoice with Übertrag and Skonto."""
    d = Doc(A4)
    W, H = A4
    L, R = 20 * mm, W - 15 * mm
    catalog = [
        ("Kopierpapier A4 80 g, 500 Bl.", "4.29", 20),
        ("Ordner A4 breit, blau", "2.95", 12),
        ("Ordner A4 schmal, grau", "2.85", 6),
        ("Trennblätter A4 farbig, 100 St.", "3.49", 2),
        ("Kugelschreiber blau, 10er-Pack", "6.90", 3),
        ("Gelschreiber schwarz, 12er-Pack", "11.40", 1),
        ("Textmarker 4 Farben", "4.79", 4),
        ("Haftnotizen 76x76, 12 Blöcke", "9.95", 2),
        ("Heftklammern 24/6, 1000 St.", "1.29", 5),
        ("Heftgerät bis 40 Bl.", "14.90", 2),
        ("Locher 2-fach, 30 Bl.", "12.50", 1),
        ("Briefumschläge DL o. F., 1000 St.", "24.80", 1),
        ("Versandtaschen C4, 250 St.", "29.90", 1),
        ("Klarsichthüllen A4, 100 St.", "5.49", 3),
        ("Druckerpatrone schwarz XL", "38.90", 2),
        ("Druckerpatrone Farbe XL", "44.90", 2),
        ("Etiketten 70x36, 2400 St.", "18.60", 1),
        ("Whiteboard-Marker 4er-Set", "7.20", 2),
        ("Whiteboard-Reiniger 250 ml", "4.50", 1),
        ("Schreibtischunterlage Kunstleder", "19.90", 2),
        ("Kabelbinder sortiert, 200 St.", "6.40", 1),
        ("Mehrfachsteckdose 5-fach mit Schalter", "17.90", 2),
        ("USB-Stick 64 GB", "9.99", 4),
        ("Batterien AA, 24er-Pack", "12.90", 1),
        ("Kaffee Bohnen 1 kg Crema", "16.90", 3),
        ("Spülmittel 1 l", "2.19", 2),
        ("Papierhandtücher, 20 Pack", "27.50", 1),
        ("Müllbeutel 60 l, 50 St.", "5.80", 2),
    ]
    items = [item(desc, q, p) for desc, p, q in catalog]

    def header(page):
        d.t(L, H - 20 * mm, "Bürowelt Schneider", "DVB", 16)
        d.t(L, H - 26 * mm, "Bürowelt Schneider GmbH · Fürther Str. 212 · 90429 Nürnberg", "DV", 8)
        d.t(R, H - 20 * mm, f"Seite {page} von 2", "DV", 8.5, "r")
        if page == 2:
            d.t(R, H - 26 * mm, "Rechnung RE-2026-10455 vom 23.03.2026", "DV", 8.5, "r")

    cols = [(L, "l"), (L + 12 * mm, "l"), (125 * mm, "r"), (150 * mm, "r"), (R, "r")]
    head = ["Pos", "Artikel", "Menge", "Einzelpreis", "Gesamt"]

    def rows(sl, start):
        return [
            (
                str(start + k + 1),
                i["description"],
                i["quantity"],
                m(D(i["unit_price"]), "de"),
                m(A(i), "de"),
            )
            for k, i in enumerate(sl)
        ]

    header(1)
    for n, s in enumerate(
        ["Northwind Atelier GmbH", "Einkauf / Frau Berger", "Türkenstraße 21", "80799 München"]
    ):
        d.t(L, H - 50 * mm - n * 12, s, "DV", 10)
    for n, (a, b) in enumerate(
        [
            ("Rechnungs-Nr.", "RE-2026-10455"),
            ("Datum", "23.03.2026"),
            ("Kunden-Nr.", "204418"),
            ("Auftrag", "AB-2026-3391"),
            ("Lieferschein", "LS-2026-8812"),
            ("Fälligkeit", "22.04.2026"),
        ]
    ):
        d.t(130 * mm, H - 50 * mm - n * 11, a, "DV", 9)
        d.t(R, H - 50 * mm - n * 11, b, "DV", 9, "r")
    d.t(L, H - 122 * mm, "Rechnung", "DVB", 14)
    p1 = items[:18]
    y = table(
        d, H - 134 * mm, cols, head, rows(p1, 0), "DV", 8.5, "DVB", 14.5, True, False, None, L, R
    )
    carry = sum(A(i) for i in p1)
    d.line(110 * mm, y + 8, R, y + 8, 0.5)
    d.t(110 * mm, y - 4, "Zwischensumme / Übertrag", "DVB", 9)
    d.t(R, y - 4, m(carry, "de") + " €", "DVB", 9, "r")
    d.t(
        L,
        14 * mm,
        "Bürowelt Schneider GmbH · AG Nürnberg HRB 23817 · USt-IdNr. DE213456789 · HypoVereinsbank IBAN DE12 7602 0070 0012 3456 78",
        "DV",
        6.5,
    )
    d.new_page()
    header(2)
    d.t(110 * mm, H - 40 * mm, "Übertrag von Seite 1", "DV", 9)
    d.t(R, H - 40 * mm, m(carry, "de") + " €", "DV", 9, "r")
    y = table(
        d,
        H - 52 * mm,
        cols,
        head,
        rows(items[18:], 18),
        "DV",
        8.5,
        "DVB",
        14.5,
        True,
        False,
        None,
        L,
        R,
    )
    net = sum(A(i) for i in items)
    vat = r2(net * D("0.19"))
    tot = net + vat
    y -= 6
    d.line(110 * mm, y + 10, R, y + 10, 0.5)
    for a, b, f in [
        ("Warenwert netto", m(net, "de") + " €", "DV"),
        ("zzgl. 19 % MwSt.", m(vat, "de") + " €", "DV"),
        ("Rechnungsbetrag", m(tot, "de") + " €", "DVB"),
    ]:
        d.t(110 * mm, y, a, f, 9.5)
        d.t(R, y, b, f, 9.5, "r")
        y -= 14
    sk = r2(tot * D("0.98"))
    d.t(
        L,
        y - 16,
        f"Zahlbar bis 22.04.2026 ohne Abzug oder bis 02.04.2026 mit 2 % Skonto ({m(sk, 'de')} €).",
        "DV",
        9,
    )
    d.t(L, y - 28, "Lieferung frei Haus ab 150 € Warenwert. Es gelten unsere AGB.", "DV", 9)
    d.t(
        L,
        14 * mm,
        "Bürowelt Schneider GmbH · AG Nürnberg HRB 23817 · USt-IdNr. DE213456789 · HypoVereinsbank IBAN DE12 7602 0070 0012 3456 78",
        "DV",
        6.5,
    )
    t = truth(
        "RE-2026-10455",
        "2026-03-23",
        "2026-04-22",
        "Bürowelt Schneider GmbH",
        net,
        vat,
        tot,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        items,
        f"Two pages, 28 line items; page 1 ends with 'Zwischensumme / Übertrag' {m(carry, 'de')} (not the total), page 2 repeats it; Skonto sentence carries a second date and a discounted amount; Lieferschein/Auftrag numbers next to the invoice number.",
    )
    return d.finish(), t, "DE", "office supplies (2 pages)"


# ----------------------------------------------------------------------------------------------
# receipts
# ----------------------------------------------------------------------------------------------
def r01(rng):
    """DE taxi meter slip, with Trinkgeld."""
    ro = Roll(58, "DVM", 7.6)
    ro.c("Taxiunternehmen", "DVMB", 8.5)
    ro.c("M. Yilmaz", "DVMB", 8.5)
    ro.c("Sonnenallee 141, 12059 Berlin")
    ro.c("St.-Nr. 16/221/61304")
    ro.rule()
    ro.c("QUITTUNG", "DVMB", 10)
    ro.lr("Beleg-Nr.", "20314")
    ro.lr("Ordnungs-Nr.", "4711")
    ro.lr("Datum", "03.03.2026")
    ro.lr("Beginn", "08:17")
    ro.lr("Ende", "08:42")
    ro.l("Von: Hauptbahnhof")
    ro.l("Nach: Schlesische Str. 28")
    ro.lr("Strecke", "9,6 km")
    ro.rule()
    fare = D("23.80")
    tip = D("2.20")
    vat = incl_vat(fare, 7)
    net = fare - vat
    tot = fare + tip
    ro.lr("Fahrpreis", m(fare, "de") + " EUR")
    ro.lr("Trinkgeld", m(tip, "de") + " EUR")
    ro.rule()
    ro.lr("Gesamt", m(tot, "de") + " EUR", "DVMB", 9)
    ro.rule()
    ro.lr("Netto (7%)", m(net, "de"))
    ro.lr("MwSt 7% auf Fahrpreis", m(vat, "de"))
    ro.lr("Zahlart", "EC-Karte")
    ro.gap(6)
    ro.c("Gute Fahrt!")
    items = [item("Fahrpreis Hauptbahnhof - Schlesische Str.", 1, fare)]
    t = truth(
        "20314",
        "2026-03-03",
        None,
        "Taxiunternehmen M. Yilmaz",
        net,
        vat,
        tot,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        items,
        "Taxi meter slip with a charged tip (Trinkgeld 2,20) on top of the fare; 7 % VAT only on the fare; Ordnungs-Nr. next to the Beleg-Nr.; phone photo.",
        tip=tip,
    )
    return ro.draw(), t, "DE", "taxi"


def r02(rng):
    """FR rail e-ticket receipt, born-digital A4."""
    d = Doc(A4)
    W, H = A4
    L, R = 18 * mm, W - 18 * mm
    d.rect(0, H - 32 * mm, W, 32 * mm, fill=(0.55, 0.05, 0.3), stroke=None)
    d.t(L, H - 18 * mm, "Lignes d'Azur", "DVB", 20, color=(1, 1, 1))
    d.t(L, H - 25 * mm, "FERROVIAIRE", "DV", 9, color=(1, 0.8, 0.9))
    d.t(R, H - 18 * mm, "Justificatif de voyage", "DV", 13, "r", (1, 1, 1))
    d.t(R, H - 25 * mm, "valant facture", "DV", 9, "r", (1, 0.8, 0.9))
    rows = [
        ("N° de justificatif", "FA-26-0304-88172"),
        ("Référence dossier", "QXKTZP"),
        ("Date d'achat", "04/03/2026 à 18:22"),
        ("Voyageur", "M. Paul DELORME"),
        ("Client", "NORTHWIND ATELIER SAS"),
    ]
    for n, (a, b) in enumerate(rows):
        d.t(L, H - 48 * mm - n * 13, a, "DV", 9.5, color=(0.4, 0.4, 0.4))
        d.t(L + 45 * mm, H - 48 * mm - n * 13, b, "DVB" if n < 2 else "DV", 9.5)
    d.qr(R - 35 * mm, H - 85 * mm, 35 * mm, rng)
    y = H - 110 * mm
    d.rect(L, y - 45, R - L, 70, stroke=(0.55, 0.05, 0.3))
    d.t(L + 5 * mm, y + 10, "ALLER  ·  mardi 10 mars 2026", "DVB", 10)
    d.t(L + 5 * mm, y - 8, "07:04  Paris Gare de Lyon", "DV", 11)
    d.t(L + 5 * mm, y - 24, "09:01  Lyon Part-Dieu", "DV", 11)
    d.t(
        L + 5 * mm,
        y - 38,
        "Train 6603 · Voiture 14 · Place 71 · 2de classe · Tarif Pro Flex",
        "DV",
        8.5,
    )
    d.t(R - 5 * mm, y - 16, "72,00 €", "DVB", 13, "r")
    gross = D("72.00")
    vat = incl_vat(gross, 10)
    net = gross - vat
    y -= 80
    d.t(L, y, "Détail du paiement", "DVB", 11)
    lines = [
        ("Prix du billet TTC", m(gross, "fr") + " €"),
        ("Frais de service", "0,00 €"),
        ("Montant HT", m(net, "fr") + " €"),
        ("TVA 10 %", m(vat, "fr") + " €"),
        ("Total payé TTC", m(gross, "fr") + " €"),
    ]
    for n, (a, b) in enumerate(lines):
        f = "DVB" if n == 4 else "DV"
        d.t(L, y - 18 - n * 14, a, f, 10)
        d.t(110 * mm, y - 18 - n * 14, b, f, 10, "r")
    d.t(L, y - 100, "Payé par carte Mastercard **** 2231 le 04/03/2026.", "DV", 9)
    d.t(
        L,
        20 * mm,
        "Lignes d'Azur Ferroviaire SAS · 9, rue de Rome 75008 Paris · RCS Paris 901 234 567 · TVA FR12 901234567",
        "DV",
        7,
        color=(0.4, 0.4, 0.4),
    )
    items = [item("Billet Paris Gare de Lyon - Lyon Part-Dieu, 2de classe", 1, gross)]
    t = truth(
        "FA-26-0304-88172",
        "2026-03-04",
        None,
        "Lignes d'Azur Ferroviaire SAS",
        net,
        vat,
        gross,
        "EUR",
        "fr-FR",
        "receipt",
        "receipt",
        items,
        "Travel date (10 mars 2026) differs from the purchase/document date (04/03/2026); a booking reference next to the receipt number; zero service fee line; vendor wordmark vs legal name in footer.",
    )
    return d.finish(), t, "FR", "train ticket"


def r03(rng):
    """UK car park exit-machine VAT receipt."""
    ro = Roll(58, "Courier", 8)
    ro.c("CITYPARK", "Courier-Bold", 12)
    ro.c("Leeds Wellington Place")
    ro.c("CityPark Leeds Ltd")
    ro.c("VAT Reg No 291 5540 18")
    ro.rule(False)
    ro.c("VAT RECEIPT", "Courier-Bold", 9)
    ro.lr("Ticket No", "008815")
    ro.lr("Machine", "APS 03")
    ro.lr("Entry", "09/03/26 08:55")
    ro.lr("Exit paid", "09/03/26 17:40")
    ro.lr("Duration", "8h 45m")
    ro.lr("Tariff", "Up to 9 hrs")
    ro.rule(False)
    gross = D("14.50")
    vat = incl_vat(gross, 20)
    net = gross - vat
    ro.lr("AMOUNT DUE", "GBP " + m(gross), "Courier-Bold", 9)
    ro.lr("Net", m(net))
    ro.lr("VAT @ 20%", m(vat))
    ro.lr("Paid CONTACTLESS", m(gross))
    ro.lr("Card", "AMEX ****1009")
    ro.rule(False)
    ro.c("Thank you. Drive safely.")
    ro.c("Receipt 26-03-0412")
    items = [item("Parking up to 9 hrs", 1, gross)]
    t = truth(
        "26-03-0412",
        "2026-03-09",
        None,
        "CityPark Leeds Ltd",
        net,
        vat,
        gross,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        items,
        "Two numbers: Ticket No 008815 at the top and the receipt number 26-03-0412 at the bottom (keyed); dd/mm/yy with 2-digit year; entry and exit times; thermal fading scan.",
    )
    return ro.draw(), t, "GB", "parking"


def r04(rng):
    """IE fuel station receipt, two VAT rates."""
    ro = Roll(80, "DVM", 8)
    ro.c("KILMORE SERVICE STATION", "DVMB", 10)
    ro.c("Kilmore Fuels Ltd")
    ro.c("Mallow Road, Blackpool, Cork")
    ro.c("VAT No. IE 6388127W")
    ro.rule()
    ro.lr("11/03/2026 07:52", "Till 2  Op 14")
    ro.lr("Receipt No", "4481/0932")
    ro.rule()
    fuel = item("Pump 5 Diesel 42.18 L @ 1.689", "42.18", "1.689")
    cof = item("Coffee Regular", 1, "2.60")
    ro.l("Pump 5  DIESEL")
    ro.lr("  42.18 L @ €1.689/L", m(A(fuel)) + " A")
    ro.lr("Coffee Regular", m(A(cof)) + " B")
    ro.rule()
    tot = A(fuel) + A(cof)
    ro.lr("TOTAL EUR", m(tot), "DVMB", 10)
    ro.lr("VISA DEBIT", m(tot))
    ro.l("**** **** **** 6620  CONTACTLESS")
    ro.l("AUTH 04419C")
    ro.rule()
    va, vb = incl_vat(A(fuel), 23), incl_vat(A(cof), D("13.5"))
    ro.lmr("VAT", "Net", "VAT", 150)
    ro.lmr("A 23%", m(A(fuel) - va), m(va), 150)
    ro.lmr("B 13.5%", m(A(cof) - vb), m(vb), 150)
    vat = va + vb
    net = tot - vat
    ro.lmr("Total", m(net), m(vat), 150)
    ro.rule()
    ro.c("Thank you for your custom")
    t = truth(
        "4481/0932",
        "2026-03-11",
        None,
        "Kilmore Fuels Ltd",
        net,
        vat,
        tot,
        "EUR",
        "en-IE",
        "receipt",
        "receipt",
        [fuel, cof],
        "Fuel with a 3-decimal price per litre plus a coffee at a second VAT rate (23 % / 13.5 %); VAT table with net/VAT columns; trading name 'KILMORE SERVICE STATION' above the legal name Kilmore Fuels Ltd.",
    )
    return ro.draw(), t, "IE", "fuel"


def r05(rng):
    """US restaurant: card slip with handwritten tip and total."""
    ro = Roll(76, "Courier", 8.5)
    ro.c("HARBOR & PINE", "Courier-Bold", 13)
    ro.c("KITCHEN")
    ro.c("88 Atlantic Ave, Boston MA 02110")
    ro.c("(617) 555-0143")
    ro.rule()
    ro.lr("Check #4112", "Table 12")
    ro.lr("Server: Dana", "Guests: 2")
    ro.lr("03/12/2026", "1:36 PM")
    ro.rule()
    items = [
        item("Clam Chowder", 2, "9.50"),
        item("Lobster Roll", 1, "28.00"),
        item("Grilled Salmon", 1, "26.00"),
        item("Iced Tea", 2, "3.75"),
    ]
    for i in items:
        ro.lr(f"{i['quantity']} {i['description']}", m(A(i)))
    ro.rule()
    sub = sum(A(i) for i in items)
    tax = r2(sub * D("0.07"))
    amt = sub + tax
    tip = D("16.00")
    tot = amt + tip
    ro.lr("Subtotal", m(sub))
    ro.lr("MA Meals Tax 7%", m(tax))
    ro.lr("Amount", m(amt), "Courier-Bold", 9)
    ro.rule()
    ro.l("VISA  XXXXXXXXXXXX3318")
    ro.l("Auth: 071422  Ref: 2208")
    ro.gap(8)
    ro.c("Suggested tip: 18% 15.52  20% 17.25")
    ro.gap(6)

    def field(label, value):
        def fn(d, y, L, R):
            d.t(L, y - 18, label, "Courier-Bold", 9)
            d.line(L + 70, y - 20, R, y - 20, 0.6)
            if value:
                d.hand(R - 6, y - 17, value, 15, rng, align="r")

        return fn

    ro.custom(28, field("Tip:", m(tip)))
    ro.custom(28, field("Total:", m(tot)))
    ro.custom(30, field("Signature:", None))
    ro.c("CUSTOMER COPY")
    ro.c("Thank you! Come back soon.")
    t = truth(
        "4112",
        "2026-03-12",
        None,
        "Harbor & Pine Kitchen",
        sub,
        tax,
        tot,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        items,
        "Card slip where tip (16.00) and final total (102.14) are handwritten; printed 'Amount' 86.14 is before tip; suggested-tip line prints other amounts; US mm/dd/yyyy; photo.",
        tip=tip,
    )
    return ro.draw(), t, "US", "restaurant with tip"


def r06(rng):
    """IT bar: documento commerciale, VAT included."""
    ro = Roll(80, "DVM", 8)
    ro.c("BAR PASTICCERIA AURORA", "DVMB", 9.5)
    ro.c("di Ferri Giulia & C. s.n.c.")
    ro.c("Via Po 21/B - 10124 Torino")
    ro.c("P.IVA 10987650011")
    ro.gap(4)
    ro.c("DOCUMENTO COMMERCIALE", "DVMB", 8.5)
    ro.c("di vendita o prestazione")
    ro.rule()
    ro.lr("DESCRIZIONE", "IVA   Prezzo(€)")
    items = [
        item("CAFFE'", 2, "1.20"),
        item("CAPPUCCINO", 1, "1.60"),
        item("BRIOCHE CREMA", 2, "1.50"),
    ]
    for i in items:
        if i["quantity"] != "1":
            ro.l(f"{i['quantity']} x {m(D(i['unit_price']), 'de')}")
        ro.lr(i["description"], "10%   " + m(A(i), "de"))
    ro.rule()
    tot = sum(A(i) for i in items)
    vat = incl_vat(tot, 10)
    net = tot - vat
    ro.lr("TOTALE COMPLESSIVO", m(tot, "de"), "DVMB", 9.5)
    ro.lr("di cui IVA", m(vat, "de"))
    ro.lr("Pagamento contante", m(D("10"), "de"))
    ro.lr("Resto", m(D("3"), "de"))
    ro.lr("Importo pagato", m(tot, "de"))
    ro.rule()
    ro.l("16-03-2026 09:12")
    ro.l("DOCUMENTO N. 0142-0087")
    ro.l("RT 99MEX012345")
    ro.gap(4)
    ro.c("Grazie e arrivederci")
    t = truth(
        "0142-0087",
        "2026-03-16",
        None,
        "Bar Pasticceria Aurora di Ferri Giulia & C. s.n.c.",
        net,
        vat,
        tot,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        items,
        "Italian documento commerciale: only 'di cui IVA' printed (net not printed, keyed total - vat); cash paid 10,00 and change 3,00 next to the total; number and date at the bottom; vendor name over two lines.",
    )
    return ro.draw(), t, "IT", "coffee shop"


def r07(rng):
    """NL supermarket, two BTW rates and a bonus discount."""
    ro = Roll(80, "DVM", 7.8)
    ro.c("DEKKER", "DVMB", 16)
    ro.c("versmarkt", "DVM", 9)
    ro.c("Dekker Versmarkt B.V.")
    ro.c("Gedempte Oude Gracht 88, Haarlem")
    ro.c("BTW NL8601.22.334.B01")
    ro.rule()
    its = [
        (item("KOFFIEBONEN 1KG", 1, "12.99"), "A"),
        (item("BONUS KOFFIEBONEN", 1, "-2.00"), "A"),
        (item("MELK HALFVOL 1L", 2, "1.19"), "A"),
        (item("STROOPWAFELS", 1, "2.49"), "A"),
        (item("FRUITSCHAAL", 1, "6.50"), "A"),
        (item("AFWASMIDDEL", 1, "2.79"), "B"),
        (item("BATTERIJEN AA 8ST", 1, "7.99"), "B"),
    ]
    for i, code in its:
        if i["quantity"] != "1":
            ro.l(f"  {i['quantity']} x {m(D(i['unit_price']), 'nd')}")
        ro.lr(i["description"], m(A(i), "nd") + " " + code)
    ro.rule()
    tot = sum(A(i) for i, _ in its)
    ga = sum(A(i) for i, c in its if c == "A")
    gb = sum(A(i) for i, c in its if c == "B")
    va, vb = incl_vat(ga, 9), incl_vat(gb, 21)
    ro.lr("7 ARTIKELEN  TOTAAL", m(tot, "nd"), "DVMB", 9.5)
    ro.lr("PINNEN", m(tot, "nd"))
    ro.rule()
    ro.lmr("BTW", "Over", "Bedrag", 135)
    ro.lmr("A 9%", m(ga - va, "nd"), m(va, "nd"), 135)
    ro.lmr("B 21%", m(gb - vb, "nd"), m(vb, "nd"), 135)
    vat = va + vb
    net = tot - vat
    ro.lmr("TOTAAL", m(net, "nd"), m(vat, "nd"), 135)
    ro.rule()
    ro.l("17-03-2026 17:48   KASSA 3")
    ro.l("BON 0003-2614  KASSIERE: SANNE")
    ro.c("U bespaarde vandaag 2,00")
    ro.c("Bedankt en tot ziens!")
    items = [i for i, _ in its]
    t = truth(
        "0003-2614",
        "2026-03-17",
        None,
        "Dekker Versmarkt B.V.",
        net,
        vat,
        tot,
        "EUR",
        "nl-NL",
        "receipt",
        "receipt",
        items,
        "Two BTW rates (9 % / 21 %) with a BTW table whose 'Over' column is the net; bonus discount as a negative line; 'U bespaarde vandaag 2,00' is not a total; no thousands separators; dd-mm-yyyy.",
    )
    return ro.draw(), t, "NL", "supermarket"


def r08(rng):
    """CA hardware store, HST 13% on top."""
    ro = Roll(80, "Helvetica", 8.5)
    ro.c("KOWALSKI", "Helvetica-Bold", 15)
    ro.c("HARDWARE & SUPPLY", "Helvetica-Bold", 9)
    ro.c("Kowalski Hardware & Supply Ltd.")
    ro.c("455 Barton St E, Hamilton ON L8L 2Y6")
    ro.c("905-555-0177")
    ro.rule()
    ro.lr("2026/03/18  10:05", "Reg 1")
    ro.lr("Trans #", "118-2207")
    ro.rule()
    items = [
        item("WALL ANCHOR 50PK", 2, "6.49"),
        item("EXT CORD 25FT 16/3", 1, "24.99"),
        item("CABLE TIES 8IN 100PK", 1, "8.49"),
        item("ROLLER KIT 9IN", 1, "15.99"),
    ]
    for i in items:
        sku = str(rng.randint(100000, 999999))
        ro.lr(f"{sku} {i['description']}", m(A(i)) + " H")
        if i["quantity"] != "1":
            ro.l(f"     {i['quantity']} @ {m(D(i['unit_price']))}")
    ro.rule()
    sub = sum(A(i) for i in items)
    tax = r2(sub * D("0.13"))
    tot = sub + tax
    ro.lr("SUBTOTAL", m(sub))
    ro.lr("HST 13%  #83412 7750 RT0001", m(tax))
    ro.lr("TOTAL", "$" + m(tot), "Helvetica-Bold", 11)
    ro.lr("INTERAC DEBIT", m(tot))
    ro.lr("CHANGE", "0.00")
    ro.rule()
    ro.c("ITEMS: 5")
    ro.c("Returns within 30 days with receipt")
    ro.custom(30, lambda d, y, L, R: d.barcode(L + 20, y - 26, R - L - 40, 22, rng))
    t = truth(
        "118-2207",
        "2026-03-18",
        None,
        "Kowalski Hardware & Supply Ltd.",
        sub,
        tax,
        tot,
        "CAD",
        "en-CA",
        "receipt",
        "receipt",
        items,
        "Canadian yyyy/mm/dd date; HST line carries the registration number (digits near the tax amount); SKU numbers before descriptions; 'CHANGE 0.00'.",
    )
    return ro.draw(), t, "CA", "hardware store"


def r09(rng):
    """BE post office e-receipt (PDF), exempt postage + taxable box."""
    ro = Roll(80, "DV", 7.6)
    ro.custom(
        26,
        lambda d, y, L, R: (
            d.rect(L, y - 22, R - L, 20, fill=(0.85, 0.1, 0.1), stroke=None),
            d.t((L + R) / 2, y - 16, "BELPOST", "DVB", 12, "c", (1, 1, 1)),
        ),
    )
    ro.c("Belpost Retail NV")
    ro.c("Postpunt Leuven-Centrum, Bondgenotenlaan 40")
    ro.c("3000 Leuven · BTW BE 0214.596.464")
    ro.rule()
    ro.c("ONTVANGSTBEWIJS / REÇU", "DVB", 9)
    ro.lr("Nr / N°", "LV01-2026-031907")
    ro.lr("Datum / Date", "19/03/2026 11:24")
    ro.rule()
    items = [
        (item("Aangetekende zending nat. / Envoi recommandé", 1, "9.15"), "0"),
        (item("Prior zegels / timbres Prior x10", 10, "1.96"), "0"),
        (item("Verzendbox M / Boîte M", 1, "2.50"), "21"),
    ]
    for i, rt in items:
        ro.l(i["description"])
        ro.lr(f"   {i['quantity']} x {m(D(i['unit_price']), 'de')}   BTW {rt}%", m(A(i), "de"))
    ro.rule()
    tot = sum(A(i) for i, _ in items)
    v21 = incl_vat(A(items[2][0]), 21)
    net = tot - v21
    ro.lr("TOTAAL / TOTAL EUR", m(tot, "de"), "DVB", 9.5)
    ro.lr("Bancontact", m(tot, "de"))
    ro.rule()
    ro.lmr("BTW/TVA", "Basis", "BTW", 120)
    ro.lmr("0% (vrijgesteld)", m(A(items[0][0]) + A(items[1][0]), "de"), "0,00", 120)
    ro.lmr("21%", m(A(items[2][0]) - v21, "de"), m(v21, "de"), 120)
    ro.rule()
    ro.c("Track & trace: RR 1234 5678 9BE")
    ro.c("Bedankt · Merci")
    t = truth(
        "LV01-2026-031907",
        "2026-03-19",
        None,
        "Belpost Retail NV",
        net,
        v21,
        tot,
        "EUR",
        "nl-BE",
        "receipt",
        "receipt",
        [i for i, _ in items],
        "Bilingual NL/FR e-receipt; postage VAT-exempt (0 %) and only the box at 21 %, so vat is tiny (0,43) against a 31,25 total; track & trace number looks like a reference; born-digital PDF on a roll-width page.",
    )
    return ro.draw(), t, "BE", "post office"


def r10(rng):
    """ES pharmacy, factura simplificada with three IVA rates."""
    ro = Roll(80, "DVM", 7.6)
    ro.custom(
        30,
        lambda d, y, L, R: (
            d.rect((L + R) / 2 - 4, y - 26, 8, 24, fill=(0.1, 0.6, 0.25), stroke=None),
            d.rect((L + R) / 2 - 12, y - 18, 24, 8, fill=(0.1, 0.6, 0.25), stroke=None),
        ),
    )
    ro.c("FARMACIA ORTEGA", "DVMB", 11)
    ro.c("Ldo. Carmen Ortega Ruiz")
    ro.c("C/ de Fuencarral 112 - 28010 Madrid")
    ro.c("NIF 50123456K")
    ro.rule()
    ro.c("FACTURA SIMPLIFICADA", "DVMB", 8.5)
    ro.lr("Nº FS26-004512", "20/03/2026 19:03")
    ro.rule()
    its = [
        (item("IBUPROFENO 600MG 40 COMP", 1, "3.95"), 4),
        (item("TIRITAS SURTIDAS 20U", 1, "3.20"), 10),
        (item("PROTECTOR SOLAR SPF50 200ML", 1, "14.90"), 21),
    ]
    for i, rt in its:
        ro.lr(i["description"], m(A(i), "de"))
        ro.l(f"   IVA {rt}%")
    ro.rule()
    tot = sum(A(i) for i, _ in its)
    ro.lr("TOTAL", m(tot, "de") + " EUR", "DVMB", 10)
    ro.lr("EFECTIVO", m(D("25"), "de"))
    ro.lr("CAMBIO", m(D("25") - tot, "de"))
    ro.rule()
    ro.lmr("%IVA", "BASE", "CUOTA", 120)
    vat = D0
    for i, rt in its:
        v = incl_vat(A(i), rt)
        vat += v
        ro.lmr(f"{rt}%", m(A(i) - v, "de"), m(v, "de"), 120)
    net = tot - vat
    ro.lmr("TOTAL", m(net, "de"), m(vat, "de"), 120)
    ro.rule()
    ro.c("Gracias por su visita")
    t = truth(
        "FS26-004512",
        "2026-03-20",
        None,
        "Farmacia Ortega",
        net,
        vat,
        tot,
        "EUR",
        "es-ES",
        "receipt",
        "receipt",
        [i for i, _ in its],
        "Three IVA rates (4 / 10 / 21 %) with a BASE/CUOTA table; cash 25,00 and change next to the total; trade name FARMACIA ORTEGA above the pharmacist's name (keyed the trade name); photo.",
    )
    return ro.draw(), t, "ES", "pharmacy"


def r11(rng):
    """AT hotel bar bill charged to the room, RKSV QR code."""
    ro = Roll(80, "DV", 7.8)
    ro.c("HOTEL STADTPARK", "DVSB", 12)
    ro.c("Lobby Bar", "DVSI", 9)
    ro.c("Hotel Stadtpark Betriebs GmbH")
    ro.c("Opernring 8, 8010 Graz · UID ATU65432198")
    ro.rule(False)
    ro.lr("Rechnung Nr. 2026/18831", "Tisch 4")
    ro.lr("24.03.2026  22:47", "Kellner: Markus")
    ro.rule(False)
    its = [
        (item("Zipfer Märzen 0,5l", 2, "5.20"), 20),
        (item("Grüner Veltliner 1/8", 2, "4.90"), 20),
        (item("Soda Zitron", 1, "3.20"), 20),
        (item("Erdnüsse gesalzen", 1, "3.50"), 10),
    ]
    for i, rt in its:
        ro.lr(f"{i['quantity']} x {i['description']}", m(A(i), "de") + (" A" if rt == 20 else " B"))
    ro.rule(False)
    tot = sum(A(i) for i, _ in its)
    ga = sum(A(i) for i, r in its if r == 20)
    gb = tot - ga
    va, vb = incl_vat(ga, 20), incl_vat(gb, 10)
    vat = va + vb
    net = tot - vat
    ro.lr("Summe EUR", m(tot, "de"), "DVB", 10)
    ro.lr("Zimmerbelastung Zi. 214", m(tot, "de"))
    ro.rule(False)
    ro.lmr("", "Netto", "MwSt", 130)
    ro.lmr("A 20%", m(ga - va, "de"), m(va, "de"), 130)
    ro.lmr("B 10%", m(gb - vb, "de"), m(vb, "de"), 130)
    ro.rule(False)
    ro.custom(70, lambda d, y, L, R: d.qr((L + R) / 2 - 30, y - 66, 60, rng))
    ro.c("Kassen-ID: GRZ-BAR-01  Beleg 18831")
    ro.c("Vielen Dank und gute Nacht!")
    t = truth(
        "2026/18831",
        "2026-03-24",
        None,
        "Hotel Stadtpark Betriebs GmbH",
        net,
        vat,
        tot,
        "EUR",
        "de-AT",
        "receipt",
        "receipt",
        [i for i, _ in its],
        "Hotel bar bill charged to the room (no payment line, 'Zimmerbelastung'); two VAT rates (20 % drinks, 10 % food) with no printed net total (keyed total - vat); RKSV QR code; 'Tisch 4' next to the number.",
    )
    return ro.draw(), t, "AT", "hotel bar"


def r12(rng):
    """SE card terminal slip alone, no VAT."""
    ro = Roll(58, "DVM", 7.8)
    ro.c("CAFE LINNEA AB", "DVMB", 9)
    ro.c("Svartbäcksgatan 19")
    ro.c("753 32 UPPSALA")
    ro.c("Org.nr 559123-7781")
    ro.gap(4)
    ro.c("KORTKVITTO", "DVMB", 9)
    ro.gap(2)
    ro.lr("2026-03-25", "12:14")
    ro.lr("Butik", "118827")
    ro.lr("Terminal", "5503-01")
    ro.lr("Kvitto nr", "0467")
    ro.rule()
    ro.l("Mastercard")
    ro.l("************8875")
    ro.l("Kontaktlös  PSN 00")
    ro.l("AID A0000000041010")
    ro.l("TVR 0000008001")
    ro.rule()
    tot = D("184.00")
    ro.lr("KÖP", "SEK " + m(tot, "se"), "DVMB", 9)
    ro.rule()
    ro.l("Ref: 260325121422")
    ro.l("Auk.kod: 388145")
    ro.c("GODKÄND", "DVMB", 9)
    ro.gap(4)
    ro.c("KORTINNEHAVARENS EX")
    ro.c("SPARA KVITTOT")
    t = truth(
        "0467",
        "2026-03-25",
        None,
        "CAFE LINNEA AB",
        tot,
        None,
        tot,
        "SEK",
        "sv-SE",
        "receipt",
        "receipt",
        [],
        "Bare card-terminal slip: no items, no VAT (vat null, net = total); many terminal numbers (Butik, Terminal, Ref, Auk.kod, AID/TVR) around the 'Kvitto nr'; ISO date; phone photo.",
    )
    return ro.draw(), t, "SE", "card terminal slip"


def r13(rng):
    """CH cash receipt book page filled by hand."""
    W, H = 148 * mm, 118 * mm
    d = Doc((W, H))
    red = (0.75, 0.1, 0.1)
    g = (0.2, 0.35, 0.3)
    d.rect(6 * mm, 6 * mm, W - 12 * mm, H - 12 * mm, stroke=g, lw=1)
    d.t(10 * mm, H - 16 * mm, "Quittung · Quittance · Ricevuta", "DVSB", 12, color=g)
    d.t(W - 10 * mm, H - 16 * mm, "Nr. 0418", "DVB", 12, "r", red)
    rows = [
        ("CHF", 28),
        ("Von / de / da", 39),
        ("Franken / francs", 50),
        ("für / pour / per", 61),
        ("", 72),
    ]
    for lab, yy in rows:
        y = H - yy * mm
        if lab:
            d.t(10 * mm, y, lab, "DVS", 8, color=g)
        d.line(44 * mm, y - 1.5 * mm, W - 10 * mm, y - 1.5 * mm, 0.4, g)
    gross = D("240.00")
    vat = incl_vat(gross, D("8.1"))
    net = gross - vat
    d.hand(46 * mm, H - 28 * mm, "240.–", 15, rng)
    d.hand(46 * mm, H - 39 * mm, "Northwind Atelier AG, Zürich", 12, rng)
    d.hand(46 * mm, H - 50 * mm, "zweihundertvierzig", 12, rng)
    d.hand(46 * mm, H - 61 * mm, "Fotoshooting Teamporträts 26.3.", 12, rng)
    d.hand(46 * mm, H - 72 * mm, f"inkl. 8.1% MWST Fr. {m(vat)}", 12, rng)
    d.t(10 * mm, H - 84 * mm, "Ort/Datum", "DVS", 8, color=g)
    d.line(30 * mm, H - 85.5 * mm, 75 * mm, H - 85.5 * mm, 0.4, g)
    d.hand(31 * mm, H - 84 * mm, "Bern, 26.3.2026", 11, rng)
    d.t(80 * mm, H - 84 * mm, "Unterschrift", "DVS", 8, color=g)
    d.line(100 * mm, H - 85.5 * mm, W - 10 * mm, H - 85.5 * mm, 0.4, g)
    d.hand(102 * mm, H - 84 * mm, "S. Brügger", 13, rng, slope=0.05)
    c = d.c
    c.saveState()
    c.translate(90 * mm, 13 * mm)
    c.rotate(5)
    c.setStrokeColorRGB(0.3, 0.3, 0.7)
    c.setLineWidth(1.2)
    c.roundRect(-2 * mm, -7 * mm, 48 * mm, 15 * mm, 3, fill=0, stroke=1)
    c.setFillColorRGB(0.3, 0.3, 0.7)
    c.setFont("DVB", 8)
    c.drawString(0, 2 * mm, "FOTOSTUDIO AARE")
    c.setFont("DV", 6)
    c.drawString(0, -1.5 * mm, "Simon Brügger · Lorrainestr. 5")
    c.drawString(0, -4.5 * mm, "3013 Bern · CHE-398.114.207 MWST")
    c.restoreState()
    items = [item("Fotoshooting Teamporträts", 1, gross)]
    t = truth(
        "0418",
        "2026-03-26",
        None,
        "Fotostudio Aare",
        net,
        vat,
        gross,
        "CHF",
        "de-CH",
        "receipt",
        "receipt",
        items,
        "Cash receipt book page filled in by hand: amount '240.–' (Swiss dash for no cents), amount in words, VAT written as 'inkl. 8.1% MWST Fr. 17.98'; vendor only on a rotated rubber stamp; pre-printed red number; image-only PDF.",
    )
    return d.finish(), t, "CH", "cash receipt book"


def r14(rng):
    """US online order confirmation printed from a browser to PDF."""
    d = Doc(letter)
    W, H = letter
    L, R = 50, W - 50
    d.t(28, H - 20, "3/27/26, 10:14 AM", "Helvetica", 7.5)
    d.t(W / 2, H - 20, "Order Confirmation - Deskbound Supply Co.", "Helvetica", 7.5, "c")
    d.t(
        28, 18, "https://www.deskboundsupply.com/account/orders/DBS-114-2208-5531", "Helvetica", 7.5
    )
    d.t(W - 28, 18, "1/1", "Helvetica", 7.5, "r")
    d.t(L, H - 62, "deskbound", "DVB", 20, color=(0.1, 0.45, 0.35))
    d.t(
        L + pdfmetrics.stringWidth("deskbound", "DVB", 20) + 6,
        H - 62,
        "supply co.",
        "DV",
        11,
        color=(0.1, 0.45, 0.35),
    )
    d.t(R, H - 58, "My Account  |  Orders  |  Help", "DV", 8, "r", (0.3, 0.3, 0.3))
    d.line(L, H - 75, R, H - 75, 0.5, (0.8, 0.8, 0.8))
    d.t(L, H - 105, "Thanks for your order, Daniel!", "DVB", 15)
    d.t(L, H - 122, "Order #DBS-114-2208-5531 · Placed March 27, 2026", "DV", 10)
    d.t(
        L,
        H - 136,
        "We'll email you when your items ship. Estimated delivery: Apr 1 - Apr 3.",
        "DV",
        9,
        color=(0.35, 0.35, 0.35),
    )
    d.t(L, H - 170, "Shipping to", "DVB", 9)
    for n, s in enumerate(
        ["Daniel Park, Northwind Atelier", "1200 Westlake Ave N, Suite 410", "Seattle, WA 98109"]
    ):
        d.t(L, H - 183 - n * 12, s, "DV", 9)
    d.t(300, H - 170, "Payment", "DVB", 9)
    d.t(300, H - 183, "Visa ending in 4417", "DV", 9)
    d.t(300, H - 195, "Billing ZIP 98109", "DV", 9)
    items = [
        item("USB-C Docking Station, 11-in-1", 1, "129.99"),
        item("Wireless Keyboard, low profile, US layout", 2, "49.50"),
    ]
    y = H - 250
    for i in items:
        d.rect(L, y - 30, 38, 38, fill=(0.9, 0.9, 0.9), stroke=None)
        d.t(L + 50, y, i["description"], "DV", 10)
        d.t(
            L + 50,
            y - 14,
            f"Qty: {i['quantity']}   ·   ${m(D(i['unit_price']))} each",
            "DV",
            8.5,
            color=(0.4, 0.4, 0.4),
        )
        d.t(R, y, "$" + m(A(i)), "DV", 10, "r")
        y -= 55
    sub = sum(A(i) for i in items)
    disc = -r2(sub * D("0.10"))
    ship = D("7.95")
    pre = sub + disc + ship
    tax = r2(pre * D("0.1035"))
    tot = pre + tax
    d.line(300, y + 20, R, y + 20, 0.5, (0.8, 0.8, 0.8))
    for a, b, f in [
        ("Items subtotal", "$" + m(sub), "DV"),
        ("Promo SPRING10 (-10%)", "-$" + m(-disc), "DV"),
        ("Shipping (Ground)", "$" + m(ship), "DV"),
        ("Total before tax", "$" + m(pre), "DV"),
        ("Estimated sales tax (10.35%)", "$" + m(tax), "DV"),
        ("Order total", "$" + m(tot), "DVB"),
    ]:
        d.t(300, y, a, f, 10)
        d.t(R, y, b, f, 10, "r")
        y -= 17
    d.t(
        L,
        y - 20,
        "Deskbound Supply Co. LLC · 2150 N 107th St, Seattle, WA 98133 · support@deskboundsupply.com",
        "DV",
        8,
        color=(0.4, 0.4, 0.4),
    )
    li = [*items, item("Promo SPRING10 (-10%)", 1, disc), item("Shipping (Ground)", 1, ship)]
    t = truth(
        "DBS-114-2208-5531",
        "2026-03-27",
        None,
        "Deskbound Supply Co. LLC",
        pre,
        tax,
        tot,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        li,
        "Browser print of an order confirmation: print header/footer with date '3/27/26' and the URL; promo discount and shipping before tax; net keyed as 'Total before tax' (incl. shipping); an estimated delivery date range that is not a due date.",
    )
    return d.finish(), t, "US", "online order confirmation"


def r15(rng):
    """CH rail ticket receipt (PDF)."""
    W, H = 90 * mm, 150 * mm
    d = Doc((W, H))
    L, R = 6 * mm, W - 6 * mm
    d.rect(0, H - 18 * mm, W, 18 * mm, fill=(0.8, 0.0, 0.1), stroke=None)
    d.t(L, H - 11 * mm, "Alpina Rail", "DVB", 14, color=(1, 1, 1))
    d.t(R, H - 11 * mm, "Quittung", "DV", 10, "r", (1, 1, 1))
    d.t(L, H - 26 * mm, "Zürich HB  →  Bern", "DVB", 11)
    d.t(L, H - 32 * mm, "Einfache Fahrt · 2. Klasse · Halbtax", "DV", 8)
    d.t(L, H - 37 * mm, "Gültig am 26.03.2026", "DV", 8)
    d.qr(R - 26 * mm, H - 66 * mm, 26 * mm, rng)
    gross = D("27.50")
    vat = incl_vat(gross, D("8.1"))
    net = gross - vat
    for n, (a, b) in enumerate(
        [
            ("Auftragsnummer", "81-4471-2290"),
            ("Kaufdatum", "26.03.2026 06:51"),
            ("Reisende/r", "Carla Meier"),
            ("Zahlungsmittel", "TWINT"),
        ]
    ):
        d.t(L, H - 48 * mm - n * 10 * mm, a, "DV", 7)
        d.t(L, H - 51.5 * mm - n * 10 * mm, b, "DV", 8.5)
    y = H - 95 * mm
    d.line(L, y + 8, R, y + 8, 0.4)
    for n, (a, b, f) in enumerate(
        [
            ("Preis", "CHF " + m(gross), "DV"),
            ("davon MWST 8.1 %", "CHF " + m(vat), "DV"),
            ("Total bezahlt", "CHF " + m(gross), "DVB"),
        ]
    ):
        d.t(L, y - n * 12, a, f, 8.5)
        d.t(R, y - n * 12, b, f, 8.5, "r")
    d.t(L, 14 * mm, "Alpina Rail AG · Bahnhofplatz 2 · 3011 Bern", "DV", 6.5)
    d.t(L, 10 * mm, "MWST-Nr. CHE-105.887.330 MWST", "DV", 6.5)
    items = [item("Zürich HB - Bern, 2. Kl., Halbtax", 1, gross)]
    t = truth(
        "81-4471-2290",
        "2026-03-26",
        None,
        "Alpina Rail AG",
        net,
        vat,
        gross,
        "CHF",
        "de-CH",
        "receipt",
        "receipt",
        items,
        "Mobile-ticket receipt page (90 x 150 mm): VAT only as 'davon MWST' (net not printed); travel validity date and purchase timestamp; 'Auftragsnummer' as the number; legal name only in the small footer.",
    )
    return d.finish(), t, "CH", "train ticket"


def r16(rng):
    """FR taxi: taximeter printout."""
    ro = Roll(58, "Courier", 7.6)
    ro.c("TAXI LAMBERT", "Courier-Bold", 11)
    ro.c("Artisan taxi parisien")
    ro.c("J.-M. Lambert")
    ro.c("SIRET 412 887 903 00019")
    ro.c("Licence n° 12874 · Véh. GH-412-KP")
    ro.rule()
    ro.c("NOTE", "Courier-Bold", 9)
    ro.lr("N°", "2026-0331")
    ro.lr("Date", "30/03/2026")
    ro.lr("Prise en charge", "18:05")
    ro.lr("Fin de course", "18:41")
    ro.l("Dép. : Paris 10e")
    ro.l("Arr. : Aéroport CDG T2E")
    ro.rule()
    course = D("31.60")
    bag = D("3.00")
    gross = course + bag
    vat = incl_vat(gross, 10)
    net = gross - vat
    ro.lr("Course (tarif C)", m(course, "fr") + " €")
    ro.lr("Suppl. bagages", m(bag, "fr") + " €")
    ro.rule()
    ro.lr("PRIX TTC", m(gross, "fr") + " €", "Courier-Bold", 9)
    ro.lr("dont TVA 10 %", m(vat, "fr") + " €")
    ro.lr("Réglé par", "CB")
    ro.gap(4)
    ro.c("Réclamations : Préfecture de Police")
    ro.c("36 rue des Morillons 75015 Paris")
    items = [item("Course Paris 10e - CDG T2E", 1, course), item("Supplément bagages", 1, bag)]
    t = truth(
        "2026-0331",
        "2026-03-30",
        None,
        "Taxi Lambert",
        net,
        vat,
        gross,
        "EUR",
        "fr-FR",
        "receipt",
        "receipt",
        items,
        "Taximeter note with 'dont TVA 10 %' only (net not printed); licence and vehicle plate numbers near the top; 'Préfecture de Police' complaints address at the bottom is not the vendor; photo.",
    )
    return ro.draw(), t, "FR", "taxi"


# ----------------------------------------------------------------------------------------------
# registry and output
# ----------------------------------------------------------------------------------------------
# kind: pdf (born-digital) | scan (png/jpg) | scanpdf (image-only PDF, keyed 'scan') | photo (jpg)
DOCS = {
    "i01": (i01, "pdf", {}),
    "i02": (
        i02,
        "scan",
        {"dpi": 200, "grey": True, "skew": 1.2, "blur": 0.7, "noise": 7, "ext": "png"},
    ),
    "i03": (i03, "pdf", {}),
    "i04": (i04, "pdf", {}),
    "i05": (
        i05,
        "scan",
        {"dpi": 150, "grey": False, "skew": 1.8, "blur": 0.6, "noise": 5, "ext": "jpg"},
    ),
    "i06": (i06, "photo", {"dpi": 170, "long": 2200, "bg": "wood"}),
    "i07": (i07, "scanpdf", {"dpi": 200, "grey": False, "skew": 1.5, "blur": 0.8, "noise": 6}),
    "i08": (
        i08,
        "scan",
        {
            "dpi": 300,
            "grey": True,
            "skew": 0.8,
            "blur": 1.0,
            "noise": 8,
            "down": 1240,
            "ext": "png",
        },
    ),
    "i09": (i09, "pdf", {}),
    "i10": (i10, "scanpdf", {"dpi": 200, "grey": True, "skew": 1.0, "blur": 0.7, "noise": 6}),
    "i11": (i11, "pdf", {}),
    "i12": (i12, "pdf", {}),
    "i13": (i13, "pdf", {}),
    "i14": (i14, "pdf", {}),
    "i15": (
        i15,
        "scan",
        {"dpi": 200, "grey": True, "skew": 2.0, "blur": 0.6, "noise": 6, "ext": "png"},
    ),
    "i16": (i16, "pdf", {}),
    "r01": (r01, "photo", {"dpi": 300, "long": 1800, "bg": "desk"}),
    "r02": (r02, "pdf", {}),
    "r03": (
        r03,
        "scan",
        {
            "dpi": 300,
            "grey": True,
            "skew": 1.5,
            "blur": 0.8,
            "noise": 6,
            "fade": 0.35,
            "ext": "png",
        },
    ),
    "r04": (r04, "photo", {"dpi": 250, "long": 2000, "bg": "wood"}),
    "r05": (r05, "photo", {"dpi": 250, "long": 2300, "bg": "light"}),
    "r06": (
        r06,
        "scan",
        {
            "dpi": 300,
            "grey": True,
            "skew": 1.2,
            "blur": 0.7,
            "noise": 5,
            "fade": 0.3,
            "down": 650,
            "ext": "png",
        },
    ),
    "r07": (
        r07,
        "scan",
        {
            "dpi": 250,
            "grey": True,
            "skew": 1.0,
            "blur": 0.6,
            "noise": 5,
            "fade": 0.25,
            "ext": "png",
        },
    ),
    "r08": (
        r08,
        "scan",
        {"dpi": 250, "grey": False, "skew": 1.6, "blur": 0.7, "noise": 5, "ext": "jpg"},
    ),
    "r09": (r09, "pdf", {}),
    "r10": (r10, "photo", {"dpi": 250, "long": 2100, "bg": "desk"}),
    "r11": (
        r11,
        "scan",
        {"dpi": 200, "grey": True, "skew": 1.3, "blur": 0.6, "noise": 6, "fade": 0.2, "ext": "png"},
    ),
    "r12": (r12, "photo", {"dpi": 300, "long": 1600, "bg": "light"}),
    "r13": (r13, "scanpdf", {"dpi": 200, "grey": False, "skew": 1.5, "blur": 0.6, "noise": 5}),
    "r14": (r14, "pdf", {}),
    "r15": (r15, "pdf", {}),
    "r16": (r16, "photo", {"dpi": 300, "long": 1900, "bg": "wood"}),
}


def produce(name: str, out: Path) -> dict:
    fn, kind, o = DOCS[name]
    seed = zlib.crc32(name.encode())
    pdf, t, country, typ = fn(random.Random(seed))
    g = np.random.default_rng(seed)
    for old in out.glob(name + ".*"):
        old.unlink()
    if kind == "pdf":
        ext = "pdf"
        (out / f"{name}.pdf").write_bytes(pdf)
    elif kind in ("scan", "scanpdf"):
        img = render(pdf, o["dpi"])
        im = scan(
            img,
            g,
            grey=o["grey"],
            skew=o["skew"],
            blur=o["blur"],
            noise=o["noise"],
            fade=o.get("fade", 0.0),
            down=o.get("down"),
        )
        if kind == "scanpdf":
            ext = "pdf"
            (out / f"{name}.pdf").write_bytes(image_pdf(im, o["dpi"]))
        else:
            ext = o["ext"]
            if ext == "png":
                im.save(out / f"{name}.png", optimize=False)
            else:
                im.convert("RGB").save(out / f"{name}.jpg", quality=int(g.integers(72, 86)))
    else:
        img = render(pdf, o["dpi"])
        im = photo(img, g, long_side=o["long"], bg=o["bg"])
        ext = "jpg"
        im.save(out / f"{name}.jpg", quality=int(g.integers(60, 81)))
    t["kind"] = "pdf" if kind == "pdf" else ("scan" if kind in ("scan", "scanpdf") else "photo")
    (out / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return {
        "doc": f"{name}.{ext}",
        "kind": t["kind"] + (" (image-only PDF)" if kind == "scanpdf" else ""),
        "country": country,
        "type": typ,
        "truth": t,
    }


README_HEAD = """# Blind set 2026-13g: one month of a small company's expenses

Generated by `bench/blindsets/blind_2026_13g.py` (`python -m bench.blindsets.blind_2026_13g [OUTDIR] [--only NAME]`).
Every random choice is seeded with the CRC-32 of the document name, so re-runs are byte-identical.

## What the set is
March 2026 as a bookkeeper would upload it for a small design firm ("Northwind Atelier") that has small
entities in Munich, Amsterdam, London, Paris, Milan, Cork, Barcelona, Zürich, Vienna, Stockholm, Montréal and
the US: 16 supplier invoices (rent, accountant, lawyer, IT contractor, print shop, courier, cleaning, catering,
training, insurance, software licence, equipment with a deposit deducted, a USD subscription to a German customer,
a freelancer without VAT under § 19 UStG, a credit note, a 2-page invoice) and 16 receipts (taxi x2, train x2, parking,
fuel, restaurant with tip, coffee shop, supermarket, hardware store, post office, pharmacy, hotel bar, a bare card
terminal slip, a hand-filled cash receipt book page, an online order confirmation printed to PDF).

Documents imitate different tools: Word letter templates (i01, i03, i14), accounting packages (i02, i09, i11, i12, i13),
a spreadsheet export with gridlines (i04), a hand-filled invoice pad (i07), an Italian e-invoice courtesy copy (i08),
thermal till/meter rolls (58/76/80 mm, page as long as the content), a browser print of a web page (r14).
All fonts are DejaVu or the reportlab standard fonts; "handwriting" is DejaVu Serif Italic drawn glyph by glyph
with jitter in blue ink.

Kinds: born-digital PDFs keep their text layer. Scans are rendered with pypdfium2 at 150-300 dpi, grey or colour,
blurred, skewed up to +-2 degrees, with noise, specks, thermal fading on receipts, one downscaled to 650 px wide
(r06) and one to 1240 px (i08). Photos are perspective-warped onto a wood / desk / light background with a drop
shadow, uneven light, a fold line, JPEG quality 60-80 and a long side of 1,600-2,300 px. Three image-only PDFs
(i07, i10, r13) embed the degraded scan as the only page content (kind keyed `scan`).

## Truth conventions
- `amount` is the net before tax, `vat` the sum of all taxes, `total` what the document totals.
  `amount + vat + tip + rounding == total` is asserted for every document with `Decimal` (ROUND_HALF_UP), and the
  printed numbers come from the same values. Tip and rounding are not keys; they are named in the note.
- Prices including tax (receipts): `vat` is the printed tax amount; where no net is printed, `amount = total - vat`.
  Where a VAT table prints net per rate, the keyed net is the sum of that column (equal to total - vat).
- A tip charged on the page (r01 printed, r05 handwritten) is neither net nor tax: it is in `total` only.
- A printed rounding line (i06 5-Rappen rounding, i11 öresavrundning) is in `total` only; `amount` is the printed net.
- No tax printed: `vat` null and `amount = total` (i14 § 19 UStG, r12 bare card slip). A printed zero tax line
  (i13 reverse charge "VAT ... $0.00") is keyed `"0.00"`.
- i10 (Spanish insurance premium, IVA-exempt): `vat` = insurance premium tax IPS + Consorcio surcharge, which the page
  prints as "Total impuestos y recargos".
- i03: disbursements outside VAT are part of the net (the page prints "Total HT" including them).
- i12: a deposit paid earlier is deducted after the total; `total` is the invoice total (GST + QST included), not
  the smaller "Balance Due".
- Credit note (i15): `document_type` `credit_note`, amounts, quantities and line amounts keyed negative as printed.
- Discounts and shipping appear as line items with their own (negative) amount; `line_items` amounts sum to the net
  for invoices and tax-exclusive receipts (r05, r08, r14) and to the gross for tax-inclusive receipts
  (r01: the fare only, without the tip; r12 prints no items, so `line_items` is empty).
- `invoice_number` is the document's own number (receipt/bill/order number); where several numbers are printed the
  note says which one is keyed. `due_date` only when a date is printed as due/payable date (not for "14 Tagen",
  "Payable à réception", Skonto dates or delivery estimates). i10's "Fecha de vencimiento" (direct-debit date) is keyed.
- `vendor_name` is the seller's name as printed, with legal form where printed with it; for receipts whose header is a
  trade name followed by the legal entity, the legal entity is keyed when the page prints one (r04, r07, r08, r11),
  otherwise the trade name (r10, r12, r13, r16). i03 prints "CABINET MOREAU & ASSOCIÉS" in capitals; keyed in mixed case.
- Dates ISO `YYYY-MM-DD`; `invoice_date` is the document (issue/purchase) date, not a travel or service date.

"""


def write_readme(out: Path, rows: list) -> None:
    kinds: dict = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    lines = [README_HEAD, "## Mix\n", "| kind | invoices | receipts | total |", "|---|---|---|---|"]
    for k in sorted(kinds):
        ni = sum(1 for r in rows if r["kind"] == k and r["doc"].startswith("i"))
        nr = sum(1 for r in rows if r["kind"] == k and r["doc"].startswith("r"))
        lines.append(f"| {k} | {ni} | {nr} | {ni + nr} |")
    lines.append(
        f"| **all** | {sum(1 for r in rows if r['doc'].startswith('i'))} | {sum(1 for r in rows if r['doc'].startswith('r'))} | {len(rows)} |"
    )
    cur = sorted({r["truth"]["currency"] for r in rows})
    cc = sorted({r["country"] for r in rows})
    lines += [
        "",
        f"Currencies: {', '.join(cur)}. Countries: {', '.join(cc)}.",
        "",
        "## Documents\n",
    ]
    lines += [
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        t = r["truth"]
        lines.append(
            f"| {r['doc']} | {r['kind']} | {r['country']} | {r['type']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", nargs="?", default="bench/blindsets/blind-2026-13g")
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else list(DOCS)
    rows = []
    for n in names:
        rows.append(produce(n, out))
        print(n, rows[-1]["doc"], rows[-1]["truth"]["total"], rows[-1]["truth"]["currency"])
    if not a.only:
        write_readme(out, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
