"""The text layer of a page whose boxes its page-tree parent holds (review of round 13q)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from invoice_scanner_processing.engines.ocr.textlayer import read_text_layer
from invoice_scanner_processing.stages.preprocessing import PreprocessSettings, preprocess

#: (x, y from the bottom, text) on an A4 page, Helvetica 12 pt.
_LINES = [
    (56, 812, "Rechnung Nr. 2026-0173"),
    (56, 770, "Nordlicht Moebel GmbH, Hafenstrasse 12, 20457 Hamburg"),
    (56, 700, "Bueromoebel Lieferung vom 02.03.2026"),
    (56, 650, "Nettobetrag 1.000,00 EUR"),
    (56, 630, "Umsatzsteuer 19 % 190,00 EUR"),
    (56, 610, "Gesamtbetrag 1.190,00 EUR"),
    (56, 400, "Zahlbar innerhalb von 14 Tagen ohne Abzug auf das Konto DE12 3456 7890"),
]


def _inherited_boxes_pdf(path: Path, pages_keys: bytes) -> Path:
    """One A4 page whose /MediaBox (and ``pages_keys``) only the /Pages node holds: pages
    inherit it (PDF 32000-1, 7.7.3.4), as many generators write a document of equal pages."""
    text = b"".join(
        b"BT /F1 12 Tf %d %d Td (%s) Tj ET\n" % (x, y, t.encode()) for x, y, t in _LINES
    )
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] " + pages_keys + b">>",
        b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objs) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    path.write_bytes(out.getvalue())
    return path


@pytest.mark.parametrize(
    ("pages_keys", "top", "left"),
    [(b"", 842, 0), (b"/CropBox [20 30 575 832] ", 832, 20)],
)
def test_a_media_box_inherited_from_the_page_tree_places_the_lines(
    tmp_path: Path, pages_keys: bytes, top: float, left: float
) -> None:
    """The page is A4 (and cropped) through its parent: lines sit where the rendered page
    shows them, not where a US Letter page (PDFium's fallback for a page without its own
    /MediaBox) would put them."""
    path = _inherited_boxes_pdf(tmp_path / "inherited.pdf", pages_keys)
    scale = 2.0
    lines = read_text_layer(path, 0, scale)
    assert [line.text for line in lines] == [t for _, _, t in _LINES]
    for line, (x, y, _) in zip(lines, _LINES, strict=True):
        baseline = (top - y) * scale
        assert line.bbox.y0 < baseline < line.bbox.y1 < baseline + 4 * scale
        assert line.bbox.x0 == pytest.approx((x - left) * scale, abs=2)


def test_a_page_with_an_inherited_media_box_keeps_all_its_text(tmp_path: Path) -> None:
    """None of the page's visible text is taken for hidden text (off the page, or on white
    where the rendered page has no ink) because of where its boxes were placed."""
    path = _inherited_boxes_pdf(tmp_path / "in.pdf", b"")
    manifest = preprocess(path, tmp_path / "out", settings=PreprocessSettings())
    (page,) = manifest.pages
    assert page.use_text_layer
    assert page.hidden_text_chars == 0
    assert [line.text for line in manifest.text_layer[1]] == [t for _, _, t in _LINES]
