"""Money rules added after the blind set 2026-12e was studied: amounts repeated in a second
currency, a total's label with its currency before "incl. VAT", tax rows that name their base
beside the rate, a tax's total named after the tax, a folio's "Total Charges", and a service
charge on a bill without tax. Every document here is invented for the test (other names,
countries and numbers than the pages that showed the gaps)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction

Layout = Callable[..., OcrDocument]


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_amounts_repeated_in_a_second_currency_are_not_the_bills(make_layout: Layout) -> None:
    """A bill in pounds that repeats its net, VAT and total in euros at a printed rate: the
    pound amounts are the invoice's, however strong the euro line's labels."""
    doc = make_layout(
        [
            (100, 80, "Larkspur Data Services Ltd"),
            (100, 120, "12 Canal Wharf, Bristol BS1 4RT"),
            (100, 200, "Invoice number"), (450, 200, "LDS-88120"),
            (100, 240, "Date of issue"), (450, 240, "3 March 2026"),
            (100, 400, "Description"), (900, 400, "Qty"), (1400, 400, "Amount"),
            (100, 440, "Cloud storage 2 TB"), (900, 440, "1"), (1400, 440, "£40.00"),
            (100, 480, "Backup agents"), (900, 480, "4"), (1400, 480, "£24.00"),
            (100, 520, "Support plan"), (900, 520, "1"), (1400, 520, "£16.00"),
            (900, 600, "Subtotal"), (1400, 600, "£80.00"),
            (900, 640, "VAT (20%)"), (1400, 640, "£16.00"),
            (900, 680, "Total"), (1400, 680, "£96.00"),
            (900, 720, "Amount due (GBP)"), (1400, 720, "£96.00"),
            (120, 820, "Rate 2 Mar 2026: 1 GBP = 1.1800 EUR"),
            (
                120,
                860,
                "Taxable amount EUR 94.40 · VAT 20% EUR 18.88 · Total EUR 113.28",
            ),
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.total == Decimal("96.00")
    assert fields.vat == Decimal("16.00")
    assert fields.amount == Decimal("80.00")


def test_a_total_label_with_its_currency_before_incl_vat_names_the_total(
    make_layout: Layout,
) -> None:
    """ "Gesamt EUR inkl. MwSt." after the net, the VAT and a rounding line: the total, not a
    VAT contained in it."""
    doc = make_layout(
        [
            (100, 80, "Holzbau Ammerland GmbH"),
            (100, 120, "Ringstraße 9, 26655 Westerstede"),
            (100, 200, "Rechnung Nr."), (450, 200, "HA-3391"),
            (100, 240, "Datum"), (450, 240, "14.05.2026"),
            (900, 700, "Summe netto"), (1400, 700, "2'470.35"),
            (900, 740, "MWST 7.7 %"), (1400, 740, "190.22"),
            (900, 780, "Rundung"), (1400, 780, "-0.02"),
            (900, 820, "Gesamt EUR inkl. MWST"), (1400, 820, "2'660.55"),
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.total == Decimal("2660.55")
    assert fields.vat == Decimal("190.22")


def test_tax_rows_naming_their_base_beside_the_rate_give_the_net_and_vat(
    make_layout: Layout,
) -> None:
    """ "Grundlag 25 % moms | 400,00 | 100,00" and "Grundlag 12 % moms | 150,00 | 18,00" under
    a total only: the rows are the tax breakdown, the VAT their sum."""
    doc = make_layout(
        [
            (100, 80, "Fjordhotellet Sogn"),
            (100, 120, "Kaiveien 2, 6856 Sogndal"),
            (100, 200, "Kvittering"), (450, 200, "FS-20931"),
            (100, 240, "Dato"), (450, 240, "09.06.2026"),
            (100, 700, "Grundlag 25 % moms"), (900, 700, "400,00"), (1300, 700, "100,00"),
            (100, 740, "Grundlag 12 % moms"), (900, 740, "150,00"), (1300, 740, "18,00"),
            (100, 800, "Totalt inkl. moms"), (1300, 800, "668,00"),
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.total == Decimal("668.00")
    assert fields.vat == Decimal("118.00")
    assert fields.amount == Decimal("550.00")


def test_a_rate_cell_holding_its_net_beside_the_tax_cell(make_layout: Layout) -> None:
    """A till's tax lines "B 19% Netto 21,00 | MwSt 3,99" and "C 7% Netto 5,00 | MwSt 0,35"
    under "Summe EUR 30,34": the tax is the two lines', the net theirs too."""
    doc = make_layout(
        [
            (100, 60, "Metzgerei Obermaier"),
            (100, 100, "Hauptplatz 4, 4020 Linz"),
            (60, 300, "Leberkäse"), (900, 300, "5,00 C"),
            (60, 340, "Grillset"), (900, 340, "24,99 B"),
            (60, 420, "Summe EUR"), (900, 420, "30,34"),
            (60, 500, "B 19% Netto 21,00"), (800, 500, "MwSt 3,99"),
            (60, 540, "C 7% Netto 5,00"), (800, 540, "MwSt 0,35"),
            (60, 620, "Bon-Nr. 44817"),
        ],
        width=1000,
        height=900,
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.total == Decimal("30.34")
    assert fields.vat == Decimal("4.34")
    assert fields.amount == Decimal("26.00")


def test_a_folio_total_charges_and_total_tax(make_layout: Layout) -> None:
    """A hotel folio: a tax line under every charge, "Total Charges" in the charges column with
    the payment in the credits column beside it, the balance 0.00, and "Total GST" below: the
    total is the charges', the VAT the tax total, not the total its first word names."""
    doc = make_layout(
        [
            (100, 60, "KAURI BAY LODGE"),
            (100, 100, "8 Marine Parade, Paihia 0200, New Zealand"),
            (100, 160, "Folio"), (450, 160, "F-77120"),
            (100, 200, "Departure"), (450, 200, "04/07/2026"),
            (100, 300, "Date"), (300, 300, "Description"), (1050, 300, "Charges"),
            (1450, 300, "Credits"),
            (100, 340, "02/07/2026"), (300, 340, "Room Charge"), (1050, 340, "260.00"),
            (100, 380, "02/07/2026"), (300, 380, "GST 15%"), (1050, 380, "39.00"),
            (100, 420, "03/07/2026"), (300, 420, "Room Charge"), (1050, 420, "260.00"),
            (100, 460, "03/07/2026"), (300, 460, "GST 15%"), (1050, 460, "39.00"),
            (100, 500, "04/07/2026"), (300, 500, "MASTERCARD ****4410"), (1450, 500, "-598.00"),
            (300, 560, "Total Charges"), (1050, 560, "598.00"), (1450, 560, "-598.00"),
            (300, 600, "Balance Due NZD"), (1450, 600, "0.00"),
            (100, 660, "Total GST"), (1450, 660, "78.00"),
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.total == Decimal("598.00")
    assert fields.vat == Decimal("78.00")
    assert fields.amount == Decimal("520.00")


def _service_bill(note: str) -> list[tuple[float, float, str]]:
    return [
        (100, 60, "PEARL RIVER NOODLE HOUSE"),
        (100, 100, "22 Jalan Besar, Singapore"),
        (60, 300, "Wonton Noodles"), (900, 300, "36.00"),
        (60, 340, "Char Siu Rice"), (900, 340, "24.00"),
        (60, 420, "Subtotal"), (900, 420, "60.00"),
        (60, 460, f"10% Service Charge{note}"), (900, 460, "6.00"),
        (60, 500, "TOTAL"), (900, 500, "66.00"),
        (60, 560, "Bill No. 30912"),
    ]  # fmt: skip


def test_a_service_charge_on_a_bill_without_tax_is_in_the_net(make_layout: Layout) -> None:
    """No tax printed: the subtotal and the service charge added to it are what was sold, the
    net is the total (net + tip + rounding = total where the VAT is null)."""
    fields = _predict(make_layout(_service_bill(""), width=1000, height=900)).fields
    assert fields.total == Decimal("66.00")
    assert fields.vat is None
    assert fields.amount == Decimal("66.00")


def test_an_optional_service_charge_is_no_part_of_the_net(make_layout: Layout) -> None:
    """A service charge left to the guest ("(optional)") is a gratuity: the net stays unknown,
    as before."""
    fields = _predict(make_layout(_service_bill(" (optional)"), width=1000, height=900)).fields
    assert fields.total == Decimal("66.00")
    assert fields.amount is None
