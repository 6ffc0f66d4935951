"""Review of round r13k (invented pages): "due" before a date names a car's next service,
no payment deadline; a trunk-dialled phone number beside an invoice's title is no grouped
document number; a restaurant's "Guest: 2" over its name is no folio guest label; a folio's
night taken back is a part of its nightly tax sum; an "N" at the text's size is "N°" whose
mark OCR lost, no logo's monogram."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _read(doc: OcrDocument) -> object:
    return RuleExtractor().predict(doc).fields


def test_a_next_service_due_is_no_due_date() -> None:
    doc = sized_page(
        [
            (100, 60, "Kwik Lube Motors Ltd", 30),
            (100, 200, "TAX INVOICE", 36),
            (900, 300, "Invoice number", 22), (1200, 300, "KL-88412", 22),
            (900, 340, "Invoice date", 22), (1200, 340, "10 March 2026", 22),
            (100, 500, "Oil and filter change", 22), (1300, 500, "£100.00", 22),
            (900, 700, "Subtotal", 22), (1300, 700, "£100.00", 22),
            (900, 740, "VAT at 20%", 22), (1300, 740, "£20.00", 22),
            (900, 780, "Total paid", 22), (1300, 780, "£120.00", 22),
            (100, 900, "Your next service is due 10 March 2027 or at 45,000 miles.", 22),
        ]
    )  # fmt: skip
    assert _read(doc).due_date is None  # type: ignore[attr-defined]


def test_a_phone_number_beside_the_title_is_no_invoice_number() -> None:
    doc = sized_page(
        [
            (100, 60, "TAX INVOICE", 40), (1100, 60, "0484-2356781", 26),
            (100, 120, "Kerala Spice Traders", 30),
            (100, 160, "MG Road, Kochi 682016", 22),
            (100, 300, "Bill to", 22), (100, 330, "Malabar Foods Pvt Ltd", 22),
            (1000, 300, "Date", 22), (1300, 300, "12.03.2026", 22),
            (100, 500, "Cardamom 10 kg", 22), (1300, 500, "20,000.00", 22),
            (900, 700, "Taxable value", 22), (1300, 700, "20,000.00", 22),
            (900, 740, "IGST 5%", 22), (1300, 740, "1,000.00", 22),
            (900, 780, "Total", 22), (1300, 780, "21,000.00", 22),
        ]
    )  # fmt: skip
    assert _read(doc).invoice_number is None  # type: ignore[attr-defined]


def test_a_restaurants_guest_count_is_no_customer_label() -> None:
    doc = sized_page(
        [
            (150, 20, "Guest: 2", 22),
            (150, 50, "Blue Heron Diner", 26),
            (150, 85, "88 Shore Rd, Mystic CT", 20),
            (60, 150, "Table 7", 20), (300, 150, "Server: Ana", 20),
            (60, 190, "2 Pancakes", 20), (400, 190, "18.00", 20),
            (60, 220, "Coffee", 20), (400, 220, "3.50", 20),
            (60, 260, "SUBTOTAL", 20), (400, 260, "21.50", 20),
            (60, 290, "TAX 6.35%", 20), (400, 290, "1.37", 20),
            (60, 320, "TOTAL", 20), (400, 320, "22.87", 20),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    fields = _read(doc)
    assert fields.vendor_name == "Blue Heron Diner"  # type: ignore[attr-defined]
    assert fields.customer_name is None  # type: ignore[attr-defined]


def test_a_folios_night_taken_back_is_part_of_its_nightly_tax() -> None:
    rows: list[tuple[int, int, str, int]] = []
    y = 500
    for day in ("04/06/2026", "04/07/2026", "04/08/2026"):
        rows += [(150, y, day, 26), (370, y, "Room Charge", 26), (1260, y, "229.00", 26)]
        rows += [(150, y + 40, day, 26), (370, y + 40, "Lodging Tax 14.75%", 26)]
        rows += [(1260, y + 40, "33.78", 26)]
        y += 80
    rows += [(150, y, "04/09/2026", 26), (370, y, "Room Charge Adjustment", 26)]
    rows += [(1260, y, "-229.00", 26)]
    rows += [(150, y + 40, "04/09/2026", 26), (370, y + 40, "Lodging Tax 14.75%", 26)]
    rows += [(1260, y + 40, "-33.78", 26)]
    y += 80
    doc = sized_page(
        [
            (600, 60, "THE ASHGROVE INN", 50),
            (500, 130, "9 Mill Lane, Burlington, VT 05401", 26),
            (140, 250, "Ms. Dana Reyes", 30), (1200, 250, "Folio No.", 30),
            (1400, 250, "77120", 30),
            (150, 450, "Date", 30), (370, 450, "Description", 30),
            (1230, 450, "Charges", 30), (1430, 450, "Credits", 30),
            *rows,
            (900, y + 60, "Total Charges", 30), (1440, y + 60, "525.56", 30),
            (900, y + 100, "Balance Due USD", 30), (1470, y + 100, "525.56", 30),
        ],
        width=1700,
        height=2200,
    )  # fmt: skip
    assert str(_read(doc).vat) == "67.56"  # type: ignore[attr-defined]


def test_an_n_whose_degree_mark_was_lost_still_labels_the_number() -> None:
    doc = sized_page(
        [
            (100, 60, "Rossi Forniture S.r.l.", 30),
            (100, 100, "Via Roma 12, 20121 Milano", 22),
            (1000, 200, "FATTURA", 40),
            (1000, 260, "N", 24), (1100, 260, "118/2026", 24),
            (1000, 300, "Data", 24), (1100, 300, "12/03/2026", 24),
            (100, 300, "Spett.le", 22), (100, 330, "Bianchi SpA", 22),
            (100, 500, "Sedie ufficio", 22), (1300, 500, "1.000,00", 22),
            (900, 700, "Imponibile", 22), (1300, 700, "1.000,00", 22),
            (900, 740, "IVA 22%", 22), (1300, 740, "220,00", 22),
            (900, 780, "Totale", 22), (1300, 780, "1.220,00", 22),
        ]
    )  # fmt: skip
    assert _read(doc).invoice_number == "118/2026"  # type: ignore[attr-defined]
