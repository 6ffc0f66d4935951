"""Review of the reader's duplicated checks (invented pages): a payment card printed in the
cell after "Billed to:" opens no addressee's block, whether it shares the label's cell or
not; and a hyphen-grouped number in the customer's address ("No. 108-2-15", a Malaysian
unit) is never taken for the document's number in place of its labelled one."""

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


def _hardware_bill(customer: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            (60, 40, "Kedai Perkakasan Seng Hup Sdn Bhd", 30),
            (60, 80, "Lot 7, Jalan Perusahaan 2, 68100 Batu Caves", 20),
            (600, 150, "CASH BILL", 30),
            (600, 190, "Bill No: 004512", 20),
            (600, 215, "Date: 12/03/2026", 20),
            *customer,
            (60, 400, "Description", 20), (500, 400, "Qty", 20), (700, 400, "Amount (RM)", 20),
            (60, 430, "PVC pipe 20mm x 6m", 20), (500, 430, "10", 20), (700, 430, "185.00", 20),
            (60, 455, "Cement 50kg", 20), (500, 455, "4", 20), (700, 455, "92.00", 20),
            (500, 520, "Total", 20), (700, 520, "277.00", 20),
        ],
        width=1000,
        height=700,
    )  # fmt: skip


def test_a_unit_number_in_the_customers_address_is_no_document_number() -> None:
    for customer in (
        [
            (60, 190, "Customer: Syarikat Binaan Maju Jaya", 20),
            (60, 215, "No. 108-2-15", 20),
            (60, 240, "Jalan Ampang, 50450 Kuala Lumpur", 20),
        ],
        [
            (60, 190, "Bill To:", 20),
            (60, 215, "Syarikat Binaan Maju Jaya", 20),
            (60, 240, "No. 108-2-15", 20),
            (60, 265, "Jalan Ampang, 50450 Kuala Lumpur", 20),
        ],
    ):
        fields = RuleExtractor().predict(_hardware_bill(customer)).fields
        assert fields.invoice_number == "004512", customer
