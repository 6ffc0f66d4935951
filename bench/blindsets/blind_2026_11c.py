"""Blind set 2026-11c: till receipts and invoices from 23 countries, written blind.

``python -m bench.blindsets.blind_2026_11c [OUTDIR]`` draws the set (default:
``bench/blindsets/blind-2026-11c``). Written without reading the reader, its tests or the
synthetic generator: the documents follow real-world habits of the countries and of the tools
that print them (POS thermal printers, e-receipt PDFs, accounting tools, ERP printouts, word
processors), not the project's own rules.

Every document is one function, seeded by its name. It lays the page out in millimetres from
the top left; the page is written as a reportlab PDF (``invariant=1``, DejaVu fonts embedded or
the standard 14 where the document uses them). An image rendition (``scan`` / ``photo``) is that
PDF rendered by pdfium and degraded with a numpy generator seeded by the name, so the output is
a pure function of this file and the library versions.

Truth conventions (what a careful person keys in from the page), as in blind-2026-11b:

* ``vendor_name`` is the seller's main name line as printed (a trading name where the page
  leads with one; on a marketplace invoice the seller, not the platform); ``invoice_number``
  is the invoice, folio, ticket or receipt number as printed.
* ``total`` is the amount payable: after a deposit or advance the page deducts, after a
  rounding line, after a withholding line, and including a tip or service charge that the page
  adds into its final total.
* ``amount`` is the net (before VAT / sales tax / GST, after discounts and charges), ``vat`` the
  sum of all tax lines as printed (several rates, GST + PST, VAT + consumption tax); where a
  receipt prints only "incl. VAT x", ``vat`` is x and ``amount`` the total minus x. Where the
  page shows no tax at all, both are null; where it shows no currency, ``currency`` is null.
* Credit notes print positive amounts and are keyed as printed (``document_type``
  ``credit_note``).
* Line items are keyed as printed: description, quantity and unit price where the page has
  them (decimal point, no thousands separator), the line's amount; a discount or fee printed
  in the totals block is not an item.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128, qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

DEFAULT_OUT = Path(__file__).resolve().parent / "blind-2026-11c"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONTS = {
    "Sans": "DejaVuSans.ttf",
    "Sans-B": "DejaVuSans-Bold.ttf",
    "Sans-I": "DejaVuSans-Oblique.ttf",
    "Sans-L": "DejaVuSans-ExtraLight.ttf",
    "Serif": "DejaVuSerif.ttf",
    "Serif-B": "DejaVuSerif-Bold.ttf",
    "Serif-I": "DejaVuSerif-Italic.ttf",
    "Mono": "DejaVuSansMono.ttf",
    "Mono-B": "DejaVuSansMono-Bold.ttf",
    "Cond": "DejaVuSansCondensed.ttf",
    "Cond-B": "DejaVuSansCondensed-Bold.ttf",
    "SerifC": "DejaVuSerifCondensed.ttf",
    "SerifC-B": "DejaVuSerifCondensed-Bold.ttf",
}
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, file in _FONTS.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    _registered = True


# --------------------------------------------------------------------------- numbers and dates

D = Decimal
CENT = D("0.01")


def q2(x: Decimal | int | str) -> Decimal:
    return D(x).quantize(CENT, ROUND_HALF_UP)


def q0(x: Decimal | int | str) -> Decimal:
    return D(x).quantize(D(1), ROUND_HALF_UP)


def s2(x: Decimal | int | str | None) -> str | None:
    """Truth string of an amount: two decimals, decimal point."""
    return None if x is None else f"{q2(x):.2f}"


def nf(x: Decimal | int | str, style: str = "en", dec: int = 2) -> str:
    """``x`` printed the way a country writes it.

    en 1,234.56 · de 1.234,56 · fr 1 234,56 · ch 1'234.56 · sp 1 234.56 · plain 1234.56 ·
    plainc 1234,56.
    """
    seps = {
        "en": (",", "."),
        "de": (".", ","),
        "fr": (" ", ","),
        "ch": ("'", "."),
        "sp": (" ", "."),
        "plain": ("", "."),
        "plainc": ("", ","),
    }[style]
    value = D(x).quantize(D(1).scaleb(-dec), ROUND_HALF_UP)
    neg = value < 0
    whole, _, frac = f"{abs(value):.{dec}f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = seps[0].join(groups) + (seps[1] + frac if dec else "")
    return "-" + out if neg else out


def vat_in(gross: Decimal, rate: Decimal | int | str) -> Decimal:
    """The VAT contained in a gross amount at ``rate`` percent, to the cent."""
    r = D(rate)
    return q2(D(gross) * r / (100 + r))


def item(
    description: str,
    amount: Decimal | int | str,
    quantity: str | None = None,
    unit_price: Decimal | int | str | None = None,
    unit_dec: int = 2,
) -> dict[str, str]:
    """One truth line item (strings as printed, normalised to a decimal point)."""
    out = {"description": description}
    if quantity is not None:
        out["quantity"] = quantity
    if unit_price is not None:
        out["unit_price"] = f"{D(unit_price):.{unit_dec}f}"
    out["amount"] = s2(amount)  # type: ignore[assignment]
    return out


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "hu": "január február március április május június július augusztus szeptember október "
    "november december",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
    "noiembrie decembrie",
}


def month(d: date, lang: str) -> str:
    return MONTHS[lang].split()[d.month - 1]


# --------------------------------------------------------------------------- page model


@dataclass
class Page:
    """A page laid out in millimetres from the top left; drawn when the height is known.

    ``height`` None makes a till roll: the page ends ``bottom`` mm below the lowest thing drawn.
    """

    width: float
    height: float | None = None
    bottom: float = 8.0
    ops: list[Callable[[Any, float], None]] = field(default_factory=list)
    lowest: float = 0.0
    boxes: list[tuple[float, float, float, float, str]] = field(default_factory=list)

    def overlaps(self) -> list[tuple[str, str]]:
        """Pairs of printed strings whose boxes collide (a layout bug in this file)."""
        out = []
        boxes = sorted(self.boxes, key=lambda b: b[2])
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                if b[2] >= a[3] - 0.05:
                    break
                if a[4].strip() and b[4].strip() and min(a[1], b[1]) - max(a[0], b[0]) > 0.2:
                    out.append((a[4], b[4]))
        return out

    def _reach(self, y: float) -> None:
        self.lowest = max(self.lowest, y)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 9,
        font: str = "Sans",
        align: str = "l",
        color: str | None = None,
        hscale: float = 100,
    ) -> None:
        """``s`` with its baseline at ``y``; ``align`` l / r / c about ``x``."""
        self._reach(y + size * 0.3 / mm)
        w_mm = pdfmetrics.stringWidth(s, font, size) * hscale / 100 / mm
        left = x - {"l": 0, "r": w_mm, "c": w_mm / 2}[align]
        self.boxes.append((left, left + w_mm, y - size * 0.72 / mm, y + size * 0.2 / mm, s))

        def op(c: Any, h: float) -> None:
            width = pdfmetrics.stringWidth(s, font, size) * hscale / 100
            x0 = x * mm - {"l": 0, "r": width, "c": width / 2}[align]
            t = c.beginText()
            t.setTextOrigin(x0, h - y * mm)
            t.setFont(font, size)
            t.setHorizScale(hscale)
            c.setFillColor(HexColor(color) if color else Color(0, 0, 0))
            t.textOut(s)
            c.drawText(t)

        self.ops.append(op)

    def lines(
        self, x: float, y: float, rows: list[str], size: float = 9, lead: float = 1.3, **kw: Any
    ) -> float:
        """Several lines from baseline ``y``; returns the baseline after the last one."""
        step = size * lead * 0.3528
        for i, s in enumerate(rows):
            self.text(x, y + i * step, s, size=size, **kw)
        return y + len(rows) * step

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        w: float = 0.5,
        color: str = "#000000",
        dash: tuple[float, float] | None = None,
    ) -> None:
        self._reach(max(y1, y2))

        def op(c: Any, h: float) -> None:
            c.setStrokeColor(HexColor(color))
            c.setLineWidth(w)
            c.setDash(*dash) if dash else c.setDash()
            c.line(x1 * mm, h - y1 * mm, x2 * mm, h - y2 * mm)

        self.ops.append(op)

    def hline(self, x1: float, x2: float, y: float, **kw: Any) -> None:
        self.line(x1, y, x2, y, **kw)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h_: float,
        fill: str | None = None,
        stroke: str | None = "#000000",
        lw: float = 0.5,
        radius: float = 0,
    ) -> None:
        """A rectangle with its top left corner at (x, y)."""
        self._reach(y + h_)

        def op(c: Any, h: float) -> None:
            if fill:
                c.setFillColor(HexColor(fill))
            if stroke:
                c.setStrokeColor(HexColor(stroke))
                c.setLineWidth(lw)
            c.setDash()
            args = (x * mm, h - (y + h_) * mm, w * mm, h_ * mm)
            if radius:
                c.roundRect(*args, radius * mm, stroke=bool(stroke), fill=bool(fill))
            else:
                c.rect(*args, stroke=bool(stroke), fill=bool(fill))

        self.ops.append(op)

    def circle(self, x: float, y: float, r: float, fill: str, stroke: str | None = None) -> None:
        self._reach(y + r)

        def op(c: Any, h: float) -> None:
            c.setFillColor(HexColor(fill))
            if stroke:
                c.setStrokeColor(HexColor(stroke))
            c.circle(x * mm, h - y * mm, r * mm, stroke=bool(stroke), fill=1)

        self.ops.append(op)

    def qr(self, x: float, y: float, size: float, data: str) -> None:
        """A QR code with its top left corner at (x, y), ``size`` mm square."""
        self._reach(y + size)

        def op(c: Any, h: float) -> None:
            widget = qr.QrCodeWidget(data, barLevel="M")
            x0, y0, x1, y1 = widget.getBounds()
            d = Drawing(size * mm, size * mm)
            d.scale(size * mm / (x1 - x0), size * mm / (y1 - y0))
            d.add(widget)
            renderPDF.draw(d, c, x * mm, h - (y + size) * mm)

        self.ops.append(op)

    def barcode(self, x: float, y: float, data: str, height: float = 10, bar: float = 0.3) -> None:
        """A Code 128 barcode, top left at (x, y); ``x`` is its centre when negative is not."""
        self._reach(y + height)

        def op(c: Any, h: float) -> None:
            b = code128.Code128(data, barHeight=height * mm, barWidth=bar * mm, quiet=False)
            b.drawOn(c, x * mm - b.width / 2, h - (y + height) * mm)

        self.ops.append(op)

    def page_height(self) -> float:
        return self.height if self.height is not None else self.lowest + self.bottom

    def pdf(self) -> bytes:
        register_fonts()
        buf = io.BytesIO()
        h = self.page_height() * mm
        c = rl_canvas.Canvas(buf, pagesize=(self.width * mm, h), invariant=1, pageCompression=1)
        c.setCreator("blind_2026_11c")
        for op in self.ops:
            op(c, h)
        c.showPage()
        c.save()
        return buf.getvalue()


class Roll(Page):
    """A till roll printed line by line from a cursor ``y`` (baseline of the next line)."""

    def __init__(
        self,
        width: float = 80,
        font: str = "Mono",
        size: float = 8.2,
        margin: float = 4,
        lead: float = 1.3,
        top: float = 8,
    ) -> None:
        super().__init__(width=width, height=None)
        self.font, self.size, self.margin, self.lead = font, size, margin, lead
        self.y = top

    @property
    def x0(self) -> float:
        return self.margin

    @property
    def x1(self) -> float:
        return self.width - self.margin

    def step(self, size: float | None = None) -> float:
        return (size or self.size) * self.lead * 0.3528

    def _kw(self, font: str | None, size: float | None) -> dict[str, Any]:
        return {"font": font or self.font, "size": size or self.size}

    def center(self, s: str, font: str | None = None, size: float | None = None, **kw: Any) -> None:
        self.y += self.step(size) - self.step()
        self.text(self.width / 2, self.y, s, align="c", **self._kw(font, size), **kw)
        self.y += self.step()

    def left(self, s: str, font: str | None = None, size: float | None = None, **kw: Any) -> None:
        self.y += self.step(size) - self.step()
        self.text(self.x0, self.y, s, **self._kw(font, size), **kw)
        self.y += self.step()

    def lr(
        self,
        left: str,
        right: str,
        font: str | None = None,
        size: float | None = None,
        **kw: Any,
    ) -> None:
        self.y += self.step(size) - self.step()
        self.text(self.x0, self.y, left, **self._kw(font, size), **kw)
        self.text(self.x1, self.y, right, align="r", **self._kw(font, size), **kw)
        self.y += self.step()

    def cols(
        self,
        cells: list[tuple[str, float, str]],
        font: str | None = None,
        size: float | None = None,
    ) -> None:
        """Cells (text, x in mm from the left paper edge, align l/r/c) on one line."""
        for s, x, align in cells:
            self.text(x, self.y, s, align=align, **self._kw(font, size))
        self.y += self.step(size)

    def rule(self, ch: str | None = "-", dash: tuple[float, float] | None = None) -> None:
        """A separator: a row of characters, or a drawn line when ``ch`` is None."""
        if ch is None:
            mid = self.y - self.step() * 0.35
            self.hline(self.x0, self.x1, mid, w=0.6, dash=dash)
        else:
            n = int((self.x1 - self.x0) * mm / pdfmetrics.stringWidth(ch, self.font, self.size))
            self.text(self.x0, self.y, ch * n, font=self.font, size=self.size)
        self.y += self.step()

    def gap(self, lines: float = 0.5) -> None:
        self.y += self.step() * lines


# --------------------------------------------------------------------------- renditions


def rng_for(name: str) -> np.random.Generator:
    seed = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big")
    return np.random.default_rng(seed)


def render(pdf: bytes, dpi: float) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0]
        img = page.render(scale=dpi / 72, draw_annots=False).to_pil().convert("RGB")
        page.close()
    finally:
        doc.close()
    return img


@dataclass(frozen=True)
class Scan:
    """A flatbed scan: page (or a till roll lying on the glass), slight skew, grain, blur."""

    dpi: float = 200
    angle: float = 0.6  # degrees, sign drawn
    noise: float = 1.0
    blur: float = 0.6
    fade: float = 0.0  # thermal fading: 0 crisp .. 0.5 faded
    bed: int = 0  # mm of scanner bed around a till roll (grey border); 0 for a sheet
    speckle: int = 40
    binary: bool = False  # a black-and-white scan (office MFP "text" mode)
    step: int = 4  # grey levels come out in steps of this (the scanner's own quantisation)


@dataclass(frozen=True)
class Photo:
    """A phone photo of the paper on a table: perspective, uneven light, a shadow."""

    dpi: float = 170
    tilt: float = 0.045  # perspective strength (fraction of the side)
    angle: float = 2.5
    light: float = 0.35  # strength of the lighting gradient
    shadow: float = 0.35  # darkness of a soft shadow across a corner
    table: tuple[int, int, int] = (118, 96, 74)
    noise: float = 0.0
    blur: float = 0.8
    long_side: int = 1400
    warm: float = 0.06  # colour cast toward warm light


def _gray_paper(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("L"), dtype=np.float32)


def degrade_scan(pdf: bytes, s: Scan, rng: np.random.Generator) -> Image.Image:
    a = _gray_paper(render(pdf, s.dpi))
    if s.fade:
        # thermal print fades unevenly: ink lifts toward grey in broad patches
        h, w = a.shape
        patch = cv2.resize(
            rng.random((6, 3)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
        )
        lift = s.fade * (0.55 + 0.45 * patch)
        a = 255 - (255 - a) * (1 - np.clip(lift, 0, 0.8))
    paper = 246 - rng.uniform(0, 10)
    a = a * (paper / 255.0)
    if s.bed:
        pad = int(s.bed / 25.4 * s.dpi)
        bed = np.full(
            (a.shape[0] + 2 * pad, a.shape[1] + 2 * pad), 200 + rng.uniform(-15, 15), np.float32
        )
        bed[pad : pad + a.shape[0], pad : pad + a.shape[1]] = a
        a = bed
    angle = float(rng.choice([-1, 1]) * s.angle * rng.uniform(0.6, 1.0))
    h, w = a.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    border = float(a[0, 0]) if s.bed else paper
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    if s.blur:
        a = cv2.GaussianBlur(a, (0, 0), s.blur)
    a = a + rng.normal(0, s.noise, a.shape).astype(np.float32)
    for _ in range(s.speckle):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        cv2.circle(a, (x, y), int(rng.integers(1, 3)), float(rng.uniform(90, 190)), -1)
    a = np.clip(np.round(a / s.step) * s.step, 0, 255)
    if s.binary:
        a = np.where(a > 150, 255, 0)
    return Image.fromarray(a.astype(np.uint8), "L")


def degrade_photo(pdf: bytes, p: Photo, rng: np.random.Generator) -> Image.Image:
    paper = np.asarray(render(pdf, p.dpi), dtype=np.float32)
    ph, pw = paper.shape[:2]
    scale = p.long_side / max(ph, pw) * 0.84
    pw2, ph2 = int(pw * scale), int(ph * scale)
    paper = cv2.resize(paper, (pw2, ph2), interpolation=cv2.INTER_AREA)
    out_h = p.long_side if ph2 >= pw2 else int(p.long_side * 0.75)
    out_w = int(p.long_side * 0.75) if ph2 >= pw2 else p.long_side
    cx, cy = (
        out_w / 2 + rng.uniform(-0.03, 0.03) * out_w,
        out_h / 2 + rng.uniform(-0.02, 0.02) * out_h,
    )
    src = np.float32([[0, 0], [pw2, 0], [pw2, ph2], [0, ph2]])
    t = p.tilt
    # corner jitter relative to the short side, so a long till roll does not turn into a slope
    jitter = rng.uniform(-t, t, (4, 2)) * np.float32(min(pw2, ph2))
    theta = np.deg2rad(p.angle * rng.uniform(-1, 1))
    rot = np.float32([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    centred = src - np.float32([pw2 / 2, ph2 / 2]) + jitter
    dst = (centred @ rot.T + np.float32([cx, cy])).astype(np.float32)
    mat = cv2.getPerspectiveTransform(src, dst)
    table = np.empty((out_h, out_w, 3), np.float32)
    table[:] = np.float32(p.table)
    grain = cv2.GaussianBlur(rng.normal(0, 14, (out_h, out_w)).astype(np.float32), (0, 0), 3)
    table += grain[..., None]
    warped = cv2.warpPerspective(paper, mat, (out_w, out_h), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph2, pw2), np.float32), mat, (out_w, out_h))
    img = table * (1 - mask[..., None]) + warped * mask[..., None]
    # lighting: a broad gradient from a random side plus a soft vignette
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    grad = (np.cos(ang) * (xx / out_w - 0.5) + np.sin(ang) * (yy / out_h - 0.5)) * 2
    light = 1 - p.light * (0.5 + 0.5 * grad) * 0.6
    vign = 1 - 0.18 * (((xx - out_w / 2) / out_w) ** 2 + ((yy - out_h / 2) / out_h) ** 2) * 2
    img = img * (light * vign)[..., None]
    if p.shadow:
        # the phone's shadow: a soft blob over one corner of the paper
        sx, sy = rng.choice([0.15, 0.85]) * out_w, rng.choice([0.2, 0.8]) * out_h
        r = 0.35 * min(out_w, out_h)
        blob = np.exp(-(((xx - sx) ** 2 + (yy - sy) ** 2) / (2 * r**2)))
        img = img * (1 - p.shadow * blob)[..., None]
    img = img * np.float32([1 + p.warm, 1 + p.warm / 3, 1 - p.warm])
    if p.blur:
        img = cv2.GaussianBlur(img, (0, 0), p.blur)
    img = img + rng.normal(0, p.noise, (out_h, out_w, 1)).astype(np.float32)
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")


# --------------------------------------------------------------------------- registry


@dataclass(frozen=True)
class Spec:
    name: str
    draw: Callable[[random.Random], tuple[Page, dict[str, Any]]]
    kind: str  # pdf / scan / photo
    look: Scan | Photo | None = None


REGISTRY: list[Spec] = []


def doc(name: str, kind: str, look: Scan | Photo | None = None) -> Callable[..., Any]:
    def wrap(fn: Callable[[random.Random], tuple[Page, dict[str, Any]]]) -> Callable[..., Any]:
        if kind == "scan" and look is None:
            REGISTRY.append(Spec(name, fn, kind, Scan()))
        elif kind == "photo" and look is None:
            REGISTRY.append(Spec(name, fn, kind, Photo()))
        else:
            REGISTRY.append(Spec(name, fn, kind, look))
        return fn

    return wrap


def truth(
    *,
    number: str,
    issued: date,
    due: date | None,
    vendor: str,
    amount: Decimal | None,
    vat: Decimal | None,
    total: Decimal,
    currency: str | None,
    locale: str,
    doc_type: str,
    items: list[dict[str, str]],
    note: str,
) -> dict[str, Any]:
    return {
        "invoice_number": number,
        "invoice_date": issued.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": s2(amount),
        "vat": s2(vat),
        "total": s2(total),
        "currency": currency,
        "locale": locale,
        "layout": "receipt" if doc_type == "receipt" else "invoice",
        "document_type": doc_type,
        "line_items": items,
        "note": note,
    }


def check(cond: bool, what: str) -> None:
    """A document's own arithmetic; a failure is a bug in this file."""
    if not cond:
        raise AssertionError(what)


# =========================================================================== invoice helpers

A4 = (210.0, 297.0)
LETTER = (215.9, 279.4)
A5 = (148.0, 210.0)


def _table_head(
    p: Page,
    y: float,
    hh: float,
    anchors: list[tuple[float, str]],
    header: list[str],
    hs: float,
    hfont: str,
    hcolor: str | None,
) -> None:
    """Header cells centred in a band ``hh`` high; a cell may hold several lines."""
    for (x, align), cell in zip(anchors, header, strict=True):
        parts = cell.split("\n")
        base = y + (hh - len(parts) * hs * 0.42) / 2 + hs * 0.33
        for k, part in enumerate(parts):
            p.text(x, base + k * hs * 0.42, part, size=hs, font=hfont, align=align, color=hcolor)


def table(
    p: Page,
    x0: float,
    x1: float,
    y: float,
    anchors: list[tuple[float, str]],
    header: list[str],
    rows: list[list[str]],
    *,
    size: float = 8.5,
    font: str = "Sans",
    hfont: str = "Sans-B",
    rh: float = 6.0,
    hh: float | None = None,
    fill: str | None = None,
    hcolor: str | None = None,
    lines: str = "rows",
    edges: list[float] | None = None,
    hsize: float | None = None,
    stripe: str | None = None,
) -> float:
    """A table from ``y`` (top of the header); returns the y below the last row.

    ``anchors`` gives each column's (x, align); a header cell may hold several lines ("\\n").
    ``lines``: rows (a rule under each row), grid (``edges`` are the vertical lines too), head
    (a rule under the header only), none.
    """
    hs = hsize or size
    n_head = max(h.count("\n") + 1 for h in header)
    hh = hh or (rh if n_head == 1 else 2 + n_head * hs * 0.42)
    if fill:
        p.rect(x0, y, x1 - x0, hh, fill=fill, stroke=None)
    _table_head(p, y, hh, anchors, header, hs, hfont, hcolor)
    top = y
    y += hh
    if lines in ("rows", "grid", "head"):
        p.hline(x0, x1, y, w=0.6)
    for i, row in enumerate(rows):
        if stripe and i % 2 == 1:
            p.rect(x0, y, x1 - x0, rh, fill=stripe, stroke=None)
        for (x, align), cell in zip(anchors, row, strict=True):
            p.text(x, y + rh * 0.66, cell, size=size, font=font, align=align)
        y += rh
        if lines in ("rows", "grid"):
            p.hline(x0, x1, y, w=0.3, color="#777777" if lines == "rows" else "#000000")
    if lines == "grid":
        p.hline(x0, x1, top, w=0.6)
        for ex in edges or []:
            p.line(ex, top, ex, y, w=0.4)
    return y


def pairs(
    p: Page,
    x: float,
    y: float,
    rows: list[tuple[str, str]],
    *,
    size: float = 8.5,
    gap: float = 30,
    lfont: str = "Sans",
    vfont: str = "Sans-B",
    lead: float = 4.6,
    vx_align: str = "l",
    color: str | None = None,
    vcolor: str | None = None,
) -> float:
    """Label / value pairs side by side, one per line; the value at ``x + gap``."""
    for label, value in rows:
        p.text(x, y, label, size=size, font=lfont, color=color)
        p.text(x + gap, y, value, size=size, font=vfont, align=vx_align, color=vcolor)
        y += lead
    return y


def stacked(
    p: Page,
    x: float,
    y: float,
    label: str,
    value: str,
    *,
    size: float = 9,
    lsize: float = 6.5,
    lfont: str = "Sans",
    vfont: str = "Sans-B",
    color: str = "#555555",
    align: str = "l",
) -> None:
    """A label above its value (the label's baseline at ``y``)."""
    p.text(x, y, label, size=lsize, font=lfont, color=color, align=align)
    p.text(x, y + lsize * 0.36 + size * 0.38, value, size=size, font=vfont, align=align)


def boxes(
    p: Page,
    x: float,
    y: float,
    widths: list[float],
    cells: list[tuple[str, str]],
    *,
    h: float = 11,
    size: float = 9,
    lsize: float = 6.5,
    fill: str | None = None,
    lfont: str = "Sans",
    vfont: str = "Sans-B",
) -> float:
    """A row of framed boxes, each a small label above its value; returns the y below."""
    for w, (label, value) in zip(widths, cells, strict=True):
        p.rect(x, y, w, h, fill=fill, lw=0.5)
        stacked(
            p,
            x + 1.8,
            y + 3.6,
            label,
            value,
            size=size,
            lsize=lsize,
            lfont=lfont,
            vfont=vfont,
            color="#333333",
        )
        x += w
    return y + h


def totals(
    p: Page,
    xl: float,
    xr: float,
    y: float,
    rows: list[tuple[str, str, bool]],
    *,
    size: float = 9,
    font: str = "Sans",
    bfont: str = "Sans-B",
    lead: float = 5.2,
    rule_before_bold: bool = True,
    x_right_label: bool = False,
) -> float:
    """A totals block: label at ``xl`` (or right-aligned before the value), value at ``xr``."""
    for label, value, bold in rows:
        f = bfont if bold else font
        s = size + (1.5 if bold else 0)
        if bold and rule_before_bold:
            y += 1.6
            p.hline(xl, xr, y - s * 0.254 - 1.6, w=0.6)
        p.text(xl, y, label, size=s, font=f)
        p.text(xr, y, value, size=s, font=f, align="r")
        y += lead + (1 if bold else 0)
    return y


def filler(rnd: random.Random, n: int, alphabet: str = "") -> str:
    """A base64-looking string (digital seals, hashes) drawn from ``rnd``."""
    chars = alphabet or "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rnd.choice(chars) for _ in range(n))


def uuid_like(rnd: random.Random) -> str:
    h = filler(rnd, 32, "0123456789ABCDEF")
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# =========================================================================== till receipts


@doc("r01_br_restaurante_photo", "photo", Photo(table=(92, 70, 52), shadow=0.3))
def r01_br_restaurante(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """São Paulo restaurant: pre-bill ("conferência"), optional 10 % service, no tax printed."""
    r = Roll(80, font="Mono", size=8.0)
    r.center("CANTINA BELLA NONNA", font="Mono-B", size=11)
    r.center("Bella Nonna Restaurante Ltda.")
    r.center("Rua Augusta, 1480 - Consolação")
    r.center("São Paulo - SP  CEP 01304-001")
    r.center("CNPJ 12.345.678/0001-90")
    r.rule("=")
    r.center("CONFERÊNCIA DE CONTA", font="Mono-B")
    r.center("*** NÃO É DOCUMENTO FISCAL ***")
    r.rule("=")
    r.lr("Conta nº 58213", "Mesa 12")
    r.lr("Data: 14/11/2026", "Hora: 21:47")
    r.lr("Garçom: Edson", "Pessoas: 3")
    r.rule("-")
    r.cols(
        [("Qtd", r.x0, "l"), ("Descrição", r.x0 + 7, "l"), ("Unit.", 56, "r"), ("Total", r.x1, "r")]
    )
    r.rule("-")
    rows = [
        ("2", "Caipirinha limão", "24.90"),
        ("1", "Pão de alho", "18.50"),
        ("1", "Picanha na chapa", "139.90"),
        ("1", "Arroz biro-biro", "32.00"),
        ("2", "Guaraná lata 350ml", "7.50"),
        ("1", "Pudim de leite", "19.90"),
    ]
    items, sub = [], D(0)
    for q, desc, unit in rows:
        amt = D(q) * D(unit)
        sub += amt
        items.append(item(desc, amt, q, unit))
        r.cols(
            [
                (q, r.x0 + 1, "l"),
                (desc, r.x0 + 7, "l"),
                (nf(unit, "de"), 56, "r"),
                (nf(amt, "de"), r.x1, "r"),
            ]
        )
    service = q2(sub * D("0.10"))
    total = sub + service
    check(sub == D("275.10") and service == D("27.51"), "r01 sums")
    r.rule("-")
    r.lr("Subtotal", "R$ " + nf(sub, "de"))
    r.lr("Serviço 10% (opcional)", "R$ " + nf(service, "de"))
    r.rule("-")
    r.lr("TOTAL", "R$ " + nf(total, "de"), font="Mono-B", size=10.5)
    r.rule("-")
    r.lr("Valor por pessoa (3)", "R$ " + nf(q2(total / 3), "de"))
    r.gap()
    r.center("Pague com Pix pelo QR Code")
    r.qr(27, r.y, 26, "00020126580014BR.GOV.BCB.PIX0136bellanonna58213520400005303986540630261")
    r.y += 30
    r.center("Obrigado pela preferência!")
    r.center("Volte sempre :)")
    return r, truth(
        number="58213",
        issued=date(2026, 11, 14),
        due=None,
        vendor="CANTINA BELLA NONNA",
        amount=None,
        vat=None,
        total=total,
        currency="BRL",
        locale="pt-BR",
        doc_type="receipt",
        items=items,
        note="pre-bill: no tax printed, net and vat null; total includes the optional 10 % "
        "service; the per-person line is not the total",
    )


@doc("r02_mx_supermercado_scan", "scan", Scan(bed=12, fade=0.2, angle=1.2))
def r02_mx_supermercado(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Mexican grocery ticket: exempt and 16 % items, "IVA incluido", amount in words."""
    r = Roll(80, font="Mono", size=8.0)
    r.center("SUPER EL AHORRO", font="Mono-B", size=12)
    r.center("COMERCIALIZADORA EL AHORRO SA DE CV")
    r.center("RFC: CEA-980512-KT3")
    r.center("AV. HIDALGO 233 COL. CENTRO")
    r.center("GUADALAJARA, JAL. C.P. 44100")
    r.center("TEL. 33 3614 2290")
    r.rule("-")
    r.lr("TIENDA 012  CAJA 04", "TICKET: 118734")
    r.lr("FECHA: 09/NOV/2026", "HORA: 13:22")
    r.left("LE ATENDIO: MARIA G.")
    r.rule("-")
    rows = [
        ("LECHE ENTERA 1L", "2", "28.50", "E"),
        ("TORTILLA DE MAIZ 1KG", "1", "24.00", "E"),
        ("HUEVO BLANCO 18 PZ", "1", "69.90", "E"),
        ("FRIJOL NEGRO 1KG", "1", "38.90", "E"),
        ("REFRESCO COLA 2.5L", "1", "46.00", "A"),
        ("PAPAS FRITAS 45G", "2", "19.50", "A"),
        ("JABON BARRA 400G", "1", "32.50", "A"),
        ("LIMPIADOR LAVANDA 1L", "1", "31.90", "A"),
    ]
    items, total, taxed, count = [], D(0), D(0), 0
    for desc, q, unit, flag in rows:
        amt = D(q) * D(unit)
        total += amt
        count += int(q)
        if flag == "A":
            taxed += amt
        if q != "1":
            r.left(f"  {q} X {nf(unit)}")
        r.lr(desc, f"{nf(amt)} {flag}")
        items.append(item(desc, amt, q, unit) if q != "1" else item(desc, amt))
    iva = vat_in(taxed, 16)
    check(total == D("339.20") and iva == D("20.61"), "r02 sums")
    r.rule("-")
    r.lr(f"ARTICULOS: {count}", "")
    r.lr("TOTAL M.N.", "$ " + nf(total), font="Mono-B", size=10)
    r.lr("EFECTIVO", "$ " + nf(500))
    r.lr("CAMBIO", "$ " + nf(D(500) - total))
    r.gap()
    r.left("(TRESCIENTOS TREINTA Y NUEVE PESOS")
    r.left(" 20/100 M.N.)")
    r.gap()
    r.lr("A = IVA 16%   E = EXENTO", "")
    r.lr("IVA INCLUIDO:", "$ " + nf(iva))
    r.rule("-")
    r.center("FACTURE SU COMPRA EN")
    r.center("www.superelahorro.mx/facturacion")
    r.center("ID FACTURACION: 012-04-118734")
    r.barcode(40, r.y, "01204118734", height=9, bar=0.28)
    r.y += 13
    r.center("GRACIAS POR SU COMPRA")
    return r, truth(
        number="118734",
        issued=date(2026, 11, 9),
        due=None,
        vendor="SUPER EL AHORRO",
        amount=total - iva,
        vat=iva,
        total=total,
        currency="MXN",
        locale="es-MX",
        doc_type="receipt",
        items=items,
        note="IVA only as 'IVA incluido' (16 % items marked A): net = total - IVA; the currency "
        "is the printed '$ ... M.N.' (moneda nacional) and the amount in words",
    )


@doc("r03_ar_estacion_servicio_scan", "scan", Scan(bed=10, fade=0.3, angle=0.9, noise=1.6))
def r03_ar_estacion(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Argentine fuel station ticket-factura B with 'IVA contenido' (transparency law)."""
    r = Roll(76, font="Mono", size=7.8)
    r.center("ESTACION DE SERVICIO RUTA 3 S.R.L.", font="Mono-B", size=8.4)
    r.center("Av. Pres. Peron 8820 - San Justo")
    r.center("(1754) Pcia. de Buenos Aires")
    r.center("C.U.I.T. Nro.: 30-71234567-9")
    r.center("Ing. Brutos: 30-71234567-9")
    r.center("Inicio de Actividades: 01/03/2011")
    r.center("IVA RESPONSABLE INSCRIPTO")
    r.rule("-")
    r.center("TIQUE FACTURA  B   (Cod. 082)", font="Mono-B")
    r.lr("P.V. Nro.: 0007", "Nro. T.: 00048213")
    r.lr("Fecha: 03/11/2026", "Hora: 08:12:47")
    r.rule("-")
    r.left("A CONSUMIDOR FINAL")
    r.rule("-")
    litres, ppl = D("38.214"), D("1289.00")
    fuel = q2(litres * ppl)
    r.left(f"{nf(litres, 'de', 3)} lts x {nf(ppl, 'de')}")
    r.lr("NAFTA SUPER  Surt.05", nf(fuel, "de"))
    water = D("1500.00")
    r.left(f"1,000 u x {nf(water, 'de')}")
    r.lr("AGUA MINERAL 500ML", nf(water, "de"))
    total = fuel + water
    iva = vat_in(total, 21)
    check(fuel == D("49257.85") and total == D("50757.85"), "r03 sums")
    r.rule("-")
    r.lr("TOTAL", "$" + nf(total, "de"), font="Mono-B", size=10)
    r.rule("-")
    r.left("Regimen de Transparencia Fiscal al")
    r.left("Consumidor (Ley 27.743)")
    r.lr("IVA Contenido", "$" + nf(iva, "de"))
    r.rule("-")
    r.lr("Tarjeta de Debito", "$" + nf(total, "de"))
    r.left("VISA DEBITO ****4471  Cupon 0912")
    r.gap()
    r.lr("CAE: 76441289003512", "")
    r.lr("Vto. CAE: 13/11/2026", "")
    r.qr(25, r.y, 24, "https://www.afip.gob.ar/fe/qr/?p=eyJ2ZXIiOjEsImZlY2hhIjoiMjAyNi0xMS0wMyJ9")
    r.y += 28
    r.center("Gracias por elegirnos")
    return r, truth(
        number="0007-00048213",
        issued=date(2026, 11, 3),
        due=None,
        vendor="ESTACION DE SERVICIO RUTA 3 S.R.L.",
        amount=total - iva,
        vat=iva,
        total=total,
        currency="ARS",
        locale="es-AR",
        doc_type="receipt",
        items=[
            item("NAFTA SUPER", fuel, "38.214", ppl),
            item("AGUA MINERAL 500ML", water, "1", water),
        ],
        note="number = point of sale + ticket number as printed (0007 / 00048213); only 'IVA "
        "contenido': net = total - IVA; the CAE expiry date is not a due date",
    )


@doc("r04_za_pharmacy_photo", "photo", Photo(table=(200, 200, 196), light=0.4, shadow=0.4))
def r04_za_pharmacy(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """South African pharmacy tax invoice slip: standard and zero-rated items, VAT summary."""
    r = Roll(80, font="Sans", size=7.8)
    r.center("Jacaranda Pharmacy", font="Sans-B", size=13)
    r.center("Jacaranda Pharmacy Hatfield (Pty) Ltd")
    r.center("Shop 14, Hatfield Plaza, 1122 Burnett St")
    r.center("Hatfield, Pretoria 0083  Tel 012 362 4410")
    r.center("VAT No. 4870212345")
    r.gap()
    r.center("TAX INVOICE", font="Sans-B", size=10)
    r.lr("Tax Invoice No: 88213", "Till 02")
    r.lr("2026/11/21 10:14", "Cashier: Thandi")
    r.rule(None)
    rows = [
        ("Paracetamol Tabs 500mg 24s", "1", "39.99", "S"),
        ("Vitamin C Effervescent 20s", "1", "89.95", "S"),
        ("Brown Bread 700g", "1", "18.99", "Z"),
        ("Sunscreen SPF50 200ml", "1", "189.00", "S"),
        ("Blood Pressure Monitor", "1", "649.00", "S"),
        ("Rx Amoxicillin 500mg 15s", "1", "112.50", "S"),
    ]
    items, total, zero = [], D(0), D(0)
    for desc, _q, unit, code in rows:
        amt = D(unit)
        total += amt
        if code == "Z":
            zero += amt
        r.lr(f"{desc}", f"{nf(amt, 'sp')} {code}")
        items.append(item(desc, amt))
    vat = vat_in(total - zero, 15)
    check(total == D("1099.43") and vat == D("140.93"), "r04 sums")
    r.rule(None)
    r.lr("6 Items", "")
    r.lr("TOTAL", "R" + nf(total, "sp"), font="Sans-B", size=11)
    r.lr("Card", "R" + nf(total, "sp"))
    r.lr("Change", "R0.00")
    r.rule(None)
    r.cols(
        [("Code", r.x0, "l"), ("Rate", 30, "r"), ("Excl", 52, "r"), ("VAT", r.x1, "r")],
        font="Sans-B",
    )
    r.cols(
        [
            ("S", r.x0, "l"),
            ("15%", 30, "r"),
            (nf(total - zero - vat, "sp"), 52, "r"),
            (nf(vat, "sp"), r.x1, "r"),
        ]
    )
    r.cols([("Z", r.x0, "l"), ("0%", 30, "r"), (nf(zero, "sp"), 52, "r"), ("0.00", r.x1, "r")])
    r.lr("Total VAT", "R" + nf(vat, "sp"))
    r.rule(None)
    r.center("Jacaranda Rewards: 54 points earned")
    r.center("Goods sold in good order. No refunds on")
    r.center("scheduled medicines.")
    r.barcode(40, r.y, "0288213211126", height=8, bar=0.25)
    r.y += 11
    return r, truth(
        number="88213",
        issued=date(2026, 11, 21),
        due=None,
        vendor="Jacaranda Pharmacy",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="ZAR",
        locale="en-ZA",
        doc_type="receipt",
        items=items,
        note="prices VAT-inclusive; the VAT summary splits standard (S) and zero-rated (Z); "
        "net = total - VAT",
    )


@doc("r05_ke_supermarket_scan", "scan", Scan(bed=8, fade=0.35, angle=1.0, noise=1.6, blur=0.7))
def r05_ke_supermarket(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Kenyan supermarket eTIMS receipt: tax codes A-EX and B-16 %, M-PESA payment."""
    r = Roll(80, font="Mono", size=8.0)
    r.center("MWANGAZA SUPERMARKET", font="Mono-B", size=11)
    r.center("MWANGAZA RETAIL LIMITED")
    r.center("Moi Avenue, P.O. Box 48213-00100")
    r.center("NAIROBI  Tel: 0722 418 300")
    r.center("PIN: P051234567X")
    r.rule("=")
    r.center("TAX INVOICE", font="Mono-B")
    r.lr("Receipt No: 2211", "Till: 07")
    r.lr("Date: 19/11/2026", "Time: 17:58")
    r.left("Served by: Wanjiru")
    r.rule("-")
    rows = [
        ("Maize Flour 2kg", "2", "179.00", "A"),
        ("Fresh Milk 500ml", "3", "65.00", "A"),
        ("Cooking Oil 1L", "1", "389.00", "B"),
        ("Sugar 1kg", "1", "199.00", "B"),
        ("Bar Soap 800g", "1", "245.00", "B"),
        ("Tea Leaves 250g", "1", "155.00", "B"),
    ]
    items, total, b_gross = [], D(0), D(0)
    for desc, q, unit, code in rows:
        amt = D(q) * D(unit)
        total += amt
        if code == "B":
            b_gross += amt
        r.left(desc)
        r.cols([(f"{q} x {nf(unit)}", r.x0 + 3, "l"), (f"{nf(amt)} {code}", r.x1, "r")])
        items.append(item(desc, amt, q, unit))
    tax = vat_in(b_gross, 16)
    check(total == D("1541.00") and tax == D("136.28"), "r05 sums")
    r.rule("-")
    r.lr("TOTAL KSH", nf(total), font="Mono-B", size=10)
    r.lr("M-PESA", nf(total))
    r.lr("CHANGE", "0.00")
    r.left("M-PESA Ref: TKJ8H2M4QX")
    r.rule("-")
    r.lr("TOTAL A-EX", nf(total - b_gross))
    r.lr("TOTAL B-16%", nf(b_gross))
    r.lr("TOTAL TAX B", nf(tax))
    r.lr("TOTAL TAX", nf(tax))
    r.rule("-")
    r.center("SCU INFORMATION")
    r.lr("Date: 19/11/2026", "Time: 17:58:41")
    r.left("SCU ID: KRACU0300004187")
    r.left("CU INVOICE NO: KRACU0300004187/2211")
    r.left("Internal Data: GH7K-2LQW-8ZXA-PP4M")
    r.qr(27, r.y, 25, "https://etims.kra.go.ke/common/link/etims/receipt/indexEtimsReceiptData")
    r.y += 29
    r.center("Karibu Tena!")
    return r, truth(
        number="2211",
        issued=date(2026, 11, 19),
        due=None,
        vendor="MWANGAZA SUPERMARKET",
        amount=total - tax,
        vat=tax,
        total=total,
        currency="KES",
        locale="en-KE",
        doc_type="receipt",
        items=items,
        note="number = the receipt number (the CU invoice number repeats it after the SCU id); "
        "prices tax-inclusive: net = total - tax B",
    )


@doc("r06_ng_restaurant_ereceipt", "pdf")
def r06_ng_restaurant(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Lagos restaurant e-receipt: service charge, VAT 7.5 % and Lagos consumption tax 5 %."""
    r = Roll(80, font="Sans", size=8.0, top=10)
    r.rect(0, 0, 80, 24, fill="#1f4d3a", stroke=None)
    r.text(40, 10, "IKOYI PALM GRILL", font="Sans-B", size=14, align="c", color="#ffffff")
    r.text(40, 16, "Bar · Grill · Lounge", font="Sans-I", size=8, align="c", color="#e6d9a8")
    r.y = 30
    r.center("Palm Grill Hospitality Limited")
    r.center("14B Awolowo Road, Ikoyi, Lagos")
    r.center("TIN: 21456789-0001   RC 1456231")
    r.gap()
    r.lr("Bill No: IPG-7781", "Table: T9")
    r.lr("Date: 12 Nov 2026", "Time: 20:31")
    r.lr("Server: Chiamaka", "Guests: 4")
    r.rule(None)
    r.cols([("Item", r.x0, "l"), ("Qty", 46, "r"), ("Amount (₦)", r.x1, "r")], font="Sans-B")
    r.rule(None)
    rows = [
        ("Jollof Rice & Chicken", "2", "8500.00"),
        ("Goat Meat Pepper Soup", "1", "6500.00"),
        ("Grilled Croaker Fish", "1", "18000.00"),
        ("Chapman", "2", "3500.00"),
        ("Bottled Water 75cl", "2", "800.00"),
    ]
    items, sub = [], D(0)
    for desc, q, unit in rows:
        amt = D(q) * D(unit)
        sub += amt
        r.cols([(desc, r.x0, "l"), (q, 46, "r"), (nf(amt), r.x1, "r")])
        r.text(r.x0 + 2, r.y - 0.6, f"@ {nf(unit)}", size=6.3, color="#555555")
        r.gap(0.6)
        items.append(item(desc, amt, q, unit))
    sc = q2(sub * D("0.10"))
    vat = q2((sub + sc) * D("0.075"))
    cons = q2((sub + sc) * D("0.05"))
    total = sub + sc + vat + cons
    check(total == D("61998.75"), "r06 total")
    r.rule(None)
    r.lr("Sub Total", "₦" + nf(sub))
    r.lr("Service Charge (10%)", "₦" + nf(sc))
    r.lr("VAT (7.5%)", "₦" + nf(vat))
    r.lr("Consumption Tax (5%)", "₦" + nf(cons))
    r.rule(None)
    r.lr("TOTAL (NGN)", "₦" + nf(total), font="Sans-B", size=11)
    r.rule(None)
    r.lr("Paid: POS / Card", "₦" + nf(total))
    r.gap()
    r.center("Thank you for dining with us!", font="Sans-I")
    r.center("Tips are not included and are at your discretion.", size=6.5)
    return r, truth(
        number="IPG-7781",
        issued=date(2026, 11, 12),
        due=None,
        vendor="IKOYI PALM GRILL",
        amount=sub + sc,
        vat=vat + cons,
        total=total,
        currency="NGN",
        locale="en-NG",
        doc_type="receipt",
        items=items,
        note="net = subtotal + service charge (both taxes are on it); vat = VAT 7.5 % + Lagos "
        "consumption tax 5 %",
    )


@doc("r07_tr_market_fis_scan", "scan", Scan(bed=10, fade=0.25, angle=1.4))
def r07_tr_market(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Turkish till fiş: 1 % and 20 % KDV, '*' before amounts, no currency printed."""
    r = Roll(72, font="Mono", size=7.8)
    r.center("BEREKET GIDA", font="Mono-B", size=11)
    r.center("PAZARLAMA LTD. ŞTİ.")
    r.center("MODA CAD. NO:41/A KADIKÖY")
    r.center("İSTANBUL")
    r.center("KADIKÖY V.D. 1650123456")
    r.gap()
    r.lr("TARİH : 18.11.2026", "SAAT : 18:42")
    r.lr("FİŞ NO : 0087", "")
    r.gap(0.3)
    rows = [
        ("EKMEK", "2 AD", "15.00", D("30.00"), 1),
        ("SÜT 1 LT", None, None, D("39.90"), 1),
        ("BEYAZ PEYNİR 500 G", None, None, D("189.50"), 1),
        ("DOMATES", "1,250 KG", "42.90", q2(D("1.250") * D("42.90")), 1),
        ("ÇAY 1000 G", None, None, D("245.00"), 20),
        ("DETERJAN 4 KG", None, None, D("289.90"), 20),
        ("KOLONYA 400 ML", None, None, D("119.90"), 20),
    ]
    items, total = [], D(0)
    per_rate: dict[int, D] = {1: D(0), 20: D(0)}
    for desc, qty, unit, amt, rate in rows:
        if qty:
            r.left(f"{qty} X {nf(unit, 'de')}")
        r.cols([(desc, r.x0, "l"), (f"%{rate}", 50, "r"), (f"*{nf(amt, 'de')}", r.x1, "r")])
        total += amt
        per_rate[rate] += amt
        q = qty.split()[0].replace(",", ".") if qty else None
        items.append(item(desc, amt, q, unit) if qty else item(desc, amt))
    kdv = {rate: vat_in(g, rate) for rate, g in per_rate.items()}
    topkdv = sum(kdv.values(), D(0))
    check(total == D("967.83") and topkdv == D("112.23"), "r07 sums")
    r.rule("-")
    r.lr("KDV %1", "*" + nf(kdv[1], "de"))
    r.lr("KDV %20", "*" + nf(kdv[20], "de"))
    r.lr("TOPKDV", "*" + nf(topkdv, "de"))
    r.lr("TOPLAM", "*" + nf(total, "de"), font="Mono-B", size=10.5, hscale=80)
    r.lr("KREDİ KARTI", "*" + nf(total, "de"))
    r.rule("-")
    r.left("KART NO : ************3318")
    r.left("ONAY KODU : 554120")
    r.gap()
    r.lr("Z NO:0412", "EKÜ NO:0001")
    r.center("MF YAB 12045877")
    return r, truth(
        number="0087",
        issued=date(2026, 11, 18),
        due=None,
        vendor="BEREKET GIDA",
        amount=total - topkdv,
        vat=topkdv,
        total=total,
        currency=None,
        locale="tr-TR",
        doc_type="receipt",
        items=items,
        note="no currency printed; KDV is included (TOPKDV = 1 % + 20 %): net = TOPLAM - "
        "TOPKDV; the company line continues as PAZARLAMA LTD. ŞTİ.",
    )


@doc("r08_gr_taverna_photo", "photo", Photo(table=(60, 88, 120), light=0.3, tilt=0.07))
def r08_gr_taverna(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Cretan taverna receipt in Greek: ΦΠΑ 13 % food, 24 % alcohol, myDATA MARK."""
    r = Roll(80, font="Sans", size=7.9)
    r.center("ΤΑΒΕΡΝΑ Ο ΜΙΧΑΛΗΣ", font="Sans-B", size=12)
    r.center("ΠΑΠΑΔΑΚΗΣ ΜΙΧΑΗΛ του ΓΕΩΡΓΙΟΥ")
    r.center("ΕΣΤΙΑΤΟΡΙΟ - ΨΗΤΟΠΩΛΕΙΟ")
    r.center("ΑΚΤΗ ΚΟΥΝΤΟΥΡΙΩΤΗ 12, ΧΑΝΙΑ 73131")
    r.center("ΑΦΜ 123456789  ΔΟΥ ΧΑΝΙΩΝ")
    r.rule("-")
    r.center("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ", font="Sans-B", size=9)
    r.lr("Α/Α: 2841", "ΤΡΑΠΕΖΙ 7")
    r.lr("16-11-2026", "14:05")
    r.rule("-")
    rows = [
        ("ΧΩΡΙΑΤΙΚΗ ΣΑΛΑΤΑ", "1", "9.50", 13),
        ("ΤΖΑΤΖΙΚΙ", "1", "5.00", 13),
        ("ΜΟΥΣΑΚΑΣ", "2", "12.50", 13),
        ("ΚΑΛΑΜΑΡΑΚΙΑ", "1", "13.00", 13),
        ("ΝΕΡΟ 1L", "1", "1.50", 13),
        ("ΚΡΑΣΙ ΧΥΜΑ 1/2", "1", "8.00", 24),
        ("ΜΠΥΡΑ", "2", "4.50", 24),
    ]
    items, total = [], D(0)
    gross = {13: D(0), 24: D(0)}
    for desc, q, unit, rate in rows:
        amt = D(q) * D(unit)
        total += amt
        gross[rate] += amt
        r.cols(
            [
                (f"{q} x", r.x0, "l"),
                (desc, r.x0 + 7, "l"),
                (nf(unit, "de"), 52, "r"),
                (nf(amt, "de"), 67, "r"),
                (f"{rate}%", r.x1, "r"),
            ]
        )
        items.append(item(desc, amt, q, unit))
    vat = {rate: vat_in(g, rate) for rate, g in gross.items()}
    vat_sum = vat[13] + vat[24]
    check(total == D("71.00") and vat_sum == D("9.50"), "r08 sums")
    r.rule("-")
    r.lr("ΣΥΝΟΛΟ", "€" + nf(total, "de"), font="Sans-B", size=12)
    r.lr("ΜΕΤΡΗΤΑ", "€" + nf(80, "de"))
    r.lr("ΡΕΣΤΑ", "€" + nf(D(80) - total, "de"))
    r.rule("-")
    r.cols(
        [("ΦΠΑ", r.x0, "l"), ("ΚΑΘΑΡΗ", 36, "r"), ("ΦΠΑ", 54, "r"), ("ΣΥΝΟΛΟ", r.x1, "r")],
        font="Sans-B",
        size=7,
    )
    for rate in (13, 24):
        r.cols(
            [
                (f"{rate}%", r.x0, "l"),
                (nf(gross[rate] - vat[rate], "de"), 36, "r"),
                (nf(vat[rate], "de"), 54, "r"),
                (nf(gross[rate], "de"), r.x1, "r"),
            ],
            size=7,
        )
    r.rule("-")
    r.left("MARK: 400001284471093", size=7)
    r.left("UID: 7E41A0C2B95F13D8AC60", size=7)
    r.qr(28, r.y, 24, "https://www1.aade.gr/tameiakes/myweb/q1.php?SIG=ABC2841")
    r.y += 28
    r.center("ΕΥΧΑΡΙΣΤΟΥΜΕ ΠΟΛΥ!", font="Sans-B")
    return r, truth(
        number="2841",
        issued=date(2026, 11, 16),
        due=None,
        vendor="ΤΑΒΕΡΝΑ Ο ΜΙΧΑΛΗΣ",
        amount=total - vat_sum,
        vat=vat_sum,
        total=total,
        currency="EUR",
        locale="el-GR",
        doc_type="receipt",
        items=items,
        note="Greek script; vat = ΦΠΑ 13 % + 24 % from the summary; the owner's name is the "
        "line below the trading name",
    )


@doc("r09_ro_farmacie_bon", "pdf")
def r09_ro_farmacie(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Romanian pharmacy bon fiscal (PDF copy): TVA A 21 % and B 11 %."""
    r = Roll(80, font="Mono", size=8.0)
    r.center("FARMACIA SALVIA", font="Mono-B", size=11)
    r.center("SALVIA FARM S.R.L.")
    r.center("Str. Memorandumului nr. 21")
    r.center("Cluj-Napoca, jud. Cluj")
    r.center("CIF: RO12345678")
    r.rule("-")
    rows = [
        ("IBUPROFEN 400MG CPR X10", "2", "16.90", "B"),
        ("SIROP TUSE 100ML", "1", "27.45", "B"),
        ("VITAMINA D3 2000UI X60", "1", "54.99", "A"),
        ("CREMA MAINI 75ML", "1", "18.90", "A"),
        ("TEST SARCINA", "1", "29.00", "A"),
    ]
    items, total = [], D(0)
    gross = {"A": D(0), "B": D(0)}
    for desc, q, unit, cls in rows:
        amt = D(q) * D(unit)
        total += amt
        gross[cls] += amt
        r.left(desc)
        r.cols(
            [
                (f"{q},000 BUC x {nf(unit, 'de')}", r.x0 + 2, "l"),
                (f"{nf(amt, 'de')} {cls}", r.x1, "r"),
            ]
        )
        items.append(item(desc, amt, f"{q}.000", unit))
    tva_a, tva_b = vat_in(gross["A"], 21), vat_in(gross["B"], 11)
    tva = tva_a + tva_b
    check(total == D("164.14") and tva == D("23.93"), "r09 sums")
    r.rule("-")
    r.lr("SUBTOTAL", nf(total, "de"))
    r.lr("TOTAL LEI", nf(total, "de"), font="Mono-B", size=10)
    r.lr("CARD", nf(total, "de"))
    r.rule("-")
    r.lr("TOTAL TVA", nf(tva, "de"))
    r.lr("TVA A 21,00%", nf(tva_a, "de"))
    r.lr("TVA B 11,00%", nf(tva_b, "de"))
    r.rule("-")
    r.lr("BON FISCAL NR: 0318", "Z: 0142")
    r.lr("19.11.2026", "11:03")
    r.left("ID UNIC: 4000123456")
    r.gap()
    r.center("Va multumim! Sanatate!")
    r.center("BON FISCAL", font="Mono-B")
    return r, truth(
        number="0318",
        issued=date(2026, 11, 19),
        due=None,
        vendor="FARMACIA SALVIA",
        amount=total - tva,
        vat=tva,
        total=total,
        currency="RON",
        locale="ro-RO",
        doc_type="receipt",
        items=items,
        note="vat = TVA A + TVA B (TOTAL TVA); prices include TVA: net = total - TVA; the "
        "company line below the name is SALVIA FARM S.R.L.",
    )


@doc("r10_hu_parkolo_photo", "photo", Photo(table=(70, 70, 74), light=0.45, shadow=0.45))
def r10_hu_parkolo(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Budapest car park machine receipt (nyugta), forints without decimals, ÁFA included."""
    r = Roll(58, font="Mono", size=7.4, margin=3)
    r.center("CENTRUM PARKOLÓHÁZ", font="Mono-B", size=8.6)
    r.center("Centrum Parkolóház Kft.")
    r.center("1052 Budapest, Szervita tér 8.")
    r.center("Adószám: 12345678-2-41")
    r.rule("=")
    r.center("NYUGTA", font="Mono-B", size=10)
    r.left("Nyugtaszám: P01/031877")
    r.left("Automata: 02 - Földszint")
    r.rule("-")
    r.left("Behajtás: 2026.11.07. 09:12")
    r.left("Kihajtás: 2026.11.07. 13:47")
    r.left("Időtartam: 4 óra 35 perc")
    r.left("Rendszám: ABC-123")
    r.rule("-")
    fee = D(2400)
    vat = q0(fee * 27 / 127)
    r.lr("Parkolási díj", nf(fee, "fr", 0) + " Ft")
    r.rule("-")
    r.lr("ÖSSZESEN", nf(fee, "fr", 0) + " Ft", font="Mono-B", size=9)
    r.lr("ebből ÁFA 27%", nf(vat, "fr", 0) + " Ft")
    r.rule("-")
    r.left("Fizetve: bankkártya")
    r.left("Kártya: **** **** **** 0918")
    r.left("Eng. szám: 662104")
    r.gap()
    r.center("Köszönjük, jó utat!")
    check(vat == 510, "r10 vat")
    return r, truth(
        number="P01/031877",
        issued=date(2026, 11, 7),
        due=None,
        vendor="CENTRUM PARKOLÓHÁZ",
        amount=fee - vat,
        vat=vat,
        total=fee,
        currency="HUF",
        locale="hu-HU",
        doc_type="receipt",
        items=[item("Parkolási díj", fee)],
        note="forints printed without decimals; 'ebből ÁFA' = of which VAT: net = total - ÁFA",
    )


@doc("r11_at_hotel_minibar", "pdf")
def r11_at_minibar(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Tyrolean hotel minibar slip from the hotel POS: USt 10 % and 20 %, charged to the room."""
    r = Roll(80, font="Sans", size=8.0, top=9)
    r.center("Hotel Alpenrose", font="Serif-B", size=15)
    r.center("★★★★", size=9)
    r.center("Familie Huber · Alpenrose Hotelbetriebs GmbH", size=7)
    r.center("Dorfstraße 14 · 6481 St. Leonhard im Pitztal", size=7)
    r.center("UID: ATU12345678", size=7)
    r.gap()
    r.center("MINIBAR-BELEG", font="Sans-B", size=10)
    r.lr("Beleg-Nr. 5512", "Zimmer 214")
    r.lr("Datum: 22.11.2026", "07:58")
    r.rule(None)
    rows = [
        ("Mineralwasser 0,5l", "2", "4.20", "B"),
        ("Erdnüsse gesalzen", "1", "5.50", "A"),
        ("Bier 0,33l", "2", "5.80", "B"),
        ("Schokolade Vollmilch", "1", "4.90", "A"),
        ("Piccolo Sekt 0,2l", "1", "12.00", "B"),
        ("Almdudler 0,33l", "1", "4.50", "B"),
    ]
    items, total = [], D(0)
    gross = {"A": D(0), "B": D(0)}
    for desc, q, unit, cls in rows:
        amt = D(q) * D(unit)
        total += amt
        gross[cls] += amt
        r.cols(
            [
                (f"{q} x", r.x0, "l"),
                (desc, r.x0 + 7, "l"),
                (nf(unit, "de"), 54, "r"),
                (nf(amt, "de"), 70, "r"),
                (cls, r.x1, "r"),
            ]
        )
        items.append(item(desc, amt, q, unit))
    ust_a, ust_b = vat_in(gross["A"], 10), vat_in(gross["B"], 20)
    check(total == D("46.90") and ust_a + ust_b == D("7.03"), "r11 sums")
    r.rule(None)
    r.lr("Summe EUR", nf(total, "de"), font="Sans-B", size=11)
    r.rule(None)
    r.cols(
        [("", r.x0, "l"), ("Netto", 36, "r"), ("USt", 54, "r"), ("Brutto", r.x1, "r")],
        font="Sans-B",
        size=7,
    )
    for cls, rate, ust in (("A", 10, ust_a), ("B", 20, ust_b)):
        r.cols(
            [
                (f"{cls} {rate}%", r.x0, "l"),
                (nf(gross[cls] - ust, "de"), 36, "r"),
                (nf(ust, "de"), 54, "r"),
                (nf(gross[cls], "de"), r.x1, "r"),
            ],
            size=7,
        )
    r.gap()
    r.left("Auf Zimmerrechnung gebucht.", font="Sans-I")
    r.left("Gast: Hr. Lindqvist", size=7)
    r.gap()
    r.left("Kassen-ID: ALP-MB-01   Belegnr. 5512", size=6.5)
    r.qr(27, r.y, 24, "_R1-AT1_ALP-MB-01_5512_2026-11-22T07:58:12_0,00_36,50_9,45")
    r.y += 28
    r.center("Danke und einen schönen Aufenthalt!", size=7.5)
    return r, truth(
        number="5512",
        issued=date(2026, 11, 22),
        due=None,
        vendor="Hotel Alpenrose",
        amount=total - ust_a - ust_b,
        vat=ust_a + ust_b,
        total=total,
        currency="EUR",
        locale="de-AT",
        doc_type="receipt",
        items=items,
        note="vat = USt 10 % + 20 % from the summary; charged to the room but the slip's sum is "
        "the total",
    )


@doc("r12_ie_taxi_scan", "scan", Scan(bed=14, fade=0.2, angle=1.8, noise=1.4))
def r12_ie_taxi(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Dublin taxi meter printout: fare, booking fee, tip added, no VAT (driver not registered)."""
    r = Roll(58, font="Mono", size=7.6, margin=3)
    r.center("TAXI RECEIPT", font="Mono-B", size=9)
    r.rule("*")
    r.center("SEÁN Ó BRIAIN", font="Mono-B", size=8.5)
    r.center("SPSV Driver Licence 48213")
    r.center("Vehicle Reg: 241-D-12345")
    r.center("Tel: 087 412 9981")
    r.rule("*")
    r.left("Receipt No: 0917")
    r.left("Date: 08/11/2026")
    r.lr("Start: 23:14", "End: 23:41")
    r.left("From: Dublin Airport T2")
    r.left("To:   Rathmines, D06")
    r.left("Distance: 14.2 km")
    r.rule("-")
    fare, fee, tip = D("31.40"), D("2.00"), D("4.00")
    r.lr("Fare", "€" + nf(fare))
    r.lr("Booking fee", "€" + nf(fee))
    r.lr("Tip", "€" + nf(tip))
    r.rule("-")
    total = fare + fee + tip
    r.lr("TOTAL", "€" + nf(total), font="Mono-B", size=9)
    r.rule("-")
    r.left("Paid by card")
    r.gap()
    r.center("Go raibh maith agat!")
    r.center("Safe home.")
    return r, truth(
        number="0917",
        issued=date(2026, 11, 8),
        due=None,
        vendor="SEÁN Ó BRIAIN",
        amount=None,
        vat=None,
        total=total,
        currency="EUR",
        locale="en-IE",
        doc_type="receipt",
        items=[item("Fare", fare), item("Booking fee", fee)],
        note="the driver is the seller (name under the 'TAXI RECEIPT' title); no tax printed; "
        "total includes the tip, which is not an item",
    )


@doc("r13_no_bakeri_kvittering", "pdf")
def r13_no_bakeri(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Norwegian bakery e-receipt: eat-in at 25 %, take-away at 15 % MVA."""
    r = Roll(72, font="Sans", size=8.2, margin=5, top=10)
    r.center("Bakeriet Solsiden", font="Serif-B", size=14)
    r.center("Solsiden Bakeri AS · Beddingen 10, 7042 Trondheim", size=7)
    r.center("Org.nr. 923 456 789 MVA", size=7)
    r.gap()
    r.center("KVITTERING", font="Sans-B", size=10)
    r.lr("Salgskvittering nr. 104233", "Kasse 1")
    r.lr("21.11.2026 kl. 08:41", "Betjent av: Ola")
    r.rule(None)
    rows = [
        ("Havregrøt m/ bær", "1", "89.00", 25),
        ("Caffè latte", "1", "59.00", 25),
        ("Grovbrød", "1", "79.00", 15),
        ("Skolebolle", "2", "42.00", 15),
    ]
    items, total = [], D(0)
    gross = {25: D(0), 15: D(0)}
    r.left("Spist her", font="Sans-B", size=7.5)
    for i, (desc, q, unit, rate) in enumerate(rows):
        if i == 2:
            r.left("Ta med", font="Sans-B", size=7.5)
        amt = D(q) * D(unit)
        total += amt
        gross[rate] += amt
        label = desc if q == "1" else f"{desc}  {q} x {nf(unit, 'fr')}"
        r.lr("  " + label, nf(amt, "fr"))
        items.append(item(desc, amt, q, unit) if q != "1" else item(desc, amt))
    mva = {rate: vat_in(g, rate) for rate, g in gross.items()}
    mva_sum = mva[25] + mva[15]
    check(total == D("311.00") and mva_sum == D("50.86"), "r13 sums")
    r.rule(None)
    r.lr("Totalt", "kr " + nf(total, "fr"), font="Sans-B", size=11)
    r.lr("BankAxept", "kr " + nf(total, "fr"))
    r.rule(None)
    r.cols(
        [("MVA-sats", r.x0, "l"), ("Grunnlag", 44, "r"), ("MVA", r.x1, "r")],
        font="Sans-B",
        size=7.2,
    )
    for rate in (25, 15):
        r.cols(
            [
                (f"{rate} %", r.x0, "l"),
                (nf(gross[rate] - mva[rate], "fr"), 44, "r"),
                (nf(mva[rate], "fr"), r.x1, "r"),
            ],
            size=7.2,
        )
    r.cols(
        [("Sum", r.x0, "l"), (nf(total - mva_sum, "fr"), 44, "r"), (nf(mva_sum, "fr"), r.x1, "r")],
        size=7.2,
    )
    r.gap()
    r.center("Takk for besøket!", font="Sans-I")
    return r, truth(
        number="104233",
        issued=date(2026, 11, 21),
        due=None,
        vendor="Bakeriet Solsiden",
        amount=total - mva_sum,
        vat=mva_sum,
        total=total,
        currency="NOK",
        locale="nb-NO",
        doc_type="receipt",
        items=items,
        note="vat = MVA 25 % (eat-in) + 15 % (take-away); net = the summary's Grunnlag sum",
    )


@doc("r14_th_minimart_photo", "photo", Photo(table=(165, 150, 128), light=0.3, shadow=0.25))
def r14_th_minimart(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Bangkok minimart ABB tax invoice in English: Buddhist-era date, VAT 7 % included."""
    r = Roll(76, font="Mono", size=7.8)
    r.center("SABAI MART", font="Mono-B", size=12)
    r.center("Sabai Mart Co., Ltd. (Branch 00039)")
    r.center("Sukhumvit 39, Khlong Tan Nuea")
    r.center("Watthana, Bangkok 10110")
    r.center("TAX ID 0105561234567")
    r.center("TAX INV (ABB) / RECEIPT", font="Mono-B")
    r.left("No. SM0394-0021587")
    r.lr("POS#04  Cashier 118", "VAT INCLUDED")
    r.left("Date 25/11/2569  19:22")
    r.rule("-")
    rows = [
        ("Drinking Water 600ml", "2", "7.00"),
        ("Instant Noodle Tom Yum", "3", "6.00"),
        ("Iced Coffee Can", "1", "15.00"),
        ("Sandwich Ham Cheese", "1", "35.00"),
        ("Toothpaste 160g", "1", "59.00"),
    ]
    items, total, count = [], D(0), 0
    for desc, q, unit in rows:
        amt = D(q) * D(unit)
        total += amt
        count += int(q)
        r.lr(f"{q} {desc}", nf(amt))
        if q != "1":
            r.left(f"    @{nf(unit)}")
        items.append(item(desc, amt, q, unit))
    vat = vat_in(total, 7)
    check(total == D("141.00") and vat == D("9.22"), "r14 sums")
    r.rule("-")
    r.lr(f"{count} ITEM(S)      TOTAL", "฿" + nf(total), font="Mono-B", size=9)
    r.lr("CASH", nf(200))
    r.lr("CHANGE", nf(D(200) - total))
    r.rule("-")
    r.lr("VATable", nf(total - vat))
    r.lr("VAT 7%", nf(vat))
    r.rule("-")
    r.center("Member: 08x-xxx-4410  Point +1")
    r.center("THANK YOU  /  KHOB KHUN KA")
    return r, truth(
        number="SM0394-0021587",
        issued=date(2026, 11, 25),
        due=None,
        vendor="SABAI MART",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="THB",
        locale="en-TH",
        doc_type="receipt",
        items=items,
        note="date printed in the Buddhist era (25/11/2569 = 2026-11-25); VAT included",
    )


@doc("r15_vn_caphe_scan", "scan", Scan(bed=10, angle=1.1, fade=0.15))
def r15_vn_caphe(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Saigon café bill: dong without decimals, voucher, VAT 8 % added on top."""
    r = Roll(80, font="Sans", size=8.0)
    r.center("CÀ PHÊ HẠT MỘC", font="Sans-B", size=12)
    r.center("Hộ kinh doanh Nguyễn Thị Lan")
    r.center("45 Lý Tự Trọng, P. Bến Nghé, Q.1, TP.HCM")
    r.center("MST: 0312345678   ĐT: 028 3822 1234")
    r.gap()
    r.center("PHIẾU THANH TOÁN", font="Sans-B", size=10)
    r.lr("Số: 004512", "Bàn: 05")
    r.lr("Ngày: 27/11/2026", "Giờ vào: 09:15")
    r.left("Thu ngân: Minh")
    r.rule(None)
    r.cols(
        [("Tên món", r.x0, "l"), ("SL", 44, "r"), ("Đ.Giá", 59, "r"), ("T.Tiền", r.x1, "r")],
        font="Sans-B",
    )
    rows = [
        ("Cà phê sữa đá", "2", "35000"),
        ("Bạc xỉu", "1", "39000"),
        ("Bánh mì thịt", "2", "30000"),
        ("Trà đào cam sả", "1", "45000"),
    ]
    items, sub = [], D(0)
    for desc, q, unit in rows:
        amt = D(q) * D(unit)
        sub += amt
        r.cols(
            [
                (desc, r.x0, "l"),
                (q, 44, "r"),
                (nf(unit, "de", 0), 59, "r"),
                (nf(amt, "de", 0), r.x1, "r"),
            ]
        )
        items.append(item(desc, amt, q, unit))
    voucher = D(20000)
    net = sub - voucher
    vat = net * D("0.08")
    total = net + vat
    check(sub == 214000 and vat == 15520 and total == 209520, "r15 sums")
    r.rule(None)
    r.lr("Tạm tính", nf(sub, "de", 0))
    r.lr("Voucher giảm giá", "-" + nf(voucher, "de", 0))
    r.lr("Tiền trước thuế", nf(net, "de", 0))
    r.lr("Thuế GTGT 8%", nf(vat, "de", 0))
    r.rule(None)
    r.lr("TỔNG THANH TOÁN", nf(total, "de", 0) + " đ", font="Sans-B", size=10.5)
    r.lr("Tiền khách đưa", nf(250000, "de", 0))
    r.lr("Tiền thối lại", nf(250000 - total, "de", 0))
    r.gap()
    r.center("Wifi: hatmoc_cafe / Mk: camon2026", size=7)
    r.center("Cảm ơn quý khách! Hẹn gặp lại!", font="Sans-I")
    return r, truth(
        number="004512",
        issued=date(2026, 11, 27),
        due=None,
        vendor="CÀ PHÊ HẠT MỘC",
        amount=net,
        vat=vat,
        total=total,
        currency="VND",
        locale="vi-VN",
        doc_type="receipt",
        items=items,
        note="dong without decimals ('.' groups thousands); net = subtotal - voucher; VAT 8 % "
        "added on the net",
    )


@doc("r16_ph_fastfood_si", "pdf")
def r16_ph_fastfood(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Manila fast-food sales invoice (BIR format): VATable sales / VAT amount block."""
    r = Roll(76, font="Mono", size=7.8)
    r.center("MANOK NI JUAN", font="Mono-B", size=12)
    r.center("Manok ni Juan Food Corp.")
    r.center("G/F Robinsons Place Manila")
    r.center("Pedro Gil cor. Adriatico St., Ermita")
    r.center("VAT REG TIN: 008-123-456-00000")
    r.center("MIN: 24081512345  S/N: KPX12345")
    r.gap()
    r.center("SALES INVOICE", font="Mono-B", size=9.5)
    r.lr("SI No.: 00045821", "DINE-IN")
    r.lr("Date: 11/26/2026", "12:33 PM")
    r.lr("Cashier: Joy", "Order #117")
    r.rule("-")
    rows = [
        ("1PC CHICKEN W/ RICE", "2", "99.00"),
        ("SPAGHETTI SOLO", "1", "65.00"),
        ("PEACH MANGO PIE", "2", "45.00"),
        ("COKE REGULAR", "2", "40.00"),
    ]
    items, total = [], D(0)
    for desc, q, unit in rows:
        amt = D(q) * D(unit)
        total += amt
        r.lr(f"{q} {desc}", nf(amt))
        r.left(f"    @{nf(unit)}")
        items.append(item(desc, amt, q, unit))
    vatable = q2(total / D("1.12"))
    vat = total - vatable
    check(total == D("433.00") and vat == D("46.39"), "r16 sums")
    r.rule("-")
    r.lr("Total Due", "₱" + nf(total), font="Mono-B", size=9.5)
    r.lr("CASH", nf(500))
    r.lr("CHANGE", nf(D(500) - total))
    r.rule("-")
    r.lr("VATable Sales", nf(vatable))
    r.lr("VAT Amount (12%)", nf(vat))
    r.lr("VAT-Exempt Sales", "0.00")
    r.lr("Zero-Rated Sales", "0.00")
    r.rule("-")
    r.left("Sold to: ___________________")
    r.left("TIN: _______________________")
    r.left("Address: ___________________")
    r.gap()
    r.center("POS Provider: KwikPOS Systems Inc.")
    r.center("PTU No. FP082024-033-0412345-00000")
    r.center("Salamat po! Come again!")
    return r, truth(
        number="00045821",
        issued=date(2026, 11, 26),
        due=None,
        vendor="MANOK NI JUAN",
        amount=vatable,
        vat=vat,
        total=total,
        currency="PHP",
        locale="en-PH",
        doc_type="receipt",
        items=items,
        note="US-style date (month first); net = VATable sales",
    )


@doc("r17_id_apotek_nota", "pdf")
def r17_id_apotek(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Yogyakarta pharmacy till slip: member discount, DPP and PPN 11 % inside the total."""
    r = Roll(70, font="Sans", size=7.6, margin=4)
    r.center("APOTEK SEHAT SENTOSA", font="Sans-B", size=11)
    r.center("Jl. Kaliurang Km 5 No. 12, Sleman, Yogyakarta")
    r.center("Telp. (0274) 880123  NPWP 01.234.567.8-542.000")
    r.rule("=")
    r.lr("No. Nota: APT-2611-0087", "Kasir: Dewi")
    r.lr("Tgl: 26-11-2026", "16:40")
    r.rule("-")
    rows = [
        ("Paracetamol 500mg strip", "3", "5500"),
        ("Amoxicillin 500mg (10 tab)", "1", "25000"),
        ("Vitamin C 1000mg", "1", "48000"),
        ("Masker Medis 50 pcs", "1", "35000"),
        ("Minyak Kayu Putih 60ml", "1", "27500"),
    ]
    items, sub = [], D(0)
    for desc, q, unit in rows:
        amt = D(q) * D(unit)
        sub += amt
        r.left(desc)
        r.cols([(f"{q} x {nf(unit, 'de', 0)}", r.x0 + 3, "l"), (nf(amt, "de", 0), r.x1, "r")])
        items.append(item(desc, amt, q, unit))
    disc = sub * D("0.05")
    total = sub - disc
    dpp = q0(total / D("1.11"))
    ppn = total - dpp
    check(sub == 152000 and total == 144400 and ppn == 14310, "r17 sums")
    r.rule("-")
    r.lr("Subtotal", nf(sub, "de", 0))
    r.lr("Diskon Member 5%", "-" + nf(disc, "de", 0))
    r.lr("TOTAL", "Rp " + nf(total, "de", 0), font="Sans-B", size=10)
    r.lr("QRIS", nf(total, "de", 0))
    r.rule("-")
    r.lr("DPP", nf(dpp, "de", 0))
    r.lr("PPN 11%", nf(ppn, "de", 0))
    r.center("Harga sudah termasuk PPN", font="Sans-I")
    r.rule("=")
    r.center("Semoga lekas sembuh. Terima kasih.")
    r.center("Barang yang sudah dibeli tidak dapat")
    r.center("ditukar/dikembalikan.")
    return r, truth(
        number="APT-2611-0087",
        issued=date(2026, 11, 26),
        due=None,
        vendor="APOTEK SEHAT SENTOSA",
        amount=dpp,
        vat=ppn,
        total=total,
        currency="IDR",
        locale="id-ID",
        doc_type="receipt",
        items=items,
        note="rupiah without decimals; net = DPP (after the member discount), vat = PPN; the "
        "discount is in the totals, not an item",
    )


@doc("r18_kr_restaurant_card", "pdf")
def r18_kr_restaurant(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Seoul restaurant receipt printed in English mode: supply value + VAT, card approval."""
    r = Roll(76, font="Sans", size=7.8)
    r.center("HANOK BIBIMBAP HOUSE", font="Sans-B", size=11.5)
    r.center("Business Reg. No. 104-81-23456")
    r.center("Owner: Kim Min-jun   Tel 02-733-1234")
    r.center("12 Insadong-gil, Jongno-gu, Seoul")
    r.rule("=")
    r.center("[ RECEIPT ]", font="Sans-B")
    r.lr("Receipt No: 0017", "Table 4")
    r.left("2026-11-13 19:47:22")
    r.rule("-")
    r.cols(
        [("Menu", r.x0, "l"), ("Qty", 40, "r"), ("Price", 56, "r"), ("Amount", r.x1, "r")],
        font="Sans-B",
    )
    rows = [
        ("Dolsot Bibimbap", "2", "11000"),
        ("Haemul Pajeon", "1", "16000"),
        ("Soju", "1", "5000"),
    ]
    items, total = [], D(0)
    for desc, q, unit in rows:
        amt = D(q) * D(unit)
        total += amt
        r.cols(
            [
                (desc, r.x0, "l"),
                (q, 40, "r"),
                (nf(unit, "en", 0), 56, "r"),
                (nf(amt, "en", 0), r.x1, "r"),
            ]
        )
        items.append(item(desc, amt, q, unit))
    supply = q0(total / D("1.1"))
    vat = total - supply
    check(supply == 39091 and vat == 3909, "r18 sums")
    r.rule("-")
    r.lr("Supply value", nf(supply, "en", 0))
    r.lr("VAT", nf(vat, "en", 0))
    r.lr("TOTAL", "₩" + nf(total, "en", 0), font="Sans-B", size=11)
    r.rule("=")
    r.center("[ CARD APPROVAL ]", font="Sans-B")
    r.lr("Card", "SHINHAN ****-****-****-1234")
    r.lr("Installment", "Lump sum")
    r.lr("Approval No", "30118842")
    r.lr("Approved amount", nf(total, "en", 0))
    r.lr("Merchant No", "0104123456")
    r.rule("=")
    r.center("Thank you! Come again!")
    return r, truth(
        number="0017",
        issued=date(2026, 11, 13),
        due=None,
        vendor="HANOK BIBIMBAP HOUSE",
        amount=supply,
        vat=vat,
        total=total,
        currency="KRW",
        locale="en-KR",
        doc_type="receipt",
        items=items,
        note="won without decimals; net = supply value; printed in the POS's English mode (no "
        "Hangul font available)",
    )


@doc("r19_ca_depanneur_photo", "photo", Photo(table=(150, 110, 70), light=0.4, shadow=0.3))
def r19_ca_depanneur(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Montreal corner store: TPS 5 % + TVQ 9.975 % added on taxable items, '36,26 $'."""
    r = Roll(76, font="Mono", size=7.9)
    r.center("DÉPANNEUR CHEZ MARCEL", font="Mono-B", size=10.5)
    r.center("1234, rue Ontario Est")
    r.center("Montréal (Québec) H2L 1R5")
    r.center("TPS: 123456789 RT0001")
    r.center("TVQ: 1234567890 TQ0001")
    r.rule("-")
    r.lr("2026-11-10  17:04", "CAISSE 1")
    r.left("TRANS. 557412")
    r.rule("-")
    rows = [
        ("LAIT 2% 2L", "5.49", ""),
        ("PAIN BLANC 675G", "3.79", ""),
        ("CHIPS BBQ 235G", "4.99", "FP"),
        ("BOISSON GAZ. 2L", "3.49", "FP"),
        ("BIÈRE 6X355ML", "14.99", "FP"),
    ]
    items, sub, taxable = [], D(0), D(0)
    for desc, amt_s, flag in rows:
        amt = D(amt_s)
        sub += amt
        if flag:
            taxable += amt
        r.cols([(desc, r.x0, "l"), (nf(amt, "plainc"), 62, "r"), (flag, r.x1, "r")])
        items.append(item(desc, amt))
    tps = q2(taxable * D("0.05"))
    tvq = q2(taxable * D("0.09975"))
    total = sub + tps + tvq
    check(tps == D("1.17") and tvq == D("2.34") and total == D("36.26"), "r19 sums")
    r.rule("-")
    r.cols([("SOUS-TOTAL", r.x0, "l"), (nf(sub, "plainc"), 62, "r")])
    r.cols([("TPS 5%", r.x0, "l"), (nf(tps, "plainc"), 62, "r")])
    r.cols([("TVQ 9,975%", r.x0, "l"), (nf(tvq, "plainc"), 62, "r")])
    r.cols([("TOTAL", r.x0, "l"), (nf(total, "plainc") + " $", 66, "r")], font="Mono-B", size=10)
    r.cols([("DÉBIT", r.x0, "l"), (nf(total, "plainc") + " $", 66, "r")])
    r.rule("-")
    r.left("F = TPS   P = TVQ")
    r.center("MERCI, À LA PROCHAINE!")
    return r, truth(
        number="557412",
        issued=date(2026, 11, 10),
        due=None,
        vendor="DÉPANNEUR CHEZ MARCEL",
        amount=sub,
        vat=tps + tvq,
        total=total,
        currency="CAD",
        locale="fr-CA",
        doc_type="receipt",
        items=items,
        note="vat = TPS + TVQ (added to the taxable items FP); currency '$' in Québec = CAD; "
        "decimal comma, amount before the $",
    )


@doc("r20_nz_market_stall_scan", "scan", Scan(bed=12, angle=0.8))
def r20_nz_market_stall(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Dunedin farmers-market stall, tablet POS receipt: 'Includes GST' only."""
    r = Roll(80, font="Sans", size=8.2, margin=6, top=12)
    r.center("Kōwhai Honey Co.", font="Serif-B", size=15)
    r.center("Otago Farmers Market · Dunedin", font="Sans-I", size=7.5)
    r.center("GST No. 123-456-789", size=7.5)
    r.gap()
    r.center("$123.00", font="Sans-B", size=18)
    r.gap(0.4)
    r.rule(None)
    rows = [
        ("Mānuka Honey 500g", "2", "38.00"),
        ("Clover Honey 1kg", "1", "22.00"),
        ("Beeswax Wrap Set (3)", "1", "25.00"),
    ]
    items, total = [], D(0)
    for desc, q, unit in rows:
        amt = D(q) * D(unit)
        total += amt
        label = desc if q == "1" else f"{desc}  × {q}"
        r.lr(label, "$" + nf(amt))
        if q != "1":
            r.left(f"  ${nf(unit)} each", size=7, color="#555555")
        items.append(item(desc, amt, q, unit) if q != "1" else item(desc, amt))
    gst = vat_in(total, 15)
    check(total == D("123.00") and gst == D("16.04"), "r20 sums")
    r.rule(None)
    r.lr("Subtotal", "$" + nf(total))
    r.lr("Total", "NZ$" + nf(total), font="Sans-B", size=10)
    r.lr("Includes GST (15%)", "$" + nf(gst), size=7.5)
    r.rule(None)
    r.lr("Visa •••• 7731  Contactless", "$" + nf(total))
    r.gap()
    r.lr("Sat 14 Nov 2026 10:22am", "#2S9K", size=7.5)
    r.center("Receipt #2S9K", size=7.5)
    r.gap()
    r.center("Ngā mihi – see you next Saturday!", font="Sans-I", size=7.5)
    return r, truth(
        number="2S9K",
        issued=date(2026, 11, 14),
        due=None,
        vendor="Kōwhai Honey Co.",
        amount=total - gst,
        vat=gst,
        total=total,
        currency="NZD",
        locale="en-NZ",
        doc_type="receipt",
        items=items,
        note="GST only as 'Includes GST': net = total - GST; the big figure at the top repeats "
        "the total",
    )


@doc("r21_il_cafe_tip", "pdf")
def r21_il_cafe(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Tel Aviv café tax invoice/receipt in English: VAT 18 %, card tip added to the charge."""
    r = Roll(80, font="Sans", size=8.0, top=10)
    r.center("CAFÉ ROTHSCHILD 38", font="Sans-B", size=12.5)
    r.center("Rothschild Blvd 38, Tel Aviv-Yafo")
    r.center("Authorized dealer (Osek Murshe) 515123456")
    r.rule(None)
    r.center("TAX INVOICE / RECEIPT  No. 20931", font="Sans-B", size=8.6)
    r.lr("Date: 28/11/2026  10:41", "Table 12")
    r.rule(None)
    rows = [
        ("Shakshuka", "1", "62.00"),
        ("Israeli Breakfast", "1", "78.00"),
        ("Fresh Orange Juice", "2", "22.00"),
        ("Cappuccino", "2", "16.00"),
    ]
    items, gross = [], D(0)
    for desc, q, unit in rows:
        amt = D(q) * D(unit)
        gross += amt
        r.cols([(desc, r.x0, "l"), (q, 44, "r"), (nf(unit), 58, "r"), (nf(amt), r.x1, "r")])
        items.append(item(desc, amt, q, unit))
    vat = vat_in(gross, 18)
    tip = D("25.00")
    total = gross + tip
    check(gross - vat == D("183.05") and vat == D("32.95"), "r21 sums")
    r.rule(None)
    r.lr("Total before VAT", nf(gross - vat))
    r.lr("VAT 18%", nf(vat))
    r.lr("Total incl. VAT", nf(gross))
    r.lr("Tip (not subject to VAT)", nf(tip))
    r.rule(None)
    r.lr("TOTAL CHARGED", "₪" + nf(total), font="Sans-B", size=11)
    r.lr("Visa ****0412", "₪" + nf(total))
    r.gap()
    r.center("Thank you & see you soon!", font="Sans-I")
    return r, truth(
        number="20931",
        issued=date(2026, 11, 28),
        due=None,
        vendor="CAFÉ ROTHSCHILD 38",
        amount=gross - vat,
        vat=vat,
        total=total,
        currency="ILS",
        locale="en-IL",
        doc_type="receipt",
        items=items,
        note="total = the amount charged including the tip; net = 'Total before VAT'",
    )


@doc("r22_ae_taxi_photo", "photo", Photo(table=(40, 40, 44), light=0.5, shadow=0.2, warm=0.1))
def r22_ae_taxi(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Dubai taxi tax invoice: flag fall and distance taxable at 5 %, Salik toll outside VAT."""
    r = Roll(58, font="Mono", size=7.4, margin=3)
    r.center("GULF STAR TAXI LLC", font="Mono-B", size=9)
    r.center("Al Quoz Ind. 3, Dubai - UAE")
    r.center("TRN: 100234567800003")
    r.rule("=")
    r.center("TAX INVOICE", font="Mono-B")
    r.left("Trip No : 557810")
    r.left("Taxi No : D 48213")
    r.left("Driver  : 30917")
    r.left("Date    : 09-11-2026")
    r.lr("Pickup 22:48", "Drop 23:11")
    r.left("From: Dubai Marina")
    r.left("To  : DXB Terminal 3")
    r.left("Distance: 18.4 km")
    r.rule("-")
    flag, dist, salik = D("12.00"), D("36.80"), D("4.00")
    r.lr("Flag fall", nf(flag))
    r.lr("Distance fare", nf(dist))
    r.lr("Salik toll *", nf(salik))
    r.rule("-")
    sub = flag + dist + salik
    vat = q2((flag + dist) * D("0.05"))
    total = sub + vat
    check(vat == D("2.44") and total == D("55.24"), "r22 sums")
    r.lr("Subtotal", nf(sub))
    r.lr("VAT 5% on 48.80", nf(vat))
    r.lr("TOTAL AED", nf(total), font="Mono-B", size=9)
    r.rule("-")
    r.left("Paid: Card  ****5502")
    r.left("* out of scope of VAT")
    r.gap()
    r.center("Thank you for riding")
    r.center("with Gulf Star Taxi")
    return r, truth(
        number="557810",
        issued=date(2026, 11, 9),
        due=None,
        vendor="GULF STAR TAXI LLC",
        amount=sub,
        vat=vat,
        total=total,
        currency="AED",
        locale="en-AE",
        doc_type="receipt",
        items=[item("Flag fall", flag), item("Distance fare", dist), item("Salik toll", salik)],
        note="number = trip number; net = subtotal (the toll is out of scope of VAT but part of "
        "the net)",
    )


def fake_pdf417(p: Page, x: float, y: float, w: float, h: float, rnd: random.Random) -> None:
    """A stacked 2D barcode block (the look of a PDF417 stamp; not decodable)."""
    rows, cols = 14, 34
    cw, rh = w / cols, h / rows
    for i in range(rows):
        for j in range(cols):
            if j in (0, 1, cols - 2, cols - 1) or rnd.random() < 0.5:
                p.rect(x + j * cw, y + i * rh, cw, rh, fill="#000000", stroke=None)


@doc("r23_cl_feria_photo", "photo", Photo(table=(120, 140, 90), light=0.35, shadow=0.35))
def r23_cl_feria(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Santiago market stall boleta electrónica: pesos without decimals, 'El IVA de esta boleta'."""
    r = Roll(72, font="Sans", size=7.8)
    r.center("FRUTAS Y VERDURAS DON TITO", font="Sans-B", size=10)
    r.center("Comercial Don Tito SpA")
    r.center("Puesto 112, Vega Central, Recoleta")
    r.gap(0.3)
    top = r.y - 3
    r.rect(12, top, 48, 17, stroke="#c00000", lw=1.2)
    r.y += 0.5
    r.center("R.U.T.: 76.123.456-7", font="Sans-B", color="#c00000")
    r.center("BOLETA ELECTRÓNICA", font="Sans-B", color="#c00000")
    r.center("N° 4521", font="Sans-B", color="#c00000")
    r.gap(0.6)
    r.center("S.I.I. - SANTIAGO NORTE", size=7)
    r.left("Fecha: 20/11/2026  11:08")
    r.rule(None)
    rows = [
        ("Palta Hass", "1,2 kg", "1.2", "3990"),
        ("Tomate", "2 kg", "2", "1490"),
        ("Limones malla 1 kg", None, None, "1800"),
        ("Cilantro atado", None, None, "700"),
        ("Frutillas 500 g", None, None, "2500"),
    ]
    items, total = [], D(0)
    for desc, qty_p, qty, unit in rows:
        amt = q0(D(qty or 1) * D(unit))
        total += amt
        if qty_p:
            r.left(f"{desc}  {qty_p} x ${nf(unit, 'de', 0)}")
            r.lr("", "$" + nf(amt, "de", 0))
            items.append(item(desc, amt, qty, unit))
        else:
            r.lr(desc, "$" + nf(amt, "de", 0))
            items.append(item(desc, amt))
    iva = q0(total * 19 / 119)
    check(total == 12768 and iva == 2039, "r23 sums")
    r.rule(None)
    r.lr("TOTAL", "$" + nf(total, "de", 0), font="Sans-B", size=11)
    r.lr("Efectivo", "$" + nf(15000, "de", 0))
    r.lr("Vuelto", "$" + nf(15000 - total, "de", 0))
    r.gap()
    r.left("El IVA de esta boleta es: $" + nf(iva, "de", 0))
    r.gap()
    fake_pdf417(r, 10, r.y, 52, 16, rnd)
    r.y += 20
    r.center("Timbre Electrónico SII", size=7)
    r.center("Res. 80 de 2014 - Verifique documento: www.sii.cl", size=6.5)
    return r, truth(
        number="4521",
        issued=date(2026, 11, 20),
        due=None,
        vendor="FRUTAS Y VERDURAS DON TITO",
        amount=total - iva,
        vat=iva,
        total=total,
        currency="CLP",
        locale="es-CL",
        doc_type="receipt",
        items=items,
        note="pesos without decimals ('.' groups thousands); '$' in Chile = CLP; IVA only as "
        "'El IVA de esta boleta es': net = total - IVA",
    )


# =========================================================================== invoices


@doc("i01_mx_cfdi_factura", "pdf")
def i01_mx_cfdi(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """ERP printout of a Mexican CFDI 4.0: labels above values, UUID, seals, amount in words."""
    p = Page(*LETTER)
    navy = "#1d3557"
    p.rect(15, 12, 14, 14, fill=navy, stroke=None, radius=2)
    p.text(22, 21.5, "DIB", font="Sans-B", size=9, align="c", color="#ffffff")
    p.text(32, 17, "DISTRIBUIDORA INDUSTRIAL DEL BAJÍO, S.A. DE C.V.", font="Cond-B", size=11)
    p.lines(
        32,
        21.5,
        [
            "RFC: DIB0102035K1   Régimen fiscal: 601 - General de Ley Personas Morales",
            "Blvd. Adolfo López Mateos 1520 Ote., Col. Centro, León, Gto.",
            "Lugar de expedición (C.P.): 37000   Tel. 477 712 4400",
        ],
        size=7,
        font="Cond",
    )
    p.rect(146, 10, 55, 31, stroke=navy, lw=0.8)
    p.rect(146, 10, 55, 7, fill=navy, stroke=None)
    p.text(173.5, 15, "FACTURA  (CFDI 4.0)", font="Sans-B", size=9, align="c", color="#ffffff")
    stacked(p, 149, 21.5, "Serie y Folio", "A-10482", size=12, lsize=6.3, vfont="Sans-B")
    stacked(
        p,
        149,
        31.5,
        "Fecha y hora de emisión",
        "2026-11-04T10:15:32",
        size=8,
        lsize=6.3,
        vfont="Mono",
    )
    uuid = uuid_like(rnd)
    y = 46
    p.rect(15, y, 186, 21, stroke="#999999")
    p.rect(15, y, 186, 5, fill="#e9eef5", stroke=None)
    p.text(17, y + 3.7, "RECEPTOR", font="Sans-B", size=7, color=navy)
    p.text(110, y + 3.7, "DATOS DEL COMPROBANTE", font="Sans-B", size=7, color=navy)
    p.lines(
        17,
        y + 9,
        [
            "TALLERES MECÁNICOS HERNÁNDEZ, S.A. DE C.V.",
            "RFC: TMH090817QW2   C.P. fiscal: 38010",
            "Régimen: 601   Uso CFDI: G03 - Gastos en general",
        ],
        size=7.3,
        font="Cond",
    )
    pairs(
        p,
        110,
        y + 9,
        [
            ("Folio fiscal (UUID):", uuid),
            ("No. de serie CSD:", "00001000000512345678"),
            ("Fecha de certificación:", "2026-11-04T10:16:05"),
        ],
        size=6.8,
        gap=29,
        lfont="Cond",
        vfont="Mono",
        lead=3.6,
    )
    y = boxes(
        p,
        15,
        70,
        [38, 52, 34, 30, 32],
        [
            ("Forma de pago", "99 - Por definir"),
            ("Método de pago", "PPD - Parcialidades/diferido"),
            ("Moneda", "MXN - Peso mexicano"),
            ("Condiciones", "Crédito 30 días"),
            ("Fecha de vencimiento", "04/12/2026"),
        ],
        h=10,
        size=7.2,
        lsize=6,
        lfont="Cond",
        vfont="Cond-B",
    )
    rows = [
        ("31171504", "H87", "12", "Rodamiento de bolas 6205-2RS", "85.40", "0.00"),
        ("31171609", "H87", "4", "Banda en V A-42", "162.75", "0.00"),
        ("26101100", "H87", "2", "Motor eléctrico trifásico 2 HP", "5480.00", "500.00"),
        ("78101800", "E48", "1", "Flete y maniobras", "850.00", "0.00"),
    ]
    items, sub, disc, cells = [], D(0), D(0), []
    for clave, unit, q, desc, price, dsc in rows:
        amt = D(q) * D(price)
        sub += amt
        disc += D(dsc)
        cells.append([clave, unit, q, desc, nf(price), nf(dsc) if D(dsc) else "", nf(amt)])
        items.append(item(desc, amt, q, price))
    y = table(
        p,
        15,
        201,
        y + 4,
        [(17, "l"), (36, "l"), (58, "r"), (62, "l"), (150, "r"), (172, "r"), (199, "r")],
        ["Clave SAT", "Unidad", "Cant.", "Descripción", "Valor unitario", "Descuento", "Importe"],
        cells,
        size=7.6,
        font="Cond",
        hfont="Cond-B",
        fill="#e9eef5",
        hcolor=navy,
        rh=6.5,
    )
    p.text(
        62,
        y + 4,
        "Objeto de impuesto: 02 - Sí objeto de impuesto. Traslado IVA 16% tasa.",
        size=6.3,
        font="Cond",
        color="#555555",
    )
    net = sub - disc
    iva = q2(net * D("0.16"))
    total = net + iva
    check(sub == D("13485.80") and iva == D("2077.73") and total == D("15063.53"), "i01 sums")
    ty = totals(
        p,
        140,
        199,
        y + 12,
        [
            ("Subtotal", "$" + nf(sub), False),
            ("Descuento", "$" + nf(disc), False),
            ("IVA Trasladado 16%", "$" + nf(iva), False),
            ("Total", "$" + nf(total), True),
        ],
        size=8.5,
        lead=5,
    )
    p.text(15, y + 12, "Importe con letra:", size=7, font="Sans-B")
    p.text(15, y + 16, "QUINCE MIL SESENTA Y TRES PESOS 53/100 M.N.", size=7.5, font="Cond")
    y = max(ty, y + 30) + 4
    p.qr(15, y, 30, f"https://verificacfdi.facturaelectronica.sat.gob.mx/?id={uuid}&tt=15063.53")
    for k, (label, n) in enumerate(
        [
            ("Sello digital del CFDI:", 344),
            ("Sello del SAT:", 344),
            ("Cadena original del complemento de certificación:", 230),
        ]
    ):
        yy = y + 2 + k * 17
        p.text(50, yy, label, size=6.3, font="Sans-B")
        blob = filler(rnd, n)
        p.lines(
            50,
            yy + 3,
            [blob[i : i + 115] for i in range(0, n, 115)],
            size=5.2,
            font="Mono",
            lead=1.2,
        )
    p.text(
        108,
        268,
        "Este documento es una representación impresa de un CFDI",
        size=6.5,
        align="c",
        font="Sans-I",
    )
    p.text(108, 271.5, "Página 1 de 1", size=6.5, align="c")
    return p, truth(
        number="A-10482",
        issued=date(2026, 11, 4),
        due=date(2026, 12, 4),
        vendor="DISTRIBUIDORA INDUSTRIAL DEL BAJÍO, S.A. DE C.V.",
        amount=net,
        vat=iva,
        total=total,
        currency="MXN",
        locale="es-MX",
        doc_type="invoice",
        items=items,
        note="net = subtotal - discount (the discount sits on the motor line; its Importe is "
        "printed before discount); the UUID is not the number",
    )


@doc("i02_ar_factura_a_scan", "scan", Scan(dpi=200, angle=0.7))
def i02_ar_factura_a(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Argentine Factura A (AFIP 'comprobantes en línea' look): two IVA rates, no separators."""
    p = Page(*A4)
    f, fb = "Helvetica", "Helvetica-Bold"
    p.rect(10, 10, 190, 7, stroke="#000000")
    p.text(105, 15, "ORIGINAL", font=fb, size=11, align="c")
    p.rect(10, 17, 190, 50)
    p.line(105, 31, 105, 67)
    p.rect(97, 17, 16, 14, fill="#ffffff")
    p.text(105, 27, "A", font=fb, size=24, align="c")
    p.text(105, 30.2, "COD. 01", font=fb, size=5.5, align="c")
    p.text(14, 27, "DISTRIBUIDORA LOS ANDES S.R.L.", font=fb, size=12)
    pairs(
        p,
        14,
        40,
        [
            ("Razón Social:", "DISTRIBUIDORA LOS ANDES S.R.L."),
            ("Domicilio Comercial:", "Av. San Martín 2450 - Mendoza"),
            ("Condición frente al IVA:", "IVA Responsable Inscripto"),
        ],
        size=7.5,
        gap=33,
        lfont=fb,
        vfont=f,
        lead=5,
    )
    p.text(118, 27, "FACTURA", font=fb, size=16)
    pairs(
        p,
        118,
        37,
        [("Punto de Venta:", "00004"), ("Fecha de Emisión:", "06/11/2026")],
        size=8,
        gap=27,
        lfont=fb,
        vfont=fb,
        lead=5.5,
    )
    p.text(160, 37, "Comp. Nro:", font=fb, size=8)
    p.text(176, 37, "00000873", font=fb, size=8)
    pairs(
        p,
        118,
        50,
        [
            ("CUIT:", "30709876541"),
            ("Ingresos Brutos:", "0654321"),
            ("Fecha de Inicio de Actividades:", "15/05/2004"),
        ],
        size=7.5,
        gap=44,
        lfont=fb,
        vfont=f,
        lead=4.8,
    )
    p.rect(10, 68, 190, 8)
    p.text(13, 73.2, "Período Facturado Desde:", font=fb, size=7.5)
    p.text(48, 73.2, "01/11/2026", font=f, size=7.5)
    p.text(66, 73.2, "Hasta:", font=fb, size=7.5)
    p.text(76, 73.2, "06/11/2026", font=f, size=7.5)
    p.text(112, 73.2, "Fecha de Vto. para el pago:", font=fb, size=7.5)
    p.text(150, 73.2, "06/12/2026", font=f, size=7.5)
    p.rect(10, 77, 190, 22)
    pairs(
        p,
        13,
        83,
        [
            ("CUIT:", "30715554442"),
            ("Condición frente al IVA:", "IVA Responsable Inscripto"),
            ("Condición de venta:", "Cuenta Corriente"),
        ],
        size=7.5,
        gap=33,
        lfont=fb,
        vfont=f,
        lead=5.5,
    )
    p.text(95, 83, "Apellido y Nombre / Razón Social:", font=fb, size=7.5)
    p.text(143, 83, "PANIFICADORA EL TRIGAL S.A.", font=f, size=7.5)
    p.text(95, 88.5, "Domicilio:", font=fb, size=7.5)
    p.text(110, 88.5, "Belgrano 1180 - Godoy Cruz, Mendoza", font=f, size=7.5)
    rows = [
        ("001", "Harina 000 x 25 kg", "40", "18500.00", D("10.5")),
        ("002", "Azúcar x 50 kg", "10", "52300.00", D(21)),
        ("003", "Aceite girasol 1,5 L caja x12", "15", "31950.00", D(21)),
        ("004", "Levadura fresca 500 g", "60", "2150.00", D(21)),
    ]
    items, cells = [], []
    net = {D("10.5"): D(0), D(21): D(0)}
    for code, desc, q, price, rate in rows:
        amt = D(q) * D(price)
        net[rate] += amt
        with_iva = q2(amt * (100 + rate) / 100)
        rate_s = f"{rate.normalize():f}".replace(".", ",") + "%"
        cells.append(
            [
                code,
                desc,
                f"{q},00",
                "unidades",
                nf(price, "plainc"),
                "0,00",
                nf(amt, "plainc"),
                rate_s,
                nf(with_iva, "plainc"),
            ]
        )
        items.append(item(desc, amt, f"{q}.00", price))
    table(
        p,
        10,
        200,
        101,
        [
            (12, "l"),
            (22, "l"),
            (85, "r"),
            (87, "l"),
            (123, "r"),
            (134, "r"),
            (157, "r"),
            (170, "r"),
            (198, "r"),
        ],
        [
            "Código",
            "Producto / Servicio",
            "Cantidad",
            "U. Medida",
            "Precio Unit.",
            "% Bonif",
            "Subtotal",
            "Alícuota\nIVA",
            "Subtotal c/IVA",
        ],
        cells,
        size=7.2,
        font=f,
        hfont=fb,
        fill="#d9d9d9",
        rh=6,
        lines="none",
        hh=8,
    )
    iva105, iva21 = q2(net[D("10.5")] * D("0.105")), q2(net[D(21)] * D("0.21"))
    neto = net[D("10.5")] + net[D(21)]
    total = neto + iva105 + iva21
    check(neto == D("1871250.00") and total == D("2186512.50"), "i02 sums")
    p.rect(10, 196, 190, 50)
    ty = 203
    for label, value in [
        ("Importe Neto Gravado: $", neto),
        ("IVA 27%: $", D(0)),
        ("IVA 21%: $", iva21),
        ("IVA 10.5%: $", iva105),
        ("IVA 5%: $", D(0)),
        ("IVA 2.5%: $", D(0)),
        ("IVA 0%: $", D(0)),
        ("Importe Otros Tributos: $", D(0)),
        ("Importe Total: $", total),
    ]:
        bold = label.startswith("Importe")
        p.text(160, ty, label, font=fb, size=8 if not bold else 8.5, align="r")
        p.text(196, ty, nf(value, "plainc"), font=fb, size=8 if not bold else 8.5, align="r")
        ty += 5
    p.qr(12, 250, 30, "https://www.afip.gob.ar/fe/qr/?p=eyJ2ZXIiOjEsImZlY2hhIjoiMjAyNi0xMS0wNiJ9")
    p.text(46, 262, "Comprobante Autorizado", font="Helvetica-BoldOblique", size=10)
    p.text(
        46,
        267,
        "Esta Administración Federal no se responsabiliza por los datos ingresados",
        font="Helvetica-Oblique",
        size=6,
    )
    p.text(46, 270, "en el detalle de la operación", font="Helvetica-Oblique", size=6)
    p.text(150, 257, "CAE N°:", font=fb, size=8.5)
    p.text(164, 257, "76451234567890", font=f, size=8.5)
    p.text(150, 263, "Fecha de Vto. de CAE:", font=fb, size=8.5)
    p.text(183, 263, "16/11/2026", font=f, size=8.5)
    p.text(105, 287, "Pág. 1/1", font=fb, size=8, align="c")
    return p, truth(
        number="00004-00000873",
        issued=date(2026, 11, 6),
        due=date(2026, 12, 6),
        vendor="DISTRIBUIDORA LOS ANDES S.R.L.",
        amount=neto,
        vat=iva105 + iva21,
        total=total,
        currency="ARS",
        locale="es-AR",
        doc_type="invoice",
        items=items,
        note="number = Punto de Venta 00004 + Comp. Nro 00000873 (keyed PV-number); amounts "
        "without thousands separators; vat = IVA 21 % + 10.5 %; items keyed with the net "
        "Subtotal column; the CAE expiry is not the due date; '$' = ARS",
    )


@doc("i03_za_plumber_tax_invoice", "pdf")
def i03_za_plumber(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """South African accounting-tool tax invoice: R 1 234,56, deposit deducted, balance due."""
    p = Page(*A4)
    teal = "#0f766e"
    p.circle(27, 26, 9, fill=teal)
    p.text(27, 29, "HP", font="Sans-B", size=12, align="c", color="#ffffff")
    p.text(40, 23, "Highveld Plumbing & Gas", font="Sans-B", size=15, color=teal)
    p.lines(
        40,
        29,
        [
            "Highveld Plumbing & Gas (Pty) Ltd · Reg. 2014/112233/07",
            "41 Main Road, Randburg, 2194 · 011 789 4420 · accounts@hvplumb.co.za",
            "VAT No. 4123456789",
        ],
        size=7.5,
        color="#444444",
    )
    p.text(195, 24, "TAX INVOICE", font="Sans-B", size=18, align="r")
    y = 52
    p.text(18, y, "INVOICE TO", font="Sans-B", size=7, color=teal)
    p.lines(
        18,
        y + 5,
        ["Mr & Mrs P. Nel", "23 Jan Smuts Avenue", "Parkhurst, Johannesburg", "2193"],
        size=9,
    )
    for k, (label, value) in enumerate(
        [
            ("Invoice No.", "INV-04417"),
            ("Date", "12 November 2026"),
            ("Due Date", "26 November 2026"),
            ("Reference", "Job 2611-07 Geyser"),
        ]
    ):
        stacked(
            p, 120 + (k % 2) * 40, y + (k // 2) * 12, label, value, size=9.5, lsize=7, color=teal
        )
    rows = [
        ("Geyser 150L supply (Kwikot)", "1", "7850.00"),
        ("Labour – geyser installation (hrs)", "4", "650.00"),
        ("Copper pipe 22mm (m)", "6", "145.50"),
        ("Call-out fee", "1", "450.00"),
    ]
    items, sub, cells = [], D(0), []
    for desc, q, price in rows:
        amt = D(q) * D(price)
        sub += amt
        cells.append([desc, f"{q},00", nf(price, "fr"), "0,00%", "15%", nf(amt, "fr")])
        items.append(item(desc, amt, f"{q}.00", price))
    y = table(
        p,
        15,
        195,
        82,
        [(17, "l"), (112, "r"), (135, "r"), (152, "r"), (166, "r"), (193, "r")],
        ["Description", "Qty", "Excl. Price", "Disc %", "VAT %", "Excl. Total"],
        cells,
        size=8.8,
        fill=teal,
        hcolor="#ffffff",
        rh=7,
        stripe="#f0f7f6",
    )
    vat = q2(sub * D("0.15"))
    total = sub + vat
    deposit = D("5000.00")
    balance = total - deposit
    check(vat == D("1765.95") and balance == D("8538.95"), "i03 sums")
    totals(
        p,
        108,
        193,
        y + 8,
        [
            ("Total Exclusive", "R " + nf(sub, "fr"), False),
            ("Total VAT (15%)", "R " + nf(vat, "fr"), False),
            ("Total", "R " + nf(total, "fr"), False),
            ("Less: Deposit received 05/11/2026", "-R " + nf(deposit, "fr"), False),
            ("Balance Due", "R " + nf(balance, "fr"), True),
        ],
        size=9,
    )
    y = y + 52
    p.text(17, y, "Banking details", font="Sans-B", size=8.5, color=teal)
    pairs(
        p,
        17,
        y + 5,
        [
            ("Bank:", "First National Bank"),
            ("Account name:", "Highveld Plumbing & Gas (Pty) Ltd"),
            ("Account no.:", "6281 034 4417"),
            ("Branch code:", "250655"),
            ("Reference:", "INV-04417"),
        ],
        size=8,
        gap=25,
        vfont="Sans",
        lead=4.4,
    )
    p.text(
        17,
        y + 33,
        "Workmanship guaranteed for 12 months. Geyser carries the manufacturer's 5-year warranty.",
        size=7.5,
        font="Sans-I",
        color="#444444",
    )
    p.hline(15, 195, 282, w=0.4, color=teal)
    p.text(105, 287, "Thank you for your business!", size=8, align="c", color=teal)
    return p, truth(
        number="INV-04417",
        issued=date(2026, 11, 12),
        due=date(2026, 11, 26),
        vendor="Highveld Plumbing & Gas",
        amount=sub,
        vat=vat,
        total=balance,
        currency="ZAR",
        locale="en-ZA",
        doc_type="invoice",
        items=items,
        note="total = balance due after the R 5 000,00 deposit; space thousands + decimal "
        "comma; the legal name line below the trading name adds (Pty) Ltd",
    )


@doc(
    "i04_ke_hardware_invoice_scan", "scan", Scan(dpi=200, angle=1.1, binary=True, noise=3, blur=0.7)
)
def i04_ke_hardware(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Kenyan hardware wholesaler, ERP printout in Courier: VAT-inclusive lines, eTIMS block."""
    p = Page(*A4)
    f, fb = "Courier", "Courier-Bold"
    p.text(105, 18, "KISUMU HARDWARE & GENERAL SUPPLIES LTD", font=fb, size=12, align="c")
    p.lines(
        105,
        23,
        [
            "OGINGA ODINGA STREET, P.O. BOX 1234-40100 KISUMU",
            "TEL: 0733 123 456  EMAIL: sales@kisumuhardware.co.ke",
            "PIN: P051987654Q",
        ],
        size=8,
        font=f,
        align="c",
    )
    p.text(105, 42, "TAX INVOICE", font=fb, size=13, align="c")
    p.hline(15, 195, 45, w=0.8)
    pairs(
        p,
        15,
        51,
        [
            ("CUSTOMER :", "LAKEVIEW BUILDERS LTD"),
            ("ADDRESS  :", "P.O. BOX 889, KISUMU"),
            ("PIN      :", "P052345678Z"),
            ("LPO NO   :", "7781"),
        ],
        size=8.5,
        gap=22,
        lfont=fb,
        vfont=f,
        lead=4.6,
    )
    pairs(
        p,
        118,
        51,
        [
            ("INVOICE NO:", "KHG/INV/2026/0417"),
            ("DATE      :", "05-Nov-2026"),
            ("TERMS     :", "14 DAYS"),
            ("DUE DATE  :", "19-Nov-2026"),
        ],
        size=8.5,
        gap=22,
        lfont=fb,
        vfont=f,
        lead=4.6,
    )
    p.hline(15, 195, 70, w=0.8)
    rows = [
        ("CEMENT 50KG BAG", "40", "820.00"),
        ("Y12 STEEL BAR 12M", "25", "1150.00"),
        ("ROOFING NAILS 1KG", "10", "280.00"),
        ("IRON SHEET G30 3M", "12", "1450.00"),
        ("TRANSPORT TO SITE", "1", "3500.00"),
    ]
    items, total, cells = [], D(0), []
    for k, (desc, q, price) in enumerate(rows, 1):
        amt = D(q) * D(price)
        total += amt
        cells.append([str(k), desc, q, nf(price), "B-16%", nf(amt)])
        items.append(item(desc, amt, q, price))
    y = table(
        p,
        15,
        195,
        71,
        [(17, "l"), (26, "l"), (104, "r"), (132, "r"), (137, "l"), (193, "r")],
        ["NO", "DESCRIPTION", "QTY", "PRICE", "TAX", "AMOUNT"],
        cells,
        size=8.5,
        font=f,
        hfont=fb,
        rh=6,
        lines="head",
    )
    p.hline(15, 195, y + 1, w=0.8)
    vat = vat_in(total, 16)
    check(total == D("85250.00") and vat == D("11758.62"), "i04 sums")
    totals(
        p,
        120,
        193,
        y + 8,
        [
            ("TOTAL EXCL. VAT", nf(total - vat), False),
            ("VAT 16%", nf(vat), False),
            ("TOTAL INCL. VAT KES", nf(total), True),
        ],
        size=8.5,
        font=f,
        bfont=fb,
        rule_before_bold=False,
    )
    p.text(15, y + 8, "PRICES ARE INCLUSIVE OF VAT", size=8, font=fb)
    p.text(15, y + 13, "GOODS ONCE SOLD ARE NOT RETURNABLE", size=8, font=f)
    y += 32
    p.rect(15, y, 120, 34)
    p.text(18, y + 5, "CONTROL UNIT INFO", font=fb, size=8)
    p.lines(
        18,
        y + 10,
        [
            "CU SERIAL NO : KRACU0100007742",
            "CU INVOICE NO: 0100007742/0417",
            "DATE & TIME  : 05/11/2026 14:22:05",
            "INTERNAL DATA: LQ7A-MM2K-91ZX-4HTC",
            "SIGNATURE    : 8RT2-KQ4W-PL0D-NB7E",
        ],
        size=7.5,
        font=f,
    )
    p.qr(
        150,
        y,
        34,
        "https://itax.kra.go.ke/KRA-Portal/invoiceChk.htm?actionCode=loadPage&"
        "invoiceNo=0100007742/0417",
    )
    y += 44
    p.text(
        15,
        y,
        "PAYMENT: KCB KISUMU A/C 1109876543  |  M-PESA PAYBILL 522522 A/C 0417",
        size=8,
        font=f,
    )
    p.text(
        15,
        y + 14,
        "RECEIVED BY: ____________________   SIGN: __________   DATE: ________",
        size=8,
        font=f,
    )
    p.text(15, y + 24, "PREPARED BY: ODHIAMBO     CHECKED BY: ATIENO", size=8, font=f)
    return p, truth(
        number="KHG/INV/2026/0417",
        issued=date(2026, 11, 5),
        due=date(2026, 11, 19),
        vendor="KISUMU HARDWARE & GENERAL SUPPLIES LTD",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="KES",
        locale="en-KE",
        doc_type="invoice",
        items=items,
        note="line prices include VAT (items keyed as printed); net = TOTAL EXCL. VAT; the LPO "
        "and CU numbers are not the invoice number",
    )


@doc("i05_ng_law_firm_fee_note", "pdf")
def i05_ng_law_firm(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Lagos law firm fee note from a word processor (Times): VAT on fees, disbursements not."""
    p = Page(*A4)
    f, fb, fi = "Times-Roman", "Times-Bold", "Times-Italic"
    p.text(105, 20, "ADEBAYO, OKAFOR & PARTNERS", font=fb, size=17, align="c", color="#6b1d1d")
    p.text(105, 26, "Barristers, Solicitors & Notaries Public", font=fi, size=10.5, align="c")
    p.text(
        105,
        31,
        "7th Floor, Churchgate Tower 2, Plot 30 Churchgate Street, Victoria Island, Lagos",
        font=f,
        size=8.5,
        align="c",
    )
    p.text(
        105,
        35,
        "Tel: +234 1 270 4455  ·  info@aoplegal.ng  ·  TIN 12345678-0001",
        font=f,
        size=8.5,
        align="c",
    )
    p.hline(20, 190, 38, w=1.2, color="#6b1d1d")
    p.hline(20, 190, 39.2, w=0.4, color="#6b1d1d")
    p.text(20, 50, "Fee Note No.: AOP/FN/2026/118", font=fb, size=10.5)
    p.text(190, 50, "20th November, 2026", font=f, size=10.5, align="r")
    p.lines(
        20,
        60,
        [
            "The Managing Director,",
            "Zenith Agro-Allied Limited,",
            "14 Adeola Odeku Street,",
            "Victoria Island, Lagos.",
        ],
        size=10.5,
        font=f,
    )
    p.text(20, 84, "Dear Sir,", font=f, size=10.5)
    p.text(105, 93, "FEE NOTE", font=fb, size=12, align="c")
    p.text(
        20,
        100,
        "RE: ACQUISITION OF 60% EQUITY INTEREST IN GREENFIELD MILLS LIMITED",
        font=fb,
        size=10,
    )
    p.lines(
        20,
        108,
        [
            "We write to forward our fee note for professional services rendered in connection "
            "with the above",
            "transaction, particulars of which are set out below:",
        ],
        size=10.5,
        font=f,
    )
    rows = [
        (
            "1.",
            "Professional fees: review and negotiation of share purchase agreement",
            D("1500000.00"),
        ),
        ("2.", "Professional fees: attendance at completion meeting", D("350000.00")),
    ]
    disb = [
        ("3.", "Disbursement: CAC filing fees", D("45000.00")),
        ("4.", "Disbursement: courier and dispatch", D("12500.00")),
    ]
    y = 122
    p.rect(20, y, 170, 7, fill="#efe6e6", stroke="#000000")
    p.text(23, y + 5, "S/N", font=fb, size=10)
    p.text(33, y + 5, "PARTICULARS", font=fb, size=10)
    p.text(187, y + 5, "AMOUNT (NGN)", font=fb, size=10, align="r")
    y += 7
    items = []
    fees = D(0)
    for sn, desc, amt in rows:
        y += 7
        p.text(23, y, sn, font=f, size=10.5)
        p.text(33, y, desc, font=f, size=10.5)
        p.text(187, y, nf(amt), font=f, size=10.5, align="r")
        fees += amt
        items.append(item(desc, amt))
    vat = q2(fees * D("0.075"))
    y += 8
    p.text(33, y, "Sub-total (professional fees)", font=fi, size=10.5)
    p.text(187, y, nf(fees), font=fi, size=10.5, align="r")
    y += 6
    p.text(33, y, "Add: VAT @ 7.5% on professional fees", font=fi, size=10.5)
    p.text(187, y, nf(vat), font=fi, size=10.5, align="r")
    dsum = D(0)
    for sn, desc, amt in disb:
        y += 8
        p.text(23, y, sn, font=f, size=10.5)
        p.text(33, y, desc, font=f, size=10.5)
        p.text(187, y, nf(amt), font=f, size=10.5, align="r")
        dsum += amt
        items.append(item(desc, amt))
    total = fees + vat + dsum
    check(total == D("2046250.00"), "i05 total")
    y += 5
    p.line(20, 122, 20, y)
    p.line(190, 122, 190, y)
    p.line(30, 122, 30, y)
    p.line(150, 122, 150, y)
    p.hline(20, 190, y, w=0.6)
    p.text(33, y + 6, "TOTAL AMOUNT DUE", font=fb, size=11)
    p.text(187, y + 6, "₦" + nf(total), font="Serif-B", size=10.5, align="r")
    p.rect(20, y, 170, 9)
    y += 17
    p.lines(
        20,
        y,
        [
            "Amount in words: Two Million, Forty-Six Thousand, Two Hundred and Fifty Naira only.",
            "",
            "Kindly note that disbursements are not subject to VAT. This fee note is payable "
            "within 14 days of",
            "receipt by transfer to: Adebayo, Okafor & Partners, Access Bank Plc, Account No. "
            "0691234578.",
            "",
            "Thank you for your continued patronage.",
            "",
            "Yours faithfully,",
            "For: ADEBAYO, OKAFOR & PARTNERS",
        ],
        size=10.5,
        font=f,
        lead=1.25,
    )
    p.text(20, y + 58, "Chinedu Okafor, SAN", font=fb, size=10.5)
    p.text(20, y + 63, "Partner", font=fi, size=10.5)
    return p, truth(
        number="AOP/FN/2026/118",
        issued=date(2026, 11, 20),
        due=None,
        vendor="ADEBAYO, OKAFOR & PARTNERS",
        amount=fees + dsum,
        vat=vat,
        total=total,
        currency="NGN",
        locale="en-NG",
        doc_type="invoice",
        items=items,
        note="fee note; VAT only on the fees, net = fees + disbursements; 'payable within 14 "
        "days' gives no printed due date",
    )


@doc("i06_tr_e_arsiv_fatura", "pdf")
def i06_tr_e_arsiv(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Turkish e-Arşiv invoice in the GİB standard layout: discount column, KDV 20 %."""
    p = Page(*A4)
    f, fb = "Cond", "Cond-B"
    p.lines(12, 16, ["ANADOLU YAZILIM VE DANIŞMANLIK LTD. ŞTİ."], size=9, font=fb)
    p.lines(
        12,
        21,
        [
            "Barbaros Mah. Begonya Sok. No:3 Kat:4",
            "Ataşehir / İSTANBUL",
            "Tel: 0216 555 12 34  Fax: 0216 555 12 35",
            "Web Sitesi: www.anadoluyazilim.com.tr",
            "E-Posta: muhasebe@anadoluyazilim.com.tr",
            "Vergi Dairesi: KOZYATAĞI",
            "VKN: 0681234567",
            "Ticaret Sicil No: 845123",
            "MERSİS No: 0068123456700015",
        ],
        size=7.5,
        font=f,
        lead=1.25,
    )
    p.hline(12, 90, 10, w=0.6)
    p.hline(12, 90, 63, w=0.6)
    p.circle(112, 26, 12, fill="#ffffff", stroke="#b22222")
    p.text(112, 24, "GİB", font=fb, size=10, align="c", color="#b22222")
    p.text(112, 29, "e-Arşiv", font=f, size=7, align="c", color="#b22222")
    p.text(112, 47, "e-Arşiv Fatura", font=fb, size=12, align="c")
    p.text(12, 72, "SAYIN", font=fb, size=8.5)
    p.lines(
        12,
        77,
        [
            "MARMARA LOJİSTİK A.Ş.",
            "Kavacık Mah. Ekinciler Cad. No:19",
            "Beykoz / İSTANBUL",
            "Vergi Dairesi: BEYKOZ",
            "VKN: 6120987654",
        ],
        size=7.5,
        font=f,
        lead=1.25,
    )
    p.hline(12, 90, 68, w=0.6)
    p.hline(12, 90, 100, w=0.6)
    ettn = uuid_like(rnd).lower()
    p.text(12, 108, "ETTN: " + ettn, size=7.5, font=fb)
    info = [
        ("Özelleştirme No:", "TR1.2"),
        ("Senaryo:", "EARSIVFATURA"),
        ("Fatura Tipi:", "SATIS"),
        ("Fatura No:", "AYD2026000000412"),
        ("Fatura Tarihi:", "17-11-2026"),
        ("Düzenlenme Saati:", "11:42"),
    ]
    y = 72
    for label, value in info:
        p.rect(133, y, 32, 5, stroke="#000000", lw=0.4)
        p.rect(165, y, 33, 5, stroke="#000000", lw=0.4)
        p.text(134, y + 3.6, label, size=7, font=fb)
        p.text(166, y + 3.6, value, size=7, font=f)
        y += 5
    rows = [
        ("1", "Yazılım bakım hizmeti - Kasım 2026", "1", "Adet", "18500.00", D(0)),
        ("2", "Özel yazılım geliştirme", "24", "Saat", "1250.00", D(10)),
        ("3", "Eğitim hizmeti", "2", "Gün", "6000.00", D(0)),
    ]
    items, cells, gross, disc_sum = [], [], D(0), D(0)
    for no, desc, q, unit, price, rate in rows:
        line = D(q) * D(price)
        disc = q2(line * rate / 100)
        net = line - disc
        kdv = q2(net * D("0.20"))
        gross += line
        disc_sum += disc
        cells.append(
            [
                no,
                desc,
                f"{q} {unit}",
                nf(price, "de") + " TL",
                f"%{nf(rate, 'de')}",
                nf(disc, "de") + " TL",
                "%20,00",
                nf(kdv, "de") + " TL",
                nf(net, "de") + " TL",
            ]
        )
        items.append(item(desc, net, q, price))
    edges = [12, 20, 70, 88, 110, 124, 145, 159, 178, 198]
    y = table(
        p,
        12,
        198,
        114,
        [
            (16, "c"),
            (21, "l"),
            (86, "r"),
            (108, "r"),
            (122, "r"),
            (143, "r"),
            (157, "r"),
            (176, "r"),
            (197, "r"),
        ],
        [
            "Sıra\nNo",
            "Mal Hizmet",
            "Miktar",
            "Birim Fiyat",
            "İskonto\nOranı",
            "İskonto\nTutarı",
            "KDV\nOranı",
            "KDV Tutarı",
            "Mal Hizmet\nTutarı",
        ],
        cells,
        size=7,
        font=f,
        hfont=fb,
        rh=6,
        lines="grid",
        edges=edges,
        hh=9,
    )
    net_total = gross - disc_sum
    kdv_total = q2(net_total * D("0.20"))
    total = net_total + kdv_total
    check(net_total == D("57500.00") and total == D("69000.00"), "i06 sums")
    y += 4
    for label, value in [
        ("Mal Hizmet Toplam Tutarı", gross),
        ("Toplam İskonto", disc_sum),
        ("Hesaplanan KDV(%20,00)", kdv_total),
        ("Vergiler Dahil Toplam Tutar", total),
        ("Ödenecek Tutar", total),
    ]:
        p.rect(122, y, 46, 5.5, lw=0.4)
        p.rect(168, y, 30, 5.5, lw=0.4)
        p.text(166, y + 3.9, label, size=7.2, font=fb, align="r")
        p.text(196, y + 3.9, nf(value, "de") + " TL", size=7.2, font=f, align="r")
        y += 5.5
    p.rect(12, y + 6, 186, 20, lw=0.4)
    p.lines(
        14,
        y + 11,
        [
            "Not: Yalnız ALTMIŞDOKUZBİN TÜRK LİRASI SIFIR KURUŞ",
            "Son ödeme tarihi: 01.12.2026 — IBAN: TR12 0006 2000 1234 0006 2987 65 (Garanti BBVA)",
            "Bu satış internet üzerinden yapılmıştır. e-Arşiv izni kapsamında elektronik ortamda "
            "iletilmiştir.",
        ],
        size=7.2,
        font=f,
    )
    return p, truth(
        number="AYD2026000000412",
        issued=date(2026, 11, 17),
        due=date(2026, 12, 1),
        vendor="ANADOLU YAZILIM VE DANIŞMANLIK LTD. ŞTİ.",
        amount=net_total,
        vat=kdv_total,
        total=total,
        currency="TRY",
        locale="tr-TR",
        doc_type="invoice",
        items=items,
        note="items keyed with 'Mal Hizmet Tutarı' (after the line discount); the due date is "
        "in the note (Son ödeme tarihi); ETTN is not the number",
    )


@doc("i07_gr_timologio_scan", "scan", Scan(dpi=200, angle=0.9, blur=0.7))
def i07_gr_timologio(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Greek freelancer's service invoice (Serif, word processor): ΦΠΑ 24 %, 20 % withholding."""
    p = Page(*A4)
    f, fb = "Serif", "Serif-B"
    p.text(20, 24, "ΕΛΕΝΗ ΓΕΩΡΓΙΟΥ", font=fb, size=16)
    p.lines(
        20,
        30,
        [
            "Αρχιτέκτων Μηχανικός",
            "Λεωφ. Αλεξάνδρας 112, 114 73 Αθήνα",
            "ΑΦΜ: 056789123  ΔΟΥ: ΙΓ' ΑΘΗΝΩΝ",
            "Τηλ. 210 645 1234 · egeorgiou@arch.gr",
        ],
        size=9,
        font=f,
    )
    p.text(190, 24, "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ", font=fb, size=12, align="r")
    p.text(190, 29.5, "ΥΠΗΡΕΣΙΩΝ", font=fb, size=12, align="r")
    pairs(
        p,
        135,
        40,
        [("Αριθμός:", "57"), ("Ημερομηνία:", "09/11/2026")],
        size=10,
        gap=25,
        lfont=f,
        vfont=fb,
        lead=5.5,
    )
    p.hline(20, 190, 56, w=0.8)
    p.text(20, 64, "ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ", font=fb, size=9)
    pairs(
        p,
        20,
        70,
        [
            ("Επωνυμία:", "ΚΑΤΑΣΚΕΥΑΣΤΙΚΗ ΑΙΓΑΙΟΥ Α.Ε."),
            ("Διεύθυνση:", "Κηφισίας 215, 151 24 Μαρούσι"),
            ("ΑΦΜ / ΔΟΥ:", "094512378 / ΦΑΕ ΑΘΗΝΩΝ"),
            ("Τρόπος πληρωμής:", "Κατάθεση σε τράπεζα"),
        ],
        size=9.5,
        gap=34,
        lfont=f,
        vfont=f,
        lead=5.2,
    )
    rows = [
        ("Μελέτη αρχιτεκτονική κατοικίας", "1", "2400.00"),
        ("Επίβλεψη έργου (ώρες)", "12", "45.00"),
    ]
    items, net, cells = [], D(0), []
    for desc, q, price in rows:
        amt = D(q) * D(price)
        net += amt
        cells.append([desc, q, nf(price, "de"), nf(amt, "de")])
        items.append(item(desc, amt, q, price))
    y = table(
        p,
        20,
        190,
        96,
        [(22, "l"), (125, "r"), (155, "r"), (188, "r")],
        ["Περιγραφή", "Ποσότητα", "Τιμή μονάδας", "Αξία (€)"],
        cells,
        size=9.5,
        font=f,
        hfont=fb,
        rh=8,
        lines="grid",
        edges=[20, 105, 128, 160, 190],
        fill="#eeeeee",
    )
    vat = q2(net * D("0.24"))
    gross = net + vat
    wht = q2(net * D("0.20"))
    pay = gross - wht
    check(pay == D("3057.60"), "i07 payable")
    totals(
        p,
        110,
        188,
        y + 10,
        [
            ("Καθαρή αξία", nf(net, "de"), False),
            ("ΦΠΑ 24%", nf(vat, "de"), False),
            ("Σύνολο", nf(gross, "de"), False),
            ("Παρακράτηση φόρου 20%", "-" + nf(wht, "de"), False),
            ("Πληρωτέο ποσό", nf(pay, "de") + " €", True),
        ],
        size=9.5,
        font=f,
        bfont=fb,
        lead=6,
    )
    p.lines(
        20,
        y + 52,
        [
            "Τράπεζα: Εθνική Τράπεζα της Ελλάδος",
            "IBAN: GR16 0110 1250 0000 0001 2300 695",
            "Δικαιούχος: Ελένη Γεωργίου",
        ],
        size=9,
        font=f,
    )
    p.text(20, y + 72, "MARK: 400001928374651    UID: 3F9A1C77E2B04D58", size=8, font="Mono")
    p.text(150, y + 95, "Η εκδότρια", font=f, size=9.5, align="c")
    p.line(125, y + 110, 175, y + 110, w=0.4)
    return p, truth(
        number="57",
        issued=date(2026, 11, 9),
        due=None,
        vendor="ΕΛΕΝΗ ΓΕΩΡΓΙΟΥ",
        amount=net,
        vat=vat,
        total=pay,
        currency="EUR",
        locale="el-GR",
        doc_type="invoice",
        items=items,
        note="total = Πληρωτέο (payable) after the 20 % withholding on the net; the MARK is "
        "the tax authority's id, not the number",
    )


@doc("i08_ro_factura_tamplarie", "pdf")
def i08_ro_factura(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Romanian invoice from an online invoicing tool: Furnizor / Client, 'Seria X nr. N'."""
    p = Page(*A4)
    blue = "#1a5fa8"
    p.text(15, 20, "LEMNARIA", font="Serif-B", size=20, color="#7a4e1d")
    p.text(15, 25, "atelier de tâmplărie", font="Serif-I", size=9, color="#7a4e1d")
    p.text(195, 18, "FACTURĂ", font="Sans-B", size=20, align="r", color=blue)
    p.text(195, 25, "Seria LMN nr. 0456", font="Sans-B", size=10.5, align="r")
    pairs(
        p,
        140,
        32,
        [("Data emiterii:", "13.11.2026"), ("Data scadenței:", "28.11.2026"), ("Cota TVA:", "21%")],
        size=8.5,
        gap=25,
        lead=4.5,
    )
    y = 50
    for x, title, lines in [
        (
            15,
            "Furnizor",
            [
                "LEMNARIA ATELIER S.R.L.",
                "CIF: RO34567890",
                "Reg. Com.: J12/3456/2015",
                "Str. Fabricii nr. 7, Cluj-Napoca",
                "Capital social: 200 lei",
                "IBAN: RO49 BTRL 0130 1202 A123 45XX",
                "Banca Transilvania",
            ],
        ),
        (
            110,
            "Client",
            [
                "Popescu Andrei",
                "CNP: -",
                "Str. Observatorului nr. 90, ap. 12",
                "Cluj-Napoca, jud. Cluj",
                "Tel: 0744 123 456",
            ],
        ),
    ]:
        p.text(x, y, title, font="Sans-B", size=9.5, color=blue)
        p.hline(x, x + 85, y + 1.5, w=0.6, color=blue)
        p.text(x, y + 7, lines[0], font="Sans-B", size=9)
        p.lines(x, y + 11.5, lines[1:], size=8)
    rows = [
        ("Mobilier bucătărie la comandă", "buc", "1", "14800.00"),
        ("Blat cuarț", "ml", "3.20", "950.00"),
        ("Montaj mobilier", "serv", "1", "1200.00"),
    ]
    items, cells, net, tva = [], [], D(0), D(0)
    for k, (desc, um, q, price) in enumerate(rows, 1):
        amt = q2(D(q) * D(price))
        t = q2(amt * D("0.21"))
        net += amt
        tva += t
        q_print = nf(q, "de") if "." in q else q
        cells.append([str(k), desc, um, q_print, nf(price, "de"), nf(amt, "de"), nf(t, "de")])
        items.append(item(desc, amt, q, price))
    y = table(
        p,
        15,
        195,
        100,
        [(18, "c"), (24, "l"), (97, "c"), (114, "r"), (141, "r"), (168, "r"), (193, "r")],
        [
            "Nr.",
            "Denumirea produselor sau a serviciilor",
            "U.M.",
            "Cant.",
            "Preț unitar\n(fără TVA) -lei-",
            "Valoarea\n-lei-",
            "Valoarea TVA\n-lei-",
        ],
        cells,
        size=8.5,
        hfont="Sans-B",
        fill="#e8f0fa",
        hcolor=blue,
        rh=7,
        hh=10,
        hsize=7.5,
    )
    total = net + tva
    check(net == D("19040.00") and tva == D("3998.40"), "i08 sums")
    p.hline(15, 195, y + 0.5, w=0.8, color=blue)
    p.text(120, y + 6, "Total", font="Sans-B", size=9, align="r")
    p.text(168, y + 6, nf(net, "de"), font="Sans-B", size=9, align="r")
    p.text(193, y + 6, nf(tva, "de"), font="Sans-B", size=9, align="r")
    p.rect(120, y + 10, 75, 10, fill="#1a5fa8", stroke=None)
    p.text(123, y + 16.5, "Total de plată", font="Sans-B", size=10, color="#ffffff")
    p.text(
        192, y + 16.5, nf(total, "de") + " lei", font="Sans-B", size=11, align="r", color="#ffffff"
    )
    p.lines(
        15,
        y + 30,
        [
            "Termen de garanție mobilier: 24 luni.",
            "Factura circulă fără semnătură și ștampilă conform art. 319 alin. 29 "
            "din Legea 227/2015.",
            "Întocmit de: Mihai Rus",
        ],
        size=7.5,
        color="#444444",
    )
    p.text(
        105,
        285,
        "Factură emisă cu SmartFact · www.smartfact.ro",
        size=6.5,
        align="c",
        color="#888888",
    )
    return p, truth(
        number="LMN 0456",
        issued=date(2026, 11, 13),
        due=date(2026, 11, 28),
        vendor="LEMNARIA ATELIER S.R.L.",
        amount=net,
        vat=tva,
        total=total,
        currency="RON",
        locale="ro-RO",
        doc_type="invoice",
        items=items,
        note="number = series + number ('Seria LMN nr. 0456'); the seller's name is the first "
        "line of the Furnizor block (the logo reads LEMNARIA)",
    )


@doc("i09_hu_szamla_photo", "photo", Photo(long_side=1900, table=(186, 176, 160), light=0.35))
def i09_hu_szamla(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Hungarian invoice from an online invoicing service: boxes, forints, net and gross."""
    p = Page(*A4)
    p.text(195, 22, "Számla", font="Sans-B", size=22, align="r")
    p.text(195, 29, "Számla sorszáma: KT-2026-318", font="Sans-B", size=10, align="r")
    p.text(195, 34, "1. példány / eredeti", font="Sans", size=8, align="r", color="#555555")
    y = 42
    for x, title, lines in [
        (
            15,
            "Eladó",
            [
                "Kovács és Társa Villanyszerelő Bt.",
                "1148 Budapest, Örs vezér tere 25.",
                "Adószám: 21234567-2-42",
                "Bankszámla: 11773016-01234567-00000000",
            ],
        ),
        (108, "Vevő", ["Tóth Gábor", "2000 Szentendre, Fő tér 5.", "", ""]),
    ]:
        p.rect(x, y, 87, 30, stroke="#444444")
        p.text(x + 3, y + 5, title, font="Sans-B", size=8, color="#555555")
        p.text(x + 3, y + 11, lines[0], font="Sans-B", size=9.5)
        p.lines(x + 3, y + 16, lines[1:], size=8.5)
    y = boxes(
        p,
        15,
        77,
        [45, 45, 45, 45],
        [
            ("Fizetési mód", "Átutalás"),
            ("Teljesítés dátuma", "2026.11.03."),
            ("Számla kelte", "2026.11.03."),
            ("Fizetési határidő", "2026.11.18."),
        ],
        h=12,
        size=10,
        lsize=7,
        fill="#f2f2f2",
    )
    rows = [
        ("Villanyszerelési munkadíj", "8", "óra", "9500"),
        ("Kismegszakító 16A", "6", "db", "2850"),
        ("Kábel NYM-J 3x2,5", "45", "m", "690"),
    ]
    items, cells, net, vat = [], [], D(0), D(0)
    for desc, q, unit, price in rows:
        n = D(q) * D(price)
        v = q0(n * D("0.27"))
        net += n
        vat += v
        cells.append(
            [
                desc,
                f"{q} {unit}",
                nf(price, "fr", 0),
                nf(n, "fr", 0),
                "27%",
                nf(v, "fr", 0),
                nf(n + v, "fr", 0),
            ]
        )
        items.append(item(desc, n, q, price))
    y = table(
        p,
        15,
        195,
        y + 6,
        [(17, "l"), (83, "r"), (105, "r"), (128, "r"), (142, "r"), (165, "r"), (193, "r")],
        [
            "Megnevezés",
            "Menny.",
            "Nettó\negységár",
            "Nettó érték",
            "ÁFA",
            "ÁFA érték",
            "Bruttó érték",
        ],
        cells,
        size=8.8,
        hfont="Sans-B",
        rh=7.5,
        hh=10,
        hsize=8,
        fill="#f2f2f2",
    )
    gross = net + vat
    check(net == 124150 and vat == 33521 and gross == 157671, "i09 sums")
    y += 6
    p.rect(100, y, 95, 24, stroke="#444444")
    pairs(
        p,
        103,
        y + 6,
        [
            ("Nettó összesen:", nf(net, "fr", 0) + " Ft"),
            ("ÁFA összesen (27%):", nf(vat, "fr", 0) + " Ft"),
        ],
        size=9.5,
        gap=88,
        vfont="Sans",
        vx_align="r",
        lead=5.5,
    )
    p.text(103, y + 19, "Fizetendő:", font="Sans-B", size=12)
    p.text(191, y + 19, nf(gross, "fr", 0) + " Ft", font="Sans-B", size=12, align="r")
    p.text(15, y + 32, "azaz százötvenhétezer-hatszázhetvenegy forint", size=9, font="Sans-I")
    p.text(
        15,
        y + 44,
        "A számla a 23/2014. (VI. 30.) NGM rendelet szerint elektronikusan került kiállításra.",
        size=7.5,
        color="#555555",
    )
    p.text(15, 285, "Készült a Szamlazo.hu rendszerével  ·  1/1 oldal", size=7, color="#888888")
    return p, truth(
        number="KT-2026-318",
        issued=date(2026, 11, 3),
        due=date(2026, 11, 18),
        vendor="Kovács és Társa Villanyszerelő Bt.",
        amount=net,
        vat=vat,
        total=gross,
        currency="HUF",
        locale="hu-HU",
        doc_type="invoice",
        items=items,
        note="forints without decimals, space-grouped; dates 'YYYY.MM.DD.'; items keyed with "
        "their net value (the table also prints gross)",
    )


@doc("i10_be_creditnota", "pdf")
def i10_be_creditnota(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Belgian print shop credit note (Dutch): BTW 21 % and 6 %, structured communication."""
    p = Page(*A4)
    red = "#c0392b"
    p.rect(15, 14, 6, 18, fill=red, stroke=None)
    p.text(25, 22, "Drukkerij Van Damme", font="Sans-B", size=16)
    p.lines(
        25,
        28,
        [
            "Kortrijksesteenweg 112 · 9000 Gent",
            "BTW BE 0456.789.123 · RPR Gent",
            "info@drukkerijvandamme.be · +32 9 222 41 10",
        ],
        size=8,
        color="#444444",
    )
    p.lines(
        120,
        50,
        [
            "Bakkerij Verhaeghe",
            "t.a.v. mevr. Lien Verhaeghe",
            "Vrijdagmarkt 7",
            "9000 Gent",
            "BTW BE 0712.345.678",
        ],
        size=10,
    )
    p.text(15, 82, "CREDITNOTA", font="Sans-B", size=18, color=red)
    y = boxes(
        p,
        15,
        88,
        [40, 32, 40, 40, 28],
        [
            ("Nummer", "CN2026-0031"),
            ("Datum", "19/11/2026"),
            ("Betreft factuur", "2026-1187"),
            ("Factuurdatum", "28/10/2026"),
            ("Klantnr.", "K-0442"),
        ],
        h=11,
        size=9.5,
        lsize=6.8,
    )
    rows = [
        ("Retour folders A5 (misdruk)", "2500", "0.18", 21),
        ("Korting visitekaartjes (kleurafwijking)", "1", "75.00", 21),
        ("Catalogi 'Brood & Banket' (boekdruk)", "40", "4.50", 6),
    ]
    items, cells = [], []
    base = {21: D(0), 6: D(0)}
    for desc, q, price, rate in rows:
        amt = D(q) * D(price)
        base[rate] += amt
        cells.append([desc, nf(q, "de", 0), nf(price, "de"), f"{rate}%", nf(amt, "de")])
        items.append(item(desc, amt, q, price))
    y = table(
        p,
        15,
        195,
        y + 8,
        [(17, "l"), (122, "r"), (148, "r"), (163, "r"), (193, "r")],
        ["Omschrijving", "Aantal", "Eenheidsprijs", "BTW", "Bedrag"],
        cells,
        size=9,
        rh=7.5,
        lines="rows",
        fill="#f6e3e1",
    )
    v21, v6 = q2(base[21] * D("0.21")), q2(base[6] * D("0.06"))
    net = base[21] + base[6]
    total = net + v21 + v6
    check(total == D("826.05"), "i10 total")
    totals(
        p,
        112,
        193,
        y + 9,
        [
            ("Totaal excl. BTW", "€ " + nf(net, "de"), False),
            (f"BTW 21% op {nf(base[21], 'de')}", "€ " + nf(v21, "de"), False),
            (f"BTW 6% op {nf(base[6], 'de')}", "€ " + nf(v6, "de"), False),
            ("Totaal te crediteren", "€ " + nf(total, "de"), True),
        ],
        size=9.5,
    )
    y += 44
    p.lines(
        15,
        y,
        [
            "Dit bedrag wordt teruggestort op uw rekening BE68 5390 0754 7034 binnen 10 werkdagen,",
            "met vermelding van de gestructureerde mededeling +++090/1234/56789+++.",
            "Reden: misdruk folders en kleurafwijking visitekaartjes, "
            "zie uw klacht van 05/11/2026.",
        ],
        size=8.5,
    )
    p.hline(15, 195, 280, w=0.4, color=red)
    p.text(
        105,
        285,
        "Drukkerij Van Damme BV · IBAN BE12 0012 3456 7890 · BIC GEBABEBB",
        size=7,
        align="c",
        color="#555555",
    )
    return p, truth(
        number="CN2026-0031",
        issued=date(2026, 11, 19),
        due=None,
        vendor="Drukkerij Van Damme",
        amount=net,
        vat=v21 + v6,
        total=total,
        currency="EUR",
        locale="nl-BE",
        doc_type="credit_note",
        items=items,
        note="credit note printed with positive amounts, keyed as printed; the invoice it "
        "credits (2026-1187, 28/10/2026) is not its number or date; vat = 21 % + 6 %",
    )


@doc("i11_at_installateur_akonto", "pdf")
def i11_at_installateur(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Austrian heating installer, DIN-5008-style letter: Pos. table, Akonto deducted."""
    p = Page(*A4)
    f, fb = "Sans", "Sans-B"
    p.text(195, 20, "Installateur Gruber GmbH", font=fb, size=14, align="r", color="#004b87")
    p.text(195, 25.5, "Heizung · Sanitär · Lüftung", font=f, size=9, align="r", color="#004b87")
    p.text(
        20,
        49,
        "Installateur Gruber GmbH · Bahnhofstraße 7 · 6020 Innsbruck",
        size=6.5,
        color="#555555",
    )
    p.hline(20, 105, 50.5, w=0.3, color="#999999")
    p.lines(20, 56, ["Frau", "Mag. Eva Steiner", "Höttinger Au 42", "6020 Innsbruck"], size=10)
    pairs(
        p,
        130,
        52,
        [
            ("Rechnungsnummer:", "2026-1147"),
            ("Rechnungsdatum:", "24.11.2026"),
            ("Kundennummer:", "10388"),
            ("Leistungszeitraum:", "17.–19.11.2026"),
            ("Ihr Auftrag vom:", "28.10.2026"),
            ("UID Kunde:", "–"),
        ],
        size=8.5,
        gap=33,
        vfont=f,
        lead=4.6,
    )
    p.text(20, 98, "Rechnung Nr. 2026-1147", font=fb, size=13)
    p.lines(
        20,
        108,
        [
            "Sehr geehrte Frau Mag. Steiner,",
            "für die ausgeführten Arbeiten (Tausch der Gastherme) erlauben wir uns wie "
            "folgt zu verrechnen:",
        ],
        size=9.5,
    )
    rows = [
        ("1", "1", "Stk", "Gas-Brennwerttherme 24 kW inkl. Zubehör", "4890.00"),
        ("2", "1", "Psch", "Demontage und Entsorgung Altgerät", "380.00"),
        ("3", "14.5", "Std", "Montagearbeit Techniker", "78.00"),
        ("4", "1", "Stk", "Abgasleitung Set DN 60/100", "612.40"),
    ]
    items, cells, net = [], [], D(0)
    for pos, q, unit, desc, price in rows:
        amt = q2(D(q) * D(price))
        net += amt
        cells.append(
            [pos, nf(q, "de", 1) if "." in q else q, unit, desc, nf(price, "de"), nf(amt, "de")]
        )
        items.append(item(desc, amt, q, price))
    y = table(
        p,
        20,
        192,
        120,
        [(22, "l"), (43, "r"), (46, "l"), (58, "l"), (164, "r"), (190, "r")],
        ["Pos.", "Menge", "Einh.", "Bezeichnung", "EP €", "GP €"],
        cells,
        size=9,
        rh=7,
        lines="head",
    )
    p.hline(20, 192, y + 1, w=0.6)
    ust = q2(net * D("0.20"))
    gross = net + ust
    akonto = D("4000.00")
    pay = gross - akonto
    check(net == D("7013.40") and ust == D("1402.68") and pay == D("4416.08"), "i11 sums")
    totals(
        p,
        100,
        190,
        y + 8,
        [
            ("Summe netto", nf(net, "de"), False),
            ("zzgl. 20 % USt.", nf(ust, "de"), False),
            ("Rechnungsbetrag brutto", nf(gross, "de"), False),
            ("abzgl. Akontozahlung vom 03.11.2026", "-" + nf(akonto, "de"), False),
            ("Zahlbetrag EUR", nf(pay, "de"), True),
        ],
        size=9.5,
    )
    y += 45
    p.lines(
        20,
        y,
        [
            "Zahlbar bis 08.12.2026 ohne Abzug.",
            "Bei Zahlung bis 01.12.2026 gewähren wir 2 % Skonto auf den Zahlbetrag.",
            "Die Gewährleistung beträgt 24 Monate ab Übergabe.",
            "",
            "Mit freundlichen Grüßen",
            "Thomas Gruber",
        ],
        size=9.5,
    )
    p.hline(20, 192, 274, w=0.3, color="#999999")
    for x, lines in [
        (
            20,
            [
                "Installateur Gruber GmbH",
                "Bahnhofstraße 7, 6020 Innsbruck",
                "Tel. +43 512 58 44 12",
            ],
        ),
        (85, ["FN 123456a, LG Innsbruck", "UID: ATU87654321", "Geschäftsführer: Thomas Gruber"]),
        (145, ["Raiffeisen Landesbank Tirol", "IBAN AT12 3600 0000 0123 4567", "BIC RZTIAT22"]),
    ]:
        p.lines(x, 278, lines, size=6.8, color="#555555")
    return p, truth(
        number="2026-1147",
        issued=date(2026, 11, 24),
        due=date(2026, 12, 8),
        vendor="Installateur Gruber GmbH",
        amount=net,
        vat=ust,
        total=pay,
        currency="EUR",
        locale="de-AT",
        doc_type="invoice",
        items=items,
        note="total = Zahlbetrag after the Akonto (deposit) deduction; the Skonto date is not "
        "the due date",
    )


@doc("i12_ie_electricity_bill_scan", "scan", Scan(dpi=200, angle=0.5, noise=1.0))
def i12_ie_electricity(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Irish electricity bill: summary panel, account history, unit rates in euro, VAT 9 %."""
    p = Page(*A4)
    green = "#1b7f3b"
    p.rect(0, 0, 210, 30, fill=green, stroke=None)
    p.text(15, 17, "Shannon Energy", font="Sans-B", size=20, color="#ffffff")
    p.text(15, 23.5, "Your electricity bill", font="Sans", size=10, color="#d9f2e0")
    pairs(
        p,
        130,
        11,
        [
            ("Account number", "2049 8813 07"),
            ("Bill number", "800123456"),
            ("Bill date", "04 Nov 2026"),
            ("MPRN", "10 000 123 456"),
        ],
        size=8,
        gap=28,
        lead=4.3,
        color="#d9f2e0",
        vcolor="#ffffff",
        vfont="Sans-B",
    )
    p.lines(
        15,
        42,
        ["Ms Aoife Brennan", "Apt 12, Grand Canal View", "Ringsend Road", "Dublin 4, D04 X2Y1"],
        size=10,
    )
    p.rect(120, 38, 75, 32, fill="#eaf6ee", stroke=green, lw=1)
    p.text(124, 46, "Amount due", size=10, font="Sans-B", color=green)
    p.text(191, 58, "€408.29", size=22, font="Sans-B", align="r")
    p.text(124, 66, "Due date 18 Nov 2026 · paid by Direct Debit", size=7.5)
    p.text(15, 82, "Your account summary", font="Sans-B", size=11, color=green)
    y = 88
    for label, value in [
        ("Previous bill amount", "€356.10"),
        ("Payment received 22 Sep 2026 - thank you", "-€356.10"),
        ("Balance brought forward", "€0.00"),
        ("This bill (01 Sep 2026 - 31 Oct 2026)", "€408.29"),
    ]:
        p.text(17, y, label, size=9)
        p.text(105, y, value, size=9, align="r")
        y += 5.2
    p.hline(15, 107, y - 3, w=0.5)
    p.text(17, y + 1.5, "Total amount due", size=9.5, font="Sans-B")
    p.text(105, y + 1.5, "€408.29", size=9.5, font="Sans-B", align="r")
    # usage chart
    p.text(125, 82, "Your usage (kWh)", font="Sans-B", size=9, color=green)
    for k, (label, v) in enumerate(
        [("Jan", 690), ("Mar", 610), ("May", 430), ("Jul", 390), ("Sep", 480), ("Nov", 578)]
    ):
        h = v / 690 * 24
        p.rect(127 + k * 11, 112 - h, 7, h, fill=green if k == 5 else "#9fd3ae", stroke=None)
        p.text(130.5 + k * 11, 116, label, size=6.5, align="c")
    p.text(15, 128, "Your charges 01 Sep 2026 - 31 Oct 2026", font="Sans-B", size=11, color=green)
    rows = [
        ("Day units", "812 kWh", "812", "0.3245"),
        ("Night units", "344 kWh", "344", "0.1720"),
        ("Standing charge", "61 days", "61", "0.7452"),
        ("PSO levy", "2 months", "2", "3.23"),
    ]
    items, cells, net = [], [], D(0)
    for desc, qty_p, q, rate in rows:
        amt = q2(D(q) * D(rate))
        net += amt
        cells.append([desc, qty_p, "€" + rate, "€" + nf(amt)])
        items.append(item(desc, amt, q, rate, unit_dec=len(rate.split(".")[1])))
    y = table(
        p,
        15,
        195,
        132,
        [(17, "l"), (110, "r"), (145, "r"), (193, "r")],
        ["Description", "Quantity", "Rate", "Amount"],
        cells,
        size=9,
        rh=7,
        fill="#eaf6ee",
        hcolor=green,
    )
    vat = q2(net * D("0.09"))
    total = net + vat
    check(net == D("374.58") and vat == D("33.71") and total == D("408.29"), "i12 sums")
    totals(
        p,
        110,
        193,
        y + 8,
        [
            ("Total before VAT", "€" + nf(net), False),
            ("VAT @ 9%", "€" + nf(vat), False),
            ("Total this bill", "€" + nf(total), True),
        ],
        size=9.5,
    )
    p.rect(15, 236, 180, 36, stroke="#999999")
    p.text(18, 242, "How to pay", font="Sans-B", size=9, color=green)
    p.lines(
        18,
        248,
        [
            "Direct Debit: €408.29 will be collected from your account ending 4417 on or after "
            "18 Nov 2026.",
            "Bank transfer: IBAN IE29 AIBK 9311 5212 3456 78, reference 2049881307.",
            "Questions? Call 1800 20 30 40 or visit shannonenergy.ie/help",
        ],
        size=8,
    )
    p.text(
        105,
        285,
        "Shannon Energy Supply DAC · Registered in Ireland No. 612345 · VAT IE3456789KH",
        size=7,
        align="c",
        color="#555555",
    )
    return p, truth(
        number="800123456",
        issued=date(2026, 11, 4),
        due=date(2026, 11, 18),
        vendor="Shannon Energy",
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="en-IE",
        doc_type="invoice",
        items=items,
        note="utility bill; the account number and MPRN are not the number; previous balance "
        "fully paid, so amount due = this bill",
    )


@doc("i13_no_faktura_design", "pdf")
def i13_no_faktura(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Norwegian sole trader's invoice from an online tool: KID, giro slip with kroner | øre."""
    p = Page(*A4)
    p.text(18, 24, "Ingrid Solberg Design", font="Sans-B", size=17)
    p.lines(
        18,
        30,
        [
            "Møllendalsveien 8, 5009 Bergen",
            "Org.nr. 912 345 678 MVA",
            "ingrid@solbergdesign.no · 917 45 120",
        ],
        size=8.5,
        color="#555555",
    )
    p.text(192, 24, "FAKTURA", font="Sans-L", size=22, align="r")
    p.lines(
        18,
        56,
        ["Fjordlys Reiser AS", "Att.: Kari Nordmann", "Strandkaien 2", "5013 Bergen"],
        size=10,
    )
    pairs(
        p,
        128,
        56,
        [
            ("Fakturanr.", "10234"),
            ("Fakturadato", "02.11.2026"),
            ("Forfallsdato", "16.11.2026"),
            ("KID", "0001023412"),
            ("Kontonr.", "1503 12 34567"),
            ("Deres ref.", "Kari Nordmann"),
        ],
        size=9,
        gap=28,
        vfont="Sans",
        lead=5,
    )
    rows = [
        ("Logodesign", "1", "12500.00"),
        ("Nettside, 5 sider", "1", "28000.00"),
        ("Bildebehandling (timer)", "6", "950.00"),
    ]
    items, cells, net = [], [], D(0)
    for desc, q, price in rows:
        amt = D(q) * D(price)
        net += amt
        cells.append([desc, q, nf(price, "fr"), "25 %", nf(amt, "fr")])
        items.append(item(desc, amt, q, price))
    y = table(
        p,
        18,
        192,
        100,
        [(18, "l"), (118, "r"), (146, "r"), (162, "r"), (192, "r")],
        ["Beskrivelse", "Antall", "Pris", "MVA", "Beløp"],
        cells,
        size=9.5,
        rh=8,
        hfont="Sans-B",
        lines="rows",
    )
    mva = q2(net * D("0.25"))
    total = net + mva
    check(total == D("57750.00"), "i13 total")
    totals(
        p,
        120,
        192,
        y + 9,
        [
            ("Sum eks. mva", nf(net, "fr"), False),
            ("MVA 25 %", nf(mva, "fr"), False),
            ("Å betale (NOK)", nf(total, "fr"), True),
        ],
        size=9.5,
    )
    # a giro-like payment slip at the foot of the page
    y0 = 205
    p.line(0, y0, 210, y0, w=0.4, dash=(2, 2))
    p.rect(0, y0 + 1, 210, 91, fill="#fdf3d8", stroke=None)
    p.text(12, y0 + 8, "GIRO", font="Sans-B", size=11, color="#8a6d1c")
    p.text(60, y0 + 8, "Betalingsinformasjon", size=8, color="#8a6d1c")
    p.text(12, y0 + 20, "Betalt av", size=7, color="#8a6d1c")
    p.lines(12, y0 + 25, ["Fjordlys Reiser AS", "Strandkaien 2, 5013 Bergen"], size=8.5)
    p.text(110, y0 + 20, "Betalt til", size=7, color="#8a6d1c")
    p.lines(110, y0 + 25, ["Ingrid Solberg Design", "Møllendalsveien 8, 5009 Bergen"], size=8.5)
    p.text(110, y0 + 45, "Betalingsfrist", size=7, color="#8a6d1c")
    p.text(110, y0 + 50, "16.11.2026", size=9, font="Mono")
    p.rect(0, y0 + 66, 210, 16, fill="#ffffff", stroke=None)
    p.text(5, y0 + 70, "Kundeidentifikasjon (KID)", size=6.5, color="#8a6d1c")
    p.text(70, y0 + 70, "Kroner", size=6.5, color="#8a6d1c")
    p.text(100, y0 + 70, "Øre", size=6.5, color="#8a6d1c")
    p.text(128, y0 + 70, "Til konto", size=6.5, color="#8a6d1c")
    p.text(5, y0 + 77, "0001023412", size=11, font="Mono")
    p.text(96, y0 + 77, nf(int(total), "plain", 0), size=11, font="Mono", align="r")
    p.text(100, y0 + 77, "00", size=11, font="Mono")
    p.text(128, y0 + 77, "1503 12 34567", size=11, font="Mono")
    return p, truth(
        number="10234",
        issued=date(2026, 11, 2),
        due=date(2026, 11, 16),
        vendor="Ingrid Solberg Design",
        amount=net,
        vat=mva,
        total=total,
        currency="NOK",
        locale="nb-NO",
        doc_type="invoice",
        items=items,
        note="space thousands + decimal comma; the giro slip prints kroner and øre apart "
        "(57750 | 00); the KID is not the number",
    )


@doc(
    "i14_il_tax_invoice_photo",
    "photo",
    Photo(long_side=1900, table=(95, 105, 115), light=0.3, shadow=0.4, tilt=0.05),
)
def i14_il_tax_invoice(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Israeli software house tax invoice in English: VAT 18 %, allocation number, ₪."""
    p = Page(*A4)
    p.rect(15, 14, 180, 24, fill="#0b3954", stroke=None)
    p.text(20, 25, "NEGEV CODE LABS LTD.", font="Sans-B", size=16, color="#ffffff")
    p.text(
        20,
        32,
        "Gav-Yam Negev Park, Building 3, Be'er Sheva 8489325 · Company No. 515987654",
        size=7.5,
        color="#bfd7ea",
    )
    p.text(15, 50, "TAX INVOICE No. 3021", font="Sans-B", size=14)
    p.text(195, 50, "ORIGINAL", font="Sans-B", size=10, align="r", color="#c0392b")
    pairs(
        p,
        15,
        60,
        [
            ("Date:", "30.11.2026"),
            ("Due date:", "30.12.2026 (Current+30)"),
            ("Allocation No.:", "203918475"),
            ("Your PO:", "CF-PO-7712"),
        ],
        size=9,
        gap=28,
        vfont="Sans",
        lead=5,
    )
    p.text(120, 60, "Bill to:", font="Sans-B", size=9)
    p.lines(
        120, 65, ["Carmel Fintech Ltd.", "Company No. 516123987", "HaNamal St 12, Haifa"], size=9
    )
    rows = [
        ("Backend development - November 2026 (hours)", "64", "320.00"),
        ("Code review & QA (hours)", "10", "280.00"),
        ("Cloud hosting (pass-through)", "1", "1150.00"),
    ]
    items, cells, net = [], [], D(0)
    for k, (desc, q, price) in enumerate(rows, 1):
        amt = D(q) * D(price)
        net += amt
        cells.append([str(k), desc, q, nf(price), nf(amt)])
        items.append(item(desc, amt, q, price))
    y = table(
        p,
        15,
        195,
        88,
        [(17, "l"), (25, "l"), (125, "r"), (158, "r"), (193, "r")],
        ["#", "Description", "Qty", "Unit price (₪)", "Total (₪)"],
        cells,
        size=9.5,
        rh=8,
        fill="#dbe9f4",
        lines="rows",
    )
    vat = q2(net * D("0.18"))
    total = net + vat
    check(total == D("28827.40"), "i14 total")
    totals(
        p,
        120,
        193,
        y + 10,
        [
            ("Subtotal", nf(net), False),
            ("VAT 18%", nf(vat), False),
            ("Total (ILS)", "₪" + nf(total), True),
        ],
        size=10,
    )
    p.lines(
        15,
        y + 45,
        [
            "Payment by bank transfer to Bank Leumi, branch 802, account 12345/67.",
            "This document was produced by computer and is valid without a signature.",
        ],
        size=8.5,
        color="#444444",
    )
    p.text(
        105,
        285,
        "Negev Code Labs Ltd. · VAT file (Osek Murshe) 515987654",
        size=7,
        align="c",
        color="#777777",
    )
    return p, truth(
        number="3021",
        issued=date(2026, 11, 30),
        due=date(2026, 12, 30),
        vendor="NEGEV CODE LABS LTD.",
        amount=net,
        vat=vat,
        total=total,
        currency="ILS",
        locale="en-IL",
        doc_type="invoice",
        items=items,
        note="'Current+30' terms with the due date printed; the allocation number (Israel "
        "Tax Authority) and PO are not the invoice number",
    )


@doc("i15_ae_foodstuff_tax_invoice_scan", "scan", Scan(dpi=200, angle=0.8, noise=1.0))
def i15_ae_foodstuff(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Dubai foodstuff trader tax invoice: VAT 5 % per line, amount in words, TRN."""
    p = Page(*A4)
    f, fb = "Helvetica", "Helvetica-Bold"
    p.text(105, 18, "AL NOOR FOODSTUFF TRADING L.L.C.", font=fb, size=14, align="c")
    p.text(
        105,
        23.5,
        "Shop 7, Al Ras Street, Deira, Dubai, U.A.E. · P.O. Box 41177 · Tel +971 4 226 5511",
        font=f,
        size=8,
        align="c",
    )
    p.text(105, 28, "TRN: 100345678900003", font=fb, size=8.5, align="c")
    p.rect(75, 33, 60, 9, fill="#dddddd")
    p.text(105, 39.3, "TAX INVOICE", font=fb, size=13, align="c")
    p.rect(15, 46, 180, 30)
    p.line(110, 46, 110, 76)
    pairs(
        p,
        18,
        52,
        [
            ("Customer:", "Blue Dhow Restaurant LLC"),
            ("Address:", "Jumeirah Beach Road, Umm Suqeim 2"),
            ("Customer TRN:", "100567890100003"),
            ("Contact:", "Mr. Sanjay Menon"),
        ],
        size=8.5,
        gap=24,
        lfont=fb,
        vfont=f,
        lead=5.8,
    )
    pairs(
        p,
        113,
        52,
        [
            ("Invoice No:", "ANF-INV-24871"),
            ("Invoice Date:", "15-Nov-2026"),
            ("Due Date:", "15-Dec-2026"),
            ("Terms / Salesman:", "30 days / Rashid"),
        ],
        size=8.5,
        gap=30,
        lfont=fb,
        vfont=f,
        lead=5.8,
    )
    rows = [
        ("Basmati Rice 5kg", "BAG", "120", "42.50"),
        ("Sunflower Oil 1.8L", "BTL", "96", "18.75"),
        ("Tomato Paste 400g x24", "CTN", "30", "86.00"),
        ("Black Tea 450g", "PKT", "48", "22.25"),
    ]
    items, cells, net, vat = [], [], D(0), D(0)
    for k, (desc, unit, q, price) in enumerate(rows, 1):
        amt = D(q) * D(price)
        v = q2(amt * D("0.05"))
        net += amt
        vat += v
        cells.append([str(k), desc, unit, q, nf(price), nf(amt), "5%", nf(v), nf(amt + v)])
        items.append(item(desc, amt, q, price))
    edges = [15, 24, 70, 84, 96, 114, 140, 152, 170, 195]
    y = table(
        p,
        15,
        195,
        80,
        [
            (19.5, "c"),
            (26, "l"),
            (77, "c"),
            (94, "r"),
            (112, "r"),
            (138, "r"),
            (146, "c"),
            (168, "r"),
            (193, "r"),
        ],
        [
            "S.No",
            "Description",
            "Unit",
            "Qty",
            "Rate\n(AED)",
            "Taxable\nAmount",
            "VAT\n%",
            "VAT\nAmount",
            "Total\n(AED)",
        ],
        cells,
        size=8.2,
        font=f,
        hfont=fb,
        rh=7,
        lines="grid",
        edges=edges,
        fill="#eeeeee",
        hh=10,
        hsize=7.5,
    )
    total = net + vat
    check(net == D("10548.00") and vat == D("527.40") and total == D("11075.40"), "i15 sums")
    for label, value in [
        ("Total Taxable Amount", net),
        ("Total VAT 5%", vat),
        ("Grand Total (AED)", total),
    ]:
        p.rect(114, y, 56, 7)
        p.rect(170, y, 25, 7)
        p.text(116, y + 5, label, font=fb, size=8.5)
        p.text(193, y + 5, nf(value), font=fb, size=8.5, align="r")
        y += 7
    p.text(
        15,
        y + 8,
        "Amount in words: UAE Dirhams Eleven Thousand Seventy-Five and Fils Forty Only",
        font=f,
        size=8.5,
    )
    p.lines(
        15,
        y + 20,
        [
            "Bank: Emirates NBD · A/C 1015 2233 4455 01 · IBAN AE07 0260 0010 1522 3344 5501",
            "Goods received in good condition.",
        ],
        size=8,
        font=f,
    )
    p.text(40, y + 52, "Receiver's Signature", font=f, size=8.5, align="c")
    p.text(165, y + 52, "For AL NOOR FOODSTUFF TRADING L.L.C.", font=fb, size=8.5, align="c")
    p.line(20, y + 47, 60, y + 47, w=0.4)
    p.line(140, y + 47, 190, y + 47, w=0.4)
    return p, truth(
        number="ANF-INV-24871",
        issued=date(2026, 11, 15),
        due=date(2026, 12, 15),
        vendor="AL NOOR FOODSTUFF TRADING L.L.C.",
        amount=net,
        vat=vat,
        total=total,
        currency="AED",
        locale="en-AE",
        doc_type="invoice",
        items=items,
        note="items keyed with the taxable amount (the table also prints VAT and total per line)",
    )


@doc("i16_th_invoice_wht", "pdf")
def i16_th_invoice(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Bangkok studio's invoice / tax invoice: VAT 7 %, then 3 % withholding, net payment."""
    p = Page(*A4)
    purple = "#5b2a86"
    p.rect(15, 14, 16, 16, fill=purple, stroke=None, radius=3)
    p.text(23, 24.5, "SP", font="Sans-B", size=11, align="c", color="#ffffff")
    p.text(35, 20, "SIAM PIXEL STUDIO CO., LTD.", font="Sans-B", size=13)
    p.lines(
        35,
        25,
        [
            "99/12 Soi Ari 4, Phaya Thai, Bangkok 10400 (Head Office)",
            "Tax ID 0105559012345 · Tel 02-279-1188",
        ],
        size=8,
        color="#444444",
    )
    p.text(195, 20, "INVOICE / TAX INVOICE", font="Sans-B", size=12, align="r", color=purple)
    p.text(195, 25.5, "ORIGINAL", font="Sans", size=8, align="r")
    p.rect(15, 38, 110, 30, stroke="#999999")
    p.text(18, 43, "Customer", font="Sans-B", size=8, color=purple)
    p.lines(
        18,
        48,
        [
            "Chao Phraya Hotels Public Co., Ltd. (Head Office)",
            "1055 Charoen Krung Rd, Bang Rak, Bangkok 10500",
            "Tax ID 0107537000123",
        ],
        size=8.5,
    )
    p.rect(128, 38, 67, 30, stroke="#999999")
    pairs(
        p,
        131,
        44,
        [
            ("No.", "IV2611-0045"),
            ("Date", "18/11/2026"),
            ("Credit term", "30 days"),
            ("Due Date", "18/12/2026"),
            ("Salesperson", "Nattaporn K."),
        ],
        size=8.3,
        gap=24,
        vfont="Sans",
        lead=4.9,
    )
    rows = [
        ("Website redesign - phase 2", "1", "85000.00"),
        ("Monthly SEO retainer (Nov 2026)", "1", "25000.00"),
        ("Stock photo licences", "12", "450.00"),
    ]
    items, cells, net = [], [], D(0)
    for k, (desc, q, price) in enumerate(rows, 1):
        amt = D(q) * D(price)
        net += amt
        cells.append([str(k), desc, q, nf(price), nf(amt)])
        items.append(item(desc, amt, q, price))
    y = table(
        p,
        15,
        195,
        74,
        [(19, "c"), (26, "l"), (128, "r"), (160, "r"), (193, "r")],
        ["No.", "Description", "Qty", "Unit Price", "Amount (THB)"],
        cells,
        size=9,
        rh=8,
        fill=purple,
        hcolor="#ffffff",
        lines="rows",
    )
    y += 40
    vat = q2(net * D("0.07"))
    grand = net + vat
    wht = q2(net * D("0.03"))
    pay = grand - wht
    check(grand == D("123478.00") and pay == D("120016.00"), "i16 sums")
    ty = totals(
        p,
        118,
        193,
        y,
        [
            ("Total (before VAT)", nf(net), False),
            ("VAT 7%", nf(vat), False),
            ("Grand Total", nf(grand), True),
        ],
        size=9,
    )
    p.text(15, y, "(One Hundred Twenty-Three Thousand Four Hundred", size=8, font="Sans-I")
    p.text(15, y + 4.5, "Seventy-Eight Baht Only)", size=8, font="Sans-I")
    p.rect(100, ty - 2, 95, 16, fill="#f3edf8", stroke=None)
    p.text(103, ty + 3, f"Less Withholding Tax 3% (of {nf(net)})", size=8.5)
    p.text(193, ty + 3, "-" + nf(wht), size=8.5, align="r")
    p.text(103, ty + 10, "Net Payment", font="Sans-B", size=10.5)
    p.text(193, ty + 10, nf(pay), font="Sans-B", size=10.5, align="r")
    y = ty + 30
    p.lines(
        15,
        y,
        [
            "Payment: Kasikornbank, Phahon Yothin branch, A/C 012-3-45678-9 (Siam Pixel "
            "Studio Co., Ltd.)",
            "Please send the withholding tax certificate (50 Tawi) to accounts@siampixel.co.th",
        ],
        size=8,
    )
    for x, label in [(45, "Received by"), (105, "Date"), (165, "Authorized Signature")]:
        p.line(x - 25, 262, x + 25, 262, w=0.4)
        p.text(x, 267, label, size=8, align="c")
    return p, truth(
        number="IV2611-0045",
        issued=date(2026, 11, 18),
        due=date(2026, 12, 18),
        vendor="SIAM PIXEL STUDIO CO., LTD.",
        amount=net,
        vat=vat,
        total=pay,
        currency="THB",
        locale="en-TH",
        doc_type="invoice",
        items=items,
        note="total = Net Payment after the 3 % withholding on the pre-VAT amount (the Grand "
        "Total is before it)",
    )


@doc("i17_vn_hoa_don_gtgt_scan", "scan", Scan(dpi=200, angle=0.6, noise=0.9))
def i17_vn_hoa_don(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Vietnamese VAT e-invoice (hóa đơn GTGT) print: Serif, bilingual labels, words."""
    p = Page(*A4)
    f, fb, fi = "Serif", "Serif-B", "Serif-I"
    p.rect(10, 10, 190, 277, stroke="#7a1f1f", lw=1.2)
    p.text(100, 22, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", font=fb, size=14, align="c", color="#7a1f1f")
    p.text(105, 27.5, "(VAT INVOICE)", font=fi, size=9, align="c")
    p.text(105, 33, "Ngày (Date) 12 tháng (month) 11 năm (year) 2026", font=fi, size=9, align="c")
    pairs(
        p,
        153,
        20,
        [("Ký hiệu (Serial):", "1C26TVN"), ("Số (No.):", "00001873")],
        size=8.5,
        gap=26,
        lfont=f,
        vfont=fb,
        lead=5,
    )
    p.text(105, 39, "Mã của CQT: 00A1B2C3D4E5F60718293A4B5C6D7E8F90", font=f, size=7.5, align="c")
    p.hline(14, 196, 42, w=0.5)
    pairs(
        p,
        15,
        48,
        [
            ("Đơn vị bán hàng (Seller):", "CÔNG TY TNHH THIẾT BỊ VĂN PHÒNG MINH PHÁT"),
            ("Mã số thuế (Tax code):", "0109876543"),
            ("Địa chỉ (Address):", "Số 18 Phố Huế, P. Ngô Thì Nhậm, Q. Hai Bà Trưng, Hà Nội"),
            ("Số tài khoản (Account No.):", "0011004123456 - Vietcombank CN Hà Nội"),
        ],
        size=8.5,
        gap=45,
        lfont=f,
        vfont=f,
        lead=5,
    )
    p.hline(14, 196, 68, w=0.5)
    pairs(
        p,
        15,
        74,
        [
            ("Họ tên người mua hàng (Buyer):", "Trần Quốc Bảo"),
            ("Tên đơn vị (Company):", "CÔNG TY CỔ PHẦN GIÁO DỤC SAO MAI"),
            ("Mã số thuế (Tax code):", "0108765432"),
            ("Địa chỉ (Address):", "25 Nguyễn Chí Thanh, Q. Đống Đa, Hà Nội"),
            ("Hình thức thanh toán (Payment):", "TM/CK"),
            ("Đơn vị tiền tệ (Currency):", "VNĐ"),
        ],
        size=8.5,
        gap=55,
        lfont=f,
        vfont=f,
        lead=5,
    )
    rows = [
        ("Máy in laser A4", "Cái", "2", "4850000"),
        ("Hộp mực in", "Hộp", "10", "620000"),
        ("Giấy A4 70gsm", "Ram", "50", "68000"),
    ]
    items, cells, net = [], [], D(0)
    for k, (desc, unit, q, price) in enumerate(rows, 1):
        amt = D(q) * D(price)
        net += amt
        cells.append([str(k), desc, unit, q, nf(price, "de", 0), nf(amt, "de", 0)])
        items.append(item(desc, amt, q, price))
    cells.insert(0, ["1", "2", "3", "4", "5", "6 = 4 x 5"])
    edges = [14, 25, 95, 118, 138, 164, 196]
    y = table(
        p,
        14,
        196,
        108,
        [(19.5, "c"), (60, "c"), (106.5, "c"), (128, "c"), (151, "c"), (180, "c")],
        [
            "STT\n(No.)",
            "Tên hàng hóa, dịch vụ\n(Description)",
            "Đơn vị tính\n(Unit)",
            "Số lượng\n(Qty)",
            "Đơn giá\n(Unit price)",
            "Thành tiền\n(Amount)",
        ],
        [cells[0]],
        size=7.5,
        font=fi,
        hfont=fb,
        rh=6,
        lines="grid",
        edges=edges,
        hh=12,
        hsize=8,
    )
    y = table(
        p,
        14,
        196,
        y,
        [(19.5, "c"), (27, "l"), (106.5, "c"), (136, "r"), (162, "r"), (194, "r")],
        ["", "", "", "", "", ""],
        cells[1:],
        size=9,
        font=f,
        hfont=f,
        rh=8,
        lines="grid",
        edges=edges,
        hh=0.01,
    )
    vat = net * D("0.10")
    total = net + vat
    check(net == 19300000 and total == 21230000, "i17 sums")
    for label, value in [
        ("Cộng tiền hàng (Total amount):", nf(net, "de", 0)),
        ("Thuế suất GTGT (VAT rate): 10%      Tiền thuế GTGT (VAT amount):", nf(vat, "de", 0)),
        ("Tổng cộng tiền thanh toán (Total payment):", nf(total, "de", 0)),
    ]:
        p.rect(14, y, 182, 7, lw=0.4)
        p.text(17, y + 5, label, font=fb if label.startswith("Tổng") else f, size=8.8)
        p.text(194, y + 5, value, font=fb, size=9, align="r")
        y += 7
    p.text(
        17,
        y + 6,
        "Số tiền viết bằng chữ (In words): Hai mươi mốt triệu hai trăm ba mươi nghìn đồng chẵn.",
        font=fi,
        size=8.8,
    )
    for x, label in [(55, "Người mua hàng (Buyer)"), (155, "Người bán hàng (Seller)")]:
        p.text(x, y + 20, label, font=fb, size=9, align="c")
        p.text(x, y + 25, "(Ký, ghi rõ họ tên)", font=fi, size=8, align="c")
    p.rect(122, y + 30, 66, 18, stroke="#2e7d32", lw=0.8)
    p.lines(
        125,
        y + 35,
        [
            "Signature Valid",
            "Ký bởi: CÔNG TY TNHH THIẾT BỊ VĂN",
            "PHÒNG MINH PHÁT — Ký ngày: 12/11/2026",
        ],
        size=6.8,
        font=f,
        color="#2e7d32",
    )
    p.text(
        105,
        280,
        "Tra cứu hóa đơn tại: https://tracuu.minhphat-einvoice.vn — Mã tra cứu: MP7K2Q9X",
        font=fi,
        size=7.5,
        align="c",
    )
    return p, truth(
        number="00001873",
        issued=date(2026, 11, 12),
        due=None,
        vendor="CÔNG TY TNHH THIẾT BỊ VĂN PHÒNG MINH PHÁT",
        amount=net,
        vat=vat,
        total=total,
        currency="VND",
        locale="vi-VN",
        doc_type="invoice",
        items=items,
        note="number = Số (No.); the serial 1C26TVN and the tax authority code are not; the "
        "date is written 'Ngày 12 tháng 11 năm 2026'; dong with '.' thousands",
    )


@doc(
    "i18_ph_dental_service_invoice_photo",
    "photo",
    Photo(long_side=1700, table=(210, 205, 190), light=0.3, shadow=0.45, angle=4.0),
)
def i18_ph_dental(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Quezon City dental clinic service invoice (A5 booklet print): non-VAT, no tax lines."""
    p = Page(*A5)
    f, fb = "Times-Roman", "Times-Bold"
    p.text(74, 14, "SMILE BRIGHT DENTAL CLINIC", font=fb, size=13, align="c", color="#0a5c8a")
    p.lines(
        74,
        19,
        [
            "MARIA TERESA S. SANTOS, DMD - Prop.",
            "Unit 204 Medical Arts Bldg., 88 Katipunan Ave., Quezon City",
            "NON-VAT Reg. TIN: 234-567-890-00000",
        ],
        size=7.5,
        font=f,
        align="c",
    )
    p.text(12, 38, "SERVICE INVOICE", font=fb, size=12)
    p.text(136, 38, "No. 0001247", font=fb, size=12, align="r", color="#b22222")
    p.text(12, 46, "Date:", font=f, size=9)
    p.text(24, 46, "November 21, 2026", font=fb, size=9)
    p.hline(23, 70, 47, w=0.3)
    p.text(12, 52, "Patient / Sold to:", font=f, size=9)
    p.text(40, 52, "Ramon D. Cruz", font=fb, size=9)
    p.hline(39, 136, 53, w=0.3)
    p.text(12, 58, "Address:", font=f, size=9)
    p.text(27, 58, "17 Mapagmahal St., Diliman, Quezon City", font=f, size=9)
    p.hline(26, 136, 59, w=0.3)
    rows = [
        ("1", "Oral prophylaxis", "1500.00"),
        ("3", "Composite filling (per surface)", "1800.00"),
        ("2", "Periapical x-ray", "500.00"),
    ]
    items, cells, total = [], [], D(0)
    for q, desc, price in rows:
        amt = D(q) * D(price)
        total += amt
        cells.append([q, desc, nf(price), nf(amt)])
        items.append(item(desc, amt, q, price))
    cells += [["", "", "", ""], ["", "", "", ""]]
    y = table(
        p,
        12,
        136,
        64,
        [(16, "c"), (23, "l"), (106, "r"), (134, "r")],
        ["QTY", "NATURE OF SERVICE", "UNIT PRICE", "AMOUNT"],
        cells,
        size=8.8,
        font=f,
        hfont=fb,
        rh=7,
        lines="grid",
        edges=[12, 20, 84, 108, 136],
        hsize=8,
    )
    check(total == D("7900.00"), "i18 total")
    for label, value, bold in [
        ("Total Sales", nf(total), False),
        ("Less: SC/PWD Discount", "0.00", False),
        ("TOTAL AMOUNT DUE", "₱" + nf(total), True),
    ]:
        p.rect(72, y, 36, 7, lw=0.5)
        p.rect(108, y, 28, 7, lw=0.5)
        p.text(74, y + 4.8, label, font=fb if bold else f, size=7.5)
        p.text(
            134, y + 5, value, font="Serif-B" if bold else f, size=8.3 if bold else 8.8, align="r"
        )
        y += 7
    p.text(12, y - 9, "Received the amount of", font=f, size=7.5)
    p.text(12, y - 5, "in full payment (cash).", font=f, size=7.5)
    p.text(100, y + 13, "By: _____________________", font=f, size=8.5)
    p.text(104, y + 17, "Cashier / Authorized Representative", font=f, size=6.5)
    p.text(
        74, 190, "THIS DOCUMENT IS NOT VALID FOR CLAIM OF INPUT TAX.", font=fb, size=8, align="c"
    )
    p.lines(
        74,
        196,
        [
            "50 Bklts. (50x3) 0001001-0003500  BIR Authority to Print No. OCN 039AU20260000012345",
            "Date Issued: 01/15/2026  ·  Printer: JM Press, Cubao, Q.C.  ·  TIN 123-456-789-000",
        ],
        size=5.6,
        font=f,
        align="c",
    )
    return p, truth(
        number="0001247",
        issued=date(2026, 11, 21),
        due=None,
        vendor="SMILE BRIGHT DENTAL CLINIC",
        amount=None,
        vat=None,
        total=total,
        currency="PHP",
        locale="en-PH",
        doc_type="invoice",
        items=items,
        note="non-VAT registered clinic: no tax printed, net and vat null; the printer's "
        "ATP block (date issued 01/15/2026, series range) is not the document's",
    )


@doc("i19_id_marketplace_invoice", "pdf")
def i19_id_marketplace(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Indonesian marketplace invoice: the seller under 'Diterbitkan atas nama', fees, no tax."""
    p = Page(*A4)
    green = "#03ac0e"
    p.text(15, 22, "belanjaku", font="Sans-B", size=20, color=green)
    p.text(195, 17, "INVOICE", font="Sans-B", size=11, align="r")
    p.text(
        195, 22.5, "INV/20261108/MPL/3812345678", font="Sans-B", size=9.5, align="r", color=green
    )
    p.text(15, 36, "DITERBITKAN ATAS NAMA", font="Sans-B", size=7.5, color="#6d7588")
    pairs(
        p,
        15,
        42,
        [("Penjual", ": Toko Sinar Elektronik")],
        size=9,
        gap=30,
        lfont="Sans",
        vfont="Sans-B",
    )
    p.text(110, 36, "UNTUK", font="Sans-B", size=7.5, color="#6d7588")
    pairs(
        p,
        110,
        42,
        [
            ("Pembeli", ": Rina Wulandari"),
            ("Tanggal Pembelian", ": 08 November 2026"),
            ("Alamat Pengiriman", ": Rina Wulandari (0812 3456 7890)"),
        ],
        size=8.5,
        gap=32,
        lfont="Sans",
        vfont="Sans-B",
        lead=4.8,
    )
    p.lines(
        142,
        56.4,
        ["Jl. Cempaka Putih Raya No. 21, Cempaka", "Putih, Jakarta Pusat, DKI Jakarta 10510"],
        size=8.5,
    )
    rows = [
        ("Kabel Data USB-C 1m Fast Charging", "2", "45000", "Berat: 60 gr"),
        ("Power Bank 10000mAh PD 20W", "1", "189000", "Berat: 250 gr"),
        ("Earphone Bluetooth TWS", "1", "259000", "Berat: 120 gr"),
    ]
    y = 72
    p.hline(15, 195, y, w=1, color="#222222")
    for x, label, align in [
        (15, "INFO PRODUK", "l"),
        (128, "JUMLAH", "r"),
        (160, "HARGA SATUAN", "r"),
        (195, "TOTAL HARGA", "r"),
    ]:
        p.text(x, y + 5.5, label, font="Sans-B", size=8, align=align)
    y += 8
    p.hline(15, 195, y, w=1, color="#222222")
    items, goods, count = [], D(0), 0
    for desc, q, price, weight in rows:
        amt = D(q) * D(price)
        goods += amt
        count += int(q)
        p.text(15, y + 6, desc, font="Sans-B", size=9, color=green)
        p.text(15, y + 10.5, weight, size=7.5, color="#6d7588")
        p.text(128, y + 6, q, size=9, align="r")
        p.text(160, y + 6, "Rp" + nf(price, "de", 0), size=9, align="r")
        p.text(195, y + 6, "Rp" + nf(amt, "de", 0), size=9, align="r")
        y += 14
        p.hline(15, 195, y, w=0.3, color="#cccccc")
        items.append(item(desc, amt, q, price))
    ship, ship_disc, service, app = D(18000), D(18000), D(1000), D(1000)
    total = goods + ship - ship_disc + service + app
    check(goods == 538000 and total == 540000, "i19 sums")
    y += 8
    for label, value, bold in [
        (f"TOTAL HARGA ({count} BARANG)", "Rp" + nf(goods, "de", 0), True),
        ("Total Ongkos Kirim (1,2 kg)", "Rp" + nf(ship, "de", 0), False),
        ("Diskon Ongkos Kirim", "-Rp" + nf(ship_disc, "de", 0), False),
        ("Biaya Layanan", "Rp" + nf(service, "de", 0), False),
        ("Biaya Jasa Aplikasi", "Rp" + nf(app, "de", 0), False),
        ("TOTAL BELANJA", "Rp" + nf(total, "de", 0), True),
    ]:
        p.text(110, y, label, font="Sans-B" if bold else "Sans", size=9)
        p.text(195, y, value, font="Sans-B" if bold else "Sans", size=9, align="r")
        y += 6.5
    p.hline(110, 195, y - 3, w=0.3, color="#cccccc")
    p.text(110, y + 3, "TOTAL TAGIHAN", font="Sans-B", size=10.5)
    p.text(195, y + 3, "Rp" + nf(total, "de", 0), font="Sans-B", size=10.5, align="r")
    y += 16
    pairs(
        p,
        15,
        y,
        [("Kurir", ": J&T - Reguler"), ("Metode Pembayaran", ": BCA Virtual Account")],
        size=8.5,
        gap=32,
        lead=5,
    )
    p.lines(
        15,
        268,
        [
            "Invoice ini sah dan diproses oleh komputer.",
            "Silakan hubungi Belanjaku Care apabila kamu membutuhkan bantuan.",
        ],
        size=7.5,
        color="#6d7588",
    )
    p.text(
        195,
        270,
        "Terakhir diupdate: 08 November 2026 14:21 WIB",
        size=7,
        align="r",
        color="#6d7588",
    )
    return p, truth(
        number="INV/20261108/MPL/3812345678",
        issued=date(2026, 11, 8),
        due=None,
        vendor="Toko Sinar Elektronik",
        amount=None,
        vat=None,
        total=total,
        currency="IDR",
        locale="id-ID",
        doc_type="invoice",
        items=items,
        note="marketplace invoice issued for the seller (Penjual), not the platform "
        "'belanjaku'; no tax printed: net and vat null; total = TOTAL TAGIHAN incl. fees",
    )


@doc(
    "i20_ca_roofing_invoice_photo",
    "photo",
    Photo(long_side=1900, table=(64, 50, 40), light=0.4, shadow=0.3, tilt=0.055),
)
def i20_ca_roofing(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """BC roofer's invoice from a small-business accounting app: GST 5 % + PST 7 %, MM/DD/YYYY."""
    p = Page(*LETTER)
    blue = "#2b6cb0"
    p.text(18, 22, "Coastal Roofing & Gutters Ltd.", font="Sans-B", size=14)
    p.lines(
        18,
        28,
        [
            "6711 Kingsway, Burnaby, BC V5E 1E4",
            "604-555-0188 · office@coastalroofing.ca",
            "GST/HST Reg. No. 812345678 RT0001",
            "PST No. PST-1234-5678",
        ],
        size=8.5,
        color="#444444",
    )
    p.text(198, 24, "INVOICE", font="Sans", size=22, align="r", color=blue)
    p.text(18, 56, "BILL TO", font="Sans-B", size=8, color=blue)
    p.lines(18, 61, ["Priya Sandhu", "4512 W 12th Ave", "Vancouver BC V6R 2R4"], size=9.5)
    p.text(85, 56, "SHIP TO", font="Sans-B", size=8, color=blue)
    p.lines(85, 61, ["Priya Sandhu", "4512 W 12th Ave", "Vancouver BC V6R 2R4"], size=9.5)
    pairs(
        p,
        150,
        56,
        [
            ("INVOICE #", "2026-388"),
            ("DATE", "11/16/2026"),
            ("DUE DATE", "12/01/2026"),
            ("TERMS", "Net 15"),
        ],
        size=9,
        gap=24,
        lfont="Sans-B",
        vfont="Sans",
        lead=5.5,
        vx_align="l",
        color=blue,
    )
    p.hline(18, 198, 80, w=1.2, color=blue)
    rows = [
        ("Gutter cleaning & downspout flush", "1", "385.00"),
        ("Seamless aluminum gutter, 5in (ft)", "42", "18.50"),
        ("Downspout 3x4, supply & install", "2", "65.00"),
    ]
    items, cells, net = [], [], D(0)
    for desc, q, price in rows:
        amt = D(q) * D(price)
        net += amt
        cells.append([desc, q, nf(price), nf(amt)])
        items.append(item(desc, amt, q, price))
    y = table(
        p,
        18,
        198,
        84,
        [(18, "l"), (140, "r"), (168, "r"), (198, "r")],
        ["ACTIVITY", "QTY", "RATE", "AMOUNT"],
        cells,
        size=9.5,
        hfont="Sans-B",
        hcolor=blue,
        fill="#e6eef8",
        rh=8,
        lines="none",
    )
    p.line(18, y + 2, 198, y + 2, w=0.5, dash=(1, 1.5), color="#999999")
    gst = q2(net * D("0.05"))
    pst = q2(net * D("0.07"))
    total = net + gst + pst
    check(total == D("1447.04"), "i20 total")
    y = pairs(
        p,
        120,
        y + 10,
        [
            ("SUBTOTAL", nf(net)),
            ("GST @ 5%", nf(gst)),
            ("PST (BC) @ 7%", nf(pst)),
            ("TOTAL", nf(total)),
        ],
        size=9.5,
        gap=78,
        lfont="Sans",
        vfont="Sans",
        vx_align="r",
        lead=6,
    )
    p.text(120, y + 4, "BALANCE DUE", font="Sans", size=10)
    p.text(198, y + 4, "CAD " + nf(total), font="Sans-B", size=15, align="r")
    p.lines(
        18,
        200,
        [
            "Thank you for choosing Coastal Roofing! 5-year workmanship warranty on all installs.",
            "Pay by e-Transfer to pay@coastalroofing.ca or cheque "
            "payable to Coastal Roofing & Gutters Ltd.",
        ],
        size=8.5,
        color="#444444",
    )
    return p, truth(
        number="2026-388",
        issued=date(2026, 11, 16),
        due=date(2026, 12, 1),
        vendor="Coastal Roofing & Gutters Ltd.",
        amount=net,
        vat=gst + pst,
        total=total,
        currency="CAD",
        locale="en-CA",
        doc_type="invoice",
        items=items,
        note="dates month-first (12/01/2026 = 1 Dec, consistent with Net 15 from 11/16); vat = "
        "GST + PST",
    )


@doc("i21_kr_saas_invoice", "pdf")
def i21_kr_saas(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Seoul SaaS company's invoice in English: KRW without decimals, supply amount + VAT."""
    p = Page(*A4)
    ink = "#111827"
    p.circle(22, 22, 6, fill="#6366f1")
    p.circle(27, 20, 5, fill="#a5b4fc")
    p.text(35, 24, "Cloudnine Analytics", font="Sans-B", size=15, color=ink)
    p.text(195, 24, "Invoice", font="Sans-L", size=24, align="r", color=ink)
    y = 42
    for k, (label, value) in enumerate(
        [
            ("Invoice No.", "CNA-2611-0092"),
            ("Issue date", "2026.11.01"),
            ("Due date", "2026.11.15"),
            ("Billing period", "2026.11.01 – 2026.11.30"),
        ]
    ):
        stacked(p, 15 + k * 46, y, label, value, size=9.5, lsize=7, color="#6b7280")
    p.text(15, 62, "From", font="Sans-B", size=8, color="#6b7280")
    p.lines(
        15,
        67,
        [
            "CLOUDNINE ANALYTICS CO., LTD.",
            "Business Registration No. 220-88-12345",
            "14F, 427 Teheran-ro, Gangnam-gu, Seoul 06159",
            "billing@cloudnine-analytics.kr",
        ],
        size=8.5,
    )
    p.text(110, 62, "Bill to", font="Sans-B", size=8, color="#6b7280")
    p.lines(
        110,
        67,
        [
            "Hanbit Logistics Co., Ltd.",
            "Business Registration No. 134-81-56789",
            "88 Gukhoe-daero, Yeongdeungpo-gu, Seoul",
        ],
        size=8.5,
    )
    rows = [
        ("Analytics Pro plan - Nov 2026 (seats)", "12", "49000"),
        ("Additional storage 500 GB", "1", "55000"),
        ("Onboarding session (remote)", "1", "300000"),
    ]
    items, cells, net = [], [], D(0)
    for desc, q, price in rows:
        amt = D(q) * D(price)
        net += amt
        cells.append([desc, q, nf(price, "en", 0), nf(amt, "en", 0)])
        items.append(item(desc, amt, q, price))
    y = table(
        p,
        15,
        195,
        92,
        [(15, "l"), (128, "r"), (160, "r"), (195, "r")],
        ["Description", "Qty", "Unit price (KRW)", "Amount (KRW)"],
        cells,
        size=9.5,
        hfont="Sans-B",
        hcolor="#6b7280",
        rh=9,
        lines="rows",
        hsize=8,
    )
    vat = net * D("0.10")
    total = net + vat
    check(net == 943000 and total == 1037300, "i21 sums")
    totals(
        p,
        120,
        195,
        y + 10,
        [
            ("Supply amount", nf(net, "en", 0), False),
            ("VAT (10%)", nf(vat, "en", 0), False),
            ("Total due", "₩" + nf(total, "en", 0), True),
        ],
        size=9.5,
    )
    p.rect(15, y + 40, 180, 22, fill="#f3f4f6", stroke=None, radius=2)
    p.lines(
        19,
        y + 47,
        [
            "Pay by bank transfer: Woori Bank 1005-123-456789 (Cloudnine Analytics Co., Ltd.)",
            "An electronic tax invoice is issued separately via Hometax.",
            "Questions? billing@cloudnine-analytics.kr",
        ],
        size=8.5,
    )
    return p, truth(
        number="CNA-2611-0092",
        issued=date(2026, 11, 1),
        due=date(2026, 11, 15),
        vendor="Cloudnine Analytics",
        amount=net,
        vat=vat,
        total=total,
        currency="KRW",
        locale="en-KR",
        doc_type="invoice",
        items=items,
        note="won without decimals; dates 'YYYY.MM.DD'; the billing period is not the due "
        "date; logo name 'Cloudnine Analytics', legal name CLOUDNINE ANALYTICS CO., LTD.",
    )


@doc("i22_li_honorarnote", "pdf")
def i22_li_honorarnote(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """Liechtenstein law firm fee note: CHF with apostrophes, MWST 8.1 %, 5-Rappen rounding."""
    p = Page(*A4)
    f, fb, fi = "Serif", "Serif-B", "Serif-I"
    p.text(105, 22, "FROMMELT & PARTNER", font=fb, size=17, align="c")
    p.text(
        105,
        28,
        "Rechtsanwälte AG · Städtle 28 · 9490 Vaduz · Liechtenstein",
        font=f,
        size=8.5,
        align="c",
    )
    p.text(
        105,
        32.5,
        "T +423 236 10 10 · kanzlei@frommelt-partner.li · MWST-Nr. 54321",
        font=f,
        size=8.5,
        align="c",
    )
    p.hline(60, 150, 35.5, w=0.4)
    p.lines(
        20,
        52,
        [
            "Alpina Holding Anstalt",
            "z. H. Herrn Dr. Markus Hasler",
            "Landstrasse 105",
            "9495 Triesen",
        ],
        size=10.5,
        font=f,
    )
    p.text(190, 80, "Vaduz, 27. November 2026", font=f, size=10.5, align="r")
    p.text(20, 94, "Honorarnote Nr. 26/0411", font=fb, size=12.5)
    p.text(20, 100, "Mandat: Gründung Alpina Holding Anstalt (Ref. 2026-118)", font=fi, size=10)
    p.lines(
        20,
        110,
        [
            "Sehr geehrter Herr Dr. Hasler",
            "Für unsere Bemühungen im Zusammenhang mit obgenanntem Mandat erlauben wir uns, Ihnen",
            "folgende Leistungen in Rechnung zu stellen:",
        ],
        size=10,
        font=f,
    )
    y = 130
    p.text(20, y, "Honorar", font=fb, size=10.5)
    y += 7
    hours, rate = D("6.5"), D("380.00")
    advice = hours * rate
    statutes = D("1800.00")
    outlays = D("312.50")
    for desc, detail, amt in [
        ("Beratung Gründung", f"{nf(hours, 'ch', 2)} Std. à CHF {nf(rate, 'ch')}", advice),
        ("Ausarbeitung Statuten und Beistatuten", "pauschal", statutes),
    ]:
        p.text(24, y, desc, font=f, size=10)
        p.text(120, y, detail, font=f, size=10)
        p.text(190, y, nf(amt, "ch"), font=f, size=10, align="r")
        y += 6
    fee = advice + statutes
    mwst = q2(fee * D("0.081"))
    p.hline(150, 190, y - 3.5, w=0.4)
    p.text(24, y + 1, "Zwischentotal Honorar", font=f, size=10)
    p.text(190, y + 1, nf(fee, "ch"), font=f, size=10, align="r")
    p.text(24, y + 7, f"MWST 8.1 % auf CHF {nf(fee, 'ch')}", font=f, size=10)
    p.text(190, y + 7, nf(mwst, "ch"), font=f, size=10, align="r")
    y += 18
    p.text(20, y, "Auslagen", font=fb, size=10.5)
    p.text(24, y + 7, "Barauslagen (Handelsregister, Porti), MWST-frei", font=f, size=10)
    p.text(190, y + 7, nf(outlays, "ch"), font=f, size=10, align="r")
    y += 16
    raw = fee + mwst + outlays
    total = (raw / D("0.05")).quantize(D(1), ROUND_HALF_UP) * D("0.05")
    rounding = total - raw
    check(raw == D("4928.37") and total == D("4928.35"), "i22 sums")
    p.hline(120, 190, y - 4, w=0.4)
    p.text(120, y, "Total", font=f, size=10)
    p.text(190, y, nf(raw, "ch"), font=f, size=10, align="r")
    p.text(120, y + 6, "Rundung", font=f, size=10)
    p.text(190, y + 6, nf(rounding, "ch"), font=f, size=10, align="r")
    p.hline(120, 190, y + 9, w=0.8)
    p.text(120, y + 15, "Rechnungsbetrag CHF", font=fb, size=11)
    p.text(190, y + 15, nf(total, "ch"), font=fb, size=11, align="r")
    p.hline(120, 190, y + 17.5, w=0.4)
    p.hline(120, 190, y + 18.3, w=0.4)
    p.lines(
        20,
        y + 34,
        [
            "Zahlbar innert 30 Tagen auf unser Konto bei der LGT Bank AG, Vaduz,",
            "IBAN LI21 0881 0000 1234 5678 9, unter Angabe der Honorarnote Nr. 26/0411.",
            "",
            "Mit freundlichen Grüssen",
            "",
            "lic. iur. Anna Frommelt",
        ],
        size=10,
        font=f,
    )
    return p, truth(
        number="26/0411",
        issued=date(2026, 11, 27),
        due=None,
        vendor="FROMMELT & PARTNER",
        amount=fee + outlays,
        vat=mwst,
        total=total,
        currency="CHF",
        locale="de-LI",
        doc_type="invoice",
        items=[
            item("Beratung Gründung", advice, "6.50", rate),
            item("Ausarbeitung Statuten und Beistatuten", statutes),
            item("Barauslagen (Handelsregister, Porti), MWST-frei", outlays),
        ],
        note="CHF with apostrophe thousands; VAT only on the fee, outlays VAT-free (net = fee + "
        "outlays); total after the 5-Rappen rounding; 'zahlbar innert 30 Tagen' gives no date",
    )


@doc("i23_nz_credit_note", "pdf")
def i23_nz_credit_note(rnd: random.Random) -> tuple[Page, dict[str, Any]]:
    """NZ outdoor wholesaler credit note from a desktop accounting package: GST 15 % on top."""
    p = Page(*A4)
    f, fb = "Helvetica", "Helvetica-Bold"
    p.rect(15, 14, 20, 20, fill="#2f5d50", stroke=None)
    p.text(25, 27, "TUI", font=fb, size=11, align="c", color="#ffffff")
    p.text(40, 21, "Tui Outdoor Supplies Ltd", font=fb, size=14)
    p.lines(
        40,
        26.5,
        [
            "Unit 4, 22 Glenda Drive, Frankton, Queenstown 9300",
            "Ph 03 442 7781 · accounts@tuioutdoor.co.nz",
            "GST No. 98-765-432",
        ],
        size=8,
        font=f,
    )
    p.text(195, 21, "CREDIT NOTE", font=fb, size=16, align="r")
    p.text(195, 27, "(Adjustment Note)", font=f, size=8.5, align="r")
    p.rect(15, 44, 90, 26)
    p.text(18, 49, "Credit To:", font=fb, size=8.5)
    p.lines(
        18, 54, ["Alpine Adventures Queenstown", "PO Box 555", "Queenstown 9348"], size=9, font=f
    )
    y = 44
    for label, value in [
        ("Credit Note No.", "CN-00127"),
        ("Date", "23/11/2026"),
        ("Original Invoice", "INV-004512"),
        ("Customer PO", "AAQ-0931"),
    ]:
        p.rect(120, y, 38, 6.5, fill="#eeeeee")
        p.rect(158, y, 37, 6.5)
        p.text(122, y + 4.6, label, font=fb, size=8.2)
        p.text(160, y + 4.6, value, font=f, size=8.5)
        y += 6.5
    rows = [
        ("TS-220", "Trekking pole pair (returned - faulty)", "3", "89.00"),
        ("HL-45", "Headlamp 450lm (returned)", "5", "54.50"),
        ("FRT", "Freight refund", "1", "25.00"),
    ]
    items, cells, net = [], [], D(0)
    for code, desc, q, price in rows:
        amt = D(q) * D(price)
        net += amt
        cells.append([code, desc, q, nf(price), "15%", nf(amt)])
        items.append(item(desc, amt, q, price))
    y = table(
        p,
        15,
        195,
        80,
        [(17, "l"), (37, "l"), (128, "r"), (150, "r"), (165, "r"), (193, "r")],
        ["Item", "Description", "Qty", "Unit Price", "GST", "Amount"],
        cells,
        size=8.8,
        font=f,
        hfont=fb,
        rh=7,
        lines="grid",
        edges=[15, 35, 114, 131, 153, 169, 195],
        fill="#dde7e3",
    )
    gst = q2(net * D("0.15"))
    total = net + gst
    check(gst == D("84.68") and total == D("649.18"), "i23 sums")
    for label, value in [
        ("Subtotal (excl. GST)", nf(net)),
        ("GST 15%", nf(gst)),
        ("Total Credit NZ$", nf(total)),
    ]:
        p.rect(131, y, 38, 7, fill="#eeeeee")
        p.rect(169, y, 26, 7)
        p.text(133, y + 5, label, font=fb, size=8.2)
        p.text(193, y + 5, value, font=fb if "Total" in label else f, size=8.8, align="r")
        y += 7
    p.lines(
        15,
        y + 12,
        [
            "Amounts shown are GST exclusive unless stated.",
            "This credit has been applied to your account and will be deducted "
            "from your next statement.",
        ],
        size=8.5,
        font=f,
    )
    p.text(105, 285, "Thank you for your business.", font="Helvetica-Oblique", size=8.5, align="c")
    return p, truth(
        number="CN-00127",
        issued=date(2026, 11, 23),
        due=None,
        vendor="Tui Outdoor Supplies Ltd",
        amount=net,
        vat=gst,
        total=total,
        currency="NZD",
        locale="en-NZ",
        doc_type="credit_note",
        items=items,
        note="credit note with positive amounts, keyed as printed; INV-004512 is the invoice "
        "it credits",
    )


# =========================================================================== driver


def write_one(spec: Spec, out: Path) -> str:
    """Draw one document into ``out``; returns the file name written."""
    register_fonts()
    page, t = spec.draw(random.Random(spec.name))
    t["kind"] = spec.kind
    for a, b in page.overlaps():
        print(f"{spec.name}: overlap {a!r} / {b!r}", file=sys.stderr)
    pdf = page.pdf()
    if spec.kind == "pdf":
        target = out / f"{spec.name}.pdf"
        target.write_bytes(pdf)
    else:
        rng = rng_for(spec.name)
        if isinstance(spec.look, Scan):
            img = degrade_scan(pdf, spec.look, rng)
        else:
            assert isinstance(spec.look, Photo)
            # an adaptive 256-colour palette, error-diffused: looks the same, 3/4 of the bytes
            rgb = degrade_photo(pdf, spec.look, rng)
            img = rgb.quantize(palette=rgb.quantize(256), dither=Image.Dither.FLOYDSTEINBERG)
        target = out / f"{spec.name}.png"
        img.save(target, optimize=True)
    text = json.dumps(t, ensure_ascii=False, indent=2) + "\n"
    (out / f"{spec.name}.json").write_text(text, encoding="utf-8")
    return target.name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", help="comma-separated document names (default: all)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = set(args.only.split(",")) if args.only else None
    names = [s.name for s in REGISTRY]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate document names")
    for spec in REGISTRY:
        if wanted is None or spec.name in wanted:
            print(write_one(spec, args.out), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
