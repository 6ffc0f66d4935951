"""Invented pages for round 13y (blind set 13y: online services' invoices and till receipts):
a marketplace that issues the invoice "in the name and on behalf of" its seller."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor


def test_an_agent_issuing_on_behalf_of_the_seller_is_not_the_seller() -> None:
    # "Factura emitida por Plazamar en nombre y por cuenta de:" names the marketplace as the
    # issuing agent; the seller is named after "Vendido por". The agent's line is no name.
    page = sized_page(
        [
            (177, 116, "plazamar", 56),
            (1350, 105, "Factura", 44),
            (111, 223, "Factura emitida por Plazamar en nombre y por cuenta de:", 24),
            (111, 269, "Vendido por: Ferretería Albufera S.L.", 26),
            (917, 271, "Número de factura:", 24),
            (1322, 271, "ES-FA-2026-00431", 24),
            (111, 303, "NIF: B46123987", 26),
            (917, 305, "Fecha de factura:", 24),
            (1406, 305, "11/05/2026", 24),
            (111, 460, "Facturar a", 24),
            (110, 497, "Lucía Marín Soto", 25),
            (900, 1200, "Base imponible", 24),
            (1400, 1200, "100,00 €", 24),
            (900, 1240, "IVA 21 %", 24),
            (1400, 1240, "21,00 €", 24),
            (900, 1280, "Total", 24),
            (1400, 1280, "121,00 €", 24),
        ]
    )
    fields = RuleExtractor().predict(page).fields
    assert fields.vendor_name is not None
    assert "nombre y por cuenta" not in fields.vendor_name


def test_the_seller_after_on_behalf_of_on_the_same_line() -> None:
    page = sized_page(
        [
            (111, 120, "Invoice", 44),
            (111, 223, "Issued by: Tradely Ltd on behalf of Northgate Tools Ltd", 24),
            (917, 271, "Invoice number:", 24),
            (1322, 271, "NT-2026-118", 24),
            (917, 305, "Invoice date:", 24),
            (1322, 305, "12 May 2026", 24),
            (900, 1200, "Subtotal", 24),
            (1400, 1200, "£100.00", 24),
            (900, 1240, "VAT 20%", 24),
            (1400, 1240, "£20.00", 24),
            (900, 1280, "Total", 24),
            (1400, 1280, "£120.00", 24),
        ]
    )
    assert RuleExtractor().predict(page).fields.vendor_name == "Northgate Tools Ltd"


def test_a_name_that_opens_with_such_words_is_a_name() -> None:
    # "Au Nom de la Rose" is a florist's name, not "on behalf of" after an agent.
    page = sized_page(
        [
            (111, 120, "Facture", 44),
            (111, 223, "Vendeur : Au Nom de la Rose SARL", 24),
            (917, 271, "Facture n°", 24),
            (1322, 271, "F-2026-0412", 24),
            (917, 305, "Date :", 24),
            (1322, 305, "12/05/2026", 24),
            (900, 1200, "Total HT", 24),
            (1400, 1200, "100,00 €", 24),
            (900, 1240, "TVA 20 %", 24),
            (1400, 1240, "20,00 €", 24),
            (900, 1280, "Total TTC", 24),
            (1400, 1280, "120,00 €", 24),
        ]
    )
    assert RuleExtractor().predict(page).fields.vendor_name == "Au Nom de la Rose SARL"


def test_the_seller_after_on_behalf_of_behind_hangul() -> None:
    # A Hangul syllable decomposes into two or three letters when accents are stripped: the
    # seller's name is still cut where the words end in the text as printed.
    page = sized_page(
        [
            (111, 120, "Invoice", 44),
            (111, 223, "Issued by: 쿠팡 Ltd on behalf of Northgate Tools Ltd", 24),
            (917, 271, "Invoice number:", 24),
            (1322, 271, "NT-2026-118", 24),
            (917, 305, "Invoice date:", 24),
            (1322, 305, "12 May 2026", 24),
            (900, 1200, "Subtotal", 24),
            (1400, 1200, "£100.00", 24),
            (900, 1240, "VAT 20%", 24),
            (1400, 1240, "£20.00", 24),
            (900, 1280, "Total", 24),
            (1400, 1280, "£120.00", 24),
        ]
    )
    assert RuleExtractor().predict(page).fields.vendor_name == "Northgate Tools Ltd"
