"""Blind test set 2026-11: realistic receipts and invoices from many countries.

Run ``python -m bench.blindsets.blind_2026_11 OUTDIR``. Every document is written as
``NAME.pdf`` or ``NAME.png`` with ``NAME.json`` (ground truth, see ``bench/dataset.py``) beside
it. Output is deterministic: randomness is seeded from each document's name and PDFs are
written with reportlab's invariant mode. Written without looking at how the extractor works,
so the documents follow real-world habits, not the project's own generator.

Fonts: DejaVu from /usr/share/fonts (reportlab's Helvetica/Times/Courier where a document asks
for them); the Japanese receipt needs IPAGothic (Debian ``fonts-ipafont-gothic``) and is
skipped with a warning when it is missing.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import sys
import unicodedata
from collections.abc import Callable
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
IPA_GOTHIC = Path("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf")
MAX_PNG_BYTES = 200_000
CENT = Decimal("0.01")

# ---------------------------------------------------------------------------- fonts

_TTF = {
    "DV": "DejaVuSans.ttf",
    "DV-B": "DejaVuSans-Bold.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVC-B": "DejaVuSansCondensed-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVS-B": "DejaVuSerif-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVM-B": "DejaVuSansMono-Bold.ttf",
}
_FALLBACK = {
    "DV": "Helvetica",
    "DV-B": "Helvetica-Bold",
    "DVC": "Helvetica",
    "DVC-B": "Helvetica-Bold",
    "DVS": "Times-Roman",
    "DVS-B": "Times-Bold",
    "DVM": "Courier",
    "DVM-B": "Courier-Bold",
}
FAMILIES = {
    "sans": ("DV", "DV-B"),
    "cond": ("DVC", "DVC-B"),
    "serif": ("DVS", "DVS-B"),
    "mono": ("DVM", "DVM-B"),
    "helv": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "courier": ("Courier", "Courier-Bold"),
}
_REGISTERED: dict[str, str] = {}


def rl_font(name: str) -> str:
    """A reportlab font name: a registered DejaVu face, or its built-in fallback."""
    if name not in _TTF:
        return name
    if name not in _REGISTERED:
        path = DEJAVU / _TTF[name]
        if path.is_file():
            pdfmetrics.registerFont(TTFont(name, str(path)))
            _REGISTERED[name] = name
        else:
            _REGISTERED[name] = _FALLBACK[name]
    return _REGISTERED[name]


def pil_font(bold: bool, size: int, path: Path | None = None) -> ImageFont.FreeTypeFont:
    if path is None:
        path = DEJAVU / ("DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf")
    return ImageFont.truetype(str(path), size)


# ---------------------------------------------------------------------------- money


def D(x: Any) -> Decimal:
    return Decimal(str(x))


def q(x: Decimal, places: Decimal = CENT) -> Decimal:
    return x.quantize(places, ROUND_HALF_UP)


def fmt(x: Decimal, style: str = "en", places: int = 2) -> str:
    """Format an amount the way a locale prints it."""
    neg = x < 0
    s = f"{q(abs(x), Decimal(1).scaleb(-places)):.{places}f}"
    ip, _, fp = s.partition(".")
    thousands, dec = {
        "en": (",", "."),
        "de": (".", ","),
        "fr": ("\u00a0", ","),
        "sp": (" ", ","),
        "ch": ("'", "."),
        "plain": ("", "."),
        "comma": ("", ","),
        "in": (",", "."),
    }[style]
    if style == "in" and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = ",".join([*groups, tail])
    elif thousands:
        ip = f"{int(ip):,}".replace(",", thousands)
    out = ip + (dec + fp if places else "")
    return "-" + out if neg else out


def incl_tax(gross: Decimal, rate: Decimal) -> Decimal:
    """Tax contained in a tax-inclusive gross amount."""
    return q(gross * rate / (100 + rate))


def s(x: Decimal | None) -> str | None:
    return None if x is None else str(q(x))


def item(desc: str, qty: Any, unit: Any, amount: Decimal | None = None) -> dict[str, Any]:
    qd, ud = D(qty), D(unit)
    amt = q(qd * ud) if amount is None else amount
    return {"description": desc, "quantity": qd, "unit_price": ud, "amount": amt}


def items_truth(items: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [
        {
            "description": it["description"],
            "quantity": str(it["quantity"]),
            "unit_price": str(it["unit_price"]),
            "amount": str(it["amount"]),
        }
        for it in items
    ]


def truth(
    *,
    name: str,
    number: str | None,
    date: str,
    due: str | None,
    vendor: str,
    net: Decimal | None,
    vat: Decimal | None,
    total: Decimal,
    currency: str,
    kind: str,
    locale: str,
    layout: str,
    doc_type: str,
    items: list[dict[str, Any]] | None = None,
    extras: Decimal = Decimal(0),
) -> dict[str, Any]:
    """Ground truth; ``extras`` (tip, rounding) is checked, not written."""
    if net is not None:
        assert q(net + (vat or 0) + extras) == q(total), (vendor, net, vat, extras, total)
    if items and net is not None:
        sums = q(sum((it["amount"] for it in items), Decimal(0)))
        assert sums in (q(net), q(total), q(total - extras)), (vendor, sums, net, total)
    t: dict[str, Any] = {
        "_file": name + (".pdf" if kind == "pdf" else ".png"),
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": s(net),
        "vat": s(vat),
        "total": s(total),
        "currency": currency,
        "kind": kind,
        "locale": locale,
        "layout": layout,
        "document_type": doc_type,
    }
    if items:
        t["line_items"] = items_truth(items)
    return t


# ---------------------------------------------------------------------------- receipts (tape)


def dispw(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class Tape:
    """Lines of a fixed-width printout; each line has a style: l, c, r, b (bold), big."""

    def __init__(self, width: int) -> None:
        self.w = width
        self.lines: list[tuple[str, str]] = []

    def add(self, text: str = "", style: str = "l") -> Tape:
        assert style == "big" or dispw(text) <= self.w, f"line too wide: {text!r}"
        self.lines.append((text, style))
        return self

    def c(self, text: str, bold: bool = False) -> Tape:
        pad = max(0, (self.w - dispw(text)) // 2)
        return self.add(" " * pad + text, "b" if bold else "l")

    def big(self, text: str) -> Tape:
        return self.add(text, "big")

    def lr(self, left: str, right: str, bold: bool = False) -> Tape:
        gap = max(1, self.w - dispw(left) - dispw(right))
        return self.add(left + " " * gap + right, "b" if bold else "l")

    def cols(self, parts: list[str], widths: list[int], bold: bool = False) -> Tape:
        out = ""
        for text, wd in zip(parts, widths, strict=True):
            pad = abs(wd) - dispw(text)
            out += (text + " " * pad) if wd < 0 else (" " * pad + text)
        return self.add(out, "b" if bold else "l")

    def rule(self, ch: str = "-") -> Tape:
        return self.add(ch * self.w)

    def blank(self) -> Tape:
        return self.add("")


def seed_of(name: str) -> int:
    return int(hashlib.sha256(name.encode()).hexdigest()[:12], 16)


def tape_image(tape: Tape, px_width: int, ink: int, font_path: Path | None = None) -> Image.Image:
    """Draw the tape on white paper; returns a greyscale image."""
    cw = 0.602 if font_path is None else 0.5
    fs = int(px_width / (tape.w * cw))
    reg = pil_font(False, fs, font_path)
    bold = pil_font(True, fs, None if font_path is None else font_path)
    big = pil_font(True, int(fs * 1.7), None if font_path is None else font_path)
    lh = int(fs * 1.28)
    margin = int(fs * 1.6)
    height = sum(int(lh * 1.8) if st == "big" else lh for _, st in tape.lines) + 2 * margin
    img = Image.new("L", (px_width + 2 * margin, height), 255)
    draw = ImageDraw.Draw(img)
    y = margin
    for text, st in tape.lines:
        if st == "big":
            tw = draw.textlength(text, font=big)
            draw.text(((img.width - tw) / 2, y), text, font=big, fill=ink)
            y += int(lh * 1.8)
            continue
        font = bold if st == "b" else reg
        draw.text((margin, y), text, font=font, fill=ink)
        if st == "b" and font_path is not None:
            draw.text((margin + 1, y), text, font=font, fill=ink)
        y += lh
    return img


def _lighting(h: int, w: int, rng: np.random.Generator, strength: float) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    lin = (np.cos(ang) * xx / w + np.sin(ang) * yy / h) * strength
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    rad = ((xx - cx) ** 2 + (yy - cy) ** 2) / (w**2 + h**2)
    return 1.0 - lin - rad * strength * 1.2


def degrade(
    img: Image.Image,
    name: str,
    *,
    paper: int = 236,
    background: int = 120,
    margin: int = 50,
    angle: float = 1.5,
    blur: float = 0.8,
    noise: float = 5.0,
    light: float = 0.18,
    jpeg: int = 55,
    fade: float = 0.0,
) -> Image.Image:
    """Make a clean white-paper render look scanned or photographed."""
    rng = np.random.default_rng(seed_of(name))
    a = np.asarray(img, dtype=np.float32)
    alpha = (255.0 - a) / 255.0
    h, w = a.shape
    if fade:
        prof = np.clip(1 - fade * np.abs(np.sin(np.linspace(0, rng.uniform(2, 5), h))), 0.35, 1)
        alpha *= prof[:, None]
    small = rng.normal(0, 1, (max(2, h // 60), max(2, w // 60))).astype(np.float32)
    texture = np.asarray(
        Image.fromarray(((small + 3) * 40).clip(0, 255).astype(np.uint8)).resize(
            (w, h), Image.Resampling.BICUBIC
        ),
        dtype=np.float32,
    )
    paper_arr = paper + (texture - 120) * 0.05
    out = paper_arr * (1 - alpha) + 25 * alpha
    sheet = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    canvas_img = Image.new("L", (w + 2 * margin, h + 2 * margin), background)
    canvas_img.paste(sheet, (margin, margin))
    rot = canvas_img.rotate(
        angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=background
    )
    arr = np.asarray(rot, dtype=np.float32)
    arr = arr * _lighting(arr.shape[0], arr.shape[1], rng, light)
    arr = np.asarray(
        Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(blur)),
        dtype=np.float32,
    )
    arr += rng.normal(0, noise, arr.shape).astype(np.float32)
    buf = io.BytesIO()
    Image.fromarray(arr.clip(0, 255).astype(np.uint8)).save(buf, "JPEG", quality=jpeg)
    buf.seek(0)
    return Image.open(buf).convert("L")


def save_png(img: Image.Image, path: Path, limit: int = MAX_PNG_BYTES) -> None:
    """Save, posterising more coarsely until the file fits the size limit."""
    for step in (1, 4, 8, 12, 16, 24):
        im = img if step == 1 else img.point(lambda v, st=step: (v // st) * st + st // 2)
        buf = io.BytesIO()
        im.save(buf, "PNG", optimize=True)
        if buf.tell() <= limit or step == 24:
            path.write_bytes(buf.getvalue())
            return


def tape_png(path: Path, tape: Tape, *, px: int = 520, ink: int = 40, **kw: Any) -> None:
    font_path = kw.pop("font_path", None)
    img = tape_image(tape, px, ink, font_path)
    save_png(degrade(img, path.stem, **kw), path)


def tape_pdf(path: Path, tape: Tape, *, size: float = 8.0, page_w: float | None = None) -> None:
    """A born-digital receipt: narrow page, monospace."""
    reg, bold = rl_font("DVM"), rl_font("DVM-B")
    cw = pdfmetrics.stringWidth("M", reg, size)
    width = page_w or (tape.w * cw + 12 * mm)
    lead = size * 1.3
    height = sum(lead * 1.9 if st == "big" else lead for _, st in tape.lines) + 20 * mm
    c = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    y = height - 10 * mm
    for text, st in tape.lines:
        if st == "big":
            y -= lead * 0.9
            c.setFont(bold, size * 1.7)
            c.drawCentredString(width / 2, y, text)
            y -= lead
            continue
        c.setFont(bold if st == "b" else reg, size)
        c.drawString(6 * mm, y, text)
        y -= lead
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------- PDF helpers


class Pdf:
    def __init__(self, target: Any, size: tuple[float, float] = A4, fam: str = "sans") -> None:
        self.c = canvas.Canvas(target, pagesize=size, invariant=1)
        self.w, self.h = size
        self.reg, self.bold = (rl_font(f) for f in FAMILIES[fam])
        self.pages = 1

    def t(
        self,
        x: float,
        y: float,
        text: str,
        sz: float = 9,
        bold: bool = False,
        al: str = "l",
        col: Color | None = None,
        font: str | None = None,
    ) -> None:
        c = self.c
        c.setFont(font or (self.bold if bold else self.reg), sz)
        c.setFillColor(col or black)
        {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[al](x, y, text)

    def block(
        self, x: float, y: float, lines: list[str], sz: float = 9, lead: float = 1.3, **kw: Any
    ) -> float:
        first_bold = kw.pop("first_bold", False)
        for i, line in enumerate(lines):
            self.t(
                x,
                y,
                line,
                sz,
                bold=kw.get("bold", False) or (first_bold and i == 0),
                **{k: v for k, v in kw.items() if k != "bold"},
            )
            y -= sz * lead
        return y

    def rect(self, x: float, y: float, w: float, h: float, fill: Color | None = None, **kw: Any):
        c = self.c
        c.setLineWidth(kw.get("lw", 0.5))
        c.setStrokeColor(kw.get("stroke", black))
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, y, w, h, stroke=int(kw.get("do_stroke", 1)), fill=int(fill is not None))

    def hline(self, x1: float, x2: float, y: float, col: Color = black, lw: float = 0.5) -> None:
        self.c.setStrokeColor(col)
        self.c.setLineWidth(lw)
        self.c.line(x1, y, x2, y)

    def new_page(self) -> None:
        self.c.showPage()
        self.pages += 1

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


def table(
    p: Pdf,
    x: float,
    y: float,
    cols: list[tuple[str, float, str]],
    rows: list[list[str]],
    *,
    sz: float = 8.5,
    grid: bool = False,
    head_fill: Color | None = None,
    head_col: Color = black,
    zebra: Color | None = None,
    rule: Color | None = HexColor("#999999"),
    pad: float = 3,
    bottom: float = 25 * mm,
    on_break: Callable[[], float] | None = None,
) -> float:
    """Draw a table; cols are (header, width, align). Returns the y below it."""
    widths = [w for _, w, _ in cols]
    total_w = sum(widths)

    def draw_row(cells: list[str], y: float, head: bool, idx: int) -> float:
        font = p.bold if head else p.reg
        wrapped = [
            simpleSplit(txt, font, sz, w - 2 * pad) or [""]
            for txt, w in zip(cells, widths, strict=True)
        ]
        n = max(len(wl) for wl in wrapped)
        rh = n * sz * 1.22 + 2 * pad
        if head and head_fill is not None:
            p.rect(x, y - rh, total_w, rh, fill=head_fill, do_stroke=0)
        elif zebra is not None and idx % 2 == 1:
            p.rect(x, y - rh, total_w, rh, fill=zebra, do_stroke=0)
        cx = x
        for lines, (_, w, al) in zip(wrapped, cols, strict=True):
            for i, line in enumerate(lines):
                ty = y - pad - sz * 0.9 - i * sz * 1.22
                tx = {"l": cx + pad, "r": cx + w - pad, "c": cx + w / 2}[al]
                p.t(tx, ty, line, sz, bold=head, al=al, col=head_col if head else black)
            if grid:
                p.rect(cx, y - rh, w, rh, lw=0.4)
            cx += w
        if not grid and rule is not None:
            p.hline(x, x + total_w, y - rh, rule, 0.8 if head else 0.3)
        return y - rh

    y = draw_row([h for h, _, _ in cols], y, True, 0)
    for i, row in enumerate(rows):
        if y < bottom + 20 and on_break is not None:
            y = on_break()
            y = draw_row([h for h, _, _ in cols], y, True, 0)
        y = draw_row(row, y, False, i)
    return y


def totals(
    p: Pdf,
    x_label: float,
    x_val: float,
    y: float,
    rows: list[tuple[str, str, bool]],
    sz: float = 9,
    lead: float = 1.55,
    rule_before_last: bool = True,
) -> float:
    for i, (label, val, bold) in enumerate(rows):
        if rule_before_last and i == len(rows) - 1:
            p.hline(x_label - 5, x_val, y + sz * 1.05, lw=0.8)
        big = sz + (1.5 if bold else 0)
        p.t(x_label, y, label, big, bold=bold, al="r" if x_label > p.w / 2 else "l")
        p.t(x_val, y, val, big, bold=bold, al="r")
        y -= big * lead
    return y


def pdf_to_scan(pdf_bytes: bytes, path: Path, dpi: int = 150, **kw: Any) -> None:
    doc = pdfium.PdfDocument(pdf_bytes)
    page = doc[0]
    img = page.render(scale=dpi / 72).to_pil().convert("L")
    doc.close()
    save_png(degrade(img, path.stem, **kw), path, limit=360_000)


# ---------------------------------------------------------------------------- receipts


def r_my_hardware(out: Path) -> dict[str, Any]:
    name = "r01_my_hardware"
    its = [
        item('PVC PIPE 1/2" 10FT', 2, "8.50"),
        item('ELBOW 1/2" PVC', 6, "0.80"),
        item("PVC CEMENT 100G", 1, "6.90"),
        item("MASKING TAPE 24MM", 3, "2.33"),
        item("CABLE TIE 200MM 100PCS", 1, "5.50"),
    ]
    gross = sum((it["amount"] for it in its), Decimal(0))
    gst = incl_tax(gross, D(6))
    rounded = q(gross * 20, Decimal(1)) / 20
    rnd = rounded - gross
    t = Tape(42)
    t.c("KEDAI PERKAKASAN SRI MUTIARA SDN BHD", True).c("(1045521-W)")
    t.c("NO 12, JALAN PERMAS 10/2,").c("BANDAR BARU PERMAS JAYA,").c("81750 MASAI, JOHOR.")
    t.c("TEL: 07-388 4120").c("GST ID: 001234567890").blank().c("TAX INVOICE", True).blank()
    t.lr("CASH BILL NO: CS00412839", "")
    t.lr("DATE: 14/08/2017", "TIME: 10:42:17").lr("CASHIER: LIM", "TERMINAL: 01").rule()
    t.cols(["ITEM", "QTY", "PRICE", "AMOUNT", "TAX"], [-19, 4, 7, 8, 4]).rule()
    for it in its:
        t.add(it["description"])
        t.cols(
            ["", str(it["quantity"]), fmt(it["unit_price"]), fmt(it["amount"]), "SR"],
            [-19, 4, 7, 8, 4],
        )
    t.rule().lr("TOTAL QTY: 13", "")
    t.lr("TOTAL INCL. GST", fmt(gross)).lr("ROUNDING ADJ", fmt(rnd))
    t.lr("TOTAL (RM)", fmt(rounded), True).lr("CASH", "50.00").lr("CHANGE", fmt(50 - rounded))
    t.rule().add("GST SUMMARY       AMOUNT(RM)    TAX(RM)")
    t.lr("SR @ 6%", f"{fmt(gross - gst):>10}    {fmt(gst):>7}").rule()
    t.c("GOODS SOLD ARE NOT RETURNABLE").c("THANK YOU. PLEASE COME AGAIN.")
    tape_png(
        out / f"{name}.png",
        t,
        px=500,
        angle=-1.8,
        background=95,
        light=0.25,
        noise=6,
        jpeg=50,
        fade=0.35,
    )
    return truth(
        name=name,
        number="CS00412839",
        date="2017-08-14",
        due=None,
        vendor="KEDAI PERKAKASAN SRI MUTIARA SDN BHD",
        net=gross - gst,
        vat=gst,
        total=rounded,
        currency="MYR",
        kind="scan",
        locale="ms-MY",
        layout="receipt",
        doc_type="receipt",
        items=its,
        extras=rnd,
    )


def r_sg_cafe(out: Path) -> dict[str, Any]:
    name = "r02_sg_cafe"
    its = [
        item("Kaya Toast Set", 2, "5.80"),
        item("Kopi C Peng", 1, "2.20"),
        item("Teh Tarik", 1, "2.00"),
        item("Mee Siam", 1, "6.50"),
    ]
    net = sum((it["amount"] for it in its), Decimal(0))
    gst = q(net * D("0.09"))
    t = Tape(36)
    t.big("KOPI HARTANAH").c("Kopi Hartanah Pte. Ltd.").c("71 Seng Poh Road #01-33")
    t.c("Singapore 160071").c("UEN/GST Reg: 201934567K").rule("=")
    t.lr("Rcpt No: A-004512", "Tbl: 14").lr("03/10/2026 09:41", "Pax: 2").lr("Staff: Mei", "")
    t.rule()
    for it in its:
        t.lr(f"{it['quantity']} {it['description']}", fmt(it["amount"]))
    t.rule().lr("Subtotal", fmt(net)).lr("GST 9%", fmt(gst)).rule()
    t.lr("TOTAL", f"S${fmt(net + gst)}", True).lr("NETS", fmt(net + gst)).rule("=")
    t.c("Prices are subject to 9% GST").c("Thank you! See you again :)")
    tape_png(
        out / f"{name}.png",
        t,
        px=470,
        angle=1.2,
        background=150,
        light=0.3,
        noise=5,
        blur=1.0,
        jpeg=45,
    )
    return truth(
        name=name,
        number="A-004512",
        date="2026-10-03",
        due=None,
        vendor="Kopi Hartanah Pte. Ltd.",
        net=net,
        vat=gst,
        total=net + gst,
        currency="SGD",
        kind="scan",
        locale="en-SG",
        layout="receipt",
        doc_type="receipt",
        items=its,
    )


def r_uk_supermarket(out: Path) -> dict[str, Any]:
    name = "r03_uk_supermarket"
    rows = [
        ("SEMI SKIMMED MILK 2.27L", 1, "1.65", "Z"),
        ("SOURDOUGH LOAF 800G", 1, "2.10", "Z"),
        ("FREE RANGE EGGS 12PK", 1, "3.45", "Z"),
        ("WASHING UP LIQUID", 1, "1.85", "A"),
        ("BIN BAGS 20PK", 1, "2.50", "A"),
        ("ORANGE JUICE 1L", 1, "1.95", "Z"),
        ("MILK CHOC BAR 100G", 2, "0.89", "A"),
    ]
    its = [item(d, qy, u) for d, qy, u, _ in rows]
    gross_a = sum(
        (it["amount"] for it, r in zip(its, rows, strict=True) if r[3] == "A"), Decimal(0)
    )
    gross_z = sum(
        (it["amount"] for it, r in zip(its, rows, strict=True) if r[3] == "Z"), Decimal(0)
    )
    vat_a = incl_tax(gross_a, D(20))
    total = gross_a + gross_z
    t = Tape(40)
    t.big("HOLLINS & PIKE").c("fresh food since 1962").blank()
    t.c("Unit 4 Riverside Retail Park").c("Shrewsbury SY1 2LP").c("Tel 01743 552 190")
    t.c("VAT No. GB 284 6631 27").blank()
    for it, r in zip(its, rows, strict=True):
        if it["quantity"] > 1:
            t.add(f"  {it['quantity']} x £{fmt(it['unit_price'])}")
        t.lr(it["description"], f"£{fmt(it['amount'])} {r[3]}")
    t.add(" " * 28 + "--------")
    t.lr(f"{len(rows) + 1} BALANCE DUE", f"£{fmt(total)}", True).blank()
    t.lr("VISA DEBIT", f"£{fmt(total)}").lr("CHANGE DUE", "£0.00").blank()
    t.add("VAT  RATE     NET     VAT   GROSS")
    t.add(f"A   20.0% {fmt(gross_a - vat_a):>7} {fmt(vat_a):>7} {fmt(gross_a):>7}")
    t.add(f"Z    0.0% {fmt(gross_z):>7} {'0.00':>7} {fmt(gross_z):>7}")
    t.add(f"TOTAL     {fmt(total - vat_a):>7} {fmt(vat_a):>7} {fmt(total):>7}").blank()
    t.add("CARD: ************4417   CONTACTLESS").add("AID: A0000000031010").blank()
    t.lr("19/09/26  16:52", "ST:0412 OP:118").lr("TE:03", "TRN:7721").blank()
    t.c("Thank you for shopping with us").c("Hollins & Pike Food Stores Ltd")
    tape_png(
        out / f"{name}.png",
        t,
        px=480,
        angle=-0.8,
        background=70,
        light=0.35,
        noise=7,
        jpeg=45,
        fade=0.2,
    )
    return truth(
        name=name,
        number="7721",
        date="2026-09-19",
        due=None,
        vendor="Hollins & Pike Food Stores Ltd",
        net=total - vat_a,
        vat=vat_a,
        total=total,
        currency="GBP",
        kind="scan",
        locale="en-GB",
        layout="receipt",
        doc_type="receipt",
        items=its,
    )


def r_us_restaurant(out: Path) -> dict[str, Any]:
    name = "r04_us_restaurant"
    its = [
        item("Burrata", 1, "16.00"),
        item("Rigatoni alla Vodka", 2, "22.00"),
        item("Caesar Salad", 1, "14.00"),
        item("Gl Montepulciano", 2, "13.00"),
        item("Tiramisu", 1, "11.00"),
    ]
    net = sum((it["amount"] for it in its), Decimal(0))
    tax = q(net * D("0.08875"))
    tip = D("22.00")
    t = Tape(38)
    t.big("MARLOWE STREET").c("K I T C H E N").blank().c("418 Amsterdam Ave")
    t.c("New York, NY 10024").c("(212) 555-0148").blank()
    t.lr("Server: Dana", "Check #4471").lr("Table 12", "Guests 2").lr("10/24/2026", "8:37 PM")
    t.rule()
    for it in its:
        t.lr(f"{it['quantity']}  {it['description']}", fmt(it["amount"]))
    t.blank().lr("Subtotal", fmt(net)).lr("Sales Tax 8.875%", fmt(tax))
    t.lr("Total", fmt(net + tax), True).rule()
    t.add("VISA ************8830").add("Auth Code: 08841C   Entry: Chip").blank()
    t.lr("Amount:", fmt(net + tax)).lr("+ Tip:", fmt(tip)).blank()
    t.lr("= Total:", fmt(net + tax + tip), True).blank()
    t.c("18%=$19.98  20%=$22.20  22%=$24.42").blank()
    t.add("x_____________________________").c("CUSTOMER COPY").c("Thank you, come again!")
    t.c("marlowestreetkitchen.nyc")
    tape_png(
        out / f"{name}.png",
        t,
        px=460,
        angle=2.4,
        background=60,
        light=0.4,
        noise=6,
        blur=1.1,
        jpeg=50,
    )
    return truth(
        name=name,
        number="4471",
        date="2026-10-24",
        due=None,
        vendor="MARLOWE STREET KITCHEN",
        net=net,
        vat=tax,
        total=net + tax + tip,
        currency="USD",
        kind="scan",
        locale="en-US",
        layout="receipt",
        doc_type="receipt",
        items=its,
        extras=tip,
    )


def r_us_hardware(out: Path) -> dict[str, Any]:
    name = "r05_us_hardware"
    rows = [
        ("DECK SCREWS #8 2-1/2 1LB", "041205 338817", 1, "9.98"),
        ("PAINTERS TAPE 1.88IN", "052219 104432", 2, "4.49"),
        ("LED BULB A19 60W EQ 4PK", "018773 902155", 1, "11.97"),
        ("PENETRATING OIL 11 OZ", "079567 520018", 1, "6.47"),
        ("SANDPAPER ASST 120/220", "028874 660391", 3, "1.29"),
    ]
    its = [item(d, qy, u) for d, _, qy, u in rows]
    net = sum((it["amount"] for it in its), Decimal(0))
    tax = q(net * D("0.0725"))
    t = Tape(40)
    t.big("BRIDGEWATER").c("HARDWARE  *  LUMBER  *  PAINT").blank()
    t.c("2901 E Main St, Bridgewater OH 44121").c("(216) 555-0193").blank()
    t.lr("STORE 03  REG 2  TRANS# 118442", "").lr("08/07/26 14:06", "CASHIER: MIKE R").rule()
    for it, r in zip(its, rows, strict=True):
        t.add(f"{r[1]}  {r[0]}")
        if it["quantity"] > 1:
            t.lr(f"   {it['quantity']} @ {fmt(it['unit_price'])}", fmt(it["amount"]) + " T")
        else:
            t.lr("", fmt(it["amount"]) + " T")
    t.rule().lr("SUBTOTAL", fmt(net)).lr("OH SALES TAX 7.25%", fmt(tax))
    t.lr("TOTAL", fmt(net + tax), True).lr("CASH TEND", "60.00")
    t.lr("CHANGE DUE", fmt(60 - net - tax)).blank().lr("# ITEMS SOLD 8", "")
    t.blank().c("RETURNS WITH RECEIPT WITHIN 30 DAYS").blank()
    t.c("Bridgewater Hardware & Supply Co.").c("THANK YOU FOR SHOPPING LOCAL")
    tape_png(
        out / f"{name}.png",
        t,
        px=500,
        angle=-2.7,
        background=200,
        light=0.15,
        noise=4,
        jpeg=60,
        fade=0.5,
    )
    return truth(
        name=name,
        number="118442",
        date="2026-08-07",
        due=None,
        vendor="Bridgewater Hardware & Supply Co.",
        net=net,
        vat=tax,
        total=net + tax,
        currency="USD",
        kind="scan",
        locale="en-US",
        layout="receipt",
        doc_type="receipt",
        items=its,
    )


def r_de_supermarket(out: Path) -> dict[str, Any]:
    name = "r06_de_supermarket"
    rows = [
        ("Vollmilch 3,5% 1L", 1, "1.19", "B"),
        ("Bio Bananen", "1.284", "1.99", "B"),
        ("Roggenbrot 750g", 1, "2.89", "B"),
        ("Spülmittel Zitrone", 1, "2.15", "A"),
        ("Joghurt Natur 500g", 2, "0.89", "B"),
        ("Kaffee gemahlen 500g", 1, "6.99", "B"),
        ("Mineralwasser 6x1,5L", 1, "2.94", "A"),
        ("Pfand 0,25", 6, "0.25", "A"),
    ]
    its = [item(d, qy, u) for d, qy, u, _ in rows]
    ga = sum((it["amount"] for it, r in zip(its, rows, strict=True) if r[3] == "A"), Decimal(0))
    gb = sum((it["amount"] for it, r in zip(its, rows, strict=True) if r[3] == "B"), Decimal(0))
    va, vb = incl_tax(ga, D(19)), incl_tax(gb, D(7))
    total = ga + gb
    t = Tape(40)
    t.big("FRISCHMARKT").big("BEHRENDT").c("Lindenstraße 42 · 34117 Kassel")
    t.c("Tel. 0561 7394410").c("USt-IdNr. DE287451903").blank().lr("", "EUR")
    for it, r in zip(its, rows, strict=True):
        if r[1] == "1.284":
            t.add(r[0]).lr("   1,284 kg x 1,99 EUR/kg", f"{fmt(it['amount'], 'de')} {r[3]}")
        elif it["quantity"] > 1:
            t.add(r[0]).lr(
                f"   {it['quantity']} Stk x {fmt(it['unit_price'], 'de')}",
                f"{fmt(it['amount'], 'de')} {r[3]}",
            )
        else:
            t.lr(r[0], f"{fmt(it['amount'], 'de')} {r[3]}")
    t.add(" " * 30 + "--------").lr("SUMME EUR", fmt(total, "de"), True).rule("=")
    t.lr("Bar", fmt(D(50), "de")).lr("Rückgeld EUR", fmt(50 - total, "de")).blank()
    t.add("Steuer   %    Netto   Steuer   Brutto")
    t.add(f"A=    19,0 {fmt(ga - va, 'de'):>8} {fmt(va, 'de'):>8} {fmt(ga, 'de'):>8}")
    t.add(f"B=     7,0 {fmt(gb - vb, 'de'):>8} {fmt(vb, 'de'):>8} {fmt(gb, 'de'):>8}")
    t.add(
        f"Gesamt     {fmt(total - va - vb, 'de'):>8} {fmt(va + vb, 'de'):>8} {fmt(total, 'de'):>8}"
    ).blank()
    t.lr("12.11.2026 18:47", "Bon-Nr. 4187").lr("Kasse 2", "Bed. 014").blank()
    t.add("TSE-Transaktion: 112874").add("TSE-Start: 2026-11-12T18:46:51")
    t.add("TSE-Stop:  2026-11-12T18:47:33").add("TSE-Seriennr.: 8f3a91c2d07e44b1")
    t.blank().c("Vielen Dank für Ihren Einkauf!").c("Behrendt Lebensmittel GmbH & Co. KG")
    tape_png(
        out / f"{name}.png",
        t,
        px=500,
        angle=0.9,
        background=40,
        light=0.3,
        noise=6,
        blur=0.9,
        jpeg=45,
    )
    return truth(
        name=name,
        number="4187",
        date="2026-11-12",
        due=None,
        vendor="Behrendt Lebensmittel GmbH & Co. KG",
        net=total - va - vb,
        vat=va + vb,
        total=total,
        currency="EUR",
        kind="scan",
        locale="de-DE",
        layout="receipt",
        doc_type="receipt",
        items=its,
    )


def r_fr_pharmacie(out: Path) -> dict[str, Any]:
    name = "r07_fr_pharmacie"
    rows = [
        ("DOLIPRANE 1000MG CPR B/8", 2, "2.18", "2.1"),
        ("SPRAY NASAL EAU DE MER", 1, "6.90", "10"),
        ("PASTILLES GORGE MIEL", 1, "5.45", "10"),
        ("CREME MAINS REPARATRICE", 1, "8.90", "20"),
        ("BROSSE A DENTS SOUPLE", 1, "3.20", "20"),
    ]
    its = [item(d, qy, u) for d, qy, u, _ in rows]
    total = sum((it["amount"] for it in its), Decimal(0))
    groups: dict[str, Decimal] = {}
    for it, r in zip(its, rows, strict=True):
        groups[r[3]] = groups.get(r[3], Decimal(0)) + it["amount"]
    taxes = {k: incl_tax(v, D(k)) for k, v in groups.items()}
    vat = sum(taxes.values(), Decimal(0))
    t = Tape(40)
    t.c("PHARMACIE DU MARCHE SAINT-CLAIR", True).c("12 place du Marché")
    t.c("63000 CLERMONT-FERRAND").c("Tél : 04 73 91 22 40").c("SIRET 812 456 379 00018")
    t.c("TVA FR38812456379").blank().lr("Ticket n° 000874", "Caisse 1")
    t.lr("08/10/2026 11:32", "Vendeur : CLAIRE").rule()
    for it, r in zip(its, rows, strict=True):
        t.add(r[0])
        t.lr(
            f"  {it['quantity']} x {fmt(it['unit_price'], 'comma')}  T{r[3]}",
            fmt(it["amount"], "comma"),
        )
    t.rule().lr(f"{len(rows)} ARTICLES", "")
    t.lr("TOTAL TTC", f"{fmt(total, 'comma')} EUR", True).blank()
    t.lr("CB SANS CONTACT", fmt(total, "comma")).blank()
    t.add("Taux      HT       TVA      TTC")
    for k in sorted(groups, key=D):
        g, tx = groups[k], taxes[k]
        t.add(
            f"{k.replace('.', ','):>4}% {fmt(g - tx, 'comma'):>8} {fmt(tx, 'comma'):>8} "
            f"{fmt(g, 'comma'):>8}"
        )
    t.add(
        f"Total {fmt(total - vat, 'comma'):>8} {fmt(vat, 'comma'):>8} {fmt(total, 'comma'):>8}"
    ).blank()
    t.c("Merci de votre visite").c("Conservez ce ticket pour tout échange")
    tape_png(
        out / f"{name}.png",
        t,
        px=490,
        angle=-1.1,
        background=170,
        light=0.22,
        noise=5,
        blur=0.7,
        jpeg=55,
    )
    return truth(
        name=name,
        number="000874",
        date="2026-10-08",
        due=None,
        vendor="PHARMACIE DU MARCHE SAINT-CLAIR",
        net=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        kind="scan",
        locale="fr-FR",
        layout="receipt",
        doc_type="receipt",
        items=its,
    )


def r_es_restaurant(out: Path) -> dict[str, Any]:
    name = "r08_es_restaurant"
    its = [
        item("CAÑA", 2, "2.50"),
        item("RACION CROQUETAS", 1, "9.50"),
        item("PULPO A LA GALLEGA", 1, "16.80"),
        item("PAN", 1, "1.20"),
        item("AGUA 1,5L", 1, "2.80"),
        item("CAFE SOLO", 2, "1.40"),
    ]
    total = sum((it["amount"] for it in its), Decimal(0))
    iva = incl_tax(total, D(10))
    t = Tape(40)
    t.big("EL RINCÓN").c("DE MARISA").c("Hostelería Rincón Marisa S.L.").c("CIF: B87654321")
    t.c("C/ Cava Baja 21 - 28005 Madrid").c("Tfno: 913 65 48 20").rule("=")
    t.c("FACTURA SIMPLIFICADA", True).lr("Nº: T2026-018734", "")
    t.lr("Fecha: 17/07/2026", "Hora: 22:14").lr("Mesa: 7", "Camarero: LUIS").rule()
    t.cols(["UDS", "DESCRIPCION", "PRECIO", "IMPORTE"], [-4, -18, 8, 10]).rule()
    for it in its:
        t.cols(
            [
                str(it["quantity"]),
                it["description"],
                fmt(it["unit_price"], "comma"),
                fmt(it["amount"], "comma"),
            ],
            [-4, -18, 8, 10],
        )
    t.rule().lr("BASE IMPONIBLE", fmt(total - iva, "comma")).lr("IVA 10%", fmt(iva, "comma"))
    t.lr("TOTAL", f"{fmt(total, 'comma')} €", True).rule()
    t.lr("ENTREGADO", fmt(D(40), "comma")).lr("CAMBIO", fmt(40 - total, "comma")).blank()
    t.c("IVA INCLUIDO").c("¡GRACIAS POR SU VISITA!")
    tape_png(
        out / f"{name}.png",
        t,
        px=480,
        angle=1.7,
        background=110,
        light=0.35,
        noise=6,
        blur=1.2,
        jpeg=45,
        fade=0.3,
    )
    return truth(
        name=name,
        number="T2026-018734",
        date="2026-07-17",
        due=None,
        vendor="Hostelería Rincón Marisa S.L.",
        net=total - iva,
        vat=iva,
        total=total,
        currency="EUR",
        kind="scan",
        locale="es-ES",
        layout="receipt",
        doc_type="receipt",
        items=its,
    )


def r_it_bar(out: Path) -> dict[str, Any]:
    name = "r09_it_bar"
    its = [
        item("CAPPUCCINO", 2, "1.60"),
        item("CORNETTO CREMA", 2, "1.40"),
        item("SPREMUTA ARANCIA", 1, "3.50"),
        item("ACQUA NAT. 0,5L", 1, "1.00"),
    ]
    total = sum((it["amount"] for it in its), Decimal(0))
    iva = incl_tax(total, D(10))
    t = Tape(38)
    t.c("BAR PASTICCERIA GIANFERRI", True).c("di Gianferri Marco & C. s.n.c.")
    t.c("Via Emilia S. Stefano 48").c("42121 Reggio Emilia (RE)").c("P.IVA 02718450359")
    t.blank().c("DOCUMENTO COMMERCIALE").c("di vendita o prestazione").blank()
    t.lr("DESCRIZIONE", "IVA  Prezzo(€)")
    for it in its:
        if it["quantity"] > 1:
            t.add(f"{it['quantity']} x {fmt(it['unit_price'], 'comma')}")
        t.lr(it["description"], f"10%   {fmt(it['amount'], 'comma')}")
    t.blank().lr("TOTALE COMPLESSIVO", fmt(total, "comma"), True)
    t.lr("DI CUI IVA", fmt(iva, "comma")).blank()
    t.lr("Pagamento contante", fmt(D(20), "comma")).lr("Resto", fmt(20 - total, "comma"))
    t.lr("Importo pagato", fmt(total, "comma")).blank()
    t.lr("05-09-2026 08:14", "DOC.N. 0412-0087").add("RT 99MEY012345").blank()
    t.c("GRAZIE E ARRIVEDERCI")
    tape_png(
        out / f"{name}.png",
        t,
        px=460,
        angle=-2.2,
        background=185,
        light=0.2,
        noise=5,
        jpeg=50,
        fade=0.45,
    )
    return truth(
        name=name,
        number="0412-0087",
        date="2026-09-05",
        due=None,
        vendor="Gianferri Marco & C. s.n.c.",
        net=None,
        vat=iva,
        total=total,
        currency="EUR",
        kind="scan",
        locale="it-IT",
        layout="receipt",
        doc_type="receipt",
        items=its,
    )


def r_nl_supermarket(out: Path) -> dict[str, Any]:
    name = "r10_nl_supermarket"
    rows = [
        ("HALFVOLLE MELK 1L", 2, "1.15", "9"),
        ("VOLKORENBROOD HEEL", 1, "2.69", "9"),
        ("GOUDA JONG 48+ 400G", 1, "5.49", "9"),
        ("APPELS ELSTAR 1KG", 1, "2.79", "9"),
        ("STROOPWAFELS", 2, "1.89", "9"),
        ("ALLESREINIGER 1L", 1, "2.49", "21"),
        ("KEUKENROL 4 ST", 1, "3.29", "21"),
    ]
    its = [item(d, qy, u) for d, qy, u, _ in rows]
    g9 = sum((it["amount"] for it, r in zip(its, rows, strict=True) if r[3] == "9"), Decimal(0))
    g21 = sum((it["amount"] for it, r in zip(its, rows, strict=True) if r[3] == "21"), Decimal(0))
    v9, v21 = incl_tax(g9, D(9)), incl_tax(g21, D(21))
    total = g9 + g21
    t = Tape(40)
    t.big("VERSMARKT").c("V A N   D I J K").blank().c("Hoogstraat 88, 3011 PV Rotterdam")
    t.c("010 - 412 77 30").blank()
    t.lr("OMSCHRIJVING", "BEDRAG")
    for it in its:
        qty = f"{it['quantity']}x " if it["quantity"] > 1 else ""
        t.lr(f"{qty}{it['description']}", fmt(it["amount"], "comma"))
    t.add(" " * 32 + "--------").lr(
        f"{sum(int(r[1]) for r in rows)} SUBTOTAAL", fmt(total, "comma")
    )
    t.lr("TOTAAL", fmt(total, "comma"), True).blank().lr("PINNEN", fmt(total, "comma"))
    t.blank().add("BTW      OVER      BTW      TOTAAL")
    t.add(f" 9% {fmt(g9 - v9, 'comma'):>9} {fmt(v9, 'comma'):>8} {fmt(g9, 'comma'):>11}")
    t.add(f"21% {fmt(g21 - v21, 'comma'):>9} {fmt(v21, 'comma'):>8} {fmt(g21, 'comma'):>11}")
    t.add(
        f"TOT {fmt(total - v9 - v21, 'comma'):>9} {fmt(v9 + v21, 'comma'):>8} "
        f"{fmt(total, 'comma'):>11}"
    ).blank()
    t.lr("KASSA 3  BON 0932-17", "30-10-2026 17:05").blank()
    t.c("Bedankt en tot ziens!").c("Van Dijk Versmarkt B.V.").c("BTW NL859123404B01")
    tape_png(
        out / f"{name}.png",
        t,
        px=500,
        angle=0.5,
        background=230,
        light=0.1,
        noise=4,
        blur=0.6,
        jpeg=65,
    )
    return truth(
        name=name,
        number="0932-17",
        date="2026-10-30",
        due=None,
        vendor="Van Dijk Versmarkt B.V.",
        net=total - v9 - v21,
        vat=v9 + v21,
        total=total,
        currency="EUR",
        kind="scan",
        locale="nl-NL",
        layout="receipt",
        doc_type="receipt",
        items=its,
    )


def r_se_cafe(out: Path) -> dict[str, Any]:
    name = "r11_se_cafe"
    its = [
        item("Caffe latte", 2, "45.00"),
        item("Kanelbulle", 2, "39.00"),
        item("Räksmörgås", 1, "115.00"),
    ]
    total = sum((it["amount"] for it in its), Decimal(0))
    moms = incl_tax(total, D(12))
    t = Tape(40)
    t.c("Kaffebaren Lindholmen AB", True).c("Lindholmsallén 10")
    t.c("417 55 Göteborg").c("Org.nr 559123-4567").c("Momsreg.nr SE559123456701").rule()
    t.lr("Kvitto nr 20461", "2026-11-02 15:27").lr("Kassa 1", "Kassör: Elin").rule()
    for it in its:
        t.add(it["description"])
        t.lr(f"  {it['quantity']} st á {fmt(it['unit_price'], 'sp')}", fmt(it["amount"], "sp"))
    t.rule().lr("Att betala", f"{fmt(total, 'sp')} SEK", True).blank()
    t.lr("Mastercard", fmt(total, "sp")).add("************2281  KONTAKTLÖS").blank()
    t.add("Moms%     Moms     Netto    Brutto")
    t.add(f"12,00 {fmt(moms, 'sp'):>8} {fmt(total - moms, 'sp'):>9} {fmt(total, 'sp'):>9}")
    t.rule().c("Tack för besöket!").c("kaffebarenlindholmen.se")
    tape_pdf(out / f"{name}.pdf", t, size=8.5)
    return truth(
        name=name,
        number="20461",
        date="2026-11-02",
        due=None,
        vendor="Kaffebaren Lindholmen AB",
        net=total - moms,
        vat=moms,
        total=total,
        currency="SEK",
        kind="pdf",
        locale="sv-SE",
        layout="receipt",
        doc_type="receipt",
        items=its,
    )


def r_pl_shop(out: Path) -> dict[str, Any]:
    name = "r12_pl_shop"
    rows = [
        ("Chleb żytni 500g", 1, "4.29", "C"),
        ("Masło extra 200g", 1, "7.49", "C"),
        ("Woda mineralna 1,5l", 2, "2.19", "A"),
        ("Kawa mielona 250g", 1, "18.99", "A"),
        ("Baton orzechowy", 3, "2.49", "A"),
    ]
    its = [item(d, qy, u) for d, qy, u, _ in rows]
    ga = sum((it["amount"] for it, r in zip(its, rows, strict=True) if r[3] == "A"), Decimal(0))
    gc = sum((it["amount"] for it, r in zip(its, rows, strict=True) if r[3] == "C"), Decimal(0))
    va, vc = incl_tax(ga, D(23)), incl_tax(gc, D(5))
    total = ga + gc
    t = Tape(40)
    t.c("Sklep Spożywczy „Pod Lipą”").c("Anna Wrzosek").c("ul. Lipowa 3, 62-300 Września")
    t.c("NIP 789-301-72-18").blank().lr("2026-10-15", "nr wydr. 004412").c("PARAGON FISKALNY", True)
    t.rule()
    for it, r in zip(its, rows, strict=True):
        t.lr(r[0], "")
        t.lr(
            f"   {it['quantity']} szt. x{fmt(it['unit_price'], 'comma')}",
            f"{fmt(it['amount'], 'comma')}{r[3]}",
        )
    t.rule().lr("Sprzedaż opodatkowana A", fmt(ga, "comma")).lr("PTU A 23%", fmt(va, "comma"))
    t.lr("Sprzedaż opodatkowana C", fmt(gc, "comma")).lr("PTU C 5%", fmt(vc, "comma"))
    t.lr("Suma PTU", fmt(va + vc, "comma")).lr("SUMA PLN", fmt(total, "comma"), True).rule()
    t.lr("Gotówka", fmt(D(50), "comma")).lr("Reszta", fmt(50 - total, "comma")).blank()
    t.lr("#Kasa 1   Kasjer nr 3", "14:22").add("Nr sys. 4412").c("BBX 12345678")
    t.blank().c("Dziękujemy, zapraszamy ponownie")
    tape_png(
        out / f"{name}.png",
        t,
        px=470,
        angle=-1.4,
        background=90,
        light=0.3,
        noise=6,
        blur=0.9,
        jpeg=45,
        fade=0.4,
    )
    return truth(
        name=name,
        number="004412",
        date="2026-10-15",
        due=None,
        vendor="Sklep Spożywczy „Pod Lipą” Anna Wrzosek",
        net=None,
        vat=va + vc,
        total=total,
        currency="PLN",
        kind="scan",
        locale="pl-PL",
        layout="receipt",
        doc_type="receipt",
        items=its,
    )


def r_jp_konbini(out: Path) -> dict[str, Any] | None:
    name = "r13_jp_konbini"
    if not IPA_GOTHIC.is_file():
        print(f"warning: {IPA_GOTHIC} missing; {name} skipped", file=sys.stderr)
        return None
    rows = [
        ("おにぎり 紅鮭", 1, 180, 8),
        ("おにぎり ツナマヨ", 1, 150, 8),
        ("緑茶 525ml", 2, 140, 8),
        ("からあげ 5個入", 1, 260, 8),
        ("ボールペン 黒 0.5", 1, 165, 10),
        ("ポケットティッシュ", 1, 98, 10),
    ]
    its = [item(d, qy, u) for d, qy, u, _ in rows]
    g8 = sum((it["amount"] for it, r in zip(its, rows, strict=True) if r[3] == 8), Decimal(0))
    g10 = sum((it["amount"] for it, r in zip(its, rows, strict=True) if r[3] == 10), Decimal(0))
    t8 = (g8 * 8 / 108).quantize(Decimal(1), ROUND_FLOOR)
    t10 = (g10 * 10 / 110).quantize(Decimal(1), ROUND_FLOOR)
    total = g8 + g10
    y = lambda v: "¥" + fmt(D(v), "en", 0)  # noqa: E731
    t = Tape(36)
    t.big("コモレビマート").c("桜台駅前店").c("東京都練馬区桜台1-22-5").c("TEL 03-5912-4471")
    t.c("株式会社コモレビリテール").c("登録番号 T7011201034512").blank()
    t.add("2026年11月21日(土) 07:52").lr("レジ#2", "責No.014").rule()
    for it, r in zip(its, rows, strict=True):
        mark = "※" if r[3] == 8 else "  "
        t.lr(f"{r[0]}{mark}", y(it["amount"]))
        if it["quantity"] > 1:
            t.add(f"  ({it['quantity']}コ X 単{it['unit_price']})")
    t.rule().lr("小計", y(total)).lr("(10%対象", f"{y(g10)})").lr("(内消費税等", f"{y(t10)})")
    t.lr("(8%対象", f"{y(g8)})").lr("(内消費税等", f"{y(t8)})")
    t.lr("合計", y(total), True).lr("お預り", y(2000)).lr("お釣り", y(2000 - total)).blank()
    t.add("※印は軽減税率(8%)適用商品").add("取引番号 3318").blank().c("ありがとうございました")
    tape_png(
        out / f"{name}.png",
        t,
        px=470,
        angle=1.9,
        background=130,
        light=0.3,
        noise=5,
        blur=0.9,
        jpeg=50,
        font_path=IPA_GOTHIC,
    )
    return truth(
        name=name,
        number="3318",
        date="2026-11-21",
        due=None,
        vendor="株式会社コモレビリテール",
        net=None,
        vat=t8 + t10,
        total=total,
        currency="JPY",
        kind="scan",
        locale="ja-JP",
        layout="receipt",
        doc_type="receipt",
        items=its,
    )


def r_in_restaurant(out: Path) -> dict[str, Any]:
    name = "r14_in_restaurant"
    its = [
        item("Masala Dosa", 2, "90.00"),
        item("Idli Vada", 1, "70.00"),
        item("Filter Coffee", 3, "35.00"),
        item("Paneer Butter Masala", 1, "240.00"),
        item("Butter Naan", 3, "50.00"),
    ]
    net = sum((it["amount"] for it in its), Decimal(0))
    cgst = q(net * D("0.025"))
    gross = net + 2 * cgst
    grand = q(gross, Decimal(1))
    rnd = grand - gross
    t = Tape(42)
    t.big("ANNAPURNA BHAVAN").c("Shree Annapurna Hospitality Pvt. Ltd.")
    t.c("No. 45, 80 Feet Road, Indiranagar").c("Bengaluru - 560038").c("Ph: 080-4152 8870")
    t.c("GSTIN: 29AAKCS1234F1Z5").c("FSSAI: 11219334000512").rule("=")
    t.lr("Bill No: 2026/BLR/08841", "").lr("Date: 11/10/2026", "Time: 13:26")
    t.lr("Table: T-9", "Steward: Ravi").rule()
    t.cols(["Item", "Qty", "Rate", "Amount"], [-20, 5, 8, 9]).rule()
    for it in its:
        t.cols(
            [it["description"], str(it["quantity"]), fmt(it["unit_price"]), fmt(it["amount"])],
            [-20, 5, 8, 9],
        )
    t.rule().lr("Sub Total", fmt(net)).lr("CGST @ 2.5%", fmt(cgst)).lr("SGST @ 2.5%", fmt(cgst))
    t.lr("Round Off", fmt(rnd)).rule().lr("Grand Total", f"Rs. {fmt(grand)}", True).rule()
    t.lr("Paid by: UPI", fmt(grand)).blank().c("HSN/SAC: 996331").c("Thank You! Visit Again")
    tape_png(
        out / f"{name}.png",
        t,
        px=500,
        angle=-0.6,
        background=140,
        light=0.35,
        noise=7,
        blur=1.0,
        jpeg=40,
        fade=0.25,
    )
    return truth(
        name=name,
        number="2026/BLR/08841",
        date="2026-10-11",
        due=None,
        vendor="Shree Annapurna Hospitality Pvt. Ltd.",
        net=net,
        vat=2 * cgst,
        total=grand,
        currency="INR",
        kind="scan",
        locale="en-IN",
        layout="receipt",
        doc_type="receipt",
        items=its,
        extras=rnd,
    )


def r_au_fuel(out: Path) -> dict[str, Any]:
    name = "r15_au_fuel"
    fuel = item("Unleaded 91", "42.18", "1.899")
    its = [fuel, item("Iced Coffee 500ml", 1, "4.50"), item("Car Wash Token", 1, "12.00")]
    total = sum((it["amount"] for it in its), Decimal(0))
    gst = incl_tax(total, D(10))
    t = Tape(38)
    t.c("REDGUM FUEL TOOWOOMBA", True).c("611 Ruthven St").c("Toowoomba QLD 4350")
    t.c("Redgum Fuel Co. Pty Ltd").c("ABN 51 824 753 556").blank().c("TAX INVOICE", True)
    t.blank().lr("28/09/2026", "07:18:44").lr("Receipt No", "00318842").lr("Operator", "KAYLA")
    t.rule().add("Pump 04 Unleaded 91")
    t.lr("  42.18 L @ 189.9 c/L", f"${fmt(fuel['amount'])}")
    for it in its[1:]:
        t.lr(it["description"], f"${fmt(it['amount'])}")
    t.rule().lr("TOTAL", f"${fmt(total)}", True).lr("EFTPOS", f"${fmt(total)}")
    t.lr("Change", "$0.00").blank().lr("TOTAL INCLUDES GST", f"${fmt(gst)}").blank()
    t.add("Card: DEBIT ...6620").add("Approved  Auth 442918").blank()
    t.c("Thanks for stopping by!")
    tape_png(
        out / f"{name}.png",
        t,
        px=470,
        angle=2.9,
        background=50,
        light=0.45,
        noise=7,
        blur=1.3,
        jpeg=45,
        fade=0.5,
    )
    return truth(
        name=name,
        number="00318842",
        date="2026-09-28",
        due=None,
        vendor="Redgum Fuel Co. Pty Ltd",
        net=None,
        vat=gst,
        total=total,
        currency="AUD",
        kind="scan",
        locale="en-AU",
        layout="receipt",
        doc_type="receipt",
        items=its,
    )


def r_mx_tienda(out: Path) -> dict[str, Any]:
    name = "r16_mx_tienda"
    its = [
        item("FOCO LED 9W LUZ BLANCA", 4, "38.50"),
        item("CINTA AISLAR NEGRA 18M", 2, "21.00"),
        item("PINZAS DE PUNTA 6 PULG", 1, "139.00"),
        item("CLAVO 2 1/2 PULG KG", "1.5", "42.00"),
    ]
    net = sum((it["amount"] for it in its), Decimal(0))
    iva = q(net * D("0.16"))
    total = net + iva
    assert total == D("461.68")  # the amount in words below
    t = Tape(40)
    t.c("ABARROTES Y FERRETERIA", True).c("LA ESPERANZA S.A. DE C.V.", True)
    t.c("RFC: AFE120315KJ2").c("AV. JUAREZ 1120, COL. CENTRO").c("C.P. 58000 MORELIA, MICH.")
    t.c("TEL. 443 312 4580").rule("=").lr("TICKET: 0024517", "CAJA: 02")
    t.lr("FECHA: 22/08/2026", "HORA: 12:41").add("LE ATENDIO: GUADALUPE").rule()
    t.cols(["CANT", "DESCRIPCION", "IMPORTE"], [-5, -24, 11]).rule()
    for it in its:
        t.cols([str(it["quantity"]), it["description"], fmt(it["amount"])], [-5, -24, 11])
        t.add(f"      P.U. ${fmt(it['unit_price'])}")
    t.rule().lr("SUBTOTAL", f"${fmt(net)}").lr("IVA 16%", f"${fmt(iva)}")
    t.lr("TOTAL", f"${fmt(total)}", True).lr("EFECTIVO", "$500.00")
    t.lr("SU CAMBIO", f"${fmt(500 - total)}").blank()
    t.c("(CUATROCIENTOS SESENTA Y UN PESOS").c("68/100 M.N.)").blank()
    t.c("ESTE TICKET NO ES UN COMPROBANTE FISCAL").c("FACTURE EN: laesperanza.mx/facturar")
    t.c("GRACIAS POR SU COMPRA")
    tape_png(
        out / f"{name}.png",
        t,
        px=490,
        angle=-2.0,
        background=160,
        light=0.25,
        noise=6,
        blur=0.8,
        jpeg=50,
    )
    return truth(
        name=name,
        number="0024517",
        date="2026-08-22",
        due=None,
        vendor="ABARROTES Y FERRETERIA LA ESPERANZA S.A. DE C.V.",
        net=net,
        vat=iva,
        total=total,
        currency="MXN",
        kind="scan",
        locale="es-MX",
        layout="receipt",
        doc_type="receipt",
        items=its,
    )


def r_ch_parking(out: Path) -> dict[str, Any]:
    name = "r17_ch_parking"
    total = D("28.00")
    mwst = incl_tax(total, D("8.1"))
    t = Tape(34)
    t.big("PARKHAUS").big("SEETOR").c("Parkhaus Seetor AG").c("Seetorstrasse 5, 6003 Luzern")
    t.c("CHE-123.456.789 MWST").rule("=").c("QUITTUNG", True).blank()
    t.lr("Beleg-Nr.", "004418").lr("Ticket-Nr.", "7720 4418 3391").lr("Kassenautomat", "KA 2")
    t.blank().lr("Einfahrt", "06.11.2026 08:12").lr("Ausfahrt", "06.11.2026 17:45")
    t.lr("Parkdauer", "9 h 33 min").rule().lr("Betrag CHF", fmt(total), True)
    t.lr("inkl. MWST 8.1%", fmt(mwst)).lr("Bezahlt TWINT", fmt(total)).rule("=")
    t.c("Gute Fahrt!")
    tape_png(
        out / f"{name}.png",
        t,
        px=400,
        angle=-1.0,
        background=200,
        light=0.2,
        noise=4,
        blur=0.7,
        jpeg=60,
        fade=0.2,
    )
    return truth(
        name=name,
        number="004418",
        date="2026-11-06",
        due=None,
        vendor="Parkhaus Seetor AG",
        net=None,
        vat=mwst,
        total=total,
        currency="CHF",
        kind="scan",
        locale="de-CH",
        layout="receipt",
        doc_type="receipt",
    )


def r_gb_taxi(out: Path) -> dict[str, Any]:
    name = "r18_gb_taxi"
    total = D("23.40")
    t = Tape(32)
    t.c("*** TAXI RECEIPT ***", True).blank().c("greystonecabs.co.uk").c("020 7946 0321")
    t.rule().lr("Receipt No.", "118-0442").lr("Date", "02/10/2026").lr("Time", "23:51")
    t.lr("Hackney Lic.", "41187").lr("Driver Badge", "87231").rule()
    t.add("From: Paddington Stn W2").add("To:   Clerkenwell Rd EC1").lr("Distance", "4.6 mi")
    t.rule().lr("Fare", f"£{fmt(D('21.40'))}").lr("Extras", f"£{fmt(D('2.00'))}")
    t.lr("TOTAL", f"£{fmt(total)}", True).lr("Paid", "CARD").rule().c("Thank you")
    tape_png(
        out / f"{name}.png",
        t,
        px=380,
        angle=2.0,
        background=35,
        light=0.5,
        noise=8,
        blur=1.2,
        jpeg=40,
        fade=0.3,
    )
    return truth(
        name=name,
        number="118-0442",
        date="2026-10-02",
        due=None,
        vendor="greystonecabs.co.uk",
        net=None,
        vat=None,
        total=total,
        currency="GBP",
        kind="scan",
        locale="en-GB",
        layout="receipt",
        doc_type="receipt",
    )


def r_at_minibar(out: Path) -> dict[str, Any]:
    name = "r19_at_minibar"
    rows = [
        ("Mineralwasser 0,5l", 2, "4.50", 20),
        ("Erdnüsse gesalzen", 1, "5.90", 10),
        ("Bier 0,33l", 2, "5.80", 20),
        ("Schokolade Vollmilch", 1, "4.20", 10),
    ]
    its = [item(d, qy, u) for d, qy, u, _ in rows]
    g10 = sum((it["amount"] for it, r in zip(its, rows, strict=True) if r[3] == 10), Decimal(0))
    g20 = sum((it["amount"] for it, r in zip(its, rows, strict=True) if r[3] == 20), Decimal(0))
    v10, v20 = incl_tax(g10, D(10)), incl_tax(g20, D(20))
    total = g10 + g20
    t = Tape(44)
    t.c("HOTEL ALPENROSE KITZBICHL", True).c("Hotel Alpenrose Kitzbichl GmbH")
    t.c("Dorfstraße 14, 6365 Kirchberg in Tirol").c("UID: ATU71284350  FN 398112k")
    t.rule("=").c("RECHNUNG Minibar", True).blank()
    t.lr("Rechnung Nr.", "26-04481").lr("Datum", "18.10.2026 10:05").lr("Zimmer", "214")
    t.lr("Gast", "Hr. Lindqvist").rule()
    for it, r in zip(its, rows, strict=True):
        t.lr(f"{it['quantity']} x {r[0]}", f"{fmt(it['amount'], 'de')} ({r[3]}%)")
    t.rule().lr("Gesamt EUR", fmt(total, "de"), True).blank()
    t.lr(f"USt 10% von {fmt(g10 - v10, 'de')}", fmt(v10, "de"))
    t.lr(f"USt 20% von {fmt(g20 - v20, 'de')}", fmt(v20, "de"))
    t.lr("Summe netto", fmt(total - v10 - v20, "de")).blank()
    t.lr("Zahlung: auf Zimmerrechnung", fmt(total, "de")).rule()
    t.c("Danke für Ihren Aufenthalt!").c("www.alpenrose-kitzbichl.at")
    tape_pdf(out / f"{name}.pdf", t, size=8)
    return truth(
        name=name,
        number="26-04481",
        date="2026-10-18",
        due=None,
        vendor="Hotel Alpenrose Kitzbichl GmbH",
        net=total - v10 - v20,
        vat=v10 + v20,
        total=total,
        currency="EUR",
        kind="pdf",
        locale="de-AT",
        layout="receipt",
        doc_type="receipt",
        items=its,
    )


def r_us_coffee(out: Path) -> dict[str, Any]:
    """An emailed e-receipt from a point-of-sale app; Oregon has no sales tax."""
    name = "r20_us_coffee"
    its = [
        item("Oat Milk Latte 16oz", 2, "5.75"),
        item("Marionberry Scone", 1, "4.25"),
        item("Drip Coffee 12oz (refill)", 1, "1.50"),
    ]
    net = sum((it["amount"] for it in its), Decimal(0))
    tip = D("3.45")
    path = out / f"{name}.pdf"
    p = Pdf(str(path), (80 * mm, 150 * mm), "helv")
    w, y = p.w, p.h - 14 * mm
    p.t(w / 2, y, "Fernhill Coffee Roasters", 12, True, "c")
    y -= 28
    p.t(w / 2, y, "$" + fmt(net + tip), 20, True, "c")
    y -= 16
    p.t(w / 2, y, "Nov 16 2026 at 9:12 am", 7.5, al="c", col=HexColor("#666666"))
    y -= 18
    for it in its:
        label = it["description"] + (f" x {it['quantity']}" if it["quantity"] > 1 else "")
        p.t(6 * mm, y, label, 8)
        p.t(w - 6 * mm, y, "$" + fmt(it["amount"]), 8, al="r")
        y -= 12
    p.hline(6 * mm, w - 6 * mm, y + 4, HexColor("#cccccc"))
    y -= 8
    for label, val, b in (
        ("Subtotal", net, False),
        ("Tip", tip, False),
        ("Total", net + tip, True),
    ):
        p.t(6 * mm, y, label, 8.5, b)
        p.t(w - 6 * mm, y, "$" + fmt(val), 8.5, b, "r")
        y -= 12
    y -= 6
    p.t(6 * mm, y, "MASTERCARD 5519 (Contactless)", 7.5, col=HexColor("#666666"))
    y -= 18
    p.block(
        6 * mm,
        y,
        [
            "Receipt #7F3K-22QH",
            "Fernhill Coffee Roasters",
            "3025 NE Alberta St, Portland, OR 97211",
            "(503) 555-0176",
        ],
        7,
        col=HexColor("#666666"),
    )
    p.save()
    return truth(
        name=name,
        number="7F3K-22QH",
        date="2026-11-16",
        due=None,
        vendor="Fernhill Coffee Roasters",
        net=net,
        vat=None,
        total=net + tip,
        currency="USD",
        kind="pdf",
        locale="en-US",
        layout="receipt",
        doc_type="receipt",
        items=its,
        extras=tip,
    )


# ---------------------------------------------------------------------------- invoice layouts

GREY = HexColor("#555555")
LIGHT = HexColor("#e8e8e8")


def two_pass(layout: Callable[[Any, dict[str, Any], int], int], sp: dict[str, Any]) -> bytes:
    """Render once to count pages, then again with the page count known."""
    pages = layout(io.BytesIO(), sp, 0)
    buf = io.BytesIO()
    layout(buf, sp, pages)
    return buf.getvalue()


def write_pdf(path: Path, layout: Callable[[Any, dict[str, Any], int], int], sp: dict) -> None:
    path.write_bytes(two_pass(layout, sp))


def write_scan(
    path: Path, layout: Callable[[Any, dict[str, Any], int], int], sp: dict, **kw: Any
) -> None:
    pdf_to_scan(two_pass(layout, sp), path, **kw)


def _table_cols(sp: dict[str, Any], width: float) -> list[tuple[str, float, str]]:
    return [(h, f * width, al) for h, f, al in sp["cols"]]


def _page_footer(p: Pdf, sp: dict[str, Any], pages: int, L: float, R: float) -> None:
    if pages > 1:
        label = sp.get("page_label", "Page {n} of {N}")
        p.t(R, 12 * mm, label.format(n=p.pages, N=pages), 7.5, al="r", col=GREY)
    if sp.get("footer"):
        p.block(p.w / 2, 18 * mm, sp["footer"], 6.8, al="c", col=GREY)


def lay_modern(target: Any, sp: dict[str, Any], pages: int) -> int:
    p = Pdf(target, sp.get("size", A4), sp.get("fam", "sans"))
    acc = HexColor(sp.get("accent", "#1f3a5f"))
    W, H = p.w, p.h
    L, R = 18 * mm, W - 18 * mm
    vend = sp["vendor"]
    if sp.get("band"):
        p.rect(0, H - 34 * mm, W, 34 * mm, fill=acc, do_stroke=0)
        p.t(L, H - 19 * mm, vend[0], 17, True, col=white)
        p.t(R, H - 19 * mm, sp["title"], 22, True, "r", col=white)
        y = H - 44 * mm
    else:
        p.t(L, H - 22 * mm, vend[0], 16, True, col=acc)
        p.t(R, H - 22 * mm, sp["title"], 24, True, "r", col=acc if sp.get("title_acc") else black)
        y = H - 30 * mm
    p.block(L, y, vend[1:], 8.5, col=GREY)
    my = y
    for label, val in sp["meta"]:
        p.t(R - 42 * mm, my, label, 8.5, True, "r")
        p.t(R, my, val, 8.5, al="r")
        my -= 12.5
    y = min(y - len(vend) * 11, my) - 14
    p.t(L, y, sp.get("billto_label", "BILL TO"), 8, True, col=acc)
    yb = p.block(L, y - 12, sp["billto"], 9, first_bold=True)
    if sp.get("shipto"):
        p.t(L + 80 * mm, y, sp.get("shipto_label", "SHIP TO"), 8, True, col=acc)
        p.block(L + 80 * mm, y - 12, sp["shipto"], 9)
    y = yb - 10
    if sp.get("big_due"):
        p.t(L, y - 6, sp["big_due"], 15, True)
        y -= 28
    for line in sp.get("intro", []):
        p.t(L, y, line, 8.5)
        y -= 12

    def on_break() -> float:
        _page_footer(p, sp, pages, L, R)
        p.new_page()
        p.t(L, H - 18 * mm, sp.get("cont", f"{vend[0]} — continued"), 9, True, col=GREY)
        return H - 26 * mm

    y = table(
        p,
        L,
        y - 6,
        _table_cols(sp, R - L),
        sp["rows"],
        sz=sp.get("sz", 8.5),
        head_fill=acc if sp.get("head_fill", True) else None,
        head_col=white if sp.get("head_fill", True) else black,
        zebra=HexColor("#f3f5f8") if sp.get("zebra") else None,
        on_break=on_break,
        bottom=40 * mm,
    )
    if y < 70 * mm:
        on_break()
        y = H - 30 * mm
    y = totals(p, R - 38 * mm, R, y - 16, sp["totals"], 9)
    y -= 6
    for line in sp.get("notes", []):
        p.t(L, y, line, 8, col=GREY)
        y -= 11
    _page_footer(p, sp, pages, L, R)
    p.save()
    return p.pages


def lay_din(target: Any, sp: dict[str, Any], pages: int) -> int:
    p = Pdf(target, A4, sp.get("fam", "sans"))
    acc = HexColor(sp.get("accent", "#222222"))
    W, H = p.w, p.h
    L, R = 24 * mm, W - 18 * mm
    logo = sp["logo"]
    p.t(R, H - 22 * mm, logo[0], 18, True, "r", col=acc)
    p.block(R, H - 29 * mm, logo[1:], 8, al="r", col=GREY)
    p.t(L, H - 49 * mm, sp["sender_line"], 6.5, col=GREY)
    p.hline(L, L + 85 * mm, H - 50.5 * mm, GREY, 0.3)
    p.block(L, H - 57 * mm, sp["recipient"], 10)
    iy = H - 57 * mm
    for label, val in sp["info"]:
        p.t(122 * mm, iy, label, 8.5)
        p.t(R, iy, val, 8.5, al="r")
        iy -= 12
    y = H - 103 * mm
    p.t(L, y, sp["subject"], 11.5, True)
    y -= 18
    for line in sp.get("intro", []):
        p.t(L, y, line, 9.5)
        y -= 13
    y = table(
        p,
        L,
        y - 4,
        _table_cols(sp, R - L),
        sp["rows"],
        sz=8.6,
        head_fill=LIGHT if sp.get("head_fill") else None,
    )
    y = totals(p, R - 35 * mm, R, y - 15, sp["totals"], 9.2)
    for line in sp.get("closing", []):
        p.t(L, y, line, 9)
        y -= 12.5
    if sp.get("qr"):
        _swiss_payment_part(p, sp["qr"])
    elif sp.get("footer_cols"):
        p.hline(L, R, 26 * mm, GREY, 0.4)
        cw = (R - L) / len(sp["footer_cols"])
        for i, col in enumerate(sp["footer_cols"]):
            p.block(L + i * cw, 22 * mm, col, 6.6, lead=1.3, col=GREY)
    p.save()
    return p.pages


def _swiss_payment_part(p: Pdf, qr: dict[str, str]) -> None:
    top = 105 * mm
    p.c.setDash(2, 2)
    p.hline(0, p.w, top, GREY, 0.4)
    p.c.setStrokeColor(GREY)
    p.c.line(62 * mm, 0, 62 * mm, top)
    p.c.setDash()
    p.t(5 * mm, top - 10 * mm, "Empfangsschein", 11, True)
    p.t(67 * mm, top - 10 * mm, "Zahlteil", 11, True)
    p.rect(67 * mm, top - 68 * mm, 46 * mm, 46 * mm, lw=0.8)
    rng = random.Random(qr["iban"])
    cell = 46 * mm / 29
    for r in range(29):
        for c in range(29):
            if rng.random() < 0.48 or (r < 7 and c < 7) or (r < 7 and c > 21) or (r > 21 and c < 7):
                p.c.setFillColor(black)
                p.c.rect(67 * mm + c * cell, top - 22 * mm - (r + 1) * cell, cell, cell, 0, 1)
    for x0, lines in ((5 * mm, qr["left"]), (118 * mm, qr["right"])):
        y = top - 17 * mm
        for label, val in lines:
            p.t(x0, y, label, 6.5 if x0 < 10 * mm else 8, True)
            y -= 9.5
            for v in val.split("\n"):
                p.t(x0, y, v, 8 if x0 < 10 * mm else 9.5)
                y -= 10.5
            y -= 4
    p.t(5 * mm, top - 80 * mm, "Währung   Betrag", 6.5, True)
    p.t(5 * mm, top - 86 * mm, f"CHF       {qr['amount']}", 8)
    p.t(67 * mm, top - 78 * mm, "Währung   Betrag", 8, True)
    p.t(67 * mm, top - 85 * mm, f"CHF       {qr['amount']}", 10)


def lay_grid(target: Any, sp: dict[str, Any], pages: int) -> int:
    p = Pdf(target, sp.get("size", A4), sp.get("fam", "sans"))
    acc = HexColor(sp.get("accent", "#000000"))
    W, H = p.w, p.h
    L, R = 15 * mm, W - 15 * mm
    vend = sp["vendor"]
    p.t(L, H - 20 * mm, vend[0], 14, True, col=acc)
    y = p.block(L, H - 26 * mm, vend[1:], 8.3)
    p.t(R, H - 21 * mm, sp["title"], 20, True, "r", col=acc)
    for i, line in enumerate(sp.get("title_sub", [])):
        p.t(R, H - 29 * mm - i * 11, line, 8.5, al="r")
    y -= 8
    labels, values = sp["grid"]
    cw = (R - L) / len(labels)
    for i, (lab, val) in enumerate(zip(labels, values, strict=True)):
        p.rect(L + i * cw, y - 13, cw, 13, fill=LIGHT, lw=0.6)
        p.t(L + i * cw + 3, y - 9.5, lab, 7.5, True)
        p.rect(L + i * cw, y - 29, cw, 16, lw=0.6)
        p.t(L + i * cw + 3, y - 24, val, 9)
    y -= 44
    boxes = sp["boxes"]
    bw = (R - L - 6 * mm) / 2
    by = y
    for i, (label, lines) in enumerate(boxes):
        bx = L + i * (bw + 6 * mm)
        bh = 16 + len(lines) * 11.5
        p.rect(bx, y - bh, bw, bh, lw=0.6)
        p.t(bx + 4, y - 10, label, 7.5, True, col=acc)
        yy = p.block(bx + 4, y - 22, lines, 8.8, first_bold=True)
        by = min(by, yy, y - bh)
    y = by - 12
    y = table(
        p,
        L,
        y,
        _table_cols(sp, R - L),
        sp["rows"],
        sz=sp.get("sz", 8.3),
        grid=True,
        head_fill=LIGHT,
    )
    ty = y
    tw = 75 * mm
    for label, val, bold in sp["totals"]:
        p.rect(R - tw, ty - 15, tw, 15, fill=LIGHT if bold else None, lw=0.6)
        p.t(R - tw + 4, ty - 10.5, label, 8.8, bold)
        p.t(R - 4, ty - 10.5, val, 8.8, bold, "r")
        ty -= 15
    ny = ty - 14
    for line in sp.get("notes", []):
        p.t(L, ny, line, 8)
        ny -= 11
    _page_footer(p, sp, pages, L, R)
    p.save()
    return p.pages


def _euro_recap(p: Any, sp: dict[str, Any], left: float, right: float, y: float) -> float:
    """The VAT recap table under the items, when the spec has one; the y below it."""
    if not sp.get("recap"):
        return y
    return table(
        p,
        left,
        y - 12,
        [(h, f * (right - left) * 0.5, a) for h, f, a in sp["recap_cols"]],
        sp["recap"],
        sz=7.8,
        grid=True,
        head_fill=LIGHT,
    )


def lay_euro(target: Any, sp: dict[str, Any], pages: int) -> int:
    p = Pdf(target, A4, sp.get("fam", "sans"))
    acc = HexColor(sp.get("accent", "#333333"))
    W, H = p.w, p.h
    L, R = 18 * mm, W - 18 * mm
    y = H - 18 * mm
    if sp.get("title_top"):
        p.t(W / 2, y - 4, sp["title"], 15, True, "c", col=acc)
        y -= 22
    dy = y
    for line in sp.get("dates_right", []):
        p.t(R, dy, line, 8.5, al="r")
        dy -= 12
    if sp.get("vendor_head"):
        vh = sp["vendor_head"]
        p.t(L, y - 4, vh[0], 15, True, col=acc)
        y = p.block(L, y - 18, vh[1:], 8.2, col=GREY)
    y = min(y, dy) - 16
    (ll, left), (rl, right) = sp["parties"]
    xr = W / 2 + 8 * mm
    if ll:
        p.t(L, y, ll, 8.5, True, col=acc)
    if rl:
        p.t(xr, y, rl, 8.5, True, col=acc)
    if sp.get("client_box"):
        p.rect(xr - 4, y - 16 - len(right) * 11.5, R - xr + 4, len(right) * 11.5 + 12, lw=0.7)
    y1 = p.block(L, y - 14, left, 9, first_bold=True)
    y2 = p.block(xr, y - 14, right, 9, first_bold=True)
    y = min(y1, y2) - 16
    if not sp.get("title_top"):
        p.t(L, y, sp["title"], 14, True, col=acc)
        y -= 18
    for line in sp.get("meta", []):
        p.t(L, y, line, 9)
        y -= 12.5
    y = table(
        p,
        L,
        y - 6,
        _table_cols(sp, R - L),
        sp["rows"],
        sz=sp.get("sz", 8.3),
        grid=sp.get("grid", False),
        head_fill=HexColor(sp.get("head", "#dddddd")),
    )
    y2 = _euro_recap(p, sp, L, R, y)
    y = totals(p, R - 38 * mm, R, y - 18, sp["totals"], 9.2)
    y = min(y, y2 - 10)
    for line in sp.get("after", []):
        p.t(L, y, line, 8.8)
        y -= 12.5
    _euro_footer(p, sp, L, R)
    p.save()
    return p.pages


def _euro_footer(p: Any, sp: dict[str, Any], left: float, right: float) -> None:
    if sp.get("footer"):
        p.hline(left, right, 24 * mm, GREY, 0.4)
        p.block(p.w / 2, 20 * mm, sp["footer"], 6.8, al="c", col=GREY)


def lay_plain(target: Any, sp: dict[str, Any], pages: int) -> int:
    """A text-editor invoice: one monospace font, one size."""
    p = Pdf(target, A4, sp.get("fam", "courier"))
    y = p.h - 22 * mm
    for text, st in sp["tape"].lines:
        p.t(20 * mm, y, text, 9.6, bold=st in ("b", "big"))
        y -= 12.2
    p.save()
    return 1


def fmt_rows(
    its: list[dict[str, Any]],
    style: str,
    cur: str = "",
    qfmt: Callable | None = None,
    pos: bool = False,
) -> list[list[str]]:
    rows = []
    for i, it in enumerate(its, 1):
        qty = qfmt(it["quantity"]) if qfmt else str(it["quantity"])
        row = [
            it["description"],
            qty,
            cur + fmt(it["unit_price"], style),
            cur + fmt(it["amount"], style),
        ]
        rows.append([str(i), *row] if pos else row)
    return rows


def sum_amounts(its: list[dict[str, Any]]) -> Decimal:
    return sum((it["amount"] for it in its), Decimal(0))


# ---------------------------------------------------------------------------- invoices


def i_us_saas(out: Path) -> dict[str, Any]:
    name = "i01_us_saas"
    its = [
        item("Quillstack Team plan (Nov 1 – Dec 1, 2026), per seat", 12, "29.00"),
        item("Additional storage, 100 GB", 1, "15.00"),
        item("Priority support add-on", 1, "49.00"),
    ]
    net = sum_amounts(its)
    tax = q(net * D("0.102"))
    total = net + tax
    sp = {
        "size": LETTER,
        "fam": "helv",
        "accent": "#5b4ae0",
        "title": "Invoice",
        "vendor": [
            "Quillstack, Inc.",
            "548 Market St #71120",
            "San Francisco, CA 94104",
            "United States",
            "billing@quillstack.io",
        ],
        "meta": [
            ("Invoice number", "7D1C09A2-0007"),
            ("Date of issue", "November 1, 2026"),
            ("Date due", "December 1, 2026"),
        ],
        "billto_label": "Bill to",
        "billto": [
            "Harborview Dental Group LLC",
            "Attn: Accounts Payable",
            "2210 Pacific Ave",
            "Tacoma, WA 98402",
            "ap@harborviewdental.com",
        ],
        "big_due": f"${fmt(total)} USD due December 1, 2026",
        "cols": [
            ("Description", 0.55, "l"),
            ("Qty", 0.1, "r"),
            ("Unit price", 0.17, "r"),
            ("Amount", 0.18, "r"),
        ],
        "rows": fmt_rows(its, "en", "$"),
        "head_fill": False,
        "totals": [
            ("Subtotal", f"${fmt(net)}", False),
            ("Sales tax – Washington (10.2%)", f"${fmt(tax)}", False),
            ("Total", f"${fmt(total)}", False),
            ("Amount due", f"${fmt(total)} USD", True),
        ],
        "notes": [
            "Pay online: pay.quillstack.io/inv/7D1C09A2-0007",
            "Questions? Contact billing@quillstack.io",
        ],
        "footer": ["Quillstack, Inc. · EIN 87-4410932"],
    }
    write_pdf(out / f"{name}.pdf", lay_modern, sp)
    return truth(
        name=name,
        number="7D1C09A2-0007",
        date="2026-11-01",
        due="2026-12-01",
        vendor="Quillstack, Inc.",
        net=net,
        vat=tax,
        total=total,
        currency="USD",
        kind="pdf",
        locale="en-US",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_de_handwerker(out: Path) -> dict[str, Any]:
    name = "i02_de_handwerker"
    its = [
        item("Arbeitszeit Elektromeister", "6.5", "68.00"),
        item("Arbeitszeit Geselle", 12, "54.00"),
        item("Unterverteilung 3-reihig, Aufputz, komplett", 1, "189.50"),
        item("FI/LS-Schutzschalter B16 30mA", 6, "48.90"),
        item("Mantelleitung NYM-J 3x1,5 mm²", 50, "1.12"),
        item("Anfahrtspauschale", 2, "35.00"),
    ]
    units = ["Std.", "Std.", "Stk.", "Stk.", "m", "pausch."]
    net = sum_amounts(its)
    vat = q(net * D("0.19"))
    total = net + vat
    rows = [
        [
            str(i),
            f"{fmt(it['quantity'], 'de', 1 if i == 1 else 0)} {u}",
            it["description"],
            fmt(it["unit_price"], "de"),
            fmt(it["amount"], "de"),
        ]
        for i, (it, u) in enumerate(zip(its, units, strict=True), 1)
    ]
    sp = {
        "fam": "sans",
        "accent": "#c0392b",
        "logo": [
            "ELEKTRO KALTENBACH",
            "Meisterbetrieb seit 1987",
            "Brunnenweg 7 · 72762 Reutlingen",
            "Tel. 07121 38 44 90 · info@elektro-kaltenbach.de",
        ],
        "sender_line": "Elektro Kaltenbach GmbH · Brunnenweg 7 · 72762 Reutlingen",
        "recipient": [
            "Wohnbau Neckartal eG",
            "Hausverwaltung",
            "Frau Sabine Roth",
            "Uhlandstraße 118",
            "",
            "72764 Reutlingen",
        ],
        "info": [
            ("Rechnungsnummer", "RE-2026-0917"),
            ("Kundennummer", "10482"),
            ("Auftragsnummer", "A-26-331"),
            ("Datum", "19.10.2026"),
            ("Leistungszeitraum", "06.10.–09.10.2026"),
            ("Ansprechpartner", "Hr. Kaltenbach"),
        ],
        "subject": "Rechnung Nr. RE-2026-0917",
        "intro": [
            "Objekt: Uhlandstraße 118, Erneuerung Unterverteilung Treppenhaus",
            "Sehr geehrte Frau Roth, für die ausgeführten Arbeiten berechnen wir Ihnen:",
        ],
        "cols": [
            ("Pos.", 0.06, "l"),
            ("Menge", 0.12, "r"),
            ("Bezeichnung", 0.48, "l"),
            ("Einzelpreis €", 0.16, "r"),
            ("Gesamt €", 0.18, "r"),
        ],
        "rows": rows,
        "head_fill": True,
        "totals": [
            ("Summe netto", fmt(net, "de") + " €", False),
            ("zzgl. 19 % MwSt.", fmt(vat, "de") + " €", False),
            ("Rechnungsbetrag", fmt(total, "de") + " €", True),
        ],
        "closing": [
            "Zahlbar bis 02.11.2026 ohne Abzug.",
            f"Im Rechnungsbetrag enthaltene Lohnkosten (§ 35a EStG): "
            f"{fmt(its[0]['amount'] + its[1]['amount'], 'de')} € netto.",
            "",
            "Mit freundlichen Grüßen",
            "Elektro Kaltenbach GmbH",
        ],
        "footer_cols": [
            ["Elektro Kaltenbach GmbH", "Brunnenweg 7", "72762 Reutlingen"],
            [
                "Geschäftsführer: Thomas Kaltenbach",
                "Amtsgericht Stuttgart HRB 741233",
                "USt-IdNr. DE298114507",
            ],
            ["Kreissparkasse Reutlingen", "IBAN DE41 6405 0000 0100 2841 77", "BIC SOLADES1REU"],
        ],
    }
    write_pdf(out / f"{name}.pdf", lay_din, sp)
    return truth(
        name=name,
        number="RE-2026-0917",
        date="2026-10-19",
        due="2026-11-02",
        vendor="Elektro Kaltenbach GmbH",
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        kind="pdf",
        locale="de-DE",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_fr_facture(out: Path) -> dict[str, Any]:
    name = "i03_fr_facture"
    its = [
        item("Audit organisationnel (jour)", 3, "850.00"),
        item("Atelier de restitution – équipe de direction", 1, "1200.00"),
        item("Frais de déplacement Lyon–Grenoble", 1, "186.40"),
    ]
    net = sum_amounts(its)
    vat = q(net * D("0.20"))
    total = net + vat
    sp = {
        "fam": "serif",
        "accent": "#1b4f72",
        "head": "#d6e4f0",
        "vendor_head": [
            "Atelier Brunet Conseil",
            "SARL au capital de 10 000 €",
            "14 rue des Tanneurs, 69002 Lyon",
            "04 78 42 17 93 · contact@brunet-conseil.fr",
        ],
        "parties": [
            ("", []),
            (
                "",
                [
                    "Société Lemaire Distribution SAS",
                    "Service comptabilité",
                    "8 avenue Jean Jaurès",
                    "38000 Grenoble",
                ],
            ),
        ],
        "client_box": True,
        "title": "FACTURE N° F2026-0412",
        "meta": [
            "Date de facture : 14/10/2026",
            "Date d'échéance : 13/11/2026",
            "Réf. client : LEM-0093 — Bon de commande : BC-26-1187",
        ],
        "cols": [
            ("Désignation", 0.52, "l"),
            ("Qté", 0.08, "r"),
            ("PU HT", 0.18, "r"),
            ("Montant HT", 0.22, "r"),
        ],
        "rows": fmt_rows(its, "fr"),
        "totals": [
            ("Total HT", fmt(net, "fr") + " €", False),
            ("TVA 20 %", fmt(vat, "fr") + " €", False),
            ("Total TTC", fmt(total, "fr") + " €", False),
            ("Net à payer", fmt(total, "fr") + " €", True),
        ],
        "after": [
            "Règlement par virement : IBAN FR76 1027 8073 9100 0204 5120 186 — BIC CMCIFR2A",
            "Pas d'escompte pour paiement anticipé.",
        ],
        "footer": [
            "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire "
            "pour frais de recouvrement : 40 €.",
            "Atelier Brunet Conseil SARL – SIRET 823 415 907 00026 – RCS Lyon 823 415 907 – "
            "TVA intracommunautaire FR47 823415907",
        ],
    }
    write_pdf(out / f"{name}.pdf", lay_euro, sp)
    return truth(
        name=name,
        number="F2026-0412",
        date="2026-10-14",
        due="2026-11-13",
        vendor="Atelier Brunet Conseil SARL",
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        kind="pdf",
        locale="fr-FR",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_nl_factuur(out: Path) -> dict[str, Any]:
    name = "i04_nl_factuur"
    its = [
        item("Jaarlijks onderhoud cv-ketel", 12, "95.00"),
        item("Vervangen expansievat 18 l incl. montage", 1, "264.50"),
        item("Voorrijkosten", 1, "45.00"),
    ]
    net = sum_amounts(its)
    vat = q(net * D("0.21"))
    total = net + vat
    sp = {
        "fam": "cond",
        "accent": "#0b7a75",
        "title": "FACTUUR",
        "band": True,
        "vendor": [
            "Bakker & Veenstra Installatietechniek B.V.",
            "Handelsweg 31",
            "7951 DX Staphorst",
            "KvK 81234567 · BTW NL862345671B01",
            "IBAN NL58 RABO 0312 4567 89",
        ],
        "meta": [
            ("Factuurnummer", "2026-1183"),
            ("Factuurdatum", "5 november 2026"),
            ("Vervaldatum", "19 november 2026"),
            ("Debiteurnummer", "D-2291"),
        ],
        "billto_label": "FACTUURADRES",
        "billto": [
            "Stichting Zorgcentrum De Wilgenhof",
            "t.a.v. crediteurenadministratie",
            "Postbus 1182",
            "8001 BD Zwolle",
        ],
        "cols": [
            ("Omschrijving", 0.52, "l"),
            ("Aantal", 0.1, "r"),
            ("Prijs", 0.18, "r"),
            ("Totaal", 0.2, "r"),
        ],
        "rows": fmt_rows(its, "de", "€ "),
        "zebra": True,
        "totals": [
            ("Subtotaal", "€ " + fmt(net, "de"), False),
            ("BTW 21%", "€ " + fmt(vat, "de"), False),
            ("Totaal te betalen", "€ " + fmt(total, "de"), True),
        ],
        "notes": [
            "Wij verzoeken u het bedrag binnen 14 dagen over te maken onder vermelding van "
            "het factuurnummer."
        ],
        "footer": [
            "Op al onze diensten zijn de Algemene Voorwaarden Techniek Nederland van toepassing."
        ],
    }
    write_pdf(out / f"{name}.pdf", lay_modern, sp)
    return truth(
        name=name,
        number="2026-1183",
        date="2026-11-05",
        due="2026-11-19",
        vendor="Bakker & Veenstra Installatietechniek B.V.",
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        kind="pdf",
        locale="nl-NL",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_be_factuur(out: Path) -> dict[str, Any]:
    name = "i05_be_factuur_scan"
    its = [
        item("Etiketten 75cl full colour, vernist", 10000, "0.062"),
        item("Kartonnen toonbankdisplays", 50, "7.40"),
        item("Drukplaten (eenmalig)", 1, "145.00"),
    ]
    net = sum_amounts(its)
    vat = q(net * D("0.21"))
    total = net + vat
    sp = {
        "fam": "sans",
        "title": "FACTUUR",
        "vendor": [
            "Drukkerij Vanhoutte BV",
            "Industrieweg 27, 8800 Roeselare",
            "Tel. 051 22 87 40 · www.drukkerijvanhoutte.be",
            "BTW BE 0478.123.456",
            "RPR Gent, afdeling Kortrijk",
        ],
        "grid": (
            ["Factuurnr.", "Datum", "Klantnr.", "Vervaldag", "Uw referentie"],
            ["F26/0871", "21/10/2026", "4471", "20/11/2026", "PO 2026-118"],
        ),
        "boxes": [
            (
                "KLANT",
                [
                    "Brouwerij De Drie Linden CV",
                    "Kerkstraat 4",
                    "8870 Izegem",
                    "BTW BE 0823.456.719",
                ],
            ),
            (
                "LEVERADRES",
                [
                    "Brouwerij De Drie Linden CV",
                    "Magazijn – poort 2",
                    "Ambachtenstraat 11",
                    "8870 Izegem",
                ],
            ),
        ],
        "cols": [
            ("Omschrijving", 0.5, "l"),
            ("Aantal", 0.13, "r"),
            ("Eenheidsprijs", 0.17, "r"),
            ("Bedrag", 0.2, "r"),
        ],
        "rows": [
            [
                it["description"],
                fmt(it["quantity"], "de", 0),
                fmt(it["unit_price"], "de", 3 if it["unit_price"] < 1 else 2),
                fmt(it["amount"], "de"),
            ]
            for it in its
        ],
        "totals": [
            ("Totaal excl. btw", fmt(net, "de"), False),
            ("BTW 21 %", fmt(vat, "de"), False),
            ("Te betalen EUR", fmt(total, "de"), True),
        ],
        "notes": [
            "Gelieve te betalen met gestructureerde mededeling +++087/1026/04471+++",
            "KBC BE71 7360 2518 4469 · BIC KREDBEBB",
        ],
    }
    write_scan(
        out / f"{name}.png",
        lay_grid,
        sp,
        dpi=150,
        paper=240,
        background=250,
        margin=20,
        angle=0.7,
        blur=0.6,
        noise=4,
        light=0.08,
        jpeg=55,
    )
    return truth(
        name=name,
        number="F26/0871",
        date="2026-10-21",
        due="2026-11-20",
        vendor="Drukkerij Vanhoutte BV",
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        kind="scan",
        locale="nl-BE",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_ch_rechnung(out: Path) -> dict[str, Any]:
    name = "i06_ch_rechnung"
    its = [
        item("Einbauschrank Eiche massiv, nach Mass (pauschal)", 1, "4850.00"),
        item("Montage vor Ort (Std.)", 8, "95.00"),
        item("Entsorgung Altmöbel", 1, "120.00"),
    ]
    net = sum_amounts(its)
    vat = q(net * D("0.081"))
    gross = net + vat
    total = q(gross * 20, Decimal(1)) / 20
    rnd = total - gross
    amt = fmt(total, "ch")
    sp = {
        "fam": "serif",
        "accent": "#6b4226",
        "logo": [
            "Schreinerei Baumgartner AG",
            "Dorfstrasse 41 · 8804 Au ZH",
            "044 781 22 05 · www.baumgartner-holz.ch",
            "CHE-312.584.907 MWST",
        ],
        "sender_line": "Schreinerei Baumgartner AG, Dorfstrasse 41, 8804 Au ZH",
        "recipient": ["Praxis Dr. med. Lea Zürcher", "Seestrasse 12", "8700 Küsnacht"],
        "info": [
            ("Rechnung Nr.", "2026-0562"),
            ("Datum", "27.10.2026"),
            ("Kunden-Nr.", "3107"),
            ("Zahlbar bis", "26.11.2026"),
        ],
        "subject": "Rechnung – Einbauschrank Praxisempfang",
        "cols": [
            ("Bezeichnung", 0.56, "l"),
            ("Menge", 0.1, "r"),
            ("Preis", 0.16, "r"),
            ("Betrag CHF", 0.18, "r"),
        ],
        "rows": fmt_rows(its, "ch"),
        "totals": [
            ("Total netto", fmt(net, "ch"), False),
            ("MWST 8.1 %", fmt(vat, "ch"), False),
            ("Rundung", fmt(rnd, "ch"), False),
            ("Rechnungsbetrag CHF", amt, True),
        ],
        "closing": ["Zahlbar innert 30 Tagen netto. Besten Dank für Ihren Auftrag."],
        "qr": {
            "iban": "CH44 3199 9123 0008 8901 2",
            "amount": amt,
            "left": [
                (
                    "Konto / Zahlbar an",
                    "CH44 3199 9123 0008 8901 2\nSchreinerei "
                    "Baumgartner AG\nDorfstrasse 41\n8804 Au ZH",
                ),
                ("Zahlbar durch", "Praxis Dr. med. Lea Zürcher\nSeestrasse 12\n8700 Küsnacht"),
            ],
            "right": [
                (
                    "Konto / Zahlbar an",
                    "CH44 3199 9123 0008 8901 2\nSchreinerei "
                    "Baumgartner AG\nDorfstrasse 41\n8804 Au ZH",
                ),
                ("Referenz", "21 00000 00003 13947 14300 09017"),
                ("Zusätzliche Informationen", "Rechnung 2026-0562"),
                ("Zahlbar durch", "Praxis Dr. med. Lea Zürcher\nSeestrasse 12\n8700 Küsnacht"),
            ],
        },
    }
    write_pdf(out / f"{name}.pdf", lay_din, sp)
    return truth(
        name=name,
        number="2026-0562",
        date="2026-10-27",
        due="2026-11-26",
        vendor="Schreinerei Baumgartner AG",
        net=net,
        vat=vat,
        total=total,
        currency="CHF",
        kind="pdf",
        locale="de-CH",
        layout="invoice",
        doc_type="invoice",
        items=its,
        extras=rnd,
    )


def i_at_rechnung(out: Path) -> dict[str, Any]:
    name = "i07_at_rechnung_scan"
    its = [
        item("Heckenschnitt Thujen und Hainbuche (Std.)", 14, "52.00"),
        item("Grünschnittentsorgung (m³)", 3, "38.00"),
        item("Rasendünger Langzeit 25 kg", 2, "46.90"),
    ]
    net = sum_amounts(its)
    vat = q(net * D("0.20"))
    total = net + vat
    sp = {
        "fam": "sans",
        "accent": "#2e7d32",
        "logo": ["Gartenbau Hofstätter", "Hauptplatz 3 · 3100 St. Pölten", "Tel. 02742 35 18 70"],
        "sender_line": "Gartenbau Hofstätter GmbH · Hauptplatz 3 · 3100 St. Pölten",
        "recipient": [
            "Hotel Traisenblick Betriebs GmbH",
            "z. H. Herrn Mag. Huber",
            "Am Kai 9",
            "3100 St. Pölten",
        ],
        "info": [
            ("Rechnungsdatum", "03.11.2026"),
            ("Rechnungsnummer", "2026/1148"),
            ("Kundennummer", "K-0381"),
            ("Leistungsdatum", "Oktober 2026"),
            ("Ihre UID", "ATU59287741"),
        ],
        "subject": "RECHNUNG",
        "cols": [
            ("Pos", 0.06, "l"),
            ("Leistung", 0.5, "l"),
            ("Menge", 0.1, "r"),
            ("EP €", 0.15, "r"),
            ("Betrag €", 0.19, "r"),
        ],
        "rows": fmt_rows(its, "de", pos=True),
        "head_fill": True,
        "totals": [
            ("Nettobetrag", fmt(net, "de"), False),
            ("+ 20 % USt", fmt(vat, "de"), False),
            ("Gesamtbetrag €", fmt(total, "de"), True),
        ],
        "closing": ["Zahlbar innerhalb von 14 Tagen ohne Abzug.", "Vielen Dank für Ihren Auftrag!"],
        "footer_cols": [
            ["Gartenbau Hofstätter GmbH", "FN 412345x, LG St. Pölten", "UID ATU68412937"],
            [
                "Raiffeisenbank Region St. Pölten",
                "IBAN AT46 3258 5000 0104 2871",
                "BIC RLNWATWWOBG",
            ],
        ],
    }
    write_scan(
        out / f"{name}.png",
        lay_din,
        sp,
        dpi=150,
        paper=238,
        background=245,
        margin=15,
        angle=-1.1,
        blur=0.8,
        noise=5,
        light=0.12,
        jpeg=45,
    )
    return truth(
        name=name,
        number="2026/1148",
        date="2026-11-03",
        due=None,
        vendor="Gartenbau Hofstätter GmbH",
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        kind="scan",
        locale="de-AT",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_dk_faktura(out: Path) -> dict[str, Any]:
    name = "i08_dk_faktura"
    its = [
        item("Webdesign, landingsside", 1, "14500.00"),
        item("SEO-opsætning (timer)", 6, "850.00"),
        item("Hosting, 12 mdr.", 12, "149.00"),
    ]
    net = sum_amounts(its)
    vat = q(net * D("0.25"))
    total = net + vat
    sp = {
        "fam": "sans",
        "accent": "#b03a2e",
        "title": "Faktura",
        "title_acc": True,
        "vendor": [
            "Nørgaard & Holm ApS",
            "Vesterbrogade 118, 1620 København V",
            "CVR 38412765",
            "Tlf. 33 21 47 90 · hej@norgaardholm.dk",
        ],
        "meta": [
            ("Fakturanr.", "20264417"),
            ("Fakturadato", "12.10.2026"),
            ("Forfaldsdato", "11.11.2026"),
            ("Kundenr.", "1042"),
        ],
        "billto_label": "Kunde",
        "billto": ["Skovlund Møbler A/S", "Att.: Bogholderiet", "Industrivej 22", "7100 Vejle"],
        "cols": [
            ("Beskrivelse", 0.5, "l"),
            ("Antal", 0.1, "r"),
            ("Pris", 0.18, "r"),
            ("Beløb", 0.22, "r"),
        ],
        "rows": fmt_rows(its, "de"),
        "head_fill": False,
        "totals": [
            ("Subtotal", fmt(net, "de"), False),
            ("Moms 25%", fmt(vat, "de"), False),
            ("Total DKK", fmt(total, "de"), True),
        ],
        "notes": [
            "Betaling: Reg.nr. 5301 Konto 0001234567 · Angiv fakturanr. ved betaling.",
            "Ved betaling efter forfald tilskrives renter på 0,8% pr. påbegyndt måned.",
        ],
    }
    write_pdf(out / f"{name}.pdf", lay_modern, sp)
    return truth(
        name=name,
        number="20264417",
        date="2026-10-12",
        due="2026-11-11",
        vendor="Nørgaard & Holm ApS",
        net=net,
        vat=vat,
        total=total,
        currency="DKK",
        kind="pdf",
        locale="da-DK",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_no_faktura(out: Path) -> dict[str, Any]:
    name = "i09_no_faktura"
    its = [
        item("Regnskapsføring oktober 2026", 1, "8400.00"),
        item("Lønnskjøring per ansatt", 14, "95.00"),
        item("MVA-melding 5. termin", 1, "1250.00"),
    ]
    net = sum_amounts(its)
    vat = q(net * D("0.25"))
    total = net + vat
    sp = {
        "fam": "helv",
        "accent": "#0d3b66",
        "title": "FAKTURA",
        "vendor": [
            "Fjellheim Regnskap AS",
            "Storgata 14, 9008 Tromsø",
            "Org.nr. 923 456 781 MVA",
            "Kontonr. 4750 12 34567",
        ],
        "grid": (
            ["Fakturanr.", "Fakturadato", "Forfallsdato", "Kundenr.", "KID"],
            ["10492", "01.11.2026", "15.11.2026", "2207", "0022071049207"],
        ),
        "boxes": [
            ("Fakturamottaker", ["Nordlys Sjømat AS", "Postboks 219", "9252 Tromsø"]),
            ("Deres ref.", ["Kari Isaksen", "kari.isaksen@nordlys-sjomat.no"]),
        ],
        "cols": [
            ("Beskrivelse", 0.5, "l"),
            ("Antall", 0.1, "r"),
            ("Enhetspris", 0.18, "r"),
            ("Beløp", 0.22, "r"),
        ],
        "rows": fmt_rows(its, "sp"),
        "totals": [
            ("Sum eks. mva", fmt(net, "sp"), False),
            ("MVA 25 %", fmt(vat, "sp"), False),
            ("Å betale NOK", fmt(total, "sp"), True),
        ],
        "notes": ["Vennligst bruk KID ved betaling."],
    }
    write_pdf(out / f"{name}.pdf", lay_grid, sp)
    return truth(
        name=name,
        number="10492",
        date="2026-11-01",
        due="2026-11-15",
        vendor="Fjellheim Regnskap AS",
        net=net,
        vat=vat,
        total=total,
        currency="NOK",
        kind="pdf",
        locale="nb-NO",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_pl_faktura(out: Path) -> dict[str, Any]:
    name = "i10_pl_faktura"
    its = [
        item("Torby papierowe z nadrukiem 2+0", 2000, "0.48"),
        item("Ulotki A5, kreda 130 g", 5000, "0.09"),
        item("Projekt graficzny", 1, "350.00"),
    ]
    units = ["szt.", "szt.", "usł."]
    net = sum_amounts(its)
    vat = q(net * D("0.23"))
    total = net + vat
    rows = [
        [
            str(i),
            it["description"],
            fmt(it["quantity"], "sp", 0),
            u,
            fmt(it["unit_price"], "sp"),
            fmt(it["amount"], "sp"),
            "23%",
            fmt(q(it["amount"] * D("1.23")), "sp"),
        ]
        for i, (it, u) in enumerate(zip(its, units, strict=True), 1)
    ]
    sp = {
        "fam": "sans",
        "accent": "#222222",
        "title_top": True,
        "grid": True,
        "sz": 7.8,
        "title": "Faktura VAT nr FV/2026/11/042",
        "dates_right": [
            "Miejsce wystawienia: Łódź",
            "Data wystawienia: 2026-11-04",
            "Data sprzedaży: 2026-11-04",
        ],
        "parties": [
            (
                "Sprzedawca:",
                [
                    "ZAKŁAD POLIGRAFICZNY „DRUKPOL” Sp. z o.o.",
                    "ul. Fabryczna 12",
                    "90-344 Łódź",
                    "NIP: 725-198-44-32",
                ],
            ),
            (
                "Nabywca:",
                [
                    "Piekarnia Złoty Kłos s.c. Jan i Maria Nowak",
                    "ul. Polna 7",
                    "95-100 Zgierz",
                    "NIP: 732-104-55-81",
                ],
            ),
        ],
        "title_pos": "top",
        "meta": [
            "Sposób płatności: przelew      Termin płatności: 2026-11-18",
            "Konto: PL61 1090 1014 0000 0712 1981 2874",
        ],
        "cols": [
            ("Lp.", 0.05, "c"),
            ("Nazwa towaru / usługi", 0.33, "l"),
            ("Ilość", 0.08, "r"),
            ("J.m.", 0.06, "c"),
            ("Cena netto", 0.11, "r"),
            ("Wartość netto", 0.13, "r"),
            ("VAT", 0.07, "c"),
            ("Wartość brutto", 0.17, "r"),
        ],
        "rows": rows,
        "recap_cols": [
            ("Stawka", 0.25, "c"),
            ("Netto", 0.25, "r"),
            ("VAT", 0.25, "r"),
            ("Brutto", 0.25, "r"),
        ],
        "recap": [
            ["23%", fmt(net, "sp"), fmt(vat, "sp"), fmt(total, "sp")],
            ["Razem", fmt(net, "sp"), fmt(vat, "sp"), fmt(total, "sp")],
        ],
        "totals": [
            ("Razem netto", fmt(net, "sp"), False),
            ("VAT", fmt(vat, "sp"), False),
            ("Do zapłaty", fmt(total, "sp") + " PLN", True),
        ],
        "after": [
            "Słownie: dwa tysiące sto sześćdziesiąt cztery PLN 80/100",
            "",
            "............................................              "
            "............................................",
            "Osoba upoważniona do odbioru                        Osoba upoważniona do wystawienia",
        ],
    }
    assert total == D("2164.80")
    write_pdf(out / f"{name}.pdf", lay_euro, sp)
    return truth(
        name=name,
        number="FV/2026/11/042",
        date="2026-11-04",
        due="2026-11-18",
        vendor="ZAKŁAD POLIGRAFICZNY „DRUKPOL” Sp. z o.o.",
        net=net,
        vat=vat,
        total=total,
        currency="PLN",
        kind="pdf",
        locale="pl-PL",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_pt_fatura(out: Path) -> dict[str, Any]:
    name = "i11_pt_fatura_scan"
    its = [
        item("Porta interior em madeira de carvalho", 2, "685.00"),
        item("Verniz e acabamento", 1, "240.00"),
        item("Mão de obra (horas)", 16, "22.50"),
    ]
    net = sum_amounts(its)
    vat = q(net * D("0.23"))
    total = net + vat
    sp = {
        "fam": "serif",
        "accent": "#7b241c",
        "head": "#eeeeee",
        "vendor_head": [
            "Carpintaria Moreira & Filhos, Lda.",
            "Rua do Souto 112, 4610-178 Felgueiras",
            "NIF PT509123456 · Capital social 25.000 €",
            "Tel. 255 318 420",
        ],
        "dates_right": ["Original"],
        "parties": [
            ("", []),
            (
                "Exmo.(s) Sr.(s)",
                [
                    "Quinta do Vale Verde - Turismo Rural, Lda.",
                    "Rua da Igreja 45",
                    "4600-012 Amarante",
                    "NIF 514987210",
                ],
            ),
        ],
        "title": "Fatura FT 2026/318",
        "meta": [
            "Data de emissão: 2026-10-22        Data de vencimento: 2026-11-21",
            "ATCUD: JJX7K2PM-318        Condições de pagamento: 30 dias",
        ],
        "cols": [
            ("Descrição", 0.5, "l"),
            ("Qtd.", 0.1, "r"),
            ("Preço unit.", 0.15, "r"),
            ("IVA", 0.07, "r"),
            ("Valor", 0.18, "r"),
        ],
        "rows": [
            [
                it["description"],
                str(it["quantity"]),
                fmt(it["unit_price"], "de"),
                "23%",
                fmt(it["amount"], "de"),
            ]
            for it in its
        ],
        "totals": [
            ("Total ilíquido", fmt(net, "de") + " €", False),
            ("IVA 23%", fmt(vat, "de") + " €", False),
            ("Total a pagar", fmt(total, "de") + " €", True),
        ],
        "after": [
            "IBAN PT50 0035 0123 0001 2345 6789 1",
            "",
            "Processado por programa certificado n.º 1234/AT",
        ],
        "footer": ["Carpintaria Moreira & Filhos, Lda. · Matriculada na C.R.C. de Felgueiras"],
    }
    write_scan(
        out / f"{name}.png",
        lay_euro,
        sp,
        dpi=140,
        paper=232,
        background=60,
        margin=30,
        angle=1.6,
        blur=1.0,
        noise=6,
        light=0.3,
        jpeg=40,
    )
    return truth(
        name=name,
        number="FT 2026/318",
        date="2026-10-22",
        due="2026-11-21",
        vendor="Carpintaria Moreira & Filhos, Lda.",
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        kind="scan",
        locale="pt-PT",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_cz_faktura(out: Path) -> dict[str, Any]:
    name = "i12_cz_faktura"
    its = [
        item("Oprava oplechování komínu", 1, "12400.00"),
        item("Okapový žlab Pz r.š. 330, montáž (bm)", 18, "420.00"),
        item("Lešení – pronájem (den)", 3, "1150.00"),
    ]
    net = sum_amounts(its)
    vat = q(net * D("0.21"))
    total = net + vat
    sp = {
        "fam": "cond",
        "accent": "#1a5276",
        "head": "#d4e6f1",
        "grid": True,
        "title": "Faktura – daňový doklad č. 2026110037",
        "parties": [
            (
                "Dodavatel:",
                [
                    "Stavební klempířství Novotný s.r.o.",
                    "Palackého 58",
                    "586 01 Jihlava",
                    "IČO: 27841512",
                    "DIČ: CZ27841512",
                ],
            ),
            (
                "Odběratel:",
                ["Bytové družstvo Hvězda", "Brněnská 14", "586 01 Jihlava", "IČO: 46512377"],
            ),
        ],
        "client_box": True,
        "meta": [
            "Datum vystavení: 02.11.2026     Datum uskutečnění plnění: 31.10.2026",
            "Datum splatnosti: 16.11.2026     Forma úhrady: převodem",
            "Variabilní symbol: 2026110037     Účet: 2801234567/2010",
        ],
        "cols": [
            ("Označení dodávky", 0.5, "l"),
            ("Množství", 0.12, "r"),
            ("Cena za m.j.", 0.18, "r"),
            ("Celkem bez DPH", 0.2, "r"),
        ],
        "rows": [
            [
                it["description"],
                str(it["quantity"]),
                fmt(it["unit_price"], "sp"),
                fmt(it["amount"], "sp"),
            ]
            for it in its
        ],
        "totals": [
            ("Základ DPH 21 %", fmt(net, "sp"), False),
            ("DPH 21 %", fmt(vat, "sp"), False),
            ("Celkem k úhradě", fmt(total, "sp") + " Kč", True),
        ],
        "after": [
            "Společnost je zapsána v obchodním rejstříku vedeném Krajským soudem v Brně, "
            "oddíl C, vložka 61234."
        ],
        "footer": ["Vystavil: Petr Novotný · tel. 567 301 228 · novotny@klempirstvi-ji.cz"],
    }
    write_pdf(out / f"{name}.pdf", lay_euro, sp)
    return truth(
        name=name,
        number="2026110037",
        date="2026-11-02",
        due="2026-11-16",
        vendor="Stavební klempířství Novotný s.r.o.",
        net=net,
        vat=vat,
        total=total,
        currency="CZK",
        kind="pdf",
        locale="cs-CZ",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_ie_nocurrency(out: Path) -> dict[str, Any]:
    """No currency symbol or code anywhere on the page."""
    name = "i13_ie_invoice"
    its = [
        item("Social media management – November", 1, "1200.00"),
        item("Product photography, half day", 1, "450.00"),
        item("Brochure copywriting (hours)", 6, "75.00"),
    ]
    net = sum_amounts(its)
    vat = q(net * D("0.23"))
    total = net + vat
    sp = {
        "fam": "times",
        "accent": "#145a32",
        "title": "INVOICE",
        "vendor": [
            "Corrib Lane Marketing Ltd",
            "Dock Road, Galway H91 X2E4",
            "VAT No. IE3456789KH · CRO 612345",
            "hello@corriblane.ie",
        ],
        "meta": [
            ("Invoice No.", "CLM-1045"),
            ("Date", "06/11/2026"),
            ("Terms", "30 days"),
            ("Due date", "06/12/2026"),
        ],
        "billto_label": "INVOICE TO",
        "billto": [
            "Atlantic Kayak Tours Ltd",
            "Unit 3, Harbour Business Park",
            "Westport",
            "Co. Mayo F28 K7D2",
        ],
        "cols": [
            ("Description", 0.55, "l"),
            ("Qty", 0.1, "r"),
            ("Rate", 0.15, "r"),
            ("Amount", 0.2, "r"),
        ],
        "rows": fmt_rows(its, "en"),
        "head_fill": False,
        "totals": [
            ("Subtotal", fmt(net), False),
            ("VAT @ 23%", fmt(vat), False),
            ("Total", fmt(total), True),
        ],
        "notes": [
            "Bank: IE64 BOFI 9058 3812 3456 78 · BIC BOFIIE2D",
            "Please quote invoice number CLM-1045 with your payment.",
        ],
    }
    write_pdf(out / f"{name}.pdf", lay_modern, sp)
    return truth(
        name=name,
        number="CLM-1045",
        date="2026-11-06",
        due="2026-12-06",
        vendor="Corrib Lane Marketing Ltd",
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        kind="pdf",
        locale="en-IE",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_in_taxinvoice(out: Path) -> dict[str, Any]:
    name = "i14_in_taxinvoice"
    its = [
        item("Corrugated Box 5-Ply 450x300x300 mm", 1200, "38.50"),
        item("Printed BOPP Tape 48mm x 65m", 240, "62.00"),
    ]
    hsn = ["4819", "3919"]
    net = sum_amounts(its)
    cgst = q(net * D("0.09"))
    gross = net + 2 * cgst
    grand = q(gross, Decimal(1))
    rnd = grand - gross
    assert grand == D("72074")
    rows = [
        [
            str(i),
            it["description"],
            h,
            fmt(it["quantity"], "in", 0),
            "Nos" if i == 1 else "Rolls",
            fmt(it["unit_price"], "in"),
            fmt(it["amount"], "in"),
        ]
        for i, (it, h) in enumerate(zip(its, hsn, strict=True), 1)
    ]
    sp = {
        "fam": "sans",
        "accent": "#000000",
        "title": "TAX INVOICE",
        "sz": 8,
        "title_sub": ["(Original for Recipient)"],
        "vendor": [
            "Sahyadri Packaging Solutions Pvt. Ltd.",
            "Plot 14, MIDC Bhosari",
            "Pune 411026, Maharashtra",
            "GSTIN: 27AAHCS4821M1Z3  PAN: AAHCS4821M",
            "State: Maharashtra, Code: 27",
        ],
        "grid": (
            ["Invoice No.", "Invoice Date", "Due Date", "Buyer's Order No.", "Place of Supply"],
            ["SPS/2026-27/0418", "09-Oct-2026", "08-Nov-2026", "KAF/PO/1187", "Maharashtra (27)"],
        ),
        "boxes": [
            (
                "Buyer (Bill to)",
                [
                    "Kaveri Agro Foods LLP",
                    "Gat No. 221, Chakan Indl. Area",
                    "Pune 410501",
                    "GSTIN: 27AAKFK7734R1ZP",
                ],
            ),
            (
                "Consignee (Ship to)",
                ["Kaveri Agro Foods LLP – Unit II", "Gat No. 224, Chakan", "Pune 410501"],
            ),
        ],
        "cols": [
            ("Sl", 0.05, "c"),
            ("Description of Goods", 0.37, "l"),
            ("HSN", 0.08, "c"),
            ("Qty", 0.1, "r"),
            ("Unit", 0.08, "c"),
            ("Rate", 0.13, "r"),
            ("Taxable Value", 0.19, "r"),
        ],
        "rows": rows,
        "totals": [
            ("Taxable Value", fmt(net, "in"), False),
            ("CGST @ 9%", fmt(cgst, "in"), False),
            ("SGST @ 9%", fmt(cgst, "in"), False),
            ("Round Off", fmt(rnd, "in"), False),
            ("Grand Total (INR)", fmt(grand, "in"), True),
        ],
        "notes": [
            "Amount Chargeable (in words):",
            "Indian Rupees Seventy Two Thousand Seventy Four Only",
            "",
            "Bank: HDFC Bank, Bhosari · A/c 50200012345671 · IFSC HDFC0001234",
            "",
            "Declaration: We declare that this invoice shows the actual price of the goods",
            "described and that all particulars are true and correct.",
            "",
            "For Sahyadri Packaging Solutions Pvt. Ltd.",
            "",
            "Authorised Signatory",
        ],
    }
    write_pdf(out / f"{name}.pdf", lay_grid, sp)
    return truth(
        name=name,
        number="SPS/2026-27/0418",
        date="2026-10-09",
        due="2026-11-08",
        vendor="Sahyadri Packaging Solutions Pvt. Ltd.",
        net=net,
        vat=2 * cgst,
        total=grand,
        currency="INR",
        kind="pdf",
        locale="en-IN",
        layout="invoice",
        doc_type="invoice",
        items=its,
        extras=rnd,
    )


def i_ca_invoice(out: Path) -> dict[str, Any]:
    name = "i15_ca_invoice"
    its = [
        item("Drywall repair & paint, studio B", 1, "1850.00"),
        item("Baseboard, primed MDF (materials, ft)", 42, "4.25"),
        item("Labour, carpentry (hours)", 10, "65.00"),
    ]
    net = sum_amounts(its)
    gst = q(net * D("0.05"))
    pst = q(its[1]["amount"] * D("0.07"))
    total = net + gst + pst
    sp = {
        "size": LETTER,
        "fam": "sans",
        "accent": "#1e5631",
        "title": "INVOICE",
        "zebra": True,
        "vendor": [
            "Cedar & Tide Renovations Ltd.",
            "2231 Commercial Dr",
            "Vancouver, BC V5N 4B6",
            "604-555-0187 · office@cedartide.ca",
            "GST/HST Reg. No. 81234 5678 RT0001 · PST-1234-5678",
        ],
        "meta": [
            ("Invoice #", "1187"),
            ("Date", "Oct 29, 2026"),
            ("PO #", "KYC-0412"),
            ("Due", "Nov 28, 2026"),
        ],
        "billto_label": "BILL TO",
        "billto": ["Kitsilano Yoga Collective Inc.", "1880 W 4th Ave", "Vancouver, BC V6J 1M4"],
        "shipto_label": "JOB SITE",
        "shipto": ["Studio B, 1880 W 4th Ave", "Vancouver, BC"],
        "cols": [
            ("Description", 0.52, "l"),
            ("Qty", 0.1, "r"),
            ("Rate", 0.17, "r"),
            ("Amount", 0.21, "r"),
        ],
        "rows": fmt_rows(its, "en"),
        "totals": [
            ("Subtotal", fmt(net), False),
            ("GST 5%", fmt(gst), False),
            ("PST 7% (materials)", fmt(pst), False),
            ("Total (CAD)", "$" + fmt(total), True),
        ],
        "notes": [
            "Payment by e-Transfer to office@cedartide.ca or cheque.",
            "Thank you for your business!",
        ],
    }
    write_pdf(out / f"{name}.pdf", lay_modern, sp)
    return truth(
        name=name,
        number="1187",
        date="2026-10-29",
        due="2026-11-28",
        vendor="Cedar & Tide Renovations Ltd.",
        net=net,
        vat=gst + pst,
        total=total,
        currency="CAD",
        kind="pdf",
        locale="en-CA",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_au_taxinvoice(out: Path) -> dict[str, Any]:
    name = "i16_au_taxinvoice_scan"
    its = [
        item("Hot water system 250L electric, supply", 1, "1480.00"),
        item("Installation labour (hrs)", "4.5", "120.00"),
        item("Tempering valve 15mm", 1, "165.00"),
        item("Removal & disposal of old unit", 1, "60.00"),
    ]
    net = sum_amounts(its)
    gst = q(net * D("0.10"))
    total = net + gst
    sp = {
        "fam": "helv",
        "accent": "#003f7f",
        "title": "TAX INVOICE",
        "vendor": [
            "Banksia Plumbing & Gas Pty Ltd",
            "7/14 Enterprise St, Cleveland QLD 4163",
            "ABN 63 615 284 901 · QBCC Lic. 1298471",
            "Ph 07 3286 4410",
        ],
        "grid": (
            ["Invoice No.", "Date", "Job No.", "Customer ID", "Terms"],
            ["INV-20931", "16/10/2026", "J-7742", "C-1130", "14 days"],
        ),
        "boxes": [
            (
                "BILL TO",
                [
                    "Whitlock Family Trust",
                    "Attn: Mr Tom Whitlock",
                    "22 Shore St",
                    "Wellington Point QLD 4160",
                ],
            ),
            ("JOB ADDRESS", ["22 Shore St", "Wellington Point QLD 4160"]),
        ],
        "cols": [
            ("Description", 0.5, "l"),
            ("Qty", 0.1, "r"),
            ("Unit Price", 0.18, "r"),
            ("Amount", 0.22, "r"),
        ],
        "rows": fmt_rows(its, "en", "$"),
        "totals": [
            ("Subtotal (ex GST)", "$" + fmt(net), False),
            ("GST 10%", "$" + fmt(gst), False),
            ("TOTAL (inc GST)", "$" + fmt(total), True),
        ],
        "notes": ["Please pay by 30/10/2026", "EFT: BSB 064-118  Acc 1048 2277", "Ref: INV-20931"],
    }
    write_scan(
        out / f"{name}.png",
        lay_grid,
        sp,
        dpi=150,
        paper=244,
        background=235,
        margin=10,
        angle=-0.4,
        blur=0.7,
        noise=4,
        light=0.1,
        jpeg=50,
    )
    return truth(
        name=name,
        number="INV-20931",
        date="2026-10-16",
        due="2026-10-30",
        vendor="Banksia Plumbing & Gas Pty Ltd",
        net=net,
        vat=gst,
        total=total,
        currency="AUD",
        kind="scan",
        locale="en-AU",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_gb_creditnote(out: Path) -> dict[str, Any]:
    name = "i17_gb_creditnote"
    its = [
        item("Returned: A4 copier paper 80gsm, box of 5 reams", 4, "21.50"),
        item("Damaged in transit: desk organiser, black", 2, "14.95"),
    ]
    net = sum_amounts(its)
    vat = q(net * D("0.20"))
    total = net + vat
    sp = {
        "fam": "sans",
        "accent": "#7d3c98",
        "title": "CREDIT NOTE",
        "band": True,
        "vendor": [
            "Pennington Office Supplies Ltd",
            "9 Mill Lane, Leeds LS12 4HQ",
            "VAT Reg No GB 318 4471 92",
            "Company No. 07412345",
        ],
        "meta": [
            ("Credit note no.", "CN-00231"),
            ("Date", "14 Nov 2026"),
            ("Original invoice", "INV-18830"),
            ("Invoice date", "28 Oct 2026"),
            ("Account", "AIR004"),
        ],
        "billto_label": "CUSTOMER",
        "billto": ["Aireside Accountants LLP", "4 Park Square East", "Leeds LS1 2NE"],
        "cols": [
            ("Description", 0.55, "l"),
            ("Qty", 0.09, "r"),
            ("Unit price", 0.17, "r"),
            ("Net", 0.19, "r"),
        ],
        "rows": fmt_rows(its, "en", "£"),
        "totals": [
            ("Net credit", "£" + fmt(net), False),
            ("VAT @ 20%", "£" + fmt(vat), False),
            ("Total credit", "£" + fmt(total), True),
        ],
        "notes": [
            "This credit has been applied to your account and will be offset against",
            "your next invoice. No payment is due.",
        ],
        "footer": ["Pennington Office Supplies Ltd · Registered in England and Wales"],
    }
    write_pdf(out / f"{name}.pdf", lay_modern, sp)
    return truth(
        name=name,
        number="CN-00231",
        date="2026-11-14",
        due=None,
        vendor="Pennington Office Supplies Ltd",
        net=net,
        vat=vat,
        total=total,
        currency="GBP",
        kind="pdf",
        locale="en-GB",
        layout="invoice",
        doc_type="credit_note",
        items=its,
    )


_SUPPLY = [
    ("Half size sheet pan, aluminum", "SP-1826", 24, "6.45"),
    ("Full size sheet pan, aluminum", "SP-2618", 12, "11.20"),
    ("Hotel pan 1/3 x 4in, stainless", "HP-1304", 18, "8.75"),
    ("Hotel pan 1/6 x 6in, stainless", "HP-1606", 24, "6.90"),
    ("Cutting board 18x24, white", "CB-1824W", 6, "17.40"),
    ("Cutting board 18x24, green", "CB-1824G", 4, "17.40"),
    ("Chef knife 10in, POM handle", "KN-10CH", 6, "22.95"),
    ("Paring knife 3.5in", "KN-35PR", 12, "4.80"),
    ("Tongs 12in, scalloped", "TG-12S", 24, "2.35"),
    ("Ladle 8oz, one piece", "LD-08", 6, "5.60"),
    ("Whisk 14in piano", "WH-14P", 6, "6.15"),
    ("Deli container 32oz (case 240)", "DC-32", 3, "38.90"),
    ("Deli lid, clear (case 480)", "DL-48", 2, "31.25"),
    ("Food storage box 22qt, clear", "FS-22", 8, "14.70"),
    ("Lid for 22qt storage box", "FS-22L", 8, "4.95"),
    ("Squeeze bottle 16oz (12 pk)", "SB-16", 4, "9.60"),
    ("Nitrile gloves, L, black (case)", "GL-NL", 5, "54.00"),
    ("Nitrile gloves, M, black (case)", "GL-NM", 5, "54.00"),
    ("Bar towel, ribbed (dozen)", "BT-12", 10, "11.80"),
    ("Sani bucket 3qt, red", "SN-3R", 6, "3.90"),
    ("Dish rack, full size, peg", "DR-PEG", 6, "13.25"),
    ("Portion scale 5 lb", "PS-5", 2, "27.50"),
    ("Thermometer, pocket digital", "TH-PD", 10, "8.40"),
    ("Sauté pan 12in, aluminum, nonstick", "SA-12N", 4, "29.95"),
    ("Stock pot 40qt with lid", "ST-40", 1, "89.00"),
    ("Fry basket, 13x6.5", "FB-136", 4, "12.60"),
    ("Ramekin 3oz, white (dozen)", "RM-3", 6, "9.35"),
    ("Dinner plate 10.5in (dozen)", "DP-105", 8, "48.60"),
    ("Pasta bowl 20oz (dozen)", "PB-20", 6, "52.80"),
    ("Water glass 12oz (rack 36)", "WG-12", 4, "41.40"),
    ("Steak knife, wood handle (dozen)", "SK-12", 4, "26.40"),
    ("Floor mat 3x5, anti-fatigue", "FM-35", 3, "44.00"),
]


def i_us_twopage(out: Path) -> dict[str, Any]:
    name = "i18_us_twopage"
    its = [item(d, qy, u) for d, _, qy, u in _SUPPLY]
    net = sum_amounts(its)
    tax = q(net * D("0.08265"))
    total = net + tax
    rows = [
        [
            sku,
            it["description"],
            str(it["quantity"]),
            "EA",
            fmt(it["unit_price"]),
            fmt(it["amount"]),
        ]
        for it, (_, sku, _, _) in zip(its, _SUPPLY, strict=True)
    ]
    sp = {
        "size": LETTER,
        "fam": "cond",
        "accent": "#2c3e50",
        "title": "INVOICE",
        "zebra": True,
        "vendor": [
            "Great Basin Restaurant Supply LLC",
            "1450 Freeport Blvd, Sparks, NV 89431",
            "(775) 555-0142 · orders@greatbasinsupply.com",
        ],
        "meta": [
            ("Invoice #", "GB-204518"),
            ("Invoice Date", "11/09/2026"),
            ("Customer #", "30877"),
            ("PO #", "5512"),
            ("Terms", "Net 30"),
            ("Due Date", "12/09/2026"),
        ],
        "billto_label": "SOLD TO",
        "billto": ["Silver Sage Bistro", "Accounts Payable", "88 W Liberty St", "Reno, NV 89501"],
        "shipto_label": "SHIP TO",
        "shipto": ["Silver Sage Bistro – Kitchen", "Rear dock, 90 W Liberty St", "Reno, NV 89501"],
        "cont": "Great Basin Restaurant Supply LLC — Invoice GB-204518 (continued)",
        "cols": [
            ("Item #", 0.12, "l"),
            ("Description", 0.46, "l"),
            ("Qty", 0.07, "r"),
            ("U/M", 0.07, "c"),
            ("Price", 0.13, "r"),
            ("Ext. Price", 0.15, "r"),
        ],
        "rows": rows,
        "totals": [
            ("Subtotal", fmt(net), False),
            ("Sales Tax (Washoe 8.265%)", fmt(tax), False),
            ("TOTAL DUE USD", "$" + fmt(total), True),
        ],
        "notes": [
            "Remit to: Great Basin Restaurant Supply LLC, PO Box 2210, Sparks NV 89432",
            "Returns accepted within 14 days with RMA. 20% restocking fee applies.",
        ],
        "footer": ["Thank you for your order!"],
    }
    path = out / f"{name}.pdf"
    write_pdf(path, lay_modern, sp)
    assert len(pdfium.PdfDocument(str(path))) == 2, "the two-page invoice must have two pages"
    return truth(
        name=name,
        number="GB-204518",
        date="2026-11-09",
        due="2026-12-09",
        vendor="Great Basin Restaurant Supply LLC",
        net=net,
        vat=tax,
        total=total,
        currency="USD",
        kind="pdf",
        locale="en-US",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_uk_utility(out: Path) -> dict[str, Any]:
    """A domestic energy bill: charges in pence per unit, VAT at 5 %, paid by Direct Debit."""
    name = "i19_uk_utility"
    its = [
        item("Electricity standing charge (31 days @ 53.35p)", 31, "0.5335"),
        item("Electricity used (212 kWh @ 24.50p)", 212, "0.2450"),
        item("Gas standing charge (31 days @ 31.65p)", 31, "0.3165"),
        item("Gas used (580 kWh @ 6.24p)", 580, "0.0624"),
    ]
    elec = its[0]["amount"] + its[1]["amount"]
    gas = its[2]["amount"] + its[3]["amount"]
    net = elec + gas
    vat = q(net * D("0.05"))
    total = net + vat
    acc = HexColor("#e4572e")
    p = Pdf(str(out / f"{name}.pdf"), A4, "sans")
    W, H = p.w, p.h
    L, R = 16 * mm, W - 16 * mm
    p.t(L, H - 22 * mm, "thamesbrook", 24, True, col=acc)
    p.t(L, H - 28 * mm, "energy", 11, col=GREY)
    p.t(R, H - 18 * mm, "Your energy bill", 14, True, "r")
    p.block(
        R,
        H - 25 * mm,
        ["Bill number 60038812", "Bill date 3 November 2026", "Account number 8100 4471 229"],
        8.5,
        al="r",
    )
    p.block(L, H - 48 * mm, ["Ms Priya Raman", "Flat 3", "17 Elm Grove", "Reading", "RG1 5LT"], 10)
    p.rect(105 * mm, H - 92 * mm, R - 105 * mm, 44 * mm, fill=HexColor("#fdebe5"), do_stroke=0)
    p.t(110 * mm, H - 57 * mm, "Amount to pay", 11, True)
    p.t(R - 5 * mm, H - 70 * mm, f"£{fmt(total)}", 24, True, "r", col=acc)
    p.block(
        110 * mm,
        H - 80 * mm,
        ["We'll collect this by Direct Debit on or after", "18 November 2026."],
        8.5,
    )
    y = H - 104 * mm
    p.t(L, y, "Summary for 1 October 2026 – 31 October 2026", 11, True)
    y -= 16
    rows = [
        ("Balance from your last bill", "£0.00"),
        ("Payment received, thank you", "£0.00"),
        ("Electricity charges", f"£{fmt(elec)}"),
        ("Gas charges", f"£{fmt(gas)}"),
        ("Total charges before VAT", f"£{fmt(net)}"),
        ("VAT at 5%", f"£{fmt(vat)}"),
        ("Total charges this bill", f"£{fmt(total)}"),
    ]
    for i, (label, val) in enumerate(rows):
        bold = i == len(rows) - 1
        p.t(L, y, label, 9.5, bold)
        p.t(95 * mm, y, val, 9.5, bold, "r")
        p.hline(L, 95 * mm, y - 4, LIGHT)
        y -= 15
    y -= 10
    p.t(L, y, "Your charges in detail", 11, True)
    y = table(
        p,
        L,
        y - 8,
        [("Charge", 0.6 * (R - L), "l"), ("Amount", 0.4 * (R - L), "r")],
        [[it["description"], f"£{fmt(it['amount'])}"] for it in its],
        sz=8.8,
        head_fill=LIGHT,
    )
    y -= 18
    p.t(L, y, "Meter readings", 11, True)
    table(
        p,
        L,
        y - 8,
        [
            ("Meter", 0.3 * (R - L), "l"),
            ("Previous", 0.2 * (R - L), "r"),
            ("Latest", 0.2 * (R - L), "r"),
            ("Units", 0.3 * (R - L), "r"),
        ],
        [
            ["Electricity E19K44021 (actual)", "18,402", "18,614", "212 kWh"],
            ["Gas G4A07712 (estimated)", "4,118 m³", "4,170 m³", "580 kWh"],
        ],
        sz=8.5,
        head_fill=LIGHT,
    )
    p.block(
        W / 2,
        20 * mm,
        [
            "Thamesbrook Energy Ltd · Registered office: 40 Kings Road, "
            "Reading RG1 3AA · Registered in England No. 10234567",
            "VAT No. GB 402 7711 63 · Questions? Call 0330 555 0199",
        ],
        6.8,
        al="c",
        col=GREY,
    )
    p.save()
    return truth(
        name=name,
        number="60038812",
        date="2026-11-03",
        due="2026-11-18",
        vendor="Thamesbrook Energy Ltd",
        net=net,
        vat=vat,
        total=total,
        currency="GBP",
        kind="pdf",
        locale="en-GB",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


def i_de_freelancer(out: Path) -> dict[str, Any]:
    """Plain-text freelancer invoice; small business, so no VAT (§ 19 UStG)."""
    name = "i20_de_freelancer_plain"
    its = [
        item("Fotoshooting Produktbilder (Tagessatz)", 1, "690.00"),
        item("Bildbearbeitung je Bild", 45, "9.00"),
        item("Anfahrt Hamburg-Altona", 1, "38.00"),
    ]
    total = sum_amounts(its)
    t = Tape(78)
    t.add("Jonas Petersen Fotografie").add("Bahrenfelder Straße 201, 22765 Hamburg")
    t.add("Tel. 040 38 91 22 47 | mail@jonaspetersen-foto.de | Steuernr. 43/112/04418")
    t.blank().blank().add("Kaltwasser Naturkosmetik GmbH").add("z. Hd. Frau Mira Kaltwasser")
    t.add("Große Elbstraße 145").add("22767 Hamburg").blank().blank()
    t.add("RECHNUNG", "b").blank()
    t.add("Rechnungsnr.: 2026-017      Datum: 03.11.2026      Fällig: 17.11.2026")
    t.add("Kundennr.: K-12             Leistungsdatum: 21.10.2026")
    t.add("Projekt: Produktbilder Herbstkollektion").blank()
    t.rule("=")
    t.cols(["Pos", "Leistung", "Menge", "Einzelpreis", "Betrag"], [-4, -42, 7, 12, 13])
    t.rule("-")
    for i, it in enumerate(its, 1):
        t.cols(
            [
                str(i),
                it["description"],
                str(it["quantity"]),
                fmt(it["unit_price"], "de"),
                fmt(it["amount"], "de") + " EUR",
            ],
            [-4, -42, 7, 12, 13],
        )
    t.rule("-")
    t.cols(["", "Zwischensumme", fmt(total, "de") + " EUR"], [-4, -49, 25])
    t.cols(["", "Gesamtbetrag", fmt(total, "de") + " EUR"], [-4, -49, 25], bold=True)
    t.rule("=").blank()
    t.add("Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerregelung).")
    t.blank().add("Bitte überweisen Sie den Betrag bis zum 17.11.2026 auf folgendes Konto:")
    t.add("Jonas Petersen | IBAN DE89 2005 0550 1234 5678 90 | BIC HASPDEHHXXX")
    t.add("Verwendungszweck: RE 2026-017").blank().add("Vielen Dank für die gute Zusammenarbeit!")
    t.blank().add("Jonas Petersen")
    write_pdf(out / f"{name}.pdf", lay_plain, {"tape": t})
    return truth(
        name=name,
        number="2026-017",
        date="2026-11-03",
        due="2026-11-17",
        vendor="Jonas Petersen Fotografie",
        net=total,
        vat=None,
        total=total,
        currency="EUR",
        kind="pdf",
        locale="de-DE",
        layout="invoice",
        doc_type="invoice",
        items=its,
    )


# ---------------------------------------------------------------------------- main

DOCUMENTS: list[Callable[[Path], dict[str, Any] | None]] = [
    r_my_hardware,
    r_sg_cafe,
    r_uk_supermarket,
    r_us_restaurant,
    r_us_hardware,
    r_de_supermarket,
    r_fr_pharmacie,
    r_es_restaurant,
    r_it_bar,
    r_nl_supermarket,
    r_se_cafe,
    r_pl_shop,
    r_jp_konbini,
    r_in_restaurant,
    r_au_fuel,
    r_mx_tienda,
    r_ch_parking,
    r_gb_taxi,
    r_at_minibar,
    r_us_coffee,
    i_us_saas,
    i_de_handwerker,
    i_fr_facture,
    i_nl_factuur,
    i_be_factuur,
    i_ch_rechnung,
    i_at_rechnung,
    i_dk_faktura,
    i_no_faktura,
    i_pl_faktura,
    i_pt_fatura,
    i_cz_faktura,
    i_ie_nocurrency,
    i_in_taxinvoice,
    i_ca_invoice,
    i_au_taxinvoice,
    i_gb_creditnote,
    i_us_twopage,
    i_uk_utility,
    i_de_freelancer,
]


def generate(out: Path) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for make in DOCUMENTS:
        t = make(out)
        if t is None:
            continue
        doc = out / t.pop("_file")
        assert doc.is_file(), doc
        doc.with_suffix(".json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        written.append(doc.name)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m bench.blindsets.blind_2026_11 OUTDIR", file=sys.stderr)
        return 2
    written = generate(Path(args[0]))
    print(f"{len(written)} documents written to {args[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
