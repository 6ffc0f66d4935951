# ruff: noqa: E501
"""Blind set 2026-12r: Latin America, Turkey and Greece (invoices and till receipts).

Run from the repository root:
    python -m bench.blindsets.blind_2026_12r [OUTDIR] [--only NAME]
Every random choice is seeded with the CRC-32 of the document name, so re-runs are byte-identical.
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
from PIL import Image
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

MM = 72 / 25.4
FD = "/usr/share/fonts/truetype/dejavu/"
for _n in [
    "DejaVuSans",
    "DejaVuSans-Bold",
    "DejaVuSans-Oblique",
    "DejaVuSansMono",
    "DejaVuSansMono-Bold",
    "DejaVuSerif",
    "DejaVuSerif-Bold",
    "DejaVuSerif-Italic",
    "DejaVuSansCondensed",
    "DejaVuSansCondensed-Bold",
    "DejaVuSerifCondensed",
    "DejaVuSerifCondensed-Bold",
]:
    pdfmetrics.registerFont(TTFont(_n, FD + _n + ".ttf"))
S, SB, SI = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
MO, MOB = "DejaVuSansMono", "DejaVuSansMono-Bold"
SE, SEB, SEI = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
CO, COB = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"
SC, SCB = "DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"
D = Decimal
C2 = D("0.01")


class LayoutError(Exception):
    pass


def q2(x) -> Decimal:
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(D("1"), rounding=ROUND_HALF_UP)


def fmt(x, dec=",", thou=".", places=2) -> str:
    x = D(x)
    neg = x < 0
    x = abs(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = f"{x:.{places}f}"
    ip, _, fp = s.partition(".")
    g = ""
    while len(ip) > 3:
        g = thou + ip[-3:] + g
        ip = ip[:-3]
    out = ip + g + (dec + fp if places else "")
    return ("-" if neg else "") + out


def us(x, places=2):
    return fmt(x, ".", ",", places)


def eu(x, places=2):
    return fmt(x, ",", ".", places)


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def wrap(s, font, size, width):
    out, cur = [], ""
    words = []
    for word in s.split():
        while sw(word, font, size) > width:
            k = len(word)
            while k > 1 and sw(word[:k], font, size) > width:
                k -= 1
            words.append(word[:k])
            word = word[k:]
        words.append(word)
    for word in words:
        t = (cur + " " + word).strip()
        if sw(t, font, size) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def items_calc(rows):
    """rows: (description, qty, unit) -> list of dicts with Decimal amount."""
    out = []
    for desc, qty, unit in rows:
        qty, unit = D(str(qty)), D(str(unit))
        out.append({"d": desc, "q": qty, "u": unit, "a": q2(qty * unit)})
    return out


def li_json(items, places=2):
    return [
        {
            "description": it["d"],
            "quantity": str(it["q"]),
            "unit_price": f"{it['u']:.2f}",
            "amount": f"{it['a']:.2f}",
        }
        for it in items
    ]


class Doc:
    """reportlab canvas that records every text run and refuses overlaps / runs off the page."""

    def __init__(self, size, title="document"):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.w, self.h = size
        self.runs = []
        self.fn, self.fs = S, 9
        self.col = (0, 0, 0)

    def font(self, name, size):
        self.fn, self.fs = name, size

    def color(self, r, g=None, b=None):
        self.col = (r, r, r) if g is None else (r, g, b)

    def text(self, x, y, s, align="l", font=None, size=None, color=None):
        s = str(s)
        fn, fs = font or self.fn, size or self.fs
        wd = sw(s, fn, fs)
        x0 = x if align == "l" else (x - wd if align == "r" else x - wd / 2)
        box = (x0, y - 0.23 * fs, x0 + wd, y + 0.76 * fs)
        if box[0] < 1.5 or box[2] > self.w - 1.5 or box[1] < 1.5 or box[3] > self.h - 1.5:
            raise LayoutError(f"off page: {s!r} {box}")
        for b, t in self.runs:
            if (
                box[0] < b[2] - 0.4
                and b[0] < box[2] - 0.4
                and box[1] < b[3] - 0.4
                and b[1] < box[3] - 0.4
            ):
                raise LayoutError(f"overlap: {s!r} with {t!r}")
        self.runs.append((box, s))
        self.c.setFillColorRGB(*(color or self.col))
        self.c.setFont(fn, fs)
        self.c.drawString(x0, y, s)
        return wd

    def kv(self, x, y, label, value, size=None, gap=4, lfont=None, vfont=None):
        fs = size or self.fs
        w = self.text(x, y, label, font=lfont or SB, size=fs)
        self.text(x + w + gap, y, value, font=vfont or S, size=fs)

    def lines(self, x, y, rows, lead=None, **kw):
        fs = kw.get("size") or self.fs
        lead = lead or fs * 1.25
        for r in rows:
            self.text(x, y, r, **kw)
            y -= lead
        return y

    def para(self, x, y, s, width, lead=None, **kw):
        fn, fs = kw.get("font") or self.fn, kw.get("size") or self.fs
        return self.lines(x, y, wrap(s, fn, fs, width), lead=lead, **kw)

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.6, r=0):
        c = self.c
        c.setLineWidth(lw)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        if r:
            c.roundRect(x, y, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def hline(self, x1, x2, y, lw=0.5, color=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        c.setDash(*dash) if dash else c.setDash()
        c.line(x1, y, x2, y)
        c.setDash()

    def vline(self, x, y1, y2, lw=0.5, color=(0, 0, 0)):
        self.c.setLineWidth(lw)
        self.c.setStrokeColorRGB(*color)
        self.c.line(x, y1, x, y2)

    def page(self):
        self.c.showPage()
        self.runs = []

    def done(self):
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def qr(c, x, y, size, rng, n=25, color=(0, 0, 0)):
    """QR-ish square: finder patterns + random modules; (x, y) bottom-left."""
    m = size / n
    c.setFillColorRGB(*color)
    grid = [[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for i in range(7):
            for j in range(7):
                edge = i in (0, 6) or j in (0, 6)
                core = 2 <= i <= 4 and 2 <= j <= 4
                grid[fy + i][fx + j] = edge or core
        for i in range(-1, 8):
            for j in range(-1, 8):
                if (i in (-1, 7) or j in (-1, 7)) and 0 <= fy + i < n and 0 <= fx + j < n:
                    grid[fy + i][fx + j] = False
    for i in range(n):
        for j in range(n):
            if grid[i][j]:
                c.rect(x + j * m, y + size - (i + 1) * m, m, m, stroke=0, fill=1)


def barcode(c, x, y, w, h, rng, color=(0, 0, 0)):
    c.setFillColorRGB(*color)
    pos = x
    while pos < x + w - 2:
        bw = rng.choice([0.6, 0.6, 1.2, 1.8]) * (w / 160)
        c.rect(pos, y, bw, h, stroke=0, fill=1)
        pos += bw + rng.choice([0.6, 1.2, 1.8]) * (w / 160)


def pdf417(c, x, y, w, h, rng):
    c.setFillColorRGB(0, 0, 0)
    rows = int(h / 2.2)
    cols = int(w / 1.1)
    rh = h / rows
    cw = w / cols
    for r in range(rows):
        for k in range(cols):
            if k < 8 or k > cols - 9:
                on = k % 2 == 0 if k < 4 or k > cols - 5 else rng.random() < 0.5
            else:
                on = rng.random() < 0.5
            if on:
                c.rect(x + k * cw, y + r * rh, cw, rh, stroke=0, fill=1)


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def uuid(rng, upper=True):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    s = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
    return s.upper() if upper else s


def b64(rng, n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(a) for _ in range(n))


class Roll:
    """A till-roll receipt laid out top-down; height is as long as the content."""

    def __init__(self, width_mm, font=MO, size=8, margin_mm=3.5, lead=1.28):
        self.W = width_mm * MM
        self.m = margin_mm * MM
        self.font, self.size, self.lead = font, size, lead
        self.y = self.m + 2
        self.ops = []

    def _adv(self, size, lead=None):
        self.y += size * (lead or self.lead)
        return self.y

    def gap(self, pt):
        self.y += pt

    def row(
        self,
        left=None,
        right=None,
        font=None,
        size=None,
        center=None,
        mid=None,
        mid_x=None,
        lead=None,
        color=None,
    ):
        fn, fs = font or self.font, size or self.size
        y = self._adv(fs, lead)
        if left is not None:
            self.ops.append(("t", self.m, y, left, "l", fn, fs, color))
        if right is not None:
            self.ops.append(("t", self.W - self.m, y, right, "r", fn, fs, color))
        if center is not None:
            self.ops.append(("t", self.W / 2, y, center, "c", fn, fs, color))
        if mid is not None:
            self.ops.append(("t", mid_x, y, mid, "r", fn, fs, color))

    def cols(self, spec, font=None, size=None, lead=None):
        """spec: list of (x_mm_from_left or negative from right, text, align)."""
        fn, fs = font or self.font, size or self.size
        y = self._adv(fs, lead)
        for x, t, a in spec:
            xx = x * MM if x >= 0 else self.W + x * MM
            self.ops.append(("t", xx, y, t, a, fn, fs, None))

    def center(self, s, font=None, size=None, lead=None):
        self.row(center=s, font=font, size=size, lead=lead)

    def wrapc(self, s, font=None, size=None, center=True):
        fn, fs = font or self.font, size or self.size
        for ln in wrap(s, fn, fs, self.W - 2 * self.m - 2):
            self.row(center=ln, font=fn, size=fs) if center else self.row(left=ln, font=fn, size=fs)

    def rule(self, ch=None, dash=True, lw=0.6):
        self.y += 4
        self.ops.append(("rule", self.y, dash, lw))
        self.y += 2

    def draw(self, height, fn):
        """fn(c, W, top_y_in_pdf_coords)"""
        self.ops.append(("draw", self.y, height, fn))
        self.y += height

    def render(self, title="receipt"):
        h = self.y + self.m + 6
        d = Doc((self.W, h), title)
        for op in self.ops:
            if op[0] == "t":
                _, x, y, s, a, fn, fs, col = op
                d.text(x, h - y, s, align=a, font=fn, size=fs, color=col)
            elif op[0] == "rule":
                _, y, dash, lw = op
                d.hline(self.m, self.W - self.m, h - y, lw=lw, dash=(2, 2) if dash else None)
            else:
                _, y, _hh, fn = op
                fn(d.c, self.W, h - y)
        return d.done()


# ---------------------------------------------------------------- image degradation


def render(pdf_bytes, dpi, page=0):
    pdf = pdfium.PdfDocument(pdf_bytes)
    img = pdf[page].render(scale=dpi / 72).to_pil().convert("RGB")
    pdf.close()
    return img


def render_all(pdf_bytes, dpi):
    pdf = pdfium.PdfDocument(pdf_bytes)
    n = len(pdf)
    pdf.close()
    return [render(pdf_bytes, dpi, i) for i in range(n)]


def scan(
    img,
    rng,
    *,
    grey=True,
    skew=1.0,
    blur=0.7,
    noise=5.0,
    specks=30,
    fade=0.0,
    width=None,
    tint=(250, 248, 242),
):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    if fade:
        prof = 1 - fade * (
            0.5 + 0.5 * np.sin(np.linspace(0, rng.uniform(2, 5), h) + rng.uniform(0, 6))
        )
        a = 255 - (255 - a) * prof[:, None, None]
    paper = np.array(tint, np.float32)
    a = a / 255.0 * paper
    ang = rng.uniform(-skew, skew)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(
        a, M, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=tuple(float(v) for v in paper)
    )
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nrng.normal(0, noise, a.shape).astype(np.float32)
    for _ in range(specks):
        cx, cy = int(nrng.integers(0, w)), int(nrng.integers(0, h))
        r = int(nrng.integers(1, 3))
        v = float(nrng.uniform(40, 140))
        cv2.circle(a, (cx, cy), r, (v, v, v), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a, "RGB")
    if grey:
        out = out.convert("L")
    if width:
        out = out.resize((width, round(out.height * width / out.width)), Image.LANCZOS)
    return out


def texture(h, w, nrng, base, kind):
    if kind == "wood":
        x = np.linspace(0, 1, w)[None, :]
        y = np.linspace(0, 1, h)[:, None]
        warp = cv2.resize(nrng.normal(0, 1, (8, 8)).astype(np.float32), (w, h))
        g = np.sin((y * 40 + warp * 2.5 + x * 3) * np.pi) * 0.5 + 0.5
        t = np.stack([base[i] * (0.8 + 0.25 * g) for i in range(3)], -1)
    else:
        low = cv2.resize(nrng.normal(0, 1, (6, 6)).astype(np.float32), (w, h))
        t = np.stack([base[i] * (0.92 + 0.06 * low) for i in range(3)], -1)
    t = t + nrng.normal(0, 6, t.shape)
    return t.astype(np.float32)


def photo(
    img, rng, *, long_side=1900, quality=72, bg=(120, 90, 60), kind="wood", fold=True, shadow=True
):
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    doc = np.asarray(img.convert("RGB")).astype(np.float32)
    dh, dw = doc.shape[:2]
    # output size keeping doc about 80 % of the frame
    ar = dh / dw
    if ar >= 1:
        H = long_side
        W = int(min(long_side * 0.95, max(long_side * 0.62, H / ar / 0.78)))
    else:
        W = long_side
        H = int(min(long_side * 0.95, max(long_side * 0.62, W * ar / 0.80)))
    s = min(0.86 * W / dw, 0.88 * H / dh)
    tw, th = dw * s, dh * s
    x0, y0 = (W - tw) / 2, (H - th) / 2
    j = 0.035
    dst = np.float32(
        [
            [x0 + rng.uniform(-j, j) * W, y0 + rng.uniform(-j, j) * H],
            [x0 + tw + rng.uniform(-j, j) * W, y0 + rng.uniform(-j, j) * H],
            [x0 + tw + rng.uniform(-j, j) * W, y0 + th + rng.uniform(-j, j) * H],
            [x0 + rng.uniform(-j, j) * W, y0 + th + rng.uniform(-j, j) * H],
        ]
    )
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    M = cv2.getPerspectiveTransform(src, dst)
    if fold:
        fy = int(dh * rng.uniform(0.3, 0.7))
        band = np.ones((dh, 1, 1), np.float32)
        band[fy - 3 : fy + 3] = 0.82
        band[fy + 3 : fy + 40] = np.linspace(0.93, 1.0, len(band[fy + 3 : fy + 40]))[:, None, None]
        doc = doc * band
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_AREA, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.GaussianBlur(mask, (0, 0), 0.8)[..., None]
    bgimg = texture(H, W, nrng, bg, kind)
    out = warped * mask + bgimg * (1 - mask)
    # uneven light
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    light = 1.08 - 0.32 * d
    if shadow:
        ang = rng.uniform(0, np.pi)
        edge = (xx - W * rng.uniform(0.2, 0.8)) * np.cos(ang) + (
            yy - H * rng.uniform(0.2, 0.8)
        ) * np.sin(ang)
        light = light * (1 - 0.22 * (1 / (1 + np.exp(-edge / 25.0))))
    out = out * light[..., None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 0.9))
    out = out + nrng.normal(0, 3, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(out, "RGB")
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def image_pdf(pages, dpi):
    buf = io.BytesIO()
    im0 = pages[0]
    c = canvas.Canvas(buf, pagesize=(im0.width * 72 / dpi, im0.height * 72 / dpi), invariant=1)
    for im in pages:
        w, h = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(im), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def png_bytes(im):
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def truth(
    *,
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
    tip=D(0),
    rounding=D(0),
    places=2,
):
    vv = vat if vat is not None else D(0)
    assert amount + vv + tip + rounding == total, (amount, vat, tip, rounding, total)
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": f"{amount:.2f}",
        "vat": None if vat is None else f"{vat:.2f}",
        "total": f"{total:.2f}",
        "currency": cur,
        "locale": loc,
        "layout": layout,
        "document_type": dtype,
        "line_items": li_json(items, places),
        "note": note,
    }


_U = [
    "cero",
    "uno",
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
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
_T = {
    3: "treinta",
    4: "cuarenta",
    5: "cincuenta",
    6: "sesenta",
    7: "setenta",
    8: "ochenta",
    9: "noventa",
}
_H = {
    1: "ciento",
    2: "doscientos",
    3: "trescientos",
    4: "cuatrocientos",
    5: "quinientos",
    6: "seiscientos",
    7: "setecientos",
    8: "ochocientos",
    9: "novecientos",
}


def _es(n):
    if n < 30:
        return _U[n]
    if n < 100:
        return _T[n // 10] + ("" if n % 10 == 0 else " y " + _U[n % 10])
    if n == 100:
        return "cien"
    if n < 1000:
        return _H[n // 100] + ("" if n % 100 == 0 else " " + _es(n % 100))
    if n < 1_000_000:
        k = n // 1000
        head = "mil" if k == 1 else _es(k).replace("uno", "un") + " mil"
        return head + ("" if n % 1000 == 0 else " " + _es(n % 1000))
    m = n // 1_000_000
    head = "un millón" if m == 1 else _es(m).replace("uno", "un") + " millones"
    return head + ("" if n % 1_000_000 == 0 else " " + _es(n % 1_000_000))


def es_words(x):
    return _es(int(abs(D(x)))).upper()


def cents(x):
    return f"{int((abs(D(x)) * 100) % 100):02d}"


def table(  # noqa: C901
    d,
    x0,
    x1,
    y,
    cols,
    rows,
    *,
    font=S,
    bold=SB,
    size=7.5,
    fill=None,
    hcolor=(0, 0, 0),
    grid=False,
    zebra=None,
    lead=None,
    wrapcol=None,
    wrapw=0,
    rule=(0.6, 0.6, 0.6),
):
    """cols: (x, header, align). rows: list of string lists. Returns y below the table."""
    lead = lead or size * 1.45
    hl = max(len(h.split("\n")) for _, h, _ in cols)
    hh = hl * size * 1.15 + 5
    if fill:
        d.rect(x0, y - hh + size + 1, x1 - x0, hh, stroke=None, fill=fill)
    for x, h, a in cols:
        for k, part in enumerate(h.split("\n")):
            d.text(x, y - k * size * 1.15, part, a, bold, size, color=hcolor)
    top = y + size + 1
    y -= hh + 1.5
    if not fill:
        d.hline(x0, x1, y + size + 1, lw=0.6)
    for ri, r in enumerate(rows):
        cells = []
        nl = 1
        for ci in range(len(cols)):
            if ci == wrapcol:
                ls = wrap(r[ci], font, size, wrapw)
                nl = max(nl, len(ls))
                cells.append(ls)
            else:
                cells.append([r[ci]])
        rh = lead + (nl - 1) * size * 1.2
        if zebra and ri % 2 == 1:
            d.rect(x0, y - rh + size + 1.5, x1 - x0, rh, stroke=None, fill=zebra)
        for (x, _, a), ls in zip(cols, cells, strict=False):
            for k, ln in enumerate(ls):
                if ln:
                    d.text(x, y - k * size * 1.2, ln, a, font, size)
        y -= rh
        if grid or rule:
            d.hline(x0, x1, y + size + 1.5, lw=0.3, color=rule or (0, 0, 0))
    if grid:
        d.rect(x0, y + size + 1.5, x1 - x0, top - (y + size + 1.5), lw=0.6)
    return y


# ================================================================ invoices


def i01(rng):
    """Mexico, CFDI 4.0 printed representation (Letter), serie+folio, UUID, IVA 16 %."""
    W, H = letter
    d = Doc(letter, "CFDI A-4817")
    vendor = "Tornillos y Herrajes del Bajío, S.A. de C.V."
    # logo: hexagon + wordmark
    c = d.c
    c.setFillColorRGB(0.12, 0.3, 0.55)
    p = c.beginPath()
    cx, cy, r = 62, H - 62, 24
    import math

    for k in range(6):
        a = math.pi / 6 + k * math.pi / 3
        (p.moveTo if k == 0 else p.lineTo)(cx + r * math.cos(a), cy + r * math.sin(a))
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    d.text(cx, cy - 6, "TB", "c", SB, 17, color=(1, 1, 1))
    d.text(96, H - 56, "TORNIBAJ", "l", SB, 20, color=(0.12, 0.3, 0.55))
    d.text(96, H - 72, "Tornillería industrial desde 1994", "l", SI, 8, color=(0.35, 0.35, 0.35))
    d.font(S, 7.6)
    y = d.lines(
        40,
        H - 104,
        [
            vendor,
            "RFC: THB940312KT4",
            "Régimen fiscal: 601 - General de Ley Personas Morales",
            "Blvd. Adolfo López Mateos 2315 Pte., Col. Jardines del Moral",
            "León, Guanajuato, C.P. 37160  Tel. 477 712 4400",
        ],
        lead=10,
    )
    # right header box
    bx = 330
    d.rect(bx, H - 160, W - 40 - bx, 130, stroke=(0.12, 0.3, 0.55), lw=0.8)
    d.rect(bx, H - 48, W - 40 - bx, 18, stroke=None, fill=(0.12, 0.3, 0.55))
    d.text((bx + W - 40) / 2, H - 43, "FACTURA  A-4817", "c", SB, 10, color=(1, 1, 1))
    uu = uuid(rng)
    kv = [
        ("Tipo de comprobante:", "I - Ingreso"),
        ("Serie:", "A"),
        ("Folio:", "4817"),
        ("Folio fiscal (UUID):", ""),
        ("", uu),
        ("No. de serie del CSD:", "00001000000512345678"),
        ("Fecha y hora de emisión:", "2026-03-14T10:22:31"),
        ("Fecha de certificación:", "2026-03-14T10:22:40"),
        ("Lugar de expedición:", "37160"),
        ("Exportación:", "01 - No aplica"),
    ]
    yy = H - 62
    for k, v in kv:
        if k:
            d.text(bx + 6, yy, k, font=SB, size=7)
        if v:
            d.text(W - 46, yy, v, "r", S, 7)
        yy -= 9.6
    # receptor
    y = H - 178
    d.rect(40, y - 58, W - 80, 58, stroke=(0.6, 0.6, 0.6), lw=0.5)
    d.rect(40, y - 12, W - 80, 12, stroke=None, fill=(0.88, 0.92, 0.97))
    d.text(46, y - 9, "RECEPTOR", font=SB, size=7.5)
    d.font(S, 7.5)
    d.text(46, y - 23, "Nombre: CONSTRUCTORA ALTIPLANO")
    d.text(46, y - 34, "RFC: CAL110824J59")
    d.text(46, y - 45, "Domicilio fiscal receptor: 20000")
    d.text(300, y - 23, "Uso CFDI: G03 - Gastos en general")
    d.text(300, y - 34, "Régimen fiscal receptor: 601 - General de Ley Personas Morales")
    d.text(300, y - 45, "Condiciones de pago: Crédito 30 días")
    items = items_calc(
        [
            ('Tornillo hexagonal grado 5 galv. 1/2" x 2" (caja 50 pzas)', 12, "386.50"),
            ('Tuerca hexagonal 1/2" galvanizada (caja 100 pzas)', 10, "214.00"),
            ('Rondana plana 1/2" galvanizada (caja 100 pzas)', 10, "118.90"),
            ('Ancla expansiva 3/8" x 3" acero', 150, "9.85"),
            ('Taquete plástico 5/16" (bolsa 500)', 4, "312.40"),
            ("Flete local León - Silao", 1, "650.00"),
        ]
    )
    codes = [
        ("31161500", "H87", "TH-12-2G"),
        ("31161700", "H87", "TU-12-G"),
        ("31161800", "H87", "RO-12-G"),
        ("31162000", "H87", "AN-38-3"),
        ("31162100", "XBG", "TQ-516"),
        ("78101800", "E48", "FLT-01"),
    ]
    y = y - 74
    cols = [
        (44, "Clave SAT", "l"),
        (88, "No. Ident.", "l"),
        (168, "Cant.", "r"),
        (186, "Unidad", "l"),
        (218, "Descripción", "l"),
        (486, "Valor unitario", "r"),
        (W - 44, "Importe", "r"),
    ]
    d.rect(40, y - 4, W - 80, 13, stroke=None, fill=(0.12, 0.3, 0.55))
    for x, t, a in cols:
        d.text(x, y, t, a, SB, 7, color=(1, 1, 1))
    y -= 16
    for it, (sat, un, ident) in zip(items, codes, strict=False):
        lines = wrap(it["d"], S, 7, 200)
        d.font(S, 7)
        d.text(44, y, sat)
        d.text(88, y, ident)
        d.text(168, y, str(it["q"]), "r")
        d.text(186, y, un)
        for k, ln in enumerate(lines):
            d.text(218, y - 8.6 * k, ln)
        d.text(486, y, "$" + us(it["u"]), "r")
        d.text(W - 44, y, "$" + us(it["a"]), "r")
        d.text(
            218,
            y - 8.6 * len(lines),
            "Objeto imp.: 02  Traslado IVA 002 Tasa 0.160000",
            size=6,
            color=(0.4, 0.4, 0.4),
        )
        y -= 8.6 * len(lines) + 12
        d.hline(40, W - 40, y + 7, lw=0.3, color=(0.75, 0.75, 0.75))
    sub = sum(i["a"] for i in items)
    iva = q2(sub * D("0.16"))
    tot = sub + iva
    y -= 6
    tx = 420
    for k, v, b in [
        ("Subtotal:", sub, False),
        ("IVA Trasladado 16%:", iva, False),
        ("Total:", tot, True),
    ]:
        d.text(tx, y, k, "r", SB if b else S, 9 if b else 8)
        d.text(W - 44, y, "$" + us(v), "r", SB if b else S, 9 if b else 8)
        y -= 13
    d.text(40, y + 26, "Importe con letra:", font=SB, size=7.5)
    d.para(40, y + 16, f"({es_words(tot)} PESOS {cents(tot)}/100 M.N.)", 300, size=7.5)
    d.font(S, 7.2)
    d.text(40, y - 6, "Moneda: MXN - Peso Mexicano")
    d.text(40, y - 16, "Forma de pago: 99 - Por definir")
    d.text(40, y - 26, "Método de pago: PPD - Pago en parcialidades o diferido")
    y -= 48
    qr(c, 40, y - 100, 100, rng, 29)
    d.font(S, 6.2)
    sy = y
    for lab, n in [
        ("Sello digital del CFDI:", 344),
        ("Sello digital del SAT:", 344),
        ("Cadena original del complemento de certificación digital del SAT:", 300),
    ]:
        d.text(150, sy, lab, font=SB, size=6.4)
        sy = d.para(150, sy - 8, b64(rng, n), W - 190, lead=7.4, font=MO, size=5.6) - 3
    d.text(
        W / 2, 40, "Este documento es una representación impresa de un CFDI versión 4.0", "c", S, 7
    )
    d.text(
        W / 2,
        30,
        "Cta. BBVA 0112345678  CLABE 012225001123456789  -  Página 1 de 1",
        "c",
        S,
        6.5,
        color=(0.4, 0.4, 0.4),
    )
    t = truth(
        number="A-4817",
        date="2026-03-14",
        due=None,
        vendor=vendor,
        amount=sub,
        vat=iva,
        total=tot,
        cur="MXN",
        loc="es-MX",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="CFDI 4.0: serie A + folio 4817 printed in separate fields and as 'FACTURA A-4817'; folio fiscal UUID is not the number; ISO datetime emission date; brand TORNIBAJ vs legal name; '$' = MXN; no due date (PPD, 'Crédito 30 días').",
    )
    return d.done(), t


def i02(rng):
    """Brazil, DANFE (NF-e) with canhoto, ICMS 18 % inside the price, IPI 5 % on top, frete."""
    W, H = A4
    d = Doc(A4, "DANFE 12345")
    c = d.c
    vendor = "Embalagens Paulista Indústria e Comércio Ltda."
    L, R = 22, W - 22
    # canhoto
    d.rect(L, H - 62, R - L, 44, lw=0.7)
    d.vline(R - 110, H - 62, H - 18)
    d.para(
        L + 4,
        H - 27,
        f"RECEBEMOS DE {vendor.upper()} OS PRODUTOS/SERVIÇOS CONSTANTES DA NOTA FISCAL ELETRÔNICA INDICADA AO LADO",
        R - L - 120,
        size=6.2,
        lead=7.5,
    )
    d.hline(L, R - 110, H - 44, lw=0.4)
    d.text(L + 4, H - 51, "DATA DE RECEBIMENTO", font=S, size=5.5)
    d.text(L + 120, H - 51, "IDENTIFICAÇÃO E ASSINATURA DO RECEBEDOR", font=S, size=5.5)
    d.text(R - 55, H - 30, "NF-e", "c", SB, 10)
    d.text(R - 55, H - 43, "Nº 000.012.345", "c", SB, 8)
    d.text(R - 55, H - 54, "SÉRIE 001", "c", SB, 8)
    d.hline(L, R, H - 68, lw=0.5, dash=(3, 2))
    # emitente / danfe / chave
    top = H - 74
    d.rect(L, top - 100, R - L, 100, lw=0.7)
    d.vline(L + 225, top - 100, top)
    d.vline(L + 330, top - 100, top)
    c.setFillColorRGB(0.0, 0.45, 0.3)
    c.roundRect(L + 8, top - 44, 36, 34, 5, stroke=0, fill=1)
    d.text(L + 26, top - 33, "EP", "c", SB, 15, color=(1, 1, 1))
    d.text(L + 50, top - 24, "EMBAPAULI", font=SB, size=14, color=(0.0, 0.45, 0.3))
    d.text(L + 50, top - 35, "embalagens", font=SI, size=7.5, color=(0.3, 0.3, 0.3))
    d.lines(
        L + 8,
        top - 56,
        [
            *wrap(vendor.upper(), SB, 7, 210),
            "RUA JOSÉ BONIFÁCIO, 1840 - GALPÃO 3",
            "DISTRITO INDUSTRIAL - GUARULHOS - SP",
            "CEP 07230-010  FONE: (11) 2408-7700",
        ],
        size=6.6,
        lead=8,
    )
    d.text(L + 277, top - 14, "DANFE", "c", SB, 13)
    d.lines(
        L + 277,
        top - 25,
        ["Documento Auxiliar da", "Nota Fiscal Eletrônica"],
        align="c",
        size=6.5,
        lead=7.5,
    )
    d.lines(L + 236, top - 46, ["0 - ENTRADA", "1 - SAÍDA"], size=6.5, lead=8)
    d.rect(L + 300, top - 56, 14, 14, lw=0.6)
    d.text(L + 307, top - 52, "1", "c", SB, 9)
    d.lines(
        L + 277,
        top - 72,
        ["Nº 000.012.345", "SÉRIE 001", "FOLHA 1/1"],
        align="c",
        font=SB,
        size=7.5,
        lead=9,
    )
    barcode(c, L + 340, top - 34, R - L - 350, 26, rng)
    chave = "3526 0312 3456 7800 0190 5500 1000 0123 4510 " + digits(rng, 4)
    d.text(L + 336, top - 44, "CHAVE DE ACESSO", size=5.5)
    d.text(L + 336, top - 55, chave, font=MOB, size=6.6)
    d.lines(
        L + 336,
        top - 70,
        [
            "Consulta de autenticidade no portal nacional da NF-e",
            "www.nfe.fazenda.gov.br/portal ou no site da Sefaz Autorizadora",
        ],
        size=5.8,
        lead=7,
    )
    y = top - 100
    rows = [
        [
            ("NATUREZA DA OPERAÇÃO", "VENDA DE PRODUÇÃO DO ESTABELECIMENTO", 330),
            (
                "PROTOCOLO DE AUTORIZAÇÃO DE USO",
                "135260412345678 - 10/03/2026 14:05:12",
                R - L - 330,
            ),
        ],
        [
            ("INSCRIÇÃO ESTADUAL", "336.112.845.110", 190),
            ("INSC. ESTADUAL DO SUBST. TRIB.", "", 170),
            ("CNPJ", "12.345.678/0001-90", R - L - 360),
        ],
    ]

    def boxrow(y, cells, h=20):
        x = L
        for lab, val, w in cells:
            d.rect(x, y - h, w, h, lw=0.5)
            d.text(x + 3, y - 7, lab, size=5.3)
            if val:
                d.text(x + 3, y - 16.5, val, font=SB, size=7.2)
            x += w
        return y - h

    for r in rows:
        y = boxrow(y, r)
    y -= 5
    d.text(L, y - 6, "DESTINATÁRIO / REMETENTE", font=SB, size=6.5)
    y -= 9
    y = boxrow(
        y,
        [
            ("NOME / RAZÃO SOCIAL", "PADARIA E CONFEITARIA NOVA AURORA LTDA", 300),
            ("CNPJ / CPF", "98.765.432/0001-10", 150),
            ("DATA DA EMISSÃO", "10/03/2026", R - L - 450),
        ],
    )
    y = boxrow(
        y,
        [
            ("ENDEREÇO", "AV. TIRADENTES, 455", 230),
            ("BAIRRO / DISTRITO", "CENTRO", 120),
            ("CEP", "07011-000", 100),
            ("DATA SAÍDA/ENTRADA", "10/03/2026", R - L - 450),
        ],
    )
    y = boxrow(
        y,
        [
            ("MUNICÍPIO", "GUARULHOS", 200),
            ("UF", "SP", 30),
            ("FONE / FAX", "(11) 2463-1188", 120),
            ("INSCRIÇÃO ESTADUAL", "336.998.201.117", 100),
            ("HORA DA SAÍDA", "14:30:00", R - L - 450),
        ],
    )
    items = items_calc(
        [
            ("CAIXA PAPELÃO ONDULADO 30X20X15 PARDA", 500, "2.38"),
            ("CAIXA PARA BOLO 25X25X12 BRANCA C/ VISOR", 300, "3.15"),
            ("SACO KRAFT Nº 10 PARDO PCT 500", 20, "48.90"),
            ("BANDEJA PAPELÃO DOURADA 30CM", 400, "1.72"),
            ("FITA ADESIVA TRANSP. 48MMX100M", 60, "6.45"),
        ]
    )
    frete = D("180.00")
    prod = sum(i["a"] for i in items)
    ipi_items = [q2(i["a"] * D("0.05")) for i in items]
    ipi = sum(ipi_items)
    bc = prod + frete
    icms_items = [q2(i["a"] * D("0.18")) for i in items]
    icms_frete = q2(frete * D("0.18"))
    icms = sum(icms_items) + icms_frete
    tot = prod + frete + ipi
    y -= 5
    d.text(L, y - 6, "FATURA / DUPLICATAS", font=SB, size=6.5)
    y -= 9
    d.rect(L, y - 16, 170, 16, lw=0.5)
    d.text(L + 3, y - 7, "Núm.: 001   Venc.: 09/04/2026", size=6.5)
    d.text(L + 3, y - 14, "Valor: R$ " + eu(tot), size=6.5)
    y -= 21
    d.text(L, y - 6, "CÁLCULO DO IMPOSTO", font=SB, size=6.5)
    y -= 9
    w6 = (R - L) / 6
    y = boxrow(
        y,
        [
            ("BASE DE CÁLC. DO ICMS", eu(bc), w6),
            ("VALOR DO ICMS", eu(icms), w6),
            ("BASE CÁLC. ICMS S.T.", "0,00", w6),
            ("VALOR DO ICMS SUBST.", "0,00", w6),
            ("V. APROX. TRIBUTOS", "0,00", w6),
            ("V. TOTAL PRODUTOS", eu(prod), w6),
        ],
    )
    y = boxrow(
        y,
        [
            ("VALOR DO FRETE", eu(frete), w6),
            ("VALOR DO SEGURO", "0,00", w6),
            ("DESCONTO", "0,00", w6),
            ("OUTRAS DESPESAS", "0,00", w6),
            ("VALOR TOTAL IPI", eu(ipi), w6),
            ("V. TOTAL DA NOTA", eu(tot), w6),
        ],
    )
    y -= 5
    d.text(L, y - 6, "TRANSPORTADOR / VOLUMES TRANSPORTADOS", font=SB, size=6.5)
    y -= 9
    y = boxrow(
        y,
        [
            ("NOME / RAZÃO SOCIAL", "TRANSPORTES RÁPIDO GUARU LTDA", 220),
            ("FRETE POR CONTA", "0-REMETENTE", 90),
            ("PLACA DO VEÍCULO", "FQX-2C41", 80),
            ("UF", "SP", 30),
            ("CNPJ / CPF", "23.456.789/0001-55", R - L - 420),
        ],
    )
    y -= 5
    d.text(L, y - 6, "DADOS DOS PRODUTOS / SERVIÇOS", font=SB, size=6.5)
    y -= 16
    cols = [
        (L + 3, "CÓDIGO", "l"),
        (L + 42, "DESCRIÇÃO DO PRODUTO / SERVIÇO", "l"),
        (L + 232, "NCM/SH", "l"),
        (L + 268, "CST", "l"),
        (L + 286, "CFOP", "l"),
        (L + 308, "UN", "l"),
        (L + 350, "QUANT.", "r"),
        (L + 384, "V.UNIT.", "r"),
        (L + 424, "V.TOTAL", "r"),
        (L + 460, "V.ICMS", "r"),
        (L + 490, "V.IPI", "r"),
        (L + 508, "ICMS", "r"),
        (R - 3, "IPI", "r"),
    ]
    rows = []
    for k, it in enumerate(items):
        rows.append(
            [
                f"{1001 + k}",
                it["d"],
                ["48191000", "48191000", "48194000", "48239099", "39191010"][k],
                "000",
                "5101",
                "UN" if k != 2 else "PCT",
                eu(it["q"], 4),
                eu(it["u"], 4),
                eu(it["a"]),
                eu(icms_items[k]),
                eu(ipi_items[k]),
                "18",
                "5",
            ]
        )
    y2 = table(
        d,
        L,
        R,
        y,
        cols,
        rows,
        size=5.6,
        bold=SB,
        font=S,
        wrapcol=1,
        wrapw=185,
        grid=True,
        rule=(0.7, 0.7, 0.7),
    )
    y = y2 - 4
    d.text(L, y - 6, "DADOS ADICIONAIS", font=SB, size=6.5)
    d.rect(L, y - 70, R - L, 60, lw=0.5)
    d.para(
        L + 4,
        y - 20,
        f"INFORMAÇÕES COMPLEMENTARES: Pedido nº 7781. ICMS sobre frete incluído na base de cálculo (R$ {eu(icms_frete)}). Documento emitido por ME/EPP? NÃO. Pagamento via boleto bancário Banco Itaú ag. 0912 c/c 45512-3.",
        R - L - 10,
        size=6.2,
        lead=7.6,
    )
    vat = icms + ipi
    t = truth(
        number="000.012.345",
        date="2026-03-10",
        due="2026-04-09",
        vendor=vendor.upper(),
        amount=tot - vat,
        vat=vat,
        total=tot,
        cur="BRL",
        loc="pt-BR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="DANFE with canhoto stub; number Nº 000.012.345 série 001; brand EMBAPAULI; ICMS 18 % is inside the price ('por dentro') and IPI 5 % is added: vat = ICMS + IPI, amount = total - vat (net not printed); frete in total; due date only in the duplicata box; 44-digit chave de acesso is not the number.",
    )
    return d.done(), t


def i03(rng):
    """Argentina, Factura A (AFIP 'comprobantes en línea' style), punto de venta + número, IVA 21 % + percepción IIBB."""
    W, H = A4
    d = Doc(A4, "Factura A 00003-00012345")
    vendor = "Ferreyra Servicios Informáticos S.R.L."
    L, R = 28, W - 28
    d.rect(L, H - 40, R - L, 22, lw=0.8)
    d.text(W / 2, H - 33, "ORIGINAL", "c", SB, 11)
    top = H - 40
    d.rect(L, top - 130, R - L, 130, lw=0.8)
    d.vline(W / 2, top - 130, top - 44)
    d.rect(W / 2 - 24, top - 44, 48, 44, fill=(1, 1, 1), lw=0.8)
    d.text(W / 2, top - 28, "A", "c", SB, 26)
    d.text(W / 2, top - 40, "COD. 01", "c", SB, 6.5)
    d.text(L + 10, top - 30, "ferreyra", font=SEB, size=22, color=(0.55, 0.1, 0.15))
    d.text(L + 112, top - 30, "IT", font=SB, size=11, color=(0.2, 0.2, 0.2))
    d.font(S, 7.5)
    d.kv(L + 10, top - 58, "Razón Social:", vendor)
    d.text(L + 10, top - 72, "Domicilio Comercial: ", font=SB)
    d.para(
        L + 100,
        top - 72,
        "Bv. San Juan 648 Piso 3 Of. B - Córdoba, Provincia de Córdoba",
        W / 2 - L - 106,
    )
    d.text(L + 10, top - 98, "Condición frente al IVA: ", font=SB)
    d.text(L + 10, top - 110, "IVA Responsable Inscripto")
    x = W / 2 + 34
    d.text(x, top - 24, "FACTURA", font=SB, size=17)
    d.kv(x, top - 50, "Punto de Venta:", "00003")
    d.kv(x + 104, top - 50, "Comp. Nro:", "00012345")
    d.kv(x, top - 64, "Fecha de Emisión:", "05/02/2026")
    for k, (a, b) in enumerate(
        [
            ("CUIT:", "30-71234567-8"),
            ("Ingresos Brutos:", "280-456712-3"),
            ("Fecha de Inicio de Actividades:", "01/08/2012"),
        ]
    ):
        d.text(x, top - 84 - 13 * k, a, font=SB)
        d.text(x + sw(a, SB, 7.5) + 4, top - 84 - 13 * k, b)
    y = top - 136
    d.rect(L, y - 20, R - L, 20, lw=0.8)
    d.kv(L + 8, y - 13, "Período Facturado Desde:", "01/01/2026")
    d.kv(L + 180, y - 13, "Hasta:", "31/01/2026")
    d.kv(L + 290, y - 13, "Fecha de Vto. para el pago:", "20/02/2026")
    y -= 26
    d.rect(L, y - 58, R - L, 58, lw=0.8)
    kv = [
        (L + 8, y - 13, "CUIT:", "30-69876543-2"),
        (L + 150, y - 13, "Apellido y Nombre / Razón Social:", "Molinos del Centro S.A."),
        (L + 8, y - 28, "Condición frente al IVA:", "IVA Responsable Inscripto"),
        (L + 270, y - 28, "Domicilio:", "Ruta Nac. 9 km 695 - Córdoba"),
        (L + 8, y - 43, "Condición de venta:", "Cuenta Corriente"),
        (L + 270, y - 43, "Remito Nro:", "0001-00004512"),
    ]
    for xx, yy, a, b in kv:
        d.text(xx, yy, a, font=SB)
        d.text(xx + sw(a, SB, 7.5) + 4, yy, b)
    y -= 70
    items = items_calc(
        [
            ("Abono mensual soporte ERP - enero 2026", 1, "385000.00"),
            ("Horas de desarrollo módulo de liquidaciones", 42, "18500.00"),
            ("Licencia anual antivirus corporativo (25 puestos)", 25, "9800.00"),
            ("Visita técnica planta Río Segundo", 2, "45000.00"),
        ]
    )
    cols = [
        (L + 4, "Código", "l"),
        (L + 44, "Producto / Servicio", "l"),
        (L + 278, "Cantidad", "r"),
        (L + 284, "U. Medida", "l"),
        (L + 370, "Precio Unit.", "r"),
        (L + 400, "% Bonif", "r"),
        (L + 452, "Subtotal", "r"),
        (L + 486, "Alícuota\nIVA", "r"),
        (R - 4, "Subtotal\nc/IVA", "r"),
    ]
    rows = []
    for k, it in enumerate(items):
        rows.append(
            [
                f"S{k + 1:03d}",
                it["d"],
                f"{it['q']},00",
                "unidades",
                f"{it['u']:.2f}".replace(".", ","),
                "0,00",
                f"{it['a']:.2f}".replace(".", ","),
                "21%",
                f"{q2(it['a'] * D('1.21')):.2f}".replace(".", ","),
            ]
        )
    y = table(
        d,
        L,
        R,
        y,
        cols,
        rows,
        size=6.8,
        fill=(0.82, 0.82, 0.82),
        wrapcol=1,
        wrapw=185,
        rule=None,
        lead=13,
    )
    net = sum(i["a"] for i in items)
    iva = q2(net * D("0.21"))
    perc = q2(net * D("0.03"))
    tot = net + iva + perc
    y = 250
    d.rect(L, 110, R - L, y - 110 + 12, lw=0.8)
    d.text(L + 8, y, "Otros tributos", font=SB, size=7.5)
    table(
        d,
        L + 8,
        L + 250,
        y - 14,
        [(L + 10, "Descripción", "l"), (L + 150, "Alíc. %", "r"), (L + 240, "Importe", "r")],
        [
            ["Per./Ret. de Ingresos Brutos", "3,00", f"{perc:.2f}".replace(".", ",")],
            ["Per./Ret. Impuesto a las Ganancias", "", "0,00"],
            ["Impuestos Municipales", "", "0,00"],
        ],
        size=6.6,
        fill=(0.88, 0.88, 0.88),
        rule=None,
        lead=11,
    )
    tl = [
        ("Importe Neto Gravado: $", net),
        ("IVA 27%: $", D(0)),
        ("IVA 21%: $", iva),
        ("IVA 10.5%: $", D(0)),
        ("IVA 5%: $", D(0)),
        ("IVA 2.5%: $", D(0)),
        ("IVA 0%: $", D(0)),
        ("Importe Otros Tributos: $", perc),
        ("Importe Total: $", tot),
    ]
    yy = y
    for k, (a, v) in enumerate(tl):
        b = k in (0, 8)
        d.text(R - 90, yy, a, "r", SB, 7.6 if not b else 8)
        d.text(R - 8, yy, f"{v:.2f}".replace(".", ","), "r", SB, 7.6 if not b else 8)
        yy -= 14
    qr(d.c, L + 6, 30, 70, rng, 25)
    d.text(L + 84, 88, "AFIP", font=SB, size=16, color=(0.1, 0.25, 0.5))
    d.text(L + 84, 72, "Comprobante Autorizado", font=SI, size=8)
    d.text(
        L + 84,
        60,
        "Esta Administración Federal no se responsabilizará por los datos ingresados en el detalle de la operación",
        size=5.4,
    )
    d.text(W / 2, 96, "Pág. 1/1", "c", SB, 7.5)
    d.text(R - 8, 88, f"CAE N°: 7601{digits(rng, 10)}", "r", SB, 7.5)
    d.text(R - 8, 76, "Fecha de Vto. de CAE: 15/02/2026", "r", SB, 7.5)
    t = truth(
        number="00003-00012345",
        date="2026-02-05",
        due="2026-02-20",
        vendor=vendor,
        amount=net,
        vat=iva + perc,
        total=tot,
        cur="ARS",
        loc="es-AR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="AFIP Factura A: number = Punto de Venta 00003 + Comp. Nro 00012345; amounts without thousands separator and decimal comma; vat = IVA 21 % + percepción IIBB 3 % (otros tributos); 'Fecha de Vto. de CAE' and 'Período facturado' are not the due date; remito number is a distractor.",
    )
    return d.done(), t


def i04(rng):
    """Chile, factura electrónica (Letter), RUT box in red, CLP without decimals, OC reference, timbre PDF417."""
    W, H = letter
    d = Doc(letter, "Factura electronica 18452")
    vendor = "Comercializadora Andina SpA"
    red = (0.8, 0.1, 0.1)
    d.text(40, H - 58, "ANDINA", font=SB, size=26, color=(0.15, 0.35, 0.2))
    d.c.setFillColorRGB(0.15, 0.35, 0.2)
    p = d.c.beginPath()
    p.moveTo(150, H - 58)
    p.lineTo(165, H - 36)
    p.lineTo(174, H - 48)
    p.lineTo(180, H - 40)
    p.lineTo(194, H - 58)
    p.close()
    d.c.drawPath(p, stroke=0, fill=1)
    d.font(S, 7.6)
    d.lines(
        40,
        H - 78,
        [
            vendor.upper(),
            "Giro: Venta al por mayor de artículos de ferretería y materiales",
            "Casa Matriz: Av. Américo Vespucio 1380, Bodega 12, Quilicura",
            "Santiago - Chile  •  Fono +56 2 2987 4410  •  ventas@andina.cl",
        ],
        lead=10,
    )
    d.rect(W - 230, H - 118, 190, 86, stroke=red, lw=2)
    d.text(W - 135, H - 56, "R.U.T.: 76.543.210-K", "c", SB, 11, color=red)
    d.text(W - 135, H - 76, "FACTURA ELECTRÓNICA", "c", SB, 11, color=red)
    d.text(W - 135, H - 96, "Nº 18452", "c", SB, 11, color=red)
    d.text(W - 135, H - 134, "S.I.I. - SANTIAGO NORTE", "c", SB, 8.5, color=red)
    y = H - 160
    d.rect(40, y - 70, W - 80, 74, stroke=(0.5, 0.5, 0.5), lw=0.5)
    kv = [
        ("Señor(es):", "CONSTRUCTORA PUERTO SECO LIMITADA", 46, 0),
        ("R.U.T.:", "77.812.334-5", 400, 0),
        ("Giro:", "Construcción de edificios", 46, 1),
        ("Fecha Emisión:", "12 de Marzo de 2026", 400, 1),
        ("Dirección:", "Los Carrera 1125", 46, 2),
        ("Comuna:", "Calama", 250, 2),
        ("Ciudad:", "Calama", 400, 2),
        ("Cond. de venta:", "Crédito 30 días", 46, 3),
        ("Fecha Vencimiento:", "11-04-2026", 400, 3),
        ("Contacto:", "Sr. Patricio Lagos", 46, 4),
    ]
    for a, b, x, r in kv:
        d.text(x, y - 8 - 13 * r, a, font=SB, size=7.4)
        d.text(x + sw(a, SB, 7.4) + 4, y - 8 - 13 * r, b, size=7.4)
    y -= 86
    d.text(40, y, "REFERENCIAS", font=SB, size=7.4)
    d.text(40, y - 12, "Orden de Compra Nº 4500031877  de fecha 02-03-2026", size=7.4)
    d.text(330, y - 12, "Guía de Despacho Electrónica Nº 55120  de fecha 10-03-2026", size=7.4)
    y -= 32
    items = items_calc(
        [
            ("Cemento especial 25 kg", 80, "4890"),
            ("Fierro estriado A630 12 mm x 6 m", 120, "7350"),
            ("Malla acma C-92 2,6 x 5,0 m", 30, "28990"),
            ('Clavo corriente 4" caja 25 kg', 6, "38500"),
            ("Alambre negro recocido Nº 18 rollo 25 kg", 10, "31200"),
        ]
    )
    disc = D("5")
    cols = [
        (44, "Código", "l"),
        (100, "Descripción", "l"),
        (360, "Cantidad", "r"),
        (430, "Precio", "r"),
        (470, "% Desc.", "r"),
        (W - 44, "Valor", "r"),
    ]
    rows = [
        [
            f"MA-{3300 + 17 * k}",
            it["d"],
            str(it["q"]),
            fmt(it["u"], places=0),
            "0",
            fmt(it["a"], places=0),
        ]
        for k, it in enumerate(items)
    ]
    y = table(
        d,
        40,
        W - 40,
        y,
        cols,
        rows,
        size=7.6,
        fill=(0.15, 0.35, 0.2),
        hcolor=(1, 1, 1),
        zebra=(0.94, 0.96, 0.94),
        rule=None,
        lead=14,
    )
    sub = sum(i["a"] for i in items)
    dsc = q0(sub * disc / 100)
    net = sub - dsc
    iva = q0(net * D("0.19"))
    tot = net + iva
    y -= 10
    yy = y
    for a, v, b in [
        ("Sub Total", sub, False),
        ("Descuento global 5%", -dsc, False),
        ("Monto Neto", net, True),
        ("Monto Exento", D(0), False),
        ("I.V.A. 19%", iva, False),
        ("Impuesto Adicional", D(0), False),
        ("TOTAL", tot, True),
    ]:
        d.text(440, yy, a, "r", SB if b else S, 8.5 if b else 8)
        d.text(W - 44, yy, "$ " + fmt(v, places=0), "r", SB if b else S, 8.5 if b else 8)
        yy -= 14
    pdf417(d.c, 50, 80, 200, 64, rng)
    d.text(150, 70, "Timbre Electrónico SII", "c", SB, 7)
    d.text(150, 60, "Res. 80 de 2014 - Verifique documento: www.sii.cl", "c", S, 6.5)
    d.rect(330, 56, W - 370, 64, stroke=(0.5, 0.5, 0.5), lw=0.5)
    d.lines(
        336,
        110,
        [
            "ACUSE DE RECIBO",
            "Nombre: ____________________  R.U.T.: __________",
            "Fecha: ___________  Recinto: ___________________",
            "Firma: ______________________",
        ],
        size=6.5,
        lead=11,
    )
    d.text(
        W / 2,
        30,
        "Transferencias: Banco de Chile Cta. Cte. 00-123-45678-09 a nombre de Comercializadora Andina SpA",
        "c",
        S,
        6.8,
    )
    t = truth(
        number="18452",
        date="2026-03-12",
        due="2026-04-11",
        vendor=vendor,
        amount=net,
        vat=iva,
        total=tot,
        cur="CLP",
        loc="es-CL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Chilean factura electrónica: folio Nº 18452 in the red RUT box; date spelled out ('12 de Marzo de 2026'); CLP without decimals, dot thousands; 5 % global discount, amount = Monto Neto; OC and guía de despacho numbers are distractors.",
    )
    return d.done(), t


def i05(rng):
    """Colombia, factura electrónica de venta, NIT, CUFE, IVA 19 %, COP with ',00'."""
    W, H = letter
    d = Doc(letter, "FEV1287")
    vendor = "Soluciones Logísticas del Caribe S.A.S."
    blue = (0.0, 0.38, 0.6)
    d.rect(0, H - 96, W, 96, stroke=None, fill=(0.93, 0.96, 0.98))
    d.c.setFillColorRGB(*blue)
    d.c.circle(62, H - 48, 26, stroke=0, fill=1)
    d.text(62, H - 55, "SLC", "c", SB, 14, color=(1, 1, 1))
    d.text(98, H - 44, "Soluciones Logísticas", font=SB, size=15, color=blue)
    d.text(98, H - 60, "DEL CARIBE", font=S, size=10, color=blue)
    d.font(S, 7.4)
    d.lines(
        W - 40,
        H - 30,
        [
            vendor,
            "NIT 901.234.567-8  •  Responsable de IVA",
            "Cra. 54 # 72-80 Of. 1204, Barranquilla, Atlántico",
            "PBX (605) 385 2210  •  facturacion@slcaribe.co",
            "Actividad económica CIIU 5229",
        ],
        align="r",
        lead=10,
    )
    y = H - 122
    d.text(40, y, "FACTURA ELECTRÓNICA DE VENTA", font=SB, size=13)
    d.text(W - 40, y, "No. FEV1287", "r", SB, 13, color=blue)
    d.para(
        40,
        y - 14,
        "Autorización de numeración de facturación DIAN No. 18764012345678 de 2025-06-01, prefijo FEV del 1 al 5000, vigencia 24 meses.",
        360,
        size=6.6,
    )
    y -= 40
    d.rect(40, y - 62, W - 80, 62, stroke=(0.7, 0.7, 0.7), lw=0.5)
    kv = [
        (46, 0, "Cliente:", "Agroexportadora Magdalena S.A.S."),
        (46, 1, "NIT:", "900.456.123-4"),
        (46, 2, "Dirección:", "Calle 22 # 3-45, Santa Marta"),
        (46, 3, "Teléfono:", "(605) 421 8890"),
        (340, 0, "Fecha de generación:", "2026-04-07 09:14:03"),
        (340, 1, "Fecha de vencimiento:", "2026-05-07"),
        (340, 2, "Forma de pago:", "Crédito 30 días"),
        (340, 3, "Medio de pago:", "Transferencia"),
    ]
    for x, r, a, b in kv:
        d.kv(x, y - 12 - 13 * r, a, b, size=7.6)
    y -= 82
    items = items_calc(
        [
            ("Transporte terrestre contenedor 40' Barranquilla - Santa Marta", 3, "2850000"),
            ("Servicio de cargue y descargue (cuadrilla)", 6, "185000"),
            ("Almacenamiento en bodega (posición estiba/día)", 140, "6500"),
            ("Trámite de inspección ICA y documentación", 1, "420000"),
        ]
    )
    cols = [
        (44, "Ítem", "l"),
        (66, "Descripción", "l"),
        (330, "Cant.", "r"),
        (400, "Vr. Unitario", "r"),
        (430, "% IVA", "r"),
        (500, "Vr. IVA", "r"),
        (W - 44, "Vr. Total", "r"),
    ]
    ivas = [q2(i["a"] * D("0.19")) for i in items]
    rows = [
        [
            str(k + 1),
            it["d"],
            str(it["q"]),
            "$ " + eu(it["u"]),
            "19",
            "$ " + eu(v),
            "$ " + eu(it["a"]),
        ]
        for k, (it, v) in enumerate(zip(items, ivas, strict=False))
    ]
    y = table(
        d,
        40,
        W - 40,
        y,
        cols,
        rows,
        size=7.4,
        fill=blue,
        hcolor=(1, 1, 1),
        wrapcol=1,
        wrapw=215,
        rule=(0.8, 0.8, 0.8),
        lead=14,
    )
    sub = sum(i["a"] for i in items)
    iva = sum(ivas)
    tot = sub + iva
    y -= 10
    for a, v, b in [
        ("Subtotal", sub, False),
        ("Descuentos", D(0), False),
        ("Total IVA 19%", iva, False),
        ("Total factura", tot, True),
    ]:
        d.text(450, y, a, "r", SB if b else S, 9 if b else 8)
        d.text(W - 44, y, "$ " + eu(v), "r", SB if b else S, 9 if b else 8)
        y -= 14
    d.para(40, y + 40, f"Son: {es_words(tot).lower()} pesos m/cte.", 250, size=7.2, font=SI)
    y -= 16
    d.text(40, y, "CUFE:", font=SB, size=7)
    d.para(
        66, y, "".join(rng.choice("0123456789abcdef") for _ in range(96)), 330, size=6.4, font=MO
    )
    qr(d.c, W - 130, y - 92, 90, rng, 29)
    d.text(
        40,
        y - 30,
        "Observaciones: servicios prestados según orden de servicio OS-2026-0331.",
        size=7,
    )
    d.text(40, y - 42, "Favor consignar en Bancolombia cuenta corriente 123-456789-01.", size=7)
    d.text(
        40,
        y - 54,
        "Esta factura se asimila en todos sus efectos a una letra de cambio (Art. 774 C. Co.).",
        size=6.6,
    )
    d.text(
        W / 2,
        34,
        "Proveedor tecnológico: FacturaYa S.A.S. NIT 900.111.222-3  •  Representación gráfica de la factura electrónica",
        "c",
        S,
        6.4,
        color=(0.4, 0.4, 0.4),
    )
    t = truth(
        number="FEV1287",
        date="2026-04-07",
        due="2026-05-07",
        vendor=vendor,
        amount=sub,
        vat=iva,
        total=tot,
        cur="COP",
        loc="es-CO",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Colombian factura electrónica de venta: prefix FEV + consecutive; DIAN resolution number and 96-hex CUFE are distractors; ISO-style dates; COP with dot thousands and ',00'; '$' = COP; OS reference number.",
    )
    return d.done(), t


def i06(rng):
    """Peru, factura electrónica F001, RUC box, IGV 18 %, S/, amount in words, cuota."""
    W, H = A4
    d = Doc(A4, "F001-00004567")
    vendor = "Inversiones Huallaga E.I.R.L."
    brown = (0.42, 0.24, 0.1)
    d.text(40, H - 60, "HUALLAGA", font=SEB, size=24, color=brown)
    d.text(40, H - 74, "café & cacao de altura", font=SEI, size=9, color=brown)
    d.font(S, 7.5)
    d.lines(
        40,
        H - 96,
        [
            vendor,
            "Jr. Huallaga 418 - Tingo María, Huánuco",
            "Oficina comercial: Av. La Marina 2355, San Miguel - Lima",
            "Telf. (01) 578 3321 - ventas@huallaga.pe",
        ],
        lead=10,
    )
    d.rect(W - 215, H - 120, 175, 84, lw=1.2)
    d.text(W - 127.5, H - 58, "R.U.C. 20512345678", "c", SB, 11)
    d.rect(W - 215, H - 90, 175, 20, stroke=None, fill=brown)
    d.text(W - 127.5, H - 84, "FACTURA ELECTRÓNICA", "c", SB, 10.5, color=(1, 1, 1))
    d.text(W - 127.5, H - 108, "F001-00004567", "c", SB, 12)
    y = H - 150
    kv = [
        (40, 0, "Señor(es):", "DISTRIBUIDORA GOURMET DEL SUR S.A.C."),
        (40, 1, "R.U.C.:", "20609876541"),
        (40, 2, "Dirección:", "Calle Mercaderes 212, Arequipa"),
        (360, 0, "Fecha de Emisión:", "18/02/2026"),
        (360, 1, "Fecha de Vencimiento:", "20/03/2026"),
        (360, 2, "Moneda:", "SOLES"),
        (360, 3, "Forma de pago:", "Crédito"),
        (40, 3, "Orden de compra:", "OC-000781"),
    ]
    for x, r, a, b in kv:
        d.kv(x, y - 13 * r, a, b, size=7.6)
    y -= 66
    items = items_calc(
        [
            ("Café tostado en grano especial 1 kg - Tingo María", 60, "58.00"),
            ("Café molido fino 500 g bolsa válvula", 120, "27.50"),
            ("Cacao en grano fermentado 1 kg", 40, "32.40"),
            ("Chocolate 70% cacao barra 100 g", 200, "7.90"),
        ]
    )
    cols = [
        (44, "CANT.", "r"),
        (74, "UNID.", "l"),
        (108, "DESCRIPCIÓN", "l"),
        (430, "V. UNITARIO", "r"),
        (W - 44, "IMPORTE", "r"),
    ]
    rows = [
        [str(it["q"]), "KGM" if k in (0, 2) else "NIU", it["d"], us(it["u"]), us(it["a"])]
        for k, it in enumerate(items)
    ]
    d.rect(40, y - 100, W - 80, 112, lw=0.6)
    y = table(d, 40, W - 40, y, cols, rows, size=7.6, fill=(0.9, 0.85, 0.78), rule=None, lead=15)
    y = H - 330
    net = sum(i["a"] for i in items)
    igv = q2(net * D("0.18"))
    tot = net + igv
    d.para(40, y, f"SON: {es_words(tot)} CON {cents(tot)}/100 SOLES", 300, size=7.6, font=SB)
    yy = y
    for a, v, b in [
        ("Op. Gravada", net, False),
        ("Op. Exonerada", D(0), False),
        ("Op. Inafecta", D(0), False),
        ("I.G.V. 18%", igv, False),
        ("Importe Total", tot, True),
    ]:
        d.text(450, yy, a, "r", SB if b else S, 8.5 if b else 8)
        d.text(W - 44, yy, "S/ " + us(v), "r", SB if b else S, 8.5 if b else 8)
        yy -= 13
    y = yy - 12
    d.text(40, y, "Información del crédito", font=SB, size=7.6)
    table(
        d,
        40,
        300,
        y - 14,
        [(44, "N° Cuota", "l"), (150, "Fec. Venc.", "l"), (296, "Monto", "r")],
        [["001", "20/03/2026", "S/ " + us(tot)]],
        size=7.2,
        fill=(0.9, 0.85, 0.78),
        rule=None,
    )
    qr(d.c, W - 140, y - 110, 96, rng, 25)
    d.text(40, y - 62, "Resumen (hash): " + b64(rng, 28), size=6.8, font=MO)
    d.text(
        40,
        y - 76,
        "Representación impresa de la FACTURA ELECTRÓNICA, consulte en www.huallaga.pe/cpe",
        size=6.8,
    )
    d.text(
        40,
        y - 88,
        "Autorizado mediante Resolución de Intendencia N° 034-005-0012345/SUNAT",
        size=6.8,
    )
    d.text(
        40,
        y - 100,
        "Cta. Cte. BCP Soles 191-2345678-0-12  •  CCI 002-191-002345678012-55",
        size=6.8,
    )
    t = truth(
        number="F001-00004567",
        date="2026-02-18",
        due="2026-03-20",
        vendor=vendor,
        amount=net,
        vat=igv,
        total=tot,
        cur="PEN",
        loc="es-PE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Peruvian factura electrónica: serie-número F001-00004567 in RUC box; 'S/' = PEN with dot decimal; IGV 18 %; Op. Exonerada/Inafecta zero lines; amount in words; cuota table repeats due date; OC number distractor.",
    )
    return d.done(), t


def i07(rng):
    """Uruguay, e-Factura with two IVA rates (10 % mínima, 22 % básica), serie + número boxes."""
    W, H = A4
    d = Doc(A4, "e-Factura A 0012345")
    vendor = "Lácteos del Litoral S.R.L."
    d.text(40, H - 62, "LITORAL", font=SB, size=28, color=(0.1, 0.3, 0.6))
    d.c.setStrokeColorRGB(0.1, 0.3, 0.6)
    d.c.setLineWidth(2)
    d.c.line(40, H - 70, 170, H - 70)
    d.text(40, H - 82, "lácteos frescos desde Paysandú", font=SI, size=8)
    d.font(S, 7.8)
    d.lines(
        40,
        H - 104,
        [
            vendor,
            "Av. España 1520 - Paysandú, Uruguay",
            "Tel. 4722 5588  -  pedidos@lacteoslitoral.com.uy",
        ],
        lead=10.5,
    )
    x0 = W - 250
    d.rect(x0, H - 120, 210, 90, lw=0.8)
    d.text(x0 + 105, H - 46, "RUT 21 456789 0012", "c", SB, 10)
    table(
        d,
        x0,
        W - 40,
        H - 66,
        [(x0 + 6, "TIPO CFE", "l"), (x0 + 110, "SERIE", "c"), (W - 46, "NÚMERO", "r")],
        [["e-Factura", "A", "0012345"]],
        size=8,
        fill=(0.85, 0.9, 0.97),
        rule=None,
        lead=14,
    )
    d.kv(x0 + 6, H - 100, "FORMA DE PAGO:", "Crédito", size=7.6)
    d.kv(x0 + 6, H - 112, "MONEDA:", "UYU", size=7.6)
    y = H - 140
    d.rect(40, y - 50, W - 80, 54, stroke=(0.5, 0.5, 0.5), lw=0.5)
    for x, r, a, b in [
        (46, 0, "RUT COMPRADOR:", "21 987654 0017"),
        (46, 1, "NOMBRE:", "Supermercados del Norte S.A."),
        (46, 2, "DOMICILIO:", "Gral. Artigas 1033 - Salto"),
        (340, 0, "FECHA:", "16/03/2026"),
        (340, 1, "VENCIMIENTO:", "15/04/2026"),
        (340, 2, "ORDEN DE COMPRA:", "88124"),
    ]:
        d.kv(x, y - 8 - 13 * r, a, b, size=7.6)
    y -= 68
    items = items_calc(
        [
            ("Leche entera UHT 1 L (caja x 12)", 40, "462.00"),
            ("Yogur bebible frutilla 1 L", 96, "78.50"),
            ("Queso colonia kg", D("18.6"), "489.00"),
            ("Dulce de leche repostero 1 kg", 30, "198.00"),
            ("Crema de leche 200 cc (exhibidor)", 24, "95.00"),
            ("Bolsa isotérmica reutilizable", 20, "120.00"),
        ]
    )
    rates = [10, 10, 10, 22, 10, 22]
    cols = [
        (44, "CÓDIGO", "l"),
        (100, "DESCRIPCIÓN", "l"),
        (350, "CANT.", "r"),
        (420, "P. UNIT.", "r"),
        (460, "IVA", "r"),
        (W - 44, "IMPORTE", "r"),
    ]
    rows = [
        [
            f"LL{210 + 7 * k}",
            it["d"],
            eu(it["q"], 2 if k == 2 else 0),
            eu(it["u"]),
            f"{r}%",
            eu(it["a"]),
        ]
        for k, (it, r) in enumerate(zip(items, rates, strict=False))
    ]
    y = table(d, 40, W - 40, y, cols, rows, size=7.8, rule=(0.75, 0.75, 0.75), lead=15)
    n10 = sum(i["a"] for i, r in zip(items, rates, strict=False) if r == 10)
    n22 = sum(i["a"] for i, r in zip(items, rates, strict=False) if r == 22)
    v10, v22 = q2(n10 * D("0.10")), q2(n22 * D("0.22"))
    tot = n10 + n22 + v10 + v22
    y -= 16
    for a, v, b in [
        ("Neto IVA tasa mínima (10%)", n10, False),
        ("Neto IVA tasa básica (22%)", n22, False),
        ("IVA tasa mínima", v10, False),
        ("IVA tasa básica", v22, False),
        ("TOTAL $", tot, True),
    ]:
        d.text(430, y, a, "r", SB if b else S, 9 if b else 8)
        d.text(W - 44, y, eu(v), "r", SB if b else S, 9 if b else 8)
        y -= 14
    qr(d.c, 40, 60, 80, rng, 25)
    d.lines(
        130,
        130,
        [
            "Código de seguridad: " + b64(rng, 6),
            "CAE Nº 90123456789 - Serie A del 0000001 al 0100000",
            "Fecha de vencimiento CAE: 31/12/2027",
            "Puede verificar comprobante en www.dgi.gub.uy",
            "IVA al día",
        ],
        size=7,
        lead=10,
    )
    t = truth(
        number="A-0012345",
        date="2026-03-16",
        due="2026-04-15",
        vendor=vendor,
        amount=n10 + n22,
        vat=v10 + v22,
        total=tot,
        cur="UYU",
        loc="es-UY",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Uruguayan e-Factura: serie A and número 0012345 in separate cells (keyed A-0012345); two IVA rates (10 % mínima, 22 % básica) summed; two net lines summed; '$' = UYU; CAE range and 'vencimiento CAE' are distractors; image-only PDF.",
    )
    return d.done(), t


def i08(rng):
    """Turkey, e-Arşiv Fatura (GİB style), VKN, ETTN, KDV 20 %, TL."""
    W, H = A4
    d = Doc(A4, "e-Arsiv Fatura")
    vendor = "Ege Yazılım ve Danışmanlık Ltd. Şti."
    d.font(S, 7.6)
    d.text(40, H - 48, vendor, font=SB, size=8.6)
    d.lines(
        40,
        H - 62,
        [
            "Kazımdirik Mah. 372. Sok. No:8 Kat:4",
            "35100 Bornova / İZMİR",
            "Tel: (0232) 502 44 10  Fax: (0232) 502 44 11",
            "Web Sitesi: www.egeyazilim.com.tr",
            "E-Posta: info@egeyazilim.com.tr",
            "Vergi Dairesi: BORNOVA",
            "VKN: 3250123456",
            "Ticaret Sicil No: 187654",
            "Mersis No: 0325012345600019",
        ],
        lead=10,
    )
    d.hline(40, 250, H - 150, lw=0.8)
    d.c.setStrokeColorRGB(0.75, 0.1, 0.1)
    d.c.setLineWidth(2)
    d.c.circle(W / 2 + 10, H - 80, 34, stroke=1, fill=0)
    d.text(W / 2 + 10, H - 78, "GİB", "c", SB, 14, color=(0.75, 0.1, 0.1))
    d.text(W / 2 + 10, H - 128, "e-Arşiv Fatura", "c", SB, 11)
    d.font(S, 7.6)
    d.text(40, H - 166, "SAYIN", font=SB, size=8)
    d.lines(
        40,
        H - 180,
        [
            "Deniz Kaya Mimarlık",
            "Alsancak Mah. 1453 Sok. No:12/3",
            "Konak / İZMİR",
            "Vergi Dairesi: KONAK",
            "VKN: 5870034521",
        ],
        lead=10,
    )
    d.hline(40, 250, H - 230, lw=0.8)
    ettn = uuid(rng, upper=False)
    kv = [
        ("Özelleştirme No:", "TR1.2"),
        ("Senaryo:", "EARSIVFATURA"),
        ("Fatura Tipi:", "SATIS"),
        ("Fatura No:", "EYD2026000000087"),
        ("Fatura Tarihi:", "21-01-2026"),
        ("Son Ödeme Tarihi:", "05-02-2026"),
        ("Gönderim Şekli:", "ELEKTRONIK"),
    ]
    y0 = H - 172
    d.rect(W - 250, y0 - 7 * 12 - 2, 210, 7 * 12 + 12, lw=0.6)
    for k, (a, b) in enumerate(kv):
        d.text(W - 244, y0 - 12 * k, a, font=SB, size=7.6)
        d.text(W - 160, y0 - 12 * k, b, size=7.6)
    d.kv(40, H - 250, "ETTN:", ettn, size=7.6)
    items = items_calc(
        [
            ("Muhasebe yazılımı yıllık lisans (5 kullanıcı)", 1, "42500.00"),
            ("Kurulum ve veri aktarımı hizmeti", 1, "18000.00"),
            ("Kullanıcı eğitimi (saat)", 12, "1750.00"),
            ("Yıllık bakım ve destek paketi", 1, "9600.00"),
        ]
    )
    y = H - 280
    cols = [
        (44, "Sıra\nNo", "l"),
        (70, "Mal Hizmet", "l"),
        (282, "Miktar", "r"),
        (340, "Birim Fiyat", "r"),
        (372, "İskonto\nOranı", "r"),
        (410, "KDV\nOranı", "r"),
        (470, "KDV Tutarı", "r"),
        (W - 44, "Mal Hizmet\nTutarı", "r"),
    ]
    kdvs = [q2(i["a"] * D("0.20")) for i in items]
    rows = [
        [
            str(k + 1),
            it["d"],
            f"{it['q']} {'Saat' if k == 2 else 'Adet'}",
            eu(it["u"]) + " TL",
            "%0,00",
            "%20,00",
            eu(v) + " TL",
            eu(it["a"]) + " TL",
        ]
        for k, (it, v) in enumerate(zip(items, kdvs, strict=False))
    ]
    y = table(
        d,
        40,
        W - 40,
        y,
        cols,
        rows,
        size=7.2,
        fill=(0.85, 0.85, 0.85),
        grid=True,
        wrapcol=1,
        wrapw=160,
        rule=(0, 0, 0),
        lead=14,
    )
    net = sum(i["a"] for i in items)
    kdv = sum(kdvs)
    tot = net + kdv
    y -= 8
    tl = [
        ("Mal Hizmet Toplam Tutarı", net),
        ("Toplam İskonto", D(0)),
        ("Hesaplanan KDV(%20)", kdv),
        ("Vergiler Dahil Toplam Tutar", tot),
        ("Ödenecek Tutar", tot),
    ]
    d.rect(W - 260, y - len(tl) * 13 + 6, 220, len(tl) * 13 + 4, lw=0.6)
    for a, v in tl:
        d.text(W - 254, y - 2, a, font=SB, size=7.6)
        d.text(W - 46, y - 2, eu(v) + " TL", "r", S, 7.6)
        y -= 13
    y -= 20
    lira = int(tot)
    d.rect(40, y - 44, W - 80, 40, lw=0.6)
    d.text(46, y - 16, f"Yalnız: {tr_words(lira)} Türk Lirası {cents(tot)} Kuruş", size=7.6)
    d.text(
        46,
        y - 30,
        "IBAN: TR12 0006 4000 0013 5000 1234 56 (Türkiye İş Bankası Bornova Şb.)",
        size=7.6,
    )
    d.text(
        W / 2,
        40,
        "Bu satış internet üzerinden yapılmıştır. e-Arşiv izni kapsamında elektronik ortamda iletilmiştir.",
        "c",
        S,
        6.8,
    )
    t = truth(
        number="EYD2026000000087",
        date="2026-01-21",
        due="2026-02-05",
        vendor=vendor,
        amount=net,
        vat=kdv,
        total=tot,
        cur="TRY",
        loc="tr-TR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="GİB e-Arşiv layout: 16-char Fatura No EYD2026000000087; ETTN UUID and Mersis/VKN are distractors; dd-mm-yyyy dates; 'TL' suffix with decimal comma; KDV 20 %; total printed twice (Vergiler Dahil / Ödenecek).",
    )
    return d.done(), t


_TR1 = ["", "Bir", "İki", "Üç", "Dört", "Beş", "Altı", "Yedi", "Sekiz", "Dokuz"]
_TR10 = ["", "On", "Yirmi", "Otuz", "Kırk", "Elli", "Altmış", "Yetmiş", "Seksen", "Doksan"]


def tr_words(n):
    def h(n):
        s = ""
        if n >= 100:
            s += ("" if n // 100 == 1 else _TR1[n // 100]) + "Yüz"
        return s + _TR10[(n // 10) % 10] + _TR1[n % 10]

    out = ""
    if n >= 1000:
        k = n // 1000
        out += ("" if k == 1 else h(k)) + "Bin"
    return out + h(n % 1000)


def i09(rng):
    """Greece, Τιμολόγιο Παροχής Υπηρεσιών, two pages, ΦΠΑ 24 %, ΜΑΡΚ, series TPY."""
    W, H = A4
    d = Doc(A4, "TPY 287")
    vendor = "Παπαδόπουλος Α. & Σία Ο.Ε."
    teal = (0.0, 0.42, 0.45)

    def head(pg):
        d.text(40, H - 56, "ΤΕΧΝΟΨΥΞΗ", font=SB, size=20, color=teal)
        d.text(40, H - 70, "Ψυκτικές & κλιματιστικές εγκαταστάσεις", font=SI, size=8, color=teal)
        d.font(S, 7.4)
        d.lines(
            W - 40,
            H - 40,
            [
                vendor,
                "Εγνατίας 112, 546 30 Θεσσαλονίκη",
                "Τηλ. 2310 555 120  •  info@technopsyxi.gr",
                "ΑΦΜ: 099123456  •  ΔΟΥ: Δ' Θεσσαλονίκης",
                "Αρ. ΓΕΜΗ: 123456704000",
            ],
            align="r",
            lead=9.5,
        )
        d.hline(40, W - 40, H - 96, lw=1.2, color=teal)
        d.text(W - 40, 30, f"Σελίδα {pg} από 2", "r", S, 7)

    head(1)
    d.text(40, H - 118, "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", font=SB, size=13)
    table(
        d,
        330,
        W - 40,
        H - 118,
        [(336, "Σειρά", "l"), (400, "Αριθμός", "l"), (W - 46, "Ημερομηνία", "r")],
        [["TPY", "287", "09/03/2026"]],
        size=8,
        fill=(0.85, 0.93, 0.93),
        rule=None,
        lead=14,
    )
    y = H - 160
    d.rect(40, y - 56, W - 80, 62, stroke=(0.6, 0.6, 0.6), lw=0.5)
    for x, r, a, b in [
        (46, 0, "Πελάτης:", "ΞΕΝΟΔΟΧΕΙΑΚΗ ΧΑΛΚΙΔΙΚΗΣ Α.Ε."),
        (46, 1, "ΑΦΜ:", "094567123   ΔΟΥ: ΦΑΕ Θεσσαλονίκης"),
        (46, 2, "Διεύθυνση:", "Νέα Μουδανιά, 632 00 Χαλκιδική"),
        (46, 3, "Επάγγελμα:", "Ξενοδοχειακές υπηρεσίες"),
        (360, 0, "Τρόπος πληρωμής:", "Επί πιστώσει"),
        (360, 1, "Ημ/νία λήξης:", "08/04/2026"),
        (360, 2, "Σύμβαση:", "ΣΥΝ-2025/044"),
    ]:
        d.kv(x, y - 13 * r, a, b, size=7.6)
    y -= 80
    descs = [
        "Προληπτική συντήρηση ψυκτικού θαλάμου {}",
        "Έλεγχος διαρροών ψυκτικού μέσου μονάδας {}",
        "Αντικατάσταση φίλτρων κλιματιστικού δωματίου {}",
        "Καθαρισμός στοιχείων εξωτερικής μονάδας VRV {}",
    ]
    rows_src = []
    for k in range(34):
        dsc = descs[k % 4].format(f"{101 + k * 3}" if k % 4 else f"Κ{k // 4 + 1}")
        unit = D(["145.00", "85.00", "38.50", "120.00"][k % 4])
        rows_src.append((dsc, 1 if k % 4 != 2 else 4, unit))
    rows_src.append(("Ψυκτικό υγρό R-410A (kg)", D("6.5"), "42.00"))
    rows_src.append(("Έξοδα μετάβασης συνεργείου (ημέρες)", 3, "60.00"))
    items = items_calc(rows_src)
    cols = [
        (44, "Α/Α", "l"),
        (70, "Περιγραφή υπηρεσίας", "l"),
        (390, "Ποσ.", "r"),
        (450, "Τιμή μον.", "r"),
        (490, "ΦΠΑ", "r"),
        (W - 44, "Αξία", "r"),
    ]
    rows = [
        [str(k + 1), it["d"], eu(it["q"], 1 if k == 34 else 0), eu(it["u"]), "24%", eu(it["a"])]
        for k, it in enumerate(items)
    ]
    y = table(
        d,
        40,
        W - 40,
        y,
        cols,
        rows[:26],
        size=7.5,
        fill=teal,
        hcolor=(1, 1, 1),
        zebra=(0.93, 0.97, 0.97),
        rule=None,
        lead=13.5,
    )
    d.text(
        W - 44, y - 2, "Σε μεταφορά: " + eu(sum(i["a"] for i in items[:26])) + " €", "r", SI, 7.5
    )
    d.page()
    head(2)
    y = H - 120
    d.text(40, y + 2, "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ TPY 287 (συνέχεια)", font=SB, size=9)
    y -= 22
    y = table(
        d,
        40,
        W - 40,
        y,
        cols,
        rows[26:],
        size=7.5,
        fill=teal,
        hcolor=(1, 1, 1),
        zebra=(0.93, 0.97, 0.97),
        rule=None,
        lead=13.5,
    )
    net = sum(i["a"] for i in items)
    vat = q2(net * D("0.24"))
    tot = net + vat
    y -= 14
    table(
        d,
        40,
        300,
        y,
        [(44, "Συντ. ΦΠΑ", "l"), (180, "Καθαρή αξία", "r"), (296, "Ποσό ΦΠΑ", "r")],
        [["24%", eu(net), eu(vat)]],
        size=7.6,
        fill=(0.85, 0.93, 0.93),
        rule=None,
    )
    for a, v, b in [
        ("Καθαρή αξία", net, False),
        ("ΦΠΑ 24%", vat, False),
        ("ΣΥΝΟΛΟ ΠΛΗΡΩΤΕΟ", tot, True),
    ]:
        d.text(470, y, a, "r", SB if b else S, 9 if b else 8)
        d.text(W - 44, y, eu(v) + " €", "r", SB if b else S, 9 if b else 8)
        y -= 14
    y -= 30
    qr(d.c, 40, y - 80, 80, rng, 25)
    d.lines(
        130,
        y - 10,
        [
            f"ΜΑΡΚ: 4000{digits(rng, 11)}",
            f"UID: {''.join(rng.choice('0123456789ABCDEF') for _ in range(40))}",
            "Πάροχος ηλεκτρονικής τιμολόγησης: e-Timologio Α.Ε.",
            "IBAN: GR16 0110 1250 0000 0001 2300 695 (Εθνική Τράπεζα)",
            "Παρακαλούμε αναφέρετε τον αριθμό τιμολογίου στην αιτιολογία.",
        ],
        size=7,
        lead=10.5,
    )
    t = truth(
        number="TPY-287",
        date="2026-03-09",
        due="2026-04-08",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        cur="EUR",
        loc="el-GR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Greek service invoice over two pages (totals only on page 2, page 1 ends with 'Σε μεταφορά' carried sum); series TPY + number 287 in separate cells (keyed TPY-287); ΜΑΡΚ and UID are distractors; Greek labels; decimal comma, € suffix; brand ΤΕΧΝΟΨΥΞΗ vs legal name.",
    )
    return d.done(), t


def i10(rng):
    """Greece, Πιστωτικό Τιμολόγιο (credit note), negative amounts printed, ΦΠΑ 24 %."""
    W, H = A4
    d = Doc(A4, "PT 36")
    vendor = "Ηλεκτρονική Αιγαίου Α.Ε."
    d.rect(40, H - 80, 46, 40, stroke=None, fill=(0.9, 0.45, 0.0))
    d.text(63, H - 68, "AE", "c", SB, 18, color=(1, 1, 1))
    d.text(94, H - 58, "AEGEAN ELECTRONICS", font=SB, size=15)
    d.text(94, H - 72, "Ηλεκτρονικά είδη - Χονδρική & Λιανική", font=S, size=8)
    d.font(S, 7.6)
    d.lines(
        40,
        H - 100,
        [
            vendor,
            "Λεωφ. Συγγρού 212, 176 72 Καλλιθέα",
            "ΑΦΜ 800456123  ΔΟΥ ΦΑΕ Αθηνών",
            "Τηλ. 210 959 8000",
        ],
        lead=10,
    )
    d.rect(W - 230, H - 130, 190, 90, lw=1)
    d.text(W - 135, H - 58, "ΠΙΣΤΩΤΙΚΟ ΤΙΜΟΛΟΓΙΟ", "c", SB, 11)
    d.text(W - 135, H - 72, "(Συσχετιζόμενο)", "c", S, 7.5)
    d.kv(W - 222, H - 92, "Σειρά:", "ΠΤ", size=8.5)
    d.kv(W - 140, H - 92, "Αριθμός:", "36", size=8.5)
    d.kv(W - 222, H - 110, "Ημερομηνία:", "27/02/2026", size=8.5)
    y = H - 160
    d.rect(40, y - 56, W - 80, 62, stroke=(0.5, 0.5, 0.5), lw=0.5)
    for x, r, a, b in [
        (46, 0, "Επωνυμία:", "ΚΑΛΟΓΕΡΟΠΟΥΛΟΣ ΗΛΕΚΤΡΙΚΑ Ι.Κ.Ε."),
        (46, 1, "ΑΦΜ / ΔΟΥ:", "801234987 / Πατρών"),
        (46, 2, "Διεύθυνση:", "Κορίνθου 55, 262 23 Πάτρα"),
        (46, 3, "Αιτιολογία:", "Επιστροφή ελαττωματικών ειδών"),
        (340, 0, "Σχετ. παραστατικό:", "ΤΔΑ Α 1542"),
        (340, 1, "Ημ/νία σχετικού:", "12/01/2026"),
        (340, 2, "ΜΑΡΚ σχετικού:", "400001987654321"),
    ]:
        d.kv(x, y - 13 * r, a, b, size=7.6)
    y -= 80
    items = items_calc(
        [
            ('Τηλεόραση LED 43" 4K Smart (επιστροφή)', -2, "289.00"),
            ("Ηχείο Bluetooth φορητό 20W (επιστροφή)", -5, "34.90"),
            ("Καλώδιο HDMI 2.1 2m (επιστροφή)", -10, "7.80"),
        ]
    )
    cols = [
        (44, "Κωδικός", "l"),
        (100, "Περιγραφή", "l"),
        (350, "Ποσότητα", "r"),
        (420, "Τιμή μονάδας", "r"),
        (460, "ΦΠΑ %", "r"),
        (W - 44, "Καθαρή αξία", "r"),
    ]
    rows = [
        [f"AE-{4410 + 13 * k}", it["d"], str(it["q"]), eu(it["u"]), "24", eu(it["a"])]
        for k, it in enumerate(items)
    ]
    y = table(
        d,
        40,
        W - 40,
        y,
        cols,
        rows,
        size=8,
        grid=True,
        fill=(0.92, 0.92, 0.92),
        rule=(0.6, 0.6, 0.6),
        lead=16,
    )
    net = sum(i["a"] for i in items)
    vat = q2(net * D("0.24"))
    tot = net + vat
    y -= 18
    for a, v, b in [
        ("Σύνολο καθαρής αξίας", net, False),
        ("Σύνολο ΦΠΑ 24%", vat, False),
        ("ΣΥΝΟΛΟ ΠΙΣΤΩΣΗΣ", tot, True),
    ]:
        d.text(440, y, a, "r", SB if b else S, 9.5 if b else 8.5)
        d.text(W - 44, y, eu(v) + " €", "r", SB if b else S, 9.5 if b else 8.5)
        y -= 16
    d.text(40, y - 20, "Το ποσό θα συμψηφιστεί με επόμενες αγορές σας.", font=SI, size=8)
    qr(d.c, 40, 70, 70, rng, 25)
    d.lines(
        120,
        126,
        [f"ΜΑΡΚ: 4000{digits(rng, 11)}", "Πάροχος: Softone e-invoicing", "Αρ. ΓΕΜΗ 001234501000"],
        size=7.4,
        lead=11,
    )
    t = truth(
        number="ΠΤ-36",
        date="2026-02-27",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        cur="EUR",
        loc="el-GR",
        layout="invoice",
        dtype="credit_note",
        items=items,
        note="Greek credit note (Πιστωτικό Τιμολόγιο) printing negative quantities and amounts, keyed negative; series ΠΤ (Greek letters) + number 36 keyed ΠΤ-36; the related invoice ΤΔΑ Α 1542 and its date/ΜΑΡΚ are distractors; brand AEGEAN ELECTRONICS vs legal name; scan.",
    )
    return d.done(), t


def i11(rng):
    """Mexico, telecom bill (estado de cuenta + CFDI), previous balance & payment lines, fecha límite de pago."""
    W, H = letter
    d = Doc(letter, "Telecable estado de cuenta")
    vendor = "Telecomunicaciones del Pacífico, S.A. de C.V."
    pur = (0.38, 0.12, 0.52)
    d.rect(0, H - 70, W, 70, stroke=None, fill=pur)
    d.text(36, H - 44, "telecable", font=SB, size=26, color=(1, 1, 1))
    d.text(172, H - 44, "del pacífico", font=S, size=12, color=(0.9, 0.85, 1))
    d.text(W - 36, H - 36, "ESTADO DE CUENTA / FACTURA", "r", SB, 10, color=(1, 1, 1))
    d.text(W - 36, H - 50, "Periodo: 01/03/2026 al 31/03/2026", "r", S, 8, color=(1, 1, 1))
    y = H - 92
    d.font(S, 7.8)
    d.lines(
        36,
        y,
        [
            "JUAN CARLOS MEDINA RÍOS",
            "AV. DEL MAR 1820 DEPTO 4B",
            "COL. TELLERÍA, MAZATLÁN, SIN. C.P. 82017",
            "RFC: MERJ850612QK8",
        ],
        font=SB,
        lead=11,
    )
    d.rect(330, y - 74, W - 366, 84, stroke=pur, lw=1.2, r=6)
    for k, (a, b) in enumerate(
        [
            ("No. de cuenta:", "1002-334455"),
            ("Serie / Folio:", "TPC 88231094"),
            ("Fecha de emisión:", "02/04/2026"),
            ("Fecha límite de pago:", "17/04/2026"),
        ]
    ):
        d.text(340, y - 4 - 14 * k, a, font=SB, size=8)
        d.text(W - 44, y - 4 - 14 * k, b, "r", S, 8)
    items = items_calc(
        [
            ("Paquete Doble Play Internet 200 Mbps + TV", 1, "689.66"),
            ("Canales Premium HD", 1, "172.41"),
            ("Renta de decodificador adicional", 2, "43.10"),
            ("Llamadas larga distancia internacional", 1, "31.90"),
        ]
    )
    sub = sum(i["a"] for i in items)
    iva = q2(sub * D("0.16"))
    tot = sub + iva
    d.text(340, y - 64, "TOTAL A PAGAR", font=SB, size=10, color=pur)
    d.text(W - 44, y - 64, "$" + us(tot), "r", SB, 12, color=pur)
    y -= 110
    d.text(36, y, "RESUMEN DE CUENTA", font=SB, size=9, color=pur)
    y -= 16
    prev = D("981.40")
    for a, v in [
        ("Saldo anterior", prev),
        ("Su pago - gracias (05/03/2026)", -prev),
        ("Saldo pendiente", D(0)),
        ("Cargos del mes (ver detalle)", tot),
    ]:
        d.text(40, y, a, size=8)
        d.text(300, y, ("-$" if v < 0 else "$") + us(abs(v)), "r", S, 8)
        y -= 12
    d.hline(40, 300, y + 6, lw=0.5)
    d.text(40, y - 4, "Total a pagar", font=SB, size=8.5)
    d.text(300, y - 4, "$" + us(tot), "r", SB, 8.5)
    y -= 30
    d.text(36, y, "DETALLE DE CARGOS DEL MES", font=SB, size=9, color=pur)
    y -= 16
    cols = [
        (40, "Clave SAT", "l"),
        (100, "Concepto", "l"),
        (420, "Cant.", "r"),
        (490, "P. Unitario", "r"),
        (W - 40, "Importe", "r"),
    ]
    rows = [
        [
            ["81161700", "81161700", "81161700", "81161700"][k],
            it["d"],
            str(it["q"]),
            "$" + us(it["u"]),
            "$" + us(it["a"]),
        ]
        for k, it in enumerate(items)
    ]
    y = table(d, 36, W - 36, y, cols, rows, size=7.8, rule=(0.85, 0.8, 0.9), lead=14)
    y -= 8
    for a, v, b in [
        ("Subtotal", sub, False),
        ("IVA 16%", iva, False),
        ("Total cargos del mes", tot, True),
    ]:
        d.text(490, y, a, "r", SB if b else S, 8.5)
        d.text(W - 40, y, "$" + us(v), "r", SB if b else S, 8.5)
        y -= 13
    y -= 20
    d.lines(
        36,
        y,
        [
            "Folio fiscal: " + uuid(rng),
            "Uso CFDI: S01 Sin efectos fiscales  •  Método de pago: PUE  •  Forma de pago: 99",
            "Régimen fiscal emisor: 601  •  Lugar de expedición: 82000",
            f"{vendor}  RFC TPA030918MB2  •  Av. Camarón Sábalo 1504, Mazatlán, Sin.",
        ],
        size=7,
        lead=10,
    )
    d.hline(20, W - 20, 150, lw=0.8, dash=(4, 3))
    d.text(36, 136, "Talón de pago  -  Cuenta 1002-334455", font=SB, size=8)
    d.kv(36, 122, "Referencia de pago:", "0010023344550417261", size=7.6)
    d.kv(36, 108, "Pague antes del:", "17/04/2026", size=7.6)
    d.kv(36, 94, "Importe:", "$" + us(tot), size=7.6)
    barcode(d.c, 300, 92, 240, 40, rng)
    d.text(420, 80, "Pague en OXXO, bancos o en telecable.mx", "c", S, 7)
    t = truth(
        number="TPC-88231094",
        date="2026-04-02",
        due="2026-04-17",
        vendor=vendor,
        amount=sub,
        vat=iva,
        total=tot,
        cur="MXN",
        loc="es-MX",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Mexican telecom statement + CFDI: 'Serie / Folio: TPC 88231094' (keyed TPC-88231094); account number, payment reference and UUID are distractors; previous balance and payment lines net to zero; fecha límite de pago = due; brand 'telecable del pacífico' vs legal name printed in small footer.",
    )
    return d.done(), t


def i12(rng):
    """Uruguay, software export e-Factura de Exportación in USD, IVA exento (0,00), two pages, UYU equivalent."""
    W, H = A4
    d = Doc(A4, "e-Factura Exportacion A 0000412")
    vendor = "Nimbus Software S.A."
    navy = (0.1, 0.15, 0.35)

    def head(pg):
        d.c.setFillColorRGB(*navy)
        d.c.circle(52, H - 50, 12, stroke=0, fill=1)
        d.c.circle(68, H - 46, 15, stroke=0, fill=1)
        d.c.circle(84, H - 52, 10, stroke=0, fill=1)
        d.text(102, H - 56, "nimbus", font=SB, size=20, color=navy)
        d.font(S, 7.4)
        d.lines(
            W - 40,
            H - 36,
            [
                vendor,
                "RUT 21 789012 0018",
                "Zonamerica, Ruta 8 km 17.500, Edif. @3",
                "91600 Montevideo, Uruguay",
            ],
            align="r",
            lead=9.5,
        )
        d.text(W / 2, 28, f"Página {pg}/2", "c", S, 7)

    head(1)
    y = H - 100
    d.text(40, y, "e-Factura de Exportación", font=SB, size=14, color=navy)
    d.kv(W - 200, y, "Serie:", "A", size=9)
    d.kv(W - 150, y, "Nº:", "0000412", size=9)
    y -= 30
    for x, r, a, b in [
        (40, 0, "Bill to / Cliente:", "Brightline Analytics Inc."),
        (40, 1, "Address:", "600 Congress Ave, Suite 1400, Austin, TX 78701, USA"),
        (40, 2, "Tax ID (EIN):", "86-1234567"),
        (350, 0, "Fecha de emisión:", "31/03/2026"),
        (350, 1, "Vencimiento:", "30/04/2026"),
        (350, 2, "Moneda:", "USD"),
        (350, 3, "Tipo de cambio BCU:", "39,812"),
    ]:
        d.kv(x, y - 13 * r, a, b, size=7.6)
    y -= 66
    rows_src = []
    people = [
        "Senior Backend Engineer",
        "Frontend Engineer",
        "QA Automation Engineer",
        "DevOps Engineer",
        "Tech Lead",
    ]
    rates = ["62.00", "55.00", "45.00", "60.00", "78.00"]
    for sp in range(1, 5):
        for k, (p, r) in enumerate(zip(people, rates, strict=False)):
            hrs = [72, 80, 64, 40, 36][k] + ((sp * 7 + k * 3) % 9)
            rows_src.append((f"Sprint {sp:02d} (Mar 2026) - {p} hours", hrs, r))
    rows_src.append(("Cloud infrastructure pass-through (AWS, March)", 1, "1843.27"))
    items = items_calc(rows_src)
    cols = [
        (44, "#", "l"),
        (64, "Description / Descripción", "l"),
        (380, "Qty (h)", "r"),
        (450, "Rate USD", "r"),
        (W - 44, "Amount USD", "r"),
    ]
    rows = [
        [str(k + 1), it["d"], str(it["q"]), eu(it["u"]), eu(it["a"])] for k, it in enumerate(items)
    ]
    y = table(
        d,
        40,
        W - 40,
        y,
        cols,
        rows[:16],
        size=7.6,
        fill=(0.88, 0.9, 0.96),
        rule=(0.85, 0.85, 0.85),
        lead=14,
    )
    d.page()
    head(2)
    y = H - 100
    y = table(
        d,
        40,
        W - 40,
        y,
        cols,
        rows[16:],
        size=7.6,
        fill=(0.88, 0.9, 0.96),
        rule=(0.85, 0.85, 0.85),
        lead=14,
    )
    net = sum(i["a"] for i in items)
    vat = D("0.00")
    tot = net + vat
    y -= 14
    for a, v, b in [
        ("Subtotal USD", net, False),
        ("IVA exento - exportación de servicios", vat, False),
        ("TOTAL USD", tot, True),
    ]:
        d.text(440, y, a, "r", SB if b else S, 9 if b else 8)
        d.text(W - 44, y, eu(v), "r", SB if b else S, 9 if b else 8)
        y -= 14
    uyu = q2(tot * D("39.812"))
    d.text(W - 44, y - 4, f"Equivalente en pesos uruguayos: $ {eu(uyu)}", "r", SI, 7.6)
    y -= 40
    d.lines(
        40,
        y,
        [
            "Operación de exportación de servicios exenta de IVA (Art. 34 Decreto 220/998, lit. g).",
            "Payment: wire transfer to Banco Itaú Uruguay, SWIFT ITAUUYMM, account 4471238 (USD).",
            "Payment terms: net 30.",
        ],
        size=7.4,
        lead=11,
    )
    qr(d.c, 40, 60, 74, rng, 25)
    d.lines(
        124,
        124,
        [
            "Código de seguridad: " + b64(rng, 6),
            "CAE Nº 90234567812 - Serie A del 0000001 al 0002000",
            "Fecha de vencimiento CAE: 15/09/2027",
            "Puede verificar comprobante en www.dgi.gub.uy",
        ],
        size=7,
        lead=10,
    )
    t = truth(
        number="A-0000412",
        date="2026-03-31",
        due="2026-04-30",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        cur="USD",
        loc="es-UY",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Uruguayan software export e-Factura de Exportación billed in USD (not UYU) with decimal comma; IVA exento printed as 0,00 (vat 0.00); UYU equivalent and exchange rate are distractors; two pages, totals on page 2; Serie A + Nº 0000412 keyed A-0000412; bilingual labels.",
    )
    return d.done(), t


# ================================================================ receipts


def _qrdraw(rng, size_mm, n=25):
    def f(c, W, top):
        s = size_mm * MM
        qr(c, (W - s) / 2, top - s, s, rng, n)

    return f


def _pdf417draw(rng, h_mm):
    def f(c, W, top):
        pdf417(c, 4 * MM, top - h_mm * MM, W - 8 * MM, h_mm * MM, rng)

    return f


def _bar(rng, h_mm):
    def f(c, W, top):
        barcode(c, 6 * MM, top - h_mm * MM, W - 12 * MM, h_mm * MM, rng)

    return f


def r01(rng):
    """Mexico supermarket ticket, 80 mm, IVA only on some items, donation round-up line."""
    r = Roll(80, MO, 7.6)
    r.center("SUPER EL GÜERO", MOB, 14, lead=1.4)
    r.center("Comercializadora El Güero, S.A. de C.V.", size=7)
    r.center("RFC: CEG980715AB3", size=7)
    r.center("Av. Vallarta 3540, Col. Vallarta Norte", size=7)
    r.center("Guadalajara, Jal. C.P. 44690", size=7)
    r.center("Régimen 601 - Lugar de exp. 44690", size=7)
    r.rule()
    r.row("SUC. 012 CAJA 04 CAJERO: 1187")
    r.row("TICKET No. 04-118734", "14/MAR/2026 18:42")
    r.rule()
    rows = [
        ("LECHE LALA ENTERA 1.5L", 2, "34.50", 0),
        ("HUEVO BLANCO 18 PZ", 1, "62.90", 0),
        ("PAN BIMBO BLANCO GDE", 1, "52.00", 0),
        ("JITOMATE SALADET KG", D("1.245"), "28.90", 0),
        ("AGUACATE HASS KG", D("0.755"), "69.90", 0),
        ("COCA COLA 3L", 1, "49.50", 16),
        ("DETERGENTE ARIEL 1.8KG", 1, "118.00", 16),
        ("PAPEL HIG PETALO 12R", 1, "96.90", 16),
        ("SABRITAS ORIGINAL 160G", 2, "41.00", 16),
        ("ATUN DOLORES AGUA 140G", 3, "21.50", 0),
    ]
    items = items_calc([(a, b, c) for a, b, c, _ in rows])
    for it, (_, _q, _u, tx) in zip(items, rows, strict=False):
        r.row(it["d"], us(it["a"]) + (" T" if tx else " E"))
        if it["q"] != 1:
            r.row(f"  {it['q']} {'KG' if '.' in str(it['q']) else 'PZ'} x ${us(it['u'])}", size=7)
    r.rule()
    tot0 = sum(i["a"] for i in items)
    taxed = sum(i["a"] for i, rr in zip(items, rows, strict=False) if rr[3])
    iva = q2(taxed * D(16) / D(116))
    up = (tot0 + D("0.99")).quantize(D("1"), rounding="ROUND_DOWN")
    rnd = up - tot0
    r.row("ARTICULOS: " + str(len(items)))
    r.row("TOTAL", "$" + us(tot0), MOB, 9)
    r.row("REDONDEO DONATIVO", "$" + us(rnd))
    r.row("TOTAL A PAGAR", "$" + us(up), MOB, 9)
    r.row("EFECTIVO", "$" + us(D(500) if up < 500 else D(1000)))
    r.row("CAMBIO", "$" + us((D(500) if up < 500 else D(1000)) - up))
    r.rule()
    r.row("IVA 16% INCLUIDO", "$" + us(iva))
    r.row("T = GRAVADO 16%   E = TASA 0%", size=7)
    r.gap(4)
    r.wrapc(
        "Su redondeo fue donado a Fundación Banco de Alimentos Jalisco A.C. Gracias por su apoyo.",
        size=6.8,
    )
    r.gap(4)
    r.wrapc(
        "Facture en línea dentro del mes en curso: factura.superelguero.mx  Código: 0412-118734-26",
        size=6.8,
    )
    r.gap(4)
    r.draw(12 * MM, _bar(rng, 11))
    r.center("*** GRACIAS POR SU COMPRA ***", MOB, 7.6)
    t = truth(
        number="04-118734",
        date="2026-03-14",
        due=None,
        vendor="Comercializadora El Güero, S.A. de C.V.",
        amount=up - rnd - iva,
        vat=iva,
        total=up,
        rounding=rnd,
        cur="MXN",
        loc="es-MX",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="MX supermarket ticket: prices include IVA, IVA only on items marked T (food E is 0 %); 'REDONDEO DONATIVO' round-up makes TOTAL A PAGAR the total (rounding line); brand SUPER EL GÜERO vs legal name; weighed items; month abbreviation date '14/MAR/2026'; online-invoicing code is a distractor.",
    )
    return r.render(), t


def r02(rng):
    """Brazil NFC-e (DANFE NFC-e), 80 mm, discount, Lei 12.741 tax line, chave de acesso."""
    r = Roll(80, CO, 7.4)
    r.center("SUPERMERCADO BOA VISTA", COB, 12, lead=1.4)
    r.center("BOA VISTA COMÉRCIO DE ALIMENTOS LTDA", size=7)
    r.center("CNPJ: 12.345.678/0001-90  IE: 110.042.490.114", size=7)
    r.center("R. Voluntários da Pátria, 2150 - Santana", size=7)
    r.center("São Paulo - SP  CEP 02011-200", size=7)
    r.rule(dash=False)
    r.wrapc("DANFE NFC-e - Documento Auxiliar da Nota Fiscal de Consumidor Eletrônica", COB, 7.2)
    r.rule(dash=False)
    r.cols(
        [
            (3.5, "CÓD", "l"),
            (14, "DESCRIÇÃO", "l"),
            (-26, "QTD UN x VL.UNIT", "r"),
            (-3.5, "VL.TOTAL", "r"),
        ],
        font=COB,
        size=6.8,
    )
    rows = [
        ("ARROZ TIPO 1 CAMIL 5KG", 1, "27.90"),
        ("FEIJÃO CARIOCA KICALDO 1KG", 2, "8.49"),
        ("ÓLEO SOJA LIZA 900ML", 2, "6.99"),
        ("CAFÉ PILÃO TRAD 500G", 1, "18.90"),
        ("BANANA NANICA KG", D("1.325"), "5.98"),
        ("LEITE INTEGRAL ITAMBÉ 1L", 6, "4.89"),
        ("CERVEJA BRAHMA LT 350ML", 12, "3.79"),
        ("SABÃO EM PÓ OMO 1,6KG", 1, "24.90"),
        ("PÃO FRANCÊS KG", D("0.480"), "16.90"),
    ]
    items = items_calc(rows)
    for k, it in enumerate(items):
        r.row(f"{k + 1:03d} 789{digits(rng, 10)} {it['d']}", size=6.8)
        un = "KG" if it["q"] != int(it["q"]) else "UN"
        r.row(
            None,
            eu(it["a"]),
            size=6.8,
            mid=f"{eu(it['q'], 3 if un == 'KG' else 0)} {un} x {eu(it['u'])}",
            mid_x=r.W - 18 * MM,
        )
    r.rule()
    gross = sum(i["a"] for i in items)
    disc = D("5.00")
    tot = gross - disc
    r.row("Qtde. total de itens", str(len(items)))
    r.row("Valor total R$", eu(gross))
    r.row("Desconto R$", eu(disc))
    r.row("Valor a Pagar R$", eu(tot), COB, 9)
    r.row("FORMA DE PAGAMENTO", "VALOR PAGO", COB, 7)
    r.row("Cartão de Débito", eu(tot))
    r.row("Troco R$", "0,00")
    r.rule()
    trib = q2(tot * D("0.2835"))
    r.wrapc(f"Tributos Totais Incidentes (Lei Federal 12.741/2012): R$ {eu(trib)}", size=7)
    r.rule()
    r.center("Consulte pela Chave de Acesso em", size=6.8)
    r.center("www.nfce.fazenda.sp.gov.br/consulta", size=6.8)
    ch = "3526 0312 3456 7800 0190 6500 2000 0458 7310 " + digits(rng, 4)
    r.center(ch, size=6.6)
    r.center("CONSUMIDOR NÃO IDENTIFICADO", COB, 7)
    r.center("NFC-e nº 000045873  Série 002  12/03/2026 17:25:33", COB, 7)
    r.center("Protocolo de Autorização: 135260398765432", size=6.8)
    r.center("Data de Autorização: 12/03/2026 17:25:35", size=6.8)
    r.gap(4)
    r.draw(30 * MM, _qrdraw(rng, 30))
    r.gap(4)
    r.center("Caixa 07  Operador: MARIA A.", size=6.8)
    vat = trib
    t = truth(
        number="000045873",
        date="2026-03-12",
        due=None,
        vendor="Boa Vista Comércio de Alimentos Ltda.",
        amount=tot - vat,
        vat=vat,
        total=tot,
        cur="BRL",
        loc="pt-BR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Brazilian NFC-e: number 'NFC-e nº 000045873 Série 002' near the bottom; prices include taxes, the only tax printed is the Lei 12.741 'Tributos Totais Incidentes' line (keyed as vat, amount = total - vat); discount: Valor a Pagar is the total; 44-digit chave and protocolo are distractors; R$ decimal comma; legal name printed in caps.",
    )
    t["vendor_name"] = "BOA VISTA COMÉRCIO DE ALIMENTOS LTDA"
    return r.render(), t


def r03(rng):
    """Argentina restaurant Factura B from a fiscal printer, IVA contenido (Ley 27.743), suggested tip not charged."""
    r = Roll(76, MO, 7.4)
    r.center("PARRILLA LA TRANQUERA", MOB, 11, lead=1.4)
    r.center("GASTRONOMIA PALERMO S.R.L.", size=7)
    r.center("C.U.I.T. Nro.: 30-70987654-3", size=7)
    r.center("Ing. Brutos: 901-223344-5", size=7)
    r.center("Gorriti 5120 - C.A.B.A.", size=7)
    r.center("Inicio de actividades: 03/2009", size=7)
    r.center("IVA RESPONSABLE INSCRIPTO", size=7)
    r.rule()
    r.row("A CONSUMIDOR FINAL")
    r.rule()
    r.center("FACTURA B (Cod. 006)", MOB, 8.5)
    r.row("P.V. Nro.: 0004", "Nro. T.: 00023871")
    r.row("Fecha 21/02/26", "Hora 22:41:07")
    r.row("Mesa: 12  Mozo: CARLOS  Cub.: 3")
    r.rule()
    rows = [
        ("BIFE DE CHORIZO", 2, "18900.00"),
        ("ENTRAÑA", 1, "17500.00"),
        ("PROVOLETA", 1, "8900.00"),
        ("ENSALADA MIXTA", 1, "6200.00"),
        ("PAPAS FRITAS", 2, "5400.00"),
        ("MALBEC RESERVA 750", 1, "24500.00"),
        ("AGUA S/GAS 500", 2, "3200.00"),
        ("CUBIERTO", 3, "1800.00"),
    ]
    items = items_calc(rows)
    for it in items:
        r.row(f"{eu(it['q'], 3)} x {eu(it['u'])}", size=7)
        r.row(f"{it['d']} (21,00)", eu(it["a"]))
    r.rule()
    tot = sum(i["a"] for i in items)
    iva = q2(tot * D(21) / D(121))
    r.row("TOTAL", "$" + eu(tot), MOB, 10)
    r.row("Recibimos:")
    r.row("Tarjeta Visa Debito", eu(tot))
    r.rule()
    r.center("Régimen de Transparencia Fiscal", size=6.8)
    r.center("al Consumidor (Ley 27.743)", size=6.8)
    r.row("IVA Contenido", "$" + eu(iva), size=7)
    r.row("Otros Imp. Nac. Indirectos", "$0,00", size=7)
    r.rule()
    r.row("Propina sugerida 10%:", "$" + eu(q2(tot / 10)), size=7)
    r.center("(no incluida - gracias!)", size=6.8)
    r.rule()
    r.row("CAE: 7608" + digits(rng, 10), size=6.8)
    r.row("Vto. CAE: 03/03/2026", size=6.8)
    r.gap(3)
    r.draw(24 * MM, _qrdraw(rng, 24))
    r.center("REG. FISCAL  V: 01.02", size=6.6)
    t = truth(
        number="0004-00023871",
        date="2026-02-21",
        due=None,
        vendor="GASTRONOMIA PALERMO S.R.L.",
        amount=tot - iva,
        vat=iva,
        total=tot,
        cur="ARS",
        loc="es-AR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="AR fiscal-printer Factura B: P.V. 0004 + Nro. T. 00023871; two-digit year '21/02/26'; prices include IVA, 'IVA Contenido' (Ley 27.743) keyed as vat; the 10 % suggested tip is NOT charged (tip 0); brand PARRILLA LA TRANQUERA vs legal name; 'Vto. CAE' is not a due date; image-only PDF.",
    )
    return r.render(), t


def r04(rng):
    """Chile pharmacy boleta electrónica, 58 mm, CLP, IVA incluido line, cash rounding to 10 pesos."""
    r = Roll(58, CO, 7)
    r.center("FARMACORDILLERA", COB, 11, lead=1.4)
    r.center("FARMACIAS CORDILLERA SpA", size=6.6)
    r.center("RUT 77.123.456-7", size=6.6)
    r.center("Giro: Farmacia", size=6.6)
    r.center("Av. Irarrázaval 2841, Ñuñoa", size=6.6)
    r.rule(dash=False)
    r.center("BOLETA ELECTRÓNICA", COB, 8.5)
    r.center("Nº 3489127", COB, 8.5)
    r.rule(dash=False)
    r.row("Fecha: 05-03-2026", "19:07", size=6.8)
    r.row("Local 041  Caja 2", size=6.8)
    r.rule()
    rows = [
        ("PARACETAMOL 500MG X16", 2, "1490"),
        ("IBUPROFENO 400MG X20", 1, "2390"),
        ("SUERO ORAL 500ML", 2, "1890"),
        ("PROTECTOR SOLAR FPS50", 1, "3290"),
        ("ALCOHOL GEL 250ML", 1, "1157"),
    ]
    items = items_calc(rows)
    for it in items:
        r.row(it["d"], size=6.8)
        r.row(f" {it['q']} x ${fmt(it['u'], places=0)}", "$" + fmt(it["a"], places=0), size=6.8)
    r.rule()
    tot0 = sum(i["a"] for i in items)
    iva = q0(tot0 * D(19) / D(119))
    last = int(tot0) % 10
    rnd = D(-last) if last <= 5 else D(10 - last)
    pay = tot0 + rnd
    r.row("TOTAL", "$" + fmt(tot0, places=0), COB, 9)
    r.row("Redondeo (Ley 20.956)", ("-$" if rnd < 0 else "$") + fmt(abs(rnd), places=0), size=6.8)
    r.row("TOTAL A PAGAR", "$" + fmt(pay, places=0), COB, 9)
    r.row("Efectivo", "$" + fmt(D(20000), places=0), size=6.8)
    r.row("Vuelto", "$" + fmt(D(20000) - pay, places=0), size=6.8)
    r.rule()
    r.wrapc(f"El IVA incluido en esta boleta es de ${fmt(iva, places=0)}", size=6.8)
    r.gap(3)
    r.draw(16 * MM, _pdf417draw(rng, 16))
    r.center("Timbre Electrónico SII", size=6.4)
    r.center("Res. 99 de 2014 Verifique en www.sii.cl", size=6.2)
    t = truth(
        number="3489127",
        date="2026-03-05",
        due=None,
        vendor="FARMACIAS CORDILLERA SpA",
        amount=tot0 - iva,
        vat=iva,
        total=pay,
        rounding=rnd,
        cur="CLP",
        loc="es-CL",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Chilean boleta electrónica on 58 mm: CLP without decimals; IVA only stated as 'IVA incluido' sentence; cash rounding (Ley 20.956) makes TOTAL A PAGAR the total; brand FARMACORDILLERA vs legal name; dd-mm-yyyy date.",
    )
    return r.render(), t


def r05(rng):
    """Colombia restaurant tiquete POS electrónico: impoconsumo 8 %, voluntary tip 10 % charged."""
    r = Roll(80, S, 7.4)
    r.center("La Cazuela Costeña", SEB, 13, lead=1.4)
    r.center("restaurante · Cartagena", SI, 7.4)
    r.center("INVERSIONES GASTRONÓMICAS LA CAZUELA S.A.S.", size=6.6)
    r.center("NIT 900.765.432-1  ·  No responsable de IVA", size=6.6)
    r.center("Calle del Arsenal 8B-42, Getsemaní", size=6.6)
    r.rule()
    r.center("DOCUMENTO EQUIVALENTE ELECTRÓNICO", SB, 7.2)
    r.center("TIQUETE DE MÁQUINA REGISTRADORA POS", SB, 7.2)
    r.center("No. POSE 45821", SB, 8.4)
    r.row("Fecha: 2026-03-28 21:15", "Mesa 7", size=7)
    r.row("Mesero: Yeimi", "Personas: 2", size=7)
    r.rule()
    rows = [
        ("Cazuela de mariscos", 1, "62000"),
        ("Posta negra cartagenera", 1, "48000"),
        ("Arroz con coco", 2, "9000"),
        ("Limonada de coco", 2, "12000"),
        ("Cocada", 1, "7000"),
    ]
    items = items_calc(rows)
    r.row("Cant  Descripción", "Valor", SB, 7)
    for it in items:
        r.row(f"{it['q']:>3}   {it['d']}", "$ " + fmt(it["a"], places=0))
    r.rule()
    sub = sum(i["a"] for i in items)
    inc = q0(sub * D("0.08"))
    tip = q0(sub * D("0.10"))
    tot = sub + inc + tip
    r.row("Subtotal", "$ " + fmt(sub, places=0))
    r.row("Impoconsumo 8%", "$ " + fmt(inc, places=0))
    r.row("Propina voluntaria 10%", "$ " + fmt(tip, places=0))
    r.row("TOTAL", "$ " + fmt(tot, places=0), SB, 10)
    r.row("Tarjeta crédito Mastercard ****4417", size=7)
    r.rule()
    r.wrapc(
        "Señor usuario: la propina es voluntaria. Si no desea pagarla, indíquelo al mesero.",
        size=6.6,
    )
    r.wrapc(
        "Resolución DIAN 18764098765432 del 2025-09-10, prefijo POSE del 1 al 100000.", size=6.4
    )
    r.row("CUDE:", size=6.4)
    r.wrapc("".join(rng.choice("0123456789abcdef") for _ in range(96)), MO, 5.8)
    r.gap(3)
    r.draw(22 * MM, _qrdraw(rng, 22))
    t = truth(
        number="POSE45821",
        date="2026-03-28",
        due=None,
        vendor="INVERSIONES GASTRONÓMICAS LA CAZUELA S.A.S.",
        amount=sub,
        vat=inc,
        total=tot,
        tip=tip,
        cur="COP",
        loc="es-CO",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Colombian restaurant POS document: impoconsumo (INC) 8 % instead of IVA, keyed as vat; voluntary 10 % tip IS charged and included in TOTAL; 'No responsable de IVA'; COP without decimals; number printed 'POSE 45821' (keyed without space); ISO date; photo.",
    )
    return r.render(), t


def r06(rng):
    """Peru pharmacy boleta de venta electrónica B001, 80 mm, IGV 18 % included, vuelto."""
    r = Roll(80, MO, 7.2)
    r.center("BOTICA SAN JUDAS TADEO", MOB, 10, lead=1.4)
    r.center("BOTICA SAN JUDAS E.I.R.L.", size=7)
    r.center("RUC 20601234567", size=7)
    r.center("Av. Próceres de la Independencia 1420", size=6.8)
    r.center("San Juan de Lurigancho - Lima", size=6.8)
    r.rule()
    r.center("BOLETA DE VENTA ELECTRÓNICA", MOB, 8)
    r.center("B001-00023456", MOB, 9)
    r.rule()
    r.row("Fecha emisión: 11/02/2026", "10:32", size=7)
    r.row("Cliente: CLIENTES VARIOS", size=7)
    r.row("DNI: 00000000", size=7)
    r.rule()
    r.row("DESCRIPCION", "IMPORTE", MOB, 7)
    rows = [
        ("AMOXICILINA 500MG TAB X 10", 2, "6.50"),
        ("NAPROXENO 550MG TAB X 10", 1, "4.80"),
        ("GASA ESTERIL 10X10 X 5", 3, "1.90"),
        ("JARABE TOS ADULTO 120ML", 1, "18.90"),
    ]
    items = items_calc(rows)
    for it in items:
        r.row(it["d"], size=7)
        r.row(f"  {it['q']} UND x {us(it['u'])}", us(it["a"]), size=7)
    r.rule()
    tot = sum(i["a"] for i in items)
    igv = q2(tot * D(18) / D(118))
    net = tot - igv
    for a, v, b in [
        ("OP. GRAVADA S/", net, False),
        ("OP. EXONERADA S/", D(0), False),
        ("I.G.V. 18% S/", igv, False),
        ("TOTAL S/", tot, True),
    ]:
        r.row(a, us(v), MOB if b else None, 9 if b else 7.2)
    r.wrapc(f"SON: {es_words(tot)} CON {cents(tot)}/100 SOLES", size=6.8, center=False)
    r.row("EFECTIVO S/", "50.00")
    r.row("VUELTO S/", us(D(50) - tot))
    r.rule()
    r.draw(24 * MM, _qrdraw(rng, 24))
    r.wrapc(
        "Representación impresa de la Boleta de Venta Electrónica. Consulte en www.boticasanjudas.pe/cpe",
        size=6.4,
    )
    r.center("Hash: " + b64(rng, 28), size=6.2)
    t = truth(
        number="B001-00023456",
        date="2026-02-11",
        due=None,
        vendor="BOTICA SAN JUDAS E.I.R.L.",
        amount=net,
        vat=igv,
        total=tot,
        cur="PEN",
        loc="es-PE",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Peruvian boleta electrónica (born-digital PDF on an 80 mm roll): serie-número B001-00023456; prices include IGV, Op. Gravada printed = net; 'S/' = PEN; DNI 00000000 placeholder; amount in words; cash and vuelto lines.",
    )
    return r.render(), t


def r07(rng):
    """Uruguay supermarket e-Ticket, 76 mm, IVA 10 % and 22 % included, serie + número."""
    r = Roll(76, MO, 7.2)
    r.center("EL TERO", MOB, 15, lead=1.4)
    r.center("supermercados", size=7)
    r.center("DISTRIBUIDORA ORIENTAL S.A.", size=6.8)
    r.center("RUT 21 345678 0019", size=6.8)
    r.center("Av. 18 de Julio 1845 - Montevideo", size=6.8)
    r.rule()
    r.center("e-Ticket  Serie B  Nro. 1234567", MOB, 7.6)
    r.row("Fecha: 07/03/2026", "11:18", size=7)
    r.row("Caja 03   Cajera: LUCIA", size=7)
    r.row("Consumo Final", size=7)
    r.rule()
    rows = [
        ("LECHE CONAPROLE 1L", 3, "46.00", 10),
        ("PAN FLAUTA", 2, "38.00", 10),
        ("YERBA CANARIA 1KG", 1, "289.00", 22),
        ("ASADO DE TIRA KG", D("1.420"), "389.00", 10),
        ("VINO TANNAT 750", 1, "345.00", 22),
        ("JABON LIQUIDO 3L", 1, "259.00", 22),
        ("MANZANA ROJA KG", D("0.950"), "89.00", 10),
    ]
    items = items_calc([(a, b, c) for a, b, c, _ in rows])
    for it, rr in zip(items, rows, strict=False):
        r.row(f"{it['d']}", eu(it["a"]) + (" B" if rr[3] == 22 else " M"), size=7)
        if it["q"] != 1:
            r.row(f"  {eu(it['q'], 3 if it['q'] != int(it['q']) else 0)} x {eu(it['u'])}", size=6.8)
    r.rule()
    tot = sum(i["a"] for i in items)
    g10 = sum(i["a"] for i, rr in zip(items, rows, strict=False) if rr[3] == 10)
    g22 = tot - g10
    v10 = q2(g10 * 10 / D(110))
    v22 = q2(g22 * 22 / D(122))
    r.row("TOTAL $", eu(tot), MOB, 10)
    r.row("Efectivo $", "3.000,00")
    r.row("Cambio $", eu(D(3000) - tot))
    r.rule()
    r.row("Tasa    Neto      IVA", size=6.8)
    r.row(f"M 10%  {eu(g10 - v10):>9} {eu(v10):>8}", size=6.8)
    r.row(f"B 22%  {eu(g22 - v22):>9} {eu(v22):>8}", size=6.8)
    r.row("Total IVA", eu(v10 + v22), size=7)
    r.rule()
    r.center("CAE Nro. 90345678123", size=6.6)
    r.center("Serie B del 1000001 al 2000000", size=6.6)
    r.center("Vencimiento CAE: 30/06/2027", size=6.6)
    r.draw(22 * MM, _qrdraw(rng, 22))
    r.center("Código de seguridad: " + b64(rng, 6), size=6.6)
    r.center("Puede verificar en www.dgi.gub.uy", size=6.6)
    t = truth(
        number="B-1234567",
        date="2026-03-07",
        due=None,
        vendor="DISTRIBUIDORA ORIENTAL S.A.",
        amount=tot - v10 - v22,
        vat=v10 + v22,
        total=tot,
        cur="UYU",
        loc="es-UY",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Uruguayan e-Ticket: 'Serie B Nro. 1234567' keyed B-1234567; prices include IVA at 10 % (M) and 22 % (B), net and IVA per rate printed in a small table; '$' = UYU with decimal comma; CAE range and vencimiento CAE are distractors; brand EL TERO vs legal name.",
    )
    return r.render(), t


def r08(rng):
    """Turkey market ÖKC fiş, 80 mm, KDV 1 % and 20 %, TOPKDV / TOPLAM with '*' amounts."""
    r = Roll(80, MO, 7.6)
    r.center("BEREKET MARKET", MOB, 13, lead=1.4)
    r.center("ANADOLU GIDA PAZARLAMA A.Ş.", size=7)
    r.center("Mavişehir Mah. Caher Dudayev Blv. No:51", size=7)
    r.center("Karşıyaka / İZMİR", size=7)
    r.center("KARŞIYAKA V.D.  V.NO: 0680123456", size=7)
    r.gap(2)
    r.row("TARİH : 14.03.2026", "SAAT : 19:42")
    r.row("FİŞ NO : 0087")
    r.rule(dash=False)
    rows = [
        ("EKMEK 250 G", 3, "12.50", 1),
        ("SÜT TAM YAĞLI 1 L", 2, "39.90", 1),
        ("DOMATES KG", D("1.240"), "44.90", 1),
        ("BEYAZ PEYNİR 500 G", 1, "169.00", 1),
        ("ÇAY SİYAH 1000 G", 1, "214.50", 1),
        ("DETERJAN SIVI 2,5 L", 1, "189.90", 20),
        ("KAĞIT HAVLU 6LI", 1, "129.00", 20),
    ]
    items = items_calc([(a, b, c) for a, b, c, _ in rows])
    for it, rr in zip(items, rows, strict=False):
        if it["q"] != 1:
            r.row(
                f"{eu(it['q'], 3)} {'KG' if it['q'] != int(it['q']) else 'AD'} X {eu(it['u'])}",
                size=7,
            )
        r.row(it["d"], f"%{rr[3]:02d}  *{eu(it['a'])}")
    r.rule(dash=False)
    tot = sum(i["a"] for i in items)
    k1 = sum(i["a"] for i, rr in zip(items, rows, strict=False) if rr[3] == 1)
    k20 = tot - k1
    v1 = q2(k1 * 1 / D(101))
    v20 = q2(k20 * 20 / D(120))
    r.row("KDV %01", "*" + eu(v1))
    r.row("KDV %20", "*" + eu(v20))
    r.row("TOPKDV", "*" + eu(v1 + v20), MOB)
    r.row("TOPLAM", "*" + eu(tot), MOB, 10.5)
    r.row("NAKİT", "*" + eu(D(1000)))
    r.row("PARA ÜSTÜ", "*" + eu(D(1000) - tot))
    r.rule(dash=False)
    r.row("KASİYER: AYŞE", "KASA: 02", size=7)
    r.row("Z NO: 0412", "EKÜ NO: 0001", size=7)
    r.gap(3)
    r.draw(10 * MM, _bar(rng, 9))
    r.center("TEŞEKKÜR EDERİZ", MOB, 7.4)
    r.center("MF YAB 12045678", MOB, 7.4)
    t = truth(
        number="0087",
        date="2026-03-14",
        due=None,
        vendor="ANADOLU GIDA PAZARLAMA A.Ş.",
        amount=tot - v1 - v20,
        vat=v1 + v20,
        total=tot,
        cur="TRY",
        loc="tr-TR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Turkish ÖKC till slip: amounts prefixed '*', KDV rate tags %01/%20 on each line; TOPKDV sum of two rates; FİŞ NO 0087 is the number (Z NO / EKÜ NO / MF serial are distractors); dd.mm.yyyy date; brand BEREKET MARKET vs legal A.Ş.; no currency symbol printed (TRY by country).",
    )
    return r.render(), t


def r09(rng):
    """Turkey fuel station fiş, 58 mm, litres x price, KDV 20 %, credit card, plate."""
    r = Roll(58, MO, 6.8, margin_mm=3)
    r.center("MAVİ PETROL", MOB, 11, lead=1.4)
    r.center("BOĞAZİÇİ PETROL ÜRÜNLERİ", size=6.3)
    r.center("LTD. ŞTİ.", size=6.3)
    r.center("Kemerburgaz Cad. No:120", size=6.3)
    r.center("Eyüpsultan / İSTANBUL", size=6.3)
    r.center("BOĞAZİÇİ KURUMLAR V.D.", size=6.3)
    r.center("V.NO: 1870456123", size=6.3)
    r.gap(2)
    r.row("TARİH:03.02.2026", "08:17", size=6.6)
    r.row("FİŞ NO:0231", size=6.6)
    r.row("POMPA:04 TABANCA:2", size=6.6)
    r.row("PLAKA: 34 KLM 482", size=6.6)
    r.rule(dash=False)
    items = items_calc([("MOTORİN", D("41.37"), "47.89")])
    it = items[0]
    r.row(f"{eu(it['q'], 2)} LT X {eu(it['u'])}", size=6.6)
    r.row("MOTORİN", "%20 *" + eu(it["a"]))
    r.rule(dash=False)
    tot = it["a"]
    kdv = q2(tot * 20 / D(120))
    r.row("TOPKDV", "*" + eu(kdv))
    r.row("TOPLAM", "*" + eu(tot), MOB, 9.5)
    r.row("KREDİ KARTI", "*" + eu(tot))
    r.row("**** **** **** 7731", size=6.4)
    r.row("ONAY KODU: 418822", size=6.4)
    r.rule(dash=False)
    r.row("Z NO:0377  EKÜ NO:0002", size=6.4)
    r.center("MF BZ 20311458", MOB, 6.8)
    t = truth(
        number="0231",
        date="2026-02-03",
        due=None,
        vendor="BOĞAZİÇİ PETROL ÜRÜNLERİ LTD. ŞTİ.",
        amount=tot - kdv,
        vat=kdv,
        total=tot,
        cur="TRY",
        loc="tr-TR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Turkish fuel slip on 58 mm: legal name split over two lines; litres x unit price; KDV 20 % included (TOPKDV); FİŞ NO 0231 (pump, plate, approval code, Z/EKÜ numbers are distractors); image-only PDF.",
    )
    return r.render(), t


def r10(rng):
    """Greece bakery Απόδειξη Λιανικής Πώλησης, 80 mm, ΦΠΑ 13 % and 24 % table, ΜΑΡΚ."""
    r = Roll(80, CO, 7.6)
    r.center("Φούρνος «Η Αγία Παρασκευή»", COB, 11, lead=1.4)
    r.center("ΑΦΟΙ ΝΙΚΟΛΑΟΥ Ο.Ε.", size=7.2)
    r.center("Λεωφ. Κύπρου 88, Ηλιούπολη 163 46", size=7.2)
    r.center("ΑΦΜ: 800123456  ΔΟΥ: Ηλιούπολης", size=7.2)
    r.center("Τηλ. 210 970 4411", size=7.2)
    r.rule()
    r.center("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ", COB, 8.4)
    r.row("ΑΛΠ Νο 14823", "14/03/2026 08:12")
    r.rule()
    rows = [
        ("Χωριάτικο ψωμί 1kg", 1, "2.40", 13),
        ("Κουλούρι Θεσσαλονίκης", 4, "0.60", 13),
        ("Τυρόπιτα κουρού", 2, "2.20", 13),
        ("Μπουγάτσα κρέμα", 1, "3.10", 13),
        ("Πορτοκαλάδα 330ml", 2, "1.50", 24),
        ("Χυμός πορτοκάλι 1L", 1, "2.90", 24),
    ]
    items = items_calc([(a, b, c) for a, b, c, _ in rows])
    for it, rr in zip(items, rows, strict=False):
        r.row(f"{it['q']} x {it['d']}", f"{eu(it['a'])} €  {'Α' if rr[3] == 13 else 'Β'}")
    r.rule()
    tot = sum(i["a"] for i in items)
    g13 = sum(i["a"] for i, rr in zip(items, rows, strict=False) if rr[3] == 13)
    g24 = tot - g13
    v13 = q2(g13 * 13 / D(113))
    v24 = q2(g24 * 24 / D(124))
    r.row("ΣΥΝΟΛΟ", eu(tot) + " €", COB, 10)
    r.row("ΜΕΤΡΗΤΑ", "20,00 €")
    r.row("ΡΕΣΤΑ", eu(D(20) - tot) + " €")
    r.rule()
    r.cols(
        [(3.5, "ΦΠΑ", "l"), (-38, "Καθαρή", "r"), (-20, "ΦΠΑ", "r"), (-3.5, "Σύνολο", "r")],
        font=COB,
        size=7,
    )
    r.cols(
        [(3.5, "Α 13%", "l"), (-38, eu(g13 - v13), "r"), (-20, eu(v13), "r"), (-3.5, eu(g13), "r")],
        size=7,
    )
    r.cols(
        [(3.5, "Β 24%", "l"), (-38, eu(g24 - v24), "r"), (-20, eu(v24), "r"), (-3.5, eu(g24), "r")],
        size=7,
    )
    r.cols(
        [
            (3.5, "Σύνολα", "l"),
            (-38, eu(tot - v13 - v24), "r"),
            (-20, eu(v13 + v24), "r"),
            (-3.5, eu(tot), "r"),
        ],
        font=COB,
        size=7,
    )
    r.rule()
    r.center(f"ΜΑΡΚ {4000 * 10**11 + int(digits(rng, 11))}", size=6.8)
    r.draw(22 * MM, _qrdraw(rng, 22))
    r.center("Πάροχος: EPSILON DIGITAL", size=6.6)
    r.center("ΕΥΧΑΡΙΣΤΟΥΜΕ ΠΟΛΥ!", COB, 7.4)
    t = truth(
        number="14823",
        date="2026-03-14",
        due=None,
        vendor="ΑΦΟΙ ΝΙΚΟΛΑΟΥ Ο.Ε.",
        amount=tot - v13 - v24,
        vat=v13 + v24,
        total=tot,
        cur="EUR",
        loc="el-GR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Greek retail receipt (ΑΛΠ) in Greek: ΦΠΑ 13 % and 24 % in a per-rate table (Σύνολα row sums them); brand in guillemets vs legal Ο.Ε. name; ΜΑΡΚ number is a distractor; decimal comma, € suffix; cash and change.",
    )
    return r.render(), t


def r11(rng):
    """Greece café e-receipt, 76 mm born-digital, ΦΠΑ 13 % / 24 %, card tip line (Φιλοδώρημα)."""
    r = Roll(76, S, 7.4)
    r.draw(
        14 * MM,
        lambda c, W, top: (
            c.setFillColorRGB(0.85, 0.55, 0.1),
            c.circle(W / 2, top - 7 * MM, 6 * MM, stroke=0, fill=1),
        ),
    )
    r.center("ASTERI", SB, 13, lead=1.4)
    r.center("coffee & more", SI, 7.4)
    r.center("ΚΑΦΕ ΑΣΤΕΡΙ Ι.Κ.Ε.", size=7)
    r.center("Ερμού 41, Αθήνα 105 63", size=7)
    r.center("ΑΦΜ 801998877 - ΔΟΥ Α' Αθηνών", size=7)
    r.rule()
    r.center("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ", SB, 8)
    r.row("Αριθμός: 9812", "Τραπέζι 5", size=7)
    r.row("Ημ/νία: 22/02/2026 17:48", size=7)
    r.rule()
    rows = [
        ("Freddo espresso", 2, "3.80", 13),
        ("Cappuccino διπλός", 1, "4.20", 13),
        ("Cheesecake φράουλα", 1, "5.50", 13),
        ("Μπύρα Mythos 500ml", 1, "5.00", 24),
    ]
    items = items_calc([(a, b, c) for a, b, c, _ in rows])
    for it, rr in zip(items, rows, strict=False):
        r.row(f"{it['q']} {it['d']}", eu(it["a"]) + f"  {rr[3]}%")
    r.rule()
    tot = sum(i["a"] for i in items)
    g13 = sum(i["a"] for i, rr in zip(items, rows, strict=False) if rr[3] == 13)
    g24 = tot - g13
    v13 = q2(g13 * 13 / D(113))
    v24 = q2(g24 * 24 / D(124))
    tip = D("2.00")
    r.row("Καθαρή αξία", eu(tot - v13 - v24))
    r.row("ΦΠΑ 13%", eu(v13))
    r.row("ΦΠΑ 24%", eu(v24))
    r.row("Σύνολο παραστατικού", eu(tot) + " €", SB, 8)
    r.row("Φιλοδώρημα (tip)", eu(tip) + " €")
    r.row("ΣΥΝΟΛΟ ΠΛΗΡΩΜΗΣ", eu(tot + tip) + " €", SB, 10)
    r.row("Κάρτα VISA ****2290", eu(tot + tip) + " €", size=7)
    r.rule()
    r.center(f"ΜΑΡΚ 4000{digits(rng, 11)}", size=6.6)
    r.draw(22 * MM, _qrdraw(rng, 22))
    r.center("Πάροχος: Entersoft One", size=6.6)
    t = truth(
        number="9812",
        date="2026-02-22",
        due=None,
        vendor="ΚΑΦΕ ΑΣΤΕΡΙ Ι.Κ.Ε.",
        amount=tot - v13 - v24,
        vat=v13 + v24,
        total=tot + tip,
        tip=tip,
        cur="EUR",
        loc="el-GR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Greek café e-receipt (born-digital PDF, 76 mm): two ΦΠΑ rates; card tip 'Φιλοδώρημα' 2,00 € added after 'Σύνολο παραστατικού', so ΣΥΝΟΛΟ ΠΛΗΡΩΜΗΣ (with tip) is the keyed total; Latin wordmark ASTERI vs Greek legal name; table number distractor.",
    )
    return r.render(), t


def r12(rng):
    """Peru street-market pre-printed boleta (Nuevo RUS, no IGV) filled by hand, A6."""
    Wd, Hd = 105 * MM, 148 * MM
    d = Doc((Wd, Hd), "Boleta 0001-002315")
    vendor = "ROSA QUISPE MAMANI"
    d.text(10, Hd - 22, "FRUTAS «DOÑA ROSA»", font=SB, size=10)
    d.lines(
        10,
        Hd - 34,
        [
            "de: ROSA QUISPE MAMANI",
            "Mercado N° 1 de Surquillo - Puesto 47",
            "Surquillo - Lima  •  Cel. 987 654 321",
        ],
        size=6.4,
        lead=8,
    )
    d.rect(Wd - 92, Hd - 64, 84, 50, lw=1, stroke=(0.7, 0.1, 0.1))
    d.text(Wd - 50, Hd - 26, "R.U.C. 10412345678", "c", SB, 6.6, color=(0.7, 0.1, 0.1))
    d.text(Wd - 50, Hd - 38, "BOLETA DE VENTA", "c", SB, 7.4, color=(0.7, 0.1, 0.1))
    d.text(Wd - 50, Hd - 54, "0001- Nº 002315", "c", SB, 8, color=(0.7, 0.1, 0.1))
    y = Hd - 84
    d.text(10, y, "Señor(a):", size=6.6)
    d.hline(42, Wd - 10, y - 2, lw=0.4, dash=(1, 1.5))
    d.text(46, y + 1, "Carmen Salas", font=SEI, size=9, color=(0.1, 0.15, 0.55))
    d.text(10, y - 16, "Fecha:", size=6.6)
    for xa, xb, v in ((34, 54, "14"), (62, 82, "03"), (90, 122, "2026")):
        d.hline(xa, xb, y - 18, lw=0.4, dash=(1, 1.5))
        d.text((xa + xb) / 2, y - 15, v, "c", SEI, 9, color=(0.1, 0.15, 0.55))
    d.text(58, y - 16, "/", "c", S, 6.6)
    d.text(86, y - 16, "/", "c", S, 6.6)
    y -= 40
    x1, x2, x3, x4 = 10, 32, 150, Wd - 10
    d.rect(x1, y - 128, x4 - x1, 140, lw=0.7)
    d.hline(x1, x4, y - 4, lw=0.7)
    for xx in (x2, x3, x3 + 40):
        d.vline(xx, y - 128, y + 12, lw=0.5)
    d.text((x1 + x2) / 2, y, "CANT.", "c", SB, 5.8)
    d.text((x2 + x3) / 2, y, "DESCRIPCIÓN", "c", SB, 5.8)
    d.text(x3 + 20, y, "P. UNIT.", "c", SB, 5.8)
    d.text((x3 + 40 + x4) / 2, y, "IMPORTE", "c", SB, 5.8)
    rows = [
        ("kg palta fuerte", 2, "9.00"),
        ("kg mandarina", 3, "4.50"),
        ("kg fresa", 1, "8.00"),
        ("piña golden", 1, "5.50"),
    ]
    items = items_calc(rows)
    blue = (0.1, 0.15, 0.55)
    yy = y - 20
    for it in items:
        d.text((x1 + x2) / 2, yy, str(it["q"]), "c", SEI, 9, color=blue)
        d.text(x2 + 4, yy, it["d"], font=SEI, size=9, color=blue)
        d.text(x3 + 36, yy, us(it["u"]), "r", SEI, 9, color=blue)
        d.text(x4 - 4, yy, us(it["a"]), "r", SEI, 9, color=blue)
        yy -= 18
    tot = sum(i["a"] for i in items)
    d.rect(x3, y - 148, x4 - x3, 20, lw=0.7)
    d.text(x3 - 4, y - 142, "TOTAL S/", "r", SB, 7.5)
    d.text(x4 - 4, y - 142, us(tot), "r", SEI, 10, color=blue)
    d.text(
        10, 26, "Imprenta Gráfica Surco S.R.L. RUC 20512233445 - Aut. SUNAT 1234567890", size=4.8
    )
    d.text(10, 18, "Serie 0001 del 002001 al 002500 - F.I. 05/01/2026", size=4.8)
    d.text(Wd - 10, 18, "EMISOR", "r", SB, 5.5)
    t = truth(
        number="0001-002315",
        date="2026-03-14",
        due=None,
        vendor=vendor,
        amount=tot,
        vat=None,
        total=tot,
        cur="PEN",
        loc="es-PE",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Peruvian street-market pre-printed boleta (Nuevo RUS, A6 receipt book, not a till roll) filled in by hand (italic blue): no IGV printed (vat null); seller printed as stall brand 'FRUTAS «DOÑA ROSA»' and owner 'de: ROSA QUISPE MAMANI' (keyed as the person's name); date split into dd / mm / yyyy boxes; printer's RUC and authorised range are distractors; photo.",
    )
    return d.done(), t


# ================================================================ output

DOCS = {
    "i01": (i01, "pdf"),
    "i02": (i02, "scan"),
    "i03": (i03, "pdf"),
    "i04": (i04, "pdf"),
    "i05": (i05, "photo"),
    "i06": (i06, "pdf"),
    "i07": (i07, "scanpdf"),
    "i08": (i08, "pdf"),
    "i09": (i09, "pdf"),
    "i10": (i10, "scan"),
    "i11": (i11, "pdf"),
    "i12": (i12, "pdf"),
    "r01": (r01, "scan"),
    "r02": (r02, "photo"),
    "r03": (r03, "scanpdf"),
    "r04": (r04, "scan"),
    "r05": (r05, "photo"),
    "r06": (r06, "pdf"),
    "r07": (r07, "scan"),
    "r08": (r08, "photo"),
    "r09": (r09, "scanpdf"),
    "r10": (r10, "scan"),
    "r11": (r11, "pdf"),
    "r12": (r12, "photo"),
}

# per-document image settings: scans (dpi, grey, skew, blur, noise, specks, fade, width), photos (long side, quality, background, texture)
SCANS = {
    "i02": {"dpi": 200, "grey": True, "skew": 1.5, "blur": 0.6, "noise": 6, "specks": 60},
    "i07": {"dpi": 170, "grey": True, "skew": 1.2, "blur": 0.7, "noise": 7, "specks": 40},
    "i10": {
        "dpi": 220,
        "grey": False,
        "skew": 1.8,
        "blur": 0.8,
        "noise": 5,
        "specks": 30,
        "tint": (247, 244, 236),
    },
    "r01": {
        "dpi": 250,
        "grey": True,
        "skew": 1.0,
        "blur": 0.7,
        "noise": 6,
        "specks": 25,
        "fade": 0.35,
        "width": 650,
    },
    "r03": {
        "dpi": 200,
        "grey": True,
        "skew": 1.5,
        "blur": 0.6,
        "noise": 6,
        "specks": 20,
        "fade": 0.3,
    },
    "r04": {
        "dpi": 300,
        "grey": True,
        "skew": 2.0,
        "blur": 0.9,
        "noise": 7,
        "specks": 20,
        "fade": 0.4,
    },
    "r07": {
        "dpi": 220,
        "grey": False,
        "skew": 1.2,
        "blur": 0.7,
        "noise": 5,
        "specks": 20,
        "fade": 0.25,
        "tint": (252, 250, 245),
    },
    "r09": {
        "dpi": 280,
        "grey": True,
        "skew": 1.6,
        "blur": 0.8,
        "noise": 6,
        "specks": 15,
        "fade": 0.45,
    },
    "r10": {
        "dpi": 200,
        "grey": True,
        "skew": 0.8,
        "blur": 0.6,
        "noise": 5,
        "specks": 30,
        "fade": 0.2,
    },
}
PHOTOS = {
    "i05": {"dpi": 200, "long_side": 2200, "quality": 74, "bg": (150, 110, 70), "kind": "wood"},
    "r02": {"dpi": 220, "long_side": 2200, "quality": 70, "bg": (90, 95, 105), "kind": "plain"},
    "r05": {"dpi": 220, "long_side": 2100, "quality": 66, "bg": (130, 85, 50), "kind": "wood"},
    "r08": {"dpi": 220, "long_side": 2000, "quality": 78, "bg": (200, 200, 195), "kind": "plain"},
    "r12": {"dpi": 200, "long_side": 1600, "quality": 62, "bg": (70, 110, 80), "kind": "plain"},
}


def build(name, outdir: Path):
    fn, kind = DOCS[name]
    seed = zlib.crc32(name.encode())
    rng = random.Random(seed)
    pdf, t = fn(rng)
    irng = random.Random(seed ^ 0x5A5A)
    if kind == "pdf":
        ext, data = "pdf", pdf
    elif kind in ("scan", "scanpdf"):
        p = dict(SCANS[name])
        dpi = p.pop("dpi")
        pages = [scan(im, irng, **p) for im in render_all(pdf, dpi)]
        if kind == "scan":
            ext, data = "png", png_bytes(pages[0])
        else:
            ext, data = "pdf", image_pdf(pages, dpi)
    else:
        p = dict(PHOTOS[name])
        dpi = p.pop("dpi")
        ext, data = "jpg", photo(render(pdf, dpi), irng, **p)
    t["kind"] = "pdf" if kind == "pdf" else ("photo" if kind == "photo" else "scan")
    (outdir / f"{name}.{ext}").write_bytes(data)
    (outdir / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return name, ext, t


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    only = None
    if "--only" in argv:
        i = argv.index("--only")
        only = argv[i + 1]
        del argv[i : i + 2]
    outdir = Path(argv[0]) if argv else Path("bench/blindsets/blind-2026-12r")
    outdir.mkdir(parents=True, exist_ok=True)
    for name in DOCS:
        if only and name != only:
            continue
        n, ext, t = build(name, outdir)
        print(f"{n}.{ext}  {t['kind']:5s}  {t['currency']} {t['total']}")


if __name__ == "__main__":
    main()
