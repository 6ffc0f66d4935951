"""Invented pages for round 14h (blind set 14h: documents printed in two languages or two
scripts): the number word in two languages ("Rhif / No:", "N° / Nr.", "Nr./N." over the
number), the receipt's title in two ("KVIITUNG / ЧЕК nr"), a firm's name in two languages
joined by a slash, the money of Ukraine, Kazakhstan and Serbia by its Cyrillic names, and an
invoice's number in Cyrillic beside its English transliteration (held: two numbers)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rules_builders import read_page, sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.collect import _bilingual_number
from invoice_scanner_processing.extractors.rules.currencies import detect_currency


def _receipt(title: str, number_line: str) -> list[tuple[float, float, str, float]]:
    return [
        (200, 60, "Caffi'r Harbwr", 30),
        (200, 100, "Stryd y Cei, Aberaeron SA46 0BA", 20),
        (200, 150, title, 24),
        (60, 190, number_line, 22),
        (60, 220, "21/03/2026 13:07", 22),
        (60, 280, "Te / Tea", 22), (600, 280, "3.20", 22),
        (60, 310, "Bara brith", 22), (600, 310, "4.10", 22),
        (60, 360, "CYFANSWM / TOTAL", 26), (600, 360, "7.30", 26),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "line", "number"),
    [
        ("DERBYNNEB / RECEIPT", "Rhif / No: 4471", "4471"),
        ("FAKTURA ERRAZTUA / FACTURA SIMPLIFICADA", "Zk. / Nº: FS26-004871", "FS26-004871"),
        ("IRČEVUTA FISKALI / FISCAL RECEIPT", "Nru / No. 00571", "00571"),
        ("ADMHÁIL / RECEIPT", "Uimh./No 20260322-0187", "20260322-0187"),
        ("TICKET DE CAISSE / KASSENBON", "N° / Nr. 0317-2291", "0317-2291"),
        ("Apteek", "KVIITUNG / ЧЕК nr 118/2204", "118/2204"),
    ],
)
def test_the_number_word_in_two_languages_labels_the_receipts_number(
    title: str, line: str, number: str
) -> None:
    assert read_page(_receipt(title, line)).invoice_number == number


def test_a_phone_or_tax_number_in_two_languages_is_no_document_number() -> None:
    assert _bilingual_number("Tel / No: 0123456") is None
    assert _bilingual_number("VAT / TVA No: 123456") is None
    assert _bilingual_number("Tel / Fax nr 0123456") is None


def test_the_number_word_in_two_languages_alone_over_the_number() -> None:
    fields = read_page(
        [
            (100, 60, "Alpenrose Holzbau GmbH", 32),
            (100, 110, "39030 Olang/Valdaora (BZ)", 20),
            (900, 200, "RECHNUNG / FATTURA", 30),
            (900, 260, "Nr./N.", 22),
            (900, 290, "17/2026", 22),
            (1200, 260, "Datum / Data", 22),
            (1200, 290, "12.03.2026", 22),
            (100, 600, "Zimmerei / Carpenteria", 22), (1300, 600, "1.000,00", 22),
            (100, 660, "MwSt. / IVA 22%", 22), (1300, 660, "220,00", 22),
            (100, 700, "Gesamt / Totale EUR", 26), (1300, 700, "1.220,00", 26),
        ]
    )  # fmt: skip
    assert fields.invoice_number == "17/2026"


def test_a_firms_name_in_two_languages_is_the_first_printed() -> None:
    fields = read_page(
        [
            (100, 60, "Drukkerij Lemaire BV / Imprimerie Lemaire SRL", 30),
            (100, 110, "Kerkstraat 12, 1000 Brussel / Bruxelles", 20),
            (1000, 200, "FACTUUR / FACTURE", 30),
            (1000, 250, "Factuurnr. / N° de facture: 2026/0311", 22),
            (1000, 280, "Datum / Date: 11.03.2026", 22),
            (100, 600, "Drukwerk / Impression", 22), (1300, 600, "1.000,00", 22),
            (100, 660, "BTW / TVA 21%", 22), (1300, 660, "210,00", 22),
            (100, 700, "Totaal / Total EUR", 26), (1300, 700, "1.210,00", 26),
        ]
    )  # fmt: skip
    assert fields.vendor_name == "Drukkerij Lemaire BV"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Разом до сплати: 278 052,00 грн", "UAH"),
        ("Всего к оплате: один миллион тенге 00 тиын", "KZT"),
        ("УКУПНО: 1.016,00 дин.", "RSD"),
        ("Total due, KZT 1 448 144,00", "KZT"),
        ("Разом / Total UAH 1 200,00", "UAH"),
    ],
)
def test_cyrillic_names_of_the_money(text: str, code: str) -> None:
    assert detect_currency(text) == code


def test_romanian_din_is_no_dinar() -> None:
    text = "Factura seria TMP nr. 118 din 12.03.2026\nTotal de plata 1.190,00 lei\nTVA 19%"
    assert detect_currency(text) != "RSD"


def test_an_invoice_number_in_cyrillic_and_in_latin_letters_is_held() -> None:
    """ "СЧЁТ НА ОПЛАТУ № ДЛ-0093" over "INVOICE No. DL-0093": two spellings of one number,
    keyed either way; the reader says it cannot tell (no approval unseen)."""
    prediction = RuleExtractor().predict(
        sized_page(
            [
                (100, 60, "ТОО «Дала Логистик»", 30),
                (100, 100, "Dala Logistics LLP", 24),
                (800, 200, "СЧЁТ НА ОПЛАТУ № ДЛ-0093 от 10.03.2026", 26),
                (800, 240, "INVOICE No. DL-0093 dated 10 March 2026", 22),
                (100, 600, "Услуги / Services", 22), (1300, 600, "1 000 000,00", 22),
                (100, 660, "НДС / VAT 16%", 22), (1300, 660, "160 000,00", 22),
                (100, 700, "Итого / Total, KZT", 26), (1300, 700, "1 160 000,00", 26),
            ]
        )
    )  # fmt: skip
    fields = prediction.fields
    assert fields.invoice_number in ("ДЛ-0093", "DL-0093")
    assert fields.total == Decimal("1160000.00")
    assert prediction.confidence["invoice_number"] < 0.6
