# ruff: noqa: E501
"""Blind set 14p: trade-specific paperwork (freight, practices, law, building, rental, ...).

Run from the repository root:
    python -m bench.blindsets.blind_2026_14p [OUTDIR] [--only NAME]

Every document is drawn by its own function; the truth keyed in NAME.json is computed once
with Decimal and the same values are printed on the page. Random choices (degradation
parameters) are seeded with the CRC-32 of the document's name, so re-runs are byte-identical.
The module imports nothing from the product.
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
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

D = Decimal
CENT = D("0.01")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
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
    "DVSI": "DejaVuSerif-Italic.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
    "DVSCB": "DejaVuSerifCondensed-Bold.ttf",
    "DVXL": "DejaVuSans-ExtraLight.ttf",
}
for _n, _f in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, str(FONT_DIR / _f)))

GREY = HexColor("#555555")
LGREY = HexColor("#DDDDDD")
DEFAULT_OUT = Path("bench/blindsets/blind-2026-14p")


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


def q(x) -> Decimal:
    return D(x).quantize(CENT, ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(D(1), ROUND_HALF_UP)


def _group(ip: str, th: str, indian: bool) -> str:
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        parts.insert(0, head)
        return th.join([*parts, tail])
    parts = []
    while len(ip) > 3:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    parts.insert(0, ip)
    return th.join(parts)


def fmt(d, dec=".", th=",", places=2, indian=False) -> str:
    """Format a Decimal with a decimal mark, a thousands mark and a number of places."""
    v = D(d).quantize(D(1) if places == 0 else D(10) ** -places, ROUND_HALF_UP)
    neg = v < 0
    s = f"{abs(v):.{places}f}"
    ip, _, fp = s.partition(".")
    out = _group(ip, th, indian) + (dec + fp if places else "")
    return ("-" if neg else "") + out


def de(d):
    return fmt(d, ",", ".")


def en(d):
    return fmt(d, ".", ",")


def sp(d):
    return fmt(d, ",", " ")


def ch(d):
    return fmt(d, ".", "'")


# --------------------------------------------------------------------------------------
# Drawing surface: records operations in top-down points, checks text runs, replays to PDF
# --------------------------------------------------------------------------------------


class Doc:
    """A document drawn in top-down coordinates (y grows downwards, in points).

    Roll documents (receipts) have no fixed height: the page is as long as its content.
    """

    def __init__(self, name: str, size=A4, roll_mm: float | None = None, bottom: float = 8 * mm):
        self.name = name
        if roll_mm:
            self.W, self.H = roll_mm * mm, None
        else:
            self.W, self.H = size
        self.bottom = bottom
        self.pages: list[list[tuple]] = [[]]
        self.runs: list[list[tuple]] = [[]]
        self.maxy = [0.0]

    # -- checks -------------------------------------------------------------------
    def _check(self, box, s):
        x0, y0, x1, y1 = box
        if x0 < 1 or x1 > self.W - 1 or y0 < 1 or (self.H is not None and y1 > self.H - 1):
            raise LayoutError(
                f"{self.name}: text off page: {s!r} {tuple(round(v, 1) for v in box)}"
            )
        for b, t in self.runs[-1]:
            if x0 < b[2] - 0.3 and b[0] < x1 - 0.3 and y0 < b[3] - 0.3 and b[1] < y1 - 0.3:
                raise LayoutError(f"{self.name}: {s!r} overlaps {t!r}")

    def _y(self, y):
        self.maxy[-1] = max(self.maxy[-1], y)

    # -- primitives ---------------------------------------------------------------
    def text(self, x, y, s, font="DV", size=9.0, align="l", color=None):
        s = str(s)
        if not s:
            return 0.0
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = {"l": x, "r": x - w, "c": x - w / 2}[align]
        box = (x0, y - 0.80 * size, x0 + w, y + 0.22 * size)
        self._check(box, s)
        self.runs[-1].append((box, s))
        self.pages[-1].append(("t", x0, y, s, font, size, color))
        self._y(box[3])
        return w

    def rect(self, x, y, w, h, stroke=1, fill=0, color=black, fillcolor=None, lw=0.5, r=0):
        self.pages[-1].append(("r", x, y, w, h, stroke, fill, color, fillcolor, lw, r))
        self._y(y + h)

    def line(self, x1, y1, x2, y2, lw=0.5, color=black, dash=None):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw, color, dash))
        self._y(max(y1, y2))

    def circle(self, x, y, r, stroke=1, fill=0, color=black, fillcolor=None, lw=0.5):
        self.pages[-1].append(("c", x, y, r, stroke, fill, color, fillcolor, lw))
        self._y(y + r)

    def poly(self, pts, fillcolor=black):
        self.pages[-1].append(("p", pts, fillcolor))
        self._y(max(p[1] for p in pts))

    def new_page(self):
        self.pages.append([])
        self.runs.append([])
        self.maxy.append(0.0)

    # -- composites ---------------------------------------------------------------
    def qr(self, x, y, size, seed, n=25, color=black):
        rnd = random.Random(seed)
        cell = size / n
        finder = [(0, 0), (n - 7, 0), (0, n - 7)]
        for fx, fy in finder:
            self.rect(
                x + fx * cell, y + fy * cell, 7 * cell, 7 * cell, stroke=0, fill=1, fillcolor=color
            )
            self.rect(
                x + (fx + 1) * cell,
                y + (fy + 1) * cell,
                5 * cell,
                5 * cell,
                stroke=0,
                fill=1,
                fillcolor=white,
            )
            self.rect(
                x + (fx + 2) * cell,
                y + (fy + 2) * cell,
                3 * cell,
                3 * cell,
                stroke=0,
                fill=1,
                fillcolor=color,
            )
        for i in range(n):
            for j in range(n):
                near = any(fx - 1 <= i <= fx + 7 and fy - 1 <= j <= fy + 7 for fx, fy in finder)
                if not near and rnd.random() < 0.48:
                    self.rect(
                        x + i * cell, y + j * cell, cell, cell, stroke=0, fill=1, fillcolor=color
                    )

    def barcode(self, x, y, w, h, seed):
        rnd = random.Random(seed)
        pos = x
        while pos < x + w - 3:
            bw = rnd.choice((0.6, 0.6, 1.2, 1.8))
            self.rect(pos, y, bw, h, stroke=0, fill=1, fillcolor=black)
            pos += bw + rnd.choice((0.6, 1.2, 1.2, 1.8))

    def para(self, x, y, s, width, font="DV", size=8.0, lead=None, color=None, align="l"):
        """Wrap s into width; return the y below the last line."""
        lead = lead or size * 1.3
        words, line = s.split(), ""
        lines = []
        for wd in words:
            cand = (line + " " + wd).strip()
            if pdfmetrics.stringWidth(cand, font, size) > width and line:
                lines.append(line)
                line = wd
            else:
                line = cand
        lines.append(line)
        ax = {"l": x, "c": x + width / 2, "r": x + width}[align]
        for ln in lines:
            self.text(ax, y, ln, font, size, align, color)
            y += lead
        return y

    def table(
        self,
        x,
        y,
        cols,
        rows,
        font="DV",
        size=8.0,
        lead=None,
        header=None,
        hfont=None,
        hfill=None,
        hcolor=None,
        grid=None,
        stripe=None,
    ):
        """cols: [(width, align)], rows: lists of cells (str or list of str). Returns y after."""
        lead = lead or size * 1.45
        tw = sum(c[0] for c in cols)
        if header:
            if hfill is not None:
                self.rect(x, y - lead * 0.78, tw, lead * 1.05, stroke=0, fill=1, fillcolor=hfill)
            self._cells(x, y, cols, header, hfont or font, size, lead, hcolor)
            y += lead * 1.15
            if grid is not None:
                self.line(x, y - lead * 0.78, x + tw, y - lead * 0.78, 0.6, grid)
        for k, row in enumerate(rows):
            n = max(len(c) if isinstance(c, list) else 1 for c in row)
            if stripe is not None and k % 2:
                self.rect(x, y - lead * 0.78, tw, lead * n, stroke=0, fill=1, fillcolor=stripe)
            self._cells(x, y, cols, row, font, size, lead, None)
            y += lead * n
            if grid is not None:
                self.line(x, y - lead * 0.78, x + tw, y - lead * 0.78, 0.3, grid)
        return y

    def _cells(self, x, y, cols, row, font, size, lead, color):
        cx = x
        for (w, a), cell in zip(cols, row, strict=False):
            lines = cell if isinstance(cell, list) else [cell]
            ax = {"l": cx + 2, "r": cx + w - 2, "c": cx + w / 2}[a]
            for i, s in enumerate(lines):
                self.text(ax, y + i * lead, s, font, size, a, color)
            cx += w

    # -- output -------------------------------------------------------------------
    def save(self, fp, title: str, author: str):
        heights = [self.H if self.H is not None else my + self.bottom for my in self.maxy]
        c = canvas.Canvas(fp, pagesize=(self.W, heights[0]), invariant=1)
        c.setTitle(title)
        c.setAuthor(author)
        c.setCreator("blind-2026-14p")
        for ops, H in zip(self.pages, heights, strict=True):
            c.setPageSize((self.W, H))
            for op in ops:
                _draw(c, op, H)
            c.showPage()
        c.save()


def _draw(c, op, H):
    kind = op[0]
    if kind == "t":
        _, x, y, s, font, size, color = op
        c.setFillColor(color or black)
        c.setFont(font, size)
        c.drawString(x, H - y, s)
    elif kind == "r":
        _, x, y, w, h, stroke, fill, color, fillcolor, lw, r = op
        c.setStrokeColor(color or black)
        c.setFillColor(fillcolor or black)
        c.setLineWidth(lw)
        if r:
            c.roundRect(x, H - y - h, w, h, r, stroke=stroke, fill=fill)
        else:
            c.rect(x, H - y - h, w, h, stroke=stroke, fill=fill)
    elif kind == "l":
        _, x1, y1, x2, y2, lw, color, dash = op
        c.setStrokeColor(color or black)
        c.setLineWidth(lw)
        c.setDash(*(dash or ([], 0)))
        c.line(x1, H - y1, x2, H - y2)
        c.setDash([], 0)
    elif kind == "c":
        _, x, y, r, stroke, fill, color, fillcolor, lw = op
        c.setStrokeColor(color or black)
        c.setFillColor(fillcolor or black)
        c.setLineWidth(lw)
        c.circle(x, H - y, r, stroke=stroke, fill=fill)
    else:
        _, pts, fillcolor = op
        p = c.beginPath()
        p.moveTo(pts[0][0], H - pts[0][1])
        for px, py in pts[1:]:
            p.lineTo(px, H - py)
        p.close()
        c.setFillColor(fillcolor)
        c.drawPath(p, stroke=0, fill=1)


class Roll:
    """A cursor for receipt rolls: lines go down from the top of a Doc."""

    def __init__(self, d: Doc, margin=3 * mm, font="DVM", size=7.5, lead=1.3, top=5 * mm):
        self.d, self.x0, self.x1 = d, margin, d.W - margin
        self.font, self.size, self.lead = font, size, lead
        self.y = top

    def _f(self, font, size):
        return font or self.font, size or self.size

    def gap(self, h=3.0):
        self.y += h

    def c(self, s, font=None, size=None, color=None):
        f, z = self._f(font, size)
        self.y += z * 0.85
        self.d.text(self.d.W / 2, self.y, s, f, z, "c", color)
        self.y += z * (self.lead - 0.85)

    def lr(self, left, right="", font=None, size=None, indent=0.0):
        f, z = self._f(font, size)
        self.y += z * 0.85
        self.d.text(self.x0 + indent, self.y, left, f, z)
        self.d.text(self.x1, self.y, right, f, z, "r")
        self.y += z * (self.lead - 0.85)

    def cols(self, cells, font=None, size=None):
        """cells: [(x_fraction, text, align)]."""
        f, z = self._f(font, size)
        self.y += z * 0.85
        span = self.x1 - self.x0
        for fr, s, a in cells:
            self.d.text(self.x0 + fr * span, self.y, s, f, z, a)
        self.y += z * (self.lead - 0.85)

    def sep(self, dash=True, lw=0.5):
        self.y += 2.5
        self.d.line(self.x0, self.y, self.x1, self.y, lw, black, [2, 2] if dash else None)
        self.y += 2.5

    def chars(self, ch="-", font=None, size=None):
        f, z = self._f(font, size)
        n = int((self.x1 - self.x0) / pdfmetrics.stringWidth(ch, f, z))
        self.lr(ch * n, "", f, z)


# --------------------------------------------------------------------------------------
# Truth
# --------------------------------------------------------------------------------------


def _qty(x) -> str:
    v = D(x).normalize()
    return format(v, "f")


def item(desc, qty, unit, amount):
    return {
        "description": desc,
        "quantity": _qty(qty),
        "unit_price": f"{q(unit):.2f}",
        "amount": f"{q(amount):.2f}",
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
    dtype,
    items,
    note,
    tip=0,
    rounding=0,
):
    amount, total = q(amount), q(total)
    vatv = None if vat is None else q(vat)
    check = amount + (vatv or D(0)) + q(tip) + q(rounding)
    assert check == total, f"{number}: {amount}+{vatv}+{tip}+{rounding}={check} != {total}"
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": f"{amount:.2f}",
        "vat": None if vatv is None else f"{vatv:.2f}",
        "total": f"{total:.2f}",
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": items,
        "note": note,
    }


def lines(spec):
    """spec: [(desc, qty, unit)] -> [(desc, qty, unit, amount)] with amount = qty*unit rounded."""
    return [(s, D(str(n)), D(str(u)), q(D(str(n)) * D(str(u)))) for s, n, u in spec]


def incl_vat(gross, rate) -> Decimal:
    """VAT contained in a gross amount at rate %."""
    return q(D(gross) * D(str(rate)) / (D(100) + D(str(rate))))


# --------------------------------------------------------------------------------------
# Degradation: scans and photos
# --------------------------------------------------------------------------------------


def rasterize(pdf_bytes: bytes, dpi: float) -> np.ndarray:
    pdf = pdfium.PdfDocument(pdf_bytes)
    page = pdf[0]
    img = np.array(page.render(scale=dpi / 72).to_pil().convert("RGB"))
    page.close()
    pdf.close()
    return img


def _thermal(img: np.ndarray, rs: np.random.Generator, fade: float) -> np.ndarray:
    h = img.shape[0]
    t = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
    wave = 0.5 + 0.5 * np.sin(t * math.pi * rs.uniform(1.0, 2.5) + rs.uniform(0, 3))
    keep = 1.0 - fade * (0.55 + 0.45 * wave)
    return 255 - (255 - img) * keep


def scan(
    img: np.ndarray,
    rs: np.random.Generator,
    *,
    grey=True,
    skew=1.0,
    blur=0.6,
    noise=5.0,
    specks=60,
    fade=0.0,
    width=None,
    tone=(248, 246, 240),
) -> np.ndarray:
    """A flatbed scan: paper tone, skew, blur, noise, specks, thermal fading, resize."""
    f = img.astype(np.float32)
    if fade:
        f = _thermal(f, rs, fade)
    f = f * (np.array(tone, np.float32) / 255.0)
    h, w = f.shape[:2]
    pad = int(0.02 * max(h, w))
    f = cv2.copyMakeBorder(f, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(236, 236, 232))
    h, w = f.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    f = cv2.warpAffine(f, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(230, 230, 226))
    f = cv2.GaussianBlur(f, (0, 0), blur)
    f += rs.normal(0, noise, (h, w, 1)).astype(np.float32)
    for _ in range(specks):
        x, y = int(rs.integers(0, w)), int(rs.integers(0, h))
        v = float(rs.uniform(40, 140))
        cv2.circle(f, (x, y), int(rs.integers(1, 3)), (v, v, v), -1)
    out = np.clip(f, 0, 255).astype(np.uint8)
    if width:
        out = cv2.resize(out, (width, round(h * width / w)), interpolation=cv2.INTER_AREA)
    if grey:
        out = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
    return out


def _background(rs: np.random.Generator, w: int, h: int, style: str) -> np.ndarray:
    low = cv2.resize(
        rs.normal(0, 1, (h // 40 + 2, w // 40 + 2)).astype(np.float32),
        (w, h),
        interpolation=cv2.INTER_CUBIC,
    )
    fine = rs.normal(0, 1, (h, w)).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if style == "wood":
        grain = np.sin((xx + 25 * low) * 0.09) * 0.5 + np.sin((xx + 60 * low) * 0.021) * 0.5
        base = np.array([128, 88, 56], np.float32)
        tex = base[None, None, :] * (1 + 0.10 * grain[..., None] + 0.03 * fine[..., None])
    elif style == "cloth":
        weave = np.sin(xx * 0.9) * np.sin(yy * 0.9)
        base = np.array([62, 78, 104], np.float32)
        tex = base[None, None, :] * (
            1 + 0.06 * weave[..., None] + 0.08 * low[..., None] + 0.04 * fine[..., None]
        )
    else:
        base = np.array([176, 174, 168], np.float32)
        tex = base[None, None, :] * (1 + 0.05 * low[..., None] + 0.05 * fine[..., None])
    return tex


def photo(
    img: np.ndarray, rs: np.random.Generator, *, long_side=1900, quality=72, style="wood", fold=0.0
) -> bytes:
    """A phone photo: perspective onto a textured background, uneven light, shadow, fold, JPEG."""
    H = long_side
    W = int(H * 0.75)
    bg = _background(rs, W, H, style)
    h, w = img.shape[:2]
    s = min(0.86 * H / h, 0.84 * W / w)
    tw, th = int(w * s), int(h * s)
    doc = cv2.resize(img, (tw, th), interpolation=cv2.INTER_AREA).astype(np.float32)
    if fold:
        yy = np.arange(th, dtype=np.float32)[:, None, None]
        fy = fold * th
        doc *= (
            1
            - 0.10 * np.exp(-(((yy - fy) / (0.006 * th)) ** 2))
            + 0.04 * np.tanh((yy - fy) / (0.05 * th))
        )
    cx, cy = W / 2 + rs.uniform(-0.03, 0.03) * W, H / 2 + rs.uniform(-0.02, 0.02) * H
    j = 0.035 * tw
    dst = np.float32(
        [
            [cx - tw / 2, cy - th / 2],
            [cx + tw / 2, cy - th / 2],
            [cx + tw / 2, cy + th / 2],
            [cx - tw / 2, cy + th / 2],
        ]
    )
    dst += rs.uniform(-j, j, dst.shape).astype(np.float32)
    src = np.float32([[0, 0], [tw, 0], [tw, th], [0, th]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((th, tw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)[
        ..., None
    ]
    shadow = cv2.GaussianBlur(np.roll(mask[..., 0], (12, 10), (0, 1)), (0, 0), 14)[..., None]
    bg *= 1 - 0.45 * shadow
    comp = bg * (1 - mask) + warped * mask
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rs.uniform(-0.18, 0.18), rs.uniform(-0.18, 0.18)
    light = 0.97 + gx * (xx / W - 0.5) + gy * (yy / H - 0.5)
    px, py = rs.uniform(0.2, 0.8) * W, rs.uniform(0.2, 0.8) * H
    light += 0.08 * np.exp(-((xx - px) ** 2 + (yy - py) ** 2) / (2 * (0.35 * W) ** 2))
    blob = np.zeros((H, W), np.float32)
    corner = int(rs.integers(0, 4))
    pts = np.array([[0, 0], [int(W * 0.45), 0], [0, int(H * 0.3)]], np.int32)
    if corner % 2:
        pts[:, 0] = W - pts[:, 0]
    if corner >= 2:
        pts[:, 1] = H - pts[:, 1]
    cv2.fillPoly(blob, [pts], 1.0)
    blob = cv2.GaussianBlur(blob, (0, 0), 45)
    light *= 1 - 0.22 * blob
    comp *= light[..., None]
    comp = cv2.GaussianBlur(comp, (0, 0), 0.7)
    comp += rs.normal(0, 3.5, comp.shape).astype(np.float32)
    out = np.clip(comp, 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(
        ".jpg", cv2.cvtColor(out, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, int(quality)]
    )
    assert ok
    return buf.tobytes()


def png_bytes(img: np.ndarray) -> bytes:
    arr = img if img.ndim == 2 else cv2.cvtColor(img, cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".png", arr, [cv2.IMWRITE_PNG_COMPRESSION, 6])
    assert ok
    return buf.tobytes()


def image_pdf(img: np.ndarray, page_size, title: str) -> bytes:
    """An image-only PDF: the degraded scan is the page's only content."""
    arr = img if img.ndim == 2 else cv2.cvtColor(img, cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".jpg", arr, [cv2.IMWRITE_JPEG_QUALITY, 82])
    assert ok
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=page_size, invariant=1)
    c.setTitle(title)
    c.setCreator("Scanner")
    c.drawImage(
        ImageReader(io.BytesIO(buf.tobytes())), 0, 0, width=page_size[0], height=page_size[1]
    )
    c.showPage()
    c.save()
    return out.getvalue()


# --------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------

DOCS: dict[str, tuple] = {}


def register(kind: str, ext: str, **fx):
    def deco(fn):
        DOCS[fn.__name__] = (fn, kind, ext, fx)
        return fn

    return deco


# ======================================================================================
# Invoices
# ======================================================================================

NAVY = HexColor("#12305B")
ORANGE = HexColor("#E8731C")


@register("pdf", "pdf")
def i01(r):
    """NL freight forwarder / customs broker, 2 pages, many reference numbers, duty disbursement."""
    d = Doc("i01", A4)
    W, _ = A4
    L, R = 18 * mm, W - 18 * mm
    vendor = "Maasvlakte Global Forwarding B.V."
    num, date, due = "MGF-26-004817", "2026-02-17", "2026-03-19"
    spec = [
        ("OFR", "Ocean freight CNSHA - NLRTM, 1 x 40' HC", 1, "2145.00", "0"),
        ("BAF", "Bunker adjustment factor", 1, "312.00", "0"),
        ("THC", "Terminal handling charges Rotterdam", 1, "285.00", "0"),
        ("DOF", "Delivery order fee", 1, "65.00", "21"),
        ("ISPS", "ISPS / port security surcharge", 1, "22.50", "21"),
        ("CUS", "Import customs declaration (IM4)", 1, "95.00", "21"),
        ("HSL", "Additional HS code lines", 6, "7.50", "21"),
        ("TRK", "Trucking Maasvlakte - Tilburg (full container)", 1, "495.00", "21"),
        ("DUT", "Import duty 12% on CIF value, paid on your behalf", 1, "1911.36", "-"),
        ("ADM", "Disbursement fee 2% on duties advanced", 1, "38.23", "21"),
    ]
    rows = [(c, s, D(n), D(u), q(D(n) * D(u)), v) for c, s, n, u, v in spec]
    base21 = sum(a for *_, a, v in rows if v == "21")
    vat = q(base21 * D("0.21"))
    net = sum(a for *_, a, v in rows)
    total = net + vat
    # header
    d.rect(L, 12 * mm, 13 * mm, 13 * mm, stroke=0, fill=1, fillcolor=NAVY)
    d.poly([(L, 25 * mm), (L + 13 * mm, 12 * mm), (L + 13 * mm, 25 * mm)], ORANGE)
    d.text(L + 16 * mm, 19 * mm, "MAASVLAKTE GLOBAL", "Helvetica-Bold", 15, color=NAVY)
    d.text(
        L + 16 * mm,
        24.5 * mm,
        "FORWARDING  ·  CUSTOMS  ·  WAREHOUSING",
        "Helvetica",
        6.5,
        color=GREY,
    )
    y = 14 * mm
    for s in [
        vendor,
        "Europaweg 875",
        "3199 LD Maasvlakte Rotterdam",
        "The Netherlands",
        "T +31 10 294 8800",
        "finance@mgf-rotterdam.nl",
    ]:
        d.text(R, y, s, "Helvetica-Bold" if s == vendor else "Helvetica", 7.5, "r")
        y += 3.4 * mm
    d.text(L, 46 * mm, "INVOICE", "Helvetica-Bold", 20, color=NAVY)
    y = 56 * mm
    d.text(L, y, "Invoice to", "Helvetica-Oblique", 7.5, color=GREY)
    for s in [
        "Van Dijk Huishoudtextiel B.V.",
        "Attn. Accounts Payable",
        "Ringbaan-West 210",
        "5037 PB Tilburg",
        "VAT NL821447390B01",
    ]:
        y += 4 * mm
        d.text(L, y, s, "Helvetica", 8.5)
    y = 56 * mm
    for k, v in [
        ("Invoice no.", num),
        ("Invoice date", "17-02-2026"),
        ("Due date", "19-03-2026"),
        ("Customer no.", "100482"),
        ("Our job no.", "RTM-IMP-26-01942"),
        ("Your PO", "4500318827"),
    ]:
        d.text(118 * mm, y, k, "Helvetica", 8)
        d.text(R, y, v, "Helvetica-Bold", 8, "r")
        y += 4.4 * mm
    # shipment box
    y = 88 * mm
    d.rect(L, y, R - L, 31 * mm, color=NAVY, lw=0.7)
    d.text(L + 3 * mm, y + 4.5 * mm, "SHIPMENT DETAILS", "Helvetica-Bold", 7.5, color=NAVY)
    refs = [
        ("B/L no.", "MAEU254883019"),
        ("Container", "MSKU 739201-4 / 40HC"),
        ("Seal", "ML-8841207"),
        ("Vessel / voy.", "MSC AURORA / 605W"),
        ("POL", "Shanghai (CNSHA)"),
        ("POD", "Rotterdam (NLRTM)"),
        ("ETA / ATA", "09-02-2026 / 10-02-2026"),
        ("MRN", "26NL0000001234567A7"),
        ("Incoterms", "FOB Shanghai"),
        ("Packages", "1,140 CTN"),
        ("Gross weight", "11,846.0 kg"),
        ("Volume", "67.80 cbm"),
    ]
    for i, (k, v) in enumerate(refs):
        cx = L + 3 * mm + (i % 3) * 58 * mm
        cy = y + 10 * mm + (i // 3) * 5.2 * mm
        d.text(cx, cy, k, "Helvetica", 7, color=GREY)
        d.text(cx + 19 * mm, cy, v, "Helvetica", 7.5)
    cols = [
        (14 * mm, "l"),
        (92 * mm, "l"),
        (12 * mm, "r"),
        (22 * mm, "r"),
        (12 * mm, "r"),
        (22 * mm, "r"),
    ]
    head = ["Code", "Description", "Qty", "Unit price", "VAT", "Amount EUR"]
    fmtrow = [
        [c, s, _qty(n), en(u), v + ("%" if v != "-" else ""), en(a)] for c, s, n, u, a, v in rows
    ]
    y = d.table(
        L,
        128 * mm,
        cols,
        fmtrow[:5],
        "Helvetica",
        8,
        6 * mm,
        head,
        "Helvetica-Bold",
        NAVY,
        white,
        LGREY,
    )
    cf = sum(a for *_, a, v in rows[:5])
    d.text(L + 150 * mm, y + 2 * mm, "Carried forward", "Helvetica-Oblique", 8, "r")
    d.text(R, y + 2 * mm, en(cf), "Helvetica-Oblique", 8, "r")
    d.text(W / 2, 282 * mm, "Continued on page 2  ·  page 1 of 2", "Helvetica", 7, "c", GREY)
    # page 2
    d.new_page()
    d.text(
        L,
        18 * mm,
        f"Maasvlakte Global Forwarding  ·  Invoice {num}  ·  Job RTM-IMP-26-01942",
        "Helvetica",
        7.5,
        color=GREY,
    )
    d.text(L, 30 * mm, "Brought forward", "Helvetica-Oblique", 8)
    d.text(R, 30 * mm, en(cf), "Helvetica-Oblique", 8, "r")
    y = d.table(
        L,
        40 * mm,
        cols,
        fmtrow[5:],
        "Helvetica",
        8,
        6 * mm,
        head,
        "Helvetica-Bold",
        NAVY,
        white,
        LGREY,
    )
    y += 6 * mm
    d.text(L, y, "VAT analysis", "Helvetica-Bold", 8)
    vt = [
        ["21% standard", en(base21), en(vat)],
        ["0% intl. transport (art. 9 Wet OB)", en(sum(a for *_, a, v in rows if v == "0")), "0.00"],
        ["Outside scope: duties advanced", en(rows[8][4]), "-"],
    ]
    d.table(
        L,
        y + 5 * mm,
        [(62 * mm, "l"), (22 * mm, "r"), (20 * mm, "r")],
        vt,
        "Helvetica",
        7.5,
        4.6 * mm,
        ["Rate", "Basis", "VAT"],
        "Helvetica-Oblique",
    )
    ty = y
    for k, v, f in [
        ("Total excl. VAT", en(net), "Helvetica"),
        ("VAT 21%", en(vat), "Helvetica"),
        ("TOTAL EUR", en(total), "Helvetica-Bold"),
    ]:
        d.text(165 * mm, ty, k, f, 9, "r")
        d.text(R, ty, v, f, 9, "r")
        ty += 5.5 * mm
    d.line(140 * mm, ty - 9.6 * mm, R, ty - 9.6 * mm, 0.6)
    y = max(y + 30 * mm, ty + 10 * mm)
    d.para(
        L,
        y,
        "Import VAT on this shipment is deferred under the art. 23 licence of the consignee and is not charged on this invoice. Please quote the invoice number with your payment. All services are performed under the Dutch Forwarding Conditions (FENEX), latest version, filed at the District Court of Rotterdam.",
        R - L,
        "Helvetica",
        7.5,
    )
    d.rect(L, 250 * mm, R - L, 22 * mm, stroke=0, fill=1, fillcolor=HexColor("#EEF1F6"))
    for i, s in enumerate(
        [
            "ING Bank N.V.  ·  IBAN NL42 INGB 0006 8123 45  ·  BIC INGBNL2A",
            "Payment terms: 30 days net  ·  KvK 24387719  ·  VAT NL859762114B01  ·  AEO-F NLAEOF00481",
            "Customs representative (direct representation) EORI NL859762114",
        ]
    ):
        d.text(W / 2, 257 * mm + i * 5 * mm, s, "Helvetica", 7.5, "c")
    d.text(W / 2, 282 * mm, "page 2 of 2", "Helvetica", 7, "c", GREY)
    items = [item(s, n, u, a) for c, s, n, u, a, v in rows]
    t = truth(
        num,
        date,
        due,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "en-NL",
        "invoice",
        "invoice",
        items,
        "Two pages with a carried-forward subtotal; many reference numbers (job, B/L, container, MRN, PO, customer no.); import duty advanced as an outside-scope disbursement is part of the net; VAT only on domestic services.",
    )
    return d, t


@register("scan", "pdf", dpi=200, grey=True, skew=-0.8)
def i02(r):
    """DE dental practice, GOZ fee schedule with factors, VAT exempt (no VAT printed)."""
    d = Doc("i02", A4)
    W, _ = A4
    L, R = 22 * mm, W - 20 * mm
    vendor = "Zahnarztpraxis Dr. med. dent. Katrin Oberländer"
    pw = D("0.0562421")
    spec = [
        ("03.03.26", "", "0010", "Eingehende Untersuchung", 1, 100, "2.3"),
        ("03.03.26", "", "Ä5004", "Panoramaschichtaufnahme", 1, 400, "1.8"),
        ("03.03.26", "", "1040", "Professionelle Zahnreinigung", 28, 28, "2.3"),
        ("10.03.26", "36", "2080", "Kompositfüllung zweiflächig, Mehrschicht", 1, 1010, "2.3"),
        ("10.03.26", "36", "2197", "Adhäsive Befestigung", 1, 130, "2.3"),
        ("10.03.26", "36", "0090", "Infiltrationsanästhesie", 1, 60, "2.3"),
    ]
    rows = []
    for dt, tooth, code, txt, n, pts, fac in spec:
        unit = q(D(pts) * pw * D(fac)) if code != "1040" else q(D(28) * pw * D(fac))
        rows.append((dt, tooth, code, txt, D(n), fac, unit, q(unit * n)))
    mat = q(D("18.40"))
    total = sum(a for *_, a in rows) + mat
    d.text(L, 22 * mm, "Dr. med. dent. Katrin Oberländer", "DVS", 14)
    d.text(L, 28 * mm, "Zahnärztin · Implantologie · Prophylaxe", "DVSI", 8.5, color=GREY)
    d.line(L, 32 * mm, R, 32 * mm, 0.8)
    d.text(
        L,
        38 * mm,
        "Zahnarztpraxis Dr. med. dent. Katrin Oberländer · Kaiser-Joseph-Str. 214 · 79098 Freiburg",
        "DV",
        6.5,
        color=GREY,
    )
    y = 46 * mm
    for s in ["Herrn", "Jonas Weber", "Schwarzwaldstraße 61", "79117 Freiburg im Breisgau"]:
        d.text(L, y, s, "DV", 9.5)
        y += 4.6 * mm
    y = 46 * mm
    for k, v in [
        ("Rechnungsnummer:", "2026-0317"),
        ("Rechnungsdatum:", "16.03.2026"),
        ("Patient:", "Jonas Weber, geb. 04.11.1988"),
        ("Behandlungszeitraum:", "03.03.2026 - 10.03.2026"),
    ]:
        d.text(118 * mm, y, k, "DV", 8)
        d.text(R, y, v, "DV", 8, "r")
        y += 4.4 * mm
    d.text(L, 80 * mm, "Liquidation", "DVSB", 13)
    d.text(
        L,
        86 * mm,
        "nach der Gebührenordnung für Zahnärzte (GOZ) bzw. Ärzte (GOÄ), Punktwert 5,62421 Cent",
        "DV",
        7.5,
    )
    cols = [
        (17 * mm, "l"),
        (11 * mm, "c"),
        (15 * mm, "l"),
        (66 * mm, "l"),
        (10 * mm, "r"),
        (13 * mm, "r"),
        (18 * mm, "r"),
        (18 * mm, "r"),
    ]
    fr = [
        [dt, t_, c, x, _qty(n), f.replace(".", ","), de(u), de(a)]
        for dt, t_, c, x, n, f, u, a in rows
    ]
    fr.append(
        ["10.03.26", "", "", "Material- und Laborkosten (Eigenlabor)", "1", "", de(mat), de(mat)]
    )
    y = d.table(
        L,
        96 * mm,
        cols,
        fr,
        "DV",
        7.5,
        5.5 * mm,
        ["Datum", "Zahn", "Nr.", "Leistung", "Anz.", "Faktor", "Einzel €", "Betrag €"],
        "DVB",
        None,
        None,
        black,
    )
    y += 4 * mm
    d.text(140 * mm, y, "Rechnungsbetrag", "DVB", 10, "r")
    d.text(R, y, de(total) + " €", "DVB", 10, "r")
    y += 12 * mm
    y = d.para(
        L,
        y,
        "Zahnärztliche Heilbehandlungen sind gemäß § 4 Nr. 14 UStG von der Umsatzsteuer befreit. Bei Überschreitung des 2,3-fachen Satzes erfolgt die Begründung gesondert.",
        R - L,
        "DV",
        8,
    )
    d.para(
        L,
        y + 3 * mm,
        "Bitte überweisen Sie den Rechnungsbetrag innerhalb von 30 Tagen unter Angabe der Rechnungsnummer auf das unten genannte Konto. Vielen Dank für Ihr Vertrauen.",
        R - L,
        "DV",
        8,
    )
    d.line(L, 270 * mm, R, 270 * mm, 0.4)
    d.text(
        L,
        275 * mm,
        "Sparkasse Freiburg-Nördlicher Breisgau · IBAN DE71 6805 0101 0012 3456 78 · BIC FRSPDE66XXX",
        "DV",
        7,
    )
    d.text(
        L,
        279 * mm,
        "Tel. 0761 2908 445 · praxis@zahnaerztin-oberlaender.de · Steuer-Nr. 06470/12345",
        "DV",
        7,
    )
    items = [item(f"{c} {x}", n, u, a) for dt, t_, c, x, n, f, u, a in rows] + [
        item("Material- und Laborkosten (Eigenlabor)", 1, mat, mat)
    ]
    t = truth(
        "2026-0317",
        "2026-03-16",
        None,
        vendor,
        total,
        None,
        total,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        items,
        "Image-only PDF scan; GOZ fee lines with multiplying factors and a Punktwert; VAT exempt under § 4 Nr. 14 UStG so no VAT printed; payment 'within 30 days' without a printed due date; patient birth date and treatment dates near the invoice date.",
    )
    return d, t


@register("pdf", "pdf")
def i03(r):
    """GB law firm fee note: time costs, VATable and non-VATable disbursements, money on account."""
    d = Doc("i03", A4)
    W, _ = A4
    L, R = 25 * mm, W - 25 * mm
    vendor = "Harrowgate & Pike LLP"
    d.text(W / 2, 24 * mm, "HARROWGATE & PIKE", "Times-Bold", 20, "c")
    d.text(W / 2, 30 * mm, "S O L I C I T O R S", "Times-Roman", 9, "c", GREY)
    d.line(L, 34 * mm, R, 34 * mm, 0.4)
    d.text(
        W / 2,
        39 * mm,
        "Park Row House, 19 Park Row, Leeds LS1 5JF  ·  0113 496 0721  ·  accounts@harrowgatepike.co.uk",
        "Times-Roman",
        8,
        "c",
    )
    y = 52 * mm
    for s in [
        "PRIVATE & CONFIDENTIAL",
        "Ms E. Whitcombe",
        "14 Moorland Crescent",
        "Harrogate",
        "HG2 7QN",
    ]:
        d.text(L, y, s, "Times-Bold" if s.startswith("PRIV") else "Times-Roman", 10)
        y += 4.8 * mm
    y = 52 * mm
    for k, v in [
        ("Fee note no.", "FN/26/01133"),
        ("Date / tax point", "3 March 2026"),
        ("Our ref.", "HPL/PRO/0457-12 (RJP)"),
        ("Matter", "Estate of the late D. Whitcombe"),
        ("Due date", "2 April 2026"),
    ]:
        d.text(115 * mm, y, k, "Times-Italic", 9)
        d.text(R, y, v, "Times-Roman", 9, "r")
        y += 4.8 * mm
    d.text(L, 86 * mm, "FEE NOTE", "Times-Bold", 14)
    y = d.para(
        L,
        94 * mm,
        "To our professional charges for acting on your behalf in connection with the administration of the above estate, for the period 1 December 2025 to 27 February 2026, including taking instructions, obtaining valuations, preparing and submitting the IHT400 account, applying for the grant of probate, corresponding with HM Land Registry and the beneficiaries, and all necessary attendances.",
        R - L,
        "Times-Roman",
        9.5,
        5 * mm,
    )
    time = lines(
        [
            ("Partner (R. J. Pike) - 2.4 hours at £325.00", "2.4", "325.00"),
            ("Associate solicitor - 6.8 hours at £210.00", "6.8", "210.00"),
            ("Trainee solicitor - 3.5 hours at £120.00", "3.5", "120.00"),
        ]
    )
    fees = sum(a for *_, a in time)
    y += 4 * mm
    for s, _n, _u, a in time:
        d.text(L + 6 * mm, y, s, "Times-Roman", 9.5)
        d.text(R, y, en(a), "Times-Roman", 9.5, "r")
        y += 5 * mm
    vdis = lines([("Courier - original will to Probate Registry", 1, "18.00")])
    ndis = lines(
        [
            ("Probate application fee (HMCTS)", 1, "300.00"),
            ("HM Land Registry - official copies and searches", 1, "48.00"),
            ("Statutory notices (The Gazette, local press)", 1, "257.00"),
        ]
    )
    vdsum = sum(a for *_, a in vdis)
    ndsum = sum(a for *_, a in ndis)
    vat = q((fees + vdsum) * D("0.20"))
    total = fees + vdsum + vat + ndsum
    onacc = D("1000.00")
    y += 2 * mm
    X1 = R - 30 * mm
    rows = [
        ("Professional charges", en(fees), "Times-Bold"),
        ("VATable disbursements:", "", "Times-Italic"),
    ]
    rows += [("   " + s, en(a), "Times-Roman") for s, n, u, a in vdis]
    rows += [
        ("VAT at 20% on £" + en(fees + vdsum), en(vat), "Times-Roman"),
        ("Non-VATable disbursements (paid on your behalf):", "", "Times-Italic"),
    ]
    rows += [("   " + s, en(a), "Times-Roman") for s, n, u, a in ndis]
    for s, v, f in rows:
        d.text(L, y, s, f, 9.5)
        d.text(X1, y, v, f, 9.5, "r")
        y += 5 * mm
    d.line(X1 - 25 * mm, y - 3 * mm, R, y - 3 * mm, 0.5)
    y += 2 * mm
    for s, v in [
        ("TOTAL", "£" + en(total)),
        ("Less: money held on account (received 9 January 2026)", "(" + en(onacc) + ")"),
        ("BALANCE DUE", "£" + en(total - onacc)),
    ]:
        d.text(L, y, s, "Times-Bold", 10)
        d.text(R, y, v, "Times-Bold", 10, "r")
        y += 6 * mm
    y += 6 * mm
    y = d.para(
        L,
        y,
        "Payment by bank transfer to our office account: Lloyds Bank plc, sort code 30-94-57, account 41882310, quoting FN/26/01133. We will never notify you of a change to our bank details by email. If you are unhappy with our bill you may have a right to object to it by applying to the court for an assessment under Part III of the Solicitors Act 1974.",
        R - L,
        "Times-Roman",
        8.5,
    )
    d.line(L, 272 * mm, R, 272 * mm, 0.3)
    d.text(
        W / 2,
        277 * mm,
        "Harrowgate & Pike LLP is a limited liability partnership registered in England and Wales, OC412887. Authorised and regulated by the SRA (no. 618240).",
        "Times-Roman",
        7,
        "c",
    )
    d.text(
        W / 2,
        281 * mm,
        "A list of members is available at our registered office. VAT registration no. GB 287 4419 63.",
        "Times-Roman",
        7,
        "c",
    )
    items = [item(s, n, u, a) for s, n, u, a in time + vdis + ndis]
    t = truth(
        "FN/26/01133",
        "2026-03-03",
        "2026-04-02",
        vendor,
        total - vat,
        vat,
        total,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        items,
        "Fee note: narrative then time costs; VATable vs non-VATable disbursements; no single net line printed (net = fees + all disbursements); money held on account deducted after TOTAL - key TOTAL, not BALANCE DUE; '(1,000.00)' bracket negative.",
    )
    return d, t


@register("photo", "jpg", long_side=2200, quality=74, style="desk", fold=0.36)
def i04(r):
    """SE construction subcontractor, reverse charge (moms 0), öresavrundning."""
    d = Doc("i04", A4)
    W, _ = A4
    L, R = 20 * mm, W - 20 * mm
    vendor = "Bergström Bygg & Betong AB"
    d.rect(L, 15 * mm, 22 * mm, 16 * mm, stroke=0, fill=1, fillcolor=HexColor("#7A7A7A"))
    d.poly([(L, 31 * mm), (L + 11 * mm, 19 * mm), (L + 22 * mm, 31 * mm)], HexColor("#F2C200"))
    d.text(L + 26 * mm, 24 * mm, "BERGSTRÖM", "DVCB", 18)
    d.text(L + 26 * mm, 30 * mm, "BYGG & BETONG", "DVC", 9, color=GREY)
    d.text(R, 22 * mm, "FAKTURA", "DVB", 20, "r")
    y = 45 * mm
    for k, v in [
        ("Fakturanr", "10482"),
        ("Fakturadatum", "2026-04-30"),
        ("Förfallodatum", "2026-05-30"),
        ("Kundnr", "2031"),
        ("Er referens", "Mikael Sundin"),
        ("Vår referens", "Per Bergström"),
    ]:
        d.text(115 * mm, y, k, "DV", 8.5)
        d.text(150 * mm, y, v, "DVB", 8.5)
        y += 4.5 * mm
    y = 45 * mm
    for s in [
        "Norrhagen Entreprenad AB",
        "Att: Ekonomi, projekt 4417",
        "Box 1228",
        "751 42 Uppsala",
        "Momsreg.nr SE556604117801",
    ]:
        d.text(L, y, s, "DV", 9)
        y += 4.6 * mm
    d.text(
        L,
        80 * mm,
        "Projekt: Kv. Svanen 4, Uppsala - etapp 2. Avser arbeten utförda april 2026 enligt UE-avtal 2025-11-03.",
        "DVI",
        8.5,
    )
    spec = [
        ("Formsättning bjälklag plan 3", "m²", "412", "285.00"),
        ("Armering enligt K-ritning K-30-2-03", "ton", "6.4", "9850.00"),
        ("Gjutning bjälklag inkl. vibrering", "m³", "98.5", "640.75"),
        ("ÄTA 07: extra genomföringar schakt B", "st", "14", "1180.00"),
        ("Yrkesarbetare, timdebitering", "tim", "38", "545.00"),
        ("Betongpump inkl. maskinist", "dag", "1", "9800.00"),
    ]
    rows = [(s, u_, D(n), D(p), q(D(n) * D(p))) for s, u_, n, p in spec]
    net = sum(a for *_, a in rows)
    total = q0(net)
    rnd = total - net
    cols = [(80 * mm, "l"), (14 * mm, "c"), (20 * mm, "r"), (26 * mm, "r"), (30 * mm, "r")]
    fr = [[s, u_, sp(n) if n % 1 else str(n), sp(p), sp(a)] for s, u_, n, p, a in rows]
    y = d.table(
        L,
        92 * mm,
        cols,
        fr,
        "DV",
        8.5,
        6.5 * mm,
        ["Benämning", "Enhet", "Antal", "À-pris", "Belopp"],
        "DVB",
        HexColor("#F2C200"),
        None,
        HexColor("#999999"),
    )
    y += 6 * mm
    X = 140 * mm
    for k, v in [
        ("Summa exkl. moms", sp(net)),
        ("Moms 0 %", "0,00"),
        ("Öresavrundning", sp(rnd)),
        ("Att betala SEK", sp(total)),
    ]:
        f = "DVB" if k.startswith("Att") else "DV"
        d.text(X, y, k, f, 10 if f == "DVB" else 9, "r")
        d.text(R, y, v, f, 10 if f == "DVB" else 9, "r")
        y += 5.5 * mm
    y += 6 * mm
    d.rect(L, y, R - L, 15 * mm, color=HexColor("#999999"))
    d.text(
        L + 3 * mm,
        y + 6 * mm,
        "Omvänd betalningsskyldighet för byggtjänster gäller (8 kap. 2 § ML). Köparen redovisar",
        "DVB",
        8.5,
    )
    d.text(
        L + 3 * mm, y + 11 * mm, "utgående moms. Köparens momsreg.nr SE556604117801.", "DVB", 8.5
    )
    d.line(L, 262 * mm, R, 262 * mm, 0.5)
    ft = [
        ("Adress", "Kungsängsvägen 31", "753 23 Uppsala"),
        ("Kontakt", "018-24 90 30", "faktura@bergstrombygg.se"),
        ("Bankgiro", "5432-1098", "Dröjsmålsränta 10 %"),
        ("Org.nr", "556712-3456", "Innehar F-skattsedel"),
    ]
    for i, (a, b, c) in enumerate(ft):
        x = L + i * 43 * mm
        d.text(x, 267 * mm, a, "DVB", 7)
        d.text(x, 271 * mm, b, "DV", 7)
        d.text(x, 275 * mm, c, "DV", 7)
    items = [item(s, n, p, a) for s, u_, n, p, a in rows]
    t = truth(
        "10482",
        "2026-04-30",
        "2026-05-30",
        vendor,
        net,
        D(0),
        total,
        "SEK",
        "sv-SE",
        "invoice",
        "invoice",
        items,
        "Phone photo with fold; construction reverse charge: 'Moms 0 %' printed 0,00 (keyed vat 0.00); öresavrundning rounding line; space thousands and decimal comma; ISO dates; buyer's VAT number printed twice.",
        rounding=rnd,
    )
    return d, t


@register("scan", "png", dpi=170, grey=False, skew=1.4, blur=0.7, noise=6, specks=90)
def i05(r):
    """IT car rental closing invoice: contract data, km, fuel, CDW, airport fee, IVA 22%, paid by card."""
    d = Doc("i05", A4)
    W, _ = A4
    L, R = 15 * mm, W - 15 * mm
    vendor = "Rentauto Sicilia S.r.l."
    red = HexColor("#C8102E")
    d.rect(0, 0, W, 26 * mm, stroke=0, fill=1, fillcolor=red)
    d.text(L, 15 * mm, "rentauto", "DVB", 24, color=white)
    d.text(L + 52 * mm, 15 * mm, "SICILIA", "DV", 12, color=white)
    d.text(
        R,
        12 * mm,
        "Rentauto Sicilia S.r.l. - Via Fontanarossa 8, 95121 Catania (CT)",
        "DV",
        7,
        "r",
        white,
    )
    d.text(
        R,
        16 * mm,
        "P.IVA 05182340872 - REA CT-356611 - Cap. soc. € 50.000,00 i.v.",
        "DV",
        7,
        "r",
        white,
    )
    d.text(R, 20 * mm, "www.rentautosicilia.it - booking@rentautosicilia.it", "DV", 7, "r", white)
    d.text(L, 38 * mm, "FATTURA / INVOICE", "DVB", 14)
    d.text(
        L, 45 * mm, "Chiusura contratto di noleggio / Rental agreement closing", "DV", 8, color=GREY
    )
    kv = [
        ("Fattura n.", "FT/2026/00871"),
        ("Data", "14/05/2026"),
        ("Contratto RA n.", "CTA-260508-1173"),
        ("Prenotazione", "WEB-7734120-IT"),
        ("Cliente n.", "C-99821"),
    ]
    y = 36 * mm
    for k, v in kv:
        d.text(128 * mm, y, k, "DV", 8)
        d.text(R, y, v, "DVB", 8, "r")
        y += 4.3 * mm
    y = 60 * mm
    d.rect(L, y - 5 * mm, 86 * mm, 29 * mm, color=GREY)
    for s in [
        "Intestatario / Bill to",
        "Hendrik Maas",
        "Lindenlaan 12",
        "3723 BC Bilthoven (NL)",
        "Patente NL 5123498876",
    ]:
        d.text(L + 3 * mm, y, s, "DVB" if s.startswith("Int") else "DV", 8)
        y += 5 * mm
    y = 60 * mm
    d.rect(106 * mm, y - 5 * mm, R - 106 * mm, 29 * mm, color=GREY)
    veh = [
        ("Veicolo", "Fiat Tipo SW 1.6 MJ - GK 482 TR"),
        ("Ritiro", "08/05/2026 10:15 Catania Aeroporto"),
        ("Riconsegna", "14/05/2026 09:40 Catania Aeroporto"),
        ("Km uscita / rientro", "23.418 / 24.102 (684 km)"),
        ("Carburante", "uscita 8/8 - rientro 5/8"),
    ]
    for k, v in veh:
        d.text(109 * mm, y, k, "DV", 7)
        d.text(R - 2 * mm, y, v, "DV", 7.5, "r")
        y += 5 * mm
    spec = [
        ("Noleggio gruppo C - tariffa giornaliera", "giorni", 6, "38.50"),
        ("Super CDW - riduzione franchigia", "giorni", 6, "14.90"),
        ("Secondo conducente", "giorni", 6, "6.00"),
        ("Seggiolino bambino", "giorni", 6, "5.50"),
        ("Rifornimento carburante mancante", "litri", 18, "2.35"),
        ("Oneri di servizio rifornimento", "", 1, "25.00"),
        ("Oneri aeroportuali 16% su noleggio", "", 1, "36.96"),
    ]
    rows = [(s, u_, D(n), D(p), q(D(n) * D(p))) for s, u_, n, p in spec]
    net = sum(a for *_, a in rows)
    iva = q(net * D("0.22"))
    total = net + iva
    cols = [(92 * mm, "l"), (18 * mm, "c"), (16 * mm, "r"), (25 * mm, "r"), (29 * mm, "r")]
    fr = [[s, u_, str(n), de(p), de(a)] for s, u_, n, p, a in rows]
    y = d.table(
        L,
        100 * mm,
        cols,
        fr,
        "DV",
        8,
        6 * mm,
        ["Descrizione", "U.M.", "Q.tà", "Prezzo €", "Importo €"],
        "DVB",
        HexColor("#F3D3D8"),
        None,
        None,
        HexColor("#F7F7F7"),
    )
    y += 6 * mm
    for k, v in [
        ("Imponibile", de(net)),
        ("IVA 22%", de(iva)),
        ("Totale fattura EUR", de(total)),
        ("Pagato con VISA ****4471 il 14/05/2026", de(total)),
        ("Saldo", "0,00"),
    ]:
        f = "DVB" if k.startswith("Totale") else "DV"
        d.text(150 * mm, y, k, f, 9, "r")
        d.text(R, y, v, f, 9, "r")
        y += 5.5 * mm
    y += 6 * mm
    d.para(
        L,
        y,
        "Deposito cauzionale di € 800,00 pre-autorizzato sulla carta il 08/05/2026 e rilasciato alla riconsegna. Eventuali multe o pedaggi notificati successivamente saranno addebitati con fattura separata maggiorata di € 30,00 per gestione pratica.",
        R - L,
        "DV",
        7.5,
    )
    d.text(
        W / 2,
        285 * mm,
        "Documento emesso ai sensi del DPR 633/72 - copia di cortesia, l'originale è trasmesso tramite SdI.",
        "DV",
        7,
        "c",
        GREY,
    )
    items = [item(s, n, p, a) for s, u_, n, p, a in rows]
    t = truth(
        "FT/2026/00871",
        "2026-05-14",
        None,
        vendor,
        net,
        iva,
        total,
        "EUR",
        "it-IT",
        "invoice",
        "invoice",
        items,
        "Colour scan; many numbers (invoice, RA contract, booking, customer, odometer 23.418/24.102 with dot thousands); deposit € 800,00 pre-authorised and released is not the total; paid-by-card line repeats the total; no due date.",
    )
    return d, t


@register("pdf", "pdf")
def i06(r):
    """SG hotel group tax invoice: folio lines, service charge 10% (net) then GST 9%."""
    d = Doc("i06", A4)
    W, _ = A4
    L, R = 20 * mm, W - 20 * mm
    vendor = "Straits Heritage Hotels Pte. Ltd."
    gold = HexColor("#9C7A3C")
    d.circle(W / 2, 20 * mm, 8 * mm, stroke=1, fill=0, color=gold, lw=1.2)
    d.text(W / 2, 22.5 * mm, "KQ", "DVSB", 14, "c", gold)
    d.text(W / 2, 36 * mm, "THE KEPPEL QUAY", "DVS", 16, "c")
    d.text(W / 2, 41 * mm, "A STRAITS HERITAGE HOTEL", "DV", 7, "c", gold)
    d.text(
        W / 2, 46 * mm, "88 Keppel Road, Singapore 089055  ·  +65 6224 8800", "DV", 7.5, "c", GREY
    )
    d.text(L, 60 * mm, "TAX INVOICE", "DVB", 12)
    y = 68 * mm
    left = [
        ("Guest", "Mr Tobias Lindqvist"),
        ("Company", "Nordvik Shipping AB"),
        ("Address", "Skeppsbron 22, 111 30 Stockholm"),
        ("Room", "1207 - Deluxe Harbour King"),
        ("Rate code", "CORP-NVK"),
    ]
    right = [
        ("Tax invoice no.", "KQ-TI-26-004413"),
        ("Folio no.", "88214"),
        ("Invoice date", "18/03/2026"),
        ("Arrival", "15/03/2026"),
        ("Departure", "18/03/2026"),
    ]
    for (k1, v1), (k2, v2) in zip(left, right, strict=True):
        d.text(L, y, k1, "DV", 7.5, color=GREY)
        d.text(L + 20 * mm, y, v1, "DV", 8)
        d.text(120 * mm, y, k2, "DV", 7.5, color=GREY)
        d.text(R, y, v2, "DV", 8, "r")
        y += 4.6 * mm
    spec = [
        ("15/03/2026", "Room charge", 1, "320.00"),
        ("15/03/2026", "Quay Bar", 1, "46.00"),
        ("16/03/2026", "Room charge", 1, "320.00"),
        ("16/03/2026", "Breakfast - Harbour Cafe", 1, "38.00"),
        ("16/03/2026", "Laundry - express", 1, "27.50"),
        ("17/03/2026", "Room charge", 1, "320.00"),
        ("17/03/2026", "In-room dining", 1, "64.80"),
        ("17/03/2026", "Minibar", 1, "18.00"),
    ]
    rows = [(dt, s, D(n), D(p), q(D(n) * D(p))) for dt, s, n, p in spec]
    sub = sum(a for *_, a in rows)
    svc = q(sub * D("0.10"))
    gst = q((sub + svc) * D("0.09"))
    total = sub + svc + gst
    cols = [(28 * mm, "l"), (92 * mm, "l"), (50 * mm, "r")]
    fr = [[dt, s, en(a)] for dt, s, n, p, a in rows]
    y = d.table(
        L,
        100 * mm,
        cols,
        fr,
        "DV",
        8,
        5.6 * mm,
        ["Date", "Description", "Amount (SGD)"],
        "DVB",
        HexColor("#F1EBDD"),
        None,
        gold,
    )
    y += 4 * mm
    for k, v in [
        ("Sub-total", en(sub)),
        ("Service charge 10%", en(svc)),
        ("GST 9%", en(gst)),
        ("Total (SGD)", en(total)),
        ("Visa ****2290  18/03/2026", "-" + en(total)),
        ("Balance", "0.00"),
    ]:
        f = "DVB" if k.startswith("Total") else "DV"
        d.text(150 * mm, y, k, f, 8.5, "r")
        d.text(R, y, v, f, 8.5, "r")
        y += 5 * mm
    y += 8 * mm
    d.para(
        L,
        y,
        "Service charge is not a tax and is retained by the hotel. Prices are subject to 10% service charge and prevailing GST. I agree that my liability for this bill is not waived and I agree to be held personally liable in the event that the indicated person, company or association fails to pay any part or the full amount of these charges.",
        R - L,
        "DV",
        7.2,
    )
    d.line(L, 272 * mm, R, 272 * mm, 0.4, gold)
    d.text(
        W / 2,
        277 * mm,
        "Straits Heritage Hotels Pte. Ltd.  ·  UEN / GST Reg. No. 201812345K",
        "DV",
        7,
        "c",
    )
    d.text(
        W / 2,
        281 * mm,
        "The Keppel Quay  ·  The Tanjong Rooms  ·  Duxton Row House",
        "DVI",
        7,
        "c",
        gold,
    )
    items = [item(s, n, p, a) for dt, s, n, p, a in rows]
    t = truth(
        "KQ-TI-26-004413",
        "2026-03-18",
        None,
        vendor,
        sub + svc,
        gst,
        total,
        "SGD",
        "en-SG",
        "invoice",
        "invoice",
        items,
        "Hotel brand wordmark differs from the legal seller in the footer; tax invoice no. vs folio no.; 10% service charge is not a tax (part of net), GST 9% on sub-total + service; payment line printed negative; arrival/departure dates near the invoice date.",
    )
    return d, t


@register("pdf", "pdf")
def i07(r):
    """CH printing works: apostrophe thousands, discount, MWST 8.1%, Rappen rounding, QR-bill slip."""
    d = Doc("i07", A4)
    W, _ = A4
    L, R = 20 * mm, W - 18 * mm
    vendor = "Offsetdruck Lindenmann AG"
    for i, col in enumerate(["#00A0E3", "#E5007E", "#FFE500", "#1D1D1B"]):
        d.rect(L + i * 5 * mm, 14 * mm, 4 * mm, 12 * mm, stroke=0, fill=1, fillcolor=HexColor(col))
    d.text(L + 23 * mm, 22 * mm, "Lindenmann", "DVSB", 18)
    d.text(
        L + 23 * mm, 27 * mm, "Offsetdruck · Digitaldruck · Weiterverarbeitung", "DV", 7, color=GREY
    )
    d.text(
        L,
        38 * mm,
        "Offsetdruck Lindenmann AG · Tössfeldstrasse 48 · 8406 Winterthur",
        "DV",
        6.5,
        color=GREY,
    )
    y = 44 * mm
    for s in [
        "Stiftung Kunsthaus Thurgau",
        "Frau Andrea Keller",
        "Bahnhofstrasse 15",
        "8500 Frauenfeld",
    ]:
        d.text(L, y, s, "DV", 9.5)
        y += 4.8 * mm
    y = 44 * mm
    for k, v in [
        ("Rechnung Nr.", "26-10377"),
        ("Datum", "22.04.2026"),
        ("Auftrag", "A-26-0841"),
        ("Kunden-Nr.", "K-4471"),
        ("Zahlbar bis", "22.05.2026"),
    ]:
        d.text(128 * mm, y, k, "DV", 8)
        d.text(R, y, v, "DV", 8, "r")
        y += 4.5 * mm
    d.text(L, 74 * mm, "Rechnung", "DVB", 15)
    d.text(L, 80 * mm, "Jahresbericht 2025 - Ihre Bestellung vom 12.03.2026", "DV", 9)
    spec = [
        ("Jahresbericht A4, 48 Seiten, 4/4-farbig, 150 g/m² Profibulk matt", "1", "8940.00"),
        ("Umschlag 300 g/m², Softtouch-Kaschierung", "1500", "0.42"),
        ("Klebebindung PUR", "1500", "0.68"),
        ("Gestaltungskorrekturen nach Aufwand (Std.)", "3.5", "125.00"),
        ("Proof / Gut zum Druck", "2", "45.00"),
        ("Verpackung und Lieferung Frauenfeld", "1", "180.00"),
    ]
    rows = [(s, D(n), D(p), q(D(n) * D(p))) for s, n, p in spec]
    sub = sum(a for *_, a in rows)
    disc = -q(sub * D("0.05"))
    net = sub + disc
    mwst = q(net * D("0.081"))
    raw = net + mwst
    total = (raw / D("0.05")).quantize(D(1), ROUND_HALF_UP) * D("0.05")
    rnd = total - raw
    cols = [(104 * mm, "l"), (18 * mm, "r"), (22 * mm, "r"), (28 * mm, "r")]
    fr = [[s, ch(n) if n % 1 else fmt(n, ".", "'", 0), ch(p), ch(a)] for s, n, p, a in rows]
    y = d.table(
        L,
        90 * mm,
        cols,
        fr,
        "DV",
        8,
        5.8 * mm,
        ["Bezeichnung", "Menge", "Preis", "Betrag CHF"],
        "DVB",
        None,
        None,
        HexColor("#999999"),
    )
    y += 3 * mm
    X = 160 * mm
    for k, v in [
        ("Zwischentotal", ch(sub)),
        ("Rabatt 5 %", ch(disc)),
        ("Total exkl. MWST", ch(net)),
        ("MWST 8,1 %", ch(mwst)),
        ("Rundung", ch(rnd)),
        ("Total CHF", ch(total)),
    ]:
        f = "DVB" if k == "Total CHF" else "DV"
        d.text(X, y, k, f, 9, "r")
        d.text(R, y, v, f, 9, "r")
        y += 5 * mm
    d.text(L, y + 4 * mm, "Zahlbar innert 30 Tagen netto. MWST-Nr. CHE-109.822.417 MWST", "DV", 8)
    # QR-bill slip
    ys = 192 * mm
    d.line(0, ys, W, ys, 0.5, black, [3, 2])
    d.line(62 * mm, ys, 62 * mm, A4[1], 0.5, black, [3, 2])
    d.text(5 * mm, ys + 8 * mm, "Empfangsschein", "DVB", 11)
    d.text(67 * mm, ys + 8 * mm, "Zahlteil", "DVB", 11)
    d.qr(67 * mm, ys + 14 * mm, 46 * mm, "i07", 33)
    d.rect(
        67 * mm + 20 * mm,
        ys + 34 * mm,
        6 * mm,
        6 * mm,
        stroke=1,
        fill=1,
        color=white,
        fillcolor=black,
    )
    iban = "CH44 3000 0001 8400 2153 7"
    ref = "21 00000 00003 13947 14300 09017"
    yy = ys + 15 * mm
    for k, v in [
        ("Konto / Zahlbar an", iban),
        ("", "Offsetdruck Lindenmann AG"),
        ("", "Tössfeldstrasse 48, 8406 Winterthur"),
        ("Referenz", ref),
        ("Zahlbar durch", "Stiftung Kunsthaus Thurgau"),
    ]:
        if k:
            d.text(118 * mm, yy, k, "DVB", 6.5)
            yy += 3.5 * mm
        d.text(118 * mm, yy, v, "DV", 8)
        yy += 4 * mm
    yy = ys + 15 * mm
    for s in [
        "Konto / Zahlbar an",
        iban,
        "Offsetdruck Lindenmann AG",
        "8406 Winterthur",
        "Referenz",
        ref[:17],
        ref[18:],
    ]:
        d.text(5 * mm, yy, s, "DVB" if s[0].isalpha() and s[:2] in ("Ko", "Re") else "DV", 7)
        yy += 3.8 * mm
    d.text(5 * mm, ys + 62 * mm, "Währung  Betrag", "DVB", 6.5)
    d.text(5 * mm, ys + 66 * mm, "CHF        " + fmt(total, ".", " "), "DV", 8)
    d.text(67 * mm, ys + 70 * mm, "Währung  Betrag", "DVB", 6.5)
    d.text(67 * mm, ys + 75 * mm, "CHF        " + fmt(total, ".", " "), "DV", 9)
    items = [item(s, n, p, a) for s, n, p, a in rows] + [item("Rabatt 5 %", 1, disc, disc)]
    t = truth(
        "26-10377",
        "2026-04-22",
        "2026-05-22",
        vendor,
        net,
        mwst,
        total,
        "CHF",
        "de-CH",
        "invoice",
        "invoice",
        items,
        "Apostrophe thousands (10'843.50); 5% discount line; MWST 8,1 %; 5-Rappen rounding line; Swiss QR-bill slip repeats the amount with space thousands and a long QR reference; order/customer numbers.",
        rounding=rnd,
    )
    return d, t


@register("scan", "pdf", dpi=200, grey=True, skew=1.1, blur=0.8, noise=7, specks=120)
def i08(r):
    """BE cleaning company monthly contract invoice (French), structured communication, TVA 21%."""
    d = Doc("i08", A4)
    W, _ = A4
    L, R = 20 * mm, W - 20 * mm
    vendor = "Net & Propre SRL"
    green = HexColor("#2E8B57")
    for i in range(3):
        d.circle(
            L + 6 * mm + i * 4 * mm,
            20 * mm - i * 2 * mm,
            (3 - i * 0.6) * mm,
            stroke=0,
            fill=1,
            fillcolor=green,
        )
    d.text(L + 22 * mm, 22 * mm, "Net & Propre", "DVSB", 17, color=green)
    d.text(L + 22 * mm, 27 * mm, "Nettoyage professionnel depuis 1998", "DVSI", 8)
    y = 14 * mm
    for s in [
        "Net & Propre SRL",
        "Chaussée de Mons 1120",
        "1070 Anderlecht",
        "TVA BE 0712.345.678",
        "RPM Bruxelles",
    ]:
        d.text(R, y, s, "DV", 7.5, "r")
        y += 3.6 * mm
    y = 50 * mm
    d.rect(110 * mm, y - 6 * mm, R - 110 * mm, 30 * mm, color=black, lw=0.4)
    for s in [
        "Cabinet Fiduciaire Delvaux SRL",
        "À l'attention de M. Luc Delvaux",
        "Avenue Louise 367, boîte 4",
        "1050 Bruxelles",
        "TVA BE 0448.102.993",
    ]:
        d.text(114 * mm, y, s, "DV", 8.5)
        y += 5 * mm
    y = 50 * mm
    for k, v in [
        ("FACTURE N°", "2026/0412"),
        ("Date de facture", "31/03/2026"),
        ("Échéance", "30/04/2026"),
        ("Client n°", "DEL-0093"),
        ("Contrat", "CE-2023-118"),
    ]:
        d.text(L, y, k, "DVB" if k.startswith("FACT") else "DV", 9 if k.startswith("FACT") else 8)
        d.text(
            L + 32 * mm,
            y,
            v,
            "DVB" if k.startswith("FACT") else "DV",
            9 if k.startswith("FACT") else 8,
        )
        y += 5 * mm
    d.text(L, 90 * mm, "Objet : contrat d'entretien - prestations du mois de mars 2026", "DVB", 9)
    spec = [
        ("Entretien des bureaux, forfait mensuel (5 j/sem.)", "1", "1840.00"),
        ("Nettoyage des vitres intérieur/extérieur (trimestriel)", "1", "420.00"),
        ("Produits sanitaires et consommables", "1", "96.50"),
        ("Intervention urgente du 12/03 (dégât des eaux), heures", "2.5", "38.00"),
        ("Déplacement intervention urgente", "1", "25.00"),
    ]
    rows = [(s, D(n), D(p), q(D(n) * D(p))) for s, n, p in spec]
    net = sum(a for *_, a in rows)
    tva = q(net * D("0.21"))
    total = net + tva
    cols = [(100 * mm, "l"), (16 * mm, "r"), (26 * mm, "r"), (28 * mm, "r")]
    fr = [[s, de(n) if n % 1 else str(n), de(p), de(a)] for s, n, p, a in rows]
    y = d.table(
        L,
        100 * mm,
        cols,
        fr,
        "DV",
        8.5,
        7 * mm,
        ["Description", "Qté", "P.U. HTVA", "Total HTVA"],
        "DVB",
        LGREY,
        None,
        black,
    )
    y += 6 * mm
    for k, v in [
        ("Total HTVA", de(net) + " €"),
        ("TVA 21 %", de(tva) + " €"),
        ("Total TVAC", de(total) + " €"),
    ]:
        f = "DVB" if k == "Total TVAC" else "DV"
        d.text(160 * mm, y, k, f, 9.5, "r")
        d.text(R, y, v, f, 9.5, "r")
        y += 6 * mm
    y += 8 * mm
    d.rect(L, y, R - L, 20 * mm, color=black, lw=0.4)
    d.text(
        L + 4 * mm,
        y + 6 * mm,
        "Merci de verser le montant de " + de(total) + " € avant le 30/04/2026 sur le compte",
        "DV",
        8.5,
    )
    d.text(
        L + 4 * mm,
        y + 11 * mm,
        "BE68 5390 0754 7034 (BIC BBRUBEBB) avec la communication structurée :",
        "DV",
        8.5,
    )
    d.text(L + 4 * mm, y + 17 * mm, "+++090/4127/33586+++", "DVMB", 11)
    d.text(
        W / 2,
        282 * mm,
        "Conditions générales au verso. Tout retard de paiement entraîne de plein droit un intérêt de 8 % l'an et une indemnité forfaitaire de 10 %.",
        "DV",
        6.5,
        "c",
    )
    items = [item(s, n, p, a) for s, n, p, a in rows]
    t = truth(
        "2026/0412",
        "2026-03-31",
        "2026-04-30",
        vendor,
        net,
        tva,
        total,
        "EUR",
        "fr-BE",
        "invoice",
        "invoice",
        items,
        "Image-only PDF scan; monthly contract with contract and client numbers; 'HTVA/TVAC' labels; structured communication +++090/4127/33586+++ looks like a number; customer block in a box with its own VAT number.",
    )
    return d, t


@register("scan", "png", dpi=160, grey=True, skew=-1.7, blur=0.6, noise=5, specks=50)
def i09(r):
    """US veterinary hospital (Idaho): services untaxed, products taxed 6%, paid at checkout."""
    d = Doc("i09", letter)
    W, _ = letter
    L, R = 0.7 * 72, W - 0.7 * 72
    vendor = "Cedar Ridge Animal Hospital"
    teal = HexColor("#1F6F78")
    d.circle(L + 8 * mm, 20 * mm, 8 * mm, stroke=0, fill=1, fillcolor=teal)
    for dx, dy in [(-3.2, -2.6), (0, -4), (3.2, -2.6)]:
        d.circle(
            L + 8 * mm + dx * mm, 20 * mm + dy * mm, 1.5 * mm, stroke=0, fill=1, fillcolor=white
        )
    d.circle(L + 8 * mm, 22 * mm, 2.8 * mm, stroke=0, fill=1, fillcolor=white)
    d.text(L + 20 * mm, 19 * mm, "Cedar Ridge Animal Hospital", "Helvetica-Bold", 15, color=teal)
    d.text(
        L + 20 * mm,
        25 * mm,
        "4417 W Overland Rd, Boise, ID 83705  |  (208) 555-0147",
        "Helvetica",
        8,
    )
    y = 40 * mm
    for k, v in [
        ("Invoice #", "118-40271"),
        ("Date", "01/27/2026"),
        ("Client ID", "C-22814"),
        ("Doctor", "A. Ramirez, DVM"),
    ]:
        d.text(140 * mm, y, k, "Helvetica", 8.5)
        d.text(R, y, v, "Helvetica-Bold", 8.5, "r")
        y += 4.6 * mm
    y = 40 * mm
    for s in ["Karen Holt", "2210 N 19th St", "Boise, ID 83702"]:
        d.text(L, y, s, "Helvetica", 9)
        y += 4.6 * mm
    d.text(
        L,
        58 * mm,
        "Patient: Biscuit  -  Canine, Labrador Retriever, M/N, 6 yrs, 31.4 kg",
        "Helvetica-Bold",
        9,
    )
    spec = [
        ("Comprehensive exam", 1, "68.00", ""),
        ("Rabies vaccine - 3 year", 1, "32.00", ""),
        ("DHPP vaccine", 1, "38.50", ""),
        ("Fecal flotation (in-house)", 1, "42.00", ""),
        ("Heartgard Plus 51-100 lb, 6 doses", 1, "59.99", "T"),
        ("Hill's Science Diet Adult 30 lb", 1, "74.99", "T"),
        ("Nail trim", 1, "18.00", ""),
    ]
    rows = [(s, D(n), D(p), q(D(n) * D(p)), t_) for s, n, p, t_ in spec]
    sub = sum(a for s, n, p, a, t_ in rows)
    taxable = sum(a for s, n, p, a, t_ in rows if t_)
    tax = q(taxable * D("0.06"))
    total = sub + tax
    cols = [(110 * mm, "l"), (14 * mm, "r"), (24 * mm, "r"), (10 * mm, "c"), (26 * mm, "r")]
    fr = [[s, str(n), en(p), t_, en(a)] for s, n, p, a, t_ in rows]
    y = d.table(
        L,
        70 * mm,
        cols,
        fr,
        "Helvetica",
        8.5,
        6 * mm,
        ["Description", "Qty", "Price", "Tax", "Total"],
        "Helvetica-Bold",
        None,
        None,
        teal,
    )
    y += 4 * mm
    for k, v in [
        ("Subtotal", "$" + en(sub)),
        ("ID sales tax 6.0% (on $" + en(taxable) + ")", "$" + en(tax)),
        ("Invoice total", "$" + en(total)),
        ("Mastercard ****6025", "-$" + en(total)),
        ("Balance due", "$0.00"),
    ]:
        f = "Helvetica-Bold" if k in ("Invoice total", "Balance due") else "Helvetica"
        d.text(165 * mm, y, k, f, 9, "r")
        d.text(R, y, v, f, 9, "r")
        y += 5.2 * mm
    y += 8 * mm
    d.text(L, y, "Reminders", "Helvetica-Bold", 9)
    for s in [
        "DHPP booster due 01/27/2027",
        "Rabies due 01/27/2029",
        "Next heartworm test due 01/2027",
    ]:
        y += 5 * mm
        d.text(L + 4 * mm, y, s, "Helvetica", 8.5)
    d.text(
        W / 2,
        262 * mm,
        "Thank you for trusting us with Biscuit's care!  Payment is due at time of service.",
        "Helvetica-Oblique",
        8.5,
        "c",
    )
    items = [item(s, n, p, a) for s, n, p, a, t_ in rows]
    t = truth(
        "118-40271",
        "2026-01-27",
        None,
        vendor,
        sub,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items,
        "US Letter scan; services untaxed, products flagged T and taxed 6%; tax line mentions the taxable base; 'Balance due $0.00' after card payment; reminder dates in 2027/2029 are not due dates.",
    )
    return d, t


@register("scan", "png", dpi=180, grey=False, skew=0.6, blur=0.6, noise=4, specks=40)
def i10(r):
    """PL agricultural supplier Faktura VAT: seller/buyer blocks, 8% and 23% VAT, summary by rate."""
    d = Doc("i10", A4)
    W, _ = A4
    L, R = 14 * mm, W - 14 * mm
    vendor = "Agro-Serwis Mazury Sp. z o.o."
    d.text(L, 18 * mm, "AGRO-SERWIS", "DVCB", 16, color=HexColor("#3C7A1E"))
    d.text(L, 23 * mm, "MAZURY  ·  nawozy · nasiona · części", "DVC", 8, color=HexColor("#3C7A1E"))
    d.text(R, 16 * mm, "Miejsce wystawienia: Olsztyn", "DV", 8, "r")
    d.text(R, 20 * mm, "Data wystawienia: 12.03.2026", "DV", 8, "r")
    d.text(R, 24 * mm, "Data sprzedaży: 12.03.2026", "DV", 8, "r")
    d.text(W / 2, 36 * mm, "Faktura VAT nr FV/1243/03/2026", "DVB", 13, "c")
    d.text(W / 2, 41 * mm, "ORYGINAŁ", "DV", 8, "c")
    for x, head, rows_ in [
        (
            L,
            "Sprzedawca:",
            [
                "Agro-Serwis Mazury Sp. z o.o.",
                "ul. Lubelska 44",
                "10-408 Olsztyn",
                "NIP 739-384-22-17",
                "BDO 000123456",
            ],
        ),
        (
            110 * mm,
            "Nabywca:",
            [
                "Gospodarstwo Rolne Jan Kowalczyk",
                "Bałcyny 17",
                "14-100 Ostróda",
                "NIP 741-198-55-03",
            ],
        ),
    ]:
        d.text(x, 50 * mm, head, "DVB", 8.5)
        for i, s in enumerate(rows_):
            d.text(x, 55 * mm + i * 4.3 * mm, s, "DV", 8.5)
    spec = [
        ("Saletra amonowa 34% (big bag 500 kg)", "t", "6", "2150.00", 8),
        ("Polifoska 6 (worek 50 kg)", "t", "3.5", "2890.00", 8),
        ("Kwalifikowany materiał siewny - pszenica ozima", "kg", "850", "3.40", 8),
        ("Łożysko 6206-2RS do siewnika", "szt.", "4", "38.50", 23),
        ("Olej hydrauliczny HV46, 20 l", "szt.", "2", "214.00", 23),
        ("Transport na gospodarstwo", "usł.", "1", "320.00", 23),
    ]
    rows = []
    for s, jm, n, p, v in spec:
        net = q(D(n) * D(p))
        rows.append((s, jm, D(n), D(p), net, v, q(net * v / 100)))
    cols = [
        (8 * mm, "r"),
        (62 * mm, "l"),
        (10 * mm, "c"),
        (13 * mm, "r"),
        (18 * mm, "r"),
        (22 * mm, "r"),
        (10 * mm, "r"),
        (18 * mm, "r"),
        (21 * mm, "r"),
    ]
    fr = [
        [str(i + 1), s, jm, sp(n) if n % 1 else str(n), sp(p), sp(a), f"{v}%", sp(t_), sp(a + t_)]
        for i, (s, jm, n, p, a, v, t_) in enumerate(rows)
    ]
    y = d.table(
        L,
        82 * mm,
        cols,
        fr,
        "DVC",
        7.2,
        5.5 * mm,
        [
            "Lp.",
            "Nazwa towaru / usługi",
            "J.m.",
            "Ilość",
            "Cena netto",
            "Wartość netto",
            "VAT",
            "Kwota VAT",
            "Brutto",
        ],
        "DVCB",
        LGREY,
        None,
        GREY,
    )
    y += 5 * mm
    by = {}
    for *_, a, v, t_ in rows:
        n0, t0 = by.get(v, (D(0), D(0)))
        by[v] = (n0 + a, t0 + t_)
    net = sum(v[0] for v in by.values())
    vat = sum(v[1] for v in by.values())
    total = net + vat
    sumrows = [["Razem", sp(net), "", sp(vat), sp(total)]] + [
        ["w tym", sp(a), f"{v}%", sp(t_), sp(a + t_)] for v, (a, t_) in sorted(by.items())
    ]
    d.table(
        L + 72 * mm,
        y,
        [(21 * mm, "l"), (22 * mm, "r"), (10 * mm, "r"), (18 * mm, "r"), (21 * mm, "r")],
        sumrows,
        "DVC",
        7.5,
        5 * mm,
    )
    y += 22 * mm
    d.text(L, y, "Do zapłaty: " + sp(total) + " PLN", "DVB", 12)
    d.text(
        L, y + 6 * mm, "Sposób płatności: przelew, termin płatności: 26.03.2026 (14 dni)", "DV", 8.5
    )
    d.text(L, y + 11 * mm, "Nr konta: PKO BP 12 1020 3541 0000 5402 0123 4567", "DV", 8.5)
    d.text(L, y + 16 * mm, "Mechanizm podzielonej płatności nie dotyczy.", "DV", 8.5)
    d.line(L, 265 * mm, 80 * mm, 265 * mm, 0.4, black, [1, 1])
    d.line(130 * mm, 265 * mm, R, 265 * mm, 0.4, black, [1, 1])
    d.text(47 * mm, 269 * mm, "podpis osoby upoważnionej do odbioru", "DV", 6.5, "c")
    d.text(163 * mm, 269 * mm, "podpis osoby upoważnionej do wystawienia", "DV", 6.5, "c")
    items = [item(s, n, p, a) for s, jm, n, p, a, v, t_ in rows]
    t = truth(
        "FV/1243/03/2026",
        "2026-03-12",
        "2026-03-26",
        vendor,
        net,
        vat,
        total,
        "PLN",
        "pl-PL",
        "invoice",
        "invoice",
        items,
        "Polish Faktura VAT with Sprzedawca/Nabywca side by side (buyer is also a company-like name with NIP); two VAT rates (8% fertiliser/seed, 23% parts) with a 'Razem / w tym' summary; space thousands; quantities in tonnes with decimal comma.",
    )
    return d, t


@register("pdf", "pdf")
def i11(r):
    """IN software licence renewal: GSTIN, SAC, IGST 18%, lakh grouping, 2 pages (T&C, licence keys)."""
    d = Doc("i11", A4)
    W, _ = A4
    L, R = 15 * mm, W - 15 * mm
    vendor = "Kaveri Cloudworks Private Limited"
    blue = HexColor("#243B8A")
    d.rect(L, 12 * mm, R - L, 24 * mm, color=blue, lw=1)
    d.text(L + 4 * mm, 21 * mm, "KAVERI CLOUDWORKS PRIVATE LIMITED", "DVB", 12, color=blue)
    d.text(
        L + 4 * mm,
        26 * mm,
        "No. 41, 3rd Floor, Outer Ring Road, Bellandur, Bengaluru 560103, Karnataka",
        "DV",
        7.5,
    )
    d.text(
        L + 4 * mm,
        31 * mm,
        "GSTIN 29AAHCK4821M1Z6  ·  PAN AAHCK4821M  ·  CIN U72900KA2016PTC094417",
        "DV",
        7.5,
    )
    d.text(W / 2, 44 * mm, "TAX INVOICE", "DVB", 12, "c")
    d.text(R, 44 * mm, "Original for Recipient", "DVI", 7, "r")
    y = 52 * mm
    for k, v in [
        ("Invoice No.", "KCW/26-27/0193"),
        ("Invoice Date", "09-Apr-2026"),
        ("Due Date", "09-May-2026"),
        ("PO Ref.", "SPL/IT/PO/2026/118"),
        ("Place of Supply", "Maharashtra (27)"),
    ]:
        d.text(125 * mm, y, k, "DV", 8)
        d.text(R, y, v, "DVB", 8, "r")
        y += 4.4 * mm
    y = 52 * mm
    d.text(L, y, "Bill To", "DVB", 8)
    for s in [
        "Sahyadri Polymers Ltd.",
        "Plot D-12, MIDC Chakan Phase II",
        "Pune 410501, Maharashtra",
        "GSTIN 27AACCS7712P1Z2",
    ]:
        y += 4.4 * mm
        d.text(L, y, s, "DV", 8)
    spec = [
        (
            "Ledgerline ERP Enterprise - annual subscription, 45 named users (10-Apr-2026 to 09-Apr-2027)",
            "997331",
            "45",
            "14400.00",
        ),
        ("Premium support add-on (24x7, 2h response)", "997331", "1", "120000.00"),
        ("Additional storage 500 GB block", "997331", "2", "18000.00"),
        ("Loyalty discount 10% on subscription", "", "1", "-64800.00"),
    ]
    rows = [(s, sac, D(n), D(p), q(D(n) * D(p))) for s, sac, n, p in spec]
    net = sum(a for *_, a in rows)
    igst = q(net * D("0.18"))
    total = net + igst
    assert total == D("872256.00")  # the amount in words below
    ind = lambda v: fmt(v, ".", ",", 2, True)  # noqa: E731
    cols = [
        (10 * mm, "c"),
        (88 * mm, "l"),
        (18 * mm, "c"),
        (12 * mm, "r"),
        (24 * mm, "r"),
        (28 * mm, "r"),
    ]
    fr = [
        [str(i + 1), [s[:58], s[58:].strip()] if len(s) > 58 else s, sac, str(n), ind(p), ind(a)]
        for i, (s, sac, n, p, a) in enumerate(rows)
    ]
    y = d.table(
        L,
        80 * mm,
        cols,
        fr,
        "DV",
        7.5,
        5 * mm,
        ["#", "Description", "SAC", "Qty", "Rate (₹)", "Amount (₹)"],
        "DVB",
        HexColor("#E3E8F6"),
        None,
        blue,
    )
    y += 4 * mm
    for k, v in [
        ("Taxable Value", ind(net)),
        ("IGST @ 18%", ind(igst)),
        ("CGST", "-"),
        ("SGST", "-"),
        ("Invoice Total (₹)", ind(total)),
    ]:
        f = "DVB" if k.startswith("Invoice") else "DV"
        d.text(160 * mm, y, k, f, 8.5, "r")
        d.text(R, y, v, f, 8.5, "r")
        y += 5 * mm
    y += 3 * mm
    d.para(
        L,
        y,
        "Amount in words: Rupees Eight Lakh Seventy-Two Thousand Two Hundred Fifty-Six Only",
        R - L,
        "DVI",
        8,
    )
    y += 12 * mm
    d.text(
        L, y, "Bank: HDFC Bank, Bellandur Branch · A/c 50200041188723 · IFSC HDFC0001288", "DV", 8
    )
    d.text(L, y + 5 * mm, "Whether tax is payable on reverse charge: No", "DV", 8)
    d.text(R, 262 * mm, "For Kaveri Cloudworks Private Limited", "DV", 8, "r")
    d.text(R, 276 * mm, "Authorised Signatory", "DV", 8, "r")
    d.text(W / 2, 287 * mm, "Page 1 of 2", "DV", 7, "c", GREY)
    d.new_page()
    d.text(L, 20 * mm, "Invoice KCW/26-27/0193 - Licence schedule and terms", "DVB", 10)
    keys = [
        ["LL-ENT-45U", "KCW-7Q2M-88XD-4HPL-29TA", "10-Apr-2026", "09-Apr-2027"],
        ["LL-SUP-PRM", "KCW-PS-0193-26", "10-Apr-2026", "09-Apr-2027"],
        ["LL-STO-500", "KCW-ST-4471-A / B", "10-Apr-2026", "09-Apr-2027"],
    ]
    y = d.table(
        L,
        32 * mm,
        [(35 * mm, "l"), (70 * mm, "l"), (35 * mm, "l"), (35 * mm, "l")],
        keys,
        "DVM",
        7.5,
        5.5 * mm,
        ["Module", "Licence key", "Valid from", "Valid to"],
        "DVB",
        None,
        None,
        GREY,
    )
    terms = [
        "1. Payment is due within 30 days of the invoice date. Interest at 18% p.a. applies to overdue amounts.",
        "2. Subscription renews automatically for 12 months unless cancelled in writing 60 days before the end of term.",
        "3. TDS, if deducted, must be deposited and the certificate (Form 16A) shared within the statutory time.",
        "4. Subject to Bengaluru jurisdiction. E. & O.E.",
    ]
    y += 6 * mm
    for s in terms:
        y = d.para(L, y, s, R - L, "DV", 8) + 2 * mm
    d.text(W / 2, 287 * mm, "Page 2 of 2", "DV", 7, "c", GREY)
    items = [item(s, n, p, a) for s, sac, n, p, a in rows]
    t = truth(
        "KCW/26-27/0193",
        "2026-04-09",
        "2026-05-09",
        vendor,
        net,
        igst,
        total,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        items,
        "Indian lakh grouping (6,48,000.00); IGST 18% with empty CGST/SGST lines; negative discount line; financial-year style invoice number; GSTIN/PAN/CIN and licence keys; amount in words; 2 pages.",
    )
    return d, t


@register("pdf", "pdf")
def i12(r):
    """AU event venue tax invoice: GST 10%, deposit already paid deducted to a balance due."""
    d = Doc("i12", A4)
    W, _ = A4
    L, R = 18 * mm, W - 18 * mm
    vendor = "Harbourlight Pavilion Pty Ltd"
    sea = HexColor("#0B5563")
    d.rect(0, 0, 12 * mm, A4[1], stroke=0, fill=1, fillcolor=sea)
    d.text(L, 24 * mm, "harbourlight", "DVXL", 26, color=sea)
    d.text(L, 31 * mm, "PAVILION  ·  EVENTS  ·  WEDDINGS  ·  CONFERENCES", "DV", 7, color=GREY)
    d.text(R, 20 * mm, "Tax Invoice", "DVB", 16, "r")
    d.text(R, 26 * mm, "ABN 53 612 447 908", "DV", 8, "r")
    y = 44 * mm
    for k, v in [
        ("Invoice", "INV-2026-0588"),
        ("Issued", "20/06/2026"),
        ("Due", "04/07/2026"),
        ("Event", "Sat 27/06/2026, 6 pm - 11 pm"),
        ("Booking", "HLP-B-2291"),
    ]:
        d.text(120 * mm, y, k, "DV", 8.5, color=GREY)
        d.text(R, y, v, "DV", 8.5, "r")
        y += 4.8 * mm
    y = 44 * mm
    for s in [
        "Coastline Bio Pty Ltd",
        "Attn: Priya Natarajan, Events",
        "Level 9, 60 Margaret St",
        "Sydney NSW 2000",
    ]:
        d.text(L, y, s, "DV", 9)
        y += 4.8 * mm
    spec = [
        ("Venue hire - Grand Hall, evening package", "1", "6800.00"),
        ("Three-course dinner", "140", "98.00"),
        ("Beverage package, 4 hours", "140", "55.00"),
        ("AV technician (hours)", "6", "95.00"),
        ("Stage and dance floor set-up", "1", "1250.00"),
        ("Security guards, 2 x 5 hours (hours)", "10", "68.00"),
        ("Cleaning fee", "1", "450.00"),
    ]
    rows = [(s, D(n), D(p), q(D(n) * D(p))) for s, n, p in spec]
    net = sum(a for *_, a in rows)
    gst = q(net * D("0.10"))
    total = net + gst
    dep = D("10000.00")
    cols = [(100 * mm, "l"), (18 * mm, "r"), (24 * mm, "r"), (32 * mm, "r")]
    fr = [[s, str(n), "$" + en(p), "$" + en(a)] for s, n, p, a in rows]
    y = d.table(
        L,
        76 * mm,
        cols,
        fr,
        "DV",
        8.5,
        6.5 * mm,
        ["Description", "Qty", "Unit", "Amount ex GST"],
        "DVB",
        None,
        sea,
        sea,
        HexColor("#EEF5F6"),
    )
    y += 5 * mm
    for k, v in [
        ("Subtotal (ex GST)", en(net)),
        ("GST 10%", en(gst)),
        ("Total (inc GST)", en(total)),
        ("Less deposit received 15/04/2026", "-" + en(dep)),
        ("Balance due AUD", en(total - dep)),
    ]:
        f = "DVB" if k.startswith(("Total", "Balance")) else "DV"
        d.text(160 * mm, y, k, f, 9, "r")
        d.text(R, y, "$" + v if not v.startswith("-") else "-$" + v[1:], f, 9, "r")
        y += 5.5 * mm
    y += 10 * mm
    d.text(L, y, "How to pay", "DVB", 9)
    d.text(
        L,
        y + 5 * mm,
        "EFT: Harbourlight Pavilion Pty Ltd · BSB 062-000 · Account 1044 8821 · Ref INV-2026-0588",
        "DV",
        8,
    )
    d.text(
        L,
        y + 10 * mm,
        "Card payments incur a 1.2% surcharge. Final guest numbers are due 7 days before the event.",
        "DV",
        8,
    )
    d.text(
        L,
        278 * mm,
        "Harbourlight Pavilion · 2 Wharf Rd, Balmain NSW 2041 · events@harbourlight.com.au · 02 9555 0190",
        "DV",
        7,
        color=GREY,
    )
    items = [item(s, n, p, a) for s, n, p, a in rows]
    t = truth(
        "INV-2026-0588",
        "2026-06-20",
        "2026-07-04",
        vendor,
        net,
        gst,
        total,
        "AUD",
        "en-AU",
        "invoice",
        "invoice",
        items,
        "Deposit received is deducted after the GST-inclusive total: key 'Total (inc GST)', not 'Balance due'; event date after invoice date; 140 pax quantities; ABN.",
    )
    return d, t


@register("scan", "png", dpi=200, grey=True, skew=-0.5, blur=0.7, noise=5, specks=70)
def i13(r):
    """JP translation agency (English invoice): yen without decimals, consumption tax 10%, T-number."""
    d = Doc("i13", A4)
    W, _ = A4
    L, R = 22 * mm, W - 22 * mm
    vendor = "Sakura Lingua Translation Co., Ltd."
    pink = HexColor("#B03A5B")
    d.text(W / 2, 24 * mm, "INVOICE", "DVS", 22, "c")
    d.line(W / 2 - 30 * mm, 27 * mm, W / 2 + 30 * mm, 27 * mm, 1.2, pink)
    y = 40 * mm
    for s in [
        "Mitsuwa Pharma K.K.",
        "Regulatory Affairs Dept.",
        "Attn: Ms. Yuko Tanabe",
        "2-7-1 Nihonbashi-Honcho, Chuo-ku, Tokyo 103-0023",
    ]:
        d.text(L, y, s, "DVS", 9.5 if s.startswith("Mit") else 8.5)
        y += 5 * mm
    d.line(L, y - 3 * mm, L + 85 * mm, y - 3 * mm, 0.5)
    y = 40 * mm
    for k, v in [
        ("Invoice No.", "SLT-2605-0213"),
        ("Date", "2026/05/29"),
        ("Payment due", "2026/06/30"),
        ("Project", "P26-118 CTP Protocol v3"),
    ]:
        d.text(125 * mm, y, k, "DVS", 8)
        d.text(R, y, v, "DVS", 8, "r")
        y += 4.6 * mm
    y = 68 * mm
    for s in [
        "Sakura Lingua Translation Co., Ltd.",
        "5F Kanda Square Bldg., 2-2-1 Kanda-Nishikicho",
        "Chiyoda-ku, Tokyo 101-0054",
        "Qualified Invoice Reg. No. T4011001098765",
    ]:
        d.text(R, y, s, "DVS", 8, "r")
        y += 4.4 * mm
    d.circle(R - 8 * mm, y + 4 * mm, 6 * mm, stroke=1, fill=0, color=pink, lw=1.2)
    d.text(R - 8 * mm, y + 5 * mm, "SLT", "DVSB", 8, "c", pink)
    spec = [
        ("EN>JA translation, clinical trial protocol (words)", "18450", "16"),
        ("JA>EN translation, informed consent form (characters)", "6800", "12"),
        ("Medical review by second linguist (hours)", "6", "7500"),
        ("DTP / layout check (pages)", "24", "1500"),
        ("Rush surcharge (5 business days)", "1", "45000"),
    ]
    rows = [(s, D(n), D(p), q0(D(n) * D(p))) for s, n, p in spec]
    net = sum(a for *_, a in rows)
    tax = q0(net * D("0.10"))
    total = net + tax
    yen = lambda v: fmt(v, ".", ",", 0)  # noqa: E731
    d.rect(L, 98 * mm, R - L, 14 * mm, stroke=0, fill=1, fillcolor=HexColor("#F6E9ED"))
    d.text(L + 4 * mm, 107 * mm, "Amount due (tax incl.)", "DVS", 11)
    d.text(R - 4 * mm, 107 * mm, "¥" + yen(total) + "-", "DVSB", 15, "r")
    cols = [(98 * mm, "l"), (20 * mm, "r"), (16 * mm, "r"), (32 * mm, "r")]
    fr = [[s, yen(n), yen(p), yen(a)] for s, n, p, a in rows]
    y = d.table(
        L,
        124 * mm,
        cols,
        fr,
        "DVS",
        8,
        6.5 * mm,
        ["Description", "Qty", "Unit ¥", "Amount ¥"],
        "DVSB",
        None,
        None,
        GREY,
    )
    y += 4 * mm
    for k, v in [
        ("Subtotal (10% taxable)", yen(net)),
        ("Consumption tax 10%", yen(tax)),
        ("Total", "¥" + yen(total)),
    ]:
        f = "DVSB" if k == "Total" else "DVS"
        d.text(150 * mm, y, k, f, 9, "r")
        d.text(R, y, v, f, 9, "r")
        y += 5.5 * mm
    y += 8 * mm
    d.text(
        L, y, "Bank transfer: MUFG Bank, Kanda Branch (No. 031), Ordinary account 1234567", "DVS", 8
    )
    d.text(
        L,
        y + 5 * mm,
        "Account name: Sakura Lingua Translation Co., Ltd. Transfer fees are borne by the payer.",
        "DVS",
        8,
    )
    items = [item(s, n, p, a) for s, n, p, a in rows]
    t = truth(
        "SLT-2605-0213",
        "2026-05-29",
        "2026-06-30",
        vendor,
        net,
        tax,
        total,
        "JPY",
        "en-JP",
        "invoice",
        "invoice",
        items,
        "Yen without decimals (keyed .00); 'Amount due' box at the top with a trailing dash (¥553,080-); word/character counts as quantities; yyyy/mm/dd dates; qualified-invoice T-number; seal stamp.",
    )
    return d, t


@register("pdf", "pdf")
def i14(r):
    """NO architect: MVA 25% on fees, VAT-free disbursements (utlegg), KID."""
    d = Doc("i14", A4)
    W, _ = A4
    L, R = 24 * mm, W - 24 * mm
    vendor = "Fjordlys Arkitekter AS"
    d.line(L, 20 * mm, L + 40 * mm, 20 * mm, 3)
    d.text(L, 30 * mm, "fjordlys", "DVB", 22)
    d.text(L + 48 * mm, 30 * mm, "arkitekter", "DVXL", 22)
    d.text(R, 16 * mm, "Fjordlys Arkitekter AS", "DV", 7.5, "r")
    d.text(R, 20 * mm, "Nøstegaten 58, 5011 Bergen", "DV", 7.5, "r")
    d.text(R, 24 * mm, "Org.nr. 918 334 502 MVA", "DV", 7.5, "r")
    d.text(R, 28 * mm, "post@fjordlys.no · 55 30 48 00", "DV", 7.5, "r")
    y = 46 * mm
    for s in ["Ingrid og Magnus Haugland", "Hjellestadvegen 211", "5259 Hjellestad"]:
        d.text(L, y, s, "DV", 10)
        y += 5 * mm
    d.text(L, 72 * mm, "Faktura", "DVB", 16)
    y = 80 * mm
    for k, v in [
        ("Fakturanr.", "20260147"),
        ("Fakturadato", "15.07.2026"),
        ("Forfallsdato", "29.07.2026"),
        ("Prosjekt", "2519 Enebolig Hjellestad, gnr. 45 bnr. 112"),
        ("Deres ref.", "Magnus Haugland"),
    ]:
        d.text(L, y, k, "DV", 8.5, color=GREY)
        d.text(L + 30 * mm, y, v, "DV", 8.5)
        y += 5 * mm
    fee = lines(
        [
            ("Fase 3 detaljprosjektering, 35 % av fastpris kr 420 000", 1, "147000.00"),
            ("Tilleggsarbeid arkitekt, timer", "22.5", "1450.00"),
            ("Interiørarkitekt, timer", "8", "1250.00"),
        ]
    )
    ut = lines(
        [
            ("Utlegg: byggesaksgebyr Bergen kommune", 1, "18900.00"),
            ("Utlegg: situasjonskart og nabolister", 1, "1240.00"),
        ]
    )
    feesum = sum(a for *_, a in fee)
    mva = q(feesum * D("0.25"))
    utsum = sum(a for *_, a in ut)
    total = feesum + mva + utsum
    y = 112 * mm
    d.text(L, y, "Beskrivelse", "DVB", 8.5)
    d.text(130 * mm, y, "Antall", "DVB", 8.5, "r")
    d.text(R, y, "Beløp", "DVB", 8.5, "r")
    d.line(L, y + 2 * mm, R, y + 2 * mm, 0.5)
    y += 7 * mm
    for s, n, _u, a in fee:
        d.text(L, y, s, "DV", 8.5)
        d.text(130 * mm, y, sp(n) if n % 1 else str(n), "DV", 8.5, "r")
        d.text(R, y, sp(a), "DV", 8.5, "r")
        y += 5.5 * mm
    y += 2 * mm
    for k, v in [("Sum honorar eks. mva", sp(feesum)), ("Merverdiavgift 25 %", sp(mva))]:
        d.text(150 * mm, y, k, "DV", 8.5, "r")
        d.text(R, y, v, "DV", 8.5, "r")
        y += 5.5 * mm
    y += 3 * mm
    for s, _n, _u, a in ut:
        d.text(L, y, s, "DV", 8.5)
        d.text(R, y, sp(a), "DV", 8.5, "r")
        y += 5.5 * mm
    d.text(L, y, "(utlegg viderefaktureres uten mva)", "DVI", 7.5, color=GREY)
    y += 7 * mm
    d.line(120 * mm, y - 4 * mm, R, y - 4 * mm, 0.8)
    d.text(150 * mm, y + 1 * mm, "Å betale NOK", "DVB", 11, "r")
    d.text(R, y + 1 * mm, sp(total), "DVB", 11, "r")
    yb = 232 * mm
    d.rect(L, yb, R - L, 34 * mm, color=black, lw=0.6)
    d.line(L, yb + 9 * mm, R, yb + 9 * mm, 0.4)
    d.text(L + 3 * mm, yb + 6 * mm, "GIRO", "DVB", 9)
    d.text(R - 3 * mm, yb + 6 * mm, "Betalingsfrist 29.07.2026", "DV", 8, "r")
    for i, (k, v) in enumerate(
        [
            ("Kundeidentifikasjon (KID)", "2026014700348"),
            ("Beløp", sp(total)),
            ("Til konto", "3624 45 17882"),
        ]
    ):
        d.text(L + 3 * mm + i * 52 * mm, yb + 17 * mm, k, "DV", 7, color=GREY)
        d.text(L + 3 * mm + i * 52 * mm, yb + 23 * mm, v, "DVM", 9.5)
    d.text(L + 3 * mm, yb + 30 * mm, "Betalt av: Ingrid og Magnus Haugland", "DV", 7.5)
    items = [item(s, n, u, a) for s, n, u, a in fee + ut]
    t = truth(
        "20260147",
        "2026-07-15",
        "2026-07-29",
        vendor,
        feesum + utsum,
        mva,
        total,
        "NOK",
        "nb-NO",
        "invoice",
        "invoice",
        items,
        "MVA-free disbursements (utlegg) come after the VAT line, so no printed net covers everything (net = fees + utlegg); 'Sum honorar eks. mva' is not the full net; KID and account in a giro box; fixed fee mentioned 'kr 420 000' in the line text.",
    )
    return d, t


@register("photo", "jpg", long_side=2100, quality=70, style="wood", fold=0.5)
def i15(r):
    """ZA security firm tax invoice: guarding hours, armed response, VAT 15%, R with space thousands."""
    d = Doc("i15", A4)
    W, _ = A4
    L, R = 16 * mm, W - 16 * mm
    vendor = "Sentinel Shield Security (Pty) Ltd"
    dark = HexColor("#1B1B1B")
    d.rect(0, 0, W, 34 * mm, stroke=0, fill=1, fillcolor=dark)
    d.poly(
        [
            (L, 8 * mm),
            (L + 18 * mm, 8 * mm),
            (L + 18 * mm, 20 * mm),
            (L + 9 * mm, 27 * mm),
            (L, 20 * mm),
        ],
        HexColor("#D4A017"),
    )
    d.text(L + 23 * mm, 17 * mm, "SENTINEL SHIELD", "DVB", 17, color=white)
    d.text(
        L + 23 * mm,
        24 * mm,
        "SECURITY  |  ARMED RESPONSE  |  GUARDING",
        "DV",
        7.5,
        color=HexColor("#D4A017"),
    )
    d.text(R, 14 * mm, "TAX INVOICE", "DVB", 13, "r", white)
    d.text(R, 20 * mm, "VAT No. 4120287654", "DV", 7.5, "r", white)
    d.text(R, 24 * mm, "Reg. 2014/089231/07 · PSIRA 3178842", "DV", 7.5, "r", white)
    y = 44 * mm
    for s in [
        "Sentinel Shield Security (Pty) Ltd",
        "14 Kruger Street, Ferreirasdorp",
        "Johannesburg 2001",
        "011 555 0198 · accounts@sentinelshield.co.za",
    ]:
        d.text(L, y, s, "DV", 8)
        y += 4.2 * mm
    y = 64 * mm
    d.text(L, y, "INVOICE TO:", "DVB", 8)
    for s in [
        "Greenstone Body Corporate",
        "c/o Trafalgar Property Management",
        "Modderfontein Road, Greenstone Hill 1609",
        "Customer VAT No. 4980112233",
    ]:
        y += 4.5 * mm
        d.text(L, y, s, "DV", 8.5)
    y = 44 * mm
    for k, v in [
        ("Invoice No.", "INV104387"),
        ("Date", "2026/08/31"),
        ("Due Date", "2026/09/30"),
        ("Account", "GRE001"),
        ("Site", "Greenstone Estate Gate 2"),
        ("Period", "01/08/2026 - 31/08/2026"),
    ]:
        d.text(122 * mm, y, k, "DV", 8)
        d.text(R, y, v, "DVB", 8, "r")
        y += 4.6 * mm
    spec = [
        ("Guarding - Grade C officers, night shift (hours)", "744", "68.50"),
        ("Guarding - Grade B supervisor (hours)", "248", "86.00"),
        ("Armed response - monthly subscription", "1", "1250.00"),
        ("Alarm monitoring - 24h control room", "1", "695.00"),
        ("Patrol vehicle (km)", "1860", "4.20"),
        ("Call-out 14/08/2026 - false alarm", "1", "450.00"),
    ]
    rows = [(s, D(n), D(p), q(D(n) * D(p))) for s, n, p in spec]
    net = sum(a for *_, a in rows)
    vat = q(net * D("0.15"))
    total = net + vat
    rand = lambda v: "R " + sp(v)  # noqa: E731
    cols = [(96 * mm, "l"), (20 * mm, "r"), (26 * mm, "r"), (36 * mm, "r")]
    fr = [[s, sp(n).replace(",00", ""), rand(p), rand(a)] for s, n, p, a in rows]
    y = d.table(
        L,
        94 * mm,
        cols,
        fr,
        "DV",
        8.5,
        7 * mm,
        ["DESCRIPTION", "QTY", "RATE", "EXCL. VAT"],
        "DVB",
        HexColor("#D4A017"),
        None,
        GREY,
    )
    y += 5 * mm
    for k, v in [
        ("Total Excl. VAT", rand(net)),
        ("VAT @ 15%", rand(vat)),
        ("TOTAL DUE", rand(total)),
    ]:
        f = "DVB" if k == "TOTAL DUE" else "DV"
        d.text(155 * mm, y, k, f, 10, "r")
        d.text(R, y, v, f, 10, "r")
        y += 6 * mm
    y += 8 * mm
    d.text(L, y, "BANKING DETAILS", "DVB", 8.5)
    for s in [
        "FNB Business · Account 62 881 447 120 · Branch 250655",
        "Reference: INV104387 / GRE001",
        "Payment strictly 30 days from invoice date. Interest charged at prime + 2% on overdue accounts.",
    ]:
        y += 5 * mm
        d.text(L, y, s, "DV", 8)
    items = [item(s, n, p, a) for s, n, p, a in rows]
    t = truth(
        "INV104387",
        "2026-08-31",
        "2026-09-30",
        vendor,
        net,
        vat,
        total,
        "ZAR",
        "en-ZA",
        "invoice",
        "invoice",
        items,
        "Phone photo with a central fold on wood; dark header with reversed text; 'R 94 873,85' space thousands and decimal comma; service period dates; customer VAT number near the seller's.",
    )
    return d, t


@register("scan", "pdf", dpi=180, grey=True, skew=1.6, blur=0.7, noise=6, specks=100)
def i16(r):
    """PT wholesale fish market credit note: negative amounts, IVA 6%, ATCUD, reference to invoice."""
    d = Doc("i16", A4)
    W, _ = A4
    L, R = 16 * mm, W - 16 * mm
    vendor = "Lota Atlântica - Comércio de Pescado, Lda."
    navy = HexColor("#0E3A5B")
    d.poly(
        [(L, 22 * mm), (L + 10 * mm, 15 * mm), (L + 22 * mm, 22 * mm), (L + 10 * mm, 29 * mm)], navy
    )
    d.poly([(L + 20 * mm, 22 * mm), (L + 26 * mm, 17 * mm), (L + 26 * mm, 27 * mm)], navy)
    d.text(L + 30 * mm, 22 * mm, "LOTA ATLÂNTICA", "DVSB", 15, color=navy)
    d.text(L + 30 * mm, 27 * mm, "Comércio de Pescado por Grosso", "DVSI", 8)
    y = 14 * mm
    for s in [
        "Lota Atlântica - Comércio de Pescado, Lda.",
        "Av. General Norton de Matos, Armazém 12",
        "4450-208 Matosinhos",
        "NIF 514 238 907 · Cap. Social 25.000,00 €",
    ]:
        d.text(R, y, s, "DV", 7, "r")
        y += 3.6 * mm
    d.text(L, 44 * mm, "NOTA DE CRÉDITO", "DVB", 14)
    d.text(L, 50 * mm, "Original", "DVI", 8)
    y = 58 * mm
    for k, v in [
        ("Nº", "NC 2026/118"),
        ("Data", "14/09/2026"),
        ("ATCUD", "JFK3M2PX-118"),
        ("Fatura de origem", "FT 2026/2281 de 11/09/2026"),
        ("Motivo", "Devolução - mercadoria fora de especificação"),
    ]:
        d.text(L, y, k, "DV", 8.5)
        d.text(L + 30 * mm, y, v, "DVB" if k == "Nº" else "DV", 8.5)
        y += 5 * mm
    y = 58 * mm
    for s in [
        "Exmos. Senhores",
        "Marisqueira O Farol, Lda.",
        "Rua do Godinho 98",
        "4450-149 Matosinhos",
        "NIF 509 774 210",
    ]:
        d.text(120 * mm, y, s, "DV", 8.5)
        y += 5 * mm
    spec = [
        ("Pescada do Cabo fresca, cx 15 kg", "kg", "-45.0", "6.80"),
        ("Polvo fresco calibre 2", "kg", "-12.5", "11.40"),
        ("Caixa isotérmica (tara)", "un", "-4", "3.50"),
    ]
    rows = [(s, u_, D(n), D(p), q(D(n) * D(p))) for s, u_, n, p in spec]
    net = sum(a for *_, a in rows)
    iva = q(net * D("0.06"))
    total = net + iva
    cols = [
        (84 * mm, "l"),
        (12 * mm, "c"),
        (20 * mm, "r"),
        (20 * mm, "r"),
        (14 * mm, "r"),
        (28 * mm, "r"),
    ]
    fr = [[s, u_, de(n) if n % 1 else str(n), de(p), "6%", de(a)] for s, u_, n, p, a in rows]
    y = d.table(
        L,
        94 * mm,
        cols,
        fr,
        "DV",
        8.5,
        7 * mm,
        ["Descrição", "Un.", "Qtd.", "Preço", "IVA", "Valor"],
        "DVB",
        None,
        None,
        black,
    )
    y += 6 * mm
    d.table(
        L,
        y,
        [(20 * mm, "l"), (30 * mm, "r"), (30 * mm, "r")],
        [["6%", de(net), de(iva)]],
        "DV",
        8,
        5 * mm,
        ["Taxa", "Incidência", "IVA"],
        "DVB",
    )
    for k, v in [
        ("Total Ilíquido", de(net) + " €"),
        ("Total IVA", de(iva) + " €"),
        ("Total a creditar", de(total) + " €"),
    ]:
        f = "DVB" if k.endswith("creditar") else "DV"
        d.text(160 * mm, y, k, f, 9.5, "r")
        d.text(R, y, v, f, 9.5, "r")
        y += 6 * mm
    y += 10 * mm
    d.qr(L, y, 26 * mm, "i16", 29)
    d.para(
        L + 32 * mm,
        y + 3 * mm,
        "O valor será regularizado por compensação na próxima fatura ou por transferência para o IBAN indicado pelo cliente. Mercadoria devolvida conforme guia de devolução GD 2026/311.",
        R - L - 32 * mm,
        "DV",
        8,
    )
    d.text(L, 280 * mm, "XYZ1-Processado por programa certificado n.º 2841/AT", "DV", 7, color=GREY)
    items = [item(s, n, p, a) for s, u_, n, p, a in rows]
    t = truth(
        "NC 2026/118",
        "2026-09-14",
        None,
        vendor,
        net,
        iva,
        total,
        "EUR",
        "pt-PT",
        "invoice",
        "credit_note",
        items,
        "Image-only PDF scan of a credit note: all quantities and amounts printed negative and keyed negative; references the original invoice FT 2026/2281 (not its own number); ATCUD code; QR code; IVA 6%.",
    )
    return d, t


# ======================================================================================
# Receipts
# ======================================================================================


@register("pdf", "pdf")
def r01(r):
    """CA airline e-ticket receipt (bilingual): base fare, carrier surcharge, taxes/fees block."""
    d = Doc("r01", letter)
    W, _ = letter
    L, R = 18 * mm, W - 18 * mm
    vendor = "Laurentian Air Inc."
    red = HexColor("#A6192E")
    d.poly([(L, 24 * mm), (L + 16 * mm, 12 * mm), (L + 12 * mm, 24 * mm)], red)
    d.text(L + 19 * mm, 22 * mm, "LAURENTIAN AIR", "DVB", 16, color=red)
    d.text(R, 16 * mm, "Electronic ticket receipt", "DVB", 10, "r")
    d.text(R, 21 * mm, "Reçu de billet électronique", "DVI", 9, "r")
    y = 36 * mm
    for k, v in [
        ("Passenger / Passager", "DUPUIS/MARIE MRS"),
        ("Ticket number / Numéro de billet", "837 2104567893"),
        ("Booking reference / Réservation", "QX7K2L"),
        ("Issue date / Date d'émission", "12JAN26"),
        ("Issuing office", "YUL Web Sales  IATA 6149 7731"),
        ("Frequent flyer", "LA 402 118 775"),
    ]:
        d.text(L, y, k, "DV", 8, color=GREY)
        d.text(L + 62 * mm, y, v, "DVM", 9)
        y += 5 * mm
    y += 4 * mm
    cols = [
        (20 * mm, "l"),
        (18 * mm, "l"),
        (46 * mm, "l"),
        (18 * mm, "l"),
        (22 * mm, "l"),
        (14 * mm, "l"),
        (20 * mm, "l"),
    ]
    fl = [
        ["LA 318", "14FEB26", "MONTREAL YUL > VANCOUVER YVR", "0745", "1045", "L", "OK"],
        ["LA 329", "21FEB26", "VANCOUVER YVR > MONTREAL YUL", "1310", "2108", "L", "OK"],
    ]
    y = d.table(
        L,
        y,
        cols,
        fl,
        "DVM",
        7.5,
        5.5 * mm,
        ["Flight", "Date", "From / To", "Dep", "Arr", "Class", "Status"],
        "DVB",
        LGREY,
        None,
        None,
    )
    d.text(
        L,
        y + 1 * mm,
        "Fare basis LK7XCEL · Baggage 1PC · Non-refundable, changes permitted for a fee",
        "DV",
        7.5,
    )
    base, yq = D("412.00"), D("80.00")
    taxes = [
        ("CA  Air Travellers Security Charge", D("19.85")),
        ("SQ  Airport improvement fee YUL", D("35.00")),
        ("SQ  Airport improvement fee YVR", D("25.00")),
        ("XG  GST #10448 2231 RT0001 (5%)", q((base + yq) * D("0.05"))),
    ]
    tt = sum(a for _, a in taxes)
    total = base + yq + tt
    y += 12 * mm
    d.text(L, y, "Fare details / Détails du tarif", "DVB", 9)
    y += 6 * mm
    rows = [
        ("Base fare / Tarif de base", base),
        ("Carrier surcharge (YQ) / Supplément transporteur", yq),
        ("Taxes, fees and charges / Taxes, frais et droits:", None),
    ]
    rows += [("    " + s, a) for s, a in taxes]
    rows += [("Total taxes, fees and charges", tt), ("TOTAL CAD", total)]
    for s, a in rows:
        f = "DVB" if s.startswith("TOTAL") else "DV"
        d.text(L, y, s, f, 8.5)
        if a is not None:
            d.text(L + 130 * mm, y, en(a), f, 8.5, "r")
        y += 5 * mm
    y += 3 * mm
    d.text(
        L,
        y,
        "Form of payment / Mode de paiement:  MC XXXXXXXXXXXX4410  CAD "
        + en(total)
        + "  Auth 085517",
        "DVM",
        8,
    )
    d.para(
        L,
        y + 10 * mm,
        "This receipt is your record of purchase. Carriage is subject to the conditions of carriage of Laurentian Air Inc., 1200 boul. Robert-Bourassa, Montréal QC H3B 3Z9. Check-in closes 45 minutes before departure for domestic flights.",
        R - L,
        "DV",
        7.5,
    )
    d.barcode(L, 240 * mm, 70 * mm, 12 * mm, "r01")
    d.text(L, 257 * mm, "8372104567893", "DVM", 8)
    items = [
        item("Base fare YUL-YVR-YUL", 1, base, base),
        item("Carrier surcharge (YQ)", 1, yq, yq),
    ]
    t = truth(
        "837 2104567893",
        "2026-01-12",
        None,
        vendor,
        base + yq,
        tt,
        total,
        "CAD",
        "en-CA",
        "invoice",
        "receipt",
        items,
        "Airline ticket receipt (full page, bilingual); keyed the ticket number as the document number (booking ref QX7K2L also printed); vat = printed 'Total taxes, fees and charges' (security charge, airport fees and GST); carrier surcharge YQ is fare, not tax; DDMMMYY dates; flight dates after issue.",
    )
    return d, t


@register("photo", "jpg", dpi=300, long_side=1700, quality=66, style="desk")
def r02(r):
    """DE taxi receipt from a taximeter printer: 7% MwSt included, tip line."""
    d = Doc("r02", roll_mm=58)
    ro = Roll(d, font="DVM", size=7.2)
    vendor = "Funktaxi Yilmaz"
    fare = D("32.40")
    tip = D("3.60")
    vat = incl_vat(fare, 7)
    total = fare + tip
    ro.c("QUITTUNG", "DVMB", 10)
    ro.c("Funktaxi Yilmaz", "DVMB", 8)
    ro.c("Inh. Ahmet Yilmaz")
    ro.c("Wandsbeker Chaussee 88")
    ro.c("22089 Hamburg")
    ro.c("St.-Nr. 43/118/04412")
    ro.sep()
    for k, v in [
        ("Beleg-Nr.", "004187"),
        ("Datum", "23.01.2026"),
        ("Beginn", "23:21"),
        ("Ende", "23:47"),
        ("Konz.-Nr.", "2214"),
        ("Kennz.", "HH-TY 2214"),
        ("Strecke km", "14,3"),
        ("Tarif", "1"),
    ]:
        ro.lr(k, v)
    ro.sep()
    ro.lr("Fahrpreis", de(fare))
    ro.lr("Trinkgeld", de(tip))
    ro.lr("GESAMT EUR", de(total), "DVMB", 8.5)
    ro.gap(2)
    ro.lr("MwSt 7% (Fahrpreis)", de(vat))
    ro.lr("Netto", de(fare - vat))
    ro.sep()
    ro.lr("Zahlart", "BAR")
    ro.gap(2)
    ro.lr("Von: Hbf / Kirchenallee", "")
    ro.lr("Nach: Rahlstedt, Bargteheider Str.", "")
    ro.gap(3)
    ro.c("Gute Fahrt!")
    items = [item("Fahrpreis", 1, fare, fare)]
    t = truth(
        "004187",
        "2026-01-23",
        None,
        vendor,
        fare - vat,
        vat,
        total,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        items,
        "Taxi receipt photo; tip (Trinkgeld) line outside the VAT base; 7% MwSt included in the fare only; late-night times; concession and licence-plate numbers.",
        tip=tip,
    )
    return d, t


@register(
    "scan", "png", dpi=250, grey=True, skew=-1.2, blur=0.6, noise=6, specks=40, fade=0.45, width=640
)
def r03(r):
    """AT railway ticket machine receipt: fare + seat reservation, USt 10% included, Bankomat."""
    d = Doc("r03", roll_mm=80)
    ro = Roll(d, font="DV", size=7.8, margin=4 * mm)
    vendor = "Alpenbahn Personenverkehr AG"
    d.rect(d.W / 2 - 14 * mm, 5 * mm, 28 * mm, 9 * mm, stroke=0, fill=1, fillcolor=black)
    d.text(d.W / 2, 11.5 * mm, "ALPENBAHN", "DVB", 9, "c", white)
    ro.y = 19 * mm
    ro.c("Alpenbahn Personenverkehr AG", "DVB", 8)
    ro.c("Am Hauptbahnhof 2, 1100 Wien · UID ATU51237788")
    ro.c("Fahrkartenautomat 0412 · Salzburg Hbf")
    ro.sep(False)
    ro.c("RECHNUNG / BELEG", "DVB", 9)
    ro.lr("Beleg-Nr.", "0412-260204-0087")
    ro.lr("Datum / Zeit", "04.02.2026 07:12")
    ro.sep()
    fare, res = D("59.90"), D("3.00")
    total = fare + res
    vat = incl_vat(total, 10)
    ro.lr("Standard-Ticket 2. Kl., 1 Erw.", de(fare))
    ro.lr("Salzburg Hbf > Wien Hbf", "", size=7, indent=3 * mm)
    ro.lr("gültig 04.02.2026, Zug RJX 643", "", size=7, indent=3 * mm)
    ro.lr("Sitzplatzreservierung Wg 24 Pl 65", de(res))
    ro.sep()
    ro.lr("SUMME EUR", de(total), "DVB", 10)
    ro.lr("enth. USt 10 %", de(vat))
    ro.lr("Netto", de(total - vat))
    ro.sep()
    ro.lr("Bezahlt: Bankomat / Maestro", de(total))
    ro.lr("Karte ****8214  Terminal 7731209", "")
    ro.lr("Autorisierung 551203", "")
    ro.gap(3)
    d.qr(d.W / 2 - 12 * mm, ro.y, 24 * mm, "r03", 27)
    ro.gap(27 * mm)
    ro.c("Ticketcode 7HQ2-MXR4-0087", "DVM", 7.5)
    ro.c("Gute Reise!", "DVI", 8)
    items = [
        item("Standard-Ticket 2. Kl. Salzburg Hbf - Wien Hbf", 1, fare, fare),
        item("Sitzplatzreservierung", 1, res, res),
    ]
    t = truth(
        "0412-260204-0087",
        "2026-02-04",
        None,
        vendor,
        total - vat,
        vat,
        total,
        "EUR",
        "de-AT",
        "receipt",
        "receipt",
        items,
        "Ticket machine receipt, faded thermal scan downscaled to 640 px; VAT included; validity date equals purchase date; machine, terminal, authorisation and ticket codes.",
    )
    return d, t


@register("photo", "jpg", dpi=280, long_side=2000, quality=72, style="cloth")
def r04(r):
    """FR pharmacy receipt: three TVA rates (2,1 / 10 / 20 %), recap table HT/TVA/TTC."""
    d = Doc("r04", roll_mm=80)
    ro = Roll(d, font="DVM", size=7.5, margin=4 * mm)
    vendor = "SELARL Pharmacie des Tilleuls"
    g = HexColor("#00A651")
    cx = d.W / 2
    d.rect(cx - 2.5 * mm, 4 * mm, 5 * mm, 14 * mm, stroke=0, fill=1, fillcolor=g)
    d.rect(cx - 7 * mm, 8.5 * mm, 14 * mm, 5 * mm, stroke=0, fill=1, fillcolor=g)
    ro.y = 22 * mm
    ro.c("PHARMACIE DES TILLEULS", "DVMB", 9)
    ro.c("SELARL Pharmacie des Tilleuls")
    ro.c("42 cours Gambetta 69007 Lyon")
    ro.c("Tél 04 78 55 21 90")
    ro.c("SIRET 823 114 509 00017")
    ro.sep()
    spec = [
        ("DOLIPRANE 1000MG CPR B/8", 2, "2.18", "2.1"),
        ("SPASFON LYOC 80MG B/10", 1, "4.95", "10"),
        ("SERUM PHYSIO 30 UNIDOSES", 1, "3.90", "20"),
        ("CREME SOLAIRE SPF50 50ML", 1, "17.90", "20"),
        ("BROSSE A DENTS SOUPLE", 2, "3.20", "20"),
    ]
    rows = [(s, D(n), D(p), q(D(n) * D(p)), t_) for s, n, p, t_ in spec]
    for s, n, p, a, t_ in rows:
        ro.lr(s, "")
        ro.cols(
            [
                (0.05, f"{n} x {de(p)}", "l"),
                (0.72, f"T{t_}".replace(".", ","), "r"),
                (1.0, de(a), "r"),
            ]
        )
    ttc = sum(a for *_, a, t_ in rows)
    ro.sep()
    ro.lr("TOTAL TTC EUR", de(ttc), "DVMB", 9.5)
    ro.lr("CB SANS CONTACT", de(ttc))
    ro.sep()
    ro.cols([(0.0, "Taux", "l"), (0.45, "HT", "r"), (0.72, "TVA", "r"), (1.0, "TTC", "r")])
    tot_vat = D(0)
    for rate in ["2.1", "10", "20"]:
        g_ = sum(a for *_, a, t_ in rows if t_ == rate)
        v = incl_vat(g_, rate)
        tot_vat += v
        ro.cols(
            [
                (0.0, rate.replace(".", ",") + "%", "l"),
                (0.45, de(g_ - v), "r"),
                (0.72, de(v), "r"),
                (1.0, de(g_), "r"),
            ]
        )
    ro.cols(
        [
            (0.0, "Total", "l"),
            (0.45, de(ttc - tot_vat), "r"),
            (0.72, de(tot_vat), "r"),
            (1.0, de(ttc), "r"),
        ]
    )
    ro.sep()
    ro.lr("Ticket N° 045812", "Caisse 02")
    ro.lr("18/02/2026 17:36", "Vendeur: CL")
    ro.gap(2)
    ro.c("Merci de votre visite")
    ro.c("Bon rétablissement !")
    items = [item(s, n, p, a) for s, n, p, a, t_ in rows]
    t = truth(
        "045812",
        "2026-02-18",
        None,
        vendor,
        ttc - tot_vat,
        tot_vat,
        ttc,
        "EUR",
        "fr-FR",
        "receipt",
        "receipt",
        items,
        "Pharmacy ticket photo; three TVA rates (2,1 %, 10 %, 20 %) with an HT/TVA/TTC recap; rate codes printed per line; ticket number at the bottom.",
    )
    return d, t


@register("scan", "png", dpi=300, grey=True, skew=0.9, blur=0.5, noise=5, specks=30, fade=0.35)
def r05(r):
    """NL bakery receipt on 58 mm: BTW 9% included, PIN."""
    d = Doc("r05", roll_mm=58)
    ro = Roll(d, font="DVM", size=7.0, margin=2.5 * mm)
    vendor = "Bakkerij Van der Meulen"
    ro.c("Bakkerij", "DVSI", 10)
    ro.c("VAN DER MEULEN", "DVSB", 11)
    ro.c("sinds 1921", "DVSI", 7)
    ro.c("Twijnstraat 37, 3511 ZH Utrecht")
    ro.c("BTW NL001234567B45")
    ro.chars("=")
    spec = [
        ("Volkoren vloer heel", 1, "3.45"),
        ("Croissant roomboter", 4, "1.65"),
        ("Appeltaart punt", 2, "3.25"),
        ("Krentenbol", 6, "0.85"),
        ("Koffie to go", 1, "2.80"),
    ]
    rows = lines(spec)
    for s, n, p, a in rows:
        if n == 1:
            ro.lr(s, de(a))
        else:
            ro.lr(f"{n} x {s}", "")
            ro.lr(f"   à {de(p)}", de(a))
    total = sum(a for *_, a in rows)
    vat = incl_vat(total, 9)
    ro.chars("-")
    ro.lr("TOTAAL", de(total), "DVMB", 9)
    ro.lr("PIN", de(total))
    ro.gap(2)
    ro.lr("BTW 9% over " + de(total - vat), de(vat))
    ro.chars("=")
    ro.lr("Bon 3027", "Kassa 1")
    ro.lr("07-03-2026", "08:12")
    ro.c("Bedankt en tot morgen!")
    items = [item(s, n, p, a) for s, n, p, a in rows]
    t = truth(
        "3027",
        "2026-03-07",
        None,
        vendor,
        total - vat,
        vat,
        total,
        "EUR",
        "nl-NL",
        "receipt",
        "receipt",
        items,
        "58 mm thermal scan with fading; BTW 9% line prints the net base inside its label ('BTW 9% over 22,43'); multi-quantity lines split over two rows.",
    )
    return d, t


@register("photo", "jpg", dpi=280, long_side=1800, quality=64, style="wood")
def r06(r):
    """US car wash (Texas): wash package, add-ons, club discount, sales tax 8.25%, card."""
    d = Doc("r06", roll_mm=80)
    ro = Roll(d, font="Courier", size=8, margin=4 * mm)
    vendor = "Sudsy Bay Car Wash"
    for i in range(4):
        d.circle(
            d.W / 2 - 9 * mm + i * 6 * mm,
            9 * mm,
            2.4 * mm,
            stroke=1,
            fill=0,
            color=HexColor("#1E88E5"),
            lw=1,
        )
    ro.y = 15 * mm
    ro.c("SUDSY BAY CAR WASH", "Courier-Bold", 11)
    ro.c("8120 Burnet Rd, Austin TX 78757")
    ro.c("(512) 555-0186")
    ro.chars("*")
    ro.lr("Receipt #A-55130", "Lane 2")
    ro.lr("03/21/2026", "2:47 PM")
    ro.lr("Cashier: KIOSK-02", "")
    ro.chars("-")
    spec = [
        ("ULTIMATE SHINE WASH", 1, "24.99"),
        ("TIRE SHINE", 1, "4.00"),
        ("INTERIOR VAC + WIPE", 1, "12.00"),
        ("AIR FRESHENER - VANILLA", 2, "2.50"),
    ]
    rows = lines(spec)
    for s, n, _p, a in rows:
        ro.lr(s if n == 1 else f"{s} x{n}", en(a))
    disc = D("-5.00")
    ro.lr("SUDS CLUB DISCOUNT", en(disc))
    sub = sum(a for *_, a in rows) + disc
    tax = q(sub * D("0.0825"))
    total = sub + tax
    ro.chars("-")
    ro.lr("SUBTOTAL", en(sub))
    ro.lr("SALES TAX 8.25%", en(tax))
    ro.lr("TOTAL", "$" + en(total), "Courier-Bold", 10)
    ro.gap(2)
    ro.lr("VISA ************1187", en(total))
    ro.lr("AUTH 04451Z  CHIP", "")
    ro.chars("*")
    ro.c("WASH CODE: 7731-2026")
    ro.c("Valid 30 days for a free rewash")
    ro.c("THANK YOU - DRIVE SAFE!")
    items = [item(s, n, p, a) for s, n, p, a in rows] + [item("SUDS CLUB DISCOUNT", 1, disc, disc)]
    t = truth(
        "A-55130",
        "2026-03-21",
        None,
        vendor,
        sub,
        tax,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        items,
        "Courier receipt photo on wood; negative club discount before the subtotal; sales tax 8.25%; wash code and 30-day rewash validity are not a due date.",
    )
    return d, t


@register("pdf", "pdf")
def r07(r):
    """GB cinema receipt (80 mm, born digital): tickets, booking fee, concessions, VAT 20% included."""
    d = Doc("r07", roll_mm=80)
    ro = Roll(d, font="DV", size=7.5, margin=4 * mm)
    vendor = "Lumière Screens Ltd"
    d.rect(4 * mm, 4 * mm, d.W - 8 * mm, 12 * mm, stroke=0, fill=1, fillcolor=black, r=2)
    d.text(d.W / 2, 12 * mm, "LUMIÈRE SCREENS", "DVB", 12, "c", white)
    ro.y = 21 * mm
    ro.c("Lumière Screens Ltd · 9 North Street, Brighton BN1 1EB")
    ro.c("VAT reg. GB 384 2217 09")
    ro.sep()
    ro.lr("Order", "LS-BRI-771204", "DVB")
    ro.lr("Date", "Sat 11 Apr 2026  18:52")
    ro.lr("Film", "The Salt Harvest (12A)")
    ro.lr("Screen 3", "19:30  Seats F7, F8, F9")
    ro.sep()
    spec = [
        ("Adult", 2, "13.95"),
        ("Child", 1, "9.50"),
        ("Booking fee", 1, "1.25"),
        ("Large sweet popcorn", 1, "7.20"),
        ("Soft drink regular", 2, "4.10"),
    ]
    rows = lines(spec)
    for s, n, p, a in rows:
        ro.cols([(0.0, f"{n} x {s}", "l"), (0.72, "£" + en(p), "r"), (1.0, "£" + en(a), "r")])
    total = sum(a for *_, a in rows)
    vat = incl_vat(total, 20)
    ro.sep()
    ro.lr("Total paid", "£" + en(total), "DVB", 10)
    ro.lr("of which VAT @ 20%", "£" + en(vat))
    ro.lr("Apple Pay  Visa ••4471", "£" + en(total))
    ro.sep()
    d.qr(d.W / 2 - 13 * mm, ro.y, 26 * mm, "r07", 25)
    ro.gap(29 * mm)
    ro.c("Show this code at the door", "DVI", 7.5)
    ro.c("Members earn 1 point per £1 · lumierescreens.co.uk")
    items = [item(s, n, p, a) for s, n, p, a in rows]
    t = truth(
        "LS-BRI-771204",
        "2026-04-11",
        None,
        vendor,
        total - vat,
        vat,
        total,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        items,
        "Born-digital 80 mm receipt; VAT 20% included ('of which VAT'); order number is the only document number; show time and seat numbers; QR ticket.",
    )
    return d, t


@register(
    "scan", "png", dpi=300, grey=True, skew=-1.8, blur=0.6, noise=6, specks=30, fade=0.3, width=650
)
def r08(r):
    """IT parking meter ticket (58 mm), IVA 22% inclusa, entry/expiry times."""
    d = Doc("r08", roll_mm=58)
    ro = Roll(d, font="DVMB", size=7.5, margin=2.5 * mm)
    vendor = "Bologna Sosta S.p.A."
    d.rect(d.W / 2 - 6 * mm, 4 * mm, 12 * mm, 12 * mm, stroke=0, fill=1, fillcolor=black, r=2)
    d.text(d.W / 2, 13.5 * mm, "P", "DVB", 22, "c", white)
    ro.y = 21 * mm
    ro.c("BOLOGNA SOSTA S.p.A.", "DVMB", 8)
    ro.c("P.IVA 03314520376", "DVM", 6.5)
    ro.c("Parcometro 0718 - Via Irnerio", "DVM", 6.5)
    ro.chars("-", "DVM")
    ro.c("TICKET DI SOSTA", "DVMB", 9)
    ro.lr("Ricevuta n.", "004512")
    ro.lr("Data", "12/03/2026")
    ro.lr("Inizio", "10:42")
    ro.lr("Scadenza", "12:42", "DVMB", 10)
    ro.lr("Zona", "B - blu")
    ro.lr("Targa", "FP 771 KZ")
    ro.chars("-", "DVM")
    total = D("3.60")
    vat = incl_vat(total, 22)
    ro.lr("Tariffa 1,80 EUR/h x 2h", "")
    ro.lr("IMPORTO EUR", de(total), "DVMB", 10)
    ro.lr("di cui IVA 22%", de(vat), "DVM")
    ro.lr("Pagato: monete", de(total), "DVM")
    ro.chars("-", "DVM")
    ro.c("Esporre in modo visibile", "DVM", 6.5)
    ro.c("sul cruscotto", "DVM", 6.5)
    items = [item("Sosta zona B 2h", 2, "1.80", total)]
    t = truth(
        "004512",
        "2026-03-12",
        None,
        vendor,
        total - vat,
        vat,
        total,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        items,
        "Parking meter ticket, 58 mm thermal scan downscaled to 650 px; the biggest number on the ticket is the expiry time 12:42, not the amount; VAT included; tariff per hour line.",
    )
    return d, t


@register(
    "scan",
    "png",
    dpi=300,
    grey=False,
    skew=1.3,
    blur=0.5,
    noise=5,
    specks=40,
    fade=0.25,
    tone=(250, 247, 236),
)
def r09(r):
    """CZ vending kiosk receipt: DPH 12% and 21%, cash with rounding to whole koruna."""
    d = Doc("r09", roll_mm=58)
    ro = Roll(d, font="DVM", size=6.8, margin=2.5 * mm)
    vendor = "Automaty Novák s.r.o."
    ro.c("SNACK & KAFE KIOSK", "DVMB", 8.5)
    ro.c("Automaty Novák s.r.o.")
    ro.c("Křenová 71, 602 00 Brno")
    ro.c("IČO 27741211 DIČ CZ27741211")
    ro.c("Provozovna: Brno hl.n., nástupiště 3")
    ro.chars("-")
    ro.lr("Účtenka č.", "7705/2026")
    ro.lr("Datum", "28.02.2026 06:58")
    ro.chars("-")
    spec = [
        ("Cappuccino velké", 1, "39.00", "12"),
        ("Bageta šunka-sýr", 1, "64.90", "12"),
        ("Voda neperlivá 0,5 l", 1, "24.90", "12"),
        ("Žvýkačky Mint", 1, "29.90", "21"),
    ]
    rows = [(s, D(n), D(p), q(D(n) * D(p)), v) for s, n, p, v in spec]
    for s, _n, _p, a, v in rows:
        ro.lr(s, de(a) + (" A" if v == "12" else " B"))
    sub = sum(a for *_, a, v in rows)
    total = q0(sub)
    rnd = total - sub
    ro.chars("-")
    ro.lr("Mezisoučet", de(sub))
    ro.lr("Zaokrouhlení", ("+" if rnd > 0 else "") + de(rnd))
    ro.lr("CELKEM Kč", de(total), "DVMB", 9)
    ro.lr("Hotově", de(D(200)))
    ro.lr("Vráceno", de(D(200) - total))
    ro.chars("-")
    ro.cols([(0.0, "DPH", "l"), (0.55, "Základ", "r"), (0.78, "DPH", "r"), (1.0, "Celkem", "r")])
    vat = D(0)
    base = D(0)
    for code, rate in [("A", "12"), ("B", "21")]:
        g_ = sum(a for *_, a, v in rows if v == rate)
        t_ = incl_vat(g_, rate)
        vat += t_
        base += g_ - t_
        ro.cols(
            [
                (0.0, f"{code} {rate}%", "l"),
                (0.55, de(g_ - t_), "r"),
                (0.78, de(t_), "r"),
                (1.0, de(g_), "r"),
            ]
        )
    ro.chars("-")
    ro.c("Děkujeme a přejeme šťastnou cestu")
    items = [item(s, n, p, a) for s, n, p, a, v in rows]
    t = truth(
        "7705/2026",
        "2026-02-28",
        None,
        vendor,
        base,
        vat,
        total,
        "CZK",
        "cs-CZ",
        "receipt",
        "receipt",
        items,
        "Czech vending kiosk receipt (colour scan, yellowish paper); two DPH rates coded A/B; cash rounding 'Zaokrouhlení +0,30' to whole koruna; cash tendered 200 and change printed.",
        rounding=rnd,
    )
    return d, t


@register("photo", "jpg", dpi=280, long_side=1900, quality=70, style="wood")
def r10(r):
    """SE florist receipt: moms 25% included, Swish payment, Valentine's day."""
    d = Doc("r10", roll_mm=76)
    ro = Roll(d, font="DV", size=7.6, margin=4 * mm)
    vendor = "Blomsterhörnan i Lund AB"
    rose = HexColor("#C2185B")
    for i in range(5):
        a = i * 2 * math.pi / 5
        d.circle(
            d.W / 2 + 3.2 * mm * math.cos(a),
            11 * mm + 3.2 * mm * math.sin(a),
            2.6 * mm,
            stroke=0,
            fill=1,
            fillcolor=rose,
        )
    d.circle(d.W / 2, 11 * mm, 1.8 * mm, stroke=0, fill=1, fillcolor=HexColor("#FFC107"))
    ro.y = 21 * mm
    ro.c("Blomsterhörnan", "DVSI", 13)
    ro.c("Blomsterhörnan i Lund AB · Org.nr 556901-4417")
    ro.c("Klostergatan 9, 222 22 Lund · 046-14 22 80")
    ro.sep()
    ro.lr("Kvitto nr 18842", "2026-02-14 12:07")
    ro.lr("Kassör: Elin", "Kassa 1")
    ro.sep()
    spec = [
        ("Röda rosor, lång stjälk", 12, "39.00"),
        ("Bukettbindning", 1, "95.00"),
        ("Eucalyptus kvist", 3, "25.00"),
        ("Presentkort-kuvert", 1, "0.00"),
    ]
    rows = lines(spec)
    for s, n, p, a in rows:
        ro.lr(s if n == 1 else f"{s} {n} st à {sp(p)}", sp(a))
    total = sum(a for *_, a in rows)
    vat = incl_vat(total, 25)
    ro.sep()
    ro.lr("Totalt SEK", sp(total), "DVB", 10)
    ro.lr("Swish", sp(total))
    ro.gap(2)
    ro.cols([(0.0, "Moms %", "l"), (0.45, "Moms", "r"), (0.72, "Netto", "r"), (1.0, "Brutto", "r")])
    ro.cols(
        [
            (0.0, "25,00", "l"),
            (0.45, sp(vat), "r"),
            (0.72, sp(total - vat), "r"),
            (1.0, sp(total), "r"),
        ]
    )
    ro.sep()
    ro.c("Glad alla hjärtans dag!", "DVSI", 9)
    ro.c("Öppet köp 7 dagar gäller ej snittblommor", size=6.5)
    items = [item(s, n, p, a) for s, n, p, a in rows]
    t = truth(
        "18842",
        "2026-02-14",
        None,
        vendor,
        total - vat,
        vat,
        total,
        "SEK",
        "sv-SE",
        "receipt",
        "receipt",
        items,
        "Florist receipt photo; moms 25% included with a Moms/Netto/Brutto recap; a 0,00 line item; Swish payment; 76 mm roll.",
    )
    return d, t


@register("scan", "png", dpi=220, grey=True, skew=-0.7, blur=0.6, noise=5, specks=50)
def r11(r):
    """CA-QC dry cleaner: TPS 5% + TVQ 9.975%, ready-by date, Interac."""
    d = Doc("r11", roll_mm=80)
    ro = Roll(d, font="DVC", size=8, margin=4 * mm)
    vendor = "Nettoyeur Belle-Rive inc."
    ro.c("Nettoyeur Belle-Rive", "DVSB", 12)
    ro.c("Nettoyeur Belle-Rive inc.")
    ro.c("1288, avenue Maguire, Québec (Québec) G1T 1Z3")
    ro.c("418 555-0132")
    ro.sep(False)
    ro.lr("Facture no 20417", "2026-04-16 09:05", "DVCB")
    ro.lr("Client: M. Gagnon (#3318)", "")
    ro.lr("Prêt le: 2026-04-18 après 16 h", "", "DVCB")
    ro.sep(False)
    spec = [
        ("Complet 2 pièces", 1, "19.95"),
        ("Chemise lavée-pressée", 4, "3.25"),
        ("Robe doublée", 1, "16.50"),
        ("Retouche ourlet pantalon", 1, "12.00"),
    ]
    rows = lines(spec)
    for s, n, p, a in rows:
        ro.cols([(0.0, str(n), "l"), (0.08, s, "l"), (0.78, sp(p), "r"), (1.0, sp(a) + " $", "r")])
    sub = sum(a for *_, a in rows)
    tps = q(sub * D("0.05"))
    tvq = q(sub * D("0.09975"))
    total = sub + tps + tvq
    ro.sep(False)
    ro.lr("Sous-total", sp(sub) + " $")
    ro.lr("TPS 5 % (R 104418227 RT0001)", sp(tps) + " $")
    ro.lr("TVQ 9,975 % (1220418851 TQ0001)", sp(tvq) + " $")
    ro.lr("TOTAL", sp(total) + " $", "DVCB", 10)
    ro.lr("Interac ****0092", sp(total) + " $")
    ro.sep(False)
    ro.c("Articles non réclamés après 60 jours", size=7)
    ro.c("seront remis à un organisme de charité.", size=7)
    ro.c("Merci!", "DVCB", 9)
    items = [item(s, n, p, a) for s, n, p, a in rows]
    t = truth(
        "20417",
        "2026-04-16",
        None,
        vendor,
        sub,
        tps + tvq,
        total,
        "CAD",
        "fr-CA",
        "receipt",
        "receipt",
        items,
        "Quebec receipt with two taxes (TPS 5 % + TVQ 9,975 %, summed as vat) and their registration numbers; 'Prêt le' ready date two days later is not a due date; '$' after the amount with decimal comma.",
    )
    return d, t


@register("pdf", "pdf")
def r12(r):
    """DK bike shop receipt (80 mm): service, parts, parts discount, moms 25% included, MobilePay."""
    d = Doc("r12", roll_mm=80)
    ro = Roll(d, font="DV", size=7.6, margin=4 * mm)
    vendor = "Cykelsmeden Nørrebro ApS"
    d.circle(d.W / 2 - 8 * mm, 12 * mm, 5 * mm, stroke=1, fill=0, lw=1.5)
    d.circle(d.W / 2 + 8 * mm, 12 * mm, 5 * mm, stroke=1, fill=0, lw=1.5)
    d.line(d.W / 2 - 8 * mm, 12 * mm, d.W / 2, 7 * mm, 1.5)
    d.line(d.W / 2, 7 * mm, d.W / 2 + 8 * mm, 12 * mm, 1.5)
    ro.y = 23 * mm
    ro.c("CYKELSMEDEN", "DVB", 12)
    ro.c("Cykelsmeden Nørrebro ApS")
    ro.c("Jægersborggade 14, 2200 København N")
    ro.c("CVR 41228719 · tlf. 35 55 01 44")
    ro.sep()
    ro.lr("KVITTERING", "Nr. 2026-004411", "DVB")
    ro.lr("09.05.2026 kl. 15:21", "Ekspedient: Mads")
    ro.sep()
    spec = [
        ("Serviceeftersyn, standard", 1, "449.00"),
        ("Kæde 11-speed", 1, "289.00"),
        ('Slange 28" Presta', 2, "59.00"),
        ("Bremseklodser (sæt)", 2, "79.00"),
        ("Montering dele, arbejdsløn", 1, "150.00"),
    ]
    rows = lines(spec)
    for s, n, _p, a in rows:
        ro.lr(s if n == 1 else f"{n} x {s}", de(a))
    parts = rows[1][3] + rows[2][3] + rows[3][3]
    disc = -q(parts * D("0.10"))
    ro.lr("Rabat 10% på dele (klubmedlem)", de(disc))
    total = sum(a for *_, a in rows) + disc
    vat = incl_vat(total, 25)
    ro.sep()
    ro.lr("I ALT DKK", de(total), "DVB", 10)
    ro.lr("Heraf moms 25%", de(vat))
    ro.lr("MobilePay", de(total))
    ro.sep()
    ro.c("Byttefrist 30 dage med kvittering", size=7)
    ro.c("Tak for besøget - god tur!", "DVI", 8)
    items = [item(s, n, p, a) for s, n, p, a in rows] + [item("Rabat 10% på dele", 1, disc, disc)]
    t = truth(
        "2026-004411",
        "2026-05-09",
        None,
        vendor,
        total - vat,
        vat,
        total,
        "DKK",
        "da-DK",
        "receipt",
        "receipt",
        items,
        "Born-digital bike-shop receipt; negative member discount on parts only; moms 25% included ('Heraf moms'); receipt number looks like a date-prefixed code.",
    )
    return d, t


@register("photo", "jpg", dpi=300, long_side=1600, quality=62, style="cloth")
def r13(r):
    """MX market stall sales note: no number, no tax, weights in kg, $ = MXN."""
    d = Doc("r13", roll_mm=76)
    ro = Roll(d, font="Courier", size=8.2, margin=4 * mm)
    vendor = "Frutas y Verduras Doña Lupe"
    ro.c("FRUTAS Y VERDURAS", "Courier-Bold", 10)
    ro.c("DOÑA LUPE", "Courier-Bold", 12)
    ro.c("Mercado de Coyoacán, local 118")
    ro.c("Ignacio Allende s/n, CDMX")
    ro.chars("-")
    ro.c("NOTA DE VENTA", "Courier-Bold", 9)
    ro.lr("Fecha: 16/05/2026", "11:34")
    ro.chars("-")
    spec = [
        ("Aguacate Hass", "2", "58.00"),
        ("Jitomate saladet", "1.5", "28.00"),
        ("Mango ataulfo", "3", "35.00"),
        ("Limón sin semilla", "1", "30.00"),
        ("Chile serrano", "0.25", "60.00"),
        ("Cilantro (manojo)", "2", "8.00"),
    ]
    rows = lines(spec)
    for s, n, p, a in rows:
        ro.lr(s, "")
        unit = "pza" if "manojo" in s else "kg"
        ro.lr(f"  {n} {unit} x ${en(p)}", "$" + en(a))
    total = sum(a for *_, a in rows)
    ro.chars("-")
    ro.lr("TOTAL", "$" + en(total), "Courier-Bold", 11)
    ro.lr("Efectivo", "$" + en(D(500)))
    ro.lr("Cambio", "$" + en(D(500) - total))
    ro.chars("-")
    ro.c("¡Gracias, vuelva pronto!")
    ro.c("Pedidos WhatsApp 55 1234 8870")
    items = [item(s, n, p, a) for s, n, p, a in rows]
    t = truth(
        None,
        "2026-05-16",
        None,
        vendor,
        total,
        None,
        total,
        "MXN",
        "es-MX",
        "receipt",
        "receipt",
        items,
        "Market stall sales note photo: no document number (null) and no tax line (vat null); '$' means MXN; fractional kg quantities; cash 500 and change printed; phone number.",
    )
    return d, t


@register("pdf", "pdf")
def r14(r):
    """ES museum shop simplified invoice: IVA 4% (books) and 21%, operator differs from museum brand."""
    d = Doc("r14", roll_mm=80)
    ro = Roll(d, font="DVM", size=7.2, margin=4 * mm)
    vendor = "Artemis Gestión Cultural, S.L."
    d.rect(4 * mm, 4 * mm, d.W - 8 * mm, 14 * mm, stroke=1, fill=0, lw=1.2)
    d.text(d.W / 2, 11 * mm, "MACM", "DVSB", 14, "c")
    d.text(d.W / 2, 16 * mm, "TIENDA DEL MUSEO", "DV", 6.5, "c")
    ro.y = 23 * mm
    ro.c("Museo de Arte Contemporáneo de Málaga")
    ro.c("Explotación: ARTEMIS GESTIÓN CULTURAL, S.L.")
    ro.c("CIF B29876543 · C/ Alemania s/n · 29001 Málaga")
    ro.chars("=")
    ro.c("FACTURA SIMPLIFICADA", "DVMB", 8.5)
    ro.lr("Nº T01-2026-008813", "")
    ro.lr("Fecha 03/10/2026", "Hora 13:48")
    ro.chars("-")
    spec = [
        ("Catálogo exposición 'Mar adentro'", 1, "32.00", "4"),
        ("Lámina A3 'Azul Málaga'", 2, "12.00", "21"),
        ("Imán cerámica", 1, "4.50", "21"),
        ("Bolsa tote MACM", 1, "15.00", "21"),
    ]
    rows = [(s, D(n), D(p), q(D(n) * D(p)), v) for s, n, p, v in spec]
    for s, n, p, a, v in rows:
        ro.lr(s, "")
        ro.cols([(0.05, f"{n} x {de(p)}", "l"), (0.7, f"{v}%", "r"), (1.0, de(a) + " €", "r")])
    total = sum(a for *_, a, v in rows)
    ro.chars("-")
    ro.lr("TOTAL", de(total) + " €", "DVMB", 10)
    ro.lr("Tarjeta VISA ****3302", de(total) + " €")
    ro.chars("-")
    ro.cols([(0.0, "Tipo", "l"), (0.45, "Base", "r"), (0.72, "Cuota", "r"), (1.0, "Total", "r")])
    vat = base = D(0)
    for rate in ["4", "21"]:
        g_ = sum(a for *_, a, v in rows if v == rate)
        t_ = incl_vat(g_, rate)
        vat += t_
        base += g_ - t_
        ro.cols(
            [
                (0.0, rate + "%", "l"),
                (0.45, de(g_ - t_), "r"),
                (0.72, de(t_), "r"),
                (1.0, de(g_), "r"),
            ]
        )
    ro.chars("=")
    ro.c("IVA incluido · Gracias por su visita")
    ro.c("Cambios en 15 días con ticket")
    items = [item(s, n, p, a) for s, n, p, a, v in rows]
    t = truth(
        "T01-2026-008813",
        "2026-10-03",
        None,
        vendor,
        base,
        vat,
        total,
        "EUR",
        "es-ES",
        "receipt",
        "receipt",
        items,
        "Museum shop: big MACM wordmark, but the seller is the operator 'ARTEMIS GESTIÓN CULTURAL, S.L.' (printed in capitals); two IVA rates 4 % and 21 % with a Base/Cuota table; factura simplificada number.",
    )
    return d, t


@register("pdf", "pdf")
def r15(r):
    """US food truck (Oregon): no sales tax, tip line, order number."""
    d = Doc("r15", roll_mm=76)
    ro = Roll(d, font="Helvetica", size=8, margin=4 * mm)
    vendor = "Smoke & Ember BBQ"
    d.poly(
        [(d.W / 2 - 6 * mm, 16 * mm), (d.W / 2, 4 * mm), (d.W / 2 + 6 * mm, 16 * mm)],
        HexColor("#D84315"),
    )
    ro.y = 21 * mm
    ro.c("SMOKE & EMBER BBQ", "Helvetica-Bold", 11)
    ro.c("Food truck · SE Division St & 33rd, Portland OR")
    ro.c("smokeandember.com · @smokeandemberpdx")
    ro.sep()
    ro.lr("Order #227", "Name: Jess", "Helvetica-Bold")
    ro.lr("Jun 6, 2026", "12:18 PM")
    ro.sep()
    spec = [
        ("Brisket plate", 1, "17.50"),
        ("Pulled pork sandwich", 2, "12.00"),
        ("Mac & cheese side", 1, "5.00"),
        ("Lemonade", 2, "4.50"),
    ]
    rows = lines(spec)
    for s, n, _p, a in rows:
        ro.lr(f"{n}  {s}", "$" + en(a))
    sub = sum(a for *_, a in rows)
    tip = q(sub * D("0.18"))
    total = sub + tip
    ro.sep()
    ro.lr("Subtotal", "$" + en(sub))
    ro.lr("Tax", "n/a")
    ro.lr("Tip (18%)", "$" + en(tip))
    ro.lr("Total", "$" + en(total), "Helvetica-Bold", 11)
    ro.gap(2)
    ro.lr("Visa Contactless ...5530", "$" + en(total))
    ro.lr("Auth 30771A", "")
    ro.sep()
    ro.c("No sales tax in Oregon!", "Helvetica-Oblique", 8)
    ro.c("Thanks for eating with us", "Helvetica-Oblique", 8)
    items = [item(s, n, p, a) for s, n, p, a in rows]
    t = truth(
        "227",
        "2026-06-06",
        None,
        vendor,
        sub,
        None,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        items,
        "Food-truck receipt: no sales tax ('Tax n/a', vat null); tip 18% added to the subtotal; order number is the only number; 'Jun 6, 2026' date.",
        tip=tip,
    )
    return d, t


@register("pdf", "pdf")
def r16(r):
    """CL toll road electronic boleta: CLP without decimals, IVA 19% included, dot thousands."""
    d = Doc("r16", roll_mm=76)
    ro = Roll(d, font="DVM", size=7.4, margin=4 * mm)
    vendor = "Autopista Los Andes S.A."
    d.rect(
        d.W / 2 - 24 * mm,
        5 * mm,
        48 * mm,
        12 * mm,
        stroke=1,
        fill=0,
        color=HexColor("#C62828"),
        lw=1.5,
    )
    d.text(d.W / 2, 10 * mm, "R.U.T.: 76.543.210-K", "DVMB", 7.5, "c", HexColor("#C62828"))
    d.text(
        d.W / 2, 14.5 * mm, "BOLETA ELECTRÓNICA N° 18445021", "DVMB", 6.5, "c", HexColor("#C62828")
    )
    ro.y = 22 * mm
    ro.c("AUTOPISTA LOS ANDES S.A.", "DVMB", 9)
    ro.c("Giro: concesión obras viales")
    ro.c("Av. Apoquindo 4499, Las Condes, Santiago")
    ro.sep()
    ro.lr("Plaza de peaje", "Lampa Troncal")
    ro.lr("Vía", "04  Sentido N-S")
    ro.lr("Fecha", "22-10-2026 19:03")
    ro.lr("Categoría", "1 - Autos y camionetas")
    ro.lr("Tarifa", "Punta")
    ro.sep()
    total = D(3450)
    vat = q0(total * D(19) / D(119))
    clp = lambda v: "$" + fmt(v, ",", ".", 0)  # noqa: E731
    ro.lr("TOTAL", clp(total), "DVMB", 11)
    ro.lr("Pago", "Efectivo")
    ro.sep()
    ro.c("El IVA de esta boleta es: " + clp(vat))
    ro.gap(2)
    d.rect(d.W / 2 - 18 * mm, ro.y, 36 * mm, 14 * mm, stroke=1, fill=0, lw=0.4)
    d.barcode(d.W / 2 - 16 * mm, ro.y + 1.5 * mm, 32 * mm, 11 * mm, "r16b")
    ro.gap(17 * mm)
    ro.c("Timbre Electrónico SII", size=6.5)
    ro.c("Res. 80 de 2014 · Verifique documento: www.sii.cl", size=6.5)
    items = [item("Peaje categoría 1, tarifa punta", 1, total, total)]
    t = truth(
        "18445021",
        "2026-10-22",
        None,
        vendor,
        total - vat,
        vat,
        total,
        "CLP",
        "es-CL",
        "receipt",
        "receipt",
        items,
        "Chilean toll boleta: pesos without decimals and dot thousands ($3.450 keyed 3450.00); only the VAT is printed ('El IVA de esta boleta es: $551'), net = total - IVA; document number inside the red RUT box; dd-mm-yyyy.",
    )
    return d, t


# ======================================================================================
# README
# ======================================================================================

COUNTRY = {
    "i01": "NL",
    "i02": "DE",
    "i03": "GB",
    "i04": "SE",
    "i05": "IT",
    "i06": "SG",
    "i07": "CH",
    "i08": "BE",
    "i09": "US",
    "i10": "PL",
    "i11": "IN",
    "i12": "AU",
    "i13": "JP",
    "i14": "NO",
    "i15": "ZA",
    "i16": "PT",
    "r01": "CA",
    "r02": "DE",
    "r03": "AT",
    "r04": "FR",
    "r05": "NL",
    "r06": "US",
    "r07": "GB",
    "r08": "IT",
    "r09": "CZ",
    "r10": "SE",
    "r11": "CA",
    "r12": "DK",
    "r13": "MX",
    "r14": "ES",
    "r15": "US",
    "r16": "CL",
}
TRADE = {
    "i01": "freight forwarder / customs broker",
    "i02": "dental practice",
    "i03": "law firm fee note",
    "i04": "construction subcontractor",
    "i05": "car rental closing invoice",
    "i06": "hotel group",
    "i07": "printing works",
    "i08": "cleaning contract (monthly)",
    "i09": "veterinary clinic",
    "i10": "agricultural supplier",
    "i11": "software licence renewal",
    "i12": "event venue",
    "i13": "translation agency",
    "i14": "architect",
    "i15": "security firm",
    "i16": "wholesale fish market (credit note)",
    "r01": "airline ticket receipt",
    "r02": "taxi",
    "r03": "railway ticket machine",
    "r04": "pharmacy",
    "r05": "bakery",
    "r06": "car wash",
    "r07": "cinema",
    "r08": "parking meter",
    "r09": "vending kiosk",
    "r10": "florist",
    "r11": "dry cleaner",
    "r12": "bike shop",
    "r13": "market stall",
    "r14": "museum shop",
    "r15": "food truck",
    "r16": "toll road",
}

README_HEAD = """# Blind set 2026-14p: trades and industries with their own paperwork

Generated by `python -m bench.blindsets.blind_2026_14p [OUTDIR] [--only NAME]` (run from the
repository root; default OUTDIR `bench/blindsets/blind-2026-14p`). Written blind: the author saw
nothing of the reader, its tests, benches or other blind sets.

## How the set is drawn

- 16 invoices (`i01`-`i16`) and 16 receipts (`r01`-`r16`), one trade each (table below), from
  {ncountries} countries in 12 languages/scripts of the Latin alphabet (EN, DE, FR, NL, IT, SV, PL,
  PT, NO, DA, ES, CS). No CJK fonts are installed, so the Japanese invoice is an English-language
  invoice from a Japanese company.
- Every document has its own drawing function (reportlab canvas, `invariant=1`) with its own
  layout, fonts (DejaVu Sans/Serif/Mono/Condensed/ExtraLight, Helvetica, Times, Courier), label
  wording, column structure, logos drawn from shapes or wordmarks, footers with bank details and
  registration numbers. Invoices are A4 or US Letter; receipts are 58/76/80 mm rolls exactly as
  long as their content (the airline ticket receipt is a full Letter page).
- Every text run is checked to stay on its page and not to overlap any other run
  (`LayoutError`).
- Kinds: born-digital PDFs with a text layer (`pdf`); scans rendered with pypdfium2 at
  160-300 dpi, grey or colour, with paper tone, skew up to ±1.8°, blur, noise, specks, thermal
  fading on receipts, two receipts downscaled to 640-650 px wide (`scan`, `.png`); three scans
  are delivered as image-only PDFs (`scan`, `.pdf`: i02, i08, i16); phone photos with perspective onto
  wood / desk / cloth textures, drop shadow, uneven light, a corner shadow, folds on two invoices,
  JPEG quality 62-74, long side 1,600-2,200 px (`photo`, `.jpg`).
- Determinism: every random choice (degradation parameters, QR/barcode patterns) is seeded with
  the CRC-32 of the document name; re-runs are byte-identical.

## Truth conventions

- All amounts are computed once with `Decimal` (ROUND_HALF_UP); the page prints the same values.
  Each JSON satisfies `amount + vat + tip + rounding == total` (vat 0 when null); the generator
  asserts it.
- `amount` is the net before tax. When prices include tax (most receipts), amount = total - vat,
  which is also the net the page prints where it prints one. `vat` is the sum of all printed
  taxes (e.g. TPS + TVQ in Quebec, several VAT rates); `null` only when the page prints no tax
  at all (i02 VAT-exempt dentist, r13 market stall, r15 Oregon food truck). A printed 0 % VAT line
  (i04 reverse charge) is keyed `"0.00"`.
- Service charges (i06 hotel 10 %), carrier surcharges (r01 YQ), customs duties advanced as
  disbursements (i01) and VAT-free disbursements (i03 court/registry fees, i14 municipal fee) are
  part of the net, not tax.
- Airline ticket (r01): `vat` = the printed "Total taxes, fees and charges" (security charge,
  airport improvement fees and GST), the block the ticket itself labels as taxes.
- Tips (r02 taxi, r15 food truck) and cash/Rappen/öre rounding lines (i04, i07, r09) are not part
  of amount or vat; they are the `tip` / `rounding` terms of the identity above, and are not
  keyed separately.
- `total` is the document's own grand total including tax, before deducting deposits or money
  held on account (i03 fee note, i12 event venue: the lower "balance due" is not the total).
  Payments that settle the total (card lines, "Balance 0.00") do not change it.
- Credit notes (i16) print negative quantities and amounts and are keyed negative
  (`document_type: credit_note`, `layout: invoice`).
- Currencies printed without decimals (JPY, CLP) are keyed with `.00`.
- `vendor_name` is the seller as printed, with its legal form when printed with it. Where a
  brand/wordmark differs from the legal seller (i06 hotel brand vs. Straits Heritage Hotels Pte.
  Ltd., r14 museum brand vs. its shop operator), the legal seller is keyed. r14 prints the
  operator in capitals; the key uses the casing of its legal name.
- `invoice_number` is the document's own number as printed (receipt/ticket/order/bill number on
  receipts; the ticket number on r01; the order number on r07 and r15; null only on r13, which
  prints none). `due_date` is keyed only when a due date is printed; ready-by dates, validity dates,
  reminders and event dates are not due dates.
- `layout` is `invoice` for full pages (A4/Letter; also the r01 ticket receipt) and `receipt` for
  rolls. `locale` is language-country of the printed text. `line_items` hold the printed item
  lines (discount lines as negative items); quantities as printed without trailing zeros.

"""


def readme(truths: dict) -> str:
    kinds = {}
    for t in truths.values():
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    files = {n: f"{n}.{DOCS[n][2]}" for n in truths}
    img_pdf = sum(1 for n, t in truths.items() if t["kind"] == "scan" and files[n].endswith(".pdf"))
    mix = ["## Mix", "", "| | invoices | receipts | total |", "|---|---|---|---|"]
    for k, label in [
        ("pdf", "born-digital PDF"),
        ("scan", "scan (PNG or image-only PDF)"),
        ("photo", "photo (JPEG)"),
    ]:
        a = sum(1 for n, t in truths.items() if t["kind"] == k and n[0] == "i")
        b = sum(1 for n, t in truths.items() if t["kind"] == k and n[0] == "r")
        mix.append(f"| {label} | {a} | {b} | {a + b} |")
    mix.append(f"| total | 16 | 16 | {len(truths)} |")
    mix += [
        "",
        f"Image-only PDFs among the scans: {img_pdf}. Credit notes: {sum(1 for t in truths.values() if t['document_type'] == 'credit_note')}. "
        f"Countries: {len(set(COUNTRY.values()))}. Currencies: {', '.join(sorted({t['currency'] for t in truths.values()}))}.",
        "",
    ]
    rows = [
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n, t in truths.items():
        note = t["note"].replace("|", "/")
        rows.append(
            f"| {files[n]} | {t['kind']} | {COUNTRY[n]} | {TRADE[n]} | {t['vendor_name']} | {t['invoice_number'] or '-'} | {t['total']} {t['currency']} | {note} |"
        )
    head = README_HEAD.replace("{ncountries}", str(len(set(COUNTRY.values()))))
    return head + "\n".join(mix) + "\n" + "\n".join(rows) + "\n"


# ======================================================================================
# Runner and README
# ======================================================================================


def build(name: str, outdir: Path) -> dict:
    fn, kind, ext, fx = DOCS[name]
    seed = zlib.crc32(name.encode())
    r = random.Random(seed)
    d, t = fn(r)
    t["kind"] = kind
    buf = io.BytesIO()
    d.save(buf, f"{name}", t["vendor_name"])
    pdf = buf.getvalue()
    rs = np.random.default_rng(seed)
    if kind == "pdf":
        data = pdf
    elif kind == "photo":
        img = rasterize(pdf, fx.get("dpi", 200))
        data = photo(
            img,
            rs,
            long_side=fx["long_side"],
            quality=fx["quality"],
            style=fx["style"],
            fold=fx.get("fold", 0.0),
        )
    else:
        img = rasterize(pdf, fx["dpi"])
        opts = {
            k: fx[k]
            for k in ("grey", "skew", "blur", "noise", "specks", "fade", "width", "tone")
            if k in fx
        }
        img = scan(img, rs, **opts)
        data = (
            image_pdf(img, (d.W, img.shape[0] / img.shape[1] * d.W), name)
            if ext == "pdf"
            else png_bytes(img)
        )
    (outdir / f"{name}.{ext}").write_bytes(data)
    (outdir / f"{name}.json").write_text(
        json.dumps(t, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return t


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else sorted(DOCS)
    truths = {n: build(n, out) for n in names}
    for n, t in truths.items():
        print(f"{n}: {t['kind']:5} {t['currency']} {t['total']:>12}  {t['vendor_name']}")
    if not a.only:
        (out / "README.md").write_text(readme(truths), encoding="utf-8")


if __name__ == "__main__":
    main()
