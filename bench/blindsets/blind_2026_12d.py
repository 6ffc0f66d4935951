"""Blind set 2026-12d: 32 invoice/receipt documents with ground truth, written blind.

Run: ``python -m bench.blindsets.blind_2026_12d [OUTDIR] [--only NAME]``
(default OUTDIR ``bench/blindsets/blind-2026-12d``). Writes ``NAME.pdf|png|jpg`` and
``NAME.json`` per document and, on a full run, ``README.md``. Every document is seeded by
the CRC-32 of its name, so re-runs are byte-identical.
"""

from __future__ import annotations

import io
import json
import sys
import zlib
from dataclasses import dataclass, field
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
DEFAULT_OUT = Path("bench/blindsets/blind-2026-12d")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONTS = {
    "Sans": "DejaVuSans.ttf",
    "Sans-B": "DejaVuSans-Bold.ttf",
    "Sans-I": "DejaVuSans-Oblique.ttf",
    "Mono": "DejaVuSansMono.ttf",
    "Mono-B": "DejaVuSansMono-Bold.ttf",
    "Serif": "DejaVuSerif.ttf",
    "Serif-B": "DejaVuSerif-Bold.ttf",
    "Serif-I": "DejaVuSerif-Italic.ttf",
    "Cond": "DejaVuSansCondensed.ttf",
    "Cond-B": "DejaVuSansCondensed-Bold.ttf",
}
for _name, _file in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_name, str(FONT_DIR / _file)))


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


class AmountError(Exception):
    """Printed amounts do not add up."""


# ---------------------------------------------------------------- amounts and formats


def q2(x: Decimal) -> Decimal:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def q0(x: Decimal) -> Decimal:
    return x.quantize(D("1"), rounding=ROUND_HALF_UP)


def _group(intpart: str, sep: str, indian: bool = False) -> str:
    if indian and len(intpart) > 3:
        head, tail = intpart[:-3], intpart[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return sep.join([*parts, tail])
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)


_STYLES = {  # thousands separator, decimal separator
    "us": (",", "."),
    "de": (".", ","),
    "fr": ("\u202f", ","),
    "plain": ("", "."),
    "plainc": ("", ","),
    "in": (",", "."),
    "ch": ("'", "."),
    "sp": (" ", ","),
}


def money(x: Decimal, style: str = "us", dec: int = 2) -> str:
    """Format a Decimal with the given grouping style; ``dec=0`` for JPY-like currencies."""
    th, dp = _STYLES[style]
    neg = x < 0
    s = f"{abs(x):.{dec}f}"
    ip, _, fp = s.partition(".")
    ip = _group(ip, th, indian=style == "in") if th else ip
    out = ip + (dp + fp if dec else "")
    return ("-" if neg else "") + out


@dataclass
class Item:
    desc: str
    qty: Decimal
    unit: Decimal
    amount: Decimal

    def key(self, udec: int = 2) -> dict:
        return {
            "description": self.desc,
            "quantity": str(self.qty),
            "unit_price": f"{self.unit:.{udec}f}",
            "amount": f"{self.amount:.2f}",
        }


def item(desc: str, qty, unit, amount=None) -> Item:
    qty, unit = D(str(qty)), D(str(unit))
    calc = q2(qty * unit)
    if amount is not None and q2(D(str(amount))) != calc:
        raise AmountError(f"{desc}: {qty} x {unit} != {amount}")
    return Item(desc, qty, unit, calc)


def check(amount: Decimal, vat: Decimal | None, total: Decimal, gap: Decimal = D(0)) -> None:
    """Raise unless amount + vat + documented gap == total."""
    if amount + (vat or D(0)) + gap != total:
        raise AmountError(f"{amount} + {vat} + {gap} != {total}")


def truth(**kw) -> dict:
    keys = [
        "invoice_number",
        "invoice_date",
        "due_date",
        "vendor_name",
        "amount",
        "vat",
        "total",
        "currency",
        "locale",
        "layout",
        "document_type",
        "line_items",
        "note",
        "kind",
    ]
    for k in ("amount", "vat", "total"):
        if isinstance(kw.get(k), Decimal):
            kw[k] = f"{kw[k]:.2f}"
    kw.setdefault("due_date", None)
    kw.setdefault("document_type", "invoice" if kw.get("layout") == "invoice" else "receipt")
    out = {k: kw[k] for k in keys if k != "kind"}
    out["kind"] = kw.get("kind", "pdf")
    if set(kw) - set(keys):
        raise KeyError(set(kw) - set(keys))
    return out


# ---------------------------------------------------------------- page model


@dataclass
class Page:
    w: float
    h: float
    runs: list = field(default_factory=list)
    shapes: list = field(default_factory=list)

    def text(self, x, y, s, font="Helvetica", size=9.0, align="l", color=(0, 0, 0)):
        width = pdfmetrics.stringWidth(s, font, size)
        x0 = {"l": x, "r": x - width, "c": x - width / 2}[align]
        box = (x0, y - 0.22 * size, x0 + width, y + 0.76 * size)
        if box[0] < 4 or box[1] < 4 or box[2] > self.w - 4 or box[3] > self.h - 4:
            raise LayoutError(f"off page: {s!r} {box} page {self.w}x{self.h}")
        for other in self.runs:
            b = other[0]
            xs = box[0] < b[2] - 0.3 and b[0] < box[2] - 0.3
            if xs and box[1] < b[3] - 0.3 and b[1] < box[3] - 0.3:
                raise LayoutError(f"overlap: {s!r} with {other[1]!r}")
        self.runs.append((box, s, x0, y, font, size, color))
        return width

    def line(self, x1, y1, x2, y2, width=0.5, color=(0, 0, 0)):
        self.shapes.append(("line", x1, y1, x2, y2, width, color))

    def rect(self, x, y, w, h, fill=(0.9, 0.9, 0.9), stroke=None):
        self.shapes.append(("rect", x, y, w, h, fill, stroke))


def render_pdf(pages: list[Page]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(pages[0].w, pages[0].h), invariant=1)
    for p in pages:
        c.setPageSize((p.w, p.h))
        for sh in p.shapes:
            if sh[0] == "line":
                _, x1, y1, x2, y2, width, color = sh
                c.setLineWidth(width)
                c.setStrokeColorRGB(*color)
                c.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, fill, stroke = sh
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                c.rect(x, y, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
        for _box, s, x0, y, font, size, color in p.runs:
            c.setFillColorRGB(*color)
            c.setFont(font, size)
            c.drawString(x0, y, s)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- receipt roll


class Roll:
    """A till roll laid out top-down; its height follows its content."""

    def __init__(self, width_mm=80, font="Mono", size=8.0, lead=1.3, margin_mm=4):
        self.w = width_mm * mm
        self.font, self.size, self.lead, self.m = font, size, lead, margin_mm * mm
        self.ops: list = []

    def _add(self, kind, *args, size=None, font=None, adv=None):
        size = size or self.size
        self.ops.append((kind, args, font or self.font, size, adv or size * self.lead))

    def c(self, s, **kw):
        self._add("c", s, **kw)

    def l(self, s, **kw):  # noqa: E743
        self._add("l", s, **kw)

    def lr(self, left, right, **kw):
        self._add("lr", left, right, **kw)

    def cols(self, parts, **kw):
        """parts: (text, fraction of inner width, align)."""
        self._add("cols", parts, **kw)

    def rule(self, ch="-", **kw):
        self._add("rule", ch, **kw)

    def gap(self, n=0.5):
        self._add("gap", adv=self.size * self.lead * n)

    def page(self) -> Page:
        height = sum(op[4] for op in self.ops) + 2 * self.m + self.size
        p = Page(self.w, height)
        y = height - self.m - self.size
        inner = self.w - 2 * self.m
        for kind, args, font, size, adv in self.ops:
            self._draw(p, kind, args, font, size, y, inner)
            y -= adv
        return p

    def _draw(self, p, kind, args, font, size, y, inner):
        m = self.m
        if kind == "c":
            p.text(self.w / 2, y, args[0], font, size, "c")
        elif kind == "l":
            p.text(m, y, args[0], font, size)
        elif kind == "lr":
            if args[0]:
                p.text(m, y, args[0], font, size)
            p.text(self.w - m, y, args[1], font, size, "r")
        elif kind == "cols":
            for text, frac, align in args[0]:
                if text:
                    p.text(m + inner * frac, y, text, font, size, align)
        elif kind == "rule":
            ch = args[0]
            if ch == "line":
                p.line(m, y + size * 0.3, self.w - m, y + size * 0.3, 0.6)
            else:
                n = int(inner / pdfmetrics.stringWidth(ch, font, size))
                p.text(self.w / 2, y, ch * n, font, size, "c")


# ---------------------------------------------------------------- invoice helpers


def kv(p: Page, x, y, pairs, font="Helvetica", bold="Helvetica-Bold", size=9, lw=80, lead=1.4):
    """Label/value pairs stacked down; returns y below."""
    for label, value in pairs:
        p.text(x, y, label, font, size)
        p.text(x + lw, y, value, bold, size)
        y -= size * lead
    return y


def block(p: Page, x, y, lines, font="Helvetica", size=9, lead=1.35, align="l", first=None):
    """Lines stacked down; ``first`` is the font for the first line."""
    for i, s in enumerate(lines):
        p.text(x, y, s, first if (first and i == 0) else font, size, align)
        y -= size * lead
    return y


@dataclass
class Col:
    title: str
    width: float
    align: str = "l"


def table(p: Page, x, y, cols, rows, font="Helvetica", bold="Helvetica-Bold", size=8.5, **kw):
    """Header row and body rows; returns y below the table."""
    lead = kw.get("lead", 1.6)
    fill = kw.get("fill", (0.92, 0.92, 0.92))
    hcolor = kw.get("hcolor", (0, 0, 0))
    total_w = sum(c.width for c in cols)
    if fill:
        p.rect(x, y - size * 0.5, total_w, size * 1.6, fill=fill)
    _row(p, x, y + size * 0.15, cols, [c.title for c in cols], bold, size, hcolor)
    y -= size * lead + 2
    if kw.get("rule", True):
        p.line(x, y + size * 1.05, x + total_w, y + size * 1.05, 0.4)
    for r in rows:
        _row(p, x, y, cols, r, font, size, (0, 0, 0))
        y -= size * lead
    p.line(x, y + size * 0.9, x + total_w, y + size * 0.9, 0.4)
    return y - 4


def _row(p, x, y, cols, values, font, size, color):
    cx = x
    for c, v in zip(cols, values, strict=True):
        if v:
            ax = {"l": cx + 3, "r": cx + c.width - 3, "c": cx + c.width / 2}[c.align]
            p.text(ax, y, v, font, size, c.align, color)
        cx += c.width


def totals(p: Page, xr, y, rows, font="Helvetica", bold="Helvetica-Bold", size=9, lw=150):
    """Right-aligned totals block: rows of (label, value, is_bold)."""
    for label, value, strong in rows:
        f = bold if strong else font
        p.text(xr - lw, y, label, f, size)
        p.text(xr, y, value, f, size, "r")
        y -= size * 1.5
    return y


# ---------------------------------------------------------------- raster effects


def rasterize(pdf: bytes, dpi: int, page: int = 0, grey: bool = True) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    bmp = doc[page].render(scale=dpi / 72, grayscale=grey)
    img = np.array(bmp.to_pil().convert("L" if grey else "RGB"))
    doc.close()
    return img


def _noise_field(rng, h, w, scale):
    small = rng.normal(0, 1, (max(2, h // scale), max(2, w // scale))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def scan_fx(img: np.ndarray, rng, **o) -> np.ndarray:
    """Scanner look: fade, blur, skew, noise, specks; optional downscale to ``width``."""
    f = img.astype(np.float32)
    if o.get("fade"):  # thermal fading: ink lighter, patchy
        patch = _noise_field(rng, *f.shape[:2], 60)
        k = np.clip(o["fade"] + 0.15 * patch, 0, 0.8)
        if f.ndim == 3:
            k = k[..., None]
        f = 255 - (255 - f) * (1 - k)
    if o.get("width"):
        ratio = o["width"] / f.shape[1]
        f = cv2.resize(f, (o["width"], int(f.shape[0] * ratio)), interpolation=cv2.INTER_AREA)
    if o.get("blur"):
        f = cv2.GaussianBlur(f, (0, 0), o["blur"])
    pad = int(0.03 * f.shape[1]) + 6
    bg = float(o.get("paper", 246))
    f = cv2.copyMakeBorder(f, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(bg, bg, bg))
    f = np.where(f > 250, bg, f)
    ang = o.get("skew", rng.uniform(-2, 2))
    h, w = f.shape[:2]
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    f = cv2.warpAffine(f, rot, (w, h), borderValue=(bg, bg, bg), flags=cv2.INTER_LINEAR)
    f = f + rng.normal(0, o.get("noise", 5), f.shape)
    specks = int(o.get("specks", 80))
    for _ in range(specks):
        cy, cx = int(rng.integers(0, h)), int(rng.integers(0, w))
        cv2.circle(f, (cx, cy), int(rng.integers(1, 3)), (60, 60, 60), -1)
    return np.clip(f, 0, 255).astype(np.uint8)


def _background(rng, h, w):
    base = np.array(rng.choice([[96, 72, 52], [70, 74, 80], [150, 140, 125], [40, 44, 48]]))
    grain = _noise_field(rng, h, w, 9) * 10 + _noise_field(rng, h, w, 120) * 18
    stripes = np.sin(np.linspace(0, rng.uniform(20, 60), w))[None, :] * 6
    bg = base[None, None, :] + (grain + stripes)[..., None]
    return np.clip(bg, 0, 255).astype(np.float32)


def photo_fx(img: np.ndarray, rng, long_side=2000, quality=75, crumple=1.0) -> np.ndarray:
    """Phone photo: crumple, perspective on a textured table, shadow, uneven light."""
    if img.ndim == 2:
        img = cv2.cvtColor(img, cv2.COLOR_GRAY2RGB)
    f = img.astype(np.float32)
    f = f * np.array([1.0, 0.985, 0.95], np.float32)  # warm paper
    h, w = f.shape[:2]
    if crumple:
        f = _crumple(f, rng, crumple)
    short = int(long_side * 0.75)
    H, W = (long_side, short) if h >= w else (short, long_side)
    s = min(H * 0.86 / h, W * 0.84 / w)
    dw, dh = int(w * s), int(h * s)
    f = cv2.resize(f, (dw, dh), interpolation=cv2.INTER_AREA)
    ox, oy = (W - dw) / 2, (H - dh) / 2
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    j = rng.uniform(-0.035, 0.035, (4, 2)) * np.array([dw, dh])
    dst = np.float32(src + np.array([ox, oy]) + j)
    mat = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(f, mat, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), mat, (W, H))
    mask = cv2.GaussianBlur(mask, (3, 3), 0)[..., None]
    bg = _background(rng, H, W)
    sh = cv2.GaussianBlur(
        cv2.warpPerspective(np.ones((dh, dw), np.float32), mat, (W, H)), (0, 0), 18
    )
    sh = np.roll(sh, (int(H * 0.012), int(W * 0.015)), (0, 1))[..., None]
    bg = bg * (1 - 0.45 * sh)
    out = warped * mask + bg * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    a = rng.uniform(0, np.pi * 2)
    grad = np.cos(a) * xx / W + np.sin(a) * yy / H
    light = 0.78 + 0.25 * (grad - grad.min()) / (np.ptp(grad) + 1e-6)
    cast = _noise_field(rng, H, W, 300)
    light = light - 0.12 * np.clip(cast, 0, None)
    out = out * light[..., None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.1))
    out = out + rng.normal(0, 3.5, out.shape)
    return np.clip(out, 0, 255).astype(np.uint8)


def _crumple(f, rng, strength):
    h, w = f.shape[:2]
    dx = _noise_field(rng, h, w, 90) * 2.2 * strength
    dy = _noise_field(rng, h, w, 90) * 2.2 * strength
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    f = cv2.remap(f, xx + dx, yy + dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    shade = _noise_field(rng, h, w, 70)
    gy, gx = np.gradient(shade)
    f = f * np.clip(1 + (gx + gy) * 4.0 * strength, 0.8, 1.08)[..., None]
    for _ in range(int(rng.integers(1, 3))):  # folds
        y0 = int(rng.uniform(0.25, 0.75) * h)
        band = np.exp(-(((yy[:, :1] - y0) / (h * 0.004)) ** 2))
        f = f * (1 - 0.12 * band)[..., None]
    return f


def encode(img: np.ndarray, ext: str, quality: int = 80) -> bytes:
    pil = Image.fromarray(img)
    buf = io.BytesIO()
    if ext == "png":
        pil.save(buf, "PNG", optimize=False, compress_level=6)
    else:
        pil.save(buf, "JPEG", quality=quality, optimize=False, progressive=False, subsampling=2)
    return buf.getvalue()


def image_pdf(img: np.ndarray, dpi: int) -> bytes:
    """A scan saved as PDF: one embedded image, page sized to it, no text layer."""
    h, w = img.shape[:2]
    pw, ph = w * 72 / dpi, h * 72 / dpi
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(pw, ph), invariant=1)
    pil = Image.fromarray(img)
    jb = io.BytesIO()
    pil.save(jb, "JPEG", quality=78, optimize=False, progressive=False)
    jb.seek(0)
    c.drawImage(ImageReader(jb), 0, 0, pw, ph)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- documents

DOCS: dict = {}


def doc(fn):
    DOCS[fn.__name__] = fn
    return fn


def _items_roll(r: Roll, items, cur="", style="us", qty_line=True):
    for it in items:
        if qty_line:
            r.l(it.desc)
            r.lr(f"  {it.qty} x {money(it.unit, style)}", f"{cur}{money(it.amount, style)}")
        else:
            r.lr(it.desc, f"{cur}{money(it.amount, style)}")


@doc
def r01():
    items = [
        item('PVC PIPE 1/2" 3M', 2, "4.50"),
        item("ELBOW 1/2 PVC", 6, "0.80"),
        item("SOLVENT CEMENT 100G", 1, "7.90"),
        item("TEFLON TAPE", 3, "1.20"),
        item("BALL VALVE 1/2 BRASS", 1, "18.50"),
        item("HOSE CLIP 16MM", 4, "0.95"),
    ]
    net = sum(i.amount for i in items)
    gst = q2(net * D("0.06"))
    gross = net + gst
    rounded = q2((gross / D("0.05")).quantize(D("1"), ROUND_HALF_UP) * D("0.05"))
    adj = rounded - gross
    check(net, gst, rounded, adj)
    r = Roll(76, "Mono", 7.6)
    r.c("KEDAI PERKAKASAN SRI MAJU SDN BHD", font="Mono-B")
    r.c("(1089234-K)")
    r.c("NO 12, JALAN PERUSAHAAN 3,")
    r.c("TAMAN PERINDUSTRIAN, 43300 SERI KEMBANGAN")
    r.c("TEL: 03-8941 2270")
    r.c("GST REG NO: 001234567890")
    r.gap()
    r.c("TAX INVOICE", font="Mono-B")
    r.lr("Cash Bill No: CS00123456", "")
    r.lr("Date: 14/03/2018", "Time: 16:42:09")
    r.lr("Cashier: AINUL", "Counter: 02")
    r.rule()
    r.cols([("Item", 0, "l"), ("Qty", 0.62, "r"), ("Price", 0.8, "r"), ("Amt", 1, "r")])
    r.rule()
    for it in items:
        r.l(it.desc)
        r.cols(
            [
                ("SR", 0.05, "l"),
                (str(it.qty), 0.62, "r"),
                (money(it.unit), 0.8, "r"),
                (money(it.amount), 1, "r"),
            ]
        )
    r.rule()
    r.lr("Total Qty:", str(sum(i.qty for i in items)))
    r.lr("Total Excl GST:", money(net))
    r.lr("GST @6%:", money(gst))
    r.lr("Total Incl GST:", money(gross))
    r.lr("ROUNDING ADJ:", money(adj))
    r.lr("TOTAL (RM):", money(rounded), font="Mono-B")
    r.lr("CASH", "100.00")
    r.lr("CHANGE", money(D("100") - rounded))
    r.rule()
    r.l("GST SUMMARY      AMOUNT(RM)   TAX(RM)")
    r.l(f"SR @ 6%          {money(net):>10}   {money(gst):>7}")
    r.rule()
    r.c("GOODS SOLD ARE NOT RETURNABLE")
    r.c("THANK YOU. PLEASE COME AGAIN")
    t = truth(
        invoice_number="CS00123456",
        invoice_date="2018-03-14",
        vendor_name="KEDAI PERKAKASAN SRI MAJU SDN BHD",
        amount=net,
        vat=gst,
        total=rounded,
        currency="MYR",
        locale="en-MY",
        layout="receipt",
        line_items=[i.key() for i in items],
        note="faded low-res thermal scan; ROUNDING ADJ changes the total; GST summary repeats net",
    )
    spec = {
        "kind": "scan",
        "ext": "png",
        "dpi": 200,
        "fx": {"fade": 0.35, "width": 600, "blur": 0.6},
    }
    return [r.page()], t, spec, ("MY", "till (hardware)")


@doc
def r02():
    items = [
        item("NASI LEMAK AYAM", 2, "12.90"),
        item("MEE GORENG MAMAK", 1, "9.50"),
        item("ROTI CANAI TELUR", 3, "2.80"),
        item("TEH TARIK", 3, "2.60"),
        item("LIMAU AIS", 1, "3.20"),
    ]
    sub = sum(i.amount for i in items)
    svc = q2(sub * D("0.10"))
    sst = q2((sub + svc) * D("0.06"))
    gross = sub + svc + sst
    rounded = q2((gross / D("0.05")).quantize(D("1"), ROUND_HALF_UP) * D("0.05"))
    adj = rounded - gross
    check(sub + svc, sst, rounded, adj)
    r = Roll(80, "Mono", 8.2)
    r.c("RESTORAN SELERA KAMPUNG", font="Mono-B", size=10)
    r.c("SELERA KAMPUNG F&B SDN BHD (1187702-W)")
    r.c("LOT 3-G, JALAN SS 15/4D, 47500 SUBANG JAYA")
    r.c("SST ID: B16-1909-32000451")
    r.gap()
    r.c("TAX INVOICE")
    r.lr("Inv No: 0208-117450", "Table: 14")
    r.lr("Date: 22-10-26", "Time: 13:07")
    r.lr("Pax: 3", "Server: KUMAR")
    r.rule("=")
    _items_roll(r, items)
    r.rule("=")
    r.lr("Sub Total", money(sub))
    r.lr("Service Charge 10%", money(svc))
    r.lr("SST 6%", money(sst))
    r.lr("Rounding Adj", money(adj))
    r.lr("TOTAL (RM)", money(rounded), font="Mono-B", size=10)
    r.rule()
    r.lr("CASH", "80.00")
    r.lr("CHANGE", money(D("80") - rounded))
    r.gap()
    r.c("Terima kasih! Sila datang lagi")
    t = truth(
        invoice_number="0208-117450",
        invoice_date="2026-10-22",
        vendor_name="RESTORAN SELERA KAMPUNG",
        amount=sub + svc,
        vat=sst,
        total=rounded,
        currency="MYR",
        locale="en-MY",
        layout="receipt",
        line_items=[i.key() for i in items],
        note="dd-mm-yy date; service charge is net (amount = subtotal + service); "
        "SST on top; rounding",
    )
    return [r.page()], t, {"kind": "photo", "ext": "jpg", "dpi": 200, "q": 72}, ("MY", "restaurant")


@doc
def r03():
    items = [
        item("MILO 3IN1 18S", 1, "7.95"),
        item("GARDENIA WHITE BREAD", 2, "2.85"),
        item("FARMHOUSE FRESH MILK 1L", 1, "3.40"),
        item("EGGS 10S", 1, "3.25"),
        item("INSTANT NOODLE 5S", 2, "3.10"),
    ]
    total = sum(i.amount for i in items)
    gst = q2(total * 9 / 109)
    check(total - gst, gst, total)
    r = Roll(72, "Mono", 7.8)
    r.c("HOCK SENG MINIMART PTE LTD", font="Mono-B")
    r.c("UEN/GST REG NO: 201412345K")
    r.c("BLK 512 BEDOK NORTH AVE 3 #01-22")
    r.c("SINGAPORE 460512")
    r.gap()
    r.lr("Receipt No: 00087-2231", "")
    r.lr("27/11/2026 19:55", "POS03")
    r.rule()
    _items_roll(r, items, qty_line=False)
    r.rule()
    r.lr("Total Qty", str(sum(i.qty for i in items)))
    r.lr("TOTAL", "S$" + money(total), font="Mono-B")
    r.lr("NETS", money(total))
    r.lr("GST 9% Included", money(gst))
    r.rule()
    r.c("Prices inclusive of GST")
    r.c("No refund. Exchange within 3 days")
    t = truth(
        invoice_number="00087-2231",
        invoice_date="2026-11-27",
        vendor_name="HOCK SENG MINIMART PTE LTD",
        amount=total - gst,
        vat=gst,
        total=total,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        line_items=[i.key() for i in items],
        note="GST 9% contained in prices; UEN equals GST number; items without qty lines",
    )
    spec = {"kind": "scan", "ext": "jpg", "dpi": 220, "q": 80, "fx": {"blur": 0.8, "noise": 7}}
    return [r.page()], t, spec, ("SG", "minimart")


@doc
def r04():
    items = [
        item("PANADOL ACTIFAST 20S", 1, "12.80"),
        item("STREPSILS LOZENGES 24S", 1, "17.50"),
        item("BLACKMORES VIT C 500MG", 1, "39.90"),
        item("DETTOL HAND SANITISER", 2, "6.45"),
    ]
    gross = sum(i.amount for i in items)
    rounded = q2((gross / D("0.05")).quantize(D("1"), ROUND_HALF_UP) * D("0.05"))
    adj = rounded - gross
    check(gross, None, rounded, adj)
    r = Roll(80, "Mono", 8)
    r.c("FARMASI CAHAYA SEJAHTERA", font="Mono-B", size=9.5)
    r.c("CAHAYA HEALTHCARE SDN. BHD. (974411-D)")
    r.c("NO 8, JALAN DATO ONN, 80000 JOHOR BAHRU")
    r.c("TEL 07-224 5511")
    r.gap()
    r.c("CASH BILL")
    r.lr("Receipt No : CS00761203", "")
    r.lr("Date : 03/12/2026", "10:21 AM")
    r.lr("Pharmacist : LIM S.Y.", "")
    r.rule()
    _items_roll(r, items)
    r.rule()
    r.lr("Total Qty :", str(sum(i.qty for i in items)))
    r.lr("SUB TOTAL", money(gross))
    r.lr("ROUNDING ADJ", money(adj))
    r.lr("ROUNDED TOTAL", money(rounded), font="Mono-B")
    r.lr("CASH", "100.00")
    r.lr("CHANGE", money(D("100") - rounded))
    r.rule()
    r.c("Medicines sold are not returnable")
    r.c("Get well soon!")
    t = truth(
        invoice_number="CS00761203",
        invoice_date="2026-12-03",
        vendor_name="FARMASI CAHAYA SEJAHTERA",
        amount=rounded,
        vat=None,
        total=rounded,
        currency="MYR",
        locale="en-MY",
        layout="receipt",
        line_items=[i.key() for i in items],
        note="image-only PDF; no tax printed; ROUNDED TOTAL after ROUNDING ADJ; "
        "shop sign over Sdn Bhd",
    )
    spec = {"kind": "imgpdf", "dpi": 200, "fx": {"fade": 0.2, "blur": 0.7, "noise": 6}}
    return [r.page()], t, spec, ("MY", "pharmacy")


@doc
def r05():
    fuel = item("RON95 PUMP 04", D("32.195"), "2.05")
    water = item("SPRITZER 600ML", 2, "1.60")
    gross_fuel = fuel.amount
    gst = q2(water.amount * 6 / 106)
    total = gross_fuel + water.amount
    check(total - gst, gst, total)
    r = Roll(58, "Mono", 6.6)
    r.c("STESEN MINYAK TANJUNG", font="Mono-B")
    r.c("TANJUNG PETRO SDN BHD")
    r.c("(651120-A)")
    r.c("KM 14 JALAN KLANG LAMA")
    r.c("58200 KUALA LUMPUR")
    r.c("GST ID: 000811223344")
    r.gap()
    r.c("TAX INVOICE")
    r.l("Inv No: 41-0071893")
    r.l("12-04-18 07:52  Shift 1")
    r.rule()
    r.l(fuel.desc)
    r.lr(f" {fuel.qty}L x {fuel.unit}", f"{money(fuel.amount)} ZR")
    r.l(water.desc)
    r.lr(f" {water.qty} x {money(water.unit)}", f"{money(water.amount)} SR")
    r.rule()
    r.lr("Total Qty", "3")
    r.lr("TOTAL (RM)", money(total), font="Mono-B")
    r.lr("CASH", "70.00")
    r.lr("CHANGE", money(D("70") - total))
    r.rule()
    r.l("GST Summary  Amt(RM) Tax(RM)")
    r.l(f"SR 6%      {money(water.amount - gst):>8} {money(gst):>6}")
    r.l(f"ZR 0%      {money(gross_fuel):>8} {'0.00':>6}")
    r.rule()
    r.c("THANK YOU, DRIVE SAFELY")
    t = truth(
        invoice_number="41-0071893",
        invoice_date="2018-04-12",
        vendor_name="STESEN MINYAK TANJUNG",
        amount=total - gst,
        vat=gst,
        total=total,
        currency="MYR",
        locale="en-MY",
        layout="receipt",
        line_items=[fuel.key(), water.key()],
        note="58 mm fuel slip; 3-decimal litres; zero-rated fuel + standard-rated drink; dd-mm-yy",
    )
    return (
        [r.page()],
        t,
        {"kind": "photo", "ext": "jpg", "dpi": 250, "q": 66, "crumple": 1.6},
        ("MY", "fuel"),
    )


@doc
def r06():
    items = [
        item("Chicken Rice Set", 2, "6.50"),
        item("Laksa (L)", 1, "7.80"),
        item("Kopi Peng", 2, "2.20"),
        item("Barley", 1, "1.90"),
    ]
    sub = sum(i.amount for i in items)
    svc = q2(sub * D("0.10"))
    gst = q2((sub + svc) * D("0.09"))
    total = sub + svc + gst
    check(sub + svc, gst, total)
    r = Roll(80, "Cond", 8.5)
    r.c("LAU PA SAT EATING HOUSE", font="Cond-B", size=11)
    r.c("Makan Heritage Pte. Ltd.")
    r.c("Co. Reg / GST Reg No: 201833456W")
    r.c("18 Raffles Quay, Singapore 048582")
    r.gap()
    r.lr("Inv No: A1-00452871", "Tbl 07")
    r.lr("Date: 30/11/2026", "12:48 PM")
    r.rule("line")
    for it in items:
        r.cols([(str(it.qty), 0, "l"), (it.desc, 0.08, "l"), (money(it.amount), 1, "r")])
    r.rule("line")
    r.lr("Subtotal", money(sub))
    r.lr("10% Svc Chg", money(svc))
    r.lr("9% GST", money(gst))
    r.lr("Total", money(total), font="Cond-B", size=10.5)
    r.lr("VISA ****4417", money(total))
    r.gap()
    r.c("Thank you & see you again!")
    t = truth(
        invoice_number="A1-00452871",
        invoice_date="2026-11-30",
        vendor_name="LAU PA SAT EATING HOUSE",
        amount=sub + svc,
        vat=gst,
        total=total,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        line_items=[i.key() for i in items],
        note="service charge then GST on top; qty in first column; "
        "shop sign heads the Pte Ltd line",
    )
    spec = {"kind": "scan", "ext": "png", "dpi": 180, "fx": {"blur": 0.5, "noise": 4, "fade": 0.1}}
    return [r.page()], t, spec, ("SG", "restaurant")


@doc
def r07():
    items = [
        item("Lumberjack Special", 1, "15.95"),
        item("Western Omelette", 1, "13.50"),
        item("Side Hash Browns", 1, "4.25"),
        item("Coffee", 2, "2.75"),
        item("OJ Large", 1, "4.50"),
    ]
    sub = sum(i.amount for i in items)
    tax = q2(sub * D("0.08875"))
    bill = sub + tax
    tip = D("8.00")
    total = bill + tip
    check(sub, tax, total, tip)
    r = Roll(76, "Sans", 8)
    r.c("Moonlight Diner", font="Serif-B", size=14, adv=18)
    r.c("2741 Broadway, New York, NY 10025")
    r.c("(212) 555-0144")
    r.gap()
    r.lr("Check #4471", "Server: Denise")
    r.lr("11/28/2026", "8:14 AM")
    r.lr("Table 9", "Guests 2")
    r.rule("line")
    for it in items:
        r.cols([(str(it.qty), 0, "l"), (it.desc, 0.07, "l"), (money(it.amount), 1, "r")])
    r.rule("line")
    r.lr("Subtotal", money(sub))
    r.lr("Sales Tax 8.875%", money(tax))
    r.lr("Amount", money(bill), font="Sans-B")
    r.gap()
    r.lr("MASTERCARD XXXX0932", "AUTH 06611B")
    r.gap()
    r.lr("Tip:", "8.00", font="Serif-I", size=11)
    r.lr("Total:", money(total), font="Serif-I", size=11)
    r.gap()
    r.c("x______________________________")
    r.c("Customer copy - thank you!")
    t = truth(
        invoice_number="4471",
        invoice_date="2026-11-28",
        vendor_name="Moonlight Diner",
        amount=sub,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="receipt",
        line_items=[i.key() for i in items],
        note="tip written on the slip; total includes tip; mm/dd/yyyy; Amount line is pre-tip",
    )
    return [r.page()], t, {"kind": "photo", "ext": "jpg", "dpi": 200, "q": 78}, ("US", "diner")


@doc
def r08():
    a = [
        item("Vollmilch 3,5% 1l", 2, "1.19"),
        item("Bio Bananen kg", D("1.234"), "1.99"),
        item("Roggenbrot 750g", 1, "2.49"),
        item("Kaffee Crema 1kg", 1, "13.99"),
    ]
    b = [item("Spülmittel 500ml", 1, "1.45"), item("Batterien AA 8er", 1, "5.99")]
    ga, gb = sum(i.amount for i in a), sum(i.amount for i in b)
    ta, tb = q2(ga * 7 / 107), q2(gb * 19 / 119)
    total = ga + gb
    check(total - ta - tb, ta + tb, total)
    r = Roll(80, "Mono", 7.8)
    r.c("FRISCHMARKT HOLZ", font="Mono-B", size=11)
    r.c("Frischmarkt Holz GmbH & Co. KG")
    r.c("Lindenstraße 44, 50674 Köln")
    r.c("USt-IdNr. DE298765432")
    r.gap()
    r.cols([("EUR", 1, "r")])
    for it in a + b:
        code = "B" if it in a else "A"
        if it.qty != 1:
            r.l(it.desc)
            r.lr(
                f"  {money(it.qty, 'plainc', 3)} kg x {money(it.unit, 'plainc')}",
                f"{money(it.amount, 'plainc')} {code}",
            )
        else:
            r.lr(it.desc, f"{money(it.amount, 'plainc')} {code}")
    r.rule()
    r.lr("SUMME EUR", money(total, "plainc"), font="Mono-B", size=10)
    r.rule()
    r.lr("Geg. Bar", "50,00")
    r.lr("Rückgeld", money(D(50) - total, "plainc"))
    r.gap()
    r.l("Steuer    %     Netto    Steuer    Brutto")
    for label, g, tx in (
        ("A      19,0", gb, tb),
        ("B       7,0", ga, ta),
        ("Gesamt     ", total, ta + tb),
    ):
        nums = " ".join(f"{money(v, 'plainc'):>9}" for v in (g - tx, tx, g))
        r.l(f"{label} {nums}")
    r.rule()
    r.lr("29.11.2026 17:31", "Bon-Nr. 5521")
    r.lr("Kasse 3", "Bed. 117")
    r.rule()
    r.l("TSE-Transaktion: 184467")
    r.l("TSE-Start: 2026-11-29T17:30:12.000")
    r.l("TSE-Stop:  2026-11-29T17:31:40.000")
    r.l("TSE-Signaturzähler: 371190")
    r.l("TSE-Seriennr.: 7b3e91f0c2d4a8e6")
    r.l("  5a1d09c7e4b2f8a3d6c1e0b9")
    r.l("TSE-Signatur: MEUCIQDx3kP9a7Fv2QmL")
    r.l("  q1ZcT0bH8nWw4s9yJdR5eUoK")
    r.l("  iAgVb7NfX2lQp3rS6tY8uM1o")
    r.gap()
    r.c("Vielen Dank für Ihren Einkauf!")
    t = truth(
        invoice_number="5521",
        invoice_date="2026-11-29",
        vendor_name="FRISCHMARKT HOLZ",
        amount=total - ta - tb,
        vat=ta + tb,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        line_items=[i.key() for i in a + b],
        note="Kassenbon; two VAT rates A/B in a table; TSE block with ISO timestamps and counters",
    )
    spec = {"kind": "scan", "ext": "png", "dpi": 200, "fx": {"fade": 0.25, "blur": 0.6}}
    return [r.page()], t, spec, ("DE", "supermarket")


@doc
def r09():
    low = [
        item("BAGUETTE TRADITION", 2, "1.30"),
        item("CROISSANT BEURRE", 4, "1.25"),
        item("EAU MINERALE 1,5L", 1, "0.89"),
    ]
    high = [item("COUTEAU OFFICE", 1, "7.90"), item("TORCHONS X2", 1, "4.50")]
    gl, gh = sum(i.amount for i in low), sum(i.amount for i in high)
    tl, th = q2(gl * D("5.5") / D("105.5")), q2(gh * 20 / 120)
    total = gl + gh
    check(total - tl - th, tl + th, total)
    r = Roll(80, "Sans", 7.8)
    r.c("MAISON DUPRÉ", font="Serif-B", size=13, adv=17)
    r.c("SARL Dupré & Fils - 14 rue des Halles")
    r.c("69002 LYON - Tél 04 78 12 34 56")
    r.c("SIRET 812 345 678 00021 - NAF 1071C")
    r.c("TVA intracom FR 47 812345678")
    r.gap()
    r.lr("TICKET N° 0042-1187", "Caisse 2")
    r.lr("Le 26/11/2026 à 08:47", "Vendeur : Léa")
    r.rule("line")
    for it in low + high:
        code = "1" if it in low else "2"
        r.cols(
            [
                (f"{it.qty} x {money(it.unit, 'plainc')}", 0, "l"),
                (it.desc, 0.27, "l"),
                (money(it.amount, "plainc") + " " + code, 1, "r"),
            ]
        )
    r.rule("line")
    r.lr("TOTAL TTC", money(total, "plainc") + " €", font="Sans-B", size=10)
    r.lr("CB EMV SANS CONTACT", money(total, "plainc") + " €")
    r.gap()
    r.cols(
        [
            ("Code", 0, "l"),
            ("Taux", 0.25, "r"),
            ("HT", 0.5, "r"),
            ("TVA", 0.75, "r"),
            ("TTC", 1, "r"),
        ],
        font="Sans-B",
    )
    for code, rate, g, tv in (("1", "5,50%", gl, tl), ("2", "20,00%", gh, th)):
        r.cols(
            [
                (code, 0, "l"),
                (rate, 0.25, "r"),
                (money(g - tv, "plainc"), 0.5, "r"),
                (money(tv, "plainc"), 0.75, "r"),
                (money(g, "plainc"), 1, "r"),
            ]
        )
    r.gap()
    r.c("Merci de votre visite - À bientôt")
    t = truth(
        invoice_number="0042-1187",
        invoice_date="2026-11-26",
        vendor_name="MAISON DUPRÉ",
        amount=total - tl - th,
        vat=tl + th,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        line_items=[i.key() for i in low + high],
        note="ticket de caisse; TVA table with two rates under the total; comma decimals",
    )
    return [r.page()], t, {"kind": "photo", "ext": "jpg", "dpi": 200, "q": 70}, ("FR", "bakery")


@doc
def r10():
    low = [
        item("AH Halfvolle melk 1,5L", 2, "1.39"),
        item("Goudse kaas jong 500g", 1, "5.49"),
        item("Bananen tros", 1, "1.79"),
        item("Stroopwafels", 1, "2.19"),
    ]
    high = [item("Afwasmiddel", 1, "2.65"), item("Statiegeld", 2, "0.15")]
    gl, gh = sum(i.amount for i in low), sum(i.amount for i in high)
    tl, th = q2(gl * 9 / 109), q2(gh * 21 / 121)
    total = gl + gh
    check(total - tl - th, tl + th, total)
    r = Roll(80, "Sans", 8)
    r.c("BUURTSUPER DE LINDE", font="Sans-B", size=12, adv=15)
    r.c("De Linde Retail B.V. - Lindengracht 88")
    r.c("1015 KK Amsterdam - KvK 71234567")
    r.gap()
    r.lr("OMSCHRIJVING", "BEDRAG")
    for it in low + high:
        r.lr(f"{it.qty} {it.desc}", money(it.amount, "plainc"))
    r.rule("line")
    r.lr(f"{sum(i.qty for i in low + high)} SUBTOTAAL", money(total, "plainc"))
    r.lr("TOTAAL", money(total, "plainc"), font="Sans-B", size=11)
    r.lr("PINNEN", money(total, "plainc"))
    r.gap()
    r.cols([("BTW", 0, "l"), ("OVER", 0.6, "r"), ("BEDRAG", 1, "r")])
    r.cols([("9%", 0, "l"), (money(gl - tl, "plainc"), 0.6, "r"), (money(tl, "plainc"), 1, "r")])
    r.cols([("21%", 0, "l"), (money(gh - th, "plainc"), 0.6, "r"), (money(th, "plainc"), 1, "r")])
    r.cols(
        [
            ("TOTAAL", 0, "l"),
            (money(total - tl - th, "plainc"), 0.6, "r"),
            (money(tl + th, "plainc"), 1, "r"),
        ]
    )
    r.gap()
    r.lr("Bonnr: 4410-0173-2218", "")
    r.lr("1-12-2026", "18:02")
    r.c("BTW nr NL861234567B01")
    t = truth(
        invoice_number="4410-0173-2218",
        invoice_date="2026-12-01",
        vendor_name="BUURTSUPER DE LINDE",
        amount=total - tl - th,
        vat=tl + th,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="receipt",
        line_items=[i.key() for i in low + high],
        note="kassabon; BTW 9/21 table with OVER column; bon number and d-m-yyyy date at bottom",
    )
    spec = {"kind": "scan", "ext": "jpg", "dpi": 160, "q": 74, "fx": {"blur": 0.9, "noise": 6}}
    return [r.page()], t, spec, ("NL", "supermarket")


@doc
def r11():
    food = [
        item("Onigiri Salmon *", 2, 160),
        item("Green Tea 500ml *", 1, 140),
        item("Bento Karaage *", 1, 598),
    ]
    gen = [item("Umbrella Clear", 1, 770), item("Batteries AA4", 1, 418)]
    gf, gg = sum(i.amount for i in food), sum(i.amount for i in gen)
    tf, tg = q0(gf * 8 / 108), q0(gg * 10 / 110)
    total = gf + gg
    check(total - tf - tg, tf + tg, total)
    r = Roll(58, "Sans", 6.8)
    r.c("DAILY MART", font="Sans-B", size=11, adv=14)
    r.c("Shinjuku Nishiguchi Store")
    r.c("1-12-3 Nishi-Shinjuku, Tokyo")
    r.c("Daily Mart Co., Ltd.")
    r.c("Registration No. T1234567890123")
    r.gap()
    r.l("2026/11/25 (Wed) 21:36")
    r.l("Reg 2  Receipt No. 0318")
    r.rule("line")
    for it in food + gen:
        r.lr(it.desc, "¥" + money(it.amount, "us", 0))
    r.rule("line")
    r.lr(f"Subtotal ({sum(i.qty for i in food + gen)} items)", "¥" + money(total, "us", 0))
    r.lr(" (8% target", f"¥{money(gf, 'us', 0)})")
    r.lr(" (8% tax", f"¥{money(tf, 'us', 0)})")
    r.lr(" (10% target", f"¥{money(gg, 'us', 0)})")
    r.lr(" (10% tax", f"¥{money(tg, 'us', 0)})")
    r.lr("TOTAL", "¥" + money(total, "us", 0), font="Sans-B", size=9)
    r.lr("Cash", "¥3,000")
    r.lr("Change", "¥" + money(D(3000) - total, "us", 0))
    r.gap()
    r.l("* = reduced tax rate item")
    t = truth(
        invoice_number="0318",
        invoice_date="2026-11-25",
        vendor_name="DAILY MART",
        amount=total - tf - tg,
        vat=tf + tg,
        total=total,
        currency="JPY",
        locale="ja-JP",
        layout="receipt",
        line_items=[i.key() for i in food + gen],
        note="yen without decimals; taxes contained, in brackets; 8% reduced * items; yyyy/mm/dd",
    )
    spec = {"kind": "scan", "ext": "png", "dpi": 300, "fx": {"blur": 0.8, "width": 640}}
    return [r.page()], t, spec, ("JP", "convenience store")


@doc
def r12():
    items = [
        item("BRAAI WORS 1KG", 1, "89.99"),
        item("CHAKALAKA 410G", 2, "16.49"),
        item("PAP MAIZE MEAL 2.5KG", 1, "42.99"),
        item("COKE 2L", 2, "24.99"),
        item("CHARCOAL 4KG", 1, "64.99"),
    ]
    total = sum(i.amount for i in items)
    vat = q2(total * 15 / 115)
    check(total - vat, vat, total)
    r = Roll(80, "Mono", 7.8)
    r.c("KLOOFSIG FOOD MARKET", font="Mono-B", size=10)
    r.c("Kloofsig Retail (Pty) Ltd")
    r.c("Reg 2011/104532/07")
    r.c("118 Kloof Street, Gardens, Cape Town")
    r.c("VAT No: 4570261234")
    r.gap()
    r.c("TAX INVOICE")
    r.rule()
    for it in items:
        r.lr(it.desc, money(it.amount))
        if it.qty > 1:
            r.l(f"   {it.qty} @ {money(it.unit)}")
    r.rule()
    r.lr(f"TOTAL DUE ({sum(i.qty for i in items)} ITEMS)", "R " + money(total), font="Mono-B")
    r.lr("CARD", money(total))
    r.lr("CHANGE", "0.00")
    r.gap()
    r.lr("VAT INCLUDED @15%", money(vat))
    r.lr("VAT EXEMPT ITEMS", "0.00")
    r.rule()
    r.l("SLIP 0091 TILL 04 OP 2210")
    r.l("2026/11/21 11:09")
    r.l("TRANS NO: 000930112")
    r.c("Goods may be exchanged within 14 days")
    t = truth(
        invoice_number="000930112",
        invoice_date="2026-11-21",
        vendor_name="KLOOFSIG FOOD MARKET",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="ZAR",
        locale="en-ZA",
        layout="receipt",
        line_items=[i.key() for i in items],
        note="till slip; 'R' currency; VAT included line after total; slip/till/trans numbers",
    )
    return (
        [r.page()],
        t,
        {"kind": "photo", "ext": "jpg", "dpi": 200, "q": 64, "crumple": 1.3},
        ("ZA", "grocery"),
    )


@doc
def r13():
    items = [
        item("Cappuccino Regular", 2, "18.00"),
        item("Flat White", 1, "20.00"),
        item("Croissant Zaatar", 2, "14.00"),
        item("Water 330ml", 1, "6.00"),
    ]
    net = sum(i.amount for i in items)
    vat = q2(net * D("0.05"))
    total = net + vat
    check(net, vat, total)
    r = Roll(80, "Sans", 8)
    r.c("DUNE & BEAN COFFEE", font="Sans-B", size=12, adv=15)
    r.c("Dune and Bean Cafe L.L.C")
    r.c("Shop 4, Al Wasl Road, Jumeirah 1, Dubai")
    r.c("TRN: 100345678900003")
    r.gap()
    r.c("TAX INVOICE", font="Sans-B")
    r.lr("Invoice No: DBJ-26-048812", "")
    r.lr("Date: 02-Dec-2026", "09:17")
    r.lr("Order: Takeaway", "Cashier: Reem")
    r.rule("line")
    r.cols([("Item", 0, "l"), ("Qty", 0.6, "r"), ("Rate", 0.78, "r"), ("Amount", 1, "r")])
    for it in items:
        r.cols(
            [
                (it.desc, 0, "l"),
                (str(it.qty), 0.6, "r"),
                (money(it.unit), 0.78, "r"),
                (money(it.amount), 1, "r"),
            ]
        )
    r.rule("line")
    r.lr("Total excl. VAT (AED)", money(net))
    r.lr("VAT 5%", money(vat))
    r.lr("Total incl. VAT (AED)", money(total), font="Sans-B")
    r.lr("Paid by Card", money(total))
    r.gap()
    r.c("Thank you for visiting!")
    t = truth(
        invoice_number="DBJ-26-048812",
        invoice_date="2026-12-02",
        vendor_name="DUNE & BEAN COFFEE",
        amount=net,
        vat=vat,
        total=total,
        currency="AED",
        locale="en-AE",
        layout="receipt",
        line_items=[i.key() for i in items],
        note="image-only PDF; TRN 15 digits; dd-Mon-yyyy; VAT 5% added",
    )
    spec = {"kind": "imgpdf", "dpi": 150, "fx": {"blur": 0.6, "noise": 5}}
    return [r.page()], t, spec, ("AE", "cafe")


@doc
def r14():
    items = [
        item("EKMEK", 2, "10.00"),
        item("SÜT 1 LT", 2, "32.50"),
        item("BEYAZ PEYNİR", 1, "189.90"),
        item("DETERJAN 4KG", 1, "249.00"),
    ]
    food = items[:3]
    gf, gd = sum(i.amount for i in food), items[3].amount
    tf, td = q2(gf * 1 / 101), q2(gd * 20 / 120)
    total = gf + gd
    check(total - tf - td, tf + td, total)
    r = Roll(76, "Mono", 7.8)
    r.c("BEREKET MARKET", font="Mono-B", size=10)
    r.c("BEREKET GIDA SAN. VE TİC. LTD. ŞTİ.")
    r.c("BAĞDAT CAD. NO:211 KADIKÖY/İSTANBUL")
    r.c("KADIKÖY V.D. 1630045872")
    r.gap()
    r.lr("TARİH : 24.11.2026", "")
    r.lr("SAAT  : 14:26", "")
    r.lr("FİŞ NO: 0087", "")
    for it in items:
        rate = "%01" if it in food else "%20"
        if it.qty > 1:
            r.l(f"{it.qty} AD X {money(it.unit, 'plainc')}")
        r.lr(f"{it.desc} {rate}", "*" + money(it.amount, "plainc"))
    r.rule()
    r.lr("TOPKDV", "*" + money(tf + td, "plainc"))
    r.lr("TOPLAM", "*" + money(total, "plainc"), font="Mono-B", size=10)
    r.lr("KREDİ KARTI", "*" + money(total, "plainc"))
    r.rule()
    r.lr("Z NO:0412", "EKÜ NO:0001")
    r.c("MF AB 12345678")
    t = truth(
        invoice_number="0087",
        invoice_date="2026-11-24",
        vendor_name="BEREKET MARKET",
        amount=total - tf - td,
        vat=tf + td,
        total=total,
        currency="TRY",
        locale="tr-TR",
        layout="receipt",
        line_items=[i.key() for i in items],
        note="Turkish fiş; amounts prefixed '*'; TOPKDV contained; FİŞ NO vs Z NO",
    )
    return [r.page()], t, {"kind": "photo", "ext": "jpg", "dpi": 220, "q": 82}, ("TR", "grocery")


@doc
def r15():
    fare, fee, tip = D("21.40"), D("2.50"), D("3.00")
    total = fare + fee + tip
    check(total, None, total)
    p = Page(105 * mm, 190 * mm)
    w = p.w
    p.rect(0, p.h - 40, w, 40, fill=(0.07, 0.07, 0.07))
    p.text(14, p.h - 26, "ZIPCAB", "Helvetica-Bold", 18, color=(1, 1, 1))
    p.text(w - 14, p.h - 24, "Trip receipt", "Helvetica", 9, "r", (1, 1, 1))
    y = p.h - 70
    p.text(14, y, "€" + money(total), "Helvetica-Bold", 26)
    p.text(14, y - 18, "Thanks for riding, Aoife", "Helvetica", 9)
    p.text(14, y - 32, "Sunday, 22 November 2026 · 23:41", "Helvetica", 8)
    y -= 60
    y = totals(
        p,
        w - 14,
        y,
        [
            ("Trip fare", money(fare), False),
            ("Booking fee", money(fee), False),
            ("Tip", money(tip), False),
            ("Total", "€" + money(total), True),
        ],
        lw=w - 28,
    )
    p.line(14, y + 6, w - 14, y + 6)
    y -= 8
    y = block(
        p,
        14,
        y,
        [
            "Paid with Visa •••• 2281",
            "Pickup  23:18  Heuston Station, Dublin 8",
            "Dropoff 23:41  Griffith Avenue, Dublin 9",
            "7.9 km · 23 min",
            "Driver: Tomasz  ·  Reg 221-D-40871",
        ],
        size=7.5,
    )
    y -= 8
    block(
        p,
        14,
        y,
        [
            "Receipt no. ZC-IE-7Q4K2M",
            "Zipcab Mobility Ireland Ltd, 3 Dame St, Dublin 2",
            "CRO 654321. Taxi fares are exempt from VAT.",
        ],
        size=6.5,
        font="Helvetica",
    )
    t = truth(
        invoice_number="ZC-IE-7Q4K2M",
        invoice_date="2026-11-22",
        vendor_name="ZIPCAB",
        amount=total,
        vat=None,
        total=total,
        currency="EUR",
        locale="en-IE",
        layout="receipt",
        line_items=[
            {"description": "Trip fare", "quantity": "1", "unit_price": "21.40", "amount": "21.40"},
            {"description": "Booking fee", "quantity": "1", "unit_price": "2.50", "amount": "2.50"},
            {"description": "Tip", "quantity": "1", "unit_price": "3.00", "amount": "3.00"},
        ],
        note="ride-app receipt; big total at top; tip included; VAT exempt (vat null)",
    )
    return [p], t, {"kind": "pdf"}, ("IE", "taxi/ride")


@doc
def r16():
    items = [
        item("Panamax 500mg 100 Tabs", 1, "8.99"),
        item("Nurofen 200mg 24", 1, "11.49"),
        item("Sunscreen SPF50+ 200ml *", 1, "17.95"),
        item("Band-Aid Fabric 40 *", 2, "6.25"),
    ]
    gst_items = [i for i in items if i.desc.endswith("*")]
    total = sum(i.amount for i in items)
    gst = q2(sum(i.amount for i in gst_items) / 11)
    check(total - gst, gst, total)
    r = Roll(80, "Sans", 8)
    r.c("Harbourside Chemist", font="Serif-B", size=13, adv=17)
    r.c("Harbourside Pharmacy Pty Ltd")
    r.c("ABN 51 624 118 903")
    r.c("Shop 2, 45 Macleay St, Potts Point NSW 2011")
    r.gap()
    r.c("TAX INVOICE", font="Sans-B")
    r.lr("Receipt: 118-552730", "")
    r.lr("Date: 29/11/2026", "15:03")
    r.rule("line")
    for it in items:
        r.lr(f"{it.qty} {it.desc}", "$" + money(it.amount))
    r.rule("line")
    r.lr("TOTAL", "$" + money(total), font="Sans-B", size=10)
    r.lr("EFTPOS", "$" + money(total))
    r.lr("Total includes GST of", "$" + money(gst))
    r.gap()
    r.l("* denotes taxable item (GST)")
    r.l("PBS/medicines are GST-free")
    t = truth(
        invoice_number="118-552730",
        invoice_date="2026-11-29",
        vendor_name="Harbourside Chemist",
        amount=total - gst,
        vat=gst,
        total=total,
        currency="AUD",
        locale="en-AU",
        layout="receipt",
        line_items=[i.key() for i in items],
        note="pharmacy; only * items carry GST (1/11 of them); trading name over Pty Ltd",
    )
    spec = {"kind": "scan", "ext": "png", "dpi": 200, "fx": {"blur": 0.5, "noise": 4}}
    return [r.page()], t, spec, ("AU", "pharmacy")


def _keyitems(items, udec=2):
    return [i.key(udec) for i in items]


A4W, A4H = A4


@doc
def i01():
    items = [
        item("Cloud VPS L (8 vCPU, 16 GB) - Nov 1 - Nov 30, 2026", 2, "38.00"),
        item("Block storage 500 GB", 1, "22.50"),
        item("Managed backups", 2, "7.60"),
        item("IPv4 address", 3, "1.50"),
    ]
    net = sum(i.amount for i in items)
    vat = q2(net * D("0.21"))
    total = net + vat
    check(net, vat, total)
    p = Page(A4W, A4H)
    H, B = "Helvetica", "Helvetica-Bold"
    p.text(50, A4H - 70, "Invoice", B, 22)
    p.text(A4W - 50, A4H - 68, "cloudnest", B, 20, "r", (0.35, 0.3, 0.85))
    y = kv(
        p,
        50,
        A4H - 105,
        [
            ("Invoice number", "CN-2026-11-0042"),
            ("Date of issue", "November 30, 2026"),
            ("Date due", "December 14, 2026"),
        ],
        H,
        H,
        9,
        95,
    )
    block(
        p,
        50,
        y - 14,
        [
            "Cloudnest B.V.",
            "Keizersgracht 221",
            "1016 DV Amsterdam",
            "Netherlands",
            "VAT NL862431907B01",
        ],
        H,
        9,
        first=B,
    )
    block(
        p,
        260,
        y - 14,
        [
            "Bill to",
            "Pixelhaven Studio",
            "Rua Augusta 12",
            "1100-053 Lisboa",
            "Portugal",
            "VAT PT509876543",
        ],
        H,
        9,
        first=B,
    )
    p.text(50, y - 110, f"€{money(total)} due December 14, 2026", B, 15)
    p.text(
        50,
        y - 128,
        "Pay online: pay.cloudnest.example/i/CN-2026-11-0042",
        H,
        9,
        color=(0.35, 0.3, 0.85),
    )
    cols = [
        Col("Description", 300),
        Col("Qty", 50, "r"),
        Col("Unit price", 70, "r"),
        Col("Amount", 75, "r"),
    ]
    rows = [[i.desc, str(i.qty), "€" + money(i.unit), "€" + money(i.amount)] for i in items]
    y = table(p, 50, y - 165, cols, rows, H, H, 8.5, fill=None)
    totals(
        p,
        A4W - 50,
        y - 6,
        [
            ("Subtotal", "€" + money(net), False),
            ("Total excluding tax", "€" + money(net), False),
            ("VAT - Netherlands (21% on €" + money(net) + ")", "€" + money(vat), False),
            ("Total", "€" + money(total), False),
            ("Amount due", "€" + money(total), True),
        ],
        H,
        B,
        9,
        230,
    )
    p.line(50, 60, A4W - 50, 60, 0.3, (0.7, 0.7, 0.7))
    p.text(
        50,
        46,
        "CN-2026-11-0042 · €" + money(total) + " due December 14, 2026",
        H,
        7.5,
        color=(0.4, 0.4, 0.4),
    )
    p.text(A4W - 50, 46, "Page 1 of 1", H, 7.5, "r", (0.4, 0.4, 0.4))
    t = truth(
        invoice_number="CN-2026-11-0042",
        invoice_date="2026-11-30",
        due_date="2026-12-14",
        vendor_name="cloudnest",
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="en-NL",
        layout="invoice",
        line_items=_keyitems(items),
        note="Stripe-like; lowercase wordmark, legal name in block; reverse-charge-looking "
        "EU customer but VAT charged; month-name dates",
    )
    return [p], t, {"kind": "pdf"}, ("NL", "hosting invoice")


@doc
def i02():
    items = [
        item("Abonnement Suite Pro - décembre 2026 (12 utilisateurs)", 12, "29.00"),
        item("Module Signature électronique", 1, "49.00"),
        item("Stockage supplémentaire 200 Go", 2, "9.90"),
        item("Formation à distance (2 h)", 2, "85.00"),
    ]
    net = sum(i.amount for i in items)
    vat = q2(net * D("0.20"))
    total = net + vat
    check(net, vat, total)
    S, SB = "Serif", "Serif-B"
    p = Page(A4W, A4H)
    p.text(50, A4H - 60, "Logicielle", SB, 18, color=(0.1, 0.3, 0.5))
    block(p, 50, A4H - 80, ["Logicielle SAS", "8 rue de la Pépinière, 75008 Paris"], S, 8)
    p.text(A4W - 50, A4H - 60, "FACTURE", SB, 20, "r")
    kv(
        p,
        A4W - 230,
        A4H - 90,
        [
            ("N° :", "FA-2026-1187"),
            ("Date :", "01/12/2026"),
            ("Échéance :", "31/12/2026"),
            ("Client :", "C-000872"),
        ],
        S,
        SB,
        9,
        70,
    )
    p.rect(300, A4H - 290, A4W - 350, 130, fill=(0.96, 0.96, 0.96))
    block(
        p,
        312,
        A4H - 176,
        [
            "Facturé à",
            "Cabinet Moreau & Associés",
            "Société d'avocats",
            "À l'attention de Mme Claire Moreau",
            "Service comptabilité",
            "42 avenue Jean Jaurès",
            "Bâtiment B, 3e étage",
            "69007 Lyon",
            "TVA : FR 31 521 234 987",
        ],
        S,
        9,
        first=SB,
    )
    cols = [
        Col("Désignation", 275),
        Col("Qté", 40, "r"),
        Col("PU HT", 85, "r"),
        Col("Total HT", 95, "r"),
    ]
    rows = [
        [i.desc, str(i.qty), money(i.unit, "fr") + " €", money(i.amount, "fr") + " €"]
        for i in items
    ]
    y = table(p, 50, A4H - 330, cols, rows, S, SB, 8.5)
    y = totals(
        p,
        A4W - 50,
        y - 10,
        [
            ("Total HT", money(net, "fr") + " €", False),
            ("TVA 20 %", money(vat, "fr") + " €", False),
            ("Total TTC", money(total, "fr") + " €", True),
            ("Net à payer", money(total, "fr") + " €", True),
        ],
        S,
        SB,
        9.5,
    )
    block(
        p,
        50,
        y - 20,
        [
            "Conditions de paiement : 30 jours, par virement.",
            "IBAN FR76 3000 4000 0312 3456 7890 143 - BIC BNPAFRPPXXX",
            "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité "
            "forfaitaire pour frais de recouvrement : 40 €.",
        ],
        S,
        8,
    )
    block(
        p,
        A4W / 2,
        60,
        [
            "Logicielle SAS au capital de 50 000 € - RCS Paris 882 145 623",
            "SIRET 882 145 623 00018 - TVA intracommunautaire FR 58 882145623 - APE 5829C",
        ],
        S,
        7,
        align="c",
    )
    t = truth(
        invoice_number="FA-2026-1187",
        invoice_date="2026-12-01",
        due_date="2026-12-31",
        vendor_name="Logicielle SAS",
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        line_items=_keyitems(items),
        note="customer block bigger and boxed; seller wordmark + small legal line; "
        "narrow no-break space thousands",
    )
    return [p], t, {"kind": "pdf"}, ("FR", "SaaS invoice")


@doc
def i03():
    items = [
        item("Pflege & Wartung WordPress (Pauschale November)", 1, "390.00"),
        item("Entwicklung Landingpage \u201eWinteraktion\u201c", D("12.5"), "88.00"),
        item("Hosting Managed Business (Monat)", 1, "29.90"),
    ]
    net = sum(i.amount for i in items)
    vat = q2(net * D("0.19"))
    total = net + vat
    check(net, vat, total)
    p = Page(A4W, A4H)
    S, SB = "Sans", "Sans-B"
    p.text(A4W - 55, A4H - 65, "Brandt Webdesign", SB, 18, "r")
    p.text(A4W - 55, A4H - 80, "webdesign & hosting", S, 8.5, "r")
    p.text(57, A4H - 135, "Brandt Webdesign · Hafenweg 3 · 20457 Hamburg", S, 6.5)
    p.line(57, A4H - 138, 240, A4H - 138, 0.3)
    block(
        p,
        57,
        A4H - 155,
        ["Bäckerei Sommerfeld GmbH", "Frau Anja Sommerfeld", "Mühlenkamp 17", "22303 Hamburg"],
        S,
        9.5,
    )
    p.text(57, A4H - 260, "Rechnung", SB, 16)
    p.text(
        57,
        A4H - 282,
        "Rechnungsnr.: RE-2026-0318    Rechnungsdatum: 27.11.2026    Kundennr.: 10045",
        S,
        8.5,
    )
    p.text(
        57,
        A4H - 296,
        "Leistungszeitraum: 01.11.2026 – 30.11.2026    Ihr Ansprechpartner: Jonas Brandt",
        S,
        8.5,
    )
    p.text(57, A4H - 325, "Sehr geehrte Frau Sommerfeld,", S, 9)
    p.text(
        57,
        A4H - 339,
        "vielen Dank für Ihren Auftrag. Wir berechnen Ihnen folgende Leistungen:",
        S,
        9,
    )
    cols = [
        Col("Pos.", 30),
        Col("Beschreibung", 240),
        Col("Menge", 45, "r"),
        Col("Einheit", 45),
        Col("Einzelpreis", 65, "r"),
        Col("Gesamt", 65, "r"),
    ]
    rows = [
        [
            str(n + 1),
            i.desc,
            money(i.qty, "de", 1 if i.qty % 1 else 0),
            "Std." if i.qty % 1 else "Pausch.",
            money(i.unit, "de") + " €",
            money(i.amount, "de") + " €",
        ]
        for n, i in enumerate(items)
    ]
    y = table(p, 57, A4H - 370, cols, rows, S, SB, 8, fill=(0.93, 0.95, 0.97))
    y = totals(
        p,
        A4W - 57,
        y - 8,
        [
            ("Gesamtbetrag netto", money(net, "de") + " €", False),
            ("zzgl. Umsatzsteuer 19 %", money(vat, "de") + " €", False),
            ("Gesamtbetrag brutto", money(total, "de") + " €", True),
        ],
        S,
        SB,
        9,
        190,
    )
    block(
        p,
        57,
        y - 18,
        ["Zahlbar innerhalb von 14 Tagen ohne Abzug.", "Mit freundlichen Grüßen", "Jonas Brandt"],
        S,
        9,
    )
    p.line(57, 82, A4W - 57, 82, 0.3)
    block(p, 57, 70, ["Brandt Webdesign", "Inh. Jonas Brandt", "Hafenweg 3, 20457 Hamburg"], S, 6.5)
    block(
        p,
        230,
        70,
        ["Hamburger Sparkasse", "IBAN DE12 2005 0550 1234 5678 90", "BIC HASPDEHHXXX"],
        S,
        6.5,
    )
    block(
        p,
        400,
        70,
        ["Steuernummer 41/123/45678", "USt-IdNr. DE312345678", "info@brandt-web.example"],
        S,
        6.5,
    )
    it = _keyitems(items)
    t = truth(
        invoice_number="RE-2026-0318",
        invoice_date="2026-11-27",
        due_date=None,
        vendor_name="Brandt Webdesign",
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        line_items=it,
        note="lexoffice-like; several label/value pairs on one line; Leistungszeitraum "
        "dates; '14 Tage' terms only (no due date); wordmark heads the page",
    )
    return [p], t, {"kind": "pdf"}, ("DE", "web agency invoice")


def _section(p: Page, x, y, w, title, pairs, lw=170, size=8.2):
    """A framed e-invoice visualisation section of labelled values; returns y below."""
    top = y
    p.text(x + 6, y, title, "Sans-B", 9.5, color=(0.1, 0.25, 0.45))
    y -= 16
    for label, code, value in pairs:
        p.text(x + 6, y, label, "Sans", size)
        if code:
            p.text(x + lw - 4, y, code, "Sans", 6.5, "r", (0.45, 0.45, 0.45))
        p.text(x + lw + 4, y, value, "Sans-B", size)
        y -= size * 1.55
    p.rect(x, y + 4, w, top - y + 8, fill=None, stroke=(0.6, 0.65, 0.7))
    return y - 10


@doc
def i04():
    items = [
        item("Wartung Netzwerkkomponenten Rathaus", 16, "95.00"),
        item("Firewall-Lizenz Verlängerung 12 Monate", 1, "1240.00"),
        item("Anfahrtspauschale", 3, "45.00"),
    ]
    net = sum(i.amount for i in items)
    vat = q2(net * D("0.19"))
    total = net + vat
    check(net, vat, total)
    p = Page(A4W, A4H)
    p.text(40, A4H - 50, "Rechnung", "Sans-B", 17)
    p.text(A4W - 40, A4H - 48, "XRechnung 3.0 · Visualisierung", "Sans", 7.5, "r", (0.4, 0.4, 0.4))
    W = A4W - 80
    y = _section(
        p,
        40,
        A4H - 80,
        W,
        "Übersicht",
        [
            ("Rechnungsnummer", "BT-1", "2026-RZ-00917"),
            ("Rechnungsdatum", "BT-2", "25.11.2026"),
            ("Rechnungsart", "BT-3", "380 (Handelsrechnung)"),
            ("Währung", "BT-5", "EUR"),
            ("Fälligkeitsdatum", "BT-9", "25.12.2026"),
            ("Käuferreferenz (Leitweg-ID)", "BT-10", "05315000-RZ-17"),
            ("Leistungszeitraum", "BG-14", "01.11.2026 bis 30.11.2026"),
        ],
        lw=190,
    )
    y = _section(
        p,
        40,
        y,
        W,
        "Verkäufer",
        [
            ("Firmenname", "BT-27", "Netzwerk Rheinland IT-Service GmbH"),
            ("Anschrift", "BG-5", "Deutzer Freiheit 71, 50679 Köln, DE"),
            ("Umsatzsteuer-ID", "BT-31", "DE287654321"),
            ("Kontakt", "BG-6", "Petra Lenz, +49 221 998877"),
        ],
        lw=190,
    )
    y = _section(
        p,
        40,
        y,
        W,
        "Käufer",
        [
            ("Name", "BT-44", "Stadt Bergheim - Zentrale IT"),
            ("Anschrift", "BG-8", "Bethlehemer Str. 9-11, 50126 Bergheim, DE"),
        ],
        lw=190,
    )
    cols = [
        Col("Pos. BT-126", 55),
        Col("Artikelname BT-153", 180),
        Col("Menge BT-129", 65, "r"),
        Col("Einheit BT-130", 70),
        Col("Preis BT-146", 70, "r"),
        Col("Netto BT-131", 75, "r"),
    ]
    rows = [
        [
            str(n + 1),
            i.desc,
            money(i.qty, "de", 0),
            "HUR" if i.qty == 16 else "C62",
            money(i.unit, "de"),
            money(i.amount, "de"),
        ]
        for n, i in enumerate(items)
    ]
    p.text(46, y, "Positionen", "Sans-B", 9.5, color=(0.1, 0.25, 0.45))
    y = table(p, 40, y - 20, cols, rows, "Sans", "Sans-B", 7.6)
    _section(
        p,
        40,
        y - 10,
        W,
        "Gesamtbeträge",
        [
            ("Gesamtbetrag der Positionen", "BT-106", money(net, "de")),
            ("Summe Nachlässe", "BT-107", "0,00"),
            ("Summe Nettobetrag", "BT-109", money(net, "de")),
            ("Umsatzsteuer (S, 19 %)", "BT-110", money(vat, "de")),
            ("Gesamtbetrag brutto", "BT-112", money(total, "de")),
            ("Zahlbetrag", "BT-115", money(total, "de")),
        ],
        lw=190,
    )
    t = truth(
        invoice_number="2026-RZ-00917",
        invoice_date="2026-11-25",
        due_date="2026-12-25",
        vendor_name="Netzwerk Rheinland IT-Service GmbH",
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        line_items=_keyitems(items),
        note="XRechnung visualisation: labelled value tables with BT codes; buyer is a "
        "public body with Leitweg-ID; seller only as a labelled value",
    )
    return [p], t, {"kind": "pdf"}, ("DE", "e-invoice visualisation")


@doc
def i05():
    items = [
        item("Maintenance climatisation - contrat annuel", 1, "1450.00"),
        item("Remplacement filtres F7", 8, "36.50"),
        item("Intervention technicien (heures)", 5, "68.00"),
    ]
    net = sum(i.amount for i in items)
    vat = q2(net * D("0.20"))
    total = net + vat
    paid = D("500.00")
    check(net, vat, total)
    p = Page(A4W, A4H)
    p.text(40, A4H - 50, "Facture", "Sans-B", 17)
    p.text(
        A4W - 40,
        A4H - 48,
        "Factur-X EN 16931 - représentation lisible",
        "Sans",
        7.5,
        "r",
        (0.4, 0.4, 0.4),
    )
    W = A4W - 80
    y = _section(
        p,
        40,
        A4H - 80,
        W,
        "En-tête",
        [
            ("Numéro de facture", "BT-1", "F2026/11/0655"),
            ("Date d'émission", "BT-2", "18/11/2026"),
            ("Type", "BT-3", "380 - Facture commerciale"),
            ("Date d'échéance", "BT-9", "18/12/2026"),
            ("Devise", "BT-5", "EUR"),
            ("Référence commande", "BT-13", "BC-77120"),
        ],
        lw=180,
    )
    y = _section(
        p,
        40,
        y,
        W,
        "Vendeur (BG-4)",
        [
            ("Raison sociale", "BT-27", "Climatech Provence SARL"),
            ("Adresse", "BG-5", "145 chemin de la Madrague, 13015 Marseille"),
            ("SIRET", "BT-30", "493 112 876 00034"),
            ("N° TVA", "BT-31", "FR 62 493112876"),
        ],
        lw=180,
    )
    y = _section(
        p,
        40,
        y,
        W,
        "Acheteur (BG-7)",
        [
            ("Raison sociale", "BT-44", "Résidence Les Calanques SAS"),
            ("Adresse", "BG-8", "2 avenue du Prado, 13008 Marseille"),
            ("N° TVA", "BT-48", "FR 09 812334455"),
        ],
        lw=180,
    )
    cols = [
        Col("Ligne", 40),
        Col("Désignation (BT-153)", 230),
        Col("Qté (BT-129)", 70, "r"),
        Col("Prix net (BT-146)", 85, "r"),
        Col("Montant HT (BT-131)", 90, "r"),
    ]
    rows = [
        [str(n + 1), i.desc, str(i.qty), money(i.unit, "fr"), money(i.amount, "fr")]
        for n, i in enumerate(items)
    ]
    y = table(p, 40, y - 12, cols, rows, "Sans", "Sans-B", 7.6)
    _section(
        p,
        40,
        y - 10,
        W,
        "Totaux (BG-22)",
        [
            ("Total HT", "BT-109", money(net, "fr")),
            ("Total TVA (20 %)", "BT-110", money(vat, "fr")),
            ("Total TTC", "BT-112", money(total, "fr")),
            ("Montant déjà payé (acompte)", "BT-113", money(paid, "fr")),
            ("Montant à payer", "BT-115", money(total - paid, "fr")),
        ],
        lw=180,
    )
    t = truth(
        invoice_number="F2026/11/0655",
        invoice_date="2026-11-18",
        due_date="2026-12-18",
        vendor_name="Climatech Provence SARL",
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        line_items=_keyitems(items),
        note="Factur-X visualisation with BT codes; prepaid deposit (BT-113) lowers the "
        "amount to pay but not the total",
    )
    return [p], t, {"kind": "pdf"}, ("FR", "e-invoice visualisation")


@doc
def i06():
    items = [
        item("Website hosting - Business plan (annual)", 1, "11999.00"),
        item("SSL certificate wildcard", 1, "4500.00"),
        item("Domain renewal .in", 3, "749.00"),
    ]
    net = sum(i.amount for i in items)
    cgst = q2(net * D("0.09"))
    sgst = cgst
    gross = net + cgst + sgst
    grand = q0(gross)
    ro = grand - gross
    check(net, cgst + sgst, grand, ro)
    p = Page(A4W, A4H)
    S, SB = "Helvetica", "Helvetica-Bold"
    p.text(A4W / 2, A4H - 45, "TAX INVOICE", SB, 14, "c")
    p.text(A4W / 2, A4H - 58, "(Original for Recipient)", S, 7.5, "c")
    block(
        p,
        40,
        A4H - 82,
        [
            "Hostkart Webservices Pvt. Ltd.",
            "GSTIN: 29AADCH4512K1Z3",
            "Bengaluru, Karnataka - 560034",
        ],
        S,
        8,
        first=SB,
    )
    kv(
        p,
        350,
        A4H - 82,
        [
            ("Invoice No.", "HK/2026-27/04571"),
            ("Invoice Date", "04-Nov-2026"),
            ("Due Date", "19-Nov-2026"),
            ("Place of Supply", "29-Karnataka"),
        ],
        S,
        SB,
        8,
        75,
    )
    p.rect(40, A4H - 290, 250, 150, fill=(0.95, 0.97, 1.0))
    block(
        p,
        48,
        A4H - 155,
        [
            "Bill To",
            "SRI LAKSHMI TEXTILES PRIVATE LIMITED",
            "Attn: Accounts Payable (Mr. R. Venkatesh)",
            "No. 44, 2nd Floor,",
            "Chickpet Main Road, Avenue Road Cross",
            "Bengaluru Urban,",
            "Karnataka - 560053, India",
            "GSTIN: 29AAECS7788M1ZQ",
            "PAN: AAECS7788M",
            "State Code: 29",
        ],
        S,
        8.5,
        first=SB,
    )
    p.rect(300, A4H - 290, A4W - 340, 150, fill=(0.95, 0.97, 1.0))
    block(
        p,
        308,
        A4H - 155,
        [
            "Ship To / Service Location",
            "SRI LAKSHMI TEXTILES PVT LTD",
            "Warehouse 3, Peenya Industrial Area",
            "Phase II, Bengaluru",
            "Karnataka - 560058",
            "Contact: +91 98450 12345",
        ],
        S,
        8.5,
        first=SB,
    )
    cols = [
        Col("#", 20),
        Col("Description", 190),
        Col("SAC", 45),
        Col("Qty", 30, "r"),
        Col("Rate", 60, "r"),
        Col("Taxable", 70, "r"),
        Col("CGST 9%", 50, "r"),
        Col("SGST 9%", 50, "r"),
    ]
    rows = []
    for n, i in enumerate(items):
        c = q2(i.amount * D("0.09"))
        rows.append(
            [
                str(n + 1),
                i.desc,
                "998315",
                str(i.qty),
                money(i.unit, "in"),
                money(i.amount, "in"),
                money(c, "in"),
                money(c, "in"),
            ]
        )
    if sum(q2(i.amount * D("0.09")) for i in items) != cgst:
        raise AmountError("line CGST != total CGST")
    y = table(p, 40, A4H - 320, cols, rows, S, SB, 7.5)
    y = totals(
        p,
        A4W - 40,
        y - 6,
        [
            ("Taxable Value", money(net, "in"), False),
            ("CGST @ 9%", money(cgst, "in"), False),
            ("SGST @ 9%", money(sgst, "in"), False),
            ("Round Off", money(ro, "in"), False),
            ("Grand Total (INR)", "₹" + money(grand, "in"), True),
        ],
        "Sans",
        "Sans-B",
        8.5,
        190,
    )
    block(
        p,
        40,
        y - 10,
        [
            "Amount in words: Indian Rupees Twenty Two Thousand One Hundred Twenty Only",
            "Whether tax is payable under reverse charge: No",
            "Bank: HDFC Bank, A/c 50200012345678, IFSC HDFC0000523",
        ],
        S,
        7.5,
    )
    p.text(A4W - 40, 90, "For Hostkart Webservices Pvt. Ltd.", SB, 8, "r")
    p.text(A4W - 40, 60, "Authorised Signatory", S, 8, "r")
    t = truth(
        invoice_number="HK/2026-27/04571",
        invoice_date="2026-11-04",
        due_date="2026-11-19",
        vendor_name="Hostkart Webservices Pvt. Ltd.",
        amount=net,
        vat=cgst + sgst,
        total=grand,
        currency="INR",
        locale="en-IN",
        layout="invoice",
        line_items=_keyitems(items),
        note="Indian GST: CGST+SGST per line, SAC codes, Round Off line, lakh grouping; "
        "customer blocks much bigger than the seller's",
    )
    return [p], t, {"kind": "pdf"}, ("IN", "GST hosting invoice")


@doc
def i07():
    items = [
        item("Dell Latitude 5440 Laptop i5", 4, "58500.00"),
        item("Dell 24in Monitor P2423", 4, "13250.00"),
        item("Logitech MK295 Combo", 4, "1490.00"),
    ]
    net = sum(i.amount for i in items)
    igst = q2(net * D("0.18"))
    total = net + igst
    check(net, igst, total)
    C, CB = "Courier", "Courier-Bold"
    p = Page(A4W, A4H)
    L, R = 36, A4W - 36
    p.rect(L, 60, R - L, A4H - 100, fill=None, stroke=(0, 0, 0))
    p.text(A4W / 2, A4H - 58, "Tax Invoice", CB, 12, "c")
    p.line(L, A4H - 66, R, A4H - 66)
    block(
        p,
        L + 6,
        A4H - 80,
        [
            "ORBIT INFOSYSTEMS",
            "Unit 7, Sai Krupa Ind. Estate, Andheri (E)",
            "Mumbai 400093",
            "GSTIN/UIN: 27AAGFO3321R1ZK",
            "State Name: Maharashtra, Code: 27",
        ],
        C,
        8,
        first=CB,
    )
    p.line(300, A4H - 66, 300, A4H - 250)
    kv(
        p,
        306,
        A4H - 80,
        [
            ("Invoice No.", "OI/1247/26-27"),
            ("Dated", "15-Oct-2026"),
            ("Delivery Note", "DN-0981"),
            ("Mode/Terms", "30 Days"),
            ("Buyer's Order No.", "PO/GJ/2026/311"),
        ],
        C,
        CB,
        7.5,
        120,
    )
    p.line(L, A4H - 150, 300, A4H - 150)
    block(
        p,
        L + 6,
        A4H - 164,
        [
            "Buyer (Bill to)",
            "NAVKAR PACKAGING LLP",
            "Plot 22, GIDC Phase 1, Vatva",
            "Ahmedabad 382445",
            "GSTIN/UIN: 24AAKFN5566D1Z9",
            "State Name: Gujarat, Code: 24",
        ],
        C,
        8,
        first=CB,
    )
    p.line(L, A4H - 250, R, A4H - 250)
    cols = [
        Col("Sl", 20),
        Col("Description of Goods", 205),
        Col("HSN/SAC", 52),
        Col("Qty", 40, "r"),
        Col("Rate", 75, "r"),
        Col("Amount", 90, "r"),
    ]
    rows = [
        [
            str(n + 1),
            i.desc,
            "8471" if n == 0 else ("8528" if n == 1 else "8471"),
            f"{i.qty} Nos",
            money(i.unit, "in"),
            money(i.amount, "in"),
        ]
        for n, i in enumerate(items)
    ]
    y = table(p, L, A4H - 266, cols, rows, C, CB, 7.5, fill=None)
    y = totals(
        p,
        R - 6,
        y - 4,
        [("IGST @ 18%", money(igst, "in"), False), ("Total", "₹ " + money(total, "in"), True)],
        "Sans",
        "Sans-B",
        8.5,
        150,
    )
    block(
        p,
        L + 6,
        y - 6,
        [
            "Amount Chargeable (in words)",
            "INR Three Lakh Forty Five Thousand Six Hundred Ninety Two and Eighty paise Only",
        ],
        C,
        7.5,
    )
    cols2 = [
        Col("HSN/SAC", 80),
        Col("Taxable Value", 110, "r"),
        Col("IGST Rate", 70, "r"),
        Col("IGST Amount", 100, "r"),
    ]
    groups: dict = {}
    for r in rows:
        groups[r[2]] = groups.get(r[2], D(0)) + items[int(r[0]) - 1].amount
    rows2 = [[h, money(v, "in"), "18%", money(q2(v * D("0.18")), "in")] for h, v in groups.items()]
    if sum(q2(v * D("0.18")) for v in groups.values()) != igst:
        raise AmountError("HSN summary IGST")
    y = table(p, L + 6, y - 40, cols2, rows2, C, CB, 7.5, fill=None)
    p.text(L + 6, 80, "Declaration: We declare that this invoice shows the actual price.", C, 7)
    p.text(R - 6, 80, "for ORBIT INFOSYSTEMS", CB, 7.5, "r")
    t = truth(
        invoice_number="OI/1247/26-27",
        invoice_date="2026-10-15",
        due_date=None,
        vendor_name="ORBIT INFOSYSTEMS",
        amount=net,
        vat=igst,
        total=total,
        currency="INR",
        locale="en-IN",
        layout="invoice",
        line_items=_keyitems(items),
        note="Tally-like boxed grid, Courier; IGST interstate; HSN summary repeats taxable "
        "value; '30 Days' terms only; scanned grey",
    )
    spec = {"kind": "scan", "ext": "png", "dpi": 150, "fx": {"blur": 0.7, "noise": 6}}
    return [p], t, spec, ("IN", "GST goods invoice")


@doc
def i08():
    rows_in = [
        ("Fall cleanup - labor (hrs)", 6, "55.00", False),
        ("Mulch, hardwood (cu yd)", 4, "42.00", True),
        ("Perennials 1 gal", 12, "9.50", True),
        ("Disposal fee", 1, "35.00", False),
    ]
    items = [item(d, q, u) for d, q, u, _ in rows_in]
    taxable = sum(i.amount for i, r in zip(items, rows_in, strict=True) if r[3])
    sub = sum(i.amount for i in items)
    tax = q2(taxable * D("0.0625"))
    total = sub + tax
    paid = D("150.00")
    check(sub, tax, total)
    T, TB = "Times-Roman", "Times-Bold"
    W, H = letter
    p = Page(W, H)
    p.text(50, H - 60, "Greenleaf Landscaping LLC", TB, 16, color=(0.1, 0.4, 0.15))
    block(
        p,
        50,
        H - 78,
        ["88 Orchard Lane", "Framingham, MA 01701", "(508) 555-0199", "billing@greenleaf.example"],
        T,
        9,
    )
    p.text(W - 50, H - 60, "INVOICE", TB, 24, "r", (0.1, 0.4, 0.15))
    block(
        p,
        50,
        H - 160,
        ["BILL TO", "Margaret O'Neil", "14 Birch Hill Road", "Sudbury, MA 01776"],
        T,
        9.5,
        first=TB,
    )
    block(
        p,
        250,
        H - 160,
        ["SHIP TO", "Margaret O'Neil", "14 Birch Hill Road", "Sudbury, MA 01776"],
        T,
        9.5,
        first=TB,
    )
    labels = [
        ("INVOICE #", 1045),
        ("DATE", "11/24/2026"),
        ("TERMS", "Net 15"),
        ("DUE DATE", "12/09/2026"),
    ]
    x = 50
    p.rect(50, H - 240, W - 100, 16, fill=(0.85, 0.92, 0.86))
    for lab, val in labels:
        p.text(x + 6, H - 235, lab, TB, 9)
        p.text(x + 6, H - 254, str(val), T, 10)
        x += (W - 100) / 4
    cols = [
        Col("ACTIVITY", 250),
        Col("QTY", 50, "r"),
        Col("RATE", 70, "r"),
        Col("TAX", 40, "c"),
        Col("AMOUNT", W - 100 - 410, "r"),
    ]
    rows = [
        [i.desc, str(i.qty), money(i.unit), "T" if r[3] else "", money(i.amount)]
        for i, r in zip(items, rows_in, strict=True)
    ]
    y = table(p, 50, H - 290, cols, rows, T, TB, 9.5, fill=(0.85, 0.92, 0.86))
    y = totals(
        p,
        W - 50,
        y - 8,
        [
            ("SUBTOTAL", money(sub), False),
            ("TAX (6.25%)", money(tax), False),
            ("TOTAL", money(total), False),
            ("PAYMENT", "-" + money(paid), False),
            ("BALANCE DUE", "$" + money(total - paid), True),
        ],
        T,
        TB,
        10,
        170,
    )
    p.text(50, y - 20, "Thank you for your business! Deposit received 11/02/2026.", T, 9.5)
    t = truth(
        invoice_number="1045",
        invoice_date="2026-11-24",
        due_date="2026-12-09",
        vendor_name="Greenleaf Landscaping LLC",
        amount=sub,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        line_items=_keyitems(items),
        note="QuickBooks-like: labels in one row, values in the row below; tax only on T "
        "lines; earlier payment makes balance due smaller than total",
    )
    spec = {
        "kind": "scan",
        "ext": "jpg",
        "dpi": 200,
        "q": 78,
        "grey": False,
        "fx": {"blur": 0.6, "noise": 5, "paper": 240},
    }
    return [p], t, spec, ("US", "services invoice")


def _cloud_items():
    spec = [
        ("Compute - General purpose g4.large, us-west-2 (hrs)", 1440, "0.0832"),
        ("Compute - g4.xlarge, us-west-2 (hrs)", 720, "0.1664"),
        ("Compute - burst t4.small, us-east-1 (hrs)", 2160, "0.0208"),
        ("Block storage gp4 (GB-month)", 1800, "0.0800"),
        ("Block storage snapshots (GB-month)", 2450, "0.0500"),
        ("Object storage Standard (GB-month)", 5320, "0.0230"),
        ("Object storage requests PUT (1,000)", 812, "0.0050"),
        ("Object storage requests GET (10,000)", 1304, "0.0040"),
        ("Managed Postgres db.m6.large (hrs)", 720, "0.1780"),
        ("Managed Postgres storage (GB-month)", 400, "0.1150"),
        ("Load balancer hours", 1440, "0.0225"),
        ("Load balancer capacity units (LCU-hrs)", 3120, "0.0080"),
        ("Data transfer out to internet (GB)", 2210, "0.0900"),
        ("Data transfer inter-region (GB)", 640, "0.0200"),
        ("DNS hosted zones", 6, "0.5000"),
        ("DNS queries (million)", 38, "0.4000"),
        ("Monitoring custom metrics", 120, "0.3000"),
        ("Log ingestion (GB)", 310, "0.5000"),
        ("Support - Business plan", 1, "100.0000"),
    ]
    return [item(d, q, u) for d, q, u in spec]


def _cloud_page(p: Page, n, of):
    W, H = p.w, p.h
    p.text(40, H - 48, "nimbus", "Helvetica-Bold", 20, color=(0.95, 0.55, 0.1))
    p.text(W - 40, H - 42, "Nimbus Web Services, Inc.", "Helvetica", 8, "r")
    p.text(W - 40, H - 53, "Invoice 2026-US-88123471", "Helvetica", 8, "r")
    p.text(W / 2, 30, f"Page {n} of {of}", "Helvetica", 7.5, "c", (0.4, 0.4, 0.4))


def _cloud_rows(items):
    return [
        [i.desc, money(i.qty, "us", 0), "$" + f"{i.unit:.4f}", "$" + money(i.amount)] for i in items
    ]


@doc
def i09():
    items = _cloud_items()
    net = sum(i.amount for i in items)
    tax = q2(net * D("0.1025"))
    total = net + tax
    check(net, tax, total)
    W, H = letter
    pages = [Page(W, H) for _ in range(3)]
    for n, pg in enumerate(pages):
        _cloud_page(pg, n + 1, 3)
    p = pages[0]
    p.text(40, H - 100, "Tax Invoice", "Helvetica-Bold", 16)
    kv(
        p,
        40,
        H - 130,
        [
            ("Invoice Number:", "2026-US-88123471"),
            ("Invoice Date:", "December 2, 2026"),
            ("Account number:", "4471-2290-8813"),
            ("Billing period:", "November 1 - November 30, 2026"),
        ],
        "Helvetica",
        "Helvetica-Bold",
        9,
        110,
    )
    block(
        p,
        40,
        H - 215,
        [
            "Bill to address:",
            "Trailhead Analytics Inc.",
            "Attn: Finance",
            "1201 Western Ave, Suite 900",
            "Seattle, WA 98101",
        ],
        "Helvetica",
        9,
        first="Helvetica-Bold",
    )
    block(
        p,
        320,
        H - 215,
        [
            "Nimbus Web Services, Inc.",
            "410 Terry Ave N",
            "Seattle, WA 98109-5210",
            "Tax ID 91-1646860",
        ],
        "Helvetica",
        9,
        first="Helvetica-Bold",
    )
    block(
        p,
        40,
        H - 320,
        [
            "This invoice is for the billing period November 1 - November 30, 2026.",
            "Charges by service are itemised on the following pages.",
            "The amount due and the payment due date are on page 3.",
        ],
        "Helvetica",
        9,
    )
    cols = [
        Col("Description", 290),
        Col("Usage", 70, "r"),
        Col("Rate", 70, "r"),
        Col("Amount", 100, "r"),
    ]
    table(pages[1], 40, H - 100, cols, _cloud_rows(items[:13]), "Helvetica", "Helvetica-Bold", 8.5)
    y = table(
        pages[2], 40, H - 100, cols, _cloud_rows(items[13:]), "Helvetica", "Helvetica-Bold", 8.5
    )
    y = totals(
        pages[2],
        W - 42,
        y - 14,
        [
            ("Total pre-tax", "USD " + money(net), False),
            ("Sales tax (WA 10.25%)", "USD " + money(tax), False),
            ("Total amount due", "USD " + money(total), True),
        ],
        "Helvetica",
        "Helvetica-Bold",
        10,
        220,
    )
    pages[2].text(W - 42, y - 6, "Payment due date: January 1, 2027", "Helvetica", 9, "r")
    t = truth(
        invoice_number="2026-US-88123471",
        invoice_date="2026-12-02",
        due_date="2027-01-01",
        vendor_name="nimbus",
        amount=net,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        line_items=_keyitems(items, 4),
        note="3-page cloud bill; totals and due date only on page 3; 4-decimal rates; "
        "lowercase wordmark, legal name at top right",
    )
    return pages, t, {"kind": "pdf"}, ("US", "cloud invoice (3 pages)")


@doc
def i10():
    subs = [
        item("Abonnement Fibre 500 Mbps", 1, "52.89"),
        item("Mobiel abonnement Unlimited (0471 12 34 56)", 1, "28.93"),
        item("Mobiel abonnement 10 GB (0486 98 76 54)", 1, "16.53"),
    ]
    usage = [
        item("Oproepen naar buitenland (38 min)", 38, "0.2100"),
        item("Roaming data buiten EU (0,4 GB)", 1, "6.20"),
    ]
    once = [item("Installatie router Wi-Fi 7", 1, "49.59")]
    items = subs + usage + once
    net = sum(i.amount for i in items)
    vat = q2(net * D("0.21"))
    total = net + vat
    check(net, vat, total)
    p1, p2 = Page(A4W, A4H), Page(A4W, A4H)
    S, SB = "Sans", "Sans-B"
    for n, p in enumerate((p1, p2)):
        p.rect(0, A4H - 70, A4W, 70, fill=(0.45, 0.1, 0.55))
        p.text(40, A4H - 45, "telnova", SB, 24, color=(1, 1, 1))
        p.text(A4W - 40, A4H - 42, f"Factuur · pagina {n + 1}/2", S, 9, "r", (1, 1, 1))
    block(
        p1,
        330,
        A4H - 120,
        ["Dhr. en Mevr. Peeters-Wouters", "Kerkstraat 112 bus 3", "2000 Antwerpen"],
        S,
        10,
    )
    kv(
        p1,
        40,
        A4H - 120,
        [
            ("Factuurnummer", "2611004418872"),
            ("Factuurdatum", "03/12/2026"),
            ("Klantnummer", "7.004.551.209"),
            ("Periode", "01/12 - 31/12/2026"),
        ],
        S,
        SB,
        8.5,
        90,
    )
    p1.rect(40, A4H - 330, A4W - 80, 110, fill=(0.95, 0.93, 0.97))
    p1.text(60, A4H - 250, "Te betalen", SB, 14)
    p1.text(A4W - 60, A4H - 250, "€ " + money(total, "de"), SB, 20, "r")
    p1.text(60, A4H - 280, "Vervaldatum", S, 10)
    p1.text(A4W - 60, A4H - 280, "18/12/2026", SB, 10, "r")
    p1.text(60, A4H - 300, "Gestructureerde mededeling", S, 10)
    p1.text(A4W - 60, A4H - 300, "+++441/8872/00312+++", SB, 10, "r")
    p1.text(60, A4H - 320, "IBAN BE62 5100 0754 7061 · BIC BBRUBEBB", S, 8)
    y = totals(
        p1,
        A4W - 60,
        A4H - 380,
        [
            ("Abonnementen", "€ " + money(sum(i.amount for i in subs), "de"), False),
            ("Verbruik", "€ " + money(sum(i.amount for i in usage), "de"), False),
            ("Eenmalige kosten", "€ " + money(sum(i.amount for i in once), "de"), False),
            ("Totaal excl. btw", "€ " + money(net, "de"), True),
            ("Btw 21 %", "€ " + money(vat, "de"), False),
            ("Totaal incl. btw", "€ " + money(total, "de"), True),
        ],
        S,
        SB,
        9.5,
        260,
    )
    p1.text(40, y - 10, "Details van uw factuur vindt u op pagina 2.", S, 8.5)
    block(
        p1,
        A4W / 2,
        50,
        ["Telnova NV · Koning Albert II-laan 27, 1030 Brussel · BTW BE 0402.118.443 · RPR Brussel"],
        S,
        6.5,
        align="c",
    )
    cols = [
        Col("Omschrijving", 285),
        Col("Aantal", 50, "r"),
        Col("Prijs excl. btw", 85, "r"),
        Col("Bedrag excl. btw", 95, "r"),
    ]
    y = A4H - 110
    for title, group in (("Abonnementen", subs), ("Verbruik", usage), ("Eenmalige kosten", once)):
        p2.text(40, y, title, SB, 10.5, color=(0.45, 0.1, 0.55))
        rows = [
            [
                i.desc,
                str(i.qty),
                money(i.unit, "de", 4 if i.unit * 100 % 1 else 2),
                money(i.amount, "de"),
            ]
            for i in group
        ]
        y = table(p2, 40, y - 20, cols, rows, S, SB, 8.2, fill=(0.95, 0.93, 0.97)) - 14
    totals(
        p2,
        A4W - 40,
        y,
        [
            ("Totaal excl. btw", money(net, "de"), False),
            ("Btw 21 % op " + money(net, "de"), money(vat, "de"), False),
            ("Totaal te betalen", money(total, "de"), True),
        ],
        S,
        SB,
        9,
        250,
    )
    t = truth(
        invoice_number="2611004418872",
        invoice_date="2026-12-03",
        due_date="2026-12-18",
        vendor_name="telnova",
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="nl-BE",
        layout="invoice",
        line_items=_keyitems(items, 2),
        note="2-page telecom bill: summary page + details page; wordmark only, legal "
        "name in footer; structured communication; phone numbers in lines",
    )
    return [p1, p2], t, {"kind": "pdf"}, ("BE", "telecom bill (2 pages)")


@doc
def i11():
    items = [
        item("Consultoría implantación ERP - noviembre", 24, "85.00"),
        item("Formación usuarios (sesión)", 2, "180.00"),
    ]
    net = sum(i.amount for i in items)
    iva = q2(net * D("0.21"))
    irpf = q2(net * D("0.15"))
    total = net + iva - irpf
    check(net, iva, total, -irpf)
    p = Page(A4W, A4H)
    S, SB = "Cond", "Cond-B"
    p.text(50, A4H - 60, "Marta Ibáñez Consultoría", SB, 15, color=(0.44, 0.26, 0.4))
    block(
        p,
        50,
        A4H - 80,
        [
            "Marta Ibáñez Ruiz",
            "C/ de Sant Pere Més Alt 31, 3º 2ª",
            "08003 Barcelona",
            "NIF 46123456K",
        ],
        S,
        8.5,
    )
    block(
        p,
        330,
        A4H - 140,
        [
            "Distribuciones Levante Norte, S.L.",
            "Avda. del Puerto 201",
            "46023 Valencia",
            "CIF B98765432",
        ],
        S,
        9.5,
    )
    p.text(50, A4H - 230, "Factura FAC/2026/00871", S, 20, color=(0.44, 0.26, 0.4))
    heads = [
        ("Fecha de factura:", "30/11/2026"),
        ("Fecha de vencimiento:", "30/12/2026"),
        ("Origen:", "PV-2026-044"),
        ("Referencia:", "ERP-LEV"),
    ]
    x = 50
    for lab, val in heads:
        p.text(x, A4H - 260, lab, SB, 8.5)
        p.text(x, A4H - 274, val, S, 8.5)
        x += 125
    cols = [
        Col("Descripción", 225),
        Col("Cantidad", 55, "r"),
        Col("Precio unitario", 75, "r"),
        Col("Impuestos", 80),
        Col("Importe", 60, "r"),
    ]
    rows = [
        [
            i.desc,
            money(i.qty, "de", 2),
            money(i.unit, "de"),
            "IVA 21%, IRPF 15%",
            money(i.amount, "de") + " €",
        ]
        for i in items
    ]
    y = table(p, 50, A4H - 310, cols, rows, S, SB, 8.5, fill=None)
    totals(
        p,
        A4W - 50,
        y - 10,
        [
            ("Base imponible", money(net, "de") + " €", True),
            ("IVA 21%", money(iva, "de") + " €", False),
            ("Retención IRPF 15%", "-" + money(irpf, "de") + " €", False),
            ("Total", money(total, "de") + " €", True),
        ],
        S,
        SB,
        9.5,
        170,
    )
    p.text(
        50, 120, "Por favor, utilice la siguiente referencia para su pago: FAC/2026/00871", S, 8.5
    )
    p.text(50, 106, "IBAN ES91 2100 0418 4502 0005 1332", S, 8.5)
    p.line(50, 60, A4W - 50, 60, 0.3)
    p.text(A4W / 2, 48, "ibanez.consultoria@example.es · +34 612 345 678", S, 7.5, "c")
    t = truth(
        invoice_number="FAC/2026/00871",
        invoice_date="2026-11-30",
        due_date="2026-12-30",
        vendor_name="Marta Ibáñez Consultoría",
        amount=net,
        vat=iva,
        total=total,
        currency="EUR",
        locale="es-ES",
        layout="invoice",
        line_items=_keyitems(items),
        note="Odoo-like: labels row with values below; IRPF withholding deducted, total "
        "printed after it; freelancer trade name over personal name",
    )
    return [p], t, {"kind": "pdf"}, ("ES", "consulting invoice")


@doc
def i12():
    items = [
        item("Brightdesk Team plan - 15 agents (Dec 2026)", 15, "19.00"),
        item("AI reply assistant add-on", 15, "6.00"),
        item("Extra phone number (Dublin 01)", 2, "4.50"),
    ]
    net = sum(i.amount for i in items)
    vat = q2(net * D("0.23"))
    total = net + vat
    check(net, vat, total)
    p = Page(A4W, A4H)
    S, SB = "Helvetica", "Helvetica-Bold"
    p.rect(40, A4H - 78, 26, 26, fill=(0.1, 0.6, 0.55))
    p.text(74, A4H - 72, "Brightdesk", SB, 20, color=(0.1, 0.6, 0.55))
    p.text(A4W - 40, A4H - 62, "TAX INVOICE", S, 22, "r")
    p.text(A4W - 40, A4H - 80, "# INV-000318", SB, 10, "r")
    p.text(A4W - 40, A4H - 110, "Balance Due", S, 8.5, "r")
    p.text(A4W - 40, A4H - 126, "€" + money(total), SB, 13, "r")
    block(
        p,
        40,
        A4H - 150,
        [
            "Bill To",
            "Corrib Outdoor Gear Ltd",
            "Unit 4, Galway Business Park",
            "Dangan, Galway H91 X2C4",
            "VAT IE9876543T",
        ],
        S,
        9,
        first=SB,
    )
    y = kv(
        p,
        360,
        A4H - 160,
        [("Invoice Date :", "01 Dec 2026"), ("Terms :", "Net 14"), ("Due Date :", "15 Dec 2026")],
        S,
        S,
        9,
        80,
    )
    cols = [
        Col("#", 25),
        Col("Item & Description", 270),
        Col("Qty", 50, "r"),
        Col("Rate", 80, "r"),
        Col("Amount", 90, "r"),
    ]
    rows = [
        [str(n + 1), i.desc, money(i.qty, "us", 2), money(i.unit), money(i.amount)]
        for n, i in enumerate(items)
    ]
    y = table(p, 40, y - 50, cols, rows, S, SB, 8.5, fill=(0.2, 0.22, 0.25), hcolor=(1, 1, 1))
    y = totals(
        p,
        A4W - 43,
        y - 8,
        [
            ("Sub Total", money(net), False),
            ("VAT (23%)", money(vat), False),
            ("Total", "€" + money(total), True),
            ("Balance Due", "€" + money(total), True),
        ],
        S,
        SB,
        9,
        170,
    )
    block(
        p,
        40,
        y - 20,
        [
            "Notes",
            "Thanks for your business. Pay by card at billing.brightdesk.example or by transfer:",
            "IBAN IE29 AIBK 9311 5212 3456 78 · BIC AIBKIE2D",
        ],
        S,
        8.5,
        first=SB,
    )
    p.line(40, 62, A4W - 40, 62, 0.3, (0.6, 0.6, 0.6))
    p.text(
        A4W / 2,
        50,
        "Brightdesk Software Limited · 14 Fitzwilliam Square, Dublin 2, D02 "
        "X285 · Registered in Ireland No. 612345 · VAT IE3456789KH",
        S,
        6.5,
        "c",
        (0.4, 0.4, 0.4),
    )
    t = truth(
        invoice_number="INV-000318",
        invoice_date="2026-12-01",
        due_date="2026-12-15",
        vendor_name="Brightdesk",
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="en-IE",
        layout="invoice",
        line_items=_keyitems(items),
        note="Zoho-like; seller only as logo wordmark and footer legal line; customer "
        "block is the only address block; photographed A4",
    )
    return (
        [p],
        t,
        {"kind": "photo", "ext": "jpg", "dpi": 150, "q": 80, "crumple": 0.5},
        ("IE", "SaaS invoice"),
    )


@doc
def i13():
    rows_in = [
        ("WMF Pfannenset 3-tlg. Edelstahl", 1, "89.99"),
        ("Brita Wasserfilter-Kartuschen 6er", 2, "32.49"),
        ("Zwilling Messerblock 7-tlg.", 1, "149.00"),
        ("Versandkosten", 1, "4.99"),
    ]
    items = [item(d, q, u) for d, q, u in rows_in]
    gross = sum(i.amount for i in items)
    vat = q2(gross * 19 / 119)
    net = gross - vat
    check(net, vat, gross)
    p = Page(A4W, A4H)
    S, SB = "Helvetica", "Helvetica-Bold"
    p.text(40, A4H - 55, "shopzon", SB, 22, color=(0.9, 0.5, 0.0))
    p.text(40, A4H - 68, ".de marketplace", S, 7.5, color=(0.4, 0.4, 0.4))
    p.text(A4W - 40, A4H - 55, "Rechnung", SB, 16, "r")
    p.text(A4W - 40, A4H - 70, "Zahlung erhalten", S, 8.5, "r", (0.1, 0.5, 0.1))
    block(
        p,
        40,
        A4H - 105,
        [
            "Verkauft von:",
            "Kessler Haushaltswaren e.K.",
            "Gewerbepark 5",
            "91058 Erlangen",
            "USt-IdNr. DE276543210",
        ],
        S,
        8.5,
        first=SB,
    )
    kv(
        p,
        320,
        A4H - 105,
        [
            ("Rechnungsdatum /", ""),
            ("Lieferdatum", "20.11.2026"),
            ("Rechnungsnummer", "DE-KHW-2026-5521"),
            ("Zahlbetrag", money(gross, "de") + " €"),
        ],
        S,
        SB,
        8.5,
        100,
    )
    block(
        p,
        40,
        A4H - 200,
        ["Rechnungsadresse", "Tobias Wendt", "Am Sonnenhang 8", "79100 Freiburg"],
        S,
        8.5,
        first=SB,
    )
    block(
        p,
        230,
        A4H - 200,
        ["Lieferadresse", "Tobias Wendt", "Packstation 117", "79098 Freiburg"],
        S,
        8.5,
        first=SB,
    )
    block(
        p, 420, A4H - 200, ["Bestelldatum 18.11.2026", "Bestellnr.", "302-4471029-5533018"], S, 8.5
    )
    cols = [
        Col("Beschreibung", 180),
        Col("Menge", 40, "r"),
        Col("Preis o. USt.", 70, "r"),
        Col("USt. %", 40, "r"),
        Col("Preis inkl. USt.", 85, "r"),
        Col("Summe inkl. USt.", 97, "r"),
    ]
    rows = [
        [
            i.desc,
            str(i.qty),
            money(q2(i.unit / D("1.19")), "de") + " €",
            "19 %",
            money(i.unit, "de") + " €",
            money(i.amount, "de") + " €",
        ]
        for i in items
    ]
    y = table(p, 40, A4H - 290, cols, rows, S, SB, 7.8)
    totals(
        p,
        A4W - 43,
        y - 8,
        [
            ("Gesamtpreis (ohne USt.)", money(net, "de") + " €", False),
            ("USt. 19 %", money(vat, "de") + " €", False),
            ("Gesamtpreis", money(gross, "de") + " €", True),
        ],
        S,
        SB,
        9,
        170,
    )
    block(
        p,
        40,
        90,
        [
            "Diese Rechnung wurde im Auftrag des Verkäufers über den shopzon Marketplace erstellt.",
            "shopzon EU S.à r.l., 5 Rue Plaetis, L-2338 "
            "Luxembourg - der Verkäufer ist Rechnungsaussteller.",
        ],
        S,
        6.8,
    )
    t = truth(
        invoice_number="DE-KHW-2026-5521",
        invoice_date="2026-11-20",
        due_date=None,
        vendor_name="Kessler Haushaltswaren e.K.",
        amount=net,
        vat=vat,
        total=gross,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        line_items=_keyitems(items),
        note="marketplace invoice: platform wordmark heads the page, seller is the "
        "third party 'Verkauft von'; gross unit prices; order number looks like an "
        "invoice number",
    )
    return [p], t, {"kind": "pdf"}, ("DE", "marketplace invoice")


@doc
def i14():
    items = [
        item("Usługa serwisowa drukarek - listopad", 1, "1800.00"),
        item("Toner HP 59A CF259A", 3, "380.00"),
        item("Bęben światłoczuły", 1, "250.00"),
    ]
    net = sum(i.amount for i in items)
    vat = q2(net * D("0.23"))
    total = net + vat
    check(net, vat, total)
    p = Page(A4W, A4H)
    S, SB = "Sans", "Sans-B"
    p.text(A4W / 2, A4H - 60, "Faktura VAT nr FV/12/2026", SB, 15, "c")
    heads = [
        ("Data wystawienia", "02.12.2026"),
        ("Data sprzedaży", "30.11.2026"),
        ("Termin płatności", "16.12.2026"),
        ("Sposób płatności", "przelew"),
    ]
    x = 50
    for lab, val in heads:
        p.text(x, A4H - 95, lab, S, 8, color=(0.35, 0.35, 0.35))
        p.text(x, A4H - 110, val, SB, 9.5)
        x += 125
    block(
        p,
        50,
        A4H - 150,
        [
            "Sprzedawca",
            "DRUK-SERWIS Sp. z o.o.",
            "ul. Grunwaldzka 184",
            "80-266 Gdańsk",
            "NIP: 584-276-11-02",
        ],
        S,
        9,
        first=SB,
    )
    block(
        p,
        310,
        A4H - 150,
        [
            "Nabywca",
            "Kancelaria Notarialna A. Nowak",
            "ul. Długa 45/3",
            "80-827 Gdańsk",
            "NIP: 583-112-90-44",
        ],
        S,
        9,
        first=SB,
    )
    cols = [
        Col("Lp.", 22),
        Col("Nazwa", 165),
        Col("Ilość", 35, "r"),
        Col("J.m.", 30),
        Col("Cena netto", 60, "r"),
        Col("Wart. netto", 65, "r"),
        Col("VAT", 30, "r"),
        Col("Kwota VAT", 55, "r"),
        Col("Wart. brutto", 60, "r"),
    ]
    rows = []
    for n, i in enumerate(items):
        v = q2(i.amount * D("0.23"))
        rows.append(
            [
                str(n + 1),
                i.desc,
                str(i.qty),
                "szt." if n else "usł.",
                money(i.unit, "sp"),
                money(i.amount, "sp"),
                "23%",
                money(v, "sp"),
                money(i.amount + v, "sp"),
            ]
        )
    if sum(q2(i.amount * D("0.23")) for i in items) != vat:
        raise AmountError("PL line VAT")
    y = table(p, 40, A4H - 260, cols, rows, S, SB, 7.2)
    y = totals(
        p,
        A4W - 40,
        y - 8,
        [
            ("Razem netto", money(net, "sp"), False),
            ("VAT 23%", money(vat, "sp"), False),
            ("Razem brutto", money(total, "sp"), True),
        ],
        S,
        SB,
        9,
        170,
    )
    p.text(50, y - 20, f"Do zapłaty: {money(total, 'sp')} PLN", SB, 12)
    p.text(50, y - 40, "Nr konta: PKO BP 12 1020 1811 0000 0602 0123 4567", S, 9)
    p.line(60, 110, 220, 110, 0.4)
    p.line(A4W - 220, 110, A4W - 60, 110, 0.4)
    p.text(140, 98, "Osoba upoważniona do odbioru", S, 7, "c")
    p.text(A4W - 140, 98, "Osoba upoważniona do wystawienia", S, 7, "c")
    t = truth(
        invoice_number="FV/12/2026",
        invoice_date="2026-12-02",
        due_date="2026-12-16",
        vendor_name="DRUK-SERWIS Sp. z o.o.",
        amount=net,
        vat=vat,
        total=total,
        currency="PLN",
        locale="pl-PL",
        layout="invoice",
        line_items=_keyitems(items),
        note="image-only PDF; labels in one row, values below; issue vs sale date; "
        "space thousands; seller and buyer blocks side by side",
    )
    spec = {"kind": "imgpdf", "dpi": 150, "fx": {"blur": 0.6, "noise": 5}}
    return [p], t, spec, ("PL", "service invoice")


@doc
def i15():
    items = [
        item("Terugbetaling VPS Pro - storing 3-5 nov (pro rata)", -1, "24.50"),
        item("Creditering dubbel gefactureerd domein example-shop.nl", -1, "12.95"),
        item("Goodwill-korting SLA", -1, "10.00"),
    ]
    net = sum(i.amount for i in items)
    vat = q2(net * D("0.21"))
    total = net + vat
    check(net, vat, total)
    p = Page(A4W, A4H)
    S, SB = "Helvetica", "Helvetica-Bold"
    p.rect(A4W - 200, 0, 200, A4H, fill=(0.93, 0.95, 0.98))
    p.text(50, A4H - 70, "HOSTWERK", SB, 18, color=(0.0, 0.35, 0.7))
    p.text(50, A4H - 110, "Creditnota", SB, 26)
    block(
        p,
        50,
        A4H - 150,
        [
            "Aan:",
            "Webwinkel De Vries V.O.F.",
            "t.a.v. Sanne de Vries",
            "Oudegracht 201",
            "3511 NK Utrecht",
        ],
        S,
        9.5,
        first=SB,
    )
    block(
        p,
        A4W - 185,
        A4H - 70,
        [
            "Hostwerk B.V.",
            "Stationsplein 45",
            "3013 AK Rotterdam",
            "KvK 80123456",
            "BTW NL861998877B01",
            "IBAN NL44 RABO 0123 4567 89",
        ],
        S,
        8,
        first=SB,
    )
    kv(
        p,
        A4W - 185,
        A4H - 200,
        [
            ("Creditnotanummer", ""),
            ("", "CR-2026-0031"),
            ("Datum", ""),
            ("", "15 november 2026"),
            ("Betreft factuur", ""),
            ("", "F-2026-1188"),
        ],
        S,
        SB,
        8.5,
        0,
    )
    cols = [
        Col("Omschrijving", 240),
        Col("Aantal", 40, "r"),
        Col("Prijs", 55, "r"),
        Col("Totaal", 60, "r"),
    ]
    rows = [[i.desc, str(i.qty), money(i.unit, "de"), money(i.amount, "de")] for i in items]
    y = table(p, 50, A4H - 290, cols, rows, S, SB, 8, fill=None)
    totals(
        p,
        445,
        y - 10,
        [
            ("Subtotaal", "€ " + money(net, "de"), False),
            ("BTW 21%", "€ " + money(vat, "de"), False),
            ("Totaal", "€ " + money(total, "de"), True),
        ],
        S,
        SB,
        9.5,
        150,
    )
    block(
        p,
        50,
        120,
        [
            "Het bedrag van deze creditnota wordt binnen 5 werkdagen teruggestort",
            "op de rekening waarmee u heeft betaald.",
        ],
        S,
        8.5,
    )
    t = truth(
        invoice_number="CR-2026-0031",
        invoice_date="2026-11-15",
        due_date=None,
        vendor_name="HOSTWERK",
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        document_type="credit_note",
        line_items=_keyitems(items),
        note="credit note printed with negative amounts; refers to original invoice "
        "number; labels above values in a side column; Dutch month name",
    )
    return [p], t, {"kind": "pdf"}, ("NL", "hosting credit note")


@doc
def i16():
    items = [
        item("Rasenmäher-Roboter R800 (Rücksendung)", 1, "549.00"),
        item("Begrenzungsdraht 150 m (Rücksendung)", 1, "39.90"),
        item("Versandkostenerstattung", 1, "6.90"),
    ]
    net = sum(i.amount for i in items)
    vat = q2(net * D("0.19"))
    total = net + vat
    check(net, vat, total)
    p = Page(A4W, A4H)
    S, SB = "Serif", "Serif-B"
    p.text(A4W / 2, A4H - 60, "Gartenwelt Schubert GmbH", SB, 17, "c", (0.15, 0.4, 0.15))
    p.text(A4W / 2, A4H - 76, "Gartentechnik · Pflanzen · Zubehör", "Serif-I", 9, "c")
    p.line(60, A4H - 86, A4W - 60, A4H - 86, 0.6, (0.15, 0.4, 0.15))
    block(p, 60, A4H - 130, ["Herrn", "Dieter Albrecht", "Lindenallee 9", "04109 Leipzig"], S, 10)
    kv(
        p,
        340,
        A4H - 130,
        [
            ("Gutschrift-Nr.:", "GS-2026-014"),
            ("Datum:", "19.11.2026"),
            ("Kunden-Nr.:", "K-88102"),
            ("zu Rechnung:", "RE-2026-0877"),
        ],
        S,
        SB,
        9,
        90,
    )
    p.text(60, A4H - 230, "GUTSCHRIFT", SB, 18)
    p.text(
        60,
        A4H - 252,
        "Sehr geehrter Herr Albrecht, für Ihre Rücksendung vom 12.11.2026 schreiben wir Ihnen gut:",
        S,
        9.5,
    )
    cols = [
        Col("Pos", 30),
        Col("Artikel", 255),
        Col("Menge", 45, "r"),
        Col("Preis", 70, "r"),
        Col("Betrag", 75, "r"),
    ]
    rows = [
        [str(n + 1), i.desc, str(i.qty), money(i.unit, "de"), money(i.amount, "de")]
        for n, i in enumerate(items)
    ]
    y = table(p, 60, A4H - 285, cols, rows, S, SB, 9, fill=(0.9, 0.95, 0.9))
    y = totals(
        p,
        A4W - 63,
        y - 8,
        [
            ("Nettobetrag", money(net, "de") + " EUR", False),
            ("MwSt. 19 %", money(vat, "de") + " EUR", False),
            ("Gutschriftsbetrag", money(total, "de") + " EUR", True),
        ],
        S,
        SB,
        10,
        200,
    )
    block(
        p,
        60,
        y - 20,
        [
            "Der Betrag wird Ihrem Konto IBAN DE** **** **** **** 4410 "
            "innerhalb von 7 Tagen gutgeschrieben.",
            "Mit freundlichen Grüßen",
            "Ihr Gartenwelt-Team",
        ],
        S,
        9.5,
    )
    p.text(
        A4W / 2,
        50,
        "Gartenwelt Schubert GmbH · Torgauer Str. 300 · 04347 Leipzig · "
        "HRB 31244 · USt-IdNr. DE301122334",
        S,
        7,
        "c",
    )
    t = truth(
        invoice_number="GS-2026-014",
        invoice_date="2026-11-19",
        due_date=None,
        vendor_name="Gartenwelt Schubert GmbH",
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        document_type="credit_note",
        line_items=_keyitems(items),
        note="Gutschrift printed with positive amounts; references the original invoice; "
        "photographed, slightly crumpled",
    )
    return (
        [p],
        t,
        {"kind": "photo", "ext": "jpg", "dpi": 150, "q": 76, "crumple": 0.8},
        ("DE", "retail credit note"),
    )


# ---------------------------------------------------------------- runner

KIND_LABEL = {"pdf": "pdf", "scan": "scan", "imgpdf": "scan", "photo": "photo"}


def build(name: str, out: Path) -> dict:
    pages, t, spec, (country, typ) = DOCS[name]()
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    pdf = render_pdf(pages)
    kind = spec["kind"]
    if kind != "pdf" and len(pages) != 1:
        raise LayoutError(f"{name}: only one-page documents are scanned")
    if kind == "pdf":
        data, ext = pdf, "pdf"
    elif kind == "photo":
        img = rasterize(pdf, spec["dpi"], grey=False)
        long_side = int(rng.integers(1300, 2300))
        img = photo_fx(img, rng, long_side=long_side, crumple=spec.get("crumple", 1.0))
        data, ext = encode(img, "jpg", spec.get("q", 75)), "jpg"
    else:
        img = rasterize(pdf, spec["dpi"], grey=spec.get("grey", True))
        img = scan_fx(img, rng, **spec.get("fx", {}))
        if kind == "imgpdf":
            data, ext = image_pdf(img, spec["dpi"]), "pdf"
        else:
            data, ext = encode(img, spec["ext"], spec.get("q", 80)), spec["ext"]
    t["kind"] = KIND_LABEL[kind]
    (out / f"{name}.{ext}").write_bytes(data)
    (out / f"{name}.json").write_text(json.dumps(t, indent=2, ensure_ascii=False) + "\n")
    return {
        "name": name,
        "file": f"{name}.{ext}",
        "spec": spec,
        "country": country,
        "type": typ,
        "truth": t,
        "pages": len(pages),
    }


README_HEAD = """# Blind set 2026-12d

32 documents (16 receipts, 14 invoices, 2 credit notes) written blind, without looking at the
reader's code, tests or earlier sets. Regenerate with
`python -m bench.blindsets.blind_2026_12d [OUTDIR] [--only NAME]`; every document is seeded by
the CRC-32 of its name, so re-runs are byte-identical.

## How it is drawn

- reportlab with `invariant=1`; DejaVu Sans / Sans Mono / Serif / Condensed and reportlab's
  standard Helvetica / Times / Courier (different text encodings). Receipts are 58/72/76/80 mm
  rolls as long as their content; invoices are A4 or Letter.
- Every amount is computed once with `Decimal`, printed and keyed from the same value; each
  document checks amount + vat (+ documented gap: rounding, tip) = total and raises otherwise.
  Every text run is checked to stay on the page and not to overlap another (`LayoutError`).
- Scans: rendered with pypdfium2 at 150-300 dpi (grey), skew within ±2°, blur, noise, specks,
  thermal fading, some downscaled to ~600-640 px wide. Image-only PDFs embed such a scan as the
  only page content (no text layer). Photos: colour render, crumple displacement and folds,
  perspective onto a synthetic table texture, drop shadow, uneven light, JPEG quality 64-82,
  long side 1,300-2,300 px.

## Truth conventions

Keys: invoice_number, invoice_date, due_date, vendor_name, amount, vat, total, currency, locale,
layout, document_type, line_items, note, kind.

- `invoice_number`: the document's own number as printed with prefixes; for receipts the
  receipt / bill / transaction number printed as the document's number.
- `total`: including tax as the document states it; rounding lines and tips included; withheld
  tax deducted where the payable total is printed after it; deposits/earlier payments do not
  lower it. `vat`: sum of all tax amounts, null where no tax is printed (then amount = total).
  `amount` = total - vat where only contained tax is printed.
- `vendor_name`: the seller as it heads the page (shop sign / wordmark if that heads it, else
  the legal name); on marketplace invoices the third-party seller; never the customer.
- Amounts with two decimals (JPY keyed with `.00`); credit notes keyed with the sign printed.
- `due_date` only where a due date is printed (payment terms alone give null).
- `kind`: pdf (born-digital, text layer), scan (png/jpg, and image-only PDFs), photo.
"""


def readme(rows: list[dict]) -> str:
    mix: dict = {}
    for r in rows:
        label = r["spec"]["kind"] if r["spec"]["kind"] != "imgpdf" else "image-only pdf"
        key = (r["truth"]["document_type"], label)
        mix[key] = mix.get(key, 0) + 1
    kinds = ["pdf", "image-only pdf", "scan", "photo"]
    lines = [
        README_HEAD,
        "## Mix\n",
        "| type | " + " | ".join(kinds) + " | all |",
        "|---|" + "---|" * (len(kinds) + 1),
    ]
    for dt in ("receipt", "invoice", "credit_note"):
        n = [mix.get((dt, k), 0) for k in kinds]
        lines.append(f"| {dt} | " + " | ".join(map(str, n)) + f" | {sum(n)} |")
    n = [sum(v for (_, k), v in mix.items() if k == kk) for kk in kinds]
    lines.append("| all | " + " | ".join(map(str, n)) + f" | {sum(n)} |")
    countries = sorted({r["country"] for r in rows})
    lines += [
        "",
        f"Countries ({len(countries)}): {', '.join(countries)}.",
        "",
        "## Documents\n",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        t = r["truth"]
        ext = r["file"].rsplit(".", 1)[1]
        kind = ext if ext == t["kind"] else f"{ext} {t['kind']}"
        if r["spec"]["kind"] == "imgpdf":
            kind = "pdf image-only"
        if r["pages"] > 1:
            kind += f" ({r['pages']} pages)"
        lines.append(
            f"| {r['name']} | {kind} | {r['country']} | {r['type']} | "
            f"{t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} "
            f"| {t['note']} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    only = None
    if "--only" in argv:
        only = argv[argv.index("--only") + 1]
        args.remove(only)
    out = Path(args[0]) if args else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    names = [only] if only else sorted(DOCS)
    rows = [build(n, out) for n in names]
    for r in rows:
        print(r["file"], r["truth"]["total"], r["truth"]["currency"])
    if not only:
        if len(rows) != 32:
            raise SystemExit(f"expected 32 documents, have {len(rows)}")
        (out / "README.md").write_text(readme(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
