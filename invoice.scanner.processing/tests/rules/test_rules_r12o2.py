"""Receipts and invoices of Asia, the Middle East and Africa as OCR reads them (invented pages):
the naira sign read as a plain "N" glued to money, a tax a sentence says is not levied, a
receipt's number after "R#" or after Malay/Indonesian "No. Bill", and Vietnam's VAT initials
as evidence of the dong."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import layout, sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.amounts import _ON_BASE_RE
from invoice_scanner_processing.extractors.rules.currencies import infer_currency
from invoice_scanner_processing.extractors.rules.labels import find_labels
from invoice_scanner_processing.extractors.rules.parsing import find_amounts


def test_an_n_glued_to_money_in_cents_is_the_naira_sign() -> None:
    found = find_amounts("N21,650.00")
    assert [a.value for a in found] == [Decimal("21650.00")]
    assert found[0].decimals


def test_the_naira_sign_after_a_capital_label_is_still_read() -> None:
    # "TOTAL N…": the label's last three capitals must not take the sign's place.
    assert [a.value for a in find_amounts("TOTAL N35,112.50")] == [Decimal("35112.50")]


def test_an_n_before_a_whole_number_or_inside_a_word_is_no_sign() -> None:
    assert find_amounts("N12") == []
    assert find_amounts("SN14.00") == []


def _naira_receipt() -> OcrDocument:
    return sized_page(
        [
            (550, 120, "BUKA OYIBO", 90),
            (220, 380, "14 Allen Avenue, Ikeja, Lagos", 50),
            (70, 600, "Receipt #: BO-26-00417", 50),
            (70, 690, "Date: 11/02/2026", 50),
            (70, 910, "2 x Ofada Rice", 50), (1680, 910, "N9,000.00", 50),
            (70, 1000, "1 x Suya Platter", 50), (1680, 1000, "N11,000.00", 50),
            (70, 1400, "Sub Total", 50), (1680, 1400, "N20,000.00", 50),
            (70, 1490, "VAT 7.5%", 50), (1720, 1490, "N1,500.00", 50),
            (70, 1680, "TOTAL", 50), (1450, 1680, "N21,500.00", 50),
        ],
        width=2190,
        height=2339,
    )  # fmt: skip


def test_a_receipt_priced_in_naira_read_as_n_keeps_its_amounts() -> None:
    fields = RuleExtractor().predict(_naira_receipt()).fields
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("20000.00"),
        Decimal("1500.00"),
        Decimal("21500.00"),
    )


def _untaxed_invoice() -> OcrDocument:
    return layout(
        [
            (70, 130, "Kestrel Pixel Works Limited"),
            (490, 120, "Invoice"),
            (490, 270, "Invoice number"), (710, 270, "KPW-2026-031"),
            (490, 310, "Date of issue"), (710, 310, "09/01/2026"),
            (500, 560, "Brand identity design"), (1400, 560, "24,000.00"),
            (500, 650, "Illustration set"), (1400, 650, "6,500.00"),
            (1000, 920, "Subtotal"), (1400, 920, "30,500.00"),
            (1000, 980, "Total (HKD)"), (1300, 980, "HK$30,500.00"),
            (140, 1300, "Hong Kong does not levy VAT or GST on these services."),
        ]
    )  # fmt: skip


def test_a_tax_a_sentence_says_is_not_levied_is_unknown_not_zero() -> None:
    fields = RuleExtractor().predict(_untaxed_invoice()).fields
    assert fields.vat is None
    assert fields.total == Decimal("30500.00")


def test_a_label_closed_by_its_number_sign_holds_the_number_glued_to_it() -> None:
    text = "R#0091-2277310"
    hits = [h for h in find_labels(text) if "invoice_number" in h.fields]
    assert hits
    assert text[hits[0].end :] == "0091-2277310"


def test_no_before_its_noun_names_a_receipt_number() -> None:
    text = "No. Bill : KSR-1107-0042"
    hits = [h for h in find_labels(text) if "invoice_number" in h.fields]
    assert hits
    assert text[hits[0].end :].strip(" :") == "KSR-1107-0042"


def test_vietnams_vat_initials_point_to_the_dong() -> None:
    assert infer_currency("Thuế suất GTGT (VAT rate): 8%") == "VND"
    assert infer_currency("Địa chỉ: 5 Tràng Tiền, Hà Nội") == "VND"


def _inclusive_receipt() -> OcrDocument:
    # The tax's and the net's names lost to OCR ("E.", "VA 15%"); the amounts add up.
    return sized_page(
        [
            (380, 200, "BAYT AL NAKHEEL BAKERY", 70),
            (450, 340, "VAT No.300111222300003", 60),
            (440, 500, "Simplified Tax Invoice", 60),
            (60, 650, "Invoice # 221-26-000318", 60),
            (60, 715, "Date 2026-02-14", 60),
            (60, 880, "2 x Cardamom Tea", 60), (1420, 880, "24.00", 60),
            (60, 950, "1 x Date Maamoul", 60), (1420, 950, "45.00", 60),
            (55, 1250, " E.", 60), (1390, 1250, "60.00", 60),
            (55, 1320, "VA 15%", 60), (1420, 1320, "9.00", 60),
            (60, 1400, "Total", 60), (300, 1400, "SAR", 60), (1295, 1400, "69.00", 60),
            (60, 1510, "mada", 60), (1390, 1510, "69.00", 60),
            (570, 2100, "Prices include VAT", 60),
        ],
        width=1655,
        height=2339,
    )  # fmt: skip


def test_an_unlabelled_amount_that_is_its_rows_rate_of_the_net_is_the_tax() -> None:
    reading = RuleExtractor().predict(_inclusive_receipt())
    assert (reading.fields.amount, reading.fields.vat, reading.fields.total) == (
        Decimal("60.00"),
        Decimal("9.00"),
        Decimal("69.00"),
    )
    assert reading.confidence["vat"] < 0.8


def _lakh_invoice() -> OcrDocument:
    return layout(
        [
            (240, 75, "SHREE BALAJI HARDWARE MART"),
            (490, 205, "GSTIN: 24AAACB1234F1Z5"),
            (700, 260, "TAX INVOICE"),
            (95, 330, "Invoice No"), (335, 330, ": SBH/2026/0441"),
            (95, 360, "Dated"), (335, 360, ": 07/03/2026"),
            (890, 700, "Total Taxable Value"), (1416, 700, "2,41,500.00"),
            (890, 740, "IGST @ 18% on 2,41,500.00"), (1440, 740, "43,470.00"),
            (890, 860, "Grand Total"), (1325, 860, "₹ 2,84,970.00"),
        ]
    )  # fmt: skip


def test_a_tax_base_in_indian_grouping_is_read_whole() -> None:
    fields = RuleExtractor().predict(_lakh_invoice()).fields
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("241500.00"),
        Decimal("43470.00"),
        Decimal("284970.00"),
    )


def test_a_tax_base_in_indian_grouping_ends_with_its_number() -> None:
    base = _ON_BASE_RE.search("IGST @ 18% on 2,41,500.00")
    assert base is not None
    assert base.group().endswith("2,41,500.00")


def test_taiwans_e_invoice_names_its_net_and_its_tax() -> None:
    assert [h.fields for h in find_labels("Sales amount")] == [("net",)]
    assert [h.fields for h in find_labels("Business tax 5%")] == [("vat",)]
