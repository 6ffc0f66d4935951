"""Money and due-date rules added after the blind set 2026-12c was studied: a tax base after an
"ON" read as "0N", whole numbers after a balance label on a page of cents, VAT tables that
print the tax before the net, summaries of the tax contained in each gross, a "net amount"
under the tax lines, savings totals, taxes withheld named after the tax, early-payment
discount dates and direct-debit sentences with an amount in them. Every document here is
invented for the test (other names, countries and numbers than the pages that showed the
gaps)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import InvoiceFields, Prediction

Layout = Callable[..., OcrDocument]


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _money(fields: InvoiceFields) -> tuple[object, object, object]:
    return fields.amount, fields.vat, fields.total


def test_a_tax_base_after_a_zero_for_on_is_no_tax(make_layout: Layout) -> None:
    """ "CGST 9% 0N 500.00 | 45.00": OCR's zero for the O of "ON" still marks the base."""
    doc = make_layout(
        [
            (100, 80, "Lakeview Printers"), (100, 110, "14 Lake Road, Bhopal"),
            (100, 600, "Sub Total"), (1300, 600, "500.00"),
            (100, 640, "CGST 9% 0N 500.00"), (1300, 640, "45.00"),
            (100, 680, "SGST 9% 0N 500.00"), (1300, 680, "45.00"),
            (100, 720, "Grand Total"), (1300, 720, "590.00"),
        ]
    )  # fmt: skip
    assert _money(_predict(doc).fields) == (
        Decimal("500.00"),
        Decimal("90.00"),
        Decimal("590.00"),
    )


def test_a_whole_number_after_a_balance_label_is_no_money(make_layout: Layout) -> None:
    """A loyalty balance ("BALANCE: 3,410" under "REWARDS EARNED: 56") on a page of cents
    counts points: neither the amount due nor the total."""
    doc = make_layout(
        [
            (100, 80, "HILLTOP OUTDOOR SUPPLY"), (100, 110, "902 Ridge Ave, Boise ID"),
            (100, 500, "TENT STAKES 10PK"), (900, 500, "12.00"),
            (100, 540, "WATER FILTER"), (900, 540, "40.00"),
            (100, 600, "SUBTOTAL"), (900, 600, "52.00"),
            (100, 640, "TAX 8%"), (900, 640, "4.16"),
            (100, 680, "TOTAL"), (900, 680, "56.16"),
            (300, 800, "REWARDS EARNED: 56"),
            (300, 840, "BALANCE: 3,410"),
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    assert _money(fields) == (Decimal("52.00"), Decimal("4.16"), Decimal("56.16"))
    assert fields.amount_due is None


def test_a_vat_table_with_the_tax_before_the_net(make_layout: Layout) -> None:
    """A Nordic till's table "Mva% Mva Grunnlag Sum": each row's tax comes before its net."""
    doc = make_layout(
        [
            (100, 80, "FJORDKIOSKEN"), (100, 110, "Strandgata 9, 5013 Bergen"),
            (100, 300, "Brød"), (500, 300, "46,00"),
            (100, 330, "Batterier"), (500, 330, "50,00"),
            (100, 400, "Totalt"), (450, 400, "96,00 kr"),
            (100, 480, "Mva%"), (200, 480, "Mva"), (330, 480, "Grunnlag"), (480, 480, "Sum"),
            (100, 510, "15,00"), (200, 510, "6,00"), (330, 510, "40,00"), (480, 510, "46,00"),
            (100, 540, "25,00"), (200, 540, "10,00"), (330, 540, "40,00"), (480, 540, "50,00"),
        ]
    )  # fmt: skip
    assert _money(_predict(doc).fields) == (
        Decimal("80.00"),
        Decimal("16.00"),
        Decimal("96.00"),
    )


def test_a_summary_of_contained_tax_gives_the_vat(make_layout: Layout) -> None:
    """ "Satz | Brutto | MwSt" rows and their "Summe 34.00 4.00": the gross and the tax in it,
    at 10 % and 20 %; the 4.00 is the VAT, never the total."""
    doc = make_layout(
        [
            (100, 80, "BÄCKEREI HOLZER"), (100, 110, "Hauptplatz 3, 8010 Graz"),
            (100, 300, "Kaisersemmel 10 Stk"), (900, 300, "22.00"),
            (100, 340, "Kerze"), (900, 340, "12.00"),
            (100, 420, "GESAMT EUR"), (900, 420, "34.00"),
            (100, 520, "Satz"), (500, 520, "Brutto"), (900, 520, "MwSt"),
            (100, 560, "10%"), (500, 560, "22.00"), (900, 560, "2.00"),
            (100, 600, "20%"), (500, 600, "12.00"), (900, 600, "2.00"),
            (100, 640, "Summe"), (500, 640, "34.00"), (900, 640, "4.00"),
        ]
    )  # fmt: skip
    assert _money(_predict(doc).fields) == (
        Decimal("30.00"),
        Decimal("4.00"),
        Decimal("34.00"),
    )


def test_a_net_amount_under_the_taxes_is_the_payable(make_layout: Layout) -> None:
    """ "Net Amount" under the service charge and the tax, above a smaller subtotal, is what
    the bill asks for; read after a net's label, it is held for a person to see."""
    doc = make_layout(
        [
            (100, 80, "Galle Face Tea Rooms"), (100, 110, "21 Marine Drive, Colombo 03"),
            (100, 300, "Sub Total"), (1000, 300, "2,000.00"),
            (100, 340, "Service Charge 10%"), (1000, 340, "200.00"),
            (100, 380, "VAT 18%"), (1000, 380, "396.00"),
            (100, 440, "Net Amount"), (1000, 440, "2,596.00"),
        ]
    )  # fmt: skip
    prediction = _predict(doc)
    assert _money(prediction.fields) == (
        Decimal("2200.00"),
        Decimal("396.00"),
        Decimal("2596.00"),
    )
    assert prediction.confidence["total"] <= 0.75


def test_total_savings_are_a_discount_not_a_credit(make_layout: Layout) -> None:
    """ "TOTAL SAVINGS -$2.50" sums a loyalty card's savings: no negative total, no credit."""
    doc = make_layout(
        [
            (100, 80, "PRAIRIE FRESH MARKET"), (100, 110, "45 Main St, Fargo ND"),
            (100, 300, "COFFEE BEANS"), (900, 300, "$18.00"),
            (100, 340, "OAT MILK"), (900, 340, "$5.00"),
            (100, 380, "SUBTOTAL"), (900, 380, "$23.00"),
            (100, 420, "TOTAL SAVINGS"), (900, 420, "-$2.50"),
            (100, 460, "TAX"), (900, 460, "$1.64"),
            (100, 500, "TOTAL"), (900, 500, "$22.14"),
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.total == Decimal("22.14")
    assert fields.vat == Decimal("1.64")
    assert fields.document_type != "credit_note"


def test_a_withheld_tax_named_after_the_tax_is_no_vat(make_layout: Layout) -> None:
    """ "IVA Retenido" is deducted from the total; the VAT is the IVA charged."""
    doc = make_layout(
        [
            (100, 80, "CONSULTORES DEL PACÍFICO, S.C."),
            (100, 110, "Av. Vallarta 1200, Guadalajara"),
            (900, 600, "Subtotal"), (1300, 600, "$ 10,000.00"),
            (900, 640, "IVA 16%"), (1300, 640, "$ 1,600.00"),
            (900, 680, "IVA Retenido"), (1300, 680, "$ 1,066.67"),
            (900, 720, "Total"), (1300, 720, "$ 10,533.33"),
        ]
    )  # fmt: skip
    assert _money(_predict(doc).fields) == (
        Decimal("10000.00"),
        Decimal("1600.00"),
        Decimal("10533.33"),
    )


def test_an_early_payment_discount_date_is_no_due_date(make_layout: Layout) -> None:
    """ "Bei Zahlung bis 12.03.2027 gewähren wir 3 % Skonto": the discount's deadline."""
    doc = make_layout(
        [
            (100, 80, "Tischlerei Aigner GmbH"), (100, 110, "Salzachstraße 8, 5020 Salzburg"),
            (900, 200, "Rechnungsdatum"), (1300, 200, "26.02.2027"),
            (900, 600, "Nettobetrag"), (1300, 600, "1.000,00"),
            (900, 640, "USt 20 %"), (1300, 640, "200,00"),
            (900, 680, "Gesamtbetrag"), (1300, 680, "1.200,00"),
            (100, 780, "Zahlbar innerhalb von 30 Tagen."),
            (100, 810, "Bei Zahlung bis 12.03.2027 gewähren wir 3 % Skonto."),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.due_date is None


def test_a_direct_debit_sentence_with_its_amount_dates_the_debit(make_layout: Layout) -> None:
    """ "Your direct debit of €56.20 will be taken on or after 14 January 2027": the amount's
    decimal point ends no sentence."""
    doc = make_layout(
        [
            (100, 80, "Shannon Gas & Power"), (100, 110, "Dock Road, Limerick"),
            (900, 200, "Bill date"), (1300, 200, "30 December 2026"),
            (900, 600, "Charges before VAT"), (1300, 600, "€50.00"),
            (900, 640, "VAT at 12.4%"), (1300, 640, "€6.20"),
            (900, 680, "Amount to pay"), (1300, 680, "€56.20"),
            (100, 760, "Your direct debit of €56.20 will be taken on or after 14 January 2027."),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.due_date == date(2027, 1, 14)
