"""The text-layer reader on a born-digital PDF made here with reportlab."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def _ink_inside(image: Any, box: Any, pad: float = 2.0) -> int:
    """How many of the rendered page's dark pixels lie in the box (widened by ``pad``)."""
    import numpy as np

    grey = np.asarray(image.convert("L"))
    h, w = grey.shape
    x0, y0 = max(0, int(box.x0 - pad)), max(0, int(box.y0 - pad))
    x1, y1 = min(w, int(box.x1 + pad) + 1), min(h, int(box.y1 + pad) + 1)
    inside = int((grey[y0:y1, x0:x1] < 128).sum())
    return inside


#: Where a display point (x right, y down from the top, in points) lies in the user space of
#: a 460 x 650 pt crop box at (20, 30), and the angle text is drawn at to read upright, for
#: each /Rotate.
_UPRIGHT = {
    0: lambda x, y: (20 + x, 30 + 650 - y),
    90: lambda x, y: (20 + y, 30 + x),
    180: lambda x, y: (20 + 460 - x, 30 + y),
    270: lambda x, y: (20 + 460 - y, 30 + 650 - x),
}


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_boxes_sit_on_the_rendered_ink_whatever_the_rotation_and_crop_box(
    tmp_path: Path, rotation: int
) -> None:
    """A page stored turned (/Rotate, its text drawn turned the other way so that it displays
    upright, as scanners and "rotate page" tools write it) reads as it displays, and each
    line's box covers its glyphs where PDFium renders them: the crop box's corner is the
    origin."""
    import numpy as np
    import pypdfium2 as pdfium
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    path = tmp_path / "turned.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(700, 700))  # square: reportlab swaps a turned one
    pdf.setCropBox((20, 30, 480, 680))
    pdf.setPageRotation(rotation)
    pdf.setFont("DejaVu", 14)
    for x, y, text in [(60, 100, "Rechnung 2026-0173"), (250, 400, "Summe 1.234,56")]:
        pdf.saveState()
        pdf.translate(*_UPRIGHT[rotation](x, y))
        pdf.rotate(rotation)
        pdf.drawString(0, 0, text)
        pdf.restoreState()
    pdf.showPage()
    pdf.save()

    scale = 2.0
    lines = read_text_layer(path, 0, scale)
    assert [line.text for line in lines] == ["Rechnung 2026-0173", "Summe 1.234,56"]
    assert lines[0].bbox.x0 == pytest.approx(60 * scale, abs=2)
    assert lines[0].bbox.y0 < 100 * scale < lines[0].bbox.y1
    doc = pdfium.PdfDocument(path)
    image = doc[0].render(scale=scale).to_pil()
    total = int((np.asarray(image.convert("L")) < 128).sum())
    inked = sum(_ink_inside(image, line.bbox) for line in lines)
    assert total > 0 and inked == total


def test_a_crop_box_beyond_the_media_box_is_clipped_to_it(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "tall-crop.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(500, 700))
    pdf.setCropBox((0, 0, 500, 900))  # PDFium renders only the 700 pt of the media box
    pdf.setFont("Helvetica", 12)
    pdf.drawString(50, 650, "Invoice 42")
    pdf.showPage()
    pdf.save()
    (line,) = read_text_layer(path, 0, 1.0)
    assert line.text == "Invoice 42"
    assert 35 < line.bbox.y0 < 50 < line.bbox.y1 < 55


def test_accented_capitals_stay_one_word_and_gaps_make_spaces(tmp_path: Path) -> None:
    """An "Ä" reaches higher than an "A", but it is one line with its neighbours; a gap of a
    third of a font size between two runs reads as a space (PDFium infers it), a kerning gap
    inside a word does not split it, and a real space glyph stays a space."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    path = tmp_path / "gaps.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont("DejaVu", 24)
    pdf.drawString(70, 780, "KRÄMER")
    pdf.setFont("DejaVu", 10)
    width = pdfmetrics.stringWidth("Art", "DejaVu", 10)
    pdf.drawString(70, 700, "Art")
    pdf.drawString(70 + width + 3.3, 700, "(Kategorie)")  # no space glyph, a 0.33 em gap
    width = pdfmetrics.stringWidth("Steuer", "DejaVu", 10)
    pdf.drawString(70, 650, "Steuer")
    pdf.drawString(70 + width + 0.5, 650, "basisbetrag")  # a 0.05 em kerning gap
    pdf.drawString(70, 600, "+33 4 50 44 68 99")
    pdf.showPage()
    pdf.save()

    assert [line.text for line in read_text_layer(path, 0, 2.0)] == [
        "KRÄMER",
        "Art (Kategorie)",
        "Steuerbasisbetrag",
        "+33 4 50 44 68 99",
    ]


def test_words_match_pdfplumbers_on_mixed_sizes_and_forms(tmp_path: Path) -> None:
    """The words are pdfplumber's own (from pdfminer) on a page with mixed sizes, a nested
    form object and a media box that does not start at the origin; boxes agree within a point
    (PDFium's glyph widths and pdfminer's can differ slightly)."""
    import pdfplumber
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

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
        for index, page in enumerate(doc.pages):
            x_off, y_off = float(page.bbox[0]), float(page.bbox[1])
            theirs = sorted(
                (w["text"], w["x0"] - x_off, w["top"] - y_off)
                for w in page.extract_words(keep_blank_chars=False, extra_attrs=["size"])
            )
            ours = sorted(
                (w.text, w.bbox.x0, w.bbox.y0)
                for line in read_text_layer(path, index, 1.0)
                for w in line.words
            )
            assert [t for t, _, _ in ours] == [t for t, _, _ in theirs] and ours
            # pdfplumber measures from the media box, the rendered page from the crop box: one
            # shift for the whole page, and the same layout within a point.
            dx, dy = ours[0][1] - theirs[0][1], ours[0][2] - theirs[0][2]
            for (_, x, y), (_, x_ref, y_ref) in zip(ours, theirs, strict=True):
                assert x - dx == pytest.approx(x_ref, abs=1)
                assert y - dy == pytest.approx(y_ref, abs=1)
