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


def _ride_receipt(footer: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            (60, 40, "22:51", 30),
            (400, 140, "Rachunek", 40),
            (90, 270, "Kursa", 60), (730, 270, "41,20 zł", 60),
            (90, 370, "Przejazd · 12 lut 2026, 21:40", 30),
            (50, 560, "Opłata za przejazd", 36), (890, 560, "41,20 zł", 36),
            (50, 700, "Razem do zapłaty", 36), (880, 700, "41,20 zł", 36),
            (50, 780, "w tym VAT 8%", 36), (910, 780, "3,05 zł", 36),
            (50, 950, "Nr rachunku: KUR-PL-11902", 30),
            *footer,
        ],
        width=1080,
    )  # fmt: skip


def test_the_carrier_heading_names_the_seller_of_a_ride() -> None:
    doc = _ride_receipt(
        [
            (50, 1080, "Przewoźnik (wystawca rachunku):", 30),
            (50, 1120, "Przewozy Osobowe Anna Wiśniewska", 30),
            (50, 1160, "ul. Długa 14, 31-147 Kraków", 30),
        ]
    )
    assert RuleExtractor().predict(doc).fields.vendor_name == "Przewozy Osobowe Anna Wiśniewska"


def test_the_agent_of_an_on_behalf_sentence_is_not_the_seller() -> None:
    doc = _ride_receipt(
        [
            (50, 1290, "Rachunek wystawiony w imieniu przewoźnika", 30),
            (50, 1330, "przez Kursa Mobility OÜ, Tallinn.", 30),
        ]
    )
    assert "Kursa Mobility" not in str(RuleExtractor().predict(doc).fields.vendor_name)


def test_a_mail_apps_chrome_word_is_not_the_seller() -> None:
    doc = sized_page(
        [
            (80, 40, "3/2/26, 8:14 AM", 18), (600, 40, "Mail - Your order from Larchwood", 18),
            (80, 130, "Mail", 44),
            (80, 230, "Your order from Larchwood", 32),
            (80, 310, "Larchwood <orders@larchwood.example>", 22),
            (160, 560, "Hello Sam,", 24),
            (160, 700, "Walnut serving board", 24), (1400, 700, "$48.00", 24),
            (900, 800, "Subtotal:", 24), (1400, 800, "$48.00", 24),
            (900, 840, "Tax:", 24), (1400, 840, "$3.84", 24),
            (900, 880, "Order Total:", 24), (1400, 880, "$51.84", 24),
        ]
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.vendor_name != "Mail"


def test_polish_of_which_vat_under_the_total_is_the_tax_contained() -> None:
    fields = RuleExtractor().predict(_ride_receipt([])).fields
    assert str(fields.vat) == "3.05"
    assert str(fields.total) == "41.20"


def test_a_polish_month_abbreviation_gives_the_date() -> None:
    fields = RuleExtractor().predict(_ride_receipt([])).fields
    assert str(fields.invoice_date) == "2026-02-12"
