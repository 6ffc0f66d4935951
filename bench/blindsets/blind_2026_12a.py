"""Blind set 2026-12a: invoices and receipts written without knowledge of the reader.

Run:  python -m bench.blindsets.blind_2026_12a [OUTDIR] [--only NAME]

Every document is drawn with reportlab from values computed once with Decimal; the same
values are printed on the page and keyed in NAME.json. Born-digital documents are written
as PDF (text layer); scans and photos are rendered by pdfium at ~200 dpi and degraded with
a per-document seeded numpy generator, then saved as PNG. Output is byte-identical on
re-run (reportlab invariant mode, seeded noise, deterministic PNG encoding).
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import sys
from decimal import ROUND_HALF_UP
from decimal import Decimal as D
from pathlib import Path

import numpy as np
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128
from reportlab.graphics.barcode import qr as rl_qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

MM = 72 / 25.4
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
_FONTS = {
    "Sans": "DejaVuSans.ttf",
    "Sans-B": "DejaVuSans-Bold.ttf",
    "Cond": "DejaVuSansCondensed.ttf",
    "Cond-B": "DejaVuSansCondensed-Bold.ttf",
    "Mono": "DejaVuSansMono.ttf",
    "Mono-B": "DejaVuSansMono-Bold.ttf",
    "Serif": "DejaVuSerif.ttf",
    "Serif-B": "DejaVuSerif-Bold.ttf",
    "SerifC": "DejaVuSerifCondensed.ttf",
    "Sans-L": "DejaVuSans-ExtraLight.ttf",
    "Sans-I": "DejaVuSans-Oblique.ttf",
}
BOLD = {
    "Sans": "Sans-B",
    "Cond": "Cond-B",
    "Mono": "Mono-B",
    "Serif": "Serif-B",
    "SerifC": "Serif-B",
    "Courier": "Courier-Bold",
    "Helvetica": "Helvetica-Bold",
    "Times-Roman": "Times-Bold",
}
for _n, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, f"{FONT_DIR}/{_f}"))


def q2(x) -> D:
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def fmt(x, dec=".", grp="", nd=2) -> str:
    """Format a Decimal with a given decimal mark and grouping separator."""
    x = D(x)
    neg = x < 0
    s = f"{abs(x):.{nd}f}"
    ip, _, fp = s.partition(".")
    if grp:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = grp.join(parts)
    out = ip + (dec + fp if nd else "")
    return ("-" if neg else "") + out


def de(x, nd=2):
    return fmt(x, ",", ".", nd)


def fr(x, nd=2):
    return fmt(x, ",", "\u202f" if False else " ", nd)


def en(x, nd=2):
    return fmt(x, ".", ",", nd)


def s2(x) -> str:
    """Truth string: two decimals, decimal point, no grouping."""
    return f"{q2(x):.2f}"


# ---------------------------------------------------------------- page wrapper
class Page:
    """A reportlab canvas that remembers every text box for a layout check."""

    def __init__(self, buf, size, title="document"):
        self.w, self.h = size
        self.c = rl_canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.c.setProducer("")
        self.boxes = []  # (x0, y0, x1, y1, text)
        self.font = ("Sans", 9)
        self.gray = 0

    def setfont(self, name, size):
        self.font = (name, size)

    def text(self, x, y, s, font=None, size=None, align="l", color=None, check=True):
        name, sz = self.font
        name = font or name
        sz = size or sz
        s = str(s)
        wdt = pdfmetrics.stringWidth(s, name, sz)
        if align == "r":
            x0 = x - wdt
        elif align == "c":
            x0 = x - wdt / 2
        else:
            x0 = x
        self.c.setFont(name, sz)
        self.c.setFillGray(0) if color is None else self.c.setFillColorRGB(*color)
        self.c.drawString(x0, y, s)
        self.c.setFillGray(0)
        if check and s.strip():
            self.boxes.append((x0, y - 0.22 * sz, x0 + wdt, y + 0.78 * sz, s))
        return wdt

    def width(self, s, font=None, size=None):
        name, sz = self.font
        return pdfmetrics.stringWidth(str(s), font or name, size or sz)

    def hline(self, x0, x1, y, lw=0.5, gray=0):
        self.c.setLineWidth(lw)
        self.c.setStrokeGray(gray)
        self.c.line(x0, y, x1, y)
        self.c.setStrokeGray(0)

    def vline(self, x, y0, y1, lw=0.5, gray=0):
        self.c.setLineWidth(lw)
        self.c.setStrokeGray(gray)
        self.c.line(x, y0, x, y1)
        self.c.setStrokeGray(0)

    def rect(self, x, y, w, h, lw=0.5, fill=None, stroke=True):
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillColorRGB(*fill) if isinstance(fill, tuple) else self.c.setFillGray(fill)
        self.c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        self.c.setFillGray(0)

    def barcode(self, x, y, data, h=28, bw=0.9):
        b = code128.Code128(data, barHeight=h, barWidth=bw, humanReadable=False, quiet=False)
        b.drawOn(self.c, x, y)
        return b.width

    def qr(self, x, y, data, size=60):
        w = rl_qr.QrCodeWidget(data)
        b = w.getBounds()
        bw, bh = b[2] - b[0], b[3] - b[1]
        d = Drawing(size, size, transform=[size / bw, 0, 0, size / bh, 0, 0])
        d.add(w)
        renderPDF.draw(d, self.c, x, y)

    def check(self, name):
        """Layout check: no text box overlaps another, nothing off the page."""
        problems = []
        eps = 0.3
        for x0, y0, x1, y1, s in self.boxes:
            if x0 < 2 or y0 < 2 or x1 > self.w - 2 or y1 > self.h - 2:
                problems.append(f"off page: {s!r}")
        bs = sorted(self.boxes, key=lambda b: b[0])
        for i, a in enumerate(bs):
            for b in bs[i + 1 :]:
                if b[0] >= a[2] - eps:
                    break
                if (
                    min(a[3], b[3]) - max(a[1], b[1]) > eps
                    and min(a[2], b[2]) - max(a[0], b[0]) > eps
                ):
                    problems.append(f"overlap: {a[4]!r} / {b[4]!r}")
        for p in problems:
            print(f"  LAYOUT {name}: {p}", file=sys.stderr)
        return problems

    def finish(self):
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- receipt engine
class Receipt:
    """Thermal / dot-matrix till receipt: a list of lines rendered on a narrow page.

    Line kinds: ('c', text) centred, ('l', text), ('r', text), ('lr', left, right),
    ('cols', [(text, x_fraction, align), ...]), ('sep', char), ('gap', pt),
    ('font', name, size), ('bar', data), ('qr', data)."""

    def __init__(self, width_mm=76, font="Mono", size=8.0, lead=1.25, margin_mm=4):
        self.wmm = width_mm
        self.font = font
        self.size = size
        self.lead = lead
        self.margin = margin_mm * MM
        self.lines = []

    def add(self, *ln):
        self.lines.append(ln)
        return self

    def c(self, t, **k):
        return self.add("c", t, k)

    def left(self, t, **k):
        return self.add("l", t, k)

    def lr(self, a, b, **k):
        return self.add("lr", a, b, k)

    def cols(self, cells, **k):
        return self.add("cols", cells, k)

    def sep(self, ch="-"):
        return self.add("sep", ch)

    def gap(self, pt=4):
        return self.add("gap", pt)

    def setfont(self, name, size):
        return self.add("font", name, size)

    def bar(self, data):
        return self.add("bar", data)

    def qrcode(self, data):
        return self.add("qr", data)

    def _height(self):
        h = 0
        size = self.size
        last = size
        for ln in self.lines:
            k = ln[0]
            if k == "gap":
                h += ln[1]
            elif k == "font":
                size = ln[2]
            elif k == "bar":
                h += 34
            elif k == "qr":
                h += 70
            else:
                sz = ln[-1].get("size", size) if isinstance(ln[-1], dict) else size
                h += sz * self.lead + max(0, sz - last)
                last = sz
        return h

    def render(self, buf, title):
        W = self.wmm * MM
        H = self._height() + 2 * self.margin + 10
        pg = Page(buf, (W, H), title)
        st = {
            "y": H - self.margin - self.size,
            "font": self.font,
            "size": self.size,
            "last": self.size,
        }
        for ln in self.lines:
            if not self._render_special(pg, ln, st):
                self._render_text(pg, ln, st)
        probs = pg.check(title)
        pg.finish()
        return probs

    def _render_special(self, pg, ln, st):
        """Draw a non-text line (gap, font change, barcode, QR, rule); False for a text line."""
        k = ln[0]
        W = pg.w
        if k == "gap":
            st["y"] -= ln[1]
        elif k == "font":
            st["font"], st["size"] = ln[1], ln[2]
        elif k == "bar":
            bw = 0.8
            b = code128.Code128(ln[1], barHeight=26, barWidth=bw, humanReadable=False, quiet=False)
            b.drawOn(pg.c, (W - b.width) / 2, st["y"] - 20)
            st["y"] -= 34
        elif k == "qr":
            pg.qr((W - 60) / 2, st["y"] - 56, ln[1], 60)
            st["y"] -= 70
        elif k == "sep":
            font, size = st["font"], st["size"]
            x0, x1 = self.margin, W - self.margin
            cw = pdfmetrics.stringWidth(ln[1], font, size)
            n = int((x1 - x0) / cw)
            pg.text((x0 + x1) / 2, st["y"], ln[1] * n, font, size, "c", check=False)
            st["y"] -= size * self.lead
        else:
            return False
        return True

    def _render_text(self, pg, ln, st):
        """Draw one text line (c, l, r, lr, cols) and advance the cursor."""
        opts = ln[-1]
        f = opts.get("font", st["font"])
        sz = opts.get("size", st["size"])
        if sz > st["last"]:
            st["y"] -= sz - st["last"]
        st["last"] = sz
        if opts.get("bold"):
            f = BOLD.get(f, f)
        self._draw_text(pg, ln, opts, f, sz, st["y"])
        st["y"] -= sz * self.lead

    def _draw_text(self, pg, ln, opts, f, sz, y):
        k = ln[0]
        W = pg.w
        x0, x1 = self.margin, W - self.margin
        if k == "c":
            pg.text(W / 2, y, ln[1], f, sz, "c")
        elif k == "l":
            pg.text(x0 + opts.get("indent", 0), y, ln[1], f, sz)
        elif k == "r":
            pg.text(x1, y, ln[1], f, sz, "r")
        elif k == "lr":
            pg.text(x0 + opts.get("indent", 0), y, ln[1], f, sz)
            pg.text(x1, y, ln[2], f, sz, "r")
        elif k == "cols":
            for t, fx, al in ln[1]:
                xx = x0 + fx * (x1 - x0)
                pg.text(xx, y, t, f, sz, al)


# ---------------------------------------------------------------- raster effects
def render_pdf(pdf_bytes, dpi=200, grey=True):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    page = doc[0]
    img = page.render(scale=dpi / 72, grayscale=grey).to_pil()
    arr = np.array(img.convert("L" if grey else "RGB"))
    page.close()
    doc.close()
    return arr


def _smooth_field(rng, shape, scale, amp):
    import cv2

    h, w = shape
    sh, sw = max(2, h // scale), max(2, w // scale)
    small = rng.standard_normal((sh, sw)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC) * amp


def scan_effect(
    arr, rng, skew=1.0, fade=0.0, crumple=0.0, bed=0, blur=0.6, noise=6.0, narrow=False
):
    """Flatbed scan: optional scanner bed around a narrow receipt, skew, fade, crumple, noise."""
    import cv2

    a = arr.astype(np.float32)
    if fade:
        # thermal paper fading: push ink toward white, unevenly
        f = np.clip(fade + _smooth_field(rng, a.shape, 60, fade * 0.5), 0, 0.85)
        a = a + (255 - a) * f
    if crumple:
        h, w = a.shape
        dx = _smooth_field(rng, (h, w), 90, crumple)
        dy = _smooth_field(rng, (h, w), 90, crumple)
        gx, gy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
        a = cv2.remap(a, gx + dx, gy + dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        shade = _smooth_field(rng, (h, w), 40, 9.0)
        a = a - np.abs(shade)
    if bed:
        h, w = a.shape
        H, Wd = h + 2 * bed, w + 2 * bed + (int(w * 0.6) if narrow else 0)
        canvas = np.full((H, Wd), 205.0 + rng.uniform(-15, 15), np.float32)
        ox = bed + int(rng.integers(0, max(1, Wd - w - 2 * bed) + 1)) if narrow else bed
        canvas[bed : bed + h, ox : ox + w] = a
        a = canvas
    h, w = a.shape
    ang = skew
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    border = 205.0 if bed else 250.0
    a = cv2.warpAffine(
        a, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = a + rng.normal(0, noise, a.shape).astype(np.float32)
    a = a * 0.96 + 6
    return np.clip(a, 0, 255).astype(np.uint8)


def photo_effect(arr_rgb, rng, tilt=0.06, shadow=True, warm=True, max_side=1600, crumple=0.0):
    """Phone photo: page on a table, perspective, uneven light, shadow, colour cast, blur."""
    import cv2

    a = arr_rgb.astype(np.float32)
    if crumple:
        h, w = a.shape[:2]
        dx = _smooth_field(rng, (h, w), 80, crumple)
        dy = _smooth_field(rng, (h, w), 80, crumple)
        gx, gy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
        a = cv2.remap(a, gx + dx, gy + dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        a = a - np.abs(_smooth_field(rng, (h, w), 40, 10.0))[..., None]
    h, w = a.shape[:2]
    s = min(1.0, max_side / (max(h, w) * 1.25))
    a = cv2.resize(a, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    pad = int(max(h, w) * 0.12)
    H, W = h + 2 * pad, w + 2 * pad
    base = np.array([rng.uniform(70, 150), rng.uniform(60, 130), rng.uniform(45, 110)], np.float32)
    table = np.ones((H, W, 3), np.float32) * base
    grain = (
        _smooth_field(rng, (H, W), 6, 10.0)[..., None]
        + _smooth_field(rng, (H, W), 150, 14.0)[..., None]
    )
    table = table + grain
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])

    def j():
        return rng.uniform(-tilt, tilt)

    dst = np.float32(
        [
            [pad + j() * w, pad + j() * h],
            [pad + w + j() * w, pad + j() * h],
            [pad + w + j() * w, pad + h + j() * h],
            [pad + j() * w, pad + h + j() * h],
        ]
    )
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(
        a, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0)
    )
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.0)[..., None]
    out = warped * mask + table * (1 - mask)
    # lighting gradient
    gx, gy = np.meshgrid(np.linspace(-1, 1, W), np.linspace(-1, 1, H))
    ang = rng.uniform(0, 2 * math.pi)
    light = 1.0 + 0.16 * (np.cos(ang) * gx + np.sin(ang) * gy) - 0.10 * (gx**2 + gy**2)
    out = out * light[..., None].astype(np.float32)
    if shadow:
        sm = np.zeros((H, W), np.float32)
        cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(-0.1, 0.3) * H
        pts = np.int32(
            [
                [cx - W * 0.5, -10],
                [cx + W * 0.1, -10],
                [cx + W * rng.uniform(0.0, 0.3), cy + H * 0.35],
                [cx - W * 0.6, cy + H * 0.5],
            ]
        )
        cv2.fillPoly(sm, [pts], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), W * 0.03)
        out = out * (1 - 0.33 * sm[..., None])
    if warm:
        out = out * np.array([1.04, 1.0, 0.9], np.float32)
    out = cv2.GaussianBlur(out, (0, 0), 0.7)
    out = out + rng.normal(0, 4.0, out.shape).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def save_png(arr, path):
    from PIL import Image

    img = Image.fromarray(arr)
    img.save(path, format="PNG", optimize=False, compress_level=9)


# ---------------------------------------------------------------- registry and truth
DOCS = {}


def doc(name, kind, country, **fx):
    def deco(fn):
        DOCS[name] = {"fn": fn, "kind": kind, "country": country, "fx": fx}
        return fn

    return deco


def item(desc, qty, unit, amount=None, qty_s=None, unit_s=None):
    """A line item; amount computed once (qty * unit) unless given."""
    qty = D(str(qty)) if qty is not None else None
    unit = D(str(unit)) if unit is not None else None
    amt = q2(qty * unit) if amount is None else q2(amount)
    return {
        "desc": desc,
        "qty": qty,
        "unit": unit,
        "amount": amt,
        "qty_s": qty_s if qty_s is not None else (None if qty is None else _num(qty)),
        "unit_s": unit_s if unit_s is not None else (None if unit is None else _price(unit)),
    }


def _price(x):
    x = D(x)
    return f"{x:.2f}" if x == x.quantize(D("0.01")) else format(x.normalize(), "f")


def _num(x):
    x = D(x)
    if x == x.to_integral():
        return str(int(x))
    s = format(x.normalize(), "f")
    if "." in s and len(s.split(".")[1]) < 2:
        s = f"{x:.2f}"
    return s


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
    dtype,
    items,
    note,
    credit=False,
):
    sg = D(-1) if credit else D(1)
    li = []
    for it in items:
        li.append(
            {
                "description": it["desc"],
                "quantity": it["qty_s"],
                "unit_price": it["unit_s"],
                "amount": s2(it["amount"] * sg),
            }
        )
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": None if amount is None else s2(D(amount) * sg),
        "vat": None if vat is None else s2(D(vat) * sg),
        "total": s2(D(total) * sg),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": li,
        "note": note,
    }


def round05(x):
    return (D(x) * 20).quantize(D(1), ROUND_HALF_UP) / 20


def pdfbytes(fn):
    buf = io.BytesIO()
    fn(buf)
    return buf.getvalue()


# --------------------------------------------------------------- Malaysia / Singapore till receipts
def _sea_header(r, sp):
    """Shop header, optional title and the meta lines."""
    for _i, h in enumerate(sp["head"]):
        if isinstance(h, tuple):
            r.c(h[0], **h[1])
        else:
            r.c(h)
    r.gap(3)
    if sp.get("title"):
        r.c(sp["title"], bold=True, size=sp.get("size", 7.6) + 1.5)
        r.gap(2)
    for a, b in sp["meta"]:
        if b is None:
            r.left(a)
        else:
            r.lr(a, b)


def _sea_items_1line(r, sp, items, sep, taxcode):
    hdr = sp.get("ihdr", ("ITEM", "QTY", "PRICE", "AMOUNT"))
    r.cols(
        [
            (hdr[0], 0, "l"),
            (hdr[1], 0.56, "r"),
            (hdr[2], 0.76, "r"),
            (hdr[3], 0.93 if taxcode else 1.0, "r"),
        ]
    )
    r.sep(sep)
    for it in items:
        cells = [
            (it["desc"], 0, "l"),
            (it["qty_s"], 0.56, "r"),
            (fmt(it["unit"]), 0.76, "r"),
            (fmt(it["amount"]), 0.93 if taxcode else 1.0, "r"),
        ]
        if taxcode:
            cells.append((it["code"], 1.0, "r"))
        r.cols(cells)


def _sea_items_2line(r, sp, items, sep, taxcode):
    hdr = sp.get("ihdr", ("Description", "Qty x U.Price", "Amt"))
    r.lr(hdr[0], hdr[2] + ("   " if taxcode else ""))
    r.left(hdr[1], indent=8)
    r.sep(sep)
    for it in items:
        r.left((it.get("sku", "") + " " + it["desc"]).strip())
        right = fmt(it["amount"]) + ((" " + it["code"]) if taxcode else "")
        r.lr(f"{it['qty_s']} x {fmt(it['unit'])}", right, indent=8)


def _sea_items_qtyfirst(r, sp, items, sep, taxcode):
    for it in items:
        r.cols([(it["qty_s"], 0.04, "r"), (it["desc"], 0.1, "l"), (fmt(it["amount"]), 1.0, "r")])
        if it["qty"] != 1:
            r.left(f"@ {fmt(it['unit'])}", indent=30, size=sp.get("size", 7.6) - 0.8)


_SEA_ITEM_STYLES = {
    "1line": _sea_items_1line,
    "2line": _sea_items_2line,
    "qtyfirst": _sea_items_qtyfirst,
}


def _sea_incl_summary(items, rate):
    """Per tax code (SR, ZR): (code, net, tax) from GST-inclusive amounts, and the total tax."""
    codes = {}
    for it in items:
        codes.setdefault(it.get("code", "SR"), D(0))
        codes[it.get("code", "SR")] += it["amount"]
    summ = []
    vat = D(0)
    for code in ("SR", "ZR"):
        if code in codes:
            inc = codes[code]
            tx = q2(inc * rate / (1 + rate)) if code == "SR" else D("0.00")
            summ.append((code, inc - tx, tx))
            vat += tx
    return summ, vat


def _sea_totals_incl(r, sp, items, rate, lab):
    """Item prices include GST; summary gives net / tax per code."""
    tot_incl = sum(it["amount"] for it in items)
    summ, vat = _sea_incl_summary(items, rate)
    net = tot_incl - vat
    total = round05(tot_incl) if sp.get("round", True) else tot_incl
    adj = total - tot_incl
    if sp.get("show_excl"):
        r.lr(lab.get("excl", "Total Excl. GST"), fmt(net))
        r.lr(lab.get("gst", "GST @6%"), fmt(vat))
    r.lr(lab["incl"], fmt(tot_incl), bold=sp.get("bold_incl", False))
    if sp.get("round", True):
        r.lr(lab.get("adj", "ROUNDING ADJ"), fmt(adj))
        r.lr(lab["final"], fmt(total), bold=True, size=sp.get("size", 7.6) + 1)
    T = {"amount": net, "vat": vat, "total": total, "summ": summ, "tot_incl": tot_incl}
    return T, total


def _sea_totals_excl(r, sp, items, rate, lab):
    """Modes excl, sst, svc_gst: prices exclude tax (optionally a service charge first)."""
    mode = sp["mode"]
    sub = sum(it["amount"] for it in items)
    r.lr(lab["sub"], fmt(sub))
    base = sub
    if mode in ("sst", "svc_gst"):
        svc = q2(sub * sp.get("svc", D("0.10")))
        r.lr(lab["svc"], fmt(svc))
        base = sub + svc
    taxable = (
        base
        if mode != "excl"
        else sum(it["amount"] for it in items if it.get("code", "SR") == "SR")
    )
    tx = q2(taxable * rate)
    r.lr(lab["gst"], fmt(tx))
    pre = base + tx
    total = round05(pre) if sp.get("round", True) else pre
    if sp.get("round", True):
        r.lr(lab.get("incl", "TOTAL"), fmt(pre))
        r.lr(lab.get("adj", "Rounding Adj"), fmt(total - pre))
    r.lr(lab["final"], fmt(total), bold=True, size=sp.get("size", 7.6) + 1.2)
    summ = [("SR", taxable, tx)] + ([("ZR", base - taxable, D("0.00"))] if base != taxable else [])
    T = {"amount": base, "vat": tx, "total": total, "summ": summ}
    return T, total


def _sea_totals_gst_incl_sg(r, sp, items, rate, lab):
    """Singapore: total includes GST, one line "GST 9% incl."."""
    tot = sum(it["amount"] for it in items)
    tx = q2(tot * rate / (1 + rate))
    r.lr(lab["final"], fmt(tot), bold=True, size=sp.get("size", 7.6) + 1.2)
    r.lr(lab["gst"], fmt(tx))
    total = tot
    T = {"amount": tot - tx, "vat": tx, "total": tot, "summ": None}
    return T, total


def _sea_totals_none(r, sp, items, rate, lab):
    tot = sum(it["amount"] for it in items)
    total = round05(tot) if sp.get("round", False) else tot
    if sp.get("round", False):
        r.lr(lab["sub"], fmt(tot))
        r.lr(lab.get("adj", "Rounding"), fmt(total - tot))
    r.lr(lab["final"], fmt(total), bold=True, size=sp.get("size", 7.6) + 1.5)
    T = {"amount": None, "vat": None, "total": total, "summ": None}
    return T, total


_SEA_TOTALS = {
    "incl": _sea_totals_incl,
    "excl": _sea_totals_excl,
    "sst": _sea_totals_excl,
    "svc_gst": _sea_totals_excl,
    "gst_incl_sg": _sea_totals_gst_incl_sg,
    "none": _sea_totals_none,
}


def _sea_payment(r, sp, items, total):
    pay = sp.get("pay", ("CASH", None))
    if pay[1] is None:
        paid = (total / 10).to_integral_value(rounding="ROUND_CEILING") * 10
        if paid == total:
            paid = total
        r.lr(pay[0], fmt(paid))
        r.lr(sp.get("change", "CHANGE"), fmt(paid - total))
    else:
        r.lr(pay[0], fmt(total))
        if pay[1]:
            r.left(pay[1])
    if sp.get("count"):
        r.left(f"{sp['count']}: {len(items)}")


def _sea_summary(r, sp, T, rate, sep):
    if T.get("summ") and sp.get("summary", True):
        r.sep(sep)
        r.left(sp.get("sumtitle", "GST Summary"))
        r.cols([("Tax Code", 0, "l"), ("Amount(RM)", 0.72, "r"), ("Tax(RM)", 1.0, "r")])
        for code, nt, tx in T["summ"]:
            label = f"{code} @ {int(rate * 100)}%" if code == "SR" else f"{code} @ 0%"
            r.cols([(label, 0, "l"), (fmt(nt), 0.72, "r"), (fmt(tx), 1.0, "r")])


def sea_receipt(sp, name):
    """A Malaysian / Singaporean till receipt from a spec dict; returns (pdf, truth)."""
    r = Receipt(
        width_mm=sp.get("width", 76),
        font=sp.get("font", "Mono"),
        size=sp.get("size", 7.6),
        lead=sp.get("lead", 1.3),
    )
    _sea_header(r, sp)
    sep = sp.get("sep", "-")
    r.sep(sep)
    items = sp["items"]
    taxcode = sp.get("taxcode", False)
    style = sp.get("istyle", "1line")
    if style in _SEA_ITEM_STYLES:
        _SEA_ITEM_STYLES[style](r, sp, items, sep, taxcode)
    r.sep(sep)
    rate = sp.get("rate", D("0.06"))
    T, total = _SEA_TOTALS[sp["mode"]](r, sp, items, rate, sp["labels"])
    _sea_payment(r, sp, items, total)
    _sea_summary(r, sp, T, rate, sep)
    r.sep(sep)
    for f in sp.get("foot", []):
        r.c(f)
    if sp.get("bar"):
        r.gap(3)
        r.bar(sp["bar"])
    buf = io.BytesIO()
    r.render(buf, name)
    tr = truth(
        sp["number"],
        sp["date"],
        None,
        sp["vendor"],
        T["amount"],
        T["vat"],
        T["total"],
        sp.get("currency", "MYR"),
        sp.get("locale", "en_MY"),
        "receipt",
        "receipt",
        items,
        sp["note"],
    )
    return buf.getvalue(), tr


def it2(desc, qty, unit, code="SR", sku="", qty_s=None):
    d = item(desc, qty, unit, qty_s=qty_s)
    d["code"] = code
    d["sku"] = sku
    return d


@doc("r01", "scan", "MY", skew=-1.3, fade=0.25, bed=60, narrow=True)
def r01(rng):
    sp = {
        "head": [
            ("KEDAI PAPAN YEW SENG SDN BHD", {"bold": True, "size": 8.6}),
            "(654321-K)",
            "NO. 12, JALAN BESI 3,",
            "TAMAN PERINDUSTRIAN TEBRAU,",
            "81100 JOHOR BAHRU, JOHOR.",
            "TEL: 07-354 2218  FAX: 07-354 2219",
            "GST REG NO: 001386544128",
        ],
        "title": "TAX INVOICE",
        "meta": [
            ("CASH SALE", None),
            ("DOC NO : CS1803/00412", None),
            ("DATE   : 25/03/2018", "TIME: 14:32"),
            ("CASHIER: LIM", "TERMINAL: 02"),
            ("CUSTOMER: CASH", None),
        ],
        "items": [
            it2("PVC PIPE 1\" x 10'", 4, "12.50"),
            it2('ELBOW 1" PVC', 6, "1.20"),
            it2("SOLVENT CEMENT 100G", 1, "7.92"),
            it2("GI WIRE 1KG", 2, "8.50"),
            it2('CONCRETE NAIL 2"', 1, "4.80"),
            it2("SANDPAPER #120", 5, "0.90"),
        ],
        "istyle": "1line",
        "taxcode": True,
        "mode": "incl",
        "labels": {"incl": "TOTAL INCL. GST", "adj": "ROUNDING ADJ", "final": "NETT TOTAL"},
        "show_excl": True,
        "pay": ("CASH", None),
        "count": "NO OF ITEMS",
        "foot": ["GOODS SOLD ARE NOT RETURNABLE", "THANK YOU. PLEASE COME AGAIN"],
        "number": "CS1803/00412",
        "date": "2018-03-25",
        "vendor": "KEDAI PAPAN YEW SENG SDN BHD",
        "note": "MY hardware tax invoice; prices incl. GST 6% with excl./GST lines, rounding adj "
        "to 0.05 "
        "(total is the NETT TOTAL), GST summary; faded thermal scan on scanner bed.",
    }
    return sea_receipt(sp, "r01")


@doc("r02", "photo", "MY", tilt=0.07)
def r02(rng):
    sp = {
        "head": [
            ("BOOKS KINGDOM", {"bold": True, "size": 13}),
            "BOOKS KINGDOM S/B (531877-T)",
            "LOT 2-18, 2ND FLOOR, MID VALLEY",
            "MEGAMALL, 59200 KUALA LUMPUR",
            "GST ID: 000762519552",
        ],
        "title": "TAX INVOICE",
        "size": 7.2,
        "meta": [
            ("Invoice No: BK2017112300381", None),
            ("Date: 23 Nov 2017 19:05", None),
            ("Member: 7788 0012 5531", "Pts: 58"),
            ("Staff: 1043 NURUL", None),
        ],
        "items": [
            it2("THE MALAYSIAN DEVELOPMENT", 1, "42.90", "ZR", "9789674153"),
            it2("SAMPLE KERTAS A4 80G", 2, "13.90", "SR", "9556001"),
            it2("PILOT G2 0.5 BLUE", 3, "6.50", "SR", "4902505"),
            it2("KAMUS DWIBAHASA", 1, "35.00", "ZR", "9789834614"),
            it2("GIFT WRAP SHEET", 2, "1.50", "SR", "2000013"),
        ],
        "istyle": "2line",
        "taxcode": True,
        "mode": "incl",
        "ihdr": ("Item / Description", "Qty x Price", "Amount(RM)"),
        "labels": {"incl": "Total Incl. GST", "adj": "Rounding Adj.", "final": "TOTAL (RM)"},
        "pay": ("VISA", "************4471  APPR 083321"),
        "sumtitle": "GST SUMMARY",
        "foot": [
            "Books are zero-rated (ZR).",
            "Exchange within 7 days with receipt.",
            "THANK YOU FOR SHOPPING WITH US",
        ],
        "bar": "BK2017112300381",
        "number": "BK2017112300381",
        "date": "2017-11-23",
        "vendor": "BOOKS KINGDOM",
        "note": "MY bookstore: sign above the S/B legal line; books zero-rated ZR mixed with SR 6% "
        "lines; "
        "member no. and card approval near the invoice no.; card payment; phone photo.",
    }
    return sea_receipt(sp, "r02")


@doc("r03", "scan", "MY", skew=2.4, fade=0.1, bed=50, narrow=True)
def r03(rng):
    sp = {
        "head": [
            ("RESTORAN WAN SHENG", {"bold": True, "size": 10}),
            "(002043319-W)",
            "NO.2, JALAN TEMENGGUNG 19/9,",
            "SEKSYEN 9, BANDAR MAHKOTA CHERAS,",
            "43200 CHERAS, SELANGOR",
        ],
        "title": "CASH BILL",
        "font": "Courier",
        "size": 8.2,
        "meta": [("Bill No: 1172358", "Table: 12"), ("25-03-18  12:47", "Pax: 3")],
        "items": [
            item("NASI LEMAK AYAM", 2, "8.50"),
            item("MEE GORENG MAMAK", 1, "6.50"),
            item("TEH TARIK", 2, "2.20"),
            item("KOPI O AIS", 1, "2.00"),
            item("ROTI CANAI", 3, "1.30"),
        ],
        "istyle": "qtyfirst",
        "mode": "none",
        "round": True,
        "labels": {"sub": "SUB TOTAL", "adj": "ROUNDING", "final": "TOTAL (RM)"},
        "pay": ("CASH", None),
        "foot": ["THANK YOU & COME AGAIN", "SILA DATANG LAGI"],
        "number": "1172358",
        "date": "2018-03-25",
        "vendor": "RESTORAN WAN SHENG",
        "note": "MY kopitiam cash bill, no tax printed (amount/vat null), qty before description, "
        "date 25-03-18, table no. next to bill no.; rounding in the total; skewed scan.",
    }
    return sea_receipt(sp, "r03")


@doc("r04", "scan", "MY", skew=-0.7, crumple=7.0, fade=0.15, bed=40, narrow=True)
def r04(rng):
    sp = {
        "head": [
            ("PASARAYA SERI MURNI ENTERPRISE", {"bold": True}),
            "(JM0578213-X)",
            "LOT 1123, JALAN KLANG LAMA,",
            "58000 KUALA LUMPUR",
            "GST ID : 002175694848",
        ],
        "title": "TAX INVOICE",
        "size": 7.3,
        "meta": [
            ("Receipt : 0021-005387", None),
            ("Date : 14/06/2016  Time : 18:20:41", None),
            ("Counter: 3  Operator: SITI", None),
        ],
        "items": [
            it2("BERAS SUPER 5KG", 1, "17.90", "ZR"),
            it2("GULA PASIR 1KG", 2, "2.85", "ZR"),
            it2("MINYAK MASAK 2KG", 1, "10.90", "ZR"),
            it2("MILO 1.5KG", 1, "28.99"),
            it2("SABUN DOBI 3KG", 1, "19.50"),
            it2("MAGGI KARI 5S", 3, "4.20"),
            it2("TELUR AYAM GRED B 30", 1, "11.40", "ZR"),
        ],
        "istyle": "1line",
        "taxcode": True,
        "mode": "incl",
        "ihdr": ("DESCRIPTION", "QTY", "U/P", "TOTAL"),
        "labels": {"incl": "TOTAL SALES (INCL GST)", "adj": "ROUNDING ADJ", "final": "GRAND TOTAL"},
        "pay": ("CASH", None),
        "count": "Total Qty",
        "sumtitle": "GST Summary       (S = SR 6%, Z = ZR 0%)",
        "foot": ["TERIMA KASIH", "Barang yang dijual tidak boleh", "ditukar atau dipulangkan"],
        "number": "0021-005387",
        "date": "2016-06-14",
        "vendor": "PASARAYA SERI MURNI ENTERPRISE",
        "note": "MY grocery, ENTERPRISE with ROC no.; staples zero-rated, other lines SR; GRAND "
        "TOTAL "
        "after rounding; crumpled, scanned on bed.",
    }
    return sea_receipt(sp, "r04")


@doc("r05", "photo", "MY", tilt=0.05, crumple=5.0)
def r05(rng):
    sp = {
        "head": [
            ("FARMASI SIHAT JAYA SDN BHD", {"bold": True}),
            "Co. Reg: 1098273-D",
            "G-07, Jalan PJU 5/20, The Strand",
            "Kota Damansara, 47810 Petaling Jaya",
            "Tel: 03-6142 8890",
            "GST Reg. No: 000918273664",
        ],
        "title": "TAX INVOICE",
        "font": "Cond",
        "size": 7.6,
        "meta": [
            ("Inv No: FSJ-K02-118827", None),
            ("Date: 02/02/2018", "Time: 10:14 AM"),
            ("Pharmacist: CHONG W.M.", None),
        ],
        "items": [
            it2("PANADOL ACTIFAST 20S", 1, "11.20", "ZR"),
            it2("VITAMIN C 1000MG 30S", 1, "39.90"),
            it2("FACE MASK 3PLY 50S", 1, "15.00"),
            it2("STREPSILS HONEY LEMON", 2, "8.60", "ZR"),
            it2("HAND SANITIZER 500ML", 1, "12.90"),
        ],
        "istyle": "2line",
        "taxcode": True,
        "mode": "excl",
        "labels": {
            "sub": "Total Excl GST",
            "gst": "GST 6%",
            "incl": "Total Incl GST",
            "adj": "Rounding",
            "final": "Amount Due",
        },
        "pay": ("Cash", None),
        "change": "Change Due",
        "foot": ["Medicines: please consult our pharmacist", "Thank you, get well soon!"],
        "number": "FSJ-K02-118827",
        "date": "2018-02-02",
        "vendor": "FARMASI SIHAT JAYA SDN BHD",
        "note": "MY pharmacy: item prices excl. GST, GST 6% on SR lines only (medicines ZR), "
        "rounding "
        "then 'Amount Due' as total; condensed proportional font; creased phone photo.",
    }
    return sea_receipt(sp, "r05")


@doc("r06", "scan", "MY", skew=0.8, bed=50, narrow=True)
def r06(rng):
    sp = {
        "head": [
            ("DAPUR NYONYA", {"bold": True, "size": 12}),
            "DAPUR NYONYA SDN BHD (1187765-U)",
            "27, Lorong Abu Siti, 10400 George Town",
            "Penang  Tel: 04-226 7318",
            "SST ID: P11-1808-31001547",
        ],
        "title": "INVOICE",
        "size": 7.4,
        "meta": [
            ("Invoice#: P1-0091873", None),
            ("Date: 06/10/2019 20:13", None),
            ("Table: B5   Pax: 4", "Server: AINA"),
        ],
        "items": [
            item("Ayam Pongteh", 1, "22.00"),
            item("Jiu Hu Char", 1, "18.00"),
            item("Assam Fish", 1, "36.00"),
            item("Nasi Putih", 4, "2.50"),
            item("Chendol", 2, "6.90"),
            item("Air Limau", 4, "4.50"),
        ],
        "istyle": "1line",
        "mode": "sst",
        "ihdr": ("Item", "Qty", "Price", "Total"),
        "labels": {
            "sub": "Subtotal",
            "svc": "Service Charge 10%",
            "gst": "Service Tax 6%",
            "incl": "Total",
            "adj": "Rounding Adj",
            "final": "GRAND TOTAL",
        },
        "pay": ("MASTER", "XXXX XXXX XXXX 1186"),
        "summary": False,
        "foot": ["Thank you for dining with us!", "Follow us @dapurnyonya.pg"],
        "number": "P1-0091873",
        "date": "2019-10-06",
        "vendor": "DAPUR NYONYA",
        "note": "MY restaurant after 2018 (SST): 10% service charge in the net, service tax 6% on "
        "subtotal+service, rounding, GRAND TOTAL; card payment; scanned.",
    }
    return sea_receipt(sp, "r06")


@doc("r07", "scan", "MY", skew=-2.0, fade=0.3, bed=40, narrow=True, noise=8.0)
def r07(rng):
    sp = {
        "head": [
            ("HENG LIAN HARDWARE TRADING", {"bold": True}),
            "(001912345-W)",
            "NO 5, JLN SEMENYIH 2, 43500 SEMENYIH",
            "TEL: 03-8723 1100",
            "GST NO: 001544328192",
        ],
        "title": "CASH BILL / TAX INVOICE",
        "font": "Courier",
        "size": 7.8,
        "width": 70,
        "meta": [
            ("INV NO: 18-03117", None),
            ("DATE: 25-03-18", "SALESMAN: AH KOW"),
            ("ORDER REF: PO-5521 (NOT INV)", None),
        ],
        "items": [
            it2("CEMENT 50KG", 3, "19.50"),
            it2("SAND 1 BAG", 4, "5.00"),
            it2('PAINT BRUSH 3"', 2, "6.80"),
            it2("THINNER 1L", 1, "9.00"),
        ],
        "istyle": "1line",
        "mode": "excl",
        "ihdr": ("DESC", "QTY", "RM", "AMT"),
        "labels": {
            "sub": "TOTAL EXCL GST",
            "gst": "GST 6%",
            "incl": "TOTAL INCL GST",
            "adj": "ROUNDING ADJ",
            "final": "NETT TOTAL",
        },
        "pay": ("CASH", None),
        "summary": True,
        "foot": ["NO REFUND / NO EXCHANGE", "THANK YOU"],
        "number": "18-03117",
        "date": "2018-03-25",
        "vendor": "HENG LIAN HARDWARE TRADING",
        "note": "MY hardware cash bill: prices excl. GST, GST 6% added, NETT TOTAL after rounding; "
        "a PO ref line near the invoice no.; faded, heavily skewed, noisy scan.",
    }
    return sea_receipt(sp, "r07")


@doc("r08", "photo", "SG", tilt=0.08)
def r08(rng):
    sp = {
        "head": [
            ("SONG FA KITCHEN", {"bold": True, "size": 12}),
            "Song Fa Kitchen Pte Ltd",
            "11 New Bridge Road #01-01",
            "Singapore 059383",
            "UEN/GST Reg: 201733418K",
        ],
        "title": "TAX INVOICE",
        "font": "Sans",
        "size": 7.2,
        "currency": "SGD",
        "locale": "en_SG",
        "meta": [
            ("Check #: 40821", "Tbl 07"),
            ("Date: 18/08/2018 13:02", None),
            ("Cashier: Mei Ling", "Covers: 2"),
        ],
        "items": [
            item("Pork Rib Soup (L)", 1, "12.80"),
            item("Braised Pig Trotter", 1, "8.80"),
            item("Steamed Rice", 2, "0.80"),
            item("Salted Veg", 1, "3.50"),
            item("Barley Drink", 2, "2.20"),
        ],
        "istyle": "1line",
        "mode": "svc_gst",
        "rate": D("0.07"),
        "round": False,
        "labels": {
            "sub": "Sub-Total",
            "svc": "10% Svr Chrg",
            "gst": "7% GST",
            "final": "TOTAL SGD",
        },
        "pay": ("NETS", "NETS Approved 302911"),
        "summary": False,
        "foot": ["Thank you! See you again."],
        "number": "40821",
        "date": "2018-08-18",
        "vendor": "SONG FA KITCHEN",
        "note": "SG restaurant: 10% service charge + 7% GST on top, no rounding, NETS; check no. "
        "is the receipt number; phone photo with shadow.",
    }
    return sea_receipt(sp, "r08")


@doc("r09", "scan", "SG", skew=1.1, bed=50, narrow=True)
def r09(rng):
    sp = {
        "head": [
            ("KINOKUNI BOOKS", {"bold": True, "size": 11}),
            "KNB Retail (S) Pte Ltd",
            "391 Orchard Road #04-20/21",
            "Singapore 238872",
            "GST Reg No: M2-0087651-3",
        ],
        "title": None,
        "size": 7.2,
        "currency": "SGD",
        "locale": "en_SG",
        "meta": [
            ("Receipt No.: 0107-2019-0044381", None),
            ("Date: 05 Jan 2019  15:44", None),
            ("POS 07  Staff 221", None),
        ],
        "items": [
            item("Atomic Habits (PB)", 1, "29.95"),
            item("Moleskine Classic L", 1, "32.00"),
            item("Bookmark Magnetic", 3, "3.90"),
            item("Gift Voucher $20", 1, "20.00"),
        ],
        "istyle": "2line",
        "mode": "gst_incl_sg",
        "rate": D("0.07"),
        "labels": {"final": "TOTAL", "gst": "GST 7% incl."},
        "pay": ("VISA", "Card No: ************0092"),
        "foot": ["Prices inclusive of 7% GST", "Exchange within 14 days"],
        "bar": "0107201900443810",
        "number": "0107-2019-0044381",
        "date": "2019-01-05",
        "vendor": "KINOKUNI BOOKS",
        "note": "SG bookstore: GST 7% included in the total, one 'GST 7% incl.' line (amount = "
        "total - "
        "GST); 2-line items; barcode; scanned.",
    }
    return sea_receipt(sp, "r09")


@doc("r10", "photo", "SG", tilt=0.05)
def r10(rng):
    sp = {
        "head": [
            ("WELLCARE PHARMACY", {"bold": True, "size": 11}),
            "Wellcare Pharmacy Pte. Ltd.",
            "Blk 456 Ang Mo Kio Ave 10 #01-1570",
            "Singapore 560456",
            "GST Reg No. 199904512D",
        ],
        "title": "TAX INVOICE",
        "font": "Cond",
        "size": 7.6,
        "currency": "SGD",
        "locale": "en_SG",
        "meta": [
            ("Inv: 8821-24-007766", None),
            ("12/03/2024 09:41", "Till 2"),
            ("Member ID: 9001 2233 4455", None),
        ],
        "items": [
            item("Cetaphil Gentle Cleanser", 1, "19.90"),
            item("Panadol Extra 30s", 1, "12.45"),
            item("Bandage Elastic 7.5cm", 2, "4.30"),
            item("Vit D3 1000IU 90s", 1, "24.90"),
        ],
        "istyle": "1line",
        "mode": "gst_incl_sg",
        "rate": D("0.09"),
        "labels": {"final": "TOTAL", "gst": "Incl. 9% GST"},
        "pay": ("PayNow", ""),
        "foot": ["Thank you for shopping with us!"],
        "number": "8821-24-007766",
        "date": "2024-03-12",
        "vendor": "WELLCARE PHARMACY",
        "note": "SG pharmacy 2024: GST 9% included; member id near invoice number; PayNow; photo.",
    }
    return sea_receipt(sp, "r10")


@doc("r11", "scan", "MY", skew=-0.5, fade=0.4, bed=45, narrow=True)
def r11(rng):
    sp = {
        "head": [
            ("SYARIKAT MAJU JAYA TRADING", {"bold": True}),
            "(SA0273651-P)",
            "NO. 8, JALAN PASAR BESAR,",
            "70000 SEREMBAN, N. SEMBILAN",
            "GST ID: 000667281920",
        ],
        "title": "RECEIPT",
        "size": 7.4,
        "meta": [
            ("No: MJ/2018/004471", None),
            ("Date: 25 Mar 2018", "11:09"),
            ("A/C: C-0112 (CASH)", None),
        ],
        "items": [
            it2("IKAN KEMBUNG", D("1.250"), "14.00", "ZR", qty_s="1.250"),
            it2("SAYUR SAWI", D("0.800"), "5.00", "ZR", qty_s="0.800"),
            it2("TAUHU", 2, "1.20", "ZR"),
            it2("KICAP MANIS 345ML", 1, "4.60"),
            it2("SOS CILI 340G", 1, "3.90"),
            it2("TISU MUKA 4S", 1, "6.90"),
        ],
        "istyle": "1line",
        "taxcode": True,
        "mode": "incl",
        "ihdr": ("ITEM", "QTY/KG", "PRICE", "AMT"),
        "labels": {"incl": "TOTAL (RM)", "adj": "ROUNDING ADJ", "final": "TOTAL ROUNDED"},
        "pay": ("CASH", None),
        "sumtitle": "GST SUMMARY",
        "foot": ["* Harga termasuk GST", "THANK YOU"],
        "number": "MJ/2018/004471",
        "date": "2018-03-25",
        "vendor": "SYARIKAT MAJU JAYA TRADING",
        "note": "MY wet-market grocer: weighed items (kg as quantity), fresh produce ZR, 'TOTAL "
        "(RM)' is "
        "before rounding, final TOTAL ROUNDED; account code line; very faded scan.",
    }
    return sea_receipt(sp, "r11")


@doc("r12", "photo", "MY", tilt=0.09, crumple=6.0)
def r12(rng):
    sp = {
        "head": [
            ("MEGA STATIONERY & PRINTING S/B", {"bold": True}),
            "(882716-M)",
            "23 JALAN TUN ABDUL RAZAK, 80000 JOHOR BAHRU",
            "GST ID No : 001099123456",
        ],
        "title": "TAX INVOICE",
        "size": 7.0,
        "width": 80,
        "sep": "=",
        "meta": [("Doc No.: TI-00091123", "Date: 30/04/2018"), ("Cust : WALK-IN", "Time: 16:51")],
        "items": [
            it2("A4 PAPER 70GSM (REAM)", 5, "10.50"),
            it2("BINDING COMB 10MM", 20, "0.35"),
            it2("LAMINATING A4", 12, "1.00"),
            it2("PHOTOSTAT B/W", 120, "0.10"),
            it2("STAPLER MAX HD-10", 1, "8.90"),
        ],
        "istyle": "1line",
        "taxcode": True,
        "mode": "incl",
        "labels": {"incl": "TOTAL INCL. GST", "adj": "ROUNDING ADJ", "final": "NETT TOTAL"},
        "show_excl": True,
        "pay": ("CASH", None),
        "foot": ["Goods sold are not returnable.", "** THANK YOU **"],
        "number": "TI-00091123",
        "date": "2018-04-30",
        "vendor": "MEGA STATIONERY & PRINTING S/B",
        "note": "MY stationery shop: doc no. and date on one line, '=' rules, excl./GST/incl. "
        "lines, "
        "rounding to NETT TOTAL; crumpled receipt photographed at an angle.",
    }
    return sea_receipt(sp, "r12")


# ---------------------------------------------------------------- receipts from elsewhere
def _rb(r, name):
    buf = io.BytesIO()
    r.render(buf, name)
    return buf.getvalue()


@doc("r13", "scan", "US", skew=0.9, bed=50, narrow=True)
def r13(rng):
    its = [
        item("ORG BANANAS", D("2.14"), "0.79", qty_s="2.14", unit_s="0.79"),
        item("WHOLE MILK 1GAL", 1, "4.29"),
        item("SOURDOUGH LOAF", 1, "5.49"),
        item("PAPER TOWELS 6PK", 1, "11.99"),
        item("DISH SOAP 24OZ", 1, "3.79"),
    ]
    taxable = its[3]["amount"] + its[4]["amount"]
    sub = sum(i["amount"] for i in its)
    tax = q2(taxable * D("0.086"))
    tot = sub + tax
    r = Receipt(width_mm=80, font="Courier", size=8.2)
    r.c("SUNRISE MARKET", bold=True, size=12).c("Store #0417").c("2250 E Camelback Rd").c(
        "Phoenix AZ 85016"
    )
    r.c("(602) 555-0143").gap(4)
    r.lr("ST# 0417 OP# 22", "TE# 04 TR# 08812")
    r.sep("-")
    r.lr(f"{its[0]['desc']}", f"{fmt(its[0]['amount'])} F")
    r.left("2.14 lb @ 0.79 /lb", indent=10)
    for i in its[1:3]:
        r.lr(i["desc"], f"{fmt(i['amount'])} F")
    for i in its[3:]:
        r.lr(i["desc"], f"{fmt(i['amount'])} T")
    r.gap(2)
    r.lr("SUBTOTAL", fmt(sub)).lr("TAX 8.6%", fmt(tax)).lr("****  BALANCE", fmt(tot), bold=True)
    r.gap(2).lr("DEBIT TEND", fmt(tot)).lr("CHANGE DUE", "0.00").gap(2)
    r.left("DEBIT CARD XXXXXXXXXXXX5512").left("AID A0000000980840  AUTH 619204")
    r.gap(2).c("12/07/2025 18:42:17").c("TRANS ID 0417-04-08812").bar("041704088122025")
    r.c("# ITEMS SOLD 5").c("THANK YOU FOR SHOPPING SUNRISE")
    tr = truth(
        "0417-04-08812",
        "2025-12-07",
        None,
        "SUNRISE MARKET",
        sub,
        tax,
        tot,
        "USD",
        "en_US",
        "receipt",
        "receipt",
        its,
        "US grocery slip without a currency sign (Phoenix AZ implies USD); sales tax only on "
        "T-flagged lines; weighed bananas; store/terminal/transaction numbers - the receipt number "
        "is the "
        "printed TRANS ID.",
    )
    return _rb(r, "r13"), tr


@doc("r14", "photo", "US", tilt=0.06)
def r14(rng):
    its = [
        item("Cobb Salad", 1, "16.50"),
        item("Fish Tacos", 2, "14.00"),
        item("Iced Tea", 2, "3.75"),
        item("Key Lime Pie", 1, "8.25"),
    ]
    sub = sum(i["amount"] for i in its)
    tax = q2(sub * D("0.0725"))
    tip = D("12.00")
    tot = sub + tax + tip
    r = Receipt(width_mm=78, font="Sans", size=7.8)
    r.c("THE SALTY PELICAN", bold=True, size=12).c("Grill & Oyster Bar").c(
        "318 Harbor Blvd, Ventura, CA 93001"
    )
    r.gap(4).lr("Server: Dana", "Table 21").lr("Check #1187", "Guests: 3").lr(
        "Nov 14, 2025", "7:52 PM"
    ).sep("-")
    for i in its:
        r.lr(f"{i['qty_s']}  {i['desc']}", f"${fmt(i['amount'])}")
    r.sep("-").lr("Subtotal", f"${fmt(sub)}").lr("Sales Tax", f"${fmt(tax)}").lr(
        "Amount", f"${fmt(sub + tax)}"
    )
    r.gap(6).lr("Tip:", f"{fmt(tip)}", size=9).gap(4).lr(
        "Total:", f"{fmt(tot)}", size=9, bold=True
    ).gap(8)
    r.left("Visa ************3310  Auth 04417B").left("X _______________________").gap(4)
    r.c("Suggested gratuity:").c(
        f"18% = ${fmt(q2(sub * D('0.18')))}   20% = ${fmt(q2(sub * D('0.20')))}"
    )
    r.c("Thank you!")
    for i in its:
        i["unit_s"] = None
    tr = truth(
        "1187",
        "2025-11-14",
        None,
        "THE SALTY PELICAN",
        sub,
        tax,
        tot,
        "USD",
        "en_US",
        "receipt",
        "receipt",
        its,
        "US restaurant card slip: tip written in and added to the Total (total includes tip); "
        "suggested "
        "gratuities not added; unit prices not printed.",
    )
    return _rb(r, "r14"), tr


@doc("r15", "scan", "GB", skew=-1.2, bed=45, narrow=True, fade=0.12)
def r15(rng):
    its = [
        item("Flat White", 2, "3.40"),
        item("Oat Milk", 1, "0.45"),
        item("Almond Croissant", 1, "3.95"),
        item("Bacon Bap", 1, "5.25"),
    ]
    tot = sum(i["amount"] for i in its)
    vat = q2(tot / 6)
    r = Receipt(width_mm=72, font="Mono", size=7.4)
    r.c("Grindhouse Coffee", bold=True, size=11).c("Grindhouse Coffee Ltd").c(
        "14 Market Street, Leeds LS1 6DT"
    )
    r.c("VAT Reg No. GB 298 1137 46").gap(3).c("RECEIPT", bold=True)
    r.lr("Order 0193", "Eat in").lr("09/09/2025 08:17", "Till 1 / Jo").sep("-")
    for i in its:
        r.lr(f"{i['qty_s']} x {i['desc']}", f"£{fmt(i['amount'])}")
    r.sep("-").lr("TOTAL", f"£{fmt(tot)}", bold=True).lr("Contactless", f"£{fmt(tot)}").gap(3)
    r.cols([("VAT rate", 0, "l"), ("Net", 0.55, "r"), ("VAT", 0.78, "r"), ("Gross", 1.0, "r")])
    r.cols(
        [
            ("20.00%", 0, "l"),
            (fmt(tot - vat), 0.55, "r"),
            (fmt(vat), 0.78, "r"),
            (fmt(tot), 1.0, "r"),
        ]
    )
    r.sep("-").c("Receipt No: GH1-250909-0193").c("Thanks for visiting - see you soon!")
    for i in its:
        i["unit_s"] = None
    tr = truth(
        "GH1-250909-0193",
        "2025-09-09",
        None,
        "Grindhouse Coffee",
        tot - vat,
        vat,
        tot,
        "GBP",
        "en_GB",
        "receipt",
        "receipt",
        its,
        "UK café: VAT 20% contained in the total, net/VAT table at the bottom; "
        "order number at top, receipt number in the footer; '2 x' quantities.",
    )
    return _rb(r, "r15"), tr


@doc("r16", "photo", "DE", tilt=0.07, crumple=4.0)
def r16(rng):
    its = [
        item("Vollmilch 3,5% 1L", 2, "1.19"),
        item("Bio Bananen", D("0.914"), "1.99", qty_s="0.914", unit_s="1.99"),
        item("Roggenbrot 750g", 1, "2.49"),
        item("Spülmittel 500ml", 1, "1.65"),
        item("Kaffee Crema 1kg", 1, "13.99"),
        item("Pfand 0,25", 6, "0.25"),
    ]
    codes = ["B", "B", "B", "A", "B", "A"]
    sums = {"A": D(0), "B": D(0)}
    for i, c in zip(its, codes, strict=False):
        sums[c] += i["amount"]
    rates = {"A": D("0.19"), "B": D("0.07")}
    tax = {c: q2(sums[c] * rates[c] / (1 + rates[c])) for c in sums}
    tot = sums["A"] + sums["B"]
    vat = tax["A"] + tax["B"]
    r = Receipt(width_mm=80, font="Mono", size=7.6)
    r.c("FRISCHMARKT", bold=True, size=14).c("Frischmarkt Handels GmbH & Co. KG").c("Filiale 2281")
    r.c("Kastanienallee 17, 10435 Berlin").gap(4).cols([("", 0, "l"), ("EUR", 1.0, "r")])
    for i, c in zip(its, codes, strict=False):
        if i["qty"] != 1:
            r.left(i["desc"])
            q = de(i["qty"], 3) + " kg" if "Bananen" in i["desc"] else f"{i['qty_s']} Stk"
            r.cols(
                [(f"  {q} x {de(i['unit'])}", 0, "l"), (de(i["amount"]), 0.93, "r"), (c, 1.0, "r")]
            )
        else:
            r.cols([(i["desc"], 0, "l"), (de(i["amount"]), 0.93, "r"), (c, 1.0, "r")])
    r.sep("-").lr("SUMME", f"EUR {de(tot)}", bold=True, size=9).sep("=")
    r.lr("Geg. Girocard", f"EUR {de(tot)}").gap(3)
    r.cols(
        [
            ("Steuer", 0, "l"),
            ("%", 0.3, "r"),
            ("Netto", 0.6, "r"),
            ("Steuer", 0.8, "r"),
            ("Brutto", 1.0, "r"),
        ]
    )
    for c in ("A", "B"):
        r.cols(
            [
                (c + "=", 0, "l"),
                (de(rates[c] * 100, 1), 0.3, "r"),
                (de(sums[c] - tax[c]), 0.6, "r"),
                (de(tax[c]), 0.8, "r"),
                (de(sums[c]), 1.0, "r"),
            ]
        )
    r.cols(
        [
            ("Gesamtbetrag", 0, "l"),
            (de(tot - vat), 0.6, "r"),
            (de(vat), 0.8, "r"),
            (de(tot), 1.0, "r"),
        ]
    )
    r.sep("-").lr("21.11.2025 17:36", "Bon-Nr. 4471").lr("Markt:2281", "Kasse:3 Bed:114")
    r.left("TSE-Signatur: MEUCIQD7x9kP2...").left("TSE-Transaktion: 188203")
    r.qrcode("V0;2281-3;Kassenbeleg-V1;Beleg^" + de(tot)).c("Vielen Dank für Ihren Einkauf!")
    tr = truth(
        "4471",
        "2025-11-21",
        None,
        "FRISCHMARKT",
        tot - vat,
        vat,
        tot,
        "EUR",
        "de_DE",
        "receipt",
        "receipt",
        its,
        "German supermarket Kassenbon: VAT A 19% / B 7% contained, table Netto/Steuer/Brutto; "
        "weighed "
        "bananas (kg); bottle deposit Pfand as an item; Bon-Nr. at the bottom next to Kasse/TSE "
        "numbers.",
    )
    return _rb(r, "r16"), tr


@doc("r17", "scan", "FR", skew=0.6, bed=40, narrow=True, noise=7.0)
def r17(rng):
    its = [
        item("Baguette tradition", 2, "1.30"),
        item("Croissant beurre", 4, "1.20"),
        item("Tarte citron 6p", 1, "21.00"),
        item("Jus orange 25cl", 2, "2.50"),
    ]
    r55 = its[0]["amount"] + its[1]["amount"] + its[2]["amount"]
    r10 = its[3]["amount"]
    t55 = q2(r55 * D("0.055") / D("1.055"))
    t10 = q2(r10 * D("0.10") / D("1.10"))
    tot = r55 + r10
    vat = t55 + t10
    r = Receipt(width_mm=70, font="Sans", size=7.4)
    r.c("Boulangerie Maison Lefèvre", bold=True, size=10).c("SARL LEFEVRE ET FILS").c(
        "42 rue des Martyrs 75009 Paris"
    )
    r.c("SIRET 812 334 901 00017").c("TVA FR 41 812334901").gap(3)
    r.lr("Ticket n° 0084-2211", "Caisse 1").lr("le 03/12/2025 à 08:05", "Vendeuse: Léa").sep("-")
    for i in its:
        r.lr(f"{i['qty_s']} {i['desc']}", f"{de(i['amount'])} €")
        r.left(f"à {de(i['unit'])} €", indent=14, size=6.6)
    r.sep("-").lr("TOTAL TTC", f"{de(tot)} €", bold=True, size=9).lr("CB", f"{de(tot)} €").gap(3)
    r.cols([("Taux", 0, "l"), ("HT", 0.45, "r"), ("TVA", 0.7, "r"), ("TTC", 1.0, "r")])
    r.cols(
        [("5,5 %", 0, "l"), (de(r55 - t55), 0.45, "r"), (de(t55), 0.7, "r"), (de(r55), 1.0, "r")]
    )
    r.cols(
        [("10,0 %", 0, "l"), (de(r10 - t10), 0.45, "r"), (de(t10), 0.7, "r"), (de(r10), 1.0, "r")]
    )
    r.sep("-").c("Merci de votre visite !").c("A bientôt")
    tr = truth(
        "0084-2211",
        "2025-12-03",
        None,
        "Boulangerie Maison Lefèvre",
        tot - vat,
        vat,
        tot,
        "EUR",
        "fr_FR",
        "receipt",
        "receipt",
        its,
        "French bakery ticket: TVA 5,5 % and 10 % contained (sum of both), "
        "HT/TVA/TTC table, unit price on a second line, decimal commas.",
    )
    return _rb(r, "r17"), tr


@doc("r18", "photo", "ES", tilt=0.05)
def r18(rng):
    lit = D("38.42")
    pu = D("1.559")
    fuel = q2(lit * pu)
    its = [
        {
            "desc": "SIN PLOMO 95",
            "qty": lit,
            "unit": pu,
            "amount": fuel,
            "qty_s": "38.42",
            "unit_s": "1.559",
        },
        item("AGUA 1,5L", 1, "1.35"),
    ]
    tot = fuel + its[1]["amount"]
    base = q2(tot / D("1.21"))
    iva = tot - base
    r = Receipt(width_mm=76, font="Mono", size=7.6)
    r.c("ESTACIÓN DE SERVICIO", size=7).c("LA RIBERA", bold=True, size=13).c(
        "Carburantes Ribera, S.L."
    )
    r.c("CIF B-46123987").c("Ctra. N-332 km 251, 46410 Sueca").gap(3).c(
        "FACTURA SIMPLIFICADA", bold=True
    )
    r.lr("Nº: T2-2025-118452", "").lr("Fecha: 28/10/2025", "Hora: 12:20").lr(
        "Surtidor: 04", "Op: 07"
    ).sep("-")
    r.left("SIN PLOMO 95").cols([("  38,42 L x 1,559 €/L", 0, "l"), (de(fuel), 1.0, "r")])
    r.cols([("1 AGUA 1,5L", 0, "l"), (de(its[1]["amount"]), 1.0, "r")])
    r.sep("-").lr("BASE IMPONIBLE", de(base)).lr("IVA 21%", de(iva)).lr(
        "TOTAL €", de(tot), bold=True, size=9.5
    )
    r.lr("TARJETA", de(tot)).gap(3).c("IVA INCLUIDO").c("Gracias por su visita")
    tr = truth(
        "T2-2025-118452",
        "2025-10-28",
        None,
        "LA RIBERA",
        base,
        iva,
        tot,
        "EUR",
        "es_ES",
        "receipt",
        "receipt",
        its,
        "Spanish fuel station simplified invoice: litres as quantity, 3-decimal price per "
        "litre; brand line big under 'ESTACIÓN DE SERVICIO'; base + IVA 21% printed.",
    )
    return _rb(r, "r18"), tr


@doc("r19", "scan", "IT", skew=-0.9, bed=40, narrow=True, fade=0.2)
def r19(rng):
    its = [
        item("PANINO CRUDO", 1, "6.50"),
        item("CAPPUCCINO", 2, "1.60"),
        item("ACQUA NAT 0.5", 1, "1.20"),
        item("CORNETTO CREMA", 2, "1.50"),
    ]
    tot = sum(i["amount"] for i in its)
    iva = q2(tot * D("0.10") / D("1.10"))
    r = Receipt(width_mm=72, font="Courier", size=8.0)
    r.c("BAR PASTICCERIA DUOMO", bold=True).c("di Rinaldi Marco & C. s.n.c.").c(
        "Piazza Duomo 9 - 20121 Milano"
    )
    r.c("P.IVA 07719340962").gap(3).c("DOCUMENTO COMMERCIALE").c("di vendita o prestazione").sep(
        "-"
    )
    r.cols([("DESCRIZIONE", 0, "l"), ("IVA", 0.7, "r"), ("Prezzo(€)", 1.0, "r")])
    for i in its:
        if i["qty"] != 1:
            r.left(f"{i['qty_s']} x {de(i['unit'])}", indent=6)
        r.cols([(i["desc"], 0, "l"), ("10%", 0.7, "r"), (de(i["amount"]), 1.0, "r")])
    r.sep("-").lr("TOTALE COMPLESSIVO", de(tot), bold=True).lr("DI CUI IVA", de(iva))
    r.lr("Pagamento contante", de(D(20))).lr("Resto", de(D(20) - tot)).sep("-")
    r.lr("16-10-2025 10:41", "DOC.N. 0143-0027").c("RT 99MEX012345").c("GRAZIE E ARRIVEDERCI")
    tr = truth(
        "0143-0027",
        "2025-10-16",
        None,
        "BAR PASTICCERIA DUOMO",
        tot - iva,
        iva,
        tot,
        "EUR",
        "it_IT",
        "receipt",
        "receipt",
        its,
        "Italian documento commerciale: only 'DI CUI IVA' printed (vat contained, "
        "amount = total - vat); doc no. at the bottom; cash and change; RT serial is not the "
        "number.",
    )
    return _rb(r, "r19"), tr


@doc("r20", "pdf", "NL")
def r20(rng):
    its = [item("Parkeren P1 Centrum 3u 12m", 1, "11.40")]
    tot = its[0]["amount"]
    btw = q2(tot * D("0.21") / D("1.21"))

    def draw(buf):
        pg = Page(buf, (105 * MM, 190 * MM), "r20")
        W = pg.w
        y = pg.h - 40
        pg.text(W / 2, y, "PARKEERGARAGE DE KROON", "Sans-B", 12, "c")
        y -= 14
        pg.text(
            W / 2,
            y,
            "Parkeerbedrijf Kroon B.V.  ·  Kroonplein 2  ·  3811 LA Amersfoort",
            "Sans",
            6.5,
            "c",
        )
        y -= 10
        pg.text(W / 2, y, "KvK 61827734  ·  BTW NL854412093B01", "Sans", 6.5, "c")
        y -= 28
        pg.text(W / 2, y, "Kwitantie / Betaalbewijs", "Sans-B", 10, "c")
        y -= 24
        rows = [
            ("Kwitantienummer", "KW-2025-0418221"),
            ("Kenteken", "XR-512-G"),
            ("Ticketnummer", "7720 0431 9921"),
            ("Inrijtijd", "14-11-2025 09:48"),
            ("Uitrijtijd", "14-11-2025 13:00"),
            ("Parkeerduur", "3 uur 12 min"),
            ("Betaalautomaat", "BA-03"),
            ("Betaalwijze", "Maestro ****8812"),
        ]
        for a, b in rows:
            pg.text(22, y, a, "Sans", 8)
            pg.text(W - 22, y, b, "Sans", 8, "r")
            y -= 13
        y -= 6
        pg.hline(22, W - 22, y + 8)
        y -= 8
        pg.text(22, y, its[0]["desc"], "Sans", 8)
        pg.text(W - 22, y, f"€ {de(tot)}", "Sans", 8, "r")
        y -= 16
        pg.text(22, y, "Totaal", "Sans-B", 10)
        pg.text(W - 22, y, f"€ {de(tot)}", "Sans-B", 10, "r")
        y -= 13
        pg.text(22, y, "waarvan BTW 21%", "Sans", 8)
        pg.text(W - 22, y, f"€ {de(btw)}", "Sans", 8, "r")
        y -= 40
        pg.barcode((W - 150) / 2, y, "KW20250418221", h=26, bw=0.8)
        y -= 20
        pg.text(W / 2, y, "Bedankt en goede reis!", "Sans-I", 7.5, "c")
        pg.check("r20")
        pg.finish()

    tr = truth(
        "KW-2025-0418221",
        "2025-11-14",
        None,
        "PARKEERGARAGE DE KROON",
        tot - btw,
        btw,
        tot,
        "EUR",
        "nl_NL",
        "receipt",
        "receipt",
        its,
        "Dutch parking e-receipt (PDF): label/value rows with ticket number, "
        "licence plate and terminal next to the Kwitantienummer; only 'waarvan BTW 21%' printed.",
    )
    return pdfbytes(draw), tr


@doc("r21", "photo", "JP", tilt=0.06)
def r21(rng):
    its = [
        item("Onigiri Salmon", 2, "160"),
        item("Green Tea 500ml", 1, "140"),
        item("Bento Karaage", 1, "598"),
        item("Umbrella (vinyl)", 1, "700"),
    ]
    red = its[0]["amount"] + its[1]["amount"] + its[2]["amount"]
    std = its[3]["amount"]
    t8 = (red * D("0.08") / D("1.08")).quantize(D(1), rounding="ROUND_DOWN")
    t10 = (std * D("0.10") / D("1.10")).quantize(D(1), rounding="ROUND_DOWN")
    tot = red + std
    vat = t8 + t10

    def y(v):
        return f"\u00a5{fmt(v, '.', ',', 0)}"

    r = Receipt(width_mm=58, font="Mono", size=7.0)
    r.c("HAPPY MART", bold=True, size=12).c("Shinjuku 3-chome Store").c("3-14-1 Shinjuku, Tokyo")
    r.c("TEL 03-5312-0098").c("Registration No. T8011101033172").gap(3).c("RECEIPT", bold=True)
    r.left("2025/12/01(Mon) 21:14").left("Reg#2  Staff: 045").left("Rcpt No. 1827").sep("-")
    for i in its:
        mark = "*" if i is not its[3] else " "
        if i["qty"] != 1:
            r.lr(f"{mark}{i['desc']}", "").lr(f"   {i['qty_s']} x {y(i['unit'])}", y(i["amount"]))
        else:
            r.lr(f"{mark}{i['desc']}", y(i["amount"]))
    r.sep("-").lr("Total", y(tot), bold=True, size=9)
    r.lr("(8% taxable", f"{y(red)})").lr("(8% tax", f"{y(t8)})").lr(
        "(10% taxable", f"{y(std)})"
    ).lr("(10% tax", f"{y(t10)})")
    r.lr("Cash", y(D(2000))).lr("Change", y(D(2000) - tot)).gap(2).left(
        "* reduced tax rate item"
    ).c("Thank you!")
    tr = truth(
        "1827",
        "2025-12-01",
        None,
        "HAPPY MART",
        tot - vat,
        vat,
        tot,
        "JPY",
        "en_JP",
        "receipt",
        "receipt",
        its,
        "Japanese convenience store receipt in English: yen without decimals, 8% reduced and 10% "
        "taxes "
        "included (sum), invoice registration T-number is not the receipt number.",
    )
    for _li in tr["line_items"]:
        pass
    return _rb(r, "r21"), tr


@doc("r22", "pdf", "AU")
def r22(rng):
    fare = D("38.60")
    levy = D("1.20")
    fee = D("2.13")
    tot = fare + levy + fee
    gst = q2((fare + fee) / 11)
    its = [
        item("Fare", None, None, fare),
        item("NSW Passenger Service Levy", None, None, levy),
        item("Booking fee", None, None, fee),
    ]

    def draw(buf):
        pg = Page(buf, A4, "r22")
        W, H = pg.w, pg.h
        pg.rect(0, H - 90, W, 90, fill=(0.07, 0.09, 0.16), stroke=False)
        pg.text(48, H - 55, "RIDELY", "Sans-B", 26, color=(1, 1, 1))
        pg.text(W - 48, H - 50, "Tax invoice", "Sans", 14, "r", color=(1, 1, 1))
        pg.text(W - 48, H - 68, "Trip on 22 Nov 2025", "Sans", 9, "r", color=(0.8, 0.8, 0.8))
        y = H - 130
        pg.text(48, y, "Thanks for riding, Priya", "Sans-B", 16)
        y -= 20
        pg.text(
            48,
            y,
            "This tax invoice is issued by the driver, Tomasz Nowak (ABN 47 221 908 331),",
            "Sans",
            8.5,
        )
        y -= 12
        pg.text(
            48,
            y,
            "via Ridely Australia Pty Ltd (ABN 91 611 204 556) as commercial agent.",
            "Sans",
            8.5,
        )
        y -= 30
        for a, b in [
            ("Invoice number", "RDAU-2025-11-0088213"),
            ("Trip ID", "8f3a-22c1-0093"),
            ("Invoice date", "22/11/2025"),
            ("Pickup", "11:02  Central Station, Eddy Ave, Haymarket NSW 2000"),
            ("Drop-off", "11:31  Terminal 1, Sydney Airport NSW 2020"),
        ]:
            pg.text(48, y, a, "Sans", 9, color=(0.4, 0.4, 0.4))
            pg.text(170, y, b, "Sans", 9)
            y -= 15
        y -= 15
        pg.hline(48, W - 48, y + 10, 0.4, 0.6)
        for it in its:
            y -= 8
            pg.text(48, y, it["desc"], "Sans", 10)
            pg.text(W - 48, y, f"A${fmt(it['amount'])}", "Sans", 10, "r")
            y -= 14
        pg.hline(48, W - 48, y + 6, 0.4, 0.6)
        y -= 14
        pg.text(48, y, "Total", "Sans-B", 13)
        pg.text(W - 48, y, f"A${fmt(tot)}", "Sans-B", 13, "r")
        y -= 16
        pg.text(48, y, "Total includes GST of", "Sans", 9, color=(0.4, 0.4, 0.4))
        pg.text(W - 48, y, f"A${fmt(gst)}", "Sans", 9, "r", color=(0.4, 0.4, 0.4))
        y -= 30
        pg.text(48, y, "Paid with Mastercard ••••2231 on 22/11/2025", "Sans", 9)
        pg.text(
            48,
            50,
            "Ridely Australia Pty Ltd · Level 9, 1 Market St, Sydney NSW 2000 · "
            "help.ridely.example",
            "Sans",
            7,
            color=(0.5, 0.5, 0.5),
        )
        pg.check("r22")
        pg.finish()

    tr = truth(
        "RDAU-2025-11-0088213",
        "2022-11-22".replace("2022", "2025"),
        None,
        "Tomasz Nowak",
        tot - gst,
        gst,
        tot,
        "AUD",
        "en_AU",
        "receipt",
        "receipt",
        its,
        "Australian ride-hailing tax invoice (PDF): issued by the driver via the platform (vendor "
        "= driver); "
        "GST included (1/11 of fare+fee; the levy is GST-free), trip id near the invoice no.; A$ "
        "amounts.",
    )
    return pdfbytes(draw), tr


# -------------------------------------------------------------- invoice engine (born-digital pages)
class _InvoiceDrawing:
    """The sections of draw_invoice; each method draws one part and returns the new y."""

    def __init__(self, pg, sp, name):
        self.pg = pg
        self.sp = sp
        self.name = name
        self.W, self.H = pg.w, pg.h
        self.F = sp.get("font", "Sans")
        self.FB = BOLD.get(self.F, self.F)
        self.L, self.R = sp.get("ml", 50), self.W - sp.get("mr", 50)

    def letterhead(self):
        pg, sp, W, H, L, R = self.pg, self.sp, self.W, self.H, self.L, self.R
        acc = sp.get("accent", (0.1, 0.2, 0.45))
        y = H - sp.get("mt", 50)
        lt, lf, ls, lpos = sp["logo"]
        lx = {"l": L, "r": R, "c": W / 2}[lpos]
        if sp.get("band"):
            pg.rect(0, H - 78, W, 78, fill=sp["band"], stroke=False)
            pg.text(lx, H - 50, lt, lf, ls, lpos, color=(1, 1, 1))
            y = H - 100
        else:
            pg.text(lx, y - ls * 0.8, lt, lf, ls, lpos, color=acc)
            y -= ls + 12
        return self.seller(y, lpos)

    def seller(self, y, lpos):
        pg, sp, H, L, R = self.pg, self.sp, self.H, self.L, self.R
        sx = L if lpos != "l" else R
        salign = "l" if lpos != "l" else "r"
        if sp.get("seller_right", False):
            sx, salign = R, "r"
        sy = (H - sp.get("mt", 50) - 4) if (lpos != "c" and not sp.get("band")) else y
        if sp.get("band"):
            sy = y
        for ln in sp.get("seller", []):
            pg.text(sx, sy, ln, self.F, 7.8, salign)
            sy -= 10
        return min(y, sy) - 14

    def buyer(self, by):
        pg, sp, F, L = self.pg, self.sp, self.F, self.L
        if sp.get("sender_line"):
            pg.text(L, by, sp["sender_line"], F, 6, check=True)
            pg.hline(L, L + pg.width(sp["sender_line"], F, 6), by - 2, 0.3)
            by -= 14
        if sp.get("buyer_title"):
            pg.text(L, by, sp["buyer_title"], self.FB, 8.5)
            by -= 12
        for ln in sp["buyer"]:
            pg.text(L, by, ln, F, 9)
            by -= 11.5
        return by

    def meta_kv(self, y, by):
        pg, sp, F, FB = self.pg, self.sp, self.F, self.FB
        meta = sp["meta"]
        my = y
        mx = sp.get("meta_x", self.W * 0.58)
        lw = max(pg.width(a, F, 8.5) for a, _ in meta) + 10
        for a, b in meta:
            pg.text(mx, my, a, F, 8.5, color=(0.3, 0.3, 0.3))
            pg.text(
                self.R if sp.get("meta_right_align") else mx + lw,
                my,
                b,
                FB if sp.get("meta_bold") else F,
                8.5,
                "r" if sp.get("meta_right_align") else "l",
            )
            my -= 12
        return min(by, my) - 24

    def title(self, y):
        sp = self.sp
        if sp.get("title"):
            self.pg.text(
                self.L,
                y,
                sp["title"],
                sp.get("title_font", self.FB),
                sp.get("title_size", 16),
                color=sp.get("title_color"),
            )
            y -= 22
        return y

    def meta_inline(self, y):
        """Several label/value pairs on one line."""
        pg, F, FB = self.pg, self.F, self.FB
        for row in self.sp["meta_rows"]:
            x = self.L
            for a, b in row:
                pg.text(x, y, a, FB, 8.5)
                x += pg.width(a, FB, 8.5) + 4
                pg.text(x, y, b, F, 8.5)
                x += pg.width(b, F, 8.5) + 22
            y -= 13
        y -= 10
        return y

    def meta_grid(self, y):
        """Labels in one row, values in the row below, boxed."""
        pg, L, R = self.pg, self.L, self.R
        meta = self.sp["meta"]
        n = len(meta)
        cw = (R - L) / n
        pg.rect(L, y - 24, R - L, 34, lw=0.6)
        pg.rect(L, y - 2, R - L, 12, lw=0.6, fill=0.9)
        for i, (a, b) in enumerate(meta):
            pg.text(L + i * cw + 4, y + 1, a, self.FB, 7.2)
            pg.text(L + i * cw + 4, y - 17, b, self.F, 8.5)
            if i:
                pg.vline(L + i * cw, y - 24, y + 10, 0.6)
        y -= 46
        return y

    def intro(self, y):
        sp = self.sp
        for ln in sp.get("intro", []):
            self.pg.text(self.L, y, ln, self.F, 8.8)
            y -= 12
        if sp.get("intro"):
            y -= 8
        return y

    def columns(self):
        x = self.L
        pos = []
        for _key, _hdr, wf, _al in self.sp["cols"]:
            w = wf * (self.R - self.L)
            pos.append((x, x + w))
            x += w
        return pos

    def table_header(self, y, pos):
        pg, sp, L, R = self.pg, self.sp, self.L, self.R
        cols = sp["cols"]
        hs = sp.get("hdr_style", "fill")
        hsz = sp.get("tsize", 8.3)
        if hs == "fill":
            pg.rect(L, y - 4, R - L, hsz + 7, fill=sp.get("hdr_fill", 0.88), stroke=False)
        for (_key, hdr, _wf, al), (x0, x1) in zip(cols, pos, strict=False):
            for k, hl in enumerate(hdr.split("\n")):
                pg.text(
                    {"l": x0 + 3, "r": x1 - 3, "c": (x0 + x1) / 2}[al],
                    y - k * (hsz + 1),
                    hl,
                    self.FB,
                    hsz - 0.5,
                    al,
                )
        nh = max(len(c[1].split("\n")) for c in cols)
        y -= (nh - 1) * (hsz + 1)
        if hs == "line":
            pg.hline(L, R, y - 5, 0.8)
        y -= hsz + 9
        return y

    def table_row(self, y, pos, row, hsz):
        """Draw one item row; returns the number of text lines it took."""
        lines = 1
        for (key, _hdr, _wf, al), (x0, x1) in zip(self.sp["cols"], pos, strict=False):
            v = row.get(key, "")
            parts = v.split("\n") if isinstance(v, str) else [str(v)]
            lines = max(lines, len(parts))
            for k, p in enumerate(parts):
                self.pg.text(
                    {"l": x0 + 3, "r": x1 - 3, "c": (x0 + x1) / 2}[al],
                    y - k * (hsz + 2),
                    p,
                    self.F,
                    hsz - (0.8 if k else 0),
                    al,
                )
        return lines

    def table_rows(self, y, pos):
        pg, sp, L, R = self.pg, self.sp, self.L, self.R
        hsz = sp.get("tsize", 8.3)
        for row in sp["rows"]:
            lines = self.table_row(y, pos, row, hsz)
            y -= lines * (hsz + 2) + 5
            if sp.get("row_rules"):
                pg.hline(L, R, y + hsz - 1, 0.25, 0.7)
        pg.hline(L, R, y + hsz - 2, 0.6)
        y -= 10
        return y

    def totals(self, y):
        pg, sp, F, FB, R = self.pg, self.sp, self.F, self.FB, self.R
        tx = sp.get("tot_x", self.W * 0.55)
        for lab, val, bold in sp["totals"]:
            f = FB if bold else F
            sz = 9.5 if bold else 8.8
            if bold and sp.get("tot_box"):
                pg.rect(tx - 4, y - 4, R - tx + 4, sz + 7, fill=0.9, stroke=False)
            pg.text(tx, y, lab, f, sz)
            pg.text(R - 3, y, val, f, sz, "r")
            y -= sz + 5
        return y

    def vat_table(self, y):
        pg, sp, L, R = self.pg, self.sp, self.L, self.R
        if sp.get("vat_table"):
            y -= 8
            vt = sp["vat_table"]
            cw = [0.0, 0.18, 0.36, 0.54]
            for k, row in enumerate(vt):
                for j, cell in enumerate(row):
                    pg.text(
                        L + cw[j] * (R - L) + (80 if j else 0),
                        y,
                        cell,
                        self.FB if k == 0 else self.F,
                        7.8,
                        "r" if j else "l",
                    )
                y -= 10
        return y

    def after(self, y):
        pg, sp = self.pg, self.sp
        for ln in sp.get("after", []):
            f = self.FB if ln.startswith("!") else self.F
            pg.text(self.L, y, ln.lstrip("!"), f, 8.5)
            y -= 11.5
        if sp.get("qr"):
            pg.qr(self.R - 70, max(y - 70, 110), sp["qr"], 64)
        if sp.get("barcode"):
            pg.barcode(self.L, 92, sp["barcode"], h=22, bw=0.8)
        return y

    def footer(self, y):
        pg, sp, L, R = self.pg, self.sp, self.L, self.R
        fy = 62
        fcols = sp.get("footer", [])
        if fcols:
            pg.hline(L, R, fy + 12, 0.4, 0.5)
            cw = (R - L) / len(fcols)
            for i, col in enumerate(fcols):
                for k, ln in enumerate(col):
                    pg.text(L + i * cw, fy - k * 8.5, ln, self.F, 6.3, color=(0.35, 0.35, 0.35))
        if sp.get("pageno"):
            pg.text(R, 24, sp["pageno"], self.F, 7, "r")
        if y < fy + 30:
            print(f"  LAYOUT {self.name}: body runs into footer (y={y:.0f})", file=sys.stderr)


def draw_invoice(buf, sp, name):
    """A one-page invoice from a spec: letterhead, addresses, meta block in one of several styles,
    item table with configurable columns, totals, payment text, legal footer."""
    pg = Page(buf, sp.get("pagesize", A4), name)
    d = _InvoiceDrawing(pg, sp, name)
    y = d.letterhead()
    # buyer block + meta
    by = d.buyer(y)
    ms = sp.get("meta_style", "kv")
    y = d.meta_kv(y, by) if ms == "kv" else by - 22
    y = d.title(y)
    if ms == "inline":
        y = d.meta_inline(y)
    elif ms == "grid":
        y = d.meta_grid(y)
    y = d.intro(y)
    # items
    pos = d.columns()
    y = d.table_header(y, pos)
    y = d.table_rows(y, pos)
    # totals
    y = d.totals(y)
    y = d.vat_table(y)
    y -= 14
    y = d.after(y)
    d.footer(y)
    pg.check(name)
    pg.finish()


def inv_doc(sp, name, tr):
    buf = io.BytesIO()
    draw_invoice(buf, sp, name)
    return buf.getvalue(), tr


def vat_split(lines, rates):
    """lines: list of (net amount, rate key); returns {rate: (net, tax)}.

    The tax is rounded once per rate."""
    out = {}
    for net, rk in lines:
        out.setdefault(rk, D(0))
        out[rk] += net
    return {rk: (n, q2(n * rates[rk])) for rk, n in out.items()}


# ---------------------------------------------------------------- online companies' invoices
def _rows(its, f, cur="", pre=False, rate=None, extra=None):
    out = []
    for n, i in enumerate(its, 1):
        money = (lambda v: f"{cur}{f(v)}") if pre else (lambda v: f"{f(v)}{cur}")
        row = {
            "pos": str(n),
            "desc": i["desc"],
            "qty": (i["qty_s"] or "").replace(".", ",") if f is de else (i["qty_s"] or ""),
            "price": money(i["unit"]) if i["unit"] is not None else "",
            "amount": money(i["amount"]),
            "vat": rate or "",
        }
        if extra:
            row.update(extra[n - 1])
        out.append(row)
    return out


@doc("i01", "pdf", "NL")
def i01(rng):
    its = [
        item("Webhosting Pro (12 mnd)\n01-12-2025 t/m 30-11-2026", 1, "119.40"),
        item("Domeinnaam kroonbakkerij.nl", 1, "9.99"),
        item("SSL-certificaat DV", 1, "24.00"),
        item("Extra mailbox 10 GB", 3, "1.50"),
    ]
    net = sum(i["amount"] for i in its)
    btw = q2(net * D("0.21"))
    tot = net + btw
    sp = {
        "logo": ("datakade", "Sans-B", 26, "l"),
        "accent": (0.0, 0.45, 0.55),
        "seller": [
            "Datakade B.V.",
            "Stationsplein 45",
            "3511 ED Utrecht",
            "KvK 71829304",
            "BTW NL859012331B01",
        ],
        "buyer_title": "Factuuradres",
        "buyer": [
            "Bakkerij De Kroon",
            "t.a.v. M. Jansen",
            "Lange Nieuwstraat 8",
            "3512 PH Utrecht",
        ],
        "meta": [
            ("Factuurnummer", "F2025-118734"),
            ("Factuurdatum", "01-12-2025"),
            ("Vervaldatum", "15-12-2025"),
            ("Klantnummer", "KD-44127"),
            ("Ordernummer", "ORD-2025-99812"),
        ],
        "meta_bold": True,
        "title": "Factuur",
        "cols": [
            ("desc", "Omschrijving", 0.52, "l"),
            ("qty", "Aantal", 0.1, "r"),
            ("price", "Prijs", 0.14, "r"),
            ("vat", "BTW", 0.09, "r"),
            ("amount", "Bedrag", 0.15, "r"),
        ],
        "rows": _rows(its, de, "€ ", pre=True, rate="21%"),
        "hdr_style": "line",
        "totals": [
            ("Subtotaal", f"€ {de(net)}", False),
            ("BTW 21%", f"€ {de(btw)}", False),
            ("Totaal", f"€ {de(tot)}", True),
        ],
        "after": [
            "Wij verzoeken u het totaalbedrag vóór de vervaldatum over te maken op",
            "IBAN NL42 RABO 0312 8871 22 t.n.v. Datakade B.V. o.v.v. F2025-118734.",
        ],
        "footer": [
            ["Datakade B.V.", "Stationsplein 45, Utrecht"],
            ["KvK 71829304", "BTW NL859012331B01"],
            ["support@datakade.example", "+31 30 700 1200"],
        ],
        "pageno": "Pagina 1 van 1",
    }
    tr = truth(
        "F2025-118734",
        "2025-12-01",
        "2025-12-15",
        "Datakade B.V.",
        net,
        btw,
        tot,
        "EUR",
        "nl_NL",
        "invoice",
        "invoice",
        its,
        "Dutch hosting invoice: lower-case wordmark; Klantnummer and Ordernummer next to the "
        "Factuurnummer; Vervaldatum printed; two-line description with a service period.",
    )
    return inv_doc(sp, "i01", tr)


@doc("i02", "pdf", "FR")
def i02(rng):
    its = [
        item("Forfait Fibre Pro 1 Gb/s - décembre 2025", 1, "39.99"),
        item("Option téléphonie illimitée", 1, "5.00"),
        item("Communications hors forfait", 1, "2.37"),
        item("Location box", 1, "3.00"),
    ]
    net = sum(i["amount"] for i in its)
    tva = q2(net * D("0.20"))
    tot = net + tva
    sp = {
        "logo": ("ORVANE", "Sans-B", 24, "l"),
        "band": (0.85, 0.1, 0.25),
        "seller": ["Orvane Télécom SAS", "12 avenue de la Grande Armée", "75017 Paris"],
        "seller_right": True,
        "buyer": [
            "SARL ATELIER BOIS & CO",
            "M. Thomas Garnier",
            "8 impasse des Tilleuls",
            "69007 Lyon",
        ],
        "meta_style": "grid",
        "meta": [
            ("N° de facture", "FO-25-12-4471092"),
            ("Date de facture", "02/12/2025"),
            ("N° client", "1187 442 901"),
            ("N° de ligne", "04 72 11 09 88"),
            ("Échéance", "16/12/2025"),
        ],
        "title": "Votre facture",
        "cols": [
            ("desc", "Désignation", 0.6, "l"),
            ("qty", "Qté", 0.1, "r"),
            ("price", "Prix unitaire HT", 0.15, "r"),
            ("amount", "Montant HT", 0.15, "r"),
        ],
        "rows": _rows(its, de, " €"),
        "row_rules": True,
        "totals": [
            ("Total HT", f"{de(net)} €", False),
            ("TVA 20 %", f"{de(tva)} €", False),
            ("Total TTC", f"{de(tot)} €", True),
        ],
        "tot_box": True,
        "after": [
            "Montant prélevé le 16/12/2025 sur le compte FR76 3000 4018 2200 0101 2345 678.",
            "Référence unique de mandat : ORV-1187442901-01",
        ],
        "footer": [
            ["Orvane Télécom SAS au capital de 2 000 000 €", "RCS Paris 812 771 004"],
            [
                "TVA intracommunautaire FR 52 812771004",
                "Siège : 12 av. de la Grande Armée, 75017 Paris",
            ],
            ["Service client : 3970", "www.orvane.example"],
        ],
        "pageno": "Page 1/1",
    }
    tr = truth(
        "FO-25-12-4471092",
        "2025-12-02",
        "2025-12-16",
        "ORVANE",
        net,
        tva,
        tot,
        "EUR",
        "fr_FR",
        "invoice",
        "invoice",
        its,
        "French telecom invoice: header grid with labels above values (invoice no., client "
        "no., phone line no., due date); white wordmark on a colour band; direct debit date.",
    )
    return inv_doc(sp, "i02", tr)


@doc("i03", "pdf", "DE")
def i03(rng):
    its = [
        item("Wolkenwerk Team – 12 Nutzer × 1 Monat", 12, "14.00"),
        item("Zusatzspeicher 100 GB", 2, "4.50"),
        item("Onboarding-Workshop (remote, 2 h)", 1, "180.00"),
    ]
    net = sum(i["amount"] for i in its)
    ust = q2(net * D("0.19"))
    tot = net + ust
    sp = {
        "logo": ("Wolkenwerk", "Serif-B", 22, "r"),
        "accent": (0.2, 0.35, 0.7),
        "seller": ["Wolkenwerk GmbH", "Brunnenstraße 19", "10119 Berlin"],
        "sender_line": "Wolkenwerk GmbH · Brunnenstraße 19 · 10119 Berlin",
        "buyer": [
            "Kanzlei Haberl & Partner",
            "Frau Dr. S. Haberl",
            "Maximilianstraße 31",
            "80539 München",
        ],
        "meta_style": "inline",
        "meta": [],
        "meta_rows": [
            [
                ("Rechnungsnr.:", "WW-2025-04418"),
                ("Datum:", "28.11.2025"),
                ("Kundennr.:", "K-10932"),
            ],
            [("Auftragsnr.:", "A-77310"), ("Leistungszeitraum:", "01.11.2025 – 30.11.2025")],
        ],
        "title": "Rechnung",
        "cols": [
            ("pos", "Pos.", 0.07, "l"),
            ("desc", "Beschreibung", 0.5, "l"),
            ("qty", "Menge", 0.1, "r"),
            ("price", "Einzelpreis", 0.16, "r"),
            ("amount", "Gesamt", 0.17, "r"),
        ],
        "rows": _rows(its, de, " €"),
        "hdr_style": "fill",
        "totals": [
            ("Summe netto", f"{de(net)} €", False),
            ("zzgl. 19 % USt.", f"{de(ust)} €", False),
            ("Rechnungsbetrag", f"{de(tot)} €", True),
        ],
        "after": [
            "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
            "Bankverbindung: GLS Bank · IBAN DE12 4306 0967 1122 3344 00 · BIC GENODEM1GLS",
        ],
        "footer": [
            ["Wolkenwerk GmbH", "Sitz Berlin, AG Charlottenburg HRB 201887 B"],
            ["Geschäftsführung: Jana Ortmann", "USt-IdNr. DE318877410"],
            ["hallo@wolkenwerk.example", "www.wolkenwerk.example"],
        ],
        "pageno": "Seite 1 von 1",
    }
    tr = truth(
        "WW-2025-04418",
        "2025-11-28",
        None,
        "Wolkenwerk",
        net,
        ust,
        tot,
        "EUR",
        "de_DE",
        "invoice",
        "invoice",
        its,
        "German SaaS invoice: wordmark top right, window-envelope sender line, several label/value "
        "pairs "
        "on one line (Rechnungsnr., Datum, Kundennr., Auftragsnr.); 'innerhalb von 14 Tagen' -> no "
        "due date.",
    )
    return inv_doc(sp, "i03", tr)


@doc("i04", "pdf", "IN")
def i04(rng):
    its = [
        item("CloudDesk Business Plan - Annual (SAC 998315)", 5, "4800.00"),
        item("Priority Support Add-on (SAC 998316)", 1, "6000.00"),
    ]
    net = sum(i["amount"] for i in its)
    cg = q2(net * D("0.09"))
    sg = q2(net * D("0.09"))
    tot = net + cg + sg

    def r(v):
        return en(v)

    sp = {
        "logo": ("CloudDesk", "Sans-B", 22, "l"),
        "accent": (0.9, 0.4, 0.0),
        "seller": [
            "Nimbus Softworks Private Limited",
            "4th Floor, Prestige Tech Park",
            "Outer Ring Road, Bengaluru 560103",
            "GSTIN: 29AAHCN4417K1Z2",
            "PAN: AAHCN4417K",
        ],
        "buyer_title": "Bill To",
        "buyer": [
            "Sharma Logistics Pvt Ltd",
            "Plot 22, MIDC Andheri East",
            "Mumbai 400093, Maharashtra",
            "GSTIN: 27AADCS9021P1ZQ",
        ],
        "meta": [
            ("Invoice No", "NSW/25-26/01873"),
            ("Invoice Date", "15-Nov-2025"),
            ("Due Date", "30-Nov-2025"),
            ("Place of Supply", "Maharashtra (27)"),
            ("Subscription ID", "SUB-88213"),
        ],
        "title": "TAX INVOICE",
        "cols": [
            ("pos", "#", 0.05, "l"),
            ("desc", "Item & Description", 0.5, "l"),
            ("qty", "Qty", 0.08, "r"),
            ("price", "Rate", 0.17, "r"),
            ("amount", "Amount", 0.2, "r"),
        ],
        "rows": _rows(its, en),
        "row_rules": True,
        "totals": [
            ("Sub Total", r(net), False),
            ("CGST9 (9%)", r(cg), False),
            ("SGST9 (9%)", r(sg), False),
            ("Total", f"₹{r(tot)}", True),
            ("Balance Due", f"₹{r(tot)}", True),
        ],
        "after": [
            "Total In Words: Indian Rupee " + "Thirty-Five Thousand Four Hundred Only",
            "",
            "Bank: HDFC Bank, Koramangala  A/c 50200012345671  IFSC HDFC0000053",
        ],
        "footer": [
            ["Nimbus Softworks Private Limited", "CIN U72900KA2019PTC124488"],
            ["This is a computer generated invoice", "and does not need a signature."],
        ],
    }
    tr = truth(
        "NSW/25-26/01873",
        "2025-11-15",
        "2025-11-30",
        "CloudDesk",
        net,
        cg + sg,
        tot,
        "INR",
        "en_IN",
        "invoice",
        "invoice",
        its,
        "Indian GST invoice: CGST 9% + SGST 9% (vat = sum), product wordmark above the legal name, "
        "subscription id and place of supply in the meta block, total in words.",
    )
    assert tot == D("35400.00")
    return inv_doc(sp, "i04", tr)


LANG = {
    "de": {
        "f": de,
        "cur": " €",
        "desc": "Bezeichnung",
        "qty": "Menge",
        "price": "Einzelpreis",
        "amount": "Betrag",
        "pos": "Pos.",
        "vat": "USt.",
        "net": "Summe netto",
        "tax": "USt {r} %",
        "total": "Gesamtbetrag",
        "dep": "abzgl. Abschlagszahlung",
        "due": "Zahlbetrag",
        "vtab": ("USt-Satz", "Netto", "USt", "Brutto"),
        "pageno": "Seite 1 von 1",
    },
    "fr": {
        "f": fr,
        "cur": " €",
        "desc": "Désignation",
        "qty": "Qté",
        "price": "P.U. HT",
        "amount": "Montant HT",
        "pos": "Réf.",
        "vat": "TVA",
        "net": "Total HT",
        "tax": "TVA {r} %",
        "total": "Total TTC",
        "dep": "Acompte versé",
        "due": "Net à payer",
        "vtab": ("Taux", "Base HT", "TVA", "TTC"),
        "pageno": "Page 1 / 1",
    },
    "en": {
        "f": en,
        "cur": "",
        "desc": "Description",
        "qty": "Qty",
        "price": "Unit price",
        "amount": "Amount",
        "pos": "#",
        "vat": "VAT",
        "net": "Subtotal",
        "tax": "VAT {r}%",
        "total": "Total",
        "dep": "Less credit applied",
        "due": "Amount due",
        "vtab": ("Rate", "Net", "VAT", "Gross"),
        "pageno": "Page 1 of 1",
    },
    "es": {
        "f": de,
        "cur": " €",
        "desc": "Descripción",
        "qty": "Cant.",
        "price": "Precio",
        "amount": "Importe",
        "pos": "Ref.",
        "vat": "IVA",
        "net": "Base imponible",
        "tax": "IVA {r}%",
        "total": "Total factura",
        "dep": "Anticipo",
        "due": "A pagar",
        "vtab": ("Tipo", "Base", "Cuota", "Total"),
        "pageno": "Página 1 de 1",
    },
}


def _nd(us):
    return max(2, len(us.split(".")[1])) if us and "." in us else 2


def quick_inv(
    name,
    lang,
    *,
    logo,
    seller,
    buyer,
    meta,
    title,
    its,
    rates,
    vendor,
    number,
    date,
    due,
    currency,
    locale,
    note,
    credit=False,
    deposit=None,
    notax=False,
    discount=None,
    style=None,
    after=(),
    footer=(),
    cur=None,
    buyer_title=None,
    vat_table=False,
    ratecol=True,
    taxlab=None,
):
    """Invoice with totals computed once from (item, rate key) pairs; returns (pdf, truth)."""
    Lg = LANG[lang]
    f = Lg["f"]
    c = Lg["cur"] if cur is None else cur
    pre = c.endswith(" ") or (c and not c.startswith(" "))
    m = (lambda v: f"{c}{f(v)}") if pre else (lambda v: f"{f(v)}{c}")
    net0 = sum(i["amount"] for i, _ in its)
    totals = []
    lines = [(i["amount"], rk) for i, rk in its]
    if discount:
        dl, dp = discount
        totals.append((Lg["net"], m(net0), False))
        dsum = D(0)
        newlines = []
        for a, rk in lines:
            d = q2(a * dp)
            dsum += d
            newlines.append((a - d, rk))
        lines = newlines
        totals.append((dl, m(-dsum), False))
    split = {} if notax else vat_split(lines, rates)
    net = sum(a for a, _ in lines)
    vat = sum(t for _, t in split.values())
    tot = net + vat
    totals.append(("Nettobetrag" if discount and lang == "de" else Lg["net"], m(net), False))
    for rk in sorted(split):
        totals.append(((taxlab or Lg["tax"]).format(r=rk), m(split[rk][1]), False))
    totals.append((Lg["total"], m(tot), True))
    if deposit is not None:
        totals.append((Lg["dep"], m(-deposit), False))
        totals.append((Lg["due"], m(tot - deposit), True))
    rows = []
    for n, (i, rk) in enumerate(its, 1):
        rows.append(
            {
                "pos": i.get("sku") or str(n),
                "desc": i["desc"],
                "qty": (i["qty_s"] or "").replace(".", ",") if lang != "en" else (i["qty_s"] or ""),
                "price": (
                    c + f(i["unit"], _nd(i["unit_s"]))
                    if pre
                    else f(i["unit"], _nd(i["unit_s"])) + c
                )
                if i["unit"] is not None
                else "",
                "amount": m(i["amount"]),
                "vat": f"{rk} %" if rk else "",
            }
        )
    cols = [
        ("pos", Lg["pos"], 0.09, "l"),
        ("desc", Lg["desc"], 0.45, "l"),
        ("qty", Lg["qty"], 0.09, "r"),
        ("price", Lg["price"], 0.14, "r"),
    ]
    if ratecol and not notax:
        cols.append(("vat", Lg["vat"], 0.08, "r"))
    else:
        cols[1] = ("desc", Lg["desc"], 0.53, "l")
    cols.append(("amount", Lg["amount"], 0.15, "r"))
    sp = {
        "logo": logo,
        "seller": seller,
        "buyer": buyer,
        "meta": meta,
        "title": title,
        "cols": cols,
        "rows": rows,
        "totals": totals,
        "after": list(after),
        "footer": list(footer),
        "pageno": Lg["pageno"],
        "buyer_title": buyer_title,
    }
    if vat_table and split:
        vt = [list(Lg["vtab"])]
        for rk in sorted(split):
            n_, t_ = split[rk]
            vt.append([f"{rk} %", f(n_), f(t_), f(n_ + t_)])
        sp["vat_table"] = vt
    sp.update(style or {})
    tr = truth(
        number,
        date,
        due,
        vendor,
        None if notax else net,
        None if notax else vat,
        tot,
        currency,
        locale,
        "invoice",
        "credit_note" if credit else "invoice",
        [i for i, _ in its],
        note,
        credit=credit,
    )
    return inv_doc(sp, name, tr)


R = {
    "19": D("0.19"),
    "7": D("0.07"),
    "20": D("0.20"),
    "5,5": D("0.055"),
    "10": D("0.10"),
    "21": D("0.21"),
    "5": D("0.05"),
    "0": D("0"),
}
DEF = ["ml", "mr"]


@doc("i05", "pdf", "US")
def i05(rng):
    its = [
        (item("Growth plan (Nov 1 – Nov 30, 2025)", 1, "249.00"), "6.25"),
        (item("Additional seats", 4, "19.00"), "6.25"),
        (item("SMS credits (1,000)", 2, "15.00"), "6.25"),
    ]
    return quick_inv(
        "i05",
        "en",
        logo=("Parcelo", "Sans-B", 20, "l"),
        cur="$",
        seller=[
            "Parcelo, Inc.",
            "548 Market St, Suite 300",
            "San Francisco, CA 94104",
            "billing@parcelo.example",
        ],
        buyer_title="Bill to",
        buyer=["Harbor Outfitters LLC", "77 Water St", "Boston, MA 02109", "United States"],
        meta=[
            ("Invoice number", "A1F3C2-0042"),
            ("Date of issue", "December 1, 2025"),
            ("Date due", "December 15, 2025"),
            ("Customer ID", "cus_Q8x2LmZ"),
        ],
        title="Invoice",
        its=its,
        rates={"6.25": D("0.0625")},
        vendor="Parcelo",
        number="A1F3C2-0042",
        date="2025-12-01",
        due="2025-12-15",
        currency="USD",
        locale="en_US",
        ratecol=False,
        taxlab="Sales tax ({r}%)",
        style={"hdr_style": "line", "meta_x": 330},
        after=[
            "!Payment due December 15, 2025",
            "Pay online: https://pay.parcelo.example/i/A1F3C2-0042",
        ],
        note="US SaaS invoice in the style of a payment platform: 'Date of issue' / 'Date due', "
        "customer id "
        "near the invoice number, sales tax 6.25% (MA) line; a 'Pay online' link.",
    )


@doc("i06", "pdf", "GB")
def i06(rng):
    e = item("Electricity 412 kWh @ 24.86p", D("412"), D("0.2486"), qty_s="412", unit_s="0.2486")
    s = item("Standing charge 30 days @ 53.35p", 30, D("0.5335"), unit_s="0.5335")
    its = [(e, "5"), (s, "5")]
    return quick_inv(
        "i06",
        "en",
        logo=("brightwatt", "Sans-B", 22, "r"),
        cur="£",
        seller=["Brightwatt Energy Ltd", "PO Box 7721", "Bristol BS1 9ZZ"],
        buyer=["Mr A Patel", "Flat 3, 21 Cotham Road", "Bristol BS6 6DR"],
        meta=[
            ("Account number", "88120 44719"),
            ("Bill number", "BW-90018834"),
            ("Bill date", "04 Nov 2025"),
            ("Period", "04 Oct – 02 Nov 2025"),
            ("Direct Debit on", "18 Nov 2025"),
        ],
        title="Your electricity bill",
        its=its,
        rates={"5": D("0.05")},
        vendor="brightwatt",
        number="BW-90018834",
        date="2025-11-04",
        due="2025-11-18",
        currency="GBP",
        locale="en_GB",
        after=[
            "We will collect this amount by Direct Debit on 18 Nov 2025.",
            "MPAN 14 1200 0012 8874 221   Meter 19L3341022",
        ],
        footer=[
            [
                "Brightwatt Energy Ltd, registered in England & Wales 09912234",
                "Registered office: 1 Temple Way, Bristol BS2 0BY",
            ],
            ["VAT reg no. GB 231 8812 09"],
        ],
        note="UK energy bill: account number before the bill number, unit prices in pounds with 4 "
        "decimals (pence), VAT 5%, Direct Debit date = due date.",
    )


@doc("i07", "pdf", "ES")
def i07(rng):
    its = [
        (item("Auriculares inalámbricos BT-550", 1, "41.32"), "21"),
        (item("Funda silicona", 2, "6.61"), "21"),
        (item("Gastos de envío", 1, "4.13"), "21"),
    ]
    return quick_inv(
        "i07",
        "es",
        logo=("mercatia", "Sans-B", 20, "l"),
        seller=[
            "Factura emitida por: ELECTRO SUR DISTRIBUCIONES, S.L.",
            "NIF B-41998822 · Av. Kansas City 9, 41007 Sevilla",
            "Vendido a través de Mercatia Marketplace",
        ],
        buyer_title="Cliente",
        buyer=["Laura Gómez Ruiz", "C/ Alcalá 201, 3º B", "28028 Madrid", "NIF 50123987K"],
        meta=[
            ("Nº factura", "ES-ESD-2025-008812"),
            ("Fecha factura", "19/11/2025"),
            ("Nº pedido", "402-7781920-3341"),
            ("Fecha pedido", "17/11/2025"),
        ],
        title="Factura",
        its=its,
        rates={"21": D("0.21")},
        vendor="ELECTRO SUR DISTRIBUCIONES, S.L.",
        number="ES-ESD-2025-008812",
        date="2025-11-19",
        due=None,
        currency="EUR",
        locale="es_ES",
        style={"accent": (0.9, 0.5, 0.1)},
        after=["Pagado con tarjeta el 17/11/2025."],
        footer=[
            [
                "Mercatia Marketplace actúa como intermediario.",
                "El vendedor es responsable de esta factura.",
            ]
        ],
        note="Spanish marketplace invoice issued by the seller (vendor = seller, not the platform "
        "wordmark); order number next to the invoice number; shipping row in the table.",
    )


@doc("i08", "pdf", "DE")
def i08(rng):
    its = [
        (item("Kaffeevollautomat CM 5310", 1, "419.33"), "19"),
        (item("Entkalker 3er-Pack", 1, "12.60"), "19"),
        (item("Bio Espressobohnen 1 kg", 2, "15.89"), "7"),
    ]
    return quick_inv(
        "i08",
        "de",
        logo=("kaufdirekt", "Sans-B", 22, "l"),
        seller=[
            "Verkauft von: Rösterei Brandt GmbH",
            "Am Hafen 3, 28217 Bremen",
            "USt-IdNr. DE287719004",
        ],
        buyer_title="Rechnungsadresse",
        buyer=["Jonas Weber", "Lindenweg 12", "50667 Köln"],
        meta=[
            ("Rechnungsnummer", "RB-DE-25-0031877"),
            ("Rechnungsdatum", "24.11.2025"),
            ("Bestellnummer", "305-1188273-7719"),
            ("Lieferdatum", "22.11.2025"),
        ],
        title="Rechnung",
        its=its,
        rates={"19": D("0.19"), "7": D("0.07")},
        vendor="Rösterei Brandt GmbH",
        number="RB-DE-25-0031877",
        date="2025-11-24",
        due=None,
        currency="EUR",
        locale="de_DE",
        vat_table=True,
        after=["Bereits bezahlt per Kreditkarte."],
        footer=[
            ["Rösterei Brandt GmbH · Am Hafen 3 · 28217 Bremen", "HRB 31877 HB · GF: K. Brandt"],
            ["Verkauf über kaufdirekt.example Marketplace"],
        ],
        note="German marketplace invoice: seller after 'Verkauft von' (not the platform wordmark); "
        "Bestellnummer near the Rechnungsnummer; 19 % and 7 % with a VAT table.",
    )


@doc("i09", "pdf", "FR")
def i09(rng):
    its = [
        (item("Chaise de bureau ergonomique", 2, "149.17"), "20"),
        (item("Lampe LED articulée", 1, "32.50"), "20"),
        (item("Livraison standard", 1, "7.50"), "20"),
    ]
    return quick_inv(
        "i09",
        "fr",
        logo=("MAISON & BUREAU", "Serif-B", 18, "c"),
        seller=[
            "Maison & Bureau SAS · 5 rue de la Paix, 44000 Nantes",
            "SIRET 901 228 447 00019 · TVA FR 18 901228447",
        ],
        buyer_title="Adresse de facturation",
        buyer=["Cabinet Roussel", "14 quai de la Fosse", "44000 Nantes"],
        meta=[
            ("Facture n°", "MB-2025-11-22871"),
            ("Date", "27/11/2025"),
            ("N° client", "C-558120"),
            ("N° commande", "CMD-771203"),
        ],
        title=None,
        its=its,
        rates={"20": D("0.20")},
        vendor="MAISON & BUREAU",
        number="MB-2025-11-22871",
        date="2025-11-27",
        due=None,
        currency="EUR",
        locale="fr_FR",
        style={"meta_style": "grid", "accent": (0.3, 0.3, 0.3)},
        after=[
            "Réglée par carte bancaire le 27/11/2025.",
            "Pas d'escompte pour paiement anticipé.",
        ],
        footer=[
            ["Maison & Bureau SAS au capital de 50 000 €", "RCS Nantes 901 228 447"],
            [
                "Pénalités de retard : 3 fois le taux d'intérêt légal",
                "Indemnité forfaitaire de recouvrement : 40 €",
            ],
        ],
        note="French e-commerce invoice: centred serif wordmark, label row with values in the row "
        "below "
        "(facture, date, client, commande), no title; delivery row; legal late-payment lines.",
    )


@doc("i10", "scan", "US", skew=0.7, blur=0.7, noise=5.0)
def i10(rng):
    its = [
        (item("VPS-8 (8 vCPU / 16 GB) – November 2025", 3, "48.00"), "0"),
        (item("Block storage 500 GB", 1, "25.00"), "0"),
        (item("Snapshots", 12, "0.45"), "0"),
    ]
    return quick_inv(
        "i10",
        "en",
        logo=("NORTHSTACK", "Sans-B", 20, "l"),
        cur="$",
        seller=["Northstack Cloud LLC", "1200 Congress Ave", "Austin TX 78701"],
        buyer_title="Billed to",
        buyer=["Pixelwise Studio", "2210 N Halsted St", "Chicago IL 60614"],
        meta=[
            ("Invoice #", "NS-2025-11-000731"),
            ("Invoice date", "12/01/2025"),
            ("Account", "ACCT-55012"),
            ("Due date", "12/31/2025"),
        ],
        title="INVOICE",
        its=its,
        rates={},
        notax=True,
        deposit=D("50.00"),
        vendor="NORTHSTACK",
        number="NS-2025-11-000731",
        date="2025-12-01",
        due="2025-12-31",
        currency="USD",
        locale="en_US",
        after=["Credit applied from promotional balance.", "Questions? billing@northstack.example"],
        note="US hosting invoice, printed and scanned: no tax line (amount/vat null), a "
        "promotional "
        "credit deducted below the total (total not lowered; balance due is total - 50.00).",
    )


# ---------------------------------------------------------- German / French ERP and e-invoice pages
def ERP_DE_FOOT(n, hrb, ust, iban):
    return [
        [n, hrb],
        [ust, "Steuernr. 143/221/40018"],
        ["Sparkasse", iban],
    ]


@doc("i11", "pdf", "DE")
def i11(rng):
    its = [
        (item("Schrauben M8x40 verzinkt (VE 100)", 12, "8.40"), "19"),
        (item("Montageschiene 2 m", 8, "14.75"), "19"),
        (item("Fachbuch Befestigungstechnik", 1, "39.90"), "7"),
    ]
    return quick_inv(
        "i11",
        "de",
        logo=("Hofmann Befestigungstechnik", "Sans-B", 15, "l"),
        seller=["Hofmann Befestigungstechnik GmbH", "Industriestr. 22", "73037 Göppingen"],
        buyer=["Metallbau Krüger KG", "Einkauf", "Gewerbering 4", "89073 Ulm"],
        meta=[
            ("Rechnungs-Nr.", "RE-2025-11873"),
            ("Rechnungsdatum", "20.11.2025"),
            ("Kunden-Nr.", "D10442"),
            ("Lieferschein-Nr.", "LS-2025-20911"),
            ("Leistungsdatum", "18.11.2025"),
            ("Fällig am", "04.12.2025"),
        ],
        title="Rechnung",
        its=its,
        rates={"19": D("0.19"), "7": D("0.07")},
        vendor="Hofmann Befestigungstechnik",
        number="RE-2025-11873",
        date="2025-11-20",
        due="2025-12-04",
        currency="EUR",
        locale="de_DE",
        vat_table=True,
        style={"meta_right_align": True, "hdr_fill": 0.8},
        after=[
            "Zahlungsbedingungen: zahlbar bis 04.12.2025 ohne Abzug.",
            "Diese Rechnung enthält eine eingebettete ZUGFeRD-2.3-Datei (Profil EN 16931).",
        ],
        footer=ERP_DE_FOOT(
            "Hofmann Befestigungstechnik GmbH",
            "AG Ulm HRB 530118",
            "USt-IdNr. DE811223344",
            "IBAN DE89 6105 0000 0049 1122 33",
        ),
        note="ZUGFeRD-style visualisation: 19 % and 7 % with VAT table, Lieferschein-Nr. and "
        "Kunden-Nr. "
        "in the meta block, Leistungsdatum, printed 'Fällig am'.",
    )


@doc("i12", "pdf", "DE")
def i12(rng):
    its = [
        (item("Wartung Heizungsanlage (Pauschale)", 1, "189.00"), "19"),
        (item("Arbeitszeit Techniker (Std.)", D("2.5"), "68.00", qty_s="2.5"), "19"),
        (item("Dichtungssatz DN20", 2, "12.30"), "19"),
    ]
    return quick_inv(
        "i12",
        "de",
        logo=("Rechnung (XRechnung 3.0 – Ansicht)", "Sans-B", 13, "l"),
        seller=[
            "BT-27 Verkäufer: Wärmetechnik Seidel e.K.",
            "BT-35 Lindenstr. 4, 04109 Leipzig",
            "BT-31 USt-IdNr.: DE299100432",
        ],
        buyer_title="BT-44 Käufer",
        buyer=["Stadt Leipzig, Amt für Gebäudemanagement", "BT-10 Leitweg-ID: 14713-12345-67"],
        meta=[
            ("BT-1 Rechnungsnummer", "2025-0412"),
            ("BT-2 Rechnungsdatum", "2025-11-26"),
            ("BT-9 Fälligkeitsdatum", "2025-12-26"),
            ("BT-13 Bestellnummer", "BANF-2025-7781"),
            ("BT-5 Währung", "EUR"),
        ],
        title=None,
        its=its,
        rates={"19": D("0.19")},
        vendor="Wärmetechnik Seidel e.K.",
        number="2025-0412",
        date="2025-11-26",
        due="2025-12-26",
        currency="EUR",
        locale="de_DE",
        style={"hdr_style": "line", "accent": (0.2, 0.2, 0.2), "meta_x": 300},
        after=[
            "BT-20 Zahlungsbedingungen: 30 Tage netto",
            "BT-84 IBAN: DE02 8605 5592 1090 0417 72",
        ],
        note="XRechnung viewer page: every label carries a BT code, ISO dates, Leitweg-ID and "
        "Bestellnummer; the heading is a viewer title, vendor is the BT-27 seller.",
    )


@doc("i13", "scan", "DE", skew=-0.6, blur=0.6)
def i13(rng):
    its = [
        (item("Fliesenarbeiten Bad EG lt. Angebot 2025-118", 1, "4280.00"), "19"),
        (item("Material Fliesen 60x60", 18, "42.50"), "19"),
        (item("Entsorgung Bauschutt", 1, "180.00"), "19"),
    ]
    return quick_inv(
        "i13",
        "de",
        logo=("Fliesen Özdemir", "Serif-B", 20, "c"),
        seller=["Meisterbetrieb · Am Anger 7 · 99084 Erfurt · Tel. 0361 5512 880"],
        buyer=["Familie Lorenz", "Birkenweg 3", "99096 Erfurt"],
        meta=[
            ("Rechnung Nr.", "2025/187"),
            ("Datum", "21.11.2025"),
            ("Kunden-Nr.", "1184"),
            ("Bauvorhaben", "Birkenweg 3"),
        ],
        title="Schlussrechnung",
        its=its,
        rates={"19": D("0.19")},
        vendor="Fliesen Özdemir",
        number="2025/187",
        date="2025-11-21",
        due=None,
        currency="EUR",
        locale="de_DE",
        deposit=D("2000.00"),
        after=[
            "Zahlbar innerhalb von 10 Tagen ohne Abzug.",
            "Der Leistungszeitraum entspricht dem Rechnungsdatum.",
        ],
        footer=ERP_DE_FOOT(
            "Fliesen Özdemir, Inh. Kemal Özdemir",
            "HWK Erfurt",
            "USt-IdNr. DE316600128",
            "IBAN DE44 8205 1000 0163 0099 12",
        ),
        note="Craftsman's final invoice (DATEV-like), scanned: Abschlagszahlung 2,000.00 deducted "
        "after "
        "the Gesamtbetrag (total not lowered); 'innerhalb von 10 Tagen' -> no due date.",
    )


@doc("i14", "pdf", "DE")
def i14(rng):
    its = [
        (item("Rücksendung Bürostuhl ErgoPlus (RMA 7712)", 1, "289.00"), "19"),
        (item("Gutschrift Versandkosten", 1, "5.90"), "19"),
    ]
    return quick_inv(
        "i14",
        "de",
        logo=("BÜROWELT SCHNEIDER", "Sans-B", 17, "l"),
        seller=["Bürowelt Schneider GmbH", "Kaiserstr. 80", "76133 Karlsruhe"],
        buyer=["Steuerbüro Vogt", "Kriegsstr. 12", "76133 Karlsruhe"],
        meta=[
            ("Gutschrift-Nr.", "GS-2025-00231"),
            ("Datum", "25.11.2025"),
            ("zu Rechnung", "RE-2025-08812"),
            ("Kunden-Nr.", "40017"),
        ],
        title="Gutschrift",
        its=its,
        rates={"19": D("0.19")},
        vendor="BÜROWELT SCHNEIDER",
        number="GS-2025-00231",
        date="2025-11-25",
        due=None,
        currency="EUR",
        locale="de_DE",
        credit=True,
        after=["Der Betrag wird Ihrem Konto innerhalb von 5 Werktagen gutgeschrieben."],
        footer=ERP_DE_FOOT(
            "Bürowelt Schneider GmbH",
            "AG Mannheim HRB 70112",
            "USt-IdNr. DE143300871",
            "IBAN DE12 6605 0101 0010 4455 66",
        ),
        note="German credit note (Gutschrift) printed with positive amounts; keyed negative; the "
        "original invoice number 'zu Rechnung' is not the number.",
    )


@doc("i15", "pdf", "FR")
def i15(rng):
    its = [
        (item("Audit comptable annuel", 1, "2400.00"), "20"),
        (item("Établissement liasse fiscale", 1, "650.00"), "20"),
        (item("Frais de déplacement", 1, "84.00"), "20"),
    ]
    return quick_inv(
        "i15",
        "fr",
        logo=("CABINET MARTEL & ASSOCIÉS", "Serif-B", 15, "l"),
        seller=["Expertise comptable", "18 cours Mirabeau", "13100 Aix-en-Provence"],
        buyer_title="Client",
        buyer=["SAS PROVENCE VERDURE", "ZA Les Milles", "13290 Aix-en-Provence"],
        meta=[
            ("Facture N°", "FA250118"),
            ("Date", "30/11/2025"),
            ("Code client", "411PROV"),
            ("Échéance", "30/12/2025"),
            ("Mode de règlement", "Virement"),
        ],
        title="FACTURE",
        its=its,
        rates={"20": D("0.20")},
        vendor="CABINET MARTEL & ASSOCIÉS",
        number="FA250118",
        date="2025-11-30",
        due="2025-12-30",
        currency="EUR",
        locale="fr_FR",
        vat_table=True,
        style={"meta_right_align": True, "hdr_style": "line", "row_rules": True},
        after=[
            "RIB : FR76 1130 6000 8012 3456 7890 123 - BIC AGRIFRPP813",
            "En cas de retard de paiement, indemnité forfaitaire de 40 €.",
        ],
        footer=[
            ["SELARL Martel & Associés", "SIRET 488 120 004 00027"],
            ["TVA FR 62 488120004", "Inscrite à l'Ordre des experts-comptables"],
        ],
        note="Sage-like French invoice: Code client (accounting code) and Échéance in the header, "
        "Total HT / "
        "TVA 20 % / Total TTC with a VAT table; RIB line.",
    )


@doc("i16", "pdf", "FR")
def i16(rng):
    its = [
        (item("Retour: Thé vert bio 500 g", 4, "11.20"), "5,5"),
        (item("Retour: Théière fonte 1 L", 1, "38.00"), "20"),
    ]
    return quick_inv(
        "i16",
        "fr",
        logo=("Comptoir des Thés", "Serif-B", 18, "r"),
        seller=["Comptoir des Thés SARL", "3 rue Sainte-Catherine", "33000 Bordeaux"],
        buyer=["Épicerie Fine Duval", "22 rue du Palais", "35000 Rennes"],
        meta=[
            ("Avoir n°", "AV-2025-0047"),
            ("Date", "28/11/2025"),
            ("Sur facture", "FC-2025-1180"),
            ("N° client", "CL0981"),
        ],
        title="AVOIR",
        its=its,
        rates={"5,5": D("0.055"), "20": D("0.20")},
        vendor="Comptoir des Thés",
        number="AV-2025-0047",
        date="2025-11-28",
        due=None,
        currency="EUR",
        locale="fr_FR",
        credit=True,
        vat_table=True,
        after=["Factur-X (profil EN 16931) – document de type 381 (avoir)."],
        footer=[
            ["Comptoir des Thés SARL au capital de 8 000 €", "RCS Bordeaux 530 221 887"],
            ["TVA FR 09 530221887"],
        ],
        note="Factur-X visualisation of a French credit note (Avoir, type 381), positive amounts "
        "on the page, "
        "keyed negative; TVA 5,5 % and 20 %; 'Sur facture' is the original invoice number.",
    )


@doc("i17", "photo", "FR", tilt=0.05)
def i17(rng):
    its = [
        (item("Rénovation salle d'eau (main d'œuvre)", 1, "3200.00"), "10"),
        (item("Fournitures et équipements", 1, "1850.00"), "10"),
        (item("Évacuation gravats", 1, "150.00"), "20"),
    ]
    return quick_inv(
        "i17",
        "fr",
        logo=("BERTIN RÉNOVATION", "Sans-B", 17, "l"),
        seller=[
            "EURL Bertin Rénovation",
            "11 chemin des Vignes",
            "21000 Dijon",
            "SIRET 844 009 117 00012",
        ],
        buyer=["M. et Mme Charpentier", "5 allée des Acacias", "21000 Dijon"],
        meta=[
            ("Facture n°", "2025-F-0093"),
            ("Date", "14/11/2025"),
            ("Devis n°", "D-2025-071"),
            ("Chantier", "5 allée des Acacias"),
        ],
        title="FACTURE",
        its=its,
        rates={"10": D("0.10"), "20": D("0.20")},
        vendor="BERTIN RÉNOVATION",
        number="2025-F-0093",
        date="2025-11-14",
        due=None,
        currency="EUR",
        locale="fr_FR",
        deposit=D("1500.00"),
        after=[
            "TVA à 10 % : travaux de rénovation d'un logement de plus de 2 ans.",
            "Paiement à réception.",
        ],
        note="French tradesman invoice photographed: TVA 10 % and 20 %, acompte versé deducted "
        "below the "
        "Total TTC (total not lowered, 'Net à payer' is the balance); quote number near the "
        "invoice number.",
    )


@doc("i18", "pdf", "DE")
def i18(rng):
    its = [
        (item("Fotoshooting Produktbilder (halber Tag)", 1, "450.00"), None),
        (item("Bildbearbeitung je Bild", 24, "9.00"), None),
    ]
    return quick_inv(
        "i18",
        "de",
        logo=("Lena Brück Fotografie", "Serif", 18, "l"),
        seller=["Lena Brück", "Eppendorfer Weg 190", "20253 Hamburg"],
        buyer=["Nordlicht Kosmetik UG", "Schanzenstr. 5", "20357 Hamburg"],
        meta=[
            ("Rechnungsnummer", "LB-25-031"),
            ("Rechnungsdatum", "03.12.2025"),
            ("Leistungsdatum", "27.11.2025"),
        ],
        title="Rechnung",
        its=its,
        rates={},
        notax=True,
        vendor="Lena Brück Fotografie",
        number="LB-25-031",
        date="2025-12-03",
        due=None,
        currency="EUR",
        locale="de_DE",
        ratecol=False,
        after=[
            "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
            "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen.",
            "IBAN DE91 2005 0550 1234 5678 90 · Steuernummer 43/112/04417",
        ],
        note="Kleinunternehmer invoice (§ 19 UStG): no VAT printed, amount/vat null; total = sum "
        "of lines.",
    )


# ---------------------------------------------------------------- main
def seed_of(name):
    return int(hashlib.sha256(f"blind-2026-12a/{name}".encode()).hexdigest()[:16], 16)


def build(name, outdir: Path):
    spec = DOCS[name]
    rng = np.random.default_rng(seed_of(name))
    pdf, tr = spec["fn"](rng)
    kind = spec["kind"]
    tr["kind"] = kind
    fx = dict(spec["fx"])
    for old in outdir.glob(f"{name}.*"):
        old.unlink()
    if kind == "pdf":
        (outdir / f"{name}.pdf").write_bytes(pdf)
    elif kind == "scan":
        arr = render_pdf(pdf, dpi=fx.pop("dpi", 200), grey=True)
        arr = scan_effect(arr, rng, **fx)
        save_png(arr, outdir / f"{name}.png")
    else:
        arr = render_pdf(pdf, dpi=fx.pop("dpi", 200), grey=False)
        arr = photo_effect(arr, rng, **fx)
        save_png(arr, outdir / f"{name}.png")
    (outdir / f"{name}.json").write_text(
        json.dumps(tr, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return tr


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    only = None
    if "--only" in argv:
        i = argv.index("--only")
        only = argv[i + 1].split(",")
        del argv[i : i + 2]
    outdir = Path(argv[0]) if argv else Path(__file__).parent / "blind-2026-12a"
    outdir.mkdir(parents=True, exist_ok=True)
    for name in sorted(DOCS):
        if only and name not in only:
            continue
        tr = build(name, outdir)
        print(
            f"{name} {tr['kind']:5} {DOCS[name]['country']} {tr['document_type']:11} {tr['total']} "
            f"{tr['currency']}"
        )


if __name__ == "__main__":
    main()
