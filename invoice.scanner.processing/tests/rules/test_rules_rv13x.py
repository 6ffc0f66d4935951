"""Review of round 13x: a negative row between the subtotal and the total that is no
discount (a tax withheld at source, a deposit already paid) was read as one, and the net cut
by it; an address's state after a glued comma ("Calgary,AB") read as a legal form."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.lexicon import legal_form
from invoice_scanner_processing.schema import InvoiceFields


def _fields(doc: OcrDocument) -> InvoiceFields:
    return RuleExtractor().predict(doc).fields


def test_tds_withheld_in_the_totals_is_no_discount() -> None:
    # An Indian service invoice shows the TDS its customer will withhold (2 % under
    # section 194C) between the tax and the total: a tax withheld, not a discount; the
    # taxable value is still 50,000.00.
    page = sized_page(
        [
            (120, 80, "Shreeji Facility Services", 40),
            (120, 140, "GSTIN: 27AAPFS1234K1Z5", 24),
            (120, 170, "Andheri East, Mumbai 400069", 24),
            (1100, 80, "TAX INVOICE", 40),
            (1000, 200, "Invoice No.", 24),
            (1200, 200, "SFS/25-26/412", 24),
            (1000, 240, "Date", 24),
            (1200, 240, "10-03-2026", 24),
            (120, 300, "Bill To: Kirloskar Tools Pvt Ltd", 24),
            (120, 600, "Housekeeping services - Feb 2026", 25),
            (1300, 600, "50,000.00", 25),
            (900, 900, "Taxable Value", 25),
            (1300, 900, "50,000.00", 25),
            (900, 940, "IGST @ 18%", 25),
            (1318, 940, "9,000.00", 25),
            (900, 980, "Less: TDS @ 2%", 25),
            (1300, 980, "-1,000.00", 25),
            (900, 1020, "Total", 25),
            (1300, 1020, "58,000.00", 25),
        ]
    )
    fields = _fields(page)
    assert fields.discount is None
    assert (fields.amount, fields.vat) == (Decimal("50000.00"), Decimal("9000.00"))


def test_a_deposit_paid_in_the_totals_is_no_discount() -> None:
    # A cabinetmaker's invoice takes the deposit paid at order off before "Total Due": a
    # payment, not a discount; the net of the work is still $8,400.00.
    page = sized_page(
        [
            (120, 80, "Harbor Light Cabinetry", 40),
            (120, 140, "410 Dock St, Portland, ME 04101", 24),
            (1200, 80, "INVOICE", 44),
            (1000, 200, "Invoice #", 24),
            (1200, 200, "3318", 24),
            (1000, 240, "Date", 24),
            (1200, 240, "03/10/2026", 24),
            (120, 300, "Bill To: Karen Whitfield", 24),
            (120, 600, "Kitchen cabinets, installed", 25),
            (1300, 600, "$8,400.00", 25),
            (900, 900, "Subtotal", 25),
            (1300, 900, "$8,400.00", 25),
            (900, 940, "Sales Tax 5.5%", 25),
            (1320, 940, "$462.00", 25),
            (900, 980, "Less deposit 02/01/2026", 25),
            (1300, 980, "-$4,000.00", 25),
            (900, 1020, "Total Due", 25),
            (1300, 1020, "$4,862.00", 25),
        ]
    )
    fields = _fields(page)
    assert fields.discount is None
    assert (fields.amount, fields.vat) == (Decimal("8400.00"), Decimal("462.00"))


def test_a_state_after_a_glued_comma_is_no_legal_form() -> None:
    # OCR glues a comma to the next word in an address ("Calgary,AB T2P 1J9"): two bare
    # capitals there are a province, state or canton, while a legal form with its points or
    # of three letters or more after such a comma is one ("Bajío,S.A. de C.V.").
    assert not legal_form("Calgary,AB T2P 1J9")
    assert not legal_form("Adelaide,SA 5000")
    assert not legal_form("6300 Zug,AG")
    assert legal_form("Distribuidora Ferretera del Bajío,S.A. de C.V.")
    assert legal_form("Harbour Traders,Ltd")
