"""Reading order on hand-made pages: two columns, a table, a slightly rotated scan."""

from __future__ import annotations

import math

import pytest

from invoice_scanner_processing.documents import BBox, OcrDocument, OcrLine, OcrPage
from invoice_scanner_processing.layout import (
    document_text,
    ordered_lines,
    page_skew,
    page_text,
    reading_order,
    row_lines,
)

CHAR = 15.0  # px per character for the hand-made boxes
HEIGHT = 30.0


def box(text: str, x: float, y: float, angle_deg: float = 0.0, origin: tuple = (0, 0)) -> OcrLine:
    """A text box at (x, y) top-left, rotated by ``angle_deg`` about ``origin`` like a scan."""
    width = CHAR * len(text)
    corners = [(x, y), (x + width, y), (x + width, y + HEIGHT), (x, y + HEIGHT)]
    a = math.radians(angle_deg)
    ox, oy = origin
    poly = [
        (
            ox + (px - ox) * math.cos(a) - (py - oy) * math.sin(a),
            oy + (px - ox) * math.sin(a) + (py - oy) * math.cos(a),
        )
        for px, py in corners
    ]
    return OcrLine(text=text, bbox=BBox.from_points(poly), polygon=poly, confidence=0.9)


def page(lines: list[OcrLine]) -> OcrPage:
    return OcrPage(page_number=1, width=1654, height=2339, source="ocr", engine="test", lines=lines)


def test_two_columns_keep_label_value_pairs_on_one_line() -> None:
    lines = [
        box("INV-2024-0042", 1260, 260),
        box("Acme Retail Ltd", 120, 262),
        box("Invoice No:", 1000, 258),
        box("Bill to:", 120, 200),
        box("Due Date:", 1000, 310),
        box("2024-04-14", 1260, 312),
        box("Storgatan 5", 120, 318),
    ]
    rows = reading_order(page(lines))
    assert [[line.text for line in row.lines] for row in rows] == [
        ["Bill to:"],
        ["Acme Retail Ltd", "Invoice No:", "INV-2024-0042"],
        ["Storgatan 5", "Due Date:", "2024-04-14"],
    ]
    text = page_text(page(lines)).splitlines()
    assert text[1].startswith("Acme Retail Ltd")
    assert text[1].split() == ["Acme", "Retail", "Ltd", "Invoice", "No:", "INV-2024-0042"]
    # Columns stay apparent: the left column and the right one are separated by a wide gap.
    assert "Ltd" + " " * 10 in text[1]


def test_table_columns_align_across_rows() -> None:
    header = [box("Description", 120, 800), box("Qty", 900, 800), box("Amount", 1380, 800)]
    row1 = [box("Paper", 120, 860), box("10", 900, 862), box("490.00", 1380, 858)]
    row2 = [box("Stapler heavy duty", 120, 920), box("1", 900, 921), box("1 195.00", 1380, 919)]
    lines = page(row2 + header[::-1] + row1)
    text = page_text(lines).splitlines()
    assert [t.split()[0] for t in text] == ["Description", "Paper", "Stapler"]
    # "Qty", "10" and "1" start in the same character column; so do the amounts.
    assert text[0].index("Qty") == text[1].index("10") == text[2].index("1 ")
    assert text[0].index("Amount") == text[1].index("490.00") == text[2].index("1 195.00")
    merged = row_lines(lines)
    assert len(merged) == 3
    assert merged[1].bbox == BBox(x0=120, y0=858, x1=1380 + 6 * CHAR, y1=862 + HEIGHT)
    assert [w.text for w in merged[1].words] == ["Paper", "10", "490.00"]
    assert merged[1].confidence == pytest.approx(0.9)


@pytest.mark.parametrize("angle", [1.5, -2.0])
def test_rotated_scan_keeps_rows(angle: float) -> None:
    # Row pitch 48 px, each row spanning 1400 px: at 1.5 degrees the right end drifts ~37 px,
    # more than half a row, so only de-skewing keeps the rows apart.
    rows_in = [
        [("Invoice Date:", 120), ("2024-03-15", 600), ("Subtotal:", 1000), ("2 630.50", 1380)],
        [("Due Date:", 120), ("2024-04-14", 600), ("VAT 25%:", 1000), ("657.63", 1380)],
        [("Order No:", 120), ("PO-77812", 600), ("Total SEK:", 1000), ("3 288.13", 1380)],
    ]
    lines = [
        box(text, x, 1000 + 48 * r, angle, origin=(827, 1170))
        for r, row in enumerate(rows_in)
        for text, x in row
    ]
    pg = page(lines[::-1])
    assert math.degrees(page_skew(pg)) == pytest.approx(angle, abs=0.05)
    got = [[line.text for line in row.lines] for row in reading_order(pg)]
    assert got == [[text for text, _ in row] for row in rows_in]


def test_ordered_lines_and_document_text() -> None:
    lines = [box("second", 120, 400), box("first", 120, 100)]
    pg = page(lines)
    assert [line.text for line in ordered_lines(pg)] == ["first", "second"]
    doc = OcrDocument(pages=[pg, pg.model_copy(update={"page_number": 2})], engine="test")
    assert document_text(doc) == "first\nsecond\n\f\nfirst\nsecond"
    assert reading_order(page([])) == []
