"""Net, VAT and total rules added after the third blind set (2026-11c) was studied: tax bases
after Dutch "op" and on withholding lines, the payable after a tax withheld, computed totals
as a fallback only, gross subtotals, untaxed lines after the tax, VAT tables that print the
gross, rounding-aware nets, pages that print no tax, service charges and Vietnamese labels as
OCR reads them. Every document here is invented for the test (other names, countries and
numbers than the pages that showed the gaps)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.labels import find_labels
from invoice_scanner_processing.schema import InvoiceFields

Layout = Callable[..., OcrDocument]

SELLER = [(100, 80, "Vesterhavn Trykkeri"), (100, 110, "Strandvejen 9, Esbjerg")]
NUMBER = [(1000, 200, "Invoice No:"), (1300, 200, "VT-5521")]


def _fields(doc: OcrDocument) -> InvoiceFields:
    return RuleExtractor().predict(doc).fields


def _money(fields: InvoiceFields) -> tuple[object, object, object]:
    return fields.amount, fields.vat, fields.total


def test_dutch_tax_lines_print_their_base_after_op(make_layout: Layout) -> None:
    """ "BTW 21% op 310,00 | € 65,10": the base is no tax; the tax sits in the next cell."""
    doc = make_layout(
        [
            (100, 80, "Glasatelier De Kroon"), (100, 110, "Markt 4, 8000 Brugge"),
            (1000, 200, "Factuurnummer:"), (1300, 200, "GK-208"),
            (900, 800, "Totaal excl. BTW"), (1400, 800, "€ 400,00"),
            (900, 830, "BTW 21% op 310,00"), (1400, 830, "€ 65,10"),
            (900, 860, "BTW 6% op 90,00"), (1400, 860, "€ 5,40"),
            (900, 890, "Totaal te betalen"), (1400, 890, "€ 470,50"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("400.00"), Decimal("70.50"), Decimal("470.50"))


def test_the_payable_after_a_tax_withheld_is_the_total(make_layout: Layout) -> None:
    """A withholding line printing its rate and base in its own cell, the tax in the next,
    and the payable after it under a label that names no total."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (900, 800, "Total before VAT"), (1400, 800, "20,000.00"),
            (900, 830, "VAT 7%"), (1400, 830, "1,400.00"),
            (900, 860, "Grand Total"), (1400, 860, "21,400.00"),
            (700, 890, "Less Withholding Tax 5% (of 20,000.00)"), (1400, 890, "-1,000.00"),
            (900, 920, "Net Payment"), (1400, 920, "20,400.00"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("20000.00"), Decimal("1400.00"), Decimal("20400.00"))


def test_a_printed_total_that_adds_up_beats_a_computed_one(make_layout: Layout) -> None:
    """Service charge, two taxes and their total: the sum of the subtotal and one tax (at a
    ratio that looks like a rate) is no total where the printed one adds up."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (900, 800, "Sub Total"), (1400, 800, "8,000.00"),
            (900, 830, "Service Charge (10%)"), (1400, 830, "800.00"),
            (900, 860, "VAT (7.5%)"), (1400, 860, "660.00"),
            (900, 890, "Consumption Tax (5%)"), (1400, 890, "440.00"),
            (900, 920, "TOTAL"), (1400, 920, "9,900.00"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("8800.00"), Decimal("1100.00"), Decimal("9900.00"))


def test_a_subtotal_equal_to_the_total_above_a_tax_is_gross(make_layout: Layout) -> None:
    """A till prints SUBTOTAL = TOTAL and the VAT contained below them."""
    doc = make_layout(
        [
            *SELLER,
            (100, 700, "SUBTOTAL"), (600, 700, "59,50"),
            (100, 730, "TOTAL EUR"), (600, 730, "59,50"),
            (100, 760, "CARD"), (600, 760, "59,50"),
            (100, 800, "TOTAL TVA"), (600, 800, "9,50"),
            (100, 830, "TVA A 19,00%"), (600, 830, "7,98"),
            (100, 860, "TVA B 9,00%"), (600, 860, "1,52"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("50.00"), Decimal("9.50"), Decimal("59.50"))


def test_untaxed_lines_after_the_tax_are_in_the_net(make_layout: Layout) -> None:
    """A fee note: VAT on the fees' subtotal, disbursements without VAT after it."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (100, 800, "Sub-total (fees)"), (1400, 800, "40,000.00"),
            (100, 830, "Add: VAT @ 15% on fees"), (1400, 830, "6,000.00"),
            (100, 860, "Court filing fee"), (1400, 860, "2,500.00"),
            (100, 890, "TOTAL AMOUNT DUE"), (1400, 890, "48,500.00"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("42500.00"), Decimal("6000.00"), Decimal("48500.00"))


def test_a_vat_table_printing_the_gross_gives_the_total(make_layout: Layout) -> None:
    """ "Summe" over a rate table with gross per row: the gross sum is the total."""
    doc = make_layout(
        [
            *SELLER,
            (100, 700, "Summe EUR"), (900, 700, "33,00"),
            (300, 740, "Netto"), (600, 740, "MwSt"), (900, 740, "Brutto"),
            (100, 770, "A 10%"), (300, 770, "10,00"), (600, 770, "1,00"), (900, 770, "11,00"),
            (100, 800, "B 20%"), (300, 800, "18,33"), (600, 800, "3,67"), (900, 800, "22,00"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("28.33"), Decimal("4.67"), Decimal("33.00"))


def test_a_rounded_payable_leaves_the_rounding_out_of_the_net(make_layout: Layout) -> None:
    """No net printed: the total before the rounding line and the rounded payable give one
    net, the rounding reported on its own."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (100, 800, "Beratung"), (1400, 800, "1'000.00"),
            (100, 830, "MWST 8.1 % auf CHF 1'000.00"), (1400, 830, "81.00"),
            (100, 860, "Spesen, MWST-frei"), (1400, 860, "42.40"),
            (100, 890, "Total"), (1400, 890, "1'123.40"),
            (100, 920, "Rundung"), (1400, 920, "-0.05"),
            (100, 950, "Rechnungsbetrag CHF"), (1400, 950, "1'123.35"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert _money(fields) == (Decimal("1042.40"), Decimal("81.00"), Decimal("1123.35"))
    assert fields.rounding == Decimal("-0.05")


def test_a_totals_row_of_net_and_vat_at_a_printed_rate(make_layout: Layout) -> None:
    """The item table's total row sums its net and VAT columns; the rate is printed above."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (100, 300, "Cota TVA:"), (400, 300, "19%"),
            (100, 700, "Total"), (1000, 700, "2.500,00"), (1300, 700, "475,00"),
            (100, 760, "Total de plată"), (1300, 760, "2.975,00 lei"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("2500.00"), Decimal("475.00"), Decimal("2975.00"))


@pytest.mark.parametrize(
    ("note", "net"),
    [
        ("NON-VAT Reg. TIN: 301-222-333-00000", None),
        (
            "Kein Ausweis der Umsatzsteuer: gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
            Decimal("250.00"),
        ),
        ("TVA non applicable, art. 293 B du CGI", Decimal("250.00")),
        ("I am not registered for VAT.", Decimal("250.00")),
    ],
)
def test_a_statement_that_no_tax_is_charged_prints_no_tax(
    make_layout: Layout, note: str, net: Decimal | None
) -> None:
    """The VAT is unknown (null). A page that states it bills no tax bills its gross as the
    net (r12p2); a registration marker ("NON-VAT Reg. TIN") states nothing of this bill."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (100, 700, "Consultation"), (1400, 700, "250.00"),
            (900, 830, "TOTAL AMOUNT DUE"), (1400, 830, "250.00"),
            (100, 900, note),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (net, None, Decimal("250.00"))


def test_no_tax_keeps_a_printed_subtotal_as_the_net(make_layout: Layout) -> None:
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (900, 800, "Zwischensumme"), (1400, 800, "780,00 EUR"),
            (900, 830, "Gesamtbetrag"), (1400, 830, "780,00 EUR"),
            (100, 900, "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet."),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("780.00"), None, Decimal("780.00"))


def test_a_service_charge_is_no_tax(make_layout: Layout) -> None:
    """ "Serviço 10%" on a bill that prints no tax: neither VAT nor an invented net."""
    doc = make_layout(
        [
            (100, 80, "Tasca do Rio"), (100, 110, "Rua Nova 12, Porto"),
            (100, 700, "Subtotal"), (600, 700, "84,00"),
            (100, 730, "Serviço 10% (opcional)"), (600, 730, "8,40"),
            (100, 760, "TOTAL"), (600, 760, "92,40"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (None, None, Decimal("92.40"))


def test_a_fare_and_a_tip_without_tax_invent_no_net(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "CITY CABS"), (100, 110, "Driver 5521"),
            (100, 700, "Fare"), (600, 700, "£18.20"),
            (100, 730, "Tip"), (600, 730, "£2.00"),
            (100, 760, "TOTAL"), (600, 760, "£20.20"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (None, None, Decimal("20.20"))


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Cng tin hàng (Total amount):", "net"),
        ("Tin thu GTGT (VAT amount):", "vat"),
        ("Tng cng tiên thanh toán (Total payment):", "total"),
        ("Tm tính", "net"),
        ("Tin truc thu", "net"),
        ("Thu GTGT 10%", "vat"),
        ("TNG THANH TOÁN", "total"),
        ("Tổng cộng tiền thanh toán", "total"),
    ],
)
def test_vietnamese_money_labels_as_ocr_reads_them(text: str, field: str) -> None:
    """OCR without a Vietnamese model drops letters with stacked marks ("Cộng" -> "Cng")."""
    assert field in find_labels(text)[0].fields


def test_a_vietnamese_bill_in_whole_dong(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "QUÁN BÚN HÀ"), (100, 110, "12 Lê Lợi, Q.1, TP.HCM"),
            (100, 700, "Tm tính"), (600, 700, "350.000"),
            (100, 730, "Tin truc thu"), (600, 730, "320.000"),
            (100, 760, "Thu GTGT 10%"), (600, 760, "32.000"),
            (100, 790, "TNG THANH TOÁN"), (600, 790, "352.000 d"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("320000"), Decimal("32000"), Decimal("352000"))


def test_a_label_with_its_translation_in_brackets_names_one_value(make_layout: Layout) -> None:
    """ "Cộng tiền hàng (Total amount):" is the net, whatever the English words say."""
    doc = make_layout(
        [
            (100, 80, "CÔNG TY TNHH AN KHANG"), (100, 110, "Hà Nội"),
            (100, 700, "Cng tin hàng (Total amount):"), (1300, 700, "8.000.000"),
            (100, 730, "Tin thu GTGT (VAT amount):"), (1300, 730, "640.000"),
            (100, 760, "Tng cng tiên thanh toán (Total payment):"), (1300, 760, "8.640.000"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("8000000"), Decimal("640000"), Decimal("8640000"))


def test_a_utility_bill_s_charges_before_vat_and_this_bill(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "Northvale Water"), (100, 110, "PO Box 12, Leeds LS1 4AB"),
            (100, 700, "Water supply charges"), (1400, 700, "£41.20"),
            (100, 730, "Total charges before VAT"), (1400, 730, "£41.20"),
            (100, 760, "VAT at 20%"), (1400, 760, "£8.24"),
            (100, 790, "Total charges this bill"), (1400, 790, "£49.44"),
            (100, 900, "Standing charge (30 days @ 40.00p)"), (1400, 900, "£12.00"),
        ]
    )  # fmt: skip
    prediction = RuleExtractor().predict(doc)
    assert _money(prediction.fields) == (Decimal("41.20"), Decimal("8.24"), Decimal("49.44"))
    # Read after their labels, not guessed from unlabelled amounts that happen to add up.
    assert min(prediction.confidence[k] for k in ("amount", "vat", "total")) >= 0.9


def test_a_rate_table_in_whole_won_with_a_tax_rounded_down(make_layout: Layout) -> None:
    """Money without minor units, marked by its currency; one rate's tax rounded down."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (100, 700, "Taxable amount"), (600, 700, "Tax"),
            (100, 730, "10% items"), (300, 730, "₩45,000"), (600, 730, "₩4,500"),
            (100, 760, "8% items"), (300, 760, "₩3,310"), (600, 760, "₩264"),
            (100, 790, "Total"), (300, 790, "₩48,310"), (600, 790, "₩4,764"),
            (100, 830, "Total (tax incl.)"), (600, 830, "₩53,074"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("48310"), Decimal("4764"), Decimal("53074"))


def test_a_till_s_server_line_is_no_service_charge(make_layout: Layout) -> None:
    """ "Bedienung: 4" names the waiter; the receipt's amounts add up without it."""
    doc = make_layout(
        [
            (100, 80, "Gasthaus Zur Linde"), (100, 110, "Hauptstr. 3, 79098 Freiburg"),
            (100, 600, "Bedienung: 4"),
            (100, 700, "Netto"), (600, 700, "25,00"),
            (100, 730, "MwSt 19%"), (600, 730, "4,75"),
            (100, 760, "Summe EUR"), (600, 760, "29,75"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert _money(fields) == (Decimal("25.00"), Decimal("4.75"), Decimal("29.75"))
