"""Reading round r2b (invented pages): a till's tax lines after their class letter and rate in
a currency of whole units ("A 5% ÁFA | 97"), Hungarian year-first dates with spaces or a
doubled dot, a column header closed by its currency never taken for the seller, a "Seller:"
block under a marketplace's wordmark doubted, and an exemption stated in Dutch, Spanish or
Portuguese keeping the VAT unknown."""

from __future__ import annotations

import datetime
from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.parsing import find_dates


def _forint_receipt(date: str) -> OcrDocument:
    return sized_page(
        [
            (180, 60, "Sarki Bolt", 40),
            (200, 100, "Kovács és Fia Kft.", 26),
            (140, 130, "1146 Budapest, Thököly út 61.", 26),
            (180, 160, "Adószám: 23456789-2-42", 26),
            (260, 200, "NYUGTA", 32),
            (40, 260, "Kenyér fehér 1kg", 26), (480, 260, "899 A00", 26),
            (40, 290, "Kifli", 26), (480, 290, "354 A00", 26),
            (40, 320, "Mosogatószer 500ml", 26), (480, 320, "749 C00", 26),
            (40, 360, "RÉSZÖSSZEG", 26), (510, 360, "2 002", 26),
            (40, 390, "A 5% ÁFA", 26), (540, 390, "60", 26),
            (40, 420, "C 27% ÁFA", 26), (530, 420, "159", 26),
            (40, 460, "ÖSSZESEN:", 30), (460, 460, "2 002 Ft", 30),
            (40, 510, "KÉSZPÉNZ", 26), (510, 510, "5 000", 26),
            (40, 540, "VISSZAJÁRÓ", 26), (510, 540, "2 998", 26),
            (40, 590, "NYUGTASZÁM: 0041/01234", 26),
            (40, 620, date, 26), (420, 620, "PÉNZTÁROS: 02", 26),
        ],
        width=640,
        height=700,
    )  # fmt: skip


def test_tax_lines_after_their_class_letter_are_read_in_whole_forints() -> None:
    """ "A 5% ÁFA | 60": the rate after the tax class's letter still heads the tax's label,
    and a bare whole number is the tax where the page's money is in whole forints, though a
    misread date elsewhere prints decimals."""
    fields = RuleExtractor().predict(_forint_receipt("2026.02..21. 17:05")).fields
    assert fields.vat == Decimal("219")
    assert fields.amount == Decimal("1783")
    assert fields.total == Decimal("2002")


def test_year_first_dates_with_spaces_or_a_doubled_dot() -> None:
    day = datetime.date(2026, 2, 21)
    for text in ("2026. 02. 21.", "2026.02..21. 17:05", "2026.02.21."):
        assert [d.value for d in find_dates(text)] == [day], text
    fields = RuleExtractor().predict(_forint_receipt("2026.02..21. 17:05")).fields
    assert fields.invoice_date == day


def test_a_column_header_closed_by_its_currency_is_no_seller() -> None:
    doc = sized_page(
        [
            (700, 130, "INVOICE", 60),
            (760, 210, "No 0000004127", 40),
            (160, 340, ": 19.02.2026 .", 40),
            (170, 780, "No", 40), (1030, 780, ".", 40), (1450, 780, "CT HOT (EUR)", 38),
            (180, 860, "1", 40), (900, 860, "Kr", 40), (1070, 860, "24", 40),
            (1250, 860, "7,40", 40), (1580, 860, "177,60", 40),
            (1200, 1000, "TOTAL", 40), (1560, 1000, "177,60", 40),
        ],
        width=1800,
        height=2400,
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.vendor_name != "CT HOT (EUR)"


def _marketplace_fee_invoice(footer: str) -> OcrDocument:
    return sized_page(
        [
            (250, 130, "tweedmarkt", 60), (1100, 126, "Factuur / Invoice", 34),
            (1270, 172, "TWM-INV-26-0044120", 28),
            (250, 199, "marketplace for pre-loved things", 22),
            (110, 314, "Verkoper / Seller", 24), (916, 314, "Factuurdatum / Date", 24),
            (1424, 314, "01/03/2026", 24),
            (110, 346, "Boekenhoek Vermeulen BV", 24),
            (110, 410, "Kerkstraat 12", 24),
            (110, 442, "3511 LX Utrecht, Nederland", 24),
            (110, 474, "BTW NL812345678B01", 24),
            (122, 612, "Omschrijving / Description", 23), (1431, 612, "Bedrag €", 23),
            (122, 665, "Commissie verkopen februari 2026", 23), (1460, 665, "120,00", 23),
            (122, 717, "Advertentiepakket Plus", 23), (1472, 717, "49,00", 23),
            (940, 891, "Totaal excl. btw / Total excl. VAT", 25), (1433, 891, "€ 169,00", 25),
            (920, 933, "Btw 21 % / VAT 21 %", 25), (1461, 933, "€ 35,49", 25),
            (1150, 974, "Totaal / Total", 25), (1433, 974, "€ 204,49", 25),
            (110, 2156, footer, 19),
        ],
        width=1700,
        height=2300,
    )  # fmt: skip


def test_a_seller_block_under_a_marketplace_wordmark_is_not_sure() -> None:
    """The wordmark's own legal name in the footer ("Tweedmarkt NV · …"): the page is the
    marketplace's, and its "Seller" block may be the customer (fees invoiced to a seller), so
    the labelled name is not approved unseen; without that footer it keeps its confidence."""
    footer = "Tweedmarkt NV · Kortrijksesteenweg 1093, 9051 Gent · BTW BE 0712.345.678"
    doubted = RuleExtractor().predict(_marketplace_fee_invoice(footer))
    assert doubted.confidence["vendor_name"] < 0.8
    plain = RuleExtractor().predict(_marketplace_fee_invoice("KBC Bank · IBAN BE71 0961 2345"))
    assert plain.fields.vendor_name == "Boekenhoek Vermeulen BV"
    assert plain.confidence["vendor_name"] >= 0.9


def _exempt_bill(statement: str) -> OcrDocument:
    return sized_page(
        [
            (100, 80, "Tandartspraktijk Eikenhof", 34),
            (100, 130, "Lindeboomlaan 5 · 3818 EN Amersfoort", 22),
            (100, 220, "NOTA", 34),
            (100, 300, "Notanummer", 22), (500, 300, "2026-10452", 22),
            (100, 340, "Notadatum", 22), (500, 340, "22-06-2026", 22),
            (100, 450, "Omschrijving", 22), (1300, 450, "Bedrag", 22),
            (100, 500, "Periodieke controle", 22), (1300, 500, "27,94", 22),
            (100, 540, "Gebitsreiniging", 22), (1300, 540, "50,61", 22),
            (900, 600, "Subtotaal", 24), (1280, 600, "78,55", 24),
            (900, 640, "Totaal te betalen", 24), (1280, 640, "€ 78,55", 24),
            (100, 760, statement, 20),
        ],
        width=1600,
        height=2200,
    )  # fmt: skip


def test_an_exemption_stated_in_other_languages_leaves_the_vat_unknown() -> None:
    for statement in (
        "Vrijgesteld van btw (art. 11 lid 1 sub g Wet OB 1968).",
        "Operación exenta de IVA (art. 20 LIVA).",
        "IVA isento ao abrigo do art. 9.º do CIVA.",
    ):
        fields = RuleExtractor().predict(_exempt_bill(statement)).fields
        assert fields.vat is None, statement
        assert fields.total == Decimal("78.55"), statement


def test_a_legal_name_broken_after_its_comma_on_a_centred_receipt() -> None:
    """ "Pastelaria Sol do Porto," over "Unipessoal Lda", centred and in big type whose boxes
    overlap: the form alone under the comma goes on from the line above."""
    doc = sized_page(
        [
            (470, 96, "PASTELARIA", 90),
            (300, 198, "SOL DO PORTO", 95),
            (190, 305, "Pastelaria Sol do Porto,", 79),
            (404, 380, "Unipessoal Lda", 75),
            (139, 454, "R. Direita 58, 3810-075 Aveiro", 73),
            (404, 527, "NIF: 516321870", 68),
            (43, 641, "Fatura Simplificada", 80),
            (44, 713, "FS A/10577", 75),
            (49, 865, "12-09-2026 08:05", 67),
            (42, 976, "Pao de forma", 80), (700, 976, "2,10", 80),
            (42, 1060, "Bolo de arroz", 80), (700, 1060, "1,40", 80),
            (42, 1160, "TOTAL", 90), (640, 1160, "3,50", 90),
            (42, 1260, "IVA 6%", 70), (700, 1260, "0,20", 70),
        ],
        width=1000,
        height=1500,
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.vendor_name == "Pastelaria Sol do Porto, Unipessoal Lda"


def test_a_cafeteria_sign_over_its_name_is_one_name() -> None:
    doc = sized_page(
        [
            (507, 124, "Cafetería", 140),
            (480, 285, "Los Arcos", 148),
            (312, 473, "Pza. Mayor 9, Salamanca", 105),
            (526, 567, "NIF 70891234J", 104),
            (56, 721, "Ticket nº 000418", 103),
            (58, 826, "02/05/2026 10:14", 90),
            (58, 980, "Café con leche", 95), (1100, 980, "1,60", 95),
            (58, 1100, "Tostada", 95), (1100, 1100, "2,40", 95),
            (58, 1250, "TOTAL", 110), (1050, 1250, "4,00", 110),
            (58, 1380, "IVA 10% incluido", 90), (1100, 1380, "0,36", 90),
        ],
        width=1500,
        height=1700,
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.vendor_name == "Cafetería Los Arcos"
