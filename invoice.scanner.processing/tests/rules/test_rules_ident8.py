"""Invoice numbers, dates and currencies, rules added after the blind set 2026-12a was
studied: receipt numbers named as an id or in Dutch, "Inv:" before its colon, label words OCR
glued to the number, full-width colons, the day a direct debit is collected as the due date,
month-first dates on pages that name a US address, and "GST incl." as a weak sign of the
Australian dollar. Every page here is invented for the test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import detect_currency
from invoice_scanner_processing.extractors.rules.identifiers import _read_invoice_number
from invoice_scanner_processing.extractors.rules.labels import find_labels
from invoice_scanner_processing.schema import InvoiceFields

Layout = Callable[..., OcrDocument]


def _fields(doc: OcrDocument) -> InvoiceFields:
    return RuleExtractor().predict(doc).fields


def _receipt_lines(y: int = 600) -> list[tuple[float, float, str]]:
    return [
        (60, y, "SUBTOTAL"), (1000, y, "18.40"),
        (60, y + 50, "TAX 7.5%"), (1000, y + 50, "1.38"),
        (60, y + 100, "TOTAL"), (1000, y + 100, "19.78"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("ID0093-11-55210", "0093-11-55210"),
        ("ID: 7781", "7781"),
        ("IDX-22", "IDX-22"),  # letters of the number itself, not a label word
        ("Nº：A7-2024-55310", "A7-2024-55310"),
    ],
)
def test_a_label_word_glued_to_the_number_is_no_part_of_it(text: str, number: str) -> None:
    assert _read_invoice_number(text) == number


def test_a_transaction_id_with_the_space_dropped_is_the_receipts_number(
    make_layout: Layout,
) -> None:
    """ "TRANSACTION ID0093-11-55210": OCR glued the id word to the number."""
    doc = make_layout(
        [
            (300, 60, "PINE RIDGE GROCERS"), (300, 110, "418 Colfax Ave"),
            (300, 160, "Denver CO 80205"),
            (60, 250, "ST# 0093 OP# 11"), (700, 250, "TE# 02 TR# 55210"),
            *_receipt_lines(),
            (300, 900, "TRANSACTION ID0093-11-55210"),
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_number == "0093-11-55210"


def test_a_us_address_makes_an_ambiguous_numeric_date_month_first(make_layout: Layout) -> None:
    """No "$" and no date with a day above 12: the city, state and ZIP of the store say the
    page is American, so 03/04/2025 is the 4th of March."""
    doc = make_layout(
        [
            (300, 60, "PINE RIDGE GROCERS"), (300, 110, "418 Colfax Ave"),
            (300, 160, "Denver CO 80205"),
            *_receipt_lines(),
            (300, 850, "03/04/2025 17:05:44"),
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_date == date(2025, 3, 4)


def test_a_european_address_keeps_the_day_first(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (300, 60, "Bäckerei Lindner"), (300, 110, "Hauptstraße 4, 80331 München"),
            (60, 600, "Summe"), (1000, 600, "19,78"),
            (300, 850, "03/04/2025 17:05"),
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_date == date(2025, 4, 3)


def test_a_dutch_receipt_number_beats_the_parking_ticket_beside_it(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 60, "PARKEERTERREIN HET STATION"),
            (100, 100, "Stationsparking Zwolle B.V. · Stationsweg 1 · 8011 CZ Zwolle"),
            (60, 200, "Bonnummer"), (500, 200, "PS-2026-008812"),
            (60, 240, "Ticketnummer"), (500, 240, "4410 2291 0087"),
            (60, 280, "Betaalautomaat"), (500, 280, "BA-01"),
            (60, 400, "Totaal"), (500, 400, "€ 6,80"),
            (60, 440, "waarvan BTW 21%"), (500, 440, "€ 1,18"),
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_number == "PS-2026-008812"


def test_inv_with_its_colon_is_a_label_and_an_address_unit_no_number(make_layout: Layout) -> None:
    """ "Inv: 5521-..." names the receipt's number; "#02-118" in the address is a unit."""
    doc = make_layout(
        [
            (250, 60, "GREENLEAF CHEMISTS"), (250, 110, "Greenleaf Chemists Pte. Ltd."),
            (250, 160, "12 Tampines Central 1 #02-118"), (250, 210, "Singapore 529536"),
            (60, 300, "Inv: 5521-26-000412"), (60, 350, "14/02/2026 10:12"),
            (60, 600, "TOTAL"), (900, 600, "42.10"),
            (60, 650, "Incl. 9% GST"), (900, 650, "3.48"),
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_number == "5521-26-000412"


def test_inv_without_a_colon_opens_a_number_and_is_no_label() -> None:
    assert not [h for h in find_labels("INV 2026-0041") if h.key == "inv"]
    assert [h.key for h in find_labels("Inv: 2026-0041")] == ["inv"]
    assert [h.key for h in find_labels("Inv.: 2026-0041")] == ["inv"]


def test_a_full_width_colon_after_a_bare_number_word(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (300, 60, "ÁREA DE SERVICIO EL PINAR"), (300, 110, "Gasóleos Pinar, S.L."),
            (300, 160, "CIF B-28441122"), (300, 220, "FACTURA SIMPLIFICADA"),
            (60, 280, "Nº：A7-2024-55310"), (60, 330, "Fecha: 09/05/2024"),
            (60, 600, "BASE IMPONIBLE"), (900, 600, "41,32"),
            (60, 650, "IVA 21%"), (900, 650, "8,68"),
            (60, 700, "TOTAL €"), (900, 700, "50,00"),
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_number == "A7-2024-55310"


@pytest.mark.parametrize(
    "due_line",
    [
        [(900, 380, "Direct Debit on"), (1180, 380, "21 Mar 2026")],
        [(100, 900, "Your payment will be collected by Direct Debit on 21 Mar 2026.")],
        [(100, 900, "The amount will be debited on 21 March 2026 from your account.")],
    ],
)
def test_the_day_a_direct_debit_is_collected_is_the_due_date(
    make_layout: Layout, due_line: list[tuple[float, float, str]]
) -> None:
    doc = make_layout(
        [
            (130, 130, "Heathmoor Water plc"), (130, 160, "PO Box 90, Leeds LS1 4AA"),
            (900, 280, "Bill number"), (1180, 280, "HW-7731904"),
            (900, 320, "Bill date"), (1180, 320, "07 Mar 2026"),
            *due_line,
            (900, 700, "Subtotal"), (1400, 700, "£52.00"),
            (900, 740, "VAT 0%"), (1400, 740, "£0.00"),
            (900, 780, "Total"), (1400, 780, "£52.00"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert fields.due_date == date(2026, 3, 21)
    assert fields.invoice_date == date(2026, 3, 7)


def test_gst_included_is_no_match_for_a_named_country() -> None:
    """ "GST 9% incl." is printed in Singapore and New Zealand as well as in Australia: a
    page that names its country prices its "$" in that country's dollar."""
    sg = "Harbourfront Books Pte Ltd\nSingapore 098585\nTOTAL $ 38.00\nGST 9% incl. 3.14"
    nz = "Kauri Books Ltd\nAuckland, New Zealand\nTOTAL $ 38.00\nGST 15% incl. 4.96"
    assert detect_currency(sg) == "SGD"
    assert detect_currency(nz) == "NZD"
    # Where no country is named, "GST incl." still points to Australia.
    assert detect_currency("TOTAL $ 38.00\nGST incl. 3.45") == "AUD"


def test_a_singapore_private_company_names_its_dollar() -> None:
    assert detect_currency("Lumen Optics Pte. Ltd.\nTOTAL $ 120.00\nGST 9% incl.") == "SGD"


def test_a_labelled_due_date_before_the_invoice_date_is_read_as_printed(
    make_layout: Layout,
) -> None:
    """The page contradicts itself (a due date a year before the invoice's): what the label
    names is the reading, with a confidence that sends it to a person."""
    doc = make_layout(
        [
            (100, 80, "Holzbau Ammertal GmbH"), (100, 110, "Talstraße 3, 82467 Garmisch"),
            (100, 300, "Rechnung Nr. 7731 vom 02.10.2025"),
            (1100, 1700, "Fälligkeit"), (1100, 1740, "20.01.2024"),
            (900, 900, "Nettobetrag"), (1400, 900, "100,00"),
            (900, 940, "USt 19%"), (1400, 940, "19,00"),
            (900, 980, "Gesamtbetrag"), (1400, 980, "119,00"),
        ]
    )  # fmt: skip
    prediction = RuleExtractor().predict(doc)
    assert prediction.fields.due_date == date(2024, 1, 20)
    assert prediction.confidence["due_date"] <= 0.5
