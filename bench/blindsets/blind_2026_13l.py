# ruff: noqa: E501
"""Blind set 13l: Southern/Eastern/Northern Europe and Latin America invoices and receipts.

Run from /work/main:  python -m bench.blindsets.blind_2026_13l [OUTDIR] [--only NAME]
"""

from __future__ import annotations

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
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

MM = 72 / 25.4
D = Decimal
Z = D("0")
FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [
    ("DV", "DejaVuSans"),
    ("DVB", "DejaVuSans-Bold"),
    ("DVC", "DejaVuSansCondensed"),
    ("DVCB", "DejaVuSansCondensed-Bold"),
    ("DVM", "DejaVuSansMono"),
    ("DVMB", "DejaVuSansMono-Bold"),
    ("DVS", "DejaVuSerif"),
    ("DVSB", "DejaVuSerif-Bold"),
    ("DVSI", "DejaVuSerif-Italic"),
]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f + ".ttf"))


class LayoutError(Exception):
    pass


def q2(x) -> Decimal:
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(D("1"), ROUND_HALF_UP)


def fm(x, dec=",", th=" ", places=2, neg="-") -> str:
    x = D(x)
    s = f"{abs(x):.{places}f}"
    ip, _, fp = s.partition(".")
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:])
        ip = ip[:-3]
    g.insert(0, ip)
    out = th.join(g) + (dec + fp if places else "")
    return (neg + out) if x < 0 else out


def ks(x) -> str:
    return f"{q2(x):.2f}"


def rng_for(name: str) -> random.Random:
    return random.Random(zlib.crc32(name.encode()))


# --------------------------------------------------------------------------- drawing


class Doc:
    """reportlab canvas wrapper that refuses text runs off the page or on top of each other."""

    def __init__(self, w, h):
        self.w, self.h = w, h
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(w, h), invariant=1)
        self.boxes = []
        self.pages = 1

    def t(self, x, y, s, font="DV", size=9, align="l", color=(0, 0, 0)):
        s = str(s)
        wd = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - wd if align == "r" else x - wd / 2)
        box = (x0, y - 0.22 * size, x0 + wd, y + 0.74 * size)
        if box[0] < 4 or box[2] > self.w - 4 or box[1] < 4 or box[3] > self.h - 4:
            raise LayoutError(f"off page: {s!r} {box}")
        for b in self.boxes:
            if (
                min(b[2], box[2]) - max(b[0], box[0]) > 0.6
                and min(b[3], box[3]) - max(b[1], box[1]) > 0.6
            ):
                raise LayoutError(f"overlap: {s!r} with {b[4]!r}")
        self.boxes.append((*box, s))
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        return wd

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        c.rect(x, y, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        if dash:
            c.setDash(*dash)
        c.line(x1, y1, x2, y2)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def qr(self, x, y, size, rng, n=25):
        cell = size / n
        self.c.setFillColorRGB(0, 0, 0)
        for i in range(n):
            for j in range(n):
                fin = any(
                    i0 <= i < i0 + 7 and j0 <= j < j0 + 7
                    for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0))
                )
                if fin:
                    ii, jj = (
                        min(i % (n - 7) if i >= n - 7 else i, 6),
                        min(j - (n - 7) if j >= n - 7 else j, 6),
                    )
                    on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
                else:
                    on = rng.random() < 0.45
                if on:
                    self.c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, fill=1, stroke=0)

    def barcode(self, x, y, w, h, rng):
        xx = x
        while xx < x + w - 3:
            bw = rng.choice([0.7, 0.7, 1.4, 2.1])
            self.c.rect(xx, y, bw, h, fill=1, stroke=0)
            xx += bw + rng.choice([0.7, 1.4, 2.1])

    def page(self):
        self.c.showPage()
        self.boxes = []
        self.pages += 1

    def save(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


def wrap(s, font, size, maxw):
    out, cur = [], ""
    for w in s.split():
        cand = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(cand, font, size) <= maxw or not cur:
            cur = cand
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


def chunk(s, font, size, maxw):
    out, cur = [], ""
    for ch in s:
        if pdfmetrics.stringWidth(cur + ch, font, size) > maxw:
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out


def table(  # noqa: C901
    d,
    x,
    y,
    cols,
    rows,
    font="DV",
    size=8.5,
    lead=13,
    hfont=None,
    hsize=None,
    grid=False,
    hfill=None,
    hcolor=(0, 0, 0),
):
    """cols: [(header, width, align)], rows: list of tuples (str or list of str for wrapped). Returns y below."""
    hfont = hfont or font
    hsize = hsize or size
    tw = sum(c[1] for c in cols)
    hl = [h.split("\n") for h, _, _ in cols]
    nh = max(len(h) for h in hl)
    hh = lead * nh + 4
    if hfill:
        d.rect(x, y - hh, tw, hh, fill=hfill, stroke=(0, 0, 0) if grid else None)
    xx = x
    for (_h, w, a), lines in zip(cols, hl, strict=False):
        for k, ln in enumerate(lines):
            yy = y - lead * (k + 1) + 2
            tx = xx + 3 if a == "l" else (xx + w - 3 if a == "r" else xx + w / 2)
            if ln:
                d.t(tx, yy, ln, hfont, hsize, a, hcolor)
        xx += w
    y -= hh
    if not grid:
        d.line(x, y, x + tw, y, 0.7)
    for r in rows:
        cells = [c if isinstance(c, list) else [c] for c in r]
        n = max(len(c) for c in cells)
        rh = lead * n + 3
        xx = x
        for (_h, w, a), lines in zip(cols, cells, strict=False):
            for k, ln in enumerate(lines):
                yy = y - lead * (k + 1) + 1
                tx = xx + 3 if a == "l" else (xx + w - 3 if a == "r" else xx + w / 2)
                if ln != "":
                    d.t(tx, yy, ln, font, size, a)
            if grid:
                d.rect(xx, y - rh, w, rh)
            xx += w
        y -= rh
    if not grid:
        d.line(x, y, x + tw, y, 0.5)
    return y


class Roll:
    """Receipt builder: content measured top-down, page height fits the content."""

    def __init__(self, width_mm, margin=9, font="DVM", size=7.5, lead=None):
        self.w = width_mm * MM
        self.m = margin
        self.font, self.size = font, size
        self.lead = lead or size * 1.32
        self.cur = 14
        self.ops = []

    def _add(self, fn, adv):
        self.cur += adv
        off = self.cur
        self.ops.append(lambda d, H: fn(d, H - off))

    def c(self, s, font=None, size=None):
        font, size = font or self.font, size or self.size
        self._add(lambda d, y: d.t(self.w / 2, y, s, font, size, "c"), size * self.lead / self.size)

    def left(self, s, font=None, size=None, indent=0):
        font, size = font or self.font, size or self.size
        self._add(
            lambda d, y: d.t(self.m + indent, y, s, font, size, "l"), size * self.lead / self.size
        )

    def lr(self, a, b, font=None, size=None, indent=0):
        font, size = font or self.font, size or self.size

        def f(d, y):
            if a:
                d.t(self.m + indent, y, a, font, size, "l")
            d.t(self.w - self.m, y, b, font, size, "r")

        self._add(f, size * self.lead / self.size)

    def cols(self, items, font=None, size=None):
        """items: [(text, x_fraction, align)]"""
        font, size = font or self.font, size or self.size

        def f(d, y):
            for s, fx, a in items:
                d.t(self.m + fx * (self.w - 2 * self.m), y, s, font, size, a)

        self._add(f, size * self.lead / self.size)

    def sep(self, ch="-", gap=None):
        def f(d, y):
            if ch == "=":
                d.line(self.m, y + 3.2, self.w - self.m, y + 3.2, 0.5)
                d.line(self.m, y + 1.6, self.w - self.m, y + 1.6, 0.5)
            else:
                d.line(
                    self.m,
                    y + 2.4,
                    self.w - self.m,
                    y + 2.4,
                    0.6,
                    dash=(2, 1.5) if ch == "-" else None,
                )

        self._add(f, gap or self.lead * 0.8)

    def gap(self, h):
        self.cur += h

    def draw(self, h, fn):
        """fn(d, x_left, y_bottom, width, h)"""
        self.cur += h
        off = self.cur
        self.ops.append(lambda d, H: fn(d, self.m, H - off, self.w - 2 * self.m, h))

    def render(self) -> bytes:
        H = self.cur + 22
        d = Doc(self.w, H)
        for op in self.ops:
            op(d, H)
        return d.save()


# --------------------------------------------------------------------------- degradation


def render_pdf(pdf: bytes, dpi: int, page: int = 0) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    img = doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    return img


def scan(img, rng, grey=True, skew=None, blur=0.6, noise=6, specks=40, fade=False, tint=None):
    a = np.asarray(img.convert("L") if grey else img).astype(np.float32)
    if fade:
        h = a.shape[0]
        grad = np.linspace(rng.uniform(0.55, 0.75), rng.uniform(0.8, 1.0), h)[:, None]
        if a.ndim == 3:
            grad = grad[..., None]
        a = 255 - (255 - a) * grad
    if tint is not None and a.ndim == 3:
        a = a * np.array(tint, dtype=np.float32)[None, None, :]
    nr = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nr.normal(0, noise, a.shape)
    h, w = a.shape[:2]
    for _ in range(specks):
        y, x = nr.integers(0, h), nr.integers(0, w)
        r = int(nr.integers(1, 3))
        a[max(0, y - r) : y + r, max(0, x - r) : x + r] = nr.uniform(30, 120)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    ang = skew if skew is not None else rng.uniform(-2, 2)
    fill = 250 if grey else (250, 250, 248)
    out = out.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=fill)
    return out


def photo(img, rng, long_side=None):
    nr = np.random.default_rng(rng.randrange(1 << 30))
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = src.shape[:2]
    L = long_side or rng.randint(1600, 2200)
    aspect = h / w
    if aspect >= 1:
        H, W = L, int(L * rng.uniform(0.72, 0.8)) if aspect > 1.6 else int(L * 0.78)
    else:
        W, H = L, int(L * 0.75)
    # page occupies most of the frame
    s = min(W * 0.86 / w, H * 0.9 / h)
    pw, ph = w * s, h * s
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    j = lambda: rng.uniform(-0.035, 0.035) * min(W, H)  # noqa: E731
    dst = np.float32(
        [
            [cx - pw / 2 + j(), cy - ph / 2 + j()],
            [cx + pw / 2 + j(), cy - ph / 2 + j()],
            [cx + pw / 2 + j(), cy + ph / 2 + j()],
            [cx - pw / 2 + j(), cy + ph / 2 + j()],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    # background texture (wood / desk / fabric)
    base = np.array(
        rng.choice([(120, 86, 60), (70, 72, 78), (150, 140, 125), (95, 60, 45), (40, 48, 60)]),
        np.float32,
    )
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    grain = np.sin(yy / rng.uniform(6, 14) + np.sin(xx / 90) * 3) * 10 + nr.normal(0, 7, (H, W))
    bg = base[None, None, :] + grain[..., None]
    # fold on paper
    paper = src.copy()
    if rng.random() < 0.7:
        fy = int(h * rng.uniform(0.3, 0.7))
        band = np.exp(-(((np.arange(h) - fy) / (h * 0.01)) ** 2))[:, None, None]
        paper = paper * (1 - 0.18 * band)
    warped = cv2.warpPerspective(paper, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)[
        ..., None
    ]
    out = warped * mask + bg * (1 - mask)
    # uneven light + shadow
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 0.82 + 0.2 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy + 0.5)
    sh_x = W * rng.uniform(0.55, 0.85)
    shadow = 1 - 0.28 / (1 + np.exp(-(xx - sh_x - (yy - H / 2) * rng.uniform(-0.3, 0.3)) / 25))
    out = out * (light * shadow)[..., None]
    tint = np.array([rng.uniform(0.97, 1.03), 1.0, rng.uniform(0.9, 0.98)], np.float32)
    out = out * tint + nr.normal(0, 3, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(out).filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    return im


def image_pdf(img: Image.Image, w, h) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    c.drawImage(ImageReader(img.convert("RGB")), 0, 0, w, h)
    c.showPage()
    c.save()
    return buf.getvalue()


def finish(name, pdf, kind, rng, mode, **kw):
    """mode: pdf | png | jpg | imgpdf. Returns (ext, bytes)."""
    if mode == "pdf":
        return "pdf", pdf
    dpi = kw.get("dpi", 200)
    img = render_pdf(pdf, dpi)
    if mode == "imgpdf":
        pdoc = pdfium.PdfDocument(pdf)
        pw, ph = pdoc[0].get_size()
        pdoc.close()
        sc = scan(
            img,
            rng,
            grey=kw.get("grey", True),
            skew=kw.get("skew", rng.uniform(-1.2, 1.2)),
            blur=kw.get("blur", 0.6),
            fade=kw.get("fade", False),
        )
        sc = sc.resize((img.width, img.height), Image.LANCZOS) if kw.get("keep", True) else sc
        return "pdf", image_pdf(sc, pw, ph)
    if kind == "scan":
        sc = scan(
            img,
            rng,
            grey=kw.get("grey", True),
            skew=kw.get("skew"),
            blur=kw.get("blur", 0.6),
            noise=kw.get("noise", 6),
            fade=kw.get("fade", False),
            tint=kw.get("tint"),
        )
        if kw.get("width"):
            tw = kw["width"]
            sc = sc.resize((tw, int(sc.height * tw / sc.width)), Image.LANCZOS)
        bio = io.BytesIO()
        if mode == "png":
            sc.save(bio, "PNG", optimize=True)
        else:
            sc.convert("RGB").save(bio, "JPEG", quality=kw.get("q", 82))
        return mode, bio.getvalue()
    ph_ = photo(img, rng, kw.get("long"))
    bio = io.BytesIO()
    ph_.save(bio, "JPEG", quality=kw.get("q", rng.randint(60, 80)))
    return "jpg", bio.getvalue()


# --------------------------------------------------------------------------- truth


def items_truth(items, places=2):
    out = []
    for desc, qty, unit, amt in items:
        out.append(
            {"description": desc, "quantity": str(qty), "unit_price": ks(unit), "amount": ks(amt)}
        )
    return out


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
    kind,
    tip=Z,
    rounding=Z,
    withholding=Z,
    payable=None,
):
    v = vat if vat is not None else Z
    assert q2(amount) + q2(v) + q2(tip) + q2(rounding) == q2(total), (
        number,
        amount,
        vat,
        tip,
        rounding,
        total,
    )
    if withholding:
        assert payable is not None and q2(total) - q2(withholding) == q2(payable), (
            number,
            total,
            withholding,
            payable,
        )
    for it in items:
        assert isinstance(it[3], Decimal)
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": ks(amount),
        "vat": ks(vat) if vat is not None else None,
        "total": ks(total),
        "currency": cur,
        "locale": loc,
        "layout": layout,
        "document_type": dtype,
        "line_items": items_truth(items),
        "note": note,
        "kind": kind,
    }


def vat_by_rate(lines, places=2):
    """lines: (desc, qty, unit_net, rate) net-priced; returns items, {rate: (net, vat)}."""
    qq = q2 if places == 2 else q0
    items, per = [], {}
    for desc, qty, unit, rate in lines:
        amt = qq(D(str(qty)) * D(str(unit)))
        items.append((desc, qty, D(str(unit)), amt, rate))
        n, _v = per.get(rate, (Z, Z))
        per[rate] = (n + amt, Z)
    per = {r: (n, qq(n * D(str(r)) / 100)) for r, (n, _) in per.items()}
    return items, per


def gross_by_rate(lines, places=2):
    """receipt lines: (desc, qty, unit_gross, letter) with letter->rate map given later; returns items and per-letter gross."""
    qq = q2 if places == 2 else q0
    items, per = [], {}
    for desc, qty, unit, let in lines:
        amt = qq(D(str(qty)) * D(str(unit)))
        items.append((desc, qty, D(str(unit)), amt, let))
        per[let] = per.get(let, Z) + amt
    return items, per


def incl_vat(gross, rate, places=2):
    qq = q2 if places == 2 else q0
    return qq(gross * D(str(rate)) / (100 + D(str(rate))))


def T4(items):
    return [(i[0], i[1], i[2], i[3]) for i in items]


DOCS = {}


def reg(name, kind, mode, country, **kw):
    def deco(fn):
        DOCS[name] = (fn, kind, mode, country, kw)
        return fn

    return deco


# =========================================================================== invoices


@reg("i01", "pdf", "pdf", "PL")
def i01(rng):
    W, H = A4
    lines = [
        ("Kocioł kondensacyjny 24 kW z zasobnikiem", 1, "8940.00", 23),
        ("Zestaw przyłączeniowy kotła", 1, "615.50", 23),
        ("Grzejnik stalowy C22 600x1000", 6, "389.00", 23),
        ("Grzejnik łazienkowy drabinkowy 500x1200", 2, "472.80", 23),
        ("Głowica termostatyczna", 8, "64.90", 23),
        ("Rura PEX-AL-PEX 16x2 (mb)", 140, "6.85", 23),
        ("Złączka zaprasowywana 16 mm", 96, "9.40", 23),
        ("Rozdzielacz 6-obwodowy z szafką", 1, "1185.00", 23),
        ("Otulina termoizolacyjna 18/9 (mb)", 120, "2.35", 23),
        ('Zawór kulowy 3/4" z filtrem', 4, "58.20", 23),
        ("Naczynie wzbiorcze 18 l", 1, "214.00", 23),
        ("Montaż kotła w lokalu mieszkalnym (PKWiU 43.22.12)", 1, "2400.00", 8),
        ("Wykonanie instalacji c.o. w lokalu mieszkalnym", 1, "5600.00", 8),
        ("Montaż grzejników (szt.)", 8, "180.00", 8),
        ("Próba szczelności i uruchomienie instalacji", 1, "650.00", 8),
        ("Demontaż starego kotła i utylizacja", 1, "480.00", 8),
        ("Przewód kominowy koncentryczny 60/100", 1, "742.00", 23),
        ("Sterownik pokojowy Wi-Fi", 1, "529.00", 23),
        ("Dojazd serwisu (Kraków - Wieliczka)", 3, "45.00", 8),
    ]
    items, per = vat_by_rate(lines)
    net = sum(n for n, _ in per.values())
    vat = sum(v for _, v in per.values())
    total = net + vat
    d = Doc(W, H)
    num = "FV/2026/03/0147"

    def header(p):
        d.rect(40, H - 78, 150, 38, fill=(0.78, 0.12, 0.12), stroke=None)
        d.t(48, H - 66, "TERMOBUD", "DVB", 20, color=(1, 1, 1))
        d.t(200, H - 56, "Termobud Serwis Sp. z o.o.", "DVB", 10)
        d.t(200, H - 69, "ul. Zakopiańska 118, 30-418 Kraków", "DV", 8)
        d.t(555, H - 56, f"Strona {p} z 2", "DV", 8, "r")

    header(1)
    d.t(40, H - 112, f"Faktura VAT nr {num}", "DVB", 15)
    d.t(40, H - 128, "ORYGINAŁ", "DV", 8, color=(0.4, 0.4, 0.4))
    kv = [
        ("Data wystawienia:", "2026-03-12"),
        ("Data sprzedaży:", "2026-03-10"),
        ("Miejsce wystawienia:", "Kraków"),
    ]
    for k, (a, b) in enumerate(kv):
        d.t(390, H - 104 - k * 12, a, "DV", 8)
        d.t(555, H - 104 - k * 12, b, "DVB", 8, "r")
    y = H - 160
    d.t(40, y, "Sprzedawca:", "DVB", 9)
    d.t(310, y, "Nabywca:", "DVB", 9)
    sel = [
        "Termobud Serwis Sp. z o.o.",
        "ul. Zakopiańska 118",
        "30-418 Kraków",
        "NIP: 677-24-91-386",
        "BDO: 000143982",
    ]
    buy = ["Anna i Piotr Wójcik", "ul. Sienkiewicza 14", "32-020 Wieliczka", "", ""]
    for k in range(5):
        if sel[k]:
            d.t(40, y - 13 - k * 11, sel[k], "DV", 8.5)
        if buy[k]:
            d.t(310, y - 13 - k * 11, buy[k], "DV", 8.5)
    cols = [
        ("Lp.", 24, "r"),
        ("Nazwa towaru / usługi", 214, "l"),
        ("J.m.", 28, "c"),
        ("Ilość", 34, "r"),
        ("Cena netto", 58, "r"),
        ("Wartość netto", 64, "r"),
        ("VAT", 30, "r"),
        ("Wartość brutto", 63, "r"),
    ]
    rows = []
    for k, it in enumerate(items):
        g = it[3] + q2(it[3] * it[4] / 100)
        jm = "mb" if "(mb)" in it[0] else ("usł." if it[4] == 8 else "szt.")
        rows.append((str(k + 1), it[0], jm, str(it[1]), fm(it[2]), fm(it[3]), f"{it[4]}%", fm(g)))
    y = table(
        d,
        40,
        y - 80,
        cols,
        rows[:14],
        "DVC",
        7.8,
        12,
        "DVCB",
        7.8,
        grid=True,
        hfill=(0.92, 0.92, 0.92),
    )
    d.t(555, y - 14, "ciąg dalszy na stronie 2", "DV", 7.5, "r")
    d.t(
        40,
        40,
        "Termobud Serwis Sp. z o.o., KRS 0000512847, Sąd Rejonowy dla Krakowa-Śródmieścia, kapitał zakładowy 50 000,00 zł",
        "DV",
        6.5,
    )
    d.page()
    header(2)
    d.t(40, H - 100, f"Faktura VAT nr {num} (cd.)", "DVB", 11)
    y = table(
        d,
        40,
        H - 115,
        cols,
        [rows[i] for i in range(14, len(rows))],
        "DVC",
        7.8,
        12,
        "DVCB",
        7.8,
        grid=True,
        hfill=(0.92, 0.92, 0.92),
    )
    # summary by rate
    y -= 20
    sc = [
        ("Stawka VAT", 70, "l"),
        ("Wartość netto", 80, "r"),
        ("Kwota VAT", 70, "r"),
        ("Wartość brutto", 80, "r"),
    ]
    srows = [(f"{r}%", fm(n), fm(v), fm(n + v)) for r, (n, v) in sorted(per.items(), reverse=True)]
    srows.append(("Razem", fm(net), fm(vat), fm(total)))
    y = table(d, 255, y, sc, srows, "DV", 8.2, 13, "DVB", 8.2, grid=True)
    y -= 30
    d.t(40, y, "Do zapłaty:", "DVB", 13)
    d.t(300, y, f"{fm(total)} PLN", "DVB", 13, "r")
    d.t(40, y - 18, "Sposób płatności: przelew", "DV", 8.5)
    d.t(40, y - 30, "Termin płatności: 14 dni (2026-03-26)", "DV", 8.5)
    d.t(
        40,
        y - 42,
        "Nr rachunku: PL 61 1090 2590 0000 0001 4875 3310 (Santander Bank Polska)",
        "DV",
        8.5,
    )
    d.t(
        40, y - 60, "Mechanizm podzielonej płatności nie dotyczy.", "DV", 7.5, color=(0.3, 0.3, 0.3)
    )
    d.line(60, 110, 230, 110)
    d.line(350, 110, 520, 110)
    d.t(145, 98, "Osoba upoważniona do odbioru", "DV", 7, "c")
    d.t(435, 98, "Osoba upoważniona do wystawienia", "DV", 7, "c")
    d.t(
        40,
        40,
        "Termobud Serwis Sp. z o.o., KRS 0000512847, Sąd Rejonowy dla Krakowa-Śródmieścia, kapitał zakładowy 50 000,00 zł",
        "DV",
        6.5,
    )
    return d.save(), truth(
        num,
        "2026-03-12",
        "2026-03-26",
        "Termobud Serwis Sp. z o.o.",
        net,
        vat,
        total,
        "PLN",
        "pl-PL",
        "invoice",
        "invoice",
        T4(items),
        "Two pages; two VAT rates 23% and 8%; space thousands, decimal comma; total 'Do zapłaty' on page 2 only; sale date differs from issue date.",
        "pdf",
    )


@reg("i02", "pdf", "pdf", "PL")
def i02(rng):
    W, H = A4
    d = Doc(W, H)
    num = "FK/2026/04/008"
    # correction: price reduced + one item returned
    before = [
        ("Ulotka A5 kreda 135 g, druk 4+4", 5000, "0.19"),
        ("Katalog A4 24 str., oprawa zeszytowa", 800, "6.40"),
        ("Plakat B2 kreda 170 g", 300, "2.85"),
    ]
    after = [
        ("Ulotka A5 kreda 135 g, druk 4+4", 5000, "0.19"),
        ("Katalog A4 24 str., oprawa zeszytowa", 800, "5.10"),
        ("Plakat B2 kreda 170 g", 0, "2.85"),
    ]
    d.t(40, H - 60, "Drukarnia Offsetowa Lisiecki Sp. z o.o.", "DVSB", 14)
    d.t(
        40,
        H - 75,
        "ul. Składowa 7, 61-897 Poznań  ·  NIP 783-17-42-559  ·  tel. 61 852 44 10",
        "DVS",
        8,
    )
    d.line(40, H - 84, 555, H - 84, 1.2)
    d.t(297, H - 115, "FAKTURA KORYGUJĄCA", "DVSB", 16, "c")
    d.t(297, H - 132, f"nr {num}", "DVSB", 11, "c")
    info = [
        ("Data wystawienia", "15.04.2026"),
        ("Dotyczy faktury nr", "FV/2026/03/0211 z dnia 24.03.2026"),
        ("Przyczyna korekty", "obniżka ceny katalogu (reklamacja) oraz zwrot plakatów B2"),
    ]
    for k, (a, b) in enumerate(info):
        d.t(40, H - 160 - k * 13, a + ":", "DVS", 8.5)
        d.t(160, H - 160 - k * 13, b, "DVSB" if k == 0 else "DVS", 8.5)
    d.t(40, H - 212, "Sprzedawca", "DVSB", 9)
    d.t(300, H - 212, "Nabywca", "DVSB", 9)
    for k, s in enumerate(
        [
            "Drukarnia Offsetowa Lisiecki Sp. z o.o.",
            "ul. Składowa 7, 61-897 Poznań",
            "NIP 783-17-42-559",
        ]
    ):
        d.t(40, H - 225 - k * 11, s, "DVS", 8.5)
    for k, s in enumerate(
        ["Wydawnictwo Kormoran S.A.", "al. Jana Pawła II 43, 00-828 Warszawa", "NIP 525-22-18-906"]
    ):
        d.t(300, H - 225 - k * 11, s, "DVS", 8.5)
    cols = [
        ("Lp.", 22, "r"),
        ("Nazwa", 190, "l"),
        ("Ilość", 42, "r"),
        ("Cena netto", 55, "r"),
        ("Wart. netto", 62, "r"),
        ("VAT %", 34, "r"),
        ("Kwota VAT", 58, "r"),
        ("Wart. brutto", 62, "r"),
    ]
    y = H - 275
    d.t(40, y, "Przed korektą:", "DVSB", 9)
    rows, bn = [], Z
    for k, (n, q, p) in enumerate(before):
        a = q2(q * D(p))
        bn += a
        rows.append(
            (
                str(k + 1),
                n,
                str(q),
                fm(p),
                fm(a),
                "23",
                fm(q2(a * D("0.23"))),
                fm(a + q2(a * D("0.23"))),
            )
        )
    y = table(d, 40, y - 6, cols, rows, "DVS", 7.8, 12, "DVSB", 7.8)
    y -= 18
    d.t(40, y, "Po korekcie:", "DVSB", 9)
    rows, an = [], Z
    for k, (n, q, p) in enumerate(after):
        a = q2(q * D(p))
        an += a
        rows.append(
            (
                str(k + 1),
                n,
                str(q),
                fm(p),
                fm(a),
                "23",
                fm(q2(a * D("0.23"))),
                fm(a + q2(a * D("0.23"))),
            )
        )
    y = table(d, 40, y - 6, cols, rows, "DVS", 7.8, 12, "DVSB", 7.8)
    y -= 18
    d.t(40, y, "Korekta (różnica):", "DVSB", 9)
    rows, items = [], []
    for k, ((n, q0_, p0), (_, q1, p1)) in enumerate(zip(before, after, strict=False)):
        a0, a1 = q2(q0_ * D(p0)), q2(q1 * D(p1))
        da = a1 - a0
        if da == 0:
            continue
        dq = q1 - q0_
        desc = n + (" - zwrot" if dq else " - korekta ceny")
        if dq:
            up = D(p0)
            qty = dq
        else:
            up = D(p1) - D(p0)
            qty = q1
        items.append((desc, qty, up, da))
        rows.append(
            (
                str(k + 1),
                desc,
                str(qty),
                fm(up),
                fm(da),
                "23",
                fm(q2(da * D("0.23"))),
                fm(da + q2(da * D("0.23"))),
            )
        )
    y = table(d, 40, y - 6, cols, rows, "DVS", 7.8, 12, "DVSB", 7.8)
    net = an - bn
    vat = q2(an * D("0.23")) - q2(bn * D("0.23"))
    total = net + vat
    y -= 26
    for k, (a, b) in enumerate(
        [
            ("Wartość netto korekty:", fm(net)),
            ("Podatek VAT 23%:", fm(vat)),
            ("Wartość brutto korekty:", fm(total)),
        ]
    ):
        d.t(380, y - k * 14, a, "DVS", 9)
        d.t(555, y - k * 14, b + " zł", "DVSB", 9, "r")
    y -= 60
    d.rect(40, y - 8, 515, 26, fill=(0.93, 0.93, 0.93))
    d.t(50, y, "Do zwrotu:", "DVSB", 12)
    d.t(545, y, f"{fm(-total)} zł", "DVSB", 12, "r")
    d.t(
        40,
        y - 30,
        "Sposób zwrotu: przelew na rachunek nabywcy   ·   Termin płatności: 29.04.2026",
        "DVS",
        8.5,
    )
    d.t(40, 50, "BNP Paribas Bank Polska S.A.  28 1600 1462 1844 3720 1000 0001", "DVS", 7.5)
    return d.save(), truth(
        num,
        "2026-04-15",
        "2026-04-29",
        "Drukarnia Offsetowa Lisiecki Sp. z o.o.",
        net,
        vat,
        total,
        "PLN",
        "pl-PL",
        "invoice",
        "credit_note",
        items,
        "Faktura korygująca: before/after/difference tables; keyed with negative difference amounts; 'Do zwrotu' prints the refund as a positive amount.",
        "pdf",
    )


@reg("i03", "scan", "png", "CZ", dpi=170, grey=True)
def i03(rng):
    W, H = A4
    d = Doc(W, H)
    num = "2026010342"
    lines = [
        ("Pórobetonové tvárnice P2-400 tl. 300 mm", 42, "1386.00", 21),
        ("Zdicí malta pro tenké spáry 25 kg", 60, "189.00", 21),
        ("Překlad nosný 1250 mm", 14, "742.50", 21),
        ("Doprava hydraulickou rukou, Brno-venkov", 2, "2450.00", 21),
        ("Paleta EUR - vratná záloha", 21, "350.00", 21),
    ]
    items, per = vat_by_rate(lines)
    gross_net = per[21][0]
    gross_vat = per[21][1]
    adv_net, adv_vat = D("30000.00"), D("6300.00")
    net = gross_net - adv_net
    vat = gross_vat - adv_vat
    total = net + vat
    d.t(40, H - 55, "Faktura – daňový doklad", "DVB", 16)
    d.t(555, H - 55, f"č. {num}", "DVB", 13, "r")
    d.line(40, H - 65, 555, H - 65, 1.5)
    d.t(40, H - 85, "Dodavatel", "DV", 7.5, color=(0.35, 0.35, 0.35))
    d.t(310, H - 85, "Odběratel", "DV", 7.5, color=(0.35, 0.35, 0.35))
    for k, s in enumerate(
        [
            "Stavebniny Hora s.r.o.",
            "Vídeňská 312/88",
            "619 00 Brno",
            "IČO: 27461839",
            "DIČ: CZ27461839",
            "Zapsáno v OR u KS v Brně, oddíl C, vložka 51873",
        ]
    ):
        d.t(40, H - 99 - k * 12, s, "DVB" if k == 0 else "DV", 9 if k < 5 else 6.5)
    d.rect(305, H - 170, 250, 78)
    for k, s in enumerate(
        ["RD Modřice – Ing. Tomáš Kratochvíl", "Husova 41", "664 42 Modřice", "IČO: 73520411"]
    ):
        d.t(313, H - 106 - k * 13, s, "DVB" if k == 0 else "DV", 9)
    y = H - 200
    kv = [
        ("Datum vystavení:", "05.02.2026"),
        ("Datum zdan. plnění:", "31.01.2026"),
        ("Datum splatnosti:", "19.02.2026"),
        ("Forma úhrady:", "převodním příkazem"),
    ]
    kv2 = [
        ("Bankovní účet:", "2700184523/2010"),
        ("IBAN:", "CZ65 2010 0000 0027 0018 4523"),
        ("Variabilní symbol:", num),
        ("Konstantní symbol:", "0008"),
    ]
    for k, ((a, b), (c, e)) in enumerate(zip(kv, kv2, strict=False)):
        d.t(40, y - k * 13, a, "DV", 8.5)
        d.t(140, y - k * 13, b, "DVB", 8.5)
        d.t(310, y - k * 13, c, "DV", 8.5)
        d.t(405, y - k * 13, e, "DVB", 8.5)
    cols = [
        ("Označení dodávky", 215, "l"),
        ("Množství", 55, "r"),
        ("J.cena", 60, "r"),
        ("DPH %", 40, "r"),
        ("Bez DPH", 70, "r"),
        ("Celkem", 75, "r"),
    ]
    rows = []
    for it in items:
        jm = "ks"
        rows.append(
            (it[0], f"{it[1]} {jm}", fm(it[2]), "21", fm(it[3]), fm(it[3] + q2(it[3] * D("0.21"))))
        )
    rows.append(
        (
            "Odpočet zálohy dle daňového dokladu k platbě č. ZF2026017 ze dne 12.01.2026",
            "",
            "",
            "21",
            fm(-adv_net),
            fm(-(adv_net + adv_vat)),
        )
    )
    y = table(
        d,
        40,
        y - 70,
        cols,
        [(wrap(r[0], "DV", 8, 205), *r[1:]) for r in rows],
        "DV",
        8,
        12,
        "DVB",
        8,
    )
    y -= 22
    rc = [
        ("Rekapitulace DPH v Kč", 120, "l"),
        ("Základ v Kč", 80, "r"),
        ("Sazba", 45, "r"),
        ("DPH v Kč", 75, "r"),
        ("Celkem s DPH", 80, "r"),
    ]
    rr = [
        ("Dodávka celkem", fm(gross_net), "21 %", fm(gross_vat), fm(gross_net + gross_vat)),
        ("Přijatá záloha", fm(-adv_net), "21 %", fm(-adv_vat), fm(-(adv_net + adv_vat))),
        ("Zbývá", fm(net), "21 %", fm(vat), fm(total)),
    ]
    y = table(d, 40, y, rc, rr, "DV", 8.5, 13, "DVB", 8.5, grid=True)
    y -= 34
    d.rect(330, y - 10, 225, 30, fill=(0.88, 0.88, 0.88))
    d.t(340, y, "K úhradě:", "DVB", 13)
    d.t(548, y, f"{fm(total)} Kč", "DVB", 13, "r")
    d.t(40, y - 40, "Zboží zůstává až do úplného zaplacení majetkem dodavatele.", "DV", 7.5)
    d.t(
        40,
        y - 52,
        "Vystavil: Jana Pokorná, tel. +420 543 210 877, fakturace@stavebniny-hora.cz",
        "DV",
        7.5,
    )
    d.t(297, 40, "Stavebniny Hora s.r.o. · www.stavebniny-hora.cz", "DV", 7, "c")
    return d.save(), truth(
        num,
        "2026-02-05",
        "2026-02-19",
        "Stavebniny Hora s.r.o.",
        net,
        vat,
        total,
        "CZK",
        "cs-CZ",
        "invoice",
        "invoice",
        [
            *T4(items),
            ("Odpočet zálohy dle daňového dokladu k platbě č. ZF2026017", 1, -adv_net, -adv_net),
        ],
        "Final invoice deducting a paid advance (odpočet zálohy): keyed amount/vat/total are the remaining 'Zbývá' / 'K úhradě' figures, not the full delivery; DUZP differs from issue date.",
        "scan",
    )


@reg("i04", "pdf", "pdf", "HU")
def i04(rng):
    W, H = A4
    d = Doc(W, H)
    num = "DL-2026-000412"
    lines = [
        ("Közúti fuvarozás Budapest – Wien (FTL, 13,6 m)", 3, "780.00", 27),
        ("Raktározás, raklaphely / hét", 48, "6.50", 27),
        ("Vámkezelés, okmányok", 1, "145.00", 27),
        ("Rakodás targoncával", 6, "22.00", 27),
    ]
    items, per = vat_by_rate(lines)
    net, vat = per[27]
    total = net + vat
    rate = D("391.45")
    vat_huf = q0(vat * rate)
    d.rect(0, H - 95, W, 95, fill=(0.07, 0.22, 0.4), stroke=None)
    d.t(40, H - 50, "DUNAMENTI", "DVB", 24, color=(1, 1, 1))
    d.t(40, H - 68, "LOGISZTIKA", "DV", 11, color=(0.75, 0.85, 1))
    d.t(555, H - 45, "SZÁMLA", "DVB", 20, "r", (1, 1, 1))
    d.t(555, H - 65, f"Sorszám: {num}", "DV", 10, "r", (1, 1, 1))
    y = H - 125
    d.t(40, y, "Eladó", "DVB", 8.5, color=(0.07, 0.22, 0.4))
    d.t(310, y, "Vevő", "DVB", 8.5, color=(0.07, 0.22, 0.4))
    for k, s in enumerate(
        [
            "Dunamenti Logisztika Kft.",
            "2310 Szigetszentmiklós, Gyári út 14.",
            "Adószám: 14582736-2-13",
            "Közösségi adószám: HU14582736",
            "Cégjegyzékszám: 13-09-118246",
        ]
    ):
        d.t(40, y - 14 - k * 12, s, "DVB" if k == 0 else "DV", 8.5)
    for k, s in enumerate(
        [
            "Alpenfracht Handels GmbH",
            "Industriestraße 22",
            "A-2351 Wiener Neudorf, Ausztria",
            "Közösségi adószám: ATU58274619",
        ]
    ):
        d.t(310, y - 14 - k * 12, s, "DVB" if k == 0 else "DV", 8.5)
    y -= 95
    heads = ["Számla kelte", "Teljesítés dátuma", "Fizetési határidő", "Fizetés módja", "Pénznem"]
    vals = ["2026.03.20.", "2026.03.18.", "2026.04.19.", "átutalás", "EUR"]
    for k, (a, b) in enumerate(zip(heads, vals, strict=False)):
        d.rect(40 + k * 103, y - 30, 103, 34, fill=(0.94, 0.96, 0.99), stroke=(0.6, 0.6, 0.6))
        d.t(91.5 + k * 103, y - 8, a, "DV", 7.5, "c")
        d.t(91.5 + k * 103, y - 23, b, "DVB", 9, "c")
    y -= 55
    cols = [
        ("Megnevezés", 210, "l"),
        ("Menny.", 45, "r"),
        ("Egységár\n(EUR)", 60, "r"),
        ("Nettó érték\n(EUR)", 70, "r"),
        ("ÁFA\n%", 35, "r"),
        ("ÁFA\n(EUR)", 45, "r"),
        ("Bruttó\n(EUR)", 50, "r"),
    ]
    rows = [
        (
            it[0],
            str(it[1]),
            fm(it[2], ",", " "),
            fm(it[3], ",", " "),
            "27%",
            fm(q2(it[3] * D("0.27"))),
            fm(it[3] + q2(it[3] * D("0.27"))),
        )
        for it in items
    ]
    y = table(
        d,
        40,
        y,
        cols,
        [([*wrap(r[0], "DV", 8, 200)], *r[1:]) for r in rows],
        "DV",
        8,
        12,
        "DVB",
        7.5,
        hfill=(0.85, 0.9, 0.96),
    )
    y -= 20
    for k, (a, b) in enumerate(
        [
            ("Nettó összesen:", f"{fm(net)} EUR"),
            ("ÁFA 27%:", f"{fm(vat)} EUR"),
            ("Bruttó összesen:", f"{fm(total)} EUR"),
        ]
    ):
        d.t(390, y - k * 14, a, "DVB" if k == 2 else "DV", 9)
        d.t(555, y - k * 14, b, "DVB" if k == 2 else "DV", 9, "r")
    y -= 60
    d.rect(40, y - 44, 515, 56, fill=(0.98, 0.96, 0.88), stroke=(0.7, 0.6, 0.3))
    d.t(50, y, "Az áthárított ÁFA összege forintban (Áfa tv. 80. §):", "DVB", 8.5)
    d.t(545, y, f"{fm(vat_huf, places=0)} Ft", "DVB", 9, "r")
    d.t(50, y - 14, f"Alkalmazott árfolyam: MNB 2026.03.18.  1 EUR = {fm(rate)} HUF", "DV", 8)
    d.t(
        50,
        y - 28,
        f"Nettó érték forintban: {fm(q0(net * rate), places=0)} Ft   ·   Bruttó érték forintban: {fm(q0(net * rate) + vat_huf, places=0)} Ft",
        "DV",
        8,
    )
    y -= 80
    d.t(40, y, "Fizetendő:", "DVB", 14)
    d.t(555, y, f"{fm(total)} EUR", "DVB", 14, "r")
    d.t(
        40,
        y - 30,
        "Bankszámla (EUR): HU42 1170 0024 2001 8346 0000 0000 · OTP Bank Nyrt. · SWIFT: OTPVHUHB",
        "DV",
        8,
    )
    d.t(40, y - 43, "Közlemény: kérjük, tüntesse fel a számla sorszámát.", "DV", 8)
    d.t(
        297,
        45,
        "A számla tartalmában megfelel a 2007. évi CXXVII. törvény előírásainak. Készült: Számlázz.hu-kompatibilis programmal.",
        "DV",
        6.5,
        "c",
    )
    return d.save(), truth(
        num,
        "2026-03-20",
        "2026-04-19",
        "Dunamenti Logisztika Kft.",
        net,
        vat,
        total,
        "EUR",
        "hu-HU",
        "invoice",
        "invoice",
        T4(items),
        f"Hungarian invoice priced in EUR; VAT also shown in HUF ({fm(vat_huf, places=0)} Ft) and HUF net/gross lines - keyed currency is EUR; dates as YYYY.MM.DD.",
        "pdf",
    )


@reg("i05", "photo", "jpg", "HU", dpi=170)
def i05(rng):
    W, H = A4
    d = Doc(W, H)
    num = "ZK-2026/0088"
    lines = [
        ("Gyepszőnyeg lerakása, talaj-előkészítéssel (m²)", 160, "1850", 27),
        ("Automata öntözőrendszer telepítése", 1, "186000", 27),
        ("Tuja smaragd 120-140 cm (db)", 24, "4900", 27),
        ("Kerti munkadíj (óra)", 12, "7500", 27),
    ]
    items, per = vat_by_rate(lines, places=0)
    net, vat = per[27]
    total = net + vat
    d.t(297, H - 60, "Zöldkert Kertépítő Bt.", "DVSB", 18, "c")
    d.t(
        297,
        H - 76,
        "8200 Veszprém, Almádi út 61.  ·  Adószám: 22918374-2-19  ·  +36 30 412 7788",
        "DVS",
        8.5,
        "c",
    )
    d.line(60, H - 86, 535, H - 86, 0.8)
    d.t(297, H - 118, "SZÁMLA", "DVSB", 22, "c")
    d.t(297, H - 136, f"Számlaszám: {num}", "DVS", 10, "c")
    y = H - 170
    d.t(60, y, "Vevő:", "DVSB", 9)
    for k, s in enumerate(
        ["Balaton Villapark Kft.", "8230 Balatonfüred, Arácsi út 5.", "Adószám: 25718462-2-19"]
    ):
        d.t(60, y - 13 - k * 12, s, "DVS", 9)
    for k, (a, b) in enumerate(
        [
            ("Kelt:", "2026. 04. 09."),
            ("Teljesítés:", "2026. 04. 07."),
            ("Fizetési határidő:", "2026. 04. 24."),
            ("Fizetési mód:", "banki átutalás"),
        ]
    ):
        d.t(360, y - k * 13, a, "DVS", 9)
        d.t(535, y - k * 13, b, "DVSB", 9, "r")
    y -= 80
    cols = [
        ("Tétel", 215, "l"),
        ("Mennyiség", 60, "r"),
        ("Egységár", 65, "r"),
        ("ÁFA", 35, "r"),
        ("Nettó ár", 100, "r"),
    ]
    rows = [
        (
            wrap(it[0], "DVS", 8.5, 205),
            str(it[1]),
            fm(it[2], places=0),
            "27%",
            fm(it[3], places=0) + " Ft",
        )
        for it in items
    ]
    y = table(d, 60, y, cols, rows, "DVS", 8.5, 13, "DVSB", 8.5, grid=True)
    y -= 25
    for k, (a, b) in enumerate(
        [("Nettó összesen:", net), ("ÁFA (27%):", vat), ("Bruttó összesen:", total)]
    ):
        d.t(330, y - k * 15, a, "DVS", 10)
        d.t(535, y - k * 15, fm(b, places=0) + " Ft", "DVS", 10, "r")
    y -= 60
    d.line(320, y + 14, 535, y + 14, 1.2)
    d.t(330, y, "Fizetendő:", "DVSB", 13)
    d.t(535, y, fm(total, places=0) + " Ft", "DVSB", 13, "r")
    d.t(60, y - 40, "Bankszámlaszám: 10403947-50526712-48571003 (K&H Bank)", "DVS", 8.5)
    d.t(
        60,
        y - 53,
        "Kerekítés nélkül, forintban kiállítva. A számla 1 példányban készült.",
        "DVS",
        8.5,
    )
    d.t(297, 70, "Köszönjük a megrendelést!", "DVSI", 10, "c")
    return d.save(), truth(
        num,
        "2026-04-09",
        "2026-04-24",
        "Zöldkert Kertépítő Bt.",
        net,
        vat,
        total,
        "HUF",
        "hu-HU",
        "invoice",
        "invoice",
        T4(items),
        "HUF printed without decimals (space thousands, 'Ft'); dates '2026. 04. 09.'; phone photo.",
        "photo",
    )


@reg("i06", "scan", "imgpdf", "RO", dpi=200, grey=True)
def i06(rng):
    W, H = A4
    d = Doc(W, H)
    num = "TOS 004521"
    lines = [
        ("Hârtie copiator A4 80 g/m², top 500 coli", 60, "21.40", 21),
        ("Toner compatibil HP 59A", 4, "289.00", 21),
        ("Biblioraft plastifiat 75 mm", 40, "11.90", 21),
        ("Scaun ergonomic birou, negru", 3, "845.00", 21),
        ("Transport și livrare Cluj-Napoca", 1, "65.00", 21),
    ]
    items, per = vat_by_rate(lines)
    net, vat = per[21]
    total = net + vat
    d.t(40, H - 50, "FURNIZOR", "DVB", 8, color=(0.4, 0.4, 0.4))
    for k, s in enumerate(
        [
            "Transilvania Office Supplies S.R.L.",
            "Nr. Reg. Com.: J12/3456/2005",
            "CUI: RO18273645",
            "Sediu: Str. Fabricii de Zahăr 41, Cluj-Napoca, jud. Cluj",
            "Cont: RO49 BTRL 0130 1202 H375 64XX, Banca Transilvania",
            "Capital social: 200 RON",
        ]
    ):
        d.t(40, H - 64 - k * 12, s, "DVB" if k == 0 else "DV", 9 if k == 0 else 8)
    d.t(360, H - 50, "CUMPĂRĂTOR", "DVB", 8, color=(0.4, 0.4, 0.4))
    for k, s in enumerate(
        [
            "Clinica Dentară Someș S.R.L.",
            "CUI: 34127890",
            "Nr. Reg. Com.: J12/2210/2015",
            "Str. Observatorului 12, Cluj-Napoca",
        ]
    ):
        d.t(360, H - 64 - k * 12, s, "DVB" if k == 0 else "DV", 8.5)
    y = H - 160
    d.rect(200, y - 58, 195, 70, stroke=(0, 0, 0), lw=1.2)
    d.t(297, y - 6, "FACTURĂ", "DVB", 16, "c")
    d.t(297, y - 24, "Seria TOS nr. 004521", "DV", 9.5, "c")
    d.t(297, y - 38, "Data (zi/lună/an): 03.03.2026", "DV", 8.5, "c")
    d.t(297, y - 51, "Data scadenței: 02.04.2026", "DV", 8.5, "c")
    d.t(40, y - 45, "Cota TVA: 21%", "DV", 8.5)
    d.t(555, y - 45, "Moneda: RON", "DV", 8.5, "r")
    cols = [
        ("Nr.\ncrt.", 28, "c"),
        ("Denumirea produselor sau a serviciilor", 200, "l"),
        ("U.M.", 32, "c"),
        ("Cant.", 38, "r"),
        ("Preț unitar\n(fără TVA)", 66, "r"),
        ("Valoarea\n-lei-", 75, "r"),
        ("Valoarea\nTVA -lei-", 76, "r"),
    ]
    rows = [
        (
            str(k + 1),
            wrap(it[0], "DV", 8, 192),
            "buc" if k < 4 else "serv",
            str(it[1]),
            fm(it[2], ",", "."),
            fm(it[3], ",", "."),
            fm(q2(it[3] * D("0.21")), ",", "."),
        )
        for k, it in enumerate(items)
    ]
    y = table(d, 40, y - 75, cols, rows, "DV", 8, 12, "DVB", 7.5, grid=True, hfill=(0.9, 0.9, 0.9))
    d.rect(40, y - 50, 515, 50)
    d.t(48, y - 14, "Semnătura și ștampila furnizorului", "DV", 7)
    d.t(48, y - 40, "Expediția: auto B-22-TOS", "DV", 7)
    d.t(360, y - 14, "Total", "DVB", 9)
    d.t(470, y - 14, fm(net, ",", "."), "DVB", 9, "r")
    d.t(550, y - 14, fm(vat, ",", "."), "DVB", 9, "r")
    d.t(360, y - 40, "Total de plată", "DVB", 10)
    d.t(550, y - 40, fm(total, ",", ".") + " lei", "DVB", 11, "r")
    d.t(
        40,
        y - 70,
        "Factura circulă fără semnătură și ștampilă conform art. 319 alin. (29) din Legea 227/2015 privind Codul fiscal.",
        "DV",
        7,
    )
    d.t(
        40,
        y - 82,
        "Factura a fost transmisă în sistemul RO e-Factura, index de încărcare 5172839461.",
        "DV",
        7,
    )
    return d.save(), truth(
        num,
        "2026-03-03",
        "2026-04-02",
        "Transilvania Office Supplies S.R.L.",
        net,
        vat,
        total,
        "RON",
        "ro-RO",
        "invoice",
        "invoice",
        T4(items),
        "Image-only PDF (no text layer); series+number 'Seria TOS nr. 004521'; dot thousands; net and VAT totals side by side in a grid row; 'Total de plată' in lei.",
        "scan",
    )


@reg("i07", "pdf", "pdf", "HR")
def i07(rng):
    W, H = A4
    d = Doc(W, H)
    num = "145-1-1"
    lines = [
        ('Prijenosno računalo 14" i7/16GB/512GB', 4, "1089.00", 25),
        ("Licenca Microsoft 365 Business Standard (god.)", 4, "138.60", 25),
        ("Instalacija i konfiguracija radnih stanica", 6, "42.00", 25),
        ("Priključna stanica USB-C", 4, "119.90", 25),
    ]
    items, per = vat_by_rate(lines)
    net, vat = per[25]
    total = net + vat
    d.c.setFillColorRGB(0.0, 0.45, 0.6)
    d.c.circle(62, H - 62, 22, fill=1, stroke=0)
    d.t(62, H - 68, "JI", "DVB", 16, "c", (1, 1, 1))
    d.t(95, H - 56, "Jadran Informatika d.o.o.", "DVB", 13)
    d.t(95, H - 70, "Put Supavla 21, 21000 Split  ·  OIB: 48217365902", "DV", 8)
    d.t(555, H - 56, "RAČUN R-1", "DVB", 15, "r", (0.0, 0.45, 0.6))
    d.t(555, H - 72, f"Broj računa: {num}", "DV", 9.5, "r")
    y = H - 120
    d.t(40, y, "Kupac:", "DVB", 8.5)
    for k, s in enumerate(
        ["Apartmani Marjan j.d.o.o.", "Obala kneza Branimira 4", "21000 Split", "OIB: 71320845196"]
    ):
        d.t(40, y - 13 - k * 12, s, "DV", 8.5)
    kv = [
        ("Datum i vrijeme izdavanja:", "16.03.2026. 10:42"),
        ("Datum isporuke:", "13.03.2026."),
        ("Datum dospijeća:", "31.03.2026."),
        ("Način plaćanja:", "transakcijski račun"),
        ("Operater:", "ivana.k"),
    ]
    for k, (a, b) in enumerate(kv):
        d.t(330, y - k * 12, a, "DV", 8.5)
        d.t(555, y - k * 12, b, "DV", 8.5, "r")
    y -= 85
    cols = [
        ("R.br.", 32, "c"),
        ("Naziv", 220, "l"),
        ("Kol.", 35, "r"),
        ("Cijena", 60, "r"),
        ("Rabat", 40, "r"),
        ("PDV", 35, "r"),
        ("Iznos (EUR)", 93, "r"),
    ]
    rows = [
        (f"{k + 1}.", it[0], str(it[1]), fm(it[2], ",", "."), "0%", "25%", fm(it[3], ",", "."))
        for k, it in enumerate(items)
    ]
    y = table(d, 40, y, cols, rows, "DV", 8.5, 14, "DVB", 8.5, hfill=(0.85, 0.93, 0.96))
    y -= 20
    rc = [("Porezna stopa", 80, "l"), ("Osnovica", 80, "r"), ("Iznos PDV-a", 80, "r")]
    table(
        d, 40, y, rc, [("PDV 25%", fm(net, ",", "."), fm(vat, ",", "."))], "DV", 8.5, 13, "DVB", 8.5
    )
    for k, (a, b) in enumerate(
        [("Ukupno bez PDV-a:", net), ("PDV 25%:", vat), ("UKUPNO ZA PLATITI:", total)]
    ):
        f = "DVB" if k == 2 else "DV"
        d.t(350, y - 10 - k * 15, a, f, 10 if k == 2 else 9)
        d.t(555, y - 10 - k * 15, fm(b, ",", ".") + " €", f, 10 if k == 2 else 9, "r")
    y -= 90
    d.t(40, y, "ZKI: 5e8a12f0c49b7d3364a1e0b29f87c6d2", "DVM", 7.5)
    d.t(40, y - 11, "JIR: 7c3f9b12-4a6e-4d8b-9f21-c5e0a8d73b46", "DVM", 7.5)
    d.qr(470, y - 70, 80, rng)
    d.t(40, y - 35, "IBAN: HR12 2340 0091 1103 4528 7 (Privredna banka Zagreb)", "DV", 8.5)
    d.t(40, y - 48, "Poziv na broj: HR00 145-2026", "DV", 8.5)
    d.t(40, y - 72, "Fiksni tečaj konverzije 1 EUR = 7,53450 HRK", "DV", 7, color=(0.4, 0.4, 0.4))
    d.t(
        297,
        40,
        "Društvo upisano u sudski registar Trgovačkog suda u Splitu, MBS 060298471, temeljni kapital 2.654,46 EUR uplaćen u cijelosti.",
        "DV",
        6.3,
        "c",
    )
    return d.save(), truth(
        num,
        "2026-03-16",
        "2026-03-31",
        "Jadran Informatika d.o.o.",
        net,
        vat,
        total,
        "EUR",
        "hr-HR",
        "invoice",
        "invoice",
        T4(items),
        "Croatian R-1 invoice, number format broj-prostor-uređaj '145-1-1'; dates with trailing dot; ZKI/JIR fiscal codes; dot thousands.",
        "pdf",
    )


@reg("i08", "scan", "png", "SI", dpi=160, grey=False, tint=(1.0, 0.99, 0.95))
def i08(rng):
    W, H = A4
    d = Doc(W, H)
    num = "2026-00087"
    lines = [
        ("Aluminijast profil 40x40 (m)", 36, "14.80", 22),
        ("Kotni spoj z vijaki", 48, "3.35", 22),
        ("Strokovna literatura - priročnik", 2, "38.00", 9.5),
        ("Razrez in obdelava po meri (ura)", 3.5, "46.00", 22),
    ]
    items, per = vat_by_rate(lines)
    net = sum(n for n, _ in per.values())
    vat = sum(v for _, v in per.values())
    total = net + vat
    d.t(40, H - 55, "KOVINOPLAST", "DVB", 20, color=(0.2, 0.2, 0.5))
    d.t(40, H - 70, "Kovinoplast d.o.o., Mariborska cesta 88, 3000 Celje", "DV", 8)
    d.t(40, H - 81, "ID za DDV: SI58291746  ·  Matična št.: 6718294000", "DV", 8)
    d.t(555, H - 55, "RAČUN", "DVB", 18, "r")
    d.t(555, H - 72, f"Št. računa: {num}", "DV", 9, "r")
    y = H - 120
    d.rect(40, y - 58, 240, 68, stroke=(0.5, 0.5, 0.5))
    for k, s in enumerate(
        [
            "Prejemnik:",
            "Mizarstvo Golob s.p.",
            "Ljubljanska 12, 1230 Domžale",
            "ID za DDV: SI40718263",
        ]
    ):
        d.t(48, y - k * 13, s, "DVB" if k == 1 else "DV", 8.5)
    for k, (a, b) in enumerate(
        [
            ("Kraj in datum izdaje:", "Celje, 23. 3. 2026"),
            ("Datum opravljene storitve:", "20. 3. 2026"),
            ("Rok plačila:", "22. 4. 2026"),
            ("Sklic:", "SI00 2026-00087"),
        ]
    ):
        d.t(320, y - k * 13, a, "DV", 8.5)
        d.t(555, y - k * 13, b, "DV", 8.5, "r")
    y -= 90
    cols = [
        ("Opis", 220, "l"),
        ("Kol.", 45, "r"),
        ("Cena/EM", 60, "r"),
        ("DDV %", 45, "r"),
        ("Vrednost brez DDV", 110, "r"),
    ]
    rows = [
        (
            it[0],
            fm(it[1], ",", ".", 1 if it[1] != int(it[1]) else 0),
            fm(it[2], ",", "."),
            fm(it[4], ",", ".", 1 if it[4] != int(it[4]) else 0),
            fm(it[3], ",", "."),
        )
        for it in items
    ]
    y = table(d, 40, y, cols, rows, "DV", 8.5, 14, "DVB", 8.5, grid=True, hfill=(0.88, 0.88, 0.95))
    y -= 25
    rc = [("Stopnja DDV", 80, "l"), ("Osnova", 80, "r"), ("DDV", 80, "r")]
    rr = [
        (f"{fm(r, ',', '.', 1 if r != int(r) else 0)} %", fm(n, ",", "."), fm(v, ",", "."))
        for r, (n, v) in sorted(per.items(), reverse=True)
    ]
    table(d, 40, y, rc, rr, "DV", 8.5, 13, "DVB", 8.5)
    for k, (a, b) in enumerate(
        [("Skupaj brez DDV:", net), ("DDV skupaj:", vat), ("Za plačilo EUR:", total)]
    ):
        f = "DVB" if k == 2 else "DV"
        d.t(370, y - 10 - k * 15, a, f, 10 if k == 2 else 9)
        d.t(555, y - 10 - k * 15, fm(b, ",", "."), f, 10 if k == 2 else 9, "r")
    y -= 100
    d.t(
        40,
        y,
        "Plačilo na TRR: SI56 0510 0801 2345 678 (Abanka)   ·   Pri plačilu navedite sklic.",
        "DV",
        8,
    )
    d.t(40, y - 14, "Račun izstavil: Matej Zupan", "DV", 8)
    d.t(
        297,
        45,
        "Kovinoplast d.o.o. je vpisana v sodni register pri Okrožnem sodišču v Celju, osnovni kapital 7.500,00 EUR",
        "DV",
        6.5,
        "c",
    )
    return d.save(), truth(
        num,
        "2026-03-23",
        "2026-04-22",
        "Kovinoplast d.o.o.",
        net,
        vat,
        total,
        "EUR",
        "sl-SI",
        "invoice",
        "invoice",
        T4(items),
        "Two DDV rates (22% and 9,5%); dates 'd. m. yyyy' with spaces; decimal quantity 3,5; colour scan.",
        "scan",
    )


@reg("i09", "pdf", "pdf", "SE")
def i09(rng):
    W, H = A4
    d = Doc(W, H)
    num = "30871"
    lines = [
        ("Servicebesök FTX-aggregat, Hus B", 1, "4850.00", 25),
        ("Filter F7 592x592x520", 12, "318.40", 25),
        ("Kilrem SPA 1250", 2, "146.75", 25),
        ("Arbetstid tekniker (tim)", 5.5, "695.00", 25),
        ("Bilersättning (km)", 84, "6.45", 25),
    ]
    items, per = vat_by_rate(lines)
    net, vat = per[25]
    raw = net + vat
    total = q0(raw)
    rounding = total - raw
    d.t(40, H - 60, "Norrlands Ventilation", "Helvetica-Bold", 18)
    d.t(40, H - 74, "Service · Injustering · OVK", "Helvetica-Oblique", 9)
    d.t(555, H - 58, "FAKTURA", "Helvetica-Bold", 20, "r")
    y = H - 110
    kv = [
        ("Fakturanr", num),
        ("Fakturadatum", "2026-02-27"),
        ("Förfallodatum", "2026-03-29"),
        ("Kundnr", "1184"),
        ("Er referens", "Lena Sjöberg"),
        ("Vår referens", "Johan Nilsson"),
        ("Betalningsvillkor", "30 dagar netto"),
        ("Dröjsmålsränta", "Enligt räntelagen"),
    ]
    for k, (a, b) in enumerate(kv):
        d.t(40, y - k * 12, a, "Helvetica", 8.5)
        d.t(140, y - k * 12, b, "Helvetica-Bold" if k < 3 else "Helvetica", 8.5)
    for k, s in enumerate(
        ["Brf Tallkotten 3", "c/o Fastighetsförvaltning Nord AB", "Box 2207", "903 04 Umeå"]
    ):
        d.t(330, y - 12 - k * 13, s, "Helvetica", 10)
    y -= 115
    cols = [
        ("Benämning", 235, "l"),
        ("Antal", 50, "r"),
        ("Enhet", 40, "l"),
        ("À-pris", 80, "r"),
        ("Summa", 110, "r"),
    ]
    rows = [
        (
            it[0],
            fm(it[1], ",", " ", 1 if it[1] != int(it[1]) else 0),
            "tim" if "tim" in it[0] else ("km" if "km" in it[0] else "st"),
            fm(it[2]),
            fm(it[3]),
        )
        for it in items
    ]
    y = table(d, 40, y, cols, rows, "Helvetica", 9, 14, "Helvetica-Bold", 9)
    y -= 25
    for k, (a, b) in enumerate([("Netto", net), ("Moms 25 %", vat), ("Öresavrundning", rounding)]):
        d.t(380, y - k * 14, a, "Helvetica", 9)
        d.t(555, y - k * 14, fm(b), "Helvetica", 9, "r")
    d.line(380, y - 48, 555, y - 48, 1)
    d.t(380, y - 62, "Att betala SEK", "Helvetica-Bold", 12)
    d.t(555, y - 62, fm(total), "Helvetica-Bold", 12, "r")
    y -= 110
    d.rect(40, y - 40, 515, 52, fill=(0.96, 0.96, 0.96), stroke=None)
    for k, (a, b) in enumerate(
        [
            ("Bankgiro", "5331-0927"),
            ("OCR-nummer", "3087127"),
            ("Att betala", fm(total) + " kr"),
            ("Förfallodag", "2026-03-29"),
        ]
    ):
        d.t(55 + k * 128, y - 5, a, "Helvetica", 7.5)
        d.t(55 + k * 128, y - 22, b, "Helvetica-Bold", 11)
    d.line(40, 80, 555, 80, 0.5)
    foot = [
        ["Norrlands Ventilation AB", "Storgatan 46", "903 26 Umeå"],
        ["Org.nr 556712-3408", "Momsreg.nr SE556712340801", "Godkänd för F-skatt"],
        ["Tel 090-13 47 80", "faktura@norrvent.se", "www.norrvent.se"],
    ]
    for i, col in enumerate(foot):
        for k, s in enumerate(col):
            d.t(40 + i * 180, 68 - k * 10, s, "Helvetica", 7.5)
    return d.save(), truth(
        num,
        "2026-02-27",
        "2026-03-29",
        "Norrlands Ventilation AB",
        net,
        vat,
        total,
        "SEK",
        "sv-SE",
        "invoice",
        "invoice",
        T4(items),
        "Swedish invoice: öresavrundning (rounding) line keyed as rounding; OCR/bankgiro payment box repeats total; legal name only in footer (wordmark lacks 'AB').",
        "pdf",
        rounding=rounding,
    )


@reg("i10", "pdf", "pdf", "NO")
def i10(rng):
    W, H = A4
    d = Doc(W, H)
    num = "240117"
    base = [
        ("Elektrikertime, montør", "720.00"),
        ("Elektrikertime, lærling", "465.00"),
        ("Kabel PFSP 3G2,5 (m)", "18.90"),
        ("Stikkontakt dobbel jordet", "142.00"),
        ("Koblingsboks IP55", "58.50"),
        ("Jordfeilbryter 40A 30mA", "1290.00"),
        ("LED downlight 8W", "389.00"),
        ("Dimmer LED 400W", "612.00"),
        ("Kabelkanal 40x60 (m)", "74.00"),
        ("Varmekabel 10W/m, 120m", "4890.00"),
        ("Termostat gulvvarme", "1145.00"),
        ("Sikringsskap 24 moduler", "3240.00"),
    ]
    lines = []
    rooms = ["kjøkken", "bad", "stue", "gang", "vaskerom"]
    for k in range(26):
        desc, p = base[k % len(base)]
        lines.append(
            (
                f"{desc} – {rooms[k // 6]}",
                rng.choice([1, 2, 3, 4, 6, 8, 10, 12])
                if "time" not in desc
                else rng.choice([3, 4, 6, 7.5]),
                p,
                25,
            )
        )
    items, per = vat_by_rate(lines)
    net, vat = per[25]
    total = net + vat

    def head(p):
        d.t(40, H - 50, "VESTLANDET", "Times-Bold", 22)
        d.t(40, H - 64, "ELEKTRO", "Times-Roman", 12)
        d.t(555, H - 50, "Faktura", "Times-Bold", 16, "r")
        d.t(555, H - 64, f"Side {p}/2", "Times-Roman", 9, "r")

    head(1)
    y = H - 105
    for k, s in enumerate(
        ["Hansen Bolig AS", "Att.: Kari Hansen", "Kalfarveien 31", "5018 Bergen"]
    ):
        d.t(40, y - k * 13, s, "Times-Roman", 10.5)
    kv = [
        ("Fakturanr.", num),
        ("Fakturadato", "06.03.2026"),
        ("Forfallsdato", "20.03.2026"),
        ("KID", "2401170038"),
        ("Kontonr.", "3201.45.67890"),
        ("Prosjekt", "P-2211 Kalfarveien 31"),
    ]
    for k, (a, b) in enumerate(kv):
        d.t(360, y - k * 12, a, "Times-Roman", 9)
        d.t(555, y - k * 12, b, "Times-Bold", 9, "r")
    cols = [
        ("Art.nr.", 50, "l"),
        ("Beskrivelse", 215, "l"),
        ("Antall", 50, "r"),
        ("Pris", 70, "r"),
        ("MVA", 40, "r"),
        ("Beløp", 90, "r"),
    ]
    rows = [
        (
            f"{1000 + 37 * k}",
            it[0],
            fm(it[1], ",", " ", 1 if it[1] != int(it[1]) else 0),
            fm(it[2]),
            "25 %",
            fm(it[3]),
        )
        for k, it in enumerate(items)
    ]
    y = table(d, 40, y - 95, cols, rows[:20], "Times-Roman", 9, 13.5, "Times-Bold", 9)
    d.t(555, y - 14, "Overføres til side 2", "Times-Italic", 8.5, "r")
    d.t(
        297,
        40,
        "Vestlandet Elektro AS · Org.nr. 918 273 645 MVA · Sandviksveien 112, 5035 Bergen · post@vestlandet-elektro.no",
        "Times-Roman",
        7.5,
        "c",
    )
    d.page()
    head(2)
    y = table(d, 40, H - 95, cols, rows[20:], "Times-Roman", 9, 13.5, "Times-Bold", 9)
    y -= 25
    for k, (a, b) in enumerate([("Sum eks. mva", net), ("Mva 25 %", vat), ("Å betale NOK", total)]):
        f = "Times-Bold" if k == 2 else "Times-Roman"
        d.t(380, y - k * 15, a, f, 11 if k == 2 else 9.5)
        d.t(555, y - k * 15, fm(b), f, 11 if k == 2 else 9.5, "r")
    y -= 80
    d.rect(40, y - 70, 515, 80, stroke=(0.3, 0.3, 0.3))
    d.t(50, y - 6, "GIRO", "Times-Bold", 10)
    d.t(
        50,
        y - 24,
        f"Betal til konto: 3201.45.67890     KID: 2401170038     Beløp: {fm(total)}",
        "Times-Roman",
        9.5,
    )
    d.t(50, y - 40, "Betalingsfrist: 20.03.2026", "Times-Roman", 9.5)
    d.t(
        50,
        y - 58,
        "Ved betaling etter forfall beregnes forsinkelsesrente etter forsinkelsesrenteloven.",
        "Times-Italic",
        8,
    )
    d.t(
        297,
        40,
        "Vestlandet Elektro AS · Org.nr. 918 273 645 MVA · Sandviksveien 112, 5035 Bergen · post@vestlandet-elektro.no",
        "Times-Roman",
        7.5,
        "c",
    )
    return d.save(), truth(
        num,
        "2026-03-06",
        "2026-03-20",
        "Vestlandet Elektro AS",
        net,
        vat,
        total,
        "NOK",
        "nb-NO",
        "invoice",
        "invoice",
        T4(items),
        "Two pages, totals only on page 2; KID number and account number near the total; wordmark split over two lines, legal name in footer.",
        "pdf",
    )


@reg("i11", "scan", "imgpdf", "FI", dpi=200, grey=True)
def i11(rng):
    W, H = A4
    d = Doc(W, H)
    num = "10452"
    lines = [
        ("Keittiökaapiston runko, koivuviilu", 6, "318.00", D("25.5")),
        ("Laatikosto 3 laatikkoa, vaimennettu", 2, "489.00", D("25.5")),
        ("Työtaso tammi 3000x620 mm", 1, "742.00", D("25.5")),
        ("Asennustyö (h)", 9, "58.00", D("25.5")),
    ]
    items, per = vat_by_rate(lines)
    net, vat = per[D("25.5")]
    total = net + vat
    d.t(40, H - 55, "Saimaan Puutyö Oy", "DVSB", 16)
    d.t(40, H - 70, "Teollisuustie 9, 53500 Lappeenranta", "DVS", 8.5)
    d.t(400, H - 55, "LASKU", "DVSB", 16)
    kv = [
        ("Laskun numero", num),
        ("Laskun päiväys", "11.3.2026"),
        ("Eräpäivä", "25.3.2026"),
        ("Maksuehto", "14 pv netto"),
        ("Viitenumero", "10452 3"),
        ("Viivästyskorko", "11,5 %"),
    ]
    for k, (a, b) in enumerate(kv):
        d.t(400, H - 75 - k * 12, a, "DVS", 8.5)
        d.t(555, H - 75 - k * 12, b, "DVSB", 8.5, "r")
    for k, s in enumerate(
        [
            "Asunto Oy Rantakivi",
            "Isännöinti / Laura Virtanen",
            "Kauppakatu 40",
            "53100 Lappeenranta",
        ]
    ):
        d.t(60, H - 120 - k * 13, s, "DVS", 10)
    y = H - 210
    cols = [
        ("Tuote / palvelu", 230, "l"),
        ("Määrä", 50, "r"),
        ("À-hinta", 70, "r"),
        ("ALV %", 50, "r"),
        ("Yhteensä", 115, "r"),
    ]
    rows = [(it[0], str(it[1]), fm(it[2]), "25,5", fm(it[3])) for it in items]
    y = table(d, 40, y, cols, rows, "DVS", 9, 14, "DVSB", 9)
    y -= 25
    for k, (a, b) in enumerate(
        [("Veroton yhteensä", net), ("ALV 25,5 %", vat), ("Maksettava yhteensä EUR", total)]
    ):
        f = "DVSB" if k == 2 else "DVS"
        d.t(340, y - k * 15, a, f, 9.5)
        d.t(555, y - k * 15, fm(b), f, 9.5, "r")
    # bank transfer form
    by = 200
    d.line(40, by, 555, by, 1)
    d.t(45, by - 14, "Saajan tilinumero", "DVS", 7)
    d.t(45, by - 28, "FI37 5720 2320 1845 06  OKOYFIHH", "DVSB", 9)
    d.t(45, by - 46, "Saaja", "DVS", 7)
    d.t(45, by - 60, "Saimaan Puutyö Oy", "DVSB", 9)
    d.t(45, by - 78, "Maksaja", "DVS", 7)
    d.t(45, by - 92, "Asunto Oy Rantakivi", "DVS", 9)
    d.line(300, by, 300, by - 120, 0.6)
    d.t(310, by - 14, "Viitenro", "DVS", 7)
    d.t(310, by - 28, "10452 3", "DVSB", 9)
    d.t(310, by - 46, "Eräpäivä", "DVS", 7)
    d.t(310, by - 60, "25.3.2026", "DVSB", 9)
    d.t(440, by - 46, "Euro", "DVS", 7)
    d.t(550, by - 60, fm(total), "DVSB", 9, "r")
    d.line(40, by - 120, 555, by - 120, 1)
    d.barcode(60, by - 160, 440, 30, rng)
    d.t(297, 25, "Y-tunnus 2748193-6 · ALV rek. · Kaupparekisteri", "DVS", 7, "c")
    return d.save(), truth(
        num,
        "2026-03-11",
        "2026-03-25",
        "Saimaan Puutyö Oy",
        net,
        vat,
        total,
        "EUR",
        "fi-FI",
        "invoice",
        "invoice",
        T4(items),
        "Image-only PDF; Finnish ALV 25,5 %; reference number (viitenumero) with space; bank-transfer form at bottom repeats amount; dates d.m.yyyy without zero padding.",
        "scan",
    )


@reg("i12", "pdf", "pdf", "PT")
def i12(rng):
    W, H = A4
    d = Doc(W, H)
    num = "FT 2026A/318"
    lines = [
        ("Consultoria em processos de faturação eletrónica", 18, "85.00", 23),
        ("Formação SAF-T (PT) – sessão presencial", 2, "420.00", 23),
        ("Deslocação Porto–Braga", 1, "96.50", 23),
    ]
    items, per = vat_by_rate(lines)
    net, vat = per[23]
    total = net + vat
    d.rect(40, H - 80, 6, 40, fill=(0.0, 0.35, 0.3), stroke=None)
    d.t(55, H - 56, "Atlântico Consultoria, Lda.", "Helvetica-Bold", 15)
    d.t(55, H - 72, "Rua de Santa Catarina 512, 4000-446 Porto · NIF 514 287 360", "Helvetica", 8.5)
    d.t(555, H - 56, "Fatura", "Helvetica-Bold", 16, "r")
    d.t(555, H - 72, "Original", "Helvetica", 8.5, "r")
    y = H - 115
    for k, s in enumerate(
        [
            "Exmo.(s) Sr.(s)",
            "Vinhos Quinta do Sobral, S.A.",
            "Av. da Liberdade 90",
            "4710-251 Braga",
            "NIF 508 734 291",
        ]
    ):
        d.t(330, y - k * 13, s, "Helvetica-Bold" if k == 1 else "Helvetica", 9.5)
    kv = [
        ("Fatura n.º", num),
        ("Data", "2026-03-31"),
        ("Vencimento", "2026-04-30"),
        ("ATCUD", "JJ7KP4RX-318"),
        ("Cond. pagamento", "30 dias"),
    ]
    for k, (a, b) in enumerate(kv):
        d.t(40, y - k * 13, a, "Helvetica", 9)
        d.t(140, y - k * 13, b, "Helvetica-Bold", 9)
    y -= 95
    cols = [
        ("Descrição", 250, "l"),
        ("Qtd.", 45, "r"),
        ("Preço unit.", 70, "r"),
        ("IVA", 40, "r"),
        ("Total líquido", 110, "r"),
    ]
    rows = [(it[0], str(it[1]), fm(it[2], ",", " "), "23%", fm(it[3], ",", " ")) for it in items]
    y = table(
        d, 40, y, cols, rows, "Helvetica", 9, 14, "Helvetica-Bold", 9, hfill=(0.88, 0.94, 0.93)
    )
    y -= 25
    rc = [
        ("Taxa", 50, "l"),
        ("Incidência", 80, "r"),
        ("Valor IVA", 80, "r"),
        ("Motivo isenção", 90, "l"),
    ]
    table(
        d,
        40,
        y,
        rc,
        [("IVA 23%", fm(net), fm(vat), "—")],
        "Helvetica",
        8.5,
        13,
        "Helvetica-Bold",
        8.5,
    )
    for k, (a, b) in enumerate(
        [("Total ilíquido", net), ("Total IVA", vat), ("Total a pagar (EUR)", total)]
    ):
        f = "Helvetica-Bold" if k == 2 else "Helvetica"
        d.t(380, y - 10 - k * 15, a, f, 9.5)
        d.t(555, y - 10 - k * 15, fm(b) + " €", f, 9.5, "r")
    y -= 90
    d.qr(40, y - 90, 90, rng, 29)
    d.t(145, y - 20, "IBAN: PT50 0033 0000 4531 8722 0190 5 (Millennium bcp)", "Helvetica", 8.5)
    d.t(145, y - 34, "Referência a indicar na transferência: FT 2026A/318", "Helvetica", 8.5)
    d.t(
        145,
        y - 62,
        "Os bens/serviços foram colocados à disposição do adquirente na data do documento.",
        "Helvetica",
        7.5,
    )
    d.t(
        40,
        55,
        "hX7k-Processado por programa certificado n.º 2291/AT · Atlântico Consultoria, Lda. · Capital social 5 000,00 € · CRC Porto",
        "Helvetica",
        7,
    )
    return d.save(), truth(
        num,
        "2026-03-31",
        "2026-04-30",
        "Atlântico Consultoria, Lda.",
        net,
        vat,
        total,
        "EUR",
        "pt-PT",
        "invoice",
        "invoice",
        T4(items),
        "Portuguese fatura: number 'FT 2026A/318' with ATCUD code next to it (not the number); QR code; 'Total ilíquido' = net.",
        "pdf",
    )


@reg("i13", "pdf", "pdf", "IT")
def i13(rng):
    W, H = A4
    d = Doc(W, H)
    num = "12/2026"
    fee = D("2500.00")
    cassa = q2(fee * D("0.04"))
    net = fee + cassa
    vat = q2(net * D("0.22"))
    total = net + vat
    rit = q2(fee * D("0.20"))
    payable = total - rit
    d.t(297, H - 55, "Studio Tecnico Ing. Marco Ferretti", "Times-Bold", 16, "c")
    d.t(297, H - 70, "Via Borgo Palazzo 47 – 24125 Bergamo (BG)", "Times-Roman", 9, "c")
    d.t(
        297,
        H - 82,
        "P.IVA 03928170164 – C.F. FRRMRC78L12A794K – Iscr. Ordine Ingegneri BG n. 3817",
        "Times-Roman",
        8.5,
        "c",
    )
    d.line(40, H - 92, 555, H - 92, 0.8)
    y = H - 125
    d.t(40, y, f"FATTURA N. {num}", "Times-Bold", 13)
    d.t(40, y - 16, "Data: 18/03/2026", "Times-Roman", 10)
    d.t(330, y, "Spett.le", "Times-Italic", 9.5)
    for k, s in enumerate(
        [
            "Edilcasa Orobica S.r.l.",
            "Via Zanica 19",
            "24126 Bergamo (BG)",
            "P.IVA 02874510163",
            "Cod. destinatario SDI: M5UXCR1",
        ]
    ):
        d.t(330, y - 13 - k * 12, s, "Times-Bold" if k == 0 else "Times-Roman", 9.5)
    y -= 100
    d.t(
        40,
        y,
        "Oggetto: Direzione lavori e coordinamento sicurezza – cantiere Via Moroni 12, acconto SAL n. 2",
        "Times-Roman",
        10,
    )
    y -= 20
    cols = [("Descrizione", 355, "l"), ("Importo €", 160, "r")]
    rows = [
        ("Onorario professionale", fm(fee, ",", ".")),
        ("Contributo integrativo Inarcassa 4%", fm(cassa, ",", ".")),
    ]
    y = table(d, 40, y, cols, rows, "Times-Roman", 10, 15, "Times-Bold", 10)
    y -= 12
    summ = [
        ("Imponibile IVA", net),
        ("IVA 22%", vat),
        ("Totale documento", total),
        ("Ritenuta d'acconto 20% su € " + fm(fee, ",", "."), -rit),
        ("Netto a pagare", payable),
    ]
    for k, (a, b) in enumerate(summ):
        f = "Times-Bold" if k in (2, 4) else "Times-Roman"
        yy = y - k * 16
        d.t(240, yy, a, f, 10)
        d.t(550, yy, "€ " + fm(b, ",", "."), f, 10, "r")
    d.line(240, y - 2 * 16 + 12, 555, y - 2 * 16 + 12, 0.5)
    d.line(240, y - 4 * 16 + 12, 555, y - 4 * 16 + 12, 0.5)
    y -= 110
    d.t(40, y, "Modalità di pagamento: bonifico bancario entro il 17/04/2026", "Times-Roman", 9.5)
    d.t(
        40,
        y - 14,
        "IBAN IT60 X054 2811 1010 0000 0123 456 – Banca Popolare di Bergamo",
        "Times-Roman",
        9.5,
    )
    d.t(
        40,
        y - 40,
        "Copia di cortesia: l'originale del documento è stato trasmesso al Sistema di Interscambio (SdI).",
        "Times-Italic",
        8.5,
    )
    d.t(40, y - 52, "Imposta di bollo assolta in modo virtuale ove dovuta.", "Times-Italic", 8.5)
    return d.save(), truth(
        num,
        "2026-03-18",
        "2026-04-17",
        "Studio Tecnico Ing. Marco Ferretti",
        net,
        vat,
        total,
        "EUR",
        "it-IT",
        "invoice",
        "invoice",
        [
            ("Onorario professionale", 1, fee, fee),
            ("Contributo integrativo Inarcassa 4%", 1, cassa, cassa),
        ],
        f"Ritenuta d'acconto 20% ({fm(rit, ',', '.')}) withheld: total keyed = 'Totale documento' (imponibile + IVA), not 'Netto a pagare' {fm(payable, ',', '.')}; cassa 4% is part of the net.",
        "pdf",
        withholding=rit,
        payable=payable,
    )


@reg("i14", "pdf", "pdf", "ES")
def i14(rng):
    W, H = A4
    d = Doc(W, H)
    num = "2026-041"
    lines = [
        ("Traducción jurídica EN>ES, contrato de distribución (palabras)", 7400, "0.09", 21),
        ("Traducción jurada, certificado de constitución (páginas)", 6, "38.00", 21),
        ("Revisión y maquetación", 1, "96.00", 21),
    ]
    items, per = vat_by_rate(lines)
    net, vat = per[21]
    total = net + vat
    irpf = q2(net * D("0.15"))
    payable = total - irpf
    d.t(40, H - 60, "Ana Belén Ruiz Ortega", "Helvetica-Bold", 17)
    d.t(40, H - 75, "Traductora-Intérprete Jurada de inglés · NIF 47382915K", "Helvetica", 9)
    d.t(
        40,
        H - 87,
        "C/ Conde de Aranda 14, 3.º B · 50003 Zaragoza · anabelen@traduccionesruiz.es",
        "Helvetica",
        9,
    )
    d.rect(380, H - 160, 175, 50, fill=(0.95, 0.92, 0.85), stroke=None)
    d.t(390, H - 125, "FACTURA", "Helvetica-Bold", 13)
    d.t(390, H - 140, f"Nº {num}", "Helvetica", 10)
    d.t(390, H - 153, "Fecha: 02/03/2026", "Helvetica", 10)
    y = H - 130
    d.t(40, y, "Cliente:", "Helvetica-Bold", 9)
    for k, s in enumerate(
        [
            "Logística Ebro Norte, S.L.",
            "CIF B50918273",
            "Polígono PLAZA, C/ Taormina 8",
            "50197 Zaragoza",
        ]
    ):
        d.t(40, y - 13 - k * 12, s, "Helvetica", 9)
    y -= 95
    cols = [
        ("Concepto", 285, "l"),
        ("Cantidad", 60, "r"),
        ("Precio", 65, "r"),
        ("Importe", 105, "r"),
    ]
    rows = [
        (it[0], fm(it[1], ",", "."), fm(it[2], ",", "."), fm(it[3], ",", ".") + " €")
        for it in items
    ]
    y = table(d, 40, y, cols, rows, "Helvetica", 9, 14, "Helvetica-Bold", 9)
    y -= 25
    summ = [
        ("Base imponible", net),
        ("IVA (21%)", vat),
        ("Total factura", total),
        ("Retención IRPF (15%)", -irpf),
        ("TOTAL A PAGAR", payable),
    ]
    for k, (a, b) in enumerate(summ):
        f = "Helvetica-Bold" if k in (2, 4) else "Helvetica"
        d.t(330, y - k * 15, a, f, 9.5)
        d.t(555, y - k * 15, fm(b, ",", ".") + " €", f, 9.5, "r")
    y -= 100
    d.t(
        40,
        y,
        "Forma de pago: transferencia bancaria a 30 días (vencimiento 01/04/2026)",
        "Helvetica",
        9,
    )
    d.t(40, y - 13, "IBAN: ES21 2085 0112 7603 3015 2847 (Ibercaja)", "Helvetica", 9)
    d.t(
        40,
        50,
        "Conforme al RGPD, sus datos se tratarán con la finalidad de gestionar la relación profesional.",
        "Helvetica",
        6.8,
        color=(0.4, 0.4, 0.4),
    )
    return d.save(), truth(
        num,
        "2026-03-02",
        "2026-04-01",
        "Ana Belén Ruiz Ortega",
        net,
        vat,
        total,
        "EUR",
        "es-ES",
        "invoice",
        "invoice",
        T4(items),
        f"Autónoma invoice with IRPF 15% withholding ({fm(irpf, ',', '.')}): total keyed = 'Total factura' (base + IVA), 'TOTAL A PAGAR' {fm(payable, ',', '.')} is after withholding; vendor is a person.",
        "pdf",
        withholding=irpf,
        payable=payable,
    )


@reg("i15", "pdf", "pdf", "MX")
def i15(rng):
    W, H = LETTER
    d = Doc(W, H)
    num = "A 3381"
    lines = [
        (
            "78101802 - Servicio de transporte de carga por carretera Querétaro - Monterrey",
            4,
            "18750.00",
            16,
        ),
        ("78131602 - Maniobras de carga y descarga", 4, "2300.00", 16),
        ("84131500 - Seguro de mercancía en tránsito", 1, "3420.00", 16),
    ]
    items, per = vat_by_rate(lines)
    net, vat = per[16]
    total = net + vat
    uuid = "6F2A9C41-3B7D-4E18-A5C2-9D04B7E3F681"
    d.rect(36, H - 96, 540, 62, fill=(0.95, 0.95, 0.95), stroke=(0.5, 0.5, 0.5))
    d.t(46, H - 52, "Soluciones Logísticas del Bajío, S.A. de C.V.", "Helvetica-Bold", 12)
    d.t(
        46,
        H - 66,
        "RFC: SLB150312KJ4   Régimen fiscal: 601 - General de Ley Personas Morales",
        "Helvetica",
        8,
    )
    d.t(
        46,
        H - 78,
        "Lugar de expedición (C.P.): 76120   Av. 5 de Febrero 2125, Querétaro, Qro.",
        "Helvetica",
        8,
    )
    d.t(566, H - 52, "FACTURA", "Helvetica-Bold", 12, "r")
    d.t(566, H - 66, f"Serie y folio: {num}", "Helvetica", 8.5, "r")
    d.t(566, H - 78, "Tipo de comprobante: I - Ingreso", "Helvetica", 8, "r")
    y = H - 115
    kv = [
        ("Folio fiscal (UUID):", uuid),
        ("No. de serie del CSD:", "00001000000712345678"),
        ("Fecha y hora de emisión:", "2026-03-09T11:24:53"),
        ("Fecha y hora de certificación:", "2026-03-09T11:25:07"),
    ]
    for k, (a, b) in enumerate(kv):
        d.t(36, y - k * 11, a, "Helvetica-Bold", 7.8)
        d.t(165, y - k * 11, b, "Helvetica", 7.8)
    d.t(380, y, "Receptor", "Helvetica-Bold", 8)
    for k, s in enumerate(
        [
            "Aceros y Perfiles del Norte, S.A. de C.V.",
            "RFC: APN980615TR2",
            "Uso CFDI: G03 - Gastos en general",
            "Régimen: 601  C.P. 64000",
        ]
    ):
        d.t(380, y - 11 - k * 10, s, "Helvetica", 7.8)
    y -= 70
    cols = [
        ("Cant.", 38, "r"),
        ("Unidad", 48, "l"),
        ("Clave / Descripción", 260, "l"),
        ("Valor unitario", 80, "r"),
        ("Importe", 80, "r"),
        ("Obj. imp.", 34, "c"),
    ]
    rows = [
        (
            str(it[1]),
            "E48",
            wrap(it[0], "Helvetica", 7.8, 250),
            fm(it[2], ".", ","),
            fm(it[3], ".", ","),
            "02",
        )
        for it in items
    ]
    y = table(
        d, 36, y, cols, rows, "Helvetica", 7.8, 11, "Helvetica-Bold", 7.8, hfill=(0.85, 0.85, 0.85)
    )
    y -= 20
    for k, (a, b) in enumerate([("Subtotal", net), ("IVA Trasladado 16%", vat), ("Total", total)]):
        f = "Helvetica-Bold" if k == 2 else "Helvetica"
        d.t(420, y - k * 13, a, f, 9)
        d.t(576, y - k * 13, "$" + fm(b, ".", ","), f, 9, "r")
    d.t(36, y, "Moneda: MXN - Peso Mexicano", "Helvetica", 8)
    d.t(36, y - 12, "Forma de pago: 99 - Por definir", "Helvetica", 8)
    d.t(36, y - 24, "Método de pago: PPD - Pago en parcialidades o diferido", "Helvetica", 8)
    d.t(36, y - 36, "Condiciones de pago: Crédito 30 días", "Helvetica", 8)
    y -= 60
    pesos = int(total)
    cent = int((total - pesos) * 100)
    d.t(
        36,
        y,
        f"Importe con letra: ({num_to_es(pesos).upper()} PESOS {cent:02d}/100 M.N.)",
        "Helvetica-Bold",
        7.5,
    )
    d.t(
        306,
        40,
        "Este documento es una representación impresa de un CFDI · Página 1 de 2",
        "Helvetica",
        7,
        "c",
    )
    d.page()
    y = H - 50
    d.t(36, y, f"Folio fiscal: {uuid}   ·   Serie y folio: {num}", "Helvetica-Bold", 8)
    rr = random.Random(7)
    b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    y -= 24
    for title, n in [
        ("Sello digital del CFDI:", 344),
        ("Sello digital del SAT:", 344),
        ("Cadena original del complemento de certificación digital del SAT:", 260),
    ]:
        d.t(36, y, title, "Helvetica-Bold", 7.5)
        y -= 11
        s = "".join(rr.choice(b64) for _ in range(n)) + "=="
        if "Cadena" in title:
            s = (
                f"||1.1|{uuid}|2026-03-09T11:25:07|SAT970701NN3|"
                + s[:180]
                + "|00001000000505211329||"
            )
        for ln in chunk(s, "Courier", 6.5, 530):
            d.t(36, y, ln, "Courier", 6.5)
            y -= 8.5
        y -= 10
    d.qr(36, y - 110, 105, rng, 33)
    d.t(160, y - 20, "No. de serie del certificado del SAT: 00001000000505211329", "Helvetica", 7.5)
    d.t(160, y - 32, "RFC del proveedor de certificación: SAT970701NN3", "Helvetica", 7.5)
    d.t(
        306,
        40,
        "Este documento es una representación impresa de un CFDI · Página 2 de 2",
        "Helvetica",
        7,
        "c",
    )
    return d.save(), truth(
        num,
        "2026-03-09",
        None,
        "Soluciones Logísticas del Bajío, S.A. de C.V.",
        net,
        vat,
        total,
        "MXN",
        "es-MX",
        "invoice",
        "invoice",
        T4(items),
        "CFDI 4.0 printed representation on Letter, 2 pages: invoice number is 'Serie y folio' (A 3381), not the UUID folio fiscal; PPD with 'Crédito 30 días' but no printed due date; page 2 only seals/cadena original.",
        "pdf",
    )


def num_to_es(n):
    u = [
        "",
        "un",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
        "once",
        "doce",
        "trece",
        "catorce",
        "quince",
        "dieciséis",
        "diecisiete",
        "dieciocho",
        "diecinueve",
        "veinte",
        "veintiún",
        "veintidós",
        "veintitrés",
        "veinticuatro",
        "veinticinco",
        "veintiséis",
        "veintisiete",
        "veintiocho",
        "veintinueve",
    ]
    t = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
    c = [
        "",
        "ciento",
        "doscientos",
        "trescientos",
        "cuatrocientos",
        "quinientos",
        "seiscientos",
        "setecientos",
        "ochocientos",
        "novecientos",
    ]

    def lt1000(x):
        if x == 100:
            return "cien"
        out = []
        if x >= 100:
            out.append(c[x // 100])
            x %= 100
        if x < 30:
            if x:
                out.append(u[x])
        else:
            out.append(t[x // 10] + (" y " + u[x % 10] if x % 10 else ""))
        return " ".join(out)

    if n >= 1000:
        th = n // 1000
        rest = n % 1000
        s = ("mil" if th == 1 else lt1000(th) + " mil") + (" " + lt1000(rest) if rest else "")
        return s
    return lt1000(n)


@reg("i16", "scan", "jpg", "BR", dpi=180, grey=True, q=85)
def i16(rng):
    W, H = A4
    d = Doc(W, H)
    num = "00001287"
    total = D("18500.00")
    iss = q2(total * D("0.05"))
    ret = {
        "IRRF (1,50%)": q2(total * D("0.015")),
        "PIS (0,65%)": q2(total * D("0.0065")),
        "COFINS (3,00%)": q2(total * D("0.03")),
        "CSLL (1,00%)": q2(total * D("0.01")),
    }
    wsum = sum(ret.values())
    payable = total - wsum
    net = total - iss
    d.rect(30, H - 100, 535, 72)
    d.t(40, H - 50, "PREFEITURA DO MUNICÍPIO DE SÃO PAULO", "Helvetica-Bold", 10)
    d.t(40, H - 63, "SECRETARIA MUNICIPAL DA FAZENDA", "Helvetica", 8)
    d.t(40, H - 80, "NOTA FISCAL ELETRÔNICA DE SERVIÇOS - NFS-e", "Helvetica-Bold", 11)
    d.line(420, H - 28, 420, H - 100)
    d.t(428, H - 42, "Número da Nota", "Helvetica", 7)
    d.t(556, H - 55, num, "Helvetica-Bold", 11, "r")
    d.t(428, H - 68, "Data e Hora de Emissão", "Helvetica", 7)
    d.t(556, H - 80, "10/03/2026 14:05:33", "Helvetica-Bold", 8.5, "r")
    d.t(428, H - 93, "Código de Verificação: KQ7M-2XWB", "Helvetica", 7)

    def block(y, title, lines_, h):
        d.rect(30, y - h, 535, h)
        d.t(297, y - 11, title, "Helvetica-Bold", 8, "c")
        for k, s in enumerate(lines_):
            d.t(40, y - 25 - k * 11, s, "Helvetica", 8)
        return y - h

    y = block(
        H - 100,
        "PRESTADOR DE SERVIÇOS",
        [
            "Razão Social: Ipê Tecnologia e Sistemas Ltda.",
            "CPF/CNPJ: 23.456.789/0001-12   Inscrição Municipal: 5.482.917-3",
            "Endereço: Rua Funchal 418, 7º andar - Vila Olímpia - CEP 04551-060",
            "Município: São Paulo   UF: SP",
        ],
        72,
    )
    y = block(
        y,
        "TOMADOR DE SERVIÇOS",
        [
            "Nome/Razão Social: Comercial Paulista de Alimentos S.A.",
            "CPF/CNPJ: 61.234.567/0001-90   Inscrição Municipal: 1.234.567-8",
            "Endereço: Av. das Nações Unidas 12901 - Brooklin - CEP 04578-000",
            "Município: São Paulo   UF: SP   E-mail: fiscal@cpalimentos.com.br",
        ],
        72,
    )
    disc = [
        "Licenciamento mensal do sistema de gestão ERP Ipê Cloud - competência 02/2026 (120 usuários)",
        "Suporte técnico e manutenção evolutiva - 40 horas",
        "Vencimento conforme contrato nº 2024/117.",
        "Retenções federais conforme IN RFB 1.234/2012.",
    ]
    y = block(y, "DISCRIMINAÇÃO DOS SERVIÇOS", disc, 160)
    d.rect(30, y - 30, 535, 30, fill=(0.9, 0.9, 0.9))
    d.t(
        297, y - 20, f"VALOR TOTAL DO SERVIÇO = R$ {fm(total, ',', '.')}", "Helvetica-Bold", 11, "c"
    )
    y -= 30
    # retentions row
    cells = [*list(ret.items()), ("INSS", Z)]
    cw = 535 / len(cells)
    d.rect(30, y - 32, 535, 32)
    for k, (a, b) in enumerate(cells):
        d.t(30 + cw * k + cw / 2, y - 12, a, "Helvetica", 7, "c")
        d.t(30 + cw * k + cw / 2, y - 26, "R$ " + fm(b, ",", "."), "Helvetica-Bold", 8, "c")
        if k:
            d.line(30 + cw * k, y, 30 + cw * k, y - 32)
    y -= 32
    d.rect(30, y - 24, 535, 24)
    d.t(
        40,
        y - 15,
        "Código do Serviço: 01.07 - Suporte técnico em informática, inclusive instalação, configuração e manutenção",
        "Helvetica",
        7.5,
    )
    y -= 24
    cells = [
        ("Valor Total das Deduções (R$)", "0,00"),
        ("Base de Cálculo (R$)", fm(total, ",", ".")),
        ("Alíquota (%)", "5,00"),
        ("Valor do ISS (R$)", fm(iss, ",", ".")),
        ("Crédito (R$)", "0,00"),
    ]
    cw = 535 / len(cells)
    d.rect(30, y - 32, 535, 32)
    for k, (a, b) in enumerate(cells):
        d.t(30 + cw * k + cw / 2, y - 12, a, "Helvetica", 6.8, "c")
        d.t(30 + cw * k + cw / 2, y - 26, b, "Helvetica-Bold", 8, "c")
        if k:
            d.line(30 + cw * k, y, 30 + cw * k, y - 32)
    y -= 32
    d.rect(30, y - 60, 535, 60)
    d.t(297, y - 11, "OUTRAS INFORMAÇÕES", "Helvetica-Bold", 8, "c")
    d.t(
        40,
        y - 25,
        f"ISS não retido - recolhimento pelo prestador. Total de retenções federais: R$ {fm(wsum, ',', '.')}",
        "Helvetica",
        7.5,
    )
    d.t(40, y - 37, f"Valor líquido da nota: R$ {fm(payable, ',', '.')}", "Helvetica-Bold", 8)
    d.t(40, y - 49, "Esta NFS-e foi emitida com respaldo na Lei nº 14.097/2005.", "Helvetica", 7.5)
    return d.save(), truth(
        num,
        "2026-03-10",
        None,
        "Ipê Tecnologia e Sistemas Ltda.",
        net,
        iss,
        total,
        "BRL",
        "pt-BR",
        "invoice",
        "invoice",
        [("Licenciamento mensal ERP Ipê Cloud + suporte técnico 40 h", 1, total, total)],
        f"NFS-e: ISS 5% is included in the service value, so vat = ISS and amount = total - ISS (net not printed); federal retentions (IRRF/PIS/COFINS/CSLL {fm(wsum, ',', '.')}) are withholding, not VAT; total = 'Valor total do serviço', not 'Valor líquido' {fm(payable, ',', '.')}; no due date printed.",
        "scan",
        withholding=wsum,
        payable=payable,
    )


# =========================================================================== receipts


def rsum(lines, rates, places=2):
    items, per = gross_by_rate(lines, places)
    vats = {k: incl_vat(g, rates[k], places) for k, g in per.items()}
    total = sum(per.values())
    vat = sum(vats.values())
    return items, per, vats, total, vat


def rt(
    number,
    date,
    vendor,
    items,
    total,
    vat,
    cur,
    loc,
    note,
    kind,
    tip=Z,
    rounding=Z,
    dtype="receipt",
):
    amount = total - vat - tip - rounding
    return truth(
        number,
        date,
        None,
        vendor,
        amount,
        vat,
        total,
        cur,
        loc,
        "receipt",
        dtype,
        T4(items),
        note,
        kind,
        tip=tip,
        rounding=rounding,
    )


def card_slip(r, amount_s, cur, lang, rng, brand="VISA"):
    r.gap(6)
    r.sep("=")
    labels = {
        "pl": ("TERMINAL", "SPRZEDAŻ", "KWOTA", "ZAPŁACONO KARTĄ", "KOPIA DLA KLIENTA"),
        "sv": ("TERMINAL", "KÖP", "BELOPP", "GODKÄND", "KUNDENS EXEMPLAR"),
        "es": ("TERMINAL", "VENTA", "IMPORTE", "OPERACIÓN AUTORIZADA", "COPIA CLIENTE"),
        "fi": ("PÄÄTE", "OSTO", "SUMMA", "HYVÄKSYTTY", "ASIAKKAAN KUITTI"),
    }[lang]
    r.c(labels[0] + f" ID {rng.randint(10000000, 99999999)}")
    r.c(f"{brand} CONTACTLESS")
    r.c("**** **** **** " + str(rng.randint(1000, 9999)))
    r.lr(labels[1], "")
    r.lr(labels[2], f"{amount_s} {cur}")
    r.c(labels[3])
    r.c(f"AID A00000000{rng.randint(31010, 41010)}  ARC 00")
    r.c(labels[4])


@reg("r01", "scan", "png", "PL", dpi=220, grey=True, fade=True, blur=0.7)
def r01(rng):
    rates = {"A": 23, "B": 8, "C": 5}
    lines = [
        ("Mleko UHT 3,2% 1L", 4, "3.79", "C"),
        ("Chleb żytni krojony", 1, "5.49", "C"),
        ("Masło extra 200g", 2, "7.99", "C"),
        ("Jabłka Ligol luz", D("1.236"), "4.99", "C"),
        ("Szynka wędzona plastry", 1, "9.99", "C"),
        ("Kawa mielona 500g", 1, "24.99", "A"),
        ("Płyn do naczyń 1L", 1, "8.49", "A"),
        ("Sok pomarańczowy 1L", 2, "6.29", "B"),
        ("Woda mineralna 1,5L", 6, "1.89", "A"),
    ]
    # apply one loyalty discount on coffee
    items, per = gross_by_rate(lines)
    disc = D("-5.00")
    per["A"] += disc
    vats = {k: incl_vat(g, rates[k]) for k, g in per.items()}
    total = sum(per.values())
    vat = sum(vats.values())
    r = Roll(80, font="DVM", size=7.6)
    r.c("MARKETO", "DVMB", 14)
    r.c("Marketo Sp. z o.o.")
    r.c("ul. Kościuszki 52, 40-048 Katowice")
    r.c("Sklep nr 0412, ul. Mikołowska 15, Katowice")
    r.c("NIP 634-28-71-905")
    r.lr("2026-05-14 18:22", "nr wydr. 184522")
    r.c("PARAGON FISKALNY", "DVMB", 9)
    r.sep()
    for it in items:
        q = f"{it[1]:.3f}".replace(".", ",") if isinstance(it[1], Decimal) else str(it[1])
        r.left(it[0])
        r.lr(f"   {q} x{fm(it[2])}", f"{fm(it[3])} {it[4]}")
        if it[0].startswith("Kawa"):
            r.lr("   Rabat Moja Karta", f"{fm(disc)} A")
    r.sep()
    r.lr("Sprzed. opod. PTU A", fm(per["A"]))
    r.lr("Kwota PTU A 23,00%", fm(vats["A"]))
    r.lr("Sprzed. opod. PTU B", fm(per["B"]))
    r.lr("Kwota PTU B 8,00%", fm(vats["B"]))
    r.lr("Sprzed. opod. PTU C", fm(per["C"]))
    r.lr("Kwota PTU C 5,00%", fm(vats["C"]))
    r.lr("Suma PTU", fm(vat))
    r.lr("SUMA PLN", fm(total), "DVMB", 11)
    r.sep()
    r.lr("Karta płatnicza", fm(total))
    r.lr("Zaoszczędziłeś z Moją Kartą:", "5,00 zł")
    r.lr("00412 #Kasa 3", "Kasjer nr 17")
    r.c("18:22   BKX 2104 9938 1120")
    r.draw(12, lambda d, x, y, w, h: d.t(x + w / 2, y + 2, "PL  FISKALNY  PL", "DVM", 7, "c"))
    card_slip(r, fm(total), "PLN", "pl", rng)
    tr = rt(
        "184522",
        "2026-05-14",
        "Marketo Sp. z o.o.",
        [*T4(items), ("Rabat Moja Karta", 1, disc, disc)],
        total,
        vat,
        "PLN",
        "pl-PL",
        "Paragon fiskalny with PTU A/B/C summary, loyalty discount line, card slip below; weighted item 1,236 kg; thermal fade. Number = 'nr wydr.'",
        "scan",
    )
    return r.render(), tr


@reg("r02", "photo", "jpg", "PL", dpi=260, long=1900)
def r02(rng):
    rates = {"B": 8, "A": 23}
    lines = [
        ("Ibuprofen 400mg 24 tabl.", 1, "14.99", "B"),
        ("Witamina D3 2000 j.m. 60 kaps.", 1, "21.50", "B"),
        ("Krem do rąk 75ml", 1, "12.90", "A"),
    ]
    items, per, vats, total, vat = rsum(lines, rates)
    r = Roll(58, font="DVC", size=7.2, margin=7)
    r.c("APTEKA POD LIPĄ", "DVCB", 10)
    r.c("Farmalip s.c. M. i K. Nowak")
    r.c("ul. Piotrkowska 201, 90-451 Łódź")
    r.c("NIP 728-27-55-311")
    r.c("PARAGON FISKALNY", "DVCB", 8)
    r.left("23.04.2026            wydr. 7731")
    r.sep()
    for it in items:
        r.left(it[0])
        r.lr(f" {it[1]} szt. x {fm(it[2])}", f"{fm(it[3])}{it[4]}")
    r.sep()
    for k in ("A", "B"):
        r.lr(f"Sp.op.{k}", fm(per[k]))
        r.lr(f"PTU {k} {rates[k]}%", fm(vats[k]))
    r.lr("Suma PTU", fm(vat))
    r.lr("SUMA", f"PLN {fm(total)}", "DVCB", 10)
    r.lr("Gotówka", "60,00")
    r.lr("Reszta", fm(D("60.00") - total))
    r.sep()
    r.c("#01 Kasa 1 Kierownik 09:41")
    r.c("ZDP 18224561")
    tr = rt(
        "7731",
        "2026-04-23",
        "Farmalip s.c. M. i K. Nowak",
        T4(items),
        total,
        vat,
        "PLN",
        "pl-PL",
        "58 mm pharmacy receipt; trade name 'Apteka pod Lipą' above the legal seller; cash with change; photo.",
        "photo",
    )
    return r.render(), tr


@reg("r03", "scan", "png", "CZ", dpi=300, grey=True, fade=True, width=650)
def r03(rng):
    rates = {"A": 21, "B": 12, "C": 0}
    lines = [
        ("Pivo Světlé výčepní 0,5l", 6, "19.90", "A"),
        ("Rohlík tukový 43g", 8, "2.90", "B"),
        ("Eidam 30% plátky", 2, "34.90", "B"),
        ("Banány", D("0.842"), "32.90", "B"),
        ("Záloha láhev 0,5l", 6, "3.00", "C"),
        ("Výkup obalů - láhev", -10, "3.00", "C"),
    ]
    items, per, vats, total, vat = rsum(lines, rates)
    r = Roll(58, font="DVM", size=6.6, margin=6)
    r.c("POTRAVINY U KAPLIČKY", "DVMB", 8)
    r.c("Kaplička Retail s.r.o.")
    r.c("Nádražní 18, 702 00 Ostrava")
    r.c("IČO 08417263 DIČ CZ08417263")
    r.sep()
    r.c("ÚČTENKA č. 2026/0518/0093", "DVMB", 7)
    r.c("Datum: 18.05.2026 07:58")
    r.sep()
    for it in items:
        r.left(it[0])
        q = f"{it[1]:.3f}".replace(".", ",") if isinstance(it[1], Decimal) else str(it[1])
        r.lr(f" {q} x {fm(it[2])}", f"{fm(it[3])} {it[4]}")
    r.sep()
    r.lr("CELKEM Kč", fm(total), "DVMB", 8.5)
    r.lr("Platba kartou", fm(total))
    r.sep()
    r.cols([("Sazba", 0, "l"), ("Základ", 0.62, "r"), ("DPH", 1, "r")])
    for k in ("A", "B"):
        r.cols(
            [(f"{k} {rates[k]}%", 0, "l"), (fm(per[k] - vats[k]), 0.62, "r"), (fm(vats[k]), 1, "r")]
        )
    r.cols([("C 0% (obaly)", 0, "l"), (fm(per["C"]), 0.62, "r"), ("0,00", 1, "r")])
    r.sep()
    r.c("Děkujeme za nákup!")
    tr = rt(
        "2026/0518/0093",
        "2026-05-18",
        "Kaplička Retail s.r.o.",
        T4(items),
        total,
        vat,
        "CZK",
        "cs-CZ",
        "58 mm účtenka downscaled to 650 px; bottle deposit and negative bottle return (výkup obalů) lines in a 0% group; VAT table with base per rate.",
        "scan",
    )
    return r.render(), tr


@reg("r04", "photo", "jpg", "HU", dpi=250, long=1800)
def r04(rng):
    rates = {"A": 5, "C": 27}
    lines = [
        ("Kakaós csiga", 2, "389", "A"),
        ("Kovászos kenyér 1 kg", 1, "1490", "A"),
        ("Túrós táska", 3, "420", "A"),
        ("Cappuccino", 2, "690", "C"),
        ("Ásványvíz 0,5 l", 1, "350", "C"),
    ]
    items, _per, vats, total, vat = rsum(lines, rates, places=0)
    payable = (total / 5).quantize(D("1"), ROUND_HALF_UP) * 5
    rounding = payable - total
    r = Roll(80, font="DVM", size=7.5)
    r.c("Kemencés Pékség", "DVSB", 13)
    r.c("Pékműhely 2000 Kft.")
    r.c("1137 Budapest, Pozsonyi út 28.")
    r.c("Adószám: 26841795-2-41")
    r.sep()
    r.c("NYUGTA", "DVMB", 10)
    r.lr("NYUGTASZÁM:", "0214/00387")
    r.sep()
    for it in items:
        r.lr(f"{it[0]}", f"{fm(it[3], places=0)} {it[4]}00")
        if it[1] != 1:
            r.left(f"  {it[1]} db x {fm(it[2], places=0)}")
    r.sep()
    r.lr("RÉSZÖSSZESÍTŐ", fm(total, places=0))
    r.lr("KEREKÍTÉS", fm(rounding, places=0))
    r.lr("ÖSSZESEN:", fm(payable, places=0) + " Ft", "DVMB", 11)
    r.lr("KÉSZPÉNZ", "6 000")
    r.lr("VISSZAJÁRÓ", fm(D("6000") - payable, places=0))
    r.sep()
    for k in ("A", "C"):
        r.lr(f"{k}00 {rates[k]}% ÁFA", fm(vats[k], places=0))
    r.sep()
    r.lr("2026.06.02.", "08:14")
    r.c("AP A12345678")
    r.c("NAV ELLENŐRZŐ KÓD: 7X4K9")
    tr = rt(
        "0214/00387",
        "2026-06-02",
        "Pékműhely 2000 Kft.",
        T4(items),
        payable,
        vat,
        "HUF",
        "hu-HU",
        "Bakery nyugta in HUF without decimals; cash rounding to 5 Ft (KEREKÍTÉS) keyed as rounding, total = ÖSSZESEN; VAT codes A00/C00; trade name differs from legal name.",
        "photo",
        rounding=rounding,
    )
    return r.render(), tr


@reg("r05", "scan", "jpg", "RO", dpi=200, grey=False, q=80, tint=(1.0, 0.98, 0.93))
def r05(rng):
    rates = {"A": 21, "B": 11}
    lit = D("42.37")
    lines = [
        ("MOTORINA STANDARD", lit, "7.89", "A"),
        ("Cafea espresso", 1, "9.50", "B"),
        ("Apa plata 0,5L", 2, "4.50", "A"),
    ]
    items, _per, vats, total, vat = rsum(lines, rates)
    r = Roll(80, font="Courier", size=8)
    r.c("PETROMAR", "Courier-Bold", 14)
    r.c("PETROMAR DISTRIBUTIE SRL")
    r.c("Statia Constanta Nord, Bd. Mamaia 402")
    r.c("CIF: RO23918472")
    r.c("Reg. Com. J13/1182/2008")
    r.sep()
    for it in items:
        if "MOTORINA" in it[0]:
            r.left(f"Pompa 4  {it[0]}")
            r.lr(
                f"{fm(it[1], ',', '.', 2)} L x {fm(it[2], ',', '.')}",
                f"{fm(it[3], ',', '.')} {it[4]}",
            )
        else:
            r.lr(f"{it[1]} x {it[0]}", f"{fm(it[3], ',', '.')} {it[4]}")
    r.sep()
    r.lr("TOTAL", fm(total, ",", "."), "Courier-Bold", 11)
    r.lr("TOTAL TVA", fm(vat, ",", "."))
    r.lr("TVA A 21,00%", fm(vats["A"], ",", "."))
    r.lr("TVA B 11,00%", fm(vats["B"], ",", "."))
    r.lr("CARD", fm(total, ",", "."))
    r.sep()
    r.lr("ID UNIC: 4001238857", "")
    r.lr("06.02.2026 19:47", "BON: 0312")
    r.c("BON FISCAL", "Courier-Bold", 9)
    r.c("Nr. auto: CT 17 PMR")
    tr = rt(
        "0312",
        "2026-02-06",
        "PETROMAR DISTRIBUTIE SRL",
        T4(items),
        total,
        vat,
        "RON",
        "ro-RO",
        "Fuel bon fiscal: litres x price with 2-decimal litres; TVA A 21% and B 11%; 'BON FISCAL' title at bottom; receipt number 'BON: 0312'.",
        "scan",
    )
    return r.render(), tr


@reg("r06", "photo", "jpg", "HR", dpi=260, long=1700)
def r06(rng):
    rates = {"": 25}
    lines = [
        ("Kava s mlijekom", 2, "2.20", ""),
        ("Cedevita 0,5", 1, "3.00", ""),
        ("Kroasan", 2, "2.40", ""),
    ]
    items, _per, _vats, subtotal, vat = rsum(lines, rates)
    tip = D("1.00")
    total = subtotal + tip
    r = Roll(58, font="DVC", size=7.4, margin=7)
    r.c("CAFFE BAR RIVA", "DVCB", 10)
    r.c("Obrt Riva, vl. Ante Perić")
    r.c("Obala Hrvatskog narodnog preporoda 7")
    r.c("21000 Split, OIB 61738204591")
    r.sep()
    r.left("Račun br: 2318/1/1")
    r.left("Datum: 21.07.2026. 09:12")
    r.left("Stol 6  Konobar: Mate")
    r.sep()
    for it in items:
        r.lr(f"{it[1]} x {it[0]}", fm(it[3], ",", "."))
    r.sep()
    r.lr("Osnovica", fm(subtotal - vat, ",", "."))
    r.lr("PDV 25%", fm(vat, ",", "."))
    r.lr("Iznos računa", fm(subtotal, ",", "."))
    r.lr("Napojnica", fm(tip, ",", "."))
    r.lr("UKUPNO EUR", fm(total, ",", "."), "DVCB", 10)
    r.left("Način plaćanja: kartica")
    r.sep()
    r.left("JIR: 3b9e2f71-0c4d-4a55-", "DVC", 6.5)
    r.left("     b8e1-92f6a0c73d14", "DVC", 6.5)
    r.left("ZKI: 9f12ab77c03e5d814e", "DVC", 6.5)
    r.draw(70, lambda d, x, y, w, h: d.qr(x + w / 2 - 33, y + 2, 66, rng, 25))
    r.c("Hvala i doviđenja!")
    tr = rt(
        "2318/1/1",
        "2026-07-21",
        "Obrt Riva, vl. Ante Perić",
        T4(items),
        total,
        vat,
        "EUR",
        "hr-HR",
        "Café receipt with a tip (napojnica) line after the bill amount: tip keyed separately, total = UKUPNO incl. tip; vendor is the craft (obrt) not the bar name.",
        "photo",
        tip=tip,
    )
    return r.render(), tr


@reg("r07", "pdf", "pdf", "SI")
def r07(rng):
    rates = {"": 22}
    lines = [("Parkirnina 3 h 25 min", 1, "6.80", "")]
    items, _per, _vats, total, vat = rsum(lines, rates)
    r = Roll(58, font="Helvetica", size=7.5, margin=7)
    r.c("PARKIRNA HIŠA KONGRESNI TRG", "Helvetica-Bold", 8)
    r.c("Javno podjetje LPT d.o.o.")
    r.c("Verovškova ulica 70, 1000 Ljubljana")
    r.c("ID za DDV: SI47382910")
    r.sep()
    r.lr("Račun št.:", "PH3-1-24781")
    r.lr("Prihod:", "12.08.2026 08:51")
    r.lr("Odhod:", "12.08.2026 12:16")
    r.lr("Vozilo:", "LJ RT-418")
    r.sep()
    r.lr(items[0][0], fm(total, ",", "."))
    r.lr("Osnova za DDV", fm(total - vat, ",", "."))
    r.lr("DDV 22 %", fm(vat, ",", "."))
    r.lr("ZA PLAČILO EUR", fm(total, ",", "."), "Helvetica-Bold", 10)
    r.lr("Plačano: kartica", fm(total, ",", "."))
    r.sep()
    r.left("ZOI: 7a1c93e0f2b84d6c5e0a1f27", "Helvetica", 6.5)
    r.left("EOR: 58c2e1a4-93bf-4c07-ae1d", "Helvetica", 6.5)
    r.draw(44, lambda d, x, y, w, h: d.barcode(x + 8, y + 4, w - 16, 36, rng))
    r.c("Lepo pot želimo!")
    tr = rt(
        "PH3-1-24781",
        "2026-08-12",
        "Javno podjetje LPT d.o.o.",
        T4(items),
        total,
        vat,
        "EUR",
        "sl-SI",
        "Parking receipt, born-digital 58 mm PDF; entry date and exit date both printed; vendor legal name under the car-park name.",
        "pdf",
    )
    return r.render(), tr


@reg("r08", "photo", "jpg", "SE", dpi=230, long=2200)
def r08(rng):
    rates = {"12": 12, "25": 25, "P": 0}
    lines = [
        ("Mellanmjölk 1,5% 1,5l", 2, "17.95", "12"),
        ("Knäckebröd råg 520g", 1, "29.90", "12"),
        ("Falukorv 800g", 1, "44.90", "12"),
        ("Kaffe mellanrost 450g", 2, "64.90", "12"),
        ("Diskmedel 500ml", 1, "32.50", "25"),
        ("Läsk 33cl burk", 6, "9.95", "12"),
        ("Pant burk", 6, "1.00", "P"),
    ]
    items, per = gross_by_rate(lines)
    disc = D("-20.00")
    per["12"] += disc
    vats = {k: incl_vat(g, rates[k]) for k, g in per.items()}
    total = sum(per.values())
    vat = sum(vats.values())
    r = Roll(76, font="Helvetica", size=8, margin=9)
    r.c("MATBODEN", "Helvetica-Bold", 16)
    r.c("Sundbyberg Centrum")
    r.c("Matboden i Sundbyberg AB")
    r.c("Org.nr 559214-7730   Tel 08-29 11 40")
    r.sep()
    for it in items:
        if it[1] != 1:
            r.lr(it[0], fm(it[3]))
            r.left(f"   {it[1]} st x {fm(it[2])}", size=7)
        else:
            r.lr(it[0], fm(it[3]))
        if it[0].startswith("Kaffe"):
            r.lr("   Medlemspris 2 för 109:80", fm(disc))
    r.sep()
    r.lr("Att betala", f"{fm(total)} SEK", "Helvetica-Bold", 11)
    r.lr("Erhållen rabatt", fm(-disc))
    r.sep()
    r.cols(
        [("Moms %", 0, "l"), ("Moms", 0.4, "r"), ("Netto", 0.7, "r"), ("Brutto", 1, "r")], size=7.5
    )
    for k in ("12", "25"):
        r.cols(
            [
                (f"{k},00", 0, "l"),
                (fm(vats[k]), 0.4, "r"),
                (fm(per[k] - vats[k]), 0.7, "r"),
                (fm(per[k]), 1, "r"),
            ],
            size=7.5,
        )
    r.sep()
    r.lr("Kort", fm(total))
    r.lr("Kvitto 4471", "Kassa 2")
    r.lr("2026-09-05", "17:38")
    card_slip(r, fm(total), "SEK", "sv", rng, "MASTERCARD")
    r.c("Spara kvittot. Öppet köp 30 dagar.")
    tr = rt(
        "4471",
        "2026-09-05",
        "Matboden i Sundbyberg AB",
        [*T4(items), ("Medlemspris 2 för 109:80", 1, disc, disc)],
        total,
        vat,
        "SEK",
        "sv-SE",
        "Swedish kvitto: moms 12%/25% table (Moms/Netto/Brutto), pant deposit outside VAT, member-price discount, card slip; photo.",
        "photo",
    )
    return r.render(), tr


@reg("r09", "scan", "png", "NO", dpi=240, grey=True, fade=True)
def r09(rng):
    rates = {"15": 15, "25": 25}
    lines = [
        ("Kaffe stor", 1, "42.00", "25"),
        ("Skolebolle", 1, "34.00", "15"),
        ("Sjokolade 60g", 2, "24.90", "15"),
        ("Avis VG", 1, "45.00", "0"),
    ]
    rates["0"] = 0
    items, per, vats, total, vat = rsum(lines, rates)
    r = Roll(58, font="DVM", size=6.8, margin=6)
    r.c("KIOSK NORD", "DVMB", 11)
    r.c("Torgallmenningen 3, Bergen")
    r.c("Kiosk Nord Vest AS")
    r.c("Org.nr 921 448 307 MVA")
    r.sep()
    r.left("Kvittering nr. 88213")
    r.left("Dato 14.10.2026 kl. 07:31")
    r.sep()
    for it in items:
        r.lr(f"{it[1]} {it[0]}", fm(it[3]))
    r.sep()
    r.lr("TOTALT NOK", fm(total), "DVMB", 9)
    r.lr("BankAxept", fm(total))
    r.sep()
    r.cols([("MVA", 0, "l"), ("Grunnlag", 0.65, "r"), ("MVA", 1, "r")])
    for k in ("25", "15", "0"):
        r.cols([(f"{k}%", 0, "l"), (fm(per[k] - vats[k]), 0.65, "r"), (fm(vats[k]), 1, "r")])
    r.sep()
    r.c("Takk for handelen!")
    tr = rt(
        "88213",
        "2026-10-14",
        "Kiosk Nord Vest AS",
        T4(items),
        total,
        vat,
        "NOK",
        "nb-NO",
        "58 mm kiosk receipt with MVA 25%/15%/0% (newspaper zero-rated) table; BankAxept payment; thermal fade.",
        "scan",
    )
    return r.render(), tr


@reg("r10", "photo", "jpg", "FI", dpi=230, long=2100)
def r10(rng):
    rates = {"A": D("13.5"), "B": D("25.5"), "P": 0}
    lines = [
        ("Ruisleipä 500g", 1, "2.69", "A"),
        ("Maito 1l", 3, "1.15", "A"),
        ("Juusto Oltermanni 900g", 1, "10.49", "A"),
        ("Banaani", D("0.964"), "1.79", "A"),
        ("Limsa 1,5l", 2, "2.45", "B"),
        ("Pantti 0,40", 2, "0.40", "P"),
        ("Pesuaine 750ml", 1, "4.95", "B"),
    ]
    items, per, vats, total, vat = rsum(lines, rates)
    r = Roll(80, font="DVM", size=7.4)
    r.c("K-Market Kalevankulma", "DVB", 11)
    r.c("Kalevankulma Oy")
    r.c("Kalevantie 4, 33100 Tampere")
    r.c("Y-tunnus 3182447-9")
    r.sep()
    for it in items:
        if isinstance(it[1], Decimal):
            r.lr(it[0], fm(it[3]))
            r.left(f"  {fm(it[1], ',', ' ', 3)} kg x {fm(it[2])} €/kg", size=6.8)
        elif it[1] != 1:
            r.lr(it[0], fm(it[3]))
            r.left(f"  {it[1]} kpl x {fm(it[2])}", size=6.8)
        else:
            r.lr(it[0], fm(it[3]))
    r.sep()
    r.lr("YHTEENSÄ", fm(total), "DVMB", 10)
    r.lr("Pankkikortti", fm(total))
    r.sep()
    r.cols(
        [("ALV", 0, "l"), ("Veroton", 0.45, "r"), ("Vero", 0.72, "r"), ("Verollinen", 1, "r")],
        size=6.8,
    )
    for k, lab in (("A", "13,5 %"), ("B", "25,5 %"), ("P", "0 %")):
        r.cols(
            [
                (lab, 0, "l"),
                (fm(per[k] - vats[k]), 0.45, "r"),
                (fm(vats[k]), 0.72, "r"),
                (fm(per[k]), 1, "r"),
            ],
            size=6.8,
        )
    r.sep()
    r.lr("Bonusta kertyi", "0,44")
    r.lr("Kuitti 7102  Kassa 03", "26.11.2026 19:05")
    card_slip(r, fm(total), "EUR", "fi", rng)
    tr = rt(
        "7102",
        "2026-11-26",
        "Kalevankulma Oy",
        T4(items),
        total,
        vat,
        "EUR",
        "fi-FI",
        "Finnish kuitti: ALV 13,5 % / 25,5 % / 0 % (pantti) table; weighed bananas; bonus line; card slip; photo.",
        "photo",
    )
    return r.render(), tr


@reg("r11", "scan", "jpg", "DK", dpi=220, grey=True, q=78)
def r11(rng):
    rates = {"": 25}
    lines = [
        ("Rugbrød", 1, "38.00", ""),
        ("Tebirkes", 4, "14.00", ""),
        ("Spandauer", 3, "19.50", ""),
        ("Kaffe to go", 2, "32.00", ""),
    ]
    items, _per, _vats, total, vat = rsum(lines, rates)
    eur = q2(total / D("7.4603"))
    r = Roll(80, font="Courier", size=8.2)
    r.c("Bageriet Nyhavn", "Courier-Bold", 13)
    r.c("Nyhavn Bageri ApS")
    r.c("Nyhavn 17, 1051 København K")
    r.c("CVR 41 82 37 16")
    r.sep()
    r.lr("Bon nr. 30559", "03.12.2026 08:02")
    r.sep()
    for it in items:
        r.lr(f"{it[1]} x {it[0]}", fm(it[3], ",", "."))
    r.sep()
    r.lr("I ALT DKK", fm(total, ",", "."), "Courier-Bold", 11)
    r.lr("I ALT EUR", fm(eur, ",", "."))
    r.left("Kurs 7,4603", size=7)
    r.lr("Heraf moms 25%", fm(vat, ",", "."))
    r.lr("Dankort", fm(total, ",", "."))
    r.sep()
    r.c("Tak for besøget!")
    tr = rt(
        "30559",
        "2026-12-03",
        "Nyhavn Bageri ApS",
        T4(items),
        total,
        vat,
        "DKK",
        "da-DK",
        f"Danish bakery receipt with total in two currencies (DKK {fm(total, ',', '.')} and EUR {fm(eur, ',', '.')}); keyed currency DKK; VAT only as 'Heraf moms'.",
        "scan",
    )
    return r.render(), tr


@reg("r12", "pdf", "pdf", "PT")
def r12(rng):
    rates = {"R": 13, "N": 23}
    lines = [
        ("Pastel de nata", 4, "1.30", "R"),
        ("Galão", 2, "1.60", "R"),
        ("Água Luso 0,5L", 1, "1.20", "N"),
        ("Tosta mista", 1, "3.90", "R"),
    ]
    items, per, vats, total, vat = rsum(lines, rates)
    r = Roll(80, font="Helvetica", size=8)
    r.c("Pastelaria Bairro Alto", "Helvetica-Bold", 12)
    r.c("Doces do Bairro - Pastelaria, Unipessoal Lda")
    r.c("Rua da Rosa 104, 1200-389 Lisboa")
    r.c("NIF 516 902 384")
    r.sep()
    r.c("FATURA SIMPLIFICADA", "Helvetica-Bold", 9)
    r.lr("FS A/4821", "2026-10-03 16:44")
    r.left("ATCUD: JFR3M9QX-4821", size=7.5)
    r.left("Contribuinte: Consumidor final", size=7.5)
    r.sep()
    r.cols(
        [("Qtd", 0, "l"), ("Descrição", 0.12, "l"), ("IVA", 0.7, "r"), ("Total", 1, "r")], size=7.5
    )
    for it in items:
        r.cols(
            [
                (str(it[1]), 0, "l"),
                (it[0], 0.12, "l"),
                (f"{rates[it[4]]}%", 0.7, "r"),
                (fm(it[3]), 1, "r"),
            ]
        )
    r.sep()
    r.lr("TOTAL", f"{fm(total)} €", "Helvetica-Bold", 11)
    r.lr("Multibanco", fm(total))
    r.sep()
    r.cols([("Taxa", 0, "l"), ("Incidência", 0.6, "r"), ("IVA", 1, "r")], size=7.5)
    for k in ("R", "N"):
        r.cols(
            [(f"{rates[k]}%", 0, "l"), (fm(per[k] - vats[k]), 0.6, "r"), (fm(vats[k]), 1, "r")],
            size=7.5,
        )
    r.draw(86, lambda d, x, y, w, h: d.qr(x + w / 2 - 40, y + 3, 80, rng, 29))
    r.c("Processado por programa certificado n.º 1873/AT", size=6.5)
    r.c("Obrigado e volte sempre!")
    tr = rt(
        "FS A/4821",
        "2026-10-03",
        "Doces do Bairro - Pastelaria, Unipessoal Lda",
        T4(items),
        total,
        vat,
        "EUR",
        "pt-PT",
        "Born-digital fatura simplificada: IVA 13% and 23%, ATCUD next to the FS number; QR code; trade name differs from legal name.",
        "pdf",
    )
    return r.render(), tr


@reg("r13", "photo", "jpg", "IT", dpi=250, long=1700)
def r13(rng):
    rates = {"10": 10, "22": 22}
    lines = [
        ("CAFFE'", 2, "1.30", "10"),
        ("CORNETTO CREMA", 2, "1.50", "10"),
        ("SPREMUTA ARANCIA", 1, "3.50", "10"),
        ("ACQUA FRIZZANTE 0,5", 1, "1.50", "22"),
    ]
    items, _per, _vats, total, vat = rsum(lines, rates)
    r = Roll(58, font="Courier", size=7.2, margin=6)
    r.c("BAR PASTICCERIA", "Courier-Bold", 9)
    r.c("DEL CORSO S.N.C.")
    r.c("di Bianchi L. & C.")
    r.c("Corso Vittorio Emanuele II 61")
    r.c("10128 TORINO")
    r.c("P.IVA 11283740015")
    r.sep()
    r.c("DOCUMENTO COMMERCIALE", "Courier-Bold", 7.5)
    r.c("di vendita o prestazione")
    r.cols([("DESCRIZIONE", 0, "l"), ("IVA", 0.68, "r"), ("Prezzo(€)", 1, "r")])
    for it in items:
        r.cols(
            [
                (f"{it[0]}" if it[1] == 1 else f"{it[1]}x {it[0]}", 0, "l"),
                (f"{it[4]}%", 0.68, "r"),
                (fm(it[3], ",", "."), 1, "r"),
            ]
        )
    r.sep()
    r.lr("TOTALE COMPLESSIVO", fm(total, ",", "."), "Courier-Bold", 8.5)
    r.lr("di cui IVA", fm(vat, ",", "."))
    r.lr("Pagamento contante", "20,00")
    r.lr("Resto", fm(D("20.00") - total, ",", "."))
    r.sep()
    r.left("11-11-2026 08:47")
    r.left("DOCUMENTO N. 0148-0062")
    r.left("RT 99MEX018245")
    r.c("Grazie e arrivederci")
    tr = rt(
        "0148-0062",
        "2026-11-11",
        "BAR PASTICCERIA DEL CORSO S.N.C. di Bianchi L. & C.",
        T4(items),
        total,
        vat,
        "EUR",
        "it-IT",
        "58 mm documento commerciale: IVA 10%/22% per line, only 'di cui IVA' total; date dd-mm-yyyy; vendor name wraps over three lines; cash with change.",
        "photo",
    )
    return r.render(), tr


@reg("r14", "scan", "imgpdf", "ES", dpi=220, grey=True, fade=True)
def r14(rng):
    rates = {"A": 4, "B": 10, "C": 21}
    lines = [
        ("PAN BARRA", 2, "0.65", "A"),
        ("LECHE SEMI 6X1L", 1, "5.34", "A"),
        ("HUEVOS L DOCENA", 1, "2.95", "A"),
        ("ACEITE OLIVA V.E. 1L", 1, "8.45", "B"),
        ("YOGUR NATURAL 8U", 1, "1.89", "B"),
        ("JAMON SERRANO LONCH", 2, "3.15", "B"),
        ("DETERGENTE LIQ. 40D", 1, "9.75", "C"),
        ("CERVEZA LATA 33CL", 12, "0.59", "C"),
    ]
    items, per, vats, total, vat = rsum(lines, rates)
    r = Roll(80, font="Courier", size=8)
    r.c("SUPERMERCADOS LEVANTE", "Courier-Bold", 11)
    r.c("DISTRIBUCIONES LEVANTE ALIMENTACION, S.A.")
    r.c("C/ COLON 41, 46004 VALENCIA")
    r.c("NIF A46281937")
    r.sep()
    r.c("FACTURA SIMPLIFICADA", "Courier-Bold", 9)
    r.lr("N.: 2816-014-739204", "")
    r.lr("23/12/2026 12:09", "OP: 104877")
    r.sep()
    r.cols(
        [("Uds", 0, "l"), ("Descripción", 0.1, "l"), ("P.Unit", 0.8, "r"), ("Importe", 1, "r")],
        size=7.5,
    )
    for it in items:
        r.cols(
            [
                (str(it[1]), 0, "l"),
                (it[0], 0.1, "l"),
                (fm(it[2], ",", ".") if it[1] != 1 else "", 0.8, "r"),
                (fm(it[3], ",", "."), 1, "r"),
            ]
        )
    r.sep()
    r.lr("TOTAL (€)", fm(total, ",", "."), "Courier-Bold", 11)
    r.lr("TARJETA BANCARIA", fm(total, ",", "."))
    r.sep()
    r.cols([("IVA", 0, "l"), ("BASE IMP.", 0.6, "r"), ("CUOTA", 1, "r")], size=7.5)
    for k in ("A", "B", "C"):
        r.cols(
            [
                (f"{rates[k]}%", 0, "l"),
                (fm(per[k] - vats[k], ",", "."), 0.6, "r"),
                (fm(vats[k], ",", "."), 1, "r"),
            ],
            size=7.5,
        )
    r.cols(
        [("TOTAL", 0, "l"), (fm(total - vat, ",", "."), 0.6, "r"), (fm(vat, ",", "."), 1, "r")],
        size=7.5,
    )
    card_slip(r, fm(total, ",", "."), "EUR", "es", rng)
    r.c("SE ADMITEN DEVOLUCIONES CON TICKET")
    tr = rt(
        "2816-014-739204",
        "2026-12-23",
        "DISTRIBUCIONES LEVANTE ALIMENTACION, S.A.",
        T4(items),
        total,
        vat,
        "EUR",
        "es-ES",
        "Image-only PDF of a supermarket factura simplificada; IVA 4/10/21% table with base and cuota; card slip below; operation number OP near the ticket number.",
        "scan",
    )
    return r.render(), tr


@reg("r15", "scan", "jpg", "MX", dpi=220, grey=False, q=76, tint=(1.0, 0.99, 0.96))
def r15(rng):
    rates = {"": 16}
    lit = D("38.215")
    lines = [("MAGNA (REGULAR)", lit, "23.89", ""), ("ADITIVO LIMPIADOR 354ML", 1, "89.00", "")]
    items, _per, _vats, total, vat = rsum(lines, rates)
    r = Roll(80, font="DVM", size=7.4)
    r.c("GASOLINERA EL MIRADOR", "DVMB", 11)
    r.c("Servicios Energéticos El Mirador, S.A. de C.V.")
    r.c("RFC SEM140822PL3")
    r.c("Carr. Nacional km 268, Monterrey, N.L.")
    r.c("Permiso CRE PL/21874/EXP/ES/2019")
    r.sep()
    r.lr("TICKET: 184-552917", "")
    r.lr("FECHA: 12/01/2026", "HORA: 13:51")
    r.lr("BOMBA: 07", "DESPACHADOR: 21")
    r.sep()
    for it in items:
        if isinstance(it[1], Decimal):
            r.left(it[0])
            r.lr(
                f"  {fm(it[1], '.', ',', 3)} L x ${fm(it[2], '.', ',')}", f"${fm(it[3], '.', ',')}"
            )
        else:
            r.lr(it[0], f"${fm(it[3], '.', ',')}")
    r.sep()
    r.lr("SUBTOTAL", f"${fm(total - vat, '.', ',')}")
    r.lr("IVA 16%", f"${fm(vat, '.', ',')}")
    r.lr("TOTAL", f"${fm(total, '.', ',')}", "DVMB", 10)
    r.left(
        f"({num_to_es(int(total)).upper()} PESOS {int((total - int(total)) * 100):02d}/100 M.N.)",
        size=6.2,
    )
    r.lr("EFECTIVO", "$1,100.00")
    r.lr("CAMBIO", f"${fm(D('1100.00') - total, '.', ',')}")
    r.sep()
    r.c("Facture en www.gasmirador.mx/facturacion")
    r.c("con su ticket dentro del mes de consumo")
    tr = rt(
        "184-552917",
        "2026-01-12",
        "Servicios Energéticos El Mirador, S.A. de C.V.",
        T4(items),
        total,
        vat,
        "MXN",
        "es-MX",
        "Mexican fuel ticket: litres with 3 decimals; prices include IVA, printed SUBTOTAL/IVA 16%; amount in words; cash with change; dd/mm/yyyy.",
        "scan",
    )
    return r.render(), tr


@reg("r16", "pdf", "pdf", "BR")
def r16(rng):
    lines = [
        ("PAO FRANCES KG", D("0.650"), "16.90", ""),
        ("LEITE INTEGRAL 1L", 2, "5.49", ""),
        ("CAFE TORRADO 500G", 1, "21.90", ""),
        ("MANTEIGA 200G", 1, "12.79", ""),
        ("BANANA PRATA KG", D("1.120"), "7.98", ""),
    ]
    items, per = gross_by_rate(lines)
    total = per[""]
    tax = q2(total * D("0.1874"))
    r = Roll(80, font="Helvetica", size=7.6)
    r.c("PADARIA E MERCEARIA BOA VISTA LTDA", "Helvetica-Bold", 8.5)
    r.c("CNPJ: 34.567.891/0001-23  IE: 148.233.571.119")
    r.c("R. Augusta 1520 - Consolação - São Paulo - SP")
    r.sep()
    r.c("Documento Auxiliar da Nota Fiscal de Consumidor Eletrônica", size=6.6)
    r.sep()
    r.cols(
        [
            ("Código", 0, "l"),
            ("Descrição", 0.14, "l"),
            ("Qtde", 0.6, "r"),
            ("Vl Unit", 0.8, "r"),
            ("Vl Total", 1, "r"),
        ],
        size=6.8,
    )
    for k, it in enumerate(items):
        q = fm(it[1], ",", ".", 3) if isinstance(it[1], Decimal) else str(it[1])
        r.cols(
            [
                (f"{k + 1:03d}", 0, "l"),
                (it[0], 0.14, "l"),
                (q, 0.6, "r"),
                (fm(it[2], ",", "."), 0.8, "r"),
                (fm(it[3], ",", "."), 1, "r"),
            ],
            size=6.8,
        )
    r.sep()
    r.lr("Qtde. total de itens", str(len(items)))
    r.lr("Valor total R$", fm(total, ",", "."), "Helvetica-Bold", 10)
    r.lr("FORMA PAGAMENTO", "VALOR PAGO R$")
    r.lr("Cartão de Débito", fm(total, ",", "."))
    r.sep()
    r.left("Consulte pela Chave de Acesso em www.nfce.fazenda.sp.gov.br", size=6.3)
    r.left("3526 1034 5678 9100 0123 6500 1000 0481 9210 4392 7711", size=6.3)
    r.left("CONSUMIDOR NÃO IDENTIFICADO", size=6.8)
    r.left("NFC-e nº 000048192  Série 001  19/06/2026 10:17:44", "Helvetica-Bold", 6.8)
    r.left("Protocolo de autorização: 135260981234567", size=6.8)
    r.draw(92, lambda d, x, y, w, h: d.qr(x + w / 2 - 44, y + 3, 88, rng, 29))
    r.left(
        f"Tributos Totais Incidentes (Lei Federal 12.741/2012): R$ {fm(tax, ',', '.')}", size=6.3
    )
    tr = rt(
        "000048192",
        "2026-06-19",
        "PADARIA E MERCEARIA BOA VISTA LTDA",
        T4(items),
        total,
        tax,
        "BRL",
        "pt-BR",
        "NFC-e DANFE: the only tax figure is the Lei 12.741 approximate total-taxes line, keyed as vat with amount = total - vat (net not printed); number = 'NFC-e nº', not the 44-digit access key; weighed items with 3-decimal quantities.",
        "pdf",
    )
    return r.render(), tr


# ===== main


def build(name, outdir: Path):
    fn, kind, mode, country, kw = DOCS[name]
    rng = rng_for(name)
    pdf, tr = fn(rng)
    assert tr["kind"] == kind, name
    ext, data = finish(name, pdf, kind, rng, mode, **kw)
    for old in outdir.glob(name + ".*"):
        old.unlink()
    (outdir / f"{name}.{ext}").write_bytes(data)
    (outdir / f"{name}.json").write_text(
        json.dumps(tr, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return ext, tr, country, mode


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    only = None
    if "--only" in argv:
        only = argv[argv.index("--only") + 1]
        args = [a for a in args if a != only]
    outdir = Path(args[0]) if args else Path("bench/blindsets/blind-2026-13l")
    outdir.mkdir(parents=True, exist_ok=True)
    rows = []
    for name in sorted(DOCS):
        if only and name != only:
            continue
        ext, tr, country, mode = build(name, outdir)
        rows.append((name, ext, tr, country, mode))
        print(name, ext, tr["total"], tr["currency"])
    if not only:
        write_readme(outdir, rows)


README_TEXT = """# Blind set 2026-13l - Southern, Eastern and Northern Europe + Latin America

Generated by `python -m bench.blindsets.blind_2026_13l [OUTDIR] [--only NAME]` (run from `/work/main`).
Every random choice is seeded with the CRC-32 of the document name; re-runs are byte-identical.
Drawn blind: no product code, tests or docs were read.

## Focus
- 16 invoices (i01..i16) as national invoicing software prints them: Poland (Faktura VAT, faktura
  korygująca), Czechia (Faktura - daňový doklad with advance deduction), Hungary (EUR invoice with HUF
  VAT line; HUF invoice without decimals), Romania (Factură, CUI), Croatia (Račun R-1, JIR/ZKI),
  Slovenia (Račun, DDV), Sweden (OCR/bankgiro, öresavrundning), Norway (KID, MVA), Finland (Lasku,
  ALV 25,5 %, viitenumero), Portugal (Fatura, ATCUD, QR), Italy (ritenuta d'acconto), Spain (IRPF),
  Mexico (CFDI 4.0 printed representation) and Brazil (NFS-e with federal retentions).
- 16 receipts (r01..r16) from the same countries: discount store, pharmacy, corner shop, bakery,
  fuel, café, parking, supermarkets, kiosk, bar, NFC-e; several on 58 mm rolls, VAT summary blocks
  by rate letter, card slips printed below, loyalty savings, bottle deposits/returns, a tip, cash
  rounding, and one receipt with the total in two currencies.

## Truth conventions
- `amount` = net before tax, `vat` = sum of VAT-type taxes only (VAT/PTU/DPH/ÁFA/TVA/PDV/DDV/moms/
  MVA/ALV/IVA, Brazilian ISS), `total` = the document's invoice total. Every file satisfies
  `amount + vat + tip + rounding == total` (vat 0 when null).
- **Withholding (i13 IT ritenuta d'acconto, i14 ES IRPF, i16 BR IRRF/PIS/COFINS/CSLL)**: withholding
  is NOT part of `vat` and NOT subtracted from `total`. `total` is always the gross invoice total
  (net + VAT: "Totale documento", "Total factura", "Valor total do serviço"); the amount payable
  after withholding ("Netto a pagare", "TOTAL A PAGAR", "Valor líquido") is not keyed. The generator
  asserts `total - withholding == payable` with withholding as its own term; the figures are in
  each document's `note`.
- **Credit note (i02)**: keyed with negative amounts (the "Korekta (różnica)" row; net, VAT and gross
  difference all negative), `document_type` = `credit_note`. The page prints "Do zwrotu" as a
  positive refund.
- **Advance deduction (i03)**: the final invoice lists the full delivery and then deducts the paid
  advance (odpočet zálohy). Keyed amount/vat/total are the remaining figures ("Zbývá" row, "K
  úhradě"); the advance deduction is included as a negative line item.
- **Two currencies**: i04 is priced in EUR and shows the VAT (and net/gross) in HUF as the law
  requires - keyed currency EUR, all amounts in EUR. r11 prints I ALT in DKK and EUR - keyed DKK.
- **Prices including tax** (receipts, r16, i16): amount = total - vat - tip - rounding. For i16 (NFS-e) the
  ISS is included in the service value, so vat = ISS and amount = total - ISS (a net figure is not
  printed). For r16 (NFC-e) the only tax figure is the Lei 12.741 approximate-taxes line; it is keyed
  as vat.
- **Rounding**: i09 (öresavrundning) and r04 (HUF cash rounding to 5 Ft, KEREKÍTÉS) key the printed
  rounding as the `rounding` term; total = the rounded amount to pay.
- **Tip**: r06 prints a napojnica (tip) line after the bill; total = UKUPNO including the tip.
- Currencies without printed decimals (HUF) are keyed with `.00`.
- `vendor_name` = the seller's legal name as printed (with legal form); when a shop/trade name is
  printed above the legal entity, the legal entity is keyed.
- `invoice_number` = the document's own number (receipt number / bon / ticket number / NFC-e nº for
  receipts; "Serie y folio" for the CFDI, not the UUID; FT/FS numbers for Portugal, not the ATCUD).
- `due_date` only when a date is printed (payment terms in days alone do not count).
- Line items: invoice lines key the printed net line amount; receipt lines key the printed (gross)
  line amount. Discounts and deductions appear as negative line items.
- `kind`: `pdf` = born-digital PDF with text layer; `scan` = scanned image (PNG/JPG) **or image-only
  PDF** (i06, i11, r14: the degraded scan is the only page content); `photo` = phone photo JPG.

## Mix
"""


def write_readme(outdir, rows):
    from collections import Counter

    kinds = Counter()
    for name, ext, tr, _country, mode in rows:
        k = (
            "image-only PDF"
            if mode == "imgpdf"
            else {"pdf": "born-digital PDF", "scan": "scan", "photo": "photo"}[tr["kind"]]
            + f" ({ext})"
        )
        kinds[(name[0], k)] += 1
    out = [README_TEXT, "| kind | invoices | receipts | total |", "|---|---|---|---|"]
    for k in sorted({k for _, k in kinds}):
        a, b = kinds[("i", k)], kinds[("r", k)]
        out.append(f"| {k} | {a} | {b} | {a + b} |")
    ni = sum(1 for r in rows if r[0][0] == "i")
    out.append(f"| **all** | {ni} | {len(rows) - ni} | {len(rows)} |")
    two = [r[0] for r in rows if r[0] in ("i01", "i10", "i15")]
    out.append("")
    out.append(
        f"Two-page invoices: {', '.join(two)}. Document types: credit_note i02; others invoice / receipt."
    )
    out.append("")
    out.append("## Documents")
    out.append("")
    out.append("| doc | kind | country | type | vendor | number | total | what is tricky |")
    out.append("|---|---|---|---|---|---|---|---|")
    for name, ext, tr, country, mode in rows:
        kd = "image-only pdf" if mode == "imgpdf" else f"{tr['kind']} .{ext}"
        out.append(
            f"| {name} | {kd} | {country} | {tr['document_type']} | {tr['vendor_name']} | {tr['invoice_number']} | {tr['total']} {tr['currency']} | {tr['note'].replace('|', '/')} |"
        )
    (outdir / "README.md").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
