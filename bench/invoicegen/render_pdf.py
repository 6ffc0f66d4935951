"""Render a drawn invoice as a born-digital PDF with reportlab.

Fonts are TrueType and embedded (DejaVu from the system, else the Bitstream Vera fonts that ship
inside the reportlab wheel), so €, å, ä, ö, é and ß render and land in the text layer. The
canvas is ``invariant`` so the same invoice gives byte-identical PDF output.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import reportlab
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from bench.invoicegen.locales import LOCALES, money
from bench.invoicegen.model import Invoice

_DEJAVU_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
)
_VERA_DIR = Path(reportlab.__file__).parent / "fonts"
_FONT_FILES = {
    "sans": ("DejaVuSans.ttf", "Vera.ttf"),
    "sans-bold": ("DejaVuSans-Bold.ttf", "VeraBd.ttf"),
    "serif": ("DejaVuSerif.ttf", "Vera.ttf"),
    "serif-bold": ("DejaVuSerif-Bold.ttf", "VeraBd.ttf"),
    "mono": ("DejaVuSansMono.ttf", "Vera.ttf"),
    "mono-bold": ("DejaVuSansMono-Bold.ttf", "VeraBd.ttf"),
}
_registered: dict[str, str] = {}


class FontError(RuntimeError):
    """No usable TrueType font was found."""


def font_paths() -> dict[str, Path]:
    """The TrueType file used for each font role: DejaVu where installed, else Vera."""
    out: dict[str, Path] = {}
    for role, (dejavu, vera) in _FONT_FILES.items():
        found = next((d / dejavu for d in _DEJAVU_DIRS if (d / dejavu).is_file()), None)
        path = found or _VERA_DIR / vera
        if not path.is_file():
            raise FontError(f"no font for {role}: neither {dejavu} nor {path}")
        out[role] = path
    return out


def _fonts() -> dict[str, str]:
    if not _registered:
        for role, path in font_paths().items():
            name = f"IG-{role}"
            pdfmetrics.registerFont(TTFont(name, str(path)))
            _registered[role] = name
    return _registered


@dataclass
class _Row:
    label: str
    value: str
    bold: bool = False


class _Renderer:
    """Draws one invoice; ``total_pages`` is known on the second pass only."""

    def __init__(self, inv: Invoice, total_pages: int | None) -> None:
        self.inv = inv
        self.spec = LOCALES[inv.locale]
        self.style = inv.style
        self.total_pages = total_pages
        self.fonts = _fonts()
        family = inv.style.font
        self.regular = self.fonts["mono" if inv.layout == "receipt" else family]
        self.bold = self.fonts[("mono" if inv.layout == "receipt" else family) + "-bold"]
        self.buffer = io.BytesIO()
        if inv.layout == "receipt":
            self.width = 226.77  # 80 mm till roll
            self.height = self._receipt_height()
        else:
            self.width, self.height = letter if self.spec.page_size == "LETTER" else A4
        self.margin = 14.0 if inv.layout == "receipt" else 48.0
        self.c = Canvas(self.buffer, pagesize=(self.width, self.height), invariant=1)
        self.c.setTitle(f"{self.title} {inv.invoice_number}")
        self.c.setAuthor(inv.vendor.name)
        self.page = 1
        self.footer_height = 62.0 if inv.layout == "footer_vendor" else 40.0
        #: Every string drawn: (page, text, x, baseline y, size, font, align), for the boxes.
        self.drawn: list[tuple[int, str, float, float, float, str, str]] = []

    # -- small helpers -------------------------------------------------------------------
    def label(self, key: str) -> str:
        text = self.style.labels[key]
        return f"{text}:" if self.style.label_colon else text

    @property
    def title(self) -> str:
        if self.inv.layout == "receipt":
            return self.style.labels["receipt"]
        key = "credit_note" if self.inv.document_type == "credit_note" else "invoice"
        return self.style.labels[key]

    @property
    def number_label(self) -> str:
        key = "credit_number" if self.inv.document_type == "credit_note" else "invoice_number"
        return self.label(key)

    def money(self, value: Decimal) -> str:
        return money(self.spec, value, self.inv.currency, self.style.currency_mode)

    def date(self, value: object) -> str:
        return self.inv.style_date(value)  # type: ignore[arg-type]

    def percent(self, value: Decimal) -> str:
        sep = "" if self.spec.code.startswith("en") else " "
        return f"{self.spec.rate(value)}{sep}%"

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 9,
        bold: bool = False,
        align: str = "left",
        color: tuple[float, float, float] = (0, 0, 0),
    ) -> None:
        self.c.setFillColorRGB(*color)
        self.c.setFont(self.bold if bold else self.regular, size)
        self.drawn.append((self.page, s, x, y, size, self.bold if bold else self.regular, align))
        if align == "right":
            self.c.drawRightString(x, y, s)
        elif align == "center":
            self.c.drawCentredString(x, y, s)
        else:
            self.c.drawString(x, y, s)
        self.c.setFillColorRGB(0, 0, 0)

    def meta_pairs(self) -> list[tuple[str, str]]:
        inv = self.inv
        pairs = [
            (self.number_label, inv.invoice_number),
            (self.label("invoice_date"), self.date(inv.invoice_date)),
        ]
        if inv.due_date:
            pairs.append((self.label("due_date"), self.date(inv.due_date)))
        if inv.customer_number:
            pairs.append((self.label("customer_number"), inv.customer_number))
        if inv.purchase_order:
            pairs.append((self.label("po"), inv.purchase_order))
        return pairs

    def vendor_lines(self) -> list[str]:
        v = self.inv.vendor
        lines = [v.street, v.city_line]
        if v.phone:
            lines.append(f"{self.style.labels['phone']} {v.phone}")
        if v.email:
            lines.append(v.email)
        if v.vat_id:
            lines.append(f"{self.label('vat_id')} {v.vat_id}")
        return lines

    def customer_block(self, x: float, y: float) -> float:
        cust = self.inv.customer
        if cust is None:
            return y
        self.text(x, y, self.label("customer"), 8, bold=True, color=self.style.accent)
        y -= 13
        for i, line in enumerate((cust.name, cust.street, cust.city_line)):
            self.text(x, y, line, 10 if i == 0 else 9, bold=i == 0)
            y -= 12
        return y

    def footer(self) -> None:
        inv, c = self.inv, self.c
        y = self.margin - 14
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setLineWidth(0.5)
        rule_y = y + self.footer_height - 18
        c.line(self.margin, rule_y, self.width - self.margin, rule_y)
        if inv.layout == "footer_vendor":
            v = inv.vendor
            cols = [
                [v.name, v.street, v.city_line],
                [
                    f"{self.style.labels['phone']} {v.phone}",
                    v.email or "",
                    f"{self.label('vat_id')} {v.vat_id}",
                ],
                [f"IBAN {inv.iban}", f"BIC {inv.bic}"] if inv.iban else [],
            ]
            col_w = (self.width - 2 * self.margin) / 3
            for i, col in enumerate(cols):
                yy = y + self.footer_height - 30
                for j, line in enumerate(col):
                    self.text(self.margin + i * col_w, yy, line, 7.5, bold=(i == 0 and j == 0))
                    yy -= 10
        else:
            parts = [inv.vendor.name, inv.vendor.address]
            if inv.vendor.vat_id:
                parts.append(f"{self.label('vat_id')} {inv.vendor.vat_id}")
            self.text(self.margin, y + 10, " · ".join(parts), 7)
            if inv.iban:
                bank = f"IBAN {inv.iban} · {self.style.labels['bic']} {inv.bic}"
                self.text(self.margin, y, bank, 7)
        if self.total_pages is None or self.total_pages > 1 or inv.layout == "meta_table":
            total = self.total_pages or 9
            page = f"{self.style.labels['page']} {self.page} {self.style.labels['of']} {total}"
            self.text(self.width - self.margin, y, page, 7, align="right")

    def new_page(self) -> float:
        self.text(
            self.width - self.margin,
            self.margin + self.footer_height - 8,
            self.style.labels["continued"],
            7.5,
            align="right",
            color=(0.4, 0.4, 0.4),
        )
        self.footer()
        self.c.showPage()
        self.page += 1
        y = self.height - self.margin
        head = f"{self.title} {self.inv.invoice_number}"
        self.text(self.margin, y, head, 10, bold=True)
        if self.inv.layout != "footer_vendor":
            self.text(self.width - self.margin, y, self.inv.vendor.name, 9, align="right")
        return y - 30

    # -- items and totals ----------------------------------------------------------------
    def items_table(self, y: float) -> float:
        inv, st = self.inv, self.style
        left, right = self.margin, self.width - self.margin
        width = right - left
        pitch = 22.0 if inv.layout == "multipage" else 14.0
        pos_w = 0.06 * width if st.position_numbers else 0.0
        x_desc = left + pos_w + 4
        x_qty = left + 0.62 * width
        x_unit = left + 0.80 * width
        x_amount = right - 4
        desc_w = x_qty - 0.08 * width - x_desc
        bottom = self.margin + self.footer_height + 10

        def header(y: float) -> float:
            self.c.setFillColorRGB(*st.accent)
            self.c.rect(left, y - 5, width, 17, stroke=0, fill=1)
            white = (1.0, 1.0, 1.0)
            if st.position_numbers:
                self.text(left + 4, y, "#", 8.5, bold=True, color=white)
            self.text(x_desc, y, st.labels["description"], 8.5, bold=True, color=white)
            for x, key in ((x_qty, "quantity"), (x_unit, "unit_price"), (x_amount, "line_amount")):
                self.text(x, y, st.labels[key], 8.5, bold=True, color=white, align="right")
            return y - 18

        y = header(y)
        for i, line in enumerate(inv.lines, start=1):
            wrapped = simpleSplit(line.description, self.regular, 9, desc_w)
            row_h = max(pitch, 11.0 * len(wrapped) + 3)
            if y - row_h < bottom:
                y = header(self.new_page())
            if inv.layout == "multipage" and i % 2 == 0:
                self.c.setFillColorRGB(0.94, 0.94, 0.94)
                self.c.rect(left, y - row_h + 9, width, row_h, stroke=0, fill=1)
            if st.position_numbers:
                self.text(left + 4, y, str(i), 9)
            for j, part in enumerate(wrapped):
                self.text(x_desc, y - 11 * j, part, 9)
            self.text(x_qty, y, self.spec.quantity(line.quantity), 9, align="right")
            self.text(x_unit, y, self.spec.number(line.unit_price), 9, align="right")
            self.text(x_amount, y, self.spec.number(line.amount), 9, align="right")
            y -= row_h
        self.c.setStrokeColorRGB(*st.accent)
        self.c.line(left, y + 6, right, y + 6)
        return y - 10

    def total_rows(self) -> list[_Row]:
        inv, labels = self.inv, self.style.labels
        rows: list[_Row] = []
        net_label = labels["net"]
        if inv.discount or inv.shipping:
            rows.append(_Row(self.label("subtotal"), self.money(inv.subtotal)))
            if net_label == labels["subtotal"]:
                net_label = next(n for n in self.spec.labels["net"] if n != labels["subtotal"])
            if inv.discount:
                pct = self.percent(inv.discount_percent) if inv.discount_percent else ""
                rows.append(_Row(f"{labels['discount']} {pct}".strip(), self.money(-inv.discount)))
            if inv.shipping:
                rows.append(_Row(self.label("shipping"), self.money(inv.shipping)))
        net_text = f"{net_label}:" if self.style.label_colon else net_label
        rows.append(_Row(net_text, self.money(inv.amount)))
        rows.append(_Row(f"{labels['vat']} {self.percent(inv.vat_rate)}", self.money(inv.vat)))
        rows.append(_Row(self.label("total"), self.money(inv.total), bold=True))
        return rows

    def totals(self, y: float) -> float:
        rows = self.total_rows()
        needed = 16 * len(rows) + 60
        if y - needed < self.margin + self.footer_height:
            y = self.new_page()
        x_label = self.width - self.margin - 200
        x_value = self.width - self.margin - 4
        for row in rows:
            if row.bold:
                self.c.setStrokeColorRGB(0, 0, 0)
                self.c.line(x_label, y + 11, x_value + 4, y + 11)
                y -= 3
            self.text(x_label, y, row.label, 10.5 if row.bold else 9, bold=row.bold)
            self.text(x_value, y, row.value, 10.5 if row.bold else 9, bold=row.bold, align="right")
            y -= 16
        y -= 8
        inv = self.inv
        notes = []
        if inv.vat_rate == 0:
            notes.append(self.style.labels["reverse_charge"])
        if inv.payment_terms_days:
            notes.append(self.style.labels["terms"].format(days=inv.payment_terms_days))
        notes.append(self.style.labels["thanks"])
        for note in notes:
            self.text(self.margin, y, note, 8.5)
            y -= 12
        return y

    # -- page-one headers, one per layout ------------------------------------------------
    def header_classic(self) -> float:
        inv, m, st = self.inv, self.margin, self.style
        top = self.height - m
        self.text(m, top, inv.vendor.name, 14, bold=True, color=st.accent)
        y = top - 16
        for line in self.vendor_lines():
            self.text(m, y, line, 8.5)
            y -= 11
        right = self.width - m
        self.text(right, top - 4, self.title, 20, bold=True, align="right", color=st.accent)
        yy = top - 30
        for label, value in self.meta_pairs():
            self.text(right - 110, yy, label, 8.5, align="right", color=(0.35, 0.35, 0.35))
            self.text(right, yy, value, 9, bold=True, align="right")
            yy -= 13
        y = min(y, yy) - 20
        y = self.customer_block(m, y)
        return y - 24

    def header_right(self) -> float:
        inv, m, st = self.inv, self.margin, self.style
        self.c.setFillColorRGB(*st.accent)
        self.c.rect(0, self.height - 18, self.width, 18, stroke=0, fill=1)
        top = self.height - m - 4
        right = self.width - m
        self.text(right, top, inv.vendor.name, 13, bold=True, align="right")
        y = top - 15
        for line in self.vendor_lines():
            self.text(right, y, line, 8.5, align="right")
            y -= 11
        self.text(m, top - 6, self.title.upper(), 24, bold=True, color=st.accent)
        yy = top - 34
        for label, value in self.meta_pairs():
            sep = " " if st.label_colon else ": "
            self.text(m, yy, f"{label}{sep}{value}", 9)
            yy -= 12
        y = min(y, yy) - 22
        y = self.customer_block(m, y)
        return y - 24

    def header_meta_table(self) -> float:
        inv, m = self.inv, self.margin
        top = self.height - m
        self.text(m, top, inv.vendor.name, 12, bold=True)
        v = inv.vendor
        self.text(m, top - 13, f"{v.street} · {v.city_line}", 8.5)
        if v.vat_id:
            self.text(m, top - 24, f"{self.label('vat_id')} {v.vat_id}", 8.5)
        self.text(self.width / 2, top - 60, self.title, 18, bold=True, align="center")
        pairs = self.meta_pairs()
        left, width = m, self.width - 2 * m
        col = width / len(pairs)
        y = top - 90
        self.c.setFillColorRGB(0.9, 0.9, 0.9)
        self.c.rect(left, y - 4, width, 16, stroke=0, fill=1)
        self.c.setStrokeColorRGB(0.3, 0.3, 0.3)
        self.c.rect(left, y - 22, width, 34, stroke=1, fill=0)
        for i, (label, value) in enumerate(pairs):
            x = left + i * col
            if i:
                self.c.line(x, y - 22, x, y + 12)
            self.text(x + 5, y, label.rstrip(":"), 8, bold=True)
            self.text(x + 5, y - 16, value, 9)
        y -= 50
        y = self.customer_block(m, y)
        return y - 24

    def header_footer_vendor(self) -> float:
        inv, m, st = self.inv, self.margin, self.style
        top = self.height - m
        initials = "".join(w[0] for w in inv.vendor.name.split()[:2] if w[0].isalpha()).upper()
        self.c.setFillColorRGB(*st.accent)
        self.c.roundRect(m, top - 44, 56, 50, 8, stroke=0, fill=1)
        self.text(m + 28, top - 26, initials or "•", 20, bold=True, align="center", color=(1, 1, 1))
        right = self.width - m
        self.text(right, top - 6, self.title, 22, bold=True, align="right")
        yy = top - 32
        for label, value in self.meta_pairs():
            self.text(right - 120, yy, label, 8.5, align="right")
            self.text(right, yy, value, 9, align="right")
            yy -= 12
        y = min(top - 70, yy) - 20
        y = self.customer_block(m, y)
        return y - 24

    # -- receipt -------------------------------------------------------------------------
    def _receipt_height(self) -> float:
        wrapped = sum(1 + (len(line.description) > 30) for line in self.inv.lines)
        return 270.0 + 22.0 * wrapped

    def receipt(self) -> None:
        inv, st = self.inv, self.style
        mid, m = self.width / 2, self.margin
        right = self.width - m
        y = self.height - 24
        self.text(mid, y, inv.vendor.name, 10, bold=True, align="center")
        y -= 12
        phone = f"{st.labels['phone']} {inv.vendor.phone}"
        for address_line in (inv.vendor.street, inv.vendor.city_line, phone):
            self.text(mid, y, address_line, 7.5, align="center")
            y -= 10
        if inv.vendor.vat_id:
            self.text(mid, y, f"{self.label('vat_id')} {inv.vendor.vat_id}", 7.5, align="center")
            y -= 10
        y -= 8
        self.text(mid, y, self.title, 11, bold=True, align="center")
        y -= 16
        for label, value in self.meta_pairs():
            self.text(m, y, label, 7.5)
            self.text(right, y, value, 7.5, align="right")
            y -= 10
        dash = "-" * 40
        self.text(mid, y, dash, 7.5, align="center")
        y -= 12
        for line in inv.lines:
            for part in simpleSplit(line.description, self.regular, 8, self.width - 2 * m):
                self.text(m, y, part, 8)
                y -= 10
            qty = f"  {self.spec.quantity(line.quantity)} x {self.spec.number(line.unit_price)}"
            self.text(m, y, qty, 7.5)
            self.text(right, y, self.spec.number(line.amount), 8, align="right")
            y -= 12
        self.text(mid, y, dash, 7.5, align="center")
        y -= 12
        for row in self.total_rows():
            size = 10 if row.bold else 8
            self.text(m, y, row.label, size, bold=row.bold)
            self.text(right, y, row.value, size, bold=row.bold, align="right")
            y -= 14 if row.bold else 11
        y -= 10
        self.text(mid, y, st.labels["thanks"], 7.5, align="center")

    # -- driver --------------------------------------------------------------------------
    def render(self) -> tuple[bytes, int]:
        layout = self.inv.layout
        if layout == "receipt":
            self.receipt()
        else:
            header = {
                "classic": self.header_classic,
                "multipage": self.header_classic,
                "right_header": self.header_right,
                "meta_table": self.header_meta_table,
                "footer_vendor": self.header_footer_vendor,
            }[layout]
            y = header()
            y = self.items_table(y)
            self.totals(y)
            self.footer()
        self.c.showPage()
        self.c.save()
        return self.buffer.getvalue(), self.page


def render_pdf(inv: Invoice) -> tuple[bytes, int]:
    """The invoice as PDF bytes and its page count (see :func:`render_pdf_boxes`)."""
    data, pages, _ = render_pdf_boxes(inv)
    return data, pages


#: Values whose drawn boxes go into the truth: the field and how the invoice prints it.
BOXED_FIELDS = ("invoice_number", "invoice_date", "total")


def render_pdf_boxes(inv: Invoice) -> tuple[bytes, int, dict[str, dict[str, Any]]]:
    """The invoice as PDF bytes and its page count.

    Rendered twice: the first pass counts pages so the second can print "page n of N".
    """
    _, pages = _Renderer(inv, None).render()
    renderer = _Renderer(inv, pages)
    data, final_pages = renderer.render()
    assert final_pages == pages, "pagination must not depend on the page count"
    printed = {
        "invoice_number": inv.invoice_number,
        "invoice_date": inv.style_date(inv.invoice_date),
        "total": renderer.money(inv.total),
    }
    boxes = {}
    for name, text in printed.items():
        box = _drawn_box(renderer, text, last=name == "total")
        if box is not None:
            boxes[name] = box
    return data, pages, boxes


def _drawn_box(renderer: _Renderer, value: str, *, last: bool) -> dict[str, Any] | None:
    """Page and normalised top-left box (x0, y0, x1, y1) of the first (or last) drawing of
    ``value``, alone or inside a longer string; glyph height from the font's ascent/descent."""
    found = [d for d in renderer.drawn if value in d[1]]
    if not found:
        return None
    page, s, x, y, size, font, align = found[-1] if last else found[0]
    full = pdfmetrics.stringWidth(s, font, size)
    start = {"left": x, "right": x - full, "center": x - full / 2}[align]
    x0 = start + pdfmetrics.stringWidth(s[: s.index(value)], font, size)
    x1 = x0 + pdfmetrics.stringWidth(value, font, size)
    face = pdfmetrics.getFont(font).face
    top = y + size * face.ascent / 1000
    bottom = y + size * face.descent / 1000
    w, h = renderer.width, renderer.height
    bbox = [x0 / w, (h - top) / h, x1 / w, (h - bottom) / h]
    return {"page": page, "bbox": [round(v, 5) for v in bbox], "page_size_pt": [w, h]}
