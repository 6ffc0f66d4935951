"""Currencies and amounts (money9): "¥" read as the yuan or the yen by the page's country (held
where none is named), a bare "$" named by the dollar's ISO code elsewhere on the page, Thai and
Israeli pages that print no currency, a restaurant check's tip guide, an item row's quantity
taken for a VAT rate, Vietnam's service charge, Brazil's NFC-e payable, a coupon's "% off"
line, rupees and paise in two columns, Japan's closing dash after a yen amount, and tax
contained on several lines. Invented pages."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import detect_currency

Line = tuple[float, float, str, float]


def _page(lines: list[Line]) -> OcrDocument:
    return sized_page(lines, width=1200, height=1800)


def _read(lines: list[Line]):  # type: ignore[no-untyped-def]
    return RuleExtractor().predict(_page(lines))


def _yen_invoice(seller: list[Line]) -> list[Line]:
    return [
        (60, 60, "INVOICE", 40),
        (700, 140, "Invoice No.: 26-00418", 26),
        (700, 180, "Date of issue: 2026-05-19", 26),
        *seller,
        (60, 700, "Item", 26), (900, 700, "Amount", 26),
        (60, 750, "Bracket, machined", 26), (900, 750, "¥8,000.00", 26),
        (60, 850, "Subtotal", 26), (900, 850, "¥8,000.00", 26),
        (60, 900, "Tax 13%", 26), (900, 900, "¥1,040.00", 26),
        (60, 950, "Total", 26), (900, 950, "¥9,040.00", 26),
    ]  # fmt: skip


def test_a_yen_sign_on_a_chinese_page_is_the_yuan() -> None:
    reading = _read(
        _yen_invoice(
            [
                (60, 300, "Seller: Shenzhen Lianhe Electronics Co., Ltd.", 26),
                (60, 340, "Unified Social Credit Code: 91440300MA5FQ3K71X", 26),
            ]
        )
    )
    assert reading.fields.currency == "CNY"


def test_a_yen_sign_where_no_country_is_named_is_held() -> None:
    reading = _read(_yen_invoice([(60, 300, "Seller: Lianhe Electronics", 26)]))
    assert reading.fields.currency == "JPY"
    assert reading.confidence["currency"] < 0.6


def test_a_yen_sign_on_a_japanese_page_stays_the_yen() -> None:
    assert detect_currency("Tokyo 140-0004, Japan  Total ¥9,040") == "JPY"
    assert detect_currency("Beijing, China  Total ¥9,040") == "CNY"
    assert detect_currency("Total ¥9,040", "Shanghai, PRC  Total ¥9,040") == "CNY"


def test_a_bare_dollar_is_the_dollar_the_page_names_by_its_code() -> None:
    page = "Trip receipt $11.35 Unlock fee $1.00 Ride $10.35 Total (NZD) Includes GST of $1.48"
    assert detect_currency(page) == "NZD"
    assert detect_currency("Level 2, 150 Willis Street, Wellington 6011 Total $11.35") == "NZD"


def test_thai_and_israeli_receipts_without_a_currency_sign() -> None:
    thai = _read(
        [
            (60, 60, "SIAM DAILY MART CO.,LTD.", 30),
            (60, 110, "TAX INVOICE (ABB)", 26),
            (60, 300, "2 DRINKING WATER", 26), (700, 300, "28.00", 26),
            (60, 400, "TOTAL", 26), (700, 400, "28.00", 26),
            (60, 450, "VATABLE", 26), (700, 450, "26.17", 26),
            (60, 500, "VAT 7%", 26), (700, 500, "1.83", 26),
        ]
    )  # fmt: skip
    assert thai.fields.currency == "THB"
    israeli = _read(
        [
            (60, 60, "Café Neve Tzedek Ltd.", 30),
            (60, 110, "Shabazi St 38, Tel Aviv-Yafo", 26),
            (60, 300, "Cappuccino", 26), (700, 300, "118.64", 26),
            (60, 400, "VAT 18%", 26), (700, 400, "21.36", 26),
            (60, 450, "TOTAL", 26), (700, 450, "140.00", 26),
        ]
    )  # fmt: skip
    assert israeli.fields.currency == "ILS"
    assert israeli.confidence["currency"] < 0.6  # inferred from the city: a guess
    assert detect_currency("TOTAL NIS 140.00") == "ILS"


def test_the_totals_of_a_tip_guide_are_no_total() -> None:
    reading = _read(
        [
            (60, 60, "The Blue Heron Diner", 34),
            (60, 110, "1420 Walnut St, Philadelphia, PA 19102", 24),
            (60, 300, "1 Pancakes", 26), (800, 300, "13.95", 26),
            (60, 350, "Subtotal", 26), (800, 350, "13.95", 26),
            (60, 400, "Tax 8%", 26), (800, 400, "1.12", 26),
            (60, 450, "TOTAL", 26), (800, 450, "$15.07", 26),
            (60, 550, "Suggested Gratuity", 26),
            (60, 600, "18%", 26), (300, 600, "Tip $2.51", 26),
            (600, 600, "Total $17.58", 26),
            (60, 650, "20%", 26), (300, 650, "Tip $2.79", 26),
            (600, 650, "Total $17.86", 26),
        ]
    )  # fmt: skip
    assert reading.fields.total == Decimal("15.07")
    assert reading.fields.tip is None


def test_an_item_rows_quantity_of_ten_is_no_vat_rate() -> None:
    """ "10 | 3,90 € | — | 39,00 €": ten times the price is the line, not a 10 % row with its
    tax first; the deposit outside the VAT is in the net."""
    reading = _read(
        [
            (60, 60, "Brasserie du Hainaut SRL", 30),
            (700, 140, "Facture n° F26/00342", 26),
            (700, 180, "Date de facture : 03/03/2026", 26),
            (60, 500, "Fût Blonde 20 L", 24), (500, 500, "6", 24), (600, 500, "78,00 €", 24),
            (760, 500, "21 %", 24), (950, 500, "468,00 €", 24),
            (60, 550, "Consigne caisses", 24), (500, 550, "10", 24), (600, 550, "3,90 €", 24),
            (760, 550, "—", 24), (950, 550, "39,00 €", 24),
            (600, 700, "Base imposable 21 %", 24), (950, 700, "468,00 €", 24),
            (600, 750, "TVA 21 %", 24), (950, 750, "98,28 €", 24),
            (600, 800, "Consignes (hors TVA)", 24), (950, 800, "39,00 €", 24),
            (600, 850, "TOTAL TVAC", 24), (950, 850, "605,28 €", 24),
        ]
    )  # fmt: skip
    assert reading.fields.total == Decimal("605.28")
    assert reading.fields.vat == Decimal("98.28")
    assert reading.fields.amount == Decimal("507.00")


def test_vietnams_service_charge_is_in_the_net() -> None:
    reading = _read(
        [
            (60, 60, "Công ty TNHH Cà Phê Góc Phố", 28),
            (60, 110, "Số HĐ: 00012847", 24),
            (60, 300, "Cà phê sữa đá", 24), (700, 300, "184.000", 24),
            (60, 400, "Cộng tiền hàng", 24), (700, 400, "184.000", 24),
            (60, 450, "Phí phục vụ (5%)", 24), (700, 450, "9.200", 24),
            (60, 500, "Thuế GTGT (8%)", 24), (700, 500, "15.456", 24),
            (60, 550, "TỔNG CỘNG", 24), (700, 550, "208.656 ₫", 24),
        ]
    )  # fmt: skip
    assert reading.fields.total == Decimal("208656")
    assert reading.fields.vat == Decimal("15456")
    assert reading.fields.amount == Decimal("193200")


def test_an_nfce_pays_its_valor_a_pagar_not_the_cash_handed_over() -> None:
    reading = _read(
        [
            (60, 60, "SUPERMERCADO PAULISTÃO LTDA", 28),
            (60, 110, "Documento Auxiliar da Nota Fiscal de Consumidor Eletrônica", 20),
            (60, 300, "001 ARROZ TIPO 1 5KG", 22), (800, 300, "108,32", 22),
            (60, 400, "Valor total R$", 22), (800, 400, "108,32", 22),
            (60, 450, "Descontos R$", 22), (800, 450, "3,50", 22),
            (60, 500, "Valor a Pagar R$", 22), (800, 500, "104,82", 22),
            (60, 550, "FORMA PAGAMENTO", 22), (600, 550, "VALOR PAGO R$", 22),
            (60, 600, "Dinheiro", 22), (800, 600, "120,00", 22),
            (60, 650, "Troco R$", 22), (800, 650, "15,18", 22),
            (60, 750, "NFC-e nº 000184237 Série 001 14/03/2026 18:42:07", 22),
        ]
    )  # fmt: skip
    assert reading.fields.total == Decimal("104.82")
    assert reading.fields.invoice_number == "000184237"


def test_a_coupons_percent_off_line_is_a_discount() -> None:
    reading = _read(
        [
            (60, 60, "Receipt from Larkspur Analytics, Inc.", 28),
            (60, 110, "Receipt #2231-4410", 24),
            (60, 300, "Growth plan", 24), (900, 300, "$899.00", 24),
            (60, 350, "Onboarding workshop", 24), (900, 350, "$250.00", 24),
            (60, 450, "Subtotal", 24), (900, 450, "$1,149.00", 24),
            (60, 500, "FOUNDERS10 (10% off Growth plan)", 24), (900, 500, "-$89.90", 24),
            (60, 550, "Colorado State Sales Tax (2.9%)", 24), (900, 550, "$30.71", 24),
            (60, 600, "Amount charged", 24), (900, 600, "$1,089.81", 24),
        ]
    )  # fmt: skip
    assert reading.fields.total == Decimal("1089.81")
    assert reading.fields.vat == Decimal("30.71")
    assert reading.fields.amount == Decimal("1059.10")
    assert reading.fields.discount == Decimal("89.90")


def test_rupees_and_paise_in_two_columns_are_one_amount() -> None:
    reading = _read(
        [
            (300, 60, "SHREE GANESH ELECTRICALS", 30),
            (60, 150, "No. 0457", 24), (800, 150, "Date 14/2/26", 24),
            (60, 300, "Particulars", 24), (700, 300, "Amount Rs.", 24), (950, 300, "P.", 24),
            (60, 350, "Havells MCB 32A DP", 24), (700, 350, "13846", 24), (950, 350, "00", 24),
            (500, 600, "Total", 24), (700, 600, "13,846", 24), (950, 600, "00", 24),
            (500, 650, "CGST @ 9%", 24), (700, 650, "1,246", 24), (950, 650, "14", 24),
            (500, 700, "SGST @ 9%", 24), (700, 700, "1,246", 24), (950, 700, "14", 24),
            (500, 750, "Grand Total", 24), (700, 750, "16,338", 24), (950, 750, "28", 24),
        ]
    )  # fmt: skip
    assert reading.fields.total == Decimal("16338.28")
    assert reading.fields.vat == Decimal("2492.28")
    assert reading.fields.amount == Decimal("13846.00")


def test_a_yen_amounts_closing_dash_is_no_minus() -> None:
    reading = _read(
        [
            (500, 60, "INVOICE", 36),
            (60, 200, "Amount Billed (tax incl.)", 26), (500, 200, "¥11,000-", 30),
            (60, 400, "Machining", 24), (900, 400, "¥10,000", 24),
            (700, 500, "Subtotal", 24), (900, 500, "¥10,000", 24),
            (700, 550, "Consumption Tax", 24), (900, 550, "¥1,000", 24),
            (700, 600, "Total", 24), (900, 600, "¥11,000", 24),
            (60, 800, "Hoshino Precision Co., Ltd. Tokyo, Japan", 22),
        ]
    )  # fmt: skip
    assert reading.fields.total == Decimal("11000")
    assert reading.fields.amount == Decimal("10000")


def test_tax_contained_on_several_lines_sums_to_the_tax() -> None:
    reading = _read(
        [
            (60, 60, "Sakura Mart", 30),
            (60, 300, "Onigiri Salmon *", 24), (700, 300, "¥756", 24),
            (60, 350, "Vinyl Umbrella", 24), (700, 350, "¥1,318", 24),
            (60, 450, "Subtotal", 24), (700, 450, "¥2,074", 24),
            (60, 500, "( 8% target", 24), (700, 500, "¥756)", 24),
            (60, 550, "( tax incl.", 24), (700, 550, "¥56)", 24),
            (60, 600, "(10% target", 24), (700, 600, "¥1,318)", 24),
            (60, 650, "( tax incl.", 24), (700, 650, "¥120)", 24),
            (60, 700, "TOTAL", 24), (700, 700, "¥2,074", 24),
            (60, 800, "Tokyo, Japan", 22),
        ]
    )  # fmt: skip
    assert reading.fields.total == Decimal("2074")
    assert reading.fields.vat == Decimal("176")
    assert reading.fields.amount == Decimal("1898")
