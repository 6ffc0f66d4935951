# ruff: noqa: E501
"""Blind set 12q: Central/Eastern Europe, Nordic and Baltic invoices and till receipts.

Run from the repository root:  python -m bench.blindsets.blind_2026_12q [OUTDIR] [--only NAME]
Every random choice is seeded with the CRC-32 of the document's name, so re-runs are byte-identical.
"""

from __future__ import annotations

import argparse
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
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

D = Decimal
D0 = Decimal("0")
MM = 72.0 / 25.4
A4 = (595.2756, 841.8898)
LETTER = (612.0, 792.0)
BLACK = (0, 0, 0)
GREY = (0.35, 0.35, 0.35)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONTS = {
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
    "DVL": "DejaVuSans-ExtraLight.ttf",
}
_REGISTERED = False


def register_fonts() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    for key, fn in _FONTS.items():
        pdfmetrics.registerFont(TTFont(key, str(FONT_DIR / fn)))
    _REGISTERED = True


class LayoutError(Exception):
    pass


# ----------------------------------------------------------------------------- money


def q(x, places: int = 2) -> Decimal:
    return D(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def num(v, dec: str = ",", th: str = " ", places: int = 2, plus: bool = False) -> str:
    v = D(v)
    neg = v < 0
    s = f"{q(abs(v), places):.{places}f}"
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = th.join(groups) + (dec + fp if places else "")
    if neg:
        return "-" + out
    return ("+" + out) if plus and v > 0 else out


def qty_str(x, dec: str = ",") -> str:
    s = format(D(x).normalize(), "f")
    return s.replace(".", dec)


def line(desc, qty, unit, rate=None, places: int = 2, code: str = "") -> dict:
    qty, unit = D(str(qty)), D(str(unit))
    return {
        "desc": desc,
        "qty": qty,
        "unit": unit,
        "amt": q(qty * unit, places),
        "rate": D(str(rate)) if rate is not None else None,
        "code": code,
    }


def vat_net(items, places: int = 2) -> dict:
    """Invoice style: VAT per rate on the summed net of that rate."""
    groups: dict = {}
    for it in items:
        groups.setdefault(it["rate"], D0)
        groups[it["rate"]] += it["amt"]
    return {r: (n, q(n * r / 100, places), n + q(n * r / 100, places)) for r, n in groups.items()}


def vat_gross(items, places: int = 2) -> dict:
    """Till style: prices include VAT; VAT per rate extracted from the summed gross."""
    groups: dict = {}
    for it in items:
        groups.setdefault(it["rate"], D0)
        groups[it["rate"]] += it["amt"]
    out = {}
    for r, g in groups.items():
        v = q(g * r / (100 + r), places)
        out[r] = (g - v, v, g)
    return out


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
    kind,
    tip=D0,
    rounding=D0,
) -> dict:
    v = vat if vat is not None else D0
    if amount + v + tip + rounding != total:
        raise AssertionError(f"arithmetic: {amount} + {v} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": f"{q(amount):.2f}",
        "vat": None if vat is None else f"{q(vat):.2f}",
        "total": f"{q(total):.2f}",
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": doctype,
        "line_items": [
            {
                "description": it["desc"],
                "quantity": format(it["qty"].normalize(), "f"),
                "unit_price": f"{q(it['unit'], max(2, -it['unit'].normalize().as_tuple().exponent)):f}",
                "amount": f"{q(it['amt']):.2f}",
            }
            for it in items
        ],
        "note": note,
        "kind": kind,
    }


def iban(cc: str, bban: str) -> str:
    digits = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    chk = 98 - int(digits) % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def luhn(base: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(base)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d - 9 if d > 9 else d
    return base + str((10 - tot % 10) % 10)


def fi_ref(base: str) -> str:
    w = [7, 3, 1]
    tot = sum(int(ch) * w[i % 3] for i, ch in enumerate(reversed(base)))
    return base + str((10 - tot % 10) % 10)


# ----------------------------------------------------------------------------- drawing


class Sheet:
    """One page; y runs top-down. Height fixed (invoice) or grows with the cursor (roll)."""

    def __init__(self, w: float, h: float | None = None, bottom: float = 10.0):
        self.w, self.h, self.bottom = w, h, bottom
        self.ops: list = []
        self.runs: list = []
        self.y = 0.0

    def height(self) -> float:
        return self.h if self.h is not None else self.y + self.bottom

    def t(self, x, y, s, f="DV", z=9.0, a="l", c=BLACK) -> float:
        s = str(s)
        if not s:
            return 0.0
        w = pdfmetrics.stringWidth(s, f, z)
        x0 = x if a == "l" else (x - w if a == "r" else x - w / 2)
        self.runs.append((x0, y - 0.76 * z, x0 + w, y + 0.24 * z, s))
        self.ops.append(("t", x0, y, s, f, z, c))
        return w

    def ln(self, x1, y1, x2, y2, lw=0.5, c=BLACK, dash=None) -> None:
        self.ops.append(("l", x1, y1, x2, y2, lw, c, dash))

    def rect(self, x, y, w, h, lw=0.5, stroke=BLACK, fill=None, r=0.0) -> None:
        self.ops.append(("r", x, y, w, h, lw, stroke, fill, r))

    def circle(self, cx, cy, rad, lw=0.5, stroke=BLACK, fill=None) -> None:
        self.ops.append(("c", cx, cy, rad, lw, stroke, fill))

    def poly(self, pts, fill=BLACK) -> None:
        self.ops.append(("p", pts, fill))

    def qr(self, x, y, size, seed, n=25) -> None:
        self.ops.append(("q", x, y, size, seed, n))

    def check(self, name: str) -> None:
        H = self.height()
        for x0, t0, x1, b1, s in self.runs:
            if x0 < 3 or t0 < 3 or x1 > self.w - 3 or b1 > H - 3:
                raise LayoutError(
                    f"{name}: run off page: {s!r} ({x0:.1f},{t0:.1f},{x1:.1f},{b1:.1f}) page {self.w:.0f}x{H:.0f}"
                )
        runs = sorted(self.runs)
        for i, a in enumerate(runs):
            for b in runs[i + 1 :]:
                if b[0] >= a[2] - 0.4:
                    break
                if a[1] < b[3] - 0.4 and b[1] < a[3] - 0.4:
                    raise LayoutError(f"{name}: overlap {a[4]!r} / {b[4]!r}")

    def wrap(self, s, f, z, width) -> list[str]:
        out: list[str] = []
        for para in str(s).split("\n"):
            cur = ""
            for word in para.split(" "):
                cand = (cur + " " + word) if cur else word
                if pdfmetrics.stringWidth(cand, f, z) <= width or not cur:
                    cur = cand
                else:
                    out.append(cur)
                    cur = word
            out.append(cur)
        return out

    def para(self, x, y, s, f="DV", z=8.0, width=200.0, lead=None, c=BLACK, a="l") -> float:
        lead = lead or z * 1.25
        for ln_ in self.wrap(s, f, z, width):
            self.t(x, y, ln_, f, z, a, c)
            y += lead
        return y

    def table(  # noqa: C901
        self,
        x,
        y,
        cols,
        rows,
        f="DV",
        fb="DVB",
        z=8.0,
        pad=3.0,
        lead=None,
        grid=True,
        head_fill=None,
        head_c=BLACK,
        zebra=None,
        lc=BLACK,
        lw=0.4,
        hlines=False,
    ) -> float:
        """cols: (title, width, align). Returns y below the table."""
        lead = lead or z * 1.22
        total_w = sum(c[1] for c in cols)

        def cells(row, font):
            return [
                self.wrap(txt, font, z, w - 2 * pad)
                for txt, (_, w, _) in zip(row, cols, strict=False)
            ]

        def draw_row(row, font, fill, color):
            nonlocal y
            wr = cells(row, font)
            hgt = max(len(c) for c in wr) * lead + pad * 1.4
            if fill:
                self.rect(x, y, total_w, hgt, lw=0, stroke=None, fill=fill)
            cx = x
            for lines_, (_, w, al) in zip(wr, cols, strict=False):
                ty = y + pad * 0.7 + z * 0.82
                for ln_ in lines_:
                    if al == "r":
                        self.t(cx + w - pad, ty, ln_, font, z, "r", color)
                    elif al == "c":
                        self.t(cx + w / 2, ty, ln_, font, z, "c", color)
                    else:
                        self.t(cx + pad, ty, ln_, font, z, "l", color)
                    ty += lead
                if grid:
                    self.ln(cx, y, cx, y + hgt, lw, lc)
                cx += w
            if grid:
                self.ln(cx, y, cx, y + hgt, lw, lc)
                self.ln(x, y, x + total_w, y, lw, lc)
                self.ln(x, y + hgt, x + total_w, y + hgt, lw, lc)
            elif hlines:
                self.ln(x, y + hgt, x + total_w, y + hgt, lw, lc)
            y += hgt

        draw_row([c[0] for c in cols], fb, head_fill, head_c)
        if not grid:
            self.ln(x, y, x + total_w, y, 0.8, lc)
        for i, r in enumerate(rows):
            draw_row(r, f, zebra if (zebra and i % 2 == 1) else None, BLACK)
        return y


class Roll(Sheet):
    """A till roll: fixed width, height = content."""

    def __init__(
        self, width_mm: float, margin_mm: float = 3.5, top: float = 14.0, bottom: float = 16.0
    ):
        super().__init__(width_mm * MM, None, bottom)
        self.m = margin_mm * MM
        self.y = top

    @property
    def r(self) -> float:
        return self.w - self.m

    def row(self, cells, f="DVM", z=7.5, lead=None, c=BLACK) -> None:
        lead = z * 1.3 if lead is None else lead
        self.y += lead
        for x, s, a in cells:
            self.t(x, self.y, s, f, z, a, c)

    def lr(self, left, right="", f="DVM", z=7.5, lead=None, c=BLACK) -> None:
        self.row([(self.m, left, "l"), (self.r, right, "r")], f, z, lead, c)

    def ctr(self, s, f="DVM", z=7.5, lead=None, c=BLACK) -> None:
        self.row([(self.w / 2, s, "c")], f, z, lead, c)

    def rule(self, dash=(2, 2), lw=0.6, gap=5.0) -> None:
        self.y += gap
        self.ln(self.m, self.y, self.r, self.y, lw, BLACK, dash)
        self.y += 1.0

    def gap(self, pt: float) -> None:
        self.y += pt


def render_pdf(sheets: list[Sheet], name: str) -> bytes:  # noqa: C901
    register_fonts()
    for sh in sheets:
        sh.check(name)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(sheets[0].w, sheets[0].height()), invariant=1)
    for sh in sheets:
        H = sh.height()
        c.setPageSize((sh.w, H))
        for op in sh.ops:
            k = op[0]
            if k == "t":
                _, x0, y, s, f, z, col = op
                c.setFillColorRGB(*col)
                c.setFont(f, z)
                c.drawString(x0, H - y, s)
            elif k == "l":
                _, x1, y1, x2, y2, lw, col, dash = op
                c.setStrokeColorRGB(*col)
                c.setLineWidth(lw)
                c.setDash(*dash) if dash else c.setDash()
                c.line(x1, H - y1, x2, H - y2)
                c.setDash()
            elif k == "r":
                _, x, y, w, h, lw, st, fi, rr = op
                if st:
                    c.setStrokeColorRGB(*st)
                    c.setLineWidth(lw)
                if fi:
                    c.setFillColorRGB(*fi)
                if rr:
                    c.roundRect(x, H - y - h, w, h, rr, stroke=1 if st else 0, fill=1 if fi else 0)
                else:
                    c.rect(x, H - y - h, w, h, stroke=1 if st else 0, fill=1 if fi else 0)
            elif k == "c":
                _, cx, cy, rad, lw, st, fi = op
                if st:
                    c.setStrokeColorRGB(*st)
                    c.setLineWidth(lw)
                if fi:
                    c.setFillColorRGB(*fi)
                c.circle(cx, H - cy, rad, stroke=1 if st else 0, fill=1 if fi else 0)
            elif k == "p":
                _, pts, fi = op
                c.setFillColorRGB(*fi)
                p = c.beginPath()
                p.moveTo(pts[0][0], H - pts[0][1])
                for px, py in pts[1:]:
                    p.lineTo(px, H - py)
                p.close()
                c.drawPath(p, stroke=0, fill=1)
            elif k == "q":
                _, x, y, size, seed, n = op
                rr = random.Random(seed)
                cell = size / n
                c.setFillColorRGB(0, 0, 0)
                finder = {(0, 0), (0, n - 7), (n - 7, 0)}
                for i in range(n):
                    for j in range(n):
                        in_f = any(fi_ <= i < fi_ + 7 and fj <= j < fj + 7 for fi_, fj in finder)
                        if in_f:
                            fi_, fj = next(
                                (a, b) for a, b in finder if a <= i < a + 7 and b <= j < b + 7
                            )
                            di, dj = i - fi_, j - fj
                            on = di in (0, 6) or dj in (0, 6) or (2 <= di <= 4 and 2 <= dj <= 4)
                        else:
                            on = rr.random() < 0.48
                        if on:
                            c.rect(
                                x + j * cell,
                                H - y - (i + 1) * cell,
                                cell + 0.05,
                                cell + 0.05,
                                stroke=0,
                                fill=1,
                            )
        c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------- degradation


def rasterize(pdf: bytes, dpi: float, page: int = 0) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    img = doc[page].render(scale=dpi / 72.0).to_pil().convert("RGB")
    doc.close()
    return img


def scan(
    pdf: bytes,
    seed: int,
    dpi=200,
    grey=True,
    skew=1.0,
    blur=0.6,
    noise=5.0,
    specks=40,
    fade=0.0,
    width=None,
    tint=(0.97, 0.96, 0.93),
) -> Image.Image:
    g = np.random.default_rng(seed)
    a = np.asarray(rasterize(pdf, dpi)).astype(np.float32)
    h, w = a.shape[:2]
    if fade:
        # thermal fading: ink lighter, unevenly down the roll, plus faint streaks across
        prof = (
            1.0
            - fade
            * (0.5 + 0.5 * np.sin(np.linspace(0, g.uniform(2, 5), h) + g.uniform(0, 3)))[:, None]
        )
        streak = 1.0 - 0.25 * fade * (np.sin(np.linspace(0, g.uniform(20, 60), w)) > 0.93)[None, :]
        k = np.clip(prof * streak, 0.35, 1.0)[..., None]
        a = 255 - (255 - a) * k
    a = a * np.array(tint, dtype=np.float32)[None, None, :]
    pad = 20
    a = cv2.copyMakeBorder(a, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(245, 244, 240))
    h, w = a.shape[:2]
    ang = float(g.uniform(-1, 1) * skew)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=(238, 238, 236))
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = a + g.normal(0, noise, a.shape[:2])[..., None]
    for _ in range(specks):
        cx, cy = int(g.integers(0, w)), int(g.integers(0, h))
        rad = int(g.integers(1, 3))
        cv2.circle(a, (cx, cy), rad, (float(g.uniform(40, 120)),) * 3, -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a)
    if grey:
        img = img.convert("L")
    if width and img.width > width:
        img = img.resize((width, round(img.height * width / img.width)), Image.LANCZOS)
    return img


def _background(g, H, W, style: str) -> np.ndarray:
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if style == "wood":
        wob = cv2.GaussianBlur(g.normal(0, 1, (H, W)).astype(np.float32), (0, 0), 25) * 60
        band = np.sin((yy + wob + xx * 0.05) / g.uniform(9, 16)) * 0.5 + 0.5
        base = np.array([120, 84, 52], np.float32)
        bg = base[None, None, :] * (0.8 + 0.3 * band[..., None])
    elif style == "cloth":
        chk = ((xx // 46 + yy // 46) % 2).astype(np.float32)
        bg = np.where(
            chk[..., None] > 0,
            np.array([200, 205, 215], np.float32),
            np.array([70, 90, 140], np.float32),
        )
        bg = cv2.GaussianBlur(bg, (0, 0), 2.0)
    elif style == "stone":
        n = cv2.GaussianBlur(g.normal(0, 1, (H, W)).astype(np.float32), (0, 0), 3) * 25
        bg = np.array([95, 95, 100], np.float32)[None, None, :] + n[..., None]
    else:
        n = cv2.GaussianBlur(g.normal(0, 1, (H, W)).astype(np.float32), (0, 0), 1.2) * 8
        bg = np.array([185, 180, 170], np.float32)[None, None, :] + n[..., None]
    return bg + g.normal(0, 4, (H, W, 1)).astype(np.float32)


def photo(
    pdf: bytes,
    seed: int,
    dpi=170,
    long_side=2000,
    quality=72,
    bg="wood",
    folds=(),
    tilt=0.05,
    shadow=True,
) -> Image.Image:
    g = np.random.default_rng(seed)
    doc = np.asarray(rasterize(pdf, dpi)).astype(np.float32)
    h, w = doc.shape[:2]
    for fy in folds:  # paper folds: a soft crease shading across the page
        r0 = int(h * fy)
        yy = np.arange(h, dtype=np.float32)[:, None]
        crease = (
            1.0
            - 0.10 * np.exp(-(((yy - r0) / 6.0) ** 2))
            + 0.04 * np.exp(-(((yy - r0 - 10) / 10.0) ** 2))
        )
        doc = doc * crease[..., None]
    pad = int(max(h, w) * 0.09)
    H, W = h + 2 * pad, w + 2 * pad
    back = _background(g, H, W, bg)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    jit = g.uniform(-tilt, tilt, (4, 2)) * np.float32([w, h]) * 0.5
    dst = (src + pad + jit).astype(np.float32)
    Mp = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, Mp, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), Mp, (W, H))
    sh = cv2.GaussianBlur(np.roll(np.roll(mask, 14, 0), 10, 1), (0, 0), 12)
    comp = back * (1 - 0.45 * sh[..., None])
    comp = comp * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = g.uniform(0.2, 0.8) * W, g.uniform(0.2, 0.8) * H
    light = 0.80 + 0.25 * np.exp(
        -(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * (0.6 * max(H, W)) ** 2))
    )
    comp = comp * light[..., None] * np.float32([1.0, 0.98, 0.93])
    if shadow:  # a soft shadow (phone / hand) across one corner
        pts = np.int32(
            [[0, int(H * g.uniform(0.55, 0.8))], [int(W * g.uniform(0.3, 0.55)), H], [0, H]]
        )
        sm = np.zeros((H, W), np.float32)
        cv2.fillPoly(sm, [pts], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), 40)
        comp = comp * (1 - 0.33 * sm[..., None])
    scale = long_side / max(H, W)
    comp = cv2.resize(comp, (round(W * scale), round(H * scale)), interpolation=cv2.INTER_AREA)
    comp = cv2.GaussianBlur(comp, (0, 0), 0.5)
    comp = comp + g.normal(0, 3.0, comp.shape).astype(np.float32)
    img = Image.fromarray(np.clip(comp, 0, 255).astype(np.uint8))
    return img


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def image_pdf(img: Image.Image, page_w: float) -> bytes:
    """The degraded scan as the only content of a PDF page."""
    buf = io.BytesIO()
    ph = page_w * img.height / img.width
    c = canvas.Canvas(buf, pagesize=(page_w, ph), invariant=1)
    c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(img, 85))), 0, 0, page_w, ph)
    c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------- documents

DOCS: dict = {}


def doc(name: str, country: str, post: tuple):
    def deco(fn):
        DOCS[name] = (fn, country, post)
        return fn

    return deco


def line_vat_check(items, summary, places=2) -> None:
    for r, (_n, v, _g) in summary.items():
        lv = sum((q(it["amt"] * r / 100, places) for it in items if it["rate"] == r), D0)
        if lv != v:
            raise AssertionError(f"line VAT {lv} != rate VAT {v} at {r}%")


def logo_box(s: Sheet, x, y, w, h, text, fill, f="DVB", z=16, tc=(1, 1, 1), r=4.0) -> None:
    s.rect(x, y, w, h, lw=0, stroke=None, fill=fill, r=r)
    s.t(x + w / 2, y + h / 2 + z * 0.36, text, f, z, "c", tc)


@doc("i01", "PL", ("pdf",))
def i01(rng, name):
    W, H = A4
    s = Sheet(W, H)
    teal = (0.0, 0.45, 0.50)
    items = [
        line(
            "Przegląd okresowy klimatyzatora typu split (czyszczenie, odgrzybianie, kontrola szczelności)",
            4,
            "280.00",
            23,
        ),
        line("Czynnik chłodniczy R32 – uzupełnienie", "1.5", "146.00", 23),
        line("Montaż klimatyzatora ściennego 3,5 kW w lokalu mieszkalnym", 1, "1850.00", 8),
        line("Klimatyzator ścienny Gree Pulse 3,5 kW (jedn. wewn. + zewn.)", 1, "3290.00", 8),
        line("Dojazd serwisu poza Gdynię", 38, "2.50", 23),
    ]
    units = ["szt.", "kg", "usł.", "kpl.", "km"]
    summ = vat_net(items)
    line_vat_check(items, summ)
    net = sum(v[0] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    tot = net + vat
    logo_box(s, 40, 36, 46, 46, "BTS", teal, z=15)
    s.t(96, 56, "BALTIC-TECH", "DVB", 17, c=teal)
    s.t(96, 71, "SERWIS KLIMATYZACJI  ·  GDYNIA", "DV", 7.5, c=GREY)
    for i, (k, v) in enumerate(
        [
            ("Miejsce wystawienia:", "Gdynia"),
            ("Data wystawienia:", "2026-02-11"),
            ("Data sprzedaży:", "2026-02-10"),
        ]
    ):
        s.t(380, 50 + i * 13, k, "DV", 8, c=GREY)
        s.t(W - 40, 50 + i * 13, v, "DVB", 8.5, "r")
    s.t(40, 120, "Faktura VAT nr FV/2026/02/0147", "DVB", 15)
    s.t(40, 134, "ORYGINAŁ", "DV", 7.5, c=GREY)
    for x, head, rows in [
        (
            40,
            "Sprzedawca",
            [
                "BALTIC-TECH Serwis Sp. z o.o.",
                "ul. Portowa 14/3",
                "81-350 Gdynia",
                "NIP: 586-231-44-17",
                "tel. 58 620 14 77, biuro@baltic-tech.pl",
            ],
        ),
        (
            310,
            "Nabywca",
            ["Hotel Pod Dębem Sp. z o.o.", "ul. Leśna 2", "84-230 Rumia", "NIP: 588-244-19-02"],
        ),
    ]:
        s.t(x, 160, head, "DVB", 9, c=teal)
        s.ln(x, 164, x + 245, 164, 0.6, teal)
        for i, r in enumerate(rows):
            s.t(x, 177 + i * 11.5, r, "DVB" if i == 0 else "DV", 8.5)
    s.t(W - 40, 246, "Waluta: PLN", "DV", 7.5, "r", GREY)
    cols = [
        ("Lp.", 20, "c"),
        ("Nazwa towaru / usługi", 175, "l"),
        ("Ilość", 32, "r"),
        ("J.m.", 28, "c"),
        ("Cena netto", 50, "r"),
        ("Wartość netto", 56, "r"),
        ("VAT", 28, "c"),
        ("Kwota VAT", 52, "r"),
        ("Wartość brutto", 74, "r"),
    ]
    rows = []
    for i, (it, u) in enumerate(zip(items, units, strict=False)):
        lv = q(it["amt"] * it["rate"] / 100)
        rows.append(
            [
                str(i + 1),
                it["desc"],
                qty_str(it["qty"]),
                u,
                num(it["unit"]),
                num(it["amt"]),
                f"{it['rate']}%",
                num(lv),
                num(it["amt"] + lv),
            ]
        )
    y = s.table(
        40, 252, cols, rows, "DV", "DVB", 7.5, head_fill=(0.85, 0.93, 0.94), lc=(0.5, 0.6, 0.62)
    )
    y += 16
    sc = [
        ("Stawka VAT", 56, "c"),
        ("Wartość netto", 66, "r"),
        ("Kwota VAT", 60, "r"),
        ("Wartość brutto", 74, "r"),
    ]
    srows = [
        [f"{r}%", num(n), num(v), num(g)] for r, (n, v, g) in sorted(summ.items(), reverse=True)
    ]
    srows.append(["Razem", num(net), num(vat), num(tot)])
    s.table(
        W - 40 - 256,
        y,
        sc,
        srows,
        "DV",
        "DVB",
        7.5,
        head_fill=(0.85, 0.93, 0.94),
        lc=(0.5, 0.6, 0.62),
    )
    acct = iban("PL", "11402004" + "0000320212345678")
    for i, (k, v) in enumerate(
        [
            ("Sposób płatności:", "Przelew"),
            ("Termin płatności:", "2026-02-25 (14 dni)"),
            ("Bank:", "mBank S.A."),
            ("Nr konta:", acct.replace("PL", "")),
        ]
    ):
        s.t(40, y + 10 + i * 12, k, "DV", 8, c=GREY)
        s.t(120, y + 10 + i * 12, v, "DV", 8)
    y += 90
    s.t(W - 40, y, f"Do zapłaty: {num(tot)} PLN", "DVB", 13, "r")
    s.t(W - 40, y + 16, "Zapłacono: 0,00 PLN", "DV", 8, "r", GREY)
    s.t(W - 40, y + 28, f"Pozostało do zapłaty: {num(tot)} PLN", "DV", 8, "r", GREY)
    for x, cap in [(60, "Osoba upoważniona do odbioru"), (350, "Osoba upoważniona do wystawienia")]:
        s.ln(x, 735, x + 185, 735, 0.4, GREY, (1, 2))
        s.t(x + 92, 746, cap, "DV", 7, "c", GREY)
    s.t(x + 92, 728, "Marta Lewandowska", "DVI", 8, "c")
    s.ln(40, 788, W - 40, 788, 0.4, GREY)
    s.t(
        40,
        800,
        "BALTIC-TECH Serwis Sp. z o.o., Sąd Rejonowy Gdańsk-Północ w Gdańsku, VIII Wydział Gospodarczy KRS, KRS 0000612345,",
        "DV",
        6.3,
        c=GREY,
    )
    s.t(
        40,
        809,
        "REGON 364112890, kapitał zakładowy 50 000,00 zł. Mechanizm podzielonej płatności nie dotyczy.",
        "DV",
        6.3,
        c=GREY,
    )
    s.t(W - 40, 822, "Wygenerowano w Fakturownia.pl  ·  1/1", "DV", 6, "r", GREY)
    t = truth(
        "FV/2026/02/0147",
        "2026-02-11",
        "2026-02-25",
        "BALTIC-TECH Serwis Sp. z o.o.",
        net,
        vat,
        tot,
        "PLN",
        "pl-PL",
        "invoice",
        "invoice",
        items,
        "Fakturownia-style export; two VAT rates (23%/8%) with per-rate summary; sale date differs from issue date; amounts printed without currency, 'Waluta: PLN' once and 'Do zapłaty ... PLN'.",
        "pdf",
    )
    return [s], t


@doc(
    "i02",
    "PL",
    ("scan", "png", {"dpi": 200, "grey": True, "skew": 1.2, "blur": 0.7, "noise": 6, "specks": 60}),
)
def i02(rng, name):
    W, H = A4
    s = Sheet(W, H)
    before = [
        line("Papier ksero A4 80 g/m² POLSPEED (ryza 500 ark.)", 50, "21.50", 23),
        line("Segregator A4/75 mm, niebieski", 30, "9.80", 23),
        line("Koperty C4 HK białe (op. 250 szt.)", 4, "118.00", 23),
    ]
    after = [
        line(before[0]["desc"], 40, "21.50", 23),
        line(before[1]["desc"], 24, "9.80", 23),
        line(before[2]["desc"], 4, "118.00", 23),
    ]
    diff = [
        line(b["desc"], a["qty"] - b["qty"], b["unit"], 23)
        for a, b in zip(after, before, strict=False)
        if a["qty"] != b["qty"]
    ]
    dnet = sum((d["amt"] for d in diff), D0)
    dvat = q(dnet * D(23) / 100)
    dtot = dnet + dvat
    line_vat_check(diff, {D(23): (dnet, dvat, dtot)})
    s.t(48, 60, "PAPIRUS", "DVSB", 26)
    s.t(50, 76, "HURTOWNIA PAPIERNICZA", "DV", 8, c=GREY)
    s.t(W - 48, 50, "Kraków, dnia 2026-02-03", "DV", 9, "r")
    s.t(W / 2, 118, "FAKTURA KORYGUJĄCA", "DVB", 16, "c")
    s.t(W / 2, 134, "nr KOR/0012/2026", "DVB", 11, "c")
    s.t(
        W / 2,
        149,
        "do faktury VAT nr FV/0389/2026 z dnia 2026-01-20 (data sprzedaży 2026-01-20)",
        "DV",
        8.5,
        "c",
    )
    s.rect(48, 166, 240, 80, 0.6)
    s.rect(W - 48 - 240, 166, 240, 80, 0.6)
    for x, head, rows in [
        (
            56,
            "SPRZEDAWCA:",
            [
                "PAPIRUS Hurtownia Papiernicza Sp. z o.o.",
                "ul. Zakopiańska 62",
                "30-418 Kraków",
                "NIP 679-312-45-08",
            ],
        ),
        (
            W - 48 - 232,
            "NABYWCA:",
            [
                "Biuro Rachunkowe „Saldo” Ewa Nowak",
                "os. Centrum C 7/14",
                "31-929 Kraków",
                "NIP 678-102-33-91",
            ],
        ),
    ]:
        s.t(x, 180, head, "DVB", 8)
        for i, r in enumerate(rows):
            s.t(x, 194 + i * 12, r, "DV", 8.5)
    s.t(
        48,
        266,
        "Przyczyna korekty: zwrot części towaru (reklamacja – uszkodzenie w transporcie)",
        "DV",
        8.5,
    )
    cols = [
        ("Lp.", 22, "c"),
        ("Nazwa", 205, "l"),
        ("Ilość", 40, "r"),
        ("J.m.", 30, "c"),
        ("Cena netto", 56, "r"),
        ("Wartość netto", 62, "r"),
        ("VAT %", 34, "c"),
        ("Kwota VAT", 50, "r"),
    ]
    y = 284
    for title, group in [("Przed korektą:", before), ("Po korekcie:", after)]:
        s.t(48, y + 8, title, "DVB", 8.5)
        rows = [
            [
                str(i + 1),
                it["desc"],
                qty_str(it["qty"]),
                "szt." if i else "ryza",
                num(it["unit"]),
                num(it["amt"]),
                "23",
                num(q(it["amt"] * 23 / 100)),
            ]
            for i, it in enumerate(group)
        ]
        y = s.table(48, y + 14, cols, rows, "DV", "DVB", 7.5) + 12
    s.t(48, y + 8, "Korekta (różnica):", "DVB", 8.5)
    rows = [
        [
            str(i + 1),
            it["desc"],
            qty_str(it["qty"]),
            "szt." if "Segregator" in it["desc"] else "ryza",
            num(it["unit"]),
            num(it["amt"]),
            "23",
            num(q(it["amt"] * 23 / 100)),
        ]
        for i, it in enumerate(diff)
    ]
    y = s.table(48, y + 14, cols, rows, "DV", "DVB", 7.5, head_fill=(0.9, 0.9, 0.9)) + 20
    sc = [("Stawka", 50, "c"), ("Netto", 70, "r"), ("VAT", 60, "r"), ("Brutto", 70, "r")]
    s.table(
        W - 48 - 250,
        y,
        sc,
        [["23%", num(dnet), num(dvat), num(dtot)], ["Razem", num(dnet), num(dvat), num(dtot)]],
        "DV",
        "DVB",
        8,
    )
    s.t(48, y + 12, "Wartość korekty brutto:", "DV", 8.5)
    s.t(48, y + 26, f"{num(dtot)} zł", "DVB", 11)
    y += 72
    s.t(48, y, f"Kwota do zwrotu: {num(-dtot)} zł", "DVB", 12)
    s.t(48, y + 16, "Sposób zwrotu: przelew na rachunek nabywcy w terminie 14 dni", "DV", 8.5)
    s.t(
        48, y + 30, f"Rachunek sprzedawcy: {iban('PL', '10501445' + '1000009071234567')}", "DV", 8.5
    )
    for x, cap in [
        (70, "podpis osoby upoważnionej do odbioru"),
        (345, "podpis osoby upoważnionej do wystawienia"),
    ]:
        s.ln(x, 740, x + 180, 740, 0.5)
        s.t(x + 90, 752, cap, "DV", 7, "c", GREY)
    s.t(
        W / 2,
        805,
        "PAPIRUS Hurtownia Papiernicza Sp. z o.o. · KRS 0000287741 · BDO 000045123 · www.papirus-hurt.pl",
        "DV",
        6.5,
        "c",
        GREY,
    )
    t = truth(
        "KOR/0012/2026",
        "2026-02-03",
        None,
        "PAPIRUS Hurtownia Papiernicza Sp. z o.o.",
        dnet,
        dvat,
        dtot,
        "PLN",
        "pl-PL",
        "invoice",
        "credit_note",
        diff,
        "Faktura korygująca (credit note): three blocks before / after / difference; the original invoice number and date are also printed; truth is the negative difference; refund stated as positive 'Kwota do zwrotu'.",
        "scan",
    )
    return [s], t


@doc("i03", "CZ", ("pdf",))
def i03(rng, name):
    W, H = A4
    brown = (0.42, 0.26, 0.13)
    spec = [
        ("Korpus spodní skříňky 600 mm, lamino dub Hamilton", 4, "3450", "ks", 21),
        ("Korpus spodní skříňky 400 mm, lamino dub Hamilton", 2, "2890", "ks", 21),
        ("Korpus horní skříňky 800 mm", 3, "2650", "ks", 21),
        ("Korpus horní skříňky 600 mm", 2, "2380", "ks", 21),
        ("Vysoká skříň pro vestavnou troubu a mikrovlnku", 1, "7980", "ks", 21),
        ("Dvířka MDF lak mat, antracit", "6.8", "2150", "m²", 21),
        ("Pracovní deska kompaktní 12 mm, beton", "3.6", "4200", "bm", 21),
        ("Zástěna – kalené sklo 6 mm s potiskem", "1.9", "3600", "m²", 21),
        ("Úchytka profilová hliník 320 mm", 14, "189", "ks", 21),
        ("Pant Blum Clip top Blumotion", 22, "146", "ks", 21),
        ("Výsuv Blum Legrabox 500 mm", 6, "1890", "ks", 21),
        ("Sokl PVC antracit 150 mm", "4.2", "310", "bm", 21),
        ("Dřez granitový Schock Manhattan", 1, "6490", "ks", 21),
        ("Baterie dřezová Grohe Minta", 1, "3890", "ks", 21),
        ("LED pásek pod horní skříňky vč. zdroje", 1, "2450", "kpl", 21),
        ("Spojovací a kotevní materiál", 1, "680", "kpl", 21),
        ("Zaměření a 3D návrh kuchyně", 1, "1500", "ks", 21),
        ("Doprava Brno a okolí", 46, "18", "km", 21),
        ("Montáž kuchyňské linky v rodinném domě", 14, "650", "hod", 12),
        ("Připojení spotřebičů (trouba, varná deska, myčka)", 3, "650", "hod", 12),
        ("Demontáž a likvidace původní linky", 1, "1200", "ks", 12),
    ]
    items = [line(d, qy, u, r) for d, qy, u, _mj, r in spec]
    summ = vat_net(items)
    net = sum(v[0] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    gross = net + vat
    tot = q(gross, 0)
    rnd = tot - gross
    p1, p2 = Sheet(W, H), Sheet(W, H)
    p1.t(42, 62, "DŘEVO NOVÁK", "DVSB", 22, c=brown)
    p1.t(43, 76, "truhlářská výroba · kuchyně na míru · od 1996", "DVSI", 8, c=GREY)
    p1.t(W - 42, 56, "Faktura – daňový doklad", "DVB", 14, "r")
    p1.t(W - 42, 73, "č. 2026-0042", "DVB", 12, "r", brown)
    p1.ln(42, 90, W - 42, 90, 1.2, brown)
    for x, head, rows in [
        (
            42,
            "Dodavatel",
            [
                "Truhlářství Novák s.r.o.",
                "Táborská 2217/31",
                "615 00 Brno",
                "IČO: 27451234",
                "DIČ: CZ27451234",
                "Zapsáno v OR u KS v Brně, oddíl C, vložka 51234",
            ],
        ),
        (
            310,
            "Odběratel",
            [
                "Ing. Petr Svoboda",
                "Na Vyhlídce 412",
                "664 34 Kuřim",
                "",
                "Konečný příjemce:",
                "Na Vyhlídce 412, Kuřim",
            ],
        ),
    ]:
        p1.t(x, 108, head.upper(), "DVB", 7.5, c=brown)
        for i, r in enumerate(rows):
            p1.t(x, 122 + i * 11.5, r, "DVB" if i == 0 else "DV", 8.5 if i < 5 else 7)
    info = [
        ("Datum vystavení:", "4. 3. 2026"),
        ("Datum zdaň. plnění:", "28. 2. 2026"),
        ("Datum splatnosti:", "18. 3. 2026"),
        ("Forma úhrady:", "Převodem"),
        ("Variabilní symbol:", "20260042"),
        ("Bankovní účet:", "2801234567/2010"),
        ("IBAN:", iban("CZ", "20100000002801234567")),
    ]
    p1.rect(42, 200, W - 84, 62, 0.5, brown)
    for i, (k, v) in enumerate(info):
        x = 50 if i < 4 else 300
        yy = 214 + (i % 4) * 13
        p1.t(x, yy, k, "DV", 8, c=GREY)
        p1.t(x + 88, yy, v, "DVB", 8)
    p1.t(
        42,
        284,
        "Fakturujeme Vám dodávku a montáž kuchyňské linky dle smlouvy o dílo č. SD-2026-011:",
        "DV",
        8.5,
    )
    cols = [
        ("Označení dodávky", 238, "l"),
        ("Množství", 48, "r"),
        ("MJ", 30, "c"),
        ("Cena za MJ", 62, "r"),
        ("DPH", 36, "c"),
        ("Celkem bez DPH", 97, "r"),
    ]

    def rows_for(its, sp):
        return [
            [it["desc"], qty_str(it["qty"]), mj, num(it["unit"]), f"{r} %", num(it["amt"])]
            for it, (_d, _q, _u, mj, r) in zip(its, sp, strict=False)
        ]

    y = p1.table(
        42,
        296,
        cols,
        rows_for(items[:17], spec[:17]),
        "DV",
        "DVB",
        7.8,
        grid=False,
        hlines=True,
        lc=(0.75, 0.68, 0.6),
        zebra=(0.97, 0.95, 0.92),
    )
    p1.t(
        W - 42,
        y + 16,
        f"Mezisoučet strany 1: {num(sum((it['amt'] for it in items[:17]), D0))}",
        "DVI",
        8,
        "r",
        GREY,
    )
    p1.t(W - 42, y + 30, "pokračování na straně 2", "DVI", 8, "r", GREY)
    p2.t(42, 50, "DŘEVO NOVÁK", "DVSB", 12, c=brown)
    p2.t(W - 42, 50, "Faktura č. 2026-0042 – pokračování", "DV", 9, "r")
    p2.ln(42, 58, W - 42, 58, 0.8, brown)
    y = p2.table(
        42,
        72,
        cols,
        rows_for(items[17:], spec[17:]),
        "DV",
        "DVB",
        7.8,
        grid=False,
        hlines=True,
        lc=(0.75, 0.68, 0.6),
    )
    y += 24
    p2.t(42, y, "Rekapitulace DPH v Kč", "DVB", 9)
    rc = [("Sazba", 60, "c"), ("Základ", 90, "r"), ("DPH", 80, "r"), ("Celkem", 90, "r")]
    rr = [[f"{r} %", num(n), num(v), num(g)] for r, (n, v, g) in sorted(summ.items(), reverse=True)]
    rr.append(["Součet", num(net), num(vat), num(gross)])
    y2 = p2.table(42, y + 8, rc, rr, "DV", "DVB", 8, lc=(0.6, 0.5, 0.4))
    tx = W - 42
    p2.t(tx - 200, y2 + 22, "Celkem bez DPH", "DV", 9)
    p2.t(tx, y2 + 22, num(net), "DV", 9, "r")
    p2.t(tx - 200, y2 + 36, "DPH celkem", "DV", 9)
    p2.t(tx, y2 + 36, num(vat), "DV", 9, "r")
    p2.t(tx - 200, y2 + 50, "Zaokrouhlení", "DV", 9)
    p2.t(tx, y2 + 50, num(rnd), "DV", 9, "r")
    p2.rect(tx - 250, y2 + 58, 250, 26, 0, None, (0.93, 0.88, 0.82))
    p2.t(tx - 242, y2 + 76, "Celkem k úhradě", "DVB", 11)
    p2.t(tx - 6, y2 + 76, f"{num(tot)} Kč", "DVB", 12, "r")
    p2.qr(42, y2 + 20, 80, 4203)
    p2.t(42, y2 + 112, "QR Platba", "DVB", 7.5)
    p2.t(
        42,
        y2 + 122,
        "SPD*1.0*ACC:CZ…*AM:" + f"{tot:.2f}" + "*CC:CZK*X-VS:20260042",
        "DVM",
        5.5,
        c=GREY,
    )
    p2.t(42, y2 + 160, "Převzal(a): ..............................", "DV", 8)
    p2.t(310, y2 + 160, "Vystavil(a): Jana Nováková, tel. 603 412 778", "DV", 8)
    p2.ln(42, 790, W - 42, 790, 0.4, GREY)
    p2.t(
        42,
        802,
        "Truhlářství Novák s.r.o. · www.drevonovak.cz · info@drevonovak.cz · Vystaveno v aplikaci iDoklad",
        "DV",
        6.5,
        c=GREY,
    )
    p2.t(W - 42, 802, "Strana 2/2", "DV", 6.5, "r", GREY)
    p1.t(W - 42, 802, "Strana 1/2", "DV", 6.5, "r", GREY)
    t = truth(
        "2026-0042",
        "2026-03-04",
        "2026-03-18",
        "Truhlářství Novák s.r.o.",
        net,
        vat,
        tot,
        "CZK",
        "cs-CZ",
        "invoice",
        "invoice",
        items,
        "Two-page iDoklad-style invoice: items run onto page 2 with a page-1 subtotal; DUZP (28. 2.) differs from issue date (4. 3.); 21% and 12% VAT recap; rounding line 'Zaokrouhlení' to whole Kč; total with 'Kč' only once.",
        "pdf",
        rounding=rnd,
    )
    return [p1, p2], t


@doc(
    "i04",
    "SK",
    ("imgpdf", {"dpi": 170, "grey": True, "skew": 1.5, "blur": 0.8, "noise": 7, "specks": 80}),
)
def i04(rng, name):
    W, H = A4
    s = Sheet(W, H)
    items = [
        line("Chlieb kysucký kváskový 1 kg", 120, "2.15", 5),
        line("Rožok biely 40 g", 600, "0.12", 5),
        line("Bageta cereálna 200 g", 80, "0.89", 5),
        line("Koláč tvarohový 90 g", 150, "0.75", 5),
        line("Prepravka plastová – zálohovaná (vrátiť do 30 dní)", 12, "4.50", 23),
        line("Doprava – rozvoz Čadca", 1, "18.00", 23),
    ]
    summ = vat_net(items)
    net = sum(v[0] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    tot = net + vat
    s.circle(70, 70, 26, 0, None, (0.55, 0.35, 0.12))
    s.t(70, 76, "KP", "DVSB", 18, "c", (1, 1, 1))
    s.t(106, 66, "Kysucký chlieb", "DVSB", 20)
    s.t(107, 82, "Kysucká pekáreň, a.s. · od roku 1958", "DVI", 8, c=GREY)
    s.t(W - 44, 60, "FAKTÚRA", "DVB", 18, "r")
    s.t(W - 44, 78, "číslo 2601187", "DV", 10, "r")
    s.rect(44, 104, 250, 98, 0.6)
    s.rect(302, 104, W - 346, 98, 0.6)
    for x, head, rows in [
        (
            52,
            "Dodávateľ:",
            [
                "Kysucká pekáreň, a.s.",
                "Žilinská cesta 1870",
                "022 01 Čadca",
                "IČO: 31612345  DIČ: 2020345678",
                "IČ DPH: SK2020345678",
            ],
        ),
        (
            310,
            "Odberateľ:",
            [
                "Potraviny u Janka s.r.o.",
                "Námestie slobody 14",
                "022 01 Čadca",
                "IČO: 47123456  DIČ: 2023987654",
                "IČ DPH: SK2023987654",
            ],
        ),
    ]:
        s.t(x, 117, head, "DVB", 8)
        for i, r in enumerate(rows):
            s.t(x, 131 + i * 13, r, "DVB" if i == 0 else "DV", 8.5)
    kv = [
        ("Dátum vyhotovenia:", "12.02.2026"),
        ("Dátum dodania:", "11.02.2026"),
        ("Dátum splatnosti:", "26.02.2026"),
        ("Spôsob úhrady:", "prevodný príkaz"),
        ("Variabilný symbol:", "2601187"),
        ("Konštantný symbol:", "0008"),
        ("IBAN:", iban("SK", "09000000005012345678")),
        ("Dodací list:", "DL-2602-0311"),
    ]
    for i, (k, v) in enumerate(kv):
        x = 44 if i % 2 == 0 else 302
        yy = 222 + (i // 2) * 13
        s.t(x, yy, k, "DV", 8, c=GREY)
        s.t(x + 92, yy, v, "DV", 8.5)
    cols = [
        ("P.č.", 26, "c"),
        ("Názov položky", 215, "l"),
        ("Množstvo", 52, "r"),
        ("MJ", 28, "c"),
        ("Jedn. cena", 56, "r"),
        ("DPH %", 36, "c"),
        ("Cena bez DPH", 94, "r"),
    ]
    rows = [
        [
            str(i + 1),
            it["desc"],
            qty_str(it["qty"]),
            "ks",
            num(it["unit"]),
            str(it["rate"]),
            num(it["amt"]),
        ]
        for i, it in enumerate(items)
    ]
    y = s.table(44, 290, cols, rows, "DV", "DVB", 8, head_fill=(0.88, 0.88, 0.88))
    y += 18
    s.t(44, y, "Rekapitulácia DPH (EUR)", "DVB", 8.5)
    rc = [("Sadzba", 50, "c"), ("Základ dane", 80, "r"), ("DPH", 70, "r"), ("Spolu", 80, "r")]
    rr = [[f"{r} %", num(n), num(v), num(g)] for r, (n, v, g) in sorted(summ.items())]
    s.table(44, y + 8, rc, rr, "DV", "DVB", 8)
    s.t(W - 44, y + 14, f"Celkom bez DPH:  {num(net)}", "DV", 9, "r")
    s.t(W - 44, y + 28, f"DPH celkom:  {num(vat)}", "DV", 9, "r")
    s.rect(W - 44 - 200, y + 38, 200, 24, 1.0)
    s.t(W - 52, y + 55, f"Spolu na úhradu:  {num(tot)} EUR", "DVB", 10.5, "r")
    s.t(44, y + 100, "Zálohované prepravky Vám budú dobropisované po vrátení.", "DVI", 8, c=GREY)
    s.t(44, 700, "Vystavil: Mária Kubalová", "DV", 8.5)
    s.t(360, 700, "Prevzal:", "DV", 8.5)
    s.ln(400, 702, W - 44, 702, 0.5)
    s.t(
        W / 2,
        790,
        "Spoločnosť zapísaná v Obchodnom registri Okresného súdu Žilina, oddiel: Sa, vložka č. 1234/L",
        "DV",
        6.8,
        "c",
        GREY,
    )
    s.t(
        W / 2,
        800,
        "tel.: +421 41 433 12 11 · objednavky@kysuckychlieb.sk · www.kysuckychlieb.sk",
        "DV",
        6.8,
        "c",
        GREY,
    )
    t = truth(
        "2601187",
        "2026-02-12",
        "2026-02-26",
        "Kysucká pekáreň, a.s.",
        net,
        vat,
        tot,
        "EUR",
        "sk-SK",
        "invoice",
        "invoice",
        items,
        "Image-only PDF (grey scan, no text layer); brand wordmark 'Kysucký chlieb' above legal name 'Kysucká pekáreň, a.s.'; 5% and 23% DPH; delivery date vs issue date; many small unit prices.",
        "scan",
    )
    return [s], t


@doc("i05", "HU", ("pdf",))
def i05(rng, name):
    W, H = A4
    s = Sheet(W, H)
    items = [
        line("Szórólap A5, 4+4 színes, 130 g műnyomó", 5000, "18", 27, 0),
        line("Névjegykártya 90×50 mm, 350 g, matt fólia", 500, "24", 27, 0),
        line("Grafikai tervezés (szórólap + névjegy)", 1, "35000", 27, 0),
        line("Termékkatalógus 48 oldal, ISBN 978-615-01-2345-6", 200, "1150", 5, 0),
        line("Kiszállítás Szegeden belül", 1, "4500", 27, 0),
    ]
    units = ["db", "db", "alkalom", "db", "fuvar"]
    summ = vat_net(items, 0)
    line_vat_check(items, summ, 0)
    net = sum(v[0] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    tot = net + vat

    def ft(v):
        return num(v, ",", " ", 0)

    s.rect(0, 0, W, 92, 0, None, (0.16, 0.22, 0.33))
    s.poly([(40, 70), (56, 30), (72, 70)], (0.98, 0.75, 0.2))
    s.poly([(60, 70), (76, 38), (92, 70)], (0.95, 0.55, 0.2))
    s.t(104, 56, "TISZAVIRÁG", "DVB", 22, c=(1, 1, 1))
    s.t(105, 72, "PRINT · nyomda és grafikai stúdió", "DV", 8.5, c=(0.85, 0.88, 0.95))
    s.t(W - 40, 50, "SZÁMLA", "DVB", 20, "r", (1, 1, 1))
    s.t(W - 40, 68, "Sorszám: TVP-2026/00318", "DV", 9, "r", (1, 1, 1))
    for x, head, rows in [
        (
            40,
            "Eladó",
            [
                "Tiszavirág Nyomda Kft.",
                "6724 Szeged, Kossuth Lajos sgt. 88.",
                "Adószám: 24518873-2-06",
                "Cégjegyzékszám: 06-09-021874",
                "Bankszámla: 11735005-20512345-00000000",
            ],
        ),
        (
            310,
            "Vevő",
            ["Napfény Pékség Bt.", "6720 Szeged, Kárász u. 9.", "Adószám: 21974432-1-06", "", ""],
        ),
    ]:
        s.t(x, 118, head, "DVB", 10, c=(0.16, 0.22, 0.33))
        for i, r in enumerate(rows):
            s.t(x, 134 + i * 12, r, "DVB" if i == 0 else "DV", 8.5)
    kv = [
        ("Fizetési mód", "Átutalás"),
        ("Teljesítés dátuma", "2026.03.10."),
        ("Számla kelte", "2026.03.12."),
        ("Fizetési határidő", "2026.03.27."),
    ]
    cw = (W - 80) / 4
    for i, (k, v) in enumerate(kv):
        x = 40 + i * cw
        s.rect(x, 206, cw - 6, 34, 0.5, (0.7, 0.7, 0.75), (0.95, 0.96, 0.98))
        s.t(x + 6, 218, k, "DV", 7.5, c=GREY)
        s.t(x + 6, 232, v, "DVB", 9.5)
    cols = [
        ("Megnevezés", 166, "l"),
        ("Menny.", 42, "r"),
        ("Me.", 40, "c"),
        ("Nettó egységár", 58, "r"),
        ("Nettó érték", 58, "r"),
        ("ÁFA", 30, "c"),
        ("ÁFA érték", 52, "r"),
        ("Bruttó érték", 64, "r"),
    ]
    rows = []
    for it, u in zip(items, units, strict=False):
        v = q(it["amt"] * it["rate"] / 100, 0)
        rows.append(
            [
                it["desc"],
                qty_str(it["qty"]),
                u,
                ft(it["unit"]),
                ft(it["amt"]),
                f"{it['rate']}%",
                ft(v),
                ft(it["amt"] + v),
            ]
        )
    y = s.table(40, 262, cols, rows, "DVC", "DVCB", 8, grid=False, hlines=True, lc=(0.7, 0.7, 0.75))
    y += 18
    s.t(40, y, "ÁFA összesítő", "DVB", 9)
    rc = [("ÁFA kulcs", 56, "c"), ("Nettó", 70, "r"), ("ÁFA", 60, "r"), ("Bruttó", 70, "r")]
    rr = [[f"{r}%", ft(n), ft(v), ft(g)] for r, (n, v, g) in sorted(summ.items(), reverse=True)]
    rr.append(["Összesen", ft(net), ft(vat), ft(tot)])
    s.table(40, y + 8, rc, rr, "DV", "DVB", 8, lc=(0.7, 0.7, 0.75))
    s.t(W - 40, y + 16, f"Nettó összesen: {ft(net)} Ft", "DV", 9, "r")
    s.t(W - 40, y + 30, f"ÁFA összesen: {ft(vat)} Ft", "DV", 9, "r")
    s.rect(W - 40 - 210, y + 42, 210, 30, 0, None, (0.16, 0.22, 0.33))
    s.t(W - 48, y + 62, f"Fizetendő: {ft(tot)} Ft", "DVB", 12.5, "r", (1, 1, 1))
    s.t(40, y + 110, "Azaz négyszázhuszonegyezer-kétszázöt forint.", "DVI", 8.5)
    s.t(
        40,
        y + 124,
        "A katalógus a 5%-os kulcs alá tartozó könyv (ÁFA tv. 3. sz. melléklet).",
        "DV",
        7.5,
        c=GREY,
    )
    s.ln(40, 790, W - 40, 790, 0.4, GREY)
    s.t(
        40,
        802,
        "Tiszavirág Nyomda Kft. · info@tiszaviragprint.hu · +36 62 555 018",
        "DV",
        6.8,
        c=GREY,
    )
    s.t(
        W - 40,
        802,
        "Oldal 1/1 · A számla elektronikusan készült, aláírás nélkül érvényes.",
        "DV",
        6.8,
        "r",
        GREY,
    )
    t = truth(
        "TVP-2026/00318",
        "2026-03-12",
        "2026-03-27",
        "Tiszavirág Nyomda Kft.",
        net,
        vat,
        tot,
        "HUF",
        "hu-HU",
        "invoice",
        "invoice",
        items,
        "Forint without decimals and space thousands; 27% and 5% ÁFA; dates 2026.03.12. style; performance date vs issue date vs due date in a 4-box strip; brand 'TISZAVIRÁG PRINT' in header, legal name in Eladó block.",
        "pdf",
    )
    return [s], t


@doc(
    "i06",
    "RO",
    (
        "imgpdf",
        {
            "dpi": 200,
            "grey": False,
            "skew": 0.9,
            "blur": 0.6,
            "noise": 5,
            "specks": 30,
            "tint": (0.98, 0.97, 0.94),
        },
    ),
)
def i06(rng, name):
    W, H = A4
    s = Sheet(W, H)
    items = [
        line("Transport marfă Cluj-Napoca – Constanța Port, camion 24 t (cursă)", 2, "3850.00", 21),
        line("Manipulare paleți EUR la încărcare / descărcare", 24, "35.00", 21),
        line("Asigurare marfă CMR", 1, "420.00", 21),
    ]
    summ = vat_net(items)
    line_vat_check(items, summ)
    net, vat, tot = summ[D(21)]

    def ro(v):
        return num(v, ",", ".")

    navy = (0.1, 0.2, 0.45)
    s.poly([(40, 80), (62, 40), (84, 80)], navy)
    s.poly([(70, 80), (88, 52), (106, 80)], (0.35, 0.55, 0.8))
    s.t(114, 66, "CARPAȚI", "DVB", 20, c=navy)
    s.t(115, 80, "LOGISTIC", "DV", 10, c=(0.35, 0.55, 0.8))
    s.t(W - 40, 52, "FACTURĂ", "DVB", 18, "r")
    s.t(W - 40, 68, "Seria CLG nr. 0457", "DVB", 10, "r")
    s.t(W - 40, 82, "Data emiterii: 16.03.2026", "DV", 9, "r")
    s.t(W - 40, 95, "Data scadenței: 15.04.2026", "DV", 9, "r")
    s.ln(40, 106, W - 40, 106, 1.0, navy)
    for x, head, rows in [
        (
            40,
            "Furnizor",
            [
                "CARPAȚI LOGISTIC S.R.L.",
                "CIF: RO34567812",
                "Reg. Com.: J12/3456/2015",
                "Str. Fabricii nr. 46, Cluj-Napoca, jud. Cluj",
                "Capital social: 200 lei",
                "IBAN: " + iban("RO", "BTRL" + "RONCRT0312345601"),
                "Banca Transilvania",
            ],
        ),
        (
            320,
            "Client",
            [
                "AGROVEST DISTRIBUȚIE S.R.L.",
                "CIF: RO18234409",
                "Reg. Com.: J13/1120/2006",
                "Bd. Tomis nr. 287, Constanța",
                "jud. Constanța",
                "",
                "",
            ],
        ),
    ]:
        s.t(x, 124, head, "DVB", 9, c=navy)
        for i, r in enumerate(rows):
            s.t(x, 138 + i * 11.5, r, "DVB" if i == 0 else "DV", 8)
    s.t(40, 236, "Cota TVA: 21%", "DV", 8.5)
    s.t(W - 40, 236, "Moneda: RON", "DV", 8.5, "r")
    cols = [
        ("Nr. crt.", 30, "c"),
        ("Denumirea produselor sau a serviciilor", 195, "l"),
        ("U.M.", 34, "c"),
        ("Cant.", 36, "r"),
        ("Preț unitar (fără TVA) -lei-", 70, "r"),
        ("Valoarea -lei-", 75, "r"),
        ("Valoarea TVA -lei-", 75, "r"),
    ]
    rows = [
        [
            str(i + 1),
            it["desc"],
            u,
            qty_str(it["qty"]),
            ro(it["unit"]),
            ro(it["amt"]),
            ro(q(it["amt"] * 21 / 100)),
        ]
        for i, (it, u) in enumerate(zip(items, ["cursă", "buc", "serv."], strict=False))
    ]
    y = s.table(40, 246, cols, rows, "DV", "DVB", 8, head_fill=(0.88, 0.91, 0.96))
    tw = sum(c[1] for c in cols)
    for i, (k, v1, v2) in enumerate(
        [("Total", ro(net), ro(vat)), ("Total de plată (col. 5 + col. 6)", "", ro(tot))]
    ):
        yy = y + i * 20
        s.rect(40, yy, tw, 20, 0.4, BLACK, (0.95, 0.96, 0.98) if i else None)
        s.t(40 + 365 - 4, yy + 14, k, "DVB", 8.5 if i == 0 else 9.5, "r")
        s.t(40 + tw - 75 - 4, yy + 14, v1, "DVB", 8.5, "r")
        s.t(40 + tw - 4, yy + 14, v2 + (" lei" if i else ""), "DVB", 8.5 if i == 0 else 10, "r")
    y += 64
    s.t(40, y, "Date privind expediția:", "DVB", 8)
    s.t(
        40,
        y + 12,
        "Numele delegatului: Ionuț Pop   CI seria CJ nr. 412233   Mijloc de transport: CJ 21 CLG",
        "DV",
        8,
    )
    s.t(
        40, y + 24, "Termen de plată: 30 de zile de la data emiterii, prin ordin de plată.", "DV", 8
    )
    s.t(
        40,
        y + 36,
        "Conform art. 319 alin. (29) din Codul fiscal, factura este valabilă fără semnătură și ștampilă.",
        "DV",
        7.5,
        c=GREY,
    )
    s.rect(40, 700, 160, 50, 0.5)
    s.t(46, 712, "Semnătura și ștampila", "DV", 7, c=GREY)
    s.t(46, 721, "furnizorului", "DV", 7, c=GREY)
    s.rect(W - 200, 700, 160, 50, 0.5)
    s.t(W - 194, 712, "Semnătura de primire", "DV", 7, c=GREY)
    s.t(W / 2, 800, "Factură emisă cu SmartBill · pagina 1 din 1", "DV", 6.8, "c", GREY)
    t = truth(
        "CLG 0457",
        "2026-03-16",
        "2026-04-15",
        "CARPAȚI LOGISTIC S.R.L.",
        net,
        vat,
        tot,
        "RON",
        "ro-RO",
        "invoice",
        "invoice",
        items,
        "Image-only PDF (colour scan); SmartBill-style RO layout with 'Seria CLG nr. 0457' (series + number keyed 'CLG 0457'); dot thousands / decimal comma; totals row 'Total de plată (col. 5 + col. 6)'; 21% TVA.",
        "scan",
    )
    return [s], t


@doc(
    "i07",
    "HR",
    (
        "scan",
        "png",
        {"dpi": 150, "grey": False, "skew": 0.8, "blur": 0.5, "noise": 4, "specks": 25},
    ),
)
def i07(rng, name):
    W, H = A4
    s = Sheet(W, H)
    purple = (0.45, 0.3, 0.6)
    items = [
        line("Catering – hladni buffet (po osobi)", 45, "18.50", 13),
        line("Bezalkoholna pića i kava (po osobi)", 45, "3.20", 13),
        line("Vino bijelo Pošip, boca 0,75 l", 12, "19.00", 25),
        line("Najam inventara i posluživanje", 1, "180.00", 25),
    ]
    summ = vat_net(items)
    net = sum(v[0] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    tot = net + vat

    def hr(v):
        return num(v, ",", ".")

    for i in range(5):
        s.circle(60 + (i % 2) * 8, 48 + i * 8, 4, 0, None, purple)
    s.t(84, 66, "Lavanda", "DVSI", 24, c=purple)
    s.t(86, 80, "CATERING · SPLIT", "DV", 7.5, c=GREY)
    s.t(W - 48, 50, "Catering Lavanda d.o.o.", "DVB", 9, "r")
    s.t(W - 48, 62, "Vukovarska 58, 21000 Split", "DV", 8.5, "r")
    s.t(W - 48, 74, "OIB: 48213390571", "DV", 8.5, "r")
    s.t(W - 48, 86, "IBAN: " + iban("HR", "2340009" + "1110456789"), "DV", 8.5, "r")
    s.t(48, 128, "Kupac:", "DV", 8, c=GREY)
    for i, r in enumerate(
        ["ADRIA EVENTS j.d.o.o.", "Put Supavla 21", "21000 Split", "OIB: 90317745208"]
    ):
        s.t(48, 142 + i * 12, r, "DVB" if i == 0 else "DV", 9)
    s.t(48, 222, "RAČUN br. 118-1-1", "DVB", 15)
    kv = [
        ("Datum i vrijeme izdavanja:", "21.03.2026. 14:32"),
        ("Datum isporuke:", "20.03.2026."),
        ("Dospijeće plaćanja:", "04.04.2026."),
        ("Način plaćanja:", "Transakcijski račun"),
        ("Poziv na broj:", "HR00 118-1-1"),
        ("Operater:", "Ivana M."),
    ]
    for i, (k, v) in enumerate(kv):
        s.t(W - 250, 140 + i * 13, k, "DV", 8, c=GREY)
        s.t(W - 48, 140 + i * 13, v, "DV", 8.5, "r")
    cols = [
        ("R.br.", 30, "c"),
        ("Opis", 210, "l"),
        ("Kol.", 40, "r"),
        ("Cijena", 60, "r"),
        ("PDV %", 40, "c"),
        ("Iznos (EUR)", 119, "r"),
    ]
    rows = [
        [
            f"{i + 1}.",
            it["desc"],
            qty_str(it["qty"]),
            hr(it["unit"]),
            str(it["rate"]),
            hr(it["amt"]),
        ]
        for i, it in enumerate(items)
    ]
    y = s.table(
        48, 240, cols, rows, "DV", "DVB", 8.5, grid=False, hlines=True, lc=(0.7, 0.65, 0.75)
    )
    y += 20
    rc = [("Porezna stopa", 80, "l"), ("Osnovica", 80, "r"), ("PDV", 70, "r")]
    rr = [[f"PDV {r}%", hr(n), hr(v)] for r, (n, v, g) in sorted(summ.items())]
    s.table(48, y, rc, rr, "DV", "DVB", 8, lc=(0.7, 0.65, 0.75))
    tx = W - 48
    for i, (k, v) in enumerate([("Ukupno bez PDV-a:", hr(net)), ("PDV ukupno:", hr(vat))]):
        s.t(tx - 215, y + 12 + i * 14, k, "DV", 9)
        s.t(tx, y + 12 + i * 14, v, "DV", 9, "r")
    s.ln(tx - 215, y + 34, tx, y + 34, 0.8, purple)
    s.t(tx - 215, y + 50, "UKUPNO ZA PLATITI:", "DVB", 10)
    s.t(tx, y + 50, f"{hr(tot)} EUR", "DVB", 11, "r")
    y += 100
    s.t(48, y, "JIR: 6f0c2a1e-93b4-4d7a-b1c8-2e5f7a90d413", "DVM", 7.5)
    s.t(48, y + 11, "ZKI: 9a4e1f07c3b25d6e8f1a0b9c2d3e4f51", "DVM", 7.5)
    s.qr(W - 48 - 64, y - 10, 64, 7118)
    s.t(
        48,
        y + 34,
        "Račun je izdan u elektroničkom obliku i valjan je bez pečata i potpisa.",
        "DV",
        7.5,
        c=GREY,
    )
    s.t(
        W / 2,
        795,
        "Catering Lavanda d.o.o. · Trgovački sud u Splitu MBS 060412233 · temeljni kapital 2.654,46 EUR uplaćen u cijelosti",
        "DV",
        6.5,
        "c",
        GREY,
    )
    s.t(
        W / 2,
        805,
        "Uprava: Marija Perić · tel. 021 345 678 · info@lavanda-catering.hr",
        "DV",
        6.5,
        "c",
        GREY,
    )
    t = truth(
        "118-1-1",
        "2026-03-21",
        "2026-04-04",
        "Catering Lavanda d.o.o.",
        net,
        vat,
        tot,
        "EUR",
        "hr-HR",
        "invoice",
        "invoice",
        items,
        "Croatian fiscalised invoice number '118-1-1' (number-premises-device) with JIR/ZKI codes; 13% and 25% PDV; dates with trailing dot; 'Poziv na broj' repeats the number; brand 'Lavanda' script wordmark.",
        "scan",
    )
    return [s], t


@doc(
    "i08",
    "BG",
    ("scan", "jpg", {"dpi": 220, "grey": True, "skew": 1.6, "blur": 0.8, "noise": 6, "specks": 50}),
)
def i08(rng, name):
    W, H = A4
    s = Sheet(W, H)
    items = [
        line("Сирене краве, БДС", 24, "7.40", 20),
        line("Кашкавал „Витоша“", 12, "11.20", 20),
        line("Кисело мляко 3,6%, 400 г", 60, "0.95", 20),
        line("Масло краве 82%, 125 г", 40, "2.35", 20),
    ]
    summ = vat_net(items)
    net, vat, tot = summ[D(20)]
    bgn = q(tot * D("1.95583"))

    def bg(v):
        return num(v, ",", " ")

    s.t(W / 2, 58, "ФАКТУРА", "DVSB", 22, "c")
    s.t(W / 2, 76, "№ 0000004127", "DVB", 12, "c")
    s.t(W / 2, 90, "ОРИГИНАЛ", "DV", 8.5, "c", GREY)
    s.t(48, 116, "Дата на издаване: 19.02.2026 г.", "DV", 9)
    s.t(W - 48, 116, "Дата на данъчното събитие: 19.02.2026 г.", "DV", 9, "r")
    s.rect(48, 128, 244, 104, 0.6)
    s.rect(303, 128, 244, 104, 0.6)
    for x, head, rows in [
        (
            56,
            "Получател",
            [
                "„ХОТЕЛ ТРАКИЯ“ ООД",
                "ЕИК: 115632871",
                "ИН по ЗДДС: BG115632871",
                "гр. Пловдив, ул. „Капитан Райчо“ 19",
                "МОЛ: Стоян Димитров",
            ],
        ),
        (
            311,
            "Доставчик",
            [
                "„РОДОПА ФРЕШ“ ЕООД",
                "ЕИК: 204567891",
                "ИН по ЗДДС: BG204567891",
                "гр. Пловдив, бул. „Марица“ 122",
                "МОЛ: Иван Петров",
            ],
        ),
    ]:
        s.t(x, 142, head, "DVB", 8.5)
        for i, r in enumerate(rows):
            s.t(x, 158 + i * 14, r, "DVB" if i == 0 else "DV", 8.5)
    cols = [
        ("№", 24, "c"),
        ("Наименование на стоката/услугата", 205, "l"),
        ("Мярка", 44, "c"),
        ("Кол.", 40, "r"),
        ("Ед. цена (EUR)", 70, "r"),
        ("Стойност (EUR)", 116, "r"),
    ]
    rows = [
        [str(i + 1), it["desc"], u, qty_str(it["qty"]), bg(it["unit"]), bg(it["amt"])]
        for i, (it, u) in enumerate(zip(items, ["кг", "кг", "бр.", "бр."], strict=False))
    ]
    y = s.table(48, 250, cols, rows, "DV", "DVB", 8.5)
    tx = W - 48
    for i, (k, v) in enumerate(
        [
            ("Данъчна основа 20%:", bg(net)),
            ("ДДС 20%:", bg(vat)),
            ("Сума за плащане:", bg(tot) + " €"),
        ]
    ):
        f = "DVB" if i == 2 else "DV"
        s.t(tx - 120, y + 18 + i * 15, k, f, 9.5, "r")
        s.t(tx, y + 18 + i * 15, v, f, 9.5, "r")
    s.t(tx, y + 66, f"Равностойност: {bg(bgn)} лв. (1 EUR = 1,95583 лв.)", "DV", 8, "r", GREY)
    y += 96
    s.t(48, y, "Словом: петстотин петдесет и пет евро и 60 евроцента", "DVI", 9)
    kv = [
        ("Начин на плащане:", "по банков път"),
        ("Срок за плащане:", "05.03.2026 г."),
        ("IBAN:", iban("BG", "UNCR7000" + "1523456789")),
        ("Банка:", "УниКредит Булбанк АД"),
        ("Основание за начисляване на ДДС:", "чл. 66 ал. 1 ЗДДС"),
    ]
    for i, (k, v) in enumerate(kv):
        s.t(48, y + 20 + i * 13, k, "DV", 8.5, c=GREY)
        s.t(230, y + 20 + i * 13, v, "DV", 8.5)
    s.t(80, 720, "Получил: ........................", "DV", 9)
    s.t(340, 720, "Съставил: Иван Петров ..............", "DV", 9)
    s.t(
        W / 2,
        800,
        "Съгласно чл. 7, ал. 1 от Закона за счетоводството подписът и печатът не са задължителни реквизити.",
        "DV",
        6.5,
        "c",
        GREY,
    )
    t = truth(
        "0000004127",
        "2026-02-19",
        "2026-03-05",
        "„РОДОПА ФРЕШ“ ЕООД",
        net,
        vat,
        tot,
        "EUR",
        "bg-BG",
        "invoice",
        "invoice",
        items,
        "Bulgarian invoice in Cyrillic after the 2026 euro changeover: amounts in EUR with a BGN (лв.) equivalent line — currency is EUR; buyer block (Получател) printed left of the seller (Доставчик); 10-digit zero-padded number; 'Словом' amount in words.",
        "scan",
    )
    return [s], t


@doc("i09", "SE", ("pdf",))
def i09(rng, name):
    W, H = A4
    s = Sheet(W, H)
    green = (0.1, 0.35, 0.3)
    items = [
        line("Målning tak och väggar, arbete", 32, "545.00", 25),
        line("Spackling och slipning, arbete", 6, "545.00", 25),
        line("Väggfärg Alcro Bestå helmatt 10 l", 4, "1189.50", 25),
        line("Täckpapp och maskeringstejp", 1, "389.90", 25),
        line("Framkörning", 1, "450.00", 25),
    ]
    summ = vat_net(items)
    net, vat, gross = summ[D(25)]
    tot = q(gross, 0)
    rnd = tot - gross
    ocr = luhn("1023426")

    def se(v):
        return num(v, ",", " ")

    s.circle(62, 58, 18, 0, None, green)
    s.poly([(50, 66), (62, 44), (74, 66)], (0.85, 0.95, 0.9))
    s.t(88, 56, "Norrsken Måleri", "Helvetica-Bold", 17, c=green)
    s.t(89, 69, "Norrskens Bygg & Måleri AB", "Helvetica", 8, c=GREY)
    s.t(330, 52, "Faktura", "Helvetica-Bold", 22)
    kv = [("Fakturadatum", "2026-03-02"), ("Fakturanr", "10234"), ("Kundnr", "1187"), ("OCR", ocr)]
    for i, (k, v) in enumerate(kv):
        s.t(330 + (i % 2) * 120, 74 + (i // 2) * 24, k, "Helvetica", 7, c=GREY)
        s.t(330 + (i % 2) * 120, 84 + (i // 2) * 24, v, "Helvetica", 10)
    s.t(330, 150, "Bostadsrättsföreningen Linden", "Helvetica-Bold", 10)
    for i, r in enumerate(["Att: Karin Ek", "Lindvägen 4", "903 37 Umeå"]):
        s.t(330, 164 + i * 12, r, "Helvetica", 10)
    kv2 = [
        ("Er referens", "Karin Ek"),
        ("Vår referens", "Jonas Lindqvist"),
        ("Betalningsvillkor", "30 dagar netto"),
        ("Förfallodatum", "2026-04-01"),
        ("Dröjsmålsränta", "10,00 %"),
    ]
    for i, (k, v) in enumerate(kv2):
        s.t(48, 150 + i * 12, k, "Helvetica", 8.5, c=GREY)
        s.t(150, 150 + i * 12, v, "Helvetica", 8.5)
    cols = [
        ("Benämning", 250, "l"),
        ("Antal", 50, "r"),
        ("Enhet", 40, "l"),
        ("À-pris", 70, "r"),
        ("Belopp", 89, "r"),
    ]
    rows = [
        [it["desc"], qty_str(it["qty"]), u, se(it["unit"]), se(it["amt"])]
        for it, u in zip(items, ["tim", "tim", "st", "st", "st"], strict=False)
    ]
    s.table(48, 250, cols, rows, "Helvetica", "Helvetica-Bold", 9, grid=False, lc=green)
    s.ln(48, 640, W - 48, 640, 0.6, green)
    heads = [
        ("Exkl. moms", se(net)),
        ("Moms 25 %", se(vat)),
        ("Öresutjämning", se(rnd)),
        ("Att betala SEK", se(tot)),
    ]
    for i, (k, v) in enumerate(heads):
        x = 48 + i * 125
        s.t(x, 656, k, "Helvetica", 7.5, c=GREY)
        s.t(x, 672, v, "Helvetica-Bold" if i == 3 else "Helvetica", 12 if i == 3 else 10)
    s.t(48, 700, "Godkänd för F-skatt", "Helvetica-Oblique", 8)
    s.ln(48, 760, W - 48, 760, 0.4, GREY)
    foot = [
        ("Adress", ["Norrskens Bygg & Måleri AB", "Verkstadsgatan 12", "904 22 Umeå"]),
        ("Telefon", ["090-14 22 80", "info@norrskenmaleri.se"]),
        ("Bankgiro", ["5123-4567"]),
        ("Organisationsnr", ["556812-3456"]),
        ("Momsreg.nr", ["SE556812345601"]),
    ]
    xs = [48, 180, 300, 380, 470]
    for x, (k, vs) in zip(xs, foot, strict=False):
        s.t(x, 772, k, "Helvetica-Bold", 6.8)
        for i, v in enumerate(vs):
            s.t(x, 782 + i * 9, v, "Helvetica", 6.8)
    t = truth(
        "10234",
        "2026-03-02",
        "2026-04-01",
        "Norrskens Bygg & Måleri AB",
        net,
        vat,
        tot,
        "SEK",
        "sv-SE",
        "invoice",
        "invoice",
        items,
        "Fortnox-style: totals in a bottom strip (Exkl. moms / Moms / Öresutjämning / Att betala SEK); öre rounding to whole kronor; OCR reference printed next to the invoice number; brand 'Norrsken Måleri' above the AB name.",
        "pdf",
        rounding=rnd,
    )
    return [s], t


@doc(
    "i10",
    "NO",
    (
        "photo",
        {
            "dpi": 170,
            "long_side": 2200,
            "quality": 74,
            "bg": "wood",
            "folds": (0.333, 0.666),
            "tilt": 0.05,
        },
    ),
)
def i10(rng, name):
    W, H = A4
    s = Sheet(W, H)
    amber = (0.85, 0.55, 0.05)
    items = [
        line("Elektrikerarbeid", "11.5", "895.00", 25),
        line("Kabel PFSP 3G2,5 mm²", 42, "24.90", 25),
        line("Stikkontakt dobbel, jordet, hvit", 8, "119.00", 25),
        line("Jordfeilbryter 2-polet 16A", 2, "689.00", 25),
        line("Kjøring, sone 2", 1, "390.00", 25),
    ]
    summ = vat_net(items)
    net, vat, tot = summ[D(25)]
    kid = luhn("0020561")

    def no(v):
        return num(v, ",", " ")

    s.poly([(48, 80), (62, 40), (68, 60), (82, 30), (74, 66), (68, 52)], amber)
    s.t(90, 60, "FJORDLYS", "DVB", 20)
    s.t(91, 74, "ELEKTRO", "DV", 10, c=amber)
    s.t(W - 48, 52, "Fjordlys Elektro AS", "DV", 8.5, "r")
    s.t(W - 48, 64, "Strandkaien 9, 5013 Bergen", "DV", 8.5, "r")
    s.t(W - 48, 76, "Org.nr: 918 234 567 MVA", "DV", 8.5, "r")
    s.t(W - 48, 88, "Tlf 55 30 12 40", "DV", 8.5, "r")
    for i, r in enumerate(
        ["Sameiet Fjellveien 3", "v/ Ola Nordmann", "Fjellveien 3", "5019 Bergen"]
    ):
        s.t(48, 140 + i * 13, r, "DVB" if i == 0 else "DV", 10)
    s.t(330, 138, "FAKTURA", "DVB", 18)
    kv = [
        ("Fakturanr:", "20561"),
        ("Fakturadato:", "09.03.2026"),
        ("Forfallsdato:", "23.03.2026"),
        ("Kundenr:", "10442"),
        ("Deres ref.:", "Ola Nordmann"),
        ("Prosjekt:", "Oppgradering fellesanlegg"),
    ]
    for i, (k, v) in enumerate(kv):
        s.t(330, 158 + i * 12, k, "DV", 8.5, c=GREY)
        s.t(420, 158 + i * 12, v, "DV", 8.5)
    cols = [
        ("Beskrivelse", 220, "l"),
        ("Antall", 50, "r"),
        ("Enhet", 40, "c"),
        ("Pris", 70, "r"),
        ("MVA", 40, "c"),
        ("Beløp", 79, "r"),
    ]
    rows = [
        [it["desc"], qty_str(it["qty"]), u, no(it["unit"]), "25 %", no(it["amt"])]
        for it, u in zip(items, ["timer", "m", "stk", "stk", "stk"], strict=False)
    ]
    y = s.table(
        48,
        262,
        cols,
        rows,
        "DV",
        "DVB",
        9,
        grid=False,
        hlines=True,
        lc=(0.8, 0.8, 0.8),
        head_fill=(0.98, 0.93, 0.82),
    )
    tx = W - 48
    for i, (k, v) in enumerate(
        [("Sum eks. mva", no(net)), ("Mva 25 %", no(vat)), ("Å betale", no(tot))]
    ):
        f = "DVB" if i == 2 else "DV"
        s.t(tx - 170, y + 22 + i * 16, k, f, 10)
        s.t(tx, y + 22 + i * 16, v, f, 10, "r")
    s.t(48, y + 22, "Betales til konto 1503.12.34567", "DV", 9)
    s.t(48, y + 36, f"KID: {kid}", "DVB", 9)
    s.t(48, y + 50, "Ved for sen betaling beregnes forsinkelsesrente.", "DV", 8, c=GREY)
    g0 = 600
    s.rect(30, g0, W - 60, 200, 0.6, amber, (1.0, 0.97, 0.9))
    s.t(44, g0 + 16, "GIRO", "DVB", 11, c=amber)
    s.t(W - 44, g0 + 16, "Betalingsfrist  23.03.2026", "DV", 8.5, "r")
    s.t(44, g0 + 40, "Betalt av", "DV", 7, c=GREY)
    s.t(44, g0 + 54, "Sameiet Fjellveien 3, Fjellveien 3, 5019 Bergen", "DV", 8.5)
    s.t(320, g0 + 40, "Betalt til", "DV", 7, c=GREY)
    s.t(320, g0 + 54, "Fjordlys Elektro AS, Strandkaien 9, 5013 Bergen", "DV", 8.5)
    s.rect(30, g0 + 150, W - 60, 34, 0.6, amber, (1, 1, 1))
    kr, ore = f"{tot:.2f}".split(".")
    for x, k, v in [
        (40, "Kundeidentifikasjon (KID)", kid),
        (230, "Kroner", kr),
        (320, "Øre", ore),
        (380, "Til konto", "1503 12 34567"),
    ]:
        s.t(x, g0 + 160, k, "DV", 6.5, c=GREY)
        s.t(x, g0 + 177, v, "DVM", 10)
    t = truth(
        "20561",
        "2026-03-09",
        "2026-03-23",
        "Fjordlys Elektro AS",
        net,
        vat,
        tot,
        "NOK",
        "nb-NO",
        "invoice",
        "invoice",
        items,
        "Phone photo of an A4 folded in three; KID reference; giro slip repeats the total split into 'Kroner' and 'Øre' boxes without separators; decimal quantity 11,5 timer; org.nr with MVA suffix.",
        "photo",
    )
    return [s], t


@doc("i11", "DK", ("pdf",))
def i11(rng, name):
    W, H = A4
    s = Sheet(W, H)
    items = [
        line("Retur: Sofabord Eg Ø90, sæbebehandlet", -1, "2450.00", 25),
        line("Retur: Puf i uld, sandfarvet", -2, "640.00", 25),
        line("Fragt refunderet", -1, "250.00", 25),
        line("Returgebyr jf. handelsbetingelser", 1, "150.00", 25),
    ]
    summ = vat_net(items)
    net, vat, tot = summ[D(25)]

    def dk(v):
        return num(v, ",", ".")

    s.t(48, 64, "havbrise", "Times-Italic", 30, c=(0.15, 0.35, 0.45))
    s.t(50, 80, "D E S I G N", "Times-Roman", 9, c=GREY)
    s.t(W - 48, 56, "Kreditnota", "Times-Bold", 20, "r")
    for i, r in enumerate(["Mette Holm", "Ryesgade 31, 2. th.", "8000 Aarhus C"]):
        s.t(48, 140 + i * 14, r, "Times-Roman", 11)
    kv = [
        ("Kreditnotanr.", "1057"),
        ("Dato", "24.02.2026"),
        ("Vedr. faktura", "1043 af 10.02.2026"),
        ("Kundenr.", "20318"),
    ]
    for i, (k, v) in enumerate(kv):
        s.t(360, 140 + i * 14, k, "Times-Roman", 10, c=GREY)
        s.t(W - 48, 140 + i * 14, v, "Times-Roman", 10, "r")
    s.t(
        48,
        230,
        "Vi krediterer hermed følgende i forbindelse med Deres returnering af varer:",
        "Times-Roman",
        10.5,
    )
    cols = [
        ("Varenr.", 60, "l"),
        ("Beskrivelse", 215, "l"),
        ("Antal", 45, "r"),
        ("Enhedspris", 80, "r"),
        ("Beløb", 99, "r"),
    ]
    rows = [
        [code, it["desc"], qty_str(it["qty"]), dk(it["unit"]), dk(it["amt"])]
        for it, code in zip(items, ["SB-090E", "PF-45W", "FRAGT", "GEBYR"], strict=False)
    ]
    y = s.table(
        48,
        246,
        cols,
        rows,
        "Times-Roman",
        "Times-Bold",
        10,
        grid=False,
        hlines=True,
        lc=(0.75, 0.8, 0.82),
    )
    tx = W - 48
    for i, (k, v) in enumerate(
        [("Subtotal", dk(net)), ("Moms 25%", dk(vat)), ("Total DKK", dk(tot))]
    ):
        f = "Times-Bold" if i == 2 else "Times-Roman"
        s.t(tx - 180, y + 24 + i * 16, k, f, 11)
        s.t(tx, y + 24 + i * 16, v, f, 11, "r")
    s.ln(tx - 180, y + 48, tx, y + 48, 0.6)
    s.t(
        48,
        y + 90,
        f"Beløbet på DKK {dk(-tot)} tilbageføres til det betalingskort, der blev anvendt ved købet,",
        "Times-Roman",
        10,
    )
    s.t(48, y + 104, "senest 8 bankdage fra dags dato.", "Times-Roman", 10)
    s.t(48, y + 130, "Med venlig hilsen", "Times-Roman", 10)
    s.t(48, y + 146, "Havbrise Design ApS", "Times-Italic", 11)
    s.ln(48, 790, W - 48, 790, 0.4, GREY)
    s.t(
        W / 2,
        802,
        "Havbrise Design ApS · Strandvejen 112 · 2900 Hellerup · CVR-nr. 38124567 · Danske Bank reg.nr. 3409 kontonr. 0012345678",
        "Times-Roman",
        7.5,
        "c",
        GREY,
    )
    s.t(
        W / 2,
        813,
        "www.havbrise.dk · kundeservice@havbrise.dk · Dokumentet er dannet i e-conomic",
        "Times-Roman",
        7.5,
        "c",
        GREY,
    )
    t = truth(
        "1057",
        "2026-02-24",
        None,
        "Havbrise Design ApS",
        net,
        vat,
        tot,
        "DKK",
        "da-DK",
        "invoice",
        "credit_note",
        items,
        "Danish credit note (Kreditnota) printed with negative amounts; one positive line (returgebyr) among negative returns; refers to the original invoice number 1043; no due date printed; legal name only in closing and footer, header shows lowercase 'havbrise' wordmark.",
        "pdf",
    )
    return [s], t


@doc("i12", "FI", ("pdf",))
def i12(rng, name):
    W, H = A4
    s = Sheet(W, H)
    items = [
        line("Kiinteistöhuolto, kuukausimaksu 3/2026", 1, "1240.00", "25.5"),
        line("Lumityöt traktorilla", "6.5", "78.00", "25.5"),
        line("Hiekoitus, käyntikerta", 3, "45.00", "25.5"),
        line("Hiekoitushiekka 0–4 mm, säkki 25 kg", 10, "8.90", "25.5"),
    ]
    summ = vat_net(items)
    net, vat, tot = summ[D("25.5")]
    ref = fi_ref("31080")
    refp = " ".join(
        [ref[: len(ref) % 5]] + [ref[i : i + 5] for i in range(len(ref) % 5, len(ref), 5)]
    ).strip()
    acct = iban("FI", "47110000" + "123456")

    def fi(v):
        return num(v, ",", " ")

    blue = (0.05, 0.3, 0.6)
    s.rect(48, 40, 34, 34, 0, None, blue)
    s.rect(56, 48, 18, 18, 0, None, (1, 1, 1))
    s.t(92, 58, "Kuusiston Kiinteistöhuolto Oy", "DVB", 13)
    s.t(92, 71, "Metsäkuja 8, 33880 Lempäälä", "DV", 8.5, c=GREY)
    s.t(W - 48, 56, "LASKU", "DVB", 16, "r")
    s.t(W - 48, 70, "Sivu 1 (1)", "DV", 8, "r", GREY)
    for i, r in enumerate(
        ["As Oy Tampereen Koivikko", "c/o Isännöinti Virtanen", "Hämeenkatu 14 B", "33100 Tampere"]
    ):
        s.t(56, 132 + i * 13, r, "DV", 10)
    kv = [
        ("Laskun päivämäärä", "6.3.2026"),
        ("Laskun numero", "3108"),
        ("Viitenumero", refp),
        ("Eräpäivä", "20.3.2026"),
        ("Maksuehto", "14 pv netto"),
        ("Viivästyskorko", "11,5 %"),
        ("Huomautusaika", "8 pv"),
        ("Asiakasnumero", "1204"),
    ]
    for i, (k, v) in enumerate(kv):
        s.t(330, 124 + i * 12, k, "DV", 8.5)
        s.t(440, 124 + i * 12, v, "DV", 8.5)
    cols = [
        ("Tuote", 220, "l"),
        ("Määrä", 45, "r"),
        ("Yks.", 35, "c"),
        ("À-hinta", 60, "r"),
        ("Alv %", 45, "r"),
        ("Yhteensä", 94, "r"),
    ]
    rows = [
        [it["desc"], qty_str(it["qty"]), u, fi(it["unit"]), "25,5", fi(it["amt"])]
        for it, u in zip(items, ["kk", "h", "krt", "kpl"], strict=False)
    ]
    y = s.table(48, 240, cols, rows, "DV", "DVB", 8.5, grid=False, hlines=True, lc=(0.8, 0.85, 0.9))
    tx = W - 48
    for i, (k, v) in enumerate(
        [
            ("Veroton yhteensä", fi(net)),
            ("Arvonlisävero 25,5 %", fi(vat)),
            ("Yhteensä EUR", fi(tot)),
        ]
    ):
        f = "DVB" if i == 2 else "DV"
        s.t(tx - 200, y + 22 + i * 14, k, f, 9)
        s.t(tx, y + 22 + i * 14, v, f, 9, "r")
    s.t(
        48,
        520,
        "Kuusiston Kiinteistöhuolto Oy · Y-tunnus 2845123-6 · puh. 040 712 3344 · laskutus@kuusistonkh.fi",
        "DV",
        7,
        c=GREY,
    )
    s.t(
        48,
        530,
        "Laskun tiedot Procountor-järjestelmästä. Kotitalousvähennykseen oikeuttava työn osuus: 0,00 €.",
        "DV",
        7,
        c=GREY,
    )
    g = 560
    s.ln(20, g, W - 20, g, 0.6, BLACK, (3, 3))
    s.t(W - 20, g - 4, "TILISIIRTO · GIRERING", "DV", 6.5, "r", GREY)
    s.rect(30, g + 10, W - 60, 220, 0.8)
    s.ln(30, g + 60, W - 60 + 30, g + 60, 0.6)
    s.ln(30, g + 110, 300, g + 110, 0.6)
    s.ln(300, g + 10, 300, g + 230, 0.6)
    s.ln(30, g + 160, W - 30, g + 160, 0.6)
    s.ln(300, g + 195, W - 30, g + 195, 0.6)
    s.t(36, g + 22, "Saajan tilinumero", "DV", 6.5, c=GREY)
    s.t(36, g + 32, "Mottagarens kontonummer", "DV", 6.5, c=GREY)
    s.t(132, g + 30, "IBAN  " + acct, "DVM", 9)
    s.t(132, g + 48, "BIC   NDEAFIHH", "DVM", 9)
    s.t(36, g + 72, "Saaja", "DV", 6.5, c=GREY)
    s.t(132, g + 76, "Kuusiston Kiinteistöhuolto Oy", "DV", 9)
    s.t(36, g + 122, "Maksajan nimi", "DV", 6.5, c=GREY)
    s.t(132, g + 126, "As Oy Tampereen Koivikko", "DV", 9)
    s.t(310, g + 72, "Laskunro 3108", "DV", 8.5)
    s.t(310, g + 172, "Viitenro", "DV", 6.5, c=GREY)
    s.t(370, g + 180, refp, "DVM", 10)
    s.t(310, g + 207, "Eräpäivä", "DV", 6.5, c=GREY)
    s.t(370, g + 218, "20.3.2026", "DVM", 10)
    s.t(460, g + 207, "Euro", "DV", 6.5, c=GREY)
    s.t(W - 36, g + 218, fi(tot), "DVM", 10, "r")
    s.t(36, g + 172, "Allekirjoitus", "DV", 6.5, c=GREY)
    eur, cent = f"{tot:.2f}".split(".")
    bar = "4" + acct.replace(" ", "")[2:] + eur.zfill(6) + cent + "000" + ref.zfill(20) + "260320"
    rr = random.Random(bar)
    x = 48
    while x < 400:
        w = rr.choice([0.8, 0.8, 1.6, 2.4])
        s.rect(x, g + 238, w, 24, 0, None, BLACK)
        x += w + rr.choice([0.8, 1.6, 2.4])
    s.t(48, g + 272, bar, "DVM", 7)
    t = truth(
        "3108",
        "2026-03-06",
        "2026-03-20",
        "Kuusiston Kiinteistöhuolto Oy",
        net,
        vat,
        tot,
        "EUR",
        "fi-FI",
        "invoice",
        "invoice",
        items,
        "Procountor-style Finnish Lasku with a tilisiirto giro form repeating amount, due date and viitenumero, plus a printed virtual barcode string containing amount digits; ALV 25,5 % (decimal rate); dates d.m.yyyy without zero padding.",
        "pdf",
    )
    return [s], t


@doc("i13", "LV", ("pdf",))
def i13(rng, name):
    W, H = A4
    green = (0.2, 0.45, 0.2)
    plants = [
        ("Tūja 'Smaragd' 80–100 cm, C10", 24, "18.90"),
        ("Tūja 'Brabant' 120–140 cm, C15", 12, "27.50"),
        ("Kadiķis 'Blue Carpet', C3", 30, "8.40"),
        ("Lavanda 'Hidcote', P9", 60, "2.95"),
        ("Hortenzija skarainā 'Limelight', C5", 15, "16.80"),
        ("Rododendrs 'Cunningham's White', C5", 8, "21.00"),
        ("Spireja japāņu 'Goldflame', C3", 20, "6.90"),
        ("Bārbele 'Atropurpurea Nana', C2", 25, "5.60"),
        ("Ceriņš parastais 'Sensation', C10", 3, "34.00"),
        ("Kļava 'Crimson King' 200–250 cm", 2, "89.00"),
        ("Ābele 'Antonovka', 2 g., C7", 4, "24.50"),
        ("Bumbiere 'Suvenirs', 2 g., C7", 2, "26.00"),
        ("Upene melnā 'Titania', C3", 10, "7.20"),
        ("Zemenes 'Polka', kasete 6 gab.", 12, "4.80"),
        ("Dekoratīvās zāles maisījums, P11", 40, "3.10"),
        ("Mulča priedes mizas 50 l", 36, "6.45"),
        ("Kūdras substrāts 70 l", 28, "7.90"),
        ("Ģeotekstils 1,6 × 25 m", 3, "22.00"),
        ("Apmales lente 15 cm × 10 m", 6, "9.40"),
        ('Laistīšanas šļūtene 1/2", 50 m', 2, "38.00"),
        ("Koku balsti ar siksnu, kompl.", 6, "11.50"),
        ("Stādīšanas darbi", 16, "22.00"),
        ("Zāliena sagatavošana un sēšana, m²", 180, "1.90"),
        ("Piegāde Rīga – Jūrmala", 1, "65.00"),
    ]
    items = [line(d, qy, u, 21) for d, qy, u in plants]
    summ = vat_net(items)
    net, vat, tot = summ[D(21)]

    def lv(v):
        return num(v, ",", " ")

    p1, p2 = Sheet(W, H), Sheet(W, H)
    for p in (p1, p2):
        p.circle(60, 56, 14, 0, None, green)
        p.circle(74, 62, 10, 0, None, (0.45, 0.7, 0.35))
        p.t(94, 60, "Daugavas Dārzi", "DVSB", 16, c=green)
        p.t(94, 73, "stādaudzētava un dārzu ierīkošana", "DVSI", 7.5, c=GREY)
    p1.t(W - 48, 56, "RĒĶINS Nr. DD-2026/078", "DVB", 13, "r")
    p1.t(W - 48, 72, "Datums: 2026. gada 13. februāris", "DV", 9, "r")
    p1.t(W - 48, 85, "Apmaksas termiņš: 27.02.2026", "DVB", 9, "r")
    for x, head, rows in [
        (
            48,
            "Preču piegādātājs",
            [
                "SIA “Daugavas Dārzi”",
                "Reģ. Nr. 40103456789",
                "PVN reģ. Nr. LV40103456789",
                "Jur. adrese: Dārza iela 12, Salaspils, LV-2121",
                "Banka: AS Swedbank, HABALV22",
                "Konts: " + iban("LV", "HABA" + "0551012345678"),
            ],
        ),
        (
            320,
            "Preču saņēmējs",
            [
                "SIA “Jūrmalas Villas”",
                "Reģ. Nr. 40203123456",
                "PVN reģ. Nr. LV40203123456",
                "Jomas iela 70, Jūrmala, LV-2015",
                "Piegādes adrese: Dubulti, Jūrmala",
                "",
            ],
        ),
    ]:
        p1.t(x, 112, head, "DVB", 8, c=green)
        for i, r in enumerate(rows):
            p1.t(x, 126 + i * 11, r, "DVB" if i == 0 else "DV", 7.8)
    cols = [
        ("Nr.", 24, "c"),
        ("Nosaukums", 236, "l"),
        ("Mērv.", 38, "c"),
        ("Daudz.", 44, "r"),
        ("Cena EUR", 60, "r"),
        ("Summa EUR", 97, "r"),
    ]

    def rows_for(its, start):
        out = []
        for i, it in enumerate(its):
            u = "h" if "darbi" in it["desc"] else ("m²" if "m²" in it["desc"] else "gab.")
            out.append(
                [
                    str(start + i + 1),
                    it["desc"].replace(", m²", ""),
                    u,
                    qty_str(it["qty"]),
                    lv(it["unit"]),
                    lv(it["amt"]),
                ]
            )
        return out

    y = p1.table(
        48,
        206,
        cols,
        rows_for(items[:20], 0),
        "DV",
        "DVB",
        8,
        lc=(0.6, 0.7, 0.6),
        head_fill=(0.88, 0.94, 0.86),
    )
    sub1 = sum((it["amt"] for it in items[:20]), D0)
    p1.t(W - 48, y + 14, f"Pārnesums uz nākamo lapu: {lv(sub1)}", "DVI", 8, "r", GREY)
    p1.t(W / 2, 810, "1. lapa no 2", "DV", 7, "c", GREY)
    p2.t(W - 48, 56, "Rēķins Nr. DD-2026/078 (turpinājums)", "DV", 9, "r")
    p2.t(W - 48, 80, f"Pārnesums no iepriekšējās lapas: {lv(sub1)}", "DVI", 8, "r", GREY)
    y = p2.table(
        48,
        96,
        cols,
        rows_for(items[20:], 20),
        "DV",
        "DVB",
        8,
        lc=(0.6, 0.7, 0.6),
        head_fill=(0.88, 0.94, 0.86),
    )
    tx = W - 48
    for i, (k, v) in enumerate(
        [("Summa bez PVN", lv(net)), ("PVN 21%", lv(vat)), ("Kopā apmaksai EUR", lv(tot))]
    ):
        f = "DVB" if i == 2 else "DV"
        p2.t(tx - 200, y + 22 + i * 15, k, f, 9.5)
        p2.t(tx, y + 22 + i * 15, v, f, 9.5, "r")
    p2.t(
        48,
        y + 90,
        "Summa vārdiem: četri tūkstoši deviņi simti divdesmit deviņi eiro, 54 centi",
        "DVI",
        8.5,
    )
    p2.t(48, y + 120, "Rēķins sagatavots elektroniski un derīgs bez paraksta.", "DV", 8, c=GREY)
    p2.t(48, y + 134, "Izrakstīja: valdes locekle Ilze Kalniņa", "DV", 8)
    p2.t(W / 2, 810, "2. lapa no 2", "DV", 7, "c", GREY)
    t = truth(
        "DD-2026/078",
        "2026-02-13",
        "2026-02-27",
        "SIA “Daugavas Dārzi”",
        net,
        vat,
        tot,
        "EUR",
        "lv-LV",
        "invoice",
        "invoice",
        items,
        "Two-page Latvian Rēķins: 24 lines carried over with 'Pārnesums' subtotals; legal form as prefix (SIA “…”); issue date written in words '2026. gada 13. februāris'; amount in words; PVN 21 %.",
        "pdf",
    )
    return [p1, p2], t


# ----------------------------------------------------------------------------- receipts


def pl_letter(rate) -> str:
    return {D(23): "A", D(8): "B", D(5): "C"}[rate]


@doc(
    "r01",
    "PL",
    (
        "photo",
        {
            "dpi": 220,
            "long_side": 2100,
            "quality": 68,
            "bg": "stone",
            "folds": (0.45,),
            "tilt": 0.06,
        },
    ),
)
def r01(rng, name):
    R = Roll(80, 4)
    items = [
        line("Mleko UHT 3,2% 1L", 2, "3.49", 5),
        line("Chleb żytni razowy 500g", 1, "5.99", 5),
        line("Masło extra 82% 200g", 1, "8.49", 5),
        line("RABAT Masło extra", 1, "-1.50", 5),
        line("Pomidory malinowe luz", "0.734", "12.99", 5),
        line("Kawa na wynos latte", 1, "9.90", 8),
        line("Piwo jasne pełne 0,5L but.", 4, "3.79", 23),
        line("Płyn do naczyń cytryna 1L", 1, "7.99", 23),
        line("Ręcznik papierowy 2 rolki", 1, "6.49", 23),
    ]
    summ = vat_gross(items)
    tot = sum(v[2] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    net = tot - vat
    cash = D("100.00")
    f, z = "DVM", 7.4
    R.ctr("SOWA", "DVB", 20, 24)
    R.ctr("market osiedlowy", "DVI", 7.5, 12)
    R.gap(3)
    for s_ in [
        "SOWA Handel Sp. z o.o.",
        "Market SOWA nr 112",
        "ul. Ogrodowa 5, 90-001 Łódź",
        "NIP 725-218-33-06",
    ]:
        R.ctr(s_, f, z)
    R.lr("2026-01-17", "nr wydr.057130", f, z, 13)
    R.ctr("PARAGON FISKALNY", "DVMB", 9, 15)
    R.rule((1, 1))
    for it in items:
        if it["unit"] < 0:
            R.lr("   " + it["desc"], num(it["amt"]) + pl_letter(it["rate"]), f, z)
            continue
        R.lr(it["desc"], "", f, z)
        R.lr(
            f"      {qty_str(it['qty'])} x{num(it['unit'])}",
            num(it["amt"]) + pl_letter(it["rate"]),
            f,
            z,
            9.5,
        )
    R.rule((1, 1))
    for r, (_n, v, g) in sorted(summ.items(), reverse=True):
        L = pl_letter(r)
        R.lr(f"Sprzedaż opodatk. {L}", num(g), f, z)
        R.lr(f"Kwota PTU {L} {num(r)} %", num(v), f, z)
    R.lr("Suma PTU", num(vat), f, z)
    R.lr("SUMA PLN", num(tot), "DVMB", 11, 17)
    R.rule((1, 1))
    R.lr("Gotówka", num(cash), f, z)
    R.lr("Reszta", num(cash - tot), f, z)
    R.lr("00118 #Kasa 2   Kasjer nr 4", "18:42", f, z, 12)
    R.lr("Nr par.: 4821", "", f, z)
    R.ctr("9F3A2C71B04E5D86A1C2", f, 6.8)
    R.ctr("PL  BFF 14022871", "DVMB", 8, 12)
    R.gap(4)
    R.ctr("----------- NIEFISKALNY -----------", f, z)
    R.lr("Karta SOWA Plus", "****3321", f, z)
    R.lr("Zebrane punkty", "26", f, z)
    R.lr("Stan konta punktowego", "412", f, z)
    R.ctr("----------- NIEFISKALNY -----------", f, z)
    R.ctr("Dziękujemy i zapraszamy ponownie!", "DVI", 7.5, 13)
    t = truth(
        "4821",
        "2026-01-17",
        None,
        "SOWA Handel Sp. z o.o.",
        net,
        vat,
        tot,
        "PLN",
        "pl-PL",
        "receipt",
        "receipt",
        items,
        "Photo of a Polish paragon fiskalny: PTU letters A/B/C (23/8/5%) appended to amounts; weighed item; discount line 'RABAT' (keyed as a negative line); 'Sprzedaż opodatk.' are gross per rate; print counter 'nr wydr.' differs from receipt number 'Nr par.'; NIEFISKALNY loyalty block after the fiscal part.",
        "photo",
    )
    return [R], t


@doc(
    "r02",
    "PL",
    (
        "scan",
        "png",
        {
            "dpi": 220,
            "grey": True,
            "skew": 1.3,
            "blur": 0.8,
            "noise": 6,
            "specks": 30,
            "fade": 0.45,
        },
    ),
)
def r02(rng, name):
    R = Roll(80, 4)
    items = [
        line("ON Efecta Diesel dystr. 5", "42.18", "6.19", 23),
        line("Płyn do spryskiwaczy zim. 5L", 1, "24.99", 23),
        line("Hot-dog klasyczny", 1, "8.99", 8),
        line("Kawa latte duża", 1, "11.99", 8),
    ]
    summ = vat_gross(items)
    tot = sum(v[2] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    net = tot - vat
    f, z = "DVM", 7.2
    R.gap(6)
    R.rect(R.w / 2 - 40, R.y, 80, 26, 0, None, (0.1, 0.1, 0.1), 3)
    R.gap(20)
    R.row([(R.w / 2, "PETROMAX", "c")], "DVB", 13, 0, (1, 1, 1))
    R.gap(10)
    for s_ in [
        "PETROMAX Polska Sp. z o.o.",
        "Stacja Paliw nr 214",
        "ul. Gdańska 201, 85-674 Bydgoszcz",
        "NIP 554-290-11-47",
    ]:
        R.ctr(s_, f, z)
    R.lr("2026-02-06 07:18", "nr wydr. 31877", f, z, 13)
    R.ctr("PARAGON FISKALNY", "DVMB", 9, 14)
    R.lr("NIP nabywcy: 5213456789", "", f, z, 11)
    R.rule((1, 1))
    for it in items:
        L = pl_letter(it["rate"])
        R.lr(it["desc"], "", f, z)
        R.lr(
            f"  {qty_str(it['qty'])} {'l' if 'ON' in it['desc'] else 'szt'} x {num(it['unit'])}",
            f"{num(it['amt'])} {L}",
            f,
            z,
        )
    R.lr("  Dystrybutor 5", "", f, 6.6)
    R.rule((1, 1))
    for r, (_n, v, g) in sorted(summ.items(), reverse=True):
        L = pl_letter(r)
        R.lr(f"SPRZEDAŻ OPODATKOWANA {L}", num(g), f, z)
        R.lr(f"PTU {L} {num(r)}%", num(v), f, z)
    R.lr("SUMA PTU", num(vat), f, z)
    R.lr("SUMA:", f"{num(tot)} zł", "DVMB", 10.5, 16)
    R.lr("Karta płatnicza", num(tot), f, z, 12)
    R.lr("Nr par.: 12577", "#Kasa 1 Kasjer 03", f, z)
    R.ctr("E1C0 77A2 90BB 4D13 5A0E", f, 6.6)
    R.ctr("PL  CCE 20119843", "DVMB", 8, 12)
    R.gap(4)
    R.ctr("************ NIEFISKALNY ************", f, z)
    R.lr("VISA  **** **** **** 4417", "", f, z)
    R.lr("Terminal: 60018214", "Autoryzacja: 829113", f, z)
    R.lr("SPRZEDAŻ", f"{num(tot)} PLN", f, z)
    R.ctr("TRANSAKCJA ZATWIERDZONA", f, z)
    R.ctr("************ NIEFISKALNY ************", f, z)
    t = truth(
        "12577",
        "2026-02-06",
        None,
        "PETROMAX Polska Sp. z o.o.",
        net,
        vat,
        tot,
        "PLN",
        "pl-PL",
        "receipt",
        "receipt",
        items,
        "Faded thermal fuel-station paragon with the buyer's NIP printed (must not be taken as the seller's); fuel litres with 3 decimals; 23% + 8% PTU; card slip repeated in a NIEFISKALNY block; black logo box with white brand.",
        "scan",
    )
    return [R], t


@doc("r03", "CZ", ("pdf",))
def r03(rng, name):
    R = Roll(80, 5, 18, 20)
    items = [
        line("Cappuccino", 2, "69", 12),
        line("Flat white", 1, "79", 12),
        line("Domácí limonáda 0,4 l", 1, "65", 12),
        line("Medovník", 1, "89", 12),
        line("Prosecco 0,1 l", 2, "75", 21),
    ]
    summ = vat_gross(items)
    tot = sum(v[2] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    net = tot - vat
    f, z = "DV", 7.8
    R.circle(R.w / 2, R.y + 16, 14, 1.2, (0.6, 0.45, 0.1), None)
    R.gap(20)
    R.row([(R.w / 2, "☕", "c")], "DV", 12, 0, (0.6, 0.45, 0.1))
    R.gap(16)
    R.ctr("Kavárna U Zlaté konvice", "DVSB", 11, 14)
    R.ctr("Zlatá konvice s.r.o.", f, z)
    R.ctr("Malostranské nám. 7, 118 00 Praha 1", f, z)
    R.ctr("IČO: 08123456   DIČ: CZ08123456", f, z)
    R.rule((3, 2))
    R.lr("Účtenka č. 2026/001547", "", "DVB", 8.5, 13)
    R.lr("Datum: 20. 3. 2026 15:06", "Stůl: 4", f, z)
    R.lr("Obsluhoval: Tereza", "", f, z)
    R.rule((3, 2))
    for it in items:
        R.row(
            [
                (R.m, f"{qty_str(it['qty'])}× {it['desc']}", "l"),
                (R.r - 70, num(it["unit"]), "r"),
                (R.r, num(it["amt"]), "r"),
            ],
            f,
            z,
            12,
        )
    R.rule((3, 2))
    R.lr("CELKEM", f"{num(tot)} Kč", "DVB", 12, 17)
    R.gap(4)
    R.row(
        [
            (R.m, "Sazba", "l"),
            (R.m + 70, "Základ", "r"),
            (R.m + 125, "DPH", "r"),
            (R.r, "Celkem", "r"),
        ],
        "DVB",
        7.2,
    )
    for r, (n, v, g) in sorted(summ.items()):
        R.row(
            [
                (R.m, f"{r} %", "l"),
                (R.m + 70, num(n), "r"),
                (R.m + 125, num(v), "r"),
                (R.r, num(g), "r"),
            ],
            f,
            7.2,
        )
    R.rule((3, 2))
    R.lr("Hotově", num(D("600")), f, z)
    R.lr("Vráceno", num(D("600") - tot), f, z)
    R.gap(6)
    R.ctr("Děkujeme za návštěvu!", "DVI", 8, 14)
    R.ctr("Vytištěno z pokladny Dotykačka", f, 6.5)
    t = truth(
        "2026/001547",
        "2026-03-20",
        None,
        "Zlatá konvice s.r.o.",
        net,
        vat,
        tot,
        "CZK",
        "cs-CZ",
        "receipt",
        "receipt",
        items,
        "Born-digital café receipt (Dotykačka-style PDF on 80 mm roll); Kč only after CELKEM; DPH recap 12 % / 21 % with base, tax and gross columns; date '20. 3. 2026' with spaces; cash and change lines.",
        "pdf",
    )
    return [R], t


@doc(
    "r04",
    "SK",
    (
        "scan",
        "png",
        {
            "dpi": 250,
            "grey": True,
            "skew": 1.0,
            "blur": 0.5,
            "noise": 5,
            "specks": 20,
            "fade": 0.2,
            "width": 640,
        },
    ),
)
def r04(rng, name):
    R = Roll(76, 3.5)
    items = [
        line("PARALEN 500 mg tbl 24", 1, "3.29", 5),
        line("IBALGIN 400 mg tbl flm 30", 1, "5.49", 5),
        line("Doplatok na recept – Euthyrox", 1, "2.15", 5),
        line("Vitamín C 1000 mg tbl 30", 1, "7.90", 23),
        line("Neutrogena krém na ruky 75 ml", 1, "4.99", 23),
    ]
    summ = vat_gross(items)
    tot = sum(v[2] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    net = tot - vat
    f, z = "DVC", 7.6
    R.ctr("+", "DVB", 22, 24, (0.1, 0.55, 0.25))
    R.ctr("LEKÁREŇ PRI RADNICI", "DVCB", 10, 14)
    R.ctr("ADELA Pharm s.r.o.", f, z)
    R.ctr("Radničné námestie 3, 085 01 Bardejov", f, z)
    R.ctr("IČO: 50123456  DIČ: 2120345678", f, z)
    R.ctr("IČ DPH: SK2120345678", f, z)
    R.ctr("Kód pokladnice: 88812345678901234", f, z)
    R.rule((1, 1))
    R.ctr("POKLADNIČNÝ DOKLAD", "DVCB", 9, 13)
    R.lr("Číslo dokladu: 234", "14.03.2026 10:12:45", f, z)
    R.rule((1, 1))
    for it in items:
        R.lr(it["desc"], "", f, z)
        R.lr(
            f"   {qty_str(it['qty'])} ks x {num(it['unit'])}   DPH {it['rate']}%",
            num(it["amt"]),
            f,
            z,
        )
    R.rule((1, 1))
    for r, (n, v, _g) in sorted(summ.items()):
        R.lr(f"Základ DPH {r}%", num(n), f, z)
        R.lr(f"DPH {r}%", num(v), f, z)
    R.lr("SPOLU EUR", num(tot), "DVCB", 11, 16)
    R.lr("Platobná karta", num(tot), f, z, 12)
    R.rule((1, 1))
    R.ctr("OKP: 4e7a91c2-d03b5f18-66ae02f1-9c4d7e30-b81f2a65", f, 6.2)
    R.ctr("UID: O-7E2A5C0B1D9F4E3A8B6C2D1E0F9A8B7C", f, 6.2)
    R.qr(R.w / 2 - 32, R.y + 6, 64, 2341)
    R.gap(74)
    R.ctr("Ďakujeme. Prajeme skoré uzdravenie.", "DVC", 7.5)
    t = truth(
        "234",
        "2026-03-14",
        None,
        "ADELA Pharm s.r.o.",
        net,
        vat,
        tot,
        "EUR",
        "sk-SK",
        "receipt",
        "receipt",
        items,
        "Slovak eKasa pharmacy receipt scanned and downscaled to 640 px wide; pharmacy sign vs operator 'ADELA Pharm s.r.o.'; 5 % medicines and 23 % cosmetics with printed bases; long OKP/UID codes; prescription co-payment line.",
        "scan",
    )
    return [R], t


@doc(
    "r05",
    "HU",
    (
        "imgpdf",
        {
            "dpi": 200,
            "grey": True,
            "skew": 1.8,
            "blur": 0.7,
            "noise": 6,
            "specks": 25,
            "fade": 0.25,
        },
    ),
)
def r05(rng, name):
    R = Roll(80, 4)
    items = [
        line("Tej 2,8% 1L", 2, "389", 5, 0),
        line("Kenyér fehér 1kg", 1, "899", 5, 0),
        line("Kifli", 6, "59", 5, 0),
        line("Túró Rudi", 3, "219", 18, 0),
        line("Ásványvíz 1,5L", 2, "229", 27, 0),
        line("Mosogatószer 500ml", 1, "749", 27, 0),
        line("Csokoládé 100g", 1, "599", 27, 0),
    ]
    summ = vat_gross(items, 0)
    gross = sum(v[2] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    net = gross - vat
    tot = (gross / 5).quantize(D(1), rounding=ROUND_HALF_UP) * 5
    rnd = tot - gross
    letter = {D(5): "A00", D(18): "B00", D(27): "C00"}

    def ft(v):
        return num(v, ",", " ", 0)

    f, z = "DVM", 7.4
    R.ctr("Sarki Kisbolt", "DVSB", 13, 16)
    R.ctr("Fehér és Társa Kft.", f, z)
    R.ctr("1146 Budapest, Thököly út 61.", f, z)
    R.ctr("Adószám: 23456789-2-42", f, z)
    R.rule((2, 1))
    R.ctr("NYUGTA", "DVMB", 10, 14)
    R.rule((2, 1))
    for it in items:
        if it["qty"] != 1:
            R.lr(f"  {qty_str(it['qty'])} db x {ft(it['unit'])}", "", f, z)
        R.lr(f"{it['desc']}", f"{ft(it['amt'])} {letter[it['rate']]}", f, z)
    R.rule((2, 1))
    R.lr("RÉSZÖSSZEG", ft(gross), f, z)
    for r, (_n, v, _g) in sorted(summ.items()):
        R.lr(f"{letter[r][0]}  {r}%  ÁFA", ft(v), f, z)
    R.lr("ÖSSZESEN:", f"{ft(gross)} Ft", "DVMB", 9, 13)
    R.lr("KEREKÍTÉS:", num(rnd, ",", " ", 0, plus=True), f, z)
    R.lr("FIZETENDŐ:", f"{ft(tot)} Ft", "DVMB", 11, 15)
    R.lr("KÉSZPÉNZ", ft(5000), f, z, 12)
    R.lr("VISSZAJÁRÓ", ft(5000 - tot), f, z)
    R.rule((2, 1))
    R.lr("NYUGTASZÁM: 0041/01234", "", f, z)
    R.lr("2026.02.21. 17:05", "PÉNZTÁROS: 02", f, z)
    R.ctr("AP A12345678", "DVMB", 8, 12)
    R.ctr("NAV ellenőrző kód: 7QK3-M2XP", f, 6.8)
    t = truth(
        "0041/01234",
        "2026-02-21",
        None,
        "Fehér és Társa Kft.",
        net,
        vat,
        tot,
        "HUF",
        "hu-HU",
        "receipt",
        "receipt",
        items,
        "Hungarian NYUGTA as image-only PDF; forint without decimals; ÁFA codes A00/B00/C00 (5/18/27 %); cash rounding to 5 Ft ('KEREKÍTÉS: +1', ÖSSZESEN 4 494 vs FIZETENDŐ 4 495 — total keyed as the paid 4 495); net never printed.",
        "scan",
        rounding=rnd,
    )
    return [R], t


@doc(
    "r06",
    "RO",
    (
        "photo",
        {"dpi": 220, "long_side": 2000, "quality": 65, "bg": "cloth", "folds": (), "tilt": 0.07},
    ),
)
def r06(rng, name):
    R = Roll(80, 4)
    items = [
        line("PAINE ALBA FELIATA 500G", 1, "5.49", 11),
        line("LAPTE 3,5% 1L", 2, "7.99", 11),
        line("CASCAVAL RUCAR 400G", 1, "24.90", 11),
        line("ROSII CIORCHINE", "0.856", "12.99", 11),
        line("DETERGENT VASE 900ML", 1, "11.49", 21),
        line("BERE BLONDA 0,5L DOZA", 4, "4.29", 21),
        line("GARANTIE SGR AMBALAJ", 4, "0.50", 0),
    ]
    summ = vat_gross(items)
    tot = sum(v[2] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    net = tot - vat
    code = {D(21): "A", D(11): "B", D(0): "E"}

    def ro(v):
        return num(v, ",", ".")

    f, z = "DVM", 7.4
    R.ctr("VERDE", "DVB", 18, 22, (0.1, 0.5, 0.2))
    R.ctr("MARKET", "DV", 8, 10, (0.1, 0.5, 0.2))
    R.gap(4)
    for s_ in [
        "PIATA VERDE MARKET S.R.L.",
        "STR. OBSERVATORULUI 110",
        "CLUJ-NAPOCA, JUD. CLUJ",
        "CIF: RO12345678",
    ]:
        R.ctr(s_, f, z)
    R.ctr("BON FISCAL", "DVMB", 9, 14)
    R.rule((1, 1))
    for it in items:
        R.lr(
            f"{qty_str(it['qty'])} {'KG' if it['qty'] != it['qty'].to_integral() else 'BUC'} x {ro(it['unit'])}",
            "",
            f,
            z,
        )
        R.lr(it["desc"], f"{ro(it['amt'])} {code[it['rate']]}", f, z)
    R.rule((1, 1))
    R.lr("SUBTOTAL", ro(tot), f, z)
    for r, (_n, v, g) in sorted(summ.items(), reverse=True):
        if r:
            R.lr(f"TOTAL TVA {code[r]} {r},00%", ro(v), f, z)
        else:
            R.lr("E SCUTIT TVA (SGR)", ro(g), f, z)
    R.lr("TOTAL TVA BON", ro(vat), f, z)
    R.lr("TOTAL", ro(tot), "DVMB", 11, 16)
    R.lr("CARD", ro(tot), f, z, 12)
    R.rule((1, 1))
    R.lr("NR. BON: 0178", "Z: 0342", f, z)
    R.lr("DATA: 03.02.2026", "ORA: 19:22:05", f, z)
    R.lr("ID UNIC: 4000123456", "CASA 03", f, z)
    R.ctr("VA MULTUMIM!", "DVMB", 8, 13)
    t = truth(
        "0178",
        "2026-02-03",
        None,
        "PIATA VERDE MARKET S.R.L.",
        net,
        vat,
        tot,
        "RON",
        "ro-RO",
        "receipt",
        "receipt",
        items,
        "Photographed Romanian bon fiscal in capitals without diacritics; TVA letters A 21 % / B 11 % and an exempt SGR deposit line (E); no currency printed anywhere except in the locale (lei); weighed tomatoes 0,856 kg; quantity line above the item name.",
        "photo",
    )
    return [R], t


@doc(
    "r07",
    "SI",
    (
        "scan",
        "jpg",
        {
            "dpi": 240,
            "grey": False,
            "skew": 1.4,
            "blur": 0.6,
            "noise": 5,
            "specks": 20,
            "fade": 0.3,
            "tint": (0.99, 0.97, 0.92),
        },
    ),
)
def r07(rng, name):
    R = Roll(58, 3)
    items = [
        line("Kava z mlekom", 2, "1.90", "9.5"),
        line("Kapučino", 1, "2.40", "9.5"),
        line("Rogljiček", 2, "1.60", "9.5"),
        line("Sok pomaranča 0,2", 1, "2.80", 22),
        line("Pivo Union 0,5", 1, "3.50", 22),
    ]
    summ = vat_gross(items)
    tot = sum(v[2] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    net = tot - vat

    def si(v):
        return num(v, ",", ".")

    f, z = "DVC", 7.0
    R.ctr("Kavarna Pod Lipo", "DVSB", 10, 13)
    R.ctr("Lipa Gostinstvo d.o.o.", f, z)
    R.ctr("Prešernov trg 4, 4000 Kranj", f, z)
    R.ctr("ID za DDV: SI12345678", f, z)
    R.rule((1, 1))
    R.lr("RAČUN ŠT.: PP1-BL1-4521", "", "DVCB", 7.4, 11)
    R.lr("15.03.2026 09:47", "Miza 7", f, z)
    R.rule((1, 1))
    for it in items:
        R.lr(it["desc"], "", f, z)
        R.lr(f"  {qty_str(it['qty'])} x {si(it['unit'])}", si(it["amt"]), f, z)
    R.rule((1, 1))
    R.lr("ZA PLAČILO EUR", si(tot), "DVCB", 9.5, 14)
    R.gap(2)
    for r, (n, v, _g) in sorted(summ.items()):
        R.lr(f"Osnova DDV {num(r, ',', '.', 1)}%", si(n), f, 6.6)
        R.lr(f"DDV {num(r, ',', '.', 1)}%", si(v), f, 6.6)
    R.rule((1, 1))
    R.lr("Gotovina", si(D(20)), f, z)
    R.lr("Vračilo", si(D(20) - tot), f, z)
    R.lr("Račun izdal: Nina", "", f, z)
    R.lr("ZOI:", "", f, 6.4)
    R.ctr("a7f3c2e91b0d46e58c1f2a3b4c5d6e7f", "DVM", 5.8)
    R.lr("EOR:", "", f, 6.4)
    R.ctr("5e1c9a2b-77d4-4f0e-9b3a-1c2d3e4f5a6b", "DVM", 5.8)
    R.ctr("Hvala in nasvidenje!", "DVI", 7, 11)
    t = truth(
        "PP1-BL1-4521",
        "2026-03-15",
        None,
        "Lipa Gostinstvo d.o.o.",
        net,
        vat,
        tot,
        "EUR",
        "sl-SI",
        "receipt",
        "receipt",
        items,
        "58 mm Slovenian café receipt (scan, JPEG); fiscal number PP1-BL1-4521 (premises-device-sequence); DDV 9,5 % and 22 % with printed bases; ZOI/EOR codes; cash and change.",
        "scan",
    )
    return [R], t


@doc("r08", "SE", ("pdf",))
def r08(rng, name):
    R = Roll(80, 5, 16, 18)
    items = [
        line("Fisksoppa", 2, "195.00", 12),
        line("Toast Skagen", 1, "165.00", 12),
        line("Lättöl", 2, "45.00", 12),
        line("Glas vitt vin, Riesling", 2, "115.00", 25),
        line("Kaffe", 2, "35.00", 12),
    ]
    summ = vat_gross(items)
    sub = sum(v[2] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    net = sub - vat
    tip = D("55.00")
    tot = sub + tip

    def se(v):
        return num(v, ",", " ")

    f, z = "Courier", 8
    R.ctr("~ ~ ~", "Courier-Bold", 10, 12, (0.1, 0.3, 0.5))
    R.ctr("SJÖBODEN", "Helvetica-Bold", 16, 18, (0.1, 0.3, 0.5))
    R.ctr("Restaurang & Bar", "Helvetica-Oblique", 8, 11)
    R.gap(3)
    for s_ in [
        "Sjöboden i Göteborg AB",
        "Fiskhamnsgatan 8",
        "414 58 Göteborg",
        "Org.nr 559123-4567",
    ]:
        R.ctr(s_, f, z, 10)
    R.rule((2, 2))
    R.ctr("KVITTO", "Courier-Bold", 10, 14)
    R.lr("Kvittonr: 88412", "Bord 12", f, z)
    R.lr("2026-03-14 20:41", "Kassa 1", f, z)
    R.rule((2, 2))
    for it in items:
        R.lr(f"{qty_str(it['qty'])} {it['desc']}", se(it["amt"]), f, z, 11)
    R.rule((2, 2))
    R.lr("Summa", se(sub), "Courier-Bold", 9, 12)
    R.row(
        [
            (R.m, "Moms%", "l"),
            (R.m + 90, "Moms", "r"),
            (R.m + 150, "Netto", "r"),
            (R.r, "Brutto", "r"),
        ],
        f,
        7.2,
    )
    for r, (n, v, g) in sorted(summ.items(), reverse=True):
        R.row(
            [
                (R.m, f"{r},00", "l"),
                (R.m + 90, se(v), "r"),
                (R.m + 150, se(n), "r"),
                (R.r, se(g), "r"),
            ],
            f,
            7.2,
        )
    R.rule((2, 2))
    R.lr("Kort", "Mastercard", f, z, 11)
    R.lr("Belopp", se(sub), f, z)
    R.lr("Dricks", se(tip), f, z)
    R.lr("Totalt", f"{se(tot)} SEK", "Courier-Bold", 10, 13)
    R.lr("Ref: 412907  Term: 7713209", "", f, 7)
    R.lr("Godkänd  **** **** **** 5521", "", f, 7)
    R.rule((2, 2))
    R.ctr("Tack för besöket!", "Helvetica-Oblique", 8, 12)
    R.ctr("Kontrollenhet: BB1234567890123456", f, 6.5)
    t = truth(
        "88412",
        "2026-03-14",
        None,
        "Sjöboden i Göteborg AB",
        net,
        vat,
        tot,
        "SEK",
        "sv-SE",
        "receipt",
        "receipt",
        items,
        "Swedish restaurant e-receipt (PDF) with a card tip: 'Summa' 945,00 is the food bill, 'Dricks' 55,00 added on the card, 'Totalt' 1 000,00 SEK is what was charged (keyed total; tip outside VAT); moms table 12 % / 25 % with netto and brutto.",
        "pdf",
        tip=tip,
    )
    return [R], t


@doc(
    "r09",
    "NO",
    (
        "photo",
        {"dpi": 220, "long_side": 2300, "quality": 70, "bg": "desk", "folds": (0.5,), "tilt": 0.05},
    ),
)
def r09(rng, name):
    R = Roll(80, 4)
    items = [
        line("Melk lett 1,75L", 1, "28.90", 15),
        line("Brød grovt 750g", 1, "39.90", 15),
        line("Norvegia 1kg", 1, "129.00", 15),
        line("Epler røde", "1.22", "34.90", 15),
        line("Kaffe filtermalt 250g", 1, "54.90", 15),
        line("Oppvaskmiddel 500ml", 1, "32.90", 25),
        line("Batterier AA 4pk", 1, "79.00", 25),
        line("Bærepose", 1, "4.00", 25),
    ]
    summ = vat_gross(items)
    tot = sum(v[2] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    net = tot - vat

    def no(v):
        return num(v, ",", " ")

    f, z = "DVM", 7.4
    R.gap(4)
    R.circle(R.w / 2, R.y + 14, 14, 0, None, (0.85, 0.15, 0.15))
    R.gap(28)
    R.ctr("Nærbutikken Solvang", "DVB", 11, 16)
    for s_ in [
        "Solvang Dagligvare AS",
        "Solvangvegen 2, 3050 Mjøndalen",
        "Org.nr 923 456 781 MVA",
        "Tlf 32 87 11 20",
    ]:
        R.ctr(s_, f, z)
    R.rule((3, 1))
    R.lr("KVITTERING", "Bong nr 2214", "DVMB", 8, 13)
    R.lr("07.03.2026 16:02", "Kasse 1 / Op 12", f, z)
    R.rule((3, 1))
    for it in items:
        if it["qty"] != 1:
            R.lr(it["desc"], "", f, z)
            R.lr(f"  {qty_str(it['qty'])} kg x {no(it['unit'])} kr/kg", no(it["amt"]), f, z)
        else:
            R.lr(it["desc"], no(it["amt"]), f, z)
    R.rule((3, 1))
    R.lr(f"{len(items)} varer", "", f, z)
    R.lr("TOTALT", no(tot), "DVMB", 12, 17)
    R.lr("BankAxept", no(tot), f, z, 12)
    R.rule((3, 1))
    R.row(
        [
            (R.m, "Mva-grunnlag", "l"),
            (R.m + 95, "Sats", "r"),
            (R.m + 140, "Mva", "r"),
            (R.r, "Sum", "r"),
        ],
        f,
        6.8,
    )
    for r, (n, v, g) in sorted(summ.items()):
        R.row(
            [
                (R.m, no(n), "l"),
                (R.m + 95, f"{r}%", "r"),
                (R.m + 140, no(v), "r"),
                (R.r, no(g), "r"),
            ],
            f,
            6.8,
        )
    R.ctr("Takk for handelen!", "DVI", 8, 14)
    R.ctr("Åpent alle dager 07-23", f, 6.8)
    t = truth(
        "2214",
        "2026-03-07",
        None,
        "Solvang Dagligvare AS",
        net,
        vat,
        tot,
        "NOK",
        "nb-NO",
        "receipt",
        "receipt",
        items,
        "Photographed Norwegian grocery receipt (folded once); no currency printed except kr/kg on a weighed item; MVA table with 15 % food and 25 % other (net printed first in each row); red disc logo, shop sign above the AS name.",
        "photo",
    )
    return [R], t


@doc(
    "r10",
    "DK",
    (
        "photo",
        {"dpi": 230, "long_side": 1700, "quality": 62, "bg": "wood", "folds": (), "tilt": 0.08},
    ),
)
def r10(rng, name):
    R = Roll(58, 3)
    items = [
        line("Rugbrød", 1, "38.00", 25),
        line("Tebirkes", 4, "12.50", 25),
        line("Kanelsnegl", 2, "22.00", 25),
        line("Kaffe stor", 1, "35.00", 25),
        line("Hindbærsnitte", 3, "14.75", 25),
    ]
    summ = vat_gross(items)
    gross = sum(v[2] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    net = gross - vat
    frac = gross - gross.to_integral_value(rounding="ROUND_FLOOR")
    base = gross - frac
    tot = base + (D("0") if frac < D("0.25") else D("0.50") if frac < D("0.75") else D("1.00"))
    rnd = tot - gross

    def dk(v):
        return num(v, ",", ".")

    f, z = "DVC", 7.2
    R.ctr("Kornblomst", "DVSI", 14, 17, (0.2, 0.3, 0.6))
    R.ctr("BAGERI", "DVB", 7, 10, (0.2, 0.3, 0.6))
    R.gap(2)
    for s_ in ["Kornblomst Bageri ApS", "Nørregade 17, 5000 Odense C", "CVR 41234567"]:
        R.ctr(s_, f, z)
    R.rule((1, 2))
    R.lr("Bon 7713", "28.02.2026 kl. 08:14", f, z)
    R.rule((1, 2))
    for it in items:
        lbl = it["desc"] if it["qty"] == 1 else f"{qty_str(it['qty'])} x {it['desc']}"
        R.lr(lbl, dk(it["amt"]), f, z)
    R.rule((1, 2))
    R.lr("I alt", dk(gross), f, z)
    R.lr("Afrunding", dk(rnd), f, z)
    R.lr("AT BETALE", dk(tot), "DVCB", 10, 14)
    R.lr("Kontant", dk(D(250)), f, z, 11)
    R.lr("Retur", dk(D(250) - tot), f, z)
    R.lr("Heraf moms 25%", dk(vat), f, z, 11)
    R.ctr("Tak for besøget – god dag!", "DVI", 7, 12)
    t = truth(
        "7713",
        "2026-02-28",
        None,
        "Kornblomst Bageri ApS",
        net,
        vat,
        tot,
        "DKK",
        "da-DK",
        "receipt",
        "receipt",
        items,
        "Photographed 58 mm Danish bakery bon: cash rounding to 50 øre ('Afrunding 0,25', I alt 211,25 → AT BETALE 211,50; total keyed as paid); 'Heraf moms' is included VAT; no currency printed; script wordmark.",
        "photo",
        rounding=rnd,
    )
    return [R], t


@doc("r11", "FI", ("pdf",))
def r11(rng, name):
    R = Roll(80, 5, 16, 18)
    items = [
        line("Ruisleipä 500 g", 1, "3.49", "13.5"),
        line("Maito 1 l", 2, "1.19", "13.5"),
        line("Oltermanni 500 g", 1, "7.95", "13.5"),
        line("Banaani", "0.842", "1.79", "13.5"),
        line("Presidentti 500 g", 1, "8.99", "13.5"),
        line("Olut 0,33 l tlk", 6, "1.89", "25.5"),
        line("Pantti 0,15", 6, "0.15", 0),
        line("Talouspaperi 4 rll", 1, "4.29", "25.5"),
        line("Pullopalautus", 1, "-2.40", 0),
    ]
    summ = vat_gross(items)
    tot = sum(v[2] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    net = tot - vat

    def fi(v):
        return num(v, ",", " ")

    f, z = "DV", 7.6
    R.rect(R.w / 2 - 60, R.y, 120, 24, 0, None, (0.35, 0.15, 0.55), 12)
    R.gap(17)
    R.row([(R.w / 2, "Mustikka", "c")], "DVB", 12, 0, (1, 1, 1))
    R.gap(8)
    R.ctr("Lähikauppa Mustikka", "DVB", 9, 14)
    for s_ in ["Mustikkakauppa Oy", "Kauppakatu 3, 40100 Jyväskylä", "Y-tunnus 3012345-7"]:
        R.ctr(s_, f, z)
    R.rule((2, 2))
    R.lr("KUITTI 4417", "12.03.2026 18:33", "DVB", 8, 13)
    R.rule((2, 2))
    for it in items:
        if it["qty"] != it["qty"].to_integral():
            R.lr(it["desc"], fi(it["amt"]), f, z)
            R.lr(f"   {qty_str(it['qty'])} kg à {fi(it['unit'])} €/kg", "", f, 6.8)
        elif it["qty"] != 1:
            R.lr(it["desc"], fi(it["amt"]), f, z)
            R.lr(f"   {qty_str(it['qty'])} kpl à {fi(it['unit'])}", "", f, 6.8)
        else:
            R.lr(it["desc"], fi(it["amt"]), f, z)
    R.rule((2, 2))
    R.lr("YHTEENSÄ", f"{fi(tot)} €", "DVB", 11, 16)
    R.lr("Korttimaksu Visa Debit", fi(tot), f, z, 12)
    R.rule((2, 2))
    R.row(
        [
            (R.m, "ALV %", "l"),
            (R.m + 95, "Veroton", "r"),
            (R.m + 150, "Vero", "r"),
            (R.r, "Verollinen", "r"),
        ],
        "DVB",
        7,
    )
    for r, (n, v, g) in sorted(summ.items(), reverse=True):
        R.row(
            [
                (R.m, num(r, ",", " ", 1 if r != r.to_integral() else 0), "l"),
                (R.m + 95, fi(n), "r"),
                (R.m + 150, fi(v), "r"),
                (R.r, fi(g), "r"),
            ],
            f,
            7,
        )
    R.row(
        [
            (R.m, "Yht.", "l"),
            (R.m + 95, fi(net), "r"),
            (R.m + 150, fi(vat), "r"),
            (R.r, fi(tot), "r"),
        ],
        "DVB",
        7,
    )
    R.ctr("Kiitos käynnistä!", "DVI", 8, 14)
    t = truth(
        "4417",
        "2026-03-12",
        None,
        "Mustikkakauppa Oy",
        net,
        vat,
        tot,
        "EUR",
        "fi-FI",
        "receipt",
        "receipt",
        items,
        "Finnish grocery e-kuitti (PDF): ALV 13,5 % / 25,5 % / 0 % (pantti deposit) and a negative bottle-return voucher line; three-rate ALV table with a totals row; 'KUITTI 4417' as the number.",
        "pdf",
    )
    return [R], t


@doc(
    "r12",
    "EE",
    (
        "scan",
        "png",
        {"dpi": 200, "grey": True, "skew": 1.1, "blur": 0.7, "noise": 6, "specks": 25, "fade": 0.5},
    ),
)
def r12(rng, name):
    R = Roll(80, 4)
    items = [
        line("Diislikütus", "38.42", "1.579", 24),
        line("Kohv latte 0,4", 1, "2.90", 24),
        line("Pirukas lihaga", 1, "2.20", 24),
    ]
    summ = vat_gross(items)
    tot = sum(v[2] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    net = tot - vat

    def ee(v, p=2):
        return num(v, ",", " ", p)

    f, z = "DVM", 7.4
    R.gap(2)
    R.poly(
        [
            (R.w / 2, R.y),
            (R.w / 2 + 6, R.y + 12),
            (R.w / 2 + 18, R.y + 14),
            (R.w / 2 + 6, R.y + 18),
            (R.w / 2, R.y + 30),
            (R.w / 2 - 6, R.y + 18),
            (R.w / 2 - 18, R.y + 14),
            (R.w / 2 - 6, R.y + 12),
        ],
        (0.1, 0.1, 0.1),
    )
    R.gap(32)
    R.ctr("PÕHJATÄHT", "DVB", 14, 18)
    for s_ in [
        "Põhjatäht Kütus OÜ",
        "Tartu mnt 112, 10112 Tallinn",
        "Registrikood 12345678",
        "KMKR nr EE102345678",
    ]:
        R.ctr(s_, f, z)
    R.rule((1, 1))
    R.lr("ARVE-KVIITUNG nr 4412-0088", "", "DVMB", 8, 13)
    R.lr("05.03.2026 07:52", "Kassa 2", f, z)
    R.rule((1, 1))
    for it in items:
        R.lr(it["desc"], "", f, z)
        u = "L" if it["unit"].as_tuple().exponent == -3 else "tk"
        R.lr(
            f"  {qty_str(it['qty'])} {u} x {ee(it['unit'], 3 if u == 'L' else 2)}",
            ee(it["amt"]),
            f,
            z,
        )
    R.lr("  Tankur 4", "", f, 6.8)
    R.rule((1, 1))
    R.lr("Summa km-ta", ee(net), f, z)
    R.lr("Käibemaks 24%", ee(vat), f, z)
    R.lr("KOKKU EUR", ee(tot), "DVMB", 11, 16)
    R.lr("Pangakaart", ee(tot), f, z, 12)
    R.lr("VISA **** 0932  Aut.kood 552810", "", f, 6.8)
    R.ctr("Aitäh ja head teed!", "DVI", 8, 14)
    t = truth(
        "4412-0088",
        "2026-03-05",
        None,
        "Põhjatäht Kütus OÜ",
        net,
        vat,
        tot,
        "EUR",
        "et-EE",
        "receipt",
        "receipt",
        items,
        "Heavily faded Estonian fuel-station arve-kviitung; fuel unit price with 3 decimals (1,579 €/L); net 'Summa km-ta' and 'Käibemaks 24 %' printed; star logo; registrikood vs KMKR number.",
        "scan",
    )
    return [R], t


@doc(
    "r13",
    "LT",
    (
        "photo",
        {"dpi": 230, "long_side": 1900, "quality": 66, "bg": "stone", "folds": (), "tilt": 0.06},
    ),
)
def r13(rng, name):
    R = Roll(76, 3.5)
    items = [
        line("Metforminas 850 mg N60 (kompens.)", 1, "2.76", 5),
        line("Ibuprofenas 400 mg N20", 1, "4.59", 21),
        line("Vitaminas D3 2000 TV N90", 1, "9.99", 21),
        line("Nuolaida lojalumo kortelė -10%", 1, "-1.00", 21),
        line("Pleistrai 20 vnt.", 1, "2.49", 21),
    ]
    summ = vat_gross(items)
    tot = sum(v[2] for v in summ.values())
    vat = sum(v[1] for v in summ.values())
    net = tot - vat
    code = {D(21): "A", D(5): "B"}

    def lt(v):
        return num(v, ",", " ")

    f, z = "DVC", 7.5
    R.ctr("VAISTŲ NAMAI", "DVB", 13, 17, (0.0, 0.45, 0.35))
    R.ctr("vaistinė", "DVI", 7.5, 10)
    R.gap(2)
    for s_ in [
        "UAB „Vaistų namai“",
        "Laisvės al. 41, LT-44240 Kaunas",
        "Įmonės kodas 301234567",
        "PVM kodas LT100001234567",
    ]:
        R.ctr(s_, f, z)
    R.rule((2, 2))
    R.ctr("KASOS KVITAS", "DVCB", 9, 13)
    R.lr("Kvito Nr. 0231", "2026-02-27 13:05", f, z)
    R.lr("Kasa Nr. 2", "Kasininkė: R. Jankauskienė", f, 6.8)
    R.rule((2, 2))
    for it in items:
        R.lr(it["desc"], f"{lt(it['amt'])} {code[it['rate']]}", f, z)
        if it["unit"] > 0:
            R.lr(f"   {qty_str(it['qty'])} x {lt(it['unit'])}", "", f, 6.8)
    R.rule((2, 2))
    for r, (n, v, _g) in sorted(summ.items(), reverse=True):
        R.lr(f"PVM {code[r]} {r}%", lt(v), f, z)
        R.lr(f"  be PVM {code[r]}", lt(n), f, 6.8)
    R.lr("Iš viso mokėti:", f"{lt(tot)} EUR", "DVCB", 10.5, 15)
    R.lr("Mokėta kortele", lt(tot), f, z, 12)
    R.rule((2, 2))
    R.ctr("Prekės, įsigytos vaistinėje, grąžinamos", f, 6.8)
    R.ctr("tik teisės aktų nustatyta tvarka.", f, 6.8)
    R.ctr("Ačiū, kad renkatės mus!", "DVI", 7.5, 12)
    t = truth(
        "0231",
        "2026-02-27",
        None,
        "UAB „Vaistų namai“",
        net,
        vat,
        tot,
        "EUR",
        "lt-LT",
        "receipt",
        "receipt",
        items,
        "Photographed Lithuanian pharmacy kasos kvitas: PVM A 21 % and B 5 % (reimbursed medicine) letters after amounts; loyalty discount as a negative line; net printed as 'be PVM'; legal name 'UAB „Vaistų namai“' with brand 'VAISTŲ NAMAI'.",
        "photo",
    )
    return [R], t


# ----------------------------------------------------------------------------- main


def build(name: str, outdir: Path) -> dict:
    fn, _country, post = DOCS[name]
    register_fonts()
    seed = zlib.crc32(name.encode())
    rng = random.Random(seed)
    sheets, t = fn(rng, name)
    pdf = render_pdf(sheets, name)
    kind = post[0]
    if kind == "pdf":
        data, ext, k = pdf, "pdf", "pdf"
    elif kind == "scan":
        img = scan(pdf, seed, **post[2])
        data = png_bytes(img) if post[1] == "png" else jpeg_bytes(img, 82)
        ext, k = post[1], "scan"
    elif kind == "imgpdf":
        img = scan(pdf, seed, **post[1])
        data, ext, k = image_pdf(img, sheets[0].w), "pdf", "scan"
    else:
        kw = dict(post[1])
        quality = kw.pop("quality", 72)
        img = photo(pdf, seed, quality=quality, **kw)
        data, ext, k = jpeg_bytes(img, quality), "jpg", "photo"
    if t["kind"] != k:
        raise AssertionError(f"{name}: truth kind {t['kind']} != {k}")
    (outdir / f"{name}.{ext}").write_bytes(data)
    (outdir / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return t


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("outdir", nargs="?", default="bench/blindsets/blind-2026-12q")
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else sorted(DOCS)
    for n in names:
        t = build(n, out)
        print(f"{n}: {t['vendor_name']} {t['total']} {t['currency']} ({t['kind']})")


if __name__ == "__main__":
    main()
