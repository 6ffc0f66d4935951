"""Tax, total and payable rules added after the second blind set (2026-11b) was studied: tax
components on lines of their own, a tax line's base in its own cell, rate tables without a
percent sign, VAT included in a rounded total, withholding, service charges and further
languages' words. Every document here is invented for the test."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.labels import find_labels
from invoice_scanner_processing.schema import InvoiceFields

Layout = Callable[..., OcrDocument]

SELLER = [(100, 80, "Korvet Supplies Ltd"), (100, 110, "14 Harbour Row, Leith")]
NUMBER = [(1000, 200, "Invoice No:"), (1300, 200, "KS-3310")]


def _fields(doc: OcrDocument) -> InvoiceFields:
    return RuleExtractor().predict(doc).fields


def _money(fields: InvoiceFields) -> tuple[object, object, object]:
    return fields.amount, fields.vat, fields.total


def test_equal_tax_components_are_both_counted(make_layout: Layout) -> None:
    """CGST and SGST of the same amount, without rates on their lines, are two taxes."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (900, 800, "Taxable Value"), (1400, 800, "5,200.00"),
            (900, 830, "CGST"), (1400, 830, "468.00"),
            (900, 860, "SGST"), (1400, 860, "468.00"),
            (900, 890, "Grand Total"), (1400, 890, "Rs. 6,136.00"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("5200.00"), Decimal("936.00"), Decimal("6136.00"))


def test_components_with_rates_and_an_ocr_zero_in_round_off(make_layout: Layout) -> None:
    """CGST 6 % + SGST 6 %, and a "Round 0ff" line (OCR read the O as a zero) in the total."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (900, 800, "Sub Total"), (1400, 800, "410.00"),
            (900, 830, "CGST @ 6%"), (1400, 830, "24.60"),
            (900, 860, "SGST @ 6%"), (1400, 860, "24.60"),
            (900, 890, "Round 0ff"), (1400, 890, "-0.20"),
            (900, 920, "Grand Total"), (1400, 920, "459.00"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert _money(fields) == (Decimal("410.00"), Decimal("49.20"), Decimal("459.00"))
    assert fields.rounding == Decimal("-0.20")


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("R0UNDING", "_rounding"),
        ("Zaokrouhlení:", "_rounding"),
        ("Spropitné", "_tip"),
        ("DPH celkem:", "vat"),
        ("SUMA PTU", "vat"),
        ("PTU B 8,00%", "vat"),
        ("Totale imposta", "vat"),
        ("Service Tax 6%", "vat"),
        ("Total (tax incl.)", "total"),
        ("Retención IRPF (7%)", "_withheld"),
        ("Ritenuta d'acconto 20%", "_withheld"),
        ("8% GST", "vat"),
        ("12% Svc Chg", "_service"),
    ],
)
def test_words_of_further_markets(label: str, field: str) -> None:
    hits = find_labels(label)
    assert hits and field in hits[0].fields, hits


def test_a_zero_between_digits_stays_a_digit() -> None:
    assert not any("_rounding" in h.fields for h in find_labels("R0 1200"))


def test_tax_base_in_the_label_cell_and_the_tax_beside_it(make_layout: Layout) -> None:
    """ "BTW 21% over € 50,00 | € 10,50": the base is not the tax; the tax is the next cell."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (900, 800, "Totaal excl. btw"), (1400, 800, "€ 80,00"),
            (900, 830, "BTW 21% over € 50,00"), (1400, 830, "€ 10,50"),
            (900, 860, "BTW 9% over € 30,00"), (1400, 860, "€ 2,70"),
            (900, 890, "Totaal incl. btw"), (1400, 890, "€ 93,20"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert _money(fields) == (Decimal("80.00"), Decimal("13.20"), Decimal("93.20"))
    assert [(v.rate, v.amount) for v in fields.vat_breakdown] == [
        (21, Decimal("10.50")),
        (9, Decimal("2.70")),
    ]


def test_german_base_after_auf(make_layout: Layout) -> None:
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (900, 800, "Total exkl. MWST"), (1400, 800, "1'000.00"),
            (900, 830, "MWST 8.1% auf 1'000.00"), (1400, 830, "81.00"),
            (900, 860, "Rechnungsbetrag CHF"), (1400, 860, "1'081.00"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("1000.00"), Decimal("81.00"), Decimal("1081.00"))


def test_rate_table_without_percent_signs(make_layout: Layout) -> None:
    """A VAT summary whose rate column ("%IVA") prints bare numbers: 22,00 and 10,00."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (100, 800, "Riepilogo"), (500, 800, "%IVA"), (800, 800, "Imponibile"),
            (1200, 800, "Imposta"),
            (100, 830, "Esigibilità immediata"), (500, 830, "22,00"), (800, 830, "300,00"),
            (1200, 830, "66,00"),
            (100, 860, "Esigibilità immediata"), (500, 860, "10,00"), (800, 860, "150,00"),
            (1200, 860, "15,00"),
            (900, 920, "Totale documento"), (1400, 920, "531,00"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("450.00"), Decimal("81.00"), Decimal("531.00"))


def test_rate_cell_with_a_word_after_the_rate(make_layout: Layout) -> None:
    """Per-rate rows "10% items  net  tax" and a total that states the tax as included."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (100, 800, "10% items"), (800, 800, "$1,200.00"), (1200, 800, "$120.00"),
            (100, 830, "8% items"), (800, 830, "$331.00"), (1200, 830, "$26.48"),
            (900, 890, "Total (tax incl.)"), (1400, 890, "$1,677.48"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("1531.00"), Decimal("146.48"), Decimal("1677.48"))


def test_included_vat_and_a_cash_rounding(make_layout: Layout) -> None:
    """VAT stated as included ("heraf moms") in a rounded total: the net is the total less the
    VAT and the rounding, and net + VAT is never taken for a total."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (900, 800, "SUBTOTAL"), (1400, 800, "61,80"),
            (900, 830, "Afrunding"), (1400, 830, "0,20"),
            (900, 860, "I ALT DKK"), (1400, 860, "62,00"),
            (900, 890, "Heraf moms 25%"), (1400, 890, "12,36"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("49.44"), Decimal("12.36"), Decimal("62.00"))


def test_receipt_tax_included_without_a_net(make_layout: Layout) -> None:
    """A till slip's tax lines per letter and their sum, all included in the total."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (100, 800, "SPRZEDAZ OPODATK. A"), (1400, 800, "24,60"),
            (100, 830, "PTU A 23,00%"), (1400, 830, "4,60"),
            (100, 860, "SPRZEDAZ OPODATK. B"), (1400, 860, "10,80"),
            (100, 890, "PTU B 8,00%"), (1400, 890, "0,80"),
            (100, 920, "SUMA PTU"), (1400, 920, "5,40"),
            (100, 950, "SUMA PLN"), (1400, 950, "35,40"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("30.00"), Decimal("5.40"), Decimal("35.40"))


def test_withholding_reduces_the_total(make_layout: Layout) -> None:
    """IRPF withheld: the printed total is the payable, net + VAT less the withholding."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (900, 800, "Base imponible"), (1400, 800, "1.000,00 €"),
            (900, 830, "IVA (21%)"), (1400, 830, "210,00 €"),
            (900, 860, "Retención IRPF (15%)"), (1400, 860, "-150,00 €"),
            (900, 890, "TOTAL FACTURA"), (1400, 890, "1.060,00 €"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("1000.00"), Decimal("210.00"), Decimal("1060.00"))


def test_a_deposit_paid_leaves_the_total_and_the_amount_due_apart(make_layout: Layout) -> None:
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (900, 800, "Subtotal"), (1400, 800, "400.00"),
            (900, 830, "Tax (5%)"), (1400, 830, "20.00"),
            (900, 860, "Total"), (1400, 860, "420.00"),
            (900, 890, "Payment (deposit)"), (1400, 890, "-100.00"),
            (900, 920, "Balance Due"), (1400, 920, "$320.00"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert _money(fields) == (Decimal("400.00"), Decimal("20.00"), Decimal("420.00"))
    assert fields.amount_due == Decimal("320.00")


def test_service_charge_and_a_tax_named_after_its_rate(make_layout: Layout) -> None:
    """ "10% Service Charge" is part of the net the tax is charged on; "9% GST" is the tax."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (100, 800, "Subtotal"), (1400, 800, "40.00"),
            (100, 830, "10% Svc Chg"), (1400, 830, "4.00"),
            (100, 860, "9% GST"), (1400, 860, "3.96"),
            (100, 890, "Rounding Adj"), (1400, 890, "-0.01"),
            (100, 920, "TOTAL"), (1400, 920, "S$47.95"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("44.00"), Decimal("3.96"), Decimal("47.95"))


def test_tip_in_czech(make_layout: Layout) -> None:
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (100, 800, "Sazba DPH"), (500, 800, "Základ"), (900, 800, "DPH"),
            (100, 830, "12%"), (500, 830, "250,00"), (900, 830, "30,00"),
            (100, 860, "Celkem"), (1400, 860, "280,00 Kč"),
            (100, 890, "Spropitné"), (1400, 890, "20,00 Kč"),
            (100, 920, "CELKEM K ÚHRADĚ"), (1400, 920, "300,00 Kč"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert _money(fields) == (Decimal("250.00"), Decimal("30.00"), Decimal("300.00"))
    assert fields.tip == Decimal("20.00")


def test_no_tax_on_the_page_leaves_the_vat_unknown(make_layout: Layout) -> None:
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (900, 800, "Subtotal"), (1400, 800, "640.00"),
            (900, 830, "Total Due"), (1400, 830, "640.00"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert (fields.amount, fields.vat, fields.total) == (Decimal("640.00"), None, Decimal("640.00"))


# "Not registered for VAT" states that no tax is charged: the VAT is null there
# (test_rules_amounts5.test_a_statement_that_no_tax_is_charged_prints_no_tax).
@pytest.mark.parametrize("note", ["Tax ID 12-3456789"])
def test_a_tax_named_on_the_page_keeps_a_zero_vat(make_layout: Layout, note: str) -> None:
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (900, 800, "Subtotal"), (1400, 800, "640.00"),
            (900, 830, "Total Due"), (1400, 830, "640.00"),
            (100, 900, note),
        ]
    )  # fmt: skip
    assert _fields(doc).vat == 0
