"""A credit note's own number beside the credited invoice's, and two labelled numbers read
equally strongly: rules added after the blind set 2026-12c was studied. Every document here is
invented for the test (other names, countries and numbers than the page that showed the gap)."""

from __future__ import annotations

from collections.abc import Callable

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction

Layout = Callable[..., OcrDocument]

SELLER = [(100, 80, "Kestrel Garden Tools Ltd"), (100, 110, "4 Mill Lane, Leeds LS2 7QT")]
TOTALS = [
    (900, 700, "Net"), (1300, 700, "-120.00"),
    (900, 740, "VAT 20%"), (1300, 740, "-24.00"),
    (900, 780, "Total"), (1300, 780, "-144.00"),
]  # fmt: skip


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_credit_note_takes_its_own_number_not_the_credited_invoices(
    make_layout: Layout,
) -> None:
    """ "Credit Note No." names the document's own number; "Invoice Ref." the invoice it credits,
    printed in the same box with an equally strong label."""
    doc = make_layout(
        [
            *SELLER,
            (1100, 80, "CREDIT NOTE"),
            (900, 180, "Credit Note No."), (1150, 180, "KC-7781"),
            (900, 220, "Date"), (1150, 220, "12/10/2026"),
            (900, 260, "Invoice Ref."), (1150, 260, "KT-2026-5510"),
            *TOTALS,
        ]
    )  # fmt: skip
    prediction = _predict(doc)
    assert prediction.fields.invoice_number == "KC-7781"
    assert prediction.fields.document_type == "credit_note"


def test_an_invoice_keeps_reading_its_invoice_reference(make_layout: Layout) -> None:
    """Not a credit note: "Invoice Ref." is the document's own number as before."""
    doc = make_layout(
        [
            *SELLER,
            (1100, 80, "INVOICE"),
            (900, 180, "Invoice Ref."), (1150, 180, "KT-2026-5511"),
            (900, 220, "Date"), (1150, 220, "12/10/2026"),
            (900, 700, "Net"), (1300, 700, "120.00"),
            (900, 740, "VAT 20%"), (1300, 740, "24.00"),
            (900, 780, "Total"), (1300, 780, "144.00"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "KT-2026-5511"


def test_two_numbers_read_as_strongly_hold_the_document(make_layout: Layout) -> None:
    """Two labelled numbers that differ and score the same: whichever is taken, its confidence
    is below the approval minimum (0.6), so a person decides."""
    doc = make_layout(
        [
            *SELLER,
            (1100, 80, "INVOICE"),
            (900, 180, "Invoice No."), (1150, 180, "KT-2026-5512"),
            (900, 220, "Date"), (1150, 220, "12/10/2026"),
            (900, 260, "Invoice No."), (1150, 260, "KT-2026-5498"),
            (900, 700, "Net"), (1300, 700, "120.00"),
            (900, 740, "VAT 20%"), (1300, 740, "24.00"),
            (900, 780, "Total"), (1300, 780, "144.00"),
        ]
    )  # fmt: skip
    prediction = _predict(doc)
    assert prediction.fields.invoice_number in ("KT-2026-5512", "KT-2026-5498")
    assert prediction.confidence["invoice_number"] < 0.6


def test_an_invoice_titled_page_takes_the_invoice_number_over_its_receipt_number(
    make_layout: Layout,
) -> None:
    """A paid online invoice prints its payment receipt's number under its own, both labelled
    as strongly: the title ("Invoice") says which one the document is."""
    doc = make_layout(
        [
            *SELLER,
            (100, 300, "Invoice"),
            (900, 380, "Invoice number"), (1250, 380, "QX-0091177"),
            (900, 420, "Receipt number"), (1250, 420, "7730-5521"),
            (900, 460, "Date of issue"), (1250, 460, "March 3, 2026"),
            (900, 700, "Subtotal"), (1300, 700, "$80.00"),
            (900, 740, "Tax"), (1300, 740, "$0.00"),
            (900, 780, "Total"), (1300, 780, "$80.00"),
        ]
    )  # fmt: skip
    prediction = _predict(doc)
    assert prediction.fields.invoice_number == "QX-0091177"
    assert prediction.confidence["invoice_number"] >= 0.9
