# ruff: noqa: E501
"""Blind evaluation set 12o: Asia, the Middle East and Africa (English / bilingual).

30 documents (15 invoices i01-i15, 15 receipts r01-r15), each drawn by its own
function, rendered to born-digital PDF, scan (PNG/JPG), photo (JPG) or image-only
PDF, with a ground-truth JSON next to each file.

    python -m bench.blindsets.blind_2026_12o [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document's name, so re-runs
are byte-identical.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import zlib
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

D = Decimal
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
TTF = {
    "Sans": "DejaVuSans.ttf",
    "Sans-B": "DejaVuSans-Bold.ttf",
    "Sans-I": "DejaVuSans-Oblique.ttf",
    "Serif": "DejaVuSerif.ttf",
    "Serif-B": "DejaVuSerif-Bold.ttf",
    "Serif-I": "DejaVuSerif-Italic.ttf",
    "Mono": "DejaVuSansMono.ttf",
    "Mono-B": "DejaVuSansMono-Bold.ttf",
    "Cond": "DejaVuSansCondensed.ttf",
    "Cond-B": "DejaVuSansCondensed-Bold.ttf",
}
STD = {
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Courier",
    "Courier-Bold",
}
_REG: dict[str, TTFont] = {}


def font(name: str) -> str:
    if name in STD:
        return name
    if name not in _REG:
        f = TTFont("DJ" + name, str(FONT_DIR / TTF[name]))
        pdfmetrics.registerFont(f)
        _REG[name] = f
    return "DJ" + name


class LayoutError(Exception):
    pass


def q2(x) -> Decimal:
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(D("1"), ROUND_HALF_UP)


def s2(x) -> str:
    return f"{q2(x):.2f}"


def fmt(v, sep=",", dec=".", nd=2, indian=False) -> str:
    v = D(v)
    neg = v < 0
    v = abs(v).quantize(D(1).scaleb(-nd), ROUND_HALF_UP)
    txt = f"{v:.{nd}f}"
    ip, _, fp = txt.partition(".")
    if indian and len(ip) > 3:
        head, groups = ip[:-3], [ip[-3:]]
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = sep.join(groups)
    else:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = sep.join(parts)
    return ("-" if neg else "") + ip + (dec + fp if nd else "")


def qty_str(q) -> str:
    q = D(q)
    return str(q.normalize()) if q != q.to_integral() else str(int(q))


# --------------------------------------------------------------------------- Arabic / Hebrew


_AR_FORMS = {  # letter: (isolated, final, initial, medial) or (isolated, final)
    "ء": (0xFE80,),
    "آ": (0xFE81, 0xFE82),
    "أ": (0xFE83, 0xFE84),
    "ؤ": (0xFE85, 0xFE86),
    "إ": (0xFE87, 0xFE88),
    "ئ": (0xFE89, 0xFE8A, 0xFE8B, 0xFE8C),
    "ا": (0xFE8D, 0xFE8E),
    "ب": (0xFE8F, 0xFE90, 0xFE91, 0xFE92),
    "ة": (0xFE93, 0xFE94),
    "ت": (0xFE95, 0xFE96, 0xFE97, 0xFE98),
    "ث": (0xFE99, 0xFE9A, 0xFE9B, 0xFE9C),
    "ج": (0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0),
    "ح": (0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4),
    "خ": (0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8),
    "د": (0xFEA9, 0xFEAA),
    "ذ": (0xFEAB, 0xFEAC),
    "ر": (0xFEAD, 0xFEAE),
    "ز": (0xFEAF, 0xFEB0),
    "س": (0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4),
    "ش": (0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8),
    "ص": (0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC),
    "ض": (0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0),
    "ط": (0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4),
    "ظ": (0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8),
    "ع": (0xFEC9, 0xFECA, 0xFECB, 0xFECC),
    "غ": (0xFECD, 0xFECE, 0xFECF, 0xFED0),
    "ف": (0xFED1, 0xFED2, 0xFED3, 0xFED4),
    "ق": (0xFED5, 0xFED6, 0xFED7, 0xFED8),
    "ك": (0xFED9, 0xFEDA, 0xFEDB, 0xFEDC),
    "ل": (0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0),
    "م": (0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4),
    "ن": (0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8),
    "ه": (0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC),
    "و": (0xFEED, 0xFEEE),
    "ى": (0xFEEF, 0xFEF0),
    "ي": (0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4),
}
_LAM_ALEF = {
    "ا": (0xFEFB, 0xFEFC),
    "أ": (0xFEF7, 0xFEF8),
    "إ": (0xFEF9, 0xFEFA),
    "آ": (0xFEF5, 0xFEF6),
}


def ar(text: str) -> str:
    """Shape Arabic words into presentation forms and return them in visual order."""
    out = []
    chars = list(text)
    i = 0
    while i < len(chars):
        c = chars[i]
        forms = _AR_FORMS.get(c)
        if not forms:
            out.append(c)
            i += 1
            continue
        prev = chars[i - 1] if i > 0 else ""
        join_prev = prev in _AR_FORMS and len(_AR_FORMS[prev]) == 4
        if c == "ل" and i + 1 < len(chars) and chars[i + 1] in _LAM_ALEF:
            iso, fin = _LAM_ALEF[chars[i + 1]]
            out.append(chr(fin if join_prev else iso))
            i += 2
            continue
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        join_next = len(forms) == 4 and nxt in _AR_FORMS
        if len(forms) == 1:
            out.append(chr(forms[0]))
        elif join_prev and join_next:
            out.append(chr(forms[3]))
        elif join_prev:
            out.append(chr(forms[1]))
        elif join_next:
            out.append(chr(forms[2]))
        else:
            out.append(chr(forms[0]))
        i += 1
    return "".join(reversed(out))


def he(text: str) -> str:
    """Hebrew in visual order (no digits inside)."""
    return text[::-1]


# --------------------------------------------------------------------------- drawing


class Doc:
    """Records drawing operations in top-down coordinates (points), checks text runs."""

    def __init__(self, name: str, w: float, h: float | None = None, bottom: float = 8 * mm):
        self.name = name
        self.w = w
        self.fixed_h = h
        self.bottom = bottom
        self.pages: list[list] = [[]]
        self.boxes: list[list] = [[]]
        self.maxy = [0.0]

    # ---- pages
    def new_page(self):
        self.pages.append([])
        self.boxes.append([])
        self.maxy.append(0.0)

    @property
    def ops(self):
        return self.pages[-1]

    def _grow(self, y):
        self.maxy[-1] = max(self.maxy[-1], y)

    # ---- primitives
    def width(self, s, fnt, size):
        return pdfmetrics.stringWidth(s, font(fnt), size)

    def text(self, x, y, s, fnt="Sans", size=9, align="l", color=(0, 0, 0), check=True):
        s = str(s)
        fn = font(fnt)
        if fnt in STD:
            try:
                s.encode("latin-1")
            except UnicodeEncodeError as e:
                raise LayoutError(f"{self.name}: {s!r} not in latin-1 for {fnt}") from e
        else:
            cmap = _REG[fnt].face.charToGlyph
            miss = [c for c in s if ord(c) not in cmap and c not in " "]
            if miss:
                raise LayoutError(f"{self.name}: glyphs {miss} missing in {fnt}")
        w = pdfmetrics.stringWidth(s, fn, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        box = (x0, y - 0.76 * size, x0 + w, y + 0.24 * size, s)
        if box[0] < 3 or box[2] > self.w - 3 or box[1] < 3:
            raise LayoutError(
                f"{self.name}: {s!r} off page x={box[0]:.1f}..{box[2]:.1f} y={box[1]:.1f}"
            )
        if self.fixed_h is not None and box[3] > self.fixed_h - 3:
            raise LayoutError(f"{self.name}: {s!r} below page bottom y={box[3]:.1f}")
        if check:
            for b in self.boxes[-1]:
                ix = min(box[2], b[2]) - max(box[0], b[0])
                iy = min(box[3], b[3]) - max(box[1], b[1])
                if ix > 0.3 and iy > 0.3:
                    raise LayoutError(f"{self.name}: {s!r} overlaps {b[4]!r}")
            self.boxes[-1].append(box)
        self.ops.append(("text", x0, y, s, fn, size, color))
        self._grow(box[3])
        return w

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0), dash=None):
        self.ops.append(("line", x1, y1, x2, y2, lw, color, dash))
        self._grow(max(y1, y2))

    def rect(self, x, y, w, h, lw=0.5, stroke=(0, 0, 0), fill=None, dash=None):
        self.ops.append(("rect", x, y, w, h, lw, stroke, fill, dash))
        self._grow(y + h)

    def circle(self, x, y, r, lw=0.5, stroke=(0, 0, 0), fill=None):
        self.ops.append(("circle", x, y, r, lw, stroke, fill))
        self._grow(y + r)

    def poly(self, pts, fill=(0, 0, 0), stroke=None, lw=0.5):
        self.ops.append(("poly", pts, fill, stroke, lw))
        self._grow(max(p[1] for p in pts))

    def qr(self, x, y, size, seed, n=25):
        """A QR-ish pattern: finder squares plus seeded modules."""
        rng = random.Random(seed)
        cell = size / n
        self.rect(x, y, size, size, lw=0, stroke=None, fill=(1, 1, 1))
        for r in range(n):
            for c in range(n):
                finder = (r < 8 and c < 8) or (r < 8 and c >= n - 8) or (r >= n - 8 and c < 8)
                if finder:
                    continue
                if rng.random() < 0.5:
                    self.rect(
                        x + c * cell, y + r * cell, cell, cell, lw=0, stroke=None, fill=(0, 0, 0)
                    )
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            self.rect(
                x + fx * cell, y + fy * cell, 7 * cell, 7 * cell, lw=0, stroke=None, fill=(0, 0, 0)
            )
            self.rect(
                x + (fx + 1) * cell,
                y + (fy + 1) * cell,
                5 * cell,
                5 * cell,
                lw=0,
                stroke=None,
                fill=(1, 1, 1),
            )
            self.rect(
                x + (fx + 2) * cell,
                y + (fy + 2) * cell,
                3 * cell,
                3 * cell,
                lw=0,
                stroke=None,
                fill=(0, 0, 0),
            )

    def barcode(self, x, y, w, h, seed):
        rng = random.Random(seed)
        cx = x
        while cx < x + w - 3:
            bw = rng.choice((0.6, 0.6, 1.2, 1.8))
            if cx + bw > x + w:
                break
            self.rect(cx, y, bw, h, lw=0, stroke=None, fill=(0, 0, 0))
            cx += bw + rng.choice((0.6, 1.2, 1.2, 1.8))

    def wrap(self, s, fnt, size, width):
        words, lines, cur = s.split(), [], ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if self.width(t, fnt, size) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, fnt, size, width, lead=None, color=(0, 0, 0)):
        lead = lead or size * 1.25
        for ln in self.wrap(s, fnt, size, width):
            self.text(x, y, ln, fnt, size, color=color)
            y += lead
        return y

    # ---- output
    def render(self) -> bytes:  # noqa: C901
        buf = io.BytesIO()
        c = canvas.Canvas(buf, invariant=1, pagesize=(self.w, self.fixed_h or 100))
        c.setTitle(self.name)
        c.setAuthor("blind-2026-12o")
        for pi, ops in enumerate(self.pages):
            h = self.fixed_h or (self.maxy[pi] + self.bottom)
            c.setPageSize((self.w, h))
            for op in ops:
                k = op[0]
                if k == "text":
                    _, x, y, s, fn, size, color = op
                    c.setFillColorRGB(*color)
                    c.setFont(fn, size)
                    c.drawString(x, h - y, s)
                elif k == "line":
                    _, x1, y1, x2, y2, lw, color, dash = op
                    c.setStrokeColorRGB(*color)
                    c.setLineWidth(lw)
                    c.setDash(*(dash or ([], 0)))
                    c.line(x1, h - y1, x2, h - y2)
                    c.setDash([], 0)
                elif k == "rect":
                    _, x, y, w, hh, lw, stroke, fill, dash = op
                    if fill is not None:
                        c.setFillColorRGB(*fill)
                    if stroke is not None:
                        c.setStrokeColorRGB(*stroke)
                        c.setLineWidth(lw)
                    c.setDash(*(dash or ([], 0)))
                    c.rect(
                        x,
                        h - y - hh,
                        w,
                        hh,
                        stroke=1 if stroke is not None and lw > 0 else 0,
                        fill=1 if fill is not None else 0,
                    )
                    c.setDash([], 0)
                elif k == "circle":
                    _, x, y, r, lw, stroke, fill = op
                    if fill is not None:
                        c.setFillColorRGB(*fill)
                    if stroke is not None:
                        c.setStrokeColorRGB(*stroke)
                        c.setLineWidth(lw)
                    c.circle(
                        x,
                        h - y,
                        r,
                        stroke=1 if stroke is not None else 0,
                        fill=1 if fill is not None else 0,
                    )
                elif k == "poly":
                    _, pts, fill, stroke, lw = op
                    p = c.beginPath()
                    p.moveTo(pts[0][0], h - pts[0][1])
                    for px, py in pts[1:]:
                        p.lineTo(px, h - py)
                    p.close()
                    if fill is not None:
                        c.setFillColorRGB(*fill)
                    if stroke is not None:
                        c.setStrokeColorRGB(*stroke)
                        c.setLineWidth(lw)
                    c.drawPath(
                        p, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0
                    )
            c.showPage()
        c.save()
        return buf.getvalue()


class Roll:
    """Receipt helper: a top-down cursor on a narrow roll."""

    def __init__(self, doc: Doc, margin=3 * mm, fnt="Mono", size=7.5, lead=None):
        self.d = doc
        self.m = margin
        self.f = fnt
        self.s = size
        self.lead = lead or size * 1.32
        self.y = 6 * mm

    @property
    def right(self):
        return self.d.w - self.m

    def nl(self, n=1.0):
        self.y += self.lead * n

    def c(self, s, fnt=None, size=None, color=(0, 0, 0)):
        size = size or self.s
        self.y += size * 1.32 - self.lead if size > self.s else 0
        self.d.text(self.d.w / 2, self.y, s, fnt or self.f, size, "c", color)
        self.nl()

    def l(self, s, fnt=None, size=None, x=None):  # noqa: E743
        self.d.text(self.m + (x or 0), self.y, s, fnt or self.f, size or self.s)
        self.nl()

    def lr(self, left, right, fnt=None, size=None, indent=0):
        size = size or self.s
        if size > self.s:
            self.y += size * 1.32 - self.lead
        self.d.text(self.m + indent, self.y, left, fnt or self.f, size)
        self.d.text(self.right, self.y, right, fnt or self.f, size, "r")
        self.nl()

    def cols(self, cells, fnt=None, size=None):
        """cells: list of (x_from_margin, text, align)."""
        for x, t, a in cells:
            xx = self.m + x if x >= 0 else self.right + x + 0.0001
            self.d.text(xx, self.y, t, fnt or self.f, size or self.s, a)
        self.nl()

    def rule(self, dash=True, lw=0.5):
        y = self.y - self.lead * 0.45
        self.d.line(self.m, y, self.right, y, lw, dash=([2, 1.5], 0) if dash else None)
        self.y += self.lead * 0.45

    def chars(self, ch="-"):
        n = int((self.right - self.m) / self.d.width(ch, self.f, self.s))
        self.l(ch * n)


# --------------------------------------------------------------------------- truth


def truth(
    num,
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
    rounding=D(0),
):
    amount, total = D(amount), D(total)
    v = D(vat) if vat is not None else D(0)
    if amount + v + D(rounding) != total:
        raise AssertionError(f"arithmetic: {amount} + {v} + {rounding} != {total}")
    return {
        "invoice_number": num,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": s2(amount),
        "vat": s2(vat) if vat is not None else None,
        "total": s2(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": doctype,
        "line_items": [
            {"description": d, "quantity": qty_str(q), "unit_price": s2(u), "amount": s2(a)}
            for d, q, u, a in items
        ],
        "note": note,
    }


def mk_items(rows, nd=2):
    """rows: (desc, qty, unit) -> (desc, qty, unit, amount)."""
    out = []
    for d, q, u in rows:
        q, u = D(str(q)), D(str(u))
        a = (q * u).quantize(D(1).scaleb(-nd), ROUND_HALF_UP)
        out.append((d, q, u, a))
    return out


ONES = [
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
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words99(n):
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")


def _words999(n):
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append(ONES[h] + " hundred")
    if r:
        parts.append(_words99(r))
    return " ".join(parts)


def words_indian(n: int) -> str:
    parts = []
    for div, name in ((10**7, "crore"), (10**5, "lakh"), (1000, "thousand")):
        k, n = divmod(n, div)
        if k:
            parts.append(_words999(k) + " " + name)
    if n:
        parts.append(_words999(n))
    return " ".join(parts) or "zero"


def words_intl(n: int) -> str:
    parts = []
    for div, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        k, n = divmod(n, div)
        if k:
            parts.append(_words999(k) + " " + name)
    if n:
        parts.append(_words999(n))
    return " ".join(parts) or "zero"


VI_D = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _vi999(n, full):
    h, r = divmod(n, 100)
    t, u = divmod(r, 10)
    out = []
    if full or h:
        out.append(VI_D[h] + " trăm")
    if t == 0:
        if u:
            if full or h:
                out.append("linh")
            out.append(VI_D[u])
    else:
        out.append("mười" if t == 1 else VI_D[t] + " mươi")
        if u == 1 and t > 1:
            out.append("mốt")
        elif u == 5:
            out.append("lăm")
        elif u:
            out.append(VI_D[u])
    return " ".join(out)


def words_vi(n: int) -> str:
    groups = []
    while n:
        groups.insert(0, n % 1000)
        n //= 1000
    names = ["", "nghìn", "triệu", "tỷ"]
    out = []
    for i, g in enumerate(groups):
        name = names[len(groups) - 1 - i]
        if g:
            out.append((_vi999(g, i > 0) + " " + name).strip())
    s = " ".join(out)
    return s[0].upper() + s[1:] + " đồng"


# --------------------------------------------------------------------------- degradation


def rasterize(pdf_bytes: bytes, dpi: float, page=0) -> np.ndarray:
    pdf = pdfium.PdfDocument(pdf_bytes)
    img = pdf[page].render(scale=dpi / 72.0).to_pil().convert("RGB")
    pdf.close()
    return np.array(img)


def _rotate(img, angle, border):
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(
        img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )


def scan(
    pdf_bytes,
    rng,
    dpi=200,
    grey=False,
    skew=None,
    blur=0.7,
    noise=5.0,
    specks=40,
    thermal=0.0,
    width=None,
    paper=(246, 244, 238),
    bed=0,
):
    """Flatbed-scanner look. thermal: 0..1 fading of thermal paper ink. bed: padding of scanner lid in pt."""
    img = rasterize(pdf_bytes, dpi).astype(np.float32)
    h, w = img.shape[:2]
    ink = 255.0 - img
    if thermal:
        yy = np.linspace(0, 1, h)[:, None]
        xx = np.linspace(0, 1, w)[None, :]
        fade = 1.0 - thermal * (
            0.35
            + 0.65
            * (
                0.5
                + 0.5
                * np.sin(yy * rng.uniform(2, 5) + xx * rng.uniform(0.5, 2) + rng.uniform(0, 6))
            )
        )
        ink = ink * fade[..., None]
    img = np.array(paper, np.float32)[None, None, :] * (1 - ink / 255.0)
    if bed:
        p = int(bed * dpi / 72)
        canvas_ = np.full((h + 2 * p, w + 2 * p, 3), rng.uniform(215, 235), np.float32)
        canvas_[p : p + h, p : p + w] = img
        img = canvas_
    ang = skew if skew is not None else rng.uniform(-2, 2)
    img = _rotate(img, ang, (252, 252, 252) if not bed else tuple(float(v) for v in img[2, 2]))
    if blur:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    img = img + rng.normal(0, noise, img.shape[:2])[..., None]
    hh, ww = img.shape[:2]
    for _ in range(specks):
        cx, cy = int(rng.uniform(0, ww)), int(rng.uniform(0, hh))
        r = max(1, int(rng.uniform(0.5, 2.2) * dpi / 150))
        cv2.circle(img, (cx, cy), r, (float(rng.uniform(40, 120)),) * 3, -1)
    img = np.clip(img, 0, 255).astype(np.uint8)
    if width and ww > width:
        img = cv2.resize(img, (width, int(hh * width / ww)), interpolation=cv2.INTER_AREA)
    pil = Image.fromarray(img)
    return pil.convert("L") if grey else pil


def _texture(rng, h, w, kind):
    if kind == "wood":
        base = np.array([118, 84, 52], np.float32)
        yy = np.arange(h)[:, None]
        xx = np.arange(w)[None, :]
        n = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 9) * 25
        stripes = np.sin(yy * 0.08 + xx * 0.006 + n * 0.3) * 14 + np.sin(yy * 0.013) * 10
        t = base[None, None, :] + stripes[..., None] + n[..., None]
    elif kind == "cloth":
        base = np.array([58, 72, 96], np.float32)
        n = rng.normal(0, 14, (h, w)).astype(np.float32)
        grid = (np.sin(np.arange(w)[None, :] * 1.3) + np.sin(np.arange(h)[:, None] * 1.3)) * 6
        t = base[None, None, :] + (n + grid)[..., None]
    elif kind == "granite":
        base = np.array([150, 148, 142], np.float32)
        n1 = rng.normal(0, 22, (h, w)).astype(np.float32)
        n2 = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 6) * 40
        t = base[None, None, :] + (n1 + n2)[..., None]
    else:  # desk laminate
        base = np.array([196, 190, 176], np.float32)
        n = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 3) * 12
        t = base[None, None, :] + n[..., None]
    return np.clip(t, 0, 255)


def photo(
    pdf_bytes,
    rng,
    dpi=170,
    long_side=1900,
    quality=72,
    bg="wood",
    fill=0.84,
    jitter=0.045,
    fold=True,
    shadow=True,
    light=0.3,
):
    doc = rasterize(pdf_bytes, dpi).astype(np.float32)
    doc = doc * (np.array([250, 247, 240], np.float32) / 255.0)[None, None, :]
    dh, dw = doc.shape[:2]
    aspect = dh / dw
    if aspect >= 1:
        H = long_side
        W = round(H / max(min(aspect, 1.45), 1.2))
        if aspect > 1.9:
            W = int(H / 1.6)
    else:
        W = long_side
        H = int(W / 1.35)
    s = min(fill * H / dh, fill * W / dw)
    tw, th = dw * s, dh * s
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    dst = np.array(
        [
            [cx - tw / 2, cy - th / 2],
            [cx + tw / 2, cy - th / 2],
            [cx + tw / 2, cy + th / 2],
            [cx - tw / 2, cy + th / 2],
        ],
        np.float32,
    )
    dst += (
        rng.uniform(-jitter, jitter, (4, 2)).astype(np.float32)
        * np.array([tw, th], np.float32)
        * np.array([1.0, min(1.0, 1.0 / aspect * 1.4)], np.float32)
    )
    src = np.array([[0, 0], [dw, 0], [dw, dh], [0, dh]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    if fold:
        # a crease: soft brightness step across the page
        yy = np.arange(dh, dtype=np.float32)[:, None]
        pos = rng.uniform(0.3, 0.7) * dh
        prof = 1.0 - 0.07 * np.exp(-(((yy - pos) / (dh * 0.006)) ** 2)) - 0.04 * (yy > pos)
        doc = doc * prof[..., None]
    warped = cv2.warpPerspective(
        doc, m, (W, H), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR
    )
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    bgimg = _texture(rng, H, W, bg)
    # a soft drop shadow under the paper
    sh = cv2.GaussianBlur(mask, (0, 0), 8)
    sh = np.roll(sh, (6, 5), axis=(0, 1))
    bgimg = bgimg * (1 - 0.45 * sh[..., None])
    img = bgimg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    g = (np.cos(ang) * (xx / W - 0.5) + np.sin(ang) * (yy / H - 0.5)) * 2
    lightf = 1.0 - light * 0.5 * (g + 1) * 0.6
    r = np.sqrt(((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2)
    lightf = lightf * (1 - 0.28 * r**2)
    img = img * lightf[..., None]
    if shadow:
        pts = np.array(
            [
                [rng.uniform(0, W * 0.4), -10],
                [rng.uniform(W * 0.5, W), -10],
                [rng.uniform(W * 0.6, W), rng.uniform(H * 0.1, H * 0.3)],
                [rng.uniform(0, W * 0.3), rng.uniform(H * 0.15, H * 0.35)],
            ],
            np.int32,
        )
        smask = np.zeros((H, W), np.float32)
        cv2.fillPoly(smask, [pts], 1.0)
        smask = cv2.GaussianBlur(smask, (0, 0), 25)
        img = img * (1 - 0.3 * smask[..., None])
    warm = np.array([1.0, rng.uniform(0.95, 1.0), rng.uniform(0.86, 0.95)], np.float32)
    img = img * warm[None, None, :]
    img = cv2.GaussianBlur(img, (0, 0), 0.6)
    img = img + rng.normal(0, 3.5, img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    return Image.fromarray(img), quality


def jpeg_bytes(pil, quality):
    b = io.BytesIO()
    pil.save(b, "JPEG", quality=quality, optimize=False)
    return b.getvalue()


def image_pdf(pil, page_w, page_h, name, quality=80):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pagesize=(page_w, page_h))
    c.setTitle(name)
    c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(pil, quality))), 0, 0, page_w, page_h)
    c.showPage()
    c.save()
    return buf.getvalue()


def table(  # noqa: C901
    d,
    x,
    y,
    cols,
    rows,
    fnt="Sans",
    size=8,
    hfnt=None,
    hsize=None,
    grid=True,
    hfill=None,
    hcolor=(0, 0, 0),
    pad=3.0,
    lw=0.5,
    zebra=None,
    rule_color=(0, 0, 0),
    lead=None,
):
    """cols: (header, width, align); header lines split by '|'. rows: lists of str. Left-aligned cells wrap."""
    hfnt, hsize = hfnt or fnt, hsize or size
    lead = lead or size * 1.25
    total_w = sum(c[1] for c in cols)
    hl = max(len(c[0].split("|")) for c in cols)
    hh = hl * hsize * 1.2 + 2 * pad
    if hfill:
        d.rect(x, y, total_w, hh, lw=0, stroke=None, fill=hfill)
    cx = x
    for head, w, a in cols:
        for i, part in enumerate(head.split("|")):
            ty = y + pad + hsize * 0.85 + i * hsize * 1.2
            tx = cx + pad if a == "l" else (cx + w - pad if a == "r" else cx + w / 2)
            d.text(tx, ty, part, hfnt, hsize, a, hcolor)
        cx += w
    if grid:
        d.rect(x, y, total_w, hh, lw=lw, stroke=rule_color)
    else:
        d.line(x, y + hh, x + total_w, y + hh, lw, rule_color)
    y0 = y
    y += hh
    for ri, row in enumerate(rows):
        cells = []
        nl = 1
        for (_head, w, a), val in zip(cols, row, strict=False):
            lines = d.wrap(val, fnt, size, w - 2 * pad) if a == "l" else [val]
            cells.append(lines)
            nl = max(nl, len(lines))
        rh = (nl - 1) * lead + size + 2 * pad
        if zebra and ri % 2:
            d.rect(x, y, total_w, rh, lw=0, stroke=None, fill=zebra)
        cx = x
        for (_head, w, a), lines in zip(cols, cells, strict=False):
            for i, ln in enumerate(lines):
                ty = y + pad + size * 0.8 + i * lead
                tx = cx + pad if a == "l" else (cx + w - pad if a == "r" else cx + w / 2)
                d.text(tx, ty, ln, fnt, size, a)
            cx += w
        y += rh
        if grid:
            d.line(x, y, x + total_w, y, lw, rule_color)
    if grid:
        cx = x
        for _head, w, _a in cols[:-1]:
            cx += w
            d.line(cx, y0, cx, y, lw, rule_color)
        d.rect(x, y0, total_w, y - y0, lw=lw, stroke=rule_color)
    else:
        d.line(x, y, x + total_w, y, lw, rule_color)
    return y


def kv(d, x, y, pairs, fnt="Sans", size=8.5, bfnt=None, gap=None, lead=None, colon=": "):
    """label/value pairs; value starts at x+gap."""
    bfnt = bfnt or fnt
    gap = gap or max(d.width(k, fnt, size) for k, _ in pairs) + 4
    lead = lead or size * 1.35
    for k, v in pairs:
        d.text(x, y, k, fnt, size)
        d.text(x + gap, y, colon + v if colon else v, bfnt, size)
        y += lead
    return y


def kv_right(d, xl, xr, y, pairs, fnt="Sans", size=9, lead=None, bold_last=False, bfnt=None):
    lead = lead or size * 1.45
    for i, (k, v) in enumerate(pairs):
        f = (bfnt or fnt) if bold_last and i == len(pairs) - 1 else fnt
        d.text(xl, y, k, f, size)
        d.text(xr, y, v, f, size, "r")
        y += lead
    return y


# =========================================================================== invoices


def i01(name, rnd):
    W, H = A4
    d = Doc(name, W, H)
    inr = lambda v: fmt(v, indian=True)  # noqa: E731
    rows = [
        (
            "Cloud hosting - production cluster, 6 vCPU x 4 nodes (April 2026)",
            "998315",
            1,
            "84500.00",
        ),
        ("Managed PostgreSQL support (hours)", "998313", 18, "2250.00"),
        ("Wildcard SSL certificate renewal - 1 year", "998315", 2, "6800.00"),
        ("Off-site backup storage 2 TB (per month)", "998315", 2, "3150.00"),
    ]
    items = mk_items([(r[0], r[2], r[3]) for r in rows])
    net = sum(a for *_, a in items)
    cgst = q2(net * D("0.09"))
    sgst = q2(net * D("0.09"))
    total = net + cgst + sgst
    vendor = "Kaveri Cloudworks Private Limited"
    # wordmark
    d.poly([(40, 40), (62, 28), (84, 40), (62, 52)], fill=(0.05, 0.36, 0.55))
    d.poly([(50, 52), (62, 45), (74, 52), (62, 64)], fill=(0.95, 0.55, 0.1))
    d.text(94, 50, "KAVERI", "Sans-B", 22, color=(0.05, 0.36, 0.55))
    d.text(96, 63, "CLOUDWORKS", "Sans", 8.5, color=(0.35, 0.35, 0.35))
    d.text(W - 40, 40, "TAX INVOICE", "Sans-B", 15, "r")
    d.text(W - 40, 54, "Original for Recipient", "Sans-I", 7.5, "r", (0.3, 0.3, 0.3))
    y = 86
    d.rect(36, y, W - 72, 118, lw=0.7)
    d.line(W / 2 + 20, y, W / 2 + 20, y + 118, 0.7)
    yy = y + 14
    d.text(44, yy, vendor, "Sans-B", 9.5)
    for ln in [
        "No. 41, 2nd Floor, Residency Road",
        "Bengaluru, Karnataka 560025",
        "GSTIN: 29AAHCK4821M1Z6",
        "PAN: AAHCK4821M",
        "CIN: U72900KA2019PTC124587",
        "accounts@kavericloud.in | +91 80 4112 7730",
    ]:
        yy += 12.5
        d.text(44, yy, ln, "Sans", 8)
    kv(
        d,
        W / 2 + 28,
        y + 14,
        [
            ("Invoice No.", "KCW/26-27/0142"),
            ("Invoice Date", "05-05-2026"),
            ("Due Date", "04-06-2026"),
            ("Place of Supply", "Karnataka (29)"),
            ("Reverse Charge", "No"),
            ("PO Ref.", "BLR-IT-PO-3381"),
        ],
        "Sans",
        8.2,
        lead=14.5,
    )
    y += 118
    d.rect(36, y, W - 72, 78, lw=0.7)
    d.text(44, y + 13, "Bill To / Ship To", "Sans-B", 8.5)
    for i, ln in enumerate(
        [
            "Manjeera Retail Analytics LLP",
            "3rd Floor, Prestige Tech Park, Marathahalli",
            "Bengaluru, Karnataka 560103",
            "GSTIN: 29AARFM7720Q1ZK   State Code: 29",
        ]
    ):
        d.text(44, y + 27 + i * 12, ln, "Sans-B" if i == 0 else "Sans", 8)
    y += 90
    cols = [
        ("#", 22, "c"),
        ("Description of Services", 235, "l"),
        ("SAC", 50, "c"),
        ("Qty", 36, "r"),
        ("Rate (₹)", 80, "r"),
        ("Taxable Value (₹)", W - 72 - 423, "r"),
    ]
    trows = [
        [str(i + 1), it[0], rows[i][1], qty_str(it[1]), inr(it[2]), inr(it[3])]
        for i, it in enumerate(items)
    ]
    y = table(d, 36, y, cols, trows, "Sans", 8, "Sans-B", 8, hfill=(0.88, 0.93, 0.97))
    xl, xr = 330, W - 40
    y += 8
    d.rect(xl - 8, y, xr - xl + 12, 84, lw=0.5)
    y2 = kv_right(
        d,
        xl,
        xr,
        y + 14,
        [("Total Taxable Value", inr(net)), ("CGST @ 9%", inr(cgst)), ("SGST @ 9%", inr(sgst))],
        "Sans",
        8.5,
        lead=14,
    )
    d.line(xl - 8, y2 - 6, xr + 4, y2 - 6, 0.5)
    d.text(xl, y2 + 8, "Invoice Total (₹)", "Sans-B", 10)
    d.text(xr, y2 + 8, inr(total), "Sans-B", 10, "r")
    d.text(40, y + 14, "Total tax (in figures): ₹ " + inr(cgst + sgst), "Sans", 8)
    d.text(40, y + 30, "Amount chargeable (in words):", "Sans-B", 8)
    words = "Indian Rupees " + words_indian(int(total)).title().replace("-", " ") + " Only"
    d.para(40, y + 43, words, "Sans-I", 8, 270)
    y += 104
    d.text(40, y, "Bank Details", "Sans-B", 8.5)
    kv(
        d,
        40,
        y + 14,
        [
            ("Bank", "HDFC Bank Ltd, Koramangala Branch"),
            ("A/c Name", vendor),
            ("A/c No.", "50200041276613"),
            ("IFSC", "HDFC0000053"),
        ],
        "Sans",
        8,
        lead=12,
    )
    d.text(W - 40, y, "For " + vendor, "Sans-B", 8.5, "r")
    d.line(W - 190, y + 48, W - 40, y + 48, 0.5)
    d.text(W - 40, y + 60, "Authorised Signatory", "Sans", 8, "r")
    y += 84
    d.para(
        40,
        y,
        "Terms: Payment within 30 days of invoice date. Interest @ 18% p.a. will be charged on overdue amounts. TDS under section 194J, if deducted, may be deposited and Form 16A shared within the due date. Subject to Bengaluru jurisdiction.",
        "Sans",
        7,
        W - 80,
        color=(0.3, 0.3, 0.3),
    )
    d.text(
        W / 2, H - 28, "This is a computer generated invoice.", "Sans-I", 7, "c", (0.4, 0.4, 0.4)
    )
    t = truth(
        "KCW/26-27/0142",
        "2026-05-05",
        "2026-06-04",
        vendor,
        net,
        cgst + sgst,
        total,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        items,
        "Indian GST intra-state: CGST 9% + SGST 9% summed as VAT; Indian digit grouping (1,70,982.00); amount in words; customer also has a GSTIN; dates DD-MM-YYYY.",
    )
    return d, t


def i02(name, rnd):
    W, H = A4
    d = Doc(name, W, H)
    rows = [
        ("Modular switch 6A 1-way, white", "8536", 200, "Pcs", "38.50", 18),
        ("Modular socket 6A 3-pin", "8536", 150, "Pcs", "64.00", 18),
        ("MCB 32A SP C-curve", "8536", 40, "Pcs", "212.00", 18),
        ("MCB 63A DP C-curve", "8536", 12, "Pcs", "845.00", 18),
        ("RCCB 40A 4P 30mA", "8536", 6, "Pcs", "2890.00", 18),
        ("FR PVC wire 1.5 sq mm, 90 m coil", "8544", 25, "Coil", "1240.00", 18),
        ("FR PVC wire 2.5 sq mm, 90 m coil", "8544", 20, "Coil", "1985.00", 18),
        ("FR PVC wire 4.0 sq mm, 90 m coil", "8544", 8, "Coil", "3120.00", 18),
        ("Armoured cable 4C x 16 sq mm", "8544", 120, "Mtr", "418.00", 18),
        ("LED panel 18W round, 6500K", "9405", 80, "Pcs", "265.00", 12),
        ("LED batten 20W, 4 ft", "9405", 60, "Pcs", "189.00", 12),
        ("LED flood light 50W IP66", "9405", 10, "Pcs", "1150.00", 12),
        ("PVC conduit pipe 25 mm, 3 m", "3917", 200, "Len", "46.00", 18),
        ("Junction box 4-way", "3925", 100, "Pcs", "22.50", 18),
        ("Distribution board 8-way SPN", "8537", 6, "Pcs", "1640.00", 18),
        ("Ceiling fan 1200 mm BLDC", "8414", 12, "Pcs", "3450.00", 18),
        ("Exhaust fan 150 mm", "8414", 10, "Pcs", "1095.00", 18),
        ("Copper bonded earthing rod 2 m", "7326", 4, "Pcs", "1880.00", 18),
        ("Cable tie 200 mm (pkt of 100)", "3926", 30, "Pkt", "68.00", 18),
        ("Insulation tape (pkt of 10)", "3919", 25, "Pkt", "95.00", 18),
        ("Copper lugs 16 sq mm (pkt of 50)", "8536", 10, "Pkt", "540.00", 18),
        ("Door bell, ding-dong", "8531", 15, "Pcs", "215.00", 18),
        ("Changeover switch 63A", "8536", 3, "Pcs", "2260.00", 18),
        ("Perforated cable tray 100 mm, 2.5 m", "7308", 24, "Len", "610.00", 18),
        ("Wall mounting enclosure IP65", "8538", 5, "Pcs", "1420.00", 18),
        ("Smoke detector, battery type", "8531", 20, "Pcs", "690.00", 18),
    ]
    items = mk_items([(r[0], r[2], r[4]) for r in rows])
    by_rate = {18: D(0), 12: D(0)}
    for r, it in zip(rows, items, strict=False):
        by_rate[r[5]] += it[3]
    net = sum(by_rate.values())
    igst = {k: q2(v * k / 100) for k, v in by_rate.items()}
    vat = sum(igst.values())
    exact = net + vat
    total = q0(exact)
    ro = total - exact
    vendor = "Shree Ganesh Electricals & Traders"
    rs = lambda v: fmt(v, indian=True)  # noqa: E731

    def header(page):
        d.text(W / 2, 40, vendor.upper(), "Serif-B", 17, "c", (0.55, 0.05, 0.05))
        d.text(
            W / 2,
            55,
            "Wholesale dealers in electrical goods, cables & lighting",
            "Serif-I",
            8.5,
            "c",
        )
        d.text(
            W / 2,
            68,
            "12, Relief Road, Near Khas Bazar, Ahmedabad - 380001, Gujarat  |  Ph: 079-2550 4412",
            "Serif",
            8,
            "c",
        )
        d.text(W / 2, 80, "GSTIN: 24ABKPS6637R1Z2     State: Gujarat, Code 24", "Serif-B", 8, "c")
        d.line(30, 88, W - 30, 88, 1.2, (0.55, 0.05, 0.05))
        d.text(W / 2, 104, "TAX INVOICE", "Serif-B", 12, "c")
        d.text(W - 30, 104, f"Page {page} of 2", "Serif", 8, "r")

    header(1)
    kv(
        d,
        34,
        124,
        [
            ("Invoice No", "SGE/2026/1187"),
            ("Dated", "18/04/2026"),
            ("Buyer's Order No", "PO/NE/0992 dt. 11/04/2026"),
            ("Dispatched through", "VRL Logistics, LR 7741269"),
            ("E-Way Bill No", "5412 8876 1093"),
        ],
        "Serif",
        8.2,
        lead=12,
    )
    d.text(330, 124, "Buyer (Bill to) / Consignee", "Serif-B", 8.2)
    for i, ln in enumerate(
        [
            "Nirmal Engineering Contractors",
            "Unit 14, Ashok Industrial Estate, LBS Marg",
            "Mumbai, Maharashtra - 400080",
            "GSTIN: 27AAKFN3310C1ZD",
            "Place of Supply: Maharashtra (27)",
        ]
    ):
        d.text(330, 136 + i * 12, ln, "Serif", 8.2)
    cols = [
        ("Sl", 20, "c"),
        ("Description of Goods", 196, "l"),
        ("HSN", 38, "c"),
        ("Qty", 36, "r"),
        ("Unit", 30, "c"),
        ("Rate", 58, "r"),
        ("GST|%", 30, "c"),
        ("Taxable|Amount", W - 60 - 408, "r"),
    ]
    trows = [
        [
            str(i + 1),
            it[0],
            rows[i][1],
            qty_str(it[1]),
            rows[i][3],
            rs(it[2]),
            str(rows[i][5]),
            rs(it[3]),
        ]
        for i, it in enumerate(items)
    ]
    y = table(d, 30, 200, cols, trows[:20], "Serif", 8, "Serif-B", 7.5, lead=10, pad=3.2)
    d.text(W - 30, y + 14, "Continued on page 2 ...", "Serif-I", 8, "r")
    d.text(30, H - 30, "Subtotal c/f (Page 1): " + rs(sum(it[3] for it in items[:20])), "Serif", 8)
    d.new_page()
    header(2)
    d.text(34, 124, "Invoice No SGE/2026/1187  dated 18/04/2026 (contd.)", "Serif", 8.2)
    y = table(d, 30, 136, cols, trows[20:], "Serif", 8, "Serif-B", 7.5, lead=10, pad=3.2)
    y += 14
    xl, xr = 320, W - 34
    pairs = [
        ("Total Taxable Value", rs(net)),
        ("IGST @ 18% on " + rs(by_rate[18]), rs(igst[18])),
        ("IGST @ 12% on " + rs(by_rate[12]), rs(igst[12])),
        ("Round Off", ("+" if ro >= 0 else "") + fmt(ro)),
    ]
    y = kv_right(d, xl, xr, y, pairs, "Serif", 8.5, lead=13)
    d.line(xl, y - 6, xr, y - 6, 0.8)
    d.text(xl, y + 8, "Grand Total", "Serif-B", 11)
    d.text(xr, y + 8, "₹ " + rs(total), "Serif-B", 11, "r")
    y += 34
    d.text(34, y, "Amount Chargeable (in words)", "Serif-B", 8.5)
    d.text(34, y + 13, "Rupees " + words_indian(int(total)).title() + " Only", "Serif-I", 8.5)
    y += 36
    hs = [
        ("HSN/SAC", 60, "c"),
        ("Taxable Value", 90, "r"),
        ("IGST Rate", 60, "c"),
        ("IGST Amount", 90, "r"),
    ]
    hrows = []
    for h_ in sorted({r[1] for r in rows}):
        tv = sum(it[3] for r, it in zip(rows, items, strict=False) if r[1] == h_)
        rate = next(r[5] for r in rows if r[1] == h_)
        hrows.append([h_, rs(tv), f"{rate}%", rs(q2(tv * rate / 100))])
    d.text(34, y, "HSN-wise summary (IGST rounded per rate, see totals above)", "Serif-B", 8)
    y = table(d, 34, y + 6, hs, hrows, "Serif", 7.5, "Serif-B", 7.5, pad=2.2)
    y += 18
    d.text(
        34,
        y,
        "Bank: State Bank of India, Ellisbridge  A/c 32817745120  IFSC SBIN0003046",
        "Serif",
        8,
    )
    d.text(
        34,
        y + 12,
        "Terms: 30 days credit. Goods once sold will not be taken back. Subject to Ahmedabad jurisdiction. E.&O.E.",
        "Serif",
        7.5,
    )
    d.text(W - 34, y + 40, "for " + vendor, "Serif-B", 8.5, "r")
    d.text(W - 34, y + 78, "Proprietor / Authorised Signatory", "Serif", 8, "r")
    t = truth(
        "SGE/2026/1187",
        "2026-04-18",
        None,
        vendor,
        net,
        vat,
        total,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        items,
        "Two-page GST invoice; inter-state IGST at two rates (18% and 12%) summed as VAT; round-off line; totals only on page 2; HSN summary table repeats tax figures; buyer's PO date on page.",
        rounding=ro,
    )
    return d, t


def i03(name, rnd):
    W, H = A4
    d = Doc(name, W, H)
    rows = [
        ("Ocean freight FCL 1 x 40'HC, Singapore - Rotterdam", "ZR", 1, "2850.00"),
        ("Marine cargo insurance (international)", "ZR", 1, "112.50"),
        ("Terminal handling charge - origin", "SR", 1, "395.00"),
        ("Documentation / B/L fee", "SR", 1, "65.00"),
        ("Customs permit declaration (TradeNet)", "SR", 1, "45.00"),
        ("Trucking: Tuas warehouse to PSA Pasir Panjang", "SR", 1, "280.00"),
    ]
    items = mk_items([(r[0], r[2], r[3]) for r in rows])
    sr = sum(it[3] for r, it in zip(rows, items, strict=False) if r[1] == "SR")
    zr = sum(it[3] for r, it in zip(rows, items, strict=False) if r[1] == "ZR")
    gst = q2(sr * D("0.09"))
    net = sr + zr
    total = net + gst
    vendor = "Straits Harbour Logistics Pte. Ltd."
    teal = (0.0, 0.45, 0.45)
    d.rect(0, 0, W, 12, lw=0, stroke=None, fill=teal)
    d.circle(58, 58, 18, stroke=None, fill=teal)
    d.poly([(46, 62), (70, 62), (64, 70), (52, 70)], fill=(1, 1, 1))
    d.text(84, 54, "STRAITS HARBOUR", "Sans-B", 16, color=teal)
    d.text(84, 68, "LOGISTICS", "Sans", 10, color=(0.3, 0.3, 0.3))
    for i, ln in enumerate(
        [
            vendor,
            "10 Pandan Crescent, #05-12 UE Tech Park",
            "Singapore 128466",
            "UEN / GST Reg. No.: 201834512K",
        ]
    ):
        d.text(W - 40, 44 + i * 11, ln, "Sans-B" if i == 0 else "Sans", 8, "r")
    d.text(40, 118, "Tax Invoice", "Sans-B", 20)
    kv(
        d,
        40,
        146,
        [
            ("Bill to", "Lumen Audio Systems Pte Ltd"),
            ("", "2 Kallang Avenue, #08-01"),
            ("", "Singapore 339407"),
            ("Attn", "Ms Priya Raman, Procurement"),
        ],
        "Sans",
        8.5,
        colon="",
        gap=40,
    )
    kv(
        d,
        360,
        118,
        [
            ("Invoice No.", "SHL-INV-2604-0387"),
            ("Date", "22 Apr 2026"),
            ("Due Date", "22 May 2026"),
            ("Terms", "Net 30"),
            ("Job Ref.", "SE-EXP-26-1184"),
            ("Vessel / Voy.", "MAERSK HALIFAX 614W"),
            ("ETD", "25 Apr 2026"),
        ],
        "Sans",
        8.5,
        lead=12.5,
        colon="  ",
    )
    cols = [
        ("Description", 270, "l"),
        ("Tax", 36, "c"),
        ("Qty", 36, "r"),
        ("Unit Price (S$)", 85, "r"),
        ("Amount (S$)", W - 80 - 427, "r"),
    ]
    trows = [
        [it[0], r[1], qty_str(it[1]), fmt(it[2]), fmt(it[3])]
        for r, it in zip(rows, items, strict=False)
    ]
    y = table(
        d,
        40,
        252,
        cols,
        trows,
        "Sans",
        8.5,
        "Sans-B",
        8.5,
        grid=False,
        hfill=(0.9, 0.95, 0.95),
        pad=4.5,
        zebra=(0.97, 0.97, 0.97),
    )
    y += 16
    xl, xr = 350, W - 44
    y = kv_right(
        d,
        xl,
        xr,
        y,
        [
            ("Subtotal (excl. GST)", fmt(net)),
            ("Standard-rated (SR) supplies", fmt(sr)),
            ("Zero-rated (ZR) supplies", fmt(zr)),
            ("GST 9% on SR", fmt(gst)),
        ],
        "Sans",
        8.5,
        lead=13.5,
    )
    d.rect(xl - 6, y - 4, xr - xl + 12, 22, lw=0, stroke=None, fill=teal)
    d.text(xl, y + 11, "Total Payable (SGD)", "Sans-B", 10, color=(1, 1, 1))
    d.text(xr, y + 11, "S$ " + fmt(total), "Sans-B", 10, "r", (1, 1, 1))
    y += 46
    d.text(40, y, "Payment", "Sans-B", 9)
    d.para(
        40,
        y + 13,
        "PayNow UEN 201834512K or telegraphic transfer to DBS Bank Ltd, Account 072-904118-3, SWIFT DBSSSGSG. Please quote the invoice number. Cheques payable to "
        + vendor
        + ".",
        "Sans",
        8,
        300,
    )
    d.qr(W - 110, y - 4, 64, name)
    d.text(W - 78, y + 70, "Scan to PayNow", "Sans", 7, "c")
    d.para(
        40,
        H - 60,
        "ZR = zero-rated under section 21(3) of the GST Act (international services). All business is transacted under the Singapore Logistics Association standard trading conditions, copies available on request.",
        "Sans",
        7,
        W - 80,
        color=(0.35, 0.35, 0.35),
    )
    t = truth(
        "SHL-INV-2604-0387",
        "2026-04-22",
        "2026-05-22",
        vendor,
        net,
        gst,
        total,
        "SGD",
        "en-SG",
        "invoice",
        "invoice",
        items,
        "Singapore GST 9% applies only to standard-rated lines; zero-rated freight/insurance lines; UEN doubles as GST number; ETD date and job ref near invoice data.",
    )
    return d, t


def i04(name, rnd):
    W, H = A4
    d = Doc(name, W, H)
    rows = [
        ("Preventive maintenance - chiller plant CH-1 & CH-2 (March 2026)", "ST8", 1, "4800.00"),
        ("Corrective service call - AHU L3, labour (hours)", "ST8", 6, "120.00"),
        ("Condenser fan motor 1.5 kW (parts supplied)", "NT", 2, "1150.00"),
        ("Refrigerant R134a top-up (kg)", "NT", 4, "95.00"),
    ]
    items = mk_items([(r[0], r[2], r[3]) for r in rows])
    taxable = sum(it[3] for r, it in zip(rows, items, strict=False) if r[1] == "ST8")
    net = sum(it[3] for it in items)
    sst = q2(taxable * D("0.08"))
    total = net + sst
    vendor = "Bayu Teknik Services Sdn. Bhd."
    d.text(W / 2, 46, vendor.upper(), "Helvetica-Bold", 16, "c")
    d.text(W / 2, 58, "(Company No. 201501023456 (1148873-T))", "Helvetica", 8, "c")
    d.text(
        W / 2,
        70,
        "Lot 7, Jalan Pelabur 23/1, Seksyen 23, 40300 Shah Alam, Selangor Darul Ehsan",
        "Helvetica",
        8,
        "c",
    )
    d.text(
        W / 2,
        81,
        "Tel: 03-5541 2290   Email: billing@bayuteknik.com.my   SST Reg. No.: W10-1808-32000123",
        "Helvetica",
        8,
        "c",
    )
    d.line(40, 90, W - 40, 90, 1.0)
    d.line(40, 92.5, W - 40, 92.5, 0.4)
    d.text(W / 2, 112, "INVOICE", "Helvetica-Bold", 14, "c")
    d.rect(40, 124, 280, 70, lw=0.6)
    d.text(46, 136, "To:", "Helvetica-Bold", 8.5)
    for i, ln in enumerate(
        [
            "Menara Cahaya Property Management Sdn Bhd",
            "Level 2, Menara Cahaya, Jalan Tun Razak",
            "50400 Kuala Lumpur",
            "Attn: Encik Hafiz (Facilities)",
        ]
    ):
        d.text(62, 136 + i * 12, ln, "Helvetica", 8.5)
    kv(
        d,
        340,
        134,
        [
            ("Invoice No.", "BT/INV/2026/0456"),
            ("Date", "12/03/2026"),
            ("Your Ref.", "MC-FM-WO-2291"),
            ("Terms", "30 Days"),
            ("Due Date", "11/04/2026"),
        ],
        "Helvetica",
        8.5,
        lead=13,
    )
    cols = [
        ("No.", 26, "c"),
        ("Description", 250, "l"),
        ("Tax Code", 50, "c"),
        ("Qty", 34, "r"),
        ("Unit Price (RM)", 74, "r"),
        ("Amount (RM)", W - 80 - 434, "r"),
    ]
    trows = [
        [str(i + 1), it[0], r[1], qty_str(it[1]), fmt(it[2]), fmt(it[3])]
        for i, (r, it) in enumerate(zip(rows, items, strict=False))
    ]
    y = table(d, 40, 212, cols, trows, "Helvetica", 8.5, "Helvetica-Bold", 8, pad=4)
    y += 14
    xl, xr = 330, W - 44
    y = kv_right(
        d,
        xl,
        xr,
        y,
        [
            ("Sub Total (Excluding SST)", fmt(net)),
            ("Service Tax @ 8% on RM " + fmt(taxable), fmt(sst)),
        ],
        "Helvetica",
        8.5,
    )
    d.line(xl, y - 8, xr, y - 8, 0.6)
    d.text(xl, y + 6, "TOTAL (Including SST)  RM", "Helvetica-Bold", 10)
    d.text(xr, y + 6, fmt(total), "Helvetica-Bold", 10, "r")
    d.line(xl, y + 11, xr, y + 11, 0.6)
    d.line(xl, y + 13, xr, y + 13, 0.6)
    y += 40
    d.text(
        40,
        y,
        "Ringgit Malaysia: "
        + words_intl(int(total)).title()
        + " And Cents "
        + words_intl(int((total % 1) * 100)).title()
        + " Only",
        "Helvetica-Oblique",
        8.5,
    )
    d.text(
        40,
        y + 22,
        "Tax code: ST8 = taxable service (8%), NT = not subject to service tax.",
        "Helvetica",
        7.5,
    )
    d.text(
        40,
        y + 44,
        "Payment by bank transfer to: Maybank  A/C No. 5128 4410 7732  (Bayu Teknik Services Sdn. Bhd.)",
        "Helvetica",
        8,
    )
    d.text(40, H - 120, "Received by:", "Helvetica", 8.5)
    d.line(100, H - 120, 230, H - 120, 0.5)
    d.line(W - 210, H - 120, W - 40, H - 120, 0.5)
    d.text(W - 125, H - 108, "Authorised Signature", "Helvetica", 8, "c")
    d.text(
        W / 2,
        H - 40,
        "This invoice is computer generated. Please notify us of any discrepancies within 7 days.",
        "Helvetica-Oblique",
        7.5,
        "c",
    )
    t = truth(
        "BT/INV/2026/0456",
        "2026-03-12",
        "2026-04-11",
        vendor,
        net,
        sst,
        total,
        "MYR",
        "en-MY",
        "invoice",
        "invoice",
        items,
        "Malaysian SST: 8% service tax only on ST8 lines, parts not taxed; company number in header; due date printed next to 30-day terms; amount in words.",
    )
    return d, t


def i05(name, rnd):
    W, H = LETTER
    d = Doc(name, W, H)
    rows = [
        ("Bond paper A4 70gsm (ream)", 40, "265.00"),
        ("Ballpen black 0.5 mm (box of 12)", 15, "144.00"),
        ("Toner cartridge 85A compatible", 6, "1450.00"),
        ("Stapler heavy duty", 4, "685.00"),
        ("Expanding envelope, legal", 50, "38.00"),
    ]
    items = mk_items(rows)
    gross = sum(it[3] for it in items)
    vat = q2(gross * 12 / D(112))
    net = gross - vat
    vendor = "Lakambini Office Supplies Trading Corp."
    blue = (0.1, 0.2, 0.55)
    d.text(W / 2, 44, "LAKAMBINI OFFICE SUPPLIES TRADING CORP.", "Times-Bold", 15, "c", blue)
    d.text(
        W / 2,
        58,
        "88 Kamuning Road, Brgy. Obrero, Quezon City 1103, Metro Manila",
        "Times-Roman",
        9,
        "c",
    )
    d.text(
        W / 2, 70, "VAT Reg. TIN: 008-123-456-00000     Tel. (02) 8921-4470", "Times-Roman", 9, "c"
    )
    d.text(60, 100, "SALES INVOICE", "Times-Bold", 16, color=blue)
    d.text(W - 60, 100, "No. 0004821", "Times-Bold", 15, "r", (0.75, 0.05, 0.05))
    kv(
        d,
        60,
        124,
        [
            ("Sold to", "Pinagpala Review Center Inc."),
            ("TIN", "452-881-305-00000"),
            ("Address", "1204 Espana Blvd., Sampaloc, Manila"),
            ("Business Style", "Educational services"),
        ],
        "Times-Roman",
        9.5,
        lead=14,
        gap=80,
    )
    kv(
        d,
        380,
        124,
        [
            ("Date", "March 9, 2026"),
            ("Terms", "COD"),
            ("OSCA/PWD ID No.", "-"),
            ("P.O. No.", "PRC-0311"),
        ],
        "Times-Roman",
        9.5,
        lead=14,
        gap=82,
    )
    cols = [
        ("QTY", 40, "c"),
        ("UNIT", 40, "c"),
        ("ARTICLES", 232, "l"),
        ("UNIT PRICE", 85, "r"),
        ("AMOUNT", W - 120 - 397, "r"),
    ]
    units = ["rms", "box", "pcs", "pcs", "pcs"]
    trows = [
        [qty_str(it[1]), u, it[0], fmt(it[2]), fmt(it[3])]
        for u, it in zip(units, items, strict=False)
    ] + [["", "", "", "", ""]] * 4
    y = table(d, 60, 190, cols, trows, "Times-Roman", 9.5, "Times-Bold", 9, pad=4)
    y += 10
    left = [
        ("VATable Sales", fmt(net)),
        ("VAT-Exempt Sales", "0.00"),
        ("Zero-Rated Sales", "0.00"),
        ("VAT Amount", fmt(vat)),
    ]
    kv_right(d, 64, 250, y + 10, left, "Times-Roman", 9, lead=13)
    right = [
        ("Total Sales (VAT Inclusive)", fmt(gross)),
        ("Less: VAT", fmt(vat)),
        ("Amount: Net of VAT", fmt(net)),
        ("Less: Discount (SC/PWD/NAAC/MOV/SP)", "-"),
        ("Add: VAT", fmt(vat)),
        ("Less: Withholding Tax", "-"),
    ]
    y2 = kv_right(d, 300, W - 64, y + 10, right, "Times-Roman", 9, lead=13)
    d.text(300, y2 + 6, "TOTAL AMOUNT DUE", "Times-Bold", 11)
    d.text(W - 64, y2 + 6, "₱ " + fmt(gross), "Sans-B", 10.5, "r")
    y = y2 + 40
    d.text(60, y, "Received the above goods in good order and condition.", "Times-Italic", 9)
    d.line(360, y + 30, W - 60, y + 30, 0.5)
    d.text(
        (360 + W - 60) / 2,
        y + 42,
        "Customer's Signature over Printed Name",
        "Times-Roman",
        8.5,
        "c",
    )
    d.line(60, H - 92, W - 60, H - 92, 0.4)
    fl = [
        "500 Bklts. (50x3) 0004001-0029000  BIR Authority to Print No. OCN 039AU20250000000214",
        "Date Issued: 11/14/2025   Valid until: 11/13/2030",
        "MANILA QUICKPRINT PRESS, 15 Banawe St., Quezon City  TIN 133-502-118-00000  Accreditation No. 039MP20230000000018 Date Issued 03/02/2023",
    ]
    for i, ln in enumerate(fl):
        d.text(60, H - 80 + i * 10, ln, "Times-Roman", 7)
    t = truth(
        "0004821",
        "2026-03-09",
        None,
        vendor,
        net,
        vat,
        gross,
        "PHP",
        "en-PH",
        "invoice",
        "invoice",
        items,
        "Philippine sales invoice: VAT-inclusive prices, VAT 12% backed out (VATable sales = net); serial number in red; BIR footer has other dates (MM/DD/YYYY) and accreditation numbers; image-only PDF.",
    )
    return d, t


def i06(name, rnd):
    W, H = A4
    d = Doc(name, W, H)
    rows = [
        ("Copy paper A4, 5,000 sheets", 4, "3280", 10),
        ("Desk organizer tray, 3 tier", 6, "1150", 10),
        ("Green tea, 500 ml PET (case of 24)", 3, "2640", 8),
        ("Coffee beans, medium roast 1 kg", 2, "3900", 8),
        ("Whiteboard markers, 10 pcs", 5, "980", 10),
    ]
    items = mk_items([(r[0], r[1], r[2]) for r in rows], nd=0)
    base = {10: D(0), 8: D(0)}
    for r, it in zip(rows, items, strict=False):
        base[r[3]] += it[3]
    tax = {k: q0(v * k / 100) for k, v in base.items()}
    net = sum(base.values())
    vat = sum(tax.values())
    total = net + vat
    yen = lambda v: "¥" + fmt(v, nd=0)  # noqa: E731
    vendor = "Sakura Office Supply K.K."
    d.text(50, 60, "INVOICE", "Sans-B", 24, color=(0.2, 0.2, 0.2))
    d.text(50, 76, "Qualified Invoice (Tekikaku Seikyusho)", "Sans", 8.5, color=(0.4, 0.4, 0.4))
    kv(
        d,
        370,
        48,
        [
            ("Invoice No.", "SOS-2026-00871"),
            ("Issue Date", "2026/04/30"),
            ("Payment Due", "2026/05/31"),
        ],
        "Sans",
        8.5,
        lead=13,
        colon="  ",
    )
    d.text(50, 118, "Kinoshita Design Studio Co., Ltd.", "Sans-B", 11)
    d.line(50, 123, 290, 123, 0.8)
    d.text(50, 137, "2-14-6 Kitahorie, Nishi-ku, Osaka 550-0014", "Sans", 8)
    d.circle(342, 120, 14, stroke=None, fill=(0.9, 0.35, 0.5))
    d.circle(342, 120, 5, stroke=None, fill=(1, 1, 1))
    d.text(362, 116, vendor, "Sans-B", 10)
    for i, ln in enumerate(
        [
            "3-5-22 Minamisemba, Chuo-ku, Osaka 542-0081",
            "TEL 06-6251-3307",
            "Registration No. T4120001098765",
        ]
    ):
        d.text(362, 130 + i * 11, ln, "Sans", 7.8)
    d.rect(50, 170, 240, 30, lw=0, stroke=None, fill=(0.93, 0.93, 0.93))
    d.text(58, 190, "Amount Billed (tax incl.)", "Sans", 9)
    d.text(284, 190, yen(total), "Sans-B", 13, "r")
    cols = [
        ("Date", 62, "c"),
        ("Item", 210, "l"),
        ("Qty", 40, "r"),
        ("Unit Price", 75, "r"),
        ("Amount", 75, "r"),
        ("Rate", W - 100 - 462, "c"),
    ]
    trows = [
        [
            "04/" + str(8 + 5 * i).zfill(2),
            it[0] + (" ※" if r[3] == 8 else ""),
            qty_str(it[1]),
            fmt(it[2], nd=0),
            fmt(it[3], nd=0),
            f"{r[3]}%",
        ]
        for i, (r, it) in enumerate(zip(rows, items, strict=False))
    ]
    y = table(
        d,
        50,
        222,
        cols,
        trows,
        "Sans",
        8.5,
        "Sans-B",
        8.5,
        grid=True,
        hfill=(0.35, 0.35, 0.35),
        hcolor=(1, 1, 1),
        pad=4.5,
        rule_color=(0.6, 0.6, 0.6),
    )
    d.text(50, y + 14, "※ indicates items subject to the reduced tax rate (8%).", "Sans", 7.5)
    y += 30
    xl, xr = 330, W - 52
    y = kv_right(
        d,
        xl,
        xr,
        y,
        [("Subtotal (excl. tax)", yen(net)), ("Consumption tax", yen(vat))],
        "Sans",
        9,
        lead=14,
    )
    d.line(xl, y - 8, xr, y - 8, 0.6)
    d.text(xl, y + 6, "Total", "Sans-B", 11)
    d.text(xr, y + 6, yen(total), "Sans-B", 11, "r")
    y += 26
    cols2 = [("Tax rate breakdown", 110, "l"), ("Taxable amount", 85, "r"), ("Tax", 60, "r")]
    brows = [
        ["10% target", yen(base[10]), yen(tax[10])],
        ["8% target (reduced)", yen(base[8]), yen(tax[8])],
    ]
    y = table(d, xl - 58, y, cols2, brows, "Sans", 8.5, "Sans-B", 8, pad=3.5)
    y += 26
    d.text(50, y, "Bank transfer", "Sans-B", 9)
    for i, ln in enumerate(
        [
            "MUFG Bank, Semba Branch (Branch code 251)",
            "Ordinary account 0618842",
            "Account name: Sakura Office Supply K.K. (Sakura Ofisu Sapurai)",
            "Bank transfer fees are to be borne by the customer.",
        ]
    ):
        d.text(50, y + 14 + i * 12, ln, "Sans", 8)
    d.rect(W - 130, y - 8, 78, 30, lw=0.6, stroke=(0.8, 0.1, 0.1))
    d.text(W - 91, y + 11, "SAKURA", "Serif-B", 10, "c", (0.8, 0.1, 0.1))
    d.text(W / 2, H - 36, "Thank you for your continued business.", "Sans", 8, "c", (0.4, 0.4, 0.4))
    t = truth(
        "SOS-2026-00871",
        "2026-04-30",
        "2026-05-31",
        vendor,
        net,
        vat,
        total,
        "JPY",
        "ja-JP",
        "invoice",
        "invoice",
        items,
        "Japanese qualified invoice with T-number; yen without decimals; two tax rates (10% and reduced 8%, marked ※) summed as VAT; 'Amount Billed' box repeats the total near the top; line dates MM/DD.",
    )
    return d, t


def i07(name, rnd):
    W, H = A4
    d = Doc(name, W, H)
    rows = [
        (
            "Website redesign - Phase 2 (milestone 2 of 3: UI build & CMS integration)",
            1,
            "38000.00",
        ),
        ("Mobile app maintenance retainer - March 2026", 1, "12500.00"),
        ("Cloud hosting pass-through (AWS, February usage, USD 408.50 @ 7.80)", 1, "3186.30"),
        ("UX research workshop, half day (2 facilitators)", 2, "3400.00"),
    ]
    items = mk_items(rows)
    net = sum(it[3] for it in items)
    vendor = "Harbourview Digital Solutions Limited"
    navy = (0.08, 0.12, 0.3)
    d.rect(0, 0, 150, H, lw=0, stroke=None, fill=(0.95, 0.96, 0.98))
    d.text(24, 64, "harbour", "Sans-B", 20, color=navy)
    d.text(24, 84, "view.", "Sans-B", 20, color=(0.2, 0.6, 0.85))
    side = [
        ("FROM", None),
        (vendor.replace(" Limited", ""), "b"),
        ("Limited", "b"),
        ("Unit 1708, 17/F", None),
        ("Millennium City 5", None),
        ("418 Kwun Tong Road", None),
        ("Kwun Tong, Kowloon", None),
        ("Hong Kong", None),
        ("", None),
        ("BR No. 71234508", None),
        ("+852 3618 4420", None),
        ("ar@harbourview.hk", None),
    ]
    y = 130
    for t_, b in side:
        d.text(
            24,
            y,
            t_,
            "Sans-B" if b else "Sans",
            8 if t_ != "FROM" else 7,
            color=navy if t_ != "FROM" else (0.5, 0.5, 0.5),
        )
        y += 12
    y += 16
    for t_ in [
        "BILL TO",
        "Tai Hing Textiles Co. Ltd.",
        "8/F, Kowloon Bay Intl. Trade",
        "& Exhibition Centre",
        "1 Trademart Drive",
        "Kowloon Bay, Hong Kong",
    ]:
        d.text(
            24,
            y,
            t_,
            "Sans-B" if t_.startswith("Tai") else "Sans",
            8 if t_ != "BILL TO" else 7,
            color=navy if t_ != "BILL TO" else (0.5, 0.5, 0.5),
        )
        y += 12
    x0 = 176
    d.text(x0, 64, "Invoice", "Sans", 28, color=navy)
    kv(
        d,
        x0,
        104,
        [
            ("Invoice number", "HDS-INV-26-0219"),
            ("Date of issue", "03/03/2026"),
            ("Date due", "02/04/2026"),
            ("Project", "THT-WEB-2025"),
        ],
        "Sans",
        8.5,
        lead=13,
        colon="   ",
    )
    d.text(W - 40, 104, "Amount due", "Sans", 8.5, "r", (0.5, 0.5, 0.5))
    d.text(W - 40, 124, "HK$" + fmt(net), "Sans-B", 16, "r", navy)
    cols = [
        ("DESCRIPTION", 190, "l"),
        ("QTY", 34, "r"),
        ("RATE", 66, "r"),
        ("AMOUNT (HKD)", W - 40 - x0 - 290, "r"),
    ]
    trows = [[it[0], qty_str(it[1]), fmt(it[2]), fmt(it[3])] for it in items]
    y = table(
        d,
        x0,
        176,
        cols,
        trows,
        "Sans",
        8.5,
        "Sans-B",
        7.5,
        grid=False,
        pad=6,
        hcolor=(0.5, 0.5, 0.5),
        rule_color=(0.75, 0.75, 0.8),
    )
    y += 18
    y = kv_right(d, 360, W - 46, y, [("Subtotal", fmt(net))], "Sans", 9)
    d.line(360, y - 7, W - 46, y - 7, 0.8, navy)
    d.text(360, y + 8, "Total (HKD)", "Sans-B", 10.5, color=navy)
    d.text(W - 46, y + 8, "HK$" + fmt(net), "Sans-B", 10.5, "r", navy)
    y += 46
    d.text(x0, y, "Payment details", "Sans-B", 9, color=navy)
    for i, ln in enumerate(
        [
            "Hang Seng Bank Limited - Bank code 024",
            "Account no. 283-419725-883",
            "FPS ID 162 448 931",
            "Please settle within 30 days. See page 2 for terms and remittance advice.",
        ]
    ):
        d.text(x0, y + 14 + i * 12, ln, "Sans", 8.2)
    d.text(W - 40, H - 30, "Page 1 of 2", "Sans", 7.5, "r", (0.5, 0.5, 0.5))
    d.new_page()
    d.text(50, 60, "Terms & Conditions", "Sans-B", 14, color=navy)
    terms = [
        "1. Invoices are payable within 30 days of the date of issue. Late payments may incur a charge of 1.5% per month on the outstanding balance.",
        "2. Milestone payments are non-refundable once the milestone deliverables have been accepted in writing or 10 business days have passed without comment.",
        "3. Third-party costs (hosting, licences, stock media) are passed through at cost and converted at the bank selling rate on the billing date.",
        "4. Intellectual property in the deliverables transfers to the client upon full payment of all invoices for the project.",
        "5. Hong Kong does not levy VAT or GST on these services; no tax is charged on this invoice.",
        "6. This agreement is governed by the laws of the Hong Kong Special Administrative Region.",
    ]
    y = 86
    for tline in terms:
        y = d.para(50, y, tline, "Sans", 8.5, W - 100, lead=11.5) + 6
    y += 30
    d.line(50, y, W - 50, y, 0.6, dash=([4, 3], 0))
    d.text(
        W / 2, y + 4 + 8, "cut here and return with your payment", "Sans-I", 7, "c", (0.5, 0.5, 0.5)
    )
    y += 34
    d.text(50, y, "REMITTANCE ADVICE", "Sans-B", 11, color=navy)
    kv(
        d,
        50,
        y + 20,
        [
            ("Customer", "Tai Hing Textiles Co. Ltd."),
            ("Invoice", "HDS-INV-26-0219"),
            ("Amount", "HK$" + fmt(net)),
            ("Paid by", "[ ] FPS   [ ] Cheque   [ ] Transfer"),
        ],
        "Sans",
        9,
        lead=15,
    )
    d.text(W - 40, H - 30, "Page 2 of 2", "Sans", 7.5, "r", (0.5, 0.5, 0.5))
    t = truth(
        "HDS-INV-26-0219",
        "2026-03-03",
        "2026-04-02",
        vendor,
        net,
        None,
        net,
        "HKD",
        "en-HK",
        "invoice",
        "invoice",
        items,
        "Hong Kong, no tax line at all (vat null); DD/MM/YYYY dates; vendor name split over two lines in a side panel; USD amount inside a description; page 2 is terms + remittance slip repeating the amount.",
    )
    t["vat"] = None
    return d, t


def i08(name, rnd):
    W, H = A4
    d = Doc(name, W, H)
    rows = [
        ("Bath towel 70 x 140 cm, white (dozen)", 40, "312.00"),
        ("Hand towel 40 x 70 cm (dozen)", 40, "126.00"),
        ("Bed sheet king 300TC, white", 120, "58.50"),
        ("Guest amenity kit (box of 100)", 15, "385.00"),
        ("Delivery charges - Jebel Ali", 1, "150.00"),
    ]
    items = mk_items(rows)
    gross = sum(it[3] for it in items)
    disc = D("1000.00")
    net = gross - disc
    vat = q2(net * D("0.05"))
    total = net + vat
    vendor = "Al Noor Hospitality Supplies L.L.C."
    gold = (0.6, 0.45, 0.1)
    d.poly([(40, 30), (70, 30), (55, 56)], fill=gold)
    d.poly([(48, 44), (78, 44), (63, 70)], fill=(0.15, 0.25, 0.35))
    d.text(90, 48, vendor, "Sans-B", 14, color=(0.15, 0.25, 0.35))
    d.text(90, 64, ar("النور لتوريدات الضيافة ش.ذ.م.م"), "Sans-B", 11, color=(0.15, 0.25, 0.35))
    d.text(
        90,
        78,
        "Warehouse 14, Al Qusais Industrial Area 2, Dubai, U.A.E.  |  +971 4 258 7710",
        "Sans",
        7.8,
    )
    d.rect(40, 96, W - 80, 26, lw=0, stroke=None, fill=(0.15, 0.25, 0.35))
    d.text(52, 114, "TAX INVOICE", "Sans-B", 13, color=(1, 1, 1))
    d.text(W - 52, 114, ar("فاتورة ضريبية"), "Sans-B", 13, "r", (1, 1, 1))
    d.text(W / 2, 140, "TRN: 100234567800003", "Sans-B", 9, "c")
    kv(
        d,
        40,
        164,
        [
            ("Invoice No. / " + ar("رقم الفاتورة"), "ANH-TI-2026-1043"),
            ("Invoice Date / " + ar("التاريخ"), "16/02/2026"),
            ("Due Date / " + ar("تاريخ الاستحقاق"), "17/03/2026"),
            ("Supply Date", "14/02/2026"),
            ("LPO No.", "PHD-LPO-55190"),
        ],
        "Sans",
        8.3,
        lead=13,
    )
    d.text(330, 164, "Customer / " + ar("العميل"), "Sans-B", 8.3)
    for i, ln in enumerate(
        [
            "Palm Dunes Hotel Apartments L.L.C.",
            "Al Barsha 1, Dubai, U.A.E.",
            "Customer TRN: 100567812300003",
        ]
    ):
        d.text(330, 177 + i * 12, ln, "Sans", 8.3)
    cols = [
        ("#", 22, "c"),
        ("Description|" + ar("الوصف"), 200, "l"),
        ("Qty|" + ar("الكمية"), 42, "r"),
        ("Unit Price|" + ar("سعر الوحدة"), 70, "r"),
        ("VAT %", 40, "c"),
        ("Amount AED|" + ar("المبلغ"), W - 80 - 374, "r"),
    ]
    trows = [
        [str(i + 1), it[0], qty_str(it[1]), fmt(it[2]), "5%", fmt(it[3])]
        for i, it in enumerate(items)
    ]
    y = table(d, 40, 244, cols, trows, "Sans", 8.3, "Sans-B", 8, hfill=(0.9, 0.9, 0.86), pad=4)
    y += 16
    xl, xr = 310, W - 44
    pairs = [
        ("Gross Amount / " + ar("المبلغ الإجمالي"), fmt(gross)),
        ("Less: Trade Discount / " + ar("خصم"), "-" + fmt(disc)),
        ("Total excl. VAT / " + ar("المجموع بدون الضريبة"), fmt(net)),
        ("VAT 5% / " + ar("ضريبة القيمة المضافة"), fmt(vat)),
    ]
    y = kv_right(d, xl, xr, y, pairs, "Sans", 8.5, lead=15)
    d.rect(xl - 6, y - 6, xr - xl + 10, 24, lw=0, stroke=None, fill=(0.15, 0.25, 0.35))
    d.text(xl, y + 10, "Total incl. VAT (AED) / " + ar("الإجمالي"), "Sans-B", 9, color=(1, 1, 1))
    d.text(xr, y + 10, fmt(total), "Sans-B", 10, "r", (1, 1, 1))
    y += 44
    d.text(
        40,
        y,
        "Amount in words: UAE Dirhams "
        + words_intl(int(total)).title()
        + " and "
        + str(int((total % 1) * 100))
        + " Fils Only",
        "Sans-I",
        8.2,
    )
    y += 26
    d.text(
        40,
        y,
        "Bank: Emirates NBD  |  A/C 1015 4488 2901  |  IBAN AE07 0260 0010 1544 8829 01",
        "Sans",
        8,
    )
    d.text(40, y + 40, "Received by: ____________________", "Sans", 8.5)
    d.text(W - 40, y + 40, "For " + vendor, "Sans-B", 8.5, "r")
    d.text(
        W / 2,
        H - 34,
        "Goods remain the property of the seller until paid in full.  |  www.alnoorsupplies.ae",
        "Sans",
        7,
        "c",
        (0.45, 0.45, 0.45),
    )
    t = truth(
        "ANH-TI-2026-1043",
        "2026-02-16",
        "2026-03-17",
        vendor,
        net,
        vat,
        total,
        "AED",
        "en-AE",
        "invoice",
        "invoice",
        items,
        "Bilingual UAE tax invoice (English/Arabic); two TRNs (seller and customer); trade discount before VAT so net = total excl. VAT, not the gross; supply date differs from invoice date.",
    )
    return d, t


def i09(name, rnd):
    W, H = A4
    d = Doc(name, W, H)
    rows = [
        ("Nitrile examination gloves, M (box of 100)", 200, "18.50"),
        ("Surgical face mask 3-ply (box of 50)", 150, "9.75"),
        ("IV cannula 20G with injection port", 500, "2.40"),
        ("Digital thermometer, flexible tip", 40, "27.00"),
        ("Surface disinfectant 5 L", 30, "46.00"),
    ]
    items = mk_items(rows)
    gross = sum(it[3] for it in items)
    disc = q2(gross * D("0.02"))
    net = gross - disc
    vat = q2(net * D("0.15"))
    total = net + vat
    vendor = "Rawabi Medical Supplies Co."
    green = (0.0, 0.42, 0.3)
    d.text(W - 40, 50, ar("شركة روابي للتجهيزات الطبية"), "Sans-B", 14, "r", green)
    d.text(40, 50, vendor, "Sans-B", 14, color=green)
    d.text(40, 64, "King Fahd Road, Al Olaya, Riyadh 12214, Kingdom of Saudi Arabia", "Sans", 8)
    d.text(40, 76, "C.R. 1010456789  |  VAT No. 310123456700003", "Sans", 8)
    d.text(W - 40, 76, ar("الرقم الضريبي") + " 310123456700003", "Sans", 8, "r")
    d.line(40, 86, W - 40, 86, 1.5, green)
    d.text(W / 2, 108, "Tax Invoice  " + ar("فاتورة ضريبية"), "Sans-B", 14, "c")
    kv(
        d,
        40,
        132,
        [
            ("Invoice No.", "INV-2026-000731"),
            ("Issue Date", "27/01/2026"),
            ("Hijri", "08/08/1447 H"),
            ("Supply Date", "27/01/2026"),
        ],
        "Sans",
        8.3,
        lead=13,
    )
    d.text(W - 40, 132, ar("رقم الفاتورة"), "Sans", 8.3, "r")
    d.text(W - 40, 145, ar("تاريخ الإصدار"), "Sans", 8.3, "r")
    d.rect(250, 124, 200, 58, lw=0.5)
    for i, ln in enumerate(
        ["Buyer: Al Shifa Polyclinic", "Al Malaz, Riyadh", "Buyer VAT No. 300987654300003"]
    ):
        d.text(258, 138 + i * 14, ln, "Sans-B" if i == 0 else "Sans", 8.3)
    cols = [
        ("#", 22, "c"),
        ("Item / " + ar("الصنف"), 215, "l"),
        ("Qty", 40, "r"),
        ("Unit Price", 65, "r"),
        ("Taxable Amt", 70, "r"),
        ("VAT 15%", W - 80 - 412, "r"),
    ]
    trows = [
        [str(i + 1), it[0], qty_str(it[1]), fmt(it[2]), fmt(it[3]), fmt(q2(it[3] * D("0.15")))]
        for i, it in enumerate(items)
    ]
    y = table(d, 40, 200, cols, trows, "Sans", 8.3, "Sans-B", 8, hfill=(0.86, 0.94, 0.9), pad=4)
    d.text(
        40,
        y + 12,
        "Line VAT shown before discount; invoice VAT is calculated on the discounted total.",
        "Sans-I",
        7,
        color=(0.35, 0.35, 0.35),
    )
    y += 28
    xl, xr = 300, W - 44
    pairs = [
        ("Total (excl. VAT) " + ar("المجموع"), fmt(gross)),
        ("Discount 2% " + ar("خصم"), "(" + fmt(disc) + ")"),
        ("Taxable Amount " + ar("المبلغ الخاضع للضريبة"), fmt(net)),
        ("Total VAT 15% " + ar("مجموع ضريبة القيمة المضافة"), fmt(vat)),
    ]
    y = kv_right(d, xl, xr, y, pairs, "Sans", 8.5, lead=15)
    d.line(xl, y - 8, xr, y - 8, 0.8)
    d.text(xl, y + 8, "Total Amount Due SAR " + ar("الإجمالي"), "Sans-B", 10)
    d.text(xr, y + 8, fmt(total), "Sans-B", 10.5, "r")
    d.qr(40, y - 60, 84, name)
    y += 44
    d.text(40, y, "Payment: 30 days. Bank Al-Rajhi, IBAN SA44 8000 0123 6080 1016 7519", "Sans", 8)
    d.text(
        W / 2,
        H - 36,
        "This is a system generated invoice, no signature required.",
        "Sans",
        7.5,
        "c",
        (0.4, 0.4, 0.4),
    )
    t = truth(
        "INV-2026-000731",
        "2026-01-27",
        None,
        vendor,
        net,
        vat,
        total,
        "SAR",
        "en-SA",
        "invoice",
        "invoice",
        items,
        "Bilingual Saudi tax invoice; Hijri date next to Gregorian; discount in parentheses before VAT (net = taxable amount after discount); per-line VAT column sums to more than invoice VAT; buyer VAT number; QR code.",
    )
    return d, t


def i10(name, rnd):
    W, H = A4
    d = Doc(name, W, H)
    rows = [
        ("Potatoes, 10 kg pocket", 12, "89.00", "Z"),
        ("Tomatoes, 6 kg box", 8, "132.50", "Z"),
        ("Onions, 10 kg pocket", 6, "95.00", "Z"),
        ("Extra virgin olive oil 5 L", 4, "649.99", "S"),
        ("Balsamic vinegar 1 L", 6, "118.00", "S"),
        ("Delivery fee (Stellenbosch)", 1, "250.00", "S"),
    ]
    items = mk_items([r[:3] for r in rows])
    std = sum(it[3] for r, it in zip(rows, items, strict=False) if r[3] == "S")
    zero = sum(it[3] for r, it in zip(rows, items, strict=False) if r[3] == "Z")
    vat = q2(std * D("0.15"))
    net = std + zero
    total = net + vat
    za = lambda v: fmt(v, sep=" ", dec=",")  # noqa: E731
    vendor = "Karoo Fresh Produce (Pty) Ltd"
    d.circle(62, 56, 20, stroke=None, fill=(0.85, 0.45, 0.1))
    d.poly([(50, 50), (62, 36), (74, 50)], fill=(0.2, 0.5, 0.15))
    d.text(92, 56, "Karoo Fresh", "Serif-B", 20, color=(0.2, 0.4, 0.15))
    d.text(92, 70, "PRODUCE  ·  EST. 2009", "Sans", 7.5, color=(0.4, 0.4, 0.4))
    d.text(W - 44, 44, vendor, "Sans-B", 9, "r")
    for i, ln in enumerate(
        [
            "Unit 3, Epping Market, Cape Town 7460",
            "Reg. No. 2014/123456/07",
            "VAT No. 4123456789",
            "Tel 021 534 1180",
        ]
    ):
        d.text(W - 44, 56 + i * 11, ln, "Sans", 7.8, "r")
    d.text(44, 128, "TAX INVOICE", "Sans-B", 18)
    kv(
        d,
        44,
        154,
        [
            ("Invoice No", "KFP104582"),
            ("Date", "2026/05/07"),
            ("Due Date", "2026/06/06"),
            ("Account", "STEL0042"),
        ],
        "Sans",
        8.5,
        lead=13,
    )
    d.text(320, 154, "Customer", "Sans-B", 8.5)
    for i, ln in enumerate(
        [
            "The Oak Table Bistro CC",
            "41 Dorp Street, Stellenbosch 7600",
            "Customer VAT No. 4890212345",
        ]
    ):
        d.text(320, 167 + i * 12, ln, "Sans", 8.5)
    cols = [
        ("Code", 44, "l"),
        ("Description", 200, "l"),
        ("Qty", 38, "r"),
        ("Unit Price", 70, "r"),
        ("VAT", 30, "c"),
        ("Line Total (excl.)", W - 88 - 382, "r"),
    ]
    codes = ["PT10", "TM06", "ON10", "OL05", "BV01", "DLV"]
    trows = [
        [c, it[0], qty_str(it[1]), za(it[2]), r[3], za(it[3])]
        for c, r, it in zip(codes, rows, items, strict=False)
    ]
    y = table(
        d,
        44,
        220,
        cols,
        trows,
        "Sans",
        8.5,
        "Sans-B",
        8,
        grid=False,
        hfill=(0.9, 0.93, 0.88),
        pad=4.5,
    )
    d.text(
        44, y + 12, "VAT: S = standard rated 15%, Z = zero rated (basic foodstuffs)", "Sans", 7.5
    )
    y += 30
    xl, xr = 320, W - 48
    y = kv_right(
        d,
        xl,
        xr,
        y,
        [
            ("Zero-rated supplies", za(zero)),
            ("Standard-rated supplies", za(std)),
            ("Total excl. VAT", za(net)),
            ("VAT @ 15%", za(vat)),
        ],
        "Sans",
        9,
        lead=14,
    )
    d.line(xl, y - 8, xr, y - 8, 0.8)
    d.text(xl, y + 7, "TOTAL DUE", "Sans-B", 11)
    d.text(xr, y + 7, "R " + za(total), "Sans-B", 11, "r")
    y += 44
    d.text(
        44,
        y,
        "Banking details: FNB Cheque Account 62781450122, Branch 250655. Ref: KFP104582",
        "Sans",
        8,
    )
    d.text(
        44,
        y + 13,
        "E&OE. Goods remain the property of Karoo Fresh until paid in full. Claims within 24 hours of delivery.",
        "Sans",
        7.5,
    )
    d.text(44, H - 70, "Goods received in good order:  ________________________", "Sans", 8.5)
    t = truth(
        "KFP104582",
        "2026-05-07",
        "2026-06-06",
        vendor,
        net,
        vat,
        total,
        "ZAR",
        "en-ZA",
        "invoice",
        "invoice",
        items,
        "South Africa: VAT 15% only on standard-rated lines, zero-rated basic foodstuffs; space thousands and decimal comma (R 6 789,65); YYYY/MM/DD dates; customer VAT number; photographed.",
    )
    return d, t


def i11(name, rnd):
    W, H = A4
    d = Doc(name, W, H)
    rows = [
        ("Road freight Mombasa - Nairobi, 20ft container", 2, "118000.00"),
        ("Container deposit handling", 2, "4500.00"),
        ("Loading / offloading labour", 1, "12800.00"),
        ("Goods-in-transit insurance", 1, "9650.00"),
    ]
    items = mk_items(rows)
    net = sum(it[3] for it in items)
    vat = q2(net * D("0.16"))
    total = net + vat
    vendor = "Rift Cargo Express Ltd"
    red = (0.7, 0.1, 0.1)
    d.rect(40, 36, 46, 46, lw=0, stroke=None, fill=red)
    d.text(63, 66, "RC", "Sans-B", 20, "c", (1, 1, 1))
    d.text(96, 52, "RIFT CARGO EXPRESS LTD", "Sans-B", 15, color=red)
    d.text(96, 66, "P.O. Box 48211-00100, Mombasa Road, Nairobi  |  0722 410 889", "Sans", 8)
    d.text(96, 78, "KRA PIN: P051234567X", "Sans-B", 8)
    d.text(W - 40, 52, "TAX INVOICE", "Sans-B", 14, "r")
    kv(
        d,
        40,
        112,
        [
            ("Invoice No.", "RCE/INV/0789"),
            ("Date", "21/04/2026"),
            ("Due Date", "21/05/2026"),
            ("Customer PIN", "P052987310M"),
        ],
        "Sans",
        8.5,
        lead=13,
    )
    d.text(300, 112, "Bill To:", "Sans-B", 8.5)
    for i, ln in enumerate(
        [
            "Savannah Beverages Kenya Ltd",
            "Baba Dogo Road, Ruaraka, Nairobi",
            "Attn: Logistics Manager",
        ]
    ):
        d.text(300, 125 + i * 12, ln, "Sans", 8.5)
    cols = [
        ("Item Description", 250, "l"),
        ("Qty", 40, "r"),
        ("Unit Price", 80, "r"),
        ("VAT", 40, "c"),
        ("Amount (KES)", W - 80 - 410, "r"),
    ]
    trows = [[it[0], qty_str(it[1]), fmt(it[2]), "16%", fmt(it[3])] for it in items]
    y = table(
        d, 40, 180, cols, trows, "Sans", 8.5, "Sans-B", 8.5, pad=4.5, hfill=(0.95, 0.88, 0.88)
    )
    y += 16
    xl, xr = 330, W - 44
    y = kv_right(d, xl, xr, y, [("Taxable Amount", fmt(net)), ("VAT 16%", fmt(vat))], "Sans", 9)
    d.text(xl, y + 4, "TOTAL KSh", "Sans-B", 11)
    d.text(xr, y + 4, fmt(total), "Sans-B", 11, "r")
    y += 36
    d.rect(40, y, W - 80, 96, lw=0.6, dash=([3, 2], 0))
    d.text(50, y + 16, "KRA eTIMS - Control Unit Information", "Sans-B", 8.5)
    kv(
        d,
        50,
        y + 32,
        [
            ("CU Serial No.", "KRACU0300004812"),
            ("CU Invoice No.", "0300004812/00021547"),
            ("Internal Data", "N6YH-ZK3Q-7RT2-WB5M-4DXE-PL"),
            ("Receipt Signature", "V9FA-2QKC-83TX-JHM4"),
            ("Date & Time", "21/04/2026 14:07:33"),
        ],
        "Mono",
        7.5,
        lead=11,
    )
    d.qr(W - 130, y + 8, 80, name)
    y += 116
    d.text(
        40,
        y,
        "Payment: Equity Bank, Industrial Area Branch, A/C 0470 2918 33411 | M-PESA Paybill 522 198, Acc RCE0789",
        "Sans",
        8,
    )
    d.text(40, y + 14, "Interest at 2% per month will be charged on overdue accounts.", "Sans", 7.5)
    t = truth(
        "RCE/INV/0789",
        "2026-04-21",
        "2026-05-21",
        vendor,
        net,
        vat,
        total,
        "KES",
        "en-KE",
        "invoice",
        "invoice",
        items,
        "Kenyan tax invoice, VAT 16%; eTIMS block adds a CU invoice number and a date-time (keyed invoice number is the seller's own 'Invoice No.'); two KRA PINs; KSh/KES.",
    )
    return d, t


def i12(name, rnd):
    W, H = A4
    d = Doc(name, W, H)
    rows = [
        ("Monocrystalline solar panel 550W", 16, "168500.00"),
        ("Hybrid inverter 10 kVA, 48V", 1, "1450000.00"),
        ("Lithium battery 48V 200Ah", 2, "1285000.00"),
        ("Mounting rails & accessories (set)", 1, "236000.00"),
        ("Installation and commissioning", 1, "420000.00"),
    ]
    items = mk_items(rows)
    net = sum(it[3] for it in items)
    vat = q2(net * D("0.075"))
    total = net + vat
    deposit = D("3000000.00")
    vendor = "Eko Bright Solar Energy Limited"
    ng = lambda v: "₦" + fmt(v)  # noqa: E731
    orange = (0.93, 0.55, 0.05)
    d.circle(60, 60, 16, stroke=None, fill=orange)
    for k in range(8):
        a = k * math.pi / 4
        d.line(
            60 + 20 * math.cos(a),
            60 + 20 * math.sin(a),
            60 + 27 * math.cos(a),
            60 + 27 * math.sin(a),
            2,
            orange,
        )
    d.text(100, 58, "EKO BRIGHT", "Serif-B", 20, color=(0.1, 0.1, 0.3))
    d.text(100, 72, "SOLAR ENERGY LIMITED", "Sans", 8, color=(0.3, 0.3, 0.3))
    d.text(W - 40, 50, "INVOICE", "Serif-B", 22, "r", orange)
    for i, ln in enumerate(
        [
            "Plot 7, Admiralty Way, Lekki Phase 1, Lagos",
            "RC 1456789  |  TIN 12345678-0001",
            "0803 555 2190  |  sales@ekobright.ng",
        ]
    ):
        d.text(W - 40, 66 + i * 11, ln, "Sans", 7.8, "r")
    kv(
        d,
        40,
        122,
        [
            ("Invoice #", "EBS/2026/0312"),
            ("Invoice Date", "14th May, 2026"),
            ("Due Date", "13th June, 2026"),
        ],
        "Sans",
        9,
        lead=14,
    )
    d.text(320, 122, "Billed To", "Sans-B", 9)
    for i, ln in enumerate(
        [
            "Dr. Adaeze Okonkwo",
            "Okonkwo Family Clinic",
            "14 Adeola Odeku Street, Victoria Island, Lagos",
        ]
    ):
        d.text(320, 136 + i * 12, ln, "Sans", 8.5)
    cols = [
        ("S/N", 30, "c"),
        ("Description", 210, "l"),
        ("Qty", 36, "r"),
        ("Unit Price (₦)", 96, "r"),
        ("Amount (₦)", W - 80 - 372, "r"),
    ]
    trows = [
        [str(i + 1), it[0], qty_str(it[1]), fmt(it[2]), fmt(it[3])] for i, it in enumerate(items)
    ]
    y = table(
        d,
        40,
        190,
        cols,
        trows,
        "Sans",
        8.8,
        "Sans-B",
        8.8,
        grid=False,
        hfill=(0.1, 0.1, 0.3),
        hcolor=(1, 1, 1),
        pad=5,
        zebra=(0.98, 0.95, 0.9),
    )
    y += 18
    xl, xr = 320, W - 44
    y = kv_right(d, xl, xr, y, [("Sub-Total", ng(net)), ("VAT (7.5%)", ng(vat))], "Sans", 9.5)
    d.line(xl, y - 8, xr, y - 8, 0.8)
    y = kv_right(d, xl, xr, y + 4, [("Total", ng(total))], "Sans-B", 10.5)
    y = kv_right(d, xl, xr, y, [("Less: Deposit paid", "-" + ng(deposit))], "Sans", 9)
    d.rect(xl - 6, y - 6, xr - xl + 10, 24, lw=0, stroke=None, fill=orange)
    d.text(xl, y + 10, "Balance Due", "Sans-B", 10.5, color=(1, 1, 1))
    d.text(xr, y + 10, ng(total - deposit), "Sans-B", 10.5, "r", (1, 1, 1))
    y += 44
    d.text(
        40, y, "Amount in words: " + words_intl(int(total)).title() + " Naira Only", "Sans-I", 8.5
    )
    y += 24
    d.text(40, y, "Bank Details", "Sans-B", 9)
    kv(
        d,
        40,
        y + 14,
        [("Bank", "Zenith Bank Plc"), ("Account Name", vendor), ("Account No.", "1012873466")],
        "Sans",
        8.5,
        lead=12,
    )
    d.text(
        W / 2,
        H - 40,
        "Warranty: panels 25 years, inverter 5 years, batteries 5 years / 6,000 cycles.",
        "Sans",
        7.5,
        "c",
        (0.4, 0.4, 0.4),
    )
    t = truth(
        "EBS/2026/0312",
        "2026-05-14",
        "2026-06-13",
        vendor,
        net,
        vat,
        total,
        "NGN",
        "en-NG",
        "invoice",
        "invoice",
        items,
        "Nigeria VAT 7.5%; ₦ sign; ordinal dates ('14th May, 2026'); a deposit is deducted after the total, so 'Balance Due' (highlighted) is not the invoice total; customer is a clinic.",
    )
    return d, t


def i13(name, rnd):
    W, H = A4
    d = Doc(name, W, H)
    rows = [
        ("Máy in laser đơn sắc / Mono laser printer", "Cái", 3, "4850000"),
        ("Hộp mực in / Toner cartridge", "Hộp", 10, "1320000"),
        ("Giấy A4 Double A 80gsm / A4 paper", "Ram", 50, "78000"),
        ("Phí giao hàng / Delivery", "Lần", 1, "250000"),
    ]
    items = mk_items([(r[0], r[2], r[3]) for r in rows], nd=0)
    net = sum(it[3] for it in items)
    vat = q0(net * D("0.10"))
    total = net + vat
    vn = lambda v: fmt(v, sep=".", nd=0)  # noqa: E731
    vendor = "Công ty TNHH Thương mại Sao Việt"
    red = (0.75, 0.1, 0.1)
    d.rect(28, 28, W - 56, H - 56, lw=1.2, stroke=red)
    d.text(W / 2, 62, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", "Serif-B", 16, "c", red)
    d.text(W / 2, 78, "(VAT INVOICE)", "Serif-B", 10, "c", red)
    d.text(W / 2, 94, "Ngày (Date) 08 tháng (month) 04 năm (year) 2026", "Serif-I", 9, "c")
    kv(
        d,
        440,
        52,
        [("Ký hiệu (Serial)", "1C26TSV"), ("Số (No.)", "00001234")],
        "Serif",
        8.5,
        lead=13,
        bfnt="Serif-B",
    )
    d.line(40, 104, W - 40, 104, 0.5)
    kv(
        d,
        44,
        120,
        [
            ("Đơn vị bán hàng (Seller)", vendor),
            ("Mã số thuế (Tax code)", "0101234567"),
            ("Địa chỉ (Address)", "Số 25 Láng Hạ, Phường Đống Đa, Hà Nội"),
            ("Điện thoại (Tel)", "024 3856 2214"),
            ("Số tài khoản (A/C No.)", "1020 4477 8812 - Vietcombank"),
        ],
        "Serif",
        8.5,
        lead=13,
    )
    d.line(40, 186, W - 40, 186, 0.5)
    kv(
        d,
        44,
        202,
        [
            ("Tên đơn vị mua (Buyer)", "Công ty Cổ phần Giáo dục Minh Trí"),
            ("Mã số thuế (Tax code)", "0108765432"),
            ("Địa chỉ (Address)", "12 Trần Duy Hưng, Cầu Giấy, Hà Nội"),
            ("Hình thức thanh toán (Payment)", "TM/CK"),
        ],
        "Serif",
        8.5,
        lead=13,
    )
    cols = [
        ("STT|No.", 28, "c"),
        ("Tên hàng hóa, dịch vụ|Description", 200, "l"),
        ("ĐVT|Unit", 40, "c"),
        ("Số lượng|Qty", 50, "r"),
        ("Đơn giá|Unit price", 78, "r"),
        ("Thành tiền|Amount", W - 88 - 396, "r"),
    ]
    trows = [
        [str(i + 1), it[0], r[1], qty_str(it[1]), vn(it[2]), vn(it[3])]
        for i, (r, it) in enumerate(zip(rows, items, strict=False))
    ]
    y = table(d, 44, 262, cols, trows, "Serif", 8.5, "Serif-B", 8, pad=4)
    y += 6
    tot = [
        ("Cộng tiền hàng (Total amount):", vn(net)),
        ("Thuế suất GTGT (VAT rate): 10%     Tiền thuế GTGT (VAT amount):", vn(vat)),
        ("Tổng cộng tiền thanh toán (Total payment):", vn(total)),
    ]
    for i, (k, v) in enumerate(tot):
        f = "Serif-B" if i == 2 else "Serif"
        d.text(48, y + 12, k, f, 8.8)
        d.text(W - 48, y + 12, v, f, 8.8, "r")
        y += 17
    d.rect(44, y - 51 + 0, W - 88, 51 + 6, lw=0.5)
    y += 20
    d.para(
        48,
        y,
        "Số tiền viết bằng chữ (In words): " + words_vi(int(total)) + ".",
        "Serif-I",
        8.8,
        W - 100,
    )
    y += 46
    d.text(140, y, "Người mua hàng (Buyer)", "Serif-B", 9, "c")
    d.text(W - 140, y, "Người bán hàng (Seller)", "Serif-B", 9, "c")
    d.rect(W - 230, y + 14, 180, 46, lw=0.8, stroke=(0.1, 0.5, 0.1))
    d.text(W - 140, y + 30, "Signature Valid", "Sans-B", 8, "c", (0.1, 0.5, 0.1))
    d.text(W - 140, y + 42, "Ký bởi: " + vendor, "Sans", 6.5, "c", (0.1, 0.5, 0.1))
    d.text(W - 140, y + 53, "Ký ngày: 08/04/2026", "Sans", 6.5, "c", (0.1, 0.5, 0.1))
    d.text(
        W / 2,
        H - 52,
        "Mã tra cứu (Lookup code): SV8K2M4Q7X   Tra cứu tại: https://hoadon.saoviet.vn",
        "Sans",
        7.5,
        "c",
    )
    t = truth(
        "00001234",
        "2026-04-08",
        None,
        vendor,
        net,
        vat,
        total,
        "VND",
        "vi-VN",
        "invoice",
        "invoice",
        items,
        "Vietnamese VAT invoice, bilingual labels; VND with dot thousands and no decimals; date written as 'Ngày 08 tháng 04 năm 2026'; serial symbol 1C26TSV separate from number 00001234; amount in Vietnamese words; image-only PDF.",
    )
    return d, t


def i14(name, rnd):
    W, H = A4
    d = Doc(name, W, H)
    rows = [
        ("Return: industrial tablet RT-10, unit faulty on arrival (ref. inv 20871)", 2, "-3450.00"),
        ("Return: docking station RT-10D", 2, "-690.00"),
        ("Goodwill credit - on-site visit charge", 1, "-450.00"),
    ]
    items = mk_items(rows)
    net = sum(it[3] for it in items)
    vat = q2(net * D("0.18"))
    total = net + vat
    vendor = "Galil Tech Solutions Ltd."
    blue = (0.1, 0.3, 0.6)
    d.text(W - 40, 50, he('גליל טכנולוגיות בע"מ'), "Sans-B", 14, "r", blue)
    d.text(40, 50, vendor, "Sans-B", 14, color=blue)
    d.text(40, 64, "14 HaAtzmaut Rd, Haifa 3303314, Israel  |  04-852-7710", "Sans", 8)
    d.text(40, 76, "Company No. 514567890  |  Authorized dealer (Osek Murshe) 514567890", "Sans", 8)
    d.line(40, 86, W - 40, 86, 1, blue)
    d.text(W / 2, 112, "CREDIT INVOICE / " + he("חשבונית זיכוי"), "Sans-B", 15, "c")
    d.text(W / 2, 128, "Original", "Sans-I", 8, "c")
    kv(
        d,
        40,
        152,
        [
            ("Credit Invoice No.", "30045"),
            ("Date", "19/03/2026"),
            ("Refers to Tax Invoice", "20871 of 26/02/2026"),
            ("Allocation No.", "148820931"),
        ],
        "Sans",
        8.5,
        lead=13,
    )
    d.text(330, 152, "Customer", "Sans-B", 8.5)
    for i, ln in enumerate(
        ["Carmel Logistics Center Ltd.", "Company No. 515222847", "8 HaNamal St, Haifa"]
    ):
        d.text(330, 165 + i * 12, ln, "Sans", 8.5)
    cols = [
        ("Description", 260, "l"),
        ("Qty", 40, "r"),
        ("Unit Price ₪", 80, "r"),
        ("Total ₪", W - 80 - 380, "r"),
    ]
    trows = [[it[0], qty_str(it[1]), fmt(it[2]), fmt(it[3])] for it in items]
    y = table(
        d, 40, 216, cols, trows, "Sans", 8.5, "Sans-B", 8.5, pad=4.5, grid=False, rule_color=blue
    )
    y += 16
    xl, xr = 330, W - 44
    y = kv_right(d, xl, xr, y, [("Total before VAT", fmt(net)), ("VAT 18%", fmt(vat))], "Sans", 9)
    d.line(xl, y - 8, xr, y - 8, 0.8)
    d.text(xl, y + 6, "Total credit (ILS)", "Sans-B", 10.5)
    d.text(xr, y + 6, "₪ " + fmt(total), "Sans-B", 10.5, "r")
    y += 40
    d.para(
        40,
        y,
        "The credited amount will be offset against your open balance or refunded by bank transfer to the account on file within 14 days. Please retain this credit invoice for your VAT records.",
        "Sans",
        8,
        W - 80,
    )
    d.text(
        40,
        H - 60,
        "Produced by computer  |  " + he("מסמך ממוחשב"),
        "Sans",
        7.5,
        color=(0.4, 0.4, 0.4),
    )
    t = truth(
        "30045",
        "2026-03-19",
        None,
        vendor,
        net,
        vat,
        total,
        "ILS",
        "en-IL",
        "invoice",
        "credit_note",
        items,
        "Israeli credit invoice (credit note), printed and keyed with negative amounts; VAT 18%; refers to an earlier invoice number/date; allocation number; Hebrew company name in visual order.",
    )
    return d, t


def i15(name, rnd):
    W, H = A4
    d = Doc(name, W, H)
    rows = [
        ("Deluxe River View room", 3, "4200.00"),
        ("Extra bed", 1, "900.00"),
        ("In-room dining", 1, "1340.00"),
        ("Riverside Grill - dinner", 1, "2860.00"),
        ("Laundry", 1, "380.00"),
    ]
    items = mk_items(rows)
    sub = sum(it[3] for it in items)
    svc = q2(sub * D("0.10"))
    net = sub + svc
    vat = q2(net * D("0.07"))
    total = net + vat
    vendor = "Chao Phraya Riverside Hotel Co., Ltd."
    d.text(W / 2, 50, "CHAO PHRAYA RIVERSIDE", "Serif-B", 18, "c", (0.35, 0.2, 0.05))
    d.text(W / 2, 64, "H O T E L   B A N G K O K", "Serif", 8, "c", (0.35, 0.2, 0.05))
    d.text(W / 2, 80, vendor + "  (Head Office)  Tax ID 0105558123456", "Serif", 7.8, "c")
    d.text(
        W / 2,
        91,
        "2198 Charoen Krung Road, Wat Phraya Krai, Bang Kho Laem, Bangkok 10120  Tel. +66 2 291 4400",
        "Serif",
        7.8,
        "c",
    )
    d.text(W / 2, 116, "TAX INVOICE / RECEIPT", "Serif-B", 13, "c")
    kv(
        d,
        40,
        140,
        [
            ("Guest Name", "Mr. Daniel Whitfield"),
            ("Company", "Nordlys Marine AS"),
            ("Room No.", "1412"),
            ("Arrival", "11/05/2026"),
            ("Departure", "14/05/2026"),
        ],
        "Serif",
        8.5,
        lead=12.5,
    )
    kv(
        d,
        340,
        140,
        [
            ("Tax Invoice No.", "TI2605-00912"),
            ("Folio No.", "204518"),
            ("Date", "14/05/2026"),
            ("Cashier", "NUCH"),
            ("Page", "1 of 1"),
        ],
        "Serif",
        8.5,
        lead=12.5,
    )
    cols = [
        ("Date", 60, "c"),
        ("Description", 240, "l"),
        ("Qty", 40, "r"),
        ("Rate", 70, "r"),
        ("Amount (THB)", W - 80 - 410, "r"),
    ]
    dates = ["11/05/2026", "11/05/2026", "12/05/2026", "13/05/2026", "13/05/2026"]
    trows = [
        [dt, it[0], qty_str(it[1]), fmt(it[2]), fmt(it[3])]
        for dt, it in zip(dates, items, strict=False)
    ]
    trows.append(["14/05/2026", "Payment - VISA xxxx 4471", "", "", "(" + fmt(total) + ")"])
    y = table(d, 40, 212, cols, trows, "Serif", 8.5, "Serif-B", 8.5, grid=False, pad=4.2)
    y += 14
    xl, xr = 330, W - 44
    y = kv_right(
        d,
        xl,
        xr,
        y,
        [
            ("Total charges", fmt(sub)),
            ("Service charge 10%", fmt(svc)),
            ("Amount before VAT", fmt(net)),
            ("VAT 7%", fmt(vat)),
            ("Grand Total", fmt(total)),
            ("Payment received", fmt(total)),
            ("Balance", "0.00"),
        ],
        "Serif",
        9,
        lead=13.5,
    )
    y += 10
    d.para(
        40,
        y,
        "Room rates include breakfast. Prices shown in lines exclude 10% service charge and 7% VAT. I agree that my liability for this bill is not waived and agree to be held personally liable in the event that the indicated person, company or association fails to pay for any part or the full amount of these charges.",
        "Serif",
        7.5,
        W - 80,
    )
    y += 70
    d.line(40, y, 200, y, 0.5)
    d.line(W - 200, y, W - 40, y, 0.5)
    d.text(120, y + 12, "Guest Signature", "Serif", 8, "c")
    d.text(W - 120, y + 12, "Cashier", "Serif", 8, "c")
    t = truth(
        "TI2605-00912",
        "2026-05-14",
        None,
        vendor,
        net,
        vat,
        total,
        "THB",
        "en-TH",
        "invoice",
        "invoice",
        items,
        "Thai hotel folio / tax invoice: 10% service charge is part of the net (amount before VAT), VAT 7%; folio number besides tax invoice number; payment line in parentheses and balance 0.00; arrival/departure dates.",
    )
    return d, t


# =========================================================================== receipts


def r01(name, rnd):
    d = Doc(name, 80 * mm)
    r = Roll(d, fnt="Mono", size=7.6)
    rows = [
        ("Ghee Roast Dosa", 2, "160.00"),
        ("Mini Idli (14 pcs)", 1, "120.00"),
        ("Pongal", 1, "110.00"),
        ("Filter Coffee", 3, "45.00"),
        ("Rose Milk", 1, "70.00"),
        ("Mysore Masala Dosa", 1, "150.00"),
    ]
    items = mk_items(rows)
    net = sum(it[3] for it in items)
    cgst = q2(net * D("0.025"))
    sgst = q2(net * D("0.025"))
    exact = net + cgst + sgst
    total = q0(exact)
    ro = total - exact
    vendor = "Annapoorna Veg Restaurant"
    r.c("ANNAPOORNA", "Mono-B", 13)
    r.c("VEG RESTAURANT", "Mono-B", 9)
    r.c("(A unit of Sri Lakshmi Foods)")
    r.c("112, T.T.K. Road, Alwarpet, Chennai-600018")
    r.c("Ph: 044-2499 3311")
    r.c("GSTIN: 33AABFA1234C1Z5")
    r.c("FSSAI Lic No: 12425001000873")
    r.chars("=")
    r.c("TAX INVOICE", "Mono-B")
    r.lr("Bill No: 4521", "Table: 7")
    r.lr("Date: 02/04/26", "Time: 13:42")
    r.lr("Steward: RAMESH", "Pax: 4")
    r.chars("-")
    r.cols([(0, "Item", "l"), (-78, "Qty", "r"), (-45, "Rate", "r"), (-0.001, "Amt", "r")])
    r.chars("-")
    for it in items:
        r.cols(
            [
                (0, it[0], "l"),
                (-78, qty_str(it[1]), "r"),
                (-45, fmt(it[2]), "r"),
                (-0.001, fmt(it[3]), "r"),
            ]
        )
    r.chars("-")
    r.lr("Sub Total", fmt(net))
    r.lr("CGST @ 2.5%", fmt(cgst))
    r.lr("SGST @ 2.5%", fmt(sgst))
    r.lr("Round Off", fmt(ro))
    r.chars("=")
    r.lr("Grand Total  Rs.", fmt(total), "Mono-B", 10)
    r.chars("=")
    r.lr("Paid by UPI", fmt(total))
    r.l("UPI Ref: 609214837755")
    r.nl(0.5)
    r.c("SAC 996331 - Restaurant service")
    r.c("Thank You! Visit Again")
    t = truth(
        "4521",
        "2026-04-02",
        None,
        vendor,
        net,
        cgst + sgst,
        total,
        "INR",
        "en-IN",
        "receipt",
        "receipt",
        items,
        "Indian restaurant bill: CGST 2.5% + SGST 2.5% summed as VAT; round-off line; two-digit year date (02/04/26, DD/MM/YY); 'A unit of' parent company line; UPI reference number.",
        rounding=ro,
    )
    return d, t


def r02(name, rnd):
    d = Doc(name, 58 * mm)
    r = Roll(d, margin=2.5 * mm, fnt="Cond", size=7.2)
    rows = [
        ("Kopi C Kosong (L)", 2, "3.20"),
        ("Kaya Butter Toast Set", 2, "6.80"),
        ("Laksa", 1, "9.50"),
        ("Iced Lemon Tea", 1, "3.80"),
    ]
    items = mk_items(rows)
    sub = sum(it[3] for it in items)
    svc = q2(sub * D("0.10"))
    net = sub + svc
    gst = q2(net * D("0.09"))
    total = net + gst
    vendor = "Kopi Lane Coffee Pte Ltd"
    r.c("KOPI LANE", "Cond-B", 14)
    r.c(vendor)
    r.c("1 Tanjong Pagar Plaza #01-23")
    r.c("Singapore 082001")
    r.c("GST Reg No: 201955123M")
    r.rule(False)
    r.c("TAX INVOICE", "Cond-B")
    r.lr("Receipt: KL-S01-000381", "")
    r.lr("10-Feb-2026", "08:14")
    r.lr("Table 12", "Cashier: Mei")
    r.rule()
    for it in items:
        r.lr(f"{qty_str(it[1])} x {it[0]}", fmt(it[3]))
        if it[1] > 1:
            r.l(f"   @ {fmt(it[2])}")
    r.rule()
    r.lr("Subtotal", fmt(sub))
    r.lr("Svc Chg 10%", fmt(svc))
    r.lr("GST 9%", fmt(gst))
    r.lr("TOTAL", "S$" + fmt(total), "Cond-B", 10)
    r.rule()
    r.lr("NETS", fmt(total))
    r.lr("Change", "0.00")
    r.nl(0.4)
    r.c("Thank you & see you again!")
    r.c("Prices are subject to 10% service")
    r.c("charge and prevailing GST.")
    t = truth(
        "KL-S01-000381",
        "2026-02-10",
        None,
        vendor,
        net,
        gst,
        total,
        "SGD",
        "en-SG",
        "receipt",
        "receipt",
        items,
        "Singapore cafe, 58 mm: 10% service charge counted in net, GST 9% on subtotal + service; date '10-Feb-2026'; NETS payment.",
    )
    return d, t


def r03(name, rnd):
    d = Doc(name, 80 * mm)
    r = Roll(d, fnt="Mono", size=7.6)
    rows = [
        ("Nasi Kandar Ayam", 2, "12.90"),
        ("Roti Canai", 3, "1.80"),
        ("Teh Tarik", 2, "2.80"),
        ("Milo Ais", 1, "3.90"),
        ("Telur Dadar", 1, "2.50"),
    ]
    items = mk_items(rows)
    net = sum(it[3] for it in items)
    sst = q2(net * D("0.06"))
    exact = net + sst
    total = (exact * 20).quantize(D(1), ROUND_HALF_UP) / 20
    total = q2(total)
    ro = total - exact
    vendor = "Restoran Selera Bayu Sdn Bhd"
    r.c("RESTORAN SELERA BAYU", "Mono-B", 9.5)
    r.c("Restoran Selera Bayu Sdn Bhd (1327745-W)")
    r.c("No 22, Jalan SS 2/64, 47300 Petaling Jaya")
    r.c("SST ID: B16-1809-32001457")
    r.chars("-")
    r.c("RESIT / RECEIPT", "Mono-B")
    r.lr("No. Resit: 20260318-0127", "")
    r.lr("Tarikh: 18/03/2026", "Masa: 20:11")
    r.lr("Meja: 04", "Kaunter: 1")
    r.chars("-")
    for it in items:
        r.lr(it[0], fmt(it[3]))
        r.l(f"  {qty_str(it[1])} x {fmt(it[2])}")
    r.chars("-")
    r.lr("Jumlah Kecil / Subtotal", fmt(net))
    r.lr("Cukai Perkhidmatan 6%", fmt(sst))
    r.lr("Pelarasan Bundar / Rounding", fmt(ro))
    r.lr("JUMLAH / TOTAL RM", fmt(total), "Mono-B", 9.5)
    r.chars("-")
    r.lr("Tunai / Cash", "50.00")
    r.lr("Baki / Change", fmt(D("50.00") - total))
    r.nl(0.5)
    r.c("Terima kasih. Sila datang lagi!")
    t = truth(
        "20260318-0127",
        "2026-03-18",
        None,
        vendor,
        net,
        sst,
        total,
        "MYR",
        "ms-MY",
        "receipt",
        "receipt",
        items,
        "Malaysian restaurant receipt, Malay/English labels; 6% service tax; cash rounding to 5 sen; cash and change lines larger than total.",
        rounding=ro,
    )
    return d, t


def r04(name, rnd):
    d = Doc(name, 76 * mm)
    r = Roll(d, fnt="Mono", size=7.2)
    rows = [
        ("Metformin 500mg tab", 30, "7.50", "E"),
        ("Losartan 50mg tab", 30, "12.25", "E"),
        ("Vitamin C 500mg tab x100", 1, "385.00", "V"),
        ("Alcohol 70% 500ml", 2, "89.75", "V"),
        ("Face mask 3ply x50", 1, "165.00", "V"),
    ]
    items = mk_items([x[:3] for x in rows])
    vat_incl = sum(it[3] for x, it in zip(rows, items, strict=False) if x[3] == "V")
    exempt = sum(it[3] for x, it in zip(rows, items, strict=False) if x[3] == "E")
    vat = q2(vat_incl * 12 / D(112))
    vatable = vat_incl - vat
    total = vat_incl + exempt
    net = vatable + exempt
    vendor = "Mabuhay Botika Corp."
    r.c("MABUHAY BOTIKA", "Mono-B", 11)
    r.c(vendor)
    r.c("G/F 123 J.P. Rizal St., Makati City")
    r.c("VAT REG TIN: 123-456-789-00000")
    r.c("MIN: 23091514302771  SN: KXP8812094")
    r.chars("=")
    r.c("SALES INVOICE", "Mono-B")
    r.lr("SI No.: 000187245", "")
    r.lr("Date: 02/14/2026", "17:05")
    r.lr("Term#: 02", "Cashier: JOY")
    r.chars("-")
    for x, it in zip(rows, items, strict=False):
        r.lr(it[0], fmt(it[3]) + " " + x[3])
        r.l(f"  {qty_str(it[1])} @ {fmt(it[2])}")
    r.chars("-")
    r.lr(f"{len(items)} item(s)", "")
    r.lr("TOTAL AMOUNT DUE", fmt(total), "Mono-B", 9)
    r.lr("CASH", "2,000.00")
    r.lr("CHANGE", fmt(D("2000") - total))
    r.chars("-")
    r.lr("VATable Sales", fmt(vatable))
    r.lr("VAT Amount (12%)", fmt(vat))
    r.lr("VAT-Exempt Sales", fmt(exempt))
    r.lr("Zero-Rated Sales", "0.00")
    r.chars("-")
    r.l("Sold to: ______________________")
    r.l("Address: ______________________")
    r.l("TIN: __________________________")
    r.nl(0.4)
    r.c("V-VATable  E-VAT Exempt (RA 10963)")
    r.c("POS Provider: Orion Retail Systems Inc.")
    r.c("Accred No. 039-000112233-000456")
    r.c("PTU No. FP022026-039-0412345-00000")
    t = truth(
        "000187245",
        "2026-02-14",
        None,
        vendor,
        net,
        vat,
        total,
        "PHP",
        "en-PH",
        "receipt",
        "receipt",
        items,
        "Philippine pharmacy sales invoice: VAT-inclusive prices; VAT-exempt maintenance medicines; net = VATable sales + VAT-exempt sales; date MM/DD/YYYY (02/14/2026); MIN/SN/PTU/accreditation numbers; cash and change.",
    )
    return d, t


def r05(name, rnd):
    d = Doc(name, 58 * mm)
    r = Roll(d, margin=2.5 * mm, fnt="Mono", size=6.6)
    rows = [
        ("Drinking water 1.5L", 2, "14.00"),
        ("Onigiri tuna mayo", 1, "29.00"),
        ("Toasted ham cheese", 1, "39.00"),
        ("Thai milk tea", 1, "25.00"),
        ("Tissue pack", 1, "20.00"),
        ("Sunscreen SPF50 30ml", 1, "129.00"),
    ]
    items = mk_items(rows)
    total = sum(it[3] for it in items)
    vat = q2(total * 7 / D(107))
    net = total - vat
    vendor = "Siam Daily Mart Co., Ltd."
    r.c("SIAM DAILY MART", "Mono-B", 10)
    r.c(vendor)
    r.c("Branch 04127 Sukhumvit Soi 11")
    r.c("TAX ID 0105561234567")
    r.c("ABB TAX INVOICE (VAT INCL.)", "Mono-B")
    r.c("POS# E051120012345")
    r.chars("-")
    for it in items:
        if it[1] > 1:
            r.lr(f"{qty_str(it[1])} {it[0]}", fmt(it[3]))
        else:
            r.lr(it[0], fmt(it[3]))
    r.chars("-")
    r.lr(f"TOTAL {len(items) + 1} ITEMS", "฿" + fmt(total), "Mono-B", 8)
    r.lr("CASH", "500.00")
    r.lr("CHANGE", fmt(D(500) - total))
    r.lr("VATABLE", fmt(net))
    r.lr("VAT 7%", fmt(vat))
    r.chars("-")
    r.l("R#0004127-0188420")
    r.l("14/05/2569 19:42  ST:04127")
    r.l("CASHIER: 02 PIM")
    r.nl(0.3)
    r.c("THANK YOU")
    t = truth(
        "0004127-0188420",
        "2026-05-14",
        None,
        vendor,
        net,
        vat,
        total,
        "THB",
        "th-TH",
        "receipt",
        "receipt",
        items,
        "Thai abbreviated tax invoice: VAT 7% included; date in Buddhist Era (14/05/2569 = 2026-05-14); receipt no. at the bottom after 'R#'; item-count line says 7 items for 6 lines (qty 2); narrow 58 mm; photographed.",
    )
    return d, t


def r06(name, rnd):
    d = Doc(name, 80 * mm)
    r = Roll(d, fnt="Sans", size=7.4)
    rows = [
        ("Kopi Tubruk", 2, "22000"),
        ("Es Kopi Susu Gula Aren", 2, "28000"),
        ("Nasi Goreng Kampung", 1, "45000"),
        ("Mie Goreng Jawa", 1, "42000"),
        ("Pisang Goreng Keju", 1, "25000"),
    ]
    items = mk_items(rows, nd=0)
    sub = sum(it[3] for it in items)
    svc = q0(sub * D("0.05"))
    net = sub + svc
    pb1 = q0(net * D("0.10"))
    total = net + pb1
    rp = lambda v: fmt(v, sep=".", nd=0)  # noqa: E731
    vendor = "Warung Kopi Nusantara"
    r.c("Warung Kopi", "Serif-B", 12)
    r.c("NUSANTARA", "Serif-B", 12)
    r.c("Jl. Cikini Raya No. 48, Menteng, Jakarta Pusat")
    r.c("Telp. (021) 3190 4477")
    r.c("NPWP 83.412.557.6-071.000")
    r.rule()
    r.lr("No. Bill : WKN-0418-0093", "")
    r.lr("Tgl : 18-04-2026 12:37", "Kasir : Dewi")
    r.lr("Meja : 9", "Tamu : 3")
    r.rule()
    for it in items:
        r.lr(f"{qty_str(it[1])}  {it[0]}", rp(it[3]))
    r.rule()
    r.lr("Subtotal", rp(sub))
    r.lr("Service 5%", rp(svc))
    r.lr("PB1 10%", rp(pb1))
    r.lr("TOTAL", "Rp " + rp(total), "Sans-B", 10)
    r.rule()
    r.lr("QRIS", rp(total))
    r.lr("Kembali", "0")
    r.nl(0.4)
    r.c("Terima kasih atas kunjungan Anda")
    r.c("Harga belum termasuk pajak & service")
    t = truth(
        "WKN-0418-0093",
        "2026-04-18",
        None,
        vendor,
        net,
        pb1,
        total,
        "IDR",
        "id-ID",
        "receipt",
        "receipt",
        items,
        "Indonesian restaurant bill: rupiah with dot thousands and no decimals; 5% service charge counted in net, PB1 10% restaurant tax = VAT; DD-MM-YYYY; QRIS payment; scan downscaled to ~650 px.",
    )
    return d, t


def r07(name, rnd):
    d = Doc(name, 58 * mm)
    r = Roll(d, margin=2.5 * mm, fnt="Sans", size=6.8)
    rows = [
        ("Bento karaage ※", 1, "598", 8),
        ("Onigiri salmon ※", 2, "180", 8),
        ("Green tea 600ml ※", 1, "162", 8),
        ("Ballpoint pen 0.5", 1, "165", 10),
        ("Umbrella 60cm", 1, "880", 10),
        ("Batteries AA x4", 1, "495", 10),
    ]
    items = mk_items([x[:3] for x in rows], nd=0)
    gross = {8: D(0), 10: D(0)}
    for x, it in zip(rows, items, strict=False):
        gross[x[3]] += it[3]
    tax = {k: q0(v * k / (100 + k)) for k, v in gross.items()}
    total = sum(gross.values())
    vat = sum(tax.values())
    net = total - vat
    vendor = "Hikari Mart Shinjuku 3-chome"
    r.c("HIKARI MART", "Sans-B", 12)
    r.c(vendor)
    r.c("3-22-7 Shinjuku, Shinjuku-ku, Tokyo")
    r.c("TEL 03-5312-8840")
    r.c("Registration No. T6011101045678")
    r.nl(0.3)
    r.c("RECEIPT", "Sans-B", 9)
    r.lr("2026/06/03(Wed) 08:22", "Reg 2")
    r.lr("No. 4587", "Staff 031")
    r.rule(False)
    for it in items:
        r.lr(it[0] + (f" x{qty_str(it[1])}" if it[1] > 1 else ""), "¥" + fmt(it[3], nd=0))
    r.rule(False)
    r.lr("Total", "¥" + fmt(total, nd=0), "Sans-B", 10)
    r.lr("(10% target", "¥" + fmt(gross[10], nd=0) + ")")
    r.lr("(  tax 10%", "¥" + fmt(tax[10], nd=0) + ")")
    r.lr("(8% target", "¥" + fmt(gross[8], nd=0) + ")")
    r.lr("(  tax 8%", "¥" + fmt(tax[8], nd=0) + ")")
    r.lr("Cash", "¥3,000")
    r.lr("Change", "¥" + fmt(D(3000) - total, nd=0))
    r.rule(False)
    r.c("※ = reduced tax rate item (8%)")
    r.c("Prices include consumption tax")
    items = [(x[0].replace(" ※", ""), *x[1:]) for x in items]
    t = truth(
        "4587",
        "2026-06-03",
        None,
        vendor,
        net,
        vat,
        total,
        "JPY",
        "ja-JP",
        "receipt",
        "receipt",
        items,
        "Japanese convenience-store receipt, tax-inclusive: tax shown per rate (10% and reduced 8% ※) in parentheses, summed as VAT, net = total - VAT; yen without decimals; T-number; receipt number 'No. 4587' beside register number.",
    )
    return d, t


def r08(name, rnd):
    d = Doc(name, 80 * mm)
    r = Roll(d, fnt="Mono", size=7.6)
    rows = [
        ("Steamed Shrimp Dumplings", 2, "52.00"),
        ("Siu Mai (4 pcs)", 2, "46.00"),
        ("BBQ Pork Buns", 1, "42.00"),
        ("Rice Noodle Roll w/ Beef", 1, "48.00"),
        ("Salt & Pepper Squid", 1, "118.00"),
        ("Pu-erh Tea (per person)", 4, "15.00"),
    ]
    items = mk_items(rows)
    sub = sum(it[3] for it in items)
    svc = q2(sub * D("0.10"))
    total = sub + svc
    vendor = "Golden Lotus Seafood Restaurant"
    r.c("GOLDEN LOTUS", "Mono-B", 13)
    r.c("SEAFOOD RESTAURANT", "Mono-B", 8.5)
    r.c("G/F-1/F, 38 Hillwood Road")
    r.c("Tsim Sha Tsui, Kowloon")
    r.c("Tel: 2366 1288")
    r.chars("*")
    r.lr("Check No: 58213", "Tbl: 21")
    r.lr("Date: 05/07/2026", "Time: 11:58")
    r.lr("Guests: 4", "Server: KIT")
    r.chars("*")
    for it in items:
        r.cols([(0, qty_str(it[1]), "l"), (16, it[0], "l"), (-0.001, fmt(it[3]), "r")])
    r.chars("-")
    r.lr("Subtotal", fmt(sub))
    r.lr("10% Service Charge", fmt(svc))
    r.chars("-")
    r.lr("TOTAL HK$", fmt(total), "Mono-B", 10)
    r.chars("-")
    r.lr("Octopus", fmt(total))
    r.lr("Octopus No. 3318xxxx(5)", "")
    r.lr("Remaining Value", "171.40")
    r.nl(0.4)
    r.c("Thank You - Please Come Again")
    t = truth(
        "58213",
        "2026-07-05",
        None,
        vendor,
        total,
        None,
        total,
        "HKD",
        "en-HK",
        "receipt",
        "receipt",
        items,
        "Hong Kong dim sum bill: no tax; 10% service charge counted in amount (vat null); DD/MM/YYYY (05/07/2026 = 5 July); Octopus card with a remaining-value amount; photographed.",
    )
    return d, t


def r09(name, rnd):
    d = Doc(name, 58 * mm)
    r = Roll(d, margin=2.5 * mm, fnt="Sans", size=6.8)
    rows = [
        ("USB-C charging cable 1m", 2, "190"),
        ("Wireless mouse M220", 1, "590"),
        ('Screen protector 6.1"', 1, "250"),
    ]
    items = mk_items(rows, nd=0)
    total = sum(it[3] for it in items)
    net = q0(total / D("1.05"))
    vat = total - net
    vendor = "Formosa Gadget Co., Ltd."
    r.c("ShopGo Mall", "Sans-B", 11)
    r.c("Electronic Invoice Proof", "Sans-B", 8.5)
    r.c("115 May-Jun", "Sans-B", 12)
    r.c("SM-48213677", "Sans-B", 12)
    r.l("2026-05-26 21:03:17")
    r.lr("Random code: 4821", "Total: 1220")
    r.lr("Seller 24558813", "Buyer 53021947")
    d.barcode(r.m, r.y - 6, r.right - r.m, 18, name)
    r.y += 20
    d.qr(r.m + 4, r.y - 6, 58, name + "a")
    d.qr(r.right - 62, r.y - 6, 58, name + "b")
    r.y += 62
    r.rule()
    r.c("Sold by: " + vendor)
    r.c("via ShopGo Mall online marketplace")
    r.lr("Order 2605260049817", "")
    r.rule()
    for it in items:
        r.lr(f"{it[0]}", "")
        r.lr(f"   {qty_str(it[1])} x {fmt(it[2], nd=0)}", fmt(it[3], nd=0) + " TX")
    r.rule()
    r.lr("Sales amount", fmt(net, nd=0))
    r.lr("Business tax 5%", fmt(vat, nd=0))
    r.lr("Total NT$", fmt(total, nd=0), "Sans-B", 9)
    r.lr("Credit card", fmt(total, nd=0))
    r.nl(0.3)
    r.c("Returns: within 7 days with this proof")
    t = truth(
        "SM-48213677",
        "2026-05-26",
        None,
        vendor,
        net,
        vat,
        total,
        "TWD",
        "zh-TW",
        "receipt",
        "receipt",
        items,
        "Taiwan e-invoice proof: invoice number SM-48213677 in big type; ROC-year period line '115 May-Jun'; marketplace brand on top, seller below; seller/buyer IDs; NT$ without decimals; tax 5% split out because a buyer ID was given.",
    )
    return d, t


def r10(name, rnd):
    d = Doc(name, 80 * mm)
    r = Roll(d, fnt="Sans", size=7.2)
    rows = [
        ("Al Ain Water 1.5L x6", 2, "10.50"),
        ("Almarai Full Cream Milk 2L", 1, "13.75"),
        ("Basmati Rice 5kg", 1, "42.95"),
        ("Chicken Breast 1kg", 2, "27.50"),
        ("Medjool Dates 500g", 1, "34.00"),
        ("Tissue Box x5", 1, "16.25"),
    ]
    items = mk_items(rows)
    total = sum(it[3] for it in items)
    vat = q2(total * 5 / D(105))
    net = total - vat
    vendor = "Al Fareej Supermarket L.L.C."
    r.c("AL FAREEJ", "Sans-B", 14)
    r.c(ar("الفريج سوبرماركت ذ.م.م"), "Sans-B", 9)
    r.c(vendor)
    r.c("Al Nahda 2, Sharjah, U.A.E.  Tel 06 531 7782")
    r.c("TRN 100398765400003")
    r.nl(0.3)
    r.c("TAX INVOICE   " + ar("فاتورة ضريبية"), "Sans-B", 8.5)
    r.lr("Inv: SHJ02-260519-00731", "")
    r.lr("19/05/2026 18:26", "POS 02")
    r.rule()
    for it in items:
        r.lr(it[0], fmt(it[3]))
        if it[1] > 1:
            r.l(f"   {qty_str(it[1])} x {fmt(it[2])}")
    r.rule()
    r.lr("Total excl. VAT  " + ar("المجموع"), fmt(net))
    r.lr("VAT 5%  " + ar("الضريبة"), fmt(vat))
    r.lr("Total incl. VAT AED", fmt(total), "Sans-B", 9.5)
    r.rule()
    r.lr("VISA ****2290", fmt(total))
    r.lr("Auth 613882", "")
    r.lr("Items: " + qty_str(sum(it[1] for it in items)), "")
    r.nl(0.4)
    r.c("Thank you for shopping with us")
    r.c(ar("شكرا لتسوقكم معنا"))
    t = truth(
        "SHJ02-260519-00731",
        "2026-05-19",
        None,
        vendor,
        net,
        vat,
        total,
        "AED",
        "en-AE",
        "receipt",
        "receipt",
        items,
        "Bilingual UAE supermarket receipt: prices VAT-inclusive, VAT 5% backed out; TRN; card payment.",
    )
    return d, t


def r11(name, rnd):
    d = Doc(name, 80 * mm)
    r = Roll(d, fnt="Sans", size=7.4)
    rows = [
        ("Saudi Coffee Dallah", 1, "38.00"),
        ("Spanish Latte", 2, "21.00"),
        ("V60 Ethiopia", 1, "26.00"),
        ("Kunafa Cheesecake", 1, "29.00"),
        ("Date Cake", 2, "14.00"),
    ]
    items = mk_items(rows)
    total = sum(it[3] for it in items)
    vat = q2(total * 15 / D(115))
    net = total - vat
    vendor = "Qahwa Al Diwan Cafe"
    r.c(ar("قهوة الديوان"), "Sans-B", 14)
    r.c("QAHWA AL DIWAN CAFE", "Sans-B", 9)
    r.c("Prince Sultan Rd, Al Rawdah, Jeddah")
    r.c("VAT No. 302345678900003")
    r.c("CR 4030412233")
    r.nl(0.3)
    r.c("Simplified Tax Invoice", "Sans-B", 8.5)
    r.c(ar("فاتورة ضريبية مبسطة"), "Sans-B", 8.5)
    r.lr("Invoice # 118-26-004417", "")
    r.lr("Date 2026-03-28", "21:47")
    r.lr("Order: Dine-in  T5", "Cashier: Faisal")
    r.rule()
    for it in items:
        r.lr(f"{qty_str(it[1])} x {it[0]}", fmt(it[3]))
    r.rule()
    r.lr("Total Excl. VAT  " + ar("الإجمالي بدون الضريبة"), fmt(net))
    r.lr("VAT 15%  " + ar("ضريبة القيمة المضافة"), fmt(vat))
    r.lr("Total  " + ar("الإجمالي") + "  SAR", fmt(total), "Sans-B", 10)
    r.rule()
    r.lr("mada", fmt(total))
    r.nl(0.3)
    d.qr(d.w / 2 - 34, r.y - 4, 68, name)
    r.y += 72
    r.c("Prices include VAT")
    t = truth(
        "118-26-004417",
        "2026-03-28",
        None,
        vendor,
        net,
        vat,
        total,
        "SAR",
        "en-SA",
        "receipt",
        "receipt",
        items,
        "Saudi simplified tax invoice, bilingual, Arabic name on top; prices VAT-inclusive, VAT 15% shown; CR number next to VAT number; ZATCA QR; mada card; photographed.",
    )
    return d, t


def r12(name, rnd):
    d = Doc(name, 80 * mm)
    r = Roll(d, fnt="Mono", size=7.4)
    rows = [
        ("Power bank 20000mAh", 1, "1150.00"),
        ("USB-C fast charger 25W", 2, "495.00"),
        ("Earbuds TWS Pro", 1, "1875.00"),
        ("Phone case", 1, "240.00"),
    ]
    items = mk_items(rows)
    sub = sum(it[3] for it in items)
    disc = D("200.00")
    net = sub - disc
    vat = q2(net * D("0.14"))
    total = net + vat
    vendor = "Cairo Tech Store"
    r.c("CAIRO TECH STORE", "Mono-B", 11)
    r.c("12 Talaat Harb St., Downtown, Cairo")
    r.c("Tax Reg. No. 512-334-871")
    r.c("Commercial Reg. 98213")
    r.chars("=")
    r.c("SALES RECEIPT", "Mono-B")
    r.lr("Receipt No: CTS-77410", "")
    r.lr("Date: 09-06-2026", "15:31")
    r.lr("Salesman: Karim", "")
    r.chars("-")
    for it in items:
        r.lr(it[0], fmt(it[3]))
        r.l(f"  {qty_str(it[1])} x {fmt(it[2])}")
    r.chars("-")
    r.lr("Subtotal", fmt(sub))
    r.lr("Discount", "-" + fmt(disc))
    r.lr("Net before VAT", fmt(net))
    r.lr("VAT 14%", fmt(vat))
    r.chars("=")
    r.lr("TOTAL EGP", fmt(total), "Mono-B", 10)
    r.chars("=")
    r.lr("Cash L.E.", "5,000.00")
    r.lr("Change", fmt(D(5000) - total))
    r.nl(0.4)
    r.c("Warranty 12 months with receipt")
    r.c("No refund after 14 days")
    t = truth(
        "CTS-77410",
        "2026-06-09",
        None,
        vendor,
        net,
        vat,
        total,
        "EGP",
        "en-EG",
        "receipt",
        "receipt",
        items,
        "Egyptian electronics receipt: discount before 14% VAT (net = net before VAT); EGP and L.E. both printed; DD-MM-YYYY; cash and change; image-only PDF of a scan.",
    )
    return d, t


def r13(name, rnd):
    d = Doc(name, 80 * mm)
    r = Roll(d, fnt="Mono", size=7.2)
    rows = [
        ("MAIZE FLOUR 2KG", 2, "185.00", "E"),
        ("SUKUMA WIKI BUNCH", 3, "30.00", "Z"),
        ("FRESH MILK 500ML", 4, "65.00", "Z"),
        ("COOKING OIL 3L", 1, "899.00", "V"),
        ("BAR SOAP 800G", 2, "210.00", "V"),
        ("TOMATO SAUCE 700G", 1, "245.00", "V"),
        ("BREAD 600G", 1, "80.00", "Z"),
    ]
    items = mk_items([x[:3] for x in rows])
    vat_incl = sum(it[3] for x, it in zip(rows, items, strict=False) if x[3] == "V")
    total = sum(it[3] for it in items)
    vat = q2(vat_incl * 16 / D(116))
    net = total - vat
    vendor = "Jamii Fresh Supermarket Ltd"
    r.c("JAMII FRESH", "Mono-B", 13)
    r.c("SUPERMARKET LTD", "Mono-B", 8)
    r.c("Thika Road Mall, Nairobi")
    r.c("PIN: P051998877K")
    r.chars("-")
    r.lr("RECEIPT NO: 0194-02-118876", "")
    r.lr("DATE: 11/06/2026", "TIME: 18:09")
    r.lr("TILL: 02", "CASHIER: WANJIKU")
    r.chars("-")
    for x, it in zip(rows, items, strict=False):
        r.lr(it[0], fmt(it[3]) + " " + x[3])
        if it[1] > 1:
            r.l(f"   {qty_str(it[1])} @ {fmt(it[2])}")
    r.chars("-")
    r.lr("TOTAL", "KSh " + fmt(total), "Mono-B", 9.5)
    r.lr("M-PESA", fmt(total))
    r.lr("M-PESA REF: TFB8K2XQ4L", "")
    r.chars("-")
    r.cols([(0, "CODE", "l"), (-70, "VATABLE", "r"), (-0.001, "VAT", "r")])
    r.cols([(0, "V 16%", "l"), (-70, fmt(vat_incl - vat), "r"), (-0.001, fmt(vat), "r")])
    r.cols(
        [
            (0, "Z 0%", "l"),
            (-70, fmt(sum(it[3] for x, it in zip(rows, items, strict=False) if x[3] == "Z")), "r"),
            (-0.001, "0.00", "r"),
        ]
    )
    r.cols(
        [
            (0, "E EXEMPT", "l"),
            (-70, fmt(sum(it[3] for x, it in zip(rows, items, strict=False) if x[3] == "E")), "r"),
            (-0.001, "0.00", "r"),
        ]
    )
    r.chars("-")
    r.l("CU INV NO: 0440031120/00098432")
    r.nl(0.3)
    d.qr(d.w / 2 - 28, r.y - 4, 56, name)
    r.y += 60
    r.c("ASANTE - KARIBU TENA")
    t = truth(
        "0194-02-118876",
        "2026-06-11",
        None,
        vendor,
        net,
        vat,
        total,
        "KES",
        "en-KE",
        "receipt",
        "receipt",
        items,
        "Kenyan supermarket receipt: VAT 16% inclusive on V lines only, zero-rated (Z) and exempt (E) goods; VAT analysis table at the bottom; M-PESA reference; eTIMS CU invoice number besides receipt no; thermal fading.",
    )
    return d, t


def r14(name, rnd):
    d = Doc(name, 76 * mm)
    r = Roll(d, fnt="Cond", size=7.4)
    rows = [
        ("GP consultation (nurse clinic)", 1, "380.00"),
        ("Blood glucose test", 1, "95.00"),
        ("Paracetamol 500mg 24s", 2, "42.99"),
        ("Vitamin D3 1000IU 60s", 1, "189.95"),
        ("Plasters assorted 20s", 1, "36.50"),
    ]
    items = mk_items(rows)
    total = sum(it[3] for it in items)
    vat = q2(total * 15 / D(115))
    net = total - vat
    vendor = "Umhlanga Family Pharmacy"
    za = lambda v: fmt(v, sep=" ", dec=",")  # noqa: E731
    d.poly(
        [(d.w / 2 - 8, 14), (d.w / 2 + 8, 14), (d.w / 2 + 8, 20), (d.w / 2 - 8, 20)],
        fill=(0.1, 0.55, 0.3),
    )
    d.poly(
        [(d.w / 2 - 3, 9), (d.w / 2 + 3, 9), (d.w / 2 + 3, 25), (d.w / 2 - 3, 25)],
        fill=(0.1, 0.55, 0.3),
    )
    r.y = 40
    r.c("UMHLANGA FAMILY PHARMACY", "Cond-B", 10)
    r.c("& Wellness Clinic")
    r.c("Shop 14, Gateway Mews, Umhlanga Ridge 4319")
    r.c("Tel 031 566 2041  VAT No 4650211874")
    r.c("TAX INVOICE", "Cond-B", 9)
    r.lr("Slip: 0031-118742", "Till 3")
    r.lr("2026/06/22", "10:16")
    r.rule()
    for it in items:
        r.lr(it[0], za(it[3]))
        if it[1] > 1:
            r.l(f"  {qty_str(it[1])} @ {za(it[2])}")
    r.rule()
    r.lr("TOTAL (VAT INCL)", "R " + za(total), "Cond-B", 10)
    r.lr("VAT 15% included", za(vat))
    r.lr("Total excl. VAT", za(net))
    r.rule()
    r.lr("CARD  DEBIT  **** 7731", za(total))
    r.lr("APPROVED  Auth 082215", "")
    r.nl(0.3)
    r.c("Medical aid claims: keep this slip")
    r.c("E&OE. Thank you!")
    t = truth(
        "0031-118742",
        "2026-06-22",
        None,
        vendor,
        net,
        vat,
        total,
        "ZAR",
        "en-ZA",
        "receipt",
        "receipt",
        items,
        "South African pharmacy/clinic till slip: prices VAT-inclusive, 'VAT 15% included' shown under the total; decimal comma (R 787,43); YYYY/MM/DD; card approval line.",
    )
    return d, t


def r15(name, rnd):
    d = Doc(name, 80 * mm)
    r = Roll(d, fnt="Sans", size=7.4)
    rows = [
        ("Jollof Rice & Chicken", 2, "6500.00"),
        ("Pounded Yam & Egusi", 1, "7800.00"),
        ("Grilled Croaker Fish", 1, "14500.00"),
        ("Chapman", 2, "3200.00"),
        ("Bottled Water 75cl", 3, "700.00"),
    ]
    items = mk_items(rows)
    net = sum(it[3] for it in items)
    vat = q2(net * D("0.075"))
    cons = q2(net * D("0.05"))
    total = net + vat + cons
    vendor = "Mama Tolu Kitchen & Grill"
    r.c("MAMA TOLU", "Serif-B", 15)
    r.c("Kitchen & Grill", "Serif-I", 9)
    r.c("23 Ozumba Mbadiwe Ave, Victoria Island, Lagos")
    r.c("TIN: 20448812-0001")
    r.rule()
    r.lr("Receipt #: MTK-26-03391", "")
    r.lr("Date: 30/05/2026", "8:47 PM")
    r.lr("Table: 12", "Waiter: Chinedu")
    r.rule()
    for it in items:
        r.lr(f"{qty_str(it[1])} x {it[0]}", "₦" + fmt(it[3]))
    r.rule()
    r.lr("Sub Total", "₦" + fmt(net))
    r.lr("VAT 7.5%", "₦" + fmt(vat))
    r.lr("Consumption Tax 5%", "₦" + fmt(cons))
    r.lr("TOTAL", "₦" + fmt(total), "Sans-B", 10.5)
    r.rule()
    r.lr("POS (Moniepoint)", "₦" + fmt(total))
    r.lr("Tip", "________")
    r.nl(0.3)
    r.c("Thank you for dining with us!")
    t = truth(
        "MTK-26-03391",
        "2026-05-30",
        None,
        vendor,
        net,
        vat + cons,
        total,
        "NGN",
        "en-NG",
        "receipt",
        "receipt",
        items,
        "Nigerian restaurant receipt: VAT 7.5% plus Lagos consumption tax 5%, both taxes summed as VAT; ₦ on every amount; blank tip line; photographed.",
    )
    return d, t


# =========================================================================== set

# name: (function, kind, output, country, options)
SPEC = {
    "i01": (i01, "pdf", "pdf", "India", {}),
    "i02": (i02, "pdf", "pdf", "India", {}),
    "i03": (i03, "pdf", "pdf", "Singapore", {}),
    "i04": (i04, "scan", "png", "Malaysia", {"dpi": 200, "grey": True, "blur": 0.8, "noise": 6}),
    "i05": (
        i05,
        "scan",
        "pdf",
        "Philippines",
        {"dpi": 200, "grey": True, "blur": 0.9, "noise": 7, "specks": 70},
    ),
    "i06": (i06, "pdf", "pdf", "Japan", {}),
    "i07": (i07, "pdf", "pdf", "Hong Kong", {}),
    "i08": (i08, "pdf", "pdf", "UAE", {}),
    "i09": (i09, "scan", "jpg", "Saudi Arabia", {"dpi": 200, "blur": 0.7, "noise": 5}),
    "i10": (
        i10,
        "photo",
        "jpg",
        "South Africa",
        {"dpi": 190, "long_side": 2200, "bg": "wood", "quality": 74},
    ),
    "i11": (i11, "scan", "png", "Kenya", {"dpi": 170, "blur": 0.6, "noise": 4, "specks": 25}),
    "i12": (i12, "pdf", "pdf", "Nigeria", {}),
    "i13": (i13, "scan", "pdf", "Vietnam", {"dpi": 200, "blur": 0.8, "noise": 5, "specks": 30}),
    "i14": (i14, "pdf", "pdf", "Israel", {}),
    "i15": (i15, "scan", "jpg", "Thailand", {"dpi": 160, "grey": True, "blur": 0.6, "noise": 5}),
    "r01": (
        r01,
        "photo",
        "jpg",
        "India",
        {"dpi": 230, "long_side": 2000, "bg": "granite", "quality": 70},
    ),
    "r02": (r02, "pdf", "pdf", "Singapore", {}),
    "r03": (
        r03,
        "photo",
        "jpg",
        "Malaysia",
        {"dpi": 230, "long_side": 2100, "bg": "desk", "quality": 66},
    ),
    "r04": (
        r04,
        "scan",
        "png",
        "Philippines",
        {"dpi": 200, "grey": True, "thermal": 0.3, "bed": 30, "blur": 0.7},
    ),
    "r05": (
        r05,
        "photo",
        "jpg",
        "Thailand",
        {"dpi": 260, "long_side": 1800, "bg": "cloth", "quality": 72},
    ),
    "r06": (
        r06,
        "scan",
        "png",
        "Indonesia",
        {"dpi": 300, "grey": True, "thermal": 0.35, "width": 650, "blur": 0.9},
    ),
    "r07": (r07, "pdf", "pdf", "Japan", {}),
    "r08": (
        r08,
        "photo",
        "jpg",
        "Hong Kong",
        {"dpi": 230, "long_side": 2000, "bg": "wood", "quality": 62},
    ),
    "r09": (r09, "scan", "jpg", "Taiwan", {"dpi": 240, "blur": 0.6, "noise": 4, "bed": 20}),
    "r10": (r10, "pdf", "pdf", "UAE", {}),
    "r11": (
        r11,
        "photo",
        "jpg",
        "Saudi Arabia",
        {"dpi": 230, "long_side": 2100, "bg": "granite", "quality": 76},
    ),
    "r12": (r12, "scan", "pdf", "Egypt", {"dpi": 200, "grey": True, "thermal": 0.25, "blur": 0.7}),
    "r13": (
        r13,
        "scan",
        "png",
        "Kenya",
        {"dpi": 200, "grey": True, "thermal": 0.5, "blur": 0.7, "specks": 20},
    ),
    "r14": (r14, "pdf", "pdf", "South Africa", {}),
    "r15": (
        r15,
        "photo",
        "jpg",
        "Nigeria",
        {"dpi": 230, "long_side": 2100, "bg": "desk", "quality": 68},
    ),
}


def build(name: str, outdir: Path) -> dict:
    fn, kind, ext, country, opt = SPEC[name]
    seed = zlib.crc32(name.encode())
    doc, t = fn(name, random.Random(seed))
    rng = np.random.default_rng(seed)
    pdf = doc.render()
    path = outdir / f"{name}.{ext}"
    if kind == "pdf":
        path.write_bytes(pdf)
    elif kind == "scan":
        img = scan(pdf, rng, **opt)
        if ext == "pdf":
            first = pdfium.PdfDocument(pdf)
            pw, ph = first[0].get_size()
            first.close()
            if opt.get("bed"):
                pw, ph = pw + 2 * opt["bed"], ph + 2 * opt["bed"]
            path.write_bytes(image_pdf(img, pw, ph, name))
        elif ext == "jpg":
            path.write_bytes(jpeg_bytes(img, 85))
        else:
            b = io.BytesIO()
            img.save(b, "PNG", optimize=True)
            path.write_bytes(b.getvalue())
    elif kind == "photo":
        img, q = photo(pdf, rng, **opt)
        path.write_bytes(jpeg_bytes(img, q))
    t["kind"] = kind
    (outdir / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return {"name": name, "file": path.name, "country": country, "ext": ext, **t}


README_HEAD = """# blind-2026-12o

Blind evaluation set **12o**: invoices and receipts from Asia, the Middle East and Africa,
in English or bilingual (Arabic, Hebrew, Malay, Vietnamese, Indonesian labels). 30 documents:
15 invoices (`i01`-`i15`) and 15 receipts (`r01`-`r15`). Each file `NAME.ext` has its ground
truth in `NAME.json`.

Regenerate (byte-identical) from the repository root:

    .venv/bin/python -m bench.blindsets.blind_2026_12o [OUTDIR] [--only NAME]

## How the set is drawn

* Every document is drawn by its own function in `bench/blindsets/blind_2026_12o.py` with
  reportlab (`invariant=1`), in its own layout: fonts (DejaVu Sans / Serif / Mono / Condensed,
  Helvetica, Times), wordmark logos made of shapes, boxed or rule-only tables, bilingual labels,
  side panels, QR-ish boxes, barcodes, bank-detail and registration footers. Invoices are A4 or
  Letter; receipts are 58 / 76 / 80 mm rolls as long as their content.
* Every text run is checked to stay on the page and not overlap another run (`LayoutError`),
  and every glyph is checked to exist in the chosen font.
* Arabic is shaped into presentation forms and written in visual order by a small built-in
  shaper; Hebrew is written in visual order. Japanese and Chinese text is not used (no CJK font
  on the build machine); those documents use the English wording such businesses print.
* Kinds: `pdf` = born-digital PDF with a text layer. `scan` = rendered with pypdfium2 at
  150-300 dpi, grey or colour, paper tone, blur, skew up to +/-2 degrees, noise, specks,
  thermal fading for receipts, some on a scanner-lid background, one downscaled to 650 px wide;
  saved as PNG/JPG, or (3 documents) embedded as the only content of an image-only PDF.
  `photo` = perspective onto a textured background (wood / granite / cloth / desk), soft drop
  shadow, uneven light and vignette, a hand shadow, a fold crease, warm white balance, JPEG
  quality 62-76, long side 1,800-2,200 px.
* Randomness (content choices and image degradation) is seeded with `zlib.crc32(name)`.

## Truth conventions

* `amount` = net before tax as printed (the page's own "Taxable amount / Total excl. VAT /
  Subtotal" after discounts and after service charges). `vat` = the sum of all taxes printed
  (CGST + SGST, IGST at two rates, Japanese 10 % + 8 %, Nigerian VAT + Lagos consumption tax,
  Indonesian PB1 restaurant tax); `null` when no tax is charged (then `amount` = `total`).
  Prices that include tax: `amount` = `total` - `vat`, which is also what such pages print as
  "VATable / Total excl. VAT". Zero-rated and exempt lines are part of `amount`.
* Service charges (Singapore, Hong Kong, Indonesia, Thailand hotel) are not taxes: they are
  part of `amount`.
* `total` = the document's invoice / bill total, including tax, rounding and service charge.
  Deposits or payments deducted after the total (i12 "Balance Due", i15 folio payment) are
  not subtracted. Cash tendered / change are ignored.
* Rounding lines (Indian "Round Off", Malaysian 5-sen rounding) are printed; the JSON
  satisfies `amount + vat + rounding == total` with that printed rounding (the JSON has no
  rounding key: in i02, r01 and r03 `amount + vat` differs from `total` by the printed line). All amounts were
  computed once with `Decimal` (ROUND_HALF_UP) and both printed and keyed from those values.
* Amounts are keyed as strings with two decimals, in the document's currency (ISO code in
  `currency`), also for yen, rupiah, dong and NT$, which are printed without decimals.
* Credit note (i14): printed with negative amounts and keyed with negative amounts;
  `document_type` = `credit_note`.
* `invoice_number`: the seller's own document number as printed: receipt / bill / check /
  slip number for receipts. Where a tax-authority control number is printed too (Kenyan eTIMS
  "CU Invoice No."), the seller's own "Invoice No." / "Receipt No." is keyed. Vietnamese
  invoices key the number ("Số") without the serial symbol ("Ký hiệu"); the Thai hotel keys the
  tax invoice number, not the folio number; the Taiwan e-invoice keys the track + number.
* `invoice_date` in ISO form whatever the printed calendar or order (Buddhist Era 2569 and
  ROC year 115 converted; Hijri printed only as a second date). `due_date` only when a date
  is printed (not for "30 days" alone).
* `vendor_name`: the seller's name as printed in Latin script, with legal form when printed
  with it. For the marketplace receipt (r09) the seller, not the marketplace, is keyed.
* `line_items`: description as printed (English part for bilingual lines, without the ※
  marker), quantity, unit price and line amount as printed (tax-inclusive where the page
  prints tax-inclusive prices; negative for the credit note). Service charges, discounts,
  deliveries printed in the totals area are not line items; delivery rows in the item table
  are.
* `locale` is the country's English (or local) locale tag; `layout` is `receipt` for roll
  receipts, `invoice` for page documents.
"""


def write_readme(outdir: Path, rows: list[dict]):
    kinds = {}
    for r in rows:
        k = (
            r["kind"]
            if not (r["kind"] == "scan" and r["ext"] == "pdf")
            else "scan (image-only PDF)"
        )
        kinds.setdefault(k, [0, 0])
        kinds[k][0 if r["name"].startswith("i") else 1] += 1
    lines = [README_HEAD, "## Mix\n", "| kind | invoices | receipts | total |", "|---|---|---|---|"]
    for k in ("pdf", "scan", "scan (image-only PDF)", "photo"):
        a, b = kinds.get(k, [0, 0])
        lines.append(f"| {k} | {a} | {b} | {a + b} |")
    lines.append(
        f"| **all** | {sum(v[0] for v in kinds.values())} | {sum(v[1] for v in kinds.values())} | {len(rows)} |"
    )
    lines += [
        "",
        "## Documents\n",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        kind = r["kind"] + (" (image PDF)" if r["kind"] == "scan" and r["ext"] == "pdf" else "")
        lines.append(
            f"| {r['file']} | {kind} | {r['country']} | {r['document_type']} | {r['vendor_name']} | {r['invoice_number']} | {r['total']} {r['currency']} | {r['note']} |"
        )
    (outdir / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default="bench/blindsets/blind-2026-12o")
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else list(SPEC)
    rows = [build(n, out) for n in names]
    for r in rows:
        print(f"{r['file']:8s} {r['kind']:5s} {r['total']:>14s} {r['currency']}")
    if not a.only:
        write_readme(out, rows)


if __name__ == "__main__":
    main()
