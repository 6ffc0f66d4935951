"""Invented pages for round 13o (blind set 13o: billing systems, e-invoice pages, paper from
small firms, till receipts): a seat label before a footer's legal name is no part of it; a
decimal comma OCR read as a semicolon after a leading euro sign; a Japanese till's tax per
rate in one labelled line; a Malaysian till's name in two lines over its registration
number."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.parsing import parse_amount
from invoice_scanner_processing.extractors.rules.parties import strip_name_label
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_seat_label_is_no_part_of_the_name_after_it() -> None:
    assert strip_name_label("Regd. office: Acme Traders Pvt. Ltd.") == "Acme Traders Pvt. Ltd."
    assert strip_name_label("Registered office: Acme Ltd") == "Acme Ltd"
    assert strip_name_label("Siège social : Durand SARL") == "Durand SARL"
    # Any other label stays: it may be the name's own first words.
    assert strip_name_label("Acme: Tools Ltd") == "Acme: Tools Ltd"


def test_a_semicolon_after_a_leading_euro_sign_is_the_decimal_comma() -> None:
    assert parse_amount("€ 656;80", "it-IT") == Decimal("656.80")
    assert parse_amount("€656;80", "it-IT") == Decimal("656.80")
    assert parse_amount("€ 1.656;80", "it-IT") == Decimal("1656.80")
    # Only two digits after it are cents; anything else is no amount of that shape.
    assert parse_amount("€ 65;801", "it-IT") != Decimal("65.80")
    assert parse_amount("€ 6;5", "it-IT") != Decimal("6.50")


def test_an_imponibile_read_with_a_semicolon_gives_the_net() -> None:
    pred = _predict(
        sized_page(
            [
                (250, 110, "Termoidraulica Rossi", 50),
                (100, 250, "Via Roma 1 - 20100 Milano (MI)", 36),
                (100, 290, "P.IVA 01234560987", 36),
                (120, 440, "FATTURA N. 12/2026", 40), (120, 480, "del 02/03/2026", 40),
                (100, 700, "Riparazione caldaia", 38), (1420, 700, "€ 400,00", 38),
                (820, 930, "Imponibile", 40), (1420, 930, "€ 400;00", 40),
                (820, 980, "IVA 22%", 40), (1430, 980, "€ 88,00", 40),
                (820, 1020, "TOTALE FATTURA", 40), (1400, 1020, "€ 488,00", 40),
            ]
        )
    )  # fmt: skip
    assert pred.fields.amount == Decimal("400.00")
    assert pred.fields.vat == Decimal("88.00")
    assert pred.fields.total == Decimal("488.00")


def _japanese_till(second_rate_line: str) -> OcrDocument:
    return sized_page(
        [
            (510, 230, "SAKURA MART", 80),
            (200, 470, "TEL 03-3351-0000", 66),
            (650, 660, "RECEIPT", 66),
            (200, 730, "2026/03/11(Wed) 08:12", 70),
            (200, 800, "Receipt No.0417", 70),
            (200, 920, "Onigiri Salmon * x2", 70), (1210, 920, "¥360", 66),
            (200, 990, "Umbrella 65cm", 70), (1210, 990, "¥780", 66),
            (200, 1060, "Hot Coffee", 70), (1210, 1060, "¥130", 66),
            (200, 1310, "Subtotal", 70), (1140, 1310, "¥1,270", 70),
            (200, 1380, "(8% Taxable ¥360 Tax ¥26)", 70),
            (200, 1450, second_rate_line, 70),
            (200, 1520, "Total", 80), (1080, 1520, "¥1,270", 80),
            (200, 1610, "Cash", 70), (1140, 1610, "¥2,000", 70),
            (200, 1690, "Change", 70), (1210, 1690, "¥730", 70),
        ],
        width=1563,
    )  # fmt: skip


def test_a_japanese_tills_tax_per_rate_in_labelled_lines_is_the_tax_in_the_total() -> None:
    pred = _predict(_japanese_till("(10% Taxable ¥910 Tax ¥83)"))
    assert pred.fields.total == Decimal("1270")
    assert pred.fields.vat == Decimal("109")
    assert pred.fields.amount == Decimal("1161")
    # A tax that is not the rate's share of its amount is no such line: nothing is read from it.
    wrong = _predict(_japanese_till("(10% Taxable ¥910 Tax ¥50)"))
    assert wrong.fields.vat != Decimal("76")


def _malaysian_till(third_line: str) -> OcrDocument:
    return sized_page(
        [
            (60, 40, "SYARIKAT PERNIAGAAN LIM BROTHERS", 28),
            (170, 78, "HARDWARE & TIMBER", 28),
            (200, 116, third_line, 24),
            (100, 160, "NO. 8, JALAN MAWAR 2,", 22), (100, 190, "81300 SKUDAI, JOHOR", 22),
            (200, 240, "CASH BILL", 26),
            (60, 280, "NO : CS00098765", 22), (60, 310, "DATE: 05-03-2026", 22),
            (60, 360, "PAINT BRUSH 2\"", 22), (520, 360, "12.00", 22),
            (60, 400, "TOTAL (RM)", 26), (520, 400, "12.00", 26),
            (60, 440, "CASH", 22), (520, 440, "20.00", 22),
            (60, 470, "CHANGE", 22), (530, 470, "8.00", 22),
        ],
        width=640,
        height=700,
    )  # fmt: skip


def test_a_tills_name_in_two_lines_over_its_registration_number_is_one_name() -> None:
    pred = _predict(_malaysian_till("(001234567-U)"))
    assert pred.fields.vendor_name == "SYARIKAT PERNIAGAAN LIM BROTHERS HARDWARE & TIMBER"
    # Without the registration number closing it, the second line is not taken as the name's.
    alone = _predict(_malaysian_till("TEL: 07-5561234"))
    assert alone.fields.vendor_name == "SYARIKAT PERNIAGAAN LIM BROTHERS"


def _telecom_header(number: str) -> OcrDocument:
    return sized_page(
        [
            (120, 90, "Funkruf Mobil GmbH", 40),
            (120, 140, "Funkruf Mobil GmbH · Postfach 10 22 40 · 50462 Köln", 18),
            (1100, 200, "Kundennummer", 22), (1100, 230, "4711 0823 55", 22),
            (1100, 280, "Rechnungsnummer", 22), (1100, 310, number, 22),
            (1100, 360, "Rechnungsdatum", 22), (1100, 390, "05.03.2026", 22),
            (120, 600, "Grundpreis Allnet L", 24), (1400, 600, "25,20", 24),
            (1000, 800, "Summe netto", 24), (1400, 800, "25,20 €", 24),
            (1000, 840, "zzgl. 19 % USt.", 24), (1400, 840, "4,79 €", 24),
            (1000, 880, "Rechnungsbetrag", 26), (1400, 880, "29,99 €", 26),
        ]
    )  # fmt: skip


def test_a_number_in_groups_closed_by_a_check_digit_is_read_whole() -> None:
    assert _predict(_telecom_header("2026 0312 3456 7")).fields.invoice_number == (
        "2026 0312 3456 7"
    )
    assert _predict(_telecom_header("2026 0312 3456")).fields.invoice_number == "2026 0312 3456"


def _pharmacy_till(discount: str) -> OcrDocument:
    return sized_page(
        [
            (60, 40, "FARMASI CAHAYA SDN BHD (123456-A)", 24),
            (60, 80, "Receipt No: 3021-000451", 20), (60, 110, "Date: 18/02/2026", 20),
            (60, 160, "Panadol Actifast 20s", 20), (520, 160, "13.90", 20),
            (60, 190, "Vitamin C 1000mg 30s", 20), (520, 190, "65.00", 20),
            (60, 240, "SUBTOTAL", 20), (520, 240, "78.90", 20),
            (60, 270, "Member Disc 5%", 20), (520, 270, discount, 20),
            (60, 310, "NETT TOTAL", 24), (490, 310, "RM 74.95", 24),
        ],
        width=640,
        height=500,
    )  # fmt: skip


def test_with_no_tax_a_subtotal_less_its_discount_leaves_the_total_as_the_net() -> None:
    pred = _predict(_pharmacy_till("-3.95"))
    assert pred.fields.vat is None
    assert pred.fields.total == Decimal("74.95")
    assert pred.fields.amount == Decimal("74.95")
    assert pred.confidence["amount"] < 0.85  # inferred, never approving alone
    # Where the parts do not make the total, which of them is the net stays open.
    assert _predict(_pharmacy_till("-2.95")).fields.amount is None


def _logo_till(sign: str) -> OcrDocument:
    return sized_page(
        [
            (200, 30, sign, 44),
            (40, 100, "FARMASI CAHAYA (M) SDN BHD (765432-A)", 20),
            (40, 130, "G-12, Plaza Damas, 50480 Kuala Lumpur", 18),
            (40, 170, "Receipt No: 3021-000451", 18), (40, 195, "Date: 18/02/2026", 18),
            (40, 240, "Panadol Actifast 20s", 18), (520, 240, "13.90", 18),
            (40, 280, "NETT TOTAL", 22), (480, 280, "RM 13.90", 22),
        ],
        width=640,
        height=500,
    )  # fmt: skip


def test_a_logo_cross_before_a_one_word_wordmark_is_no_part_of_it() -> None:
    # The cross of a pharmacy's logo read as "+": the sign is the wordmark "FARMASI", a word
    # of the legal name under it, which says more and is reported (held, at most 0.75).
    for sign in ("+ FARMASI", "FARMASI"):
        pred = _predict(_logo_till(sign))
        assert pred.fields.vendor_name == "FARMASI CAHAYA (M) SDN BHD", sign
        assert pred.confidence["vendor_name"] <= 0.75
