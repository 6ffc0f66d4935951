# ruff: noqa: E501
"""Blind set 13b: a finance team's inbox (invoices + till receipts, >= 8 countries).

Run: python -m bench.blindsets.blind_2026_13b [OUTDIR] [--only NAME]
"""

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
from PIL import Image
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

D = Decimal
C2 = D("0.01")
FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [
    ("DV", "DejaVuSans.ttf"),
    ("DVB", "DejaVuSans-Bold.ttf"),
    ("DVM", "DejaVuSansMono.ttf"),
    ("DVMB", "DejaVuSansMono-Bold.ttf"),
    ("DVS", "DejaVuSerif.ttf"),
    ("DVSB", "DejaVuSerif-Bold.ttf"),
    ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVCB", "DejaVuSansCondensed-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f))


class LayoutError(Exception):
    pass


def q(x):
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


def nf(v, dec=".", th=",", indian=False, nd=2):
    v = D(v)
    neg = v < 0
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
        ip = th.join([*parts, tail])
    else:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = th.join(g)
    out = ip + (dec + fp if nd else "")
    return ("-" if neg else "") + out


def de(v):
    return nf(v, ",", ".")


def fr(v):
    return nf(v, ",", "\u202f")


def en(v):
    return nf(v, ".", ",")


def ch(v):
    return nf(v, ".", "'")


def sv(v):
    return nf(v, ",", " ")


def inr(v):
    return nf(v, ".", ",", indian=True)


def d(y, m, dd):
    return dt.date(y, m, dd)


# ---------------------------------------------------------------- page with layout checks
class Page:
    def __init__(self, buf, size, title):
        self.c = canvas.Canvas(buf, pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.W, self.H = size
        self.boxes = []

    def t(self, x, y, s, font="DV", size=9, align="l", color=(0, 0, 0)):
        s = str(s)
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        box = (x0, y - 0.22 * size, x0 + w, y + 0.78 * size)
        if box[0] < 2 or box[2] > self.W - 2 or box[1] < 2 or box[3] > self.H - 2:
            raise LayoutError(f"off page: {s!r} {box}")
        for b, o in self.boxes:
            if (
                box[0] < b[2] - 0.3
                and b[0] < box[2] - 0.3
                and box[1] < b[3] - 0.3
                and b[1] < box[3] - 0.3
            ):
                raise LayoutError(f"overlap: {s!r} with {o!r}")
        self.boxes.append((box, s))
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        return w

    def para(self, x, y, lines, font="DV", size=8, lead=None, align="l", color=(0, 0, 0)):
        lead = lead or size * 1.3
        for i, ln in enumerate(lines):
            if ln:
                self.t(x, y - i * lead, ln, font, size, align, color)
        return y - len(lines) * lead

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

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        if dash:
            c.setDash(*dash)
        c.line(x1, y1, x2, y2)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def qr(self, x, y, s, rng):
        n = 25
        cell = s / n
        self.c.setFillColorRGB(0, 0, 0)
        for i in range(n):
            for j in range(n):
                corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
                if corner:
                    a, b = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                    on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
                else:
                    on = rng.random() < 0.5
                if on:
                    self.c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, fill=1, stroke=0)

    def newpage(self):
        self.c.showPage()
        self.boxes = []

    def finish(self):
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- money helpers
def items_calc(items, incl=False):
    """items: (desc, qty, unit, rate). Returns rows (desc, qty, unit, amount, rate)."""
    rows = []
    for desc, qty, unit, rate in items:
        rows.append((desc, D(str(qty)), q(unit), q(D(str(qty)) * q(unit)), D(str(rate))))
    return rows


def vat_by_rate(rows, incl=False):
    base = {}
    for r in rows:
        base[r[4]] = base.get(r[4], D(0)) + r[3]
    out = []
    for rate, b in sorted(base.items()):
        if incl:
            tax = q(b * rate / (100 + rate))
            out.append((rate, b - tax, tax, b))
        else:
            tax = q(b * rate / 100)
            out.append((rate, b, tax, b + tax))
    return out


def truth(
    no,
    idate,
    due,
    vendor,
    amount,
    vat,
    total,
    cur,
    loc,
    layout,
    dtype,
    rows,
    note,
    tip=D(0),
    rounding=D(0),
):
    v0 = vat if vat is not None else D(0)
    assert q(amount) + q(v0) + q(tip) + q(rounding) == q(total), (
        no,
        amount,
        vat,
        tip,
        rounding,
        total,
    )
    return {
        "invoice_number": no,
        "invoice_date": idate.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": str(q(amount)),
        "vat": None if vat is None else str(q(vat)),
        "total": str(q(total)),
        "currency": cur,
        "locale": loc,
        "layout": layout,
        "document_type": dtype,
        "line_items": [
            {
                "description": r[0],
                "quantity": str(int(r[1])) if r[1] == r[1].to_integral() else str(r[1]),
                "unit_price": str(r[2]),
                "amount": str(r[3]),
            }
            for r in rows
        ],
        "note": note,
    }


# ---------------------------------------------------------------- rendering and degradation
def render(pdf_bytes, dpi, page=0):
    doc = pdfium.PdfDocument(pdf_bytes)
    img = doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    return img


def scan(
    img, rng, grey=True, skew=1.0, blur=0.6, noise=6.0, specks=40, fade=0.0, width=None, bed=238
):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    if fade:
        grad = np.linspace(1.0 - fade, 1.0 - fade * 0.3, h)[:, None, None]
        if rng.random() < 0.5:
            grad = grad[::-1]
        a = 255 - (255 - a) * grad
    pad = int(0.03 * w)
    a = cv2.copyMakeBorder(a, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(bed, bed, bed))
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(bed, bed, bed))
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nrng.normal(0, noise, a.shape[:2])[:, :, None]
    for _ in range(specks):
        y, x = nrng.integers(0, h), nrng.integers(0, w)
        r = int(nrng.integers(1, 3))
        cv2.circle(a, (int(x), int(y)), r, (60, 60, 60), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    if grey:
        im = im.convert("L")
    if width:
        im = im.resize((width, int(im.height * width / im.width)), Image.LANCZOS)
    return im


def _background(kind, W, H, nrng):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if kind == "wood":
        base = np.array([120, 85, 55], np.float32)
        st = np.sin(xx / 9.0 + 3 * np.sin(yy / 150.0)) * 14 + nrng.normal(0, 6, (H, W))
        bg = base[None, None, :] + st[:, :, None]
    elif kind == "desk":
        base = np.array([200, 200, 196], np.float32)
        bg = base[None, None, :] + nrng.normal(0, 5, (H, W))[:, :, None]
    elif kind == "dark":
        base = np.array([48, 50, 58], np.float32)
        bg = (
            base[None, None, :]
            + cv2.GaussianBlur(nrng.normal(0, 12, (H, W)).astype(np.float32), (0, 0), 3)[:, :, None]
        )
    else:  # cloth
        base = np.array([70, 95, 130], np.float32)
        st = (np.sin(xx / 3.0) * np.sin(yy / 3.0)) * 10
        bg = base[None, None, :] + st[:, :, None] + nrng.normal(0, 4, (H, W))[:, :, None]
    return bg


def photo(
    img,
    rng,
    bg="wood",
    long_side=2000,
    quality=72,
    fold=0,
    crumple=0.0,
    hand=False,
    shadow=True,
    tilt=3,
):
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    src = src * np.array([1.0, 0.99, 0.96], np.float32)
    sh, sw = src.shape[:2]
    if crumple:
        gy, gx = np.mgrid[0:sh, 0:sw].astype(np.float32)
        fx = cv2.GaussianBlur(
            nrng.normal(0, 1, (sh // 40 + 2, sw // 40 + 2)).astype(np.float32), (0, 0), 1
        )
        fy = cv2.GaussianBlur(
            nrng.normal(0, 1, (sh // 40 + 2, sw // 40 + 2)).astype(np.float32), (0, 0), 1
        )
        fx = cv2.resize(fx, (sw, sh), interpolation=cv2.INTER_CUBIC) * crumple * sw * 0.01
        fy = cv2.resize(fy, (sw, sh), interpolation=cv2.INTER_CUBIC) * crumple * sw * 0.01
        src = cv2.remap(src, gx + fx, gy + fy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
        shade = cv2.resize(
            cv2.GaussianBlur(
                nrng.normal(0, 1, (sh // 60 + 2, sw // 60 + 2)).astype(np.float32), (0, 0), 1
            ),
            (sw, sh),
        )
        src = src * (1 - 0.06 * crumple * shade)[:, :, None]
    for i in range(fold):
        yf = int(sh * (i + 1) / (fold + 1) + nrng.integers(-sh // 20, sh // 20))
        prof = np.ones(sh, np.float32)
        ys = np.arange(sh)
        prof -= 0.18 * np.exp(-((ys - yf) ** 2) / (2 * (sh * 0.004) ** 2))
        prof += 0.05 * np.exp(-((ys - yf - sh * 0.012) ** 2) / (2 * (sh * 0.01) ** 2))
        src = src * prof[:, None, None]
    portrait = sh >= sw
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    out = _background(bg, W, H, nrng)
    scale = min(W * 0.86 / sw, H * 0.86 / sh)
    pw, ph = sw * scale, sh * scale
    cx, cy = W / 2 + nrng.uniform(-0.03, 0.03) * W, H / 2 + nrng.uniform(-0.03, 0.03) * H
    j = lambda: nrng.uniform(-tilt, tilt) / 100 * min(pw, ph)  # noqa: E731
    dst = np.float32(
        [
            [cx - pw / 2 + j(), cy - ph / 2 + j()],
            [cx + pw / 2 + j(), cy - ph / 2 + j()],
            [cx + pw / 2 + j(), cy + ph / 2 + j()],
            [cx - pw / 2 + j(), cy + ph / 2 + j()],
        ]
    )
    # perspective: narrow the top a bit
    k = nrng.uniform(0.0, 0.05) * pw
    dst[0, 0] += k
    dst[1, 0] -= k
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))
    # drop shadow
    sm = cv2.GaussianBlur(np.roll(np.roll(mask, 10, 0), 8, 1), (0, 0), 12)
    out = out * (1 - 0.45 * sm)[:, :, None]
    if hand:
        hm = np.zeros((H, W), np.float32)
        cv2.ellipse(
            hm,
            (int(dst[3, 0] + pw * 0.25), int(H * 0.98)),
            (int(W * 0.22), int(H * 0.16)),
            -15,
            0,
            360,
            1.0,
            -1,
        )
        hm = cv2.GaussianBlur(hm, (0, 0), 6)
        out = out * (1 - hm[:, :, None]) + np.array([205, 160, 135], np.float32) * hm[:, :, None]
    out = out * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    if hand:
        th = np.zeros((H, W), np.float32)
        tx, ty = int(dst[3, 0] + pw * 0.08), int(dst[3, 1] - ph * 0.02)
        cv2.ellipse(th, (tx, ty), (int(W * 0.05), int(H * 0.035)), 30, 0, 360, 1.0, -1)
        th = cv2.GaussianBlur(th, (0, 0), 4)
        out = out * (1 - th[:, :, None]) + np.array([215, 170, 145], np.float32) * th[:, :, None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = nrng.uniform(0, 2 * np.pi)
    light = 0.86 + 0.16 * ((np.cos(ang) * xx / W + np.sin(ang) * yy / H) + 0.5)
    out = out * light[:, :, None]
    if shadow:
        poly = np.array(
            [
                [0, 0],
                [int(W * nrng.uniform(0.3, 0.6)), 0],
                [int(W * nrng.uniform(0.1, 0.35)), H],
                [0, H],
            ],
            np.int32,
        )
        if nrng.random() < 0.5:
            poly[:, 0] = W - poly[:, 0]
        smask = np.zeros((H, W), np.float32)
        cv2.fillPoly(smask, [poly], 1.0)
        smask = cv2.GaussianBlur(smask, (0, 0), 40)
        out = out * (1 - 0.28 * smask)[:, :, None]
    out = cv2.GaussianBlur(out, (0, 0), 0.7)
    out = out + nrng.normal(0, 3.5, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    return Image.fromarray(out)


def image_pdf(im, dpi):
    buf = io.BytesIO()
    w, h = im.width * 72 / dpi, im.height * 72 / dpi
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    c.drawImage(ImageReader(im.convert("RGB")), 0, 0, w, h)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- receipts
class Roll:
    """Line-based till receipt on a thermal roll; height follows content."""

    def __init__(self, width_mm, font="DVM", bold="DVMB", size=7.6, margin_mm=3.5, lead=1.32):
        self.Wmm, self.font, self.bold, self.size, self.m, self.lead = (
            width_mm,
            font,
            bold,
            size,
            margin_mm * mm,
            lead,
        )
        self.ops = []

    def c(self, s, size=None, bold=False):
        self.ops.append(("c", s, size or self.size, bold))

    def l(self, s, size=None, bold=False):  # noqa: E743
        self.ops.append(("l", s, size or self.size, bold))

    def lr(self, a, b, size=None, bold=False):
        self.ops.append(("lr", (a, b), size or self.size, bold))

    def lmr(self, a, m, b, size=None, bold=False, mx=0.62):
        self.ops.append(("lmr", (a, m, b, mx), size or self.size, bold))

    def hr(self, ch="-"):
        self.ops.append(("hr", ch, self.size, False))

    def sp(self, n=1):
        for _ in range(n):
            self.ops.append(("sp", "", self.size, False))

    def logo(self, kind, h_mm=14, text=""):
        self.ops.append(("logo", (kind, text), h_mm * mm, False))

    def qr(self, s_mm=18):
        self.ops.append(("qr", None, s_mm * mm, False))

    def barcode(self, h_mm=9):
        self.ops.append(("bar", None, h_mm * mm, False))

    def pdf(self, title, rng):  # noqa: C901
        W = self.Wmm * mm
        H = 8 * mm
        for op, _, size, _b in self.ops:
            H += size + 4 if op in ("logo", "qr", "bar") else size * self.lead
        H += 8 * mm
        buf = io.BytesIO()
        p = Page(buf, (W, H), title)
        y = H - 7 * mm
        L, R = self.m, W - self.m
        for op, s, size, b in self.ops:
            f = self.bold if b else self.font
            if op in ("logo", "qr", "bar"):
                top = y + size * 0.6
                if op == "logo":
                    draw_logo(p, s[0], W / 2, top - size, size, s[1])
                elif op == "qr":
                    p.qr(W / 2 - size / 2, top - size, size, rng)
                else:
                    x = L + 6
                    while x < R - 8:
                        bw = rng.choice([0.6, 0.9, 1.5])
                        p.rect(x, top - size, bw, size, fill=(0, 0, 0), stroke=None)
                        x += bw + rng.choice([0.7, 1.0, 1.6])
                y -= size + 4
                continue
            y -= size * self.lead
            if op == "c":
                p.t(W / 2, y, s, f, size, "c")
            elif op == "l":
                p.t(L, y, s, f, size)
            elif op == "lr":
                if s[0]:
                    p.t(L, y, s[0], f, size)
                p.t(R, y, s[1], f, size, "r")
            elif op == "lmr":
                p.t(L, y, s[0], f, size)
                if s[1]:
                    p.t(L + (R - L) * s[3], y, s[1], f, size, "r")
                p.t(R, y, s[2], f, size, "r")
            elif op == "hr":
                cw = pdfmetrics.stringWidth(s, self.font, size)
                p.t(W / 2, y, s * int((R - L) / cw), self.font, size, "c")
        p.finish()
        return buf.getvalue()


def draw_logo(p, kind, cx, y, h, text=""):
    c = p.c
    if kind == "circles":
        for i, col in enumerate([(0.1, 0.1, 0.1), (0.45, 0.45, 0.45), (0.7, 0.7, 0.7)]):
            c.setFillColorRGB(*col)
            c.circle(cx - h * 0.55 + i * h * 0.55, y + h / 2, h * 0.32, fill=1, stroke=0)
    elif kind == "leaf":
        c.setFillColorRGB(0.1, 0.1, 0.1)
        pth = c.beginPath()
        pth.moveTo(cx - h * 0.5, y + h * 0.1)
        pth.curveTo(cx - h * 0.6, y + h * 0.9, cx + h * 0.4, y + h, cx + h * 0.5, y + h * 0.95)
        pth.curveTo(cx + h * 0.4, y + h * 0.2, cx - h * 0.2, y, cx - h * 0.5, y + h * 0.1)
        c.drawPath(pth, fill=1, stroke=0)
    elif kind == "cross":
        c.setFillColorRGB(0.15, 0.15, 0.15)
        a = h * 0.3
        c.rect(cx - a / 2, y, a, h, fill=1, stroke=0)
        c.rect(cx - h / 2, y + h / 2 - a / 2, h, a, fill=1, stroke=0)
    elif kind == "drop":
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.circle(cx, y + h * 0.35, h * 0.35, fill=1, stroke=0)
        pth = c.beginPath()
        pth.moveTo(cx - h * 0.33, y + h * 0.45)
        pth.lineTo(cx, y + h)
        pth.lineTo(cx + h * 0.33, y + h * 0.45)
        c.drawPath(pth, fill=1, stroke=0)
    elif kind == "badge":
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.roundRect(cx - h * 1.4, y, h * 2.8, h, h * 0.25, fill=1, stroke=0)
        if text:
            c.setFillColorRGB(1, 1, 1)
            c.setFont("DVB", h * 0.55)
            c.drawCentredString(cx, y + h * 0.3, text)
    elif kind == "p":
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.roundRect(cx - h / 2, y, h, h, h * 0.15, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DVB", h * 0.75)
        c.drawCentredString(cx, y + h * 0.2, "P")
    c.setFillColorRGB(0, 0, 0)


# ---------------------------------------------------------------- invoice helpers
def table(
    p,
    cols,
    y,
    headers,
    rows,
    size=8.5,
    lead=14,
    hfont="DVB",
    font="DV",
    rule=True,
    shade=None,
    W0=None,
    W1=None,
):
    """cols: list of (x, align)."""
    W0 = W0 if W0 is not None else cols[0][0] - 4
    W1 = W1 if W1 is not None else cols[-1][0] + 4
    if shade:
        p.rect(W0, y - 4, W1 - W0, lead, fill=shade, stroke=None)
    for (x, a), h in zip(cols, headers, strict=False):
        if h:
            p.t(x, y, h, hfont, size, a)
    y -= lead
    if rule:
        p.line(W0, y + lead * 0.55, W1, y + lead * 0.55)
    for r in rows:
        for (x, a), v in zip(cols, r, strict=False):
            if v != "":
                p.t(x, y, v, font, size, a)
        y -= lead
    if rule:
        p.line(W0, y + lead * 0.55, W1, y + lead * 0.55)
    return y


def kv(p, x, xv, y, pairs, size=9, lead=13, lf="DV", vf="DV", va="l", la="l"):
    for k, v in pairs:
        if k:
            p.t(x, y, k, lf, size, la)
        if v:
            p.t(xv, y, v, vf, size, va)
        y -= lead
    return y


def qs(x):
    x = D(str(x))
    return str(int(x)) if x == x.to_integral() else str(x).replace(".", ",")


def qe(x):
    x = D(str(x))
    return str(int(x)) if x == x.to_integral() else str(x)


# ---------------------------------------------------------------- invoices
def i01(rng):
    """NL hosting provider, totals box at the top."""
    buf = io.BytesIO()
    p = Page(buf, A4, "Factuur 2026-104772")
    _W, H = A4
    rows = items_calc(
        [
            ("VPS Pro 8 GB (maart 2026)", 2, "24.95", 21),
            ("Extra IPv4-adres", 3, "2.50", 21),
            ("Domeinnaam kademo-klant.nl (1 jaar)", 1, "8.99", 21),
            ("Managed back-up 200 GB", 1, "12.00", 21),
        ]
    )
    vb = vat_by_rate(rows)
    net = sum(r[3] for r in rows)
    vat = sum(v[2] for v in vb)
    tot = net + vat
    p.rect(40, H - 74, 30, 30, fill=(0.05, 0.35, 0.6), stroke=None)
    p.t(78, H - 66, "Kademo Hosting B.V.", "DVB", 16, color=(0.05, 0.35, 0.6))
    p.para(78, H - 82, ["Stationsplein 45", "3511 ED Utrecht", "Nederland"], size=8)
    p.rect(330, H - 150, 225, 100, fill=(0.93, 0.96, 0.99), stroke=(0.05, 0.35, 0.6))
    p.t(342, H - 68, "Te betalen", "DVB", 10)
    p.t(545, H - 68, "€ " + de(tot), "DVB", 16, "r")
    kv(
        p,
        342,
        545,
        H - 92,
        [
            ("Factuurnummer", "2026-104772"),
            ("Factuurdatum", "03-03-2026"),
            ("Vervaldatum", "17-03-2026"),
            ("Klantnummer", "KH-88213"),
        ],
        size=8.5,
        lead=13,
        va="r",
    )
    p.t(40, H - 180, "Factuur aan", "DVB", 9)
    p.para(
        40,
        H - 194,
        [
            "Brouwer & Zonen Logistiek B.V.",
            "t.a.v. Crediteurenadministratie",
            "Industrieweg 12",
            "5683 CE Best",
        ],
        size=9,
    )
    rowsp = [(r[0], qs(r[1]), "€ " + de(r[2]), "21%", "€ " + de(r[3])) for r in rows]
    y = table(
        p,
        [(44, "l"), (350, "r"), (420, "r"), (470, "r"), (551, "r")],
        H - 280,
        ["Omschrijving", "Aantal", "Prijs", "BTW", "Bedrag"],
        rowsp,
        shade=(0.9, 0.93, 0.97),
    )
    y = kv(
        p,
        380,
        551,
        y - 10,
        [("Subtotaal excl. BTW", "€ " + de(net)), ("BTW 21% over € " + de(net), "€ " + de(vat))],
        size=9,
        va="r",
    )
    p.line(380, y + 8, 551, y + 8)
    kv(
        p,
        380,
        551,
        y - 4,
        [("Totaal incl. BTW", "€ " + de(tot))],
        lf="DVB",
        vf="DVB",
        size=10,
        va="r",
    )
    p.para(
        40,
        120,
        [
            "Het bedrag wordt rond de vervaldatum automatisch afgeschreven via SEPA-incasso.",
            "Vragen over deze factuur? support@kademo.nl",
        ],
        size=8,
    )
    p.line(40, 70, 555, 70, color=(0.6, 0.6, 0.6))
    p.t(
        40,
        56,
        "Kademo Hosting B.V. · KvK 71234567 · BTW NL858712345B01 · IBAN NL42 INGB 0007 1234 56 · BIC INGBNL2A",
        "DV",
        7,
        color=(0.35, 0.35, 0.35),
    )
    p.finish()
    t = truth(
        "2026-104772",
        d(2026, 3, 3),
        d(2026, 3, 17),
        "Kademo Hosting B.V.",
        net,
        vat,
        tot,
        "EUR",
        "nl-NL",
        "invoice",
        "invoice",
        rows,
        "totals box at the top (Te betalen) before the table; DD-MM-YYYY dates; decimal comma",
    )
    return buf.getvalue(), t


def i02(rng):
    """FR SaaS, Factur-X style viewer (label/value tables)."""
    buf = io.BytesIO()
    p = Page(buf, A4, "Factur-X FA-2026-00318")
    W, H = A4
    rows = items_calc(
        [
            ("Abonnement Logivance Équipe – 25 utilisateurs (avril 2026)", 25, "18.00", 20),
            ("Module Signature électronique", 1, "49.00", 20),
            ("Stockage supplémentaire 500 Go", 2, "9.90", 20),
        ]
    )
    vb = vat_by_rate(rows)
    net = sum(r[3] for r in rows)
    vat = sum(v[2] for v in vb)
    tot = net + vat
    p.rect(0, H - 50, W, 50, fill=(0.2, 0.2, 0.25), stroke=None)
    p.t(30, H - 32, "Visualisation Factur-X (profil EN 16931)", "DVB", 13, color=(1, 1, 1))
    p.t(565, H - 32, "Fichier : FA-2026-00318.pdf", "DV", 8, "r", color=(0.85, 0.85, 0.85))

    def section(y, title, pairs):
        p.rect(30, y - 4, 535, 16, fill=(0.88, 0.9, 0.94), stroke=None)
        p.t(36, y, title, "DVB", 9)
        y -= 18
        for k, v in pairs:
            p.line(30, y - 4, 565, y - 4, lw=0.3, color=(0.75, 0.75, 0.75))
            p.t(36, y, k, "DV", 8.5, color=(0.3, 0.3, 0.3))
            p.t(250, y, v, "DV", 8.5)
            y -= 15
        return y - 10

    y = section(
        H - 80,
        "Informations générales",
        [
            ("Type de document", "380 – Facture commerciale"),
            ("Numéro de facture (BT-1)", "FA-2026-00318"),
            ("Date de facture (BT-2)", "02/04/2026"),
            ("Date d'échéance (BT-9)", "02/05/2026"),
            ("Devise (BT-5)", "EUR"),
            ("Référence acheteur (BT-10)", "BC-7781"),
        ],
    )
    y = section(
        y,
        "Vendeur",
        [
            ("Raison sociale (BT-27)", "Logivance SAS"),
            ("Adresse", "18 rue de la Charité, 69002 Lyon, France"),
            ("SIRET (BT-30)", "852 123 456 00027"),
            ("N° TVA (BT-31)", "FR47852123456"),
        ],
    )
    y = section(
        y,
        "Acheteur",
        [
            ("Raison sociale (BT-44)", "Atelier Morin SARL"),
            ("Adresse", "5 quai des Chartrons, 33000 Bordeaux"),
            ("N° TVA (BT-48)", "FR19501234567"),
        ],
    )
    p.t(36, y, "Lignes de facture", "DVB", 9)
    rowsp = [(r[0], qs(r[1]), fr(r[2]), "20,00 %", fr(r[3])) for r in rows]
    y = table(
        p,
        [(36, "l"), (390, "r"), (450, "r"), (505, "r"), (561, "r")],
        y - 18,
        ["Désignation (BT-153)", "Qté", "PU HT", "TVA", "Net HT"],
        rowsp,
        size=8,
        W0=30,
        W1=565,
    )
    y = section(
        y - 6,
        "Totaux du document",
        [
            ("Total HT (BT-109)", fr(net) + " EUR"),
            ("Total TVA (BT-110)", fr(vat) + " EUR"),
            ("Total TTC (BT-112)", fr(tot) + " EUR"),
            ("Montant à payer (BT-115)", fr(tot) + " EUR"),
        ],
    )
    y = section(
        y,
        "Paiement",
        [
            ("Moyen (BT-81)", "58 – Virement SEPA"),
            ("IBAN (BT-84)", "FR76 3000 4008 2800 0123 4567 890"),
            ("Conditions", "30 jours date de facture – pas d'escompte"),
        ],
    )
    p.t(
        30,
        30,
        "Rendu généré à partir du XML CII embarqué – page 1/1",
        "DV",
        7,
        color=(0.4, 0.4, 0.4),
    )
    p.finish()
    t = truth(
        "FA-2026-00318",
        d(2026, 4, 2),
        d(2026, 5, 2),
        "Logivance SAS",
        net,
        vat,
        tot,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        rows,
        "Factur-X viewer label/value tables with BT codes; buyer also an SARL; narrow-space thousands",
    )
    return buf.getvalue(), t


def i03(rng):
    """DE XRechnung viewer."""
    buf = io.BytesIO()
    p = Page(buf, A4, "XRechnung RE-26-004411")
    _W, H = A4
    rows = items_calc(
        [
            ("Cloud Server CX42 (Falkenstein), 01.02.–28.02.2026", 4, "16.40", 19),
            ("Object Storage 2 TB", 1, "11.90", 19),
            ("Load Balancer LB21", 1, "5.39", 19),
            ("Snapshots (Nutzung)", 1, "3.12", 19),
        ]
    )
    vb = vat_by_rate(rows)
    net = sum(r[3] for r in rows)
    vat = sum(v[2] for v in vb)
    tot = net + vat
    p.t(40, H - 50, "XRechnung", "DVB", 18)
    p.t(
        555,
        H - 50,
        "Version 3.0 · Standard: urn:cen.eu:en16931:2017#compliant#xrechnung_3.0",
        "DV",
        6.5,
        "r",
        color=(0.4, 0.4, 0.4),
    )
    p.line(40, H - 60, 555, H - 60, lw=1.2)
    y = H - 84
    blocks = [
        (
            "Übersicht",
            [
                ("Rechnungsnummer:", "RE-26-004411"),
                ("Rechnungsdatum:", "03.03.2026"),
                ("Rechnungsart:", "380 Rechnung"),
                ("Währung:", "EUR"),
                ("Leistungszeitraum:", "01.02.2026 – 28.02.2026"),
                ("Fälligkeitsdatum:", "17.03.2026"),
                ("Leitweg-ID:", "05315-11002-74"),
            ],
        ),
        (
            "Informationen zum Verkäufer",
            [
                ("Firmenname:", "Nordwerk Cloud GmbH"),
                ("Anschrift:", "Industriestraße 25, 91710 Gunzenhausen"),
                ("Umsatzsteuer-ID:", "DE812871812"),
                ("Registernummer:", "HRB 6089, AG Ansbach"),
            ],
        ),
        (
            "Informationen zum Käufer",
            [
                ("Name:", "Stadt Köln – Amt für Informationsverarbeitung"),
                ("Anschrift:", "Willy-Brandt-Platz 2, 50679 Köln"),
            ],
        ),
    ]
    for title, pairs in blocks:
        p.t(40, y, title, "DVB", 10)
        y -= 16
        for k, v in pairs:
            p.t(50, y, k, "DV", 8.5, color=(0.3, 0.3, 0.3))
            p.t(210, y, v, "DV", 8.5)
            y -= 13
        y -= 8
    p.t(40, y, "Rechnungspositionen", "DVB", 10)
    rowsp = [
        (str(i + 1), r[0], qs(r[1]) + " Stk", de(r[2]), "19 %", de(r[3]))
        for i, r in enumerate(rows)
    ]
    y = table(
        p,
        [(44, "l"), (64, "l"), (380, "r"), (440, "r"), (485, "r"), (551, "r")],
        y - 18,
        ["Pos", "Bezeichnung", "Menge", "Einzelpreis", "USt", "Netto"],
        rowsp,
        size=8,
    )
    p.t(40, y - 8, "Gesamtbeträge der Rechnung", "DVB", 10)
    y = kv(
        p,
        300,
        551,
        y - 26,
        [
            ("Summe Nettobeträge der Positionen:", de(net)),
            ("Gesamtbetrag ohne Umsatzsteuer:", de(net)),
            ("Summe Umsatzsteuer (S, 19 %):", de(vat)),
            ("Gesamtbetrag einschließlich Umsatzsteuer:", de(tot)),
            ("Fälliger Betrag:", de(tot)),
        ],
        size=8.5,
        va="r",
    )
    p.t(40, y - 10, "Zahlungsinformationen", "DVB", 10)
    kv(
        p,
        50,
        210,
        y - 26,
        [
            ("Zahlungsart:", "58 SEPA-Überweisung"),
            ("IBAN:", "DE92 7655 0000 0008 1234 56"),
            ("Verwendungszweck:", "RE-26-004411"),
        ],
        size=8.5,
    )
    p.finish()
    t = truth(
        "RE-26-004411",
        d(2026, 3, 3),
        d(2026, 3, 17),
        "Nordwerk Cloud GmbH",
        net,
        vat,
        tot,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        rows,
        "XRechnung viewer: label/value blocks, service period dates near the invoice date, several repeated total lines",
    )
    return buf.getvalue(), t


def i04(rng):
    """IN telecom, GST with CGST+SGST, lakh grouping."""
    buf = io.BytesIO()
    p = Page(buf, A4, "Tax Invoice")
    _W, H = A4
    rows = items_calc(
        [
            ("Business Fibre 1 Gbps – monthly rental (Apr-2026)", 1, "14999.00", 18),
            ("Static IP block /29", 1, "2500.00", 18),
            ("SIP trunk – 30 channels", 30, "350.00", 18),
            ("Usage charges (outgoing calls)", 1, "4318.60", 18),
        ]
    )
    net = sum(r[3] for r in rows)
    cg = q(net * D("0.09"))
    sg = q(net * D("0.09"))
    vat = cg + sg
    tot = net + vat
    p.t(40, H - 55, "VYOMNET", "DVB", 26, color=(0.75, 0.1, 0.15))
    p.t(40, H - 70, "Broadband · Voice · Enterprise", "DV", 8, color=(0.4, 0.4, 0.4))
    p.t(555, H - 50, "TAX INVOICE", "DVB", 14, "r")
    p.t(555, H - 66, "Original for Recipient", "DV", 8, "r")
    p.rect(40, H - 190, 515, 100, stroke=(0.4, 0.4, 0.4))
    p.line(297, H - 190, 297, H - 90, color=(0.4, 0.4, 0.4))
    p.para(
        48,
        H - 104,
        [
            "Bill To:",
            "Saraswat Textiles Pvt. Ltd.",
            "Plot 14, MIDC Andheri East",
            "Mumbai 400093, Maharashtra",
            "GSTIN: 27AABCS4455K1ZQ",
            "Account No: 1200 4471 9923",
        ],
        size=8.5,
        lead=13,
    )
    kv(
        p,
        305,
        420,
        H - 104,
        [
            ("Invoice No:", "MH/2026/0412987"),
            ("Invoice Date:", "05-Apr-2026"),
            ("Bill Period:", "01-Apr-2026 to 30-Apr-2026"),
            ("Due Date:", "20-Apr-2026"),
            ("Place of Supply:", "Maharashtra (27)"),
            ("HSN/SAC:", "998422"),
        ],
        size=8.5,
    )
    rowsp = [(str(i + 1), r[0], qs(r[1]), inr(r[2]), inr(r[3])) for i, r in enumerate(rows)]
    y = table(
        p,
        [(46, "l"), (66, "l"), (390, "r"), (465, "r"), (549, "r")],
        H - 215,
        ["#", "Description", "Qty", "Rate (₹)", "Taxable Value (₹)"],
        rowsp,
        size=8.5,
        shade=(0.95, 0.9, 0.9),
    )
    y = kv(
        p,
        330,
        549,
        y - 8,
        [("Taxable Value", inr(net)), ("CGST @ 9%", inr(cg)), ("SGST @ 9%", inr(sg))],
        size=9,
        va="r",
    )
    p.line(330, y + 9, 549, y + 9)
    y = kv(
        p,
        330,
        549,
        y - 4,
        [("Total Amount Payable (₹)", inr(tot))],
        lf="DVB",
        vf="DVB",
        size=10,
        va="r",
    )
    p.t(40, y - 12, "Amount in words: Rupees " + words_inr(tot), "DV", 7.5)
    p.para(
        40,
        110,
        [
            "Pay via UPI / NEFT: VyomNet Communications Limited, HDFC Bank, A/c 50200011223344, IFSC HDFC0000240",
            "This is a computer generated invoice and does not require a signature.",
        ],
        size=7.5,
    )
    p.line(40, 70, 555, 70)
    p.t(
        40,
        58,
        "VyomNet Communications Limited · CIN U64200MH2011PLC219876 · GSTIN 27AAACV1234F1Z5 · PAN AAACV1234F",
        "DV",
        7,
    )
    p.t(40, 48, "Regd. Office: 7th Floor, Bandra Kurla Complex, Mumbai 400051", "DV", 7)
    p.finish()
    t = truth(
        "MH/2026/0412987",
        d(2026, 4, 5),
        d(2026, 4, 20),
        "VyomNet Communications Limited",
        net,
        vat,
        tot,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        rows,
        "wordmark VYOMNET at top, legal name only in footer; CGST+SGST summed as vat; lakh digit grouping; bill period dates",
    )
    return buf.getvalue(), t


def words_inr(v):
    ones = [
        "Zero",
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Eleven",
        "Twelve",
        "Thirteen",
        "Fourteen",
        "Fifteen",
        "Sixteen",
        "Seventeen",
        "Eighteen",
        "Nineteen",
    ]
    tens = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]

    def w(n):
        if n < 20:
            return ones[n]
        if n < 100:
            return tens[n // 10] + ("" if n % 10 == 0 else " " + ones[n % 10])
        if n < 1000:
            return ones[n // 100] + " Hundred" + ("" if n % 100 == 0 else " " + w(n % 100))
        if n < 100000:
            return w(n // 1000) + " Thousand" + ("" if n % 1000 == 0 else " " + w(n % 1000))
        return w(n // 100000) + " Lakh" + ("" if n % 100000 == 0 else " " + w(n % 100000))

    r = int(v)
    p = int((v - r) * 100)
    return w(r) + (f" and {w(p)} Paise" if p else "") + " Only"


def simple_invoice(p, spec):
    """Shared drawing steps used by several invoices with per-document coordinates."""
    _W, _H = p.W, p.H
    sz = spec.get("size", 9)
    y = table(
        p,
        spec["cols"],
        spec["ty"],
        spec["heads"],
        spec["rows"],
        size=sz,
        lead=spec.get("lead", 15),
        hfont=spec.get("hfont", "DVB"),
        font=spec.get("font", "DV"),
        shade=spec.get("shade"),
    )
    y = kv(
        p,
        spec["tl"],
        spec["cols"][-1][0],
        y - 8,
        spec["tots"][:-1],
        size=sz,
        lf=spec.get("font", "DV"),
        vf=spec.get("font", "DV"),
        va="r",
    )
    p.line(spec["tl"], y + 9, spec["cols"][-1][0], y + 9)
    y = kv(
        p,
        spec["tl"],
        spec["cols"][-1][0],
        y - 5,
        spec["tots"][-1:],
        size=sz + 1.5,
        lf=spec.get("hfont", "DVB"),
        vf=spec.get("hfont", "DVB"),
        va="r",
    )
    return y


def i05(rng):
    """US SaaS, Letter, wordmark only + legal name in footer, sales tax."""
    buf = io.BytesIO()
    p = Page(buf, letter, "Invoice BL-2026-0931")
    _W, H = letter
    rows = items_calc(
        [
            ("Brightloop Growth plan – annual (seats: 12)", 12, "348.00", 0),
            ("Onboarding workshop (remote, 4 h)", 1, "600.00", 0),
            ("Priority support add-on", 1, "480.00", 0),
        ]
    )
    net = sum(r[3] for r in rows)
    vat = q(net * D("0.06625"))
    tot = net + vat
    p.t(50, H - 70, "brightloop", "DVB", 30, color=(0.35, 0.2, 0.75))
    p.c.setFillColorRGB(0.35, 0.2, 0.75)
    p.c.circle(232, H - 60, 6, fill=1, stroke=0)
    p.t(562, H - 60, "INVOICE", "DV", 22, "r", color=(0.5, 0.5, 0.5))
    kv(
        p,
        400,
        562,
        H - 100,
        [
            ("Invoice #", "BL-2026-0931"),
            ("Date", "Jan 14, 2026"),
            ("Due", "Feb 13, 2026"),
            ("Terms", "Net 30"),
        ],
        size=9,
        va="r",
        lf="DVB",
    )
    p.para(
        50,
        H - 110,
        [
            "BILLED TO",
            "Harbor & Pine Design LLC",
            "Attn: Accounts Payable",
            "210 Washington St, Suite 400",
            "Hoboken, NJ 07030",
        ],
        size=9,
        lead=13,
    )
    rowsp = [(r[0], qs(r[1]), "$" + en(r[2]), "$" + en(r[3])) for r in rows]
    y = simple_invoice(
        p,
        {
            "cols": [(54, "l"), (390, "r"), (470, "r"), (558, "r")],
            "ty": H - 210,
            "heads": ["DESCRIPTION", "QTY", "UNIT PRICE", "AMOUNT"],
            "rows": rowsp,
            "tl": 380,
            "tots": [
                ("Subtotal", "$" + en(net)),
                ("NJ sales tax (6.625%)", "$" + en(vat)),
                ("Amount due (USD)", "$" + en(tot)),
            ],
            "shade": (0.93, 0.91, 0.98),
        },
    )
    p.para(
        50,
        y - 30,
        [
            "Pay online at pay.brightloop.io/inv/BL-2026-0931 or by ACH:",
            "JPMorgan Chase · Routing 021000021 · Account 000123456789",
        ],
        size=8.5,
    )
    p.line(50, 60, 562, 60, color=(0.7, 0.7, 0.7))
    p.t(
        306,
        46,
        "Brightloop Software, Inc. · 548 Market St #41200 · San Francisco, CA 94104 · EIN 84-3312907",
        "DV",
        7,
        "c",
        color=(0.4, 0.4, 0.4),
    )
    p.finish()
    t = truth(
        "BL-2026-0931",
        d(2026, 1, 14),
        d(2026, 2, 13),
        "Brightloop Software, Inc.",
        net,
        vat,
        tot,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        rows,
        "seller shown only as lowercase wordmark; legal name in footer; Letter size; sales tax 6.625%",
    )
    return buf.getvalue(), t


def i06(rng):
    """UK marketplace, several VAT rates (20% and 0% books)."""
    buf = io.BytesIO()
    p = Page(buf, A4, "VAT invoice")
    _W, H = A4
    rows = items_calc(
        [
            ("Ergonomic mesh office chair, grey", 2, "124.99", 20),
            ("USB-C docking station 12-in-1", 1, "89.50", 20),
            ("Book: Practical Bookkeeping (paperback)", 3, "14.99", 0),
            ("Book: UK Tax Guide 2026/27", 1, "22.00", 0),
            ("Delivery", 1, "4.99", 20),
        ]
    )
    vb = vat_by_rate(rows)
    net = sum(r[3] for r in rows)
    vat = sum(v[2] for v in vb)
    tot = net + vat
    p.t(40, H - 50, "VAT Invoice", "DVB", 18)
    p.t(40, H - 66, "Sold by Penwick Trading Ltd via Shopwell Marketplace", "DV", 9)
    kv(
        p,
        360,
        460,
        H - 46,
        [
            ("Invoice number", "GB-PWT-2026-58813"),
            ("Invoice date", "21/02/2026"),
            ("Order number", "204-8812374-1122"),
            ("Payment", "Paid – Visa ••4421"),
        ],
        size=8.5,
    )
    p.rect(40, H - 185, 250, 85, stroke=(0.6, 0.6, 0.6))
    p.para(
        48,
        H - 116,
        [
            "Billing address",
            "Kestrel Accounting Services Ltd",
            "Unit 3, Albion Mill",
            "Leeds LS9 8HT",
            "United Kingdom",
        ],
        size=8.5,
    )
    p.rect(305, H - 185, 250, 85, stroke=(0.6, 0.6, 0.6))
    p.para(
        313,
        H - 116,
        [
            "Sold by",
            "Penwick Trading Ltd",
            "14 Canal Street, Manchester M1 3HE",
            "VAT Reg No: GB 284 5512 77",
            "Company No: 09873321",
        ],
        size=8.5,
    )
    rowsp = [
        (
            r[0],
            qs(r[1]),
            "£" + en(r[2]),
            f"{r[4]:.0f}%",
            "£" + en(r[3]),
            "£" + en(q(r[3] * r[4] / 100)),
        )
        for r in rows
    ]
    y = table(
        p,
        [(44, "l"), (300, "r"), (360, "r"), (405, "r"), (470, "r"), (551, "r")],
        H - 210,
        ["Description", "Qty", "Unit price", "VAT", "Net", "VAT amount"],
        rowsp,
        size=8.3,
    )
    p.t(44, y - 8, "VAT summary", "DVB", 9)
    y2 = table(
        p,
        [(44, "l"), (150, "r"), (220, "r"), (290, "r")],
        y - 24,
        ["Rate", "Net", "VAT", "Gross"],
        [(f"{v[0]:.0f}%", "£" + en(v[1]), "£" + en(v[2]), "£" + en(v[3])) for v in vb],
        size=8,
    )
    y = kv(
        p,
        380,
        551,
        y - 8,
        [("Total net", "£" + en(net)), ("Total VAT", "£" + en(vat))],
        size=9,
        va="r",
    )
    kv(p, 380, 551, y - 4, [("Invoice total", "£" + en(tot))], size=11, lf="DVB", vf="DVB", va="r")
    p.para(
        40,
        min(y2, y) - 40,
        [
            "Zero-rated items: books (VAT Notice 701/10).",
            "Shopwell Marketplace acts as a platform only; the seller above is the supplier.",
        ],
        size=7.5,
    )
    p.finish()
    t = truth(
        "GB-PWT-2026-58813",
        d(2026, 2, 21),
        None,
        "Penwick Trading Ltd",
        net,
        vat,
        tot,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        rows,
        "marketplace name vs seller (Penwick Trading Ltd is the vendor); VAT 20% and 0% rows + VAT summary; order number near invoice number; already paid, no due date",
    )
    return buf.getvalue(), t


def i07(rng):
    """CH software reseller, CHF, apostrophe thousands, two pages."""
    buf = io.BytesIO()
    p = Page(buf, A4, "Rechnung 260117")
    _W, H = A4
    names = [
        "Microsoft 365 Business Standard (Jahreslizenz)",
        "Microsoft 365 Business Premium (Jahreslizenz)",
        "Adobe Acrobat Pro (Team, 12 Mte.)",
        "ESET PROTECT Advanced (50 Clients)",
        "Veeam Backup for M365 (Benutzer)",
        "Windows Server 2025 Standard 16 Core",
        "Windows Server CAL 2025 (User)",
        "Installation & Konfiguration (Std.)",
        "Projektleitung (Std.)",
        "Fahrspesen Pauschale",
    ]
    qty = [35, 8, 6, 1, 43, 2, 40, 14, 4, 2]
    price = [
        "148.80",
        "265.20",
        "252.00",
        "1890.00",
        "32.40",
        "1124.00",
        "58.90",
        "165.00",
        "185.00",
        "60.00",
    ]
    rows = items_calc([(n, qq, pp, D("8.1")) for n, qq, pp in zip(names, qty, price, strict=False)])
    net = sum(r[3] for r in rows)
    vat = q(net * D("0.081"))
    tot = net + vat
    p.t(50, H - 60, "ALPSOFT", "DVSB", 24)
    p.t(50, H - 74, "Software & IT-Services", "DVS", 9)
    p.para(
        545,
        H - 50,
        ["Alpsoft Informatik AG", "Bahnhofstrasse 21", "6300 Zug", "info@alpsoft.ch"],
        size=8,
        align="r",
    )
    p.para(
        50,
        H - 150,
        ["Treuhand Gerber GmbH", "Frau S. Gerber", "Seestrasse 88", "8002 Zürich"],
        size=10,
        lead=13,
    )
    p.t(50, H - 230, "Rechnung Nr. 260117", "DVSB", 14)
    kv(
        p,
        330,
        430,
        H - 150,
        [
            ("Datum:", "9. Januar 2026"),
            ("Kunden-Nr.:", "10448"),
            ("Zahlbar bis:", "8. Februar 2026"),
            ("MWST-Nr.:", "CHE-112.345.678 MWST"),
        ],
        size=8.5,
    )
    rowsp = [(str(i + 1), r[0], qs(r[1]), ch(r[2]), ch(r[3])) for i, r in enumerate(rows)]
    y = table(
        p,
        [(54, "l"), (82, "l"), (380, "r"), (455, "r"), (541, "r")],
        H - 265,
        ["Pos.", "Artikel", "Menge", "Preis CHF", "Total CHF"],
        rowsp[:7],
        size=8.5,
        lead=16,
    )
    p.t(541, y - 4, "Übertrag CHF " + ch(sum(r[3] for r in rows[:7])), "DV", 8.5, "r")
    p.t(297, 40, "Seite 1 von 2", "DVS", 8, "c")
    p.newpage()
    p.t(50, H - 60, "Alpsoft Informatik AG · Rechnung 260117 · Seite 2 von 2", "DVS", 9)
    p.t(541, H - 90, "Übertrag CHF " + ch(sum(r[3] for r in rows[:7])), "DV", 8.5, "r")
    y = table(
        p,
        [(54, "l"), (82, "l"), (380, "r"), (455, "r"), (541, "r")],
        H - 115,
        ["Pos.", "Artikel", "Menge", "Preis CHF", "Total CHF"],
        [(str(i + 8), *r[1:]) for i, r in enumerate(rowsp[7:])],
        size=8.5,
        lead=16,
    )
    y = kv(
        p,
        330,
        541,
        y - 8,
        [("Total exkl. MWST", "CHF " + ch(net)), ("MWST 8.1 %", "CHF " + ch(vat))],
        size=9,
        va="r",
    )
    p.line(330, y + 9, 541, y + 9)
    kv(
        p,
        330,
        541,
        y - 4,
        [("Rechnungsbetrag", "CHF " + ch(tot))],
        size=11,
        lf="DVSB",
        vf="DVSB",
        va="r",
    )
    p.rect(50, 60, 495, 120, stroke=(0, 0, 0), lw=0.4)
    p.t(60, 165, "Zahlteil / QR-Rechnung", "DVB", 9)
    p.qr(60, 70, 80, rng)
    kv(
        p,
        160,
        260,
        150,
        [
            ("Konto / Zahlbar an", "CH44 3199 9123 0008 8901 2"),
            ("", "Alpsoft Informatik AG, 6300 Zug"),
            ("Referenz", "21 00000 00003 13947 14300 09017"),
            ("Währung", "CHF"),
            ("Betrag", ch(tot)),
        ],
        size=8,
    )
    p.finish()
    t = truth(
        "260117",
        d(2026, 1, 9),
        d(2026, 2, 8),
        "Alpsoft Informatik AG",
        net,
        vat,
        tot,
        "CHF",
        "de-CH",
        "invoice",
        "invoice",
        rows,
        "two pages with carry-over (Übertrag) subtotal; apostrophe thousands; long-form German dates; QR-bill payment part with the amount again",
    )
    return buf.getvalue(), t


def i08(rng):
    """ES electricity utility: impuesto eléctrico + IVA, totals box on top."""
    buf = io.BytesIO()
    p = Page(buf, A4, "Factura electricidad")
    _W, H = A4
    pot = q(D("5.75") * 31 * D("0.112633"))
    ene = q(D("612") * D("0.1394"))
    ie = q((pot + ene) * D("0.0511269632"))
    alq = q(31 * D("0.0266"))
    rows = [
        ("Término de potencia 5,75 kW x 31 días x 0,112633 €/kW día", D(1), pot, pot, D(21)),
        ("Término de energía 612 kWh x 0,1394 €/kWh", D(1), ene, ene, D(21)),
        ("Impuesto sobre electricidad 5,11269632 %", D(1), ie, ie, D(21)),
        ("Alquiler de equipos de medida 31 días x 0,0266 €/día", D(1), alq, alq, D(21)),
    ]
    net = pot + ene + ie + alq
    iva = q(net * D("0.21"))
    tot = net + iva
    p.t(40, H - 60, "luzera", "DVB", 28, color=(0.95, 0.5, 0.0))
    p.t(40, H - 75, "energía", "DV", 10, color=(0.95, 0.5, 0.0))
    p.rect(300, H - 140, 255, 100, fill=(1.0, 0.95, 0.88), stroke=None)
    p.t(312, H - 62, "Importe total factura", "DV", 10)
    p.t(545, H - 90, de(tot) + " €", "DVB", 22, "r")
    kv(
        p,
        312,
        545,
        H - 112,
        [("Cargo en cuenta a partir del", "16/03/2026"), ("Nº factura", "FE26-0312-884127")],
        size=8.5,
        va="r",
    )
    kv(
        p,
        40,
        150,
        H - 170,
        [
            ("Titular:", "Comunidad de Propietarios Calle Mayor 14"),
            ("NIF:", "H28776655"),
            ("Dirección suministro:", "C/ Mayor 14, 28013 Madrid"),
            ("CUPS:", "ES0021000012345678AB"),
            ("Periodo facturación:", "01/02/2026 a 03/03/2026"),
            ("Fecha emisión:", "06/03/2026"),
        ],
        size=8.5,
    )
    p.t(40, H - 275, "Detalle de la factura", "DVB", 11)
    y = table(
        p,
        [(44, "l"), (551, "r")],
        H - 298,
        ["Concepto", "Importe"],
        [(r[0], de(r[3]) + " €") for r in rows],
        size=8.5,
        lead=16,
    )
    y = kv(
        p,
        330,
        551,
        y - 6,
        [("Base imponible", de(net) + " €"), ("IVA 21 % s/ " + de(net), de(iva) + " €")],
        size=9,
        va="r",
    )
    kv(
        p,
        330,
        551,
        y - 4,
        [("TOTAL IMPORTE FACTURA", de(tot) + " €")],
        size=10,
        lf="DVB",
        vf="DVB",
        va="r",
    )
    p.rect(40, 120, 515, 70, stroke=(0.8, 0.8, 0.8))
    p.para(
        50,
        175,
        [
            "Su consumo en este periodo: 612 kWh (media diaria 19,74 kWh)",
            "Origen de la electricidad: renovable 58 %, cogeneración 11 %, nuclear 21 %, otras 10 %",
            "Atención al cliente 900 100 200 · www.luzera.es",
        ],
        size=8,
    )
    p.t(
        40,
        60,
        "Luzera Energía Comercializadora, S.L.U. · CIF B87654321 · C/ Alcalá 120, 28009 Madrid · Reg. Merc. Madrid T. 34512, F. 1, H. M-621001",
        "DV",
        6.5,
        color=(0.4, 0.4, 0.4),
    )
    p.finish()
    t = truth(
        "FE26-0312-884127",
        d(2026, 3, 6),
        d(2026, 3, 16),
        "Luzera Energía Comercializadora, S.L.U.",
        net,
        iva,
        tot,
        "EUR",
        "es-ES",
        "invoice",
        "invoice",
        rows,
        "electricity tax is part of the taxable base (amount includes it), vat = IVA only; totals box at top; due date is the direct-debit date; wordmark vs legal name in footer",
    )
    return buf.getvalue(), t


def i09(rng):
    """SE internet provider, SEK, moms 25%, öresavrundning."""
    buf = io.BytesIO()
    p = Page(buf, A4, "Faktura")
    W, H = A4
    rows = items_calc(
        [
            ("Fiber 1000/1000 Mbit/s, mars 2026", 1, "719.20", 25),
            ("Företagstelefoni, 6 anknytningar", 6, "79.20", 25),
            ("Router-hyra", 1, "39.20", 25),
        ]
    )
    net = sum(r[3] for r in rows)
    vat = q(net * D("0.25"))
    gross = net + vat
    tot = gross.quantize(D("1"), rounding=ROUND_HALF_UP)
    rnd = tot - gross
    p.rect(0, H - 90, W, 90, fill=(0.1, 0.25, 0.2), stroke=None)
    p.t(40, H - 55, "Norrsken Bredband AB", "DVB", 18, color=(1, 1, 1))
    p.t(555, H - 55, "FAKTURA", "DVB", 18, "r", color=(1, 1, 1))
    p.para(
        40,
        H - 120,
        ["Fakturamottagare", "Lindqvist Redovisning HB", "Box 1123", "831 30 Östersund"],
        size=9,
        lead=13,
    )
    kv(
        p,
        340,
        450,
        H - 120,
        [
            ("Fakturanummer", "7012265"),
            ("Fakturadatum", "2026-03-01"),
            ("Förfallodatum", "2026-03-31"),
            ("Kundnummer", "551903"),
            ("OCR", "70122659"),
        ],
        size=9,
    )
    rowsp = [(r[0], qs(r[1]), sv(r[2]), sv(r[3])) for r in rows]
    y = table(
        p,
        [(44, "l"), (380, "r"), (460, "r"), (551, "r")],
        H - 230,
        ["Specifikation", "Antal", "À-pris", "Belopp"],
        rowsp,
        size=9,
        lead=16,
    )
    y = kv(
        p,
        360,
        551,
        y - 8,
        [("Summa exkl. moms", sv(net)), ("Moms 25 %", sv(vat)), ("Öresavrundning", sv(rnd))],
        size=9,
        va="r",
    )
    p.rect(355, y - 14, 200, 24, fill=(0.9, 0.95, 0.92), stroke=None)
    p.t(362, y - 5, "Att betala SEK", "DVB", 11)
    p.t(551, y - 5, sv(tot), "DVB", 11, "r")
    p.line(40, 80, 555, 80)
    p.para(
        40,
        66,
        [
            "Norrsken Bredband AB · Storgatan 5, 831 34 Östersund · Org.nr 556812-3344 · Momsreg.nr SE556812334401",
            "Bankgiro 5112-8890 · Godkänd för F-skatt",
        ],
        size=7,
    )
    p.finish()
    t = truth(
        "7012265",
        d(2026, 3, 1),
        d(2026, 3, 31),
        "Norrsken Bredband AB",
        net,
        vat,
        tot,
        "SEK",
        "sv-SE",
        "invoice",
        "invoice",
        rows,
        "öresavrundning (rounding) line; ISO dates; OCR number next to invoice number; space thousands",
        rounding=rnd,
    )
    return buf.getvalue(), t


def i10(rng):
    """DE e-commerce credit note (Gutschrift / Rechnungskorrektur), negative amounts."""
    buf = io.BytesIO()
    p = Page(buf, A4, "Rechnungskorrektur")
    _W, H = A4
    rows = items_calc(
        [
            ('Retoure: Monitor 27" QHD, Art.-Nr. 884120', -1, "249.58", 19),
            ("Retoure: HDMI-Kabel 2 m, Art.-Nr. 10233", -2, "8.39", 19),
            ("Versandkostenerstattung", -1, "4.16", 19),
        ]
    )
    net = sum(r[3] for r in rows)
    vat = q(net * D("0.19"))
    tot = net + vat
    p.t(555, H - 60, "technikhaus24", "DVB", 20, "r", color=(0.0, 0.45, 0.3))
    p.t(
        40,
        H - 130,
        "technikhaus24 GmbH · Hafenstraße 9 · 28217 Bremen",
        "DV",
        7,
        color=(0.4, 0.4, 0.4),
    )
    p.para(
        40,
        H - 148,
        ["Büroservice Kranz e.K.", "Herrn Tobias Kranz", "Lindenallee 4", "30159 Hannover"],
        size=10,
        lead=13,
    )
    kv(
        p,
        380,
        470,
        H - 148,
        [
            ("Gutschrift-Nr.", "GS-2026-00871"),
            ("Datum", "12.02.2026"),
            ("zu Rechnung", "RE-2026-11974"),
            ("vom", "28.01.2026"),
            ("Kunden-Nr.", "K-330187"),
        ],
        size=8.5,
    )
    p.t(40, H - 250, "Rechnungskorrektur / Gutschrift", "DVB", 14)
    p.t(40, H - 268, "Wir schreiben Ihnen folgende Positionen gut:", "DV", 9)
    rowsp = [(r[0], qs(r[1]), de(r[2]) + " €", de(r[3]) + " €") for r in rows]
    y = simple_invoice(
        p,
        {
            "cols": [(44, "l"), (350, "r"), (460, "r"), (551, "r")],
            "ty": H - 300,
            "heads": ["Artikel", "Menge", "Einzelpreis netto", "Gesamt netto"],
            "rows": rowsp,
            "tl": 340,
            "tots": [
                ("Summe netto", de(net) + " €"),
                ("zzgl. 19 % USt.", de(vat) + " €"),
                ("Gutschriftbetrag", de(tot) + " €"),
            ],
        },
    )
    p.para(
        40,
        y - 30,
        [
            "Der Betrag wird innerhalb von 5 Werktagen auf das ursprüngliche Zahlungsmittel (PayPal) erstattet."
        ],
        size=9,
    )
    p.line(40, 90, 555, 90)
    p.para(
        40,
        78,
        [
            "technikhaus24 GmbH · Geschäftsführer: Jan Ehlers · Amtsgericht Bremen HRB 31877 · USt-IdNr. DE298765432",
            "Sparkasse Bremen · IBAN DE12 2905 0101 0012 3456 78 · BIC SBREDE22XXX",
        ],
        size=7,
    )
    p.finish()
    t = truth(
        "GS-2026-00871",
        d(2026, 2, 12),
        None,
        "technikhaus24 GmbH",
        net,
        vat,
        tot,
        "EUR",
        "de-DE",
        "invoice",
        "credit_note",
        rows,
        "credit note: all amounts printed negative and keyed negative; references the original invoice number and date; lowercase wordmark top right",
    )
    return buf.getvalue(), t


def i11(rng):
    """NL cloud provider to DE customer: reverse charge, VAT 0."""
    buf = io.BytesIO()
    p = Page(buf, A4, "Invoice")
    _W, H = A4
    rows = items_calc(
        [
            ("Kubernetes cluster – 3 nodes, February 2026", 3, "145.00", 0),
            ("Managed PostgreSQL (HA)", 1, "210.00", 0),
            ("Egress traffic 4.2 TB", D("4.2"), "9.00", 0),
            ("Support plan Business", 1, "99.00", 0),
        ]
    )
    net = sum(r[3] for r in rows)
    vat = D(0)
    tot = net
    p.t(40, H - 60, "◆ STROOMWOLK", "DVB", 20)
    p.t(40, H - 76, "cloud infrastructure", "DV", 9, color=(0.5, 0.5, 0.5))
    p.t(555, H - 60, "Invoice", "DV", 20, "r")
    p.t(555, H - 78, "INV-SW-260208", "DVM", 10, "r")
    p.para(
        40,
        H - 130,
        [
            "Customer",
            "Kraemer Datenservice GmbH",
            "Speicherstraße 3",
            "44147 Dortmund, Germany",
            "VAT ID: DE311224466",
        ],
        size=9,
        lead=13,
    )
    kv(
        p,
        360,
        555,
        H - 130,
        [
            ("Issue date", "1 March 2026"),
            ("Due date", "15 March 2026"),
            ("Billing period", "Feb 1 – Feb 28, 2026"),
            ("Account", "acc_7QK2M"),
        ],
        size=9,
        va="r",
    )
    rowsp = [(r[0], qe(r[1]), "€" + en(r[2]), "€" + en(r[3])) for r in rows]
    y = table(
        p,
        [(44, "l"), (380, "r"), (460, "r"), (551, "r")],
        H - 240,
        ["Item", "Qty", "Unit", "Amount"],
        rowsp,
        size=9,
        lead=16,
        hfont="DVB",
    )
    y = kv(
        p,
        340,
        551,
        y - 8,
        [("Subtotal", "€" + en(net)), ("VAT 0% (reverse charge)", "€" + en(vat))],
        size=9,
        va="r",
    )
    kv(p, 340, 551, y - 4, [("Total due", "€" + en(tot))], size=11, lf="DVB", vf="DVB", va="r")
    p.para(
        40,
        y - 40,
        [
            "VAT reverse-charged – BTW verlegd – Steuerschuldnerschaft des Leistungsempfängers",
            "(Article 196 Council Directive 2006/112/EC).",
        ],
        size=8,
    )
    p.line(40, 70, 555, 70)
    p.para(
        40,
        58,
        [
            "Stroomwolk B.V. · Herengracht 420, 1017 BZ Amsterdam · KvK 80912345 · VAT NL861234567B01",
            "IBAN NL91 ABNA 0417 1643 00 · BIC ABNANL2A",
        ],
        size=7,
    )
    p.finish()
    t = truth(
        "INV-SW-260208",
        d(2026, 3, 1),
        d(2026, 3, 15),
        "Stroomwolk B.V.",
        net,
        vat,
        tot,
        "EUR",
        "en-NL",
        "invoice",
        "invoice",
        rows,
        "reverse charge: VAT printed as 0.00 so vat keyed 0.00; wordmark STROOMWOLK with legal name in footer; English from NL seller; fractional quantity 4.2",
    )
    return buf.getvalue(), t


def i12(rng):
    """UK software reseller, zero-rated export to a US customer (to be scanned)."""
    buf = io.BytesIO()
    p = Page(buf, A4, "Invoice 31877")
    _W, H = A4
    rows = items_calc(
        [
            ("AutoCAD LT 2026 – 1-year subscription", 4, "385.00", 0),
            ("SketchUp Pro – 1-year", 2, "299.00", 0),
            ("Licence administration fee", 1, "45.00", 0),
        ]
    )
    net = sum(r[3] for r in rows)
    vat = D(0)
    tot = net
    p.t(297, H - 60, "Thamesgate Software Ltd", "DVSB", 20, "c")
    p.t(
        297,
        H - 78,
        "Unit 7, Riverside Business Park, Reading RG1 8BB · 0118 496 0321",
        "DVS",
        8.5,
        "c",
    )
    p.line(40, H - 90, 555, H - 90, lw=1.5)
    p.t(40, H - 120, "INVOICE", "DVSB", 14)
    kv(
        p,
        360,
        460,
        H - 118,
        [
            ("Invoice No.", "31877"),
            ("Tax point", "16 Feb 2026"),
            ("Payment due", "18 Mar 2026"),
            ("Your PO", "PO-55102"),
        ],
        size=9,
        lf="DVS",
        vf="DVS",
    )
    p.para(
        40,
        H - 140,
        [
            "Invoice to:",
            "Cobalt Ridge Architects Inc.",
            "1400 Larimer St, Floor 3",
            "Denver, CO 80202",
            "USA",
        ],
        font="DVS",
        size=9.5,
        lead=13,
    )
    rowsp = [(r[0], qs(r[1]), "£" + en(r[2]), "£" + en(r[3])) for r in rows]
    y = simple_invoice(
        p,
        {
            "cols": [(44, "l"), (380, "r"), (460, "r"), (551, "r")],
            "ty": H - 240,
            "heads": ["Description", "Qty", "Price", "Total"],
            "rows": rowsp,
            "tl": 340,
            "tots": [
                ("Net", "£" + en(net)),
                ("VAT @ 0% (export)", "£" + en(vat)),
                ("TOTAL GBP", "£" + en(tot)),
            ],
            "font": "DVS",
            "hfont": "DVSB",
        },
    )
    p.para(
        40,
        y - 30,
        [
            "Zero-rated: supply of services to a customer outside the UK (place of supply: USA).",
            "Bank: Barclays · Sort code 20-45-77 · Account 40387712 · IBAN GB33 BARC 2045 7740 3877 12",
        ],
        font="DVS",
        size=8.5,
    )
    p.t(
        297,
        50,
        "Registered in England & Wales No. 06123987 · VAT Reg. GB 944 2231 08",
        "DVS",
        7.5,
        "c",
    )
    p.finish()
    t = truth(
        "31877",
        d(2026, 2, 16),
        d(2026, 3, 18),
        "Thamesgate Software Ltd",
        net,
        vat,
        tot,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        rows,
        "zero-rated export (VAT 0% printed, keyed 0.00); 'Tax point' instead of invoice date; PO number near invoice number; grey scan",
    )
    return buf.getvalue(), t


def i13(rng):
    """FR telecom operator, TTC style (to be scanned, colour)."""
    buf = io.BytesIO()
    p = Page(buf, A4, "Facture")
    _W, H = A4
    rows = items_calc(
        [
            ("Forfait Pro Mobile 100 Go x 5 lignes", 5, "24.99", 20),
            ("Box Pro Fibre", 1, "45.00", 20),
            ("Option Numéro fixe supplémentaire", 2, "5.00", 20),
            ("Hors forfait : appels internationaux", 1, "7.35", 20),
        ]
    )
    net = sum(r[3] for r in rows)
    vat = q(net * D("0.20"))
    tot = net + vat
    p.rect(40, H - 80, 40, 40, fill=(0.9, 0.3, 0.1), stroke=None)
    p.t(90, H - 66, "Mobilis", "DVB", 22)
    p.t(90, H - 80, "Entreprises", "DV", 9)
    p.rect(330, H - 150, 225, 105, fill=(0.96, 0.96, 0.96), stroke=None)
    kv(
        p,
        340,
        545,
        H - 62,
        [
            ("Facture n°", "F26-0309-551284"),
            ("du", "9 mars 2026"),
            ("Compte client", "3.0098.7712"),
            ("Prélèvement le", "24 mars 2026"),
        ],
        size=8.5,
        va="r",
    )
    p.t(340, H - 128, "Montant TTC", "DVB", 10)
    p.t(545, H - 128, fr(tot) + " €", "DVB", 14, "r")
    p.para(
        40,
        H - 180,
        ["Cabinet Dufresne Avocats", "12 boulevard Haussmann", "75009 Paris"],
        size=10,
        lead=13,
    )
    p.t(40, H - 250, "Détail de vos services – période du 1er au 31 mars 2026", "DVB", 10)
    rowsp = [(r[0], qs(r[1]), fr(r[2]), fr(r[3])) for r in rows]
    simple_invoice(
        p,
        {
            "cols": [(44, "l"), (380, "r"), (460, "r"), (551, "r")],
            "ty": H - 272,
            "heads": ["Libellé", "Qté", "PU HT (€)", "Montant HT (€)"],
            "rows": rowsp,
            "tl": 330,
            "tots": [
                ("Total HT", fr(net) + " €"),
                ("TVA 20 %", fr(vat) + " €"),
                ("Total TTC", fr(tot) + " €"),
            ],
        },
    )
    p.line(40, 80, 555, 80)
    p.para(
        40,
        66,
        [
            "Mobilis Télécom SA au capital de 12 500 000 € · 41 avenue de France, 75013 Paris · RCS Paris 512 345 678",
            "TVA intracommunautaire FR23512345678 · Service client Pro : 3970",
        ],
        size=7,
    )
    p.finish()
    t = truth(
        "F26-0309-551284",
        d(2026, 3, 9),
        d(2026, 3, 24),
        "Mobilis Télécom SA",
        net,
        vat,
        tot,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        rows,
        "totals box at top with TTC; long French dates; due date = direct-debit date (Prélèvement le); colour scan",
    )
    return buf.getvalue(), t


def i14(rng):
    """US cloud provider, no tax printed (to be photographed)."""
    buf = io.BytesIO()
    p = Page(buf, letter, "Invoice")
    _W, H = letter
    rows = items_calc(
        [
            ("Compute – c7 instances (1,488 hrs)", 1, "1071.36", 0),
            ("Block storage – 2,000 GB-month", 1, "160.00", 0),
            ("Data transfer out – 3.1 TB", 1, "279.00", 0),
            ("Managed DNS – 4 zones", 4, "0.50", 0),
            ("Credits applied", 1, "-100.00", 0),
        ]
    )
    net = sum(r[3] for r in rows)
    tot = net
    p.t(50, H - 64, "NIMBUSCALE", "DVCB", 24)
    p.t(562, H - 60, "Invoice", "DVC", 18, "r")
    kv(
        p,
        380,
        562,
        H - 100,
        [
            ("Invoice number", "NSC-3391-0277"),
            ("Invoice date", "03/01/2026"),
            ("Due date", "03/31/2026"),
            ("Billing period", "02/01/2026–02/28/2026"),
        ],
        size=9,
        lf="DVC",
        vf="DVC",
        va="r",
    )
    p.para(
        50,
        H - 100,
        ["Bill to", "Lattice Analytics Corp.", "77 Summer Street", "Boston, MA 02110"],
        font="DVC",
        size=9.5,
        lead=13,
    )
    rowsp = [(r[0], ("-$" if r[3] < 0 else "$") + en(abs(r[3]))) for r in rows]
    y = table(
        p,
        [(54, "l"), (558, "r")],
        H - 200,
        ["Service", "Charges (USD)"],
        rowsp,
        size=9.5,
        lead=17,
        hfont="DVCB",
        font="DVC",
    )
    y = kv(
        p,
        360,
        558,
        y - 8,
        [("Subtotal", "$" + en(net)), ("Tax", "not applicable")],
        size=9.5,
        lf="DVC",
        vf="DVC",
        va="r",
    )
    kv(p, 360, 558, y - 4, [("Total due", "$" + en(tot))], size=12, lf="DVCB", vf="DVCB", va="r")
    p.para(
        50,
        90,
        ["Nimbuscale Cloud Services LLC · 1 Pier Ave, Seattle, WA 98101 · billing@nimbuscale.com"],
        font="DVC",
        size=7.5,
    )
    p.finish()
    t = truth(
        "NSC-3391-0277",
        d(2026, 3, 1),
        d(2026, 3, 31),
        "Nimbuscale Cloud Services LLC",
        net,
        None,
        tot,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        rows,
        "US MM/DD/YYYY dates; negative credits line inside the table; no tax amount printed (vat null); phone photo of the printed page",
    )
    return buf.getvalue(), t


def i15(rng):
    """IN software reseller, IGST 18%, interstate (to be photographed)."""
    buf = io.BytesIO()
    p = Page(buf, A4, "Tax Invoice")
    _W, H = A4
    rows = items_calc(
        [
            ("Zoho One – Flexible user licence (annual)", 20, "4440.00", 18),
            ("Tally Prime Gold – multi-user", 1, "67500.00", 18),
            ("Implementation services", 12, "2500.00", 18),
        ]
    )
    net = sum(r[3] for r in rows)
    vat = q(net * D("0.18"))
    tot = net + vat
    p.rect(40, H - 820, 515, 790, stroke=(0, 0, 0), lw=1)
    p.t(297, H - 60, "TAX INVOICE", "DVB", 13, "c")
    p.t(297, H - 84, "Kaveri Infotech Solutions Pvt. Ltd.", "DVB", 15, "c")
    p.t(
        297,
        H - 100,
        "No. 42, 3rd Cross, Indiranagar, Bengaluru 560038 · GSTIN 29AAGCK7788M1ZX",
        "DV",
        8,
        "c",
    )
    p.line(40, H - 112, 555, H - 112)
    kv(
        p,
        50,
        150,
        H - 130,
        [("Invoice No.", "KIS/25-26/1187"), ("Dated", "12/03/2026"), ("Due on", "11/04/2026")],
        size=9,
    )
    p.para(
        320,
        H - 130,
        [
            "Buyer:",
            "Deccan Pharma Distributors LLP",
            "Banjara Hills, Hyderabad 500034",
            "GSTIN 36AAKFD2211Q1ZB · State: Telangana (36)",
        ],
        size=8.5,
    )
    p.line(40, H - 190, 555, H - 190)
    rowsp = [
        (str(i + 1), r[0], "998313" if i != 1 else "852349", qs(r[1]), inr(r[2]), inr(r[3]))
        for i, r in enumerate(rows)
    ]
    y = table(
        p,
        [(50, "l"), (68, "l"), (325, "l"), (400, "r"), (470, "r"), (547, "r")],
        H - 208,
        ["Sl", "Description of Goods/Services", "HSN/SAC", "Qty", "Rate", "Amount"],
        rowsp,
        size=8.5,
        W0=40,
        W1=555,
    )
    y = kv(
        p,
        330,
        547,
        y - 8,
        [("Taxable value", inr(net)), ("IGST @ 18%", inr(vat))],
        size=9.5,
        va="r",
    )
    kv(p, 330, 547, y - 4, [("Grand Total (INR)", inr(tot))], size=11, lf="DVB", vf="DVB", va="r")
    p.t(50, y - 30, "Rupees " + words_inr(tot), "DV", 8)
    p.para(
        50,
        H - 760,
        [
            "Bank: ICICI Bank, MG Road · A/c 002105012345 · IFSC ICIC0000021",
            "For Kaveri Infotech Solutions Pvt. Ltd.",
            "",
            "Authorised Signatory",
        ],
        size=8.5,
    )
    p.finish()
    t = truth(
        "KIS/25-26/1187",
        d(2026, 3, 12),
        d(2026, 4, 11),
        "Kaveri Infotech Solutions Pvt. Ltd.",
        net,
        vat,
        tot,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        rows,
        "IGST single rate; DD/MM/YYYY; lakh grouping; amount in words; boxed page; phone photo",
    )
    return buf.getvalue(), t


def i16(rng):
    """DE municipal utility annual bill with Abschläge (to become an image-only PDF)."""
    buf = io.BytesIO()
    p = Page(buf, A4, "Jahresverbrauchsabrechnung")
    _W, H = A4
    rows = items_calc(
        [
            ("Arbeitspreis Strom 3.412 kWh x 0,2980 €", 1, "1016.78", 19),
            ("Grundpreis 365 Tage x 0,3945 €", 1, "143.99", 19),
            ("Messstellenbetrieb", 1, "20.00", 19),
        ]
    )
    net = sum(r[3] for r in rows)
    vat = q(net * D("0.19"))
    tot = net + vat
    paid = D("1320.00")
    p.t(40, H - 60, "Stadtwerke Lindenau", "DVSB", 20, color=(0.0, 0.3, 0.55))
    p.t(40, H - 100, "Stadtwerke Lindenau GmbH · Postfach 1120 · 04177 Leipzig", "DV", 7)
    p.para(
        40,
        H - 118,
        ["Hausverwaltung Brandt & Co. KG", "Merseburger Str. 101", "04177 Leipzig"],
        size=10,
        lead=13,
    )
    kv(
        p,
        340,
        455,
        H - 60,
        [
            ("Rechnungsnummer", "40026611873"),
            ("Rechnungsdatum", "14.01.2026"),
            ("Vertragskonto", "300118872"),
            ("Abrechnungszeitraum", "01.01.–31.12.2025"),
        ],
        size=8.5,
    )
    p.t(40, H - 200, "Jahresverbrauchsabrechnung Strom 2025", "DVB", 13)
    rowsp = [(r[0], de(r[3]) + " €") for r in rows]
    y = table(p, [(44, "l"), (551, "r")], H - 225, ["Position", "Netto"], rowsp, size=9, lead=16)
    y = kv(
        p,
        250,
        551,
        y - 8,
        [
            ("Summe netto", de(net) + " €"),
            ("Umsatzsteuer 19 %", de(vat) + " €"),
            ("Rechnungsbetrag brutto", de(tot) + " €"),
            ("abzüglich geleistete Abschläge (12 x 110,00 €)", "-" + de(paid) + " €"),
        ],
        size=9,
        va="r",
    )
    p.line(250, y + 9, 551, y + 9)
    kv(
        p,
        250,
        551,
        y - 4,
        [("Nachzahlung", de(tot - paid) + " €")],
        size=11,
        lf="DVB",
        vf="DVB",
        va="r",
    )
    p.para(
        40,
        y - 40,
        [
            "Der Nachzahlungsbetrag wird am 28.01.2026 von Ihrem Konto abgebucht.",
            "Ihr neuer monatlicher Abschlag ab Februar 2026: 120,00 €",
        ],
        size=9,
    )
    p.para(
        40,
        70,
        [
            "Stadtwerke Lindenau GmbH · Sitz Leipzig · AG Leipzig HRB 1234 · USt-IdNr. DE141234567",
            "Sparkasse Leipzig · IBAN DE44 8605 5592 1100 2233 44",
        ],
        size=7,
    )
    p.finish()
    t = truth(
        "40026611873",
        d(2026, 1, 14),
        d(2026, 1, 28),
        "Stadtwerke Lindenau GmbH",
        net,
        vat,
        tot,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        rows,
        "annual utility bill: total = Rechnungsbetrag brutto (before deducting prepaid Abschläge); printed Nachzahlung is the balance, not the total; billing period in 2025; image-only PDF",
    )
    return buf.getvalue(), t


# ---------------------------------------------------------------- receipts
def incl(items):
    """items (desc, qty, unit_gross, rate) -> rows, by-rate (rate, net, tax, gross), total gross."""
    rows = items_calc(items)
    vb = vat_by_rate(rows, incl=True)
    return rows, vb, sum(r[3] for r in rows)


def r01(rng):
    """DE supermarket, A/B VAT 7/19 %, EC card."""
    rows, vb, tot = incl(
        [
            ("Bio Vollmilch 1,5% 1L", 2, "1.29", 7),
            ("Roggenmischbrot 750g", 1, "2.49", 7),
            ("Bananen", D("1.234"), "1.99", 7),
            ("Gouda jung Scheiben", 1, "2.19", 7),
            ("Spülmittel Zitrone", 1, "1.45", 19),
            ("Mineralwasser 6x1,5L", 1, "3.54", 19),
            ("Pfand", 6, "0.25", 19),
            ("Kaffee Crema 1kg", 1, "13.99", 7),
        ]
    )
    rows = [(r[0], r[1], r[2], q(r[1] * r[2]), r[4]) for r in rows]
    vb = vat_by_rate(rows, incl=True)
    tot = sum(r[3] for r in rows)
    vat = sum(v[2] for v in vb)
    R = Roll(80, size=7.8)
    R.logo("circles", 11)
    R.c("FRISCHMARKT HOFFMANN", 11, True)
    R.c("Hoffmann Lebensmittel OHG")
    R.c("Karl-Marx-Allee 131, 10243 Berlin")
    R.c("Tel. 030 2938 4410")
    R.sp()
    R.lr("", "EUR")
    for r in rows:
        code = "A" if r[4] == 7 else "B"
        if r[0] == "Bananen":
            R.l("Bananen")
            R.lr("  1,234 kg x 1,99 EUR/kg", de(r[3]) + " " + code)
        elif r[1] != 1:
            R.lr(r[0], "")
            R.lr(f"  {qs(r[1])} Stk x {de(r[2])}", de(r[3]) + " " + code)
        else:
            R.lr(r[0], de(r[3]) + " " + code)
    R.hr()
    R.lr("SUMME", "EUR " + de(tot), 10, True)
    R.hr("=")
    R.lr("Geg. EC-Karte", "EUR " + de(tot))
    R.sp()
    R.lmr("Steuer %", "Netto", "Steuer     Brutto", mx=0.5)
    for v in vb:
        R.lmr(
            ("A" if v[0] == 7 else "B") + f"= {v[0]:.0f},0%",
            de(v[1]),
            f"{de(v[2]):>6}  {de(v[3]):>9}",
            mx=0.5,
        )
    R.lmr("Gesamt", de(tot - vat), f"{de(vat):>6}  {de(tot):>9}", mx=0.5)
    R.sp()
    R.c("24.02.2026 18:42   Bon 4417   Kasse 03")
    R.c("Bed.: 112 Frau Schulz")
    R.c("St.-Nr. 37/218/40911")
    R.c("TSE-Signatur: kX9f2aQ8...Lm0=")
    R.sp()
    R.c("Vielen Dank für Ihren Einkauf!")
    rows[2] = (rows[2][0], rows[2][1], rows[2][2], rows[2][3], rows[2][4])
    return R, truth(
        "4417",
        d(2026, 2, 24),
        None,
        "Hoffmann Lebensmittel OHG",
        tot - vat,
        vat,
        tot,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        rows,
        "A/B VAT codes 7/19% with tax table; weighed item; deposit line; faded thermal scan",
    )


def r02(rng):
    """FR café, bilingual FR/EN."""
    rows, vb, tot = incl(
        [
            ("Café crème / White coffee", 2, "3.80", 10),
            ("Croissant au beurre", 2, "1.90", 10),
            ("Jus d'orange pressé / Fresh OJ", 1, "5.50", 10),
            ("Tartine confiture", 1, "4.20", 10),
        ]
    )
    vat = sum(v[2] for v in vb)
    R = Roll(76, font="DV", bold="DVB", size=7.2)
    R.c("Le Petit Zinc", 14, True)
    R.c("Café · Brasserie")
    R.c("27 rue Oberkampf – 75011 Paris")
    R.c("SIRET 812 443 901 00018")
    R.hr()
    R.lr("Table 12 · Couverts 2", "Ticket n° 008812")
    R.lr("Serveur : Karim", "17/03/2026 09:14")
    R.hr()
    for r in rows:
        R.lmr(f"{qs(r[1])} {r[0]}", "", fr(r[3]))
    R.hr()
    R.lr("TOTAL TTC / TOTAL", fr(tot) + " €", 10, True)
    R.lr("dont TVA 10 % / incl. VAT", fr(vat) + " €")
    R.lr("Total HT / Net", fr(tot - vat) + " €")
    R.sp()
    R.lr("CB sans contact / Card", fr(tot) + " €")
    R.sp()
    R.c("Merci de votre visite !")
    R.c("Thank you – see you soon!")
    return R, truth(
        "008812",
        d(2026, 3, 17),
        None,
        "Le Petit Zinc",
        tot - vat,
        vat,
        tot,
        "EUR",
        "fr-FR",
        "receipt",
        "receipt",
        rows,
        "bilingual FR/EN labels; VAT included (dont TVA); photo on a wooden table",
    )


def r03(rng):
    """NL pharmacy, BTW 9/21 %, low resolution scan."""
    rows, vb, tot = incl(
        [
            ("Paracetamol 500mg 20st", 2, "2.49", 9),
            ("Ibuprofen 400mg 20st", 1, "3.99", 9),
            ("Zinkzalf 50g", 1, "4.75", 9),
            ("Zonnebrand SPF50 200ml", 1, "14.95", 21),
            ("Handcrème", 1, "6.50", 21),
        ]
    )
    vat = sum(v[2] for v in vb)
    R = Roll(80, font="DVC", bold="DVCB", size=8.2)
    R.logo("cross", 9)
    R.c("Apotheek De Linde", 12, True)
    R.c("Lindenlaan 8, 2012 AB Haarlem")
    R.c("023 531 8890")
    R.sp()
    R.lr("Bonnr: 1-26-030415", "12-03-2026 14:07")
    R.hr()
    for r in rows:
        R.lmr(r[0], f"{qs(r[1])} x", de(r[3]), mx=0.72)
    R.hr()
    R.lr("Totaal", "€ " + de(tot), 10, True)
    R.lr("PIN", "€ " + de(tot))
    R.sp()
    R.lmr("BTW", "over", "bedrag", mx=0.6)
    for v in vb:
        R.lmr(f"{v[0]:.0f}%", de(v[1]), de(v[2]), mx=0.6)
    R.sp()
    R.c("Bewaar uw bon voor retour")
    return R, truth(
        "1-26-030415",
        d(2026, 3, 12),
        None,
        "Apotheek De Linde",
        tot - vat,
        vat,
        tot,
        "EUR",
        "nl-NL",
        "receipt",
        "receipt",
        rows,
        "BTW 9% and 21% table with base; pharmacy cross logo; low-res scan (~650 px wide)",
    )


def r04(rng):
    """UK petrol station, card, VAT 20 % incl."""
    fuel = q(D("42.18") * D("1.429"))
    rows, vb, tot = incl(
        [
            ("Unleaded P3 42.18L @ 142.9p", 1, str(fuel), 20),
            ("Meal deal", 1, "3.99", 20),
            ("Screenwash 5L", 1, "4.50", 20),
        ]
    )
    vat = sum(v[2] for v in vb)
    R = Roll(80, size=7.6)
    R.logo("drop", 10)
    R.c("MOORSIDE SERVICE STATION", 10, True)
    R.c("A59 Skipton Road, Harrogate HG3 2LR")
    R.c("VAT No: GB 318 4471 62")
    R.sp()
    R.lr("Till 2  Trans 55891", "04/03/26 07:52")
    R.hr()
    for r in rows:
        R.lr(r[0], "£" + en(r[3]))
    R.hr()
    R.lr("TOTAL", "£" + en(tot), 10, True)
    R.lr("MASTERCARD CONTACTLESS", "£" + en(tot))
    R.l("Card: ************7731")
    R.l("Auth code: 084113")
    R.sp()
    R.lmr("VAT", "NET", "VAT", mx=0.6)
    R.lmr("20.00%", en(tot - vat), en(vat), mx=0.6)
    R.sp()
    R.c("Moorside Fuels Ltd, Reg. 08812345")
    R.c("THANK YOU - DRIVE SAFELY")
    return R, truth(
        "55891",
        d(2026, 3, 4),
        None,
        "Moorside Fuels Ltd",
        tot - vat,
        vat,
        tot,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        rows,
        "trading name on top, legal name (Moorside Fuels Ltd) in footer -> keyed legal name; DD/MM/YY; fuel line with litres and pence price; held in a hand",
    )


def r05(rng):
    """US restaurant with tip."""
    rows = items_calc(
        [
            ("Burrata", 1, "16.00", 0),
            ("Rigatoni Vodka", 2, "24.00", 0),
            ("Caesar Salad", 1, "15.00", 0),
            ("Sparkling Water", 2, "6.00", 0),
            ("Tiramisu", 1, "12.00", 0),
        ]
    )
    net = sum(r[3] for r in rows)
    tax = q(net * D("0.08875"))
    tip = q((net + tax) * D("0.20"))
    tot = net + tax + tip
    R = Roll(80, font="DV", bold="DVB", size=7.6)
    R.c("BLUE HERON KITCHEN", 12, True)
    R.c("212 Smith Street, Brooklyn NY 11201")
    R.c("(718) 555-0143")
    R.sp()
    R.lr("Server: Dana", "Check #2741")
    R.lr("Table 9 / Guests 3", "Mar 28, 2026 8:47 PM")
    R.hr()
    for r in rows:
        R.lr(f"{qs(r[1])}  {r[0]}", en(r[3]))
    R.hr()
    R.lr("Subtotal", en(net))
    R.lr("Sales Tax 8.875%", en(tax))
    R.lr("Tip (20%)", en(tip))
    R.lr("TOTAL", "$" + en(tot), 10, True)
    R.sp()
    R.l("VISA XXXXXXXXXXXX4410   APPROVED")
    R.sp()
    R.c("Thanks for dining with us!")
    return R, truth(
        "2741",
        d(2026, 3, 28),
        None,
        "BLUE HERON KITCHEN",
        net,
        tax,
        tot,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        rows,
        "tip line included in total (total = subtotal + tax + tip); vendor in capitals; photo on a dark table",
        tip=tip,
    )


def r06(rng):
    """IT bar, documento commerciale."""
    rows, vb, tot = incl(
        [
            ("CAFFE' ESPRESSO", 3, "1.20", 10),
            ("CAPPUCCINO", 1, "1.60", 10),
            ("CORNETTO CREMA", 2, "1.50", 10),
            ("SPREMUTA ARANCIA", 1, "3.50", 10),
        ]
    )
    vat = sum(v[2] for v in vb)
    R = Roll(80, size=7.6)
    R.c("BAR PASTICCERIA AURORA", 10, True)
    R.c("di Ferri Giulia & C. s.n.c.")
    R.c("Via Garibaldi 57 - 40124 Bologna")
    R.c("P.IVA 03218840371")
    R.sp()
    R.c("DOCUMENTO COMMERCIALE", 8, True)
    R.c("di vendita o prestazione")
    R.lmr("DESCRIZIONE", "IVA", "Prezzo(€)", mx=0.7)
    for r in rows:
        if r[1] != 1:
            R.l(f"{qs(r[1])} x {de(r[2])}")
        R.lmr(r[0], "10%", de(r[3]), mx=0.7)
    R.hr()
    R.lr("TOTALE COMPLESSIVO", de(tot), 9, True)
    R.lr("DI CUI IVA", de(vat))
    R.lr("Pagamento contante", de(D(20)))
    R.lr("Resto", de(D(20) - tot))
    R.lr("Importo pagato", de(tot))
    R.sp()
    R.c("05-03-2026 08:31")
    R.c("DOCUMENTO N. 0412-0087")
    R.c("RT 99IEB012345")
    return R, truth(
        "0412-0087",
        d(2026, 3, 5),
        None,
        "Ferri Giulia & C. s.n.c.",
        tot - vat,
        vat,
        tot,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        rows,
        "Italian documento commerciale; cash 20,00 and change lines; legal owner line 'di Ferri Giulia & C. s.n.c.' under the shop name (keyed legal entity; shop name BAR PASTICCERIA AURORA)",
    )


def r07(rng):
    """ES taxi e-receipt (born-digital PDF, 58 mm)."""
    base = D("2.55")
    km = q(D("11.4") * D("1.30"))
    sup = D("3.00")
    rows = [
        ("Bajada de bandera", D(1), base, base, D(10)),
        ("Recorrido 11,4 km", D(1), km, km, D(10)),
        ("Suplemento aeropuerto", D(1), sup, sup, D(10)),
    ]
    tot = base + km + sup
    vat = q(tot * 10 / 110)
    R = Roll(58, font="DVC", bold="DVCB", size=7.0, margin_mm=3)
    R.c("TAXI MADRID", 10, True)
    R.c("Licencia nº 08817")
    R.c("Titular: Rubén Ortega Gil")
    R.c("NIF 50912233K")
    R.hr()
    R.lr("Recibo nº", "T-08817-260219")
    R.lr("Fecha", "19/02/2026")
    R.lr("Hora", "06:12 – 06:38")
    R.lr("Tarifa", "1")
    R.hr()
    for r in rows:
        R.lr(r[0], de(r[3]) + " €")
    R.hr()
    R.lr("TOTAL (IVA incl.)", de(tot) + " €", 8.5, True)
    R.lr("IVA 10 %", de(vat) + " €")
    R.lr("Base imponible", de(tot - vat) + " €")
    R.lr("Pago", "Tarjeta")
    R.sp()
    R.c("Gracias por su viaje")
    return R, truth(
        "T-08817-260219",
        d(2026, 2, 19),
        None,
        "Rubén Ortega Gil",
        tot - vat,
        vat,
        tot,
        "EUR",
        "es-ES",
        "receipt",
        "receipt",
        rows,
        "taxi: seller is the licence holder (Titular) printed under 'TAXI MADRID'; born-digital narrow 58 mm PDF",
    )


def r08(rng):
    """CH parking machine ticket, crumpled photo."""
    tot = D("11.40")
    vat = q(tot * D("8.1") / D("108.1"))
    rows = [("Parkgebühr 3 h 20 min", D(1), tot, tot, D("8.1"))]
    R = Roll(58, size=7.0, margin_mm=3)
    R.logo("p", 10)
    R.c("Parkhaus Bahnhof Süd", 9, True)
    R.c("Parking Winterthur AG")
    R.c("Zürcherstrasse 2, 8400 Winterthur")
    R.hr()
    R.lr("Quittung Nr.", "118-55203")
    R.lr("Einfahrt", "02.03.26 09:05")
    R.lr("Ausfahrt", "02.03.26 12:25")
    R.lr("Dauer", "3 h 20 min")
    R.hr()
    R.lr("Betrag CHF", ch(tot), 9, True)
    R.lr("inkl. MWST 8.1%", ch(vat))
    R.lr("Bezahlt TWINT", ch(tot))
    R.sp()
    R.c("CHE-109.876.543 MWST")
    R.c("Gute Fahrt!")
    return R, truth(
        "118-55203",
        d(2026, 3, 2),
        None,
        "Parking Winterthur AG",
        tot - vat,
        vat,
        tot,
        "CHF",
        "de-CH",
        "receipt",
        "receipt",
        rows,
        "parking ticket; garage name vs operating company (keyed company); date with 2-digit year; crumpled photo",
    )


def r09(rng):
    """DE petrol station, fold."""
    fuel = q(D("48.32") * D("1.759"))
    rows, vb, tot = incl(
        [
            ("Super E10  Säule 4", 1, str(fuel), 19),
            ("Autowäsche Premium", 1, "12.90", 19),
            ("Kaffee to go", 1, "2.80", 19),
        ]
    )
    vat = sum(v[2] for v in vb)
    R = Roll(80, font="DVM", bold="DVMB", size=7.8)
    R.logo("badge", 9, "BRANDT")
    R.c("Tankstelle Brandt e.K.", 10, True)
    R.c("Bamberger Str. 77, 96215 Lichtenfels")
    R.c("USt-IdNr. DE219876345")
    R.hr()
    R.l("Super E10  Säule 4")
    R.lr("  48,32 l x 1,759 EUR/l", de(fuel) + " *")
    R.lr("Autowäsche Premium", de(D("12.90")) + " *")
    R.lr("Kaffee to go", de(D("2.80")) + " *")
    R.hr()
    R.lr("Gesamtbetrag EUR", de(tot), 10, True)
    R.lr("Girocard", de(tot))
    R.sp()
    R.lr("* MwSt 19,00 %", de(vat))
    R.lr("  Netto", de(tot - vat))
    R.sp()
    R.lr("Beleg-Nr. 77120", "07.03.2026 16:03")
    R.c("Danke und gute Fahrt")
    return R, truth(
        "77120",
        d(2026, 3, 7),
        None,
        "Tankstelle Brandt e.K.",
        tot - vat,
        vat,
        tot,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        rows,
        "fuel litres and price per litre with 3 decimals; VAT marker *; badge logo; folded photo",
    )


def r10(rng):
    """FR pharmacy, several TVA rates."""
    rows, vb, tot = incl(
        [
            ("DOLIPRANE 1000MG CPR B/8", 2, "2.18", D("2.1")),
            ("SPRAY NASAL EAU DE MER", 1, "6.90", D("5.5")),
            ("CREME SOLAIRE SPF50+", 1, "17.90", 20),
            ("PANSEMENTS X20", 1, "4.50", 20),
        ]
    )
    vat = sum(v[2] for v in vb)
    R = Roll(80, font="DVM", bold="DVMB", size=7.4)
    R.logo("cross", 10)
    R.c("PHARMACIE DES ARCADES", 10, True)
    R.c("SELARL Pharmacie des Arcades")
    R.c("4 place du Marché, 35000 Rennes")
    R.c("Tél 02 99 31 22 10")
    R.hr()
    R.lr("Ticket 2026-033-0158", "26/03/2026")
    R.hr()
    for r in rows:
        R.l(r[0])
        R.lr(f"  {qs(r[1])} x {fr(r[2])}   T{r[4]}%".replace(".", ","), fr(r[3]))
    R.hr()
    R.lr("TOTAL TTC", fr(tot) + " EUR", 9.5, True)
    R.lr("CARTE BANCAIRE", fr(tot))
    R.sp()
    R.lmr("TAUX", "HT", "TVA", mx=0.6)
    for v in vb:
        R.lmr((f"{v[0]}%").replace(".", ","), fr(v[1]), fr(v[2]), mx=0.6)
    R.sp()
    R.c("Merci de votre confiance")
    return R, truth(
        "2026-033-0158",
        d(2026, 3, 26),
        None,
        "SELARL Pharmacie des Arcades",
        tot - vat,
        vat,
        tot,
        "EUR",
        "fr-FR",
        "receipt",
        "receipt",
        rows,
        "three TVA rates (2,1 / 5,5 / 20 %) summed; legal form line under the shop name (keyed with SELARL); scanned",
    )


def r11(rng):
    """US grocery, name only in the footer, taxable flags."""
    items = [
        ("ORG BANANAS 2.14 lb @ 0.79", 1, "1.69", 0),
        ("GREEK YOGURT 32OZ", 1, "5.49", 0),
        ("SOURDOUGH LOAF", 1, "6.99", 0),
        ("PAPER TOWELS 6PK", 1, "11.99", 1),
        ("DISH SOAP", 1, "3.79", 1),
        ("OLIVE OIL 1L", 1, "12.49", 0),
    ]
    rows = items_calc([(a, b, c, 0) for a, b, c, _ in items])
    net = sum(r[3] for r in rows)
    taxable = sum(r[3] for r, it in zip(rows, items, strict=False) if it[3])
    tax = q(taxable * D("0.1025"))
    tot = net + tax
    R = Roll(80, font="DVM", bold="DVMB", size=7.6)
    R.logo("leaf", 12)
    R.c("1420 N Damen Ave")
    R.c("Chicago, IL 60622")
    R.c("Store 014  (773) 555-0198")
    R.sp()
    for r, it in zip(rows, items, strict=False):
        R.lr(r[0], en(r[3]) + (" T" if it[3] else " F"))
    R.hr()
    R.lr("SUBTOTAL", en(net))
    R.lr("TAX 10.25% ON " + en(taxable), en(tax))
    R.lr("TOTAL", en(tot), 10, True)
    R.lr("DEBIT CARD", en(tot))
    R.lr("CHANGE", "0.00")
    R.sp()
    R.c("03/19/2026 11:02AM  TRN 5521 REG 2")
    R.barcode()
    R.c("Thank you for shopping at")
    R.c("Greenbasket Market", 9, True)
    R.c("greenbasketmarket.com")
    return R, truth(
        "5521",
        d(2026, 3, 19),
        None,
        "Greenbasket Market",
        net,
        tax,
        tot,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        rows,
        "shop name only in the footer under a barcode; leaf logo on top; T/F taxable flags, tax only on part; US date",
    )


def r12(rng):
    """UK café e-receipt PDF, name only as a web address."""
    rows, vb, tot = incl(
        [
            ("Flat white (oat)", 2, "3.60", 20),
            ("Sausage roll", 1, "3.95", 20),
            ("Banana bread", 1, "3.25", 20),
            ("Bottled water", 1, "1.80", 20),
        ]
    )
    vat = sum(v[2] for v in vb)
    R = Roll(76, font="DV", bold="DVB", size=7.6)
    R.logo("circles", 9)
    R.c("www.bramblecoffee.co.uk", 9, True)
    R.c("12 Gloucester Road, Bristol BS7 8AE")
    R.sp()
    R.lr("Receipt #BC-10-48812", "")
    R.lr("Date", "11 Mar 2026, 13:05")
    R.lr("Served by", "Ollie")
    R.hr()
    for r in rows:
        R.lr(f"{qs(r[1])} x {r[0]}", "£" + en(r[3]))
    R.hr()
    R.lr("Total", "£" + en(tot), 10, True)
    R.lr("Includes VAT 20%", "£" + en(vat))
    R.lr("Paid by Apple Pay", "£" + en(tot))
    R.sp()
    R.c("VAT reg. GB 402 1187 93")
    R.c("Eat in or take away – see you soon")
    return R, truth(
        "BC-10-48812",
        d(2026, 3, 11),
        None,
        "bramblecoffee.co.uk",
        tot - vat,
        vat,
        tot,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        rows,
        "shop name appears only as a web address (keyed as printed without www.); VAT included; born-digital e-receipt",
    )


def r13(rng):
    """NL neighbourhood supermarket, cash and change, curled photo."""
    rows, vb, tot = incl(
        [
            ("Halfvolle melk 1L", 2, "1.19", 9),
            ("Gouda belegen 500g", 1, "6.49", 9),
            ("Appels Elstar 1kg", 1, "2.99", 9),
            ("Stroopwafels", 1, "2.29", 9),
            ("Wasmiddel 1,2L", 1, "8.99", 21),
            ("Bier 6x33cl", 1, "6.79", 21),
            ("Statiegeld", 6, "0.15", 21),
        ]
    )
    vat = sum(v[2] for v in vb)
    paid = D("50.00")
    R = Roll(80, font="DVC", bold="DVCB", size=8.0)
    R.c("BUURTSUPER VAN DIJK", 11, True)
    R.c("Dorpsstraat 21 · 3732 HE De Bilt")
    R.sp()
    for r in rows:
        if r[1] != 1:
            R.lr(f"{r[0]} {qs(r[1])} x {de(r[2])}", de(r[3]))
        else:
            R.lr(r[0], de(r[3]))
    R.hr()
    R.lr(f"{len(rows)} artikelen   TOTAAL", de(tot), 10, True)
    R.lr("Contant", de(paid))
    R.lr("Wisselgeld", de(paid - tot))
    R.sp()
    R.lmr("BTW", "Grondsl.", "BTW", mx=0.62)
    for v in vb:
        R.lmr(f"{v[0]:.0f}%", de(v[1]), de(v[2]), mx=0.62)
    R.sp()
    R.c("Kassa 1  Bon 302118  09-03-2026 17:26")
    R.c("Van Dijk Supermarkten B.V. · KvK 30112233")
    return R, truth(
        "302118",
        d(2026, 3, 9),
        None,
        "Van Dijk Supermarkten B.V.",
        tot - vat,
        vat,
        tot,
        "EUR",
        "nl-NL",
        "receipt",
        "receipt",
        rows,
        "cash with change (Wisselgeld) larger-looking amounts; deposit line; shop name on top vs legal B.V. in footer (keyed B.V.); curled, crumpled photo",
    )


def r14(rng):
    """IT trattoria with coperto."""
    rows, vb, tot = incl(
        [
            ("COPERTO", 4, "2.50", 10),
            ("TAGLIATELLE AL RAGU'", 2, "13.00", 10),
            ("PICI CACIO E PEPE", 1, "12.00", 10),
            ("BISTECCA FIORENTINA KG 1,2", 1, "57.60", 10),
            ("CONTORNO PATATE", 2, "5.00", 10),
            ("VINO ROSSO DELLA CASA 1L", 1, "16.00", 10),
            ("ACQUA MINERALE", 2, "3.00", 10),
        ]
    )
    vat = sum(v[2] for v in vb)
    R = Roll(80, font="DVS", bold="DVSB", size=7.6)
    R.c("Trattoria da Nello", 13, True)
    R.c("di Nello Bartoli")
    R.c("Via dei Neri 22/r - 50122 Firenze")
    R.c("P.IVA 05512340489")
    R.hr()
    R.c("DOCUMENTO COMMERCIALE di vendita o prestazione", 6.8)
    R.hr()
    for r in rows:
        R.lmr(r[0], f"{qs(r[1])} x {de(r[2])}", de(r[3]), mx=0.78)
    R.hr()
    R.lr("TOTALE COMPLESSIVO", de(tot), 10, True)
    R.lr("di cui IVA 10%", de(vat))
    R.lr("PAGAMENTO ELETTRONICO", de(tot))
    R.lr("Importo pagato", de(tot))
    R.sp()
    R.c("21-03-2026 22:14  DOC.N. 0233-0019")
    R.c("Grazie e arrivederci")
    return R, truth(
        "0233-0019",
        d(2026, 3, 21),
        None,
        "Trattoria da Nello",
        tot - vat,
        vat,
        tot,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        rows,
        "coperto (cover charge) line; serif font; DD-MM-YYYY; photo with shadow",
    )


def r15(rng):
    """CH bilingual DE/FR pharmacy, cash rounding to 0.05."""
    rows, vb, tot = incl(
        [
            ("Dafalgan 1 g Filmtabl. 16 Stk", 1, "8.45", D("2.6")),
            ("Bepanthen Salbe / pommade 30 g", 1, "12.90", D("2.6")),
            ("Sonnencreme / Crème solaire 50+", 1, "24.80", D("8.1")),
            ("Taschentücher / Mouchoirs 15x", 1, "3.12", D("8.1")),
        ]
    )
    vat = sum(v[2] for v in vb)
    pay = (tot / D("0.05")).quantize(D("1"), rounding=ROUND_HALF_UP) * D("0.05")
    rnd = pay - tot
    R = Roll(80, font="DV", bold="DVB", size=7.3)
    R.logo("cross", 10)
    R.c("Apotheke am See · Pharmacie du Lac", 9, True)
    R.c("Seevorstadt 50 · 2502 Biel/Bienne")
    R.c("CHE-105.221.874 MWST/TVA")
    R.hr()
    R.lr("Beleg/Quittance 88-40921", "16.03.2026 10:48")
    R.hr()
    for r in rows:
        R.lr(r[0], ch(r[3]))
    R.hr()
    R.lr("Total CHF", ch(tot), 9, True)
    R.lr("Rundung / Arrondi", ch(rnd))
    R.lr("Zu bezahlen / À payer", ch(pay), 9, True)
    R.lr("Bar / Espèces", "50.00")
    R.lr("Rückgeld / Rendu", ch(D("50.00") - pay))
    R.sp()
    R.lmr("MWST/TVA", "Netto", "MWST", mx=0.65)
    for v in vb:
        R.lmr(f"{v[0]}%", ch(v[1]), ch(v[2]), mx=0.65)
    R.sp()
    R.c("Merci · Danke · Gute Besserung")
    return R, truth(
        "88-40921",
        d(2026, 3, 16),
        None,
        "Apotheke am See · Pharmacie du Lac",
        tot - vat,
        vat,
        pay,
        "CHF",
        "de-CH",
        "receipt",
        "receipt",
        rows,
        "bilingual DE/FR; 5-Rappen cash rounding line: total keyed as amount paid after rounding; two MWST rates 2.6/8.1",
        rounding=rnd,
    )


def r16(rng):
    """ES tapas bar, image-only PDF."""
    rows, vb, tot = incl(
        [
            ("CAÑA", 4, "2.20", 10),
            ("TINTO VERANO", 2, "3.50", 10),
            ("RACIÓN CALAMARES", 1, "12.50", 10),
            ("PATATAS BRAVAS", 1, "6.80", 10),
            ("CROQUETAS JAMÓN (6)", 1, "9.00", 10),
        ]
    )
    vat = sum(v[2] for v in vb)
    R = Roll(76, font="DVM", bold="DVMB", size=7.2)
    R.c("TABERNA EL OLIVO", 10, True)
    R.c("Hostelería Olivo Sevilla, S.L.")
    R.c("C/ Betis 41 · 41010 Sevilla")
    R.c("CIF B91234567")
    R.hr()
    R.c("FACTURA SIMPLIFICADA")
    R.lr("Nº FS26/004512", "14/03/2026 21:40")
    R.lr("Mesa 7", "Camarero: Pepe")
    R.hr()
    R.lmr("UDS DESCRIPCIÓN", "", "IMPORTE")
    for r in rows:
        R.lmr(f"{qs(r[1]):>3} {r[0]}", "", de(r[3]))
    R.hr()
    R.lr("BASE IMPONIBLE", de(tot - vat))
    R.lr("IVA 10%", de(vat))
    R.lr("TOTAL €", de(tot), 10, True)
    R.lr("EFECTIVO", "50,00")
    R.lr("CAMBIO", de(D(50) - tot))
    R.sp()
    R.c("IVA INCLUIDO · GRACIAS POR SU VISITA")
    return R, truth(
        "FS26/004512",
        d(2026, 3, 14),
        None,
        "Hostelería Olivo Sevilla, S.L.",
        tot - vat,
        vat,
        tot,
        "EUR",
        "es-ES",
        "receipt",
        "receipt",
        rows,
        "factura simplificada; trading name vs legal S.L. (keyed legal); cash and change; image-only PDF of a scan",
    )


# ---------------------------------------------------------------- set definition
# name: (function, kind, ext, output recipe)
DOCS = {
    "i01": (i01, "pdf", "pdf", None),
    "i02": (i02, "pdf", "pdf", None),
    "i03": (i03, "pdf", "pdf", None),
    "i04": (i04, "pdf", "pdf", None),
    "i05": (i05, "pdf", "pdf", None),
    "i06": (i06, "pdf", "pdf", None),
    "i07": (i07, "pdf", "pdf", None),
    "i08": (i08, "pdf", "pdf", None),
    "i09": (i09, "pdf", "pdf", None),
    "i10": (i10, "pdf", "pdf", None),
    "i11": (i11, "pdf", "pdf", None),
    "i12": (
        i12,
        "scan",
        "png",
        {"dpi": 200, "grey": True, "skew": -1.3, "blur": 0.7, "noise": 7, "specks": 60},
    ),
    "i13": (
        i13,
        "scan",
        "jpg",
        {"dpi": 150, "grey": False, "skew": 0.9, "blur": 0.5, "noise": 5, "specks": 25, "q": 82},
    ),
    "i14": (
        i14,
        "photo",
        "jpg",
        {"dpi": 200, "bg": "desk", "long_side": 2200, "quality": 74, "fold": 1},
    ),
    "i15": (
        i15,
        "photo",
        "jpg",
        {"dpi": 200, "bg": "wood", "long_side": 2100, "quality": 70, "fold": 0},
    ),
    "i16": (
        i16,
        "scan",
        "pdf",
        {
            "dpi": 200,
            "grey": True,
            "skew": 0.7,
            "blur": 0.6,
            "noise": 6,
            "specks": 40,
            "imgpdf": True,
        },
    ),
    "r01": (
        r01,
        "scan",
        "png",
        {"dpi": 300, "grey": True, "skew": 1.2, "blur": 0.8, "noise": 6, "specks": 30, "fade": 0.5},
    ),
    "r02": (r02, "photo", "jpg", {"dpi": 300, "bg": "wood", "long_side": 1800, "quality": 72}),
    "r03": (
        r03,
        "scan",
        "png",
        {
            "dpi": 300,
            "grey": True,
            "skew": -0.8,
            "blur": 0.6,
            "noise": 5,
            "specks": 20,
            "fade": 0.25,
            "width": 650,
        },
    ),
    "r04": (
        r04,
        "photo",
        "jpg",
        {"dpi": 300, "bg": "dark", "long_side": 2000, "quality": 68, "hand": True},
    ),
    "r05": (
        r05,
        "photo",
        "jpg",
        {"dpi": 300, "bg": "dark", "long_side": 2100, "quality": 75, "fold": 2},
    ),
    "r06": (
        r06,
        "scan",
        "jpg",
        {
            "dpi": 250,
            "grey": False,
            "skew": 1.8,
            "blur": 0.7,
            "noise": 6,
            "specks": 30,
            "fade": 0.35,
            "q": 80,
        },
    ),
    "r07": (r07, "pdf", "pdf", None),
    "r08": (
        r08,
        "photo",
        "jpg",
        {"dpi": 300, "bg": "cloth", "long_side": 1600, "quality": 66, "crumple": 1.0},
    ),
    "r09": (
        r09,
        "photo",
        "jpg",
        {"dpi": 300, "bg": "desk", "long_side": 2000, "quality": 70, "fold": 2},
    ),
    "r10": (
        r10,
        "scan",
        "png",
        {
            "dpi": 200,
            "grey": True,
            "skew": -1.6,
            "blur": 0.6,
            "noise": 6,
            "specks": 40,
            "fade": 0.3,
        },
    ),
    "r11": (
        r11,
        "scan",
        "png",
        {
            "dpi": 250,
            "grey": True,
            "skew": 0.6,
            "blur": 0.9,
            "noise": 6,
            "specks": 30,
            "fade": 0.45,
            "width": 700,
        },
    ),
    "r12": (r12, "pdf", "pdf", None),
    "r13": (
        r13,
        "photo",
        "jpg",
        {"dpi": 300, "bg": "wood", "long_side": 2300, "quality": 64, "crumple": 1.4, "fold": 1},
    ),
    "r14": (
        r14,
        "photo",
        "jpg",
        {"dpi": 300, "bg": "cloth", "long_side": 2000, "quality": 76, "tilt": 5},
    ),
    "r15": (
        r15,
        "scan",
        "png",
        {
            "dpi": 300,
            "grey": False,
            "skew": 1.0,
            "blur": 0.6,
            "noise": 5,
            "specks": 25,
            "fade": 0.3,
            "width": 680,
        },
    ),
    "r16": (
        r16,
        "scan",
        "pdf",
        {
            "dpi": 200,
            "grey": True,
            "skew": -1.1,
            "blur": 0.7,
            "noise": 7,
            "specks": 40,
            "fade": 0.4,
            "imgpdf": True,
        },
    ),
}


def build(name, outdir):
    fn, kind, ext, rec = DOCS[name]
    rng = random.Random(zlib.crc32(name.encode()))
    obj, t = fn(rng)
    pdf = obj.pdf(name, rng) if isinstance(obj, Roll) else obj
    out = Path(outdir)
    if rec is None:
        data = pdf
    else:
        img = render(pdf, rec["dpi"])
        if kind == "photo":
            im = photo(
                img,
                rng,
                bg=rec["bg"],
                long_side=rec["long_side"],
                quality=rec["quality"],
                fold=rec.get("fold", 0),
                crumple=rec.get("crumple", 0.0),
                hand=rec.get("hand", False),
                tilt=rec.get("tilt", 3),
            )
        else:
            im = scan(
                img,
                rng,
                grey=rec["grey"],
                skew=rec["skew"],
                blur=rec["blur"],
                noise=rec["noise"],
                specks=rec["specks"],
                fade=rec.get("fade", 0.0),
                width=rec.get("width"),
            )
        if rec.get("imgpdf"):
            data = image_pdf(im, rec["dpi"] * (im.width / img.width if rec.get("width") else 1))
        else:
            b = io.BytesIO()
            if ext == "jpg":
                im.convert("RGB").save(b, "JPEG", quality=rec.get("quality", rec.get("q", 80)))
            else:
                im.save(b, "PNG")
            data = b.getvalue()
    (out / f"{name}.{ext}").write_bytes(data)
    t["kind"] = kind
    (out / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return t


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    only = None
    if "--only" in argv:
        only = argv[argv.index("--only") + 1]
        args = [a for a in args if a != only]
    outdir = Path(args[0]) if args else Path("bench/blindsets/blind-2026-13b")
    outdir.mkdir(parents=True, exist_ok=True)
    for name in DOCS:
        if only and name != only:
            continue
        t = build(name, outdir)
        print(name, t["kind"], t["vendor_name"], t["total"], t["currency"])


if __name__ == "__main__":
    main(sys.argv[1:])
