# ruff: noqa: E501
"""Blind set 2026-14d: documents that print many amounts and dates.

Run from the repository root:
    python -m bench.blindsets.blind_2026_14d [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document's name, so re-runs
are byte-identical.  Stand-alone: imports nothing from the product.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

D = Decimal
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVI": "DejaVuSans-Oblique.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVSI": "DejaVuSerif-Italic.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
    "DVSCB": "DejaVuSerifCondensed-Bold.ttf",
    "DVL": "DejaVuSans-ExtraLight.ttf",
}
for _k, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, FONTDIR + _f))

DEFAULT_OUT = "bench/blindsets/blind-2026-14d"


class LayoutError(Exception):
    pass


# ----------------------------------------------------------------------------- numbers


def q(x, nd=2) -> Decimal:
    return D(x).quantize(D(1).scaleb(-nd), ROUND_HALF_UP)


def money(v, dec=".", thou=",", nd=2, indian=False) -> str:
    v = q(v, nd)
    s = f"{abs(v):.{nd}f}"
    ip, _, fp = s.partition(".")
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        ip = thou.join([*parts, tail])
    else:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = thou.join(groups)
    return ("-" if v < 0 else "") + ip + (dec + fp if nd else "")


def de(v):
    return money(v, ",", ".")


def en(v):
    return money(v, ".", ",")


def fr(v):
    return money(v, ",", "\u202f")


def ch(v):
    return money(v, ".", "'")


def s2(v) -> str:
    return str(q(v))


def d(y, m, dd) -> dt.date:
    return dt.date(y, m, dd)


def li(desc, qty, unit, amount=None, nd=2):
    qty = D(str(qty))
    unit = D(str(unit))
    amt = q(qty * unit, nd) if amount is None else q(amount, nd)
    return {
        "description": desc,
        "quantity": format(qty.normalize(), "f"),
        "unit_price": s2(unit),
        "amount": s2(amt),
    }


def incl_vat(gross, rate) -> tuple[Decimal, Decimal]:
    """(net, vat) for a tax-inclusive gross at rate percent."""
    gross = q(gross)
    vat = q(gross * D(str(rate)) / (D(100) + D(str(rate))))
    return gross - vat, vat


def truth(
    number,
    idate,
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
    tip=0,
    rounding=0,
):
    amount, total = q(amount), q(total)
    v = q(vat) if vat is not None else None
    chk = amount + (v or 0) + q(tip) + q(rounding)
    if chk != total:
        raise AssertionError(f"{number}: {amount}+{v}+{tip}+{rounding}={chk} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": idate.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": s2(amount),
        "vat": s2(v) if v is not None else None,
        "total": s2(total),
        "currency": cur,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": items,
        "note": note,
    }


# ----------------------------------------------------------------------------- drawing


class Page:
    """A canvas page that records every text run and checks bounds / overlaps."""

    def __init__(self, c: canvas.Canvas, w: float, h: float, name: str):
        self.c, self.w, self.h, self.name = c, w, h, name
        self.runs: list[tuple[tuple[float, float, float, float], str]] = []

    def text(self, x, y, s, font="DV", size=9, align="l", color=(0, 0, 0)) -> float:
        s = str(s)
        wd = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - wd if align == "r" else x - wd / 2)
        box = (x0, y - 0.22 * size, x0 + wd, y + 0.76 * size)
        if box[0] < 3 or box[2] > self.w - 3 or box[1] < 3 or box[3] > self.h - 3:
            raise LayoutError(f"{self.name}: off page {s!r} at {box}")
        self.runs.append((box, s))
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        return wd

    def wrap(self, x, y, s, width, font="DV", size=8, lead=None, color=(0, 0, 0)) -> float:
        lead = lead or size * 1.25
        line = ""
        for word in s.split():
            t = (line + " " + word).strip()
            if pdfmetrics.stringWidth(t, font, size) > width and line:
                self.text(x, y, line, font, size, color=color)
                y -= lead
                line = word
            else:
                line = t
        if line:
            self.text(x, y, line, font, size, color=color)
            y -= lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.6, r=0):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        if r:
            c.roundRect(x, y, w, h, r, stroke=stroke is not None, fill=fill is not None)
        else:
            c.rect(x, y, w, h, stroke=stroke is not None, fill=fill is not None)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        c.setDash(*(dash or []))
        c.line(x1, y1, x2, y2)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def circle(self, x, y, r, fill=(0, 0, 0)):
        self.c.setFillColorRGB(*fill)
        self.c.circle(x, y, r, stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0)

    def qr(self, x, y, size, rng: random.Random, n=25):
        c = self.c
        cell = size / n
        c.setFillColorRGB(0, 0, 0)
        for i in range(n):
            for j in range(n):
                finder = any(
                    i0 <= i < i0 + 7 and j0 <= j < j0 + 7
                    for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0))
                )
                if finder:
                    ii, jj = (i if i < 7 else i - (n - 7)), (j if j < 7 else j - (n - 7))
                    on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
                else:
                    on = rng.random() < 0.5
                if on:
                    c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, stroke=0, fill=1)

    def barcode(self, x, y, w, h, rng: random.Random):
        c = self.c
        pos = x
        c.setFillColorRGB(0, 0, 0)
        while pos < x + w - 3:
            bw = rng.choice((0.7, 0.7, 1.4, 2.1))
            if rng.random() < 0.55:
                c.rect(pos, y, bw, h, stroke=0, fill=1)
            pos += bw

    def check(self):
        runs = self.runs
        for i in range(len(runs)):
            a = runs[i][0]
            for j in range(i + 1, len(runs)):
                b = runs[j][0]
                if (
                    a[0] < b[2] - 0.3
                    and b[0] < a[2] - 0.3
                    and a[1] < b[3] - 0.3
                    and b[1] < a[3] - 0.3
                ):
                    raise LayoutError(f"{self.name}: overlap {runs[i][1]!r} / {runs[j][1]!r}")


class Doc:
    def __init__(self, name, pagesize=A4):
        self.name = name
        self.buf = io.BytesIO()
        self.size = pagesize
        self.c = canvas.Canvas(self.buf, pagesize=pagesize, invariant=1)
        self.c.setTitle(name)
        self.c.setAuthor("")
        self.c.setProducer("")
        self.pages: list[Page] = []

    def page(self) -> Page:
        if self.pages:
            self.pages[-1].check()
            self.c.showPage()
        p = Page(self.c, self.size[0], self.size[1], f"{self.name}/p{len(self.pages) + 1}")
        self.pages.append(p)
        return p

    def done(self) -> bytes:
        self.pages[-1].check()
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


class Roll:
    """Till roll: collect rows, then draw on a page exactly as long as its content."""

    def __init__(self, name, width_mm=80, font="DVM", size=8.0, lead=1.3, margin_mm=4.0):
        self.name, self.w = name, width_mm * mm
        self.font, self.size, self.lead, self.m = font, size, lead, margin_mm * mm
        self.rows: list[tuple[float, object]] = []

    def add(self, h, fn, raw=False):
        self.rows.append((h, fn, raw))

    def _h(self, size):
        return (size or self.size) * self.lead

    def c(self, s, font=None, size=None):
        f, z = font or self.font, size or self.size
        self.add(self._h(z), lambda p, y: p.text(p.w / 2, y, s, f, z, "c"))

    def l(self, s, font=None, size=None, indent=0):  # noqa: E743
        f, z = font or self.font, size or self.size
        self.add(self._h(z), lambda p, y: p.text(self.m + indent, y, s, f, z))

    def lr(self, left, right, font=None, size=None, indent=0):
        f, z = font or self.font, size or self.size

        def fn(p, y):
            p.text(self.m + indent, y, left, f, z)
            p.text(p.w - self.m, y, right, f, z, "r")

        self.add(self._h(z), fn)

    def cols(self, cells, font=None, size=None):
        """cells: list of (x as fraction of inner width, text, align)."""
        f, z = font or self.font, size or self.size

        def fn(p, y):
            inner = p.w - 2 * self.m
            for fx, s, al in cells:
                if s:
                    p.text(self.m + fx * inner, y, s, f, z, al)

        self.add(self._h(z), fn)

    def rule(self, ch="-", solid=False):
        def fn(p, y):
            if solid:
                p.line(self.m, y + 2.5, p.w - self.m, y + 2.5, 0.7)
            else:
                n = int((p.w - 2 * self.m) / pdfmetrics.stringWidth(ch, "DVM", 8))
                p.text(p.w / 2, y, ch * n, "DVM", 8, "c")

        self.add(8 * 1.1, fn)

    def gap(self, h=4):
        self.add(h, lambda p, y: None)

    def draw(self, h, fn):
        """fn(page, y_bottom) for custom art of height h."""
        self.add(h, fn, True)

    def render(self) -> bytes:
        total = sum(h for h, _, _ in self.rows) + 2 * self.m + 4
        doc = Doc(self.name, (self.w, total))
        p = doc.page()
        y = total - self.m
        for h, fn, raw in self.rows:
            y -= h
            fn(p, y if raw else y + 0.25 * h)
        return doc.done()


def logo_circle(p: Page, x, y, r, color, letter_, font="DVB"):
    p.circle(x, y, r, color)
    p.c.setFillColorRGB(1, 1, 1)
    z = r * 1.2
    wd = pdfmetrics.stringWidth(letter_, font, z)
    p.c.setFont(font, z)
    p.c.drawString(x - wd / 2, y - z * 0.36, letter_)
    p.c.setFillColorRGB(0, 0, 0)


def logo_bars(p: Page, x, y, color, n=4, w=5, h=18):
    for i in range(n):
        p.rect(x + i * (w + 2), y, w, h * (0.5 + 0.5 * (i + 1) / n), fill=color, stroke=None)


# ----------------------------------------------------------------------------- degradation


def rng_for(name) -> random.Random:
    return random.Random(zlib.crc32(name.encode()))


def render_pdf(pdf: bytes, dpi: float, grey=False) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    img = doc[0].render(scale=dpi / 72, grayscale=grey).to_pil()
    doc.close()
    return img.convert("L" if grey else "RGB")


def scan(
    pdf: bytes,
    name: str,
    dpi=200,
    grey=True,
    blur=0.7,
    skew=1.0,
    noise=6.0,
    specks=60,
    fade=0.0,
    downscale=None,
    tint=(250, 248, 240),
) -> Image.Image:
    r = rng_for(name + "/scan")
    nr = np.random.default_rng(zlib.crc32(name.encode()))
    img = render_pdf(pdf, dpi, grey)
    a = np.asarray(img).astype(np.float32)
    if fade:
        hgt, wid = a.shape[:2]
        yy = np.linspace(0, 1, hgt)[:, None]
        xx = np.linspace(0, 1, wid)[None, :]
        f = 1 - fade * (
            0.5
            + 0.5 * np.sin(yy * r.uniform(3, 7) + r.uniform(0, 6)) * np.cos(xx * r.uniform(1, 3))
        )
        f = np.clip(f, 0.35, 1)
        if a.ndim == 3:
            f = f[..., None]
        a = 255 - (255 - a) * f
    a = a * (np.array(tint, np.float32) / 255.0) if not grey else a * (tint[0] / 255.0)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    ang = r.uniform(-skew, skew)
    fill = tint[0] if grey else tint
    img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=fill)
    a = np.asarray(img).astype(np.float32)
    a = a + nr.normal(0, noise, a.shape)
    hgt, wid = a.shape[:2]
    for _ in range(specks):
        y0, x0 = r.randrange(hgt), r.randrange(wid)
        rad = r.choice((1, 1, 1, 2, 2, 3))
        cv2.circle(a, (x0, y0), rad, (r.uniform(40, 120),) * (3 if a.ndim == 3 else 1), -1)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if downscale:
        img = img.resize((downscale, round(img.height * downscale / img.width)), Image.LANCZOS)
    return img


def _texture(hgt, wid, r: random.Random, nr) -> np.ndarray:
    kind = r.choice(("wood", "cloth", "desk"))
    yy, xx = np.mgrid[0:hgt, 0:wid].astype(np.float32)
    if kind == "wood":
        base = np.array([r.uniform(110, 150), r.uniform(75, 100), r.uniform(45, 65)], np.float32)
        g = np.sin(xx / r.uniform(9, 20) + 3 * np.sin(yy / r.uniform(80, 200))) * 14
    elif kind == "cloth":
        base = np.array([r.uniform(60, 90), r.uniform(80, 110), r.uniform(110, 150)], np.float32)
        g = (np.sin(xx / 2.2) + np.sin(yy / 2.2)) * 6
    else:
        base = np.array([r.uniform(170, 200)] * 3, np.float32) - np.array([0, 5, 15], np.float32)
        g = np.zeros_like(xx)
    tex = base[None, None, :] + g[..., None] + nr.normal(0, 7, (hgt, wid, 1)).astype(np.float32)
    return tex


def photo(pdf: bytes, name: str, long_side=2000, quality=72, fold=True, shadow=True) -> Image.Image:
    r = rng_for(name + "/photo")
    nr = np.random.default_rng(zlib.crc32(name.encode()) ^ 0x5A5A)
    doc = pdfium.PdfDocument(pdf)
    pw, ph = doc[0].get_size()
    doc.close()
    # output canvas: paper takes ~80-88 % of the long side
    frac = r.uniform(0.80, 0.88)
    if ph >= pw:
        out_h = long_side
        paper_h = out_h * frac
        paper_w = paper_h * pw / ph
        out_w = (
            int(max(paper_w / r.uniform(0.72, 0.86), out_h * 0.6))
            if ph / pw < 2
            else int(paper_w / r.uniform(0.55, 0.7))
        )
    else:
        out_w = long_side
        paper_w = out_w * frac
        paper_h = paper_w * ph / pw
        out_h = int(paper_h / r.uniform(0.72, 0.86))
    out_w, out_h = int(out_w), int(out_h)
    dpi = paper_h / ph * 72 * 1.15
    img = render_pdf(pdf, dpi, False)
    src = np.asarray(img).astype(np.float32) * (
        np.array([r.uniform(238, 250), r.uniform(236, 248), r.uniform(226, 240)], np.float32) / 255
    )
    sh, sw = src.shape[:2]
    cx, cy = out_w / 2 + r.uniform(-0.03, 0.03) * out_w, out_h / 2 + r.uniform(-0.03, 0.03) * out_h
    hw, hh = paper_w / 2, paper_h / 2
    j = lambda: r.uniform(-0.025, 0.025) * min(out_w, out_h)  # noqa: E731
    dst = np.float32(
        [
            [cx - hw + j(), cy - hh + j()],
            [cx + hw + j(), cy - hh + j()],
            [cx + hw + j(), cy + hh + j()],
            [cx - hw + j(), cy + hh + j()],
        ]
    )
    # a little keystone: top edge narrower
    k = r.uniform(0, 0.035) * paper_w
    dst[0][0] += k
    dst[1][0] -= k
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), dst)
    warped = cv2.warpPerspective(
        src, M, (out_w, out_h), flags=cv2.INTER_AREA, borderValue=(0, 0, 0)
    )
    mask = cv2.warpPerspective(
        np.ones((sh, sw), np.float32), M, (out_w, out_h), flags=cv2.INTER_LINEAR
    )
    bg = _texture(out_h, out_w, r, nr)
    # soft drop shadow of the paper
    sm = cv2.GaussianBlur(mask, (0, 0), 12)
    sm = np.roll(sm, (8, 8), (0, 1))
    bg = bg * (1 - 0.45 * sm[..., None])
    a = warped * mask[..., None] + bg * (1 - mask[..., None])
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    ang = r.uniform(0, 6.28)
    grad = np.cos(ang) * xx / out_w + np.sin(ang) * yy / out_h
    light = 1.04 - 0.22 * (grad - grad.min()) / (np.ptp(grad) + 1e-6)
    a = a * light[..., None]
    if fold:
        # horizontal or vertical crease across the paper
        if r.random() < 0.6:
            fy = cy + r.uniform(-0.15, 0.15) * paper_h
            dist = yy - fy
        else:
            fx = cx + r.uniform(-0.1, 0.1) * paper_w
            dist = xx - fx
        crease = 1 - 0.10 * np.exp(-(dist**2) / 30) + 0.04 * np.tanh(dist / 60)
        a = a * (crease * mask + (1 - mask))[..., None]
    if shadow:
        pts = np.array(
            [
                [r.uniform(-0.2, 0.3) * out_w, -10],
                [r.uniform(0.5, 1.1) * out_w, -10],
                [r.uniform(0.6, 1.2) * out_w, r.uniform(0.15, 0.35) * out_h],
                [r.uniform(-0.2, 0.2) * out_w, r.uniform(0.25, 0.4) * out_h],
            ],
            np.int32,
        )
        sm = np.zeros((out_h, out_w), np.float32)
        cv2.fillPoly(sm, [pts], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), 40)
        a = a * (1 - r.uniform(0.18, 0.3) * sm)[..., None]
    a = a + nr.normal(0, 3.5, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(r.uniform(0.4, 0.8))
    )
    return out


def image_pdf(img: Image.Image, name: str, page=A4) -> bytes:
    buf = io.BytesIO()
    w, h = page if page else (img.width * 72 / 200, img.height * 72 / 200)
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    c.setTitle(name)
    c.setAuthor("")
    c.setProducer("")
    b = io.BytesIO()
    img.save(b, "PNG")
    b.seek(0)
    c.drawImage(ImageReader(b), 0, 0, w, h)
    c.showPage()
    c.save()
    return buf.getvalue()


def save_img(img: Image.Image, path: Path, quality=None):
    if path.suffix == ".jpg":
        img.convert("RGB").save(path, "JPEG", quality=quality or 75, optimize=False)
    else:
        img.save(path, "PNG", optimize=False)


# ============================================================================= invoices


def i01(name):
    """DE electricity bill: summary box first, breakdown on page 2."""
    vendor = "Stadtwerke Mühlheide GmbH"
    num = "RE-2026-0214-55731"
    idate, due = d(2026, 2, 5), d(2026, 2, 19)
    kwh = D("312")
    items = [
        li("Arbeitspreis 312 kWh × 0,3184 €", kwh, "0.3184"),
        li("Grundpreis 31 Tage × 0,4590 €", 31, "0.4590"),
        li("Messstellenbetrieb 31 Tage", 31, "0.0658"),
    ]
    net = sum(D(x["amount"]) for x in items)
    vat = q(net * D("0.19"))
    total = net + vat
    prev, paid, adj = D("118.40"), D("-118.40"), D("-7.50")
    due_amt = prev + paid + adj + total
    doc = Doc(name)
    p = doc.page()
    W, H = A4
    green = (0.05, 0.45, 0.3)
    p.rect(0, H - 18 * mm, W, 18 * mm, fill=green, stroke=None)
    p.text(20 * mm, H - 12 * mm, "Stadtwerke Mühlheide", "DVB", 18, color=(1, 1, 1))
    p.text(W - 20 * mm, H - 12 * mm, "Energie. Wasser. Wärme.", "DVI", 9, "r", (1, 1, 1))
    p.text(
        20 * mm,
        H - 30 * mm,
        "Stadtwerke Mühlheide GmbH · Hafenstraße 12 · 45475 Mülheim",
        "DV",
        6.5,
    )
    y = H - 40 * mm
    for s in ("Frau", "Sabine Kordes", "Lindenweg 7", "45472 Mülheim an der Ruhr"):
        p.text(20 * mm, y, s, "DV", 10)
        y -= 5 * mm
    kv = [
        ("Rechnungsnummer", num),
        ("Rechnungsdatum", idate.strftime("%d.%m.%Y")),
        ("Kundennummer", "100 482 317"),
        ("Vertragskonto", "2200 1934 87"),
        ("Zählernummer", "1ESY1160 4471 82"),
        ("Abrechnungszeitraum", "01.01.2026 – 31.01.2026"),
    ]
    y = H - 40 * mm
    for k, v in kv:
        p.text(118 * mm, y, k, "DV", 8)
        p.text(W - 20 * mm, y, v, "DV", 8, "r")
        y -= 4.6 * mm
    p.text(20 * mm, H - 78 * mm, "Ihre Stromrechnung für Januar 2026", "DVB", 13)
    bx, by, bw, bh = 20 * mm, H - 150 * mm, W - 40 * mm, 62 * mm
    p.rect(bx, by, bw, bh, fill=(0.93, 0.97, 0.94), stroke=green, lw=1)
    p.text(bx + 6 * mm, by + bh - 9 * mm, "Ihre Rechnung auf einen Blick", "DVB", 11, color=green)
    rows = [
        ("Offener Betrag aus Rechnung vom 07.01.2026", de(prev) + " €"),
        ("Zahlungseingang vom 14.01.2026 – vielen Dank", de(paid) + " €"),
        ("Gutschrift Kulanz (Ablesefehler Dezember)", de(adj) + " €"),
        ("Rechnungsbetrag Januar 2026 (brutto)", de(total) + " €"),
    ]
    y = by + bh - 18 * mm
    for k, v in rows:
        p.text(bx + 6 * mm, y, k, "DV", 9.5)
        p.text(bx + bw - 6 * mm, y, v, "DV", 9.5, "r")
        y -= 6 * mm
    p.line(bx + 6 * mm, y + 3.5 * mm, bx + bw - 6 * mm, y + 3.5 * mm, 0.8, green)
    y -= 2 * mm
    p.text(bx + 6 * mm, y, "Zu zahlender Betrag", "DVB", 11)
    p.text(bx + bw - 6 * mm, y, de(due_amt) + " €", "DVB", 11, "r")
    y -= 7 * mm
    p.text(
        bx + 6 * mm,
        y,
        f"Fällig am {due.strftime('%d.%m.%Y')} – Abbuchung per SEPA-Lastschrift (Mandat MH-88120)",
        "DV",
        8.5,
    )
    y = by - 12 * mm
    y = p.wrap(
        20 * mm,
        y,
        "Sehr geehrte Frau Kordes, mit dieser Rechnung erhalten Sie die Abrechnung Ihres Stromverbrauchs für den Monat Januar 2026. Die Einzelheiten der Berechnung finden Sie auf Seite 2. Ihr nächster Rechnungslauf erfolgt am 05.03.2026.",
        W - 40 * mm,
        "DV",
        9.5,
    )
    y = p.wrap(
        20 * mm,
        y - 3 * mm,
        "Ihr Verbrauch im Januar: 312 kWh (Vorjahresmonat: 348 kWh). Damit haben Sie 10,3 % weniger Strom verbraucht.",
        W - 40 * mm,
        "DV",
        9.5,
    )
    for i, (m_, v) in enumerate(
        [("Jan 25", 348), ("Okt", 255), ("Nov", 290), ("Dez", 331), ("Jan 26", 312)]
    ):
        x = 30 * mm + i * 22 * mm
        p.rect(
            x,
            40 * mm,
            12 * mm,
            v / 6 * mm / 3,
            fill=green if i == 4 else (0.7, 0.8, 0.75),
            stroke=None,
        )
        p.text(x + 6 * mm, 35 * mm, m_, "DV", 7, "c")
    foot = "Stadtwerke Mühlheide GmbH · Sitz Mülheim an der Ruhr · Amtsgericht Duisburg HRB 21877 · USt-IdNr. DE 813 447 290 · Geschäftsführer: Dr. Jens Arnold"
    p.text(W / 2, 14 * mm, foot, "DV", 6, "c")
    p.text(
        W / 2,
        10 * mm,
        "Sparkasse Mülheim · IBAN DE62 3625 0000 0171 0334 18 · BIC SPMHDE3EXXX · Gläubiger-ID DE97ZZZ00000123456",
        "DV",
        6,
        "c",
    )
    p.text(W - 20 * mm, 5 * mm, "Seite 1 von 2", "DV", 7, "r")
    p = doc.page()
    p.text(20 * mm, H - 20 * mm, "Stadtwerke Mühlheide", "DVB", 12, color=green)
    p.text(
        W - 20 * mm, H - 20 * mm, f"Rechnung {num} vom {idate.strftime('%d.%m.%Y')}", "DV", 8, "r"
    )
    p.text(20 * mm, H - 34 * mm, "Berechnung Ihres Stromverbrauchs", "DVB", 12)
    p.text(
        20 * mm,
        H - 41 * mm,
        "Tarif: Mühlheide Strom Komfort · Zeitraum 01.01.2026 bis 31.01.2026 (31 Tage)",
        "DV",
        8.5,
    )
    y = H - 54 * mm
    p.text(
        20 * mm,
        y,
        "Zählerstand 31.12.2025: 41 877 kWh (abgelesen)   Zählerstand 31.01.2026: 42 189 kWh (abgelesen)",
        "DV",
        8.5,
    )
    y -= 10 * mm
    hdr = [
        (20, "Position", "l"),
        (125, "Menge", "r"),
        (155, "Preis netto", "r"),
        (190, "Betrag netto", "r"),
    ]
    p.rect(18 * mm, y - 2 * mm, W - 36 * mm, 7 * mm, fill=(0.9, 0.9, 0.9), stroke=None)
    for x, s, a in hdr:
        p.text(x * mm, y, s, "DVB", 8.5, a)
    y -= 8 * mm
    for it, (qty, unit) in zip(
        items,
        [("312 kWh", "31,84 ct/kWh"), ("31 Tage", "45,90 ct/Tag"), ("31 Tage", "6,58 ct/Tag")],
        strict=False,
    ):
        p.text(
            20 * mm,
            y,
            it["description"].split(" ")[0]
            if it is items[0]
            else it["description"].split(" 31")[0],
            "DV",
            8.5,
        )
        p.text(125 * mm, y, qty, "DV", 8.5, "r")
        p.text(155 * mm, y, unit, "DV", 8.5, "r")
        p.text(190 * mm, y, de(it["amount"]) + " €", "DV", 8.5, "r")
        y -= 6 * mm
    p.line(120 * mm, y + 3 * mm, 190 * mm, y + 3 * mm)
    for k, v, f in [
        ("Summe netto", de(net) + " €", "DV"),
        ("Umsatzsteuer 19 % auf " + de(net) + " €", de(vat) + " €", "DV"),
        ("Rechnungsbetrag brutto", de(total) + " €", "DVB"),
    ]:
        p.text(120 * mm, y - 1 * mm, k, f, 8.5)
        p.text(190 * mm, y - 1 * mm, v, f, 8.5, "r")
        y -= 6 * mm
    y -= 8 * mm
    p.text(20 * mm, y, "Ihr Abschlag ab März 2026", "DVB", 10)
    y -= 6 * mm
    p.text(
        20 * mm,
        y,
        "Wir empfehlen einen monatlichen Abschlag von 105,00 € (brutto), erstmals fällig am 15.03.2026.",
        "DV",
        8.5,
    )
    y -= 10 * mm
    p.text(
        20 * mm,
        y,
        "Im Preis enthalten: Stromsteuer 2,05 ct/kWh, Konzessionsabgabe 1,32 ct/kWh, Netzentgelte 9,41 ct/kWh.",
        "DV",
        7.5,
    )
    p.text(W / 2, 14 * mm, foot, "DV", 6, "c")
    p.text(W - 20 * mm, 5 * mm, "Seite 2 von 2", "DV", 7, "r")
    t = truth(
        num,
        idate,
        due,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        items,
        f"Summary box shows previous balance {de(prev)}, payment, a credit adjustment {de(adj)} and Zu zahlender Betrag {de(due_amt)}; total is the January bill {de(total)}; next instalment 105,00 is a distractor.",
    )
    return doc.done(), t


def i02(name):
    """AT wholesale invoice with Skonto, order/delivery/invoice dates."""
    vendor = "Alpenholz Handels GmbH"
    num = "AR 26/00418"
    order, deliv, idate = d(2026, 2, 23), d(2026, 3, 2), d(2026, 3, 4)
    sk_date, due = d(2026, 3, 18), d(2026, 4, 3)
    items = [
        li("Konstruktionsvollholz Fichte 60×120 mm, 5,0 m", 24, "38.90"),
        li("OSB/3-Platte 18 mm N+F 2500×675", 40, "21.45"),
        li("Dachlatte 30×50 mm, imprägniert, lfm", 180, "1.12"),
        li("Holzbauschrauben 8×200 Teilgewinde (50 Stk.)", 6, "47.80"),
        li("Zustellung LKW mit Kran, Zone 2", 1, "145.00"),
    ]
    gross_items = sum(D(x["amount"]) for x in items)
    rabatt = -q(gross_items * D("0.05"))
    net = gross_items + rabatt
    vat = q(net * D("0.20"))
    total = net + vat
    skonto = q(total * D("0.02"))
    doc = Doc(name)
    p = doc.page()
    W, H = A4
    brown = (0.45, 0.28, 0.12)
    p.c.setFillColorRGB(*brown)
    p.c.wedge(18 * mm, H - 34 * mm, 38 * mm, H - 14 * mm, 0, 180, stroke=0, fill=1)
    p.text(42 * mm, H - 22 * mm, "ALPENHOLZ", "DVSB", 20, color=brown)
    p.text(42 * mm, H - 28 * mm, "Holz · Platten · Befestigung", "DVS", 8.5)
    p.text(W - 18 * mm, H - 18 * mm, "Alpenholz Handels GmbH", "DVB", 8, "r")
    for i, s in enumerate(
        ["Gewerbepark Süd 4", "A-6330 Kufstein", "Tel. +43 5372 618 20", "office@alpenholz.at"]
    ):
        p.text(W - 18 * mm, H - 22 * mm - i * 3.8 * mm, s, "DV", 7.5, "r")
    y = H - 52 * mm
    for s in (
        "Zimmerei Haselsteiner KG",
        "z. Hd. Hrn. Markus Haselsteiner",
        "Dorfstraße 31",
        "6352 Ellmau",
    ):
        p.text(20 * mm, y, s, "DV", 10)
        y -= 5 * mm
    p.text(20 * mm, H - 82 * mm, "RECHNUNG", "DVSB", 16)
    kv = [
        ("Rechnungs-Nr.", num),
        ("Rechnungsdatum", idate.strftime("%d.%m.%Y")),
        ("Ihre Bestellung vom", order.strftime("%d.%m.%Y")),
        ("Bestell-Nr.", "HS-2026-031"),
        ("Lieferschein", "LS 26/01187"),
        ("Liefer-/Leistungsdatum", deliv.strftime("%d.%m.%Y")),
        ("Kunden-Nr.", "20417"),
        ("UID Kunde", "ATU 68203114"),
    ]
    y = H - 50 * mm
    for k, v in kv:
        p.text(122 * mm, y, k, "DV", 8)
        p.text(W - 18 * mm, y, v, "DV", 8, "r")
        y -= 4.3 * mm
    y = H - 96 * mm
    cols = [
        (20, "Pos", "l"),
        (30, "Bezeichnung", "l"),
        (135, "Menge", "r"),
        (160, "EP €", "r"),
        (190, "Gesamt €", "r"),
    ]
    p.line(18 * mm, y + 5 * mm, W - 18 * mm, y + 5 * mm, 1)
    for x, s, a in cols:
        p.text(x * mm, y, s, "DVB", 8.5, a)
    p.line(18 * mm, y - 2.5 * mm, W - 18 * mm, y - 2.5 * mm, 0.5)
    y -= 8 * mm
    units = ["Stk", "Stk", "lfm", "Pkg", "psch"]
    for i, it in enumerate(items):
        p.text(20 * mm, y, f"{i + 1:02d}", "DV", 8.5)
        p.text(30 * mm, y, it["description"], "DV", 8.5)
        p.text(135 * mm, y, f"{it['quantity']} {units[i]}", "DV", 8.5, "r")
        p.text(160 * mm, y, de(it["unit_price"]), "DV", 8.5, "r")
        p.text(190 * mm, y, de(it["amount"]), "DV", 8.5, "r")
        y -= 6 * mm
    p.line(120 * mm, y + 2.5 * mm, W - 18 * mm, y + 2.5 * mm)
    y -= 3 * mm
    for k, v, f in [
        ("Warenwert", de(gross_items), "DV"),
        ("abzgl. 5 % Objektrabatt", de(rabatt), "DV"),
        ("Nettobetrag", de(net), "DV"),
        ("zzgl. 20 % USt.", de(vat), "DV"),
        ("Rechnungsbetrag EUR", de(total), "DVB"),
    ]:
        p.text(122 * mm, y, k, f, 9)
        p.text(190 * mm, y, v, f, 9, "r")
        y -= 5.5 * mm
    y -= 6 * mm
    p.rect(20 * mm, y - 20 * mm, W - 40 * mm, 24 * mm, stroke=brown, lw=0.8)
    p.text(24 * mm, y - 2 * mm, "Zahlungsbedingungen", "DVB", 9)
    p.text(
        24 * mm,
        y - 8 * mm,
        f"Bei Zahlung bis {sk_date.strftime('%d.%m.%Y')} gewähren wir 2 % Skonto ({de(skonto)} €) – Zahlbetrag {de(total - skonto)} €.",
        "DV",
        8.5,
    )
    p.text(
        24 * mm,
        y - 13 * mm,
        f"Ohne Abzug zahlbar bis {due.strftime('%d.%m.%Y')}: {de(total)} €.",
        "DV",
        8.5,
    )
    p.text(
        24 * mm,
        y - 18 * mm,
        "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
        "DV",
        8,
    )
    p.line(18 * mm, 24 * mm, W - 18 * mm, 24 * mm, 0.4)
    fl = ["Alpenholz Handels GmbH", "FN 312774 k, LG Innsbruck", "UID ATU 63920147"]
    fm = ["Raiffeisenbank Kufstein", "IBAN AT52 3635 8000 0412 7790", "BIC RZTIAT22358"]
    fr_ = ["Geschäftsführung", "Ing. Petra Mayrhofer", "DVR 4012786"]
    for col, x, a in ((fl, 20, "l"), (fm, W / mm / 2, "c"), (fr_, 190, "r")):
        for i, s in enumerate(col):
            p.text(x * mm, 19 * mm - i * 3.5 * mm, s, "DV", 6.5, a)
    items = [*items, li("abzgl. 5 % Objektrabatt", 1, rabatt)]
    t = truth(
        num,
        idate,
        due,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "de-AT",
        "invoice",
        "invoice",
        items,
        f"Order 23.02., delivery 02.03., invoice 04.03.2026; 5 % Rabatt line; Skonto amount {de(skonto)} and discounted {de(total - skonto)} printed; due_date is the net date {due.strftime('%d.%m.%Y')}.",
    )
    return doc.done(), t


def i03(name):
    """CH telecom bill with summary first, QR-bill receipt at the bottom (scan)."""
    vendor = "Alpnet Telecom AG"
    num = "2026-03-7714020"
    idate, due = d(2026, 3, 3), d(2026, 3, 31)
    items = [
        li("Abo Alpnet Home L (Internet, TV, Festnetz) 01.03.–31.03.2026", 1, "79.90"),
        li("Abo Alpnet Mobile M (079 412 88 10) 01.03.–31.03.2026", 1, "49.00"),
        li("Gespräche ins Ausland Februar 2026", 1, "6.35"),
        li("Roaming Daten EU Februar 2026", 1, "12.00"),
        li("Rabatt Kombi-Vorteil", 1, "-15.00"),
    ]
    net = sum(D(x["amount"]) for x in items)
    vat = q(net * D("0.081"))
    total = net + vat
    prev, paid = D("158.70"), D("-158.70")
    doc = Doc(name)
    p = doc.page()
    W, H = A4
    red = (0.8, 0.1, 0.15)
    logo_circle(p, 24 * mm, H - 20 * mm, 7 * mm, red, "a")
    p.text(34 * mm, H - 23 * mm, "alpnet", "DVB", 20, color=red)
    p.text(W - 18 * mm, H - 16 * mm, "Alpnet Telecom AG, Postfach, 3050 Bern", "DV", 7, "r")
    p.text(W - 18 * mm, H - 20 * mm, "MWST-Nr. CHE-116.283.947 MWST", "DV", 7, "r")
    y = H - 44 * mm
    for s in ("Herr", "Lukas Brunner-Imhof", "Kirchgasse 18", "8001 Zürich"):
        p.text(118 * mm, y, s, "DV", 10)
        y -= 5 * mm
    p.text(20 * mm, H - 44 * mm, "Rechnung März 2026", "DVB", 14)
    kv = [
        ("Rechnungsnummer", num),
        ("Rechnungsdatum", idate.strftime("%d.%m.%Y")),
        ("Kundennummer", "8.114.902.11"),
        ("Zahlbar bis", due.strftime("%d.%m.%Y")),
    ]
    y = H - 52 * mm
    for k, v in kv:
        p.text(20 * mm, y, k, "DV", 8.5)
        p.text(95 * mm, y, v, "DV", 8.5, "r")
        y -= 4.6 * mm
    by = H - 112 * mm
    p.rect(20 * mm, by, W - 40 * mm, 34 * mm, fill=(0.97, 0.93, 0.93), stroke=None, r=4)
    p.text(26 * mm, by + 27 * mm, "Übersicht", "DVB", 10, color=red)
    rows = [
        ("Letzte Rechnung vom 03.02.2026", ch(prev)),
        ("Ihre Zahlung vom 24.02.2026 – danke", ch(paid)),
        ("Total dieser Rechnung inkl. MWST", ch(total)),
    ]
    y = by + 20 * mm
    for k, v in rows:
        p.text(26 * mm, y, k, "DV", 9)
        p.text(W - 26 * mm, y, "CHF " + v, "DV", 9, "r")
        y -= 5.5 * mm
    p.text(26 * mm, y - 1 * mm, f"Zu bezahlen bis {due.strftime('%d.%m.%Y')}", "DVB", 10.5)
    p.text(W - 26 * mm, y - 1 * mm, "CHF " + ch(prev + paid + total), "DVB", 10.5, "r")
    y = by - 10 * mm
    p.text(20 * mm, y, "Details", "DVB", 10)
    y -= 7 * mm
    for it in items:
        p.text(20 * mm, y, it["description"], "DV", 8.5)
        p.text(W - 20 * mm, y, ch(it["amount"]), "DV", 8.5, "r")
        y -= 5 * mm
    p.line(130 * mm, y + 2.5 * mm, W - 20 * mm, y + 2.5 * mm)
    for k, v, f in [
        ("Total exkl. MWST", ch(net), "DV"),
        ("MWST 8.1 %", ch(vat), "DV"),
        ("Total inkl. MWST", ch(total), "DVB"),
    ]:
        p.text(130 * mm, y - 1 * mm, k, f, 9)
        p.text(W - 20 * mm, y - 1 * mm, v, f, 9, "r")
        y -= 5 * mm
    # QR-bill payment part
    qy = 105 * mm
    p.line(0, qy, W, qy, 0.4, dash=[2, 2])
    p.line(62 * mm, 0, 62 * mm, qy, 0.4, dash=[2, 2])
    p.text(5 * mm, qy - 8 * mm, "Empfangsschein", "DVB", 11)
    rs = [
        ("Konto / Zahlbar an", "DVB"),
        ("CH44 3199 9123 0008 8901 2", "DV"),
        ("Alpnet Telecom AG", "DV"),
        ("Postfach, 3050 Bern", "DV"),
        ("Referenz", "DVB"),
        ("21 00000 00003 13947 14302 09017", "DV"),
        ("Zahlbar durch", "DVB"),
        ("Lukas Brunner-Imhof", "DV"),
        ("Kirchgasse 18, 8001 Zürich", "DV"),
    ]
    y = qy - 15 * mm
    for s, f in rs:
        p.text(5 * mm, y, s, f, 6.5 if f == "DVB" else 7)
        y -= 4 * mm
    amt = ch(prev + paid + total).replace("'", " ")
    p.text(5 * mm, 22 * mm, "Währung   Betrag", "DVB", 6.5)
    p.text(5 * mm, 17 * mm, f"CHF       {amt}", "DV", 8)
    p.text(67 * mm, qy - 8 * mm, "Zahlteil", "DVB", 11)
    p.qr(67 * mm, qy - 66 * mm, 46 * mm, rng_for(name), 33)
    p.text(67 * mm, 22 * mm, "Währung   Betrag", "DVB", 8)
    p.text(67 * mm, 16 * mm, f"CHF       {amt}", "DV", 10)
    y = qy - 15 * mm
    for s, f in [
        *rs[:6],
        ("Weitere Informationen", "DVB"),
        (f"//S1/10/{num}/11/260303", "DV"),
        *rs[6:],
    ]:
        p.text(118 * mm, y, s, f, 7.5 if f == "DVB" else 8)
        y -= 4.5 * mm
    t = truth(
        num,
        idate,
        due,
        vendor,
        net,
        vat,
        total,
        "CHF",
        "de-CH",
        "invoice",
        "invoice",
        items,
        "Apostrophe thousands; previous bill and payment in the summary; QR-bill receipt repeats the amount to pay; total = this bill incl. MWST (amount due equals it only because the old bill was paid).",
    )
    return doc.done(), t


def i04(name):  # noqa: C901
    """FR two-page invoice, three TVA rates, tax summary table, carried subtotal."""
    r = rng_for(name)
    vendor = "Comptoir Lyonnais des Saveurs SAS"
    num = "FA-2026-003187"
    order, deliv, idate, due = d(2026, 3, 9), d(2026, 3, 12), d(2026, 3, 13), d(2026, 4, 12)
    cat = [
        ("Huile d'olive vierge extra 5 L", "31.80", "5.5"),
        ("Farine T65 sac 25 kg", "18.40", "5.5"),
        ("Sucre semoule 10 kg", "12.90", "5.5"),
        ("Riz basmati 5 kg", "14.75", "5.5"),
        ("Tomates pelées 4/4 (x6)", "11.20", "5.5"),
        ("Beurre doux AOP 5 kg", "46.50", "5.5"),
        ("Crème fraîche 35 % 5 L", "27.30", "5.5"),
        ("Café grains arabica 1 kg", "21.90", "5.5"),
        ("Thé vert sencha 500 g", "16.40", "5.5"),
        ("Chocolat couverture 70 % 2,5 kg", "38.60", "5.5"),
        ("Jus de pomme artisanal 1 L (x6)", "15.60", "5.5"),
        ("Eau gazeuse 50 cl (x24)", "9.85", "5.5"),
        ("Sandwichs préparés (x20) - vente à emporter", "54.00", "10"),
        ("Plats cuisinés traiteur 3 kg", "42.30", "10"),
        ("Salade composée bar 2 kg", "19.80", "10"),
        ("Vin rouge Côtes-du-Rhône 75 cl", "7.90", "20"),
        ("Bière blonde 33 cl (x24)", "28.40", "20"),
        ("Pastis 1 L", "21.70", "20"),
        ("Film étirable alimentaire 300 m", "12.45", "20"),
        ("Gants nitrile (boîte de 100)", "8.90", "20"),
        ("Sacs poubelle 110 L (x100)", "17.60", "20"),
        ("Liquide vaisselle 5 L", "9.40", "20"),
        ("Papier essuie-tout industriel (x6)", "23.50", "20"),
        ("Barquettes aluminium (x100)", "14.20", "20"),
        ("Serviettes ouate 2 plis (x500)", "11.80", "20"),
        ("Bougies chauffe-plat (x100)", "9.60", "20"),
        ("Tablier coton noir", "12.90", "20"),
        ("Torchons nid d'abeille (x10)", "18.70", "20"),
    ]
    rows = []
    for desc, pu, rate in cat:
        qty = r.choice((1, 2, 2, 3, 4, 5, 6, 10))
        it = li(desc, qty, pu)
        rows.append((it, rate))
    items = [x for x, _ in rows]
    base = {}
    for it, rate in rows:
        base[rate] = base.get(rate, D(0)) + D(it["amount"])
    port = D("25.00")
    base["20"] += port
    items.append(li("Frais de livraison", 1, port))
    rows.append((items[-1], "20"))
    tvas = {k: q(v * D(k) / 100) for k, v in base.items()}
    net = sum(base.values())
    vat = sum(tvas.values())
    total = net + vat
    doc = Doc(name)
    W, H = A4
    navy = (0.1, 0.15, 0.4)

    def head(p, n):
        p.text(18 * mm, H - 20 * mm, "COMPTOIR LYONNAIS", "DVSB", 16, color=navy)
        p.text(
            18 * mm, H - 26 * mm, "des Saveurs — grossiste CHR depuis 1987", "DVSI", 8.5, color=navy
        )
        p.text(W - 18 * mm, H - 18 * mm, f"Facture n° {num}", "DVB", 10, "r")
        p.text(W - 18 * mm, H - 23 * mm, f"Page {n}/2", "DV", 8, "r")

    def foot(p):
        p.text(
            W / 2,
            14 * mm,
            "Comptoir Lyonnais des Saveurs SAS au capital de 150 000 € · 14 quai Perrache, 69002 Lyon · RCS Lyon 412 887 390 · SIRET 412 887 390 00027",
            "DV",
            6,
            "c",
        )
        p.text(
            W / 2,
            10.5 * mm,
            "N° TVA intracommunautaire FR 27 412887390 · IBAN FR76 1009 6180 4500 0412 7783 016 · BIC CMCIFRPP · APE 4639B",
            "DV",
            6,
            "c",
        )

    cols = [
        (18, "Réf.", "l"),
        (36, "Désignation", "l"),
        (128, "Qté", "r"),
        (148, "P.U. HT", "r"),
        (162, "TVA", "r"),
        (192, "Total HT", "r"),
    ]

    def table_head(p, y):
        p.rect(16 * mm, y - 2.2 * mm, W - 32 * mm, 6.5 * mm, fill=navy, stroke=None)
        for x, s, a in cols:
            p.text(x * mm, y, s, "DVB", 8, a, (1, 1, 1))
        return y - 7 * mm

    p = doc.page()
    head(p, 1)
    y = H - 40 * mm
    for s in (
        "Brasserie Le Petit Bouchon SARL",
        "Service comptabilité",
        "27 rue Mercière",
        "69002 Lyon",
    ):
        p.text(115 * mm, y, s, "DV", 9.5)
        y -= 4.8 * mm
    kv = [
        ("Date de facture", idate.strftime("%d/%m/%Y")),
        ("Date de commande", order.strftime("%d/%m/%Y")),
        ("Bon de commande", "BC-PB-0311"),
        ("Date de livraison", deliv.strftime("%d/%m/%Y")),
        ("Bon de livraison", "BL-26-11942"),
        ("Code client", "C04412"),
        ("Échéance", due.strftime("%d/%m/%Y")),
    ]
    y = H - 40 * mm
    for k, v in kv:
        p.text(18 * mm, y, k + " :", "DV", 8.5)
        p.text(56 * mm, y, v, "DVB" if k == "Échéance" else "DV", 8.5)
        y -= 4.5 * mm
    y = table_head(p, H - 82 * mm)
    run = D(0)
    split = 19
    for i, (it, rate) in enumerate(rows[:split]):
        p.text(18 * mm, y, f"{1000 + i * 7}", "DVM", 7.5)
        p.text(36 * mm, y, it["description"], "DV", 8)
        p.text(128 * mm, y, it["quantity"], "DV", 8, "r")
        p.text(148 * mm, y, fr(it["unit_price"]), "DV", 8, "r")
        p.text(
            162 * mm, y, fr(D(rate)).replace(",00", "").replace(",50", ",5") + "%", "DV", 7.5, "r"
        )
        p.text(192 * mm, y, fr(it["amount"]), "DV", 8, "r")
        run += D(it["amount"])
        y -= 5.6 * mm
    p.line(130 * mm, y + 3 * mm, W - 18 * mm, y + 3 * mm)
    p.text(132 * mm, y - 1 * mm, "À reporter HT", "DVB", 8.5)
    p.text(192 * mm, y - 1 * mm, fr(run), "DVB", 8.5, "r")
    foot(p)
    p = doc.page()
    head(p, 2)
    y = H - 38 * mm
    p.text(132 * mm, y, "Report HT", "DVB", 8.5)
    p.text(192 * mm, y, fr(run), "DVB", 8.5, "r")
    y = table_head(p, y - 8 * mm)
    for i, (it, rate) in enumerate(rows[split:]):
        p.text(
            18 * mm,
            y,
            f"{1000 + (i + split) * 7}" if it["description"] != "Frais de livraison" else "PORT",
            "DVM",
            7.5,
        )
        p.text(36 * mm, y, it["description"], "DV", 8)
        p.text(128 * mm, y, it["quantity"], "DV", 8, "r")
        p.text(148 * mm, y, fr(it["unit_price"]), "DV", 8, "r")
        p.text(
            162 * mm, y, fr(D(rate)).replace(",00", "").replace(",50", ",5") + "%", "DV", 7.5, "r"
        )
        p.text(192 * mm, y, fr(it["amount"]), "DV", 8, "r")
        y -= 5.6 * mm
    y -= 6 * mm
    p.text(18 * mm, y, "Récapitulatif TVA", "DVB", 9)
    y -= 6 * mm
    for x, s in ((18, "Taux"), (55, "Base HT"), (85, "Montant TVA"), (115, "Total TTC")):
        p.text(x * mm, y, s, "DVB", 8, "l" if x == 18 else "r")
    p.line(18 * mm, y - 2 * mm, 117 * mm, y - 2 * mm)
    y -= 6 * mm
    for k in ("5.5", "10", "20"):
        p.text(18 * mm, y, k.replace(".", ",") + " %", "DV", 8)
        p.text(55 * mm, y, fr(base[k]), "DV", 8, "r")
        p.text(85 * mm, y, fr(tvas[k]), "DV", 8, "r")
        p.text(115 * mm, y, fr(base[k] + tvas[k]), "DV", 8, "r")
        y -= 5 * mm
    ty = y + 21 * mm
    p.rect(130 * mm, ty - 26 * mm, W - 148 * mm, 30 * mm, stroke=navy)
    for k, v, f in [
        ("Total HT", fr(net) + " €", "DV"),
        ("Total TVA", fr(vat) + " €", "DV"),
        ("Net à payer TTC", fr(total) + " €", "DVB"),
    ]:
        p.text(133 * mm, ty - 2 * mm, k, f, 9.5)
        p.text(W - 21 * mm, ty - 2 * mm, v, f, 9.5, "r")
        ty -= 8 * mm
    y -= 10 * mm
    for s in (
        f"Conditions de paiement : 30 jours date de facture, soit le {due.strftime('%d/%m/%Y')}, par virement.",
        "Escompte pour paiement anticipé : néant.",
        "En cas de retard, pénalités au taux de 3 fois le taux d'intérêt légal et indemnité forfaitaire de 40 € pour frais de recouvrement (art. L441-10 C. com.).",
        "Marchandises vendues sous réserve de propriété jusqu'au paiement intégral.",
    ):
        y = p.wrap(18 * mm, y, s, W - 36 * mm, "DV", 8) - 1 * mm
    foot(p)
    note = "Two pages with 'À reporter'/'Report' carried subtotal; TVA 5,5/10/20 % with recap table; order, delivery, invoice and due dates; narrow no-break-space thousands."
    return doc.done(), truth(
        num, idate, due, vendor, net, vat, total, "EUR", "fr-FR", "invoice", "invoice", items, note
    )


def i05(name):
    """IT water bill (bolletta), summary first, credit from previous bill; image-only PDF."""
    vendor = "Acque del Brenta S.p.A."
    num = "2026/0004471820"
    idate, due = d(2026, 4, 8), d(2026, 5, 4)
    items = [
        li("Quota fissa acquedotto 01/01/2026-31/03/2026", 1, "14.82"),
        li("Quota variabile acquedotto 38 mc", 38, "0.9416"),
        li("Fognatura 38 mc", 38, "0.3021"),
        li("Depurazione 38 mc", 38, "0.6650"),
        li("Oneri di perequazione UI1-UI2-UI3", 38, "0.0340"),
        li("Conguaglio lettura precedente (stima 31/12/2025)", 1, "-6.12"),
    ]
    net = sum(D(x["amount"]) for x in items)
    vat = q(net * D("0.10"))
    total = net + vat
    credit = D("-9.40")
    topay = total + credit
    doc = Doc(name)
    p = doc.page()
    W, H = A4
    blue = (0.0, 0.35, 0.65)
    for i in range(3):
        p.c.setStrokeColorRGB(*blue)
        p.c.setLineWidth(2)
        p.c.bezier(
            18 * mm,
            H - (18 + i * 3) * mm,
            24 * mm,
            H - (14 + i * 3) * mm,
            30 * mm,
            H - (22 + i * 3) * mm,
            36 * mm,
            H - (18 + i * 3) * mm,
        )
    p.text(40 * mm, H - 22 * mm, "Acque del Brenta", "DVSB", 17, color=blue)
    p.text(40 * mm, H - 27 * mm, "Servizio Idrico Integrato", "DVS", 8)
    p.text(W - 18 * mm, H - 16 * mm, "Bolletta n. " + num, "DVB", 10, "r")
    p.text(W - 18 * mm, H - 21 * mm, "del " + idate.strftime("%d/%m/%Y"), "DV", 9, "r")
    p.text(W - 18 * mm, H - 26 * mm, "Codice cliente 7700189243", "DV", 8, "r")
    y = H - 42 * mm
    for s in ("GIANNA FERRARI", "VIA ROMA 112 INT. 4", "35013 CITTADELLA PD"):
        p.text(115 * mm, y, s, "DVM", 9.5)
        y -= 5 * mm
    by = H - 110 * mm
    p.rect(18 * mm, by, W - 36 * mm, 50 * mm, fill=(0.9, 0.95, 1), stroke=blue, lw=1.2, r=6)
    p.text(24 * mm, by + 42 * mm, "IMPORTO DA PAGARE", "DVB", 12, color=blue)
    p.text(24 * mm, by + 28 * mm, f"€ {de(topay)}", "DVB", 24)
    p.text(24 * mm, by + 18 * mm, f"entro il {due.strftime('%d/%m/%Y')}", "DVB", 12)
    p.text(24 * mm, by + 8 * mm, "Addebito su conto corrente (SDD)", "DV", 8.5)
    sx = 112 * mm
    for i, (k, v) in enumerate(
        [
            ("Periodo fatturato", "01/01/2026 - 31/03/2026"),
            ("Consumo fatturato", "38 mc"),
            ("Totale bolletta", "€ " + de(total)),
            ("Credito bolletta precedente", "€ " + de(credit)),
            ("Importo da pagare", "€ " + de(topay)),
        ]
    ):
        p.text(sx, by + 40 * mm - i * 7 * mm, k, "DV", 8.5)
        p.text(W - 24 * mm, by + 40 * mm - i * 7 * mm, v, "DVB" if i in (2, 4) else "DV", 8.5, "r")
    y = by - 12 * mm
    p.text(18 * mm, y, "DETTAGLIO DEGLI IMPORTI", "DVB", 10, color=blue)
    y -= 8 * mm
    for x, s, a in (
        (18, "Voce", "l"),
        (128, "Quantità", "r"),
        (155, "Prezzo unit.", "r"),
        (192, "Importo €", "r"),
    ):
        p.text(x * mm, y, s, "DVB", 8, a)
    p.line(18 * mm, y - 2 * mm, W - 18 * mm, y - 2 * mm)
    y -= 7 * mm
    for it in items:
        p.text(18 * mm, y, it["description"], "DV", 8)
        qty = it["quantity"] + (" mc" if it["quantity"] != "1" else "")
        p.text(128 * mm, y, qty, "DV", 8, "r")
        p.text(
            155 * mm,
            y,
            de(D(it["unit_price"]))
            if it["quantity"] == "1"
            else money(D(it["unit_price"]), ",", ".", 4),
            "DV",
            8,
            "r",
        )
        p.text(192 * mm, y, de(it["amount"]), "DV", 8, "r")
        y -= 5.5 * mm
    p.line(120 * mm, y + 3 * mm, W - 18 * mm, y + 3 * mm)
    for k, v, f in [
        ("Totale imponibile", de(net), "DV"),
        ("IVA 10%", de(vat), "DV"),
        ("TOTALE BOLLETTA", de(total), "DVB"),
    ]:
        p.text(122 * mm, y - 1 * mm, k, f, 8.5)
        p.text(192 * mm, y - 1 * mm, v, f, 8.5, "r")
        y -= 5.5 * mm
    y -= 8 * mm
    p.text(18 * mm, y, "LETTURE", "DVB", 9, color=blue)
    y -= 6 * mm
    for s in (
        "Lettura precedente 31/12/2025: 1.204 mc (stimata)   Lettura attuale 31/03/2026: 1.242 mc (rilevata)",
        "Prossima lettura prevista: giugno 2026. Prossima bolletta: luglio 2026.",
        "Bolletta precedente n. 2026/0000913306 del 09/01/2026 — pagata il 30/01/2026.",
    ):
        p.text(18 * mm, y, s, "DV", 8)
        y -= 5 * mm
    p.text(
        W / 2,
        16 * mm,
        "Acque del Brenta S.p.A. — Viale dell'Industria 17, 35013 Cittadella (PD) — P.IVA e C.F. 03617490289 — Cap. soc. € 12.500.000 i.v.",
        "DV",
        6.3,
        "c",
    )
    p.text(
        W / 2,
        12 * mm,
        "Servizio clienti 800 142 857 — PEC acquedelbrenta@pec.it — REA PD-324417",
        "DV",
        6.3,
        "c",
    )
    note = f"Summary box: Totale bolletta {de(total)} minus previous credit = Importo da pagare {de(topay)}; total keyed as Totale bolletta; negative conguaglio line; previous bill date and paid date printed."
    return doc.done(), truth(
        num, idate, due, vendor, net, vat, total, "EUR", "it-IT", "invoice", "invoice", items, note
    )


def i06(name):
    """ES credit note (factura rectificativa), negative amounts; scan."""
    vendor = "Suministros Eléctricos Turia, S.L."
    num = "R-2026-0042"
    idate = d(2026, 3, 18)
    items = [
        li("Luminaria LED estanca 36W IP65 (devolución)", -12, "24.60"),
        li("Cable RZ1-K 3G2,5 mm² rollo 100 m (devolución)", -2, "118.00"),
        li("Diferencia de precio s/ albarán A-7731", 1, "-15.40"),
    ]
    net = sum(D(x["amount"]) for x in items)
    vat = q(net * D("0.21"))
    total = net + vat
    doc = Doc(name)
    p = doc.page()
    W, H = A4
    orange = (0.9, 0.45, 0.0)
    p.rect(18 * mm, H - 30 * mm, 14 * mm, 14 * mm, fill=orange, stroke=None)
    p.c.setFillColorRGB(1, 1, 1)
    p.c.setFont("DVB", 16)
    p.c.drawCentredString(25 * mm, H - 26 * mm, "T")
    p.text(36 * mm, H - 22 * mm, "TURIA", "DVB", 20)
    p.text(36 * mm, H - 28 * mm, "Suministros Eléctricos Turia, S.L.", "DV", 8)
    for i, s in enumerate(
        [
            "Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 23",
            "46988 Paterna (Valencia)",
            "CIF B-96431875 · Tel. 961 327 440",
        ]
    ):
        p.text(W - 18 * mm, H - 18 * mm - i * 4 * mm, s, "DV", 7.5, "r")
    p.text(18 * mm, H - 46 * mm, "FACTURA RECTIFICATIVA (ABONO)", "DVB", 14, color=orange)
    kv = [
        ("Nº factura rectificativa", num),
        ("Fecha", idate.strftime("%d/%m/%Y")),
        ("Factura rectificada", "F-2026-0311"),
        ("Fecha factura rectificada", "14/01/2026"),
        ("Motivo", "Devolución de mercancía y diferencia de precio (art. 15 RD 1619/2012)"),
    ]
    y = H - 56 * mm
    for k, v in kv:
        p.text(18 * mm, y, k + ":", "DV", 8.5)
        p.text(62 * mm, y, v, "DVB" if k.startswith("Nº") else "DV", 8.5)
        y -= 5 * mm
    p.rect(120 * mm, H - 104 * mm, W - 138 * mm, 20 * mm, stroke=(0.5, 0.5, 0.5))
    for i, s in enumerate(
        [
            "CLIENTE",
            "Instalaciones Bonet e Hijos, S.L.",
            "C/ Músico Padilla 8, 46020 Valencia",
            "CIF B-46778120",
        ]
    ):
        p.text(123 * mm, H - 89 * mm - i * 4.3 * mm, s, "DVB" if i == 0 else "DV", 8)
    y = H - 116 * mm
    p.rect(18 * mm, y - 2 * mm, W - 36 * mm, 7 * mm, fill=(0.95, 0.95, 0.95), stroke=None)
    for x, s, a in (
        (20, "Concepto", "l"),
        (135, "Cant.", "r"),
        (160, "Precio", "r"),
        (190, "Importe", "r"),
    ):
        p.text(x * mm, y, s, "DVB", 8.5, a)
    y -= 8 * mm
    for it in items:
        p.text(20 * mm, y, it["description"], "DV", 8.5)
        p.text(135 * mm, y, it["quantity"], "DV", 8.5, "r")
        p.text(160 * mm, y, de(it["unit_price"]), "DV", 8.5, "r")
        p.text(190 * mm, y, de(it["amount"]), "DV", 8.5, "r")
        y -= 6 * mm
    y -= 4 * mm
    p.line(110 * mm, y + 4 * mm, W - 18 * mm, y + 4 * mm)
    for k, v, f in [
        ("Base imponible", de(net) + " €", "DV"),
        ("IVA 21 %", de(vat) + " €", "DV"),
        ("TOTAL ABONO", de(total) + " €", "DVB"),
    ]:
        p.text(112 * mm, y, k, f, 10)
        p.text(190 * mm, y, v, f, 10, "r")
        y -= 6.5 * mm
    y -= 8 * mm
    y = p.wrap(
        18 * mm,
        y,
        f"El importe de {de(-total)} € se compensará en la próxima factura o se abonará mediante transferencia a la cuenta del cliente en un plazo de 15 días. Importe original de la factura F-2026-0311: 1.874,19 €.",
        W - 36 * mm,
        "DV",
        8.5,
    )
    p.text(
        W / 2,
        14 * mm,
        "Inscrita en el Registro Mercantil de Valencia, Tomo 7712, Libro 5001, Folio 88, Hoja V-94021 · IBAN ES91 2100 0418 4502 0005 1332",
        "DV",
        6.3,
        "c",
    )
    note = "Credit note: printed and keyed negative; original invoice number/date and its amount 1.874,19 printed as distractors; no due date."
    return doc.done(), truth(
        num,
        idate,
        None,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "es-ES",
        "invoice",
        "credit_note",
        items,
        note,
    )


def i07(name):
    """NL SaaS subscription invoice: amount due box first, credit from earlier invoice, service period."""
    vendor = "Wolkwerk B.V."
    num = "WW-260301-0877"
    idate, due = d(2026, 3, 1), d(2026, 3, 15)
    items = [
        li("Wolkwerk Team-abonnement, 14 gebruikers (1 mrt 2026 t/m 31 mrt 2026)", 14, "12.50"),
        li("Extra opslag 200 GB", 2, "4.00"),
        li("Prorata: 2 gebruikers toegevoegd op 18 feb 2026", 2, "4.91"),
    ]
    net = sum(D(x["amount"]) for x in items)
    vat = q(net * D("0.21"))
    total = net + vat
    credit = D("-12.10")
    doc = Doc(name)
    p = doc.page()
    W, H = A4
    purple = (0.35, 0.2, 0.65)
    p.text(20 * mm, H - 25 * mm, "wolkwerk", "DVB", 26, color=purple)
    p.circle(68 * mm, H - 17 * mm, 2.2 * mm, (0.95, 0.6, 0.1))
    p.text(20 * mm, H - 40 * mm, "Factuur", "DVL", 22)
    by = H - 75 * mm
    p.rect(20 * mm, by, W - 40 * mm, 26 * mm, fill=purple, stroke=None, r=5)
    for i, (k, v) in enumerate(
        [
            ("Te betalen", f"€ {de(total + credit)}"),
            ("Uiterlijk op", "15 maart 2026"),
            ("Factuurnummer", num),
        ]
    ):
        x = 26 * mm + i * 58 * mm
        p.text(x, by + 18 * mm, k, "DV", 8.5, color=(0.85, 0.8, 1))
        p.text(x, by + 8 * mm, v, "DVB", 13, color=(1, 1, 1))
    y = by - 12 * mm
    for i, s in enumerate(
        [
            "Aan",
            "Studio Vermeer & De Wit",
            "t.a.v. financiële administratie",
            "Oudegracht 212",
            "3511 NS Utrecht",
            "BTW NL862301445B01",
        ]
    ):
        p.text(20 * mm, y - i * 4.6 * mm, s, "DVB" if i == 0 else "DV", 8.5)
    for i, (k, v) in enumerate(
        [
            ("Factuurdatum", "1 maart 2026"),
            ("Periode", "1 mrt 2026 – 31 mrt 2026"),
            ("Klantnummer", "K-20981"),
            ("Volgende factuur", "1 april 2026"),
        ]
    ):
        p.text(115 * mm, y - i * 4.6 * mm, k, "DV", 8.5)
        p.text(W - 20 * mm, y - i * 4.6 * mm, v, "DV", 8.5, "r")
    y -= 38 * mm
    for x, s, a in (
        (20, "Omschrijving", "l"),
        (140, "Aantal", "r"),
        (162, "Prijs", "r"),
        (190, "Bedrag", "r"),
    ):
        p.text(x * mm, y, s, "DVB", 8.5, a, purple)
    p.line(20 * mm, y - 2.5 * mm, W - 20 * mm, y - 2.5 * mm, 0.8, purple)
    y -= 8 * mm
    for it in items:
        p.text(20 * mm, y, it["description"], "DV", 8.2)
        p.text(140 * mm, y, it["quantity"], "DV", 8.5, "r")
        p.text(162 * mm, y, "€ " + de(it["unit_price"]), "DV", 8.5, "r")
        p.text(190 * mm, y, "€ " + de(it["amount"]), "DV", 8.5, "r")
        y -= 6 * mm
    y -= 3 * mm
    for k, v, f in [
        ("Subtotaal", de(net), "DV"),
        ("BTW 21%", de(vat), "DV"),
        ("Totaal factuur", de(total), "DVB"),
        ("Verrekend tegoed (creditnota WW-CN-0112)", de(credit), "DV"),
        ("Te betalen", de(total + credit), "DVB"),
    ]:
        p.text(100 * mm, y, k, f, 9)
        p.text(190 * mm, y, "€ " + v, f, 9, "r")
        y -= 6 * mm
    y -= 8 * mm
    y = p.wrap(
        20 * mm,
        y,
        "Het bedrag wordt op of rond 15 maart 2026 automatisch van uw rekening NL** **** **** 4471 afgeschreven (SEPA-incasso, machtigingskenmerk WW-MND-20981). U hoeft zelf niets te doen.",
        W - 40 * mm,
        "DV",
        8.5,
    )
    p.line(20 * mm, 26 * mm, W - 20 * mm, 26 * mm, 0.3)
    for i, s in enumerate(
        [
            "Wolkwerk B.V. · Keizersgracht 391 · 1016 EJ Amsterdam",
            "KvK 71839204 · BTW NL858812096B01 · IBAN NL31 RABO 0334 9912 07",
            "vragen? facturen@wolkwerk.nl",
        ]
    ):
        p.text(20 * mm, 21 * mm - i * 4 * mm, s, "DV", 7)
    note = f"Amount due box shows total minus credit ({de(total + credit)}); total keyed is the invoice total {de(total)}; service period and next-invoice date printed."
    return doc.done(), truth(
        num, idate, due, vendor, net, vat, total, "EUR", "nl-NL", "invoice", "invoice", items, note
    )


def i08(name):
    """UK energy bill: bill at a glance, previous balance, payments, VAT 5 %; photo."""
    vendor = "Brightwell Energy Ltd"
    num = "BW-88120447"
    idate, due = d(2026, 2, 9), d(2026, 2, 23)
    items = [
        li("Electricity 412 kWh at 24.86p", 412, "0.2486"),
        li("Electricity standing charge 31 days at 53.35p", 31, "0.5335"),
        li("Gas 1,388 kWh at 6.24p", 1388, "0.0624"),
        li("Gas standing charge 31 days at 31.65p", 31, "0.3165"),
    ]
    net = sum(D(x["amount"]) for x in items)
    vat = q(net * D("0.05"))
    total = net + vat
    prev, paid = D("43.18"), D("-150.00")
    bal = prev + paid + total
    doc = Doc(name)
    p = doc.page()
    W, H = A4
    teal = (0.0, 0.5, 0.55)
    p.circle(26 * mm, H - 22 * mm, 8 * mm, (1.0, 0.75, 0.1))
    p.circle(29 * mm, H - 20 * mm, 6 * mm, (1, 1, 1))
    p.text(38 * mm, H - 25 * mm, "brightwell", "DVB", 20, color=teal)
    p.text(W - 18 * mm, H - 18 * mm, "Your energy bill", "DVB", 12, "r")
    p.text(W - 18 * mm, H - 24 * mm, f"Bill number {num}", "DV", 8.5, "r")
    p.text(W - 18 * mm, H - 29 * mm, "Bill date 9 February 2026", "DV", 8.5, "r")
    p.text(W - 18 * mm, H - 34 * mm, "Account number 6104 2288 17", "DV", 8.5, "r")
    y = H - 46 * mm
    for s in ("Mr D Okafor", "Flat 3, 27 Clarendon Road", "Leeds", "LS2 9NZ"):
        p.text(20 * mm, y, s, "DV", 10)
        y -= 5 * mm
    by = H - 140 * mm
    p.rect(18 * mm, by, W - 36 * mm, 62 * mm, fill=(0.9, 0.96, 0.96), stroke=None, r=4)
    p.text(24 * mm, by + 53 * mm, "Your bill at a glance", "DVB", 13, color=teal)
    p.text(24 * mm, by + 46 * mm, "Billing period 1 January 2026 to 31 January 2026", "DV", 8.5)
    rows = [
        ("Balance from your last bill (12 January 2026)", "£" + en(prev), "DV"),
        ("Payments received – thank you", "-£" + en(-paid), "DV"),
        ("Charges for this period (incl. VAT)", "£" + en(total), "DV"),
    ]
    y = by + 36 * mm
    for k, v, f in rows:
        p.text(24 * mm, y, k, f, 10)
        p.text(W - 24 * mm, y, v, f, 10, "r")
        y -= 7 * mm
    p.line(24 * mm, y + 4.5 * mm, W - 24 * mm, y + 4.5 * mm, 0.8, teal)
    lab = "Amount in credit" if bal < 0 else "Amount to pay"
    p.text(24 * mm, y - 2 * mm, lab, "DVB", 12)
    p.text(
        W - 24 * mm,
        y - 2 * mm,
        ("£" + en(-bal) + " CR") if bal < 0 else "£" + en(bal),
        "DVB",
        12,
        "r",
    )
    p.text(
        24 * mm,
        y - 10 * mm,
        f"Your Direct Debit of £75.00 will be collected on or after {due.day} February 2026.",
        "DV",
        8.5,
    )
    y = by - 10 * mm
    p.text(20 * mm, y, "Your charges in detail", "DVB", 11)
    y -= 8 * mm
    for it in items:
        p.text(20 * mm, y, it["description"], "DV", 9)
        p.text(W - 20 * mm, y, "£" + en(it["amount"]), "DV", 9, "r")
        y -= 6 * mm
    for k, v, f in [
        ("Total charges before VAT", en(net), "DV"),
        ("VAT at 5% on £" + en(net), en(vat), "DV"),
        ("Total charges for this period", en(total), "DVB"),
    ]:
        p.text(100 * mm, y - 2 * mm, k, f, 9)
        p.text(W - 20 * mm, y - 2 * mm, "£" + v, f, 9, "r")
        y -= 6 * mm
    y -= 6 * mm
    p.text(
        20 * mm,
        y,
        "Meter readings: electricity 18204 (actual, 31 Jan)   gas 05871 (estimated, 31 Jan)",
        "DV",
        8,
    )
    p.text(20 * mm, y - 5 * mm, "Your next bill will be sent around 9 March 2026.", "DV", 8)
    p.text(
        W / 2,
        16 * mm,
        "Brightwell Energy Ltd, 4 Wellington Place, Leeds LS1 4AP. Registered in England and Wales No. 09983214. VAT No. GB 231 4478 06.",
        "DV",
        6.5,
        "c",
    )
    note = f"Bill-at-a-glance shows previous balance {en(prev)}, payment {en(-paid)}, charges {en(total)} and amount to pay {en(bal)}; total keyed as this period's charges incl. VAT; DD amount 75.00 distractor."
    return doc.done(), truth(
        num, idate, due, vendor, net, vat, total, "GBP", "en-GB", "invoice", "invoice", items, note
    )


def i09(name):
    """US B2B invoice, Letter, 2/10 net 30 with discounted amount, order/ship/invoice dates, sales tax."""
    vendor = "Harborline Restaurant Supply Co."
    num = "INV-104872"
    order, ship, idate = d(2026, 4, 2), d(2026, 4, 6), d(2026, 4, 7)
    disc_date, due = d(2026, 4, 17), d(2026, 5, 7)
    rows = [
        ("HRS-2210", "Commercial sheet pan, 18x26, aluminum", 24, "14.35", True),
        ("HRS-4471", "Cambro 22 qt food storage container", 12, "18.90", True),
        ("HRS-0915", "Nitrile gloves, black, L (case of 1000)", 6, "62.40", True),
        ("HRS-7730", 'Chef knife 10" stamped, NSF', 8, "27.50", True),
        ("SVC-0002", "Equipment install labor (hours)", 3, "85.00", False),
        ("FRT-0001", "Freight - LTL, liftgate", 1, "96.00", False),
    ]
    items = [li(f"{c} {desc}", qty, up) for c, desc, qty, up, _ in rows]
    taxable = sum(D(it["amount"]) for it, r in zip(items, rows, strict=False) if r[4])
    net = sum(D(it["amount"]) for it in items)
    vat = q(taxable * D("0.08875"))
    total = net + vat
    disc = q(total * D("0.02"))
    doc = Doc(name, letter)
    p = doc.page()
    W, H = letter
    navy = (0.08, 0.2, 0.35)
    p.rect(0.6 * 72, H - 1.25 * 72, 0.55 * 72, 0.55 * 72, fill=navy, stroke=None)
    p.rect(0.75 * 72, H - 1.1 * 72, 0.25 * 72, 0.25 * 72, fill=(0.95, 0.7, 0.2), stroke=None)
    p.text(1.3 * 72, H - 0.95 * 72, "HARBORLINE", "DVB", 17, color=navy)
    p.text(1.3 * 72, H - 1.18 * 72, "RESTAURANT SUPPLY CO.", "DV", 8.5, color=navy)
    for i, s in enumerate(
        [
            "1180 Industrial Pkwy, Unit C",
            "Long Island City, NY 11101",
            "(718) 555-0144  ·  ar@harborline-supply.com",
        ]
    ):
        p.text(0.6 * 72, H - 1.55 * 72 - i * 11, s, "DV", 8)
    p.text(W - 0.6 * 72, H - 0.95 * 72, "INVOICE", "DVB", 22, "r")
    kv = [
        ("Invoice #", num),
        ("Invoice Date", idate.strftime("%m/%d/%Y")),
        ("Order Date", order.strftime("%m/%d/%Y")),
        ("Ship Date", ship.strftime("%m/%d/%Y")),
        ("Customer PO", "PO-55190"),
        ("Terms", "2/10 Net 30"),
        ("Due Date", due.strftime("%m/%d/%Y")),
    ]
    y = H - 1.4 * 72
    for k, v in kv:
        p.text(W - 2.1 * 72, y, k, "DVB", 8)
        p.text(W - 0.6 * 72, y, v, "DV", 8, "r")
        y -= 11
    for col, x in (
        (
            [
                ("BILL TO", "DVB"),
                ("Marlowe's Kitchen LLC", "DV"),
                ("Attn: Accounts Payable", "DV"),
                ("402 Atlantic Ave", "DV"),
                ("Brooklyn, NY 11217", "DV"),
            ],
            0.6,
        ),
        (
            [
                ("SHIP TO", "DVB"),
                ("Marlowe's Kitchen - Commissary", "DV"),
                ("55 Bay Ridge Ave", "DV"),
                ("Brooklyn, NY 11220", "DV"),
            ],
            3.0,
        ),
    ):
        for i, (s, f) in enumerate(col):
            p.text(x * 72, H - 2.55 * 72 - i * 11.5, s, f, 8.5)
    y = H - 3.55 * 72
    p.rect(0.55 * 72, y - 5, W - 1.1 * 72, 16, fill=navy, stroke=None)
    cols = [
        (0.62, "Item", "l"),
        (1.45, "Description", "l"),
        (5.2, "Qty", "r"),
        (5.75, "Tax", "c"),
        (6.65, "Unit Price", "r"),
        (7.85, "Amount", "r"),
    ]
    for x, s, a in cols:
        p.text(x * 72, y, s, "DVB", 8.5, a, (1, 1, 1))
    y -= 18
    for (c, desc, qty, up, tx), it in zip(rows, items, strict=False):
        p.text(0.62 * 72, y, c, "DVM", 8)
        p.text(1.45 * 72, y, desc, "DV", 8.5)
        p.text(5.2 * 72, y, str(qty), "DV", 8.5, "r")
        p.text(5.75 * 72, y, "T" if tx else "", "DV", 8.5, "c") if tx else None
        p.text(6.65 * 72, y, en(up), "DV", 8.5, "r")
        p.text(7.85 * 72, y, en(it["amount"]), "DV", 8.5, "r")
        p.line(0.55 * 72, y - 5, W - 0.55 * 72, y - 5, 0.2, (0.7, 0.7, 0.7))
        y -= 16
    y -= 8
    for k, v, f in [
        ("Subtotal", en(net), "DV"),
        ("Taxable subtotal", en(taxable), "DV"),
        ("NY Sales Tax 8.875%", en(vat), "DV"),
        ("TOTAL USD", "$" + en(total), "DVB"),
    ]:
        p.text(5.3 * 72, y, k, f, 9)
        p.text(7.85 * 72, y, v, f, 9, "r")
        y -= 14
    p.rect(0.6 * 72, y - 30, 4.2 * 72, 70, stroke=navy, lw=0.8)
    for i, s in enumerate(
        [
            "PAYMENT TERMS: 2/10 NET 30",
            f"Pay ${en(total - disc)} if paid by {disc_date.strftime('%m/%d/%Y')} (2% discount ${en(disc)})",
            f"Otherwise ${en(total)} due by {due.strftime('%m/%d/%Y')}",
            "1.5% monthly finance charge on past-due balances.",
        ]
    ):
        p.text(0.7 * 72, y + 28 - i * 14, s, "DVB" if i == 0 else "DV", 8.5)
    p.text(
        W / 2,
        0.75 * 72,
        "Remit to: Harborline Restaurant Supply Co. · Chase Bank · ABA 021000021 · Acct 7740 118 203",
        "DV",
        7.5,
        "c",
    )
    p.text(W / 2, 0.75 * 72 - 11, "Thank you for your business!", "DVI", 8, "c")
    note = f"Terms 2/10 net 30 with discounted pay amount {en(total - disc)} and discount date; order, ship, invoice and due dates; sales tax only on taxable (T) lines; subtotal vs taxable subtotal."
    return doc.done(), truth(
        num, idate, due, vendor, net, vat, total, "USD", "en-US", "invoice", "invoice", items, note
    )


def i10(name):
    """CA telecom bill with GST + PST, summary first; scan."""
    vendor = "Northline Communications Inc."
    num = "5129 4478 2026-03"
    idate, due = d(2026, 3, 12), d(2026, 4, 2)
    items = [
        li("Home Internet 500 - Mar 12 to Apr 11", 1, "85.00"),
        li("TV Essentials - Mar 12 to Apr 11", 1, "42.00"),
        li("Mobile Plan 25GB (604-555-0187) - Mar 12 to Apr 11", 1, "65.00"),
        li("Bundle discount", 1, "-20.00"),
        li("Long distance usage - Feb", 1, "3.48"),
        li("Equipment rental - modem", 1, "5.00"),
    ]
    net = sum(D(x["amount"]) for x in items)
    gst = q(net * D("0.05"))
    pst = q(net * D("0.07"))
    vat = gst + pst
    total = net + vat
    prev, paid = D("203.17"), D("-203.17")
    doc = Doc(name, letter)
    p = doc.page()
    W, H = letter
    blue = (0.05, 0.3, 0.7)
    logo_bars(p, 36, H - 62, blue, 5, 6, 26)
    p.text(80, H - 52, "NORTHLINE", "DVB", 18, color=blue)
    p.text(80, H - 63, "communications", "DV", 9, color=blue)
    p.text(W - 40, H - 44, "Your bill", "DVB", 13, "r")
    p.text(W - 40, H - 58, "Account number 5129 4478", "DV", 9, "r")
    p.text(W - 40, H - 70, "Bill date Mar 12, 2026", "DV", 9, "r")
    p.text(W - 40, H - 82, f"Invoice no. {num}", "DV", 9, "r")
    for i, s in enumerate(["MS PRIYA SANDHU", "2208 W 4TH AVE", "VANCOUVER BC  V6K 1N8"]):
        p.text(40, H - 110 - i * 13, s, "DVM", 10)
    by = H - 300
    p.rect(36, by, W - 72, 140, stroke=blue, lw=1.2)
    p.rect(36, by + 118, W - 72, 22, fill=blue, stroke=None)
    p.text(46, by + 125, "Summary of your account", "DVB", 11, color=(1, 1, 1))
    rows = [
        ("Previous bill (Feb 12, 2026)", en(prev)),
        ("Payment received Mar 1, 2026 - thank you", en(paid)),
        ("Balance forward", en(prev + paid)),
        ("Current charges (incl. taxes)", en(total)),
    ]
    y = by + 100
    for k, v in rows:
        p.text(46, y, k, "DV", 10)
        p.text(W - 46, y, "$" + v, "DV", 10, "r")
        y -= 16
    p.line(46, y + 10, W - 46, y + 10, 0.8)
    p.text(46, y - 6, "Total amount due", "DVB", 13)
    p.text(W - 46, y - 6, "$" + en(prev + paid + total), "DVB", 13, "r")
    p.text(46, y - 22, "Please pay by Apr 2, 2026", "DVB", 10, color=blue)
    y = by - 30
    p.text(40, y, "Current charges", "DVB", 11)
    y -= 18
    for it in items:
        p.text(40, y, it["description"], "DV", 9)
        p.text(W - 40, y, en(it["amount"]), "DV", 9, "r")
        y -= 13
    for k, v, f in [
        ("Subtotal before taxes", en(net), "DV"),
        ("GST 5% (No. 81244 7730 RT0001)", en(gst), "DV"),
        ("PST 7% (BC PST-1044-7821)", en(pst), "DV"),
        ("Total current charges", en(total), "DVB"),
    ]:
        p.text(300, y - 6, k, f, 9)
        p.text(W - 40, y - 6, v, f, 9, "r")
        y -= 14
    p.line(0, 120, W, 120, 0.5, dash=[3, 3])
    p.text(40, 100, "Payment slip - please return with your payment", "DVB", 8.5)
    for i, (k, v) in enumerate(
        [
            ("Account number", "5129 4478"),
            ("Amount due", "$" + en(prev + paid + total)),
            ("Due date", "Apr 2, 2026"),
            ("Amount paid", "$ ________"),
        ]
    ):
        p.text(340, 100 - i * 15, k, "DV", 9)
        p.text(W - 40, 100 - i * 15, v, "DVB" if i < 3 else "DV", 9, "r")
    p.text(
        40,
        30,
        "Northline Communications Inc., 1400 - 725 Granville St, Vancouver BC V7Y 1G5",
        "DV",
        7,
    )
    note = "Two taxes (GST 5 % + PST 7 %) keyed together as vat; previous bill paid so amount due equals current charges; payment slip repeats amount; service period and bill dates."
    return doc.done(), truth(
        num, idate, due, vendor, net, vat, total, "CAD", "en-CA", "invoice", "invoice", items, note
    )


def i11(name):
    """AU insurance renewal with GST + stamp duty and a quarterly instalment schedule; 2-page PDF."""
    vendor = "Southern Cross Mutual Insurance Ltd"
    num = "TI-2026-771204"
    idate = d(2026, 5, 20)
    base = D("1486.00")
    gst = q(base * D("0.10"))
    duty = q((base + gst) * D("0.09"))
    vat = gst + duty
    total = base + vat
    inst = q(total / 4)
    insts = [inst, inst, inst, total - 3 * inst]
    dates = [d(2026, 6, 15), d(2026, 9, 15), d(2026, 12, 15), d(2027, 3, 15)]
    items = [li("Home & Contents Insurance - base premium (policy HC-0448192)", 1, base)]
    doc = Doc(name)
    W, H = A4
    maroon = (0.5, 0.05, 0.15)

    def hdr(p, n):
        p.c.setFillColorRGB(*maroon)
        path = p.c.beginPath()
        path.moveTo(18 * mm, H - 14 * mm)
        path.lineTo(30 * mm, H - 14 * mm)
        path.lineTo(30 * mm, H - 24 * mm)
        path.lineTo(24 * mm, H - 30 * mm)
        path.lineTo(18 * mm, H - 24 * mm)
        path.close()
        p.c.drawPath(path, stroke=0, fill=1)
        p.text(34 * mm, H - 22 * mm, "Southern Cross Mutual", "DVSB", 15, color=maroon)
        p.text(34 * mm, H - 27 * mm, "ABN 63 004 118 920 · AFSL 241877", "DV", 7)
        p.text(W - 18 * mm, H - 20 * mm, f"Page {n} of 2", "DV", 8, "r")

    p = doc.page()
    hdr(p, 1)
    p.text(18 * mm, H - 44 * mm, "Renewal Notice and Tax Invoice", "DVB", 15)
    for i, s in enumerate(
        ["Mr Thomas & Mrs Aiko Whitfield", "14 Banksia Crescent", "KIAMA NSW 2533"]
    ):
        p.text(18 * mm, H - 56 * mm - i * 5 * mm, s, "DV", 10)
    kv = [
        ("Tax invoice number", num),
        ("Date of issue", "20 May 2026"),
        ("Policy number", "HC-0448192"),
        ("Period of insurance", "15 Jun 2026 to 15 Jun 2027"),
        ("Payment option", "Quarterly instalments"),
    ]
    for i, (k, v) in enumerate(kv):
        p.text(110 * mm, H - 56 * mm - i * 5 * mm, k, "DV", 8.5)
        p.text(W - 18 * mm, H - 56 * mm - i * 5 * mm, v, "DV", 8.5, "r")
    by = H - 128 * mm
    p.rect(18 * mm, by, W - 36 * mm, 40 * mm, fill=(0.98, 0.93, 0.94), stroke=maroon)
    p.text(24 * mm, by + 31 * mm, "Your premium for the new period", "DVB", 11, color=maroon)
    p.text(24 * mm, by + 19 * mm, f"Total annual premium ${en(total)}", "DVB", 14)
    p.text(24 * mm, by + 9 * mm, f"First instalment of ${en(insts[0])} due 15 June 2026", "DV", 10)
    p.text(W - 24 * mm, by + 9 * mm, "Last year: $2,074.65", "DV", 8.5, "r")
    y = by - 12 * mm
    p.text(18 * mm, y, "Premium breakdown", "DVB", 11)
    y -= 8 * mm
    for k, v, f in [
        ("Base premium", base, "DV"),
        ("GST", gst, "DV"),
        ("NSW stamp duty (9%)", duty, "DV"),
        ("Total premium payable", total, "DVB"),
    ]:
        p.text(24 * mm, y, k, f, 9.5)
        p.text(110 * mm, y, "$" + en(v), f, 9.5, "r")
        y -= 6 * mm
    y -= 6 * mm
    p.text(18 * mm, y, "Your cover", "DVB", 11)
    y -= 7 * mm
    for k, v in [
        ("Building sum insured", "$812,000"),
        ("Contents sum insured", "$145,000"),
        ("Standard excess", "$500"),
        ("Discounts applied", "Loyalty 5 years, alarm"),
        ("No claim bonus", "Level 4"),
    ]:
        p.text(24 * mm, y, k, "DV", 9)
        p.text(110 * mm, y, v, "DV", 9, "r")
        y -= 5.5 * mm
    p.text(
        W / 2,
        14 * mm,
        "Southern Cross Mutual Insurance Ltd · Level 19, 1 O'Connell Street, Sydney NSW 2000 · 13 22 44",
        "DV",
        7,
        "c",
    )
    p = doc.page()
    hdr(p, 2)
    p.text(18 * mm, H - 44 * mm, "Instalment schedule", "DVB", 13)
    y = H - 56 * mm
    for x, s, a in (
        (20, "Instalment", "l"),
        (70, "Due date", "l"),
        (130, "Amount", "r"),
        (175, "Status", "r"),
    ):
        p.text(x * mm, y, s, "DVB", 9, a)
    p.line(18 * mm, y - 2.5 * mm, W - 18 * mm, y - 2.5 * mm)
    y -= 8 * mm
    for i, (a, dd) in enumerate(zip(insts, dates, strict=False)):
        p.text(20 * mm, y, f"{i + 1} of 4", "DV", 9)
        p.text(70 * mm, y, dd.strftime("%d/%m/%Y"), "DV", 9)
        p.text(130 * mm, y, "$" + en(a), "DV", 9, "r")
        p.text(175 * mm, y, "Direct debit", "DV", 9, "r")
        y -= 6 * mm
    p.line(18 * mm, y + 3 * mm, W - 18 * mm, y + 3 * mm)
    p.text(20 * mm, y - 2 * mm, "Total", "DVB", 9)
    p.text(130 * mm, y - 2 * mm, "$" + en(total), "DVB", 9, "r")
    y -= 16 * mm
    for s in (
        "Instalments will be debited from BSB 062-118 account ****4471. If an instalment is not paid within 14 days of its due date we may cancel your policy.",
        "Paying annually instead? Pay $"
        + en(total)
        + " by 15 June 2026 using BPAY Biller code 77119, Ref 0448 1920 0.",
        "This document will be a tax invoice for GST when you make a payment. GST-registered policyholders should advise us of their input tax credit entitlement.",
    ):
        y = p.wrap(18 * mm, y, s, W - 36 * mm, "DV", 9) - 3 * mm
    p.text(
        W / 2,
        14 * mm,
        "Southern Cross Mutual Insurance Ltd · Level 19, 1 O'Connell Street, Sydney NSW 2000 · 13 22 44",
        "DV",
        7,
        "c",
    )
    note = "Insurance premium: vat = GST + stamp duty (all taxes); quarterly instalment schedule on page 2, due_date keyed as the first instalment date; last year's premium distractor; policy period dates."
    return doc.done(), truth(
        num,
        idate,
        dates[0],
        vendor,
        base,
        vat,
        total,
        "AUD",
        "en-AU",
        "invoice",
        "invoice",
        items,
        note,
    )


def i12(name):  # noqa: C901
    """IN GST tax invoice, CGST+SGST at two rates, HSN summary, round off; photo."""
    vendor = "Shree Ganesh Traders Pvt. Ltd."
    num = "SGT/25-26/2291"
    idate, due = d(2026, 2, 17), d(2026, 3, 19)
    rows = [
        ("Basmati Rice 25 kg bag", "1006", 8, "1850.00", 5),
        ("Toor Dal 30 kg", "0713", 4, "3960.00", 5),
        ("Stainless Steel Kadai 40 cm", "7323", 6, "1245.00", 18),
        ("Gas Stove 3 Burner Commercial", "7321", 1, "8450.00", 18),
        ("Plastic Storage Drum 100 L", "3923", 5, "689.00", 18),
    ]
    items = [li(r_[0], r_[2], r_[3]) for r_ in rows]
    base = {5: D(0), 18: D(0)}
    for it, r_ in zip(items, rows, strict=False):
        base[r_[4]] += D(it["amount"])
    half = {k: q(v * D(k) / 200) for k, v in base.items()}
    net = sum(base.values())
    vat = 2 * sum(half.values())
    raw = net + vat
    total = q(raw, 0)
    rnd = total - raw
    doc = Doc(name)
    p = doc.page()
    W, H = A4
    p.rect(15 * mm, 15 * mm, W - 30 * mm, H - 30 * mm, stroke=(0, 0, 0), lw=0.8)
    p.text(W / 2, H - 24 * mm, "TAX INVOICE", "DVB", 12, "c")
    p.text(W / 2, H - 33 * mm, "SHREE GANESH TRADERS PVT. LTD.", "DVSB", 15, "c")
    p.text(
        W / 2,
        H - 39 * mm,
        "Shop No. 14, APMC Market Phase II, Vashi, Navi Mumbai, Maharashtra - 400703",
        "DV",
        8,
        "c",
    )
    p.text(
        W / 2,
        H - 44 * mm,
        "GSTIN: 27AAHCS4471K1Z8   PAN: AAHCS4471K   State: Maharashtra (27)",
        "DV",
        8,
        "c",
    )
    p.line(15 * mm, H - 48 * mm, W - 15 * mm, H - 48 * mm)
    left = [
        ("Buyer (Bill to)", "DVB"),
        ("Hotel Sahyadri Residency", "DV"),
        ("Plot 22, MIDC Road, Thane (W) - 400604", "DV"),
        ("GSTIN: 27AACFH9902M1Z3", "DV"),
    ]
    for i, (s, f) in enumerate(left):
        p.text(18 * mm, H - 54 * mm - i * 4.6 * mm, s, f, 8.5)
    right = [
        ("Invoice No.", num),
        ("Invoice Date", idate.strftime("%d-%m-%Y")),
        ("Buyer's Order No.", "HSR/PO/1187 dt. 09-02-2026"),
        ("Dispatch Date", "15-02-2026"),
        ("Payment terms", "30 days"),
        ("Due Date", due.strftime("%d-%m-%Y")),
    ]
    for i, (k, v) in enumerate(right):
        p.text(112 * mm, H - 54 * mm - i * 4.6 * mm, k, "DV", 8)
        p.text(W - 18 * mm, H - 54 * mm - i * 4.6 * mm, v, "DV", 8, "r")
    y = H - 86 * mm
    p.line(15 * mm, y + 6 * mm, W - 15 * mm, y + 6 * mm)
    cols = [
        (18, "Sl", "l"),
        (25, "Description of Goods", "l"),
        (98, "HSN", "l"),
        (118, "Qty", "r"),
        (142, "Rate", "r"),
        (152, "GST%", "l"),
        (192, "Amount", "r"),
    ]
    for x, s, a in cols:
        p.text(x * mm, y, s, "DVB", 8.5, a)
    p.line(15 * mm, y - 2.5 * mm, W - 15 * mm, y - 2.5 * mm)
    y -= 8 * mm
    for i, (it, r_) in enumerate(zip(items, rows, strict=False)):
        for (x, _, a), v in zip(
            cols,
            [
                str(i + 1),
                r_[0],
                r_[1],
                f"{r_[2]} Nos",
                en(r_[3]),
                f"{r_[4]}%",
                money(it["amount"], ".", ",", indian=True),
            ],
            strict=False,
        ):
            p.text(x * mm, y, v, "DV", 8.5, a)
        y -= 6 * mm
    p.line(15 * mm, y + 2.5 * mm, W - 15 * mm, y + 2.5 * mm)
    y -= 3 * mm
    tl = [("Taxable Value", net)]
    for k in (5, 18):
        tl += [(f"CGST @ {k / 2:g}%", half[k]), (f"SGST @ {k / 2:g}%", half[k])]
    tl += [("Round Off", rnd), ("Grand Total", total)]
    for k, v in tl:
        f = "DVB" if k == "Grand Total" else "DV"
        p.text(120 * mm, y, k, f, 9)
        p.text(
            192 * mm,
            y,
            ("₹ " if k == "Grand Total" else "") + money(v, ".", ",", indian=True),
            f,
            9,
            "r",
        )
        y -= 5.5 * mm
    y -= 2 * mm
    p.text(
        18 * mm,
        y,
        "Amount in words: INR Thirty Nine Thousand Five Hundred Ninety Five Only"
        if total == D("39595")
        else f"Amount (INR): {money(total, '.', ',', indian=True)}",
        "DVI",
        8.5,
    )
    y -= 10 * mm
    p.text(18 * mm, y, "HSN/SAC summary", "DVB", 8.5)
    y -= 6 * mm
    hx = [
        (18, "HSN", "l"),
        (70, "Taxable Value", "r"),
        (95, "CGST", "r"),
        (120, "SGST", "r"),
        (150, "Total Tax", "r"),
    ]
    for x, s, a in hx:
        p.text(x * mm, y, s, "DVB", 8, a)
    y -= 5 * mm
    for it, r_ in zip(items, rows, strict=False):
        a = D(it["amount"])
        hv = q(a * r_[4] / 200)
        for (x, _, al), v in zip(hx, [r_[1], en(a), en(hv), en(hv), en(2 * hv)], strict=False):
            p.text(x * mm, y, v, "DV", 8, al)
        y -= 4.6 * mm
    y -= 6 * mm
    p.text(
        18 * mm,
        y,
        "Bank: HDFC Bank, Vashi Branch  A/c No. 50200044718823  IFSC HDFC0000541",
        "DV",
        8,
    )
    p.text(W - 20 * mm, 30 * mm, "for SHREE GANESH TRADERS PVT. LTD.", "DVB", 8.5, "r")
    p.text(W - 20 * mm, 20 * mm, "Authorised Signatory", "DV", 8, "r")
    p.text(20 * mm, 20 * mm, "Subject to Navi Mumbai jurisdiction. E. & O.E.", "DV", 7.5)
    note = "CGST+SGST at 2.5 % and 9 % (vat = sum of the four lines); Round Off line (rounding) before Grand Total; HSN summary repeats tax per line (per-line rounding differs from the totals); order and dispatch dates; Indian digit grouping."
    return doc.done(), truth(
        num,
        idate,
        due,
        vendor,
        net,
        vat,
        total,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        items,
        note,
        rounding=rnd,
    )


def i13(name):
    """SG credit note, GST 9 %, negative amounts; image-only PDF."""
    vendor = "Meridian Office Solutions Pte. Ltd."
    num = "CN-2026-00193"
    idate = d(2026, 4, 22)
    items = [
        li("Ergonomic mesh chair MX-300 (returned, damaged in transit)", -3, "289.00"),
        li("Delivery charge refund", -1, "45.00"),
        li("Restocking fee waived", 1, "0.00"),
    ]
    net = sum(D(x["amount"]) for x in items)
    vat = q(net * D("0.09"))
    total = net + vat
    doc = Doc(name)
    p = doc.page()
    W, H = A4
    grey = (0.25, 0.25, 0.3)
    p.rect(20 * mm, H - 32 * mm, 5 * mm, 14 * mm, fill=(0.85, 0.2, 0.2), stroke=None)
    p.rect(26 * mm, H - 32 * mm, 5 * mm, 10 * mm, fill=grey, stroke=None)
    p.text(35 * mm, H - 26 * mm, "MERIDIAN", "DVB", 18, color=grey)
    p.text(35 * mm, H - 31 * mm, "OFFICE SOLUTIONS", "DV", 7.5, color=grey)
    for i, s in enumerate(
        [
            "Meridian Office Solutions Pte. Ltd.",
            "10 Ubi Crescent #05-22, Ubi Techpark",
            "Singapore 408564",
            "UEN 201418832K  GST Reg. No. 201418832K",
        ]
    ):
        p.text(W - 20 * mm, H - 18 * mm - i * 4.2 * mm, s, "DV", 7.5, "r")
    p.text(20 * mm, H - 50 * mm, "CREDIT NOTE", "DVB", 18)
    for i, (k, v) in enumerate(
        [
            ("Credit Note No.", num),
            ("Date", "22 Apr 2026"),
            ("Against Invoice", "INV-2026-01877"),
            ("Invoice Date", "02 Apr 2026"),
            ("Customer A/C", "C-3310"),
        ]
    ):
        p.text(120 * mm, H - 46 * mm - i * 5 * mm, k, "DV", 8.5)
        p.text(W - 20 * mm, H - 46 * mm - i * 5 * mm, v, "DVB" if i == 0 else "DV", 8.5, "r")
    for i, s in enumerate(
        ["Credit to:", "Lumen Analytics Pte Ltd", "71 Robinson Road #14-01", "Singapore 068895"]
    ):
        p.text(20 * mm, H - 62 * mm - i * 5 * mm, s, "DVB" if i == 0 else "DV", 9)
    y = H - 100 * mm
    p.rect(20 * mm, y - 2.5 * mm, W - 40 * mm, 8 * mm, fill=(0.9, 0.9, 0.92), stroke=None)
    for x, s, a in (
        (22, "Description", "l"),
        (140, "Qty", "r"),
        (162, "Unit Price", "r"),
        (188, "Amount (S$)", "r"),
    ):
        p.text(x * mm, y, s, "DVB", 9, a)
    y -= 9 * mm
    for it in items:
        p.text(22 * mm, y, it["description"], "DV", 9)
        p.text(140 * mm, y, it["quantity"], "DV", 9, "r")
        p.text(162 * mm, y, en(it["unit_price"]), "DV", 9, "r")
        p.text(188 * mm, y, en(it["amount"]), "DV", 9, "r")
        y -= 7 * mm
    y -= 4 * mm
    for k, v, f in [
        ("Sub-total", net, "DV"),
        ("GST @ 9%", vat, "DV"),
        ("Total Credit (S$)", total, "DVB"),
    ]:
        p.text(120 * mm, y, k, f, 10)
        p.text(188 * mm, y, en(v), f, 10, "r")
        y -= 7 * mm
    y -= 6 * mm
    y = p.wrap(
        20 * mm,
        y,
        f"This credit note will be applied against your outstanding balance. Original invoice INV-2026-01877 total S$ 2,498.07; balance after this credit S$ {en(D('2498.07') + total)}.",
        W - 40 * mm,
        "DV",
        9,
    )
    p.text(20 * mm, 30 * mm, "Authorised by: ____________________", "DV", 9)
    p.text(
        W / 2,
        15 * mm,
        "Thank you for your business. Enquiries: accounts@meridian-office.sg  +65 6744 2180",
        "DV",
        7.5,
        "c",
    )
    note = "Credit note with negative amounts; original invoice number/date/total and remaining balance printed as distractors; no due date."
    return doc.done(), truth(
        num,
        idate,
        None,
        vendor,
        net,
        vat,
        total,
        "SGD",
        "en-SG",
        "invoice",
        "credit_note",
        items,
        note,
    )


def i14(name):
    """ZA municipal account: opening balance, payments, current charges, VAT only on services; scan."""
    vendor = "Drakenstein Valley Local Municipality"
    num = "TI 0012 4471 0326"
    idate, due = d(2026, 3, 9), d(2026, 3, 25)
    services = [
        li("Electricity 486 kWh (Block 1 & 2)", 486, "2.9418"),
        li("Electricity basic charge", 1, "212.60"),
        li("Water 14 kL", 14, "29.87"),
        li("Sewerage", 1, "318.40"),
        li("Refuse removal", 1, "254.15"),
    ]
    rates = li("Property rates (valuation R 1 450 000, 0% VAT)", 1, "987.35")
    items = [*services, rates]
    vat_base = sum(D(x["amount"]) for x in services)
    vat = q(vat_base * D("0.15"))
    net = vat_base + D(rates["amount"])
    total = net + vat
    opening, paid = D("3412.77"), D("-3412.77")
    arrears = D("0.00")
    doc = Doc(name)
    p = doc.page()
    W, H = A4
    p.circle(28 * mm, H - 24 * mm, 9 * mm, (0.1, 0.35, 0.2))
    p.circle(28 * mm, H - 24 * mm, 6 * mm, (0.95, 0.8, 0.2))
    p.text(40 * mm, H - 21 * mm, "DRAKENSTEIN VALLEY", "DVB", 14)
    p.text(40 * mm, H - 27 * mm, "LOCAL MUNICIPALITY", "DV", 10)
    p.text(40 * mm, H - 32 * mm, "VAT Reg. No. 4210 118 332 · PO Box 1, Paarl 7620", "DV", 7)
    p.text(W - 18 * mm, H - 20 * mm, "TAX INVOICE / STATEMENT", "DVB", 11, "r")
    kv = [
        ("Account number", "0012 4471"),
        ("Tax invoice no.", num),
        ("Statement date", "2026/03/09"),
        ("Due date", "2026/03/25"),
        ("Stand no.", "ERF 11872 PAARL"),
    ]
    for i, (k, v) in enumerate(kv):
        p.text(125 * mm, H - 30 * mm - i * 4.6 * mm, k, "DV", 8)
        p.text(
            W - 18 * mm, H - 30 * mm - i * 4.6 * mm, v, "DVB" if k == "Due date" else "DV", 8, "r"
        )
    for i, s in enumerate(["MR J VAN DER MERWE", "18 PROTEA STREET", "PAARL", "7646"]):
        p.text(20 * mm, H - 50 * mm - i * 4.8 * mm, s, "DVM", 9.5)
    y = H - 82 * mm
    p.rect(18 * mm, y - 26 * mm, W - 36 * mm, 32 * mm, stroke=(0, 0, 0))
    hx = [20, 55, 90, 125, 160]
    for x, s in zip(
        hx,
        ["Opening balance", "Payments", "Current charges", "Arrears 30+ days", "AMOUNT DUE"],
        strict=False,
    ):
        p.text(x * mm, y, s, "DVB", 8)
    for x, v in zip(
        hx, [opening, paid, total, arrears, opening + paid + total + arrears], strict=False
    ):
        p.text(x * mm, y - 8 * mm, "R " + money(v, ".", " "), "DV", 9.5)
    p.text(
        20 * mm, y - 20 * mm, "Last payment received 2026/02/24 — R 3 412.77 — thank you.", "DV", 8
    )
    y -= 40 * mm
    p.text(20 * mm, y, "DETAILS OF CURRENT CHARGES — period 2026/02/01 to 2026/02/28", "DVB", 9.5)
    y -= 8 * mm
    for x, s, a in (
        (20, "Service", "l"),
        (120, "Units", "r"),
        (145, "Tariff", "r"),
        (168, "VAT", "r"),
        (192, "Amount", "r"),
    ):
        p.text(x * mm, y, s, "DVB", 8.5, a)
    p.line(18 * mm, y - 2.5 * mm, W - 18 * mm, y - 2.5 * mm)
    y -= 8 * mm
    for it in items:
        v = q(D(it["amount"]) * D("0.15")) if it is not rates else D(0)
        p.text(20 * mm, y, it["description"], "DV", 8.5)
        p.text(120 * mm, y, it["quantity"], "DV", 8.5, "r")
        p.text(
            145 * mm,
            y,
            money(D(it["unit_price"]), ".", " ", 4 if it["quantity"] != "1" else 2),
            "DV",
            8.5,
            "r",
        )
        p.text(168 * mm, y, money(v, ".", " "), "DV", 8.5, "r")
        p.text(192 * mm, y, money(it["amount"], ".", " "), "DV", 8.5, "r")
        y -= 6 * mm
    p.line(120 * mm, y + 3 * mm, W - 18 * mm, y + 3 * mm)
    for k, v, f in [
        ("Total excl. VAT", net, "DV"),
        ("VAT @ 15%", vat, "DV"),
        ("Current charges incl. VAT", total, "DVB"),
    ]:
        p.text(122 * mm, y - 1 * mm, k, f, 8.5)
        p.text(192 * mm, y - 1 * mm, money(v, ".", " "), f, 8.5, "r")
        y -= 6 * mm
    y -= 8 * mm
    p.text(
        20 * mm,
        y,
        "Meter: 04 118 773  previous reading 2026/01/30: 71 204  current reading 2026/02/27: 71 690",
        "DV",
        8,
    )
    p.text(
        20 * mm,
        y - 5 * mm,
        "Interest will be charged on amounts unpaid after the due date. Next statement: 2026/04/08.",
        "DV",
        8,
    )
    p.line(0, 42 * mm, W, 42 * mm, 0.4, dash=[2, 2])
    p.text(20 * mm, 35 * mm, "REMITTANCE ADVICE", "DVB", 9)
    p.text(
        20 * mm,
        29 * mm,
        "Account 0012 4471 · Pay at any municipal office, EasyPay 9 2201 0012 4471 6 or EFT",
        "DV",
        8,
    )
    p.text(
        20 * mm, 23 * mm, "Bank: ABSA · Acc 4071 223 819 · Branch 632005 · Ref: 00124471", "DV", 8
    )
    p.text(
        W - 20 * mm,
        29 * mm,
        "Amount due R " + money(opening + paid + total + arrears, ".", " "),
        "DVB",
        10,
        "r",
    )
    p.text(W - 20 * mm, 23 * mm, "Due 2026/03/25", "DV", 9, "r")
    note = "Municipal statement: opening balance, payment, arrears and amount due in a row; VAT only on services, property rates at 0 %; space thousands; period, reading and next-statement dates."
    return doc.done(), truth(
        num, idate, due, vendor, net, vat, total, "ZAR", "en-ZA", "invoice", "invoice", items, note
    )


def i15(name):
    """MX CFDI invoice paid in three instalments (PPD); photo."""
    vendor = "Refrigeración Industrial del Bajío, S.A. de C.V."
    num = "A-8821"
    idate = d(2026, 1, 28)
    items = [
        li("Cámara de refrigeración modular 3x3x2.4 m", 1, "148500.00"),
        li("Unidad condensadora 5 HP R-448A", 1, "62300.00"),
        li("Instalación y puesta en marcha", 1, "18750.00"),
    ]
    net = sum(D(x["amount"]) for x in items)
    vat = q(net * D("0.16"))
    total = net + vat
    p1 = q(total * D("0.40"))
    p2 = q(total * D("0.30"))
    parts = [p1, p2, total - p1 - p2]
    dates = [d(2026, 2, 12), d(2026, 3, 13), d(2026, 4, 14)]
    doc = Doc(name, letter)
    p = doc.page()
    W, H = letter
    cyan = (0.0, 0.45, 0.6)
    p.c.setFillColorRGB(*cyan)
    for i in range(6):
        p.c.saveState()
        p.c.translate(60, H - 62)
        p.c.rotate(i * 30)
        p.c.rect(-1.5, -16, 3, 32, stroke=0, fill=1)
        p.c.restoreState()
    p.text(86, H - 56, "RIBSA", "DVB", 22, color=cyan)
    p.text(86, H - 70, "Refrigeración Industrial del Bajío, S.A. de C.V.", "DV", 8)
    p.text(86, H - 80, "RFC RIB0904157K3 · Régimen 601 General de Ley Personas Morales", "DV", 7)
    p.text(86, H - 90, "Blvd. Adolfo López Mateos 2215, León, Gto., C.P. 37530", "DV", 7)
    p.text(W - 36, H - 50, "FACTURA", "DVB", 16, "r")
    for i, (k, v) in enumerate(
        [
            ("Serie y folio", num),
            ("Fecha de emisión", "28/01/2026 11:42:07"),
            ("Fecha de certificación", "28/01/2026 11:43:55"),
            ("Folio fiscal (UUID)", "7E1B0C44-2A9F-4D71-B3E2-09A51C6F8D12"),
            ("Método de pago", "PPD Pago en parcialidades o diferido"),
            ("Forma de pago", "99 Por definir"),
            ("Uso CFDI", "G03 Gastos en general"),
        ]
    ):
        p.text(330, H - 66 - i * 11, k, "DVB", 7.5)
        p.text(W - 36, H - 66 - i * 11, v, "DV", 7.5, "r")
    y = H - 160
    p.rect(36, y - 34, W - 72, 46, stroke=cyan)
    for i, s in enumerate(
        [
            "Receptor: Lácteos Finos de Los Altos, S.A. de C.V.",
            "RFC LFA120731QW2 · Domicilio fiscal C.P. 47600, Tepatitlán, Jal.",
            "Pedido 4500-7718 del 05/01/2026 · Entrega 22/01/2026",
        ]
    ):
        p.text(44, y - i * 12, s, "DVB" if i == 0 else "DV", 8.5)
    y -= 60
    p.rect(36, y - 5, W - 72, 16, fill=cyan, stroke=None)
    for x, s, a in (
        (44, "Cant.", "l"),
        (80, "Clave SAT / Descripción", "l"),
        (460, "P. unitario", "r"),
        (W - 44, "Importe", "r"),
    ):
        p.text(x, y, s, "DVB", 8.5, a, (1, 1, 1))
    y -= 20
    for it, clave in zip(items, ["40101901", "40101902", "72151200"], strict=False):
        p.text(44, y, it["quantity"], "DV", 8.5)
        p.text(80, y, f"{clave} · {it['description']}", "DV", 8.5)
        p.text(460, y, "$" + en(it["unit_price"]), "DV", 8.5, "r")
        p.text(W - 44, y, "$" + en(it["amount"]), "DV", 8.5, "r")
        y -= 16
    y -= 6
    for k, v, f in [
        ("Subtotal", net, "DV"),
        ("IVA Trasladado 16%", vat, "DV"),
        ("Total", total, "DVB"),
    ]:
        p.text(380, y, k, f, 9.5)
        p.text(W - 44, y, "$" + en(v), f, 9.5, "r")
        y -= 15
    p.text(44, y + 15, "Moneda: MXN Peso mexicano", "DV", 8)
    y -= 14
    p.text(44, y, "Calendario de pagos (parcialidades)", "DVB", 10, color=cyan)
    y -= 16
    for i, (a, dd) in enumerate(zip(parts, dates, strict=False)):
        p.text(56, y, f"Parcialidad {i + 1}/3", "DV", 9)
        p.text(200, y, "vence " + dd.strftime("%d/%m/%Y"), "DV", 9)
        p.text(400, y, "$" + en(a), "DV", 9, "r")
        y -= 13
    y -= 14
    p.qr(44, 60, 90, rng_for(name), 29)
    for i, s in enumerate(
        [
            "Sello digital del CFDI:",
            "k8Xp2Lq0+RmA4tYwZ1bC9fJ3sN7uHvE5oGiD6yQeTaK2xWzM0lPrSn8cVbF==",
            "Sello del SAT:",
            "Z3mQy8R1wK0uV5tN7pL2aX9sD4fG6hJ0kE2rT8yU1iO3pA5sD7fG9hJ==",
            "No. de serie del certificado del SAT: 00001000000509846663",
            "Este documento es una representación impresa de un CFDI 4.0",
        ]
    ):
        p.text(150, 140 - i * 12, s, "DVB" if s.endswith(":") else "DV", 7)
    note = "PPD invoice paid in three parcialidades with their own due dates and amounts; due_date keyed as the first instalment; emission vs certification timestamps, order and delivery dates; UUID folio fiscal vs serie-folio A-8821 (keyed)."
    return doc.done(), truth(
        num,
        idate,
        dates[0],
        vendor,
        net,
        vat,
        total,
        "MXN",
        "es-MX",
        "invoice",
        "invoice",
        items,
        note,
    )


def i16(name):
    """AE telecom bill: summary first, previous balance, payment, adjustments, VAT 5 %; PDF."""
    vendor = "Sahara Connect Telecommunications PJSC"
    num = "SCT-0526-44817203"
    idate, due = d(2026, 5, 6), d(2026, 5, 27)
    items = [
        li("Home Fibre 500 Mbps (01/05/2026 - 31/05/2026)", 1, "389.00"),
        li("Mobile Postpaid Freedom 150 (050 771 2390)", 1, "150.00"),
        li("International calls April 2026", 1, "37.25"),
        li("Roaming data pass GCC 7 days", 1, "49.00"),
        li("Loyalty discount 10% on Home Fibre", 1, "-38.90"),
    ]
    net = sum(D(x["amount"]) for x in items)
    vat = q(net * D("0.05"))
    total = net + vat
    prev, paid, adj = D("612.45"), D("-500.00"), D("-25.00")
    due_amt = prev + paid + adj + total
    doc = Doc(name)
    p = doc.page()
    W, H = A4
    gold = (0.75, 0.55, 0.1)
    dark = (0.1, 0.1, 0.15)
    p.rect(0, H - 36 * mm, W, 36 * mm, fill=dark, stroke=None)
    p.c.setStrokeColorRGB(*gold)
    p.c.setLineWidth(2.5)
    p.c.arc(16 * mm, H - 30 * mm, 32 * mm, H - 14 * mm, 30, 120)
    p.c.arc(19 * mm, H - 27 * mm, 29 * mm, H - 17 * mm, 30, 120)
    p.text(36 * mm, H - 22 * mm, "SAHARA CONNECT", "DVB", 17, color=(1, 1, 1))
    p.text(36 * mm, H - 28 * mm, "Tax Invoice · TRN 100 2847 7190 0003", "DV", 8, color=gold)
    p.text(W - 18 * mm, H - 20 * mm, "Account 1.0047712", "DV", 9, "r", (1, 1, 1))
    p.text(W - 18 * mm, H - 26 * mm, f"Invoice {num}", "DV", 9, "r", (1, 1, 1))
    y = H - 48 * mm
    for i, s in enumerate(
        ["Mr. Faisal Al Hammadi", "Villa 27, Street 14, Al Barsha 2", "Dubai, United Arab Emirates"]
    ):
        p.text(18 * mm, y - i * 5 * mm, s, "DV", 9.5)
    for i, (k, v) in enumerate(
        [
            ("Invoice date", "06/05/2026"),
            ("Billing period", "01/05/2026 - 31/05/2026"),
            ("Usage period", "01/04/2026 - 30/04/2026"),
            ("Due date", "27/05/2026"),
        ]
    ):
        p.text(118 * mm, y - i * 5 * mm, k, "DV", 8.5)
        p.text(W - 18 * mm, y - i * 5 * mm, v, "DVB" if k == "Due date" else "DV", 8.5, "r")
    bw = (W - 36 * mm - 9 * mm) / 4
    by = H - 100 * mm
    for i, (k, v) in enumerate(
        [
            ("Previous balance", prev),
            ("Payments", paid),
            ("This month's charges", total),
            ("Total amount due", due_amt),
        ]
    ):
        x = 18 * mm + i * (bw + 3 * mm)
        p.rect(x, by, bw, 24 * mm, fill=(0.97, 0.95, 0.9) if i < 3 else gold, stroke=None, r=3)
        col = (1, 1, 1) if i == 3 else dark
        p.text(x + 4 * mm, by + 17 * mm, k, "DV", 8, color=col)
        p.text(x + 4 * mm, by + 8 * mm, "AED " + en(v), "DVB", 11, color=col)
    p.text(
        18 * mm,
        by - 7 * mm,
        f"Adjustments: goodwill credit AED {en(adj)} (ticket 88-11972) applied to your account balance.",
        "DV",
        8.5,
    )
    y = by - 20 * mm
    p.text(18 * mm, y, "Summary of charges", "DVB", 11)
    y -= 8 * mm
    for x, s, a in (
        (18, "Description", "l"),
        (150, "Amount", "r"),
        (172, "VAT 5%", "r"),
        (192, "Total", "r"),
    ):
        p.text(x * mm, y, s, "DVB", 8.5, a)
    p.line(18 * mm, y - 2.5 * mm, W - 18 * mm, y - 2.5 * mm)
    y -= 8 * mm
    for it in items:
        a = D(it["amount"])
        v = q(a * D("0.05"))
        p.text(18 * mm, y, it["description"], "DV", 8.5)
        p.text(150 * mm, y, en(a), "DV", 8.5, "r")
        p.text(172 * mm, y, en(v), "DV", 8.5, "r")
        p.text(192 * mm, y, en(a + v), "DV", 8.5, "r")
        y -= 6 * mm
    p.line(18 * mm, y + 3 * mm, W - 18 * mm, y + 3 * mm)
    p.text(18 * mm, y - 2 * mm, "Total (AED)", "DVB", 9)
    p.text(150 * mm, y - 2 * mm, en(net), "DVB", 9, "r")
    p.text(172 * mm, y - 2 * mm, en(vat), "DVB", 9, "r")
    p.text(192 * mm, y - 2 * mm, en(total), "DVB", 9, "r")
    y -= 16 * mm
    for s in (
        "Pay via the Sahara Connect app, AutoPay, or at any branch. Late payment may result in service suspension after 30/05/2026.",
        "Your next invoice will be issued on 06/06/2026.",
    ):
        y = p.wrap(18 * mm, y, s, W - 36 * mm, "DV", 8.5) - 2 * mm
    p.text(
        W / 2,
        14 * mm,
        "Sahara Connect Telecommunications PJSC · P.O. Box 30112, Dubai, UAE · Commercial Licence 771209 · www.saharaconnect.ae",
        "DV",
        7,
        "c",
    )
    note = f"Four-box summary (previous balance, payments, this month's charges {en(total)}, total due {en(due_amt)}) with an adjustment line outside; per-line VAT column; billing vs usage periods; total keyed as this month's charges."
    return doc.done(), truth(
        num, idate, due, vendor, net, vat, total, "AED", "en-AE", "invoice", "invoice", items, note
    )


# ============================================================================= receipts


def _sumcls(lines):
    """lines: (desc, qty, unit, cls, amount) -> gross per class."""
    out: dict[str, Decimal] = {}
    for ln in lines:
        out[ln[3]] = out.get(ln[3], D(0)) + ln[4]
    return out


def _items(lines):
    return [li(x[0], x[1], x[2], x[4]) for x in lines]


def r01(name):
    """PL supermarket paragon: discounts, PTU A/B/C table, cash and change; PDF."""
    vendor = "Spółdzielnia Handlowa Społem Orzeł"
    num = "0418/2026/113"
    idate = d(2026, 3, 14)
    L = []
    for desc, qty, up, c in [
        ("MLEKO UHT 3,2% 1L", 6, "3.49", "C"),
        ("CHLEB ŻYTNI 500G", 1, "5.99", "C"),
        ("MASŁO EXTRA 200G", 2, "7.99", "C"),
        ("SER GOUDA PLASTRY", 1, "6.49", "C"),
        ("KAWA MIELONA 500G", 1, "27.99", "A"),
        ("PŁYN DO NACZYŃ 1L", 1, "8.79", "A"),
        ("WODA GAZ. 1,5L", 6, "1.89", "A"),
        ("CIASTKA MAŚLANE", 1, "4.59", "B"),
    ]:
        L.append((desc, D(qty), D(up), c, q(D(qty) * D(up))))
    L.append(("RABAT MASŁO 2 SZT.", D(1), D("-2.00"), "C", D("-2.00")))
    L.append(("KUPON -10% KAWA", D(1), D("-2.80"), "A", D("-2.80")))
    rates = {"A": 23, "B": 8, "C": 5}
    g = _sumcls(L)
    tax = {k: incl_vat(v, rates[k])[1] for k, v in g.items()}
    total = sum(g.values())
    vat = sum(tax.values())
    cash = D("150.00")
    R = Roll(name, 80, "DVM", 7.8)
    R.c("Społem Orzeł", "DVB", 13)
    R.c("Spółdzielnia Handlowa Społem Orzeł")
    R.c("ul. Piłsudskiego 41, 35-074 Rzeszów")
    R.c("Sklep nr 12 tel. 17 852 40 11")
    R.c("NIP 813-000-44-18")
    R.lr("2026-03-14 17:42", f"nr wydr.{num.split('/')[0]}")
    R.c("PARAGON FISKALNY", "DVMB", 10)
    R.rule()
    for desc, qty, up, c, amt in L:
        if qty == 1 and up < 0:
            R.lr(desc, f"{de(amt)} {c}")
        else:
            R.l(desc)
            R.lr(f"   {qty} x{de(up)}", f"{de(amt)} {c}")
    R.rule()
    for k in ("A", "B", "C"):
        R.lr(f"Sprzed. opod. PTU {k}", de(g[k]))
        R.lr(f"Kwota {k} {rates[k]:02d},00%", de(tax[k]))
    R.lr("Podatek PTU", de(vat))
    R.rule()
    R.lr("SUMA PLN", de(total), "DVMB", 12)
    R.rule()
    R.lr("Gotówka", de(cash) + " PLN")
    R.lr("Reszta", de(cash - total) + " PLN")
    R.gap(3)
    R.lr(f"#{num}", "Kasa 3  Kasjer 14")
    R.lr("17:42", "BFK 21004471")
    R.c("Karta Społem+: zaoszczędziłeś 4,80 zł", size=7.5)
    R.c("Punkty: +62  saldo 1 418", size=7.5)
    R.draw(34, lambda p, y: p.barcode(p.w / 2 - 60, y + 4, 120, 26, rng_for(name)))
    R.c("Dziękujemy za zakupy!")
    note = "Gross per PTU class and tax per class, no net printed (amount = total - vat); item discount and coupon lines; cash and change; savings and points lines."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        total - vat,
        vat,
        total,
        "PLN",
        "pl-PL",
        "receipt",
        "receipt",
        _items(L),
        note,
    )


def r02(name):
    """CZ pharmacy: DPH 12/21 recap, loyalty discount, cash rounding, cash/change; scan."""
    vendor = "Lékárna U Zlatého hada s.r.o."
    num = "2026/031/04471"
    idate = d(2026, 3, 31)
    L = [
        ("Paralen 500 mg 24 tbl", D(1), D("64.90"), "12"),
        ("Nurofen Rapid 400 mg 20 cps", D(1), D("159.00"), "12"),
        ("Vitamin D3 2000 IU 90 tbl", D(1), D("249.00"), "12"),
        ("La Roche-Posay Cicaplast 40 ml", D(1), D("329.00"), "21"),
        ("Náplast textilní 10 ks", D(2), D("38.50"), "21"),
    ]
    L = [(a, b, c_, k, q(b * c_)) for a, b, c_, k in L]
    L.append(("Sleva věrnostní karta", D(1), D("-28.72"), "21", D("-28.72")))
    g = _sumcls(L)
    sp = {k: incl_vat(v, int(k)) for k, v in g.items()}
    vat = sum(x[1] for x in sp.values())
    sub = sum(g.values())
    total = q(sub, 0)
    rnd = total - sub
    cash = D("1000")
    R = Roll(name, 76, "DVM", 7.5)
    R.c("LÉKÁRNA U ZLATÉHO HADA", "DVMB", 10)
    R.c("Lékárna U Zlatého hada s.r.o.")
    R.c("Karlova 3, 110 00 Praha 1")
    R.c("IČO 27114473  DIČ CZ27114473")
    R.rule("=")
    R.c("DAŇOVÝ DOKLAD")
    R.lr("Č. dokladu:", num)
    R.lr("Datum:", "31.03.2026 09:18")
    R.rule()
    for a, b, c_, k, amt in L:
        R.l(a)
        R.lr(f"  {b} ks x {de(c_)}  DPH {k}%", de(amt))
    R.rule()
    R.lr("Mezisoučet", de(sub))
    R.lr("Zaokrouhlení", de(rnd))
    R.lr("CELKEM K ÚHRADĚ Kč", de(total), "DVMB", 10)
    R.rule()
    R.cols([(0, "Sazba", "l"), (0.45, "Základ", "r"), (0.7, "DPH", "r"), (1, "Celkem", "r")])
    for k in ("12", "21"):
        n_, v_ = sp[k]
        R.cols([(0, k + " %", "l"), (0.45, de(n_), "r"), (0.7, de(v_), "r"), (1, de(g[k]), "r")])
    R.rule()
    R.lr("Hotově", de(cash))
    R.lr("Vráceno", de(cash - total))
    R.gap(3)
    R.l("Ušetřili jste s kartou: 28,72 Kč")
    R.l("FIK: 4a7c91e2-11b8-4d0f-a27e-")
    R.l("     8e01c4d8a913-ff")
    R.l("BKP: 0F3E1A22-9B11C7D4-55AE0B2C-")
    R.l("     71D4E910-33C2A8F1")
    R.c("Děkujeme a přejeme brzké uzdravení")
    note = "DPH 12/21 % recap table with base, tax and gross; loyalty discount line; Zaokrouhlení cash rounding keyed as rounding; Hotově/Vráceno; savings line repeats the discount."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        sum(x[0] for x in sp.values()),
        vat,
        total,
        "CZK",
        "cs-CZ",
        "receipt",
        "receipt",
        _items(L),
        note,
        rounding=rnd,
    )


def r03(name):
    """SE supermarket: pant, pant return voucher, rabatt, moms table, card, bonus; photo."""
    vendor = "ICA Nära Västerbro"
    num = "4471"
    idate = d(2026, 4, 11)
    L = [
        ("Mellanmjölk 1,5% 1,5l", D(2), D("17.95"), "12"),
        ("Kaffe Mellanrost 450g", D(1), D("64.90"), "12"),
        ("Pommac 33cl", D(6), D("11.50"), "12"),
        ("Pant", D(6), D("1.00"), "12"),
        ("Kycklingfilé 900g", D(1), D("109.00"), "12"),
        ("Tvättmedel Color 1,1kg", D(1), D("69.90"), "25"),
        ("Tandkräm 75ml", D(2), D("24.95"), "25"),
    ]
    L = [(a, b, c_, k, q(b * c_)) for a, b, c_, k in L]
    L += [
        ("Rabatt 2 för 40 Tandkräm", D(1), D("-9.90"), "25", D("-9.90")),
        ("Rabatt Stammis Kycklingfilé", D(1), D("-20.00"), "12", D("-20.00")),
        ("Returpant kvitto 0412", D(1), D("-14.00"), "12", D("-14.00")),
    ]
    g = _sumcls(L)
    sp = {k: incl_vat(v, int(k)) for k, v in g.items()}
    vat = sum(x[1] for x in sp.values())
    total = sum(g.values())
    R = Roll(name, 80, "DVC", 8.5)
    R.c("ICA", "DVB", 22)
    R.c("Nära Västerbro", "DVB", 10)
    R.c("Västerbrogatan 12, 582 22 Linköping")
    R.c("Org.nr 556812-4471  Tel 013-12 40 80")
    R.rule()
    for a, b, c_, _k, amt in L:
        if b != 1:
            R.lr(a, "")
            R.lr(f"   {b} st x {de(c_)}", de(amt))
        else:
            R.lr(a, de(amt))
    R.rule()
    R.lr("Totalt", de(total) + " SEK", "DVCB", 12)
    R.lr("Varav pant", "6,00")
    R.rule()
    R.cols([(0, "Moms %", "l"), (0.4, "Moms", "r"), (0.7, "Netto", "r"), (1, "Brutto", "r")])
    for k in ("12", "25"):
        n_, v_ = sp[k]
        R.cols([(0, k + ",00", "l"), (0.4, de(v_), "r"), (0.7, de(n_), "r"), (1, de(g[k]), "r")])
    R.rule()
    R.lr("Mottaget Kort", de(total))
    R.l("Mastercard ************2231  Kontaktlös")
    R.l("Ref 611047  Term 00231187  ATC 0412")
    R.lr("Köp", de(total) + " SEK")
    R.gap(4)
    R.lr("Du har sparat", "29,90 kr", "DVCB", 9)
    R.l("Stammis 7000 **** 8812")
    R.lr("Bonusgrundande belopp", de(total - 6))
    R.lr("Bonussaldo", "1 284 p")
    R.gap(3)
    R.lr("Kvitto " + num, "2026-04-11 16:05")
    R.lr("Kassa 2", "Kassör Elin")
    R.c("Öppet alla dagar 7-22")
    note = "Pant added and a returpant voucher subtracted; two rabatt lines; moms table with Moms/Netto/Brutto; card slip repeats total; 'Du har sparat' and bonus-basis amounts near the bottom."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        sum(x[0] for x in sp.values()),
        vat,
        total,
        "SEK",
        "sv-SE",
        "receipt",
        "receipt",
        _items(L),
        note,
    )


def r04(name):
    """NO fuel station: diesel, car wash, coffee; MVA 25/15; card slip repeats total; PDF."""
    vendor = "Fjordtank Stasjon Bergen AS"
    num = "88120"
    idate = d(2026, 5, 4)
    L = [
        ("Diesel pumpe 4", D("48.37"), D("21.89"), "25"),
        ("Vask Premium", D(1), D("249.00"), "25"),
        ("Kaffe stor", D(2), D("39.00"), "15"),
        ("Baguett skinke/ost", D(1), D("69.00"), "15"),
        ("Spylervæske 4L", D(1), D("89.00"), "25"),
    ]
    L = [(a, b, c_, k, q(b * c_)) for a, b, c_, k in L]
    L.append(("Kundeavis -1 kr/l", D("48.37"), D("-1.00"), "25", q(D("48.37") * -1)))
    g = _sumcls(L)
    sp = {k: incl_vat(v, int(k)) for k, v in g.items()}
    vat = sum(x[1] for x in sp.values())
    total = sum(g.values())
    R = Roll(name, 58, "DVM", 7.0, margin_mm=3)
    R.draw(
        30,
        lambda p, y: (
            p.rect(p.w / 2 - 55, y + 2, 110, 24, fill=(0.85, 0.1, 0.1), stroke=None, r=4),
            p.text(p.w / 2, y + 9, "FJORDTANK", "DVB", 13, "c", (1, 1, 1)),
        ),
    )
    R.c("Fjordtank Stasjon Bergen AS")
    R.c("Kokstadvegen 11, 5257 Kokstad")
    R.c("Org.nr 918 447 120 MVA")
    R.rule()
    R.lr("Kvittering", num)
    R.lr("04.05.2026", "07:51")
    R.rule()
    for a, b, c_, _k, amt in L:
        R.l(a)
        if "Diesel" in a or "Kundeavis" in a:
            R.lr(f" {de(b)} l x {de(c_)}", de(amt))
        else:
            R.lr(f" {b} x {de(c_)}", de(amt))
    R.rule()
    R.lr("TOTAL NOK", de(total), "DVMB", 9)
    R.rule()
    R.cols(
        [(0, "MVA%", "l"), (0.45, "Grunnlag", "r"), (0.72, "MVA", "r"), (1, "Sum", "r")], size=6.5
    )
    for k in ("25", "15"):
        n_, v_ = sp[k]
        R.cols(
            [(0, k, "l"), (0.45, de(n_), "r"), (0.72, de(v_), "r"), (1, de(g[k]), "r")], size=6.5
        )
    R.rule()
    R.c("BankAxept", "DVMB")
    R.lr("Term:", "8812-0034")
    R.lr("Kort:", "************7719")
    R.lr("KJØP", "NOK " + de(total))
    R.lr("Ref.", "447120 112 AUT 071")
    R.c("GODKJENT")
    R.gap(3)
    R.lr("Spart i dag", de(-L[-1][4]))
    R.lr("Trumf bonus", "12,42")
    R.c("Takk for besøket!")
    note = "Fuel litres x price (fractional quantity), per-litre discount line; MVA 25/15 table with base; BankAxept slip repeats total; 'Spart i dag' and bonus amounts."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        sum(x[0] for x in sp.values()),
        vat,
        total,
        "NOK",
        "nb-NO",
        "receipt",
        "receipt",
        _items(L),
        note,
    )


def r05(name):
    """IE restaurant bill + card slip with a written-in tip; photo."""
    vendor = "The Copper Kettle Bistro Ltd"
    num = "T12-0418"
    idate = d(2026, 4, 18)
    L = [
        ("Seafood Chowder", D(2), D("9.50"), "13.5"),
        ("Fish & Chips", D(1), D("19.95"), "13.5"),
        ("Roast Chicken Supreme", D(1), D("22.50"), "13.5"),
        ("Sticky Toffee Pudding", D(1), D("8.00"), "13.5"),
        ("Pint Guinness", D(3), D("6.40"), "23"),
        ("Glass Sauvignon Blanc", D(1), D("8.95"), "23"),
        ("Sparkling Water 750ml", D(1), D("5.50"), "23"),
    ]
    L = [(a, b, c_, k, q(b * c_)) for a, b, c_, k in L]
    g = _sumcls(L)
    sp = {k: incl_vat(v, D(k)) for k, v in g.items()}
    vat = sum(x[1] for x in sp.values())
    bill = sum(g.values())
    tip = D("12.00")
    total = bill + tip
    R = Roll(name, 80, "DV", 8.5)
    R.c("The Copper Kettle", "DVSB", 15)
    R.c("B I S T R O", "DVS", 8)
    R.c("14 Quay Street, Galway H91 X2E8")
    R.c("VAT No. IE 3318872QH")
    R.rule()
    R.lr("Table 12   Covers 3", "Server: Aoife")
    R.lr(f"Bill {num}", "18/04/2026 21:37")
    R.rule()
    for a, b, _c, _k, amt in L:
        R.lr(f"{b} {a}", "€" + en(amt))
    R.rule()
    R.lr("Subtotal", "€" + en(bill))
    R.lr("TOTAL DUE", "€" + en(bill), "DVB", 11)
    R.gap(2)
    for k in ("13.5", "23"):
        n_, v_ = sp[k]
        R.lr(f"  VAT {k}% on €{en(n_)}", "€" + en(v_), size=7.5)
    R.lr("  Total VAT incl.", "€" + en(vat), size=7.5)
    R.gap(2)
    R.c("Service not included. Thank you!", "DVI", 8)
    R.rule("=")
    R.c("CARDHOLDER COPY", "DVB", 9)
    R.l("Visa Contactless  **** **** **** 5520")
    R.l("MID 4471120031   TID 21887430")
    R.lr("18/04/2026", "21:52")
    R.lr("SALE", "€" + en(bill), "DVB", 9)
    R.draw(
        16,
        lambda p, y: (
            p.text(p.m if hasattr(p, "m") else 11.3, y + 4, "TIP", "DVB", 9),
            p.text(p.w - 11.3, y + 4, "€ 12.00", "DVI", 12, "r"),
        ),
    )
    R.draw(
        18,
        lambda p, y: (
            p.text(11.3, y + 4, "TOTAL", "DVB", 10),
            p.text(p.w - 11.3, y + 4, "€ " + en(total), "DVI", 13, "r"),
            p.line(p.w - 85, y + 1, p.w - 11.3, y + 1, 0.6),
        ),
    )
    R.l("AUTH CODE 771204   APPROVED")
    R.l("Signature ______________________")
    note = f"Bill total {en(bill)} repeated as card SALE; a handwritten-style tip 12.00 and TOTAL {en(total)} on the slip; VAT 13.5/23 % inclusive lines; total keyed incl. tip, tip keyed separately."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        sum(x[0] for x in sp.values()),
        vat,
        total,
        "EUR",
        "en-IE",
        "receipt",
        "receipt",
        _items(L),
        note,
        tip=tip,
    )


def r06(name):
    """PT DIY store: coupon, IVA 23 %, NIF, ATCUD, Multibanco; scan."""
    vendor = "Bricolar Norte - Materiais de Construção, Lda."
    num = "FS 2026A1/118820"
    idate = d(2026, 2, 21)
    L = [
        ("TINTA PLÁSTICA BRANCA 15L", D(1), D("54.99")),
        ("ROLO ANTIGOTA 22CM", D(2), D("6.49")),
        ("FITA DE PINTOR 50M", D(3), D("3.29")),
        ("PARAFUSO AGLOM. 4X40 CX200", D(1), D("8.75")),
        ("BERBEQUIM PERCUTOR 710W", D(1), D("79.90")),
        ("LIXA ÁGUA G120 (5UN)", D(2), D("2.95")),
    ]
    L = [(a, b, c_, "23", q(b * c_)) for a, b, c_ in L]
    L.append(("DESC. CUPÃO BEMVINDO -10€", D(1), D("-10.00"), "23", D("-10.00")))
    total = sum(x[4] for x in L)
    net, vat = incl_vat(total, 23)
    R = Roll(name, 80, "DVM", 7.6)
    R.draw(
        26,
        lambda p, y: (
            p.rect(20, y + 2, 40, 20, fill=(0.95, 0.55, 0.0), stroke=None),
            p.text(66, y + 7, "BRICOLAR", "DVB", 16),
        ),
    )
    R.c("Bricolar Norte - Materiais de")
    R.c("Construção, Lda.")
    R.c("Rua da Circunvalação 3100, 4200-187 Porto")
    R.c("NIF 514 118 772  Cap.Social 50.000,00€")
    R.rule()
    R.c("FATURA SIMPLIFICADA", "DVMB", 9)
    R.lr("Nº", num)
    R.lr("ATCUD", "JJ7K2M4P-118820")
    R.lr("Data", "2026-02-21 11:06")
    R.lr("NIF cliente", "231 447 119")
    R.rule()
    for a, b, c_, _k, amt in L:
        R.l(a)
        R.lr(f"  {b} UN x {de(c_)}  23%", de(amt))
    R.rule()
    R.lr("TOTAL ARTIGOS", "10")
    R.lr("TOTAL A PAGAR EUR", de(total), "DVMB", 10)
    R.rule()
    R.cols([(0, "Taxa", "l"), (0.4, "Incid.", "r"), (0.7, "IVA", "r"), (1, "Total", "r")])
    R.cols([(0, "23%", "l"), (0.4, de(net), "r"), (0.7, de(vat), "r"), (1, de(total), "r")])
    R.rule()
    R.lr("MULTIBANCO", de(total))
    R.lr("TROCO", "0,00")
    R.gap(2)
    R.l("Poupou hoje: 10,00 EUR")
    R.l("Cartão Bricolar+: saldo 14,20 EUR")
    R.draw(86, lambda p, y: p.qr(p.w / 2 - 40, y + 4, 80, rng_for(name), 29))
    R.c("Processado por programa certificado")
    R.c("nº 2771/AT")
    R.c("Trocas no prazo de 30 dias c/ talão")
    note = "Coupon line, single IVA 23 % with Incidência (net) table; Multibanco line repeats the total; 'Poupou hoje' and card balance amounts; ATCUD and certificate numbers near the number."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "pt-PT",
        "receipt",
        "receipt",
        _items(L),
        note,
    )


def r07(name):
    """HU supermarket: HUF, ÁFA 5/18/27, cash rounding to 5 Ft, cash/change; PDF."""
    vendor = "Napfény Élelmiszer Kft."
    num = "NY0471/00218"
    idate = d(2026, 1, 24)
    L = [
        ("TEJ 2,8% 1L", D(3), D("389"), "B"),
        ("KENYÉR FEHÉR 1KG", D(1), D("749"), "A"),
        ("TOJÁS M 10DB", D(1), D("1189"), "A"),
        ("TRAPPISTA SAJT", D(1), D("1624"), "B"),
        ("PAPRIKÁS SZALÁMI", D(1), D("2199"), "C"),
        ("ÁSVÁNYVÍZ 1,5L", D(6), D("179"), "C"),
        ("MOSÓPOR 2KG", D(1), D("3490"), "C"),
    ]
    L = [(a, b, c_, k, q(b * c_, 0)) for a, b, c_, k in L]
    L.append(("KEDVEZMÉNY MOSÓPOR", D(1), D("-700"), "C", D("-700")))
    rates = {"A": 5, "B": 18, "C": 27}
    g = _sumcls(L)
    tax = {k: q(v * rates[k] / (100 + rates[k]), 0) for k, v in g.items()}
    sub = sum(g.values())
    vat = sum(tax.values())
    r5 = (sub / 5).quantize(D(1), ROUND_HALF_UP) * 5
    rnd = r5 - sub
    cash = D("15000")

    def ft(v):
        return money(v, ",", " ", 0)

    R = Roll(name, 80, "DVM", 8)
    R.c("NAPFÉNY ABC", "DVMB", 14)
    R.c("Napfény Élelmiszer Kft.")
    R.c("6720 Szeged, Kárász utca 9.")
    R.c("Adószám: 24471120-2-06")
    R.c("NYUGTA", "DVMB", 10)
    R.rule()
    for a, b, c_, k, amt in L:
        if b == 1:
            R.lr(a, f"{ft(amt)} {k}00")
        else:
            R.l(a)
            R.lr(f"  {b} db x {ft(c_)}", f"{ft(amt)} {k}00")
    R.rule()
    R.lr("RÉSZÖSSZEG", ft(sub))
    R.lr("ÖSSZESEN:", ft(sub) + " Ft", "DVMB", 11)
    R.lr("KEREKÍTÉS", ft(rnd))
    R.lr("FIZETENDŐ", ft(r5) + " Ft", "DVMB", 11)
    R.rule()
    R.lr("KÉSZPÉNZ", ft(cash) + " Ft")
    R.lr("VISSZAJÁRÓ", ft(cash - r5) + " Ft")
    R.rule()
    for k in ("A", "B", "C"):
        R.lr(f"{k}00 {rates[k]}% BRUTTÓ", ft(g[k]))
        R.lr("    ÁFA TARTALOM", ft(tax[k]))
    R.rule()
    R.lr("MEGTAKARÍTÁS ÖSSZESEN", "700 Ft")
    R.lr(num, "2026.01.24 18:11")
    R.c("NAV ELLENŐRZŐ KÓD: K7Q4M", size=7)
    R.c("AP A12004471")
    note = "HUF without decimals (keyed .00); ÁFA 5/18/27 % gross and tax per class; ÖSSZESEN vs FIZETENDŐ after KEREKÍTÉS (rounding); cash, change and savings lines."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        sub - vat,
        vat,
        r5,
        "HUF",
        "hu-HU",
        "receipt",
        "receipt",
        _items(L),
        note,
        rounding=rnd,
    )


def r08(name):
    """GR taverna: ΦΠΑ 13/24, cash & change, AADE mark; scan."""
    vendor = "ΤΑΒΕΡΝΑ Ο ΓΙΑΝΝΗΣ Ι.Κ.Ε."
    num = "ΑΛΠ 3381"
    idate = d(2026, 6, 12)
    L = [
        ("ΧΩΡΙΑΤΙΚΗ ΣΑΛΑΤΑ", D(1), D("9.50"), "13"),
        ("ΤΖΑΤΖΙΚΙ", D(1), D("5.00"), "13"),
        ("ΜΟΥΣΑΚΑΣ", D(2), D("12.50"), "13"),
        ("ΧΤΑΠΟΔΙ ΣΧΑΡΑΣ", D(1), D("18.00"), "13"),
        ("ΨΩΜΙ", D(3), D("1.00"), "13"),
        ("ΚΡΑΣΙ ΧΥΜΑ 1/2", D(2), D("7.00"), "24"),
        ("ΜΠΥΡΑ MYTHOS", D(2), D("4.50"), "24"),
        ("ΝΕΡΟ 1L", D(1), D("1.00"), "13"),
    ]
    L = [(a, b, c_, k, q(b * c_)) for a, b, c_, k in L]
    g = _sumcls(L)
    sp = {k: incl_vat(v, int(k)) for k, v in g.items()}
    vat = sum(x[1] for x in sp.values())
    total = sum(g.values())
    cash = D("100.00")
    R = Roll(name, 76, "DVC", 8.5)
    R.c("Ο ΓΙΑΝΝΗΣ", "DVSB", 15)
    R.c("ΤΑΒΕΡΝΑ Ο ΓΙΑΝΝΗΣ Ι.Κ.Ε.")
    R.c("ΠΑΡΑΛΙΑ ΑΓΙΑΣ ΜΑΡΙΝΑΣ, ΑΙΓΙΝΑ 18010")
    R.c("ΑΦΜ 801447120  ΔΟΥ ΠΕΙΡΑΙΑ")
    R.rule()
    R.c("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ", "DVCB", 9)
    R.lr(num, "12/06/2026 15:44")
    R.lr("ΤΡΑΠΕΖΙ 7", "ΣΕΡΒ. ΝΙΚΟΣ")
    R.rule()
    for a, b, _c, k, amt in L:
        R.lr(f"{b} x {a}", f"{de(amt)} ({'Β' if k == '13' else 'Γ'})")
    R.rule()
    R.lr("ΣΥΝΟΛΟ", de(total) + " €", "DVCB", 12)
    R.rule()
    R.cols([(0, "ΦΠΑ", "l"), (0.45, "ΚΑΘΑΡΗ", "r"), (0.72, "ΦΠΑ", "r"), (1, "ΣΥΝΟΛΟ", "r")])
    for k in ("13", "24"):
        n_, v_ = sp[k]
        R.cols(
            [
                (0, f"{'Β' if k == '13' else 'Γ'} {k}%", "l"),
                (0.45, de(n_), "r"),
                (0.72, de(v_), "r"),
                (1, de(g[k]), "r"),
            ]
        )
    R.rule()
    R.lr("ΜΕΤΡΗΤΑ", de(cash))
    R.lr("ΡΕΣΤΑ", de(cash - total))
    R.gap(2)
    R.l("MARK: 400001947712044")
    R.l("UID: 8A1F7C02E4B9D3316A0C")
    R.draw(70, lambda p, y: p.qr(p.w / 2 - 32, y + 3, 64, rng_for(name), 25))
    R.c("ΕΥΧΑΡΙΣΤΟΥΜΕ ΠΟΛΥ!")
    note = "Greek script; ΦΠΑ 13/24 % table with net (ΚΑΘΑΡΗ); ΣΥΝΟΛΟ then ΜΕΤΡΗΤΑ 100,00 and ΡΕΣΤΑ; AADE MARK long number."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        sum(x[0] for x in sp.values()),
        vat,
        total,
        "EUR",
        "el-GR",
        "receipt",
        "receipt",
        _items(L),
        note,
    )


def r09(name):
    """TR supermarket: KDV 1/10/20, indirim, kazancınız, nakit/para üstü; photo."""
    vendor = "Bereket Gıda Market A.Ş."
    num = "0087"
    idate = d(2026, 3, 7)
    L = [
        ("EKMEK 350 G", D(2), D("15.00"), "1"),
        ("SÜT 1 L", D(2), D("42.50"), "1"),
        ("BEYAZ PEYNİR 500 G", D(1), D("189.90"), "1"),
        ("ZEYTİNYAĞI 1 L", D(1), D("429.00"), "1"),
        ("ÇAY 1000 G", D(1), D("265.00"), "10"),
        ("MAKARNA 500 G", D(4), D("24.75"), "1"),
        ("DETERJAN 4 KG", D(1), D("349.90"), "20"),
        ("ŞAMPUAN 500 ML", D(1), D("119.50"), "20"),
    ]
    L = [(a, b, c_, k, q(b * c_)) for a, b, c_, k in L]
    L += [
        ("İNDİRİM ZEYTİNYAĞI", D(1), D("-60.00"), "1", D("-60.00")),
        ("KART İNDİRİMİ DETERJAN", D(1), D("-35.00"), "20", D("-35.00")),
    ]
    g = _sumcls(L)
    tax = {k: incl_vat(v, int(k))[1] for k, v in g.items()}
    vat = sum(tax.values())
    total = sum(g.values())
    cash = D("2000.00")

    def tl(v):
        return de(v)

    R = Roll(name, 80, "DVM", 7.8)
    R.c("BEREKET", "DVB", 18)
    R.c("GIDA MARKET", "DVB", 8)
    R.c("Bereket Gıda Market A.Ş.")
    R.c("Bağdat Cad. No:214 Kadıköy/İSTANBUL")
    R.c("KOZYATAĞI V.D. 1470058823")
    R.rule()
    R.lr("TARİH : 07.03.2026", "SAAT : 19:26")
    R.lr(f"FİŞ NO : {num}", "Z NO : 0412")
    R.rule()
    for a, b, c_, k, amt in L:
        if b != 1:
            R.l(f"{b} AD X {tl(c_)}")
        R.lr(f"{a}  %{k}", "*" + tl(amt))
    R.rule()
    R.lr("ARA TOPLAM", "*" + tl(total + 95))
    R.lr("İNDİRİMLER", "*-95,00")
    for k in ("1", "10", "20"):
        R.lr(f"KDV %{k}", "*" + tl(tax[k]))
    R.lr("TOPKDV", "*" + tl(vat))
    R.lr("TOPLAM", "*" + tl(total), "DVMB", 12)
    R.lr("NAKİT", "*" + tl(cash))
    R.lr("PARA ÜSTÜ", "*" + tl(cash - total))
    R.rule()
    R.c("BU ALIŞVERİŞTE KAZANCINIZ: 95,00 TL", "DVMB", 7.8)
    R.c("BEREKET KART PUAN: +18  TOPLAM: 642")
    R.lr("KASİYER: AYŞE K.", "KASA: 04")
    R.c("EKÜ NO:0001   MF YAB 16044718")
    note = "KDV %1/%10/%20 tax lines with asterisk amounts, ARA TOPLAM before discounts, TOPKDV vs TOPLAM vs NAKİT vs PARA ÜSTÜ; savings line; no net printed (amount = total - vat)."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        total - vat,
        vat,
        total,
        "TRY",
        "tr-TR",
        "receipt",
        "receipt",
        _items(L),
        note,
    )


def r10(name):
    """KE supermarket: VAT 16 % / exempt, M-Pesa, you saved, points; scan."""
    vendor = "Mwangaza Supermarkets Ltd"
    num = "0040471120000418"
    idate = d(2026, 5, 16)
    L = [
        ("UNGA WA NGANO 2KG", D(2), D("189.00"), "E"),
        ("MAZIWA FRESH 500ML", D(4), D("65.00"), "E"),
        ("SUKARI 1KG", D(1), D("175.00"), "E"),
        ("COOKING OIL 3L", D(1), D("899.00"), "A"),
        ("OMO 1KG", D(1), D("449.00"), "A"),
        ("TISSUE 10PK", D(1), D("520.00"), "A"),
        ("SODA 2L", D(2), D("210.00"), "A"),
    ]
    L = [(a, b, c_, k, q(b * c_)) for a, b, c_, k in L]
    L.append(("PROMO COOKING OIL", D(1), D("-100.00"), "A", D("-100.00")))
    g = _sumcls(L)
    na, va = incl_vat(g["A"], 16)
    total = sum(g.values())
    R = Roll(name, 76, "DVM", 7.5)
    R.c("MWANGAZA", "DVB", 16)
    R.c("SUPERMARKETS", "DVB", 8)
    R.c("Mwangaza Supermarkets Ltd")
    R.c("Moi Avenue, Nairobi  Tel 0709 447 120")
    R.c("PIN P051447120Q")
    R.rule()
    R.c("TAX INVOICE", "DVMB", 9)
    R.lr("Date: 16/05/2026", "Time: 13:02")
    R.lr("Till 07", "Cashier: Wanjiru")
    R.rule()
    for a, b, c_, k, amt in L:
        R.l(a)
        R.lr(f"   {b} @ {en(c_)}", f"{en(amt)} {k}")
    R.rule()
    R.lr("TOTAL", "KES " + en(total), "DVMB", 11)
    R.lr("M-PESA", en(total))
    R.lr("CHANGE", "0.00")
    R.rule()
    R.cols(
        [(0, "CODE", "l"), (0.45, "VATABLE", "r"), (0.72, "VAT", "r"), (1, "GROSS", "r")], size=7
    )
    R.cols(
        [(0, "A 16%", "l"), (0.45, en(na), "r"), (0.72, en(va), "r"), (1, en(g["A"]), "r")], size=7
    )
    R.cols(
        [(0, "E EXEMPT", "l"), (0.45, en(g["E"]), "r"), (0.72, "0.00", "r"), (1, en(g["E"]), "r")],
        size=7,
    )
    R.rule()
    R.l("M-PESA REF SEF7K2Q4LM")
    R.lr("YOU SAVED", "KES 100.00", "DVMB")
    R.lr("POINTS EARNED", "30")
    R.lr("POINTS BALANCE", "1,245")
    R.rule()
    R.l("CU SERIAL KRAMW017202204471120")
    R.l(f"CU INV NO {num}")
    R.draw(62, lambda p, y: p.qr(p.w / 2 - 28, y + 3, 56, rng_for(name), 25))
    R.c("Goods once sold are not returnable")
    note = "VAT 16 % (A) and exempt (E) items; VATABLE/VAT/GROSS table, exempt amount part of the net; M-PESA line equals total; YOU SAVED, points balance 1,245; CU invoice number keyed."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        na + g["E"],
        va,
        total,
        "KES",
        "en-KE",
        "receipt",
        "receipt",
        _items(L),
        note,
    )


def r11(name):
    """NG restaurant: service charge 10 %, VAT 7.5 %, consumption tax 5 %; POS card; PDF."""
    vendor = "Ìyá Basírà Kitchen & Lounge Ltd"
    num = "CHK 20418"
    idate = d(2026, 2, 27)
    L = [
        ("Jollof Rice & Chicken", D(2), D("8500.00")),
        ("Pounded Yam & Egusi", D(1), D("9200.00")),
        ("Peppered Snail", D(1), D("12500.00")),
        ("Asun (goat)", D(1), D("7800.00")),
        ("Chapman", D(2), D("4500.00")),
        ("Star Lager", D(3), D("2500.00")),
        ("Bottled Water", D(2), D("800.00")),
    ]
    L = [(a, b, c_, "", q(b * c_)) for a, b, c_ in L]
    sub = sum(x[4] for x in L)
    sc = q(sub * D("0.10"))
    vatv = q((sub + sc) * D("0.075"))
    ct = q(sub * D("0.05"))
    total = sub + sc + vatv + ct
    items = [*_items(L), li("Service charge 10%", 1, sc)]
    R = Roll(name, 80, "DV", 8.3)
    R.draw(
        30,
        lambda p, y: (
            p.circle(p.w / 2, y + 15, 13, (0.15, 0.4, 0.2)),
            p.text(p.w / 2, y + 11, "ÌB", "DVB", 12, "c", (1, 1, 1)),
        ),
    )
    R.c("Ìyá Basírà Kitchen & Lounge Ltd", "DVB", 9)
    R.c("12B Admiralty Way, Lekki Phase 1, Lagos")
    R.c("TIN 21447120-0001")
    R.rule()
    R.lr(num, "Table 4 · Guests 4")
    R.lr("27/02/2026", "20:41")
    R.rule()
    for a, b, _c, _k, amt in L:
        R.lr(f"{b} x {a}", "₦" + en(amt))
    R.rule()
    R.lr("Subtotal", "₦" + en(sub))
    R.lr("Service Charge 10%", "₦" + en(sc))
    R.lr("VAT 7.5%", "₦" + en(vatv))
    R.lr("Consumption Tax (LCT) 5%", "₦" + en(ct))
    R.lr("GRAND TOTAL", "₦" + en(total), "DVB", 11)
    R.rule()
    R.lr("Paid: POS (Mastercard)", "₦" + en(total))
    R.lr("Balance", "₦0.00")
    R.c("Service charge is not a tip.", "DVI", 7.5)
    R.rule("=")
    R.c("MERCHANT POS SLIP", "DVB")
    R.l("Terminal 2057LK41  Moniepoint")
    R.l("PAN 539983******4471")
    R.lr("PURCHASE", "NGN " + en(total), "DVB")
    R.l("RRN 260227204117   STAN 004471")
    R.c("APPROVED", "DVB")
    note = "Tax-exclusive bill: service charge (keyed into net amount), VAT 7.5 % and Lagos consumption tax 5 % both keyed as vat; GRAND TOTAL repeated on POS slip."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        sub + sc,
        vatv + ct,
        total,
        "NGN",
        "en-NG",
        "receipt",
        "receipt",
        items,
        note,
    )


def r12(name):
    """SA hardware simplified tax invoice, VAT 15 % inclusive with excl. line, cash/change; image-only PDF."""
    vendor = "Al Noor Hardware & Building Materials Co."
    num = "SIN-77120-0418"
    idate = d(2026, 4, 28)
    L = [
        ('PVC PIPE 4" 6M', D(4), D("38.50")),
        ("CEMENT BAG 50KG", D(10), D("17.25")),
        ("WALL PAINT WHITE 18L", D(1), D("145.00")),
        ("DRILL BIT SET 13PC", D(1), D("59.90")),
        ("EXTENSION CORD 5M", D(2), D("27.75")),
    ]
    L = [(a, b, c_, "15", q(b * c_)) for a, b, c_ in L]
    L.append(("DISCOUNT 5% PAINT", D(1), D("-7.25"), "15", D("-7.25")))
    total = sum(x[4] for x in L)
    net, vat = incl_vat(total, 15)
    cash = D("600.00")
    R = Roll(name, 80, "DVC", 8.5)
    R.draw(
        28,
        lambda p, y: (
            p.rect(p.w / 2 - 85, y + 3, 170, 22, fill=(0.0, 0.4, 0.3), stroke=None),
            p.text(p.w / 2, y + 10, "AL NOOR HARDWARE", "DVB", 11, "c", (1, 1, 1)),
        ),
    )
    R.c("Al Noor Hardware & Building Materials Co.")
    R.c("King Fahd Road, Al Olaya, Riyadh 12214")
    R.c("VAT No. 300447120400003  CR 1010447120")
    R.rule()
    R.c("SIMPLIFIED TAX INVOICE", "DVCB", 10)
    R.lr("Invoice No.", num)
    R.lr("Date", "2026-04-28  10:14")
    R.rule()
    R.cols([(0, "Item", "l"), (0.55, "Qty", "r"), (0.75, "Price", "r"), (1, "Total", "r")], "DVCB")
    for a, b, c_, _k, amt in L:
        R.l(a)
        R.cols([(0.55, str(b), "r"), (0.75, en(c_), "r"), (1, en(amt), "r")])
    R.rule()
    R.lr("Total excl. VAT", "SAR " + en(net))
    R.lr("VAT 15%", "SAR " + en(vat))
    R.lr("Total incl. VAT", "SAR " + en(total), "DVCB", 11)
    R.rule()
    R.lr("Cash", en(cash))
    R.lr("Change", en(cash - total))
    R.draw(84, lambda p, y: p.qr(p.w / 2 - 39, y + 3, 78, rng_for(name), 29))
    R.c("Prices include VAT. Returns within 7 days with receipt.")
    note = "VAT-inclusive prices with 'Total excl. VAT' printed (keyed as net); discount line; cash 600.00 and change; ZATCA-style QR."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        net,
        vat,
        total,
        "SAR",
        "en-SA",
        "receipt",
        "receipt",
        _items(L),
        note,
    )


def r13(name):
    """TH convenience store ABB tax invoice, VAT 7 % incl., cash/change, points; scan."""
    vendor = "Siam Daily Mart Co., Ltd."
    num = "R#0004471-0218"
    idate = d(2026, 1, 9)
    L = [
        ("NESCAFE RTD 180ML", D(2), D("20.00")),
        ("ONIGIRI TUNA MAYO", D(1), D("29.00")),
        ("MAMA TOM YUM CUP", D(2), D("15.00")),
        ("SANDWICH HAM CHEESE", D(1), D("35.00")),
        ("DRINKING WATER 1.5L", D(1), D("14.00")),
        ("UMBRELLA FOLDING", D(1), D("159.00")),
    ]
    L = [(a, b, c_, "7", q(b * c_)) for a, b, c_ in L]
    L.append(("PROMO BUY 2 SAVE 5", D(1), D("-5.00"), "7", D("-5.00")))
    total = sum(x[4] for x in L)
    net, vat = incl_vat(total, 7)
    cash = D("1000.00")
    R = Roll(name, 58, "DVM", 7.2, margin_mm=3)
    R.c("SIAM DAILY MART", "DVMB", 10)
    R.c("Siam Daily Mart Co., Ltd.")
    R.c("Branch 04471 Sukhumvit 39")
    R.c("TAX ID 0105561044712")
    R.c("TAX INV (ABB)", "DVMB")
    R.lr("POS#07", num)
    R.rule()
    for a, b, _c, _k, amt in L:
        R.lr(f"{b} {a}", f"{en(amt)}")
    R.rule()
    R.lr("TOTAL 8 ITEMS", en(total), "DVMB", 9)
    R.lr("CASH", en(cash))
    R.lr("CHANGE", en(cash - total))
    R.rule()
    R.lr("VATABLE", en(net))
    R.lr("VAT 7%", en(vat))
    R.rule()
    R.lr("ALL MEMBER", "***4471")
    R.lr("POINTS TODAY", "3")
    R.lr("POINTS BALANCE", "1,127")
    R.lr("09/01/2026", "22:48")
    R.c("VAT INCLUDED  THANK YOU")
    note = "58 mm roll; VAT 7 % included with VATABLE (net) line below CASH and CHANGE; promo line; points balance 1,127."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        net,
        vat,
        total,
        "THB",
        "en-TH",
        "receipt",
        "receipt",
        _items(L),
        note,
    )


def r14(name):
    """MY restaurant: service charge 10 %, SST 6 %, rounding adjustment, cash/change; photo."""
    vendor = "Restoran Selera Kampung Sdn. Bhd."
    num = "INV-B0418"
    idate = d(2026, 6, 5)
    L = [
        ("Nasi Lemak Ayam Rendang", D(2), D("16.90")),
        ("Char Kuey Teow", D(1), D("13.50")),
        ("Roti Canai Telur", D(2), D("3.80")),
        ("Teh Tarik (Ais)", D(3), D("4.20")),
        ("Sirap Bandung", D(1), D("4.70")),
        ("Cendol Durian", D(1), D("9.90")),
    ]
    L = [(a, b, c_, "", q(b * c_)) for a, b, c_ in L]
    sub = sum(x[4] for x in L)
    sc = q(sub * D("0.10"))
    sst = q((sub + sc) * D("0.06"))
    raw = sub + sc + sst
    total = (raw / D("0.05")).quantize(D(1), ROUND_HALF_UP) * D("0.05")
    rnd = total - raw
    cash = D("100.00")
    items = [*_items(L), li("Service Charge 10%", 1, sc)]
    R = Roll(name, 80, "DVM", 8)
    R.c("SELERA KAMPUNG", "DVSB", 15)
    R.c("Restoran Selera Kampung Sdn. Bhd. (1204471-K)")
    R.c("No. 18, Jalan SS2/24, 47300 Petaling Jaya")
    R.c("SST Reg No: W10-1808-32000471")
    R.rule()
    R.lr(f"Bill No: {num}", "Table: B7")
    R.lr("Date: 05-06-2026", "Time: 13:15")
    R.rule()
    for a, b, c_, _k, amt in L:
        R.l(a)
        R.lr(f"   {b} x {en(c_)}", en(amt))
    R.rule()
    R.lr("Sub Total", en(sub))
    R.lr("Service Charge 10%", en(sc))
    R.lr("Service Tax 6%", en(sst))
    R.lr("Rounding Adj", en(rnd))
    R.lr("TOTAL (RM)", en(total), "DVMB", 11)
    R.rule()
    R.lr("CASH", en(cash))
    R.lr("CHANGE", en(cash - total))
    R.gap(3)
    R.c("Terima kasih! Sila datang lagi")
    note = "Tax-exclusive: Sub Total, Service Charge 10 % (keyed into net), Service Tax 6 % (vat), Rounding Adj (rounding), TOTAL, then CASH and CHANGE."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        sub + sc,
        sst,
        total,
        "MYR",
        "en-MY",
        "receipt",
        "receipt",
        items,
        note,
        rounding=rnd,
    )


def r15(name):
    """PH fuel: VATable / VAT-exempt / zero-rated lines, VAT 12 %, cash/change, points; PDF."""
    vendor = "Luzon Petro Fuels Corp."
    num = "SI 00047112"
    idate = d(2026, 3, 22)
    L = [
        ("UNLEADED 91", D("32.418"), D("61.70")),
        ("ENGINE OIL 1L 20W-50", D(1), D("385.00")),
        ("BOTTLED WATER 500ML", D(2), D("25.00")),
    ]
    L = [(a, b, c_, "12", q(b * c_)) for a, b, c_ in L]
    L.append(("FUEL DISC P1.50/L", D("32.418"), D("-1.50"), "12", q(D("32.418") * D("-1.50"))))
    total = sum(x[4] for x in L)
    net, vat = incl_vat(total, 12)
    cash = D("3000.00")
    R = Roll(name, 76, "DVM", 7.6)
    R.draw(
        26,
        lambda p, y: (
            logo_circle(p, 40, y + 13, 11, (0.0, 0.25, 0.6), "L"),
            p.text(58, y + 8, "LUZON PETRO", "DVB", 14, color=(0.0, 0.25, 0.6)),
        ),
    )
    R.c("Luzon Petro Fuels Corp.")
    R.c("EDSA cor. Quezon Ave., Quezon City")
    R.c("VAT REG TIN 008-447-120-00004")
    R.c("MIN 26031447120  SN PF7K2Q4")
    R.rule()
    R.c("SALES INVOICE", "DVMB", 9)
    R.lr(num, "03/22/2026 06:58")
    R.l("Pump 6  Attendant: Jun")
    R.rule()
    for a, b, c_, _k, amt in L:
        R.l(a)
        unit = "L" if "UNLEADED" in a or "DISC" in a else "pc"
        R.lr(f"  {b}{unit} @ {en(c_)}", en(amt))
    R.rule()
    R.lr("TOTAL AMOUNT DUE", en(total), "DVMB", 10)
    R.lr("CASH", en(cash))
    R.lr("CHANGE", en(cash - total))
    R.rule()
    R.lr("VATable Sales", en(net))
    R.lr("VAT-Exempt Sales", "0.00")
    R.lr("Zero-Rated Sales", "0.00")
    R.lr("VAT Amount (12%)", en(vat))
    R.rule()
    R.lr("Fuel Card", "****7731")
    R.lr("Points Earned", "32.42")
    R.lr("Points Balance", "2,418.60")
    R.l("Customer: ______________________")
    R.l("TIN: ___________________________")
    R.c("THIS SERVES AS AN OFFICIAL RECEIPT")
    note = "Fuel litres with 3 decimals and a per-litre discount; TOTAL AMOUNT DUE, CASH, CHANGE, then VATable/VAT-Exempt/Zero-Rated/VAT lines; points balance looks like money."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        net,
        vat,
        total,
        "PHP",
        "en-PH",
        "receipt",
        "receipt",
        _items(L),
        note,
    )


def r16(name):
    """CL supermarket boleta: CLP no decimals, IVA incluido, ahorro, efectivo/vuelto; PDF."""
    vendor = "Comercial Cordillera SpA"
    num = "48811207"
    idate = d(2026, 2, 14)
    L = [
        ("PALTA HASS KG", D("1.250"), D("4990"), "19"),
        ("PAN MARRAQUETA KG", D("0.800"), D("2290"), "19"),
        ("LECHE ENTERA 1L", D(6), D("1090"), "19"),
        ("ACEITE MARAVILLA 1L", D(2), D("2790"), "19"),
        ("VINO CARMENERE 750CC", D(1), D("5990"), "19"),
        ("DETERGENTE 3L", D(1), D("7490"), "19"),
    ]
    L = [(a, b, c_, k, q(b * c_, 0)) for a, b, c_, k in L]
    L += [
        ("DCTO VINO CLUB", D(1), D("-1500"), "19", D("-1500")),
        ("DCTO LECHE 6X5", D(1), D("-1090"), "19", D("-1090")),
    ]
    total = sum(x[4] for x in L)
    vat = q(total * 19 / D(119), 0)
    cash = D("40000")

    def cl(v):
        return money(v, ",", ".", 0)

    R = Roll(name, 80, "DVC", 8.5)
    R.c("CORDILLERA", "DVB", 18)
    R.c("supermercados", "DVI", 9)
    R.c("Comercial Cordillera SpA  RUT 76.447.120-3")
    R.c("Av. Irarrázaval 3120, Ñuñoa, Santiago")
    R.rule()
    R.c("BOLETA ELECTRÓNICA", "DVCB", 10)
    R.c(f"N° {num}", "DVCB", 10)
    R.lr("Fecha: 14-02-2026", "Hora: 19:03")
    R.lr("Caja: 11", "Cajero: 0447")
    R.rule()
    for a, b, c_, _k, amt in L:
        if b != 1:
            R.l(
                f"{b} x ${cl(c_)}".replace(".", ",", 1)
                if b < 10 and b != b.to_integral()
                else f"{b} x ${cl(c_)}"
            )
        R.lr(a, ("-$" if amt < 0 else "$") + cl(abs(amt)))
    R.rule()
    R.lr("SUBTOTAL", "$" + cl(total + 2590))
    R.lr("DESCUENTOS", "-$2.590")
    R.lr("TOTAL", "$" + cl(total), "DVCB", 13)
    R.lr("EFECTIVO", "$" + cl(cash))
    R.lr("VUELTO", "$" + cl(cash - total))
    R.rule()
    R.lr("El IVA de esta boleta es:", "$" + cl(vat))
    R.lr("Monto neto:", "$" + cl(total - vat))
    R.rule()
    R.lr("USTED AHORRÓ", "$2.590", "DVCB", 10)
    R.l("Club Cordillera: 12.480 puntos acumulados")
    R.draw(42, lambda p, y: p.barcode(p.w / 2 - 80, y + 4, 160, 34, rng_for(name)))
    R.c("Timbre Electrónico SII")
    R.c("Res. 80 de 2014  Verifique en www.sii.cl")
    note = "CLP without decimals (keyed .00); weighed items with decimal-comma kilos; SUBTOTAL before discounts, TOTAL, EFECTIVO and VUELTO; IVA incluido and Monto neto printed; USTED AHORRÓ."
    return R.render(), truth(
        num,
        idate,
        None,
        vendor,
        total - vat,
        vat,
        total,
        "CLP",
        "es-CL",
        "receipt",
        "receipt",
        _items(L),
        note,
    )


# ============================================================================= set

# name, function, country, type, output kind, options
SET = [
    ("i01", i01, "DE", "electricity bill", "pdf", {}),
    ("i02", i02, "AT", "wholesale invoice, Skonto", "pdf", {}),
    (
        "i03",
        i03,
        "CH",
        "telecom bill + QR-bill",
        "scan",
        {"dpi": 200, "grey": True, "blur": 0.6, "skew": 1.5, "noise": 5, "specks": 80},
    ),
    ("i04", i04, "FR", "wholesale invoice, 2 pages", "pdf", {}),
    (
        "i05",
        i05,
        "IT",
        "water bill",
        "scanpdf",
        {"dpi": 170, "grey": False, "blur": 0.8, "skew": 1.2, "noise": 6, "specks": 50},
    ),
    (
        "i06",
        i06,
        "ES",
        "credit note",
        "scan",
        {"dpi": 150, "grey": True, "blur": 0.5, "skew": 2.0, "noise": 7, "specks": 120},
    ),
    ("i07", i07, "NL", "SaaS subscription", "pdf", {}),
    ("i08", i08, "GB", "energy bill", "photo", {"long_side": 2200, "quality": 70}),
    ("i09", i09, "US", "B2B invoice, 2/10 net 30", "pdf", {}),
    (
        "i10",
        i10,
        "CA",
        "telecom bill",
        "scan",
        {
            "dpi": 300,
            "grey": False,
            "blur": 1.0,
            "skew": 0.8,
            "noise": 5,
            "specks": 40,
            "downscale": 1400,
        },
    ),
    ("i11", i11, "AU", "insurance premium, instalments, 2 pages", "pdf", {}),
    ("i12", i12, "IN", "GST tax invoice", "photo", {"long_side": 2300, "quality": 78}),
    (
        "i13",
        i13,
        "SG",
        "credit note",
        "scanpdf",
        {"dpi": 150, "grey": True, "blur": 0.7, "skew": 1.8, "noise": 6, "specks": 70},
    ),
    (
        "i14",
        i14,
        "ZA",
        "municipal account",
        "scan",
        {"dpi": 200, "grey": True, "blur": 0.8, "skew": 1.0, "noise": 8, "specks": 150},
    ),
    ("i15", i15, "MX", "CFDI invoice, parcialidades", "photo", {"long_side": 2000, "quality": 66}),
    ("i16", i16, "AE", "telecom bill", "pdf", {}),
    ("r01", r01, "PL", "supermarket", "pdf", {}),
    (
        "r02",
        r02,
        "CZ",
        "pharmacy",
        "scan",
        {
            "dpi": 220,
            "grey": True,
            "blur": 0.6,
            "skew": 1.5,
            "noise": 6,
            "specks": 40,
            "fade": 0.45,
        },
    ),
    ("r03", r03, "SE", "supermarket", "photo", {"long_side": 2100, "quality": 72}),
    ("r04", r04, "NO", "fuel station", "pdf", {}),
    (
        "r05",
        r05,
        "IE",
        "restaurant + card slip with tip",
        "photo",
        {"long_side": 1900, "quality": 68},
    ),
    (
        "r06",
        r06,
        "PT",
        "DIY store",
        "scan",
        {
            "dpi": 200,
            "grey": True,
            "blur": 0.7,
            "skew": 2.0,
            "noise": 6,
            "specks": 60,
            "fade": 0.3,
            "downscale": 650,
        },
    ),
    ("r07", r07, "HU", "supermarket", "pdf", {}),
    (
        "r08",
        r08,
        "GR",
        "taverna",
        "scan",
        {
            "dpi": 250,
            "grey": False,
            "blur": 0.8,
            "skew": 1.2,
            "noise": 5,
            "specks": 30,
            "fade": 0.4,
            "tint": (252, 249, 236),
        },
    ),
    ("r09", r09, "TR", "supermarket", "photo", {"long_side": 2300, "quality": 75}),
    (
        "r10",
        r10,
        "KE",
        "supermarket",
        "scan",
        {"dpi": 200, "grey": True, "blur": 0.6, "skew": 1.0, "noise": 7, "specks": 60, "fade": 0.5},
    ),
    ("r11", r11, "NG", "restaurant", "pdf", {}),
    (
        "r12",
        r12,
        "SA",
        "hardware store",
        "scanpdf",
        {"dpi": 200, "grey": True, "blur": 0.6, "skew": 1.3, "noise": 6, "specks": 40, "fade": 0.3},
    ),
    (
        "r13",
        r13,
        "TH",
        "convenience store",
        "scan",
        {
            "dpi": 300,
            "grey": True,
            "blur": 0.9,
            "skew": 1.6,
            "noise": 6,
            "specks": 30,
            "fade": 0.55,
            "downscale": 650,
        },
    ),
    ("r14", r14, "MY", "restaurant", "photo", {"long_side": 1700, "quality": 62}),
    ("r15", r15, "PH", "fuel station", "pdf", {}),
    ("r16", r16, "CL", "supermarket", "pdf", {}),
]

KIND_WORD = {
    "pdf": "born-digital PDF",
    "scan": "scan (PNG)",
    "scanpdf": "image-only PDF (scan)",
    "photo": "photo (JPEG)",
}


def build(name, fn, kind, opts, out: Path) -> tuple[str, dict]:
    pdf, t = fn(name)
    if kind == "pdf":
        fname = f"{name}.pdf"
        (out / fname).write_bytes(pdf)
        t["kind"] = "pdf"
    elif kind == "scan":
        img = scan(pdf, name, **opts)
        fname = f"{name}.png"
        save_img(img, out / fname)
        t["kind"] = "scan"
    elif kind == "scanpdf":
        img = scan(pdf, name, **opts)
        fname = f"{name}.pdf"
        dpi = opts.get("dpi", 200)
        (out / fname).write_bytes(
            image_pdf(img, name, (img.width * 72 / dpi, img.height * 72 / dpi))
        )
        t["kind"] = "scan"
    else:
        opts = dict(opts)
        qual = opts.pop("quality", 72)
        img = photo(pdf, name, **opts)
        fname = f"{name}.jpg"
        save_img(img, out / fname, qual)
        t["kind"] = "photo"
    (out / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return fname, t


README_HEAD = """# Blind set 2026-14d — many amounts and dates, pick the right one

Generated by `bench/blindsets/blind_2026_14d.py` (run `python -m bench.blindsets.blind_2026_14d [OUTDIR] [--only NAME]`
from the repository root). Every random choice is seeded with the CRC-32 of the document's name; re-runs are
byte-identical. The generator was written blind: it imports nothing from the product and nobody looked at how
the reader works.

## How the set is drawn

32 documents: 16 invoices (`i01`..`i16`, 16 countries) and 16 receipts (`r01`..`r16`, 16 other countries),
covering Europe, North America, Latin America, Africa, the Middle East, South and South-East Asia and Oceania.
Each document is drawn by its own function with reportlab (`invariant=1`) in its own layout (fonts DejaVu Sans /
Serif / Mono / Condensed, logos as shapes or wordmarks, boxes, tables, footers with registration and bank
details). Every text run is checked to stay on the page and not to overlap another run (`LayoutError`).
Invoices are A4 or Letter; receipts are 58 / 76 / 80 mm till rolls exactly as long as their content.

Focus: documents that print many amounts and dates. Invoices put an amount-due summary first (previous balance,
payments, adjustments, credits) and the breakdown later, carry several tax rates and tax summary tables,
early-payment discounts, instalment schedules, service periods, order / delivery / dispatch dates and credit
notes. Receipts carry subtotals, item discounts and coupons, "you saved" lines, deposits and returns, multi-rate
tax tables, service charges, cash tendered and change, card slips repeating the total (one with a tip), cash
rounding and points balances.

Kinds: born-digital PDFs keep their text layer. Scans are rendered with pypdfium2 (150-300 dpi, grey or colour),
blurred, skewed up to ±2°, noised, specked, receipts thermally faded, two downscaled to 650 px wide. Photos are
the page warped in perspective onto a textured background (wood / cloth / desk) with uneven light, a shadow, a
crease, JPEG quality 62-78, long side 1,700-2,300 px. Three image-only PDFs embed a degraded scan as the only
page content (`kind` "scan" in the JSON).

## Truth conventions

- `amount` is the net before tax, `vat` the sum of all taxes printed (VAT/GST/PST/CGST+SGST, Australian stamp
  duty, Lagos consumption tax, Malaysian service tax), `total` the document's own total. Every JSON satisfies
  `amount + vat + tip + rounding == total`; tip and rounding are the printed tip / cash-rounding / round-off lines
  (0 where none, not keyed as separate fields; the note says when they occur).
- Where prices include tax, `amount` is the printed net (tax-table base / VATable / Total excl. VAT) and equals
  total − vat; where no net is printed (PL, TR, HU receipts) `amount = total − vat`.
- Service charges (NG, MY) are part of the net `amount`; they are not tips. The only tip is r05's card-slip tip:
  there `total` is the slip's TOTAL including the tip.
- Cash rounding (CZ Zaokrouhlení, HU Kerekítés, MY Rounding Adj, IN Round Off): `total` is the rounded amount
  payable.
- Bills with a summary box (previous balance, payments received, adjustments, credits from earlier bills): `total`
  is this bill's own current charges including tax, never the amount due / balance to pay. Adjustments and
  credits outside the current charges are not keyed. `due_date` is the printed pay-by date.
- Early-payment discounts (Skonto, 2/10 net 30): `total` is the undiscounted invoice total; `due_date` is the
  net (last, full-amount) due date; the discounted amount and discount date are distractors.
- Instalment schedules (AU insurance, MX parcialidades): `total` is the full invoice total; `due_date` is the
  first instalment's due date.
- Credit notes (i06, i13) print negative amounts and are keyed negative (`document_type` "credit_note"); no due
  date is printed and `due_date` is null. The original invoice's number, date and amount are not keyed.
- Amounts are strings with two decimals; currencies printed without decimals (HUF, CLP; INR grand total
  rounded) are keyed with `.00`. Line items: `quantity` as a string number (may be fractional for fuel / weighed
  goods), `unit_price` and `amount` as two-decimal strings (i01/i05/i14 per-unit tariffs keep four decimals);
  discounts, coupons, deposit returns and credits appear as negative line items; `invoice_number` for receipts is
  the printed receipt / bill / document number. Line-item `amount`s are as printed on the line: tax-inclusive
  gross on receipts that print gross prices (so they sum to the total before tip / rounding, not to `amount`),
  net on invoices and tax-exclusive bills; service charges are a line item where they are part of the net;
  document-level discounts (i02 Objektrabatt) are a negative line item.
- `vendor_name` is the seller's legal name as printed (with legal form), not the shop wordmark.
- `invoice_date` for receipts is the transaction date.
"""


def write_readme(out: Path, rows):
    from collections import Counter

    cnt = Counter((n[0], k) for n, k, *_ in rows)
    lines = [README_HEAD, "## Mix\n", "| kind | invoices | receipts | total |", "|---|---|---|---|"]
    for k in ("pdf", "scan", "scanpdf", "photo"):
        a, b = cnt[("i", k)], cnt[("r", k)]
        lines.append(f"| {KIND_WORD[k]} | {a} | {b} | {a + b} |")
    lines.append(
        f"| all | {sum(v for (p, _), v in cnt.items() if p == 'i')} | {sum(v for (p, _), v in cnt.items() if p == 'r')} | {len(rows)} |"
    )
    lines += [
        "",
        "## Documents\n",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for _name, kind, fname, country, typ, t in rows:
        num = t["invoice_number"] or "—"
        lines.append(
            f"| {fname} | {KIND_WORD[kind]} | {country} | {typ} ({t['document_type']}) | {t['vendor_name']} | {num} | {t['total']} {t['currency']} | {t['note'].replace('|', '/')} |"
        )
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=DEFAULT_OUT)
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, fn, country, typ, kind, opts in SET:
        if a.only and name != a.only:
            continue
        fname, t = build(name, fn, kind, opts, out)
        rows.append((name, kind, fname, country, typ, t))
        print(f"{fname:10s} {t['kind']:5s} {t['total']:>12s} {t['currency']}", file=sys.stderr)
    if not a.only:
        write_readme(out, rows)


if __name__ == "__main__":
    main()
