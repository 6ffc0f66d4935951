# ruff: noqa: E501
"""Blind set 13d: platform / software-generated invoices and app receipts, phone screenshots.

Run: python -m bench.blindsets.blind_2026_13d [OUTDIR] [--only NAME]
Every random choice is seeded with the CRC-32 of the document name.
"""

from __future__ import annotations

import io
import json
import math
import random
import sys
import zlib
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

A4 = (595.27, 841.89)
LETTER = (612.0, 792.0)
FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [
    ("DV", "DejaVuSans.ttf"),
    ("DVB", "DejaVuSans-Bold.ttf"),
    ("DVL", "DejaVuSans-ExtraLight.ttf"),
    ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVCB", "DejaVuSansCondensed-Bold.ttf"),
    ("DVM", "DejaVuSansMono.ttf"),
    ("DVMB", "DejaVuSansMono-Bold.ttf"),
    ("DVS", "DejaVuSerif.ttf"),
    ("DVSB", "DejaVuSerif-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f))


class LayoutError(Exception):
    pass


def D(x) -> Decimal:
    return Decimal(str(x))


def q2(x) -> Decimal:
    return D(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def fmt(v, style="us", dec=2) -> str:
    """Format a Decimal in a local style: us 1,234.56 / de 1.234,56 / fr 1 234,56 / ch 1'234.56 / plain 1234.56."""
    v = q2(v)
    neg = v < 0
    s = f"{abs(v):.{dec}f}" if dec else f"{abs(v):.0f}"
    ip, _, fp = s.partition(".")
    th, ds = {
        "us": (",", "."),
        "de": (".", ","),
        "fr": (" ", ","),
        "ch": ("'", "."),
        "plain": ("", "."),
        "pl": (" ", ","),
        "nl": (".", ","),
    }[style]
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:])
        ip = ip[:-3]
    g.insert(0, ip)
    out = th.join(g) + (ds + fp if fp else "")
    return ("-" if neg else "") + out


class P:
    """Canvas wrapper that records every text run and checks page bounds and overlaps."""

    def __init__(self, w, h, title="doc"):
        self.W, self.H = w, h
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(w, h), invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.runs = [[]]
        self.low = h
        self.col = (0, 0, 0)

    def t(self, x, y, s, f="Helvetica", sz=9, a="l", col=None):
        s = str(s)
        w = stringWidth(s, f, sz)
        x0 = x if a == "l" else (x - w if a == "r" else x - w / 2)
        box = (x0, y - 0.22 * sz, x0 + w, y + 0.76 * sz)
        if box[0] < 1 or box[2] > self.W - 1 or box[1] < 1 or box[3] > self.H - 1:
            raise LayoutError(f"off page: {s!r} {box}")
        self.runs[-1].append((box, s))
        self.low = min(self.low, box[1])
        self.c.setFillColorRGB(*(col or self.col))
        self.c.setFont(f, sz)
        self.c.drawString(x0, y, s)
        return w

    def fill(self, rgb):
        self.c.setFillColorRGB(*rgb)

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, r=0):
        c = self.c
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(lw)
        if r:
            c.roundRect(x, y, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def line(self, x0, y0, x1, y1, lw=0.5, col=(0, 0, 0), dash=None):
        c = self.c
        c.setStrokeColorRGB(*col)
        c.setLineWidth(lw)
        c.setDash(*(dash or ([], 0)))
        c.line(x0, y0, x1, y1)
        c.setDash([], 0)

    def circle(self, x, y, r, fill=None, stroke=None, lw=1):
        if fill:
            self.c.setFillColorRGB(*fill)
        if stroke:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(lw)
        self.c.circle(x, y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def qr(self, x, y, size, seed, n=25, col=(0, 0, 0)):
        rnd = random.Random(seed)
        cell = size / n
        self.c.setFillColorRGB(*col)
        for i in range(n):
            for j in range(n):
                finder = any(
                    i0 <= i < i0 + 7 and j0 <= j < j0 + 7
                    for i0, j0 in [(0, 0), (0, n - 7), (n - 7, 0)]
                )
                if finder:
                    ii, jj = (i if i < 7 else i - (n - 7)), (j if j < 7 else j - (n - 7))
                    on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
                else:
                    on = rnd.random() < 0.5
                if on:
                    self.c.rect(
                        x + j * cell, y + size - (i + 1) * cell, cell, cell, stroke=0, fill=1
                    )

    def page(self):
        self.c.showPage()
        self.runs.append([])

    def save(self) -> bytes:
        for pg, runs in enumerate(self.runs):
            for i in range(len(runs)):
                a, sa = runs[i]
                for j in range(i + 1, len(runs)):
                    b, sb = runs[j]
                    if (
                        a[0] < b[2] - 0.4
                        and b[0] < a[2] - 0.4
                        and a[1] < b[3] - 0.4
                        and b[1] < a[3] - 0.4
                    ):
                        raise LayoutError(f"overlap on page {pg + 1}: {sa!r} / {sb!r}")
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def table(
    p,
    y,
    cols,
    rows,
    f="Helvetica",
    fb="Helvetica-Bold",
    sz=9,
    lead=14,
    head=True,
    hcol=None,
    rule=None,
    hfill=None,
    hsz=None,
):
    """cols: [(header, x, align)], rows: list of tuples of str. Returns y below the table."""
    if head:
        if hfill:
            p.rect(
                cols[0][1] - 6 if cols[0][2] == "l" else cols[0][1] - 60,
                y - 4,
                p.W - 2 * (cols[0][1] - 6),
                lead,
                fill=hfill,
            )
        for h, x, a in cols:
            p.t(x, y, h, fb, hsz or sz, a, col=hcol)
        y -= lead
        if rule:
            p.line(rule[0], y + lead * 0.62, rule[1], y + lead * 0.62, 0.6)
    for r in rows:
        for (_h, x, a), v in zip(cols, r, strict=False):
            if v is None:
                continue
            p.t(x, y, v, f, sz, a)
        y -= lead
    return y


def kv(p, xl, xr, y, pairs, f="Helvetica", fb="Helvetica-Bold", sz=9, lead=14, col=None):
    """pairs: (label, value, bold?)"""
    for pr in pairs:
        lab, val = pr[0], pr[1]
        b = len(pr) > 2 and pr[2]
        p.t(xl, y, lab, fb if b else f, sz, "l", col=col)
        p.t(xr, y, val, fb if b else f, sz, "r", col=col)
        y -= lead
    return y


def lines_of(p, x, y, texts, f="Helvetica", sz=9, lead=12, a="l", col=None):
    for s in texts:
        p.t(x, y, s, f, sz, a, col=col)
        y -= lead
    return y


def items(spec):
    """spec: [(desc, qty, unit)] -> list of dicts with Decimal amount."""
    out = []
    for d, q, u in spec:
        out.append(
            {"description": d, "quantity": D(q), "unit_price": q2(u), "amount": q2(D(q) * q2(u))}
        )
    return out


def tax_by_rate(its, rates):
    """rates: list parallel to its (percent). returns {rate: (base, tax)} with tax rounded per rate."""
    agg = {}
    for it, r in zip(its, rates, strict=False):
        agg.setdefault(r, D(0))
        agg[r] += it["amount"]
    return {r: (b, q2(b * D(r) / 100)) for r, b in agg.items()}


def incl_vat(gross, rate):
    """VAT contained in a gross amount."""
    g = q2(gross)
    v = q2(g * D(rate) / (100 + D(rate)))
    return g - v, v


def li_json(its):
    return [
        {
            "description": it["description"],
            "quantity": str(it["quantity"]),
            "unit_price": str(it["unit_price"]),
            "amount": str(it["amount"]),
        }
        for it in its
    ]


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
    its,
    note,
    tip=0,
    rounding=0,
):
    amount, total = q2(amount), q2(total)
    vv = q2(vat) if vat is not None else D(0)
    assert amount + vv + q2(tip) + q2(rounding) == total, (
        number,
        amount,
        vat,
        tip,
        rounding,
        total,
    )
    if q2(tip):
        note += f" [tip {q2(tip)} is in total but not in amount/vat]"
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": str(amount),
        "vat": None if vat is None else str(q2(vat)),
        "total": str(total),
        "currency": cur,
        "locale": loc,
        "layout": layout,
        "document_type": dtype,
        "line_items": its if its and isinstance(its[0].get("amount"), str) else li_json(its or []),
        "note": note,
    }


# ---------------------------------------------------------------- rendering / degradation


def rasterize(pdf: bytes, dpi: float, page=0, grey=False) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    img = doc[page].render(scale=dpi / 72.0).to_pil().convert("RGB")
    doc.close()
    return img.convert("L") if grey else img


def scan_img(
    pdf,
    rnd,
    dpi=200,
    grey=True,
    skew=1.0,
    blur=0.6,
    noise=6,
    specks=40,
    fade=False,
    width=None,
    tint=None,
):
    img = rasterize(pdf, dpi, grey=False)
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    rng = np.random.default_rng(rnd.randrange(2**31))
    if fade:  # thermal fading: lighten ink unevenly along the roll
        ramp = np.linspace(rnd.uniform(0.0, 0.25), rnd.uniform(0.3, 0.5), h)[:, None, None]
        ramp = ramp + rng.normal(0, 0.04, (1, w, 1))
        a = 255 - (255 - a) * (1 - np.clip(ramp, 0, 0.6))
    if tint:
        a = a * np.array(tint, dtype=np.float32)[None, None, :]
    pad = int(0.03 * max(h, w))
    a = cv2.copyMakeBorder(a, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(250, 250, 248))
    ang = skew
    M = cv2.getRotationMatrix2D((a.shape[1] / 2, a.shape[0] / 2), ang, 1.0)
    a = cv2.warpAffine(
        a, M, (a.shape[1], a.shape[0]), flags=cv2.INTER_LINEAR, borderValue=(246, 246, 243)
    )
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = a + rng.normal(0, noise, a.shape)
    for _ in range(specks):
        y0, x0 = rng.integers(0, a.shape[0]), rng.integers(0, a.shape[1])
        r = int(rng.integers(1, 3))
        cv2.circle(a, (int(x0), int(y0)), r, (60, 60, 60), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if grey:
        out = out.convert("L")
    if width:
        out = out.resize((width, int(out.height * width / out.width)), Image.LANCZOS)
    return out


def texture(rnd, w, h):
    rng = np.random.default_rng(rnd.randrange(2**31))
    base = np.array(
        rnd.choice([(120, 90, 60), (150, 150, 145), (90, 100, 110), (180, 160, 130), (60, 60, 64)]),
        dtype=np.float32,
    )
    n = cv2.resize(
        rng.normal(0, 1, (h // 16 + 1, w // 16 + 1)).astype(np.float32),
        (w, h),
        interpolation=cv2.INTER_CUBIC,
    )
    grain = np.sin(np.linspace(0, rnd.uniform(20, 60), w))[None, :] * 6
    a = base[None, None, :] + (n * 14 + grain)[:, :, None] + rng.normal(0, 4, (h, w, 1))
    return np.clip(a, 0, 255).astype(np.float32)


def photo_img(pdf, rnd, long_side=2000, dpi=170, fold=True, quality=72) -> Image.Image:
    doc = np.asarray(rasterize(pdf, dpi)).astype(np.float32)
    h, w = doc.shape[:2]
    if fold:
        fx = int(h * rnd.uniform(0.35, 0.65))
        band = np.ones((h, 1, 1), np.float32)
        band[max(0, fx - 6) : fx, 0, 0] = 0.9
        band[fx : fx + 4, 0, 0] = 1.04
        doc = doc * band
    s = long_side / max(h, w) * rnd.uniform(0.78, 0.86)
    dw, dh = w * s, h * s
    W = int(long_side if w > h else long_side * rnd.uniform(0.72, 0.8))
    H = int(long_side if h >= w else long_side * rnd.uniform(0.72, 0.8))
    if dh > H * 0.9 or dw > W * 0.9:
        k = min(H * 0.9 / dh, W * 0.9 / dw)
        dw, dh = dw * k, dh * k
    cx, cy = W / 2 + rnd.uniform(-0.03, 0.03) * W, H / 2 + rnd.uniform(-0.03, 0.03) * H
    j = lambda: rnd.uniform(-0.035, 0.035) * min(W, H)  # noqa: E731
    dst = np.float32(
        [
            [cx - dw / 2 + j(), cy - dh / 2 + j()],
            [cx + dw / 2 + j(), cy - dh / 2 + j()],
            [cx + dw / 2 + j(), cy + dh / 2 + j()],
            [cx - dw / 2 + j(), cy + dh / 2 + j()],
        ]
    )
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, dst)
    bg = texture(rnd, W, H)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))
    # soft drop shadow
    sh = cv2.GaussianBlur(
        cv2.warpAffine(mask, np.float32([[1, 0, 12], [0, 1, 16]]), (W, H)), (0, 0), 14
    )
    bg = bg * (1 - 0.45 * sh[:, :, None])
    a = bg * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    # uneven light + a hand/phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rnd.uniform(0, W), rnd.uniform(0, H)
    light = 1.08 - 0.28 * np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(W, H)
    ang = rnd.uniform(0, math.pi)
    d = (xx - W * rnd.uniform(0.5, 0.9)) * math.cos(ang) + (
        yy - H * rnd.uniform(0.5, 0.9)
    ) * math.sin(ang)
    shadow = 1 - 0.22 * (1 / (1 + np.exp(-d / (0.03 * W))))
    a = a * (light * shadow)[:, :, None] * np.array([1.0, 0.98, 0.93], np.float32)
    a = cv2.GaussianBlur(a, (0, 0), rnd.uniform(0.6, 1.0))
    rng = np.random.default_rng(rnd.randrange(2**31))
    a = np.clip(a + rng.normal(0, 3.5, a.shape), 0, 255).astype(np.uint8)
    return Image.fromarray(a)


def image_pdf(img: Image.Image, page=A4) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=page, invariant=1)
    c.drawImage(ImageReader(img), 0, 0, page[0], page[1])
    c.showPage()
    c.save()
    return buf.getvalue()


def roll(name, width_mm, draw):
    """Receipt roll as long as its content: draw(p) starts at p.H - 14 and goes down."""
    p = P(width_mm * mm, 3000, name)
    draw(p)
    h = 3000 - p.low + 16
    p = P(width_mm * mm, h, name)
    draw(p)
    return p.save()


def phone(p, dark=False, time="9:41", carrier=None):
    """Status bar on a phone-screenshot canvas. Returns y below the status bar."""
    fg = (1, 1, 1) if dark else (0, 0, 0)
    bg = (0.06, 0.06, 0.07) if dark else (1, 1, 1)
    p.rect(0, 0, p.W, p.H, fill=bg)
    y = p.H - 26
    p.t(30, y, time, "DVB", 12, col=fg)
    x = p.W - 30
    p.rect(x - 24, y - 2, 22, 11, stroke=fg, lw=1, r=3)
    p.rect(x - 22, y, 15, 7, fill=fg, r=1.5)
    p.rect(x - 1.5, y + 1.5, 1.8, 4, fill=fg)
    for i in range(4):
        p.rect(x - 58 + i * 5, y - 1, 3, 3 + i * 2.3, fill=fg)
    if carrier:
        p.t(x - 64, y, carrier, "DV", 9, "r", col=fg)
    p.circle(x - 34, y + 2, 3.5, stroke=fg, lw=1.1)
    p.col = fg
    return p.H - 50


def screenshot(pdf, scale=3.0) -> Image.Image:
    return rasterize(pdf, 72 * scale)


def money(v, pre="", suf="", style="us"):
    v = q2(v)
    return ("-" if v < 0 else "") + pre + fmt(abs(v), style) + suf


# ================================================================ invoices


def i01(name, rnd):
    """Stripe-like subscription invoice, US, proration lines, applied customer balance."""
    W, H = LETTER
    p = P(W, H, name)
    its = items(
        [
            ("Team plan (× 12 seats), Mar 3 – Apr 3, 2026", 12, "29.00"),
            ("Remaining time on Team (× 12) after 17 Feb 2026", 1, "101.79"),
            ("Unused time on Starter (× 8) after 17 Feb 2026", 1, "-45.50"),
            ("Extra data retention (90 days)", 1, "15.00"),
        ]
    )
    sub = sum(i["amount"] for i in its)
    tax = q2(sub * D("0.08875"))
    tot = sub + tax
    bal = D("-50.00")
    due = tot + bal
    g = (0.25, 0.27, 0.33)
    p.t(48, H - 70, "Invoice", "DVB", 22)
    p.rect(W - 120, H - 78, 26, 26, fill=(0.38, 0.33, 0.93), r=6)
    p.t(W - 107, H - 71, "N", "DVB", 15, "c", col=(1, 1, 1))
    y = kv(
        p,
        48,
        300,
        H - 110,
        [
            ("Invoice number", "7F3A9C21-0004"),
            ("Date of issue", "March 3, 2026"),
            ("Date due", "March 3, 2026"),
        ],
        "DV",
        "DV",
        8.5,
        13,
    )
    y -= 14
    lines_of(
        p,
        48,
        y,
        [
            "Northwind Analytics, Inc.",
            "548 Market Street, Suite 41020",
            "San Francisco, California 94104",
            "United States",
            "billing@northwind-analytics.io",
        ],
        "DV",
        8.5,
        12,
    )
    p.t(250, y, "Bill to", "DVB", 8.5)
    lines_of(
        p,
        250,
        y - 12,
        [
            "Harbor Lane Logistics",
            "Attn: Accounts Payable",
            "221 W 29th St, Floor 6",
            "New York, New York 10001",
            "ap@harborlane.co",
        ],
        "DV",
        8.5,
        12,
    )
    y -= 86
    p.t(48, y, f"${fmt(due)} due March 3, 2026", "DVB", 15)
    p.t(48, y - 20, "Pay online", "DV", 9, col=(0.38, 0.33, 0.93))
    y -= 56
    cols = [
        ("Description", 48, "l"),
        ("Qty", 380, "r"),
        ("Unit price", 470, "r"),
        ("Amount", W - 48, "r"),
    ]
    rows = [
        (i["description"], str(i["quantity"]), money(i["unit_price"], "$"), money(i["amount"], "$"))
        for i in its
    ]
    p.line(48, y - 5, W - 48, y - 5, 0.5, g)
    y = table(p, y, cols, rows, "DV", "DV", 8.5, 20, hcol=g)
    p.line(330, y + 8, W - 48, y + 8, 0.5, (0.8, 0.8, 0.85))
    y = kv(
        p,
        330,
        W - 48,
        y - 6,
        [
            ("Subtotal", money(sub, "$")),
            ("Total excluding tax", money(sub, "$")),
            (f"Sales tax - New York (8.875% on ${fmt(sub)})", money(tax, "$")),
            ("Total", money(tot, "$")),
            ("Applied balance", money(bal, "$")),
            ("Amount due", money(due, "$"), True),
        ],
        "DV",
        "DVB",
        8.5,
        17,
    )
    p.line(48, 60, W - 48, 60, 0.4, (0.85, 0.85, 0.88))
    p.t(48, 44, f"7F3A9C21-0004 · ${fmt(due)} due March 3, 2026", "DV", 7.5, col=g)
    p.t(W - 48, 44, "Page 1 of 1", "DV", 7.5, "r", col=g)
    t = truth(
        "7F3A9C21-0004",
        "2026-03-03",
        "2026-03-03",
        "Northwind Analytics, Inc.",
        sub,
        tax,
        tot,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        its,
        "Stripe-like: proration credit line (negative), applied customer balance makes 'Amount due' differ from Total; total keyed as invoice Total",
    )
    return p.save(), t


def i02(name, rnd):
    """Paddle-like merchant-of-record invoice, UK seller, USD billed to a German consumer, VAT in EUR."""
    W, H = A4
    p = P(W, H, name)
    its = items(
        [
            ("Framekit Pro — Annual licence (1 seat)", 1, "149.00"),
            ("Framekit Cloud Sync add-on — Annual", 1, "36.00"),
        ]
    )
    sub = sum(i["amount"] for i in its)
    vat = q2(sub * D("0.19"))
    tot = sub + vat
    fx = D("0.9214")
    p.rect(0, H - 8, W, 8, fill=(0.1, 0.12, 0.2))
    p.t(50, H - 60, "quaystone", "DVB", 24, col=(0.1, 0.12, 0.2))
    p.circle(W - 70, H - 52, 12, fill=(0.98, 0.78, 0.2))
    p.t(50, H - 100, "Invoice", "DVL", 20)
    y = kv(
        p,
        50,
        260,
        H - 130,
        [
            ("Invoice number", "QS-51873390"),
            ("Invoice date", "16 January 2026"),
            ("Order ID", "ord_01HX9ZQ"),
            ("Payment method", "Visa •••• 4821"),
        ],
        "DV",
        "DV",
        8.5,
        13,
    )
    lines_of(
        p,
        330,
        H - 130,
        [
            "Seller (merchant of record):",
            "Quaystone Market Ltd",
            "3 Orchard Place, 2nd Floor",
            "London SW1H 0BL, United Kingdom",
            "VAT reg. GB 402 6158 37",
            "EU OSS VAT no. EU372041156",
        ],
        "DV",
        8.5,
        12,
    )
    y -= 34
    p.t(50, y, "Billed to", "DVB", 9)
    lines_of(
        p, 50, y - 13, ["Jana Hoffmann", "Lindenstraße 14", "10969 Berlin, Germany"], "DV", 8.5, 12
    )
    p.t(330, y, "Product provided by", "DVB", 9)
    lines_of(
        p,
        330,
        y - 13,
        ["Framekit Labs (Lumen Softworks Oy)", "Sold via Quaystone on behalf of the developer"],
        "DV",
        8,
        12,
    )
    y -= 80
    p.rect(45, y - 5, W - 90, 18, fill=(0.94, 0.95, 0.97))
    y = table(
        p,
        y,
        [
            ("Product", 52, "l"),
            ("Qty", 360, "r"),
            ("Unit price (USD)", 460, "r"),
            ("Net (USD)", W - 52, "r"),
        ],
        [(i["description"], "1", fmt(i["unit_price"]), fmt(i["amount"])) for i in its],
        "DV",
        "DVB",
        8.5,
        22,
    )
    y -= 6
    y = kv(
        p,
        330,
        W - 52,
        y,
        [
            ("Subtotal", "US$" + fmt(sub)),
            ("VAT (19% Germany)", "US$" + fmt(vat)),
            ("Total", "US$" + fmt(tot), True),
            ("Amount paid", "US$" + fmt(tot)),
            ("Amount due", "US$0.00"),
        ],
        "DV",
        "DVB",
        9,
        16,
    )
    y -= 16
    p.rect(45, y - 44, W - 90, 56, stroke=(0.75, 0.75, 0.8))
    lines_of(
        p,
        55,
        y,
        [
            "VAT shown in EUR for your tax records (ECB rate 16 Jan 2026: 1 USD = 0.9214 EUR)",
            f"Net EUR {fmt(q2(sub * fx), 'de')}   ·   VAT 19% EUR {fmt(q2(vat * fx), 'de')}   ·   Total EUR {fmt(q2(sub * fx) + q2(vat * fx), 'de')}",
            "Charged in USD. Your bank may apply its own exchange rate.",
        ],
        "DV",
        8,
        13,
    )
    lines_of(
        p,
        50,
        70,
        [
            "Quaystone Market Ltd is the merchant of record for this order and the seller of the product.",
            "Registered in England and Wales, company no. 08842197. Questions? quaystone.net/help",
        ],
        "DV",
        7,
        10,
        col=(0.4, 0.4, 0.45),
    )
    t = truth(
        "QS-51873390",
        "2026-01-16",
        None,
        "Quaystone Market Ltd",
        sub,
        vat,
        tot,
        "USD",
        "en-GB",
        "invoice",
        "invoice",
        its,
        "Paddle-like merchant of record (seller is the MoR, not the developer); USD billed to German consumer with a EUR VAT conversion box; paid in full, Amount due 0.00",
    )
    return p.save(), t


def i03(name, rnd):
    """Shopify-like order invoice, Canada (BC), GST + PST, shipping."""
    W, H = LETTER
    p = P(W, H, name)
    its = items(
        [
            ("Hand-thrown stoneware mug — Fog / 12 oz", 4, "34.00"),
            ("Linen tea towel set of 3 — Sage", 2, "28.50"),
            ("Beeswax candle, tall taper (pair)", 3, "18.00"),
            ("Gift wrapping", 1, "6.00"),
        ]
    )
    sub = sum(i["amount"] for i in its)
    ship = D("14.95")
    net = sub + ship
    gst = q2(net * D("0.05"))
    pst = q2(sub * D("0.07"))
    tot = net + gst + pst
    p.t(50, H - 64, "MAPLE & MOSS", "Times-Bold", 24)
    p.t(50, H - 80, "goods for slow living", "Times-Italic", 10)
    lines_of(
        p,
        W - 50,
        H - 56,
        ["Invoice for #MM1047", "Order date: February 8, 2026", "maplemoss.ca"],
        "Helvetica",
        9,
        13,
        "r",
    )
    p.line(50, H - 96, W - 50, H - 96, 0.8)
    y = H - 118
    p.t(50, y, "Bill to", "Helvetica-Bold", 9)
    lines_of(
        p,
        50,
        y - 13,
        ["Priya Raman", "1880 W 4th Ave, Unit 302", "Vancouver BC V6J 1M3", "Canada"],
        "Helvetica",
        9,
        12,
    )
    p.t(230, y, "Ship to", "Helvetica-Bold", 9)
    lines_of(
        p,
        230,
        y - 13,
        ["Priya Raman", "1880 W 4th Ave, Unit 302", "Vancouver BC V6J 1M3", "Canada"],
        "Helvetica",
        9,
        12,
    )
    p.t(410, y, "From", "Helvetica-Bold", 9)
    lines_of(
        p,
        410,
        y - 13,
        [
            "Maple & Moss Goods Ltd.",
            "455 Industrial Ave",
            "Vancouver BC V6A 2P3",
            "GST/HST # 78214 5530 RT0001",
            "PST # PST-1203-4471",
        ],
        "Helvetica",
        9,
        12,
    )
    y -= 92
    p.t(50, y, "Order details", "Helvetica-Bold", 11)
    y -= 20
    y = table(
        p,
        y,
        [("Quantity", 50, "l"), ("Item", 110, "l"), ("Price", 440, "r"), ("Total", W - 50, "r")],
        [
            (
                str(i["quantity"]),
                i["description"],
                "$" + fmt(i["unit_price"]),
                "$" + fmt(i["amount"]),
            )
            for i in its
        ],
        rule=(50, W - 50),
        lead=18,
    )
    p.line(50, y + 8, W - 50, y + 8, 0.6)
    y = kv(
        p,
        360,
        W - 50,
        y - 8,
        [
            ("Subtotal", "$" + fmt(sub)),
            ("Shipping (Canada Post Expedited)", "$" + fmt(ship)),
            ("GST 5%", "$" + fmt(gst)),
            ("PST 7%", "$" + fmt(pst)),
            ("Total", "$" + fmt(tot) + " CAD", True),
            ("Paid by customer", "$" + fmt(tot)),
        ],
        lead=16,
    )
    p.t(50, y - 20, "Payment: Visa ending in 1170 — paid Feb 8, 2026", "Helvetica", 9)
    p.t(
        W / 2,
        60,
        "Thank you for shopping with us! Questions? hello@maplemoss.ca",
        "Helvetica-Oblique",
        9,
        "c",
    )
    t = truth(
        "MM1047",
        "2026-02-08",
        None,
        "Maple & Moss Goods Ltd.",
        net,
        gst + pst,
        tot,
        "CAD",
        "en-CA",
        "invoice",
        "invoice",
        its,
        "Shopify-like order invoice: number is the order number #MM1047; wordmark differs from legal name; GST on goods+shipping, PST on goods only; vat = GST + PST; amount includes shipping",
    )
    return p.save(), t


def i04(name, rnd):
    """Square-like invoice paid in full, US."""
    W, H = LETTER
    p = P(W, H, name)
    its = items(
        [
            ("Exterior window cleaning — 2-storey home (28 panes)", 1, "285.00"),
            ("Screen cleaning", 28, "3.50"),
            ("Gutter clearing, front and back", 1, "140.00"),
        ]
    )
    sub = sum(i["amount"] for i in its)
    tax = q2(sub * D("0.0625"))
    tot = sub + tax
    p.circle(W / 2, H - 70, 24, fill=(0.1, 0.45, 0.75))
    p.t(W / 2, H - 76, "BW", "DVB", 16, "c", col=(1, 1, 1))
    p.t(W / 2, H - 116, "Brightline Window Cleaning LLC", "DVB", 14, "c")
    p.t(W / 2, H - 132, "17 Cedar St · Worcester, MA 01609 · (508) 555-0193", "DV", 8.5, "c")
    p.rect(60, H - 200, W - 120, 50, fill=(0.95, 0.97, 0.95))
    p.t(W / 2, H - 172, "PAID", "DVB", 16, "c", col=(0.1, 0.55, 0.25))
    p.t(W / 2, H - 190, "Thank you — payment received February 19, 2026", "DV", 9, "c")
    y = H - 232
    kv(
        p,
        60,
        270,
        y,
        [("Invoice #", "000231"), ("Invoice date", "Feb 12, 2026"), ("Due date", "Feb 26, 2026")],
        "DV",
        "DV",
        9,
        14,
    )
    p.t(330, y, "Billed to", "DVB", 9)
    lines_of(
        p,
        330,
        y - 14,
        ["Marcus & Ellen Doyle", "44 Hillside Rd", "Shrewsbury, MA 01545"],
        "DV",
        9,
        13,
    )
    y -= 70
    y = table(
        p,
        y,
        [("Item", 60, "l"), ("Qty", 400, "r"), ("Price", 470, "r"), ("Amount", W - 60, "r")],
        [
            (
                i["description"],
                str(i["quantity"]),
                "$" + fmt(i["unit_price"]),
                "$" + fmt(i["amount"]),
            )
            for i in its
        ],
        "DV",
        "DVB",
        9,
        20,
        rule=(60, W - 60),
    )
    p.line(60, y + 10, W - 60, y + 10, 0.5)
    y = kv(
        p,
        330,
        W - 60,
        y - 6,
        [
            ("Subtotal", "$" + fmt(sub)),
            ("Sales Tax (6.25%)", "$" + fmt(tax)),
            ("Total", "$" + fmt(tot), True),
            ("Amount paid", "-$" + fmt(tot)),
            ("Amount due", "$0.00", True),
        ],
        "DV",
        "DVB",
        9.5,
        17,
    )
    p.t(60, y - 20, "Paid with Mastercard •••• 7734 on Feb 19, 2026 · Receipt #7KQ2", "DV", 8.5)
    p.t(W / 2, 50, "Powered by Tile · Secure payments", "DV", 7.5, "c", col=(0.5, 0.5, 0.5))
    t = truth(
        "000231",
        "2026-02-12",
        "2026-02-26",
        "Brightline Window Cleaning LLC",
        sub,
        tax,
        tot,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        its,
        "Square-like invoice paid in full: 'Amount paid -$X' and 'Amount due $0.00' — total is the invoice Total, not the amount due",
    )
    return p.save(), t


def i05(name, rnd):
    """QuickBooks-like invoice, US (TX), discount, shipping, Net 30."""
    W, H = LETTER
    p = P(W, H, name)
    its = items(
        [
            ("Custom cedar planter box 36in", 6, "145.00"),
            ("Drip irrigation kit, 20 emitters", 2, "62.50"),
            ("Raised bed soil mix (cu yd)", 3, "78.00"),
            ("Installation labor (hrs)", 5, "55.00"),
        ]
    )
    sub = sum(i["amount"] for i in its)
    disc = q2(sub * D("0.10"))
    ship = D("45.00")
    taxable = sub - disc
    tax = q2(taxable * D("0.0825"))
    net = sub - disc + ship
    tot = net + tax
    green = (0.17, 0.5, 0.27)
    p.t(40, H - 60, "Greenhaven Outdoor Supply LLC", "Helvetica-Bold", 13)
    lines_of(
        p,
        40,
        H - 76,
        [
            "2210 Farm to Market Rd 1960",
            "Houston, TX 77073",
            "(281) 555-0148  orders@greenhavensupply.com",
        ],
        "Helvetica",
        9,
        12,
    )
    p.rect(W - 130, H - 96, 90, 50, fill=green, r=4)
    p.t(W - 85, H - 78, "GH", "Helvetica-Bold", 20, "c", col=(1, 1, 1))
    p.t(40, H - 135, "INVOICE", "Helvetica", 20, col=green)
    y = H - 165
    p.t(40, y, "BILL TO", "Helvetica-Bold", 8)
    lines_of(
        p,
        40,
        y - 12,
        [
            "Lakeside Montessori School",
            "Attn: Facilities",
            "901 Shoreline Dr",
            "Kingwood, TX 77345",
        ],
        "Helvetica",
        9,
        12,
    )
    p.t(200, y, "SHIP TO", "Helvetica-Bold", 8)
    lines_of(
        p,
        200,
        y - 12,
        ["Lakeside Montessori School", "901 Shoreline Dr", "Kingwood, TX 77345"],
        "Helvetica",
        9,
        12,
    )
    kv(
        p,
        400,
        W - 40,
        y,
        [
            ("INVOICE #", "1089", True),
            ("DATE", "02/14/2026"),
            ("DUE DATE", "03/16/2026"),
            ("TERMS", "Net 30"),
        ],
        "Helvetica",
        "Helvetica-Bold",
        9,
        14,
    )
    y -= 78
    p.rect(36, y - 5, W - 72, 17, fill=(0.86, 0.93, 0.88))
    rows = [
        ("02/10/2026", i["description"], str(i["quantity"]), fmt(i["unit_price"]), fmt(i["amount"]))
        for i in its
    ]
    y = table(
        p,
        y,
        [
            ("DATE", 40, "l"),
            ("DESCRIPTION", 110, "l"),
            ("QTY", 400, "r"),
            ("RATE", 480, "r"),
            ("AMOUNT", W - 40, "r"),
        ],
        rows,
        lead=20,
        hcol=green,
    )
    p.line(40, y + 8, W - 40, y + 8, 0.4, (0.6, 0.6, 0.6), dash=([2, 2], 0))
    y = kv(
        p,
        360,
        W - 40,
        y - 10,
        [
            ("SUBTOTAL", fmt(sub)),
            ("DISCOUNT 10%", "-" + fmt(disc)),
            ("TAXABLE AMOUNT", fmt(taxable)),
            ("TAX (8.25%)", fmt(tax)),
            ("SHIPPING", fmt(ship)),
            ("TOTAL", fmt(tot)),
            ("BALANCE DUE", "$" + fmt(tot), True),
        ],
        lead=16,
    )
    p.t(40, y + 60, "Thank you for your business!", "Helvetica-Oblique", 9)
    p.t(
        40,
        50,
        "Pay online at greenhavensupply.com/pay · Checks payable to Greenhaven Outdoor Supply LLC",
        "Helvetica",
        7.5,
        col=(0.4, 0.4, 0.4),
    )
    t = truth(
        "1089",
        "2026-02-14",
        "2026-03-16",
        "Greenhaven Outdoor Supply LLC",
        net,
        tax,
        tot,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        its,
        "QuickBooks-like: 10% discount before tax, untaxed shipping listed after tax; net = subtotal - discount + shipping (not the printed 'taxable amount'); MM/DD/YYYY dates",
    )
    return p.save(), t


def i06(name, rnd):
    """Xero-like tax invoice, New Zealand, GST 15%, payment advice slip."""
    W, H = A4
    p = P(W, H, name)
    its = items(
        [
            ("Website maintenance retainer — March 2026", 1, "850.00"),
            ("Additional development hours", "6.5", "135.00"),
            ("Domain renewal kiwiorchard.co.nz (1 yr)", 1, "39.00"),
        ]
    )
    sub = sum(i["amount"] for i in its)
    gst = q2(sub * D("0.15"))
    tot = sub + gst
    p.t(40, H - 70, "TAX INVOICE", "Helvetica-Bold", 22)
    lines_of(
        p,
        40,
        H - 100,
        ["Kiwi Orchard Holdings Ltd", "Attention: Sam Whitcombe", "PO Box 3321", "Hastings 4156"],
        "Helvetica",
        9,
        12,
    )
    p.t(300, H - 70, "Invoice Date", "Helvetica-Bold", 8)
    lines_of(
        p,
        300,
        H - 80,
        [
            "3 Mar 2026",
            "",
            "Invoice Number",
            "INV-0417",
            "",
            "Reference",
            "MAR-RETAINER",
            "",
            "GST Number",
            "113-482-906",
        ],
        "Helvetica",
        8,
        10,
    )
    lines_of(
        p,
        430,
        H - 70,
        [
            "Tui Digital Limited",
            "Level 2, 14 Tennyson Street",
            "Napier South",
            "Napier 4110",
            "NEW ZEALAND",
        ],
        "Helvetica",
        8,
        10,
    )
    y = H - 215
    y = table(
        p,
        y,
        [
            ("Description", 40, "l"),
            ("Quantity", 330, "r"),
            ("Unit Price", 400, "r"),
            ("GST", 450, "r"),
            ("Amount NZD", W - 40, "r"),
        ],
        [
            (i["description"], str(i["quantity"]), fmt(i["unit_price"]), "15%", fmt(i["amount"]))
            for i in its
        ],
        "Helvetica",
        "Helvetica-Bold",
        8.5,
        18,
        rule=(40, W - 40),
    )
    p.line(40, y + 8, W - 40, y + 8, 0.4)
    y = kv(
        p,
        330,
        W - 40,
        y - 4,
        [("Subtotal", fmt(sub)), ("TOTAL GST 15%", fmt(gst)), ("TOTAL NZD", fmt(tot), True)],
        "Helvetica",
        "Helvetica-Bold",
        8.5,
        15,
    )
    y -= 20
    p.t(40, y, "Due Date: 20 Mar 2026", "Helvetica-Bold", 9)
    lines_of(
        p,
        40,
        y - 14,
        [
            "Please pay by direct credit to Tui Digital Limited, ANZ 06-0641-0398117-00, using INV-0417 as reference.",
            "Company Number 6129054 · Registered office as above",
        ],
        "Helvetica",
        8,
        11,
    )
    yc = 250
    p.line(20, yc, W - 20, yc, 0.6, dash=([4, 3], 0))
    p.t(40, yc - 12, "✂", "DV", 9)
    p.t(40, yc - 40, "PAYMENT ADVICE", "Helvetica-Bold", 16)
    lines_of(
        p,
        40,
        yc - 62,
        ["To: Tui Digital Limited", "Level 2, 14 Tennyson Street", "Napier South, Napier 4110"],
        "Helvetica",
        8.5,
        11,
    )
    kv(
        p,
        300,
        W - 40,
        yc - 40,
        [
            ("Customer", "Kiwi Orchard Holdings Ltd"),
            ("Invoice Number", "INV-0417"),
            ("Amount Due", fmt(tot), True),
            ("Due Date", "20 Mar 2026"),
            ("Amount Enclosed", ""),
        ],
        "Helvetica",
        "Helvetica-Bold",
        8.5,
        16,
    )
    p.line(430, yc - 108, W - 40, yc - 108, 0.5)
    p.t(W - 40, yc - 122, "Enter the amount you are paying above", "Helvetica", 7, "r")
    t = truth(
        "INV-0417",
        "2026-03-03",
        "2026-03-20",
        "Tui Digital Limited",
        sub,
        gst,
        tot,
        "NZD",
        "en-NZ",
        "invoice",
        "invoice",
        its,
        "Xero-like: customer block top-left, seller block top-right; detached payment-advice slip repeats number and amount; decimal quantity 6.5",
    )
    return p.save(), t


def i07(name, rnd):
    """FreshBooks-like time invoice, Canada (ON), HST 13%, two pages."""
    W, H = LETTER
    p = P(W, H, name)
    tasks = [
        "Design review",
        "Client call",
        "Wireframes — checkout",
        "Copy edits",
        "Prototype iteration",
        "Usability test prep",
        "Usability sessions",
        "Synthesis & report",
        "Design system tokens",
        "Handoff notes",
    ]
    spec = []
    for k in range(26):
        d = 2 + k
        day = f"Feb {d:02d}" if d <= 28 else f"Mar {d - 28:02d}"
        hrs = D(rnd.choice(["0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "4.0"]))
        spec.append((f"{day}: {tasks[k % len(tasks)]}", hrs, "95.00"))
    its = items(spec)
    sub = sum(i["amount"] for i in its)
    hst = q2(sub * D("0.13"))
    tot = sub + hst
    blue = (0.0, 0.45, 0.8)

    def header(pg):
        p.rect(0, H - 24, W, 24, fill=blue)
        p.t(40, H - 60, "Okafor Studio Inc.", "DVB", 14)
        p.t(W - 40, H - 60, f"Page {pg} of 2", "DV", 8, "r", col=(0.4, 0.4, 0.4))

    header(1)
    lines_of(
        p,
        40,
        H - 76,
        ["118 Ossington Ave", "Toronto, Ontario M6J 2Z5", "HST # 81427 3306 RT0001"],
        "DV",
        8.5,
        12,
    )
    y = H - 130
    p.t(40, y, "Billed To", "DV", 8, col=(0.45, 0.45, 0.45))
    lines_of(
        p,
        40,
        y - 13,
        ["Redpath Credit Union", "200 Bay St, Suite 1400", "Toronto, ON M5J 2J2"],
        "DV",
        9,
        12,
    )
    for x, lab, val in [
        (210, "Date of Issue", "03/02/2026"),
        (210, "Due Date", "04/01/2026"),
        (330, "Invoice Number", "0000142"),
        (330, "Reference", "RCU-UX-Q1"),
    ]:
        yy = y if lab in ("Date of Issue", "Invoice Number") else y - 32
        p.t(x, yy, lab, "DV", 8, col=(0.45, 0.45, 0.45))
        p.t(x, yy - 13, val, "DV", 9)
    p.t(W - 40, y, "Amount Due (CAD)", "DV", 8, "r", col=(0.45, 0.45, 0.45))
    p.t(W - 40, y - 26, "$" + fmt(tot), "DVB", 20, "r")
    y -= 80
    p.line(40, y + 14, W - 40, y + 14, 2, blue)
    cols = [
        ("Description", 40, "l"),
        ("Rate", 400, "r"),
        ("Hours", 470, "r"),
        ("Line Total", W - 40, "r"),
    ]
    rows = [
        (i["description"], "$" + fmt(i["unit_price"]), str(i["quantity"]), "$" + fmt(i["amount"]))
        for i in its
    ]
    y = table(p, y, cols, rows[:18], "DV", "DVB", 8.5, 22)
    p.t(W - 40, y, "continued on page 2", "DV", 7.5, "r", col=(0.5, 0.5, 0.5))
    p.page()
    header(2)
    p.t(40, H - 80, "Invoice 0000142 (continued)", "DV", 9)
    y = table(p, H - 110, cols, rows[18:], "DV", "DVB", 8.5, 22)
    p.line(330, y + 10, W - 40, y + 10, 0.5)
    y = kv(
        p,
        330,
        W - 40,
        y - 6,
        [
            ("Subtotal", fmt(sub)),
            ("HST (13%)", fmt(hst)),
            ("Total", fmt(tot)),
            ("Amount Paid", "0.00"),
            ("Amount Due (CAD)", "$" + fmt(tot), True),
        ],
        "DV",
        "DVB",
        9,
        17,
    )
    lines_of(
        p,
        40,
        y - 20,
        [
            "Terms",
            "Payment due within 30 days. e-Transfer to pay@okaforstudio.ca or pay online via the link in your email.",
        ],
        "DV",
        8.5,
        13,
    )
    t = truth(
        "0000142",
        "2026-03-02",
        "2026-04-01",
        "Okafor Studio Inc.",
        sub,
        hst,
        tot,
        "CAD",
        "en-CA",
        "invoice",
        "invoice",
        its,
        "FreshBooks-like two-page time invoice: 26 hour lines split across pages, totals only on page 2; Amount Due shown big on page 1; dates MM/DD/YYYY",
    )
    return p.save(), t


def i08(name, rnd):
    """Zoho-like tax invoice, Ireland, VAT 23%."""
    W, H = A4
    p = P(W, H, name)
    its = items(
        [
            ("Cloud backup — Business 2 TB (Mar 2026)", 1, "89.00"),
            ("Managed endpoint protection", 14, "6.50"),
            ("Onsite support visit (half day)", 1, "320.00"),
            ("Replacement SSD 1 TB, installed", 2, "112.00"),
        ]
    )
    sub = sum(i["amount"] for i in its)
    vat = q2(sub * D("0.23"))
    tot = sub + vat
    p.rect(40, H - 90, 46, 46, fill=(0.86, 0.2, 0.2))
    p.t(63, H - 73, "LB", "Helvetica-Bold", 16, "c", col=(1, 1, 1))
    lines_of(
        p,
        96,
        H - 54,
        [
            "Liffey Bytes IT Services Ltd",
            "Unit 7, Docklands Innovation Park",
            "Dublin 3, D03 V2X7",
            "Ireland",
        ],
        "Helvetica",
        8.5,
        11,
    )
    p.t(W - 40, H - 60, "TAX INVOICE", "Helvetica", 24, "r")
    p.t(W - 40, H - 78, "# INV-000318", "Helvetica-Bold", 10, "r")
    p.t(W - 40, H - 102, "Balance Due", "Helvetica", 8, "r")
    p.t(W - 40, H - 118, "€" + fmt(tot), "Helvetica-Bold", 13, "r")
    y = H - 160
    p.t(40, y, "Bill To", "Helvetica", 8.5, col=(0.4, 0.4, 0.4))
    lines_of(
        p,
        40,
        y - 13,
        [
            "Galway Harbour Dental Clinic",
            "12 Merchants Road",
            "Galway H91 E2K6",
            "VAT No. IE 3318457TH",
        ],
        "Helvetica",
        9,
        12,
    )
    kv(
        p,
        340,
        W - 40,
        y,
        [
            ("Invoice Date :", "05/03/2026"),
            ("Terms :", "Net 30"),
            ("Due Date :", "04/04/2026"),
            ("P.O.# :", "GHD-2291"),
        ],
        "Helvetica",
        "Helvetica",
        9,
        14,
    )
    y -= 80
    p.rect(40, y - 5, W - 80, 17, fill=(0.2, 0.2, 0.22))
    y = table(
        p,
        y,
        [
            ("#", 46, "l"),
            ("Item & Description", 64, "l"),
            ("Qty", 380, "r"),
            ("Rate", 450, "r"),
            ("Amount", W - 46, "r"),
        ],
        [
            (
                str(k + 1),
                i["description"],
                fmt(i["quantity"], "us", 2),
                fmt(i["unit_price"]),
                fmt(i["amount"]),
            )
            for k, i in enumerate(its)
        ],
        lead=20,
        hcol=(1, 1, 1),
    )
    p.line(40, y + 8, W - 40, y + 8, 0.4)
    y = kv(
        p,
        340,
        W - 46,
        y - 6,
        [("Sub Total", fmt(sub)), ("VAT (23%)", fmt(vat)), ("Total", "€" + fmt(tot), True)],
        lead=16,
    )
    p.rect(336, y - 4, W - 376, 16, fill=(0.93, 0.93, 0.93))
    kv(p, 340, W - 46, y, [("Balance Due", "€" + fmt(tot), True)])
    lines_of(
        p,
        40,
        y - 40,
        [
            "Notes",
            "Thanks for your business.",
            "",
            "Payment Options: Bank transfer",
            "AIB · IBAN IE29 AIBK 9311 5212 3456 78 · BIC AIBKIE2D",
        ],
        "Helvetica",
        8.5,
        12,
    )
    p.line(40, 70, W - 40, 70, 0.4, (0.7, 0.7, 0.7))
    p.t(
        W / 2,
        56,
        "Liffey Bytes IT Services Ltd · Registered in Ireland No. 604112 · VAT No. IE 3604112BH",
        "Helvetica",
        7.5,
        "c",
        col=(0.4, 0.4, 0.4),
    )
    t = truth(
        "INV-000318",
        "2026-03-05",
        "2026-04-04",
        "Liffey Bytes IT Services Ltd",
        sub,
        vat,
        tot,
        "EUR",
        "en-IE",
        "invoice",
        "invoice",
        its,
        "Zoho-like: number with '#' prefix, DD/MM/YYYY dates (05/03 = 5 March), customer VAT no. printed near bill-to, seller VAT no. only in footer; quantities printed 1.00",
    )
    return p.save(), t


def i09(name, rnd):
    """Wave-like invoice, US, no tax, deposit already paid."""
    W, H = LETTER
    p = P(W, H, name)
    its = items(
        [
            ("Half-day engagement session (4 hrs)", 1, "950.00"),
            ("Second shooter", 4, "75.00"),
            ("Edited high-res images (gallery of 120)", 1, "650.00"),
            ("Fine-art print album 10x10", 1, "480.00"),
            ("Travel > 50 miles (mileage)", 46, "0.70"),
        ]
    )
    sub = sum(i["amount"] for i in its)
    paid = D("500.00")
    p.rect(0, H - 140, W, 140, fill=(0.97, 0.95, 0.92))
    p.t(50, H - 70, "Hollis & Park", "DVS", 26)
    p.t(52, H - 88, "PHOTOGRAPHY", "DV", 9, col=(0.5, 0.4, 0.3))
    lines_of(
        p,
        W - 50,
        H - 50,
        [
            "INVOICE",
            "Hollis & Park Photography",
            "1120 SE Division St",
            "Portland, Oregon 97202",
            "Mobile: 503-555-0177",
            "www.hollisandpark.com",
        ],
        "DV",
        8.5,
        12,
        "r",
    )
    y = H - 175
    p.t(50, y, "BILL TO", "DV", 8, col=(0.5, 0.5, 0.5))
    lines_of(
        p, 50, y - 13, ["Claire Donnelly & Jamal Reese", "claire.donnelly@example.com"], "DV", 9, 12
    )
    kv(
        p,
        330,
        W - 50,
        y,
        [
            ("Invoice Number:", "38"),
            ("Invoice Date:", "February 11, 2026"),
            ("Payment Due:", "March 13, 2026"),
            ("Amount Due (USD):", "$" + fmt(sub - paid), True),
        ],
        "DV",
        "DVB",
        9,
        15,
    )
    y -= 80
    p.rect(40, y - 5, W - 80, 18, fill=(0.35, 0.27, 0.2))
    y = table(
        p,
        y,
        [("Items", 50, "l"), ("Quantity", 380, "r"), ("Price", 460, "r"), ("Amount", W - 50, "r")],
        [
            (
                i["description"],
                str(i["quantity"]),
                "$" + fmt(i["unit_price"]),
                "$" + fmt(i["amount"]),
            )
            for i in its
        ],
        "DV",
        "DVB",
        9,
        22,
        hcol=(1, 1, 1),
    )
    p.line(300, y + 8, W - 50, y + 8, 0.5)
    y = kv(
        p,
        300,
        W - 50,
        y - 6,
        [
            ("Total:", "$" + fmt(sub), True),
            ("Payment on February 2, 2026 using cash:", "$" + fmt(paid)),
            ("Amount Due (USD):", "$" + fmt(sub - paid), True),
        ],
        "DV",
        "DVB",
        9,
        17,
    )
    lines_of(
        p,
        50,
        y - 20,
        [
            "Notes / Terms",
            "Retainer of $500.00 received with signed contract. Balance due within 30 days.",
            "No sales tax: photography services billed as non-taxable in Oregon.",
        ],
        "DV",
        8.5,
        13,
    )
    t = truth(
        "38",
        "2026-02-11",
        "2026-03-13",
        "Hollis & Park Photography",
        sub,
        None,
        sub,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        its,
        "Wave-like: no tax at all (vat null); retainer already paid so Amount Due < Total; short bare invoice number '38'; mileage line qty 46 x 0.70",
    )
    return p.save(), t


def i10(name, rnd):
    """PayPal-like invoice, Australia, GST 10%."""
    W, H = A4
    p = P(W, H, name)
    its = items(
        [
            ("Surfboard hire — 8'0 soft-top (per day)", 3, "45.00"),
            ("Wetsuit hire 4/3 (per day)", 3, "20.00"),
            ("Group lesson, 2 hrs", 2, "75.00"),
            ("Board wax & leash (sale)", 1, "24.90"),
        ]
    )
    sub = sum(i["amount"] for i in its)
    gst = q2(sub * D("0.10"))
    tot = sub + gst
    navy = (0.0, 0.19, 0.53)
    p.t(50, H - 60, "INVOICE", "Helvetica-Bold", 26, col=navy)
    p.rect(W - 170, H - 84, 120, 40, stroke=(0.7, 0.7, 0.7), r=4)
    p.t(W - 110, H - 69, "COASTLINE", "Helvetica-Bold", 12, "c", col=(0.0, 0.5, 0.6))
    y = H - 110
    lines_of(
        p,
        50,
        y,
        [
            "Coastline Surf Hire Pty Ltd",
            "2/18 Marine Parade",
            "Coolangatta QLD 4225",
            "Australia",
            "ABN 51 624 118 903",
            "hello@coastlinesurf.com.au",
        ],
        "Helvetica",
        9,
        12,
    )
    kv(
        p,
        330,
        W - 50,
        y,
        [
            ("Invoice number", "0021"),
            ("Invoice date", "14 Feb 2026"),
            ("Payment terms", "Due on date specified"),
            ("Due date", "28 Feb 2026"),
        ],
        "Helvetica-Bold",
        "Helvetica",
        9,
        14,
    )
    y -= 90
    p.t(50, y, "Bill to", "Helvetica-Bold", 9)
    lines_of(
        p,
        50,
        y - 13,
        ["Riverside Youth Club Inc.", "treasurer@riversideyouth.org.au"],
        "Helvetica",
        9,
        12,
    )
    y -= 50
    p.rect(45, y - 5, W - 90, 18, fill=(0.92, 0.94, 0.98))
    y = table(
        p,
        y,
        [
            ("Description", 52, "l"),
            ("Quantity", 360, "r"),
            ("Price", 440, "r"),
            ("Amount", W - 52, "r"),
        ],
        [
            (
                i["description"],
                str(i["quantity"]),
                "$" + fmt(i["unit_price"]),
                "$" + fmt(i["amount"]),
            )
            for i in its
        ],
        lead=20,
    )
    p.line(45, y + 8, W - 45, y + 8, 0.5)
    y = kv(
        p,
        330,
        W - 52,
        y - 6,
        [
            ("Subtotal", "$" + fmt(sub)),
            ("GST (10%)", "$" + fmt(gst)),
            ("Total", "$" + fmt(tot) + " AUD", True),
            ("Amount due", "$" + fmt(tot) + " AUD", True),
        ],
        lead=16,
    )
    p.rect(W / 2 - 60, y - 30, 120, 28, fill=(1.0, 0.77, 0.22), r=14)
    p.t(W / 2, y - 20, "Pay Now", "Helvetica-Bold", 11, "c", col=navy)
    lines_of(
        p,
        50,
        y - 60,
        [
            "Note to recipient",
            "Thanks for booking your club's surf day with us! Tax invoice — GST included as shown.",
        ],
        "Helvetica",
        9,
        13,
    )
    t = truth(
        "0021",
        "2026-02-14",
        "2026-02-28",
        "Coastline Surf Hire Pty Ltd",
        sub,
        gst,
        tot,
        "AUD",
        "en-AU",
        "invoice",
        "invoice",
        its,
        "PayPal-like: '$' means AUD (only stated next to the totals); ABN in seller block; logo wordmark 'COASTLINE' differs from legal name",
    )
    return p.save(), t


def i11(name, rnd):
    """Holded-like factura, Spain, IVA 21% and 10%."""
    W, H = A4
    p = P(W, H, name)
    its = items(
        [
            ("Diseño de identidad corporativa", 1, "1200.00"),
            ("Sesión fotográfica de producto (medio día)", 1, "450.00"),
            ("Catering para presentación (servicio)", 1, "380.00"),
            ("Impresión de tarjetas de visita (x500)", 2, "42.50"),
        ]
    )
    rates = [21, 21, 10, 21]
    tb = tax_by_rate(its, rates)
    net = sum(i["amount"] for i in its)
    vat = sum(v for _, v in tb.values())
    tot = net + vat
    teal = (0.07, 0.45, 0.45)
    p.t(50, H - 70, "brisa", "DVB", 30, col=teal)
    p.t(52, H - 86, "estudio creativo", "DV", 9, col=(0.4, 0.4, 0.4))
    p.t(W - 50, H - 60, "FACTURA", "DVB", 18, "r")
    kv(
        p,
        380,
        W - 50,
        H - 84,
        [("Nº", "F2026-0087"), ("Fecha", "09/02/2026"), ("Vencimiento", "11/03/2026")],
        "DV",
        "DV",
        9,
        13,
    )
    y = H - 150
    p.t(50, y, "EMISOR", "DVB", 8, col=teal)
    lines_of(
        p,
        50,
        y - 13,
        [
            "Estudio Brisa Creativa, S.L.",
            "CIF B87412356",
            "C/ de la Creu Coberta, 88, 3º 2ª",
            "08014 Barcelona",
        ],
        "DV",
        9,
        12,
    )
    p.t(320, y, "CLIENTE", "DVB", 8, col=teal)
    lines_of(
        p,
        320,
        y - 13,
        ["Vinos Alba y Mar, S.L.", "CIF B62230947", "Passeig de Gràcia, 12", "08007 Barcelona"],
        "DV",
        9,
        12,
    )
    y -= 80
    p.line(50, y + 14, W - 50, y + 14, 1.2, teal)
    y = table(
        p,
        y,
        [
            ("CONCEPTO", 50, "l"),
            ("PRECIO", 340, "r"),
            ("UDS.", 390, "r"),
            ("IVA", 440, "r"),
            ("TOTAL", W - 50, "r"),
        ],
        [
            (
                i["description"],
                fmt(i["unit_price"], "de") + " €",
                str(i["quantity"]),
                f"{r}%",
                fmt(i["amount"], "de") + " €",
            )
            for i, r in zip(its, rates, strict=False)
        ],
        "DV",
        "DVB",
        8.5,
        20,
        rule=(50, W - 50),
    )
    y -= 10
    pairs = (
        [("BASE IMPONIBLE", fmt(net, "de") + " €")]
        + [
            (f"IVA {r}% (base {fmt(b, 'de')} €)", fmt(v, "de") + " €")
            for r, (b, v) in sorted(tb.items(), reverse=True)
        ]
        + [("TOTAL", fmt(tot, "de") + " €", True)]
    )
    y = kv(p, 300, W - 50, y, pairs, "DV", "DVB", 9, 16)
    lines_of(
        p,
        50,
        y - 20,
        ["Forma de pago: Transferencia bancaria", "IBAN ES91 2100 0418 4502 0005 1332 · CaixaBank"],
        "DV",
        8.5,
        12,
    )
    p.t(
        W / 2,
        46,
        "Estudio Brisa Creativa, S.L. · Inscrita en el Registro Mercantil de Barcelona, Tomo 45123, Folio 87, Hoja B-478812",
        "DV",
        6.5,
        "c",
        col=(0.45, 0.45, 0.45),
    )
    t = truth(
        "F2026-0087",
        "2026-02-09",
        "2026-03-11",
        "Estudio Brisa Creativa, S.L.",
        net,
        vat,
        tot,
        "EUR",
        "es-ES",
        "invoice",
        "invoice",
        its,
        "Holded-like factura scanned to image-only PDF: two IVA rates (21% and 10%) summed into vat; decimal comma; lowercase wordmark 'brisa' differs from legal name",
    )
    return p.save(), t


def i12(name, rnd):
    """Billomat-like Rechnung, Germany, 19% and 7% USt."""
    W, H = A4
    p = P(W, H, name)
    its = items(
        [
            ("Konzeption Imagefilm (Pauschale)", 1, "1850.00"),
            ("Drehtag inkl. Kamerateam", 2, "1200.00"),
            ("Schnitt & Farbkorrektur (Std.)", 14, "85.00"),
            ("Fachbuch 'Bewegtbild im Marketing'", 3, "29.90"),
        ]
    )
    rates = [19, 19, 19, 7]
    tb = tax_by_rate(its, rates)
    net = sum(i["amount"] for i in its)
    vat = sum(v for _, v in tb.values())
    tot = net + vat
    p.t(W - 60, H - 70, "KRANICH", "DVB", 22, "r", col=(0.75, 0.1, 0.15))
    p.t(W - 60, H - 84, "medienwerkstatt", "DV", 9, "r", col=(0.4, 0.4, 0.4))
    p.t(
        60,
        H - 130,
        "Kranich Medienwerkstatt GmbH · Hafenstraße 31 · 20359 Hamburg",
        "DV",
        6.5,
        col=(0.4, 0.4, 0.4),
    )
    lines_of(
        p,
        60,
        H - 148,
        ["Nordlicht Reisen GmbH", "z. Hd. Frau Petersen", "Am Sandtorkai 5", "20457 Hamburg"],
        "DV",
        9.5,
        13,
    )
    kv(
        p,
        380,
        W - 60,
        H - 148,
        [
            ("Rechnungs-Nr.", "RE-2026-0153"),
            ("Kunden-Nr.", "K-10427"),
            ("Datum", "17.02.2026"),
            ("Leistungsdatum", "09.02.2026"),
            ("Fällig am", "03.03.2026"),
        ],
        "DV",
        "DV",
        8.5,
        13,
    )
    y = H - 250
    p.t(60, y, "Rechnung RE-2026-0153", "DVB", 13)
    p.t(
        60,
        y - 22,
        "Sehr geehrte Frau Petersen, vielen Dank für Ihren Auftrag. Wir berechnen Ihnen folgende Leistungen:",
        "DV",
        8.5,
    )
    y -= 52
    cols = [
        ("Pos.", 60, "l"),
        ("Bezeichnung", 88, "l"),
        ("Menge", 330, "r"),
        ("USt.", 370, "r"),
        ("Einzelpreis", 445, "r"),
        ("Gesamt", W - 60, "r"),
    ]
    y = table(
        p,
        y,
        cols,
        [
            (
                str(k + 1),
                i["description"],
                fmt(i["quantity"], "de", 0),
                f"{r} %",
                fmt(i["unit_price"], "de") + " €",
                fmt(i["amount"], "de") + " €",
            )
            for k, (i, r) in enumerate(zip(its, rates, strict=False))
        ],
        "DV",
        "DVB",
        8.5,
        18,
        rule=(60, W - 60),
    )
    p.line(60, y + 8, W - 60, y + 8, 0.5)
    pairs = (
        [("Nettobetrag", fmt(net, "de") + " €")]
        + [
            (f"zzgl. {r} % USt. auf {fmt(b, 'de')} €", fmt(v, "de") + " €")
            for r, (b, v) in sorted(tb.items(), reverse=True)
        ]
        + [("Gesamtbetrag", fmt(tot, "de") + " €", True)]
    )
    y = kv(p, 320, W - 60, y - 6, pairs, "DV", "DVB", 9, 16)
    p.t(
        60,
        y - 16,
        "Bitte überweisen Sie den Betrag bis zum 03.03.2026 unter Angabe der Rechnungsnummer.",
        "DV",
        8.5,
    )
    fy = 80
    p.line(60, fy + 14, W - 60, fy + 14, 0.4, (0.6, 0.6, 0.6))
    lines_of(
        p,
        60,
        fy,
        ["Kranich Medienwerkstatt GmbH", "Hafenstraße 31, 20359 Hamburg", "Tel. 040 8890 2210"],
        "DV",
        6.5,
        9,
    )
    lines_of(
        p,
        220,
        fy,
        ["Hamburger Sparkasse", "IBAN DE12 2005 0550 1234 5678 90", "BIC HASPDEHHXXX"],
        "DV",
        6.5,
        9,
    )
    lines_of(
        p,
        390,
        fy,
        [
            "Amtsgericht Hamburg HRB 154321",
            "Geschäftsführer: Jonas Kranich",
            "USt-IdNr. DE318445672",
        ],
        "DV",
        6.5,
        9,
    )
    t = truth(
        "RE-2026-0153",
        "2026-02-17",
        "2026-03-03",
        "Kranich Medienwerkstatt GmbH",
        net,
        vat,
        tot,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        its,
        "Billomat-like Rechnung: Leistungsdatum vs Rechnungsdatum vs Fällig am; 19% + 7% USt summed; Kunden-Nr. near Rechnungs-Nr.; USt-IdNr./HRB only in footer",
    )
    return p.save(), t


def i13(name, rnd):
    """Moneybird-like creditfactuur, Netherlands, negative amounts, BTW 21%."""
    W, H = A4
    p = P(W, H, name)
    its = items(
        [
            ("Credit: webshop-onderhoud januari (niet geleverd)", 1, "-450.00"),
            ("Credit: hosting Pro-pakket, 2 maanden", 2, "-24.95"),
        ]
    )
    net = sum(i["amount"] for i in its)
    vat = q2(net * D("0.21"))
    tot = net + vat
    p.circle(75, H - 70, 22, fill=(0.95, 0.55, 0.1))
    p.t(75, H - 76, "L", "DVB", 20, "c", col=(1, 1, 1))
    lines_of(
        p,
        W - 60,
        H - 50,
        [
            "Lindeboom Webdesign B.V.",
            "Oudegracht 211",
            "3511 NH Utrecht",
            "info@lindeboomweb.nl",
            "KvK 81234567",
            "Btw-id NL862345901B01",
            "IBAN NL44 RABO 0312 4567 89",
        ],
        "DV",
        8,
        11,
        "r",
    )
    y = H - 150
    lines_of(
        p,
        60,
        y,
        ["Bakkerij De Korenschoof", "t.a.v. mevr. A. Visser", "Voorstraat 54", "3512 AP Utrecht"],
        "DV",
        9.5,
        13,
    )
    y -= 80
    p.t(60, y, "Creditfactuur", "DVB", 18)
    y -= 26
    kv(
        p,
        60,
        300,
        y,
        [
            ("Creditfactuurnummer", "2026-0042"),
            ("Factuurdatum", "24-02-2026"),
            ("Betreft factuur", "2026-0031 (15-01-2026)"),
        ],
        "DV",
        "DV",
        9,
        14,
    )
    y -= 62
    y = table(
        p,
        y,
        [
            ("Omschrijving", 60, "l"),
            ("Aantal", 350, "r"),
            ("Prijs", 440, "r"),
            ("Totaal", W - 60, "r"),
        ],
        [
            (
                i["description"],
                str(i["quantity"]),
                "€ " + fmt(i["unit_price"], "nl"),
                "€ " + fmt(i["amount"], "nl"),
            )
            for i in its
        ],
        "DV",
        "DVB",
        9,
        20,
        rule=(60, W - 60),
    )
    p.line(60, y + 8, W - 60, y + 8, 0.5)
    y = kv(
        p,
        330,
        W - 60,
        y - 6,
        [
            ("Totaal excl. btw", "€ " + fmt(net, "nl")),
            ("21% btw", "€ " + fmt(vat, "nl")),
            ("Totaal", "€ " + fmt(tot, "nl"), True),
        ],
        "DV",
        "DVB",
        9.5,
        17,
    )
    lines_of(
        p,
        60,
        y - 20,
        [
            "Het creditbedrag van € "
            + fmt(-tot, "nl")
            + " wordt binnen 14 dagen teruggestort op uw rekening.",
            "Deze creditfactuur vervangt gedeeltelijk factuur 2026-0031.",
        ],
        "DV",
        8.5,
        12,
    )
    t = truth(
        "2026-0042",
        "2026-02-24",
        None,
        "Lindeboom Webdesign B.V.",
        net,
        vat,
        tot,
        "EUR",
        "nl-NL",
        "invoice",
        "credit_note",
        its,
        "Moneybird-like creditfactuur: all amounts negative; references the original invoice number 2026-0031 (not the document's own number); DD-MM-YYYY dates; no due date",
    )
    return p.save(), t


def i14(name, rnd):
    """Exact-like fattura, Italy, IVA 22%, spese di trasporto."""
    W, H = A4
    p = P(W, H, name)
    its = items(
        [
            ("Sedia ergonomica Delta, nero", 6, "189.00"),
            ("Scrivania regolabile 160x80", 3, "412.00"),
            ("Cassettiera su ruote 3 cassetti", 3, "96.50"),
            ("Montaggio in sede", 1, "180.00"),
            ("Spese di trasporto", 1, "65.00"),
        ]
    )
    net = sum(i["amount"] for i in its)
    vat = q2(net * D("0.22"))
    tot = net + vat
    blue = (0.0, 0.3, 0.55)
    p.rect(0, H - 100, W, 100, fill=blue)
    p.t(40, H - 55, "FERRETTI", "DVB", 24, col=(1, 1, 1))
    p.t(40, H - 75, "forniture per ufficio dal 1987", "DV", 9, col=(0.85, 0.9, 1))
    lines_of(
        p,
        W - 40,
        H - 36,
        [
            "Ferretti Forniture Ufficio S.r.l.",
            "Via Emilia Ponente 412",
            "40133 Bologna (BO)",
            "P.IVA IT02847190375",
        ],
        "DV",
        8,
        11,
        "r",
        col=(1, 1, 1),
    )
    y = H - 135
    p.rect(40, y - 66, 250, 80, stroke=(0.7, 0.7, 0.7))
    p.t(48, y, "Spett.le", "DV", 8, col=(0.4, 0.4, 0.4))
    lines_of(
        p,
        48,
        y - 14,
        [
            "Studio Legale Marchetti & Associati",
            "Corso Vittorio Emanuele II, 18",
            "10123 Torino (TO)",
            "P.IVA 09912340018 · SDI M5UXCR1",
        ],
        "DV",
        8.5,
        12,
    )
    p.rect(320, y - 66, W - 360, 80, fill=(0.94, 0.95, 0.97))
    kv(
        p,
        330,
        W - 48,
        y,
        [
            ("FATTURA N.", "2026/118", True),
            ("Data", "23/02/2026"),
            ("Scadenza", "31/03/2026"),
            ("Pagamento", "Bonifico 30 gg d.f."),
        ],
        "DV",
        "DVB",
        8.5,
        14,
    )
    y -= 100
    p.rect(40, y - 5, W - 80, 17, fill=blue)
    y = table(
        p,
        y,
        [
            ("Codice", 46, "l"),
            ("Descrizione", 110, "l"),
            ("Q.tà", 360, "r"),
            ("Prezzo", 440, "r"),
            ("Importo", W - 46, "r"),
        ],
        [
            (
                f"A{1040 + 7 * k}",
                i["description"],
                str(i["quantity"]),
                fmt(i["unit_price"], "de"),
                fmt(i["amount"], "de"),
            )
            for k, i in enumerate(its)
        ],
        "DV",
        "DVB",
        8.5,
        19,
        hcol=(1, 1, 1),
    )
    y -= 6
    p.rect(300, y - 56, W - 340, 66, stroke=(0.6, 0.6, 0.6))
    kv(
        p,
        310,
        W - 48,
        y,
        [
            ("Imponibile", "€ " + fmt(net, "de")),
            ("IVA 22%", "€ " + fmt(vat, "de")),
            ("Totale documento", "€ " + fmt(tot, "de"), True),
            ("Netto a pagare", "€ " + fmt(tot, "de")),
        ],
        "DV",
        "DVB",
        9,
        15,
    )
    lines_of(
        p,
        40,
        y,
        ["Coordinate bancarie:", "BPER Banca · IBAN IT60 X054 2811 1010 0000 0123 456"],
        "DV",
        8,
        11,
    )
    p.t(
        W / 2,
        46,
        "Cap. soc. € 50.000,00 i.v. · REA BO-412877 · Documento di cortesia: l'originale è trasmesso via SdI",
        "DV",
        6.5,
        "c",
        col=(0.4, 0.4, 0.4),
    )
    t = truth(
        "2026/118",
        "2026-02-23",
        "2026-03-31",
        "Ferretti Forniture Ufficio S.r.l.",
        net,
        vat,
        tot,
        "EUR",
        "it-IT",
        "invoice",
        "invoice",
        its,
        "Exact-like Italian fattura scanned to image-only PDF; white text in a coloured header; 'Totale documento' and 'Netto a pagare'; customer P.IVA also printed",
    )
    return p.save(), t


def i15(name, rnd):
    """Marketplace invoice issued by platform on behalf of a French seller, TVA 20%, HT/TTC columns."""
    W, H = A4
    p = P(W, H, name)
    spec = [
        ("Lampe à poser en céramique « Sève », blanc", 1, "74.00"),
        ("Abat-jour lin naturel Ø 30 cm", 2, "29.00"),
        ("Ampoule LED E27 filament 2700 K", 4, "6.50"),
    ]
    its = items(spec)  # TTC unit prices
    ship_ttc = D("7.90")
    lines = [(i["description"], i["quantity"], i["amount"]) for i in its] + [
        ("Frais de livraison", D(1), ship_ttc)
    ]
    ht = []
    for d, q, ttc in lines:
        n, v = incl_vat(ttc, 20)
        ht.append((d, q, ttc, n, v))
    net = sum(x[3] for x in ht)
    vat = sum(x[4] for x in ht)
    tot = sum(x[2] for x in ht)
    p.t(40, H - 60, "marketo", "DVB", 28, col=(0.9, 0.35, 0.1))
    p.t(W - 40, H - 50, "Facture", "DVB", 16, "r")
    p.t(W - 40, H - 68, "Payée", "DV", 10, "r", col=(0.1, 0.5, 0.2))
    y = H - 110
    kv(
        p,
        40,
        280,
        y,
        [
            ("Numéro de facture", "FR6KX2-00981"),
            ("Date de facture / livraison", "21/01/2026"),
            ("Numéro de commande", "402-8812734-1156"),
            ("Date de commande", "19/01/2026"),
        ],
        "DV",
        "DV",
        8.5,
        13,
    )
    lines_of(
        p,
        330,
        y,
        [
            "Vendu par",
            "Atelier Verdon SARL",
            "14 rue des Tanneurs",
            "04300 Forcalquier, France",
            "TVA FR 27 839204117",
            "SIRET 839 204 117 00021",
        ],
        "DV",
        8.5,
        12,
    )
    y -= 88
    p.t(40, y, "Adresse de facturation", "DVB", 8.5)
    lines_of(
        p, 40, y - 13, ["Camille Roussel", "8 allée des Platanes", "69003 Lyon"], "DV", 8.5, 12
    )
    p.t(330, y, "Adresse de livraison", "DVB", 8.5)
    lines_of(
        p, 330, y - 13, ["Camille Roussel", "8 allée des Platanes", "69003 Lyon"], "DV", 8.5, 12
    )
    y -= 70
    p.rect(36, y - 5, W - 72, 17, fill=(0.93, 0.93, 0.93))
    cols = [
        ("Description", 40, "l"),
        ("Qté", 300, "r"),
        ("Taux TVA", 350, "r"),
        ("Total HT", 420, "r"),
        ("TVA", 480, "r"),
        ("Total TTC", W - 40, "r"),
    ]
    y = table(
        p,
        y,
        cols,
        [
            (d, str(q), "20 %", fmt(n, "fr") + " €", fmt(v, "fr") + " €", fmt(t_, "fr") + " €")
            for d, q, t_, n, v in ht
        ],
        "DV",
        "DVB",
        8,
        19,
    )
    p.line(36, y + 8, W - 36, y + 8, 0.5)
    y = kv(
        p,
        330,
        W - 40,
        y - 6,
        [
            ("Total HT", fmt(net, "fr") + " €"),
            ("TVA 20 %", fmt(vat, "fr") + " €"),
            ("Total TTC", fmt(tot, "fr") + " €", True),
            ("Montant payé", fmt(tot, "fr") + " €"),
        ],
        "DV",
        "DVB",
        9,
        16,
    )
    lines_of(
        p,
        40,
        y - 20,
        [
            "Cette facture a été émise par Marketo Services Europe S.à r.l. au nom et pour le compte du vendeur Atelier Verdon SARL.",
            "Marketo Services Europe S.à r.l., 5 rue Plaetis, L-2338 Luxembourg — TVA LU 26375245",
        ],
        "DV",
        7,
        10,
        col=(0.35, 0.35, 0.35),
    )
    t = truth(
        "FR6KX2-00981",
        "2026-01-21",
        None,
        "Atelier Verdon SARL",
        net,
        vat,
        tot,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        [
            *li_json(its),
            {
                "description": "Frais de livraison",
                "quantity": "1",
                "unit_price": "7.90",
                "amount": "7.90",
            },
        ],
        "Marketplace invoice issued by the platform on behalf of the seller: big platform wordmark 'marketo' and platform legal entity in footer, but the vendor is 'Vendu par' Atelier Verdon SARL; order number vs invoice number; per-line HT/TVA/TTC (line items keyed TTC)",
    )
    return p.save(), t


def i16(name, rnd):
    """Fakturownia-like Faktura VAT, Poland, 23% + 8%."""
    W, H = A4
    p = P(W, H, name)
    its = items(
        [
            ("Abonament serwisowy IT — luty 2026", 1, "1200.00"),
            ("Licencja antywirus (stanowisko, 12 m-cy)", 15, "89.00"),
            ("Dojazd serwisanta", 2, "60.00"),
            ("Książka 'Bezpieczeństwo sieci' (egz.)", 2, "79.00"),
        ]
    )
    rates = [23, 23, 23, 8]
    rows = []
    for i, r in zip(its, rates, strict=False):
        rows.append((i, r, q2(i["amount"] * D(r) / 100)))
    tb = {}
    for i, r, v in rows:
        b0, v0 = tb.get(r, (D(0), D(0)))
        tb[r] = (b0 + i["amount"], v0 + v)
    net = sum(i["amount"] for i in its)
    vat = sum(v for _, v in tb.values())
    tot = net + vat
    p.t(40, H - 50, "Faktura VAT nr FV/2026/02/037", "DVB", 15)
    kv(
        p,
        370,
        W - 40,
        H - 45,
        [
            ("Data wystawienia:", "2026-02-27"),
            ("Data sprzedaży:", "2026-02-28"),
            ("Miejsce wystawienia:", "Kraków"),
        ],
        "DV",
        "DV",
        8,
        12,
    )
    y = H - 100
    p.line(40, y + 12, W - 40, y + 12, 0.5)
    p.t(40, y, "Sprzedawca", "DVB", 9)
    lines_of(
        p,
        40,
        y - 13,
        [
            "Kowalczyk Serwis IT Sp. z o.o.",
            "ul. Wielicka 72/4",
            "30-552 Kraków",
            "NIP: 679-321-84-50",
            "Konto: 12 1050 1445 1000 0090 8123 4567 (ING)",
        ],
        "DV",
        8.5,
        12,
    )
    p.t(310, y, "Nabywca", "DVB", 9)
    lines_of(
        p,
        310,
        y - 13,
        ["Biuro Rachunkowe Zielińska s.c.", "ul. Długa 15", "31-147 Kraków", "NIP: 676-248-19-33"],
        "DV",
        8.5,
        12,
    )
    y -= 90
    cols = [
        ("Lp.", 40, "l"),
        ("Nazwa", 60, "l"),
        ("Ilość", 280, "r"),
        ("J.m.", 292, "l"),
        ("Cena netto", 370, "r"),
        ("Wart. netto", 430, "r"),
        ("VAT", 462, "r"),
        ("Kwota VAT", 510, "r"),
        ("Brutto", W - 40, "r"),
    ]
    p.rect(36, y - 5, W - 72, 16, fill=(0.9, 0.9, 0.9))
    y = table(
        p,
        y,
        cols,
        [
            (
                str(k + 1),
                i["description"],
                str(i["quantity"]),
                "szt." if k == 1 or k == 3 else "usł.",
                fmt(i["unit_price"], "pl"),
                fmt(i["amount"], "pl"),
                f"{r}%",
                fmt(v, "pl"),
                fmt(i["amount"] + v, "pl"),
            )
            for k, (i, r, v) in enumerate(rows)
        ],
        "DVC",
        "DVCB",
        7.5,
        16,
    )
    p.line(36, y + 8, W - 36, y + 8, 0.5)
    y -= 4
    y = table(
        p,
        y,
        [("Stawka", 292, "l"), ("Netto", 430, "r"), ("VAT", 510, "r"), ("Brutto", W - 40, "r")],
        [
            (f"{r}%", fmt(b, "pl"), fmt(v, "pl"), fmt(b + v, "pl"))
            for r, (b, v) in sorted(tb.items(), reverse=True)
        ]
        + [("Razem", fmt(net, "pl"), fmt(vat, "pl"), fmt(tot, "pl"))],
        "DVC",
        "DVCB",
        8,
        15,
    )
    y -= 14
    p.t(40, y, f"Do zapłaty: {fmt(tot, 'pl')} PLN", "DVB", 13)
    kv(
        p,
        40,
        300,
        y - 24,
        [("Sposób płatności:", "przelew"), ("Termin płatności:", "2026-03-13 (14 dni)")],
        "DV",
        "DV",
        8.5,
        13,
    )
    p.line(60, 120, 230, 120, 0.4)
    p.line(W - 230, 120, W - 60, 120, 0.4)
    p.t(145, 108, "Osoba upoważniona do odbioru", "DV", 7, "c")
    p.t(W - 145, 108, "Osoba upoważniona do wystawienia", "DV", 7, "c")
    t = truth(
        "FV/2026/02/037",
        "2026-02-27",
        "2026-03-13",
        "Kowalczyk Serwis IT Sp. z o.o.",
        net,
        vat,
        tot,
        "PLN",
        "pl-PL",
        "invoice",
        "invoice",
        its,
        "Fakturownia-like Faktura VAT: 9-column condensed table, VAT computed per line, summary per rate 23%/8%; ISO dates with 'Data sprzedaży' different from issue date; 'Do zapłaty' in PLN",
    )
    return p.save(), t


# ================================================================ receipts


def email_frame(p, stamp, title, subject, sender, when, to):
    """Browser print of a web-mail message: header stamp, subject, sender. Returns y to draw the body."""
    W, H = p.W, p.H
    p.t(30, H - 22, stamp, "Helvetica", 7)
    p.t(W / 2, H - 22, title, "Helvetica", 7, "c")
    p.t(30, H - 60, "Mail", "Helvetica-Bold", 16, col=(0.8, 0.2, 0.15))
    p.line(30, H - 72, W - 30, H - 72, 0.6, (0.7, 0.7, 0.7))
    p.t(30, H - 94, subject, "Helvetica-Bold", 12)
    p.line(30, H - 104, W - 30, H - 104, 0.4, (0.85, 0.85, 0.85))
    p.t(30, H - 120, sender, "Helvetica-Bold", 8.5)
    p.t(W - 30, H - 120, when, "Helvetica", 8, "r")
    p.t(30, H - 132, "To: " + to, "Helvetica", 8, col=(0.35, 0.35, 0.35))
    return H - 165


def email_foot(p, url):
    p.t(30, 18, url, "Helvetica", 7)
    p.t(p.W - 30, 18, "1/1", "Helvetica", 7, "r")


def r01(name, rnd):
    """Uber-like trip receipt e-mail printed to PDF, US, tip, no tax, no receipt number."""
    W, H = LETTER
    p = P(W, H, name)
    fare = D("27.64")
    fees = [
        ("Booking Fee", D("3.45")),
        ("Airport Surcharge", D("5.00")),
        ("Tolls, Surcharges, and Fees", D("2.75")),
    ]
    sub = fare + sum(v for _, v in fees)
    tip = D("6.00")
    tot = sub + tip
    y = email_frame(
        p,
        "2/17/26, 7:02 AM",
        "Mail - Your Monday evening trip with Ryde",
        "Your Monday evening trip with Ryde",
        "Ryde Receipts <noreply@ryde.com>",
        "Mon, Feb 16, 2026, 9:48 PM",
        "daniel.okoro@example.com",
    )
    p.rect(60, y - 40, W - 120, 40, fill=(0, 0, 0))
    p.t(75, y - 26, "Ryde", "DVB", 18, col=(1, 1, 1))
    p.t(W - 75, y - 24, "February 16, 2026", "DV", 9, "r", col=(1, 1, 1))
    y -= 80
    p.t(75, y, "Total", "DVB", 22)
    p.t(W - 75, y, "$" + fmt(tot), "DVB", 22, "r")
    p.t(75, y - 22, "Thanks for riding, Daniel", "DV", 10)
    p.t(75, y - 36, "We hope you enjoyed your ride this evening.", "DV", 9, col=(0.4, 0.4, 0.4))
    y -= 70
    y = kv(p, 75, W - 75, y, [("Trip Fare", "$" + fmt(fare))], "DV", "DVB", 10, 20)
    p.line(75, y + 10, W - 75, y + 10, 0.4, (0.8, 0.8, 0.8))
    y = kv(
        p,
        75,
        W - 75,
        y - 4,
        [("Subtotal", "$" + fmt(fare), True)] + [(k, "$" + fmt(v)) for k, v in fees],
        "DV",
        "DVB",
        9.5,
        18,
    )
    p.line(75, y + 10, W - 75, y + 10, 0.4, (0.8, 0.8, 0.8))
    y = kv(p, 75, W - 75, y - 4, [("Tip", "$" + fmt(tip))], "DV", "DVB", 9.5, 18)
    y -= 10
    p.t(75, y, "Payments", "DVB", 11)
    p.t(75, y - 18, "Visa ••••3309   2/16/26 9:47 PM", "DV", 9)
    p.t(W - 75, y - 18, "$" + fmt(tot), "DV", 9, "r")
    y -= 50
    p.t(75, y, "You rode with Tomasz · RydeX · 17.84 miles | 31 min", "DV", 9)
    p.circle(80, y - 26, 4, fill=(0, 0, 0))
    p.t(92, y - 29, "9:16 PM   1400 Terminal Dr, Chicago O'Hare Intl Airport, IL", "DV", 8.5)
    p.rect(76, y - 60, 8, 8, fill=(0, 0, 0))
    p.t(92, y - 59, "9:47 PM   2211 N Clybourn Ave, Chicago, IL 60614", "DV", 8.5)
    lines_of(
        p,
        75,
        y - 100,
        [
            "Fares are calculated by Ryde on behalf of independent driver partners.",
            "Ryde Technologies, Inc. · 1455 Market St · San Francisco, CA 94103",
        ],
        "DV",
        7.5,
        11,
        col=(0.45, 0.45, 0.45),
    )
    email_foot(
        p, "https://mail.example.com/mail/u/0/?ik=3f2a&view=pt&search=all&permthid=thread-f:1791"
    )
    t = truth(
        None,
        "2026-02-16",
        None,
        "Ryde Technologies, Inc.",
        sub,
        None,
        tot,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        [
            {
                "description": "Trip Fare",
                "quantity": "1",
                "unit_price": str(fare),
                "amount": str(fare),
            }
        ],
        "Uber-like ride receipt printed from web-mail: no receipt number (null), no tax, tip line (total = fare + fees + tip); print date in header differs from trip date; 'Subtotal' printed is fare only",
        tip=tip,
    )
    return p.save(), t


def r02(name, rnd):
    """Bolt-like ride receipt, phone screenshot, Poland, VAT 8% included, issued on behalf of the driver."""
    W, H = 360, 780
    p = P(W, H, name)
    y = phone(p, False, "23:05", "Plus")
    p.t(20, y - 14, "‹", "DVB", 20, col=(0.1, 0.6, 0.35))
    p.t(W / 2, y - 12, "Rachunek", "DVB", 13, "c")
    y -= 50
    p.rect(20, y - 70, W - 40, 80, fill=(0.92, 0.97, 0.94), r=10)
    p.t(34, y - 10, "Volta", "DVB", 20, col=(0.1, 0.6, 0.35))
    p.t(W - 34, y - 8, "33,40 zł", "DVB", 18, "r")
    p.t(34, y - 34, "Przejazd · 12 lut 2026, 22:14", "DV", 9, col=(0.3, 0.3, 0.3))
    p.t(34, y - 52, "Gdańsk Wrzeszcz → Sopot Monte Cassino", "DV", 8.5, col=(0.3, 0.3, 0.3))
    y -= 100
    tot = D("33.40")
    net, vat = incl_vat(tot, 8)
    y = kv(
        p,
        20,
        W - 20,
        y,
        [
            ("Opłata za przejazd", "31,40 zł"),
            ("Opłata za rezerwację", "2,00 zł"),
            ("Razem", "33,40 zł", True),
            ("w tym VAT 8%", fmt(vat, "pl") + " zł"),
            ("Wartość netto", fmt(net, "pl") + " zł"),
        ],
        "DV",
        "DVB",
        10,
        24,
    )
    p.line(20, y + 12, W - 20, y + 12, 0.5, (0.85, 0.85, 0.85))
    y -= 8
    y = lines_of(
        p,
        20,
        y,
        [
            "Nr rachunku: VOL-PL-20260212-48817",
            "Płatność: Apple Pay (Visa ••4410)",
            "",
            "Przewoźnik (wystawca rachunku):",
            "Usługi Transportowe Marek Nowicki",
            "ul. Grunwaldzka 209/4, 80-266 Gdańsk",
            "NIP 584-270-11-92",
            "",
            "Rachunek wystawiony w imieniu przewoźnika",
            "przez Volta Operations OÜ, Tallinn.",
        ],
        "DV",
        8.5,
        14,
        col=(0.25, 0.25, 0.25),
    )
    p.rect(20, 40, W - 40, 40, fill=(0.1, 0.6, 0.35), r=20)
    p.t(W / 2, 56, "Pobierz PDF", "DVB", 11, "c", col=(1, 1, 1))
    t = truth(
        "VOL-PL-20260212-48817",
        "2026-02-12",
        None,
        "Usługi Transportowe Marek Nowicki",
        net,
        vat,
        tot,
        "PLN",
        "pl-PL",
        "receipt",
        "receipt",
        [
            {
                "description": "Opłata za przejazd",
                "quantity": "1",
                "unit_price": "31.40",
                "amount": "31.40",
            },
            {
                "description": "Opłata za rezerwację",
                "quantity": "1",
                "unit_price": "2.00",
                "amount": "2.00",
            },
        ],
        "Bolt-like phone screenshot (1080 px): platform wordmark 'Volta' but the issuer is the driver's business (printed under 'Przewoźnik'); VAT 8% included; decimal comma 'zł'",
    )
    return p.save(), t


def r03(name, rnd):
    """FreeNow-like taxi receipt e-mail, Germany, 7% MwSt, tip."""
    W, H = A4
    p = P(W, H, name)
    fare = D("27.80")
    tip = D("3.00")
    net, vat = incl_vat(fare, 7)
    tot = fare + tip
    y = email_frame(
        p,
        "05.03.26, 08:11",
        "Deine Fahrtquittung",
        "Deine Fahrtquittung vom 04.03.2026",
        "FAHRFREI <quittung@fahrfrei.de>",
        "Mi., 4. März 2026, 23:41",
        "l.brandt@example.de",
    )
    p.rect(60, y - 50, W - 120, 50, fill=(0.86, 0.0, 0.35))
    p.t(W / 2, y - 32, "FAHRFREI", "DVB", 20, "c", col=(1, 1, 1))
    y -= 84
    p.t(W / 2, y, "Danke, dass du mit uns gefahren bist!", "DV", 12, "c")
    y -= 36
    y = kv(
        p,
        90,
        W - 90,
        y,
        [
            ("Datum", "04.03.2026, 23:12 Uhr"),
            ("Start", "Schanzenstraße 7, 20357 Hamburg"),
            ("Ziel", "Bramfelder Chaussee 300, 22177 Hamburg"),
            ("Strecke / Dauer", "11,2 km · 24 Min."),
        ],
        "DV",
        "DV",
        9,
        17,
    )
    y -= 10
    p.line(90, y + 10, W - 90, y + 10, 0.5)
    y = kv(
        p,
        90,
        W - 90,
        y - 6,
        [
            ("Fahrpreis (Taxameter)", fmt(fare, "de") + " €"),
            ("Trinkgeld", fmt(tip, "de") + " €"),
            ("Gesamtbetrag", fmt(tot, "de") + " €", True),
        ],
        "DV",
        "DVB",
        10,
        20,
    )
    y -= 6
    y = kv(
        p,
        90,
        W - 90,
        y,
        [
            ("Netto (Fahrpreis)", fmt(net, "de") + " €"),
            ("MwSt. 7 % (auf Fahrpreis)", fmt(vat, "de") + " €"),
        ],
        "DV",
        "DV",
        8.5,
        15,
    )
    y -= 14
    lines_of(
        p,
        90,
        y,
        [
            "Belegnummer: FF-26-7734192",
            "Bezahlt mit PayPal",
            "",
            "Beförderungsunternehmen:",
            "Taxi Brandstätter GmbH, Wandsbeker Marktstr. 12, 22041 Hamburg",
            "Konzessions-Nr. 4471 · Steuer-Nr. 43/712/04418",
            "Das Trinkgeld ist nicht umsatzsteuerpflichtig.",
        ],
        "DV",
        8.5,
        13,
    )
    p.t(
        W / 2,
        60,
        "FAHRFREI Mobility GmbH vermittelt Fahrten im Namen und auf Rechnung des Taxiunternehmens.",
        "DV",
        7,
        "c",
        col=(0.45, 0.45, 0.45),
    )
    email_foot(p, "https://webmail.example.de/mail/print?id=AAMkADk3")
    t = truth(
        "FF-26-7734192",
        "2026-03-04",
        None,
        "Taxi Brandstätter GmbH",
        net,
        vat,
        tot,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        [
            {
                "description": "Fahrpreis (Taxameter)",
                "quantity": "1",
                "unit_price": "27.80",
                "amount": "27.80",
            }
        ],
        "FreeNow-like taxi e-mail receipt: app brand 'FAHRFREI' vs the taxi company as seller; 7% MwSt only on the fare, tip untaxed (net+vat+tip = total); print date differs from ride date",
        tip=tip,
    )
    return p.save(), t


def r04(name, rnd):
    """Deliveroo-like order receipt, phone screenshot in dark mode, UK, VAT included, rider tip."""
    W, H = 390, 844
    p = P(W, H, name)
    y = phone(p, True, "20:37")
    wh, gr = (1, 1, 1), (0.62, 0.62, 0.66)
    p.t(20, y - 14, "✕", "DV", 14, col=wh)
    p.t(W / 2, y - 12, "Order details", "DVB", 13, "c", col=wh)
    y -= 52
    p.rect(20, y - 46, 46, 46, fill=(0.0, 0.8, 0.74), r=10)
    p.t(43, y - 29, "BL", "DVB", 15, "c", col=(0.05, 0.05, 0.05))
    p.t(78, y - 12, "Bombay Lantern", "DVB", 13, col=wh)
    p.t(78, y - 30, "Delivered · Fri 20 Feb 2026, 20:31", "DV", 9, col=gr)
    y -= 76
    its = items(
        [
            ("Chicken ruby curry", 1, "13.50"),
            ("House black daal", 1, "8.90"),
            ("Garlic naan", 2, "3.95"),
            ("Okra fries", 1, "5.50"),
            ("Mango lassi", 2, "4.80"),
        ]
    )
    sub = sum(i["amount"] for i in its)
    dfee, sfee, tip = D("2.99"), D("1.99"), D("2.00")
    tot = sub + dfee + sfee + tip
    net, vat = incl_vat(tot - tip, 20)
    for i in its:
        p.t(20, y, f"{i['quantity']}×", "DV", 10, col=gr)
        p.t(48, y, i["description"], "DV", 10, col=wh)
        p.t(W - 20, y, "£" + fmt(i["amount"]), "DV", 10, "r", col=wh)
        y -= 24
    p.line(20, y + 10, W - 20, y + 10, 0.5, (0.3, 0.3, 0.32))
    y = kv(
        p,
        20,
        W - 20,
        y - 8,
        [
            ("Subtotal", "£" + fmt(sub)),
            ("Delivery fee", "£" + fmt(dfee)),
            ("Service fee", "£" + fmt(sfee)),
            ("Rider tip", "£" + fmt(tip)),
            ("Total", "£" + fmt(tot), True),
        ],
        "DV",
        "DVB",
        10,
        23,
        col=wh,
    )
    p.t(20, y, f"Includes VAT of £{fmt(vat)} (tip excluded)", "DV", 8.5, col=gr)
    y -= 34
    y = lines_of(
        p,
        20,
        y,
        [
            "Paid with Visa •••• 2291",
            "Order #4417-RV",
            "",
            "Sold and prepared by Bombay Lantern Ltd",
            "VAT no. GB 318 2254 90",
            "Delivered via Roova",
        ],
        "DV",
        9,
        16,
        col=gr,
    )
    p.rect(20, 40, W - 40, 44, fill=(0.0, 0.8, 0.74), r=8)
    p.t(W / 2, 58, "Get help with this order", "DVB", 11, "c", col=(0.05, 0.05, 0.05))
    t = truth(
        "4417-RV",
        "2026-02-20",
        None,
        "Bombay Lantern Ltd",
        net,
        vat,
        tot,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        its,
        "Food-delivery screenshot in DARK MODE (1170 px): white text on black; VAT included and excludes the rider tip; restaurant is the seller, app brand 'Roova' only a footer line",
        tip=tip,
    )
    return p.save(), t


def r05(name, rnd):
    """Hotel folio, France, TVA 10% / 20% and taxe de séjour, scanned to image-only PDF."""
    W, H = A4
    p = P(W, H, name)
    room = items(
        [
            ("Chambre Double Supérieure — 13/02", 1, "142.00"),
            ("Chambre Double Supérieure — 14/02", 1, "142.00"),
            ("Chambre Double Supérieure — 15/02", 1, "118.00"),
            ("Petit-déjeuner (2 pers.)", 3, "32.00"),
        ]
    )
    bar = items([("Bar — 2 coupes de champagne", 1, "28.00"), ("Minibar", 1, "9.50")])
    ts = q2(D("2.53") * 2 * 3)
    t10 = sum(i["amount"] for i in room)
    t20 = sum(i["amount"] for i in bar)
    n10, v10 = incl_vat(t10, 10)
    n20, v20 = incl_vat(t20, 20)
    net = n10 + n20
    tot = t10 + t20 + ts
    vat = v10 + v20 + ts
    p.t(W / 2, H - 70, "Hôtel Les Tilleuls", "DVSB", 22, "c")
    p.t(
        W / 2,
        H - 88,
        "Hôtel 4 étoiles  ·  12 place du Général-de-Gaulle  ·  67000 Strasbourg",
        "DVS",
        8.5,
        "c",
    )
    p.line(60, H - 100, W - 60, H - 100, 0.6)
    p.t(60, H - 130, "FACTURE N° F-26-01187", "DVSB", 12)
    kv(
        p,
        60,
        270,
        H - 152,
        [
            ("Chambre", "214"),
            ("Arrivée", "13/02/2026"),
            ("Départ", "16/02/2026"),
            ("Personnes", "2"),
        ],
        "DVS",
        "DVS",
        9,
        13,
    )
    lines_of(
        p,
        340,
        H - 130,
        ["M. et Mme Bernard Lefèvre", "22 rue de la Paix", "75002 Paris"],
        "DVS",
        9,
        13,
    )
    p.t(W - 60, H - 175, "Strasbourg, le 16/02/2026", "DVS", 9, "r")
    y = H - 225
    data = [
        ("13/02", room[0]["description"], room[0]["amount"]),
        ("14/02", room[1]["description"], room[1]["amount"]),
        ("15/02", room[2]["description"], room[2]["amount"]),
        ("13–15/02", "Petit-déjeuner (2 pers.) × 3", room[3]["amount"]),
        ("14/02", bar[0]["description"], bar[0]["amount"]),
        ("15/02", bar[1]["description"], bar[1]["amount"]),
        ("13–15/02", "Taxe de séjour 2 pers. × 3 nuits × 2,53", ts),
    ]
    rows = [
        (d, s, "10 %" if k < 4 else ("20 %" if k < 6 else "—"), fmt(a, "fr"))
        for k, (d, s, a) in enumerate(data)
    ]
    y = table(
        p,
        y,
        [
            ("Date", 60, "l"),
            ("Libellé", 125, "l"),
            ("TVA", 420, "r"),
            ("Montant TTC €", W - 60, "r"),
        ],
        rows,
        "DVS",
        "DVSB",
        9,
        17,
        rule=(60, W - 60),
    )
    p.line(60, y + 8, W - 60, y + 8, 0.5)
    y = kv(
        p,
        300,
        W - 60,
        y - 8,
        [
            ("Total HT", fmt(net, "fr")),
            ("TVA 10 %", fmt(v10, "fr")),
            ("TVA 20 %", fmt(v20, "fr")),
            ("Taxe de séjour (non soumise à TVA)", fmt(ts, "fr")),
            ("Total TTC", fmt(tot, "fr") + " €", True),
            ("Réglé CB Visa 16/02/2026", "-" + fmt(tot, "fr")),
            ("Solde", "0,00", True),
        ],
        "DVS",
        "DVSB",
        9,
        16,
    )
    lines_of(
        p,
        60,
        80,
        [
            "SAS Hôtellerie des Tilleuls · Capital 80 000 € · RCS Strasbourg 512 884 301 · SIRET 512 884 301 00017",
            "N° TVA intracommunautaire FR 41 512884301 · Tél. 03 88 21 40 40 · reception@hotel-tilleuls.fr",
        ],
        "DVS",
        7,
        10,
    )
    t = truth(
        "F-26-01187",
        "2026-02-16",
        None,
        "Hôtel Les Tilleuls",
        net,
        vat,
        tot,
        "EUR",
        "fr-FR",
        "receipt",
        "receipt",
        [
            *li_json(room + bar),
            {
                "description": "Taxe de séjour",
                "quantity": "6",
                "unit_price": "2.53",
                "amount": str(ts),
            },
        ],
        "Hotel folio scanned to image-only PDF: TVA 10% (room, breakfast) + 20% (bar) + taxe de séjour; vat keyed as TVA + taxe de séjour (all taxes); trade name vs 'SAS Hôtellerie des Tilleuls' in footer; 'Solde 0,00' after card payment",
    )
    return p.save(), t


def r06(name, rnd):
    """DB-like rail online ticket, Germany, 7% MwSt, fare breakdown."""
    W, H = A4
    p = P(W, H, name)
    fare, seat = D("112.90"), D("5.50")
    tot = fare + seat
    net, vat = incl_vat(tot, 7)
    red = (0.85, 0.0, 0.1)
    p.rect(40, H - 80, 60, 36, stroke=red, lw=2.5, r=5)
    p.t(70, H - 69, "NB", "DVB", 17, "c", col=red)
    p.t(W - 40, H - 60, "Online-Ticket", "DVB", 18, "r")
    p.t(W - 40, H - 78, "Auftragsnummer: K7QX4P", "DV", 9, "r")
    y = H - 120
    p.t(40, y, "ICE Fahrkarte · Flexpreis (Einfache Fahrt)", "DVB", 12)
    y = kv(
        p,
        40,
        330,
        y - 22,
        [
            ("Hinfahrt", "Berlin Hbf → München Hbf"),
            ("Reisedatum", "Do., 26.03.2026"),
            ("Klasse / Personen", "2. Klasse · 1 Erwachsener"),
            ("Ermäßigung", "BahnCard 25 (2. Kl.)"),
            ("Gültigkeit", "ab 26.03.2026, bis 27.03.2026 10:00 Uhr"),
        ],
        "DV",
        "DV",
        9,
        15,
    )
    p.qr(W - 160, H - 230, 120, "r06qr", 29)
    y -= 34
    p.rect(36, y - 5, W - 72, 17, fill=(0.93, 0.93, 0.93))
    y = table(
        p,
        y,
        [
            ("Halt", 40, "l"),
            ("Datum", 190, "l"),
            ("Zeit", 260, "l"),
            ("Gleis", 320, "l"),
            ("Produkte / Reservierung", 370, "l"),
        ],
        [
            ("Berlin Hbf (tief)", "26.03.", "ab 09:29", "1", "ICE 1005 · Wg. 7, Pl. 64 Fenster"),
            ("München Hbf", "26.03.", "an 13:33", "19", ""),
        ],
        "DV",
        "DVB",
        8.5,
        17,
    )
    y -= 14
    p.t(40, y, "Preisaufstellung", "DVB", 11)
    y = kv(
        p,
        40,
        330,
        y - 20,
        [
            ("Flexpreis inkl. BahnCard 25-Rabatt", fmt(fare, "de") + " €"),
            ("Sitzplatzreservierung", fmt(seat, "de") + " €"),
            ("Summe", fmt(tot, "de") + " €", True),
        ],
        "DV",
        "DVB",
        9,
        16,
    )
    y = kv(
        p,
        40,
        330,
        y - 4,
        [("Nettobetrag", fmt(net, "de") + " €"), ("enthaltene MwSt. D 7 %", fmt(vat, "de") + " €")],
        "DV",
        "DV",
        8.5,
        14,
    )
    lines_of(
        p,
        40,
        y - 16,
        [
            "Zahlungsweise: Kreditkarte (Mastercard ••• 5512), belastet am 02.03.2026",
            "Buchungsdatum: 02.03.2026 · Rechnungs-/Belegnummer: 2026-RB-88412037",
        ],
        "DV",
        8.5,
        13,
    )
    p.line(40, 110, W - 40, 110, 0.4)
    lines_of(
        p,
        40,
        96,
        [
            "Nordbahn Fernverkehr AG · Europaplatz 1 · 10557 Berlin · Sitz Berlin, Registergericht Berlin-Charlottenburg HRB 81605",
            "USt-IdNr. DE 260 441 870 · Es gelten die Beförderungsbedingungen der Nordbahn (BB Personenverkehr).",
            "Dieses Online-Ticket ist nur gültig mit Ihrem Lichtbildausweis. Beleg zur Vorlage beim Finanzamt.",
        ],
        "DV",
        6.5,
        9,
    )
    t = truth(
        "2026-RB-88412037",
        "2026-03-02",
        None,
        "Nordbahn Fernverkehr AG",
        net,
        vat,
        tot,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        [
            {
                "description": "Flexpreis inkl. BahnCard 25-Rabatt",
                "quantity": "1",
                "unit_price": str(fare),
                "amount": str(fare),
            },
            {
                "description": "Sitzplatzreservierung",
                "quantity": "1",
                "unit_price": str(seat),
                "amount": str(seat),
            },
        ],
        "Rail e-ticket: several dates (booking 02.03. = document date, travel 26.03., validity 27.03.); Auftragsnummer vs Rechnungs-/Belegnummer (keyed); 7% MwSt included; big QR box",
    )
    return p.save(), t


def r07(name, rnd):
    """Airline booking receipt e-mail, Spain domestic, fare breakdown with non-taxable airport charges and IVA 10%."""
    W, H = A4
    p = P(W, H, name)
    base = [
        ("Tarifa Basic (2 pasajeros)", D("2"), D("39.99")),
        ("Recargo de emisión", D("2"), D("6.00")),
        ("Maleta facturada 23 kg", D("1"), D("24.00")),
    ]
    its = items(base)
    b = sum(i["amount"] for i in its)
    fees = [
        ("Cargo de seguridad aeroportuaria (AESA)", D("5.80")),
        ("Prestación de servicios aeroportuarios (AENA)", D("13.52")),
        ("Cargo PMR (movilidad reducida)", D("2.44")),
    ]
    f = sum(v for _, v in fees)
    iva = q2(b * D("0.10"))
    net = b + f
    tot = net + iva
    y = email_frame(
        p,
        "11/1/26, 10:20",
        "Correo - Confirmación de tu reserva XR7TQM",
        "Confirmación de tu reserva XR7TQM · Madrid – Palma",
        "Alisio Airlines <reservas@alisioair.es>",
        "dom, 11 ene 2026, 10:14",
        "marta.gil@example.es",
    )
    p.rect(50, y - 44, W - 100, 44, fill=(0.98, 0.75, 0.0))
    p.t(66, y - 29, "alisio", "DVB", 20, col=(0.1, 0.1, 0.1))
    p.t(W - 66, y - 27, "Código de reserva  XR7TQM", "DVB", 11, "r", col=(0.1, 0.1, 0.1))
    y -= 74
    y = lines_of(
        p,
        60,
        y,
        [
            "¡Hola, Marta! Tu reserva está confirmada.",
            "Vuelo AL 3418 · Madrid (MAD T4) → Palma de Mallorca (PMI) · jue, 05/02/2026 · 07:35 – 09:00",
            "Pasajeros: Marta Gil Ortega, Pablo Serrano Ruiz",
        ],
        "DV",
        9,
        15,
    )
    y -= 12
    p.t(60, y, "Desglose del precio", "DVB", 11)
    y = table(
        p,
        y - 20,
        [("Concepto", 60, "l"), ("Uds.", 360, "r"), ("Precio", 440, "r"), ("Importe", W - 60, "r")],
        [
            (
                i["description"],
                str(i["quantity"]),
                fmt(i["unit_price"], "de") + " €",
                fmt(i["amount"], "de") + " €",
            )
            for i in its
        ]
        + [(k, "", "", fmt(v, "de") + " €") for k, v in fees],
        "DV",
        "DVB",
        8.5,
        16,
        rule=(60, W - 60),
    )
    p.line(60, y + 8, W - 60, y + 8, 0.5)
    y = kv(
        p,
        280,
        W - 60,
        y - 6,
        [
            ("Base imponible (sujeta a IVA)", fmt(b, "de") + " €"),
            ("Cargos aeroportuarios no sujetos", fmt(f, "de") + " €"),
            ("Total sin IVA", fmt(net, "de") + " €"),
            ("IVA 10 %", fmt(iva, "de") + " €"),
            ("TOTAL PAGADO", fmt(tot, "de") + " €", True),
        ],
        "DV",
        "DVB",
        9,
        16,
    )
    lines_of(
        p,
        60,
        y - 14,
        [
            "Justificante de pago nº AL-J-26-0045871 · Fecha de emisión 11/01/2026",
            "Forma de pago: Tarjeta VISA ****0192",
        ],
        "DV",
        8.5,
        13,
    )
    p.t(
        W / 2,
        60,
        "Alisio Airlines, S.A. · NIF A07123458 · Camí de Son Fangos 100, 07007 Palma · Inscrita en el R.M. de Baleares",
        "DV",
        6.5,
        "c",
        col=(0.4, 0.4, 0.4),
    )
    email_foot(p, "https://correo.example.es/print?msg=17a9c")
    t = truth(
        "AL-J-26-0045871",
        "2026-01-11",
        None,
        "Alisio Airlines, S.A.",
        net,
        iva,
        tot,
        "EUR",
        "es-ES",
        "receipt",
        "receipt",
        li_json(its)
        + [
            {"description": k, "quantity": "1", "unit_price": str(v), "amount": str(v)}
            for k, v in fees
        ],
        "Airline e-mail receipt: booking code XR7TQM vs 'Justificante de pago' number (keyed); airport charges ('cargos', not sujetos) are NOT keyed as tax: vat = IVA 10% only, net = printed 'Total sin IVA'; flight date differs from issue date",
    )
    return p.save(), t


def r08(name, rnd):
    """App-store receipt, phone screenshot (1290 px), Ireland, VAT 23% included."""
    W, H = 430, 932
    p = P(W, H, name)
    y = phone(p, False, "08:12")
    p.t(20, y - 12, "‹ Inbox", "DV", 12, col=(0.0, 0.48, 1.0))
    y -= 50
    p.t(20, y, "Your receipt from Pomona", "DVB", 17)
    p.t(20, y - 20, "Pomona <no_reply@email.pomona.example>", "DV", 9.5, col=(0.45, 0.45, 0.45))
    p.t(W - 20, y - 20, "3 Feb", "DV", 9.5, "r", col=(0.45, 0.45, 0.45))
    y -= 56
    p.circle(W / 2, y - 14, 16, fill=(0.2, 0.2, 0.2))
    p.circle(W / 2 + 5, y - 4, 5, fill=(1, 1, 1))
    y -= 54
    p.t(W / 2, y, "Receipt", "DVB", 22, "c")
    y -= 34
    y = kv(
        p,
        24,
        W - 24,
        y,
        [
            ("Pomona ID", "f.nolan@example.ie"),
            ("Date", "3 Feb 2026"),
            ("Order ID", "MX7QK2L9PZ"),
            ("Document No.", "183920447512"),
        ],
        "DV",
        "DV",
        9.5,
        17,
    )
    y -= 10
    p.line(24, y + 12, W - 24, y + 12, 0.5, (0.85, 0.85, 0.85))
    its = items(
        [
            ("Notewise Pro — Monthly (renews 3 Mar 2026)", 1, "4.99"),
            ("Skyline Tycoon — Pile of 1,200 Gems", 1, "9.99"),
            ("Cloud+ 200 GB — Monthly", 1, "2.99"),
        ]
    )
    tot = sum(i["amount"] for i in its)
    net, vat = incl_vat(tot, 23)
    for i, dev in zip(its, ["Notewise Labs", "Fennec Games Ltd", "Pomona"], strict=False):
        p.rect(
            24, y - 26, 30, 30, fill=(rnd.random() * 0.6 + 0.2, rnd.random() * 0.6 + 0.2, 0.7), r=7
        )
        p.t(64, y - 6, i["description"], "DV", 9.5)
        p.t(64, y - 20, dev, "DV", 8.5, col=(0.45, 0.45, 0.45))
        p.t(W - 24, y - 6, "€" + fmt(i["amount"]), "DVB", 9.5, "r")
        y -= 44
    p.line(24, y + 12, W - 24, y + 12, 0.5, (0.85, 0.85, 0.85))
    y = kv(
        p,
        220,
        W - 24,
        y - 6,
        [
            ("Subtotal", "€" + fmt(net)),
            ("VAT charged at 23%", "€" + fmt(vat)),
            ("TOTAL", "€" + fmt(tot), True),
        ],
        "DV",
        "DVB",
        10,
        19,
    )
    y -= 12
    lines_of(
        p,
        24,
        y,
        [
            "Billed to: Visa •••• 0623",
            "",
            "Pomona Distribution International Ltd.",
            "Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland",
            "VAT No. IE 9700053D",
        ],
        "DV",
        8.5,
        13,
        col=(0.4, 0.4, 0.4),
    )
    t = truth(
        "183920447512",
        "2026-02-03",
        None,
        "Pomona Distribution International Ltd.",
        net,
        vat,
        tot,
        "EUR",
        "en-IE",
        "receipt",
        "receipt",
        its,
        "App-store receipt inside a mail app, 1290 px phone screenshot: Order ID vs Document No. (keyed Document No.); item developers listed under each item are not the seller; 'Subtotal' is net of VAT",
    )
    return p.save(), t


def r09(name, rnd):
    """Amazon-like order confirmation e-mail, US, promotion, shipping, estimated tax."""
    W, H = LETTER
    p = P(W, H, name)
    its = items(
        [
            ("Kitchen scale, stainless, 11 lb capacity", 1, "24.99"),
            ("Silicone baking mats, set of 3", 2, "13.49"),
            ("Cast iron skillet 12-inch, pre-seasoned", 1, "34.90"),
        ]
    )
    sub = sum(i["amount"] for i in its)
    ship, promo = D("5.99"), D("-5.99")
    before = sub + ship + promo
    tax = q2(before * D("0.1025"))
    tot = before + tax
    y = email_frame(
        p,
        "1/27/26, 6:30 PM",
        "Mail - Your Shopvale.com order #114-3920113-5521047",
        "Your Shopvale.com order #114-3920113-5521047",
        "Shopvale.com <auto-confirm@shopvale.com>",
        "Tue, Jan 27, 2026, 6:22 PM",
        "rgarcia@example.com",
    )
    p.t(60, y - 10, "shopvale", "DVB", 22, col=(0.1, 0.1, 0.1))
    p.line(62, y - 18, 140, y - 20, 2.5, (1.0, 0.6, 0.0))
    p.t(W - 60, y - 8, "Order Confirmation", "DV", 12, "r")
    y -= 50
    y = lines_of(
        p,
        60,
        y,
        [
            "Hello Rosa Garcia,",
            "Thank you for shopping with us. We'll send a confirmation when your items ship.",
            "Arriving: Friday, January 30",
        ],
        "DV",
        9,
        14,
    )
    y -= 8
    y = kv(
        p,
        60,
        320,
        y,
        [("Order #", "114-3920113-5521047"), ("Placed on", "January 27, 2026")],
        "DV",
        "DV",
        9,
        14,
    )
    p.t(340, y + 28, "Ship to:", "DVB", 8.5)
    lines_of(
        p, 340, y + 15, ["Rosa Garcia, 1718 W Pratt Blvd Apt 3", "Chicago, IL 60626"], "DV", 8.5, 12
    )
    y -= 16
    p.rect(56, y - 5, W - 112, 17, fill=(0.93, 0.95, 0.96))
    y = table(
        p,
        y,
        [("Item", 60, "l"), ("Qty", 400, "r"), ("Price", W - 60, "r")],
        [(i["description"], str(i["quantity"]), "$" + fmt(i["amount"])) for i in its],
        "DV",
        "DVB",
        9,
        18,
    )
    p.t(60, y + 4, "Sold by: Shopvale.com Services LLC", "DV", 7.5, col=(0.4, 0.4, 0.4))
    y -= 14
    p.line(330, y + 10, W - 60, y + 10, 0.5)
    y = kv(
        p,
        330,
        W - 60,
        y - 4,
        [
            ("Item(s) Subtotal:", "$" + fmt(sub)),
            ("Shipping & Handling:", "$" + fmt(ship)),
            ("Free Shipping promotion:", "-$" + fmt(-promo)),
            ("Total before tax:", "$" + fmt(before)),
            ("Estimated tax to be collected:", "$" + fmt(tax)),
            ("Order Total:", "$" + fmt(tot), True),
        ],
        "DV",
        "DVB",
        9,
        16,
    )
    lines_of(
        p,
        60,
        y - 16,
        [
            "Payment method: Mastercard ending in 8842",
            "This email was sent from a notification-only address that cannot accept incoming email.",
        ],
        "DV",
        8,
        12,
        col=(0.4, 0.4, 0.4),
    )
    email_foot(p, "https://mail.example.com/mail/u/0/?view=pt&th=18d4c")
    t = truth(
        "114-3920113-5521047",
        "2026-01-27",
        None,
        "Shopvale.com Services LLC",
        before,
        tax,
        tot,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        its,
        "E-commerce order confirmation e-mail: 'Estimated tax', shipping cancelled by a same-size promotion; net keyed as printed 'Total before tax'; Chicago 10.25% sales tax",
    )
    return p.save(), t


def r10(name, rnd):
    """Parking garage receipt on a 58 mm roll, Netherlands, BTW 21% included."""
    tot = D("14.40")
    net, vat = incl_vat(tot, 21)
    M = "DVM"

    def draw(p):
        W = p.W
        y = p.H - 18
        p.t(W / 2, y, "P-STAD", "DVMB", 14, "c")
        y = lines_of(
            p,
            W / 2,
            y - 16,
            [
                "Parkeergarage",
                "De Raaks",
                "Raaks 2, 2011 VB Haarlem",
                "P-Stad Parkeren B.V.",
                "BTW NL8571.22.409.B01",
            ],
            M,
            6.8,
            9,
            "c",
        )
        y -= 6
        p.t(W / 2, y, "KWITANTIE", "DVMB", 8, "c")
        y -= 14
        y = kv(
            p,
            8,
            W - 8,
            y,
            [
                ("Bonnr.", "0418-26-003317"),
                ("Ticket", "88 41 902 317"),
                ("Inrit", "18-02-26 13:47"),
                ("Uitrit", "18-02-26 16:59"),
                ("Parkeerduur", "3u 12m"),
                ("Tarief", "€ 0,75/20 min"),
            ],
            M,
            M,
            6.8,
            9.5,
        )
        y -= 4
        p.line(8, y + 6, W - 8, y + 6, 0.5, dash=([2, 2], 0))
        y = kv(
            p,
            8,
            W - 8,
            y - 6,
            [
                ("TOTAAL", "€ " + fmt(tot, "nl"), True),
                ("Excl. BTW", "€ " + fmt(net, "nl")),
                ("BTW 21%", "€ " + fmt(vat, "nl")),
                ("Betaald PIN", "€ " + fmt(tot, "nl")),
            ],
            M,
            "DVMB",
            7,
            10,
        )
        y -= 4
        y = lines_of(
            p,
            W / 2,
            y,
            [
                "Maestro ****6610",
                "Autorisatie 7A9K21",
                "Automaat 3 · Niveau -1",
                "",
                "Bedankt en goede reis!",
            ],
            M,
            6.5,
            9,
            "c",
        )

    pdf = roll(name, 58, draw)
    t = truth(
        "0418-26-003317",
        "2026-02-18",
        None,
        "P-Stad Parkeren B.V.",
        net,
        vat,
        tot,
        "EUR",
        "nl-NL",
        "receipt",
        "receipt",
        [
            {
                "description": "Parkeren 3u 12m",
                "quantity": "1",
                "unit_price": "14.40",
                "amount": "14.40",
            }
        ],
        "58 mm parking receipt, thermal-faded scan: two dates/times (entry/exit, DD-MM-YY), Bonnr. vs Ticket number; garage name vs operator B.V.; BTW 21% included",
    )
    return pdf, t


def r11(name, rnd):
    """EV charging session receipt, phone screenshot, dark mode, Germany, 19% MwSt included."""
    W, H = 390, 844
    p = P(W, H, name)
    y = phone(p, True, "17:52")
    wh, gr, acc = (1, 1, 1), (0.6, 0.62, 0.66), (0.35, 0.85, 0.55)
    p.t(20, y - 14, "‹ Verlauf", "DV", 12, col=acc)
    y -= 52
    p.t(20, y, "Ladevorgang beendet", "DVB", 18, col=wh)
    p.t(20, y - 20, "VOLTWERK · Schnelllader HPC", "DV", 9.5, col=gr)
    y -= 54
    p.circle(W / 2, y - 40, 42, stroke=acc, lw=5)
    kwh, price = D("38.42"), D("0.59")
    energy = q2(kwh * price)
    idle = D("0.00")
    tot = energy + idle
    net, vat = incl_vat(tot, 19)
    p.t(W / 2, y - 40, "38,42", "DVB", 18, "c", col=wh)
    p.t(W / 2, y - 56, "kWh", "DV", 9, "c", col=gr)
    y -= 108
    y = kv(
        p,
        20,
        W - 20,
        y,
        [
            ("Standort", "Rasthof Garbsen Nord, A2"),
            ("Ladepunkt", "DE*VWK*E0412*03"),
            ("Start", "24.02.2026 16:58"),
            ("Ende", "24.02.2026 17:31"),
            ("Dauer", "33 min"),
        ],
        "DV",
        "DV",
        9.5,
        20,
        col=wh,
    )
    p.line(20, y + 10, W - 20, y + 10, 0.5, (0.3, 0.3, 0.32))
    y = kv(
        p,
        20,
        W - 20,
        y - 8,
        [
            ("Energie 38,42 kWh × 0,59 €", fmt(energy, "de") + " €"),
            ("Blockiergebühr", fmt(idle, "de") + " €"),
            ("Gesamt", fmt(tot, "de") + " €", True),
            ("Netto", fmt(net, "de") + " €"),
            ("enth. MwSt. 19 %", fmt(vat, "de") + " €"),
        ],
        "DV",
        "DVB",
        10,
        22,
        col=wh,
    )
    y -= 6
    lines_of(
        p,
        20,
        y,
        [
            "Rechnungsnr. VW-DE-26-0884123",
            "Zahlung: Google Pay (Mastercard ••7781)",
            "Voltwerk Charging GmbH · Leopoldstr. 8 · 80802 München",
            "USt-IdNr. DE 331 908 245",
        ],
        "DV",
        8.5,
        15,
        col=gr,
    )
    p.rect(20, 36, W - 40, 44, fill=acc, r=22)
    p.t(W / 2, 54, "Rechnung als PDF teilen", "DVB", 11, "c", col=(0.05, 0.05, 0.05))
    t = truth(
        "VW-DE-26-0884123",
        "2026-02-24",
        None,
        "Voltwerk Charging GmbH",
        net,
        vat,
        tot,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        [
            {
                "description": "Energie 38,42 kWh",
                "quantity": "38.42",
                "unit_price": "0.59",
                "amount": str(energy),
            }
        ],
        "EV-charging app screenshot in DARK MODE: kWh figure in a big gauge (38,42) looks like an amount; zero-value idle fee line; 19% MwSt included; charge-point id with asterisks",
    )
    return p.save(), t


def r12(name, rnd):
    """Italian documento commerciale with a card-terminal slip stapled underneath, 80 mm, photo."""
    its = items(
        [
            ("CAPPUCCINO", 2, "1.80"),
            ("BRIOCHE CREMA", 2, "1.60"),
            ("SPREMUTA ARANCIA", 1, "4.50"),
            ("TRAMEZZINO TONNO", 1, "4.20"),
            ("MAGNETE SOUVENIR", 2, "3.90"),
        ]
    )
    rates = [10, 10, 10, 10, 22]
    g = {}
    for i, r in zip(its, rates, strict=False):
        g[r] = g.get(r, D(0)) + i["amount"]
    parts = {r: incl_vat(v, r) for r, v in g.items()}
    tot = sum(i["amount"] for i in its)
    vat = sum(v for _, v in parts.values())
    net = tot - vat
    M = "Courier"

    def draw(p):
        W = p.W
        y = p.H - 20
        p.t(W / 2, y, "Caffè Pasticceria Duomo", "Courier-Bold", 10, "c")
        y = lines_of(
            p,
            W / 2,
            y - 13,
            [
                "di Riva & Zanella S.n.c.",
                "Piazza Duomo 9 - 38066 Riva del Garda (TN)",
                "P.IVA 02318450227",
            ],
            M,
            7.5,
            10,
            "c",
        )
        y -= 4
        y = lines_of(
            p,
            W / 2,
            y,
            ["DOCUMENTO COMMERCIALE", "di vendita o prestazione"],
            "Courier-Bold",
            8,
            10,
            "c",
        )
        y -= 6
        p.t(10, y, "DESCRIZIONE", M, 7.5)
        p.t(W - 60, y, "IVA", M, 7.5, "r")
        p.t(W - 10, y, "Prezzo(€)", M, 7.5, "r")
        y -= 12
        for i, r in zip(its, rates, strict=False):
            if i["quantity"] > 1:
                p.t(14, y, f"{i['quantity']} x {fmt(i['unit_price'], 'de')}", M, 7.5)
                y -= 10
            p.t(10, y, i["description"], M, 7.5)
            p.t(W - 60, y, f"{r},00%", M, 7.5, "r")
            p.t(W - 10, y, fmt(i["amount"], "de"), M, 7.5, "r")
            y -= 10
        y -= 4
        y = kv(
            p,
            10,
            W - 10,
            y,
            [("TOTALE COMPLESSIVO", fmt(tot, "de"), True), ("di cui IVA", fmt(vat, "de"))],
            M,
            "Courier-Bold",
            8.5,
            12,
        )
        y = kv(
            p,
            10,
            W - 10,
            y,
            [
                (f"  IVA {r}% su imp. {fmt(n, 'de')}", fmt(v, "de"))
                for r, (n, v) in sorted(parts.items())
            ],
            M,
            M,
            7,
            10,
        )
        y = kv(
            p,
            10,
            W - 10,
            y - 2,
            [("Pagamento elettronico", fmt(tot, "de")), ("Importo pagato", fmt(tot, "de"))],
            M,
            M,
            7.5,
            10,
        )
        y -= 4
        y = lines_of(
            p,
            W / 2,
            y,
            [
                "14-02-2026 10:42",
                "DOCUMENTO N. 0142-0087",
                "RT 99MEX012345",
                "Grazie e arrivederci",
            ],
            M,
            7.5,
            10,
            "c",
        )
        y -= 24
        # stapled POS slip
        p.rect(14, y - 200, W - 28, 200, fill=(0.97, 0.97, 0.95), stroke=(0.7, 0.7, 0.7))
        p.rect(W / 2 - 14, y - 6, 28, 4, fill=(0.55, 0.55, 0.58))
        yy = y - 22
        yy = lines_of(
            p,
            W / 2,
            yy,
            ["NEXI", "CAFFE PASTICC. DUOMO", "RIVA DEL GARDA", "ESERC. 0004471283  TML 10493327"],
            M,
            7,
            10,
            "c",
        )
        yy -= 4
        p.t(W / 2, yy, "ACQUISTO", "Courier-Bold", 9, "c")
        yy = kv(
            p,
            24,
            W - 24,
            yy - 14,
            [
                ("MASTERCARD", "**** **** **** 3390"),
                ("DATA 14/02/26", "ORA 10:42"),
                ("STAN 000318", "AUT. 61K2QX"),
                ("IMPORTO EUR", fmt(tot, "de"), True),
            ],
            M,
            "Courier-Bold",
            7,
            11,
        )
        lines_of(
            p, W / 2, yy - 4, ["TRANSAZIONE ESEGUITA", "CONTACTLESS - COPIA CLIENTE"], M, 7, 10, "c"
        )

    pdf = roll(name, 80, draw)
    t = truth(
        "0142-0087",
        "2026-02-14",
        None,
        "Caffè Pasticceria Duomo di Riva & Zanella S.n.c.",
        net,
        vat,
        tot,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        its,
        "Italian 'documento commerciale' with a card-terminal slip stapled below (photo): slip repeats the total and has its own STAN/AUT numbers; IVA 10% + 22% included, printed 'di cui IVA'; DD-MM-YYYY; trade name on first line, legal form on the second",
    )
    return pdf, t


def r13(name, rnd):
    """Hotel booking confirmation from a booking app, phone screenshot, Austria, 10% VAT included, city tax not included."""
    W, H = 390, 844
    p = P(W, H, name)
    y = phone(p, False, "14:26")
    blue = (0.0, 0.21, 0.5)
    p.rect(0, y - 44, W, 50, fill=blue)
    p.t(20, y - 24, "‹", "DVB", 18, col=(1, 1, 1))
    p.t(W / 2, y - 23, "stayly.", "DVB", 15, "c", col=(1, 1, 1))
    y -= 76
    p.t(20, y, "Your booking is confirmed", "DVB", 15, col=(0.0, 0.5, 0.2))
    p.t(20, y - 20, "Hotel Alpenrose Innsbruck", "DVB", 13)
    p.t(
        20,
        y - 36,
        "Maria-Theresien-Straße 22, 6020 Innsbruck, Austria",
        "DV",
        8.5,
        col=(0.4, 0.4, 0.4),
    )
    y -= 66
    p.rect(20, y - 50, W - 40, 62, stroke=(0.8, 0.8, 0.8), r=8)
    p.t(32, y - 4, "Check-in", "DV", 8.5, col=(0.4, 0.4, 0.4))
    p.t(32, y - 22, "Fri 6 Mar 2026", "DVB", 11)
    p.t(32, y - 38, "from 15:00", "DV", 8.5)
    p.t(210, y - 4, "Check-out", "DV", 8.5, col=(0.4, 0.4, 0.4))
    p.t(210, y - 22, "Mon 9 Mar 2026", "DVB", 11)
    p.t(210, y - 38, "until 11:00", "DV", 8.5)
    y -= 80
    nights = items(
        [
            ("Superior Double Room, breakfast included — 6 Mar", 1, "124.00"),
            ("Superior Double Room, breakfast included — 7 Mar", 1, "139.00"),
            ("Superior Double Room, breakfast included — 8 Mar", 1, "112.00"),
        ]
    )
    tot = sum(i["amount"] for i in nights)
    net, vat = incl_vat(tot, 10)
    y = kv(
        p,
        20,
        W - 20,
        y,
        [
            ("Confirmation number", "4127.883.902"),
            ("PIN code", "7391"),
            ("Booked on", "14 Feb 2026"),
            ("Guests", "2 adults · 3 nights"),
        ],
        "DV",
        "DVB",
        9.5,
        18,
    )
    p.line(20, y + 8, W - 20, y + 8, 0.5, (0.85, 0.85, 0.85))
    y -= 6
    p.t(20, y, "Price details", "DVB", 12)
    y = kv(
        p,
        20,
        W - 20,
        y - 20,
        [
            (f"6 Mar · {nights[0]['description'].split(',')[0]}", "€ " + fmt(nights[0]["amount"])),
            ("7 Mar", "€ " + fmt(nights[1]["amount"])),
            ("8 Mar", "€ " + fmt(nights[2]["amount"])),
            ("Total price", "€ " + fmt(tot), True),
            ("Includes 10% VAT", "€ " + fmt(vat)),
        ],
        "DV",
        "DVB",
        9.5,
        18,
    )
    y -= 4
    p.rect(20, y - 44, W - 40, 54, fill=(1.0, 0.96, 0.85), r=6)
    lines_of(
        p,
        30,
        y - 2,
        [
            "Not included: City tax € 3.00 per person per night",
            "(€ 18.00), payable at the property.",
            "Paid online on 14 Feb 2026 · Visa •••• 5120",
        ],
        "DV",
        8.5,
        13,
    )
    t = truth(
        "4127.883.902",
        "2026-02-14",
        None,
        "Hotel Alpenrose Innsbruck",
        net,
        vat,
        tot,
        "EUR",
        "de-AT",
        "receipt",
        "receipt",
        nights,
        "Booking-app confirmation screenshot: platform wordmark 'stayly.' vs the property; stay dates vs booking date (keyed booking date 14 Feb); 10% VAT included; city tax € 18.00 printed but NOT charged (not in total/vat); PIN code near the confirmation number",
    )
    return p.save(), t


def r14(name, rnd):
    """Australian taxi receipt, 80 mm, card surcharge, GST included; downscaled scan."""
    fare, book = D("38.60"), D("2.50")
    sub = fare + book
    fee = q2(sub * D("0.05"))
    tot = sub + fee
    net, gst = incl_vat(tot, 10)
    M = "DVM"

    def draw(p):
        W = p.W
        y = p.H - 22
        p.t(W / 2, y, "HARBOUR CITY TAXIS", "DVMB", 11, "c")
        y = lines_of(
            p,
            W / 2,
            y - 14,
            ["TAX INVOICE", "ABN 38 140 522 916", "Taxi T 4471 · Driver 20933"],
            M,
            7.5,
            10,
            "c",
        )
        y -= 6
        y = kv(
            p,
            10,
            W - 10,
            y,
            [
                ("Receipt", "008812"),
                ("Date", "21/02/2026"),
                ("Time", "01:14"),
                ("Pick up", "Darling Harbour"),
                ("Drop off", "Bondi Junction"),
                ("Distance", "9.8 km"),
            ],
            M,
            M,
            7.5,
            11,
        )
        y -= 4
        p.line(10, y + 6, W - 10, y + 6, 0.5, dash=([2, 2], 0))
        y = kv(
            p,
            10,
            W - 10,
            y - 6,
            [
                ("Meter fare", "$" + fmt(fare)),
                ("Booking fee", "$" + fmt(book)),
                ("Subtotal", "$" + fmt(sub)),
                ("Card service fee 5%", "$" + fmt(fee)),
                ("TOTAL AUD", "$" + fmt(tot), True),
                ("Total excl. GST", "$" + fmt(net)),
                ("GST included", "$" + fmt(gst)),
            ],
            M,
            "DVMB",
            7.5,
            11,
        )
        y -= 4
        lines_of(
            p, W / 2, y, ["PAID EFTPOS VISA ..4009", "Thank you - drive safely"], M, 7.5, 10, "c"
        )

    pdf = roll(name, 80, draw)
    t = truth(
        "008812",
        "2026-02-21",
        None,
        "HARBOUR CITY TAXIS",
        net,
        gst,
        tot,
        "AUD",
        "en-AU",
        "receipt",
        "receipt",
        [
            {
                "description": "Meter fare",
                "quantity": "1",
                "unit_price": "38.60",
                "amount": "38.60",
            },
            {"description": "Booking fee", "quantity": "1", "unit_price": "2.50", "amount": "2.50"},
            {
                "description": "Card service fee 5%",
                "quantity": "1",
                "unit_price": str(fee),
                "amount": str(fee),
            },
        ],
        "80 mm taxi receipt scanned and downscaled to ~650 px wide: card surcharge after subtotal; GST included (1/11); taxi/driver numbers near receipt number; DD/MM/YYYY",
    )
    return pdf, t


def r15(name, rnd):
    """US hotel folio (Chicago), room + parking with several occupancy taxes, photo."""
    W, H = LETTER
    p = P(W, H, name)
    rate = D("229.00")
    park = D("59.00")
    room = rate * 3
    pk = park * 3
    taxes = [
        ("State Hotel Tax 6.00%", q2(rate * D("0.06")) * 3),
        ("City Hotel Tax 4.50%", q2(rate * D("0.045")) * 3),
        ("MPEA Tax 2.50%", q2(rate * D("0.025")) * 3),
        ("County Hotel Tax 1.00%", q2(rate * D("0.01")) * 3),
        ("Parking Tax 22.00%", q2(park * D("0.22")) * 3),
    ]
    net = room + pk
    vat = sum(v for _, v in taxes)
    tot = net + vat
    p.t(W / 2, H - 66, "THE LARKSPUR", "Times-Bold", 24, "c")
    p.t(W / 2, H - 82, "HOTEL · CHICAGO", "Times-Roman", 9, "c")
    p.t(
        W / 2,
        H - 96,
        "Larkspur Hotel Partners LLC · 211 E Ontario St · Chicago, IL 60611 · (312) 555-0120",
        "Times-Roman",
        8,
        "c",
    )
    y = H - 134
    lines_of(
        p,
        50,
        y,
        ["Ms. Hannah Whitfield", "3902 Oak Lawn Ave", "Dallas, TX 75219"],
        "Times-Roman",
        10,
        13,
    )
    kv(
        p,
        340,
        W - 50,
        y,
        [
            ("Room", "1412"),
            ("Arrival", "02/23/26"),
            ("Departure", "02/26/26"),
            ("Folio No.", "88213"),
            ("Conf. No.", "LK5592017"),
            ("Cashier", "MRIOS"),
        ],
        "Times-Roman",
        "Times-Roman",
        9.5,
        13,
    )
    y -= 96
    rows = []
    for _k, d in enumerate(["02/23/26", "02/24/26", "02/25/26"]):
        rows.append((d, "Room Charge", "", fmt(rate)))
        for lab, pct in [
            ("State Hotel Tax", "0.06"),
            ("City Hotel Tax", "0.045"),
            ("MPEA Tax", "0.025"),
            ("County Hotel Tax", "0.01"),
        ]:
            rows.append((d, lab, "", fmt(q2(rate * D(pct)))))
        rows.append((d, "Self Parking", "", fmt(park)))
        rows.append((d, "Parking Tax", "", fmt(q2(park * D("0.22")))))
    rows.append(("02/26/26", "Visa ****8121", fmt(tot), ""))
    # per-night tax lines must add up to the folio totals
    per_night = {
        "State": q2(rate * D("0.06")) * 3,
        "City": q2(rate * D("0.045")) * 3,
        "MPEA": q2(rate * D("0.025")) * 3,
        "County": q2(rate * D("0.01")) * 3,
        "Parking": q2(park * D("0.22")) * 3,
    }
    assert [per_night[k] for k in ["State", "City", "MPEA", "County", "Parking"]] == [
        v for _, v in taxes
    ], per_night
    p.rect(46, y - 5, W - 92, 16, fill=(0.9, 0.9, 0.88))
    y = table(
        p,
        y,
        [
            ("Date", 50, "l"),
            ("Description", 130, "l"),
            ("Payments", 440, "r"),
            ("Charges", W - 50, "r"),
        ],
        rows,
        "Courier",
        "Times-Bold",
        8.5,
        12.5,
    )
    p.line(46, y + 6, W - 46, y + 6, 0.5)
    y = kv(
        p,
        300,
        W - 50,
        y - 6,
        [("Room & Parking", fmt(net))]
        + [(k, fmt(v)) for k, v in taxes]
        + [
            ("Total Charges", fmt(tot), True),
            ("Total Payments", fmt(tot)),
            ("Balance Due", "0.00 USD", True),
        ],
        "Times-Roman",
        "Times-Bold",
        9,
        12.5,
    )
    p.t(
        50,
        40,
        "Guest signature ________________________     Thank you for staying with us.",
        "Times-Italic",
        8.5,
    )
    t = truth(
        "88213",
        "2026-02-26",
        None,
        "Larkspur Hotel Partners LLC",
        net,
        vat,
        tot,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        [
            {
                "description": "Room Charge",
                "quantity": "3",
                "unit_price": str(rate),
                "amount": str(room),
            },
            {
                "description": "Self Parking",
                "quantity": "3",
                "unit_price": str(park),
                "amount": str(pk),
            },
        ],
        "US hotel folio photo: 4 separate occupancy taxes + parking tax per night (vat = sum of all 5 taxes); Folio No. vs Conf. No.; payment line makes Balance 0.00; MM/DD/YY; keyed on departure date",
    )
    return p.save(), t


def r16(name, rnd):
    """Delivery order printed by the restaurant on 76 mm paper, Netherlands, BTW 9% included, photo."""
    its = items(
        [
            ("Pizza Diavola 33cm", 2, "14.50"),
            ("Pizza Quattro Formaggi", 1, "15.75"),
            ("Tiramisu", 2, "5.95"),
            ("San Pellegrino 0,5L", 2, "2.95"),
        ]
    )
    sub = sum(i["amount"] for i in its)
    bez = D("2.49")
    tot = sub + bez
    net, vat = incl_vat(tot, 9)
    M = "Courier"

    def draw(p):
        W = p.W
        y = p.H - 22
        p.t(W / 2, y, "DA NINO", "Courier-Bold", 16, "c")
        y = lines_of(
            p,
            W / 2,
            y - 14,
            [
                "Pizzeria Da Nino V.O.F.",
                "Botermarkt 17, 2011 XL Haarlem",
                "KvK 70214456 · BTW NL858221045B01",
            ],
            M,
            7,
            9.5,
            "c",
        )
        y -= 6
        p.rect(8, y - 30, W - 16, 36, fill=(0, 0, 0))
        p.t(W / 2, y - 10, "BEZORGEN", "Courier-Bold", 12, "c", col=(1, 1, 1))
        p.t(W / 2, y - 24, "via Bezorgklaar.nl", M, 8, "c", col=(1, 1, 1))
        y -= 48
        y = kv(
            p,
            8,
            W - 8,
            y,
            [
                ("Bestelling", "#L3K9-2A7P"),
                ("Besteld", "27-02-2026 18:52"),
                ("Gewenst", "ZSM (19:30)"),
            ],
            M,
            "Courier-Bold",
            7.5,
            10.5,
        )
        y = lines_of(
            p,
            8,
            y - 2,
            [
                "Klant: S. de Vries",
                "Kleine Houtstraat 88-B, Haarlem",
                "Opm.: bel aan bij 'De Vries/Bakker'",
            ],
            M,
            7,
            9.5,
        )
        y -= 4
        p.line(8, y + 6, W - 8, y + 6, 0.5, dash=([2, 2], 0))
        for i in its:
            p.t(8, y - 4, f"{i['quantity']}x {i['description']}", M, 7.5)
            p.t(W - 8, y - 4, fmt(i["amount"], "nl"), M, 7.5, "r")
            y -= 11
        p.line(8, y + 2, W - 8, y + 2, 0.5, dash=([2, 2], 0))
        y = kv(
            p,
            8,
            W - 8,
            y - 10,
            [
                ("Subtotaal", fmt(sub, "nl")),
                ("Bezorgkosten", fmt(bez, "nl")),
                ("TOTAAL EUR", fmt(tot, "nl"), True),
                ("waarvan BTW 9%", fmt(vat, "nl")),
                ("ONLINE BETAALD (iDEAL)", fmt(tot, "nl")),
            ],
            M,
            "Courier-Bold",
            7.5,
            11,
        )
        y -= 6
        lines_of(p, W / 2, y, ["Eet smakelijk!", "Bon 20260227-041"], M, 7.5, 10, "c")

    pdf = roll(name, 76, draw)
    t = truth(
        "20260227-041",
        "2026-02-27",
        None,
        "Pizzeria Da Nino V.O.F.",
        net,
        vat,
        tot,
        "EUR",
        "nl-NL",
        "receipt",
        "receipt",
        its,
        "Delivery order slip printed by the restaurant (76 mm, photo): platform order code #L3K9-2A7P vs the restaurant's own 'Bon' number at the very bottom (keyed Bon); inverse black banner; BTW 9% included ('waarvan')",
    )
    return pdf, t


# ================================================================ driver

KINDS = {}  # name -> (kind, options)


def seed_of(name):
    return zlib.crc32(name.encode())


def build(name, outdir: Path):
    fn = globals()[name]
    kind, opt = KINDS[name]
    rnd = random.Random(seed_of(name))
    pdf, t = fn(name, rnd)
    drnd = random.Random(seed_of(name))
    opt = dict(opt)
    if kind == "pdf":
        ext, data = ".pdf", pdf
        t["kind"] = "pdf"
    elif kind in ("scan", "imgpdf"):
        jpg = opt.pop("jpg", None)
        page = opt.pop("page", A4)
        img = scan_img(pdf, drnd, **opt)
        buf = io.BytesIO()
        if kind == "imgpdf":
            ext, data = ".pdf", image_pdf(img, page)
        elif jpg:
            img.save(buf, "JPEG", quality=jpg)
            ext, data = ".jpg", buf.getvalue()
        else:
            img.save(buf, "PNG", optimize=True)
            ext, data = ".png", buf.getvalue()
        t["kind"] = "scan"
    elif kind == "photo":
        q = opt.pop("quality", 72)
        img = photo_img(pdf, drnd, **opt)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=q)
        ext, data = ".jpg", buf.getvalue()
        t["kind"] = "photo"
    elif kind == "shot":
        img = screenshot(pdf, opt.get("scale", 3.0))
        buf = io.BytesIO()
        img.save(buf, "PNG", optimize=True)
        ext, data = ".png", buf.getvalue()
        t["kind"] = "scan"
    else:
        raise ValueError(kind)
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / (name + ext)).write_bytes(data)
    (outdir / (name + ".json")).write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return name + ext, kind, t


KINDS.update(
    {
        "i01": ("pdf", {}),
        "i02": ("pdf", {}),
        "i03": (
            "scan",
            {
                "dpi": 200,
                "grey": False,
                "skew": 1.2,
                "blur": 0.7,
                "noise": 5,
                "specks": 30,
                "jpg": 80,
            },
        ),
        "i04": ("photo", {"long_side": 2100, "quality": 74}),
        "i05": ("pdf", {}),
        "i06": ("pdf", {}),
        "i07": ("pdf", {}),
        "i08": (
            "scan",
            {"dpi": 150, "grey": True, "skew": -0.8, "blur": 0.5, "noise": 7, "specks": 60},
        ),
        "i09": ("pdf", {}),
        "i10": ("photo", {"long_side": 1800, "quality": 68}),
        "i11": (
            "imgpdf",
            {"dpi": 200, "grey": True, "skew": 0.9, "blur": 0.6, "noise": 6, "specks": 50},
        ),
        "i12": ("pdf", {}),
        "i13": (
            "scan",
            {
                "dpi": 300,
                "grey": True,
                "skew": -1.6,
                "blur": 0.9,
                "noise": 5,
                "specks": 80,
                "width": 1400,
            },
        ),
        "i14": (
            "imgpdf",
            {
                "dpi": 150,
                "grey": False,
                "skew": -0.5,
                "blur": 0.5,
                "noise": 5,
                "specks": 25,
                "tint": (1.0, 0.99, 0.95),
            },
        ),
        "i15": ("photo", {"long_side": 2300, "quality": 78, "fold": True}),
        "i16": ("pdf", {}),
        "r01": ("pdf", {}),
        "r02": ("shot", {"scale": 3.0}),
        "r03": ("pdf", {}),
        "r04": ("shot", {"scale": 3.0}),
        "r05": (
            "imgpdf",
            {"dpi": 200, "grey": True, "skew": 1.4, "blur": 0.7, "noise": 6, "specks": 40},
        ),
        "r06": ("pdf", {}),
        "r07": ("pdf", {}),
        "r08": ("shot", {"scale": 3.0}),
        "r09": ("pdf", {}),
        "r10": (
            "scan",
            {
                "dpi": 300,
                "grey": True,
                "skew": 1.8,
                "blur": 0.8,
                "noise": 5,
                "specks": 20,
                "fade": True,
            },
        ),
        "r11": ("shot", {"scale": 3.0}),
        "r12": ("photo", {"long_side": 2200, "quality": 70, "dpi": 220, "fold": False}),
        "r13": ("shot", {"scale": 3.0}),
        "r14": (
            "scan",
            {
                "dpi": 250,
                "grey": True,
                "skew": -1.1,
                "blur": 0.6,
                "noise": 6,
                "specks": 15,
                "fade": True,
                "width": 650,
            },
        ),
        "r15": ("photo", {"long_side": 1900, "quality": 66}),
        "r16": ("photo", {"long_side": 2000, "quality": 76, "dpi": 220}),
    }
)

KIND_WORDS = {
    "pdf": "born-digital PDF",
    "scan": "scan image",
    "imgpdf": "image-only PDF (scan)",
    "photo": "phone photo (JPEG)",
    "shot": "phone screenshot (PNG)",
}
COUNTRY = {
    "en-US": "US",
    "en-GB": "UK",
    "en-CA": "CA",
    "en-NZ": "NZ",
    "en-IE": "IE",
    "en-AU": "AU",
    "es-ES": "ES",
    "de-DE": "DE",
    "nl-NL": "NL",
    "it-IT": "IT",
    "fr-FR": "FR",
    "pl-PL": "PL",
    "de-AT": "AT",
}

README_HEAD = """# Blind set 2026-13d — platform / software-generated documents and phone screenshots

Generated by `python -m bench.blindsets.blind_2026_13d [OUTDIR] [--only NAME]` (run from the repository root).
Every random choice is seeded with the CRC-32 of the document name, so re-runs are byte-identical.
The generator was written blind: it imports nothing from the product and imitates how billing platforms,
small-business accounting tools and apps lay out their documents (all companies, people, numbers and tax ids are invented).

## How the set is drawn

* 16 invoices in the style of Stripe, Paddle (merchant of record), Shopify order invoices, Square, QuickBooks, Xero,
  FreshBooks (two pages), Zoho, Wave, PayPal, Holded, Billomat, Moneybird (credit note), Exact-style Italian fattura,
  a marketplace invoice issued by the platform on behalf of the seller, and a Polish Faktura VAT.
  Subscriptions with proration lines and an applied credit balance, invoices paid in full ("Amount due 0.00"),
  a retainer already paid, USD billed to a German consumer with a EUR VAT box, tax ids in footers.
* 16 receipts: ride-hailing and taxi (US, PL, DE, AU), food delivery (UK app, NL restaurant slip), hotel folios
  (FR with taxe de séjour, US with four occupancy taxes), a booking-app confirmation, a rail e-ticket,
  an airline booking receipt, an app-store receipt, an e-commerce order confirmation, a parking receipt,
  an EV-charging receipt, an Italian till receipt with the card-terminal slip stapled under it.
* Every document has its own drawing function (reportlab canvas, `invariant=1`). Every text run is checked to
  stay on the page and not overlap another run (`LayoutError` otherwise).
* Kinds: born-digital PDFs have a text layer. Scans are rendered with pypdfium2 at 150–300 dpi, grey or colour,
  slight skew, blur, noise, specks; thermal receipts get uneven fading; r14 is downscaled to 650 px wide.
  Image-only PDFs embed the degraded scan as the only page content. Photos are perspective-warped onto a textured
  background with uneven light, a shadow, sometimes a fold, JPEG quality 66–78, long side 1,800–2,300 px.
  Phone screenshots are drawn on a phone-sized canvas (360/390/430 pt wide) and rasterised at 3× (1080/1170/1290 px
  wide PNG) with a status bar and app chrome; r04 and r11 are in dark mode.

## Truth conventions

* `amount` = net before tax, `vat` = sum of all taxes printed (null when the page prints none; then amount = total),
  `total` = the document's grand total. Every JSON satisfies `amount + vat + tip + rounding == total`.
* `total` is the invoice/receipt total, **not** the amount still due: when a credit balance, a retainer or a payment
  is applied (i01, i02, i04, i09, r05, r15), the total is the Total line and "Amount due"/"Balance" is ignored.
* Tips (r01, r03, r04) are charged on the page: they are in `total` but in neither `amount` nor `vat`.
  No document in this set prints a cash-rounding line.
* When prices include tax, the tax is the printed "incl./waarvan/di cui/enthaltene" amount and amount = total − vat
  (where the page also prints the net, the printed net is used; it is always equal).
* Several taxes are summed into `vat`: GST+PST (i03), two VAT rates (i11, i12, i16, r05, r12), US hotel occupancy and
  parking taxes (r15), and the French taxe de séjour (r05, a tax, so it is in `vat` and not in `amount`).
  Airport charges on the airline receipt (r07) are printed as charges not subject to IVA and are part of the net;
  `vat` there is the IVA only. A city tax printed as "not included, payable at the property" (r13) is not charged and
  is in neither vat nor total.
* Credit note (i13): printed with negative amounts and keyed with negative amounts; `document_type` = `credit_note`,
  `invoice_number` = the credit note's own number (not the corrected invoice's number).
* `vendor_name` = the seller as printed (with legal form when printed with it). For platform documents the seller is
  the party that sells: the merchant of record (i02), the marketplace seller "Vendu par" (i15), the driver's
  business / taxi company when the app only arranges the ride (r02, r03), the restaurant for food delivery (r04, r16),
  the property for the booking-app confirmation (r13). Where only a trade name and a legal name both appear,
  the name printed as the seller identity in the header/seller block is keyed (see each note).
* `invoice_number` = the document's own number: invoice no., receipt/bill/Beleg/Bon/folio/document number; order
  numbers only when no other number is printed (i03 Shopify-style "#MM1047" keyed without '#', r04, r09).
  r01 prints no number at all → null.
* `invoice_date` = issue/transaction date (booking date for r06, r13; departure/folio date for r05, r15);
  `due_date` only when a due date is printed.
* `line_items` are keyed as printed, unit prices and amounts as on the page (net for net-priced invoices,
  gross for tax-inclusive receipts; i15 keyed TTC). Quantities are strings.
* `kind`: `pdf` = born-digital PDF; `scan` = flat raster without text layer (scans, image-only PDFs, and phone
  screenshots); `photo` = camera photo.

"""


def write_readme(outdir: Path, rows):
    from collections import Counter

    mix = Counter((t["layout"], KINDS[n][0]) for n, _, _, t in rows)
    out = [README_HEAD, "## Mix\n", "| kind | invoices | receipts | total |", "|---|---|---|---|"]
    for k in ["pdf", "scan", "imgpdf", "photo", "shot"]:
        a, b = mix[("invoice", k)], mix[("receipt", k)]
        out.append(f"| {KIND_WORDS[k]} | {a} | {b} | {a + b} |")
    ni = sum(1 for r in rows if r[3]["layout"] == "invoice")
    out.append(f"| **all** | {ni} | {len(rows) - ni} | {len(rows)} |")
    npdf = sum(1 for r in rows if KINDS[r[0]][0] == "pdf")
    out.append(
        f"\nBorn-digital PDF share: {npdf}/{len(rows)}. Currencies: "
        + ", ".join(sorted({r[3]["currency"] for r in rows}))
        + ".\n"
    )
    out += [
        "## Documents\n",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for _n, fname, kind, t in rows:
        out.append(
            f"| {fname} | {KIND_WORDS[kind]} | {COUNTRY[t['locale']]} | {t['document_type']} | {t['vendor_name']} | {t['invoice_number'] or '—'} | {t['total']} {t['currency']} | {t['note']} |"
        )
    (outdir / "README.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def main(argv=None):
    args = list(sys.argv[1:] if argv is None else argv)
    only = None
    if "--only" in args:
        k = args.index("--only")
        only = args[k + 1]
        del args[k : k + 2]
    outdir = Path(args[0]) if args else Path("bench/blindsets/blind-2026-13d")
    names = [n for n in KINDS if only is None or n == only]
    rows = []
    for n in names:  # one at a time, no pools
        fname, kind, t = build(n, outdir)
        rows.append((n, fname, kind, t))
        print(fname, t["total"], t["currency"])
    if only is None:
        write_readme(outdir, rows)


if __name__ == "__main__":
    main()
