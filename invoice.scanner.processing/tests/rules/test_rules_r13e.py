"""Receipts from apps and e-mails (invented): the legal name a mail's title shortens
("Your receipt from Brindle" over "Brindle Media Services Ltd." in the footer), also where OCR
split a word of the title, and not approved unseen; a card after "Billed to:" that opens no
addressee's block; a seller label with a second role joined by "and" ("Sold and prepared by")."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _app_receipt(title: str, card_line: str = "Billed to: Visa •• 4471") -> OcrDocument:
    return sized_page(
        [
            (40, 30, "09:41", 24),
            (40, 120, title, 34),
            (40, 180, "Brindle <no-reply@mail.brindle.example>", 22),
            (300, 300, "Receipt", 40),
            (40, 380, "Date", 22), (700, 380, "5 Mar 2026", 22),
            (40, 420, "Document No.", 22), (700, 420, "550912734418", 22),
            (90, 500, "Quillpad Plus - Yearly", 22), (800, 500, "€19.99", 22),
            (90, 530, "Quillpad Studio Ltd", 18),
            (400, 620, "Subtotal", 22), (800, 620, "€16.25", 22),
            (400, 660, "VAT charged at 23%", 22), (800, 660, "€3.74", 22),
            (400, 700, "TOTAL", 22), (800, 700, "€19.99", 22),
            (40, 780, card_line, 20),
            (40, 840, "Brindle Media Services Ltd.", 20),
            (40, 870, "12 Quay Street, Galway, Ireland", 20),
            (40, 900, "VAT No. IE 6388112K", 20),
        ],
        width=1080,
    )  # fmt: skip


def test_a_titles_short_name_yields_to_the_legal_name_it_opens() -> None:
    prediction = RuleExtractor().predict(_app_receipt("Your receipt from Brindle Media"))
    assert prediction.fields.vendor_name == "Brindle Media Services Ltd."
    assert prediction.confidence["vendor_name"] <= 0.75


def test_a_title_word_split_by_ocr_still_meets_its_legal_name() -> None:
    prediction = RuleExtractor().predict(_app_receipt("Your receipt from Brin dle Media"))
    assert prediction.fields.vendor_name == "Brindle Media Services Ltd."
    assert prediction.confidence["vendor_name"] < 0.8


def test_a_card_after_billed_to_opens_no_addressee_block() -> None:
    doc = _app_receipt("Your receipt from Brindle", "Billed to: Mastercard ending in 4471")
    assert RuleExtractor().predict(doc).fields.vendor_name == "Brindle Media Services Ltd."


def test_a_seller_label_with_a_second_role_gives_the_name_alone() -> None:
    doc = sized_page(
        [
            (400, 40, "Order details", 30),
            (200, 120, "Saffron Court", 30),
            (200, 170, "Delivered · Sat 7 Mar 2026, 19:02", 20),
            (60, 260, "2x Lamb karahi", 22), (800, 260, "£25.80", 22),
            (60, 320, "Subtotal", 22), (800, 320, "£25.80", 22),
            (60, 360, "Delivery fee", 22), (800, 360, "£2.49", 22),
            (60, 400, "Total", 22), (800, 400, "£28.29", 22),
            (60, 440, "Includes VAT of £4.72", 20),
            (60, 520, "Sold and prepared by Saffron Court Kitchens Ltd", 20),
            (60, 550, "VAT no. GB 442 1187 23", 20),
        ],
        width=1080,
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.vendor_name == "Saffron Court Kitchens Ltd"
