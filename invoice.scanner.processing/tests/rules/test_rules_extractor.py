"""The offline extractor on hand-made documents with known fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.base import FieldExtractor
from invoice_scanner_processing.extractors.rules import RuleExtractor

Layout = Callable[..., OcrDocument]

GERMAN_ABOVE = [
    (100, 80, "Müller & Söhne GmbH"),
    (100, 110, "Hauptstraße 5 · 10115 Berlin"),
    (1100, 80, "RECHNUNG"),
    (100, 300, "Rechnungsempfänger"),
    (100, 330, "Beispiel AG"),
    (100, 360, "Kundenweg 3"),
    (100, 390, "80331 München"),
    (1000, 300, "Rechnungsnummer"),
    (1300, 300, "Datum"),
    (1000, 330, "RE-2024-0815"),
    (1300, 330, "21.12.2024"),
    (1000, 380, "Kundennummer"),
    (1300, 380, "Fällig am"),
    (1000, 410, "K-4711"),
    (1300, 410, "04.01.2025"),
    (100, 600, "Pos"),
    (200, 600, "Beschreibung"),
    (900, 600, "Menge"),
    (1100, 600, "Einzelpreis"),
    (1400, 600, "Betrag"),
    (100, 640, "1"),
    (200, 640, "Beratung"),
    (900, 640, "10"),
    (1100, 640, "120,00"),
    (1400, 640, "1.200,00"),
    (100, 680, "2"),
    (200, 680, "Reisekosten"),
    (900, 680, "1"),
    (1100, 680, "150,00"),
    (1400, 680, "150,00"),
    (1000, 800, "Nettobetrag"),
    (1400, 800, "1.350,00 €"),
    (1000, 830, "MwSt. 19 %"),
    (1400, 830, "256,50 €"),
    (1000, 860, "Gesamtbetrag"),
    (1400, 860, "1.606,50 €"),
    (100, 2200, "IBAN: DE89 3704 0044 0532 0130 00"),
    (700, 2200, "BIC: COBADEFFXXX"),
    (1100, 2200, "USt-IdNr.: DE123456789"),
]


def test_is_a_field_extractor() -> None:
    extractor = RuleExtractor()
    assert isinstance(extractor, FieldExtractor)
    assert extractor.name == "offline"


def test_german_label_above_value(make_layout: Layout) -> None:
    prediction = RuleExtractor().predict(make_layout(GERMAN_ABOVE))
    f = prediction.fields
    assert prediction.provider == "offline"
    assert prediction.model == "rules-v1"
    assert f.invoice_number == "RE-2024-0815"
    assert f.invoice_date == date(2024, 12, 21)
    assert f.due_date == date(2025, 1, 4)
    assert f.vendor_name == "Müller & Söhne GmbH"
    assert f.customer_name == "Beispiel AG"
    assert (f.amount, f.vat, f.total) == (Decimal("1350.00"), Decimal("256.50"), Decimal("1606.50"))
    assert f.currency == "EUR"
    assert f.vendor_vat_id == "DE123456789"
    assert f.iban == "DE89370400440532013000"
    assert f.bic == "COBADEFFXXX"
    assert [(i.description, i.quantity, i.unit_price, i.amount) for i in f.line_items] == [
        ("Beratung", Decimal(10), Decimal("120.00"), Decimal("1200.00")),
        ("Reisekosten", Decimal(1), Decimal("150.00"), Decimal("150.00")),
    ]
    assert f.vat_breakdown[0].rate == Decimal(19)
    # The triple adds up and every part was labelled: high confidence, with evidence.
    assert prediction.confidence["total"] >= 0.9
    assert prediction.evidence["total"]["page"] == 1
    assert "1.606,50" in prediction.evidence["total"]["text"]
    assert all(0.0 <= c <= 1.0 for c in prediction.confidence.values())


def test_swedish_ocr_without_spaces(make_layout: Layout) -> None:
    # Some OCR models drop spaces and read 0 as O; labels and values share one box.
    doc = make_layout(
        [
            (100, 80, "NordiskaVerktygAB"),
            (100, 110, "Kungsgatan12,11143Stockholm"),
            (1100, 80, "FAKTURA"),
            (1000, 200, "Fakturanummer:2O24-118"),
            (1000, 230, "Fakturadatum:2024-03-05"),
            (1000, 260, "Förfallodatum:2024-04-04"),
            (100, 300, "Kund:"),
            (100, 330, "Byggbolaget i Norr AB"),
            (1000, 800, "Summaexkl.moms:"),
            (1400, 800, "10 000,00"),
            (1000, 830, "Moms25%:"),
            (1400, 830, "2 500,00"),
            (1000, 860, "Attbetala:"),
            (1400, 860, "12 500,00 kr"),
            (100, 2200, "Bankgiro 123-4567 Momsreg.nr SE556677889901"),
        ]
    )
    p = RuleExtractor().predict(doc)
    f = p.fields
    assert f.invoice_number == "2024-118"
    assert f.invoice_date == date(2024, 3, 5)
    assert f.due_date == date(2024, 4, 4)
    assert f.vendor_name == "Nordiska Verktyg AB"
    assert (f.amount, f.vat, f.total) == (
        Decimal("10000.00"),
        Decimal("2500.00"),
        Decimal("12500.00"),
    )
    assert f.currency == "SEK"
    assert f.vendor_vat_id == "SE556677889901"


def test_english_credit_note_negative(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "Brightline Software Ltd"),
            (100, 110, "12 High Street, London EC1A 1BB"),
            (1100, 80, "CREDIT NOTE"),
            (1000, 200, "Credit Note No: CN-0042"),
            (1000, 230, "Date: 5 March 2024"),
            (100, 300, "Bill To"),
            (100, 330, "Acme Trading Ltd"),
            (1000, 800, "Subtotal"),
            (1400, 800, "-£500.00"),
            (1000, 830, "VAT 20%"),
            (1400, 830, "-£100.00"),
            (1000, 860, "Total"),
            (1400, 860, "-£600.00"),
        ]
    )
    f = RuleExtractor().predict(doc).fields
    assert f.invoice_number == "CN-0042"
    assert f.invoice_date == date(2024, 3, 5)
    assert f.vendor_name == "Brightline Software Ltd"
    assert f.customer_name == "Acme Trading Ltd"
    assert (f.amount, f.vat, f.total) == (
        Decimal("-500.00"),
        Decimal("-100.00"),
        Decimal("-600.00"),
    )
    assert f.currency == "GBP"


def test_credit_note_printed_positive_is_negated(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "Atelier Lumière SARL"),
            (1100, 80, "AVOIR"),
            (1000, 200, "N° d'avoir : AV-2024-007"),
            (1000, 230, "Date : 12/02/2024"),
            (1000, 800, "Total HT"),
            (1400, 800, "200,00 €"),
            (1000, 830, "TVA 20 %"),
            (1400, 830, "40,00 €"),
            (1000, 860, "Total TTC"),
            (1400, 860, "240,00 €"),
        ]
    )
    f = RuleExtractor().predict(doc).fields
    assert f.invoice_number == "AV-2024-007"
    assert f.invoice_date == date(2024, 2, 12)
    assert (f.amount, f.vat, f.total) == (Decimal("-200.00"), Decimal("-40.00"), Decimal("-240.00"))


def test_us_dates_month_first_and_discount_shipping(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "Pinecrest Supply Co."),
            (100, 110, "400 Market St, Denver, CO 80202"),
            (1100, 80, "INVOICE"),
            (1000, 200, "Invoice #"),
            (1300, 200, "10023"),
            (1000, 230, "Invoice Date"),
            (1300, 230, "03/04/2024"),
            (1000, 260, "Due Date"),
            (1300, 260, "04/03/2024"),
            (1000, 290, "P.O. Number"),
            (1300, 290, "PO-7781"),
            (1000, 800, "Subtotal"),
            (1400, 800, "$1,000.00"),
            (1000, 830, "Discount"),
            (1400, 830, "-$100.00"),
            (1000, 860, "Shipping"),
            (1400, 860, "$25.00"),
            (1000, 890, "Sales Tax 8%"),
            (1400, 890, "$74.00"),
            (1000, 920, "Total"),
            (1400, 920, "$999.00"),
        ]
    )
    f = RuleExtractor().predict(doc).fields
    assert f.invoice_number == "10023"
    assert f.invoice_date == date(2024, 3, 4)
    assert f.due_date == date(2024, 4, 3)
    assert f.purchase_order == "PO-7781"
    assert f.total == Decimal("999.00")
    assert f.vat == Decimal("74.00")
    assert f.discount == Decimal("100.00")
    assert f.shipping == Decimal("25.00")
    assert f.currency == "USD"
    assert f.vendor_name == "Pinecrest Supply Co."


def test_labels_and_values_in_one_run(make_layout: Layout) -> None:
    # A text run holding several label/value pairs, as PDF text layers often give.
    doc = make_layout(
        [
            (100, 80, "Studio Verde S.r.l."),
            (100, 200, "Fattura n. 2024/118 del 15 marzo 2024 Scadenza: 14/04/2024"),
            (100, 260, "Spett.le"),
            (100, 290, "Rossi Costruzioni S.p.A."),
            (1000, 800, "Imponibile 1.000,00"),
            (1000, 830, "IVA 22% 220,00"),
            (1000, 860, "Totale documento 1.220,00 EUR"),
            (100, 2200, "P.IVA IT01234567890"),
        ]
    )
    f = RuleExtractor().predict(doc).fields
    assert f.invoice_number == "2024/118"
    assert f.invoice_date == date(2024, 3, 15)
    assert f.due_date == date(2024, 4, 14)
    assert f.vendor_name == "Studio Verde S.r.l."
    assert f.customer_name == "Rossi Costruzioni S.p.A."
    assert (f.amount, f.vat, f.total) == (Decimal("1000.00"), Decimal("220.00"), Decimal("1220.00"))
    assert f.vendor_vat_id == "IT01234567890"


def test_spanish_and_dutch_labels(make_layout: Layout) -> None:
    es = make_layout(
        [
            (100, 80, "Suministros Iberia S.L."),
            (1000, 200, "Nº de factura: F-2024-0093"),
            (1000, 230, "Fecha de emisión: 7 de mayo de 2024"),
            (1000, 260, "Fecha de vencimiento: 6 de junio de 2024"),
            (1000, 800, "Base imponible"),
            (1400, 800, "500,00 €"),
            (1000, 830, "IVA (21%)"),
            (1400, 830, "105,00 €"),
            (1000, 860, "Total factura"),
            (1400, 860, "605,00 €"),
        ]
    )
    f = RuleExtractor().predict(es).fields
    assert (f.invoice_number, f.invoice_date, f.due_date) == (
        "F-2024-0093",
        date(2024, 5, 7),
        date(2024, 6, 6),
    )
    assert (f.amount, f.vat, f.total, f.currency) == (
        Decimal("500.00"),
        Decimal("105.00"),
        Decimal("605.00"),
        "EUR",
    )
    assert f.vendor_name == "Suministros Iberia S.L."

    nl = make_layout(
        [
            (100, 80, "Van Dijk Installatietechniek B.V."),
            (1000, 200, "Factuurnummer"),
            (1300, 200, "2024-0412"),
            (1000, 230, "Factuurdatum"),
            (1300, 230, "3 april 2024"),
            (1000, 260, "Vervaldatum"),
            (1300, 260, "3 mei 2024"),
            (1000, 800, "Subtotaal"),
            (1400, 800, "€ 2.000,00"),
            (1000, 830, "BTW 21%"),
            (1400, 830, "€ 420,00"),
            (1000, 860, "Totaal"),
            (1400, 860, "€ 2.420,00"),
            (100, 2200, "IBAN NL91 ABNA 0417 1643 00 · BTW-nr NL123456789B01"),
        ]
    )
    f = RuleExtractor().predict(nl).fields
    assert (f.invoice_number, f.invoice_date, f.due_date) == (
        "2024-0412",
        date(2024, 4, 3),
        date(2024, 5, 3),
    )
    assert (f.amount, f.vat, f.total) == (Decimal("2000.00"), Decimal("420.00"), Decimal("2420.00"))
    assert f.vendor_name == "Van Dijk Installatietechniek B.V."
    assert f.iban == "NL91ABNA0417164300"
    assert f.vendor_vat_id == "NL123456789B01"


def test_guessed_values_have_low_confidence(make_layout: Layout) -> None:
    # No labels at all: whatever is found must not claim to be sure.
    doc = make_layout([(100, 80, "Some Shop"), (100, 200, "2024-05-01"), (1000, 800, "123.45")])
    p = RuleExtractor().predict(doc)
    assert p.fields.invoice_date == date(2024, 5, 1)
    assert p.confidence["invoice_date"] < 0.6
    assert p.fields.total == Decimal("123.45")
    assert p.confidence["total"] < 0.5


def test_the_only_date_of_a_bill_is_its_date(make_layout: Layout) -> None:
    """A till receipt prints one date, unlabelled, often at the bottom: that is its date and
    it has no due date. A second date on the page makes the unlabelled date a guess again."""
    receipt = [
        (100, 80, "Corner Bakery Ltd"),
        (100, 300, "Sourdough"), (1000, 300, "4.20"),
        (100, 340, "TOTAL"), (1000, 340, "4.20"),
        (100, 900, "19/09/26 16:52"), (700, 900, "TRN:7721"),
    ]  # fmt: skip
    p = RuleExtractor().predict(make_layout(receipt))
    assert p.fields.invoice_date == date(2026, 9, 19)
    assert p.confidence["invoice_date"] >= 0.8
    assert p.fields.due_date is None
    assert p.confidence["due_date"] >= 0.9
    p = RuleExtractor().predict(make_layout([*receipt, (100, 950, "Return by 19/10/26")]))
    assert p.fields.invoice_date == date(2026, 9, 19)
    assert p.confidence["invoice_date"] < 0.6


def test_empty_document(make_layout: Layout) -> None:
    p = RuleExtractor().predict(make_layout([]))
    assert p.fields.total is None
    assert p.flags


def test_skewed_scan_rows(make_layout: Layout) -> None:
    # A scan rotated by about 1.5°: values sit lower the further right they are printed.
    slope = 0.026
    items = [
        (100, 80, "Hansen & Berg AS"),
        (1000, 200, "Fakturanummer"),
        (1350, 200, "F-1001"),
        (1000, 240, "Fakturadato"),
        (1350, 240, "02.05.2024"),
        (1000, 280, "Forfallsdato"),
        (1350, 280, "16.05.2024"),
        (1000, 800, "Sum eks. mva"),
        (1400, 800, "8 000,00"),
        (1000, 840, "MVA 25 %"),
        (1400, 840, "2 000,00"),
        (1000, 880, "Å betale"),
        (1400, 880, "10 000,00 NOK"),
    ]
    doc = make_layout([(x, y + x * slope, t) for x, y, t in items])
    for line in doc.pages[0].lines:
        b = line.bbox
        line.polygon = [(b.x0, b.y0), (b.x1, b.y0 + b.width * slope), (b.x1, b.y1), (b.x0, b.y1)]
    f = RuleExtractor().predict(doc).fields
    assert f.invoice_number == "F-1001"
    assert (f.invoice_date, f.due_date) == (date(2024, 5, 2), date(2024, 5, 16))
    assert (f.amount, f.vat, f.total) == (
        Decimal("8000.00"),
        Decimal("2000.00"),
        Decimal("10000.00"),
    )
    assert f.currency == "NOK"


def test_total_misread_is_computed_from_net_and_vat(make_layout: Layout) -> None:
    # OCR lost a digit of the total ("26 010,19" for "126 010,19"); net and VAT at 12 % agree.
    doc = make_layout(
        [
            (100, 80, "Älvdal AB"),
            (1000, 200, "Fakturanr RE-25-76270"),
            (1000, 800, "Nettobelopp"),
            (1300, 800, "112 509,10 SEK"),
            (1000, 840, "Moms 12 %"),
            (1300, 840, "13 501,09 SEK"),
            (1000, 880, "Summa att betala26 010,19 SEK"),
        ]
    )
    p = RuleExtractor().predict(doc)
    assert p.fields.total == Decimal("126010.19")
    assert p.fields.vat == Decimal("13501.09")
    assert p.confidence["total"] < 0.9


def test_title_followed_by_number(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "Kestrel Labs Ltd"),
            (1000, 80, "INVOICE 2024-0042"),
            (1000, 800, "Total"),
            (1400, 800, "£120.00"),
        ]
    )
    f = RuleExtractor().predict(doc).fields
    assert f.invoice_number == "2024-0042"
    assert f.total == Decimal("120.00")
