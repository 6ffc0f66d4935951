"""Review of the reader's duplicated checks (invented pages): a payment card printed in the
cell after "Billed to:" opens no addressee's block, whether it shares the label's cell or
not."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _app_receipt(card: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            (40, 30, "09:41", 24),
            (40, 120, "Your receipt from Larkspur", 34),
            (40, 180, "Larkspur <receipts@mail.larkspur.example>", 22),
            (300, 300, "Receipt", 40),
            (40, 380, "Date", 22), (700, 380, "9 Apr 2026", 22),
            (40, 420, "Order ID", 22), (700, 420, "MX4T21K9QZ", 22),
            (90, 500, "Tidewatch Pro - Monthly", 22), (800, 500, "€7.99", 22),
            (400, 620, "Subtotal", 22), (800, 620, "€6.50", 22),
            (400, 660, "VAT charged at 23%", 22), (800, 660, "€1.49", 22),
            (400, 700, "TOTAL", 22), (800, 700, "€7.99", 22),
            *card,
            (40, 840, "Larkspur Digital Ltd.", 20),
            (40, 870, "4 Merchant's Road, Cork, Ireland", 20),
            (40, 900, "VAT No. IE 9912734W", 20),
        ],
        width=1080,
    )  # fmt: skip


def test_a_card_in_the_cell_after_billed_to_opens_no_addressee_block() -> None:
    for card in (
        [(40, 780, "Billed to:", 20), (200, 780, "Visa •• 2290", 20)],
        [(40, 780, "Billed to", 20), (200, 780, "Visa •• 2290", 20)],
        [(40, 780, "Billed to: Visa •• 2290", 20)],
    ):
        fields = RuleExtractor().predict(_app_receipt(card)).fields
        assert fields.vendor_name == "Larkspur Digital Ltd.", card
