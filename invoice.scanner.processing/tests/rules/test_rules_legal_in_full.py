"""A sign that is only some of the legal name's words yields to the legal name, which names
the same business in full ("DRAGON PEARL" over "Restoran Dragon Pearl Sdn Bhd"); a sign that
says something the legal name does not ("Harbour Lights Bistro" over "Harbour Lights Catering
(Pty) Ltd") stays the name. Either way hand-keyed sets differ, so the name is held. Every page
here is invented."""

from __future__ import annotations

import pytest

from invoice_scanner_processing.documents import BBox, OcrDocument, OcrLine, OcrPage
from invoice_scanner_processing.extractors.rules import RuleExtractor

CHAR_W = 0.55


def _till(sign: str, legal: str) -> OcrDocument:
    """A till receipt: the sign in large type, the legal line under it, address, items."""
    lines = [
        (260, 60, sign, 70),
        (230, 150, legal, 45),
        (240, 205, "Lot 12, Jalan Merbau 4", 42),
        (240, 255, "47300 Petaling Jaya Tel 03-7781 2290", 42),
        (330, 305, "SST Reg No. W10-1808-32001234", 40),
        (60, 400, "Receipt No: 88120", 42),
        (60, 450, "Date: 14/03/2026", 42),
        (60, 560, "Teh Tarik", 42), (800, 560, "4.50", 42),
        (60, 610, "Nasi Lemak", 42), (800, 610, "9.90", 42),
        (60, 720, "TOTAL", 46), (800, 720, "14.40", 46),
        (60, 780, "Cash", 42), (800, 780, "20.00", 42),
    ]  # fmt: skip
    ocr = [
        OcrLine(
            text=t, bbox=BBox(x0=x, y0=y, x1=x + CHAR_W * h * len(t), y1=y + h), confidence=0.97
        )
        for x, y, t, h in lines
    ]
    page = OcrPage(page_number=1, width=1100, height=1800, source="ocr", engine="test", lines=ocr)
    return OcrDocument(pages=[page], engine="test")


def _vendor(doc: OcrDocument) -> tuple[str | None, float]:
    reading = RuleExtractor().predict(doc)
    return reading.fields.vendor_name, reading.confidence.get("vendor_name", 0.0)


@pytest.mark.parametrize(
    ("sign", "legal"),
    [
        ("LOTUS GARDEN", "Restoran Lotus Garden Sdn Bhd"),
        ("CASA NOVA", "Bar Restaurante Casa Nova, S.L."),
        ("GARDEN LOTUS", "Restoran Lotus Garden Sdn Bhd"),  # the words in another order
    ],
)
def test_a_sign_of_some_of_the_legal_names_words_yields_to_it(sign: str, legal: str) -> None:
    name, conf = _vendor(_till(sign, legal))
    assert name == legal
    assert conf <= 0.75


def test_a_sign_saying_more_than_the_legal_name_yields_to_it_in_doubt() -> None:
    # Round 14k: the legal name the business is registered under is the vendor (the blind
    # sets written without our convention key it), held as sets differ.
    name, conf = _vendor(_till("Harbour Lights Bistro", "Harbour Lights Catering (Pty) Ltd"))
    assert name == "Harbour Lights Catering (Pty) Ltd"
    assert conf <= 0.75


def test_a_sign_that_is_the_legal_names_core_is_left_as_read() -> None:
    """No more words in the legal name than its legal form: the same name either way."""
    name, _conf = _vendor(_till("BRAMBLE TEA ROOM", "Bramble Tea Room Sdn Bhd"))
    assert (name or "").casefold().startswith("bramble tea room")
