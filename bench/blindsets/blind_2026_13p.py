# ruff: noqa: E501
"""Blind evaluation set 13p (hospitality): 16 supplier invoices and 16 guest receipts.

Run from the repository root:

    python -m bench.blindsets.blind_2026_13p [OUTDIR] [--only NAME]

Every document is drawn by its own function (reportlab, invariant=1); images are
rendered with pypdfium2 and degraded with OpenCV / numpy. Every random choice is
seeded with the CRC-32 of the document's name, so re-runs are byte-identical.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import sys
import tempfile
import zlib
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

D = Decimal
ZERO = D("0")
CENT = D("0.01")
A4W, A4H = A4
LTW, LTH = letter
DEFAULT_OUT = Path("bench/blindsets/blind-2026-13p")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DV": "DejaVuSans",
    "DVB": "DejaVuSans-Bold",
    "DVO": "DejaVuSans-Oblique",
    "DVBO": "DejaVuSans-BoldOblique",
    "DVC": "DejaVuSansCondensed",
    "DVCB": "DejaVuSansCondensed-Bold",
    "DVM": "DejaVuSansMono",
    "DVMB": "DejaVuSansMono-Bold",
    "DVS": "DejaVuSerif",
    "DVSB": "DejaVuSerif-Bold",
    "DVSI": "DejaVuSerif-Italic",
    "DVSBI": "DejaVuSerif-BoldItalic",
    "DVSC": "DejaVuSerifCondensed",
}
INKBLUE = Color(0.1, 0.18, 0.62)
GREY = Color(0.38, 0.38, 0.38)
LIGHT = Color(0.9, 0.9, 0.9)


class LayoutError(Exception):
    """A text run leaves the page or overlaps another text run."""


def register_fonts() -> None:
    have = set(pdfmetrics.getRegisteredFontNames())
    for alias, fname in FONTS.items():
        if alias not in have:
            pdfmetrics.registerFont(TTFont(alias, str(FONT_DIR / f"{fname}.ttf")))


# ---------------------------------------------------------------- money ----


def q2(x) -> Decimal:
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(D(1), rounding=ROUND_HALF_UP)


def round_to(x, step) -> Decimal:
    step = D(step)
    return ((D(x) / step).quantize(D(1), rounding=ROUND_HALF_UP) * step).quantize(CENT)


def s2(x) -> str:
    return f"{q2(x):.2f}"


def num(d, dec=".", th=",", places=2, india=False) -> str:
    d = D(d)
    neg = d < 0
    s = f"{abs(d).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP):.{places}f}"
    ip, _, fp = s.partition(".")
    parts: list[str] = []
    if india and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        ip = th.join([head, *parts, tail]) if head else th.join([*parts, tail])
    else:
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        ip = th.join([ip, *parts])
    out = ip + (dec + fp if places else "")
    return ("-" if neg else "") + out


def de(d) -> str:
    return num(d, ",", ".")


def en(d) -> str:
    return num(d)


def fr(d) -> str:
    return num(d, ",", " ")


def ch(d) -> str:
    return num(d, ".", "'")


def it(desc, qty, unit, amt=None) -> dict:
    qty, unit = D(str(qty)), D(str(unit))
    return {"d": desc, "q": qty, "u": unit, "a": q2(qty * unit) if amt is None else D(amt)}


def qstr(q) -> str:
    q = D(q)
    s = format(q.normalize(), "f")
    return s


def items_json(items) -> list[dict]:
    return [
        {
            "description": i["d"],
            "quantity": qstr(i["q"]),
            "unit_price": s2(i["u"]),
            "amount": s2(i["a"]),
        }
        for i in items
    ]


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
    tip=ZERO,
    rounding=ZERO,
) -> dict:
    amount, total = q2(amount), q2(total)
    vat = None if vat is None else q2(vat)
    lhs = amount + (vat or ZERO) + D(tip) + D(rounding)
    if lhs != total:
        raise AssertionError(f"{number}: {amount} + {vat} + {tip} + {rounding} = {lhs} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": s2(amount),
        "vat": None if vat is None else s2(vat),
        "total": s2(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": items_json(items),
        "note": note,
        "kind": "",
    }


def inr_words(n: int) -> str:
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

    def two(k: int) -> str:
        return ones[k] if k < 20 else tens[k // 10] + (" " + ones[k % 10] if k % 10 else "")

    def three(k: int) -> str:
        h, r = divmod(k, 100)
        out = [ones[h] + " Hundred"] if h else []
        if r:
            out.append(two(r))
        return " ".join(out)

    crore, n = divmod(n, 10**7)
    lakh, n = divmod(n, 10**5)
    thou, n = divmod(n, 1000)
    parts = []
    if crore:
        parts.append(two(crore) + " Crore")
    if lakh:
        parts.append(two(lakh) + " Lakh")
    if thou:
        parts.append(two(thou) + " Thousand")
    if n:
        parts.append(three(n))
    return " ".join(parts)


# ---------------------------------------------------------------- sheet ----


class Sheet:
    """Drawing ops in top-down coordinates (y = distance from the top edge)."""

    def __init__(self, name: str, w: float, h: float | None = None):
        self.name, self.w, self.h = name, w, h
        self.pages: list[list[tuple]] = [[]]
        self.maxy = 0.0

    @property
    def ops(self) -> list[tuple]:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append([])

    def width(self, s: str, f: str, z: float) -> float:
        return pdfmetrics.stringWidth(s, f, z)

    def t(self, x, y, s, f="Helvetica", z=9.0, a="l", col=black) -> float:
        s = str(s)
        wd = self.width(s, f, z)
        x0 = x if a == "l" else (x - wd if a == "r" else x - wd / 2)
        self.ops.append(("t", x0, y, s, f, z, col, wd))
        self.maxy = max(self.maxy, y + z * 0.25)
        return wd

    def hand(self, x, y, s, z=14.0, col=INKBLUE, ang=3.0, f="DVSI") -> None:
        wd = self.width(s, f, z)
        self.ops.append(("h", x, y, s, f, z, col, wd, ang))
        self.maxy = max(self.maxy, y + z * 0.3)

    def line(self, x1, y1, x2, y2, lw=0.5, col=black, dash=None) -> None:
        self.ops.append(("l", x1, y1, x2, y2, lw, col, dash))
        self.maxy = max(self.maxy, y1, y2)

    def rect(self, x, y, w, h, lw=0.5, stroke=black, fill=None) -> None:
        self.ops.append(("r", x, y, w, h, lw, stroke, fill))
        self.maxy = max(self.maxy, y + h)

    def circle(self, x, y, r, lw=0.5, stroke=black, fill=None) -> None:
        self.ops.append(("c", x, y, r, lw, stroke, fill))
        self.maxy = max(self.maxy, y + r)

    def poly(self, pts, lw=0.5, stroke=black, fill=None, close=True) -> None:
        self.ops.append(("p", list(pts), lw, stroke, fill, close))
        self.maxy = max(self.maxy, max(p[1] for p in pts))

    def squiggle(self, x, y, w, h, rng: random.Random, col=INKBLUE) -> None:
        pts = []
        n = 28
        for i in range(n + 1):
            px = x + w * i / n
            py = y + h * 0.5 * math.sin(i * 1.3 + rng.random()) * (0.6 + 0.4 * rng.random())
            pts.append((px, py))
        self.poly(pts, 0.9, col, None, close=False)

    def qr(self, x, y, size, seed, n=25, col=black) -> None:
        r = random.Random(seed)
        cell = size / n
        finders = [(0, 0), (n - 7, 0), (0, n - 7)]

        def in_finder(i, j):
            return any(fx - 1 <= i <= fx + 7 and fy - 1 <= j <= fy + 7 for fx, fy in finders)

        for j in range(n):
            i = 0
            while i < n:
                if not in_finder(i, j) and r.random() < 0.5:
                    k = i
                    while k + 1 < n and not in_finder(k + 1, j) and r.random() < 0.5:
                        k += 1
                    self.rect(x + i * cell, y + j * cell, (k - i + 1) * cell, cell, 0, None, col)
                    i = k + 2
                else:
                    i += 1
        for fx, fy in finders:
            self.rect(x + fx * cell, y + fy * cell, 7 * cell, 7 * cell, 0, None, col)
            self.rect(x + (fx + 1) * cell, y + (fy + 1) * cell, 5 * cell, 5 * cell, 0, None, white)
            self.rect(x + (fx + 2) * cell, y + (fy + 2) * cell, 3 * cell, 3 * cell, 0, None, col)

    def check(self) -> None:
        for pno, ops in enumerate(self.pages, 1):
            boxes: list[tuple[tuple[float, float, float, float], str, bool]] = []
            for op in ops:
                if op[0] not in ("t", "h"):
                    continue
                _, x0, y, s, _f, z, _col, wd = op[:8]
                if not s.strip():
                    continue
                b = (x0, y - z * 0.75, x0 + wd, y + z * 0.2)
                if b[0] < 1.5 or b[2] > self.w - 1.5 or b[1] < 1.5 or b[3] > self.h - 1.5:
                    raise LayoutError(f"{self.name} p{pno}: off page: {s!r} {b}")
                hand = op[0] == "h"
                for ob, os_, oh in boxes:
                    # handwriting may sit on a printed blank ("____") of a form field
                    if (hand and "___" in os_) or (oh and "___" in s):
                        continue
                    if (
                        b[0] < ob[2] - 0.3
                        and ob[0] < b[2] - 0.3
                        and b[1] < ob[3] - 0.3
                        and ob[1] < b[3] - 0.3
                    ):
                        raise LayoutError(f"{self.name} p{pno}: {s!r} overlaps {os_!r}")
                boxes.append((b, s, hand))

    def save(self, path: Path, title: str = "") -> None:  # noqa: C901
        if self.h is None:
            self.h = math.ceil(self.maxy + 7 * mm)
        self.check()
        H = self.h
        c = canvas.Canvas(str(path), pagesize=(self.w, H), invariant=1)
        if title:
            c.setTitle(title)
        for ops in self.pages:
            for op in ops:
                k = op[0]
                if k == "t":
                    _, x, y, s, f, z, col, _wd = op
                    c.setFillColor(col)
                    c.setFont(f, z)
                    c.drawString(x, H - y, s)
                elif k == "h":
                    _, x, y, s, f, z, col, _wd, ang = op
                    c.saveState()
                    c.translate(x, H - y)
                    c.rotate(ang)
                    c.setFillColor(col)
                    c.setFont(f, z)
                    c.drawString(0, 0, s)
                    c.restoreState()
                elif k == "l":
                    _, x1, y1, x2, y2, lw, col, dash = op
                    c.setStrokeColor(col)
                    c.setLineWidth(lw)
                    c.setDash(*dash) if dash else c.setDash()
                    c.line(x1, H - y1, x2, H - y2)
                    c.setDash()
                elif k == "r":
                    _, x, y, w, h, lw, stroke, fill = op
                    c.setLineWidth(lw)
                    if stroke is not None:
                        c.setStrokeColor(stroke)
                    if fill is not None:
                        c.setFillColor(fill)
                    c.rect(
                        x,
                        H - y - h,
                        w,
                        h,
                        stroke=int(stroke is not None),
                        fill=int(fill is not None),
                    )
                elif k == "c":
                    _, x, y, r, lw, stroke, fill = op
                    c.setLineWidth(lw)
                    if stroke is not None:
                        c.setStrokeColor(stroke)
                    if fill is not None:
                        c.setFillColor(fill)
                    c.circle(
                        x, H - y, r, stroke=int(stroke is not None), fill=int(fill is not None)
                    )
                elif k == "p":
                    _, pts, lw, stroke, fill, close = op
                    p = c.beginPath()
                    p.moveTo(pts[0][0], H - pts[0][1])
                    for px, py in pts[1:]:
                        p.lineTo(px, H - py)
                    if close:
                        p.close()
                    c.setLineWidth(lw)
                    if stroke is not None:
                        c.setStrokeColor(stroke)
                    if fill is not None:
                        c.setFillColor(fill)
                    c.drawPath(p, stroke=int(stroke is not None), fill=int(fill is not None))
            c.showPage()
        c.save()


class Cur:
    """A text cursor for receipts and stacked blocks."""

    def __init__(self, sh: Sheet, x0, x1, y, f="Courier", z=8.0, lead=None):
        self.sh, self.x0, self.x1, self.y = sh, x0, x1, y
        self.f, self.z = f, z
        self.lead = lead or z * 1.3
        self.prev = z

    def _adv(self, z) -> None:
        self.y += max(self.lead, 0.25 * self.prev + 0.85 * z + 0.8)
        self.prev = z

    def gap(self, g) -> None:
        self.y += g

    def c(self, s, f=None, z=None, col=black) -> None:
        z = z or self.z
        self._adv(z)
        self.sh.t((self.x0 + self.x1) / 2, self.y, s, f or self.f, z, "c", col)

    def ln(self, s, f=None, z=None, dx=0.0, col=black) -> None:
        z = z or self.z
        self._adv(z)
        self.sh.t(self.x0 + dx, self.y, s, f or self.f, z, "l", col)

    def r(self, s, f=None, z=None, col=black) -> None:
        z = z or self.z
        self._adv(z)
        self.sh.t(self.x1, self.y, s, f or self.f, z, "r", col)

    def lr(self, a, b, f=None, z=None, fb=None, dx=0.0) -> None:
        z = z or self.z
        self._adv(z)
        self.sh.t(self.x0 + dx, self.y, a, f or self.f, z)
        self.sh.t(self.x1, self.y, b, fb or f or self.f, z, "r")

    def row(self, cells, f=None, z=None) -> None:
        z = z or self.z
        self._adv(z)
        for x, s, a in cells:
            if s:
                self.sh.t(x, self.y, s, f or self.f, z, a)

    def rule(self, dash=(2, 2), lw=0.6, ch_=None) -> None:
        if ch_:
            n = int((self.x1 - self.x0) / self.sh.width(ch_, self.f, self.z))
            self.c(ch_ * n)
            return
        self.sh.line(
            self.x0, self.y + self.lead * 0.45, self.x1, self.y + self.lead * 0.45, lw, black, dash
        )
        self.y += self.lead * 0.65


def cell(sh: Sheet, x, y, w, s, f, z, a="l", col=black, pad=3.0) -> None:
    if not s:
        return
    wd = sh.width(s, f, z)
    if wd > w - pad * 1.2:
        raise LayoutError(f"{sh.name}: {s!r} does not fit its column ({wd:.1f} > {w - pad:.1f})")
    if a == "l":
        sh.t(x + pad, y, s, f, z, "l", col)
    elif a == "r":
        sh.t(x + w - pad, y, s, f, z, "r", col)
    else:
        sh.t(x + w / 2, y, s, f, z, "c", col)


def table(
    sh,
    x,
    y,
    cols,
    rows,
    f="Helvetica",
    z=8.5,
    fb="Helvetica-Bold",
    rowh=13.0,
    head_fill=None,
    head_col=black,
    grid=False,
    zebra=None,
    lw=0.4,
    bold=(),
    header=True,
    hz=None,
    rule_col=black,
):
    """cols: (title, width, align). Returns the y below the table."""
    tw = sum(c[1] for c in cols)
    top = y
    if header:
        hh = rowh + 3
        if head_fill is not None:
            sh.rect(x, y, tw, hh, 0, None, head_fill)
        cx = x
        for title, w, a in cols:
            cell(sh, cx, y + hh * 0.68, w, title, fb, hz or z, a, head_col)
            cx += w
        y += hh
        sh.line(x, y, x + tw, y, lw, rule_col)
    for i, row in enumerate(rows):
        if zebra is not None and i % 2 == 1:
            sh.rect(x, y, tw, rowh, 0, None, zebra)
        cx = x
        for (_t, w, a), v in zip(cols, row, strict=False):
            cell(sh, cx, y + rowh * 0.7, w, v, fb if i in bold else f, z, a)
            cx += w
        y += rowh
        if grid:
            sh.line(x, y, x + tw, y, lw * 0.6, rule_col)
    if grid:
        sh.rect(x, top, tw, y - top, lw, rule_col, None)
        cx = x
        for _t, w, _a in cols[:-1]:
            cx += w
            sh.line(cx, top, cx, y, lw * 0.6, rule_col)
    else:
        sh.line(x, y, x + tw, y, lw, rule_col)
    return y


def stack(sh, x, y, texts, f="Helvetica", z=8.5, lead=11.0, a="l", col=black) -> float:
    for s in texts:
        sh.t(x, y, s, f, z, a, col)
        y += lead
    return y


def kv(sh, x, vx, y, pairs, f="Helvetica", fb="Helvetica-Bold", z=8.5, lead=11.5, va="r") -> float:
    for k, v in pairs:
        sh.t(x, y, k, f, z)
        sh.t(vx, y, v, fb, z, va)
        y += lead
    return y


# -------------------------------------------------------------- imaging ----


def rasterize(pdf_path: Path, dpi: float) -> np.ndarray:
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        img = doc[0].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        doc.close()
    return np.asarray(img).astype(np.float32)


def lowfreq(rng: np.random.Generator, h: int, w: int, cells: int = 6) -> np.ndarray:
    g = rng.random((cells, cells)).astype(np.float32)
    return np.clip(cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC), 0, 1)


def rotate_expand(img: np.ndarray, ang: float, border) -> np.ndarray:
    h, w = img.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    cos, sin = abs(M[0, 0]), abs(M[0, 1])
    nw, nh = int(h * sin + w * cos) + 2, int(h * cos + w * sin) + 2
    M[0, 2] += nw / 2 - w / 2
    M[1, 2] += nh / 2 - h / 2
    return cv2.warpAffine(img, M, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=border)


def degrade_scan(  # noqa: C901
    a,
    rng,
    *,
    grey=True,
    skew=0.0,
    blur=0.6,
    noise=4.0,
    specks=60,
    fade=0.0,
    carbon=None,
    paper=(247, 245, 240),
    bed=0,
    downscale_w=None,
    contrast=1.0,
):
    h, w = a.shape[:2]
    x = a / 255.0
    if contrast != 1.0:
        x = 1.0 - (1.0 - x) * contrast
    if fade:
        band = lowfreq(rng, h, w, 7)
        cols = cv2.resize(
            rng.random((1, 9)).astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR
        )
        f = np.clip(1.0 - fade * (0.65 * band + 0.35 * cols), 0.3, 1.0)
        x = 1.0 - (1.0 - x) * f[..., None]
    if carbon is not None:
        d = np.clip((1.0 - x.mean(axis=2)) * 0.9, 0, 1)
        col = np.array(carbon, np.float32) / 255.0
        x = 1.0 - d[..., None] * (1.0 - col)[None, None, :]
    pap = (
        np.array(paper, np.float32)[None, None, :]
        * (0.965 + 0.035 * lowfreq(rng, h, w, 4))[..., None]
    )
    out = x * pap
    lid = (228.0, 228.0, 226.0)
    if bed:
        big = np.empty((h + 2 * bed, w + 2 * bed, 3), np.float32)
        big[:] = lid
        big[bed : bed + h, bed : bed + w] = out
        out = big
    if skew:
        out = rotate_expand(out, skew, lid if bed else tuple(float(v) * 0.98 for v in paper))
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    if specks:
        hh, ww = out.shape[:2]
        for _ in range(int(specks)):
            cx, cy = int(rng.integers(0, ww)), int(rng.integers(0, hh))
            r = int(rng.integers(1, 3))
            v = float(rng.uniform(60, 150))
            cv2.circle(out, (cx, cy), r, (v, v, v), -1)
    if noise:
        out = out + rng.normal(0, noise, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    if downscale_w and out.shape[1] > downscale_w:
        nh = round(out.shape[0] * downscale_w / out.shape[1])
        out = cv2.resize(out, (downscale_w, nh), interpolation=cv2.INTER_AREA)
    if grey:
        out = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
    return out


def texture(rng, h, w, kind) -> np.ndarray:
    fine = rng.normal(0, 1, (h, w)).astype(np.float32)
    if kind == "wood":
        base = np.array([128, 88, 54], np.float32)
        xx = np.arange(w, dtype=np.float32)[None, :]
        warp = lowfreq(rng, h, w, 5) * 60
        stripes = np.sin((xx + warp) / float(rng.uniform(7, 13))) * 0.5 + 0.5
        v = (
            0.72
            + 0.22 * stripes
            + 0.12 * (lowfreq(rng, h, w, 14) - 0.5)
            + 0.02 * cv2.GaussianBlur(fine, (0, 0), 1.5)
        )
        return base[None, None, :] * v[..., None]
    if kind == "granite":
        base = np.array([92, 92, 96], np.float32)
        v = (
            0.85
            + 0.35 * cv2.GaussianBlur(fine, (0, 0), 1.2)
            + 0.15 * (lowfreq(rng, h, w, 10) - 0.5)
        )
        return base[None, None, :] * v[..., None]
    if kind == "cloth":
        base = np.array([48, 62, 96], np.float32)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        weave = 0.5 + 0.25 * np.sin(xx / 2.1) * np.sin(yy / 2.1)
        v = 0.8 + 0.25 * weave + 0.1 * (lowfreq(rng, h, w, 8) - 0.5) + 0.03 * fine
        return base[None, None, :] * v[..., None]
    base = np.array([168, 170, 172], np.float32)  # brushed steel counter
    streak = cv2.GaussianBlur(fine, (0, 0), sigmaX=25, sigmaY=0.8)
    v = 0.85 + 1.2 * streak + 0.12 * (lowfreq(rng, h, w, 6) - 0.5)
    return base[None, None, :] * v[..., None]


def degrade_photo(
    a,
    rng,
    *,
    long_side=2000,
    bg="wood",
    folds=(),
    crumple=0.0,
    shadow=True,
    tilt=3.0,
    persp=0.04,
    fill=0.84,
    light=0.35,
    cast=(1.0, 0.97, 0.9),
):
    h, w = a.shape[:2]
    x = a.copy()
    yy = np.arange(h, dtype=np.float32)[:, None] / h
    for fy, depth in folds:
        dist = yy - fy
        crease = 1.0 - depth * np.exp(-((dist * h / 5.0) ** 2))
        side = np.where(dist > 0, 0.95, 1.0).astype(np.float32)
        x *= (crease * side)[..., None]
    if crumple:
        x *= (1.0 - crumple * (lowfreq(rng, h, w, 9) - 0.5))[..., None]
    portrait = h >= w
    H, W = (long_side, int(long_side * 0.75)) if portrait else (int(long_side * 0.75), long_side)
    s = min(W * fill / w, H * fill / h)
    x = cv2.resize(x, (max(1, round(w * s)), max(1, round(h * s))), interpolation=cv2.INTER_AREA)
    h2, w2 = x.shape[:2]
    src = np.float32([[0, 0], [w2, 0], [w2, h2], [0, h2]])
    ang = math.radians(float(rng.uniform(-tilt, tilt)))
    ca, sa = math.cos(ang), math.sin(ang)
    pts = []
    for px, py in src:
        dx, dy = px - w2 / 2, py - h2 / 2
        pts.append(
            [
                dx * ca - dy * sa + float(rng.uniform(-persp, persp)) * w2,
                dx * sa + dy * ca + float(rng.uniform(-persp, persp)) * h2 * 0.4,
            ]
        )
    P = np.float32(pts)
    span_x, span_y = P[:, 0].max() - P[:, 0].min(), P[:, 1].max() - P[:, 1].min()
    k = min(1.0, 0.96 * W / span_x, 0.96 * H / span_y)
    P *= k
    cx = W / 2 - (P[:, 0].max() + P[:, 0].min()) / 2 + float(rng.uniform(-0.015, 0.015)) * W
    cy = H / 2 - (P[:, 1].max() + P[:, 1].min()) / 2 + float(rng.uniform(-0.015, 0.015)) * H
    dst = P + np.float32([cx, cy])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(x, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h2, w2), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    back = texture(rng, H, W, bg)
    drop = cv2.GaussianBlur(np.roll(mask, (14, 10), (0, 1)), (0, 0), 12)
    back *= (1.0 - 0.5 * drop)[..., None]
    out = back * (1.0 - mask[..., None]) + warped * mask[..., None]
    gy, gx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = float(rng.uniform(0, W)), float(rng.uniform(0, H * 0.5))
    dist = np.sqrt((gx - lx) ** 2 + (gy - ly) ** 2) / max(H, W)
    out *= (1.06 - light * dist)[..., None]
    if shadow:
        sm = np.zeros((H, W), np.float32)
        corner = int(rng.integers(0, 4))
        x0 = int(W * float(rng.uniform(0.45, 0.7)))
        poly = {
            0: [(0, H), (x0, H), (int(W * 0.2), int(H * 0.62)), (0, int(H * 0.55))],
            1: [(W, H), (W - x0, H), (int(W * 0.8), int(H * 0.66)), (W, int(H * 0.58))],
            2: [(W, 0), (W, int(H * 0.3)), (int(W * 0.7), int(H * 0.12)), (int(W * 0.62), 0)],
            3: [(0, 0), (int(W * 0.35), 0), (int(W * 0.22), int(H * 0.2)), (0, int(H * 0.26))],
        }[corner]
        cv2.fillPoly(sm, [np.array(poly, np.int32)], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), 45)
        out *= (1.0 - 0.33 * sm)[..., None]
    out *= np.array(cast, np.float32)[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), 0.6)
    out += rng.normal(0, 3.0, out.shape).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def image_pdf(img: np.ndarray, path: Path, dpi: float, quality: int = 82) -> None:
    h, w = img.shape[:2]
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="JPEG", quality=quality)
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=(w * 72 / dpi, h * 72 / dpi), invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, w * 72 / dpi, h * 72 / dpi)
    c.showPage()
    c.save()


# ------------------------------------------------------------- invoices ----


def i01(name, rng):
    V = "Rheintal Gastro-Großmarkt GmbH"
    number = "2026-RG-041873"
    sh = Sheet(name, A4W, A4H)
    green = HexColor("#1f6b3a")
    rows = [
        ("100412", "Rinderhüfte frisch, vakuumiert", "4.820", "kg", "18.90", "A"),
        ("100877", "Hähnchenbrustfilet 2,5 kg", "4", "Btl", "21.45", "A"),
        ("200115", "Kartoffeln festkochend 12,5 kg", "3", "Sack", "11.20", "A"),
        ("200301", "Zwiebeln gelb 10 kg", "2", "Sack", "8.40", "A"),
        ("300544", "Schlagsahne 30 % 1 l", "12", "Pck", "2.19", "A"),
        ("300561", "Süßrahmbutter 250 g", "20", "St", "1.89", "A"),
        ("300702", "Eier Kl. M Bodenhaltung 180 St.", "1", "Kist", "46.80", "A"),
        ("400120", "Weizenmehl Type 405 25 kg", "1", "Sack", "17.90", "A"),
        ("510233", "Pommes frites 9 mm TK 2,5 kg", "8", "Btl", "6.25", "A"),
        ("400871", "Rapsöl 10 l Kanister", "2", "Kan", "24.90", "A"),
        ("300918", "Emmentaler gerieben 1 kg", "4", "Btl", "9.35", "A"),
        ("400455", "Tomaten passiert 2,5 kg", "6", "Ds", "3.45", "A"),
        ("400612", "Basmati-Reis 5 kg", "2", "Sack", "12.80", "A"),
        ("301140", "Spätzle frisch 2 kg", "5", "Pck", "5.60", "A"),
        ("100923", "Schweinenacken ohne Knochen", "6.140", "kg", "9.80", "A"),
        ("510418", "Lachsfilet TK 1 kg", "3", "Pck", "22.40", "A"),
        ("200644", "Feldsalat geputzt 1 kg", "2", "Kist", "9.90", "A"),
        ("200712", "Champignons braun 3 kg", "2", "Kist", "10.50", "A"),
        ("200158", "Zitronen 5 kg", "1", "Kist", "8.95", "A"),
        ("300233", "Crème fraîche 1 kg", "3", "Eim", "6.40", "A"),
        ("400990", "Senf mittelscharf 5 kg", "1", "Eim", "11.75", "A"),
        ("401233", "Gemüsebrühe pastös 1 kg", "2", "Ds", "8.15", "A"),
        ("510671", "Laugenbrezeln TK 90 g (50 St.)", "2", "Ktn", "19.90", "A"),
        ("601102", "Mineralwasser medium 12 × 0,75 l", "10", "Ki", "6.49", "B"),
        ("909012", "Pfand Kiste 12 × 0,75 l", "10", "Ki", "3.30", "B"),
        ("601215", "Apfelschorle 24 × 0,2 l", "5", "Ki", "11.80", "B"),
        ("909024", "Pfand Kiste 24 × 0,2 l", "5", "Ki", "3.42", "B"),
        ("601340", "Cola 24 × 0,33 l Glas", "4", "Ki", "17.60", "B"),
        ("909033", "Pfand Kiste 24 × 0,33 l", "4", "Ki", "3.42", "B"),
        ("602014", "Spülmaschinentabs 200 St.", "1", "Eim", "38.90", "B"),
        ("602118", "Küchenrolle 2-lagig 6 Rollen", "4", "Pck", "7.95", "B"),
        ("602233", "Einweghandschuhe Nitril M 100 St.", "3", "Box", "6.90", "B"),
        ("602341", "Alufolie 30 cm × 150 m", "2", "Rl", "14.50", "B"),
        ("602455", "Müllbeutel 120 l (25 St.)", "4", "Rl", "5.20", "B"),
        ("602510", "Händedesinfektion 1 l", "2", "Fl", "8.75", "B"),
        ("602677", "Servietten 3-lagig 40 × 40 (250)", "3", "Pck", "9.40", "B"),
        ("602780", "Frischhaltefolie 45 cm × 300 m", "1", "Rl", "16.30", "B"),
    ]
    items = [(art, it(d, q, p), u, code) for art, d, q, u, p, code in rows]
    n7 = sum(i["a"] for _, i, _, c in items if c == "A")
    n19 = sum(i["a"] for _, i, _, c in items if c == "B")
    v7, v19 = q2(n7 * D("0.07")), q2(n19 * D("0.19"))
    total = n7 + n19 + v7 + v19
    skonto = q2(total * D("0.02"))

    def head(page):
        sh.rect(40, 34, 40, 40, 0, None, green)
        sh.t(60, 60, "RG", "Helvetica-Bold", 17, "c", white)
        sh.t(90, 52, "RHEINTAL", "Helvetica-Bold", 21, col=green)
        sh.t(90, 67, "Gastro-Großmarkt · Cash & Carry · Zustellservice", "Helvetica", 8, col=GREY)
        stack(
            sh,
            A4W - 40,
            44,
            [V, "Industriestraße 48 · 50996 Köln", "Tel. 0221 937140-0", "rechnung@rheintal-gm.de"],
            "Helvetica",
            7.5,
            10,
            "r",
        )
        sh.line(40, 786, A4W - 40, 786, 0.4, GREY)
        sh.t(
            40,
            797,
            f"{V} · Sitz Köln · Amtsgericht Köln HRB 84217 · Geschäftsführer: Martin Scholl, Aylin Demir",
            "Helvetica",
            6.5,
            col=GREY,
        )
        sh.t(
            40,
            806,
            "USt-IdNr. DE287514396 · St.-Nr. 218/5734/1120 · Sparkasse KölnBonn · IBAN DE41 3705 0198 1932 0475 11 · BIC COLSDE33XXX",
            "Helvetica",
            6.5,
            col=GREY,
        )
        sh.t(A4W - 40, 820, f"Seite {page} von 2", "Helvetica", 7.5, "r")

    cols = [
        ("Pos", 26, "r"),
        ("Art.-Nr.", 46, "l"),
        ("Bezeichnung", 200, "l"),
        ("Menge", 48, "r"),
        ("Einh.", 32, "l"),
        ("Einzelpreis", 60, "r"),
        ("Betrag EUR", 67, "r"),
        ("USt", 36, "c"),
    ]

    def trow(k, art, i, u, code):
        q = num(i["q"], ",", ".", 3) if u == "kg" else qstr(i["q"])
        return [str(k), art, i["d"], q, u, de(i["u"]), de(i["a"]), code]

    head(1)
    sh.t(40, 118, f"{V} · Industriestraße 48 · 50996 Köln", "Helvetica", 6.5, col=GREY)
    sh.line(40, 120, 290, 120, 0.3, GREY)
    stack(
        sh,
        40,
        136,
        ["Brauhaus am Deich GmbH", "Küche / Wareneingang", "Rheinuferstraße 7", "51061 Köln"],
        "Helvetica",
        9.5,
        12.5,
    )
    kv(
        sh,
        360,
        A4W - 40,
        118,
        [
            ("Rechnungs-Nr.", number),
            ("Rechnungsdatum", "12.02.2026"),
            ("Lieferdatum", "11.02.2026"),
            ("Kunden-Nr.", "40 1187"),
            ("Lieferschein-Nr.", "LS 7718402"),
            ("Auftrags-Nr.", "A-559210"),
            ("Ansprechpartner", "S. Nowak, -214"),
        ],
        z=8.5,
        lead=12,
    )
    sh.t(40, 228, "Rechnung", "Helvetica-Bold", 15)
    sh.t(
        40,
        246,
        "Wir berechnen Ihnen für die Lieferung vom 11.02.2026 (Tour 3) wie folgt:",
        "Helvetica",
        8.5,
    )
    p1 = 28
    y = table(
        sh,
        40,
        256,
        cols,
        [trow(k + 1, *items[k]) for k in range(p1)],
        z=8,
        rowh=13.5,
        head_fill=LIGHT,
    )
    carry = sum(items[k][1]["a"] for k in range(p1))
    sh.t(40 + 26 + 46 + 200 + 48 + 32 + 60 - 3, y + 14, "Übertrag", "Helvetica-Bold", 8.5, "r")
    sh.t(40 + 26 + 46 + 200 + 48 + 32 + 60 + 67 - 3, y + 14, de(carry), "Helvetica-Bold", 8.5, "r")
    sh.new_page()
    head(2)
    sh.t(40, 104, f"Rechnung Nr. {number} vom 12.02.2026 (Fortsetzung)", "Helvetica-Bold", 9)
    rows2 = [["", "", "Übertrag von Seite 1", "", "", "", de(carry), ""]] + [
        trow(k + 1, *items[k]) for k in range(p1, len(items))
    ]
    y = table(sh, 40, 114, cols, rows2, z=8, rowh=13.5, head_fill=LIGHT, bold=(0,))
    y += 22
    sh.t(40, y, "Summe Warenwert netto", "Helvetica", 9)
    sh.t(A4W - 40, y, de(n7 + n19), "Helvetica", 9, "r")
    y += 12
    vcols = [
        ("USt-Schlüssel", 80, "l"),
        ("Nettobetrag", 80, "r"),
        ("USt-Betrag", 80, "r"),
        ("Bruttobetrag", 80, "r"),
    ]
    vrows = [
        ["A  7 %", de(n7), de(v7), de(n7 + v7)],
        ["B 19 %", de(n19), de(v19), de(n19 + v19)],
        ["Summe", de(n7 + n19), de(v7 + v19), de(total)],
    ]
    y = table(sh, A4W - 40 - 320, y, vcols, vrows, z=8.5, rowh=14, bold=(2,))
    y += 24
    sh.rect(A4W - 40 - 320, y - 16, 320, 24, 0.8, green, None)
    sh.t(A4W - 40 - 314, y, "Rechnungsbetrag EUR", "Helvetica-Bold", 11)
    sh.t(A4W - 46, y, de(total), "Helvetica-Bold", 11, "r")
    y += 36
    y = stack(
        sh,
        40,
        y,
        [
            "Zahlbar bis 26.02.2026 ohne Abzug.",
            f"Bei Zahlung bis 19.02.2026 gewähren wir 2 % Skonto ({de(skonto)} EUR), Zahlbetrag dann {de(total - skonto)} EUR.",
            "Die gelieferte Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
            "Reklamationen bitte innerhalb von 24 Stunden nach Anlieferung an reklamation@rheintal-gm.de.",
        ],
        "Helvetica",
        8.5,
        12,
    )
    t = truth(
        number,
        "2026-02-12",
        "2026-02-26",
        V,
        n7 + n19,
        v7 + v19,
        total,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        [i for _, i, _, _ in items],
        "Two-page invoice: page 1 ends with an 'Übertrag' carry-forward, totals only on page 2; VAT split 7 %/19 % (A/B keys); crate deposit (Pfand) lines; 2 % Skonto amount and reduced pay amount printed; delivery-note, order and customer numbers beside the invoice number.",
    )
    return sh, t


def i02(name, rng):
    V = "Bäckerei & Konditorei Grubmüller GmbH"
    sh = Sheet(name, A4W, A4H)
    brown = HexColor("#6b3e1e")
    sh.t(A4W / 2, 62, "Grubmüller", "Times-BoldItalic", 34, "c", brown)
    for side in (-1, 1):
        cx = A4W / 2 + side * 112
        sh.line(cx, 70, cx + side * 10, 30, 1.2, brown)
        for k in range(5):
            yy = 60 - k * 7
            sh.circle(cx + side * (k * 2.2) - 4, yy, 2.6, 0, None, brown)
            sh.circle(cx + side * (k * 2.2) + 4, yy - 2, 2.6, 0, None, brown)
    sh.t(A4W / 2, 82, "BÄCKEREI · KONDITOREI · SEIT 1928", "Times-Roman", 9, "c", brown)
    sh.t(
        A4W / 2,
        95,
        "Linzer Straße 112 · 3100 St. Pölten · Tel. +43 2742 35 18 70 · office@grubmueller.at",
        "Times-Roman",
        8.5,
        "c",
    )
    sh.line(50, 102, A4W - 50, 102, 0.8, brown)
    stack(
        sh,
        50,
        134,
        [
            "Café Kranzler-Hof KG",
            "z. H. Frau Mag. Elisabeth Hofer",
            "Rathausplatz 4",
            "3100 St. Pölten",
            "UID: ATU57332108",
        ],
        "Times-Roman",
        10.5,
        13.5,
    )
    kv(
        sh,
        330,
        A4W - 50,
        134,
        [
            ("Rechnung Nr.", "26/01377"),
            ("Rechnungsdatum", "03.03.2026"),
            ("Kunden-Nr.", "10284"),
            ("Lieferzeitraum", "01.–02.03.2026"),
            ("Lieferscheine", "LS 26-4410, 26-4433"),
        ],
        "Times-Roman",
        "Times-Bold",
        10,
        13.5,
    )
    sh.t(50, 228, "RECHNUNG", "Times-Bold", 16)
    rows = [
        ("120", "Stk", "Kaisersemmel", "26-4410", "0.32", 10),
        ("60", "Stk", "Buttercroissant", "26-4410", "0.78", 10),
        ("40", "Stk", "Topfengolatsche", "26-4410", "1.05", 10),
        ("2", "Stk", "Sachertorte ganz, Ø 26 cm", "26-4410", "38.50", 10),
        ("3", "Blech", "Apfelstrudel (24 Portionen)", "26-4410", "24.90", 10),
        ("1", "Pkg", "Tortenkartons 30 × 30 cm (100 Stk)", "26-4410", "42.00", 20),
        ("100", "Stk", "Kaisersemmel", "26-4433", "0.32", 10),
        ("6", "Stk", "Bauernbrot 1 kg", "26-4433", "3.90", 10),
        ("30", "Stk", "Punschkrapfen", "26-4433", "1.35", 10),
        ("2", "Stk", "Marmorgugelhupf groß", "26-4433", "14.80", 10),
        ("2", "Pausch.", "Zustellung Innenstadt", "26-4410/4433", "8.50", 20),
    ]
    items = [(it(a, q, p), u, ls, r) for q, u, a, ls, p, r in rows]
    n10 = sum(i["a"] for i, _, _, r in items if r == 10)
    n20 = sum(i["a"] for i, _, _, r in items if r == 20)
    v10, v20 = q2(n10 * D("0.10")), q2(n20 * D("0.20"))
    total = n10 + n20 + v10 + v20
    cols = [
        ("Menge", 40, "r"),
        ("Einh.", 42, "l"),
        ("Artikel", 178, "l"),
        ("Lieferschein", 72, "l"),
        ("Einzelpreis", 60, "r"),
        ("USt", 32, "r"),
        ("Gesamt €", 71, "r"),
    ]
    trs = [[qstr(i["q"]), u, i["d"], ls, de(i["u"]), f"{r} %", de(i["a"])] for i, u, ls, r in items]
    y = table(sh, 50, 240, cols, trs, "Times-Roman", 9.5, "Times-Bold", rowh=15)
    y += 20
    for lab, val, bold in [
        ("Summe netto", n10 + n20, False),
        (f"zzgl. 10 % USt von {de(n10)}", v10, False),
        (f"zzgl. 20 % USt von {de(n20)}", v20, False),
        ("Rechnungsbetrag €", total, True),
    ]:
        f = "Times-Bold" if bold else "Times-Roman"
        if bold:
            sh.line(330, y - 11, A4W - 50, y - 11, 0.6)
        sh.t(330, y, lab, f, 10.5 if bold else 10)
        sh.t(A4W - 50, y, de(val), f, 10.5 if bold else 10, "r")
        y += 15
    sh.line(330, y - 11, A4W - 50, y - 11, 0.6)
    sh.line(330, y - 9, A4W - 50, y - 9, 0.6)
    y += 24
    stack(
        sh,
        50,
        y,
        [
            "Zahlbar innerhalb von 14 Tagen ab Rechnungsdatum ohne Abzug.",
            "Bitte geben Sie bei der Überweisung die Rechnungsnummer an. Vielen Dank für Ihren Auftrag!",
        ],
        "Times-Italic",
        10,
        14,
    )
    sh.line(50, 772, A4W - 50, 772, 0.5, brown)
    sh.t(
        A4W / 2,
        784,
        "Raiffeisenbank Region St. Pölten · IBAN AT61 3258 5000 0214 7713 · BIC RLNWATWWOBG",
        "Times-Roman",
        8,
        "c",
    )
    sh.t(
        A4W / 2,
        795,
        "FN 412876 h · Landesgericht St. Pölten · UID ATU68419025 · Geschäftsführer: Johann Grubmüller",
        "Times-Roman",
        8,
        "c",
    )
    t = truth(
        "26/01377",
        "2026-03-03",
        None,
        V,
        n10 + n20,
        v10 + v20,
        total,
        "EUR",
        "de-AT",
        "invoice",
        "invoice",
        [i for i, _, _, _ in items],
        "Austrian bakery supplier; two delivery notes listed per line; USt 10 % (bakery goods) and 20 % (boxes, delivery); no due date printed, only '14 Tagen' terms; grey scan.",
    )
    return sh, t


def i03(name, rng):
    V = "Bernasconi Kaffeetechnik AG"
    sh = Sheet(name, A4W, A4H)
    red = HexColor("#8c1c13")
    sh.rect(50, 40, 24, 22, 0, None, red)
    sh.circle(78, 50, 5.5, 2.2, red, None)
    sh.rect(45, 64, 34, 3, 0, None, red)
    sh.t(92, 58, "BERNASCONI", "DVB", 19, col=red)
    sh.t(92, 72, "Kaffeetechnik · Leasing · Service", "DV", 8, col=GREY)
    stack(
        sh,
        50,
        100,
        [
            V,
            "Industriering 14",
            "6300 Zug",
            "Tel. 041 712 48 80",
            "info@bernasconi-kaffee.ch",
            "CHE-214.598.331 MWST",
        ],
        "DV",
        7.5,
        10,
    )
    stack(
        sh,
        330,
        112,
        ["Hotel Restaurant Seeblick AG", "Herr Reto Ammann", "Seestrasse 21", "8800 Thalwil"],
        "DV",
        10,
        13,
    )
    sh.t(50, 200, "Zug, 1. April 2026", "DV", 9)
    sh.t(50, 226, "Rechnung Nr. 80417226", "DVB", 14)
    kv(
        sh,
        50,
        150,
        246,
        [("Vertrag Nr.", "LV-2231"), ("Kunden-Nr.", "55120")],
        "DV",
        "DVB",
        8.5,
        12,
        "l",
    )
    kv(
        sh,
        300,
        400,
        246,
        [("Standort", "Bar & Restaurant"), ("Periode", "01.04.2026 – 30.06.2026")],
        "DV",
        "DVB",
        8.5,
        12,
        "l",
    )
    rows = [
        ("Leasingrate Vollautomat Franke A800 (Apr–Jun 2026)", 3, "289.00"),
        ("Service-Pauschale inkl. Entkalkung", 3, "45.00"),
        ("Reinigungstabletten (100 Stk.)", 2, "38.50"),
        ("Milchsystemreiniger 1 l", 4, "16.90"),
    ]
    items = [it(d, q, p) for d, q, p in rows]
    net = sum(i["a"] for i in items)
    vat = q2(net * D("0.081"))
    pre = net + vat
    total = round_to(pre, "0.05")
    rnd = total - pre
    cols = [
        ("Pos.", 30, "l"),
        ("Bezeichnung", 250, "l"),
        ("Menge", 45, "r"),
        ("Preis CHF", 80, "r"),
        ("Betrag CHF", 90, "r"),
    ]
    y = table(
        sh,
        50,
        282,
        cols,
        [[str(k + 1), i["d"], qstr(i["q"]), ch(i["u"]), ch(i["a"])] for k, i in enumerate(items)],
        "DV",
        8.5,
        "DVB",
        rowh=16,
        zebra=Color(0.96, 0.94, 0.94),
        rule_col=red,
    )
    y += 18
    for lab, val, b in [
        ("Total exkl. MWST", net, False),
        (f"MWST 8.1 % auf {ch(net)}", vat, False),
        ("Rundungsdifferenz", rnd, False),
        ("Total CHF", total, True),
    ]:
        sh.t(320, y, lab, "DVB" if b else "DV", 9.5 if b else 8.5)
        sh.t(545, y, ch(val), "DVB" if b else "DV", 9.5 if b else 8.5, "r")
        y += 13
    sh.line(320, y - 8, 545, y - 8, 1.0, red)
    y += 18
    stack(
        sh,
        50,
        y,
        [
            "Zahlbar bis 30. April 2026 (30 Tage netto).",
            "Bitte verwenden Sie für die Zahlung den untenstehenden QR-Zahlteil.",
            "Bei Fragen zu Ihrem Leasingvertrag: vertrag@bernasconi-kaffee.ch",
        ],
        "DV",
        8.5,
        12,
    )
    top = A4H - 297.64
    sh.line(0, top, A4W, top, 0.5, black, (3, 2))
    vx = 62 * mm
    sh.line(vx, top, vx, A4H, 0.5, black, (3, 2))
    amt = num(total, ".", " ")
    ref = "21 00000 00003 13947 14300 09017"
    x = 5 * mm
    sh.t(x, top + 28, "Empfangsschein", "DVB", 11)
    stack(sh, x, top + 46, ["Konto / Zahlbar an"], "DVB", 6)
    stack(
        sh,
        x,
        top + 56,
        ["CH44 3199 9123 0008 8901 2", V, "Industriering 14", "6300 Zug"],
        "DV",
        8,
        9.5,
    )
    sh.t(x, top + 104, "Referenz", "DVB", 6)
    sh.t(x, top + 114, ref, "DV", 7)
    sh.t(x, top + 130, "Zahlbar durch", "DVB", 6)
    stack(
        sh,
        x,
        top + 140,
        ["Hotel Restaurant Seeblick AG", "Seestrasse 21", "8800 Thalwil"],
        "DV",
        8,
        9.5,
    )
    sh.t(x, top + 200, "Währung", "DVB", 6)
    sh.t(x + 50, top + 200, "Betrag", "DVB", 6)
    sh.t(x, top + 212, "CHF", "DV", 8)
    sh.t(x + 50, top + 212, amt, "DV", 8)
    sh.t(vx - 5 * mm, top + 250, "Annahmestelle", "DVB", 6, "r")
    px = vx + 5 * mm
    sh.t(px, top + 28, "Zahlteil", "DVB", 11)
    sh.qr(px, top + 40, 46 * mm, zlib.crc32(b"i03qr"), 33)
    c = px + 23 * mm
    sh.rect(c - 10, top + 40 + 23 * mm - 10, 20, 20, 0, None, white)
    sh.rect(c - 8, top + 40 + 23 * mm - 8, 16, 16, 0, None, black)
    sh.rect(c - 1.8, top + 40 + 23 * mm - 6, 3.6, 12, 0, None, white)
    sh.rect(c - 6, top + 40 + 23 * mm - 1.8, 12, 3.6, 0, None, white)
    sh.t(px, top + 200, "Währung", "DVB", 7)
    sh.t(px + 50, top + 200, "Betrag", "DVB", 7)
    sh.t(px, top + 213, "CHF", "DV", 9)
    sh.t(px + 50, top + 213, amt, "DV", 9)
    rx = px + 51 * mm + 6
    sh.t(rx, top + 28, "Konto / Zahlbar an", "DVB", 7)
    stack(
        sh,
        rx,
        top + 39,
        ["CH44 3199 9123 0008 8901 2", V, "Industriering 14", "6300 Zug"],
        "DV",
        8.5,
        10.5,
    )
    sh.t(rx, top + 90, "Referenz", "DVB", 7)
    sh.t(rx, top + 101, ref, "DV", 8.5)
    sh.t(rx, top + 118, "Zusätzliche Informationen", "DVB", 7)
    stack(sh, rx, top + 129, ["Rechnung 80417226 / Vertrag LV-2231"], "DV", 8.5, 10.5)
    sh.t(rx, top + 148, "Zahlbar durch", "DVB", 7)
    stack(
        sh,
        rx,
        top + 159,
        ["Hotel Restaurant Seeblick AG", "Seestrasse 21", "8800 Thalwil"],
        "DV",
        8.5,
        10.5,
    )
    t = truth(
        "80417226",
        "2026-04-01",
        "2026-04-30",
        V,
        net,
        vat,
        total,
        "CHF",
        "de-CH",
        "invoice",
        "invoice",
        items,
        "Swiss coffee-machine lease; apostrophe thousands (1'239.45) in the body but space thousands (1 239.45) in the QR-bill; MWST 8.1 %; 5-Rappen rounding line -0.02; contract and customer numbers; QR-bill payment part with reference number.",
        rounding=rnd,
    )
    return sh, t


def i04(name, rng):
    V = "Blanchisserie du Val de Loire SAS"
    sh = Sheet(name, A4W, A4H)
    navy = HexColor("#1d3557")
    sh.rect(0, 0, A4W, 80, 0, None, navy)
    sh.circle(62, 40, 24, 0, None, white)
    sh.t(62, 46, "BVL", "Helvetica-Bold", 15, "c", navy)
    sh.t(98, 36, "Blanchisserie du Val de Loire", "Helvetica-Bold", 17, col=white)
    sh.t(
        98,
        52,
        "Location et entretien de linge professionnel · Hôtellerie · Restauration",
        "Helvetica",
        8,
        col=white,
    )
    sh.t(
        98,
        65,
        "ZA des Gâtines · 12 rue Denis Papin · 37700 Saint-Pierre-des-Corps · 02 47 44 18 90",
        "Helvetica",
        7.5,
        col=white,
    )
    sh.rect(370, 98, 185, 72, 0.8, navy, None)
    sh.t(380, 117, "FACTURE", "Helvetica-Bold", 16, col=navy)
    kv(
        sh,
        380,
        545,
        135,
        [("N° facture", "FA-2026-03-1184"), ("Date", "31/03/2026"), ("Échéance", "30/04/2026")],
        z=8.5,
        lead=11.5,
    )
    sh.rect(40, 98, 250, 72, 0.5, GREY, None)
    sh.t(48, 110, "CLIENT", "Helvetica-Bold", 7, col=GREY)
    sh.t(48, 124, "SARL Le Bistrot des Halles", "Helvetica-Bold", 10)
    stack(
        sh,
        48,
        136,
        ["Code client : C-00872", "4 place Gaston Paillhou", "37000 Tours"],
        "Helvetica",
        8.5,
        11,
    )
    sh.t(
        40,
        192,
        "Prestations de location-entretien du 01/03/2026 au 31/03/2026 – contrat n° CT-2019-0412",
        "Helvetica",
        9,
    )
    rows = [
        ("NAP180", "Nappe blanche 180 × 180 cm", 420, "0.62"),
        ("SER50", "Serviette damassée 50 × 50 cm", 1850, "0.19"),
        ("TAB01", "Tablier de service noir", 36, "0.85"),
        ("VCU02", "Veste de cuisine manches longues", 48, "1.45"),
        ("PAN03", "Pantalon de cuisine pied-de-poule", 30, "1.10"),
        ("TOR70", "Torchon coton 50 × 70 cm", 300, "0.22"),
        ("PER01", "Article non restitué : serviette (perte)", 12, "2.90"),
        ("LIV", "Forfait livraison / collecte", 4, "18.00"),
    ]
    items = [(r, it(d, q, p)) for r, d, q, p in rows]
    net = sum(i["a"] for _, i in items)
    vat = q2(net * D("0.20"))
    total = net + vat
    cols = [
        ("Réf.", 50, "l"),
        ("Désignation", 235, "l"),
        ("Qté", 50, "r"),
        ("P.U. HT", 60, "r"),
        ("Montant HT", 80, "r"),
        ("TVA", 40, "c"),
    ]
    y = table(
        sh,
        40,
        204,
        cols,
        [[r, i["d"], qstr(i["q"]), fr(i["u"]), fr(i["a"]), "20 %"] for r, i in items],
        z=8.5,
        rowh=16,
        head_fill=Color(0.85, 0.89, 0.95),
        grid=True,
        rule_col=navy,
    )
    y += 20
    bx = 355
    for lab, val in [("Total HT", net), ("TVA 20 %", vat), ("Total TTC", total)]:
        sh.t(bx + 8, y, lab, "Helvetica", 9.5)
        sh.t(A4W - 48, y, f"{fr(val)} €", "Helvetica", 9.5, "r")
        sh.line(bx, y + 5, A4W - 40, y + 5, 0.3, GREY)
        y += 17
    sh.rect(bx, y - 8, A4W - 40 - bx, 24, 0, None, navy)
    sh.t(bx + 8, y + 8, "NET À PAYER", "Helvetica-Bold", 11, col=white)
    sh.t(A4W - 48, y + 8, f"{fr(total)} €", "Helvetica-Bold", 11, "r", white)
    y += 48
    stack(
        sh,
        40,
        y,
        [
            "Règlement par virement à 30 jours date de facture.",
            "IBAN FR76 1027 8374 0000 0204 1180 127 – BIC CMCIFR2A (Crédit Mutuel Tours Centre)",
            "Pas d'escompte pour paiement anticipé.",
        ],
        "Helvetica",
        8.5,
        12,
    )
    sh.line(40, 778, A4W - 40, 778, 0.4, navy)
    sh.t(
        A4W / 2,
        790,
        "SAS au capital de 250 000 € · RCS Tours 512 847 339 · SIRET 512 847 339 00028 · TVA FR41 512847339 · APE 9601A",
        "Helvetica",
        7,
        "c",
    )
    sh.t(
        A4W / 2,
        800,
        "Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.",
        "Helvetica",
        7,
        "c",
    )
    t = truth(
        "FA-2026-03-1184",
        "2026-03-31",
        "2026-04-30",
        V,
        net,
        vat,
        total,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        [i for _, i in items],
        "French linen and uniform rental for a month; space thousands and decimal comma; contract number and client code; 'NET À PAYER' box; phone photo of a sheet folded in three (creases).",
    )
    return sh, t


def i05(name, rng):
    V = "Vishandel Noordzee Versmarkt BV"
    sh = Sheet(name, A4W, A4H)
    blue = HexColor("#203a8f")
    sh.t(40, 56, "NOORDZEE VERSMARKT", "Helvetica-Bold", 20, col=blue)
    for k in range(3):
        pts = [(40 + j * 6, 66 + k * 4 + 2 * math.sin(j * 0.9)) for j in range(40)]
        sh.poly(pts, 1.0, blue, None, close=False)
    stack(
        sh,
        40,
        92,
        [
            f"{V} · Vismijn 5 · 8400 Oostende",
            "Tel. 059 70 44 12 · BTW BE 0478.552.913 · RPR Gent afd. Brugge",
        ],
        "Helvetica",
        8,
        10.5,
    )
    sh.rect(400, 32, 155, 42, 1.4, blue, None)
    sh.t(477.5, 51, "DOORSLAG / COPIE", "Helvetica-Bold", 13, "c", blue)
    sh.t(477.5, 66, "KLANT – CLIENT", "Helvetica", 9, "c", blue)
    fields = [
        ("FACTUUR NR.", "2026/1297", 95),
        ("DATUM", "17/02/2026", 90),
        ("KLANTNR.", "3307", 75),
        ("LEVERINGSBON", "LB 88214", 95),
        ("RONDE / CHAUFFEUR", "R4 / K. Vandamme", 160),
    ]
    x = 40
    for lab, val, w in fields:
        sh.rect(x, 116, w, 32, 0.6, blue, None)
        sh.t(x + 4, 125, lab, "Helvetica", 6.5, col=blue)
        sh.t(x + 4, 142, val, "Courier-Bold", 10)
        x += w
    sh.rect(40, 156, 300, 70, 0.6, blue, None)
    sh.t(44, 165, "KLANT / CLIENT", "Helvetica", 6.5, col=blue)
    stack(
        sh,
        48,
        180,
        ["Brasserie De Zeemeeuw BV", "Zeedijk 211", "8430 Middelkerke", "BTW BE 0832.114.509"],
        "Courier",
        10,
        12,
    )
    sh.rect(350, 156, 205, 70, 0.6, blue, None)
    sh.t(354, 165, "VERVALDAG / ÉCHÉANCE", "Helvetica", 6.5, col=blue)
    sh.t(360, 184, "03/03/2026", "Courier-Bold", 11)
    sh.t(354, 204, "Betaling: overschrijving 14 dagen", "Helvetica", 7.5, col=blue)
    sh.t(354, 216, "BE71 0016 5528 3369 · GEBABEBB", "Helvetica", 7.5, col=blue)
    rows = [
        ("TS230", "Tongschar 2/300", "3.420", "kg", "31.50"),
        ("KBH01", "Kabeljauwhaasje zonder vel", "5.150", "kg", "24.80"),
        ("GRG05", "Grijze garnalen gepeld", "2.000", "kg", "42.00"),
        ("MOS-J", "Mosselen Zeeuwse Jumbo", "15.000", "kg", "4.60"),
        ("ZAL02", "Zalmfilet Noorwegen", "4.380", "kg", "19.90"),
        ("TAR23", "Tarbot heel 2-3 kg", "2.740", "kg", "36.50"),
        ("OES03", "Oesters creuses nr 3 (48 st)", "1", "st", "46.00"),
    ]
    items = [(a, it(d, q, p), u) for a, d, q, u, p in rows]
    net = sum(i["a"] for _, i, _ in items)
    vat = q2(net * D("0.06"))
    total = net + vat
    cols = [
        ("ART.", 55, "l"),
        ("OMSCHRIJVING", 200, "l"),
        ("KG / ST", 70, "r"),
        ("PRIJS", 65, "r"),
        ("BEDRAG", 80, "r"),
        ("BTW", 45, "c"),
    ]

    def qv(q, u):
        return num(q, ",", ".", 3) if u == "kg" else qstr(q)

    trs = [[a, i["d"], qv(i["q"], u), de(i["u"]), de(i["a"]), "6%"] for a, i, u in items]
    trs += [[""] * 6 for _ in range(5)]
    y = table(
        sh,
        40,
        236,
        cols,
        trs,
        "Courier",
        9.5,
        "Helvetica-Bold",
        rowh=17,
        grid=True,
        rule_col=blue,
        hz=7.5,
    )
    y += 14
    for lab, val, b in [
        ("MAATSTAF 6%", net, False),
        ("BTW 6%", vat, False),
        ("TE BETALEN EUR", total, True),
    ]:
        sh.rect(355, y, 200, 20, 0.6, blue, None)
        sh.t(360, y + 13, lab, "Helvetica-Bold" if b else "Helvetica", 7.5, col=blue)
        sh.t(550, y + 14, de(val), "Courier-Bold" if b else "Courier", 10.5, "r")
        y += 20
    sh.t(40, y - 40, "Handtekening klant voor ontvangst:", "Helvetica", 7.5, col=blue)
    sh.line(40, y - 8, 300, y - 8, 0.5, blue)
    sh.squiggle(70, y - 18, 120, 14, rng, Color(0.15, 0.15, 0.35))
    sh.t(
        40,
        780,
        "Koelketen gerespecteerd: T° bij levering 1,8 °C · Vangstgebied FAO 27 IVc · Erkenningsnummer BE 3093 CE",
        "Helvetica",
        7,
        col=blue,
    )
    sh.t(
        40,
        791,
        "Algemene voorwaarden op de achterzijde. Klachten binnen 24 uur na levering.",
        "Helvetica",
        7,
        col=blue,
    )
    t = truth(
        "2026/1297",
        "2026-02-17",
        "2026-03-03",
        V,
        net,
        vat,
        total,
        "EUR",
        "nl-BE",
        "invoice",
        "invoice",
        [i for _, i, _ in items],
        "Belgian fish supplier's invoice on a pre-printed form (delivery driver's carbon copy, blue tint, low contrast); weighed lines in kg with 3 decimals; BTW 6 %; route/driver and delivery-note fields beside the invoice number; image-only PDF.",
    )
    return sh, t


def i06(name, rng):
    V = "Thuisgebracht Online B.V."
    sh = Sheet(name, A4W, A4H)
    orange = HexColor("#f36d21")
    sh.rect(40, 40, 30, 30, 0, None, orange)
    sh.t(55, 62, "tg", "DVB", 15, "c", white)
    sh.t(80, 62, "thuisgebracht", "DVB", 20, col=orange)
    stack(
        sh,
        A4W - 40,
        44,
        [V, "Keizersgracht 520", "1017 EK Amsterdam", "KvK 71829304", "btw NL859127403B01"],
        "DV",
        7.5,
        10,
        "r",
    )
    sh.t(40, 112, "Factuur en afrekening", "DVB", 16)
    stack(
        sh,
        40,
        140,
        ["Ristorante Da Bruno V.O.F.", "t.a.v. B. Esposito", "Oudegracht 88", "3511 AV Utrecht"],
        "DV",
        9,
        12,
    )
    kv(
        sh,
        330,
        A4W - 40,
        140,
        [
            ("Factuurnummer", "TG-204417-2026-11"),
            ("Factuurdatum", "16-03-2026"),
            ("Periode", "09-03-2026 t/m 15-03-2026"),
            ("Restaurant-ID", "204417"),
        ],
        "DV",
        "DVB",
        8.5,
        12,
    )
    days = [
        ("ma 09-03", 18, "612.40", "4.50"),
        ("di 10-03", 14, "488.90", "2.00"),
        ("wo 11-03", 17, "579.30", "3.50"),
        ("do 12-03", 19, "651.20", "5.00"),
        ("vr 13-03", 27, "934.60", "7.50"),
        ("za 14-03", 29, "986.70", "9.00"),
        ("zo 15-03", 18, "620.50", "5.00"),
    ]
    n_orders = sum(d[1] for d in days)
    gross = sum(D(d[2]) for d in days)
    tips = sum(D(d[3]) for d in days)
    y = 216
    sh.t(40, y, "1. Bestellingen in deze periode", "DVB", 10, col=orange)
    cols = [
        ("Dag", 130, "l"),
        ("Bestellingen", 110, "r"),
        ("Bestelwaarde incl. btw", 150, "r"),
        ("Fooien", 125, "r"),
    ]
    trs = [[d, str(n), f"€ {de(D(v))}", f"€ {de(D(tp))}"] for d, n, v, tp in days] + [
        ["Totaal", str(n_orders), f"€ {de(gross)}", f"€ {de(tips)}"]
    ]
    y = table(
        sh, 40, y + 8, cols, trs, "DV", 8, "DVB", rowh=13, bold=(7,), zebra=Color(0.99, 0.95, 0.92)
    )
    comm = q2(gross * D("0.14"))
    pay = q2(n_orders * D("0.29"))
    spon = D("35.00")
    items = [
        it("Commissie bestellingen via platform (14%)", 1, comm),
        it("Online betaalkosten", n_orders, "0.29"),
        it("Gesponsorde vermelding week 11", 1, spon),
    ]
    net = comm + pay + spon
    vat = q2(net * D("0.21"))
    total = net + vat
    y += 26
    sh.t(40, y, "2. Factuur – door Thuisgebracht in rekening gebracht", "DVB", 10, col=orange)
    cols = [
        ("Omschrijving", 265, "l"),
        ("Grondslag", 100, "r"),
        ("Tarief", 60, "r"),
        ("Bedrag", 90, "r"),
    ]
    trs = [
        [items[0]["d"], f"€ {de(gross)}", "14%", f"€ {de(comm)}"],
        [items[1]["d"], f"{n_orders} x", "€ 0,29", f"€ {de(pay)}"],
        [items[2]["d"], "", "", f"€ {de(spon)}"],
    ]
    y = table(sh, 40, y + 8, cols, trs, "DV", 8.5, "DVB", rowh=15)
    y += 16
    for lab, val, b in [
        ("Subtotaal excl. btw", net, False),
        ("btw 21%", vat, False),
        ("Totaal factuur", total, True),
    ]:
        sh.t(340, y, lab, "DVB" if b else "DV", 9)
        sh.t(A4W - 43, y, f"€ {de(val)}", "DVB" if b else "DV", 9, "r")
        y += 13
    y += 20
    sh.t(40, y, "3. Afrekening uitbetaling", "DVB", 10, col=orange)
    payout = gross + tips - total
    y += 18
    for lab, val, b in [
        ("Bestelwaarde online betaald (incl. btw)", gross, False),
        ("Fooien voor uw bezorgers", tips, False),
        ("Af: totaal factuur (zie 2)", -total, False),
        ("Uit te betalen", payout, True),
    ]:
        sh.t(40, y, lab, "DVB" if b else "DV", 9)
        sh.t(A4W - 43, y, f"€ {de(val)}", "DVB" if b else "DV", 9, "r")
        y += 13
    y += 8
    stack(
        sh,
        40,
        y,
        [
            "Uitbetaling op 18-03-2026 naar NL91 ABNA 0417 1643 00 t.n.v. Ristorante Da Bruno V.O.F.",
            "Het factuurbedrag wordt verrekend met uw uitbetaling; u hoeft niets over te maken.",
        ],
        "DV",
        8,
        11,
    )
    sh.line(40, 790, A4W - 40, 790, 0.4, orange)
    sh.t(
        40,
        802,
        "Thuisgebracht Online B.V. · partners@thuisgebracht.nl · Op al onze diensten zijn de partnervoorwaarden van toepassing.",
        "DV",
        6.5,
        col=GREY,
    )
    t = truth(
        "TG-204417-2026-11",
        "2026-03-16",
        None,
        V,
        net,
        vat,
        total,
        "EUR",
        "nl-NL",
        "invoice",
        "invoice",
        items,
        "Food-delivery platform's weekly commission invoice plus payout statement to a restaurant: the invoice total (commission + fees + 21 % btw) is much smaller than the printed order value (4.873,60) and payout (3.992,34); no due date (netted against payout); daily order table.",
    )
    return sh, t


def i07(name, rng):
    V = "Ortofrutta F.lli Benedetti S.r.l."
    sh = Sheet(name, A4W, A4H)
    green = HexColor("#2e7d32")
    sh.circle(62, 56, 20, 0, None, green)
    sh.poly([(52, 66), (60, 44), (74, 42), (70, 58)], 0, None, white)
    sh.line(52, 66, 70, 46, 1.0, green)
    sh.t(92, 52, "ORTOFRUTTA F.LLI BENEDETTI", "DVCB", 16, col=green)
    sh.t(92, 66, "S.r.l. – Ingrosso frutta e verdura per la ristorazione", "DVC", 8.5)
    stack(
        sh,
        40,
        92,
        [
            "Centro Agroalimentare Roma – Via Tenutella 11, Box 42",
            "00012 Guidonia Montecelio (RM)",
            "P.IVA e C.F. 09812450587 – REA RM-1190443",
            "Tel. 06 4122 3870 – PEC: benedetti.ortofrutta@pec.it",
        ],
        "DVC",
        8,
        10.5,
    )
    sh.rect(320, 84, 235, 70, 0.6, green, None)
    sh.t(328, 95, "Spett.le", "DVC", 7.5, col=GREY)
    sh.t(328, 108, "OSTERIA DA GIGETTO di Rossi Marco", "DVCB", 9.5)
    stack(
        sh,
        328,
        120,
        [
            "Via del Portico d'Ottavia 21/a",
            "00186 Roma (RM)",
            "P.IVA 14523870589 – Cod. SDI M5UXCR1",
        ],
        "DVC",
        8,
        10.5,
    )
    cols = [
        ("Tipo documento", 100, "l"),
        ("Numero", 70, "l"),
        ("Data", 70, "l"),
        ("DDT n.", 100, "l"),
        ("Cod. cliente", 70, "l"),
        ("Pagamento", 105, "l"),
    ]
    table(
        sh,
        40,
        168,
        cols,
        [
            [
                "FATTURA (TD01)",
                "412/2026",
                "20/01/2026",
                "1288 del 19/01/2026",
                "C0391",
                "Bonifico 30 gg d.f.",
            ]
        ],
        "DVC",
        8.5,
        "DVCB",
        rowh=15,
        grid=True,
        head_fill=Color(0.9, 0.95, 0.9),
        rule_col=green,
        hz=7.5,
    )
    rows = [
        ("POM01", "Pomodori San Marzano DOP", "KG", "25.000", "2.40", 4),
        ("ZUC03", "Zucchine romanesche con fiore", "KG", "12.500", "2.10", 4),
        ("CAR02", "Carciofi romaneschi (mammole)", "PZ", "60", "0.85", 4),
        ("LIM05", "Limoni Costa d'Amalfi IGP", "KG", "8.000", "3.20", 4),
        ("RUC01", "Rucola selvatica", "KG", "2.500", "9.80", 4),
        ("OLI10", "Olio EVO 100% italiano latta 5 L", "PZ", "2", "42.00", 4),
        ("FUN07", "Funghi porcini secchi extra", "KG", "0.500", "58.00", 10),
        ("CAS00", "Cassette in legno a rendere", "PZ", "6", "1.50", 22),
    ]
    items = [(c, it(d, q, p), u, r) for c, d, u, q, p, r in rows]
    rates = sorted({r for *_, r in items})
    base = {r: sum(i["a"] for _, i, _, rr in items if rr == r) for r in rates}
    tax = {r: q2(base[r] * D(r) / 100) for r in rates}
    net, vat = sum(base.values()), sum(tax.values())
    total = net + vat
    cols = [
        ("Codice", 52, "l"),
        ("Descrizione", 185, "l"),
        ("U.M.", 35, "c"),
        ("Quantità", 62, "r"),
        ("Prezzo", 60, "r"),
        ("Importo", 76, "r"),
        ("IVA", 45, "c"),
    ]

    def qv(q, u):
        return num(q, ",", ".", 3) if u == "KG" else qstr(q)

    y = table(
        sh,
        40,
        222,
        cols,
        [
            [c, i["d"], u, qv(i["q"], u), num(i["u"], ",", ".", 2), de(i["a"]), f"{r}%"]
            for c, i, u, r in items
        ],
        "DVC",
        8.5,
        "DVCB",
        rowh=16,
        grid=True,
        head_fill=Color(0.9, 0.95, 0.9),
        rule_col=green,
    )
    y += 24
    sh.t(40, y, "RIEPILOGO IVA", "DVCB", 8.5, col=green)
    rcols = [
        ("Aliquota", 55, "c"),
        ("Imponibile", 85, "r"),
        ("Imposta", 75, "r"),
        ("Esigibilità", 80, "c"),
    ]
    table(
        sh,
        40,
        y + 6,
        rcols,
        [[f"{r}%", de(base[r]), de(tax[r]), "Immediata"] for r in rates],
        "DVC",
        8.5,
        "DVCB",
        rowh=14,
        grid=True,
        rule_col=green,
    )
    yy = y
    for lab, val, b in [
        ("Totale imponibile", net, False),
        ("Totale IVA", vat, False),
        ("TOTALE DOCUMENTO", total, True),
        ("Netto a pagare €", total, True),
    ]:
        sh.t(375, yy, lab, "DVCB" if b else "DVC", 9)
        sh.t(A4W - 40, yy, de(val), "DVCB" if b else "DVC", 9, "r")
        yy += 14
    y = max(y + 90, yy + 20)
    stack(
        sh,
        40,
        y,
        [
            "Scadenza: 19/02/2026 – Importo € "
            + de(total)
            + " – Bonifico su IBAN IT60 X054 2811 1010 0000 0123 456",
            "Le cassette in legno sono fatturate a rendere e accreditate alla restituzione.",
        ],
        "DVC",
        8.5,
        12,
    )
    sh.t(
        A4W / 2,
        790,
        "Copia di cortesia priva di valore fiscale: l'originale è la fattura elettronica trasmessa tramite SdI.",
        "DVC",
        7.5,
        "c",
        GREY,
    )
    sh.t(
        A4W / 2,
        800,
        "Capitale sociale € 50.000,00 i.v. – Registro Imprese di Roma n. 09812450587",
        "DVC",
        7.5,
        "c",
        GREY,
    )
    t = truth(
        "412/2026",
        "2026-01-20",
        "2026-02-19",
        V,
        net,
        vat,
        total,
        "EUR",
        "it-IT",
        "invoice",
        "invoice",
        [i for _, i, _, _ in items],
        "Italian produce wholesaler (courtesy copy of an e-invoice); weighed lines in KG with 3 decimals; three IVA rates 4/10/22 % with a 'Riepilogo IVA' table; DDT number beside the invoice number; colour scan at 150 dpi.",
    )
    return sh, t


def i08(name, rng):
    V = "Control de Plagas y Limpiezas Levante, S.L."
    sh = Sheet(name, A4W, A4H)
    teal = HexColor("#00796b")
    sh.rect(0, 0, 14, A4H, 0, None, teal)
    hexa = [
        (
            60 + 20 * math.cos(math.radians(60 * k + 30)),
            52 + 20 * math.sin(math.radians(60 * k + 30)),
        )
        for k in range(6)
    ]
    sh.poly(hexa, 0, None, teal)
    sh.t(60, 56, "CPL", "Helvetica-Bold", 11, "c", white)
    sh.t(92, 48, V, "Helvetica-Bold", 14, col=teal)
    sh.t(
        92, 62, "Desinsectación · Desratización · Higiene de cocinas industriales", "Helvetica", 8.5
    )
    sh.t(
        92,
        74,
        "C/ Sagunto 142, 46009 Valencia · Tel. 963 40 18 22 · ROESB 0412-CV-SV",
        "Helvetica",
        7.5,
    )
    sh.t(A4W - 40, 112, "FACTURA", "Helvetica-Bold", 22, "r", teal)
    for x, w, title in [(40, 260, "DATOS DEL CLIENTE"), (315, 240, "DATOS DE LA FACTURA")]:
        sh.rect(x, 130, w, 16, 0, None, teal)
        sh.t(x + 6, 141, title, "Helvetica-Bold", 8, col=white)
        sh.rect(x, 130, w, 82, 0.6, teal, None)
    stack(
        sh,
        46,
        160,
        ["Arrocería La Albufera, S.L.", "CIF: B97554120", "Avda. del Puerto, 75", "46023 Valencia"],
        "Helvetica",
        9,
        12,
    )
    kv(
        sh,
        321,
        549,
        159,
        [
            ("Nº factura", "F26-00731"),
            ("Fecha", "05/05/2026"),
            ("Vencimiento", "04/06/2026"),
            ("Nº cliente", "CL-1187"),
            ("Contrato", "DDD-2024-088"),
        ],
        z=8.5,
        lead=10.5,
    )
    rows = [
        ("Tratamiento DDD trimestral – cocina, almacén y cámaras", 1, "185.00", None, None),
        ("Revisión de cebaderos y reposición de cebo (puntos)", 12, "4.50", None, None),
        ("Limpieza de campana extractora y conductos", 1, "340.00", "10", D("306.00")),
        ("Desengrasado de filtros de campana", 6, "12.00", None, None),
        ("Certificado de tratamiento (APPCC)", 1, "25.00", None, None),
    ]
    items = [(it(d, q, p, a), dto) for d, q, p, dto, a in rows]
    net = sum(i["a"] for i, _ in items)
    vat = q2(net * D("0.21"))
    total = net + vat
    cols = [
        ("Concepto", 280, "l"),
        ("Cant.", 45, "r"),
        ("Precio", 70, "r"),
        ("Dto.", 45, "r"),
        ("Importe", 75, "r"),
    ]
    y = table(
        sh,
        40,
        236,
        cols,
        [
            [
                i["d"],
                qstr(i["q"]),
                de(i["u"]) + " €",
                (dto + " %") if dto else "",
                de(i["a"]) + " €",
            ]
            for i, dto in items
        ],
        z=8.5,
        rowh=17,
        head_fill=Color(0.88, 0.95, 0.94),
        zebra=Color(0.96, 0.98, 0.98),
        rule_col=teal,
    )
    y += 22
    for lab, val, b in [
        ("Base imponible", net, False),
        ("IVA 21 %", vat, False),
        ("TOTAL FACTURA", total, True),
    ]:
        if b:
            sh.rect(355, y - 13, 200, 20, 0, None, teal)
        sh.t(
            362,
            y,
            lab,
            "Helvetica-Bold" if b else "Helvetica",
            10 if b else 9,
            col=white if b else black,
        )
        sh.t(
            A4W - 46,
            y,
            de(val) + " €",
            "Helvetica-Bold" if b else "Helvetica",
            10 if b else 9,
            "r",
            white if b else black,
        )
        y += 20
    y += 20
    stack(
        sh,
        40,
        y,
        [
            "Forma de pago: recibo domiciliado con vencimiento 04/06/2026",
            "Cuenta de cargo: ES91 2100 **** **** **** 3312",
            "Próxima visita programada: semana 32 / 2026.",
        ],
        "Helvetica",
        8.5,
        12,
    )
    sh.t(
        40,
        790,
        "Inscrita en el Registro Mercantil de Valencia, Tomo 9821, Libro 7102, Folio 64, Hoja V-158832 · CIF B98234517",
        "Helvetica",
        6.8,
        col=GREY,
    )
    sh.t(
        40,
        800,
        "Sus datos se tratan conforme al RGPD (UE) 2016/679; puede ejercer sus derechos en lopd@cpl-levante.es",
        "Helvetica",
        6.8,
        col=GREY,
    )
    t = truth(
        "F26-00731",
        "2026-05-05",
        "2026-06-04",
        V,
        net,
        vat,
        total,
        "EUR",
        "es-ES",
        "invoice",
        "invoice",
        [i for i, _ in items],
        "Spanish pest-control and hood-cleaning service; one line with a 10 % line discount (Dto.) so line amount ≠ qty × price; IVA 21 %; direct-debit due date; customer and contract numbers.",
    )
    return sh, t


def i09(name, rng):
    V = "TableNest Ltd"
    sh = Sheet(name, A4W, A4H)
    teal = HexColor("#0f766e")
    sh.t(40, 72, "Invoice", "Helvetica-Bold", 28)
    for k, r in enumerate((5, 4, 3)):
        sh.circle(A4W - 150 + k * 11, 52, r, 0, None, teal)
    sh.t(A4W - 40, 58, "tablenest", "Helvetica-Bold", 20, "r", teal)
    stack(
        sh,
        A4W - 40,
        80,
        [V, "3rd Floor, 41 Corsham Street", "London N1 6DR", "VAT GB 318 4471 92"],
        "Helvetica",
        8,
        10,
        "r",
    )
    kv(
        sh,
        40,
        150,
        100,
        [
            ("Invoice number", "TN-INV-0426-08812"),
            ("Date of issue", "30 April 2026"),
            ("Date due", "14 May 2026"),
            ("Account", "R-55071"),
        ],
        "Helvetica",
        "Helvetica",
        9,
        12.5,
        "l",
    )
    sh.t(40, 170, "Bill to", "Helvetica-Bold", 9)
    stack(
        sh,
        40,
        183,
        [
            "The Anchor & Hope (Southwark) Ltd",
            "36 The Cut",
            "London SE1 8LP",
            "accounts@anchorhope.co.uk",
        ],
        "Helvetica",
        9,
        11.5,
    )
    rows = [
        ("Network covers (standard)", 612, "1.80"),
        ("Prime-time covers (Fri–Sat 19:00–21:00)", 188, "2.50"),
        ("Widget covers (your own website)", 240, "0.00"),
        ("Pro plan subscription – April 2026", 1, "129.00"),
        ("Promotional credit (spring campaign)", 1, "-50.00"),
    ]
    items = [it(d, q, p) for d, q, p in rows]
    net = sum(i["a"] for i in items)
    vat = q2(net * D("0.20"))
    total = net + vat
    sh.t(40, 260, f"£{en(total)} due 14 May 2026", "Helvetica-Bold", 16)
    sh.t(
        40,
        278,
        "Commission and fees for bookings dining between 1 April 2026 and 30 April 2026.",
        "Helvetica",
        9,
        col=GREY,
    )
    cols = [
        ("Description", 295, "l"),
        ("Qty", 50, "r"),
        ("Unit price", 80, "r"),
        ("Amount", 90, "r"),
    ]

    def gbp(d):
        return ("-£" if d < 0 else "£") + en(abs(d))

    y = table(
        sh,
        40,
        294,
        cols,
        [[i["d"], qstr(i["q"]), gbp(i["u"]), gbp(i["a"])] for i in items],
        z=9,
        rowh=20,
        rule_col=Color(0.8, 0.8, 0.8),
    )
    y += 20
    for lab, val, b in [
        ("Subtotal", net, False),
        ("Total excluding VAT", net, False),
        (f"VAT (20% on £{en(net)})", vat, False),
        ("Total", total, False),
        ("Amount due", total, True),
    ]:
        sh.t(330, y, lab, "Helvetica-Bold" if b else "Helvetica", 9)
        sh.t(A4W - 43, y, gbp(val), "Helvetica-Bold" if b else "Helvetica", 9, "r")
        sh.line(330, y + 6, A4W - 40, y + 6, 0.3, Color(0.8, 0.8, 0.8))
        y += 19
    y += 24
    stack(
        sh,
        40,
        y,
        [
            "Pay by bank transfer to TableNest Ltd",
            "Sort code 04-00-75 · Account 38120447",
            "Reference TN-INV-0426-08812",
            "Accounts with a direct debit mandate are collected on the due date.",
        ],
        "Helvetica",
        8.5,
        12,
    )
    sh.line(40, 790, A4W - 40, 790, 0.3, Color(0.8, 0.8, 0.8))
    sh.t(
        40,
        802,
        "TableNest Ltd is registered in England and Wales, company no. 11294837. Registered office as above.",
        "Helvetica",
        7,
        col=GREY,
    )
    sh.t(A4W - 40, 802, "Page 1 of 1", "Helvetica", 7, "r", GREY)
    t = truth(
        "TN-INV-0426-08812",
        "2026-04-30",
        "2026-05-14",
        V,
        net,
        vat,
        total,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        items,
        "UK booking-platform commission invoice to a pub; zero-priced widget covers line and a negative promotional credit line; 'Subtotal' and 'Total excluding VAT' both printed; amount due repeated in a big headline.",
    )
    return sh, t


def i10(name, rng):
    V = "Liffey Drinks Distribution Ltd"
    sh = Sheet(name, A4W, A4H)
    green = HexColor("#14532d")
    red = HexColor("#b3261e")
    for k in range(3):
        sh.poly(
            [(40 + j * 4, 40 + k * 7 + 2.5 * math.sin(j * 0.7 + k)) for j in range(12)],
            2.0,
            green,
            None,
            close=False,
        )
    sh.t(92, 56, "LIFFEY", "Helvetica-Bold", 24, col=green)
    sh.t(92, 68, "DRINKS  DISTRIBUTION", "Helvetica", 8.5, col=green)
    stack(
        sh,
        40,
        96,
        [
            V,
            "Unit 7, Ballymount Industrial Estate",
            "Dublin 12, D12 X2F8",
            "VAT No. IE 6388147K · CRO 548231",
            "Tel +353 1 456 2210",
        ],
        "Helvetica",
        8.5,
        11,
    )
    sh.t(A4W - 40, 60, "CREDIT NOTE", "Helvetica-Bold", 22, "r", red)
    kv(
        sh,
        350,
        A4W - 40,
        88,
        [
            ("Credit note no.", "CN-26-00418"),
            ("Date", "24/02/2026"),
            ("Account", "PORTER01"),
            ("Original invoice", "INV-26-10922"),
            ("Invoice date", "17/02/2026"),
            ("Reason", "Returns & empties"),
        ],
        z=8.5,
        lead=12,
    )
    sh.rect(40, 170, 260, 58, 0.5, GREY, None)
    sh.t(46, 182, "Credit to:", "Helvetica-Bold", 8)
    stack(
        sh,
        46,
        195,
        [
            "The Porterhouse Bar & Kitchen Ltd",
            "16–18 Parliament Street",
            "Temple Bar, Dublin 2, D02 VR94",
        ],
        "Helvetica",
        9,
        11,
    )
    rows = [
        ("CID24", "Orchard Cider 24 × 500 ml – damaged in transit", -2, "34.20", 23),
        ("TON24", "Premium Tonic 24 × 200 ml – short dated", -3, "14.90", 23),
        ("KEG50", "Empty keg returned – 50 L (deposit)", -6, "30.00", 0),
        ("CO2-6", "Empty CO2 cylinder 6 kg returned (deposit)", -2, "25.00", 0),
    ]
    items = [(c, it(d, q, p), r) for c, d, q, p, r in rows]
    base = {r: sum(i["a"] for _, i, rr in items if rr == r) for r in (23, 0)}
    tax = {r: q2(base[r] * D(r) / 100) for r in (23, 0)}
    net, vat = sum(base.values()), sum(tax.values())
    total = net + vat
    cols = [
        ("Code", 50, "l"),
        ("Description", 225, "l"),
        ("Qty", 40, "r"),
        ("Unit €", 60, "r"),
        ("VAT %", 45, "r"),
        ("Net €", 95, "r"),
    ]
    y = table(
        sh,
        40,
        246,
        cols,
        [[c, i["d"], qstr(i["q"]), en(i["u"]), str(r), en(i["a"])] for c, i, r in items],
        z=8.5,
        rowh=16,
        head_fill=Color(0.93, 0.95, 0.93),
        rule_col=green,
    )
    y += 22
    vcols = [("VAT rate", 70, "l"), ("Net €", 80, "r"), ("VAT €", 80, "r")]
    table(
        sh,
        40,
        y,
        vcols,
        [["23%", en(base[23]), en(tax[23])], ["0%", en(base[0]), en(tax[0])]],
        z=8.5,
        rowh=14,
    )
    for lab, val, b in [
        ("Total net", net, False),
        ("Total VAT", vat, False),
        ("CREDIT TOTAL €", total, True),
    ]:
        sh.t(
            360,
            y + 10,
            lab,
            "Helvetica-Bold" if b else "Helvetica",
            10 if b else 9,
            col=red if b else black,
        )
        sh.t(
            A4W - 43,
            y + 10,
            en(val),
            "Helvetica-Bold" if b else "Helvetica",
            10 if b else 9,
            "r",
            red if b else black,
        )
        y += 16
    y += 50
    stack(
        sh,
        40,
        y,
        [
            "This credit will be offset against your next statement.",
            "Original invoice INV-26-10922 of 17/02/2026: €2,418.77 (unchanged apart from this credit).",
            "Keg and cylinder deposits are credited at the deposit value charged, no VAT.",
        ],
        "Helvetica",
        8.5,
        12,
    )
    sh.line(40, 790, A4W - 40, 790, 0.4, green)
    sh.t(
        A4W / 2,
        802,
        "AIB · IBAN IE29 AIBK 9311 5212 3456 78 · BIC AIBKIE2D · Directors: C. Byrne, A. Walsh",
        "Helvetica",
        7,
        "c",
        GREY,
    )
    t = truth(
        "CN-26-00418",
        "2026-02-24",
        None,
        V,
        net,
        vat,
        total,
        "EUR",
        "en-IE",
        "invoice",
        "credit_note",
        [i for _, i, _ in items],
        "Irish drinks distributor's credit note for damaged/short-dated stock and returned keg/CO2 deposits; all amounts printed negative; VAT 23 % on goods and 0 % on deposits; references the original invoice number and its total (2,418.77), which is not this document's total.",
    )
    return sh, t


def i11(name, rng):
    V = "Tillwise, Inc."
    sh = Sheet(name, LTW, LTH)
    purple = HexColor("#4c1d95")
    sh.rect(40, 38, 28, 28, 0, None, purple)
    sh.t(54, 59, "T", "Helvetica-Bold", 20, "c", white)
    sh.t(76, 60, "tillwise", "Helvetica-Bold", 22, col=purple)
    sh.t(LTW - 40, 58, "INVOICE", "Helvetica", 22, "r", GREY)
    kv(
        sh,
        380,
        LTW - 40,
        84,
        [
            ("Invoice #", "TW-2026-047731"),
            ("Invoice date", "Mar 1, 2026"),
            ("Due date", "Mar 31, 2026"),
            ("Account ID", "ACCT-88319"),
            ("Billing period", "Mar 1 – Mar 31, 2026"),
        ],
        z=8.5,
        lead=12,
    )
    stack(
        sh,
        40,
        92,
        [V, "500 Howard Street, Suite 410", "San Francisco, CA 94105", "billing@tillwise.com"],
        "Helvetica",
        8.5,
        11,
    )
    sh.t(40, 164, "BILL TO", "Helvetica-Bold", 7.5, col=GREY)
    stack(
        sh,
        40,
        177,
        ["Harbor & Rye LLC", "Attn: Dana Whitfield", "218 W 14th St", "New York, NY 10011"],
        "Helvetica",
        9,
        11.5,
    )
    sh.t(330, 164, "SERVICE LOCATION", "Helvetica-Bold", 7.5, col=GREY)
    stack(
        sh,
        330,
        177,
        ["Harbor & Rye – West Village", "3 terminals · 2 KDS screens"],
        "Helvetica",
        9,
        11.5,
    )
    rows = [
        ("Restaurant Pro plan – per terminal", 3, "69.00"),
        ("Kitchen Display System add-on", 2, "29.00"),
        ("Online Ordering module", 1, "49.00"),
        ("Payroll & Tips module", 1, "35.00"),
        ("Hardware Protection Plan – T2 terminal", 3, "12.00"),
        ("Multi-location promo discount", 1, "-25.00"),
    ]
    items = [it(d, q, p) for d, q, p in rows]
    net = sum(i["a"] for i in items)
    vat = q2(net * D("0.08875"))
    total = net + vat

    def usd(d):
        return ("-$" if d < 0 else "$") + en(abs(d))

    cols = [
        ("Description", 300, "l"),
        ("Qty", 50, "r"),
        ("Unit price", 90, "r"),
        ("Amount", 92, "r"),
    ]
    y = table(
        sh,
        40,
        244,
        cols,
        [[i["d"], qstr(i["q"]), usd(i["u"]), usd(i["a"])] for i in items],
        z=9,
        rowh=18,
        head_fill=Color(0.93, 0.91, 0.98),
        rule_col=purple,
    )
    y += 20
    for lab, val, b in [
        ("Subtotal", net, False),
        ("Sales tax (NY 8.875%)", vat, False),
        ("Total", total, False),
        ("Amount paid", ZERO, False),
        ("Balance due", total, True),
    ]:
        sh.t(380, y, lab, "Helvetica-Bold" if b else "Helvetica", 10 if b else 9)
        sh.t(LTW - 43, y, usd(val), "Helvetica-Bold" if b else "Helvetica", 10 if b else 9, "r")
        y += 15
    y += 24
    stack(
        sh,
        40,
        y,
        [
            "Your Visa ending in 4471 will be charged automatically on the due date.",
            "Plan changes made mid-cycle are prorated on your next invoice.",
        ],
        "Helvetica",
        8.5,
        12,
    )
    sh.t(
        LTW / 2,
        750,
        "Questions? support@tillwise.com · tillwise.com/billing · EIN 84-3321907",
        "Helvetica",
        7.5,
        "c",
        GREY,
    )
    t = truth(
        "TW-2026-047731",
        "2026-03-01",
        "2026-03-31",
        V,
        net,
        vat,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items,
        "US POS software subscription for a restaurant (Letter); US date style 'Mar 1, 2026'; negative promo line; NY sales tax 8.875 %; 'Amount paid $0.00' and 'Balance due' lines.",
    )
    return sh, t


def i12(name, rng):
    V = "Sri Balaji Hotel Supplies Pvt. Ltd."
    sh = Sheet(name, A4W, A4H)
    L, R = 28, A4W - 28
    sh.rect(L, 28, R - L, A4H - 56, 0.8)
    sh.t(A4W / 2, 46, "TAX INVOICE", "DVB", 13, "c")
    sh.t(R - 6, 44, "(ORIGINAL FOR RECIPIENT)", "DV", 6.5, "r")
    sh.line(L, 54, R, 54, 0.6)
    M = 300
    sh.line(M, 54, M, 230, 0.6)
    sh.t(L + 6, 68, V, "DVB", 10)
    stack(
        sh,
        L + 6,
        80,
        [
            "No. 14, APMC Yard, Yeshwanthpur",
            "Bengaluru – 560022, Karnataka",
            "GSTIN/UIN: 29AAKCS4821M1Z6",
            "State Name: Karnataka, Code: 29",
            "FSSAI Lic. No. 11219334000512",
            "Ph: 080-2337 4410",
        ],
        "DV",
        7.5,
        10,
    )
    cells = [
        ("Invoice No.", "SBHS/25-26/04188"),
        ("Dated", "18-Mar-2026"),
        ("Delivery Note", "DN-7721"),
        ("Mode/Terms of Payment", "15 Days"),
        ("Buyer's Order No.", "HUS/PO/311"),
        ("Dispatched through", "Own vehicle KA-04-AB-2291"),
    ]
    cw = (R - M) / 2
    for k, (lab, val) in enumerate(cells):
        cx, cy = M + (k % 2) * cw, 54 + (k // 2) * 31
        sh.rect(cx, cy, cw, 31, 0.4)
        sh.t(cx + 4, cy + 10, lab, "DV", 6.5)
        sh.t(cx + 4, cy + 24, val, "DVB", 7.5)
    sh.line(L, 150, M, 150, 0.6)
    sh.t(L + 6, 161, "Buyer (Bill to)", "DV", 6.5)
    sh.t(L + 6, 174, "Hotel Udupi Sagar", "DVB", 9.5)
    stack(
        sh,
        L + 6,
        186,
        [
            "3rd Main Road, Malleshwaram, Bengaluru – 560003",
            "GSTIN/UIN: 29AAGFH7712K1ZQ",
            "State Name: Karnataka, Code: 29",
        ],
        "DV",
        7.5,
        10,
    )
    sh.t(M + 4, 161, "Terms of Delivery", "DV", 6.5)
    sh.t(M + 4, 174, "Door delivery, Malleshwaram", "DVB", 7.5)
    rows = [
        ("Basmati Rice Classic 25 kg", "1006", 5, "4", "bag", "2150.00"),
        ("Toor Dal Premium", "0713", 5, "50", "kg", "138.00"),
        ("Sunflower Oil 15 L tin", "1512", 5, "6", "tin", "1980.00"),
        ("Fresh Paneer 1 kg block", "0406", 5, "20", "kg", "360.00"),
        ("Whole Wheat Atta 10 kg", "1101", 5, "5", "bag", "465.00"),
        ("Aluminium Container 750 ml (100 pc)", "7615", 18, "10", "pkt", "420.00"),
        ("Dishwash Liquid 5 L can", "3402", 18, "4", "can", "385.00"),
        ("Tissue Napkin 30×30 (100 pc)", "4818", 18, "25", "pkt", "48.00"),
    ]
    items = [(it(d, q, p), h, r, u) for d, h, r, q, u, p in rows]
    base = {r: sum(i["a"] for i, _, rr, _ in items if rr == r) for r in (5, 18)}
    half = {r: sum(q2(i["a"] * D(r) / 200) for i, _, rr, _ in items if rr == r) for r in (5, 18)}
    net = sum(base.values())
    vat = 2 * sum(half.values())
    pre = net + vat
    total = q0(pre)
    rnd = total - pre

    def inr(d):
        return num(d, ".", ",", 2, india=True)

    cols = [
        ("Sl", 24, "c"),
        ("Description of Goods", 178, "l"),
        ("HSN/SAC", 48, "c"),
        ("GST", 34, "r"),
        ("Quantity", 55, "r"),
        ("Rate", 62, "r"),
        ("per", 30, "c"),
        ("Amount", 108, "r"),
    ]
    trs = [
        [str(k + 1), i["d"], h, f"{r}%", f"{qstr(i['q'])} {u}", inr(i["u"]), u, inr(i["a"])]
        for k, (i, h, r, u) in enumerate(items)
    ]
    trs.append([""] * 8)
    for r in (5, 18):
        trs.append(["", f"Output CGST @ {D(r) / 2}%", "", "", "", "", "", inr(half[r])])
        trs.append(["", f"Output SGST @ {D(r) / 2}%", "", "", "", "", "", inr(half[r])])
    trs.append(["", "Round Off", "", "", "", "", "", ("(-)" if rnd < 0 else "") + inr(abs(rnd))])
    trs.append(["", "Total", "", "", "", "", "", f"₹ {inr(total)}"])
    y = table(sh, L, 230, cols, trs, "DV", 7.5, "DVB", rowh=14, grid=True, bold=(len(trs) - 1,))
    sh.t(L + 6, y + 12, "Amount Chargeable (in words)", "DV", 6.5)
    sh.t(R - 6, y + 12, "E. & O.E", "DV", 6.5, "r")
    sh.t(L + 6, y + 25, f"INR {inr_words(int(total))} Only", "DVB", 8.5)
    y += 36
    hcols = [
        ("HSN/SAC", 60, "c"),
        ("Taxable Value", 95, "r"),
        ("CGST Rate", 52, "c"),
        ("CGST Amt", 80, "r"),
        ("SGST Rate", 52, "c"),
        ("SGST Amt", 80, "r"),
        ("Total Tax", 120, "r"),
    ]
    htr = []
    for i, h, r, _u in items:
        hh = q2(i["a"] * D(r) / 200)
        htr.append([h, inr(i["a"]), f"{D(r) / 2}%", inr(hh), f"{D(r) / 2}%", inr(hh), inr(2 * hh)])
    htr.append(["Total", inr(net), "", inr(vat / 2), "", inr(vat / 2), inr(vat)])
    y = table(sh, L, y, hcols, htr, "DV", 7, "DVB", rowh=12, grid=True, bold=(len(htr) - 1,))
    y += 14
    stack(
        sh,
        L + 6,
        y,
        [
            "Company's Bank Details",
            "Bank Name: Canara Bank, Yeshwanthpur Branch",
            "A/c No.: 0412201009887   IFSC: CNRB0000412",
        ],
        "DV",
        7.5,
        10.5,
    )
    stack(
        sh,
        L + 6,
        y + 44,
        [
            "Declaration: We declare that this invoice shows the actual price of the goods",
            "described and that all particulars are true and correct.",
        ],
        "DV",
        7,
        9.5,
    )
    sh.t(R - 6, y + 8, f"for {V}", "DVB", 8, "r")
    sh.squiggle(R - 150, y + 46, 100, 12, rng, Color(0.1, 0.1, 0.4))
    sh.t(R - 6, y + 76, "Authorised Signatory", "DV", 7.5, "r")
    sh.t(A4W / 2, A4H - 36, "This is a Computer Generated Invoice", "DV", 7, "c")
    t = truth(
        "SBHS/25-26/04188",
        "2026-03-18",
        None,
        V,
        net,
        vat,
        total,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        [i for i, _, _, _ in items],
        "Indian GST tax invoice from a hotel-supplies wholesaler; Indian digit grouping (46,939.00); GST 5 % and 18 % split into CGST + SGST rows (vat = sum of all four); 'Round Off' line (-0.46); HSN summary table repeats the taxes; date '18-Mar-2026'; phone photo.",
        rounding=rnd,
    )
    return sh, t


def i13(name, rng):
    V = "Harbourside Fresh Seafood Pty Ltd"
    sh = Sheet(name, A4W, A4H)
    navy = HexColor("#12355b")
    fish = [
        (40 + 30 + 24 * math.cos(a / 10 * math.pi), 50 + 10 * math.sin(a / 10 * math.pi))
        for a in range(21)
    ]
    sh.poly(fish, 0, None, navy)
    sh.poly([(44, 50), (34, 40), (34, 60)], 0, None, navy)
    sh.circle(84, 47, 1.6, 0, None, white)
    sh.t(108, 52, "Harbourside Fresh", "Times-Bold", 20, col=navy)
    sh.t(108, 66, "SEAFOOD · WHOLESALE · PYRMONT", "Helvetica", 7.5, col=navy)
    stack(
        sh,
        40,
        92,
        [
            V,
            "9 Bank Street, Pyrmont NSW 2009",
            "ABN 53 614 882 907",
            "orders@harboursidefresh.com.au · (02) 9552 4410",
        ],
        "Helvetica",
        8,
        10.5,
    )
    sh.t(A4W - 40, 54, "TAX INVOICE", "Helvetica-Bold", 18, "r")
    kv(
        sh,
        380,
        A4W - 40,
        80,
        [
            ("Invoice No.", "0048817"),
            ("Date", "07/04/2026"),
            ("Account", "BONTID"),
            ("Your Order", "PO 2291"),
            ("Terms", "30 days EOM"),
            ("Due Date", "31/05/2026"),
        ],
        z=8.5,
        lead=12,
    )
    for x, title, lines_ in [
        (
            40,
            "Invoice To:",
            ["Bondi Tides Dining Pty Ltd", "Shop 3, 128 Campbell Parade", "Bondi Beach NSW 2026"],
        ),
        (
            300,
            "Deliver To:",
            [
                "Bondi Tides Dining – kitchen",
                "Rear lane, 128 Campbell Pde",
                "Delivered 05:40 · Run 2",
            ],
        ),
    ]:
        sh.rect(x, 168, 255, 60, 0.5)
        sh.t(x + 6, 180, title, "Helvetica-Bold", 8)
        stack(sh, x + 6, 193, lines_, "Helvetica", 9, 11)
    rows = [
        ("BARRA-F", "Barramundi fillet skin-on", "6.40", "kg", "38.90", False),
        ("PRAWN-TL", "Tiger prawns cooked, large", "5.00", "kg", "42.50", False),
        ("SNAP-W", "Snapper whole, line caught", "8.75", "kg", "24.00", False),
        ("CALA-T", "Calamari tubes cleaned", "4.00", "kg", "16.90", False),
        ("OYS-SR", "Sydney rock oysters, opened", "10", "doz", "21.00", False),
        ("BOX-ICE", "Polystyrene box + ice", "4", "ea", "6.50", True),
        ("DEL-E", "Delivery – eastern suburbs", "1", "ea", "25.00", True),
    ]
    items = [(c, it(d, q, p), u, g) for c, d, q, u, p, g in rows]
    free = sum(i["a"] for _, i, _, g in items if not g)
    taxable = sum(i["a"] for _, i, _, g in items if g)
    gst = q2(taxable * D("0.10"))
    net = free + taxable
    total = net + gst
    cols = [
        ("Item", 58, "l"),
        ("Description", 197, "l"),
        ("Qty", 50, "r"),
        ("Unit", 35, "l"),
        ("Price", 60, "r"),
        ("GST", 35, "c"),
        ("Amount", 80, "r"),
    ]
    y = table(
        sh,
        40,
        246,
        cols,
        [
            [
                c,
                i["d"],
                f"{i['q']:.2f}" if u == "kg" else qstr(i["q"]),
                u,
                en(i["u"]),
                "*" if g else "",
                en(i["a"]),
            ]
            for c, i, u, g in items
        ],
        z=8.5,
        rowh=16,
        grid=True,
    )
    sh.t(
        40, y + 12, "* denotes taxable supply – all other items GST-free", "Helvetica-Oblique", 7.5
    )
    y += 30
    for lab, val, b in [
        ("GST-free items", free, False),
        ("Taxable items (ex GST)", taxable, False),
        ("Subtotal (ex GST)", net, False),
        ("GST", gst, False),
        ("TOTAL (inc GST)", total, True),
    ]:
        sh.t(350, y, lab, "Helvetica-Bold" if b else "Helvetica", 9.5 if b else 9)
        sh.t(
            A4W - 43, y, "$" + en(val), "Helvetica-Bold" if b else "Helvetica", 9.5 if b else 9, "r"
        )
        y += 14
    y += 20
    stack(
        sh,
        40,
        y,
        [
            "EFT: BSB 062-000  Acc 1048 2291  Ref: 0048817",
            "Please check goods on delivery. Claims within 24 hours with photos.",
            "Goods remain the property of Harbourside Fresh Seafood Pty Ltd until paid in full.",
        ],
        "Helvetica",
        8.5,
        12,
    )
    sh.t(40, 770, "Received in good order:", "Helvetica", 8)
    sh.squiggle(150, 768, 110, 12, rng, Color(0.1, 0.1, 0.1))
    t = truth(
        "0048817",
        "2026-04-07",
        "2026-05-31",
        V,
        net,
        gst,
        total,
        "AUD",
        "en-AU",
        "invoice",
        "invoice",
        [i for _, i, _, _ in items],
        "Australian seafood supplier; GST 10 % only on starred lines (box/ice, delivery), fresh seafood GST-free; weighed lines; '30 days EOM' terms with a printed due date; grey scan embedded as an image-only PDF.",
    )
    return sh, t


def i14(name, rng):
    V = "Getränke Krämer GmbH & Co. KG"
    sh = Sheet(name, A4W, A4H)
    blue = HexColor("#0b4f8a")
    sh.poly(
        [(46, 72), (46, 48), (50, 42), (50, 32), (56, 32), (56, 42), (60, 48), (60, 72)],
        0,
        None,
        blue,
    )
    sh.t(70, 60, "KRÄMER", "DVCB", 24, col=blue)
    sh.t(70, 72, "Getränke-Fachgroßhandel für Gastronomie", "DVC", 8)
    stack(
        sh,
        A4W - 40,
        42,
        [
            V,
            "Am Güterbahnhof 9",
            "90429 Nürnberg",
            "Tel. 0911 32 66 80",
            "www.getraenke-kraemer.de",
        ],
        "DVC",
        7.5,
        9.5,
        "r",
    )
    sh.t(40, 116, f"{V} · Am Güterbahnhof 9 · 90429 Nürnberg", "DVC", 6.5, col=GREY)
    stack(
        sh,
        40,
        132,
        [
            "Gaststätte Zum Goldenen Stern",
            "Inh. Petra Weidinger",
            "Hauptstraße 27",
            "91207 Lauf a. d. Pegnitz",
        ],
        "DVC",
        10,
        12.5,
    )
    kv(
        sh,
        340,
        A4W - 40,
        116,
        [
            ("Rechnung Nr.", "1260347"),
            ("Datum", "09.06.2026"),
            ("Kunden-Nr.", "2210045"),
            ("Lieferschein", "26-118734"),
            ("Liefertag", "09.06.2026"),
            ("Tour / Fahrer", "07 / 31"),
            ("Bestellung", "tel. 08.06., Fr. Weidinger"),
        ],
        "DVC",
        "DVCB",
        8.5,
        11.5,
    )
    sh.t(40, 226, "RECHNUNG", "DVCB", 14, col=blue)
    ware = [
        ("41020", "Hefeweizen hell", "KEG 50 l", 4, "119.80", 19),
        ("41110", "Landbier naturtrüb", "KEG 30 l", 2, "78.40", 19),
        ("52001", "Mineralwasser spritzig", "12 × 0,7 l", 15, "6.20", 19),
        ("52240", "Apfelschorle naturtrüb", "20 × 0,5 l", 8, "12.90", 19),
        ("53010", "Cola-Mix", "24 × 0,33 l", 4, "15.60", 19),
        ("60015", "H-Milch 3,5 %", "12 × 1 l", 2, "11.40", 7),
        ("70100", "CO₂-Flasche Füllung", "10 kg", 1, "24.50", 19),
    ]
    pfand = [
        ("90050", "Pfand KEG", "50 l", 4, "30.00", 19),
        ("90030", "Pfand KEG", "30 l", 2, "30.00", 19),
        ("90012", "Pfand Kasten", "12 × 0,7 l", 15, "3.30", 19),
        ("90020", "Pfand Kasten", "20 × 0,5 l", 8, "3.10", 19),
        ("90024", "Pfand Kasten", "24 × 0,33 l", 4, "3.42", 19),
    ]
    leer = [
        ("90050", "Leergut-Rücknahme KEG", "50 l", -3, "30.00", 19),
        ("90012", "Leergut-Rücknahme Kasten", "12 × 0,7 l", -12, "3.30", 19),
        ("90020", "Leergut-Rücknahme Kasten", "20 × 0,5 l", -10, "3.10", 19),
    ]
    groups = []
    for title, rows in (("Ware", ware), ("Pfand", pfand), ("Leergut", leer)):
        groups.append((title, [(a, it(d, q, p), g, r) for a, d, g, q, p, r in rows]))
    all_items = [x for _, g in groups for x in g]
    sums = {title: sum(i["a"] for _, i, _, _ in g) for title, g in groups}
    n7 = sum(i["a"] for _, i, _, r in all_items if r == 7)
    n19 = sum(i["a"] for _, i, _, r in all_items if r == 19)
    v7, v19 = q2(n7 * D("0.07")), q2(n19 * D("0.19"))
    net = n7 + n19
    total = net + v7 + v19
    cols = [
        ("Art.-Nr.", 50, "l"),
        ("Artikel", 190, "l"),
        ("Gebinde", 70, "l"),
        ("Menge", 45, "r"),
        ("Preis", 55, "r"),
        ("Betrag", 65, "r"),
        ("MwSt", 40, "c"),
    ]
    trs, bold = [], []
    for title, g in groups:
        bold.append(len(trs))
        trs.append(
            [
                "",
                {
                    "Ware": "Warenlieferung",
                    "Pfand": "Pfand (Leihgebinde)",
                    "Leergut": "Leergut-Rücknahme",
                }[title],
                "",
                "",
                "",
                "",
                "",
            ]
        )
        for a, i, geb, r in g:
            trs.append([a, i["d"], geb, qstr(i["q"]), de(i["u"]), de(i["a"]), f"{r} %"])
    y = table(
        sh,
        40,
        236,
        cols,
        trs,
        "DVC",
        8.5,
        "DVCB",
        rowh=14,
        bold=tuple(bold),
        head_fill=Color(0.88, 0.92, 0.97),
        rule_col=blue,
    )
    y += 18
    for lab, val, b in [
        ("Warenwert", sums["Ware"], False),
        ("Pfand", sums["Pfand"], False),
        ("Leergut", sums["Leergut"], False),
        ("Nettobetrag", net, True),
        (f"MwSt 7 % auf {de(n7)}", v7, False),
        (f"MwSt 19 % auf {de(n19)}", v19, False),
        ("Rechnungsbetrag EUR", total, True),
    ]:
        sh.t(330, y, lab, "DVCB" if b else "DVC", 9)
        sh.t(A4W - 40, y, de(val), "DVCB" if b else "DVC", 9, "r")
        y += 13
    y += 20
    stack(
        sh,
        40,
        y,
        [
            "Der Rechnungsbetrag wird am 23.06.2026 per SEPA-Lastschrift von Ihrem Konto DE** **** **** **** **44 71 eingezogen.",
            "Gläubiger-ID DE98ZZZ00000412877 · Mandatsreferenz GK-2210045",
            "Leergutsaldo nach dieser Lieferung: KEG 50 l: 5 · KEG 30 l: 2 · Kästen 12 × 0,7 l: 3 · Kästen 20 × 0,5 l: 0",
        ],
        "DVC",
        8.5,
        12,
    )
    sh.line(40, 788, A4W - 40, 788, 0.4, blue)
    sh.t(
        40,
        800,
        "Sitz Nürnberg · AG Nürnberg HRA 14402 · phG: Krämer Verwaltungs-GmbH, AG Nürnberg HRB 22871 · USt-IdNr. DE 133 602 418",
        "DVC",
        6.8,
        col=GREY,
    )
    sh.t(
        40,
        810,
        "HypoVereinsbank Nürnberg · IBAN DE12 7602 0070 0012 3345 67 · BIC HYVEDEMM460",
        "DVC",
        6.8,
        col=GREY,
    )
    t = truth(
        "1260347",
        "2026-06-09",
        "2026-06-23",
        V,
        net,
        v7 + v19,
        total,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        [i for _, i, _, _ in all_items],
        "German beverage distributor to a pub: keg and crate deposits (Pfand) charged and returned empties (Leergut) credited as negative lines; 7 % (milk) and 19 % MwSt; tour/driver and delivery-note numbers; due date is the SEPA direct-debit date; empties balance line with counts.",
    )
    return sh, t


def i15(name, rng):
    V = "Pier 9 Seafood & Produce, LLC"
    sh = Sheet(name, LTW, LTH)
    sh.t(40, 62, "PIER 9", "Times-Bold", 30)
    for k in range(2):
        sh.poly(
            [(40 + j * 5, 70 + k * 5 + 2 * math.sin(j * 0.8)) for j in range(25)],
            1.2,
            black,
            None,
            close=False,
        )
    sh.t(40, 92, "SEAFOOD & PRODUCE, LLC", "Times-Roman", 10)
    stack(
        sh,
        40,
        106,
        ["2210 Alaskan Way · Seattle, WA 98121", "(206) 555-0148 · orders@pier9seafood.com"],
        "Times-Roman",
        9,
        11,
    )
    sh.t(LTW - 40, 56, "INVOICE", "Times-Bold", 20, "r")
    x0, vx = 390, LTW - 40
    y = 70
    for lab, val in [
        ("INVOICE NO.", "260522-117"),
        ("DATE", "05/22/2026"),
        ("TERMS", "Net 15"),
        ("DUE DATE", "06/06/2026"),
        ("PO #", "SCK-0519"),
        ("ROUTE / DRIVER", "3 / M. Ortiz"),
    ]:
        sh.rect(x0, y, vx - x0, 14, 0.4)
        sh.t(x0 + 4, y + 10, lab, "Helvetica-Bold", 7)
        sh.t(vx - 4, y + 10, val, "Courier-Bold", 8.5, "r")
        y += 14
    for x, title, lines_ in [
        (40, "SOLD TO", ["Salt & Cedar Kitchen", "1520 NW 70th St", "Seattle, WA 98117"]),
        (
            310,
            "SHIP TO",
            ["Salt & Cedar Kitchen – back dock", "1520 NW 70th St", "Seattle, WA 98117"],
        ),
    ]:
        sh.rect(x, 166, 262, 56, 0.5)
        sh.rect(x, 166, 262, 12, 0, None, LIGHT)
        sh.t(x + 4, 175, title, "Helvetica-Bold", 7)
        stack(sh, x + 6, 190, lines_, "Courier", 9, 11)
    rows = [
        ("SAL-KF", "Salmon, King, fillet, skin-on", "18.4", "LB", "24.95"),
        ("HAL-F", "Halibut fillet, fresh", "12.2", "LB", "28.50"),
        ("CRB-DL", "Dungeness crab, live", "20.0", "LB", "12.75"),
        ("CLM-M10", "Manila clams, 10 lb bag", "2", "BAG", "58.00"),
        ("LEM-115", "Lemons, 115 ct", "1", "CS", "46.00"),
        ("ASP-11", "Asparagus, 11 lb", "2", "CS", "39.50"),
        ("MGR-2", "Micro greens, mixed 2 lb", "3", "EA", "18.75"),
        ("FUEL", "Fuel surcharge", "1", "EA", "12.00"),
    ]
    items = [(c, it(d, q, p), u, q) for c, d, q, u, p in rows]
    total = sum(i["a"] for _, i, _, _ in items)
    cols = [
        ("ITEM", 62, "l"),
        ("DESCRIPTION", 230, "l"),
        ("QTY", 50, "r"),
        ("U/M", 35, "c"),
        ("PRICE", 70, "r"),
        ("EXTENSION", 85, "r"),
    ]
    y = table(
        sh,
        40,
        236,
        cols,
        [[c, i["d"], qs, u, en(i["u"]), en(i["a"])] for c, i, u, qs in items],
        "Courier",
        8.5,
        "Helvetica-Bold",
        rowh=15,
        grid=True,
        head_fill=LIGHT,
        hz=7,
    )
    sh.t(40, y + 14, "Catch weights: priced per lb, weighed at dock scale #2.", "Times-Italic", 8.5)
    sh.t(
        40,
        y + 26,
        "Sales tax: exempt – unprepared food for resale/restaurant use.",
        "Times-Italic",
        8.5,
    )
    sh.rect(400, y + 6, 172, 22, 1.0)
    sh.t(406, y + 21, "TOTAL DUE", "Helvetica-Bold", 9)
    sh.t(566, y + 21, "$" + en(total), "Courier-Bold", 10, "r")
    y += 64
    sh.t(40, y, "Received by:", "Times-Roman", 9)
    sh.line(100, y + 2, 280, y + 2, 0.4)
    sh.squiggle(110, y - 6, 90, 10, rng, Color(0.1, 0.1, 0.1))
    sh.t(310, y, "Temp at delivery: 36°F", "Times-Roman", 9)
    sh.t(
        LTW / 2,
        740,
        "Please remit to: Pier 9 Seafood & Produce, LLC · PO Box 3390 · Seattle, WA 98124",
        "Times-Roman",
        8.5,
        "c",
    )
    sh.t(
        LTW / 2,
        751,
        "A finance charge of 1.5% per month applies to past-due balances.",
        "Times-Roman",
        8.5,
        "c",
    )
    t = truth(
        "260522-117",
        "2026-05-22",
        "2026-06-06",
        V,
        total,
        None,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        [i for _, i, _, _ in items],
        "US seafood and produce supplier (Letter); catch-weight lines in lb; no tax amount printed (exempt note only, so vat is null); US dates MM/DD/YYYY; PO, route/driver numbers beside the invoice number.",
    )
    return sh, t


def i16(name, rng):
    V = "Brakewell Catering Supplies Ltd"
    sh = Sheet(name, A4W, A4H)
    red = HexColor("#c62828")
    sh.t(40, 60, "BRAKEWELL", "Helvetica-Bold", 26)
    sh.rect(40, 66, 168, 3, 0, None, red)
    sh.t(40, 80, "C A T E R I N G   S U P P L I E S", "Helvetica", 8)
    stack(
        sh,
        40,
        100,
        [
            V,
            "Unit 12, Trafford Park Road",
            "Manchester M17 1HG",
            "Tel 0161 872 4410",
            "VAT Reg No: GB 284 5531 70",
        ],
        "Helvetica",
        8,
        10,
    )
    sh.t(A4W - 40, 56, "SALES INVOICE", "Helvetica-Bold", 14, "r")
    boxes = [
        ("Invoice No", "7719204"),
        ("Date/Tax Point", "16/01/2026"),
        ("Account", "WHEA001"),
        ("Order No", "55120"),
        ("Delivery Note", "DN-7719204"),
        ("Van / Drop", "14 / 06"),
    ]
    for k, (lab, val) in enumerate(boxes):
        x, y = 335 + (k % 2) * 110, 68 + (k // 2) * 28
        sh.rect(x, y, 110, 28, 0.5)
        sh.t(x + 4, y + 9, lab, "Helvetica", 6.5)
        sh.t(x + 4, y + 22, val, "Helvetica-Bold", 9)
    for x, title, lines_ in [
        (
            40,
            "INVOICE TO",
            ["The Wheatsheaf Inn", "Accounts Dept", "84 Bury Road", "Ramsbottom BL0 0DF"],
        ),
        (
            300,
            "DELIVER TO",
            [
                "The Wheatsheaf Inn (kitchen)",
                "84 Bury Road",
                "Ramsbottom BL0 0DF",
                "Drop before 10:00",
            ],
        ),
    ]:
        sh.rect(x, 168, 255, 64, 0.5)
        sh.t(x + 5, 179, title, "Helvetica-Bold", 7, col=red)
        stack(sh, x + 5, 192, lines_, "Helvetica", 8.5, 10.5)
    rows = [
        ("10231", "Plain flour", "16kg", 2, "11.49", "Z"),
        ("20455", "Mature cheddar block", "5kg", 2, "28.75", "Z"),
        ("31102", "Chips 9/16 frozen", "4x2.5kg", 6, "13.20", "Z"),
        ("22019", "Back bacon rindless", "2.27kg", 3, "15.85", "Z"),
        ("41006", "Tomato ketchup", "4.8kg", 1, "9.95", "Z"),
        ("31550", "Cod fillet battered 6-8oz", "4kg", 2, "38.40", "Z"),
        ("33012", "Chocolate fudge cake 14ptn", "1", 2, "16.50", "Z"),
        ("50201", "Cola cans", "24x330ml", 4, "14.99", "S"),
        ("50377", "Crisps assorted", "48x25g", 2, "16.49", "S"),
        ("60112", "Blue roll 2ply", "6 rolls", 3, "12.60", "S"),
        ("60230", "Thick bleach", "2x5L", 2, "7.95", "S"),
    ]
    items = [(c, it(d, q, p), pk, v) for c, d, pk, q, p, v in rows]
    z_ = sum(i["a"] for _, i, _, v in items if v == "Z")
    s_ = sum(i["a"] for _, i, _, v in items if v == "S")
    vat = q2(s_ * D("0.20"))
    net = z_ + s_
    total = net + vat
    cols = [
        ("Product", 50, "l"),
        ("Description", 195, "l"),
        ("Pack", 65, "l"),
        ("Qty", 35, "r"),
        ("Price", 60, "r"),
        ("VAT", 30, "c"),
        ("Value", 80, "r"),
    ]
    y = table(
        sh,
        40,
        246,
        cols,
        [[c, i["d"], pk, qstr(i["q"]), en(i["u"]), v, en(i["a"])] for c, i, pk, v in items],
        z=8.5,
        rowh=15,
        grid=True,
        head_fill=LIGHT,
    )
    y += 18
    sh.t(40, y, "VAT ANALYSIS", "Helvetica-Bold", 8)
    vcols = [("Code", 40, "c"), ("Rate", 55, "r"), ("Goods", 75, "r"), ("VAT", 65, "r")]
    table(
        sh,
        40,
        y + 5,
        vcols,
        [["Z", "0.00%", en(z_), "0.00"], ["S", "20.00%", en(s_), en(vat)]],
        z=8.5,
        rowh=14,
        grid=True,
    )
    yy = y
    for lab, val, b in [
        ("Goods Total", net, False),
        ("VAT", vat, False),
        ("INVOICE TOTAL £", total, True),
    ]:
        if b:
            sh.rect(345, yy - 12, 210, 18, 1.0)
        sh.t(352, yy, lab, "Helvetica-Bold" if b else "Helvetica", 9.5 if b else 9)
        sh.t(A4W - 46, yy, en(val), "Helvetica-Bold" if b else "Helvetica", 9.5 if b else 9, "r")
        yy += 18
    y += 90
    stack(
        sh,
        40,
        y,
        [
            "Payment terms: 30 days from invoice date. Due date: 15/02/2026",
            "Bank: Lloyds Bank plc · Sort code 30-94-57 · Account 00418822",
            "Please quote your account number WHEA001 with all payments.",
        ],
        "Helvetica",
        8.5,
        12,
    )
    sh.t(
        A4W / 2,
        800,
        "Brakewell Catering Supplies Ltd · Registered in England & Wales No. 07718352 · Registered office as above",
        "Helvetica",
        7,
        "c",
        GREY,
    )
    t = truth(
        "7719204",
        "2026-01-16",
        "2026-02-15",
        V,
        net,
        vat,
        total,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        [i for _, i, _, _ in items],
        "UK catering wholesaler to a pub; VAT codes per line (Z zero-rated food, S 20 % standard: soft drinks, crisps, cleaning); VAT analysis table; several reference boxes (account, order, delivery note, van/drop).",
    )
    return sh, t


# ------------------------------------------------------------- receipts ----


def roll(name, width_mm, margin_mm=4.0):
    sh = Sheet(name, width_mm * mm)
    return sh, margin_mm * mm, (width_mm - margin_mm) * mm


def r01(name, rng):
    V = "RESTORAN SELERA KAMPUNG SDN BHD"
    sh, x0, x1 = roll(name, 80)
    c = Cur(sh, x0, x1, 6 * mm, "DVM", 7.4)
    c.c("RESTORAN SELERA KAMPUNG", "DVMB", 10)
    for s in (
        "SDN BHD (201801029447)",
        "No. 12, Jalan SS 15/4",
        "47500 Subang Jaya, Selangor",
        "Tel: 03-5631 2208",
        "SST ID: W10-1808-32000417",
    ):
        c.c(s)
    c.gap(4)
    c.c("RECEIPT", "DVMB", 9)
    c.rule()
    c.lr("Bill No: B0012847", "Table: 14")
    c.lr("Date: 14/02/2026 13:42", "Pax: 4")
    c.lr("Cashier: AINA", "POS01")
    c.rule()
    rows = [
        ("Nasi Lemak Ayam Goreng", 2, "14.90"),
        ("Mee Goreng Mamak", 1, "11.50"),
        ("Roti Canai", 3, "2.20"),
        ("Roti Telur Bawang", 1, "4.50"),
        ("Teh Tarik", 3, "3.80"),
        ("Milo Ais", 1, "4.90"),
        ("Sirap Bandung", 1, "4.50"),
        ("Air Suam", 1, "0.50"),
    ]
    items = [it(d, q, p) for d, q, p in rows]
    for i in items:
        c.ln(i["d"])
        c.lr(f"   {qstr(i['q'])} x {en(i['u'])}", en(i["a"]))
    c.rule()
    sub = sum(i["a"] for i in items)
    sc = q2(sub * D("0.10"))
    sst = q2((sub + sc) * D("0.06"))
    pre = sub + sc + sst
    total = round_to(pre, "0.05")
    rnd = total - pre
    cash = D("100.00")
    c.lr("Subtotal", en(sub))
    c.lr("Service Charge 10%", en(sc))
    c.lr("SST 6%", en(sst))
    c.lr("Rounding Adj", en(rnd))
    c.rule()
    c.lr("TOTAL (RM)", en(total), "DVMB", 9.5)
    c.rule()
    c.lr("CASH", en(cash))
    c.lr("CHANGE", en(cash - total))
    c.gap(6)
    c.c("Terima kasih! Sila datang lagi.")
    c.c("Thank you, please come again")
    c.c("Goods sold are not returnable")
    t = truth(
        "B0012847",
        "2026-02-14",
        None,
        V,
        sub + sc,
        sst,
        total,
        "MYR",
        "en-MY",
        "receipt",
        "receipt",
        items,
        "Malaysian restaurant bill; 10 % service charge (counted in the net) then SST 6 % on subtotal + service; 5-sen rounding adjustment +0.02; cash and change; table and pax; thermal fading, scanned and downscaled to 650 px wide.",
        rounding=rnd,
    )
    return sh, t


def r02(name, rng):
    V = "Kedai Kopi Hock Seng"
    sh, x0, x1 = roll(name, 58, 3.5)
    c = Cur(sh, x0, x1, 5 * mm, "Courier", 7.6)
    c.c("KEDAI KOPI HOCK SENG", "Courier-Bold", 9.5)
    c.c("(JM0741288-K)")
    c.c("Lot 7, Jalan Kaskas, Taman")
    c.c("Cheras, 56100 Kuala Lumpur")
    c.rule(ch_="=")
    c.lr("No. Resit: 004417", "Meja: 6")
    c.ln("Tarikh: 08-01-2026  08:12")
    c.rule(ch_="-")
    rows = [
        ("Kopi O Kosong", 2, "1.80"),
        ("Teh C Peng", 1, "2.70"),
        ("Roti Bakar Kaya", 2, "3.20"),
        ("Telur Separuh Masak", 1, "3.40"),
        ("Mee Hoon Sup Ikan", 1, "8.50"),
        ("Nasi Lemak Bungkus", 2, "2.50"),
    ]
    items = [it(d, q, p) for d, q, p in rows]
    for i in items:
        c.lr(f"{qstr(i['q'])} {i['d']}", en(i["a"]))
    c.rule(ch_="-")
    total = sum(i["a"] for i in items)
    cash = D("50.00")
    c.lr("JUMLAH RM", en(total), "Courier-Bold", 9)
    c.lr("TUNAI", en(cash))
    c.lr("BAKI", en(cash - total))
    c.rule(ch_="=")
    c.c("TERIMA KASIH")
    t = truth(
        "004417",
        "2026-01-08",
        None,
        V,
        total,
        None,
        total,
        "MYR",
        "ms-MY",
        "receipt",
        "receipt",
        items,
        "Small Malaysian kopitiam receipt on a 58 mm roll, Malay labels (JUMLAH / TUNAI / BAKI); no tax line, so vat is null; date DD-MM-YYYY; crumpled thermal paper photographed on a steel counter.",
    )
    return sh, t


def r03(name, rng):
    V = "Ming Kee Zi Char Pte. Ltd."
    sh, x0, x1 = roll(name, 80)
    c = Cur(sh, x0, x1, 6 * mm, "Helvetica", 8)
    c.c("MING KEE ZI CHAR", "Helvetica-Bold", 13)
    c.c(V, z=7.5)
    c.c("Blk 115 Bukit Merah View #01-22", z=7.5)
    c.c("Singapore 151115  Tel: 6271 4408", z=7.5)
    c.c("GST Reg No: 201611243K", z=7.5)
    c.gap(3)
    c.c("TAX INVOICE", "Helvetica-Bold", 10)
    c.rule()
    c.lr("Bill No: 0388150", "Table: 8")
    c.lr("21/03/2026 19:55", "Pax: 6")
    c.lr("Server: Ah Hock", "Station: 02")
    c.rule()
    crab = it("Chilli Crab", "1.6", "88.00")
    rows = [
        ("Cereal Prawn (M)", 1, "32.00"),
        ("Sambal Kangkong (S)", 1, "12.00"),
        ("Fried Mantou (10 pcs)", 10, "0.80"),
        ("Yang Chow Fried Rice (L)", 1, "24.00"),
        ("Tiger Beer Tower 3L", 1, "68.00"),
        ("Chinese Tea", 6, "1.50"),
        ("Wet Towel", 6, "0.30"),
    ]
    items = [crab] + [it(d, q, p) for d, q, p in rows]
    c.lr("Chilli Crab", en(crab["a"]))
    c.ln("  1.6kg @ $88.00/kg", z=7.2)
    for i in items[1:]:
        c.row([(x0, qstr(i["q"]), "l"), (x0 + 14, i["d"], "l"), (x1, en(i["a"]), "r")])
    c.rule()
    sub = sum(i["a"] for i in items)
    svc = q2(sub * D("0.10"))
    gst = q2((sub + svc) * D("0.09"))
    total = sub + svc + gst
    c.lr("Sub-Total", en(sub))
    c.lr("10% Svc Chg", en(svc))
    c.lr("9% GST", en(gst))
    c.rule()
    c.lr("NETT TOTAL", "$" + en(total), "Helvetica-Bold", 11)
    c.rule()
    c.lr("VISA  xxxx xxxx xxxx 5521", en(total))
    c.gap(5)
    c.c("Thank you! See you again!", "Helvetica-Oblique")
    c.c("Prices are subject to 10% service charge and 9% GST", z=6.5)
    t = truth(
        "0388150",
        "2026-03-21",
        None,
        V,
        sub + svc,
        gst,
        total,
        "SGD",
        "en-SG",
        "receipt",
        "receipt",
        items,
        "Singapore zi char restaurant; weighed crab line (1.6 kg @ $88/kg); 10 % service charge (in the net) then 9 % GST on subtotal + service; 'NETT TOTAL'; table/pax; photo on a granite counter.",
    )
    return sh, t


def r04(name, rng):
    V = "Crumbs & Crust Bakehouse Pte. Ltd."
    sh, x0, x1 = roll(name, 80, 5)
    brown = HexColor("#7c4a21")
    cx = sh.w / 2
    sh.circle(cx, 12 * mm, 16, 0, None, brown)
    sh.t(cx, 12 * mm + 5, "C&C", "Helvetica-Bold", 12, "c", white)
    c = Cur(sh, x0, x1, 12 * mm + 20, "Helvetica", 8.2)
    c.c("Crumbs & Crust Bakehouse", "Helvetica-Bold", 11.5)
    c.c(V, z=7)
    c.c("22 Tiong Bahru Road #01-08, Singapore 160022", z=7)
    c.c("GST Reg. No. 202109877W", z=7)
    c.gap(6)
    c.c("Your e-receipt", "Helvetica-Bold", 10)
    c.lr("Receipt No.", "R2026-0412-0057")
    c.lr("Order", "#CB-0412-7781 (takeaway)")
    c.lr("Date", "12 Apr 2026, 09:18")
    c.rule(dash=None, lw=0.3)
    rows = [
        ("Kouign Amann", 2, "4.80"),
        ("Sourdough Country Loaf", 1, "11.50"),
        ("Pain au Chocolat", 3, "4.20"),
        ("Flat White (oat)", 2, "6.50"),
        ("Iced Long Black", 1, "5.80"),
    ]
    items = [it(d, q, p) for d, q, p in rows]
    for i in items:
        c.lr(f"{qstr(i['q'])} × {i['d']}", f"${en(i['a'])}")
        c.ln(f"@ ${en(i['u'])}", z=6.8, dx=10, col=GREY)
    c.rule(dash=None, lw=0.3)
    sub = sum(i["a"] for i in items)
    disc = -q2(sub * D("0.10"))
    total = sub + disc
    gst = q2(total * D(9) / D(109))
    c.lr("Subtotal", f"${en(sub)}")
    c.lr("Crumbs Club member 10%", f"-${en(-disc)}")
    c.lr("Total (incl. GST)", f"${en(total)}", "Helvetica-Bold", 10.5)
    c.lr("GST 9% included", f"${en(gst)}", z=7.5)
    c.rule(dash=None, lw=0.3)
    c.lr("Paid by PayNow", f"${en(total)}")
    c.lr("Points earned", "47")
    c.gap(6)
    c.c("Thank you for baking our day!", "Helvetica-Oblique", 8)
    c.c("hello@crumbsandcrust.sg", z=7, col=GREY)
    t = truth(
        "R2026-0412-0057",
        "2026-04-12",
        None,
        V,
        total - gst,
        gst,
        total,
        "SGD",
        "en-SG",
        "receipt",
        "receipt",
        items,
        "E-mailed bakery receipt (born-digital, roll-width page); prices include 9 % GST, so net = total - GST; member discount of 10 % below the subtotal; order number beside the receipt number.",
    )
    return sh, t


def r05(name, rng):
    V = "Rumah Makan Minang Saiyo"
    sh, x0, x1 = roll(name, 58, 3)
    c = Cur(sh, x0, x1, 5 * mm, "Courier", 7.4)

    def idr(d):
        return num(d, ",", ".", 0)

    c.c("RM. MINANG SAIYO", "Courier-Bold", 10)
    c.c("Jl. Kebon Sirih No. 42")
    c.c("Menteng, Jakarta Pusat")
    c.c("NPWP 02.814.557.3-071.000")
    c.rule(ch_="-")
    c.ln("No  : INV/260219/0318")
    c.ln("Tgl : 19-02-2026 12:47")
    c.ln("Meja: 11   Kasir: Rini")
    c.rule(ch_="-")
    rows = [
        ("Rendang Daging", 2, "32000"),
        ("Ayam Pop", 1, "28000"),
        ("Gulai Tunjang", 1, "30000"),
        ("Nasi Putih", 4, "8000"),
        ("Es Teh Manis", 3, "7000"),
        ("Jus Alpukat", 1, "22000"),
    ]
    items = [it(d, q, p) for d, q, p in rows]
    for i in items:
        c.ln(i["d"])
        c.lr(f"  {qstr(i['q'])} x {idr(i['u'])}", idr(i["a"]))
    c.rule(ch_="-")
    sub = sum(i["a"] for i in items)
    svc = q0(sub * D("0.05"))
    pb1 = q0((sub + svc) * D("0.10"))
    pre = sub + svc + pb1
    total = round_to(pre, "100")
    rnd = total - pre
    cash = D("250000")
    c.lr("Subtotal", idr(sub))
    c.lr("Service 5%", idr(svc))
    c.lr("PB1 10%", idr(pb1))
    c.lr("Pembulatan", idr(rnd))
    c.lr("TOTAL", "Rp " + idr(total), "Courier-Bold", 9)
    c.lr("Tunai", idr(cash))
    c.lr("Kembali", idr(cash - total))
    c.rule(ch_="-")
    c.c("Terima kasih atas kunjungan")
    c.c("Anda")
    t = truth(
        "INV/260219/0318",
        "2026-02-19",
        None,
        V,
        sub + svc,
        pb1,
        total,
        "IDR",
        "id-ID",
        "receipt",
        "receipt",
        items,
        "Indonesian Padang restaurant; rupiah without decimals and dot thousands (227.500); 5 % service (in the net) and PB1 10 % restaurant tax; 'Pembulatan' rounding -35; cash (Tunai) and change (Kembali); photo.",
        rounding=rnd,
    )
    return sh, t


def r06(name, rng):
    V = "Casa Lola Filipino Kitchen Inc."
    sh, x0, x1 = roll(name, 76, 4)
    c = Cur(sh, x0, x1, 6 * mm, "DVM", 7.0)
    c.c("CASA LOLA", "DVMB", 11)
    c.c("FILIPINO KITCHEN INC.")
    c.c("G/F Unit 8, Jupiter Plaza, 112 Jupiter St.")
    c.c("Bel-Air, Makati City 1209")
    c.c("VAT REG TIN: 009-287-551-00000")
    c.c("MIN: 21061512345678901  SN: KX8841220")
    c.gap(3)
    c.c("SALES INVOICE", "DVMB", 9)
    c.lr("SI No: 0000418832", "Tbl: 5")
    c.lr("03/07/2026 20:11", "Guests: 4")
    c.lr("Cashier: JOMAR", "Server: Liza")
    c.rule(ch_="-")
    rows = [
        ("Kare-Kare", 1, "595.00"),
        ("Crispy Pata", 1, "745.00"),
        ("Sinigang na Hipon", 1, "485.00"),
        ("Garlic Rice", 4, "85.00"),
        ("Calamansi Juice", 3, "95.00"),
        ("San Miguel Pale Pilsen", 2, "110.00"),
    ]
    items = [it(d, q, p) for d, q, p in rows]
    for i in items:
        c.lr(f"{qstr(i['q'])} {i['d']}", en(i["a"]))
    c.rule(ch_="-")
    gross = sum(i["a"] for i in items)
    vatable = q2(gross / D("1.12"))
    vat = gross - vatable
    sc = q2(vatable * D("0.10"))
    total = gross + sc
    cash = D("3000.00")
    c.lr("Total Sales (VAT Inclusive)", en(gross))
    c.lr("Less: VAT", en(vat))
    c.lr("Amount: Net of VAT", en(vatable))
    c.lr("Add: Service Charge 10%", en(sc))
    c.lr("TOTAL AMOUNT DUE", "P " + en(total), "DVMB", 8.5)
    c.lr("CASH", en(cash))
    c.lr("CHANGE", en(cash - total))
    c.rule(ch_="-")
    c.lr("VATable Sales", en(vatable))
    c.lr("VAT-Exempt Sales", "0.00")
    c.lr("Zero-Rated Sales", "0.00")
    c.lr("VAT Amount (12%)", en(vat))
    c.rule(ch_="-")
    c.ln("Customer Name: ____________________")
    c.ln("Address: _________________________")
    c.ln("TIN: _____________________________")
    c.gap(4)
    c.c("POS Provider: Tindahan Systems Corp.")
    c.c("Accred No. 0412202600012345")
    c.c("PTU No. FP012025-043-0412877-00000")
    c.c("Salamat po! Balik po kayo!")
    t = truth(
        "0000418832",
        "2026-03-07",
        None,
        V,
        vatable + sc,
        vat,
        total,
        "PHP",
        "en-PH",
        "receipt",
        "receipt",
        items,
        "Philippine restaurant sales invoice; menu prices include 12 % VAT, printed as 'Less: VAT' and 'Net of VAT'; 10 % service charge added on the net (counted in the net); VATable/exempt/zero-rated block; date 03/07/2026 is MM/DD (7 March); cash and change; grey scan embedded as an image-only PDF.",
    )
    return sh, t


def r07(name, rng):
    V = "Baan Kafae Roastery Co., Ltd."
    sh, x0, x1 = roll(name, 58, 3)
    c = Cur(sh, x0, x1, 5 * mm, "DVM", 6.6)
    c.c("BAAN KAFAE ROASTERY", "DVMB", 8.5)
    c.c("Baan Kafae Roastery Co., Ltd.")
    c.c("(Head Office)")
    c.c("48 Soi Ari 4, Phaya Thai")
    c.c("Bangkok 10400")
    c.c("TAX ID 0105559123456")
    c.c("TAX INVOICE (ABB)", "DVMB")
    c.c("POS ID E051234")
    c.rule(ch_="-")
    c.ln("No. E051234-0026118")
    c.ln("Date 05/06/2026 14:05")
    c.ln("Table A3  Staff: Ploy")
    c.rule(ch_="-")
    rows = [
        ("Thai Iced Tea", 2, "75.00"),
        ("Americano (Hot)", 1, "70.00"),
        ("Coconut Cake", 1, "120.00"),
        ("Khao Soi Gai", 1, "140.00"),
        ("Mango Sticky Rice", 1, "150.00"),
    ]
    items = [it(d, q, p) for d, q, p in rows]
    for i in items:
        c.lr(f"{qstr(i['q'])} {i['d']}", en(i["a"]))
    c.rule(ch_="-")
    sub = sum(i["a"] for i in items)
    sc = q2(sub * D("0.10"))
    vat = q2((sub + sc) * D("0.07"))
    total = sub + sc + vat
    c.lr("Subtotal", en(sub))
    c.lr("Service 10%", en(sc))
    c.lr("VAT 7%", en(vat))
    c.lr("TOTAL THB", en(total), "DVMB", 8)
    c.lr("PromptPay QR", en(total))
    c.rule(ch_="-")
    c.c("VAT included / Thank you")
    c.c("Wi-Fi: baankafae / beans2026")
    t = truth(
        "E051234-0026118",
        "2026-06-05",
        None,
        V,
        sub + sc,
        vat,
        total,
        "THB",
        "en-TH",
        "receipt",
        "receipt",
        items,
        "Thai café abbreviated tax invoice (ABB) on 58 mm; 10 % service (in the net) then VAT 7 % on top; several numbers (tax ID, POS ID, ABB number); misleading footer 'VAT included'; faded thermal scan.",
    )
    return sh, t


def r08(name, rng):
    V = "Jaya Maju Enterprise Sdn Bhd"
    sh, x0, x1 = roll(name, 58, 3)
    c = Cur(sh, x0, x1, 5 * mm, "Courier", 7.2)
    c.c("PETROJAYA KM 28", "Courier-Bold", 9.5)
    c.c("JAYA MAJU ENTERPRISE")
    c.c("SDN BHD (1188210-T)")
    c.c("KM 28 JLN KUALA SELANGOR")
    c.c("47000 SUNGAI BULOH, SEL.")
    c.c("TEL 03-6038 1142")
    c.rule(ch_="-")
    c.ln("RECEIPT #: 28-0104-00931")
    c.ln("DATE: 02/05/2026 06:48")
    c.ln("POS 2   STAFF 0147 FARID")
    c.rule(ch_="-")
    rows = [
        ("NESCAFE ORIGINAL 240ML", 2, "3.20"),
        ("ROTI BUTTERSCOTCH 400G", 1, "4.10"),
        ("KARIPAP PUSING", 3, "1.60"),
        ("AIR MINERAL 1.5L", 2, "2.30"),
        ("KOPI PANAS 12OZ", 1, "3.50"),
        ("GULA-GULA MENTOL", 1, "2.39"),
    ]
    items = [it(d, q, p) for d, q, p in rows]
    for i in items:
        c.ln(i["d"])
        c.lr(f" {qstr(i['q'])} @ {en(i['u'])}", en(i["a"]))
    c.rule(ch_="-")
    sub = sum(i["a"] for i in items)
    total = round_to(sub, "0.05")
    rnd = total - sub
    cash = D("30.00")
    c.lr("SUBTOTAL", en(sub))
    c.lr("ROUNDING", en(rnd))
    c.lr("TOTAL", en(total), "Courier-Bold", 9)
    c.lr("CASH", en(cash))
    c.lr("CHANGE", en(cash - total))
    c.lr("ITEMS", str(sum(int(i["q"]) for i in items)))
    c.rule(ch_="-")
    c.c("MESRA POINTS: 0 (NO CARD)")
    c.c("TERIMA KASIH")
    t = truth(
        "28-0104-00931",
        "2026-05-02",
        None,
        V,
        sub,
        None,
        total,
        "MYR",
        "en-MY",
        "receipt",
        "receipt",
        items,
        "Malaysian fuel-station shop receipt (58 mm); seller is the dealer company under a station name; no tax line (vat null); rounding +0.01 to 5 sen; an 'ITEMS' count line near the totals; faded skewed scan.",
        rounding=rnd,
    )
    return sh, t


def r09(name, rng):
    V = "The Crown & Cushion"
    sh, x0, x1 = roll(name, 80)
    c = Cur(sh, x0, x1, 6 * mm, "Helvetica", 8.2)
    sh.poly(
        [
            (sh.w / 2 - 18, 30),
            (sh.w / 2 - 12, 16),
            (sh.w / 2 - 4, 26),
            (sh.w / 2, 12),
            (sh.w / 2 + 4, 26),
            (sh.w / 2 + 12, 16),
            (sh.w / 2 + 18, 30),
        ],
        0,
        None,
        black,
    )
    c.gap(22)
    c.c("The Crown & Cushion", "Times-Bold", 14)
    c.c("Crown Inns (Oxford) Ltd", z=7.5)
    c.c("14 High Street, Witney OX28 6HJ", z=7.5)
    c.c("VAT No. GB 192 8841 23", z=7.5)
    c.rule()
    c.lr("Check 4471", "Table 12")
    c.lr("Server: Hannah", "Covers: 4")
    c.lr("Sun 19 Apr 2026", "14:37")
    c.rule()
    rows = [
        ("Fish & Chips", 2, "17.50"),
        ("Steak & Ale Pie", 1, "16.95"),
        ("Roast Beef Sunday Lunch", 1, "19.50"),
        ("Pint Guinness", 3, "6.40"),
        ("House Red 175ml", 2, "7.90"),
        ("Lime & Soda", 1, "2.20"),
        ("Sticky Toffee Pudding", 2, "7.50"),
    ]
    items = [it(d, q, p) for d, q, p in rows]
    for i in items:
        c.row([(x0, qstr(i["q"]), "l"), (x0 + 14, i["d"], "l"), (x1, f"£{en(i['a'])}", "r")])
    c.rule()
    sub = sum(i["a"] for i in items)
    svc = q2(sub * D("0.125"))
    total = sub + svc
    vat = q2(sub / 6)
    c.lr("Subtotal", f"£{en(sub)}")
    c.lr("Discretionary service 12.5%", f"£{en(svc)}")
    c.lr("TOTAL", f"£{en(total)}", "Helvetica-Bold", 11)
    c.rule()
    c.lr("Net", f"£{en(sub - vat)}", z=7.5)
    c.lr("VAT @ 20% (included)", f"£{en(vat)}", z=7.5)
    c.ln("Service charge is optional and goes 100% to staff.", z=6.8)
    c.rule()
    half = q2(total / 2)
    c.lr("Split 2 ways", f"£{en(half)} / £{en(total - half)}", z=7.5)
    c.lr("Paid: Visa contactless", f"£{en(total)}")
    c.gap(5)
    c.c("Thank you - see you next Sunday!", "Helvetica-Oblique", 7.5)
    t = truth(
        "4471",
        "2026-04-19",
        None,
        V,
        sub - vat,
        vat,
        total,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        items,
        "UK pub bill; prices include VAT (printed Net and VAT 20 % lines); discretionary 12.5 % service charge keyed as the tip (outside VAT); split-bill line with two halves that are not the total; check number as the number; photo on a wooden table.",
        tip=svc,
    )
    return sh, t


def r10(name, rng):
    V = "Lucky Pearl Noodle Bar"
    sh, x0, x1 = roll(name, 76, 4)
    c = Cur(sh, x0, x1, 6 * mm, "DVM", 7.2)
    c.c("LUCKY PEARL", "DVMB", 12)
    c.c("NOODLE BAR")
    c.c("LPNB Hospitality LLC")
    c.c("1418 N Milwaukee Ave, Chicago IL 60622")
    c.c("(773) 555-0192")
    c.rule(ch_="-")
    c.lr("Check #4021", "Table 22")
    c.lr("Server: Maya", "Guests: 2")
    c.lr("05/09/2026", "9:14 PM")
    c.rule(ch_="-")
    rows = [
        ("Dan Dan Noodles", 2, "16.00"),
        ("Pork Belly Bao (2)", 1, "12.50"),
        ("Smashed Cucumber", 1, "7.00"),
        ("Lychee Soda", 1, "5.50"),
        ("Sapporo Draft", 1, "8.00"),
    ]
    items = [it(d, q, p) for d, q, p in rows]
    for i in items:
        c.lr(f"{qstr(i['q'])} {i['d']}", en(i["a"]))
    c.rule(ch_="-")
    sub = sum(i["a"] for i in items)
    tax = q2(sub * D("0.1075"))
    total = sub + tax
    c.lr("Subtotal", en(sub))
    c.lr("Tax 10.75%", en(tax))
    c.lr("TOTAL", "$" + en(total), "DVMB", 9)
    c.gap(3)
    c.c("Suggested gratuity (on subtotal):")
    for p in (18, 20, 22):
        g = q2(sub * D(p) / 100)
        c.c(f"{p}% = ${en(g)}  (total ${en(total + g)})")
    c.rule(ch_="=")
    c.c("MERCHANT COPY", "DVMB")
    c.ln("VISA CREDIT   ************1182")
    c.ln("AUTH 08841B   REF 000213")
    c.lr("AMOUNT", "$" + en(total))
    tip = D("13.00")
    c.gap(8)
    c.lr("TIP", "________")
    sh.hand(x1 - 44, c.y - 3, en(tip), 13, INKBLUE, 4)
    c.gap(10)
    c.lr("TOTAL", "________")
    sh.hand(x1 - 44, c.y - 3, en(total + tip), 13, INKBLUE, 3)
    c.gap(16)
    c.ln("X_____________________________")
    sh.squiggle(x0 + 20, c.y - 6, 100, 12, rng)
    c.c("I agree to pay above total amount")
    c.c("according to card issuer agreement")
    t = truth(
        "4021",
        "2026-05-09",
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
        "US restaurant check with a merchant card slip; printed suggested-gratuity table (18/20/22 %) is not charged; tip 13.00 and grand total 84.99 are handwritten in blue ink, so the keyed total includes the handwritten tip; 05/09/2026 is May 9.",
        tip=tip,
    )
    return sh, t


def r11(name, rng):
    V = "Kensington Daily Grind Inc."
    sh, x0, x1 = roll(name, 80, 6)
    c = Cur(sh, x0, x1, 8 * mm, "DV", 8)
    sh.rect(sh.w / 2 - 14, 8 * mm, 28, 28, 0, None, HexColor("#222222"))
    sh.t(sh.w / 2, 8 * mm + 19, "KDG", "DVB", 9, "c", white)
    c.gap(34)
    c.c("Kensington Daily Grind", "DVB", 11)
    c.c("212 Augusta Ave, Toronto ON M5T 2L7", z=7)
    c.gap(4)
    total_line_y = c.y
    rows = [
        ("Oat Latte 16oz", 2, "6.25"),
        ("Butter Croissant", 1, "4.25"),
        ("Breakfast Sandwich", 1, "9.50"),
        ("Drip Coffee", 1, "3.25"),
    ]
    items = [it(d, q, p) for d, q, p in rows]
    sub = sum(i["a"] for i in items)
    hst = q2(sub * D("0.13"))
    tip = q2((sub + hst) * D("0.15"))
    total = sub + hst + tip
    c.c(f"${en(total)}", "DVB", 22)
    c.y = max(c.y, total_line_y + 26)
    c.gap(4)
    c.c("Apr 11, 2026, 8:42 AM", z=7.5, col=GREY)
    c.c("Receipt #2TQH-9XKV", z=7.5, col=GREY)
    c.rule(dash=None, lw=0.3)
    for i in items:
        c.lr(f"{i['d']} × {qstr(i['q'])}", f"${en(i['a'])}")
    c.rule(dash=None, lw=0.3)
    c.lr("Subtotal", f"${en(sub)}")
    c.lr("HST 13%", f"${en(hst)}")
    c.lr("Tip (15%)", f"${en(tip)}")
    c.lr("Total", f"${en(total)}", "DVB")
    c.rule(dash=None, lw=0.3)
    c.lr("Mastercard •••• 2208", f"${en(total)}", z=7.5)
    c.lr("Auth code", "551902", z=7.5)
    c.gap(6)
    c.c("HST #81442 7710 RT0001", z=6.8, col=GREY)
    c.c(f"© 2026 {V}", z=6.8, col=GREY)
    t = truth(
        "2TQH-9XKV",
        "2026-04-11",
        None,
        V,
        sub,
        hst,
        total,
        "CAD",
        "en-CA",
        "receipt",
        "receipt",
        items,
        "E-mailed Canadian café receipt (born-digital); the big headline amount is the grand total including a 15 % tip chosen on the terminal; HST 13 %; receipt number with letters.",
        tip=tip,
    )
    return sh, t


def r12(name, rng):
    V = "Wattle & Co Pty Ltd"
    sh, x0, x1 = roll(name, 80)
    c = Cur(sh, x0, x1, 6 * mm, "Helvetica", 8.2)
    green = HexColor("#3f6212")
    for k in range(7):
        a = math.radians(k * 51.4)
        sh.circle(
            sh.w / 2 + 8 * math.cos(a), 8 * mm + 8 * math.sin(a), 3.2, 0, None, HexColor("#ca8a04")
        )
    c.gap(14)
    c.c("Little Wattle Espresso", "Helvetica-Bold", 12, green)
    c.c(f"{V}  ABN 71 622 408 115", z=7)
    c.c("3/88 Smith St, Fitzroy VIC 3065", z=7)
    c.gap(2)
    c.c("TAX INVOICE", "Helvetica-Bold", 9)
    c.lr("Order 118", "Tue 14/07/2026 08:03")
    c.lr("Table 4", "Staff: Zoe")
    c.rule()
    rows = [
        ("Flat White (L)", 2, "5.80"),
        ("  + Oat milk", 2, "0.80"),
        ("Smashed Avo on Sourdough", 1, "22.00"),
        ("Bacon & Egg Roll", 1, "14.50"),
        ("Banana Bread", 1, "7.50"),
        ("Loyalty reward – free coffee", 1, "-5.80"),
    ]
    items = [it(d, q, p) for d, q, p in rows]
    for i in items:
        c.row(
            [
                (x0, qstr(i["q"]), "l"),
                (x0 + 12, i["d"], "l"),
                (x1, ("-$" if i["a"] < 0 else "$") + en(abs(i["a"])), "r"),
            ]
        )
    c.rule()
    sub = sum(i["a"] for i in items)
    sur = q2(sub * D("0.015"))
    total = sub + sur
    gst = q2(total / 11)
    c.lr("Subtotal", f"${en(sub)}")
    c.lr("Card surcharge 1.5%", f"${en(sur)}")
    c.lr("TOTAL", f"${en(total)}", "Helvetica-Bold", 11)
    c.lr("Total includes GST of", f"${en(gst)}", z=7.5)
    c.rule()
    c.lr("EFTPOS Debit ...7713", f"${en(total)}")
    c.ln("Stamps: ●●○○○○○○○ (2/9)", "DV", 7.5)
    c.gap(4)
    c.c("Thanks for dropping by!", "Helvetica-Oblique", 7.5)
    t = truth(
        "118",
        "2026-07-14",
        None,
        V,
        total - gst,
        gst,
        total,
        "AUD",
        "en-AU",
        "receipt",
        "receipt",
        items,
        "Australian café tax invoice; prices include GST (only 'Total includes GST' is printed, so net = total - GST); loyalty free-coffee line is negative; 1.5 % card surcharge added after the subtotal; order number as the document number; photo on a blue cloth.",
    )
    return sh, t


def r13(name, rng):
    V = "Hirschen Gastronomie GmbH"
    sh, x0, x1 = roll(name, 80)
    c = Cur(sh, x0, x1, 6 * mm, "DVM", 7.2)
    c.c("Gasthaus Zum Hirschen", "DVSB", 12)
    c.c(V)
    c.c("Marktplatz 3 · 79098 Freiburg")
    c.c("Tel. 0761 38 44 90")
    c.c("St.-Nr. 06470/12345")
    c.c("USt-IdNr. DE814557902")
    c.gap(3)
    c.c("RECHNUNG", "DVMB", 9.5)
    c.lr("Rechnung Nr. 2026-018842", "Tisch 7")
    c.lr("17.01.2026 20:48", "Bed.: Jonas")
    c.rule(ch_="-")
    rows = [
        ("Flammkuchen Elsässer", 2, "12.90", "B"),
        ("Badisches Schäufele", 1, "21.50", "B"),
        ("Käsespätzle", 1, "15.80", "B"),
        ("Tannenzäpfle 0,33", 3, "4.20", "A"),
        ("Grauburgunder 0,25", 2, "7.40", "A"),
        ("Apfelschorle 0,4", 1, "4.20", "A"),
        ("Espresso", 2, "2.80", "A"),
    ]
    items = [(it(d, q, p), k) for d, q, p, k in rows]
    for i, k in items:
        c.lr(f"{qstr(i['q'])} x {i['d']}", f"{de(i['a'])} {k}")
    c.rule(ch_="-")
    total = sum(i["a"] for i, _ in items)
    c.lr("SUMME EUR", de(total), "DVMB", 9.5)
    c.rule(ch_="-")
    c.row(
        [(x0, "MwSt", "l"), (x0 + 70, "Netto", "r"), (x0 + 125, "MwSt", "r"), (x1, "Brutto", "r")]
    )
    nets, vats = ZERO, ZERO
    for k, rate in (("A", 19), ("B", 7)):
        g = sum(i["a"] for i, kk in items if kk == k)
        v = q2(g * D(rate) / (100 + D(rate)))
        nets += g - v
        vats += v
        c.row(
            [
                (x0, f"{k} {rate}%", "l"),
                (x0 + 70, de(g - v), "r"),
                (x0 + 125, de(v), "r"),
                (x1, de(g), "r"),
            ]
        )
    c.rule(ch_="-")
    c.lr("Gegeben EC-Karte", de(total))
    c.ln("TSE-Transaktion: 48812  Sig.-Zähler: 97410", z=6.2)
    c.ln("TSE-Start: 2026-01-17T19:02:11", z=6.2)
    c.ln("TSE-Ende:  2026-01-17T20:48:37", z=6.2)
    c.ln("TSE-Seriennr.: 4a3f9c1e77b2d05e81aa", z=6.2)
    c.rule(ch_="=")
    c.c("Bewirtungsbeleg", "DVMB", 8.5)
    c.c("(Angaben nach § 4 Abs. 5 Nr. 2 EStG)", z=6.2)
    tip = D("7.70")
    c.gap(8)
    c.ln("Bewirtete Personen: _______________")
    sh.hand(x0 + 96, c.y - 2, "Fr. Lenz, Hr. Ott", 10, INKBLUE, 2)
    c.gap(8)
    c.ln("Anlass: __________________________")
    sh.hand(x0 + 50, c.y - 2, "Projekt Stadtwerke", 10, INKBLUE, 1)
    c.gap(8)
    c.ln("Trinkgeld: _______________________")
    sh.hand(x0 + 70, c.y - 2, de(tip), 12, INKBLUE, 3)
    c.gap(8)
    c.ln("Gesamtbetrag: ____________________")
    sh.hand(x0 + 80, c.y - 2, de(total + tip) + " €", 12, INKBLUE, 2)
    c.gap(10)
    c.ln("Ort, Datum, Unterschrift:")
    c.gap(6)
    sh.squiggle(x0 + 30, c.y + 4, 110, 12, rng)
    c.gap(14)
    c.c("Vielen Dank für Ihren Besuch!")
    t = truth(
        "2026-018842",
        "2026-01-17",
        None,
        V,
        nets,
        vats,
        total + tip,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        [i for i, _ in items],
        "German restaurant bill with a Bewirtungsbeleg section: tip (Trinkgeld 7,70) and grand total (108,00 €) handwritten in blue, so the keyed total includes the tip; food at 7 % (2026 rate for restaurant food) and drinks at 19 %, prices gross, VAT table with Netto per rate; TSE signature block; colour scan.",
        tip=tip,
    )
    return sh, t


def r14(name, rng):
    V = "SAS Les Trois Coups"
    sh, x0, x1 = roll(name, 80)
    c = Cur(sh, x0, x1, 6 * mm, "Courier", 7.8)
    c.c("BRASSERIE DU THEATRE", "Courier-Bold", 11)
    c.c("SAS Les Trois Coups")
    c.c("8 place du Théâtre - 69001 Lyon")
    c.c("SIRET 813 442 598 00019 - NAF 5610A")
    c.c("TVA FR22 813442598")
    c.rule(ch_="-")
    c.lr("Ticket n° 000417", "Table 5")
    c.lr("Couverts: 2", "Serveur: Julien")
    c.lr("Le 28/02/2026", "à 13:52")
    c.rule(ch_="-")
    rows = [
        ("Formule déjeuner", 2, "19.50", 10),
        ("Pichet Côtes-du-Rhône 50cl", 1, "16.00", 20),
        ("Café gourmand", 1, "8.90", 10),
        ("Expresso", 1, "2.40", 10),
        ("Eau gazeuse 50cl", 1, "5.20", 10),
    ]
    items = [(it(d, q, p), r) for d, q, p, r in rows]
    for i, _r in items:
        c.lr(f"{qstr(i['q'])} {i['d']}", fr(i["a"]))
    c.rule(ch_="-")
    total = sum(i["a"] for i, _ in items)
    c.lr("TOTAL TTC EUR", fr(total), "Courier-Bold", 10)
    c.rule(ch_="-")
    c.row([(x0, "Taux", "l"), (x0 + 95, "HT", "r"), (x0 + 145, "TVA", "r"), (x1, "TTC", "r")])
    ht, tva = ZERO, ZERO
    for rate in (10, 20):
        g = sum(i["a"] for i, r in items if r == rate)
        v = q2(g * D(rate) / (100 + D(rate)))
        ht += g - v
        tva += v
        c.row(
            [
                (x0, f"{rate},0%", "l"),
                (x0 + 95, fr(g - v), "r"),
                (x0 + 145, fr(v), "r"),
                (x1, fr(g), "r"),
            ]
        )
    c.rule(ch_="-")
    c.lr("CB", fr(total))
    c.c("Service compris - Merci de votre visite")
    c.gap(22)
    top = c.y - 8
    c2 = Cur(sh, x0 + 14, x1 - 14, top, "Courier", 7.2)
    c2.c("CARTE BANCAIRE", "Courier-Bold")
    c2.c("SANS CONTACT")
    c2.c("BRASSERIE DU THEATRE")
    c2.c("69001 LYON")
    c2.c("A0000000421010")
    c2.c("CB")
    c2.c("LE 28/02/26 A 13:54:08")
    c2.c("************6627")
    c2.c("8841207 00 1 000417")
    c2.c(f"MONTANT = {fr(total)} EUR", "Courier-Bold")
    c2.c("DEBIT")
    c2.c("TICKET CLIENT")
    c2.c("A CONSERVER")
    sh.rect(x0 + 8, top - 4, x1 - x0 - 16, c2.y - top + 12, 0.5, GREY, None)
    sh.rect(sh.w / 2 - 12, top - 8, 24, 3, 0, None, Color(0.3, 0.3, 0.3))
    c.y = c2.y + 10
    t = truth(
        "000417",
        "2026-02-28",
        None,
        V,
        ht,
        tva,
        total,
        "EUR",
        "fr-FR",
        "receipt",
        "receipt",
        [i for i, _ in items],
        "French brasserie ticket with TVA 10 % (food, soft drinks) and 20 % (wine), prices TTC with a HT/TVA table; the seller's legal name (SAS) differs from the trading name; a stapled card-payment slip (ticket client CB) repeats the amount; grey scan downscaled.",
    )
    return sh, t


def r15(name, rng):
    V = "Trattoria Da Nerina di Lucchesi Anna & C. s.a.s."
    sh, x0, x1 = roll(name, 76, 4)
    c = Cur(sh, x0, x1, 6 * mm, "DVM", 6.8)
    c.c("TRATTORIA DA NERINA", "DVMB", 10.5)
    c.c("di Lucchesi Anna & C. s.a.s.")
    c.c("Via dei Serragli 61/r - 50124 Firenze")
    c.c("P.IVA 05872140487")
    c.gap(3)
    c.c("DOCUMENTO COMMERCIALE", "DVMB", 7.5)
    c.c("di vendita o prestazione")
    c.rule(ch_="-")
    c.row([(x0, "DESCRIZIONE", "l"), (x1 - 42, "IVA", "r"), (x1, "Prezzo(€)", "r")])
    bist = it("Bistecca alla fiorentina", "1.2", "50.00")
    rows = [
        ("Coperto", 3, "2.50"),
        ("Ribollita", 1, "11.00"),
        ("Pappardelle al cinghiale", 2, "14.00"),
    ]
    items = (
        [it(d, q, p) for d, q, p in rows]
        + [bist]
        + [
            it(d, q, p)
            for d, q, p in [
                ("Acqua naturale 1 L", 2, "3.00"),
                ("Chianti Classico DOCG", 1, "28.00"),
                ("Cantucci e Vin Santo", 3, "7.00"),
            ]
        ]
    )
    for i in items:
        if i is bist:
            c.ln("1,2 kg x 50,00 €/kg")
        elif i["q"] != 1:
            c.ln(f"{qstr(i['q'])} x {de(i['u'])}")
        c.row([(x0, i["d"], "l"), (x1 - 42, "10%", "r"), (x1, de(i["a"]), "r")])
    c.rule(ch_="-")
    sub = sum(i["a"] for i in items)
    disc = D("-1.50")
    total = sub + disc
    vat = q2(total * D(10) / D(110))
    c.lr("SUBTOTALE", de(sub))
    c.lr("SCONTO A PAGARE", de(disc))
    c.lr("TOTALE COMPLESSIVO", de(total), "DVMB", 9)
    c.lr("di cui IVA", de(vat))
    c.lr("Pagamento contante", "0,00")
    c.lr("Pagamento elettronico", de(total))
    c.lr("Importo pagato", de(total))
    c.rule(ch_="-")
    c.c("15-05-2026 22:14")
    c.c("DOCUMENTO N. 0412-0087")
    c.c("RT 99MEX012345")
    c.gap(3)
    c.c("Grazie e arrivederci!")
    t = truth(
        "0412-0087",
        "2026-05-15",
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
        "Italian 'documento commerciale' from a trattoria; long legal seller name (s.a.s.); cover charge (coperto) and a weighed steak line (1,2 kg × 50,00 €/kg); 'SCONTO A PAGARE' -1,50 after the subtotal; prices include IVA 10 %, only 'di cui IVA' printed; photo on a steel counter.",
    )
    return sh, t


def r16(name, rng):
    V = "Hanamizuki Coffee K.K."
    sh, x0, x1 = roll(name, 80, 6)
    c = Cur(sh, x0, x1, 8 * mm, "DV", 8)

    def yen(d):
        return "¥" + num(d, ".", ",", 0)

    c.c("KISSA HANAMIZUKI", "DVB", 12)
    c.c(V, z=7.5)
    c.c("1-14-7 Jinnan, Shibuya-ku, Tokyo 150-0041", z=7)
    c.c("Registration No. T4011001098765", z=7)
    c.gap(4)
    c.c("RECEIPT (e-receipt)", "DVB", 9.5)
    c.lr("Mobile order No.", "0391")
    c.lr("Receipt No.", "HZ-0718-00412")
    c.lr("Date", "2026/07/18 (Sat) 10:26")
    c.rule(dash=None, lw=0.3)
    rows = [
        ("Blend Coffee (eat-in)", 2, "550", 10),
        ("Matcha Latte (eat-in)", 1, "620", 10),
        ("Egg Sandwich (takeout) *", 1, "480", 8),
        ("Cheesecake (takeout) *", 2, "520", 8),
    ]
    items = [(it(d, q, p), r) for d, q, p, r in rows]
    for i, _r in items:
        c.lr(f"{i['d']} x{qstr(i['q'])}", yen(i["a"]))
    c.rule(dash=None, lw=0.3)
    total = sum(i["a"] for i, _ in items)
    c.lr("Total (tax incl.)", yen(total), "DVB", 11)
    taxes = ZERO
    for rate in (10, 8):
        g = sum(i["a"] for i, r in items if r == rate)
        tx = (g * D(rate) / (100 + D(rate))).quantize(D(1), rounding=ROUND_DOWN)
        taxes += tx
        c.lr(f"  {rate}% items {yen(g)}", f"(tax {yen(tx)})", z=7.5)
    c.ln("* reduced tax rate (8%) item", z=7)
    c.rule(dash=None, lw=0.3)
    c.lr("PayPay", yen(total))
    c.lr("Change", yen(ZERO))
    c.gap(5)
    c.c("Thank you! / Arigato gozaimashita", z=7.5)
    t = truth(
        "HZ-0718-00412",
        "2026-07-18",
        None,
        V,
        total - taxes,
        taxes,
        total,
        "JPY",
        "ja-JP",
        "receipt",
        "receipt",
        [i for i, _ in items],
        "Japanese café e-receipt (born-digital, English); yen without decimals keyed with .00; prices tax-inclusive with 10 % (eat-in) and 8 % reduced rate (takeout) and the tax per rate truncated (Japanese practice), so net = total - taxes; qualified-invoice registration number T...; mobile order number beside the receipt number; date YYYY/MM/DD.",
    )
    return sh, t


# ------------------------------------------------------------- registry ----

PDF = {"kind": "pdf"}
DOCS = {
    "i01": (i01, "DE", "food wholesaler / cash & carry", PDF),
    "i02": (
        i02,
        "AT",
        "bakery supplier",
        {
            "kind": "scan",
            "ext": "png",
            "dpi": 200,
            "scan": {"grey": True, "skew": 0.9, "blur": 0.7, "noise": 5, "specks": 90},
        },
    ),
    "i03": (i03, "CH", "coffee-machine lease", PDF),
    "i04": (
        i04,
        "FR",
        "linen & uniform rental",
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 190,
            "q": 74,
            "photo": {
                "long_side": 2200,
                "bg": "wood",
                "folds": ((0.333, 0.22), (0.667, 0.18)),
                "tilt": 2.5,
            },
        },
    ),
    "i05": (
        i05,
        "BE",
        "fish supplier (carbon copy)",
        {
            "kind": "scan",
            "ext": "pdf",
            "dpi": 200,
            "q": 80,
            "scan": {
                "grey": False,
                "carbon": (60, 62, 165),
                "contrast": 0.85,
                "skew": -1.2,
                "blur": 0.9,
                "noise": 6,
                "specks": 60,
                "paper": (240, 240, 233),
            },
        },
    ),
    "i06": (i06, "NL", "food-delivery platform commission", PDF),
    "i07": (
        i07,
        "IT",
        "produce wholesaler",
        {
            "kind": "scan",
            "ext": "png",
            "dpi": 150,
            "scan": {"grey": False, "skew": -0.6, "blur": 0.5, "noise": 4, "specks": 40},
        },
    ),
    "i08": (i08, "ES", "pest control & hood cleaning", PDF),
    "i09": (i09, "UK", "booking-platform commission", PDF),
    "i10": (i10, "IE", "drinks distributor credit note", PDF),
    "i11": (i11, "US", "POS software subscription", PDF),
    "i12": (
        i12,
        "IN",
        "hotel-supplies wholesaler (GST)",
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 200,
            "q": 70,
            "photo": {"long_side": 2000, "bg": "granite", "crumple": 0.1, "tilt": 3.5},
        },
    ),
    "i13": (
        i13,
        "AU",
        "seafood supplier",
        {
            "kind": "scan",
            "ext": "pdf",
            "dpi": 200,
            "q": 82,
            "scan": {"grey": True, "skew": 1.4, "blur": 0.8, "noise": 6, "specks": 120},
        },
    ),
    "i14": (i14, "DE", "beverage distributor (kegs, Pfand)", PDF),
    "i15": (i15, "US", "seafood & produce supplier", PDF),
    "i16": (i16, "UK", "catering wholesaler", PDF),
    "r01": (
        r01,
        "MY",
        "restaurant",
        {
            "kind": "scan",
            "ext": "png",
            "dpi": 300,
            "scan": {
                "grey": True,
                "fade": 0.45,
                "skew": 0.8,
                "blur": 0.8,
                "noise": 5,
                "specks": 40,
                "bed": 40,
                "downscale_w": 650,
            },
        },
    ),
    "r02": (
        r02,
        "MY",
        "kopitiam",
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 250,
            "q": 68,
            "photo": {"long_side": 1600, "bg": "steel", "crumple": 0.14, "fill": 0.8},
        },
    ),
    "r03": (
        r03,
        "SG",
        "zi char restaurant",
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 220,
            "q": 72,
            "photo": {"long_side": 2300, "bg": "granite", "crumple": 0.1},
        },
    ),
    "r04": (r04, "SG", "bakery café (e-mailed)", PDF),
    "r05": (
        r05,
        "ID",
        "Padang restaurant",
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 250,
            "q": 76,
            "photo": {"long_side": 1800, "bg": "wood", "crumple": 0.08},
        },
    ),
    "r06": (
        r06,
        "PH",
        "restaurant",
        {
            "kind": "scan",
            "ext": "pdf",
            "dpi": 200,
            "q": 82,
            "scan": {
                "grey": True,
                "fade": 0.3,
                "skew": -1.0,
                "blur": 0.7,
                "noise": 5,
                "specks": 50,
                "bed": 30,
            },
        },
    ),
    "r07": (
        r07,
        "TH",
        "café",
        {
            "kind": "scan",
            "ext": "png",
            "dpi": 300,
            "scan": {
                "grey": True,
                "fade": 0.5,
                "skew": -0.7,
                "blur": 0.9,
                "noise": 5,
                "specks": 30,
                "bed": 30,
            },
        },
    ),
    "r08": (
        r08,
        "MY",
        "fuel-station shop",
        {
            "kind": "scan",
            "ext": "png",
            "dpi": 250,
            "scan": {
                "grey": True,
                "fade": 0.35,
                "skew": 1.5,
                "blur": 0.8,
                "noise": 6,
                "specks": 60,
                "bed": 30,
            },
        },
    ),
    "r09": (
        r09,
        "UK",
        "pub",
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 220,
            "q": 78,
            "photo": {"long_side": 2100, "bg": "wood", "crumple": 0.08},
        },
    ),
    "r10": (
        r10,
        "US",
        "noodle bar + card slip",
        {
            "kind": "scan",
            "ext": "png",
            "dpi": 220,
            "scan": {
                "grey": False,
                "fade": 0.25,
                "skew": -1.3,
                "blur": 0.6,
                "noise": 4,
                "specks": 30,
                "bed": 40,
            },
        },
    ),
    "r11": (r11, "CA", "café (e-mailed)", PDF),
    "r12": (
        r12,
        "AU",
        "café",
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 220,
            "q": 66,
            "photo": {"long_side": 1900, "bg": "cloth"},
        },
    ),
    "r13": (
        r13,
        "DE",
        "restaurant + Bewirtungsbeleg",
        {
            "kind": "scan",
            "ext": "png",
            "dpi": 220,
            "scan": {
                "grey": False,
                "fade": 0.3,
                "skew": 0.6,
                "blur": 0.6,
                "noise": 4,
                "specks": 40,
                "bed": 40,
            },
        },
    ),
    "r14": (
        r14,
        "FR",
        "brasserie + CB slip",
        {
            "kind": "scan",
            "ext": "png",
            "dpi": 300,
            "scan": {
                "grey": True,
                "fade": 0.3,
                "skew": 1.6,
                "blur": 0.8,
                "noise": 5,
                "specks": 50,
                "bed": 40,
                "downscale_w": 680,
            },
        },
    ),
    "r15": (
        r15,
        "IT",
        "trattoria",
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 220,
            "q": 62,
            "photo": {"long_side": 2000, "bg": "steel", "crumple": 0.1},
        },
    ),
    "r16": (r16, "JP", "café (e-receipt)", PDF),
}


README_HEAD = """# Blind set 2026-13p: hospitality (suppliers' invoices and guests' receipts)

Generated by `bench/blindsets/blind_2026_13p.py` (run `python -m bench.blindsets.blind_2026_13p [OUTDIR] [--only NAME]`
from the repository root). The generator is deterministic: every random choice is seeded with the CRC-32 of the
document's name, PDFs are written with reportlab `invariant=1`, so re-runs are byte-identical.
It was written blind: without looking at the product's code, tests, docs or other blind sets.

## How the set is drawn

* 32 documents: 16 invoices (`i01`-`i16`) from suppliers to restaurants, cafés, bars and hotels, and 16 receipts
  (`r01`-`r16`) that guests get. Every document has its own drawing function and its own layout (fonts, label
  wording and language, boxes, column structures, logos as shapes or wordmarks, footers with bank/registration data).
* Invoices are A4 (Letter for the US ones); receipts are drawn on 58 / 76 / 80 mm rolls as long as their content.
* A layout checker raises `LayoutError` if a text run leaves the page, overlaps another run, or does not fit its
  table column.
* Kinds: `pdf` = born-digital PDF with a text layer; `scan` = rendered with pypdfium2 (150-300 dpi), then paper tone,
  thermal fading (receipts), carbon-copy tint (i05), skew up to ±1.6°, blur, noise and specks, some receipts on a
  scanner bed and downscaled to ~650 px wide; saved as PNG, or as JPEG embedded as the only content of a PDF page
  (image-only PDF: i05, i13, r06); `photo` = perspective onto a synthetic wood / granite / steel / cloth background,
  uneven light, a soft shadow, folds (i04) or crumpling, colour cast, JPEG quality 62-78, long side 1,600-2,300 px.

## Truth conventions

* `amount` is the net before tax; `vat` is the sum of all taxes printed (VAT, USt, MwSt, MWST, TVA, BTW, IVA, GST,
  HST, SST, PB1, sales tax; CGST + SGST added together); `vat` is null when the page prints no tax amount (i15, r02,
  r08), and then `amount` = `total`. When prices include tax and no net is printed, `amount` = `total` - `vat` (- tip);
  when a net is printed it is keyed as printed.
* Every JSON satisfies `amount + vat + tip + rounding == total` (Decimal, ROUND_HALF_UP; Japanese tax per rate is
  truncated as printed). `tip` and `rounding` are not keys; they are named in each `note` where they occur.
* Service charges that the bill charges as part of the price (10 % in MY/SG/ID/PH/TH) count in the net `amount`.
  Tips and gratuities count as `tip`: the UK "discretionary service 12.5 %" (r09), a tip chosen on a card terminal
  (r11) and handwritten tips (r10, r13). Suggested-tip tables that are not charged are ignored.
* `total` is the amount finally charged: when a tip and a grand total are written by hand on the slip, `total` is the
  handwritten grand total (r10, r13). Surcharges (card surcharge r12) and deposits are part of the net.
* Cash-rounding and round-off lines (CH 5 Rappen, MY 5 sen, IN round off, ID pembulatan) are `rounding`; the total is
  the rounded amount printed as the total.
* Discounts below the subtotal (member / loyalty / sconto) reduce the net and are not line items; discount rows printed
  inside the item list (i09 promo credit, i11 promo, r12 loyalty reward) are line items with negative amounts.
* The credit note (i10) is keyed with negative amounts exactly as printed and `document_type` = `credit_note`.
* `line_items` are the printed item rows: description as printed, quantity as a plain decimal (weights keep their
  decimals), unit price and amount with two decimals as printed (net for net-priced invoices, gross for tax-inclusive
  receipts). Deposits (Pfand) and returned empties (Leergut) are line items; tax, service, tips and rounding are not.
* `invoice_number` is the document's own number (receipt / check / bill / ticket / order number for receipts), never a
  delivery-note, order, customer or contract number. `due_date` only when a date is printed (terms such as "14 Tagen"
  or "15 Days" alone give null). Dates are ISO; US pages print MM/DD/YYYY, PH prints MM/DD/YYYY (r06).
* `vendor_name` is the seller's name as printed; where a legal entity is printed it is used with its legal form
  (e.g. "SAS Les Trois Coups" for the Brasserie du Théâtre, "Jaya Maju Enterprise Sdn Bhd" for the fuel station,
  "Hirschen Gastronomie GmbH" for the Gasthaus); where only a trading name is printed (r02, r09, r10), that name.
* Currencies printed without decimals (IDR, JPY) are keyed with `.00`.

"""


def readme(rows) -> str:
    kinds = {"pdf": [0, 0], "scan": [0, 0], "photo": [0, 0]}
    imgpdf = [0, 0]
    for name, t, spec, _c, _k in rows:
        col = 0 if name.startswith("i") else 1
        kinds[t["kind"]][col] += 1
        if t["kind"] == "scan" and spec.get("ext") == "pdf":
            imgpdf[col] += 1
    out = [README_HEAD, "## Mix\n", "| kind | invoices | receipts | all |", "|---|---|---|---|"]
    for k, (a, b) in kinds.items():
        label = {
            "pdf": "born-digital PDF",
            "scan": "scan (PNG or image-only PDF)",
            "photo": "phone photo (JPG)",
        }[k]
        out.append(f"| {label} | {a} | {b} | {a + b} |")
    out.append(f"| of which image-only PDF | {imgpdf[0]} | {imgpdf[1]} | {sum(imgpdf)} |")
    out.append(f"| **all** | 16 | 16 | {len(rows)} |")
    countries = sorted({c for n, _t, _s, c, _k in rows if n.startswith("i")})
    out.append(
        f"\nInvoice countries ({len(countries)}): {', '.join(countries)}. Receipt countries: {', '.join(sorted({c for n, _t, _s, c, _k in rows if n.startswith('r')}))}.\n"
    )
    out.append("## Documents\n")
    out.append("| doc | kind | country | type | vendor | number | total | what is tricky |")
    out.append("|---|---|---|---|---|---|---|---|")
    for name, t, spec, cty, typ in rows:
        ext = spec.get("ext", "pdf")
        kind = t["kind"] + (" (image-only PDF)" if t["kind"] == "scan" and ext == "pdf" else "")
        dt = t["document_type"].replace("_", " ")
        out.append(
            f"| {name}.{ext} | {kind} | {cty} | {dt}: {typ} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    return "\n".join(out) + "\n"


def build_one(name: str, out: Path) -> tuple:
    fn, cty, typ, spec = DOCS[name]
    crc = zlib.crc32(name.encode())
    sh, t = fn(name, random.Random(crc))
    t["kind"] = spec["kind"]
    ext = spec.get("ext", "pdf")
    for old in ("pdf", "png", "jpg"):
        p = out / f"{name}.{old}"
        if old != ext and p.exists():
            p.unlink()
    target = out / f"{name}.{ext}"
    if spec["kind"] == "pdf":
        sh.save(target, title=f"{t['vendor_name']} {t['invoice_number'] or ''}".strip())
    else:
        nrng = np.random.default_rng(crc)
        with tempfile.TemporaryDirectory() as td:
            src = Path(td) / "src.pdf"
            sh.save(src)
            a = rasterize(src, spec["dpi"])
        if spec["kind"] == "photo":
            img = degrade_photo(a, nrng, **spec["photo"])
            Image.fromarray(img).save(target, quality=spec.get("q", 75))
        else:
            img = degrade_scan(a, nrng, **spec["scan"])
            if ext == "pdf":
                dpi = spec["dpi"]
                if spec["scan"].get("downscale_w"):
                    dpi = dpi * img.shape[1] / a.shape[1]
                image_pdf(img, target, dpi, spec.get("q", 82))
            else:
                Image.fromarray(img).save(target)
    (out / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return name, t, spec, cty, typ


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", action="append", help="build only this document (repeatable)")
    args = ap.parse_args(argv)
    register_fonts()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = args.only or list(DOCS)
    for n in names:
        if n not in DOCS:
            ap.error(f"unknown document {n!r}")
    rows = []
    for n in DOCS:
        if n in names:
            rows.append(build_one(n, out))
            print(f"{n}: ok", file=sys.stderr)
        else:
            fn, cty, typ, spec = DOCS[n]
            _sh, t = fn(n, random.Random(zlib.crc32(n.encode())))
            t["kind"] = spec["kind"]
            rows.append((n, t, spec, cty, typ))
    (out / "README.md").write_text(readme(rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
