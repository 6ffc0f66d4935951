"""Receipts of blind set 2026-12t, as general rules on invented pages: a German partnership's
"oHG" is a legal form (a one-word sign over it yields to the legal name, held); "RON95" at a
petrol pump is a fuel grade and "KM 22 Jalan …" a kilometre post, neither Romania's leu nor
Estonia's VAT; a receipt's number before the date on its "Beleg" line; a till's keys that name
the till; a "Balance" that is the cash less the total is the change; a US city, state and
phone number."""

from __future__ import annotations

import pytest
from rules_builders import sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import detect_currency
from invoice_scanner_processing.extractors.rules.lexicon import legal_form
from invoice_scanner_processing.schema import Prediction


def _read(lines: list[tuple[float, float, str, float]]) -> Prediction:
    return RuleExtractor().predict(sized_page(lines, width=700, height=1200))


def _till(sign: str, legal: str, tail: list[tuple[float, float, str, float]]) -> Prediction:
    return _read(
        [
            (230, 40, sign, 40),
            (180, 110, legal, 20),
            (130, 140, "Lindenallee 17 · 37073 Göttingen", 20),
            (200, 165, "Tel. 0551 448210", 20),
            (24, 215, "Brot 750g", 20), (534, 215, "2,89", 20),
            (24, 241, "Milch 1l", 20), (534, 241, "1,19", 20),
            (24, 376, "SUMME", 25), (531, 376, "4,08", 25),
            (24, 432, "Geg. BAR", 20), (531, 432, "5,00", 20),
            *tail,
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    "name", ["Frischemarkt Wendt oHG", "Praxis Lorenz GbR", "Holz Berger GesmbH"]
)
def test_german_and_austrian_partnerships_are_legal_forms(name: str) -> None:
    assert legal_form(name)


def test_a_one_word_sign_over_an_ohg_yields_to_the_legal_name_held() -> None:
    reading = _till("KOSTER", "Getränkemarkt Koster oHG", [])
    assert reading.fields.vendor_name == "Getränkemarkt Koster oHG"
    assert reading.confidence["vendor_name"] <= 0.75


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("RON95 @ 2.05/L (24.39 L)\nTOTAL RM 57.90", "MYR"),
        ("Pertamax RON 92 10 L\nTOTAL Rp 130.000", "IDR"),
        ("TOTAL RON 95.00", "RON"),
        ("Total de plata: 95 RON", "RON"),
    ],
)
def test_ron_before_an_octane_number_is_a_fuel_grade(text: str, code: str) -> None:
    assert detect_currency(text) == code


def test_a_kilometre_post_in_the_address_is_no_tax_label() -> None:
    """No tax printed at all: the VAT is unknown, not a zero the page prints."""
    reading = _read(
        [
            (200, 40, "PETROSINAR", 40),
            (150, 110, "Stesen Sinar Jaya Sdn Bhd", 22),
            (100, 140, "KM 14 Jalan Ipoh, 52100 Kepong", 22),
            (24, 200, "RECEIPT NO : 0072-118802", 22),
            (24, 240, "DATE : 07/03/2026", 22),
            (24, 300, "MINERAL WATER 1.5L", 22), (540, 300, "4.40", 22),
            (24, 340, "KEROPOK", 22), (540, 340, "3.50", 22),
            (24, 400, "TOTAL", 22), (520, 400, "RM 7.90", 22),
        ]
    )  # fmt: skip
    assert reading.fields.total is not None and str(reading.fields.total) == "7.90"
    assert reading.fields.vat is None


def test_a_receipt_number_before_the_date_on_its_beleg_line() -> None:
    reading = _till(
        "BAUER",
        "Bäckerei Bauer",
        [(24, 520, "Beleg 55310 12.01.2026 07:12", 20), (24, 560, "Vielen Dank", 20)],
    )
    assert reading.fields.invoice_number == "55310"


def test_the_transaction_on_a_line_of_till_keys_that_names_the_till() -> None:
    reading = _till(
        "BAUER",
        "Bäckerei Bauer",
        [(24, 520, "17/02/26 14:55 ST:0412 TILL:03 TR:6624", 20)],
    )
    assert reading.fields.invoice_number == "6624"


def test_a_balance_that_is_the_cash_less_the_total_is_the_change() -> None:
    reading = _read(
        [
            (200, 40, "RAGHU STORES", 40),
            (150, 110, "Raghu Retail Pvt. Ltd.", 22),
            (100, 140, "Madhapur, Hyderabad 500081", 22),
            (24, 200, "Bill: HYD2-118204", 22),
            (24, 300, "TOOR DAL 1KG", 22), (540, 300, "336.00", 22),
            (24, 340, "BASMATI RICE 5KG", 22), (540, 340, "545.00", 22),
            (24, 400, "TOTAL", 22), (540, 400, "881.00", 22),
            (24, 440, "CASH", 22), (540, 440, "1,000.00", 22),
            (24, 480, "BALANCE", 22), (540, 480, "119.00", 22),
        ]
    )  # fmt: skip
    assert reading.fields.total is not None and str(reading.fields.total) == "881.00"


def test_a_us_city_and_state_beside_a_us_phone_number_is_priced_in_dollars() -> None:
    reading = _read(
        [
            (200, 40, "MAPLEWAY", 40),
            (200, 100, "MARKETS", 30),
            (40, 150, "Store 212", 20), (200, 150, "Natick MA", 20),
            (400, 150, "(508) 555-0142", 20),
            (24, 300, "WHOLE MILK GAL", 22), (540, 300, "4.29", 22),
            (24, 340, "DISH SOAP", 22), (540, 340, "3.79", 22),
            (24, 400, "TOTAL", 22), (540, 400, "8.08", 22),
        ]
    )  # fmt: skip
    assert reading.fields.currency == "USD"


def test_a_gst_summary_of_cgst_and_sgst_halves_sums_both() -> None:
    reading = _read(
        [
            (200, 40, "RAGHU STORES", 40),
            (150, 110, "Raghu Retail Pvt. Ltd.", 22),
            (100, 140, "Madhapur, Hyderabad 500081", 22),
            (24, 200, "Bill: HYD2-118204", 22),
            (24, 300, "TOOR DAL 1KG", 22), (540, 300, "336.00", 22),
            (24, 340, "DETERGENT 2KG", 22), (540, 340, "289.00", 22),
            (24, 400, "TOTAL", 22), (540, 400, "625.00", 22),
            (24, 480, "GST%", 22), (100, 480, "TAXABLE", 22), (300, 480, "CGST", 22),
            (450, 480, "SGST", 22),
            (24, 520, "5%", 22), (100, 520, "320.00", 22), (300, 520, "8.00", 22),
            (450, 520, "8.00", 22),
            (24, 560, "18%", 22), (100, 560, "244.92", 22), (300, 560, "22.04", 22),
            (450, 560, "22.04", 22),
        ]
    )  # fmt: skip
    assert str(reading.fields.vat) == "60.08"
    assert str(reading.fields.amount) == "564.92"
