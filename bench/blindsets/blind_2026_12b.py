"""Blind set 2026-12b: 30 invoices and receipts drawn from scratch, with truth JSON.

Each document is a small data spec (vendor lines, meta lines, items, tax mode, totals labels);
amounts are computed once with Decimal and both printed and keyed from the same values.
Receipts are drawn on a narrow roll page, invoices on A4. Scans and photos are rendered by
pdfium at 200 dpi and degraded with a per-document seeded RNG, so re-runs are byte-identical.

Run: python -m bench.blindsets.blind_2026_12b [OUTDIR] [--only NAME]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128, qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

D = Decimal
CENT = D("0.01")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "Sans": "DejaVuSans.ttf",
    "Sans-B": "DejaVuSans-Bold.ttf",
    "Mono": "DejaVuSansMono.ttf",
    "Mono-B": "DejaVuSansMono-Bold.ttf",
    "Serif": "DejaVuSerif.ttf",
    "Serif-B": "DejaVuSerif-Bold.ttf",
    "Cond": "DejaVuSansCondensed.ttf",
    "Cond-B": "DejaVuSansCondensed-Bold.ttf",
}
BOLD = {
    "Helvetica": "Helvetica-Bold",
    "Times-Roman": "Times-Bold",
    "Courier": "Courier-Bold",
    "Sans": "Sans-B",
    "Mono": "Mono-B",
    "Serif": "Serif-B",
    "Cond": "Cond-B",
}
OUT_DEFAULT = Path(__file__).resolve().parent / "blind-2026-12b"


def register_fonts() -> None:
    for name, fname in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / fname)))


def q2(value) -> Decimal:
    return D(value).quantize(CENT, ROUND_HALF_UP)


def money(value: Decimal, style: str = "en") -> str:
    text = f"{abs(value):,.2f}"
    if style == "de":
        text = text.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style == "fr":
        text = text.replace(",", " ").replace(".", ",")
    elif style == "plain":
        text = f"{abs(value):.2f}"
    elif style == "yen":
        text = f"{abs(value):,.0f}"
    return ("-" if value < 0 else "") + text


# --------------------------------------------------------------------------- amounts


@dataclass
class Calc:
    lines: list
    net: Decimal
    vat: Decimal | None
    total: Decimal
    gross: Decimal
    by_rate: dict
    rounding: Decimal = field(default_factory=lambda: Decimal("0.00"))
    extra: dict = field(default_factory=dict)


def _vat_by_rate(lines, mode: str) -> dict:
    base: dict = {}
    for line in lines:
        base[line[4]] = base.get(line[4], D(0)) + line[3]
    out = {}
    for rate, amount in sorted(base.items()):
        if mode == "excl":
            out[rate] = (amount, q2(amount * rate / 100))
        else:
            tax = q2(amount * rate / (100 + rate))
            out[rate] = (amount - tax, tax)
    return out


def compute(items, mode: str, sign: int = 1, round_to: str | None = None) -> Calc:
    lines = []
    for desc, qty, unit, rate in items:
        amount = q2(D(qty) * D(unit)) * sign
        lines.append((desc, qty, unit, amount, D(rate)))
    gross = sum((x[3] for x in lines), D("0.00"))
    if mode == "none":
        calc = Calc(lines, gross, None, gross, gross, {})
    else:
        by_rate = _vat_by_rate(lines, mode)
        vat = sum((v[1] for v in by_rate.values()), D("0.00"))
        net = gross if mode == "excl" else gross - vat
        total = gross + vat if mode == "excl" else gross
        calc = Calc(lines, net, vat, total, gross, by_rate)
    if round_to:
        step = D(round_to)
        rounded = (calc.total / step).quantize(D(1), ROUND_HALF_UP) * step
        calc.rounding = q2(rounded - calc.total)
        calc.total = q2(rounded)
        if mode in ("incl", "none"):
            calc.net = calc.total - (calc.vat or D(0))
    return calc


# --------------------------------------------------------------------------- drawing


@dataclass
class Row:
    cells: list  # (text, frac 0..1, align "l"/"r"/"c")
    font: str = "Helvetica"
    size: float = 9
    lead: float | None = None
    kind: str = "text"  # text / rule / code128 / qr / gap


def cell_span(text: str, frac: float, align: str, font: str, size: float, width: float):
    w = pdfmetrics.stringWidth(text, font, size)
    x = frac * width
    if align == "r":
        return x - w, x
    if align == "c":
        return x - w / 2, x + w / 2
    return x, x + w


def fit_row(row: Row, width: float) -> None:
    """A lone line too wide for the page is set smaller, as a printer's driver would."""
    if len(row.cells) != 1:
        return
    text = row.cells[0][0]
    while pdfmetrics.stringWidth(text, row.font, row.size) > width and row.size > 5:
        row.size -= 0.25
    row.cells = [(text, 0.5, "c") if row.cells[0][2] == "c" else (text, 0, "l")]


def check_row(row: Row, width: float, name: str) -> None:
    spans = sorted(cell_span(t, f, a, row.font, row.size, width) for t, f, a in row.cells if t)
    prev = -1.51
    for start, end in spans:
        if start < prev + 1.5 or end > width + 0.01 or start < -0.01:
            raise ValueError(f"{name}: layout overlap/overflow in row {row.cells}")
        prev = end


def row_height(row: Row) -> float:
    if row.kind == "qr":
        return 70
    if row.kind == "code128":
        return 34
    if row.lead is not None:
        return row.lead
    return row.size * 1.3


def draw_special(c, row: Row, x0: float, y: float, width: float) -> None:
    if row.kind == "rule":
        c.setDash(*(row.cells or [[]]))
        c.setLineWidth(0.6)
        c.line(x0, y + row_height(row) / 2, x0 + width, y + row_height(row) / 2)
        c.setDash()
    elif row.kind == "code128":
        bc = code128.Code128(row.cells[0], barHeight=22, barWidth=0.9)
        bc.drawOn(c, x0 + (width - bc.width) / 2, y + 8)
    elif row.kind == "qr":
        widget = qr.QrCodeWidget(row.cells[0])
        drawing = Drawing(64, 64)
        drawing.add(widget)
        bounds = widget.getBounds()
        scale = 64 / (bounds[2] - bounds[0])
        drawing.scale(scale, scale)
        renderPDF.draw(drawing, c, x0 + row.cells[1] * width - 64, y + 2)


def draw_rows(c, rows, x0: float, y_top: float, width: float, name: str) -> float:
    y = y_top
    for row in rows:
        y -= row_height(row)
        if row.kind != "text":
            draw_special(c, row, x0, y, width)
            continue
        fit_row(row, width)
        check_row(row, width, name)
        c.setFont(row.font, row.size)
        for text, frac, align in row.cells:
            start, _ = cell_span(text, frac, align, row.font, row.size, width)
            c.drawString(x0 + start, y + row.size * 0.25, text)
    return y


def write_pdf(path: Path, rows, pagesize, margins, name: str) -> None:
    c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1)
    c.setTitle(name)
    c.setAuthor("")
    left, top, right, bottom = margins
    end = draw_rows(c, rows, left, pagesize[1] - top, pagesize[0] - left - right, name)
    if end < bottom - 0.5:
        raise ValueError(f"{name}: content runs off the page ({end:.0f} < {bottom})")
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- degradation


def rng_for(name: str) -> np.random.Generator:
    seed = int(hashlib.sha256(name.encode()).hexdigest()[:12], 16)
    return np.random.default_rng(seed)


def render_grey(pdf_bytes: bytes, dpi: int = 200) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf_bytes)
    page = doc[0]
    img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    arr = np.array(img)
    page.close()
    doc.close()
    return arr


def low_freq(rng, shape, cells: int, amp: float) -> np.ndarray:
    small = rng.normal(0, 1, (cells, cells)).astype(np.float32)
    return cv2.resize(small, (shape[1], shape[0]), interpolation=cv2.INTER_CUBIC) * amp


def scan_effect(arr: np.ndarray, rng, fade: float, crumple: float) -> np.ndarray:
    img = arr.astype(np.float32)
    img = 255 - (255 - img) * fade
    pad = 40
    img = cv2.copyMakeBorder(img, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=238)
    h, w = img.shape
    angle = float(rng.uniform(-2.2, 2.2))
    mat = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    img = cv2.warpAffine(img, mat, (w, h), borderValue=225, flags=cv2.INTER_LINEAR)
    img += low_freq(rng, img.shape, 9, crumple)
    img += rng.normal(0, 5.0, img.shape).astype(np.float32)
    img = cv2.GaussianBlur(img, (3, 3), 0.8)
    return np.clip(img, 0, 255).astype(np.uint8)


def photo_effect(arr: np.ndarray, rng, crumple: float) -> np.ndarray:
    paper = arr.astype(np.float32) * 0.93 + low_freq(rng, arr.shape, 7, crumple)
    h, w = paper.shape
    bg_h, bg_w = int(h * 1.25), int(w * 1.35)
    jit = rng.uniform(-0.05, 0.05, (4, 2)) * [w, h]
    ox, oy = (bg_w - w) / 2, (bg_h - h) / 2
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = (src + np.float32([ox, oy]) + jit).astype(np.float32)
    mat = cv2.getPerspectiveTransform(src, dst)
    bg = 70 + low_freq(rng, (bg_h, bg_w), 5, 18)
    warped = cv2.warpPerspective(paper, mat, (bg_w, bg_h), borderValue=-1)
    mask = cv2.warpPerspective(np.ones_like(paper), mat, (bg_w, bg_h))
    img = warped * mask + bg * (1 - mask)
    yy, xx = np.mgrid[0:bg_h, 0:bg_w].astype(np.float32)
    light = 0.78 + 0.3 * (xx / bg_w) * float(rng.uniform(0.5, 1.0)) + 0.1 * (yy / bg_h)
    shadow = np.where(xx + yy * float(rng.uniform(0.3, 0.9)) < bg_w * 0.45, 0.72, 1.0)
    shadow = cv2.GaussianBlur(shadow.astype(np.float32), (0, 0), 25)
    img = img * light * shadow
    img = cv2.GaussianBlur(img, (0, 0), 1.1) + rng.normal(0, 4, img.shape)
    grey = np.clip(img, 0, 255).astype(np.uint8)
    tint = np.array([1.0, 0.97, 0.9], dtype=np.float32)
    return np.clip(grey[..., None].astype(np.float32) * tint, 0, 255).astype(np.uint8)


def save_png(arr: np.ndarray, path: Path) -> None:
    Image.fromarray(arr).save(path, format="PNG", optimize=False)


# --------------------------------------------------------------------------- specs


@dataclass
class Doc:
    name: str
    kind: str  # pdf / scan / photo
    country: str
    locale: str
    currency: str | None
    vendor: str
    number: str
    date: str  # ISO
    due: str | None
    doc_type: str  # invoice / credit_note / receipt
    items: list  # (desc, qty, unit, rate)
    mode: str  # excl / incl / none
    note: str
    head: list = field(default_factory=list)  # receipt: top lines; invoice: vendor block
    meta: list = field(default_factory=list)
    totals: list = field(default_factory=list)  # (label, key)
    footer: list = field(default_factory=list)
    title: str = ""
    font: str = "Courier"
    style: str = "one"
    numfmt: str = "en"
    width_mm: float = 76
    sign: int = 1
    round_to: str | None = None
    tender: str | None = None
    billto: list = field(default_factory=list)
    cols: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    fade: float = 0.85
    crumple: float = 6.0

    @property
    def layout(self) -> str:
        return "receipt" if self.doc_type == "receipt" else "invoice"


KEY_FUNCS = {
    "rate": lambda doc, calc, arg: calc.by_rate[D(arg)][1],
    "base": lambda doc, calc, arg: calc.by_rate[D(arg)][0],
    "half": lambda doc, calc, arg: calc.by_rate[D(arg)][1] / 2,
    "fix": lambda doc, calc, arg: D(arg),
    "tender": lambda doc, calc, arg: D(doc.tender),
    "change": lambda doc, calc, arg: D(doc.tender) - calc.total,
    "balance": lambda doc, calc, arg: calc.total - D(doc.extra["deposit"]),
    "deposit": lambda doc, calc, arg: -D(doc.extra["deposit"]),
}


def total_value(doc: Doc, calc: Calc, key: str) -> Decimal:
    name, _, arg = key.partition(":")
    if name in KEY_FUNCS:
        return KEY_FUNCS[name](doc, calc, arg)
    return getattr(calc, key)


def truth(doc: Doc, calc: Calc) -> dict:
    def s(v):
        return None if v is None else f"{v:.2f}"

    items = [
        {
            "description": d,
            "quantity": qty,
            "unit_price": f"{D(u) * doc.sign}" if "." in u else f"{D(u) * doc.sign:.2f}",
            "amount": s(a),
        }
        for d, qty, u, a, _r in calc.lines
    ]
    return {
        "invoice_number": doc.number,
        "invoice_date": doc.date,
        "due_date": doc.due,
        "vendor_name": doc.vendor,
        "amount": s(calc.net),
        "vat": s(calc.vat),
        "total": s(calc.total),
        "currency": doc.currency,
        "locale": doc.locale,
        "layout": doc.layout,
        "document_type": doc.doc_type,
        "line_items": items,
        "note": doc.note,
        "kind": doc.kind,
    }


# --------------------------------------------------------------------------- receipt layout


def receipt_item_rows(doc: Doc, calc: Calc, font: str, size: float) -> list:
    rows = []
    fmt = doc.numfmt
    for desc, qty, unit, amount, _rate in calc.lines:
        if doc.style == "two":
            rows.append(Row([(desc, 0, "l")], font, size))
            rows.append(
                Row(
                    [(f"  {qty} x {money(D(unit), fmt)}", 0, "l"), (money(amount, fmt), 1, "r")],
                    font,
                    size,
                )
            )
        elif doc.style == "qtyfirst":
            rows.append(
                Row([(qty, 0, "l"), (desc, 0.1, "l"), (money(amount, fmt), 1, "r")], font, size)
            )
        else:
            rows += one_line_item(doc, (desc, qty, unit, amount), font, size)
    return rows


def one_line_item(doc: Doc, line, font: str, size: float) -> list:
    """Description, qty, price and amount on one line; a long name gets a line of its own."""
    desc, qty, unit, amount = line
    cells = [(qty, 0.56, "r"), (money(D(unit), doc.numfmt), 0.77, "r")]
    cells.append((money(amount, doc.numfmt), 1, "r"))
    width = (doc.width_mm - 10) * mm
    if pdfmetrics.stringWidth(desc, font, size) < 0.56 * width - 40:
        return [Row([(desc, 0, "l"), *cells], font, size)]
    return [Row([(desc, 0, "l")], font, size), Row(cells, font, size)]


def receipt_rows(doc: Doc, calc: Calc) -> list:
    font, bold = doc.font, BOLD[doc.font]
    size = 8.2
    rows = [Row([(doc.head[0], 0.5, "c")], bold, 11.5, lead=15)]
    rows += [Row([(t, 0.5, "c")], font, size) for t in doc.head[1:]]
    rows.append(Row([], kind="gap", lead=5))
    if doc.title:
        rows.append(Row([(doc.title, 0.5, "c")], bold, 10, lead=14))
    rows += [Row(meta_cells(m), font, size) for m in doc.meta]
    rows.append(Row([[2, 2]], kind="rule", lead=7))
    if doc.cols:
        rows.append(Row([(t, f, a) for t, f, a in doc.cols], bold, size))
    rows += receipt_item_rows(doc, calc, font, size)
    rows.append(Row([[2, 2]], kind="rule", lead=7))
    rows += [receipt_total_row(doc, calc, entry) for entry in doc.totals]
    rows.append(Row([], kind="gap", lead=5))
    rows += [footer_row(t, font, size) for t in doc.footer]
    return rows


def receipt_total_row(doc: Doc, calc: Calc, entry) -> Row:
    font = doc.font
    if len(entry) == 3:
        base = money(total_value(doc, calc, entry[1]), doc.numfmt)
        tax = money(total_value(doc, calc, entry[2]), doc.numfmt)
        return Row([(entry[0], 0, "l"), (base, 0.7, "r"), (tax, 1, "r")], font, 8.2)
    label, key = entry
    if not key:
        return Row([(label, 0, "l")], font, 8.2)
    value = money(total_value(doc, calc, key), doc.numfmt)
    big = key == "total"
    return Row([(label, 0, "l"), (value, 1, "r")], BOLD[font] if big else font, 8.2 + big)


def meta_cells(meta) -> list:
    if isinstance(meta, str):
        return [(meta, 0, "l")]
    if len(meta) == 2:
        return [(meta[0], 0, "l"), (meta[1], 1, "r")]
    return [(meta[0], 0, "l"), (meta[1], 0.5, "c"), (meta[2], 1, "r")]


def footer_row(text, font: str, size: float) -> Row:
    if isinstance(text, tuple):
        return Row(list(text[1]), kind=text[0])
    return Row([(text, 0.5, "c")], font, size)


def make_receipt_pdf(doc: Doc, calc: Calc, path: Path) -> None:
    rows = receipt_rows(doc, calc)
    width = doc.width_mm * mm
    height = sum(row_height(r) for r in rows) + 50
    write_pdf(path, rows, (width, height), (5 * mm, 22, 5 * mm, 20), doc.name)


# --------------------------------------------------------------------------- invoice layout


def inv_font(doc: Doc, bold: bool = False) -> str:
    return BOLD[doc.font] if bold else doc.font


def header_rows(doc: Doc) -> list:
    logo = doc.extra.get("logo", doc.head[0])
    rows = [Row([(logo, 0, "l")], inv_font(doc, True), 20, lead=30)]
    left = doc.head[1:] if "logo" not in doc.extra else doc.head
    right = doc.extra.get("right", [])
    for i in range(max(len(left), len(right))):
        cells = []
        if i < len(left):
            cells.append((left[i], 0, "l"))
        if i < len(right):
            cells.append((right[i], 1, "r"))
        rows.append(Row(cells, inv_font(doc), 8.5))
    rows.append(Row([], kind="gap", lead=14))
    return rows


def meta_block(doc: Doc) -> list:
    style = doc.extra.get("meta_style", "pairs")
    size = 9
    if style == "below":
        step = 1 / len(doc.meta)
        labels = [(lab, i * step, "l") for i, (lab, _v) in enumerate(doc.meta)]
        values = [(v, i * step, "l") for i, (_lab, v) in enumerate(doc.meta)]
        return [Row(labels, inv_font(doc, True), 8), Row(values, inv_font(doc), size)]
    if style == "inline":
        text = "   ".join(f"{lab}: {v}" for lab, v in doc.meta)
        return [Row([(text, 0, "l")], inv_font(doc), 8.5)]
    return [Row([(lab, 0.56, "l"), (v, 1, "r")], inv_font(doc), size) for lab, v in doc.meta]


def billto_rows(doc: Doc) -> list:
    rows = []
    for i, text in enumerate(doc.billto):
        rows.append(Row([(text, 0, "l")], inv_font(doc, i == 0), 9))
    rows.append(Row([], kind="gap", lead=10))
    return rows


def title_rows(doc: Doc) -> list:
    return [Row([(doc.title, 0, "l")], inv_font(doc, True), 15, lead=24)]


COL_POS = {"desc": (0, "l"), "qty": (0.58, "r"), "unit": (0.72, "r"), "rate": (0.82, "r")}


def item_cells(doc: Doc, line) -> list:
    desc, qty, unit, amount, rate = line
    values = {
        "desc": desc,
        "qty": qty,
        "unit": money(D(unit) * doc.sign, doc.numfmt),
        "rate": f"{rate:g} %",
        "amount": money(amount, doc.numfmt),
    }
    cells = []
    for key, _head in doc.cols:
        frac, align = COL_POS.get(key, (1, "r"))
        cells.append((values[key], frac, align))
    return cells


def item_rows(doc: Doc, calc: Calc) -> list:
    heads = [(h, *COL_POS.get(k, (1, "r"))) for k, h in doc.cols]
    rows = [Row([], kind="rule", lead=6), Row(heads, inv_font(doc, True), 8.5)]
    rows.append(Row([], kind="rule", lead=6))
    rows += [Row(item_cells(doc, line), inv_font(doc), 8.8, lead=14) for line in calc.lines]
    rows.append(Row([], kind="rule", lead=8))
    return rows


def totals_rows(doc: Doc, calc: Calc) -> list:
    rows = []
    for label, key in doc.totals:
        bold = key in ("total", "balance")
        value = money(total_value(doc, calc, key), doc.numfmt)
        rows.append(Row([(label, 0.55, "l"), (value, 1, "r")], inv_font(doc, bold), 9.2))
    rows.append(Row([], kind="gap", lead=16))
    return rows


def footer_rows(doc: Doc) -> list:
    rows = []
    for text in doc.footer:
        if isinstance(text, tuple):
            rows.append(Row(list(text[1]), kind=text[0]))
        else:
            rows.append(Row([(text, 0, "l")], inv_font(doc), 7.5, lead=10))
    return rows


def invoice_rows(doc: Doc, calc: Calc) -> list:
    rows = header_rows(doc)
    if doc.extra.get("title_first"):
        rows += title_rows(doc) + billto_rows(doc) + meta_block(doc)
    else:
        rows += billto_rows(doc) + title_rows(doc) + meta_block(doc)
    rows.append(Row([], kind="gap", lead=12))
    rows += item_rows(doc, calc) + totals_rows(doc, calc)
    rows += [Row([(t, 0, "l")], inv_font(doc), 8.5) for t in doc.extra.get("notes", [])]
    rows.append(Row([], kind="gap", lead=10))
    return rows + footer_rows(doc)


def make_invoice_pdf(doc: Doc, calc: Calc, path: Path) -> None:
    rows = invoice_rows(doc, calc)
    page = doc.extra.get("page")
    if page:
        rows.append(Row([], kind="gap", lead=8))
        rows.append(Row([(page, 1, "r")], inv_font(doc), 7))
    write_pdf(path, rows, A4, (20 * mm, 18 * mm, 20 * mm, 12 * mm), doc.name)


# --------------------------------------------------------------------------- documents

MY_GST_TOTALS = [
    ("TOTAL INCL. GST", "gross"),
    ("ROUNDING ADJ", "rounding"),
    ("TOTAL (RM)", "total"),
    ("CASH", "tender"),
    ("CHANGE", "change"),
    ("GST SUMMARY        AMOUNT(RM)  TAX(RM)", ""),
    ("SR @ 6%", "base:6", "rate:6"),
]

MY_SG_RECEIPTS = [
    Doc(
        "r01",
        "scan",
        "MY",
        "en_MY",
        "MYR",
        "SYARIKAT PERNIAGAAN CHIN HUAT S/B",
        "CS00018734",
        "2018-03-25",
        None,
        "receipt",
        [
            ('PVC PIPE 1/2" 3M', "4", "6.90", 6),
            ('ELBOW 1/2" PVC', "10", "0.60", 6),
            ("GLUE PIPE 100G", "1", "8.50", 6),
            ("SEAL TAPE", "3", "1.20", 6),
        ],
        "incl",
        "Hardware shop cash bill; GST 6% included in prices, rounding adj to 0.05; "
        "company reg. no. and GST ID above the number.",
        head=[
            "SYARIKAT PERNIAGAAN CHIN HUAT S/B",
            "(584321-K)",
            "NO 12, JALAN PERUSAHAAN 3,",
            "TMN PERINDUSTRIAN, 81300 SKUDAI, JOHOR",
            "TEL: 07-556 1234",
            "GST ID: 001234567890",
        ],
        title="TAX INVOICE",
        meta=[
            ("CASH BILL NO: CS00018734", ""),
            ("DATE: 25/03/2018", "TIME: 10:42"),
            ("CASHIER: MEI", "TERMINAL: 01"),
        ],
        totals=MY_GST_TOTALS,
        footer=["GOODS SOLD ARE NOT RETURNABLE", "THANK YOU. PLEASE COME AGAIN"],
        round_to="0.05",
        tender="50.00",
        crumple=9,
        fade=0.7,
    ),
    Doc(
        "r02",
        "scan",
        "MY",
        "en_MY",
        "MYR",
        "BACAAN ILMU BOOKSTORE SDN BHD",
        "INV/KL2/204418",
        "2018-01-06",
        None,
        "receipt",
        [
            ("KAMUS DWIBAHASA EDISI 4", "1", "45.90", 6),
            ("BUKU LATIHAN MATEMATIK T4", "2", "12.50", 6),
            ("PEN GEL 0.5 BLUE", "5", "2.30", 6),
        ],
        "incl",
        "Bookstore receipt, two-line items (qty x price below the title); invoice no. has "
        "branch prefix; member no. printed near it is not the number.",
        head=[
            "BACAAN ILMU BOOKSTORE SDN BHD",
            "Co. Reg: 773104-U  GST Reg: 000876543210",
            "LOT 2-14, SUNWAY SQUARE MALL",
            "47500 SUBANG JAYA, SELANGOR",
        ],
        title="TAX INVOICE",
        meta=[
            ("Invoice No", "INV/KL2/204418"),
            ("Date", "06-01-18 15:07"),
            ("Member No", "MBR 0045 8812"),
        ],
        style="two",
        font="Mono",
        totals=[
            ("Total Qty: 8", ""),
            ("Total Incl. GST", "gross"),
            ("Rounding", "rounding"),
            ("NETT TOTAL", "total"),
            ("VISA", "total"),
            ("GST @6% incl.", "vat"),
        ],
        footer=["Exchange within 7 days with receipt", "THANK YOU", ("code128", ["204418"])],
        round_to="0.05",
    ),
    Doc(
        "r03",
        "photo",
        "MY",
        "ms_MY",
        "MYR",
        "RESTORAN NASI KANDAR ZAINAL ENTERPRISE",
        "42871",
        "2019-11-14",
        None,
        "receipt",
        [
            ("NASI KANDAR AYAM", "2", "9.50", 0),
            ("TEH TARIK", "2", "2.20", 0),
            ("ROTI CANAI", "3", "1.40", 0),
            ("AIR LIMAU AIS", "1", "2.50", 0),
        ],
        "none",
        "Restaurant cash bill without any tax line; table and pax lines; bill no. is a "
        "bare number.",
        head=[
            "RESTORAN NASI KANDAR ZAINAL ENTERPRISE",
            "(JM0712345-X)",
            "NO 8, JLN MAHSURI, 11950 BAYAN LEPAS",
            "PULAU PINANG",
        ],
        title="CASH BILL",
        meta=[("BILL NO: 42871", "MEJA: 12"), ("14/11/2019  20:31", "PAX: 2")],
        style="qtyfirst",
        totals=[("JUMLAH / TOTAL", "total"), ("TUNAI", "tender"), ("BAKI", "change")],
        footer=["TERIMA KASIH", "SILA DATANG LAGI"],
        tender="50.00",
        crumple=8,
    ),
    Doc(
        "r04",
        "scan",
        "MY",
        "en_MY",
        "MYR",
        "PASARAYA SERI MURNI SDN BHD",
        "0215-0087-551",
        "2017-08-19",
        None,
        "receipt",
        [
            ("BERAS SUPER 5KG", "1", "18.90", 0),
            ("MINYAK MASAK 2KG", "1", "9.90", 0),
            ("SABUN BASUH 1.8KG", "1", "12.49", 6),
            ("BISKUT KRIM 400G", "2", "4.35", 6),
            ("TISU MUKA 5X100", "1", "8.99", 6),
        ],
        "incl",
        "Grocery receipt with SR 6% and ZR 0% GST summary; item rows carry no tax code.",
        head=[
            "PASARAYA SERI MURNI SDN BHD",
            "(410022-P)",
            "GST REG NO : 000654321987",
            "JALAN BESAR, 35900 TANJUNG MALIM, PERAK",
        ],
        title="TAX INVOICE",
        meta=[("RCPT# 0215-0087-551", ""), ("19 AUG 2017", "18:55:02")],
        cols=[("ITEM", 0, "l"), ("QTY", 0.56, "r"), ("PRICE", 0.77, "r"), ("AMT", 1, "r")],
        totals=[
            ("TOTAL INCL GST", "gross"),
            ("ROUNDING ADJ", "rounding"),
            ("GRAND TOTAL", "total"),
            ("CASH", "tender"),
            ("CHANGE", "change"),
            ("GST CODE          AMOUNT      GST", ""),
            ("SR 6%", "base:6", "rate:6"),
            ("ZR 0%", "base:0", "rate:0"),
        ],
        footer=["THANK YOU FOR SHOPPING WITH US"],
        round_to="0.05",
        tender="70.00",
        fade=0.65,
        crumple=10,
    ),
    Doc(
        "r05",
        "photo",
        "MY",
        "en_MY",
        "MYR",
        "FARMASI SEJAHTERA S/B",
        "FS-88123",
        "2018-05-02",
        None,
        "receipt",
        [
            ("PANADOL ACTIFAST 20S", "1", "11.60", 6),
            ("VITAMIN C 1000MG 30S", "1", "39.90", 6),
            ("PLASTER ROLL", "2", "3.20", 6),
        ],
        "excl",
        "Pharmacy receipt with prices before GST and a separate GST 6% line.",
        head=[
            "FARMASI SEJAHTERA S/B",
            "(1021345-T)",
            "GST ID: 002001234567",
            "17 JALAN TUN RAZAK, 50400 KUALA LUMPUR",
        ],
        title="RECEIPT",
        meta=[("DOC NO: FS-88123", ""), ("DATE: 02/05/2018", "11:20 AM")],
        totals=[
            ("SUBTOTAL (EXCL GST)", "net"),
            ("GST 6%", "vat"),
            ("TOTAL", "total"),
            ("DEBIT CARD", "total"),
        ],
        footer=["Get well soon!", "Thank You"],
    ),
    Doc(
        "r06",
        "scan",
        "SG",
        "en_SG",
        "SGD",
        "TAN BROTHERS TRADING PTE LTD",
        "T2-114907",
        "2018-03-25",
        None,
        "receipt",
        [
            ("CABLE TIE 200MM (100)", "2", "3.80", 7),
            ("LED BULB E27 9W", "4", "4.50", 7),
            ("EXTENSION CORD 3M", "1", "14.90", 7),
        ],
        "incl",
        "Singapore hardware receipt, GST 7% included; UEN printed at top.",
        head=[
            "TAN BROTHERS TRADING PTE LTD",
            "UEN 198803214K  GST REG 19-8803214-K",
            "Blk 3 Jalan Besar Plaza #01-22",
            "Singapore 208787",
        ],
        title="TAX INVOICE",
        meta=[("Inv: T2-114907", "25 Mar 2018"), ("Counter 2", "Staff: Ah Kow")],
        style="two",
        totals=[
            ("TOTAL", "total"),
            ("NETS", "total"),
            ("Total includes GST 7%", "vat"),
        ],
        footer=["No refund. Exchange within 3 days.", "THANK YOU"],
        fade=0.75,
    ),
    Doc(
        "r07",
        "photo",
        "SG",
        "en_SG",
        "SGD",
        "HAO WEI EATING HOUSE",
        "000388",
        "2019-07-12",
        None,
        "receipt",
        [
            ("CHICKEN RICE", "2", "4.50", 7),
            ("KAI LAN OYSTER SAUCE", "1", "8.00", 7),
            ("BARLEY ICE", "2", "1.80", 7),
        ],
        "excl",
        "Coffee-shop restaurant; GST 7% added below subtotal; order no. in big print is "
        "not the receipt no.",
        head=["HAO WEI EATING HOUSE", "GST Reg No: M90-1234567-8", "85 Bedok North St 4"],
        title="ORDER 57",
        meta=[("Receipt: 000388", ""), ("12/07/19 13:05", "Table 6")],
        style="qtyfirst",
        font="Mono",
        totals=[
            ("Sub Total", "net"),
            ("GST 7%", "vat"),
            ("TOTAL", "total"),
            ("Cash", "tender"),
            ("Change", "change"),
        ],
        footer=["Thank you & have a nice day"],
        tender="40.00",
        crumple=7,
    ),
    Doc(
        "r08",
        "scan",
        "MY",
        "en_MY",
        "MYR",
        "KEDAI ELEKTRIK WAH SENG ENTERPRISE",
        "CB-19/03517",
        "2019-03-25",
        None,
        "receipt",
        [
            ("WALL SOCKET 13A", "3", "7.50", 6),
            ("MCB 20A", "1", "15.00", 6),
            ("WIRE 2.5MM (M)", "12", "1.10", 6),
        ],
        "excl",
        "2019 SST receipt: 'SST 6%' added on top; date printed as 25-03-19.",
        head=[
            "KEDAI ELEKTRIK WAH SENG ENTERPRISE",
            "(SA0123456-W)",
            "SST NO: B16-1808-32000123",
            "23 JALAN PASAR, 41400 KLANG",
        ],
        title="CASH BILL",
        meta=[("NO: CB-19/03517", "DATE: 25-03-19")],
        totals=[
            ("SUB-TOTAL", "net"),
            ("SST 6%", "vat"),
            ("ROUNDING", "rounding"),
            ("TOTAL", "total"),
        ],
        footer=["BARANG YANG DIJUAL TIDAK BOLEH DIKEMBALIKAN", "THANK YOU"],
        round_to="0.05",
        fade=0.6,
        crumple=12,
    ),
    Doc(
        "r09",
        "photo",
        "MY",
        "en_MY",
        "MYR",
        "PASARAYA BESTMART S/B",
        "1120-03-77821",
        "2018-02-11",
        None,
        "receipt",
        [
            ("SUSU PEKAT 500G", "3", "3.29", 6),
            ("TELUR GRED A 30S", "1", "13.50", 0),
            ("AYAM SEGAR (KG)", "1.325", "8.90", 0),
            ("DETERGENT 2KG", "1", "15.95", 6),
        ],
        "incl",
        "Hypermarket receipt, crumpled photo; weighed item (kg) as quantity; GST summary "
        "with S and Z codes; total after rounding.",
        head=[
            "PASARAYA BESTMART S/B",
            "(889011-D) GST ID:000998877665",
            "LOT 5, JLN KOLAM AIR, 80350 JOHOR BAHRU",
        ],
        title="TAX INVOICE",
        meta=[("Rcpt: 1120-03-77821", ""), ("11/02/2018 09:14", "Till 03")],
        totals=[
            ("TOTAL INCL GST", "gross"),
            ("ROUNDING ADJ", "rounding"),
            ("NETT TOTAL", "total"),
            ("CASH", "tender"),
            ("CHANGE", "change"),
            ("GST SUMMARY      AMOUNT      TAX", ""),
            ("S = 6%", "base:6", "rate:6"),
            ("Z = 0%", "base:0", "rate:0"),
        ],
        footer=["Points earned: 52", "THANK YOU"],
        round_to="0.05",
        tender="100.00",
        crumple=12,
    ),
]

OTHER_RECEIPTS = [
    Doc(
        "r10",
        "scan",
        "US",
        "en_US",
        "USD",
        "HILL COUNTRY FOODS",
        "0047-2291",
        "2024-06-08",
        None,
        "receipt",
        [
            ("ORG BANANAS", "2.31", "0.69", 0),
            ("WHOLE MILK GAL", "1", "4.29", 0),
            ("PAPER TOWELS 6PK", "1", "9.99", "8.25"),
            ("DISH SOAP", "1", "3.49", "8.25"),
        ],
        "excl",
        "Austin grocery slip; sales tax 8.25% only on non-food lines; no $ sign printed.",
        head=["HILL COUNTRY FOODS", "4410 Burnet Rd", "Austin, TX 78756", "(512) 555-0144"],
        meta=[("Trans 0047-2291", "06/08/24 5:12 PM"), ("Store 12  Reg 4", "Op 118")],
        totals=[
            ("SUBTOTAL", "net"),
            ("TAX 8.250%", "vat"),
            ("TOTAL", "total"),
            ("CASH TEND", "tender"),
            ("CHANGE DUE", "change"),
        ],
        footer=["REWARDS #: ****6613", "THANK YOU FOR SHOPPING LOCAL"],
        tender="40.00",
    ),
    Doc(
        "r11",
        "photo",
        "GB",
        "en_GB",
        "GBP",
        "The Copper Kettle",
        "2187",
        "2025-02-14",
        None,
        "receipt",
        [
            ("Flat White", "2", "3.40", 20),
            ("Almond Croissant", "1", "3.95", 20),
            ("Soup of the Day", "1", "6.50", 20),
        ],
        "incl",
        "UK café; prices incl. VAT, 'VAT included' line at the bottom; check no. 2187.",
        head=["The Copper Kettle", "12 Market Place, Ludlow SY8 1AQ", "VAT No. GB 284 5521 09"],
        meta=[("Check 2187", "14/02/2025 11:48"), ("Server: Jess", "Table 4")],
        font="Helvetica",
        style="qtyfirst",
        numfmt="en",
        totals=[("Total £", "total"), ("Card", "total"), ("VAT 20% included", "vat")],
        footer=["Thank you - see you soon!"],
        crumple=5,
    ),
    Doc(
        "r12",
        "scan",
        "DE",
        "de_DE",
        "EUR",
        "STAR Tankstelle Weiden",
        "3349/0021/118",
        "2025-09-03",
        None,
        "receipt",
        [("Super E10 Säule 4", "38.42", "1.78", 19), ("Snickers", "2", "1.29", 7)],
        "incl",
        "German fuel receipt; litres as quantity; MwSt A 19% / B 7% contained in the total.",
        head=[
            "STAR Tankstelle Weiden",
            "Inh. M. Fuchs e.K.",
            "Regensburger Str. 41",
            "92637 Weiden i.d.OPf.",
            "St.-Nr. 255/123/45678",
        ],
        meta=[
            ("Beleg-Nr. 3349/0021/118", ""),
            ("03.09.2025", "07:41"),
            ("Kasse 1", "TSE-Nr. 0021"),
        ],
        style="two",
        numfmt="de",
        font="Mono",
        totals=[
            ("SUMME EUR", "total"),
            ("Kreditkarte", "total"),
            ("MwSt     Netto    Steuer", ""),
            ("A 19%", "base:19", "rate:19"),
            ("B  7%", "base:7", "rate:7"),
        ],
        footer=["Vielen Dank und gute Fahrt!"],
        fade=0.7,
    ),
    Doc(
        "r13",
        "photo",
        "FR",
        "fr_FR",
        "EUR",
        "PHARMACIE DU MARCHÉ",
        "T-058812",
        "2025-04-22",
        None,
        "receipt",
        [
            ("DOLIPRANE 1000MG CPR 8", "2", "2.18", "2.1"),
            ("CREME SOLAIRE SPF50", "1", "14.90", 20),
            ("PASTILLES GORGE", "1", "5.60", "5.5"),
        ],
        "incl",
        "French pharmacy ticket: three TVA rates contained in the total; ticket no. with T- "
        "prefix; SIRET in header.",
        head=["PHARMACIE DU MARCHÉ", "3 place du Marché, 69002 Lyon", "SIRET 412 345 678 00021"],
        meta=[("Ticket T-058812", ""), ("22/04/2025", "16:03")],
        numfmt="fr",
        font="Mono",
        style="qtyfirst",
        totals=[
            ("TOTAL TTC EUR", "total"),
            ("CB", "total"),
            ("TVA        HT       TVA", ""),
            ("2,10%", "base:2.1", "rate:2.1"),
            ("5,50%", "base:5.5", "rate:5.5"),
            ("20,00%", "base:20", "rate:20"),
        ],
        footer=["Merci de votre visite"],
        crumple=7,
    ),
    Doc(
        "r14",
        "photo",
        "JP",
        "en_JP",
        "JPY",
        "FamilyStop Shinjuku 3-chome",
        "2025-118-4471",
        "2025-10-19",
        None,
        "receipt",
        [
            ("Onigiri Salmon", "2", "160.00", 8),
            ("Green Tea 500ml", "1", "140.00", 8),
            ("Umbrella", "1", "780.00", 10),
        ],
        "incl",
        "Japanese convenience store receipt printed in English; 8% reduced / 10% rates "
        "contained in total; registration no. T-number is not the receipt no.",
        head=["FamilyStop Shinjuku 3-chome", "Tokyo Shinjuku-ku 3-22-7", "Reg. No. T1234567890123"],
        title="RECEIPT",
        meta=[("2025/10/19 (Sun) 22:18", ""), ("Receipt No. 2025-118-4471", "Reg 2")],
        numfmt="yen",
        font="Mono",
        totals=[
            ("Total", "total"),
            ("Cash", "tender"),
            ("Change", "change"),
            ("(8% target)", "base:8", "rate:8"),
            ("(10% target)", "base:10", "rate:10"),
        ],
        footer=["* = reduced tax rate item", "Thank you"],
        tender="2000.00",
    ),
    Doc(
        "r15",
        "pdf",
        "NL",
        "nl_NL",
        "EUR",
        "TaxiCentrale Utrecht B.V.",
        "TCU-25-0449127",
        "2025-08-30",
        None,
        "receipt",
        [("Rit Utrecht CS - Leidsche Rijn", "1", "31.40", 9), ("Fooi", "1", "3.00", 9)],
        "incl",
        "E-receipt of a taxi ride; BTW 9% included; ride id and driver no. near the receipt "
        "no.; tip is a line that is added into the total.",
        head=[
            "TaxiCentrale Utrecht B.V.",
            "KvK 30123456  BTW NL812345678B01",
            "Stationsplein 12, 3511 ED Utrecht",
        ],
        title="BON / RECEIPT",
        meta=[
            ("Bonnr.", "TCU-25-0449127"),
            ("Rit-ID", "R-88120034"),
            ("Datum", "30-08-2025 01:12"),
            ("Chauffeur", "#204"),
        ],
        font="Helvetica",
        numfmt="de",
        width_mm=90,
        totals=[("Totaal", "total"), ("Betaald met PIN", "total"), ("waarvan BTW 9%", "vat")],
        footer=["Bedankt voor uw rit!", ("qr", ["TCU-25-0449127", 0.62])],
    ),
]

STD_COLS = [("desc", "Description"), ("qty", "Qty"), ("unit", "Unit price"), ("amount", "Amount")]
DE_COLS = [
    ("desc", "Bezeichnung"),
    ("qty", "Menge"),
    ("unit", "Einzelpreis"),
    ("rate", "USt"),
    ("amount", "Gesamt netto"),
]
FR_COLS = [
    ("desc", "Désignation"),
    ("qty", "Qté"),
    ("unit", "PU HT"),
    ("rate", "TVA"),
    ("amount", "Montant HT"),
]

ONLINE_INVOICES = [
    Doc(
        "i01",
        "pdf",
        "NL",
        "nl_NL",
        "EUR",
        "Dataveld Hosting B.V.",
        "DV2025-118204",
        "2025-11-01",
        "2025-11-15",
        "invoice",
        [
            ("VPS Pro 8 GB - november 2025", "1", "24.95", 21),
            ("Extra IPv4-adres", "2", "2.50", 21),
            ("Domein dataveld-klant.nl (1 jaar)", "1", "9.99", 21),
        ],
        "excl",
        "Dutch hosting invoice; Klantnummer and Ordernummer in the same meta row as the "
        "factuurnummer; Vervaldatum printed.",
        head=[
            "Dataveld Hosting B.V.",
            "Keizersgracht 221, 1016 DV Amsterdam",
            "KvK 71234567 - BTW NL858123456B01",
        ],
        extra={
            "right": ["support@dataveld.example", "+31 20 555 0199"],
            "meta_style": "below",
            "page": "Pagina 1 van 1",
        },
        title="Factuur",
        meta=[
            ("Factuurnummer", "DV2025-118204"),
            ("Factuurdatum", "01-11-2025"),
            ("Vervaldatum", "15-11-2025"),
            ("Klantnummer", "K-40918"),
            ("Ordernummer", "ORD-771204"),
        ],
        billto=[
            "Bakkerij Van Dijk",
            "t.a.v. P. van Dijk",
            "Lange Nieuwstraat 8",
            "3512 PH Utrecht",
        ],
        cols=[("desc", "Omschrijving"), ("qty", "Aantal"), ("unit", "Prijs"), ("amount", "Bedrag")],
        totals=[("Subtotaal", "net"), ("BTW 21%", "vat"), ("Totaal EUR", "total")],
        numfmt="de",
        font="Helvetica",
        footer=[
            "Wij verzoeken u het bedrag vóór de vervaldatum over te maken op "
            "IBAN NL91 ABNA 0417 1643 00 o.v.v. het factuurnummer.",
            "Dataveld Hosting B.V. - Algemene voorwaarden op dataveld.example/av",
        ],
    ),
    Doc(
        "i02",
        "pdf",
        "FR",
        "fr_FR",
        "EUR",
        "Nuagique SAS",
        "F-2025-00931",
        "2025-10-31",
        None,
        "invoice",
        [
            ("Abonnement Équipe (5 utilisateurs) - octobre", "5", "12.00", 20),
            ("Stockage supplémentaire 100 Go", "1", "4.00", 20),
        ],
        "excl",
        "French SaaS invoice; label/value pairs on the right; 'Payable à réception' (no due "
        "date); order no. 'Commande' and client no. next to the invoice no.",
        head=[
            "Nuagique SAS",
            "18 rue de la Roquette, 75011 Paris",
            "SAS au capital de 10 000 € - RCS Paris 851 234 567",
            "TVA intracom. FR32851234567",
        ],
        title="FACTURE",
        extra={"title_first": True},
        meta=[
            ("N° de facture", "F-2025-00931"),
            ("Date", "31/10/2025"),
            ("N° client", "CLI-22871"),
            ("Commande", "CMD-5512"),
            ("Conditions", "Payable à réception"),
        ],
        billto=["Facturé à :", "Atelier Morel SARL", "7 quai Saint-Antoine", "69002 Lyon"],
        cols=FR_COLS,
        totals=[("Total HT", "net"), ("TVA 20 %", "vat"), ("Total TTC", "total")],
        numfmt="fr",
        font="Sans",
        footer=[
            "Paiement par prélèvement SEPA - IBAN FR76 3000 4000 0312 3456 7890 143",
            "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire 40 €.",
        ],
    ),
    Doc(
        "i03",
        "pdf",
        "DE",
        "de_DE",
        "EUR",
        "FunkNetz Mobil GmbH",
        "2025 118 774 021",
        "2025-10-05",
        "2025-10-15",
        "invoice",
        [
            ("Tarif Allnet L (01.10.-31.10.)", "1", "29.41", 19),
            ("Option EU-Roaming Plus", "1", "4.16", 19),
            ("Verbindungen laut Einzelnachweis", "1", "1.26", 19),
        ],
        "excl",
        "German telecom bill; Kundennummer and Rechnungsnummer in one line; Abbuchung date "
        "printed as due date; long number with spaces.",
        head=["FunkNetz Mobil GmbH", "Postfach 10 20 30, 40213 Düsseldorf"],
        extra={"logo": "funknetz", "meta_style": "inline", "page": "Seite 1/3"},
        title="Ihre Rechnung Oktober 2025",
        meta=[
            ("Kundennummer", "5501 2287"),
            ("Rechnungsnummer", "2025 118 774 021"),
            ("Datum", "05.10.2025"),
        ],
        billto=["Herrn", "Jonas Berger", "Mühlenweg 4", "50667 Köln"],
        cols=[("desc", "Leistung"), ("amount", "Betrag netto")],
        totals=[("Summe netto", "net"), ("zzgl. 19 % USt", "vat"), ("Rechnungsbetrag", "total")],
        numfmt="de",
        font="Sans",
        footer=[
            "Der Rechnungsbetrag wird am 15.10.2025 von Ihrem Konto "
            "DE02 1203 0000 0000 2020 51 abgebucht.",
            "FunkNetz Mobil GmbH - Sitz Düsseldorf - HRB 88123 - USt-IdNr. DE298765432",
        ],
    ),
    Doc(
        "i04",
        "pdf",
        "IN",
        "en_IN",
        "INR",
        "Shree Kaveri Retail Pvt. Ltd.",
        "KAV/24-25/08812",
        "2024-12-09",
        None,
        "invoice",
        [
            ("Mixer Grinder 750W", "1", "3389.83", 18),
            ("Steel Tiffin Box 3-tier", "2", "422.03", 18),
        ],
        "excl",
        "Indian marketplace tax invoice from the seller (not the platform); CGST + SGST 9% "
        "each; order id and GSTIN near the invoice no.",
        head=[
            "Shree Kaveri Retail Pvt. Ltd.",
            "Plot 22, KIADB Industrial Area",
            "Bengaluru, Karnataka 560058",
            "GSTIN: 29AAKCS1234F1Z5  PAN: AAKCS1234F",
        ],
        extra={
            "right": ["Sold via ShopKart Marketplace", "Order ID: OD4311928821"],
            "meta_style": "pairs",
        },
        title="Tax Invoice",
        meta=[
            ("Invoice No.", "KAV/24-25/08812"),
            ("Invoice Date", "09-12-2024"),
            ("Order Date", "07-12-2024"),
            ("Place of supply", "Karnataka"),
        ],
        billto=["Bill To", "Ananya Rao", "14 3rd Cross, Jayanagar", "Bengaluru 560011"],
        cols=[("desc", "Product"), ("qty", "Qty"), ("unit", "Rate"), ("amount", "Total taxable")],
        totals=[
            ("Taxable amount", "net"),
            ("CGST 9%", "half:18"),
            ("SGST 9%", "half:18"),
            ("Grand Total (₹)", "total"),
        ],
        font="Sans",
        footer=[
            "This is a computer generated invoice and does not require a signature.",
            "Authorised signatory - Shree Kaveri Retail Pvt. Ltd.",
        ],
    ),
    Doc(
        "i05",
        "pdf",
        "US",
        "en_US",
        "USD",
        "Tallyflow, Inc.",
        "TF-0052391",
        "2025-09-01",
        "2025-09-01",
        "invoice",
        [
            ("Growth plan (Sep 1 - Sep 30, 2025)", "1", "79.00", 0),
            ("Additional seats", "3", "15.00", 0),
        ],
        "excl",
        "US SaaS invoice; Tax printed as 0.00; 'Date due' equal to issue date; receipt no. "
        "and account id printed too.",
        head=[
            "Tallyflow, Inc.",
            "548 Market St #41290",
            "San Francisco, CA 94104",
            "billing@tallyflow.example",
        ],
        title="Invoice",
        extra={"title_first": True, "meta_style": "pairs"},
        meta=[
            ("Invoice number", "TF-0052391"),
            ("Receipt number", "2281-4410"),
            ("Date of issue", "September 1, 2025"),
            ("Date due", "September 1, 2025"),
            ("Account", "acct_9YkP22"),
        ],
        billto=["Bill to", "Northgate Design LLC", "2200 Alaskan Way", "Seattle, WA 98121"],
        cols=STD_COLS,
        totals=[
            ("Subtotal", "net"),
            ("Tax (0%)", "vat"),
            ("Total", "total"),
            ("Amount due", "total"),
        ],
        font="Helvetica",
        footer=["$ amounts in USD. Questions? Visit tallyflow.example/billing"],
    ),
    Doc(
        "i06",
        "pdf",
        "GB",
        "en_GB",
        "GBP",
        "Hartley & Finch Homeware Ltd",
        "HF-INV-300417",
        "2025-03-18",
        None,
        "invoice",
        [
            ("Linen cushion cover 45cm, sage", "2", "15.00", 20),
            ("Stoneware mug set (4)", "1", "24.00", 20),
            ("Standard delivery", "1", "3.95", 20),
        ],
        "excl",
        "UK online shop VAT invoice; delivery row inside the item table; order number "
        "printed larger than the invoice number.",
        head=[
            "Hartley & Finch Homeware Ltd",
            "Unit 4, Riverside Works, Leeds LS10 1AB",
            "VAT Reg. No. GB 123 4567 89 - Company No. 08812345",
        ],
        title="VAT INVOICE",
        extra={"right": ["Order #HF-771203", "Placed 16 March 2025"], "meta_style": "below"},
        meta=[
            ("Invoice no.", "HF-INV-300417"),
            ("Invoice date", "18/03/2025"),
            ("Payment", "Visa ending 4410"),
        ],
        billto=["Deliver to / Invoice to", "Mrs S. Patel", "9 Orchard Close", "York YO24 3DD"],
        cols=[
            ("desc", "Item"),
            ("qty", "Qty"),
            ("unit", "Price ex VAT"),
            ("amount", "Total ex VAT"),
        ],
        totals=[("Subtotal ex VAT", "net"), ("VAT @ 20%", "vat"), ("Total paid", "total")],
        font="Sans",
        footer=[
            "Returns accepted within 30 days.",
            "Hartley & Finch Homeware Ltd, registered in England and Wales.",
        ],
    ),
    Doc(
        "i07",
        "scan",
        "ES",
        "es_ES",
        "EUR",
        "Energía Levante Comercializadora S.L.",
        "FE25-0412998",
        "2025-05-06",
        "2025-05-20",
        "invoice",
        [
            ("Término de potencia (30 días)", "1", "14.62", 21),
            ("Término de energía 312 kWh", "312", "0.14", 21),
            ("Alquiler de equipos", "1", "0.81", 21),
        ],
        "excl",
        "Spanish electricity bill, scanned; CUPS and contract no. near the factura no.; "
        "'Fecha de cargo' printed as due date.",
        head=[
            "Energía Levante Comercializadora S.L.",
            "Av. del Puerto 112, 46023 Valencia",
            "CIF B98765432",
        ],
        title="FACTURA DE ELECTRICIDAD",
        extra={"meta_style": "pairs", "right": ["Atención al cliente 900 555 010"]},
        meta=[
            ("Nº factura", "FE25-0412998"),
            ("Fecha de factura", "06/05/2025"),
            ("Contrato", "CT-00912834"),
            ("CUPS", "ES0021000012345678AB"),
            ("Fecha de cargo", "20/05/2025"),
        ],
        billto=["Titular", "Lucía Martín Gómez", "C/ Sueca 41, 3º", "46006 Valencia"],
        cols=[("desc", "Concepto"), ("qty", "Cantidad"), ("unit", "Precio"), ("amount", "Importe")],
        totals=[("Base imponible", "net"), ("IVA 21 %", "vat"), ("TOTAL FACTURA", "total")],
        numfmt="de",
        font="Serif",
        footer=["Domiciliación bancaria: ES91 2100 0418 4502 0005 1332"],
        fade=0.8,
        crumple=5,
    ),
    Doc(
        "i08",
        "pdf",
        "DE",
        "de_DE",
        "EUR",
        "Holzwerk Sommer GmbH",
        "HS-R-2025-1187",
        "2025-06-12",
        None,
        "invoice",
        [
            ("Schneidebrett Eiche 40x25", "2", "33.61", 19),
            ("Holzöl 250 ml", "1", "10.08", 19),
            ("Versand DHL", "1", "4.12", 19),
        ],
        "excl",
        "Marketplace order invoice issued by the seller (platform named in the header); "
        "Bestellnummer is the long number, not the invoice no.",
        head=["Holzwerk Sommer GmbH", "Am Sägewerk 3, 79100 Freiburg", "USt-IdNr. DE312345678"],
        extra={
            "right": ["Verkauft über MarktHalle", "Bestellnr. 302-5512874-1120"],
            "meta_style": "pairs",
        },
        title="Rechnung",
        meta=[
            ("Rechnungsnummer", "HS-R-2025-1187"),
            ("Rechnungsdatum", "12.06.2025"),
            ("Lieferdatum", "10.06.2025"),
        ],
        billto=["Rechnungsadresse", "Sabine Krüger", "Lindenallee 17", "28203 Bremen"],
        cols=DE_COLS,
        totals=[("Zwischensumme netto", "net"), ("USt. 19 %", "vat"), ("Gesamtbetrag", "total")],
        numfmt="de",
        font="Sans",
        footer=[
            "Bereits bezahlt über MarktHalle Pay.",
            "Holzwerk Sommer GmbH - Amtsgericht Freiburg HRB 712345 - GF: T. Sommer",
        ],
    ),
]

ERP_INVOICES = [
    Doc(
        "i09",
        "pdf",
        "DE",
        "de_DE",
        "EUR",
        "Metallbau Krause GmbH & Co. KG",
        "RE-2025-04417",
        "2025-11-04",
        "2025-12-04",
        "invoice",
        [
            ("Edelstahlgeländer V2A, Montage", "1", "1840.00", 19),
            ("Befestigungssatz M12", "6", "18.50", 19),
            ("Fachbuch Schweißtechnik", "1", "49.00", 7),
        ],
        "excl",
        "ZUGFeRD visualisation: two VAT rates (19 % and 7 %), Kundennummer, "
        "Lieferscheinnummer and Leistungsdatum; 'Fällig am' printed.",
        head=[
            "Metallbau Krause GmbH & Co. KG",
            "Industriestraße 14 · 33602 Bielefeld",
            "USt-IdNr. DE811234567 · St.-Nr. 349/5712/0815",
        ],
        title="Rechnung",
        extra={"meta_style": "pairs", "right": ["ZUGFeRD 2.3 · EN 16931"]},
        meta=[
            ("Rechnungsnummer", "RE-2025-04417"),
            ("Rechnungsdatum", "04.11.2025"),
            ("Kundennummer", "10442"),
            ("Lieferschein-Nr.", "LS-2025-3381"),
            ("Leistungsdatum", "28.10.2025"),
            ("Fällig am", "04.12.2025"),
        ],
        billto=["Wohnbau Ostwestfalen eG", "Herr Brinkmann", "Am Bahnhof 2", "33330 Gütersloh"],
        cols=DE_COLS,
        totals=[
            ("Summe netto", "net"),
            ("USt 19 % auf", "base:19"),
            ("USt 19 %", "rate:19"),
            ("USt 7 % auf", "base:7"),
            ("USt 7 %", "rate:7"),
            ("Gesamtbetrag EUR", "total"),
        ],
        numfmt="de",
        font="Helvetica",
        footer=[
            "Zahlungsbedingungen: 30 Tage netto, 2 % Skonto bei Zahlung innerhalb 10 Tagen.",
            "Sparkasse Bielefeld · IBAN DE12 4805 0161 0000 1234 56 · BIC SPBIDE3BXXX",
            "Sitz Bielefeld · AG Bielefeld HRA 15523 · phG: Krause Verwaltungs GmbH",
        ],
    ),
    Doc(
        "i10",
        "pdf",
        "DE",
        "de_DE",
        "EUR",
        "IT-Service Lange",
        "2025-0318",
        "2025-09-30",
        None,
        "invoice",
        [
            ("Wartungspauschale Q3/2025", "1", "450.00", 19),
            ("Vor-Ort-Einsatz (Std.)", "3.5", "85.00", 19),
        ],
        "excl",
        "XRechnung viewer style: BT- labels in the meta block, Leitweg-ID and "
        "Käuferreferenz near the number; payment terms text only (no due date).",
        head=[
            "IT-Service Lange",
            "Inh. Dirk Lange · Bahnhofstr. 9 · 04109 Leipzig",
            "USt-IdNr. DE298112233",
        ],
        title="XRechnung - Rechnung",
        extra={"meta_style": "pairs", "title_first": True},
        meta=[
            ("Rechnungsnummer (BT-1)", "2025-0318"),
            ("Rechnungsdatum (BT-2)", "30.09.2025"),
            ("Käuferreferenz (BT-10)", "04-2025-771"),
            ("Leitweg-ID", "14-0101-88"),
            ("Zahlungsbedingungen", "14 Tage ohne Abzug"),
        ],
        billto=[
            "Käufer",
            "Stadt Leipzig - Amt für Schule",
            "Friedrich-Ebert-Str. 19a",
            "04109 Leipzig",
        ],
        cols=DE_COLS,
        totals=[
            ("Summe Positionen netto (BT-106)", "net"),
            ("Umsatzsteuer (BT-110)", "vat"),
            ("Gesamtbetrag brutto (BT-112)", "total"),
            ("Fälliger Betrag (BT-115)", "total"),
        ],
        numfmt="de",
        font="Cond",
    ),
    Doc(
        "i11",
        "pdf",
        "DE",
        "de_DE",
        "EUR",
        "Bürobedarf Weber GmbH",
        "GS-2025-0071",
        "2025-07-21",
        None,
        "credit_note",
        [
            ("Rücksendung Druckerpapier A4 (Karton)", "2", "24.90", 19),
            ("Gutschrift Toner schwarz defekt", "1", "62.00", 19),
        ],
        "excl",
        "DATEV-like Gutschrift printed with negative amounts; refers to original invoice "
        "RE-2025-1190 (not the number).",
        head=["Bürobedarf Weber GmbH", "Kanalstraße 40 · 90429 Nürnberg", "USt-IdNr. DE267788990"],
        title="Gutschrift",
        extra={"meta_style": "below"},
        meta=[
            ("Gutschrift-Nr.", "GS-2025-0071"),
            ("Datum", "21.07.2025"),
            ("zu Rechnung", "RE-2025-1190"),
            ("Kunden-Nr.", "D-20118"),
        ],
        billto=["Steuerkanzlei Hofmann", "Königstraße 3", "90402 Nürnberg"],
        cols=DE_COLS,
        totals=[("Summe netto", "net"), ("USt 19 %", "vat"), ("Gutschriftsbetrag", "total")],
        numfmt="de",
        font="Sans",
        sign=-1,
        footer=[
            "Der Betrag wird mit Ihrer nächsten Rechnung verrechnet.",
            "Bürobedarf Weber GmbH · AG Nürnberg HRB 31221 · GF Anna Weber",
        ],
    ),
    Doc(
        "i12",
        "pdf",
        "FR",
        "fr_FR",
        "EUR",
        "Boulangeries Réunies de Bretagne",
        "FA2025-11-0392",
        "2025-11-07",
        "2025-12-07",
        "invoice",
        [
            ("Farine T65 sac 25 kg", "8", "21.40", "5.5"),
            ("Levure fraîche 500 g", "10", "2.15", "5.5"),
            ("Sacs kraft imprimés (x1000)", "2", "38.00", 20),
        ],
        "excl",
        "Factur-X visualisation with TVA 5,5 % and 20 %; Total HT / TVA / Total TTC; "
        "'Date d'échéance' printed; bon de livraison no. near the number.",
        head=[
            "Boulangeries Réunies de Bretagne",
            "ZA de Kerlann, 35170 Bruz",
            "SIREN 482 112 334 · TVA FR05482112334",
        ],
        title="FACTURE",
        extra={"meta_style": "pairs", "right": ["Factur-X EN 16931"]},
        meta=[
            ("Facture n°", "FA2025-11-0392"),
            ("Date de facture", "07/11/2025"),
            ("Bon de livraison", "BL-88120"),
            ("Code client", "C0457"),
            ("Date d'échéance", "07/12/2025"),
        ],
        billto=["Boulangerie Le Fournil", "12 rue de Saint-Malo", "35000 Rennes"],
        cols=FR_COLS,
        totals=[
            ("Total HT", "net"),
            ("TVA 5,5 %", "rate:5.5"),
            ("TVA 20 %", "rate:20"),
            ("Total TTC", "total"),
            ("Net à payer", "total"),
        ],
        numfmt="fr",
        font="Helvetica",
        footer=[
            "Règlement par virement : IBAN FR76 1558 9351 0000 1234 5678 912",
            "Escompte pour paiement anticipé : néant. SAS au capital de 50 000 €.",
        ],
    ),
    Doc(
        "i13",
        "scan",
        "FR",
        "fr_FR",
        "EUR",
        "Garage Lemoine & Fils",
        "00002871",
        "2025-02-26",
        None,
        "invoice",
        [
            ("Révision 60 000 km", "1", "189.00", 20),
            ("Filtre à huile", "1", "14.50", 20),
            ("Huile 5W30 (L)", "4.5", "11.20", 20),
        ],
        "excl",
        "Sage-like facture, scanned; OR (ordre de réparation) no. and immatriculation "
        "near the number; règlement à réception.",
        head=[
            "Garage Lemoine & Fils",
            "45 avenue Jean Jaurès, 21000 Dijon",
            "SARL · RCS Dijon 399 812 004 · TVA FR44399812004",
        ],
        title="FACTURE N° 00002871",
        extra={"meta_style": "below"},
        meta=[
            ("Date", "26/02/2025"),
            ("OR n°", "OR-5531"),
            ("Immat.", "GH-412-KL"),
            ("Client", "411LEF"),
        ],
        billto=["M. Lefèvre Paul", "8 rue Monge", "21000 Dijon"],
        cols=FR_COLS,
        totals=[("Total HT", "net"), ("TVA 20,00 %", "vat"), ("Total TTC", "total")],
        numfmt="fr",
        font="Times-Roman",
        footer=["Règlement à réception de facture."],
        fade=0.75,
        crumple=6,
    ),
    Doc(
        "i14",
        "pdf",
        "FR",
        "fr_FR",
        "EUR",
        "Papeterie Centrale SARL",
        "AV-2025-0044",
        "2025-10-14",
        None,
        "credit_note",
        [
            ("Retour classeurs A4 dos 8 cm", "12", "3.90", 20),
            ("Remise commerciale facture FA-2025-1877", "1", "25.00", 20),
        ],
        "excl",
        "Avoir (credit note) with negative amounts; refers to invoice FA-2025-1877.",
        head=["Papeterie Centrale SARL", "2 rue des Halles, 37000 Tours", "TVA FR61512998877"],
        title="AVOIR",
        extra={"meta_style": "pairs"},
        meta=[
            ("Avoir n°", "AV-2025-0044"),
            ("Date", "14/10/2025"),
            ("Facture d'origine", "FA-2025-1877"),
        ],
        billto=["Lycée Descartes", "Service intendance", "10 rue des Minimes", "37000 Tours"],
        cols=FR_COLS,
        totals=[("Total HT", "net"), ("TVA 20 %", "vat"), ("Total TTC de l'avoir", "total")],
        numfmt="fr",
        font="Serif",
        sign=-1,
        footer=["Cet avoir sera déduit de votre prochain règlement."],
    ),
    Doc(
        "i15",
        "pdf",
        "DE",
        "de_DE",
        "EUR",
        "Tischlerei Brandt",
        "R-25-0912",
        "2025-08-18",
        None,
        "invoice",
        [
            ("Einbauschrank Flur nach Aufmaß", "1", "3200.00", 19),
            ("Montage (Std.)", "6", "58.00", 19),
        ],
        "excl",
        "Schlussrechnung with an Anzahlung deducted after the Gesamtbetrag: total is the "
        "full gross, the remaining Zahlbetrag is lower.",
        head=[
            "Tischlerei Brandt",
            "Meisterbetrieb · Dorfstraße 5 · 24536 Neumünster",
            "St.-Nr. 20/123/45678",
        ],
        title="Schlussrechnung",
        extra={"meta_style": "inline", "deposit": "1500.00"},
        meta=[
            ("Rechnungs-Nr.", "R-25-0912"),
            ("Datum", "18.08.2025"),
            ("Auftrag", "A-25-114"),
            ("Kunden-Nr.", "3381"),
        ],
        billto=["Familie Petersen", "Holstenring 77", "24539 Neumünster"],
        cols=DE_COLS,
        totals=[
            ("Summe netto", "net"),
            ("USt 19 %", "vat"),
            ("Gesamtbetrag", "total"),
            ("abzgl. Anzahlung vom 02.06.2025", "deposit"),
            ("Zahlbetrag", "balance"),
        ],
        numfmt="de",
        font="Sans",
        footer=[
            "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
            "VR Bank Neumünster · IBAN DE44 2139 0008 0001 2345 67",
        ],
    ),
]

DOCS = MY_SG_RECEIPTS + OTHER_RECEIPTS + ONLINE_INVOICES + ERP_INVOICES


# --------------------------------------------------------------------------- output


def build(doc: Doc, outdir: Path) -> None:
    calc = compute(doc.items, doc.mode, doc.sign, doc.round_to)
    pdf_path = outdir / f"{doc.name}.pdf"
    maker = make_receipt_pdf if doc.layout == "receipt" else make_invoice_pdf
    maker(doc, calc, pdf_path)
    if doc.kind != "pdf":
        arr = render_grey(pdf_path.read_bytes())
        pdf_path.unlink()
        rng = rng_for(doc.name)
        if doc.kind == "scan":
            img = scan_effect(arr, rng, doc.fade, doc.crumple)
        else:
            img = photo_effect(arr, rng, doc.crumple)
        save_png(img, outdir / f"{doc.name}.png")
    data = truth(doc, calc)
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    (outdir / f"{doc.name}.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("outdir", nargs="?", default=str(OUT_DEFAULT))
    parser.add_argument("--only", default=None)
    args = parser.parse_args(argv)
    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    register_fonts()
    for doc in DOCS:
        if args.only and doc.name != args.only:
            continue
        build(doc, outdir)
        print(doc.name, doc.kind)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
