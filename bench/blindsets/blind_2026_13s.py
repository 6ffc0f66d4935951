# ruff: noqa: E501
"""Blind evaluation set 13s: money that moves (discounts, deposits, refunds, split payments).

Run from the repository root:

    python -m bench.blindsets.blind_2026_13s [OUTDIR] [--only NAME]

Every random choice of a document is seeded with the CRC-32 of its name, so re-runs are
byte-identical. The module is self-contained: it imports nothing from the product.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

SET = "13s"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-13s")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
_FONTS = {
    "DV": "DejaVuSans",
    "DVB": "DejaVuSans-Bold",
    "DVI": "DejaVuSans-Oblique",
    "DVBI": "DejaVuSans-BoldOblique",
    "DVC": "DejaVuSansCondensed",
    "DVCB": "DejaVuSansCondensed-Bold",
    "DVM": "DejaVuSansMono",
    "DVMB": "DejaVuSansMono-Bold",
    "DVS": "DejaVuSerif",
    "DVSB": "DejaVuSerif-Bold",
    "DVSI": "DejaVuSerif-Italic",
    "DVSC": "DejaVuSerifCondensed",
    "DVSCB": "DejaVuSerifCondensed-Bold",
    "DVX": "DejaVuSans-ExtraLight",
}
for _k, _v in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, FONT_DIR + _v + ".ttf"))

D = Decimal
C2 = D("0.01")
ZERO = D("0.00")


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


# ---------------------------------------------------------------- money, dates


def q(x) -> Decimal:
    return D(str(x)).quantize(C2, ROUND_HALF_UP)


def pct(base, rate) -> Decimal:
    return q(D(str(base)) * D(str(rate)) / 100)


def incl_tax(gross, rate) -> Decimal:
    """Tax contained in a tax-inclusive gross amount."""
    g = D(str(gross))
    return q(g * D(str(rate)) / (100 + D(str(rate))))


def money(x, dec=",", th=".", minus="-", plus="") -> str:
    x = q(x)
    s = f"{abs(x):,.2f}".replace(",", "\0").replace(".", dec).replace("\0", th)
    return (minus if x < 0 else plus) + s


def m_de(x):
    return money(x, ",", ".")


def m_en(x):
    return money(x, ".", ",")


def m_fr(x):
    return money(x, ",", " ")


def m_ch(x):
    return money(x, ".", "'")


def m_in(x):
    """Indian grouping: 1,23,456.00."""
    x = q(x)
    whole, frac = f"{abs(x):.2f}".split(".")
    if len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        whole = ",".join([*parts, tail])
    return ("-" if x < 0 else "") + whole + "." + frac


def qty_s(x) -> str:
    x = D(str(x))
    return str(int(x)) if x == x.to_integral() else str(x)


def item(desc, qty, unit, amt, check=True):
    qd = D(str(qty)) if qty is not None else None
    if check and qd is not None and unit is not None:
        assert q(qd * D(str(unit))) == q(amt), (desc, qty, unit, amt)
    return {
        "description": desc,
        "quantity": None if qd is None else qty_s(qd),
        "unit_price": None
        if unit is None
        else (str(D(str(unit))) if -D(str(unit)).as_tuple().exponent > 2 else str(q(unit))),
        "amount": str(q(amt)),
    }


def truth(
    number,
    date,
    due,
    vendor,
    amount,
    vat,
    total,
    currency,
    locale,
    layout,
    doctype,
    items,
    note,
    tip=0,
    rounding=0,
):
    a, t = q(amount), q(total)
    v = None if vat is None else q(vat)
    lhs = a + (v if v is not None else ZERO) + q(tip) + q(rounding)
    assert lhs == t, f"{number}: {a} + {v} + {tip} + {rounding} = {lhs} != {t}"
    return {
        "invoice_number": number,
        "invoice_date": date.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": str(a),
        "vat": None if v is None else str(v),
        "total": str(t),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": doctype,
        "line_items": items,
        "note": note,
    }


def d(y, m, dd) -> dt.date:
    return dt.date(y, m, dd)


# ---------------------------------------------------------------- drawing


def sw(s, font, size) -> float:
    return pdfmetrics.stringWidth(s, font, size)


def wrap(s, font, size, width):
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if sw(t, font, size) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


class Doc:
    """A reportlab canvas that checks every text run: on the page, no overlaps."""

    def __init__(self, size, title, author="", subject=""):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(title)
        if author:
            self.c.setAuthor(author)
        if subject:
            self.c.setSubject(subject)
        self.W, self.H = size
        self.runs = []
        self.pages = 1

    def text(self, x, y, s, font="DV", size=9, align="l", color=(0, 0, 0)):
        s = str(s)
        if not s:
            return 0.0
        w = sw(s, font, size)
        x0 = {"l": x, "r": x - w, "c": x - w / 2}[align]
        box = (x0, y - 0.24 * size, x0 + w, y + 0.76 * size)
        if box[0] < 4 or box[2] > self.W - 4 or box[1] < 4 or box[3] > self.H - 4:
            raise LayoutError(f"off page: {s!r} {tuple(round(v, 1) for v in box)}")
        for b, t in self.runs:
            if (
                box[0] < b[2] - 0.3
                and b[0] < box[2] - 0.3
                and box[1] < b[3] - 0.3
                and b[1] < box[3] - 0.3
            ):
                raise LayoutError(f"overlap: {s!r} with {t!r}")
        self.runs.append((box, s))
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        return w

    def para(self, x, y, s, font="DV", size=8, width=200, lead=None, align="l", color=(0, 0, 0)):
        lead = lead or size * 1.25
        for ln in wrap(s, font, size, width):
            self.text(x, y, ln, font, size, align, color)
            y -= lead
        return y

    def rows(self, x, y, lines, font="DV", size=8.5, lead=None, align="l", color=(0, 0, 0)):
        lead = lead or size * 1.3
        for ln in lines:
            if isinstance(ln, tuple):
                self.text(x, y, ln[0], ln[1], ln[2] if len(ln) > 2 else size, align, color)
            else:
                self.text(x, y, ln, font, size, align, color)
            y -= lead
        return y

    def fill(self, rgb):
        self.c.setFillColorRGB(*rgb)

    def stroke(self, rgb):
        self.c.setStrokeColorRGB(*rgb)

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

    def hline(self, x1, x2, y, lw=0.5, rgb=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*rgb)
        if dash:
            c.setDash(*dash)
        c.line(x1, y, x2, y)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def qr(self, x, y, size, seed, n=25):
        """A QR-ish square: finder patterns plus seeded modules."""
        r = random.Random(seed)
        cell = size / n
        self.c.setFillColorRGB(0, 0, 0)
        for i in range(n):
            for j in range(n):
                ii = i if i < 7 else i - (n - 7)
                jj = j if j < 7 else j - (n - 7)
                fin = (
                    (i < 7 or i >= n - 7)
                    and (j < 7 or j >= n - 7)
                    and not (i >= n - 7 and j >= n - 7)
                )
                if fin:
                    on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
                else:
                    on = r.random() < 0.48
                if on:
                    self.c.rect(
                        x + j * cell, y + size - (i + 1) * cell, cell, cell, fill=1, stroke=0
                    )

    def barcode(self, x, y, w, h, seed):
        r = random.Random(seed)
        cx = x
        self.c.setFillColorRGB(0, 0, 0)
        while cx < x + w - 3:
            bw = r.choice((0.6, 0.6, 1.2, 1.8))
            self.c.rect(cx, y, bw, h, fill=1, stroke=0)
            cx += bw + r.choice((0.6, 1.2, 1.2, 1.8))

    def page(self):
        self.c.showPage()
        self.runs = []
        self.pages += 1

    def pdf(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


def _put_row(doc, cols, xs, ry, cells, f, s, pad, color=(0, 0, 0)):
    for (w, a, _h), cx, cell in zip(cols, xs, cells, strict=False):
        if cell in (None, ""):
            continue
        cf = f
        if isinstance(cell, tuple):
            cell, cf = cell
        tx = {"l": cx + pad, "r": cx + w - pad, "c": cx + w / 2}[a]
        doc.text(tx, ry, cell, cf, s, a, color)


def table(
    doc,
    x,
    y,
    cols,
    rows,
    font="DV",
    size=8.5,
    lead=13,
    head_font="DVB",
    head_size=None,
    head_fill=None,
    head_color=(0, 0, 0),
    grid=False,
    rule=True,
    pad=3,
    zebra=None,
):
    """cols: [(width, align, header)], rows: [[cell, ...]]; returns y below the table."""
    hs = head_size or size
    xs = [x]
    for w, _a, _h in cols:
        xs.append(xs[-1] + w)
    total_w = xs[-1] - x

    if any(h for _w, _a, h in cols):
        if head_fill:
            doc.rect(x, y - lead * 0.35, total_w, lead * 1.15, fill=head_fill, stroke=None)
        _put_row(doc, cols, xs, y, [h for _w, _a, h in cols], head_font, hs, pad, head_color)
        if rule:
            doc.hline(x, x + total_w, y - lead * 0.4, 0.7)
        y -= lead * 1.2
    for i, r in enumerate(rows):
        if zebra and i % 2 == 1:
            doc.rect(x, y - lead * 0.3, total_w, lead, fill=zebra, stroke=None)
        _put_row(doc, cols, xs, y, r, font, size, pad)
        if grid:
            doc.hline(x, x + total_w, y - lead * 0.35, 0.3, (0.6, 0.6, 0.6))
        y -= lead
    if rule:
        doc.hline(x, x + total_w, y + lead * 0.55, 0.7)
    return y


class Roll:
    """A receipt on a paper roll: ops are recorded top-down, the page is as long as the content."""

    def __init__(self, width_mm, margin_mm=4.0, top_mm=7.0, font="DVM", size=8.0):
        self.W = width_mm * mm
        self.m = margin_mm * mm
        self.y = top_mm * mm
        self.ops = []
        self.font, self.size = font, size

    @property
    def right(self):
        return self.W - self.m

    def t(self, s, x=None, align="l", font=None, size=None, color=(0, 0, 0)):
        font, size = font or self.font, size or self.size
        if x is None:
            x = {"l": self.m, "r": self.right, "c": self.W / 2}[align]
        self.ops.append(("t", x, self.y + 0.76 * size, s, font, size, align, color))

    def ln(
        self,
        left="",
        right="",
        font=None,
        size=None,
        lead=None,
        mid=None,
        mid_x=None,
        color=(0, 0, 0),
    ):
        size = size or self.size
        self.t(left, font=font, size=size, color=color)
        if mid is not None:
            self.t(mid, x=mid_x, align="r", font=font, size=size, color=color)
        self.t(right, align="r", font=font, size=size, color=color)
        self.y += lead or size * 1.28

    def c(self, s, font=None, size=None, lead=None, color=(0, 0, 0)):
        size = size or self.size
        self.t(s, align="c", font=font, size=size, color=color)
        self.y += lead or size * 1.28

    def gap(self, pt=4):
        self.y += pt

    def rule(self, dash=True, lw=0.6):
        self.y += 2
        self.ops.append(("l", self.m, self.y, self.right, self.y, dash, lw))
        self.y += 4

    def chars(self, ch="-", font=None, size=None):
        font, size = font or self.font, size or self.size
        n = int((self.right - self.m) / sw(ch, font, size))
        self.c(ch * n, font, size)

    def box(self, h, fill=None, lw=0.8):
        self.ops.append(("r", self.m, self.y, self.right - self.m, h, fill, lw))

    def qr(self, size_pt, seed):
        self.ops.append(("q", (self.W - size_pt) / 2, self.y, size_pt, seed))
        self.y += size_pt + 4

    def bar(self, w, h, seed):
        self.ops.append(("b", (self.W - w) / 2, self.y, w, h, seed))
        self.y += h + 3

    def logo(self, fn, h):
        self.ops.append(("g", self.y, h, fn))
        self.y += h

    def render(self, title, bottom_mm=10.0) -> bytes:
        H = self.y + bottom_mm * mm
        doc = Doc((self.W, H), title)
        for op in self.ops:
            k = op[0]
            if k == "t":
                _k, x, yt, s, font, size, align, color = op
                doc.text(x, H - yt, s, font, size, align, color)
            elif k == "l":
                _k, x1, y1, x2, _y2, dash, lw = op
                doc.hline(x1, x2, H - y1, lw, dash=(2, 2) if dash else None)
            elif k == "r":
                _k, x, yt, w, h, fill, lw = op
                doc.rect(x, H - yt - h, w, h, fill=fill, lw=lw)
            elif k == "q":
                _k, x, yt, s, seed = op
                doc.qr(x, H - yt - s, s, seed)
            elif k == "b":
                _k, x, yt, w, h, seed = op
                doc.barcode(x, H - yt - h, w, h, seed)
            elif k == "g":
                _k, yt, h, fn = op
                fn(doc, H - yt - h, h)
        return doc.pdf()


# ---------------------------------------------------------------- images


def render_page(pdf: bytes, dpi: float, page: int = 0) -> np.ndarray:
    pdoc = pdfium.PdfDocument(pdf)
    pil = pdoc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    arr = np.array(pil)
    pdoc.close()
    return arr


def scan(
    pdf,
    rng,
    dpi=200,
    grey=True,
    skew=None,
    blur=0.6,
    noise=5.0,
    specks=30,
    fade=None,
    width=None,
    tone=(246, 244, 238),
):
    img = render_page(pdf, dpi).astype(np.float32)
    h, w = img.shape[:2]
    nr = np.random.default_rng(rng.randrange(2**31))
    if fade:  # thermal fading: ink density falls off unevenly down the roll
        f0, f1 = fade
        col = np.linspace(f0, f1, h)[:, None, None]
        blot = cv2.resize(
            nr.uniform(0.85, 1.0, (max(2, h // 200), 3)).astype(np.float32),
            (w, h),
            interpolation=cv2.INTER_CUBIC,
        )[:, :, None]
        img = 255 - (255 - img) * col * blot
    img = img * (np.array(tone, np.float32) / 255.0)
    if grey:
        img = img.mean(axis=2, keepdims=True).repeat(3, axis=2)
    if skew is None:
        skew = rng.uniform(-1.6, 1.6)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    bg = float(np.mean(tone)) if grey else tone
    img = cv2.warpAffine(
        img,
        M,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(bg, bg, bg) if grey else tuple(float(t) for t in tone),
    )
    if blur:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    if noise:
        img = img + nr.normal(0, noise, img.shape[:2])[:, :, None]
    for _ in range(specks):
        cx, cy = rng.randrange(w), rng.randrange(h)
        rad = rng.choice((1, 1, 1, 2, 2, 3))
        val = rng.uniform(40, 140)
        cv2.circle(img, (cx, cy), rad, (val, val, val), -1)
    img = np.clip(img, 0, 255).astype(np.uint8)
    pil = Image.fromarray(img)
    if grey:
        pil = pil.convert("L")
    if width:
        pil = pil.resize((width, round(pil.height * width / pil.width)), Image.LANCZOS)
    return pil


def _texture(rng, h, w, kind):
    nr = np.random.default_rng(rng.randrange(2**31))
    if kind == "wood":
        base = np.array([122, 86, 56], np.float32)
        xs = np.linspace(0, 1, w)[None, :]
        ys = np.linspace(0, 1, h)[:, None]
        grain = np.sin((xs * 40 + np.sin(ys * 9) * 0.6 + nr.uniform(0, 6)) * 6.0) * 0.5 + 0.5
        low = cv2.resize(
            nr.uniform(0.8, 1.1, (8, 8)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
        )
        img = base[None, None, :] * (0.82 + 0.18 * grain)[:, :, None] * low[:, :, None]
    elif kind == "desk":
        base = np.array([196, 198, 194], np.float32)
        low = cv2.resize(
            nr.uniform(0.9, 1.05, (6, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
        )
        img = base[None, None, :] * low[:, :, None]
    else:  # dark fabric
        base = np.array([58, 62, 74], np.float32)
        low = cv2.resize(
            nr.uniform(0.85, 1.15, (10, 10)).astype(np.float32),
            (w, h),
            interpolation=cv2.INTER_CUBIC,
        )
        weave = (np.indices((h, w)).sum(axis=0) % 4 < 2).astype(np.float32) * 0.06 + 0.97
        img = base[None, None, :] * (low * weave)[:, :, None]
    img = img + nr.normal(0, 6, (h, w))[:, :, None]
    return img


def photo(pdf, rng, dpi=220, background=None, fold=True, shadow=True, quality=None, long_side=None):
    doc = render_page(pdf, dpi).astype(np.float32)
    nr = np.random.default_rng(rng.randrange(2**31))
    h, w = doc.shape[:2]
    L = long_side or rng.randrange(1500, 2301)
    tall = h >= w
    if tall:
        Hc, Wc = L, int(L * (0.72 if h / w < 2.2 else 0.6))
    else:
        Wc, Hc = L, int(L * 0.75)
    s = min(0.88 * Hc / h, 0.86 * Wc / w)
    dw, dh = w * s, h * s
    cx, cy = Wc / 2 + rng.uniform(-0.03, 0.03) * Wc, Hc / 2 + rng.uniform(-0.02, 0.02) * Hc
    jx, jy = 0.035 * dw, 0.018 * dw  # corner jitter: keystone and a tilt of at most about 2 degrees
    dst = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-jx, jx), cy - dh / 2 + rng.uniform(-jy, jy)],
            [cx + dw / 2 + rng.uniform(-jx, jx), cy - dh / 2 + rng.uniform(-jy, jy)],
            [cx + dw / 2 + rng.uniform(-jx, jx), cy + dh / 2 + rng.uniform(-jy, jy)],
            [cx - dw / 2 + rng.uniform(-jx, jx), cy + dh / 2 + rng.uniform(-jy, jy)],
        ]
    )
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    if fold:  # a crease: one side slightly darker, a thin bright ridge
        fy = int(h * rng.uniform(0.3, 0.7))
        doc[fy:, :, :] *= 0.93
        doc[max(0, fy - 3) : fy + 3, :, :] = np.minimum(
            doc[max(0, fy - 3) : fy + 3, :, :] * 1.06 + 8, 255
        )
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (Wc, Hc), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (Wc, Hc), flags=cv2.INTER_LINEAR)
    bg = _texture(rng, Hc, Wc, background or rng.choice(("wood", "desk", "fabric")))
    sh = cv2.GaussianBlur(np.roll(np.roll(mask, 12, 0), 9, 1), (0, 0), 14)
    bg = bg * (1 - 0.45 * sh)[:, :, None]
    img = bg * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    # uneven light: a directional gradient and a soft vignette
    ang = rng.uniform(0, 2 * np.pi)
    yy, xx = np.mgrid[0:Hc, 0:Wc].astype(np.float32)
    g = ((xx / Wc - 0.5) * np.cos(ang) + (yy / Hc - 0.5) * np.sin(ang)) * rng.uniform(0.18, 0.3)
    vig = 1 - 0.18 * (((xx / Wc - 0.5) ** 2 + (yy / Hc - 0.5) ** 2) * 2)
    img = img * (1.0 + g)[:, :, None] * vig[:, :, None]
    if shadow:  # soft shadow of a phone / hand across one corner
        poly = np.zeros((Hc, Wc), np.float32)
        corner = rng.choice(((0, 0), (Wc, 0), (0, Hc), (Wc, Hc)))
        r0 = int(min(Wc, Hc) * rng.uniform(0.35, 0.55))
        cv2.circle(poly, (int(corner[0]), int(corner[1])), r0, 1.0, -1)
        poly = cv2.GaussianBlur(poly, (0, 0), 40)
        img = img * (1 - rng.uniform(0.22, 0.32) * poly)[:, :, None]
    warm = np.array([1.0, rng.uniform(0.97, 1.0), rng.uniform(0.9, 0.97)], np.float32)
    img = img * warm[None, None, :] + nr.normal(0, 3.0, (Hc, Wc))[:, :, None]
    img = cv2.GaussianBlur(img, (0, 0), 0.55)
    pil = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    pil.save(buf, "JPEG", quality=quality or rng.randrange(60, 81))
    return buf.getvalue()


def image_pdf(pil, page_size, title) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=page_size, invariant=1)
    c.setTitle(title)
    jb = io.BytesIO()
    pil.convert("L" if pil.mode == "L" else "RGB").save(jb, "JPEG", quality=82)
    jb.seek(0)
    c.drawImage(ImageReader(jb), 0, 0, page_size[0], page_size[1])
    c.showPage()
    c.save()
    return buf.getvalue()


def page_size(pdf: bytes):
    pdoc = pdfium.PdfDocument(pdf)
    wh = pdoc[0].get_size()
    n = len(pdoc)
    pdoc.close()
    return wh, n


# ================================================================ invoices


def _footer_cols(
    doc, y, cols, font="DV", size=6.8, x0=40, x1=555, color=(0.25, 0.25, 0.25), rule=True
):
    if rule:
        doc.hline(x0, x1, y + 11, 0.4, (0.5, 0.5, 0.5))
    wcol = (x1 - x0) / len(cols)
    for k, col in enumerate(cols):
        doc.rows(x0 + k * wcol, y, col, font, size, lead=size * 1.3, color=color)


def i01(rng):
    """DE wholesale, skonto offered but not taken, 19 % and 7 %."""
    V = "Hansen & Brück Großhandel GmbH"
    no, date, ddate, due = "2026-10873", d(2026, 2, 23), d(2026, 2, 20), d(2026, 3, 25)
    lines = [
        ("40-2210", "Papierhandtücher Z-Falz 25 × 23 cm, Karton 3.200 Bl.", 20, "Krt", "24.90", 19),
        ("40-3105", "Seifencreme mild, Kanister 10 l", 6, "Stk", "18.45", 19),
        ("41-0120", "Müllsäcke 120 l, extra reißfest, Rolle à 25", 10, "Rol", "7.80", 19),
        ("42-0871", "Spülmaschinen-Reiniger flüssig, 12 kg", 4, "Kan", "36.70", 19),
        ("60-1001", "Kaffee Crema ganze Bohne, 1 kg", 12, "Pkg", "14.20", 7),
        ("60-2040", "Zucker-Sticks 4 g, Karton 1.000 Stk", 4, "Krt", "9.95", 7),
        ("61-0330", "Kondensmilch-Portionen 7,5 g, 240 Stk", 5, "Krt", "11.60", 7),
    ]
    rows, items, base = [], [], {19: ZERO, 7: ZERO}
    for k, (art, desc, qn, unit, price, rate) in enumerate(lines, 1):
        amt = q(D(qn) * D(price))
        base[rate] += amt
        rows.append([str(k), art, desc, str(qn), unit, m_de(D(price)), f"{rate} %", m_de(amt)])
        items.append(item(desc, qn, price, amt))
    net = base[19] + base[7]
    v19, v7 = pct(base[19], 19), pct(base[7], 7)
    total = net + v19 + v7
    sk = pct(total, 2)
    doc = Doc(A4, f"Rechnung {no}", V)
    doc.rect(40, 770, 40, 40, fill=(0.0, 0.42, 0.45), stroke=None)
    doc.text(60, 784, "HB", "DVB", 16, "c", (1, 1, 1))
    doc.text(90, 794, "Hansen & Brück", "DVSB", 18, color=(0.0, 0.32, 0.35))
    doc.text(
        90, 778, "Großhandel für Gastronomie- und Hygienebedarf", "DV", 8, color=(0.35, 0.35, 0.35)
    )
    doc.rows(
        555,
        802,
        [
            "Hafenstraße 112",
            "28217 Bremen",
            "Tel. 0421 69 33 18-0",
            "info@hansen-brueck.de",
            "www.hansen-brueck.de",
        ],
        "DV",
        8,
        align="r",
    )
    doc.text(40, 718, "Hansen & Brück Großhandel GmbH · Hafenstraße 112 · 28217 Bremen", "DV", 6.5)
    doc.hline(40, 262, 715, 0.3)
    doc.rows(
        40,
        696,
        ["Gasthaus Zur Linde", "Inh. Petra Wiegand", "Lindenallee 4", "27711 Osterholz-Scharmbeck"],
        "DV",
        10,
        lead=13,
    )
    info = [
        ("Rechnungsnummer", no),
        ("Rechnungsdatum", date.strftime("%d.%m.%Y")),
        ("Lieferdatum", ddate.strftime("%d.%m.%Y")),
        ("Kundennummer", "40117"),
        ("Lieferschein", "LS-88412"),
        ("Ansprechpartner", "Herr Kröger"),
    ]
    y = 700
    for lab, val in info:
        doc.text(360, y, lab, "DV", 8.5, color=(0.3, 0.3, 0.3))
        doc.text(555, y, val, "DVB" if lab == "Rechnungsnummer" else "DV", 8.5, "r")
        y -= 12.5
    doc.text(40, 598, "Rechnung", "DVB", 16, color=(0.0, 0.32, 0.35))
    doc.text(
        40,
        578,
        "Sehr geehrte Frau Wiegand, für unsere Lieferung vom 20.02.2026 berechnen wir Ihnen:",
        "DV",
        9,
    )
    cols = [
        (24, "r", "Pos"),
        (48, "l", "Art.-Nr."),
        (205, "l", "Bezeichnung"),
        (36, "r", "Menge"),
        (34, "l", "Einh."),
        (60, "r", "Einzelpreis"),
        (38, "r", "USt"),
        (70, "r", "Gesamt €"),
    ]
    y = table(
        doc, 40, 552, cols, rows, "DV", 7.9, 15, "DVB", 7.9, head_fill=(0.86, 0.93, 0.93), grid=True
    )
    y -= 10
    sums = [
        ("Warenwert 19 %", m_de(base[19])),
        ("Warenwert 7 %", m_de(base[7])),
        ("Summe netto", m_de(net)),
        ("zzgl. 19 % USt", m_de(v19)),
        ("zzgl. 7 % USt", m_de(v7)),
    ]
    for lab, val in sums:
        doc.text(350, y, lab, "DV", 9)
        doc.text(552, y, val, "DV", 9, "r")
        y -= 13
    doc.hline(345, 555, y + 8, 0.8)
    y -= 6
    doc.text(350, y, "Rechnungsbetrag", "DVB", 10)
    doc.text(552, y, m_de(total) + " EUR", "DVB", 10, "r")
    doc.hline(345, 555, y - 5, 0.8)
    doc.hline(345, 555, y - 7, 0.8)
    y -= 34
    doc.rect(40, y - 42, 515, 54, fill=(0.95, 0.97, 0.97), stroke=(0.0, 0.42, 0.45))
    doc.text(48, y, "Zahlungsbedingungen", "DVB", 8.5)
    y = doc.para(
        48,
        y - 13,
        f"Bei Zahlung bis 05.03.2026 gewähren wir 2 % Skonto (Skontobetrag {m_de(sk)} EUR, Zahlbetrag {m_de(total - sk)} EUR). Ohne Abzug zahlbar bis {due.strftime('%d.%m.%Y')}. Bitte geben Sie bei Zahlung die Rechnungsnummer an.",
        "DV",
        8.5,
        495,
        11,
    )
    doc.text(40, 150, "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.", "DVI", 8)
    _footer_cols(
        doc,
        62,
        [
            [
                "Hansen & Brück Großhandel GmbH",
                "Hafenstraße 112, 28217 Bremen",
                "Geschäftsführer: Ole Hansen, Dirk Brück",
            ],
            [
                "Amtsgericht Bremen HRB 31877 HB",
                "USt-IdNr.: DE 284 119 506",
                "St.-Nr. 60 145 21873",
            ],
            ["Sparkasse Bremen", "IBAN DE61 2905 0101 0012 3456 78", "BIC SBREDE22XXX"],
        ],
    )
    t = truth(
        no,
        date,
        due,
        V,
        net,
        v19 + v7,
        total,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        items,
        f"Skonto offered, not taken: the 2 % discount ({m_de(sk)}) and the discounted payment ({m_de(total - sk)}) are printed; total = Rechnungsbetrag {m_de(total)}; due date = the net date 25.03.2026, not the skonto date.",
    )
    return doc.pdf(), t


def i02(rng):
    """AT joinery, Schlussrechnung deducting two advance invoices."""
    V = "Tischlerei Moser GmbH"
    no, date, due = "SR-2026-0042", d(2026, 3, 9), d(2026, 3, 23)
    lines = [
        ("Küchenkorpusse Eiche furniert, Unter-/Hängeschränke", 1, "pausch.", "8400.00"),
        ("Arbeitsplatte Eiche massiv 40 mm, inkl. Ausschnitte", 2, "Stk", "1150.00"),
        ("Montage und Anpassarbeiten vor Ort", 32, "Std", "68.00"),
        ("Einbau Elektrogeräte (bauseits beigestellt)", 1, "pausch.", "480.00"),
        ("Entsorgung Altküche", 1, "pausch.", "260.00"),
    ]
    rows, items, net = [], [], ZERO
    for k, (desc, qn, unit, price) in enumerate(lines, 1):
        amt = q(D(qn) * D(price))
        net += amt
        rows.append([f"{k:02d}", desc, f"{qn} {unit}", m_de(D(price)), m_de(amt)])
        items.append(item(desc, qn, price, amt))
    vat = pct(net, 20)
    total = net + vat
    adv = [
        ("AR-2025-118", d(2025, 11, 14), D("4000.00")),
        ("AR-2026-007", d(2026, 1, 19), D("3000.00")),
    ]
    doc = Doc(A4, f"Schlussrechnung {no}", V)
    doc.c.setFillColorRGB(0.45, 0.28, 0.12)
    doc.c.circle(62, 792, 22, fill=1, stroke=0)
    doc.text(62, 786, "M", "DVSB", 20, "c", (1, 1, 1))
    doc.text(94, 796, "TISCHLEREI MOSER", "DVSB", 16, color=(0.45, 0.28, 0.12))
    doc.text(94, 781, "Möbel · Küchen · Innenausbau — seit 1968", "DVSI", 8.5)
    doc.rows(
        555,
        800,
        ["Kärntner Straße 218", "8053 Graz", "T +43 316 27 41 90", "office@tischlerei-moser.at"],
        "DV",
        8,
        align="r",
    )
    doc.rows(
        40,
        716,
        ["Herrn und Frau", "DI Stefan und Carina Pichler", "Ragnitzstraße 77b", "8047 Graz"],
        "DV",
        10,
        lead=13,
    )
    doc.text(340, 716, "Schlussrechnung", "DVB", 15)
    kv = [
        ("Rechnungs-Nr.:", no),
        ("Datum:", "09.03.2026"),
        ("Auftrag:", "A-2025-311 vom 03.11.2025"),
        ("Leistungszeitraum:", "02.02.–27.02.2026"),
        ("Ihre UID:", "—"),
    ]
    y = 696
    for lab, val in kv:
        doc.text(340, y, lab, "DV", 8.5)
        doc.text(440, y, val, "DVB" if lab.startswith("Rechnungs") else "DV", 8.5)
        y -= 12
    doc.text(
        40,
        620,
        "Betreff: Einbauküche, Ragnitzstraße 77b — Schlussrechnung nach Fertigstellung",
        "DVB",
        9,
    )
    cols = [
        (26, "l", "Pos."),
        (270, "l", "Leistung"),
        (60, "r", "Menge"),
        (72, "r", "EP €"),
        (87, "r", "GP €"),
    ]
    y = table(doc, 40, 596, cols, rows, "DV", 8.3, 16, "DVB", 8.3, rule=True)
    y -= 8

    def row(lab, val, font="DV", size=9):
        nonlocal y
        doc.text(300, y, lab, font, size)
        doc.text(552, y, val, font, size, "r")
        y -= 13.5

    row("Gesamtleistung netto", m_de(net))
    row("zzgl. 20 % USt", m_de(vat))
    doc.hline(300, 555, y + 9, 0.6)
    row("Gesamtbetrag brutto", m_de(total), "DVB", 9.5)
    y -= 4
    paid = ZERO
    for ano, adate, anet in adv:
        avat = pct(anet, 20)
        doc.text(
            40,
            y,
            f"abzügl. Anzahlungsrechnung Nr. {ano} vom {adate.strftime('%d.%m.%Y')}",
            "DV",
            8.5,
        )
        doc.text(
            40,
            y - 11,
            f"netto {m_de(anet)} + 20 % USt {m_de(avat)}, bezahlt",
            "DV",
            7.5,
            color=(0.35, 0.35, 0.35),
        )
        doc.text(552, y, "- " + m_de(anet + avat), "DV", 9, "r")
        paid += anet + avat
        y -= 26
    doc.hline(300, 555, y + 10, 0.6)
    bal = total - paid
    doc.rect(296, y - 8, 259, 18, fill=(0.93, 0.9, 0.86), stroke=None)
    doc.text(300, y - 3, "Restbetrag zur Zahlung", "DVB", 10)
    doc.text(552, y - 3, "EUR " + m_de(bal), "DVB", 10, "r")
    y -= 34
    doc.text(
        40,
        y,
        f"In den Anzahlungen enthaltene USt: {m_de(pct(adv[0][2], 20) + pct(adv[1][2], 20))} EUR. Restbetrag enthält USt {m_de(vat - pct(adv[0][2], 20) - pct(adv[1][2], 20))} EUR.",
        "DV",
        8,
    )
    doc.text(
        40, y - 13, "Zahlbar bis 23.03.2026 ohne Abzug. Gewährleistung gemäß ÖNORM B 2110.", "DV", 8
    )
    _footer_cols(
        doc,
        64,
        [
            ["Tischlerei Moser GmbH", "FN 148823 k, LG f. ZRS Graz", "UID: ATU 41187725"],
            ["Steiermärkische Sparkasse", "IBAN AT47 2081 5000 0419 3882", "BIC STSPAT2GXXX"],
            ["Geschäftsführung:", "Ing. Franz Moser", "Mitglied der Innung Tischler Stmk."],
        ],
    )
    t = truth(
        no,
        date,
        due,
        V,
        net,
        vat,
        total,
        "EUR",
        "de-AT",
        "invoice",
        "invoice",
        items,
        f"Final invoice (Schlussrechnung): total = Gesamtbetrag brutto {m_de(total)} for the whole job; two advance invoices AR-2025-118 and AR-2026-007 (gross {m_de(paid)}) are deducted, Restbetrag {m_de(bal)} is the balance, not the total.",
    )
    return doc.pdf(), t


def i03(rng):
    """NL manufacturer, down-payment invoice of 30 % of the order, two pages."""
    V = "Van der Kolk Machinebouw B.V."
    no, date, due = "F2026-00318", d(2026, 2, 16), d(2026, 3, 2)
    order = [
        ("Transportband RVS 304, 6.000 × 600 mm", 2, "14250.00"),
        ("Frequentieregelaar 4 kW, IP55", 2, "1875.00"),
        ("Besturingskast met PLC en HMI", 1, "9400.00"),
        ("Montage en inbedrijfstelling", 1, "7000.00"),
    ]
    onet = sum(q(D(n) * D(p)) for _d, n, p in order)
    net = pct(onet, 30)
    vat = pct(net, 21)
    total = net + vat
    doc = Doc(A4, f"Factuur {no}", V)
    doc.rect(0, 772, 595, 70, fill=(0.09, 0.2, 0.38), stroke=None)
    doc.text(40, 800, "VAN DER KOLK", "DVB", 22, color=(1, 1, 1))
    doc.text(40, 784, "MACHINEBOUW", "DV", 10, color=(0.75, 0.85, 1))
    doc.rows(
        555,
        812,
        [
            "Kanaal Zuid 412, 7332 BD Apeldoorn",
            "+31 55 521 90 40 · administratie@vdkolk.nl",
            "KvK 08123457 · btw NL812345678B01",
        ],
        "DV",
        7.8,
        align="r",
        color=(1, 1, 1),
    )
    doc.text(40, 730, "AANBETALINGSFACTUUR", "DVB", 14, color=(0.09, 0.2, 0.38))
    doc.rows(
        40,
        706,
        [
            "Zuivelfabriek De Graafschap B.V.",
            "t.a.v. crediteurenadministratie",
            "Industrieweg 19",
            "7251 JT Vorden",
        ],
        "DV",
        9.5,
        lead=12.5,
    )
    kv = [
        ("Factuurnummer", no),
        ("Factuurdatum", "16-02-2026"),
        ("Vervaldatum", "02-03-2026"),
        ("Klantnummer", "D-1187"),
        ("Uw referentie", "PO 4500219913"),
    ]
    y = 706
    for lab, val in kv:
        doc.text(350, y, lab, "DV", 8.5, color=(0.35, 0.35, 0.35))
        doc.text(450, y, val, "DVB" if lab == "Factuurnummer" else "DV", 8.5)
        y -= 12.5
    doc.text(
        40,
        628,
        "Betreft: orderbevestiging OB-26-0412 d.d. 02-02-2026 — transportlijn verpakkingsafdeling",
        "DVB",
        8.8,
    )
    doc.text(
        40,
        610,
        "Overzicht opdracht (ter informatie, niet gefactureerd op deze factuur):",
        "DVI",
        8.3,
        color=(0.3, 0.3, 0.3),
    )
    rows = [[desc, str(n), m_de(D(p)), m_de(q(D(n) * D(p)))] for desc, n, p in order]
    rows.append([("Orderwaarde excl. btw", "DVB"), "", "", (m_de(onet), "DVB")])
    y = table(
        doc,
        40,
        590,
        [
            (285, "l", "Omschrijving"),
            (50, "r", "Aantal"),
            (85, "r", "Prijs"),
            (95, "r", "Bedrag €"),
        ],
        rows,
        "DV",
        8.3,
        14.5,
        "DVB",
        8.3,
        head_fill=(0.9, 0.93, 0.97),
        grid=True,
    )
    y -= 16
    doc.text(40, y, "Gefactureerd:", "DVB", 9)
    y -= 6
    y = table(
        doc,
        40,
        y - 12,
        [(335, "l", "Omschrijving"), (85, "r", "%"), (95, "r", "Bedrag €")],
        [["1e termijn: aanbetaling bij opdracht", "30%", m_de(net)]],
        "DV",
        9,
        15,
        "DVB",
        8.3,
        head_fill=(0.9, 0.93, 0.97),
    )
    y -= 10
    for lab, val, f in [
        ("Subtotaal excl. btw", m_de(net), "DV"),
        ("Btw 21%", m_de(vat), "DV"),
        ("Totaal te betalen", "€ " + m_de(total), "DVB"),
    ]:
        doc.text(360, y, lab, f, 9.5)
        doc.text(552, y, val, f, 9.5, "r")
        y -= 15
    y -= 10
    y = doc.para(
        40,
        y,
        f"Resterende termijnen volgens orderbevestiging: 2e termijn 60% bij levering, 3e termijn 10% na oplevering. Wij verzoeken u het bedrag van € {m_de(total)} vóór 02-03-2026 over te maken op NL42 RABO 0312 4456 78 o.v.v. {no}.",
        "DV",
        8.5,
        515,
        11.5,
    )
    doc.text(
        40,
        60,
        "Op al onze leveringen zijn de Metaalunievoorwaarden van toepassing (zie pagina 2).",
        "DVI",
        7.5,
    )
    doc.text(555, 60, "pagina 1 van 2", "DV", 7.5, "r")
    doc.page()
    doc.text(40, 800, "Van der Kolk Machinebouw B.V. — factuur F2026-00318 — vervolg", "DVB", 9)
    doc.text(40, 770, "Betalings- en leveringsvoorwaarden (uittreksel)", "DVB", 11)
    y = 748
    for k, para in enumerate(
        [
            "Betaling dient te geschieden binnen 14 dagen na factuurdatum, zonder korting of verrekening.",
            "Bij overschrijding van de betalingstermijn is de opdrachtgever de wettelijke handelsrente verschuldigd.",
            "Het eigendom van de geleverde zaken gaat pas over nadat alle termijnen volledig zijn voldaan.",
            "De aanbetaling wordt verrekend in de eindafrekening; op de eindfactuur wordt deze factuur vermeld met nummer en datum.",
            "Klachten over de factuur dienen binnen 8 dagen na factuurdatum schriftelijk te worden gemeld.",
        ],
        1,
    ):
        y = doc.para(40, y, f"{k}. {para}", "DV", 8.8, 500, 12) - 6
    _footer_cols(
        doc,
        64,
        [
            ["Van der Kolk Machinebouw B.V.", "Kanaal Zuid 412", "7332 BD Apeldoorn"],
            ["KvK 08123457", "Btw NL812345678B01", "EORI NL812345678"],
            ["Rabobank Apeldoorn", "IBAN NL42 RABO 0312 4456 78", "BIC RABONL2U"],
        ],
    )
    doc.text(555, 30, "pagina 2 van 2", "DV", 7.5, "r")
    items = [item("1e termijn: aanbetaling 30% van orderwaarde OB-26-0412", None, None, net)]
    t = truth(
        no,
        date,
        due,
        V,
        net,
        vat,
        total,
        "EUR",
        "nl-NL",
        "invoice",
        "invoice",
        items,
        f"Down-payment invoice: the order value {m_de(onet)} excl. btw is printed as information only; invoiced is 30 % = {m_de(net)} net; total = Totaal te betalen {m_de(total)}. Two pages.",
    )
    return doc.pdf(), t


def i04(rng):
    """US sign shop, partial payment received, balance due; sales tax on taxable lines only."""
    V = "Northbeam Signs & Print Co."
    no, date, due = "NB-20417", d(2026, 3, 4), d(2026, 4, 3)
    lines = [
        (
            'Full vehicle wrap, Ford Transit 148" high roof, cast vinyl + laminate',
            2,
            "2150.00",
            True,
        ),
        ("Vinyl banner 3' x 10', 13 oz, hemmed & grommeted", 6, "96.00", True),
        ('Aluminum composite yard signs 18" x 24"', 40, "11.75", True),
        ("Graphic design & proofing (hours)", 7.5, "85.00", False),
        ("Installation labor (hours)", 6, "70.00", False),
    ]
    rows, items, net, taxable = [], [], ZERO, ZERO
    for desc, qn, price, tx in lines:
        amt = q(D(str(qn)) * D(price))
        net += amt
        if tx:
            taxable += amt
        rows.append([desc, qty_s(qn), m_en(D(price)), "T" if tx else "", m_en(amt)])
        items.append(item(desc, qn, price, amt))
    tax = pct(taxable, "8.0")
    total = net + tax
    paid = D("2500.00")
    doc = Doc(letter, f"Invoice {no}", V)
    doc.c.setFillColorRGB(0.95, 0.55, 0.1)
    p = doc.c.beginPath()
    p.moveTo(40, 720)
    p.lineTo(70, 760)
    p.lineTo(100, 720)
    p.close()
    doc.c.drawPath(p, fill=1, stroke=0)
    doc.text(110, 738, "NORTHBEAM", "DVB", 22)
    doc.text(110, 724, "SIGNS & PRINT CO.", "DV", 9, color=(0.4, 0.4, 0.4))
    doc.rows(
        110,
        706,
        ["2281 Kenny Rd, Columbus, OH 43221", "(614) 555-0187 · billing@northbeamsigns.com"],
        "DV",
        8,
    )
    doc.text(572, 740, "INVOICE", "DVB", 24, "r", (0.95, 0.55, 0.1))
    kv = [
        ("Invoice #", no),
        ("Date", "03/04/2026"),
        ("Terms", "Net 30"),
        ("Due Date", "04/03/2026"),
        ("PO #", "OS-7719"),
    ]
    y = 718
    for lab, val in kv:
        doc.text(470, y, lab, "DVB", 8.5)
        doc.text(572, y, val, "DV", 8.5, "r")
        y -= 12
    doc.text(40, 640, "BILL TO", "DVB", 8.5, color=(0.95, 0.55, 0.1))
    doc.rows(
        40,
        626,
        [
            "Olentangy Plumbing & Heating LLC",
            "Attn: Dana Whitcomb",
            "4410 Sawmill Pkwy",
            "Powell, OH 43065",
        ],
        "DV",
        9.5,
        lead=12.5,
    )
    doc.text(320, 640, "JOB", "DVB", 8.5, color=(0.95, 0.55, 0.1))
    doc.rows(
        320,
        626,
        ["Fleet graphics refresh 2026", "Install at customer yard, 02/26/2026"],
        "DV",
        9.5,
        lead=12.5,
    )
    y = table(
        doc,
        40,
        560,
        [
            (282, "l", "DESCRIPTION"),
            (44, "r", "QTY"),
            (70, "r", "RATE"),
            (30, "c", "TX"),
            (106, "r", "AMOUNT"),
        ],
        rows,
        "DV",
        8.3,
        17,
        "DVB",
        8,
        head_fill=(0.15, 0.15, 0.15),
        head_color=(1, 1, 1),
        zebra=(0.95, 0.95, 0.95),
    )
    y -= 12
    summ = [
        ("Subtotal", m_en(net)),
        ("Taxable amount", m_en(taxable)),
        ("Sales tax (Franklin Co. 8.0%)", m_en(tax)),
        ("Invoice total", "$" + m_en(total)),
        ("Payment received 02/10/2026 (check #4471)", "-" + m_en(paid)),
    ]
    for lab, val in summ:
        bold = lab == "Invoice total"
        doc.text(300, y, lab, "DVB" if bold else "DV", 8.8, "l")
        doc.text(572, y, val, "DVB" if bold else "DV", 8.8, "r")
        y -= 14
    y -= 6
    doc.rect(362, y - 8, 212, 22, fill=(0.95, 0.55, 0.1), stroke=None)
    doc.text(370, y - 1, "BALANCE DUE", "DVB", 10.5, color=(1, 1, 1))
    doc.text(568, y - 1, "$" + m_en(total - paid), "DVB", 10.5, "r", (1, 1, 1))
    doc.text(40, y + 40, "T = taxable item. Design and installation", "DV", 8)
    doc.text(40, y + 28, "labor are not subject to Ohio sales tax.", "DV", 8)
    doc.rows(
        40,
        150,
        [
            "Please make checks payable to Northbeam Signs & Print Co.",
            "ACH: Huntington National Bank · Routing 044000024 · Acct ****6610",
            "A 1.5% monthly finance charge applies to balances past due.",
        ],
        "DV",
        8.3,
        lead=12,
    )
    doc.text(306, 60, "Thank you for your business!", "DVSI", 11, "c")
    t = truth(
        no,
        date,
        due,
        V,
        net,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items,
        f"Partial payment: total = Invoice total ${m_en(total)}; a deposit of ${m_en(paid)} already received is deducted, BALANCE DUE ${m_en(total - paid)} is not the total. Sales tax only on taxable lines; dates MM/DD/YYYY.",
    )
    return doc.pdf(), t


def i05(rng):
    """FR packaging maker, an earlier credit note (avoir) applied against the invoice."""
    V = "Delorme Emballages SAS"
    no, date, due = "FA-2026-01577", d(2026, 3, 12), d(2026, 4, 11)
    lines = [
        ("CAR-0420", "Caisse carton double cannelure 400×300×200", 1500, "0.842"),
        ("CAR-0610", "Caisse carton simple cannelure 600×400×400", 600, "1.365"),
        ("CAL-0050", "Calage papier kraft 50 m, rouleau", 24, "18.90"),
        ("ADH-0048", "Ruban adhésif PP brun 48 mm × 66 m", 144, "1.12"),
    ]
    rows, items, net = [], [], ZERO
    for ref, desc, qn, price in lines:
        amt = q(D(qn) * D(price))
        net += amt
        rows.append(
            [
                ref,
                desc,
                m_fr(D(qn)).replace(",00", ""),
                money(D(price), ",", " ")
                if len(price.split(".")[1]) == 2
                else price.replace(".", ","),
                m_fr(amt),
                "20 %",
            ]
        )
        items.append(item(desc, qn, price, amt))
    port = D("95.00")
    net += port
    rows.append(["PORT", "Participation aux frais de transport", "1", "95,00", "95,00", "20 %"])
    items.append(item("Participation aux frais de transport", 1, port, port))
    vat = pct(net, 20)
    total = net + vat
    avoir = D("-384.00")
    doc = Doc(A4, f"Facture {no}", V)
    doc.text(40, 790, "delorme", "DVSB", 28, color=(0.55, 0.1, 0.15))
    doc.text(40, 774, "EMBALLAGES · LYON DEPUIS 1987", "DV", 7.5, color=(0.4, 0.4, 0.4))
    doc.rows(40, 752, ["14 rue Jean Zay", "69800 Saint-Priest", "Tél. 04 72 28 61 90"], "DV", 8.3)
    doc.rect(330, 700, 225, 90, fill=None, stroke=(0.55, 0.1, 0.15), lw=0.8)
    doc.rows(
        340,
        774,
        [
            ("Brasserie des Monts d'Or SARL", "DVB", 9.5),
            "Service comptabilité",
            "7 chemin de la Fontaine",
            "69450 Saint-Cyr-au-Mont-d'Or",
            "N° TVA : FR 61 812 334 509",
        ],
        "DV",
        9,
        lead=12.5,
    )
    doc.text(40, 680, f"FACTURE N° {no}", "DVB", 15)
    doc.rows(
        40,
        660,
        [
            f"Date de facture : {date.strftime('%d/%m/%Y')}",
            "Date de livraison : 10/03/2026 — BL 26-03118",
            f"Échéance : {due.strftime('%d/%m/%Y')} (30 jours date de facture)",
            "Mode de règlement : virement",
        ],
        "DV",
        8.8,
        lead=12,
    )
    doc.rows(
        330,
        660,
        ["Code client : C0412", "Votre commande : BMO-2026-017", "Commercial : Julien Ferrand"],
        "DV",
        8.8,
        lead=12,
    )
    y = table(
        doc,
        40,
        596,
        [
            (60, "l", "Réf."),
            (205, "l", "Désignation"),
            (52, "r", "Qté"),
            (62, "r", "P.U. HT"),
            (82, "r", "Montant HT"),
            (54, "r", "TVA"),
        ],
        rows,
        "DV",
        8.2,
        15,
        "DVB",
        8.2,
        head_fill=(0.96, 0.9, 0.9),
        grid=True,
    )
    y -= 10
    for lab, val, f in [
        ("Total HT", m_fr(net), "DV"),
        ("TVA 20 %", m_fr(vat), "DV"),
        ("Total TTC", m_fr(total) + " €", "DVB"),
    ]:
        doc.text(360, y, lab, f, 9.5)
        doc.text(552, y, val, f, 9.5, "r")
        y -= 15
    doc.text(290, y, "Avoir n° AV-2026-0031 du 12/02/2026 déduit", "DV", 8.2)
    doc.text(552, y, m_fr(avoir), "DV", 9.5, "r")
    y -= 18
    doc.rect(355, y - 7, 200, 20, fill=(0.55, 0.1, 0.15), stroke=None)
    doc.text(362, y, "NET À PAYER", "DVB", 10, color=(1, 1, 1))
    doc.text(550, y, m_fr(total + avoir) + " €", "DVB", 10, "r", (1, 1, 1))
    y -= 36
    y = doc.para(
        40,
        y,
        "L'avoir AV-2026-0031 (retour de 400 caisses CAR-0420 défectueuses, 320,00 € HT + TVA 64,00 €) est imputé sur la présente facture.",
        "DV",
        8,
        300,
        10.5,
    )
    y = doc.para(
        40,
        y - 6,
        "Pas d'escompte pour paiement anticipé. En cas de retard de paiement : pénalités au taux de 3 fois le taux d'intérêt légal et indemnité forfaitaire pour frais de recouvrement de 40 €.",
        "DV",
        7.5,
        515,
        10,
    )
    _footer_cols(
        doc,
        58,
        [
            [
                "Delorme Emballages SAS au capital de 150 000 €",
                "SIRET 412 778 903 00029 — APE 1721A",
                "RCS Lyon B 412 778 903",
            ],
            [
                "TVA intracommunautaire FR 27 412778903",
                "IBAN FR76 1009 6180 5100 0712 3456 789",
                "BIC CMCIFRPP — CIC Lyon Entreprises",
            ],
        ],
        size=7,
    )
    t = truth(
        no,
        date,
        due,
        V,
        net,
        vat,
        total,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        items,
        f"A credit note AV-2026-0031 (-384,00) is applied: total = Total TTC {m_fr(total)}; NET À PAYER {m_fr(total + avoir)} is after the credit. Freight line included; French spaces as thousands separator.",
    )
    return doc.pdf(), t


def i06(rng):
    """BE beverage wholesale, bottle and crate deposit (leeggoed) outside the VAT base."""
    V = "Drankencentrale Peeters BV"
    no, date, due = "2026/0412", d(2026, 2, 27), d(2026, 3, 13)
    lines = [
        ("Stella Artois 25 cl bak 24", 15, "bak", "19.85"),
        ("Duvel 33 cl bak 24", 5, "bak", "37.40"),
        ("Spa Reine 1 l glas bak 6", 10, "bak", "6.15"),
        ("Coca-Cola 20 cl bak 24", 6, "bak", "17.90"),
        ("Cava Brut Reserva 75 cl doos 6", 2, "doos", "43.80"),
    ]
    rows, items, base = [], [], ZERO
    for desc, qn, unit, price in lines:
        amt = q(D(qn) * D(price))
        base += amt
        rows.append([desc, f"{qn} {unit}", m_de(D(price)), "21%", m_de(amt)])
        items.append(item(desc, qn, price, amt))
    dep = [
        ("Leeggoed bak 24 + flessen (3,90)", 26, "3.90"),
        ("Leeggoed bak 6 + flessen (2,40)", 10, "2.40"),
        ("Leeggoed retour bak 24", -20, "3.90"),
        ("Leeggoed retour bak 6", -6, "2.40"),
    ]
    depsum = ZERO
    drows = []
    for desc, qn, price in dep:
        amt = q(D(qn) * D(price))
        depsum += amt
        drows.append([desc, str(qn), m_de(D(price)), "—", m_de(amt)])
        items.append(item(desc, qn, price, amt))
    vat = pct(base, 21)
    net = base + depsum
    total = net + vat
    doc = Doc(A4, f"Factuur {no}", V)
    doc.rect(40, 760, 515, 50, fill=(0.92, 0.72, 0.1), stroke=None)
    doc.text(52, 780, "PEETERS", "DVB", 24, color=(0.15, 0.1, 0.0))
    doc.text(190, 790, "DRANKENCENTRALE", "DV", 9, color=(0.15, 0.1, 0.0))
    doc.text(190, 778, "horeca · particulieren · evenementen", "DVI", 8, color=(0.15, 0.1, 0.0))
    doc.rows(
        548,
        798,
        ["Battelsesteenweg 301", "2800 Mechelen", "015 41 22 87"],
        "DV",
        7.8,
        align="r",
        color=(0.15, 0.1, 0.0),
    )
    doc.text(40, 724, "FACTUUR", "DVB", 14)
    doc.rows(
        40,
        704,
        [
            f"Nummer: {no}",
            "Datum: 27/02/2026",
            "Vervaldag: 13/03/2026",
            "Klant: 10288 — route 4 (donderdag)",
        ],
        "DV",
        8.8,
        lead=12,
    )
    doc.rows(
        330,
        724,
        [
            ("Café De Zwaan", "DVB", 10),
            "Bvba Van Loock-Claes",
            "Grote Markt 12",
            "2800 Mechelen",
            "BTW BE 0456.772.109",
        ],
        "DV",
        9.5,
        lead=12.5,
    )
    cols = [
        (255, "l", "Artikel"),
        (60, "r", "Aantal"),
        (70, "r", "Prijs"),
        (45, "r", "BTW"),
        (85, "r", "Totaal"),
    ]
    y = table(doc, 40, 630, cols, rows, "DV", 8.4, 14.5, "DVB", 8.4, head_fill=(0.97, 0.92, 0.75))
    y -= 6
    doc.text(40, y, "Leeggoed (niet onderworpen aan BTW)", "DVB", 8.6)
    y = table(
        doc,
        40,
        y - 16,
        [(255, "l", ""), (60, "r", ""), (70, "r", ""), (45, "r", ""), (85, "r", "")],
        drows,
        "DV",
        8.4,
        14.5,
        rule=False,
    )
    doc.hline(40, 555, y + 8, 0.6)
    y -= 10
    vrows = [["21%", m_de(base), m_de(vat)], ["niet onderw.", m_de(depsum), "0,00"]]
    yy = table(
        doc,
        40,
        y,
        [(80, "l", "BTW-tarief"), (90, "r", "Maatstaf"), (80, "r", "BTW")],
        vrows,
        "DV",
        8.4,
        14,
        "DVB",
        8.4,
    )
    for lab, val, f in [
        ("Totaal dranken excl. BTW", m_de(base), "DV"),
        ("Leeggoed saldo", m_de(depsum), "DV"),
        ("Totaal excl. BTW", m_de(net), "DV"),
        ("BTW 21%", m_de(vat), "DV"),
        ("Te betalen", "€ " + m_de(total), "DVB"),
    ]:
        doc.text(350, y, lab, f, 9)
        doc.text(552, y, val, f, 9, "r")
        y -= 14
    y = min(y, yy) - 24
    doc.text(
        40,
        y,
        "Gelieve te betalen op BE71 0961 2345 6769 met gestructureerde mededeling +++412/0260/27412+++",
        "DV",
        8.3,
    )
    doc.text(
        40,
        y - 12,
        "Leeggoed wordt teruggenomen aan de aangerekende prijs bij de volgende levering.",
        "DV",
        8.3,
    )
    _footer_cols(
        doc,
        60,
        [
            [
                "Drankencentrale Peeters BV",
                "Ondernemingsnr. 0438.119.725",
                "RPR Antwerpen, afdeling Mechelen",
            ],
            ["BTW BE 0438.119.725", "KBC BE71 0961 2345 6769", "BIC GKCCBEBB"],
        ],
    )
    t = truth(
        no,
        date,
        due,
        V,
        net,
        vat,
        total,
        "EUR",
        "nl-BE",
        "invoice",
        "invoice",
        items,
        f"Bottle and crate deposit (leeggoed) outside the VAT base, net of returned crates ({m_de(depsum)}); amount = Totaal excl. BTW {m_de(net)} including the deposit; VAT only on drinks; total = Te betalen {m_de(total)}.",
    )
    return doc.pdf(), t


def i07(rng):
    """IT engineer, cassa previdenziale + IVA, ritenuta d'acconto withheld (image-only PDF)."""
    V = "STUDIO TECNICO BELLANDI"
    no, date, due = "14/2026", d(2026, 3, 2), d(2026, 4, 1)
    lines = [
        ("Progettazione impianto di climatizzazione, sede di via Moretto", "1800.00"),
        ("Direzione lavori e contabilità, febbraio 2026", "600.00"),
    ]
    fee = sum(D(p) for _d, p in lines)
    cassa = pct(fee, 4)
    net = fee + cassa
    vat = pct(net, 22)
    total = net + vat
    rit = pct(fee, 20)
    doc = Doc(A4, f"Fattura {no}", V)
    doc.text(297, 790, "STUDIO TECNICO BELLANDI", "DVSB", 17, "c")
    doc.text(297, 774, "Ing. Marco Bellandi — Ingegneria impiantistica", "DVSI", 9.5, "c")
    doc.text(
        297,
        760,
        "Via Gramsci 41 · 25122 Brescia · tel. 030 377 1924 · PEC m.bellandi@ingpec.eu",
        "DV",
        7.8,
        "c",
    )
    doc.text(
        297,
        749,
        "P. IVA 03817260984 · C.F. BLLMRC78C14B157K · Iscritto Ordine Ingegneri di Brescia n. A4471",
        "DV",
        7.8,
        "c",
    )
    doc.hline(40, 555, 740, 1.0)
    doc.rows(
        330,
        712,
        [
            "Spett.le",
            ("Termoidraulica Franzoni S.r.l.", "DVB", 10),
            "Via Moretto 88",
            "25121 Brescia (BS)",
            "P. IVA 02266190171",
            "Cod. destinatario: M5UXCR1",
        ],
        "DV",
        9.5,
        lead=12.5,
    )
    doc.rows(
        40,
        712,
        [
            ("FATTURA", "DVB", 14),
            f"n. {no}",
            "del 02/03/2026",
            "",
            "Tipo documento: TD01",
            "(copia di cortesia — originale",
            "trasmesso tramite SdI)",
        ],
        "DV",
        9.5,
        lead=12.5,
    )
    rows = [[desc, "1", m_de(D(p)), m_de(D(p))] for desc, p in lines]
    y = table(
        doc,
        40,
        600,
        [(300, "l", "Descrizione"), (40, "r", "Q.tà"), (80, "r", "Prezzo"), (95, "r", "Importo €")],
        rows,
        "DV",
        8.6,
        16,
        "DVB",
        8.6,
        grid=True,
    )
    y -= 14
    calc = [
        ("Totale onorari", m_de(fee)),
        ("Contributo integrativo Inarcassa 4%", m_de(cassa)),
        ("Imponibile IVA", m_de(net)),
        ("IVA 22%", m_de(vat)),
        ("Totale fattura", m_de(total)),
        ("Ritenuta d'acconto 20% su " + m_de(fee), "-" + m_de(rit)),
    ]
    for lab, val in calc:
        bold = lab in ("Totale fattura",)
        doc.text(300, y, lab, "DVB" if bold else "DV", 9)
        doc.text(552, y, val, "DVB" if bold else "DV", 9, "r")
        y -= 14
    doc.hline(300, 555, y + 9, 0.8)
    doc.text(300, y - 3, "NETTO A PAGARE", "DVB", 10.5)
    doc.text(552, y - 3, "€ " + m_de(total - rit), "DVB", 10.5, "r")
    y -= 40
    doc.rows(
        40,
        y,
        [
            "Modalità di pagamento: bonifico bancario a 30 giorni data fattura, scadenza 01/04/2026",
            "IBAN IT60 X054 2811 1010 0000 0123 456 — Banca Valsabbina",
            "La ritenuta d'acconto sarà versata dal committente entro il 16 del mese successivo al pagamento.",
        ],
        "DV",
        8.3,
        lead=12,
    )
    doc.text(
        40,
        80,
        "Operazione soggetta a ritenuta d'acconto ai sensi dell'art. 25 DPR 600/1973.",
        "DVI",
        7.8,
    )
    items = [item(desc, 1, p, p) for desc, p in lines] + [
        item("Contributo integrativo Inarcassa 4%", None, None, cassa)
    ]
    t = truth(
        no,
        date,
        due,
        V,
        net,
        vat,
        total,
        "EUR",
        "it-IT",
        "invoice",
        "invoice",
        items,
        f"Withholding tax: total = Totale fattura {m_de(total)} (Imponibile incl. 4 % cassa + IVA); the ritenuta d'acconto -{m_de(rit)} is deducted to NETTO A PAGARE {m_de(total - rit)}, which is not the total. Image-only PDF.",
    )
    return doc.pdf(), t


def i08(rng):
    """PL electrical wholesale, line discounts and an extra invoice-level discount."""
    V = "Hurtownia Elektryczna Volt-Mar Sp. z o.o."
    no, date, due = "FV/0213/02/2026", d(2026, 2, 18), d(2026, 3, 4)
    lines = [
        ("Przewód YDYp 3x2,5 750V, krążek 100 m", 8, "szt.", "289.00", 12),
        ("Rozdzielnica natynkowa 3x12 IP65", 4, "szt.", "214.50", 8),
        ("Wyłącznik nadprądowy B16 1P 6kA", 36, "szt.", "13.90", 15),
        ("Wyłącznik różnicowoprądowy 40A 30mA 4P", 6, "szt.", "142.00", 10),
        ("Oprawa LED hermetyczna 36W 4000K", 24, "szt.", "58.40", 5),
        ("Korytko kablowe perforowane 100x60, 3 m", 20, "szt.", "31.80", 0),
    ]
    rows, items, sub = [], [], ZERO
    for k, (desc, qn, unit, price, disc) in enumerate(lines, 1):
        pr = D(price)
        after = q(pr * (100 - D(disc)) / 100)
        amt = q(D(qn) * after)
        sub += amt
        rows.append([str(k), desc, str(qn), unit, m_de(pr), f"{disc}%", m_de(after), m_de(amt)])
        items.append(item(desc, qn, after, amt))
    extra = -pct(sub, 3)
    net = sub + extra
    vat = pct(net, 23)
    total = net + vat
    doc = Doc(A4, f"Faktura {no}", V)
    doc.rect(40, 770, 8, 44, fill=(0.85, 0.1, 0.1), stroke=None)
    doc.text(56, 796, "VOLT-MAR", "DVCB", 22, color=(0.1, 0.1, 0.1))
    doc.text(56, 780, "hurtownia elektryczna", "DVC", 9, color=(0.5, 0.5, 0.5))
    doc.rows(
        555, 806, [("Faktura VAT", "DVB", 13), f"nr {no}", "ORYGINAŁ"], "DV", 9, lead=14, align="r"
    )
    doc.rows(
        380,
        756,
        [
            "Miejsce wystawienia: Poznań",
            "Data wystawienia: 18.02.2026",
            "Data sprzedaży: 17.02.2026",
        ],
        "DV",
        8.3,
        lead=11.5,
    )
    doc.text(40, 720, "Sprzedawca", "DVB", 8.5, color=(0.85, 0.1, 0.1))
    doc.rows(
        40,
        706,
        [
            "Hurtownia Elektryczna Volt-Mar Sp. z o.o.",
            "ul. Głogowska 262",
            "60-104 Poznań",
            "NIP 779-241-18-63",
        ],
        "DV",
        8.8,
        lead=11.5,
    )
    doc.text(310, 720, "Nabywca", "DVB", 8.5, color=(0.85, 0.1, 0.1))
    doc.rows(
        310,
        706,
        [
            "ELEKTRO-SERWIS Tomasz Wiśniewski",
            "ul. Dworcowa 14/2",
            "62-020 Swarzędz",
            "NIP 777-312-44-90",
        ],
        "DV",
        8.8,
        lead=11.5,
    )
    cols = [
        (20, "r", "Lp."),
        (178, "l", "Nazwa towaru"),
        (32, "r", "Ilość"),
        (26, "l", "J.m."),
        (55, "r", "Cena netto"),
        (40, "r", "Rabat"),
        (64, "r", "Cena po rab."),
        (100, "r", "Wartość netto"),
    ]
    y = table(
        doc,
        40,
        640,
        cols,
        rows,
        "DVC",
        7.8,
        15,
        "DVCB",
        7.6,
        head_fill=(0.93, 0.93, 0.93),
        grid=True,
    )
    y -= 8
    for lab, val in [
        ("Wartość netto po rabatach pozycji", m_de(sub)),
        ("Rabat dodatkowy 3% (zamówienie hurtowe)", m_de(extra)),
        ("Razem netto", m_de(net)),
    ]:
        doc.text(280, y, lab, "DV", 8.6)
        doc.text(552, y, val, "DV", 8.6, "r")
        y -= 13
    y -= 4
    y = table(
        doc,
        280,
        y,
        [(65, "l", "Stawka"), (70, "r", "Netto"), (60, "r", "VAT"), (80, "r", "Brutto")],
        [
            ["23%", m_de(net), m_de(vat), m_de(total)],
            [("Razem", "DVB"), (m_de(net), "DVB"), (m_de(vat), "DVB"), (m_de(total), "DVB")],
        ],
        "DV",
        8.6,
        14,
        "DVB",
        8.4,
        grid=True,
    )
    y -= 10
    doc.rect(280, y - 7, 275, 22, fill=(0.85, 0.1, 0.1), stroke=None)
    doc.text(288, y, "Do zapłaty:", "DVB", 11, color=(1, 1, 1))
    doc.text(548, y, m_de(total) + " PLN", "DVB", 11, "r", (1, 1, 1))
    y -= 30
    doc.rows(
        40,
        y,
        [
            "Sposób płatności: przelew, termin płatności: 04.03.2026 (14 dni)",
            "Nr rachunku: 61 1090 1362 0000 0000 3612 7788 (Santander Bank Polska)",
            "Mechanizm podzielonej płatności: nie dotyczy",
        ],
        "DV",
        8.3,
        lead=12,
    )
    doc.hline(60, 230, 110, 0.5)
    doc.hline(365, 535, 110, 0.5)
    doc.text(145, 100, "Osoba upoważniona do odbioru", "DV", 7, "c")
    doc.text(450, 100, "Osoba upoważniona do wystawienia", "DV", 7, "c")
    doc.text(450, 116, "Agnieszka Nowak", "DVI", 9, "c")
    doc.text(
        297,
        50,
        "Volt-Mar Sp. z o.o. · KRS 0000418822 · Sąd Rejonowy Poznań-Nowe Miasto i Wilda · kapitał zakładowy 200 000 zł",
        "DV",
        6.8,
        "c",
    )
    items.append(item("Rabat dodatkowy 3%", None, None, extra))
    t = truth(
        no,
        date,
        due,
        V,
        net,
        vat,
        total,
        "PLN",
        "pl-PL",
        "invoice",
        "invoice",
        items,
        f"Line discounts (Rabat column, prices after discount) plus a 3 % invoice-level discount {m_de(extra)}; amount = Razem netto {m_de(net)}; total = Do zapłaty / Brutto {m_de(total)}.",
    )
    return doc.pdf(), t


def i09(rng):
    """CZ metalwork, freight and packaging charged, rounding to whole crowns."""
    V = "Kovovýroba Hrubý s.r.o."
    no, date, due = "2026010342", d(2026, 3, 5), d(2026, 3, 19)
    lines = [
        ("Držák ložiska DL-40, ocel S235, žárový zinek", 120, "ks", "86.50"),
        ("Příruba PF-110 obrobená dle výkr. 1187", 40, "ks", "212.00"),
        ("Svařenec rámu SR-2 dle výkresu 2291", 6, "ks", "3450.00"),
        ("Doprava PPL – 2 palety", 1, "ks", "890.00"),
        ("Balné (EUR paleta, stretch fólie)", 1, "ks", "240.00"),
    ]
    rows, items, net = [], [], ZERO
    for desc, qn, unit, price in lines:
        amt = q(D(qn) * D(price))
        net += amt
        rows.append(
            [
                desc,
                f"{qn} {unit}",
                m_fr(D(price)),
                "21 %",
                m_fr(amt),
                m_fr(pct(amt, 21)),
                m_fr(amt + pct(amt, 21)),
            ]
        )
        items.append(item(desc, qn, price, amt))
    vat = pct(net, 21)
    raw = net + vat
    total = raw.quantize(D("1"), ROUND_HALF_UP)
    rnd = total - raw
    doc = Doc(A4, f"Faktura {no}", V)
    doc.text(40, 800, "FAKTURA – DAŇOVÝ DOKLAD", "DVB", 14)
    doc.text(555, 800, f"č. {no}", "DVB", 14, "r")
    doc.hline(40, 555, 792, 1.2)
    doc.rect(40, 660, 255, 122, stroke=(0, 0, 0), lw=0.6)
    doc.rect(300, 660, 255, 122, stroke=(0, 0, 0), lw=0.6)
    doc.rows(
        46,
        770,
        [
            ("Dodavatel:", "DVB", 8),
            ("Kovovýroba Hrubý s.r.o.", "DVB", 10),
            "Vizovická 1540",
            "760 01 Zlín",
            "IČO: 26941228   DIČ: CZ26941228",
            "Zapsáno v OR u KS v Brně, oddíl C, vložka 44871",
            "Bankovní spojení: 2400718835/2010 (Fio banka)",
        ],
        "DV",
        8.4,
        lead=12.5,
    )
    doc.rows(
        306,
        770,
        [
            ("Odběratel:", "DVB", 8),
            ("STROJTECH MORAVIA a.s.", "DVB", 10),
            "Hulínská 2286/3",
            "767 01 Kroměříž",
            "IČO: 46347879   DIČ: CZ46347879",
            "",
            "Objednávka č.: OBJ-26-0211",
        ],
        "DV",
        8.4,
        lead=12.5,
    )
    kv = [
        ("Datum vystavení:", "05.03.2026"),
        ("Datum uskutečnění zdanitelného plnění:", "05.03.2026"),
        ("Datum splatnosti:", "19.03.2026"),
        ("Forma úhrady:", "převodem"),
        ("Variabilní symbol:", no),
        ("Konstantní symbol:", "0308"),
    ]
    y = 640
    for k, (lab, val) in enumerate(kv):
        x = 40 if k % 2 == 0 else 300
        doc.text(x, y, lab, "DV", 8.3)
        doc.text(x + 250, y, val, "DVB", 8.3, "r")
        if k % 2 == 1:
            y -= 13
    cols = [
        (178, "l", "Označení dodávky"),
        (42, "r", "Množství"),
        (60, "r", "J. cena"),
        (34, "r", "DPH"),
        (65, "r", "Bez DPH"),
        (58, "r", "DPH"),
        (78, "r", "Celkem"),
    ]
    y = table(
        doc,
        40,
        y - 16,
        cols,
        rows,
        "DVC",
        7.8,
        15,
        "DVCB",
        7.8,
        head_fill=(0.88, 0.88, 0.88),
        grid=True,
    )
    y -= 10
    y = table(
        doc,
        40,
        y,
        [(80, "l", "Sazba DPH"), (90, "r", "Základ"), (80, "r", "DPH"), (90, "r", "Celkem")],
        [
            ["21 %", m_fr(net), m_fr(vat), m_fr(raw)],
            ["12 %", "0,00", "0,00", "0,00"],
            ["0 %", "0,00", "0,00", "0,00"],
        ],
        "DV",
        8.3,
        13,
        "DVB",
        8.3,
    )
    y -= 6
    for lab, val, f in [
        ("Celkem bez DPH", m_fr(net) + " Kč", "DV"),
        ("DPH 21 %", m_fr(vat) + " Kč", "DV"),
        ("Zaokrouhlení", m_fr(rnd) + " Kč", "DV"),
    ]:
        doc.text(340, y, lab, f, 9)
        doc.text(552, y, val, f, 9, "r")
        y -= 14
    y -= 6
    doc.rect(336, y - 8, 219, 22, fill=(0.85, 0.85, 0.85), stroke=(0, 0, 0))
    doc.text(342, y - 1, "Celkem k úhradě", "DVB", 11)
    doc.text(550, y - 1, m_fr(total) + " Kč", "DVB", 11, "r")
    doc.qr(40, y - 40, 70, no)
    doc.text(118, y - 4, "QR Platba", "DV", 7)
    doc.text(
        40, 110, "Vystavil: Ing. Lucie Hrubá, tel. 577 101 244, fakturace@kovo-hruby.cz", "DV", 8
    )
    doc.text(40, 96, "Převzal:", "DV", 8)
    doc.hline(80, 230, 96, 0.4)
    items = items
    t = truth(
        no,
        date,
        due,
        V,
        net,
        vat,
        total,
        "CZK",
        "cs-CZ",
        "invoice",
        "invoice",
        items,
        f"Freight (Doprava) and packaging (Balné) charged as taxable lines; rounding to whole crowns {m_fr(rnd)}; total = Celkem k úhradě {m_fr(total)} Kč (the VAT recap prints the unrounded {m_fr(raw)}).",
        rounding=rnd,
    )
    return doc.pdf(), t


def i10(rng):
    """ES food wholesale, three IVA rates with a summary table, two pages."""
    V = "Ebro Distribuciones Alimentarias, S.L."
    no, date, due = "A-2026/000871", d(2026, 2, 25), d(2026, 3, 27)
    lines = [
        ("Pan de molde familiar 800 g", 12, "1.45", 4),
        ("Leche entera brik 1 l (caja 6)", 10, "5.34", 4),
        ("Huevos L, estuche 30 ud.", 8, "6.90", 4),
        ("Queso manchego semicurado kg", "4.250", "13.80", 4),
        ("Tomate pera kg", "18.500", "1.65", 4),
        ("Patata agria saco 10 kg", 5, "7.20", 4),
        ("Naranja de zumo kg", 25, "0.98", 4),
        ("Harina de trigo 1 kg", 10, "0.79", 4),
        ("Aceite de oliva virgen extra 5 l", 4, "36.50", 10),
        ("Ternasco de Aragón IGP kg", "9.400", "14.95", 10),
        ("Merluza fresca kg", "6.200", "11.40", 10),
        ("Atún en aceite lata 900 g", 6, "9.85", 10),
        ("Arroz bomba 1 kg", 8, "3.60", 10),
        ("Café molido natural 1 kg", 4, "12.40", 10),
        ("Azúcar blanco 1 kg", 10, "1.09", 10),
        ("Agua mineral 1,5 l (pack 6)", 12, "2.10", 10),
        ("Vino tinto D.O. Cariñena crianza 75 cl", 24, "4.35", 21),
        ("Cerveza lata 33 cl (pack 24)", 4, "15.60", 21),
        ("Refresco cola 2 l", 12, "1.38", 21),
        ("Lavavajillas máquina 20 kg", 2, "38.90", 21),
        ("Servilletas papel 40x40 (caja 1200)", 3, "24.70", 21),
        ("Film transparente 300 m", 2, "11.25", 21),
        ("Bolsas basura 85x105 (rollo 10)", 10, "2.35", 21),
        ("Desengrasante cocina 5 l", 3, "9.80", 21),
        ("Guantes nitrilo talla M (caja 100)", 4, "6.45", 21),
    ]
    base = {4: ZERO, 10: ZERO, 21: ZERO}
    rows, items = [], []
    for k, (desc, qn, price, rate) in enumerate(lines, 1):
        amt = q(D(str(qn)) * D(price))
        base[rate] += amt
        qs = str(qn).replace(".", ",") if isinstance(qn, str) else str(qn)
        rows.append([f"{k:03d}", desc, qs, m_de(D(price)), f"{rate}%", m_de(amt)])
        items.append(item(desc, qn, price, amt))
    cuota = {r: pct(b, r) for r, b in base.items()}
    net = sum(base.values())
    vat = sum(cuota.values())
    total = net + vat
    doc = Doc(A4, f"Factura {no}", V)

    def head(pg):
        doc.rect(40, 770, 515, 45, fill=(0.0, 0.38, 0.2), stroke=None)
        doc.text(52, 792, "EBRO", "DVB", 22, color=(1, 1, 1))
        doc.text(52, 779, "DISTRIBUCIONES ALIMENTARIAS", "DV", 7.5, color=(0.85, 1, 0.85))
        doc.rows(
            548,
            802,
            [
                "Pol. Ind. Malpica, calle E, nave 14",
                "50016 Zaragoza · CIF B50298741",
                "Tel. 976 57 12 40 · pedidos@ebrodistri.es",
            ],
            "DV",
            7.8,
            align="r",
            color=(1, 1, 1),
        )
        doc.text(40, 752, f"FACTURA {no}", "DVB", 11)
        doc.text(555, 752, f"Página {pg} de 2", "DV", 8, "r")

    head(1)
    doc.rows(
        40,
        732,
        [
            "Fecha factura: 25/02/2026",
            "Fecha entrega: 24/02/2026",
            "Albarán: ALB-26-04418",
            "Forma de pago: recibo domiciliado 30 días",
            "Vencimiento: 27/03/2026",
        ],
        "DV",
        8.5,
        lead=11.5,
    )
    doc.rect(320, 668, 235, 74, stroke=(0.0, 0.38, 0.2))
    doc.rows(
        328,
        730,
        [
            ("CLIENTE 2291", "DVB", 7.5),
            ("Restaurante El Cierzo, S.L.", "DVB", 9.5),
            "C/ Predicadores 63",
            "50003 Zaragoza",
            "CIF B99311284",
        ],
        "DV",
        8.8,
        lead=11.5,
    )
    cols = [
        (30, "l", "Lín."),
        (245, "l", "Artículo"),
        (55, "r", "Cant."),
        (60, "r", "Precio"),
        (45, "r", "IVA"),
        (80, "r", "Importe"),
    ]
    first = rows[:17]
    y = table(
        doc,
        40,
        640,
        cols,
        first,
        "DV",
        8.3,
        15.5,
        "DVB",
        8.3,
        head_fill=(0.88, 0.95, 0.9),
        grid=True,
    )
    s1 = sum(D(str(i["amount"])) for i in items[:17])
    doc.text(400, y - 4, "Suma y sigue", "DVI", 9)
    doc.text(552, y - 4, m_de(s1), "DVB", 9, "r")
    doc.text(
        40,
        60,
        "Ebro Distribuciones Alimentarias, S.L. — Inscrita en el Registro Mercantil de Zaragoza, tomo 4128, folio 77, hoja Z-61882",
        "DV",
        6.6,
    )
    doc.page()
    head(2)
    doc.text(400, 732, "Suma anterior", "DVI", 9)
    doc.text(552, 732, m_de(s1), "DV", 9, "r")
    y = table(
        doc,
        40,
        710,
        cols,
        [[str(c) for c in r] for r in rows[17:]],
        "DV",
        8.3,
        15.5,
        "DVB",
        8.3,
        head_fill=(0.88, 0.95, 0.9),
        grid=True,
    )
    y -= 14
    srows = [
        [f"{r}%", m_de(base[r]), m_de(cuota[r]), m_de(base[r] + cuota[r])] for r in (4, 10, 21)
    ]
    srows.append([("Total", "DVB"), (m_de(net), "DVB"), (m_de(vat), "DVB"), (m_de(total), "DVB")])
    y = table(
        doc,
        40,
        y,
        [
            (70, "l", "Tipo IVA"),
            (100, "r", "Base imponible"),
            (90, "r", "Cuota IVA"),
            (95, "r", "Total"),
        ],
        srows,
        "DV",
        8.8,
        15,
        "DVB",
        8.5,
        head_fill=(0.88, 0.95, 0.9),
        grid=True,
    )
    y -= 8
    doc.rect(360, y - 10, 195, 26, fill=(0.0, 0.38, 0.2), stroke=None)
    doc.text(368, y - 1, "TOTAL FACTURA", "DVB", 10.5, color=(1, 1, 1))
    doc.text(548, y - 1, m_de(total) + " €", "DVB", 10.5, "r", (1, 1, 1))
    y -= 40
    doc.rows(
        40,
        y,
        [
            "Se cargará en la cuenta ES91 2085 0138 21 0330183214 con vencimiento 27/03/2026.",
            "Conforme al Reglamento (UE) 2016/679, sus datos se tratan para la gestión de la relación comercial.",
        ],
        "DV",
        8,
        lead=11.5,
    )
    doc.text(
        40,
        60,
        "Ebro Distribuciones Alimentarias, S.L. — Inscrita en el Registro Mercantil de Zaragoza, tomo 4128, folio 77, hoja Z-61882",
        "DV",
        6.6,
    )
    t = truth(
        no,
        date,
        due,
        V,
        net,
        vat,
        total,
        "EUR",
        "es-ES",
        "invoice",
        "invoice",
        items,
        f"Three IVA rates (4/10/21 %) with a summary table on page 2; the line table breaks across pages with 'Suma y sigue' {m_de(s1)} (a page subtotal, not the total); total = TOTAL FACTURA {m_de(total)}.",
    )
    return doc.pdf(), t


def i11(rng):
    """IE software company, reverse-charge B2B invoice to Germany, VAT 0.00."""
    V = "Cloudmere Software Limited"
    no, date, due = "CM-INV-2026-0588", d(2026, 3, 20), d(2026, 4, 19)
    lines = [
        (
            "Fleetwise Platform — Enterprise licence, 12 months (01/04/2026–31/03/2027)",
            1,
            "18600.00",
        ),
        ("Additional named user seats, 12 months", 25, "96.00"),
        ("Multi-year commitment discount (10% of licence)", 1, "-1860.00"),
        ("Onboarding & data migration, fixed fee", 1, "3500.00"),
    ]
    rows, items, net = [], [], ZERO
    for desc, qn, price in lines:
        amt = q(D(qn) * D(price))
        net += amt
        rows.append([desc, str(qn), m_en(D(price)), m_en(amt)])
        items.append(item(desc, qn, price, amt))
    vat = ZERO
    total = net
    doc = Doc(A4, f"Invoice {no}", V)
    doc.c.setFillColorRGB(0.32, 0.2, 0.6)
    doc.c.circle(56, 792, 14, fill=1, stroke=0)
    doc.c.setFillColorRGB(0.55, 0.45, 0.85)
    doc.c.circle(72, 792, 14, fill=1, stroke=0)
    doc.text(96, 786, "cloudmere", "DVB", 20, color=(0.32, 0.2, 0.6))
    doc.rows(
        555,
        800,
        [
            "Cloudmere Software Limited",
            "Block C, Grand Canal Quay",
            "Dublin 2, D02 X576, Ireland",
            "VAT IE 3318842QH",
        ],
        "DV",
        8,
        align="r",
    )
    doc.text(40, 730, "Invoice", "DVX", 28)
    kv = [
        ("Invoice number", no),
        ("Issue date", "20 March 2026"),
        ("Due date", "19 April 2026"),
        ("Customer PO", "4700031552"),
    ]
    y = 700
    for lab, val in kv:
        doc.text(40, y, lab, "DV", 8.5, color=(0.45, 0.45, 0.45))
        doc.text(140, y, val, "DVB" if lab == "Invoice number" else "DV", 8.5)
        y -= 13
    doc.text(330, 712, "Billed to", "DV", 8.5, color=(0.45, 0.45, 0.45))
    doc.rows(
        330,
        698,
        [
            ("Brandt Logistik GmbH", "DVB", 9.5),
            "Accounts Payable",
            "Am Sandtorkai 41",
            "20457 Hamburg, Germany",
            "VAT DE 318 447 920",
        ],
        "DV",
        9,
        lead=12,
    )
    y = table(
        doc,
        40,
        600,
        [
            (300, "l", "Description"),
            (45, "r", "Qty"),
            (80, "r", "Unit price"),
            (90, "r", "Amount (EUR)"),
        ],
        rows,
        "DV",
        8.4,
        18,
        "DVB",
        8.4,
        grid=True,
    )
    y -= 8
    for lab, val, f in [
        ("Subtotal", m_en(net), "DV"),
        ("VAT 0% (reverse charge)", m_en(vat), "DV"),
        ("Total due (EUR)", "€" + m_en(total), "DVB"),
    ]:
        doc.text(340, y, lab, f, 9.5)
        doc.text(552, y, val, f, 9.5, "r")
        y -= 16
    y -= 10
    doc.rect(40, y - 40, 515, 50, fill=(0.95, 0.94, 0.99), stroke=None)
    doc.text(50, y - 4, "Reverse charge", "DVB", 9)
    doc.para(
        50,
        y - 18,
        "Supply of services to a business customer in another EU Member State. VAT to be accounted for by the recipient under Article 196 of Council Directive 2006/112/EC.",
        "DV",
        8.3,
        495,
        11,
    )
    doc.rows(
        40,
        170,
        [
            ("Payment details", "DVB", 8.5),
            "Bank: Bank of Ireland, College Green, Dublin 2",
            "IBAN: IE29 BOFI 9000 1712 3456 78   BIC: BOFIIE2D",
            "Please quote the invoice number as payment reference.",
        ],
        "DV",
        8.3,
        lead=12,
    )
    doc.text(
        297,
        50,
        "Cloudmere Software Limited · Registered in Ireland No. 612884 · Directors: A. Keane, M. Ó Briain, S. Novak",
        "DV",
        6.8,
        "c",
    )
    t = truth(
        no,
        date,
        due,
        V,
        net,
        vat,
        total,
        "EUR",
        "en-IE",
        "invoice",
        "invoice",
        items,
        f"Reverse charge B2B: VAT printed as 0.00 (keyed 0.00); a negative discount line inside the line table; total = Total due €{m_en(total)}.",
    )
    return doc.pdf(), t


def i12(rng):
    """DE painter, small-business exemption (§ 19 UStG), § 35a labour share printed (photo)."""
    V = "Jonas Albrecht"
    no, date, due = "2026-017", d(2026, 3, 6), d(2026, 3, 20)
    lines = [
        ("Wohnzimmer: Wände/Decke grundieren, 2× streichen", "64.5", "m²", "9.80"),
        ("Flur: Raufaser tapezieren inkl. Entfernen der Alttapete", 28, "m²", "14.50"),
        ("Heizkörper lackieren (Kunstharzlack)", 3, "Stk", "45.00"),
        ("Material: Farbe, Tapete, Kleister, Abdeckmaterial", 1, "psch", "186.40"),
        ("Anfahrtspauschale", 2, "Tag", "25.00"),
    ]
    rows, items, net = [], [], ZERO
    for k, (desc, qn, unit, price) in enumerate(lines, 1):
        amt = q(D(str(qn)) * D(price))
        net += amt
        rows.append(
            [str(k), desc, f"{str(qn).replace('.', ',')} {unit}", m_de(D(price)), m_de(amt)]
        )
        items.append(item(desc, qn, price, amt))
    labour = net - D("186.40") - D("50.00")
    doc = Doc(A4, f"Rechnung {no}", V)
    doc.text(555, 800, "Jonas Albrecht", "DVSB", 18, "r")
    doc.text(555, 784, "Malermeister · Maler- und Lackierarbeiten", "DVS", 9, "r")
    doc.rows(
        555,
        768,
        ["Wiesenweg 9 · 34121 Kassel", "Mobil 0171 4482 910", "j.albrecht-maler@web.de"],
        "DVS",
        8,
        align="r",
    )
    doc.text(40, 722, "Jonas Albrecht · Wiesenweg 9 · 34121 Kassel", "DVS", 6.5)
    doc.rows(
        40,
        704,
        ["Frau", "Renate Oswald", "Goethestraße 58", "34119 Kassel"],
        "DVS",
        10.5,
        lead=13.5,
    )
    doc.rows(
        360,
        704,
        [
            f"Rechnungs-Nr.: {no}",
            "Datum: 06.03.2026",
            "Leistungsdatum: 23.–27.02.2026",
            "Steuernummer: 026 814 55102",
        ],
        "DVS",
        9,
        lead=12.5,
    )
    doc.text(40, 610, "Rechnung", "DVSB", 15)
    doc.text(
        40,
        592,
        "Sehr geehrte Frau Oswald, für die ausgeführten Malerarbeiten in Ihrer Wohnung berechne ich:",
        "DVS",
        9,
    )
    y = table(
        doc,
        40,
        566,
        [
            (22, "l", "Nr."),
            (290, "l", "Leistung"),
            (60, "r", "Menge"),
            (63, "r", "Preis €"),
            (80, "r", "Betrag €"),
        ],
        rows,
        "DVSC",
        8.4,
        17,
        "DVSCB",
        8.4,
    )
    y -= 8
    doc.text(330, y, "Rechnungsbetrag", "DVSB", 10.5)
    doc.text(552, y, m_de(net) + " €", "DVSB", 10.5, "r")
    doc.hline(330, 555, y - 5, 0.6)
    y -= 30
    doc.text(
        40,
        y,
        "Gemäß § 19 UStG (Kleinunternehmerregelung) wird keine Umsatzsteuer berechnet.",
        "DVSB",
        9,
    )
    y -= 16
    doc.text(
        40,
        y,
        f"Im Rechnungsbetrag enthaltene Arbeitskosten (§ 35a EStG): {m_de(labour)} €",
        "DVS",
        9,
    )
    y -= 24
    y = doc.para(
        40,
        y,
        "Bitte überweisen Sie den Rechnungsbetrag bis zum 20.03.2026 ohne Abzug auf das unten genannte Konto. Vielen Dank für Ihren Auftrag!",
        "DVS",
        9,
        500,
        12,
    )
    doc.text(40, y - 18, "Mit freundlichen Grüßen", "DVS", 9)
    doc.text(40, y - 40, "Jonas Albrecht", "DVSI", 12)
    _footer_cols(
        doc,
        62,
        [
            ["Jonas Albrecht, Malermeister", "Handwerkskammer Kassel, Nr. 4411 872"],
            ["Kasseler Sparkasse", "IBAN DE87 5205 0353 0001 2378 44"],
        ],
        "DVS",
        7,
    )
    t = truth(
        no,
        date,
        due,
        V,
        net,
        None,
        net,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        items,
        f"Small-business exemption (§ 19 UStG): no VAT printed, vat null, amount = total = Rechnungsbetrag {m_de(net)}; the § 35a labour share {m_de(labour)} is a distractor.",
    )
    return doc.pdf(), t


def i13(rng):
    """GB SaaS plan upgrade with proration: credit for unused time on the old plan."""
    V = "Fieldnote Analytics Ltd"
    no, date = "FNA-2603-00417", d(2026, 3, 12)
    new_pr = q(D("129.00") * 20 / 31)
    old_cr = -q(D("49.00") * 20 / 31)
    seats = q(D(3) * D("12.00") * 20 / 31)
    lines = [
        ("Business plan (monthly) — 12 Mar – 31 Mar 2026, prorated 20/31 days", 1, new_pr),
        ("Unused time on Team plan — 12 Mar – 31 Mar 2026 (credit)", 1, old_cr),
        ("Extra seats × 3 @ £12.00/month — prorated 20/31 days", 1, seats),
    ]
    net = new_pr + old_cr + seats
    vat = pct(net, 20)
    total = net + vat
    doc = Doc(A4, f"Invoice {no}", V)
    doc.text(40, 790, "fieldnote", "DVB", 22, color=(0.05, 0.55, 0.45))
    doc.c.setFillColorRGB(0.05, 0.55, 0.45)
    doc.c.rect(150, 790, 8, 8, fill=1, stroke=0)
    doc.text(555, 796, "INVOICE", "DV", 11, "r", (0.45, 0.45, 0.45))
    kv = [
        ("Invoice number", no),
        ("Date of issue", "12 March 2026"),
        ("Date due", "12 March 2026"),
        ("Billing period", "12 Mar 2026 – 31 Mar 2026"),
    ]
    y = 740
    for lab, val in kv:
        doc.text(40, y, lab, "DV", 8.5, color=(0.45, 0.45, 0.45))
        doc.text(150, y, val, "DV", 8.5)
        y -= 13
    doc.rows(
        40,
        670,
        [
            ("Fieldnote Analytics Ltd", "DVB", 9),
            "3 Hardman Street",
            "Manchester M3 3HF",
            "United Kingdom",
            "VAT GB 402 7718 35",
        ],
        "DV",
        8.5,
        lead=12,
    )
    doc.rows(
        300,
        670,
        [
            ("Bill to", "DVB", 9),
            "Kestrel Home Energy Ltd",
            "Unit 7, Riverside Park",
            "Leeds LS10 1RJ",
            "finance@kestrelhome.co.uk",
        ],
        "DV",
        8.5,
        lead=12,
    )
    doc.text(40, 590, f"£{m_en(total)} due 12 March 2026", "DVB", 15)
    doc.text(
        40,
        572,
        "Plan change on 12 March 2026: Team → Business. Charged to the card on file (Visa •••• 4021).",
        "DV",
        8.5,
        color=(0.4, 0.4, 0.4),
    )
    rows = [[desc, "1", "£" + m_en(a)] for desc, _n, a in lines]
    y = table(
        doc,
        40,
        540,
        [(385, "l", "Description"), (40, "r", "Qty"), (90, "r", "Amount")],
        rows,
        "DV",
        8.4,
        20,
        "DV",
        8,
        head_color=(0.45, 0.45, 0.45),
        grid=True,
    )
    y -= 6
    for lab, val, f in [
        ("Subtotal", "£" + m_en(net), "DV"),
        ("VAT (20% on £" + m_en(net) + ")", "£" + m_en(vat), "DV"),
        ("Total", "£" + m_en(total), "DV"),
        ("Amount due", "£" + m_en(total), "DVB"),
    ]:
        doc.text(330, y, lab, f, 9)
        doc.text(552, y, val, f, 9, "r")
        y -= 16
    y -= 16
    y = doc.para(
        40,
        y,
        "Next invoice on 1 April 2026: Business plan £129.00 + 3 extra seats £36.00, excl. VAT. Prices exclude VAT. You can download past invoices from Settings → Billing.",
        "DV",
        8.3,
        515,
        11.5,
    )
    doc.text(
        40,
        60,
        "Fieldnote Analytics Ltd · Registered in England and Wales, company no. 11482903 · 3 Hardman Street, Manchester M3 3HF",
        "DV",
        6.8,
    )
    items = [item(desc, 1, a, a) for desc, _n, a in lines]
    t = truth(
        no,
        date,
        date,
        V,
        net,
        vat,
        total,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        items,
        f"Subscription proration: a negative credit line for unused time on the old plan ({m_en(old_cr)}); the next month's price is printed as a distractor; total = Total / Amount due £{m_en(total)}.",
    )
    return doc.pdf(), t


def i14(rng):
    """SE furniture maker, invoice with an instalment plan of future due dates (two pages)."""
    V = "Norrlandsmöbler AB"
    no, date, due = "26-10442", d(2026, 3, 3), d(2026, 4, 2)
    lines = [
        ("Hotellsäng 160×200 furu, inkl. gavel", 18, "6450.00"),
        ("Sängbord ek, 1 låda", 36, "1290.00"),
        ("Skrivbord 120×55 ek", 18, "3480.00"),
        ("Fåtölj Åre, ullklädsel", 18, "4150.00"),
        ("Leverans och montering Sundsvall", 1, "14500.00"),
    ]
    rows, items, net = [], [], ZERO
    for desc, qn, price in lines:
        amt = q(D(qn) * D(price))
        net += amt
        rows.append([desc, f"{qn} st", m_fr(D(price)), m_fr(amt)])
        items.append(item(desc, qn, price, amt))
    vat = pct(net, 25)
    total = net + vat
    n = 4
    part = q(total / n)
    parts = [part] * (n - 1) + [total - part * (n - 1)]
    pdates = [d(2026, 4, 2), d(2026, 5, 4), d(2026, 6, 2), d(2026, 7, 2)]
    doc = Doc(A4, f"Faktura {no}", V)
    doc.c.setFillColorRGB(0.1, 0.3, 0.25)
    for k in range(3):
        p = doc.c.beginPath()
        p.moveTo(40 + k * 14, 772)
        p.lineTo(52 + k * 14, 806)
        p.lineTo(64 + k * 14, 772)
        p.close()
        doc.c.drawPath(p, fill=1, stroke=0)
    doc.text(110, 790, "Norrlandsmöbler", "DVSB", 18, color=(0.1, 0.3, 0.25))
    doc.text(110, 776, "Massiva möbler från Västerbotten", "DVSI", 8.5)
    doc.text(555, 790, "FAKTURA", "DVB", 16, "r")
    doc.rows(40, 740, [("Fakturanummer", "DV", 7.5), (no, "DVB", 10)], lead=12)
    doc.rows(150, 740, [("Fakturadatum", "DV", 7.5), ("2026-03-03", "DV", 10)], lead=12)
    doc.rows(
        260, 740, [("Förfallodatum (delbet. 1)", "DV", 7.5), ("2026-04-02", "DV", 10)], lead=12
    )
    doc.rows(380, 740, [("OCR-nummer", "DV", 7.5), ("2610442047", "DV", 10)], lead=12)
    doc.rows(
        330,
        700,
        [
            ("Hotell Strand Sundsvall AB", "DVB", 10),
            "Att: Ekonomiavdelningen",
            "Esplanaden 9",
            "852 30 Sundsvall",
        ],
        "DV",
        9.5,
        lead=12.5,
    )
    doc.rows(
        40,
        700,
        [
            "Er referens: Maria Lindqvist",
            "Vår referens: Henrik Berglund",
            "Ordernr: 2026-0077",
            "Leveransdatum: 2026-02-26",
        ],
        "DV",
        8.8,
        lead=12.5,
    )
    y = table(
        doc,
        40,
        620,
        [(280, "l", "Benämning"), (55, "r", "Antal"), (80, "r", "À-pris"), (100, "r", "Belopp")],
        rows,
        "DV",
        8.6,
        16,
        "DVB",
        8.6,
        head_fill=(0.88, 0.93, 0.91),
    )
    y -= 8
    for lab, val, f in [
        ("Summa exkl. moms", m_fr(net), "DV"),
        ("Moms 25 %", m_fr(vat), "DV"),
        ("Totalt att betala", m_fr(total) + " kr", "DVB"),
    ]:
        doc.text(340, y, lab, f, 9.5)
        doc.text(552, y, val, f, 9.5, "r")
        y -= 15
    y -= 10
    doc.rect(40, y - 30, 515, 40, fill=(0.93, 0.96, 0.95), stroke=(0.1, 0.3, 0.25))
    doc.text(
        50,
        y - 4,
        f"Enligt överenskommelse betalas fakturan i {n} delbetalningar, se betalningsplan på sida 2.",
        "DV",
        8.8,
    )
    doc.text(
        50,
        y - 18,
        f"Att betala senast 2026-04-02 (delbetalning 1 av {n}): {m_fr(parts[0])} kr",
        "DVB",
        8.8,
    )
    _footer_cols(
        doc,
        58,
        [
            ["Norrlandsmöbler AB", "Industrivägen 22, 903 61 Umeå", "Styrelsens säte: Umeå"],
            ["Org.nr 556744-1029", "Momsreg.nr SE556744102901", "Godkänd för F-skatt"],
            ["Bankgiro 5312-8870", "IBAN SE45 5000 0000 0583 9825 7466", "BIC ESSESESS"],
        ],
    )
    doc.text(555, 28, "Sida 1 (2)", "DV", 7.5, "r")
    doc.page()
    doc.text(40, 800, f"Norrlandsmöbler AB — faktura {no}", "DVB", 10)
    doc.text(555, 800, "Sida 2 (2)", "DV", 7.5, "r")
    doc.text(40, 770, "Betalningsplan", "DVB", 14)
    prow = []
    acc = ZERO
    for k, (pd_, pa) in enumerate(zip(pdates, parts, strict=True), 1):
        acc += pa
        prow.append([f"Delbetalning {k} av {n}", pd_.isoformat(), m_fr(pa), m_fr(total - acc)])
    y = table(
        doc,
        40,
        740,
        [
            (170, "l", "Delbetalning"),
            (110, "l", "Förfallodatum"),
            (110, "r", "Belopp kr"),
            (125, "r", "Kvar efter betalning"),
        ],
        prow,
        "DV",
        9,
        17,
        "DVB",
        9,
        head_fill=(0.88, 0.93, 0.91),
        grid=True,
    )
    y -= 12
    y = doc.para(
        40,
        y,
        f"Summa delbetalningar: {m_fr(total)} kr (inkl. moms {m_fr(vat)} kr). Ingen ränta eller avgift tillkommer vid betalning i tid. Vid försenad betalning debiteras dröjsmålsränta enligt räntelagen samt påminnelseavgift 60 kr. Äganderätten till varorna övergår till köparen när samtliga delbetalningar är erlagda.",
        "DV",
        8.6,
        515,
        12,
    )
    t = truth(
        no,
        date,
        due,
        V,
        net,
        vat,
        total,
        "SEK",
        "sv-SE",
        "invoice",
        "invoice",
        items,
        f"Instalment plan on page 2 with four future due dates; total = Totalt att betala {m_fr(total)} kr; due date = first instalment 2026-04-02 ({m_fr(parts[0])} kr), not the total.",
    )
    return doc.pdf(), t


def i15(rng):
    """AU civil contractor progress claim, 5 % retention withheld, GST 10 %."""
    V = "Coastline Civil & Drainage Pty Ltd"
    no, date, due = "PC-0419", d(2026, 2, 28), d(2026, 3, 14)
    lines = [
        ("Stormwater pipe DN375 RCP supply & lay", "186", "m", "212.00"),
        ("Pits 900x900 incl. grates", "6", "ea", "2840.00"),
        ("Bulk excavation & spoil removal", "420", "m3", "38.50"),
        ("Road base 150 mm compacted", "1150", "m2", "17.20"),
        ("Variation V03: rock breaking", "14", "hr", "265.00"),
    ]
    rows, items, net = [], [], ZERO
    for desc, qn, unit, price in lines:
        amt = q(D(qn) * D(price))
        net += amt
        rows.append([desc, f"{qn} {unit}", m_en(D(price)), m_en(amt)])
        items.append(item(desc, qn, price, amt))
    gst = pct(net, 10)
    total = net + gst
    ret = pct(net, 5)
    doc = Doc(A4, f"Tax Invoice {no}", V)
    doc.rect(40, 762, 46, 46, fill=(0.05, 0.3, 0.55), stroke=None)
    doc.hline(44, 82, 780, 3, (1, 1, 1))
    doc.hline(44, 82, 790, 3, (1, 1, 1))
    doc.text(96, 790, "COASTLINE", "DVB", 18, color=(0.05, 0.3, 0.55))
    doc.text(96, 774, "CIVIL & DRAINAGE", "DV", 9)
    doc.rows(
        555,
        802,
        [
            "Coastline Civil & Drainage Pty Ltd",
            "ABN 63 614 228 907",
            "41 Industrial Dr, Mayfield NSW 2304",
            "accounts@coastlinecivil.com.au",
        ],
        "DV",
        8,
        align="r",
    )
    doc.text(40, 730, "TAX INVOICE — PROGRESS CLAIM No. 4", "DVB", 13)
    doc.rows(
        40,
        710,
        [
            f"Invoice no: {no}",
            "Date: 28/02/2026",
            "Claim period: 01/02/2026 – 28/02/2026",
            "Payment due: 14/03/2026",
        ],
        "DV",
        8.8,
        lead=12,
    )
    doc.rows(
        330,
        710,
        [
            ("Hunter Estates Developments Pty Ltd", "DVB", 9.5),
            "ABN 18 602 337 415",
            "PO Box 1188, Newcastle NSW 2300",
            "Project: Fletcher Rise Stage 2",
        ],
        "DV",
        8.8,
        lead=12,
    )
    y = table(
        doc,
        40,
        640,
        [
            (250, "l", "Work claimed this period"),
            (75, "r", "Qty"),
            (80, "r", "Rate"),
            (110, "r", "Amount AUD"),
        ],
        rows,
        "DV",
        8.6,
        16,
        "DVB",
        8.6,
        head_fill=(0.88, 0.92, 0.97),
        grid=True,
    )
    y -= 8
    calc = [
        ("Value of work this claim (ex GST)", m_en(net), "DV"),
        ("GST 10%", m_en(gst), "DV"),
        ("Total this claim (incl. GST)", m_en(total), "DVB"),
        ("Less retention 5% of work value", "(" + m_en(ret) + ")", "DV"),
    ]
    for lab, val, f in calc:
        doc.text(300, y, lab, f, 9)
        doc.text(552, y, val, f, 9, "r")
        y -= 15
    y -= 6
    doc.rect(296, y - 8, 259, 22, fill=(0.05, 0.3, 0.55), stroke=None)
    doc.text(302, y - 1, "AMOUNT PAYABLE", "DVB", 10.5, color=(1, 1, 1))
    doc.text(550, y - 1, "$" + m_en(total - ret), "DVB", 10.5, "r", (1, 1, 1))
    y -= 40
    doc.text(40, y, "Contract summary", "DVB", 9)
    y = table(
        doc,
        40,
        y - 16,
        [(250, "l", ""), (120, "r", "")],
        [
            ["Contract sum (ex GST)", "1,480,000.00"],
            ["Claimed to date incl. this claim (ex GST)", "612,947.00"],
            ["Retention held to date", "30,647.35"],
        ],
        "DV",
        8.5,
        13,
        rule=False,
    )
    doc.rows(
        40,
        140,
        [
            "EFT: Commonwealth Bank · BSB 062-692 · Acc 1048 7731",
            "Reference: PC-0419. Retention released 50% at practical completion, 50% after the defects liability period.",
            "This is a payment claim under the Building and Construction Industry Security of Payment Act 1999 (NSW).",
        ],
        "DV",
        8,
        lead=11.5,
    )
    t = truth(
        no,
        date,
        due,
        V,
        net,
        gst,
        total,
        "AUD",
        "en-AU",
        "invoice",
        "invoice",
        items,
        f"Retention withheld: total = Total this claim incl. GST ${m_en(total)}; retention ({m_en(ret)}) in parentheses reduces AMOUNT PAYABLE ${m_en(total - ret)}; contract-to-date figures are distractors.",
    )
    return doc.pdf(), t


def i16(rng):
    """CH tool wholesaler credit note (Gutschrift), negative amounts, MWST 8.1 % (image-only PDF)."""
    V = "Alpenfeld Werkzeuge AG"
    no, date = "GS-2026-0093", d(2026, 3, 16)
    lines = [
        ("Akku-Bohrschrauber 18 V, defekt retour (RMA 5512)", -2, "289.00"),
        ("Bitset 32-tlg., falsch geliefert", -5, "24.90"),
        ("Preisdifferenz Rechnung RE-2026-1187, Pos. 4", 1, "-58.50"),
    ]
    rows, items, net = [], [], ZERO
    for desc, qn, price in lines:
        amt = q(D(qn) * D(price))
        net += amt
        rows.append([desc, str(qn), m_ch(D(price)), m_ch(amt)])
        items.append(item(desc, qn, price, amt))
    vat = pct(net, "8.1")
    total = net + vat
    doc = Doc(A4, f"Gutschrift {no}", V)
    doc.rect(40, 770, 36, 36, fill=(0.8, 0.0, 0.0), stroke=None)
    doc.rect(54, 776, 8, 24, fill=(1, 1, 1), stroke=None)
    doc.rect(46, 784, 24, 8, fill=(1, 1, 1), stroke=None)
    doc.text(86, 790, "ALPENFELD", "DVB", 18)
    doc.text(86, 776, "Werkzeuge AG · Winterthur", "DV", 8.5, color=(0.4, 0.4, 0.4))
    doc.rows(
        555,
        800,
        ["Technikumstrasse 71", "8400 Winterthur", "052 208 44 10", "CHE-109.337.642 MWST"],
        "DV",
        8,
        align="r",
    )
    doc.rows(
        330,
        720,
        ["Bauschreinerei Rüegg GmbH", "Herr Peter Rüegg", "Zürcherstrasse 140", "8500 Frauenfeld"],
        "DV",
        10,
        lead=13,
    )
    doc.text(40, 720, "GUTSCHRIFT", "DVB", 16, color=(0.8, 0.0, 0.0))
    doc.rows(
        40,
        698,
        [
            f"Gutschrift-Nr.: {no}",
            "Datum: 16.03.2026",
            "Kunden-Nr.: 30981",
            "Bezug: Rechnung RE-2026-1187 vom 20.02.2026",
        ],
        "DV",
        8.8,
        lead=12.5,
    )
    y = table(
        doc,
        40,
        610,
        [
            (290, "l", "Artikel / Grund"),
            (50, "r", "Menge"),
            (80, "r", "Preis CHF"),
            (95, "r", "Betrag CHF"),
        ],
        rows,
        "DV",
        8.6,
        16,
        "DVB",
        8.6,
        head_fill=(0.95, 0.88, 0.88),
        grid=True,
    )
    y -= 8
    for lab, val, f in [
        ("Total exkl. MWST", m_ch(net), "DV"),
        ("MWST 8.1 %", m_ch(vat), "DV"),
        ("Gutschrift total CHF", m_ch(total), "DVB"),
    ]:
        doc.text(330, y, lab, f, 9.5)
        doc.text(552, y, val, f, 9.5, "r")
        y -= 15
    y -= 12
    y = doc.para(
        40,
        y,
        f"Der Betrag von CHF {m_ch(-total)} wird mit Ihrer nächsten Rechnung verrechnet oder auf Wunsch auf Ihr Konto überwiesen. Bitte teilen Sie uns Ihre Präferenz bis 31.03.2026 mit.",
        "DV",
        8.8,
        515,
        12,
    )
    _footer_cols(
        doc,
        60,
        [
            ["Alpenfeld Werkzeuge AG", "Technikumstrasse 71, 8400 Winterthur"],
            ["UID CHE-109.337.642 MWST", "Handelsregister Kanton Zürich"],
            ["Zürcher Kantonalbank", "IBAN CH93 0070 0110 0061 1600 2"],
        ],
    )
    t = truth(
        no,
        date,
        None,
        V,
        net,
        vat,
        total,
        "CHF",
        "de-CH",
        "invoice",
        "credit_note",
        items,
        f"Credit note (Gutschrift) printed and keyed negative; total = Gutschrift total CHF {m_ch(total)}; apostrophe thousands. Image-only PDF.",
    )
    return doc.pdf(), t


# ================================================================ receipts


def _tax_incl(groups, rates):
    """groups: code -> gross; rates: code -> rate. Returns {code: (net, vat, gross)}."""
    out = {}
    for k, g in groups.items():
        v = incl_tax(g, rates[k])
        out[k] = (g - v, v, g)
    return out


def r01(rng):
    """DE supermarket, Pfand lines and a Leergut voucher redeemed, MwSt A/B included (photo)."""
    V = "Frischemarkt Lindner GmbH & Co. KG"
    no, date = "4812", d(2026, 3, 14)
    lines = [
        ("Vollmilch 3,5% 1l", None, "1.19", "B"),
        ("Bio Bananen", ("1.142", "1.99", "kg"), None, "B"),
        ("Mineralwasser 6x1,5l", None, "3.49", "A"),
        ("Pfand 6 x 0,25", None, "1.50", "A"),
        ("Apfelschorle 0,5l", None, "0.89", "A"),
        ("Pfand EW", None, "0.25", "A"),
        ("Pils 20x0,5l Kasten", None, "14.99", "A"),
        ("Pfand Kasten MW", None, "3.10", "A"),
        ("Vollkornbrot 750g", None, "2.49", "B"),
        ("Gouda jung Scheiben", ("2", "1.99", "St"), None, "B"),
        ("Spülmittel Zitrone", None, "1.29", "A"),
        ("Leergut-Bon 0088-4471", None, "-5.35", "A"),
    ]
    rates = {"A": 19, "B": 7}
    R = Roll(80, font="DVM", size=8.2)

    def logo(doc, y, h):
        doc.c.setFillColorRGB(0, 0, 0)
        doc.c.roundRect(R.W / 2 - 70, y + 2, 140, h - 6, 6, fill=1, stroke=0)
        doc.text(R.W / 2, y + 12, "FRISCHEMARKT", "DVB", 14, "c", (1, 1, 1))

    R.logo(logo, 38)
    R.gap(4)
    for s in [
        "LINDNER",
        "Lister Meile 41 · 30161 Hannover",
        "Tel. 0511 3481220",
        "www.frischemarkt-lindner.de",
    ]:
        R.c(s, "DV", 8)
    R.gap(6)
    R.ln("", "EUR")
    groups = {"A": ZERO, "B": ZERO}
    items = []
    for desc, qd, price, code in lines:
        if qd:
            amt = q(D(qd[0]) * D(qd[1]))
            R.ln(desc)
            R.ln(f"  {qd[0].replace('.', ',')} {qd[2]} x {m_de(D(qd[1]))}", f"{m_de(amt)} {code}")
            items.append(item(desc, qd[0], qd[1], amt))
        else:
            amt = D(price)
            R.ln(desc, f"{m_de(amt)} {code}")
            items.append(item(desc, 1, amt, amt))
        groups[code] += amt
    total = sum(groups.values())
    R.chars("-")
    R.ln("SUMME", m_de(total), font="DVMB", size=11, lead=15)
    R.chars("=")
    R.ln("Geg. Girocard", m_de(total))
    R.gap(6)
    tx = _tax_incl(groups, rates)
    R.ln("Steuer      %    Netto   Steuer   Brutto", size=7.4)
    for k in ("A", "B"):
        n_, v_, g_ = tx[k]
        R.ln(f"{k}={rates[k]:>5},0% {m_de(n_):>8} {m_de(v_):>8} {m_de(g_):>8}", size=7.4)
    vat = tx["A"][1] + tx["B"][1]
    R.ln(f"Gesamtbetrag {m_de(total - vat):>8} {m_de(vat):>8} {m_de(total):>8}", size=7.4)
    R.gap(6)
    R.ln("14.03.2026 17:42   Bon 4812   Kasse 3", size=7.6)
    R.ln("Bed.: 112 Frau Kaya", size=7.6)
    R.gap(4)
    R.c("*** Kartenzahlung girocard ***", size=7.6)
    for s in [
        "Terminal-ID 65338102",
        "Beleg-Nr. 6610   Trace 004471",
        "Kartennr. ############2205",
        "Betrag EUR " + m_de(total),
        "Zahlung erfolgt",
    ]:
        R.c(s, size=7.6)
    R.gap(6)
    R.c("TSE-Signatur", "DVB", 7)
    for s in [
        "TSE-Seriennr.: 5c1f0e7a9b22d3a4",
        "Transaktion: 218874  Start 17:41:09",
        "Signaturzähler: 446102",
        "St.-Nr. 25/204/18332  USt-IdNr. DE813377102",
    ]:
        R.c(s, "DVM", 6.4)
    R.gap(4)
    R.qr(62, "r01")
    R.c("Vielen Dank für Ihren Einkauf!", "DV", 8.5)
    R.c("Frischemarkt Lindner GmbH & Co. KG", "DV", 7)
    t = truth(
        no,
        date,
        None,
        V,
        total - vat,
        vat,
        total,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        items,
        f"Pfand lines (Einweg, Mehrweg-Kasten) and a redeemed Leergut-Bon as a negative line -5,35; prices include MwSt (A 19 %, B 7 %); total = SUMME {m_de(total)}; vendor legal name only in the footer.",
    )
    return R.render(f"Bon {no}"), t


def r02(rng):
    """NL supermarket, bonus discounts, 2e halve prijs, 1+1 gratis, statiegeld (thermal scan)."""
    V = "Supermarkt Dekker Zaandam B.V."
    no, date = "2286", d(2026, 2, 21)
    R = Roll(80, font="DVM", size=8)
    R.c("DEKKER", "DVB", 20, lead=22)
    R.c("versmarkt", "DVI", 8)
    R.c("Westzijde 188, 1506 EK Zaandam", "DV", 7.6)
    R.c("tel. 075 612 44 80", "DV", 7.6)
    R.gap(4)
    R.ln("OMSCHRIJVING", "BEDRAG", font="DVMB")
    rows = [
        ("HALFVOLLE MELK 1,5L", "1.39", 9),
        ("JONGE KAAS PLAKKEN", "3.29", 9),
        ("JONGE KAAS PLAKKEN", "3.29", 9),
        ("  BONUS 2E HALVE PRIJS", "-1.65", 9),
        ("PINDAKAAS 350G", "2.79", 9),
        ("PINDAKAAS 350G", "2.79", 9),
        ("  BONUS 1+1 GRATIS", "-2.79", 9),
        ("COLA REGULAR 1,5L", "2.29", 9),
        ("COLA REGULAR 1,5L", "2.29", 9),
        ("STATIEGELD", "0.50", 0),
        ("TOMATEN TROS 500G", "1.99", 9),
        ("KIPFILET 2 STUKS", "5.49", 9),
        ("  BONUSKAART 25% KORTING", "-1.37", 9),
        ("WASMIDDEL COLOR 1,3L", "8.99", 21),
        ("  BONUS -3,00", "-3.00", 21),
        ("ZONNEBLOEMOLIE 1L", "2.49", 9),
        ("TANDPASTA", "1.89", 21),
    ]
    groups = {9: ZERO, 21: ZERO, 0: ZERO}
    items = []
    voordeel = ZERO
    for desc, p, rate in rows:
        amt = D(p)
        groups[rate] += amt
        if amt < 0:
            voordeel -= amt
        R.ln(desc, m_de(amt))
        items.append(item(desc.strip(), 1, amt, amt))
    total = sum(groups.values())
    R.ln("", "-------")
    R.ln(
        f"{len([r for r in rows if D(r[1]) > 0])} ARTIKELEN  TOTAAL",
        m_de(total),
        font="DVMB",
        size=10,
        lead=14,
    )
    R.ln("PINNEN", m_de(total))
    R.gap(4)
    R.ln("UW VOORDEEL", m_de(voordeel), font="DVMB")
    R.ln("Bonuskaart: xxxxxxxxx4410")
    R.gap(6)
    tx = _tax_incl({9: groups[9], 21: groups[21]}, {9: 9, 21: 21})
    R.ln("BTW      OVER       BEDRAG")
    vat = ZERO
    for r in (9, 21):
        n_, v_, _g = tx[r]
        vat += v_
        R.ln(f"{r:>2}%   {m_de(n_):>9}   {m_de(v_):>9}")
    R.ln(f" 0%   {m_de(groups[0]):>9}   {'0,00':>9}")
    R.ln(f"TOTAAL {m_de(total - vat):>8}   {m_de(vat):>9}")
    R.gap(6)
    for s in [
        "POI: 50281447   TERMINAL: 0417C3",
        "Maestro  (Contactless)  ****8812",
        f"BEDRAG: EUR {m_de(total)}",
        "AUTORISATIECODE: 44R81Z",
        "Akkoord",
    ]:
        R.ln(s, size=7.4)
    R.gap(6)
    R.ln("Bonnr. 2286   Filiaal 0417   Kassa 021", size=7.4)
    R.ln("21-02-2026  10:14", size=7.4)
    R.c("Bedankt en tot ziens!", "DV", 8)
    R.c("Supermarkt Dekker Zaandam B.V.", "DV", 6.8)
    R.c("KvK 35018822 · BTW NL800611412B01", "DV", 6.8)
    t = truth(
        no,
        date,
        None,
        V,
        total - vat,
        vat,
        total,
        "EUR",
        "nl-NL",
        "receipt",
        "receipt",
        items,
        f"Bonus lines (2e halve prijs, 1+1 gratis, bonuskaart %, fixed -3,00) are negative; statiegeld outside BTW (0 %); prices incl. BTW; total = TOTAAL {m_de(total)}, UW VOORDEEL {m_de(voordeel)} is a distractor. Thermal fading.",
    )
    return R.render(f"Bon {no}"), t


def r03(rng):
    """GB clothing store exchange: a returned item as a negative line, refund total negative."""
    V = "Harlow & Finch Ltd"
    no, date = "0214-07-38861", d(2026, 1, 9)
    R = Roll(80, font="DV", size=8.2)
    R.c("HARLOW & FINCH", "DVSB", 17, lead=20)
    R.c("clothing · footwear · home", "DVSI", 8)
    R.c("27 Briggate, Leeds LS1 6HD", "DV", 7.8)
    R.c("VAT Reg No. GB 288 4102 71", "DV", 7.8)
    R.gap(6)
    R.box(18, fill=(0.1, 0.1, 0.1))
    R.gap(3)
    R.c("EXCHANGE / REFUND", "DVB", 10, color=(1, 1, 1), lead=17)
    R.gap(4)
    R.ln("Original receipt 0214-05-31177, 28/12/2025", size=7.4)
    R.gap(3)
    lines = [
        ("RETURN Wool blend overcoat navy M", "-119.00"),
        ("  reason: wrong size", None),
        ("Merino crew jumper oat M", "45.00"),
        ("Cotton socks 3 pack", "12.00"),
    ]
    items = []
    total = ZERO
    for desc, p in lines:
        if p is None:
            R.ln(desc, size=7.2)
            continue
        R.ln(desc, "£" + m_en(D(p)) if D(p) >= 0 else "-£" + m_en(-D(p)))
        total += D(p)
        items.append(item(desc, 1, p, p))
    R.rule(False)
    R.ln("Items returned 1   Items sold 2", size=7.4)
    R.ln("REFUND TOTAL", "-£" + m_en(-total), font="DVB", size=11, lead=15)
    R.ln("Refunded to VISA ****3318", "-£" + m_en(-total))
    R.rule()
    vat = incl_tax(total, 20)
    R.ln("VAT rate    Net      VAT      Gross", size=7.4)
    R.ln(f"A 20%   -{m_en(-(total - vat))}  -{m_en(-vat)}  -{m_en(-total)}", size=7.4)
    R.gap(4)
    R.ln("Store 0214 Till 07 Trans 38861  Op: 5521", size=7.2)
    R.ln("09/01/2026  13:27", size=7.2)
    R.gap(4)
    R.bar(150, 28, "r03")
    R.c("0214073886109012026", "DVM", 7)
    R.gap(4)
    R.c("Thank you for shopping with us", "DVI", 8)
    R.c("Harlow & Finch Ltd, Reg. in England 04411872", "DV", 6.6)
    t = truth(
        no,
        date,
        None,
        V,
        total - vat,
        vat,
        total,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        items,
        f"Exchange: a returned coat as a negative line; the bill comes out as a refund; total = REFUND TOTAL -£{m_en(-total)} keyed negative; VAT included, keyed negative.",
    )
    return R.render(f"Receipt {no}"), t


def r04(rng):
    """NO grocery, pant and pantelapp, gift card and bank card paying one bill (photo)."""
    V = "Nærkjøp Storgata AS"
    no, date = "118834", d(2026, 3, 7)
    R = Roll(76, font="DVM", size=7.8)
    R.c("nærkjøp", "DVB", 18, lead=21)
    R.c("Storgata 88, 9008 Tromsø", "DV", 7.6)
    R.c("Nærkjøp Storgata AS", "DV", 7.6)
    R.c("Org.nr. 921 448 310 MVA", "DV", 7.6)
    R.gap(6)
    lines = [
        ("Lettmelk 1 l", "23.90", 15),
        ("Grovbrød", "39.90", 15),
        ("Laks filet 4 stk", "129.00", 15),
        ("Farris 1,5 l", "29.90", 15),
        ("Pant 3,00", "3.00", 15),
        ("Solo 0,5 l x 4", "95.60", 15),
        ("Pant 4 x 2,00", "8.00", 15),
        ("Tørkepapir 4 rl", "54.90", 25),
        ("Batterier AA 8pk", "89.00", 25),
        ("Pantelapp 1203-5517", "-36.50", 15),
    ]
    groups = {15: ZERO, 25: ZERO}
    items = []
    for desc, p, r in lines:
        R.ln(desc, m_de(D(p)))
        groups[r] += D(p)
        items.append(item(desc, 1, p, p))
    total = sum(groups.values())
    R.rule()
    R.ln("Totalt", m_de(total), font="DVMB", size=10.5, lead=14)
    R.gap(2)
    gift = D("200.00")
    R.ln("Gavekort 6012****9934", m_de(gift))
    R.ln("  Restverdi gavekort", "0,00", size=7)
    R.ln("BankAxept", m_de(total - gift))
    R.gap(5)
    tx = _tax_incl(groups, {15: 15, 25: 25})
    R.ln("MVA%    Grunnlag      MVA")
    vat = ZERO
    for r in (15, 25):
        n_, v_, _g = tx[r]
        vat += v_
        R.ln(f"{r}%  {m_de(n_):>10} {m_de(v_):>8}")
    R.gap(5)
    R.ln("BankAxept  ****7741   Kontaktløs", size=7.2)
    R.ln(f"Kjøp NOK {m_de(total - gift)}   Ref 004471", size=7.2)
    R.ln("GODKJENT", size=7.2)
    R.gap(4)
    R.ln("Kvittering 118834   Kasse 2", size=7.2)
    R.ln("07.03.2026 11:52   Betj. Sander", size=7.2)
    R.gap(4)
    R.c("Takk for handelen!", "DV", 8)
    t = truth(
        no,
        date,
        None,
        V,
        total - vat,
        vat,
        total,
        "NOK",
        "nb-NO",
        "receipt",
        "receipt",
        items,
        f"Pant lines and a redeemed pantelapp (-36,50); paid by gift card 200,00 plus BankAxept {m_de(total - gift)}; total = Totalt {m_de(total)}, not either tender; MVA 15 %/25 % included.",
    )
    return R.render(f"Kvittering {no}"), t


def r05(rng):
    """FR grocery, paper coupon deducted, paid cash with change (scan downscaled)."""
    V = "Marché Saint-Aubin SARL"
    no, date = "00412", d(2026, 2, 12)
    R = Roll(80, font="DVM", size=8.2)
    R.c("MARCHÉ SAINT-AUBIN", "DVB", 13, lead=16)
    R.c("Épicerie fine & primeurs", "DVI", 8)
    R.c("22 rue de la Colombette", "DV", 7.8)
    R.c("31000 TOULOUSE", "DV", 7.8)
    R.c("Marché Saint-Aubin SARL · SIRET 824 118 703 00015", "DV", 7.2)
    R.gap(5)
    R.ln("Ticket N° 00412", "12/02/2026 18:06")
    R.ln("Caisse 01", "Caissier: Nadia")
    R.chars("-")
    lines = [
        ("BAGUETTE TRADITION", 2, "1.30", 5.5),
        ("COMTE AOP 18 MOIS", 1, "7.84", 5.5),
        ("POMMES GOLDEN KG", 1, "3.47", 5.5),
        ("HUILE OLIVE BIO 75CL", 1, "11.90", 5.5),
        ("CONFITURE FRAISE", 1, "4.20", 5.5),
        ("CAFE GRAINS 500G", 1, "8.95", 5.5),
        ("VIN IGP PAYS D'OC", 1, "6.80", 20),
        ("SACS CONGELATION", 1, "2.35", 20),
    ]
    groups = {5.5: ZERO, 20: ZERO}
    items = []
    for desc, n, p, r in lines:
        amt = q(D(n) * D(p))
        groups[r] += amt
        code = "1" if r == 5.5 else "2"
        if n > 1:
            R.ln(desc)
            R.ln(f"   {n} x {m_de(D(p))}", f"{m_de(amt)} {code}")
        else:
            R.ln(desc, f"{m_de(amt)} {code}")
        items.append(item(desc, n, p, amt))
    coupon = D("-1.50")
    R.ln("BON REDUCTION CAFE", f"{m_de(coupon)} 1")
    groups[5.5] += coupon
    items.append(item("BON REDUCTION CAFE", 1, coupon, coupon))
    total = sum(groups.values())
    R.chars("-")
    R.ln(f"{len(lines) + 1} ARTICLES", "")
    R.ln("TOTAL TTC", m_de(total) + " EUR", font="DVMB", size=11, lead=15)
    cash = D("50.00")
    R.ln("ESPECES", m_de(cash))
    R.ln("RENDU MONNAIE", m_de(cash - total))
    R.chars("-")
    tx = _tax_incl({"1": groups[5.5], "2": groups[20]}, {"1": D("5.5"), "2": 20})
    R.ln("TVA    TAUX      HT     TVA    TTC", size=7.4)
    vat = ZERO
    for code, rr in (("1", "5,50"), ("2", "20,00")):
        n_, v_, g_ = tx[code]
        vat += v_
        R.ln(f" {code}   {rr:>5} {m_de(n_):>8} {m_de(v_):>6} {m_de(g_):>6}", size=7.4)
    R.gap(6)
    R.c("Merci de votre visite, à bientôt !", "DV", 8)
    R.c("Ouvert du mardi au dimanche 8h-20h", "DV", 7.4)
    t = truth(
        no,
        date,
        None,
        V,
        total - vat,
        vat,
        total,
        "EUR",
        "fr-FR",
        "receipt",
        "receipt",
        items,
        f"A paper coupon as a negative line; cash 50,00 with change {m_de(cash - total)}; total = TOTAL TTC {m_de(total)}, not the cash tendered. Scan downscaled to about 650 px wide.",
    )
    return R.render(f"Ticket {no}"), t


def r06(rng):
    """CA outdoor store, 25 % employee discount per line, GST + PST added."""
    V = "Maple & Pine Outfitters Inc."
    no, date = "40118-022-7731", d(2026, 3, 18)
    R = Roll(76, font="DV", size=8)

    def logo(doc, y, h):
        cx = R.W / 2
        doc.c.setFillColorRGB(0.1, 0.35, 0.2)
        p = doc.c.beginPath()
        p.moveTo(cx - 16, y + 4)
        p.lineTo(cx, y + h - 2)
        p.lineTo(cx + 16, y + 4)
        p.close()
        doc.c.drawPath(p, fill=1, stroke=0)

    R.logo(logo, 30)
    R.gap(3)
    R.c("MAPLE & PINE OUTFITTERS", "DVB", 11, lead=14)
    R.c("Maple & Pine Outfitters Inc.", "DV", 7.4)
    R.c("1055 W Broadway, Vancouver BC V6H 1E2", "DV", 7.4)
    R.c("(604) 555-0144", "DV", 7.4)
    R.gap(6)
    R.ln("Store 401  Reg 02  Trans 7731", "03/18/26 4:12 PM", size=7.4)
    R.ln("Cashier: Priya S.", size=7.4)
    R.rule()
    lines = [
        ("Trailhead fleece jacket M", "129.00"),
        ("Merino hiking socks", "24.00"),
        ("Insulated bottle 1L", "34.99"),
        ("Headlamp 400 lm", "59.95"),
    ]
    sub = ZERO
    items = []
    for desc, p in lines:
        pr = D(p)
        disc = -pct(pr, 25)
        R.ln(desc, m_en(pr))
        R.ln("   EMPLOYEE DISC 25%", m_en(disc), size=7.4, color=(0.2, 0.2, 0.2))
        sub += pr + disc
        items.append(item(desc, 1, pr, pr))
        items.append(item("EMPLOYEE DISC 25%", 1, disc, disc))
    R.rule()
    gst, pst = pct(sub, 5), pct(sub, 7)
    total = sub + gst + pst
    R.ln("SUBTOTAL", m_en(sub))
    R.ln("GST 5%", m_en(gst))
    R.ln("PST 7%", m_en(pst))
    R.ln("TOTAL", "$" + m_en(total), font="DVB", size=11, lead=15)
    R.gap(2)
    R.ln("INTERAC DEBIT ****2231", m_en(total))
    R.ln(
        "You saved with employee pricing",
        m_en(-sum(D(i["amount"]) for i in items if D(i["amount"]) < 0)),
        size=7.4,
    )
    R.gap(6)
    R.ln("Employee #: 00318  Manager override: none", size=7)
    R.ln("GST/HST Reg # 81234 5678 RT0001", size=7)
    R.ln("PST Reg # PST-1044-8821", size=7)
    R.gap(6)
    R.bar(140, 26, "r06")
    R.c("Returns within 30 days with receipt.", "DVI", 7.4)
    t = truth(
        no,
        date,
        None,
        V,
        sub,
        gst + pst,
        total,
        "CAD",
        "en-CA",
        "receipt",
        "receipt",
        items,
        f"Employee discount 25 % as a negative line under each item; GST 5 % + PST 7 % added (vat = both); total = TOTAL ${m_en(total)}; 'You saved' is a distractor.",
    )
    return R.render(f"Receipt {no}"), t


def r07(rng):
    """US restaurant bill and card slip with a handwritten tip and total (photo)."""
    V = "The Copper Kettle Bistro"
    no, date = "Check 2041", d(2026, 3, 21)
    R = Roll(80, font="DVM", size=8.2)
    R.c("The Copper Kettle", "DVSB", 16, lead=19)
    R.c("B I S T R O", "DVS", 8)
    R.c("1520 Larimer St, Denver, CO 80202", "DV", 7.6)
    R.c("(303) 555-0192", "DV", 7.6)
    R.gap(5)
    R.ln("Server: Maddie", "Table 14")
    R.ln("Check #2041", "Guests: 2")
    R.ln("03/21/2026", "7:48 PM")
    R.chars("-")
    lines = [
        ("Burrata & Peaches", 1, "14.00"),
        ("Steak Frites", 1, "29.00"),
        ("Wild Mushroom Risotto", 1, "24.00"),
        ("Glass Malbec", 2, "12.00"),
        ("Sparkling Water", 1, "4.50"),
        ("Creme Brulee", 1, "9.00"),
    ]
    sub = ZERO
    items = []
    for desc, n, p in lines:
        amt = q(D(n) * D(p))
        sub += amt
        R.ln(f"{n} {desc}", m_en(amt))
        items.append(item(desc, n, p, amt))
    tax = pct(sub, "8.81")
    total = sub + tax
    R.chars("-")
    R.ln("Subtotal", m_en(sub))
    R.ln("Tax 8.81%", m_en(tax))
    R.ln("TOTAL", m_en(total), font="DVMB", size=10.5, lead=14)
    R.gap(8)
    R.chars("- ")
    R.c("MERCHANT COPY", "DVMB", 9)
    R.ln("VISA ************5120", "CHIP")
    R.ln("AUTH 08841Z", "REF 2041")
    R.gap(4)
    R.ln("AMOUNT:", m_en(total), font="DVMB", size=9)
    R.gap(8)
    tip = D("12.00")
    hand = (0.1, 0.15, 0.55)
    R.t("TIP:", font="DVMB", size=9)
    R.t(m_en(tip), x=R.right - 6, align="r", font="DVSI", size=14, color=hand)
    R.gap(13)
    R.ops.append(("l", R.W / 2 - 10, R.y, R.right, R.y, False, 0.5))
    R.gap(12)
    R.t("TOTAL:", font="DVMB", size=9)
    R.t(m_en(total + tip), x=R.right - 6, align="r", font="DVSI", size=14, color=hand)
    R.gap(13)
    R.ops.append(("l", R.W / 2 - 10, R.y, R.right, R.y, False, 0.5))
    R.gap(24)

    def sig(doc, y, h):
        c = doc.c
        c.setStrokeColorRGB(*hand)
        c.setLineWidth(1.1)
        p = c.beginPath()
        p.moveTo(R.m + 20, y + 8)
        p.curveTo(R.m + 40, y + 30, R.m + 55, y - 4, R.m + 75, y + 16)
        p.curveTo(R.m + 90, y + 30, R.m + 100, y + 2, R.m + 130, y + 12)
        c.drawPath(p, stroke=1, fill=0)
        c.setStrokeColorRGB(0, 0, 0)

    R.logo(sig, 4)
    R.ops.append(("l", R.m, R.y, R.right, R.y, False, 0.5))
    R.gap(4)
    R.c("SIGNATURE", "DVM", 7)
    R.gap(4)
    R.c("Suggested tip: 18% $" + m_en(pct(sub, 18)) + "  20% $" + m_en(pct(sub, 20)), "DVM", 7)
    R.c("Thank you! Come back soon.", "DVSI", 8)
    R.c("The Copper Kettle Bistro", "DV", 7)
    t = truth(
        no.replace("Check ", ""),
        date,
        None,
        V,
        sub,
        tax,
        total + tip,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        items,
        f"Tip written in by hand on the card slip: printed bill TOTAL {m_en(total)}, handwritten tip {m_en(tip)} and handwritten TOTAL {m_en(total + tip)} (keyed total, tip {m_en(tip)}); suggested-tip amounts are distractors.",
        tip=tip,
    )
    return R.render(f"Check {no}"), t


def r08(rng):
    """CH pharmacy, insurer pays its share (tiers payant), patient pays the co-payment (scan)."""
    V = "Apotheke am Bahnhofplatz AG"
    no, date = "7710-240318", d(2026, 3, 18)
    R = Roll(80, font="DV", size=8)
    R.c("Apotheke am Bahnhofplatz", "DVSB", 13, lead=16)
    R.c("Bahnhofplatz 3 · 6003 Luzern", "DV", 7.6)
    R.c("041 210 33 44 · MWST CHE-114.882.019", "DV", 7.4)
    R.gap(6)
    R.ln("Quittung Nr. 7710-240318", "18.03.2026 09:31", size=7.6)
    R.ln("Patient: M. Huber, geb. 1961", size=7.6)
    R.ln("Versicherer: CSS Kranken-Versicherung AG", size=7.6)
    R.ln("Rezept Dr. med. S. Gisler, 12.03.2026", size=7.6)
    R.rule(False)
    kvg = [
        ("Co-Amoxi Mepha 1 g, 10 Tabl", "18.90"),
        ("Pantoprazol Sandoz 40 mg, 30 Tabl", "24.35"),
        ("Dafalgan 1 g, 16 Tabl", "7.45"),
        ("Medikamenten-Check", "4.30"),
        ("Bezugs-Check", "3.25"),
    ]
    other = [("Sonnenschutz Spray LSF 50, 200 ml", "24.90")]
    items = []
    k_sum = ZERO
    R.ln("Leistungen KVG (MWST 2.6 %)", font="DVB", size=7.8)
    for desc, p in kvg:
        R.ln(desc, m_ch(D(p)))
        k_sum += D(p)
        items.append(item(desc, 1, p, p))
    R.gap(3)
    R.ln("Nicht kassenpflichtig (MWST 8.1 %)", font="DVB", size=7.8)
    o_sum = ZERO
    for desc, p in other:
        R.ln(desc, m_ch(D(p)))
        o_sum += D(p)
        items.append(item(desc, 1, p, p))
    total = k_sum + o_sum
    R.rule(False)
    R.ln("Total Leistungen", "CHF " + m_ch(total), font="DVB", size=9.5, lead=13)
    share = q(k_sum * D("0.9"))
    R.ln("Anteil Krankenkasse (Tiers payant, 90 %)", "-" + m_ch(share), size=7.6)
    R.ln("Selbstbehalt 10 % KVG", m_ch(k_sum - share), size=7.6)
    R.ln("Nicht kassenpflichtig", m_ch(o_sum), size=7.6)
    R.rule(False)
    pay = total - share
    R.ln("Zu bezahlen", "CHF " + m_ch(pay), font="DVB", size=10.5, lead=14)
    R.ln("Bezahlt mit TWINT", m_ch(pay))
    R.gap(5)
    v1, v2 = incl_tax(k_sum, "2.6"), incl_tax(o_sum, "8.1")
    R.ln("MWST    Satz     Brutto     MWST", font="DVM", size=7.2)
    R.ln(f"1      2.6 %  {m_ch(k_sum):>9} {m_ch(v1):>8}", font="DVM", size=7.2)
    R.ln(f"2      8.1 %  {m_ch(o_sum):>9} {m_ch(v2):>8}", font="DVM", size=7.2)
    R.gap(5)
    R.c("Gute Besserung!", "DVI", 8)
    R.c("Apotheke am Bahnhofplatz AG · Luzern", "DV", 7)
    t = truth(
        no,
        date,
        None,
        V,
        total - v1 - v2,
        v1 + v2,
        total,
        "CHF",
        "de-CH",
        "receipt",
        "receipt",
        items,
        f"Insurance co-payment: total = Total Leistungen CHF {m_ch(total)}; the insurer's share -{m_ch(share)} is deducted, the patient pays Zu bezahlen {m_ch(pay)} (not the total); MWST 2.6 % and 8.1 % included.",
    )
    return R.render(f"Quittung {no}"), t


def r09(rng):
    """PL petrol station, fuel-card discount per litre, PTU A/B (photo, 58 mm)."""
    V = "Stacja Paliw Kowalczyk Sp.j."
    no, date = "18824", d(2026, 3, 10)
    R = Roll(58, margin_mm=3, font="DVM", size=7.2)
    R.c("STACJA PALIW", "DVB", 9.5, lead=12)
    R.c('"KOWALCZYK" Sp.j.', "DVB", 9.5, lead=12)
    R.c("ul. Łódzka 140, 95-100 Zgierz", "DV", 6.8)
    R.c("NIP 732-201-44-18", "DV", 6.8)
    R.c("Stacja Paliw Kowalczyk Sp.j.", "DV", 6.8)
    R.gap(3)
    R.ln("2026-03-10", "nr wydr.188244")
    R.c("PARAGON FISKALNY", "DVMB", 8.5)
    R.chars("-")
    fuel = q(D("45.32") * D("6.29"))
    disc = -q(D("45.32") * D("0.15"))
    lines = [
        ("ON dystr. 3", "45.32", "6.29", fuel, "A"),
        ("Rabat karta flot.", "45.32", "-0.15", disc, "A"),
        ("Kawa latte duża", "1", "11.99", D("11.99"), "A"),
        ("Hot-dog klasyczny", "1", "9.49", D("9.49"), "B"),
    ]
    groups = {"A": ZERO, "B": ZERO}
    items = []
    for desc, n, p, amt, code in lines:
        R.ln(desc)
        R.ln(
            f" {n.replace('.', ',')}{' l' if '.' in n else ''} x{p.replace('.', ',')}",
            f"{m_de(amt)} {code}",
        )
        groups[code] += amt
        items.append(item(desc, n, p, amt))
    R.chars("-")
    tx = _tax_incl(groups, {"A": 23, "B": 8})
    R.ln("Sprzed. opod. PTU A", m_de(groups["A"]))
    R.ln("Kwota A 23,00%", m_de(tx["A"][1]))
    R.ln("Sprzed. opod. PTU B", m_de(groups["B"]))
    R.ln("Kwota B 08,00%", m_de(tx["B"][1]))
    vat = tx["A"][1] + tx["B"][1]
    R.ln("Łączna kwota PTU", m_de(vat))
    total = groups["A"] + groups["B"]
    R.ln("SUMA PLN", m_de(total), font="DVMB", size=10, lead=13)
    R.chars("-")
    R.ln("Karta płatnicza", m_de(total))
    R.ln("Karta flot. ****0917 ORLEN-FLEX", size=6.6)
    R.ln("Nr rej.: EZG 41K7", size=6.6)
    R.ln("Licznik: 148220 km", size=6.6)
    R.gap(3)
    R.ln(f"Nr paragonu: {no}", "12:44")
    R.ln("Kasa 2", "Kasjer 04")
    R.c("BDX 14018822", "DVM", 6.8)
    R.gap(3)
    R.qr(48, "r09")
    R.c("Dziękujemy, zapraszamy ponownie", "DV", 6.8)
    t = truth(
        no,
        date,
        None,
        V,
        total - vat,
        vat,
        total,
        "PLN",
        "pl-PL",
        "receipt",
        "receipt",
        items,
        f"Fuel-card discount per litre as a negative line ({m_de(disc)}); PTU A 23 % and B 8 % included; total = SUMA PLN {m_de(total)}; 58 mm roll.",
    )
    return R.render(f"Paragon {no}"), t


def r10(rng):
    """DK bakery, cash rounding to 0.50, cash with change (scan, 58 mm)."""
    V = "Bageriet Kornblomsten ApS"
    no, date = "20331", d(2026, 2, 28)
    R = Roll(58, margin_mm=3, font="DV", size=7.4)
    R.c("Kornblomsten", "DVSB", 13, lead=15)
    R.c("— BAGERI —", "DVS", 7.5)
    R.c("Jægergårdsgade 71, 8000 Aarhus C", "DV", 6.6)
    R.c("Bageriet Kornblomsten ApS", "DV", 6.6)
    R.c("CVR 38 44 21 07", "DV", 6.6)
    R.gap(5)
    lines = [
        ("Rugbrød m. kerner", 1, "34.95"),
        ("Kanelsnegl", 3, "18.50"),
        ("Spandauer", 2, "19.00"),
        ("Kaffe, stor", 1, "29.00"),
    ]
    sub = ZERO
    items = []
    for desc, n, p in lines:
        amt = q(D(n) * D(p))
        sub += amt
        R.ln(f"{n} x {desc}" if n > 1 else desc, m_de(amt))
        if n > 1:
            R.ln(f"   à {m_de(D(p))}", size=6.6)
        items.append(item(desc, n, p, amt))
    R.rule()
    tot = (sub * 2).quantize(D("1"), ROUND_HALF_UP) / 2
    tot = q(tot)
    rnd = tot - sub
    R.ln("Subtotal", m_de(sub))
    R.ln("Afrunding", m_de(rnd))
    R.ln("I ALT DKK", m_de(tot), font="DVB", size=10, lead=13)
    cash = D("200.00")
    R.ln("Kontant", m_de(cash))
    R.ln("Byttepenge", m_de(cash - tot))
    R.rule()
    vat = incl_tax(sub, 25)
    R.ln("Moms 25 % udgør", m_de(vat), size=6.9)
    R.ln("Momsgrundlag", m_de(sub - vat), size=6.9)
    R.gap(4)
    R.ln(f"Bon {no}", "28.02.2026 08:12", size=6.6)
    R.ln("Ekspedient: Ida", size=6.6)
    R.gap(3)
    R.c("Tak for besøget!", "DVSI", 8)
    t = truth(
        no,
        date,
        None,
        V,
        sub - vat,
        vat,
        tot,
        "DKK",
        "da-DK",
        "receipt",
        "receipt",
        items,
        f"Cash rounding to 0,50: Subtotal {m_de(sub)}, Afrunding {m_de(rnd)}, total = I ALT {m_de(tot)}; cash 200,00 and change; moms 25 % included (of the unrounded subtotal); 58 mm roll.",
        rounding=rnd,
    )
    return R.render(f"Bon {no}"), t


def r11(rng):
    """ES department store, simplified invoice with a tax-free (DIVA) form note."""
    V = "Almacenes Serrano, S.A."
    no, date = "T-0318-004417", d(2026, 3, 18)
    R = Roll(80, font="DV", size=8)
    R.box(34, fill=(0.0, 0.0, 0.0))
    R.gap(8)
    R.c("SERRANO", "DVSB", 18, color=(1, 1, 1), lead=26)
    R.gap(4)
    R.c("Almacenes Serrano, S.A. · NIF A28411902", "DV", 7.2)
    R.c("Calle de Serrano 47, 28001 Madrid", "DV", 7.2)
    R.gap(5)
    R.c("FACTURA SIMPLIFICADA", "DVB", 9)
    R.ln(f"Nº {no}", "18/03/2026 12:55", size=7.6)
    R.ln("Tienda 04 · Caja 12 · Vend. 3318", size=7.6)
    R.rule(False)
    lines = [
        ("BOLSO PIEL NAPA CAMEL", "289.00"),
        ("PAÑUELO SEDA ESTAMPADO", "69.90"),
        ("MOCASÍN PIEL T.39", "145.00"),
        ("CINTURÓN PIEL REVERSIBLE", "59.00"),
    ]
    total = ZERO
    items = []
    for desc, p in lines:
        R.ln(desc, m_de(D(p)) + " €")
        total += D(p)
        items.append(item(desc, 1, p, p))
    R.rule(False)
    vat = incl_tax(total, 21)
    R.ln("TOTAL (IVA incluido)", m_de(total) + " €", font="DVB", size=10.5, lead=14)
    R.ln("Base imponible", m_de(total - vat), size=7.6)
    R.ln("Cuota IVA 21 %", m_de(vat), size=7.6)
    R.gap(4)
    R.ln("VISA ************7702", m_de(total))
    R.ln("AUT. 381920   CONTACTLESS", size=7.4)
    R.gap(6)
    R.box(58, fill=None, lw=1.0)
    R.gap(5)
    R.c("TAX FREE SHOPPING", "DVB", 9)
    R.c("Formulario DIVA nº ES26 0318 7744 12", "DV", 7.4)
    R.c("emitido a nombre de: KIM, Ji-woo (KOR)", "DV", 7.4)
    refund = q(vat * D("0.78"))
    R.c(f"Devolución estimada: {m_de(refund)} € (sujeta a", "DV", 7.4)
    R.c("validación en aduana antes de 3 meses)", "DV", 7.4)
    R.gap(8)
    R.c("Cambios y devoluciones: 30 días con ticket", "DVI", 7.4)
    R.bar(160, 26, "r11")
    t = truth(
        no,
        date,
        None,
        V,
        total - vat,
        vat,
        total,
        "EUR",
        "es-ES",
        "receipt",
        "receipt",
        items,
        f"Tax-free (DIVA) form note with an estimated VAT refund {m_de(refund)} as a distractor; total = TOTAL (IVA incluido) {m_de(total)}; vendor name in white on a black band and again in small print.",
    )
    return R.render(f"Factura simplificada {no}"), t


def r12(rng):
    """MY restaurant, service charge 10 %, SST 6 %, rounding adjustment (photo)."""
    V = "Restoran Selera Kampung Sdn. Bhd."
    no, date = "A0058812", d(2026, 3, 13)
    R = Roll(80, font="DVM", size=8)
    R.c("SELERA KAMPUNG", "DVB", 14, lead=17)
    R.c("Restoran Selera Kampung Sdn. Bhd.", "DV", 7.6)
    R.c("(1184420-W)", "DV", 7.4)
    R.c("12, Jalan Telawi 3, Bangsar Baru", "DV", 7.4)
    R.c("59100 Kuala Lumpur", "DV", 7.4)
    R.c("SST Reg No: W10-1808-32000412", "DV", 7.4)
    R.gap(5)
    R.c("INVOICE", "DVMB", 9)
    R.ln(f"Inv No : {no}", "Table: 07")
    R.ln("Date   : 13/03/2026", "Pax: 3")
    R.ln("Time   : 20:41", "Cashier: Aina")
    R.chars("-")
    R.ln("Qty Item", "Amount(RM)", font="DVMB")
    lines = [
        ("Nasi Lemak Ayam Rendang", 2, "15.90"),
        ("Mee Goreng Mamak", 1, "12.50"),
        ("Roti Canai", 3, "2.20"),
        ("Teh Tarik", 2, "3.80"),
        ("Air Limau Ais", 1, "4.20"),
        ("Kuih Seri Muka", 2, "2.80"),
    ]
    sub = ZERO
    items = []
    for desc, n, p in lines:
        amt = q(D(n) * D(p))
        sub += amt
        R.ln(f"{n:>2}  {desc}", m_en(amt))
        items.append(item(desc, n, p, amt))
    R.chars("-")
    sc = pct(sub, 10)
    sst = pct(sub + sc, 6)
    raw = sub + sc + sst
    tot = q((raw * 20).quantize(D("1"), ROUND_HALF_UP) / 20)
    rnd = tot - raw
    R.ln("Sub Total", m_en(sub))
    R.ln("Service Charge 10%", m_en(sc))
    R.ln("SST 6%", m_en(sst))
    R.ln("Rounding Adj", m_en(rnd))
    R.ln("TOTAL (RM)", m_en(tot), font="DVMB", size=11, lead=15)
    R.chars("-")
    R.ln("DuitNow QR", m_en(tot))
    R.gap(6)
    R.c("Terima kasih! Sila datang lagi.", "DV", 8)
    R.c("Halal · No pork no lard", "DV", 7.4)
    t = truth(
        no,
        date,
        None,
        V,
        sub + sc,
        sst,
        tot,
        "MYR",
        "ms-MY",
        "receipt",
        "receipt",
        items,
        f"Service charge 10 % (part of amount, not a tax) then SST 6 % on subtotal + service charge, then a rounding adjustment {m_en(rnd)}; amount = Sub Total + Service Charge {m_en(sub + sc)}; total = TOTAL (RM) {m_en(tot)}.",
        rounding=rnd,
    )
    return R.render(f"Invoice {no}"), t


def r13(rng):
    """IN restaurant, CGST 2.5 % + SGST 2.5 %, round off (image-only PDF)."""
    V = "Sri Annapoorna Veg Restaurant Pvt. Ltd."
    no, date = "B-26-031457", d(2026, 3, 15)
    R = Roll(80, font="DVM", size=8)
    R.c("SRI ANNAPOORNA", "DVB", 14, lead=17)
    R.c("VEG RESTAURANT", "DV", 9)
    R.c("Sri Annapoorna Veg Restaurant Pvt. Ltd.", "DV", 7.2)
    R.c("41, Usman Road, T. Nagar, Chennai 600017", "DV", 7.2)
    R.c("GSTIN: 33AAKCS4418M1Z2", "DV", 7.2)
    R.c("FSSAI Lic. No. 12421007000784", "DV", 7.2)
    R.gap(4)
    R.c("TAX INVOICE", "DVMB", 9)
    R.ln(f"Bill No: {no}", "Tbl: 22")
    R.ln("Date: 15-03-2026", "18:52")
    R.ln("Steward: Murugan", "Covers: 4")
    R.chars("-")
    R.ln("Item           Qty   Rate    Amount", font="DVMB", size=7.6)
    lines = [
        ("Masala Dosa", 2, "110.00"),
        ("Idli Vada", 1, "85.00"),
        ("Paneer Butter Masala", 1, "240.00"),
        ("Butter Naan", 4, "55.00"),
        ("Veg Biryani", 1, "210.00"),
        ("Sweet Lassi", 1, "95.00"),
        ("Filter Coffee", 3, "45.00"),
    ]
    sub = ZERO
    items = []
    for desc, n, p in lines:
        amt = q(D(n) * D(p))
        sub += amt
        R.ln(f"{desc[:18]:<18} {n:>2} {m_in(D(p)):>7}", m_in(amt), size=7.6)
        items.append(item(desc, n, p, amt))
    R.chars("-")
    cg, sg = pct(sub, "2.5"), pct(sub, "2.5")
    raw = sub + cg + sg
    tot = q(raw.quantize(D("1"), ROUND_HALF_UP))
    rnd = tot - raw
    R.ln("Sub Total", m_in(sub))
    R.ln("CGST @ 2.5%", m_in(cg))
    R.ln("SGST @ 2.5%", m_in(sg))
    R.ln("Round Off", m_in(rnd))
    R.ln("GRAND TOTAL", "₹ " + m_in(tot), font="DVMB", size=11, lead=15)
    R.chars("-")
    R.ln("Paid by UPI", m_in(tot))
    R.ln("UPI Ref 608814473921", size=7.2)
    R.gap(4)
    R.c("HSN/SAC 996331 · Restaurant service", "DV", 7)
    R.c("Thank you! Visit again.", "DV", 8)
    t = truth(
        no,
        date,
        None,
        V,
        sub,
        cg + sg,
        tot,
        "INR",
        "en-IN",
        "receipt",
        "receipt",
        items,
        f"CGST 2.5 % + SGST 2.5 % (vat = both), Round Off {m_in(rnd)}; total = GRAND TOTAL ₹{m_in(tot)}. Image-only PDF.",
        rounding=rnd,
    )
    return R.render(f"Bill {no}"), t


def r14(rng):
    """PH convenience store sales invoice, VAT included with VATable / VAT-exempt split, cash."""
    V = "SariMart Convenience Store Corp."
    no, date = "000184472", d(2026, 3, 3)
    R = Roll(76, font="DVM", size=7.6)
    R.c("SariMart", "DVB", 15, lead=18)
    R.c("SariMart Convenience Store Corp.", "DV", 7.4)
    R.c("88 Tomas Morato Ave., Brgy. Sacred Heart", "DV", 7.2)
    R.c("Quezon City 1103, Metro Manila", "DV", 7.2)
    R.c("VAT REG TIN: 008-441-902-00012", "DV", 7.2)
    R.c("MIN: 24031518221  SN: KX2201884", "DV", 7.2)
    R.gap(4)
    R.c("SALES INVOICE", "DVMB", 9)
    R.ln(f"SI No.: {no}", "03/03/2026")
    R.ln("Cashier: Jomar", "15:26")
    R.chars("-")
    lines = [
        ("Instant Noodles Beef 55g", 4, "14.50", "V"),
        ("Bottled Water 1L", 2, "25.00", "V"),
        ("Corned Beef 150g", 2, "42.75", "V"),
        ("Pandesal 10pcs", 1, "45.00", "E"),
        ("Fresh Eggs 6pcs", 1, "58.00", "E"),
        ("Dishwashing Liquid 250ml", 1, "39.50", "V"),
        ("Coffee 3in1 10s", 1, "86.00", "V"),
    ]
    vs, ex = ZERO, ZERO
    items = []
    for desc, n, p, code in lines:
        amt = q(D(n) * D(p))
        if code == "V":
            vs += amt
        else:
            ex += amt
        R.ln(desc)
        R.ln(f"  {n} @ {m_en(D(p))}", f"{m_en(amt)} {code}")
        items.append(item(desc, n, p, amt))
    total = vs + ex
    R.chars("-")
    R.ln("TOTAL", "PHP " + m_en(total), font="DVMB", size=10.5, lead=14)
    cash = D("1000.00")
    R.ln("CASH", m_en(cash))
    R.ln("CHANGE", m_en(cash - total))
    R.chars("-")
    vat = incl_tax(vs, 12)
    R.ln("VATable Sales", m_en(vs - vat))
    R.ln("VAT Amount (12%)", m_en(vat))
    R.ln("VAT-Exempt Sales", m_en(ex))
    R.ln("Zero-Rated Sales", "0.00")
    R.gap(3)
    R.ln("Sold to: ______________________", size=7)
    R.ln("TIN: _________________________", size=7)
    R.gap(4)
    R.c("PTU No. FP032024-116-0411882-00012", "DV", 6.6)
    R.c("THIS SERVES AS A SALES INVOICE", "DVB", 7)
    R.c("Salamat po! Balik po kayo!", "DV", 7.6)
    t = truth(
        no,
        date,
        None,
        V,
        total - vat,
        vat,
        total,
        "PHP",
        "en-PH",
        "receipt",
        "receipt",
        items,
        f"VAT included: the page prints VATable Sales net of VAT {m_en(vs - vat)}, VAT {m_en(vat)} and VAT-exempt sales {m_en(ex)}; amount = total - VAT; total = TOTAL {m_en(total)}; CASH 1,000.00 and CHANGE are tenders.",
    )
    return R.render(f"Sales invoice {no}"), t


def r15(rng):
    """SE grocery, member prices, pant and a pant return voucher, card payment."""
    V = "Livs & Deli Hornstull AB"
    no, date = "4471", d(2026, 3, 19)
    R = Roll(80, font="DV", size=8.2)
    R.c("Livs & Deli", "DVSB", 16, lead=19)
    R.c("HORNSTULL", "DV", 8)
    R.c("Långholmsgatan 34, 117 33 Stockholm", "DV", 7.4)
    R.c("Livs & Deli Hornstull AB · Org.nr 559221-4470", "DV", 7.4)
    R.gap(6)
    R.ln("KVITTO", f"Nr {no}", font="DVB")
    R.ln("2026-03-19 18:37", "Kassa 1 / Elin", size=7.4)
    R.rule()
    lines = [
        ("Mellanmjölk 1,5 l", "18.90", 12),
        ("Knäckebröd råg", "27.50", 12),
        ("Laxfilé 400 g", "89.00", 12),
        ("  Medlemspris", "-15.00", 12),
        ("Ost Präst 28 % 700 g", "109.00", 12),
        ("Mineralvatten 1,5 l", "16.90", 12),
        ("Pant", "2.00", 12),
        ("Läsk burk 33 cl x 6", "59.40", 12),
        ("Pant 6 x 1,00", "6.00", 12),
        ("Diskmedel 500 ml", "24.90", 25),
        ("Tändstickor 10-pack", "19.90", 25),
        ("Pantkvitto 0331-118", "-23.00", 12),
    ]
    groups = {12: ZERO, 25: ZERO}
    items = []
    for desc, p, r in lines:
        R.ln(desc, m_de(D(p)))
        groups[r] += D(p)
        items.append(item(desc.strip(), 1, p, p))
    total = sum(groups.values())
    R.rule()
    R.ln("ATT BETALA", m_de(total) + " kr", font="DVB", size=11, lead=15)
    R.ln("Kort Mastercard", m_de(total))
    R.ln("Varav medlemsrabatt", "15,00", size=7.4)
    R.gap(4)
    tx = _tax_incl(groups, {12: 12, 25: 25})
    R.ln("Moms %      Moms      Netto     Brutto", font="DVM", size=7.2)
    vat = ZERO
    for r in (12, 25):
        n_, v_, g_ = tx[r]
        vat += v_
        R.ln(f"{r:>5}  {m_de(v_):>9} {m_de(n_):>9} {m_de(g_):>10}", font="DVM", size=7.2)
    R.gap(4)
    R.ln("Mastercard ************1187", size=7.2)
    R.ln("Köp SEK " + m_de(total) + "   Ref 118804", size=7.2)
    R.ln("Kontrollenhet: BL200412880931", size=7.2)
    R.gap(5)
    R.c("Tack för ditt köp! Spara kvittot.", "DVI", 8)
    t = truth(
        no,
        date,
        None,
        V,
        total - vat,
        vat,
        total,
        "SEK",
        "sv-SE",
        "receipt",
        "receipt",
        items,
        f"Member price as a negative line, pant lines and a redeemed pantkvitto (-23,00); moms 12 %/25 % included; total = ATT BETALA {m_de(total)} kr.",
    )
    return R.render(f"Kvitto {no}"), t


def r16(rng):
    """IT hardware store documento commerciale, discount, split payment cash + card (photo)."""
    V = "FERRAMENTA COLOMBO S.r.l."
    no, date = "0112-0087", d(2026, 3, 12)
    R = Roll(80, font="DVM", size=8)
    R.c("FERRAMENTA COLOMBO S.r.l.", "DVB", 11, lead=14)
    R.c("Via Borgo Palazzo 118 - 24125 Bergamo", "DV", 7.4)
    R.c("P.IVA 02881470164", "DV", 7.4)
    R.gap(4)
    R.c("DOCUMENTO COMMERCIALE", "DVMB", 8.5)
    R.c("di vendita o prestazione", "DVM", 7.6)
    R.gap(3)
    R.ln("DESCRIZIONE", "IVA  Prezzo(€)", font="DVMB", size=7.6)
    lines = [
        ("TRAPANO AVVITATORE 18V", "79.90"),
        ("SCONTO 10%", "-7.99"),
        ("PUNTE HSS SET 19PZ", "14.50"),
        ("TASSELLI 6MM 100PZ", "5.90"),
        ("SILICONE TRASP. 280ML", "6.40"),
        ("GUANTI LAVORO TG.9", "3.90"),
    ]
    total = ZERO
    items = []
    for desc, p in lines:
        R.ln(desc, f"22%  {m_de(D(p))}")
        total += D(p)
        items.append(item(desc, 1, p, p))
    R.chars("-")
    vat = incl_tax(total, 22)
    R.ln("TOTALE COMPLESSIVO", m_de(total), font="DVMB", size=10, lead=13)
    R.ln("DI CUI IVA", m_de(vat))
    cash = D("40.00")
    R.ln("Pagamento contante", m_de(cash))
    R.ln("Pagamento elettronico", m_de(total - cash))
    R.ln("Non riscosso", "0,00")
    R.ln("Resto", "0,00")
    R.ln("Importo pagato", m_de(total))
    R.chars("-")
    R.ln("12-03-2026 17:08", f"DOC.N. {no}")
    R.ln("RT 99MEY018822", "")
    R.gap(4)
    R.qr(56, "r16")
    R.c("Grazie e arrivederci", "DV", 8)
    t = truth(
        no,
        date,
        None,
        V,
        total - vat,
        vat,
        total,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        items,
        f"Discount line -7,99; split payment: contante 40,00 + elettronico {m_de(total - cash)}; total = TOTALE COMPLESSIVO {m_de(total)}; IVA 22 % included (DI CUI IVA).",
    )
    return R.render(f"Documento commerciale {no}"), t


# ================================================================ set

# name: (function, kind, country, options for the image step)
DOCS = {
    "i01": (i01, "pdf", "DE", {}),
    "i02": (i02, "scan", "AT", {"dpi": 200, "grey": True, "blur": 0.7, "noise": 6.0, "specks": 60}),
    "i03": (i03, "pdf", "NL", {}),
    "i04": (i04, "photo", "US", {"dpi": 220, "background": "wood"}),
    "i05": (i05, "pdf", "FR", {}),
    "i06": (
        i06,
        "scan",
        "BE",
        {"dpi": 170, "grey": False, "blur": 0.6, "noise": 4.0, "specks": 25},
    ),
    "i07": (
        i07,
        "imgpdf",
        "IT",
        {"dpi": 200, "grey": True, "blur": 0.8, "noise": 7.0, "specks": 80},
    ),
    "i08": (i08, "pdf", "PL", {}),
    "i09": (i09, "scan", "CZ", {"dpi": 240, "grey": True, "blur": 0.9, "noise": 5.0, "specks": 40}),
    "i10": (i10, "pdf", "ES", {}),
    "i11": (i11, "pdf", "IE", {}),
    "i12": (i12, "photo", "DE", {"dpi": 220, "background": "desk"}),
    "i13": (i13, "pdf", "GB", {}),
    "i14": (i14, "pdf", "SE", {}),
    "i15": (
        i15,
        "scan",
        "AU",
        {
            "dpi": 180,
            "grey": False,
            "blur": 0.5,
            "noise": 4.0,
            "specks": 20,
            "tone": (250, 248, 240),
        },
    ),
    "i16": (
        i16,
        "imgpdf",
        "CH",
        {"dpi": 150, "grey": True, "blur": 0.5, "noise": 5.0, "specks": 30},
    ),
    "r01": (r01, "photo", "DE", {"dpi": 260, "background": "fabric"}),
    "r02": (
        r02,
        "scan",
        "NL",
        {"dpi": 203, "grey": True, "blur": 0.6, "noise": 5.0, "specks": 30, "fade": (0.95, 0.55)},
    ),
    "r03": (r03, "pdf", "GB", {}),
    "r04": (r04, "photo", "NO", {"dpi": 260, "background": "wood"}),
    "r05": (
        r05,
        "scan",
        "FR",
        {"dpi": 300, "grey": True, "blur": 0.7, "noise": 5.0, "specks": 40, "width": 650},
    ),
    "r06": (r06, "pdf", "CA", {}),
    "r07": (r07, "photo", "US", {"dpi": 260, "background": "wood"}),
    "r08": (
        r08,
        "scan",
        "CH",
        {"dpi": 200, "grey": False, "blur": 0.6, "noise": 4.0, "specks": 20, "fade": (0.9, 0.75)},
    ),
    "r09": (r09, "photo", "PL", {"dpi": 300, "background": "desk"}),
    "r10": (
        r10,
        "scan",
        "DK",
        {"dpi": 220, "grey": True, "blur": 0.6, "noise": 5.0, "specks": 25, "fade": (0.85, 0.6)},
    ),
    "r11": (r11, "pdf", "ES", {}),
    "r12": (r12, "photo", "MY", {"dpi": 260, "background": "fabric"}),
    "r13": (
        r13,
        "imgpdf",
        "IN",
        {"dpi": 200, "grey": True, "blur": 0.6, "noise": 6.0, "specks": 40, "fade": (0.9, 0.65)},
    ),
    "r14": (r14, "pdf", "PH", {}),
    "r15": (r15, "pdf", "SE", {}),
    "r16": (r16, "photo", "IT", {"dpi": 260, "background": "desk"}),
}

KIND_LABEL = {
    "pdf": "born-digital PDF",
    "scan": "scan (PNG)",
    "imgpdf": "image-only PDF (scan)",
    "photo": "photo (JPEG)",
}


def build(name: str, out: Path):
    fn, kind, _country, opt = DOCS[name]
    rng = random.Random(zlib.crc32(name.encode()))
    pdf, t = fn(rng)
    (w, h), _n = page_size(pdf)
    if kind == "pdf":
        ext, data = "pdf", pdf
    elif kind == "scan":
        buf = io.BytesIO()
        scan(pdf, rng, **opt).save(buf, "PNG", optimize=True)
        ext, data = "png", buf.getvalue()
    elif kind == "imgpdf":
        ext, data = "pdf", image_pdf(scan(pdf, rng, **opt), (w, h), name)
    else:
        ext, data = "jpg", photo(pdf, rng, **opt)
    t["kind"] = {"pdf": "pdf", "scan": "scan", "imgpdf": "scan", "photo": "photo"}[kind]
    for old in ("pdf", "png", "jpg"):
        p = out / f"{name}.{old}"
        if old != ext and p.exists():
            p.unlink()
    (out / f"{name}.{ext}").write_bytes(data)
    (out / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return ext, t


README_HEAD = """# Blind set 2026-13s — money that moves

Focus: **discounts, deposits, refunds and split payments.** 16 invoices (`i01`..`i16`, 15
countries) and 16 receipts (`r01`..`r16`, 16 countries). Generated by
`bench/blindsets/blind_2026_13s.py`; re-run with
`python -m bench.blindsets.blind_2026_13s [OUTDIR] [--only NAME]` from the repository root.
The author wrote it blind: without looking at the reader, its tests or other sets.

## How the set is drawn

- Every document has its own drawing function (reportlab canvas, `invariant=1`) with its own
  layout, fonts (DejaVu Sans / Condensed / Mono / Serif), wording and language, logos drawn as
  shapes or wordmarks, customer blocks, footers with bank and registration details, QR-ish
  boxes and barcodes. Invoices are A4 or US Letter; three are two-page PDFs (`i03`, `i10`,
  `i14`). Receipts are drawn on 58 / 76 / 80 mm rolls as long as their content.
- Every text run is checked to stay on the page and not to overlap another run
  (`LayoutError` otherwise).
- Every random choice of a document (skew, noise, specks, fade, photo geometry, light,
  background, JPEG quality) is seeded with the CRC-32 of its name: re-runs are byte-identical.
- Amounts are computed once with `Decimal` (ROUND_HALF_UP); the page is printed and the truth
  keyed from the same values, and the generator asserts
  `amount + vat + tip + rounding == total` for every document.
- Images: scans are rendered with pypdfium2 at 150–300 dpi, grey or colour, with paper tone,
  a skew within ±1.6°, blur, noise, specks, thermal fading on some receipts, and one receipt
  downscaled to 650 px wide. Photos put the page in perspective on a wood / desk / fabric
  texture with a drop shadow, a fold, directional light, a soft corner shadow and JPEG quality
  60–80, long side 1,500–2,300 px. Three image-only PDFs embed a degraded scan as the only page
  content (no text layer).

## Truth conventions

- `total` is the document's gross total including every tax, **before** anything paid or
  credited earlier is deducted: advance invoices, a partial payment, an applied credit note,
  retention, withholding tax (ritenuta) and an insurer's share are printed as deductions
  below the total and lead to a separate balance line (Restbetrag, BALANCE DUE, NET À PAYER,
  NETTO A PAGARE, AMOUNT PAYABLE, Zu bezahlen) which is **not** keyed. Each note says which
  printed figure is the total.
- `amount` is the net before tax as printed. Charges outside the tax base (bottle and crate
  deposit on `i06`, the Inarcassa contribution on `i07` which is part of the IVA base) are
  part of `amount`. A service charge (`r12`) is part of `amount`, not of `vat`.
- `vat` is the sum of all taxes printed (GST + PST, CGST + SGST, VAT at several rates).
  Withholding taxes and retention are not taxes charged and are not in `vat`. A reverse-charge
  invoice that prints `VAT 0.00` is keyed `"0.00"`; the small-business invoice (`i12`) prints
  no VAT and is keyed `null` with `amount = total`.
- Tax-inclusive receipts: `vat` is the tax printed (sum of all rates) and
  `amount = total - vat` (minus rounding where present).
- `rounding`: a cash-rounding / round-off line printed on the page (`i09`, `r10`, `r12`,
  `r13`) is included in `total` (the rounded figure the page asks to pay); the tax-inclusive
  `amount` is then the unrounded gross minus `vat`.
- `tip`: on `r07` the tip and the new total are handwritten on the card slip; `total` is the
  handwritten total (bill + tip) and the tip is keyed in the note; the printed bill total is
  `amount + vat`.
- Deposits (Pfand, statiegeld, pant) and redeemed deposit vouchers are ordinary lines of the
  bill and stay in `total`. Gift cards, cash tendered and change are tenders, never the total.
- Refunds and credit notes are keyed negative, as printed (`r03` refund receipt, `i16`
  Gutschrift with `document_type` `credit_note`).
- `invoice_number` is the document's own number (receipt / bill / check / docket number), as
  printed without its label. `due_date` only where a due date is printed; on the instalment
  invoice (`i14`) it is the first instalment's due date printed as Förfallodatum.
- `vendor_name` is the seller's name as printed, with its legal form where printed with it.
- `line_items`: the lines as printed, `amount` as printed on the line (net on invoices, gross on
  tax-inclusive receipts), discount / deposit / credit lines included as their own items.
  Unit prices with three decimals are keyed with three.
- `locale` is the document's language-country; `kind` is `pdf`, `scan` (PNG or image-only PDF)
  or `photo` (JPEG).
"""


def write_readme(out: Path, built):
    mix = {}
    for name, (_ext, t) in built.items():
        k = DOCS[name][1]
        mix.setdefault(k, {"invoice": 0, "receipt": 0})
        mix[k][t["layout"]] += 1
    lines = [
        README_HEAD,
        "## Mix",
        "",
        "| kind | file | invoices | receipts | total |",
        "|---|---|---|---|---|",
    ]
    for k, ext in (("pdf", "pdf"), ("scan", "png"), ("imgpdf", "pdf"), ("photo", "jpg")):
        m = mix.get(k, {"invoice": 0, "receipt": 0})
        lines.append(
            f"| {KIND_LABEL[k]} | .{ext} | {m['invoice']} | {m['receipt']} | {m['invoice'] + m['receipt']} |"
        )
    n_inv = sum(1 for t in built.values() if t[1]["layout"] == "invoice")
    lines.append(f"| **all** | | {n_inv} | {len(built) - n_inv} | {len(built)} |")
    lines += [
        "",
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, (ext, t) in built.items():
        kind = DOCS[name][1]
        lines.append(
            f"| {name}.{ext} | {KIND_LABEL[kind]} | {DOCS[name][2]} | {t['document_type']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None, help="build one document, e.g. i07")
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else list(DOCS)
    built = {}
    for name in names:
        if name not in DOCS:
            raise SystemExit(f"unknown document {name!r}")
        built[name] = build(name, out)
        print(f"{name}.{built[name][0]}  {built[name][1]['total']} {built[name][1]['currency']}")
    if not a.only:
        write_readme(out, built)


if __name__ == "__main__":
    main()
