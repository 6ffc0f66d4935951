"""Southern and Western European and British pages (invented): a self-billing invoice's
number label under the supplier block ends that block; a French receipt's "N° reçu"; the euro
named by its word in a total's label; a page that states no VAT is charged bills its gross as
the net, before a construction-scheme (CIS) deduction the contractor withholds."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _self_billing() -> OcrDocument:
    return sized_page(
        [
            (100, 60, "BRACKENFORD", 40), (500, 60, "SELF-BILLING INVOICE", 30),
            (480, 100, "Issued by the customer on behalf of the supplier", 18),
            (60, 150, "SUPPLIER", 20), (400, 150, "CUSTOMER", 20),
            (60, 175, "T. Wendell Haulage Ltd", 20), (400, 175, "Brackenford Freight Ltd", 20),
            (60, 200, "8 Quarry Road, Stamford PE9 1XX", 20),
            (400, 200, "VAT reg no. GB 555 1234 77", 20),
            (60, 225, "VAT reg no. GB 444 9876 12", 20),
            (60, 250, "Supplier ref: SR-0091", 20),
            (50, 305, "Self-billing invoice no.", 20), (340, 305, "SBI-2027-05-0311", 20),
            (50, 330, "Tax point / date", 20), (340, 330, "31/05/2027", 20),
            (50, 420, "Service", 20), (640, 420, "Net", 20),
            (50, 445, "Trunking runs (days)", 20), (620, 445, "£1,200.00", 20),
            (400, 500, "Net", 20), (620, 500, "£1,200.00", 20),
            (400, 525, "VAT @ 20%", 20), (630, 525, "£240.00", 20),
            (400, 550, "Total payable to supplier", 20), (620, 550, "£1,440.00", 20),
        ],
        width=760,
        height=1000,
    )  # fmt: skip


def test_a_self_billing_number_label_ends_the_supplier_block() -> None:
    reading = RuleExtractor().predict(_self_billing())
    assert reading.fields.invoice_number == "SBI-2027-05-0311"


def _car_park_receipt() -> OcrDocument:
    return sized_page(
        [
            (120, 40, "PARKING GARE NORD", 26),
            (150, 75, "StatioPark SAS", 22),
            (60, 100, "4 rue des Tanneurs 59000 Lille", 20),
            (110, 125, "TVA FR12 345678901", 20),
            (120, 170, "REÇU DE PAIEMENT", 22),
            (20, 200, "Entrée", 20), (240, 200, "14/06/2027 09:05", 20),
            (20, 225, "Sortie", 20), (240, 225, "14/06/2027 12:40", 20),
            (20, 270, "Montant TTC", 20), (330, 270, "9,60 EUR", 20),
            (20, 295, "dont TVA 20%", 20), (370, 295, "1,60", 20),
            (20, 320, "Montant HT", 20), (370, 320, "8,00", 20),
            (20, 370, "N° reçu : 2027-0614-00418", 20),
        ],
        width=460,
        height=460,
    )  # fmt: skip


def test_a_receipt_number_with_the_number_word_first() -> None:
    reading = RuleExtractor().predict(_car_park_receipt())
    assert reading.fields.invoice_number == "2027-0614-00418"


def _bar_receipt() -> OcrDocument:
    return sized_page(
        [
            (120, 40, "Caffè Ponte Vecchio", 26),
            (130, 80, "di Bianchi Luca", 22),
            (70, 110, "Via Roma 12 - 50123 Firenze", 20),
            (120, 135, "P.IVA 01234567890", 20),
            (100, 170, "DOCUMENTO COMMERCIALE", 20),
            (20, 210, "ESPRESSO", 20), (390, 210, "2,40", 20),
            (20, 235, "CORNETTO", 20), (390, 235, "1,60", 20),
            (20, 280, "TOTALE EURO", 20), (390, 280, "4,00", 20),
            (20, 305, "DI CUI IVA 10%", 20), (390, 305, "0,36", 20),
            (20, 350, "18-05-2027 08:12", 20),
        ],
        width=460,
        height=420,
    )  # fmt: skip


def test_the_euro_named_by_its_word_in_a_total_label() -> None:
    reading = RuleExtractor().predict(_bar_receipt())
    assert reading.fields.currency == "EUR"


def _sole_trader(lines: list[tuple[int, int, str, int]]) -> OcrDocument:
    return sized_page(
        [
            (60, 60, "R. Pennick Joinery", 30),
            (60, 100, "Staircases · Doors · Fitted Kitchens", 18),
            (520, 60, "3 Holt Lane, Exeter EX2 7QQ", 18),
            (60, 180, "INVOICE", 26),
            (60, 220, "Invoice no: RPJ-0107", 20),
            (60, 245, "Date: 12 March 2027", 20),
            (480, 220, "To: Barncroft Homes Ltd", 20),
            (60, 320, "Description", 20), (640, 320, "Amount", 20),
            *lines,
            (60, 700, "Not VAT registered.", 20),
        ],
        width=760,
        height=1000,
    )  # fmt: skip


def test_no_vat_charged_bills_the_total_as_the_net() -> None:
    doc = _sole_trader(
        [
            (60, 360, "Fit oak staircase", 20),
            (620, 360, "£1,500.00", 20),
            (60, 390, "Materials", 20),
            (630, 390, "£340.00", 20),
            (300, 450, "Total", 20),
            (620, 450, "£1,840.00", 20),
        ]
    )
    reading = RuleExtractor().predict(doc)
    assert reading.fields.total == Decimal("1840.00")
    assert reading.fields.vat is None
    assert reading.fields.amount == Decimal("1840.00")
    assert reading.confidence["amount"] < 0.8


def test_a_cis_deduction_is_withheld_and_the_net_is_the_gross() -> None:
    doc = _sole_trader(
        [
            (60, 360, "Labour — fit oak staircase", 20),
            (620, 360, "£1,500.00", 20),
            (60, 390, "Materials", 20),
            (630, 390, "£340.00", 20),
            (300, 450, "Total", 20),
            (620, 450, "£1,840.00", 20),
            (60, 480, "Less CIS deduction @ 20% on labour (£1,500.00)", 20),
            (630, 480, "-£300.00", 20),
            (300, 510, "Amount payable", 20),
            (620, 510, "£1,540.00", 20),
        ]
    )
    reading = RuleExtractor().predict(doc)
    assert reading.fields.total == Decimal("1540.00")
    assert reading.fields.amount == Decimal("1840.00")
    assert reading.fields.vat is None


def test_a_net_above_the_withheld_total_implies_no_negative_vat() -> None:
    from invoice_scanner_processing.schema import InvoiceFields, Prediction
    from invoice_scanner_processing.stages.extraction import extract

    fields = InvoiceFields(amount=Decimal("1840.00"), total=Decimal("1540.00"))
    result = extract(Prediction(fields=fields, provider="offline", model="rules-v1"))
    assert result.fields.vat is None
    fields = InvoiceFields(amount=Decimal("100.00"), total=Decimal("121.00"))
    result = extract(Prediction(fields=fields, provider="offline", model="rules-v1"))
    assert result.fields.vat == Decimal("21.00")
