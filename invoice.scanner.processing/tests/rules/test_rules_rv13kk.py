"""Invented pages for the review of round i13k: a remark that opens with "Note : n°" names
no bill's number, and Canada's "CDN$" is its dollar, read as surely as before."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor


def test_a_note_about_an_order_number_is_no_bill_number() -> None:
    doc = sized_page(
        [
            (140, 150, "Atelier Dumas SARL", 40), (140, 200, "12 rue des Lilas, 69003 Lyon", 22),
            (1100, 150, "FACTURE", 56),
            (140, 320, "Note : n° de commande", 24), (520, 320, "88213", 24),
            (140, 355, "Date", 24), (470, 355, "12/03/2026", 24),
            (140, 500, "Prestation", 24), (1400, 500, "100,00", 24),
            (900, 660, "TVA 20%", 24), (1400, 660, "20,00 €", 24),
            (900, 700, "Total TTC", 24), (1400, 700, "120,00 €", 24),
        ]
    )  # fmt: skip
    pred = RuleExtractor().predict(doc)
    assert pred.fields.invoice_number != "88213" or pred.confidence["invoice_number"] < 0.6


def test_a_canadian_dollar_printed_cdn_dollar_stays_approved() -> None:
    doc = sized_page(
        [
            (140, 150, "Maple Leaf Supplies Ltd", 40),
            (140, 200, "88 King St W, Toronto, ON M5H 1A1, Canada", 22),
            (1100, 150, "INVOICE", 56),
            (140, 320, "Invoice No.", 24), (470, 320, "ML-2026-044", 24),
            (140, 355, "Date", 24), (470, 355, "12/03/2026", 24),
            (140, 500, "Widgets", 24), (1400, 500, "CDN$ 100.00", 24),
            (900, 660, "Tax", 24), (1400, 660, "CDN$ 13.00", 24),
            (900, 700, "Total", 24), (1400, 700, "CDN$ 113.00", 24),
        ]
    )  # fmt: skip
    pred = RuleExtractor().predict(doc)
    assert pred.fields.currency == "CAD"
    assert pred.confidence["currency"] >= 0.6
