"""Faults of round r13j found in review (rv13j). Every page here is invented for the test."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor


def test_a_trading_name_sentence_under_a_heading_name_is_no_name_in_full() -> None:
    """ "Smith & Co." heading an invoice, "Smith & Co. is a trading name of Harlow Smith Ltd"
    in the footer: the footer is a sentence that opens with the heading's name and ends in
    another firm's legal form, not the heading's name in full; the heading stays the seller."""
    doc = sized_page(
        [
            (140, 110, "Smith & Co.", 60), (1180, 110, "INVOICE", 40),
            (140, 300, "Invoice No.", 24), (470, 300, "SC-2026-120", 24),
            (140, 340, "Date", 24), (470, 340, "04/05/2026", 24),
            (900, 300, "Bill to:", 24), (900, 340, "Mr James Holt", 24),
            (900, 380, "8 Elm Road", 24), (900, 420, "Leeds LS1 4AB", 24),
            (180, 600, "Bookkeeping April", 24), (1360, 600, "£50.00", 24),
            (180, 660, "Subtotal", 24), (1360, 660, "£50.00", 24),
            (180, 700, "VAT 20%", 24), (1360, 700, "£10.00", 24),
            (180, 760, "Total due", 28), (1340, 760, "£60.00", 28),
            (140, 2150, "Smith & Co. is a trading name of Harlow Smith Ltd", 18),
        ],
        source="text_layer",
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.vendor_name == "Smith & Co."
