# ruff: noqa: E501
"""Blind set 13v: decoy-heavy invoices and receipts (16 + 16, 22 countries).

Every document prints near-miss values next to the real ones: customer companies with
their own legal form and VAT ids, ship-to parties, operators vs. brands, order / PO /
delivery / customer numbers, several dates, subtotals, discounts, deposits, balances,
second-currency totals, tendered cash, card slips, tips and rounding lines.

Run from the repository root:
    python -m bench.blindsets.blind_2026_13v [OUTDIR] [--only NAME]

Self-contained: imports nothing from the product. Every random choice is seeded with
the CRC-32 of the document name, so re-runs are byte-identical.
"""

from __future__ import annotations

import argparse
import io
import json
import zlib
from datetime import date
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

SET = "13v"
HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "blind-2026-13v"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
_TTF = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVI": "DejaVuSans-Oblique.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
    "DVSCB": "DejaVuSerifCondensed-Bold.ttf",
}
_REGISTERED = False


def _fonts() -> None:
    global _REGISTERED
    if not _REGISTERED:
        for k, f in _TTF.items():
            pdfmetrics.registerFont(TTFont(k, FONTDIR + f))
        _REGISTERED = True


D = Decimal
C2 = D("0.01")


def q(x) -> Decimal:
    return D(str(x)).quantize(C2, ROUND_HALF_UP)


def s2(x) -> str:
    return str(q(x))


_SEPS = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": (" ", ","),
    "ch": ("'", "."),
    "in": (",", "."),
    "it": (".", ","),
}


def money(v, style: str = "en", dec: int = 2, plus: bool = False) -> str:
    """Format a Decimal the local way: en 1,234.56 / de 1.234,56 / fr 1 234,56 / ch 1'234.56 / in 1,23,456.78."""
    v = q(v)
    neg = v < 0
    a = abs(v)
    if dec == 0:
        ip, fp = str(a.quantize(D(1), ROUND_HALF_UP)), ""
    else:
        ip, _, fp = f"{a:.2f}".partition(".")
    th, dp = _SEPS[style]
    if style == "in" and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        ip = th.join([*parts, tail])
    else:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        ip = th.join([ip, *parts])
    out = ip + (dp + fp if fp else "")
    if neg:
        return "-" + out
    return ("+" + out) if plus else out


def qty_s(x) -> str:
    d = D(str(x)).normalize()
    return format(d, "f")


class LayoutError(Exception):
    pass


class Doc:
    """A page list of drawing ops in top-down coordinates (points), checked for overlap."""

    def __init__(self, name: str, w: float, h: float | None = None):
        _fonts()
        self.name = name
        self.w = w
        self.h = h
        self.pages: list[list[tuple]] = [[]]
        self.boxes: list[list[tuple]] = [[]]
        self.maxy = 0.0
        self.y = 0.0
        self.ldesc = 0.0

    def _step(self, sz, lh):
        self.y += lh or max(sz * 1.25, self.ldesc + sz * 0.8 + 1.0)
        self.ldesc = 0.22 * sz

    # -- text -------------------------------------------------------------
    def t(self, x, y, s, f="Helvetica", sz=9.0, a="l", col=None) -> float:
        s = str(s)
        wd = pdfmetrics.stringWidth(s, f, sz)
        x0 = x if a == "l" else (x - wd if a == "r" else x - wd / 2)
        box = (x0, y - 0.76 * sz, x0 + wd, y + 0.22 * sz)
        if (
            box[0] < 2
            or box[2] > self.w - 2
            or box[1] < 2
            or (self.h is not None and box[3] > self.h - 2)
        ):
            raise LayoutError(f"{self.name}: text off page: {s!r} at {x:.1f},{y:.1f}")
        for b in self.boxes[-1]:
            if (
                box[0] < b[2] - 0.3
                and b[0] < box[2] - 0.3
                and box[1] < b[3] - 0.3
                and b[1] < box[3] - 0.3
            ):
                raise LayoutError(
                    f"{self.name}: overlap {s!r} with {b[4]!r} (page {len(self.pages)})"
                )
        self.boxes[-1].append((*box, s))
        self.pages[-1].append(("t", x0, y, s, f, sz, col))
        self.maxy = max(self.maxy, box[3])
        return wd

    def tw(self, s, f="Helvetica", sz=9.0) -> float:
        return pdfmetrics.stringWidth(str(s), f, sz)

    # -- shapes -----------------------------------------------------------
    def line(self, x1, y1, x2, y2, lw=0.6, col=(0, 0, 0), dash=None):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw, col, dash))
        self.maxy = max(self.maxy, y1, y2)

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, r=0):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw, r))
        self.maxy = max(self.maxy, y + h)

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.8):
        self.pages[-1].append(("c", x, y, r, fill, stroke, lw))
        self.maxy = max(self.maxy, y + r)

    def poly(self, pts, fill=None, stroke=None, lw=0.8):
        self.pages[-1].append(("p", pts, fill, stroke, lw))
        self.maxy = max(self.maxy, max(p[1] for p in pts))

    def qr(self, x, y, size, n=25):
        rng = np.random.default_rng(zlib.crc32((self.name + "qr").encode()))
        cell = size / n
        grid = rng.random((n, n)) < 0.48
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            grid[fy : fy + 7, fx : fx + 7] = False
        for i in range(n):
            for j in range(n):
                if grid[i, j]:
                    self.rect(x + j * cell, y + i * cell, cell, cell, fill=(0, 0, 0))
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            self.rect(x + fx * cell, y + fy * cell, 7 * cell, 7 * cell, fill=(0, 0, 0))
            self.rect(x + (fx + 1) * cell, y + (fy + 1) * cell, 5 * cell, 5 * cell, fill=(1, 1, 1))
            self.rect(x + (fx + 2) * cell, y + (fy + 2) * cell, 3 * cell, 3 * cell, fill=(0, 0, 0))

    def barcode(self, x, y, w, h):
        rng = np.random.default_rng(zlib.crc32((self.name + "bc").encode()))
        cx = x
        while cx < x + w - 3:
            bw = float(rng.choice([0.7, 1.0, 1.4, 2.0]))
            if rng.random() < 0.55:
                self.rect(cx, y, bw, h, fill=(0, 0, 0))
            cx += bw + float(rng.choice([0.7, 1.0, 1.4]))

    def newpage(self):
        self.pages.append([])
        self.boxes.append([])

    # -- receipt cursor helpers ------------------------------------------------
    def adv(self, pts):
        self.y += pts

    def c(self, s, f="Courier", sz=8.0, lh=None):
        self._step(sz, lh)
        self.t(self.w / 2, self.y, s, f, sz, "c")

    def lr(self, left, right, f="Courier", sz=8.0, lh=None, m=None, fr=None):
        m = 4 * mm if m is None else m
        self._step(sz, lh)
        if left:
            self.t(m, self.y, left, f, sz, "l")
        if right:
            self.t(self.w - m, self.y, right, fr or f, sz, "r")

    def row(self, cells, f="Courier", sz=8.0, lh=None):
        """cells: (x, text, align)."""
        self._step(sz, lh)
        for x, s, a in cells:
            if s != "":
                self.t(x, self.y, s, f, sz, a)

    def sep(self, ch="-", lw=0.5, dash=(2, 2), m=None, gap=5):
        m = 4 * mm if m is None else m
        self.y += gap
        self.line(m, self.y, self.w - m, self.y, lw=lw, dash=dash)
        self.y += 1

    # -- output -------------------------------------------------------------
    def page_height(self) -> float:
        return self.h if self.h is not None else self.maxy + 10 * mm

    def pdf_bytes(self) -> bytes:  # noqa: C901
        h = self.page_height()
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(self.w, h), invariant=1)
        c.setTitle(self.name)
        c.setAuthor("")
        c.setCreator("")
        for ops in self.pages:
            for op in ops:
                k = op[0]
                if k == "t":
                    _, x0, y, s, f, sz, col = op
                    c.setFillColorRGB(*(col or (0, 0, 0)))
                    c.setFont(f, sz)
                    c.drawString(x0, h - y, s)
                elif k == "l":
                    _, x1, y1, x2, y2, lw, col, dash = op
                    c.setStrokeColorRGB(*col)
                    c.setLineWidth(lw)
                    c.setDash(*dash) if dash else c.setDash()
                    c.line(x1, h - y1, x2, h - y2)
                    c.setDash()
                elif k == "r":
                    _, x, y, w, hh, fill, stroke, lw, r = op
                    if fill:
                        c.setFillColorRGB(*fill)
                    if stroke:
                        c.setStrokeColorRGB(*stroke)
                    c.setLineWidth(lw)
                    if r:
                        c.roundRect(
                            x,
                            h - y - hh,
                            w,
                            hh,
                            r,
                            stroke=1 if stroke else 0,
                            fill=1 if fill else 0,
                        )
                    else:
                        c.rect(
                            x, h - y - hh, w, hh, stroke=1 if stroke else 0, fill=1 if fill else 0
                        )
                elif k == "c":
                    _, x, y, r, fill, stroke, lw = op
                    if fill:
                        c.setFillColorRGB(*fill)
                    if stroke:
                        c.setStrokeColorRGB(*stroke)
                    c.setLineWidth(lw)
                    c.circle(x, h - y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
                elif k == "p":
                    _, pts, fill, stroke, lw = op
                    p = c.beginPath()
                    p.moveTo(pts[0][0], h - pts[0][1])
                    for px, py in pts[1:]:
                        p.lineTo(px, h - py)
                    p.close()
                    if fill:
                        c.setFillColorRGB(*fill)
                    if stroke:
                        c.setStrokeColorRGB(*stroke)
                    c.setLineWidth(lw)
                    c.drawPath(p, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.showPage()
        c.save()
        return buf.getvalue()


def table(
    doc: Doc,
    y,
    cols,
    header,
    rows,
    f="Helvetica",
    fb="Helvetica-Bold",
    sz=8.5,
    lh=13.0,
    fill=None,
    rule=True,
    hcol=None,
):
    """cols: list of (x, align); returns y after the last row."""
    xs = [x for x, _ in cols]
    if fill:
        doc.rect(
            min(xs) - 4 if cols[0][1] == "l" else min(xs) - 40,
            y - sz - 2.5,
            max(xs) - min(xs) + 8 + (40 if cols[0][1] != "l" else 0),
            lh,
            fill=fill,
        )
    for (x, a), h in zip(cols, header, strict=False):
        if h:
            doc.t(x, y, h, fb, sz, a, col=hcol)
    if rule:
        doc.line(min(xs) - 4, y + 4, max(xs) + 4, y + 4, lw=0.5)
    y += lh
    for row in rows:
        for (x, a), v in zip(cols, row, strict=False):
            if v != "":
                doc.t(x, y, v, f, sz, a)
        y += lh
    return y


def calc(items, incl=False):
    """items: (desc, qty, unit, rate). Returns lines with amounts, bases/vats per rate."""
    lines = []
    bases: dict[str, Decimal] = {}
    for desc, qt, unit, rate in items:
        amt = q(D(str(qt)) * D(str(unit)))
        lines.append((desc, qty_s(qt), q(unit), amt, rate))
        bases[rate] = bases.get(rate, D(0)) + amt
    vats = {}
    nets = {}
    for r, b in bases.items():
        if incl:
            vats[r] = q(b * D(r) / (D(100) + D(r)))
            nets[r] = b - vats[r]
        else:
            vats[r] = q(b * D(r) / D(100))
            nets[r] = b
    return {
        "lines": lines,
        "bases": bases,
        "vats": vats,
        "nets": nets,
        "net": sum(nets.values(), D(0)),
        "vat": sum(vats.values(), D(0)),
        "gross": sum(bases.values(), D(0)) + (D(0) if incl else sum(vats.values(), D(0))),
    }


def li(lines, neg=False):
    sg = D(-1) if neg else D(1)
    return [
        {
            "description": d,
            "quantity": ("-" + qt) if neg else qt,
            "unit_price": s2(u),
            "amount": s2(a * sg),
        }
        for d, qt, u, a, *_ in lines
    ]


def truth(
    number,
    inv_date,
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
    tip=0,
    rounding=0,
):
    amount, total = q(amount), q(total)
    v = q(vat) if vat is not None else None
    if amount + (v or D(0)) + q(tip) + q(rounding) != total:
        raise AssertionError(f"arithmetic: {amount} + {v} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": inv_date.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": str(amount),
        "vat": str(v) if v is not None else None,
        "total": str(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": items,
        "note": note,
    }


REG: dict[str, dict] = {}


def reg(name, kind, country, fx=""):
    """kind: pdf | scan | scanpdf | photo; fx: extra image hints (small = downscale to ~650 px)."""

    def deco(fn):
        REG[name] = {"fn": fn, "kind": kind, "country": country, "fx": fx}
        return fn

    return deco


def logo_circle(doc: Doc, x, y, r, col, letters, f="Helvetica-Bold", tcol=(1, 1, 1)):
    doc.circle(x, y, r, fill=col)
    doc.t(x, y + r * 0.35, letters, f, r * 0.9, "c", col=tcol)


def logo_blocks(doc: Doc, x, y, s, col, col2):
    doc.rect(x, y, s, s, fill=col)
    doc.rect(x + s * 0.55, y + s * 0.55, s * 0.7, s * 0.7, fill=col2)


def logo_diamond(doc: Doc, x, y, s, col):
    doc.poly([(x + s / 2, y), (x + s, y + s / 2), (x + s / 2, y + s), (x, y + s / 2)], fill=col)


GREY = (0.45, 0.45, 0.45)
LGREY = (0.92, 0.92, 0.92)


# ---------------------------------------------------------------------------
# image pipeline
# ---------------------------------------------------------------------------
def _render(pdf: bytes, dpi: float) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    page = doc[0]
    img = page.render(scale=dpi / 72.0).to_pil().convert("RGB")
    arr = np.asarray(img).astype(np.float32)
    page.close()
    doc.close()
    return arr


def _lowfreq(rng, h, w, lo, hi, cells=(4, 3)):
    small = rng.random(cells).astype(np.float32)
    big = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    big = (big - big.min()) / max(1e-6, float(big.max() - big.min()))
    return lo + (hi - lo) * big


def scan_fx(doc: Doc, rng, receipt: bool, small: bool) -> Image.Image:
    dpi = float(rng.uniform(200, 300)) if receipt else float(rng.uniform(150, 220))
    a = _render(doc.pdf_bytes(), dpi)
    h, w = a.shape[:2]
    colour = bool(rng.random() < 0.4)
    if receipt:
        ink = 255.0 - a
        fade = _lowfreq(rng, h, w, 0.55, 1.0, (6, 2))
        a = 255.0 - ink * fade[..., None]
        a = a * np.array([1.0, 0.99, 0.96], dtype=np.float32)
    if colour:
        a = a * np.array([0.99, 0.97, 0.93], dtype=np.float32)
    else:
        a = a.mean(axis=2, keepdims=True).repeat(3, axis=2)
    a = cv2.GaussianBlur(a, (0, 0), float(rng.uniform(0.45, 0.9)))
    ang = float(rng.uniform(-2.0, 2.0))
    bed = float(rng.uniform(225, 248))
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos) + 16, int(h * cos + w * sin) + 16
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    a = cv2.warpAffine(a, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=(bed, bed, bed))
    a = a + rng.normal(0, float(rng.uniform(3, 7)), a.shape[:2])[..., None].astype(np.float32)
    for _ in range(int(rng.integers(40, 160))):
        x, y = int(rng.integers(0, nw)), int(rng.integers(0, nh))
        v = float(rng.uniform(20, 120))
        cv2.circle(a, (x, y), int(rng.integers(1, 3)), (v, v, v), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a if colour else a[..., 0])
    if small:
        nh2 = round(img.height * 650 / img.width)
        img = img.resize((650, nh2), Image.LANCZOS)
    return img


def _texture(rng, h, w):
    kind = int(rng.integers(0, 3))
    if kind == 0:  # wood
        base = np.array([150, 105, 70], dtype=np.float32)
        xs = np.arange(w, dtype=np.float32)[None, :]
        ys = np.arange(h, dtype=np.float32)[:, None]
        streak = np.sin(xs / float(rng.uniform(9, 20)) + np.sin(ys / 140.0) * 2.5) * 0.5 + 0.5
        tex = base[None, None, :] * (0.78 + 0.22 * streak)[..., None]
    elif kind == 1:  # grey desk
        g = float(rng.uniform(95, 150))
        tex = np.full((h, w, 3), g, dtype=np.float32) * np.array([1.0, 1.0, 1.04], dtype=np.float32)
    else:  # dark cloth
        base = np.array([60, 70, 95], dtype=np.float32)
        xs = np.arange(w)[None, :]
        ys = np.arange(h)[:, None]
        hatch = (((xs + ys) % 6) < 3).astype(np.float32)
        tex = base[None, None, :] * (0.9 + 0.1 * hatch)[..., None]
    tex = tex * _lowfreq(rng, h, w, 0.85, 1.1)[..., None]
    tex = tex + rng.normal(0, 6, (h, w))[..., None]
    return tex.astype(np.float32)


def photo_fx(doc: Doc, rng) -> Image.Image:
    pw_pt, ph_pt = doc.w, doc.page_height()
    L = int(rng.integers(1500, 2301))
    portrait = ph_pt >= pw_pt
    aspect = pw_pt / ph_pt
    if portrait:
        H = L
        W = int(L * min(0.8, max(0.56, aspect * 1.22)))
    else:
        W = L
        H = int(L * 0.75)
    fit = float(rng.uniform(0.8, 0.9))
    s = min(fit * H / ph_pt, fit * W / pw_pt)
    page = _render(doc.pdf_bytes(), 72.0 * s)
    ph, pw = page.shape[:2]
    # fold / crease on the paper
    if rng.random() < 0.75:
        fy = int(ph * rng.uniform(0.3, 0.7))
        page[fy:] *= 0.965
        page[max(0, fy - 2) : fy + 2] *= 0.82
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    j = 0.035 * min(W, H)
    dst = np.float32(
        [
            [cx - pw / 2, cy - ph / 2],
            [cx + pw / 2, cy - ph / 2],
            [cx + pw / 2, cy + ph / 2],
            [cx - pw / 2, cy + ph / 2],
        ]
    )
    dst = dst + rng.uniform(-j, j, (4, 2)).astype(np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    bg = _texture(rng, H, W)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    sh = np.float32([[1, 0, rng.uniform(8, 25)], [0, 1, rng.uniform(8, 25)]])
    shadow = cv2.GaussianBlur(cv2.warpAffine(mask, sh, (W, H)), (0, 0), 14)
    bg = bg * (1 - 0.45 * shadow)[..., None]
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    comp = bg * (1 - mask[..., None]) + warped * mask[..., None]
    xs = np.linspace(0, 1, W, dtype=np.float32)[None, :]
    ys = np.linspace(0, 1, H, dtype=np.float32)[:, None]
    gx, gy = rng.uniform(-0.2, 0.2), rng.uniform(-0.2, 0.2)
    light = 0.93 + gx * (xs - 0.5) + gy * (ys - 0.5)
    lx, ly = rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8)
    light = light + 0.1 * np.exp(-(((xs - lx) ** 2 + (ys - ly) ** 2) / 0.12))
    if rng.random() < 0.6:  # soft shadow of a hand / phone across one corner
        ex, ey = int(rng.choice([0, W])), int(rng.uniform(0.2, 0.9) * H)
        blob = np.zeros((H, W), np.float32)
        cv2.ellipse(
            blob,
            (ex, ey),
            (int(W * 0.35), int(H * 0.22)),
            float(rng.uniform(0, 180)),
            0,
            360,
            1.0,
            -1,
        )
        blob = cv2.GaussianBlur(blob, (0, 0), W * 0.06)
        light = light * (1 - 0.22 * blob)
    comp = comp * light[..., None] * np.array([1.0, 0.98, 0.94], dtype=np.float32)
    comp = cv2.GaussianBlur(comp, (0, 0), float(rng.uniform(0.5, 0.9)))
    comp = comp + rng.normal(0, float(rng.uniform(2, 5)), comp.shape[:2])[..., None]
    return Image.fromarray(np.clip(comp, 0, 255).astype(np.uint8))


def image_pdf(img: Image.Image, w_pt: float, h_pt: float) -> bytes:
    jb = io.BytesIO()
    img.convert("L").save(jb, "JPEG", quality=80)
    jb.seek(0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w_pt, h_pt), invariant=1)
    c.setTitle("scan")
    c.drawImage(ImageReader(jb), 0, 0, width=w_pt, height=h_pt)
    c.showPage()
    c.save()
    return buf.getvalue()


def totals(doc: Doc, y, lx, rx, rows, f="Helvetica", fb="Helvetica-Bold", sz=9.0, lh=13.0, la="l"):
    for lab, val, bold in rows:
        ff = fb if bold else f
        if lab:
            doc.t(lx, y, lab, ff, sz, la)
        if val:
            doc.t(rx, y, val, ff, sz, "r")
        y += lh
    return y


def de_d(d: date) -> str:
    return d.strftime("%d.%m.%Y")


def fr_d(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def us_d(d: date) -> str:
    return d.strftime("%m/%d/%Y")


# ---------------------------------------------------------------------------
# invoices
# ---------------------------------------------------------------------------
@reg("i01", "pdf", "DE")
def i01(name, rng):
    d = Doc(name, *A4)
    V = "Hensel Industrietechnik GmbH"
    dt, due, sk = date(2026, 3, 12), date(2026, 4, 11), date(2026, 3, 22)
    items = [
        ("Hydraulikzylinder HZ-80/400", "4", "389.00", "19"),
        ("Dichtungssatz DS-80", "8", "24.90", "19"),
        ("Montage vor Ort (Std.)", "6.5", "78.00", "19"),
        ("Fachbuch 'Hydraulik in der Praxis'", "2", "49.90", "7"),
        ("Versandkosten", "1", "45.00", "19"),
    ]
    c = calc(items)
    goods = sum((ln[3] for ln in c["lines"][:-1]), D(0))
    skonto = q(c["gross"] * D("0.98"))
    logo_blocks(d, 452, 34, 20, (0.1, 0.3, 0.6), (0.95, 0.6, 0.1))
    d.t(560, 66, "HENSEL", "Helvetica-Bold", 24, "r", col=(0.1, 0.3, 0.6))
    d.t(560, 80, "Industrietechnik", "Helvetica", 9, "r", col=GREY)
    d.t(57, 136, "Hensel Industrietechnik GmbH · Gewerbering 14 · 86167 Augsburg", "Helvetica", 6.5)
    d.line(57, 139, 262, 139, lw=0.3)
    y = 158
    for s, f, z in [
        ("Brandt & Söhne Maschinenbau GmbH", "Helvetica-Bold", 11),
        ("Einkauf / Frau K. Albers", "Helvetica", 9.5),
        ("Industriestraße 88", "Helvetica", 9.5),
        ("73430 Aalen", "Helvetica", 9.5),
        ("USt-IdNr. DE 287 114 903", "Helvetica", 8),
    ]:
        d.t(57, y, s, f, z)
        y += 14
    info = [
        ("Kunden-Nr.", "40817"),
        ("Ihre Bestellung", "4500123987"),
        ("Bestelldatum", "20.02.2026"),
        ("Angebot", "AN-2026-0192"),
        ("Lieferschein", "LS-26-03311"),
        ("Lieferdatum", "05.03.2026"),
        ("Datum", de_d(dt)),
        ("Seite", "1 von 1"),
    ]
    y = 150
    for k, v in info:
        d.t(380, y, k, "Helvetica", 8.5)
        d.t(560, y, v, "Helvetica", 8.5, "r")
        y += 12.5
    d.t(57, 250, "Lieferanschrift:", "Helvetica-Bold", 8)
    d.t(
        57,
        262,
        "Spedition Kroll GmbH & Co. KG, Halle 4 / Tor 7, Am Güterbahnhof 3, 73431 Aalen",
        "Helvetica",
        8,
    )
    d.t(57, 300, "Rechnung", "Helvetica-Bold", 18)
    d.t(57, 313, "Rechnungs-Nr. RE-2026-00417", "Helvetica", 7)
    d.t(
        57,
        336,
        "Sehr geehrte Damen und Herren, für die Lieferung und Montage vom 05.03.2026 berechnen wir Ihnen:",
        "Helvetica",
        9,
    )
    cols = [(57, "l"), (82, "l"), (150, "l"), (372, "r"), (444, "r"), (478, "r"), (560, "r")]
    rows = []
    arts = ["HZ80400", "DS80", "MON-H", "LIT-207"]
    for i, (ds, qt, u, a, r) in enumerate(c["lines"][:-1]):
        rows.append(
            [
                str(i + 1),
                arts[i],
                ds,
                qt.replace(".", ","),
                money(u, "de"),
                r + " %",
                money(a, "de"),
            ]
        )
    y = table(
        d,
        362,
        cols,
        ["Pos.", "Art.-Nr.", "Bezeichnung", "Menge", "Einzelpreis", "USt", "Gesamt EUR"],
        rows,
        sz=8.5,
        lh=15,
        fill=LGREY,
    )
    d.line(340, y - 6, 560, y - 6, lw=0.5)
    rows = [
        ("Warenwert netto", money(goods, "de"), False),
        ("Versandkosten netto", money(D("45.00"), "de"), False),
        ("Nettobetrag", money(c["net"], "de"), False),
        (
            f"zzgl. 19 % USt auf {money(c['bases']['19'], 'de')}",
            money(c["vats"]["19"], "de"),
            False,
        ),
        (f"zzgl. 7 % USt auf {money(c['bases']['7'], 'de')}", money(c["vats"]["7"], "de"), False),
        ("Rechnungsbetrag EUR", money(c["gross"], "de"), True),
    ]
    y = totals(d, y + 8, 345, 560, rows, sz=9, lh=14)
    d.line(345, y - 10, 560, y - 10, lw=0.8)
    d.t(
        57,
        y + 14,
        f"Zahlbar ohne Abzug bis {de_d(due)} oder bis {de_d(sk)} mit 2 % Skonto (Zahlbetrag {money(skonto, 'de')} EUR).",
        "Helvetica",
        8.5,
    )
    d.t(
        57,
        y + 27,
        "Leistungszeitraum: 03.03.2026 bis 05.03.2026. Es gelten unsere AGB (Stand 01/2026).",
        "Helvetica",
        8.5,
    )
    d.line(57, 770, 560, 770, lw=0.4, col=GREY)
    foot = [
        ["Hensel Industrietechnik GmbH", "Gewerbering 14, 86167 Augsburg", "Tel. 0821 4477-0"],
        [
            "Geschäftsführer: Jörg Hensel",
            "Amtsgericht Augsburg HRB 31877",
            "USt-IdNr. DE 311 204 587",
        ],
        ["Stadtsparkasse Augsburg", "IBAN DE41 7205 0000 0250 8877 14", "BIC AUGSDE77XXX"],
    ]
    for i, col in enumerate(foot):
        for j, s in enumerate(col):
            d.t(57 + i * 170, 782 + j * 9, s, "Helvetica", 6.5, col=GREY)
    note = "Customer GmbH with VAT id in the address window, delivery to a forwarder, order/quote/delivery-note/customer numbers; invoice no. only once in 7 pt under the title; 19 % + 7 % VAT; Skonto amount and Skonto date are near-misses; shipping in totals (not a line item)."
    return d, truth(
        "RE-2026-00417",
        dt,
        due,
        V,
        c["net"],
        c["vat"],
        c["gross"],
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        li(c["lines"][:-1]),
        note,
    )


@reg("i02", "pdf", "FR")
def i02(name, rng):
    d = Doc(name, *A4)
    V = "SAS Atelier Lumière Rénovation"
    dt, due = date(2026, 2, 27), date(2026, 3, 29)
    items = [
        ("Dépose faux-plafond existant (m²)", "64", "14.50", "20"),
        ("Faux-plafond acoustique fourni posé (m²)", "64", "48.00", "20"),
        ("Luminaires LED encastrés 600x600", "18", "96.00", "20"),
        ("Main d'oeuvre électricien (h)", "22", "52.00", "20"),
        ("Évacuation des gravats - forfait", "1", "280.00", "20"),
    ]
    c = calc(items)
    dep = D("1500.00")
    logo_circle(d, 70, 62, 20, (0.85, 0.55, 0.1), "AL", "DVB")
    d.t(98, 58, "Atelier Lumière Rénovation", "DVB", 13)
    d.t(98, 72, "SAS au capital de 20 000 €", "DV", 7.5, col=GREY)
    d.t(50, 100, "8 rue des Tanneurs", "DV", 8.5)
    d.t(50, 111, "69007 Lyon", "DV", 8.5)
    d.t(50, 122, "Tél. 04 78 61 22 90 · contact@atelier-lumiere.fr", "DV", 8.5)
    d.t(545, 60, "FACTURE", "DVB", 22, "r", col=(0.85, 0.55, 0.1))
    d.rect(320, 140, 225, 92, stroke=(0.3, 0.3, 0.3), r=4)
    cl = [
        ("Client", "DVB", 8),
        ("SARL Boulangerie Ferrand", "DVB", 11),
        ("M. Olivier Ferrand, gérant", "DV", 8.5),
        ("142 cours Lafayette", "DV", 8.5),
        ("69003 Lyon", "DV", 8.5),
        ("N° TVA : FR 62 803 441 207", "DV", 8),
    ]
    y = 154
    for s, f, z in cl:
        d.t(330, y, s, f, z)
        y += 13
    kv = [
        ("Facture n°", "F2026-0219"),
        ("Date", fr_d(dt)),
        ("N° client", "C0457"),
        ("Devis", "D-2026-118 du 02/02/2026"),
        ("Bon de commande", "BC-7781"),
        ("Échéance", fr_d(due)),
    ]
    y = 150
    for k, v in kv:
        d.t(50, y, k, "DV", 8.5, col=GREY)
        d.t(142, y, v, "DV", 8.5)
        y += 13
    d.t(
        50,
        252,
        "Adresse du chantier : Fournil Ferrand (atelier de production), 9 impasse Gerland, 69007 Lyon",
        "DV",
        8.5,
    )
    d.t(50, 265, "Travaux réalisés du 09/02/2026 au 20/02/2026", "DV", 8.5)
    cols = [(50, "l"), (345, "r"), (405, "r"), (470, "r"), (545, "r")]
    rows = [[ds, qt, money(u, "fr"), "20 %", money(a, "fr")] for ds, qt, u, a, r in c["lines"]]
    y = table(
        d,
        300,
        cols,
        ["Désignation", "Qté", "PU HT €", "TVA", "Total HT €"],
        rows,
        f="DV",
        fb="DVB",
        sz=8.5,
        lh=17,
        fill=(0.98, 0.9, 0.78),
        rule=False,
    )
    d.line(50, y - 8, 545, y - 8, lw=0.5)
    rows = [
        ("Total HT", money(c["net"], "fr") + " €", False),
        ("TVA 20 %", money(c["vat"], "fr") + " €", False),
        ("Total TTC", money(c["gross"], "fr") + " €", True),
        ("Acompte versé le 05/02/2026 (FA2026-0031)", "- " + money(dep, "fr") + " €", False),
        ("Net à payer", money(c["gross"] - dep, "fr") + " €", True),
    ]
    y = totals(d, y + 10, 262, 545, rows, f="DV", fb="DVB", sz=9, lh=15)
    d.rect(257, y - 29, 293, 19, stroke=(0.85, 0.55, 0.1), lw=1)
    d.t(
        50,
        y + 14,
        "Règlement par virement à réception, au plus tard le "
        + fr_d(due)
        + ". Pas d'escompte pour paiement anticipé.",
        "DV",
        8,
    )
    d.t(
        50,
        y + 26,
        "Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.",
        "DV",
        8,
    )
    d.t(
        297,
        790,
        "SAS Atelier Lumière Rénovation – RCS Lyon 852 114 907 – SIRET 852 114 907 00021 – TVA FR 41 852114907",
        "DV",
        6.5,
        "c",
        col=GREY,
    )
    d.t(
        297,
        800,
        "IBAN FR76 1027 8073 1200 0204 5180 112 – BIC CMCIFR2A – Crédit Mutuel Lyon Gerland",
        "DV",
        6.5,
        "c",
        col=GREY,
    )
    note = "French layout with client SARL in a box on the right; deposit already paid is deducted: key Total TTC, not 'Net à payer'; quote date, work period and site address as decoys."
    return d, truth(
        "F2026-0219",
        dt,
        due,
        V,
        c["net"],
        c["vat"],
        c["gross"],
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        li(c["lines"]),
        note,
    )


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
KIND_OUT = {
    "pdf": ("pdf", ".pdf"),
    "scan": ("scan", ".png"),
    "scanpdf": ("scan", ".pdf"),
    "photo": ("photo", ".jpg"),
}


def build(name: str, out: Path) -> dict:
    spec = REG[name]
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    doc, t = spec["fn"], None
    doc, t = spec["fn"](name, rng)
    if doc.h is None and doc.page_height() > 1400:
        raise LayoutError(f"{name}: roll too long")
    kind, ext = KIND_OUT[spec["kind"]]
    receipt = name.startswith("r")
    if spec["kind"] == "pdf":
        (out / f"{name}.pdf").write_bytes(doc.pdf_bytes())
    elif spec["kind"] == "scan":
        scan_fx(doc, rng, receipt, "small" in spec["fx"]).save(out / f"{name}.png", optimize=False)
    elif spec["kind"] == "scanpdf":
        img = scan_fx(doc, rng, receipt, False)
        wpt = doc.w + 12
        (out / f"{name}.pdf").write_bytes(image_pdf(img, wpt, wpt * img.height / img.width))
    else:
        photo_fx(doc, rng).save(out / f"{name}.jpg", "JPEG", quality=int(rng.integers(60, 81)))
    t["kind"] = kind
    (out / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return {
        "name": name,
        "ext": ext,
        "kind": kind,
        "spec": spec["kind"],
        "country": spec["country"],
        "pages": len(doc.pages),
        "t": t,
    }


README_HEAD = """# Blind set 2026-13v: decoys

Generated by `bench/blindsets/blind_2026_13v.py` (`python -m bench.blindsets.blind_2026_13v [OUTDIR] [--only NAME]`).
16 invoices (`i01`..`i16`) and 16 receipts (`r01`..`r16`) from 22 countries, each in its own language,
each drawn by its own function with its own layout. Every document is deliberately full of plausible
wrong answers printed next to the right ones: the customer is a company with its own legal form, VAT id
and address (on one invoice the buyer's supplier-portal banner and logo sit at the top of the page);
ship-to / delivery / consignee / site addresses; operators vs. brands, franchises and marketplaces;
customer, order, PO, quote, delivery-note, work-order, contract, account, OCR / variable-symbol /
structured-communication references, tax ids, GLN/EAN, page x/y, the invoice number printed once in small
type; order, delivery, service-period, print/reprint, validity and due dates; subtotals before discount,
discounts, shipping, deposits already paid and the balance after them, previous balances, two or three VAT
rates, totals in a second currency for information, loyalty points, "you saved", cash tendered and change,
card slips repeating the total, tips, cash rounding, void lines and returns.

## How it is drawn
- reportlab canvas (`invariant=1`), A4 / Letter invoices, 58 / 76 / 80 mm receipt rolls exactly as long as
  their content. Fonts: DejaVu Sans / Condensed / Mono / Serif and the standard Helvetica / Times / Courier.
- Every text run is checked to stay on the page and not overlap another run (`LayoutError` otherwise).
- Amounts are computed once with `Decimal` (ROUND_HALF_UP); the page and the JSON are printed from the same
  values; `truth()` asserts `amount + vat + tip + rounding == total` for every document.
- Kinds: born-digital PDF (text layer); `scan` = rendered with pypdfium2 at 150-300 dpi, grey or colour,
  blur, skew within +/-2 deg, noise, specks, thermal fading on receipts, two receipts downscaled to 650 px
  wide; three scans are wrapped as image-only PDFs (`kind: scan`, `.pdf`); `photo` = perspective onto a
  wood / desk / cloth texture, drop shadow, uneven light, a crease, JPEG quality 60-80, long side 1500-2300 px.
- Deterministic: every random choice (image effects, QR / barcode patterns) is seeded with CRC-32 of the
  document name; re-runs are byte-identical.

## Truth conventions
- `amount` = net before tax as printed (after discounts, including shipping / fees that are taxed);
  `vat` = sum of all taxes (CGST + SGST, GST + PST, state + county sales tax, all VAT rates);
  `null` only when no tax is printed. On tax-inclusive receipts that print a net column the net is keyed
  as printed; where no net is printed, `amount = total - vat`.
- `total` = the document's total including tax (and any tip / rounding line the page charges). When a
  deposit / prepayment / marketplace payment is deducted, the total is the invoice total, **not** the
  balance / "net à payer" / amount due. When a page prints a rounding line (Öresavrundning, Round Off,
  Zaokrouhlení, Rundung, cash rounding) the total is the rounded amount after that line and `rounding`
  closes the sum (`amount + vat + tip + rounding == total`). A tip line that the page charges is part of
  the total. Totals in a second currency, loyalty balances, "you saved", Skonto / early-pay amounts,
  suggested-tip amounts and cash tendered / change are never the total.
- Credit note (`i12`): printed with negative amounts and keyed negative (`document_type: credit_note`).
- `vendor_name` = the seller's legal name as printed, with its legal form. Where a brand / franchise /
  marketplace is printed as well, the vendor is the named operator / seller ("exploité par", "operated by",
  "drives av", "Verkauft von", "franchisenemer"), not the brand, platform or the customer.
- `invoice_number` = the document's own number (receipt / ticket / bill number for receipts); the
  reference of the original invoice on the credit note, OCR / variable symbol / structured communication,
  order, delivery and customer numbers are not it.
- `invoice_date` = the issue date (not order, delivery, tax point/DUZP, service or reprint date);
  `due_date` only when a due date is printed (null on receipts and where the page prints none).
- `line_items` = the rows of the item table as printed (`amount` is the line amount as printed: net on
  invoices, gross on tax-inclusive receipts, negative for returns / credit-note lines); shipping, fees,
  discounts and deposits printed in the totals block are not line items. `quantity` / `unit_price` as
  plain decimals.
- `locale` = language-country of the document; `currency` = ISO code of the document currency.
"""


def write_readme(out: Path, rows: list[dict]) -> None:
    from collections import Counter

    kinds = Counter((r["name"][0], r["spec"]) for r in rows)
    lines = [
        README_HEAD,
        "## Mix",
        "",
        "| | born-digital PDF | scan (PNG) | scan (image-only PDF) | photo (JPG) | total |",
        "|---|---|---|---|---|---|",
    ]
    for pre, lab in (("i", "invoices"), ("r", "receipts")):
        n = [kinds[(pre, k)] for k in ("pdf", "scan", "scanpdf", "photo")]
        lines.append(f"| {lab} | {n[0]} | {n[1]} | {n[2]} | {n[3]} | {sum(n)} |")
    n = [sum(kinds[(p, k)] for p in "ir") for k in ("pdf", "scan", "scanpdf", "photo")]
    lines.append(f"| all | {n[0]} | {n[1]} | {n[2]} | {n[3]} | {sum(n)} |")
    countries = sorted({r["country"] for r in rows})
    lines += [
        "",
        f"Countries ({len(countries)}): {', '.join(countries)}.",
        "",
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        t = r["t"]
        kind = (
            t["kind"]
            + (" (image-only PDF)" if r["spec"] == "scanpdf" else "")
            + (f", {r['pages']} pages" if r["pages"] > 1 else "")
        )
        lines.append(
            f"| {r['name']}{r['ext']} | {kind} | {r['country']} ({t['locale']}) | {t['document_type']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = sorted(REG)
    if a.only:
        names = [n for n in names if n == a.only]
        if not names:
            raise SystemExit(f"unknown document {a.only}")
    rows = [build(n, out) for n in names]
    for r in rows:
        print(
            f"{r['name']}{r['ext']:5} {r['kind']:6} {r['t']['total']:>10} {r['t']['currency']}  {r['t']['vendor_name']}"
        )
    if not a.only:
        write_readme(out, rows)


@reg("i03", "scan", "IT")
def i03(name, rng):
    d = Doc(name, *A4)
    V = "Officine Meccaniche Ferraris S.r.l."
    dt, due = date(2026, 3, 6), date(2026, 4, 30)
    items = [
        ("Flangia saldata DN100 PN16", "24", "18.40", "22"),
        ("Staffa zincata 80x40 rinforzata", "60", "6.35", "22"),
        ("Lavorazione CNC su disegno cliente (ore)", "12", "65.00", "22"),
        ("Bulloneria M16 classe 8.8 (conf. 50 pz)", "6", "21.90", "22"),
    ]
    c = calc(items)
    gross_goods = sum((ln[3] for ln in c["lines"]), D(0))
    disc = q(gross_goods * D("0.03"))
    ship = D("85.00")
    net = gross_goods - disc + ship
    iva = q(net * D("0.22"))
    tot = net + iva
    d.t(50, 60, "OFFICINE MECCANICHE", "Times-Bold", 15)
    d.t(50, 78, "FERRARIS S.r.l.", "Times-Bold", 15)
    d.line(50, 86, 250, 86, lw=1.2, col=(0.6, 0.1, 0.1))
    for i, s in enumerate(
        [
            "Via dei Mille 22 - 24126 Bergamo (BG)",
            "P.IVA e C.F. 03318250165 - REA BG-367721",
            "Cap. soc. EUR 100.000,00 i.v.",
            "Tel. 035 318877 - info@omferraris.it",
        ]
    ):
        d.t(50, 100 + i * 11, s, "Times-Roman", 8.5)
    d.rect(320, 50, 225, 100, stroke=(0, 0, 0), lw=0.6)
    d.t(328, 64, "Spett.le", "Times-Italic", 9)
    for i, (s, f) in enumerate(
        [
            ("CARPENTERIE LOMBARDE S.p.A.", "Times-Bold"),
            ("Via Industriale 140", "Times-Roman"),
            ("25030 Castel Mella (BS)", "Times-Roman"),
            ("P.IVA 02177440987", "Times-Roman"),
            ("Cod. destinatario SDI: M5UXCR1", "Times-Roman"),
            ("PEC: amministrazione@pec.carplombarde.it", "Times-Roman"),
        ]
    ):
        d.t(328, 79 + i * 12, s, f, 9.5 if i == 0 else 8.5)
    d.t(320, 166, "Destinazione merce:", "Times-Bold", 8.5)
    d.t(320, 178, "Cantiere Ponte Oglio - Impresa Rota Costruzioni S.r.l.", "Times-Roman", 8.5)
    d.t(320, 189, "SP 19 km 4,2 - 25030 Roccafranca (BS)", "Times-Roman", 8.5)
    d.t(50, 216, "FATTURA", "Times-Bold", 16)
    hdr = ["Numero", "Data", "Cod. cliente", "Vs. ordine", "DDT", "Pagamento"]
    vals = [
        "118/FE",
        fr_d(dt),
        "C-0912",
        "4500-772 del 12/02/2026",
        "n. 342 del 02/03/2026",
        "RiBa 30/04/2026",
    ]
    xs = [50, 102, 160, 222, 345, 455]
    d.rect(50, 226, 495, 30, stroke=(0, 0, 0), lw=0.5)
    for x, h_, v in zip(xs, hdr, vals, strict=False):
        d.t(x + 3, 237, h_, "Times-Bold", 7.5)
        d.t(x + 3, 250, v, "Times-Roman", 8.5)
    cols = [(53, "l"), (270, "l"), (345, "r"), (410, "r"), (460, "r"), (542, "r")]
    rows = [
        [ds, "pz" if "ore" not in ds else "h", qt, money(u, "it"), "22", money(a, "it")]
        for ds, qt, u, a, r in c["lines"]
    ]
    y = table(
        d,
        282,
        cols,
        ["Descrizione", "U.M.", "Quantità", "Prezzo unit.", "IVA %", "Importo"],
        rows,
        f="Times-Roman",
        fb="Times-Bold",
        sz=9,
        lh=16,
    )
    d.line(50, y - 8, 545, y - 8, lw=0.5)
    rows = [
        ("Totale merce e lavorazioni", money(gross_goods, "it"), False),
        ("Sconto 3 %", "-" + money(disc, "it"), False),
        ("Spese di trasporto", money(ship, "it"), False),
        ("Totale imponibile", money(net, "it"), False),
        ("IVA 22 %", money(iva, "it"), False),
        ("TOTALE FATTURA EUR", money(tot, "it"), True),
    ]
    y = totals(d, y + 10, 330, 542, rows, f="Times-Roman", fb="Times-Bold", sz=9.5, lh=15)
    d.t(
        50,
        y + 16,
        f"Scadenze: 30/04/2026 EUR {money(tot, 'it')} - Banca: UBI Intesa Sanpaolo, IBAN IT60 X054 2811 1010 0000 0123 456",
        "Times-Roman",
        8.5,
    )
    d.t(
        50,
        y + 29,
        "Documento emesso in formato elettronico e trasmesso tramite SDI; la presente copia non ha valore fiscale.",
        "Times-Italic",
        8,
    )
    d.t(297, 805, "Pag. 1/1 - Stampato il 09/03/2026", "Times-Roman", 7.5, "c")
    note = "Customer S.p.A. boxed top right with P.IVA and SDI code; destination is a third party building site; DDT and order dates, 'stampato il' print date; 3 % discount and shipping; RiBa due date inside the header grid."
    return d, truth(
        "118/FE",
        dt,
        due,
        V,
        net,
        iva,
        tot,
        "EUR",
        "it-IT",
        "invoice",
        "invoice",
        li(c["lines"]),
        note,
    )


@reg("i04", "photo", "ES")
def i04(name, rng):
    d = Doc(name, *A4)
    V = "Distribuciones Hosteleras del Levante, S.L."
    dt, due = date(2026, 2, 18), date(2026, 3, 20)
    items = [
        ("Agua mineral 1,5 L (caja 6 uds)", "40", "2.85", "10"),
        ("Café en grano natural 1 kg", "12", "14.20", "10"),
        ("Detergente lavavajillas 20 L", "3", "38.50", "21"),
        ("Servilletas 40x40 (paq. 100)", "25", "3.10", "21"),
    ]
    c0 = calc([*items, ("Portes", "1", "18.00", "21")])
    lines = c0["lines"][:-1]
    d.rect(0, 0, d.w, 92, fill=(0.05, 0.32, 0.42))
    d.t(50, 50, "dh", "Helvetica-BoldOblique", 34, col=(1, 1, 1))
    d.t(118, 40, "Distribuciones Hosteleras", "Helvetica-Bold", 12, col=(1, 1, 1))
    d.t(118, 55, "del Levante, S.L.", "Helvetica-Bold", 12, col=(1, 1, 1))
    d.t(
        118,
        72,
        "CIF B-96584120 · Pol. Ind. Fuente del Jarro, c/ Ciudad de Sevilla 31, 46988 Paterna (Valencia)",
        "Helvetica",
        7.5,
        col=(1, 1, 1),
    )
    d.t(545, 50, "FACTURA", "Helvetica-Bold", 20, "r", col=(1, 1, 1))
    d.t(50, 122, "CLIENTE", "Helvetica-Bold", 8, col=GREY)
    for i, s in enumerate(
        ["Restaurantes Albufera, S.A.", "CIF A-46221987", "Avda. del Puerto 212", "46023 Valencia"]
    ):
        d.t(50, 137 + i * 13, s, "Helvetica-Bold" if i == 0 else "Helvetica", 10.5 if i == 0 else 9)
    d.t(300, 122, "DIRECCIÓN DE ENTREGA", "Helvetica-Bold", 8, col=GREY)
    for i, s in enumerate(
        [
            "Restaurante La Barraca (Grupo Albufera)",
            "Camí del Palmar 4",
            "46012 El Palmar (Valencia)",
        ]
    ):
        d.t(300, 137 + i * 13, s, "Helvetica", 9)
    kv = [
        ("Nº factura", "FV26-00793"),
        ("Fecha factura", fr_d(dt)),
        ("Nº cliente", "4410"),
        ("Nº pedido", "23-0091"),
        ("Albarán", "ALB-2026-01877 (16/02/2026)"),
        ("Vencimiento", fr_d(due)),
        ("Forma de pago", "Transferencia 30 días"),
    ]
    for i, (k, v) in enumerate(kv):
        x = 50 if i < 4 else 300
        yy = 210 + (i % 4) * 14
        d.t(x, yy, k + ":", "Helvetica-Bold", 9)
        d.t(x + 85, yy, v, "Helvetica", 9)
    cols = [(50, "l"), (330, "r"), (400, "r"), (445, "r"), (545, "r")]
    rows = [[ds, qt, money(u, "it"), r + "%", money(a, "it")] for ds, qt, u, a, r in lines]
    y = table(
        d,
        290,
        cols,
        ["Descripción", "Cant.", "Precio", "IVA", "Importe €"],
        rows,
        sz=9,
        lh=16,
        fill=(0.85, 0.92, 0.94),
    )
    d.line(50, y - 8, 545, y - 8, lw=0.5)
    y += 10
    d.t(50, y, "Base imponible", "Helvetica-Bold", 8.5)
    d.t(150, y, "% IVA", "Helvetica-Bold", 8.5)
    d.t(240, y, "Cuota IVA", "Helvetica-Bold", 8.5, "r")
    for i, r in enumerate(["10", "21"]):
        d.t(50, y + 14 + i * 13, money(c0["bases"][r], "it"), "Helvetica", 8.5)
        d.t(150, y + 14 + i * 13, r + " %", "Helvetica", 8.5)
        d.t(240, y + 14 + i * 13, money(c0["vats"][r], "it"), "Helvetica", 8.5, "r")
    rows = [
        ("Suma productos", money(c0["net"] - D("18.00"), "it"), False),
        ("Portes", money(D("18.00"), "it"), False),
        ("Base imponible", money(c0["net"], "it"), False),
        ("Total IVA", money(c0["vat"], "it"), False),
        ("TOTAL FACTURA", money(c0["gross"], "it") + " €", True),
    ]
    y = totals(d, y, 350, 545, rows, sz=9.5, lh=15)
    d.t(
        50,
        y + 20,
        "Pago por transferencia a ES91 2100 0418 4502 0005 1332 (CaixaBank) indicando nº de factura.",
        "Helvetica",
        8.5,
    )
    d.t(
        50,
        y + 33,
        "Pedido mínimo para portes gratis: 300,00 €. Próximo reparto: 25/02/2026.",
        "Helvetica",
        8.5,
    )
    d.t(
        297,
        800,
        "Inscrita en el Registro Mercantil de Valencia, Tomo 8812, Folio 44, Hoja V-128441",
        "Helvetica",
        6.5,
        "c",
        col=GREY,
    )
    note = "Big dh wordmark on a colour band; customer S.A. with CIF and a delivery address of a group restaurant; IVA 10 % + 21 %, shipping in totals; albarán date, next-delivery date and free-shipping threshold as decoys."
    return d, truth(
        "FV26-00793",
        dt,
        due,
        V,
        c0["net"],
        c0["vat"],
        c0["gross"],
        "EUR",
        "es-ES",
        "invoice",
        "invoice",
        li(lines),
        note,
    )


@reg("i05", "pdf", "NL")
def i05(name, rng):
    d = Doc(name, *A4)
    V = "Van der Meer Installatietechniek B.V."
    dt, due = date(2026, 3, 16), date(2026, 4, 15)
    items = [
        ("Onderhoud koelinstallatie hal 3 (uren)", "14", "72.50", "21"),
        ("Koudemiddel R449A (kg)", "9.5", "38.00", "21"),
        ("Expansieventiel TEX2 vervangen", "2", "164.00", "21"),
        ("Vakboek 'Koeltechniek in de praktijk'", "1", "54.95", "9"),
    ]
    c = calc(items)
    # buyer's supplier-portal banner at the top of the page
    d.rect(0, 0, d.w, 58, fill=(0.0, 0.45, 0.35))
    logo_diamond(d, 40, 12, 34, (1, 1, 1))
    d.t(84, 30, "Koelhuis Westland B.V.", "Helvetica-Bold", 15, col=(1, 1, 1))
    d.t(
        84,
        45,
        "Leveranciersportaal · ingediende factuur · pagina 1/1",
        "Helvetica",
        8,
        col=(1, 1, 1),
    )
    d.t(555, 36, "Portaal-ID KW-SUP-0077-26-3391", "Helvetica", 8, "r", col=(1, 1, 1))
    d.t(40, 96, "Factuur van", "Helvetica", 8, col=GREY)
    d.t(40, 113, "Van der Meer Installatietechniek B.V.", "Helvetica-Bold", 12)
    for i, s in enumerate(
        [
            "Industrieweg 17, 2671 DN Naaldwijk",
            "KvK 27184410 · BTW NL8564.31.902.B01",
            "IBAN NL44 RABO 0317 4482 19",
        ]
    ):
        d.t(40, 127 + i * 11, s, "Helvetica", 8.5)
    d.t(320, 96, "Factuur aan", "Helvetica", 8, col=GREY)
    d.t(320, 113, "Koelhuis Westland B.V.", "Helvetica-Bold", 12)
    for i, s in enumerate(
        [
            "t.a.v. Crediteurenadministratie",
            "Postbus 1102, 2670 BC Naaldwijk",
            "KvK 27099812 · BTW NL8122.07.441.B01",
            "GLN 8712345000172",
        ]
    ):
        d.t(320, 127 + i * 11, s, "Helvetica", 8.5)
    d.line(40, 186, 555, 186, lw=0.4)
    kv = [
        ("Factuurnummer", "2026-0311"),
        ("Factuurdatum", dt.strftime("%d-%m-%Y")),
        ("Vervaldatum", due.strftime("%d-%m-%Y")),
        ("Debiteurnummer", "10293"),
        ("Inkoopordernr. (PO)", "PO-88123"),
        ("Offertenummer", "OF-2026-044"),
        ("Werkbon", "WB-5521 d.d. 11-03-2026"),
        ("Contractnr.", "SLA-KW-2024-03"),
    ]
    for i, (k, v) in enumerate(kv):
        x = 40 if i % 2 == 0 else 320
        yy = 204 + (i // 2) * 14
        d.t(x, yy, k, "Helvetica", 8.5, col=GREY)
        d.t(x + 100, yy, v, "Helvetica-Bold" if k == "Factuurnummer" else "Helvetica", 8.5)
    cols = [(40, "l"), (330, "r"), (400, "r"), (450, "r"), (555, "r")]
    rows = [
        [ds, qt.replace(".", ","), "€ " + money(u, "de"), r + "%", "€ " + money(a, "de")]
        for ds, qt, u, a, r in c["lines"]
    ]
    y = table(
        d,
        278,
        cols,
        ["Omschrijving", "Aantal", "Prijs", "BTW", "Bedrag"],
        rows,
        sz=9,
        lh=17,
        rule=True,
    )
    d.line(40, y - 10, 555, y - 10, lw=0.4)
    rows = [
        ("Subtotaal excl. BTW", "€ " + money(c["net"], "de"), False),
        (
            f"BTW 21% over € {money(c['bases']['21'], 'de')}",
            "€ " + money(c["vats"]["21"], "de"),
            False,
        ),
        (
            f"BTW 9% over € {money(c['bases']['9'], 'de')}",
            "€ " + money(c["vats"]["9"], "de"),
            False,
        ),
        ("Totaal incl. BTW", "€ " + money(c["gross"], "de"), True),
    ]
    y = totals(d, y + 6, 320, 555, rows, sz=9.5, lh=15)
    d.rect(40, y + 6, 515, 44, fill=(0.94, 0.97, 0.96))
    d.t(
        50,
        y + 22,
        f"Wij verzoeken u het totaalbedrag vóór {due.strftime('%d-%m-%Y')} over te maken o.v.v. factuurnummer 2026-0311.",
        "Helvetica",
        8.5,
    )
    d.t(
        50,
        y + 36,
        "Portaalstatus: ontvangen 17-03-2026 · goedgekeurd door inkoper: nee · gepland betaaldatum: n.v.t.",
        "Helvetica",
        8.5,
        col=GREY,
    )
    d.t(
        297,
        812,
        "Dit document is gegenereerd door het leveranciersportaal van Koelhuis Westland B.V.",
        "Helvetica",
        6.5,
        "c",
        col=GREY,
    )
    note = "Buyer's supplier-portal banner with the buyer's logo and name on top (buyer is not the vendor); portal id, PO, quote, work order, contract, GLN; portal received date; BTW 21 % + 9 %."
    return d, truth(
        "2026-0311",
        dt,
        due,
        V,
        c["net"],
        c["vat"],
        c["gross"],
        "EUR",
        "nl-NL",
        "invoice",
        "invoice",
        li(c["lines"]),
        note,
    )


@reg("i06", "scanpdf", "CH")
def i06(name, rng):
    d = Doc(name, *A4)
    V = "Bergmann Elektro AG"
    dt, due = date(2026, 3, 10), date(2026, 4, 9)
    items = [
        ("Elektroinstallation Küche, Monteur (Std.)", "18.5", "118.00", "8.1"),
        ("Lehrling (Std.)", "12", "62.00", "8.1"),
        ("FI/LS-Schalter 1P+N 13A", "6", "84.30", "8.1"),
        ("Kabel und Kleinmaterial (pauschal)", "1", "187.45", "8.1"),
        ("Wegpauschale", "3", "38.00", "8.1"),
    ]
    c = calc(items)
    gross = c["gross"]
    tot = (gross / D("0.05")).quantize(D(1), ROUND_HALF_UP) * D("0.05")
    rnd = tot - gross
    eur = q(tot * D("1.0627"))
    d.t(50, 62, "BERGMANN", "Helvetica-Bold", 22, col=(0.8, 0.1, 0.1))
    d.poly(
        [(212, 42), (222, 42), (214, 56), (224, 56), (206, 78), (212, 60), (202, 60)],
        fill=(0.95, 0.75, 0.0),
    )
    d.t(50, 76, "Elektro AG · Tösstalstrasse 63 · 8400 Winterthur · 052 212 44 10", "Helvetica", 8)
    d.t(50, 124, "Immobilien Seeblick GmbH", "Helvetica-Bold", 10.5)
    for i, s in enumerate(
        ["Liegenschaftsverwaltung", "Frau S. Meier", "Bahnhofstrasse 12", "8810 Horgen"]
    ):
        d.t(50, 138 + i * 12.5, s, "Helvetica", 9.5)
    kv = [
        ("Datum", de_d(dt)),
        ("Kunden-Nr.", "3301"),
        ("Auftrag", "A-5521"),
        ("Ihre Referenz", "Whg. 3.2 / Meier"),
        ("MWST-Nr.", "CHE-114.882.051 MWST"),
    ]
    for i, (k, v) in enumerate(kv):
        d.t(360, 124 + i * 12.5, k, "Helvetica", 8.5)
        d.t(545, 124 + i * 12.5, v, "Helvetica", 8.5, "r")
    d.t(50, 222, "Rechnung", "Helvetica-Bold", 15)
    d.t(125, 222, "Nr. 26-1044", "Helvetica", 7.5)
    d.t(
        50,
        238,
        "Objekt: MFH Seestrasse 41, 8802 Kilchberg, Wohnung 3.2 (Mieter: Fam. Keller) · Ausführung 23.02.-27.02.2026",
        "Helvetica",
        8.5,
    )
    cols = [(50, "l"), (360, "r"), (440, "r"), (545, "r")]
    rows = [[ds, qt, money(u, "ch"), money(a, "ch")] for ds, qt, u, a, r in c["lines"]]
    y = table(d, 266, cols, ["Bezeichnung", "Menge", "Ansatz CHF", "Betrag CHF"], rows, sz=9, lh=15)
    d.line(50, y - 8, 545, y - 8, lw=0.5)
    rows = [
        ("Total exkl. MWST", money(c["net"], "ch"), False),
        ("MWST 8.1 %", money(c["vat"], "ch"), False),
        ("Rundungsdifferenz", money(rnd, "ch"), False),
        ("Total CHF", money(tot, "ch"), True),
        ("entspricht EUR (Kurs 1.0627, nur zur Information)", money(eur, "ch"), False),
    ]
    y = totals(d, y + 8, 300, 545, rows, sz=9, lh=14)
    d.t(
        50,
        y + 8,
        f"Zahlbar innert 30 Tagen netto, bis {de_d(due)}. Besten Dank für Ihren Auftrag.",
        "Helvetica",
        9,
    )
    # QR bill part
    d.line(0, 560, d.w, 560, lw=0.5, dash=(3, 3))
    d.line(175, 560, 175, d.h, lw=0.5, dash=(3, 3))
    d.t(15, 580, "Empfangsschein", "Helvetica-Bold", 11)
    for i, s in enumerate(
        [
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Bergmann Elektro AG",
            "Tösstalstrasse 63",
            "8400 Winterthur",
            "",
            "Referenz",
            "21 00000 00003 13947 14300 09017",
            "",
            "Zahlbar durch",
            "Immobilien Seeblick GmbH",
            "Bahnhofstrasse 12, 8810 Horgen",
        ]
    ):
        if s:
            d.t(
                15,
                598 + i * 11,
                s,
                "Helvetica-Bold"
                if s in ("Konto / Zahlbar an", "Referenz", "Zahlbar durch")
                else "Helvetica",
                7,
            )
    d.t(15, 745, "Währung   Betrag", "Helvetica-Bold", 7)
    d.t(15, 757, "CHF        " + money(tot, "ch").replace("'", " "), "Helvetica", 8)
    d.t(190, 580, "Zahlteil", "Helvetica-Bold", 11)
    d.qr(190, 595, 130)
    d.t(190, 745, "Währung   Betrag", "Helvetica-Bold", 7)
    d.t(190, 757, "CHF        " + money(tot, "ch").replace("'", " "), "Helvetica", 8)
    for i, s in enumerate(
        [
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Bergmann Elektro AG",
            "8400 Winterthur",
            "Referenz",
            "21 00000 00003 13947 14300 09017",
            "Zusätzliche Informationen",
            "Rechnung 26-1044 / Auftrag A-5521",
        ]
    ):
        d.t(340, 590 + i * 12, s, "Helvetica-Bold" if i in (0, 4, 6) else "Helvetica", 7.5)
    note = "Invoice number only in 7.5 pt next to the title; customer GmbH, tenant and object address; QR payment slip repeats the amount and a long reference number; 5-Rappen rounding line; EUR equivalent for information; image-only PDF."
    return d, truth(
        "26-1044",
        dt,
        due,
        V,
        c["net"],
        c["vat"],
        tot,
        "CHF",
        "de-CH",
        "invoice",
        "invoice",
        li(c["lines"]),
        note,
        rounding=rnd,
    )


@reg("i07", "photo", "PL")
def i07(name, rng):
    d = Doc(name, *A4)
    V = "Hydro-Tech Instalacje Sp. z o.o."
    dt, sale, due = date(2026, 3, 17), date(2026, 3, 13), date(2026, 3, 31)
    items = [
        ("Wymiana pionu wodnego - robocizna", "1", "3400.00", "23"),
        ("Rura PEX 25 mm (mb)", "120", "9.80", "23"),
        ('Zawór kulowy 1" z dławikiem', "14", "46.50", "23"),
        ("Przegląd instalacji c.o. w lokalu mieszkalnym", "1", "600.00", "8"),
    ]
    c = calc(items)
    d.t(297, 50, "Faktura VAT nr FV/2026/03/0412", "DVB", 14, "c")
    d.t(297, 66, "ORYGINAŁ", "DV", 8, "c")
    kv = [
        ("Data wystawienia:", dt.isoformat()),
        ("Data sprzedaży:", sale.isoformat()),
        ("Miejsce wystawienia:", "Poznań"),
    ]
    for i, (k, v) in enumerate(kv):
        d.t(400, 90 + i * 12, k, "DV", 8)
        d.t(555, 90 + i * 12, v, "DV", 8, "r")
    d.t(40, 150, "Sprzedawca", "DVB", 9)
    d.t(210, 150, "Nabywca", "DVB", 9)
    d.t(395, 150, "Odbiorca", "DVB", 9)
    d.line(40, 155, 555, 155, lw=0.5)
    blocks = [
        (
            40,
            [
                "Hydro-Tech Instalacje Sp. z o.o.",
                "ul. Garbary 48",
                "61-758 Poznań",
                "NIP 7822914471",
                "BDO 000118273",
            ],
        ),
        (
            210,
            [
                "Centrum Handlowe Warta S.A.",
                "ul. Królowej Jadwigi 51",
                "61-872 Poznań",
                "NIP 7831776602",
                "Nr klienta: K/0981",
            ],
        ),
        (
            395,
            [
                "Warta Facility Services",
                "Sp. z o.o.",
                "ul. Dolna Wilda 87",
                "61-501 Poznań",
                "NIP 7792219035",
            ],
        ),
    ]
    for x, ls in blocks:
        for i, s in enumerate(ls):
            d.t(x, 170 + i * 12, s, "DVB" if i == 0 else "DV", 8.5)
    d.t(
        40,
        246,
        "Zamówienie: ZAM/2211/2026 z 02.03.2026 · Protokół odbioru PO-17/03 · Umowa serwisowa 14/2025",
        "DV",
        8,
    )
    cols = [
        (40, "l"),
        (60, "l"),
        (300, "r"),
        (345, "r"),
        (410, "r"),
        (445, "r"),
        (500, "r"),
        (555, "r"),
    ]
    rows = []
    for i, (ds, qt, u, a, r) in enumerate(c["lines"]):
        v = q(a * D(r) / 100)
        rows.append(
            [
                str(i + 1),
                ds,
                qt,
                "usł." if "robocizna" in ds or "Przegląd" in ds else "szt.",
                money(u, "fr"),
                r + "%",
                money(v, "fr"),
                money(a + v, "fr"),
            ]
        )
    y = table(
        d,
        270,
        cols,
        [
            "Lp.",
            "Nazwa towaru / usługi",
            "Ilość",
            "J.m.",
            "Cena netto",
            "VAT",
            "Kwota VAT",
            "Brutto",
        ],
        rows,
        f="DV",
        fb="DVB",
        sz=7.5,
        lh=14,
        fill=LGREY,
    )
    d.t(300, y + 4, "Stawka", "DVB", 8)
    d.t(410, y + 4, "Netto", "DVB", 8, "r")
    d.t(480, y + 4, "VAT", "DVB", 8, "r")
    d.t(555, y + 4, "Brutto", "DVB", 8, "r")
    yy = y + 17
    for r in ("23", "8"):
        d.t(300, yy, r + "%", "DV", 8)
        d.t(410, yy, money(c["bases"][r], "fr"), "DV", 8, "r")
        d.t(480, yy, money(c["vats"][r], "fr"), "DV", 8, "r")
        d.t(555, yy, money(c["bases"][r] + c["vats"][r], "fr"), "DV", 8, "r")
        yy += 12
    d.t(300, yy, "Razem", "DVB", 8)
    d.t(410, yy, money(c["net"], "fr"), "DVB", 8, "r")
    d.t(480, yy, money(c["vat"], "fr"), "DVB", 8, "r")
    d.t(555, yy, money(c["gross"], "fr"), "DVB", 8, "r")
    yy += 30
    d.t(40, yy, f"Do zapłaty: {money(c['gross'], 'fr')} PLN", "DVB", 12)
    d.t(40, yy + 16, "Słownie: siedem tysięcy siedemdziesiąt siedem złotych 21/100", "DV", 8.5)
    d.t(
        40,
        yy + 30,
        f"Zapłacono: 0,00 PLN    Pozostało do zapłaty: {money(c['gross'], 'fr')} PLN",
        "DV",
        8.5,
    )
    d.t(
        40,
        yy + 44,
        f"Sposób płatności: przelew · Termin płatności: {due.isoformat()} (14 dni)",
        "DV",
        8.5,
    )
    d.t(40, yy + 58, "Konto: mBank 61 1140 2004 0000 3102 7918 3311", "DV", 8.5)
    d.line(60, yy + 125, 220, yy + 125, lw=0.4)
    d.line(375, yy + 125, 535, yy + 125, lw=0.4)
    d.t(140, yy + 136, "Osoba upoważniona do odbioru", "DV", 7, "c")
    d.t(455, yy + 136, "Osoba upoważniona do wystawienia", "DV", 7, "c")
    note = "Three party blocks side by side (Sprzedawca / Nabywca S.A. / Odbiorca Sp. z o.o.), all with NIP; sale date before issue date; VAT 23 % + 8 %; per-line gross column; amount in words; order, protocol and contract numbers."
    return d, truth(
        "FV/2026/03/0412",
        dt,
        due,
        V,
        c["net"],
        c["vat"],
        c["gross"],
        "PLN",
        "pl-PL",
        "invoice",
        "invoice",
        li(c["lines"]),
        note,
    )


@reg("i08", "pdf", "GB")
def i08(name, rng):
    d = Doc(name, *A4)
    V = "Pennine Office Supplies Ltd"
    dt, due = date(2026, 4, 14), date(2026, 5, 14)
    prods = [
        ("A4 copier paper 80gsm, box 5 reams", "12", "21.95"),
        ("Lever arch files, pack 10", "6", "18.40"),
        ("Toner HP 59A black", "4", "96.80"),
        ("Ballpoint pens blue, box 50", "5", "7.25"),
        ("Sticky notes 76x76, pack 12", "10", "5.60"),
        ("Archive boxes, pack 10", "8", "16.90"),
        ("Desk organiser mesh", "3", "12.50"),
        ("Whiteboard markers, pack 4", "9", "4.35"),
        ("Shredder bags, roll 20", "2", "9.99"),
        ("Laminating pouches A4, pack 100", "3", "11.20"),
        ("Envelopes DL window, box 500", "4", "14.75"),
        ("Staples 26/6, box 5000", "6", "1.85"),
        ("Hole punch heavy duty", "2", "24.60"),
        ("Sticky tape 19mm, pack 8", "5", "3.95"),
        ("Document wallets A4, pack 50", "4", "13.30"),
        ("USB-C hub 7-port", "2", "34.99"),
        ("Monitor stand adjustable", "2", "42.00"),
        ("Cable ties, bag 100", "3", "2.75"),
        ("Printer paper A3 80gsm, ream", "4", "9.60"),
        ("Coffee pods, box 100", "3", "27.50"),
    ]
    items = [(a, b, cc, "20") for a, b, cc in prods] + [
        ("Practical Law Handbook 2026 (zero-rated)", "2", "45.00", "0"),
        ("Legal diary 2026/27 (zero-rated)", "3", "0.00", "0"),
    ]
    items = items[:-1]
    c = calc([*items, ("Delivery", "1", "9.50", "20")])
    lines = c["lines"][:-1]

    def head(pg):
        d.t(40, 50, "PENNINE", "Times-Bold", 26, col=(0.15, 0.2, 0.45))
        d.t(40, 64, "OFFICE SUPPLIES", "Times-Roman", 10, col=(0.15, 0.2, 0.45))
        d.t(555, 44, "INVOICE", "Times-Bold", 16, "r")
        d.t(555, 58, "Invoice No. 104877", "Times-Roman", 8, "r")
        d.t(555, 70, f"Page {pg} of 2", "Times-Roman", 8, "r")

    head(1)
    d.t(
        40,
        100,
        "Unit 4, Calder Park, Wakefield Road, Leeds LS10 1RT · 0113 496 0021 · accounts@pennineoffice.co.uk",
        "Times-Roman",
        8,
    )
    d.t(40, 130, "INVOICE TO", "Times-Bold", 8)
    for i, s in enumerate(
        [
            "Harcourt & Webb Solicitors LLP",
            "Accounts Payable",
            "14 King Street",
            "Manchester M2 4LQ",
            "VAT Reg. GB 311 4482 07",
        ]
    ):
        d.t(40, 144 + i * 12, s, "Times-Bold" if i == 0 else "Times-Roman", 10 if i == 0 else 9)
    d.t(230, 130, "DELIVER TO", "Times-Bold", 8)
    for i, s in enumerate(
        [
            "Harcourt & Webb - Floor 3",
            "c/o Bridgewater House Reception",
            "58 Whitworth Street",
            "Manchester M1 6LT",
        ]
    ):
        d.t(230, 144 + i * 12, s, "Times-Roman", 9)
    kv = [
        ("Invoice date / tax point", dt.strftime("%d/%m/%Y")),
        ("Account no.", "HW0042"),
        ("Your order no.", "7781-HW"),
        ("Order date", "07/04/2026"),
        ("Delivery note", "DN 55120"),
        ("Despatched", "09/04/2026"),
        ("Due date", due.strftime("%d/%m/%Y")),
    ]
    for i, (k, v) in enumerate(kv):
        d.t(405, 130 + i * 12, k, "Times-Roman", 8.5)
        d.t(555, 130 + i * 12, v, "Times-Roman", 8.5, "r")
    cols = [(40, "l"), (330, "r"), (400, "r"), (440, "r"), (555, "r")]
    hdr = ["Description", "Qty", "Unit price", "VAT", "Net amount"]
    rows = [[ds, qt, money(u), r + "%", money(a)] for ds, qt, u, a, r in lines]
    y = table(
        d,
        240,
        cols,
        hdr,
        rows[:18],
        f="Times-Roman",
        fb="Times-Bold",
        sz=9,
        lh=15,
        fill=(0.88, 0.9, 0.96),
    )
    d.t(555, y + 6, "continued overleaf ...", "Times-Italic", 8, "r")
    d.t(
        297,
        815,
        "Pennine Office Supplies Ltd · Registered in England & Wales No. 04417725 · VAT Reg. GB 774 1920 36",
        "Times-Roman",
        7,
        "c",
        col=GREY,
    )
    d.newpage()
    head(2)
    y = table(
        d,
        110,
        cols,
        hdr,
        rows[18:],
        f="Times-Roman",
        fb="Times-Bold",
        sz=9,
        lh=15,
        fill=(0.88, 0.9, 0.96),
    )
    d.line(40, y - 8, 555, y - 8, lw=0.5)
    rows2 = [
        ("Goods total (net)", money(c["net"] - D("9.50")), False),
        ("Delivery", money(D("9.50")), False),
        ("Total net", money(c["net"]), False),
        ("VAT @ 20% on " + money(c["bases"]["20"]), money(c["vats"]["20"]), False),
        ("VAT @ 0% on " + money(c["bases"]["0"]), money(c["vats"]["0"]), False),
        ("INVOICE TOTAL £", money(c["gross"]), True),
    ]
    y = totals(d, y + 8, 340, 555, rows2, f="Times-Roman", fb="Times-Bold", sz=9.5, lh=15)
    y += 20
    d.rect(40, y, 260, 86, stroke=(0.3, 0.3, 0.3))
    d.t(48, y + 14, "ACCOUNT SUMMARY (HW0042)", "Times-Bold", 8.5)
    prev = D("1204.50")
    for i, (k, v) in enumerate(
        [
            ("Previous balance", money(prev)),
            ("Payment received 31/03/2026", "-" + money(prev)),
            ("This invoice", money(c["gross"])),
            ("Balance now due", money(c["gross"])),
        ]
    ):
        d.t(48, y + 30 + i * 13, k, "Times-Roman", 8.5)
        d.t(292, y + 30 + i * 13, v, "Times-Roman", 8.5, "r")
    d.t(320, y + 14, "Please pay by BACS within 30 days:", "Times-Roman", 8.5)
    for i, s in enumerate(
        ["Barclays Bank, Leeds City", "Sort code 20-43-71", "Account 60448912", "Reference: HW0042"]
    ):
        d.t(320, y + 28 + i * 12, s, "Times-Roman", 8.5)
    d.t(
        297,
        815,
        "Pennine Office Supplies Ltd · Registered in England & Wales No. 04417725 · VAT Reg. GB 774 1920 36",
        "Times-Roman",
        7,
        "c",
        col=GREY,
    )
    note = "Two pages, totals only on page 2; invoice no. in 8 pt under the title; customer LLP with its own VAT number, separate deliver-to address; account summary with previous balance and payment; VAT 20 % + 0 %; delivery in totals."
    return d, truth(
        "104877",
        dt,
        due,
        V,
        c["net"],
        c["vat"],
        c["gross"],
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        li(lines),
        note,
    )


@reg("i09", "scan", "US")
def i09(name, rng):
    d = Doc(name, *letter)
    V = "Great Plains Ag Supply, Inc."
    dt, due = date(2026, 3, 3), date(2026, 4, 2)
    items = [
        ("Net wrap 48\" x 9000' (roll)", "6", "289.00"),
        ('Hydraulic hose assy 1/2" x 72"', "4", "46.75"),
        ("Grease cartridges 14 oz (case 40)", "3", "118.40"),
        ("PTO shaft shear bolts (pk 10)", "5", "12.95"),
        ('Bale spear 49" Euro mount', "1", "415.00"),
    ]
    c = calc([(a, b, cc, "0") for a, b, cc in items])
    sub = c["net"]
    disc = q(sub * D("0.02"))
    freight = D("65.00")
    taxable = sub - disc
    st = q(taxable * D("0.065"))
    co = q(taxable * D("0.015"))
    net = taxable + freight
    tot = net + st + co
    early = q(tot * D("0.99"))
    W = d.w
    d.rect(36, 36, 40, 40, fill=(0.2, 0.45, 0.15))
    d.poly([(40, 72), (56, 44), (72, 72)], fill=(0.95, 0.8, 0.2))
    d.t(86, 56, "Great Plains Ag Supply, Inc.", "Helvetica-Bold", 15)
    d.t(
        86,
        70,
        "2210 N. Ninth St · Salina, KS 67401 · (785) 555-0148 · greatplainsag.com",
        "Helvetica",
        8,
    )
    d.t(W - 36, 52, "INVOICE", "Helvetica-Bold", 20, "r")
    d.t(W - 36, 64, "No. 0087713", "Helvetica", 7, "r")
    d.rect(36, 100, 260, 82, stroke=(0, 0, 0), lw=0.6)
    d.rect(316, 100, 260, 82, stroke=(0, 0, 0), lw=0.6)
    d.t(44, 112, "BILL TO", "Helvetica-Bold", 8)
    d.t(324, 112, "SHIP TO", "Helvetica-Bold", 8)
    for i, s in enumerate(
        [
            "Prairie Wind Farms LLC",
            "Attn: Accounts Payable",
            "1877 Old Highway 40",
            "Abilene, KS 67410",
            "Customer # PW-0219",
        ]
    ):
        d.t(44, 126 + i * 12, s, "Helvetica-Bold" if i == 0 else "Helvetica", 9)
    for i, s in enumerate(
        [
            "Prairie Wind Farms LLC - North Elevator",
            "c/o Hadley Grain Co.",
            "400 Rail Spur Rd",
            "Solomon, KS 67480",
        ]
    ):
        d.t(324, 126 + i * 12, s, "Helvetica", 9)
    hdr = [
        "Invoice Date",
        "Sales Order",
        "Customer PO",
        "Ship Date",
        "Ship Via",
        "BOL",
        "Terms",
        "Due Date",
    ]
    vals = [
        us_d(dt),
        "SO-44120",
        "2026-118",
        "02/27/2026",
        "Own truck",
        "7781-2",
        "Net 30",
        us_d(due),
    ]
    xs = [36, 106, 170, 236, 296, 360, 420, 490]
    d.rect(36, 196, 540, 30, fill=LGREY)
    for x, h_, v in zip(xs, hdr, vals, strict=False):
        d.t(x + 4, 207, h_, "Helvetica-Bold", 7.5)
        d.t(x + 4, 220, v, "Helvetica", 8.5)
    cols = [(40, "l"), (120, "l"), (400, "r"), (480, "r"), (572, "r")]
    codes = ["NW-48", "HH-1272", "GR-14C", "SB-10", "BS-49E"]
    rows = [
        [codes[i], ds, qt, money(u), money(a)] for i, (ds, qt, u, a, r) in enumerate(c["lines"])
    ]
    y = table(
        d, 250, cols, ["Item", "Description", "Qty", "Unit Price", "Amount"], rows, sz=9, lh=16
    )
    d.line(36, y - 8, 576, y - 8, lw=0.5)
    rows = [
        ("Subtotal", money(sub), False),
        ("Spring promo discount 2%", "-" + money(disc), False),
        ("Freight (non-taxable)", money(freight), False),
        ("Kansas state sales tax 6.5%", money(st), False),
        ("Saline County tax 1.5%", money(co), False),
        ("TOTAL DUE  USD", "$" + money(tot), True),
    ]
    y = totals(d, y + 8, 370, 572, rows, sz=9, lh=15)
    d.t(
        40,
        y + 12,
        f"Early-pay discount: pay ${money(early)} if received by 03/13/2026 (1%). Past-due balances accrue 1.5% per month.",
        "Helvetica",
        8.5,
    )
    d.t(
        40,
        y + 26,
        "Previous balance on account PW-0219 as of 02/28/2026: $1,186.40 (see separate statement).",
        "Helvetica",
        8.5,
    )
    d.t(
        W / 2,
        760,
        "Remit to: Great Plains Ag Supply, Inc., PO Box 1120, Salina, KS 67402 · Kansas tax reg. 004-48-1129717F-01",
        "Helvetica",
        7,
        "c",
        col=GREY,
    )
    note = "Invoice no. in 7 pt under the title; Bill-to LLC vs ship-to c/o grain company; header grid with sales order, PO, BOL, ship date and due date; subtotal before discount, non-taxable freight, state + county sales tax (vat = sum); early-pay amount and previous balance as decoys."
    return d, truth(
        "0087713",
        dt,
        due,
        V,
        net,
        st + co,
        tot,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        li(c["lines"]),
        note,
    )


@reg("i10", "pdf", "SE")
def i10(name, rng):
    d = Doc(name, *A4)
    V = "Norrlands Trävaror AB"
    dt, due = date(2026, 3, 9), date(2026, 4, 8)
    items = [
        ("Konstruktionsvirke C24 45x170 (lpm)", "420", "38.90", "25"),
        ("Råspont 22x95 furu (m²)", "86", "119.00", "25"),
        ("Plywood 12 mm 1220x2440", "24", "412.50", "25"),
        ("Skruv trall 4,2x55 (ask 700 st)", "8", "289.00", "25"),
        ("Frakt kranbil", "1", "1450.00", "25"),
        ("Fakturaavgift", "1", "49.00", "25"),
    ]
    c = calc(items)
    lines = c["lines"][:-2]
    gross = c["gross"]
    tot = gross.quantize(D(1), ROUND_HALF_UP)
    rnd = tot - gross
    d.t(45, 60, "NORRLANDS", "DVSB", 20, col=(0.1, 0.35, 0.2))
    d.t(45, 76, "TRÄVAROR AB", "DVS", 11, col=(0.1, 0.35, 0.2))
    logo_circle(d, 230, 58, 16, (0.1, 0.35, 0.2), "N", "DVSB")
    d.t(550, 50, "FAKTURA", "DVB", 16, "r")
    kv = [
        ("Fakturadatum", dt.isoformat()),
        ("Förfallodatum", due.isoformat()),
        ("Kundnr", "5520"),
        ("Ordernr", "33810"),
        ("Följesedel", "88-2291"),
        ("Leveransdatum", "2026-03-04"),
        ("Er referens", "Anna Ekström"),
        ("Vår referens", "Jonas Berg"),
    ]
    for i, (k, v) in enumerate(kv):
        d.t(330, 80 + i * 12, k, "DV", 8)
        d.t(550, 80 + i * 12, v, "DV", 8, "r")
    d.t(45, 120, "Byggfirman Ekström & Dotter AB", "DVB", 10.5)
    for i, s in enumerate(["Box 402", "901 09 Umeå", "Org.nr 556901-4482"]):
        d.t(45, 134 + i * 12, s, "DV", 9)
    d.t(
        45,
        190,
        "Leveransadress: Arbetsplats Kv. Sjöbjörnen 4, Strandgatan 10, Umeå (NCC-projekt 4471)",
        "DV",
        8.5,
    )
    d.t(45, 203, "Fakturanr 260144", "DV", 7)
    cols = [(45, "l"), (340, "r"), (420, "r"), (550, "r")]
    rows = [[ds, qt, money(u, "fr"), money(a, "fr")] for ds, qt, u, a, r in lines]
    y = table(
        d,
        230,
        cols,
        ["Benämning", "Antal", "À-pris", "Belopp"],
        rows,
        f="DV",
        fb="DVB",
        sz=8.5,
        lh=15,
    )
    d.line(45, y - 8, 550, y - 8, lw=0.5)
    rows = [
        ("Varor", money(sum((ln[3] for ln in lines), D(0)), "fr"), False),
        ("Frakt", money(D("1450.00"), "fr"), False),
        ("Fakturaavgift", money(D("49.00"), "fr"), False),
        ("Summa exkl. moms", money(c["net"], "fr"), False),
        ("Moms 25 %", money(c["vat"], "fr"), False),
        ("Summa", money(gross, "fr"), False),
        ("Öresavrundning", money(rnd, "fr"), False),
        ("Att betala SEK", money(tot, "fr"), True),
    ]
    y = totals(d, y + 8, 340, 550, rows, f="DV", fb="DVB", sz=9, lh=14)
    d.rect(45, y + 8, 505, 46, stroke=(0.1, 0.35, 0.2), lw=0.8)
    d.t(55, y + 24, "Bankgiro 5123-4471", "DVB", 9)
    d.t(200, y + 24, "OCR-nummer 2601448", "DVB", 9)
    d.t(370, y + 24, f"Förfallodag {due.isoformat()}", "DVB", 9)
    d.t(
        55,
        y + 40,
        "Vid betalning efter förfallodagen debiteras dröjsmålsränta enligt räntelagen (ref. + 8 %).",
        "DV",
        8,
    )
    for i, s in enumerate(
        [
            "Norrlands Trävaror AB · Järnvägsgatan 2 · 903 27 Umeå · 090-14 22 00",
            "Org.nr 556712-3390 · Momsreg.nr SE556712339001 · Godkänd för F-skatt · Styrelsens säte: Umeå",
        ]
    ):
        d.t(297, 800 + i * 10, s, "DV", 7, "c", col=GREY)
    note = "Invoice number only in 7 pt; OCR reference 2601448 looks like it; customer AB with org.nr; site delivery address; freight and invoice fee in totals; öresavrundning to whole kronor (total = Att betala, rounding closes the sum)."
    return d, truth(
        "260144",
        dt,
        due,
        V,
        c["net"],
        c["vat"],
        tot,
        "SEK",
        "sv-SE",
        "invoice",
        "invoice",
        li(lines),
        note,
        rounding=rnd,
    )


@reg("i11", "photo", "AT")
def i11(name, rng):
    d = Doc(name, *A4)
    V = "Alpenholz Tischlerei Gruber GmbH"
    dt = date(2026, 2, 24)
    items = [
        ("Bistrotisch Eiche massiv 70x70", "6", "329.00", "20"),
        ("Sitzbank Eiche gepolstert 180 cm", "2", "748.00", "20"),
        ("Montageset Wandbefestigung", "2", "24.90", "20"),
    ]
    c0 = calc([*items, ("Speditionsversand", "1", "89.00", "20")])
    lines = c0["lines"][:-1]
    d.rect(0, 0, d.w, 70, fill=(0.93, 0.93, 0.93))
    d.circle(58, 35, 16, fill=(0.9, 0.35, 0.1))
    d.t(82, 42, "handwerk.at", "Helvetica-Bold", 20, col=(0.9, 0.35, 0.1))
    d.t(555, 32, "Marktplatz für österreichisches Handwerk", "Helvetica", 8, "r")
    d.t(555, 44, "betrieben von Craftline Digital GmbH, 1070 Wien", "Helvetica", 8, "r")
    d.t(45, 110, "Rechnung", "Helvetica-Bold", 18)
    d.t(45, 124, "im Namen und auf Rechnung des Verkäufers", "Helvetica", 8.5, col=GREY)
    d.rect(45, 140, 245, 82, fill=(0.98, 0.95, 0.9))
    d.t(53, 154, "Verkauft von", "Helvetica-Bold", 8)
    for i, s in enumerate(
        [
            "Alpenholz Tischlerei Gruber GmbH",
            "Sägeweg 3, 5550 Radstadt",
            "UID ATU 68123344 · FN 402118k",
            "Landesgericht Salzburg",
        ]
    ):
        d.t(53, 168 + i * 12, s, "Helvetica-Bold" if i == 0 else "Helvetica", 9)
    d.t(310, 154, "Rechnungsadresse", "Helvetica-Bold", 8)
    for i, s in enumerate(
        ["Kaffeehaus Lindner KG", "Annenstraße 29, 8020 Graz", "UID ATU 57729104"]
    ):
        d.t(310, 168 + i * 12, s, "Helvetica-Bold" if i == 0 else "Helvetica", 9)
    d.t(310, 212, "Lieferadresse", "Helvetica-Bold", 8)
    for i, s in enumerate(["Kaffeehaus Lindner - Filiale Lend", "Mariahilferstraße 8, 8020 Graz"]):
        d.t(310, 226 + i * 12, s, "Helvetica", 9)
    kv = [
        ("Bestellnummer", "HW-2026-883120"),
        ("Bestelldatum", "12.02.2026"),
        ("Lieferdatum", "20.02.2026"),
        ("Rechnungsdatum", de_d(dt)),
        ("Rechnungsnummer", "AG-2026-0077"),
    ]
    for i, (k, v) in enumerate(kv):
        d.t(45, 270 + i * 12, k, "Helvetica", 8 if k == "Rechnungsnummer" else 9)
        d.t(150, 270 + i * 12, v, "Helvetica", 8 if k == "Rechnungsnummer" else 9)
    cols = [(45, "l"), (350, "r"), (440, "r"), (550, "r")]
    rows = [[ds, qt, "€ " + money(u, "de"), "€ " + money(a, "de")] for ds, qt, u, a, r in lines]
    y = table(
        d,
        350,
        cols,
        ["Artikel", "Menge", "Einzelpreis netto", "Summe netto"],
        rows,
        sz=9,
        lh=16,
        fill=(0.93, 0.93, 0.93),
    )
    d.line(45, y - 8, 550, y - 8, lw=0.5)
    rows = [
        ("Zwischensumme", "€ " + money(c0["net"] - D("89.00"), "de"), False),
        ("Speditionsversand", "€ " + money(D("89.00"), "de"), False),
        ("Gesamt netto", "€ " + money(c0["net"], "de"), False),
        ("zzgl. 20 % USt", "€ " + money(c0["vat"], "de"), False),
        ("Rechnungsbetrag", "€ " + money(c0["gross"], "de"), True),
        ("Bereits bezahlt (Kreditkarte, 13.02.2026)", "- € " + money(c0["gross"], "de"), False),
        ("Offener Betrag", "€ 0,00", True),
    ]
    y = totals(d, y + 8, 300, 550, rows, sz=9, lh=15)
    d.t(
        45,
        y + 14,
        "Die Zahlung wurde über handwerk.at abgewickelt. Reklamationen bitte direkt an den Verkäufer richten.",
        "Helvetica",
        8.5,
    )
    d.t(
        45,
        y + 27,
        "Gewährleistung: 24 Monate ab Lieferdatum. Vertragspartner ist ausschließlich der oben genannte Verkäufer.",
        "Helvetica",
        8.5,
    )
    d.t(
        297,
        812,
        "Craftline Digital GmbH · Neubaugasse 12, 1070 Wien · FN 511882p · UID ATU 74419902 (Plattformbetreiber, nicht Verkäufer)",
        "Helvetica",
        6.5,
        "c",
        col=GREY,
    )
    note = "Marketplace header (handwerk.at, operated by Craftline Digital GmbH) - the vendor is the named seller; customer KG with UID and a branch delivery address; already paid by card so the open amount is 0,00 - key the invoice total; no due date printed."
    return d, truth(
        "AG-2026-0077",
        dt,
        None,
        V,
        c0["net"],
        c0["vat"],
        c0["gross"],
        "EUR",
        "de-AT",
        "invoice",
        "invoice",
        li(lines),
        note,
    )


@reg("i12", "pdf", "BE")
def i12(name, rng):
    d = Doc(name, *A4)
    V = "Ardenne Mobilier SRL"
    dt = date(2026, 2, 3)
    items = [
        ("Retour chaises bistrot chêne (lot endommagé)", "4", "145.00", "21"),
        ("Table haute 120x70 - geste commercial", "1", "90.00", "21"),
        ("Frais de livraison facturés 14/01/2026", "1", "35.00", "21"),
    ]
    c = calc(items)
    net, vat, tot = -c["net"], -c["vat"], -c["gross"]
    d.t(50, 60, "ARDENNE", "DVSB", 22, col=(0.3, 0.2, 0.1))
    d.t(50, 76, "mobilier · Namur", "DVS", 10, col=(0.3, 0.2, 0.1))
    d.line(50, 84, 200, 84, lw=1.5, col=(0.3, 0.2, 0.1))
    for i, s in enumerate(
        [
            "Ardenne Mobilier SRL",
            "Chaussée de Dinant 412, 5000 Namur",
            "BCE / TVA BE 0712.448.190",
            "RPM Liège, division Namur",
        ]
    ):
        d.t(50, 104 + i * 11, s, "DV", 8)
    d.t(545, 60, "NOTE DE CRÉDIT", "DVB", 17, "r")
    d.t(545, 76, "N° NC 2026/0009", "DV", 9, "r")
    d.rect(320, 100, 225, 80, stroke=(0.3, 0.2, 0.1))
    for i, s in enumerate(
        [
            "Hôtel du Parc SA",
            "Service comptabilité",
            "Boulevard d'Avroy 88",
            "4000 Liège",
            "TVA BE 0441.228.771",
        ]
    ):
        d.t(330, 116 + i * 13, s, "DVB" if i == 0 else "DV", 10 if i == 0 else 8.5)
    kv = [
        ("Date", fr_d(dt)),
        ("N° client", "CL-2218"),
        ("Réf. facture d'origine", "2026/0142 du 14/01/2026"),
        ("Votre commande", "HP-BC-2025-311"),
        ("Bon de retour", "RET-0031 du 29/01/2026"),
    ]
    for i, (k, v) in enumerate(kv):
        d.t(50, 200 + i * 13, k, "DV", 8.5, col=GREY)
        d.t(160, 200 + i * 13, v, "DV", 8.5)
    d.t(320, 200, "Livraison initiale : Hôtel du Parc - Annexe Les Terrasses", "DV", 8)
    d.t(320, 212, "Rue Saint-Gilles 30, 4000 Liège", "DV", 8)
    cols = [(50, "l"), (350, "r"), (430, "r"), (470, "r"), (545, "r")]
    rows = [
        [ds, "-" + qt, money(u, "fr"), "21%", money(-a, "fr")] for ds, qt, u, a, r in c["lines"]
    ]
    y = table(
        d,
        290,
        cols,
        ["Description", "Qté", "PU HTVA", "TVA", "Total HTVA"],
        rows,
        f="DV",
        fb="DVB",
        sz=8.5,
        lh=16,
        fill=(0.95, 0.92, 0.88),
    )
    d.line(50, y - 8, 545, y - 8, lw=0.5)
    rows = [
        ("Total HTVA", money(net, "fr") + " €", False),
        ("TVA 21 %", money(vat, "fr") + " €", False),
        ("Total à créditer TVAC", money(tot, "fr") + " €", True),
    ]
    y = totals(d, y + 8, 340, 545, rows, f="DV", fb="DVB", sz=9.5, lh=15)
    d.t(
        50,
        y + 16,
        "Montant porté au crédit de votre compte client ; il sera déduit de notre prochaine facture.",
        "DV",
        8.5,
    )
    d.t(50, y + 30, "Communication structurée : +++090/0026/00093+++", "DVB", 9)
    d.t(
        50,
        y + 44,
        "TVA à reverser à l'État dans la mesure où elle a été initialement déduite.",
        "DV",
        8,
    )
    d.t(
        297,
        805,
        "Belfius BE62 0689 0412 7761 · BIC GKCCBEBB · Conditions générales au verso · page 1/1",
        "DV",
        7,
        "c",
        col=GREY,
    )
    note = "Credit note (negative amounts, keyed negative); original invoice number 2026/0142 and its date printed as references; structured communication; customer SA with VAT id; return slip date; no due date."
    return d, truth(
        "NC 2026/0009",
        dt,
        None,
        V,
        net,
        vat,
        tot,
        "EUR",
        "fr-BE",
        "invoice",
        "credit_note",
        li(c["lines"], neg=True),
        note,
    )


@reg("i13", "scanpdf", "CZ")
def i13(name, rng):
    d = Doc(name, *A4)
    V = "Moravská strojírna Hrubý s.r.o."
    dt, duzp, due = date(2026, 3, 9), date(2026, 2, 28), date(2026, 3, 23)
    items = [
        ("Oprava převodovky traktoru Zetor (hod.)", "16", "890.00", "21"),
        ("Ložisko SKF 6308-2RS", "6", "742.00", "21"),
        ("Hydraulický olej HV46 (l)", "40", "96.50", "21"),
        ("Dodávka krmné směsi - přeprava", "1", "3200.00", "12"),
    ]
    c = calc(items)
    gross = c["gross"]
    tot = gross.quantize(D(1), ROUND_HALF_UP)
    rnd = tot - gross
    d.rect(40, 40, 515, 30, fill=(0.15, 0.25, 0.5))
    d.t(50, 60, "Faktura - daňový doklad č. 2026-0157", "DVB", 13, col=(1, 1, 1))
    d.t(545, 60, "Variabilní symbol: 2026157", "DV", 9, "r", col=(1, 1, 1))
    d.t(50, 92, "Dodavatel:", "DVB", 8.5)
    d.t(310, 92, "Odběratel:", "DVB", 8.5)
    for i, s in enumerate(
        [
            "Moravská strojírna Hrubý s.r.o.",
            "Průmyslová 1420/7",
            "627 00 Brno",
            "IČO: 26281422   DIČ: CZ26281422",
            "Zapsáno v OR u KS v Brně, oddíl C, vložka 41872",
        ]
    ):
        d.t(50, 106 + i * 12, s, "DVB" if i == 0 else "DV", 9 if i == 0 else 8)
    d.rect(305, 80, 250, 104, stroke=(0.15, 0.25, 0.5), lw=1)
    for i, s in enumerate(
        [
            "Zemědělské družstvo Vysočina a.s.",
            "Hlavní 88",
            "588 32 Brtnice",
            "IČO: 00139441   DIČ: CZ00139441",
            "Konečný příjemce:",
            "Farma Dolní Lhota, provozovna č. 3",
        ]
    ):
        d.t(315, 106 + i * 12, s, "DVB" if i in (0, 4) else "DV", 9.5 if i == 0 else 8)
    kv = [
        ("Datum vystavení:", de_d(dt)),
        ("Datum uskut. zdan. plnění:", de_d(duzp)),
        ("Datum splatnosti:", de_d(due)),
        ("Forma úhrady:", "převodem"),
        ("Objednávka č.:", "OBJ-4500331 ze dne 12.02.2026"),
        ("Dodací list č.:", "DL-26-0419"),
        ("Bankovní spojení:", "KB 115-4471290217/0100"),
    ]
    for i, (k, v) in enumerate(kv):
        d.t(50, 200 + i * 12, k, "DV", 8.5)
        d.t(190, 200 + i * 12, v, "DVB" if "splatnosti" in k else "DV", 8.5)
    cols = [(50, "l"), (320, "r"), (390, "r"), (425, "r"), (475, "r"), (548, "r")]
    rows = []
    for ds, qt, u, a, r in c["lines"]:
        rows.append(
            [ds, qt, money(u, "fr"), r + "%", money(q(a * D(r) / 100), "fr"), money(a, "fr")]
        )
    y = table(
        d,
        305,
        cols,
        ["Označení dodávky", "Množství", "Cena/MJ", "DPH", "DPH Kč", "Bez DPH Kč"],
        rows,
        f="DV",
        fb="DVB",
        sz=8,
        lh=15,
        fill=(0.88, 0.9, 0.96),
    )
    d.line(50, y - 8, 548, y - 8, lw=0.5)
    y += 8
    d.t(50, y, "Rekapitulace DPH", "DVB", 8.5)
    for i, r in enumerate(["21", "12"]):
        d.t(
            50,
            y + 14 + i * 12,
            f"Základ {r} %: {money(c['bases'][r], 'fr')}    DPH {r} %: {money(c['vats'][r], 'fr')}",
            "DV",
            8.5,
        )
    rows = [
        ("Celkem bez DPH", money(c["net"], "fr"), False),
        ("DPH celkem", money(c["vat"], "fr"), False),
        ("Celkem s DPH", money(gross, "fr"), False),
        ("Zaokrouhlení", money(rnd, "fr"), False),
        ("Celkem k úhradě Kč", money(tot, "fr"), True),
    ]
    y = totals(d, y, 330, 548, rows, f="DV", fb="DVB", sz=9, lh=14)
    d.t(
        50,
        y + 20,
        "Vystavil: Ing. Petra Hrubá · tel. 545 218 440 · Převzal: ............................",
        "DV",
        8.5,
    )
    d.t(297, 808, "Strana 1/1 · vytištěno 10.03.2026 7:42", "DV", 7, "c", col=GREY)
    note = "Variable symbol 2026157 in the header next to the number 2026-0157; DUZP (tax point) before issue date; customer a.s. boxed with final recipient; order / delivery-note numbers; DPH 21 % + 12 %; rounding to whole CZK; print date; image-only PDF."
    return d, truth(
        "2026-0157",
        dt,
        due,
        V,
        c["net"],
        c["vat"],
        tot,
        "CZK",
        "cs-CZ",
        "invoice",
        "invoice",
        li(c["lines"]),
        note,
        rounding=rnd,
    )


@reg("i14", "pdf", "IN")
def i14(name, rng):
    d = Doc(name, *A4)
    V = "Shreeji Packaging Solutions Pvt. Ltd."
    dt, due = date(2026, 3, 14), date(2026, 4, 28)
    items = [
        ("Corrugated Box 5-Ply 450x300x300", "4819", "2500", "38.40", "18"),
        ("Corrugated Box 3-Ply 300x200x150", "4819", "6000", "14.75", "18"),
        ("Paper Cups 250 ml (pack 1000)", "4823", "40", "685.00", "18"),
        ("Kraft Paper Roll 120 GSM", "4804", "350", "62.35", "12"),
    ]
    c = calc([(a, qt, u, r) for a, h_, qt, u, r in items])
    d.t(297, 40, "TAX INVOICE", "DVB", 13, "c")
    d.t(555, 40, "(ORIGINAL FOR RECIPIENT)", "DV", 7, "r")
    d.rect(30, 48, 535, 760, stroke=(0, 0, 0), lw=0.8)
    d.line(297, 48, 297, 300, lw=0.5)
    d.t(36, 62, "Shreeji Packaging Solutions Pvt. Ltd.", "DVB", 10)
    for i, s in enumerate(
        [
            "Plot 114, GIDC Phase II, Vatva",
            "Ahmedabad, Gujarat 382445",
            "GSTIN/UIN: 24AAKCS4471M1Z8",
            "State: Gujarat, Code: 24",
            "CIN: U21012GJ2011PTC064422",
        ]
    ):
        d.t(36, 75 + i * 11, s, "DV", 8)
    kv = [
        ("Invoice No.", "SPS/25-26/1187"),
        ("Dated", dt.strftime("%d-%b-%Y")),
        ("Delivery Note", "DN-2231"),
        ("Buyer's Order No.", "PO/SDP/4471"),
        ("Order Dated", "02-Mar-2026"),
        ("e-Way Bill No.", "1812 3456 7890"),
        ("Dispatched through", "VRL Logistics"),
        ("Terms of Payment", "45 days"),
        ("Due Date", due.strftime("%d-%b-%Y")),
    ]
    for i, (k, v) in enumerate(kv):
        d.t(303, 62 + i * 11.5, k, "DV", 7.5)
        d.t(400, 62 + i * 11.5, v, "DVB" if k == "Invoice No." else "DV", 7.5)
    d.line(30, 134, 297, 134, lw=0.5)
    d.t(36, 146, "Consignee (Ship to)", "DV", 7.5, col=GREY)
    for i, s in enumerate(
        [
            "Om Logistics Warehousing LLP",
            "Survey 211, Changodar Industrial Estate",
            "Ahmedabad, Gujarat 382213",
            "GSTIN/UIN: 24AAHFO2291P1ZK",
        ]
    ):
        d.t(36, 158 + i * 11, s, "DVB" if i == 0 else "DV", 8)
    d.line(30, 210, 297, 210, lw=0.5)
    d.t(36, 222, "Buyer (Bill to)", "DV", 7.5, col=GREY)
    for i, s in enumerate(
        [
            "Sabarmati Dairy Products Ltd.",
            "12th Floor, Shapath V, S.G. Highway",
            "Ahmedabad, Gujarat 380054",
            "GSTIN/UIN: 24AABCS9182E1Z3",
            "State: Gujarat, Code: 24",
        ]
    ):
        d.t(36, 234 + i * 11, s, "DVB" if i == 0 else "DV", 8)
    d.line(30, 300, 565, 300, lw=0.5)
    cols = [(36, "l"), (56, "l"), (235, "l"), (330, "r"), (400, "r"), (440, "r"), (558, "r")]
    rows = []
    for i, ((ds, qt, u, a, r), it) in enumerate(zip(c["lines"], items, strict=False)):
        rows.append(
            [
                str(i + 1),
                ds,
                it[1],
                money(D(qt), "in", 0) + " Nos",
                money(u, "in"),
                r + "%",
                money(a, "in"),
            ]
        )
    y = table(
        d,
        316,
        cols,
        ["Sl", "Description of Goods", "HSN/SAC", "Quantity", "Rate", "GST", "Amount"],
        rows,
        f="DV",
        fb="DVB",
        sz=7.5,
        lh=14,
    )
    d.line(30, y - 6, 565, y - 6, lw=0.5)
    y += 6
    taxrows = []
    for r in ("18", "12"):
        half = str(D(r) / 2)
        cg = q(c["bases"][r] * D(half) / 100)
        taxrows.append((r, half, cg))
    # CGST and SGST split per rate (both halves equal)
    cg_tot = sum((x[2] for x in taxrows), D(0))
    vat = cg_tot * 2
    gross = c["net"] + vat
    tot = gross.quantize(D(1), ROUND_HALF_UP)
    rnd = tot - gross
    rows = [("Taxable Value", money(c["net"], "in"), False)]
    for _r, half, cg in taxrows:
        rows.append((f"CGST @ {half}%", money(cg, "in"), False))
        rows.append((f"SGST @ {half}%", money(cg, "in"), False))
    rows += [("Round Off", money(rnd, "in"), False), ("Total (INR)", "₹ " + money(tot, "in"), True)]
    y = totals(d, y, 330, 558, rows, f="DV", fb="DVB", sz=8.5, lh=13)
    d.t(36, y + 10, "Amount Chargeable (in words):", "DV", 7.5)
    d.t(36, y + 22, "INR Two Lakh Seventy Four Thousand Four Hundred Eighty Three Only", "DVB", 8)
    d.t(36, y + 40, f"Total tax amount: INR {money(vat, 'in')}", "DV", 7.5)
    d.t(
        36,
        y + 56,
        "Company's Bank Details: HDFC Bank, A/c No. 50200044719921, IFS Code HDFC0000147, Vatva Branch",
        "DV",
        7.5,
    )
    d.t(36, y + 68, "Company's PAN: AAKCS4471M", "DV", 7.5)
    d.t(
        36,
        y + 84,
        "Declaration: We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.",
        "DV",
        6.5,
    )
    d.t(558, y + 110, "for Shreeji Packaging Solutions Pvt. Ltd.", "DVB", 8, "r")
    d.t(558, y + 150, "Authorised Signatory", "DV", 7.5, "r")
    d.t(
        297,
        800,
        "SUBJECT TO AHMEDABAD JURISDICTION · This is a Computer Generated Invoice",
        "DV",
        6.5,
        "c",
    )
    note = "Consignee (LLP warehouse) printed above the buyer Ltd., three GSTINs; delivery note, buyer's order, e-way bill numbers; CGST + SGST at two slab rates (vat = sum of all four); Round Off to whole rupees; lakh grouping; amount in words."
    return d, truth(
        "SPS/25-26/1187",
        dt,
        due,
        V,
        c["net"],
        vat,
        tot,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        li(c["lines"]),
        note,
        rounding=rnd,
    )


@reg("i15", "photo", "DK")
def i15(name, rng):
    d = Doc(name, *A4)
    V = "Nordisk Kontorservice ApS"
    dt, due = date(2026, 3, 5), date(2026, 4, 4)
    items = [
        ("Kontorstol ergonomisk NK-400", "8", "2195.00", "25"),
        ("Hæve-sænkebord 160x80", "8", "3450.00", "25"),
        ("Montage og opsætning (timer)", "10", "495.00", "25"),
    ]
    c0 = calc(items)
    sub = c0["net"]
    disc = q(sub * D("0.10"))
    net = sub - disc
    vat = q(net * D("0.25"))
    tot = net + vat
    d.t(50, 62, "nordisk", "DVB", 26, col=(0.0, 0.3, 0.5))
    d.t(163, 62, "kontorservice", "DV", 26, col=(0.4, 0.6, 0.75))
    d.t(
        50,
        80,
        "Nordisk Kontorservice ApS · Søren Frichs Vej 38 · 8230 Åbyhøj · CVR-nr. 38114472",
        "DV",
        8,
    )
    d.t(50, 128, "Vestjysk Rederi A/S", "DVB", 11)
    for i, s in enumerate(
        [
            "Att.: Bogholderiet",
            "Dokvej 4",
            "6700 Esbjerg",
            "CVR-nr. 21447781",
            "EAN-nr. 5790001234567",
        ]
    ):
        d.t(50, 142 + i * 12.5, s, "DV", 9)
    d.t(330, 128, "Leveringsadresse:", "DVB", 8.5)
    for i, s in enumerate(
        [
            "Vestjysk Rederi A/S - Terminal Syd",
            "c/o Esbjerg Havn, Port 12",
            "Hjertingvej 30, 6700 Esbjerg",
        ]
    ):
        d.t(330, 141 + i * 12, s, "DV", 8.5)
    d.t(50, 236, "FAKTURA", "DVB", 16)
    kv = [
        ("Fakturanr.", "30418"),
        ("Fakturadato", de_d(dt)),
        ("Kundenr.", "11720"),
        ("Ordrenr.", "O-8821"),
        ("Jeres ref.", "Indkøb 2026-044"),
        ("Leveret", "27.02.2026"),
        ("Forfaldsdato", de_d(due)),
    ]
    for i, (k, v) in enumerate(kv):
        x = 330 if i < 4 else 450
        yy = 200 + (i % 4) * 12 if i < 4 else 200 + (i - 4) * 12
        if i >= 4:
            x = 330
            yy = 248 + (i - 4) * 12
        d.t(x, yy, k, "DV", 8.5)
        d.t(545, yy, v, "DV", 8.5, "r")
    cols = [(50, "l"), (330, "r"), (430, "r"), (545, "r")]
    rows = [[ds, qt, money(u, "de"), money(a, "de")] for ds, qt, u, a, r in c0["lines"]]
    y = table(
        d,
        300,
        cols,
        ["Beskrivelse", "Antal", "Stk.pris", "Beløb DKK"],
        rows,
        f="DV",
        fb="DVB",
        sz=9,
        lh=16,
        rule=True,
    )
    d.line(50, y - 8, 545, y - 8, lw=0.5)
    rows = [
        ("Subtotal", money(sub, "de"), False),
        ("Rabat 10 % (rammeaftale)", "-" + money(disc, "de"), False),
        ("Total ekskl. moms", money(net, "de"), False),
        ("Moms 25 %", money(vat, "de"), False),
        ("Total DKK", money(tot, "de"), True),
    ]
    y = totals(d, y + 8, 330, 545, rows, f="DV", fb="DVB", sz=9.5, lh=15)
    d.t(50, y + 14, "Tidligere saldo: 0,00 · Betalingsbetingelser: netto 30 dage", "DV", 8.5)
    d.t(
        50,
        y + 28,
        "Ved betaling efter forfald tilskrives renter på 0,81 % pr. påbegyndt måned.",
        "DV",
        8.5,
    )
    d.rect(50, y + 44, 495, 34, stroke=(0, 0, 0), lw=0.6)
    d.t(60, y + 59, "Indbetalingskort", "DVB", 8)
    d.t(60, y + 71, "+71< 000000304184 +88420017<", "DVM", 9)
    d.t(535, y + 71, "Danske Bank reg. 3409 konto 11884201", "DV", 8, "r")
    d.t(
        297,
        805,
        "Side 1 af 1 · Nordisk Kontorservice ApS · info@nks.dk · 86 15 44 00",
        "DV",
        7,
        "c",
        col=GREY,
    )
    note = "Brand wordmark 'nordisk kontorservice' vs legal name ApS; customer A/S with CVR and EAN/GLN; terminal delivery address; subtotal before 10 % framework discount; FI payment line containing 304184 next to invoice 30418; previous balance line."
    return d, truth(
        "30418",
        dt,
        due,
        V,
        net,
        vat,
        tot,
        "DKK",
        "da-DK",
        "invoice",
        "invoice",
        li(c0["lines"]),
        note,
    )


@reg("i16", "pdf", "CA")
def i16(name, rng):
    d = Doc(name, *letter)
    V = "Coastline Marine Services Ltd."
    dt, due = date(2026, 2, 26), date(2026, 3, 28)
    labour = [
        ("Haul-out and pressure wash", "1", "1850.00"),
        ("Shaft seal replacement - labour (hrs)", "14", "135.00"),
        ("Anti-fouling application - labour (hrs)", "22", "118.00"),
    ]
    parts = [
        ('Dripless shaft seal kit 2"', "2", "684.00"),
        ("Anti-fouling paint, 4 L", "12", "219.50"),
        ("Zinc anode kit", "1", "312.40"),
    ]
    cl = calc([(a, b, cc, "0") for a, b, cc in labour])
    cp = calc([(a, b, cc, "0") for a, b, cc in parts])
    net = cl["net"] + cp["net"]
    gst = q(net * D("0.05"))
    pst = q(cp["net"] * D("0.07"))
    tot = net + gst + pst
    dep = D("2500.00")
    usd = q(tot * D("0.7360"))
    W = d.w
    d.poly([(40, 70), (60, 40), (80, 70)], fill=(0.0, 0.35, 0.6))
    d.poly([(62, 70), (76, 50), (90, 70)], fill=(0.2, 0.6, 0.8))
    d.t(100, 56, "COASTLINE MARINE", "Helvetica-Bold", 17, col=(0.0, 0.35, 0.6))
    d.t(
        100,
        70,
        "Coastline Marine Services Ltd. · 1150 Lyall St, Esquimalt, BC V9A 4M3",
        "Helvetica",
        8,
    )
    d.t(W - 40, 50, "INVOICE # 20417", "Helvetica-Bold", 13, "r")
    d.t(W - 40, 64, "Date: " + dt.strftime("%b %d, %Y"), "Helvetica", 9, "r")
    d.t(W - 40, 76, "Due: " + due.strftime("%b %d, %Y"), "Helvetica", 9, "r")
    d.t(40, 110, "Customer", "Helvetica-Bold", 8, col=GREY)
    for i, s in enumerate(
        [
            "Salish Ferries Inc.",
            "Fleet Maintenance Dept.",
            "300 Belleville St",
            "Victoria, BC V8V 1W9",
            "GST# 72114 8890 RT0001",
        ]
    ):
        d.t(40, 124 + i * 12, s, "Helvetica-Bold" if i == 0 else "Helvetica", 9.5 if i == 0 else 9)
    d.t(300, 110, "Vessel / Job", "Helvetica-Bold", 8, col=GREY)
    for i, s in enumerate(
        [
            "MV Cedar Spirit (Official No. 832214)",
            "Work order WO-7712 · Quote Q-2231",
            "Customer PO 44519 · Contract SF-MSA-2024",
            "Work completed Feb 9 - Feb 20, 2026",
        ]
    ):
        d.t(300, 124 + i * 12, s, "Helvetica", 9)
    cols = [(40, "l"), (380, "r"), (460, "r"), (572, "r")]
    y = 210
    d.t(40, y, "LABOUR", "Helvetica-Bold", 9, col=(0.0, 0.35, 0.6))
    y = table(
        d,
        y + 16,
        cols,
        ["Description", "Qty", "Rate", "Amount"],
        [[a, b, money(cc), money(e)] for a, b, cc, e, r in cl["lines"]],
        sz=9,
        lh=15,
    )
    d.t(40, y + 4, "PARTS (PST applies)", "Helvetica-Bold", 9, col=(0.0, 0.35, 0.6))
    y = table(
        d,
        y + 20,
        cols,
        ["Description", "Qty", "Unit", "Amount"],
        [[a, b, money(cc), money(e)] for a, b, cc, e, r in cp["lines"]],
        sz=9,
        lh=15,
    )
    d.line(40, y - 8, 572, y - 8, lw=0.5)
    rows = [
        ("Labour subtotal", money(cl["net"]), False),
        ("Parts subtotal", money(cp["net"]), False),
        ("Subtotal", money(net), False),
        ("GST 5% (81234 5678 RT0001)", money(gst), False),
        ("PST 7% on parts (PST-1234-5678)", money(pst), False),
        ("Invoice total CAD", "$" + money(tot), True),
        ("Deposit received Jan 30, 2026", "-" + money(dep), False),
        ("Balance due", "$" + money(tot - dep), True),
    ]
    y = totals(d, y + 8, 350, 572, rows, sz=9, lh=15)
    d.t(
        40,
        y + 10,
        f"For information: invoice total = US${money(usd)} at 0.7360 (Bank of Canada, Feb 25, 2026).",
        "Helvetica",
        8.5,
    )
    d.t(
        40,
        y + 24,
        "Payment by EFT to RBC transit 08120, account 1104471 or cheque payable to Coastline Marine Services Ltd.",
        "Helvetica",
        8.5,
    )
    d.t(
        W / 2,
        760,
        "Thank you for choosing Coastline Marine · 250-555-0177 · accounts@coastlinemarine.ca",
        "Helvetica",
        7.5,
        "c",
        col=GREY,
    )
    note = "Customer Inc. with its own GST number; work order / quote / PO / contract numbers and work dates; labour and parts subtotals; GST 5 % + PST 7 % on parts only (vat = both); deposit deducted - key the invoice total, not the balance; USD equivalent."
    return d, truth(
        "20417",
        dt,
        due,
        V,
        net,
        gst + pst,
        tot,
        "CAD",
        "en-CA",
        "invoice",
        "invoice",
        li(cl["lines"] + cp["lines"]),
        note,
    )


# ---------------------------------------------------------------------------
# receipts
# ---------------------------------------------------------------------------
def vat_table(d: Doc, c, style, labels, cols, f="Courier", sz=7.5, codes=None):
    """Tax summary rows: rate, net, tax, gross at x positions cols (right aligned except first)."""
    d.row(
        [
            (cols[0], labels[0], "l"),
            (cols[1], labels[1], "r"),
            (cols[2], labels[2], "r"),
            (cols[3], labels[3], "r"),
        ],
        f,
        sz,
    )
    for r in sorted(c["bases"], key=lambda x: D(x)):
        lab = (codes[r] + " " if codes else "") + r + "%"
        d.row(
            [
                (cols[0], lab, "l"),
                (cols[1], money(c["nets"][r], style), "r"),
                (cols[2], money(c["vats"][r], style), "r"),
                (cols[3], money(c["bases"][r], style), "r"),
            ],
            f,
            sz,
        )


@reg("r01", "scan", "DE", "small")
def r01(name, rng):
    d = Doc(name, 80 * mm)
    V = "Frischemarkt Köhler e.K."
    dt = date(2026, 3, 14)
    items = [
        ("Vollmilch 3,5% 1L", "2", "1.19", "7"),
        ("Bio Bananen", "1.135", "1.99", "7"),
        ("Roggenmischbrot 750g", "1", "2.89", "7"),
        ("Mineralwasser 12x0,7L", "2", "4.49", "19"),
        ("Pfand 0,25", "24", "0.25", "19"),
        ("Leergut Rückgabe", "-1", "3.00", "19"),
        ("Spülmittel Zitrone", "1", "1.65", "19"),
        ("Kaffee Crema 1kg", "1", "13.99", "7"),
    ]
    c = calc(items, incl=True)
    tot = c["gross"]
    logo_circle(d, d.w / 2, 30, 16, (0.1, 0.5, 0.2), "M+")
    d.y = 52
    d.c("MarktPlus", "Helvetica-Bold", 14, 18)
    d.c("Frischemarkt Köhler e.K.", "Helvetica", 8.5)
    d.c("Inh. Stefan Köhler, selbst. Kaufmann", "Helvetica", 7.5)
    d.c("Hauptstraße 41 · 74523 Schwäbisch Hall", "Helvetica", 7.5)
    d.c("Tel. 0791 94 33 10 · St.-Nr. 84/112/40771", "Helvetica", 7.5)
    d.sep()
    d.lr("", "EUR", "Courier", 8)
    codes = {"7": "A", "19": "B"}
    for ds, qt, u, a, r in c["lines"]:
        if qt not in ("1",) and "." in qt:
            d.lr(ds, "", "Courier", 8)
            d.lr(
                f"  {qt.replace('.', ',')} kg x {money(u, 'de')} EUR/kg",
                f"{money(a, 'de')} {codes[r]}",
                "Courier",
                8,
            )
        elif qt == "-1":
            d.lr(ds, f"{money(a, 'de')} {codes[r]}", "Courier", 8)
        elif qt != "1":
            d.lr(ds, "", "Courier", 8)
            d.lr(f"  {qt} x {money(u, 'de')}", f"{money(a, 'de')} {codes[r]}", "Courier", 8)
        else:
            d.lr(ds, f"{money(a, 'de')} {codes[r]}", "Courier", 8)
    d.lr("STORNO Kaffee Crema 1kg", "", "Courier", 8)
    d.lr("  Storno-Position", "-13,99 A", "Courier", 8)
    d.lr("Kaffee Crema 1kg", "13,99 A", "Courier", 8)
    d.sep()
    d.lr("SUMME EUR", money(tot, "de"), "Courier-Bold", 10, 14)
    d.sep()
    d.lr("Gegeben BAR", "50,00", "Courier", 8)
    d.lr("Rückgeld", money(D("50.00") - tot, "de"), "Courier", 8)
    d.adv(4)
    vat_table(
        d,
        c,
        "de",
        ["MwSt", "Netto", "Steuer", "Brutto"],
        [4 * mm, 40 * mm, 57 * mm, 76 * mm],
        codes=codes,
    )
    d.sep()
    d.lr("MarktPlus Karte", "****4471", "Courier", 7.5)
    d.lr("Punkte dieser Einkauf", "32", "Courier", 7.5)
    d.lr("Punktestand", "1.284", "Courier", 7.5)
    d.lr("Karte gültig bis", "31.12.2026", "Courier", 7.5)
    d.lr("Sie haben heute gespart", "2,10 EUR", "Courier", 7.5)
    d.sep()
    d.lr(f"{de_d(dt)} 10:41", "Bon 4471", "Courier", 7.5)
    d.lr("Kasse 2  Bed. 11", "Filiale 0318", "Courier", 7.5)
    d.lr("TSE-Transaktion", "184421", "Courier", 7)
    d.lr("TSE-Start", "2026-03-14T10:39:58", "Courier", 7)
    d.lr("TSE-Ende", "2026-03-14T10:41:07", "Courier", 7)
    d.lr("TSE-Seriennr.", "7f3a...c91e", "Courier", 7)
    d.c("MarktPlus - ein Verbund selbständiger", "Helvetica", 7)
    d.c("Kaufleute der MarktPlus Handels-AG", "Helvetica", 7)
    d.c("Vielen Dank für Ihren Einkauf!", "Helvetica-Bold", 8)
    lines = c["lines"] + [
        ("Kaffee Crema 1kg (Storno)", "-1", D("13.99"), D("-13.99"), "7"),
        ("Kaffee Crema 1kg", "1", D("13.99"), D("13.99"), "7"),
    ]
    note = "Brand MarktPlus vs operator Frischemarkt Köhler e.K.; weighed item, deposit and bottle return (negative line), a void line and re-scan; A/B VAT table with net column (amount = printed nets); cash tendered/change, loyalty points, card validity date, 'gespart'; TSE timestamps; downscaled to 650 px."
    return d, truth(
        "4471",
        dt,
        None,
        V,
        c["net"],
        c["vat"],
        tot,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        li(lines),
        note,
    )


@reg("r02", "photo", "FR")
def r02(name, rng):
    d = Doc(name, 80 * mm)
    V = "SARL Bistrot Morand"
    dt = date(2026, 3, 13)
    items = [
        ("Menu du jour", "2", "19.50", "10"),
        ("Entrecôte frites", "1", "24.00", "10"),
        ("Carafe d'eau", "1", "0.00", "10"),
        ("Côtes-du-Rhône 50cl", "1", "22.00", "20"),
        ("Café gourmand", "2", "8.50", "10"),
        ("Digestif Chartreuse", "1", "9.00", "20"),
    ]
    c = calc(items, incl=True)
    tot = c["gross"]
    d.y = 16
    d.c("LE COMPTOIR DES HALLES", "DVB", 12, 16)
    d.c("Brasserie - Cuisine du marché", "DVI", 8)
    d.c("exploité par SARL Bistrot Morand", "DV", 7.5)
    d.c("3 place des Halles, 37000 Tours", "DV", 7.5)
    d.c("SIRET 812 447 009 00017 · TVA FR 29 812447009", "DV", 7)
    d.sep()
    d.c("*** DUPLICATA ***", "DVMB", 9)
    d.c("Réimprimé le 14/03/2026 à 09:12", "DVM", 7.5)
    d.sep()
    d.lr("Ticket n° 00412", "Table 12", "DVM", 8)
    d.lr(f"{fr_d(dt)} 21:47", "Couverts : 3", "DVM", 8)
    d.lr("Serveur : Julien", "Caisse 1", "DVM", 8)
    d.sep()
    for ds, qt, _u, a, _r in c["lines"]:
        d.lr(f"{qt} {ds}", money(a, "fr"), "DVM", 8)
    d.sep()
    d.lr("TOTAL TTC EUR", money(tot, "fr"), "DVMB", 10, 14)
    d.adv(4)
    vat_table(
        d, c, "fr", ["TVA", "HT", "TVA", "TTC"], [4 * mm, 40 * mm, 57 * mm, 76 * mm], f="DVM", sz=7
    )
    d.sep()
    d.lr("Réglé CB", money(tot, "fr"), "DVM", 8)
    d.lr("Service compris", "", "DVM", 7.5)
    d.c("--- TICKET CLIENT CB ---", "DVM", 7.5)
    d.lr("VISA CONTACTLESS", "A0000000031010", "DVM", 7)
    d.lr("Le 13/03/26 à 21:52:10", "", "DVM", 7)
    d.lr("N° carte ############4417", "", "DVM", 7)
    d.lr("MONTANT", money(tot, "fr") + " EUR", "DVMB", 8)
    d.lr("Débit · No Aut. 318842", "", "DVM", 7)
    d.c("Merci de votre visite - à bientôt !", "DVI", 8)
    note = "Trade name vs operator 'exploité par SARL Bistrot Morand' (vendor = operator); duplicate reprinted the next morning (key the meal date 13/03); table, covers, caisse numbers; TVA 10 % + 20 % table with HT; card slip repeats the amount."
    return d, truth(
        "00412",
        dt,
        None,
        V,
        c["net"],
        c["vat"],
        tot,
        "EUR",
        "fr-FR",
        "receipt",
        "receipt",
        li(c["lines"]),
        note,
    )


@reg("r03", "scan", "US")
def r03(name, rng):
    d = Doc(name, 76 * mm)
    V = "Bayside Hospitality Group LLC"
    dt = date(2026, 4, 3)
    items = [
        ("Clam Chowder", "2", "9.50"),
        ("Fish & Chips", "1", "22.00"),
        ("Lobster Roll", "1", "31.00"),
        ("Draft IPA", "3", "8.00"),
        ("Key Lime Pie", "1", "9.00"),
    ]
    c = calc([(a, b, cc, "0") for a, b, cc in items])
    sub = c["net"]
    tax = q(sub * D("0.08875"))
    tip = D("18.00")
    tot = sub + tax + tip
    d.y = 14
    d.c("HARBOR LIGHTS GRILL", "Helvetica-Bold", 12, 16)
    d.c("operated by Bayside Hospitality Group LLC", "Helvetica", 7)
    d.c("52 South Street, New York, NY 10004", "Helvetica", 7.5)
    d.c("(212) 555-0186", "Helvetica", 7.5)
    d.sep()
    d.lr("Check #4471", "Table 14", "Courier", 8)
    d.lr("Server: Dana", "Guests: 3", "Courier", 8)
    d.lr(f"{us_d(dt)} 8:14 PM", "Order 88213", "Courier", 8)
    d.sep()
    for ds, qt, _u, a, _r in c["lines"]:
        d.lr(f"{qt} {ds}", money(a), "Courier", 8)
    d.lr("1 House Salad", "11.00", "Courier", 8)
    d.lr("  VOID House Salad", "-11.00", "Courier", 8)
    d.sep()
    d.lr("Subtotal", money(sub), "Courier", 8)
    d.lr("Sales Tax 8.875%", money(tax), "Courier", 8)
    d.lr("Amount", money(sub + tax), "Courier-Bold", 8.5)
    d.sep()
    d.c("Suggested gratuity (on subtotal):", "Courier", 7)
    for p in ("18", "20", "22"):
        d.lr(
            f"  {p}% = {money(q(sub * D(p) / 100))}",
            f"total {money(q(sub * D(p) / 100) + sub + tax)}",
            "Courier",
            7,
        )
    d.sep()
    d.c("MERCHANT COPY", "Courier-Bold", 8)
    d.lr("VISA ****2210", "CHIP", "Courier", 7.5)
    d.lr("Auth 08821C", "Ref 4471-1", "Courier", 7.5)
    d.lr("Amount", money(sub + tax), "Courier", 8)
    d.lr("Tip", money(tip), "Courier", 8)
    d.lr("TOTAL", money(tot), "Courier-Bold", 10, 14)
    d.adv(16)
    d.line(6 * mm, d.y, d.w - 6 * mm, d.y, lw=0.5)
    d.c("Signature", "Courier", 7)
    d.c("Thank you! Gift cards available", "Helvetica", 7)
    note = "Brand vs operator LLC; void line; suggested-tip table with three alternative totals; pre-tip 'Amount' printed twice; merchant copy with written tip: total includes the 18.00 tip (tip term); check/table/order numbers."
    return d, truth(
        "4471",
        dt,
        None,
        V,
        sub,
        tax,
        tot,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        li(
            c["lines"]
            + [
                ("House Salad", "1", D("11.00"), D("11.00")),
                ("VOID House Salad", "-1", D("11.00"), D("-11.00")),
            ]
        ),
        note,
        tip=tip,
    )


@reg("r04", "photo", "IT")
def r04(name, rng):
    d = Doc(name, 58 * mm)
    V = "Caffè Duomo di Rinaldi Marco & C. s.n.c."
    dt = date(2026, 3, 21)
    items = [
        ("CAPPUCCINO", "2", "1.70", "10"),
        ("BRIOCHE CREMA", "2", "1.50", "10"),
        ("SPREMUTA ARANCIA", "1", "4.00", "10"),
        ("ACQUA NAT. 0,5L", "1", "1.20", "10"),
    ]
    c = calc(items, incl=True)
    tot = c["gross"]
    m = 3 * mm
    d.y = 12
    d.c("CAFFÈ DUOMO", "DVB", 10, 13)
    d.c("di Rinaldi Marco & C. s.n.c.", "DV", 6.5)
    d.c("Piazza Duomo 9 - 37121 Verona", "DV", 6.5)
    d.c("P.IVA 04418220234", "DV", 6.5)
    d.sep(m=m)
    d.c("DOCUMENTO COMMERCIALE", "DVB", 7)
    d.c("di vendita o prestazione", "DV", 6.5)
    d.lr("DESCRIZIONE", "IVA PREZZO(€)", "DVM", 6.5, m=m)
    for ds, qt, u, a, _r in c["lines"]:
        if qt != "1":
            d.lr(f"{qt} x {money(u, 'it')}", "", "DVM", 6.5, m=m)
        d.lr(ds, f"10% {money(a, 'it')}", "DVM", 6.5, m=m)
    d.sep(m=m)
    d.lr("TOTALE COMPLESSIVO", money(tot, "it"), "DVMB", 7.5, m=m)
    d.lr("DI CUI IVA", money(c["vat"], "it"), "DVM", 6.5, m=m)
    d.lr("Pagamento contante", "20,00", "DVM", 6.5, m=m)
    d.lr("Resto", money(D("20.00") - tot, "it"), "DVM", 6.5, m=m)
    d.lr("Importo pagato", money(tot, "it"), "DVM", 6.5, m=m)
    d.sep(m=m)
    d.lr(f"{dt.strftime('%d-%m-%Y')} 10:32", "", "DVM", 6.5, m=m)
    d.lr("DOCUMENTO N.", "0187-0043", "DVM", 6.5, m=m)
    d.lr("Cod. lotteria", "X7K2PQ9A", "DVM", 6.5, m=m)
    d.lr("RT", "99MEY012345", "DVM", 6.5, m=m)
    d.c("Tessera fedeltà: 8 timbri su 10", "DV", 6)
    d.c("Grazie e arrivederci", "DVI", 7)
    note = "58 mm roll; 'documento commerciale' with prices incl. IVA 10 %, only 'di cui IVA' printed (amount = total - vat); cash 20,00, change and 'importo pagato'; document no. 0187-0043 vs RT serial and lottery code; loyalty stamps."
    return d, truth(
        "0187-0043",
        dt,
        None,
        V,
        tot - c["vat"],
        c["vat"],
        tot,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        li(c["lines"]),
        note,
    )


@reg("r05", "pdf", "ES")
def r05(name, rng):
    d = Doc(name, 80 * mm)
    V = "Supermercados Ribera, S.L."
    dt = date(2026, 2, 7)
    items = [
        ("LECHE ENTERA 1L", "6", "0.95", "4"),
        ("PAN DE MOLDE", "1", "1.85", "4"),
        ("TOMATE RAMA KG", "1.240", "2.49", "4"),
        ("ACEITUNAS RELLENAS", "2", "1.35", "10"),
        ("JAMÓN COCIDO 200G", "1", "2.99", "10"),
        ("AGUA 6X1,5L", "1", "2.10", "10"),
        ("CERVEZA PACK 12", "1", "7.49", "21"),
        ("LEJÍA 2L", "1", "1.19", "21"),
        ("GEL DUCHA 750ML", "2", "2.65", "21"),
    ]
    c = calc(items, incl=True)
    tot = c["gross"]
    d.y = 14
    d.c("ribera", "Helvetica-BoldOblique", 20, 22)
    d.c("SUPERMERCADOS RIBERA, S.L.", "Helvetica-Bold", 8)
    d.c("CIF B-30418827 · C/ Mayor 112, 30201 Cartagena", "Helvetica", 7)
    d.c("Tienda 0412 · Tel. 968 50 22 14", "Helvetica", 7)
    d.sep()
    d.c("FACTURA SIMPLIFICADA", "Courier-Bold", 9)
    d.lr("N.º FS 0412-2026-118833", "", "Courier", 7.5)
    d.lr(f"{fr_d(dt)} 18:22", "Caja 03 Op. 27", "Courier", 7.5)
    d.sep()
    for ds, qt, u, a, _r in c["lines"]:
        if "." in qt:
            d.lr(ds, "", "Courier", 7.5)
            d.lr(
                f"  {qt.replace('.', ',')} kg x {money(u, 'it')} €/kg",
                money(a, "it"),
                "Courier",
                7.5,
            )
        elif qt != "1":
            d.lr(f"{qt} x {ds}", money(a, "it"), "Courier", 7.5)
            d.lr(f"  ({money(u, 'it')} c/u)", "", "Courier", 7)
        else:
            d.lr(ds, money(a, "it"), "Courier", 7.5)
    d.sep()
    d.lr(f"TOTAL ({len(c['lines'])} art.)", money(tot, "it") + " €", "Courier-Bold", 10, 14)
    d.adv(4)
    vat_table(
        d, c, "it", ["IVA", "BASE", "CUOTA", "TOTAL"], [4 * mm, 40 * mm, 57 * mm, 76 * mm], sz=7
    )
    d.sep()
    d.lr("TARJETA VISA", money(tot, "it"), "Courier", 7.5)
    d.lr("**** **** **** 1234", "AUT 604412", "Courier", 7)
    d.c("COPIA CLIENTE - IMPORTE " + money(tot, "it") + " EUR", "Courier", 7)
    d.sep()
    d.lr("CLUB RIBERA 7712****0091", "", "Courier", 7)
    d.lr("Ha ahorrado hoy", "3,15 €", "Courier", 7)
    d.lr("Saldo acumulado", "18,40 €", "Courier", 7)
    d.lr("Cheque válido hasta", "31/03/2026", "Courier", 7)
    d.c("Devoluciones: 15 días con ticket", "Helvetica", 7)
    d.c("Gracias por su compra", "Helvetica-Bold", 8)
    note = "Simplified invoice with three IVA rates (4/10/21) in a BASE/CUOTA table (amount = bases); weighed item; card slip repeats the total; club savings, accumulated balance and a voucher expiry date."
    return d, truth(
        "FS 0412-2026-118833",
        dt,
        None,
        V,
        c["net"],
        c["vat"],
        tot,
        "EUR",
        "es-ES",
        "receipt",
        "receipt",
        li(c["lines"]),
        note,
    )


@reg("r06", "scan", "NL", "small")
def r06(name, rng):
    d = Doc(name, 80 * mm)
    V = "De Linde Supermarkten B.V."
    dt = date(2026, 3, 28)
    items = [
        ("Halfvolle melk 1,5L", "2", "1.39", "9"),
        ("Jong belegen kaas 500g", "1", "6.29", "9"),
        ("Volkoren brood", "1", "2.49", "9"),
        ("Appels Elstar 1kg", "1", "2.79", "9"),
        ("Stroopwafels", "2", "1.99", "9"),
        ("Bier krat 24x30cl", "1", "16.99", "21"),
        ("Bonus korting bier", "1", "-3.00", "21"),
        ("WC-papier 8 rol", "1", "4.49", "21"),
    ]
    c = calc(items, incl=True)
    tot = c["gross"]
    d.y = 14
    d.c("SpaarPlus", "Helvetica-Bold", 16, 20)
    d.c("De Linde", "Helvetica", 10)
    d.c("Lindelaan 2, 3621 BK Breukelen", "Helvetica", 7.5)
    d.sep()
    for ds, qt, u, a, _r in c["lines"]:
        if qt != "1":
            d.lr(f"{qt} x {money(u, 'de')} {ds}", money(a, "de"), "Courier", 7.5)
        else:
            d.lr(ds, money(a, "de"), "Courier", 7.5)
    d.sep()
    d.lr("TOTAAL", money(tot, "de"), "Courier-Bold", 10, 14)
    d.lr("PIN", money(tot, "de"), "Courier", 8)
    d.adv(3)
    vat_table(
        d, c, "de", ["BTW", "Over", "BTW", "Totaal"], [4 * mm, 40 * mm, 57 * mm, 76 * mm], sz=7
    )
    d.lr("U heeft bespaard", "3,00", "Courier", 7.5)
    d.lr("Spaarzegels", "6", "Courier", 7.5)
    d.sep()
    d.c("KOPIE KAARTHOUDER", "Courier-Bold", 7.5)
    d.lr("Terminal 44120871", "Merchant 1182", "Courier", 7)
    d.lr("Maestro ****0914", "Autorisatie 5X22B", "Courier", 7)
    d.lr(f"{dt.strftime('%d-%m-%Y')} 11:03", "", "Courier", 7)
    d.lr("Totaal", "EUR " + money(tot, "de"), "Courier", 7.5)
    d.sep()
    d.lr("Bon 4471-22", "Kassa 3", "Courier", 7)
    d.lr(f"{dt.strftime('%d-%m-%Y')} 11:02", "Caissière: Sanne", "Courier", 7)
    d.c("Een franchisevestiging van SpaarPlus Nederland B.V.", "Helvetica", 6.5)
    d.c("Exploitant: De Linde Supermarkten B.V.", "Helvetica", 6.5)
    d.c("KvK 61284472 · BTW NL8544.12.301.B01", "Helvetica", 6.5)
    note = "Franchise: brand SpaarPlus (franchisor B.V.) vs operator De Linde Supermarkten B.V. in the footer; bonus discount as a negative line; BTW 9 % + 21 % table; PIN slip repeats the total; savings and stamps; downscaled to 650 px."
    return d, truth(
        "4471-22",
        dt,
        None,
        V,
        c["net"],
        c["vat"],
        tot,
        "EUR",
        "nl-NL",
        "receipt",
        "receipt",
        li(c["lines"]),
        note,
    )


@reg("r07", "pdf", "GB")
def r07(name, rng):
    d = Doc(name, 80 * mm)
    V = "Harrow Fuels Ltd"
    dt = date(2026, 3, 15)
    items = [
        ("Pump 4 Unleaded 38.42L @ 145.9p", "1", "56.05", "20"),
        ("Jet Wash Premium", "1", "8.00", "20"),
        ("Latte Regular", "1", "2.60", "20"),
    ]
    c = calc(items, incl=True)
    tot = c["gross"]
    d.rect(d.w / 2 - 40, 10, 80, 24, fill=(0.85, 0.1, 0.1), r=5)
    d.t(d.w / 2, 27, "APEX", "Helvetica-Bold", 15, "c", col=(1, 1, 1))
    d.y = 40
    d.c("Kingsway Service Station", "Helvetica-Bold", 9)
    d.c("operated by Harrow Fuels Ltd", "Helvetica", 7.5)
    d.c("Kingsway, Harrow HA3 9LL", "Helvetica", 7.5)
    d.c("VAT Reg No GB 402 1177 83", "Helvetica", 7.5)
    d.sep()
    d.c("VAT RECEIPT", "Courier-Bold", 9)
    d.lr("Receipt 0071-228341", dt.strftime("%d/%m/%Y 07:58"), "Courier", 7.5)
    d.lr("Till 2  Cashier 14", "Pump 4", "Courier", 7.5)
    d.sep()
    for ds, _qt, _u, a, _r in c["lines"]:
        d.lr(ds, "£" + money(a), "Courier", 7.5)
    d.sep()
    d.lr("TOTAL", "£" + money(tot), "Courier-Bold", 10, 14)
    d.lr("Contactless VISA", "£" + money(tot), "Courier", 7.5)
    d.adv(3)
    d.row(
        [
            (4 * mm, "VAT", "l"),
            (40 * mm, "Net", "r"),
            (57 * mm, "VAT", "r"),
            (76 * mm, "Gross", "r"),
        ],
        "Courier",
        7,
    )
    d.row(
        [
            (4 * mm, "A 20%", "l"),
            (40 * mm, money(c["net"]), "r"),
            (57 * mm, money(c["vat"]), "r"),
            (76 * mm, money(tot), "r"),
        ],
        "Courier",
        7,
    )
    d.sep()
    d.c("CARDHOLDER COPY", "Courier-Bold", 7.5)
    d.lr("MID ****4412", "TID 22918871", "Courier", 7)
    d.lr("VISA DEBIT ****7731", "AUTH 118420", "Courier", 7)
    d.lr("AMOUNT", "GBP " + money(tot), "Courier-Bold", 8)
    d.lr("PLEASE DEBIT MY ACCOUNT", "", "Courier", 7)
    d.sep()
    d.lr("Apex Rewards points earned", "66", "Courier", 7)
    d.lr("Points balance", "1,480", "Courier", 7)
    d.lr("Balance worth", "£7.40", "Courier", 7)
    d.c("Apex is a trade mark of Apex Fuels UK plc", "Helvetica", 6.5)
    d.c("used under licence", "Helvetica", 6.5)
    note = "Fuel brand APEX (plc, trade mark) vs site name vs operator Harrow Fuels Ltd (vendor); fuel litres and pence price on the line; VAT 20 % net/VAT/gross row; card slip repeats the total; points balance worth £7.40."
    return d, truth(
        "0071-228341",
        dt,
        None,
        V,
        c["net"],
        c["vat"],
        tot,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        li(c["lines"]),
        note,
    )


@reg("r08", "photo", "CH")
def r08(name, rng):
    d = Doc(name, 80 * mm)
    V = "Bäckerei-Konditorei Ruch AG"
    dt = date(2026, 3, 7)
    items = [
        ("Nussgipfel 0.315 kg à 27.50/kg", "1", "8.66", "2.6"),
        ("Zopf 500 g", "1", "6.20", "2.6"),
        ("Cappuccino (Café)", "2", "5.20", "8.1"),
        ("Erdbeertörtli (Café)", "2", "6.40", "8.1"),
    ]
    c = calc(items, incl=True)
    gross = c["gross"]
    tot = (gross / D("0.05")).quantize(D(1), ROUND_HALF_UP) * D("0.05")
    rnd = tot - gross
    eur = q(tot * D("1.06"))
    d.y = 14
    d.c("Ruch", "DVSB", 20, 22)
    d.c("Bäckerei · Konditorei · Café", "DVS", 8)
    d.c("Bäckerei-Konditorei Ruch AG", "DV", 7.5)
    d.c("Marktgasse 16, 3011 Bern", "DV", 7.5)
    d.c("MWST CHE-109.441.227", "DV", 7.5)
    d.sep()
    d.lr(f"{de_d(dt)} 15:22", "Beleg 88014", "DVM", 7.5)
    d.lr("Kasse 1  Bedienung: Lea", "Tisch 6", "DVM", 7.5)
    d.sep()
    for ds, qt, _u, a, _r in c["lines"]:
        if qt != "1":
            d.lr(f"{qt} x {ds}", money(a, "ch"), "DVM", 7.5)
        else:
            d.lr(ds, money(a, "ch"), "DVM", 7.5)
    d.sep()
    d.lr("Total", money(gross, "ch"), "DVM", 8)
    d.lr("Rundung", money(rnd, "ch"), "DVM", 8)
    d.lr("Total CHF", money(tot, "ch"), "DVMB", 10, 14)
    d.lr("Bar", "50.00", "DVM", 8)
    d.lr("Rückgeld CHF", money(D("50.00") - tot, "ch"), "DVM", 8)
    d.lr("Total EUR (Kurs 1.06, nur Info)", money(eur, "ch"), "DVM", 7)
    d.adv(3)
    vat_table(
        d,
        c,
        "ch",
        ["MWST", "Netto", "MWST", "Brutto"],
        [4 * mm, 40 * mm, 57 * mm, 76 * mm],
        f="DVM",
        sz=7,
    )
    d.sep()
    d.c("Treuekarte: 7 von 10 Kaffees", "DV", 7)
    d.c("Gutschein gültig bis 30.06.2026", "DV", 7)
    d.c("Merci vielmal!", "DVI", 8)
    note = "MWST 2.6 % (take-away) + 8.1 % (café) table with net column; weighed item; unrounded total, 5-Rappen Rundung and rounded Total CHF (key the rounded one, rounding closes the sum); cash and change; EUR total for information; voucher validity date."
    return d, truth(
        "88014",
        dt,
        None,
        V,
        c["net"],
        c["vat"],
        tot,
        "CHF",
        "de-CH",
        "receipt",
        "receipt",
        li(c["lines"]),
        note,
        rounding=rnd,
    )


@reg("r09", "scan", "PL")
def r09(name, rng):
    d = Doc(name, 58 * mm)
    V = "Market Budowlany Majster Sp. z o.o."
    dt = date(2026, 3, 19)
    items = [
        ("Wkręty 4x40 op.200", "2", "18.99", "23"),
        ("Farba biała 10L", "1", "129.00", "23"),
        ("Wałek malarski 25cm", "1", "24.50", "23"),
        ("Taśma malarska 48mm", "3", "8.49", "23"),
        ("Kawa rozpuszczalna 200g", "1", "21.99", "5"),
        ("Woda mineralna 1,5L", "6", "1.89", "8"),
    ]
    c = calc(items, incl=True)
    tot = c["gross"]
    m = 3 * mm
    codes = {"23": "A", "8": "B", "5": "C"}
    d.y = 12
    d.c("MAJSTER", "DVB", 12, 14)
    d.c("Market Budowlany Majster Sp. z o.o.", "DV", 6)
    d.c("ul. Szczecińska 12, 75-135 Koszalin", "DV", 6)
    d.c("NIP 669-250-44-71", "DV", 6)
    d.lr(dt.isoformat(), "nr wydr. 123/4567", "DVM", 6, m=m)
    d.c("PARAGON FISKALNY", "DVMB", 8)
    d.sep(m=m)
    for ds, qt, u, a, r in c["lines"]:
        d.lr(ds, "", "DVM", 6.5, m=m)
        d.lr(f"  {qt} x{money(u, 'fr')}", f"{money(a, 'fr')} {codes[r]}", "DVM", 6.5, m=m)
    d.sep(m=m)
    for r in ("23", "8", "5"):
        d.lr(f"Sprzed. opod. PTU {codes[r]}", money(c["bases"][r], "fr"), "DVM", 6, m=m)
        d.lr(f"Kwota {codes[r]} {r},00%", money(c["vats"][r], "fr"), "DVM", 6, m=m)
    d.lr("Suma PTU", money(c["vat"], "fr"), "DVM", 6.5, m=m)
    d.lr("SUMA PLN", money(tot, "fr"), "DVMB", 9, 13, m=m)
    d.sep(m=m)
    d.lr("Gotówka", "300,00", "DVM", 6.5, m=m)
    d.lr("Reszta", money(D("300.00") - tot, "fr"), "DVM", 6.5, m=m)
    d.lr("NIP nabywcy:", "5213871102", "DVM", 6.5, m=m)
    d.lr("Paragon nr 004471", "Kasa 2", "DVM", 6.5, m=m)
    d.lr("Kasjer: Marta", "14:07", "DVM", 6.5, m=m)
    d.c("BGA 11804471", "DVM", 6)
    d.c("--- NIEFISKALNY ---", "DVM", 6)
    d.lr("Karta Majster Club", "****2219", "DVM", 6, m=m)
    d.lr("Punkty", "+245 / 3 120", "DVM", 6, m=m)
    d.lr("Rabat ważny do", "30.04.2026", "DVM", 6, m=m)
    note = "58 mm paragon: PTU A/B/C (23/8/5 %) with per-rate sales and tax (amount = total - PTU, no net printed); buyer's NIP printed under the payment next to the shop NIP; print number vs receipt number; cash and change; non-fiscal loyalty block with a validity date."
    return d, truth(
        "004471",
        dt,
        None,
        V,
        tot - c["vat"],
        c["vat"],
        tot,
        "PLN",
        "pl-PL",
        "receipt",
        "receipt",
        li(c["lines"]),
        note,
    )


@reg("r10", "scanpdf", "SE")
def r10(name, rng):
    d = Doc(name, 80 * mm)
    V = "Lindqvists Järnhandel AB"
    dt = date(2026, 3, 19)
    items = [
        ("Skruvdragare 18V", "1", "1295.00", "25"),
        ("Bits-sats 32 delar", "1", "149.00", "25"),
        ("Arbetshandskar", "2", "79.00", "25"),
        ("RETUR Sticksåg kvitto 88102", "-1", "649.00", "25"),
        ("Kaffe bryggmalet 450 g", "1", "64.90", "12"),
    ]
    c = calc(items, incl=True)
    tot = c["gross"]
    d.y = 14
    d.c("LINDQVISTS", "Helvetica-Bold", 14, 17)
    d.c("JÄRNHANDEL", "Helvetica", 9)
    d.c("Lindqvists Järnhandel AB", "Helvetica", 7.5)
    d.c("Storgatan 22, 852 30 Sundsvall", "Helvetica", 7.5)
    d.c("Org.nr 556344-1029", "Helvetica", 7.5)
    d.sep()
    d.lr("KVITTO", "Kvittonr 88213", "Courier-Bold", 8)
    d.lr(dt.isoformat() + " 16:44", "Kassa 1", "Courier", 7.5)
    d.sep()
    for ds, qt, _u, a, _r in c["lines"]:
        if qt not in ("1", "-1"):
            d.lr(f"{ds} {qt} st", money(a, "fr"), "Courier", 7.5)
        else:
            d.lr(ds, money(a, "fr"), "Courier", 7.5)
    d.sep()
    d.lr("ATT BETALA", money(tot, "fr"), "Courier-Bold", 10, 14)
    d.lr("Kort", money(tot, "fr"), "Courier", 7.5)
    d.adv(3)
    d.row(
        [
            (4 * mm, "Moms%", "l"),
            (40 * mm, "Moms", "r"),
            (57 * mm, "Netto", "r"),
            (76 * mm, "Brutto", "r"),
        ],
        "Courier",
        7,
    )
    for r in ("25", "12"):
        d.row(
            [
                (4 * mm, r, "l"),
                (40 * mm, money(c["vats"][r], "fr"), "r"),
                (57 * mm, money(c["nets"][r], "fr"), "r"),
                (76 * mm, money(c["bases"][r], "fr"), "r"),
            ],
            "Courier",
            7,
        )
    d.sep()
    d.c("KORTKVITTO - KUNDENS EXEMPLAR", "Courier", 7)
    d.lr("Mastercard ****5521", "Ref 00412", "Courier", 7)
    d.lr("Köp", "SEK " + money(tot, "fr"), "Courier", 7.5)
    d.lr("Godkänt", "PIN", "Courier", 7)
    d.sep()
    d.lr("Kontrollenhet", "KE44712-0087", "Courier", 6.5)
    d.c("Öppet köp 30 dagar t.o.m. 2026-04-18", "Helvetica", 7)
    d.c("Tack för besöket!", "Helvetica-Bold", 8)
    note = "Return of an earlier purchase (negative line referencing another receipt number 88102); moms 25 % + 12 % table in the order Moms / Netto / Brutto; card slip repeats the amount; control unit id; open-purchase end date; image-only PDF."
    return d, truth(
        "88213",
        dt,
        None,
        V,
        c["net"],
        c["vat"],
        tot,
        "SEK",
        "sv-SE",
        "receipt",
        "receipt",
        li(c["lines"]),
        note,
    )


@reg("r11", "pdf", "AU")
def r11(name, rng):
    d = Doc(name, 80 * mm)
    V = "Nguyen & Lee Pharmacy Pty Ltd"
    dt = date(2026, 3, 11)
    items = [
        ("Paracetamol 500mg 100 tab", "1", "9.99", "0"),
        ("Amoxicillin 500mg (PBS)", "1", "31.60", "0"),
        ("SPF50+ Sunscreen 200ml *", "1", "14.95", "10"),
        ("Hand cream 75ml *", "2", "6.49", "10"),
        ("Vitamin D 1000IU 250 cap", "1", "17.99", "0"),
    ]
    c = calc(items, incl=True)
    gross = c["gross"]
    tot = (gross / D("0.05")).quantize(D(1), ROUND_HALF_UP) * D("0.05")
    rnd = tot - gross
    d.y = 14
    d.c("BAYVIEW PHARMACY", "Helvetica-Bold", 11, 14)
    d.c("operated by Nguyen & Lee Pharmacy Pty Ltd", "Helvetica", 7)
    d.c("ABN 41 622 118 904", "Helvetica", 7.5)
    d.c("14 Bay St, Port Melbourne VIC 3207", "Helvetica", 7.5)
    d.sep()
    d.c("TAX INVOICE", "Courier-Bold", 9)
    d.lr("Receipt 310-55812", dt.strftime("%d/%m/%Y"), "Courier", 7.5)
    d.lr("Script no. 4471902", "Medicare ****3319", "Courier", 7)
    d.sep()
    for ds, qt, _u, a, _r in c["lines"]:
        d.lr(f"{qt} {ds}", money(a), "Courier", 7.5)
    d.sep()
    d.lr("TOTAL", money(gross), "Courier", 8)
    d.lr("Rounding", money(rnd), "Courier", 8)
    d.lr("AMOUNT PAYABLE", money(tot), "Courier-Bold", 10, 14)
    d.lr("Cash", "100.00", "Courier", 8)
    d.lr("Change", money(D("100.00") - tot), "Courier", 8)
    d.lr("Total includes GST", money(c["vat"]), "Courier", 8)
    d.c("* = taxable item", "Courier", 7)
    d.sep()
    d.lr("Bayview Rewards", "Member 88214", "Courier", 7)
    d.lr("Points earned", "77", "Courier", 7)
    d.lr("Member since", "02/2019", "Courier", 7)
    d.lr("DOB on file", "14/07/1961", "Courier", 7)
    d.c("Bayview Pharmacy is a member of", "Helvetica", 6.5)
    d.c("the CarePoint Pharmacy franchise group", "Helvetica", 6.5)
    note = "Operator Pty Ltd vs trade name and franchise group; GST only on starred items ('Total includes GST'); TOTAL before cash rounding vs AMOUNT PAYABLE after rounding (key the rounded amount, rounding closes the sum); script number, Medicare no.; loyalty with date of birth."
    return d, truth(
        "310-55812",
        dt,
        None,
        V,
        gross - c["vat"],
        c["vat"],
        tot,
        "AUD",
        "en-AU",
        "receipt",
        "receipt",
        li(c["lines"]),
        note,
        rounding=rnd,
    )


@reg("r12", "pdf", "GR")
def r12(name, rng):
    d = Doc(name, 80 * mm)
    V = "ΑΡΤΟΠΟΙΕΙΑ ΠΑΠΑΔΟΠΟΥΛΟΣ Ο.Ε."
    dt = date(2026, 4, 9)
    items = [
        ("ΤΥΡΟΠΙΤΑ ΣΦΟΛΙΑΤΑ", "2", "2.40", "13"),
        ("ΨΩΜΙ ΧΩΡΙΑΤΙΚΟ", "1", "1.80", "13"),
        ("ΚΟΥΛΟΥΡΙ ΘΕΣΣΑΛΟΝΙΚΗΣ", "4", "0.70", "13"),
        ("FREDDO ESPRESSO", "2", "2.80", "24"),
        ("ΧΥΜΟΣ ΠΟΡΤΟΚΑΛΙ 330ML", "1", "2.20", "24"),
    ]
    c = calc(items, incl=True)
    tot = c["gross"]
    d.y = 14
    d.c("ΠΑΠΑΔΟΠΟΥΛΟΣ", "DVB", 13, 16)
    d.c("ΑΡΤΟΠΟΙΕΙΑ ΠΑΠΑΔΟΠΟΥΛΟΣ Ο.Ε.", "DV", 7.5)
    d.c("ΕΓΝΑΤΙΑΣ 88, 54630 ΘΕΣΣΑΛΟΝΙΚΗ", "DV", 7)
    d.c("ΑΦΜ 800441271 · ΔΟΥ Δ' ΘΕΣΣΑΛΟΝΙΚΗΣ", "DV", 7)
    d.sep()
    d.c("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ", "DVB", 8)
    d.lr("ΣΕΙΡΑ Α  ΑΡ. 18827", dt.strftime("%d/%m/%Y 08:41"), "DVM", 7)
    d.sep()
    for ds, qt, u, a, r in c["lines"]:
        d.lr(ds, "", "DVM", 7)
        d.lr(f"  {qt} x {money(u, 'it')}  ΦΠΑ {r}%", money(a, "it"), "DVM", 7)
    d.sep()
    d.lr("ΣΥΝΟΛΟ €", money(tot, "it"), "DVMB", 10, 14)
    d.adv(3)
    d.row(
        [
            (4 * mm, "ΦΠΑ", "l"),
            (40 * mm, "ΚΑΘΑΡΗ", "r"),
            (57 * mm, "ΦΠΑ", "r"),
            (76 * mm, "ΣΥΝΟΛΟ", "r"),
        ],
        "DVM",
        6.5,
    )
    for r in ("13", "24"):
        d.row(
            [
                (4 * mm, r + "%", "l"),
                (40 * mm, money(c["nets"][r], "it"), "r"),
                (57 * mm, money(c["vats"][r], "it"), "r"),
                (76 * mm, money(c["bases"][r], "it"), "r"),
            ],
            "DVM",
            6.5,
        )
    d.sep()
    d.lr("ΚΑΡΤΑ", money(tot, "it"), "DVM", 7)
    d.lr("ΑΡ. ΕΓΚΡΙΣΗΣ", "771204", "DVM", 7)
    d.lr("ΜΑΡΚ", "400001928817734", "DVM", 7)
    d.lr("UID", "A81C2F9E77D04B1B", "DVM", 6.5)
    d.qr(d.w / 2 - 30, d.y + 8, 60)
    d.adv(72)
    d.c("ΕΥΧΑΡΙΣΤΟΥΜΕ ΠΟΛΥ!", "DVB", 8)
    note = "Greek script; ΦΠΑ 13 % + 24 % with ΚΑΘΑΡΗ (net) column; series/number 'ΣΕΙΡΑ Α ΑΡ. 18827' vs long myDATA ΜΑΡΚ and UID; card approval number; QR code."
    return d, truth(
        "18827",
        dt,
        None,
        V,
        c["net"],
        c["vat"],
        tot,
        "EUR",
        "el-GR",
        "receipt",
        "receipt",
        li(c["lines"]),
        note,
    )


@reg("r13", "photo", "PT")
def r13(name, rng):
    d = Doc(name, 80 * mm)
    V = "Pastelaria Bela Vista, Lda."
    dt = date(2026, 3, 26)
    items = [
        ("Pastel de nata", "4", "1.30", "6"),
        ("Bolo de arroz", "2", "1.45", "6"),
        ("Galão", "2", "1.60", "23"),
        ("Água das Pedras 25cl", "1", "1.70", "23"),
    ]
    c = calc(items, incl=True)
    tot = c["gross"]
    d.y = 14
    d.c("Pastelaria Bela Vista", "DVSB", 12, 15)
    d.c("Pastelaria Bela Vista, Lda.", "DV", 7.5)
    d.c("Rua da Graça 61, 1170-165 Lisboa", "DV", 7)
    d.c("NIF 514 228 907 · Cap. Social 5.000 €", "DV", 7)
    d.sep()
    d.c("Fatura Simplificada  -  Original", "DVB", 8)
    d.lr("FS 2026A/3381", dt.strftime("%Y-%m-%d 09:14"), "DVM", 7.5)
    d.lr("NIF adquirente", "245 118 902", "DVM", 7.5)
    d.sep()
    for ds, qt, _u, a, r in c["lines"]:
        d.lr(f"{qt} {ds}", f"{money(a, 'it')} ({r}%)", "DVM", 7.5)
    d.sep()
    d.lr("TOTAL EUR", money(tot, "it"), "DVMB", 10, 14)
    d.adv(3)
    d.row(
        [
            (4 * mm, "IVA", "l"),
            (40 * mm, "Incid.", "r"),
            (57 * mm, "Valor", "r"),
            (76 * mm, "Total", "r"),
        ],
        "DVM",
        6.5,
    )
    for r in ("6", "23"):
        d.row(
            [
                (4 * mm, r + "%", "l"),
                (40 * mm, money(c["nets"][r], "it"), "r"),
                (57 * mm, money(c["vats"][r], "it"), "r"),
                (76 * mm, money(c["bases"][r], "it"), "r"),
            ],
            "DVM",
            6.5,
        )
    d.lr("Numerário", "20,00", "DVM", 7.5)
    d.lr("Troco", money(D("20.00") - tot, "it"), "DVM", 7.5)
    d.lr("ATCUD: JJK7RT2P-3381", "", "DVM", 6.5)
    d.c("aB3x-Processado por programa certificado n.º 2231/AT", "DV", 6)
    d.c("- - - - - - - - corte aqui - - - - - - - -", "DVM", 6.5)
    d.c("DUPLICADO", "DVB", 8)
    d.lr("FS 2026A/3381", dt.strftime("%Y-%m-%d"), "DVM", 7)
    d.lr("Total", money(tot, "it") + " EUR", "DVM", 7)
    d.lr("IVA incluído", money(c["vat"], "it"), "DVM", 7)
    d.c("Pastelaria Bela Vista, Lda.", "DV", 6.5)
    note = "Trade name repeated with Lda.; customer NIF next to the shop NIF; ATCUD and certified-program number; IVA 6 % + 23 % table (Incid. = net); cash and change; a short DUPLICADO copy below a cut line repeats number, total and VAT."
    return d, truth(
        "FS 2026A/3381",
        dt,
        None,
        V,
        c["net"],
        c["vat"],
        tot,
        "EUR",
        "pt-PT",
        "receipt",
        "receipt",
        li(c["lines"]),
        note,
    )


@reg("r14", "scan", "TR")
def r14(name, rng):
    d = Doc(name, 58 * mm)
    V = "Yılmaz Market Gıda Ltd. Şti."
    dt = date(2026, 2, 21)
    items = [
        ("EKMEK 350G", "3", "15.00", "1"),
        ("SÜT 1L", "2", "42.50", "1"),
        ("BEYAZ PEYNİR KG", "1", "289.90", "1"),
        ("DETERJAN 4KG", "1", "349.00", "20"),
        ("ÇAY 1KG", "1", "239.00", "20"),
        ("KOLA 2.5L", "2", "64.75", "20"),
    ]
    c = calc(items, incl=True)
    tot = c["gross"]
    m = 3 * mm
    d.y = 12
    d.c("YILMAZ MARKET", "DVB", 11, 14)
    d.c("Yılmaz Market Gıda Ltd. Şti.", "DV", 6.5)
    d.c("Atatürk Cad. No:114 Çankaya/ANKARA", "DV", 6)
    d.c("Çankaya V.D. 9480221173", "DV", 6)
    d.lr(dt.strftime("%d.%m.%Y"), "SAAT 19:46", "DVM", 6.5, m=m)
    d.lr("FİŞ NO: 0047", "", "DVM", 6.5, m=m)
    d.sep(m=m)
    for ds, qt, u, a, r in c["lines"]:
        if qt != "1":
            d.lr(f"{qt} AD X {money(u, 'it')}", "", "DVM", 6.5, m=m)
        d.lr(ds, f"%{r} *{money(a, 'it')}", "DVM", 6.5, m=m)
    d.sep(m=m)
    d.lr("TOPKDV", "*" + money(c["vat"], "it"), "DVM", 7, m=m)
    d.lr("TOPLAM", "*" + money(tot, "it"), "DVMB", 9, 13, m=m)
    for r in ("1", "20"):
        d.lr(f"KDV %{r}", "*" + money(c["vats"][r], "it"), "DVM", 6, m=m)
    d.lr("NAKİT", "*1.200,00", "DVM", 6.5, m=m)
    d.lr("PARA ÜSTÜ", "*" + money(D("1200.00") - tot, "it"), "DVM", 6.5, m=m)
    d.sep(m=m)
    d.lr("Z NO: 0312", "EKÜ NO: 0001", "DVM", 6, m=m)
    d.lr("KASİYER: AYŞE", "", "DVM", 6, m=m)
    d.c("MF 4C 20017744", "DVM", 6)
    d.c("Kazandığınız puan: 18 · Bakiye: 412", "DV", 6)
    note = "58 mm fiş with '*' prefixed amounts; KDV %1 + %20 (only TOPKDV and per-rate KDV printed, amount = total - vat); FİŞ NO vs Z NO / EKÜ NO / MF serial; cash and change; tax office number."
    return d, truth(
        "0047",
        dt,
        None,
        V,
        tot - c["vat"],
        c["vat"],
        tot,
        "TRY",
        "tr-TR",
        "receipt",
        "receipt",
        li(c["lines"]),
        note,
    )


@reg("r15", "pdf", "MX")
def r15(name, rng):
    d = Doc(name, 80 * mm)
    V = "Farmacias del Bajío, S.A. de C.V."
    dt = date(2026, 3, 4)
    items = [
        ("LORATADINA 10MG 20 TAB", "1", "89.50", "0"),
        ("OMEPRAZOL 20MG 14 CAP", "2", "64.00", "0"),
        ("SHAMPOO ANTICASPA 400ML", "1", "119.00", "16"),
        ("PAÑALES ETAPA 4 40PZ", "1", "329.00", "16"),
        ("AGUA ELECTROLIT 625ML", "3", "21.50", "16"),
    ]
    c = calc(items, incl=True)
    tot = c["gross"]
    usd = q(tot / D("17.85"))
    d.y = 14
    d.c("FARMACIAS DEL BAJÍO", "Helvetica-Bold", 11, 14)
    d.c("Farmacias del Bajío, S.A. de C.V.", "Helvetica", 7.5)
    d.c("RFC FBA980311KL4", "Helvetica", 7.5)
    d.c("Suc. 118 León Centro · Madero 204, León, Gto.", "Helvetica", 7)
    d.sep()
    d.lr("TICKET 118-0044712", fr_d(dt) + " 13:05", "Courier", 7.5)
    d.lr("Caja 2  Folio F-88213", "Cajero 31", "Courier", 7.5)
    d.lr("RFC cliente", "XAXX010101000", "Courier", 7.5)
    d.sep()
    for ds, qt, _u, a, _r in c["lines"]:
        d.lr(f"{qt} {ds}", money(a), "Courier", 7.5)
    d.lr("  DESCUENTO INCLUIDO", "", "Courier", 7)
    d.sep()
    d.lr("SUBTOTAL", money(tot - c["vat"]), "Courier", 8)
    d.lr("IVA 16%", money(c["vat"]), "Courier", 8)
    d.lr("TOTAL $", money(tot), "Courier-Bold", 10, 14)
    d.lr("TOTAL USD (T.C. 17.85, informativo)", money(usd), "Courier", 6.5)
    d.lr("EFECTIVO", "1,000.00", "Courier", 8)
    d.lr("CAMBIO", money(D("1000.00") - tot), "Courier", 8)
    d.lr("SU AHORRO", "46.80", "Courier", 8)
    d.sep()
    d.lr("Monedero electrónico", "****7720", "Courier", 7)
    d.lr("Saldo anterior", "84.30", "Courier", 7)
    d.lr("Abono", "+12.90", "Courier", 7)
    d.c("Facture en línea antes del 31/03/2026", "Helvetica", 7)
    d.c("con su folio F-88213", "Helvetica", 7)
    note = "IVA 16 % only on some items (medicines 0 %), SUBTOTAL/IVA printed; ticket vs folio vs caja numbers; generic customer RFC; USD total for information; cash and change; 'su ahorro' and e-wallet balances; invoicing deadline date."
    return d, truth(
        "118-0044712",
        dt,
        None,
        V,
        tot - c["vat"],
        c["vat"],
        tot,
        "MXN",
        "es-MX",
        "receipt",
        "receipt",
        li(c["lines"]),
        note,
    )


@reg("r16", "photo", "NO")
def r16(name, rng):
    d = Doc(name, 80 * mm)
    V = "Sunnmøre Hotelldrift AS"
    dt = date(2026, 3, 12)
    items = [
        ("Overnatting dbl. rom 412", "2", "1450.00", "12"),
        ("Frokost", "2", "195.00", "15"),
        ("Minibar øl", "3", "89.00", "25"),
        ("Parkering", "2", "150.00", "25"),
    ]
    c = calc(items, incl=True)
    tot = c["gross"]
    dep = D("1000.00")
    d.y = 14
    d.c("FJORDHOTELLET", "DVSB", 13, 16)
    d.c("ÅLESUND", "DVS", 8)
    d.c("drives av Sunnmøre Hotelldrift AS", "DV", 7)
    d.c("en franchise av NordStay Hotels", "DV", 7)
    d.c("Org.nr 912 345 678 MVA", "DV", 7)
    d.sep()
    d.c("KVITTERING", "DVB", 9)
    d.lr("Kvittering nr 88321", dt.strftime("%d.%m.%Y"), "DVM", 7)
    d.lr("Folio 4471-1  Rom 412", "", "DVM", 7)
    d.lr("Ankomst 10.03.2026", "Avreise 12.03.2026", "DVM", 7)
    d.lr("Gjest: Hansen, Erik", "", "DVM", 7)
    d.lr("Firma: Vestlandsk Bygg AS", "", "DVM", 7)
    d.sep()
    for ds, qt, _u, a, _r in c["lines"]:
        d.lr(f"{qt} x {ds}", money(a, "fr"), "DVM", 7)
    d.sep()
    d.lr("TOTALT NOK", money(tot, "fr"), "DVMB", 9.5, 13)
    d.lr("Forhåndsbetalt 10.03.2026", "-" + money(dep, "fr"), "DVM", 7)
    d.lr("Betalt Visa ****0911", money(tot - dep, "fr"), "DVM", 7)
    d.lr("Saldo", "0,00", "DVM", 7)
    d.adv(3)
    d.row(
        [
            (4 * mm, "MVA", "l"),
            (40 * mm, "Grunnlag", "r"),
            (57 * mm, "MVA", "r"),
            (76 * mm, "Sum", "r"),
        ],
        "DVM",
        6.5,
    )
    for r in ("12", "15", "25"):
        d.row(
            [
                (4 * mm, r + "%", "l"),
                (40 * mm, money(c["nets"][r], "fr"), "r"),
                (57 * mm, money(c["vats"][r], "fr"), "r"),
                (76 * mm, money(c["bases"][r], "fr"), "r"),
            ],
            "DVM",
            6.5,
        )
    d.sep()
    d.c("NordStay Points: 3 120 · nivå Gold", "DV", 6.5)
    d.c("Takk for besøket!", "DVI", 8)
    note = "Hotel brand and franchisor vs operator AS (drives av); guest's company AS; folio and room numbers; arrival/departure dates; deposit paid on arrival then card for the rest, saldo 0 - key TOTALT; MVA 12/15/25 % with Grunnlag (net)."
    return d, truth(
        "88321",
        dt,
        None,
        V,
        c["net"],
        c["vat"],
        tot,
        "NOK",
        "nb-NO",
        "receipt",
        "receipt",
        li(c["lines"]),
        note,
    )


if __name__ == "__main__":
    main()
