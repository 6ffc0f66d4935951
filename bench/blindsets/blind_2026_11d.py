"""Blind set 2026-11d: 44 invoices and receipts drawn without reading the reader.

Every document is one function seeded by its name.  A page is laid out in millimetres
(A4, US Letter, or a 58 / 80 mm till roll whose length follows its content), written with
reportlab (``invariant=1``, DejaVu fonts embedded) and, for scans and phone photos, rendered
by pdfium and degraded with numpy / OpenCV.  Two runs give byte-identical files.

    python -m bench.blindsets.blind_2026_11d [OUTDIR] [--only NAME]
"""

from __future__ import annotations

import argparse
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
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128, eanbc, qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DEFAULT_OUT = Path(__file__).resolve().parent / "blind-2026-11d"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
MM = 72 / 25.4
A4 = (210.0, 297.0)
LETTER = (215.9, 279.4)

_FONT_FILES = {
    "R": "DejaVuSans",
    "B": "DejaVuSans-Bold",
    "I": "DejaVuSans-Oblique",
    "BI": "DejaVuSans-BoldOblique",
    "L": "DejaVuSans-ExtraLight",
    "C": "DejaVuSansCondensed",
    "CB": "DejaVuSansCondensed-Bold",
    "CI": "DejaVuSansCondensed-Oblique",
    "S": "DejaVuSerif",
    "SB": "DejaVuSerif-Bold",
    "SI": "DejaVuSerif-Italic",
    "SC": "DejaVuSerifCondensed",
    "SCB": "DejaVuSerifCondensed-Bold",
    "M": "DejaVuSansMono",
    "MB": "DejaVuSansMono-Bold",
}
FONTS = dict(_FONT_FILES)
FONTS.update(
    {
        "H": "Helvetica",
        "HB": "Helvetica-Bold",
        "HI": "Helvetica-Oblique",
        "T": "Times-Roman",
        "TB": "Times-Bold",
        "TI": "Times-Italic",
        "K": "Courier",
        "KB": "Courier-Bold",
    }
)
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name in _FONT_FILES.values():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))
    _registered = True


# ----------------------------------------------------------------------------------------
# numbers, dates, ids
# ----------------------------------------------------------------------------------------


def D(x) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q2(x) -> Decimal:
    return D(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(Decimal("1"), ROUND_HALF_UP)


_SEP = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": ("\u202f", ","),
    "sp": (" ", ","),
    "ch": ("'", "."),
    "cq": ("\u2019", "."),
    "pt": (".", ","),
    "plain": ("", "."),
    "pc": ("", ","),
    "in": (",", "."),
    "sp.": (" ", "."),
}


def num(x, st: str = "en", dp: int = 2) -> str:
    """1,234.56 (en) 1.234,56 (de/pt) 1 234,56 (fr/sp) 1'234.56 (ch) 1234.56 (plain)
    1234,56 (pc) 12,34,567.89 (in)."""
    x = D(x)
    neg = x < 0
    s = f"{abs(x):.{dp}f}"
    ip, _, fp = s.partition(".")
    gs, ds = _SEP[st]
    if gs:
        if st == "in" and len(ip) > 3:
            head, tail = ip[:-3], ip[-3:]
            parts = []
            while len(head) > 2:
                parts.insert(0, head[-2:])
                head = head[:-2]
            if head:
                parts.insert(0, head)
            ip = ",".join([*parts, tail])
        else:
            groups = []
            while len(ip) > 3:
                groups.insert(0, ip[-3:])
                ip = ip[:-3]
            groups.insert(0, ip)
            ip = gs.join(groups)
    out = ip + (ds + fp if dp else "")
    return ("-" + out) if neg else out


def t2(x) -> str | None:
    return None if x is None else f"{q2(x):.2f}"


def iban(cc: str, bban: str) -> str:
    digits = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    check = 98 - int(digits) % 97
    raw = f"{cc}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def fr_vat(siren: str) -> str:
    key = (12 + 3 * (int(siren) % 97)) % 97
    return f"FR{key:02d}{siren}"


def pl_nip(first9: str) -> str:
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w, strict=False)) % 11
    assert c != 10
    s = first9 + str(c)
    return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"


def it_piva(first10: str) -> str:
    return first10 + luhn_digit(first10)


def br_cnpj(first12: str) -> str:
    def dv(body, w):
        s = sum(int(a) * b for a, b in zip(body, w, strict=False)) % 11
        return "0" if s < 2 else str(11 - s)

    d1 = dv(first12, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    d2 = dv(first12 + d1, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    s = first12 + d1 + d2
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def jp_corp(first12: str) -> str:
    """13-digit corporate number: check digit in front."""
    digits = [int(c) for c in first12]
    s = 0
    for i, d in enumerate(reversed(digits)):
        s += d * (2 if i % 2 == 1 else 1)
    return f"T{9 - s % 9}{first12}"


def au_abn(first9: str) -> str:
    """ABN: two leading check digits then nine digits."""
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    for lead in range(10, 100):
        s = f"{lead}{first9}"
        ds = [int(c) for c in s]
        ds[0] -= 1
        if sum(a * b for a, b in zip(ds, w, strict=False)) % 89 == 0:
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
    raise ValueError(first9)


def ch_uid(first8: str) -> str:
    w = [5, 4, 3, 2, 7, 6, 5, 4]
    c = 11 - sum(int(a) * b for a, b in zip(first8, w, strict=False)) % 11
    c = 0 if c == 11 else c
    assert c != 10
    s = first8 + str(c)
    return f"CHE-{s[:3]}.{s[3:6]}.{s[6:]}"


def mod10_recursive(payload: str) -> str:
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for ch in payload:
        carry = table[(carry + int(ch)) % 10]
    return str((10 - carry) % 10)


def es_nif(n8: str) -> str:
    return n8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n8) % 23]


def es_cif(letter: str, d7: str) -> str:
    a = sum(int(d7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(d7[i]) * 2
        b += x // 10 + x % 10
    c = (10 - (a + b) % 10) % 10
    return f"{letter}{d7}{c}"


def gb_vat(first7: str) -> str:
    s = sum(int(a) * b for a, b in zip(first7, [8, 7, 6, 5, 4, 3, 2], strict=False))
    check = (-s) % 97
    s9 = f"{first7}{check:02d}"
    return f"GB {s9[:3]} {s9[3:7]} {s9[7:]}"


def gstin(state: str, pan: str) -> str:
    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    body = f"{state}{pan}1Z"
    total = 0
    for i, ch in enumerate(body):
        v = chars.index(ch) * (2 if i % 2 else 1)
        total += v // 36 + v % 36
    return body + chars[(36 - total % 36) % 36]


def kr_brn(first9: str) -> str:
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    ds = [int(c) for c in first9]
    s = sum(a * b for a, b in zip(ds, w, strict=False)) + (ds[8] * 5) // 10
    c = (10 - s % 10) % 10
    s10 = first9 + str(c)
    return f"{s10[:3]}-{s10[3:5]}-{s10[5:]}"


def ean13(first12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(first12))
    return first12 + str((10 - s % 10) % 10)


# ----------------------------------------------------------------------------------------
# page model
# ----------------------------------------------------------------------------------------


def _color(c):
    if c is None:
        return None
    if isinstance(c, (int, float)):
        return Color(c, c, c)
    return HexColor(c)


def width(s: str, f: str, sz: float) -> float:
    return pdfmetrics.stringWidth(s, FONTS[f], sz) / MM


class Page:
    """A page in millimetres, y measured from the top; drawn later onto a canvas."""

    def __init__(self, w: float, h: float | None = None):
        register_fonts()
        self.w, self.h = w, h
        self.ops: list[tuple] = []
        self.boxes: list[tuple] = []
        self.y = 0.0

    # text ------------------------------------------------------------------------------
    def text(self, x, y, s, f="R", sz=9.0, a="l", c=None, track=True, cs=0.0):
        s = str(s)
        w = width(s, f, sz) + cs * max(len(s) - 1, 0) / MM
        x0 = x if a == "l" else (x - w if a == "r" else x - w / 2)
        self.ops.append(("t", x0, y, s, FONTS[f], sz, _color(c), cs))
        if track and s.strip():
            self.boxes.append((x0, y - sz * 0.73 / MM, x0 + w, y + sz * 0.2 / MM, s))
        return x0 + w

    def lines(self, x, y, rows, f="R", sz=9.0, lead=None, a="l", c=None):
        lead = lead or sz * 1.3 / MM
        for r in rows:
            if isinstance(r, tuple):
                self.text(x, y, r[0], r[1], r[2] if len(r) > 2 else sz, a, c)
            else:
                self.text(x, y, r, f, sz, a, c)
            y += lead
        return y

    def wrap(self, s, f, sz, w):
        words, out, cur = s.split(" "), [], ""
        for wd in words:
            cand = (cur + " " + wd).strip()
            if width(cand, f, sz) <= w or not cur:
                cur = cand
            else:
                out.append(cur)
                cur = wd
        if cur:
            out.append(cur)
        return out

    def para(self, x, y, s, w, f="R", sz=8.0, lead=None, c=None, a="l"):
        lead = lead or sz * 1.28 / MM
        for ln in self.wrap(s, f, sz, w):
            xx = x if a == "l" else (x + w / 2 if a == "c" else x + w)
            self.text(xx, y, ln, f, sz, a, c)
            y += lead
        return y

    # graphics --------------------------------------------------------------------------
    def hline(self, x1, x2, y, lw=0.25, c=0, dash=None):
        self.ops.append(("l", x1, y, x2, y, lw, _color(c), dash))

    def vline(self, x, y1, y2, lw=0.25, c=0, dash=None):
        self.ops.append(("l", x, y1, x, y2, lw, _color(c), dash))

    def line(self, x1, y1, x2, y2, lw=0.25, c=0, dash=None):
        self.ops.append(("l", x1, y1, x2, y2, lw, _color(c), dash))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.25, r=0.0):
        self.ops.append(("r", x, y, w, h, _color(fill), _color(stroke), lw, r))

    def circle(self, cx, cy, r, fill=None, stroke=None, lw=0.25):
        self.ops.append(("c", cx, cy, r, _color(fill), _color(stroke), lw))

    def poly(self, pts, fill=None, stroke=None, lw=0.25):
        self.ops.append(("p", tuple(pts), _color(fill), _color(stroke), lw))

    def qr(self, x, y, size, data, level="M"):
        self.ops.append(("qr", x, y, size, data, level))

    def code128(self, x, y, data, h=10.0, bw=0.3, a="l"):
        bc = code128.Code128(data, barHeight=h * MM, barWidth=bw * MM, quiet=0)
        w = bc.width / MM
        x0 = x if a == "l" else (x - w if a == "r" else x - w / 2)
        self.ops.append(("bc", x0, y, data, h, bw))
        return w

    def ean(self, x, y, data, h=12.0, a="l"):
        self.ops.append(("ean", x, y, data, h, a))

    # till-roll cursor helpers (used by Roll and by flowing pages) -------------------------
    def check(self, name: str) -> list[str]:
        probs = []
        bs = self.boxes
        for i in range(len(bs)):
            x0, y0, x1, y1, s = bs[i]
            if x0 < -0.01 or x1 > self.w + 0.01 or y0 < -0.01 or (self.h and y1 > self.h + 0.01):
                probs.append(f"{name}: off page: {s!r}")
            for j in range(i + 1, len(bs)):
                a0, b0, a1, b1, t = bs[j]
                if min(x1, a1) - max(x0, a0) > 0.15 and min(y1, b1) - max(y0, b0) > 0.15:
                    probs.append(f"{name}: overlap {s!r} / {t!r}")
        return probs


class Roll(Page):
    """A thermal till roll: a monospaced grid of `cols` characters, length follows content."""

    def __init__(self, w=80.0, cols=42, f="M", margin=None, top=6.0, lead=1.22):
        super().__init__(w, None)
        self.cols = cols
        self.f = f
        self.margin = margin if margin is not None else (4.0 if w >= 70 else 3.0)
        avail = w - 2 * self.margin
        self.sz = avail * MM / (cols * 0.6021)
        self.lh = self.sz / MM * lead
        self.y = top

    def ln(self, s="", a="l", f=None, k=1.0, c=None):
        f = f or self.f
        sz = self.sz * k
        lh = self.lh * k
        if s:
            base = self.y + sz * 0.78 / MM
            if a == "l":
                self.text(self.margin, base, s, f, sz)
            elif a == "r":
                self.text(self.w - self.margin, base, s, f, sz, "r")
            else:
                self.text(self.w / 2, base, s, f, sz, "c")
        self.y += lh

    def big(self, s, a="c", f=None):
        self.ln(s, a, f or "MB", 1.7)

    def lr(self, left, right, f=None, k=1.0):
        n = int(self.cols / k)
        left, right = str(left), str(right)
        pad = max(1, n - len(left) - len(right))
        self.ln(left + " " * pad + right, "l", f, k)

    def cols3(self, a, b, c, wb=10, f=None):
        n = self.cols
        wa = n - wb - 11
        self.ln(f"{a:<{wa}}{b:>{wb}}{c:>11}"[:n], f=f)

    def sep(self, ch="-"):
        self.ln(ch * self.cols)

    def gap(self, mm=2.0):
        self.y += mm

    def wrapln(self, s, a="c", f=None):
        words, cur = s.split(), ""
        for wd in words:
            if len(cur) + len(wd) + 1 > self.cols and cur:
                self.ln(cur, a, f)
                cur = wd
            else:
                cur = (cur + " " + wd).strip()
        if cur:
            self.ln(cur, a, f)

    def finish(self, bottom=8.0):
        self.h = self.y + bottom


# ----------------------------------------------------------------------------------------
# writing
# ----------------------------------------------------------------------------------------


def to_pdf(pages: list[Page], title: str, author: str = "", creator: str = "") -> bytes:
    buf = io.BytesIO()
    first = pages[0]
    c = canvas.Canvas(buf, pagesize=(first.w * MM, first.h * MM), invariant=1, pageCompression=1)
    c.setTitle(title)
    if author:
        c.setAuthor(author)
    c.setCreator(creator or "reportlab")
    c.setProducer(creator or "ReportLab PDF Library - www.reportlab.com")
    for page in pages:
        c.setPageSize((page.w * MM, page.h * MM))
        _draw(c, page)
        c.showPage()
    c.save()
    return buf.getvalue()


def _paint(c, fill, stroke, lw) -> dict:
    if fill is not None:
        c.setFillColor(fill)
    if stroke is not None:
        c.setStrokeColor(stroke)
        c.setLineWidth(lw * MM)
    return {"stroke": stroke is not None, "fill": fill is not None}


def _op_text(c, H, x, y, s, fn, sz, col, cs):
    c.setFillColor(col or Color(0, 0, 0))
    if not cs:
        c.setFont(fn, sz)
        c.drawString(x * MM, (H - y) * MM, s)
        return
    c.saveState()  # the character spacing must not leak into the next text
    t = c.beginText(x * MM, (H - y) * MM)
    t.setFont(fn, sz)
    t.setCharSpace(cs)
    t.textOut(s)
    c.drawText(t)
    c.restoreState()


def _op_line(c, H, x1, y1, x2, y2, lw, col, dash):
    c.setStrokeColor(col or Color(0, 0, 0))
    c.setLineWidth(lw * MM)
    c.setDash(dash or [])
    c.line(x1 * MM, (H - y1) * MM, x2 * MM, (H - y2) * MM)
    c.setDash([])


def _op_rect(c, H, x, y, w, h, fill, stroke, lw, r):
    how = _paint(c, fill, stroke, lw)
    args = (x * MM, (H - y - h) * MM, w * MM, h * MM)
    if r:
        c.roundRect(*args, r * MM, **how)
    else:
        c.rect(*args, **how)


def _op_circle(c, H, cx, cy, r, fill, stroke, lw):
    how = _paint(c, fill, stroke, lw)
    c.circle(cx * MM, (H - cy) * MM, r * MM, **how)


def _op_poly(c, H, pts, fill, stroke, lw):
    path = c.beginPath()
    path.moveTo(pts[0][0] * MM, (H - pts[0][1]) * MM)
    for x, y in pts[1:]:
        path.lineTo(x * MM, (H - y) * MM)
    path.close()
    how = _paint(c, fill, stroke, lw)
    c.drawPath(path, **how)


def _op_qr(c, H, x, y, size, data, level):
    w = qr.QrCodeWidget(data, barLevel=level)
    b = w.getBounds()
    bw, bh = b[2] - b[0], b[3] - b[1]
    d = Drawing(size * MM, size * MM, transform=[size * MM / bw, 0, 0, size * MM / bh, 0, 0])
    d.add(w)
    renderPDF.draw(d, c, x * MM, (H - y - size) * MM)


def _op_code128(c, H, x, y, data, h, bw):
    bc = code128.Code128(data, barHeight=h * MM, barWidth=bw * MM, quiet=0)
    c.setFillColor(Color(0, 0, 0))
    bc.drawOn(c, x * MM, (H - y - h) * MM)


def _op_ean(c, H, x, y, data, h, a):
    w = eanbc.Ean13BarcodeWidget(data[:12], barHeight=h * MM, fontName="DejaVuSans", fontSize=7)
    b = w.getBounds()
    bw, bh = b[2] - b[0], b[3] - b[1]
    x0 = x * MM if a == "l" else (x * MM - bw / 2 if a == "c" else x * MM - bw)
    d = Drawing(bw, bh)
    d.add(w)
    renderPDF.draw(d, c, x0, (H - y) * MM - bh)


_OPS = {
    "t": _op_text,
    "l": _op_line,
    "r": _op_rect,
    "c": _op_circle,
    "p": _op_poly,
    "qr": _op_qr,
    "bc": _op_code128,
    "ean": _op_ean,
}


def _draw(c, page: Page) -> None:
    for op in page.ops:
        _OPS[op[0]](c, page.h, *op[1:])


# ----------------------------------------------------------------------------------------
# scans and photos
# ----------------------------------------------------------------------------------------


def render(pdf: bytes, dpi: int, grey: bool) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    page = doc[0]
    bm = page.render(scale=dpi / 72, grayscale=grey)
    img = bm.to_pil()
    arr = np.asarray(img.convert("L" if grey else "RGB")).astype(np.float32)
    page.close()
    doc.close()
    return arr


def _field(rng, h, w, cells=6, lo=0.0, hi=1.0):
    g = rng.random((cells, cells)).astype(np.float32)
    f = cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)
    f = (f - f.min()) / max(float(f.max() - f.min()), 1e-6)
    return lo + (hi - lo) * f


def scan(pdf: bytes, seed: int, roll: bool = False, bw: bool = False, fade: float = 0.0):
    rng = np.random.default_rng(seed)
    img = render(pdf, 200, True)
    h, w = img.shape
    if roll or fade:
        ink = 255.0 - img
        field = _field(rng, h, w, cells=5, lo=1.0 - fade, hi=1.0)
        streak = _field(rng, 1, w, cells=9, lo=0.85, hi=1.0)  # print-head wear, along the roll
        img = 255.0 - ink * field * streak
    paper = float(rng.uniform(238, 250))
    img = img * (paper / 255.0)
    bed = float(rng.uniform(196, 222))
    if roll:
        mx = int(rng.uniform(0.12, 0.3) * w) + 60
        my = int(rng.uniform(0.03, 0.06) * h) + 60
        canvas_ = np.full((h + 2 * my, w + 2 * mx), bed, np.float32)
        canvas_ *= _field(rng, h + 2 * my, w + 2 * mx, cells=3, lo=0.94, hi=1.02)
        ox = mx + int(rng.integers(-mx // 3, mx // 3))
        canvas_[my : my + h, ox : ox + w] = img
        # paper edge shadow
        canvas_[my : my + h, ox + w : ox + w + 3] *= 0.82
        img = canvas_
        fill = bed
    else:
        fill = paper
    hh, ww = img.shape
    ang = float(rng.uniform(0.35, 1.9)) * (1 if rng.random() < 0.5 else -1)
    M = cv2.getRotationMatrix2D((ww / 2, hh / 2), ang, 1.0)
    img = cv2.warpAffine(
        img, M, (ww, hh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fill
    )
    if not roll:
        edge = int(rng.integers(6, 18))
        img[:, :edge] *= np.linspace(0.55, 1.0, edge, dtype=np.float32)[None, :]
    img = cv2.GaussianBlur(img, (0, 0), float(rng.uniform(0.55, 0.85)))
    img += rng.normal(0, float(rng.uniform(2.5, 4.0)), img.shape).astype(np.float32)
    if not roll:
        # the scanner's auto-levels: the paper goes white, the print keeps its grain
        img = img * (255.0 / (paper - 6.0))
    n = int(rng.integers(10, 35))
    ys, xs = rng.integers(0, hh, n), rng.integers(0, ww, n)
    for y, x in zip(ys, xs, strict=False):
        cv2.circle(img, (int(x), int(y)), int(rng.integers(1, 3)), float(rng.uniform(90, 170)), -1)
    if bw:
        img = np.where(img > 150, 255.0, 0.0)
    img = np.clip(img, 0, 255)
    img = (np.floor(img / 4) * 4).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(img, "L").save(out, "PNG", optimize=False, compress_level=9)
    return out.getvalue()


def _table(rng, H, W):
    palettes = [
        ((150, 108, 72), "wood"),
        ((182, 140, 98), "wood"),
        ((96, 70, 52), "wood"),
        ((188, 190, 186), "plain"),
        ((70, 78, 86), "plain"),
        ((214, 206, 190), "plain"),
        ((120, 134, 116), "plain"),
    ]
    base, kind = palettes[int(rng.integers(0, len(palettes)))]
    t = np.empty((H, W, 3), np.float32)
    t[:] = base
    tex = _field(rng, H, W, cells=8, lo=0.88, hi=1.08)
    if kind == "wood":
        yy = np.arange(H, dtype=np.float32)[:, None]
        xx = np.arange(W, dtype=np.float32)[None, :]
        warp = _field(rng, H, W, cells=4, lo=0, hi=40)
        grain = 0.93 + 0.07 * np.sin(yy * 0.06 + xx * 0.004 + warp * 0.2)
        tex = tex * grain
    t *= tex[..., None]
    t += rng.normal(0, 2.0, t.shape).astype(np.float32)
    return t


def photo(pdf: bytes, seed: int, roll: bool = False):
    rng = np.random.default_rng(seed)
    img = render(pdf, 160, False)
    h, w = img.shape[:2]
    if roll:
        W, H = int(w * float(rng.uniform(1.7, 2.0))), int(h * 1.12)
    else:
        W, H = int(w * 1.16), int(h * 1.12)
    table = _table(rng, H, W)
    s = float(rng.uniform(0.9, 0.95))
    pw, ph = w * s, h * s
    k = float(rng.uniform(0.035, 0.08))  # top edge shorter: camera held below the page
    cx, cy = W / 2 + rng.uniform(-0.02, 0.02) * W, H / 2 + rng.uniform(-0.01, 0.01) * H
    quad = np.array(
        [
            [-pw / 2 * (1 - k), -ph / 2],
            [pw / 2 * (1 - k), -ph / 2],
            [pw / 2, ph / 2],
            [-pw / 2, ph / 2],
        ],
        np.float32,
    )
    ang = np.deg2rad(float(rng.uniform(0.8, 3.0)) * (1 if rng.random() < 0.5 else -1))
    R = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], np.float32)
    quad = quad @ R.T
    quad += rng.uniform(-0.008, 0.008, quad.shape).astype(np.float32) * w
    quad += np.array([cx, cy], np.float32)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    M = cv2.getPerspectiveTransform(src, quad.astype(np.float32))
    paper = cv2.warpPerspective(img, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    sh = np.roll(np.roll(mask, int(W * 0.006), axis=1), int(H * 0.008), axis=0)
    sh = cv2.GaussianBlur(sh, (0, 0), W * 0.01)
    table *= (1 - 0.45 * sh)[..., None]
    m3 = mask[..., None]
    comp = table * (1 - m3) + paper * m3
    # lighting: gradient across the frame and a vignette
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    th = float(rng.uniform(0, 2 * np.pi))
    g = np.cos(th) * (xx / W - 0.5) + np.sin(th) * (yy / H - 0.5)
    light = 1.0 + g * float(rng.uniform(0.18, 0.3))
    r2 = (xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2
    light *= 1.0 - 0.35 * r2
    # phone shadow: a soft dark blob from one edge
    sh2 = np.zeros((H, W), np.float32)
    side = int(rng.integers(0, 4))
    a, b = float(rng.uniform(0.25, 0.45)), float(rng.uniform(0.2, 0.35))
    centres = [
        (W * rng.uniform(0.2, 0.8), 0),
        (W, H * rng.uniform(0.2, 0.8)),
        (W * rng.uniform(0.2, 0.8), H),
        (0, H * rng.uniform(0.2, 0.8)),
    ]
    ex, ey = centres[side]
    cv2.ellipse(
        sh2,
        (int(ex), int(ey)),
        (int(W * a), int(H * b)),
        float(rng.uniform(0, 180)),
        0,
        360,
        1.0,
        -1,
    )
    sh2 = cv2.GaussianBlur(sh2, (0, 0), W * 0.06)
    light *= 1.0 - float(rng.uniform(0.22, 0.32)) * sh2
    comp *= light[..., None]
    warm = np.array([1.05, 0.99, 0.86], np.float32) * float(rng.uniform(0.96, 1.02))
    comp = comp * warm + np.array([6, 3, -2], np.float32)
    comp = cv2.GaussianBlur(comp, (0, 0), float(rng.uniform(0.6, 0.9)))
    comp += rng.normal(0, 1.5, comp.shape).astype(np.float32)
    comp = np.clip(comp, 0, 255).astype(np.uint8)
    im = Image.fromarray(comp, "RGB").quantize(colors=160, method=Image.Quantize.MEDIANCUT)
    out = io.BytesIO()
    im.save(out, "PNG", optimize=False, compress_level=9)
    return out.getvalue()


# ----------------------------------------------------------------------------------------
# truth
# ----------------------------------------------------------------------------------------


def item(desc, qty, unit, amount):
    """A line as printed; a unit price with more than two decimals keeps them."""
    if unit is None:
        up = None
    else:
        u = D(unit).normalize()
        up = t2(u) if -u.as_tuple().exponent <= 2 else format(u, "f")
    return {
        "description": desc,
        "quantity": None if qty is None else str(qty),
        "unit_price": up,
        "amount": t2(amount),
    }


def truth(
    number, date, due, vendor, amount, vat, total, currency, locale, layout, dtype, items, note
):
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": t2(amount),
        "vat": t2(vat),
        "total": t2(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": items,
        "note": note,
    }


DOCS: dict[str, tuple] = {}


def doc(kind: str, roll: bool = False, **opts):
    def deco(fn):
        DOCS[fn.__name__] = (fn, kind, roll, opts)
        return fn

    return deco


def seed_of(name: str) -> int:
    return zlib.crc32(name.encode("utf-8"))


def build(name: str) -> tuple[bytes, str, dict]:
    fn, kind, roll, opts = DOCS[name]
    pages, tr, meta = fn()
    if isinstance(pages, Page):
        pages = [pages]
    probs = []
    for i, p in enumerate(pages):
        probs += p.check(f"{name} p{i + 1}")
    for pr in probs:
        print("LAYOUT", pr, file=sys.stderr)
    pdf = to_pdf(pages, **meta)
    seed = seed_of(name)
    if kind == "pdf":
        data, ext = pdf, ".pdf"
    elif kind == "scan":
        data, ext = scan(pdf, seed, roll=roll, **opts), ".png"
    else:
        data, ext = photo(pdf, seed, roll=roll), ".png"
    tr = dict(tr)
    tr["kind"] = kind
    return data, ext, tr


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", action="append", default=[])
    args = ap.parse_args(argv)
    cv2.setNumThreads(1)
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = args.only or sorted(DOCS)
    for name in names:
        if name not in DOCS:
            ap.error(f"unknown document {name}")
        data, ext, tr = build(name)
        (out / f"{name}{ext}").write_bytes(data)
        (out / f"{name}.json").write_text(
            json.dumps(tr, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        print(f"{name}{ext}")
    return 0


# ========================================================================================
# invoices
# ========================================================================================


@doc("pdf")
def i01_nl_webhosting_factuur():
    p = Page(*A4)
    teal, grey = "#0F766E", "#5B6470"
    # logo: three stacked bars and a wordmark
    for i, ww in enumerate((9, 7, 5)):
        p.rect(18, 18 + i * 3.2, ww, 2.2, fill=teal, r=1.1)
    p.text(30, 25, "Stroomlijn Hosting", "B", 17, c="#111827")
    p.text(30, 30.5, "hosting · domeinen · e-mail", "R", 7.5, c=grey)
    p.lines(
        192,
        19,
        [
            "Stroomlijn Hosting B.V.",
            "Catharijnesingel 53",
            "3511 GC Utrecht",
            "030 207 44 10",
            "support@stroomlijn.nl",
        ],
        "R",
        8,
        3.9,
        a="r",
        c=grey,
    )
    p.lines(
        192,
        40,
        ["KvK 71938450", "BTW NL858731402B01", "IBAN " + iban("NL", "INGB0006812349")],
        "R",
        8,
        3.9,
        a="r",
        c=grey,
    )
    p.lines(
        20,
        56,
        ["Bakkerij van Dijk V.O.F.", "t.a.v. M. van Dijk", "Kerkstraat 14", "3811 CV Amersfoort"],
        "R",
        10,
        5,
    )
    p.text(20, 92, "Factuur", "B", 22, c=teal)
    # header table: labels in one row, values in the row below
    cols = [20, 62, 104, 146]
    labels = ["Factuurnummer", "Factuurdatum", "Vervaldatum", "Klantnummer"]
    values = ["SH26-0418377", "11-11-2026", "25-11-2026", "104772"]
    p.rect(20, 99, 172, 15, fill="#F1F5F4")
    for x, lab, val in zip(cols, labels, values, strict=False):
        p.text(x + 3, 104.5, lab, "R", 7.5, c=grey)
        p.text(x + 3, 110.5, val, "B", 9.5)
    # items
    y = 126
    xs = [20, 112, 136, 160, 192]
    for x, h, a in zip(
        xs, ["Omschrijving", "Aantal", "Prijs", "BTW", "Bedrag"], "lrrrr", strict=False
    ):
        p.text(x, y, h, "B", 8.5, a)
    p.hline(20, 192, y + 2.2, 0.4, teal)
    rows = [
        ("Webhosting Pro – bakkerijvandijk.nl", "01-12-2026 t/m 30-11-2027", 12, "7.95"),
        ("Domeinnaam bakkerijvandijk.nl", "verlenging 1 jaar", 1, "8.99"),
        ("Domeinnaam bakkerijvandijk.com", "verlenging 1 jaar", 1, "14.50"),
        ("SSL-certificaat PositiveSSL", "bakkerijvandijk.nl, 1 jaar", 1, "29.00"),
        ("Extra mailbox 10 GB", "info@, bestellingen@, m.vandijk@", 3, "18.00"),
    ]
    items, net = [], D(0)
    y += 8
    for desc, sub, qty, unit in rows:
        amt = q2(D(unit) * qty)
        net += amt
        p.text(20, y, desc, "R", 9)
        p.text(20, y + 4, sub, "R", 7.5, c=grey)
        p.text(112, y, str(qty), "R", 9, "r")
        p.text(136, y, "€ " + num(unit, "de"), "R", 9, "r")
        p.text(160, y, "21%", "R", 9, "r")
        p.text(192, y, "€ " + num(amt, "de"), "R", 9, "r")
        items.append(item(desc, qty, unit, amt))
        y += 10.5
    p.hline(20, 192, y - 4, 0.25, "#CBD5D1")
    vat = q2(net * D("0.21"))
    tot = net + vat
    y += 3
    for lab, val, f in (("Subtotaal", net, "R"), ("BTW 21% over € " + num(net, "de"), vat, "R")):
        p.text(160, y, lab, f, 9, "r")
        p.text(192, y, "€ " + num(val, "de"), f, 9, "r")
        y += 6
    p.rect(120, y - 1, 72, 9, fill=teal)
    p.text(124, y + 5, "Totaal", "B", 10.5, c="#FFFFFF")
    p.text(189, y + 5, "€ " + num(tot, "de"), "B", 10.5, "r", c="#FFFFFF")
    y += 22
    p.text(20, y, "Betaling", "B", 9.5)
    y = p.para(
        20,
        y + 6,
        "Je hebt gekozen voor automatische incasso. Het bedrag van € "
        + num(tot, "de")
        + " wordt rond 18-11-2026 afgeschreven van rekening "
        "NL** INGB **** **** 77 t.n.v. Bakkerij van Dijk V.O.F. (machtigingskenmerk "
        "SHM-104772-01, incassant-ID NL48ZZZ719384500000).",
        172,
        "R",
        8.5,
    )
    y = p.para(
        20,
        y + 2,
        "Niet eens met een afschrijving? Je kunt deze binnen 8 weken "
        "kosteloos laten terugboeken via je bank. Vragen over deze factuur? Log in op "
        "mijn.stroomlijn.nl of mail naar facturen@stroomlijn.nl.",
        172,
        "R",
        8.5,
        c=grey,
    )
    p.hline(20, 192, 280, 0.25, "#CBD5D1")
    p.text(
        106,
        285,
        "Op al onze diensten zijn de algemene voorwaarden van Stroomlijn Hosting "
        "B.V. van toepassing (stroomlijn.nl/voorwaarden).",
        "R",
        7,
        "c",
        c=grey,
    )
    p.text(192, 290, "Pagina 1 van 1", "R", 7, "r", c=grey)
    tr = truth(
        "SH26-0418377",
        "2026-11-11",
        "2026-11-25",
        "Stroomlijn Hosting B.V.",
        net,
        vat,
        tot,
        "EUR",
        "nl-NL",
        "invoice",
        "invoice",
        items,
        "header table: labels in one row, values below; the wordmark 'Stroomlijn "
        "Hosting' heads the page, the legal name (keyed) is in the sender block; the "
        "Vervaldatum is printed although the amount is collected by direct debit",
    )
    return (
        p,
        tr,
        {
            "title": "Factuur SH26-0418377",
            "author": "Stroomlijn Hosting B.V.",
            "creator": "Stroomlijn Billing",
        },
    )


# ========================================================================================
# receipts
# ========================================================================================


@doc("scan", roll=True, fade=0.45)
def r01_my_kopitiam_scan():
    r = Roll(80, 42)
    r.big("KOPITIAM LOKE")
    r.ln("LOKE HOSPITALITY SDN. BHD.", "c")
    r.ln("(201801034567 (1295512-W))", "c")
    r.ln("NO. 18, JALAN SS 2/24, SS 2", "c")
    r.ln("47300 PETALING JAYA, SELANGOR", "c")
    r.ln("TEL: 03-7875 2031", "c")
    r.ln("SST REG NO: B16-1808-31004572", "c")
    r.gap(2)
    r.ln("RESIT / RECEIPT", "c", "MB")
    r.gap(1)
    r.lr("Bill No : 01-188204", "Table: 12")
    r.lr("Date    : 14/11/2026", "Time: 13:42:07")
    r.lr("Cashier : SITI", "Pax: 3")
    r.sep()
    r.ln(f"{'Qty':<4}{'Item':<20}{'Price':>8}{'Amount':>10}")
    r.sep()
    rows = [
        (2, "NASI LEMAK AYAM", "12.90"),
        (1, "MEE GORENG MAMAK", "9.50"),
        (3, "TEH TARIK PANAS", "2.80"),
        (1, "KOPI O AIS", "3.20"),
        (2, "ROTI BAKAR KAYA", "4.50"),
        (1, "TELUR SEPARUH MASAK", "3.60"),
    ]
    items, sub = [], D(0)
    for q, d, u in rows:
        a = q2(D(u) * q)
        sub += a
        r.ln(f"{q:<4}{d:<20}{u:>8}{num(a, 'plain'):>10}")
        items.append(item(d, q, u, a))
    r.sep()
    tax = q2(sub * D("0.06"))
    raw = sub + tax
    rounded = (raw / D("0.05")).quantize(Decimal("1"), ROUND_HALF_UP) * D("0.05")
    adj = rounded - raw
    r.lr("SUBTOTAL", num(sub, "plain"))
    r.lr("SERVICE TAX 6%", num(tax, "plain"))
    r.lr("ROUNDING ADJ", num(adj, "plain"))
    r.sep("=")
    r.lr("NETT TOTAL (RM)", num(rounded, "plain"), "MB", 1.4)
    r.sep("=")
    r.lr("CASH", "100.00")
    r.lr("CHANGE", num(D(100) - rounded, "plain"))
    r.gap(1)
    r.lr("Total Qty: 10", "")
    r.gap(2)
    r.ln("Service tax 6% charged on food & beverage", "c")
    r.ln("THANK YOU, PLEASE COME AGAIN", "c")
    r.ln("Follow us @kopitiamloke", "c")
    r.finish()
    tr = truth(
        "01-188204",
        "2026-11-14",
        None,
        "KOPITIAM LOKE",
        sub,
        tax,
        rounded,
        "MYR",
        "en-MY",
        "receipt",
        "receipt",
        items,
        "trading name heads the slip, legal company (Sdn. Bhd.) below it; total = "
        "NETT TOTAL after the 5-sen rounding adjustment (amount + vat is 0.02 more)",
    )
    return r, tr, {"title": "receipt"}


@doc("pdf")
def i02_fr_mobile_facture():
    p = Page(*A4)
    vio, ink, grey = "#5B21B6", "#1F1A2E", "#6B6880"
    p.rect(0, 0, 210, 34, fill="#F3EFFB")
    # logo: a wave in a disc
    p.circle(27, 17, 8, fill=vio)
    p.poly(
        [
            (21, 18),
            (24, 14),
            (27, 19),
            (30, 14),
            (33, 18),
            (33, 20),
            (30, 16.5),
            (27, 21.5),
            (24, 16.5),
            (21, 20),
        ],
        fill="#FFFFFF",
    )
    p.text(38, 20, "onde mobile", "B", 18, c=vio)
    p.text(38, 25.5, "Espace client : onde.fr/moncompte", "R", 7.5, c=grey)
    p.text(192, 16, "Votre facture", "B", 15, "r", c=ink)
    p.text(192, 22.5, "du 6 novembre 2026", "R", 10, "r", c=ink)
    p.lines(
        20,
        46,
        [
            ("Facture n°", "R", 8.5),
            ("Numéro client", "R", 8.5),
            ("Ligne", "R", 8.5),
            ("Période", "R", 8.5),
        ],
        lead=5,
        c=grey,
    )
    p.lines(
        52,
        46,
        [
            ("F261106-0773452", "B", 8.5),
            ("30118442", "B", 8.5),
            ("06 48 21 77 90", "B", 8.5),
            ("du 06/11/2026 au 05/12/2026", "B", 8.5),
        ],
        lead=5,
    )
    p.lines(
        118,
        52,
        ["Mme Nadia Benali", "Appartement 32", "17 avenue Jean Jaurès", "69007 LYON"],
        "R",
        10,
        5,
    )
    lines = [
        ("Forfait Onde 100 Go 5G", "du 06/11/2026 au 05/12/2026", "19.99"),
        ("Option Internationale Maghreb 2h", "du 06/11/2026 au 05/12/2026", "5.00"),
        ("Paiement échelonné smartphone", "Pixel 9a 128 Go – échéance 7/24", "14.58"),
        ("Hors forfait", "4 appels vers numéros spéciaux (0899)", "2.38"),
    ]
    ttc = sum(D(t) for *_, t in lines)
    # box: amount due
    p.rect(20, 80, 170, 26, fill=vio, r=3)
    p.text(27, 89, "Montant à payer", "R", 10, c="#FFFFFF")
    p.text(27, 99.5, num(ttc, "fr") + " €", "B", 20, c="#FFFFFF")
    p.text(183, 89, "Date limite de paiement", "R", 9, "r", c="#E9E3FA")
    p.text(183, 96, "20/11/2026", "B", 12, "r", c="#FFFFFF")
    p.text(
        183, 102, "Prélèvement sur votre compte FR76 **** **** **** 418", "R", 7.5, "r", c="#E9E3FA"
    )
    y = 120
    p.text(20, y, "Détail de votre facture", "B", 12, c=ink)
    y += 9
    p.text(20, y, "Libellé", "B", 8.5, c=grey)
    p.text(150, y, "Montant HT", "B", 8.5, "r", c=grey)
    p.text(190, y, "Montant TTC", "B", 8.5, "r", c=grey)
    p.hline(20, 190, y + 2.5, 0.3, "#D9D3EA")
    y += 9
    items, ht_sum = [], D(0)
    for lab, sub, t in lines:
        ht = q2(D(t) / D("1.2"))
        ht_sum += ht
        p.text(20, y, lab, "R", 9.5, c=ink)
        p.text(20, y + 4.3, sub, "R", 7.5, c=grey)
        p.text(150, y, num(ht, "fr") + " €", "R", 9.5, "r", c=ink)
        p.text(190, y, num(t, "fr") + " €", "R", 9.5, "r", c=ink)
        items.append(item(lab, None, None, ht))
        y += 11
    p.hline(20, 190, y - 4.5, 0.3, "#D9D3EA")
    tva = ttc - ht_sum
    for lab, v, f in (("Total HT", ht_sum, "R"), ("TVA 20 %", tva, "R"), ("Total TTC", ttc, "B")):
        p.text(150, y + 1, lab, f, 9.5, "r", c=ink)
        p.text(190, y + 1, num(v, "fr") + " €", f, 9.5, "r", c=ink)
        y += 6
    y += 8
    p.rect(20, y, 170, 30, stroke="#D9D3EA", r=2)
    p.text(25, y + 7, "Votre consommation ce mois-ci", "B", 9, c=ink)
    stats = [
        ("Internet mobile", "61,4 Go / 100 Go"),
        ("Appels", "11h42 (illimités)"),
        ("SMS / MMS", "214 (illimités)"),
        ("Depuis l'étranger", "0 Mo"),
    ]
    for i, (a, b) in enumerate(stats):
        x = 25 + i * 41.5
        p.text(x, y + 16, a, "R", 7.5, c=grey)
        p.text(x, y + 22, b, "B", 8.5, c=ink)
    p.rect(25, y + 25, 120, 1.6, fill="#E9E3FA")
    p.rect(25, y + 25, 120 * 0.614, 1.6, fill=vio)
    y += 42
    y = p.para(
        20,
        y,
        "Les frais de retard de paiement sont de 7,50 €. En cas de réclamation, "
        "contactez le service client au 3960 (service gratuit + prix appel) ou écrivez "
        "à Onde Mobile – Service Clients – TSA 40218 – 69361 Lyon Cedex 07. Le "
        "montant dû sera prélevé sur votre compte bancaire à la date limite de "
        "paiement.",
        170,
        "R",
        7.5,
        c=grey,
    )
    p.hline(20, 190, 279, 0.3, "#D9D3EA")
    p.text(
        105,
        284,
        "ONDE TÉLÉCOM SAS au capital de 2 500 000 € – 14 rue des Cévennes, 69007 "
        "Lyon – RCS Lyon 912 448 305 – TVA intracommunautaire " + fr_vat("912448305"),
        "R",
        6.5,
        "c",
        c=grey,
    )
    p.text(105, 288, "Page 1/1", "R", 6.5, "c", c=grey)
    tr = truth(
        "F261106-0773452",
        "2026-11-06",
        "2026-11-20",
        "Onde Mobile",
        ht_sum,
        tva,
        ttc,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        items,
        "telecom bill; lines print HT and TTC, the HT amounts are keyed; no quantities; "
        "the brand 'onde mobile' heads the page, the legal name ONDE TÉLÉCOM SAS is "
        "only in the footer; due date = 'Date limite de paiement'",
    )
    return (
        p,
        tr,
        {
            "title": "Facture Onde Mobile novembre 2026",
            "author": "ONDE TÉLÉCOM SAS",
            "creator": "OndeFact 4.2",
        },
    )


@doc("pdf")
def i03_de_saas_rechnung():
    p = Page(*A4)
    blue, grey, ink = "#2450A6", "#6B7280", "#111827"
    p.rect(20, 17, 7, 7, fill=blue)
    p.rect(28.5, 17, 7, 7, fill="#7FA3E8")
    p.rect(20, 25.5, 7, 7, fill="#7FA3E8")
    p.text(39, 28, "Taktwerk", "B", 19, c=ink)
    p.text(190, 20, "Taktwerk GmbH", "B", 8, "r", c=ink)
    p.lines(
        190,
        24,
        ["Schanzenstraße 41a", "20357 Hamburg", "billing@taktwerk.io"],
        "R",
        8,
        3.8,
        a="r",
        c=grey,
    )
    p.text(20, 45.5, "Taktwerk GmbH · Schanzenstraße 41a · 20357 Hamburg", "R", 6.5, c=grey)
    p.hline(20, 95, 46.8, 0.2, "#C7CBD1")
    p.lines(
        20,
        52,
        [
            "Grünblatt Landschaftsarchitektur PartG mbB",
            "Frau Judith Brehm",
            "Lindenallee 7",
            "50968 Köln",
        ],
        "R",
        10,
        5,
    )
    p.text(20, 86, "Rechnung", "B", 17, c=ink)
    # one header line with several label/value pairs
    pairs = [
        ("Rechnungsnr.:", "TW-2026-11-00412"),
        ("Rechnungsdatum:", "03.11.2026"),
        ("Kundennr.:", "K-20931"),
    ]
    x = 20
    for lab, val in pairs:
        x = p.text(x, 95, lab, "R", 8.5, c=grey) + 1.5
        x = p.text(x, 95, val, "B", 8.5, c=ink) + 7
    x = 20
    for lab, val in (
        ("Leistungszeitraum:", "03.11.2026 – 02.12.2026"),
        ("Zahlungsart:", "Kreditkarte (Visa •••• 4417)"),
    ):
        x = p.text(x, 100.5, lab, "R", 8.5, c=grey) + 1.5
        x = p.text(x, 100.5, val, "B", 8.5, c=ink) + 7
    y = 112
    p.para(
        20,
        y,
        "Vielen Dank für Ihr Abonnement. Für den oben genannten Leistungszeitraum "
        "berechnen wir Ihnen folgende Leistungen (alle Beträge in EUR):",
        170,
        "R",
        9,
        c=ink,
    )
    y = 126
    p.rect(20, y - 5, 170, 7.5, fill="#EEF2FA")
    cols = [
        (22, "Pos.", "l"),
        (32, "Beschreibung", "l"),
        (134, "Menge", "r"),
        (160, "Einzelpreis", "r"),
        (188, "Gesamt", "r"),
    ]
    for x, h, a in cols:
        p.text(x, y, h, "B", 8.5, a, c=ink)
    rows = [
        ("Business-Plan, monatlich", "pro Nutzer/Monat", 15, "12.00"),
        ("Zusatzspeicher 100 GB", "Speicherpaket", 1, "9.00"),
        ("Zeiterfassung Add-on", "pro Nutzer/Monat", 15, "2.50"),
        ("Gastzugänge", "bis 5 Gäste inklusive", 5, "0.00"),
    ]
    y += 8
    items, net = [], D(0)
    for i, (d, sub, qn, u) in enumerate(rows, 1):
        a = q2(D(u) * qn)
        net += a
        p.text(22, y, str(i), "R", 9, c=ink)
        p.text(32, y, d, "R", 9, c=ink)
        p.text(32, y + 4, sub, "R", 7.5, c=grey)
        p.text(134, y, str(qn), "R", 9, "r", c=ink)
        p.text(160, y, num(u, "de"), "R", 9, "r", c=ink)
        p.text(188, y, num(a, "de"), "R", 9, "r", c=ink)
        items.append(item(d, qn, u, a))
        y += 10
    p.hline(20, 190, y - 4, 0.3, "#C7CBD1")
    vat = q2(net * D("0.19"))
    tot = net + vat
    y += 2
    for lab, v, f in (("Zwischensumme netto", net, "R"), ("Umsatzsteuer 19 %", vat, "R")):
        p.text(160, y, lab, f, 9, "r", c=ink)
        p.text(188, y, num(v, "de"), f, 9, "r", c=ink)
        y += 5.5
    p.hline(120, 190, y - 3, 0.3, ink)
    p.text(160, y + 1.5, "Gesamtbetrag", "B", 10, "r", c=ink)
    p.text(188, y + 1.5, num(tot, "de"), "B", 10, "r", c=ink)
    p.hline(120, 190, y + 3.5, 0.3, ink)
    p.hline(120, 190, y + 4.3, 0.3, ink)
    y += 16
    p.rect(20, y, 170, 15, fill="#F4F7F4", r=2)
    p.text(25, y + 6, "Bereits bezahlt", "B", 9, c="#2F6B3A")
    p.text(
        25,
        y + 11,
        "Der Gesamtbetrag wurde am 03.11.2026 von Ihrer Kreditkarte abgebucht. "
        "Bitte nicht überweisen.",
        "R",
        8.5,
        c=ink,
    )
    y += 26
    p.para(
        20,
        y,
        "Fragen zu Ihrer Rechnung? Schreiben Sie uns an billing@taktwerk.io. Ihre "
        "Rechnungen finden Sie auch jederzeit in Ihrem Konto unter Einstellungen → "
        "Abrechnung.",
        170,
        "R",
        8.5,
        c=grey,
    )
    p.hline(20, 190, 272, 0.2, "#C7CBD1")
    foot = [
        ["Taktwerk GmbH", "Schanzenstraße 41a", "20357 Hamburg"],
        [
            "Geschäftsführung: Lennart Voss,",
            "Dr. Mira Okafor",
            "Amtsgericht Hamburg HRB 168204",
        ],
        ["USt-IdNr.: DE318422907", "St.-Nr.: 48/742/03315", "www.taktwerk.io"],
        ["Hamburger Sparkasse", "IBAN " + iban("DE", "200505501282447701"), "BIC HASPDEHHXXX"],
    ]
    for x, col in zip((20, 52, 100, 140), foot, strict=False):
        p.lines(x, 276.5, col, "R", 6.3, 3.1, c=grey)
    tr = truth(
        "TW-2026-11-00412",
        "2026-11-03",
        None,
        "Taktwerk GmbH",
        net,
        vat,
        tot,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        items,
        "header lines carry several label/value pairs each; amounts have no currency "
        "sign (the intro says 'alle Beträge in EUR'); already paid by card, no due "
        "date; wordmark 'Taktwerk', legal name Taktwerk GmbH beside it (keyed)",
    )
    return (
        p,
        tr,
        {
            "title": "Rechnung TW-2026-11-00412",
            "author": "Taktwerk GmbH",
            "creator": "Taktwerk Billing (wkhtmltopdf)",
        },
    )


def _inr(v) -> str:
    return "₹" + num(v, "in")


def _in_rows(p, xs, y, prods, ink):
    """The item rows of the Indian marketplace invoice: tax-inclusive prices split 18/118."""
    items, net_sum, tax_sum, tot_sum = [], D(0), D(0), D(0)
    for i, (desc, hsn, qn, tot) in enumerate(prods, 1):
        tot = D(tot)
        tax = q2(tot * 18 / 118)
        net = tot - tax
        net_sum += net
        tax_sum += tax
        tot_sum += tot
        lines = [*p.wrap(desc, "R", 7.5, 60), "HSN:" + hsn]
        h = 4 + len(lines) * 3.4
        p.text(16, y + 4, str(i), "R", 7.5, "c", c=ink)
        for k, ln in enumerate(lines):
            p.text(21, y + 4 + k * 3.4, ln, "R", 7.5, c=ink)
        for x, v in (
            (xs[3] - 1, _inr(net)),
            (xs[4] - 1, str(qn)),
            (xs[5] - 1, _inr(net)),
            (xs[6] - 1, "18%"),
            (xs[8] - 1, _inr(tax)),
            (xs[9] - 1, _inr(tot)),
        ):
            p.text(x, y + 4, v, "R", 7.5, "r", c=ink)
        p.text((xs[6] + xs[7]) / 2, y + 4, "IGST", "R", 7.5, "c", c=ink)
        items.append(item(desc.split(" | ")[0], qn, net, net))
        for x in xs:
            p.vline(x, y, y + h, 0.2)
        p.hline(12, 198, y + h, 0.2)
        y += h
    return y, items, net_sum, tax_sum, tot_sum


@doc("pdf")
def i04_in_marketplace_tax_invoice():
    p = Page(*A4)
    ink, grey = "#111111", "#555555"
    # platform header
    p.text(12, 20, "cartlane", "B", 20, c="#E4572E")
    p.text(12.5, 24.5, ".in", "R", 8, c=grey)
    p.lines(
        198,
        15,
        [("Tax Invoice/Bill of Supply/Cash Memo", "B", 10), ("(Original for Recipient)", "R", 8.5)],
        lead=5,
        a="r",
        c=ink,
    )
    gst = gstin("27", "AAKFV4821M")
    p.text(12, 36, "Sold By :", "B", 8.5, c=ink)
    y = p.lines(
        12,
        41,
        [
            "Vihaan Electronics LLP",
            "* Unit 4, Ground Floor, Sai Industrial Estate, LBS Marg,",
            "Kurla West",
            "Mumbai, MAHARASHTRA, 400070",
            "IN",
        ],
        "R",
        8,
        3.8,
        c=ink,
    )
    p.text(12, y + 3, "PAN No:", "B", 8, c=ink)
    p.text(26, y + 3, "AAKFV4821M", "R", 8, c=ink)
    p.text(12, y + 7, "GST Registration No:", "B", 8, c=ink)
    p.text(13 + width("GST Registration No:", "B", 8), y + 7, gst, "R", 8, c=ink)
    p.text(198, 36, "Billing Address :", "B", 8.5, "r", c=ink)
    p.lines(
        198,
        41,
        [
            "Karthik Raghunathan",
            "No. 112, 4th Cross, 6th Main, Indiranagar 2nd Stage",
            "BENGALURU, KARNATAKA, 560038",
            "IN",
            "State/UT Code: 29",
        ],
        "R",
        8,
        3.8,
        a="r",
        c=ink,
    )
    p.text(198, 64, "Shipping Address :", "B", 8.5, "r", c=ink)
    p.lines(
        198,
        69,
        [
            "Karthik Raghunathan",
            "No. 112, 4th Cross, 6th Main, Indiranagar 2nd Stage",
            "BENGALURU, KARNATAKA, 560038",
            "IN",
            "State/UT Code: 29",
            "Place of supply: KARNATAKA",
            "Place of delivery: KARNATAKA",
        ],
        "R",
        8,
        3.8,
        a="r",
        c=ink,
    )
    pairs_l = [("Order Number:", "402-7718345-2210953"), ("Order Date:", "14.11.2026")]
    pairs_r = [
        ("Invoice Number :", "BLR-DEL2-118422"),
        ("Invoice Date :", "15.11.2026"),
        ("Invoice Details :", "KA-DEL2-1034577-2627"),
    ]
    for i, (a, b) in enumerate(pairs_l):
        x = p.text(12, 98 + i * 4.5, a, "B", 8, c=ink)
        p.text(x + 1.5, 98 + i * 4.5, b, "R", 8, c=ink)
    for i, (a, b) in enumerate(pairs_r):
        p.text(198, 98 + i * 4.5, b, "R", 8, "r", c=ink)
        p.text(198 - width(b, "R", 8) - 1.5, 98 + i * 4.5, a, "B", 8, "r", c=ink)
    # table
    y0 = 114
    xs = [12, 20, 82, 104, 112, 134, 145, 156, 176, 198]
    heads = [
        ("Sl.", "No"),
        ("Description", ""),
        ("Unit", "Price"),
        ("Qty", ""),
        ("Net", "Amount"),
        ("Tax", "Rate"),
        ("Tax", "Type"),
        ("Tax", "Amount"),
        ("Total", "Amount"),
    ]
    p.rect(12, y0, 186, 10, fill="#D9D9D9")
    for i, (a, b) in enumerate(heads):
        cx = (xs[i] + xs[i + 1]) / 2
        p.text(cx, y0 + 4.2, a, "B", 7.5, "c", c=ink)
        if b:
            p.text(cx, y0 + 8, b, "B", 7.5, "c", c=ink)
    prods = [
        (
            "Sonix 164 cm (65 inches) Vision Pro Series 4K Ultra HD Smart QLED Google TV "
            "65SQ9 (Titanium Black) | B0DK7QX2RM ( 65SQ9-IN )",
            "85287217",
            1,
            "89990.00",
        ),
        (
            "Sonix Bar 520 Dolby Atmos 5.1 Channel Soundbar with Wireless Subwoofer "
            "(Black) | B0CX81NQ4T ( SB520 )",
            "85182200",
            1,
            "15499.00",
        ),
    ]
    y, items, net_sum, tax_sum, tot_sum = _in_rows(p, xs, y0 + 10, prods, ink)
    p.text(14, y + 4.5, "TOTAL:", "B", 8, c=ink)
    p.text(xs[8] - 1, y + 4.5, "₹" + num(tax_sum, "in"), "B", 7.5, "r", c=ink)
    p.text(xs[9] - 1, y + 4.5, "₹" + num(tot_sum, "in"), "B", 7.5, "r", c=ink)
    for x in (12, xs[7], xs[8], 198):
        p.vline(x, y, y + 6.5, 0.2)
    p.rect(12, y0, 186, y + 6.5 - y0, stroke=0, lw=0.3)
    y += 6.5
    p.hline(12, 198, y, 0.2)
    p.text(14, y + 4.5, "Amount in Words:", "B", 8, c=ink)
    p.text(14, y + 8.5, "One Lakh Five Thousand Four Hundred Eighty-nine only", "B", 8, c=ink)
    p.rect(12, y, 186, 11, stroke=0, lw=0.3)
    y += 11
    p.rect(12, y, 186, 20, stroke=0, lw=0.3)
    p.text(196, y + 5, "For Vihaan Electronics LLP:", "B", 8, "r", c=ink)
    p.line(150, y + 12, 192, y + 10, 0.4, "#1B3A8C")
    p.line(160, y + 9, 170, y + 13, 0.4, "#1B3A8C")
    p.text(196, y + 17, "Authorized Signatory", "B", 8, "r", c=ink)
    y += 24
    p.text(12, y, "Whether tax is payable under reverse charge - No", "R", 7.5, c=ink)
    y += 6
    xs2 = [12, 58, 100, 140, 198]
    hd = ["Payment Transaction ID:", "Date & Time:", "Invoice Value:", "Mode of Payment:"]
    vals = ["pA7Qx2LmTzR81Kf", "14/11/2026, 21:37:52 hrs", "₹" + num(tot_sum, "in"), "Credit Card"]
    for i in range(4):
        p.rect(xs2[i], y, xs2[i + 1] - xs2[i], 11, stroke=0, lw=0.2)
        p.text(xs2[i] + 2, y + 4.3, hd[i], "B", 7.5, c=ink)
        p.text(xs2[i] + 2, y + 8.6, vals[i], "R", 7.5, c=ink)
    y += 18
    p.para(
        12,
        y,
        "*ASSPL-Cartlane Seller Services Pvt. Ltd., ARIPL-Cartlane Retail India Pvt. "
        "Ltd. (only where Cartlane Retail India Pvt. Ltd. fulfillment center is co-located). "
        "Customers desirous of availing input GST credit are requested to create a Business "
        "account and purchase on Cartlane.in/business from Business eligible offers.",
        186,
        "R",
        6.8,
        c=grey,
    )
    p.text(
        105, 288, "Please note that this invoice is not a demand for payment", "R", 7, "c", c=grey
    )
    p.text(198, 292, "Page 1 of 1", "R", 7, "r", c=grey)
    tr = truth(
        "BLR-DEL2-118422",
        "2026-11-15",
        None,
        "Vihaan Electronics LLP",
        net_sum,
        tax_sum,
        tot_sum,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        items,
        "marketplace invoice: the seller (Sold By) is the vendor, not the platform "
        "'cartlane'; the order number and the 'Invoice Details' reference are not the "
        "invoice number; IGST 18 % inter-state; Indian digit grouping (1,05,489.00); "
        "paid by card, no due date",
    )
    return p, tr, {"title": "Invoice BLR-DEL2-118422", "creator": "Cartlane Invoicing Service"}


@doc("pdf")
def i05_us_saas_invoice():
    p = Page(*LETTER)
    ink, grey, acc = "#1A1F36", "#697386", "#635BFF"
    p.text(20, 28, "Invoice", "B", 20, c=ink)
    p.circle(186, 22, 6, fill=acc)
    p.text(186, 24.2, "L", "B", 11, "c", c="#FFFFFF")
    meta = [
        ("Invoice number", "LDG-7F21A0-0009"),
        ("Date of issue", "November 2, 2026"),
        ("Date due", "December 2, 2026"),
    ]
    for i, (a, b) in enumerate(meta):
        p.text(20, 40 + i * 5, a, "B", 8.5, c=ink)
        p.text(58, 40 + i * 5, b, "R", 8.5, c=ink)
    p.lines(
        20,
        62,
        [
            ("Ledgerly, Inc.", "B", 8.5),
            "1201 Western Avenue, Suite 400",
            "Seattle, Washington 98101",
            "United States",
            "+1 206-555-0148",
            "billing@ledgerly.com",
        ],
        "R",
        8.5,
        4.2,
        c=ink,
    )
    p.lines(
        90,
        62,
        [
            ("Bill to", "B", 8.5),
            "Pinecrest Dental Group, PLLC",
            "Attn: Accounts Payable",
            "2210 NE 65th Street",
            "Seattle, Washington 98115",
            "United States",
            "ap@pinecrestdental.com",
        ],
        "R",
        8.5,
        4.2,
        c=ink,
    )
    rows = [
        ("Ledgerly Growth", "Nov 2 – Dec 1, 2026", 12, "49.00"),
        ("API requests (per 1,000 over plan)", "Oct 2 – Nov 1, 2026", 250, "0.40"),
        ("Priority Support", "Nov 2 – Dec 1, 2026", 1, "149.00"),
    ]
    sub = sum(q2(D(u) * n) for *_, n, u in rows)
    disc = q2(sub * D("0.15"))
    net = sub - disc
    tax = q2(net * D("0.1035"))
    tot = net + tax
    p.text(20, 103, f"${num(tot)} USD due December 2, 2026", "B", 14, c=ink)
    p.text(20, 110, "Pay online", "R", 9, c=acc)
    p.hline(20, 37, 110.8, 0.2, acc)
    p.text(
        20,
        118,
        "Thanks for choosing Ledgerly. Your card will not be charged; please pay by "
        "ACH or wire to the account below.",
        "R",
        8.5,
        c=grey,
    )
    y = 132
    for x, h, a in (
        (20, "Description", "l"),
        (140, "Qty", "r"),
        (168, "Unit price", "r"),
        (196, "Amount", "r"),
    ):
        p.text(x, y, h, "R", 8, a, c=grey)
    p.hline(20, 196, y + 2, 0.3, "#E3E8EE")
    y += 8
    items = []
    for d, per, n, u in rows:
        a = q2(D(u) * n)
        p.text(20, y, d, "R", 9, c=ink)
        p.text(20, y + 4.3, per, "R", 8, c=grey)
        p.text(140, y, num(n, dp=0), "R", 9, "r", c=ink)
        p.text(168, y, "$" + num(u), "R", 9, "r", c=ink)
        p.text(196, y, "$" + num(a), "R", 9, "r", c=ink)
        items.append(item(d, n, u, a))
        y += 11
    p.hline(110, 196, y - 3, 0.3, "#E3E8EE")
    y += 2
    tl = [
        ("Subtotal", "$" + num(sub), "R"),
        ("NONPROFIT15 (15% off)", "-$" + num(disc), "R"),
        ("Total excluding tax", "$" + num(net), "R"),
        ("Sales tax - Washington (10.35% on $" + num(net) + ")", "$" + num(tax), "R"),
        ("Total", "$" + num(tot), "R"),
        ("Amount due", "$" + num(tot) + " USD", "B"),
    ]
    for lab, v, f in tl:
        p.text(112, y, lab, f, 8.5, c=ink)
        p.text(196, y, v, f, 8.5, "r", c=ink)
        p.hline(110, 196, y + 2.2, 0.2, "#E3E8EE")
        y += 6.5
    y += 8
    p.text(20, y, "Payment instructions", "B", 9, c=ink)
    p.lines(
        20,
        y + 5.5,
        [
            "Bank: Cascade Pacific Bank, N.A.",
            "Account name: Ledgerly, Inc.",
            "ACH routing: 125008547   Account: 4471 0293 88",
            "Wire routing: 125008547   SWIFT: CPBKUS66",
            "Reference: LDG-7F21A0-0009",
        ],
        "R",
        8.5,
        4.2,
        c=ink,
    )
    p.text(
        20, 266, "LDG-7F21A0-0009 · $" + num(tot) + " USD due December 2, 2026", "R", 7.5, c=grey
    )
    p.text(196, 266, "Page 1 of 1", "R", 7.5, "r", c=grey)
    tr = truth(
        "LDG-7F21A0-0009",
        "2026-11-02",
        "2026-12-02",
        "Ledgerly, Inc.",
        net,
        tax,
        tot,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items,
        "SaaS invoice (US Letter); a 15 % coupon in the totals block lowers the net; "
        "Washington sales tax on the discounted net; the lines are keyed before "
        "the discount, as printed",
    )
    return p, tr, {"title": "Invoice LDG-7F21A0-0009", "creator": "Ledgerly Billing"}


@doc("scan")
def i06_uk_energy_bill_scan():
    p = Page(*A4)
    ink, grey, green = "#1B1B1B", "#555555", "#2E7D4F"
    p.circle(24, 22, 6, fill=green)
    p.circle(24, 22, 3, fill="#FFFFFF")
    p.text(33, 24.5, "Brightwater", "B", 16, c=green)
    p.text(33, 29.5, "Energy", "R", 9, c=grey)
    p.text(190, 19, "Your energy bill", "B", 13, "r", c=ink)
    meta = [
        ("Bill date", "9 November 2026"),
        ("Account number", "4471 0829 316"),
        ("Bill number", "100482771"),
        ("Billing period", "8 Oct – 7 Nov 2026"),
    ]
    for i, (a, b) in enumerate(meta):
        p.text(128, 26 + i * 4.6, a, "R", 8.5, c=grey)
        p.text(190, 26 + i * 4.6, b, "B", 8.5, "r", c=ink)
    p.lines(
        20,
        50,
        ["Mr Daniel Okoro", "Flat 3, 27 Chesterfield Road", "Bristol", "BS6 5DN"],
        "R",
        10,
        4.8,
    )
    p.text(20, 75, "Supply address: Flat 3, 27 Chesterfield Road, Bristol BS6 5DN", "R", 8, c=grey)
    elec = [
        ("Electricity used", "312 kWh", 312, "0.2486", "24.86p per kWh"),
        ("Standing charge", "31 days", 31, "0.5335", "53.35p per day"),
    ]
    gas = [
        ("Gas used", "1,104 kWh", 1104, "0.0634", "6.34p per kWh"),
        ("Standing charge", "31 days", 31, "0.3267", "32.67p per day"),
    ]
    amts = {}
    for grp in (elec, gas):
        for _lab, _qs, qn, rate, rtxt in grp:
            amts[rtxt] = q2(D(rate) * qn)
    e_sub = sum(amts[r[4]] for r in elec)
    g_sub = sum(amts[r[4]] for r in gas)
    net = e_sub + g_sub
    vat = q2(net * D("0.05"))
    tot = net + vat
    # summary box
    p.rect(20, 82, 170, 34, stroke=green, lw=0.6, r=2)
    p.text(26, 91, "What you owe", "B", 11, c=ink)
    p.text(26, 102, "£" + num(tot), "B", 22, c=green)
    p.para(
        26,
        109,
        "This will be collected by Direct Debit on or just after 30 November "
        "2026. You don't need to do anything.",
        80,
        "R",
        8,
        c=grey,
    )
    summ = [
        ("Balance from last bill", "£0.00"),
        ("Electricity charges", "£" + num(e_sub)),
        ("Gas charges", "£" + num(g_sub)),
        ("VAT at 5%", "£" + num(vat)),
        ("Total charges this bill", "£" + num(tot)),
    ]
    for i, (a, b) in enumerate(summ):
        f = "B" if i == 4 else "R"
        p.text(118, 90 + i * 5, a, f, 8.5, c=ink)
        p.text(185, 90 + i * 5, b, f, 8.5, "r", c=ink)
    items = []
    y = 128

    def section(title, meter, reads, grp, sub, y):
        p.rect(20, y - 5, 170, 7, fill="#E8F1EC")
        p.text(22, y, title, "B", 9.5, c=ink)
        p.text(188, y, meter, "R", 8, "r", c=grey)
        y += 7
        p.text(22, y, reads, "R", 8, c=grey)
        y += 6
        for lab, qs, qn, rate, rtxt in grp:
            a = amts[rtxt]
            p.text(22, y, lab, "R", 9, c=ink)
            p.text(90, y, qs, "R", 9, "r", c=ink)
            p.text(96, y, "x", "R", 9, c=grey)
            p.text(102, y, rtxt, "R", 9, c=ink)
            p.text(188, y, "£" + num(a), "R", 9, "r", c=ink)
            items.append(item(f"{title.split(' ')[0]} {lab.lower()}", qn, rate, a))
            y += 5.5
        p.hline(140, 190, y - 3, 0.25)
        p.text(120, y + 1.5, "Total (excl. VAT)", "B", 9, c=ink)
        p.text(188, y + 1.5, "£" + num(sub), "B", 9, "r", c=ink)
        return y + 12

    y = section(
        "Electricity  (Fixed Saver Nov 2025)",
        "Meter 22L4471093  MPAN 10 1100 3582 194",
        "Readings: 8 Oct 14,221 (actual)  –  7 Nov 14,533 (smart)",
        elec,
        e_sub,
        y,
    )
    y = section(
        "Gas  (Fixed Saver Nov 2025)",
        "Meter G4A 01238846  MPRN 7421093385",
        "Readings: 8 Oct 3,410 (actual)  –  7 Nov 3,508 m³ (smart), x 11.26 = 1,104 kWh",
        gas,
        g_sub,
        y,
    )
    p.text(22, y, "VAT at 5% on £" + num(net), "R", 9, c=ink)
    p.text(188, y, "£" + num(vat), "R", 9, "r", c=ink)
    p.hline(20, 190, y + 3, 0.25)
    p.text(22, y + 9, "Total charges for this bill", "B", 10, c=ink)
    p.text(188, y + 9, "£" + num(tot), "B", 10, "r", c=ink)
    y += 22
    p.rect(20, y, 82, 30, fill="#F3F3F3")
    p.text(24, y + 6, "Could you pay less?", "B", 9, c=ink)
    p.para(
        24,
        y + 11,
        "Our Fixed Saver Nov 2026 tariff could save you about £38 a year. "
        "Compare at brightwater.co.uk/switch.",
        74,
        "R",
        8,
        c=ink,
    )
    p.rect(108, y, 82, 30, fill="#F3F3F3")
    p.text(112, y + 6, "Your estimated annual cost", "B", 9, c=ink)
    p.para(
        112,
        y + 11,
        "£1,742 for the next 12 months based on 3,120 kWh electricity and "
        "11,480 kWh gas, on your current tariff.",
        74,
        "R",
        8,
        c=ink,
    )
    p.hline(20, 190, 276, 0.25, grey)
    p.para(
        20,
        280,
        "Brightwater Energy Supply Ltd, 4 Temple Quay, Bristol BS1 6DZ. Registered "
        "in England and Wales no. 10483921. VAT registration no. "
        + gb_vat("2984173")
        + ". Questions? Call 0117 496 0832 or visit brightwater.co.uk/help. Emergencies: gas "
        "0800 111 999, power cut 105.",
        170,
        "R",
        6.8,
        c=grey,
    )
    tr = truth(
        "100482771",
        "2026-11-09",
        "2026-11-30",
        "Brightwater Energy",
        net,
        vat,
        tot,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        items,
        "utility bill: unit rates are printed in pence (keyed in pounds, e.g. 24.86p = "
        "0.2486); the brand 'Brightwater Energy' heads the page, the legal name "
        "(Brightwater Energy Supply Ltd) is in the footer; due date = the Direct Debit "
        "date printed in the box",
    )
    return p, tr, {"title": "Bill 100482771"}


@doc("scan")
def i07_es_factura_irpf_scan():
    p = Page(*A4)
    ink, grey, acc = "#222222", "#666666", "#B4472A"
    p.text(20, 26, "Lucía Ferrer", "SB", 20, c=acc)
    p.text(20, 32, "Diseño gráfico e ilustración", "SI", 10, c=grey)
    p.lines(
        20,
        42,
        [
            "Lucía Ferrer Ballester",
            "NIF: " + es_nif("48573126"),
            "C/ de Sueca, 31, 3º 2ª",
            "46006 València",
            "hola@luciaferrer.es · 654 21 87 30",
        ],
        "R",
        8.5,
        4.2,
        c=ink,
    )
    p.text(190, 26, "FACTURA", "B", 18, "r", c=ink)
    meta = [("Nº factura", "2026/047"), ("Fecha", "16/11/2026"), ("Vencimiento", "16/12/2026")]
    for i, (a, b) in enumerate(meta):
        p.text(150, 36 + i * 5, a + ":", "R", 9, "r", c=grey)
        p.text(190, 36 + i * 5, b, "B", 9, "r", c=ink)
    p.rect(112, 58, 78, 30, stroke="#BBBBBB", lw=0.3)
    p.text(116, 64, "CLIENTE", "B", 8, c=grey)
    p.lines(
        116,
        70,
        [
            "Cervezas Artesanas del Turia, S.L.",
            "CIF: " + es_cif("B", "9826413"),
            "Polígono Fuente del Jarro, C/ Ciudad de Sevilla, 14",
            "46988 Paterna (Valencia)",
        ],
        "R",
        8,
        4,
        c=ink,
    )
    y = 102
    p.rect(20, y - 5, 170, 7.5, fill="#F2E3DD")
    for x, h, a in (
        (23, "CONCEPTO", "l"),
        (130, "CANTIDAD", "r"),
        (160, "PRECIO", "r"),
        (187, "IMPORTE", "r"),
    ):
        p.text(x, y, h, "B", 8.5, a, c=ink)
    rows = [
        ("Diseño de etiquetas línea «Horta» (4 referencias)", 4, "350.00"),
        ("Adaptación de etiquetas a formato lata 33 cl", 2, "180.00"),
        ("Sesión fotográfica de producto (media jornada)", 1, "420.00"),
    ]
    items, base = [], D(0)
    y += 9
    for d, n, u in rows:
        a = q2(D(u) * n)
        base += a
        p.text(23, y, d, "R", 9, c=ink)
        p.text(130, y, str(n), "R", 9, "r", c=ink)
        p.text(160, y, num(u, "de") + " €", "R", 9, "r", c=ink)
        p.text(187, y, num(a, "de") + " €", "R", 9, "r", c=ink)
        items.append(item(d, n, u, a))
        p.hline(20, 190, y + 3, 0.2, "#DDDDDD")
        y += 8
    iva = q2(base * D("0.21"))
    irpf = q2(base * D("0.15"))
    tot = base + iva - irpf
    y += 6
    for lab, v, f in (
        ("BASE IMPONIBLE", num(base, "de") + " €", "R"),
        ("IVA (21 %)", num(iva, "de") + " €", "R"),
        ("RETENCIÓN IRPF (15 %)", "-" + num(irpf, "de") + " €", "R"),
    ):
        p.text(160, y, lab, f, 9, "r", c=ink)
        p.text(187, y, v, f, 9, "r", c=ink)
        y += 6
    p.rect(112, y - 3, 78, 10, fill=acc)
    p.text(116, y + 3.5, "TOTAL FACTURA", "B", 10.5, c="#FFFFFF")
    p.text(187, y + 3.5, num(tot, "de") + " €", "B", 10.5, "r", c="#FFFFFF")
    y += 22
    p.text(20, y, "Forma de pago", "B", 9.5, c=ink)
    p.lines(
        20,
        y + 6,
        [
            "Transferencia bancaria antes del 16/12/2026",
            "IBAN: " + iban("ES", "21000418450200051332"),
            "Titular: Lucía Ferrer Ballester",
            "Concepto: Factura 2026/047",
        ],
        "R",
        9,
        4.6,
        c=ink,
    )
    p.para(
        20,
        262,
        "Factura sujeta a retención del 15 % de IRPF a cuenta del impuesto sobre "
        "la renta (art. 101 Ley 35/2006). Los datos personales de esta factura se tratan "
        "conforme al RGPD para la gestión de la relación comercial.",
        170,
        "R",
        7,
        c=grey,
    )
    p.text(190, 285, "Página 1 de 1", "R", 7, "r", c=grey)
    tr = truth(
        "2026/047",
        "2026-11-16",
        "2026-12-16",
        "Lucía Ferrer",
        base,
        iva,
        tot,
        "EUR",
        "es-ES",
        "invoice",
        "invoice",
        items,
        "freelancer invoice: IVA 21 % added, IRPF 15 % withheld and deducted before "
        "the printed TOTAL FACTURA (total = base + IVA - IRPF); vat keys IVA only; "
        "vendor heading is the trade name 'Lucía Ferrer' (full name Lucía Ferrer "
        "Ballester below)",
    )
    return (
        p,
        tr,
        {
            "title": "Factura 2026/047",
            "author": "Lucía Ferrer Ballester",
            "creator": "LibreOffice Writer",
        },
    )


@doc("pdf")
def i08_it_fattura_cortesia():
    p = Page(*A4)
    ink, grey, head = "#000000", "#444444", "#E6E6E6"
    p.text(
        105,
        14,
        "Copia di cortesia – il documento fiscale è quello trasmesso al Sistema di "
        "Interscambio (SdI)",
        "I",
        7,
        "c",
        c=grey,
    )
    piva = it_piva("0318472120")
    piva_c = it_piva("0277418036")

    def box(x, y, w, title, rows):
        p.rect(x, y, w, 6, fill=head, stroke=0, lw=0.2)
        p.text(x + 2, y + 4.2, title, "B", 7.5, c=ink)
        yy = y + 10.5
        for a, b in rows:
            xx = p.text(x + 2, yy, a, "R", 7.3, c=ink)
            p.text(xx + 1.2, yy, b, "B", 7.3, c=ink)
            yy += 3.9
        p.rect(x, y, w, yy - y - 1.5, stroke=0, lw=0.2)

    box(
        12,
        20,
        90,
        "Cedente/prestatore (fornitore)",
        [
            ("Identificativo fiscale ai fini IVA:", "IT" + piva),
            ("Codice fiscale:", "RNLCHR79E58A944K"),
            ("Cognome nome:", "RINALDI CHIARA"),
            ("Regime fiscale:", "RF01 (ordinario)"),
            ("Indirizzo:", "Via Santo Stefano 42"),
            ("Comune:", "Bologna   Provincia: BO"),
            ("Cap:", "40125   Nazione: IT"),
            ("Telefono:", "051 644 2187"),
            ("Email:", "studio@rinaldicommercialista.it"),
        ],
    )
    box(
        108,
        20,
        90,
        "Cessionario/committente (cliente)",
        [
            ("Identificativo fiscale ai fini IVA:", "IT" + piva_c),
            ("Codice fiscale:", piva_c),
            ("Denominazione:", "OFFICINA MECCANICA BERTI S.R.L."),
            ("Indirizzo:", "Via dell'Industria 18/A"),
            ("Comune:", "Casalecchio di Reno   Provincia: BO"),
            ("Cap:", "40033   Nazione: IT"),
            ("Pec:", "officinaberti@pec.it"),
        ],
    )
    y = 66

    def grid(y, cols, heads, rows, fs=7.3):
        hh = 9.5 if any("\n" in h for h in heads) else 6.5
        p.rect(12, y, 186, hh, fill=head, stroke=0, lw=0.2)
        for (x, a), h in zip(cols, heads, strict=False):
            for k, part in enumerate(h.split("\n")):
                p.text(x, y + 4.4 + k * 3.3, part, "B", fs, a, c=ink)
        y0 = y
        y += hh
        for row in rows:
            for (x, a), v in zip(cols, row, strict=False):
                p.text(x, y + 4.4, v, "R", fs, a, c=ink)
            y += 6
        p.rect(12, y0, 186, y - y0, stroke=0, lw=0.2)
        return y

    y = grid(
        y,
        [(14, "l"), (58, "l"), (80, "l"), (122, "l"), (158, "l")],
        [
            "Tipologia documento",
            "Art. 73",
            "Numero documento",
            "Data documento",
            "Codice destinatario",
        ],
        [["TD01 fattura", "", "87/2026", "17-11-2026", "M5UXCR1"]],
    )
    rows = [
        ("", "Tenuta contabilità ordinaria – ottobre 2026", "1,00", "350.00"),
        ("", "Liquidazione IVA periodica e predisposizione modello F24", "1,00", "120.00"),
    ]
    items, imp = [], D(0)
    body = []
    for cod, d, qn, u in rows:
        a = q2(u)
        imp += a
        body.append([cod, d, qn, num(u, "de"), "", "", "22,00", num(a, "de")])
        items.append(item(d, "1", u, a))
    y = grid(
        y + 4,
        [
            (14, "l"),
            (30, "l"),
            (124, "r"),
            (144, "r"),
            (149, "l"),
            (168, "r"),
            (179, "r"),
            (196, "r"),
        ],
        [
            "Cod.\narticolo",
            "Descrizione",
            "Quantità",
            "Prezzo\nunitario",
            "UM",
            "Sconto o\nmagg.",
            "%IVA",
            "Prezzo\ntotale",
        ],
        body,
        7,
    )
    cassa = q2(imp * D("0.04"))
    base = imp + cassa
    iva = q2(base * D("0.22"))
    totdoc = base + iva
    rit = q2(imp * D("0.20"))
    netto = totdoc - rit
    y = grid(
        y + 4,
        [(14, "l"), (118, "r"), (134, "r"), (150, "r"), (164, "r"), (196, "r")],
        ["Dati della cassa previdenziale", "Imponibile", "%Contr.", "Ritenuta", "%IVA", "Importo"],
        [
            [
                "TC04 Cassa nazionale previdenza e assistenza dottori commercialisti",
                num(imp, "de"),
                "4,00",
                "SI",
                "22,00",
                num(cassa, "de"),
            ]
        ],
        7,
    )
    p.text(105, y + 6, "RIEPILOGHI IVA E TOTALI", "B", 8, "c", c=ink)
    y = grid(
        y + 9,
        [(14, "l"), (108, "r"), (130, "r"), (142, "r"), (170, "r"), (196, "r")],
        [
            "esigibilità iva / riferimenti normativi",
            "%IVA",
            "Spese\naccessorie",
            "Arr.",
            "Totale\nimponibile",
            "Totale\nimposta",
        ],
        [["I (esigibilità immediata)", "22,00", "", "", num(base, "de"), num(iva, "de")]],
        7,
    )
    y = grid(
        y + 4,
        [(14, "l"), (70, "l"), (120, "l"), (196, "r")],
        ["Importo bollo", "Sconto/Maggiorazione", "Arr.", "Totale documento"],
        [["", "", "", num(totdoc, "de")]],
        7,
    )
    y = grid(
        y + 4,
        [(14, "l"), (80, "r"), (112, "r"), (196, "r")],
        ["Dati ritenuta d'acconto", "Aliquota ritenuta", "Causale", "Importo ritenuta"],
        [["RT01 Ritenuta persone fisiche", "20,00", "A", num(rit, "de")]],
        7,
    )
    y = grid(
        y + 4,
        [(14, "l"), (56, "l"), (112, "l"), (148, "l"), (196, "r")],
        ["Modalità pagamento", "IBAN", "Istituto", "Data scadenza", "Importo"],
        [
            [
                "MP05 Bonifico",
                "IT60X0538702400000002417780",
                "BPER Banca",
                "15-12-2026",
                num(netto, "de"),
            ]
        ],
        7,
    )
    p.rect(118, y + 5, 80, 9, stroke=0, lw=0.4)
    p.text(121, y + 11, "NETTO A PAGARE", "B", 9, c=ink)
    p.text(195, y + 11, "EUR " + num(netto, "de"), "B", 9, "r", c=ink)
    p.para(
        12,
        y + 24,
        "Operazione soggetta a ritenuta d'acconto ai sensi dell'art. 25 DPR "
        "600/1973. Contributo integrativo 4% ai sensi dell'art. 11 L. 21/1986. Versione "
        "prodotta con foglio di stile SdI www.fatturapa.gov.it – FPR12.",
        186,
        "R",
        6.8,
        c=grey,
    )
    tr = truth(
        "87/2026",
        "2026-11-17",
        "2026-12-15",
        "RINALDI CHIARA",
        base,
        iva,
        netto,
        "EUR",
        "it-IT",
        "invoice",
        "invoice",
        items,
        "FatturaPA courtesy copy (labelled boxes and grids); amount = Totale "
        "imponibile 488,80 (fees 470,00 + 4 % cassa contribution 18,80); Totale "
        "documento 596,34, then 20 % ritenuta d'acconto 94,00 withheld: total = NETTO A "
        "PAGARE 502,34 (also the payment Importo); the seller is a person (Cognome "
        "nome RINALDI CHIARA)",
    )
    return p, tr, {"title": "Fattura 87/2026", "creator": "FatturaPA viewer"}


def _pl_rows(p, xs, y, rows, ink):
    """The Polish faktura's grid rows: net, VAT 23 % and gross per line."""
    items, net, vat = [], D(0), D(0)
    for i, (d, jm, n, u) in enumerate(rows, 1):
        a = q2(D(u) * n)
        v = q2(a * D("0.23"))
        net += a
        vat += v
        vals = [
            str(i),
            d,
            jm,
            num(n, "sp", 0),
            num(u, "sp"),
            num(a, "sp"),
            "23%",
            num(v, "sp"),
            num(a + v, "sp"),
        ]
        for k, val in enumerate(vals):
            if k == 1:
                p.text(xs[1] + 1.2, y + 4.6, val, "R", 7.5, c=ink)
            elif k in (0, 2, 6):
                p.text((xs[k] + xs[k + 1]) / 2, y + 4.6, val, "R", 7.5, "c", c=ink)
            else:
                p.text(xs[k + 1] - 1.2, y + 4.6, val, "R", 7.5, "r", c=ink)
        items.append(item(d, n, u, a))
        y += 6.5
    for x in xs:
        p.vline(x, 100, y, 0.2)
    for yy in [100, 109] + [109 + 6.5 * k for k in range(1, len(rows) + 1)]:
        p.hline(20, 190, yy, 0.2)
    return y, items, net, vat


def _pl_summary(p, xs, y, net, vat, bru, ink):
    """'Razem' and 'w tym' rows under the Polish grid."""
    p.text(xs[5] - 2, y + 4.6, "Razem:", "B", 7.5, "r", c=ink)
    p.text(xs[5] - 2, y + 11.1, "w tym:", "R", 7.5, "r", c=ink)
    for k, val in ((5, num(net, "sp")), (6, ""), (7, num(vat, "sp")), (8, num(bru, "sp"))):
        p.text(xs[k + 1] - 1.2, y + 4.6, val, "B", 7.5, "r", c=ink)
    for k, val in ((5, num(net, "sp")), (6, "23%"), (7, num(vat, "sp")), (8, num(bru, "sp"))):
        if k == 6:
            p.text((xs[6] + xs[7]) / 2, y + 11.1, val, "R", 7.5, "c", c=ink)
        else:
            p.text(xs[k + 1] - 1.2, y + 11.1, val, "R", 7.5, "r", c=ink)
    for yy in (y, y + 6.5, y + 13):
        p.hline(xs[5], 190, yy, 0.2)
    for x in xs[5:]:
        p.vline(x, y, y + 13, 0.2)
    return y


@doc("scan")
def i09_pl_faktura_vat_scan():
    p = Page(*A4)
    ink, grey = "#000000", "#444444"
    p.text(20, 22, "DRUKARNIA", "B", 9, c=grey)
    p.text(20, 30, "Kolorownia", "SB", 20, c=ink)
    p.lines(
        190,
        16,
        [
            "Miejsce wystawienia: Poznań",
            "Data wystawienia: 2026-11-09",
            "Data sprzedaży: 2026-11-09",
        ],
        "R",
        8.5,
        4.4,
        a="r",
        c=ink,
    )
    p.text(105, 46, "Faktura VAT nr FV/214/11/2026", "B", 14, "c", c=ink)
    p.text(105, 51.5, "ORYGINAŁ", "R", 8, "c", c=grey)
    p.hline(20, 190, 56, 0.3)
    p.text(20, 62, "Sprzedawca:", "B", 9, c=ink)
    p.lines(
        20,
        67,
        [
            "Kolorownia Sp. z o.o.",
            "ul. Głogowska 148/3",
            "60-126 Poznań",
            "NIP: " + pl_nip("779241836"),
            "Bank: mBank S.A.",
            "Konto: " + iban("PL", "114020040000360212345678"),
        ],
        "R",
        8.5,
        4.3,
        c=ink,
    )
    p.text(112, 62, "Nabywca:", "B", 9, c=ink)
    p.lines(
        112,
        67,
        [
            "Pracownia Mebli Dębowy Stół",
            "Katarzyna Wróbel",
            "ul. Leśna 7",
            "62-052 Komorniki",
            "NIP: " + pl_nip("777310482"),
        ],
        "R",
        8.5,
        4.3,
        c=ink,
    )
    y = 100
    xs = [20, 28, 84, 94, 106, 124, 143, 157, 172, 190]
    hd = [
        ("Lp.",),
        ("Nazwa towaru lub usługi",),
        ("J.m.",),
        ("Ilość",),
        ("Cena", "netto"),
        ("Wartość", "netto"),
        ("Stawka", "VAT"),
        ("Kwota", "VAT"),
        ("Wartość", "brutto"),
    ]
    p.rect(20, y, 170, 9, fill="#E0E0E0")
    for i, h in enumerate(hd):
        cx = (xs[i] + xs[i + 1]) / 2
        p.text(cx, y + (3.8 if len(h) == 2 else 5.8), h[0], "B", 7, "c", c=ink)
        if len(h) == 2:
            p.text(cx, y + 7.3, h[1], "B", 7, "c", c=ink)
    rows = [
        ("Ulotki A5 4+4, kreda błysk 135 g", "szt.", 5000, "0.19"),
        ("Wizytówki 90x50, 350 g, folia mat", "op.", 10, "42.00"),
        ("Roll-up 85x200 cm z torbą", "szt.", 2, "289.00"),
        ("Transport – kurier", "usł.", 1, "35.00"),
    ]
    y, items, net, vat = _pl_rows(p, xs, y + 9, rows, ink)
    bru = net + vat
    y = _pl_summary(p, xs, y + 3, net, vat, bru, ink)
    y += 24
    p.text(20, y, "Do zapłaty:", "B", 11, c=ink)
    p.text(48, y, num(bru, "sp") + " PLN", "B", 11, c=ink)
    p.text(
        20, y + 6, "Słownie: dwa tysiące czterysta trzydzieści dziewięć PLN 09/100", "R", 8.5, c=ink
    )
    p.lines(
        20,
        y + 14,
        ["Sposób płatności: przelew", "Termin płatności: 2026-11-23"],
        "R",
        8.5,
        4.5,
        c=ink,
    )
    y += 40
    p.hline(25, 85, y, 0.2, dash=[1, 1])
    p.hline(125, 185, y, 0.2, dash=[1, 1])
    p.text(55, y + 4, "Osoba upoważniona do odbioru", "R", 7, "c", c=grey)
    p.text(155, y + 4, "Osoba upoważniona do wystawienia", "R", 7, "c", c=grey)
    p.text(155, y - 2, "Tomasz Nowicki", "I", 9, "c", c="#1B3A8C")
    p.text(
        20,
        285,
        "Kolorownia Sp. z o.o., Sąd Rejonowy Poznań – Nowe Miasto i Wilda, "
        "KRS 0000612894, kapitał zakładowy 50 000 zł",
        "R",
        6.5,
        c=grey,
    )
    tr = truth(
        "FV/214/11/2026",
        "2026-11-09",
        "2026-11-23",
        "Kolorownia Sp. z o.o.",
        net,
        vat,
        bru,
        "PLN",
        "pl-PL",
        "invoice",
        "invoice",
        items,
        "Polish faktura VAT; 1 234,56 number style; lines print net and gross, the net "
        "(Wartość netto) is keyed; the wordmark 'Kolorownia' heads the page, the "
        "legal name under Sprzedawca is keyed",
    )
    return p, tr, {"title": "FV/214/11/2026"}


def _br_party(p, y, title, rows, ink, grey, L=12, R=198):
    """A PRESTADOR / TOMADOR block of the NFS-e: a grey title band and label/value rows."""
    p.rect(L, y, R - L, 5.5, fill="#DADADA")
    p.text(105, y + 4, title, "B", 8, "c", c=ink)
    yy = y + 10
    for row in rows:
        x = 15
        for lab, val in row:
            xx = p.text(x, yy, lab, "R", 7.5, c=grey)
            p.text(xx + 1.2, yy, val, "B", 7.5, c=ink)
            x += 62 if len(row) == 3 else 93
        yy += 4.6
    p.hline(L, R, yy - 1.5, 0.35)
    return yy - 1.5


@doc("pdf")
def i10_br_nfse():
    p = Page(*A4)
    ink, grey = "#000000", "#333333"
    L, R = 12, 198
    p.rect(L, 10, R - L, 277, stroke=0, lw=0.35)
    # header: coat of arms, city, title, number box
    p.circle(27, 25, 9, stroke=0, lw=0.4)
    p.circle(27, 25, 6.5, stroke=0, lw=0.2)
    p.poly([(27, 19.5), (31, 25), (27, 30.5), (23, 25)], stroke=0, lw=0.3)
    p.lines(
        40,
        18,
        [
            ("PREFEITURA MUNICIPAL DE CURITIBA", "B", 10),
            ("SECRETARIA MUNICIPAL DE FINANÇAS", "R", 8),
            ("NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e", "B", 9.5),
        ],
        lead=5.2,
        c=ink,
    )
    p.vline(148, 10, 40, 0.35)
    p.hline(L, R, 40, 0.35)
    for i, (a, b) in enumerate(
        (
            ("Número da Nota", "00004127"),
            ("Data e Hora de Emissão", "12/11/2026 10:42:18"),
            ("Código de Verificação", "7KQ2-XW9M"),
        )
    ):
        p.text(150, 14 + i * 9, a, "R", 6.8, c=grey)
        p.text(196, 18.5 + i * 9, b, "B", 8.5, "r", c=ink)
        if i < 2:
            p.hline(148, R, 20.5 + i * 9, 0.2)

    def party(y, title, rows):
        return _br_party(p, y, title, rows, ink, grey)

    cnpj = br_cnpj("384127550001")
    y = party(
        40,
        "PRESTADOR DE SERVIÇOS",
        [
            [("CPF/CNPJ:", cnpj), ("Inscrição Municipal:", "0801.2234.5519-4")],
            [("Nome/Razão Social:", "PIXELNORTE DESENVOLVIMENTO DE SOFTWARE LTDA")],
            [("Endereço:", "R. Desembargador Motta, 1870, Sala 904 - Mercês - CEP 80250-060")],
            [
                ("Município:", "Curitiba"),
                ("UF:", "PR"),
                ("E-mail:", "financeiro@pixelnorte.com.br"),
            ],
        ],
    )
    y = party(
        y,
        "TOMADOR DE SERVIÇOS",
        [
            [("CPF/CNPJ:", br_cnpj("291844030001")), ("Inscrição Municipal:", "-----")],
            [("Nome/Razão Social:", "ARMAZÉM SERRA VERDE COMÉRCIO DE ALIMENTOS LTDA")],
            [("Endereço:", "Av. Sete de Setembro, 4432, Loja 2 - Batel - CEP 80240-000")],
            [("Município:", "Curitiba"), ("UF:", "PR"), ("E-mail:", "compras@serraverde.com.br")],
        ],
    )
    p.rect(L, y, R - L, 5.5, fill="#DADADA")
    p.text(105, y + 4, "DISCRIMINAÇÃO DOS SERVIÇOS", "B", 8, "c", c=ink)
    total = D("8500.00")
    iss = q2(total * D("0.02"))
    disc = [
        "Desenvolvimento de loja virtual (e-commerce) com integração ao ERP e meios de "
        "pagamento, conforme proposta comercial nº 2026-031.",
        "Parcela 2/3 - entrega do módulo de catálogo, carrinho e checkout.",
        "",
        "Vencimento: 26/11/2026 - pagamento via boleto bancário.",
        "",
        "Valor aproximado dos tributos: R$ 1.143,25 (13,45%). Fonte: IBPT.",
    ]
    yy = y + 11
    for ln in disc:
        yy = p.para(15, yy, ln, 178, "R", 8) if ln else yy + 3
    y = y + 70
    p.hline(L, R, y, 0.35)
    p.rect(L, y, R - L, 9, fill="#EFEFEF")
    p.text(105, y + 6.2, "VALOR TOTAL DO SERVIÇO = R$ " + num(total, "pt"), "B", 11, "c", c=ink)
    y += 9
    p.hline(L, R, y, 0.35)
    cells = [
        ("INSS (R$)", "0,00"),
        ("IRRF (R$)", "0,00"),
        ("CSLL (R$)", "0,00"),
        ("COFINS (R$)", "0,00"),
        ("PIS/PASEP (R$)", "0,00"),
    ]
    w = (R - L) / 5
    for i, (a, b) in enumerate(cells):
        p.text(L + i * w + 2, y + 4, a, "R", 6.8, c=grey)
        p.text(L + (i + 1) * w - 2, y + 8.5, b, "B", 8, "r", c=ink)
        if i:
            p.vline(L + i * w, y, y + 10, 0.2)
    y += 10
    p.hline(L, R, y, 0.35)
    p.text(14, y + 4, "Código do Serviço", "R", 6.8, c=grey)
    p.text(14, y + 8.5, "01.01 - Análise e desenvolvimento de sistemas.", "B", 8, c=ink)
    y += 10
    p.hline(L, R, y, 0.35)
    cells = [
        ("Valor Total das Deduções (R$)", "0,00"),
        ("Base de Cálculo (R$)", num(total, "pt")),
        ("Alíquota (%)", "2,00"),
        ("Valor do ISS (R$)", num(iss, "pt")),
        ("Crédito (R$)", "0,00"),
    ]
    for i, (a, b) in enumerate(cells):
        p.text(L + i * w + 2, y + 4, a, "R", 6.3, c=grey)
        p.text(L + (i + 1) * w - 2, y + 8.5, b, "B", 8, "r", c=ink)
        if i:
            p.vline(L + i * w, y, y + 10, 0.2)
    y += 10
    p.hline(L, R, y, 0.35)
    p.rect(L, y, R - L, 5.5, fill="#DADADA")
    p.text(105, y + 4, "OUTRAS INFORMAÇÕES", "B", 8, "c", c=ink)
    yy = y + 10
    for ln in (
        "- Esta NFS-e foi emitida com respaldo na Lei Complementar nº 116/2003 e no "
        "Decreto Municipal nº 2.254/2026.",
        "- Documento emitido por ME ou EPP optante pelo Simples Nacional.",
        "- Não gera direito a crédito fiscal de IPI.",
        "- O ISS desta NFS-e será recolhido pelo prestador (não retido).",
        "- Autenticidade: consulte isscuritiba.curitiba.pr.gov.br informando o CNPJ "
        "do prestador, o número da nota e o código de verificação.",
    ):
        yy = p.para(15, yy, ln, 178, "R", 7.5)
    p.qr(
        170,
        yy + 4,
        22,
        "https://isscuritiba.curitiba.pr.gov.br/nfse/verifica?cnpj="
        + "".join(ch for ch in cnpj if ch.isdigit())
        + "&n=4127&cv=7KQ2XW9M",
    )
    items = [item("Desenvolvimento de loja virtual (e-commerce) - parcela 2/3", None, None, total)]
    tr = truth(
        "00004127",
        "2026-11-12",
        "2026-11-26",
        "PIXELNORTE DESENVOLVIMENTO DE SOFTWARE LTDA",
        total - iss,
        iss,
        total,
        "BRL",
        "pt-BR",
        "invoice",
        "invoice",
        items,
        "municipal NFS-e; the service value includes ISS 2 % (Valor do ISS 170,00, not "
        "added and not withheld): vat = ISS, amount = total - ISS; the IBPT 'valor "
        "aproximado dos tributos' is informative, not a tax line; due date from the "
        "'Vencimento' line in the service description; one service, no quantity",
    )
    return p, tr, {"title": "NFS-e 00004127", "creator": "ISS Curitiba"}


@doc("pdf")
def i11_jp_invoice_english():
    p = Page(*A4)
    ink, grey, red = "#1A1A1A", "#555555", "#C8302C"
    p.text(105, 24, "INVOICE", "B", 20, "c", c=ink, cs=4)
    p.hline(80, 130, 27, 0.5)
    p.lines(
        190,
        36,
        [
            "Issue Date: 2026/11/04",
            "Invoice No.: KDS-2611-017",
            "Registration No.: " + jp_corp("401100082715"),
        ],
        "R",
        8.5,
        4.8,
        a="r",
        c=ink,
    )
    p.text(20, 44, "Hoshino Coffee Roasters Inc.", "B", 12, c=ink)
    p.hline(20, 102, 46.5, 0.4)
    p.text(20, 52, "Attn: Mr. Kenta Hoshino, Marketing Dept.", "R", 8.5, c=ink)
    p.text(20, 60, "We hereby submit our invoice as follows.", "R", 8.5, c=ink)
    p.lines(
        190,
        56,
        [
            ("Kiriko Design Studio Co., Ltd.", "B", 9.5),
            "5F Jingumae Terrace, 3-18-7 Jingumae",
            "Shibuya-ku, Tokyo 150-0001, Japan",
            "TEL 03-6447-2190",
            "accounts@kiriko-design.jp",
        ],
        "R",
        8,
        4.3,
        a="r",
        c=ink,
    )
    # seal
    p.rect(171, 78, 15, 15, stroke=red, lw=0.6)
    p.text(178.5, 84, "KIRIKO", "B", 5.5, "c", c=red)
    p.text(178.5, 88.5, "DESIGN", "B", 5.5, "c", c=red)
    rows = [
        ("Website renewal - art direction & design (top + 6 templates)", 1, "set", "480000", False),
        ("Front-end coding (responsive, CMS integration)", 1, "set", "320000", False),
        ("Product photography, half day (studio)", 1, "day", "65000", False),
        ("Lunch boxes for client workshop (take-out) *", 12, "pcs", "1200", True),
    ]
    b10 = sum(D(u) * n for _, n, _, u, red_ in rows if not red_)
    b8 = sum(D(u) * n for _, n, _, u, red_ in rows if red_)
    t10 = (b10 * D("0.10")).quantize(Decimal("1"), rounding="ROUND_DOWN")
    t8 = (b8 * D("0.08")).quantize(Decimal("1"), rounding="ROUND_DOWN")
    sub = b10 + b8
    tot = sub + t10 + t8
    p.rect(20, 68, 82, 14, stroke=ink, lw=0.5)
    p.rect(20, 68, 30, 14, fill="#EDEDED", stroke=ink, lw=0.5)
    p.text(35, 74, "Total Amount", "B", 8.5, "c", c=ink)
    p.text(35, 78.5, "(tax incl.)", "R", 7, "c", c=ink)
    p.text(99, 77.5, "¥" + num(tot, dp=0) + "-", "B", 15, "r", c=ink)
    p.text(20, 89, "Payment due: 2026/11/30", "B", 8.5, c=ink)
    y = 100
    xs = [20, 118, 130, 142, 166, 190]
    p.rect(20, y, 170, 7, fill="#EDEDED", stroke=ink, lw=0.3)
    for (a, b), h in zip(
        ((20, 118), (118, 130), (130, 142), (142, 166), (166, 190)),
        ("Description", "Qty", "Unit", "Unit Price", "Amount"),
        strict=False,
    ):
        p.text((a + b) / 2, y + 4.8, h, "B", 8, "c", c=ink)
    y += 7
    items = []
    for d, n, u_, u, _ in rows:
        a = D(u) * n
        p.text(22, y + 4.8, d, "R", 7.8, c=ink)
        p.text(128, y + 4.8, str(n), "R", 8, "r", c=ink)
        p.text(136, y + 4.8, u_, "R", 8, "c", c=ink)
        p.text(164, y + 4.8, "¥" + num(u, dp=0), "R", 8, "r", c=ink)
        p.text(188, y + 4.8, "¥" + num(a, dp=0), "R", 8, "r", c=ink)
        items.append(item(d.rstrip(" *"), n, u, a))
        y += 7
    for _ in range(3):
        y += 7
    for x in xs:
        p.vline(x, 100, y, 0.3)
    for k in range(1, len(rows) + 4):
        p.hline(20, 190, 107 + k * 7, 0.2)
    y += 4
    summ = [
        ("Subtotal", sub),
        ("Consumption tax 10%", t10),
        ("Consumption tax 8% *", t8),
        ("Total", tot),
    ]
    for a, v in summ:
        f = "B" if a == "Total" else "R"
        p.rect(130, y, 60, 7, stroke=ink, lw=0.3, fill="#EDEDED" if f == "B" else None)
        p.text(133, y + 4.8, a, f, 8, c=ink)
        p.text(188, y + 4.8, "¥" + num(v, dp=0), f, 8, "r", c=ink)
        y += 7
    y += 6
    p.text(20, y, "Breakdown by tax rate", "B", 8.5, c=ink)
    y += 2
    for i, row in enumerate(
        (
            ("", "Taxable amount", "Consumption tax"),
            ("10% items", "¥" + num(b10, dp=0), "¥" + num(t10, dp=0)),
            ("8% items (reduced rate)", "¥" + num(b8, dp=0), "¥" + num(t8, dp=0)),
        )
    ):
        p.rect(20, y, 110, 6.5, stroke=ink, lw=0.2, fill="#EDEDED" if i == 0 else None)
        p.text(22, y + 4.5, row[0], "R", 7.8, c=ink)
        p.text(92, y + 4.5, row[1], "B" if i == 0 else "R", 7.8, "r", c=ink)
        p.text(128, y + 4.5, row[2], "B" if i == 0 else "R", 7.8, "r", c=ink)
        y += 6.5
    p.text(20, y + 5, "* marks items subject to the reduced tax rate (8%).", "R", 7.5, c=grey)
    y += 16
    p.rect(20, y, 170, 30, stroke=ink, lw=0.3)
    p.text(23, y + 6, "Bank transfer details", "B", 8.5, c=ink)
    p.lines(
        23,
        y + 12,
        [
            "MUFG Bank, Ltd.  Shibuya Branch (135)",
            "Ordinary account No. 1234567",
            "Account name: Kiriko Design Studio Co., Ltd. (KK KIRIKO DESIGN STUDIO)",
            "Please note that bank transfer fees are to be borne by the payer.",
        ],
        "R",
        8,
        4.4,
        c=ink,
    )
    p.text(105, 285, "1 / 1", "R", 7.5, "c", c=grey)
    tr = truth(
        "KDS-2611-017",
        "2026-11-04",
        "2026-11-30",
        "Kiriko Design Studio Co., Ltd.",
        sub,
        t10 + t8,
        tot,
        "JPY",
        "en-JP",
        "invoice",
        "invoice",
        items,
        "Japanese qualified invoice printed in English (no CJK font installed); yen "
        "without decimals; consumption tax added per rate (10 % and reduced 8 %, "
        "rounded down); the 'T' number is the invoice registration number, not the "
        "invoice number; client name and address block are the buyer's",
    )
    return p, tr, {"title": "Invoice KDS-2611-017", "creator": "Microsoft Excel"}


@doc("photo")
def i12_au_internet_bill_photo():
    p = Page(*A4)
    ink, grey, acc = "#14213D", "#5C6378", "#F2A541"
    p.rect(0, 0, 210, 30, fill=ink)
    p.circle(26, 15, 7, fill=acc)
    p.circle(28.5, 13, 1.6, fill=ink)
    p.text(37, 17, "Kookaburra", "B", 17, c="#FFFFFF")
    p.text(37, 22.5, "BROADBAND", "R", 7.5, c=acc, cs=1.5)
    p.text(190, 17, "Tax Invoice", "B", 14, "r", c="#FFFFFF")
    abn = au_abn("418277301")
    p.text(190, 23, "ABN " + abn, "R", 8, "r", c="#C9CFDD")
    p.lines(
        20,
        42,
        ["Ms Priya Natarajan", "14/82 Station Street", "FAIRFIELD VIC 3078"],
        "R",
        10,
        4.8,
        c=ink,
    )
    meta = [
        ("Account number", "1048 2277"),
        ("Invoice number", "INV-30918422"),
        ("Issue date", "10 Nov 2026"),
        ("Service", "nbn® Home Fast 100/20"),
    ]
    for i, (a, b) in enumerate(meta):
        p.text(20, 66 + i * 5, a, "R", 8.5, c=grey)
        p.text(52, 66 + i * 5, b, "B", 8.5, c=ink)
    rows = [
        ("nbn® Home Fast 100/20 – monthly plan", "10 Nov – 9 Dec 2026", "89.00"),
        ("Static IP address", "10 Nov – 9 Dec 2026", "5.00"),
        ("Home phone – 12 calls (see call details)", "10 Oct – 9 Nov 2026", "10.90"),
    ]
    tot = sum(D(a) for *_, a in rows)
    gst = q2(tot / 11)
    p.rect(120, 40, 70, 44, fill="#FDF3E3", r=3)
    p.text(125, 49, "Amount due", "R", 9.5, c=grey)
    p.text(125, 61, "$" + num(tot), "B", 22, c=ink)
    p.text(125, 70, "Due date", "R", 9, c=grey)
    p.text(125, 77, "24 Nov 2026", "B", 11, c=ink)
    y = 98
    p.text(20, y, "Account summary", "B", 11, c=ink)
    y += 7
    for a, b in (
        ("Previous balance", "$99.90"),
        ("Payment received 24 Oct – thank you", "-$99.90"),
        ("New charges this invoice", "$" + num(tot)),
        ("Total amount due", "$" + num(tot)),
    ):
        f = "B" if a.startswith("Total") else "R"
        p.text(20, y, a, f, 9, c=ink)
        p.text(190, y, b, f, 9, "r", c=ink)
        p.hline(20, 190, y + 2, 0.15, "#D5D9E2")
        y += 6
    y += 8
    p.text(20, y, "Your new charges", "B", 11, c=ink)
    y += 7
    items = []
    for d, per, a in rows:
        p.text(20, y, d, "R", 9, c=ink)
        p.text(110, y, per, "R", 8.5, c=grey)
        p.text(190, y, "$" + num(a), "R", 9, "r", c=ink)
        items.append(item(d, None, None, a))
        p.hline(20, 190, y + 2, 0.15, "#D5D9E2")
        y += 6
    p.text(20, y + 1, "Total new charges (incl. GST)", "B", 9, c=ink)
    p.text(190, y + 1, "$" + num(tot), "B", 9, "r", c=ink)
    p.text(20, y + 7, "GST included in new charges", "R", 9, c=grey)
    p.text(190, y + 7, "$" + num(gst), "R", 9, "r", c=grey)
    y += 20
    p.rect(20, y, 170, 26, stroke="#D5D9E2", lw=0.3, r=2)
    p.text(25, y + 7, "Direct debit", "B", 9, c=ink)
    p.para(
        25,
        y + 12,
        "You're not on direct debit. Set it up in the Kookaburra app and we'll "
        "take the amount due automatically on the due date – no late fees, no "
        "reminders.",
        160,
        "R",
        8.5,
        c=ink,
    )
    # payment slip
    y = 232
    p.hline(10, 200, y, 0.3, grey, dash=[2, 2])
    p.text(20, y + 5, "✂ Payment slip", "R", 7.5, c=grey)
    p.rect(20, y + 9, 80, 30, stroke=ink, lw=0.4)
    p.rect(22, y + 12, 22, 10, stroke=ink, lw=0.5)
    p.text(33, y + 19, "BPAY", "B", 10, "c", c=ink)
    p.lines(48, y + 15, ["Biller Code: 284117", "Ref: 1048 2277 9"], "B", 8.5, 4.8, c=ink)
    p.para(
        23,
        y + 28,
        "Telephone & Internet Banking – BPAY®. Contact your bank to make "
        "this payment from your account.",
        74,
        "R",
        6.8,
        c=grey,
    )
    p.lines(
        110,
        y + 14,
        [
            "Pay online at kookaburra.net.au/pay",
            "Pay by phone: 1300 665 214 (Visa, Mastercard)",
            "Account number: 1048 2277",
            "Amount due: $" + num(tot) + "   Due: 24 Nov 2026",
        ],
        "R",
        8.5,
        5,
        c=ink,
    )
    p.text(
        105,
        288,
        "Kookaburra Broadband Pty Ltd · ABN " + abn + " · PO Box 2277, "
        "Collingwood VIC 3066 · 1300 665 214",
        "R",
        7,
        "c",
        c=grey,
    )
    tr = truth(
        "INV-30918422",
        "2026-11-10",
        "2026-11-24",
        "Kookaburra Broadband",
        tot - gst,
        gst,
        tot,
        "AUD",
        "en-AU",
        "invoice",
        "invoice",
        items,
        "Australian tax invoice with prices incl. GST ('GST included $9.54'): vat = "
        "that GST, amount = total - GST; account summary nets the previous balance "
        "against a payment; brand 'Kookaburra Broadband' heads the page (legal name "
        "with Pty Ltd in the footer); charges print no quantities",
    )
    return p, tr, {"title": "Tax Invoice INV-30918422"}


@doc("scan")
def i13_ca_agency_invoice_scan():
    p = Page(*LETTER)
    ink, grey, acc = "#222222", "#666666", "#B3261E"
    p.poly([(20, 30), (26, 18), (32, 30)], fill=acc)
    p.poly([(27, 30), (33, 20), (39, 30)], fill="#E8867F")
    p.text(44, 25, "Maple & Pixel", "B", 16, c=ink)
    p.text(44, 30.5, "Studio Inc.", "R", 9, c=grey)
    p.lines(
        196,
        20,
        [
            "300 – 161 Spadina Avenue",
            "Toronto, ON  M5V 2L6",
            "hello@mapleandpixel.ca",
            "(416) 555-0172",
        ],
        "R",
        8.5,
        4.3,
        a="r",
        c=grey,
    )
    bn = "81234567"
    bn = bn + luhn_digit(bn)
    p.text(20, 48, "INVOICE", "B", 22, c=acc)
    meta = [
        ("Invoice #", "2026-118"),
        ("Date", "November 17, 2026"),
        ("Due Date", "December 17, 2026"),
        ("Terms", "Net 30"),
    ]
    for i, (a, b) in enumerate(meta):
        p.text(140, 40 + i * 5, a, "B", 8.5, c=ink)
        p.text(196, 40 + i * 5, b, "R", 8.5, "r", c=ink)
    p.text(20, 64, "BILL TO", "B", 8, c=grey)
    p.lines(
        20,
        69.5,
        [
            "Lakeshore Physiotherapy Clinics Ltd.",
            "Attn: Sarah Mendes, Operations",
            "2250 Lake Shore Blvd W, Unit 4",
            "Etobicoke, ON  M8V 3X7",
        ],
        "R",
        9.5,
        4.6,
        c=ink,
    )
    p.text(120, 64, "PROJECT", "B", 8, c=grey)
    p.lines(
        120,
        69.5,
        ["Website redesign & booking", "integration – phase 1", "PO # LPC-0442"],
        "R",
        9.5,
        4.6,
        c=ink,
    )
    y = 96
    p.rect(20, y - 5, 176, 7.5, fill="#F2F2F2")
    for x, h, a in (
        (22, "DESCRIPTION", "l"),
        (138, "QTY / HRS", "r"),
        (166, "RATE", "r"),
        (194, "AMOUNT", "r"),
    ):
        p.text(x, y, h, "B", 8, a, c=ink)
    rows = [
        ("Discovery workshop & stakeholder interviews", 6, "145.00"),
        ("UX/UI design – 14 screens, 2 revision rounds", 32, "145.00"),
        ("Webflow development & CMS build", 40, "130.00"),
        ("Jane App booking integration", 9, "130.00"),
        ("Webflow CMS hosting – annual plan (passed through)", 1, "420.00"),
    ]
    y += 9
    items, sub = [], D(0)
    for d, n, u in rows:
        a = q2(D(u) * n)
        sub += a
        p.text(22, y, d, "R", 9, c=ink)
        p.text(138, y, str(n), "R", 9, "r", c=ink)
        p.text(166, y, "$" + num(u), "R", 9, "r", c=ink)
        p.text(194, y, "$" + num(a), "R", 9, "r", c=ink)
        p.hline(20, 196, y + 2.8, 0.15, "#CCCCCC")
        items.append(item(d, n, u, a))
        y += 8
    hst = q2(sub * D("0.13"))
    tot = sub + hst
    dep = D("3000.00")
    y += 5
    for a, b, f in (
        ("Subtotal", "$" + num(sub), "R"),
        ("HST (ON) 13%", "$" + num(hst), "R"),
        ("Total", "$" + num(tot), "B"),
        ("Less: deposit received (Inv. 2026-097, Oct 6)", "-$" + num(dep), "R"),
    ):
        p.text(166, y, a, f, 9, "r", c=ink)
        p.text(194, y, b, f, 9, "r", c=ink)
        y += 6
    p.rect(112, y - 2, 84, 10, fill=acc)
    p.text(116, y + 4.8, "BALANCE DUE (CAD)", "B", 10, c="#FFFFFF")
    p.text(193, y + 4.8, "$" + num(tot - dep), "B", 10, "r", c="#FFFFFF")
    y += 22
    p.text(20, y, "PAYMENT", "B", 8.5, c=grey)
    p.lines(
        20,
        y + 5.5,
        [
            "Interac e-Transfer: payments@mapleandpixel.ca (auto-deposit)",
            "EFT: RBC Royal Bank, Transit 04512, Institution 003, Account 1098827",
            "Please reference invoice # 2026-118. 2% monthly interest on overdue balances.",
        ],
        "R",
        8.5,
        4.4,
        c=ink,
    )
    p.text(20, y + 26, "GST/HST Registration No. " + bn + " RT0001", "B", 8.5, c=ink)
    p.text(108, 262, "Thank you for your business!", "SI", 11, "c", c=acc)
    tr = truth(
        "2026-118",
        "2026-11-17",
        "2026-12-17",
        "Maple & Pixel Studio Inc.",
        sub,
        hst,
        tot,
        "CAD",
        "en-CA",
        "invoice",
        "invoice",
        items,
        "Ontario HST 13 %; a deposit from an earlier invoice is deducted after the "
        f"Total: total is the invoice total {num(tot)}, the balance due is "
        f"{num(tot - dep)}; US Letter; the logo reads 'Maple & Pixel' over "
        "'Studio Inc.'",
    )
    return p, tr, {"title": "Invoice 2026-118", "creator": "Microsoft Word"}


@doc("pdf")
def i14_se_faktura_webbutik():
    p = Page(*A4)
    ink, grey, acc = "#1E1E1E", "#6A6A6A", "#3F5E4A"
    p.text(20, 26, "NORDHEM", "B", 18, c=acc, cs=3)
    p.text(20, 31.5, "inredning · textil · belysning", "R", 7.5, c=grey)
    p.text(190, 22, "FAKTURA", "B", 16, "r", c=ink)
    meta = [
        ("Fakturanr", "700481"),
        ("Fakturadatum", "2026-11-10"),
        ("Förfallodatum", "2026-12-10"),
        ("Kundnr", "55120"),
        ("Ordernr", "W-41877"),
        ("OCR-nummer", "700481" + luhn_digit("700481")),
    ]
    for i, (a, b) in enumerate(meta):
        p.text(140, 30 + i * 4.6, a, "R", 8.5, c=grey)
        p.text(190, 30 + i * 4.6, b, "B", 8.5, "r", c=ink)
    p.lines(
        20, 50, ["Johanna Lindqvist", "Storgatan 22 B lgh 1102", "903 26 UMEÅ"], "R", 10, 5, c=ink
    )
    p.lines(
        20,
        72,
        [
            ("Er referens: Johanna Lindqvist", "R", 8.5),
            ("Vår referens: Kundtjänst", "R", 8.5),
            ("Betalningsvillkor: 30 dagar netto", "R", 8.5),
            ("Dröjsmålsränta: enligt räntelagen", "R", 8.5),
        ],
        lead=4.4,
        c=grey,
    )
    y = 98
    p.hline(20, 190, y - 5.5, 0.4, acc)
    for x, h, a in (
        (20, "Art.nr", "l"),
        (40, "Benämning", "l"),
        (132, "Antal", "r"),
        (160, "À-pris", "r"),
        (190, "Belopp", "r"),
    ):
        p.text(x, y, h, "B", 8.5, a, c=ink)
    p.hline(20, 190, y + 2.5, 0.4, acc)
    rows = [
        ("10482", "Pläd ull 130x170, grå", 2, "649.00"),
        ("20917", "Kuddfodral linne 50x50, salvia", 4, "199.00"),
        ("31144", "Golvlampa Ask, ek/opal", 1, "1195.00"),
        ("90001", "Frakt hemleverans", 1, "99.00"),
    ]
    y += 9
    items, tot = [], D(0)
    for art, d, n, u in rows:
        a = q2(D(u) * n)
        tot += a
        p.text(20, y, art, "R", 9, c=ink)
        p.text(40, y, d, "R", 9, c=ink)
        p.text(132, y, f"{n} st", "R", 9, "r", c=ink)
        p.text(160, y, num(u, "sp"), "R", 9, "r", c=ink)
        p.text(190, y, num(a, "sp"), "R", 9, "r", c=ink)
        items.append(item(d, n, u, a))
        y += 6.5
    p.hline(20, 190, y - 3, 0.2, "#BBBBBB")
    moms = q2(tot * D("0.2"))
    y += 4
    for a, b, f in (
        ("Summa exkl. moms", num(tot - moms, "sp"), "R"),
        ("Moms 25 %", num(moms, "sp"), "R"),
        ("Öresavrundning", "0,00", "R"),
    ):
        p.text(160, y, a, f, 9, "r", c=ink)
        p.text(190, y, b, f, 9, "r", c=ink)
        y += 5.5
    p.rect(118, y - 2, 72, 9, fill="#E7EDE9")
    p.text(121, y + 4.3, "Att betala SEK", "B", 10.5, c=ink)
    p.text(188, y + 4.3, num(tot, "sp"), "B", 10.5, "r", c=ink)
    y += 18
    p.para(
        20,
        y,
        "Tack för din beställning! Priserna inkluderar moms. Ångerrätt 30 dagar "
        "från leverans – se nordhem.se/retur. Ange alltid OCR-numret vid betalning.",
        170,
        "R",
        8.5,
        c=grey,
    )
    # footer columns
    org = "559214773"
    org = org + luhn_digit(org)
    fy = 196
    p.hline(20, 190, fy, 0.2, "#BBBBBB")
    for x, col in (
        (20, ["Nordhem Inredning AB", "Magasinsgatan 6", "411 18 Göteborg"]),
        (
            72,
            [
                "Org.nr " + org[:6] + "-" + org[6:],
                "Momsreg.nr SE" + org + "01",
                "Godkänd för F-skatt",
            ],
        ),
        (128, ["Bankgiro 5391-2207", "kundtjanst@nordhem.se", "031-711 42 90"]),
    ):
        p.lines(x, fy + 5, col, "R", 7.5, 3.8, c=grey)
    # giro slip
    gy = 218
    p.hline(0, 210, gy, 0.3, grey, dash=[2, 2])
    p.rect(0, gy, 210, 79, fill="#FFF4E5")
    p.text(12, gy + 8, "INBETALNING/GIRERING AVI", "B", 9, c=ink)
    p.text(198, gy + 8, "bankgirot", "B", 9, "r", c=ink)
    p.lines(
        12, gy + 16, ["Betalningsmottagare", ("Nordhem Inredning AB", "B", 9)], "R", 7, 4.5, c=ink
    )
    p.lines(
        12,
        gy + 30,
        [
            "Inbetalare",
            ("Johanna Lindqvist", "R", 9),
            ("Storgatan 22 B lgh 1102, 903 26 UMEÅ", "R", 9),
        ],
        "R",
        7,
        4.5,
        c=ink,
    )
    p.lines(120, gy + 16, ["Förfallodag", ("2026-12-10", "B", 9)], "R", 7, 4.5, c=ink)
    p.lines(
        120, gy + 30, ["OCR-nummer", ("700481" + luhn_digit("700481"), "B", 9)], "R", 7, 4.5, c=ink
    )
    p.rect(12, gy + 52, 186, 12, fill="#FFFFFF", stroke=ink, lw=0.3)
    p.text(16, gy + 59.5, "#  " + "700481" + luhn_digit("700481") + " #", "K", 11, c=ink)
    kr, ore = num(tot, "plain").split(".")
    p.text(100, gy + 59.5, f"{kr} {ore}   " + luhn_digit(kr + ore) + " >", "K", 11, c=ink)
    p.text(194, gy + 59.5, "53912207#41#", "K", 11, "r", c=ink)
    p.text(100, gy + 70, "Kronor", "R", 7, c=grey)
    p.text(112, gy + 70, "Öre", "R", 7, c=grey)
    p.text(120, gy + 70, "Till bankgironummer 5391-2207", "R", 7, c=grey)
    tr = truth(
        "700481",
        "2026-11-10",
        "2026-12-10",
        "NORDHEM",
        tot - moms,
        moms,
        tot,
        "SEK",
        "sv-SE",
        "invoice",
        "invoice",
        items,
        "Swedish web-shop invoice to a consumer: prices incl. 25 % moms ('Summa exkl. "
        "moms' and 'Moms 25 %' printed); the OCR number repeats the invoice number with "
        "a check digit; the order number is not the invoice number; the wordmark "
        "NORDHEM heads the page, the legal name Nordhem Inredning AB is in the footer "
        "and on the giro slip; amounts without currency sign except 'Att betala SEK'",
    )
    return p, tr, {"title": "Faktura 700481", "creator": "Nordhem Webbutik"}


@doc("pdf")
def i15_ch_rechnung_qr():
    p = Page(*A4)
    ink, grey, acc = "#1C1C1C", "#5E5E5E", "#C62828"
    p.rect(20, 15, 12, 12, fill=acc)
    p.rect(24.8, 17.5, 2.4, 7, fill="#FFFFFF")
    p.rect(22.5, 19.8, 7, 2.4, fill="#FFFFFF")
    p.text(36, 21.5, "Garage Brunner AG", "B", 14, c=ink)
    p.text(36, 26.5, "Service · Reparaturen · Reifen · alle Marken", "R", 7.5, c=grey)
    uid = ch_uid("31481207")
    p.lines(
        20,
        36,
        [
            "Tösstalstrasse 112 · 8400 Winterthur",
            "Tel. 052 233 41 80 · info@garage-brunner.ch",
            uid + " MWST",
        ],
        "R",
        7.5,
        3.6,
        c=grey,
    )
    p.lines(118, 44, ["Frau", "Anna Keller", "Buchenweg 9", "8404 Winterthur"], "R", 10, 5, c=ink)
    p.text(20, 72, "Rechnung", "B", 15, c=ink)
    meta = [
        ("Rechnung Nr.", "26-08812"),
        ("Datum", "13.11.2026"),
        ("Kunden-Nr.", "4471"),
        ("Fahrzeug", "VW Golf 1.5 TSI, ZH 418 227"),
        ("Kilometerstand", "84'310 km"),
    ]
    for i, (a, b) in enumerate(meta):
        p.text(20, 79 + i * 4.5, a, "R", 8.5, c=grey)
        p.text(48, 79 + i * 4.5, b, "R", 8.5, c=ink)
    y = 107
    p.hline(20, 190, y - 4.5, 0.4)
    for x, h, a in (
        (20, "Art.-Nr.", "l"),
        (45, "Bezeichnung", "l"),
        (130, "Menge", "r"),
        (160, "Preis", "r"),
        (190, "Betrag CHF", "r"),
    ):
        p.text(x, y, h, "B", 8.5, a, c=ink)
    p.hline(20, 190, y + 2, 0.4)
    rows = [
        ("AW-SRV", "Service nach Herstellervorgabe (Arbeit)", "1", "289.00"),
        ("06L115562", "Motorenöl 5W-30 VW 504.00", "4.5", "24.80"),
        ("04E115561H", "Ölfilter", "1", "28.50"),
        ("5Q0129620D", "Luftfilter", "1", "46.20"),
        ("5G1998002", "Scheibenwischer vorne (Satz)", "1", "52.00"),
        ("ENTS-OEL", "Entsorgung Altöl", "1", "8.00"),
        ("0355160", "Conti WinterContact TS 870 205/55 R16 91H", "4", "168.00"),
        ("AW-RAD", "Reifenmontage inkl. Auswuchten", "4", "25.00"),
    ]
    y += 8
    items, net = [], D(0)
    for art, d, n, u in rows:
        a = q2(D(u) * D(n))
        net += a
        p.text(20, y, art, "R", 8.5, c=ink)
        p.text(45, y, d, "R", 8.5, c=ink)
        p.text(130, y, n + (" l" if "." in n else ""), "R", 8.5, "r", c=ink)
        p.text(160, y, num(u, "ch"), "R", 8.5, "r", c=ink)
        p.text(190, y, num(a, "ch"), "R", 8.5, "r", c=ink)
        items.append(item(d, n, u, a))
        y += 5
    p.hline(120, 190, y - 2.5, 0.25)
    vat = q2(net * D("0.081"))
    raw = net + vat
    tot = (raw / D("0.05")).quantize(Decimal("1"), ROUND_HALF_UP) * D("0.05")
    y += 3
    for a, b, f in (
        ("Total exkl. MWST", num(net, "ch"), "R"),
        ("MWST 8.1 % auf " + num(net, "ch"), num(vat, "ch"), "R"),
        ("Rundung", num(tot - raw, "ch"), "R"),
    ):
        p.text(160, y, a, f, 8.5, "r", c=ink)
        p.text(190, y, b, f, 8.5, "r", c=ink)
        y += 5
    p.hline(120, 190, y - 2.5, 0.25)
    p.text(160, y + 2, "Total CHF", "B", 10, "r", c=ink)
    p.text(190, y + 2, num(tot, "ch"), "B", 10, "r", c=ink)
    p.hline(120, 190, y + 4, 0.25)
    p.hline(120, 190, y + 4.8, 0.25)
    p.text(
        20,
        y + 11,
        "Zahlbar innert 30 Tagen netto mit dem QR-Einzahlungsschein. Vielen "
        "Dank für Ihren Auftrag und gute Fahrt!",
        "R",
        8.5,
        c=ink,
    )
    # QR-bill ----------------------------------------------------------------------------
    top = 192
    qiban_raw = iban("CH", "30808001234567890").replace(" ", "")
    qiban = " ".join(qiban_raw[i : i + 4] for i in range(0, len(qiban_raw), 4))
    ref26 = "00000000000000000000088124"
    ref = ref26 + mod10_recursive(ref26)
    ref_f = ref[:2] + " " + " ".join(ref[i : i + 5] for i in range(2, 27, 5))
    amt = num(tot, "plain")
    amt_f = num(tot, "sp.")
    p.hline(0, 210, top, 0.2, 0, dash=[1, 1])
    p.vline(62, top, 297, 0.2, 0, dash=[1, 1])
    p.text(3, top + 1.3, "✂", "R", 8, c=0)
    # receipt
    p.text(5, top + 10, "Empfangsschein", "B", 11)
    yy = top + 17
    for head, vals in (
        (
            "Konto / Zahlbar an",
            [qiban, "Garage Brunner AG", "Tösstalstrasse 112", "8400 Winterthur"],
        ),
        ("Referenz", [ref_f]),
        ("Zahlbar durch", ["Anna Keller", "Buchenweg 9", "8404 Winterthur"]),
    ):
        p.text(5, yy, head, "B", 6)
        yy = p.lines(5, yy + 3.5, vals, "R", 8, 3.5) + 2
    p.text(5, top + 73, "Währung", "B", 6)
    p.text(18, top + 73, "Betrag", "B", 6)
    p.text(5, top + 77.5, "CHF", "R", 8)
    p.text(18, top + 77.5, amt_f, "R", 8)
    p.text(57, top + 88, "Annahmestelle", "B", 6, "r")
    # payment part
    p.text(67, top + 10, "Zahlteil", "B", 11)
    payload = "\n".join(
        [
            "SPC",
            "0200",
            "1",
            qiban_raw,
            "S",
            "Garage Brunner AG",
            "Tösstalstrasse",
            "112",
            "8400",
            "Winterthur",
            "CH",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            amt,
            "CHF",
            "S",
            "Anna Keller",
            "Buchenweg",
            "9",
            "8404",
            "Winterthur",
            "CH",
            "QRR",
            ref,
            "Rechnung 26-08812",
            "EPD",
        ]
    )
    p.qr(67, top + 17, 46, payload)
    p.rect(87, top + 37, 6, 6, fill="#FFFFFF")
    p.rect(87.4, top + 37.4, 5.2, 5.2, fill="#000000")
    p.rect(89.4, top + 38.4, 1.2, 3.2, fill="#FFFFFF")
    p.rect(88.4, top + 39.4, 3.2, 1.2, fill="#FFFFFF")
    p.text(67, top + 73, "Währung", "B", 8)
    p.text(82, top + 73, "Betrag", "B", 8)
    p.text(67, top + 78, "CHF", "R", 10)
    p.text(82, top + 78, amt_f, "R", 10)
    yy = top + 10
    for head, vals in (
        (
            "Konto / Zahlbar an",
            [qiban, "Garage Brunner AG", "Tösstalstrasse 112", "8400 Winterthur"],
        ),
        ("Referenz", [ref_f]),
        ("Zusätzliche Informationen", ["Rechnung 26-08812"]),
        ("Zahlbar durch", ["Anna Keller", "Buchenweg 9", "8404 Winterthur"]),
    ):
        p.text(118, yy, head, "B", 8)
        yy = p.lines(118, yy + 4.2, vals, "R", 10, 4.2) + 2
    tr = truth(
        "26-08812",
        "2026-11-13",
        None,
        "Garage Brunner AG",
        net,
        vat,
        tot,
        "CHF",
        "de-CH",
        "invoice",
        "invoice",
        items,
        "Swiss invoice with QR-bill (Empfangsschein + Zahlteil); 1'234.56 style in the "
        "table, '1 234.56' style in the payment part; MWST 8.1 %; 5-Rappen rounding "
        f"line ({num(tot - raw, 'plain')}) included in the total; 'innert 30 Tagen' "
        "gives no due date; the QR reference is not the invoice number",
    )
    return (
        p,
        tr,
        {
            "title": "Rechnung 26-08812",
            "author": "Garage Brunner AG",
            "creator": "WinWorker Garage 11",
        },
    )


@doc("pdf")
def i16_de_xrechnung_visualisierung():
    p = Page(*A4)
    ink, grey, band, bt = "#202020", "#4D4D4D", "#E3E8EF", "#7A7A7A"
    p.text(15, 18, "Rechnung", "B", 16, c=ink)
    p.text(195, 14, "XRechnung 3.0 · Visualisierung", "R", 7, "r", c=bt)
    p.text(195, 18, "Seite 1 von 1", "R", 7, "r", c=bt)

    def band_(y, title):
        p.rect(15, y, 180, 6, fill=band)
        p.text(17, y + 4.3, title, "B", 8.5, c=ink)
        return y + 10.5

    def kv(y, rows, x1=17, x2=78, xb=193, sz=7.8):
        for lab, val, code in rows:
            p.text(x1, y, lab, "R", sz, c=grey)
            p.text(x2, y, val, "B", sz, c=ink)
            p.text(xb, y, code, "R", 6.5, "r", c=bt)
            y += 4.3
        return y + 1.5

    y = band_(23, "Übersicht")
    y = kv(
        y,
        [
            ("Rechnungsnummer:", "RE-2026-00871", "BT-1"),
            ("Rechnungsdatum:", "20.11.2026", "BT-2"),
            ("Rechnungsart:", "Rechnung (380)", "BT-3"),
            ("Währung:", "EUR", "BT-5"),
            ("Leistungs-/Lieferdatum:", "06.11.2026", "BT-72"),
            ("Fälligkeitsdatum:", "20.12.2026", "BT-9"),
            ("Käuferreferenz (Leitweg-ID):", "01002000-7203-58", "BT-10"),
            ("Bestellnummer:", "BE-IMW-2026-3317", "BT-13"),
            ("Vertragsnummer:", "RV-Schulen-2025/04", "BT-12"),
        ],
    )
    yk = y + 10.5
    p.rect(15, y, 88, 6, fill=band)
    p.text(17, y + 4.3, "Käufer", "B", 8.5, c=ink)
    p.rect(107, y, 88, 6, fill=band)
    p.text(109, y + 4.3, "Verkäufer", "B", 8.5, c=ink)
    kv(
        yk,
        [
            ("Name:", "Landeshauptstadt Kiel", "BT-44"),
            ("Abteilung:", "Immobilienwirtschaft", "BT-50"),
            ("Straße:", "Fleethörn 9", "BT-50"),
            ("PLZ / Ort:", "24103 Kiel", "BT-53/52"),
            ("Land:", "DE", "BT-55"),
        ],
        17,
        44,
        103,
    )
    y2 = kv(
        yk,
        [
            ("Firmenname:", "Elektro Hansen GmbH", "BT-27"),
            ("Straße:", "Eckernförder Straße 219", "BT-35"),
            ("PLZ / Ort:", "24119 Kronshagen", "BT-38/37"),
            ("Land:", "DE", "BT-40"),
            ("Umsatzsteuer-ID:", "DE291447036", "BT-31"),
            ("Registernummer:", "HRB 18244 KI", "BT-30"),
            ("Kontakt:", "Birte Hansen, 0431 58 44 19", "BT-41/42"),
            ("E-Mail:", "rechnung@elektro-hansen.de", "BT-43"),
        ],
        107,
        134,
        193,
    )
    y = band_(y2, "Rechnungspositionen")
    cols = [
        (17, "Pos.", "BT-126", "l"),
        (27, "Artikelname", "BT-153", "l"),
        (120, "Menge", "BT-129", "r"),
        (126, "Einheit", "BT-130", "l"),
        (168, "Preis netto", "BT-146", "r"),
        (193, "Gesamt netto", "BT-131", "r"),
    ]
    for x, h, code, a in cols:
        p.text(x, y, h, "B", 7.5, a, c=ink)
        p.text(x, y + 3.3, code, "R", 6.3, a, c=bt)
    p.hline(15, 195, y + 5, 0.2, "#9AA5B1")
    y += 10
    rows = [
        ("LED-Panel 62x62 cm, 36 W, 4000 K, UGR<19", 24, "Stück (H87)", "58.90"),
        ("Montage LED-Panel inkl. Demontage Altleuchte", 24, "Stück (H87)", "32.00"),
        ("Elektromeister, Arbeitsstunde", 6, "Stunde (HUR)", "68.50"),
        ("Entsorgung Leuchtstofflampen, Sammelbehälter", 1, "pauschal (LS)", "45.00"),
    ]
    items, net = [], D(0)
    for i, (d, n, u_, u) in enumerate(rows, 1):
        a = q2(D(u) * n)
        net += a
        p.text(17, y, str(i), "R", 7.8, c=ink)
        p.text(27, y, d, "R", 7.8, c=ink)
        p.text(120, y, num(n, "de", 2), "R", 7.8, "r", c=ink)
        p.text(126, y, u_, "R", 7.8, c=ink)
        p.text(168, y, num(u, "de"), "R", 7.8, "r", c=ink)
        p.text(193, y, num(a, "de"), "R", 7.8, "r", c=ink)
        p.text(27, y + 3.6, "Umsatzsteuer: S (Normalsatz), 19 %  BT-151/152", "R", 6.5, c=bt)
        items.append(item(d, n, u, a))
        y += 9
    vat = q2(net * D("0.19"))
    gross = net + vat
    pre = D("1000.00")
    y = band_(y, "Gesamtbeträge der Rechnung")
    y = kv(
        y,
        [
            ("Summe aller Positionen (netto):", num(net, "de"), "BT-106"),
            ("Summe Nachlässe (netto):", "0,00", "BT-107"),
            ("Summe Zuschläge (netto):", "0,00", "BT-108"),
            ("Gesamtsumme ohne Umsatzsteuer:", num(net, "de"), "BT-109"),
            ("Summe Umsatzsteuer:", num(vat, "de"), "BT-110"),
            ("Gesamtsumme einschließlich Umsatzsteuer:", num(gross, "de"), "BT-112"),
            ("Vorauszahlungen:", num(pre, "de"), "BT-113"),
            ("Rundungsbetrag:", "0,00", "BT-114"),
            ("Fälliger Betrag:", num(gross - pre, "de"), "BT-115"),
        ],
        x2=100,
    )
    y = band_(y, "Aufschlüsselung der Umsatzsteuer")
    y = kv(
        y,
        [
            ("Kategorie / Satz:", "S – Normalsatz, 19 %", "BT-118/119"),
            ("Kategorie-Basisbetrag:", num(net, "de"), "BT-116"),
            ("Kategorie-Steuerbetrag:", num(vat, "de"), "BT-117"),
        ],
        x2=100,
    )
    y = band_(y, "Zahlungsdaten")
    kv(
        y,
        [
            ("Zahlungsart:", "SEPA-Überweisung (58)", "BT-81"),
            ("Verwendungszweck:", "RE-2026-00871", "BT-83"),
            ("IBAN:", iban("DE", "210501700090441773"), "BT-84"),
            ("Kontoinhaber:", "Elektro Hansen GmbH", "BT-85"),
            ("BIC:", "NOLADE21KIE", "BT-86"),
            ("Zahlungsbedingungen:", "Zahlbar bis 20.12.2026 ohne Abzug.", "BT-20"),
        ],
        x2=100,
    )
    tr = truth(
        "RE-2026-00871",
        "2026-11-20",
        "2026-12-20",
        "Elektro Hansen GmbH",
        net,
        vat,
        gross,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        items,
        "stylesheet rendering of an XRechnung: label / value / BT-code rows; bare "
        "amounts, currency only as 'Währung: EUR' (BT-5); the buyer block comes "
        "before the seller block; a prepayment (BT-113) lowers only the Fälliger "
        f"Betrag (BT-115 {num(gross - pre, 'de')}), total = BT-112",
    )
    return p, tr, {"title": "XRechnung RE-2026-00871", "creator": "XRechnung Visualization 2026-01"}


def _kv_rows(p, x, y, rows, xv, grey, ink, sz=7.8):
    """Label / value rows with the values in their own column at xv."""
    for lab, val in rows:
        p.text(x, y, lab, "R", sz, c=grey)
        p.text(xv, y, val, "B", sz, c=ink)
        y += 4.4
    return y


@doc("pdf")
def i19_fr_facturx_visualisation():
    p = Page(*A4)
    ink, grey, acc, bt = "#1D2433", "#505A6B", "#1F4E8C", "#8A93A3"
    p.rect(0, 0, 210, 22, fill=acc)
    p.text(15, 10, "FACTURE", "B", 15, c="#FFFFFF")
    p.text(
        15,
        16.5,
        "Représentation lisible d'une facture électronique Factur-X (profil EN 16931)",
        "R",
        7.5,
        c="#D6E2F3",
    )
    p.text(195, 13, "Document 1/1", "R", 7.5, "r", c="#D6E2F3")

    def rows_(x, y, rows, xv, sz=7.8):
        return _kv_rows(p, x, y, rows, xv, grey, ink, sz)

    y = 32
    p.text(15, y, "Informations générales", "B", 9.5, c=acc)
    p.hline(15, 195, y + 1.8, 0.3, acc)
    rows_(
        15,
        y + 7.5,
        [
            ("Numéro de facture (BT-1)", "FC-2026-1187"),
            ("Date d'émission (BT-2)", "19/11/2026"),
            ("Type de document (BT-3)", "380 – Facture commerciale"),
            ("Devise (BT-5)", "EUR"),
        ],
        58,
    )
    rows_(
        112,
        y + 7.5,
        [
            ("Date d'échéance (BT-9)", "19/12/2026"),
            ("Date de livraison (BT-72)", "17/11/2026"),
            ("Référence commande (BT-13)", "BC-4471"),
            ("Référence acheteur (BT-10)", "CUISINE"),
        ],
        160,
    )
    y = 60
    for x, title, rows in (
        (
            15,
            "Vendeur (BG-4)",
            [
                ("Raison sociale (BT-27)", "Maison Aubrac Épicerie Fine SAS"),
                ("Adresse (BT-35)", "8 cours de la Martinique"),
                ("Code postal / Ville (BT-38/37)", "33000 Bordeaux"),
                ("SIRET (BT-30)", "84427190300028"),
                ("N° TVA (BT-31)", fr_vat("844271903")),
            ],
        ),
        (
            110,
            "Acheteur (BG-7)",
            [
                ("Raison sociale (BT-44)", "SARL Le Comptoir des Chartrons"),
                ("Adresse (BT-50)", "41 rue Notre-Dame"),
                ("Code postal / Ville (BT-53/52)", "33000 Bordeaux"),
                ("SIRET (BT-47)", "51208736400017"),
                ("N° TVA (BT-48)", fr_vat("512087364")),
            ],
        ),
    ):
        p.text(x, y, title, "B", 9.5, c=acc)
        p.hline(x, x + 85, y + 1.8, 0.3, acc)
        yy = y + 7.5
        for lab, val in rows:
            p.text(x, yy, lab, "R", 7, c=grey)
            p.text(x, yy + 3.6, val, "B", 8, c=ink)
            yy += 8.2
    y = 114
    p.text(15, y, "Lignes de facture (BG-25)", "B", 9.5, c=acc)
    p.hline(15, 195, y + 1.8, 0.3, acc)
    y += 8
    cols = [
        (15, "N°", "(BT-126)", "l"),
        (27, "Désignation", "(BT-153)", "l"),
        (114, "Qté", "(BT-129)", "r"),
        (118, "Unité", "(BT-130)", "l"),
        (148, "PU HT", "(BT-146)", "r"),
        (162, "TVA", "(BT-152)", "r"),
        (195, "Montant HT", "(BT-131)", "r"),
    ]
    for x, h, code, a in cols:
        p.text(x, y, h, "B", 7.5, a, c=ink)
        p.text(x, y + 3.3, code, "R", 6.2, a, c=bt)
    p.hline(15, 195, y + 5, 0.2, bt)
    rows = [
        ("Huile d'olive vierge extra AOP Kalamata 5 L", "3", "bidon", "64.20", "5.5"),
        ("Piment d'Espelette AOP moulu 250 g", "4", "pot", "23.75", "5.5"),
        ("Fleur de sel de Guérande 1 kg", "6", "sachet", "7.90", "5.5"),
        ("Vinaigre de Xérès Reserva 25 ans 50 cl", "6", "bouteille", "11.40", "5.5"),
        ("Bordeaux Supérieur 2022 Ch. Lagrange-Monbadon 75 cl", "60", "bouteille", "9.85", "20"),
        ("Armagnac VSOP 70 cl", "2", "bouteille", "31.50", "20"),
    ]
    y += 10
    items, bases = [], {"5.5": D(0), "20": D(0)}
    for i, (d, n, u_, u, r) in enumerate(rows, 1):
        a = q2(D(u) * D(n))
        bases[r] += a
        vals = [str(i), d, n, u_, num(u, "sp"), r.replace(".", ",") + " %", num(a, "sp")]
        for (x, _, _, al), v in zip(cols, vals, strict=False):
            p.text(x, y, v, "R", 7.6, al, c=ink)
        items.append(item(d, n, u, a))
        y += 5.5
    p.hline(15, 195, y - 2.5, 0.2, bt)
    taxes = {r: q2(b * D(r) / 100) for r, b in bases.items()}
    net = sum(bases.values())
    vat = sum(taxes.values())
    tot = net + vat
    y += 7
    p.text(15, y, "Ventilation de la TVA (BG-23)", "B", 9.5, c=acc)
    p.hline(15, 100, y + 1.8, 0.3, acc)
    p.text(110, y, "Totaux (BG-22)", "B", 9.5, c=acc)
    p.hline(110, 195, y + 1.8, 0.3, acc)
    yy = y + 7.5
    for x, h, a in (
        (15, "Catégorie (BT-118)", "l"),
        (64, "Base HT (BT-116)", "r"),
        (100, "Montant TVA (BT-117)", "r"),
    ):
        p.text(x, yy, h, "R", 6.8, a, c=grey)
    yy += 5
    for r in ("5.5", "20"):
        p.text(15, yy, "S – " + r.replace(".", ",") + " %", "B", 7.8, c=ink)
        p.text(64, yy, num(bases[r], "sp"), "B", 7.8, "r", c=ink)
        p.text(100, yy, num(taxes[r], "sp"), "B", 7.8, "r", c=ink)
        yy += 4.6
    yy = y + 7.5
    for lab, val in (
        ("Total HT (BT-109)", net),
        ("Total TVA (BT-110)", vat),
        ("Total TTC (BT-112)", tot),
        ("Montant payé (BT-113)", D(0)),
        ("Montant à payer (BT-115)", tot),
    ):
        p.text(110, yy, lab, "R", 7.8, c=grey)
        p.text(195, yy, num(val, "sp"), "B", 7.8, "r", c=ink)
        yy += 4.6
    y = yy + 8
    p.text(15, y, "Paiement (BG-16)", "B", 9.5, c=acc)
    p.hline(15, 195, y + 1.8, 0.3, acc)
    rows_(
        15,
        y + 7.5,
        [
            ("Moyen de paiement (BT-81)", "30 – Virement"),
            ("IBAN (BT-84)", iban("FR", "30004005820001027419215"[:23])),
            ("BIC (BT-86)", "BNPAFRPPXXX"),
            (
                "Conditions (BT-20)",
                "Paiement à 30 jours. Pénalités de retard : 3 fois le taux d'intérêt légal ;",
            ),
            ("", "indemnité forfaitaire pour frais de recouvrement : 40 €."),
        ],
        60,
    )
    p.text(
        105,
        287,
        "Généré par FNFE-MPE Factur-X Viewer – le fichier XML CII embarqué fait foi",
        "R",
        6.8,
        "c",
        c=bt,
    )
    tr = truth(
        "FC-2026-1187",
        "2026-11-19",
        "2026-12-19",
        "Maison Aubrac Épicerie Fine SAS",
        net,
        vat,
        tot,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        items,
        "Factur-X visualisation: labels with BT codes, values in a column far right of "
        "the labels; bare amounts in '1 234,56' style, currency only as 'Devise (BT-5) "
        "EUR'; two VAT rates (5,5 % food, 20 % wine/spirits) summed in vat",
    )
    return p, tr, {"title": "Factur-X FC-2026-1187", "creator": "Factur-X Viewer 1.4"}


@doc("scan")
def i17_fr_avoir_scan():
    p = Page(*A4)
    ink, grey, acc = "#111111", "#555555", "#0B5394"
    p.rect(18, 15, 30, 14, fill=acc)
    p.text(33, 24.5, "MD", "B", 16, "c", c="#FFFFFF")
    p.text(52, 21, "MATÉRIAUX DUFRESNE", "B", 13, c=acc)
    p.text(52, 26.5, "Négoce de matériaux · Bois · Carrelage · Outillage", "R", 7.5, c=grey)
    p.lines(
        18,
        38,
        [
            "Zone Artisanale des Grands Champs",
            "Rue Ampère – 37300 Joué-lès-Tours",
            "Tél. 02 47 68 21 90 – agence.joue@dufresne-materiaux.fr",
        ],
        "R",
        7.8,
        3.8,
        c=grey,
    )
    p.rect(112, 46, 80, 30, stroke="#999999", lw=0.3)
    p.lines(
        116,
        53,
        [
            ("SARL BÂTI-RÉNOV TOURAINE", "B", 9.5),
            "M. Yannick Perrot",
            "14 rue de la Fuye",
            "37000 TOURS",
        ],
        "R",
        9.5,
        4.8,
        c=ink,
    )
    p.text(18, 62, "AVOIR", "B", 22, c=ink)
    meta = [
        ("N° avoir", "AV26-00318"),
        ("Date", "18/11/2026"),
        ("Code client", "C01877"),
        ("Facture d'origine", "FA26-04472 du 02/11/2026"),
        ("Motif", "Retour marchandise – bon de retour BR-5521"),
    ]
    for i, (a, b) in enumerate(meta):
        p.text(18, 72 + i * 4.8, a, "R", 8.5, c=grey)
        p.text(50, 72 + i * 4.8, ": " + b, "B" if i == 0 else "R", 8.5, c=ink)
    y = 106
    p.rect(18, y - 5, 174, 7.5, fill="#DCE6F2")
    for x, h, a in (
        (20, "Réf.", "l"),
        (44, "Désignation", "l"),
        (128, "Qté", "r"),
        (136, "U", "l"),
        (160, "P.U. HT", "r"),
        (190, "Montant HT", "r"),
    ):
        p.text(x, y, h, "B", 8.3, a, c=ink)
    rows = [
        ("PLA-BA13", "Plaque de plâtre BA13 2500x1200", 20, "U", "9.85"),
        ("RAI-R48", "Rail R48 longueur 3 m", 30, "U", "3.20"),
        ("MON-M48", "Montant M48 longueur 2,50 m", 25, "U", "3.90"),
        ("CAR-6060G", "Carrelage grès cérame 60x60 gris anthracite", 24, "M2", "32.50"),
        ("PAL-CONS", "Reprise palette consignée", 2, "U", "15.00"),
    ]
    y += 8
    items, ht = [], D(0)
    for ref, d, n, u_, u in rows:
        a = q2(D(u) * n)
        ht += a
        p.text(20, y, ref, "R", 8.3, c=ink)
        p.text(44, y, d, "R", 8.3, c=ink)
        p.text(128, y, str(n), "R", 8.3, "r", c=ink)
        p.text(136, y, u_, "R", 8.3, c=ink)
        p.text(160, y, num(u, "sp"), "R", 8.3, "r", c=ink)
        p.text(190, y, num(a, "sp"), "R", 8.3, "r", c=ink)
        items.append(item(d, n, u, a))
        y += 6
    p.hline(18, 192, y - 2.5, 0.3)
    tva = q2(ht * D("0.20"))
    ttc = ht + tva
    y += 6
    p.rect(18, y - 4.5, 70, 17, stroke="#999999", lw=0.3)
    for i, (a, b) in enumerate(
        (("Base HT", num(ht, "sp")), ("Taux", "20,00 %"), ("TVA", num(tva, "sp")))
    ):
        p.text(20 + i * 23, y, a, "B", 7.5, c=grey)
        p.text(20 + i * 23, y + 6, b, "R", 8.3, c=ink)
    for a, b, f in (
        ("Total HT", num(ht, "sp") + " €", "R"),
        ("TVA 20 %", num(tva, "sp") + " €", "R"),
    ):
        p.text(160, y, a, f, 9, "r", c=ink)
        p.text(190, y, b, f, 9, "r", c=ink)
        y += 6
    p.rect(118, y - 3.5, 74, 9, fill="#DCE6F2")
    p.text(121, y + 2.5, "TOTAL AVOIR TTC", "B", 10, c=ink)
    p.text(190, y + 2.5, num(ttc, "sp") + " €", "B", 10, "r", c=ink)
    y += 20
    p.para(
        18,
        y,
        "Cet avoir sera imputé sur votre prochaine facture ou remboursé par virement "
        "sur simple demande auprès de votre agence. Avoir établi en référence à la facture "
        "FA26-04472 du 02/11/2026 (article 272 du CGI).",
        174,
        "R",
        8.5,
        c=ink,
    )
    p.hline(18, 192, 276, 0.3, "#999999")
    p.para(
        18,
        280,
        "Matériaux Dufresne SAS au capital de 420 000 € – RCS Tours 438 207 115 – "
        "SIRET 438 207 115 00042 – TVA " + fr_vat("438207115") + " – APE 4673A – "
        "Siège : 2 avenue du Grand Sud, 37170 Chambray-lès-Tours",
        174,
        "R",
        6.8,
        c=grey,
    )
    tr = truth(
        "AV26-00318",
        "2026-11-18",
        None,
        "MATÉRIAUX DUFRESNE",
        ht,
        tva,
        ttc,
        "EUR",
        "fr-FR",
        "invoice",
        "credit_note",
        items,
        "credit note (avoir) for returned goods, amounts printed positive and keyed "
        "positive; the referenced invoice FA26-04472 is not the number; trading name "
        "in the header, legal name 'Matériaux Dufresne SAS' in the footer; no due date",
    )
    return p, tr, {"title": "Avoir AV26-00318"}


@doc("photo")
def i18_de_gutschrift_photo():
    p = Page(*A4)
    ink, grey, acc = "#1A1A1A", "#5A5A5A", "#7A4E2D"
    p.text(190, 24, "Schreinerei", "SI", 11, "r", c=acc)
    p.text(190, 32, "ALBRECHT", "SB", 20, "r", c=acc, cs=2)
    p.text(190, 37, "Küchen · Möbel · Innenausbau", "R", 7.5, "r", c=grey)
    p.text(
        20, 50, "Schreinerei Albrecht GmbH · Gewerbestr. 12 · 79211 Denzlingen", "R", 6.5, c=grey
    )
    p.hline(20, 105, 51.3, 0.2, "#AAAAAA")
    p.lines(
        20,
        57,
        [
            "Herrn und Frau",
            "Markus und Elena Vogt",
            "Im Breitenacker 5",
            "79108 Freiburg im Breisgau",
        ],
        "R",
        10,
        5,
        c=ink,
    )
    p.lines(
        190,
        57,
        [
            "Datum: 24.11.2026",
            "Kunden-Nr.: 20688",
            "Auftrag: A-2026-0193",
            "Ansprechpartner: Jonas Albrecht",
        ],
        "R",
        8.5,
        4.6,
        a="r",
        c=ink,
    )
    p.text(20, 95, "Gutschrift Nr. GS-2026-014", "B", 14, c=ink)
    p.text(20, 101, "Rechnungskorrektur zur Rechnung Nr. 2026-0387 vom 28.10.2026", "R", 9.5, c=ink)
    p.para(
        20,
        110,
        "Sehr geehrte Frau Vogt, sehr geehrter Herr Vogt, wie am 19.11.2026 "
        "besprochen, schreiben wir Ihnen für die Farbabweichung der Fronten und die nicht "
        "gelieferten Griffleisten folgende Beträge gut:",
        170,
        "R",
        9.5,
        c=ink,
    )
    y = 130
    p.hline(20, 190, y - 4.5, 0.3)
    for x, h, a in (
        (20, "Pos.", "l"),
        (32, "Bezeichnung", "l"),
        (128, "Menge", "r"),
        (158, "Einzelpreis €", "r"),
        (190, "Gesamt €", "r"),
    ):
        p.text(x, y, h, "B", 8.5, a, c=ink)
    p.hline(20, 190, y + 2, 0.3)
    rows = [
        ("Preisminderung Fronten Eiche, Farbabweichung", "1", "pausch.", "350.00"),
        ("Griffleiste Alu 600 mm, nicht geliefert", "6", "Stk.", "18.50"),
        ("Montagezeit Griffleisten, nicht erbracht", "1.5", "Std.", "58.00"),
    ]
    y += 8
    items, net = [], D(0)
    for i, (d, n, u_, u) in enumerate(rows, 1):
        a = q2(D(u) * D(n))
        net += a
        p.text(20, y, str(i), "R", 9, c=ink)
        p.text(32, y, d, "R", 9, c=ink)
        p.text(128, y, num(n, "de", 1 if "." in n else 0) + " " + u_, "R", 9, "r", c=ink)
        p.text(158, y, num(u, "de"), "R", 9, "r", c=ink)
        p.text(190, y, num(a, "de"), "R", 9, "r", c=ink)
        items.append(item(d, n, u, a))
        y += 6.5
    p.hline(20, 190, y - 3, 0.2)
    mwst = q2(net * D("0.19"))
    tot = net + mwst
    y += 4
    for a, b, f in (
        ("Gutschrift netto", num(net, "de"), "R"),
        ("zzgl. 19 % MwSt.", num(mwst, "de"), "R"),
    ):
        p.text(158, y, a, f, 9, "r", c=ink)
        p.text(190, y, b, f, 9, "r", c=ink)
        y += 5.5
    p.hline(120, 190, y - 3, 0.3)
    p.text(158, y + 2, "Gutschriftbetrag", "B", 10, "r", c=ink)
    p.text(190, y + 2, num(tot, "de") + " €", "B", 10, "r", c=ink)
    y += 16
    p.para(
        20,
        y,
        "Den Gutschriftbetrag überweisen wir Ihnen in den nächsten Tagen auf Ihr "
        "Konto DE** **** **** **** **44 12. Wir bitten nochmals um Entschuldigung und "
        "wünschen Ihnen viel Freude mit Ihrer neuen Küche.",
        170,
        "R",
        9.5,
        c=ink,
    )
    p.text(20, y + 22, "Mit freundlichen Grüßen", "R", 9.5, c=ink)
    p.text(20, y + 31, "Jonas Albrecht", "SI", 12, c="#23408E")
    p.text(20, y + 36, "Schreinermeister", "R", 8.5, c=grey)
    p.hline(20, 190, 272, 0.2, "#AAAAAA")
    for x, col in (
        (20, ["Schreinerei Albrecht GmbH", "Gewerbestraße 12", "79211 Denzlingen"]),
        (70, ["GF: Jonas Albrecht", "AG Freiburg HRB 712904", "USt-IdNr. DE284117390"]),
        (
            125,
            [
                "Volksbank Freiburg eG",
                "IBAN " + iban("DE", "680900000031744812"),
                "BIC GENODE61FR1",
            ],
        ),
    ):
        p.lines(x, 276.5, col, "R", 6.8, 3.4, c=grey)
    tr = truth(
        "GS-2026-014",
        "2026-11-24",
        None,
        "Schreinerei Albrecht GmbH",
        net,
        mwst,
        tot,
        "EUR",
        "de-DE",
        "invoice",
        "credit_note",
        items,
        "Gutschrift / Rechnungskorrektur referring to invoice 2026-0387 (not the "
        "number); keyed positive as printed; letterhead reads 'Schreinerei ALBRECHT', "
        "the legal name Schreinerei Albrecht GmbH (keyed) is on the return-address "
        "line and in the footer; no due date (refund by transfer)",
    )
    return p, tr, {"title": "Gutschrift GS-2026-014", "creator": "Microsoft Word"}


@doc("photo")
def i20_uk_marketplace_vat_invoice_photo():
    p = Page(*A4)
    ink, grey = "#111111", "#555555"
    p.text(15, 22, "bazaarly", "B", 20, c="#222F3E")
    p.poly([(16, 25), (40, 25), (38, 26.5), (18, 26.5)], fill="#FF9F1C")
    p.lines(195, 15, [("VAT Invoice", "B", 13), ("Page 1 of 1", "R", 7.5)], lead=5.5, a="r", c=ink)
    p.text(15, 38, "Sold by", "B", 8.5, c=ink)
    seller_vat = gb_vat("3318276")
    p.lines(
        15,
        43,
        [
            "Harbourline Outdoor Ltd",
            "Unit 7, Quayside Industrial Park",
            "Maldon, Essex, CM9 5FA",
            "GB",
            "VAT # " + seller_vat.replace(" ", ""),
        ],
        "R",
        8.5,
        4.2,
        c=ink,
    )
    meta = [
        ("Invoice date / Delivery date", "12 November 2026"),
        ("Invoice #", "HOL-INV-26-018822"),
        ("Total payable", None),
    ]
    p.text(15, 72, "Billing address", "B", 8.5, c=ink)
    p.lines(
        15,
        77,
        ["Eleanor Hughes", "22 Belmont Terrace", "Cardiff, CF10 5QP", "GB"],
        "R",
        8.5,
        4.2,
        c=ink,
    )
    p.text(80, 72, "Delivery address", "B", 8.5, c=ink)
    p.lines(
        80,
        77,
        ["Eleanor Hughes", "22 Belmont Terrace", "Cardiff, CF10 5QP", "GB"],
        "R",
        8.5,
        4.2,
        c=ink,
    )
    p.lines(
        135,
        72,
        [
            ("Order information", "B", 8.5),
            "Order date 11 November 2026",
            "Order # 206-5528183-7719531",
        ],
        "R",
        8.5,
        4.2,
        c=ink,
    )
    rows = [
        ("Harbourline Trekker 2 Dome Tent, 2 Person, Waterproof 3000 mm, Olive", 1, "89.99"),
        ("Harbourline Self-Inflating Sleeping Mat 5 cm, Single, Navy", 2, "29.99"),
        ("Shipping charges", 1, "4.99"),
    ]
    tot = sum(D(u) * n for _, n, u in rows)
    vat = q2(tot * 20 / 120)
    net = tot - vat
    meta[2] = ("Total payable", "£" + num(tot))
    for i, (a, b) in enumerate(meta):
        p.text(195, 38 + i * 5, b, "B", 8.5, "r", c=ink)
        p.text(195 - width(b, "B", 8.5) - 2, 38 + i * 5, a, "R", 8.5, "r", c=ink)
    p.text(105, 104, "Invoice details", "B", 10, "c", c=ink)
    y = 110
    xs = [15, 95, 107, 131, 145, 169, 195]
    heads = [
        ("Description", ""),
        ("Qty", ""),
        ("Unit price", "(excl. VAT)"),
        ("VAT %", ""),
        ("Unit price", "(incl. VAT)"),
        ("Item subtotal", "(incl. VAT)"),
    ]
    p.rect(15, y, 180, 10, fill="#EAEDED")
    for i, (a, b) in enumerate(heads):
        x = xs[i] + 2 if i == 0 else xs[i + 1] - 2
        al = "l" if i == 0 else "r"
        p.text(x, y + 4.3, a, "B", 7.5, al, c=ink)
        if b:
            p.text(x, y + 8, b, "R", 7, al, c=ink)
    y += 10
    items = []
    for d, n, u in rows:
        ux = q2(D(u) / D("1.2"))
        lines = p.wrap(d, "R", 7.8, 76)
        h = 3 + 3.8 * len(lines) + 1.5
        for k, ln in enumerate(lines):
            p.text(17, y + 4.5 + k * 3.8, ln, "R", 7.8, c=ink)
        for i, v in (
            (1, str(n)),
            (2, "£" + num(ux)),
            (3, "20%"),
            (4, "£" + num(u)),
            (5, "£" + num(D(u) * n)),
        ):
            p.text(xs[i + 1] - 2, y + 4.5, v, "R", 7.8, "r", c=ink)
        items.append(item(d, n, u, D(u) * n))
        y += h
        p.hline(15, 195, y, 0.15, "#BBBBBB")
    p.text(17, y + 5, "Invoice total", "B", 8.5, c=ink)
    p.text(193, y + 5, "£" + num(tot), "B", 8.5, "r", c=ink)
    p.rect(15, 110, 180, y + 8 - 110, stroke="#BBBBBB", lw=0.2)
    y += 16
    p.text(15, y, "VAT summary", "B", 9, c=ink)
    y += 3
    for i, row in enumerate(
        (
            ("VAT rate", "Item subtotal (excl. VAT)", "VAT subtotal"),
            ("20%", "£" + num(net), "£" + num(vat)),
        )
    ):
        p.rect(15, y, 120, 6.5, fill="#EAEDED" if i == 0 else None, stroke="#BBBBBB", lw=0.2)
        f = "B" if i == 0 else "R"
        p.text(17, y + 4.5, row[0], f, 7.8, c=ink)
        p.text(95, y + 4.5, row[1], f, 7.8, "r", c=ink)
        p.text(133, y + 4.5, row[2], f, 7.8, "r", c=ink)
        y += 6.5
    y += 10
    p.para(
        15,
        y,
        "This VAT invoice is issued by Bazaarly on behalf of the seller, Harbourline "
        "Outdoor Ltd, under a self-billing arrangement. Payment was taken at the time of "
        "the order (Visa ending 3381); no payment is due. For returns visit "
        "bazaarly.co.uk/returns.",
        180,
        "R",
        7.8,
        c=grey,
    )
    p.text(
        105,
        287,
        "Bazaarly EU S.à r.l., UK Branch, 1 Principal Place, Worship Street, London "
        "EC2A 2FA · VAT # GB 727 2553 48",
        "R",
        6.8,
        "c",
        c=grey,
    )
    tr = truth(
        "HOL-INV-26-018822",
        "2026-11-12",
        None,
        "Harbourline Outdoor Ltd",
        net,
        vat,
        tot,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        items,
        "marketplace VAT invoice: the seller (Sold by) is the vendor, not the platform "
        "'bazaarly'; the order number is not the invoice number; line prices keyed "
        "incl. VAT (the table prints unit prices excl. and incl. VAT but the line "
        "subtotal only incl. VAT); shipping is a row of the table; already paid",
    )
    return p, tr, {"title": "VAT Invoice HOL-INV-26-018822", "creator": "Bazaarly Invoicing"}


@doc("scan")
def i21_us_utility_bill_scan():
    p = Page(*LETTER)
    ink, grey = "#111111", "#555555"
    p.circle(28, 22, 8, fill="#1F5F8B")
    p.poly([(28, 16), (32.5, 24), (28, 28), (23.5, 24)], fill="#FFFFFF")
    p.lines(
        40,
        19,
        [
            ("RIVERBEND", "B", 15),
            ("PUBLIC UTILITIES", "B", 8.5),
            ("Electric · Water · Sewer", "R", 7.5),
        ],
        lead=4.6,
        c="#1F5F8B",
    )
    p.lines(
        196,
        17,
        [
            "410 N. Front Street",
            "Riverbend, MO 63901",
            "Customer Service",
            "(573) 555-0190",
            "riverbendpu.org",
        ],
        "R",
        8,
        3.9,
        a="r",
        c=grey,
    )
    p.rect(20, 42, 176, 22, stroke=ink, lw=0.4)
    cells = [
        ("ACCOUNT NUMBER", "0041187-02"),
        ("STATEMENT NO.", "0011842907"),
        ("BILL DATE", "11/06/2026"),
        ("DUE DATE", "11/27/2026"),
    ]
    for i, (a, b) in enumerate(cells):
        x = 20 + i * 44
        if i:
            p.vline(x, 42, 64, 0.3)
        p.text(x + 22, 49, a, "B", 7.5, "c", c=grey)
        p.text(x + 22, 57, b, "B", 11, "c", c=ink)
    p.lines(
        20,
        72,
        [("SERVICE ADDRESS", "B", 7.5), "1827 SYCAMORE LN", "RIVERBEND MO 63901"],
        "R",
        9,
        4.4,
        c=ink,
    )
    p.lines(
        110,
        72,
        [
            ("SERVICE PERIOD", "B", 7.5),
            "10/02/2026 - 11/01/2026 (30 days)",
            "Rate: RES-1 Residential",
        ],
        "R",
        9,
        4.4,
        c=ink,
    )
    e = [
        ("Customer Charge", None, None, "12.00"),
        ("Energy Charge", 712, "0.1194", None),
        ("Power Cost Adjustment", 712, "0.0061", None),
    ]
    w = [
        ("Water Base Charge", None, None, "18.50"),
        ("Water Usage (per 1,000 gal)", 5, "4.62", None),
        ("Sewer Base Charge", None, None, "15.20"),
        ("Sewer Usage (per 1,000 gal)", 5, "5.85", None),
        ("Stormwater Fee", None, None, "6.75"),
    ]
    y = 92
    items, net, elec = [], D(0), D(0)
    p.text(20, y, "ELECTRIC SERVICE", "B", 9, c=ink)
    p.text(
        196, y, "Meter 88120447   Prev 41,228   Pres 41,940   Usage 712 kWh", "R", 7.5, "r", c=grey
    )
    p.hline(20, 196, y + 1.8, 0.3)
    y += 7
    for grp in (e, w):
        for d, qn, rate, fixed in grp:
            a = D(fixed) if fixed else q2(D(rate) * qn)
            net += a
            if grp is e:
                elec += a
            p.text(24, y, d, "R", 9, c=ink)
            if qn:
                unit = "kWh" if grp is e else "kgal"
                p.text(120, y, f"{qn} {unit} @ ${rate}", "R", 9, "r", c=ink)
            p.text(194, y, num(a), "R", 9, "r", c=ink)
            items.append(item(d, qn, rate, a))
            y += 5.2
        if grp is e:
            y += 5
            p.text(20, y, "WATER & SEWER SERVICE", "B", 9, c=ink)
            p.text(
                196,
                y,
                "Meter W-20931   Prev 3,412   Pres 3,417   Usage 5,000 gal",
                "R",
                7.5,
                "r",
                c=grey,
            )
            p.hline(20, 196, y + 1.8, 0.3)
            y += 7
    tax = q2(elec * D("0.05"))
    y += 3
    p.text(24, y, "Utility Users Tax 5.0% (electric)", "R", 9, c=ink)
    p.text(194, y, num(tax), "R", 9, "r", c=ink)
    cur = net + tax
    y += 4
    p.hline(130, 196, y, 0.3)
    y += 5
    p.text(24, y, "TOTAL CURRENT CHARGES", "B", 9, c=ink)
    p.text(194, y, num(cur), "B", 9, "r", c=ink)
    y += 12
    p.rect(20, y, 176, 30, stroke=ink, lw=0.4)
    p.text(24, y + 6, "ACCOUNT SUMMARY", "B", 8, c=grey)
    rows = [
        ("Previous Balance", "131.07"),
        ("Payment Received 10/24/2026 - Thank You", "-131.07"),
        ("Current Charges", num(cur)),
        ("TOTAL AMOUNT DUE", "$" + num(cur)),
    ]
    for i, (a, b) in enumerate(rows):
        f = "B" if i == 3 else "R"
        p.text(24, y + 11.5 + i * 5, a, f, 9, c=ink)
        p.text(192, y + 11.5 + i * 5, b, f, 9, "r", c=ink)
    y += 38
    p.para(
        20,
        y,
        "A 5% late charge will be added to balances not paid by the due date. "
        "Winter Cold Weather Rule protections begin November 1 - call us if you need a "
        "payment arrangement. Your average daily use: 23.7 kWh (last year 25.1 kWh).",
        176,
        "R",
        7.8,
        c=grey,
    )
    sy = 222
    p.hline(10, 206, sy, 0.3, grey, dash=[2, 2])
    p.text(
        20,
        sy + 5,
        "Please detach and return this portion with your payment. Make checks "
        "payable to Riverbend Public Utilities.",
        "R",
        7,
        c=grey,
    )
    p.lines(
        20,
        sy + 14,
        ["MARCUS & DENISE WHITFIELD", "1827 SYCAMORE LN", "RIVERBEND MO 63901-4417"],
        "R",
        9,
        4.5,
        c=ink,
    )
    for i, (a, b) in enumerate(
        (
            ("Account Number", "0041187-02"),
            ("Due Date", "11/27/2026"),
            ("Amount Due", "$" + num(cur)),
            ("Amount Enclosed", "$________"),
        )
    ):
        p.rect(120, sy + 9 + i * 8, 76, 8, stroke=ink, lw=0.3)
        p.text(122, sy + 14.5 + i * 8, a, "R", 8, c=ink)
        p.text(194, sy + 14.5 + i * 8, b, "B", 9, "r", c=ink)
    p.text(
        20,
        sy + 46,
        "0041187021118429070000" + num(cur, "plain").replace(".", "").zfill(8) + "4",
        "K",
        10,
        c=ink,
    )
    tr = truth(
        "0011842907",
        "2026-11-06",
        "2026-11-27",
        "Riverbend Public Utilities",
        net,
        tax,
        cur,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items,
        "US municipal utility bill; no invoice number as such: the statement number "
        "is keyed, the account number is not; the only tax is a 5 % utility users tax "
        "on the electric charges; the previous balance was paid, so the amount due "
        "equals the current charges; fixed charges print no quantity; "
        "unit prices keyed as printed (4 decimals for energy)",
    )
    return p, tr, {"title": "Utility bill 0041187-02"}


@doc("photo")
def i22_de_malerbetrieb_photo():
    p = Page(*A4)
    ink, grey, _acc = "#161616", "#555555", "#2E6E9E"
    for i, c in enumerate(("#E63946", "#F4A261", "#2A9D8F", "#2E6E9E")):
        p.rect(20 + i * 4.5, 16, 3.5, 14, fill=c)
    p.text(42, 24, "Malerbetrieb Krause", "B", 15, c=ink)
    p.text(42, 29.5, "Meisterbetrieb · Fassaden · Innenräume · Bodenbeläge", "R", 7.5, c=grey)
    p.text(
        20,
        44,
        "Malerbetrieb Krause e.K., Inh. Sven Krause · Zschochersche Str. 48 · 04229 Leipzig",
        "R",
        6.5,
        c=grey,
    )
    p.lines(
        20,
        50,
        [
            "Wohnungsgenossenschaft",
            "Lindenau eG",
            "Frau Doreen Matthes",
            "Georg-Schwarz-Straße 104",
            "04179 Leipzig",
        ],
        "R",
        10,
        4.8,
        c=ink,
    )
    p.text(20, 84, "RECHNUNG", "B", 14, c=ink)
    x = 20
    for a, b in (
        ("Rechnung Nr.", "2026-118"),
        ("Datum", "19.11.2026"),
        ("Kunden-Nr.", "3042"),
        ("Seite", "1/1"),
    ):
        x = p.text(x, 91, a, "R", 8.5, c=grey) + 1.8
        x = p.text(x, 91, b, "B", 8.5, c=ink) + 8
    x = 20
    for a, b in (
        ("Bauvorhaben:", "Georg-Schwarz-Str. 104, WE 3.2 (Mieterwechsel)"),
        ("Ausführung:", "03.11.–14.11.2026"),
    ):
        x = p.text(x, 96.5, a, "R", 8.5, c=grey) + 1.8
        x = p.text(x, 96.5, b, "B", 8.5, c=ink) + 8
    y = 108
    p.hline(20, 190, y - 4.5, 0.4)
    for x, h, a in (
        (20, "Pos.", "l"),
        (31, "Leistung", "l"),
        (128, "Menge", "r"),
        (136, "Einh.", "l"),
        (164, "EP", "r"),
        (190, "GP", "r"),
    ):
        p.text(x, y, h, "B", 8.5, a, c=ink)
    p.hline(20, 190, y + 2, 0.4)
    rows = [
        ("Abdeck- und Schutzarbeiten, Boden und Einbauten", "1", "psch", "85.00"),
        ("Wandflächen spachteln Q2, schleifen", "46.5", "m²", "6.80"),
        ("Wandflächen streichen, Dispersion weiß, 2-fach", "46.5", "m²", "9.40"),
        ("Deckenflächen streichen, 2-fach", "18.2", "m²", "8.90"),
        ("Heizkörper lackieren, Kunstharzlack weiß", "2", "Stk", "65.00"),
        ("Material: Spachtelmasse, Farbe, Abdeckmaterial", "1", "psch", "148.60"),
    ]
    y += 8
    items, net = [], D(0)
    for i, (d, n, u_, u) in enumerate(rows, 1):
        a = q2(D(n) * D(u))
        net += a
        p.text(20, y, f"{i:02d}", "R", 8.8, c=ink)
        p.text(31, y, d, "R", 8.8, c=ink)
        p.text(128, y, num(n, "de", 2), "R", 8.8, "r", c=ink)
        p.text(136, y, u_, "R", 8.8, c=ink)
        p.text(164, y, num(u, "de"), "R", 8.8, "r", c=ink)
        p.text(190, y, num(a, "de"), "R", 8.8, "r", c=ink)
        items.append(item(d, n, u, a))
        y += 6.2
    p.hline(20, 190, y - 2.8, 0.25)
    mwst = q2(net * D("0.19"))
    tot = net + mwst
    y += 4
    for a, b, f in (("Nettobetrag", num(net, "de"), "R"), ("MwSt. 19 %", num(mwst, "de"), "R")):
        p.text(164, y, a, f, 9, "r", c=ink)
        p.text(190, y, b, f, 9, "r", c=ink)
        y += 5.5
    p.hline(130, 190, y - 3, 0.3)
    p.text(164, y + 2, "Rechnungsbetrag", "B", 10, "r", c=ink)
    p.text(190, y + 2, num(tot, "de"), "B", 10, "r", c=ink)
    y += 14
    lohn = D("85") + D("46.5") * D("6.80") + D("46.5") * D("9.40") + D("18.2") * D("8.90") + 130
    y = p.para(
        20,
        y,
        "Alle Beträge in Euro. Zahlbar innerhalb von 14 Tagen nach Rechnungs"
        "eingang ohne Abzug. Die Leistung wurde im o. g. Zeitraum erbracht.",
        170,
        "R",
        9,
        c=ink,
    )
    y = p.para(
        20,
        y + 2,
        "Im Rechnungsbetrag enthaltene Arbeitskosten nach § 35a EStG: "
        + num(q2(lohn), "de")
        + " zzgl. MwSt. Nach § 14 Abs. 4 Satz 1 Nr. 9 UStG sind "
        "Sie verpflichtet, diese Rechnung zwei Jahre aufzubewahren.",
        170,
        "R",
        9,
        c=ink,
    )
    p.hline(20, 190, 272, 0.2, "#AAAAAA")
    for x, col in (
        (
            20,
            [
                "Malerbetrieb Krause e.K.",
                "Inh. Sven Krause",
                "Zschochersche Str. 48, 04229 Leipzig",
            ],
        ),
        (90, ["Tel. 0341 480 22 17", "info@maler-krause-leipzig.de", "St.-Nr. 232/214/07718"]),
        (145, ["Sparkasse Leipzig", "IBAN " + iban("DE", "860555921100418822"), "BIC WELADE8LXXX"]),
    ):
        p.lines(x, 276.5, col, "R", 6.6, 3.4, c=grey)
    tr = truth(
        "2026-118",
        "2026-11-19",
        None,
        "Malerbetrieb Krause",
        net,
        mwst,
        tot,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        items,
        "tradesman's invoice; header line with four label/value pairs; amounts without "
        "currency sign ('Alle Beträge in Euro' below the totals); quantities with "
        "decimal comma (46,50 m²); '14 Tagen nach Rechnungseingang' gives no due date; "
        "the § 35a labour-cost line is not a total; name heading 'Malerbetrieb Krause' "
        "(legal form e.K. in the sender line)",
    )
    return p, tr, {"title": "Rechnung 2026-118", "creator": "Microsoft Word"}


def _incl(gross, rate) -> Decimal:
    """Tax contained in a tax-inclusive amount."""
    return q2(D(gross) * D(rate) / (100 + D(rate)))


@doc("photo", roll=True)
def r02_sg_bakery_photo():
    r = Roll(80, 42)
    r.ln("HUP SENG BAKERY PTE. LTD.", "c", "MB", 1.25)
    r.ln("Blk 122 Bedok North Street 2", "c")
    r.ln("#01-148 Singapore 460122", "c")
    r.ln("UEN / GST Reg No: 201012345K", "c")
    r.ln("Tel: 6241 7789", "c")
    r.gap(1.5)
    r.ln("TAX INVOICE", "c", "MB")
    r.gap(1)
    r.lr("Rcpt No: BDK01-00448817", "POS: 01")
    r.lr("Date: 15/11/2026 08:12", "Cashier: Mei Ling")
    r.sep()
    rows = [
        ("Kaya Butter Toast Set", 2, "5.80"),
        ("Pandan Chiffon Cake (Whole)", 1, "14.50"),
        ("Portuguese Egg Tart", 6, "1.70"),
        ("Kopi C Siew Dai", 2, "1.90"),
        ("Curry Puff (Chicken)", 3, "1.80"),
    ]
    items, tot = [], D(0)
    for d, n, u in rows:
        a = q2(D(u) * n)
        tot += a
        r.ln(d)
        r.lr(f"   {n} x {u}", num(a))
        items.append(item(d, n, u, a))
    r.sep()
    gst = _incl(tot, 9)
    r.lr("TOTAL INCL. GST", "S$" + num(tot), "MB", 1.3)
    r.lr("Item Count:", "14")
    r.gap(1)
    r.lr("NETS", num(tot))
    r.lr("CHANGE", "0.00")
    r.sep()
    r.lr("GST 9% INCLUDED", num(gst))
    r.lr("Amount excl. GST", num(tot - gst))
    r.sep()
    r.ln("Goods sold are not refundable.", "c")
    r.ln("Thank you & have a nice day!", "c")
    r.ln("www.hupsengbakery.sg", "c")
    r.finish()
    tr = truth(
        "BDK01-00448817",
        "2026-11-15",
        None,
        "HUP SENG BAKERY PTE. LTD.",
        tot - gst,
        gst,
        tot,
        "SGD",
        "en-SG",
        "receipt",
        "receipt",
        items,
        "the legal company name itself heads the slip; prices incl. GST: vat = 'GST 9% "
        "INCLUDED', amount = total - GST; paid by NETS",
    )
    return r, tr, {"title": "receipt"}


@doc("scan", roll=True, fade=0.55)
def r03_us_grocery_scan():
    r = Roll(80, 40)
    r.big("HARVEST LANE")
    r.ln("M A R K E T", "c", "MB")
    r.ln("2811 S Lamar Blvd", "c")
    r.ln("Austin TX 78704", "c")
    r.ln("(512) 555-0143", "c")
    r.ln("Store Manager: Rosa Delgado", "c")
    r.gap(2)
    rows = [
        ("BANANAS", "2.31", "0.59", "lb", "F"),
        ("MILK 2% GAL", None, "3.79", None, "F"),
        ("BREAD WHEAT 24OZ", None, "3.29", None, "F"),
        ("EGGS LARGE 12CT", None, "4.19", None, "F"),
        ("CHICKEN BRST BNLS", "1.84", "4.99", "lb", "F"),
        ("PAPER TOWELS 6RL", None, "8.99", None, "T"),
        ("DISH SOAP 28OZ", None, "3.49", None, "T"),
        ("COLA 12PK 12OZ CAN", None, "7.49", None, "T"),
    ]
    items, sub, taxable = [], D(0), D(0)
    for d, w, u, unit, flag in rows:
        if w:
            a = q2(D(w) * D(u))
            r.ln(d)
            r.lr(f"  {w} {unit} @ {u} /{unit}", f"{num(a)} {flag}")
            items.append(item(d, w, u, a))
        else:
            a = D(u)
            r.lr(d, f"{num(a)} {flag}")
            items.append(item(d, None, None, a))
        sub += a
        if flag == "T":
            taxable += a
    tax = q2(taxable * D("0.0825"))
    tot = sub + tax
    r.gap(1)
    r.lr("", "SUBTOTAL     " + num(sub))
    r.lr("", "TAX 8.25%     " + num(tax))
    r.lr("****", "TOTAL " + num(tot), "MB", 1.3)
    r.gap(1)
    r.lr("VISA CREDIT", num(tot))
    r.lr("CHANGE DUE", "0.00")
    r.gap(1)
    r.ln("VISA ************1937")
    r.ln("CHIP READ   AUTH CODE 04471B")
    r.ln("AID A0000000031010")
    r.gap(1)
    r.ln("# ITEMS SOLD 8")
    r.ln("F = FOOD EXEMPT   T = TAXABLE")
    r.gap(1)
    r.lr("11/16/26 10:42am", "ST 0218  REG 03")
    r.lr("CASHIER DEVON", "TRANS# 4471")
    r.gap(2)
    r.code128(40, r.y, "021803044711116", 9, 0.28, "c")
    r.y += 11
    r.ln("021803044711116", "c")
    r.gap(1)
    r.ln("THANK YOU FOR SHOPPING", "c")
    r.ln("HARVEST LANE MARKET", "c")
    r.ln("Returns w/ receipt within 30 days", "c")
    r.finish()
    tr = truth(
        "4471",
        "2026-11-16",
        None,
        "HARVEST LANE MARKET",
        sub,
        tax,
        tot,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        items,
        "Texas grocery: F = food exempt, T = taxable at 8.25 % on the taxable items "
        "only; number = TRANS#; weighed items print weight and price per lb (quantity = "
        "weight); the heading prints 'HARVEST LANE' / 'M A R K E T' (spaced letters) "
        "and the footer 'HARVEST LANE MARKET'; no $ sign printed, USD implied (Austin "
        "TX)",
    )
    return r, tr, {"title": "receipt"}


@doc("photo", roll=True)
def r05_uk_cafe_photo():
    r = Roll(80, 42)
    r.big("THE COPPER KETTLE")
    r.ln("Copper Kettle Cafés Ltd", "c")
    r.ln("14 Fore Street, Totnes TQ9 5DX", "c")
    r.ln("01803 555 214", "c")
    r.ln("VAT Reg No: " + gb_vat("4417208"), "c")
    r.gap(2)
    r.lr("Order #12", "EAT IN")
    r.lr("Rcpt: 41207", "Till 1  Staff: Ollie")
    r.lr("14/11/2026", "11:26")
    r.sep()
    rows = [
        ("Flat White", 1, "3.40"),
        ("Oat Latte (Large)", 1, "4.10"),
        ("Cheese Scone", 2, "3.50"),
        ("Cream Tea for One", 1, "8.95"),
        ("Extra Clotted Cream", 1, "1.20"),
    ]
    items, tot = [], D(0)
    for d, n, u in rows:
        a = q2(D(u) * n)
        tot += a
        if n > 1:
            r.lr(f"{n} {d}", "£" + num(a))
            r.ln(f"    @ £{u} each")
        else:
            r.lr(f"{n} {d}", "£" + num(a))
        items.append(item(d, n, u, a))
    r.sep()
    vat = _incl(tot, 20)
    r.lr("TOTAL", "£" + num(tot), "MB", 1.3)
    r.lr("Card (Contactless)", "£" + num(tot))
    r.ln("Mastercard **** 5520")
    r.sep()
    r.ln("VAT Summary")
    r.ln(f"{'Rate':<8}{'Net':>10}{'VAT':>10}{'Gross':>12}")
    r.ln(f"{'20%':<8}{num(tot - vat):>10}{num(vat):>10}{num(tot):>12}")
    r.sep()
    r.ln("Thank you for visiting!", "c")
    r.ln("Free wifi: Kettle-Guest", "c")
    r.finish()
    tr = truth(
        "41207",
        "2026-11-14",
        None,
        "THE COPPER KETTLE",
        tot - vat,
        vat,
        tot,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        items,
        "trading name heads the slip, legal name 'Copper Kettle Cafés Ltd' below; the "
        "order number (#12) is not the receipt number (Rcpt 41207); VAT summary with "
        "net / VAT / gross",
    )
    return r, tr, {"title": "receipt"}


@doc("scan", roll=True, fade=0.5)
def r06_fr_supermarche_scan():
    r = Roll(80, 42)
    r.big("PROXI MARCHÉ")
    r.ln("DES CAPUCINS", "c", "MB")
    r.ln("SAS DISTRIMARCHÉ CAPUCINS", "c")
    r.ln("12 place des Capucins", "c")
    r.ln("33800 BORDEAUX", "c")
    r.ln("Tél : 05 56 91 44 20", "c")
    r.ln("SIRET 812 447 219 00015", "c")
    r.ln("TVA " + fr_vat("812447219"), "c")
    r.sep("=")
    rows = [
        ("BAGUETTE TRADITION", 1, "1.20", "1", None),
        ("LAIT DEMI-ECREME 1L", 2, "1.15", "1", None),
        ("EMMENTAL RAPE 200G", 1, "2.49", "1", None),
        ("POMMES GOLDEN VRAC", "1.235", "2.90", "1", "kg"),
        ("YAOURTS NATURE X8", 1, "2.15", "1", None),
        ("EAU GAZEUSE 6X1L", 1, "3.90", "1", None),
        ("LESSIVE LIQUIDE 2L", 1, "7.95", "2", None),
        ("PAPIER TOILETTE X12", 1, "5.60", "2", None),
        ("BORDEAUX ROUGE 75CL", 1, "6.50", "2", None),
    ]
    items, by = [], {"1": D(0), "2": D(0)}
    for d, n, u, code, unit in rows:
        a = q2(D(n) * D(u))
        by[code] += a
        if unit:
            r.ln(d)
            r.lr(f"  {num(n, 'pc', 3)} kg x {num(u, 'pc')} €/kg", f"{num(a, 'pc')}  {code}")
        elif n > 1:
            r.ln(d)
            r.lr(f"  {n} x {num(u, 'pc')}", f"{num(a, 'pc')}  {code}")
        else:
            r.lr(d, f"{num(a, 'pc')}  {code}")
        items.append(item(d, n, u, a))
    tot = by["1"] + by["2"]
    r.sep()
    r.lr(f"{len(rows) + 1} ARTICLES", "")
    r.lr("TOTAL A PAYER", num(tot, "pc") + " €", "MB", 1.3)
    r.gap(1)
    r.lr("CB EMV SANS CONTACT", num(tot, "pc") + " €")
    r.sep()
    tva = {}
    r.ln(f"{'TVA':<5}{'TAUX':>7}{'HT':>10}{'TVA':>9}{'TTC':>10}")
    for code, rate in (("1", "5.5"), ("2", "20")):
        t = _incl(by[code], rate)
        tva[code] = t
        r.ln(
            f"{code:<5}{num(rate, 'pc'):>6}%{num(by[code] - t, 'pc'):>10}"
            f"{num(t, 'pc'):>9}{num(by[code], 'pc'):>10}"
        )
    vat = sum(tva.values())
    r.sep()
    r.lr("Ticket 0087218", "Caisse 02")
    r.lr("15/11/2026 17:48:21", "Hôte : Sandrine")
    r.gap(1)
    r.ln("MERCI DE VOTRE VISITE", "c")
    r.ln("Ouvert 7j/7 de 8h à 21h", "c")
    r.ln("Conservez votre ticket", "c")
    r.finish()
    tr = truth(
        "0087218",
        "2026-11-15",
        None,
        "PROXI MARCHÉ DES CAPUCINS",
        tot - vat,
        vat,
        tot,
        "EUR",
        "fr-FR",
        "receipt",
        "receipt",
        items,
        "French supermarket ticket: TVA codes 1 = 5,5 %, 2 = 20 %; TTC prices; the TVA "
        "table prints HT / TVA / TTC per rate (vat = sum of both); trading name in two "
        "lines at the top ('PROXI MARCHÉ' / 'DES CAPUCINS'), legal name SAS "
        "DISTRIMARCHÉ CAPUCINS below; weighed apples: quantity = 1,235 kg",
    )
    return r, tr, {"title": "ticket"}


@doc("photo", roll=True)
def r07_de_supermarkt_photo():
    r = Roll(80, 42)
    r.big("Frischmarkt Sommer", f="MB")
    r.ln("Sommer Lebensmittel GmbH & Co. KG", "c")
    r.ln("Hauptstraße 88 · 71638 Ludwigsburg", "c")
    r.ln("Tel. 07141 92 44 10", "c")
    r.ln("USt-IdNr. DE293817440", "c")
    r.gap(2)
    r.lr("", "EUR")
    rows = [
        ("Bio Vollmilch 3,8% 1l", None, "1.39", "A"),
        ("Weizenmischbrot 750g", None, "2.79", "A"),
        ("Butter 250g", None, "2.29", "A"),
        ("Äpfel Elstar lose", "0.842", "2.99", "A"),
        ("Bergkäse 200g", None, "3.49", "A"),
        ("Mineralwasser 6x1,5l", None, "3.54", "B"),
        ("Pfand 6x0,25", None, "1.50", "B"),
        ("Spülmittel 500ml", None, "1.45", "B"),
        ("Kaffee gemahlen 500g", None, "6.99", "A"),
        ("Blumenstrauß Herbst", None, "4.99", "A"),
    ]
    items, by = [], {"A": D(0), "B": D(0)}
    for d, w, u, c in rows:
        if w:
            a = q2(D(w) * D(u))
            r.ln(d)
            r.lr(f"  {num(w, 'pc', 3)} kg x {num(u, 'pc')} EUR/kg", f"{num(a, 'pc')} {c}")
            items.append(item(d, w, u, a))
        else:
            a = D(u)
            r.lr(d, f"{num(a, 'pc')} {c}")
            items.append(item(d, None, None, a))
        by[c] += a
    tot = by["A"] + by["B"]
    r.ln("-" * 42)
    r.lr("SUMME", "EUR " + num(tot, "pc"), "MB", 1.3)
    r.ln("=" * 42)
    r.lr("Geg. Bar", "EUR 50,00")
    r.lr("Rückgeld", "EUR " + num(D(50) - tot, "pc"))
    r.gap(1)
    r.ln(f"{'MwSt%':<8}{'Netto':>11}{'MwSt':>10}{'Brutto':>11}")
    tax = {}
    for c, rate in (("A", 7), ("B", 19)):
        t = _incl(by[c], rate)
        tax[c] = t
        r.ln(
            f"{c + ' ' + str(rate) + '%':<8}{num(by[c] - t, 'pc'):>11}{num(t, 'pc'):>10}"
            f"{num(by[c], 'pc'):>11}"
        )
    vat = sum(tax.values())
    r.gap(1.5)
    r.lr("18.11.2026 17:32", "Bon-Nr. 4471")
    r.lr("Kasse 2", "Bed. 14")
    r.gap(1)
    r.ln("TSE-Transaktion: 188204")
    r.ln("TSE-Start: 2026-11-18T17:31:52.000")
    r.ln("TSE-Stop:  2026-11-18T17:32:40.000")
    r.ln("TSE-Seriennr.: 3f8a61c2e0b94d7a")
    r.ln("  118b5c02d7e4a9f3361c05be72a1d9")
    r.ln("TSE-Signatur: MEUCIQD4kQ0c2Gr7bX8w")
    r.ln("  Zp9xk1L3mZp2uVh5o8sT0AiBv3NcE1")
    r.ln("TSE-Signaturzähler: 376512")
    r.gap(1.5)
    r.ln("Vielen Dank für Ihren Einkauf!", "c")
    r.ln("Mo-Sa 7-21 Uhr", "c")
    r.finish()
    tr = truth(
        "4471",
        "2026-11-18",
        None,
        "Frischmarkt Sommer",
        tot - vat,
        vat,
        tot,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        items,
        "German Bon: MwSt codes A = 7 %, B = 19 % with a Netto/MwSt/Brutto table "
        "(vat = sum of both); number = Bon-Nr. (the TSE transaction number and "
        "signature counter are not it); the Pfand line is keyed as an item (taxed B); "
        "cash with change",
    )
    return r, tr, {"title": "Kassenbon"}


@doc("scan", roll=True, fade=0.4)
def r08_it_scontrino_scan():
    r = Roll(80, 42)
    r.big("BAR PASTICCERIA AURORA", f="MB")
    r.ln("di Ferraro Giulia & C. s.n.c.", "c")
    r.ln("Corso Vittorio Emanuele II, 214", "c")
    r.ln("10139 TORINO (TO)", "c")
    r.ln("P.IVA " + it_piva("1128437001"), "c")
    r.gap(1.5)
    r.ln("DOCUMENTO COMMERCIALE", "c", "MB")
    r.ln("di vendita o prestazione", "c")
    r.gap(1)
    r.ln(f"{'DESCRIZIONE':<24}{'IVA':>6}{'Prezzo(€)':>12}")
    rows = [
        ("CAPPUCCINO", 2, "1.60"),
        ("CAFFE'", 1, "1.20"),
        ("BRIOCHE CREMA", 2, "1.50"),
        ("BICERIN", 1, "4.50"),
        ("PASTICCINI MIGNON 250G", 1, "9.00"),
        ("ACQUA NAT. 0,5L", 1, "1.00"),
    ]
    items, tot = [], D(0)
    for d, n, u in rows:
        a = q2(D(u) * n)
        tot += a
        if n > 1:
            r.ln(f"{n} x {num(u, 'pc')}")
        r.ln(f"{d:<24}{'10%':>6}{num(a, 'pc'):>12}")
        items.append(item(d, n, u, a))
    iva = _incl(tot, 10)
    r.sep()
    r.lr("TOTALE COMPLESSIVO", num(tot, "pc"), "MB", 1.2)
    r.lr("DI CUI IVA", num(iva, "pc"))
    r.gap(1)
    r.lr("PAGAMENTO CONTANTE", "50,00")
    r.lr("RESTO", num(D(50) - tot, "pc"))
    r.lr("IMPORTO PAGATO", num(tot, "pc"))
    r.sep()
    r.lr("18-11-2026 09:14", "")
    r.lr("DOCUMENTO N. 0412-0087", "")
    r.ln("RT 99MEX012377")
    r.gap(1)
    r.qr(28, r.y, 24, "https://ivaservizi.agenziaentrate.gov.it/rt/99MEX012377/0412-0087/20261118")
    r.y += 26
    r.ln("GRAZIE E ARRIVEDERCI", "c")
    r.finish()
    tr = truth(
        "0412-0087",
        "2026-11-18",
        None,
        "BAR PASTICCERIA AURORA",
        tot - iva,
        iva,
        tot,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        items,
        "Italian documento commerciale (RT): all lines IVA 10 %, 'DI CUI IVA' inside the "
        "total; cash 50,00 with RESTO; number = DOCUMENTO N. (z-report 0412, document "
        "0087); the RT serial is not the number; the euro sign only in the column "
        "header 'Prezzo(€)'",
    )
    return r, tr, {"title": "documento commerciale"}


@doc("photo", roll=True)
def r09_es_ticket_photo():
    r = Roll(80, 42)
    r.big("LA TASCA DE TRIANA", f="MB")
    r.ln("Bar - Restaurante", "c")
    r.ln("Hostelería Guadalquivir Sur, S.L.", "c")
    r.ln("CIF " + es_cif("B", "9184720"), "c")
    r.ln("C/ Betis, 47 - 41010 Sevilla", "c")
    r.ln("Tel. 954 33 21 87", "c")
    r.gap(1.5)
    r.ln("FACTURA SIMPLIFICADA", "c", "MB")
    r.lr("Nº: T001-2026-018844", "")
    r.lr("Fecha: 17/11/2026", "Hora: 14:52")
    r.lr("Mesa: 7   Comensales: 3", "Camarero: Manolo")
    r.sep()
    r.ln(f"{'UDS':<4}{'DESCRIPCION':<20}{'PRECIO':>8}{'IMPORTE':>10}")
    r.sep()
    rows = [
        (3, "CAÑA CRUZCAMPO", "1.80"),
        (1, "TINTO DE VERANO", "2.50"),
        (1, "SALMOREJO", "6.50"),
        (2, "ESPINACAS GARBANZOS", "3.80"),
        (1, "RACION PESCAITO FRITO", "14.00"),
        (1, "SOLOMILLO AL WHISKY", "12.50"),
        (3, "PAN Y PICOS", "1.20"),
    ]
    items, tot = [], D(0)
    for n, d, u in rows:
        a = q2(D(u) * n)
        tot += a
        r.ln(f"{n:<4}{d[:20]:<20}{num(u, 'pc'):>8}{num(a, 'pc'):>10}")
        items.append(item(d, n, u, a))
    r.sep()
    iva = _incl(tot, 10)
    r.lr("TOTAL (IVA INCL.)", num(tot, "pc") + " EUR", "MB", 1.25)
    r.gap(1)
    r.lr("BASE IMPONIBLE 10%", num(tot - iva, "pc"))
    r.lr("CUOTA IVA 10%", num(iva, "pc"))
    r.sep()
    r.lr("EFECTIVO", "60,00")
    r.lr("CAMBIO", num(D(60) - tot, "pc"))
    r.gap(1.5)
    r.ln("GRACIAS POR SU VISITA", "c")
    r.ln("Solicite su factura completa en caja", "c")
    r.finish()
    tr = truth(
        "T001-2026-018844",
        "2026-11-17",
        None,
        "LA TASCA DE TRIANA",
        tot - iva,
        iva,
        tot,
        "EUR",
        "es-ES",
        "receipt",
        "receipt",
        items,
        "Spanish factura simplificada: IVA 10 % included, base and cuota printed; "
        "trading name heads the ticket, legal S.L. below; cash with change",
    )
    return r, tr, {"title": "ticket"}


@doc("scan", roll=True, fade=0.5)
def r11_pl_paragon_scan():
    r = Roll(80, 42)
    r.ln('Piekarnia-Cukiernia "KŁOS"', "c", "MB", 1.2)
    r.ln("KŁOS Sp. z o.o.", "c")
    r.ln("ul. Półwiejska 24, 61-888 Poznań", "c")
    r.ln("NIP " + pl_nip("783164205").replace("-", ""), "c")
    r.lr("2026-11-16 08:41", "nr wydr.074213")
    r.ln("PARAGON FISKALNY", "c", "MB", 1.3)
    r.sep()
    rows = [
        ("Chleb żytni razowy", "1", "6.49", "C"),
        ("Bułka kajzerka", "6", "0.79", "C"),
        ("Pączek z różą", "4", "3.20", "C"),
        ("Sernik krakowski", "0.45", "54.00", "C"),
        ("Kawa americano", "1", "9.50", "B"),
        ("Torba papierowa", "1", "0.50", "A"),
    ]
    items, by = [], {"A": D(0), "B": D(0), "C": D(0)}
    for d, n, u, c in rows:
        a = q2(D(n) * D(u))
        by[c] += a
        qty = num(n, "pc", 3 if "." in n else 0)
        r.lr(d, f"{qty} x{num(u, 'pc')}  {num(a, 'pc')}{c}")
        items.append(item(d, n, u, a))
    r.sep()
    rates = {"A": 23, "B": 8, "C": 5}
    ptu = {}
    for c in ("A", "B", "C"):
        ptu[c] = _incl(by[c], rates[c])
        r.lr(f"Sprzedaż opodatk. {c}", num(by[c], "pc"))
        r.lr(f"Kwota PTU {c} {rates[c]},00%", num(ptu[c], "pc"))
    vat = sum(ptu.values())
    tot = sum(by.values())
    r.lr("Suma PTU", num(vat, "pc"))
    r.sep()
    r.lr("SUMA PLN", num(tot, "pc"), "MB", 1.45)
    r.sep()
    r.lr("00421 #Kasa 2", "Kasjer nr 3   08:41")
    r.ln("{PL} ABC 12345678", "c")
    r.gap(1)
    r.lr("Gotówka", "60,00 PLN")
    r.lr("Reszta", num(D(60) - tot, "pc") + " PLN")
    r.gap(1)
    r.ln("Dziękujemy! Zapraszamy ponownie", "c")
    r.finish()
    tr = truth(
        "00421",
        "2026-11-16",
        None,
        'Piekarnia-Cukiernia "KŁOS"',
        tot - vat,
        vat,
        tot,
        "PLN",
        "pl-PL",
        "receipt",
        "receipt",
        items,
        "paragon fiskalny: PTU A 23 % / B 8 % / C 5 % inside the total, Suma PTU = vat; "
        "number = the receipt number 00421 on the '#Kasa' line (the 'nr wydr.' print "
        "counter is not it); cake sold by weight (0,450 kg)",
    )
    return r, tr, {"title": "paragon"}


@doc("photo", roll=True)
def r12_jp_supermarket_photo():
    r = Roll(80, 40)
    r.big("SUPER HANAMIZUKI")
    r.ln("Hanamizuki Shoji Co., Ltd.", "c")
    r.ln("Koenji-kita 3-chome store", "c")
    r.ln("3-22-8 Koenji-kita, Suginami-ku, Tokyo", "c")
    r.ln("TEL 03-3337-1180", "c")
    r.ln("Registration No. " + jp_corp("301101047728"), "c")
    r.gap(1.5)
    r.ln("RECEIPT", "c", "MB", 1.3)
    r.lr("2026/11/15(Sun) 18:22", "Reg 02")
    r.lr("Receipt No. 0417", "Cashier: Tanaka")
    r.sep()
    rows = [
        ("Natto 3pk", "98", True),
        ("Silken tofu 300g", "78", True),
        ("Salmon fillet 2pc", "398", True),
        ("Cabbage 1/2", "128", True),
        ("Udon noodles 3pk", "148", True),
        ("Green tea 2L", "158", True),
        ("Kitchen sponge 5pk", "220", False),
        ("Garbage bags 45L 10pc", "198", False),
    ]
    items, b8, b10 = [], D(0), D(0)
    for d, u, red in rows:
        r.lr(("*" if red else " ") + d, "¥" + num(u, dp=0))
        items.append(item(d, None, None, u))
        if red:
            b8 += D(u)
        else:
            b10 += D(u)
    t8 = (b8 * D("0.08")).quantize(Decimal("1"), rounding="ROUND_DOWN")
    t10 = (b10 * D("0.10")).quantize(Decimal("1"), rounding="ROUND_DOWN")
    sub = b8 + b10
    tot = sub + t8 + t10
    r.sep()
    r.lr(f"Subtotal   {len(rows)} items", "¥" + num(sub, dp=0))
    r.lr("(8% taxable    ¥" + num(b8, dp=0) + ")", "")
    r.lr("  Ext. tax 8%", "¥" + num(t8, dp=0))
    r.lr("(10% taxable     ¥" + num(b10, dp=0) + ")", "")
    r.lr("  Ext. tax 10%", "¥" + num(t10, dp=0))
    r.lr("Total", "¥" + num(tot, dp=0), "MB", 1.4)
    r.lr("Cash", "¥2,000")
    r.lr("Change", "¥" + num(D(2000) - tot, dp=0))
    r.sep()
    r.ln("* = reduced tax rate (8%) item")
    r.ln("Points earned: 14 pt (Hanamizuki card)")
    r.gap(1)
    r.ln("Thank you for shopping!", "c")
    r.finish()
    tr = truth(
        "0417",
        "2026-11-15",
        None,
        "SUPER HANAMIZUKI",
        sub,
        t8 + t10,
        tot,
        "JPY",
        "en-JP",
        "receipt",
        "receipt",
        items,
        "Japanese supermarket receipt printed in English (no CJK font installed): "
        "external tax (sotozei) added per rate, 8 % for '*' food items and 10 %, "
        "rounded down; yen without decimals; trading name over the legal name; lines "
        "print no quantities",
    )
    return r, tr, {"title": "receipt"}


@doc("photo", roll=True)
def r14_in_restaurant_photo():
    r = Roll(80, 42)
    r.big("SPICE ROUTE DHABA")
    r.ln("(A unit of Sharma Hospitality Pvt. Ltd.)", "c")
    r.ln("Shop 4, Sector 29 Market, Gurugram", "c")
    r.ln("Haryana - 122002   Ph: 0124-4012287", "c")
    r.ln("GSTIN: " + gstin("06", "AAKCS7741R"), "c")
    r.ln("FSSAI Lic No: 10826999000412", "c")
    r.gap(1.5)
    r.ln("TAX INVOICE", "c", "MB", 1.2)
    r.lr("Bill No: 1187", "Date: 16/11/26")
    r.lr("Table: T7  Pax: 4", "Time: 21:14")
    r.lr("Steward: Ravi", "Dine In")
    r.sep()
    r.ln(f"{'Item':<20}{'Qty':>4}{'Rate':>8}{'Amount':>10}")
    r.sep()
    rows = [
        ("Paneer Tikka", 1, "320.00"),
        ("Dal Makhani", 1, "290.00"),
        ("Butter Chicken", 1, "420.00"),
        ("Butter Naan", 6, "60.00"),
        ("Jeera Rice", 2, "180.00"),
        ("Sweet Lassi", 4, "110.00"),
        ("Gulab Jamun (2 pc)", 2, "90.00"),
    ]
    items, sub = [], D(0)
    for d, n, u in rows:
        a = q2(D(u) * n)
        sub += a
        r.ln(f"{d:<20}{n:>4}{u:>8}{num(a, 'in'):>10}")
        items.append(item(d, n, u, a))
    r.sep()
    c = q2(sub * D("0.025"))
    raw = sub + 2 * c
    tot = q0(raw)
    r.lr("Sub Total", num(sub, "in"))
    r.lr("CGST @ 2.5%", num(c, "in"))
    r.lr("SGST @ 2.5%", num(c, "in"))
    r.lr("Round Off", ("+" if tot >= raw else "") + num(tot - raw))
    r.sep("=")
    r.lr("Grand Total", "₹ " + num(tot, "in"), "MB", 1.3)
    r.sep("=")
    r.lr("Paid: UPI", num(tot, "in"))
    r.ln("Rupees Two Thousand Four Hundred", "l")
    r.ln("Eighty-nine Only", "l")
    r.gap(1)
    r.ln("Thank you! Visit again", "c")
    r.ln("Service charge not levied", "c")
    r.finish()
    tr = truth(
        "1187",
        "2026-11-16",
        None,
        "SPICE ROUTE DHABA",
        sub,
        2 * c,
        tot,
        "INR",
        "en-IN",
        "receipt",
        "receipt",
        items,
        "Indian restaurant GST bill: CGST 2.5 % + SGST 2.5 % (vat = both), round-off "
        "line included in the Grand Total; trading name heads the bill, the legal "
        "company '(A unit of Sharma Hospitality Pvt. Ltd.)' below; date DD/MM/YY",
    )
    return r, tr, {"title": "bill"}


@doc("scan", roll=True, fade=0.45)
def r15_mx_taqueria_scan():
    r = Roll(80, 42)
    r.big("EL FOGÓN DE LA ROMA")
    r.ln("T A Q U E R Í A", "c", "MB")
    r.ln("ALIMENTOS FOGÓN ROMA S.A. DE C.V.", "c")
    r.ln("RFC: AFR190814 2K7", "c")
    r.ln("Av. Álvaro Obregón 132, Col. Roma Nte.", "c")
    r.ln("Cuauhtémoc, C.P. 06700, CDMX", "c")
    r.ln("Régimen 601 General de Ley P. Morales", "c")
    r.gap(1.5)
    r.ln("TICKET DE VENTA", "c", "MB")
    r.lr("Folio: A-28814", "Mesa: 5")
    r.lr("Fecha: 13/11/2026 14:37", "Mesero: Iván")
    r.sep()
    r.ln(f"{'CANT':<5}{'DESCRIPCIÓN':<25}{'IMPORTE':>12}")
    r.sep()
    rows = [
        (4, "TACO AL PASTOR", "26.00"),
        (3, "TACO DE SUADERO", "28.00"),
        (2, "GRINGA DE PASTOR", "65.00"),
        (1, "QUESADILLA HONGOS", "55.00"),
        (2, "AGUA HORCHATA 1L", "45.00"),
        (1, "REFRESCO 355ML", "30.00"),
    ]
    items, tot = [], D(0)
    for n, d, u in rows:
        a = q2(D(u) * n)
        tot += a
        r.ln(f"{n:<5}{d:<25}{'$' + num(a):>12}")
        r.ln(f"{'':<5}@ ${u}")
        items.append(item(d, n, u, a))
    r.sep()
    sub = q2(tot / D("1.16"))
    iva = tot - sub
    r.lr("SUBTOTAL", "$" + num(sub))
    r.lr("IVA 16%", "$" + num(iva))
    r.lr("TOTAL", "$" + num(tot), "MB", 1.3)
    r.ln("(CUATROCIENTOS NOVENTA Y TRES PESOS", "c")
    r.ln("00/100 M.N.)", "c")
    r.sep()
    r.ln("PROPINA SUGERIDA", "c", "MB")
    r.lr("  10%", "$" + num(q2(tot * D("0.10"))))
    r.lr("  15%", "$" + num(q2(tot * D("0.15"))))
    r.ln("** LA PROPINA NO ESTÁ INCLUIDA **", "c")
    r.sep()
    r.ln("Este ticket no es un comprobante fiscal.", "c")
    r.ln("Facture en línea en fogonroma.mx con", "c")
    r.ln("su folio dentro del mes de consumo.", "c")
    r.ln("¡Gracias por su visita!", "c")
    r.finish()
    tr = truth(
        "A-28814",
        "2026-11-13",
        None,
        "EL FOGÓN DE LA ROMA",
        sub,
        iva,
        tot,
        "MXN",
        "es-MX",
        "receipt",
        "receipt",
        items,
        "Mexican restaurant ticket: prices incl. IVA, SUBTOTAL (net) + IVA 16 % = TOTAL; "
        "suggested tips are printed but NOT included (total is before tip); trading "
        "name with 'T A Q U E R Í A' below, legal S.A. de C.V. line; '$' with the "
        "amount in words 'M.N.' = MXN",
    )
    return r, tr, {"title": "ticket"}


@doc("scan", roll=True, fade=0.6)
def r17_ca_fuel_scan():
    r = Roll(80, 40)
    r.big("NORTHLAND FUELS")
    r.ln("STATION #412", "c")
    r.ln("1450 HWY 11 N", "c")
    r.ln("GRAVENHURST ON  P1P 1R1", "c")
    r.ln("(705) 555-0148", "c")
    bn = "80417226"
    r.ln("GST/HST# " + bn + luhn_digit(bn) + " RT0001", "c")
    r.gap(2)
    r.lr("11/19/2026", "07:52:14")
    r.lr("TRAN# 008812", "TERM 02")
    r.ln("PUMP 04")
    r.sep()
    litres, ppl = D("45.318"), D("1.459")
    fuel = q2(litres * ppl)
    r.ln("REGULAR UNLEADED")
    r.lr(f"  {litres} L @ ${ppl}/L", num(fuel))
    r.lr("CAR WASH - DELUXE", "14.00")
    r.sep()
    tot = fuel + D("14.00")
    hst = _incl(tot, 13)
    r.lr("TOTAL", "$" + num(tot), "MB", 1.35)
    r.lr("HST 13% INCLUDED", num(hst))
    r.gap(1)
    r.lr("DEBIT", "$" + num(tot))
    r.ln("INTERAC ************7720")
    r.lr("AUTH# 04471B", "SEQ# 0018834")
    r.ln("00 APPROVED - THANK YOU")
    r.gap(1)
    r.ln("WASH CODE: 58214  EXP 12/19/2026")
    r.gap(1)
    r.ln("PRICES INCLUDE ALL APPLICABLE TAXES", "c")
    r.ln("THANK YOU - DRIVE SAFELY", "c")
    r.finish()
    items = [
        item("REGULAR UNLEADED", str(litres), str(ppl), fuel),
        item("CAR WASH - DELUXE", None, None, "14.00"),
    ]
    tr = truth(
        "008812",
        "2026-11-19",
        None,
        "NORTHLAND FUELS",
        tot - hst,
        hst,
        tot,
        "CAD",
        "en-CA",
        "receipt",
        "receipt",
        items,
        "Ontario fuel receipt: litres x price per litre; prices include HST 13 % "
        "('HST 13% INCLUDED'): vat = that, amount = total - HST; number = TRAN# (AUTH# "
        "and SEQ# are card references); MM/DD/YYYY",
    )
    return r, tr, {"title": "receipt"}


@doc("photo", roll=True)
def r19_uk_parking_photo():
    r = Roll(58, 32, margin=3.0)
    r.ln("CASTLEGATE", "c", "MB", 1.6)
    r.ln("CAR PARK", "c", "MB", 1.6)
    r.ln("Operated by Parkwell UK Ltd", "c")
    r.ln("VAT No. " + gb_vat("6620394"), "c")
    r.gap(1)
    r.ln("--- VAT RECEIPT ---", "c", "MB")
    r.gap(1)
    tot = D("8.50")
    vat = _incl(tot, 20)
    rows = [
        ("Ticket No:", "00418827"),
        ("Machine:", "PM03"),
        ("Entry:", "17/11/26 09:14"),
        ("Paid:", "17/11/26 12:48"),
        ("Duration:", "3h 34m"),
        ("Tariff:", "Up to 4 hrs"),
    ]
    for a, b in rows:
        r.lr(a, b)
    r.sep()
    r.lr("AMOUNT PAID", "£" + num(tot), "MB")
    r.lr("Net", "£" + num(tot - vat))
    r.lr("VAT @ 20%", "£" + num(vat))
    r.sep()
    r.ln("Contactless VISA")
    r.ln("**** **** **** 4471")
    r.ln("Auth: 118204")
    r.gap(1)
    r.ln("Exit within 15 minutes", "c")
    r.ln("Keep this receipt", "c")
    r.ln("parkwell.co.uk  0345 555 0120", "c")
    r.finish()
    tr = truth(
        "00418827",
        "2026-11-17",
        None,
        "CASTLEGATE CAR PARK",
        tot - vat,
        vat,
        tot,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        [item("Parking, up to 4 hrs", None, None, tot)],
        "58 mm pay-machine ticket: the car park's name heads the slip (two lines), the "
        "operator 'Parkwell UK Ltd' below; number = Ticket No.; date = payment date; "
        "no item lines as such (one tariff)",
    )
    return r, tr, {"title": "receipt"}


class Slip(Page):
    """A narrow e-receipt page in proportional type; its length follows the content."""

    def __init__(self, w=100.0, margin=8.0, top=10.0, f="R", sz=8.5):
        super().__init__(w, None)
        self.m, self.f, self.sz = margin, f, sz
        self.y = top

    def row(self, left="", right="", f=None, sz=None, c=None, lead=1.45, mid=None):
        f, sz = f or self.f, sz or self.sz
        self.y += sz * 0.75 / MM
        if left:
            self.text(self.m, self.y, left, f, sz, c=c)
        if mid:
            self.text(mid[0], self.y, mid[1], f, sz, "r", c=c)
        if right:
            self.text(self.w - self.m, self.y, right, f, sz, "r", c=c)
        self.y += sz * (lead - 0.75) / MM

    def center(self, s, f=None, sz=None, c=None, lead=1.45):
        f, sz = f or self.f, sz or self.sz
        self.y += sz * 0.75 / MM
        self.text(self.w / 2, self.y, s, f, sz, "c", c=c)
        self.y += sz * (lead - 0.75) / MM

    def rule(self, c="#BBBBBB", lw=0.2, gap=2.0, dash=None):
        self.y += gap / 2
        self.hline(self.m, self.w - self.m, self.y, lw, c, dash)
        self.y += gap / 2

    def gap(self, mm=2.0):
        self.y += mm

    def finish(self, bottom=10.0):
        self.h = self.y + bottom


@doc("pdf")
def r04_us_restaurant_tip_ereceipt():
    s = Slip(100, 9)
    ink, grey = "#1E1E1E", "#6B6B6B"
    s.gap(2)
    s.center("MARLOWE'S", "SB", 17, c=ink, lead=1.2)
    s.center("KITCHEN & BAR", "R", 8, c=grey)
    s.center("287 Smith Street, Brooklyn, NY 11231", "R", 7.5, c=grey)
    s.center("(718) 555-0164 · marlowesbk.com", "R", 7.5, c=grey)
    s.gap(3)
    s.center("Thanks for dining with us, Jordan!", "B", 9, c=ink)
    s.gap(2)
    s.rule()
    s.row("Check #1187", "Table 14", "R", 8, c=grey)
    s.row("Server: Alyssa", "Guests: 2", "R", 8, c=grey)
    s.row("Nov 14, 2026  8:41 PM", "Closed 10:02 PM", "R", 8, c=grey)
    s.rule()
    rows = [
        ("Burrata & Heirloom Tomato", 1, "17.00"),
        ("Steak Frites", 1, "34.00"),
        ("Wild Mushroom Risotto", 1, "26.00"),
        ("Malbec, glass", 2, "14.00"),
        ("Sparkling Water", 1, "6.00"),
    ]
    items, sub = [], D(0)
    for d, n, u in rows:
        a = q2(D(u) * n)
        sub += a
        s.row(f"{n}  {d}", "$" + num(a), c=ink)
        if n > 1:
            s.row(f"     @ ${u} each", "", "R", 7.5, c=grey)
        items.append(item(d, n, u, a))
    s.rule()
    tax = q2(sub * D("0.08875"))
    tip = q2(sub * D("0.20"))
    tot = sub + tax + tip
    s.row("Subtotal", "$" + num(sub), c=ink)
    s.row("Tax (8.875%)", "$" + num(tax), c=ink)
    s.row("Tip (20%)", "$" + num(tip), c=ink)
    s.rule(ink, 0.3)
    s.row("Total", "$" + num(tot), "B", 11, c=ink)
    s.rule()
    s.row("Visa •••• 4417", "$" + num(tot), c=ink)
    s.row("Auth 08812K · Contactless", "", "R", 7.5, c=grey)
    s.gap(3)
    s.center("Tip was added on the card reader by the guest.", "I", 7.5, c=grey)
    s.center("Gratuity is voluntary. 100% goes to our staff.", "I", 7.5, c=grey)
    s.gap(4)
    s.center("Powered by TillTable POS · Order 7Q2-1187", "R", 6.5, c=grey)
    s.finish()
    tr = truth(
        "1187",
        "2026-11-14",
        None,
        "MARLOWE'S",
        sub,
        tax,
        tot,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        items,
        "emailed restaurant receipt (PDF): NYC sales tax 8.875 %; a 20 % tip added into "
        "the Total (total includes the tip, amount + vat do not); number = Check #; "
        "the heading 'MARLOWE'S' over 'KITCHEN & BAR'",
    )
    return s, tr, {"title": "Your receipt from Marlowe's", "creator": "TillTable"}


@doc("pdf")
def r10_nl_digitale_kassabon():
    s = Slip(90, 8)
    ink, grey, acc = "#222222", "#666666", "#E35205"
    s.gap(1)
    s.rect(33, s.y, 24, 10, fill=acc, r=2)
    s.text(45, s.y + 7, "linde", "B", 13, "c", c="#FFFFFF")
    s.gap(13)
    s.center("Buurtsuper De Linde", "B", 10, c=ink)
    s.center("De Linde Supermarkten B.V.", "R", 7.5, c=grey)
    s.center("Lindengracht 88, 1015 KK Amsterdam", "R", 7.5, c=grey)
    s.center("KvK 68120447 · BTW NL857120447B01", "R", 7.5, c=grey)
    s.gap(2)
    s.center("Digitale kassabon", "B", 9, c=ink)
    s.rule()
    rows = [
        ("Volkoren brood heel", 1, "2.69", "9"),
        ("Jonge kaas 48+ plakken", 1, "3.79", "9"),
        ("Halfvolle melk 1,5 L", 1, "1.59", "9"),
        ("Bananen tros", 1, "1.15", "9"),
        ("Koffiebonen Espresso 1 kg", 1, "12.99", "9"),
        ("Wasmiddel kleur 1,4 L", 1, "8.49", "21"),
        ("Pils blik 6x33 cl", 1, "7.99", "21"),
        ("Statiegeld blik", 6, "0.15", "-"),
    ]
    items, by = [], {"9": D(0), "21": D(0), "-": D(0)}
    s.row("Omschrijving", "Bedrag", "B", 7.5, c=grey)
    for d, n, u, rate in rows:
        a = q2(D(u) * n)
        by[rate] += a
        label = d if n == 1 else f"{n} x {num(u, 'pc')}  {d}"
        s.row(label, num(a, "pc"), c=ink)
        items.append(item(d, n, u, a))
    tot = sum(by.values())
    s.rule()
    s.row(f"{sum(r[1] for r in rows if r[3] != '-')} artikelen", "", "R", 7.5, c=grey)
    s.row("Totaal", "€ " + num(tot, "pc"), "B", 11, c=ink)
    s.row("Betaald met PIN", "€ " + num(tot, "pc"), c=ink)
    s.row("Maestro ****6621 · contactloos", "", "R", 7.5, c=grey)
    s.rule()
    s.row("BTW", "Bedrag", "B", 7.5, c=grey, mid=(52, "Grondslag"))
    vat = D(0)
    for rate in ("9", "21"):
        t = _incl(by[rate], rate)
        vat += t
        s.row(f"{rate}%", num(t, "pc"), c=ink, mid=(52, num(by[rate] - t, "pc")))
    s.row("Statiegeld is vrijgesteld van btw", "", "R", 7, c=grey)
    s.rule()
    s.row("Bonnr: 0417-04-8812", "Kassa 4", "R", 7.5, c=grey)
    s.row("18-11-2026  19:07", "Medewerker 112", "R", 7.5, c=grey)
    s.gap(3)
    s.center("Bedankt en tot ziens!", "B", 8.5, c=acc)
    s.center("Ruilen binnen 14 dagen met deze bon.", "R", 7, c=grey)
    s.finish()
    tr = truth(
        "0417-04-8812",
        "2026-11-18",
        None,
        "Buurtsuper De Linde",
        tot - vat,
        vat,
        tot,
        "EUR",
        "nl-NL",
        "receipt",
        "receipt",
        items,
        "digital receipt (PDF): BTW 9 % and 21 % with Grondslag per rate; the deposit "
        "(statiegeld, 6 x 0,15) is outside VAT, so amount = total - vat includes it; "
        "trading name heads the receipt (under the 'linde' logo), legal B.V. below",
    )
    return s, tr, {"title": "Kassabon", "creator": "Linde app"}


@doc("pdf")
def r13_kr_cafe_ereceipt():
    s = Slip(90, 8)
    ink, grey = "#1C1C1C", "#707070"
    s.gap(1)
    s.center("BLUE HOUR COFFEE", "B", 13, c=ink, lead=1.25)
    s.center("Seongsu branch", "R", 8, c=grey)
    s.gap(1)
    s.row("Company", "Blue Hour Co., Ltd.", "R", 7.5, c=grey)
    s.row("Business Reg. No.", kr_brn("214870331"), "R", 7.5, c=grey)
    s.row("CEO", "Park Ji-won", "R", 7.5, c=grey)
    s.row("Address", "12 Yeonmujang 5ga-gil, Seongdong-gu, Seoul", "R", 7.5, c=grey)
    s.row("Tel", "02-465-1187", "R", 7.5, c=grey)
    s.rule()
    s.center("[ Card Sales Receipt ]", "B", 8.5, c=ink)
    s.row("Receipt No.", "02-0188", c=ink)
    s.row("Order (pick-up) No.", "A-37", c=ink)
    s.row("Sale date", "2026-11-17 15:04:22", c=ink)
    s.rule()
    s.row("Item", "Amount", "B", 7.5, c=grey, mid=(58, "Qty   Price"))
    rows = [
        ("Americano (ICE)", 2, "4800"),
        ("Flat White", 1, "5500"),
        ("Basque Cheesecake", 1, "7000"),
        ("Salt Bread", 2, "3800"),
    ]
    items, tot = [], D(0)
    for d, n, u in rows:
        a = D(u) * n
        tot += a
        s.row(d, num(a, dp=0), c=ink, mid=(58, f"{n}   {num(u, dp=0)}"))
        items.append(item(d, n, u, a))
    s.rule()
    supply = q0(tot / D("1.1"))
    vat = tot - supply
    s.row("Supply value", num(supply, dp=0), c=ink)
    s.row("VAT", num(vat, dp=0), c=ink)
    s.row("Total", "₩" + num(tot, dp=0), "B", 11, c=ink)
    s.rule()
    s.row("Card", "Shinhan Card", c=ink)
    s.row("Card No.", "9411-12**-****-2284", c=ink)
    s.row("Installment", "Lump sum", c=ink)
    s.row("Approval No.", "30118842", c=ink)
    s.row("Approved amount", num(tot, dp=0), c=ink)
    s.gap(3)
    s.center("Thank you. Please come again!", "R", 7.5, c=grey)
    s.finish()
    tr = truth(
        "02-0188",
        "2026-11-17",
        None,
        "BLUE HOUR COFFEE",
        supply,
        vat,
        tot,
        "KRW",
        "en-KR",
        "receipt",
        "receipt",
        items,
        "Korean card receipt (printed in English; no Hangul font installed): supply "
        "value + VAT = total; won without decimals, '₩' only on the Total line; the "
        "pick-up order number A-37 and the card approval number are not the receipt "
        "number; the legal company is printed as 'Company Blue Hour Co., Ltd.'",
    )
    return s, tr, {"title": "e-receipt", "creator": "OKPOS"}


@doc("pdf")
def r16_au_cafe_ereceipt():
    s = Slip(95, 9)
    ink, grey, acc = "#2B2B2B", "#777777", "#6B8E23"
    s.gap(1)
    s.circle(47.5, s.y + 6, 6, fill=acc)
    s.text(47.5, s.y + 8.2, "LW", "B", 10, "c", c="#FFFFFF")
    s.gap(14)
    s.center("Little Wattle Espresso", "B", 12, c=ink)
    s.center("Shop 2, 118 Brunswick St, Fitzroy VIC 3065", "R", 7.5, c=grey)
    s.gap(3)
    rows = [
        ("Magic (double ristretto)", 2, "5.50"),
        ("Batch Brew", 1, "5.00"),
        ("Smashed Avo on Sourdough", 1, "21.50"),
        ("Almond Croissant", 1, "6.80"),
        ("Oat Milk", 2, "0.70"),
    ]
    sub = sum(q2(D(u) * n) for _, n, u in rows)
    sur = q2(sub * D("0.015"))
    tot = sub + sur
    gst = _incl(tot, 10)
    s.center("$" + num(tot), "B", 22, c=ink, lead=1.3)
    s.center("Tax Invoice #2K7F-QX91", "R", 8, c=grey)
    s.center("18 Nov 2026, 8:47 am", "R", 8, c=grey)
    s.gap(2)
    s.rule()
    items = []
    for d, n, u in rows:
        a = q2(D(u) * n)
        s.row(d + (f" x {n}" if n > 1 else ""), "$" + num(a), c=ink)
        items.append(item(d, n, u, a))
    s.rule()
    s.row("Subtotal", "$" + num(sub), c=ink)
    s.row("Card surcharge (1.5%)", "$" + num(sur), c=ink)
    s.row("Total", "$" + num(tot), "B", 10, c=ink)
    s.row("GST (included)", "$" + num(gst), c=grey)
    s.rule()
    s.row("Visa •••• 0921 (Contactless)", "$" + num(tot), c=ink)
    s.row("Auth: 118204", "", "R", 7.5, c=grey)
    s.gap(3)
    abn = au_abn("172250887")
    s.center("Wattle & Co Pty Ltd · ABN " + abn, "R", 7, c=grey)
    s.center("Customer copy · Receipt #2K7F-QX91", "R", 7, c=grey)
    s.finish()
    tr = truth(
        "2K7F-QX91",
        "2026-11-18",
        None,
        "Little Wattle Espresso",
        tot - gst,
        gst,
        tot,
        "AUD",
        "en-AU",
        "receipt",
        "receipt",
        items,
        "emailed café receipt: big total on top; a 1.5 % card surcharge is added into "
        "the total; prices incl. GST ('GST (included)'): vat = that, amount = total - "
        "GST; legal entity only in the footer",
    )
    return s, tr, {"title": "Receipt from Little Wattle Espresso", "creator": "Tapstand"}


@doc("pdf")
def r18_de_apotheke_ebon():
    s = Slip(85, 7, f="M", sz=7.6)
    ink, grey, green = "#1A1A1A", "#666666", "#2E8B57"
    s.gap(1)
    s.rect(37.5, s.y, 10, 10, fill="#D62828")
    s.text(42.5, s.y + 7.8, "A", "SB", 13, "c", c="#FFFFFF")
    s.gap(12)
    s.center("Linden-Apotheke am Markt", "B", 10, c=ink)
    s.center("Inh. Dr. Katrin Seidel e.K.", "R", 7.3, c=grey)
    s.center("Marktplatz 3 · 93047 Regensburg", "R", 7.3, c=grey)
    s.center("Tel. 0941 59 88 20 · USt-IdNr. DE318870214", "R", 7.3, c=grey)
    s.gap(2)
    s.center("eBon / Kassenbeleg", "B", 8.5, c=ink)
    s.rule()
    rows = [
        ("Zuzahlung Rezept GKV", "Ibuprofen 600mg 50 St N2", "5.00", "A"),
        ("Nasenspray Xylometazolin 0,1%", "10 ml", "4.95", "A"),
        ("Vitamin D3 1000 I.E.", "90 Tabletten", "9.95", "A"),
        ("Lippenpflegestift classic", "4,8 g", "3.49", "A"),
        ("Kamillenblütentee", "20 Filterbeutel", "2.95", "B"),
    ]
    items, by = [], {"A": D(0), "B": D(0)}
    for d, sub, u, c in rows:
        by[c] += D(u)
        s.row(d, f"{num(u, 'pc')} {c}", c=ink)
        s.row("  " + sub, "", sz=6.8, c=grey)
        items.append(item(d, None, None, u))
    tot = by["A"] + by["B"]
    s.rule()
    s.row("SUMME EUR", num(tot, "pc"), "MB", 10, c=ink)
    s.row("girocard kontaktlos", num(tot, "pc"), c=ink)
    s.rule()
    s.row("MwSt      Netto    MwSt   Brutto", "", c=grey)
    vat = D(0)
    for c, rate in (("A", 19), ("B", 7)):
        t = _incl(by[c], rate)
        vat += t
        s.row(
            f"{c} {rate:>2}%  {num(by[c] - t, 'pc'):>8} {num(t, 'pc'):>7} {num(by[c], 'pc'):>8}",
            "",
            c=ink,
        )
    s.rule()
    s.row("Beleg-Nr. 2026-118422", "Kasse 1", c=ink)
    s.row("21.11.2026 10:18", "Bed.: CS", c=ink)
    s.row("TSE-Transaktion 90311", "", sz=6.8, c=grey)
    s.row("TSE-Signaturzähler 212877", "", sz=6.8, c=grey)
    s.row("TSE-Start 2026-11-21T10:17:03", "", sz=6.8, c=grey)
    s.row("TSE-Ende  2026-11-21T10:18:11", "", sz=6.8, c=grey)
    s.gap(2)
    s.qr(
        30,
        s.y,
        25,
        "V0;LAP-KASSE-1;Kassenbeleg-V1;Beleg^" + num(tot, "plain") + "_0.00_0.00"
        "_0.00_0.00^" + num(tot, "plain") + ":Unbar;90311;212877;2026-11-21T10:17:03.000Z;"
        "2026-11-21T10:18:11.000Z;ecdsa-plain-SHA384;unixTime;MGUCMQDx",
    )
    s.gap(27)
    s.center("Gute Besserung!", "B", 8.5, c=green)
    s.finish()
    tr = truth(
        "2026-118422",
        "2026-11-21",
        None,
        "Linden-Apotheke am Markt",
        tot - vat,
        vat,
        tot,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        items,
        "German pharmacy eBon (PDF): MwSt A 19 % / B 7 % table, vat = both; the "
        "prescription co-payment (Zuzahlung) is taxed at 19 %; no quantities printed; "
        "number = Beleg-Nr. (TSE counters are not it); legal owner line "
        "'Inh. Dr. Katrin Seidel e.K.' below the trading name",
    )
    return s, tr, {"title": "eBon Linden-Apotheke", "creator": "ADG Kasse"}


@doc("pdf")
def r20_jp_taxi_app_receipt():
    p = Page(148, 160)
    ink, grey, acc = "#1B1B1B", "#666666", "#0F62FE"
    p.text(12, 16, "GO", "B", 13, c=acc)
    p.text(24, 16, "Taxi app receipt", "R", 8, c=grey)
    p.text(74, 30, "RECEIPT", "B", 16, "c", c=ink, cs=3)
    p.text(136, 14, "Receipt No. GO-20261116-884172", "R", 7.5, "r", c=grey)
    p.text(136, 18.5, "Date of issue: 2026/11/16", "R", 7.5, "r", c=grey)
    p.text(14, 44, "_______________________  Mr./Ms.", "R", 9, c=ink)
    fare, fee = D("3780"), D("400")
    tot = fare + fee
    tax = q0(tot * 10 / 110)
    p.rect(34, 52, 80, 14, stroke=ink, lw=0.4)
    p.text(74, 62, "¥" + num(tot, dp=0) + " -", "B", 17, "c", c=ink)
    p.text(74, 71, "(tax incl.; consumption tax 10%: ¥" + num(tax, dp=0) + ")", "R", 8, "c", c=ink)
    p.text(14, 80, "For: taxi fare, as above duly received.", "R", 8.5, c=ink)
    rows = [
        ("Ride", "2026/11/16 22:41 – 23:02"),
        ("From", "Shibuya 2-chome, Shibuya-ku"),
        ("To", "Minami-Azabu 4-chome, Minato-ku"),
        ("Distance", "6.8 km"),
        ("Taxi fare (meter)", "¥" + num(fare, dp=0)),
        ("Arrangement fee (app)", "¥" + num(fee, dp=0)),
        ("Payment", "GO Pay (credit card)"),
    ]
    y = 89
    for a, b in rows:
        p.text(14, y, a, "R", 8, c=grey)
        p.text(134, y, b, "R", 8, "r", c=ink)
        p.hline(14, 134, y + 1.8, 0.15, "#CCCCCC")
        y += 5.2
    y += 4
    p.lines(
        14,
        y,
        [
            ("Issuer", "R", 7),
            ("Sakura Kotsu Co., Ltd.", "B", 9),
            ("2-14-5 Kaigan, Minato-ku, Tokyo", "R", 7.5),
            ("Registration No. " + jp_corp("501001022418"), "R", 7.5),
            ("Vehicle: Shinagawa 500 A 12-87  Driver No. 30418", "R", 7.5),
        ],
        lead=4,
        c=ink,
    )
    p.circle(122, y + 7, 8, stroke="#C8302C", lw=0.5)
    p.text(122, y + 6.2, "SAKURA", "B", 4.5, "c", c="#C8302C")
    p.text(122, y + 9.6, "KOTSU", "B", 4.5, "c", c="#C8302C")
    p.text(
        74,
        153,
        "Issued through the GO app on behalf of the taxi operator above.",
        "R",
        6.5,
        "c",
        c=grey,
    )
    tr = truth(
        "GO-20261116-884172",
        "2026-11-16",
        None,
        "Sakura Kotsu Co., Ltd.",
        tot - tax,
        tax,
        tot,
        "JPY",
        "en-JP",
        "receipt",
        "receipt",
        [
            item("Taxi fare (meter)", None, None, fare),
            item("Arrangement fee (app)", None, None, fee),
        ],
        "taxi-app receipt (English, no CJK font): the issuer is the taxi company, not "
        "the app 'GO'; internal tax (uchizei): 'consumption tax 10%: ¥380' inside the "
        "total, amount = total - tax; yen without decimals; blank addressee line",
    )
    return p, tr, {"title": "GO receipt", "creator": "GO"}


@doc("pdf")
def r21_it_hotel_folio():
    p = Page(*A4)
    ink, grey, acc = "#1F1F1F", "#646464", "#8C6A3C"
    p.text(105, 22, "HOTEL PALAZZO DEI TINTORI", "SB", 16, "c", c=acc, cs=1)
    p.text(105, 27.5, "★ ★ ★ ★", "R", 9, "c", c=acc)
    p.text(
        105,
        33,
        "Via dei Tintori 18 · 50122 Firenze · +39 055 234 7781 · info@palazzotintori.it",
        "R",
        7.5,
        "c",
        c=grey,
    )
    p.text(
        105,
        37,
        "Tintori Hospitality S.r.l. · P.IVA " + it_piva("0641882048") + " · REA FI-628811",
        "R",
        7.5,
        "c",
        c=grey,
    )
    p.hline(20, 190, 42, 0.4, acc)
    p.text(20, 54, "CONTO / FOLIO", "B", 13, c=ink)
    p.text(190, 54, "N. 26/04418", "B", 11, "r", c=ink)
    meta = [
        ("Ospite / Guest", "Mr James Whitaker"),
        ("Camera / Room", "214 – Doppia Superior"),
        ("Arrivo / Arrival", "12/11/2026"),
        ("Partenza / Departure", "15/11/2026"),
        ("Persone / Guests", "2"),
        ("Data / Date", "15/11/2026"),
    ]
    for i, (a, b) in enumerate(meta):
        x = 20 if i < 3 else 112
        yy = 63 + (i % 3) * 5
        p.text(x, yy, a, "R", 8.5, c=grey)
        p.text(x + 38, yy, b, "B", 8.5, c=ink)
    y = 88
    p.rect(20, y - 5, 170, 7.5, fill="#F3EEE6")
    for x, h, a in (
        (22, "Data", "l"),
        (42, "Descrizione / Description", "l"),
        (150, "IVA", "r"),
        (188, "Importo €", "r"),
    ):
        p.text(x, y, h, "B", 8.5, a, c=ink)
    rows = [
        ("12/11", "Pernottamento / Room – Doppia Superior", "10", "245.00"),
        ("13/11", "Pernottamento / Room – Doppia Superior", "10", "245.00"),
        ("13/11", "Minibar", "22", "14.00"),
        ("14/11", "Pernottamento / Room – Doppia Superior", "10", "245.00"),
        ("14/11", "Ristorante La Corte – cena 2 pax", "10", "96.00"),
        ("15/11", "Imposta di soggiorno (2 pax x 3 notti x 8,00)", "–", "48.00"),
    ]
    y += 8
    items, by = [], {"10": D(0), "22": D(0), "–": D(0)}
    for d_, desc, rate, u in rows:
        by[rate] += D(u)
        p.text(22, y, d_, "R", 8.8, c=ink)
        p.text(42, y, desc, "R", 8.8, c=ink)
        p.text(150, y, rate + ("%" if rate != "–" else ""), "R", 8.8, "r", c=ink)
        p.text(188, y, num(u, "de"), "R", 8.8, "r", c=ink)
        items.append(item(desc, None, None, u))
        y += 6
    tot = sum(by.values())
    p.hline(20, 190, y - 2.5, 0.3)
    y += 4
    p.text(150, y, "Totale / Total", "B", 10, "r", c=ink)
    p.text(188, y, "€ " + num(tot, "de"), "B", 10, "r", c=ink)
    y += 6
    p.text(150, y, "Pagato / Paid – Mastercard ****5512", "R", 8.8, "r", c=ink)
    p.text(188, y, "-" + num(tot, "de"), "R", 8.8, "r", c=ink)
    y += 6
    p.text(150, y, "Saldo / Balance", "B", 8.8, "r", c=ink)
    p.text(188, y, "0,00", "B", 8.8, "r", c=ink)
    y += 14
    p.text(20, y, "Riepilogo IVA / VAT summary", "B", 9, c=ink)
    y += 6
    for x, h, a in (
        (22, "Aliquota", "l"),
        (90, "Imponibile", "r"),
        (125, "Imposta", "r"),
        (160, "Totale", "r"),
    ):
        p.text(x, y, h, "B", 8, a, c=grey)
    vat = D(0)
    for rate, lab in (("10", "10%"), ("22", "22%"), ("–", "Fuori campo IVA (art. 15)")):
        y += 5
        t = _incl(by[rate], rate) if rate != "–" else D(0)
        vat += t
        p.text(22, y, lab, "R", 8, c=ink)
        p.text(90, y, num(by[rate] - t, "de"), "R", 8, "r", c=ink)
        p.text(125, y, num(t, "de") if rate != "–" else "–", "R", 8, "r", c=ink)
        p.text(160, y, num(by[rate], "de"), "R", 8, "r", c=ink)
    y += 14
    p.para(
        20,
        y,
        "Grazie per aver soggiornato con noi. Thank you for staying with us – we hope "
        "to welcome you back to Florence soon. L'imposta di soggiorno è riscossa per conto "
        "del Comune di Firenze.",
        170,
        "R",
        8,
        c=grey,
    )
    p.text(105, 285, "Documento emesso tramite Protel PMS · Pagina 1/1", "R", 7, "c", c=grey)
    tr = truth(
        "26/04418",
        "2026-11-15",
        None,
        "HOTEL PALAZZO DEI TINTORI",
        tot - vat,
        vat,
        tot,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        items,
        "hotel folio (A4): rooms and restaurant at IVA 10 %, minibar 22 %, city tax "
        "outside VAT; vat = sum of the VAT summary; amount = total - vat (includes the "
        "48,00 city tax); paid in full, balance 0,00; trading name heads the page, the "
        "S.r.l. is in the line below; no quantities printed",
    )
    return p, tr, {"title": "Folio 26/04418", "creator": "Protel PMS"}


@doc("pdf")
def r22_my_pharmacy_ereceipt():
    r = Roll(80, 42)
    r.ln("FARMASI SEJAHTERA SDN. BHD.", "c", "MB", 1.25)
    r.ln("(201301012345 (1043812-P))", "c")
    r.ln("No. 27, Jalan Tun Sambanthan 4", "c")
    r.ln("Brickfields, 50470 Kuala Lumpur", "c")
    r.ln("Tel: 03-2274 1180", "c")
    r.gap(1.5)
    r.ln("CASH RECEIPT", "c", "MB", 1.2)
    r.lr("Receipt No : FS2-0018843", "")
    r.lr("Date : 18/11/2026 19:21", "Counter: 2")
    r.lr("Member : 6011 **** 2209", "")
    r.sep()
    r.ln(f"{'Item':<22}{'Qty':>4}{'Price':>7}{'Amount':>9}")
    r.sep()
    rows = [
        ("PANADOL ACTIFAST 20S", 1, "14.90"),
        ("VITAMIN C 1000MG 30S", 1, "39.90"),
        ("HAND SANITISER 500ML", 2, "8.50"),
        ("SURGICAL MASK 50S", 1, "12.90"),
        ("ORAL REHYD. SALTS ORG", 5, "1.20"),
    ]
    items, sub = [], D(0)
    for d, n, u in rows:
        a = q2(D(u) * n)
        sub += a
        r.ln(f"{d:<22}{n:>4}{u:>7}{num(a):>9}")
        items.append(item(d, n, u, a))
    r.sep()
    disc = q2(sub * D("0.05"))
    tot = sub - disc
    rnd = (tot / D("0.05")).quantize(Decimal("1"), ROUND_HALF_UP) * D("0.05")
    r.lr("SUBTOTAL", num(sub))
    r.lr("MEMBER DISC 5%", "-" + num(disc))
    r.lr("TOTAL (RM)", num(tot))
    r.lr("ROUNDING ADJ", num(rnd - tot))
    r.lr("ROUNDED TOTAL", num(rnd), "MB", 1.3)
    r.sep()
    r.lr("DEBIT CARD (MYDEBIT)", num(rnd))
    r.lr("CHANGE", "0.00")
    r.gap(1)
    r.ln("Goods sold are not returnable.", "c")
    r.ln("Please consult our pharmacist for", "c")
    r.ln("advice on your medication.", "c")
    r.ln("Terima kasih!", "c")
    r.finish()
    tr = truth(
        "FS2-0018843",
        "2026-11-18",
        None,
        "FARMASI SEJAHTERA SDN. BHD.",
        None,
        None,
        rnd,
        "MYR",
        "en-MY",
        "receipt",
        "receipt",
        items,
        "e-receipt PDF in till-roll form; the legal company name (Sdn. Bhd.) is itself "
        "the heading; no tax printed (amount and vat null); a 5 % member discount, "
        "TOTAL (RM) then a 5-sen rounding adjustment: total = ROUNDED TOTAL; lines keyed "
        "before the discount",
    )
    return r, tr, {"title": "e-receipt", "creator": "PharmaPOS"}


if __name__ == "__main__":
    sys.exit(main())
