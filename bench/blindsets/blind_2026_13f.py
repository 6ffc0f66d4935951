# ruff: noqa: E501
"""Blind set 13f: utility/telecom/hosting/SaaS/shop invoices and till receipts (MY, SG, US, UK, IN, AU).

Run from /work/main:  python -m bench.blindsets.blind_2026_13f [OUTDIR] [--only NAME]
Every random choice is seeded with the CRC-32 of the document name, so re-runs are byte-identical.
"""

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
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [
    ("DV", "DejaVuSans.ttf"),
    ("DV-B", "DejaVuSans-Bold.ttf"),
    ("DVM", "DejaVuSansMono.ttf"),
    ("DVM-B", "DejaVuSansMono-Bold.ttf"),
    ("DVS", "DejaVuSerif.ttf"),
    ("DVS-B", "DejaVuSerif-Bold.ttf"),
    ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f))

SET = "13f"
Q = Decimal("0.01")


class LayoutError(Exception):
    pass


def D(x):
    return Decimal(str(x)).quantize(Q, ROUND_HALF_UP)


def rq(x, step="0.05"):
    s = Decimal(step)
    return ((Decimal(x) / s).quantize(Decimal(1), ROUND_HALF_UP) * s).quantize(Q)


def fmt(v, dec=".", th=",", neg="-"):
    v = D(v)
    sgn = neg if v < 0 else ""
    s = f"{abs(v):.2f}"
    i, f = s.split(".")
    g = []
    while len(i) > 3:
        g.insert(0, i[-3:])
        i = i[:-3]
    g.insert(0, i)
    return sgn + th.join(g) + dec + f


def eu(v):
    return fmt(v, ",", ".")


def fr(v):
    return fmt(v, ",", "\u00a0").replace("\u00a0", " ")


def us(v):
    return fmt(v, ".", ",")


def inr(v):
    """Indian grouping 12,34,567.89"""
    v = D(v)
    sgn = "-" if v < 0 else ""
    i, f = f"{abs(v):.2f}".split(".")
    if len(i) > 3:
        head, tail = i[:-3], i[-3:]
        g = []
        while len(head) > 2:
            g.insert(0, head[-2:])
            head = head[:-2]
        if head:
            g.insert(0, head)
        i = ",".join([*g, tail])
    return sgn + i + "." + f


class Page:
    """Canvas wrapper that records every text run and checks bounds and overlaps."""

    def __init__(self, c, w, h, name):
        self.c, self.w, self.h, self.name = c, w, h, name
        self.runs = []
        self.pageno = 1

    def t(self, x, y, s, f="Helvetica", sz=9, a="l", col=None):
        s = str(s)
        wd = pdfmetrics.stringWidth(s, f, sz)
        x0 = x if a == "l" else (x - wd if a == "r" else x - wd / 2)
        bb = (x0, y - 0.2 * sz, x0 + wd, y + 0.75 * sz)
        if bb[0] < 1 or bb[2] > self.w - 1 or bb[1] < 1 or bb[3] > self.h - 1:
            raise LayoutError(f"{self.name} p{self.pageno}: off page {s!r} {bb}")
        self.runs.append((bb, s))
        c = self.c
        c.setFont(f, sz)
        if col:
            c.setFillColorRGB(*col)
        if a == "l":
            c.drawString(x, y, s)
        elif a == "r":
            c.drawRightString(x, y, s)
        else:
            c.drawCentredString(x, y, s)
        if col:
            c.setFillColorRGB(0, 0, 0)
        return wd

    def check(self):
        r = self.runs
        for i in range(len(r)):
            a = r[i][0]
            for j in range(i + 1, len(r)):
                b = r[j][0]
                if (
                    a[0] < b[2] - 0.3
                    and b[0] < a[2] - 0.3
                    and a[1] < b[3] - 0.3
                    and b[1] < a[3] - 0.3
                ):
                    raise LayoutError(
                        f"{self.name} p{self.pageno}: overlap {r[i][1]!r} / {r[j][1]!r}"
                    )

    def next(self):
        self.check()
        self.c.showPage()
        self.runs = []
        self.pageno += 1

    def done(self):
        self.check()
        self.c.showPage()
        self.c.save()

    def rect(self, x, y, w, h, fill=None, stroke=1, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if fill:
            c.setFillColorRGB(*fill)
        c.rect(x, y, w, h, stroke=stroke, fill=1 if fill else 0)
        c.setFillColorRGB(0, 0, 0)

    def line(self, x1, y1, x2, y2, lw=0.5, col=(0, 0, 0)):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*col)
        c.line(x1, y1, x2, y2)
        c.setStrokeColorRGB(0, 0, 0)

    def qr(self, x, y, size, rng, n=25):
        c = self.c
        cell = size / n
        m = rng.random((n, n)) > 0.5
        for fx, fy in [(0, 0), (n - 7, 0), (0, n - 7)]:
            m[fy : fy + 7, fx : fx + 7] = False
            for k in range(7):
                for q in range(7):
                    if k in (0, 6) or q in (0, 6) or (2 <= k <= 4 and 2 <= q <= 4):
                        m[fy + k, fx + q] = True
        for i in range(n):
            for j in range(n):
                if m[i, j]:
                    c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, stroke=0, fill=1)

    def bars(self, x, y, w, h, rng):
        c = self.c
        xx = x
        while xx < x + w - 3:
            bw = float(rng.choice([0.6, 0.9, 1.3, 1.8]))
            c.rect(xx, y, bw, h, stroke=0, fill=1)
            xx += bw + float(rng.choice([0.6, 0.9, 1.4]))


def new_pdf(name, size=A4):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(name)
    c.setAuthor("")
    c.setProducer("")
    c.setCreator("")
    return buf, Page(c, size[0], size[1], name)


def table(
    pg,
    y,
    cols,
    rows,
    f="Helvetica",
    sz=8.5,
    lead=12,
    hf="Helvetica-Bold",
    head=None,
    rule=True,
    x0=None,
    x1=None,
):
    """cols: list of (x, align). rows: list of tuples of strings. Returns y after the table."""
    if head:
        for (x, a), s in zip(cols, head, strict=False):
            pg.t(x, y, s, hf, sz, a)
        if rule:
            pg.line(x0 or cols[0][0], y - 4, x1 or (pg.w - cols[0][0]), y - 4)
        y -= lead + 2
    for r in rows:
        for (x, a), s in zip(cols, r, strict=False):
            if s:
                pg.t(x, y, s, f, sz, a)
        y -= lead
    return y


def li(desc, qty, unit, amt):
    u = Decimal(str(unit))
    return {
        "description": desc,
        "quantity": str(qty),
        "unit_price": str(D(u)) if u == D(u) else str(u.normalize()),
        "amount": str(D(amt)),
    }


# ---------------------------------------------------------------- words
_EN1 = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN10 = [
    "zero",
    "ten",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]


def _en(n):
    if n < 20:
        return _EN1[n]
    if n < 100:
        return _EN10[n // 10] + ("" if n % 10 == 0 else "-" + _EN1[n % 10])
    return _EN1[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + _en(n % 100))


def words_in(v):
    """Indian system: lakh / crore."""
    v = D(v)
    n = int(v)
    p = int((v - n) * 100)
    out = []
    for div, nm in [(10**7, "crore"), (10**5, "lakh"), (1000, "thousand")]:
        if n >= div:
            out.append(_en(n // div) + " " + nm)
            n %= div
    if n or not out:
        out.append(_en(n))
    s = "Rupees " + " ".join(out).title()
    if p:
        s += " and " + _en(p).title() + " Paise"
    return s + " Only"


_PL1 = [
    "zero",
    "jeden",
    "dwa",
    "trzy",
    "cztery",
    "pięć",
    "sześć",
    "siedem",
    "osiem",
    "dziewięć",
    "dziesięć",
    "jedenaście",
    "dwanaście",
    "trzynaście",
    "czternaście",
    "piętnaście",
    "szesnaście",
    "siedemnaście",
    "osiemnaście",
    "dziewiętnaście",
]
_PL10 = [
    "",
    "dziesięć",
    "dwadzieścia",
    "trzydzieści",
    "czterdzieści",
    "pięćdziesiąt",
    "sześćdziesiąt",
    "siedemdziesiąt",
    "osiemdziesiąt",
    "dziewięćdziesiąt",
]
_PL100 = [
    "",
    "sto",
    "dwieście",
    "trzysta",
    "czterysta",
    "pięćset",
    "sześćset",
    "siedemset",
    "osiemset",
    "dziewięćset",
]


def _pl3(n):
    w = []
    if n >= 100:
        w.append(_PL100[n // 100])
        n %= 100
    if n >= 20:
        w.append(_PL10[n // 10])
        n %= 10
    if n:
        w.append(_PL1[n])
    return w


def _plf(n, one, few, many):
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def words_pl(v):
    v = D(v)
    n = int(v)
    gr = int((v - n) * 100)
    th, rest = divmod(n, 1000)
    w = []
    if th:
        w += ([] if th == 1 else _pl3(th)) + [_plf(th, "tysiąc", "tysiące", "tysięcy")]
    w += _pl3(rest) if rest or not th else []
    if not w:
        w = ["zero"]
    return " ".join(w) + " " + _plf(n, "złoty", "złote", "złotych") + f" {gr:02d}/100"


# ---------------------------------------------------------------- degradation
def raster(pdf_bytes, dpi, page=0):
    doc = pdfium.PdfDocument(pdf_bytes)
    img = doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    return np.asarray(img).astype(np.float32)


def _smooth_field(rng, h, w, cells=6, lo=0.0, hi=1.0):
    f = rng.random((cells, cells)).astype(np.float32)
    f = cv2.resize(f, (w, h), interpolation=cv2.INTER_CUBIC)
    f = (f - f.min()) / max(1e-6, f.max() - f.min())
    return lo + (hi - lo) * f


def scan(
    pdf_bytes,
    rng,
    dpi=200,
    grey=True,
    skew=1.0,
    blur=0.6,
    noise=5.0,
    specks=40,
    fade=None,
    width=None,
    tint=(248, 246, 240),
    pad=24,
):
    a = raster(pdf_bytes, dpi)
    h, w = a.shape[:2]
    ink = 255.0 - a
    if fade:  # thermal fading: uneven, weaker ink
        ink *= _smooth_field(rng, h, w, 5, fade, 1.0)[..., None]
    a = (
        np.array(tint, np.float32)[None, None, :]
        - ink * (np.array(tint, np.float32) / 255.0)[None, None, :]
    )
    a = cv2.copyMakeBorder(a, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=tint)
    h, w = a.shape[:2]
    ang = float(rng.uniform(-skew, skew))
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=tint)
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a += rng.normal(0, noise, a.shape[:2])[..., None].astype(np.float32)
    for _ in range(int(specks * h * w / 3e6) + 1):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        cv2.circle(a, (x, y), 1, (110, 110, 110), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    if grey:
        im = im.convert("L")
    if width and im.width > width:
        im = im.resize((width, round(im.height * width / im.width)), Image.LANCZOS)
    return im


def photo(
    pdf_bytes,
    rng,
    dpi=170,
    long_side=1900,
    bg=(120, 95, 70),
    fold=True,
    shadow=True,
    fade=None,
    quality=72,
):
    a = raster(pdf_bytes, dpi)
    if fade:
        ink = 255.0 - a
        ink *= _smooth_field(rng, a.shape[0], a.shape[1], 5, fade, 1.0)[..., None]
        a = 255.0 - ink
    a *= np.array([0.99, 0.97, 0.93], np.float32)[None, None, :]
    h, w = a.shape[:2]
    if fold:  # a crease: a thin darker band and a slight brightness step
        fy = int(h * rng.uniform(0.35, 0.65))
        a[fy:] *= 0.96
        a[fy - 2 : fy + 2] *= 0.82
    # canvas (background) bigger than the paper
    W = int(w * rng.uniform(1.25, 1.4))
    H = int(h * rng.uniform(1.12, 1.22))
    base = (
        np.array(bg, np.float32)[None, None, :] * _smooth_field(rng, H, W, 9, 0.8, 1.15)[..., None]
    )
    base += rng.normal(0, 7, (H, W))[..., None]
    ox, oy = (W - w) / 2, (H - h) / 2
    j = lambda s: float(rng.uniform(-s, s))  # noqa: E731
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32(
        [
            [ox + j(w * 0.05), oy + j(h * 0.03)],
            [ox + w + j(w * 0.05), oy + j(h * 0.03)],
            [ox + w + j(w * 0.04), oy + h + j(h * 0.02)],
            [ox + j(w * 0.04), oy + h + j(h * 0.02)],
        ]
    )
    M = cv2.getPerspectiveTransform(src, dst)
    paper = cv2.warpPerspective(a, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    out = base * (1 - mask[..., None]) + paper * mask[..., None]
    light = _smooth_field(rng, H, W, 3, 0.72, 1.05)
    if shadow:
        xs = np.linspace(0, 1, W)[None, :]
        edge = float(rng.uniform(0.15, 0.35))
        light = light * (1 - 0.25 * np.clip((edge - xs) / edge, 0, 1))
    out *= light[..., None]
    out = cv2.GaussianBlur(out, (0, 0), 0.9)
    out += rng.normal(0, 3, out.shape).astype(np.float32)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    s = long_side / max(im.size)
    im = im.resize((round(im.width * s), round(im.height * s)), Image.LANCZOS)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def img_pdf(im, name):
    """An image-only PDF: the degraded scan is the only page content."""
    buf = io.BytesIO()
    w_pt = im.width * 72 / 200
    h_pt = im.height * 72 / 200
    c = canvas.Canvas(buf, pagesize=(w_pt, h_pt), invariant=1)
    c.setTitle(name)
    c.setProducer("")
    c.setCreator("")
    b = io.BytesIO()
    im.save(b, "PNG")
    b.seek(0)
    c.drawImage(ImageReader(b), 0, 0, w_pt, h_pt)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- invoices
def T(**k):
    base = {"due_date": None, "layout": "invoice", "document_type": "invoice", "line_items": []}
    base.update(k)
    return base


def i01(name, rng):
    """NL hosting provider, monthly VPS bill with usage and a pro-rata line."""
    buf, pg = new_pdf(name)
    c, W, H = pg.c, pg.w, pg.h
    c.setFillColorRGB(0.05, 0.35, 0.55)
    c.rect(40, H - 78, 26, 26, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    pg.t(74, H - 72, "nordvaart", "Helvetica-Bold", 24, col=(0.05, 0.35, 0.55))
    pg.t(75, H - 88, "hosting \u00b7 cloud \u00b7 domeinen", "Helvetica", 8, col=(0.4, 0.4, 0.4))
    for k, s in enumerate(
        [
            "Nordvaart Hosting B.V.",
            "Keizersgracht 412",
            "1016 GC Amsterdam",
            "support@nordvaart.nl  \u00b7  020 808 4410",
        ]
    ):
        pg.t(W - 40, H - 58 - k * 11, s, "Helvetica", 8, "r")
    for k, s in enumerate(
        [
            "Bakkerij De Gouden Korst V.O.F.",
            "t.a.v. administratie",
            "Oudegracht 88",
            "3511 AV Utrecht",
        ]
    ):
        pg.t(40, H - 150 - k * 12, s, "Helvetica", 9.5)
    pg.t(40, H - 230, "Factuur", "Helvetica-Bold", 18)
    meta = [
        ("Factuurnummer", "NVH-2026-004817"),
        ("Factuurdatum", "03-02-2026"),
        ("Vervaldatum", "17-02-2026"),
        ("Klantnummer", "100482"),
        ("Contractnummer", "CT-7781"),
        ("Periode", "01-02-2026 t/m 28-02-2026"),
    ]
    for k, (a, b) in enumerate(meta):
        pg.t(330, H - 150 - k * 12, a, "Helvetica", 8.5)
        pg.t(430, H - 150 - k * 12, b, "Helvetica-Bold", 8.5)
    rows = [
        ("VPS Pro 8 GB (vps-ams-04)", "1", "24,00", D(24)),
        ("Extra IPv4-adres", "2", "1,50", D(3)),
        (
            "Object storage (412,6 GB gemiddeld)",
            "412,6",
            "0,0049",
            D(Decimal("412.6") * Decimal("0.0049")),
        ),
        ("Pro rata VPS Basic 2 GB 17-01 t/m 31-01 (15/31)", "1", "2,90", D(Decimal(6) * 15 / 31)),
        ("Dataverkeer boven bundel (37 GB)", "37", "0,01", D("0.37")),
        ("Korting jaarcontract 10% op VPS Pro", "1", "-2,40", D("-2.40")),
    ]
    net = sum(r[3] for r in rows)
    vat = D(net * Decimal("0.21"))
    tot = net + vat
    y = H - 262
    pg.rect(40, y - 5, W - 80, 17, fill=(0.9, 0.94, 0.97), stroke=0)
    cols = [(46, "l"), (360, "r"), (440, "r"), (W - 46, "r")]
    y = table(
        pg,
        y,
        cols,
        [(r[0], r[1], r[2], eu(r[3])) for r in rows],
        head=["Omschrijving", "Aantal", "Prijs (\u20ac)", "Bedrag (\u20ac)"],
        rule=False,
        lead=15,
    )
    pg.line(330, y + 5, W - 40, y + 5)
    y -= 8
    for lab, v, f in [
        ("Subtotaal excl. BTW", net, "Helvetica"),
        ("BTW 21%", vat, "Helvetica"),
        ("Totaal incl. BTW", tot, "Helvetica-Bold"),
    ]:
        pg.t(340, y, lab, f, 9.5)
        pg.t(W - 46, y, "\u20ac " + eu(v), f, 9.5, "r")
        y -= 15
    pg.t(
        40,
        y - 20,
        "Wij verzoeken u het totaalbedrag v\u00f3\u00f3r 17-02-2026 over te maken op NL42 RABO 0318 4471 02",
        "Helvetica",
        8.5,
    )
    pg.t(
        40,
        y - 32,
        "o.v.v. factuurnummer NVH-2026-004817. Bij automatische incasso hoeft u niets te doen.",
        "Helvetica",
        8.5,
    )
    pg.line(40, 60, W - 40, 60, col=(0.6, 0.6, 0.6))
    pg.t(
        W / 2,
        46,
        "Nordvaart Hosting B.V. \u00b7 KvK 71820455 \u00b7 BTW NL858821447B01 \u00b7 IBAN NL42 RABO 0318 4471 02 \u00b7 BIC RABONL2U",
        "Helvetica",
        7,
        "c",
        col=(0.4, 0.4, 0.4),
    )
    pg.done()
    return buf.getvalue(), T(
        invoice_number="NVH-2026-004817",
        invoice_date="2026-02-03",
        due_date="2026-02-17",
        vendor_name="Nordvaart Hosting B.V.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        line_items=[li(r[0], r[1].replace(",", "."), r[2].replace(",", "."), r[3]) for r in rows],
        note="Hosting bill with customer/contract numbers and billing period beside the invoice number; usage line with 4-decimal unit price, pro-rata line, negative discount line.",
    )


def i02(name, rng):
    """FR mobile operator, 2 pages: summary with carried balance, detail page with usage."""
    buf, pg = new_pdf(name)
    W, H = pg.w, pg.h
    c = pg.c
    c.setFillColorRGB(0.85, 0.1, 0.35)
    c.circle(62, H - 60, 20, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    pg.t(90, H - 68, "or\u00e9lia", "Helvetica-Bold", 26, col=(0.85, 0.1, 0.35))
    pg.t(W - 40, H - 52, "Votre facture", "Helvetica-Bold", 16, "r")
    pg.t(W - 40, H - 68, "n\u00b0 F2603-118274 du 05/03/2026", "Helvetica", 10, "r")
    pg.t(W - 40, H - 82, "Page 1/2", "Helvetica", 8, "r")
    info = [
        ("Titulaire", "Mme Claire Vasseur"),
        ("N\u00b0 client", "7 204 118 93"),
        ("N\u00b0 de contrat", "MOB-55120846"),
        ("Ligne", "06 71 82 44 19"),
        ("P\u00e9riode", "du 01/02/2026 au 28/02/2026"),
    ]
    for k, (a, b) in enumerate(info):
        pg.t(40, H - 120 - k * 13, a, "Helvetica", 9, col=(0.35, 0.35, 0.35))
        pg.t(130, H - 120 - k * 13, b, "Helvetica-Bold", 9)
    for k, s in enumerate(["Mme Claire Vasseur", "14 rue des Tanneurs", "69002 Lyon"]):
        pg.t(340, H - 134 - k * 13, s, "Helvetica", 10)
    rows = [
        ("Forfait Or\u00e9lia 100 Go", D("16.66")),
        ("Option Appels Europe & Maghreb", D("4.16")),
        ("Option Multi-SIM au prorata du 14/02 au 28/02 (15/28 j)", D(Decimal("4.16") * 15 / 28)),
        ("Communications hors forfait (d\u00e9tail page 2)", D("2.08")),
        ("Remise fid\u00e9lit\u00e9 24 mois", D("-2.50")),
    ]
    net = sum(r[1] for r in rows)
    vat = D(net * Decimal("0.20"))
    tot = net + vat
    prev, paid = D("41.98"), D("-30.00")
    carried = prev + paid
    due = tot + carried
    y = H - 215
    pg.rect(40, y - 150, W - 80, 168, fill=(0.97, 0.95, 0.96), stroke=0)
    pg.t(52, y, "R\u00e9capitulatif de votre compte", "Helvetica-Bold", 11)
    y -= 22
    for lab, v in [
        ("Solde de votre pr\u00e9c\u00e9dente facture (F2602-104417)", prev),
        ("Paiement re\u00e7u le 18/02/2026, merci", paid),
        ("Reste d\u00fb report\u00e9", carried),
    ]:
        pg.t(52, y, lab, "Helvetica", 9)
        pg.t(W - 52, y, fr(v) + " \u20ac", "Helvetica", 9, "r")
        y -= 15
    pg.line(52, y + 8, W - 52, y + 8)
    y -= 6
    for lab, v, f in [
        ("Montant HT de la facture du mois", net, "Helvetica"),
        ("TVA 20 %", vat, "Helvetica"),
        ("Total de la facture TTC", tot, "Helvetica-Bold"),
    ]:
        pg.t(52, y, lab, f, 9.5)
        pg.t(W - 52, y, fr(v) + " \u20ac", f, 9.5, "r")
        y -= 15
    y -= 20
    pg.rect(40, y - 10, W - 80, 28, fill=(0.85, 0.1, 0.35), stroke=0)
    pg.t(52, y, "MONTANT TOTAL \u00c0 PAYER", "Helvetica-Bold", 12, col=(1, 1, 1))
    pg.t(W - 52, y, fr(due) + " \u20ac", "Helvetica-Bold", 14, "r", col=(1, 1, 1))
    y -= 34
    pg.t(
        40,
        y,
        "Pr\u00e9l\u00e8vement automatique \u00e0 partir du 20/03/2026 sur le compte FR76 **** **** **** **** ***2 318.",
        "Helvetica",
        8.5,
    )
    pg.t(40, y - 12, "Date limite de paiement : 20/03/2026", "Helvetica-Bold", 8.5)
    pg.t(
        W / 2,
        40,
        "Or\u00e9lia T\u00e9l\u00e9com SAS au capital de 12 500 000 \u20ac \u00b7 18 quai de la Rap\u00e9e 75012 Paris \u00b7 RCS Paris 812 447 903 \u00b7 TVA FR37812447903",
        "Helvetica",
        6.8,
        "c",
    )
    pg.next()
    pg.t(40, H - 50, "or\u00e9lia", "Helvetica-Bold", 14, col=(0.85, 0.1, 0.35))
    pg.t(W - 40, H - 50, "Facture n\u00b0 F2603-118274 \u00b7 Page 2/2", "Helvetica", 8, "r")
    pg.t(
        40, H - 85, "D\u00e9tail de vos abonnements et options (montants HT)", "Helvetica-Bold", 11
    )
    y = table(
        pg,
        H - 108,
        [(40, "l"), (W - 40, "r")],
        [(r[0], fr(r[1]) + " \u20ac") for r in rows],
        sz=9,
        lead=14,
        head=["Libell\u00e9", "Montant HT"],
        x1=W - 40,
    )
    pg.t(40, y - 16, "D\u00e9tail des communications hors forfait", "Helvetica-Bold", 11)
    calls = [
        ("03/02", "10:14", "3665 (n\u00b0 sp\u00e9cial)", "4 min 12 s", "0,84"),
        ("09/02", "18:40", "+212 5 22 xx xx 71", "inclus", "0,00"),
        ("11/02", "08:02", "SMS+ 81212", "1 SMS", "0,42"),
        ("19/02", "21:33", "08 99 xx xx 15", "2 min 05 s", "0,82"),
        ("26/02", "12:55", "+41 79 xxx xx 04", "inclus", "0,00"),
    ]
    y = table(
        pg,
        y - 40,
        [(40, "l"), (90, "l"), (150, "l"), (330, "l"), (W - 40, "r")],
        calls,
        sz=8.5,
        lead=13,
        head=["Date", "Heure", "Num\u00e9ro appel\u00e9", "Dur\u00e9e / volume", "Montant HT"],
        x1=W - 40,
    )
    pg.t(330, y - 6, "Total hors forfait HT", "Helvetica-Bold", 8.5)
    pg.t(W - 40, y - 6, "2,08 \u20ac", "Helvetica-Bold", 8.5, "r")
    pg.t(
        40,
        y - 40,
        "Consommation data du mois : 61,4 Go sur 100 Go \u00b7 Appels : illimit\u00e9s \u00b7 SMS/MMS : illimit\u00e9s",
        "Helvetica",
        8.5,
    )
    pg.t(
        W / 2,
        40,
        "Or\u00e9lia T\u00e9l\u00e9com SAS \u00b7 RCS Paris 812 447 903 \u00b7 Service client 3970",
        "Helvetica",
        6.8,
        "c",
    )
    pg.done()
    return buf.getvalue(), T(
        invoice_number="F2603-118274",
        invoice_date="2026-03-05",
        due_date="2026-03-20",
        vendor_name="Or\u00e9lia T\u00e9l\u00e9com SAS",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="fr-FR",
        line_items=[li(r[0], 1, r[1], r[1]) for r in rows],
        note=f"2-page mobile bill; 'Montant total \u00e0 payer' {fr(due)} includes 11,98 carried from the previous bill, invoice total is {fr(tot)}; client/contract/line numbers near the invoice number; usage detail on page 2.",
    )


def i03(name, rng):
    """DE domain registrar, scanned."""
    buf, pg = new_pdf(name)
    W, H = pg.w, pg.h
    pg.t(50, H - 70, "DOMAINWERK", "Times-Bold", 26)
    pg.t(50, H - 84, "Domains \u00b7 SSL \u00b7 DNS  \u2014  seit 2009", "Times-Italic", 9)
    pg.t(
        50,
        H - 118,
        "Domainwerk GmbH \u00b7 Karl-Liebknecht-Str. 31 \u00b7 04107 Leipzig",
        "Times-Roman",
        7,
    )
    pg.line(50, H - 121, 270, H - 121, 0.4)
    for k, s in enumerate(
        ["Schreinerei Holzmann e.K.", "Herrn Tobias Holzmann", "Am Mühlbach 7", "83022 Rosenheim"]
    ):
        pg.t(50, H - 136 - k * 13, s, "DVS", 10)
    meta = [
        ("Rechnungsnummer:", "RE-26-031942"),
        ("Rechnungsdatum:", "14.01.2026"),
        ("Kundennummer:", "K-58211"),
        ("Auftragsnummer:", "A-2026-77410"),
        ("Zahlungsziel:", "28.01.2026"),
    ]
    for k, (a, b) in enumerate(meta):
        pg.t(360, H - 136 - k * 13, a, "Times-Roman", 9.5)
        pg.t(W - 50, H - 136 - k * 13, b, "Times-Roman", 9.5, "r")
    pg.t(50, H - 230, "Rechnung", "Times-Bold", 16)
    pg.t(
        50,
        H - 250,
        "Sehr geehrter Herr Holzmann, f\u00fcr Ihren Auftrag vom 12.01.2026 berechnen wir:",
        "Times-Roman",
        10,
    )
    rows = [
        (
            "1",
            "DOM-DE",
            "holzmann-rosenheim.de Verl\u00e4ngerung",
            "15.01.26\u201314.01.27",
            "1",
            D("9.90"),
        ),
        (
            "2",
            "DOM-COM",
            "holzmann-moebel.com Verl\u00e4ngerung",
            "15.01.26\u201314.01.27",
            "1",
            D("14.50"),
        ),
        (
            "3",
            "DOM-EU",
            "holzmann.eu Transfer inkl. 1 Jahr",
            "14.01.26\u201313.01.27",
            "1",
            D("8.40"),
        ),
        ("4", "SSL-DV", "SSL-Zertifikat DV (Wildcard)", "12 Monate", "1", D("59.00")),
        (
            "5",
            "DNS-PRO",
            "DNS Premium anteilig 14.01.\u201331.03.2026",
            "77/365 Tage",
            "1",
            D(Decimal("36.00") * 77 / 365),
        ),
    ]
    net = sum(r[5] for r in rows)
    vat = D(net * Decimal("0.19"))
    tot = net + vat
    cols = [(50, "l"), (72, "l"), (130, "l"), (330, "l"), (440, "r"), (W - 50, "r")]
    y = table(
        pg,
        H - 285,
        cols,
        [(r[0], r[1], r[2], r[3], r[4], eu(r[5])) for r in rows],
        f="Times-Roman",
        hf="Times-Bold",
        sz=9,
        lead=15,
        head=["Pos", "Art.-Nr.", "Bezeichnung", "Laufzeit", "Menge", "Betrag EUR"],
        x0=50,
        x1=W - 50,
    )
    pg.line(50, y + 6, W - 50, y + 6, 0.4)
    y -= 10
    for lab, v, f in [
        ("Nettobetrag", net, "Times-Roman"),
        ("zzgl. 19 % MwSt.", vat, "Times-Roman"),
        ("Rechnungsbetrag", tot, "Times-Bold"),
    ]:
        pg.t(360, y, lab, f, 10)
        pg.t(W - 50, y, eu(v) + " \u20ac", f, 10, "r")
        y -= 15
    pg.t(
        50,
        y - 20,
        "Bitte \u00fcberweisen Sie den Rechnungsbetrag bis zum 28.01.2026 unter Angabe der Rechnungsnummer.",
        "Times-Roman",
        9.5,
    )
    pg.t(
        50,
        y - 34,
        "Leistungsdatum entspricht dem jeweils angegebenen Laufzeitbeginn.",
        "Times-Roman",
        9.5,
    )
    f = [
        ["Domainwerk GmbH", "Karl-Liebknecht-Str. 31", "04107 Leipzig"],
        [
            "Gesch\u00e4ftsf\u00fchrer: Jens Kr\u00fcger",
            "Amtsgericht Leipzig HRB 28114",
            "USt-IdNr. DE274118903",
        ],
        ["Sparkasse Leipzig", "IBAN DE61 8605 5592 1100 4471 82", "BIC WELADE8LXXX"],
    ]
    for k, col in enumerate(f):
        for j, s in enumerate(col):
            pg.t(50 + k * 170, 70 - j * 10, s, "Times-Roman", 7.2)
    pg.done()
    return buf.getvalue(), T(
        invoice_number="RE-26-031942",
        invoice_date="2026-01-14",
        due_date="2026-01-28",
        vendor_name="Domainwerk GmbH",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        line_items=[li(r[2], 1, r[5], r[5]) for r in rows],
        note="Registrar invoice; Kundennummer and Auftragsnummer beside the Rechnungsnummer; anteilig (pro-rata) DNS line; sender line above the address window.",
    )


def i04(name, rng):
    """IN SaaS, intra-state CGST+SGST, SAC codes, amount in words."""
    buf, pg = new_pdf(name)
    W, H = pg.w, pg.h
    pg.rect(36, 36, W - 72, H - 72, lw=0.8)
    pg.t(W / 2, H - 62, "TAX INVOICE", "DV-B", 13, "c")
    pg.t(W - 46, H - 62, "ORIGINAL FOR RECIPIENT", "DV", 6.5, "r")
    pg.line(36, H - 70, W - 36, H - 70, 0.8)
    pg.t(46, H - 88, "Kalpana Cloudworks Private Limited", "DV-B", 11)
    for k, s in enumerate(
        [
            "3rd Floor, Prestige Tech Vista, Outer Ring Road, Bellandur",
            "Bengaluru, Karnataka 560103",
            "GSTIN: 29AAJCK4418M1ZQ   PAN: AAJCK4418M",
            "CIN: U72900KA2017PTC104552",
            "State: Karnataka, Code: 29   billing@kalpanacloud.in",
        ]
    ):
        pg.t(46, H - 102 - k * 11, s, "DV", 7.8)
    meta = [
        ("Invoice No.", "KCW/25-26/01873"),
        ("Invoice Date", "12-02-2026"),
        ("Due Date", "27-02-2026"),
        ("Customer ID", "KC-CUST-00912"),
        ("Subscription", "SUB-2291-GRW"),
        ("Billing Period", "01-02-2026 to 28-02-2026"),
    ]
    for k, (a, b) in enumerate(meta):
        pg.t(360, H - 88 - k * 11.5, a, "DV", 7.8)
        pg.t(430, H - 88 - k * 11.5, ": " + b, "DV-B", 7.8)
    pg.line(36, H - 162, W - 36, H - 162, 0.6)
    pg.t(46, H - 176, "Bill To / Place of Supply: Karnataka (29)", "DV-B", 8.5)
    for k, s in enumerate(
        [
            "Mysore Silk Emporium Pvt. Ltd.",
            "No. 14, Sayyaji Rao Road, Mysuru, Karnataka 570001",
            "GSTIN: 29AAFCM7731P1Z2",
        ]
    ):
        pg.t(46, H - 190 - k * 11, s, "DV", 8)
    rows = [
        ("CRM Suite \u2013 Growth plan (per user / month)", "998315", "25", D(1450)),
        ("Users added 15-02-2026, pro-rated 14/28 days", "998315", "5", D(725)),
        ("Additional storage (per 10 GB)", "998315", "20", D("125")),
        ("Implementation & training support (hours)", "998311", "6", D(2200)),
    ]
    calc = [(d, s, q, u, D(Decimal(q) * u)) for d, s, q, u in rows]
    cols = [(46, "l"), (64, "l"), (268, "l"), (322, "r"), (380, "r"), (440, "r"), (W - 46, "r")]
    y = H - 240
    pg.rect(36, y - 4, W - 72, 15, fill=(0.9, 0.9, 0.9), stroke=0)
    body = []
    cg_tot = D(0)
    for k, (d, s, q, u, a) in enumerate(calc):
        cg = D(a * Decimal("0.09"))
        cg_tot += cg
        body.append((str(k + 1), d, s, q, inr(u), inr(a), inr(cg)))
    y = table(
        pg,
        y,
        cols,
        body,
        f="DV",
        hf="DV-B",
        sz=7.6,
        lead=14,
        head=["#", "Description", "SAC", "Qty", "Rate", "Taxable", "CGST 9%"],
        rule=False,
    )
    net = sum(r[4] for r in calc)
    cgst = D(net * Decimal("0.09"))
    sgst = cgst
    assert True
    vat = cgst + sgst
    tot = net + vat
    pg.line(36, y + 6, W - 36, y + 6, 0.6)
    y -= 8
    for lab, v, f in [
        ("Taxable Value", net, "DV"),
        ("CGST @ 9%", cgst, "DV"),
        ("SGST @ 9%", sgst, "DV"),
        ("Invoice Total (INR)", tot, "DV-B"),
    ]:
        pg.t(360, y, lab, f, 8.5)
        pg.t(W - 46, y, inr(v), f, 8.5, "r")
        y -= 14
    pg.t(46, y - 8, "Amount in words:", "DV-B", 8)
    pg.t(46, y - 20, words_in(tot), "DV", 8)
    y -= 48
    pg.t(46, y, "Tax summary", "DV-B", 8)
    y = table(
        pg,
        y - 14,
        [(46, "l"), (180, "r"), (270, "r"), (360, "r"), (450, "r")],
        [
            (
                "998315",
                inr(calc[0][4] + calc[1][4] + calc[2][4]),
                "9% / 9%",
                inr(D((calc[0][4] + calc[1][4] + calc[2][4]) * Decimal("0.09"))),
                "",
            ),
            ("998311", inr(calc[3][4]), "9% / 9%", inr(D(calc[3][4] * Decimal("0.09"))), ""),
        ],
        f="DV",
        hf="DV-B",
        sz=7.5,
        lead=12,
        head=["SAC", "Taxable value", "CGST/SGST", "Each", ""],
        x0=46,
        x1=460,
    )
    pg.t(
        46,
        y - 14,
        "Bank: HDFC Bank, Koramangala \u00b7 A/c 50200047718823 \u00b7 IFSC HDFC0000053",
        "DV",
        7.5,
    )
    pg.t(46, y - 26, "Whether tax is payable under reverse charge: No", "DV", 7.5)
    pg.t(W - 46, 84, "For Kalpana Cloudworks Private Limited", "DV-B", 7.5, "r")
    pg.t(W - 46, 56, "Authorised Signatory", "DV", 7.5, "r")
    pg.t(46, 50, "This is a computer generated invoice.", "DV", 6.5)
    pg.done()
    return buf.getvalue(), T(
        invoice_number="KCW/25-26/01873",
        invoice_date="2026-02-12",
        due_date="2026-02-27",
        vendor_name="Kalpana Cloudworks Private Limited",
        amount=net,
        vat=vat,
        total=tot,
        currency="INR",
        locale="en-IN",
        line_items=[li(d, q, u, a) for d, s, q, u, a in calc],
        note="Indian GST tax invoice, CGST 9% + SGST 9% (vat = both), SAC codes, Indian digit grouping, amount in words, customer/subscription ids and billing period.",
    )


def i05(name, rng):
    """IN marketplace seller invoice, IGST at mixed rates, photo."""
    buf, pg = new_pdf(name)
    W, H = pg.w, pg.h
    pg.t(40, H - 55, "Tax Invoice/Bill of Supply/Cash Memo", "Helvetica-Bold", 12)
    pg.t(40, H - 68, "(Original for Recipient)", "Helvetica", 8)
    pg.t(W - 40, H - 55, "kartmela", "Helvetica-Bold", 20, "r", col=(0.1, 0.3, 0.7))
    pg.t(40, H - 98, "Sold By :", "Helvetica-Bold", 9)
    for k, s in enumerate(
        [
            "Shreeji Home Appliances LLP",
            "Gala No. 7, Bhiwandi Logistics Park, Thane",
            "Bhiwandi, Maharashtra, 421302",
            "PAN No: ACFFS2219K",
            "GST Registration No: 27ACFFS2219K1Z8",
        ]
    ):
        pg.t(40, H - 111 - k * 11, s, "Helvetica", 8.5)
    pg.t(W - 40, H - 98, "Billing Address :", "Helvetica-Bold", 9, "r")
    for k, s in enumerate(
        [
            "Ananya Rao",
            "No. 48, 5th Cross, Jayanagar 4th Block",
            "Bengaluru, Karnataka, 560011",
            "State/UT Code: 29",
        ]
    ):
        pg.t(W - 40, H - 111 - k * 11, s, "Helvetica", 8.5, "r")
    meta = [
        ("Order Number:", "407-8812204-5518336"),
        ("Order Date:", "21.02.2026"),
        ("Invoice Number :", "MH-BOM4-21587"),
        ("Invoice Date :", "22.02.2026"),
        ("Place of supply:", "KARNATAKA"),
        ("Place of delivery:", "KARNATAKA"),
    ]
    for k, (a, b) in enumerate(meta):
        xx = 40 if k % 2 == 0 else 310
        pg.t(xx, H - 185 - (k // 2) * 12, a, "Helvetica-Bold", 8.5)
        pg.t(xx + 90, H - 185 - (k // 2) * 12, b, "Helvetica", 8.5)
    items = [
        ("Prestige 1.7L Electric Kettle, Steel | HSN: 8516", 1, D("1271.19"), Decimal("0.18")),
        ("Cotton Double Bedsheet 2 Pillow Covers | HSN: 6304", 2, D("580.36"), Decimal("0.12")),
        ("Shipping Charges | SAC: 996812", 1, D("40.00"), Decimal("0.18")),
    ]
    body, lines = [], []
    net = vat = D(0)
    for k, (d, q, u, r) in enumerate(items):
        a = D(u * q)
        t = D(a * r)
        net += a
        vat += t
        body.append(
            (
                str(k + 1),
                d,
                "Rs." + inr(u),
                str(q),
                "Rs." + inr(a),
                f"{int(r * 100)}%",
                "IGST",
                "Rs." + inr(t),
                "Rs." + inr(a + t),
            )
        )
        lines.append(li(d, q, u, a))
    tot = net + vat
    cols = [
        (40, "l"),
        (54, "l"),
        (280, "r"),
        (298, "r"),
        (350, "r"),
        (378, "r"),
        (384, "l"),
        (460, "r"),
        (W - 40, "r"),
    ]
    y = table(
        pg,
        H - 240,
        cols,
        body,
        sz=7.4,
        lead=16,
        head=[
            "Sl",
            "Description",
            "Unit Price",
            "Qty",
            "Net Amt",
            "Rate",
            "Type",
            "Tax Amt",
            "Total",
        ],
        x0=40,
        x1=W - 40,
    )
    pg.line(40, y + 8, W - 40, y + 8)
    pg.t(54, y - 6, "TOTAL:", "Helvetica-Bold", 8.5)
    pg.t(460, y - 6, "Rs." + inr(vat), "Helvetica-Bold", 8.5, "r")
    pg.t(W - 40, y - 6, "Rs." + inr(tot), "Helvetica-Bold", 8.5, "r")
    pg.t(40, y - 28, "Amount in Words:", "Helvetica-Bold", 8.5)
    pg.t(
        40,
        y - 40,
        words_in(tot),
        "Helvetica",
        8.5,
    )
    pg.t(W - 40, y - 80, "For Shreeji Home Appliances LLP:", "Helvetica-Bold", 8.5, "r")
    pg.t(W - 40, y - 110, "Authorized Signatory", "Helvetica", 8.5, "r")
    pg.t(40, y - 130, "Whether tax is payable under reverse charge - No", "Helvetica", 8)
    pg.t(
        40,
        y - 150,
        "Payment Transaction ID: UPI/604118273310  Date & Time: 21/02/2026, 19:42:07 hrs  Mode of Payment: UPI",
        "Helvetica",
        7.5,
    )
    pg.done()
    return buf.getvalue(), T(
        invoice_number="MH-BOM4-21587",
        invoice_date="2026-02-22",
        vendor_name="Shreeji Home Appliances LLP",
        amount=net,
        vat=vat,
        total=tot,
        currency="INR",
        locale="en-IN",
        line_items=lines,
        note="Marketplace 'Sold By' seller invoice (marketplace wordmark is not the vendor); IGST 18% and 12% per line; order number and order date beside invoice number/date; Rs. prefix; amount in words.",
    )


def i06(name, rng):
    """US cloud provider, 3-page PDF with usage detail, promotional credit, WA state + local sales tax."""
    buf, pg = new_pdf(name, letter)
    W, H = pg.w, pg.h
    svc = {
        "Compute": [
            ("c6.large on-demand, us-west-2 (hrs)", Decimal("1488"), Decimal("0.0850")),
            ("m6.xlarge reserved, us-west-2 (hrs)", Decimal("744"), Decimal("0.1210")),
            ("Snapshot storage (GB-mo)", Decimal("312.4"), Decimal("0.05")),
        ],
        "Object Storage": [
            ("Standard storage (GB-mo)", Decimal("2841.7"), Decimal("0.023")),
            ("PUT/LIST requests (per 1,000)", Decimal("418.2"), Decimal("0.005")),
            ("GET requests (per 10,000)", Decimal("96.4"), Decimal("0.004")),
        ],
        "Managed Database": [
            ("db.r6.large Postgres (hrs)", Decimal("744"), Decimal("0.2500")),
            ("Provisioned storage (GB-mo)", Decimal("500"), Decimal("0.115")),
        ],
        "Data Transfer": [
            ("Internet egress, first 10 TB (GB)", Decimal("1322.5"), Decimal("0.09")),
            ("Inter-region transfer (GB)", Decimal("240"), Decimal("0.02")),
        ],
        "Support": [
            (
                "Business support plan (pro-rated from Jan 12, 20/31 days)",
                Decimal("1"),
                D(Decimal(100) * 20 / 31),
            )
        ],
    }
    tot_by = {k: sum(D(q * r) for _, q, r in v) for k, v in svc.items()}
    charges = sum(tot_by.values())
    credit = D("-150.00")
    net = charges + credit
    st = D(net * Decimal("0.065"))
    lt = D(net * Decimal("0.0385"))
    vat = st + lt
    tot = net + vat

    def head(p):
        pg.t(50, H - 50, "COBALTLINE", "Helvetica-Bold", 18, col=(0.1, 0.2, 0.45))
        pg.t(50, H - 62, "CLOUD", "Helvetica", 8, col=(0.1, 0.2, 0.45))
        pg.t(W - 50, H - 50, "Invoice CLC-US-2602-118842", "Helvetica-Bold", 10, "r")
        pg.t(W - 50, H - 62, f"Page {p} of 3", "Helvetica", 8, "r")
        pg.line(50, H - 72, W - 50, H - 72, 1, (0.1, 0.2, 0.45))
        pg.t(
            W / 2,
            30,
            "Cobaltline Cloud, Inc. \u00b7 1201 Third Avenue, Suite 2800, Seattle, WA 98101 \u00b7 EIN 82-4471902 \u00b7 billing@cobaltline.io",
            "Helvetica",
            6.8,
            "c",
        )

    head(1)
    info = [
        ("Account ID", "4471-2290-8815"),
        ("Invoice number", "CLC-US-2602-118842"),
        ("Invoice date", "February 2, 2026"),
        ("Billing period", "January 1 - January 31, 2026"),
        ("Payment terms", "Net 30"),
        ("Due date", "March 4, 2026"),
    ]
    for k, (a, b) in enumerate(info):
        pg.t(330, H - 100 - k * 13, a, "Helvetica", 9)
        pg.t(430, H - 100 - k * 13, b, "Helvetica-Bold", 9)
    for k, s in enumerate(
        [
            "Bill to:",
            "Tidewater Analytics LLC",
            "Attn: Accounts Payable",
            "2200 Westlake Ave N, Suite 410",
            "Seattle, WA 98109",
        ]
    ):
        pg.t(50, H - 100 - k * 13, s, "Helvetica-Bold" if k == 0 else "Helvetica", 9)
    pg.t(50, H - 200, "Invoice summary", "Helvetica-Bold", 13)
    rows = [(k, "$" + us(v)) for k, v in tot_by.items()]
    y = table(
        pg,
        H - 225,
        [(60, "l"), (W - 60, "r")],
        rows,
        sz=9.5,
        lead=16,
        head=["Service", "Charges (USD)"],
        x0=50,
        x1=W - 50,
    )
    pg.line(50, y + 8, W - 50, y + 8)
    y -= 6
    for lab, v, f in [
        ("Total charges", charges, "Helvetica"),
        ("Credits (promotional credit PC-2025-EDU)", credit, "Helvetica"),
        ("Subtotal (taxable)", net, "Helvetica-Bold"),
        ("Sales tax (see page 3)", vat, "Helvetica"),
        ("Invoice total", tot, "Helvetica-Bold"),
    ]:
        pg.t(60, y, lab, f, 9.5)
        pg.t(W - 60, y, ("-$" + us(-v)) if v < 0 else "$" + us(v), f, 9.5, "r")
        y -= 16
    pg.rect(50, y - 22, W - 100, 30, fill=(0.92, 0.94, 0.98), stroke=0)
    pg.t(60, y - 12, "Amount due by March 4, 2026", "Helvetica-Bold", 11)
    pg.t(W - 60, y - 12, "USD " + us(tot), "Helvetica-Bold", 12, "r")
    pg.t(
        50,
        y - 50,
        "Pay by ACH: Cobaltline Cloud, Inc. \u00b7 JPMorgan Chase \u00b7 Routing 021000021 \u00b7 Account 884417290 \u00b7 Reference 4471-2290-8815",
        "Helvetica",
        7.8,
    )
    pg.next()
    head(2)
    pg.t(50, H - 100, "Usage detail", "Helvetica-Bold", 13)
    y = H - 125
    names = list(svc)
    for grp in names[:3]:
        pg.t(50, y, grp, "Helvetica-Bold", 10)
        body = [(d, f"{q:,}", f"${r}", "$" + us(D(q * r))) for d, q, r in svc[grp]]
        y = table(
            pg,
            y - 18,
            [(60, "l"), (370, "r"), (450, "r"), (W - 50, "r")],
            body,
            sz=8.5,
            lead=13,
            head=["Usage type", "Quantity", "Rate", "Amount"],
            x0=60,
            x1=W - 50,
        )
        pg.t(W - 50, y - 2, "Subtotal $" + us(tot_by[grp]), "Helvetica-Bold", 8.5, "r")
        y -= 30
    pg.next()
    head(3)
    y = H - 100
    for grp in names[3:]:
        pg.t(50, y, grp, "Helvetica-Bold", 10)
        body = [
            (d, f"{q:,}", f"${D(r) if grp == 'Support' else r}", "$" + us(D(q * r)))
            for d, q, r in svc[grp]
        ]
        y = table(
            pg,
            y - 18,
            [(60, "l"), (370, "r"), (450, "r"), (W - 50, "r")],
            body,
            sz=8.5,
            lead=13,
            head=["Usage type", "Quantity", "Rate", "Amount"],
            x0=60,
            x1=W - 50,
        )
        pg.t(W - 50, y - 2, "Subtotal $" + us(tot_by[grp]), "Helvetica-Bold", 8.5, "r")
        y -= 30
    pg.t(50, y, "Tax detail", "Helvetica-Bold", 10)
    body = [
        ("Washington State sales tax", "$" + us(net), "6.50%", "$" + us(st)),
        ("City of Seattle local sales tax", "$" + us(net), "3.85%", "$" + us(lt)),
    ]
    y = table(
        pg,
        y - 18,
        [(60, "l"), (370, "r"), (450, "r"), (W - 50, "r")],
        body,
        sz=8.5,
        lead=13,
        head=["Jurisdiction", "Taxable amount", "Rate", "Tax"],
        x0=60,
        x1=W - 50,
    )
    pg.t(W - 50, y - 2, "Total tax $" + us(vat), "Helvetica-Bold", 8.5, "r")
    pg.t(
        50,
        y - 30,
        "Service address for tax purposes: 2200 Westlake Ave N, Seattle, WA 98109. Digital automated services are taxable in WA.",
        "Helvetica",
        7.5,
    )
    pg.done()
    lines = [li(d, q, r, D(q * r)) for g in svc.values() for d, q, r in g]
    return buf.getvalue(), T(
        invoice_number="CLC-US-2602-118842",
        invoice_date="2026-02-02",
        due_date="2026-03-04",
        vendor_name="Cobaltline Cloud, Inc.",
        amount=net,
        vat=vat,
        total=tot,
        currency="USD",
        locale="en-US",
        line_items=lines,
        note="3-page cloud bill: summary p1, usage p2-3; net is after a -150.00 promotional credit; sales tax is WA state 6.5% + Seattle 3.85% itemised on page 3; account id beside invoice number.",
    )


def i07(name, rng):
    """US internet shop order invoice, Texas sales tax on goods and shipping, scanned."""
    buf, pg = new_pdf(name, letter)
    W, H = pg.w, pg.h
    c = pg.c
    c.setFillColorRGB(0.15, 0.4, 0.2)
    p = c.beginPath()
    p.moveTo(50, H - 80)
    p.lineTo(68, H - 48)
    p.lineTo(86, H - 80)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    pg.t(94, H - 66, "Pinecrest Outfitters", "DVS-B", 18, col=(0.15, 0.4, 0.2))
    pg.t(94, H - 80, "pinecrestoutfitters.com", "DVS", 8)
    pg.t(W - 50, H - 60, "INVOICE", "Helvetica-Bold", 20, "r")
    meta = [
        ("Invoice #", "PO-INV-558120"),
        ("Order #", "#PC-104772"),
        ("Invoice date", "03/11/2026"),
        ("Order placed", "03/09/2026"),
        ("Payment", "Visa ending 4417 (paid)"),
    ]
    for k, (a, b) in enumerate(meta):
        pg.t(380, H - 100 - k * 13, a, "Helvetica", 9)
        pg.t(W - 50, H - 100 - k * 13, b, "Helvetica", 9, "r")
    pg.t(50, H - 110, "Ship to", "Helvetica-Bold", 9)
    for k, s in enumerate(["Marcus Delgado", "4812 Shoal Creek Blvd", "Austin, TX 78756"]):
        pg.t(50, H - 123 - k * 12, s, "Helvetica", 9)
    pg.t(200, H - 110, "Bill to", "Helvetica-Bold", 9)
    for k, s in enumerate(["Marcus Delgado", "PO Box 30117", "Austin, TX 78755"]):
        pg.t(200, H - 123 - k * 12, s, "Helvetica", 9)
    items = [
        ("TR-2210", "Ridgeline 2-Person Tent, Sage", 1, D("189.00")),
        ("SB-0415", "Down Sleeping Bag 20\u00b0F, Regular", 2, D("124.50")),
        ("HL-0090", "Headlamp 400 lm, rechargeable", 3, D("29.95")),
        ("CK-1103", "Titanium Cook Set", 1, D("64.00")),
    ]
    body, lines = [], []
    sub = D(0)
    for sku, d, q, u in items:
        a = D(u * q)
        sub += a
        body.append((sku, d, str(q), "$" + us(u), "$" + us(a)))
        lines.append(li(d, q, u, a))
    disc = -D(sub * Decimal("0.10"))
    ship = D("14.95")
    net = sub + disc + ship
    vat = D(net * Decimal("0.0825"))
    tot = net + vat
    y = H - 185
    pg.rect(50, y - 4, W - 100, 15, fill=(0.88, 0.92, 0.88), stroke=0)
    y = table(
        pg,
        y,
        [(56, "l"), (120, "l"), (390, "r"), (460, "r"), (W - 56, "r")],
        body,
        sz=9,
        lead=16,
        head=["SKU", "Item", "Qty", "Price", "Total"],
        rule=False,
    )
    pg.line(300, y + 8, W - 50, y + 8)
    y -= 6
    for lab, v in [
        ("Merchandise subtotal", sub),
        ("Discount SPRING10 (10%)", disc),
        ("Shipping (UPS Ground)", ship),
        ("Taxable total", net),
        ("Sales tax (TX 8.25%)", vat),
    ]:
        pg.t(320, y, lab, "Helvetica", 9)
        pg.t(W - 56, y, ("-$" + us(-v)) if v < 0 else "$" + us(v), "Helvetica", 9, "r")
        y -= 14
    pg.t(320, y - 4, "Order total", "Helvetica-Bold", 11)
    pg.t(W - 56, y - 4, "$" + us(tot), "Helvetica-Bold", 11, "r")
    pg.t(320, y - 20, "Amount paid", "Helvetica", 9)
    pg.t(W - 56, y - 20, "$" + us(tot), "Helvetica", 9, "r")
    pg.t(320, y - 34, "Balance due", "Helvetica", 9)
    pg.t(W - 56, y - 34, "$0.00", "Helvetica", 9, "r")
    pg.t(
        50,
        y - 70,
        "Thank you for shopping with us! Returns accepted within 60 days with this invoice.",
        "DVS",
        9,
    )
    pg.t(
        W / 2,
        40,
        "Pinecrest Outfitters LLC \u00b7 901 E 6th St, Austin, TX 78702 \u00b7 TX Sales Tax Permit 3-20418-8831-5 \u00b7 (512) 555-0148",
        "Helvetica",
        7,
        "c",
    )
    pg.done()
    return buf.getvalue(), T(
        invoice_number="PO-INV-558120",
        invoice_date="2026-03-11",
        vendor_name="Pinecrest Outfitters LLC",
        amount=net,
        vat=vat,
        total=tot,
        currency="USD",
        locale="en-US",
        line_items=lines,
        note="Web-shop invoice with order number beside invoice number, 10% discount code and taxable shipping; net = taxable total after discount and shipping; 'Balance due $0.00' (already paid); MM/DD/YYYY dates.",
    )


def i08(name, rng):
    """UK business broadband bill, balance brought forward, photo."""
    buf, pg = new_pdf(name)
    W, H = pg.w, pg.h
    pg.rect(0, H - 90, W, 90, fill=(0.2, 0.1, 0.4), stroke=0)
    pg.t(40, H - 55, "brightwire", "Helvetica-Bold", 28, col=(1, 1, 1))
    pg.t(40, H - 72, "business broadband & phone", "Helvetica", 9, col=(0.85, 0.85, 1))
    pg.t(W - 40, H - 50, "Your bill", "Helvetica-Bold", 16, "r", col=(1, 1, 1))
    pg.t(W - 40, H - 66, "9 March 2026", "Helvetica", 10, "r", col=(1, 1, 1))
    for k, s in enumerate(
        ["Hollis & Pike Architects Ltd", "Unit 4, The Old Tannery", "Sevenoaks", "TN13 1AB"]
    ):
        pg.t(40, H - 130 - k * 13, s, "Helvetica", 10)
    meta = [
        ("Account number", "BW 4471 0928"),
        ("Bill number", "BWB-0312245"),
        ("Bill period", "9 Feb \u2013 8 Mar 2026"),
        ("VAT reg no.", "GB 318 4471 22"),
    ]
    for k, (a, b) in enumerate(meta):
        pg.t(330, H - 130 - k * 14, a, "Helvetica", 9.5)
        pg.t(W - 40, H - 130 - k * 14, b, "Helvetica-Bold", 9.5, "r")
    rows = [
        ("Fibre 500 Business, monthly charge", D("38.00")),
        ("Static IP address (block of 1)", D("5.00")),
        ("Mesh Wi-Fi add-on from 24 Feb (13 of 28 days)", D(Decimal("6.00") * 13 / 28)),
        ("Calls (14 calls, 1 h 52 m, see overleaf)", D("3.47")),
        ("Loyalty discount", D("-4.00")),
    ]
    net = sum(r[1] for r in rows)
    vat = D(net * Decimal("0.20"))
    tot = net + vat
    prev, paid = D("57.18"), D("-40.00")
    bf = prev + paid
    due = bf + tot
    y = H - 215
    pg.t(40, y, "Your account at a glance", "Helvetica-Bold", 12)
    y -= 20
    for lab, v in [
        ("Previous bill", prev),
        ("Payment received 23 Feb \u2013 thank you", paid),
        ("Balance brought forward", bf),
    ]:
        pg.t(50, y, lab, "Helvetica", 10)
        pg.t(W - 50, y, ("-\u00a3" + us(-v)) if v < 0 else "\u00a3" + us(v), "Helvetica", 10, "r")
        y -= 16
    y -= 10
    pg.t(40, y, "This bill", "Helvetica-Bold", 12)
    y -= 20
    for lab, v in rows:
        pg.t(50, y, lab, "Helvetica", 10)
        pg.t(W - 50, y, ("-\u00a3" + us(-v)) if v < 0 else "\u00a3" + us(v), "Helvetica", 10, "r")
        y -= 16
    pg.line(300, y + 10, W - 40, y + 10)
    for lab, v, f in [
        ("Total excluding VAT", net, "Helvetica"),
        ("VAT at 20%", vat, "Helvetica"),
        ("Total this bill", tot, "Helvetica-Bold"),
    ]:
        pg.t(310, y - 4, lab, f, 10)
        pg.t(W - 50, y - 4, "\u00a3" + us(v), f, 10, "r")
        y -= 16
    y -= 20
    pg.rect(40, y - 14, W - 80, 34, fill=(0.93, 0.9, 0.98), stroke=0)
    pg.t(50, y, "Total amount due", "Helvetica-Bold", 13)
    pg.t(W - 50, y, "\u00a3" + us(due), "Helvetica-Bold", 15, "r")
    pg.t(
        50,
        y - 30,
        "We'll collect \u00a3" + us(due) + " by Direct Debit on or after 23 March 2026.",
        "Helvetica",
        9.5,
    )
    pg.t(
        W / 2,
        40,
        "Brightwire Broadband Ltd \u00b7 Registered in England & Wales No. 09917724 \u00b7 2 Kings Hill Avenue, West Malling ME19 4AQ",
        "Helvetica",
        7,
        "c",
    )
    pg.done()
    return buf.getvalue(), T(
        invoice_number="BWB-0312245",
        invoice_date="2026-03-09",
        due_date="2026-03-23",
        vendor_name="Brightwire Broadband Ltd",
        amount=net,
        vat=vat,
        total=tot,
        currency="GBP",
        locale="en-GB",
        line_items=[li(d, 1, v, v) for d, v in rows],
        note=f"Phone photo; 'Total amount due' \u00a3{us(due)} includes \u00a3{us(bf)} brought forward, bill total is \u00a3{us(tot)}; account number beside bill number; pro-rated add-on; due date is the Direct Debit date.",
    )


def i09(name, rng):
    """NL SaaS to a German business customer, reverse charge."""
    buf, pg = new_pdf(name)
    W, H = pg.w, pg.h
    c = pg.c
    c.setFillColorRGB(0.95, 0.55, 0.1)
    for k in range(3):
        c.rect(W - 120 + k * 14, H - 70, 10, 10 + k * 8, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    pg.t(50, H - 60, "Kwartel Software B.V.", "DVC-B", 15)
    for k, s in enumerate(
        [
            "Maliebaan 71, 3581 CG Utrecht, The Netherlands",
            "VAT NL862914337B01 \u00b7 KvK 76114028",
            "accounts@kwartel.io",
        ]
    ):
        pg.t(50, H - 76 - k * 11, s, "DVC", 8.5)
    pg.t(50, H - 150, "INVOICE", "DVC-B", 22)
    pg.t(50, H - 180, "Billed to", "DVC-B", 9)
    for k, s in enumerate(
        [
            "Lindqvist Logistik GmbH",
            "Hafenstra\u00dfe 12",
            "20457 Hamburg, Germany",
            "VAT ID DE318447120",
        ]
    ):
        pg.t(50, H - 194 - k * 12, s, "DVC", 9)
    meta = [
        ("Invoice no.", "KW-2026-0391"),
        ("Issue date", "1 April 2026"),
        ("Due date", "1 May 2026"),
        ("Customer no.", "C-10442"),
        ("Contract", "ENT-2025-017"),
        ("Service period", "1 Apr 2026 \u2013 31 Mar 2027"),
    ]
    for k, (a, b) in enumerate(meta):
        pg.t(340, H - 150 - k * 13, a, "DVC", 9)
        pg.t(W - 50, H - 150 - k * 13, b, "DVC-B", 9, "r")
    rows = [
        ("Kwartel Route Planner \u2013 Business, annual (seats)", "40", D("216.00")),
        ("Seats added 12 Mar 2026, pro-rated 20/365 days", "8", D(Decimal(216) * 20 / 365)),
        ("Telematics API add-on, annual", "1", D("1200.00")),
        ("Onboarding workshop (remote, half day)", "1", D("650.00")),
    ]
    calc = [(d, q, u, D(u * int(q))) for d, q, u in rows]
    net = sum(r[3] for r in calc)
    vat = D(0)
    tot = net
    y = table(
        pg,
        H - 290,
        [(50, "l"), (360, "r"), (440, "r"), (W - 50, "r")],
        [(d, q, eu(u), eu(a)) for d, q, u, a in calc],
        f="DVC",
        hf="DVC-B",
        sz=9,
        lead=16,
        head=["Description", "Qty", "Unit (EUR)", "Amount (EUR)"],
        x0=50,
        x1=W - 50,
    )
    pg.line(50, y + 8, W - 50, y + 8)
    y -= 8
    for lab, v, f in [
        ("Subtotal", net, "DVC"),
        ("VAT 0% (reverse charge)", vat, "DVC"),
        ("Total EUR", tot, "DVC-B"),
    ]:
        pg.t(330, y, lab, f, 10)
        pg.t(W - 50, y, eu(v), f, 10, "r")
        y -= 16
    pg.t(
        50,
        y - 20,
        "VAT reverse charged \u2013 Article 196 Council Directive 2006/112/EC. BTW verlegd.",
        "DVC-B",
        9,
    )
    pg.t(
        50,
        y - 34,
        "Service recipient liable for VAT: Lindqvist Logistik GmbH, DE318447120.",
        "DVC",
        9,
    )
    pg.t(
        50,
        y - 60,
        "Please pay to ING Bank N.V., IBAN NL31 INGB 0007 7184 22, BIC INGBNL2A, quoting KW-2026-0391.",
        "DVC",
        9,
    )
    pg.done()
    return buf.getvalue(), T(
        invoice_number="KW-2026-0391",
        invoice_date="2026-04-01",
        due_date="2026-05-01",
        vendor_name="Kwartel Software B.V.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        line_items=[li(d, q, u, a) for d, q, u, a in calc],
        note="EU B2B reverse charge (NL seller, DE buyer), VAT printed as 0,00 so vat keyed 0.00; English text with Dutch number format; pro-rated seat line; customer and contract numbers.",
    )


def i10(name, rng):
    """ES electricity bill, electricity tax inside the IVA base, scanned."""
    buf, pg = new_pdf(name)
    W, H = pg.w, pg.h
    pg.t(40, H - 60, "El\u00e9ctrica del Turia", "Helvetica-Bold", 20, col=(0.0, 0.45, 0.3))
    pg.t(40, H - 74, "Comercializadora de energ\u00eda el\u00e9ctrica", "Helvetica", 8)
    pg.rect(360, H - 140, W - 400, 90, lw=0.8)
    for k, (a, b) in enumerate(
        [
            ("N\u00ba factura", "FE26-0458127"),
            ("Fecha de emisi\u00f3n", "06/02/2026"),
            ("Periodo", "03/01/2026 - 02/02/2026"),
            ("Fecha de cargo", "16/02/2026"),
            ("N\u00ba contrato", "1004718822"),
            ("Importe total", ""),
        ]
    ):
        pg.t(368, H - 64 - k * 13, a, "Helvetica", 8.5)
        if b:
            pg.t(W - 48, H - 64 - k * 13, b, "Helvetica-Bold", 8.5, "r")
    pot = D(Decimal("4.6") * 31 * Decimal("0.081917"))
    e1 = D(Decimal(98) * Decimal("0.1834"))
    e2 = D(Decimal(112) * Decimal("0.1311"))
    e3 = D(Decimal(141) * Decimal("0.0982"))
    iee = D((pot + e1 + e2 + e3) * Decimal("0.0511269632"))
    alq = D(Decimal(31) * Decimal("0.02663"))
    rows = [
        ("Potencia contratada 4,6 kW x 31 d\u00edas x 0,081917 \u20ac/kW d\u00eda", pot),
        ("Energ\u00eda punta 98 kWh x 0,183400 \u20ac/kWh", e1),
        ("Energ\u00eda llano 112 kWh x 0,131100 \u20ac/kWh", e2),
        ("Energ\u00eda valle 141 kWh x 0,098200 \u20ac/kWh", e3),
        ("Impuesto sobre electricidad 5,11269632 %", iee),
        ("Alquiler equipos de medida 31 d\u00edas x 0,026630 \u20ac/d\u00eda", alq),
    ]
    net = sum(r[1] for r in rows)
    vat = D(net * Decimal("0.21"))
    tot = net + vat
    pg.t(W - 48, H - 129, eu(tot) + " \u20ac", "Helvetica-Bold", 10, "r")
    for k, s in enumerate(
        [
            "Titular: Vicente Soler Mart\u00ed",
            "NIF: 24581937K",
            "C/ de Cuba 37, 5\u00aa",
            "46006 Valencia",
            "CUPS: ES0021000004718822KL0F",
        ]
    ):
        pg.t(40, H - 110 - k * 12, s, "Helvetica", 8.5)
    pg.t(40, H - 190, "Detalle de la factura", "Helvetica-Bold", 12, col=(0.0, 0.45, 0.3))
    y = H - 212
    for d, v in rows:
        pg.t(46, y, d, "Helvetica", 9)
        pg.t(W - 48, y, eu(v) + " \u20ac", "Helvetica", 9, "r")
        y -= 15
    pg.line(40, y + 9, W - 40, y + 9)
    for lab, v, f in [
        ("Base imponible", net, "Helvetica"),
        ("IVA 21 % s/ " + eu(net), vat, "Helvetica"),
        ("TOTAL IMPORTE FACTURA", tot, "Helvetica-Bold"),
    ]:
        pg.t(300, y - 4, lab, f, 9.5)
        pg.t(W - 48, y - 4, eu(v) + " \u20ac", f, 9.5, "r")
        y -= 16
    pg.t(
        40,
        y - 26,
        "Consumo del periodo: 351 kWh (lectura real 03/01/2026: 18.204 \u2013 02/02/2026: 18.555)",
        "Helvetica",
        8.5,
    )
    pg.t(
        40,
        y - 40,
        "Su consumo medio diario: 11,32 kWh. Importe cargado en ES91 2100 **** **** **** 4471 el 16/02/2026.",
        "Helvetica",
        8.5,
    )
    bars = [290, 310, 351, 330, 280, 240]
    for k, b in enumerate(bars):
        pg.rect(60 + k * 34, y - 160, 20, b * 0.25, fill=(0.6, 0.8, 0.7), stroke=0)
        pg.t(
            70 + k * 34, y - 172, ["ago", "sep", "oct", "nov", "dic", "ene"][k], "Helvetica", 7, "c"
        )
    pg.t(
        W / 2,
        40,
        "El\u00e9ctrica del Turia, S.A. \u00b7 CIF A46218814 \u00b7 Av. de Arag\u00f3n 30, 46021 Valencia \u00b7 Reg. Merc. Valencia T. 8841, F. 112, H. V-11820",
        "Helvetica",
        6.8,
        "c",
    )
    pg.done()
    return buf.getvalue(), T(
        invoice_number="FE26-0458127",
        invoice_date="2026-02-06",
        due_date="2026-02-16",
        vendor_name="El\u00e9ctrica del Turia, S.A.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="es-ES",
        line_items=[li(d, 1, v, v) for d, v in rows],
        note="Spanish electricity bill: 'Impuesto sobre electricidad' is a line inside the IVA base (keyed in net, vat = IVA only); energy periods with 6-decimal prices; contract number and CUPS; 'Fecha de cargo' keyed as due date; total also printed in the header box.",
    )


def i11(name, rng):
    """IT mobile operator, credit from the previous period, image-only PDF."""
    buf, pg = new_pdf(name)
    W, H = pg.w, pg.h
    pg.t(45, H - 62, "AURORA", "Helvetica-Bold", 24, col=(0.9, 0.45, 0.0))
    pg.t(46, H - 76, "mobile", "Helvetica-Oblique", 10, col=(0.9, 0.45, 0.0))
    pg.t(W - 45, H - 55, "Fattura n. 2026A00482917", "Helvetica-Bold", 11, "r")
    pg.t(W - 45, H - 69, "del 10/03/2026", "Helvetica", 10, "r")
    info = [
        ("Codice cliente", "1.4471.0928"),
        ("Numero di linea", "347 118 2245"),
        ("Periodo di fatturazione", "01/02/2026 - 28/02/2026"),
        ("Scadenza", "31/03/2026"),
    ]
    for k, (a, b) in enumerate(info):
        pg.t(45, H - 110 - k * 13, a, "Helvetica", 9)
        pg.t(170, H - 110 - k * 13, b, "Helvetica-Bold", 9)
    for k, s in enumerate(
        [
            "Spett.le",
            "Studio Tecnico Ferraris",
            "Via Po 18",
            "10123 Torino (TO)",
            "P.IVA 09918440017",
        ]
    ):
        pg.t(340, H - 110 - k * 13, s, "Helvetica", 9.5)
    rows = [
        ("Canone mensile Aurora Business 150 Giga", D("12.29")),
        ("Opzione Roaming Extra UE (dal 09/02, 20/28 gg)", D(Decimal("4.10") * 20 / 28)),
        ("Noleggio smartphone rata 7 di 24", D("15.57")),
        ("Traffico extra soglia (vedi dettaglio)", D("1.86")),
    ]
    net = sum(r[1] for r in rows)
    vat = D(net * Decimal("0.22"))
    tot = net + vat
    cred = D("-5.00")
    due = tot + cred
    y = H - 200
    pg.rect(45, y - 4, W - 90, 16, fill=(1.0, 0.9, 0.8), stroke=0)
    y = table(
        pg,
        y,
        [(52, "l"), (W - 52, "r")],
        [(d, eu(v)) for d, v in rows],
        sz=9.5,
        lead=16,
        head=["Descrizione", "Importo (\u20ac)"],
        rule=False,
    )
    pg.line(300, y + 8, W - 45, y + 8)
    for lab, v, f in [
        ("Totale imponibile", net, "Helvetica"),
        ("IVA 22%", vat, "Helvetica"),
        ("Totale fattura", tot, "Helvetica-Bold"),
        ("Credito da fattura precedente", cred, "Helvetica"),
        ("Totale da pagare", due, "Helvetica-Bold"),
    ]:
        pg.t(310, y - 4, lab, f, 10)
        pg.t(W - 52, y - 4, eu(v), f, 10, "r")
        y -= 16
    pg.t(
        45,
        y - 20,
        "Modalit\u00e0 di pagamento: addebito diretto SEPA su IT60 X054 **** **** **** ***8 471",
        "Helvetica",
        8.5,
    )
    pg.t(
        45, y - 33, "L'importo sar\u00e0 addebitato alla scadenza del 31/03/2026.", "Helvetica", 8.5
    )
    pg.t(
        W / 2,
        45,
        "Telefonia Aurora S.p.A. \u00b7 Via Tortona 25, 20144 Milano \u00b7 P.IVA 10447182201 \u00b7 REA MI-2531144 \u00b7 Cap. Soc. \u20ac 50.000.000 i.v.",
        "Helvetica",
        6.8,
        "c",
    )
    pg.done()
    return buf.getvalue(), T(
        invoice_number="2026A00482917",
        invoice_date="2026-03-10",
        due_date="2026-03-31",
        vendor_name="Telefonia Aurora S.p.A.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="it-IT",
        line_items=[li(d, 1, v, v) for d, v in rows],
        note=f"Image-only PDF (scan); 'Totale da pagare' {eu(due)} is after a 5,00 credit from the previous bill, 'Totale fattura' {eu(tot)} is the total; customer code and line number beside the invoice number; pro-rated roaming option.",
    )


def i12(name, rng):
    """PL internet shop Faktura VAT, 23 % + 5 % rates, summary by rate, amount in words."""
    buf, pg = new_pdf(name)
    W, H = pg.w, pg.h
    pg.t(40, H - 55, "Bursztynowy Zak\u0105tek", "DVS-B", 18, col=(0.7, 0.45, 0.05))
    pg.t(40, H - 68, "sklep internetowy \u00b7 bursztynowyzakatek.pl", "DVS", 8)
    pg.t(W - 40, H - 52, "Faktura VAT nr FV/2026/03/0412", "DV-B", 11, "r")
    pg.t(W - 40, H - 66, "Orygina\u0142", "DV", 8, "r")
    meta = [
        ("Data wystawienia:", "2026-03-14"),
        ("Data sprzeda\u017cy:", "2026-03-13"),
        ("Miejsce wystawienia:", "Gda\u0144sk"),
        ("Nr zam\u00f3wienia:", "ZAM-884102"),
    ]
    for k, (a, b) in enumerate(meta):
        pg.t(380, H - 86 - k * 11, a, "DV", 8)
        pg.t(W - 40, H - 86 - k * 11, b, "DV", 8, "r")
    pg.t(40, H - 140, "Sprzedawca:", "DV-B", 9)
    for k, s in enumerate(
        [
            "Bursztynowy Zak\u0105tek Sp. z o.o.",
            "ul. Mariacka 21/3",
            "80-833 Gda\u0144sk",
            "NIP: 583-318-44-71",
        ]
    ):
        pg.t(40, H - 153 - k * 11, s, "DV", 8.5)
    pg.t(310, H - 140, "Nabywca:", "DV-B", 9)
    for k, s in enumerate(
        [
            "Pracownia Ceramiki \u0141\u0105kowa Joanna Wi\u015bniewska",
            "ul. Kwiatowa 5",
            "05-500 Piaseczno",
            "NIP: 123-114-47-20",
        ]
    ):
        pg.t(310, H - 153 - k * 11, s, "DV", 8.5)
    items = [
        ("Naszyjnik bursztynowy ko\u0144jakowy 45 cm", "szt.", 2, D("162.60"), 23),
        ("Kolczyki srebro 925 z bursztynem", "szt.", 3, D("73.17"), 23),
        ("Album \u201eBursztyn ba\u0142tycki\u201d (ksi\u0105\u017cka)", "szt.", 1, D("56.19"), 5),
        ("Pude\u0142ko prezentowe", "szt.", 2, D("8.13"), 23),
        ("Wysy\u0142ka kurierem", "us\u0142.", 1, D("14.63"), 23),
    ]
    body, lines = [], []
    byrate = {}
    for k, (d, j, q, u, r) in enumerate(items):
        a = D(u * q)
        byrate[r] = byrate.get(r, D(0)) + a
        v = D(a * r / 100)
        body.append((str(k + 1), d, j, str(q), eu(u), eu(a), f"{r}%", eu(v), eu(a + v)))
        lines.append(li(d, q, u, a))
    cols = [
        (40, "l"),
        (54, "l"),
        (235, "l"),
        (270, "r"),
        (320, "r"),
        (385, "r"),
        (412, "r"),
        (465, "r"),
        (W - 40, "r"),
    ]
    y = table(
        pg,
        H - 215,
        cols,
        body,
        f="DV",
        hf="DV-B",
        sz=7.2,
        lead=14,
        head=[
            "Lp",
            "Nazwa towaru / us\u0142ugi",
            "J.m.",
            "Ilo\u015b\u0107",
            "Cena netto",
            "Warto\u015b\u0107 netto",
            "VAT",
            "Kwota VAT",
            "Brutto",
        ],
        x0=40,
        x1=W - 40,
    )
    pg.line(40, y + 6, W - 40, y + 6)
    y -= 10
    pg.t(260, y, "Podsumowanie wg stawek", "DV-B", 8)
    y -= 14
    net = vat = D(0)
    for r in sorted(byrate, reverse=True):
        n = byrate[r]
        v = D(n * r / 100)
        net += n
        vat += v
        pg.t(300, y, f"{r}%", "DV", 8, "r")
        pg.t(385, y, eu(n), "DV", 8, "r")
        pg.t(465, y, eu(v), "DV", 8, "r")
        pg.t(W - 40, y, eu(n + v), "DV", 8, "r")
        y -= 12
    tot = net + vat
    pg.t(260, y, "Razem", "DV-B", 8)
    pg.t(385, y, eu(net), "DV-B", 8, "r")
    pg.t(465, y, eu(vat), "DV-B", 8, "r")
    pg.t(W - 40, y, eu(tot), "DV-B", 8, "r")
    y -= 30
    pg.t(40, y, "Do zap\u0142aty: " + eu(tot) + " PLN", "DV-B", 12)
    pg.t(40, y - 16, "S\u0142ownie: " + words_pl(tot), "DV", 8.5)
    pg.t(
        40,
        y - 30,
        "Spos\u00f3b p\u0142atno\u015bci: przelew \u00b7 Termin p\u0142atno\u015bci: 2026-03-28",
        "DV",
        8.5,
    )
    pg.t(40, y - 44, "Konto: mBank 42 1140 2004 0000 3102 7718 4471", "DV", 8.5)
    pg.line(60, 90, 220, 90)
    pg.line(W - 220, 90, W - 60, 90)
    pg.t(140, 80, "osoba upowa\u017cniona do odbioru", "DV", 6.5, "c")
    pg.t(W - 140, 80, "osoba upowa\u017cniona do wystawienia", "DV", 6.5, "c")
    pg.t(
        W / 2,
        40,
        "Bursztynowy Zak\u0105tek Sp. z o.o. \u00b7 KRS 0000771842 \u00b7 REGON 384471022 \u00b7 kapita\u0142 zak\u0142adowy 50 000 z\u0142",
        "DV",
        6.5,
        "c",
    )
    pg.done()
    return buf.getvalue(), T(
        invoice_number="FV/2026/03/0412",
        invoice_date="2026-03-14",
        due_date="2026-03-28",
        vendor_name="Bursztynowy Zak\u0105tek Sp. z o.o.",
        amount=net,
        vat=vat,
        total=tot,
        currency="PLN",
        locale="pl-PL",
        line_items=lines,
        note="Polish Faktura VAT from a web shop, VAT 23% and 5% summarised by rate; order number; sale date differs from issue date; 'Do zap\u0142aty' and amount in words (s\u0142ownie).",
    )


def i13(name, rng):
    """DE cloud provider credit note (Gutschrift / Rechnungskorrektur), negative amounts."""
    buf, pg = new_pdf(name)
    W, H = pg.w, pg.h
    c = pg.c
    c.setStrokeColorRGB(0.2, 0.5, 0.8)
    c.setLineWidth(3)
    c.arc(W - 130, H - 85, W - 70, H - 45, 0, 180)
    c.setStrokeColorRGB(0, 0, 0)
    pg.t(W - 50, H - 100, "Wolkenhafen", "Helvetica-Bold", 14, "r", col=(0.2, 0.5, 0.8))
    pg.t(W - 50, H - 112, "Rechenzentrum", "Helvetica", 9, "r", col=(0.2, 0.5, 0.8))
    pg.t(
        55,
        H - 130,
        "Wolkenhafen Rechenzentrum GmbH \u00b7 Mainzer Landstr. 199 \u00b7 60326 Frankfurt am Main",
        "Helvetica",
        6.8,
    )
    for k, s in enumerate(
        ["Apotheken-Verbund S\u00fcdwest eG", "IT-Abteilung", "Kaiserstr. 64", "76133 Karlsruhe"]
    ):
        pg.t(55, H - 148 - k * 13, s, "Helvetica", 10)
    meta = [
        ("Gutschrift-Nr.", "GS-2026-00193"),
        ("Datum", "23.02.2026"),
        ("zu Rechnung", "RE-2026-01877 vom 02.02.2026"),
        ("Kundennummer", "40 1182"),
        ("Vertrag", "IaaS-Rahmen 2024/118"),
    ]
    for k, (a, b) in enumerate(meta):
        pg.t(330, H - 148 - k * 13, a, "Helvetica", 8.5)
        pg.t(W - 50, H - 148 - k * 13, b, "Helvetica", 8.5, "r")
    pg.t(55, H - 240, "Rechnungskorrektur / Gutschrift", "Helvetica-Bold", 15)
    pg.t(
        55,
        H - 260,
        "Aufgrund der Verf\u00fcgbarkeitsunterschreitung im Januar 2026 (SLA 99,95 %) schreiben wir Ihnen gut:",
        "Helvetica",
        9.5,
    )
    rows = [
        ("SLA-Gutschrift Jan. 2026: 10 % auf Managed Kubernetes", D("-84.60")),
        ("Storno doppelt berechnetes Backup-Paket 2 TB", D("-39.00")),
        ("Storno Traffic-\u00dcberschreitung 180 GB \u00e0 0,04 \u20ac", D("-7.20")),
    ]
    net = sum(r[1] for r in rows)
    vat = D(net * Decimal("0.19"))
    tot = net + vat
    y = table(
        pg,
        H - 290,
        [(55, "l"), (W - 50, "r")],
        [(d, eu(v) + " \u20ac") for d, v in rows],
        sz=9.5,
        lead=16,
        head=["Position", "Betrag netto"],
        x0=55,
        x1=W - 50,
    )
    pg.line(320, y + 8, W - 50, y + 8)
    for lab, v, f in [
        ("Summe netto", net, "Helvetica"),
        ("Umsatzsteuer 19 %", vat, "Helvetica"),
        ("Gutschriftsbetrag", tot, "Helvetica-Bold"),
    ]:
        pg.t(330, y - 4, lab, f, 10)
        pg.t(W - 50, y - 4, eu(v) + " \u20ac", f, 10, "r")
        y -= 16
    pg.t(
        55,
        y - 24,
        "Der Betrag wird mit Ihrer n\u00e4chsten Rechnung verrechnet. Eine Zahlung Ihrerseits ist nicht erforderlich.",
        "Helvetica",
        9.5,
    )
    pg.t(55, y - 50, "Mit freundlichen Gr\u00fc\u00dfen", "Helvetica", 9.5)
    pg.t(55, y - 64, "Ihr Wolkenhafen Billing-Team", "Helvetica", 9.5)
    for k, s in enumerate(
        [
            "Sitz Frankfurt am Main \u00b7 Amtsgericht Frankfurt HRB 118447 \u00b7 Gesch\u00e4ftsf\u00fchrung: Dr. Petra Aalders, Ole Brink",
            "USt-IdNr. DE318822471 \u00b7 Commerzbank \u00b7 IBAN DE44 5004 0000 0318 4471 00 \u00b7 BIC COBADEFFXXX",
        ]
    ):
        pg.t(W / 2, 56 - k * 10, s, "Helvetica", 6.8, "c")
    pg.done()
    return buf.getvalue(), T(
        invoice_number="GS-2026-00193",
        invoice_date="2026-02-23",
        vendor_name="Wolkenhafen Rechenzentrum GmbH",
        document_type="credit_note",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        line_items=[li(d, 1, v, v) for d, v in rows],
        note="Credit note (Gutschrift/Rechnungskorrektur) printed and keyed with negative amounts; references the corrected invoice RE-2026-01877 (not the document number); no due date; vendor name in the logo is split over two lines.",
    )


def i14(name, rng):
    """FR domain registrar to a Belgian business, autoliquidation, scanned grey."""
    buf, pg = new_pdf(name)
    W, H = pg.w, pg.h
    pg.rect(40, H - 95, 170, 50, fill=(0.1, 0.1, 0.1), stroke=0)
    pg.t(125, H - 76, "REGISTRE AZUR", "Helvetica-Bold", 14, "c", col=(1, 1, 1))
    pg.t(125, H - 89, "noms de domaine", "Helvetica", 8, "c", col=(1, 1, 1))
    for k, s in enumerate(
        [
            "Registre Azur SARL",
            "12 avenue Jean M\u00e9decin",
            "06000 Nice, France",
            "SIRET 791 447 182 00028",
            "TVA intracom. FR09791447182",
        ]
    ):
        pg.t(W - 40, H - 55 - k * 11, s, "Helvetica", 8.5, "r")
    pg.t(40, H - 140, "FACTURE", "Helvetica-Bold", 20)
    meta = [
        ("Facture n\u00b0", "RA-2026-11847"),
        ("Date", "27/01/2026"),
        ("R\u00e9f\u00e9rence client", "CLI-BE-0447"),
        ("Commande n\u00b0", "CMD-990214"),
        ("\u00c9ch\u00e9ance", "26/02/2026"),
    ]
    for k, (a, b) in enumerate(meta):
        pg.t(40, H - 165 - k * 13, a, "Helvetica", 9)
        pg.t(150, H - 165 - k * 13, b, "Helvetica-Bold", 9)
    for k, s in enumerate(
        [
            "Factur\u00e9 \u00e0 :",
            "Atelier Verhaegen BV",
            "Rue de Flandre 112",
            "1000 Bruxelles, Belgique",
            "N\u00b0 TVA BE0718.447.209",
        ]
    ):
        pg.t(330, H - 165 - k * 13, s, "Helvetica-Bold" if k == 0 else "Helvetica", 9)
    rows = [
        ("verhaegen.be \u2013 renouvellement 1 an", 1, D("11.90")),
        ("verhaegen-atelier.fr \u2013 renouvellement 1 an", 1, D("9.50")),
        ("atelierverhaegen.com \u2013 cr\u00e9ation 2 ans", 2, D("13.20")),
        (
            "Redirection e-mail Pro (10 bo\u00eetes) au prorata 27/01\u201331/03",
            1,
            D(Decimal("48.00") * 64 / 365),
        ),
        ("DNSSEC + anycast, 12 mois", 1, D("24.00")),
    ]
    calc = [(d, q, u, D(u * q)) for d, q, u in rows]
    net = sum(r[3] for r in calc)
    tot = net
    cols = [(40, "l"), (390, "r"), (460, "r"), (W - 40, "r")]
    y = H - 260
    pg.rect(40, y - 4, W - 80, 15, stroke=1, lw=0.5)
    y = table(
        pg,
        y,
        cols,
        [(d, str(q), fr(u), fr(a)) for d, q, u, a in calc],
        sz=8.8,
        lead=16,
        head=["D\u00e9signation", "Qt\u00e9", "P.U. HT", "Total HT"],
        rule=False,
    )
    pg.line(330, y + 8, W - 40, y + 8)
    for lab, v, f in [
        ("Total HT", net, "Helvetica"),
        ("TVA", D(0), "Helvetica"),
        ("Total TTC", tot, "Helvetica-Bold"),
    ]:
        pg.t(340, y - 4, lab, f, 10)
        pg.t(W - 40, y - 4, fr(v) + " \u20ac", f, 10, "r")
        y -= 16
    pg.t(
        40,
        y - 20,
        "Autoliquidation \u2013 TVA due par le preneur (article 196 de la directive 2006/112/CE).",
        "Helvetica-Bold",
        8.5,
    )
    pg.t(
        40,
        y - 34,
        "R\u00e8glement par virement : IBAN FR76 3000 4018 2200 0104 4718 211 \u2013 BIC BNPAFRPPXXX",
        "Helvetica",
        8.5,
    )
    pg.t(
        40,
        y - 48,
        "P\u00e9nalit\u00e9s de retard : 3 fois le taux d'int\u00e9r\u00eat l\u00e9gal. Indemnit\u00e9 forfaitaire pour frais de recouvrement : 40 \u20ac.",
        "Helvetica",
        7.5,
    )
    pg.t(
        W / 2,
        40,
        "Registre Azur SARL au capital de 20 000 \u20ac \u00b7 RCS Nice 791 447 182 \u00b7 Bureau d'enregistrement accr\u00e9dit\u00e9",
        "Helvetica",
        7,
        "c",
    )
    pg.done()
    return buf.getvalue(), T(
        invoice_number="RA-2026-11847",
        invoice_date="2026-01-27",
        due_date="2026-02-26",
        vendor_name="Registre Azur SARL",
        amount=net,
        vat=D(0),
        total=tot,
        currency="EUR",
        locale="fr-FR",
        line_items=[li(d, q, u, a) for d, q, u, a in calc],
        note="Registrar invoice to a Belgian company with autoliquidation (TVA line printed as 0,00 so vat 0.00); client reference and order number beside the invoice number; pro-rata e-mail line; grey scan.",
    )


def i15(name, rng):
    """UK domestic energy bill, VAT 5 %, previous balance and payments, image-only PDF."""
    buf, pg = new_pdf(name)
    W, H = pg.w, pg.h
    c = pg.c
    c.setFillColorRGB(0.0, 0.55, 0.55)
    c.circle(60, H - 62, 16, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.circle(60, H - 62, 7, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    pg.t(84, H - 70, "Harcourt Energy", "Helvetica-Bold", 20, col=(0.0, 0.45, 0.45))
    pg.t(W - 40, H - 55, "Energy statement", "Helvetica-Bold", 12, "r")
    meta = [
        ("Statement date", "17 Feb 2026"),
        ("Statement number", "HE-77310458"),
        ("Account number", "8800 4471 2291"),
        ("Period", "15 Jan 2026 \u2013 14 Feb 2026"),
    ]
    for k, (a, b) in enumerate(meta):
        pg.t(350, H - 75 - k * 12, a, "Helvetica", 8.5)
        pg.t(W - 40, H - 75 - k * 12, b, "Helvetica", 8.5, "r")
    for k, s in enumerate(["Mr D Okafor", "27 Larkspur Road", "Leeds", "LS8 2PQ"]):
        pg.t(45, H - 120 - k * 13, s, "Helvetica", 10)
    e_units, e_rate, e_days, e_sc = 287, Decimal("24.86"), 31, Decimal("53.80")
    g_units, g_rate, g_sc = 1412, Decimal("6.34"), Decimal("32.67")
    rows = [
        ("Electricity 287 kWh @ 24.86p", D(e_units * e_rate / 100)),
        ("Electricity standing charge 31 days @ 53.80p", D(e_days * e_sc / 100)),
        ("Gas 1,412 kWh @ 6.34p", D(g_units * g_rate / 100)),
        ("Gas standing charge 31 days @ 32.67p", D(e_days * g_sc / 100)),
        ("Warm Home Discount", D("-15.00")),
    ]
    net = sum(r[1] for r in rows)
    vat = D(net * Decimal("0.05"))
    tot = net + vat
    opening, paid = D("212.40"), D("-180.00")
    close = opening + paid + tot
    y = H - 200
    pg.rect(40, y - 62, W - 80, 78, fill=(0.9, 0.96, 0.96), stroke=0)
    pg.t(50, y, "Your balance", "Helvetica-Bold", 11)
    for k, (lab, v) in enumerate(
        [
            ("Balance from last statement (you owed us)", opening),
            ("Payments received \u2013 thank you", paid),
            ("New charges this statement", tot),
            ("Amount to pay", close),
        ]
    ):
        f = "Helvetica-Bold" if k == 3 else "Helvetica"
        pg.t(50, y - 16 - k * 14, lab, f, 9.5)
        pg.t(
            W - 50,
            y - 16 - k * 14,
            ("-\u00a3" + us(-v)) if v < 0 else "\u00a3" + us(v),
            f,
            9.5,
            "r",
        )
    y -= 95
    pg.t(45, y, "Your charges", "Helvetica-Bold", 11)
    y -= 18
    for d, v in rows:
        pg.t(50, y, d, "Helvetica", 9.5)
        pg.t(W - 50, y, ("-\u00a3" + us(-v)) if v < 0 else "\u00a3" + us(v), "Helvetica", 9.5, "r")
        y -= 15
    pg.line(320, y + 9, W - 40, y + 9)
    for lab, v, f in [
        ("Charges before VAT", net, "Helvetica"),
        ("VAT at 5%", vat, "Helvetica"),
        ("Total new charges", tot, "Helvetica-Bold"),
    ]:
        pg.t(330, y - 4, lab, f, 9.5)
        pg.t(W - 50, y - 4, "\u00a3" + us(v), f, 9.5, "r")
        y -= 15
    pg.t(
        45,
        y - 24,
        "Please pay \u00a3"
        + us(close)
        + " by 3 March 2026. Pay online, by phone on 0330 088 4471 or at any PayPoint.",
        "Helvetica",
        9,
    )
    pg.t(
        45,
        y - 38,
        "Meter readings: electricity E 31 044 (actual), gas G 08 812 (estimated).",
        "Helvetica",
        9,
    )
    pg.t(
        W / 2,
        40,
        "Harcourt Energy Ltd \u00b7 Registered in England No. 11844702 \u00b7 VAT No. GB 298 4471 05 \u00b7 3 Wellington Place, Leeds LS1 4AP",
        "Helvetica",
        7,
        "c",
    )
    pg.done()
    return buf.getvalue(), T(
        invoice_number="HE-77310458",
        invoice_date="2026-02-17",
        due_date="2026-03-03",
        vendor_name="Harcourt Energy Ltd",
        amount=net,
        vat=vat,
        total=tot,
        currency="GBP",
        locale="en-GB",
        line_items=[li(d, 1, v, v) for d, v in rows],
        note=f"Image-only PDF; energy statement with a carried balance: 'Amount to pay' \u00a3{us(close)} differs from the statement's new charges \u00a3{us(tot)} (keyed total); VAT 5%; pence unit rates; negative discount line.",
    )


def i16(name, rng):
    """IT SaaS / hosting invoice, IVA 22 %, bank details, PDF."""
    buf, pg = new_pdf(name)
    W, H = pg.w, pg.h
    pg.t(W / 2, H - 60, "NUVOLA SICURA", "DVS-B", 22, "c", col=(0.25, 0.25, 0.6))
    pg.t(
        W / 2,
        H - 76,
        "Nuvola Sicura S.r.l. \u2013 Corso Buenos Aires 54 \u2013 20124 Milano \u2013 P.IVA e C.F. 11047182963",
        "DVS",
        8,
        "c",
    )
    pg.line(60, H - 84, W - 60, H - 84, 0.8, (0.25, 0.25, 0.6))
    pg.t(60, H - 115, "FATTURA N. 118/2026", "DVS-B", 13)
    meta = [
        ("Data", "31/01/2026"),
        ("Codice cliente", "NS-0447"),
        ("Ordine n.", "ORD-2026-0031"),
        ("Periodo", "gennaio 2026"),
        ("Scadenza pagamento", "28/02/2026"),
    ]
    for k, (a, b) in enumerate(meta):
        pg.t(60, H - 135 - k * 12, a + ":", "DVS", 9)
        pg.t(170, H - 135 - k * 12, b, "DVS", 9)
    for k, s in enumerate(
        [
            "Spett.le",
            "Farmacia San Rocco di Bellini Dott.ssa Elena",
            "Via Garibaldi 9",
            "37121 Verona (VR)",
            "P.IVA 04418720231 \u2013 SDI M5UXCR1",
        ]
    ):
        pg.t(310, H - 135 - k * 12, s, "DVS", 9)
    rows = [
        ("Gestionale cloud FarmaNube \u2013 canone mensile", 1, D("89.00")),
        ("Postazioni aggiuntive", 3, D("12.50")),
        ("Backup remoto 200 GB eccedenti", 4, D("2.75")),
        ("Attivazione postazione dal 20/01 (12/31 gg)", 1, D(Decimal("12.50") * 12 / 31)),
        ("Assistenza remota (ore)", Decimal("1.5"), D("55.00")),
    ]
    calc = [(d, q, u, D(u * q)) for d, q, u in rows]
    net = sum(r[3] for r in calc)
    vat = D(net * Decimal("0.22"))
    tot = net + vat
    y = H - 220
    pg.rect(60, y - 4, W - 120, 15, fill=(0.9, 0.9, 0.97), stroke=0)
    y = table(
        pg,
        y,
        [(66, "l"), (370, "r"), (440, "r"), (W - 66, "r")],
        [(d, str(q).replace(".", ","), eu(u), eu(a)) for d, q, u, a in calc],
        f="DVS",
        hf="DVS-B",
        sz=8.6,
        lead=16,
        head=["Descrizione", "Q.t\u00e0", "Prezzo", "Importo"],
        rule=False,
    )
    pg.line(320, y + 8, W - 60, y + 8)
    for lab, v, f in [
        ("Imponibile", net, "DVS"),
        ("IVA 22%", vat, "DVS"),
        ("Totale documento \u20ac", tot, "DVS-B"),
    ]:
        pg.t(330, y - 4, lab, f, 9.5)
        pg.t(W - 66, y - 4, eu(v), f, 9.5, "r")
        y -= 16
    pg.t(
        60,
        y - 20,
        "Pagamento: bonifico bancario a 30 gg d.f. \u2013 Banca Intesa \u2013 IBAN IT28 W030 6909 6061 0000 0118 447",
        "DVS",
        8.5,
    )
    pg.t(
        60,
        y - 33,
        "Copia di cortesia: l'originale \u00e8 trasmesso tramite Sistema di Interscambio (SdI).",
        "DVS",
        8.5,
    )
    pg.t(
        W / 2,
        40,
        "Capitale sociale \u20ac 10.000 i.v. \u2013 REA MI-2584471 \u2013 PEC nuvolasicura@pec.it",
        "DVS",
        7,
        "c",
    )
    pg.done()
    return buf.getvalue(), T(
        invoice_number="118/2026",
        invoice_date="2026-01-31",
        due_date="2026-02-28",
        vendor_name="Nuvola Sicura S.r.l.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="it-IT",
        line_items=[li(d, q, u, a) for d, q, u, a in calc],
        note="Italian SaaS 'copia di cortesia' invoice; number printed as 'N. 118/2026'; customer code and order number beside it; fractional quantity 1,5; pro-rated line; 'Totale documento'.",
    )


# ---------------------------------------------------------------- receipts
BOLD = {
    "Courier": "Courier-Bold",
    "Helvetica": "Helvetica-Bold",
    "DVM": "DVM-B",
    "DVC": "DVC-B",
    "DV": "DV-B",
    "Times-Roman": "Times-Bold",
}


class Roll:
    """A till roll as long as its content; rows are laid out first, then drawn on a page of the right height."""

    def __init__(self, name, wmm=80, font="Courier", sz=8.0, lead=1.3, margin=9):
        self.name, self.W, self.f, self.sz, self.lead, self.m = (
            name,
            wmm * mm,
            font,
            sz,
            lead,
            margin,
        )
        self.ops = []

    def row(self, cells, sz=None, bold=False, f=None):
        sz = sz or self.sz
        f = f or self.f
        if bold:
            f = BOLD.get(f, f)
        inner = self.W - 2 * self.m

        def draw(pg, yt):
            for cell in cells:
                s, a = cell[0], cell[1]
                if len(cell) > 2:
                    x = self.m + cell[2] * inner
                else:
                    x = {"l": self.m, "r": self.W - self.m, "c": self.W / 2}[a]
                pg.t(x, yt - sz * 0.85, s, f, sz, a)

        self.ops.append((sz * self.lead, draw))

    def c(self, s, **k):
        self.row([(s, "c")], **k)

    def l(self, s, **k):  # noqa: E743
        self.row([(s, "l")], **k)

    def lr(self, a, b, **k):
        self.row([(a, "l"), (b, "r")], **k)

    def sep(self, ch="-"):
        n = int((self.W - 2 * self.m) / pdfmetrics.stringWidth(ch, self.f, self.sz))
        self.row([(ch * n, "c")])

    def gap(self, h=5):
        self.ops.append((h, lambda pg, yt: None))

    def bars(self, h=26):
        def draw(pg, yt):
            pg.bars(self.m + 12, yt - h, self.W - 2 * self.m - 24, h - 3, self.rng)

        self.ops.append((h + 2, draw))

    def qr(self, s=62):
        def draw(pg, yt):
            pg.qr(self.W / 2 - s / 2, yt - s, s, self.rng)

        self.ops.append((s + 4, draw))

    def logo(self, fn, h):
        self.ops.append((h, fn))

    def pdf(self, rng):
        self.rng = rng
        H = sum(h for h, _ in self.ops) + 2 * self.m + 6
        buf, pg = new_pdf(self.name, (self.W, H))
        y = H - self.m
        for h, fn in self.ops:
            fn(pg, y)
            y -= h
        pg.done()
        return buf.getvalue()


def RT(**k):
    base = {"due_date": None, "layout": "receipt", "document_type": "receipt", "line_items": []}
    base.update(k)
    return base


def r01(name, rng):
    """MY restaurant: service charge 10 %, service tax 6 %, rounding adjustment, cash."""
    r = Roll(name, 80, "Courier", 8.2)
    r.c("RESTORAN SELERA KAMPUNG SDN. BHD.", bold=True, sz=9)
    r.c("(Co. Reg. 201401018822 / 1094471-T)", sz=7)
    r.c("No. 12, Jalan SS 15/4, 47500 Subang Jaya", sz=7.4)
    r.c("Selangor. Tel: 03-5631 8844", sz=7.4)
    r.c("SST Reg No: B16-1808-31004471", sz=7.4)
    r.gap()
    r.c("TAX INVOICE", bold=True)
    r.lr("Invoice No: SK0126-004871", "Table: 14")
    r.lr("Date: 23/01/2026 13:42", "Cashier: AZLAN")
    r.lr("Pax: 4", "")
    r.sep()
    r.row([("Qty", "l"), ("Item", "l", 0.12), ("Amount", "r")])
    r.sep()
    items = [
        ("Nasi Lemak Ayam Goreng", 2, D("12.90")),
        ("Mee Goreng Mamak", 1, D("9.50")),
        ("Roti Canai", 3, D("1.80")),
        ("Teh Tarik (Panas)", 2, D("3.20")),
        ("Air Limau Ais", 1, D("3.00")),
        ("Kuih Muih (set)", 1, D("6.00")),
    ]
    sub = D(0)
    lines = []
    for d, q, u in items:
        a = D(u * q)
        sub += a
        r.row([(str(q), "l"), (d, "l", 0.12), (f"{a:.2f}", "r")])
        lines.append(li(d, q, u, a))
    r.sep()
    svc = D(sub * Decimal("0.10"))
    net = sub + svc
    sst = D(net * Decimal("0.06"))
    gross = net + sst
    tot = rq(gross)
    rnd = tot - gross
    cash = D("100.00")
    for a, b in [
        ("Sub Total", sub),
        ("Service Charge 10%", svc),
        ("Service Tax 6%", sst),
        ("Total Incl. Tax", gross),
        ("Rounding Adj", rnd),
    ]:
        r.lr(a, f"{b:.2f}")
    r.lr("TOTAL (RM)", f"{tot:.2f}", bold=True, sz=10)
    r.lr("CASH", f"{cash:.2f}")
    r.lr("CHANGE", f"{cash - tot:.2f}")
    r.sep("=")
    r.c("SST Summary      Amount(RM)    Tax(RM)", sz=7.4)
    r.c(f"Service Tax 6%   {net:>10.2f} {sst:>10.2f}", sz=7.4)
    r.sep("=")
    r.c("TERIMA KASIH, SILA DATANG LAGI", sz=7.6)
    r.c("Goods sold are not refundable", sz=7)
    return r.pdf(rng), RT(
        invoice_number="SK0126-004871",
        invoice_date="2026-01-23",
        vendor_name="RESTORAN SELERA KAMPUNG SDN. BHD.",
        amount=net,
        vat=sst,
        rounding=rnd,
        total=tot,
        currency="MYR",
        locale="en-MY",
        line_items=lines,
        note="Malaysian restaurant: 10% service charge kept in net (it is not a tip), service tax 6% on subtotal+service, printed rounding adjustment to 0.05; SST summary table; cash and change; grey 150 dpi scan.",
    )


def r02(name, rng):
    """MY car workshop: service tax 8 % on labour only, tax summary by code, card."""
    r = Roll(name, 80, "DVM", 7.2)
    r.c("BENGKEL AUTO MAJU JAYA SDN BHD", bold=True, sz=8.6)
    r.c("(201901033418)", sz=6.8)
    r.c("Lot 22, Jalan Perindustrian Bukit Minyak 7", sz=6.8)
    r.c("14100 Simpang Ampat, Pulau Pinang", sz=6.8)
    r.c("SST ID: P11-2203-32000118", sz=6.8)
    r.gap()
    r.c("RESIT / RECEIPT", bold=True)
    r.l("Doc No : CS26-02-00318")
    r.l("Date   : 17-02-2026  10:05")
    r.l("Veh No : PKR 4471   Odo: 58,210 km")
    r.sep()
    r.row([("Description", "l"), ("Qty", "r", 0.56), ("Amt", "r", 0.82), ("Tx", "r")])
    r.sep()
    items = [
        ("Engine Oil 5W-30 4L", 1, D("138.00"), "X"),
        ("Oil Filter", 1, D("22.00"), "X"),
        ("Drain Plug Washer", 1, D("2.50"), "X"),
        ("Labour - Service", 1, D("45.00"), "SV"),
        ("Wheel Alignment", 1, D("40.00"), "SV"),
        ("Tyre Rotation", 1, D("20.00"), "SV"),
    ]
    sums = {"SV": D(0), "X": D(0)}
    lines = []
    for d, q, u, code in items:
        a = D(u * q)
        sums[code] += a
        r.row([(d, "l"), (str(q), "r", 0.56), (f"{a:.2f}", "r", 0.82), (code, "r")])
        lines.append(li(d, q, u, a))
    r.sep()
    net = sums["SV"] + sums["X"]
    tax = D(sums["SV"] * Decimal("0.08"))
    gross = net + tax
    tot = rq(gross)
    rnd = tot - gross
    r.lr("Total Excl. Tax", f"{net:.2f}")
    r.lr("Service Tax 8%", f"{tax:.2f}")
    r.lr("Rounding Adjustment", f"{rnd:.2f}")
    r.lr("TOTAL AMOUNT RM", f"{tot:.2f}", bold=True, sz=8.6)
    r.lr("VISA  XXXX-XXXX-XXXX-5521", f"{tot:.2f}")
    r.sep()
    r.l("Tax Summary   Code  Amount(RM)  Tax(RM)")
    r.l(f"Service 8%    SV  {sums['SV']:>10.2f} {tax:>8.2f}")
    r.l(f"Not taxable   X   {sums['X']:>10.2f} {D(0):>8.2f}")
    r.sep()
    r.c("Next service: 63,210 km or 17-08-2026", sz=6.8)
    r.c("Thank you. Drive safely!", sz=6.8)
    return r.pdf(rng), RT(
        invoice_number="CS26-02-00318",
        invoice_date="2026-02-17",
        vendor_name="BENGKEL AUTO MAJU JAYA SDN BHD",
        amount=net,
        vat=tax,
        rounding=rnd,
        total=tot,
        currency="MYR",
        locale="en-MY",
        line_items=lines,
        note="Malaysian workshop receipt: service tax 8% only on labour lines (code SV), parts code X; tax summary table; rounding adjustment; odometer/vehicle numbers near the doc number; faded colour scan.",
    )


def r03(name, rng):
    """SG restaurant: 10 % service charge then 9 % GST, card, photo."""
    r = Roll(name, 76, "Helvetica", 8)
    r.c("PEPPERWOOD BISTRO", bold=True, sz=12)
    r.c("Pepperwood F&B Pte. Ltd.", sz=7.5)
    r.c("8 Raffles Avenue #02-17, Singapore 039802", sz=7)
    r.c("GST Reg No: 201723318K", sz=7)
    r.gap()
    r.lr("Check: 40771", "Table 22 / 3 pax")
    r.lr("15 Mar 2026", "20:41")
    r.lr("Server: Wei Ling", "")
    r.sep()
    items = [
        ("Truffle Fries", 1, D("14.00")),
        ("Beef Rendang Pasta", 1, D("26.00")),
        ("Chilli Crab Linguine", 1, D("29.00")),
        ("Caesar Salad", 1, D("18.00")),
        ("Iced Lemon Tea", 2, D("6.50")),
        ("Tiger Draught Pint", 1, D("15.00")),
    ]
    sub = D(0)
    lines = []
    for d, q, u in items:
        a = D(u * q)
        sub += a
        r.lr(f"{q}  {d}", f"{a:.2f}")
        lines.append(li(d, q, u, a))
    r.sep()
    svc = D(sub * Decimal("0.10"))
    net = sub + svc
    gst = D(net * Decimal("0.09"))
    tot = net + gst
    for a, b in [("Subtotal", sub), ("Service Charge 10%", svc), ("GST 9%", gst)]:
        r.lr(a, f"{b:.2f}")
    r.lr("TOTAL S$", f"{tot:.2f}", bold=True, sz=11)
    r.lr("MASTERCARD", f"{tot:.2f}")
    r.sep()
    r.c("- - - - CARDHOLDER COPY - - - -", sz=7)
    r.l("MID: 000010447182   TID: 71882044", sz=7)
    r.l("MASTERCARD  ************8812  CONTACTLESS", sz=7)
    r.l(f"SALE   SGD {tot:.2f}   APPR CODE 604417", sz=7)
    r.gap(4)
    r.c("Thank you & see you again!", sz=7.5)
    return r.pdf(rng), RT(
        invoice_number="40771",
        invoice_date="2026-03-15",
        vendor_name="Pepperwood F&B Pte. Ltd.",
        amount=net,
        vat=gst,
        total=tot,
        currency="SGD",
        locale="en-SG",
        line_items=lines,
        note="Singapore restaurant: brand PEPPERWOOD BISTRO, legal name Pepperwood F&B Pte. Ltd. keyed; 10% service charge kept in net, GST 9% on subtotal+service; card slip stub; phone photo.",
    )


def r04(name, rng):
    """SG supermarket: GST-inclusive prices, member savings, NETS, downscaled scan."""
    r = Roll(name, 80, "Courier", 7.8)
    r.c("FRESHMART", bold=True, sz=14, f="Helvetica")
    r.c("FreshMart Supermarkets Pte Ltd", sz=7.4)
    r.c("Blk 221 Toa Payoh Lor 8 #01-12 S(310221)", sz=7.4)
    r.c("Co/GST Reg No: 199904471M", sz=7.4)
    r.sep()
    items = [
        ("GARDENIA WHITE BREAD 600G", 1, D("2.95")),
        ("MEIJI FRESH MILK 2L", 1, D("6.45")),
        ("THAI HOM MALI RICE 5KG", 1, D("13.90")),
        ("KAILAN 300G", 2, D("1.85")),
        ("CHICKEN WINGS 1KG", 1, D("7.20")),
        ("EGGS 30S", 1, D("8.60")),
        ("MILO 3IN1 18S", 1, D("8.25")),
    ]
    sub = D(0)
    lines = []
    for d, q, u in items:
        a = D(u * q)
        sub += a
        if q > 1:
            r.l(d)
            r.lr(f"  {q} @ {u:.2f}", f"{a:.2f}")
        else:
            r.lr(d, f"{a:.2f}")
        lines.append(li(d, q, u, a))
    disc = D("-1.50")
    r.lr("  MEMBER SAVINGS MILO", f"{disc:.2f}")
    tot = sub + disc
    gst = D(tot * 9 / 109)
    net = tot - gst
    r.sep()
    r.lr(f"TOTAL ({len(items) + 1} ITEMS)", f"{tot:.2f}", bold=True, sz=9)
    r.lr("NETS", f"{tot:.2f}")
    r.lr("CHANGE", "0.00")
    r.gap(3)
    r.lr("GST 9% INCLUDED", f"{gst:.2f}")
    r.lr("TOTAL EXCL GST", f"{net:.2f}")
    r.sep()
    r.l("RCPT: 0214-07-118442   POS 07")
    r.l("09/03/2026 18:22:41   CSH: 1044")
    r.bars(24)
    r.c("Thank you for shopping with us", sz=7.4)
    return r.pdf(rng), RT(
        invoice_number="0214-07-118442",
        invoice_date="2026-03-09",
        vendor_name="FreshMart Supermarkets Pte Ltd",
        amount=net,
        vat=gst,
        total=tot,
        currency="SGD",
        locale="en-SG",
        line_items=lines,
        note="Singapore supermarket, prices include GST 9% (vat = printed 'GST 9% included'); member saving line; receipt number at the bottom; scan downscaled to ~650 px wide.",
    )


def _items(r, items, fmtf=lambda v: f"{v:.2f}", style="lr"):
    tot = D(0)
    lines = []
    for d, q, u in items:
        a = D(u * q)
        tot += a
        if style == "lr":
            r.lr(f"{d}" if q == 1 else f"{q} x {d}", fmtf(a))
        else:
            r.row([(d, "l"), (str(q), "r", 0.6), (fmtf(a), "r")])
        lines.append(li(d, q, u, a))
    return tot, lines


def r05(name, rng):
    """MY bakery, no tax, rounding adj, cash, faded thermal."""
    r = Roll(name, 58, "Courier", 7.2, margin=6)
    r.c("KEDAI ROTI HARUM MANIS", bold=True, sz=8)
    r.c("(JM0874471-U)", sz=6.6)
    r.c("88 Jalan Tun Abdul Razak", sz=6.6)
    r.c("80000 Johor Bahru", sz=6.6)
    r.sep()
    r.l("Bill#: HM-260214-0093")
    r.l("14/02/2026  08:11")
    r.sep()
    sub, lines = _items(
        r,
        [
            ("Roti Kaya", 2, D("2.60")),
            ("Bun Kelapa", 3, D("1.90")),
            ("Kek Pandan /kg", Decimal("0.42"), D("34.90")),
            ("Curry Puff", 4, D("1.40")),
            ("Kopi O", 1, D("2.20")),
        ],
    )
    r.sep()
    tot = rq(sub)
    rnd = tot - sub
    r.lr("Subtotal", f"{sub:.2f}")
    r.lr("Rounding Adj", f"{rnd:.2f}")
    r.lr("TOTAL RM", f"{tot:.2f}", bold=True)
    r.lr("Cash", "50.00")
    r.lr("Change", f"{D(50) - tot:.2f}")
    r.sep()
    r.c("Terima kasih!", sz=6.8)
    return r.pdf(rng), RT(
        invoice_number="HM-260214-0093",
        invoice_date="2026-02-14",
        vendor_name="KEDAI ROTI HARUM MANIS",
        amount=sub,
        vat=None,
        rounding=rnd,
        total=tot,
        currency="MYR",
        locale="en-MY",
        line_items=lines,
        note="58 mm Malaysian bakery roll, no tax printed (vat null), rounding adjustment to 0.05, cash/change; thermal fading on a grey 150 dpi scan.",
    )


def r06(name, rng):
    """US diner, NY sales tax, handwritten-style tip on the card slip, photo."""
    r = Roll(name, 80, "Courier", 8)
    r.c("THE SILVER SPOON DINER", bold=True, sz=10.5)
    r.c("Silver Spoon Diner Corp.", sz=7.5)
    r.c("2290 Broadway, New York, NY 10024", sz=7.5)
    r.c("(212) 555-0193", sz=7.5)
    r.sep()
    r.lr("Server: Tony", "Table 9")
    r.lr("Check #3318", "Guests: 2")
    r.lr("03/14/2026", "12:47 PM")
    r.sep()
    sub, lines = _items(
        r,
        [
            ("Pancake Stack", 1, D("13.95")),
            ("Western Omelette", 1, D("15.50")),
            ("Side Bacon", 1, D("5.25")),
            ("Coffee", 2, D("3.25")),
            ("OJ Large", 1, D("5.95")),
        ],
    )
    r.sep()
    tax = D(sub * Decimal("0.08875"))
    amt = sub + tax
    tip = D("9.00")
    tot = amt + tip
    r.lr("Subtotal", f"{sub:.2f}")
    r.lr("Sales Tax 8.875%", f"{tax:.2f}")
    r.lr("Amount", f"{amt:.2f}", bold=True)
    r.gap(6)
    r.c("*** CUSTOMER COPY ***", sz=7.5)
    r.l("VISA ************0419   Auth 08812K", sz=7.5)
    r.lr("Amount:", f"${amt:.2f}")
    r.lr("+ Tip:", f"${tip:.2f}")
    r.lr("= Total:", f"${tot:.2f}", bold=True)
    r.gap(8)
    r.l("X______________________________", sz=7.5)
    r.c("Thank you! Come again", sz=7.5)
    return r.pdf(rng), RT(
        invoice_number="3318",
        invoice_date="2026-03-14",
        vendor_name="Silver Spoon Diner Corp.",
        amount=sub,
        vat=tax,
        tip=tip,
        total=tot,
        currency="USD",
        locale="en-US",
        line_items=lines,
        note="NY diner check with card-slip section: 'Amount' is food+tax, a $9.00 tip is added to reach the keyed total; brand vs legal name (legal name keyed); phone photo.",
    )


def r07(name, rng):
    """US hardware store, Ohio sales tax, cash & change, image-only PDF."""
    r = Roll(name, 80, "Helvetica", 7.8)
    r.c("BUCKEYE HARDWARE & SUPPLY", bold=True, sz=10)
    r.c("Buckeye Hardware & Supply Co.", sz=7.2)
    r.c("1550 N High St, Columbus, OH 43201", sz=7.2)
    r.c("614-555-0127", sz=7.2)
    r.sep()
    r.lr("TRANS# 20418", "REG 02")
    r.lr("02/27/2026 4:18 PM", "CASHIER: DEB")
    r.sep()
    items = [
        ("2x4x8 STUD KD", 6, D("4.28")),
        ("DECK SCREW #9 3IN 1LB", 2, D("11.97")),
        ("GORILLA WOOD GLUE 8OZ", 1, D("6.49")),
        ("SANDPAPER 120G 5PK", 1, D("5.99")),
        ("PAINTERS TAPE 1.88IN", 2, D("7.48")),
    ]
    sub = D(0)
    lines = []
    for d, q, u in items:
        a = D(u * q)
        sub += a
        r.l(d)
        r.lr(f"     {q} @ {u:.2f}", f"{a:.2f} T")
        lines.append(li(d, q, u, a))
    r.sep()
    tax = D(sub * Decimal("0.08"))
    tot = sub + tax
    r.lr("SUBTOTAL", f"{sub:.2f}")
    r.lr("T = OH FRANKLIN CO TAX 8.000%", f"{tax:.2f}")
    r.lr("TOTAL", f"{tot:.2f}", bold=True, sz=10)
    r.lr("CASH TEND", "120.00")
    r.lr("CHANGE DUE", f"{D(120) - tot:.2f}")
    r.sep()
    r.c(f"ITEMS SOLD {sum(q for _, q, _ in items)}", sz=7.2)
    r.bars(24)
    r.c("0204182602270218", sz=7)
    r.c("Returns within 30 days with receipt", sz=7)
    return r.pdf(rng), RT(
        invoice_number="20418",
        invoice_date="2026-02-27",
        vendor_name="Buckeye Hardware & Supply Co.",
        amount=sub,
        vat=tax,
        total=tot,
        currency="USD",
        locale="en-US",
        line_items=lines,
        note="Image-only PDF of a scanned hardware receipt; Ohio county sales tax 8%; qty @ price lines with 'T' taxable flags; cash tendered and change due; transaction number keyed.",
    )


def r08(name, rng):
    """UK pub, VAT-inclusive prices, discretionary service charge (keyed as tip), photo."""
    r = Roll(name, 80, "DVM", 7.4)
    r.c("THE DRAYMAN'S ARMS", bold=True, sz=10, f="DV")
    r.c("Drayman Inns Ltd", sz=7)
    r.c("41 Narrow Street, London E14 8DP", sz=7)
    r.c("VAT No. GB 402 7718 44", sz=7)
    r.sep()
    r.lr("Tab 57  Cover 4", "Staff: Priya")
    r.lr("Order 114-0057", "06/03/2026 21:15")
    r.sep()
    items = [
        ("Fish & Chips", 2, D("17.50")),
        ("Pie of the Day", 1, D("16.95")),
        ("Sticky Toffee Pudding", 2, D("7.50")),
        ("Pint London Pride", 3, D("6.40")),
        ("Lime & Soda", 1, D("2.80")),
    ]
    gross, lines = _items(r, items, lambda v: "\u00a3" + f"{v:.2f}")
    vat = D(gross / 6)
    net = gross - vat
    svc = D(gross * Decimal("0.125"))
    tot = gross + svc
    r.sep()
    r.lr("Subtotal", f"\u00a3{gross:.2f}")
    r.lr("Discretionary service 12.5%", f"\u00a3{svc:.2f}")
    r.lr("TOTAL", f"\u00a3{tot:.2f}", bold=True, sz=9)
    r.lr("Card (Visa Debit)", f"\u00a3{tot:.2f}")
    r.sep()
    r.l("VAT Summary     Net     VAT    Gross")
    r.l(f"20.00%      {net:>7.2f} {vat:>7.2f} {gross:>8.2f}")
    r.l("Service charge is outside the scope of VAT")
    r.sep()
    r.c("CARDHOLDER COPY - PLEASE RETAIN", sz=6.8)
    r.l(f"VISA DEBIT **** 7731  ICC  \u00a3{tot:.2f}", sz=6.8)
    r.l("AUTH CODE: 118442  PIN VERIFIED", sz=6.8)
    return r.pdf(rng), RT(
        invoice_number="114-0057",
        invoice_date="2026-03-06",
        vendor_name="Drayman Inns Ltd",
        amount=net,
        vat=vat,
        tip=svc,
        total=tot,
        currency="GBP",
        locale="en-GB",
        line_items=lines,
        note="UK pub bill with VAT-inclusive prices (VAT = 1/6 of food and drink); a discretionary 12.5% service charge outside VAT scope is keyed as tip; brand vs legal name; card slip stub; phone photo.",
    )


def r09(name, rng):
    """UK supermarket e-receipt (born-digital), VAT codes A/Z with summary."""
    r = Roll(name, 80, "Helvetica", 8)
    r.c("Hartley's Food Hall", bold=True, sz=13)
    r.c("Hartley's Food Hall Ltd \u00b7 Store 0214 Bath", sz=7)
    r.c("VAT Reg. 771 8204 18", sz=7)
    r.sep()
    items = [
        ("Sourdough Loaf", 1, D("3.20"), "Z"),
        ("Semi Skimmed Milk 4pt", 1, D("1.65"), "Z"),
        ("Cheddar Mature 400g", 1, D("4.10"), "Z"),
        ("Sparkling Water 6x500ml", 1, D("3.50"), "A"),
        ("Dark Chocolate 100g", 2, D("1.95"), "A"),
        ("Washing Up Liquid", 1, D("2.25"), "A"),
        ("Bananas Loose 0.915kg @ \u00a31.10/kg", 1, D("1.01"), "Z"),
    ]
    ga = gz = D(0)
    lines = []
    for d, q, u, code in items:
        a = D(u * q)
        if code == "A":
            ga += a
        else:
            gz += a
        r.lr(d if q == 1 else f"{d} x{q}", f"\u00a3{a:.2f} {code}")
        lines.append(li(d, q, u, a))
    promo = D("-0.90")
    ga += promo
    r.lr("  Chocolate 2 for \u00a33.00", f"-\u00a3{-promo:.2f} A")
    tot = ga + gz
    vat = D(ga / 6)
    net = tot - vat
    r.sep()
    r.lr(f"{len(items) + 1} items   BALANCE DUE", f"\u00a3{tot:.2f}", bold=True, sz=9)
    r.lr("Contactless Mastercard", f"\u00a3{tot:.2f}")
    r.sep()
    r.row([("VAT", "l"), ("Rate", "l", 0.2), ("Goods", "r", 0.62), ("VAT", "r")])
    r.row(
        [("A", "l"), ("20%", "l", 0.2), (f"\u00a3{ga:.2f}", "r", 0.62), (f"\u00a3{vat:.2f}", "r")]
    )
    r.row([("Z", "l"), ("0%", "l", 0.2), (f"\u00a3{gz:.2f}", "r", 0.62), ("\u00a30.00", "r")])
    r.sep()
    r.lr("Receipt 0214-03-55812", "04 Apr 2026 11:02")
    r.qr(58)
    r.c("Scan for your digital receipt", sz=7)
    return r.pdf(rng), RT(
        invoice_number="0214-03-55812",
        invoice_date="2026-04-04",
        vendor_name="Hartley's Food Hall Ltd",
        amount=net,
        vat=vat,
        total=tot,
        currency="GBP",
        locale="en-GB",
        line_items=lines,
        note="Born-digital UK supermarket e-receipt; VAT code A 20% / Z 0% per line, prices VAT-inclusive, multibuy promo on A items; VAT summary table; weighed item with unit price in the description.",
    )


def r10(name, rng):
    """IN restaurant: CGST 2.5 % + SGST 2.5 %, round off, grey scan."""
    r = Roll(name, 80, "Courier", 7.8)
    r.c("HOTEL ANNAPOORNA", bold=True, sz=11)
    r.c("Sri Annapoorna Hospitality Pvt Ltd", sz=7.2)
    r.c("72, Anna Salai, Chennai - 600002", sz=7.2)
    r.c("GSTIN: 33AACCS8821Q1ZK", sz=7.2)
    r.c("FSSAI Lic No: 12419004000471", sz=7.2)
    r.sep()
    r.lr("Bill No: 18842", "Table: A7")
    r.lr("Date: 11/03/2026", "Time: 20:14")
    r.lr("Steward: Murugan", "Pax: 3")
    r.sep()
    r.row([("Item", "l"), ("Qty", "r", 0.55), ("Rate", "r", 0.75), ("Amt", "r")])
    r.sep()
    items = [
        ("Masala Dosa", 2, D("95.00")),
        ("Ghee Roast", 1, D("140.00")),
        ("Veg Meals", 1, D("180.00")),
        ("Filter Coffee", 3, D("40.00")),
        ("Gulab Jamun (2)", 1, D("70.00")),
    ]
    sub = D(0)
    lines = []
    for d, q, u in items:
        a = D(u * q)
        sub += a
        r.row([(d, "l"), (str(q), "r", 0.55), (f"{u:.2f}", "r", 0.75), (f"{a:.2f}", "r")])
        lines.append(li(d, q, u, a))
    r.sep()
    cg = D(sub * Decimal("0.025"))
    sg = cg
    gross = sub + cg + sg
    tot = gross.quantize(Decimal(1), ROUND_HALF_UP).quantize(Q)
    rnd = tot - gross
    r.lr("Sub Total", f"{sub:.2f}")
    r.lr("CGST @ 2.5%", f"{cg:.2f}")
    r.lr("SGST @ 2.5%", f"{sg:.2f}")
    r.lr("Round Off", f"{rnd:+.2f}")
    r.lr("NET AMOUNT Rs.", f"{tot:.2f}", bold=True, sz=9.5)
    r.lr("Paid: CASH", f"{D(1000):.2f}")
    r.lr("Balance", f"{D(1000) - tot:.2f}")
    r.sep()
    r.c("Thank You! Visit Again", sz=7.2)
    return r.pdf(rng), RT(
        invoice_number="18842",
        invoice_date="2026-03-11",
        vendor_name="Sri Annapoorna Hospitality Pvt Ltd",
        amount=sub,
        vat=cg + sg,
        rounding=rnd,
        total=tot,
        currency="INR",
        locale="en-IN",
        line_items=lines,
        note="Indian restaurant bill: CGST 2.5% + SGST 2.5% (vat = both), Round Off to whole rupees, 'NET AMOUNT' is the total; brand HOTEL ANNAPOORNA vs legal name keyed; grey scan.",
    )


def r11(name, rng):
    """IN pharmacy: MRP-inclusive, GST 12 % / 5 % breakup, round off, photo."""
    r = Roll(name, 80, "DVM", 7)
    r.c("SANJEEVANI MEDICALS", bold=True, sz=10, f="DV")
    r.c("Sanjeevani Medicals & General Stores", sz=6.8)
    r.c("Shop 4, Sector 18 Market, Noida, UP 201301", sz=6.8)
    r.c("GSTIN: 09ABKPS4471R1ZD  DL: UP16/20B/1184", sz=6.8)
    r.sep()
    r.lr("Inv No: SM/2526/08841", "Dt: 19-03-2026")
    r.l("Patient: Mr. R. Khanna   Dr. A. Mehta")
    r.sep()
    r.row([("Item", "l"), ("HSN", "l", 0.44), ("Qty", "r", 0.66), ("GST", "r", 0.78), ("Amt", "r")])
    r.sep()
    items = [
        ("Pantoprazole 40mg", "3004", 2, D("112.40"), 12),
        ("Paracetamol 650 15s", "3004", 2, D("33.50"), 12),
        ("Vitamin D3 60K 4s", "3004", 1, D("128.00"), 12),
        ("Cotton Roll 100g", "3005", 1, D("62.00"), 5),
        ("Hand Sanitizer 500ml", "3808", 1, D("245.00"), 18),
    ]
    byr = {}
    lines = []
    gross = D(0)
    for d, h, q, u, g in items:
        a = D(u * q)
        gross += a
        byr[g] = byr.get(g, D(0)) + a
        r.row(
            [(d, "l"), (h, "l", 0.44), (str(q), "r", 0.66), (f"{g}%", "r", 0.78), (f"{a:.2f}", "r")]
        )
        lines.append(li(d, q, u, a))
    r.sep()
    r.l("GST%  Taxable    CGST    SGST")
    net = vat = D(0)
    for g in sorted(byr):
        t = D(byr[g] * 100 / (100 + g))
        cg = D((byr[g] - t) / 2)
        sg = byr[g] - t - cg
        net += t
        vat += cg + sg
        r.l(f"{g:>3}% {t:>9.2f} {cg:>7.2f} {sg:>7.2f}")
    tot = gross.quantize(Decimal(1), ROUND_HALF_UP).quantize(Q)
    rnd = tot - gross
    r.sep()
    r.lr("Gross (MRP incl. GST)", f"{gross:.2f}")
    r.lr("Round Off", f"{rnd:.2f}")
    r.lr("NET PAYABLE", f"Rs. {tot:.2f}", bold=True, sz=8.5)
    r.lr("Paid by UPI", f"{tot:.2f}")
    r.sep()
    r.c("Medicines once sold will not be taken back", sz=6.5)
    r.c("Get well soon", sz=6.5)
    return r.pdf(rng), RT(
        invoice_number="SM/2526/08841",
        invoice_date="2026-03-19",
        vendor_name="Sanjeevani Medicals & General Stores",
        amount=net,
        vat=vat,
        rounding=rnd,
        total=tot,
        currency="INR",
        locale="en-IN",
        line_items=lines,
        note="Indian pharmacy bill, MRP prices include GST at 5/12/18%; GST breakup table (taxable, CGST, SGST per rate), net = sum of taxable values; Round Off; HSN column; phone photo.",
    )


def r12(name, rng):
    """AU cafe, born-digital tax invoice, GST included, card surcharge."""
    r = Roll(name, 80, "Helvetica", 8.2, margin=11)

    def logo(pg, yt):
        pg.c.setFillColorRGB(0.35, 0.2, 0.1)
        pg.c.circle(r.W / 2, yt - 16, 14, stroke=0, fill=1)
        pg.c.setFillColorRGB(1, 1, 1)
        pg.t(r.W / 2, yt - 20, "LB", "Helvetica-Bold", 11, "c", col=(1, 1, 1))

    r.logo(logo, 36)
    r.c("Little Bay Coffee Roasters", bold=True, sz=11)
    r.c("Little Bay Coffee Pty Ltd", sz=7.2)
    r.c("ABN 51 618 447 209", sz=7.2)
    r.c("3/44 Campbell Pde, Bondi Beach NSW 2026", sz=7.2)
    r.gap(4)
    r.c("TAX INVOICE", bold=True, sz=9)
    r.c("Receipt #LB-2-4471", sz=7.6)
    r.c("Sat 21 March 2026, 9:12 am", sz=7.6)
    r.sep("\u2013")
    sub, lines = _items(
        r,
        [
            ("Flat White (Oat)", 2, D("6.20")),
            ("Long Black", 1, D("5.00")),
            ("Smashed Avo on Sourdough", 1, D("21.50")),
            ("Banana Bread", 1, D("7.50")),
        ],
        lambda v: f"${v:.2f}",
    )
    sur = D(sub * Decimal("0.015"))
    tot = sub + sur
    gst = D(tot / 11)
    r.sep("\u2013")
    r.lr("Subtotal", f"${sub:.2f}")
    r.lr("Card surcharge 1.5%", f"${sur:.2f}")
    r.lr("Total", f"${tot:.2f}", bold=True, sz=10)
    r.lr("GST included in total", f"${gst:.2f}")
    r.gap(4)
    r.lr("EFTPOS Visa \u2022\u2022\u2022\u2022 2291", f"${tot:.2f}")
    r.lr("Approved  Auth 318844", "")
    r.gap(6)
    r.c("Thanks for coming in! littlebaycoffee.com.au", sz=7)
    return r.pdf(rng), RT(
        invoice_number="LB-2-4471",
        invoice_date="2026-03-21",
        vendor_name="Little Bay Coffee Pty Ltd",
        amount=tot - gst,
        vat=gst,
        total=tot,
        currency="AUD",
        locale="en-AU",
        line_items=lines,
        note="Born-digital Australian cafe tax invoice; prices include GST (1/11 of total incl. card surcharge), so net = total - GST; card surcharge is part of the net; brand vs legal name.",
    )


def r13(name, rng):
    """AU hardware e-receipt copy (born-digital), GST included, cash with 5c rounding."""
    r = Roll(name, 80, "Courier", 7.6)
    r.c("TRADELINK HARDWARE", bold=True, sz=11, f="Helvetica")
    r.c("Tradelink Hardware Pty Ltd", sz=7)
    r.c("ABN 23 104 471 882", sz=7)
    r.c("120 Parramatta Rd, Auburn NSW 2144", sz=7)
    r.c("*** COPY OF RECEIPT ***", sz=7)
    r.c("TAX INVOICE", bold=True)
    r.lr("Invoice: 4471-0318821", "")
    r.lr("Date: 18/02/2026", "Time: 07:32")
    r.sep()
    items = [
        ("TREATED PINE 90X45 2.4M", 4, D("9.98")),
        ("BATTEN SCREWS 14G 100PK", 1, D("24.70")),
        ("SILICONE CLEAR 300G", 2, D("8.47")),
        ("DROP SHEET 3.6X2.7M", 1, D("3.98")),
    ]
    sub = D(0)
    lines = []
    for d, q, u in items:
        a = D(u * q)
        sub += a
        r.l(d)
        r.lr(f"  {q} @ ${u:.2f}", f"${a:.2f}")
        lines.append(li(d, q, u, a))
    r.sep()
    gst = D(sub / 11)
    tot = rq(sub)
    rnd = tot - sub
    r.lr("TOTAL INC GST", f"${sub:.2f}", bold=True)
    r.lr("Cash rounding", f"{rnd:.2f}")
    r.lr("TOTAL PAYABLE", f"${tot:.2f}", bold=True)
    r.lr("CASH", "$100.00")
    r.lr("CHANGE", f"${D(100) - tot:.2f}")
    r.lr("GST INCLUDED", f"${gst:.2f}")
    r.sep()
    r.bars(22)
    r.c("Keep your receipt for returns", sz=7)
    return r.pdf(rng), RT(
        invoice_number="4471-0318821",
        invoice_date="2026-02-18",
        vendor_name="Tradelink Hardware Pty Ltd",
        amount=sub - gst,
        vat=gst,
        rounding=rnd,
        total=tot,
        currency="AUD",
        locale="en-AU",
        line_items=lines,
        note="Born-digital 'copy of receipt' from an Australian hardware store; GST included (1/11 of the pre-rounding total); cash rounding to 5c printed, so the keyed total is the rounded TOTAL PAYABLE.",
    )


def r14(name, rng):
    """IN supermarket e-bill (born-digital), GST breakup by rate incl. 0 %, savings, UPI."""
    r = Roll(name, 80, "DVC", 7.4)
    r.c("GREENBASKET", bold=True, sz=13)
    r.c("Greenbasket Retail Private Limited", sz=7)
    r.c("Koramangala 5th Block, Bengaluru 560095", sz=7)
    r.c("GSTIN 29AAICG7718L1Z3   CIN U52100KA2019PTC127718", sz=6.6)
    r.c("TAX INVOICE", bold=True)
    r.lr("Bill: GB-KRM-2603-04418", "22/03/2026 19:05")
    r.sep()
    r.row(
        [("Item", "l"), ("Qty", "r", 0.52), ("MRP", "r", 0.7), ("Price", "r", 0.86), ("GST", "r")]
    )
    items = [
        ("Basmati Rice 5kg", 1, D("699.00"), D("625.00"), 5),
        ("Toor Dal 1kg", 2, D("189.00"), D("172.00"), 0),
        ("Amul Butter 500g", 1, D("285.00"), D("285.00"), 12),
        ("Surf Excel 2kg", 1, D("430.00"), D("389.00"), 18),
        ("Fresh Tomato 1kg", 1, D("48.00"), D("42.00"), 0),
    ]
    byr = {}
    gross = save = D(0)
    lines = []
    for d, q, mrp, p, g in items:
        a = D(p * q)
        gross += a
        save += D((mrp - p) * q)
        byr[g] = byr.get(g, D(0)) + a
        r.row(
            [
                (d, "l"),
                (str(q), "r", 0.52),
                (f"{mrp:.2f}", "r", 0.7),
                (f"{p:.2f}", "r", 0.86),
                (f"{g}%", "r"),
            ]
        )
        lines.append(li(d, q, p, a))
    r.sep()
    r.lr("Total Items: 6", f"Rs. {gross:.2f}", bold=True)
    r.lr("You saved", f"Rs. {save:.2f}")
    r.lr("Paid via UPI (Ref 608118224471)", f"{gross:.2f}")
    r.sep()
    r.row([("GST %", "l"), ("Taxable", "r", 0.45), ("CGST", "r", 0.7), ("SGST", "r")])
    net = vat = D(0)
    for g in sorted(byr):
        t = D(byr[g] * 100 / (100 + g))
        cg = D((byr[g] - t) / 2)
        sg = byr[g] - t - cg
        net += t
        vat += cg + sg
        r.row(
            [(f"{g}%", "l"), (f"{t:.2f}", "r", 0.45), (f"{cg:.2f}", "r", 0.7), (f"{sg:.2f}", "r")]
        )
    r.sep()
    r.c("Prices are inclusive of all taxes", sz=6.8)
    r.qr(54)
    return r.pdf(rng), RT(
        invoice_number="GB-KRM-2603-04418",
        invoice_date="2026-03-22",
        vendor_name="Greenbasket Retail Private Limited",
        amount=net,
        vat=vat,
        total=tot_chk(gross, net, vat),
        currency="INR",
        locale="en-IN",
        line_items=lines,
        note="Born-digital Indian supermarket e-bill; MRP vs selling price columns and 'You saved' line; GST-inclusive prices with a breakup table by rate including 0% items; net = sum of taxable values.",
    )


def tot_chk(total, net, vat):
    assert net + vat == total, (total, net, vat)
    return total


def r15(name, rng):
    """SG kopitiam stall, not GST-registered, cash, photo."""
    r = Roll(name, 58, "Courier", 7.4, margin=6)
    r.c("AH HUAT KOPI", bold=True, sz=9.5)
    r.c("Stall 01-22 Tiong Bahru Mkt", sz=6.6)
    r.c("30 Seng Poh Rd S(168898)", sz=6.6)
    r.sep()
    r.l("No: 00731")
    r.l("05/04/2026 07:48")
    r.sep()
    sub, lines = _items(
        r,
        [
            ("Kopi C", 2, D("1.60")),
            ("Teh Peng", 1, D("2.00")),
            ("Kaya Toast Set", 2, D("5.60")),
            ("Soft Boiled Egg", 1, D("1.40")),
        ],
    )
    r.sep()
    r.lr("TOTAL", f"{sub:.2f}", bold=True)
    r.lr("CASH", "20.00")
    r.lr("CHANGE", f"{D(20) - sub:.2f}")
    r.sep()
    r.c("Thank you", sz=6.6)
    return r.pdf(rng), RT(
        invoice_number="00731",
        invoice_date="2026-04-05",
        vendor_name="AH HUAT KOPI",
        amount=sub,
        vat=None,
        total=sub,
        currency="SGD",
        locale="en-SG",
        line_items=lines,
        note="58 mm Singapore coffee-stall slip, no GST (vat null); short roll; cash and change; phone photo.",
    )


def r16(name, rng):
    """US coffee e-receipt (born-digital), LA sales tax, tip."""
    r = Roll(name, 80, "Helvetica", 8.4, margin=12)
    r.c("Canyon Grind Coffee", bold=True, sz=13)
    r.c("Canyon Grind Coffee LLC", sz=7.2)
    r.c("1844 Sunset Blvd, Los Angeles, CA 90026", sz=7.2)
    r.gap(6)
    items = [
        ("Cortado", 1, D("4.75")),
        ("Cold Brew 16oz", 1, D("5.50")),
        ("Almond Croissant", 2, D("4.95")),
    ]
    sub, lines = _items(r, items, lambda v: f"${v:.2f}")
    r.sep("\u2013")
    tax = D(sub * Decimal("0.0975"))
    tip = D("3.00")
    tot = sub + tax + tip
    r.lr("Subtotal", f"${sub:.2f}")
    r.lr("Sales Tax (9.75%)", f"${tax:.2f}")
    r.lr("Tip", f"${tip:.2f}")
    r.lr("Total", f"${tot:.2f}", bold=True, sz=11)
    r.gap(4)
    r.lr("Amex \u2022\u2022\u2022\u2022 1008 (Apple Pay)", f"${tot:.2f}")
    r.lr("Mar 28 2026 at 8:31 AM", "")
    r.lr("Order #CG-7731", "Receipt #4Hk2-Q8mD")
    r.gap(6)
    r.c("Rate your visit at canyongrind.co/feedback", sz=7.2)
    return r.pdf(rng), RT(
        invoice_number="4Hk2-Q8mD",
        invoice_date="2026-03-28",
        vendor_name="Canyon Grind Coffee LLC",
        amount=sub,
        vat=tax,
        tip=tip,
        total=tot,
        currency="USD",
        locale="en-US",
        line_items=lines,
        note="Born-digital US e-receipt (emailed); LA sales tax 9.75%, a $3.00 tip added; both an order number and a receipt number printed (receipt number keyed); date at the bottom.",
    )


# ---------------------------------------------------------------- registry and output
def _scan(**k):
    return ("scan", k)


def _photo(**k):
    return ("photo", k)


PDF = ("pdf", {})
DOCS = {
    "i01": (i01, PDF, "NL", "hosting bill"),
    "i02": (i02, PDF, "FR", "mobile bill, 2 pages"),
    "i03": (i03, _scan(dpi=200, grey=True, skew=1.2), "DE", "registrar invoice"),
    "i04": (i04, PDF, "IN", "SaaS GST tax invoice"),
    "i05": (
        i05,
        _photo(dpi=150, long_side=2100, bg=(95, 85, 80)),
        "IN",
        "marketplace seller invoice",
    ),
    "i06": (i06, PDF, "US", "cloud bill, 3 pages"),
    "i07": (
        i07,
        _scan(dpi=150, grey=False, skew=1.5, tint=(250, 248, 242)),
        "US",
        "web-shop invoice",
    ),
    "i08": (i08, _photo(dpi=150, long_side=2200, bg=(150, 140, 125)), "GB", "broadband bill"),
    "i09": (i09, PDF, "NL", "SaaS invoice, reverse charge"),
    "i10": (i10, _scan(dpi=200, grey=True, skew=0.8, blur=0.8), "ES", "electricity bill"),
    "i11": (i11, ("imgpdf", {"dpi": 200, "grey": True, "skew": 1.0}), "IT", "mobile bill"),
    "i12": (i12, PDF, "PL", "web-shop Faktura VAT"),
    "i13": (i13, PDF, "DE", "cloud credit note"),
    "i14": (
        i14,
        _scan(dpi=150, grey=True, skew=1.8, noise=7),
        "FR",
        "registrar invoice, autoliquidation",
    ),
    "i15": (i15, ("imgpdf", {"dpi": 170, "grey": False, "skew": 0.7}), "GB", "energy statement"),
    "i16": (i16, PDF, "IT", "SaaS invoice"),
    "r01": (r01, _scan(dpi=150, grey=True, skew=1.5, fade=0.6), "MY", "restaurant"),
    "r02": (
        r02,
        _scan(dpi=200, grey=False, skew=1.0, fade=0.5, tint=(246, 244, 236)),
        "MY",
        "car workshop",
    ),
    "r03": (r03, _photo(dpi=220, long_side=1900, bg=(60, 45, 35)), "SG", "restaurant"),
    "r04": (r04, _scan(dpi=250, grey=True, skew=0.8, width=650), "SG", "supermarket"),
    "r05": (r05, _scan(dpi=150, grey=True, skew=2.0, fade=0.45), "MY", "bakery"),
    "r06": (r06, _photo(dpi=200, long_side=2000, bg=(170, 150, 120), fade=0.65), "US", "diner"),
    "r07": (
        r07,
        ("imgpdf", {"dpi": 200, "grey": True, "skew": 1.2, "fade": 0.6}),
        "US",
        "hardware store",
    ),
    "r08": (r08, _photo(dpi=200, long_side=2100, bg=(40, 40, 48)), "GB", "pub"),
    "r09": (r09, PDF, "GB", "supermarket e-receipt"),
    "r10": (r10, _scan(dpi=180, grey=True, skew=1.3, fade=0.55, blur=0.7), "IN", "restaurant"),
    "r11": (r11, _photo(dpi=220, long_side=1800, bg=(110, 120, 130)), "IN", "pharmacy"),
    "r12": (r12, PDF, "AU", "cafe"),
    "r13": (r13, PDF, "AU", "hardware store"),
    "r14": (r14, PDF, "IN", "supermarket e-bill"),
    "r15": (
        r15,
        _photo(dpi=240, long_side=1600, bg=(130, 90, 60), fold=False),
        "SG",
        "coffee stall",
    ),
    "r16": (r16, PDF, "US", "coffee shop e-receipt"),
}

KEYS = [
    "invoice_number",
    "invoice_date",
    "due_date",
    "vendor_name",
    "amount",
    "vat",
    "total",
    "currency",
    "locale",
    "layout",
    "document_type",
    "line_items",
    "note",
    "kind",
]


def build(name, outdir):
    fn, (kind, kw), country, typ = DOCS[name]
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    pdf, t = fn(name, rng)
    amount, vat, total = D(t["amount"]), t["vat"], D(t["total"])
    tip, rnd = D(t.pop("tip", 0)), D(t.pop("rounding", 0))
    v = D(vat) if vat is not None else D(0)
    if amount + v + tip + rnd != total:
        raise AssertionError(f"{name}: {amount} + {v} + {tip} + {rnd} != {total}")
    if kind == "pdf":
        ext, data, tk = "pdf", pdf, "pdf"
    elif kind == "scan":
        im = scan(pdf, rng, **kw)
        b = io.BytesIO()
        im.save(b, "PNG", optimize=False)
        ext, data, tk = "png", b.getvalue(), "scan"
    elif kind == "imgpdf":
        im = scan(pdf, rng, **kw)
        ext, data, tk = "pdf", img_pdf(im, name), "scan"
    else:
        ext, data, tk = "jpg", photo(pdf, rng, **kw), "photo"
    (outdir / f"{name}.{ext}").write_bytes(data)
    t.update(
        amount=str(amount), vat=None if vat is None else str(D(vat)), total=str(total), kind=tk
    )
    out = {k: t[k] for k in KEYS}
    (outdir / f"{name}.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return out, ext, kind, country, typ


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    only = None
    if "--only" in argv:
        only = argv[argv.index("--only") + 1]
        args = [a for a in args if a != only]
    outdir = Path(args[0] if args else f"bench/blindsets/blind-2026-{SET}")
    outdir.mkdir(parents=True, exist_ok=True)
    for name in DOCS:
        if only and name != only:
            continue
        out, ext, kind, _country, _typ = build(name, outdir)
        print(f"{name}.{ext:4} {kind:7} {out['currency']} {out['total']:>10}  {out['vendor_name']}")


if __name__ == "__main__":
    main(sys.argv[1:])
