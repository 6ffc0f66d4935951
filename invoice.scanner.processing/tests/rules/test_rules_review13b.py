"""Faults a review of the session's reading rounds found (invented pages): an addressee's "An" /
"To" opening a letter's window is no seller's sign; "BIR" (beer in Indonesian) names no
Philippine page; "Doc. 4471 del 05/03/2026" is another document's number; "VAT No." | "N/A"
says no tax number is printed, not that no tax is charged; a euro invoice's early due date does
not turn its dates; a booking's date and confirmation number do not stand for an invoice's own
date or its purchase order; "Justificante de pago" as a title labels no number."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def test_an_addressee_opening_a_letters_window_is_not_the_seller() -> None:
    doc = sized_page(
        [
            (120, 200, "An Müller Bau GmbH", 22), (120, 230, "Hauptstraße 5", 22),
            (120, 260, "12345 Berlin", 22),
            (1000, 200, "Schmidt Elektro", 22), (1000, 230, "Ringstraße 9", 22),
            (1000, 260, "10115 Berlin", 22),
            (120, 400, "Rechnung Nr. 2026-0412", 26), (120, 440, "Datum: 12.03.2026", 22),
            (120, 600, "Netto", 22), (1300, 600, "100,00 €", 22),
            (120, 630, "MwSt 19 %", 22), (1300, 630, "19,00 €", 22),
            (120, 660, "Gesamt", 22), (1300, 660, "119,00 €", 22),
            (120, 2100, "Schmidt Elektro · 10115 Berlin · USt-IdNr. DE123456789", 16),
        ]
    )  # fmt: skip
    prediction = RuleExtractor().predict(doc)
    assert "Müller" not in str(prediction.fields.vendor_name)


def test_a_to_addressee_at_the_top_is_not_approved_as_the_seller() -> None:
    doc = sized_page(
        [
            (120, 120, "To Northwind Traders Ltd", 22), (120, 150, "12 High Street", 22),
            (120, 180, "Leeds LS1 4AB", 22),
            (1000, 120, "Invoice", 30), (1000, 170, "Invoice No. 4471", 22),
            (1000, 200, "Date: 12/03/2026", 22),
            (120, 600, "Subtotal", 22), (1300, 600, "£100.00", 22),
            (120, 630, "VAT 20%", 22), (1300, 630, "£20.00", 22),
            (120, 660, "Total", 22), (1300, 660, "£120.00", 22),
            (120, 2100, "Bramble Joinery · 4 Mill Lane, York YO1 7HH · VAT Reg GB123456789", 16),
        ]
    )  # fmt: skip
    prediction = RuleExtractor().predict(doc)
    assert "Northwind" not in str(prediction.fields.vendor_name)


def test_beer_on_an_indonesian_receipt_does_not_make_dates_month_first() -> None:
    doc = sized_page(
        [
            (150, 30, "WARUNG SARI RASA", 30), (60, 110, "Jl. Melati Raya 22, Bogor", 16),
            (60, 140, "03/08/2026 12:41", 16),
            (40, 400, "BIR BINTANG 620ML", 18), (380, 400, "45.000", 18),
            (40, 430, "Nasi Goreng", 18), (380, 430, "25.000", 18),
            (40, 570, "TOTAL", 20), (380, 570, "70.000", 20),
        ],
        width=520,
        height=800,
    )  # fmt: skip
    assert str(RuleExtractor().predict(doc).fields.invoice_date) == "2026-08-03"


def test_a_referenced_documents_number_is_not_the_invoices() -> None:
    doc = sized_page(
        [
            (120, 80, "Rossi Forniture S.r.l.", 30),
            (120, 130, "Via Roma 1, 20100 Milano - P.IVA 01234567890", 20),
            (1000, 200, "Data: 12/03/2026", 22), (120, 300, "Doc. 4471 del 05/03/2026", 20),
            (120, 600, "Imponibile", 22), (1300, 600, "100,00", 22),
            (120, 630, "IVA 22%", 22), (1300, 630, "22,00", 22),
            (120, 660, "Totale", 22), (1300, 660, "122,00", 22),
        ]
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.invoice_number != "4471"


def test_no_tax_number_printed_keeps_the_vat_of_zero() -> None:
    doc = sized_page(
        [
            (150, 30, "CORNER MART", 30), (60, 110, "12 King St, Leeds", 16),
            (60, 140, "12/03/2026 12:41", 16), (60, 170, "VAT No.", 16), (250, 170, "N/A", 16),
            (40, 400, "Milk 2L", 18), (380, 400, "1.50", 18),
            (40, 460, "Bread", 18), (380, 460, "1.20", 18),
            (40, 570, "TOTAL", 20), (380, 570, "£2.70", 20),
        ],
        width=520,
        height=800,
    )  # fmt: skip
    assert str(RuleExtractor().predict(doc).fields.vat) == "0"


def test_a_german_figure_reference_is_no_thai_tax_invoice() -> None:
    doc = sized_page(
        [
            (120, 80, "Werkstatt Brandl", 30), (120, 130, "Hauptplatz 3, 8010 Graz", 20),
            (1000, 200, "Rechnung Nr. 2026-118", 22), (1000, 230, "Datum: 12.03.2026", 22),
            (120, 400, "Ersatzteil laut Skizze (Abb.) 3", 20), (1300, 400, "80,00", 20),
            (120, 600, "Summe", 22), (1300, 600, "80,00", 22),
        ]
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.currency != "THB"


def test_a_euro_invoices_early_due_date_does_not_turn_its_dates() -> None:
    doc = sized_page(
        [
            (120, 80, "Atelier Bleu SARL", 30), (120, 130, "12 rue de la Paix, 75002 Paris", 20),
            (1000, 200, "Facture N° F-2026-07", 22),
            (1000, 230, "Date de facture : 02/03/2026", 22),
            (1000, 260, "Date d'échéance : 10/02/2026", 22),
            (120, 600, "Total HT", 22), (1300, 600, "1 000,00 €", 22),
            (120, 630, "TVA 20 %", 22), (1300, 630, "200,00 €", 22),
            (120, 660, "Total TTC", 22), (1300, 660, "1 200,00 €", 22),
        ]
    )  # fmt: skip
    prediction = RuleExtractor().predict(doc)
    assert str(prediction.fields.invoice_date) == "2026-03-02"
    assert prediction.confidence["due_date"] < 0.6


def _hotel_invoice(*head: tuple[float, float, str, float]) -> OcrDocument:
    return sized_page(
        [
            (60, 60, "INVOICE", 36),
            (60, 140, "Harbour View Hotel Ltd, 4 Quay St, Cork", 22),
            *head,
            (60, 400, "Accommodation 3 nights", 24), (1200, 400, "€ 300.00", 24),
            (60, 450, "Net", 24), (1200, 450, "€ 300.00", 24),
            (60, 500, "VAT 13.5%", 24), (1200, 500, "€ 40.50", 24),
            (60, 550, "Total", 24), (1200, 550, "€ 340.50", 24),
        ]
    )  # fmt: skip


def test_a_booking_date_does_not_date_an_invoice_that_prints_its_own() -> None:
    doc = _hotel_invoice(
        (60, 200, "Booking date: 21/03/2026", 22),
        (60, 240, "Invoice No. HV-26-00871", 22),
        (60, 280, "Invoice date: 15/04/2026", 22),
    )
    prediction = RuleExtractor().predict(doc)
    assert str(prediction.fields.invoice_date) == "2026-04-15"
    assert prediction.confidence["invoice_date"] >= 0.8


def test_a_booking_date_over_a_plain_date_is_not_approved() -> None:
    doc = _hotel_invoice(
        (60, 200, "Booking date: 21/03/2026", 22),
        (60, 240, "Invoice No. HV-26-00871", 22),
        (60, 280, "Date: 15/04/2026", 22),
    )
    prediction = RuleExtractor().predict(doc)
    assert (
        str(prediction.fields.invoice_date) == "2026-04-15"
        or prediction.confidence["invoice_date"] < 0.6
    )


def test_a_confirmation_number_is_no_purchase_order() -> None:
    doc = _hotel_invoice(
        (60, 200, "Invoice No.", 22), (400, 200, "HV-26-00871", 22),
        (60, 240, "Date", 22), (400, 240, "15 Apr 2026", 22),
        (60, 280, "Confirmation number", 22), (400, 280, "4127883902", 22),
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.invoice_number == "HV-26-00871"
    assert fields.purchase_order != "4127883902"


def test_a_payment_receipts_title_is_no_number_label() -> None:
    doc = sized_page(
        [
            (60, 60, "Justificante de pago", 36),
            (60, 140, "Academia Sol S.L. · CIF B12345678 · Sevilla", 22),
            (60, 200, "Factura nº FA-2026-0311", 22), (60, 240, "Fecha: 18/03/2026", 22),
            (60, 400, "Matrícula curso", 24), (1200, 400, "121,00 €", 24),
            (60, 450, "Base imponible", 24), (1200, 450, "100,00 €", 24),
            (60, 500, "IVA 21 %", 24), (1200, 500, "21,00 €", 24),
            (60, 550, "Total", 24), (1200, 550, "121,00 €", 24),
        ]
    )  # fmt: skip
    prediction = RuleExtractor().predict(doc)
    assert prediction.fields.invoice_number == "FA-2026-0311"
    assert prediction.confidence["invoice_number"] >= 0.9
