"""Invented pages for round 13y (blind set 13y: online services' invoices and till receipts):
a marketplace that issues the invoice "in the name and on behalf of" its seller."""

from __future__ import annotations

from decimal import Decimal

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


def _canadian_till(first_tax: str, second_tax: str) -> list[tuple[float, float, str, float]]:
    return [
        (420, 134, "FRASER VALLEY", 100),
        (440, 468, "GST/HST # 81234 5678 RT0001", 60),
        (61, 600, "MILK 2% 4L", 60),
        (1570, 600, "6.49", 60),
        (61, 700, "SOURDOUGH LOAF", 60),
        (1570, 700, "32.20", 60),
        (71, 1213, "SUBTOTAL", 60),
        (1536, 1213, "38.69", 60),
        (63, 1291, first_tax, 60),
        (1574, 1291, "1.24", 60),
        (63, 1372, second_tax, 60),
        (1571, 1372, "1.56", 60),
        (68, 1455, "TOTAL", 60),
        (1504, 1455, "41.49", 60),
        (68, 1934, "2026/06/06 16:03", 60),
        (540, 2017, "RECEIPT 003-112-88410", 60),
    ]


def test_tax_codes_set_equal_to_their_taxes_name_tax_lines() -> None:
    # A Canadian till codes its items G and P and prints "G = GST 5%" and "P = PST 7%" with
    # each tax: both are taxes, their sum the VAT.
    fields = RuleExtractor().predict(sized_page(_canadian_till("G = GST 5%", "P = PST 7%"))).fields
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("38.69"),
        Decimal("2.80"),
        Decimal("41.49"),
    )


def test_a_tax_registration_number_label_names_no_amount() -> None:
    # "GST/HST # 81234 5678 RT0001" is the seller's tax number: the price under it is no
    # HST, and the GST and PST lines make the tax.
    fields = RuleExtractor().predict(sized_page(_canadian_till("GST", "PST"))).fields
    assert (fields.vat, fields.total) == (Decimal("2.80"), Decimal("41.49"))


def test_a_receipt_number_made_of_store_register_and_transaction() -> None:
    # "Invoice 0231-05-7741" joins the store (0231), register (05) and transaction (7741)
    # printed apart above it: the document's number is the whole, not "Trans 7741".
    page = sized_page(
        [
            (300, 80, "TIMBERTOP", 90),
            (470, 386, "TAX INVOICE", 60),
            (60, 500, "SANDPAPER 120G 5PK", 55),
            (1000, 500, "16.90", 55),
            (60, 900, "TOTAL", 60),
            (1000, 900, "$16.90", 60),
            (60, 960, "GST INCLUDED", 55),
            (1000, 960, "$1.54", 55),
            (63, 1327, "Store 0231 Reg 05", 60),
            (953, 1328, "Trans 7741", 55),
            (65, 1383, "Fri 17/04/2026", 57),
            (407, 1439, "Invoice 0231-05-7741", 52),
        ]
    )
    assert RuleExtractor().predict(page).fields.invoice_number == "0231-05-7741"


def test_an_indonesian_receipts_struk_number() -> None:
    # "Struk:" is the receipt's own word before its number, under the items and payment.
    page = sized_page(
        [
            (380, 120, "SUMBER MART", 90),
            (223, 397, "JL. RAYA DARMO PERMAI III NO. 18 SURABAYA", 70),
            (60, 700, "INDOMIE GORENG", 60),
            (900, 700, "15.600", 60),
            (60, 800, "TOTAL", 60),
            (900, 800, "15.600", 60),
            (60, 900, "TUNAI", 60),
            (900, 900, "20.000", 60),
            (60, 1000, "KEMBALI", 60),
            (900, 1000, "4.400", 60),
            (60, 1100, "24/01/2026 18:22", 60),
            (472, 1985, "Struk: 0417-260124-00311", 73),
        ]
    )
    assert RuleExtractor().predict(page).fields.invoice_number == "0417-260124-00311"
