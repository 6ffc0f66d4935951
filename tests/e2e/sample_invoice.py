"""A plain English invoice drawn with reportlab, as a born-digital PDF and as a 200 dpi PNG."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

EXPECTED = {
    "invoice_number": "INV-2024-0042",
    "invoice_date": "2024-12-21",
    "due_date": "2025-01-20",
    "vendor_name": "Northwind Office Supplies Ltd",
    "amount": 1000.00,
    "vat": 250.00,
    "total": 1250.00,
    "currency": "EUR",
}


def draw_pdf(
    path: Path,
    *,
    invoice_number: str = EXPECTED["invoice_number"],
    total: str = "1,250.00",
    iban: str = "GB29 NWBK 6016 1331 9268 19",
    currency: str = "EUR",
) -> Path:
    """The invoice; ``currency=""`` prints bare amounts (no currency anywhere on the page)."""
    c = Canvas(str(path), pagesize=A4)
    _, height = A4
    y = height - 60
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, y, "Northwind Office Supplies Ltd")
    c.setFont("Helvetica", 10)
    c.drawString(50, y - 16, "12 Harbour Street, Bristol BS1 4AB, United Kingdom")
    c.drawString(50, y - 30, "VAT No: GB 123 4567 89")
    c.setFont("Helvetica-Bold", 22)
    c.drawString(400, y, "INVOICE")
    c.setFont("Helvetica", 11)
    rows = [
        ("Invoice No:", invoice_number),
        ("Invoice Date:", "21 Dec 2024"),
        ("Due Date:", "20 Jan 2025"),
    ]
    for i, (label, value) in enumerate(rows):
        c.drawString(360, y - 40 - i * 16, label)
        c.drawString(450, y - 40 - i * 16, value)
    c.drawString(50, y - 110, "Bill to: Contoso Trading GmbH, Hauptstrasse 5, 10115 Berlin")
    y = y - 170
    c.setFont("Helvetica-Bold", 11)
    for x, text in ((50, "Description"), (300, "Qty"), (360, "Unit price"), (470, "Amount")):
        c.drawString(x, y, text)
    c.setFont("Helvetica", 11)
    items = [
        ("A4 copy paper, 500 sheets", "100", "6.00", "600.00"),
        ("Ergonomic office chair", "2", "200.00", "400.00"),
    ]
    for i, row in enumerate(items):
        for x, text in zip((50, 300, 360, 470), row, strict=True):
            c.drawString(x, y - 20 - i * 18, text)
    y = y - 90
    for i, (label, value) in enumerate(
        (("Subtotal:", "1,000.00"), ("VAT 25%:", "250.00"), ("Total:", total))
    ):
        c.setFont("Helvetica-Bold" if label == "Total:" else "Helvetica", 11)
        c.drawString(360, y - i * 18, label)
        c.drawString(450, y - i * 18, f"{currency} {value}".strip())
    c.setFont("Helvetica", 9)
    c.drawString(50, 80, f"IBAN: {iban}   BIC: NWBKGB2L")
    c.drawString(50, 66, "Payment terms: 30 days net. Thank you for your business.")
    c.save()
    return path


def draw_png(path: Path, **kw: str) -> Path:
    pdf_path = draw_pdf(path.with_suffix(".src.pdf"), **kw)
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        pdf[0].render(scale=200 / 72).to_pil().convert("RGB").save(path, format="PNG")
    finally:
        pdf.close()
    pdf_path.unlink()
    return path
