# ruff: noqa: E501
"""Invented pages for round 13t (blind set 13t: money in many currencies): a letterhead's
name set over two lines whose OCR boxes overlap, the crowns told apart by the country's
words and letters, the Gulf's money by its codes and signs beside amounts, and the money a
total is stated in outweighing a card slip's conversion block or a duty-free till's second
column."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import detect_currency
from invoice_scanner_processing.extractors.rules.parsing import parse_amount
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


# -- a name over two lines -----------------------------------------------------------------


def _letterhead(
    top: tuple[float, float, str, float], legal: tuple[float, float, str, float]
) -> OcrDocument:
    """An invoice whose name is set over two lines at the top left, the title or the address
    on the right of the first line's row, the customer's block and the totals below."""
    return sized_page(
        [
            top,
            (1190, 140, "TAX INVOICE", 55),
            legal,
            (1220, 200, "TRN 100377120400003", 38),
            (130, 300, "Office 702, Marina Plaza, Dubai, U.A.E. · +971 4 388 1200", 41),
            (130, 390, "Invoice to:", 41), (960, 390, "Invoice no.", 41), (1240, 390, "HB-2026-0417", 41),
            (130, 425, "Creekside Residences LLC", 41), (960, 425, "Date", 41), (1360, 425, "14/05/2026", 41),
            (130, 700, "Annual maintenance contract", 41), (1380, 700, "8,400.00", 41),
            (960, 900, "Subtotal", 41), (1380, 900, "8,400.00", 41),
            (960, 950, "VAT 5%", 41), (1400, 950, "420.00", 41),
            (960, 1000, "Total AED", 41), (1380, 1000, "8,820.00", 41),
        ]
    )  # fmt: skip


def test_a_name_in_capitals_over_its_legal_line_is_one_name() -> None:
    # The boxes overlap (OCR's boxes of close lines do); the title shares the first row.
    page = _letterhead((295, 144, "BLUE HARBOUR", 64), (292, 197, "MARINE L.L.C.", 54))
    assert _predict(page).fields.vendor_name == "BLUE HARBOUR MARINE L.L.C."


def test_a_logo_word_set_large_over_its_legal_line_is_its_first_word() -> None:
    # "AL-NOOR" set at twice the legal line's size, with a gap wider than the legal line.
    page = _letterhead((139, 112, "AL-NOOR", 72), (139, 201, "CATERING CO. W.L.L.", 28))
    assert _predict(page).fields.vendor_name == "AL-NOOR CATERING CO. W.L.L."


def test_a_brand_over_a_long_legal_name_stays_apart() -> None:
    page = _letterhead((139, 112, "PETROMAX", 72), (139, 201, "STESEN MINYAK SRI JAYA SDN BHD", 28))
    assert _predict(page).fields.vendor_name == "STESEN MINYAK SRI JAYA SDN BHD"


def test_a_mixed_case_name_with_its_legal_form_on_the_next_line() -> None:
    page = sized_page(
        [
            (1304, 119, "INVOICE", 73),
            (359, 160, "Silver Pine", 73),
            (1109, 208, "88 Alder St, Suite 4, Seattle, WA 98101", 39),
            (351, 217, "Analytics, Inc.", 57),
            (1198, 239, "EIN 91-4471120 · ar@silverpine.io", 39),
            (138, 343, "BILL TO", 42), (1078, 343, "Invoice #", 42), (1505, 343, "SPA-2291", 42),
            (140, 386, "Harbor Freight Lines Ltd.", 42), (1078, 386, "Invoice date", 42), (1488, 386, "Mar 3, 2026", 42),
            (147, 700, "Data platform subscription", 42), (1517, 700, "$4,800.00", 42),
            (1109, 925, "Subtotal", 42), (1488, 923, "$4,800.00", 42),
            (1107, 1023, "Balance due", 42), (1490, 1023, "$4,800.00", 42),
        ]
    )  # fmt: skip
    assert _predict(page).fields.vendor_name == "Silver Pine Analytics, Inc."


def test_a_heading_or_a_tagline_over_a_legal_name_is_no_part_of_it() -> None:
    for heading in ("Pay To", "Konditorei · Kaffeehaus"):
        page = sized_page(
            [
                (120, 100, "INVOICE", 70),
                (120, 400, heading, 40),
                (120, 440, "Bluewave Hosting LLC", 40),
                (120, 480, "410 Pine St, Austin TX 78701", 32),
                (900, 400, "Invoice No: BW-7781", 36),
                (900, 450, "Date: 2026-03-02", 36),
                (900, 900, "Total", 36), (1200, 900, "$120.00", 36),
            ]
        )  # fmt: skip
        assert _predict(page).fields.vendor_name == "Bluewave Hosting LLC", heading


# -- the money --------------------------------------------------------------------------------


def test_the_crowns_are_told_apart_by_the_countrys_words_and_letters() -> None:
    assert detect_currency("I ALT kr. 319,50\nCVR 38 12 45 67\nHeraf moms 25% 63,90") == "DKK"
    assert detect_currency("Rugbrød 42,00\nI ALT 42,00 kr.\nMobilePay") == "DKK"
    assert detect_currency("SAMTALS 14.748 kr\nKt. 540912-1230\nVSK.nr. 112874") == "ISK"
    assert detect_currency("Totalt 1 250 kr\nOrg.nr 912 345 678 MVA\nVipps") == "NOK"
    assert detect_currency("Totalt 1 250 kr\nMoms 25%\nSwish") == "SEK"
    assert detect_currency("Summa 99 kr") == "SEK"


def test_the_gulfs_money_by_its_code_or_sign_beside_an_amount() -> None:
    assert detect_currency("TOTAL QAR 1,519.50") == "QAR"
    assert detect_currency("Paid VISA QR 1,519.50") == "QAR"
    assert detect_currency("Net payable R.O. 22.900") == "OMR"
    assert detect_currency("Grand total KD 12.750") == "KWD"
    assert detect_currency("Total 8.250 BD") == "BHD"
    # A flight's code, a Malaysian company's form before its number, a till's tax code after
    # each amount: no riyal, no dinar.
    assert detect_currency("Flight: QR 017 to DUB") is None
    assert (
        detect_currency("KEDAI MAJU SDN BHD (1187765-U)\nRoti canai 2.50 SR\nTOTAL (RM) 2.50")
        == "MYR"
    )


def _card_slip(currency_label: str = "Transaction currency") -> OcrDocument:
    """A Czech restaurant's bill, paid by a foreign card with the amount converted."""
    return sized_page(
        [
            (295, 108, "U ZELENÉHO STROMU", 80),
            (305, 231, "Restaurace U Zeleného stromu s.r.o.", 61),
            (349, 292, "Nerudova 12, 118 00 Praha 1", 60),
            (354, 353, "IČO 27184511", 60), (754, 353, "DIČ CZ27184511", 60),
            (392, 444, "ÚČTENKA č. 2026/021177", 62),
            (974, 526, "11.07.2026 21:03", 62),
            (47, 628, "2x Guláš s knedlíkem", 62), (1269, 629, "418,00", 62),
            (47, 693, "2x Pilsner 0,5 l", 62), (1267, 693, "150,00", 62),
            (47, 994, "CELKEM", 62), (1002, 994, "568,00 Kč", 62),
            (43, 1080, "Základ DPH 12 %", 62), (1206, 1084, "507,14", 62),
            (43, 1149, "DPH 12%", 62), (1267, 1147, "60,86", 62),
            (47, 1214, "Platba kartou", 62), (1118, 1212, "568,00 Kč", 62),
            (468, 1650, "CURRENCY CONVERSION", 62),
            (45, 1710, currency_label, 62), (1354, 1710, "USD", 62),
            (47, 1780, "Exchange rate", 62), (882, 1779, "1 USD = 21.6473 CZK", 62),
            (45, 1909, "You paid", 62), (1141, 1911, "26.24 USD", 62),
        ]
    )  # fmt: skip


def test_the_total_in_crowns_outweighs_the_card_slips_conversion() -> None:
    for label in ("Transaction currency", "Currency"):
        assert _predict(_card_slip(label)).fields.currency == "CZK", label


def test_a_duty_free_tills_total_names_its_money_over_the_second_column() -> None:
    page = sized_page(
        [
            (369, 139, "PEARL GATE", 80),
            (636, 283, "DUTY FREE", 60),
            (350, 450, "C.R. 55120 · P.O. Box 11020, Doha, Qatar", 55),
            (54, 565, "Receipt: PG-A2-44120", 55), (1142, 565, "14/08/2026 03:10", 55),
            (1034, 756, "QAR", 55), (1465, 758, "USD", 55),
            (52, 831, "1 x Oud perfume 50ml", 55), (980, 904, "540.00", 55), (1407, 904, "148.35", 55),
            (52, 980, "2 x Saffron 5g", 55), (980, 1053, "180.00", 55), (1410, 1053, "49.45", 55),
            (49, 1476, "TOTAL QAR", 55), (1231, 1478, "720.00", 55),
            (52, 1579, "Equivalent USD", 55), (1407, 1581, "197.80", 55),
            (54, 1779, "Paid VISA ****1182", 55), (1275, 1781, "720.00", 55),
            (305, 1855, "Rates: 1 USD = 3.64 QAR", 55),
        ]
    )  # fmt: skip
    assert _predict(page).fields.currency == "QAR"


# -- labels of more tills ---------------------------------------------------------------------


def test_an_icelandic_fuel_receipt_by_its_own_labels() -> None:
    """Its number after "Kvittun nr.", its total after "SAMTALS", the net after "Án VSK"
    and the tax after "Þar af VSK", in whole krónur; "VSK.nr." is the seller's VAT number."""
    page = sized_page(
        [
            (300, 132, "ELDSNEYTI", 70),
            (226, 270, "Dalvegur 4, 201 Kópavogur", 48),
            (398, 338, "Kt. 611208-0470", 48),
            (413, 401, "VSK.nr. 104922", 48),
            (44, 511, "Kvittun nr.", 48), (1023, 507, "40517", 48),
            (39, 576, "Dags.", 48), (675, 572, "14.02.2026 08:31", 48),
            (44, 757, "Dísel", 48), (898, 825, "9.876 kr", 48),
            (45, 827, "31,20 L × 316,5", 48),
            (44, 1008, "SAMTALS", 48), (832, 1010, "9.876 kr", 48),
            (44, 1092, "Þar af VSK 24%", 48), (925, 1093, "1.911 kr", 48),
            (42, 1155, "Án VSK", 48), (900, 1165, "7.965 kr", 48),
        ],
        width=1240,
        height=1640,
    )  # fmt: skip
    fields = _predict(page).fields
    assert fields.invoice_number == "40517"
    assert fields.currency == "ISK"
    assert (str(fields.amount), str(fields.vat), str(fields.total)) == ("7965", "1911", "9876")


def test_a_czech_and_a_colombian_receipts_number_after_its_title() -> None:
    page = _card_slip()
    assert _predict(page).fields.invoice_number == "2026/021177"
    pos = sized_page(
        [
            (425, 153, "El Fogón", 80),
            (447, 402, "Restaurante El Fogón S.A.S.", 60),
            (646, 477, "NIT 900.555.112-3", 60),
            (184, 674, "Documento equivalente POS No. FG-20417", 60),
            (57, 760, "Fecha: 2026/05/02", 60),
            (57, 975, "2 Sancocho", 60), (1467, 975, "$ 58.000", 60),
            (57, 1300, "TOTAL", 60), (1467, 1300, "$ 58.000", 60),
        ],
        width=1808,
    )  # fmt: skip
    assert _predict(pos).fields.invoice_number == "FG-20417"


def test_money_in_thousandths_where_the_page_is_priced_in_dinars_or_rials() -> None:
    """An Omani pharmacy's till prints bare "22.180" under its rial: 22.18, not 22,180."""
    page = sized_page(
        [
            (163, 57, "NIZWA CARE", 40),
            (197, 140, "Nizwa Care Pharmacy LLC", 25),
            (105, 165, "Souq Road, Nizwa, Sultanate of Oman", 25),
            (24, 261, "Inv: NCP-7-10288", 25), (436, 261, "11/05/2026 18:02", 25),
            (24, 334, "Vitamin D3 60 caps", 25), (552, 334, "4.500", 25),
            (24, 361, "Hand cream 75ml", 25), (552, 361, "2.750", 25),
            (24, 490, "Total excl. VAT", 25), (540, 490, "7.250", 25),
            (24, 517, "VAT 5%", 25), (552, 517, "0.363", 25),
            (24, 546, "Net payable R.O.", 25), (540, 546, "7.613", 25),
            (24, 584, "Cash", 25), (494, 584, "R.O. 10.000", 25),
            (24, 612, "Change", 25), (506, 612, "R.O. 2.387", 25),
        ],
        width=630,
        height=903,
        source="text_layer",
    )  # fmt: skip
    fields = _predict(page).fields
    assert fields.currency == "OMR"
    assert (str(fields.amount), str(fields.vat), str(fields.total)) == ("7.250", "0.363", "7.613")
    # Elsewhere one point before three digits still groups thousands.
    assert parse_amount("TOTAL 22.180") == Decimal("22180")


def test_a_statement_that_no_vat_applies_leaves_the_vat_unknown() -> None:
    for statement in ("No VAT is applicable in the State of Kuwait.", "No GST charged."):
        page = sized_page(
            [
                (139, 112, "AL-RAWDA", 72),
                (139, 201, "PRINTING CO. W.L.L.", 28),
                (139, 467, "Invoice No: ARP/26/0118", 30),
                (139, 503, "Date: 08-06-2026", 30),
                (216, 728, "Business cards, 500 pcs", 30), (1400, 728, "45.500", 30),
                (981, 1079, "NET PAYABLE", 30), (1240, 1075, "KD 45.500", 30),
                (139, 1282, statement, 30),
            ],
            source="text_layer",
        )  # fmt: skip
        fields = _predict(page).fields
        assert fields.vat is None, statement
        assert str(fields.total) == "45.500", statement
