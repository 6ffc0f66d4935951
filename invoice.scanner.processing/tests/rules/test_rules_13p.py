"""Invented pages for round 13p (blind set 13p: what restaurants, cafés and bars buy and
what their guests get): a shop's sign over a legal name that is whole on its own line is no
first half of it."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import detect_currency
from invoice_scanner_processing.extractors.rules.parsing import parse_amount
from invoice_scanner_processing.extractors.rules.parties import _ATTENTION_RE
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _till(sign: str, legal: str) -> OcrDocument:
    return sized_page(
        [
            (150, 40, sign, 30),
            (90, 80, legal, 28),
            (170, 120, "NIT 900.123.456-7", 24),
            (130, 150, "Carrera 7 # 12-40, Bogotá", 24),
            (30, 220, "Factura POS No. 0457", 24),
            (30, 250, "Fecha: 14/03/2026 13:05", 24),
            (30, 320, "Almuerzo ejecutivo", 24), (450, 320, "28.000", 24),
            (30, 350, "Limonada", 24), (450, 350, "6.000", 24),
            (30, 420, "TOTAL", 26), (440, 420, "34.000", 26),
        ],
        width=620,
        height=600,
    )  # fmt: skip


def test_a_sign_over_a_whole_legal_name_is_no_part_of_it() -> None:
    pred = _predict(_till("MERCADO LA ESTRELLA", "DISTRIBUIDORA COMERCIAL ANDINA S.A.S."))
    assert pred.fields.vendor_name == "DISTRIBUIDORA COMERCIAL ANDINA S.A.S."
    assert pred.fields.total == Decimal("34000.00")


def test_a_name_broken_before_a_short_legal_line_is_still_one_name() -> None:
    pred = _predict(_till("ABARROTES Y FERRETERIA", "LA ESPERANZA S.A.S."))
    assert pred.fields.vendor_name == "ABARROTES Y FERRETERIA LA ESPERANZA S.A.S."


def test_a_rate_read_with_a_speck_before_its_decimal_comma_still_opens_a_rate_row() -> None:
    pred = _predict(
        sized_page(
            [
                (160, 40, "CAFÉ DE LA GARE", 34),
                (180, 90, "SARL Martin & Fils", 26),
                (60, 160, "Ticket n° 000812", 24), (60, 190, "Le 03/03/2026", 24),
                (60, 250, "2 Menu du jour", 24), (480, 250, "36,00", 24),
                (60, 280, "1 Bouteille Chinon", 24), (480, 280, "24,00", 24),
                (60, 340, "TOTAL TTC EUR", 28), (470, 340, "60,00", 28),
                (60, 400, "Taux", 22), (230, 400, "HT", 22),
                (340, 400, "TVA", 22), (480, 400, "TTC", 22),
                (60, 430, "10,0%", 22), (210, 430, "32,73", 22),
                (330, 430, "3,27", 22), (480, 430, "36,00", 22),
                (60, 460, "20.,0%", 22), (210, 460, "20,00", 22),
                (330, 460, "4,00", 22), (480, 460, "24,00", 22),
            ],
            width=620,
            height=700,
        )
    )  # fmt: skip
    assert pred.fields.total == Decimal("60.00")
    assert pred.fields.vat == Decimal("7.27")
    assert pred.fields.amount == Decimal("52.73")


def test_a_minus_in_brackets_before_a_round_off_is_its_sign() -> None:
    assert parse_amount("(-)0.46", "en-IN") == Decimal("-0.46")
    assert parse_amount("Less: (-) 1,250.00", "en-IN") == Decimal("-1250.00")
    # The brackets of an accounting negative still make it one, and "(+)" adds.
    assert parse_amount("(12,430.00)", "en-IN") == Decimal("-12430.00")
    assert parse_amount("(+)0.46", "en-IN") == Decimal("0.46")
    rounded = _predict(
        sized_page(
            [
                (100, 80, "Annapurna Traders", 40),
                (100, 130, "GSTIN: 29AAGFA1234K1Z5", 24),
                (100, 200, "Invoice No. AT/2026/119", 26), (1000, 200, "Dated 18-Mar-2026", 26),
                (100, 300, "Rice 25 kg", 24), (900, 300, "5%", 24), (1400, 300, "8,600.00", 24),
                (100, 340, "Oil 15 L", 24), (900, 340, "18%", 24), (1400, 340, "1,980.35", 24),
                (600, 400, "Taxable Value", 24), (1400, 400, "10,580.35", 24),
                (100, 440, "Output CGST @ 2.5%", 24), (1420, 440, "215.00", 24),
                (100, 480, "Output SGST @ 2.5%", 24), (1420, 480, "215.00", 24),
                (100, 520, "Output CGST @ 9%", 24), (1420, 520, "178.23", 24),
                (100, 560, "Output SGST @ 9%", 24), (1420, 560, "178.23", 24),
                (100, 600, "Round Off", 24), (1430, 600, "(-)0.81", 24),
                (100, 640, "Total", 26), (1380, 640, "11,366.00", 26),
            ]
        )
    )  # fmt: skip
    assert rounded.fields.total == Decimal("11366.00")
    assert rounded.fields.amount == Decimal("10580.35")


def test_a_tills_tax_per_rate_set_apart_from_its_rate_line_is_the_tax_in_the_total() -> None:
    pred = _predict(
        sized_page(
            [
                (150, 40, "CAFE KOMOREBI", 34),
                (120, 90, "Komorebi Coffee K.K.", 26),
                (40, 160, "Receipt No. KM-0412", 24), (40, 190, "Date 2026/04/12", 24),
                (40, 250, "Blend Coffee x2", 24), (460, 250, "¥1,100", 24),
                (40, 280, "Scone (takeout) x2", 24), (470, 280, "¥540", 24),
                (40, 340, "Total (tax incl.)", 28), (450, 340, "¥1,640", 28),
                (40, 380, "10% items ¥1,100", 22), (330, 380, "(tax ¥100)", 22),
                (40, 410, "8% items ¥540", 22), (330, 410, "(tax ¥40)", 22),
            ],
            width=620,
            height=600,
        )
    )  # fmt: skip
    assert pred.fields.total == Decimal("1640")
    assert pred.fields.vat == Decimal("140")
    assert pred.fields.amount == Decimal("1500")


def test_a_tax_stated_as_included_after_its_rate_is_contained_in_the_total() -> None:
    pred = _predict(
        sized_page(
            [
                (150, 40, "Kopi & Crumbs", 34),
                (110, 90, "Kopi & Crumbs Pte. Ltd.", 26),
                (40, 160, "Receipt No. KC-0057", 24), (40, 190, "Date 12 Apr 2026", 24),
                (40, 250, "2 x Croissant", 24), (460, 250, "$9.60", 24),
                (40, 280, "1 x Flat White", 24), (460, 280, "$6.50", 24),
                (40, 330, "Subtotal", 24), (450, 330, "$16.10", 24),
                (40, 360, "Member 10%", 24), (455, 360, "-$1.61", 24),
                (40, 400, "Total (incl. GST)", 28), (450, 400, "$14.49", 28),
                (40, 440, "GST 9% included", 22), (460, 440, "$1.20", 22),
            ],
            width=620,
            height=600,
        )
    )  # fmt: skip
    assert pred.fields.total == Decimal("14.49")
    assert pred.fields.vat == Decimal("1.20")
    assert pred.fields.amount == Decimal("13.29")


def test_romes_province_code_and_a_restaurants_rm_are_no_ringgit() -> None:
    assert detect_currency("00186 Roma (RM)\nNetto a pagare € 325,08\nImporto € 325,08") == "EUR"
    assert detect_currency("RM. MINANG SAIYO\nTOTAL Rp 227.500") == "IDR"
    assert detect_currency("REA RM-1190443\nTotale € 5,00") == "EUR"
    # Malaysia's ringgit as tills print it stays.
    assert detect_currency("TOTAL (RM) 12.50") == "MYR"
    assert detect_currency("Jumlah RM12.50") == "MYR"
    assert detect_currency("RM 12.50") == "MYR"


def test_a_sign_opened_by_an_abbreviated_kind_of_business_is_held() -> None:
    pred = _predict(
        sized_page(
            [
                (150, 40, "RM. SEDERHANA RASA", 34),
                (170, 90, "Jl. Sabang No. 12, Jakarta", 24),
                (40, 160, "No: INV/0318", 24), (40, 190, "Tgl: 19-02-2026", 24),
                (40, 250, "Rendang", 24), (460, 250, "64.000", 24),
                (40, 320, "TOTAL Rp", 28), (440, 320, "64.000", 28),
            ],
            width=620,
            height=500,
        )
    )  # fmt: skip
    assert pred.fields.vendor_name == "RM. SEDERHANA RASA"
    assert pred.confidence["vendor_name"] <= 0.75


def test_a_copyright_notice_is_no_part_of_the_name_after_it() -> None:
    pred = _predict(
        sized_page(
            [
                (40, 40, "Receipt #2TQH-9XKV", 24), (40, 80, "Apr 11, 2026", 24),
                (40, 150, "Oat Latte", 24), (460, 150, "$12.50", 24),
                (40, 200, "Total", 26), (460, 200, "$12.50", 26),
                (40, 300, "© 2026 Harbourfront Roasters Inc.", 20),
            ],
            width=620,
            height=400,
        )
    )  # fmt: skip
    assert pred.fields.vendor_name == "Harbourfront Roasters Inc."


def test_a_block_over_a_z_h_line_is_the_addressee_not_the_seller() -> None:
    pred = _predict(
        sized_page(
            [
                (600, 100, "Brotzeit", 90),
                (560, 210, "BÄCKEREI · KONDITOREI · SEIT 1931", 34),
                (430, 250, "Hauptstraße 12 · 3100 St. Pölten · office@brotzeit.at", 30),
                (150, 350, "Gasthof Lindenwirt KG", 36),
                (150, 390, "z. H. Herrn Mag. Peter Huber", 36),
                (150, 430, "Rathausplatz 4", 36), (150, 470, "3100 St. Pölten", 36),
                (150, 510, "UID: ATU57332108", 36),
                (930, 350, "Rechnung Nr.", 36), (1420, 350, "26/01377", 36),
                (930, 390, "Rechnungsdatum", 36), (1400, 390, "03.03.2026", 36),
                (180, 700, "120 Stk Kaisersemmel", 34), (1460, 700, "38,40", 34),
                (930, 900, "Summe netto", 36), (1450, 900, "38,40", 36),
                (930, 940, "zzgl. 10 % USt", 36), (1465, 940, "3,84", 36),
                (930, 980, "Rechnungsbetrag €", 36), (1450, 980, "42,24", 36),
            ]
        )
    )  # fmt: skip
    assert pred.fields.vendor_name == "Brotzeit"
    # "z. H." (zu Händen) marks the line as addressed to someone, as "z. Hd." does.
    assert _ATTENTION_RE.search("z. H. Frau Mag. Elisabeth Hofer")
    assert _ATTENTION_RE.search("z.Hd. Herrn Huber")
    assert not _ATTENTION_RE.search("z. B. Kaisersemmel")


def test_a_malaysian_tills_jumlah_is_its_total_and_baki_the_change() -> None:
    pred = _predict(
        sized_page(
            [
                (150, 40, "KEDAI KOPI SRI MAJU", 34),
                (40, 140, "No. Resit: 004417", 24), (40, 170, "Tarikh: 08-01-2026", 24),
                (40, 230, "2 Kopi O", 24), (480, 230, "3.60", 24),
                (40, 260, "1 Roti Bakar", 24), (480, 260, "3.20", 24),
                (40, 330, "JUMLAH RM", 28), (470, 330, "6.80", 28),
                (40, 370, "TUNAI", 24), (470, 370, "10.00", 24),
                (40, 400, "BAKI", 24), (480, 400, "3.20", 24),
            ],
            width=620,
            height=500,
        )
    )  # fmt: skip
    assert pred.fields.total == Decimal("6.80")
    # No tax printed, and only the cash and its change below the total: the net is the total.
    assert pred.fields.amount == Decimal("6.80")
    assert pred.fields.currency == "MYR"


def test_a_malay_tax_line_opened_by_jumlah_is_the_tax() -> None:
    pred = _predict(
        sized_page(
            [
                (150, 40, "KEDAI RUNCIT SRI MAJU", 34),
                (40, 140, "No. Resit: 004418", 24), (40, 170, "Tarikh: 08-01-2026", 24),
                (40, 230, "Sabun Basuh", 24), (480, 230, "6.30", 24),
                (40, 290, "JUMLAH SEBELUM CUKAI", 24), (480, 290, "6.30", 24),
                (40, 320, "JUMLAH SST 6%", 24), (480, 320, "0.38", 24),
                (40, 360, "JUMLAH RM", 28), (470, 360, "6.68", 28),
                (40, 400, "TUNAI", 24), (470, 400, "10.00", 24),
                (40, 430, "BAKI", 24), (480, 430, "3.32", 24),
            ],
            width=620,
            height=520,
        )
    )  # fmt: skip
    assert pred.fields.total == Decimal("6.68")
    assert pred.fields.vat == Decimal("0.38")
    assert pred.fields.amount == Decimal("6.30")
