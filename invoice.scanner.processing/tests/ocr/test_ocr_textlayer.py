"""The text-layer reader on a born-digital PDF made here with reportlab."""

from __future__ import annotations

from pathlib import Path

import pytest

from invoice_scanner_processing.engines.ocr.textlayer import TextLayerError, read_text_layer

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@pytest.fixture(scope="module")
def born_digital_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    path = tmp_path_factory.mktemp("pdf") / "invoice.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    _, height = A4
    pdf.setFont("DejaVu", 12)
    # (x, y from the top) in points
    pdf.drawString(72, height - 72, "Nordic Office Supplies AB")
    pdf.drawString(360, height - 120, "Invoice No:")
    pdf.drawString(460, height - 120, "INV-2024-0042")
    pdf.drawString(72, height - 200, "Göteborg 411 38")
    pdf.drawString(360, height - 300, "Total SEK:")
    pdf.drawString(460, height - 300, "3 288.13")
    pdf.showPage()
    pdf.showPage()  # an empty second page
    pdf.save()
    return path


def test_lines_are_exact_with_boxes_in_pixel_space(born_digital_pdf: Path) -> None:
    scale = 200 / 72
    lines = read_text_layer(born_digital_pdf, 0, scale)
    assert [line.text for line in lines] == [
        "Nordic Office Supplies AB",
        "Invoice No:",
        "INV-2024-0042",
        "Göteborg 411 38",
        "Total SEK:",
        "3 288.13",
    ]
    number = lines[2]
    assert number.bbox.x0 == pytest.approx(460 * scale, abs=1)
    # Baseline at 120 pt from the top; a 12 pt glyph box sits just above it.
    assert 105 * scale < number.bbox.y0 < 112 * scale < number.bbox.y1 < 124 * scale
    assert number.confidence == 1.0
    assert [w.text for w in lines[3].words] == ["Göteborg", "411", "38"]
    assert lines[0].bbox.x1 < lines[1].bbox.x0


def test_empty_page_and_bad_index(born_digital_pdf: Path) -> None:
    assert read_text_layer(born_digital_pdf, 1, 2.0) == []
    with pytest.raises(TextLayerError, match="no page index 5"):
        read_text_layer(born_digital_pdf, 5, 2.0)


def test_not_a_pdf(tmp_path: Path) -> None:
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF-garbage")
    with pytest.raises(TextLayerError):
        read_text_layer(bad, 0, 1.0)


def test_a_tall_word_does_not_merge_the_small_lines_beside_it() -> None:
    from invoice_scanner_processing.documents import BBox, OcrWord
    from invoice_scanner_processing.engines.ocr.textlayer import _rows

    def word(text: str, x: float, y0: float, h: float) -> OcrWord:
        return OcrWord(text=text, bbox=BBox(x0=x, y0=y0, x1=x + 60, y1=y0 + h))

    words = [
        word("Industrieweg", 500, 95, 10),
        word("8", 570, 95, 10),
        word("LOGO", 100, 88, 40),  # a big name printed beside two small address lines
        word("3012", 500, 111, 10),
        word("Rotterdam", 570, 111, 10),
    ]
    rows = [[w.text for w in row] for row in _rows(words)]
    assert [t for t in rows[0] if t != "LOGO"] == ["Industrieweg", "8"]
    assert ["3012", "Rotterdam"] in [[t for t in row if t != "LOGO"] for row in rows]
    assert len(rows) == 2


def test_lean_chars_give_pdfplumbers_own_words(tmp_path: Path) -> None:
    """``textlayer._chars`` computes only what word extraction reads; the words must be the
    ones pdfplumber's full ``page.chars`` give, here with mixed sizes, a rotated string, a
    nested form object and a page whose media box does not start at the origin."""
    import pdfplumber
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from invoice_scanner_processing.engines.ocr.textlayer import _chars

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    path = tmp_path / "mixed.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(600, 800))
    pdf.setFont("DejaVu", 22)
    pdf.drawString(40, 740, "Fjällräven Trading Ltd")
    pdf.setFont("DejaVu", 8)
    pdf.drawString(40, 720, "VAT 1234  Invoice  No. 77-A   Total  1 234,56 €")
    pdf.beginForm("stamp")
    pdf.setFont("DejaVu", 10)
    pdf.drawString(0, 0, "PAID 2026-11-30")
    pdf.endForm()
    pdf.translate(300, 300)
    pdf.doForm("stamp")
    pdf.rotate(90)
    pdf.drawString(0, 0, "sideways text")
    pdf.showPage()
    pdf.setPageSize((500, 700))
    pdf.setCropBox((20, 30, 480, 680))
    pdf.setFont("DejaVu", 12)
    pdf.drawString(60, 600, "Second page, offset box")
    pdf.showPage()
    pdf.save()
    # Move the second page's media box off the origin (same byte length: the xref holds).
    data = path.read_bytes()
    assert data.count(b"/MediaBox [ 0 0 500 700 ]") == 1
    path.write_bytes(data.replace(b"/MediaBox [ 0 0 500 700 ]", b"/MediaBox [ 9 9 509 709 ]"))

    with pdfplumber.open(path) as doc:
        assert doc.pages[1].mediabox[:2] != (0, 0)
        for page in doc.pages:
            full = page.extract_words(keep_blank_chars=False, extra_attrs=["size"])
            lean = pdfplumber.utils.extract_words(
                _chars(page), keep_blank_chars=False, extra_attrs=["size"]
            )
            assert lean == full and full
