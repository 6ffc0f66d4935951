"""Invented pages for the review of round i13k: a remark that opens with "Note : n°" names
no bill's number."""

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
