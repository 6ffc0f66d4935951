"""Receipts and invoices (invented): a total before a cash rounding line and the rounded total
under it; a "Bill#" label OCR read as "Bi11#"; a restaurant check's bare "Check:" number; an
order number of two hyphenated groups as a receipt's only reference; Singapore's postal code
as the country's hint; India's "Net Payable" after a round-off and a GST summary whose CGST and
SGST halves are a paisa apart; a payment's transaction id beside the invoice number; an item
table's tax column summed to the whole tax; cash "Paid: CASH" and the change under it named
"Balance"; India's "Dt:" labelling the date; a till's only date on a page whose sum is labelled
"BALANCE DUE"."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _read(doc: OcrDocument) -> object:
    return RuleExtractor().predict(doc).fields


def _mamak_bill() -> OcrDocument:
    return sized_page(
        [
            (100, 40, "KEDAI MAKAN SRI MURNI SDN. BHD.", 30),
            (100, 80, "Lot 7, Jalan Kenari 3, 47100 Puchong", 22),
            (100, 120, "SST Reg No: W10-2211-32008815", 22),
            (100, 170, "Invoice No: KM-7730-0112", 22),
            (100, 200, "Date: 11/02/2026 19:05", 22),
            (60, 260, "Qty", 22), (160, 260, "Item", 22), (800, 260, "Amount", 22),
            (60, 300, "2", 22), (160, 300, "Nasi Kandar Ikan", 22), (820, 300, "24.60", 22),
            (60, 340, "3", 22), (160, 340, "Milo Ais", 22), (820, 340, "11.10", 22),
            (60, 380, "1", 22), (160, 380, "Murtabak Daging", 22), (820, 380, "8.90", 22),
            (60, 450, "Sub Total", 22), (820, 450, "44.60", 22),
            (60, 490, "Service Charge 10%", 22), (820, 490, "4.46", 22),
            (60, 530, "Service Tax 6%", 22), (820, 530, "2.94", 22),
            (60, 570, "Total Incl. Tax", 22), (820, 570, "52.00", 22),
            (60, 610, "Rounding Adj", 22), (820, 610, "-0.01", 22),
            (60, 650, "TOTAL (RM)", 22), (820, 650, "51.99", 22),
            (60, 690, "CASH", 22), (820, 690, "60.00", 22),
            (60, 730, "CHANGE", 22), (820, 730, "8.01", 22),
        ]
    )  # fmt: skip


def test_the_total_under_a_rounding_line_is_the_total_paid() -> None:
    fields = _read(_mamak_bill())
    assert fields.total == Decimal("51.99")  # type: ignore[attr-defined]
    assert fields.vat == Decimal("2.94")  # type: ignore[attr-defined]
    assert fields.amount == Decimal("49.06")  # type: ignore[attr-defined]


def _trade_counter(rounding: str, payable: str) -> OcrDocument:
    return sized_page(
        [
            (100, 40, "Ironbark Building Supplies Pty Ltd", 26),
            (100, 80, "ABN 61 208 339 104", 22),
            (100, 120, "14 Station St, Penrith NSW 2750", 22),
            (100, 170, "TAX INVOICE", 24),
            (60, 210, "Invoice: 7720-0051943", 22),
            (60, 250, "Date: 09/03/2026", 22),
            (60, 310, "DECK SCREWS 10G 500PK", 22), (900, 310, "$41.90", 22),
            (60, 350, "PAINT BRUSH 75MM", 22), (900, 350, "$12.44", 22),
            (60, 420, "TOTAL INC GST", 22), (900, 420, "$54.34", 22),
            (60, 460, "Cash rounding", 22), (900, 460, rounding, 22),
            (60, 500, "TOTAL PAYABLE", 22), (900, 500, payable, 22),
            (60, 540, "CASH", 22), (900, 540, "$60.00", 22),
            (60, 580, "GST INCLUDED", 22), (900, 580, "$4.94", 22),
        ]
    )  # fmt: skip


def test_a_rounded_total_payable_under_the_gst_inclusive_total_is_the_total() -> None:
    fields = _read(_trade_counter("0.01", "$54.35"))
    assert fields.total == Decimal("54.35")  # type: ignore[attr-defined]
    assert fields.vat == Decimal("4.94")  # type: ignore[attr-defined]
    assert fields.amount == Decimal("49.40")  # type: ignore[attr-defined]


def _bakery_slip(number_line: str) -> OcrDocument:
    return sized_page(
        [
            (100, 40, "KEDAI KUIH NYONYA MELATI", 26),
            (100, 80, "21 Jalan Bendahara, 75100 Melaka", 20),
            (60, 130, number_line, 22),
            (60, 165, "03/03/2026 09:40", 22),
            (60, 220, "4 x Onde Onde", 22), (600, 220, "6.00", 22),
            (60, 255, "2 x Kuih Lapis", 22), (600, 255, "4.40", 22),
            (60, 320, "TOTAL RM", 22), (600, 320, "10.40", 22),
            (60, 355, "Cash", 22), (600, 355, "20.00", 22),
            (60, 390, "Change", 22), (600, 390, "9.60", 22),
        ],
        width=800,
        height=600,
    )  # fmt: skip


def test_a_bill_label_whose_ls_ocr_read_as_ones_labels_the_number() -> None:
    fields = _read(_bakery_slip("Bi11#: KN-030326-0417"))
    assert fields.invoice_number == "KN-030326-0417"  # type: ignore[attr-defined]


def _bistro_check(number_line: str) -> OcrDocument:
    return sized_page(
        [
            (300, 40, "HARBOUR LANTERN", 34),
            (300, 100, "Lantern Dining Pte. Ltd.", 24),
            (300, 140, "3 Marina Walk #01-05, Singapore 018964", 20),
            (60, 200, number_line, 22), (900, 200, "Table 7 / 2 pax", 22),
            (60, 240, "02 Apr 2026", 22),
            (60, 280, "Server: Hui Min", 22),
            (60, 340, "1 Laksa Bowl", 22), (1100, 340, "16.00", 22),
            (60, 380, "1 Iced Kopi", 22), (1100, 380, "5.00", 22),
            (60, 440, "Subtotal", 22), (1100, 440, "21.00", 22),
            (60, 480, "GST 9%", 22), (1100, 480, "1.89", 22),
            (60, 520, "TOTAL S$", 22), (1100, 520, "22.89", 22),
        ]
    )  # fmt: skip


def test_a_bare_check_label_on_a_restaurant_check_labels_its_number() -> None:
    fields = _read(_bistro_check("Check: 88214"))
    assert fields.invoice_number == "88214"  # type: ignore[attr-defined]


def _tavern_bill() -> OcrDocument:
    return sized_page(
        [
            (300, 40, "THE GILDED ANCHOR", 34),
            (300, 100, "Anchor Taverns Ltd", 24),
            (300, 140, "9 Mill Lane, Bristol BS1 4QT", 20),
            (60, 200, "Tab 12 Cover 3", 22), (900, 200, "Staff: Owen", 22),
            (60, 240, "Order 207-0031", 22), (900, 240, "12/03/2026 20:02", 22),
            (60, 300, "2 x Ploughman's", 22), (1100, 300, "£24.00", 22),
            (60, 340, "2 x Cider", 22), (1100, 340, "£11.00", 22),
            (60, 400, "TOTAL", 22), (1100, 400, "£35.00", 22),
            (60, 440, "Card (Mastercard)", 22), (1100, 440, "£35.00", 22),
        ]
    )  # fmt: skip


def test_an_order_number_of_two_hyphenated_groups_is_a_receipts_only_reference() -> None:
    fields = _read(_tavern_bill())
    assert fields.invoice_number == "207-0031"  # type: ignore[attr-defined]


def test_singapores_postal_code_points_to_its_dollar() -> None:
    doc = sized_page(
        [
            (300, 40, "LIM KEE CHICKEN RICE", 30),
            (300, 90, "Blk 85 Redhill Food Ctr S(150085)", 22),
            (60, 160, "No: 00418", 22),
            (60, 200, "06/04/2026 12:31", 22),
            (60, 260, "2 x Chicken Rice", 22), (900, 260, "9.00", 22),
            (60, 300, "1 x Barley", 22), (900, 300, "1.80", 22),
            (60, 360, "TOTAL", 22), (900, 360, "10.80", 22),
            (60, 400, "CASH", 22), (900, 400, "20.00", 22),
        ]
    )  # fmt: skip
    fields = _read(doc)
    assert fields.currency == "SGD"  # type: ignore[attr-defined]


def _chemist_bill() -> OcrDocument:
    return sized_page(
        [
            (300, 40, "AROGYA PHARMA", 30),
            (300, 90, "Arogya Pharma & Surgicals", 24),
            (300, 130, "12 MG Road, Pune, Maharashtra 411001", 20),
            (60, 170, "GSTIN:27AAQFA5531K1ZP", 20),
            (60, 220, "Bill No: AP/2526/1207", 22), (1000, 220, "Dt: 04-03-2026", 22),
            (60, 300, "Azithromycin 500 3s", 22), (1200, 300, "118.00", 22),
            (60, 340, "Bandage Roll", 22), (1200, 340, "42.00", 22),
            (60, 420, "GST%", 22), (260, 420, "Taxable", 22),
            (600, 420, "CGST", 22), (900, 420, "SGST", 22),
            (60, 460, "12%", 22), (260, 460, "105.36", 22),
            (600, 460, "6.32", 22), (900, 460, "6.32", 22),
            (60, 500, "5%", 22), (260, 500, "40.00", 22),
            (600, 500, "1.01", 22), (900, 500, "1.00", 22),
            (60, 580, "Gross (MRP incl. GST)", 22), (1200, 580, "160.01", 22),
            (60, 620, "Round Off", 22), (1200, 620, "-0.01", 22),
            (60, 660, "NET PAYABLE", 22), (1100, 660, "Rs. 160.00", 22),
        ]
    )  # fmt: skip


def test_net_payable_after_a_round_off_is_the_total_and_gst_halves_may_differ() -> None:
    fields = _read(_chemist_bill())
    assert fields.total == Decimal("160.00")  # type: ignore[attr-defined]
    assert fields.vat == Decimal("14.65")  # type: ignore[attr-defined]
    assert fields.amount == Decimal("145.36")  # type: ignore[attr-defined]


def _seller_invoice() -> OcrDocument:
    return sized_page(
        [
            (100, 60, "Tax Invoice/Bill of Supply", 26),
            (100, 120, "Sold By :", 22),
            (100, 150, "Vardhan Kitchenware LLP", 22),
            (100, 180, "Plot 12, MIDC Chakan, Pune, Maharashtra, 410501", 20),
            (100, 210, "GST Registration No: 27AAKFV7713M1Z2", 20),
            (100, 270, "Order Number:", 22), (400, 270, "171-5530218-0094712", 22),
            (100, 310, "Invoice Number :", 22), (400, 310, "PN-CKN1-08815", 22),
            (900, 310, "Invoice Date :", 22), (1150, 310, "03.03.2026", 22),
            (100, 400, "SI Description", 22), (700, 400, "Unit Price", 20),
            (880, 400, "Net Amt", 20), (1010, 400, "Rate Type", 20),
            (1190, 400, "Tax Amt", 20), (1450, 400, "Total", 20),
            (100, 450, "1 Pressure Cooker 5L", 20), (700, 450, "Rs.1,694.92", 20),
            (880, 450, "Rs.1,694.92", 20), (1010, 450, "18% IGST", 20),
            (1190, 450, "Rs.305.08", 20), (1440, 450, "Rs.2,000.00", 20),
            (100, 500, "2 Steel Tiffin Box", 20), (700, 500, "Rs.312.50", 20),
            (880, 500, "Rs.625.00", 20), (1010, 500, "12% IGST", 20),
            (1190, 500, "Rs.75.00", 20), (1440, 500, "Rs.700.00", 20),
            (100, 580, "TOTAL:", 22), (1190, 580, "Rs.380.08", 22),
            (1440, 580, "Rs.2,700.00", 22),
            (100, 660, "For Vardhan Kitchenware LLP:", 20),
            (
                100, 740,
                "Payment Transaction ID: UPI/507712904431 Date & Time: 02/03/2026, 18:10:44 hrs",
                18,
            ),
        ]
    )  # fmt: skip


def test_a_payments_transaction_id_is_not_the_invoice_number() -> None:
    fields = _read(_seller_invoice())
    assert fields.invoice_number == "PN-CKN1-08815"  # type: ignore[attr-defined]


def test_an_item_tables_tax_column_sums_to_the_whole_tax() -> None:
    fields = _read(_seller_invoice())
    assert fields.total == Decimal("2700.00")  # type: ignore[attr-defined]
    assert fields.vat == Decimal("380.08")  # type: ignore[attr-defined]
    assert fields.amount == Decimal("2319.92")  # type: ignore[attr-defined]


def _meals_bill() -> OcrDocument:
    return sized_page(
        [
            (300, 40, "SARAVANA MESS", 30),
            (300, 90, "Sri Saravana Caterers Pvt Ltd", 24),
            (300, 130, "14, Usman Road, T. Nagar, Chennai - 600017", 20),
            (300, 170, "GSTIN: 33AAHCS4410P1ZB", 20),
            (60, 230, "Bill No: 5521", 22), (900, 230, "Table: B2", 22),
            (60, 270, "Date: 14/03/2026", 22), (900, 270, "Pax: 2", 22),
            (60, 340, "Mini Meals", 22), (900, 340, "2", 22), (1100, 340, "360.00", 22),
            (60, 400, "Sub Total", 22), (1100, 400, "360.00", 22),
            (60, 440, "CGST @ 2.5%", 22), (1100, 440, "9.00", 22),
            (60, 480, "SGST @ 2.5%", 22), (1100, 480, "9.00", 22),
            (60, 520, "Round off", 22), (1100, 520, "+0.00", 22),
            (60, 560, "NET AMOUNT Rs.", 22), (1100, 560, "378.00", 22),
            (60, 600, "Paid: CASH", 22), (1100, 600, "500.00", 22),
            (60, 640, "Balance", 22), (1100, 640, "122.00", 22),
        ]
    )  # fmt: skip


def test_a_balance_that_is_the_cash_paid_less_the_net_amount_is_the_change() -> None:
    fields = _read(_meals_bill())
    assert fields.total == Decimal("378.00")  # type: ignore[attr-defined]
    assert fields.amount_due is None  # type: ignore[attr-defined]


def test_dt_before_its_colon_labels_the_date() -> None:
    doc = sized_page(
        [
            (300, 40, "NIRMAL MEDICOS", 30),
            (300, 90, "Licence renewed 01-01-2026", 20),
            (300, 130, "GSTIN:07AAPFN2290K1Z4", 20),
            (60, 200, "Inv No: NM/2526/3310", 22), (1000, 200, "Dt: 21-03-2026", 22),
            (60, 280, "Cetirizine 10mg 10s", 22), (1200, 280, "35.00", 22),
            (60, 340, "TOTAL", 22), (1200, 340, "35.00", 22),
        ]
    )  # fmt: skip
    fields = _read(doc)
    assert str(fields.invoice_date) == "2026-03-21"  # type: ignore[attr-defined]


def test_a_tills_only_date_under_a_balance_due_is_its_date() -> None:
    doc = sized_page(
        [
            (200, 40, "Pemberton Grocers Ltd", 26),
            (200, 80, "VAT No. GB 771 2044 18", 20),
            (60, 140, "Oat Milk 1L", 22), (900, 140, "£1.85 Z", 22),
            (60, 180, "Kitchen Roll 2pk", 22), (900, 180, "£2.40 A", 22),
            (60, 240, "2 items BALANCE DUE", 22), (900, 240, "£4.25", 22),
            (60, 280, "Contactless Visa", 22), (900, 280, "£4.25", 22),
            (60, 360, "Receipt 0318-02-44107", 22), (600, 360, "11 May 2026 17:46", 22),
        ]
    )  # fmt: skip
    prediction = RuleExtractor().predict(doc)
    assert str(prediction.fields.invoice_date) == "2026-05-11"
    assert prediction.confidence["invoice_date"] >= 0.8
