"""The extractor on real files: a PDF written with reportlab, read through its text layer, and
the same page rendered and OCR'd with RapidOCR (slow)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from rules_builders import from_image, from_pdf

from invoice_scanner_processing.extractors.rules import RuleExtractor

LINES = [
    (50, 60, 16, "Lindqvist & Berg AB"),
    (50, 80, 10, "Sveavägen 10, 113 50 Stockholm"),
    (420, 60, 16, "FAKTURA"),
    (380, 110, 10, "Fakturanummer:"),
    (480, 110, 10, "F-2024-0311"),
    (380, 126, 10, "Fakturadatum:"),
    (480, 126, 10, "2024-03-11"),
    (380, 142, 10, "Förfallodatum:"),
    (480, 142, 10, "2024-04-10"),
    (50, 170, 10, "Kund"),
    (50, 184, 10, "Byggbolaget Norr AB"),
    (50, 260, 10, "Beskrivning"),
    (300, 260, 10, "Antal"),
    (380, 260, 10, "À-pris"),
    (480, 260, 10, "Belopp"),
    (50, 278, 10, "Konsulttimmar"),
    (300, 278, 10, "8"),
    (380, 278, 10, "950,00"),
    (480, 278, 10, "7 600,00"),
    (50, 294, 10, "Resekostnad"),
    (300, 294, 10, "1"),
    (380, 294, 10, "400,00"),
    (480, 294, 10, "400,00"),
    (380, 340, 10, "Summa exkl. moms"),
    (480, 340, 10, "8 000,00 kr"),
    (380, 356, 10, "Moms 25 %"),
    (480, 356, 10, "2 000,00 kr"),
    (380, 372, 10, "Att betala"),
    (480, 372, 10, "10 000,00 kr"),
    (50, 800, 8, "Momsreg.nr SE556012345601 · Bankgiro 123-4567"),
]


@pytest.fixture
def invoice_pdf(tmp_path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    path = tmp_path / "invoice.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    font = "Helvetica"
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if dejavu.exists():
        pdfmetrics.registerFont(TTFont("DejaVu", str(dejavu)))
        font = "DejaVu"
    height = A4[1]
    for x, y, size, text in LINES:
        pdf.setFont(font, size)
        pdf.drawString(x, height - y, text)
    pdf.save()
    return path


def _check(prediction_fields: object) -> None:
    f = prediction_fields
    assert f.invoice_number == "F-2024-0311"  # type: ignore[attr-defined]
    assert f.invoice_date == date(2024, 3, 11)  # type: ignore[attr-defined]
    assert f.due_date == date(2024, 4, 10)  # type: ignore[attr-defined]
    assert f.vendor_name == "Lindqvist & Berg AB"  # type: ignore[attr-defined]
    assert f.total == Decimal("10000.00")  # type: ignore[attr-defined]
    assert f.vat == Decimal("2000.00")  # type: ignore[attr-defined]
    assert f.amount == Decimal("8000.00")  # type: ignore[attr-defined]
    assert f.currency == "SEK"  # type: ignore[attr-defined]


def test_text_layer_pdf(invoice_pdf: Path) -> None:
    prediction = RuleExtractor().predict(from_pdf(invoice_pdf))
    _check(prediction.fields)
    assert prediction.fields.vendor_vat_id == "SE556012345601"
    assert [i.amount for i in prediction.fields.line_items] == [
        Decimal("7600.00"),
        Decimal("400.00"),
    ]
    assert prediction.confidence["total"] >= 0.9


@pytest.mark.slow
def test_ocr_of_rendered_page(invoice_pdf: Path, tmp_path: Path) -> None:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(invoice_pdf))
    image = pdf[0].render(scale=200 / 72).to_pil()
    pdf.close()
    png = tmp_path / "page.png"
    image.save(png)
    _check(RuleExtractor().predict(from_image(png)).fields)
