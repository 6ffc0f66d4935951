"""Till receipts' numbers and taxes: rules added after the blind set 2026-12f was studied. Every
document here is invented for the test (other names, countries and numbers than the pages that
showed the gaps)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.labels import find_labels
from invoice_scanner_processing.schema import Prediction

Layout = Callable[..., OcrDocument]


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_malaysian_receipt_number_glued_to_resit(make_layout: Layout) -> None:
    """ "RESIT:KB00731190": the receipt's number after the Malay word for receipt."""
    doc = make_layout(
        [
            (300, 100, "TOKO MURAH"), (200, 150, "KEDAI SRI BUNGA SDN BHD"),
            (130, 490, "RESIT:KB00731190"), (130, 540, "TARIKH:02/10/2026"),
            (130, 640, "BERAS 5KG"), (870, 640, "24.90"),
            (130, 1175, "SUBTOTAL"), (870, 1175, "24.90"),
            (130, 1220, "SST 6%"), (870, 1220, "1.49"),
            (130, 1270, "ROUNDING"), (870, 1270, "0.01"),
            (130, 1320, "TOTAL (RM)"), (870, 1320, "26.40"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "KB00731190"


def test_a_us_till_transaction_number_after_trx_and_a_speck_before_the_zip(
    make_layout: Layout,
) -> None:
    """ "TRX# 7710-0021-554" at the slip's foot is its number; "Austin TX .78704" (a speck
    read as a dot before the ZIP code) still tells a US address, so dollars are inferred."""
    doc = make_layout(
        [
            (300, 100, "GREEN GROCER"), (300, 150, "18 Elm St"), (300, 200, "Austin TX .78704"),
            (130, 400, "10/02/2026 04:12 PM"),
            (130, 460, "APPLES"), (880, 460, "10.00"),
            (130, 770, "SUBTOTAL"), (870, 770, "10.00"),
            (130, 820, "TAX 8.25%"), (870, 820, "0.83"),
            (130, 870, "TOTAL DUE"), (870, 870, "10.83"),
            (350, 1080, "TRX# 7710-0021-554"),
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.invoice_number == "7710-0021-554"
    assert fields.currency == "USD"


def test_indonesian_restaurant_tax_pb1_is_the_tax(make_layout: Layout) -> None:
    """ "PB1 10%" (the regional restaurant tax) is the bill's tax, added to the subtotal."""
    doc = make_layout(
        [
            (300, 100, "WARUNG SARI"),
            (80, 528, "No. Nota"), (900, 528, "NT/0412/1188"),
            (80, 600, "Tanggal"), (800, 600, "02-10-2026 12:40"),
            (80, 840, "Mie Ayam"), (1100, 930, "50.000"),
            (85, 1586, "Subtotal"), (1084, 1586, "50.000"),
            (85, 1667, "PB1 10%"), (1116, 1667, "5.000"),
            (85, 1748, "TOTAL"), (982, 1739, "Rp 55.000"),
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.vat == Decimal("5000")
    assert fields.amount == Decimal("50000")


def test_a_tax_name_glued_to_its_rate_is_a_label() -> None:
    """ "GST9%" / "VAT20%": OCR dropped the space; a code never ends in a per cent sign."""
    assert [h.key for h in find_labels("GST9% incl.")] == ["gst"]
    assert [h.key for h in find_labels("VAT20%")] == ["vat"]
    assert not any(h.key == "po" for h in find_labels("PO7781"))


def test_included_gst_glued_to_its_rate_under_the_total(make_layout: Layout) -> None:
    """A Singapore slip prints "GST9% incl." after the total: the contained tax."""
    doc = make_layout(
        [
            (270, 130, "MEE POK"), (240, 263, "Lau Hock Food PteLtd"),
            (97, 495, "Receipt : KT-55120"),
            (100, 673, "2 TEH C"), (750, 673, "2.80"),
            (100, 730, "1 NASI LEMAK"), (750, 730, "8.20"),
            (100, 957, "GRAND TOTAL"), (730, 957, "11.00"),
            (91, 1021, "NETS"), (730, 1021, "11.00"),
            (101, 1078, "GST9% incl."), (748, 1076, "0.91"),
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.vat == Decimal("0.91")
    assert fields.amount == Decimal("10.09")


def test_a_till_line_names_the_till_then_the_receipts_number(make_layout: Layout) -> None:
    """ "Kassa 2 Bon 4410-1290": the till's number, then the receipt's after its word."""
    doc = make_layout(
        [
            (730, 128, "HOEK"), (700, 380, "Markt 12 Utrecht"),
            (120, 710, "1 Appels"), (1680, 710, "2,49"),
            (118, 1262, "TOTAAL"), (1635, 1264, "2,49"),
            (119, 1601, "BTW 9% over 2,28"), (1684, 1601, "0,21"),
            (485, 1823, "Kassa 2 Bon 4410-1290"), (559, 1933, "vr 04-12-2026 10:01"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "4410-1290"
