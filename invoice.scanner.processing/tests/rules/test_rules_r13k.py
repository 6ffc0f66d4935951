"""Invoices and receipts of English-speaking markets (invented): a logo's lone letter is no
"No." label, a postcode beside a number's label is no number, "due" before a date in the
payment terms, a speck before a name, a cab's distance after "KM", a ticket's hyphen-grouped
number beside its title, a suffix-only legal form opening a line, a hotel folio's guest
block and nightly tax lines; an amount in India's lakh grouping found on the page."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.stages.evidence import amount_variants


def _read(doc: OcrDocument) -> object:
    return RuleExtractor().predict(doc).fields


def test_a_logos_lone_letter_is_no_number_label() -> None:
    doc = sized_page(
        [
            (100, 60, "N", 60), (200, 60, "Northwind Data Partners LLP", 30),
            (200, 100, "No. 7, 3rd Cross, Indiranagar", 24),
            (200, 128, "Bengaluru Karnataka 560038", 24),
            (1100, 60, "TAX INVOICE", 40), (1200, 130, "# NDP-000481", 26),
            (100, 300, "Bill To", 24), (100, 330, "Arvind Textiles Pvt Ltd", 24),
            (1000, 300, "Invoice Date :", 24), (1300, 300, "12 Feb 2026", 24),
            (900, 700, "Sub Total", 24), (1300, 700, "10,000.00", 24),
            (900, 740, "IGST18 (18%)", 24), (1300, 740, "1,800.00", 24),
            (900, 780, "Total", 24), (1300, 780, "11,800.00", 24),
        ]
    )  # fmt: skip
    assert _read(doc).invoice_number == "NDP-000481"  # type: ignore[attr-defined]


def test_a_postcode_beside_a_numbers_label_is_no_number() -> None:
    doc = sized_page(
        [
            (100, 100, "INVOICE", 50),
            (100, 250, "Birchfield Dental Group", 24),
            (700, 250, "Invoice Date", 22), (1100, 250, "Corvid Web Studio Inc.", 24),
            (700, 280, "3 Feb 2026", 22), (1100, 280, "41 King St W, Suite 9", 24),
            (700, 322, "Invoice Number", 22), (1100, 312, "Ottawa ON K1P 5N2", 24),
            (700, 352, "CWS-3391", 22),
            (900, 700, "Subtotal", 22), (1300, 700, "1,000.00", 22),
            (900, 740, "TOTAL HST 13%", 22), (1300, 740, "130.00", 22),
            (900, 780, "TOTAL CAD", 22), (1300, 780, "1,130.00", 22),
        ]
    )  # fmt: skip
    assert _read(doc).invoice_number == "CWS-3391"  # type: ignore[attr-defined]


def test_due_before_a_date_in_the_payment_terms_gives_the_due_date() -> None:
    doc = sized_page(
        [
            (100, 60, "Hartfield Glazing Ltd", 30),
            (100, 200, "TAX INVOICE", 36),
            (900, 300, "Invoice number", 22), (1200, 300, "HG-2026-0412", 22),
            (900, 340, "Date", 22), (1200, 340, "10 March 2026", 22),
            (900, 380, "Payment terms", 22), (1200, 380, "30 days - due 9 April 2026", 22),
            (900, 700, "Subtotal", 22), (1300, 700, "£500.00", 22),
            (900, 740, "VAT at 20%", 22), (1300, 740, "£100.00", 22),
            (900, 780, "Total", 22), (1300, 780, "£600.00", 22),
        ]
    )  # fmt: skip
    assert str(_read(doc).due_date) == "2026-04-09"  # type: ignore[attr-defined]


def test_a_speck_before_the_sellers_name_is_dropped() -> None:
    doc = sized_page(
        [
            (200, 40, "4410 HARBOR BLVD", 22),
            (60, 80, ".Bayside Auto Spa LLC", 22),
            (60, 140, "03/14/2026 10:02", 20),
            (60, 200, "WASH PREMIUM", 20), (420, 200, "18.00", 20),
            (60, 240, "SUBTOTAL", 20), (420, 240, "18.00", 20),
            (60, 270, "TAX 8.00%", 20), (420, 270, "1.44", 20),
            (60, 300, "TOTAL", 20), (420, 300, "19.44", 20),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    assert _read(doc).vendor_name == "Bayside Auto Spa LLC"  # type: ignore[attr-defined]


def test_a_distance_after_km_is_no_tax() -> None:
    doc = sized_page(
        [
            (150, 40, "CAB RECEIPT", 30),
            (60, 100, "DATE", 22), (380, 100, "12-05-2026", 22),
            (60, 140, "KM", 22), (420, 140, "14.2", 22),
            (60, 180, "TOTAL", 22), (400, 180, "88.00", 22),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    assert _read(doc).vat is None  # type: ignore[attr-defined]


def test_a_tickets_hyphen_grouped_number_beside_its_title() -> None:
    doc = sized_page(
        [
            (300, 40, "ParkRight", 50),
            (60, 160, "TICKET", 40), (600, 160, "2211-0458", 40),
            (60, 220, "ENTRY", 40), (500, 220, "02/04/26 09:10", 40),
            (60, 340, "TOTAL", 40), (640, 340, "£6.00", 40),
            (60, 400, "Incl VAT 20%", 40), (660, 400, "£1.00", 40),
        ],
        width=900,
        height=1200,
    )  # fmt: skip
    assert _read(doc).invoice_number == "2211-0458"  # type: ignore[attr-defined]


def test_a_suffix_only_legal_form_opening_a_line_is_no_legal_form() -> None:
    doc = sized_page(
        [
            (150, 40, "MAPLE LEAF PHARMACY", 26),
            (150, 75, "22 QUEEN ST W", 20), (150, 100, "TORONTO ON", 20),
            (60, 160, "VITAMIN C 500", 20), (400, 160, "12.99 H", 20),
            (60, 200, "SUBTOTAL", 20), (400, 200, "12.99", 20),
            (60, 230, "HST 13%", 20), (400, 230, "1.69", 20),
            (60, 260, "TOTAL", 20), (400, 260, "14.68", 20),
            (60, 300, "PC POINTS BALANCE", 20),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    assert _read(doc).vendor_name == "MAPLE LEAF PHARMACY"  # type: ignore[attr-defined]


def test_a_folios_guest_block_is_not_the_hotels_name() -> None:
    doc = sized_page(
        [
            (600, 60, "THE ASHGROVE INN", 50),
            (500, 130, "9 Mill Lane, Burlington, VT 05401", 26),
            (140, 250, "Guest: Ms. Dana Reyes", 30), (1200, 250, "Folio No.", 30),
            (1400, 250, "77120", 30),
            (140, 285, "Reyes Design Studio LLC", 30),
            (140, 320, "12 Elm St, Albany NY 12207", 30),
            (150, 450, "Date", 30), (370, 450, "Description", 30),
            (1230, 450, "Charges", 30), (1430, 450, "Credits", 30),
            (150, 500, "05/02/2026", 30), (370, 500, "Room Charge", 30), (1260, 500, "180.00", 30),
            (900, 700, "Total Charges", 30), (1440, 700, "180.00", 30),
            (900, 740, "Balance Due USD", 30), (1470, 740, "0.00", 30),
        ],
        width=1700,
        height=2200,
    )  # fmt: skip
    assert _read(doc).vendor_name != "Reyes Design Studio LLC"  # type: ignore[attr-defined]


def test_a_folios_nightly_tax_lines_alike_in_value_sum_to_the_tax() -> None:
    rows = []
    y = 500
    for day in ("05/02/2026", "05/03/2026"):
        rows += [
            (150, y, day, 30), (370, y, "Room Charge", 30), (1260, y, "200.00", 30),
            (150, y + 45, day, 30), (370, y + 45, "Occupancy Tax 12%", 30),
            (1275, y + 45, "24.00", 30),
        ]  # fmt: skip
        y += 90
    doc = sized_page(
        [
            (600, 60, "THE ASHGROVE INN", 50),
            (500, 130, "9 Mill Lane, Burlington, VT 05401", 26),
            (1200, 250, "Folio No.", 30), (1400, 250, "77120", 30),
            (150, 450, "Date", 30), (370, 450, "Description", 30),
            (1230, 450, "Charges", 30), (1430, 450, "Credits", 30),
            *rows,
            (150, y, "05/04/2026", 30), (370, y, "Visa Payment", 30), (1440, y, "448.00", 30),
            (900, y + 60, "Total Charges", 30), (1440, y + 60, "448.00", 30),
            (900, y + 100, "Balance Due USD", 30), (1470, y + 100, "0.00", 30),
        ],
        width=1700,
        height=2200,
    )  # fmt: skip
    fields = _read(doc)
    assert str(fields.vat) == "48.00"  # type: ignore[attr-defined]
    assert str(fields.amount) == "400.00"  # type: ignore[attr-defined]


def test_an_amount_in_indias_lakh_grouping_is_found_on_the_page() -> None:
    assert "4,18,250.00" in amount_variants(Decimal("418250.00"))
