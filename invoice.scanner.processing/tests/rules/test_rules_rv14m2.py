"""Review rv14m2 of 57db55f (round 14m): layouts the parent read right and the change read wrong.
Every document here is invented."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _read(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_centred_customer_heading_does_not_take_the_sellers_column_beside_it() -> None:
    # Three columns: the seller's address at the margin, the customer's "BILL TO" block in
    # the middle of the page (its heading alone on its row, so it happens to sit near the
    # page's centre), the invoice's details at the right. The heading heads its own column,
    # not the seller's lines at the margin.
    doc = sized_page(
        [
            (100, 80, "BRIGHTWATER", 50),
            (1250, 80, "INVOICE", 44),
            (1250, 150, "No. BW-2291", 22),
            (1250, 180, "Date 04/03/2026", 22),
            (760, 300, "BILL TO", 22),
            (100, 335, "Brightwater Print Ltd", 22), (760, 335, "Harrow & Finch Ltd", 22),
            (100, 365, "12 Mill Lane", 22), (760, 365, "88 Station Road", 22),
            (100, 395, "Leeds LS1 4AB", 22), (760, 395, "York YO1 6HT", 22),
            (100, 425, "VAT No. GB 284 1937 62", 22),
            (100, 600, "Description", 22), (1000, 600, "Qty", 22), (1350, 600, "Amount", 22),
            (100, 640, "Business cards, 500 pcs", 22), (1000, 640, "2", 22),
            (1350, 640, "180.00", 22),
            (1000, 760, "Subtotal", 22), (1350, 760, "180.00", 22),
            (1000, 790, "VAT 20%", 22), (1350, 790, "36.00", 22),
            (1000, 820, "Total GBP", 22), (1350, 820, "216.00", 22),
        ]
    )  # fmt: skip
    fields = _read(doc).fields
    assert fields.customer_name == "Harrow & Finch Ltd"
    assert fields.vendor_name == "Brightwater Print Ltd"
    assert fields.vendor_vat_id == "GB284193762"


def test_dutch_payment_instruction_te_betalen_aan_names_the_payee_not_the_customer() -> None:
    # "Te betalen aan: <seller>" (to be paid to) in a Dutch invoice's footer names the payee,
    # the seller; "aan" there is a preposition inside a sentence, no customer's label.
    doc = sized_page(
        [
            (100, 80, "Groenhart Hoveniers B.V.", 40),
            (100, 140, "Havenweg 12", 22),
            (100, 170, "4611 KL Bergen op Zoom", 22),
            (100, 300, "Factuuradres", 22),
            (100, 335, "Bakkerij Smit", 22),
            (100, 365, "Dorpsstraat 4", 22),
            (100, 395, "1234 AB Zaandam", 22),
            (1000, 300, "FACTUUR", 34),
            (1000, 350, "Factuurnummer: 2026-0412", 22),
            (1000, 380, "Factuurdatum: 12-03-2026", 22),
            (100, 600, "Omschrijving", 24), (1300, 600, "Bedrag", 24),
            (100, 650, "Snoeiwerk maart 2026", 24), (1300, 650, "400,00", 24),
            (1000, 750, "Subtotaal", 24), (1300, 750, "400,00", 24),
            (1000, 800, "BTW 21%", 24), (1300, 800, "84,00", 24),
            (1000, 850, "Totaal EUR", 26), (1300, 850, "484,00", 26),
            (100, 1000, "Te betalen aan: Groenhart Hoveniers B.V.", 22),
        ]
    )  # fmt: skip
    fields = _read(doc).fields
    assert fields.vendor_name == "Groenhart Hoveniers B.V."
    assert fields.customer_name == "Bakkerij Smit"


def test_a_vat_analysis_rows_first_rate_is_not_the_receipts_total() -> None:
    # A till receipt's VAT analysis, one row per rate code ("Z" zero-rated, "S" standard),
    # its figures set right of their headers: the first row's "Total" is that rate's share,
    # not the receipt's total printed beside "TOTAL" above.
    doc = sized_page(
        [
            (200, 60, "HILLSIDE FARM SHOP", 36),
            (220, 110, "Bramley Road, Guildford", 22),
            (250, 140, "VAT No: GB 318 4471 09", 22),
            (40, 220, "Free range eggs x12", 22), (600, 220, "4.20 Z", 22),
            (40, 250, "Sourdough loaf", 22), (600, 250, "3.80 Z", 22),
            (40, 280, "Elderflower cordial", 22), (600, 280, "6.00 S", 22),
            (40, 310, "Beeswax candle", 22), (600, 310, "9.00 S", 22),
            (40, 370, "TOTAL", 28), (580, 370, "23.00", 28),
            (40, 410, "Card", 22), (600, 410, "23.00", 22),
            (40, 470, "Code", 22), (200, 470, "Net", 22), (380, 470, "VAT", 22),
            (560, 470, "Total", 22),
            (40, 502, "Z", 22), (260, 502, "8.00", 22), (430, 502, "0.00", 22),
            (620, 502, "8.00", 22),
            (40, 532, "S", 22), (260, 532, "12.50", 22), (430, 532, "2.50", 22),
            (620, 532, "15.00", 22),
        ],
        width=800,
        height=1200,
    )  # fmt: skip
    assert _read(doc).fields.total == Decimal("23.00")
