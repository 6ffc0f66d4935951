"""Utility bills as their billing systems print them (invented pages): a bonus credited in the
bill's summary ("Gutschriften -5,00") makes no credit note; a German bill's debit sentence
("buchen wir frühestens am 12.03.2026 von Ihrem Konto ab") and an Italian bill's deadline line
("Entro il 02/03/2026 (scadenza) con addebito SEPA") give the due date; the footer's notice
naming the parent company ("Società soggetta a direzione e coordinamento di ...") never names
the seller; a utility's, a final invoice's, a premium note's and a voucher's own number labels
("Bolletta n.", "Schlussrechnung Nr.", "Notanummer", "Nº justificante")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _telecom_bill() -> OcrDocument:
    return sized_page(
        [
            (60, 60, "fernwelt", 50),
            (60, 200, "Fernwelt Kommunikation GmbH · Postfach 12 · 10115 Berlin", 22),
            (900, 200, "Rechnungsnummer", 26), (1300, 200, "2026 0411 8812", 26),
            (900, 240, "Rechnungsdatum", 26), (1300, 240, "05.03.2026", 26),
            (60, 300, "Frau Ute Klein", 26),
            (60, 340, "Gartenweg 4, 50667 Köln", 26),
            (60, 600, "Monatliche Beträge", 26), (1300, 600, "40,00", 26),
            (60, 650, "Gutschriften", 26), (1300, 650, "-5,00", 26),
            (60, 700, "Summe netto", 26), (1300, 700, "35,00", 26),
            (60, 750, "Umsatzsteuer 19 %", 26), (1300, 750, "6,65", 26),
            (60, 800, "Rechnungsbetrag", 26), (1300, 800, "41,65 €", 26),
            (60, 900, "Den Rechnungsbetrag von 41,65 € buchen wir "
             "frühestens am 12.03.2026 von", 24),
            (60, 935, "Ihrem Konto ab (SEPA-Lastschrift).", 24),
            (60, 1700, "Fernwelt Kommunikation GmbH · Amtsgericht Berlin HRB 1234 · "
             "USt-IdNr. DE 123 456 789", 20),
        ],
        width=1600,
        height=1800,
    )  # fmt: skip


def test_a_credit_line_in_a_bills_summary_makes_no_credit_note() -> None:
    reading = RuleExtractor().predict(_telecom_bill())
    assert reading.fields.document_type == "invoice"
    assert reading.fields.total == Decimal("41.65")
    assert reading.fields.invoice_date == date(2026, 3, 5)


def test_a_german_debit_sentence_gives_the_due_date_held() -> None:
    reading = RuleExtractor().predict(_telecom_bill())
    assert reading.fields.due_date == date(2026, 3, 12)
    assert reading.confidence.get("due_date", 0.0) < 0.8


def _gas_bill() -> OcrDocument:
    return sized_page(
        [
            (60, 60, "gas rete", 50),
            (900, 60, "Bolletta n. 508812274410", 26),
            (60, 260, "Cliente:", 26),
            (60, 300, "Osteria Il Ponte S.r.l.", 26),
            (60, 340, "Via Roma 4, 40121 Bologna", 26),
            (900, 300, "TOTALE DA PAGARE", 26), (900, 340, "€ 122,00", 26),
            (900, 400, "Data emissione 10/02/2026", 26),
            (900, 440, "Entro il 02/03/2026 (scadenza) con addebito SEPA", 26),
            (60, 700, "Totale imponibile", 26), (1300, 700, "€ 100,00", 26),
            (60, 750, "IVA 22%", 26), (1300, 750, "€ 22,00", 26),
            (60, 800, "TOTALE BOLLETTA", 26), (1300, 800, "€ 122,00", 26),
            (60, 1700, "Gas Rete S.p.A. - Sede legale Via Po 8, 20121 Milano", 20),
            (60, 1730, "C.F. e P.IVA 09184420961 - Società soggetta a direzione e "
             "coordinamento di Alfa Holding S.p.A.", 20),
        ],
        width=1600,
        height=1800,
    )  # fmt: skip


def test_an_italian_bills_number_deadline_and_seller() -> None:
    reading = RuleExtractor().predict(_gas_bill())
    assert reading.fields.invoice_number == "508812274410"
    assert reading.fields.due_date == date(2026, 3, 2)
    assert reading.fields.vendor_name == "Gas Rete S.p.A."


def _numbered(label: str, number: str) -> OcrDocument:
    return sized_page(
        [
            (60, 60, "Muster Handel AG", 40),
            (900, 200, f"{label} {number}", 26),
            (900, 240, "Datum 05.03.2026", 26),
            (60, 700, "Summe netto", 26), (1300, 700, "100,00", 26),
            (60, 750, "MwSt 8.1 %", 26), (1300, 750, "8,10", 26),
            (60, 800, "Total", 26), (1300, 800, "108,10", 26),
        ],
        width=1600,
        height=1800,
    )  # fmt: skip


def test_own_number_labels_of_final_invoices_premium_notes_and_vouchers() -> None:
    for label, number in (
        ("SchlussrechnungNr.", "7311-2026-04418"),
        ("Notanummer", "PN-2026-0448120"),
        ("Nº justificante:", "2026-0381-447120"),
    ):
        reading = RuleExtractor().predict(_numbered(label, number))
        assert reading.fields.invoice_number == number, label
