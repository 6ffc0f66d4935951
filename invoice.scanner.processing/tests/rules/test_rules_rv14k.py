"""Regressions of round 14k (9066ac0) on invented but ordinary pages: each test passes on the
parent (87d87fd) and fails on the change."""

from __future__ import annotations

from rules_builders import read_page
from test_rules_14k import _slip

from invoice_scanner_processing.extractors.rules import RuleExtractor

# --- 1. "The Trustee for ..." in the seller's letterhead (Australia) -----------------------


def _electrician(
    letterhead: list[tuple[float, float, str, float]],
) -> list[tuple[float, float, str, float]]:
    return [
        *letterhead,
        (120, 420, "Bill To:", 22),
        (120, 455, "Karen Whitmore", 22),
        (120, 490, "27 Kissing Point Road", 22),
        (120, 525, "Ermington NSW 2115", 22),
        (1000, 420, "Invoice No:", 22), (1250, 420, "INV-0457", 22),
        (1000, 455, "Invoice Date:", 22), (1250, 455, "09/03/2026", 22),
        (1000, 490, "Due Date:", 22), (1250, 490, "23/03/2026", 22),
        (650, 680, "TAX INVOICE", 28),
        (120, 850, "Replace switchboard and install 2 RCDs", 22), (1345, 850, "1,180.00", 22),
        (120, 900, "Call-out fee", 22), (1365, 900, "90.00", 22),
        (1000, 1000, "Subtotal", 22), (1345, 1000, "1,270.00", 22),
        (1000, 1040, "GST 10%", 22), (1365, 1040, "127.00", 22),
        (1000, 1080, "Total AUD", 24), (1345, 1080, "1,397.00", 24),
        (120, 1300, "Payment: EFT to BSB 062-000 Acc 1234 5678", 22),
    ]  # fmt: skip


def test_a_trust_named_under_the_sellers_company_is_no_addressee() -> None:
    # An Australian company trading as trustee prints the ABN's entity name, "The Trustee for
    # <family> Trust", under its own name. The new plural/"Trustee" office regex takes that
    # line for an addressee's office and hands the whole letterhead to the customer's block:
    # the parent reads "Sunrise Electrical Pty Ltd", the change reads a line item.
    fields = read_page(
        _electrician(
            [
                (120, 100, "Sunrise Electrical Pty Ltd", 36),
                (120, 150, "The Trustee for Nguyen Family Trust", 22),
                (120, 185, "ABN 51 824 753 556", 20),
                (120, 220, "14 Marsden Street, Parramatta NSW 2150", 20),
            ]
        )
    )  # fmt: skip
    assert fields.vendor_name == "Sunrise Electrical Pty Ltd"
    assert fields.customer_name == "Karen Whitmore"


def test_the_abn_entity_name_heading_the_page_is_the_seller() -> None:
    # The same trust's entity name heading the page (as the ABN register spells it) over its
    # trading name: the parent reads it, the change reads "Replace switchboard ...".
    fields = read_page(
        _electrician(
            [
                (120, 110, "The Trustee for Nguyen Family Trust", 30),
                (120, 160, "T/A Sunrise Electrical", 22),
                (120, 195, "ABN 51 824 753 556", 20),
                (120, 230, "14 Marsden Street, Parramatta NSW 2150", 20),
                (120, 265, "Lic. 284512C · 0412 555 018", 20),
            ]
        )
    )  # fmt: skip
    assert fields.vendor_name is not None
    assert "Trust" in fields.vendor_name or "Sunrise" in fields.vendor_name


# --- 2. "Genossenschaft" closing the customer's name (Switzerland) -------------------------


def test_a_co_operative_billed_is_not_the_seller() -> None:
    # A cheese dairy (a sole trader, no legal form) bills Coop; the window address sits on the
    # left under the letterhead. "Coop Genossenschaft" is now a legal form's line and wins the
    # seller over the dairy's own name: the parent reads "Käserei Feuz", the change "Coop
    # Genossenschaft".
    fields = read_page(
        [
            (120, 100, "Käserei Feuz", 40),
            (120, 165, "Hofladen · Käserei · Alpprodukte", 20),
            (120, 200, "Dorfstrasse 12, 3822 Lauterbrunnen", 20),
            (120, 235, "Tel. 033 855 12 34 · info@kaeserei-feuz.ch", 20),
            (120, 420, "Coop Genossenschaft", 22),
            (120, 455, "Postfach 2550", 22),
            (120, 490, "4002 Basel", 22),
            (120, 640, "Lauterbrunnen, 11. März 2026", 22),
            (120, 700, "Rechnung Nr. 2026-118", 28),
            (120, 850, "Alpkäse 6 Monate, 48 kg à CHF 24.50", 22), (1345, 850, "1'176.00", 22),
            (120, 900, "Bergkäse würzig, 30 kg à CHF 21.80", 22), (1365, 900, "654.00", 22),
            (1000, 1000, "Total exkl. MWST", 22), (1345, 1000, "1'830.00", 22),
            (1000, 1040, "MWST 2.6%", 22), (1365, 1040, "47.60", 22),
            (1000, 1080, "Total CHF", 24), (1345, 1080, "1'877.60", 24),
            (120, 1200, "Zahlbar innert 30 Tagen netto.", 22),
            (120, 2140, "IBAN CH93 0076 6000 1234 5678 9 · MWST-Nr. CHE-112.345.678 MWST", 18),
        ]
    )  # fmt: skip
    assert fields.vendor_name == "Käserei Feuz"


# --- 3. The wordmark "unglue" splits a mixed-case word that merely goes on -----------------


def test_a_mixed_case_word_going_on_after_the_wordmark_stays_whole() -> None:
    # "CEDAR HILL" heads the slip; the footer names "Cedar Hillside Drug Co.". The unglue's
    # pattern is compiled IGNORECASE, so its "(?=[A-Z])" also accepts the lower-case "s":
    # the parent reads "Cedar Hillside Drug Co.", the change "Cedar Hill side Drug Co."
    # (INTEGRATION.md: only a lower-case letter before an upper-case one is OCR's glue).
    fields = (
        RuleExtractor().predict(_slip("Cedar Hillside Drug Co. - Pharmacy Lic. PHY 48211")).fields
    )
    assert fields.vendor_name == "Cedar Hillside Drug Co."
