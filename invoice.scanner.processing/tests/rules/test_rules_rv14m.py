"""Review rv14m of 96232b1 ("the seller's registered name over its sign",
signs.legal_name_over_sign): pages where another company's legal name is reported as the
seller over the seller's own name, which the parent (43718e3) read right. Every document here
is invented."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _slip(lines: list[tuple[float, float, str, float]]) -> OcrDocument:
    """A till slip 600 wide from ``(x, y, text, height)``, as test_rules_parties9 builds it."""
    return sized_page(lines, width=600, height=1100, source="text_layer", char_width=0.55)


def _vendor(doc: OcrDocument) -> str | None:
    return RuleExtractor().predict(doc).fields.vendor_name


# -- 1. a card acquirer on a family shop's slip ------------------------------------------------

_BUTCHER = [
    (150, 50, "J. KELLY & SONS", 34),
    (200, 95, "Family Butchers", 20),
    (120, 125, "14 Main Street, Navan", 20),
    (20, 330, "Date: 04/10/2026", 20), (430, 330, "Time: 13:05", 20),
    (20, 380, "1 Sirloin steak 300g", 20), (480, 380, "9.50", 20),
    (20, 410, "1 Black pudding", 20), (490, 410, "3.90", 20),
    (20, 460, "TOTAL", 24), (480, 460, "13.40", 24),
    (20, 490, "VISA", 20), (480, 490, "13.40", 20),
]  # fmt: skip


def test_the_shop_sign_without_a_legal_name_reads_as_before() -> None:
    # Control (passes on both): the seller's own sign alone is the vendor.
    assert _vendor(_slip(_BUTCHER)) == "J. KELLY & SONS"


def test_the_card_acquirer_on_a_till_slip_is_not_the_seller() -> None:
    # An integrated till prints the card terminal's slip under the receipt: the acquirer's
    # legal name ("Elavon Financial Services DAC") is the bank that processed the card, not
    # the butcher. The slip names no customer, so 96232b1 takes any legal name on it.
    doc = _slip(
        [
            *_BUTCHER,
            (20, 560, "CARDHOLDER COPY", 20),
            (20, 590, "Elavon Financial Services DAC", 18),
            (20, 615, "MID 4021 1234", 18),
        ]
    )
    assert _vendor(doc) == "J. KELLY & SONS"


# -- 2. a bank sharing a word with the firm's name ---------------------------------------------


def test_a_bank_that_shares_a_word_with_the_firms_name_is_not_the_seller() -> None:
    # An accountants' invoice with a labelled customer: its payment details name the firm's
    # bank, "Clydesdale Bank PLC", which shares "Clydesdale" with "Clydesdale Accountants".
    # A distinctive word in common (a place name here) does not make it the same business.
    fields = (
        RuleExtractor()
        .predict(
            sized_page(
                [
                    (100, 80, "Clydesdale Accountants", 40),
                    (100, 135, "18 Bothwell Street", 22),
                    (100, 165, "Glasgow G2 6NU", 22),
                    (100, 195, "Tel 0141 555 0199", 22),
                    (100, 320, "Invoice to:", 22),
                    (100, 350, "Mr Alan Reid", 22),
                    (100, 380, "22 Hyndland Road", 22),
                    (100, 410, "Glasgow G12 9UP", 22),
                    (1100, 350, "INVOICE", 34),
                    (1100, 400, "Invoice No. 2026/118", 22),
                    (1100, 430, "Date 12/03/2026", 22),
                    (100, 900, "Description", 24),
                    (1300, 900, "Amount", 24),
                    (100, 950, "Self assessment tax return 2024/25", 24),
                    (1300, 950, "450.00", 24),
                    (100, 1050, "VAT 20%", 24),
                    (1300, 1050, "90.00", 24),
                    (100, 1100, "Total GBP", 26),
                    (1300, 1100, "540.00", 26),
                    (100, 1300, "Payment details", 22),
                    (100, 1330, "Clydesdale Bank PLC", 22),
                    (100, 1360, "Sort code 82-11-07  Account 40123456", 22),
                ]
            )
        )
        .fields
    )
    assert fields.vendor_name == "Clydesdale Accountants"


# -- 3. the account customer on a trade counter's slip -----------------------------------------


def test_the_account_customer_on_a_trade_counter_slip_is_not_the_seller() -> None:
    # A builders' providers' trade-counter slip printed on the till: the account holder's
    # number and name under the invoice number, no "Sold to:" label, so no customer's block.
    # 96232b1 reports the buyer, "Kestrel Builders Ltd", as the seller.
    doc = _slip(
        [
            (120, 50, "P. DOYLE & SONS", 34),
            (180, 95, "Builders Providers", 20),
            (120, 125, "Dublin Road, Mullingar", 20),
            (150, 150, "VAT IE 6388047V", 20),
            (20, 200, "TRADE COUNTER - INVOICE", 22),
            (20, 230, "Invoice No. 118822", 20), (380, 230, "04/10/2026", 20),
            (20, 260, "Account 10234", 20),
            (20, 285, "Kestrel Builders Ltd", 20),
            (20, 380, "20 Cement 25kg", 20), (470, 380, "190.00", 20),
            (20, 410, "4 Sand bulk bag", 20), (480, 410, "220.00", 20),
            (20, 460, "TOTAL", 24), (470, 460, "410.00", 24),
            (20, 490, "ON ACCOUNT", 20), (470, 490, "410.00", 20),
        ]
    )  # fmt: skip
    assert _vendor(doc) == "P. DOYLE & SONS"
