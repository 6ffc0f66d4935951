"""Invented pages for round 13x (blind set 13x: documents as common billing software and till
systems print them): a credit in the totals under a name no discount word covers, an invoice's
keys right-aligned against their values, India's HSN summary with CGST and SGST, Mexico's
"Receptor", a legal form glued to the name by a comma, a till's slip number, Greece's "Α/Α",
Brazil's statement of contained taxes with its amount apart, and a sign misread by one
letter over the legal name."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import InvoiceFields


def _fields(doc: OcrDocument) -> InvoiceFields:
    return RuleExtractor().predict(doc).fields


def _right_aligned(x1: float, y: float, text: str, h: float) -> tuple[float, float, str, float]:
    """A line ending at ``x1`` (sized_page's width of 0.55 of the height per character)."""
    return (x1 - 0.55 * h * len(text), y, text, h)


def _cloud_invoice(credit_row: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            (256, 140, "skyforge", 50),
            (1382, 119, "Invoice", 44),
            (139, 288, "Invoice number", 24),
            (417, 288, "88120-41", 24),
            (139, 324, "Date of issue", 24),
            (417, 324, "April 1, 2026", 24),
            (139, 474, "From", 24),
            (889, 474, "Bill to", 24),
            (139, 507, "Skyforge Hosting, Inc.", 24),
            (889, 507, "Brandt Analytics GmbH", 24),
            (139, 540, "55 Water Street, Boston, MA 02109", 24),
            (889, 540, "Lindenstraße 4, 10969 Berlin", 24),
            (147, 771, "Product", 24),
            (1363, 771, "Amount (USD)", 24),
            (147, 824, "Compute instances", 25),
            (1449, 824, "$640.00", 25),
            (147, 871, "Object storage", 25),
            (1465, 871, "$82.50", 25),
            (833, 1118, "Subtotal", 25),
            (1452, 1118, "$722.50", 25),
            *credit_row,
            (833, 1206, "VAT 0% (reverse charge)", 25),
            (1484, 1206, "$0.00", 25),
            (833, 1251, "Total", 25),
            (1442, 1251, "$672.50", 25),
        ],
        width=1700,
        height=2200,
    )


def test_a_credit_in_the_totals_is_taken_off_the_subtotal() -> None:
    # "Promotional credit" is no discount word, but the row sits between the subtotal and
    # the total, prints one negative amount, and taking it off makes the total.
    page = _cloud_invoice(
        [(833, 1162, "Promotional credit (SPRING-26)", 25), (1459, 1162, "-$50.00", 25)]
    )
    fields = _fields(page)
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("672.50"),
        Decimal("0.00"),
        Decimal("672.50"),
    )


def test_a_payment_under_the_total_is_no_discount() -> None:
    # An advance deducted under the invoice's total leaves a lower amount to pay: the total
    # stays the invoice's, whatever the lower line is labelled.
    page = sized_page(
        [
            (120, 80, "Vodovody Brázda a.s.", 40),
            (120, 140, "Faktura č. 2610077", 26),
            (120, 180, "Datum vystavení: 31.03.2026", 26),
            (120, 600, "Základ daně", 26),
            (900, 600, "4 053,00", 26),
            (120, 640, "DPH 12 %", 26),
            (900, 640, "486,36", 26),
            (120, 680, "Celkem", 26),
            (900, 680, "4 539,36 Kč", 26),
            (120, 720, "Uhrazené zálohy", 26),
            (900, 720, "-3 600,00", 26),
            (120, 760, "K úhradě", 26),
            (900, 760, "939,36 Kč", 26),
        ]
    )
    fields = _fields(page)
    assert (fields.amount, fields.total) == (Decimal("4053.00"), Decimal("4539.36"))


def test_an_invoice_number_beside_a_title_word_among_right_aligned_keys() -> None:
    # A small-business ledger sets "INVOICE | 1047" over "DATE", "TERMS" and "DUE DATE", the
    # keys right-aligned against their values: the title word is the number's key there.
    page = sized_page(
        [
            (250, 134, "Juniper Hill Nursery LLC", 36),
            (1279, 120, "INVOICE", 61),
            (250, 188, "88 Orchard Lane", 24),
            (250, 218, "Salem, OR 97301", 24),
            (139, 400, "BILL TO", 22),
            _right_aligned(1111, 400, "INVOICE", 22),
            (1139, 398, "2290", 25),
            (139, 434, "Marlow Gardens", 25),
            _right_aligned(1111, 436, "DATE", 22),
            (1139, 434, "03/02/2026", 25),
            _right_aligned(1111, 472, "TERMS", 22),
            (1139, 470, "Net 30", 25),
            _right_aligned(1111, 508, "DUE DATE", 22),
            (1139, 506, "04/01/2026", 25),
            (900, 1200, "TOTAL", 25),
            (1300, 1200, "$1,250.00", 25),
        ],
        width=1700,
        height=2200,
    )
    assert _fields(page).invoice_number == "2290"


def test_an_hsn_summary_of_cgst_and_sgst() -> None:
    # India's tax invoice: the HSN summary's totals row prints the taxable value, CGST, SGST
    # and the tax they sum to; its first row is no whole (a "Tax Amount" column's first cell).
    page = sized_page(
        [
            (751, 122, "Tax Invoice", 58),
            (155, 187, "Shree Laxmi Hardware Traders", 41),
            (888, 182, "Invoice No.", 36),
            (890, 207, "SLH/26-27/0412", 36),
            (158, 280, "GSTIN/UIN: 27AAKFS4821M1Z5", 34),
            (888, 300, "Dated", 36),
            (890, 330, "14-Apr-2026", 36),
            (1116, 982, "58,400.00", 36),
            (1464, 982, "1,00,000.00", 36),
            (1116, 1020, "20,000.00", 36),
            (1485, 1020, "20,000.00", 36),
            (1464, 1137, "1,20,000.00", 36),
            (220, 1176, "CGST @ 9%", 36),
            (1482, 1176, "10,800.00", 36),
            (220, 1215, "SGST @ 9%", 36),
            (1480, 1212, "10,800.00", 36),
            (780, 1290, "Total", 46),
            (1396, 1295, "1,41,600.00", 36),
            (155, 1440, "HSN/SAC", 36),
            (1461, 1440, "Tax Amount", 36),
            (155, 1479, "72085110", 36),
            (526, 1474, "1,00,000.00", 44),
            (754, 1477, "9%", 41),
            (896, 1479, "9,000.00", 36),
            (1100, 1477, "9%", 41),
            (1244, 1479, "9,000.00", 36),
            (1488, 1479, "18,000.00", 36),
            (155, 1516, "73181500", 36),
            (548, 1516, "20,000.00", 36),
            (754, 1516, "9%", 41),
            (906, 1516, "1,800.00", 36),
            (1100, 1516, "9%", 41),
            (1255, 1516, "1,800.00", 36),
            (1490, 1516, "3,600.00", 36),
            (152, 1625, "Total", 39),
            (529, 1625, "1,20,000.00", 36),
            (890, 1622, "10,800.00", 44),
            (1239, 1622, "10,800.00", 44),
            (1485, 1622, "21,600.00", 44),
        ],
        width=1760,
        height=2487,
    )
    fields = _fields(page)
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("120000.00"),
        Decimal("21600.00"),
        Decimal("141600.00"),
    )


def test_the_receptor_of_a_cfdi_is_the_customer() -> None:
    # A Mexican CFDI names the buyer "Receptor"; the seller heads the page, its legal form
    # glued to the name by a comma as OCR reads it.
    page = sized_page(
        [
            (319, 117, "Refaccionaria Tlaquepaque,S.A. de C.V.", 41),
            (1376, 126, "FACTURA", 42),
            (319, 156, "RFC: RTL090512K47", 32),
            (1248, 176, "Serie y folio: B-20411", 39),
            (1250, 210, "Fecha: 2026-03-09", 34),
            (317, 219, "Av. Revolución 1200, Guadalajara, Jal.", 39),
            (131, 390, "Receptor:", 34),
            (287, 390, "TALLERES DEL NORTE SA DE CV", 39),
            (128, 427, "RFC:", 36),
            (290, 429, "TNO150722MX3", 32),
            (900, 1500, "Subtotal", 34),
            (1300, 1500, "$1,000.00", 34),
            (900, 1540, "IVA 16%", 34),
            (1300, 1540, "$160.00", 34),
            (900, 1580, "Total", 34),
            (1300, 1580, "$1,160.00", 34),
        ],
        width=1808,
        height=2339,
    )
    assert _fields(page).vendor_name == "Refaccionaria Tlaquepaque,S.A. de C.V."


def test_a_slip_number_on_the_till_line() -> None:
    page = sized_page(
        [
            (439, 98, "GREENLEAF", 119),
            (193, 232, "GreenLeaf Market Claremont", 74),
            (408, 368, "VAT No: 4987654321", 68),
            (523, 534, "TAX INVOICE", 72),
            (44, 604, "WHOLE WHEAT BREAD", 68),
            (1201, 604, "21.99", 67),
            (44, 674, "FRESH MILK 1L", 68),
            (1201, 674, "19.50", 67),
            (44, 1338, "TOTAL DUE (2 ITEMS)", 75),
            (1096, 1343, "R 41.49", 65),
            (44, 1713, "VAT 15%", 71),
            (1198, 1714, "5.41", 67),
            (44, 1951, "TILL 07  SLIP 4471", 68),
            (905, 1951, "15/03/26 11:42", 68),
        ],
        width=1423,
        height=2339,
    )
    assert _fields(page).invoice_number == "4471"


def test_a_greek_serial_with_its_colon() -> None:
    # "Α/Α: 1843" (in Latin capitals as OCR reads Greek) numbers the receipt; the date is in
    # the same row.
    page = sized_page(
        [
            (224, 160, "«ΤΟ ΚΑΦΕΝΕΙΟ ΤΗΣ ΠΛΑΤΕΙΑΣ»", 73),
            (172, 298, "ΑΓ. ΝΙΚΟΛΑΟΥ 22, ΠΑΤΡΑ 26221", 67),
            (219, 366, "ΑΦΜ 099876543 ΔΟΥ Α' ΠΑΤΡΩΝ", 67),
            (43, 526, "A/A: 2207", 70),
            (812, 528, "14/03/2026 20:31", 60),
            (43, 656, "2 x ΦΡΑΠΕ", 67),
            (1165, 658, "7,00", 65),
            (43, 1107, "ΣΥΝΟΛΟ €", 82),
            (1067, 1102, "7,00", 101),
        ],
        width=1378,
        height=2339,
    )
    assert _fields(page).invoice_number == "2207"


def test_brazils_contained_taxes_with_the_amount_apart() -> None:
    # The NFC-e's statement of the taxes in its prices, its amount right-aligned apart from
    # the "R$" that ends the statement's second line (INTEGRATION.md: the VAT it contains).
    page = sized_page(
        [
            (200, 80, "PADARIA ESTRELA DO SUL LTDA", 60),
            (200, 150, "CNPJ: 12.345.678/0001-90", 50),
            (33, 1078, "Valor total R$", 56),
            (863, 1088, "42,00", 58),
            (27, 1166, "Valor a Pagar R$", 59),
            (857, 1179, "42,00", 48),
            (19, 1346, "Tributos Totais Incidentes", 51),
            (20, 1394, "(Lei Federal 12.741/2012) R$", 46),
            (854, 1392, "5,74", 48),
            (20, 1500, "Emissão: 21/03/2026 08:14", 46),
        ],
        width=1100,
        height=2000,
    )
    fields = _fields(page)
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("36.26"),
        Decimal("5.74"),
        Decimal("42.00"),
    )


def test_a_sign_misread_by_one_letter_leaves_the_legal_name() -> None:
    # The sign is the legal name's core with one letter misread ("DÔM" for "dům"): the same
    # name, so the legal line, read cleanly, is kept.
    page = sized_page(
        [
            (143, 68, "OBCHODNÍ DÔM VLTAVA", 47),
            (164, 114, "Obchodní dům Vltava, a.s.", 36),
            (103, 145, "Karlova 12, 110 00 Praha 1", 30),
            (118, 171, "IČO: 28765432", 31),
            (337, 170, "DIČ: CZ28765432", 34),
            (42, 245, "Pokladna 3", 27),
            (40, 212, "Účtenka č. 0413-22817", 35),
            (404, 216, "09.03.2026 10:02", 30),
            (39, 297, "Šampon 250 ml", 36),
            (500, 297, "129,00", 36),
            (39, 400, "CELKEM Kč", 40),
            (500, 400, "129,00", 40),
        ],
        width=674,
        height=1064,
    )
    assert _fields(page).vendor_name == "Obchodní dům Vltava, a.s."
